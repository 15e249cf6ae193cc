"""Kazakh nouns for a kind of person, which texts capitalise before a surname at a sentence's start:
«Кандас Бейсенұлы сказал», «Оралман Ахметов отметил», «Әкім Бейсенұлы жиналысқа қатысты». They are no
given names, though nothing else tells: the Russian dictionary lacks кандас and оралман (the
loanwords of Russian reports), and reads әкім, әнші, ағай, ата, әже in their Russian spelling (Аким,
Анши, Агай) as given names. A surname after one stays a surname alone, as after «Репатриант».

Words that are given names too (Азамат, Батыр, Ғалым, Сұлтан) are left out, and so is the Russian
«Аким», which is as often the given name.
"""
from __future__ import annotations

from ._text import fold

# the кандас, the оралман (its name until 2020) and a woman of them (кандаска), in Russian case forms
_RUSSIAN_LOANS = ("кандас", "қандас", "оралман")
_RUSSIAN_ENDINGS = ("", "а", "у", "ом", "е", "ы", "ов", "ам", "ами", "ах",
                    "ка", "ки", "ке", "ку", "кой", "кою", "ок", "кам", "ками", "ках")
# Kazakh: officials, trades and callings, elders and kin as forms of address
_KAZAKH = """әкім әнші ағай апай аға апа әже ата әпке жезде жеңге ұстаз мұғалім дәрігер жазушы ақын
    суретші күйші жырау жыршы палуан бапкер кәсіпкер шәкірт оқушы зейнеткер ардагер ақсақал
    қария келін молда имам мүфти қажы ханым мырза бике патша мәжілісмен депутат хатшы бастық төраға""".split()

_WORDS = frozenset(loan + ending for loan in _RUSSIAN_LOANS for ending in _RUSSIAN_ENDINGS) | frozenset(_KAZAKH)


def person_noun(word: str) -> bool:
    """`word` (capitalised or not) is a Kazakh noun for a kind of person, never a given name:
    Кандас, Кандасу, Кандаска, Оралман, Әкім, Әнші, Ағай."""
    return fold(word) in _WORDS
