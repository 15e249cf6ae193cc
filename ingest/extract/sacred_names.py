"""Saints, prophets and the dedications of churches: names that are no persons of the archive.

Religious documents name a church by its saint («в храме Сергия Радонежского», «в соборе Александра
Невского», «у иконы Николая Чудотворца», «мечеть имени Абу Ханифы») and quote Christ and the
Prophet; a given name with a capitalised epithet reads like a given name and a surname («С.
Радонежский», «Н. Чудотворц», «И. Христ», «Ф. Римский» of «Папы Римского Франциска»). A name right
after a building or an image it dedicates, or one whose second word is an epithet, names nobody
in the persons facet.
"""
from __future__ import annotations

from functools import lru_cache

from ._text import Token, parses

# what is dedicated to a saint or named after someone, by its dictionary lemma (храме, соборе, иконы, имени)
DEDICATED = frozenset("""храм собор церковь мечеть часовня монастырь икона костёл костел синагога лавра обитель
    приход образ имя""".split())
# words between the dedication and the name: «храм Святого Николая», «собор Пресвятой Девы Марии»
_SAINTLY = frozenset("святой святейший пресвятой преподобный великомученик равноапостольный блаженный дева".split())
# second words of a saint's, a prophet's or a pontiff's name that are no surname (lemmas)
EPITHETS = frozenset("""чудотворец христос римский фатимский креститель первозванный победоносец богослов
    угодник исповедник""".split())


@lru_cache(maxsize=4096)
def _lemmas(word: str) -> frozenset[str]:
    return frozenset(p.normal_form.replace("ё", "е") for p in parses(word.lower())[:4])


def _lemma_in(word: str, words: frozenset[str]) -> bool:
    return bool(_lemmas(word) & {w.replace("ё", "е") for w in words})


def dedicated_to(tokens: list[Token], k: int) -> bool:
    """The name starting at token k follows what is dedicated to it or named after it: «в храме
    Сергия Радонежского», «собор Пресвятой Девы Марии», «мечети имени Абу Ханифы», «им. Абая»."""
    j = k - 1
    while j >= 0 and (tokens[j].text == "." or tokens[j].is_word and _lemma_in(tokens[j].text, _SAINTLY)):
        j -= 1
    if j < 0 or not tokens[j].is_word:
        return False
    return tokens[j].text.lower() == "им" or _lemma_in(tokens[j].text, DEDICATED)


def epithet(word: str) -> bool:
    """A saint's or a pontiff's epithet, no surname: Чудотворца, Христа, Римского, Фатимской."""
    return _lemma_in(word, EPITHETS)
