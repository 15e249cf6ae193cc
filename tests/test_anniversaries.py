"""An anniversary written in digits, as one word, in Russian or in Kazakh names one jubilee: each
spelling finds the others, and another jubilee's number stays apart."""
from __future__ import annotations

import pytest

from conftest import hit_files, ingested_service
from index.anniversaries import expand_anniversaries
from index.search import SearchRequest

DOCUMENTS = {
    "digits.txt": "Форум в честь 30-летия АНК\n\nАстана, 24 апреля 2025 г. Прошел форум, посвященный "
                  "30-летию Ассамблеи народа Казахстана.\n",
    "word.txt": "Тридцатилетие Ассамблеи народа Казахстана\n\nАстана, 1 марта 2025 г. В Астане отметили "
                "тридцатилетие Ассамблеи народа Казахстана.\n",
    "kazakh.txt": "Ассамблеяның 30 жылдығына арналған жиын\n\nАстана, 2025 жылғы 28 ақпан. Қазақстан халқы "
                  "Ассамблеясының отыз жылдығына орай жиын өтті.\n",
    "years.txt": "Ассамблее народа Казахстана – 25 лет\n\nНур-Султан, 1 марта 2020 г. 1 марта Ассамблея "
                 "народа Казахстана отмечает юбилей.\n",
    "twenty.txt": "Юбилей Ассамблеи\n\nАлматы, 1 марта 2015 г. Ассамблее народа Казахстана исполнилось "
                  "двадцать лет.\n",
    "other.txt": "Сессия Ассамблеи\n\nАстана, 27 апреля 2017 г. Прошла сессия Ассамблеи народа Казахстана.\n",
}


@pytest.fixture(scope="module")
def jubilees(tmp_path_factory):
    service = ingested_service(tmp_path_factory, DOCUMENTS)
    yield service
    service.close()


THIRTIETH = ["digits.txt", "kazakh.txt", "word.txt"]


@pytest.mark.parametrize("query", ["30-летие Ассамблеи", "тридцатилетие Ассамблеи", "Тридцатилетия",
                                   "30 жылдығы", "отыз жылдығы", "30-летию"])
def test_each_spelling_of_an_anniversary_finds_the_others(jubilees, query):
    assert sorted(hit_files(jubilees.search(SearchRequest(query)))) == THIRTIETH


@pytest.mark.parametrize("query", ["двадцатипятилетие Ассамблеи", "25-летие", "жиырма бес жылдығы"])
def test_a_compound_word_finds_the_years_in_digits_and_no_other_jubilee(jubilees, query):
    result = jubilees.search(SearchRequest(query))
    assert hit_files(result) == ["years.txt"]
    assert not result.partial


def test_the_years_in_words_are_found_and_the_other_spellings_said(jubilees):
    result = jubilees.search(SearchRequest("20-летие"))
    assert hit_files(result) == ["twenty.txt"]
    assert result.expanded == {"20-летие": "двадцатилетие, 20 лет, двадцать лет, 20 жылдығы, жиырма жылдығы, 20 жыл"}


@pytest.mark.parametrize("typed", ["21 год", "2020 жыл", "15 человек", '"30-летие" АНК', "летие", "300-летие"])
def test_what_is_no_anniversary_or_is_quoted_stays_as_typed(typed):
    assert expand_anniversaries(typed) == typed


def test_russian_says_let_only_after_the_numbers_that_take_it():
    assert '"21 лет"' not in expand_anniversaries("21-летие")
    assert '"11 лет"' in expand_anniversaries("11-летие")


# a number in words beside a larger one: «двадцать пять лет» holds «пять лет», «жиырма бес жылдығы» «бес жылдығы»
COMPOUNDS = {
    "fifth.txt": "Юбилей Ассамблеи\n\nАлматы, 1 марта 2000 г. Ассамблее народа Казахстана исполнилось пять лет.\n",
    "twenty_five.txt": "Юбилей Ассамблеи\n\nАстана, 1 марта 2020 г. Ассамблее народа Казахстана исполнилось "
                       "двадцать пять лет.\n",
    "twenty_five_kk.txt": "Ассамблея\n\nНұр-Сұлтан, 2020 жылғы 1 наурыз. Ассамблеяның жиырма бес жылдығы "
                          "тойланды.\n",
    "session.txt": "Сессия\n\nНур-Султан, 11 декабря 2020 г. Двадцать восьмая сессия Ассамблеи прошла онлайн. "
                   "Ассамблее исполнилось 25 лет.\n",
}


@pytest.fixture(scope="module")
def compounds(tmp_path_factory):
    service = ingested_service(tmp_path_factory, COMPOUNDS)
    yield service
    service.close()


@pytest.mark.parametrize("query", ["5-летие", "пять лет", "пятилетие", "бес жылдығы"])
def test_a_number_in_words_is_not_the_end_of_a_larger_one(compounds, query):
    # «двадцать пять лет» and «жиырма бес жылдығы» (the 25th) came with the 5th
    assert hit_files(compounds.search(SearchRequest(query))) == ["fifth.txt"]


@pytest.mark.parametrize("query", ["двадцать лет", "жиырма жылдығы"])
def test_an_anniversary_typed_in_words_is_a_phrase(compounds, query):
    # «двадцать восьмая сессия … 25 лет» and «жиырма бес жылдығы» came, the typed words searched apart
    result = compounds.search(SearchRequest(query))
    assert all(hit.missing for hit in result.hits)  # none found as having every word


def test_a_compound_number_in_words_finds_every_spelling(compounds):
    result = compounds.search(SearchRequest("двадцать пять лет"))
    assert sorted(hit_files(result)) == ["session.txt", "twenty_five.txt", "twenty_five_kk.txt"]


def test_a_kazakh_number_from_ten_to_nineteen_in_words_is_not_searched_as_its_unit(compounds):
    # «он» is no index term: `10-летие` added «он жылдығы», which was every «жылдығы»
    assert hit_files(compounds.search(SearchRequest("10-летие"))) == []
    assert "бес" not in expand_anniversaries("он бес жылдығы")
