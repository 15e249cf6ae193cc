"""Operators and signs typed against a group's bracket (index.glued_operators), over a real index."""
from __future__ import annotations

from datetime import date

import pytest

from conftest import found_ids as found, make_record
from index.search import SearchRequest, SearchService
from index.store import IndexWriter

# document -> the marker words it has
WORDS = {"v": "волонтер", "g": "грант", "t": "турнир", "vg": "волонтер грант", "vt": "волонтер турнир",
         "gt": "грант турнир", "vgt": "волонтер грант турнир"}


@pytest.fixture(scope="module")
def svc(tmp_path_factory):
    path = tmp_path_factory.mktemp("index")
    with IndexWriter(path, create=True) as writer:
        for i, (doc, words) in enumerate(WORDS.items()):
            writer.add(make_record(doc, f"Новости {i}", [f"В городе прошло событие: {words}."],
                                   when=date(2019, 1, i + 1)))
    service = SearchService(path)
    yield service
    service.close()



@pytest.mark.parametrize("spaced, glued", [
    ("турнир OR (волонтер AND грант)", "турнир OR(волонтер AND грант)"),
    ("волонтер NOT (грант OR турнир)", "волонтер NOT(грант OR турнир)"),
    ("волонтер НЕ (грант ИЛИ турнир)", "волонтер НЕ(грант ИЛИ турнир)"),
    ("(волонтер OR грант) ИЛИ турнир", "(волонтер OR грант)ИЛИ турнир"),
    ("(волонтер OR грант) -турнир", "(волонтер OR грант)-турнир"),
    ("волонтер NOT (грант турнир)", "волонтер NOT(грант турнир)"),
    ("(волонтер OR грант) OR (турнир)", "(волонтер OR грант)OR(турнир)"),
])
def test_an_operator_or_a_sign_glued_to_a_bracket_means_what_it_means_spaced(svc, spaced, glued):
    assert found(svc, glued) == found(svc, spaced)


def test_a_glued_exclusion_is_an_exclusion_and_is_said(svc):
    assert found(svc, "волонтер НЕ(грант ИЛИ турнир)") == {"v"}
    assert found(svc, "(волонтер OR грант)-турнир") == {"v", "g", "vg"}
    result = svc.search(SearchRequest(query="(волонтер OR грант)НЕ турнир"))
    assert result.excluded_words == ["турнир"] and result.total == 3


def test_an_excluded_phrase_is_said_with_its_distance(svc):
    result = svc.search(SearchRequest(query='-"волонтер турнир"~2 событие'))
    assert result.excluded_words == ['"волонтер турнир"~2']


@pytest.mark.parametrize("spaced, glued", [
    ('событие NOT "волонтер грант"', 'событие NOT"волонтер грант"'),
    ('событие НЕ «волонтер грант»', 'событие НЕ«волонтер грант»'),
    ('"волонтер грант" -турнир', '"волонтер грант"-турнир'),
    ('"волонтер грант" OR турнир', '"волонтер грант"OR турнир'),
    ('турнир OR "волонтер грант"', 'турнир OR"волонтер грант"'),
    ('«волонтер грант» ИЛИ турнир', '«волонтер грант»ИЛИ турнир'),
    ('"волонтер грант" ИЛИ "грант турнир"', '"волонтер грант"ИЛИ"грант турнир"'),
    ('"волонтер грант"~2 -турнир', '"волонтер грант"~2-турнир'),
])
def test_an_operator_or_a_sign_glued_to_a_quoted_phrase_means_what_it_means_spaced(svc, spaced, glued):
    assert found(svc, glued) == found(svc, spaced)


def test_an_exclusion_glued_to_a_phrase_excludes_and_is_said(svc):
    result = svc.search(SearchRequest(query='событие NOT"волонтер грант"', per_page=100))
    assert {hit.doc_id for hit in result.hits} == set(WORDS) - {"vg", "vgt"}
    assert result.excluded_words == ['"волонтер грант"']
    result = svc.search(SearchRequest(query='"волонтер грант"-турнир'))
    assert result.excluded_words == ["турнир"] and result.total == 1
    assert found(svc, '«волонтер грант»ИЛИ турнир') == {"vg", "vgt", "t", "vt", "gt"}
