"""Which of a content's files ingest parses, when several new ones hold it, and which file's name
dates the document.

Byte-identical copies give the same text and metadata; only their names differ, and a name may
date the document (`2018-05-12_otchet.txt`) when nothing else does. The first path in sort order
was parsed, so the same files were dated in one index and undated in another, by the order they
came in. A file whose name gives a date is parsed first, whatever the order: the result is the
same in one batch, across batches, and after --force.

A batch over one folder sees only the copies in it; a copy ingested before, outside the folders
given, may be the one whose name dates the document (a backup's `scan0004.pdf` restored beside
`2018-03-15_Решение.pdf`). Its name dates the document still, as it would in one batch over both.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable

from ingest.extract.dates import filename_date


def parsed_first(paths: list[str]) -> str | None:
    """The path to parse of `paths` (in their order): the first whose name gives a date, else the first."""
    return next((p for p in paths if filename_date(p) is not None), paths[0] if paths else None)


def dating_name(parsed: str, elsewhere: Iterable[str], is_file: Callable[[str], bool]) -> str:
    """The path whose name dates the document parsed from `parsed`: its own when it gives a date,
    else the first of the document's files `elsewhere` (outside this batch's files, in their
    order) whose name gives one and that `is_file` still, else its own."""
    if filename_date(parsed) is not None:
        return parsed
    return next((p for p in elsewhere if filename_date(p) is not None and is_file(p)), parsed)
