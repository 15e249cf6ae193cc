"""A person or speaker filter with no words cuts the snippet at that person's mention and opens
the document page there, as a searched word does (the facets keep no positions)."""
from __future__ import annotations

import re

import pytest

from conftest import ingested_service
from index.search import SearchRequest
from search_app import create_app

OPENING = ("В Астане прошла XVII сессия Ассамблеи народа Казахстана. Сессию открыл Президент Республики "
           "Казахстан Н.А. Назарбаев. Глава государства отметил, что Ассамблее за годы работы удалось многое.")
FILLER = ("Участники сессии обсудили ход реализации Плана мероприятий и утвердили отчет секретариата. "
          "Были заслушаны отчеты председателей областных советов о проделанной работе. ")
NAMED = ("Итоги работы Секретариата за год подвел заместитель Председателя Ассамблеи Е.Л. Тугжанов. "
         "Он сообщил, что при Ассамблее создано 20 кабинетов медиации.")
SPOKEN = "«Кабинеты медиации урегулировали сотни межэтнических споров», – сказал С. Абдрахманов."


def _report(paragraphs: list[str]) -> str:
    return "\n\n".join(["18.04.2011", "XVII сессия Ассамблеи", OPENING, *paragraphs])


@pytest.fixture(scope="module")
def svc(tmp_path_factory):
    service = ingested_service(tmp_path_factory, {
        "short.txt": _report([FILLER] * 6 + [NAMED, "Сессия завершилась концертом мастеров искусств."]),
        # past WHOLE_TEXT_CHARS: the snippet is cut from the passages the postings name
        "long.txt": _report([FILLER * 3] * 80 + [NAMED] + [FILLER * 3] * 5),
        "namesake.txt": _report(["Аким района Б.К. Тугжанов вручил награды.", FILLER]),
    })
    yield service
    service.close()


def marks_of(html: str) -> list[str]:
    return re.findall(r"<mark>(.*?)</mark>", html)


@pytest.mark.parametrize("query, filters", [('person:"Е.Л. Тугжанов"', {}), ("", {"persons": ["Е.Л. Тугжанов"]})])
def test_a_person_filter_alone_cuts_the_snippet_at_the_persons_mention(svc, query, filters):
    result = svc.search(SearchRequest(query, filters=filters, sort="oldest"))
    assert result.total == 2
    for hit in result.hits:
        assert "заместитель Председателя Ассамблеи" in hit.snippet_html, hit.paths
        assert marks_of(hit.snippet_html) == ["Е.Л. Тугжанов"], hit.paths


def test_a_speaker_filter_alone_cuts_the_snippet_at_the_speakers_words(tmp_path_factory):
    service = ingested_service(tmp_path_factory, {
        "stenogram.txt": "\n\n".join(["Стенограмма заседания", OPENING, *[FILLER] * 8, SPOKEN]),
    })
    try:
        hit = service.search(SearchRequest('speaker:"С. Абдрахманов"')).hits[0]
        assert "урегулировали сотни" in hit.snippet_html and marks_of(hit.snippet_html) == ["С. Абдрахманов"]
    finally:
        service.close()


def test_the_document_page_opens_at_the_persons_mention(svc):
    doc_id = svc.search(SearchRequest("file:short")).hits[0].doc_id
    typed = svc.document(doc_id, query='person:"Е.Л. Тугжанов"')
    chosen = svc.document(doc_id, names={"persons": ["Е.Л. Тугжанов"]})
    for view in (typed, chosen):
        assert view.best_match == 0 and view.match_count == 1
        assert "<mark>Е.Л. Тугжанов</mark>" in view.text_html
    assert svc.document(doc_id).best_match is None  # no query, no filter: nothing marked


def test_the_page_and_the_api_mark_the_person_of_the_facet_parameter(svc):
    client = create_app(svc.index_dir, testing=True).test_client()
    doc_id = svc.search(SearchRequest("file:short")).hits[0].doc_id
    page = client.get(f"/doc/{doc_id}", query_string={"persons": "Е.Л. Тугжанов"}).get_data(as_text=True)
    assert "<mark" in page and "Тугжанов</mark>" in page
    api = client.get(f"/api/documents/{doc_id}", query_string={"q": 'person:"Е.Л. Тугжанов"'}).get_json()
    assert api["best_match"] == 0
