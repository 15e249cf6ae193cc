"""The words of a CamelCase hashtag: #ДеньБлагодарности is «День благодарности», #Наурыз2026
«Наурыз 2026», #ИсторияАНК «История АНК».

Social media teams glue a tag's words and mark each with a capital (#ЕдинствоВМногообразии,
#QazaqstanHalkyAssambleyasy), a year to its start or end (#Наурыз2026, #2026Наурыз), an
abbreviation to its end (#ИсторияАНК, #КафедраАНК: the Assembly's own style) and a number to an
abbreviation (#АНК30); an English tag may start in lowercase (#ankNews); a staff member types the
words. The analyzer reads such a token as the hyphenated word it would be (День-Благодарности: its
words at consecutive positions) and, in the index, also as the glued word it is, so the tag as typed
still finds it. A query reads it the same way, so a typed tag is a phrase of its words.

Not a CamelCase word: one that starts with one lowercase letter or two (iPhone, eBay), capitals
alone (МВД) or capitals with a case ending (АНКа, ҚРдың, ҚХАжастары: two capitals in a row are an
abbreviation, and a lone capital is a word only as one of the one-letter words, В or С), a part with
no vowel (McDonald's Mc is no word), and a Kazakh word typed with a capital I for і (БIрлIк, МейIрIм).
Capitals closing a word are an abbreviation of their own only after a word of five letters or more,
or of four the dictionary knows or closing a CamelCase word (ИсторияАНК, ДеньАНК, ДомДружбыАНК), or of
three ending in a vowel closing one (ДостықҮйіАНК): a university's abbreviation starts with a clipped
word, cut before a vowel (КазНУ, КарГУ, ПавлГУ, СевКазГУ), and stays whole, the words before it split
(ОлимпиадаКазНУ: Олимпиада-КазНУ). Three capitals or more opening a tag are an abbreviation before the
word their last one starts (АНКДеньБлагодарности, ҚХАЖастары), not before a suffix (НАТОвский).
A token with a hyphen or a full stop is left as it is.
"""
from __future__ import annotations

import re
from functools import lru_cache

from index.morphology import is_russian_word
from index.tokenize import CAPITAL_LETTERS
from index.written_abbreviations import declined_abbreviation

# A capital and the letters up to the next capital (the last part of a word alone when it is one).
_PART_RE = re.compile(rf"[{CAPITAL_LETTERS}][^\W\d_{CAPITAL_LETTERS}]*")
# A year glued to a word (Наурыз2026, Стратегия2050): the words' date, searched by itself.
_WITH_YEAR_RE = re.compile(r"([^\W\d_]{2,})((?:19|20)\d\d)")
# A year opening a tag (#2026Наурыз)
_YEAR_FIRST_RE = re.compile(r"((?:19|20)\d\d)([^\W\d_]{2,})")
# An abbreviation and a number (АНК30, COVID19): not a year (АНК2026 is a year's), nor a letter (G20)
_NUMBERED_RE = re.compile(rf"([{CAPITAL_LETTERS}]{{2,5}})(\d{{1,3}})")
# Capitals closing a word after a lowercase letter: an abbreviation (ИсторияАНК)
_CLOSING_CAPITALS_RE = re.compile(rf"(.+[^\W\d_{CAPITAL_LETTERS}])([{CAPITAL_LETTERS}]{{2,5}})")
# An abbreviation of 3 to 5 capitals opening a tag, the capital after it a word's (АНКДеньБлагодарности,
# ҚХАЖастары); two capitals are too few to tell from one and a case ending (ҚХАжастары, ҚРдың)
_OPENING_ABBREVIATION_RE = re.compile(rf"([{CAPITAL_LETTERS}]{{3,5}})([{CAPITAL_LETTERS}][^\W\d_{CAPITAL_LETTERS}].*)")
# A word derived from an abbreviation, its suffix after the last capital (НАТОвский, ЛДПРовец, МХАТовцы)
_DERIVED_FROM_ABBREVIATION_RE = re.compile("[ое]?(?:вск|вец|вц|вк|шник|щик|ист)")
_LOWERCASE_START_RE = re.compile(rf"[^\W\d_{CAPITAL_LETTERS}]+")
_LETTERS_RE = re.compile(r"[^\W\d_]+")
# Vowels of the Russian, Kazakh and Latin alphabets (y too: Kyzylorda, Halky)
_VOWELS = frozenset("аеёиоуыэюяәіөұүaeiouyáéíóúýäöüı")
# Kazakh і typed as a capital I or І inside a word (old fonts had no і): no word starts there.
_CAPITAL_I = frozenset("IІ")
_CYRILLIC_RE = re.compile("[\u0400-\u04ff]")
# The words of one letter a tag may hold (#ЕдинствоВМногообразии, #ВКонтакте, #ILoveAlmaty)
_ONE_LETTER_WORDS = frozenset("АВИКОСУЯAI")
# No CamelCase word: no digit, and no capital but the first character (депутаты, Астана; most
# tokens). Every rule below needs a digit or a capital after the first letter, so these are read by
# one match instead of five.
_PLAIN_WORD_RE = re.compile(rf"[^\d][^\d{CAPITAL_LETTERS}]*")


