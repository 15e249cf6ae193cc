"""Saints, prophets and the dedications of churches: names that are no persons of the archive.

Religious documents name a church by its saint («в храме Сергия Радонежского», «в соборе Александра
Невского», «у иконы Николая Чудотворца», «мечеть имени Абу Ханифы») and quote Christ and the
Prophet; a given name with a capitalised epithet reads like a given name and a surname («С.
Радонежский», «Н. Чудотворц», «И. Христ», «Ф. Римский» of «Папы Римского Франциска»). A name right
in the genitive after a building or an image it dedicates, one after «святой», «преподобный», one
after such a building's «имени», or one whose second word is an epithet, names nobody in the persons facet
(a school's or a fund's «имени Абая Кунанбаева» names the person); a priest
named after his church («настоятель храма Александр Ковалёв»), a person «от имени» someone and a
surname that reads like an epithet («Георгий Победоносцев», «Андрей Римский») are persons.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ._text import Token, parses

# what is dedicated to a saint, by its dictionary lemma (храме, соборе, иконы): the saint's name follows
# in the genitive («в храме Сергия Радонежского»)
DEDICATED = frozenset("""храм собор церковь мечеть часовня монастырь икона костёл костел синагога лавра обитель
    приход образ""".split())
# what is named after someone («мечеть имени Абу Ханифы», «им. Абая»): the name may be indeclinable
_NAMED_AFTER = frozenset({"имя", "им"})
# prepositions that make «имени» no naming: «от имени Ерлана Карина» speaks for a person
_ON_BEHALF = frozenset("от по во".split())
# words between the dedication and the name: «храм Святого Николая», «собор Пресвятой Девы Марии»;
# lowercase, one of them right before a name makes it a saint's wherever it stands
# («в честь преподобного Сергия Радонежского»)
_SAINTLY = frozenset("""святой святейший пресвятой преподобный великомученик равноапостольный блаженный дева
    святитель""".split())
# second words of a saint's or a prophet's name that are no surname (lemmas), in the singular: the
# genitive plural is a surname's nominative («Георгия Победоносца» is the saint, «Иван Победоносцев»,
# «Николай Чудотворцев», «Никита Богословов» persons)
EPITHETS = frozenset("""чудотворец христос креститель первозванный победоносец богослов угодник
    исповедник""".split())
# adjectives that are an epithet after the word they qualify («Папы Римского Франциска», «Девы Марии
# Фатимской»); after a given name they are a surname («Андрей Римский», «Андрея Римского»)
QUALIFYING_EPITHETS = {
    "римский": frozenset({"папа", "понтифик"}),
    "фатимский": frozenset({"дева", "мария", "богоматерь", "богородица", "матерь"}),
}
# the genitive of an ordinary surname («Ковалёва», «Петровой», «Карина»): a person, whatever precedes
_ORDINARY_SURNAME_GENITIVE = re.compile(r"(?:ов|ев|ёв|ин|ын)(?:а|ой)$")


@lru_cache(maxsize=4096)
def _lemmas(word: str) -> frozenset[str]:
    return frozenset(p.normal_form.replace("ё", "е") for p in parses(word.lower())[:4])


def _lemma_in(word: str, words: frozenset[str]) -> bool:
    return bool(_lemmas(word) & {w.replace("ё", "е") for w in words})


@lru_cache(maxsize=4096)
def _genitive(word: str) -> bool:
    # singular: «Александр» is also the genitive plural of «Александра»
    return any({"gent", "sing"} in p.tag for p in parses(word.lower())[:4])


def dedicated_to(tokens: list[Token], i: int, j: int) -> bool:
    """The name of tokens i..j-1 is a saint's or the one something is named after: «в храме Сергия
    Радонежского», «собор Пресвятой Девы Марии», «в честь преподобного Сергия», «мечети имени Абу
    Ханифы», «им. Абая». Not a person's beside such a word: «настоятель храма Александр Ковалёв» (no
    genitive), «от имени Ерлана Карина», «имам мечети Бекжанова» (an ordinary surname)."""
    if j - i >= 2 and _ORDINARY_SURNAME_GENITIVE.search(tokens[j - 1].text.lower()):
        return False
    k = i - 1
    saintly = False
    while k >= 0 and (tokens[k].text == "." or tokens[k].is_word and _lemma_in(tokens[k].text, _SAINTLY)):
        if tokens[k].text != "." and tokens[k + 1].text == ".":
            break  # a whole word before a full stop ends its sentence (Ukrainian «…відзначила свято. Оксана…»)
        saintly = saintly or tokens[k].text != "." and not tokens[k].is_cap
        k -= 1
    if saintly:
        return True
    if k < 0 or not tokens[k].is_word:
        return False
    word = tokens[k].text.lower()
    if word == "им" or _lemma_in(word, _NAMED_AFTER - {"им"}):
        # a building of worship named after someone is dedicated to a saint («мечети имени Абу Ханифы»); a school,
        # a fund or a centre is named after a person of the archive («Фонд имени Абая Кунанбаева», «центр
        # имени Габдуллы Тукая»), who is one whatever his surname's ending
        before = k - 1 if k > 0 and tokens[k - 1].is_word else k - 2 if k > 1 and tokens[k - 1].text == "." else -1
        return before >= 0 and tokens[before].text.lower() not in _ON_BEHALF and _lemma_in(tokens[before].text, DEDICATED)
    return _lemma_in(word, DEDICATED) and _genitive(tokens[i].text)


@lru_cache(maxsize=4096)
def _singular_epithet(word: str) -> bool:
    return any(p.normal_form.replace("ё", "е") in EPITHETS and "sing" in p.tag for p in parses(word.lower())[:4])


def epithet(tokens: list[Token], k: int) -> bool:
    """Token k is a saint's or a pontiff's epithet, no surname: Чудотворца, Христа, Римского in «Папы
    Римского», Фатимской in «Девы Марии Фатимской». Not a surname that reads like one: Победоносцев,
    Чудотворцев, Римский in «Андрей Римский»."""
    word = tokens[k].text
    if _singular_epithet(word):
        return True
    before = tokens[k - 1] if k > 0 else None
    return before is not None and before.is_word and any(
        lemma in _lemmas(word) and _lemma_in(before.text, qualified) for lemma, qualified in QUALIFYING_EPITHETS.items())
