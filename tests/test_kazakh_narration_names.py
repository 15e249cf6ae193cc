"""Kazakh narration names Russians, Germans and Koreans by their given name and surname too."""
from __future__ import annotations

import pytest

from conftest import hit_files, ingested_service
from index.search import SearchRequest
from ingest.extract.persons import canonical_persons, find_persons

REPORT = ("Ассамблея мүшелері марапатталды\n\n2023 жылғы 1 мамыр\n\n"
          "Достық үйінде «Бірлік» медалімен марапатталғандар: Анна Ким, Владимир Цой, Александр Шмидт, "
          "Оксана Шевченко, Игорь Ковальский, Серік Әбдірахманов. Алғыс хатпен Елена Пак, Виктор Ли, "
          "Ирина Мюллер марапатталды.\n")


def test_a_kazakh_list_of_awarded_people_names_each_whatever_their_surname():
    # before: only С. Әбдірахманов; a surname the dictionary knows (Шмидт, Ковальский), a short Korean
    # one (Ким, Пак, Ли) and a given name ending as a surname does (Ирина) or naming a city (Владимир)
    # were lost
    assert canonical_persons(find_persons(REPORT, "kk")) == [
        "А. Ким", "В. Цой", "А. Шмидт", "О. Шевченко", "И. Ковальский", "С. Әбдірахманов", "Е. Пак", "В. Ли",
        "И. Мюллер"]


@pytest.mark.parametrize("text", [
    "Нұр Отан партиясы жиналыс өткізді.",  # a thing's name, no «Н. Отан»
    "Алматы Бейсенов көшесінде жиналыс өтті.",  # a street's name
    "Нұрланов Серік жиналысқа қатысты.",  # surname first: no «Н.» given name
])
def test_names_of_things_stay_no_persons(text):
    assert "Н. Отан" not in canonical_persons(find_persons(text, "kk"))
    assert not any(p.startswith(("А. ", "Н. ")) for p in canonical_persons(find_persons(text, "kk")))


@pytest.fixture(scope="module")
def archive(tmp_path_factory):
    service = ingested_service(tmp_path_factory, {"report_kz.txt": REPORT})
    yield service
    service.close()


@pytest.mark.parametrize("query", ["person:Ким", "person:Ковальский", "person:Мюллер", "person:Пак"])
def test_the_kazakh_report_is_found_by_each_person(archive, query):
    assert hit_files(archive.search(SearchRequest(query))) == ["report_kz.txt"]


@pytest.mark.parametrize("text", [
    "Сөз Ассамблея Төрағасының орынбасары Жансейіт Қансейітұлы Тұяқбайға беріледі.",
    "Бүгін Жансейіт Қансейітұлы Тұяқбай баяндама жасады.",
    "Жансейіт Қансейітұлы Тұяқбай баяндама жасады.",
    "Біз Жансейіт Қансейітұлы Тұяқбаймен кездестік.",
    "Жиналыс Жансейіт Қансейітұлы Тұяқбайды төраға етіп сайлады.",
])
def test_a_father_s_name_makes_the_word_after_it_the_surname_whatever_the_given_name(text):
    # before: «Ж. Қансейітұлы», a person who does not exist: the surname with no Russian ending was
    # read as his only after a given name a list has (Ерлан Бақытжанұлы Қаринге: Е.Б. Қарин)
    assert canonical_persons(find_persons(text, "kk")) == ["Ж.Қ. Тұяқбай"]


@pytest.mark.parametrize("text", [
    "Біз Жансейіт Қансейітұлы Астанада кездестік.",  # a city after the pair: no surname
    "Сөз Ерлан Сапарұлы Наурыз мерекесімен құттықтады.",  # a holiday's name: no surname
])
def test_a_place_or_a_thing_after_a_father_s_name_is_no_surname(text):
    assert all("." in p and p.split()[-1].endswith("ұлы") for p in canonical_persons(find_persons(text, "kk")))


@pytest.mark.parametrize("text, person", [
    ("Облыс әкімі Оңдасын Оразалин жаңа нысанды жасаушыларға алғыс айтты.", "О. Оразалин"),
    ("Облыс әкімі Бағлан Оразалин мектепті ашты.", "Б. Оразалин"),
    ("Мектепті ашқан Мақпал Оразалина балаларды құттықтады.", "М. Оразалина"),
])
def test_common_kazakh_given_names_the_dictionary_lacks_name_their_person(text, person):
    # before: nobody: Оңдасын ends as a surname does, Бағлан is a place to the dictionary, and the
    # list of given names had neither
    assert canonical_persons(find_persons(text, "kk")) == [person]


def test_the_persons_facet_holds_the_full_name_read_in_a_case_form(tmp_path_factory):
    text = ("Ассамблея кеңесінің отырысы\n\n2022 жылғы 28 сәуір\n\n"
            "Сөз Ассамблея Төрағасының орынбасары Жансейіт Қансейітұлы Тұяқбайға беріледі.\n\n"
            "Ж.Қ. Тұяқбай Ассамблея хатшылығының жұмысы туралы баяндады.\n")
    service = ingested_service(tmp_path_factory, {"kenes.txt": text})
    try:
        result = service.search(SearchRequest(""))
        persons = {v.value: v.count for v in result.facets["persons"]}
        assert persons == {"Ж.Қ. Тұяқбай": 1}  # before: Ж. Қансейітұлы (1) beside him
    finally:
        service.close()
