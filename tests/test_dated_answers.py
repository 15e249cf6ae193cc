"""A question of when ranks first the documents whose sentence dates what it asks about
(index.dated_answers), over a short notice whose title holds the words."""
from __future__ import annotations

import pytest

import index.search as search_module
from conftest import ingested_service
from index.analysis import sentence_words
from index.dated_answers import DATED_TEXT_CHARS, asks_when
from index.search import SearchRequest
from index.written_years import dated_years

HISTORY = ("Из истории Ассамблеи народа Казахстана\n\nАстана, 28.02.2020. Ассамблея народа Казахстана была создана "
           "1 марта 1995 года Указом Президента Республики Казахстан как консультативно-совещательный орган при Главе "
           "государства. Идея создания Ассамблеи была впервые озвучена на Форуме народов Казахстана, посвященном первой "
           "годовщине независимости.\n\nПервая сессия Ассамблеи состоялась 24 марта 1995 года. На ней были определены "
           "основные задачи нового института: сохранение межэтнического согласия, развитие языков и культур этносов, "
           "укрепление единства народа. В 2007 году Ассамблея получила конституционный статус и право избирать "
           "депутатов Мажилиса. Сегодня в структуру Ассамблеи входят областные ассамблеи, советы матерей, "
           "научно-экспертный совет и кафедры в университетах страны.\n")
NOTICE = ("При Ассамблее создана рабочая группа по медиа\n\nНур-Султан, 03.03.2021. При Ассамблее народа Казахстана "
          "создана рабочая группа по взаимодействию со средствами массовой информации. В нее вошли журналисты, "
          "блогеры и члены Ассамблеи.\n\nРабочая группа будет готовить материалы о деятельности Ассамблеи на трех "
          "языках.\n")
FILLER = ("Встреча актива Ассамблеи в {city}\n\n{city}, 12.0{n}.2019. В {city} прошла встреча актива Ассамблеи народа "
          "Казахстана. Участники обсудили планы этнокультурных объединений на год, работу воскресных школ и "
          "проведение праздника единства народа.\n")


def with_fillers(tmp_path_factory, documents: dict[str, str], cities: tuple[str, ...]):
    """A search of `documents` among meetings in `cities` that hold «Ассамблеи» and a year too."""
    fillers = {f"filler_{n}.txt": FILLER.format(city=city, n=n) for n, city in enumerate(cities, 1)}
    return ingested_service(tmp_path_factory, {**documents, **fillers})


@pytest.fixture(scope="module")
def archive(tmp_path_factory):
    service = with_fillers(tmp_path_factory, {"history.txt": HISTORY, "notice.txt": NOTICE},
                           ("Павлодаре", "Костанае", "Караганде", "Таразе"))
    yield service
    service.close()


def ranked(service, query: str) -> list[str]:
    return [h.paths[0].rsplit("/", 1)[-1] for h in service.search(SearchRequest(query, facets=False)).hits]


@pytest.mark.parametrize("query", ["когда была создана ассамблея", "когда создана Ассамблея?",
                                   "в каком году создана Ассамблея", "в котором году создана Ассамблея",
                                   "в каком же году создана Ассамблея", "в каком именно году создана Ассамблея",
                                   "в каком месяце создана Ассамблея", "какого числа создана Ассамблея"])
def test_a_question_of_when_ranks_the_dated_answer_before_a_notice_titled_with_its_words(archive, query):
    # the notice («При Ассамблее создана рабочая группа», its words in its title, three sentences)
    # ranked first: its only date is its dateline, a sentence of its own
    assert ranked(archive, query) == ["history.txt", "notice.txt"]


def test_only_a_question_of_when_is_ranked_by_its_dates(archive):
    # the same words asked otherwise rank by BM25F alone: the notice's title holds them
    assert ranked(archive, "создана Ассамблея") == ["notice.txt", "history.txt"]
    assert ranked(archive, "как создана Ассамблея") == ["notice.txt", "history.txt"]


def test_the_words_that_ask_when():
    assert asks_when(["Когда"]) and asks_when(["в", "каком", "году"]) and asks_when(["қашан"])
    assert asks_when(["қай", "жылы"]) and asks_when(["кашан"])
    assert asks_when(["в", "котором", "же", "году"]) and asks_when(["в", "каком", "месяце"])
    assert asks_when(["какого", "числа"])
    assert not asks_when(["Кто", "такой"]) and not asks_when(["как"]) and not asks_when([])


# The same notice with the dateline news items mostly write: a dash, no period, so it is one sentence
# with «При Ассамблее … создана»
DASH_NOTICE = ("При Ассамблее создана группа волонтеров-переводчиков\n\nНур-Султан, 5 апреля 2021 г. – При Ассамблее "
               "народа Казахстана создана группа волонтеров-переводчиков. В нее вошли студенты языковых вузов.\n\n"
               "Волонтеры будут помогать этнокультурным объединениям переводить материалы на государственный язык.\n")
