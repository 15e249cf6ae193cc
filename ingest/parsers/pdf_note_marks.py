"""Footnote marks that Word and most PDF producers print as an ordinary digit in smaller type on a
raised baseline: pdfminer reads them into the word or number they sit on («процентов1», «в 20111
году», «Тілдарын»5»), which then matches no search. Here they become the superscript digits they
stand for («процентов¹», «2011¹»), which normalize.clean_text takes off (note_marks; a unit keeps
its power: «м²»)."""
from __future__ import annotations

import re

from .normalize import SUPERSCRIPT_DIGITS

# a digit right after a letter, a digit, a closing quote or bracket or a sentence mark: the only
# lines worth looking at char by char
_BASE_THEN_DIGIT = re.compile(r"(?:[^\W_]|[»\"”’)\].,;:!?%‰])\d")
# what a mark can sit on: a letter, a digit (a year), a closing quote or bracket, a sentence mark, a percent sign
_BASE = re.compile(r"[^\W_]|[»\"”’)\].,;:!?%‰]")
# a mark's type is smaller than the base's, and its bottom sits higher by this share of the base's
# size (a digit in smaller type on the same baseline sits higher by the font's descent only)
_SMALLER = 0.85
_RAISED = 0.2


def line_text(line) -> str:
    """The text of a pdfminer text line, a raised small digit after a letter, a digit or a closing
    mark written as a superscript digit."""
    text = line.get_text()
    if not _BASE_THEN_DIGIT.search(text):
        return text
    pieces: list[str] = []
    base = None  # the character the digits being read sit on
    for obj in line:
        piece = obj.get_text()
        size = getattr(obj, "size", None)
        if size is None:  # a space or newline pdfminer put in
            base = None
        elif piece.isdigit() and base is not None and _raised_on(obj, base):
            piece = piece.translate(SUPERSCRIPT_DIGITS)
        elif _BASE.fullmatch(piece):
            base = obj
        else:
            base = None
        pieces.append(piece)
    return "".join(pieces)


def _raised_on(mark, base) -> bool:
    return mark.size < _SMALLER * base.size and mark.y0 - base.y0 > _RAISED * base.size
