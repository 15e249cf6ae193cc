"""Names in texts about қандастар (Kazakhs returned from abroad): Kazakh narration names people in
full with no speech verb, Russian reports write -ұлы/-қызы surnames after a category word or a
place, and foreign names with their Latin spelling in brackets. A real index, built by ingest."""
from __future__ import annotations

import pytest
from conftest import hit_files, ingested_service

from index.search import SearchRequest
from ingest.extract import extract
from ingest.extract._text import text_sentence_ids, tokenize
from ingest.extract.kazakh_narration_names import narration_names
from ingest.extract.persons import _kk_strip, find_persons

KK_REPORT = ("Қандастар күні өтті\n\nАлматы, 2024 жылғы 18 желтоқсан\n\n"
             "Алматыдағы Достық үйінде қандастарға арналған кеш өтті. Кешті Ассамблея төрағасының орынбасары "
             "Айгүл Сейітқали ашты. Кешке Моңғолиядан келген ақын Серікболұлы Бақыт, Қытайдан келген суретші "
             "Гүлнар Нұрбекқызы және Түркиядан келген ұстаз Айше Ташдемир қатысты.\n\n"
             "Шара соңында қандастарға Алматы қаласы әкімінің орынбасары Сәуле Әбдіғалиқызы алғыс хат табыстады.\n")
RU_REPORT = ("Кандасы из Синьцзяна\n\nАлматы, 12 марта 2021 года\n\n"
             "Кандас Жанарбек Ахметжанулы сказал, что получил гражданство за полгода. "
             "Оралман Асхат Мырзахметулы подчеркнул, что ждал квартиру десять лет.\n\n"
             "Губернатор аймака Баян-Өлгий Хурметбек Салимжанулы рассказал о казахских школах. "
             "Малая ассамблея провела заседание в селе Жетыбай, где проживают кандасы из Республики "
             "Каракалпакстан (Узбекистан).\n")
TURKEY = ("Казахская диаспора Турции\n\nСтамбул, 7 ноября 2019 года\n\n"
          "Председатель фонда Хусейн Йылдырым (Hüseyin Yıldırım) отметил, что казахи Турции поддерживают связь с родиной.\n\n"
          "Доцент университета Серикболын Бакыт (Serikbolyn Bakyt) рассказал, что казахи Монголии сохраняют язык.\n\n"
          "Старейшина общины Ахмет Кая (г. Измир) рассказал, что молодежь учит казахский язык.\n")
STENOGRAM = ("СТЕНОГРАММА\nзаседания рабочей группы по вопросам кандасов\nАстана, 5 октября 2023 года\n\n"
             "Председательствующий Е.Қ. Қайратұлы. Добрый день, коллеги! Сегодня мы обсуждаем проект закона о кандасах.\n\n"
             "А.Н. Сейткали. Спасибо. Понятие «оралман» было заменено на «кандас» в 2020 году.\n\n"
             "Г.Т. Нурбекқызы. Поддерживаю. Особенно важно решить вопрос с документами для кандасов.\n")
KK_NEWS = ("Қандастар форумы\n\nАстана, 2025 жылғы 3 наурыз\n\n"
           "Мәңгілік Ел идеясы мен Жаңа Қазақстан бағдарламасы талқыланды. Кездесуге Моңғолиядан келген "
           "Ақжол Бейсенұлы мен Мейіржан Бейсенова қатысты. Нұр Отан партиясы да жиын өткізді, ал Жаңа Өзен "
           "ауылында қандастар тұрады.\n")
DOCUMENTS = {"kk_report.txt": KK_REPORT, "ru_report.txt": RU_REPORT, "turkey.txt": TURKEY, "stenogram.txt": STENOGRAM,
             "kk_news.txt": KK_NEWS}


@pytest.fixture(scope="module")
def service(tmp_path_factory):
    served = ingested_service(tmp_path_factory, DOCUMENTS)
    yield served
    served.close()


