"""A short Kazakh turn of a Russian stenogram is a Kazakh quote (ingest.extract.language: a passage
too short for the shares is Kazakh when none of its words is Russian). A real index, built by ingest."""
from __future__ import annotations

import pytest
from conftest import ingested_service

from index.search import SearchRequest

STENOGRAM = ("СТЕНОГРАММА\nзаседания Совета по делам кандасов\nАстана, 10 февраля 2025 года\n\n"
             "Председательствующий Е.Қ. Қайратұлы. Уважаемые коллеги, начинаем заседание.\n\n"
             "Е.Қ. Қайратұлы. Құрметті әріптестер, отырысты бастаймыз.\n\n"
             "Б.С. Сәрсенбайұлы. Құрметті әріптестер! Қандастарымыздың құқықтарын қорғау – біздің міндетіміз. "
             "Бұл мәселені бірге шешейік.\n\n"
             "А.Н. Сейткали. Спасибо, құрметті әріптестер. Вопрос о жилье кандасов остается острым.\n")


@pytest.fixture(scope="module")
def service(tmp_path_factory):
    served = ingested_service(tmp_path_factory, {"stenogram.txt": STENOGRAM})
    yield served
    served.close()


def test_a_chairs_short_kazakh_turn_is_a_kazakh_quote(service):
    quotes = service.quotes(SearchRequest(query="әріптестер", per_page=20))
    assert sorted((q.speaker, q.language) for q in quotes.hits) == [
        ("А.Н. Сейткали", "ru"), ("Б.С. Сәрсенбайұлы", "kk"), ("Е.Қ. Қайратұлы", "kk")]
    kazakh = service.quotes(SearchRequest(query="әріптестер lang:kk", per_page=20))
    assert sorted(q.speaker for q in kazakh.hits) == ["Б.С. Сәрсенбайұлы", "Е.Қ. Қайратұлы"]
