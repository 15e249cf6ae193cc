"""A Kazakh surname written as a father's name and «қызы» (daughter of) or «ұлы» (son of) apart, as
official lists and transcripts' labels have it next to the joined Есенбайқызы: «ЕСЕНБАЙ ҚЫЗЫ А.:»,
«А. Есенбай қызы». The two words are one surname, written joined («А. Есенбайқызы»), as the joined
spelling gives it; the word alone is nobody's surname («ҚЫЗЫ А.» is no «А. Қызы»).

    patronymic_after(tokens, k) -> str | None   the gender the word after token k gives, if it is one
    joined_surname(father, word) -> str
"""
from __future__ import annotations

from ._text import Token, untitled
from .names import KAZAKH_PATRONYMIC_WORDS, looks_like_surname


def patronymic_after(tokens: list[Token], k: int) -> str | None:
    """The gender of the patronymic word one space after the father's name at token k, written as it
    is (in capitals after capitals: «ЕСЕНБАЙ ҚЫЗЫ»), or None. The father's name is a given name, with no
    surname's ending of its own: after «Назарбаев» «ұлы» is the adjective «great» («ұлы тұлға»), as it
    is before a word in small letters («Абай ұлы ақын»)."""
    if k + 1 >= len(tokens):
        return None
    father, word = tokens[k], tokens[k + 1]
    gender = KAZAKH_PATRONYMIC_WORDS.get(word.text.lower())
    if gender is None or not (father.is_word and father.is_cap and len(father.text) > 2) \
            or word.start - father.end != 1 or _surname_of_its_own(father.text):
        return None
    if father.text.isupper() != word.text.isupper():
        return None  # «ЕСЕНБАЙ ұлы»: no name's two words
    after = tokens[k + 2] if k + 2 < len(tokens) else None
    if gender == "m" and after is not None and after.is_word and not after.is_cap and after.start - word.end == 1:
        return None
    return gender


def _surname_of_its_own(word: str) -> bool:
    """`word` has a surname's ending that no given name has (Назарбаев, Карин). A given name in -бек
    (Нұрбек, Жанбек) is a father's as one in -бай is: a surname in -бек (Токтарбек) is such a name
    too, so the ending tells no surname apart."""
    return looks_like_surname(word) and not word.lower().endswith("бек")


def joined_surname(father: str, word: str) -> str:
    """«ЕСЕНБАЙ», «ҚЫЗЫ» -> «Есенбайқызы»."""
    return untitled(father) + word.lower()
