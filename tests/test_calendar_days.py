"""A day of the year typed in words finds it written in the other language and in numbers, in any
year; a day the month has not is left as typed."""
from __future__ import annotations

import pytest

from conftest import hit_files, ingested_service
from index.analysis import analyze_terms
from index.calendar_days import expand_calendar_days
from index.search import SearchRequest

DOCUMENTS = {
    "russian.txt": "Как отметили День благодарности\n\nАстана, 2 марта 2017 г. 1 марта в Астане прошел концерт.\n",
    "kazakh.txt": "Алғыс айту күні\n\nАстана, 2018 жылғы 1 наурыз. Алғыс айту күні тойланды.\n",
    "numbers.txt": "В Доме дружбы отметили День благодарности\n\n01.03.2022\n\nВ Доме дружбы прошел концерт.\n",
    "short.txt": "Концерт в Доме дружбы\n\nДата: 1.03.2023. В Доме дружбы прошел концерт ко Дню благодарности.\n",
    "apart.txt": "Итоги месяца\n\nАстана, 21 марта 2019 г. Подведены итоги за март: 1 отчет принят.\n",
    "other_day.txt": "День единства\n\nАлматы, 1 мая 2019 г. Отметили День единства.\n",
    "english.txt": "Day of Gratitude\n\nThe Assembly marked the Day of Gratitude. On 1 March the houses of friendship "
                   "held concerts.\n",
}


@pytest.fixture(scope="module")
def days(tmp_path_factory):
    service = ingested_service(tmp_path_factory, DOCUMENTS)
    yield service
    service.close()


@pytest.mark.parametrize("query", ["1 марта", "1 наурыз", "1 наурызда", "1 Марта",
                                   # a Russian ordinal's ending, the Kazakh ordinal day, both in numbers: were
                                   # their words alone, or found nothing (`01.03`)
                                   "1-го марта", "1-наурыз", "1-ші наурыз", "01.03",
                                   # English, the day or the month first
                                   "1 March", "March 1", "1st of March"])
def test_a_day_typed_in_words_finds_it_in_either_language_and_in_numbers(days, query):
    result = days.search(SearchRequest(query))
    assert sorted(hit_files(result)) == ["english.txt", "kazakh.txt", "numbers.txt", "russian.txt", "short.txt"]


def test_the_other_spellings_are_said(days):
    assert days.search(SearchRequest("1 марта")).expanded == {
        "1 марта": "1 наурыз, 1 March, March 1, 01.03.ГГГГ, 1.03.ГГГГ"}


@pytest.mark.parametrize("typed", ["31 февраля", '"1 марта"', "марта", "2019 марта", "1.03", "01.13", "31.02",
                                   "2.01.03", "1.1.12", '"Закон от 20.10.1995"'])
def test_no_such_day_a_quoted_one_or_no_day_stays_as_typed(typed):
    assert expand_calendar_days(typed) == typed


# Acts and letters that give one day, 20 October 1995, each its own way; and the same day of another year
DATED = {
    "russian.txt": "Положение о фестивале\n\nВ соответствии с Законом Республики Казахстан от 20 октября 1995 года № 2529 утвердить.\n",
    "kazakh.txt": "Кеңес шешімі\n\nҚазақстан Республикасының 1995 жылғы 20 қазандағы № 2529 Заңына сәйкес шешті.\n",
    "numbers.txt": "Приказ о регистрации\n\nНа основании Закона Республики Казахстан от 20.10.1995 г. № 2529 приказываю.\n",
    "short_year.txt": "Исх. № 01-12/345 от 20.10.95\n\nНаправляем информацию о работе объединений.\n",
    "other_year.txt": "Отчет о форуме\n\nФорум прошел 20 октября 1996 года в Доме дружбы.\n",
    # an office letter glues the year's word to the date
    "glued.txt": "О деятельности Домов дружбы\n\nСогласно Указу Президента РК от 07.09.2016г. № 333 и Закону РК "
                 "от 20.10.1995г. № 2529 сообщаем об итогах работы за 2023г.\n",
    "english.txt": "Note on the Assembly\n\nThe Law of the Republic of Kazakhstan of 20 October 1995 No. 2529 is cited.\n",
    "month_first.txt": "Conference note\n\nThe law adopted on October 20, 1995 set up the Assembly's legal basis.\n",
    "slashed.txt": "Выписка из реестра\n\nЗакон от 20/10/1995 № 2529 внесен в реестр актов.\n",
    "iso.txt": "Registry export\n\nact date: 1995-10-20; number: 2529; kind: law.\n",
    # Kazakh's day-first order, as datelines write it: no spelling of the day found it
    "kazakh_day_first.txt": "Заң туралы анықтама\n\nАстана қаласы, 20 қазан 1995 жыл\n\nЗаң күшіне енді.\n",
}
DAY_OF_1995 = ["english.txt", "glued.txt", "iso.txt", "kazakh.txt", "kazakh_day_first.txt", "month_first.txt", "numbers.txt", "russian.txt", "short_year.txt",
               "slashed.txt"]


