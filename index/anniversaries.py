"""One anniversary written many ways: `30-летие`, `тридцатилетие`, `30 лет`, `тридцать лет`,
`30 жылдығы`, `отыз жылдығы` and `30 жыл` name one jubilee, and each finds the others (at query
time: no re-index).

The index holds each as its own words («30-летие» is `30` and `30-летие`, «тридцатилетие» one
word the dictionary conflates with its own cases, «30 жылдығына» `30` and `жылдығы`), so nothing
joins them but the query: a typed spelling becomes `(typed OR every other spelling)`, each of
several words as a phrase. Years are counted from 1 to 100; «N лет» is added only where Russian
says «лет» after N (not «21 год», «22 года»).
"""
from __future__ import annotations

import functools
import re

from index.quoted_phrases import change_outside_quotes

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

# the case endings of -летие (летие, летия, летию, летием, летии)
_LETIE = r"лети(?:е|я|ю|ем|и)"
# Kazakh «жылдық» (jubilee) with any ending: жылдығы, жылдығына, жылдықты
_ZHYLDYK = r"жылды[ғқ]\w*"
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


def spellings(n: int) -> list[str]:
    """Every way the `n`th anniversary is written, the digits' first; several words as a phrase."""
    forms = [f"{n}-летие", compound_word(n)]
    if _takes_let(n):
        forms += [f'"{n} лет"', f'"{russian_cardinal(n)} лет"']
    forms += [f'"{n} жылдығы"', f'"{kazakh_cardinal(n)} жылдығы"', f'"{n} жыл"']
    return [form for form in forms if form]


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


def expand_anniversaries(text: str, expanded: dict[str, str] | None = None) -> str:
    """Outside quotes, `30-летие` becomes `(30-летие OR тридцатилетие OR "30 лет" OR …)`; the
    other spellings are put in `expanded` under the typed one."""
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
        return "(" + " OR ".join([f"({typed})" if " " in typed else typed, *others]) + ")"

    return change_outside_quotes(text, lambda part: _typed_re().sub(replace, part))
