"""A name filter typed as the start of a surname with a star (`speaker:Турс*`, `person:Назар*`):
the names of the facet whose surname starts so, as a query word's `prefix*` finds the words
written with it. The unknown-value note advised typing part of a name, and `Турс` or `Турс*`
named nobody.

    names_starting(typed, names) -> the names of `names` it takes in
"""
from __future__ import annotations

from index.aliases import fold

MIN_PREFIX = 3  # letters before the star, as a query's prefix* needs (index.query.MIN_WILDCARD_PREFIX)


def names_starting(typed: str, names: list[str]) -> list[str]:
    """The names of `names` (facet values, `Е.К. Турсынбеков`) whose surname starts with `typed`
    without its star (one word, a star at its end, MIN_PREFIX letters before it); [] for any
    other value."""
    prefix = typed.strip()
    if not prefix.endswith("*") or " " in prefix or len(prefix.rstrip("*")) < MIN_PREFIX or "*" in prefix.rstrip("*"):
        return []
    low = fold(prefix.rstrip("*"))
    return [name for name in names if fold(name.split()[-1]).startswith(low)]
