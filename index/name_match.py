"""Which facet values a typed name names: `speaker:Назарбаев`, `persons=Марат Тулегенов`,
`speaker:"Qasym-Jomart Toqaev"`. A typed name matches a value when every part of it is a whole
part of the value (`Ли` is `А. Ли`, never `З. Алиева`) in any case form of the value's gender, or
a given name typed in full is the value's initial in its place (the first given name typed, the
first initial) beside a matching surname.
"""
from __future__ import annotations

import functools
import re
from collections import defaultdict

from index.latin_names import latin_as_cyrillic, latin_readings
from index.morphology import kazakh_as_russian, surname_form_genders, surname_nominative_gender, word_terms
from index.tokenize import APOSTROPHE, INNER_APOSTROPHE_RE, cyrillic_twins

_NAME_PART_RE = re.compile(r"[^\W\d_]+")
# «К.-Ж.», «К-Ж.»: one given name's initial, its first letter, as ingest files it (К.К. Токаев)
_HYPHENATED_INITIAL_RE = re.compile(r"(?<![^\W\d_])([^\W\d_])\.?\s*[-–]\s*[^\W\d_]\.")

# A typed name of initials alone, each with its full stop or hyphen (`А.`, `К.К.`, `К.-Ж.`).
_INITIALS_ONLY_RE = re.compile(r"\s*(?:[^\W\d_](?:\.\s*[-–]?\s*|\s*[-–]\s*(?=[^\W\d_])))+")


def _may_be_a_name(typed: str) -> bool:
    """Whether a typed name filter value can name a person: it has a part of two letters or more, or
    is initials each written with a full stop. A digit, or a bare letter, names nobody: `x5`,
    `b12345`, `a0` were read as the initial К., Б. or А. and filtered by every speaker having it."""
    if any(c.isdigit() for c in typed):
        return False
    return any(len(part) > 1 for part in _NAME_PART_RE.findall(typed)) or bool(_INITIALS_ONLY_RE.fullmatch(typed))


def fold_name(text: str) -> str:
    """A name or facet value as compared: case-folded, ё as е, Latin look-alike letters in a Cyrillic
    word as their Cyrillic twins (`speaker:Тyймебаев` with a Latin y is Ж.К. Туймебаев), an apostrophe
    inside a name as the one the index writes (a query's `person:О'Нил` is ʼ by then: index.pasted_text;
    the value may hold ' or ’)."""
    return INNER_APOSTROPHE_RE.sub(APOSTROPHE, cyrillic_twins(text).casefold().replace("ё", "е"))


@functools.lru_cache(maxsize=65536)
def _part_terms(part: str) -> frozenset[str]:
    """A name part and its index terms: every case form of a surname shares a term (Жумабекова,
    Жумабеков); a name part with Kazakh letters also carries its Russian spelling's (Тоқаев and
    Токаев, Сапарұлы and Сапарулы, Тілеуберді and Тилеуберди: the facets join such spellings into
    one value, shown in either), and a Kazakh initial is its Russian letter too (`Қ. Тоқаев` is
    К.К. Токаев). A name in Latin letters also carries the terms of its Russian spelling:
    `Tokayev`, `Toqaev` are К.К. Токаев, each of its readings (`Baizhanov`: Баижанов, Байжанов). A
    Latin initial is the Cyrillic one only where it reads as one letter (`K.` is К.): `x.` (кс) was
    К. and named every К. speaker."""
    readings = latin_readings(part) or (kazakh_as_russian(part),)
    if len(part) == 1:
        return frozenset((part, readings[0]) if len(readings[0]) == 1 else (part,))
    terms = {part, *word_terms(part)}
    # a Kazakh case ending comes off before the Russian spelling is read: `Тоқтарбайдың` is Токтарбай's
    # genitive, while the whole word's spelling, Токтарбайдын, is no form of his
    stems = () if latin_readings(part) else tuple(kazakh_as_russian(t) for t in word_terms(part))
    for cyrillic in dict.fromkeys((*readings, *stems)):
        if cyrillic != part:
            terms.update((cyrillic, *word_terms(cyrillic)))
    return frozenset(terms)


def _name_text(name: str) -> str:
    """A name folded for matching, a hyphenated initial as its first letter."""
    return fold_name(_HYPHENATED_INITIAL_RE.sub(r"\1.", name))


def _name_parts(name: str) -> list[tuple[str, frozenset[str]]]:
    return [(p, _part_terms(p)) for p in _NAME_PART_RE.findall(_name_text(name))]


@functools.lru_cache(maxsize=65536)
def _may_be_form_of(typed: str, part: str) -> bool:
    """The typed name part can be a case form of the value's part (a nominative): of its gender.
    `Жумабековой` is never Б. Жумабеков, nor `Дементьев` Н. Дементьева; `Жумабекова` (his
    genitive, her nominative) is either; `Сапарұлы` is his, `Төлегенқызы` hers. Kazakh letters are
    read as their Russian look-alikes (`Серікбаевой` is hers), Latin letters as the Russian spelling
    they stand for (`Nazarbaev` is his, never Д. Назарбаева)."""
    kazakh = typed != kazakh_as_russian(typed)
    typed, part = (kazakh_as_russian(latin_as_cyrillic(w) or w) for w in (typed, part))
    if kazakh and part[-1:] in "аеиоуыэюя" and len(typed) > len(part) and typed.startswith(part):
        return True  # her nominative and a Kazakh case ending, which has no gender (Бекова-ның is no -ын surname)
    return bool(set(surname_form_genders(typed)) & set(surname_nominative_gender(part)))


