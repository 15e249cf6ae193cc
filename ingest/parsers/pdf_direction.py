"""Which way a PDF letter runs: upright, turned by a quarter, a half or three quarters, or slanted.

pdfminer lays out a page's letters in lines running left to right. Text drawn sideways (a wide
table printed across a portrait sheet) or an upright page turned with /Rotate (Acrobat's «Rotate
page») comes out of it as lines of single letters taken from many lines at once. Told which way
the letters run, the parser reads such a page again turned so that they stand upright."""
from __future__ import annotations

import math

# Letters within this many degrees of a quarter turn run that way (a scan's text layer is often
# a degree or two off); further off they are slanted: a stamp or a watermark set at 45 degrees.
_SKEW = 20.0


def turn_of(matrix: tuple) -> int | None:
    """The quarter turn (0, 90, 180 or 270 degrees, counter-clockwise) of the baseline of a
    letter drawn with the text matrix ``matrix`` (a, b, c, d, e, f), or None if it is slanted."""
    a, b = matrix[0], matrix[1]
    if a == 0 and b == 0:
        return 0
    angle = math.degrees(math.atan2(b, a)) % 360
    quarter = round(angle / 90) % 4 * 90
    off = abs((angle - quarter + 180) % 360 - 180)
    return quarter if off <= _SKEW else None


def line_turn(line) -> int | None:
    """The turn of a pdfminer text line: that of its first letter (a line of letters turned
    one way holds no others)."""
    for ch in getattr(line, "_objs", None) or line:
        matrix = getattr(ch, "matrix", None)
        if matrix is not None:
            return turn_of(matrix)
    return 0
