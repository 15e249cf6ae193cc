"""Words that say only what kind of place a name is (область, облысы, район, город, region...).

Alone such a word names no place: a query for a region the archive lacks (`Атырауская область`,
`Маңғыстау облысы`) relaxed to it listed every other region's reports, and one for a region the
archive holds in another language (`Павлодар облысы`) listed the other regions' Kazakh reports
beside the region's own. A search relaxes past a word, but the kind of place counts only where the
name it qualifies is found (index.search._partial_match), and so does a place's post (`Павлодар
облысының әкімі`). A region's word beside a name also says the query is about the region
(index.synonyms: `Абай область`).
"""
from __future__ import annotations

import functools
import re

from index.analysis import analyze_terms
from index.places import place_name

REGION_WORDS = ("область", "облысы", "регион", "өңір", "region", "oblast")
PLACE_KIND_WORDS = (*REGION_WORDS, "район", "ауданы", "город", "қаласы", "district", "city")
# the post of a place's head, named by the place (Павлодар облысының әкімі, аким Павлодара)
PLACE_POST_WORDS = ("аким", "әкім")
# the kinds of place in the nominative (Kazakh with its possessive: Атырау облысы); any other form is
# oblique (области, облысының, района, в городе)
_NOMINATIVE_KINDS = frozenset((*PLACE_KIND_WORDS, "облыс", "өңірі", "аудан", "қала"))
# a place's Russian adjective (Павлодарской, Атырауская, Северо-Казахстанской)
_PLACE_ADJECTIVE = re.compile(r"[сц]к(?:ая|ой|ую|ое|ого|ому|ом|ий|им)$")


def _keys(word: str) -> frozenset[str]:
    return frozenset((*analyze_terms(word), word.casefold().replace("ё", "е")))


@functools.lru_cache(maxsize=1)
def _kind_keys() -> tuple[frozenset[str], frozenset[str]]:
    regions = frozenset().union(*(_keys(w) for w in REGION_WORDS))
    return regions, regions.union(*(_keys(w) for w in PLACE_KIND_WORDS))


@functools.lru_cache(maxsize=4096)
def is_region_word(word: str) -> bool:
    """Whether a typed word is a word for a region in any case form (области, облысының, regions)."""
    return bool(_keys(word) & _kind_keys()[0])


@functools.lru_cache(maxsize=4096)
def is_place_kind(word: str) -> bool:
    """Whether a typed word is one for a kind of place in any case form (района, қаласының, city)."""
    return bool(_keys(word) & _kind_keys()[1])


@functools.lru_cache(maxsize=4096)
def is_place_post(word: str) -> bool:
    """Whether a typed word is a place head's post in any case form (акима, әкімі)."""
    return bool(_keys(word) & _post_keys())


@functools.lru_cache(maxsize=1)
def _post_keys() -> frozenset[str]:
    return frozenset().union(*(_keys(w) for w in PLACE_POST_WORDS))


def _names_a_place(word: str) -> bool:
    """A word typed as a place's name: a listed place in any case form (павлодар), a place's
    adjective (Павлодарской), or a capitalised word (Абай, Ұлытау)."""
    low = word.casefold().replace("ё", "е")
    return place_name(low) is not None or bool(_PLACE_ADJECTIVE.search(low)) or word[:1].isupper()


def kind_owners(words: list[str], found: list[bool]) -> dict[int, int]:
    """The places in `words` of a kind of place or a place's post, each with the place of the name
    it qualifies, which is the nearest word beside it across other such words (`Павлодар облысының
    әкімі`: both to Павлодар): one found in no record first (the name the archive lacks), then one
    typed as a place's name, the word before before the word after. A kind beside neither stays
    a word of its own (`область итоги`)."""
    kinds = {i for i, w in enumerate(words) if is_place_kind(w) or is_place_post(w)}
    owners: dict[int, int] = {}
    for i in kinds:
        near = []
        for step in (-1, 1):
            j = i + step
            while j in kinds:
                j += step
            if 0 <= j < len(words):
                near.append(j)
        owner = next((j for j in near if not found[j]), None)
        if owner is None:
            owner = next((j for j in near if _names_a_place(words[j])), None)
        if owner is not None:
            owners[i] = owner
    return owners


def oblique_kind(word: str) -> bool:
    """Whether a typed kind of place is in an oblique case (Атырауской области, Атырау облысының):
    the place then says whose or where the query's other words are (Ассамблея Атырауской области)."""
    return is_place_kind(word) and word.casefold().replace("ё", "е") not in _NOMINATIVE_KINDS
