"""A day of the year typed in words finds it written in the other language and in numbers, in any
year; a day the month has not is left as typed."""
from __future__ import annotations

import pytest

from conftest import hit_files, ingested_service
from index.calendar_days import expand_calendar_days
from index.search import SearchRequest

DOCUMENTS = {
    "russian.txt": "Как отметили День благодарности\n\nАстана, 2 марта 2017 г. 1 марта в Астане прошел концерт.\n",
    "kazakh.txt": "Алғыс айту күні\n\nАстана, 2018 жылғы 1 наурыз. Алғыс айту күні тойланды.\n",
    "numbers.txt": "В Доме дружбы отметили День благодарности\n\n01.03.2022\n\nВ Доме дружбы прошел концерт.\n",
    "short.txt": "Концерт в Доме дружбы\n\nДата: 1.03.2023. В Доме дружбы прошел концерт ко Дню благодарности.\n",
    "apart.txt": "Итоги месяца\n\nАстана, 21 марта 2019 г. Подведены итоги за март: 1 отчет принят.\n",
    "other_day.txt": "День единства\n\nАлматы, 1 мая 2019 г. Отметили День единства.\n",
}


@pytest.fixture(scope="module")
def days(tmp_path_factory):
    service = ingested_service(tmp_path_factory, DOCUMENTS)
    yield service
    service.close()


@pytest.mark.parametrize("query", ["1 марта", "1 наурыз", "1 наурызда", "1 Марта",
                                   # a Russian ordinal's ending, the Kazakh ordinal day, both in numbers: were
                                   # their words alone, or found nothing (`01.03`)
                                   "1-го марта", "1-наурыз", "1-ші наурыз", "01.03"])
def test_a_day_typed_in_words_finds_it_in_either_language_and_in_numbers(days, query):
    result = days.search(SearchRequest(query))
    assert sorted(hit_files(result)) == ["kazakh.txt", "numbers.txt", "russian.txt", "short.txt"]


def test_the_other_spellings_are_said(days):
    assert days.search(SearchRequest("1 марта")).expanded == {"1 марта": "1 наурыз, 01.03.ГГГГ, 1.03.ГГГГ"}


@pytest.mark.parametrize("typed", ["31 февраля", '"1 марта"', "марта", "2019 марта", "1.03", "01.13", "31.02",
                                   "01.03.2022", "2.01.03"])
def test_no_such_day_a_quoted_one_or_no_day_stays_as_typed(typed):
    assert expand_calendar_days(typed) == typed
