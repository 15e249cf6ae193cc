"""Arabic-script letters as search reads them: presentation forms as their base letters, and
Kazakh in the Arabic script (төте жазу, as Kazakhs of China and Iran write it) letter for letter
in Cyrillic and back, so that the Cyrillic Kazakh ending rules (index.morphology) apply to it.

No imports from the rest of the index: index.tokenize folds with the table below.
"""
from __future__ import annotations

import re
import unicodedata

# Presentation forms (U+FB50-U+FDFF, U+FE70-U+FEFF) are the shapes a letter takes at the start,
# middle or end of a word, and ligatures (lam-alef). A PDF's text layer often holds them instead
# of the letters. Each is mapped to its letters one by one: NFKC over a whole text would also
# fold Cyrillic and Latin compatibility characters, which must stay as written. The spacing
# forms of the vowel marks (U+FE70 «ً») decompose to a space and the mark: the space goes.
ARABIC_FORMS = {
    chr(c): folded.lstrip(" ")
    for c in (*range(0xFB50, 0xFE00), *range(0xFE70, 0xFEFF))
    if (folded := unicodedata.normalize("NFKC", chr(c))) != chr(c) and folded.strip()
}
ARABIC_FORM_RE = re.compile("[\ufb50-\ufdff\ufe70-\ufefe]")

# The hamza a Kazakh word in the Arabic script opens with when its vowels are front (ٴبىزدىڭ
# «біздің»); typed as U+0674 or as the plain hamza U+0621. Search ignores it: the letters alone
# tell the word, and a query typed without it (or with the other one) finds it.
HAMZAS = "\u0674\u0621"
# ...and the tatweel (U+0640), the stroke justified Arabic text is stretched with: no letter.
_HAMZA_TABLE = str.maketrans(dict.fromkeys(HAMZAS + "\u0640"))
# Arabic letters (the basic block and its supplement): a word with one is read by these rules.
_ARABIC_RE = re.compile("[\u0620-\u064a\u066e-\u06d5\u06ee\u06ef\u06fa-\u06ff\u0750-\u077f]")

# Letters that only front words have: a word with one reads its ambiguous vowels as front.
_FRONT_MARKS = frozenset("كگە")
# The four vowel letters written alike in both rows (back, front).
_VOWELS = {"ا": ("а", "ә"), "و": ("о", "ө"), "ۇ": ("ұ", "ү"), "ى": ("ы", "і")}
_CONSONANTS = {
    "ب": "б", "پ": "п", "ت": "т", "ج": "ж", "چ": "ч", "ح": "х", "خ": "х", "د": "д", "ر": "р",
    "ز": "з", "س": "с", "ش": "ш", "ع": "ғ", "غ": "ғ", "ف": "ф", "ق": "қ", "ك": "к", "ک": "к",
    "گ": "г", "ڭ": "ң", "ل": "л", "م": "м", "ن": "н", "ھ": "һ", "ه": "һ", "ۋ": "у", "ە": "е",
    "ې": "е", "ي": "и", "ی": "и", "ۈ": "ү", "ۉ": "ү", "ژ": "ж", "ۆ": "в",
}
# Cyrillic back to the Arabic script: one letter each (the ones a Kazakh word's stem may have
# after index.morphology restored a voiced consonant or a dropped vowel, and the rest of the
# alphabet for completeness); front and back vowels share their letter.
_TO_ARABIC = {
    **{cyr: arabic for arabic, pair in _VOWELS.items() for cyr in pair},
    "б": "ب", "в": "ۆ", "г": "گ", "ғ": "ع", "д": "د", "е": "ە", "ё": "و", "ж": "ج", "з": "ز",
    "и": "ي", "й": "ي", "к": "ك", "қ": "ق", "л": "ل", "м": "م", "н": "ن", "ң": "ڭ", "п": "پ",
    "р": "ر", "с": "س", "т": "ت", "у": "ۋ", "ф": "ف", "х": "ح", "һ": "ھ", "ц": "تس", "ч": "چ",
    "ш": "ش", "щ": "شش", "ъ": "", "ь": "", "э": "ە", "ю": "يۋ", "я": "يا",
}
_TO_ARABIC_TABLE = str.maketrans(_TO_ARABIC)


def fold_arabic_forms(text: str) -> str:
    """``text`` with each Arabic presentation form as its base letter(s)."""
    return ARABIC_FORM_RE.sub(lambda m: ARABIC_FORMS.get(m.group(), m.group()), text)


def is_arabic_word(word: str) -> bool:
    return _ARABIC_RE.search(word) is not None


def without_hamza(word: str) -> str:
    return word.translate(_HAMZA_TABLE)


def as_cyrillic(word: str) -> str:
    """An Arabic-script Kazakh word in Cyrillic letters, one for one (the hamza dropped): the
    vowel letters as front ones where the hamza or a letter only front words have says so."""
    front = any(c in HAMZAS or c in _FRONT_MARKS for c in word)
    out = []
    for c in without_hamza(word):
        if c in _VOWELS:
            out.append(_VOWELS[c][front])
        elif c == "ي" and out and out[-1] in "аәоөұүыіеэу":
            out.append("й")  # after a vowel a consonant (ай, үй), else the vowel и
        else:
            out.append(_CONSONANTS.get(c, c))
    return "".join(out)


def as_arabic(word: str) -> str:
    """A Cyrillic Kazakh word (a stem as_cyrillic's word gave) back in the Arabic script."""
    return word.translate(_TO_ARABIC_TABLE)
