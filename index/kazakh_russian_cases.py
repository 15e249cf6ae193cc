"""A name in Kazakh letters with a Russian case ending: Russian texts about қандастар write place
and person names the Kazakh way and decline them the Russian way («уроженец Баян-Өлгия», «жители
Шыңжаңа»). The Kazakh ending rules see no ending there, so the form met neither its nominative
(`Баян-Өлгий`, `Шыңжаң`, `Көктоғай`) nor anything else. Such a form, written with a capital, also carries
the terms of the nominatives it may be a Russian case of, as extra index terms (never its own:
the ending cannot be told from a name's last letters, so the word keeps its term)."""
from __future__ import annotations

from functools import lru_cache

from index.morphology import KAZAKH_LETTERS, content_terms, kazakh_stem

# Russian case endings of a noun ending in a consonant (Шыңжаң: -а, -у, -ом, -е), of one in -ий
# (Өлгий: -я, -ю, -ем, -и) and of one in another vowel and й (Көктоғай, Тарбағатай: -я, -ю, -ем, -е),
# each with what the nominative has in its place and the letters the stem may end in.
_CONSONANT = None  # any letter but a vowel
_AFTER_I = "и"
_AFTER_VOWEL = "аәеоөуұүі"
_CASES = (("ом", "", _CONSONANT), ("ем", "й", _AFTER_I + _AFTER_VOWEL), ("а", "", _CONSONANT), ("у", "", _CONSONANT),
          ("е", "", _CONSONANT), ("е", "й", _AFTER_VOWEL), ("я", "й", _AFTER_I + _AFTER_VOWEL),
          ("ю", "й", _AFTER_I + _AFTER_VOWEL), ("и", "й", _AFTER_I))
# ... and of one in -а (Құлжа: -и or -ы, -е, -у, -ой, -ей, -ою), its nominative the stem with -а
_A_CASES = ("ою", "ею", "ой", "ей", "ы", "и", "е", "у")
_VOWELS = frozenset("аәеёиоөуұүыіэюя")
_PATRONYMICS = ("ұлы", "улы", "қызы", "кызы")  # Қайратұлы is no case of a «Қайратұла»
# The nominative keeps this many letters at least: a shorter one is as often a name of its own
# (Әлия is no case of an «Әлий»).
_SHORTEST = 5


@lru_cache(maxsize=50_000)
def russian_case_terms(word: str, terms: tuple[str, ...]) -> tuple[str, ...]:
    """The terms, not among ``terms`` (the word's own), of the nominatives the lowercase ``word``
    (written with a capital, a Kazakh letter in it) may be a Russian case form of; () for a word
    the Kazakh rules already cut."""
    if not KAZAKH_LETTERS.intersection(word) or kazakh_stem(word) != word:
        return ()
    out = []
    for ending, instead, stem_ends in _CASES:
        if not word.endswith(ending):
            continue
        stem = word[: -len(ending)]
        # a consonant noun's cases follow a consonant, -ий's и, -ай's (-ей's, -ой's…) its vowel
        if stem[-1:] not in _VOWELS if stem_ends is _CONSONANT else stem[-1:] in stem_ends:
            out.append(stem + instead)
            break  # the longest ending that fits is the only one read
    # «Құлжу» may as well be an -а noun's (Құлжа's) as a consonant noun's: both are read
    ending = next((e for e in _A_CASES if word.endswith(e)), None)
    if ending is not None and word[-len(ending) - 1] not in _VOWELS and not word.endswith(_PATRONYMICS):
        out.append(word[: -len(ending)] + "а")
    found = [t for nominative in out if len(nominative) >= _SHORTEST for t in content_terms(nominative)[:1]]
    return tuple(t for t in dict.fromkeys(found) if t not in terms)
