"""The rows of a table in a plain text: tab-separated, fixed-width or drawn with box characters.

A table's line is a row, not a hard-wrapped line of prose: joined to the next, every row ran into
one paragraph, its header included («Ф.И.О. Должность Время Абдрахманов С.К. …»), and a person was
read across two rows or two header cells. Each row becomes a paragraph of its own, its cells parted
by COLUMN_GAP (a tab), which the name rules do not cross and the index does not join figures over.

Justified prose (a DOS editor spreads a line's extra spaces over its gaps) has gaps as wide as a
table's: its lines are told apart by their evenly spread gaps and by their sentences running on
from one line into the next."""
from __future__ import annotations

import re

from .normalize import COLUMN_GAP, normalize_inline

# Between two cells of a fixed-width row: three spaces or more (a typewriter's justified line
# stretches a gap to two, a sentence's end is two) or a tab.
_CELL_GAP = re.compile(r"\t+|(?<=\S) {3,}(?=\S)")
_SPACE_RUN = re.compile(r"(?<=\S) +(?=\S)")
_SPREAD_FIGURE = re.compile(r"(?<![\d,.])(\d{1,3}) {2,}(\d{3})(?!\d)")
# The bars a drawn table parts its cells with (cp866 «│», markdown's «|»).
_BARS = "│┃║|"
# A line longer than this is a paragraph written on one line, whatever gaps it holds (a tab or three
# spaces between two sentences), not a table's row.
_ROW_MAX = 200
_BAR = re.compile("[" + _BARS + "]")
_FIGURE = re.compile(r"[\d\W]+")
# A line that ends its sentence (or a cell) does not run on into the next line.
_ENDS_SENTENCE = re.compile(r"[.!?:;»\"”)…\d]$")


def table_rows(lines: list[str], rule: list[bool]) -> dict[int, str]:
    """The table rows among ``lines``: each row's index and text (its cells parted by COLUMN_GAP).
    A line is a row when it is drawn between bars, or when it has a cell gap inside it (after its
    indent) and so has a neighbour (the line above or below, over a rule line, not over a blank
    one): a tab-separated row beside another, or a fixed-width row whose gaps line up with the
    neighbour's; never a paragraph written on one long line, nor a line of justified prose. A
    label wrapped above its row's figures («Фестиваль национальных культур» over an indented
    ««Шанырак»   4 500   5 200») is that row's first cell: the row is given at the label's line,
    its second line with an empty text. ``rule``: which lines are rules."""
    wrapped = _wrapped_labels(lines, rule)
    view, skip = list(lines), list(rule)
    for label, figures in wrapped.items():  # the label's line stands for its row, gaps and all
        view[label], skip[figures] = lines[figures], True
    gaps = [[] if skip[i] or not _may_have_gap(ln) or _evenly_spread(ln) else _gaps(ln) for i, ln in enumerate(view)]
    rows: dict[int, str] = {}
    for i, line in enumerate(view):
        if skip[i] or not line.strip():
            continue
        if _drawn(line) or gaps[i] and any(j is not None and gaps[j] and _aligned(view, gaps, i, j)
                                           for j in (_neighbour(view, skip, i, -1), _neighbour(view, skip, i, 1))):
            rows[i] = _row_text(line, _filled_columns(view, skip, i))
            if i in wrapped:
                rows[i] = _with_label(lines[i], lines[wrapped[i]], rows[i])
                rows[wrapped[i]] = ""
    return rows


def figures_unspread(lines: list[str]) -> list[str]:
    """``lines`` with the spaces a justified line spread inside a figure («составило   18   500»)
    made one, so that its prose reads the figure whole, not as two cells' figures."""
    # a figure spread has two spaces in it: most lines are not weighed at all
    return [_SPREAD_FIGURE.sub(r"\1 \2", ln) if "  " in ln and _evenly_spread(ln) else ln for ln in lines]


def _row_text(line: str, filled: frozenset[int] = frozenset()) -> str:
    """A row's cells, each with its spaces made one, parted by COLUMN_GAP. An empty cell is kept
    where the row's bars draw it, or in a tab-separated row's column of ``filled`` (see
    _filled_columns), so the figures after it stay in their columns («украинский⇥⇥91»)."""
    if _drawn(line):
        cells = [normalize_inline(c) for c in _BAR.split(line.strip().strip(_BARS + " \t"))]
    elif filled:
        cells = [c for k, c in enumerate(_tab_fields(line)) if c or k in filled]
    else:
        cells = list(filter(None, map(normalize_inline, _CELL_GAP.split(line.strip()))))
    while cells and not cells[-1]:
        cells.pop()
    return COLUMN_GAP.join(cells)


def _tab_fields(line: str) -> list[str]:
    return [normalize_inline(c) for c in line.strip(" \r\n").split("\t")]


