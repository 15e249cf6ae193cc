"""Whose words a post names: the holder on the day the clause dates the speech, not the document's
(a 2021 retrospective quoting the 1995 session), and never the head of state whose press secretary
spoke («— сказал пресс-секретарь Главы государства»). A real index with the shipped aliases."""
from __future__ import annotations

from datetime import date

import pytest

from index.citation import hit_citation
from index.search import SearchRequest, SearchService
from ingest.extract.persons import find_persons
from ingest.pipeline import IngestOptions, run_ingest

STENOGRAM_1995 = """Стенограмма первой сессии Ассамблеи народа Казахстана

Алматы, 24 марта 1995 года

Председательствует Президент Республики Казахстан Н.А. Назарбаев.

«Межнациональное согласие – это главное богатство нашей страны, и мы обязаны беречь его как зеницу ока», — подчеркнул Глава государства.
"""

RETROSPECTIVE_2021 = """Слова, ставшие девизом Ассамблеи

Нур-Султан, 1 марта 2021 года

Выступая на первой сессии Ассамблеи 24 марта 1995 года, Глава государства сказал: «Межнациональное согласие – это главное богатство нашей страны, и мы обязаны беречь его как зеницу ока».

«Ассамблея остаётся площадкой диалога», — отметил Глава государства на встрече с активом.
"""

ANNIVERSARY_2020 = """Ассамблея: пять лет после XXIII сессии

Нур-Султан, 27 апреля 2020 года

В 2015 году на XXIII сессии Ассамблеи народа Казахстана «Мәңгілік Ел: одна страна – одна судьба» Президент Республики Казахстан заявил: «Наше единство – это не данность, это ежедневный труд каждого казахстанца».
"""

BRIEFING_2021 = """Брифинг пресс-секретаря

Нур-Султан, 13 мая 2021 года

Пресс-секретарь Президента Республики Казахстан Б.Б. Смагулов провёл брифинг.

«Встреча состоится в Акорде», — сказал пресс-секретарь Главы государства.
"""

BRIEFING_2016 = """Брифинг в Акорде

Астана, 14 мая 2016 года

«Встреча с активом Ассамблеи состоится в пятницу», — сказал пресс-секретарь Главы государства.
"""


@pytest.fixture(scope="module")
def archive(tmp_path_factory):
    root = tmp_path_factory.mktemp("docs")
    index = tmp_path_factory.mktemp("index")
    for name, text in {"stenogram.txt": STENOGRAM_1995, "retrospective.txt": RETROSPECTIVE_2021,
                       "anniversary.txt": ANNIVERSARY_2020, "briefing.txt": BRIEFING_2021,
                       "akorda.txt": BRIEFING_2016}.items():
        (root / name).write_text(text, encoding="utf-8")
    run_ingest([str(root)], IngestOptions(index_dir=index, workers=1))
    svc = SearchService(index)
    yield svc
    svc.close()


def test_an_older_speech_a_later_article_quotes_is_its_day_holders(archive):
    hits = archive.quotes(SearchRequest("зеницу ока")).hits
    assert sorted(h.speakers[0] for h in hits) == ["Н.А. Назарбаев", "Н.А. Назарбаев"]
    retrospective = next(h for h in hits if h.date == date(2021, 3, 1))
    assert "— Н.А. Назарбаев; Слова, ставшие девизом Ассамблеи" in hit_citation(retrospective)
    [unity] = archive.quotes(SearchRequest("ежедневный труд")).hits
    assert unity.speakers == ["Н.А. Назарбаев"]


def test_the_same_articles_undated_clause_keeps_the_documents_holder(archive):
    [today] = archive.quotes(SearchRequest("площадкой диалога")).hits
    assert today.speakers == ["К.К. Токаев"]
    [retrospective] = archive.search(SearchRequest("девизом")).hits
    assert retrospective.speakers == ["Н.А. Назарбаев", "К.К. Токаев"]
    assert [h.title for h in archive.search(SearchRequest("speaker:Назарбаев", sort="oldest")).hits] == [
        "Стенограмма первой сессии Ассамблеи народа Казахстана", "Ассамблея: пять лет после XXIII сессии",
        "Слова, ставшие девизом Ассамблеи"]


def test_a_press_secretarys_words_are_not_the_head_of_states(archive):
    for words in ("состоится в Акорде", "состоится в пятницу"):
        [hit] = archive.quotes(SearchRequest(f'"{words}"')).hits
        assert hit.speakers == [], hit_citation(hit)
    assert archive.search(SearchRequest("speaker:Токаев брифинг")).hits == []


