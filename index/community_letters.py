"""Letters of the Assembly's community languages as a plain keyboard types them, for search.

The community papers write Polish ł ś ż ź ć ą ę, German ß, Ukrainian ї ґ, Belarusian and Uzbek ў,
Tatar җ; their readers type `Lukasiewicz`, `Strasse`, `Гердан`, `Жукоуская`, `жырын` on the
keyboard at hand. These letters are folded in every term, index and query alike (as ё -> е and
the Kazakh Latin ó ü -> o u: index.kazakh_latin), so either spelling finds the other. Ї is folded
to і, whose Latin twin i a Cyrillic word typed with Latin i already reads as і (index.tokenize);
Latin ï is i for the same reason. The Kazakh Latin letters are left to index.kazakh_latin, whose
ending rules need them.

Two plain spellings do not fold to one letter, and the index carries them beside the word's own
term (index.morphology.latin_terms): German ä ö ü written ae oe ue (`Mueller` finds «Müller»),
and Turkic ç ş written c s (Azerbaijani `Elcin` finds «Elçin»), which the Kazakh 2021 alphabet
otherwise reads as ch sh.
"""
from __future__ import annotations

# Each letter (both cases) and what a plain keyboard types for it.
_PLAIN = {
    "ł": "l", "ś": "s", "ż": "z", "ź": "z", "ć": "c", "ą": "a", "ę": "e",  # Polish
    "ß": "ss", "ẞ": "SS",  # German
    "ї": "і", "ґ": "г",  # Ukrainian
    "ў": "у",  # Belarusian, Uzbek Cyrillic
    "җ": "ж",  # Tatar
    "ï": "i",  # a Latin ï typed for ї
}
PLAIN_LETTERS = str.maketrans({**_PLAIN, **{k.upper(): v.upper() for k, v in _PLAIN.items() if len(k.upper()) == 1 and k.islower()}})

# Spellings of a lowercase word a plain keyboard writes otherwise than one letter for one.
_UMLAUTS_SPELLED_OUT = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue"})
_BARE_TURKIC = str.maketrans({"ç": "c", "ş": "s"})


def other_plain_spellings(word: str) -> tuple[str, ...]:
    """The plain-keyboard spellings of a lowercase Latin word besides the one index.kazakh_latin
    folds it to: `müller` -> mueller, `elçin` -> elcin; () for a word without ä ö ü ç ş."""
    out = (word.translate(_UMLAUTS_SPELLED_OUT), word.translate(_BARE_TURKIC))
    return tuple(dict.fromkeys(w for w in out if w != word))
