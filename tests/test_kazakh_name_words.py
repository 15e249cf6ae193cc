"""Kazakh words that look like names and are none: the papers «Ана Тілі», «Орал Өңірі» cited in
Russian reports (kazakh_phrase_words), and the nouns for a kind of person capitalised before a
surname, кандас, оралман, әкім, әнші, ағай (kazakh_person_nouns). A real index, built by ingest."""
from __future__ import annotations

import pytest
from conftest import hit_files, ingested_service

from index.search import SearchRequest
from ingest.extract import extract
from ingest.extract.persons import find_persons

RU_REPORT = ("Кандасы получили квартиры\n\nАлматы, 14 апреля 2025 года\n\n"
             "Газета Ана Тілі сообщила, что кандасы из Монголии получили квартиры. "
             "Журнал Қазақ Елі отметил рост числа переселенцев.\n\n"
             "Кандас Бейсенұлы сказал, что доволен новой квартирой. "
             "Оралман Ахметов подчеркнул, что ждал жильё десять лет.\n\n"
             "Кандас Ақжол Бейсенұлы сказал, что его дети пошли в школу.\n")
KK_REPORT = ("Қандастар кездесуі\n\nАлматы, 2025 жылғы 15 сәуір\n\n"
             "Әкім Бейсенұлы жиналысқа қатысты. Әнші Бейсенов ән айтты. Кездесу Алматы Бейсенов көшесінде өтті. "
             "Кешке Мейіржан Бейсенұлы қатысты.\n")
DOCUMENTS = {"ru_report.txt": RU_REPORT, "kk_report.txt": KK_REPORT}


@pytest.fixture(scope="module")
def service(tmp_path_factory):
    served = ingested_service(tmp_path_factory, DOCUMENTS)
    yield served
    served.close()


@pytest.mark.parametrize("sentence", [
    # Kazakh papers and magazines cited unquoted after «газета»/«журнал»: a noun and its possessive
    "Газета Ана Тілі сообщила.",
    "Как пишет Ана Тілі, кандасы прибыли.",
    "Газета Орал Өңірі сообщила.",
    "Журнал Қазақ Елі сообщил.",
    "Газета Сарыарқа Самалы сообщила.",
    # a кандас or an оралман before his surname alone: no initial made of the word
    "Кандас Бейсенұлы сказал, что доволен.",
    "Оралман Бейсенұлы сказал, что доволен.",
    "Кандас Ахметов сказал, что доволен.",
    "Кандаска Бейсенұлы дали квартиру.",
    "Қандас Ахметов сказал, что доволен.",
    "Әкім Бейсенұлы сказал, что доволен.",
])
def test_a_kazakh_paper_or_a_word_for_a_kandas_in_russian_text_is_no_persons_name(sentence):
    got = extract(sentence)
    assert (got.speakers, got.persons) == ([], [])


@pytest.mark.parametrize("sentence, person", [
    ("Жанар Төлеубайқызы сказала, что довольна.", "Ж. Төлеубайқызы"),  # -қызы ends as a possessive does
    ("Айгүл Сейітқали сказала, что довольна.", "А. Сейітқали"),
    ("Бақыт Әлі сказал, что доволен.", "Б. Әлі"),  # Әлі is Али, a name
    ("Кандас Ақжол Бейсенұлы сказал, что доволен.", "А. Бейсенұлы"),
    ("Нұр Отанов сказал, что доволен.", "Н. Отанов"),
])
def test_kazakh_names_in_russian_text_stay_persons(sentence, person):
    got = extract(sentence)
    assert (got.speakers, got.persons) == ([person], [person])


@pytest.mark.parametrize("sentence", [
    # a title, a trade, a form of address the dictionary reads as a given name (Аким, Анши, Агай)
    "Әкім Бейсенұлы жиналысқа қатысты.",
    "Әнші Бейсенұлы жиналысқа қатысты.",
    "Ағай Бейсенұлы жиналысқа қатысты.",
    "Ата Бейсенұлы жиналысқа қатысты.",
    "Кеше Ұстаз Бейсенұлы жиналысқа қатысты.",
    "«Біз ризамыз», – деді Әкім Бейсенұлы.",
    # a city and a street named after a person
    "Алматы Бейсенов көшесінде.",
    "Астана Ахметов көшесінде орналасқан.",
])
def test_a_kazakh_title_or_a_city_before_a_surname_is_no_given_name(sentence):
    assert find_persons(sentence, "kk") == []


@pytest.mark.parametrize("sentence, person", [
    ("Ақжол Бейсенұлы жиналысқа қатысты.", "А. Бейсенұлы"),
    ("Ғалым Бейсенұлы жиналысқа қатысты.", "Ғ. Бейсенұлы"),  # a given name that is also a word
    ("Азамат Бейсенов жиналысқа қатысты.", "А. Бейсенов"),
    ("«Біз ризамыз», – деді әкім Ерлан Бейсенұлы.", "Е. Бейсенұлы"),
    ("Алматыда Ерлан Бейсенов сөйледі.", "Е. Бейсенов"),
])
def test_kazakh_given_names_before_a_surname_stay_persons(sentence, person):
    assert [m.canonical for m in find_persons(sentence, "kk")] == [person]


def test_the_facets_have_no_paper_kandas_or_title_as_a_person(service):
    for bogus in ("Тілі", "Елі", "Бейсенұлы", "Ахметов", "Бейсенов"):
        for field in ("person", "speaker"):
            result = service.search(SearchRequest(query=f"{field}:{bogus}", per_page=20))
            names = {f.value for f in result.facets["persons" if field == "person" else "speakers"]}
            assert not {"А. Тілі", "Қ. Елі", "К. Бейсенұлы", "О. Ахметов", "Ә. Бейсенұлы", "Ә. Бейсенов",
                        "А. Бейсенов"} & names, (field, bogus)
    assert hit_files(service.search(SearchRequest(query='person:"А. Бейсенұлы"', per_page=20))) == ["ru_report.txt"]
    assert hit_files(service.search(SearchRequest(query='person:"М. Бейсенұлы"', per_page=20))) == ["kk_report.txt"]
    result = service.search(SearchRequest(query="квартиры", per_page=20))
    assert sorted(f.value for f in result.facets["persons"]) == ["А. Бейсенұлы"]
