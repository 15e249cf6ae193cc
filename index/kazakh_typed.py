"""Kazakh words typed on a Russian keyboard: `бирлиги` for «бірлігі», `тилдин` for «тілдің».

The indexed spellings of a typed word that differ from it only in Kazakh letters are found by
folding, not by edit distance: each Kazakh letter typed as its Russian look-alike (і as и, ң as
н) is one edit, and common words have three or four (еліміздің, кеңесінің), more than a typo's
allowance. Each Kazakh-letter term of a field is written the Russian way once per reader
generation and first letter, and a typed word is looked up in that table.

A form the archive does not write (`кенес`: it writes «кеңесінің», «кеңестері», never «кеңес»;
`Тұяқбайдын`: «Тұяқбайға», never «Тұяқбайдың») has no such term, yet its Kazakh spelling finds the
word's other forms: kazakh_respelling tries the typed word's look-alikes read as Kazakh letters.
"""
from __future__ import annotations

from collections.abc import Callable
from itertools import product
from math import prod

from index.morphology import KAZAKH_LETTERS, RUSSIAN_LOOKALIKE_OF, kazakh_as_russian

# The Kazakh letters a Russian look-alike may stand for, as vowel harmony allows: a word of back vowels
# has қ, ғ, ұ (а, о, ы stay), one of front vowels ә, ө, ү, і (к, г stay); н may be ң in either
_BACK_READINGS = {"к": "кқ", "г": "гғ", "у": "уұ", "н": "нң"}
_FRONT_READINGS = {"а": "ә", "о": "ө", "у": "уү", "и": "иі", "н": "нң"}
# Readings of one word tried at most, each a morphological analysis: a longer word of look-alikes is left alone
MAX_RESPELLINGS = 64


class KazakhSpellings:
    """The Kazakh-letter terms of one field of one reader, by their Russian-keyboard spelling."""

    def __init__(self, reader, fieldname: str) -> None:
        self._reader = reader
        self._fieldname = fieldname
        self._folded: dict[str, dict[str, list[str]]] = {}  # first letter as typed -> folded -> terms

    def of(self, word: str) -> list[str]:
        """The field's terms other than the lowercase `word` that read as it on a Russian keyboard
        (`бирлиги`, `бірлиги`: «бірлігі»)."""
        typed_as = kazakh_as_russian(word)
        if not typed_as:
            return []
        first = typed_as[0]
        if first not in self._folded:
            self._folded[first] = self._read(first)
        return [term for term in self._folded[first].get(typed_as, ()) if term != word]

    def _read(self, first: str) -> dict[str, list[str]]:
        folded: dict[str, list[str]] = {}
        for letter in first + RUSSIAN_LOOKALIKE_OF.get(first, ""):
            for raw in self._reader.expand_prefix(self._fieldname, letter):
                term = raw.decode("utf-8")
                if not KAZAKH_LETTERS.isdisjoint(term):
                    folded.setdefault(kazakh_as_russian(term), []).append(term)
        return folded


def kazakh_respellings(low: str) -> list[str]:
    """The Kazakh spellings a lowercase word typed on a Russian keyboard may stand for (`кенеси`: «кеңесі»,
    «кеңеси», …), fewest letters changed first; the word itself and readings without a Kazakh letter left out."""
    readings: list[str] = []
    for letters in (_BACK_READINGS, _FRONT_READINGS):
        options = [letters.get(c, c) for c in low]
        if prod(map(len, options)) <= MAX_RESPELLINGS:
            readings += ("".join(spelt) for spelt in product(*options))
    changed = {r: sum(a != b for a, b in zip(low, r)) for r in readings if not KAZAKH_LETTERS.isdisjoint(r)}
    return sorted((r for r in changed if r != low), key=changed.get)


def kazakh_respelling(low: str, records: Callable[[str], int]) -> str | None:
    """Of `low`'s Kazakh spellings (kazakh_respellings), the one in the most `records` (a word -> the
    records holding it or a form of it), of those as many the one with fewest letters changed; None when
    none is in any."""
    if not low.isalpha():
        return None
    best, most = None, 0
    for spelt in kazakh_respellings(low):
        found = records(spelt)
        if found > most:
            best, most = spelt, found
    return best
