"""A Kazakh attribution's full name: «…», – деді Мұхтар Шаханов.; – деді Ассамблея төрағасының
орынбасары Ерлан Қарин.; «…», – dedi Muhtar Shahanov.

Kazakh given names are mostly unknown to the Russian dictionary the name rules read (Мұхтар,
Ерлан, Айнұр), so a Kazakh given name and surname are read by their place instead: the
capitalised words that end a sentence after a Kazakh speech verb are the person who spoke, when
the surname has a surname's ending (Шаханов, Қарин, Төлегенқызы) or the first word is a given
name the dictionary knows in its Russian spelling (Мұхтар as Мухтар) or data/kazakh_given_names.txt
lists (Бауыржан, Ерлан, which the dictionary lacks). Titles in the genitive may
stand between the verb and the name («Ассамблея төрағасының орынбасары»); a capitalised title
(«Мемлекет Басшысы», «Қазақстан Президенті») is no name. So are the capitalised words before «according
to», their surname in the genitive: «Ерлан Қариннің айтуынша, …» (the twin of «По словам Ерлана Карина»).
"""
from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources
from collections.abc import Callable
from typing import NamedTuple

from index.config import data_lines

from index.kazakh_latin import as_cyrillic, fold_kazakh_latin, is_latin_word
from index.morphology import kazakh_as_russian

from ._text import Token, word_info
from .kazakh_person_nouns import person_noun
from .speech_words import KK_ACCORDING, KK_GENITIVE

# The finite speech verbs a Kazakh attribution names its speaker after (деді, атап өтті, баса
# айтты, деп қосты ...); typed on a Russian keyboard (деди, отти); in the Latin alphabets as a plain
# keyboard types them (dedi, dedı: dedi).
_SAID_BEFORE_NAME = frozenset(
    """деді айтты өтті мәлімдеді хабарлады жеткізді түсіндірді тоқталды бөлісті сөйледі ұсынды
    таныстырды әңгімеледі қосты сұрады деди отти""".split()
)
_LATIN_SAID_BEFORE_NAME = frozenset("dedi aitty otti malimdedi habarlady qosty".split())
_MAX_WORDS_BETWEEN = 8  # the title between the verb and the name: «Ассамблея төрағасының орынбасары»
# the ending of a surname (Шаханов, Әбішева, Қарин, Сапарұлы, Төлегенқызы) or a patronymic (Кемелұлы)
_SURNAME_END = re.compile(r"(?:ов|ев|ёв|ин|ын)а?$")
_PATRONYMIC_END = re.compile(r"(?:ұлы|улы|қызы|кызы)$")
# The endings of a Kazakh common word: a possessive (басшысы, Президенті), a genitive (төрағасының),
# an adjective's (Ұлттық): a capitalised title ends so, a given name does not.
_TITLE_END = re.compile(r"(?:ы|і|ның|нің|дың|дің|тың|тің|лық|лік|дық|дік|тық|тік|ғы|гі|қы|кі)$")
_SENTENCE_END = frozenset(".!?…")


class KazakhName(NamedTuple):
    """A full name's tokens [start, end), the words of its initials (given name, patronymic), its
    surname's token, the gender its ending tells (None when it tells none), the surname in the
    nominative as written (Қарин of Қариннің) and whether the name is in the genitive."""

    start: int
    end: int
    given: tuple[int, ...]
    surname: int
    gender: str | None
    nominative: str
    genitive: bool = False



def names_in_order(count: int, width: int, name_at: Callable[[int], KazakhName | None],
                   kept: Callable[[KazakhName], bool] = lambda name: True) -> list[KazakhName]:
    """The names `name_at(k)` reads at each of `count` tokens that has `width` - 1 after it, in the
    text's order; the search goes on after each name found, so none overlap. A name `kept` refuses
    is passed over whole (none of its words starts another)."""
    found: list[KazakhName] = []
    k = 0
    while k + width <= count:
        name = name_at(k)
        if name is None:
            k += 1
            continue
        if kept(name):
            found.append(name)
        k = name.end
    return found


def attribution_names(tokens: list[Token], sids) -> list[KazakhName]:
    """Every full name that ends a sentence after a Kazakh speech verb, in the text's order."""
    found = []
    for k, t in enumerate(tokens):
        ends_sentence = t.text in _SENTENCE_END or k + 1 == len(tokens) or sids[k + 1] != sids[k]
        if not ends_sentence:
            continue
        last = k - 1 if t.text in _SENTENCE_END else k
        name = _name_ending_at(tokens, sids, last)
        if name is not None and _said_before(tokens, sids, name.start):
            found.append(name)
    return found


def according_names(tokens: list[Token], sids) -> list[KazakhName]:
    """Every full name in the genitive right before «айтуынша», «сөзінше», «пікірінше» (according
    to): «Ерлан Қариннің айтуынша, …», in the text's order."""
    found = []
    for k, t in enumerate(tokens):
        if k >= 2 and t.is_word and t.text.lower() in KK_ACCORDING and sids[k - 1] == sids[k]:
            nominative = _without_genitive(tokens[k - 1].text)
            name = nominative and _name_ending_at(tokens, sids, k - 1, nominative)
            if name:
                found.append(name)
    return found


def _without_genitive(word: str) -> str | None:
    """The nominative of a surname in the genitive (Қариннің: Қарин, Шахановтың: Шаханов), or None."""
    return word[:-3] if word.lower().endswith(KK_GENITIVE) and len(word) > 5 else None


