"""An abbreviation written in capitals is its own term, and its case endings (АНКа, АНК-ом,
ҚХА-ның) are the abbreviation's forms; a dictionary abbreviation's plural (вузов) is its form."""
from __future__ import annotations

import pytest

from conftest import hit_files, ingested_service
from index.analysis import analyze_terms, query_terms
from index.search import SearchRequest

DOCUMENTS = {
    "oo.txt": "ОО отметило юбилей\n\nПавлодар, 5 марта 2023 года. Председатель ОО «Славянский культурный центр» "
              "Ольга Кравченко поблагодарила гостей.\n",
    "initials.txt": "Встреча с поэтом\n\nАлматы, 6 марта 2023 года. О. Сулейменов и О.О. Беков прочитали стихи.\n",
    "yuko.txt": "Регионы\n\nШымкент, 7 марта 2023 года. Делегация ЮКО посетила выставку.\n",
    "yuk.txt": "Груз\n\nШымкент, 8 марта 2023 года. Юк прибыл на станцию Юк вовремя.\n",
    "vuzov.txt": "Рейтинг вузов 2023\n\nАстана, 9 марта 2023 года. В рейтинг вошли 50 вузов республики.\n",
    "vuzy.txt": "Вузы\n\nАстана, 10 марта 2023 года. Вузы страны приняли студентов.\n",
    "kha_declined.txt": "ҚХА\n\nАстана, 2024 жылғы 11 наурыз. ҚХА-ның сессиясы өтті, ҚХА-мен бірге жұмыс.\n",
    "kha_full.txt": "Ассамблея\n\nАстана, 2024 жылғы 12 наурыз. Қазақстан халқы Ассамблеясының сессиясы өтті.\n",
    "ank_declined.txt": "Встреча\n\nКараганда, 13 марта 2023 года. Представители АНКа встретились с АНКом и молодежью.\n",
    "ank.txt": "Сессия\n\nАстана, 14 марта 2023 года. Сессия АНК прошла в Астане.\n",
    "ank_full.txt": "Сессия\n\nАстана, 15 марта 2023 года. Сессия Ассамблеи народа Казахстана прошла в Астане.\n",
    "cis_full.txt": "Саммит\n\nМинск, 17 марта 2023 года. Главы Содружества Независимых Государств и Восточно-Казахстанской "
                    "области встретились.\n",
    "cis.txt": "Саммит\n\nМинск, 18 марта 2023 года. Саммит СНГ прошел, делегация ВКО приехала.\n",
    "expo.txt": "Экспо\n\nАстана, 16 марта 2023 года. Выставка Экспо открылась в столице.\n",
    "kz_plural.txt": "Форум\n\nАлматы, 2023 жылғы 15 наурыз. Республиканың ЖОО-лары мен ЭКО-лардың өкілдері "
                     "форумға қатысты. ЭКО-ларға алғыс хаттар табысталды. ҚРдың туы көтерілді.\n",
    "eko_full.txt": "Встреча\n\nАстана, 20 марта 2023 года. Представители этнокультурных объединений провели встречу.\n",
    "zhoo.txt": "Оқу\n\nАстана, 2023 жылғы 21 наурыз. ЖОО студенттері ҚР туын көтерді.\n",
}


@pytest.fixture(scope="module")
def archive(tmp_path_factory):
    service = ingested_service(tmp_path_factory, DOCUMENTS)
    yield service
    service.close()


@pytest.mark.parametrize("word, index, query", [
    ("ОО", ["оо"], ["оо"]),  # not the initial «О.»
    ("оо", ["оо"], ["оо"]),  # in lowercase too: a one-letter stem would find every initial
    ("оа", ["оа"], ["оа"]),
    ("ЮКО", ["юко", "юк"], ["юко"]),
    ("ЕНТ", ["ент"], ["ент"]),  # not the plural of the name Ента, nor its term (a short name-only word keeps its own)
    ("ЭКОО", ["экоо"], ["экоо"]),  # not ЭКО (a listed indeclinable word: index.morphology.INDECLINABLE)
    ("Экспо", ["эксп", "экспо"], ["эксп"]),  # ЭКСПО typed finds it too
    ("АНКа", ["анк", "анка"], ["анк"]),
    ("АНК-а", ["анк"], ["анк"]),
    ("ҚХА-ның", ["қха"], ["қха"]),  # the case ending is no word of its own
    ("ЮНЕСКО-ның", ["юнеско"], ["юнеско"]),
    ("ЦИК-ом", ["цик"], ["цик"]),
    # Kazakh plural, possessive and case stacked after one, glued or after a hyphen
    ("ЖОО-лары", ["жоо", "жо"], ["жоо"]),
    ("ЭКО-ларының", ["эко"], ["эко"]),
    ("ЭКО-лардың", ["эко"], ["эко"]),
    ("ҚРдың", ["қр", "қрдың"], ["қр"]),
    ("ЕНТны", ["ент", "ентн"], ["ент"]),
    ("вузов", ["вуз"], ["вуз"]),  # a dictionary abbreviation's plural, no surname Вузов
    ("ВУЗов", ["вуз"], ["вуз"]),
])
def test_an_abbreviation_in_capitals_is_its_own_term(word, index, query):
    assert analyze_terms(word) == index
    assert query_terms(word) == query


