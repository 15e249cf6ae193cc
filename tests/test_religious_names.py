"""Clergy as religious documents name them: an honorific inside a name («Наурызбай кажы Таганулы»),
a title and a religious name («митрополит Александр»), English church titles; and the saints,
dedications and epithets that are no persons of the archive."""
from __future__ import annotations

import pytest

from assembly_search.cli import main
from ingest.extract import extract
from quote_api import quotes_of
from search_app import create_app


def one_document(tmp_path, text: str):
    """A folder holding one plain-text news item of `text` (a dateline and a title before it)."""
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "news.txt").write_text(f"Астана, 13 марта 2022 года\n\nВстреча в Доме дружбы\n\n{text}\n", encoding="utf-8")
    return docs


def persons_facet(index, query: str) -> list[str]:
    app = create_app(index, testing=True)
    try:
        data = app.test_client().get("/api/search", query_string={"q": query}).get_json()
    finally:
        app.extensions["assembly_search"].close()
    return [f["value"] for f in data["facets"]["persons"]]


def facets(text: str) -> tuple[list[str], list[str]]:
    paragraphs = text.split("\n\n")
    x = extract(text, paragraphs)
    return x.speakers, x.persons


@pytest.mark.parametrize("text, person", [
    ("«Мусульмане Казахстана живут в мире», – сказал Наурызбай кажы Таганулы.", "Н. Таганулы"),
    ("Наурызбай кажы Таганулы отметил, что ислам – это религия мира.", "Н. Таганулы"),
    ("Имам мечети Ерлан кажы Бекжанов отметил важность диалога.", "Е. Бекжанов"),
    ("«Діни сауаттылық маңызды», – деді Ержан қажы Малғаждарұлы.", "Е. Малғаждарұлы"),
    ("«Еліміздегі келісімді сақтау – ортақ міндетіміз», – деді Наурызбай қажы Тағанұлы.", "Н. Тағанұлы"),
    ("Supreme Mufti Nauryzbay kazhy Taganuly said that interfaith dialogue is a key to peace.", "N. Taganuly"),
    # capitalised, as English releases write it: still no given name's initial («К. Таганулы»)
    ("Верховный муфтий Наурызбай Кажы Таганулы отметил, что ислам – религия мира.", "Н. Таганулы"),
    ('"Islam is a religion of peace," said Nauryzbay Kazhy Taganuly.', "N. Taganuly"),
    ('"Islam is a religion of peace," said Nauryzbay kazhy Taganuly.', "N. Taganuly"),
])
def test_an_honorific_inside_a_name_is_skipped_as_a_title_is(text, person):
    # before: no person and no speaker, as the honorific parted the given name from the surname
    assert facets(text) == ([person], [person])


@pytest.mark.parametrize("text, persons", [
    # the holiday after the mufti's surname is no given name of his in surname-first order
    ("Бас мүфти Наурызбай қажы Тағанұлы Құрбан айт мерекесімен құттықтады.", ["Н. Тағанұлы"]),
    ("Бас мүфти Наурызбай қажы Тағанұлы Рамазан айында жастармен кездесті.", ["Н. Тағанұлы"]),
    ("Бас мүфти Наурызбай қажы Тағанұлы Ораза айт мерекесімен құттықтады.", ["Н. Тағанұлы"]),
    ("Бас мүфти Наурызбай Тағанұлы Құрбан айт мерекесімен құттықтады.", ["Н. Тағанұлы"]),
    ("Ассамблея төрағасының орынбасары Ерлан Сапарұлы Наурыз мерекесімен құттықтады.", ["Е. Сапарұлы"]),
    # a given name no list has (Наурызбай) before the -ұлы surname, with the honorific or without
    ("Бас мүфти Наурызбай қажы Тағанұлы жастармен кездесті.", ["Н. Тағанұлы"]),
    ("Бас мүфти Наурызбай Тағанұлы жастармен кездесті.", ["Н. Тағанұлы"]),
    ("Наурызбай Тағанұлы жастармен кездесті.", ["Н. Тағанұлы"]),
])
def test_the_mufti_in_kazakh_narration_is_one_person(text, persons):
    # before: «Қ. Тағанұлы», «Р. Тағанұлы», «О. Тағанұлы», «Е.С. Наурыз», or nobody
    assert facets(text)[1] == persons