@pytest.mark.parametrize("sentence, person", [
    ("Кешті Ассамблея төрағасының орынбасары Айгүл Сейітқали ашты.", "А. Сейітқали"),
    ("Кешке Қытайдан келген суретші Гүлнар Нұрбекқызы қатысты.", "Г. Нұрбекқызы"),
    ("Кешке суретші Гульнар Нурбекова қатысты.", "Г. Нурбекова"),
    ("Кешке Айгерім Нұрланқызы қатысты.", "А. Нұрланқызы"),
    ("Кешке ақын Серікболұлы Бақыт қатысты.", "Б. Серікболұлы"),  # the surname first, as a byline writes it
    ("Кеш туралы Гүлнар Нұрбекқызына алғыс айтылды.", "Г. Нұрбекқызы"),  # a Kazakh case ending
    ("Кешке Ерлан Төлегенұлы Қарин қатысты.", "Е.Т. Қарин"),
    # a given name no list has, before a surname's ending: the names of кандастар from abroad
    ("Кешке Ақжол Бейсенұлы қатысты.", "А. Бейсенұлы"),
    ("Кешке Мейіржан Бейсенұлы қатысты.", "М. Бейсенұлы"),
    ("Кешке Жанарбек Ахметжанұлы қатысты.", "Ж. Ахметжанұлы"),
    ("Кешке Ақжол Бейсенов қатысты.", "А. Бейсенов"),
    ("Наурызбай Тағанұлы жастармен кездесті.", "Н. Тағанұлы"),  # a given name's element at a sentence's start
])
def test_a_full_name_in_kazakh_narration_is_a_person(sentence, person):
    assert [m.canonical for m in find_persons(sentence, "kk")] == [person]


@pytest.mark.parametrize("sentence", [
    "Кеш Қазақстан Республикасы Ассамблеясының үйінде өтті.",
    "Ерлан Қазақстанға оралды.",  # a given name before a country is no surname
    "Бұл Ұлы Дала Елі туралы кітап.",
    "Абай Жолы романы оқылды.",  # a given name before a title's possessive
    # a country, a party, a town, a programme: Жаңа and Нұр are no given names of these
    "Мәңгілік Ел идеясы мен Жаңа Қазақстан бағдарламасы талқыланды.",
    "Жаңа Қазақстан құру туралы айтылды.",
    "Нұр Отан партиясы жиын өткізді.",
    "«Нұр Отан» жиын өткізді.",
    "Жаңа Өзен ауылында қандастар тұрады.",
    # an unknown word at a sentence's start before a surname alone is no given name
    "Кеше Бейсенұлы келді.",
    "Бірақ Ахметов бұған келіспеді.",
])
def test_capitalised_kazakh_words_that_name_no_one_stay_unnamed(sentence):
    assert find_persons(sentence, "kk") == []


@pytest.mark.parametrize("sentence", [
    "Газета Егемен Қазақстан сообщила.",
    "Кандасы переехали в Солтүстік Қазақстан облысы.",
    "Партия Нур Отан провела съезд.",
    "В Жаңа Өзен приехали кандасы.",
    "Форум прошёл в Нур Султане.",  # Нур-Султан written apart
])
def test_a_kazakh_name_of_a_country_a_party_or_a_town_in_russian_text_is_no_person(sentence):
    assert extract(sentence).persons == []


@pytest.mark.parametrize("sentence, persons, speakers", [
    # Алтын, Нур, Ай are given names as well as words of things' names: a known surname after them is a person's
    ("Руководитель центра Алтын Пак рассказала о проекте.", ["А. Пак"], []),
    ("Нур Ахмед подчеркнул важность диалога.", ["Н. Ахмед"], ["Н. Ахмед"]),
    ("Алтын Ким отметила, что форум прошёл успешно.", ["А. Ким"], []),
    ("Ай Ли сказала, что рада встрече.", ["А. Ли"], ["А. Ли"]),
])
def test_a_given_name_that_also_names_things_before_a_surname_is_a_person(sentence, persons, speakers):
    e = extract(sentence)
    assert (e.persons, e.speakers) == (persons, speakers)


