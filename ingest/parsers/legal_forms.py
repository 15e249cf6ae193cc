"""Whether a short capitals word closing a Kazakh line is a body's legal form written short («…
«Қоғамдық келісім» РММ», «… КММ», «… АҚ»), or a plain word of a heading in capitals («… СЕССИЯСЫНДА
СӨЙЛЕГЕН СӨЗІ», «… КҮНІ»). Abbreviations of this kind are written with no vowel, or are among a few
known ones that have one."""
from __future__ import annotations

import re

_CAPITALS_WORD = re.compile(r"[А-ЯЁӘҒҚҢӨҰҮҺІ]{2,4}")
_VOWELS = frozenset("АӘЕЁИІОӨУҰҮЫЭЮЯ")
# the legal forms with a vowel: joint-stock companies (АҚ, ЖАҚ, ААҚ, КЕАҚ, Russian АО, ТОО), public
# associations (ОО, РОО, ОФ, ОЮЛ) and non-governmental organisations (ҮЕҰ, ҚЕҰ)
_WITH_VOWEL = frozenset("АҚ ЖАҚ ААҚ КЕАҚ АО ТОО ОО РОО ОФ ОЮЛ ҮЕҰ ҚЕҰ".split())


def is_legal_form(word: str) -> bool:
    """`word` is a legal form's abbreviation: two to four capitals with no vowel («РММ», «ЖШС»,
    «МКҚК») or one of _WITH_VOWEL; «СӨЗ», «КҮНІ» in a capitals heading are words."""
    if _CAPITALS_WORD.fullmatch(word) is None:
        return False
    return word in _WITH_VOWEL or not any(ch in _VOWELS for ch in word)