def test_the_mufti_s_kazakh_holiday_greeting_names_him_alone_in_the_facet(tmp_path):
    docs = one_document(tmp_path, "Бас мүфти Наурызбай қажы Тағанұлы Құрбан айт мерекесімен құттықтады. "
                                  "«Айт – бірлік пен мейірім мерекесі», – деді Наурызбай қажы Тағанұлы.")
    assert main(["ingest", str(docs), "--index", str(tmp_path / "index"), "--workers", "1"]) == 0
    assert persons_facet(tmp_path / "index", "мерекесімен") == ["Н. Тағанұлы"]


@pytest.mark.parametrize("text, persons", [
    # a surname in the genitive before a title's «Хаджи Мурат»: nothing moves, no «М. Толстой»
    ("Мы обсудили повесть Льва Толстого Хаджи Мурат на уроке.", ["Л. Толстой"]),
    ("Ученики прочитали повесть Толстого Хаджи Мурат.", ["Толстой"]),
])
def test_the_hajji_s_honorific_moves_only_inside_a_name(text, persons):
    assert facets(text)[1] == persons


@pytest.mark.parametrize("text, person", [
    # a declined surname after the honorific hid its ending: the name was no person at all (sweep)
    ("Бас мүфти Наурызбай қажы Тағанұлымен кездесу өтті. Кездесуде көп мәселе талқыланды.", "Н. Тағанұлы"),
    ("Наурызбай қажы Тағанұлының сөзі тыңдалды. Ол мерекемен құттықтады.", "Н. Тағанұлы"),
    ("Малғаждар қажы Малғаждарұлымен әңгіме болды. Әңгіме ұзаққа созылды.", "М. Малғаждарұлы"),
    ("Серікбай қажы Оразовпен кездесті. Кездесу жылы өтті.", "С. Оразов"),
    ("Встреча с Ерланом кажы Ораловым прошла в мечети. Он рассказал о планах.", "Е. Оралов"),
])
def test_the_honorific_moves_before_a_declined_surname_too(text, person):
    assert facets(text)[1] == [person]


def test_a_given_name_with_an_honorific_alone_is_still_nobody():
    assert facets("На ауызашаре выступил Наурызбай кажы. «Рамадан – месяц милосердия», – сказал Наурызбай кажы.") \
        == ([], [])


def test_a_mention_of_a_name_with_an_honorific_spans_it_as_written():
    text = "«Ислам – религия мира», – сказал Наурызбай кажы Таганулы."
    [m] = extract(text, [text]).mentions
    assert m.text == "Наурызбай кажы Таганулы" and text[m.start:m.end] == m.text


def test_the_mufti_s_quote_has_him_as_speaker_on_the_quotes_tab(tmp_path):
    docs = one_document(tmp_path, "«Мусульмане Казахстана живут в мире и согласии с верующими других конфессий», "
                                  "– сказал Наурызбай кажы Таганулы.")
    with quotes_of(docs, tmp_path / "index") as find:
        hits = find("верующими других конфессий")
        assert [h["speakers"] for h in hits] == [["Н. Таганулы"]]
        assert len(find("speaker:Таганулы")) == 1


@pytest.mark.parametrize("text", [
    "Metropolitan Alexander said the Church supports the Assembly.",
    "Pope Francis said the Congress was a sign of hope.",
    "Archbishop Tomasz said the Catholic community is grateful.",
    "Father Sergiy said the church is open to all.",
])
def test_an_english_church_title_is_no_given_name_s_initial(text):
    # before: «M. Alexander», «P. Francis»: the title was read as the given name
    assert facets(text) == ([], [])


def test_an_english_title_of_a_place_before_a_name_makes_it_a_person():
    text = ("Pope Francis, Grand Imam of Al-Azhar and Chief Rabbi of Kazakhstan Yeshaya Cohen were among the "
            "participants. Chief Rabbi Yeshaya Cohen said the Jewish community is grateful.")
    assert facets(text) == (["Y. Cohen"], ["Y. Cohen"])
    assert facets("Chief Rabbi of Kazakhstan Yeshaya Cohen attended the Congress.") == ([], ["Y. Cohen"])


