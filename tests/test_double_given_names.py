"""A given name of two parts written apart (Касым Жомарт: the hyphen dropped, as many texts and OCR
copies do) before a patronymic and a surname names one person by the first part's initial."""
from __future__ import annotations

import pytest

from conftest import hit_files, ingested_service
from index.search import SearchRequest
from ingest.extract.persons import canonical_persons, find_persons
from ingest.extract.speakers import find_speakers

SPEECH = ("Выступление Президента\n\nАстана, 28 апреля 2025 года\n\n"
          "На сессии Ассамблеи выступил Касым Жомарт Кемелевич Токаев. «Единство – наша главная "
          "ценность», – сказал Касым Жомарт Кемелевич Токаев.\n")


@pytest.mark.parametrize("text, language, person", [
    # before: «Ж.К. Касым», the first part read as a surname written first
    ("Касым Жомарт Кемелевич Токаев выступил на сессии.", None, "К.К. Токаев"),
    ("Слово предоставили Касыму Жомарту Кемелевичу Токаеву.", None, "К.К. Токаев"),
    ("Касым-Жомарт Кемелевич Токаев выступил на сессии.", None, "К.К. Токаев"),
    # before: «С.А. Назарбаев», «М. Али…»: the second part taken for the given name
    ("Нур Султан Абишевич Назарбаев выступил.", None, "Н.А. Назарбаев"),
    ("Мухаммед Али Ахмедович Алиев выступил.", None, "М.А. Алиев"),
    # Kazakh narration, before: «Ж.К. Тоқаев»
    ("Қасым Жомарт Кемелұлы Тоқаев сөз сөйледі.", "kk", "К.К. Токаев"),
    ("Бүгін Қасым Жомарт Кемелұлы Тоқаевтың баяндамасы тыңдалды.", "kk", "К.К. Токаев"),
    ("Нұр Сұлтан Әбішұлы Назарбаев келді.", "kk", "Н.А. Назарбаев"),
])
def test_a_two_part_given_name_written_apart_is_one_given_name(text, language, person):
    assert canonical_persons(find_persons(text, language)) == [person]


@pytest.mark.parametrize("text, persons", [
    ("Вольф Эрих Иоганнович выступил.", ["Э.И. Вольф"]),  # a surname written first, nothing after
    ("Ерлан Төлегенұлы Қарин сөз сөйледі.", ["Е.Т. Қарин"]),
])
def test_a_name_of_one_given_name_is_read_as_before(text, persons):
    assert canonical_persons(find_persons(text)) == persons


def test_he_is_the_speaker_where_he_speaks():
    assert find_speakers(SPEECH) == ["К.К. Токаев"]


@pytest.fixture(scope="module")
def archive(tmp_path_factory):
    service = ingested_service(tmp_path_factory, {"speech.txt": SPEECH})
    yield service
    service.close()


@pytest.mark.parametrize("query", ['person:"К.К. Токаев"', "speaker:Токаев"])
def test_the_ingested_speech_is_found_by_his_name(archive, query):
    assert hit_files(archive.search(SearchRequest(query, per_page=20))) == ["speech.txt"]


def test_no_person_касым_is_indexed(archive):
    assert hit_files(archive.search(SearchRequest('person:"Ж.К. Касым"', per_page=20))) == []


@pytest.mark.parametrize("text, persons", [
    ("1. Вагнер Ерлан – член АНК\n2. Ахметов Серик – член АНК\n", ["Е. Вагнер", "С. Ахметов"]),
    ("Фамилия\tИмя\tРайон\nВагнер Ерлан\tКарасуский\n", ["Е. Вагнер"]),
    ("1. Ерлан Вагнер – член АНК\n", ["Е. Вагнер"]),  # given name first, as before
])
def test_a_row_s_surname_that_is_a_given_name_before_a_kazakh_given_name(text, persons):
    # «Вагнер Ерлан» alone in a row was «В. Ерлан»: Ерлан, a Kazakh given name, is never the surname
    assert canonical_persons(find_persons(text)) == persons


def test_a_kazakh_speaker_named_after_деді_with_the_given_name_apart():
    # before: «Ж.К. Тоқаев», the second part taken for the given name
    text = "Сессия өтті.\n\n«Бірлік – басты құндылық», – деді Қасым Жомарт Кемелұлы Тоқаев.\n"
    assert find_speakers(text) == ["К.К. Токаев"]
    assert canonical_persons(find_persons(text, "kk")) == ["К.К. Токаев"]


@pytest.mark.parametrize("text, language", [
    # no patronymic, before: «К. Жомарт», «Ж. Тоқаев»
    ("Президент Касым Жомарт Токаев выступил на сессии.", None),
    ("Награду вручили Касыму Жомарту Токаеву.", None),
    ("Встреча с Касымом Жомартом Токаевым прошла в Астане.", None),
    ("Президент Қасым Жомарт Тоқаев сөз сөйледі.", "kk"),
    ("Бүгін Қасым Жомарт Тоқаевтың баяндамасы тыңдалды.", "kk"),
])
def test_a_listed_two_part_given_name_apart_with_no_patronymic(text, language):
    assert canonical_persons(find_persons(text, language)) == ["К.К. Токаев"]


@pytest.mark.parametrize("text, language, persons", [
    # a given name before another person's full name, as lists run together: no double given name made
    ("Пришли Марат Ерлан Оспанов и другие.", None, ["М. Оспанов"]),
    ("Марат Ерлан Оспанов келді.", "kk", ["Е. Оспанов"]),
])
def test_an_unlisted_pair_of_given_names_before_a_surname_is_read_as_before(text, language, persons):
    assert canonical_persons(find_persons(text, language)) == persons


NO_PATRONYMIC = "Астана, 28 апреля 2025 года\n\nПрезидент Касым Жомарт Токаев провёл совещание в Акорде.\n"


def test_the_ingested_name_with_no_patronymic_is_his(tmp_path_factory):
    service = ingested_service(tmp_path_factory, {"meeting.txt": NO_PATRONYMIC})
    try:
        assert hit_files(service.search(SearchRequest('person:"К.К. Токаев"', per_page=20))) == ["meeting.txt"]
        assert hit_files(service.search(SearchRequest('person:"К. Жомарт"', per_page=20))) == []
    finally:
        service.close()
