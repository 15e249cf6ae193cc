"""OCR output read as the words it stands for: Latin look-alikes in people's names, a Latin ë for ё,
digits for letters inside Cyrillic words, and a word split by «- » inside a line (ingest.parsers.
ocr_letters, ingest.parsers.normalize, ingest.extract)."""
import pytest
from conftest import hit_files, ingested_service

from index.citation import hit_citation, quote_fields
from index.search import SearchRequest
from ingest.parsers.normalize import clean_text
from ingest.parsers.ocr_letters import fix_ocr_letters

# «Пpезидент Pеспублики ... Hазарбаев» with a Latin p, P, H; «Haзapбaeв» with a Latin a, p, e
LOOKALIKE_NAMES = {
    "p01.txt": "Сессия малой ассамблеи\n\nг. Павлодар, 12 мая 1996 г.\n\n"
               "Заседание открыл Пpезидент Pеспублики Казахстан Н.А. Hазарбаев. Обсуждались вопросы согласия.\n",
    "p02.txt": "Итоги форума\n\n12 мая 1996 г.\n\n«Согласие — наше главное богатство», — подчеркнул Н.А. Haзapбaeв.\n\n"
               "Участники одобрили план мероприятий.\n",
    "p03.txt": "Итоги сессии\n\n13 мая 1996 г.\n\n«Единство — наша сила», — подчеркнул Н.А. Назарбаев.\n\n"
               "Участники одобрили план.\n",
}


def test_a_name_with_latin_look_alike_letters_is_one_person_and_speaker(tmp_path_factory):
    service = ingested_service(tmp_path_factory, LOOKALIKE_NAMES)
    try:
        res = service.search(SearchRequest("", per_page=10))
        assert {f.value: f.count for f in res.facets["persons"]} == {"Н.А. Назарбаев": 3}  # no «П. Pеспублики»
        assert {f.value: f.count for f in res.facets["speakers"]} == {"Н.А. Назарбаев": 2}
        assert sorted(hit_files(service.search(SearchRequest("person:Назарбаев")))) == ["p01.txt", "p02.txt", "p03.txt"]
        assert sorted(hit_files(service.search(SearchRequest("speaker:Назарбаев")))) == ["p02.txt", "p03.txt"]
        # the quote is credited to him, and cited as the file writes it
        quote = service.quotes(SearchRequest("speaker:Назарбаев богатство")).hits[0]
        assert "Haзapбaeв" in quote.text and quote.speakers == ["Н.А. Назарбаев"]
        # his words, the attribution naming him in look-alikes left out, as for the clean name
        # (it was «Пересказ: «…», — подчеркнул Н.А. Haзapбaeв. (…)», speech reported)
        assert hit_citation(quote).startswith("«Согласие — наше главное богатство» — Н.А. Назарбаев; ")
        assert quote_fields(quote, "", "")["speech"] == "direct"
    finally:
        service.close()


def test_a_latin_e_with_diaeresis_in_a_cyrillic_word_is_yo():
    assert clean_text("Объединëнный совет. Партнëры поддержали всë.") == "Объединённый совет. Партнёры поддержали всё."
    assert clean_text("ОБЪЕДИНËННЫЙ") == "ОБЪЕДИНЁННЫЙ"
    assert clean_text("Citroën, Noël, Zoë") == "Citroën, Noël, Zoë"  # Latin words keep it


def test_a_word_with_a_latin_e_with_diaeresis_is_found(tmp_path_factory):
    service = ingested_service(tmp_path_factory, {
        "y01.txt": "Объединëнный совет\n\n12 мая 1996 г.\n\nСовет принял объединëнное решение. Партнëры поддержали всë.\n",
        "y02.txt": "Объединённый совет\n\n13 мая 1996 г.\n\nСовет принял объединённое решение. Партнёры поддержали всё.\n",
    })
    try:
        for query in ("объединенный", "партнер", "объединённый", "Объединëнный"):
            assert sorted(hit_files(service.search(SearchRequest(query)))) == ["y01.txt", "y02.txt"], query
    finally:
        service.close()


