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

from .kazakh_only_latin import STRAIGHT_APOSTROPHES
from .language import passage_language

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
    low = text.lower().translate(STRAIGHT_APOSTROPHES)
    letters = set(low)
    counts = {year: sum(low.count(c) for c in own & letters) for year, own in _OWN_LETTERS.items()}
    best = max(counts, key=lambda year: (counts[year], year == 2018))
    return best if counts[best] else 2018


def cyrillic_reading(text: str, year: int | None = None) -> str:
    """`text` with each Latin word spelled in Cyrillic letters by the alphabet of `year` (else the
    text's own, alphabet_of), capitals kept (the first letter's, or a word's all in capitals)."""
    return cyrillic_reading_with_map(text, year)[0]


def cyrillic_reading_with_map(text: str, year: int | None = None) -> tuple[str, list[int]]:
    """cyrillic_reading's text, and a map from each of its characters (and its end) to the offset
    in `text` it was read from: a digraph (sh, ıa) is one letter, so offsets shift."""
    year = year or alphabet_of(text)
    letters, spelling_re = _LETTERS[year], _SPELLING_RE[year]
    out: list[str] = []
    origin: list[int] = []
    at = 0
    # a 2017 apostrophe as a word processor types it (Tu’i’mebaev) is the one sign; one for one, so
    # offsets hold and what is no word keeps its marks (a ‘quote’)
    for m in _LATIN_WORD_RE.finditer(text.translate(STRAIGHT_APOSTROPHES)):
        out.append(text[at:m.start()])
        origin.extend(range(at, m.start()))
        if _ROMAN_NUMERAL_RE.fullmatch(m.group()):  # «XXXII sessıasy»: a number, in any script
            word, starts = m.group(), list(range(m.start(), m.end()))
        else:
            word, starts = _word_reading(m.group(), letters, spelling_re)
            starts = [m.start() + k for k in starts]
        out.append(word)
        origin.extend(starts)
        at = m.end()
    out.append(text[at:])
    origin.extend(range(at, len(text) + 1))
    return "".join(out), origin


def kazakh_in_cyrillic(text: str, origin: list[int] | None, year: int) -> tuple[str, list[int] | None]:
    """A paragraph of a Kazakh document read in Cyrillic letters when it is mostly Latin and no other
    language's (an English summary stays as written), with the map of its offsets to `origin`'s
    text (`origin`: `text`'s own map to the text as written, None when they are the same)."""
    if not mostly_latin(text) or passage_language(text, "kk") is not None:
        return text, origin
    read, offsets = cyrillic_reading_with_map(text, year)
    return read, offsets if origin is None else [origin[k] for k in offsets]


_ROMAN_NUMERAL_RE = re.compile(r"[IVXLC]+")
# a marked letter another alphabet has, in a text of mixed spellings (an ó in 2021 text): read as there
_OTHER_LETTERS = {latin: cyrillic for year in sorted(_LETTERS, reverse=True) for latin, cyrillic in _LETTERS[year].items()
                  if len(latin) == 1 and not latin.isascii()}
_CYRILLIC_VOWELS = frozenset("аәеёиоөұүуыіэюя")


def _word_reading(written: str, letters: dict[str, str], spelling_re: re.Pattern) -> tuple[str, list[int]]:
    """A Latin word in Cyrillic letters, and where in the word each letter was read from."""
    low = written.lower()
    word: list[str] = []
    starts: list[int] = []
    k = 0
    while k < len(low):
        m = spelling_re.match(low, k)
        spelled = m.group() if m else low[k]
        letter = letters[spelled] if m else _OTHER_LETTERS.get(spelled) or LOANWORD_LETTERS.get(spelled, spelled)
        if letter == "и" and word and word[-1] in _CYRILLIC_VOWELS:
            letter = "й"  # ı (i in 2021, i' in 2017) is и and й alike: after a vowel, й (sóıledi, Myńbaı)
        elif letter == "я" and word and word[-1] not in _CYRILLIC_VOWELS:
            letter = "ия"  # ıa after a consonant is ия (sessıa: сессия), after a vowel я (Assambleıa)
        if letter != "'":
            word.append(letter)
            starts.extend([k] * len(letter))
        k += len(spelled)
    cyrillic = "".join(word)
    if written.isupper() and len(written) > 1:
        return cyrillic.upper(), starts
    return (cyrillic[:1].upper() + cyrillic[1:] if written[:1].isupper() else cyrillic), starts
