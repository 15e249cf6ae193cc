"""Facet values as people look for them: the order a panel lists them in, and the values a word
typed after `topic:` (or `format:`, `lang:`, a facet parameter) names."""
from __future__ import annotations

import functools
import re
import unicodedata
from typing import Callable

from index.aliases import fold
from index.morphology import STOP_WORDS, is_russian_word, kazakh_as_russian, snowball_term, word_terms
from index.name_folding import NAME_FACETS
from index.tokenize import cyrillic_twins

_WORD_RE = re.compile(r"[^\W\d_]+")
# Stems shorter than this are no evidence of one word (сем- is семья and семинар alike).
MIN_SHARED_STEM = 4
# A start of a word shorter than this (`и`, `t`, `тв`) names too many values to be meant.
MIN_WORD_START = 3


@functools.lru_cache(maxsize=65536)  # a panel sorts the same values at every search
def collation_key(text: str) -> str:
    """`text` as an alphabetical order reads it: case and ё aside, each Kazakh letter beside its
    Russian neighbour (Ә by А, Қ by К), where Unicode puts them all after Я; a marked Latin letter
    beside its bare one (Á, Ä by A, ı by i), where Unicode puts them after Z."""
    return _latin_unmarked(kazakh_as_russian(fold(text)))


_LATIN_MARKED = re.compile("[\u00c0-\u024f]")


def _latin_unmarked(text: str) -> str:
    """Latin letters with marks as their bare letters (Cyrillic й keeps its breve: only Latin ones are read)."""
    return _LATIN_MARKED.sub(lambda m: "i" if m.group() == "ı" else unicodedata.normalize("NFD", m.group())[0], text)


@functools.lru_cache(maxsize=65536)
def _surname_first(name: str) -> str:
    """`Б.Т. Жумабеков` as `жумабеков б.т.`: a name is looked for by its surname."""
    head, _, surname = name.rpartition(" ")
    return collation_key(f"{surname} {head}")


def facet_order(name: str) -> Callable[[tuple[str, int]], tuple]:
    """The sort key of facet `name`'s (value, count) pairs: years in order; other values by
    count, most first, and equal counts alphabetically (names by surname)."""
    if name == "year":
        return lambda vc: vc[0]
    alphabetical = _surname_first if name in NAME_FACETS else collation_key
    return lambda vc: (-vc[1], alphabetical(vc[0]), vc[0])


@functools.lru_cache(maxsize=4096)
def _word_keys(word: str) -> tuple[frozenset[str], str]:
    word = fold(word)
    return frozenset(word_terms(word)), snowball_term(word)


def _same_word(typed: str, word: str) -> bool:
    """Whether two words are forms of one, or words of one stem (молодежь, молодежная)."""
    typed_terms, typed_stem = _word_keys(typed)
    terms, stem = _word_keys(word)
    if typed_terms & terms:
        return True
    short, long = sorted((typed_stem, stem), key=len)
    return len(short) >= MIN_SHARED_STEM and long.startswith(short)


def _starts_word(typed: str, word: str) -> bool:
    """Whether `typed` is the start of `word` cut short (`межэт`, `благотвор`, `htm`). A dictionary
    word is no fragment: its forms say what it names (`медиа` is media, not the start of медиация)."""
    typed, word = fold(typed), fold(word)
    return len(typed) >= MIN_WORD_START and word.startswith(typed) and not is_russian_word(typed)


def values_matching(typed: str, values: list[str]) -> list[str]:
    """The values with each word typed (stop words aside) among the words of their name: in any
    form or of the same stem (`молодежь` is «молодежная политика», `семьи` «семья и Совет
    матерей», `волонтеры` «волонтерство»); only when no value has them so, also as the start of
    a word (`межэт`, `format:htm`). A typed text of no word but stop words (`и`) names none.
    A Latin look-alike in a Cyrillic word is its Cyrillic twin (`topic:Cемья`), as a whole value's is."""
    wanted = [w for w in _WORD_RE.findall(cyrillic_twins(typed)) if fold(w) not in STOP_WORDS]

    def having_each(matches: Callable[[str, str], bool]) -> list[str]:
        return [v for v in values if all(any(matches(w, part) for part in _WORD_RE.findall(v)) for w in wanted)]

    if not wanted:
        return []
    return having_each(_same_word) or having_each(lambda w, part: _same_word(w, part) or _starts_word(w, part))