@pytest.fixture(scope="module")
def dated(tmp_path_factory):
    service = ingested_service(tmp_path_factory, DATED)
    yield service
    service.close()


# a lawyer types a cited act's date in numbers, a clerk a letter's date as the register writes it: each
# found only the literal numbers (`20.10.1995`) or the day of every year (`20 октября 1995`: 20 октября and any 1995)
@pytest.mark.parametrize("query", ["20.10.1995", "от 20.10.1995", "20.10.95", "20 октября 1995", "20 октября 1995 года",
                                   "1995 жылғы 20 қазан", '"20 октября 1995"', '"20 октября 1995 г."', '"20.10.1995"',
                                   # the date glued to «г.» (or the «г.» apart), typed or quoted as a letter writes it: were the glued form only
                                   "20.10.1995г.", "от 20.10.1995 г.", '"20.10.1995г."',
                                   # English found nothing in numbers, nor numbers in English; the slashed and
                                   # ISO forms found nothing at all
                                   "20 October 1995", "October 20, 1995", "20th of October 1995", "20/10/1995",
                                   "1995-10-20",
                                   # Kazakh's day-first order, typed or quoted with its year's word
                                   "20 қазан 1995", "20 қазан 1995 ж.", '"20 қазан 1995 жыл"'])
def test_a_whole_date_finds_that_day_of_that_year_written_each_way(dated, query):
    assert sorted(hit_files(dated.search(SearchRequest(query)))) == DAY_OF_1995


def test_a_whole_dates_other_spellings_are_said(dated):
    assert dated.search(SearchRequest("20.10.1995")).expanded == {
        "20.10.1995": "20 октября 1995, 1995 жылғы 20 қазан, 20 қазан 1995, 1995 жылгы 20 казан, 20 казан 1995, "
                      "1995 jylǵy 20 qazan, 1995 jylg'y 20 qazan, "
                      "20 October 1995, October 20 1995, 20.10.95, 20/10/1995, 1995-10-20"}


def test_a_quoted_day_of_any_year_stays_a_phrase(dated):
    assert sorted(hit_files(dated.search(SearchRequest('"20 октября"')))) == ["other_year.txt", "russian.txt"]


@pytest.mark.parametrize("query", ["7 сентября 2016", "07.09.2016", "2016 жылғы 7 қыркүйек"])
def test_a_date_glued_to_its_year_word_is_found_by_its_other_spellings(dated, query):
    # «07.09.2016г.» was one word, found by nothing but itself
    assert hit_files(dated.search(SearchRequest(query))) == ["glued.txt"]


def test_a_year_glued_to_its_year_word_is_the_year():
    assert analyze_terms("за 2023г.") == analyze_terms("за 2023 г.")
    assert analyze_terms("от 07.09.2016г.") == analyze_terms("от 07.09.2016 г.")


@pytest.mark.parametrize("query, found", [('"20 октября 1995 года"~2', ["russian.txt"]),
                                          ('"20.10.1995"~1', ["glued.txt", "numbers.txt"])])
def test_a_quoted_date_with_a_distance_is_the_phrase_as_typed(dated, query, found):
    # the distance was left after the spellings' group, `(… OR …)~2`, and the query found nothing
    assert expand_calendar_days(query) == query
    assert sorted(hit_files(dated.search(SearchRequest(query)))) == found


@pytest.mark.parametrize("query", ["ſeptember 1", "APRİL 5", "1 ᲂктября", "2019 жылғы 27 ᲄамыз",
                                   "27 авгуᲃта 2019"])
def test_a_month_the_case_insensitive_pattern_takes_is_read_not_a_parse_error(query):
    # «ſ», «İ» and the old Cyrillic «ᲂ» match the month's name ignoring case, but str.lower() keeps them:
    # the month's lookup raised ValueError, which the app showed as «проверьте кавычки и скобки»
    expand_calendar_days(query)


@pytest.mark.parametrize("query, day", [("ſeptember 1", '"1 сентября"'), ("APRİL 5", '"5 апреля"'),
                                        ("1 ᲂктября", '"1 қазан"')])
def test_a_month_with_such_letters_gets_its_spellings(query, day):
    assert day in expand_calendar_days(query)


