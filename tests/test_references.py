"""A document's author or issuing body, kept from its file (an e-mail's sender, a web page's author meta,
an Office file's creator, an article's authors line), shown on its page and in the API and exports, and
its bibliographic reference in the style of ГОСТ Р 7.0.5-2008 beside the quote citation; an act cited with
its number, a Kazakh document with Kazakh date and page words (index.references, index.citing_words)."""
from __future__ import annotations

import csv
import io
import re
from datetime import date

import pytest
from quote_api import client_of
from test_browser import browser  # noqa: F401 (the fixture)

from bench.ooxml import docx, para, run
from index.references import reference

NBSP = "\u00a0"

LETTER = (
    'From: "Секретариат АНК" <sekretariat@assembly.kz>\nTo: "Научно-экспертный совет" <nes@assembly.kz>\n'
    "Subject: О проведении круглого стола по медиации\nDate: Wed, 15 Mar 2023 10:42:00 +0600\nMIME-Version: 1.0\n"
    "Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n"
    "Уважаемые члены Научно-экспертного совета!\n\nСекретариат Ассамблеи народа Казахстана сообщает, что 24 марта "
    "2023 года в Доме дружбы состоится круглый стол по медиации. Просим подтвердить участие до 20 марта.\n\n"
    "С уважением,\nНургалиева Айгерим Болатовна\n")
WEB_ARTICLE = (
    '<!DOCTYPE html><html lang="ru"><head><meta charset="utf-8"><title>Медиация и согласие</title>'
    '<meta name="author" content="Ибраев Нурлан Серикович"></head><body><article>'
    "<h1>Медиация и общественное согласие в Казахстане</h1><p>Опубликовано: 15.06.2022</p>"
    "<p>Институт общественной медиации получил в Казахстане широкое распространение благодаря Ассамблее.</p>"
    "</article></body></html>")
ARTICLE = (
    "УДК 323.15(574)\n\nКадырова Г.Т., Сейткали А.М.\n\n"
    "Полиэтничность как ресурс общественного согласия\n\n"
    "Аннотация. В статье рассматривается опыт Ассамблеи народа Казахстана в сфере укрепления согласия.\n\n"
    "Кабинеты медиации при Ассамблее народа Казахстана рассмотрели более трехсот обращений граждан, большая часть "
    "которых была урегулирована на досудебной стадии.\n")
DECREE = (
    "УКАЗ\nПРЕЗИДЕНТА РЕСПУБЛИКИ КАЗАХСТАН\n\nОб утверждении Концепции развития Ассамблеи народа Казахстана до "
    "2025 года\n\nВ целях дальнейшего укрепления общественного согласия ПОСТАНОВЛЯЮ:\n\n1. Утвердить прилагаемую "
    "Концепцию развития Ассамблеи народа Казахстана до 2025 года.\n\n2. Настоящий Указ вводится в действие со дня "
    "его подписания.\n\nПрезидент\nРеспублики Казахстан                         К. Токаев\n\n"
    "Нур-Султан, Акорда, 12 апреля 2021 года\n№ 548\n")
KAZAKH = (
    "Қазақстан халқы Ассамблеясының жастар қанатының форумы туралы ақпарат\n\n"
    "Нұр-Сұлтан қаласы, 2021 жылғы 15 маусым\n\n"
    "Бүгін Достық үйінде Қазақстан халқы Ассамблеясы жастар қанатының республикалық форумы өтті. Форумға "
    "еліміздің барлық өңірлерінен 300-ден астам жас келді.\n\n"
    "Форум қорытындысы бойынша жастар арасында волонтерлік қозғалысты дамыту жөнінде ұсыныстар қабылданды.\n")
# a letter's addressee in the dative over its subject: a name with initials, but no author
ADDRESSED = ("Акиму Павлодарской области\nАбдрахманову Е.Т.\n\nО проведении форума дружбы\n\n"
             "Секретариат просит направить делегацию на форум дружбы в Павлодаре.\n")