@pytest.mark.parametrize("text, persons", [
    ("Слово было предоставлено главному раввину Казахстана Ешае Когену.", ["Е. Коген"]),
    ("Организаторы вручили благодарственные письма Ешае Когену и архиепископу Томашу Пэте.", ["Е. Коген", "Т. Пэта"]),
    ("Рассказали о главном раввине Казахстана Ешае Когене.", ["Е. Коген"]),
    ("Грамоту вручили Илье Ильину.", ["И. Ильин"]),
    # a Georgian surname in -дзе never declines: no «Гогоберидза» beside «Томашу Пэте: Пэта»
    ("Министр вручил награду Давиду Гогоберидзе и архиепископу Томашу Пэте.", ["Д. Гогоберидзе", "Т. Пэта"]),
    ("Статья посвящена Тамаре Квирикадзе.", ["Т. Квирикадзе"]),
    ("Посол передал письмо Георгию Лордкипанидзе.", ["Г. Лордкипанидзе"]),
])
def test_a_russian_dative_of_a_surname_the_dictionary_lacks_is_its_nominative(text, persons):
    # before: «Е. Когену», «Т. Пэте»: Ешае was read as a locative (no preposition governs it), and
    # the plural «благодарственные письма» as a role in apposition to the name
    assert facets(text)[1] == persons


@pytest.mark.parametrize("text, speakers, persons", [
    ("Участники поблагодарили Ешаю Когена и Томаша Пэту.", [], ["Е. Коген", "Т. Пэта"]),
    ("Благодарность выразили Ольге Пэте и Ирине Гёте.", [], ["О. Пэте", "И. Гёте"]),
    ("Выступили Томаш Пэта и Ешая Коген.", ["Т. Пэта", "Е. Коген"], ["Т. Пэта", "Е. Коген"]),
])
def test_the_person_thanked_is_no_speaker(text, speakers, persons):
    # before: speakers «Т. Пэту», «О. Пэте», «И. Гёте»: a surname the dictionary lacks read as a
    # nominative made the verb's object its subject, though the given name is in an oblique case
    assert facets(text) == (speakers, persons)


@pytest.mark.parametrize("text, person", [
    ("Участники встречи поблагодарили Томаша Пэту за участие.", "Т. Пэта"),
    ("Доклад Томаша Пэты опубликован.", "Т. Пэта"),
    ("Гости встретились с Томашем Пэтой.", "Т. Пэта"),
    ("Гости подарили Виктору Цою книгу.", "В. Цой"),
    ("Слово предоставили Хуану Гарсии.", "Х. Гарсия"),
    ("Выступил Виктор Цой.", "В. Цой"),
    ("Андрею Шмидту вручили грамоту.", "А. Шмидт"),
])
def test_other_oblique_cases_of_a_surname_the_dictionary_lacks_are_its_nominative(text, person):
    # before: «Т. Пэту», «Т. Пэты», «Т. Пэтой», «В. Цою», «Х. Гарсии»
    assert facets(text)[1] == [person]


def test_the_rabbi_in_the_dative_is_one_person_in_the_facet(tmp_path):
    docs = one_document(tmp_path, "Слово было предоставлено главному раввину Казахстана Ешае Когену. «Диалог между "
                                  "конфессиями необходим», – сказал Ешая Коген.")
    with quotes_of(docs, tmp_path / "index") as find:
        assert [h["speakers"] for h in find("между конфессиями")] == [["Е. Коген"]]
    assert persons_facet(tmp_path / "index", "дружбы") == ["Е. Коген"]


@pytest.mark.parametrize("text", [
    "В храме Сергия Радонежского и в соборе Александра Невского прошли пасхальные богослужения.",
    "В храме Серафима Саровского состоялся концерт.",
    "Верующие собрались также у иконы Николая Чудотворца.",
    "В мечети имени Абу Ханифы прошёл ауызашар.",
    "Слова Иисуса Христа звучали в выступлениях.",
    "Гости ждут визита Папы Римского Франциска.",
    "Месса прошла в кафедральном соборе Пресвятой Девы Марии Фатимской.",
])
def test_a_saint_a_dedication_or_christ_is_no_person(text):
    # before: «С. Радонежский», «Н. Чудотворц», «А. Ханифы», «И. Христ», «Ф. Римский», «М. Фатимская»
    assert facets(text) == ([], [])


