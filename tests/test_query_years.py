"""A year typed as a word of a query also matches the documents dated that year."""
from __future__ import annotations

import pytest
from conftest import hit_files, ingested_service

from index.query_years import typed_years, without_year_words
from index.search import SearchRequest, SearchService

# Dated by the file name, as many files of the archive are: their text never writes the year.
DOCUMENTS = {
    "2017-06-03_forum.txt": "Молодежный форум в Актобе\n\nМолодежь области собралась на форум Ассамблеи.\n",
    "2017-03-22_nauryz.txt": "Наурыз в Доме дружбы\n\nЭтнокультурные центры встретили Наурыз вместе.\n",
    "2025-02-27_round.txt": "Круглый стол\n\nМолодежь обсудила итоги. План был принят в 2017 году.\n",
    "2024-05-31_memory.txt": "Акция памяти\n\nМолодежь записывает воспоминания старшего поколения.\n",
}


@pytest.fixture(scope="module")
def years_service(tmp_path_factory):
    service = ingested_service(tmp_path_factory, DOCUMENTS)
    yield service
    service.close()


@pytest.mark.parametrize("query", ["молодежь 2017", "молодежь в 2017 году", "молодежь 2017 г.", "молодежь 2017 ж.",
                                   "молодежь 2017 жылы", "молодежь 2017 жылғы", "молодежь 2017 jylğy",
                                   # glued to the year: «2017ж.» found nothing, «2017г.» a partial answer
                                   "молодежь 2017ж.", "молодежь 2017жылы", "молодежь 2017г.", "молодежь в 2017году"])
def test_a_typed_year_finds_the_documents_dated_that_year_first(years_service, query):
    # the 2017 forum ranked 10th of a partial answer, «Нет в документе: 2017»
    result = years_service.search(SearchRequest(query=query, per_page=10))
    assert not result.partial and all(not hit.missing for hit in result.hits)
    assert hit_files(result) == ["2017-06-03_forum.txt", "2025-02-27_round.txt"]


def test_a_typed_year_alone_and_in_quotes(years_service):
    dated = years_service.search(SearchRequest(query="2017", per_page=10))
    assert set(hit_files(dated)) == {"2017-06-03_forum.txt", "2017-03-22_nauryz.txt", "2025-02-27_round.txt"}
    quotes = years_service.quotes(SearchRequest(query="молодежь 2017", per_page=10))
    assert {hit.title for hit in quotes.hits} == {"Молодежный форум в Актобе", "Круглый стол"}
    # a quoted year is the text's, as a phrase is: only the document writing it
    assert hit_files(years_service.search(SearchRequest(query='молодежь "2017"'))) == ["2025-02-27_round.txt"]


def test_a_year_word_leaves_no_document_of_that_year_lacking_it(years_service):
    # no document has every word: the partial answer does not say the 2017 one lacks «2017»
    result = years_service.search(SearchRequest(query="молодежь фестиваль 2017", per_page=10))
    assert result.partial
    forum = next(hit for hit in result.hits if hit.paths[0].endswith("2017-06-03_forum.txt"))
    assert forum.missing == ["фестиваль"]


def test_the_year_filter_still_narrows(years_service):
    result = years_service.search(SearchRequest(query="молодежь год:2017", per_page=10))
    assert hit_files(result) == ["2017-06-03_forum.txt"]


def test_which_numbers_are_typed_years():
    assert typed_years("молодежь 2017 и 2019, 1995.") == {"2017", "2019", "1995"}
    # a range, a date, a wildcard, an exclusion, a quote, a number of people: text only
    assert typed_years('2017-2018 12.03.2019 201* -2020 "2021" 300 1812 2017г') == set()
    assert without_year_words("в 2019 году, 2018 г. и 2017 года") == "в 2019, 2018 и 2017"
    assert without_year_words('"в 2019 году" 300 году') == '"в 2019 году" 300 году'
    # Kazakh's year words say the same (a «2005 ж.» query found nothing where «2005 г.» found three)
    assert without_year_words("2019 ж. 2018 жылы 2017 жылғы 2016 жылдың 2015 jylğy") == "2019 2018 2017 2016 2015"
    assert without_year_words("2019ж. 2018жылы 2017г. 2016года") == "2019 2018 2017 2016"
    assert without_year_words("1990 жылдары") == "1990 жылдары"  # «the 1990s»: a decade, searched as typed


COUNTS = {
    "2000-10-15_seminar.txt": "Семинар для волонтёров\n\nСостоялся семинар для волонтёров Ассамблеи.\n",
    "2023-06-03_movement.txt": "Волонтёрское движение растёт\n\nВ движении состоят 2000 волонтёров.\n",
}


@pytest.mark.parametrize("query", ["2000 волонтёров", "2000 волонтеров"])
def test_a_number_before_a_counted_noun_is_a_count_not_a_year(tmp_path_factory, query):
    # the seminar dated 2000, which never says 2000, ranked above the count «2000 волонтёров»
    service = ingested_service(tmp_path_factory, COUNTS)
    try:
        assert hit_files(service.search(SearchRequest(query=query, per_page=10))) == ["2023-06-03_movement.txt"]
    finally:
        service.close()
    assert typed_years(query) == frozenset()


@pytest.mark.parametrize("query, years", [
    ("2000 человек", set()), ("1 000 тенге", set()), ("2019 лет", set()), ("2019 интервью", {"2019"}),
    ("молодежь 2017", {"2017"}), ("2019 форум", {"2019"}),
])
def test_which_typed_numbers_are_years(query, years):
    assert typed_years(query) == frozenset(years)


def test_a_year_before_a_capitalised_name_is_a_year():
    # «Токаев» is guessed as a plural genitive (of токай): `2019 Токаев` lost its match on the date
    assert typed_years("2019 Токаев") == {"2019"} == typed_years("Токаев 2019")
    assert typed_years("2000 волонтёров") == frozenset()
