"""Names of the ethnic communities' press: Korean three-part names (Ким Ен Гун), Polish and Belarusian
surnames in -ович/-евич, a surname that is also a verb form (Купала) and a Ukrainian surname in -енко
declined as Ukrainian declines it (Шевченка). A real index, built by ingest."""
from __future__ import annotations

import pytest
from conftest import hit_files, ingested_service

from index.search import SearchRequest
from ingest.extract import extract

KORYO = ("Новости Ассамблеи\n\n15 мая 2020 года ветерану Ким Ен Гуну исполнилось 90 лет. Поздравления Ким Ен Гуну "
         "направил председатель Ассоциации корейцев Казахстана. «Мы гордимся нашими ветеранами», — сказал Пак Чон Ир, "
         "член Совета старейшин.\n")
KOREAN_CENTRE = ("Корейский национальный центр\n\n10 апреля 2020 года в Алматы прошло заседание совета корейского центра. "
                 "Председатель совета Ли Ген Сук отметил, что корейский язык изучают в 14 школах. Народный артист "
                 "Казахстана Пак Сон Ок выступил с приветствием. Ветеран Цой Ен Хак рассказал о депортации 1937 года.\n")
POLONIA = ("Новости польского центра\n\n20 декабря 2018 года в Доме дружбы прошел вечер памяти Адама Мицкевича. "
           "Председатель общества «Полония» Ольга Богданович сказала, что стихи Мицкевича переведены на казахский язык. "
           "Председатель Союза поляков Казахстана Павел Лукашевич сказал, что польский язык изучают в воскресных школах.\n")
KUPALA = ("Новости Ассамблеи\n\n7 ноября 2019 года в Караганде прошел вечер памяти Янки Купалы. Белорусский центр "
          "«Спадчына» подготовил выставку книг Янки Купалы и Якуба Коласа.\n")
SHEVCHENKO_RU = ("Новости Ассамблеи\n\n9 марта 2019 года в Астане прошел вечер памяти Тараса Шевченко. Стихи Шевченко "
                 "читали ученики воскресной школы.\n")
SHEVCHENKO_UK = ("Український культурний центр\n\n12 березня 2019 року в Астані відбувся вечір пам'яті Тараса Шевченка. "
                 "Учні недільної школи читали вірші.\n")
DOCUMENTS = {"koryo.txt": KORYO, "korean_centre.txt": KOREAN_CENTRE, "polonia.txt": POLONIA, "kupala.txt": KUPALA,
             "shevchenko_ru.txt": SHEVCHENKO_RU, "shevchenko_uk.txt": SHEVCHENKO_UK}


@pytest.fixture(scope="module")
def service(tmp_path_factory):
    served = ingested_service(tmp_path_factory, DOCUMENTS)
    yield served
    served.close()


@pytest.mark.parametrize("sentence, speakers, persons", [
    # before: «К. Ен», «Л. Ген», and Пак Сон Ок, Цой Ен Хак, Пак Чон Ир nobody
    ("Председатель совета Ли Ген Сук отметил, что язык изучают в школах.", ["Г.С. Ли"], ["Г.С. Ли"]),
    ("Народный артист Казахстана Пак Сон Ок выступил с приветствием.", ["С.О. Пак"], ["С.О. Пак"]),
    ("Ветеран Цой Ен Хак рассказал о депортации.", ["Е.Х. Цой"], ["Е.Х. Цой"]),
    ("«Мы гордимся ветеранами», — сказал Пак Чон Ир, член Совета старейшин.", ["Ч.И. Пак"], ["Ч.И. Пак"]),
    # only the last syllable declines: it tells the case, so no subject here
    ("Поздравления Ким Ен Гуну направил председатель ассоциации.", [], ["Е.Г. Ким"]),
    ("Это история ветерана труда Ким Ен Гуна. Ким Ен Гун родился в Приморье.", [], ["Е.Г. Ким"]),
    # a Korean surname before a Russian given name stays as it was
    ("Ким Роман отметил, что работа идет.", ["Р. Ким"], ["Р. Ким"]),
])
def test_a_korean_three_part_name_is_its_surname_and_two_initials(sentence, speakers, persons):
    got = extract(sentence)
    assert (got.speakers, got.persons) == (speakers, persons)


@pytest.mark.parametrize("sentence, speakers, persons", [
    # a woman has no patronymic in -ович: before, «Ольга Богданович» was nobody
    ("Председатель общества Ольга Богданович сказала, что стихи переведены.", ["О. Богданович"], ["О. Богданович"]),
    ("Встреча с Ольгой Богданович прошла в Доме дружбы.", [], ["О. Богданович"]),
    # a man named after his post: before, nobody
    ("Председатель Союза поляков Казахстана Павел Лукашевич сказал, что язык изучают.",
     ["П. Лукашевич"], ["П. Лукашевич"]),
    # a name and patronymic with no post before them still name nobody (an address, an interview's question)
    ("– Ерлан Тынымбаевич, как вы оцениваете работу Ассамблеи?", [], []),
    ("Уважаемый Ерлан Аскарович! Мы рады.", [], []),
    ("Наталья Ивановна, вам слово.", [], []),
])
def test_a_surname_in_vich_after_a_given_name(sentence, speakers, persons):
    got = extract(sentence)
    assert (got.speakers, got.persons) == (speakers, persons)


