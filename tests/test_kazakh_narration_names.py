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
    assert _facets(tmp_path_factory, {"kenes.txt": text})["persons"] == {"Ж.Қ. Тұяқбай": 1}  # before: Ж. Қансейітұлы (1) beside him


def _facets(tmp_path_factory, files: dict[str, str]) -> dict[str, dict[str, int]]:
    """The persons and speakers facets of an index of `files`: each value with its count."""
    service = ingested_service(tmp_path_factory, files)
    try:
        result = service.search(SearchRequest(""))
        return {name: {v.value: v.count for v in result.facets[name]} for name in ("persons", "speakers")}
    finally:
        service.close()


@pytest.mark.parametrize("text, person", [
    ("Қасым-Жомарт Кемелұлы Тоқаев сөз сөйледі.", "К.К. Токаев"),
    ("Жиынға Қасым-Жомарт Кемелұлы Тоқаев қатысты.", "К.К. Токаев"),
    ("Президент Қасым-Жомарт Кемелұлы Тоқаев сөз сөйледі.", "К.К. Токаев"),
    ("Қасым-Жомарт Кемелұлы Тоқаевтың Жолдауы талқыланды.", "К.К. Токаев"),
    ("Құттықтау хатын Әлі-Хан Серікұлы Бекмағанбетов оқыды.", "Ә.С. Бекмағанбетов"),
    ("Сөз Әлі-Хан Серікұлы Бекмағанбетовке беріледі.", "Ә.С. Бекмағанбетов"),
    ("Құттықтау хатын Әлі-Хан Бекмағанбетов оқыды.", "Ә. Бекмағанбетов"),
    ("Құттықтау хатын Нұр-Ислам Серікұлы Бекмағанбетов оқыды.", "Н.С. Бекмағанбетов"),
])
def test_a_hyphenated_kazakh_given_name_names_its_person(text, person):
    # before: nobody: a given name of two joined by a hyphen was no given name, so the President's
    # full Kazakh name counted only where a dated title («Мемлекет басшысы») named him
    assert canonical_persons(find_persons(KK_OPENING + text, "kk")) == [person]


@pytest.mark.parametrize("text", [
    "Жиынға Нұр-Отан Жастар қанатының өкілдері қатысты.",  # a party's name, no given name
    "Нұр-Сұлтан Назарбаев даңғылында жиын өтті.",  # a city's name before a street's
])
def test_a_hyphenated_name_of_a_thing_or_a_place_is_no_given_name(text):
    assert canonical_persons(find_persons(KK_OPENING + text, "kk")) == []


KK_OPENING = "Ассамблея мүшелері өңірдегі этномәдени бірлестіктермен кездесті. "


@pytest.mark.parametrize("text", [
    "Жансейіт Қансейітұлы Тұяқбайдың баяндамасы тыңдалды.",  # the genitive before what is his
    "Жиынға Жансейіт Қансейітұлы Тұяқбайдың өзі қатысты.",
    "Тұяқбай Жансейіт Қансейітұлы баяндама жасады.",  # surname first, as official lists write it
    "Сөз Тұяқбай Жансейіт Қансейітұлына беріледі.",
])
def test_a_surname_in_the_genitive_or_before_the_given_name_is_the_surname_not_the_father_s_name(text):
    # before: «Ж. Қансейітұлы», a person who does not exist
    assert canonical_persons(find_persons(KK_OPENING + text, "kk")) == ["Ж.Қ. Тұяқбай"]


@pytest.mark.parametrize("text", [
    "Кейін Ерлан Бақытжанұлы баяндама жасады.",  # a sentence's adverb before a name: no surname
    "Бүгін Гүлнар Серікқызы баяндама жасады.",
    "Кеше Гүлнар Серікқызы баяндама жасады.",
])
def test_an_adverb_opening_the_sentence_is_no_surname_before_a_given_name_and_father_s_name(text):
    persons = canonical_persons(find_persons(KK_OPENING + text, "kk"))
    assert len(persons) == 1 and persons[0].split()[-1].endswith(("ұлы", "қызы"))