@pytest.mark.parametrize("sentence, speakers, persons", [
    # a category word or a place before «given name + -ұлы surname» is no surname in «Фамилия Имя Отчество»
    ("Кандас Жанарбек Ахметжанулы сказал, что получил гражданство за полгода.", ["Ж. Ахметжанулы"], ["Ж. Ахметжанулы"]),
    ("Оралман Асхат Мырзахметулы подчеркнул, что ждал квартиру десять лет.", ["А. Мырзахметулы"], ["А. Мырзахметулы"]),
    ("Уроженец Баян-Өлгия Ерболат Нурдаулетулы выступил с докладом.", ["Е. Нурдаулетулы"], ["Е. Нурдаулетулы"]),
    ("Губернатор аймака Баян-Өлгий Хурметбек Салимжанулы рассказал о казахских школах.",
     ["Х. Салимжанулы"], ["Х. Салимжанулы"]),
    # a place's kind before the place's name: no «Р. Каракалпакстан»
    ("Заседание прошло в селе Жетыбай, где проживают кандасы из Республики Каракалпакстан (Узбекистан).", [], []),
    # the Kyrgyz parliament is no person, and the run of capitals after it keeps the name
    ("Депутат Жогорку Кенеша Кыргызстана Нурбек Жолдошбек выступил.", ["Н. Жолдошбек"], ["Н. Жолдошбек"]),
    # a real surname before a given name and a Kazakh patronymic is still read surname first
    ("Тоқаев Қасым-Жомарт Кемелұлы выступил с речью.", ["К.К. Токаев"], ["К.К. Токаев"]),
    ("Сапаров Ерлан Бекұлы выступил с докладом.", ["Е.Б. Сапаров"], ["Е.Б. Сапаров"]),
])
def test_a_kazakh_surname_in_uly_after_a_capitalised_word_keeps_its_person(sentence, speakers, persons):
    got = extract(sentence)
    assert (got.speakers, got.persons) == (speakers, persons)


def test_the_persons_facet_of_kazakh_and_russian_reports_about_kandas(service):
    for person, files in (("Нұрбекқызы", ["kk_report.txt", "stenogram.txt"]), ("Сейітқали", ["kk_report.txt"]),
                          ("Серікболұлы", ["kk_report.txt"]), ("Ахметжанулы", ["ru_report.txt"]),
                          ("Салимжанулы", ["ru_report.txt"])):
        result = service.search(SearchRequest(query=f"person:{person}", per_page=20))
        assert sorted(hit_files(result)) == files, person
    for bogus in ("Кандас", "Оралман", "Каракалпакстан", "Баян-Өлгий"):
        assert hit_files(service.search(SearchRequest(query=f"person:{bogus}", per_page=20))) == [], bogus
        assert hit_files(service.search(SearchRequest(query=f"speaker:{bogus}", per_page=20))) == [], bogus


