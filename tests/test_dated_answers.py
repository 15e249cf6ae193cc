"""A question of when ranks first the documents whose sentence dates what it asks about
(index.dated_answers), over a short notice whose title holds the words."""
from __future__ import annotations

import pytest

from conftest import ingested_service
from index.dated_answers import asks_when
from index.search import SearchRequest

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


@pytest.fixture(scope="module")
def archive(tmp_path_factory):
    fillers = {f"filler_{n}.txt": FILLER.format(city=city, n=n)
               for n, city in enumerate(("Павлодаре", "Костанае", "Караганде", "Таразе"), 1)}
    service = ingested_service(tmp_path_factory, {"history.txt": HISTORY, "notice.txt": NOTICE, **fillers})
    yield service
    service.close()


def ranked(service, query: str) -> list[str]:
    return [h.paths[0].rsplit("/", 1)[-1] for h in service.search(SearchRequest(query, facets=False)).hits]


@pytest.mark.parametrize("query", ["когда была создана ассамблея", "когда создана Ассамблея?",
                                   "в каком году создана Ассамблея"])
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
    assert not asks_when(["Кто", "такой"]) and not asks_when(["как"]) and not asks_when([])
