"""One ordinal written three ways: `XV сессия`, `15-й сессии` and `пятнадцатая сессия` name one
session, and each finds the others (at query time: no re-index).

An ordinal is read before a counted event (сессия, съезд, форум…, in any case form): a Roman
numeral (Latin or Cyrillic look-alikes, as the analyzer folds them), a number (`15`, `15-й`,
`15-го`) or an ordinal word (`пятнадцатая`, `двадцать пятой`); each also after the event's word
(`сессия XV`, `сессия 25`, `сессия 25-я`, `сессии двадцать пятой`; not a date: `сессия 15 ноября`). Before another word it is left as typed: `15 человек` is a count,
`первый заместитель` no session. The number added as another spelling matches only an ordinal use:
right before the event's word in the singular («15-й сессии», «15 сессия»), never a date («Сессия
15 ноября»), a count («сессии выступили 15») or a plural («15 сессий»). A bare number the user typed
(`15 сессия`) stays their plain words; one typed with its ending (`15-й сессии`) is an ordinal and
is read strictly too, as the ending itself is no index term (index.analysis.NUMBER_ENDINGS).
"""
from __future__ import annotations

import functools
import re

from whoosh.query import And, Or, Phrase, Term
from whoosh.query.spans import SpanNear2, SpanOr

from index.analysis import analyze_terms
from index.morphology import parses
from index.quoted_phrases import change_outside_quotes
from index.schema import WRITTEN_FORMS
from index.tokenize import LETTER_WORD

MAX_ORDINAL = 59
_UNITS = ("первый", "второй", "третий", "четвертый", "пятый", "шестой", "седьмой", "восьмой", "девятый")
_TEENS = ("десятый", "одиннадцатый", "двенадцатый", "тринадцатый", "четырнадцатый", "пятнадцатый",
          "шестнадцатый", "семнадцатый", "восемнадцатый", "девятнадцатый")
_TENS = {20: ("двадцать", "двадцатый"), 30: ("тридцать", "тридцатый"), 40: ("сорок", "сороковой"),
         50: ("пятьдесят", "пятидесятый")}
# what the archive numbers: an ordinal before one of these is read
_COUNTED_EVENTS = ("сессия", "съезд", "форум", "курултай", "созыв", "заседание", "конгресс", "пленум",
                   "конференция", "собрание", "фестиваль", "слет")
_ROMAN = {"I": 1, "V": 5, "X": 10, "L": 50, "І": 1, "Х": 10}  # Cyrillic І and Х look alike
# an ordinal and the word after it, not glued to a sign, a star, a field's colon
_ORDINAL_RE = re.compile(rf"(?<![\w\-+*?~:'’])(?:(?P<roman>[IVXLІХ]+)|(?P<digits>\d{{1,2}})(?:-[а-яё]{{1,3}})?"
                         rf"|(?:(?P<tens>(?i:двадцать|тридцать|сорок|пятьдесят))\s+)?(?P<word>{LETTER_WORD}))"
                         rf"(?=\s+(?P<next>{LETTER_WORD})(?![\w*?~:'’]))")
# an event's word and an ordinal after it (`сессия XV`, `сессия 25`, `сессия 25-я`, `сессии двадцать
# пятой`); not a date (`сессия 15 ноября`)
_MONTHS = r"январ|феврал|март|апрел|ма[йя]|июн|июл|август|сентябр|октябр|ноябр|декабр"
_AFTER_RE = re.compile(rf"(?<![\w\-+*?~:'’])(?P<next>{LETTER_WORD})\s+(?P<ordinal>(?P<roman>[IVXLІХ]+)"
                       rf"|(?P<digits>\d{{1,2}})(?:-[а-яё]{{1,3}})?"
                       rf"|(?:(?P<tens>(?i:двадцать|тридцать|сорок|пятьдесят))\s+)?(?P<word>{LETTER_WORD}))"
                       rf"(?![\w\-*?~:'’/]|[.,]\d|\s+(?i:{_MONTHS}))")