def test_a_person_beside_the_dedications_stays_a_person(tmp_path):
    docs = one_document(tmp_path, "В храме Сергия Радонежского прошли богослужения. Председатель Ассамблеи области "
                                  "Марат Ахметов поблагодарил духовенство. Иконы Николая Чудотворца привезли из Бари.")
    assert main(["ingest", str(docs), "--index", str(tmp_path / "index"), "--workers", "1"]) == 0
    assert persons_facet(tmp_path / "index", "дружбы") == ["М. Ахметов"]


def test_a_metropolitan_named_with_his_secular_surname_a_city_s_name_is_a_person():
    # before: nobody, Могилёв read as the city
    text = ("«Рождество – праздник мира и любви», – сказал митрополит Александр.\n\n«Храмы открыты для всех», "
            "– отметил митрополит Александр Могилёв.")
    x = extract(text, text.split("\n\n"))
    assert (x.speakers, x.persons) == (["А. Могилёв"], ["А. Могилёв"])
    assert x.passage_speakers == [["А. Могилёв"], ["А. Могилёв"]]  # the title and given name alone are his too
    assert facets("Футбольный клуб Кайрат Алматы победил.") == ([], [])  # no title: a club and its city


def test_a_stenogram_label_of_a_title_and_a_religious_name_is_the_aliases_file_s_person(tmp_path, monkeypatch):
    # «Митрополит Александр:» names no surname; the archivist's aliases file maps the form to the person
    aliases = tmp_path / "aliases.txt"
    aliases.write_text("А. Могилёв = Митрополит Александр | Владыка Александр\n", encoding="utf-8")
    monkeypatch.setenv("ASSEMBLY_SEARCH_ALIASES", str(aliases))
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "stenogramma.txt").write_text(
        "СТЕНОГРАММА круглого стола\n\nАстана, 20 октября 2022 года\n\nКарин Е.Т.: Слово митрополиту Александру.\n\n"
        "Митрополит Александр: Православная церковь считает межрелигиозный диалог важнейшей задачей.\n\n"
        "Коген Е.: Благодарю. Диалог нужен всем.\n", encoding="utf-8")
    with quotes_of(docs, tmp_path / "index") as find:
        assert [h["speakers"] for h in find("межрелигиозный диалог")] == [["А. Могилёв"]]


@pytest.mark.parametrize("text, persons", [
    ("Настоятель храма Александр Ковалёв отметил, что община растёт.", ["А. Ковалёв"]),
    ("Имам мечети Ержан Бекжанов отметил, что община растёт.", ["Е. Бекжанов"]),
    ("В храме Сергей Иванов рассказал об истории прихода.", ["С. Иванов"]),
    ("Прихожане храма Анна Петрова и Мария Смирнова испекли куличи.", ["А. Петрова", "М. Смирнова"]),
    ("Благодарность выразили настоятелю храма Александру Ковалёву.", ["А. Ковалёв"]),
    ("Настоятель Никольского собора Александр Ковалёв отметил, что община растёт.", ["А. Ковалёв"]),
    ("В соборе Александра Невского настоятель храма Александр Ковалёв отметил, что община растёт.", ["А. Ковалёв"]),
    ("Приветствие от имени Ерлана Карина зачитал руководитель секретариата.", ["Е. Карин"]),
    ("Участники выступили от имени Гульнары Ахметовой и Марата Сейтказина.", ["Г. Ахметова", "М. Сейтказин"]),
])
def test_a_person_named_beside_a_church_s_word_is_no_dedication(text, persons):
    # before: nobody, or only the second of two: any name after храм/собор/мечеть/имени was dropped
    assert facets(text)[1] == persons


def test_a_saint_after_a_lowercase_saintly_word_is_no_person_without_a_church():
    # before: «С. Радонежский»
    assert facets("В честь святителя Николая и преподобного Сергия Радонежского названы храмы города.") == ([], [])


@pytest.mark.parametrize("text, person", [
    ("Георгий Победоносцев выступил на форуме.", "Г. Победоносцев"),
    ("Профессор Иван Победоносцев отметил, что форум важен.", "И. Победоносцев"),
    ("«Форум важен», – сказал Георгий Победоносцев.", "Г. Победоносцев"),
    ("Николай Чудотворцев отметил, что форум важен.", "Н. Чудотворцев"),
    ("Профессор Андрей Римский отметил, что форум важен.", "А. Римский"),
    ("По словам Андрея Римского, форум важен.", "А. Римский"),
    ("Никита Богословов отметил, что форум важен.", "Н. Богословов"),
])
def test_a_surname_that_reads_like_a_saint_s_epithet_is_a_person(text, person):
    # before: nobody: the genitive plural of победоносец, чудотворец, богослов and the adjective римский
    # were read as the saint's or the pontiff's epithet
    assert facets(text) == ([person], [person])


