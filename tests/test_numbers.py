"""Figures as an economist or a journalist types them: grouped digits and decimal commas are one
number (index.numbers)."""
from __future__ import annotations

import re

import pytest

from conftest import hit_files, ingested_service
from index.analysis import analyze_terms, query_terms
from index.search import SearchRequest

DOCS = {
    "budget.txt": "Отчёт о финансировании\n\nВ мероприятиях приняли участие более 1\u00a0000 человек, а общее "
                  "число волонтёров составило 15 000. Рост охвата составил 2,5%.\n",
    "report.txt": "Доклад за год\n\nНа проекты было направлено 1 250 000 тенге из местных бюджетов, участвовали "
                  "2\u202f000 человек и 22\u2009000 слушателей.\n",
    "kaz.txt": "Есеп\n\nҚатысушылар саны 15 пайызға өсті. Іс-шараларға 10 000 адам қатысты.\n",
    "news.txt": "Дом дружбы подвёл итоги\n\nНа праздник выделено 45.000.000 тенге, пришли 12.500 человек, "
                "а в английской версии сказано 40,000,000 tenge.\n",
    "kostanay.txt": "Костанай\n\nБезработица снизилась до 4,9%, а число проектов выросло на 10%.\n",
    "table.txt": "Перепись\n\nКазахи 7 985 039 человек.\n",
    "points.txt": "Положение\n\n2.3. Содействие возрождению культур.\n",
    "units.txt": "Бюджет\n\nВыделено 5 млрд тенге и ещё 750 тыс. тенге на гранты.\n",
    "speech.txt": "Стенограмма\n\nМы направили три миллиарда тенге, это на 12 процентов больше.\n",
}


@pytest.fixture(scope="module")
def service(tmp_path_factory):
    service = ingested_service(tmp_path_factory, DOCS)
    yield service
    service.close()


def found(service, query: str) -> list[str]:
    return sorted(hit_files(service.search(SearchRequest(query, per_page=50))))


def marks(service, query: str) -> list[str]:
    return [m for hit in service.search(SearchRequest(query, per_page=50)).hits
            for m in re.findall(r"<mark>(.*?)</mark>", hit.snippet_html)]


def test_a_grouped_figure_is_one_term():
    for text in ("15 000", "15\u00a0000", "15\u202f000", "15\u2009000", "15000"):
        assert analyze_terms(text) == ["15000"], repr(text)
    assert analyze_terms("45.000.000") == ["45000000"]
    assert analyze_terms("40,000,000") == ["40000000"]
    assert query_terms("1 250 000 тенге") == ["1250000", "тенге"]
    # a year, a list, a date keep their readings
    assert analyze_terms("2015 120") == ["2015", "120"]
    assert analyze_terms("1,2,3") == ["1", "2", "3"]
    assert analyze_terms("05.11.2022") == ["05.11.2022", "2022"]


@pytest.mark.parametrize("query, files", [
    ("15000", ["budget.txt"]), ("15 000", ["budget.txt"]), ('"15 000"', ["budget.txt"]),
    ("1000 человек", ["budget.txt"]), ("1 000 человек", ["budget.txt"]), ("7985039", ["table.txt"]),
    ("45000000", ["news.txt"]), ("45 000 000 тенге", ["news.txt"]), ("2000 человек", ["report.txt"]),
    ("22000", ["report.txt"]), ("1250000", ["report.txt"]), ("40000000", ["news.txt"]),
])
def test_a_figure_typed_without_separators_or_with_them_finds_it_written_grouped(service, query, files):
    assert found(service, query) == files


@pytest.mark.parametrize("query", ["15 000", "1 000 человек", "5 000 000 000", "000"])
def test_the_pieces_of_a_figure_do_not_match_elsewhere(service, query):
    # «15 пайызға … 10 000 адам» has a 15 and a 000, but not 15 000
    assert "kaz.txt" not in found(service, query)
    assert "000" not in marks(service, query)


@pytest.mark.parametrize("query", ['"250 000 тенге"', '"000 тенге"', "250000"])
def test_a_quoted_sum_does_not_match_the_tail_of_a_larger_one(service, query):
    assert found(service, query) == []


@pytest.mark.parametrize("query, files", [
    ("9%", []), ("4,9%", ["kostanay.txt"]), ("4.9", ["kostanay.txt"]), ("5%", []), ("2,5%", ["budget.txt"]),
    ("2.3", ["points.txt"]), ("3", []),
])
def test_the_digits_after_a_decimal_comma_are_no_number_of_their_own(service, query, files):
    assert found(service, query) == files


@pytest.mark.parametrize("query, mark", [
    ("45.000.000", "45.000.000"), ("12.500 человек", "12.500"), ("12500", "12.500"), ("45 000 000", "45.000.000"),
    ("15000", "15 000"), ("1 000", "1 000"), ("40,000,000", "40,000,000"),
])
def test_a_grouped_figure_is_marked_whole_in_the_snippet(service, query, mark):
    assert mark in marks(service, query)


def test_a_dotted_figure_is_marked_on_the_document_page(service):
    doc_id = service.search(SearchRequest("45.000.000")).hits[0].doc_id
    page = service.document(doc_id, "45.000.000")
    assert "<mark>45.000.000</mark>" in page.text_html and page.best_match is not None


@pytest.mark.parametrize("query, files", [
    ("10 процентов", ["kostanay.txt"]), ("4,9 процента", ["kostanay.txt"]), ("10%.", ["kostanay.txt"]),
    ("12%", ["speech.txt"]), ("5 миллиардов тенге", ["units.txt"]), ("млрд", ["speech.txt", "units.txt"]),
    ("миллиард", ["speech.txt", "units.txt"]), ("750 тысяч тенге", ["units.txt"]), ("750 тыс. тенге", ["units.txt"]),
])
def test_a_unit_written_as_a_sign_or_an_abbreviation_finds_its_word(service, query, files):
    assert found(service, query) == files


def test_a_percent_sign_before_a_full_stop_is_no_initial():
    assert analyze_terms("выросло на 10%.") == analyze_terms("выросло на 10 процентов.")
