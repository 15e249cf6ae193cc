"""The line a document dates itself by, whichever parser read it: a letter's outgoing registration
line wherever it stands («Исх. № 01-12/417 от 27.03.2019», ingest.parsers.registration), else the
first dateline near the top (find_dateline) leaving out the lines that date another paper (the
answered letter's «На № … от …», a registry's incoming stamp), else a long act's signature
(signature_dateline)."""
from __future__ import annotations

from collections.abc import Collection

from .normalize import find_dateline
from .registration import outgoing_dateline, without_other_papers
from .signature_dateline import signature_dateline

_OPENING = 30  # paragraphs: find_dateline reads the first 15 of what is left of them


def own_dateline(paragraphs: list[str], running: Collection[str] = ()) -> str | None:
    """The document's own dateline in `paragraphs`, verbatim, or None. `running`: datelines a PDF's
    running header or footer kept (find_dateline)."""
    return (outgoing_dateline(paragraphs)
            or find_dateline(without_other_papers(paragraphs[:_OPENING]), running=running)
            or signature_dateline(paragraphs))