# After a phrase, marks it as a number and an event's word matched only as an ordinal use
# (ordinal_use). A typed `"…"~0` is read away before the ordinals are expanded
# (index.typed_syntax.phrase_distances), so only this module writes it.
ORDINAL_USE_MARK = "~0"
# The field holding the written forms of a morphological field's words (the title is in `exact` too)
_WRITTEN_OF = {**WRITTEN_FORMS, "title": "exact"}


def ordinal_word(n: int) -> str:
    """`n` as an ordinal word, masculine nominative (`двадцать пятый`): every case form finds it."""
    if n < 10:
        return _UNITS[n - 1]
    if n < 20:
        return _TEENS[n - 10]
    tens, units = n // 10 * 10, n % 10
    return f"{_TENS[tens][0]} {_UNITS[units - 1]}" if units else _TENS[tens][1]


def roman(n: int) -> str:
    out = ""
    for value, letters in ((50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
        while n >= value:
            out, n = out + letters, n - value
    return out


def _roman_value(typed: str) -> int | None:
    """The number a Roman numeral typed in capitals stands for; None for letters that are no
    numeral written the usual way (`IIII`, `VX`)."""
    n = 0
    for letter, following in zip(typed, typed[1:] + " "):
        value = _ROMAN[letter]
        n += -value if _ROMAN.get(following, 0) > value else value
    return n if 0 < n <= MAX_ORDINAL and roman(n) == typed.replace("І", "I").replace("Х", "X") else None


@functools.lru_cache(maxsize=1)
def _word_values() -> tuple[dict[str, int], dict[str, int]]:
    """Index term of an ordinal word -> its number; of a tens cardinal (`двадцать`) -> its tens."""
    ordinals = {analyze_terms(ordinal_word(n))[-1]: n for n in range(1, MAX_ORDINAL + 1) if n < 20 or n % 10 == 0}
    tens = {analyze_terms(cardinal)[0]: value for value, (cardinal, _) in _TENS.items()}
    return ordinals, tens


def _value(word: str, values: dict[str, int]) -> int | None:
    """The value of the first index term of `word` that `values` has (`пятой`: `пятый`, `пята`)."""
    return next((values[term] for term in analyze_terms(word) if term in values), None)


def _number(m: re.Match) -> int | None:
    """The ordinal number `m` reads before a counted event; None for anything else."""
    if _counted_terms().isdisjoint(analyze_terms(m.group("next"))):
        return None
    if m.group("roman"):
        return _roman_value(m.group("roman"))
    if m.groupdict().get("digits"):
        n = int(m.group("digits"))
        return n if 0 < n <= MAX_ORDINAL else None
    ordinals, tens = _word_values()
    n = _value(m.group("word"), ordinals)
    if n is not None and m.group("tens"):
        return _value(m.group("tens"), tens) + n if n < 10 else None
    return n


@functools.lru_cache(maxsize=1)
def _counted_terms() -> frozenset[str]:
    return frozenset(analyze_terms(" ".join(_COUNTED_EVENTS)))


@functools.lru_cache(maxsize=256)
def _singular_forms(noun: str) -> tuple[str, ...]:
    """The singular forms of the event's `noun` as the exact-form field holds them (сессия: сессия,
    сессии, сессию, сессией, сессиею)."""
    forms = {f.word.replace("ё", "е") for p in parses(noun.lower()) if "NOUN" in p.tag
             for f in p.lexeme if "sing" in f.tag}
    return tuple(sorted(forms))


# an ordinal number's endings, as the written forms keep them glued to it («28-я», «5-го»)
_ORDINAL_ENDINGS = ("я", "й", "е", "го", "му", "м", "ю", "ой", "ая", "ое", "ый", "ий", "ого", "ому", "ом", "ую")


def ordinal_use(fieldname: str, words: list[str], noun: str, boost: float = 1.0):
    """A query for the number `words[0]` as an ordinal of the event `words[1]` (index terms): the
    two in a row, and in the written forms the event's word in the singular right after the number
    or its ending («15-й сессии», «15 сессия», not «15 сессий»); or the event's word in the singular
    right before the number with its ending («Сессия 15-я», not «сессия 15 ноября»)."""
    if fieldname in _WRITTEN_OF.values():  # an exact-form search: the words as typed, an ending between
        return Phrase(fieldname, words, slop=2, boost=boost)
    in_row = Phrase(fieldname, words, boost=boost)
    written = _WRITTEN_OF.get(fieldname)
    forms = _singular_forms(noun)
    if written is None or not forms:
        return in_row
    # slop 2: the number's ending («15-й») is a word of its own in the written forms
    before = And([in_row, Or([Phrase(written, [words[0], form], slop=2, boost=0.0) for form in forms])])
    # after the event's word only with its ending («Сессия 28-я», «съезда 5-го»): a bare number
    # there is a date or a count («сессия 15 ноября»)
    after = And([Phrase(fieldname, words[::-1], boost=boost),
                 SpanNear2([SpanOr([Term(written, form) for form in forms]),
                            SpanOr([Term(written, f"{words[0]}-{ending}") for ending in _ORDINAL_ENDINGS])]
                           ).with_boost(0.0)])
    return Or([before, after])


def expand_ordinals(text: str, expanded: dict[str, str] | None = None) -> str:
    """Outside quotes, `XV сессия` becomes `(XV OR пятнадцатый OR "15 сессия"~0) сессия` (~0:
    ORDINAL_USE_MARK); the other spellings are put in `expanded` under the typed ordinal."""
    def spellings(m: re.Match) -> list[str] | None:
        n = _number(m)
        if n is None:
            return None
        # the ordinal as typed (after the event's word: `сессия 25`, `сессия 25-я`, `сессии двадцать пятой`)
        typed = m.group("ordinal") if m.re is _AFTER_RE else m.group("roman") or m.group(0)
        noun = m.group("next")
        others = [roman(n), ordinal_word(n), str(n)]
        digits = m.groupdict().get("digits")
        if m.group("roman"):
            others.remove(roman(n))
        elif digits:
            others.remove(str(n))
        else:
            others.remove(ordinal_word(n))
        if expanded is not None:
            expanded[typed] = ", ".join(others)
        # a bare number typed stays as typed (the user's own words), its ordinal use added to rank
        # first; typed with its ending it is an ordinal
        if digits:
            forms = [f'"{digits} {noun}"{ORDINAL_USE_MARK}'] + ([typed] if typed.isdigit() else [])
        else:
            forms = [typed if " " not in typed else f'"{typed}"']
        forms += [f'"{o} {noun}"{ORDINAL_USE_MARK}' if o.isdigit() else (f'"{o}"' if " " in o else o) for o in others]
        return forms

    def before(m: re.Match) -> str:
        forms = spellings(m)
        return m.group(0) if forms is None else "(" + " OR ".join(forms) + ")"

    def after(m: re.Match) -> str:
        forms = spellings(m)
        return m.group(0) if forms is None else f"{m.group('next')} (" + " OR ".join(forms) + ")"

    return change_outside_quotes(text, lambda part: _each_word_pair(after, _ORDINAL_RE.sub(before, part)))


def _each_word_pair(after, text: str) -> str:
    """`_AFTER_RE.sub(after, text)`, tried again from each next word where a pair is no event's word
    and its ordinal: `итоги сессии XV` is «итоги сессии» first (two words), then «сессии XV»."""
    out, pos = [], 0
    while (m := _AFTER_RE.search(text, pos)) is not None:
        written = after(m)
        if written == m.group(0):
            out.append(text[pos:m.end("next")])
            pos = m.end("next")
        else:
            out.append(text[pos:m.start()] + written)
            pos = m.end()
    out.append(text[pos:])
    return "".join(out)