# a report saved by a computer's default account: its creator «user» names nobody
REPORT = docx(para(run("Отчет о работе Дома дружбы")) + para(run(
    "Дом дружбы провел сорок встреч с этнокультурными объединениями области за отчетный период.")),
    creator="user", created="2022-12-20T09:00:00Z")


@pytest.fixture(scope="module")
def client(tmp_path_factory):
    docs = tmp_path_factory.mktemp("bib-docs")
    for name, text in (("pismo.eml", LETTER), ("statya.html", WEB_ARTICLE), ("article.txt", ARTICLE),
                       ("ukaz.txt", DECREE), ("habar.txt", KAZAKH), ("pismo.txt", ADDRESSED)):
        (docs / name).write_text(text, encoding="utf-8")
    (docs / "otchet.docx").write_bytes(REPORT)
    with client_of(docs, tmp_path_factory.mktemp("bib-index")) as c:
        yield c


def _quote(client, q: str) -> dict:
    hits = client.get("/api/quotes", query_string={"q": q}).get_json()["hits"]
    assert hits, q
    return hits[0]


def _rows(client, url: str, q: str) -> list[dict]:
    raw = client.get(url, query_string={"q": q}).get_data().decode("utf-8-sig")
    return list(csv.DictReader(io.StringIO(raw), delimiter=";"))


def test_the_authors_the_files_give_reach_the_document_answer_and_its_page(client):
    letter = _quote(client, "круглый стол")
    assert letter["author"] == "Секретариат АНК"
    document = client.get(letter["api_url"]).get_json()
    assert document["author"] == "Секретариат АНК"
    assert document["reference"] == f"О проведении круглого стола по медиации / Секретариат АНК. – 15{NBSP}марта 2023{NBSP}г."
    page = client.get(document["url"]).get_data(as_text=True)
    assert '<dd id="author">Секретариат АНК</dd>' in page and document["reference"] in page
    web = _quote(client, "распространение")
    assert web["author"] == "Ибраев Нурлан Серикович"
    assert web["reference"].startswith("Ибраев, Н. С. Медиация и общественное согласие в Казахстане / Н. С. Ибраев. – 15")


def test_an_articles_authors_line_is_its_author_and_heads_its_reference(client):
    quote = _quote(client, "досудебной стадии")
    assert quote["author"] == "Кадырова Г.Т., Сейткали А.М."
    assert quote["reference"].startswith("Кадырова, Г. Т. ") and " / Г. Т. Кадырова, А. М. Сейткали. – " in quote["reference"]


def test_a_placeholder_account_or_an_addressee_is_no_author(client):
    assert _quote(client, "делегацию")["author"] == ""
    quote = _quote(client, "сорок встреч")
    assert quote["author"] == ""
    assert quote["reference"] == f"Отчет о работе Дома дружбы. – 20{NBSP}декабря 2022{NBSP}г. – С.{NBSP}1."


def test_an_act_is_cited_with_its_number_and_the_exports_carry_it(client):
    quote = _quote(client, "Утвердить прилагаемую")
    assert quote["citation"].endswith(
        f"; Указ Президента Республики Казахстан «Об утверждении Концепции развития Ассамблеи народа Казахстана до "
        f"2025 года» от 12{NBSP}апреля 2021{NBSP}г. №{NBSP}548")
    assert quote["act_numbers"] == ["548"]
    assert quote["reference"] == (f"Об утверждении Концепции развития Ассамблеи народа Казахстана до 2025 года : указ "
                                  f"Президента Республики Казахстан от 12{NBSP}апреля 2021{NBSP}г. №{NBSP}548.")
    row = _rows(client, "/api/quotes.csv", "Утвердить прилагаемую")[0]
    # a cell of digits is written ="548", so a spreadsheet keeps it text (search_app.csv_cells)
    assert row["citation"] == quote["citation"] and row["act_numbers"] == '="548"' and row["language"] == "ru"
    assert row["reference"] == quote["reference"]
    found = _rows(client, "/api/search.csv", "Концепции")
    decree = next(r for r in found if r["act_numbers"] == '="548"')
    assert decree["reference"] == quote["reference"]
    letter = next(r for r in _rows(client, "/api/search.csv", "круглый стол"))
    assert letter["author"] == "Секретариат АНК" and letter["reference"].startswith("О проведении круглого стола")


