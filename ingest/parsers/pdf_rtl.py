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
    order inside a right-to-left run, and tell no line's direction), C for a separator that holds a
    number together (the comma, stop, colon and slash of «1,5», «12:30»), N for the rest (spaces,
    other punctuation: the hyphens of a phone number «5-12-34» part its figures in Arabic text)."""
    kind = unicodedata.bidirectional(c)
    if kind in ("R", "AL"):
        return "R"
    if kind == "L":
        return "L"
    if kind in ("EN", "AN"):
        return "D"
    if kind == "CS":
        return "C"
    return "N"


def is_right_to_left(text: str) -> bool:
    """Whether a line runs right to left: it opens and closes with right-to-left letters (at both
    ends, so it does not matter whether ``text`` is in reading order or as drawn: a wrapped
    paragraph's last line «نەمەسە www.kandas.kz سايتى.» holds as many Latin letters as Arabic), or,
    with a word of each script at its ends, more of its letters run right to left. A line with no
    letters but Arabic-Indic figures or vowel marks (a year, a page number) belongs to Arabic text
    and is set flush right like it."""
    if not RTL_CHAR.search(text):
        return False
    strong = [k for k in map(_direction, text) if k in "RL"]
    if not strong:
        return True
    if strong[0] == strong[-1]:
        return strong[0] == "R"
    return strong.count("R") > strong.count("L")


def drawn_left_to_right(line) -> bool:
    """Whether the right-to-left letters of the pdfminer text line ``line`` come in the order
    they stand on the page, left to right (most of them further right than the one before)."""
    xs = [obj.x0 for obj in line if hasattr(obj, "x0") and RTL_CHAR.match(obj.get_text() or " ")]
    rising = sum(b > a for a, b in zip(xs, xs[1:]))
    return len(xs) > 1 and rising * 2 > len(xs) - 1


def reading_order(text: str) -> str:
    """A line's ``text`` as drawn left to right put in reading order: a right-to-left line
    (is_right_to_left) is read from its right end; in a left-to-right line each right-to-left
    run (from its first such letter to its last) is."""
    kinds = [_direction(c) for c in text]
    if is_right_to_left(text):
        return _right_to_left(text, kinds)
    out, start = [], 0
    for m in re.finditer(r"R[^L]*R|R", "".join(kinds)):
        out.append(text[start:m.start()])
        out.append(_right_to_left(text[m.start():m.end()], kinds[m.start():m.end()]))
        start = m.end()
    out.append(text[start:])
    return "".join(out)


# What keeps its own order inside a right-to-left run (the Unicode bidirectional algorithm's
# embedded left-to-right runs, as drawn): a Latin or Cyrillic stretch with the figures after it
# («Almaty) 2015»: a year after a Latin word goes with it), or a number, whose figures a lone
# separator holds together («1,5», «12:30») but a space, a bracket or a hyphen does not (after
# Arabic letters «8 (72831) 5-12-34» is five numbers read right to left).
_OWN_ORDER = re.compile(r"L(?:[LDCN]*[LD])?|D(?:C?D)*")


def _right_to_left(text: str, kinds: list[str]) -> str:
    """A run read from its right end: reversed, brackets mirrored, the stretches that keep their
    order (_OWN_ORDER) kept so."""
    rev = text[::-1]
    # the stretches are found as drawn (left to right), then mapped onto the reversed text
    drawn = "".join(kinds)
    spans = [(len(text) - m.end(), len(text) - m.start()) for m in _OWN_ORDER.finditer(drawn)]
    out, start = [], 0
    for a, b in reversed(spans):
        out.append(rev[start:a].translate(_MIRROR))
        out.append(rev[a:b][::-1])
        start = b
    out.append(rev[start:].translate(_MIRROR))
    return "".join(out)


def line_in_reading_order(line, text: str) -> str:
    """``text`` (the pdfminer text line ``line``'s) in reading order."""
    if not RTL_CHAR.search(text) or not drawn_left_to_right(line):
        return text
    return reading_order(text)