def test_the_persons_and_speakers_facets_hold_hyphenated_and_genitive_full_names(tmp_path_factory):
    session = ("Сенат Төрағасы Ассамблея сессиясына қатысты\n\n2012 жылғы 25 қазан, Астана қаласы\n\n"
               "Бүгін Қазақстан халқы Ассамблеясының XIX сессиясы өтті. Сессияда Сенат Төрағасы Қасым-Жомарт "
               "Кемелұлы Тоқаев сөз сөйледі. Құттықтау хатын Ассамблея мүшесі Әлі-Хан Серікұлы Бекмағанбетов оқыды.\n")
    council = ("Ассамблея кеңесінің отырысы\n\n2023 жылғы 14 маусым, Астана қаласы\n\n"
               "Ассамблея кеңесінің отырысында Жансейіт Қансейітұлы Тұяқбайдың баяндамасы тыңдалды.\n")
    service = ingested_service(tmp_path_factory, {"sessiya.txt": session, "kenes.txt": council})
    try:
        result = service.search(SearchRequest(""))
        persons = {v.value: v.count for v in result.facets["persons"]}
        speakers = {v.value: v.count for v in result.facets["speakers"]}
        assert persons == {"К.К. Токаев": 1, "Ә.С. Бекмағанбетов": 1, "Ж.Қ. Тұяқбай": 1}
        assert speakers == {"К.К. Токаев": 1}
        assert hit_files(service.search(SearchRequest("person:Тоқаев"))) == ["sessiya.txt"]
    finally:
        service.close()


@pytest.mark.parametrize("text, person", [
    ("Кейін Жансейіт Қансейітұлы Ассамблеяда сөз сөйледі.", "Ж. Қансейітұлы"),
    ("Ерлан Бақытжанұлы Парламентте сөз сөйледі.", "Е. Бақытжанұлы"),
    ("Ерлан Бақытжанұлы Мәжілісте баяндама жасады.", "Е. Бақытжанұлы"),
    ("Абай Құнанбайұлы Семейде дүниеге келген.", "А. Құнанбайұлы"),
    ("Ерлан Бақытжанұлы Ақтөбеде жастармен кездесті.", "Е. Бақытжанұлы"),
    ("Әлі-Хан Серікұлы Шымкентте сөз сөйледі.", "Ә. Серікұлы"),
    ("Кеше Ерлан Парламентте сөз сөйледі. Гүлнар Ахметова Ақордада болды.", "Г. Ахметова"),
    ("Жансейіт Қансейітұлы Тұяқбай Мәжілісте сөз сөйледі.", "Ж.Қ. Тұяқбай"),  # the surname before it stays
])
def test_a_capitalised_word_in_the_locative_after_a_name_is_where_not_the_surname(text, person):
    # before: «Е.Б. Парламентте», «А.Қ. Семейде», «Е. Парламентте»: the locative's -да/-де/-та/-те is
    # left on surnames (nominatives end so), and the word was read as an unknown surname
    assert canonical_persons(find_persons(text, "kk")) == [person]


def test_a_person_named_with_his_father_s_name_where_he_spoke_is_the_speaker(tmp_path_factory):
    text = ("Өңірлік кездесу\n\n2023 жылғы 14 маусым, Шымкент қаласы\n\n"
            "Ассамблея төрағасының орынбасары Жансейіт Қансейітұлы Шымкентте жастармен кездесті. "
            "Кейін Жансейіт Қансейітұлы Ассамблеяда сөз сөйледі.\n")
    # before: persons Ж.Қ. Ассамблеяда and Ж.Қ. Шымкентте, the first the speaker
    assert _facets(tmp_path_factory, {"kezdesu.txt": text}) == {"persons": {"Ж. Қансейітұлы": 1},
                                                                "speakers": {"Ж. Қансейітұлы": 1}}