# Kazakh Latin datelines in each alphabet, and the same day in Cyrillic: a date typed in numbers, Russian or
# Cyrillic Kazakh found none of the Latin ones (`15 мамыр 2021` only as a partial match of «15» and «2021»)
LATIN_DATED = {
    "a2018.txt": "Jastar forumy\n\nNur-Sultan, 2019 jylǵy 29 sáýir\n\nAssambleıa jastary jınaldy.\n",
    "a2021.txt": "Jastar forumy\n\nAlmaty, 2019 jylğy 29 säuır\n\nAssambleia jastary jiyldy.\n",
    "a2017.txt": "Jastar forumy\n\nQostanai, 2019 jylg'y 29 sa'y'ir\n\nAssambleia jastary jinaldy.\n",
    "a2017_curly.txt": "Jastar forumy\n\nQostanai, 2019 jylg’y 29 sa’y’ir\n\nAssambleia jastary jinaldy.\n",
    "cyrillic.txt": "Жастар форумы\n\nАстана, 2019 жылғы 29 сәуір\n\nАссамблея жастары жиналды.\n",
    "other_day.txt": "Jastar forumy\n\nNur-Sultan, 2019 jylǵy 28 sáýir\n\n29 jas qatysty.\n",
}


@pytest.fixture(scope="module")
def latin_dated(tmp_path_factory):
    service = ingested_service(tmp_path_factory, LATIN_DATED)
    yield service
    service.close()


@pytest.mark.parametrize("query", ["29.04.2019", "29 апреля 2019", "2019 жылғы 29 сәуір", "29 сәуір 2019",
                                   "2019-04-29", "29 April 2019"])
def test_a_whole_date_finds_kazakh_latin_datelines_in_each_alphabet(latin_dated, query):
    res = latin_dated.search(SearchRequest(query))
    assert not res.partial
    assert sorted(hit_files(res)) == ["a2017.txt", "a2017_curly.txt", "a2018.txt", "a2021.txt", "cyrillic.txt"]


# Kazakh datelines typed on a Russian keyboard, each Kazakh letter as its look-alike, which ingest reads as dates:
# a whole date found none of them (`23.04.2015` nothing, `23 апреля 2015` only as a partial match of «23» and «2015»)
TYPED_DATED = {
    "typed.txt": "Казакстан халкы Ассамблеясынын сессиясы\n\nАстана, 2015 жылгы 23 сауир\n\nСессияга делегаттар катысты.\n",
    "typed_day_first.txt": "Жастар форумы\n\nАлматы, 23 сауир 2015 ж.\n\nФорумга жастар катысты.\n",
    "cyrillic.txt": "Қазақстан халқы Ассамблеясының сессиясы\n\nАстана, 2015 жылғы 23 сәуір\n\nСессияға делегаттар қатысты.\n",
    "other_day.txt": "Жастар форумы\n\nАстана, 2015 жылгы 22 сауир\n\n23 жас катысты.\n",
    # a month with no Kazakh letter: only «жылгы» is typed
    "typed_june.txt": "Аналар кенеси\n\nАстана, 2023 жылгы 12 маусым\n\nКенеске аналар катысты.\n",
}


@pytest.fixture(scope="module")
def typed_dated(tmp_path_factory):
    service = ingested_service(tmp_path_factory, TYPED_DATED)
    yield service
    service.close()


@pytest.mark.parametrize("query", ["23.04.2015", "23 апреля 2015", "2015 жылғы 23 сәуір", "23 сәуір 2015",
                                   "2015-04-23", "23 April 2015",
                                   # typed so itself, it is the whole date too
                                   "2015 жылгы 23 сауир", "23 сауир 2015"])
def test_a_whole_date_finds_kazakh_datelines_typed_on_a_russian_keyboard(typed_dated, query):
    res = typed_dated.search(SearchRequest(query))
    assert not res.partial
    assert sorted(hit_files(res)) == ["cyrillic.txt", "typed.txt", "typed_day_first.txt"]


def test_a_whole_date_finds_a_typed_dateline_whose_month_has_no_kazakh_letter(typed_dated):
    res = typed_dated.search(SearchRequest("12.06.2023"))
    assert not res.partial and hit_files(res) == ["typed_june.txt"]


def test_a_day_of_any_year_finds_its_typed_kazakh_spelling(typed_dated):
    res = typed_dated.search(SearchRequest("23 апреля"))
    assert not res.partial
    assert sorted(hit_files(res)) == ["cyrillic.txt", "typed.txt", "typed_day_first.txt"]
    assert res.expanded == {"23 апреля": "23 сәуір, 23 сауир, 23 April, April 23, 23.04.ГГГГ"}
