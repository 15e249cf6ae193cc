"""How the values of a query's field filters are read (index.query.split_field_filters), over a real index:
a quoted value left open, years listed after `year:`, two values of one field joined by AND or OR,
and the note on a value naming nothing."""
from __future__ import annotations

import re
from datetime import date
from html import unescape

import pytest

from conftest import found_ids as found, make_record
from search_app import create_app
from index.search import SearchRequest, SearchService
from index.store import IndexWriter

TURS, KOV, AKH = "Е.К. Турсынбеков", "М.А. Ковалева", "Р.С. Ахметжанов"
# document -> (year, speakers, topics)
DOCUMENTS = {
    "both": (2019, [TURS, KOV], ["волонтерство", "межэтнические отношения"]),
    "turs": (2019, [TURS], ["волонтерство"]),
    "kov": (2020, [KOV], ["межэтнические отношения"]),
    "akh": (2021, [AKH], ["волонтерство"]),
    "all3": (2022, [TURS, KOV, AKH], []),
}


@pytest.fixture(scope="module")
def index_path(tmp_path_factory):
    path = tmp_path_factory.mktemp("index")
    with IndexWriter(path, create=True) as writer:
        for doc, (year, speakers, topics) in DOCUMENTS.items():
            said = [f"{speaker} отметил роль волонтеров в {year} году ({doc})." for speaker in speakers]
            writer.add(make_record(doc, f"Заседание {doc}", ["Волонтеры встретились.", *said], when=date(year, 3, 1),
                                   speakers=speakers, persons=speakers, topics=topics,
                                   speaker_of={i + 1: speaker for i, speaker in enumerate(speakers)}))
    return path


@pytest.fixture(scope="module")
def svc(index_path):
    service = SearchService(index_path)
    yield service
    service.close()



@pytest.mark.parametrize("query", ['speaker:"Е.К. Турсынбеков', "speaker:«Е.К. Турсынбеков", 'выступающий:"Турсынбеков'])
def test_a_quoted_value_left_open_runs_to_the_end(svc, query):
    result = svc.search(SearchRequest(query=query, per_page=100))
    assert result.unknown == {} and {hit.doc_id for hit in result.hits} == {"both", "turs", "all3"}


@pytest.mark.parametrize("query", ["year:2019 2020", "year:2019, 2020", "год: 2019 2020", "year:2019 OR year:2020"])
def test_years_listed_after_year_are_alternatives(svc, query):
    assert found(svc, query) == {"both", "turs", "kov"}


@pytest.mark.parametrize("query, total, unmatched", [("year:2020 1000 волонтеры", 1, ["1000"]), ("year:2020 2500", 0, [])])
def test_a_number_no_year_of_an_archive_after_a_year_stays_a_word(svc, query, total, unmatched):
    # read as a second year, the number left the words unsaid and widened the filter
    result = svc.search(SearchRequest(query=query))
    assert result.filters == {"year": ["2020"]}
    assert (result.total, result.unmatched) == (total, unmatched)  # no document has the number: said so


def test_years_listed_and_a_range_and_a_word_after_them(svc):
    assert found(svc, "year:2019 2021-2022 волонтеры") == {"both", "turs", "akh", "all3"}
    # a year before the filter stays a word (a document dated so has it): none of 2019 is of 2020
    assert found(svc, "2020 year:2019") == set()


@pytest.mark.parametrize("query", ["speaker:Турсынбеков AND speaker:Ковалева", "+speaker:Турсынбеков +speaker:Ковалева",
                                   "выступающий:Турсынбеков И выступающий:Ковалевой",
                                   "(speaker:Турсынбеков AND speaker:Ковалева) волонтеры"])
def test_two_speakers_joined_by_and_must_both_have_spoken(svc, query):
    result = svc.search(SearchRequest(query=query, per_page=100))
    assert {hit.doc_id for hit in result.hits} == {"both", "all3"}
    assert result.required == {"speakers": [TURS, KOV]}
    # the speakers' facet counts what the documents of both hold, as the total does
    counts = {f.value: f.count for f in result.facets["speakers"]}
    assert counts[TURS] == counts[KOV] == 2 and counts[AKH] == 1


def test_persons_and_topics_joined_by_and_must_each_hold(svc):
    assert found(svc, "person:Ахметжанов AND person:Ковалева") == {"all3"}
    assert found(svc, "topic:волонтерство AND topic:межэтнические") == {"both"}


@pytest.mark.parametrize("query", ["speaker:Турсынбеков OR speaker:Ковалева", "speaker:Турсынбеков speaker:Ковалева"])
def test_two_speakers_with_or_or_nothing_between_are_alternatives(svc, query):
    result = svc.search(SearchRequest(query=query, per_page=100))
    assert {hit.doc_id for hit in result.hits} == {"both", "turs", "kov", "all3"} and result.required == {}


