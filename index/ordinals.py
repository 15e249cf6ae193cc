"""One ordinal written three ways: `XV сессия`, `15-й сессии` and `пятнадцатая сессия` name one
session, and each finds the others (at query time: no re-index).

An ordinal is read before a counted event (сессия, съезд, форум…, in any case form): a Roman
numeral (Latin or Cyrillic look-alikes, as the analyzer folds them), a number (`15`, `15-й`,
`15-го`) or an ordinal word (`пятнадцатая`, `двадцать пятой`); each also after the event's word
(`сессия XV`, `сессия 25`, `сессия 25-я`, `сессии двадцать пятой`; not a date: `сессия 15 ноября`). Before another word it is left as typed: `15 человек` is a count,
`первый заместитель` no session. Kazakh spellings are read too: `31-ші`, `33-сессиясы` (the number
glued to the event's word), `отыз бірінші`, before the event's Kazakh forms (сессиясы, съезі), and
each Russian spelling finds them. An ordinal word (typed or added) matches only beside the event's
word, and a unit never as the end of a compound (`первая сессия` is not «тридцать первой сессии»,
nor «Первый Президент … на сессии»). The number added as another spelling matches only an ordinal use:
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
from index.morphology import KAZAKH_ENDINGS, harmonious_ending, parses
from index.quoted_phrases import change_outside_quotes
from index.schema import WRITTEN_FORMS
from index.tokenize import LETTER_WORD
from index.whole_numbers import phrase_not_after, words_between

MAX_ORDINAL = 59
_UNITS = ("первый", "второй", "третий", "четвертый", "пятый", "шестой", "седьмой", "восьмой", "девятый")
_TEENS = ("десятый", "одиннадцатый", "двенадцатый", "тринадцатый", "четырнадцатый", "пятнадцатый",
          "шестнадцатый", "семнадцатый", "восемнадцатый", "девятнадцатый")
_TENS = {20: ("двадцать", "двадцатый"), 30: ("тридцать", "тридцатый"), 40: ("сорок", "сороковой"),
         50: ("пятьдесят", "пятидесятый")}
# Kazakh ordinals: a unit's ordinal after the tens' cardinal (отыз бірінші), the tens' own ordinal
# (отызыншы). Not 11-19: «он» (ten) is the Russian stop word «он», which the index drops, so «он
# бірінші» could not be told from «бірінші» (README, Known limits).
_KAZAKH_UNITS = ("бірінші", "екінші", "үшінші", "төртінші", "бесінші", "алтыншы", "жетінші", "сегізінші",
                 "тоғызыншы")
_KAZAKH_TENS = {10: (None, "оныншы"), 20: ("жиырма", "жиырмасыншы"), 30: ("отыз", "отызыншы"),
                40: ("қырық", "қырқыншы"), 50: ("елу", "елуінші")}
# every Kazakh ordinal and tens word above, for the speller to leave alone (`отыз` is no misspelt «отыр»)
KAZAKH_ORDINAL_WORDS = frozenset(_KAZAKH_UNITS) | frozenset(w for pair in _KAZAKH_TENS.values() for w in pair if w)
# what the archive numbers: an ordinal before one of these is read (Kazakh forms: сессиясы, съезі)
_COUNTED_EVENTS = ("сессия", "съезд", "форум", "курултай", "созыв", "заседание", "конгресс", "пленум",
                   "конференция", "собрание", "фестиваль", "слет", "құрылтай", "жиналыс", "отырыс")
_ROMAN = {"I": 1, "V": 5, "X": 10, "L": 50, "І": 1, "Х": 10}  # Cyrillic І and Х look alike
# An ordinal: a Roman numeral (in capitals, or Latin in lowercase: `xxxi`, or its first letter
# only capitalised, as a phone types a query's first word: `Xxxi`; an ending after a hyphen: `XXXI-я`), a number with a Russian or Kazakh ending (`15-й`, `15й`, `31-ші`, `31-інші`) or an
# ordinal word, Russian or Kazakh, with the tens before it (`тридцать первой`, `отыз бірінші`)
# (он: read so that `он бірінші` is left as typed, not taken for `бірінші`)
_TENS_WORDS = "двадцать|тридцать|сорок|пятьдесят|жиырма|отыз|қырық|елу|он"
_NUMBER_ENDING = r"-(?:[а-яё]{1,3}|(?:ін|ын|н)?ш[іы])|[а-яё]{1,2}"
_ORDINAL = (rf"(?P<roman>[IVXLІХ]+|[IVXL]?[ivxl]+)(?:-[а-яё]{{1,3}})?|(?P<digits>\d{{1,2}})(?:{_NUMBER_ENDING}|-(?=[^\W\d_]))?"
            rf"|(?:(?P<tens>(?i:{_TENS_WORDS}))\s+)?(?P<word>{LETTER_WORD})")
# an ordinal and the word after it, not glued to a sign, a star, a field's colon; a number may be
# glued to it by a hyphen, as Kazakh writes the ordinal (`33-сессиясы`)
_ORDINAL_RE = re.compile(rf"(?<![\w\-+*?~:'’])(?:{_ORDINAL})(?:(?<=-)|\s+)(?=(?P<next>{LETTER_WORD})(?![\w*?~:'’]))")
# an event's word and an ordinal after it (`сессия XV`, `сессия 25`, `сессия 25-я`, `сессии двадцать
# пятой`); not a date (`сессия 15 ноября`)
_MONTHS = r"январ|феврал|март|апрел|ма[йя]|июн|июл|август|сентябр|октябр|ноябр|декабр"
_AFTER_RE = re.compile(rf"(?<![\w\-+*?~:'’])(?P<next>{LETTER_WORD})\s+(?P<ordinal>{_ORDINAL})"
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


def kazakh_ordinal_word(n: int) -> str | None:
    """`n` as a Kazakh ordinal word (`отыз бірінші`, `отызыншы`); None for 11-19 (see _KAZAKH_TENS)."""
    tens, units = n // 10 * 10, n % 10
    if not tens:
        return _KAZAKH_UNITS[n - 1]
    cardinal, ordinal = _KAZAKH_TENS[tens]
    if not units:
        return ordinal
    return f"{cardinal} {_KAZAKH_UNITS[units - 1]}" if cardinal else None


def roman(n: int) -> str:
    out = ""
    for value, letters in ((50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
        while n >= value:
            out, n = out + letters, n - value
    return out


def roman_value(typed: str) -> int | None:
    """The number a Roman numeral stands for (in capitals, or Latin lowercase letters, the first
    perhaps capitalised); None for letters that are no numeral written the usual way (`IIII`, `VX`)."""
    typed = typed.upper()
    n = 0
    for letter, following in zip(typed, typed[1:] + " "):
        value = _ROMAN[letter]
        n += -value if _ROMAN.get(following, 0) > value else value
    return n if 0 < n <= MAX_ORDINAL and roman(n) == typed.replace("І", "I").replace("Х", "X") else None


@functools.lru_cache(maxsize=1)
def _word_values() -> tuple[dict[str, tuple[int, bool]], dict[str, tuple[int, bool]]]:
    """Index term of an ordinal word -> (its number, whether Kazakh); of a tens cardinal
    (`двадцать`, `отыз`) -> (its tens, whether Kazakh)."""
    ordinals = {analyze_terms(ordinal_word(n))[-1]: (n, False) for n in range(1, MAX_ORDINAL + 1)
                if n < 20 or n % 10 == 0}
    ordinals |= {term: (n, True) for n in range(1, MAX_ORDINAL + 1) if n < 10 or n % 10 == 0
                 for term in analyze_terms(kazakh_ordinal_word(n))}
    tens = {analyze_terms(cardinal)[0]: (value, False) for value, (cardinal, _) in _TENS.items()}
    tens |= {analyze_terms(cardinal)[0]: (value, True) for value, (cardinal, _) in _KAZAKH_TENS.items() if cardinal}
    return ordinals, tens


def _value(word: str, values: dict[str, tuple[int, bool]]) -> tuple[int, bool] | None:
    """The value of the first index term of `word` that `values` has (`пятой`: `пятый`, `пята`)."""
    return next((values[term] for term in analyze_terms(word) if term in values), None)


def _reading(m: re.Match) -> tuple[int, str] | None:
    """The ordinal number `m` reads before a counted event and how it was written ("roman",
    "digits", "word", "kazakh": a Kazakh word); None for anything else."""
    if _counted_terms().isdisjoint(analyze_terms(m.group("next"))):
        return None
    if m.group("roman"):
        n = roman_value(m.group("roman"))
        return None if n is None else (n, "roman")
    if m.group("digits"):
        n = int(m.group("digits"))
        return (n, "digits") if 0 < n <= MAX_ORDINAL else None
    ordinals, tens = _word_values()
    unit = _value(m.group("word"), ordinals)
    if unit is None:
        return None
    n, kazakh = unit
    if m.group("tens"):
        ten = _value(m.group("tens"), tens)
        if ten is None or n >= 10 or ten[1] != kazakh:  # `тридцать бірінші` is no number
            return None
        n += ten[0]
    return n, "kazakh" if kazakh else "word"


@functools.lru_cache(maxsize=1)
def _counted_terms() -> frozenset[str]:
    return frozenset(analyze_terms(" ".join(_COUNTED_EVENTS)))


@functools.lru_cache(maxsize=1)
def _tens_terms() -> tuple[str, ...]:
    """The index terms of the tens' cardinals (двадцать, отыз), which make a unit's ordinal
    after them another number (тридцать первой)."""
    return tuple(_word_values()[1])


@functools.lru_cache(maxsize=1)
def _first_terms() -> frozenset[str]:
    """The index terms of «first», which is also a title (Первый Президент, первый заместитель)."""
    return frozenset(analyze_terms(f"{ordinal_word(1)} {kazakh_ordinal_word(1)}"))


# Kazakh endings after a noun's possessive (сессия-сы-ның, съез-і-нде) and of the noun itself
# (сессия-ның, форум-да); no plural (сессиялар is not one session)
_AFTER_POSSESSIVE = ("", "н", "ның", "нің", "на", "не", "нда", "нде", "нан", "нен", "мен", "ндағы", "ндегі")
_PLURAL_STARTS = ("лар", "лер", "дар", "дер", "тар", "тер")
_ENDING_VOWELS = "аеыіо"


@functools.lru_cache(maxsize=64)
def _kazakh_forms(event: str) -> tuple[str, ...]:
    """The Kazakh singular forms of a Russian event word, as written, that the analyzer reads as
    that word: сессия -> сессиясы, сессиясының, сессияда…; съезд -> съезі, съезге (a loanword's
    final д or ь drops before Kazakh endings). Only endings in the stem's vowel harmony: each form
    is a phrase of the query."""
    def fits(stem: str, ending: str) -> bool:
        return not any(c in _ENDING_VOWELS for c in ending) or harmonious_ending(stem, ending)

    cases = [ending for ending, _ in KAZAKH_ENDINGS if not ending.startswith(_PLURAL_STARTS)]
    candidates = set()
    for stem in ({event, event[:-1]} if event.endswith(("ь", "зд")) else {event}):
        # the harmony of the word itself: a soft sign's front vowels (фестивал-і), съез-і as съезд
        possessives = () if stem.endswith("ь") else ("сы", "сі") if stem[-1] in _ENDING_VOWELS + "яю" else ("ы", "і")
        candidates |= {stem + p + e for p in possessives if fits(event, p) for e in _AFTER_POSSESSIVE if fits(event, e)}
        candidates |= {stem + e for e in cases if fits(event, e)}
    term = analyze_terms(event)[0]
    return tuple(sorted(form for form in candidates if term in analyze_terms(form)))


@functools.lru_cache(maxsize=256)
def _singular_forms(noun: str) -> tuple[str, ...]:
    """The singular forms of the event's `noun` as the exact-form field holds them, Russian and
    Kazakh (сессия, сессиясы: сессия, сессии, сессию, сессией, сессиею, сессиясы, сессиясының…)."""
    terms = set(analyze_terms(noun))
    events = [event for event in _COUNTED_EVENTS if terms & set(analyze_terms(event))] or [noun.lower()]
    forms = {f.word.replace("ё", "е") for event in events for p in parses(event) if "NOUN" in p.tag
             for f in p.lexeme if "sing" in f.tag}
    forms |= {form for event in events for form in _kazakh_forms(event)}
    return tuple(sorted(forms))


# an ordinal number's endings, as the written forms keep them glued to it («28-я», «5-го»)
_ORDINAL_ENDINGS = ("я", "й", "е", "го", "му", "м", "ю", "ой", "ая", "ое", "ый", "ий", "ого", "ому", "ом", "ую")


def ordinal_use(fieldname: str, words: list[str], noun: str, boost: float = 1.0):
    """A query for the ordinal `words[:-1]` (index terms) of the event `words[-1]`.

    A number: the two in a row, and in the written forms the event's word in the singular right
    after the number or its ending («15-й сессии», «15 сессия», «27-ші сессиясы», not «15 сессий»);
    or the event's word in the singular right before the number with its ending («Сессия 15-я», not
    «сессия 15 ноября»). An ordinal word: right before the event's word, a unit not after the tens
    (`первой сессии`, not «тридцать первой сессии»), or right after it («сессии двадцать пятой»;
    not «первый», a title too: «на сессии Первый Президент»)."""
    if fieldname in _WRITTEN_OF.values():  # an exact-form search: the words as typed, an ending between
        return Phrase(fieldname, words, slop=2, boost=boost)
    if not words[0].isdigit():
        return _ordinal_word_use(fieldname, words, boost)
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


def _ordinal_word_use(fieldname: str, words: list[str], boost: float):
    """ordinal_use of an ordinal word (`первый сессия`, `тридцать первый сессия`)."""
    ordinal, event = words[:-1], words[-1]
    # a unit alone: not the end of a compound (тридцать первой)
    before = phrase_not_after(fieldname, words, _tens_terms() if len(ordinal) == 1 else (), boost)
    if ordinal[-1] in _first_terms():
        return before
    return Or([before, Phrase(fieldname, [event, *ordinal], boost=boost)])


def expand_ordinals(text: str, expanded: dict[str, str] | None = None) -> str:
    """Outside quotes, `XV сессия` becomes `(XV OR "пятнадцатый сессия"~0 OR "он бесінші…"~0 OR
    "15 сессия"~0) сессия` (~0: ORDINAL_USE_MARK); the other spellings are put in `expanded` under
    the typed ordinal."""
    def spellings(m: re.Match) -> list[str] | None:
        reading = _reading(m)
        if reading is None:
            return None
        n, kind = reading
        # the ordinal as typed (after the event's word: `сессия 25`, `сессия 25-я`, `сессии двадцать пятой`)
        written = (m.group("ordinal") if m.re is _AFTER_RE else m.group(0)).strip()
        typed = m.group("roman") or written.rstrip("-")  # `33-сессиясы`: 33
        noun = m.group("next")
        spelled = {"roman": roman(n), "word": ordinal_word(n), "kazakh": kazakh_ordinal_word(n), "digits": str(n)}
        others = [o for k, o in spelled.items() if k != kind and o]
        if expanded is not None:
            expanded[typed] = ", ".join(others)
        # a bare number typed stays as typed (the user's own words), its ordinal use added to rank
        # first; typed with its ending it is an ordinal; a word, only beside the event's word
        digits = m.group("digits")
        if digits:
            forms = [f'"{digits} {noun}"{ORDINAL_USE_MARK}'] + ([typed] if written.isdigit() else [])
        elif kind == "roman":
            forms = [typed]
        else:
            forms = [f'"{typed} {noun}"{ORDINAL_USE_MARK}']
        forms += [o if k == "roman" else f'"{o} {noun}"{ORDINAL_USE_MARK}' for k, o in spelled.items()
                  if k != kind and o]
        return forms

    def before(m: re.Match) -> str:
        forms = spellings(m)
        return m.group(0) if forms is None else "(" + " OR ".join(forms) + ") "

    def after(m: re.Match) -> str:
        forms = spellings(m)
        return m.group(0) if forms is None else f"{m.group('next')} (" + " OR ".join(forms) + ")"

    return change_outside_quotes(text, lambda part: _each_word_pair(after, _ORDINAL_RE.sub(before, part)))


def bound_ordinals(words: list[str]) -> dict[int, str]:
    """Each of a query's `words` (as typed) that is (part of) an ordinal read beside its event's
    word -> the ordinal and the event's word as typed: what that word searched alone means
    (`вторая` of `вторая сессия` is «вторая сессия», never «второй» anywhere; index.search's
    partial results). The event's word is no key: it stays a word of its own."""
    text = " ".join(words)
    out: dict[int, str] = {}

    def bind(m: re.Match, ordinal: tuple[int, int]) -> str:
        if _reading(m) is not None:
            whole = text[min(m.start(), m.start("next")):max(m.end(), m.end("next"))]
            for i in words_between(words, *ordinal):
                if words[i] != whole:  # `33-сессиясы`: the ordinal and the event in one word
                    out.setdefault(i, whole)
        return m.group(0)

    for m in _ORDINAL_RE.finditer(text):
        bind(m, (m.start(), m.start("next")))
    _each_word_pair(lambda m: bind(m, m.span("ordinal")), text)
    return out


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
