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
# A bordered table's row has at most this many lines: a longer one is two columns' paragraphs.
_ROW_LINES = 5
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
    return both >= 2 and (cells >= _TABLE_ROWS * both or _rows_start_together(rows, left))


def _rows_start_together(rows: list, left: set[int]) -> bool:
    """Whether a bordered table's rows start on both sides of the gutter at once: three rows at
    least, a wider gap above each (its padding and rule) and text on both sides of its first
    baseline, each row a few lines. Two columns of text break their paragraphs each on its own."""
    pitches = [a[0].y0 - b[0].y0 for a, b in zip(rows, rows[1:])]
    if len(pitches) < 2:
        return False
    closest = min(pitches)
    starts = [0] + [k + 1 for k, pitch in enumerate(pitches) if pitch > _ROW_GAP * closest]
    sides = [{id(ln) in left for ln in row} for row in rows]
    lengths = [b - a for a, b in zip(starts, starts[1:] + [len(rows)])]
    return len(starts) >= 3 and all(sides[k] == {True, False} for k in starts) and max(lengths) <= _ROW_LINES


def _cell_gaps(row: list) -> int:
    """The gaps between a row's pieces wide enough to part cells (the gutter among them)."""
    pieces = sorted(row, key=lambda ln: ln.x0)
    cw = sum(ln.char_width for ln in pieces) / len(pieces)
    return sum(1 for a, b in zip(pieces, pieces[1:]) if b.x0 - a.x1 > _CELL_GAP * cw)


def _fill(lines: list, edges: tuple[float, float]) -> float:
    return sum(ln.x1 - ln.x0 for ln in lines) / max(1.0, edges[1] - edges[0])


# A table's row: lines on baselines one under another whose pieces stand in cells. A row whose
# cells wrap onto several lines is read cell by cell, each cell's lines joined, the cells parted
# by COLUMN_GAP; read line by line across the cells, a wrapped name or phrase fell apart
# («Сарсенова Айгерим профессор … Болатовна национальный …») and a row's last words ran into the
# next row's first (initials «Д.К.» and the region «Жетысуская» made a person).

# Baselines further apart than this share of the table's closest ones start another row: a
# bordered table's padding and rule lie between its rows, not between the lines of one cell.
_ROW_GAP = 1.25
# The share of a table's baselines in cells at least: a transcript's speaker labels beside their
# speeches leave a gap on a turn's first line only, and its other lines are no cell's.
_CELLED = 2 / 3
# A line under a table's row belongs to it when at most this many line heights below it.
_UNDER = 1.6


def table_rows(rows: list) -> list[int | None]:
    """For each row (baselines top to bottom, each with ``pieces``: the (x0, x1, text, whether a
    space glyph ends it) of its pieces left to right, and y0, y1, x0, char_width), the number of the table row it is a line
    of, or None for a line of text. A table is a run of baselines, two thirds of them in cells (pieces
    pdfminer cut apart, their gaps lined up under the gaps of the baseline above), with the lines
    indented under them (a cell's wrapped lines); two in cells at least."""
    found: list[int | None] = [None] * len(rows)
    number = 0
    i = 0
    while i < len(rows):
        if not _gaps(rows[i]):
            i += 1
            continue
        j, last, left, labels = i + 1, _gaps(rows[i]), rows[i].x0, 0
        while j < len(rows):
            gaps = _gaps(rows[j])
            if gaps and _lined_up(gaps, last):
                last, left = gaps, min(left, rows[j].x0)
            elif not _under(rows[j - 1], rows[j], left, last[0][1]):
                break
            else:
                labels += rows[j].x0 <= left + 0.5 * rows[j].char_width
            j += 1
        celled = sum(1 for r in rows[i:j] if _gaps(r))
        pitches = [a.y0 - b.y0 for a, b in zip(rows[i:j], rows[i + 1:j])]
        # a first cell's wrapped lines are no transcript's speech beside its speaker's label
        if celled >= 2 and (celled >= _CELLED * (j - i - labels) or _bordered(rows[i:j], pitches)):
            closest = min(pitches)
            # with no wider gap anywhere, nothing tells a row's lines apart: each is a row
            wider = any(pitch > _ROW_GAP * closest for pitch in pitches)
            for k in range(i, j):
                if k > i and (not wider or pitches[k - i - 1] > _ROW_GAP * closest):
                    number += 1
                found[k] = number
            number += 1
            i = j
        else:
            i += 1
    return found


