"""Kazakh and Russian names written in Latin letters, read the Russian way.

English texts spell the presidents `Tokayev`, `Nazarbayev`; the Kazakh Latin alphabet writes
`Toqaev`; the aliases file and the facets name them `К.К. Токаев`, `Н.А. Назарбаев`. One loose
reading of a Latin name in Cyrillic (`Tokayev`, `Toqaev` -> `Токаев`) lets ingest credit the
person the aliases file knows, and lets `speaker:Tokayev` find the facet value.
"""
from __future__ import annotations

import re
from functools import lru_cache

# Longest first: two- and four-letter groups before single letters.
_GROUPS = (
    ("shch", "щ"), ("zh", "ж"), ("kh", "х"), ("ts", "ц"), ("ch", "ч"), ("sh", "ш"), ("yu", "ю"),
    ("ya", "я"), ("yo", "е"), ("iy", "ий"),
)
_LETTERS = {
    "a": "а", "b": "б", "c": "к", "d": "д", "e": "е", "f": "ф", "g": "г", "h": "х", "i": "и",
    "j": "ж", "k": "к", "l": "л", "m": "м", "n": "н", "o": "о", "p": "п", "q": "к", "r": "р",
    "s": "с", "t": "т", "u": "у", "v": "в", "w": "в", "x": "кс", "z": "з",
    # the Kazakh Latin alphabet (2021) and its earlier spellings
    "ä": "а", "ö": "о", "ü": "у", "ū": "у", "ı": "ы", "ş": "ш", "ç": "ч", "ğ": "г", "ñ": "н",
}
_VOWELS = "aeiouyäöüūı"
_LATIN_NAME = re.compile(r"[A-Za-zÄÖÜŪİıŞÇĞÑäöüūşçğñ]+(?:-[A-Za-zÄÖÜŪİıŞÇĞÑäöüūşçğñ]+)*")


def is_latin_name(word: str) -> bool:
    return bool(_LATIN_NAME.fullmatch(word))


@lru_cache(maxsize=20_000)
def latin_as_cyrillic(word: str) -> str:
    """The Russian spelling a Latin-lettered Kazakh or Russian name most likely stands for, in
    lowercase (`Tokayev`, `Toqaev` -> `токаев`; `Yerlan` -> `ерлан`); '' for a word that is not
    all Latin letters. Loose by design: compared with a known name, never shown."""
    if not is_latin_name(word):
        return ""
    return "-".join(_part_as_cyrillic(part) for part in word.lower().split("-"))


def _part_as_cyrillic(low: str) -> str:
    out: list[str] = []
    i, n = 0, len(low)
    while i < n:
        if low[i] == "y":
            before = low[i - 1] if i else ""
            after = low[i + 1] if i + 1 < n else ""
            if i == 0 and after == "e":  # Yerlan, Yessenov: Ерлан, Есенов
                out.append("е")
                i += 2
                continue
            if before and before in _VOWELS and after == "e":  # Tokayev, Nazarbayev: -аев
                i += 1
                continue
        for latin, cyrillic in _GROUPS:
            if low.startswith(latin, i):
                out.append(cyrillic)
                i += len(latin)
                break
        else:
            ch = low[i]
            if ch == "y":
                before = low[i - 1] if i else ""
                out.append("й" if before and before in _VOWELS else "ы")
            else:
                out.append(_LETTERS.get(ch, ch))
            i += 1
    return "".join(out)
