"""Whether a word of a query reads as Kazakh, typed with Kazakh letters or on a Russian keyboard.

A query's language tells what some of its words mean: «ким» is the Kazakh «кім» (who) in
`ассамблеянын торагасы ким`, and the Korean surname Ким in `выступление ким`. A word is Kazakh
when it has a Kazakh letter (`төрағасы`), or, typed without them, when the Russian dictionary does
not know it and it ends in a Kazakh case or possessive ending its stem's vowels agree with
(`торагасы`, `ассамблеянын`, `курылды`). A Russian word, a Russian name's form (`тугжанова`) and
a word in quotes are not.
"""
from __future__ import annotations

import re

from index.morphology import KAZAKH_LETTERS, harmonious_ending, is_russian_word, kazakh_cuts

_CYRILLIC_RE = re.compile(r"[а-яё]+")


def looks_kazakh(word: str) -> bool:
    """Whether `word` (as typed, punctuation stripped) reads as a Kazakh word."""
    low = word.lower().replace("ё", "е")
    if not KAZAKH_LETTERS.isdisjoint(low):
        return True
    if not _CYRILLIC_RE.fullmatch(low) or is_russian_word(low):
        return False
    return any(harmonious_ending(stem, ending) for stem, ending in kazakh_cuts(low, possessive=True))
