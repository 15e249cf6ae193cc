"""Abbreviations written in capitals (ОО, ЮКО, ЕНТ) are their own term, and a case ending after
one (АНКа, АНК-ом, ҚХА-ның, ЮНЕСКО-ның) carries none.

An abbreviation has no stem, but the morphology guesses one for a word it does not know: ОО was
«о» (every initial О.), ЮКО «юк», ЭКОО «эко», and ЕНТ the plural of the name Ента. Written wholly
in capitals, a short word the dictionary knows neither as a word nor as an abbreviation is read
as itself first; the guessed terms stay beside it in the index, so a lowercase query finds what it
found before. An ending glued to the capitals (АНКа, МИДа) or after a hyphen (АНК-ом, ҚХА-ның,
БҰҰ-ның: Kazakh declines every abbreviation so) is the abbreviation's case form, as a number's
ending is a number's (index.analysis.NUMBER_ENDINGS): the index and a query read the abbreviation.
"""
from __future__ import annotations

import re
from functools import lru_cache

from index.morphology import (KAZAKH_ENDINGS, KAZAKH_LETTERS, STOP_WORDS, SURNAME_RE, content_terms, is_proper_reading,
                              kazakh_reading, parses, possessive_nominatives)
from index.tokenize import fold

# Letters an abbreviation read as itself may have: longer words in capitals are headings' words
# (the dictionary's abbreviations, ЮНЕСКО, keep their dictionary term anyway).
MAX_OWN_LETTERS = 5
# Russian case endings written after an abbreviation (АНКа, МИДом, ООНе, вузов as ВУЗов).
RUSSIAN_ENDINGS = frozenset("а у е ом ов ы ах ам ами и ой".split())
# Kazakh case, plural and possessive endings after one (ҚХА-ның, ҚР-дың, ЮНЕСКО-мен, ТОО-лар, БҰҰ-ға).
CASE_ENDINGS = RUSSIAN_ENDINGS | frozenset(e for e, _ in KAZAKH_ENDINGS) | frozenset(
    "а е ы і н ны ні сы сі сын сін ға ге қа ке на не".split())
# Kazakh stacks a plural, a possessive and a case after an abbreviation as after any word:
# ЖОО-лар, ЖОО-лары, ЭКО-ларға, ЭКО-ларының, ЭКО-сының, ҚР-ымыздың. Sound rules are not checked: how
# an abbreviation is read aloud decides them, and a capitals' tail of these endings is nothing else.
_PLURALS = "лар лер дар дер тар тер".split()
_POSSESSIVES = "ы і сы сі ым ім ың ің ымыз іміз ыңыз іңіз мыз міз ңыз ңіз".split()


def _alternatives(endings) -> str:
    return "|".join(sorted(endings, key=len, reverse=True))


_ENDING_CHAIN = re.compile(f"(?:{_alternatives(_PLURALS)})?(?:{_alternatives(_POSSESSIVES)})?"
                           f"(?:{_alternatives(CASE_ENDINGS)})?")
_CAPITALS = re.compile(r"[А-ЯЁӘҒҚҢӨҰҮҺІ]{2,}")
_GLUED = re.compile(r"([А-ЯЁӘҒҚҢӨҰҮҺІ]{2,})([а-яёәғқңөұүһі]{1,10})")
_CYRILLIC = re.compile(r"[А-ЯЁӘҒҚҢӨҰҮҺІа-яёәғқңөұүһі]+")  # a Latin word's stem is English Snowball's
_HYPHENS = re.compile("[-\u2010\u2011]")
# What abbreviation_parts says of a part: an ending to skip
ENDING = ""


# Marks an abbreviation's term for the index only, beside the word's own: the word written with one
# capital (Экспо, ЭКСПО's other spelling), which a query typed so still searches as before. A mark
# in the string, not a str subclass: index.analysis.expand's cache takes equal strings for one.
BESIDE = "+"


def is_case_ending(tail: str) -> bool:
    """Whether a folded tail after an abbreviation's capitals is its case ending: a Russian one
    (АНКа, АНК-ом) or a Kazakh chain of plural, possessive and case (ҚР-дың, ЖОО-лары, ЭКО-лардың)."""
    return bool(tail) and (tail in CASE_ENDINGS or bool(_ENDING_CHAIN.fullmatch(tail)))


