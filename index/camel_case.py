"""The words of a CamelCase hashtag: #ДеньБлагодарности is «День благодарности», #Наурыз2026
«Наурыз 2026».

Social media teams glue a tag's words and mark each with a capital (#ЕдинствоВМногообразии,
#QazaqstanHalkyAssambleyasy), and a year to its end; a staff member types the words. The analyzer
reads such a token as the hyphenated word it would be (День-Благодарности: its words at
consecutive positions) and, in the index, also as the glued word it is, so the tag as typed still
finds it. A query reads it the same way, so a typed tag is a phrase of its words.

Not a CamelCase word: one that starts in lowercase (iPhone, eBay), capitals alone (МВД) or
capitals with a case ending (АНКа, ҚРдың, ҚХАжастары, КазНУ: two capitals in a row are an abbreviation,
and a lone capital is a word only as one of the one-letter words, В or С),
a part with no vowel (McDonald's Mc is no word), and a Kazakh word typed with a capital I for і
(БIрлIк, МейIрIм). A token with a hyphen or a full stop is left as it is.
"""
from __future__ import annotations

import re
from functools import lru_cache

from index.tokenize import CAPITAL_LETTERS
from index.written_abbreviations import declined_abbreviation

# A capital and the letters up to the next capital (the last part of a word alone when it is one).
_PART_RE = re.compile(rf"[{CAPITAL_LETTERS}][^\W\d_{CAPITAL_LETTERS}]*")
# A year glued to a word (Наурыз2026, Стратегия2050): the words' date, searched by itself.
_WITH_YEAR_RE = re.compile(r"([^\W\d_]{2,})((?:19|20)\d\d)")
_LETTERS_RE = re.compile(r"[^\W\d_]+")
# Vowels of the Russian, Kazakh and Latin alphabets (y too: Kyzylorda, Halky)
_VOWELS = frozenset("аеёиоуыэюяәіөұүaeiouyáéíóúýäöüı")
# Kazakh і typed as a capital I or І inside a word (old fonts had no і): no word starts there.
_CAPITAL_I = frozenset("IІ")
_CYRILLIC_RE = re.compile("[\u0400-\u04ff]")
# The words of one letter a tag may hold (#ЕдинствоВМногообразии, #ВКонтакте, #ILoveAlmaty)
_ONE_LETTER_WORDS = frozenset("АВИКОСУЯAI")


@lru_cache(maxsize=100_000)
def camel_words(surface: str) -> str | None:
    """`surface` (a token, NFC) with a hyphen between the words of a CamelCase hashtag and before
    a year glued to its end (ДеньБлагодарности: День-Благодарности; Наурыз2026: Наурыз-2026),
    or None when it is no such word."""
    year = _WITH_YEAR_RE.fullmatch(surface)
    letters = year.group(1) if year else surface
    if not _LETTERS_RE.fullmatch(letters) or "ʼ" in letters:
        # a hyphen, a dot or digits inside: left as written; so is a name joined by an apostrophe
        # (О'Брайен, written ʼ, a letter to the regex: no hashtag «Оʼ Брайен»)
        return None
    words = _words(letters)
    if words is None and year is None:
        return None
    return "-".join([*(words or [letters]), *([year.group(2)] if year else [])])


def _words(letters: str) -> list[str] | None:
    """The capitalised words of `letters`, or None when it is no CamelCase word."""
    if not letters[0].isupper() or declined_abbreviation(letters):
        return None
    parts = _PART_RE.findall(letters)
    if len(parts) < 2 or "".join(parts) != letters:
        return None
    for i, part in enumerate(parts):
        last = i + 1 == len(parts)
        if len(part) == 1 and (last or len(parts[i + 1]) == 1 or part not in _ONE_LETTER_WORDS):
            return None  # capitals in a row: an abbreviation (МВД, КазНУ, PhD, ҚРдың), no word of one letter
        if len(part) > 1 and _VOWELS.isdisjoint(part.lower()):
            return None  # McDonald: Mc is no word
        if i and part[0] in _CAPITAL_I and _CYRILLIC_RE.match(parts[i - 1][-1]):
            return None  # БIрлIк: the Kazakh і typed as a capital
    return parts
