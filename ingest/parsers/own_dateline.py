"""The line a document dates itself by, whichever parser read it: a letter's outgoing registration
line wherever it stands («Исх. № 01-12/417 от 27.03.2019», ingest.parsers.registration), else a part's
own day under a session's span of days («Часть 2 (15 ноября 2018 года)», ingest.parsers.part_day), else the
first dateline near the top (find_dateline) leaving out the lines that date another paper (the
answered letter's «На № … от …», a registry's incoming stamp), else a long act's signature
(signature_dateline)."""
from __future__ import annotations

from collections.abc import Collection

from .header_row import is_header_dateline_row
from .letter_title import is_letter_head_row
from .normalize import DATE_RE, find_dateline, is_bare_dateline
from .part_day import part_dateline
from .registration import outgoing_dateline, without_other_papers
from .signature_dateline import signature_dateline

_OPENING = 30  # paragraphs: find_dateline reads the first 15 of what is left of them
# a letter's head table has a row or a few (letterhead, registration and addressee); a register of
# letters, row after row of numbers, dates and addressees, dates none of them
_HEAD_TABLE_ROWS = 3


def own_dateline(paragraphs: list[str], running: Collection[str] = ()) -> str | None:
    """The document's own dateline in `paragraphs`, verbatim, or None. `running`: datelines a PDF's
    running header or footer kept (find_dateline)."""
    return (outgoing_dateline(paragraphs)
            or part_dateline(paragraphs)
            or find_dateline(without_other_papers(paragraphs[:_OPENING]), running=running)
            or signature_dateline(paragraphs))


def dateline_paragraphs(paragraphs: list[str], row_type: type) -> list[str]:
    """The paragraphs a document's dateline is looked for in: the text's own, not a table's rows (a
    date in a table is an event's or a figure's day) but for a lone row that says only where and when,
    a Word protocol's header table «г. Астана | 15 марта 2019 года» under its heading, its cells in any
    order, maybe over a row of the hour and the venue (a table of events has dated rows below it), and a letter's head row, «Исх. № … от …» or «15.04.2019 | № 01-12/460»
    beside the addressee (Word's letter template), its cells' paragraphs as lines of their own.
    `row_type`: the parser's class of a table row's text, its cells' paragraphs in ``cells``."""
    runs = _row_runs([isinstance(p, row_type) for p in paragraphs])
    kept: list[str] = []
    for i, (p, run) in enumerate(zip(paragraphs, runs)):
        if not run:
            kept.append(p)
        elif run == 1 and is_bare_dateline(p) or _heads_its_table(paragraphs, runs, i):
            kept.append(p)
        elif run <= _HEAD_TABLE_ROWS and is_letter_head_row(p):
            kept.extend(line for cell in getattr(p, "cells", ()) for line in cell)
    return kept


def _heads_its_table(paragraphs: list[str], runs: list[int], i: int) -> bool:
    """Row `i` opens a header table of a row or a few and says only where and when (in any order of
    its cells: «15 марта 2019 года | г. Астана | № 3»), and no row under it holds a date: the rows
    under a header are the hour and the venue («Начало: 10.00 | Место: Дом дружбы»), where a schedule's
    rows each have their day."""
    run = runs[i]
    if run > _HEAD_TABLE_ROWS or (i and runs[i - 1]) or not is_header_dateline_row(paragraphs[i]):
        return False
    return not any(DATE_RE.search(row) for row in paragraphs[i + 1:i + run])


def _row_runs(is_row: list[bool]) -> list[int]:
    """For each paragraph, the number of table rows in the run of rows it stands in (0: no row)."""
    runs = [0] * len(is_row)
    start = 0
    for i in range(len(is_row) + 1):
        if i == len(is_row) or not is_row[i]:
            for j in range(start, i):
                runs[j] = i - start
            start = i + 1
    return runs