def _glued_ending(glued: re.Match | None) -> bool:
    """An ending glued to capitals: a Russian case (АНКа, МИДом) or a Kazakh one (ҚРдың, ЕНТны,
    ЖООлары); one letter only as a Russian case (the accusative -н is no ending glued alone)."""
    if glued is None:
        return False
    tail = fold(glued.group(2))
    return tail in RUSSIAN_ENDINGS or len(tail) > 1 and is_case_ending(tail)


def abbreviation_parts(surface: str) -> tuple[str | None, ...]:
    """For each hyphen-joined part of a token as written: its abbreviation's term (the part is
    an abbreviation in capitals, maybe with a glued ending), ENDING (a case ending after one), or
    None (an ordinary part). () for a token with no abbreviation, most of them (a lowercase
    first letter says so)."""
    if len(surface) < 2 or not surface[0].isupper():
        return ()
    return _parts(surface)


@lru_cache(maxsize=100_000)
def _parts(surface: str) -> tuple[str | None, ...]:
    parts = _HYPHENS.split(surface)
    endings = [bool(i) and part.islower() and is_case_ending(fold(part)) and bool(_CAPITALS.fullmatch(parts[i - 1]))
               for i, part in enumerate(parts)]
    out: list[str | None] = []
    for i, part in enumerate(parts):
        if endings[i]:
            out.append(ENDING)
        elif i + 1 < len(parts) and endings[i + 1]:
            out.append(fold(part))  # before its ending (ЮНЕСКО-ның) the capitals are one, however long
        else:
            out.append(_own_term(part))
    return tuple(out) if any(p is not None for p in out) else ()


def declined_abbreviation(word: str) -> str | None:
    """The abbreviation in capitals a typed word is a case form of (АНКа, АНК-ом, ҚХА-ның: АНК,
    ҚХА), as written; None for any other word."""
    parts = _HYPHENS.split(word)
    glued = _GLUED.fullmatch(parts[0])
    if len(parts) == 1:
        return glued.group(1) if _glued_ending(glued) else None
    return parts[0] if len(parts) == 2 and abbreviation_parts(word)[1:] == (ENDING,) else None


def typed_case_form(word: str) -> str | None:
    """The word a case ending after a hyphen follows, when `word` is not typed in capitals (қха-ның,
    эко-лардың, Анк-ом: қха, эко, Анк): what an abbreviation's case form typed in lowercase reads as,
    if its first part is an abbreviation (the caller knows the list); None for any other word."""
    parts = _HYPHENS.split(word)
    if len(parts) != 2 or parts[0].isupper() or len(parts[0]) < 2 or not parts[1].islower():
        return None
    return parts[0] if parts[0].isalpha() and is_case_ending(fold(parts[1])) else None


def _own_term(part: str) -> str | None:
    glued = _GLUED.fullmatch(part)
    if _glued_ending(glued):
        return fold(glued.group(1))
    word = fold(part)
    if len(word) > MAX_OWN_LETTERS or not _CYRILLIC.fullmatch(word) or not _stands_for_itself(word):
        return None
    if _CAPITALS.fullmatch(part):
        return word
    return BESIDE + word if part[:1].isupper() else None  # ЭКСПО's term finds «Экспо» too


@lru_cache(maxsize=20_000)
def _stands_for_itself(word: str) -> bool:
    """Whether a short word written in capitals is an abbreviation the morphology would cut: not
    a stop word (ОБ, НЕ), a Kazakh word (ЖЫЛЫ in a heading), a surname (ПАК, КАРИН in a
    transcript) or a name in the singular (ОЛЬГИ), nor a word or abbreviation the dictionary knows
    (ВУЗОВ keeps вуз)."""
    if word in STOP_WORDS or KAZAKH_LETTERS & set(word) or SURNAME_RE.fullmatch(word):
        return False
    if content_terms(word)[:1] == (word,) or possessive_nominatives(word, after_vowel=False):
        return False  # nothing cut: the term is the word already; or a Kazakh possessive (ЖЫЛЫ)
    for p in parses(word):
        known = len(p.methods_stack) == 1 and type(p.methods_stack[0][0]).__name__ == "DictionaryAnalyzer"
        if known and ("Abbr" in p.tag or not is_proper_reading(p) or "sing" in p.tag):
            return False
    return kazakh_reading(word) is None
