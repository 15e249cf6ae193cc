"""A CamelCase hashtag is also its words: #ДеньБлагодарности is found by «день благодарности»."""
from __future__ import annotations

import pytest

from conftest import hit_files, ingested_service
from index.camel_case import camel_words
from index.search import SearchRequest

DOCUMENTS = {
    "caption.txt": "🎉🎉🎉\n#ЕдинствоВМногообразии #ДеньБлагодарности #ҚазақстанХалқыАссамблеясы\n01.03.2026 10:00\n",
    "latin.txt": "XXXV сессия прошла в Астане 29.11.2026.\n#АНК #QazaqstanHalkyAssambleyasy #Наурыз2026\n",
    "words.txt": "Отчёт 05.05.2026\n\nВ Доме дружбы говорили о единстве народа и благодарности волонтёрам.\n",
    "names.txt": "Обзор 06.05.2026\n\nПродажи iPhone в McDonald и МВД обсуждали в КазНУ. БIрлIк газеті шықты.\n",
    # the Assembly's own tags: a word and its abbreviation, a year first, a number after an abbreviation
    "house.txt": "Лекция в Уральске 07.05.2025\n\nСтуденты слушали лекцию. #ИсторияАНК #ЖастарҚанатыАНК #ankNews "
                 "#2019Наурыз #АНК30\n",
    "universities.txt": "Обзор 08.05.2026\n\nВыпускники КарГУ, СевКазГУ и ПавлГУ пришли в Дом дружбы.\n",
    # a three-letter Kazakh word before the abbreviation, an abbreviation first, a university after a word
    "kazakh.txt": "В Шымкенте прошёл праздник языков 🇰🇿\n#ДостықҮйіАНК #АНКДеньПамяти #АНКЖастары #ОлимпиадаКазНУ\n"
                  "16.12.2026 12:00\n",
}


@pytest.fixture(scope="module")
def archive(tmp_path_factory):
    service = ingested_service(tmp_path_factory, DOCUMENTS)
    yield service
    service.close()


@pytest.mark.parametrize("query", [
    "День благодарности", "дня благодарности", '"день благодарности"',  # the words, in any form
    "#ДеньБлагодарности", "ДеньБлагодарности", "деньблагодарности",  # the tag as typed
    "единство в многообразии", "Қазақстан халқы ассамблеясы",
])
def test_a_camel_case_hashtag_is_found_by_its_words_and_as_typed(archive, query):
    assert hit_files(archive.search(SearchRequest(query))) == ["caption.txt"]


@pytest.mark.parametrize("query", ["Qazaqstan", "Halky Assambleyasy", "#QazaqstanHalkyAssambleyasy",
                                   "Наурыз 2026", "#Наурыз2026"])
def test_a_latin_tag_and_a_year_glued_to_a_tag_are_their_words(archive, query):
    assert hit_files(archive.search(SearchRequest(query))) == ["latin.txt"]


@pytest.mark.parametrize("query", ["история", "история АНК", '"истории АНК"', "#ИсторияАНК", "историяанк",
                                   "жастар қанаты", "news", "2019 Наурыз", "АНК 30", "#АНК30"])
def test_a_word_and_an_abbreviation_a_leading_year_and_a_number_are_their_words(archive, query):
    result = archive.search(SearchRequest(query))
    assert hit_files(result) == ["house.txt"] and not result.unmatched and not result.suggestion


@pytest.mark.parametrize("query", ["Достық", "достық үйі", '"Достық үйі АНК"', "#ДостықҮйіАНК", "день памяти",
                                   "олимпиада", "олимпиада КазНУ", "#ОлимпиадаКазНУ"])
def test_a_kazakh_word_and_an_abbreviation_and_an_abbreviation_first_are_their_words(archive, query):
    result = archive.search(SearchRequest(query))
    assert hit_files(result) == ["kazakh.txt"] and not result.unmatched


@pytest.mark.parametrize("query", ["Phone", "Donald", "Рлік", "Каз", "Кар", "Павл", "Сев"])
def test_words_with_capitals_inside_are_not_split(archive, query):
    assert archive.search(SearchRequest(query)).total == 0


@pytest.mark.parametrize("query", ["iPhone", "McDonald", "МВД", "БIрлIк"])
def test_words_with_capitals_inside_are_found_as_written(archive, query):
    assert hit_files(archive.search(SearchRequest(query))) == ["names.txt"]


@pytest.mark.parametrize("word, words", [
    ("ДеньБлагодарности", "День-Благодарности"),
    ("ЕдинствоВМногообразии", "Единство-В-Многообразии"),
    ("Наурыз2026", "Наурыз-2026"),
    ("МВД", None), ("iPhone", None), ("McDonald", None), ("АНКа", None), ("КазНУ", None),
    ("PhD", None), ("ҚРдың", None), ("КРдың", None), ("ҚХАжастары", None), ("МейIрIм", None), ("100нарон", None),
    ("ИсторияАНК", "История-АНК"), ("ДеньАНК", "День-АНК"), ("ДомДружбыАНК", "Дом-Дружбы-АНК"),
    ("ТарихҚХА", "Тарих-ҚХА"), ("ankNews", "ank-News"), ("2019Наурыз", "2019-Наурыз"), ("АНК30", "АНК-30"),
    ("КарГУ", None), ("ПавлГУ", None), ("СевКазГУ", None), ("МирАНК", None), ("macOS", None), ("eBay", None),
    ("G20", None),
    ("ДостықҮйіАНК", "Достық-Үйі-АНК"), ("ДостықҮйіҚХА", "Достық-Үйі-ҚХА"), ("ОлимпиадаКазНУ", "Олимпиада-КазНУ"),
    ("АНКДеньБлагодарности", "АНК-День-Благодарности"), ("ҚХАЖастары", "ҚХА-Жастары"), ("АНКНовости", "АНК-Новости"),
    ("ҚазҰУ", None), ("КазГЮУ", None), ("МВДРК", None), ("АНКның", None), ("ЮНЕСКОның", None), ("НАТОвский", None),
    ("ЛДПРовец", None), ("ҚРЖастары", None),
])
def test_which_words_are_camel_case(word, words):
    assert camel_words(word) == words


def test_words_without_digits_or_inner_capitals_skip_the_rules_with_the_same_answer(monkeypatch):
    """A word with no digit and no capital after its first letter is no CamelCase word: the quick
    check gives what the rules give, for plain words, names and every kind of tag."""
    import re

    import index.camel_case

    words = ["депутаты", "Астана", "А", "я", "iPhone", "ankNews", "eBay", "ДеньБлагодарности", "Наурыз2026",
             "2026Наурыз", "АНК30", "ИсторияАНК", "НАТОвский", "БIрлIк", "Оʼбрайен", "ǅungla", "١٢٣", "сімʼя",
             "Қазақстан", "Qazaqstan", "QazaqstanHalkyAssambleyasy", "МВД", "КазНУ", "ОлимпиадаКазНУ"]
    rules = index.camel_case.camel_words.__wrapped__
    quick = [rules(w) for w in words]
    monkeypatch.setattr(index.camel_case, "_PLAIN_WORD_RE", re.compile(r"(?!)"))  # never matches: the rules
    assert quick == [rules(w) for w in words]
    assert quick[0] is None and quick[7] == "День-Благодарности"
