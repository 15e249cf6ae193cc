"""Acts found by the numbers lawyers type: session numerals, act numbers, points, articles, §."""
from __future__ import annotations

import pytest

from conftest import hit_files, ingested_service
from index.analysis import analyze_terms
from index.search import SearchRequest

ACTS = {
    # session resolutions, Latin and Cyrillic numerals (Х U+0425, Kazakh І U+0406)
    "rez_XXV.txt": "РЕЗОЛЮЦИЯ XXV сессии Ассамблеи народа Казахстана\n\nУчастники XXV сессии постановляют.\n",
    "rez_XXVI.txt": "РЕЗОЛЮЦИЯ XXVI сессии Ассамблеи народа Казахстана\n\nУчастники XXVI сессии постановляют.\n",
    "rez_XX_cyr.txt": "РЕЗОЛЮЦИЯ ХХ сессии Ассамблеи народа Казахстана\n\nУчастники ХХ сессии постановляют.\n",
    "rez_XXXII_cyr.txt": "РЕЗОЛЮЦИЯ ХХХІІ сессии Ассамблеи народа Казахстана\n\nУчастники ХХХІІ сессии постановляют.\n",
    "rez_XXX_lat.txt": "РЕЗОЛЮЦИЯ XXX сессии Ассамблеи народа Казахстана\n\nУчастники XXX сессии постановляют.\n",
    # acts whose numbers are a date's day or month elsewhere
    "rasp_01-r.txt": "РАСПОРЯЖЕНИЕ\n\nО рабочей группе\n\nАстана, 15.03.2016 № 01-р\n",
    "rasp_5-r.txt": "РАСПОРЯЖЕНИЕ\n\nО секретариате\n\nАстана, 19.01.2024 № 5-р\n",
    "ukaz_11.txt": "УКАЗ\n\nО мерах по поддержке\n\nАлматы, 3 февраля 1996 года\n№ 11\n",
    "zakon_red.txt": "Закон о порядке\n\nСноска. Статья 7 в редакции Закона РК от 05.11.2022 № 157-VII.\n\n"
                     "Статья 7. Председатель Ассамблеи\n\n1. Председатель избирается сессией.\n",
    # points, articles, paragraphs
    "polozhenie.txt": "ПОЛОЖЕНИЕ об Ассамблее\n\n2.1. Обеспечение согласия.\n\n2.2. Укрепление единства.\n\n"
                      "2.3. Содействие возрождению национальных культур.\n",
    "ustav.txt": "УСТАВ\n\n§ 1. Общие положения\n\nНастоящий Устав применяется в соответствии с п. 2 "
                 "ст. 10 Закона РК «Об общественных объединениях».\n",
    "zakon_70-IV.txt": "Закон Об Ассамблее\n\nСтатья 3. Принципы\n\n2. Порядок, указанный в пункте 1, "
                       "определяется Президентом.\n\nСтатья 4. Цели Ассамблеи\n\n1. Основной целью является согласие.\n\n"
                       "Алматы, 20 октября 2008 года\n№ 70-IV\n",
    "ukaz_2066.txt": "УКАЗ\n\nОб образовании Ассамблеи\n\nАлматы, 1 марта 1995 года\n№ 2066\n",
    "news.txt": "Новости\n\nНа 4 площадках прошли 1 и 3 встречи, 2 группы обсудили итоги.\n",
    # an act's parts abbreviated, and written out
    "reshenie.txt": "Решение\n\nПрименяется согласно ст. 17 Закона РК, ч. 3 ст. 19 и пп. 8) п. 6 ст. 21 Кодекса.\n",
    "kodeks.txt": "Комментарий\n\nПорядок установлен частью 5 статьи 23 Кодекса и пунктом 9 статьи 24.\n",
    "zasedanie.txt": "Повестка\n\nЗаседание начнется в 10 ч. 45 мин. в зале 2.\n",
    "spravka.txt": "Справка\n\nПриняли участие 40 человек, в т. ч. 37 делегатов, и т.ч. 12 гостей.\n",
}


@pytest.fixture(scope="module")
def acts(tmp_path_factory):
    service = ingested_service(tmp_path_factory, ACTS)
    yield service
    service.close()


def found(service, query: str) -> list[str]:
    result = service.search(SearchRequest(query, per_page=50))
    assert not result.partial, query  # every word typed was found: none reads as missing
    return sorted(hit_files(result))


@pytest.mark.parametrize("query", ["XXV сессия", '"XXV сессии"', "xxv"])
def test_a_roman_numeral_finds_only_itself(acts, query):
    assert found(acts, query) == ["rez_XXV.txt"]  # XXVI is no possessive form of XXV


