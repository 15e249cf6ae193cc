"""Of quotes holding the searched words about equally, the original first: the speaker's own turn
before the news and reprints repeating it, and an attributed quote before one naming nobody
(index.original_quotes)."""
from __future__ import annotations

import pytest

from conftest import ingested_service
from index.search import SearchRequest

# the original: a turn of a stenogram, the sentences among others
STENOGRAM = """СТЕНОГРАММА
XXII сессии Ассамблеи народа Казахстана

Астана, 23 апреля 2015 г.

ПРЕДСЕДАТЕЛЬСТВУЮЩИЙ (Тугжанов Е.Л.): Уважаемые члены Ассамблеи! Сессия объявляется открытой. Слово \
предоставляется Председателю Ассамблеи Нурсултану Абишевичу Назарбаеву.

НАЗАРБАЕВ Н.А.: Уважаемые члены Ассамблеи! Дорогие друзья! В этом году мы отмечаем двадцатилетие Ассамблеи.

Я хочу сказать главное. Согласие – это не подарок, который достался нам сам собой, а ежедневный труд каждого \
из нас. Его нельзя купить, его можно только беречь.

Всё, что мы построили за эти годы, – наше общее достояние, и мы обязаны сберечь его для наших детей. Мир \
в нашем общем доме – не лозунг, а забота государства.

ПРЕДСЕДАТЕЛЬСТВУЮЩИЙ (Тугжанов Е.Л.): Спасибо, Нурсултан Абишевич. Сессия объявляется закрытой.
"""
# a day later, a short news item quoting him
NEWS = """Назарбаев: согласие – это ежедневный труд

Астана, 24 апреля 2015 г.

«Согласие – это не подарок, который достался нам сам собой, а ежедневный труд каждого из нас», – сказал \
Н.А. Назарбаев.
"""
# a year later, a reprint naming no speaker
REPRINT = """Год спустя: вспоминая сессию

Астана, 20 апреля 2016 г.

«Всё, что мы построили за эти годы, – наше общее достояние».

В Доме дружбы открылась выставка.
"""
# years later, an interview holding four words side by side, far closer than the stenogram does
INTERVIEW = """Интервью с Е. Кариным

Астана, 1 марта 2019 г.

Корреспондент побеседовал с Е. Кариным.

– Ерлан Тынымбайулы, что главное для Ассамблеи?

– Я часто повторяю: согласие – не подарок, а труд.
"""


@pytest.fixture(scope="module")
def archive(tmp_path_factory):
    service = ingested_service(tmp_path_factory, {"stenogram.txt": STENOGRAM, "news.txt": NEWS,
                                                  "reprint.txt": REPRINT, "interview.txt": INTERVIEW})
    yield service
    service.close()


def _ranked(service, query: str) -> list[tuple[str, str | None]]:
    return [(str(hit.date), hit.speaker) for hit in service.quotes(SearchRequest(query, per_page=20)).hits]


@pytest.mark.parametrize("query", ['"согласие – это не подарок, который достался"',
                                   '"Согласие – не подарок, а ежедневный труд каждого из нас"~8'])
def test_the_speaker_s_own_earliest_words_rank_before_the_news_repeating_them(archive, query):
    # before: the news item's short paragraph first, the stenogram's turn that said it a day earlier below
    ranked = _ranked(archive, query)
    assert ranked[0] == ("2015-04-23", "Н.А. Назарбаев"), ranked
    assert ("2015-04-24", "Н.А. Назарбаев") in ranked[1:], ranked


def test_an_attributed_quote_ranks_before_a_reprint_naming_nobody(archive):
    # before: the reprint's bare sentence ranked above the stenogram's long turn
    ranked = _ranked(archive, '"всё, что мы построили за эти годы"')
    assert ranked == [("2015-04-23", "Н.А. Назарбаев"), ("2016-04-20", None)], ranked


def test_a_quote_holding_the_words_far_better_keeps_its_place(archive):
    # a tie-break, not a new ranking: the interview's «согласие – не подарок, а труд» holds the four
    # words side by side, the stenogram over a dozen words
    ranked = _ranked(archive, "согласие не подарок труд")
    assert ranked[0] == ("2019-03-01", "Е. Карин"), ranked
    assert ranked.index(("2015-04-23", "Н.А. Назарбаев")) < ranked.index(("2015-04-24", "Н.А. Назарбаев")), ranked
