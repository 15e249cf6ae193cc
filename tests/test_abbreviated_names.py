"""The full name typed finds its abbreviation, as the abbreviation finds the full name."""
from __future__ import annotations

import pytest

from conftest import hit_files, ingested_service
from index.query import expand_abbreviations
from index.search import SearchRequest

DOCUMENTS = {
    "full.txt": "Сессия\n\nАстана, 5 марта 2021 года. Сессия Ассамблеи народа Казахстана прошла в Республике Казахстан.\n",
    "short.txt": "Сессия АНК\n\nАстана, 6 марта 2021 года. Сессия АНК прошла в Астане, граждане РК приняли участие.\n",
    "un_full.txt": "Инициатива\n\nАстана, 7 марта 2021 года. Организация Объединенных Наций поддержала инициативу.\n",
    "un_short.txt": "Доклад\n\nАстана, 8 марта 2021 года. Доклад представили в ООН в Женеве.\n",
}


@pytest.fixture(scope="module")
def archive(tmp_path_factory):
    service = ingested_service(tmp_path_factory, DOCUMENTS)
    yield service
    service.close()


@pytest.mark.parametrize("query, files", [
    ("сессия Ассамблеи народа Казахстана", ["full.txt", "short.txt"]),
    ("Республика Казахстан", ["full.txt", "short.txt"]),
    ("Организация Объединенных Наций", ["un_full.txt", "un_short.txt"]),
    ("АНК", ["full.txt", "short.txt"]),  # and the abbreviation still finds the full name
])
def test_a_full_name_finds_its_abbreviation(archive, query, files):
    assert sorted(hit_files(archive.search(SearchRequest(query)))) == files


def test_the_page_is_told_and_a_quoted_or_excluded_name_stays_as_typed(archive):
    assert archive.search(SearchRequest("Республике Казахстан")).expanded == {"Республике Казахстан": "РК"}
    assert expand_abbreviations('"Республика Казахстан"') == '"Республика Казахстан"'
    assert expand_abbreviations("-Республика Казахстан") == "-Республика Казахстан"
