"""Initials OCR writes in Latin look-alike capitals beside a Cyrillic surname («C.T. Бaйжaнoв»,
«Бaйжaнoв C.T.»), read as the Cyrillic ones they are. index.tokenize.cyrillic_twins reads a mixed
word, and a one-letter initial is never mixed: without this, one person was two facet values."""
from __future__ import annotations

import re

_LATIN_CAPITALS = "ABCEHKMOPTXY"  # those with a Cyrillic twin (I and Y's Kazakh readings aside: І is no initial here)
_TO_CYRILLIC = str.maketrans(_LATIN_CAPITALS, "АВСЕНКМОРТХУ")
_INITIALS = rf"(?:[{_LATIN_CAPITALS}А-ЯЁ]\.[ \u00a0]?){{1,3}}"
# the initials before the surname, or after it; a run of them only, not a word's end («XML.»)
_BEFORE_SURNAME = re.compile(rf"(?<![\w.])({_INITIALS})(?=[ \u00a0]?[А-ЯЁ][а-яё])")
_AFTER_SURNAME = re.compile(rf"(?<![\w.])([А-ЯЁ][а-яё]+[ \u00a0])({_INITIALS})(?![\w])")
_LATIN = re.compile(f"[{_LATIN_CAPITALS}]")
_POSTSCRIPT = re.compile(r"P\.\s?S\.\s?")  # «P.S. Спасибо» is no person's initials


def cyrillic_initials(text: str) -> str:
    """`text` (its look-alikes inside words read already) with initials in Latin look-alike capitals
    next to a Cyrillic surname in Cyrillic. Same length, so offsets stay valid."""
    if not _LATIN.search(text):
        return text
    return _AFTER_SURNAME.sub(_cyrillic, _BEFORE_SURNAME.sub(_cyrillic, text))


def _cyrillic(m: re.Match) -> str:
    initials = m.group(m.lastindex)
    if not _LATIN.search(initials) or _POSTSCRIPT.fullmatch(initials):
        return m.group()
    return m.group()[:m.start(m.lastindex) - m.start()] + initials.translate(_TO_CYRILLIC)