def test_a_kazakh_document_is_cited_with_kazakh_date_and_page_words(client):
    quote = _quote(client, "волонтерлік")
    assert quote["document_language"] == "kk"
    assert quote["citation"].endswith(f"; Қазақстан халқы Ассамблеясының жастар қанатының форумы туралы ақпарат, "
                                      f"2021{NBSP}жылғы 15{NBSP}маусым")
    assert quote["reference"].endswith(f". – 2021{NBSP}жылғы 15{NBSP}маусым.")
    row = _rows(client, "/api/quotes.csv", "волонтерлік")[0]
    assert row["language"] == "kk" and row["citation"] == quote["citation"]
    # the quotes page marks the Kazakh date as Kazakh, the rest of the citation being the page's Russian
    page = client.get("/quotes", query_string={"q": "волонтерлік"}).get_data(as_text=True)
    assert f'<span lang="kk">, 2021{NBSP}жылғы 15{NBSP}маусым</span>' in page


def test_a_reference_pages_and_words_follow_the_document_language():
    assert reference("", "Хабар", None, language="kk", page=2) == f"Хабар. – [күні жоқ]. – Б.{NBSP}2."
    assert reference("А.А. Абенов, Б.Б. Байжанов, В.В. Васильев, Г.Г. Гусев", "Доклад", date(2020, 5, 4)) == (
        f"Доклад / А. А. Абенов [и др.]. – 4{NBSP}мая 2020{NBSP}г.")
    assert reference("Пресс-служба Ассамблеи", "", None) == "[Без названия] / Пресс-служба Ассамблеи. – [б. г.]."


@pytest.fixture(scope="module")
def served(tmp_path_factory):
    """The same documents, served to a real browser (test_browser's server and Chromium)."""
    from test_browser import _served

    docs = tmp_path_factory.mktemp("bib-served")
    for name, text in (("pismo.eml", LETTER), ("ukaz.txt", DECREE), ("habar.txt", KAZAKH)):
        (docs / name).write_text(text, encoding="utf-8")
    from ingest.pipeline import IngestOptions, run_ingest
    index = tmp_path_factory.mktemp("bib-served-index")
    run_ingest([str(docs)], IngestOptions(index_dir=index, workers=1))
    yield from _served(index)


def test_a_reader_sees_the_author_and_reference_and_copies_a_kazakh_citation(browser, served):  # noqa: F811
    from test_browser import expect

    context = browser.new_context(base_url=served, locale="ru-RU", viewport={"width": 1280, "height": 900})
    context.grant_permissions(["clipboard-read", "clipboard-write"], origin=served)
    pg = context.new_page()
    try:
        pg.goto("/quotes?q=круглый стол")
        pg.locator("li.quote a.title").first.click()
        pg.wait_for_url(re.compile(r"/doc/"))
        assert pg.locator("#author").inner_text() == "Секретариат АНК"
        assert pg.locator("#reference").inner_text() == (
            f"О проведении круглого стола по медиации / Секретариат АНК. – 15{NBSP}марта 2023{NBSP}г.")
        pg.goto("/quotes?q=волонтерлік")
        quote = pg.locator("li.quote").first
        citation = quote.locator(".citation").inner_text()
        assert f"ақпарат, 2021{NBSP}жылғы 15{NBSP}маусым" in citation and "июня" not in citation
        quote.locator("button.copy").click()
        expect()(quote.locator(".copied")).to_have_text("Цитата скопирована")
        assert pg.evaluate("navigator.clipboard.readText()") == citation
    finally:
        context.close()
