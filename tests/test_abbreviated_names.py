"""The full name typed finds its abbreviation, as the abbreviation finds the full name."""
from __future__ import annotations

import pytest

from conftest import hit_files, ingested_service
from index.query import expand_abbreviations
from index.search import SearchRequest

DOCUMENTS = {
    "full.txt": "Сессия\n\nАстана, 5 марта 2021 года. Сессия Ассамблеи народа Казахстана прошла в Республике Казахстан.\n",
    "short.txt": "Сессия АНК\n\nАстана, 6 марта 2021 года. Сессия АНК прошла в Астане, граждане РК приняли участие.\n",
    "un_full.txt": "Инициатива\n\nАстана, 7 марта 2021 года. Организация Объединенных Наций поддержала инициативу.\n",
    "un_short.txt": "Доклад\n\nАстана, 8 марта 2021 года. Доклад представили в ООН в Женеве.\n",
}


@pytest.fixture(scope="module")
def archive(tmp_path_factory):
    service = ingested_service(tmp_path_factory, DOCUMENTS)
    yield service
    service.close()


@pytest.mark.parametrize("query, files", [
    ("сессия Ассамблеи народа Казахстана", ["full.txt", "short.txt"]),
    ("Республика Казахстан", ["full.txt", "short.txt"]),
    ("Организация Объединенных Наций", ["un_full.txt", "un_short.txt"]),
    ("АНК", ["full.txt", "short.txt"]),  # and the abbreviation still finds the full name
])
def test_a_full_name_finds_its_abbreviation(archive, query, files):
    assert sorted(hit_files(archive.search(SearchRequest(query)))) == files


def test_the_page_is_told_and_a_quoted_or_excluded_name_stays_as_typed(archive):
    assert archive.search(SearchRequest("Республике Казахстан")).expanded == {"Республике Казахстан": "РК"}
    assert expand_abbreviations('"Республика Казахстан"') == '"Республика Казахстан"'
    assert expand_abbreviations("-Республика Казахстан") == "-Республика Казахстан"


REGIONS = {
    "east.txt": "Форум\n\nУсть-Каменогорск, 3 мая 2021 года. Форум прошел в ВКО, собрались представители этносов.\n",
    "south.txt": "Ключи\n\nШымкент, 4 мая 2021 года. Дом дружбы ЮКО открыл двери для представителей этносов.\n",
    "west.txt": "Ключи\n\nУральск, 5 мая 2021 года. Дом дружбы ЗКО открыл двери для представителей этносов.\n",
    "north.txt": "Ключи\n\nПетропавловск, 6 мая 2021 года. Дом дружбы СКО открыл двери для представителей этносов.\n",
}


@pytest.fixture(scope="module")
def regions(tmp_path_factory):
    service = ingested_service(tmp_path_factory, REGIONS)
    yield service
    service.close()


@pytest.mark.parametrize("query, short, files", [
    ("Южно-Казахстанская область", "ЮКО", ["south.txt"]),
    ("Западно-Казахстанской области", "ЗКО", ["west.txt"]),
    ("северо-казахстанская область", "СКО", ["north.txt"]),
    ("Восточно-Казахстанская область", "ВКО", ["east.txt"]),
])
def test_a_regions_full_name_finds_its_own_abbreviation_only(regions, query, short, files):
    """The four names share the word «Казахстанская» after the hyphen: only the whole word is the name."""
    result = regions.search(SearchRequest(query))
    assert result.expanded == {query: short}
    assert sorted(hit_files(result)) == files


def test_a_part_of_a_hyphenated_name_is_not_the_name():
    assert expand_abbreviations("Казахстанская область") == "Казахстанская область"


