"""Forms of address before a name, never part of it: «Уважаемый Нурсултан Абишевич!», «Дорогая …»,
«Құрметті Қасым-Жомарт Кемелұлы!», «Қадірлі …», and the chair's role «Құрметті Төраға!»."""
from __future__ import annotations

from ._text import Token, parses
from .kazakh_spelling import cyrillic_spellings

# Kazakh ones the dictionary lacks, so nothing else tells them from a surname; also typed without
# Kazakh letters (Курметти)
KAZAKH_ADDRESS = frozenset().union(*(cyrillic_spellings(w) for w in ("құрметті", "қадірлі", "ардақты", "қымбатты",
                                                                     "төраға")))
# Russian ones, by lemma
_RUSSIAN_ADDRESS = frozenset("уважаемый глубокоуважаемый многоуважаемый дорогой".split())


def _fold(s: str) -> str:
    return s.lower().replace("ё", "е")


def is_address(word: str) -> bool:
    """The word is a form of address (Уважаемый, Дорогая, Құрметті, Қадірлі)."""
    w = _fold(word)
    return w in KAZAKH_ADDRESS or any(_fold(p.normal_form) in _RUSSIAN_ADDRESS for p in parses(w)[:2])


def address_before(tokens: list[Token], k: int) -> bool:
    """A form of address is the word right before token k."""
    return k > 0 and tokens[k - 1].is_word and is_address(tokens[k - 1].text)
