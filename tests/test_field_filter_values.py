"""How the values of a query's field filters are read (index.query.split_field_filters), over a real index:
a quoted value left open, years listed after `year:`, two values of one field joined by AND or OR,
and the note on a value naming nothing."""
from __future__ import annotations

from datetime import date

import pytest

from conftest import found_ids as found, make_record
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
def svc(tmp_path_factory):
    path = tmp_path_factory.mktemp("index")
    with IndexWriter(path, create=True) as writer:
        for doc, (year, speakers, topics) in DOCUMENTS.items():
            surnames = ", ".join(s.split()[-1] for s in speakers)
            writer.add(make_record(doc, f"Заседание {doc}", [f"Волонтеры встретились. Выступили {surnames}."],
                                   when=date(year, 3, 1), speakers=speakers, persons=speakers, topics=topics))
    service = SearchService(path)
    yield service
    service.close()



@pytest.mark.parametrize("query", ['speaker:"Е.К. Турсынбеков', "speaker:«Е.К. Турсынбеков", 'выступающий:"Турсынбеков'])
def test_a_quoted_value_left_open_runs_to_the_end(svc, query):
    result = svc.search(SearchRequest(query=query, per_page=100))
    assert result.unknown == {} and {hit.doc_id for hit in result.hits} == {"both", "turs", "all3"}


@pytest.mark.parametrize("query", ["year:2019 2020", "year:2019, 2020", "год: 2019 2020", "year:2019 OR year:2020"])
def test_years_listed_after_year_are_alternatives(svc, query):
    assert found(svc, query) == {"both", "turs", "kov"}


def test_years_listed_and_a_range_and_a_word_after_them(svc):
    assert found(svc, "year:2019 2021-2022 волонтеры") == {"both", "turs", "akh", "all3"}
    # a year before the filter stays a word (a document dated so has it): none of 2019 is of 2020
    assert found(svc, "2020 year:2019") == set()