def _name_ending_at(tokens: list[Token], sids, last: int, nominative: str | None = None) -> KazakhName | None:
    """The given name (and a patronymic) and surname whose surname is token `last`; `nominative`:
    the surname's nominative when the token is its genitive."""
    if last < 1 or not _capitalised(tokens, last) or not _next_to(tokens, sids, last - 1):
        return None
    written = nominative or tokens[last].text
    surname = _cyrillic(written)
    if (last >= 2 and _next_to(tokens, sids, last - 2) and _PATRONYMIC_END.search(_cyrillic(tokens[last - 1].text))
            and _is_given(_cyrillic(tokens[last - 2].text), surname)):
        # with a patronymic: Ерлан Төлегенұлы Қарин is Е.Т. Қарин; a given name of two parts written apart
        # (Қасым Жомарт Кемелұлы Тоқаев, the hyphen dropped) is named by its first part: К.К. Тоқаев
        start = last - 3 if last >= 3 and _next_to(tokens, sids, last - 3) \
            and _is_given(_cyrillic(tokens[last - 3].text), surname) else last - 2
        return KazakhName(start, last + 1, (start, last - 1), last, _gender(surname), written, bool(nominative))
    if _is_given(_cyrillic(tokens[last - 1].text), surname):
        return KazakhName(last - 1, last + 1, (last - 1,), last, _gender(surname), written, bool(nominative))
    return None


def _gender(surname: str) -> str | None:
    """Шаханов, Сапарұлы: a man; Әбішева, Төлегенқызы: a woman."""
    low = surname.lower()
    if low.endswith(("қызы", "кызы")) or _SURNAME_END.search(low) and low.endswith("а"):
        return "f"
    return "m" if _SURNAME_END.search(low) or low.endswith(("ұлы", "улы")) else None


def _next_to(tokens: list[Token], sids, k: int) -> bool:
    """Token k is a capitalised word of the same sentence, one space before the next token."""
    return (k >= 0 and _capitalised(tokens, k) and sids[k] == sids[k + 1]
            and tokens[k + 1].start - tokens[k].end == 1)


def _capitalised(tokens: list[Token], k: int) -> bool:
    """A word with a capital and small letters after it: no initial, no abbreviation (ҚР, АНК)."""
    t = tokens[k]
    return t.is_word and t.is_cap and len(t.text) > 1 and not t.text.isupper()


def _is_given(given: str, surname: str) -> bool:
    """Whether `given` (in Cyrillic) is the given name of a person named `surname`: a word the
    dictionary has as no common word, place or function word, before a surname's ending, or a
    given name the dictionary knows before any surname. A capitalised title is neither, nor is a
    Kazakh noun for a person the dictionary reads as a name (Әкім as Аким: «– деді Әкім Бейсенұлы»)."""
    low = given.lower()
    folded = kazakh_as_russian(low)
    if listed_given_name(low):
        return True
    if person_noun(low):
        return False
    info = word_info(folded)
    if info["common"] or info["geo"] or info["function"] or _TITLE_END.search(low):
        return False
    if _SURNAME_END.search(surname.lower()) or _PATRONYMIC_END.search(surname.lower()):
        return len(surname) >= 4
    if info["name"]:
        return True
    # neither known: two plain words (Ерлан Бабақұмар), not a title's possessive (Мемлекет Басшысы)
    surname_info = word_info(kazakh_as_russian(surname.lower()))
    return not (surname_info["known"] or _TITLE_END.search(surname.lower()))


def listed_given_name(word: str) -> bool:
    """Whether data/kazakh_given_names.txt lists `word` (in Kazakh or Russian letters: Бауыржан, Ерлан)."""
    return kazakh_as_russian(word.lower()) in _listed_given_names()


# Russian case endings of a listed given name: a man's ending in a consonant (Дархан: Дархана, Дархану,
# Дарханом, Дархане), a woman's in -а (Гульнара: Гульнары, Гульнаре, Гульнару, Гульнарой)
_MANS_CASE_ENDINGS = ("ом", "а", "у", "е")
_WOMANS_CASE_ENDINGS = ("ой", "ы", "е", "у")


def listed_given_name_in_case(word: str) -> bool:
    """Whether `word` is a listed given name (listed_given_name) in a Russian oblique case:
    «с Дарханом Мынбаем», «Ерлана Токтарбая»."""
    low = word.lower()
    stems = [low[:-len(e)] for e in _MANS_CASE_ENDINGS if low.endswith(e)]
    stems += [low[:-len(e)] + "а" for e in _WOMANS_CASE_ENDINGS if low.endswith(e)]
    return any(len(stem) >= 3 and listed_given_name(stem) for stem in stems)


@lru_cache(maxsize=1)
def _listed_given_names() -> frozenset[str]:
    """The given names of data/kazakh_given_names.txt, read the Russian way (Бауыржан: бауыржан)."""
    text = resources.files("ingest.extract").joinpath("data", "kazakh_given_names.txt").read_text(encoding="utf-8")
    return frozenset(kazakh_as_russian(line.lower()) for _, line in data_lines(text))


def _said_before(tokens: list[Token], sids, start: int) -> bool:
    """A Kazakh speech verb stands before token `start` in its sentence, words only between."""
    for k in range(start - 1, max(-1, start - 1 - _MAX_WORDS_BETWEEN), -1):
        t = tokens[k]
        if sids[k] != sids[start] or not t.is_word:
            return False
        low = t.text.lower()
        if low in _SAID_BEFORE_NAME or fold_kazakh_latin(low) in _LATIN_SAID_BEFORE_NAME:
            return True
    return False


def _cyrillic(word: str) -> str:
    """A Latin Kazakh word in Cyrillic letters (Muhtar -> Мухтар, Tólegenqyzy -> Төлегенқызы),
    keeping its capital; a Cyrillic word as it is."""
    low = word.lower()
    if not is_latin_word(low):
        return word
    cyrillic = as_cyrillic(low)
    return cyrillic[:1].upper() + cyrillic[1:] if word[:1].isupper() else cyrillic
