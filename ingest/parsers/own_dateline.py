"""The line a document dates itself by, whichever parser read it: a letter's outgoing registration
line wherever it stands («Исх. № 01-12/417 от 27.03.2019», ingest.parsers.registration), else the
first dateline near the top (find_dateline) leaving out the lines that date another paper (the
answered letter's «На № … от …», a registry's incoming stamp), else a long act's signature
(signature_dateline)."""
from __future__ import annotations

from collections.abc import Collection

from .normalize import find_dateline, is_bare_dateline
from .registration import outgoing_dateline, without_other_papers
from .signature_dateline import signature_dateline

_OPENING = 30  # paragraphs: find_dateline reads the first 15 of what is left of them


def own_dateline(paragraphs: list[str], running: Collection[str] = ()) -> str | None:
    """The document's own dateline in `paragraphs`, verbatim, or None. `running`: datelines a PDF's
    running header or footer kept (find_dateline)."""
    return (outgoing_dateline(paragraphs)
            or find_dateline(without_other_papers(paragraphs[:_OPENING]), running=running)
            or signature_dateline(paragraphs))


def dateline_paragraphs(paragraphs: list[str], row_type: type) -> list[str]:
    """The paragraphs a document's dateline is looked for in: the text's own, not a table's rows (a
    date in a table is an event's or a figure's day) but for a lone row that says only where and when,
    a Word protocol's header table «г. Астана | 15 марта 2019 года» under its heading; a table of
    events has rows above or below it. `row_type`: the parser's class of a table row's text."""
    def rows_at(i: int) -> bool:
        return 0 <= i < len(paragraphs) and isinstance(paragraphs[i], row_type)
    return [p for i, p in enumerate(paragraphs)
            if not rows_at(i) or not rows_at(i - 1) and not rows_at(i + 1) and is_bare_dateline(p)]