@pytest.mark.parametrize("ocr, read", [
    ("Ka3axcтaн", "Kaзaxcтaн"),  # Latin look-alikes stay for the analyzer; the digit is the letter
    ("c0глacиe", "cоглacиe"),
    ("Pecпy6лики", "Pecпyблики"),
    ("Ha3apбaeв", "Haзapбaeв"),
    ("С0ВЕТ", "СОВЕТ"),
    ("3аседание", "заседание"),  # a digit opening a word the dictionary knows only with its letter
    ("в4ера", "вчера"),
    ("6и6лиотека", "библиотека"),
    ("единств0", "единство"),  # a digit ending a word the dictionary knows with its letter
])
def test_a_digit_between_the_letters_of_a_cyrillic_word_is_the_letter_it_looks_like(ocr, read):
    assert fix_ocr_letters(f"Текст: {ocr}.") == f"Текст: {read}."


@pytest.mark.parametrize("text", [
    "Закон № 70-IV от 3 мая", "Ф-3", "COVID-19", "3а класс", "3млн тенге", "6км", "в 2030году", "Су30СМ", "АН3Б", "Страница000маркер",
    "5б", "Н2О", "м3", "3года", "6лет", "дом0", "3-й съезд", "ст.3 п.4", "XX0", "ТУ-134А",
    # sizes and formulas typed in Cyrillic: a digit no rule reads as a letter makes the others numbers too
    "баннер 3х6м", "стенд 2х3м", "сцена 6х4м", "фото 3х4см", "баннер 3x6м", "С6Н12О6", "С4Н10", "Н3РО4",
])
def test_digits_of_numbers_dates_and_codes_stay(text):
    assert fix_ocr_letters(text) == text


@pytest.mark.parametrize("line, joined", [
    ("Сессия Ассам- блеи народа", "Сессия Ассамблеи народа"),
    ("Прези- дент Казах- стана", "Президент Казахстана"),
    ("Accaм- блeи", "Accaмблeи"),  # Latin look-alikes kept, the word joined
    # a hanging hyphen, a dash, a number, a compound: kept
    ("северо- и юго-западный", "северо- и юго-западный"),
    ("двух- или трехэтажный", "двух- или трехэтажный"),
    ("Алматы- столица", "Алматы- столица"),
    ("Стратегия Казахстан- 2050", "Стратегия Казахстан- 2050"),
    ("кое- что", "кое- что"),
    ("задача- мир", "задача- мир"),
])
def test_a_word_split_by_a_hyphen_and_a_space_inside_a_line_is_joined(line, joined):
    assert clean_text(line) == joined


def test_sizes_and_formulas_with_cyrillic_letters_are_found_as_typed(tmp_path_factory):
    # «баннер 3х6м» was stored as «3хбм», «С6Н12О6» as «СБН12О6»: neither was found as typed
    service = ingested_service(tmp_path_factory, {
        "s1.txt": "Смета\n\n12 апреля 2019 г.\n\nЗакуплены баннер 3х6м и стенд 2х3м, сцена 6х4м. Глюкоза С6Н12О6, "
                  "кислота Н3РО4.\n",
    })
    try:
        for query in ("3х6м", "2х3м", "6х4м", "С6Н12О6", "Н3РО4"):
            assert hit_files(service.search(SearchRequest(query))) == ["s1.txt"], query
    finally:
        service.close()


def test_words_of_ocr_text_are_found_and_read_whole(tmp_path_factory):
    service = ingested_service(tmp_path_factory, {
        "o1.txt": "Сессия\n\n12 мая 1996 г.\n\nРабота Ассам- блеи в регионах Ka3axcтaнa ведется по плану "
                  "укрепления c0глacия.\n",
    })
    try:
        for query in ("Ассамблея", "Казахстан", "согласие"):
            assert hit_files(service.search(SearchRequest(query))) == ["o1.txt"], query
        quote = service.quotes(SearchRequest("Ассамблея")).hits[0]
        assert "Ассамблеи в регионах Kaзaxcтaнa" in quote.text
    finally:
        service.close()
