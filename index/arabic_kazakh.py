"""Index terms of Kazakh words in the Arabic script (төте жазу): the Cyrillic Kazakh ending rules
of index.morphology applied to the word read letter for letter in Cyrillic (index.arabic_letters),
the stem written back in the Arabic script. So «قازاقستاننىڭ» (Қазақстанның) is found by
«قازاقستان», «قانداستار» by «قانداس», «اتامەكەنىمىز» by «اتامەكەن», and the opening hamza of a
front word (ٴبىزدىڭ) need not be typed. The terms stay in the Arabic script: as with Kazakh in
Latin letters, a Cyrillic query does not find them (README, Known limits)."""
from __future__ import annotations

from functools import lru_cache

from index.arabic_letters import as_arabic, as_cyrillic, without_hamza
from index.morphology import kazakh_stem, possessive_nominatives


@lru_cache(maxsize=50_000)
def arabic_terms(word: str) -> tuple[str, ...]:
    """Terms of a lowercase word with Arabic letters: its stem without one case (or plural) ending,
    cut again as a word of its own; a word that may be a possessive also carries its nominative's
    term beside its own (اتامەكەنىمىز: اتامەكەن)."""
    cyrillic = as_cyrillic(word)
    stem = kazakh_stem(cyrillic)
    if stem != cyrillic:
        return arabic_terms(as_arabic(stem))
    own = as_arabic(cyrillic)
    if not own.strip():
        return (without_hamza(word) or word,)
    nominatives = (as_arabic(n) for n in possessive_nominatives(cyrillic))
    return (own, *dict.fromkeys(n for n in nominatives if n != own))


def exact_arabic_term(word: str) -> str:
    """The exact field's term of a word with Arabic letters: as written, without the hamza."""
    return without_hamza(word) or word
