"""An act's part abbreviated before its number («ст. 4», «п. 2», «пп. 1)», «ч. 3»): the index also
reads it as the word it stands for, so `статья 4` finds «ст. 4» as `ст. 4` finds «статья 4»
(index.legal_references reads a query the same way)."""
from __future__ import annotations

# The abbreviations of an act's parts, and the words they stand for.
ABBREVIATED_PARTS = {"ст": "статья", "п": "пункт", "пп": "подпункт", "подп": "подпункт", "ч": "часть"}
# as written (a word's cheap first test, before its neighbours are looked at): lowercase, capitalised at a sentence's start, in capitals (a heading)
WRITTEN_PARTS = frozenset(form for short in ABBREVIATED_PARTS for form in (short, short.capitalize(), short.upper()))
HOURS = "ч"  # after a number an hour: «в 10 ч. 30 мин.» is no part of an act
# after «т.» no part either: «в т. ч. 3» is «в том числе», «и т. п.» «и тому подобное»
AFTER_T = frozenset({"ч", "п"})


def part_word(surface: str, before: str, after: str) -> str | None:
    """The word an abbreviated part stands for when `surface` is one and the next word, `after`,
    is its number; `before`: the word before it. None for any other word (most)."""
    if surface not in WRITTEN_PARTS or not after[:1].isdigit():
        return None
    short = surface.lower()
    if short == HOURS and before[:1].isdigit():
        return None
    if short in AFTER_T and before.lower() == "т":
        return None
    return ABBREVIATED_PARTS[short]
