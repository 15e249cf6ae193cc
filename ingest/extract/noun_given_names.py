"""Given names the dictionary knows only as common nouns, told by the patronymic after them.

Канат and Алмаз (a rope, a diamond) are among the commonest Kazakh men's names, Нур, Арман, Марат's
neighbours in any list; the Russian dictionary has them as nouns only. A patronymic right after such a
word says it is a given name: «Дюсенбаев Канат Бейбитович», «Сапарова Алмаза Маратовича» (an award
decree's accusative), «Канат Бейбитович Дюсенбаев». The noun must stand in a case the patronymic's
ending allows (Каната Бейбитовича, not «Канат Бейбитовича»), so a declined list keeps one case per
person; a woman's name that ends in a consonant does not decline in Russian (Алтын Маратовны).

    given_before_patronymic(word, patronymic) -> bool
"""
from __future__ import annotations

import re

from ._text import is_dictionary, parses, word_info
from .name_order import is_title

# a Russian patronymic's case ending and the cases of the given name before it; a man's accusative is
# his genitive (Каната Бейбитовича), so -вича asks for the noun's genitive
_MAN = (("вичем", {"ablt"}), ("вичу", {"datv"}), ("вича", {"gent"}), ("виче", {"loct"}), ("вич", {"nomn"}))
_WOMAN = re.compile(r"(?:вн|ичн)(а|ы|е|у|ой|ою)$")
_WOMAN_CASES = {"а": {"nomn"}, "ы": {"gent"}, "е": {"datv", "loct"}, "у": {"accs"}, "ой": {"ablt"}, "ою": {"ablt"}}
# a Kazakh father's name does not decline, so it tells no case
_KAZAKH_FATHER = re.compile(r"(?:ұлы|улы|қызы|кызы)$")
_ANY_CASE = {"nomn", "gent", "datv", "accs", "ablt", "loct"}


def _cases_before(patronymic: str) -> tuple[set[str], bool] | None:
    """The cases a given name before `patronymic` may stand in, and whether she is a woman; None
    when the word is no patronymic."""
    low = patronymic.lower()
    if _KAZAKH_FATHER.search(low):
        return _ANY_CASE, low.endswith(("қызы", "кызы"))
    for ending, cases in _MAN:
        if low.endswith(ending):
            return cases, False
    m = _WOMAN.search(low)
    return (_WOMAN_CASES[m.group(1)], True) if m else None


def given_before_patronymic(word: str, patronymic: str) -> bool:
    """`word`, a capitalised word the dictionary reads as a common noun, is a given name because
    `patronymic` follows it: a noun in a case the patronymic allows (or, a woman's, as written: her
    name in a consonant does not decline); never a place, a title or a function word."""
    told = _cases_before(patronymic)
    if told is None or len(word) < 3 or "-" in word or word.isupper():
        return False
    cases, woman = told
    info = word_info(word)
    if info["geo"] or info["function"] or is_title(word):
        return False
    nouns = [p for p in parses(word) if is_dictionary(p) and p.tag.POS == "NOUN" and p.tag.number == "sing"]
    return any(p.tag.case in cases or woman and p.tag.case == "nomn" for p in nouns)
