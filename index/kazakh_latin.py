"""Kazakh in Latin letters, as search reads it: the letters a plain keyboard lacks, and the
Cyrillic letter each stands for, so the Cyrillic Kazakh ending rules (index.morphology) apply.

Two alphabets were published: the 2018 one with acutes (Qazaqstannyń, ótti, Ásem, jınalys) and
the 2021 one (ä ğ ñ ö ū ü ş ı). A word is taken as it comes, lowercase, letter by letter: no
dictionary says which alphabet or even which language an all-ASCII word is (`birlik`, `panda`).
"""
from __future__ import annotations

import re
import unicodedata

from index.kazakh_alphabets import CYRILLIC_OF, LATIN
from index.kazakh_voicing import VOICED

# The letters of the 2018 and 2021 alphabets (index.kazakh_alphabets) that a plain keyboard lacks.
_LETTERS_2018 = frozenset(c for latin in CYRILLIC_OF[2018] for c in latin if not c.isascii())
_LETTERS_2021 = frozenset(c for latin in CYRILLIC_OF[2021] for c in latin if not c.isascii()) - _LETTERS_2018
KAZAKH_LATIN_LETTERS = "".join(sorted(_LETTERS_2018 | _LETTERS_2021))
# What a plain Latin keyboard types for each letter (a query `otti` is «ótti»): the letter without
# its mark, ı as i; U+0307 is the dot that lowercasing leaves after an İ. The letters whose bare
# base is another sound are typed as the other alphabet writes that sound, so that every spelling
# of a word folds to one: 2021's ş and ç are 2018's sh and ch (Şymkent, Shymkent), 2018's ý is
# 2021's u (kezdesýler, kezdesuler), not y (ы).
_SOUNDS = {LATIN[2021]["ш"]: "sh", LATIN[2021]["ч"]: "ch", LATIN[2018]["у"]: "u"}
_FOLD = str.maketrans({**{c: unicodedata.normalize("NFD", c)[0] for c in KAZAKH_LATIN_LETTERS},
                       **_SOUNDS, "ı": "i", "\u0307": None})
# A lowercase word of Latin letters (Kazakh ones included) and digits.
_LATIN_WORD_RE = re.compile(rf"[a-z0-9{KAZAKH_LATIN_LETTERS}\u0307]+")
# Sure to be Kazakh: a letter of its own, or a q with no u after it (Qazaqstan, halqy; the
# language detector reads text by the same sign).
_KAZAKH_MARK_RE = re.compile(rf"[{KAZAKH_LATIN_LETTERS}]|q(?!u)")
# Latin letters no Kazakh alphabet has, as the loanwords that bring them read
LOANWORD_LETTERS = {"c": "ц", "w": "у", "x": "х"}


def _one_for_one(year: int) -> dict[int, str]:
    """One Cyrillic letter per Latin one (the digraphs sh, ch stay two letters of the same sound
    class), so a Cyrillic stem is a prefix of the Cyrillic word but for its last letters."""
    letters = {latin: cyrillic for latin, cyrillic in CYRILLIC_OF[year].items() if len(latin) == 1}
    return str.maketrans(letters | LOANWORD_LETTERS)


# 2018: i for і, ı for и; 2021: u for у, ū for ұ, ı for і and i for и («bır», «kısı», «üiıne»:
# бір, кісі, үйіне); y is ы in both.
_TO_CYRILLIC_2018 = _one_for_one(2018)
_TO_CYRILLIC_2021 = _one_for_one(2021)
# A plain-keyboard word: i as і (2018), and u as у, which the marked у ұ ү of both alphabets
# fold to (kezdesuler, kezdesýler: кездесулер), rather than 2018's ұ.
_TO_CYRILLIC_PLAIN = {**_TO_CYRILLIC_2018, ord("u"): CYRILLIC_OF[2021]["u"]}
# A stem's letters that are not the word's own (a voiced consonant restored, a dropped vowel back),
# spelled the 2018 way.
_TO_LATIN = {c: LATIN[2018][c] for c in (*VOICED, "ы", "і")}


def fold_kazakh_latin(word: str) -> str:
    """A lowercase word with Kazakh Latin letters folded to what a plain keyboard types."""
    return word if word.isascii() else word.translate(_FOLD)


def is_latin_word(word: str) -> bool:
    return bool(_LATIN_WORD_RE.fullmatch(word))


def is_surely_kazakh(word: str) -> bool:
    """Whether a lowercase Latin word is Kazakh whatever its neighbours: an all-ASCII one without
    a q may as well be English."""
    return bool(_KAZAKH_MARK_RE.search(word))


def as_cyrillic(word: str) -> str:
    """A lowercase Latin word in Cyrillic letters, one for one (same length)."""
    if word.isascii():
        return word.translate(_TO_CYRILLIC_PLAIN)
    table = _TO_CYRILLIC_2021 if _LETTERS_2021.intersection(word) else _TO_CYRILLIC_2018
    return word.translate(table)


# What a plain keyboard types for ң and ғ (n, g) is also н and г: in a word's last letters, where
# the endings ның/нің, дағы/тағы, ға/ғы stand, each may be read either way.
_PLAIN_ENDING_LETTERS = {CYRILLIC_OF[2018]["n"]: "ң", CYRILLIC_OF[2018]["g"]: "ғ"}
_ENDING_LETTERS = 4  # the longest ending with ң or ғ: дағы, ның


def plain_ending_readings(cyrillic: str) -> list[str]:
    """The other readings of a plain-keyboard word (as_cyrillic of an all-ASCII one) whose н or г in its
    last letters stands for ң or ғ (qazaqstannyn: қазақстанның; qazaqstandagy: қазақстандағы), the
    fewest changed first."""
    start = max(0, len(cyrillic) - _ENDING_LETTERS)
    places = [i for i in range(start, len(cyrillic)) if cyrillic[i] in _PLAIN_ENDING_LETTERS]
    readings = []
    for mask in range(1, 1 << len(places)):
        letters = list(cyrillic)
        for bit, i in enumerate(places):
            if mask >> bit & 1:
                letters[i] = _PLAIN_ENDING_LETTERS[letters[i]]
        readings.append((bin(mask).count("1"), "".join(letters)))
    return [reading for _, reading in sorted(readings, key=lambda r: r[0])]


def as_latin(stem: str, cyrillic: str, word: str) -> str:
    """A stem the Cyrillic ending rules found for `cyrillic` (as_cyrillic(word)) in the word's
    own Latin letters: its prefix as the word spells it, its changed last letters
    (бірлігі -> бірлік, халқы -> халық) spelled as the word spells them, or else the 2018 way."""
    same = 0
    for a, b in zip(stem, cyrillic):
        if a != b:
            break
        same += 1
    spelled = dict(zip(cyrillic, word))
    return word[:same] + "".join(spelled.get(c) or _TO_LATIN.get(c, c) for c in stem[same:])
