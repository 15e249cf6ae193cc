"""Full names in Kazakh narration, with no speech verb to point at them: «…орынбасары Айгүл Сейітқали
ашты», «суретші Гүлнар Нұрбекқызы қатысты», «ақын Серікболұлы Бақыт».

Kazakh text gets no Russian morphology, so a pair of capitalised words is a person only when one
of them is plainly a given name (data/kazakh_given_names.txt, or one the dictionary knows in its
Russian spelling) and the other a surname: one with a surname's ending (-ов, -ева, -ин, -ұлы,
-қызы), maybe with a Kazakh case ending, or, after a given name, a word the dictionary lacks
that is no title's possessive and no place (Сейітқали, Ташдемир; not «Ерлан Қазақстан…»).
A surname in -ұлы/-қызы or -ов may come first, as a list or a byline writes it («Серікболұлы
Бақыт»). Names the speech rules already read (деді …, … айтуынша) are left to them.
"""
from __future__ import annotations

import re
from collections.abc import Callable

from index.morphology import kazakh_as_russian

from ._text import Token, word_info
from .kazakh_names import KazakhName, listed_given_name
from .name_order import city_name

_SURNAME_END = re.compile(r"(?:ов|ев|ёв|ин|ын)а?$|(?:ұлы|улы|қызы|кызы)$")
_KAZAKH_FATHER_END = re.compile(r"(?:ұлы|улы|қызы|кызы)$")
# a common word's endings: a possessive (басшысы, Президенті), a genitive, an adjective's (Ұлттық)
_TITLE_END = re.compile(r"(?:ы|і|ның|нің|дың|дің|тың|тің|лық|лік|дық|дік|тық|тік|ғы|гі|қы|кі)$")
_COUNTRY_END = re.compile(r"стан\w{0,4}$")  # Қазақстан, Өзбекстанда: a country, no surname


def narration_names(tokens: list[Token], sids, taken: set[int],
                    nominative_of: Callable[[str], tuple[str, bool]]) -> list[KazakhName]:
    """Every given name and surname pair in Kazakh text not in `taken`, in the text's order;
    `nominative_of(word)` gives a surname's nominative and whether it had a case ending."""
    found: list[KazakhName] = []
    k = 0
    while k + 1 < len(tokens):
        name = _pair_at(tokens, sids, k, taken, nominative_of)
        if name is None:
            k += 1
            continue
        found.append(name)
        k = name.end
    return found


def _pair_at(tokens, sids, k: int, taken: set[int], nominative_of) -> KazakhName | None:
    if not (_word(tokens, k) and _next_word(tokens, sids, k)) or k in taken or k + 1 in taken:
        return None
    first, second = tokens[k].text, tokens[k + 1].text
    more = _next_word(tokens, sids, k + 1) and k + 2 not in taken
    if more and _KAZAKH_FATHER_END.search(second.lower()) and _given(first):
        # given name, father's name, surname: Ерлан Төлегенұлы Қарин is Е.Т. Қарин
        third = tokens[k + 2].text
        nominative, inflected = nominative_of(third)
        if _surname_ending(nominative) or _plain_surname(nominative):
            return KazakhName(k, k + 3, (k, k + 1), k + 2, _gender(nominative), nominative, inflected)
    nominative, inflected = nominative_of(second)
    if _given(first) and (_surname_ending(nominative) or not more and _plain_surname(nominative)
                          and not word_info(kazakh_as_russian(first.lower()))["geo"]):
        return KazakhName(k, k + 2, (k,), k + 1, _gender(nominative), nominative, inflected)
    if not more and _surname_ending(first) and _given(nominative_of(second)[0]) and not _surname_ending(second):
        # surname first: «ақын Серікболұлы Бақыт» is Б. Серікболұлы
        return KazakhName(k, k + 2, (k + 1,), k, _gender(first), first, False)
    return None


def _word(tokens: list[Token], k: int) -> bool:
    """A capitalised word with small letters after its capital: no initial, no abbreviation."""
    t = tokens[k]
    return t.is_word and t.is_cap and len(t.text) > 1 and not t.text.isupper()


def _next_word(tokens: list[Token], sids, k: int) -> bool:
    """Token k+1 is such a word of the same sentence, one space after token k."""
    return (k + 1 < len(tokens) and _word(tokens, k + 1) and sids[k + 1] == sids[k]
            and tokens[k + 1].start - tokens[k].end == 1)


def _given(word: str) -> bool:
    """A given name: listed, or one the dictionary knows in its Russian spelling (Айгүл as Айгуль),
    with no surname's ending (Нұрланов is no given name)."""
    low = word.lower()
    if _SURNAME_END.search(low):
        return False
    return listed_given_name(low) or word_info(kazakh_as_russian(low))["name"]


def _surname_ending(word: str) -> bool:
    return len(word) >= 4 and _SURNAME_END.search(word.lower()) is not None


def _plain_surname(word: str) -> bool:
    """A surname with no surname's ending (Сейітқали, Ташдемир): a word the dictionary does not
    know, no title's possessive or genitive, no place."""
    low = word.lower()
    if len(word) < 4 or "-" in word or _TITLE_END.search(low) or _COUNTRY_END.search(low) or city_name(word):
        return False
    return not word_info(kazakh_as_russian(low))["known"]


def _gender(surname: str) -> str | None:
    """Нұрбекова, Нұрбекқызы: a woman; Нұрбеков, Серікболұлы: a man; Сейітқали: unknown."""
    low = surname.lower()
    if low.endswith(("қызы", "кызы")) or re.search(r"(?:ов|ев|ёв|ин|ын)а$", low):
        return "f"
    return "m" if _SURNAME_END.search(low) else None
