"""One anniversary written many ways: `30-летие`, `тридцатилетие`, `30 лет`, `тридцать лет`,
`30 жылдығы`, `отыз жылдығы` and `30 жыл` name one jubilee, and each finds the others (at query
time: no re-index).

The index holds each as its own words («30-летие» is `30` and `30-летие`, «тридцатилетие» one
word the dictionary conflates with its own cases, «30 жылдығына» `30` and `жылдығы`), so nothing
joins them but the query: a typed spelling becomes `(typed OR every other spelling)`, each of
several words as a phrase, the typed one too. A number in words matches only as a whole number:
`пять лет` is not the end of «двадцать пять лет» (years_use). Years are counted from 1 to 100;
«N лет» is added only where Russian says «лет» after N (not «21 год», «22 года»).
"""
from __future__ import annotations

import functools
import re

from whoosh.query import Phrase

from index.analysis import analyze_terms
from index.quoted_phrases import change_outside_quotes
from index.schema import WRITTEN_FORMS
from index.whole_numbers import phrase_not_after, words_between

MAX_YEARS = 100
# the first part of a compound word in -летие (двадцатипятилетие, столетие)
_UNITS_IN_COMPOUND = ("одно", "двух", "трех", "четырех", "пяти", "шести", "семи", "восьми", "девяти")
_TEENS_IN_COMPOUND = ("десяти", "одиннадцати", "двенадцати", "тринадцати", "четырнадцати", "пятнадцати",
                      "шестнадцати", "семнадцати", "восемнадцати", "девятнадцати")
_TENS_IN_COMPOUND = ("двадцати", "тридцати", "сорока", "пятидесяти", "шестидесяти", "семидесяти",
                     "восьмидесяти", "девяносто", "сто")
# cardinals, nominative (`тридцать лет`: the analyzer conflates «тридцати лет»)
_UNITS = ("один", "два", "три", "четыре", "пять", "шесть", "семь", "восемь", "девять")
_TEENS = ("десять", "одиннадцать", "двенадцать", "тринадцать", "четырнадцать", "пятнадцать", "шестнадцать",
          "семнадцать", "восемнадцать", "девятнадцать")
_TENS = ("двадцать", "тридцать", "сорок", "пятьдесят", "шестьдесят", "семьдесят", "восемьдесят", "девяносто", "сто")
_KAZAKH_UNITS = ("бір", "екі", "үш", "төрт", "бес", "алты", "жеті", "сегіз", "тоғыз")
_KAZAKH_TENS = ("он", "жиырма", "отыз", "қырық", "елу", "алпыс", "жетпіс", "сексен", "тоқсан", "жүз")
# the Kazakh numbers above, for the speller to leave alone (`отыз жылдығы` is no «отыр жылдығы»)
KAZAKH_NUMBER_WORDS = frozenset(_KAZAKH_UNITS + _KAZAKH_TENS)

# the case endings of -летие (летие, летия, летию, летием, летии)
_LETIE = r"лети(?:е|я|ю|ем|и)"
# Kazakh «жылдық» (jubilee) with any ending: жылдығы, жылдығына, жылдықты
_ZHYLDYK = r"жылды[ғқ]\w*"
# After a phrase, marks it as a number in words and its years' word, matched only as a whole
# number (years_use). A typed `"…"~00` is read away before the anniversaries are expanded
# (index.typed_syntax.phrase_distances), as index.ordinals.ORDINAL_USE_MARK is.
YEARS_USE_MARK = "~00"
_START = r"(?<![\w\-+*?~:'’\"])"
_END = r"(?![\w\-*?~:'’])"


def _spelled(n: int, units: tuple[str, ...], teens: tuple[str, ...] | None, tens: tuple[str, ...],
             joiner: str) -> str:
    """`n` (1..100) in words from the tables: tens, then units, joined by `joiner`."""
    if n < 10:
        return units[n - 1]
    if teens is not None and n < 20:
        return teens[n - 10]
    ten, unit = divmod(n, 10)
    first = tens[ten - (1 if teens is None else 2)]
    return first + joiner + units[unit - 1] if unit else first


def compound_word(n: int) -> str | None:
    """`n`-летие as one word (тридцатилетие, двадцатипятилетие, столетие); None for 1 («однолетие»
    is no Russian word)."""
    if n == 1:
        return None
    return _spelled(n, _UNITS_IN_COMPOUND, _TEENS_IN_COMPOUND, _TENS_IN_COMPOUND, "") + "летие"


def russian_cardinal(n: int) -> str:
    return _spelled(n, _UNITS, _TEENS, _TENS, " ")


def kazakh_cardinal(n: int) -> str:
    return _spelled(n, _KAZAKH_UNITS, None, _KAZAKH_TENS, " ")


def _takes_let(n: int) -> bool:
    """Whether Russian says «N лет» (5, 11, 20, 25 лет; not «21 год», «22 года»)."""
    return 11 <= n % 100 <= 14 or n % 10 in (0, 5, 6, 7, 8, 9)


def _kazakh_in_words(n: int) -> bool:
    """Whether the index can tell `n` in Kazakh words: not 10-19, as «он» (ten) is the Russian stop
    word «он», which the index drops (`он бес жылдығы` would be «бес жылдығы», the 5th)."""
    return not 10 <= n <= 19


