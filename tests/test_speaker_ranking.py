"""A quote search naming a speaker ranks his own words before other people's words about him
(index.speaker_ranking)."""
from __future__ import annotations

import pytest

from conftest import ingested_service
from index.search import SearchRequest

SESSION = """СТЕНОГРАММА
XXVII сессии Ассамблеи народа Казахстана

Нур-Султан, 23 апреля 2019 г.

Председательствующий (К.К. Токаев): Уважаемые участники сессии! Сегодня мы обсуждаем вопросы языковой политики. \
Я убежден, что знание государственного языка должно объединять, а не разделять граждан. Казахский язык станет языком \
межнационального общения, но мы никогда не допустим ущемления русского языка и языков этносов.

КАРИН Е.Т.: Уважаемый Касым-Жомарт Кемелевич! Уважаемые коллеги! Молодежь сегодня является главной опорой \
межэтнического согласия. Мы предлагаем создать при Ассамблее молодежный клуб волонтеров.

АХМЕТОВА Г.С.: Уважаемые коллеги! Я поддерживаю предложение Главы государства о развитии трехъязычия. Как отметил \
Президент Токаев, государственный язык должен объединять. Мы в Совете матерей проводим курсы казахского языка для взрослых.

Председательствующий (К.К. Токаев): Спасибо. Прошу Секретариат Ассамблеи учесть все предложения по языковой политике.
"""
FORUM = """Выступление Президента К.К. Токаева на форуме «Языки единства»

Нур-Султан, 6 сентября 2019 г.

«Учитель казахского языка сегодня – ключевая фигура языковой политики», — заявил К.К. Токаев на форуме.

Участники форума обсудили новые учебники и методики преподавания.
"""
AKIM = """В Шымкенте обсудили изучение государственного языка

Шымкент, 15 июня 2020 г.

«В нашем районе открыты бесплатные курсы казахского языка для всех желающих», — сказал аким района Е.К. Токаев.
"""
MENTION = """Итоги года в Совете матерей

Караганда, 20 декабря 2021 г.

Председатель Совета матерей Г.С. Ахметова напомнила, что Президент Токаев назвал знание языков богатством народа.
"""


@pytest.fixture(scope="module")
def session(tmp_path_factory):
    service = ingested_service(tmp_path_factory, {"sessiya.txt": SESSION, "forum.txt": FORUM, "akim.txt": AKIM,
                                                  "itogi.txt": MENTION})
    yield service
    service.close()


def _speakers(result) -> list[str | None]:
    return [hit.speaker for hit in result.hits]


@pytest.mark.parametrize("query", ["Токаев языки", "что говорил Токаев о языках"])
def test_a_speakers_own_quotes_rank_before_others_words_about_him(session, query):
    # Ахметова's «Как отметил Президент Токаев, государственный язык…» holds the name beside the
    # subject and ranked first; his own session opening names him only in its label
    res = session.quotes(SearchRequest(query, per_page=20))
    speakers = _speakers(res)
    own = [s for s in speakers if s and s.endswith("Токаев")]
    assert speakers[:len(own)] == own and len(own) >= 2, speakers
    # nothing is left out: the others' words about him follow
    assert "Г.С. Ахметова" in speakers[len(own):], speakers


@pytest.mark.parametrize("query", ["К.К. Токаев языка", "Касым-Жомарт Токаев языки"])
def test_initials_or_a_given_name_typed_raise_only_that_speaker(session, query):
    # `К.К. Токаев` is not the akim Е.К. Токаев: his quote is found (the surname is required,
    # the initials rank) but not raised above the President's; nor is he Касым-Жомарт
    speakers = _speakers(session.quotes(SearchRequest(query, per_page=20)))
    assert speakers[:2] == ["К.К. Токаев"] * 2 and "Е.К. Токаев" in speakers
    assert speakers.index("Е.К. Токаев") > max(i for i, s in enumerate(speakers) if s == "К.К. Токаев")


def test_a_speakers_surname_in_her_case_forms_raises_her_quotes(session):
    # «Ахметовой» is hers: her session turn about the courses ranks before the President's words
    speakers = _speakers(session.quotes(SearchRequest("курсы языка Ахметовой", per_page=20)))
    assert speakers and speakers[0] == "Г.С. Ахметова"
