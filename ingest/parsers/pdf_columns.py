"""The reading order of a PDF page's lines: its columns, found at the gutters between them.

A gutter is a strip of white down the page with text side by side across it: two or three
columns, a sidebar or boxed note beside the body, or a column holding only an article's last
lines. A gutter may lie anywhere, not only at the page's middle: the lines that start on its far
side share one left edge, and that edge is where it is looked for. Lines that cross it (a heading,
a pull quote, a full-width paragraph) cut the page into bands; in each band the left side is read
before the right, and each side is looked at again for a gutter of its own (a third column).

Text side by side is not always columns: a table's cells (pdf_tables), a contents page's numbers
or a transcript's speaker labels beside the text are read row by row. The two sides of a gutter
are columns only where each holds a paragraph wrapping from line to line."""
from __future__ import annotations

import re
from collections import Counter

from .pdf_tables import is_table

# The white between two columns is at least this many character widths wide.
_GUTTER = 1.5
# A column's lines start on one left edge, give or take this many character widths.
_EDGE = 0.5
_SENTENCE_END = re.compile(r"[.!?:;»\"”…)]$")


def column_groups(lines: list) -> list[list]:
    """Lines (with x0, x1, y0, y1, char_width, text) grouped in reading order: one group per
    column of a band, and one per run of lines crossing the gutter."""
    split = _split(lines) if len(lines) >= 4 else None
    if split is None:
        return [lines]
    left, right, spanning = split
    groups: list[list] = []
    rest_l, rest_r = left, right
    spans: list = []  # lines crossing the gutter with no column text between them: one group
    for span in sorted(spanning, key=lambda b: -b.y1):
        above_l = [b for b in rest_l if (b.y0 + b.y1) / 2 > span.y1]
        above_r = [b for b in rest_r if (b.y0 + b.y1) / 2 > span.y1]
        if above_l or above_r:
            if spans:
                groups.append(spans)
                spans = []
            for side in (above_l, above_r):
                if side:
                    groups.extend(column_groups(side))
            ids = set(map(id, above_l + above_r))
            rest_l = [b for b in rest_l if id(b) not in ids]
            rest_r = [b for b in rest_r if id(b) not in ids]
        spans.append(span)
    if spans:
        groups.append(spans)
    for side in (rest_l, rest_r):
        if side:
            groups.extend(column_groups(side))
    return groups


def baseline_groups(lines: list) -> list[list]:
    """Lines on one baseline grouped, groups top to bottom, each left to right."""
    rows: list[list] = []
    for ln in sorted(lines, key=lambda ln: (-ln.y0, ln.x0)):
        if rows:
            ref = rows[-1][0]
            if abs(ref.y0 - ln.y0) < 0.4 * max(1.0, min(ref.y1 - ref.y0, ln.y1 - ln.y0)):
                rows[-1].append(ln)
                continue
        rows.append([ln])
    return rows


def _split(lines: list) -> tuple[list, list, list] | None:
    """The lines left of the page's leftmost gutter, those right of it and those crossing it, or
    None when it has none. Each left edge shared by two lines or more is a place a column may
    start; left to right, the first with text side by side across a gutter before it is taken,
    so the left side is one column and the right side is looked at again."""
    cw = sum(ln.char_width for ln in lines) / len(lines)
    cx0 = min(ln.x0 for ln in lines)
    for edge in _left_edges(lines, cw):
        if edge - cx0 < 8 * cw:  # no room for a column left of it: an indent, a list's text
            continue
        left = [ln for ln in lines if ln.x1 < edge]
        right = [ln for ln in lines if ln.x0 >= edge - _EDGE * cw]
        if left and right:
            columns = _columns_across(lines, left, right, edge, cw)
            if columns:
                return columns
    return None


def _left_edges(lines: list, cw: float) -> list[float]:
    """The left edges two lines or more start on (within half a character width), left to right."""
    starts = sorted(ln.x0 for ln in lines)
    edges = []
    i = 0
    while i < len(starts):
        j = i
        while j + 1 < len(starts) and starts[j + 1] - starts[i] <= _EDGE * cw:
            j += 1
        if j > i:
            edges.append(starts[i])
        i = j + 1
    return edges


def _columns_across(lines: list, left: list, right: list, edge: float,
                    cw: float) -> tuple[list, list, list] | None:
    """``left`` and ``right`` (and the lines crossing between them) as columns, or None when
    they are no columns: not side by side, no gutter where both run, no paragraph wrapping in
    the left side and in the column starting at ``edge``, or a table."""
    # the column starting at the edge: its lines and those it indents, not a third column's
    edge_lines = [b for b in right if b.x0 - edge <= _EDGE * cw]
    reach = max(b.x1 for b in edge_lines)
    column = [b for b in right if b.x0 < reach]
    # columns must overlap vertically, else they are blocks one above the other
    lo = max(min(b.y0 for b in left), min(b.y0 for b in column))
    hi = min(max(b.y1 for b in left), max(b.y1 for b in column))
    if hi <= lo:
        return None
    # a gutter where both columns run: measured there only, so a footnote or caption below the
    # columns that stops just short of the gutter hides it not
    band_left = [b for b in left if lo <= (b.y0 + b.y1) / 2 <= hi]
    band_right = [b for b in column if lo <= (b.y0 + b.y1) / 2 <= hi]
    if len(band_left) < 2 or len(band_right) < 2:
        return None
    gutter_l = max(b.x1 for b in band_left)
    gutter_r = min(b.x0 for b in band_right)
    if gutter_r - gutter_l < _GUTTER * cw:
        return None
    if not (_wraps(left, cw) and _wraps(column, cw)):
        return None
    # a table's cells leave a gutter too: its rows are read across it, as one column's lines
    rows = baseline_groups(band_left + band_right)
    cx0 = min(b.x0 for b in lines)
    if is_table(rows, set(map(id, band_left)), (cx0, gutter_l), (gutter_r, reach)):
        return None
    # above or below the columns, a line reaching across the gutter's middle spans the page
    middle = (gutter_l + gutter_r) / 2
    ids = set(map(id, left + right))
    spanning = [b for b in lines if id(b) not in ids]
    spanning += [b for b in left if b.x1 > middle] + [b for b in right if b.x0 < middle]
    left = [b for b in left if b.x1 <= middle]
    right = [b for b in right if b.x0 >= middle]
    return left, right, spanning


# A line a paragraph wraps from holds this many letters at least, in two words or more: a column
# of prose, not of numbers, short labels or the words of justified text spaced wide apart.
_WRAPPED_LETTERS = 12


def _wraps(side: list, cw: float) -> bool:
    """Whether a column holds a paragraph wrapping onto a next line: a line of words ending
    mid-sentence where the next line's first word would not fit before the column's right edge,
    with that line right under it, starting at the column's left edge. A column of page numbers,
    of a table's figures or of speaker labels holds none."""
    x0 = Counter(round(b.x0) for b in side).most_common(1)[0][0]  # not a header's or a caption's
    x1 = max(b.x1 for b in side)
    rows = sorted(side, key=lambda b: -b.y0)
    for above, below in zip(rows, rows[1:]):
        text = above.text.strip()
        word = below.text.split()[0] if below.text.split() else ""
        if (0 < above.y0 - below.y0 <= 1.6 * (above.y1 - above.y0) and abs(below.x0 - x0) <= _EDGE * cw
                and x1 - above.x1 < (len(word) + 1) * below.char_width
                and not _SENTENCE_END.search(text) and " " in text
                and sum(ch.isalpha() for ch in text) >= _WRAPPED_LETTERS):
            return True
    return False
