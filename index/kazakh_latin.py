"""Kazakh in Latin letters, as search reads it: the letters a plain keyboard lacks, and the
Cyrillic letter each stands for, so the Cyrillic Kazakh ending rules (index.morphology) apply.

Two alphabets were published: the 2018 one with acutes (Qazaqstannyń, ótti, Ásem, jınalys) and
the 2021 one (ä ğ ñ ö ū ü ş ı). A word is taken as it comes, lowercase, letter by letter: no
dictionary says which alphabet or even which language an all-ASCII word is (`birlik`, `panda`).
"""
from __future__ import annotations

import re

# What a plain Latin keyboard types for each letter (a query `otti` is «ótti»); U+0307 is the dot
# that lowercasing leaves after an İ.
_FOLD = str.maketrans({"á": "a", "ǵ": "g", "ń": "n", "ó": "o", "ú": "u", "ý": "y", "ı": "i",
                       "ä": "a", "ğ": "g", "ñ": "n", "ö": "o", "ū": "u", "ü": "u", "ş": "s", "ç": "c",
                       "\u0307": None})
KAZAKH_LATIN_LETTERS = "áǵńóúýıäğñöūüşç"
# A lowercase word of Latin letters (Kazakh ones included) and digits.
_LATIN_WORD_RE = re.compile(rf"[a-z0-9{KAZAKH_LATIN_LETTERS}\u0307]+")
# Sure to be Kazakh: a letter of its own, or a q with no u after it (Qazaqstan, halqy; the
# language detector reads text by the same sign).
_KAZAKH_MARK_RE = re.compile(rf"[{KAZAKH_LATIN_LETTERS}]|q(?!u)")
_LETTERS_2021 = frozenset("äğñöūüşç")
# One Cyrillic letter per Latin one (the digraphs sh, ch stay two letters of the same sound
# class), so a Cyrillic stem is a prefix of the Cyrillic word but for its last letters.
_TO_CYRILLIC_2018 = str.maketrans(
    "aábcdefgǵhiıjklmnńoópqrstuúvwxyýz",
    "аәбцдефгғхіижклмнңоөпқрстұүвухыуз")
# The 2021 alphabet has u for у, ū for ұ, ı for і and i for и, й («bır», «kısı», «üiıne»: бір,
# кісі, үйіне); y is ы in both.
_TO_CYRILLIC_2021 = str.maketrans(
    "aäbcçdefgğhiıjklmnñoöpqrsştuūüvwxyz",
    "аәбцчдефгғхиіжклмнңоөпқрсштуұүвухыз")
# A stem's letters that are not the word's own (a voiced consonant restored, a dropped vowel back).
_TO_LATIN = {"к": "k", "қ": "q", "п": "p", "ы": "y", "і": "i"}


def fold_kazakh_latin(word: str) -> str:
    """A lowercase word with Kazakh Latin letters folded to what a plain keyboard types."""
    return word if word.isascii() else word.translate(_FOLD)


# The 2021 alphabet's ş and ç are the 2018 one's digraphs sh and ch (orysşa, oryssha: орысша).
_DIGRAPHS_2018 = str.maketrans({"ş": "sh", "ç": "ch"})


def plain_spelling(word: str) -> str:
    """A lowercase word in the one plain-keyboard spelling the 2018 and 2021 alphabets share
    (ağylşyn, aǵylshyn, agylshyn -> agylshyn): for matching a short list of names, where ş must
    meet sh; search folds ş to s (fold_kazakh_latin)."""
    return fold_kazakh_latin(word.translate(_DIGRAPHS_2018))


def is_latin_word(word: str) -> bool:
    return bool(_LATIN_WORD_RE.fullmatch(word))


def is_surely_kazakh(word: str) -> bool:
    """Whether a lowercase Latin word is Kazakh whatever its neighbours: an all-ASCII one without
    a q may as well be English."""
    return bool(_KAZAKH_MARK_RE.search(word))


def as_cyrillic(word: str) -> str:
    """A lowercase Latin word in Cyrillic letters, one for one (same length)."""
    table = _TO_CYRILLIC_2021 if _LETTERS_2021.intersection(word) else _TO_CYRILLIC_2018
    return word.translate(table)


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