@pytest.mark.parametrize("query, expected", [
    ("speaker:Турсынбеков AND topic:волонтерство AND speaker:Ковалева", {"both"}),
    ('speaker:Турсынбеков AND -topic:"межэтнические отношения" AND year:2019 AND speaker:Ковалева', set()),
])
def test_two_speakers_in_one_and_chain_with_another_field_between_must_both_hold(svc, query, expected):
    # read as alternatives, «turs» (Турсынбеков alone) was found too, with no note, though AND was typed
    result = svc.search(SearchRequest(query=query, per_page=100))
    assert result.error is None and {hit.doc_id for hit in result.hits} == expected
    assert result.required_named == {"speakers": [[TURS], [KOV]]}


def test_a_chosen_speaker_narrows_two_joined_by_and(svc):
    result = svc.search(SearchRequest(query="speaker:Турсынбеков AND speaker:Ковалева", filters={"speakers": [AKH]}))
    assert [hit.doc_id for hit in result.hits] == ["all3"]


@pytest.mark.parametrize("query, said", [
    ("+speaker:Турсынбеков speaker:Ковалева", "соединены по-разному"),
    ("speaker:Турсынбеков AND speaker:Ковалева OR speaker:Ахметжанов", "соединены по-разному"),
    ("year:2019 AND year:2020", "year:2019 OR year:2020"),
])
def test_filters_of_one_field_joined_both_ways_or_a_single_value_field_joined_by_and_are_refused(svc, query, said):
    result = svc.search(SearchRequest(query=query))
    assert result.error and said in result.error and result.total == 0


@pytest.mark.parametrize("query", ["file:turs AND file:kov", "+file:turs +file:kov", "файл:turs И файл:kov", "folder:archive AND file:kov"])
def test_path_filters_joined_by_and_stay_alternatives_as_before(svc, query):
    # a document has several files, so AND was no impossible single value: it was refused with that reason
    result = svc.search(SearchRequest(query=query, per_page=100))
    assert result.error is None and result.total
    assert {hit.doc_id for hit in result.hits} <= {"turs", "kov", "both", "akh", "all3"}
    if query.startswith(("file", "+file", "файл")):
        assert {hit.doc_id for hit in result.hits} == {"turs", "kov"}


def test_the_quotes_of_two_speakers_joined_by_and_come_from_documents_where_both_spoke(svc):
    everyone = svc.quotes(SearchRequest(query="speaker:Турсынбеков OR speaker:Ковалева", per_page=100))
    result = svc.quotes(SearchRequest(query="speaker:Турсынбеков AND speaker:Ковалева", per_page=100))
    assert result.error is None and result.total
    assert {hit.doc_id for hit in result.hits} == {"both", "all3"}
    assert {hit.doc_id for hit in everyone.hits} == {"both", "turs", "kov", "all3"}


@pytest.mark.parametrize("query", ["speaker:Турс*", "выступающий:турсын*"])
def test_the_start_of_a_surname_with_a_star_names_the_speakers_it_starts(svc, query):
    result = svc.search(SearchRequest(query=query, per_page=100))
    assert result.unknown == {} and {hit.doc_id for hit in result.hits} == {"both", "turs", "all3"}


@pytest.mark.parametrize("query", ["speaker:Ту*", "speaker:Турс", "speaker:*сынбеков"])
def test_a_start_too_short_or_without_a_star_names_nobody_and_is_said(svc, query):
    result = svc.search(SearchRequest(query=query))
    assert result.total == 0 and result.unknown == {"speakers": [query.split(":", 1)[1]]}


@pytest.mark.parametrize("query, offered", [
    ("speaker:Турсынбеко", "speaker:Турсынбеков"),
    ('выступающий:"Е.К. Турсынбекв"', 'выступающий:"Е.К. Турсынбеков"'),
    ("волонтеры person:Ковалвеа", "волонтеры person:Ковалева"),
    ("speaker:Турс", "speaker:Турс*"),  # the start of a surname without its star
])
def test_a_name_a_slip_away_from_a_facets_surname_is_offered(svc, query, offered):
    result = svc.search(SearchRequest(query=query))
    assert result.total == 0 and result.suggestion == offered
    assert svc.search(SearchRequest(query=offered)).total > 0
    assert svc.quotes(SearchRequest(query=query)).suggestion == offered


@pytest.mark.parametrize("query, unknown, offered", [
    ("speaker:Турсынбеко AND speaker:Ковалева", "Турсынбеко", "speaker:Турсынбеков AND speaker:Ковалева"),
    ("+speaker:Иванов +speaker:Ковалева", "Иванов", None),
    ("speaker:Иванов AND speaker:Ковалева", "Иванов", None),
])
def test_a_value_naming_nobody_among_values_joined_by_and_is_said_and_its_slip_offered(svc, query, unknown, offered):
    for result in (svc.search(SearchRequest(query=query)), svc.quotes(SearchRequest(query=query))):
        assert result.total == 0 and result.unknown == {"speakers": [unknown]} and result.suggestion == offered
    assert svc.search(SearchRequest(query=query)).required == {"speakers": [unknown, KOV]}