@pytest.mark.parametrize("sentence, speakers, persons", [
    # the name's own Latin spelling in brackets: the speaker stays, and is no second person
    ("Председатель фонда Хусейн Йылдырым (Hüseyin Yıldırım) отметил, что казахи Турции поддерживают связь.",
     ["Х. Йылдырым"], ["Х. Йылдырым"]),
    ("Выступивший на встрече Мехмет Чағлар (Mehmet Çağlar) подчеркнул: «Молодежь хочет учиться в Казахстане».",
     ["М. Чағлар"], ["М. Чағлар"]),
    ("Госпожа Айше Ташдемир (Ayşe Taşdemir), учитель из Измира, рассказала, что язык теряется.",
     ["А. Ташдемир"], ["А. Ташдемир"]),
    # the spelling with a city, the city alone, square brackets: the speaker stays too
    ("Председатель фонда Хусейн Йылдырым (Hüseyin Yıldırım, Стамбул) подчеркнул, что казахи едины.",
     ["Х. Йылдырым"], ["Х. Йылдырым"]),
    ("Председатель фонда Хусейн Йылдырым (Стамбул) подчеркнул, что казахи едины.", ["Х. Йылдырым"], ["Х. Йылдырым"]),
    ("Поэт Ахмет Кая [Ahmet Kaya] отметил роль музыки.", ["А. Кая"], ["А. Кая"]),
    # «г.» before the city, a semicolon between the parts, an age, a role in lowercase words
    ("Председатель фонда Хусейн Йылдырым (г. Стамбул) подчеркнул, что казахи едины.", ["Х. Йылдырым"], ["Х. Йылдырым"]),
    ("Председатель фонда Хусейн Йылдырым (Hüseyin Yıldırım; Стамбул, Турция) подчеркнул, что казахи едины.",
     ["Х. Йылдырым"], ["Х. Йылдырым"]),
    ("Председатель фонда Хусейн Йылдырым (65 лет) подчеркнул, что казахи едины.", ["Х. Йылдырым"], ["Х. Йылдырым"]),
    ("Хусейн Йылдырым (председатель фонда) подчеркнул, что казахи едины.", ["Х. Йылдырым"], ["Х. Йылдырым"]),
    # a remark with a verb of its own parts the name from the verb; a name in another case is no subject
    ("Председатель фонда Хусейн Йылдырым (как он сам сказал) подчеркнул, что казахи едины.", [], ["Х. Йылдырым"]),
    ("Встреча с Хусейном Йылдырымом (председатель фонда) показала, что казахи едины.", [], ["Х. Йылдырым"]),
    # Mongolian order, the father's name in the genitive first: С. Бакыт, as Mongolia abbreviates it
    ("Доцент университета Серикболын Бакыт (Serikbolyn Bakyt) рассказал, что казахи Монголии сохраняют язык.",
     ["С. Бакыт"], ["С. Бакыт"]),
    # the father's name no dictionary knows, in -ийн or -ын: still the father's, and the son the speaker
    ("Учитель Хурметбекийн Ербол сообщил, что школа открыта.", ["Х. Ербол"], ["Х. Ербол"]),
    ("Учитель Доржийн Ербол сообщил, что школа открыта.", ["Д. Ербол"], ["Д. Ербол"]),
    ("Учитель Батын Ербол сообщил, что школа открыта.", ["Б. Ербол"], ["Б. Ербол"]),
    # a Russian surname in -ин/-ын before a given name stays a surname
    ("На встрече выступил Карин Ерлан.", ["Е. Карин"], ["Е. Карин"]),
    ("Учитель Голицын Олег сообщил, что школа открыта.", ["О. Голицын"], ["О. Голицын"]),
    ("Учитель Кислицын Ербол сообщил, что школа открыта.", ["Е. Кислицын"], ["Е. Кислицын"]),
])
def test_a_foreign_name_with_its_spelling_in_brackets_or_in_mongolian_order(sentence, speakers, persons):
    got = extract(sentence)
    assert (got.speakers, got.persons) == (speakers, persons)


def test_kazakh_narration_names_the_kandas_and_no_party_or_programme_in_the_facet(service):
    result = service.search(SearchRequest(query="қандастар тұрады", per_page=20))
    assert hit_files(result) == ["kk_news.txt"]
    assert sorted(f.value for f in result.facets["persons"]) == ["А. Бейсенұлы", "М. Бейсенова"]


def test_the_bracketed_spelling_and_mongolian_order_in_the_facets(service):
    assert hit_files(service.search(SearchRequest(query="speaker:Йылдырым", per_page=20))) == ["turkey.txt"]
    assert hit_files(service.search(SearchRequest(query="person:Бакыт", per_page=20))) == ["turkey.txt"]
    assert hit_files(service.search(SearchRequest(query="person:Серикболын", per_page=20))) == []
    assert hit_files(service.search(SearchRequest(query="speaker:Кая", per_page=20))) == ["turkey.txt"]  # «(г. Измир)»


def test_a_chairs_turn_labelled_with_his_name_is_cited_without_the_label(service):
    quotes = service.quotes(SearchRequest(query="проект закона", per_page=20))
    assert [(q.speaker, q.text) for q in quotes.hits] == [
        ("Е.Қ. Қайратұлы", "Добрый день, коллеги! Сегодня мы обсуждаем проект закона о кандасах.")]


def test_kazakh_narration_works_out_a_nominative_only_after_a_possible_given_name():
    # the nominative (persons._kk_strip) is the costliest step of the pair rule: a pair of capitalised
    # words whose first cannot open a name (a city, a word the dictionary knows) does not ask for it
    text = ("Бағдарлама Алматы Достық үйінде талқыланды. Облыс Әкімдігі Мәслихат өкілдері келді. Кешке Ақжол "
            "Бейсенұлы мен Мейіржан Бейсенова қатысты.")
    tokens = tokenize(text)
    asked: list[str] = []

    def nominative_of(word: str) -> tuple[str, bool]:
        asked.append(word)
        return _kk_strip(word)

    names = narration_names(tokens, text_sentence_ids(text), set(), nominative_of)
    assert [tokens[n.surname].text for n in names] == ["Бейсенұлы", "Бейсенова"]
    assert asked == ["Бейсенұлы", "Бейсенова"]
