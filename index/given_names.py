"""A given name in -а/-я (Алия, Сания, Дана, Дарига; Никита) and its case forms: «вручено Алие
Сериковой», «от Алии Нурлановой», «Слово предоставили Дариге Назарбаевой». The dictionary's first
reading of such a form is often another word's: a man's name (алия: Алий's genitive), an
indeclinable name (Алие, Анне), a verb (дана: дать), a currency (динара) or, for a Kazakh name it
lacks, a Kazakh case (Дариге: дари + -ге). So each form written as a name, with a capital (or
a word with no common reading at all), also carries the name's nominative as a term, and the
nominative typed as a name searches that term: `Алия` finds «Алие», «Алии», «Алию», «Алией»,
and `Дана` the name, not «даны поручения». So do women's names in -ь (Асели, Аселью: Асель) and, written
with a capital, the case forms of men's names (Марка: Марк).
"""
from __future__ import annotations

from functools import lru_cache

from index.morphology import KAZAKH_LETTERS, content_terms, is_dictionary, is_proper_reading, morph, parses

# The case endings of the -а/-я declension (Дарига: -и/-ы, -е, -у, -ой/-ою; Алия: -и, -ю, -ей/-ею), and
# the -ие of a name in -ия written the way its nominative sounds (Алие, Сание, beside Алии)
_CASE_ENDINGS = ("ою", "ею", "ой", "ей", "ы", "и", "е", "у", "ю")
_NAME_ENDS = ("а", "я")
# The case endings of a woman's name in -ь (Рахиль: -и, -ью)
_SOFT_SIGN_CASE_ENDINGS = ("ью", "и")
# A nominative the dictionary lacks keeps this many letters at least (Дарига): a shorter guess is as
# often some other word (index.kazakh_russian_cases keeps the same bound)
_SHORTEST_GUESS = 5


def _is_name_reading(parse) -> bool:
    """A dictionary reading of a given name in -а/-я that declines (not an indeclinable Fixd one), in
    the singular: a name's plural is rare, and «адам» (Kazakh «person») is no «Адам» of Ада's."""
    tag = parse.tag
    return ({"Name", "sing"} in tag and "Fixd" not in tag.grammemes and is_dictionary(parse)
            and parse.normal_form.endswith(_NAME_ENDS))


@lru_cache(maxsize=50_000)
def is_given_name_nominative(word: str) -> bool:
    """Whether the dictionary knows the lowercase `word` as a given name in -а/-я in the nominative."""
    # a dictionary reading needs a dictionary word: the look-up spares guessing the readings of the
    # made-up nominatives _nominatives asks about (ассамблеа of Ассамблеи), a third of its cold cost
    return morph().word_is_known(word) and any(
        _is_name_reading(p) and p.tag.case == "nomn" and p.normal_form.replace("ё", "е") == word
        for p in parses(word))


def _has_common_reading(word: str) -> bool:
    return any(is_dictionary(p) and not is_proper_reading(p) for p in parses(word))


def _as_a_name(word: str, capitalized: bool) -> bool:
    """Whether `word` is read as a name: written with a capital, or no common word's form anyway."""
    return capitalized or not _has_common_reading(word)


# A Kazakh patronymic's endings: such a word, or one with letters only Kazakh writes, is no Russian
# case of a name the dictionary lacks (Қайратұлы is no case of a «Қайратұла»)
_PATRONYMIC_ENDS = ("улы", "ұлы", "кызы", "қызы")


def _kazakh_name(word: str) -> bool:
    return word.endswith(_PATRONYMIC_ENDS) or not KAZAKH_LETTERS.isdisjoint(word)


@lru_cache(maxsize=100_000)
def _nominatives(word: str, capitalized: bool) -> tuple[str, ...]:
    """The nominatives of given names in -а/-я the normalized `word` may be a case form of."""
    found = [p.normal_form.replace("ё", "е") for p in parses(word) if _is_name_reading(p)]
    for ending in _CASE_ENDINGS:
        if not word.endswith(ending) or len(word) - len(ending) < 2:
            continue
        stem = word[: -len(ending)]
        for nominative in (stem + "а", stem + "я"):
            if is_given_name_nominative(nominative):  # Алие, Сание: Алия, Сания
                found.append(nominative)
            elif (capitalized and len(nominative) >= _SHORTEST_GUESS and nominative.endswith("а")
                  and not _kazakh_name(word)
                  and not morph().word_is_known(word) and not morph().word_is_known(nominative)):
                found += content_terms(nominative)[:1]  # Дариге: Дарига's term, as Snowball reads it
    return tuple(dict.fromkeys(found))


