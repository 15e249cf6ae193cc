"""A label with a post before the name («Заместитель председателя М. Азильханов:», «Спикер Мажилиса
Е. Кошанов:») names that person: his words are his quote, not the speaker's before him. Real files
ingested as the command does, their quotes searched."""
from __future__ import annotations

import pytest

from conftest import ingested_service
from index.search import SearchRequest

FILES = {
    "stenogram_roles.txt": (
        "Стенограмма заседания Совета Ассамблеи народа Казахстана\n"
        "Астана, 2 сентября 2023 года\n"
        "Председательствующий Е. Карин: Уважаемые коллеги, открываем заседание.\n"
        "Заместитель председателя М. Азильханов: Благодарю, коллеги. Мы провели семинар в Атырау.\n"
        "Карин Е.Т.: Переходим к повестке.\n"),
    "stenogram_spiker.txt": (
        "Стенограмма совместного заседания палат Парламента\n"
        "Астана, 1 сентября 2023 года\n"
        "Спикер Мажилиса Е. Кошанов: Уважаемые депутаты, открываем заседание.\n"
        "Спикер Сената М. Ашимбаев: Благодарю, депутаты. Сенат поддерживает повестку.\n"
        "Кошанов Е.Ж.: Переходим к повестке.\n"),
    # a recognizer's numbered turns, then a named one
    "ts_speaker_variants.txt": (
        "Заседание малой Ассамблеи, аудиозапись\n"
        "[00:00:05] Speaker 1: Добрый день, коллеги, начинаем заседание.\n"
        "[00:00:09] Speaker 2: Благодарю, наш центр подготовил отчет о проведенных мероприятиях.\n"
        "[00:00:15] Спикер 1: Спасибо, переходим к следующему вопросу.\n"
        "[00:00:20] Спикер 2: Предлагаю провести фестиваль национальных культур.\n"
        "[00:00:26] Депутат Мажилиса М. Нигматулин: Поддерживаю это предложение.\n"),
    # a reporter's sentence with a verb before the name is no label
    "news_given_word.txt": (
        "Заседание совета\n\n"
        "Председательствующий Е. Карин: Уважаемые коллеги, открываем заседание.\n\n"
        "Слово предоставляется М. Азильханову: он расскажет о работе домов дружбы.\n\n"
        "Карин Е.Т.: Спасибо за доклад о домах дружбы.\n"),
}


@pytest.fixture(scope="module")
def service(tmp_path_factory):
    found = ingested_service(tmp_path_factory, FILES)
    yield found
    found.close()


def quote(service, q: str) -> tuple[str | None, str]:
    [hit] = service.quotes(SearchRequest(q)).hits
    return hit.speaker, hit.text


@pytest.mark.parametrize("q, speaker, text", [
    ('"семинар в Атырау"', "М. Азильханов", "Благодарю, коллеги. Мы провели семинар в Атырау."),
    ('"открываем заседание" Карин', "Е.Т. Карин", "Уважаемые коллеги, открываем заседание."),
    ('"Сенат поддерживает повестку"', "М. Ашимбаев", "Благодарю, депутаты. Сенат поддерживает повестку."),
    ('"Уважаемые депутаты"', "Е.Ж. Кошанов", "Уважаемые депутаты, открываем заседание."),
    ("Поддерживаю это предложение", "М. Нигматулин", "Поддерживаю это предложение."),
])
def test_a_post_before_the_name_labels_that_person_s_turn(service, q, speaker, text):
    assert quote(service, q) == (speaker, text)


def test_the_recognizer_s_turn_before_a_named_one_stays_nobody_s(service):
    assert quote(service, "фестиваль национальных культур")[0] is None


def test_a_verb_before_the_name_makes_no_label(service):
    assert quote(service, '"домов дружбы" расскажет')[0] == "Е.Т. Карин"
