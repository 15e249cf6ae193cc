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
    # each word that tells a book (looked for as plain text before the pattern runs)
    ("ББК 66.3(5Каз)\n\nАстана 2020", 2020), ("ISBN 978-601-7000-00-0\n\nАстана 2020", 2020),
    ("учебное пособие\n\nАстана 2020", 2020), ("Оқу құралы\n\nАстана 2020", 2020),
    ("Сборник материалов\n\nАстана 2020", 2020), ("Жинақ\n\nАстана 2020", 2020),
])
def test_a_book_is_dated_by_its_imprint_year_not_by_the_history_it_tells(title_page, year):
    text = book(title_page)
    assert imprint_year(text, TODAY.year) == year
    assert document_date({}, text, "kniga.txt", today=TODAY) == (date(year, 1, 1), "year")


def test_a_work_the_book_cites_gives_no_imprint():
    cited = ("Список литературы\n\n1. Кадырова, Г.Т. Полиэтничность как ресурс / Г.Т. Кадырова. — Шымкент : "
             "Аль-Фараби, 2011. — 210 с.\n\n[12] Ахметова Л.С. Медиация. — Алматы: Дайк-Пресс, 2016. — С. 4.")
    assert imprint_year(book("Монография\n\n" + cited), TODAY.year) is None
    assert imprint_year(book("Монография\n\nАстана 2021\n\n" + cited), TODAY.year) == 2021


def test_the_imprint_year_takes_its_day_from_the_file_or_the_text_when_they_fall_in_it():
    text = book("Монография\n\nАстана 2020")
    assert document_date({"created": "2020-03-01"}, text, "kniga.pdf", today=TODAY) == (date(2020, 3, 1), "metadata")
    # a PDF made a year later is dated by the book's year
    assert document_date({"created": "2021-03-01"}, text, "kniga.pdf", today=TODAY) == (date(2020, 1, 1), "year")
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
        assert (hit.date, hit.date_source) == (date(2020, 1, 1), "year")
        assert service.search(SearchRequest("Акорде", date_from=date(2020, 1, 1), date_to=date(2020, 12, 31))).total == 1
        assert service.search(SearchRequest("Акорде", date_from=date(1995, 1, 1), date_to=date(1995, 12, 31))).total == 0
    finally:
        service.close()


REPORT = "Отчет о деятельности Ассамблеи народа Казахстана Карагандинской области за 2020 год"
CITATION = "Назарбаев Н.А. Эпицентр мира. — Астана: Елорда, 2001. — С. 45"
HELD = "15 января 2021 года состоялось итоговое заседание Ассамблеи области."


def long_text(*opening: str) -> str:
    """A text of LONG_CHARS or more: `opening`'s paragraphs, then chapters."""
    return "\n\n".join([*opening, *[CHAPTER] * 100]) + "\n"


@pytest.mark.parametrize("text", [
    # a long report citing a book inline, in brackets, or in a PDF's footnote whose superscript is a plain «1 »
    long_text(REPORT, f"Как отмечал Первый Президент, единство — главное богатство народа ({CITATION}).", HELD),
    long_text(REPORT, f"Единство — главное богатство народа [{CITATION}].", HELD),
    long_text(REPORT, "Институт медиации получил широкое распространение1.", f"____\n1 {CITATION}.", HELD),
    # a long report that is no book cites an imprint unbracketed: only its own title page or © dates it
    long_text(REPORT, f"См.: {CITATION}.", HELD),
])
def test_a_long_report_is_not_dated_by_a_book_it_cites(text):
    assert imprint_year(text, TODAY.year) is None
    assert document_date({}, text, "otchet.txt", today=TODAY) == (date(2021, 1, 15), "text")
    assert document_date({"created": "2021-02-03"}, text, "otchet.pdf", today=TODAY) == (date(2021, 2, 3), "metadata")


def test_a_book_s_unnumbered_entry_opening_with_its_author_is_cited_unless_the_title_page_names_him():
    reading = "Рекомендуемая литература\n\nТишков В.А. Реквием по этносу. — М.: Наука, 2003. — 544 с."
    assert imprint_year(book("УДК 323.1\n\n" + reading), TODAY.year) is None
    # a book's own catalogue record opens with the author its title page names
    own = "Тишков В.А.\n\nРеквием по этносу\n\nМонография\n\n" + reading.split("\n\n")[1]
    assert imprint_year(book(own), TODAY.year) == 2003
    # a title page printing its author in capitals names him too
    for author in ("В.А. ТИШКОВ", "ВАЛЕРИЙ ТИШКОВ"):
        assert imprint_year(book(own.replace("Тишков В.А.", author, 1)), TODAY.year) == 2003, author


def test_a_long_report_s_own_title_page_dates_it_but_a_table_of_cities_and_years_does_not():
    steno = long_text("Материалы XXIX сессии Ассамблеи народа Казахстана", "Нур-Султан, 2021",
                      "Стенограмма заседания 28 апреля 2021 года")
    assert imprint_year(steno, TODAY.year) == 2021
    assert document_date({}, steno, "steno.txt", today=TODAY) == (date(2021, 4, 28), "text")
    table = long_text("Информация о работе домов дружбы", "Количество мероприятий по годам:\n\nАлматы 2018\nАстана 2019",
                      "По состоянию на 1 декабря 2022 года в республике действуют 30 домов дружбы.")
    assert imprint_year(table, TODAY.year) is None
    assert imprint_year(book("Монография\n\nАлматы 2018\nАстана 2019"), TODAY.year) is None


def test_a_long_pdf_report_citing_a_book_keeps_its_creation_date(tmp_path):
    from conftest import make_pdfs_module
    from ingest.pipeline import IngestOptions, run_ingest
    from index.search import SearchService

    mk = make_pdfs_module()
    pdf = mk.MiniPdf(info={"CreationDate": "D:20210203100000+06'00'"})
    lines = ["Аналитическая записка о медиации",
             "Единство — главное богатство народа (Назарбаев Н.А. Эпицентр мира. — Астана: Елорда,",
             "2001. — С. 45). В 2021 году кабинеты медиации работали во всех регионах страны."]
    lines += ["Участники заседания обсудили вопросы межэтнического согласия и работу объединений."] * 300
    for first in range(0, len(lines), 40):
        pdf.page([(50, mk.H - 60 - 16 * i, 10, line) for i, line in enumerate(lines[first:first + 40])])
    archive, index = tmp_path / "archive", tmp_path / "index"
    archive.mkdir()
    pdf.save(archive / "zapiska.pdf")
    run_ingest([str(archive)], IngestOptions(index_dir=index, workers=1))
    service = SearchService(index)
    try:
        hit = service.search(SearchRequest("медиации")).hits[0]
        assert (hit.date, hit.date_source) == (date(2021, 2, 3), "metadata")
    finally:
        service.close()