HOUSE_HISTORY = ("История карагандинского Дома дружбы\n\nКараганда, 10.02.2022. Дом дружбы в Караганде был открыт в "
                 "1996 году по решению акима области и передан Ассамблее народа Казахстана. За эти годы здесь выросли "
                 "десятки творческих коллективов, воскресные школы и библиотека на языках этносов.\n\nСегодня в Доме "
                 "дружбы работают сорок этнокультурных объединений, а ветераны Ассамблеи вспоминают первые праздники "
                 "Наурыза в его зале.\n")
# a number of seats is no year: «на 1800 мест»
NEW_HALL = ("В Доме дружбы Караганды открыт концертный зал\n\nКараганда, 15.09.2022. В Доме дружбы в Караганде открыт "
            "новый концертный зал на 1800 мест. На открытии выступили ансамбли этнокультурных объединений, а директор "
            "рассказал о планах на осенний сезон.\n")


@pytest.fixture(scope="module")
def news(tmp_path_factory):
    service = with_fillers(tmp_path_factory, {"history.txt": HISTORY, "dash_notice.txt": DASH_NOTICE,
                                              "house_history.txt": HOUSE_HISTORY, "new_hall.txt": NEW_HALL},
                           ("Павлодаре", "Костанае", "Таразе", "Актобе"))
    yield service
    service.close()


def test_a_notices_own_dateline_dates_nothing_it_tells(news):
    # «Нур-Султан, 5 апреля 2021 г. – При Ассамблее … создана группа»: the dateline's year, in the
    # sentence with the query's words, raised the notice twice over and it ranked first again
    assert ranked(news, "создана Ассамблея") == ["dash_notice.txt", "history.txt"]
    assert ranked(news, "когда создана Ассамблея") == ["history.txt", "dash_notice.txt"]


def test_a_number_of_seats_is_no_year(news):
    # «концертный зал на 1800 мест» counted as a year: the hall's notice was raised as much as the
    # sentence dating the opening «в 1996 году», and stayed first
    assert ranked(news, "открыт Дом дружбы в Караганде") == ["new_hall.txt", "house_history.txt"]
    assert ranked(news, "когда открыт Дом дружбы в Караганде") == ["house_history.txt", "new_hall.txt"]


def test_a_digit_int_cannot_read_dates_nothing():
    # «⑴» is a digit to str.isdigit() and no number to int(): the day before «марта» raised ValueError;
    # a number past int()'s 4,300 digits did the same
    assert dated_years(sentence_words("Ассамблея создана ⑴ марта 1995 года.")) == [(0, 19950300)]
    assert dated_years(sentence_words("Создана " + "1" * 5000 + " марта 1995 года.")) == [(0, 19950300)]


@pytest.fixture(scope="module")
def odd_days(tmp_path_factory):
    service = with_fillers(tmp_path_factory, {"history.txt": HISTORY, "notice.txt": NOTICE,
                                              "circled.txt": "Ассамблея\n\nАссамблея создана ⑴ марта 1995 года.\n"},
                           ("Павлодаре", "Костанае"))
    yield service
    service.close()


def test_a_document_with_a_circled_day_fails_no_question_of_when(odd_days):
    # one ingested «⑴ марта 1995 года» in the best 20 failed every question of when (a 500 on the web)
    assert set(ranked(odd_days, "когда создана Ассамблея")) == {"history.txt", "notice.txt", "circled.txt"}
    assert ranked(odd_days, "когда создана Ассамблея")[0] != "notice.txt"


# A long transcript: its dated answer on top, then the same paragraph over and over
LONG_HISTORY = HISTORY + "\n".join(
    f"Выступление {n}. Участники сессии Ассамблеи обсудили работу этнокультурных объединений и воскресных школ."
    for n in range(1, 1200)) + "\n"


@pytest.fixture(scope="module")
def long_text(tmp_path_factory):
    service = with_fillers(tmp_path_factory, {"long_history.txt": LONG_HISTORY, "notice.txt": NOTICE},
                           ("Павлодаре", "Костанае"))
    yield service
    service.close()


def test_a_question_of_when_reads_the_start_of_each_text_once(long_text, monkeypatch):
    # every page of a question of when tokenized the best 20 texts whole again (3 s a page for six
    # 1.4 MB transcripts, every other search waiting): now their start, once for every page
    read: list[int] = []

    def counted(text, *args, **kwargs):
        read.append(len(text))
        return sentence_words(text, *args, **kwargs)

    monkeypatch.setattr(search_module, "sentence_words", counted)
    assert len(LONG_HISTORY) > 3 * DATED_TEXT_CHARS
    first = long_text.search(SearchRequest("когда создана Ассамблея", per_page=1, facets=False))
    assert [h.paths[0].rsplit("/", 1)[-1] for h in first.hits] == ["long_history.txt"]
    assert read and max(read) <= DATED_TEXT_CHARS
    read.clear()
    second = long_text.search(SearchRequest("когда создана Ассамблея", page=2, per_page=1, facets=False))
    assert [h.paths[0].rsplit("/", 1)[-1] for h in second.hits] == ["notice.txt"]
    assert read == []
