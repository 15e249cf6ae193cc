"""The rows of a table in a plain text: tab-separated, fixed-width or drawn with box characters.

A table's line is a row, not a hard-wrapped line of prose: joined to the next, every row ran into
one paragraph, its header included («Ф.И.О. Должность Время Абдрахманов С.К. …»), and a person was
read across two rows or two header cells. Each row becomes a paragraph of its own, its cells parted
by COLUMN_GAP (a tab), which the name rules do not cross and the index does not join figures over."""
from __future__ import annotations

import re

from .normalize import COLUMN_GAP, normalize_inline

# Between two cells of a fixed-width row: three spaces or more (a typewriter's justified line
# stretches a gap to two, a sentence's end is two) or a tab.
_CELL_GAP = re.compile(r"\t+|(?<=\S) {3,}(?=\S)")
# The bars a drawn table parts its cells with (cp866 «│», markdown's «|»).
_BARS = "│┃║|"
# A line longer than this is a paragraph written on one line, whatever gaps it holds (a tab or three
# spaces between two sentences), not a table's row.
_ROW_MAX = 200
_BAR = re.compile("[" + _BARS + "]")


def table_rows(lines: list[str], rule: list[bool]) -> set[int]:
    """The indices of ``lines`` that are a table's rows. A line is one when it is drawn between
    bars, or when it has a cell gap inside it (after its indent) and so has a neighbour (the line
    above or below, over a rule line, not over a blank one): a tab-separated row beside another, or
    a fixed-width row whose gap lines up with the neighbour's; never a paragraph written on one
    long line. ``rule``: which lines are rules."""
    gaps = [_gaps(ln) for ln in lines]
    rows = set()
    for i, line in enumerate(lines):
        if rule[i] or not line.strip():
            continue
        if _drawn(line):
            rows.add(i)
            continue
        if not gaps[i]:
            continue
        for j in (_neighbour(lines, rule, i, -1), _neighbour(lines, rule, i, 1)):
            if j is not None and gaps[j] and _aligned(lines[i], gaps[i], lines[j], gaps[j]):
                rows.add(i)
                break
    return rows


def row_text(line: str) -> str:
    """A row's cells, each with its spaces made one, parted by COLUMN_GAP."""
    line = line.strip()
    if _drawn(line):
        cells = _BAR.split(line.strip(_BARS + " \t"))
    else:
        cells = _CELL_GAP.split(line)
    return COLUMN_GAP.join(filter(None, map(normalize_inline, cells)))


def _drawn(line: str) -> bool:
    line = line.strip()
    return len(line) > 2 and line[0] in _BARS and line[-1] in _BARS and _BAR.search(line[1:-1]) is not None


def _gaps(line: str) -> list[tuple[int, int]]:
    if len(line) > _ROW_MAX:
        return []
    return [m.span() for m in _CELL_GAP.finditer(line.rstrip())]


def _neighbour(lines: list[str], rule: list[bool], i: int, step: int) -> int | None:
    j = i + step
    while 0 <= j < len(lines) and rule[j]:
        j += step
    return j if 0 <= j < len(lines) and lines[j].strip() else None


def _aligned(a: str, a_gaps: list, b: str, b_gaps: list) -> bool:
    """Whether two lines' gaps stand in one column: both hold a tab (a tab-separated file's cells
    line up only when shown), or a gap of one overlaps a gap of the other."""
    if "\t" in a.strip() and "\t" in b.strip():
        return True
    return any(s < e2 and s2 < e for s, e in a_gaps for s2, e2 in b_gaps)