@pytest.mark.parametrize("query, files", [
    ("XX сессия", ["rez_XX_cyr.txt"]), ('"XX сессии"', ["rez_XX_cyr.txt"]),
    ('"XXXII сессии"', ["rez_XXXII_cyr.txt"]), ("ХХХІІ сессия", ["rez_XXXII_cyr.txt"]),
    ("ХХХ сессия", ["rez_XXX_lat.txt"]), ('"ХХХ сессии"', ["rez_XXX_lat.txt"]),
])
def test_a_numeral_in_cyrillic_look_alikes_meets_the_latin_one(acts, query, files):
    assert found(acts, query) == files


def test_only_well_formed_capital_numerals_are_read_as_latin():
    # a lone С is the preposition, «см» the abbreviation, Kazakh ІС (affair) no numeral (IC)
    assert analyze_terms("С ПРАЗДНИКОМ") == ["праздник"]
    assert analyze_terms("см") == analyze_terms("см.") == ["смотреть"]
    assert analyze_terms("ІС") == ["іс"]
    assert analyze_terms("ХХІ век") == analyze_terms("XXI век")


@pytest.mark.parametrize("query, files", [
    ("№ 01-р", ["rasp_01-r.txt"]), ("распоряжение № 01-р", ["rasp_01-r.txt"]),
    ("№ 11", ["ukaz_11.txt"]), ('"№ 11"', ["ukaz_11.txt"]),
])
def test_an_act_number_is_not_a_dates_day_or_month(acts, query, files):
    assert found(acts, query) == files


@pytest.mark.parametrize("query, files", [
    ("05.11.2022", ["zakon_red.txt"]), ("157-VII", ["zakon_red.txt"]),
    ("2024 секретариат", ["rasp_5-r.txt"]),  # a date's year is still a word of its text
])
def test_a_date_in_numbers_is_found_whole_and_by_its_year(acts, query, files):
    assert found(acts, query) == files


@pytest.mark.parametrize("query", ["п. 2.3", "п.2.3", "пункт 2.3", "подпункт 2.3", "2.3", '"2.3"'])
def test_a_point_number_is_one_number(acts, query):
    assert found(acts, query) == ["polozhenie.txt"]


@pytest.mark.parametrize("query, files", [
    ("ст. 4", ["zakon_70-IV.txt"]), ("ст.4", ["zakon_70-IV.txt"]), ("ст 4", ["zakon_70-IV.txt"]),
    ("§ 1", ["ustav.txt"]), ("§1", ["ustav.txt"]), ("параграф 1", ["ustav.txt"]),
])
def test_abbreviated_article_and_paragraph_references(acts, query, files):
    assert found(acts, query) == files


@pytest.mark.parametrize("query, files", [
    ("N 2066", ["ukaz_2066.txt"]), ("N2066", ["ukaz_2066.txt"]), ("No. 2066", ["ukaz_2066.txt"]),
    ("Nº 2066", ["ukaz_2066.txt"]), ("N 70-IV", ["zakon_70-IV.txt"]), ("N70-IV", ["zakon_70-IV.txt"]),
])
def test_a_latin_number_sign_is_read_as_the_number_sign(acts, query, files):
    assert found(acts, query) == files


@pytest.mark.parametrize("query", [
    "статья 17", "ст. 17", "ст.17", "статьи 17 Закона", '"статья 17 Закона"', '"статьи 17 Закона"',
    '"ст. 17 Закона"', '"ст.17 Закона"',
    '"части 3 статьи 19"', '"ч. 3 ст. 19"', "часть 3 статья 19",
    '"подпункта 8 пункта 6 статьи 21"', '"пп. 8 п. 6 ст. 21"', "подпункт 8 пункт 6",
])
def test_an_abbreviated_part_is_found_by_its_word_and_its_abbreviation(acts, query):
    # `статья 17` and a quoted "ст. 17 Закона" did not find «ст. 17 Закона»: only `ст. 17` did
    assert found(acts, query) == ["reshenie.txt"]


@pytest.mark.parametrize("query", ['"ст. 23 Кодекса"', "ч. 5 ст. 23", '"ч. 5 ст. 23"', "п. 9 ст. 24", '"п. 9 ст. 24"'])
def test_a_written_out_part_is_found_by_its_abbreviation(acts, query):
    assert found(acts, query) == ["kodeks.txt"]


def test_an_hour_is_no_part(acts):
    # «в 10 ч. 45 мин.» is a time: `часть 45` finds no meeting, the time typed finds it
    assert found(acts, "10 ч. 45 мин") == found(acts, '"10 ч. 45 мин"') == ["zasedanie.txt"]
    assert "zasedanie.txt" not in hit_files(acts.search(SearchRequest('"часть 45"', per_page=50)))


def test_in_that_number_is_no_part(acts):
    # «в т. ч. 37» is «в том числе 37»: no act's part 37
    for query in ('"часть 37"', '"ч. 37"', '"часть 12"'):  # unquoted, each word alone would be a partial match
        assert "spravka.txt" not in hit_files(acts.search(SearchRequest(query, per_page=50))), query
    assert found(acts, '"т. ч. 37"') == ["spravka.txt"]
