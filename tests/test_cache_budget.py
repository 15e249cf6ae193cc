"""The server's word caches kept under a budget (index.cache_budget), over a real index."""
from __future__ import annotations

import functools

from index import analysis, morphology
from index.cache_budget import WordCaches, word_caches
from search_app import create_app

BUDGET = 2_000
# misspelt words of the corpus, each new to the caches: the spelling's candidates are analysed too
TYPOS = ["Асамблея", "Ассамблэя", "Дементева", "валантеры", "Павладара", "мижэтнического", "сагласия",
         "Мажелиса", "депутатав", "Платанов", "малодежи", "сессея", "Токаеф", "Абдрахманав", "васпитании",
         "семяьм", "кругллый", "информацыонно", "прааритетами", "заседанее"]


def _answer(client, query: str) -> dict:
    data = client.get("/api/search", query_string={"q": query}).get_json()
    return {key: data.get(key) for key in ("total", "suggestion", "hits", "facets")}


def test_the_word_caches_stay_under_the_budget_however_many_new_words_are_typed(built_index):
    # every misspelt query added about 60 entries to each of a dozen caches sized for an ingest:
    # serve grew by 180 KB a query, towards 1.6 GB
    app = create_app(built_index, testing=True, word_cache_entries=BUDGET)
    client, caches = app.test_client(), WordCaches()
    try:
        grown = 0
        for typo in TYPOS:
            before = caches.entries()
            assert client.get("/", query_string={"q": typo}).status_code == 200
            grown = max(grown, caches.entries() - before)
            assert caches.entries() <= BUDGET
        assert grown > 0  # the queries did fill them
    finally:
        app.extensions["assembly_search"].close()


def test_emptied_caches_change_no_answer(built_index):
    app = create_app(built_index, testing=True, word_cache_entries=10**9)  # never trimmed
    client = app.test_client()
    try:
        kept = [_answer(client, query) for query in (*TYPOS[:6], "Ассамблеи", '"народа Казахстана"')]
        for cache in word_caches():
            cache.cache_clear()
        assert [_answer(client, query) for query in (*TYPOS[:6], "Ассамблеи", '"народа Казахстана"')] == kept
        assert any(answer["suggestion"] for answer in kept)
    finally:
        app.extensions["assembly_search"].close()


def test_only_the_large_word_caches_are_counted_and_their_sizes_stay_an_ingest_s():
    found = word_caches()
    assert analysis.expand in found and morphology.parses in found
    # an ingest's caches are as large as before: the budget is the server's alone
    assert analysis.expand.cache_info().maxsize == 400_000
    # a data file read once (a cache of one) is never read again because of the budget
    assert all(cache.cache_info().maxsize is None or cache.cache_info().maxsize >= 10_000 for cache in found)
    assert not any(isinstance(cache, functools.partial) for cache in found)
