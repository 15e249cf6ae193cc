"""Words that say only what kind of place a name is (область, облысы, район, город, region...).

Alone such a word names no place: a query for a region the archive lacks (`Атырауская область`,
`Маңғыстау облысы`) relaxed to it listed every other region's reports. A search relaxes past a
word in no record, but not to the kind of place that word qualified (index.search._partial_match).
A region's word beside a name also says the query is about the region (index.synonyms: `Абай область`).
"""
from __future__ import annotations

import functools

from index.analysis import analyze_terms

REGION_WORDS = ("область", "облысы", "регион", "өңір", "region", "oblast")
PLACE_KIND_WORDS = (*REGION_WORDS, "район", "ауданы", "город", "қаласы", "district", "city")


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