def _bordered(lines: list, pitches: list[float]) -> bool:
    """Whether lines are a bordered table's rows of three cells or more, its cells wrapping onto
    several lines: three rows at least, each after a wider gap and starting on a line in cells,
    most of those in three. A transcript's turns have a speaker's label and the speech, two."""
    closest = min(pitches)
    starts = [lines[0]] + [ln for ln, pitch in zip(lines[1:], pitches) if pitch > _ROW_GAP * closest]
    return (len(starts) >= 3 and all(_gaps(ln) for ln in starts)
            and sum(len(_gaps(ln)) >= 2 for ln in starts) * 2 > len(starts))


def row_cells(lines: list) -> list[list[str]]:
    """The cells of a table row (its lines, each with ``pieces``): the columns its first line's
    pieces start, each with the texts of the pieces standing in it, top to bottom."""
    starts = [piece[0] for piece in lines[0].pieces]
    cells: list[list[str]] = [[] for _ in starts]
    for line in lines:
        for x0, _, text, _ in line.pieces:
            at = max((c for c, start in enumerate(starts) if start <= x0 + line.char_width), default=0)
            cells[at].append(text)
    return [cell for cell in cells if cell]


def _gaps(row) -> list[tuple[float, float]]:
    """The white between a baseline's pieces: pdfminer cuts a line only where it is twice a letter
    wide or more, a gap justified text seldom stretches to; but for one after a space glyph (a
    narrow newspaper column's word space stretched: «лания  Главы  государства»)."""
    return [(a[1], b[0]) for a, b in zip(row.pieces, row.pieces[1:]) if not a[3]]


def _lined_up(gaps: list[tuple[float, float]], above: list[tuple[float, float]]) -> bool:
    return any(a0 < b1 and b0 < a1 for a0, a1 in gaps for b0, b1 in above)


def _under(above, row, left: float, second: float) -> bool:
    """Whether ``row`` (one piece) is a cell's wrapped line under ``above``: right under it, and
    indented from the table's left edge ``left`` (a paragraph after the table starts at the
    margin), or, at that edge, ending short of ``second``, where the row's second cell starts:
    the first cell's label wrapped beside its figures (a paragraph after the table runs past)."""
    height = max(1.0, row.y1 - row.y0)
    return (len(row.pieces) == 1 and 0 < above.y0 - row.y0 <= _UNDER * height
            and (row.x0 > left + 0.5 * row.char_width or row.x1 < second - row.char_width))


def centred_cells_after(rows: list[list]) -> list[list]:
    """Baseline groups (top to bottom) with a cell centred beside another cell's two lines moved
    after them. A table row's cells are centred on its height by default (a browser's table), so a
    one-line cell («612») stands between the two lines of the wrapped cell beside it («урегули‐» /
    «ровано») on no baseline of theirs, and read top to bottom it would part the word. It straddles
    the white between them, which lines of one column never do."""
    rows = list(rows)
    k = 1
    while k + 1 < len(rows):
        above, (mid, *more), below = rows[k - 1], rows[k], rows[k + 1]
        if not more and len(above) == 1 and len(below) == 1 and _beside(mid, above[0], below[0]):
            rows[k], rows[k + 1] = rows[k + 1], rows[k]
            k += 2
        else:
            k += 1
    return rows


def _beside(mid, above, below) -> bool:
    """Whether ``mid`` overlaps both lines in height and neither in width, as they overlap each other."""
    def apart(a, b) -> bool:
        return a.x1 <= b.x0 or b.x1 <= a.x0
    return (mid.y0 < above.y1 and mid.y1 > above.y0 and mid.y0 < below.y1 and mid.y1 > below.y0
            and above.y0 >= below.y1 and apart(mid, above) and apart(mid, below) and not apart(above, below))
