"""The gap between two cells of a PDF table row, kept apart from a space inside a figure.

pdfminer writes one space for any gap between words, the few points between «450 000» and «520 000»
in two cells of a row as the space inside «450 000»; read so, the row was the one figure
450000520000 (index.numbers joins digit groups across one space). A figure's inner space is a
space glyph or a word space; cells stand further apart, with no glyph between. Such a gap between two digits becomes
normalize.COLUMN_GAP, which normalize_inline keeps and the index does not join across."""
from __future__ import annotations

import re

from .normalize import COLUMN_GAP

# A gap wider than this many widths of the digit before it parts two cells: a word space is about
# half a digit wide, and justified text stretches it to twice that only in a very loose line.
CELL_GAP_WIDTHS = 1.0
# Where the producer writes its spaces as glyphs (Chromium, Word), a figure's inner space is one too,
# and a gap with no glyph wider than this (more than a kerning) is a cell's edge.
UNWRITTEN_GAP_WIDTHS = 0.5
# a digit, the space pdfminer put in (after a written one, too), a digit: the only lines worth looking at char by char
_DIGIT_SPACE_DIGIT = re.compile(r"\d {1,2}\d")


def with_cell_gaps(line, text: str) -> str:
    """``text`` (pdf_note_marks.line_text of the pdfminer text line ``line``, one piece per
    character object) with each space pdfminer put over a cell gap between two digits made a
    COLUMN_GAP, and the one it put after a written space between two digits dropped: a justified
    line (Chromium's print) stretches the space inside «1 250» past the glyph drawn for it, and the
    two spaces read so were taken for a column gap («1⇥250»)."""
    if not _DIGIT_SPACE_DIGIT.search(text):
        return text
    chars = list(text)
    written = any(obj.get_text() == " " and getattr(obj, "size", None) is not None for obj in line)
    widths = UNWRITTEN_GAP_WIDTHS if written else CELL_GAP_WIDTHS
    offset = 0
    digit = None  # the digit just read, while only a space pdfminer put in follows it
    space_at = None
    after_space = None  # the digit before a written space, while that space was the last glyph read
    stretched_at = None  # the space pdfminer put in after such a written space
    for obj in line:
        piece = obj.get_text()
        if getattr(obj, "size", None) is None:  # a space or newline pdfminer put in
            space_at = offset if piece == " " and digit is not None else None
            stretched_at = offset if piece == " " and after_space is not None else None
        else:
            if (space_at is not None and piece.isdigit()
                    and obj.x0 - digit.x1 > widths * max(digit.width, 0.1)):
                chars[space_at] = COLUMN_GAP
            elif stretched_at is not None and piece.isdigit():
                # a cell's trailing space and the cell gap after it stay a gap; a stretched word space goes
                wide = obj.x0 - after_space.x1 > (1 + CELL_GAP_WIDTHS) * max(after_space.width, 0.1)
                chars[stretched_at] = COLUMN_GAP if wide else ""
            after_space = digit if piece == " " and digit is not None else None
            digit = obj if piece.isdigit() else None
            space_at = stretched_at = None
        offset += len(piece)
    return "".join(chars)


def row_joint(left: str, right: str, gap: float, char_width: float) -> str:
    """What joins two pieces of a row on one baseline ``gap`` points apart: COLUMN_GAP between two
    figures in cells of their own, else a space."""
    if gap > CELL_GAP_WIDTHS * char_width and left[-1:].isdigit() and right[:1].isdigit():
        return COLUMN_GAP
    return " "
