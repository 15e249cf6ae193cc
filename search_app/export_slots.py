"""How many exports (CSV or JSON) run at once.

An export holds a server thread for as long as it streams (about 2 ms a row: minutes for a large
one), and every search, page and /health needs a thread too. Without a limit, as many export
requests as the server has threads (eight anonymous GETs) left searches and /health without an
answer until an export ended. Past the limit an export is refused at once with a 503 and
Retry-After, so the other threads stay free for everything else.
"""
from __future__ import annotations

from search_app.slots import Slots
from search_app.text import count_words

RETRY_AFTER_SECONDS = 30  # a small export takes seconds, a large one minutes: asking again soon is fair


class ExportSlots(Slots):
    """At most `limit` exports at once: `take()` a Slot (None when all are in use)."""

    def refusal(self) -> str:
        """The sentence for an export refused because every slot is in use."""
        running = count_words(self.limit, "выгрузку", "выгрузки", "выгрузок")
        return (f"Сервер уже готовит {running} результатов, больше одновременно он не делает: "
                f"повторите запрос через {RETRY_AFTER_SECONDS} секунд.")
