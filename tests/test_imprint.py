"""A book is dated by its imprint's year, not by the first date its history chapters mention."""
from datetime import date

import pytest
from conftest import ingested_service

from index.search import SearchRequest
from ingest.extract.dates import document_date
from ingest.extract.imprint import imprint_year

CHAPTER = ("Первая сессия Ассамблеи состоялась 24 апреля 1995 года в Акорде. Региональные советы регулярно "
           "представляли информацию о проделанной работе, а архивные материалы позволяют проследить, как "
           "менялись формы взаимодействия государства и общества.")
TODAY = date(2026, 11, 29)


def book(title_page: str, chapters: int = 3) -> str:
    return "\n\n".join(["Ассамблея народа Казахстана: история и современность", title_page,
                        *[CHAPTER] * chapters]) + "\n"


@pytest.mark.parametrize("title_page, year", [
    ("Монография\n\nАстана 2020", 2020),
    ("Монография\n\nАлматы, 2019 г.", 2019),
    ("УДК 323.1(574)\n\nАссамблея народа Казахстана: история и современность. Монография. Астана:\n"
     "Издательство Ассамблеи, 2020. 196 с.", 2020),  # an imprint hard-wrapped
    ("Учебное пособие\n\n© Ассамблея народа Казахстана, 2018", 2018),
    ("Монографиясы\n\nАстана – 2021 ж.", 2021),
])
def test_a_book_is_dated_by_its_imprint_year_not_by_the_history_it_tells(title_page, year):
    text = book(title_page)
    assert imprint_year(text, TODAY.year) == year
    assert document_date({}, text, "kniga.txt", today=TODAY) == (date(year, 1, 1), "text")


def test_a_work_the_book_cites_gives_no_imprint():
    cited = ("Список литературы\n\n1. Кадырова, Г.Т. Полиэтничность как ресурс / Г.Т. Кадырова. — Шымкент : "
             "Аль-Фараби, 2011. — 210 с.\n\n[12] Ахметова Л.С. Медиация. — Алматы: Дайк-Пресс, 2016. — С. 4.")
    assert imprint_year(book("Монография\n\n" + cited), TODAY.year) is None
    assert imprint_year(book("Монография\n\nАстана 2021\n\n" + cited), TODAY.year) == 2021


def test_the_imprint_year_takes_its_day_from_the_file_or_the_text_when_they_fall_in_it():
    text = book("Монография\n\nАстана 2020")
    assert document_date({"created": "2020-03-01"}, text, "kniga.pdf", today=TODAY) == (date(2020, 3, 1), "metadata")
    # a PDF made a year later is dated by the book's year
    assert document_date({"created": "2021-03-01"}, text, "kniga.pdf", today=TODAY) == (date(2020, 1, 1), "text")
    signed = text.replace("Астана 2020", "Астана 2020\n\nПодписано в печать 12.05.2020")
    assert document_date({}, signed, "kniga.txt", today=TODAY) == (date(2020, 5, 12), "text")


@pytest.mark.parametrize("text", [
    "Итоги 2019\n\n" + CHAPTER,  # a news item's heading with a year: no book
    book("Монография\n\nАстана 2030"),  # a year to come is no imprint
    book("Стратегия «Казахстан-2050»"),
])
def test_a_year_in_a_news_item_s_heading_or_a_plan_is_no_imprint(text):
    assert imprint_year(text, TODAY.year) is None
    assert document_date({}, text, "news.txt", today=TODAY) == (date(1995, 4, 24), "text")


def test_a_text_book_s_citation_and_year_filter_give_its_imprint_year(tmp_path_factory):
    service = ingested_service(tmp_path_factory, {"kniga.txt": book("Монография\n\nАстана 2020", chapters=4)})
    try:
        hit = service.search(SearchRequest("Акорде")).hits[0]
        assert (hit.date, hit.date_source) == (date(2020, 1, 1), "text")
        assert service.search(SearchRequest("Акорде", date_from=date(2020, 1, 1), date_to=date(2020, 12, 31))).total == 1
        assert service.search(SearchRequest("Акорде", date_from=date(1995, 1, 1), date_to=date(1995, 12, 31))).total == 0
    finally:
        service.close()