LEGAL_FORMS = {
    "uzbek_full.txt": "Форум\n\nШымкент, 5 февраля 2020 года. Республиканское общественное объединение «Узбекский "
                      "этнокультурный центр» провело форум.\n",
    "slavic_short.txt": "Встреча\n\nКостанай, 25 мая 2017 года. РОО «Славянский культурный центр» провело встречу.\n",
    "slavic_regional.txt": "Концерт\n\nКостанай, 1 июня 2017 года. Региональное общественное объединение «Славянский "
                           "культурный центр» дало концерт.\n",
    "korean_short.txt": "Конференция\n\nАлматы, 12 марта 2019 года. Конференция ОЮЛ «Ассоциация корейцев Казахстана».\n",
    "korean_full.txt": "Съезд\n\nАлматы, 14 марта 2019 года. Съезд объединения юридических лиц «Ассоциация корейцев "
                       "Казахстана».\n",
    "fund.txt": "Помощь\n\nАлматы, 1 сентября 2024 года. ОФ «Шапагат» помог семьям.\n",
    "school.txt": "Школа\n\nАстана, 12 апреля 2023 года. КГУ «Школа-лицей № 5» приняло гостей.\n",
    # Kazakh legal forms: the form after the name, its words in their cases
    "koreans_kk_full.txt": "Меморандум\n\nАлматы, 2023 жылғы 5 мамыр. «Қазақстан корейлері қауымдастығы» заңды "
                           "тұлғалар бірлестігі мен «Қоғамдық келісім» коммуналдық мемлекеттік мекемесі меморандумға "
                           "қол қойды.\n",
    "koreans_kk_short.txt": "Кеңес\n\nАстана, 2023 жылғы 16 қыркүйек. «Қазақстан корейлері қауымдастығы» ЗТБ және "
                            "«Лад» славян РҚБ өкілдері кеңеске қатысты.\n",
    "kelisim_kk_short.txt": "Семинар\n\nАлматы, 2023 жылғы 6 мамыр. «Қоғамдық келісім» КММ семинар өткізді.\n",
    "slavic_kk_full.txt": "Концерт\n\nПетропавл, 2023 жылғы 7 мамыр. «Лад» славян республикалық қоғамдық "
                          "бірлестігі концерт берді.\n",
}


@pytest.fixture(scope="module")
def legal_forms(tmp_path_factory):
    service = ingested_service(tmp_path_factory, LEGAL_FORMS)
    yield service
    service.close()


@pytest.mark.parametrize("query, files", [
    # РОО stands for both «республиканское» and «региональное общественное объединение»
    ("РОО Узбекский этнокультурный центр", ["uzbek_full.txt"]),
    ("РОО Славянский культурный центр", ["slavic_regional.txt", "slavic_short.txt"]),
    ("Республиканское общественное объединение «Славянский культурный центр»", ["slavic_short.txt"]),
    ("ОЮЛ корейцев", ["korean_full.txt", "korean_short.txt"]),
    ("объединение юридических лиц корейцев", ["korean_full.txt", "korean_short.txt"]),
    ("общественный фонд Шапагат", ["fund.txt"]),
    ("коммунальное государственное учреждение", ["school.txt"]),
    ("ЗТБ корейлері", ["koreans_kk_full.txt", "koreans_kk_short.txt"]),
    ("заңды тұлғалар бірлестігі", ["koreans_kk_full.txt", "koreans_kk_short.txt"]),
    ("КММ Қоғамдық келісім", ["kelisim_kk_short.txt", "koreans_kk_full.txt"]),
    ("коммуналдық мемлекеттік мекеме", ["kelisim_kk_short.txt", "koreans_kk_full.txt"]),
    ("РҚБ Лад", ["koreans_kk_short.txt", "slavic_kk_full.txt"]),
])
def test_a_legal_form_finds_its_full_name_and_the_full_name_its_abbreviation(legal_forms, query, files):
    assert sorted(hit_files(legal_forms.search(SearchRequest(query)))) == files


def test_an_abbreviation_of_two_full_names_is_told_with_both(legal_forms):
    assert legal_forms.search(SearchRequest("РОО")).expanded == {
        "РОО": "республиканское общественное объединение | региональное общественное объединение"}
