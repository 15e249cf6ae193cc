"""Footnote marks that Word and most PDF producers print as an ordinary digit in smaller type on a
raised baseline: pdfminer reads them into the word they sit on («процентов1»), which then matches
no search. Here they become the superscript digits they stand for («процентов¹»), which
normalize.clean_text takes off the word (and keeps on a unit: «м²»)."""
from __future__ import annotations

import re

from .normalize import SUPERSCRIPT_DIGITS

# a digit right after a letter: the only lines worth looking at char by char
_LETTER_THEN_DIGIT = re.compile(r"[^\W\d_]\d")
# a mark's type is smaller than the word's, and its bottom sits higher by this share of the word's
# size (a digit in smaller type on the same baseline sits higher by the font's descent only)
_SMALLER = 0.85
_RAISED = 0.2


def line_text(line) -> str:
    """The text of a pdfminer text line, a raised small digit after a letter written as a
    superscript digit."""
    text = line.get_text()
    if not _LETTER_THEN_DIGIT.search(text):
        return text
    pieces: list[str] = []
    letter = None  # the letter the digits being read sit on
    for obj in line:
        piece = obj.get_text()
        size = getattr(obj, "size", None)
        if size is None:  # a space or newline pdfminer put in
            letter = None
        elif piece.isalpha():
            letter = obj
        elif piece.isdigit() and letter is not None and _raised_on(obj, letter):
            piece = piece.translate(SUPERSCRIPT_DIGITS)
        else:
            letter = None
        pieces.append(piece)
    return "".join(pieces)


def _raised_on(mark, letter) -> bool:
    return mark.size < _SMALLER * letter.size and mark.y0 - letter.y0 > _RAISED * letter.size