@lru_cache(maxsize=100_000)
def camel_words(surface: str) -> str | None:
    """`surface` (a token, NFC) with a hyphen between the words of a CamelCase hashtag, after or
    before a year glued to it and before a number glued to an abbreviation (ДеньБлагодарности:
    День-Благодарности; Наурыз2026: Наурыз-2026; 2026Наурыз: 2026-Наурыз; АНК30: АНК-30), or None
    when it is no such word."""
    if _PLAIN_WORD_RE.fullmatch(surface):
        return None
    numbered = _NUMBERED_RE.fullmatch(surface)
    if numbered:
        return f"{numbered.group(1)}-{numbered.group(2)}"
    before, after = [], []
    if year := _WITH_YEAR_RE.fullmatch(surface):
        letters, after = year.group(1), [year.group(2)]
    elif year := _YEAR_FIRST_RE.fullmatch(surface):
        before, letters = [year.group(1)], year.group(2)
    else:
        letters = surface
    if not _LETTERS_RE.fullmatch(letters) or "ʼ" in letters:
        # a hyphen, a dot or digits inside: left as written; so is a name joined by an apostrophe
        # (О'Брайен, written ʼ, a letter to the regex: no hashtag «Оʼ Брайен»)
        return None
    words = _words(letters)
    if words is None and not year:
        return None
    return "-".join([*before, *(words or [letters]), *after])


def _words(letters: str) -> list[str] | None:
    """The words of `letters`, or None when it is no CamelCase word."""
    if declined_abbreviation(letters):
        return None
    if opening := _OPENING_ABBREVIATION_RE.fullmatch(letters):  # АНКДеньБлагодарности, ҚХАЖастары
        words = _words(opening.group(2)) or _capitalised(opening.group(2))
        derived = _DERIVED_FROM_ABBREVIATION_RE.match(opening.group(2)[1:])
        return [opening.group(1), *words] if words and len(words[0]) >= 3 and not derived else None
    closing = _CLOSING_CAPITALS_RE.fullmatch(letters)
    if closing:  # ИсторияАНК
        words = _capitalised(closing.group(1))
        if not words:
            return None
        if _stands_before_abbreviation(words):
            return [*words, closing.group(2)]
        # a clipped word opens the abbreviation (ОлимпиадаКазНУ): the words before it still split
        if len(words) > 1 and _stands_before_abbreviation(words[:-1]):
            return [*words[:-1], words[-1] + closing.group(2)]
        return None
    if letters[0].islower():  # ankNews; not iPhone, eBay
        first = _LOWERCASE_START_RE.match(letters).group()
        words = _capitalised(letters[len(first):])
        return [first, *words] if words and len(first) >= 3 and not _VOWELS.isdisjoint(first) else None
    words = _capitalised(letters)
    return words if words and len(words) >= 2 else None


def _capitalised(letters: str) -> list[str] | None:
    """`letters` as words each opening with a capital (one word or more), or None."""
    parts = _PART_RE.findall(letters)
    if not parts or "".join(parts) != letters:
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


def _stands_before_abbreviation(words: list[str]) -> bool:
    """Whether the word before closing capitals is a word, not a clipped one of a university's
    abbreviation (Каз of КазНУ, Кар of КарГУ, Павл of ПавлГУ)."""
    word = words[-1]
    if len(word) >= 5:
        return True
    if len(word) == 3:  # a word closing a CamelCase one, ending in a vowel (ДостықҮйі); a clipped one ends
        # in a consonant (Каз, Кар, Сев), as the word's syllable it was cut from continues
        return len(words) > 1 and _stands_before_abbreviation(words[:-1]) and word[-1].lower() in _VOWELS
    return len(word) == 4 and (len(words) > 1 or is_russian_word(word.lower()))