def test_a_topic_naming_nothing_among_topics_joined_by_and_is_said(svc):
    result = svc.search(SearchRequest(query="topic:несуществующая AND topic:волонтерство"))
    assert result.total == 0 and result.unknown == {"topics": ["несуществующая"]}


@pytest.mark.parametrize("query, unknown, offered", [
    ("speaker:Иванов OR speaker:Ковалева", "Иванов", None),
    ("speaker:Турсынбеко speaker:Ковалева", "Турсынбеко", "speaker:Турсынбеков speaker:Ковалева"),
])
def test_an_alternative_naming_nobody_is_said_beside_the_one_found(svc, query, unknown, offered):
    result = svc.search(SearchRequest(query=query, per_page=100))
    assert {hit.doc_id for hit in result.hits} == {"both", "kov", "all3"}
    assert result.unknown == {"speakers": [unknown]} and result.suggestion == offered


@pytest.fixture()
def client(index_path):
    app = create_app(index_path, testing=True)
    yield app.test_client()
    app.extensions["assembly_search"].close()


def _title(client, path: str, query: str) -> str:
    body = client.get(path, query_string={"q": query}).get_data(as_text=True)
    return unescape(re.search(r"<title>([^<]*)</title>", body).group(1))


def _chips(client, query: str) -> list[str]:
    body = client.get("/", query_string={"q": query}).get_data(as_text=True)
    return [" ".join(unescape(re.sub(r"<[^>]+>", " ", chip)).split())
            for chip in re.findall(r'<a class="chip" [^>]*>(.*?)</a>', body, re.S)]


@pytest.mark.parametrize("path", ["/", "/quotes"])
def test_the_window_title_tells_speakers_joined_by_and_from_alternatives(client, path):
    both = _title(client, path, "speaker:Турсынбеков AND speaker:Ковалева")
    either = _title(client, path, "speaker:Турсынбеков OR speaker:Ковалева")
    assert both.startswith(f"выступающие: {TURS} и {KOV}: найден")
    assert either.startswith(f"выступающий: {TURS} или {KOV}: найден")
    assert _title(client, path, "speaker:Иванов AND speaker:Ковалева").startswith(
        f"выступающие: Иванов и {KOV}: ничего не найдено")


def test_speakers_joined_by_and_are_one_chip_alternatives_one_each(client):
    assert _chips(client, "speaker:Турсынбеков AND speaker:Ковалева") == [f"выступающие: {TURS} и {KOV} × убрать"]
    assert _chips(client, "speaker:Турсынбеков OR speaker:Ковалева") == [
        f"выступающий: {TURS} × убрать", f"выступающий: {KOV} × убрать"]


@pytest.mark.parametrize("query", ["(speaker:Турсынбеков)OR(speaker:Ковалева)", "(speaker:Турсынбеков) OR (speaker:Ковалева)",
                                   "(speaker:Турсынбеков)OR speaker:Ковалева", "((speaker:Турсынбеков))OR((speaker:Ковалева))"])
def test_filters_each_in_brackets_joined_by_or_are_alternatives(svc, query):
    assert found(svc, query) == found(svc, "speaker:Турсынбеков OR speaker:Ковалева") == {"both", "turs", "kov", "all3"}


def test_the_or_between_bracketed_filters_goes_with_them_and_joins_no_words(svc):
    # left behind, the OR joined the words: documents with either word
    assert found(svc, "году (speaker:Турсынбеков)OR(speaker:Ахметжанов) turs") == {"turs"}
    assert found(svc, "году (speaker:Турсынбеков) OR (speaker:Ахметжанов) turs") == {"turs"}


@pytest.mark.parametrize("query, said", [
    ("(speaker:Турсынбеков) OR волонтеры", "через OR её нельзя соединить с другими словами"),
    ("(speaker:Турсынбеков) OR (year:2019)", "только с фильтром того же поля"),
    ("-(speaker:Турсынбеков) OR speaker:Ковалева", "Исключение «-(speaker:Турсынбеков)» нельзя соединить через OR"),
    ("speaker:Ковалева OR NOT(speaker:Турсынбеков)", "Исключение «NOT (speaker:Турсынбеков)» нельзя соединить через OR"),
])
def test_a_bracketed_filter_joined_by_or_to_anything_else_is_refused_with_a_sentence_that_fits(svc, query, said):
    result = svc.search(SearchRequest(query=query))
    assert result.error and said in result.error