def spellings(n: int) -> list[str]:
    """Every way the `n`th anniversary is written, the digits' first; several words as a phrase."""
    forms = [f"{n}-летие", compound_word(n)]
    if _takes_let(n):
        forms += [f'"{n} лет"', f'"{russian_cardinal(n)} лет"']
    forms += [f'"{n} жылдығы"', f'"{kazakh_cardinal(n)} жылдығы"' if _kazakh_in_words(n) else None, f'"{n} жыл"']
    return [form for form in forms if form]


def _as_query(form: str) -> str:
    """A spelling as the query searches it: a number in words as a whole number (YEARS_USE_MARK)."""
    return form + YEARS_USE_MARK if form.startswith('"') and not form[1].isdigit() else form


def years_use(fieldname: str, words: list[str], boost: float = 1.0):
    """A query for the number in words `words[:-1]` (index terms) and its years' word: the phrase,
    the number not the end of a larger one («пять лет» is not «двадцать пять лет»). In an
    exact-form field, the phrase as typed."""
    if fieldname in WRITTEN_FORMS.values():
        return Phrase(fieldname, words, boost=boost)
    return phrase_not_after(fieldname, words, _larger_number_terms(), boost)


@functools.lru_cache(maxsize=1)
def _larger_number_terms() -> tuple[str, ...]:
    """The index terms of the tens and hundreds, Russian and Kazakh: a number word after one is
    part of a larger number."""
    return tuple(dict.fromkeys(t for word in _TENS + _KAZAKH_TENS for t in analyze_terms(word)))


@functools.lru_cache(maxsize=1)
def _word_values() -> tuple[dict[str, int], dict[str, int], dict[str, int]]:
    """Compound words' first parts, Russian and Kazakh cardinals -> their numbers."""
    numbers = range(1, MAX_YEARS + 1)
    compounds = {compound_word(n)[:-len("летие")]: n for n in numbers if compound_word(n)}
    return compounds, {russian_cardinal(n): n for n in numbers}, {kazakh_cardinal(n): n for n in numbers}


def _alternation(words) -> str:
    return "|".join(sorted((re.escape(w).replace(r"\ ", r"\s+") for w in words), key=len, reverse=True))


@functools.lru_cache(maxsize=1)
def _typed_re() -> re.Pattern:
    """An anniversary as typed: `30-летие` (or `30летие`), `тридцатилетие`, `30 лет`, `тридцать
    лет`, `30 жылдығы`, `отыз жылдығы`, `30 жыл`, in any case form."""
    compounds, russian, kazakh = _word_values()
    return re.compile(
        rf"{_START}(?i:(?P<digits>\d{{1,3}})(?:-?{_LETIE}|\s+лет|-?\s*{_ZHYLDYK}|\s+жыл)"
        rf"|(?P<compound>{_alternation(compounds)}){_LETIE}"
        rf"|(?P<russian>{_alternation(russian)})\s+лет"
        rf"|(?P<kazakh>{_alternation(kazakh)})\s+(?:{_ZHYLDYK}|жыл)){_END}")


def _years(m: re.Match) -> int | None:
    compounds, russian, kazakh = _word_values()
    if m.group("digits"):
        n = int(m.group("digits"))
    else:
        words = {"compound": compounds, "russian": russian, "kazakh": kazakh}
        kind = next(k for k in words if m.group(k))
        n = words[kind].get(" ".join(m.group(kind).lower().replace("ё", "е").split()))
    return n if n is not None and 0 < n <= MAX_YEARS else None


def bound_numbers(words: list[str]) -> dict[int, str]:
    """Each of a query's `words` (as typed) that is (part of) an anniversary's number written apart
    from its years' word -> the anniversary as typed: what that word searched alone means
    (`двадцать` of `двадцать лет` is the 20th anniversary, not «двадцать» anywhere; index.search's
    partial results). The years' word is no key: it stays a word of its own."""
    text = " ".join(words)
    out: dict[int, str] = {}
    for m in _typed_re().finditer(text):
        kind = next((k for k in ("digits", "russian", "kazakh") if m.group(k)), None)
        if kind is None or _years(m) is None:
            continue
        for i in words_between(words, *m.span(kind)):
            if words[i] != m.group(0):  # `30-летие`, `30жылдығы`: the number and the years in one word
                out.setdefault(i, m.group(0))
    return out


def expand_anniversaries(text: str, expanded: dict[str, str] | None = None) -> str:
    """Outside quotes, `30-летие` becomes `(30-летие OR тридцатилетие OR "30 лет" OR …)`, a number
    in words marked to match as a whole number (`"тридцать лет"~00`); the other spellings are
    put in `expanded` under the typed one."""
    def replace(m: re.Match) -> str:
        n = _years(m)
        if n is None:
            return m.group(0)
        typed = " ".join(m.group(0).split())
        forms = spellings(n)
        same = {typed.lower().replace("ё", "е"), f'"{typed.lower()}"'}
        others = [form for form in forms if form.lower() not in same]
        if expanded is not None:
            expanded[typed] = ", ".join(form.strip('"') for form in others)
        # the words typed as one phrase too: apart, «двадцать» and «лет» are in many a text;
        # Kazakh 10-19 in words is not searched as typed (see _kazakh_in_words)
        own = [] if m.group("kazakh") and not _kazakh_in_words(n) else [f'"{typed}"' if " " in typed else typed]
        return "(" + " OR ".join(_as_query(form) for form in [*own, *others]) + ")"

    return change_outside_quotes(text, lambda part: _typed_re().sub(replace, part))
