"""Facet values as people look for them: the order a panel lists them in, and the topics a word
typed after `topic:` names."""
from __future__ import annotations

import functools
import re
from typing import Callable

from index.aliases import fold
from index.morphology import kazakh_as_russian, snowball_term, word_terms
from index.name_folding import NAME_FACETS
_WORD_RE = re.compile(r"[^\W\d_]+")
# Stems shorter than this are no evidence of one word (сем- is семья and семинар alike).
MIN_SHARED_STEM = 4


@functools.lru_cache(maxsize=65536)  # a panel sorts the same values at every search
def collation_key(text: str) -> str:
    """`text` as an alphabetical order reads it: case and ё aside, each Kazakh letter beside its
    Russian neighbour (Ә by А, Қ by К), where Unicode puts them all after Я."""
    return kazakh_as_russian(fold(text))


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


def topics_matching(typed: str, topics: list[str]) -> list[str]:
    """The topics with each word typed among the words of their name, in any form or of the same
    stem: `молодежь` is «молодежная политика», `семьи` «семья и Совет матерей», `волонтеры`
    «волонтерство»."""
    wanted = _WORD_RE.findall(typed)
    if not wanted:
        return []
    return [t for t in topics if all(any(_same_word(w, part) for part in _WORD_RE.findall(t)) for w in wanted)]
