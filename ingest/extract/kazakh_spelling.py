"""Kazakh words as archives spell them: in Cyrillic, typed on a Russian keyboard, and in the three
Latin alphabets decreed since 2017.

    spellings("жылғы") -> {"жылғы", "жылгы", "jylg'y", "jylǵy", "jylğy", "jylgy"}

- Russian keyboard: a cp1251 file has no ә ғ қ ң ө ұ ү һ і, and types its look-alikes (сәуір as
  сауір, сэуир or сауiр with a Latin i).
- 2017 (apostrophes): a' g' n' o' u' for ә ғ ң ө ү, s' c' for ш ч, i' for и/й, y' for у.
- 2018 (acutes): á ǵ ń ó ú ý for ә ғ ң ө ү у, ı for и/й, sh ch for ш ч.
- 2021 (Turkic letters): ä ğ ñ ö ü ū ş ç for ә ғ ң ө ү ұ ш ч, ı for і, i for и/й.
- Latin text typed without its special keys: ı as i (a capital I lowercases to i), and on a plain
  keyboard every letter without its mark (jylgy, sauir).
The letters only loanwords use (ц щ э ю я ё) follow each alphabet's rules for them.
"""
from __future__ import annotations

import re
import unicodedata

_CYRILLIC = "аәбвгғдеёжзийкқлмнңоөпрстуұүфхһцчшщъыіьэюя"
# lowercase Cyrillic -> each Latin alphabet, letter for letter in _CYRILLIC's order
_LATIN_ALPHABETS = {
    2017: ("a a' b v g g' d e io j z i' i' k q l m n n' o o' p r s t y' u u' f h h ts c' s' s's' - y i - e "
           "i'y' i'a"),
    2018: "a á b v g ǵ d e ıo j z ı ı k q l m n ń o ó p r s t ý u ú f h h ts ch sh shch - y i - e ıý ıa",
    2021: "a ä b v g ğ d e io j z i i k q l m n ñ o ö p r s t u ū ü f h h ts ç ş şş - y ı - e iu ia",
}
assert all(len(table.split()) == len(_CYRILLIC) for table in _LATIN_ALPHABETS.values())
_LATIN = {year: dict(zip(_CYRILLIC, (s.replace("-", "") for s in table.split())))
          for year, table in _LATIN_ALPHABETS.items()}
# a Kazakh letter typed on a Russian keyboard: the Russian letter that looks or sounds like it
RUSSIAN_KEYBOARD = {"ә": "аэ", "ғ": "г", "қ": "к", "ң": "н", "ө": "о", "ұ": "у", "ү": "у", "һ": "х", "і": "иi"}
# a word-final voiceless stop voices before a vowel: қыркүйек -> қыркүйегі, ақ -> ағы, кітап -> кітабы
_VOICED = {"к": "г", "қ": "ғ", "п": "б"}


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


def latin_spellings(word: str) -> set[str]:
    """`word` (lowercase Cyrillic Kazakh) in the 2017, 2018 and 2021 Latin alphabets, each also
    with ı typed as i and on a plain Latin keyboard."""
    out = set()
    for table in _LATIN.values():
        latin = "".join(table.get(ch, ch) for ch in word)
        out |= {latin, latin.replace("ı", "i"), plain_latin(latin)}
    return out


def spellings(word: str) -> set[str]:
    """Every way archives write the lowercase Cyrillic Kazakh `word`."""
    return cyrillic_spellings(word) | latin_spellings(word)


def plain_latin(latin: str) -> str:
    """Kazakh Latin typed without its marks: á ä -> a, ǵ ğ -> g, ı -> i, the 2017 apostrophes dropped."""
    bare = unicodedata.normalize("NFD", latin.replace("ı", "i").replace("'", ""))
    return unicodedata.normalize("NFC", "".join(ch for ch in bare if not unicodedata.combining(ch)))


def voiced_stem(word: str) -> str | None:
    """The form `word` takes before an ending that opens with a vowel, when its last consonant
    voices there (қыркүйек -> қыркүйег-); None when it keeps its form."""
    voiced = _VOICED.get(word[-1:])
    return word[:-1] + voiced if voiced else None
