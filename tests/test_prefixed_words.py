"""index.prefixed_words: an English word with a prefix, hyphenated or glued, finds both spellings."""
from __future__ import annotations

import pytest
from conftest import hit_files, ingested_service

from index.analysis import query_terms
from index.search import SearchRequest

DOCUMENTS = {
    "glued.txt": "Statement\n\nThe Assembly is a unique model of interethnic harmony and multiethnic accord.\n",
    "hyphen.txt": "Elections\n\nVolunteers spoke of inter-ethnic harmony and the re-election of the akim.\n",
    "other.txt": "Report\n\nThe reelection campaign and co-operation of the regions were discussed.\n",
    "ethnic.txt": "Festival\n\nAn ethnic festival was held in Almaty.\n",
}


@pytest.fixture(scope="module")
def archive(tmp_path_factory):
    service = ingested_service(tmp_path_factory, DOCUMENTS)
    yield service
    service.close()


@pytest.mark.parametrize("query, files", [
    # interethnic found the glued spelling only, inter-ethnic the hyphenated one only
    ("interethnic", ["glued.txt", "hyphen.txt"]),
    ("inter-ethnic", ["glued.txt", "hyphen.txt"]),
    ('"interethnic harmony"', ["glued.txt", "hyphen.txt"]),
    ('"inter-ethnic harmony"', ["glued.txt", "hyphen.txt"]),
    ("re-election", ["hyphen.txt", "other.txt"]),
    ("reelection", ["hyphen.txt", "other.txt"]),
    ("cooperation", ["other.txt"]),
    ("multi-ethnic", ["glued.txt"]),
    # the hyphenated word's part is still a word of its own
    ("ethnic", ["ethnic.txt", "hyphen.txt"]),
])
def test_a_prefixed_word_finds_its_hyphenated_and_glued_spellings(archive, query, files):
    assert sorted(hit_files(archive.search(SearchRequest(query)))) == files


def test_only_an_english_prefix_and_a_word_are_glued():
    assert query_terms("e-mail") == ["e", "mail"]
    assert query_terms("pre-2020") == ["pre", "2020"]
    assert query_terms("пост-советский")[:1] == ["пост"]