def test_a_ukrainian_genitive_of_a_surname_in_enko_is_its_nominative():
    # before: «Т. Шевченка» beside «Т. Шевченко»
    assert extract(SHEVCHENKO_UK).persons == ["Т. Шевченко"]
    assert extract("Вечер памяти Тараса Шевченка прошел в Астане.").persons == ["Т. Шевченко"]
    assert extract("Выставку подготовил Иван Дидушенко. Благодарим Ивану Дидушенку за помощь.").persons == ["И. Дидушенко"]


def test_korean_names_in_the_facets_and_filters(service):
    result = service.search(SearchRequest(query='person:"Ким Ен Гун"', per_page=20))
    assert hit_files(result) == ["koryo.txt"]
    persons = service.search(SearchRequest(query="гордимся", per_page=20)).facets["persons"]
    assert sorted(f.value for f in persons) == ["Е.Г. Ким", "Ч.И. Пак"]
    assert hit_files(service.search(SearchRequest(query="speaker:Цой", per_page=20))) == ["korean_centre.txt"]
    assert hit_files(service.search(SearchRequest(query='speaker:"Ли Ген Сук"', per_page=20))) == ["korean_centre.txt"]


def test_surnames_in_vich_are_speakers(service):
    for name in ("Богданович", "Лукашевич", '"О. Богданович"', '"П. Лукашевич"'):
        assert hit_files(service.search(SearchRequest(query=f"speaker:{name}", per_page=20))) == ["polonia.txt"], name


@pytest.mark.parametrize("query", ["Купала", "Я. Купала", "Янка Купала", "Купалы", "Купалу", "person:Купала",
                                   'person:"Я. Купала"'])
def test_a_surname_that_is_also_a_verb_form_finds_its_other_cases(service, query):
    # before: the nominative was read as the verb купать and found nothing
    assert hit_files(service.search(SearchRequest(query=query, per_page=20))) == ["kupala.txt"]


def test_a_verb_form_typed_in_lowercase_stays_the_verb(service):
    assert hit_files(service.search(SearchRequest(query="купала", per_page=20))) == []


@pytest.mark.parametrize("query", ["Шевченко", "Тарас Шевченко", "Шевченка", "person:Шевченко"])
def test_a_ukrainian_case_of_a_surname_in_enko_is_found_by_its_nominative(service, query):
    # before: Шевченко missed the Ukrainian article, Шевченка the Russian one
    assert sorted(hit_files(service.search(SearchRequest(query=query, per_page=20)))) == [
        "shevchenko_ru.txt", "shevchenko_uk.txt"]


def test_one_person_for_a_ukrainian_and_a_russian_shevchenko(service):
    result = service.search(SearchRequest(query="Шевченко", per_page=20))
    assert [(f.value, f.count) for f in result.facets["persons"]] == [("Т. Шевченко", 2)]


# Ukrainian and Belarusian words the Russian dictionary lacks, capitalised before a name-like word
UKRAINIAN_HOLIDAY = ("Український вісник\n\n22 серпня 2021 р.\n\nДень Незалежності України відзначили в Алмати. "
                     "Святковий концерт підготувала громада.\n")
UKRAINIAN_FAMILY = ("Батьківщина\n\n3 червня 2019 р.\n\nСімʼя Ковальчуків подарувала бібліотеці збірку «Кобзар». "
                    "Тетяна Дідух подякувала гостям.\n")
BELARUSIAN_VERSES = ("Навіны беларускай суполкі\n\n5 снежня 2021 г.\n\nНастаўніца Ганна Шэпель правяла ўрок. Вершы Янкі "
                     "Купалы і Якуба Коласа чыталі дзеці.\n")


@pytest.mark.parametrize("text, persons", [
    # before: «Н. України», «С. Ковальчуків», «В. Янкі»: a genitive noun, a plural surname and a common word
    # opening the sentence were read as a given name, the next word as its surname
    (UKRAINIAN_HOLIDAY, []),
    (UKRAINIAN_FAMILY, ["Т. Дідух"]),  # a listed given name the dictionary lacks is still one
    (BELARUSIAN_VERSES, ["Г. Шэпель", "Я. Колас"]),
])
def test_a_community_word_the_dictionary_lacks_is_no_given_name(text, persons):
    assert extract(text).persons == persons


def test_no_phantom_person_in_the_facets_of_community_texts(tmp_path_factory):
    served = ingested_service(tmp_path_factory, {"holiday.txt": UKRAINIAN_HOLIDAY, "family.txt": UKRAINIAN_FAMILY,
                                                 "verses.txt": BELARUSIAN_VERSES})
    try:
        persons = served.search(SearchRequest(query="", per_page=20)).facets["persons"]
        assert sorted(f.value for f in persons) == ["Г. Шэпель", "Т. Дідух", "Я. Колас"]
        assert hit_files(served.search(SearchRequest(query='person:"Н. України"', per_page=20))) == []
    finally:
        served.close()
