"""One ordinal written three ways: `XV сессия`, `15-й сессии` and `пятнадцатая сессия` name one
session, and each finds the others (at query time: no re-index).

An ordinal is read before a counted event (сессия, съезд, форум…, in any case form): a Roman
numeral (Latin or Cyrillic look-alikes, as the analyzer folds them), a number (`15`, `15-й`,
`15-го`) or an ordinal word (`пятнадцатая`, `двадцать пятой`). Before another word it is left as
typed: `15 человек` is a count, `первый заместитель` no session. The number is searched only as a
phrase with the event's word, so `XV сессия` never finds every «15» of a date.
"""
from __future__ import annotations

import functools
import re

from index.analysis import analyze_terms

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
_WORD = r"[^\W\d_]+(?:-[^\W\d_]+)*"
# an ordinal and the word after it, not glued to a sign, a star, a field's colon
_ORDINAL_RE = re.compile(rf"(?<![\w\-+*?~:'’])(?:(?P<roman>[IVXLІХ]+)|(?P<digits>\d{{1,2}})(?:-[а-яё]{{1,3}})?"
                         rf"|(?:(?P<tens>(?i:двадцать|тридцать|сорок|пятьдесят))\s+)?(?P<word>{_WORD}))"
                         rf"(?=\s+(?P<next>{_WORD})(?![\w*?~:'’]))")


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
    if m.group("digits"):
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


def expand_ordinals(text: str, expanded: dict[str, str] | None = None) -> str:
    """Outside quotes, `XV сессия` becomes `(XV OR пятнадцатый OR "15 сессия"~2) сессия`; the
    other spellings are put in `expanded` under the typed ordinal. The phrase's slop lets «15-й»
    stand between (`15`, `й`)."""
    def expand(m: re.Match) -> str:
        n = _number(m)
        if n is None:
            return m.group(0)
        typed, noun = m.group(0), m.group("next")
        others = [roman(n), ordinal_word(n), str(n)]
        if m.group("roman"):
            others.remove(roman(n))
        elif m.group("digits"):
            others.remove(str(n))
        else:
            others.remove(ordinal_word(n))
        if expanded is not None:
            expanded[typed] = ", ".join(others)
        # a bare number typed is a phrase with its event too: `15 сессия` is no «сессия … 15 ноября»
        forms = [f'"{typed} {noun}"~2' if typed.isdigit() else typed if " " not in typed else f'"{typed}"']
        forms += [f'"{o} {noun}"~2' if o.isdigit() else (f'"{o}"' if " " in o else o) for o in others]
        return "(" + " OR ".join(forms) + ")"

    parts = re.split(r'("[^"]*"(?:~\d+)?)', text)
    for i in range(0, len(parts), 2):
        parts[i] = _ORDINAL_RE.sub(expand, parts[i])
    return "".join(parts)
