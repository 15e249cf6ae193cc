"""Which spelling corrections a word typed with Kazakh letters may be offered.

Russian words are checked against a dictionary (a word it knows is spelt right); Kazakh has none
here, and a short Kazakh word one letter from a word of the archive is mostly another word, not a
slip: ерте «early» and ертең «tomorrow», қаза «death» and қазақ, бөлімі and бөлігі, мұнай «oil»
and мұндай «such». So such a word is offered only a slip that makes no other word (two letters
swapped, a letter doubled or not), and never a word without a Kazakh letter: мұра «heritage» is no
misspelt Russian «мира».
"""
from __future__ import annotations

from index.morphology import KAZAKH_LETTERS, kazakh_as_russian

# Letters from which a Kazakh word one edit from an archive word is taken for a slip of it
# (Қазақстнның: «Қазақстанның»): few words that long are one letter apart.
KAZAKH_TYPO_MIN_LENGTH = 8


def may_correct_kazakh(typed: str, option: str) -> bool:
    """Whether the lowercase `typed`, if it has a Kazakh letter, may be offered `option` (one of
    the archive's words near it)."""
    if KAZAKH_LETTERS.isdisjoint(typed):
        return True
    if KAZAKH_LETTERS.isdisjoint(option):  # another language's word, unless it is this word in Russian letters
        return kazakh_as_russian(typed) == option  # a slip of layout (`согласія`) or a Kazakh spelling (`Ақтобе`)
    return len(typed) >= KAZAKH_TYPO_MIN_LENGTH or _swapped(typed, option) or _doubled(typed, option) or _doubled(option, typed)


def _swapped(a: str, b: str) -> bool:
    """Whether `b` is `a` with two neighbouring letters swapped."""
    if len(a) != len(b):
        return False
    differ = [i for i, (x, y) in enumerate(zip(a, b)) if x != y]
    return len(differ) == 2 and differ[1] == differ[0] + 1 and a[differ[0]] == b[differ[1]] and a[differ[1]] == b[differ[0]]


def _doubled(longer: str, shorter: str) -> bool:
    """Whether `longer` is `shorter` with one of its letters typed twice."""
    return len(longer) == len(shorter) + 1 and any(
        longer[i] == longer[i + 1] and longer[:i] + longer[i + 1:] == shorter for i in range(len(shorter)))
