"""Kazakh text in Latin letters read in Cyrillic ones, for the extractors whose cues are Cyrillic
(topics: «Аналar keńesi» is the «Аналар кеңесі» cue).

    cyrillic_reading("Analar keńesiniń otyrysy ótti.") -> "Аналар кеңесінің отырысы өтті."

The alphabet is the document's, told by the letters only one alphabet has (2021's ä ğ ñ ö ū ü ş ç,
2018's acutes; 2017's apostrophes): a plain-keyboard i is і in 2018 and и in 2021, u is ұ in 2018
and у in 2021, so a word alone would often be misread.
"""
from __future__ import annotations

import re

from index.kazakh_alphabets import CYRILLIC_OF
from index.kazakh_latin import LOANWORD_LETTERS

# a spelling -> its Cyrillic letter, per alphabet; ё aside (io in stadion, radio is two letters)
_LETTERS = {year: {latin: cyrillic for latin, cyrillic in reading.items() if cyrillic != "ё"}
            for year, reading in CYRILLIC_OF.items()}
# the longest spelling first: sh before s, ıa before ı
_SPELLING_RE = {year: re.compile("|".join(re.escape(s) for s in sorted(letters, key=len, reverse=True)))
                for year, letters in _LETTERS.items()}
_OWN_LETTERS = {year: {c for spelling in letters for c in spelling if not c.isascii() or c == "'"}
                for year, letters in _LETTERS.items()}
_LATIN_WORD_RE = re.compile(r"[A-Za-z\u00c0-\u024f]+(?:'[A-Za-z\u00c0-\u024f]+)*")
_LATIN_LETTER_RE = re.compile(r"[A-Za-z\u00c0-\u024f]")
_CYRILLIC_LETTER_RE = re.compile(r"[\u0400-\u04ff]")


def mostly_latin(text: str) -> bool:
    """Whether `text` has more Latin letters than Cyrillic ones."""
    return len(_LATIN_LETTER_RE.findall(text)) > len(_CYRILLIC_LETTER_RE.findall(text))


def alphabet_of(text: str) -> int:
    """The Latin alphabet (2017, 2018 or 2021) whose own letters `text` has most of; 2018 by default."""
    letters = set(text.lower())
    counts = {year: sum(text.lower().count(c) for c in own & letters) for year, own in _OWN_LETTERS.items()}
    best = max(counts, key=lambda year: (counts[year], year == 2018))
    return best if counts[best] else 2018


def cyrillic_reading(text: str, year: int | None = None) -> str:
    """`text` with each Latin word spelled in Cyrillic letters by the alphabet of `year` (else the
    text's own, alphabet_of), capitals kept on the first letter."""
    year = year or alphabet_of(text)
    letters, spelling_re = _LETTERS[year], _SPELLING_RE[year]

    def word(m: re.Match) -> str:
        low = m.group().lower()
        cyrillic = spelling_re.sub(lambda s: letters[s.group()], low)
        cyrillic = "".join(LOANWORD_LETTERS.get(c, c) for c in cyrillic).replace("'", "")
        return cyrillic[:1].upper() + cyrillic[1:] if m.group()[:1].isupper() else cyrillic

    return _LATIN_WORD_RE.sub(word, text)