def _typed_words(typed: str) -> list[list[tuple[str, frozenset[str]]]]:
    """The typed name's words, each its parts (a hyphenated given name is one word: Qasym-Jomart)."""
    words = ([(p, _part_terms(p)) for p in _NAME_PART_RE.findall(word)] for word in _name_text(typed).split())
    return [parts for parts in words if parts]


def _name_fits(words: list[list[tuple[str, frozenset[str]]]], value: list[tuple[str, frozenset[str]]]) -> bool:
    if not _initials_agree([p for word in words for p in word], value):
        return False
    by_parts = [all(any(w & p and _may_be_form_of(wt, pt) for pt, p in value) for wt, w in word) for word in words]
    if all(by_parts):
        return True
    if not any(ok and any(len(wt) > 1 for wt, _ in word) for ok, word in zip(by_parts, words)):
        return False  # no surname matched: a given name alone is no initial's person
    # the given names typed, in order, are the value's initials in order: `Касым-Жомарт Токаев` is
    # К.К. Токаев, never Е.К. Токаев (whose patronymic starts with К)
    initials = [p for pt, p in value if len(pt) == 1]
    given = [word for ok, word in zip(by_parts, words) if not ok]
    if _given_are_initials(given, initials):
        return True
    # a hyphenated given name typed apart, as foreign media write Касым-Жомарт (`Kassym Jomart Tokayev`): one
    # given name, its first word's initial, as ingest files «К.-Ж.» and «Касым Жомарт Кемелевич Токаев»
    return any(_given_are_initials(given[:k + 1] + given[k + 2:], initials) for k in range(len(given) - 1))


def _given_are_initials(given: list[list[tuple[str, frozenset[str]]]], initials: list[frozenset[str]]) -> bool:
    """The given names typed in full are, in order, the value's first initials."""
    return len(given) <= len(initials) and all(
        len(word[0][0]) > 1 and _initial_terms(word[0][0]) & initial for word, initial in zip(given, initials))


def _initials_agree(typed: list[tuple[str, frozenset[str]]], value: list[tuple[str, frozenset[str]]]) -> bool:
    """The typed initials are the value's in their order, as far as both go: `К.К. Токаев` and
    `К. Токаев` are К.К. Токаев, never Е.К. Токаев (a patronymic's initial is no given name's)."""
    typed_initials = [terms for part, terms in typed if len(part) == 1]
    value_initials = [terms for part, terms in value if len(part) == 1]
    return all(t & v for t, v in zip(typed_initials, value_initials))


def _initial_terms(given: str) -> frozenset[str]:
    """The initial a given name typed in full stands for: its first letter, and the first letter
    of its Russian reading when Latin (`Yuri` is Ю., `Yerlan` Е., `Khalid` Х.)."""
    cyrillic = latin_as_cyrillic(given)
    return _part_terms(given[0]) | ({cyrillic[0]} if cyrillic else set())


class NameIndex:
    """A name facet's values parsed once per reader generation, with the values each name term is
    a part of: a typed name is compared with the values sharing one of its terms, not with all of
    them (over 20,000 persons, parsing every value took 0.3 s a filter)."""

    def __init__(self, values: list[str], spellings: dict[str, str] | None = None) -> None:
        # `spellings`: other names of values (-> the value): those the facets folded into it
        # (`Е.Л. Тоғжанов` -> Е.Л. Тугжанов), so a part only they have (`Тоғжанов`) still names it
        held = set(values)
        others = sorted(n for n, v in (spellings or {}).items() if v in held and n not in held)
        self._values = values + others
        self._shown = values + [spellings[n] for n in others]
        self._order = {v: i for i, v in enumerate(values)}
        self._parts = [_name_parts(v) for v in self._values]
        by_term: dict[str, list[int]] = defaultdict(list)
        for i, parts in enumerate(self._parts):
            for term in {t for _, terms in parts for t in terms}:
                by_term[term].append(i)
        self._by_term = dict(by_term)
        self._spellings: dict[str, list[str]] = defaultdict(list)  # a value -> it and the names folded into it
        for name, shown in zip(self._values, self._shown):
            self._spellings[shown].append(name)

    def matching(self, typed: str) -> list[str]:
        """The values the typed name names, in the facet's order. A match has every typed part, or
        a typed word with a part longer than an initial, among its own parts: the candidates share
        a term with such a part (with any typed part when all are initials). A value that cannot
        be a name (_may_be_a_name) names none."""
        words = _typed_words(typed) if _may_be_a_name(typed) else []
        if not words:
            return []
        parts = [(part, terms) for word in words for part, terms in word]
        longer = [terms for part, terms in parts if len(part) > 1] or [terms for _, terms in parts]
        found = {i for terms in longer for t in terms for i in self._by_term.get(t, ())}
        named = {self._shown[i] for i in found if _name_fits(words, self._parts[i])}
        return sorted(named, key=self._order.__getitem__)

    def spellings(self, typed: str) -> list[str]:
        """Every name held of the values the typed name names: each value and the names the facets
        folded into it (`Туякбай`: «Ж. Туякбай» and «Ж. Тұяқбай»), in the facet's order."""
        return [name for value in self.matching(typed) for name in self._spellings[value]]
