"""A person named by given name and patronymic alone, as an address does: «Құрметті Қасым-Жомарт
Кемелұлы!», «Уважаемый Нурсултан Абишевич!». No surname is written, so the name is the aliases
file's person whose listed full name has that given name and that father's name (К.К. Токаев,
Н.А. Назарбаев), in Russian, Kazakh or Latin spelling (an English text's «Nursultan Abishevich») and
in any case; a name the file does not list names nobody.

    named_by_patronymic(tokens, aliases, on, caps, taken) -> [(first token, last token + 1, Alias)]
"""
from __future__ import annotations

import re
from datetime import date

from index.aliases import WORD
from index.latin_names import latin_as_cyrillic

from ._text import Token, capital_beside, fold
from .aliases import KAZAKH_AS_RUSSIAN, Alias, Aliases, word_keys
from .forms_of_address import address_before

# a patronymic's suffix and case ending (Абишевичу, Сериковной) or a Kazakh one (Кемелұлы, Серікқызы):
# what is left is the father's name, which the Russian and the Kazakh forms share
_PATRONYMIC = re.compile(r"(?:[оеё]вич|ич|ұлы|улы|қызы|кызы)(?:а|у|ем|е)?$|(?:[оеё]вн|иничн|ичн)(?:а|ы|е|у|ой)$")


def _russian_letters(word: str) -> str:
    """The word in Russian letters: an English text's «Nursultan Abishevich» read the Russian way too, its
    doubled s a single с (Kassym, as English spells Касым to keep the s voiceless)."""
    return latin_as_cyrillic(word.replace("ss", "s")) or fold(word).translate(KAZAKH_AS_RUSSIAN)


def father_name(word: str) -> str | None:
    """The father's name a patronymic is made of, in Russian letters (Кемелұлы, Кемелевичем ->
    кемел), or None for a word that is no patronymic."""
    low = _russian_letters(word)
    m = _PATRONYMIC.search(low)
    return low[:m.start()] if m and m.start() >= 2 else None


def _listed(aliases: Aliases, on: date | None) -> list[tuple[frozenset[str], str, Alias]]:
    """The file's full names of three words with a patronymic in the middle: (given name's keys,
    father's name, alias)."""
    found = []
    for a in aliases.entries:
        words = WORD.findall(a.variant)
        if len(words) == 3 and a.valid_on(on) and (father := father_name(words[1])):
            found.append((word_keys(_russian_letters(words[0])), father, a))
    return found


def named_by_patronymic(tokens: list[Token], aliases: Aliases, on: date | None, caps: list[int],
                        taken: set[int]) -> list[tuple[int, int, Alias]]:
    """Given name and patronymic pairs with no surname after them that fit exactly one person of the
    aliases file; `caps` are the capitalized tokens, `taken` the tokens other aliases cover."""
    listed = None
    hits = []
    for i in caps:
        j = i + 1
        if i in taken or j in taken or j >= len(tokens) or not tokens[j].is_cap or not tokens[j].is_word:
            continue
        if tokens[j].start - tokens[i].end != 1 or capital_beside(tokens, j + 1, j) or (
                capital_beside(tokens, i - 1, i) and not address_before(tokens, i)):
            continue  # a surname after or before them (Назарбаев Нурсултан Абишевич): the name rules read it
        father = father_name(tokens[j].text)
        if not father:
            continue
        listed = listed if listed is not None else _listed(aliases, on)
        given = word_keys(_russian_letters(tokens[i].text))
        persons = {a.canonical: a for keys, theirs, a in listed if theirs == father and not keys.isdisjoint(given)}
        if len(persons) == 1:
            hits.append((i, j + 1, next(iter(persons.values()))))
    return hits