@pytest.mark.parametrize("text, on, named", [
    ("Выступая на сессии 24 марта 1995 года, Глава государства сказал: «Мы едины».", "2021-03-01", ["Н.А. Назарбаев"]),
    ("В 2015 году Президент Республики Казахстан заявил: «Мы едины».", "2020-04-27", ["Н.А. Назарбаев"]),
    # a span's edge, not the day of the speech: the document's date decides
    ("С 1995 года Ассамблея выросла, и Глава государства отметил: «Мы едины».", "2021-01-10", ["К.К. Токаев"]),
    ("По итогам 2018 года Глава государства отметил: «Год был трудным».", "2021-01-10", ["К.К. Токаев"]),
    # a date inside the quote before the attribution is the quote's
    ("«В 1995 году мы создали Ассамблею», — сказал Глава государства.", "2021-03-01", ["К.К. Токаев"]),
    # a year both held the office in names neither
    ("В 2019 году Глава государства отметил: «Мы едины».", "2021-03-01", []),
    ("2015 жылы Ассамблея сессиясында Мемлекет басшысы сөз сөйледі.", "2021-03-01", ["Н.А. Назарбаев"]),
    # «г.» and a person's initials end no sentence: the date before them is still the clause's
    ("Выступая 24 марта 1995 г. на первой сессии Ассамблеи, Глава государства сказал: «Мы едины».", "2021-03-01",
     ["Н.А. Назарбаев"]),
    ("В 1995 г. Глава государства заявил: «Мы едины».", "2021-03-02", ["Н.А. Назарбаев"]),
    ("На первой сессии Ассамблеи 24.03.1995 г. Глава государства подчеркнул: «Мы едины».", "2021-03-01",
     ["Н.А. Назарбаев"]),
    ("24 марта 1995 года после выступления академика М.К. Козыбаева Глава государства сказал: «Мы едины».",
     "2021-03-01", ["М.К. Козыбаев", "Н.А. Назарбаев"]),
    # a date another event owns (a participle's, another predicate's) or a «сегодня» after it: the document's date
    ("В день рождения Ассамблеи, созданной 1 марта 1995 года, Глава государства подчеркнул: «Мы едины».",
     "2021-03-01", ["К.К. Токаев"]),
    ("В построенном в 2015 году Доме дружбы Глава государства сказал: «Мы едины».", "2021-09-10", ["К.К. Токаев"]),
    ("Ассамблея была создана в 1995 году, а сегодня Глава государства отметил: «Мы едины».", "2021-03-01",
     ["К.К. Токаев"]),
    ("Дом дружбы, построенный в 2015 году, сегодня посетил Глава государства.", "2021-09-10", ["К.К. Токаев"]),
    ("Ассамблея была создана в 1995 г. Глава государства сказал: «Мы едины».", "2021-03-01", ["К.К. Токаев"]),
    # a date the sentence's own clause opens with after another's: «Я хорошо помню, как …»
    ("Я хорошо помню, как 24 марта 1995 года Глава государства сказал: «Мы едины».", "2021-03-01",
     ["Н.А. Назарбаев"]),
    # a quote's attribution dates the speech after the title, unless another event owns the date
    ("«Мы едины», — сказал Глава государства на первой сессии Ассамблеи 24 марта 1995 года.", "2021-03-01",
     ["Н.А. Назарбаев"]),
    ("«Мы едины», — сказал Глава государства в Доме дружбы, построенном в 2015 году.", "2021-09-10",
     ["К.К. Токаев"]),
    ("«Мы едины», — сказал сегодня Глава государства о сессии 24 марта 1995 года.", "2021-03-01", ["К.К. Токаев"]),
], ids=["full-date", "year", "since", "results-of", "inside-the-quote", "year-of-both", "kazakh-year",
        "g-abbreviation", "year-g", "numeric-g", "initials", "participle", "participle-before-noun",
        "another-predicate-and-today", "participle-and-today", "g-then-a-sentence", "subordinate-clause",
        "attribution-date", "attribution-participle", "attribution-today"])
def test_a_title_is_read_by_the_date_its_clause_opens_with(text, on, named):
    assert [m.canonical for m in find_persons(text, "kk" if "жылы" in text else "ru", date.fromisoformat(on))] == named
