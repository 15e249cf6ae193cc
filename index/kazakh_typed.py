"""Kazakh words typed on a Russian keyboard: `бирлиги` for «бірлігі», `тилдин` for «тілдің».

The indexed spellings of a typed word that differ from it only in Kazakh letters are found by
folding, not by edit distance: each Kazakh letter typed as its Russian look-alike (і as и, ң as
н) is one edit, and common words have three or four (еліміздің, кеңесінің), more than a typo's
allowance. Each Kazakh-letter term of a field is written the Russian way once per reader
generation and first letter, and a typed word is looked up in that table.
"""
from __future__ import annotations

from index.morphology import KAZAKH_LETTERS, RUSSIAN_LOOKALIKE_OF, kazakh_as_russian


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
