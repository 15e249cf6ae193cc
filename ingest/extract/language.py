"""Document language: ru, kk or en."""
from __future__ import annotations

import re

KAZAKH_LETTERS = set("әғқңөұүһіӘҒҚҢӨҰҮҺІ")
KAZAKH_WORDS = {"және", "мен", "бұл", "үшін", "деп", "бар", "жоқ", "болып", "туралы", "бойынша", "қазақстан", "халқы", "жылы", "жылғы"}
_WORD = re.compile(r"[^\W\d_]+")


def detect_language(text: str) -> str:
    """'kk' when Kazakh letters and words are frequent, 'en' for mostly Latin text, else 'ru'."""
    sample = text[:20000].lower()
    words = _WORD.findall(sample)
    if not words:
        return "ru"
    cyr = sum(1 for w in words if "а" <= w[0] <= "я" or w[0] in "ёәғқңөұүһі")
    latin = sum(1 for w in words if w[0].isascii())
    if latin > cyr:
        return "en"
    # most texts have no Kazakh letter at all: then no word needs looking at
    has_kazakh = any(letter in sample for letter in "әғқңөұүһі")
    kk_letter_words = sum(1 for w in words if not KAZAKH_LETTERS.isdisjoint(w)) if has_kazakh else 0
    kk_stop = sum(1 for w in words if w in KAZAKH_WORDS)
    if (kk_letter_words + 2 * kk_stop) / max(cyr, 1) > 0.15:
        return "kk"
    return "ru"
