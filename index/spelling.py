"""Spelling candidates for «Возможно, вы имели в виду»: the terms of one field within a few edits
of a typed word, as Whoosh's corrector (`searcher.corrector(field).suggest(word, prefix=1)`) gives
them over an index of several segments, but compared in numpy over the field's terms in memory.

Whoosh reads the term file on disk for every word: 0.1-0.4 s a word over the 30,000 terms of
2,000 documents, and more over a larger archive, so a query of seventy made-up words held the
server for seconds. Here the terms sharing the typed word's first letter are read once per reader
generation (what one Whoosh lookup cost), grouped by length, and a word is compared with a whole
group at once. A swap of two letters is one edit, as Whoosh counts it over several segments (over
one, its automaton counted two: `Млероприятяих` found no «Мероприятиях» there). A swap of the
first two letters, which no Whoosh lookup by first letter meets, is looked up in the second
letter's terms apart (`Откаев`: «Токаев»).
"""
from __future__ import annotations

import numpy as np


def edit_distances(word: np.ndarray, terms: np.ndarray) -> np.ndarray:
    """Damerau-Levenshtein distance (insertions, deletions, substitutions, swaps of two neighbours;
    as Whoosh counts it, the optimal string alignment) from `word` (code points) to each row of
    `terms` (n words of k code points): one row of the dynamic table for all terms at once."""
    columns = np.arange(terms.shape[1] + 1)
    row = np.broadcast_to(columns, (len(terms), len(columns)))
    two_ago = row
    for i, letter in enumerate(word, 1):
        best = np.empty_like(row)
        best[:, 0] = i
        np.minimum(row[:, :-1] + (terms != letter), row[:, 1:] + 1, out=best[:, 1:])  # substitute, delete
        if i > 1:  # the two letters typed before this one, swapped: cell j from cell j-2 two rows up
            swapped = (terms[:, :-1] == letter) & (terms[:, 1:] == word[i - 2]) & (terms[:, 1:] != letter)
            best[:, 2:] = np.where(swapped, np.minimum(best[:, 2:], two_ago[:, :-2] + 1), best[:, 2:])
        # an insertion extends the same row: cell j is min over l <= j of best[l] + (j - l)
        two_ago, row = row, np.minimum.accumulate(best - columns, axis=1) + columns
    return row[:, -1]


def edit_distance(a: str, b: str) -> int:
    """edit_distances for two words: the edits the speller counts from `a` to `b`."""
    return int(edit_distances(np.array([ord(c) for c in a], dtype=np.int32),
                          np.array([[ord(c) for c in b]], dtype=np.int32).reshape(1, len(b)))[0])


class Speller:
    """The terms of one field of one reader, grouped by first letter and length on first use."""

    def __init__(self, reader, fieldname: str) -> None:
        self._reader = reader
        self._fieldname = fieldname
        self._groups: dict[str, dict[int, np.ndarray]] = {}  # first letter -> length -> terms ("<U" array)
        # a short word has hundreds of candidates, each a lookup in every segment: 0.2 ms apiece
        self._frequencies: dict[str, int] = {}

    def _by_length(self, first: str) -> dict[int, np.ndarray]:
        if first not in self._groups:
            lengths: dict[int, list[str]] = {}
            for raw in self._reader.expand_prefix(self._fieldname, first):
                term = raw.decode("utf-8")
                lengths.setdefault(len(term), []).append(term)
            self._groups[first] = {n: np.array(terms, dtype=f"<U{n}") for n, terms in lengths.items()}
        return self._groups[first]

    def suggest(self, word: str, limit: int, maxdist: int = 2) -> list[str]:
        """Up to `limit` terms with `word`'s first letter within `maxdist` edits of it (the word
        itself too, if a term), the most frequent first, equal frequencies alphabetically: the
        ones Whoosh's corrector chooses, in its order."""
        if not word:
            return []
        return self._most_frequent(self._near(word, maxdist), limit)

    def suggest_first_two_swapped(self, word: str, limit: int, maxdist: int = 2) -> list[str]:
        """Up to `limit` terms within `maxdist` edits of `word` whose first letter is its second:
        the first two letters swapped (`откаев`: «токаев»), which `suggest`, reading only the
        terms of the typed first letter, never compares; the most frequent first."""
        if len(word) < 2 or word[0] == word[1] or maxdist < 1:
            return []
        return self._most_frequent(self._near(word[1] + word[0] + word[2:], maxdist - 1), limit)

    def _near(self, word: str, maxdist: int) -> list[str]:
        """The terms with `word`'s first letter within `maxdist` edits of it."""
        rest = np.array([ord(c) for c in word[1:]], dtype=np.int32)
        found: list[str] = []
        for length, terms in self._by_length(word[0]).items():
            if abs(length - len(word)) > maxdist:
                continue
            # a "<U" array holds each letter as one 32-bit code point: the letters without a copy
            points = terms.view(np.int32).reshape(len(terms), length)[:, 1:]  # the shared first one aside
            found += terms[edit_distances(rest, points) <= maxdist].tolist()
        return found

    def _most_frequent(self, found: list[str], limit: int) -> list[str]:
        # Whoosh keeps the best by (frequency, word), so of equal frequencies the later words
        best = sorted(((self._frequency(t), t) for t in found), reverse=True)[:limit]
        return [t for _, t in sorted(best, key=lambda ft: (-ft[0], ft[1]))]

    def _frequency(self, term: str) -> int:
        """The term's occurrences in the field, at least 1 (as Whoosh's corrector counts them)."""
        if term not in self._frequencies:
            self._frequencies[term] = self._reader.frequency(self._fieldname, term) or 1
        return self._frequencies[term]
