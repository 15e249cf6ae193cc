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
