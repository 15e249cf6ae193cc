"""Kazakh common words that open or close the names of places, parties, papers and programmes:
«Жаңа Қазақстан», «Нұр Отан», «Жаңа Өзен», «Ақ Орда», «Ата Заң», «Ақ Жол». The Russian dictionary
reads some of them as given names in their Russian spelling (Жаңа as Жана, Нұр as Нур, Ата), and
the others are words it does not know, as a surname is; so two capitalised words with one of them
name a thing, not a person, unless the second has a surname's ending (Нұр Бейсенұлы, Алтын Сейітова).
"""
from __future__ import annotations

import re

from index.morphology import kazakh_as_russian

from ._text import fold

# new, light, white, great, moon, father, golden, eternal, sovereign, independent, young, blue,
# the quarters of the world, central; fatherland, river, horde, land, steppe, road, mountain,
# lake, channel, law
_WORDS = frozenset(kazakh_as_russian(w) for w in """жаңа нұр ақ ұлы ай ата алтын мәңгілік егемен тәуелсіз жас
    көк шығыс батыс солтүстік оңтүстік орталық отан өзен орда ел дала жол тау көл арна заң""".split())
_SURNAME_END = re.compile(r"(?:ов|ев|ёв|ин|ын|ова|ева|ёва|ина|ына|улы|ұлы|кызы|қызы|ко|ук|юк|ский|цкий)$")


def names_a_thing(first: str, second: str) -> bool:
    """Whether the capitalised words `first` and `second` (the second in the nominative) are a
    thing's name: one of them a common word of such names and the second no surname."""
    return (thing_word(first) or thing_word(second)) and _SURNAME_END.search(fold(second)) is None


def thing_word(word: str) -> bool:
    """`word` is a common word of things' names (Жаңа, Нұр, Отан), never a given name."""
    return kazakh_as_russian(fold(word)) in _WORDS
