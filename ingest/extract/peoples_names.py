"""Two capitalised words that name a people or its institution, never a person.

Diaspora texts capitalise the Korean people's self-name («Корё Сарам живут в Казахстане»), and the
person rules would read two capitalised words the dictionary lacks as a given name and a surname
(«К. Сарам»). The words are compared folded (lowercase, ё -> е), so «Коре Сарам» is the same.
"""

from __future__ import annotations

from ._text import fold

# (first word, second word), folded; «Корё Ильбо» is the Korean diaspora's newspaper
PEOPLES_NAMES = frozenset({
    ("коре", "сарам"),
    ("коре", "ильбо"),
})


def peoples_name(first: str, second: str) -> bool:
    """«first second» is a people's self-name or its institution's (Корё Сарам), no person's name."""
    return (fold(first), fold(second)) in PEOPLES_NAMES
