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


# a body's own name in quotes, after the place or body it belongs to, then its legal form: ««Қоғамдық келісім»
# РММ», «АЛМАТЫ ҚАЛАСЫНЫҢ «ДОСТЫҚ» ТОО», «… ӘКІМДІГІНІҢ «…» КОММУНАЛДЫҚ МЕМЛЕКЕТТІК МЕКЕМЕСІ»
_QUOTED_NAME_THEN_FORM = re.compile(r"(?:[\w-]+\s+){0,4}[«\"“][^«»\"“”]{2,60}[»\"”]\s+(?P<form>[\w-]+(?:\s+[\w-]+){0,2})\s*")
_SPELLED_FORMS = frozenset("мекемесі кәсіпорны серіктестігі қоғамы бірлестігі қоры ұйымы".split())
# ... or unquoted, after the place or body it belongs to in the genitive: «АЛМАТЫ ҚАЛАСЫНЫҢ ДОСТЫҚ ТОО»,
# «АҚМОЛА ОБЛЫСЫ ӘКІМДІГІНІҢ ҚОҒАМДЫҚ КЕЛІСІМ КММ»; then only a short form, as a heading's last word is
# rarely one
_NAME_AFTER_GENITIVE = re.compile(r"(?:[\w-]+\s+){0,3}[\w-]+(?:ның|нің|дың|дің|тың|тің)\s+(?:[\w-]+\s+){1,3}(?P<form>\w+)\s*",
                                  re.IGNORECASE)


def name_with_legal_form(line: str) -> bool:
    """`line` names a body by its name in quotes and ends with its legal form, short («КММ», «ТОО», «ҮЕҰ»)
    or spelled out (… «мемлекеттік мекемесі», «… серіктестігі»); or by its name unquoted after a genitive
    and a short form."""
    found = _QUOTED_NAME_THEN_FORM.fullmatch(line.strip())
    if found is None:
        found = _NAME_AFTER_GENITIVE.fullmatch(line.strip())
        return found is not None and is_legal_form(found.group("form"))
    form = found.group("form").split()
    return is_legal_form(form[0]) if len(form) == 1 else form[-1].lower() in _SPELLED_FORMS