def _filled_columns(lines: list[str], skip: list[bool], i: int) -> frozenset[int]:
    """The columns of a tab-separated row where a neighbouring row of as many tab fields has text:
    a two-tab gap there is an empty cell, not tabs lining a short label up with longer ones
    («Астана⇥⇥36» over «Карагандинская⇥36» has fields of its own in no neighbour)."""
    if "\t" not in lines[i].strip(" \r\n"):
        return frozenset()
    width = len(_tab_fields(lines[i]))
    filled = set()
    for j in (_neighbour(lines, skip, i, -1), _neighbour(lines, skip, i, 1)):
        if j is not None and not skip[j] and len(fields := _tab_fields(lines[j])) == width:
            filled |= {k for k, c in enumerate(fields) if c}
    return frozenset(filled)


def _drawn(line: str) -> bool:
    line = line.strip()
    return len(line) > 2 and line[0] in _BARS and line[-1] in _BARS and _BAR.search(line[1:-1]) is not None


def _may_have_gap(line: str) -> bool:
    """Whether a line may hold a cell gap: without a tab or three spaces in a row (most lines of
    prose) it holds none, and nothing more need be weighed."""
    return "\t" in line or "   " in line


def _gaps(line: str) -> list[tuple[int, int]]:
    if len(line) > _ROW_MAX or not _may_have_gap(line):
        return []
    return [m.span() for m in _CELL_GAP.finditer(line.rstrip())]


def _evenly_spread(line: str) -> bool:
    """Whether a line is justified prose: three words or more, mostly not figures, every space
    between two of them as wide as the others or one wider (a sentence's end may take one more).
    A table's row has a cell's one space beside a column's wide gap, or is mostly figures."""
    text = line.strip()
    if "\t" in text:
        return False
    runs = list(_SPACE_RUN.finditer(text))
    if len(runs) < 2:
        return False
    inside = [m.end() - m.start() for m in runs if text[m.start() - 1] not in ".!?;:"]
    after_end = [m.end() - m.start() for m in runs if text[m.start() - 1] in ".!?;:"]
    if len(inside) < 2:
        return False
    lowest = min(inside)  # once: a megabyte's line has a hundred thousand gaps
    # a sentence's end typed with two spaces is one more once the line is spread
    end_extra = 2 if lowest > 1 else 1
    if max(inside) - lowest > 1 or any(w > lowest + end_extra for w in after_end):
        return False
    words = text.split()
    return sum(1 for w in words if _FIGURE.fullmatch(w)) * 2 < len(words)


def _runs_on(upper: str, lower: str) -> bool:
    """Whether ``lower`` goes on with the sentence ``upper`` breaks off: ``upper`` ends in a word
    or a comma, and ``lower`` starts lowercase no further right than ``upper`` starts."""
    upper_text, lower_text = upper.strip(), lower.strip()
    return (not _ENDS_SENTENCE.search(upper_text) and lower_text[:1].islower()
            and _indent(lower) <= _indent(upper))


def _neighbour(lines: list[str], rule: list[bool], i: int, step: int) -> int | None:
    j = i + step
    while 0 <= j < len(lines) and rule[j]:
        j += step
    return j if 0 <= j < len(lines) and lines[j].strip() else None


def _aligned(lines: list[str], gaps: list, i: int, j: int) -> bool:
    """Whether two lines' gaps stand in one column: both hold a tab (a tab-separated file's cells
    line up only when shown), or a gap of one overlaps a gap of the other. Two lines that read as
    one sentence running on («… школ и» over «молодежных …») need two columns of gaps (a table's
    «г. Темиртау» under a row ending in a word has them), unless a rule parts them."""
    a, b = lines[i], lines[j]
    if "\t" in a.strip() and "\t" in b.strip():
        return True
    columns = sum(1 for s, e in gaps[i] if any(s < e2 and s2 < e for s2, e2 in gaps[j]))
    upper, lower = (a, b) if i < j else (b, a)
    return columns >= (2 if abs(i - j) == 1 and _runs_on(upper, lower) else 1)


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip())


def _wrapped_labels(lines: list[str], rule: list[bool]) -> dict[int, int]:
    """Labels wrapped above their row's figures: the index of a label's first line and of the
    line under it. The label's line has no cell gap and stands under a row (or the header) with no
    blank between; the line under it is indented deeper and has a cell gap to the right of the
    label's end, so the label fits in the first column."""
    wrapped = {}
    for i in range(1, len(lines) - 1):
        label, figures = lines[i], lines[i + 1]
        if rule[i] or rule[i + 1] or not label.strip() or _gaps(label) or _drawn(label):
            continue
        above = _neighbour(lines, rule, i, -1)
        if above is None or not _gaps(lines[above]):
            continue
        gaps = _gaps(figures)
        if gaps and _indent(figures) > _indent(label) and len(label.rstrip()) + 1 < gaps[0][1] \
                and not _evenly_spread(figures) and "\t" not in figures.strip():
            wrapped[i] = i + 1
    return wrapped


def _with_label(label: str, figures: str, row: str) -> str:
    """The row with its wrapped label's first line put before it: the first cell's start, or a
    cell of its own when the line under it starts right of the label's end."""
    joint = COLUMN_GAP if _indent(figures) >= len(label.rstrip()) + 3 else " "
    return normalize_inline(label) + joint + row