@pytest.mark.parametrize("text", [
    "Икона Георгия Победоносца привезена в храм.",
    "Георгий Победоносец изображён на гербе города.",
    "Папа Римский Франциск отметил, что форум важен.",
    "Икону Андрея Первозванного привезли в собор.",
])
def test_the_epithet_itself_is_still_no_person(text):
    assert facets(text) == ([], [])


def test_a_speaker_surnamed_as_an_epithet_beside_the_saint_is_on_the_quotes_tab(tmp_path):
    docs = one_document(tmp_path, "Его назвали в честь святого Георгия Победоносца. «Форум важен для всех "
                                  "участников», – сказал Георгий Победоносцев.")
    with quotes_of(docs, tmp_path / "index") as find:
        assert [h["speakers"] for h in find("важен для всех")] == [["Г. Победоносцев"]]
    assert persons_facet(tmp_path / "index", "дружбы") == ["Г. Победоносцев"]


@pytest.mark.parametrize("text, person", [
    ("Верховный муфтий Наурызбай кажы Таганулы встретился с молодёжью. Кажы Таганулы также посетил мечеть.",
     "Н. Таганулы"),
    ("Supreme Mufti Nauryzbay Qazhy Taganuly met young people. Kazhy Taganuly also visited the mosque.",
     "N. Taganuly"),
])
def test_the_hajji_s_honorific_before_a_surname_alone_is_no_given_name(text, person):
    # before: a second person, «К. Таганулы» / «K. Taganuly»
    assert facets(text)[1] == [person]


def test_the_hajji_s_honorific_in_capitals_inside_a_name_is_skipped():
    # before: no speaker and no person
    assert facets("«Единство важно», – сказал Наурызбай КАЖЫ Таганулы.") == (["Н. Таганулы"], ["Н. Таганулы"])


def test_a_second_mention_with_the_honorific_first_names_the_mufti_alone_in_the_facet(tmp_path):
    docs = one_document(tmp_path, "Верховный муфтий Наурызбай кажы Таганулы встретился с молодёжью. «Единство "
                                  "важно для всех верующих», – сказал Кажы Таганулы.")
    with quotes_of(docs, tmp_path / "index") as find:
        assert [h["speakers"] for h in find("важно для всех верующих")] == [["Н. Таганулы"]]
    assert persons_facet(tmp_path / "index", "молодёжью") == ["Н. Таганулы"]


@pytest.mark.parametrize("text, persons", [
    ("Общественный фонд «Фонд имени Абая Кунанбаева» наградил студентов.", ["А. Кунанбаев"]),
    ("ОО «Татарский культурный центр имени Габдуллы Тукая» провело вечер.", ["Г. Тукай"]),
    ("Вечер прошел в школе им. Габдуллы Тукая.", ["Г. Тукай"]),
    ("Фонд имени Абая Кунанбаева наградил студентов.", ["А. Кунанбаев"]),
])
def test_the_person_an_organisation_is_named_after_is_a_person(text, persons):
    # before: nobody inside «…» («Фонд имени Абая Кунанбаева»), and nobody after any «имени» unless the
    # surname ended in -ова/-ева/-ина, while «Школа-лицей имени Ы. Алтынсарина» gave Ы. Алтынсарин
    assert facets(text) == ([], persons)


def test_an_organisation_named_after_a_person_is_found_by_his_name(tmp_path):
    docs = one_document(tmp_path, "ОО «Татарский культурный центр имени Габдуллы Тукая» провело вечер поэзии. "
                                  "Председатель центра Р.Г. Хабибуллина поблагодарила гостей.")
    assert main(["ingest", str(docs), "--index", str(tmp_path / "index"), "--workers", "1"]) == 0
    assert persons_facet(tmp_path / "index", "вечер") == ["Г. Тукай", "Р.Г. Хабибуллина"]
