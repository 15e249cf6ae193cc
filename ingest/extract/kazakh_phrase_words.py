"""Kazakh common words that open or close the names of places, parties, papers and programmes:
«Жаңа Қазақстан», «Нұр Отан», «Жаңа Өзен», «Ақ Орда», «Ата Заң», «Ақ Жол». The Russian dictionary
reads some of them as given names in their Russian spelling (Жаңа as Жана, Нұр as Нур, Ата), and
the others are words it does not know, as a surname is; so two capitalised words with one of them
name a thing, not a person, unless the second has a surname's ending (Нұр Бейсенұлы, Алтын Сейітова).

Nor is a pair in Kazakh letters whose second word is a noun with its possessive ending, the head of
a name of two nouns (izafet): the papers «Ана Тілі», «Орал Өңірі», «Сарыарқа Самалы», the magazine
«Қазақ Елі», cited unquoted in Russian reports («Газета Ана Тілі сообщила»). A surname has no such
ending but -ұлы/-қызы, and a name in -әлі (Әлі, Қыдырәлі) is a name.
"""
from __future__ import annotations

import re

from index.morphology import kazakh_as_russian

from ._text import KAZAKH_LETTERS, fold, word_info

# new, light, white, great, moon, father, golden, eternal, sovereign, independent, young, blue,
# the quarters of the world, central; fatherland, river, horde, land, steppe, road, mountain,
# lake, channel, law
_WORDS = frozenset(kazakh_as_russian(w) for w in """жаңа нұр ақ ұлы ай ата алтын мәңгілік егемен тәуелсіз жас
    көк шығыс батыс солтүстік оңтүстік орталық отан өзен орда ел дала жол тау көл арна заң""".split())
_SURNAME_END = re.compile(r"(?:ов|ев|ёв|ин|ын|ова|ева|ёва|ина|ына|улы|ұлы|кызы|қызы|ко|ук|юк|ский|цкий)$")
# the third person's possessive: -ы/-і after a consonant (Тілі, Өңірі, Самалы), so -сы/-сі after a vowel too
_POSSESSIVE = re.compile(r"[^аәеёиоөуұүыіэюя][ыі]$")


def names_a_thing(first: str, second: str) -> bool:
    """Whether the capitalised words `first` and `second` (the second in the nominative) are a
    thing's name: one of them a common word of such names, or the second a possessed noun, and the
    second no surname."""
    if _SURNAME_END.search(fold(second)) is not None:
        return False
    return thing_word(first) or thing_word(second) or possessed_pair(first, second)


def possessed_pair(first: str, second: str) -> bool:
    """«Ана Тілі», «Орал Өңірі»: two words in Kazakh letters, the second a noun's possessive, no
    name (Әлі, read as Али, or Қыдырәлі); names_a_thing has left out -ұлы/-қызы surnames."""
    low = fold(second)
    if KAZAKH_LETTERS.isdisjoint(first + second) or len(low) < 3 or _POSSESSIVE.search(low) is None:
        return False
    return not low.endswith("әлі") and not word_info(kazakh_as_russian(low))["name"]


def thing_word(word: str) -> bool:
    """`word` is a common word of things' names (Жаңа, Нұр, Отан), never a given name."""
    return kazakh_as_russian(fold(word)) in _WORDS
