"""Kazakh words as archives spell them: in Cyrillic, typed on a Russian keyboard, and in the three
Latin alphabets decreed since 2017.

    spellings("жылғы") -> {"жылғы", "жылгы", "jylg'y", "jylǵy", "jylğy", "jylgy"}

- Russian keyboard: a cp1251 file has no ә ғ қ ң ө ұ ү һ і, and types its look-alikes (сәуір as
  сауір, сэуир or сауiр with a Latin i).
- The 2017 (apostrophes), 2018 (acutes) and 2021 (Turkic letters) Latin alphabets, letter for
  letter as index.kazakh_alphabets has them (search reads Latin words by the same table).
- The 2017 apostrophe typed as a word processor or keyboard gives it (’ or ʼ).
- Latin text typed without its special keys: ı as i (a capital I lowercases to i), and on a plain
  keyboard every letter without its mark (jylgy, sauir).
"""
from __future__ import annotations

import re

from index.kazakh_alphabets import LATIN
from index.kazakh_latin import fold_kazakh_latin
from index.kazakh_voicing import VOICED

# a Kazakh letter typed on a Russian keyboard: the Russian letter that looks or sounds like it
RUSSIAN_KEYBOARD = {"ә": "аэ", "ғ": "г", "қ": "к", "ң": "н", "ө": "о", "ұ": "у", "ү": "у", "һ": "х", "і": "иi"}


def cyrillic_spellings(word: str) -> set[str]:
    """`word` (lowercase Cyrillic Kazakh) and its Russian-keyboard spellings."""
    out = [""]
    for ch in word:
        out = [o + c for o in out for c in ch + RUSSIAN_KEYBOARD.get(ch, "")]
    return set(out)


def cyrillic_pattern(word: str) -> str:
    """A regex matching `word` (lowercase Cyrillic Kazakh) and its Russian-keyboard spellings:
    т[өо]ра[ғг]а for төраға."""
    return "".join(f"[{ch}{RUSSIAN_KEYBOARD[ch]}]" if ch in RUSSIAN_KEYBOARD else re.escape(ch) for ch in word)


# the 2017 alphabet's apostrophe as editors type it: a word processor turns ' into ’ (jylg’y), some
# keyboards give ʼ
TYPED_APOSTROPHES = ("’", "ʼ")


def latin_spellings(word: str) -> set[str]:
    """`word` (lowercase Cyrillic Kazakh) in the 2017, 2018 and 2021 Latin alphabets, each also
    with ı typed as i and on a plain Latin keyboard, and 2017's with its apostrophe typed as ’ or ʼ."""
    out = set()
    for year in LATIN:
        latin = latin_spelling(word, year)
        out |= {latin, latin.replace("ı", "i"), plain_latin(latin)}
        if "'" in latin:
            out |= {latin.replace("'", typed) for typed in TYPED_APOSTROPHES}
    return out


def latin_spelling(word: str, year: int) -> str:
    """`word` (lowercase Cyrillic Kazakh) in the Latin alphabet of `year` (2017, 2018 or 2021)."""
    table = LATIN[year]
    return "".join(table.get(ch, ch) for ch in word)


def spellings(word: str) -> set[str]:
    """Every way archives write the lowercase Cyrillic Kazakh `word`."""
    return cyrillic_spellings(word) | latin_spellings(word)


def plain_latin(latin: str) -> str:
    """Kazakh Latin typed without its marks: á ä -> a, ǵ ğ -> g, ı -> i, the 2017 apostrophes dropped."""
    return fold_kazakh_latin(latin.replace("'", ""))


def voiced_stem(word: str) -> str | None:
    """The form `word` takes before an ending that opens with a vowel, when its last consonant
    voices there (қыркүйек -> қыркүйег-); None when it keeps its form."""
    voiced = VOICED.get(word[-1:])
    return word[:-1] + voiced if voiced else None
