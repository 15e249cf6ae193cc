"""Which of a content's files ingest parses, when several new ones hold it.

Byte-identical copies give the same text and metadata; only their names differ, and a name may
date the document (`2018-05-12_otchet.txt`) when nothing else does. The first path in sort order
was parsed, so the same files were dated in one index and undated in another, by the order they
came in. A file whose name gives a date is parsed first, whatever the order: the result is the
same in one batch, across batches, and after --force.
"""
from __future__ import annotations

from ingest.extract.dates import filename_date


def parsed_first(paths: list[str]) -> str | None:
    """The path to parse of `paths` (in their order): the first whose name gives a date, else the first."""
    return next((p for p in paths if filename_date(p) is not None), paths[0] if paths else None)
