"""How many pages of large documents are made at once.

A page of a session stenogram of a megabyte takes from one to several seconds of the processor to
mark (every match of the query in the whole text) and to write out (1–2 MB of HTML), all under
Python's one interpreter lock. Ten people opening it at once held all eight server threads, and
every search waited behind them for 10–18 s while /health still answered. Past the limit a large
document's page is refused at once with a 503 and Retry-After (as exports are, search_app.export_slots);
pages of ordinary documents, which take milliseconds, are never counted.
"""
from __future__ import annotations

from contextlib import AbstractContextManager, nullcontext

from search_app.slots import Slots
from search_app.text import count_words

# Characters of text from which a document's page counts as large: about 0.2 s to mark and write
# out on a quiet server; the archive's news and speeches are a few thousand.
HEAVY_DOCUMENT_CHARS = 200_000
RETRY_AFTER_SECONDS = 5  # such a page takes a few seconds: one made by then has freed its slot


class DocumentSlots(Slots):
    """At most `limit` pages of large documents at once."""

    def room(self, chars: int) -> AbstractContextManager | None:
        """Where a page of a document of `chars` characters is made: nothing held for an ordinary
        one, a Slot for a large one (a `with` gives it back); None when every slot is in use."""
        if chars < HEAVY_DOCUMENT_CHARS:
            return nullcontext()
        return self.take()

    def refusal(self) -> str:
        """The sentence for a large document's page refused because every slot is in use."""
        shown = count_words(self.limit, "такой документ", "таких документа", "таких документов")
        return (f"Это очень большой документ, а сервер уже показывает {shown}: "
                f"откройте его снова через {RETRY_AFTER_SECONDS} секунд.")
