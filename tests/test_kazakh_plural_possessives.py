"""A Kazakh plural's possessive typed as a query word (`міндеттері` «its duties», `хатшылықтарына` «to its
secretariats») finds the noun in its other forms, in a real index, as a Russian plural does."""

from __future__ import annotations

import pytest

from conftest import hit_files, ingested_service
from index.search import SearchRequest

DOCUMENTS = {
    "duties.txt": "Ассамблея міндеттері\n\nАссамблеяның алдында тұрған міндеттер айқындалды.\n",
    "duty.txt": "Кеңес шешімі\n\nКеңестің басты міндеті – қоғамдық келісімді нығайту.\n",
    "secretariat.txt": "Хатшылық жұмысы\n\nАссамблея хатшылығының отырысы өтті.\n",
    "secretariats.txt": "Өңірлік хатшылықтар\n\nӨңірлік хатшылықтарына жаңа тапсырма берілді.\n",
    "proposals.txt": "Жастар форумы\n\nФорум қатысушылары медиация туралы ұсыныстар әзірледі.\n",
    "capital.txt": "Алматы жаңалығы\n\nАлматы қаласында концерт өтті.\n",
}


@pytest.fixture(scope="module")
def archive(tmp_path_factory):
    service = ingested_service(tmp_path_factory, DOCUMENTS)
    yield service
    service.close()


@pytest.mark.parametrize("query, found", [
    # before: nothing (`міндеттері`, `ұсыныстары`), or only the very form typed (`хатшылықтарына`)
    ("міндеттері", ["duties.txt", "duty.txt"]),
    ("міндеттерін", ["duties.txt", "duty.txt"]),
    ("ұсыныстары", ["proposals.txt"]),
    ("хатшылықтарына", ["secretariat.txt", "secretariats.txt"]),
    ('"өңірлік хатшылықтары"', ["secretariats.txt"]),
])
def test_a_plurals_possessive_finds_the_nouns_other_forms(archive, query, found):
    assert sorted(hit_files(archive.search(SearchRequest(query)))) == found


def test_a_word_that_only_ends_like_a_possessive_keeps_its_own_term(archive):
    assert hit_files(archive.search(SearchRequest("Алматы"))) == ["capital.txt"]
