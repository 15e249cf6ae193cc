"""Korean names in the traditional three-part form of the Koryo-saram press: the surname, then a
given name of two one-syllable words («Ким Ен Гун», «Ли Ген Сук», «Пак Сон Ок», «Цой Ен Хак»).

The person rules read two capitalised words as a given name and a surname, which made «Ким Ен Гун»
the person «К. Ен». Written surname first, the name is Е.Г. Ким, as «Ким Е.Г.» abbreviates it. In
Russian only the last syllable declines («ветерану Ким Ен Гуну», «Ким Ен Гуна»), which tells the case.

    korean_name(first, second, third) -> KoreanName | None
"""
from __future__ import annotations

import re
from typing import NamedTuple

from ._text import fold

# Koryo-saram surnames (folded): the one-syllable ones and those in -гай (Огай, Когай: 家, «family»)
KOREAN_SURNAMES = frozenset("""ким ли пак цой тен хан хван нам ан шин чой ни ю о со ма лю мун ван тян кан юн лим
    пя ем мин чен сон шим хо де ян те чжон ко огай когай югай лигай тигай хегай шегай дегай""".split())

# one syllable of a given name as Russian writes it: Ен, Гун, Ген, Сук, Ок, Хак, Чон, Ир, Хи, Чхоль
_SYLLABLE = re.compile(r"[бвгджзйклмнпрстфхцчшщ]{0,3}[аеиоуыэюя]{1,2}[бвгджзклмнпрстфхцчшщ]{0,2}ь?")
_MAX_SYLLABLE = 5

# the case endings the last syllable takes after a consonant (Гуна, Гуну, Гуном, Гуне)
_ENDINGS = (("ом", frozenset({"ablt"})), ("ем", frozenset({"ablt"})), ("а", frozenset({"gent", "accs"})),
            ("я", frozenset({"gent", "accs"})), ("у", frozenset({"datv"})), ("ю", frozenset({"datv"})),
            ("е", frozenset({"loct", "datv"})))
_ALL = frozenset({"nomn", "gent", "datv", "accs", "ablt", "loct"})
_NOM = frozenset({"nomn"})


class KoreanName(NamedTuple):
    initials: str  # «Е.Г.»
    cases: frozenset[str]  # the cases the last syllable's form allows


def _syllable(word: str) -> bool:
    return len(word) <= _MAX_SYLLABLE and bool(_SYLLABLE.fullmatch(word))


def _last_syllable_cases(word: str) -> frozenset[str] | None:
    """The cases of the given name's last word: a syllable as written (closed: the nominative; open
    ones such as Хи never decline), or a closed syllable with a Russian case ending."""
    if _syllable(word):
        return _NOM if word[-1] not in "аеиоуыэюя" else _ALL
    for ending, cases in _ENDINGS:
        stem = word[:-len(ending)]
        if word.endswith(ending) and _syllable(stem) and stem[-1] not in "аеиоуыэюяь":
            return cases
    return None


def korean_name(first: str, second: str, third: str) -> KoreanName | None:
    """«first second third» as a Korean surname and a two-syllable given name, or None. The words
    are capitalised (or all in capitals, as a list writes them)."""
    words = (first, second, third)
    if not (all(w[:1].isupper() and (w[1:].islower() or not w[1:]) for w in words) or all(w.isupper() for w in words)):
        return None
    surname, given, last = (fold(w) for w in words)
    if surname not in KOREAN_SURNAMES or not _syllable(given):
        return None
    cases = _last_syllable_cases(last)
    if cases is None:
        return None
    return KoreanName(f"{second[0].upper()}.{third[0].upper()}.", cases)
