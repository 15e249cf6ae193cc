"""A name typed after `speaker:` or `person:` that names nobody, one slip away from a surname the
facet holds (`speaker:Турсынбеко`, «Е.К. Турсынбеков»): offered as the query with that surname,
as a misspelt query word is («Возможно, вы имели в виду»). The value was said to name nothing and
nothing was offered, though the facet held the name a letter away.

    nearest_surname(typed, names) -> the surname to offer, or None
"""
from __future__ import annotations

from index.aliases import fold
from index.spelling import edit_distance

MIN_TYPED = 4  # letters of a typed surname a correction is looked for (`Ли` is no slip of «Ким»)


def nearest_surname(typed: str, names: list[str]) -> str | None:
    """The surname of `names` (facet values, `Е.К. Турсынбеков`) nearest to the last word of
    `typed`, within one letter in four of it (as a query word's correction), else None; the
    surname written as the facet writes it."""
    word = typed.split()[-1].strip(".") if typed.split() else ""
    if len(word) < MIN_TYPED:
        return None
    low = fold(word)
    most = max(1, len(low) // 4)
    best: tuple[int, str] | None = None
    for name in names:
        surname = name.split()[-1]
        distance = edit_distance(low, fold(surname))
        if 0 < distance <= most and (best is None or distance < best[0]):
            best = (distance, surname)
    return best[1] if best else None