def given_name_terms(word: str, terms: tuple[str, ...], capitalized: bool) -> tuple[str, ...]:
    """The index terms, not among `terms` (the word's own), of the given names in -а/-я the
    normalized `word` may be a case form of, and, written with a capital, of the men's names it is
    a case of; () where it is no name's (not `capitalized` and a common word's form: «даны», «динаров»)."""
    if len(word) < 3 or not _as_a_name(word, capitalized):
        return ()
    names = _nominatives(word, capitalized) + _soft_sign_nominatives(word) + (_mens_nominatives(word) if capitalized else ())
    return tuple(n for n in dict.fromkeys(names) if n not in terms)


@lru_cache(maxsize=100_000)
def _soft_sign_nominatives(word: str) -> tuple[str, ...]:
    """The women's names in -ь (Асель, Айгуль, Бибигуль, Рахиль) the normalized `word` is a case of: Kazakh
    names the dictionary calls indeclinable are declined in Russian text as Рахиль is («вручили Асели
    Нуржановой», «с Аселью»), so `Асель` missed them."""
    found = []
    for ending in _SOFT_SIGN_CASE_ENDINGS:
        stem = word[: -len(ending)]
        nominative = stem + "ь"
        if word.endswith(ending) and len(stem) >= 3 and morph().word_is_known(nominative) and any(
                is_dictionary(p) and {"Name", "femn", "sing", "nomn"} in p.tag and _fold(p.normal_form) == nominative
                for p in parses(nominative)):
            found.append(nominative)
    return tuple(found)


@lru_cache(maxsize=100_000)
def _mens_nominatives(word: str) -> tuple[str, ...]:
    """The nominatives of the men's names (declined, in the singular) the normalized `word` is a case
    of: «Марка Твена», «Марку Ефимову» are Марк's, though their own term is the noun «марка»."""
    return tuple(dict.fromkeys(_fold(p.normal_form) for p in parses(word) if is_dictionary(p)
                               and {"Name", "masc", "sing"} in p.tag and "Fixd" not in p.tag.grammemes))


def given_name_query(word: str, terms: tuple[str, ...], capitalized: bool) -> str | None:
    """The term a query word that is a given name's form searches (the name itself: `Алия`,
    `Дана`, and a case form typed with a capital, `Анны`), or None: a word typed in lowercase that
    is also a common word's form (`дана`) means that word. `terms`: the word's own index terms."""
    if len(word) < 3 or not _as_a_name(word, capitalized):
        return None
    if is_given_name_nominative(word):
        return word
    # a case form only typed as a name: in lowercase, `айты` is the Kazakh holiday's, not Айта's
    return _case_form_query(word, terms) if capitalized else None


def _case_form_query(word: str, terms: tuple[str, ...]) -> str | None:
    """The nominative of the one given name in -а/-я `word` is a case form of, where the word's own
    first term is none the nominative carries (Анны: the name's plural «Анн», Анне: the indeclinable
    «Анне»), so `Анны` missed «Анна». Only for a word read as nothing else: no common word's form
    (every occurrence carries the name's term, see given_name_terms) and no man's name's in the
    singular (Леону, Раису, Алии are Леон's, Раис's, Алий's as well; Яны, Ян's plural, is Яна's)."""
    if _has_common_reading(word) or any({"Name", "masc", "sing"} in p.tag for p in parses(word)):
        return None
    names = _nominatives(word, False)
    if len(names) != 1 or terms[:1] and terms[0] in (names[0], *content_terms(names[0])):
        return None
    return names[0]


@lru_cache(maxsize=50_000)
def men_names_beside(word: str, capitalized: bool) -> tuple[str, ...]:
    """The nominatives of men's names the normalized `word` is also the genitive or accusative of,
    where its query searches it as a woman's name (given_name_query): `Александра`, `Руслана`,
    `Петра`, `Евгения` are more often «по инициативе Руслана», «указы Петра Первого» than the woman,
    so their query searches both (index.men_names). Only a name whose nominative searches itself
    (Александр, Пётр; not Дан, which is read as the verb «дать»)."""
    if len(word) < 3 or given_name_query(word, content_terms(word), capitalized) != word:
        return ()
    men = (_fold(p.normal_form) for p in parses(word)
           if is_dictionary(p) and {"Name", "masc", "sing"} in p.tag and p.tag.case in ("gent", "accs"))
    return tuple(m for m in dict.fromkeys(men) if m != word and content_terms(m)[:1] == (m,))


def _fold(word: str) -> str:
    return word.replace("ё", "е")
