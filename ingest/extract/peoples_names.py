"""Two capitalised words that name a people or its institution, never a person.

Kyrgyz «Жогорку Кенеш» (the parliament) is written so in Russian texts about Kyrgyzstan's Kazakhs too
(«депутат Жогорку Кенеша»), no «Ж. Кенеша».

Diaspora texts capitalise the Korean people's self-name («Корё Сарам живут в Казахстане»), and the
person rules would read two capitalised words the dictionary lacks as a given name and a surname
(«К. Сарам»). The words are compared folded (lowercase, ё -> е), so «Коре Сарам» is the same, and
the second word in any case form (Корё Сарама, Корё Сарамов, Kazakh Корё Сарамның).
"""

from __future__ import annotations

from index.morphology import kazakh_cuts

from ._text import fold

# (first word, second word), folded; «Корё Ильбо» is the Korean diaspora's newspaper
PEOPLES_NAMES = frozenset({
    ("коре", "сарам"),
    ("коре", "ильбо"),
    ("жогорку", "кенеш"),
})


# Russian case endings of the second word (Корё Сарама, Корё Сарамов, Корё Сарамом)
_RUSSIAN_ENDINGS = ("а", "у", "ом", "е", "ы", "ов", "ам", "ами", "ах")


def peoples_name(first: str, second: str) -> bool:
    """«first second» is a people's self-name or its institution's (Корё Сарам), no person's name."""
    head, word = fold(first), fold(second)
    stems = [word] + [word[:-len(e)] for e in _RUSSIAN_ENDINGS if word.endswith(e)]
    stems += [stem for stem, _ in kazakh_cuts(word)]
    return any((head, stem) in PEOPLES_NAMES for stem in stems)
