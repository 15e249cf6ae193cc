"""A table on a one-column page read as a table, not as two columns of text.

A table of several columns leaves a gutter down the page's middle, as two columns of text do; read
as columns, its rows fall apart (every row's first cells, then every row's last cells). The two
differ in their rows: a table's cells stand on one baseline with the cells across the gutter, row
by row, apart from each other or each filling a small part of its half; a row of two columns of
text is two lines, each filling most of its column (but a paragraph's last line)."""
from __future__ import annotations

# Pieces of a row further apart than this many character widths are cells: pdfminer cuts a line
# where a gap is twice a letter wide, and justified text stretches few gaps past three.
_CELL_GAP = 3.0
# A half-row fills less than this share of its side: a table's cells, or a paragraph's last line.
_CELLS_FILL = 0.5
# The share of the rows with text on both sides that are a table's: two columns of text have few
# rows of three pieces or of two last lines of paragraphs side by side.
_TABLE_ROWS = 0.6


def is_table(rows: list[list], left: set[int], left_edges: tuple[float, float],
             right_edges: tuple[float, float]) -> bool:
    """Whether ``rows`` (the lines of each baseline, with x0, x1 and char_width) are a table's rows
    rather than lines of two columns. ``left``: the ids of the lines left of the gutter;
    ``left_edges``, ``right_edges``: where each side starts and ends."""
    both = 0
    cells = 0
    for row in rows:
        halves = ([ln for ln in row if id(ln) in left], [ln for ln in row if id(ln) not in left])
        if not halves[0] or not halves[1]:
            continue
        both += 1
        if _cell_gaps(row) >= 2 or all(_fill(half, edges) < _CELLS_FILL
                                       for half, edges in zip(halves, (left_edges, right_edges))):
            cells += 1
    return both >= 2 and cells >= _TABLE_ROWS * both


def _cell_gaps(row: list) -> int:
    """The gaps between a row's pieces wide enough to part cells (the gutter among them)."""
    pieces = sorted(row, key=lambda ln: ln.x0)
    cw = sum(ln.char_width for ln in pieces) / len(pieces)
    return sum(1 for a, b in zip(pieces, pieces[1:]) if b.x0 - a.x1 > _CELL_GAP * cw)


def _fill(lines: list, edges: tuple[float, float]) -> float:
    return sum(ln.x1 - ln.x0 for ln in lines) / max(1.0, edges[1] - edges[0])