@pytest.mark.parametrize("word, terms", [
    ("ЗАСЕДАНИЕ", ["заседание"]), ("НАЗАРБАЕВА", ["назарбаев"]), ("ОЛЬГИ", ["ольга"]), ("ТІЛДІ", ["тіл"]),
    ("ОБ", []), ("15-й", ["15"]), ("городов", ["город"]), ("ИТ-специалист", ["ит", "ит-специалист", "специалист"]),
])
def test_words_in_capitals_keep_their_terms(word, terms):
    assert analyze_terms(word) == terms


@pytest.mark.parametrize("query, files", [
    ("ОО", ["oo.txt"]),  # no document with an initial О.
    ("оо", ["oo.txt"]),
    ("ЮКО", ["yuko.txt"]),
    ("вуз", ["vuzov.txt", "vuzy.txt"]),
    ("ВУЗ", ["vuzov.txt", "vuzy.txt"]),
    ("ЭКСПО", ["expo.txt"]),
    ("ҚХА-ның", ["kha_declined.txt", "kha_full.txt"]),  # and the full name, in its Kazakh case
    ("ҚХА-ға", ["kha_declined.txt", "kha_full.txt"]),
    ("АНКа", ["ank.txt", "ank_declined.txt", "ank_full.txt"]),
    ("АНК-ом", ["ank.txt", "ank_declined.txt", "ank_full.txt"]),
    ("АНК", ["ank.txt", "ank_declined.txt", "ank_full.txt"]),
    ("СНГ", ["cis.txt", "cis_full.txt"]),  # abbreviations of the shipped list
    ("Восточно-Казахстанская область", ["cis.txt", "cis_full.txt"]),
    ("ЭКО-лардың", ["eko_full.txt", "kz_plural.txt"]),  # and the full name
    ("ЭКО-ларының", ["eko_full.txt", "kz_plural.txt"]),
    ("ЖОО-лары", ["kz_plural.txt", "zhoo.txt"]),
    ("ҚРдың", ["kz_plural.txt", "zhoo.txt"]),
])
def test_an_abbreviation_finds_its_forms_and_full_name(archive, query, files):
    assert sorted(hit_files(archive.search(SearchRequest(query)))) == files


def test_a_declined_abbreviation_says_its_full_name_is_searched(archive):
    assert archive.search(SearchRequest("ҚХА-ның")).expanded == {"ҚХА-ның": "Қазақстан халқы Ассамблеясы"}
    assert archive.search(SearchRequest("АНКа")).expanded == {"АНКа": "Ассамблея народа Казахстана"}
    assert archive.search(SearchRequest("ЭКО-лардың")).expanded == {"ЭКО-лардың": "этнокультурное объединение"}
    assert archive.search(SearchRequest("рейтинг вуза")).partial is False


@pytest.mark.parametrize("query, files, offered", [
    # the ending after the hyphen is no word a document must have (ның, ом), as in capitals; not
    # expanded as typed (a lowercase abbreviation may be a word), and offered in capitals, not glued (АНКом)
    ("қха-ның", ["kha_declined.txt"], "ҚХА-ның"),
    ("анк-ом", ["ank.txt", "ank_declined.txt"], "АНК-ом"),
    ("Анк-ом", ["ank.txt", "ank_declined.txt"], "АНК-ом"),
    ("эко-лардың", ["kz_plural.txt"], "ЭКО-лардың"),
    ("жоо-лары", ["kz_plural.txt", "zhoo.txt"], None),  # ЖОО-лары finds no more
])
def test_a_declined_abbreviation_typed_in_lowercase_finds_the_abbreviation(archive, query, files, offered):
    res = archive.search(SearchRequest(query))
    assert sorted(hit_files(res)) == files
    assert res.suggestion == offered and not res.expanded


def test_a_lowercase_word_after_a_hyphen_stays_a_word():
    from index.query import lowercase_case_forms

    # эко- is a prefix (эко-фестиваль); a word off the list keeps its ending's word (кто-то)
    assert lowercase_case_forms("эко-фестиваль кто-то қха-ның") == "эко-фестиваль кто-то қха"
    assert lowercase_case_forms('"қха-ның" speaker:анк-ом') == '"қха-ның" speaker:анк-ом'
