"""Words of a name as English copy writes them: in any Latin letters, and with a possessive.

English news names foreign people in their own letters (António Guterres, Recep Tayyip Erdoğan, Sabine
Müller) and Kazakh ones in the 2018 official Latin (Maulen Áshimbaev, Dinara Myńbaı); and it names a
person most often in the possessive («Yerlan Karin's report», «Angela Merkel’s foundation»), where the
tokenizer keeps «'s» with the word. The name is the word without it.

    latin_script(word) -> bool
    possessive_length(word) -> int
    without_possessive(word) -> str
"""
from __future__ import annotations

import unicodedata
from functools import lru_cache

# Uzbek's oʻ and gʻ, typed with any apostrophe (Oʻlmas, Gʻayrat, Toʻxtayev): its official ʻ and ʼ are letters
_UZBEK_APOSTROPHES = "ʻʼ"
_POSSESSIVES = ("'s", "’s")


@lru_cache(maxsize=20_000)
def latin_script(word: str) -> bool:
    """Whether every letter of `word` is a Latin one, marked or not (Guterres, António, Erdoğan,
    Áshimbaev, Myńbaı, Toʻxtayev), so never a Cyrillic or Greek word; hyphens and apostrophes pass."""
    return all(ch.isascii() or not ch.isalpha() or ch in _UZBEK_APOSTROPHES or unicodedata.name(ch, "").startswith("LATIN")
               for ch in word)


def possessive_length(word: str) -> int:
    """How many characters of `word` are an English possessive's «'s» (2), or 0: «Karin's», «Merkel’s»."""
    return 2 if len(word) > 3 and word.endswith(_POSSESSIVES) and word[-3].isalpha() else 0


def without_possessive(word: str) -> str:
    """`word` without an English possessive's «'s»: «Karin's» -> «Karin»."""
    cut = possessive_length(word)
    return word[:-cut] if cut else word
