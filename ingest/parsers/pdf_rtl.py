"""Right-to-left lines of a PDF (Kazakh or Arabic in the Arabic script) in reading order.

Most producers (Chromium, Word) draw an Arabic line's glyphs left to right as they stand on the
page, and pdfminer reads them in that order: «قازاقستان» comes out as «ناتسقازاق», letters and words
reversed, and searches find nothing. A line whose right-to-left letters run left to right on the
page is turned back here: the right-to-left runs reversed, figures and Latin or Cyrillic words
inside them kept in their own order, brackets mirrored. A line drawn in reading order already
(its Arabic letters' x falling) is left as it is. Presentation forms are folded afterwards
(normalize.clean_text), as their order is then the letters' own."""
from __future__ import annotations

import re
import unicodedata

# Strong right-to-left letters (Hebrew and Arabic blocks and their presentation forms): only a
# line with one is looked at char by char.
RTL_CHAR = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefe]")
# What a bracket looks like drawn in a right-to-left run: its mirror image.
_MIRROR = str.maketrans("()[]{}<>«»‹›", ")(][}{><»«›‹")


def _direction(c: str) -> str:
    """R for a right-to-left letter, L for a left-to-right one, D for a digit (figures keep their
    order inside a right-to-left run, and tell no line's direction), N for the rest (spaces,
    punctuation)."""
    kind = unicodedata.bidirectional(c)
    if kind in ("R", "AL"):
        return "R"
    if kind == "L":
        return "L"
    if kind in ("EN", "AN"):
        return "D"
    return "N"


def is_right_to_left(text: str) -> bool:
    """Whether a line runs right to left: more of its letters do than run left to right."""
    if not RTL_CHAR.search(text):
        return False
    kinds = [_direction(c) for c in text]
    return kinds.count("R") > kinds.count("L")


def drawn_left_to_right(line) -> bool:
    """Whether the right-to-left letters of the pdfminer text line ``line`` come in the order
    they stand on the page, left to right (most of them further right than the one before)."""
    xs = [obj.x0 for obj in line if hasattr(obj, "x0") and RTL_CHAR.match(obj.get_text() or " ")]
    rising = sum(b > a for a, b in zip(xs, xs[1:]))
    return len(xs) > 1 and rising * 2 > len(xs) - 1


def reading_order(text: str) -> str:
    """A line's ``text`` as drawn left to right put in reading order: a line of mostly
    right-to-left letters is read from its right end; in a left-to-right line each
    right-to-left run (from its first such letter to its last) is."""
    kinds = [_direction(c) for c in text]
    if kinds.count("R") > kinds.count("L"):  # is_right_to_left
        return _right_to_left(text, kinds)
    out, start = [], 0
    for m in re.finditer(r"R[RND]*R|R", "".join(kinds)):
        out.append(text[start:m.start()])
        out.append(_right_to_left(text[m.start():m.end()], kinds[m.start():m.end()]))
        start = m.end()
    out.append(text[start:])
    return "".join(out)


def _right_to_left(text: str, kinds: list[str]) -> str:
    """A run read from its right end: reversed, brackets mirrored, left-to-right stretches in it
    (a figure, a Latin word, «2015 года») kept in their order."""
    rev, rkinds = text[::-1], "".join(reversed(kinds))
    out, start = [], 0
    for m in re.finditer(r"[LD][LDN]*[LD]|[LD]", rkinds):
        out.append(rev[start:m.start()].translate(_MIRROR))
        out.append(rev[m.start():m.end()][::-1])
        start = m.end()
    out.append(rev[start:].translate(_MIRROR))
    return "".join(out)


def line_in_reading_order(line, text: str) -> str:
    """``text`` (the pdfminer text line ``line``'s) in reading order."""
    if not RTL_CHAR.search(text) or not drawn_left_to_right(line):
        return text
    return reading_order(text)
