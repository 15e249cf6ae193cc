"""A name typed after `speaker:` or `person:` that names nobody, one slip away from a surname the
facet holds (`speaker:Турсынбеко`, «Е.К. Турсынбеков»): offered as the query with that surname,
as a misspelt query word is («Возможно, вы имели в виду»). The value was said to name nothing and
nothing was offered, though the facet held the name a letter away.

    Surnames(names)                  the facet's surnames, folded and grouped by length, made once per generation
    nearest_surname(typed, surnames) -> the surname to offer, or None
"""
from __future__ import annotations

import numpy as np

from index.aliases import fold
from index.spelling import edit_distances

MIN_TYPED = 4  # letters of a typed surname a correction is looked for (`Ли` is no slip of «Ким»)


class Surnames:
    """The last words of a facet's names, each once, folded and grouped by length: a typed surname
    is compared in one batch with those of a near length only. One name at a time took 0.6 ms,
    17 s over 30,000 names, under the lock every other request waits for."""

    def __init__(self, names: list[str]) -> None:
        first_written: dict[str, str] = {}  # folded surname -> as the first name holding it writes it
        for name in names:
            if name.split():
                first_written.setdefault(fold(name.split()[-1]), name.split()[-1])
        self._written = list(first_written.values())
        lengths: dict[int, list[tuple[int, str]]] = {}
        for i, low in enumerate(first_written):
            lengths.setdefault(len(low), []).append((i, low))
        # length -> (order of the surnames, their letters as code points, one row each)
        self._groups = {n: (np.asarray([i for i, _ in group]),
                            # a "<U" array holds each letter as one 32-bit code point, as index.spelling reads terms
                            np.array([low for _, low in group], dtype=f"<U{n}").view(np.int32).reshape(len(group), n))
                        for n, group in lengths.items()}

    def nearest(self, low: str, most: int) -> str | None:
        """The surname within 1..`most` edits of the folded `low`, the nearest, of equals the first
        in the facet's order; as the facet writes it."""
        word = np.array([ord(c) for c in low], dtype=np.int32)
        best: tuple[int, int] | None = None  # (distance, order)
        for length, (order, letters) in self._groups.items():
            if abs(length - len(low)) > most:
                continue
            distances = edit_distances(word, letters)
            near = np.flatnonzero((distances > 0) & (distances <= most))
            for i in near:
                found = (int(distances[i]), int(order[i]))
                best = found if best is None or found < best else best
        return self._written[best[1]] if best else None


def nearest_surname(typed: str, surnames: Surnames) -> str | None:
    """The surname of `surnames` (a facet's, `Е.К. Турсынбеков`) nearest to the last word of
    `typed`, within one letter in four of it (as a query word's correction), else None; the
    surname written as the facet writes it."""
    word = typed.split()[-1].strip(".") if typed.split() else ""
    if len(word) < MIN_TYPED:
        return None
    low = fold(word)
    return surnames.nearest(low, max(1, len(low) // 4))
