"""Kazakh and Russian names written in Latin letters, read the Russian way.

English texts spell the presidents `Tokayev`, `Nazarbayev`; the Kazakh Latin alphabet writes
`Toqaev`; the aliases file and the facets name them `К.К. Токаев`, `Н.А. Назарбаев`. One loose
reading of a Latin name in Cyrillic (`Tokayev`, `Toqaev` -> `Токаев`) lets ingest credit the
person the aliases file knows, and lets `speaker:Tokayev` find the facet value.
"""
from __future__ import annotations

import re
from functools import lru_cache
from itertools import islice, product

# Longest first: two- and four-letter groups before single letters.
_GROUPS = (
    ("shch", "щ"), ("zh", "ж"), ("kh", "х"), ("ts", "ц"), ("ch", "ч"), ("sh", "ш"), ("yu", "ю"),
    ("ya", "я"), ("yo", "е"), ("iy", "ий"),
)
_LETTERS = {
    "a": "а", "b": "б", "c": "к", "d": "д", "e": "е", "f": "ф", "g": "г", "h": "х", "i": "и",
    "j": "ж", "k": "к", "l": "л", "m": "м", "n": "н", "o": "о", "p": "п", "q": "к", "r": "р",
    "s": "с", "t": "т", "u": "у", "v": "в", "w": "в", "x": "кс", "z": "з",
    # the Kazakh Latin alphabets, 2021's and 2018's (Äzılhanov, Myńbaı, Ómirzaqova)
    "ä": "а", "ö": "о", "ü": "у", "ū": "у", "ı": "ы", "ş": "ш", "ç": "ч", "ğ": "г", "ñ": "н",
    "á": "а", "ó": "о", "ú": "у", "ý": "у", "ń": "н", "ǵ": "г",
}
_VOWELS = "aeiouyäöüūıáóúý"
_KAZAKH_LETTERS = "ÄÖÜŪİıŞÇĞÑäöüūşçğñÁÓÚÝŃǴáóúýńǵ"
_LATIN_NAME = re.compile(rf"[A-Za-z{_KAZAKH_LETTERS}]+(?:-[A-Za-z{_KAZAKH_LETTERS}]+)*")


def is_latin_name(word: str) -> bool:
    return bool(_LATIN_NAME.fullmatch(word))


# A name may be read a few ways (product of its ambiguous letters), the likeliest first; more
# would only slow every name filter for spellings nobody uses.
MAX_READINGS = 4


@lru_cache(maxsize=20_000)
def latin_as_cyrillic(word: str) -> str:
    """The Russian spelling a Latin-lettered Kazakh or Russian name most likely stands for, in
    lowercase (`Tokayev`, `Toqaev` -> `токаев`; `Yerlan` -> `ерлан`); '' for a word that is not
    all Latin letters. Loose by design: compared with a known name, never shown."""
    readings = latin_readings(word)
    return readings[0] if readings else ""


@lru_cache(maxsize=20_000)
def latin_readings(word: str) -> tuple[str, ...]:
    """The Russian spellings a Latin-lettered name may stand for, the likeliest (latin_as_cyrillic)
    first, at most MAX_READINGS and one with a soft л (`Merkel`: Меркель): й is written `y` or, in passports and the 2021 Kazakh alphabet,
    `i` (`Baizhanov`, `Seitkazina`: Байжанов, Сейтказина), and a `y` after a vowel may be и
    (`Nurpeysov`: Нурпеисов); () for a word that is not all Latin letters."""
    if not is_latin_name(word):
        return ()
    parts = [_part_choices(part) for part in word.lower().split("-")]
    spelt = ("-".join(p) for p in product(*(("".join(letters) for letters in product(*choices))
                                            for choices in parts)))
    readings = tuple(islice(dict.fromkeys(spelt), MAX_READINGS))
    # one more: the likeliest with Russian's soft л, which Latin never writes (Merkel: Меркель,
    # Azilkhanov: Азильханов); last, so no reading of the other letters is crowded out
    soft = _SOFT_L.sub("ль", readings[0])
    return readings if soft in readings else (*readings, soft)


# an л after a vowel, ending the word or before a consonant: where Russian may write ль
_SOFT_L = re.compile(r"(?<=[аеиоуыэюя])л(?=$|-|[бвгджзклмнпрстфхцчшщ])")


def _part_choices(low: str) -> list[tuple[str, ...]]:
    """The Cyrillic letters each Latin letter or group of one name part may be, likeliest first."""
    out: list[tuple[str, ...]] = []
    i, n = 0, len(low)
    while i < n:
        before = low[i - 1] if i else ""
        after = low[i + 1] if i + 1 < n else ""
        if low[i] == "y":
            if i == 0 and after == "e":  # Yerlan, Yessenov: Ерлан, Есенов
                out.append(("е",))
                i += 2
                continue
            if before and before in _VOWELS and after == "e":  # Tokayev, Nazarbayev: -аев
                i += 1
                continue
        for latin, cyrillic in _GROUPS:
            if low.startswith(latin, i):
                out.append((cyrillic,))
                i += len(latin)
                break
        else:
            ch = low[i]
            after_vowel = bool(before) and before in _VOWELS
            if ch == "y":
                out.append(("й", "и") if after_vowel else ("ы",))  # Nurpeysov: Нурпеисов too
            elif ch in "iı" and after_vowel and not (after and after in _VOWELS):
                out.append(("и", "й"))  # Baizhanov, Seitkazina, Myńbaı: й written i or ı
            elif ch == "ı":
                out.append(("ы", "и"))  # 2021's і (Äzılhanov: Азилханов), 2018's и (Qarın: Карин)
            else:
                out.append((_LETTERS.get(ch, ch),))
            i += 1
    return out
