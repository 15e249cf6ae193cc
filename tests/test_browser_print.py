"""Paper: the result list, the quotes and a document page printed by Chromium (`page.pdf()`, which
prints as a browser does by default, background graphics off) and read back with pdfminer.

The browser, the served app and the page come from test_browser.py."""
from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest

from test_browser import _served, browser, page, server  # noqa: F401 (fixtures)

# 25 speakers, more than the document page shows before «Показать всех (N)»
NAMES = ["А.А. Абенов", "Б.З. Байжанов", "В.П. Гарифуллин", "Г.К. Давлетов", "Д.Е. Ермеков", "Е.Ж. Жанузаков",
         "Ж.И. Искаков", "З.К. Калиев", "И.Л. Ломакин", "К.М. Мусин", "Л.Н. Нуров", "М.О. Оспанов",
         "Н.П. Петров", "О.Р. Рахимов", "П.С. Сейтказин", "Р.Т. Тулегенов", "С.У. Уалиев", "Т.Ф. Федоров",
         "У.Х. Хасенов", "Ф.Ц. Цой", "Х.Ч. Чернов", "Ц.Ш. Шаяхметов", "Ч.Э. Эмин", "Ш.Ю. Юсупов", "Э.Я. Яковлев"]
SURNAMES = [name.split()[-1] for name in NAMES]
LONG_TITLE = "Стенограмма заседания Совета общественного согласия"


def _long_record():
    """A stenogram of several printed pages: each of the 25 speakers says two paragraphs."""
    from conftest import make_record

    paragraphs, speaker_of = [], {}
    for n, name in enumerate(NAMES * 2):
        speaker_of[len(paragraphs)] = name
        paragraphs.append(f"«Межэтническое согласие и доверие — основа нашей работы в районе номер {n + 1}. "
                          "Мы провели встречи с жителями, молодежью и ветеранами, обсудили языковую политику, "
                          "работу домов дружбы и этнокультурных объединений, планы на следующий год», — отметил "
                          f"{name}.")
    return make_record("long", LONG_TITLE, paragraphs, when=date(2019, 3, 14), speakers=NAMES, persons=NAMES,
                       speaker_of=speaker_of, narrated=set(speaker_of))


@pytest.fixture(scope="module")
def print_server(tmp_path_factory):
    """The long stenogram, and two notes under one title (told apart on paper by their address)."""
    from conftest import make_record
    from index.store import IndexWriter

    root = tmp_path_factory.mktemp("web-browser-print")
    with IndexWriter(root / "index", create=True) as writer:
        writer.add(_long_record())
        for doc_id, day in (("same1", 3), ("same2", 4)):
            writer.add(make_record(doc_id, "Круглый стол о согласии", [
                f"Круглый стол о межэтническом согласии прошел {day} апреля в Доме дружбы."], when=date(2022, 4, day)))
    yield from _served(root / "index")


@pytest.fixture()
def paper(browser, print_server):  # noqa: F811
    context = browser.new_context(base_url=print_server, locale="ru-RU", viewport={"width": 1280, "height": 900})
    pg = context.new_page()
    pg.emulate_media(media="print")
    yield pg
    context.close()


def _printed(pg, path: Path) -> list[str]:
    """The page printed as A4 with the browser's defaults, as the text of each sheet."""
    from pdfminer.high_level import extract_text
    from pdfminer.pdfpage import PDFPage

    pg.pdf(path=str(path), format="A4")
    with open(path, "rb") as fh:
        sheets = sum(1 for _ in PDFPage.get_pages(fh))
    return [extract_text(str(path), page_numbers=[n]) for n in range(sheets)]


def _flat(text: str) -> str:
    """Spaces and line ends as one space; the font's ligatures (ﬁ in «/file») as their letters."""
    return re.sub(r"\s+", " ", text).replace("\ufb01", "fi").replace("\ufb00", "ff").replace("\ufb02", "fl")


def _marked_chars(path: Path) -> tuple[set[str], set]:
    """The fonts of the PDF's letters, and the colours of its filled boxes."""
    from pdfminer.high_level import extract_pages
    from pdfminer.layout import LTChar, LTCurve

    fonts, fills = set(), set()

    def walk(obj):
        if isinstance(obj, LTChar):
            fonts.add(obj.fontname)
        elif isinstance(obj, LTCurve) and obj.fill:
            fills.add(tuple(round(c, 2) for c in obj.non_stroking_color or ()))
        for child in getattr(obj, "_objs", None) or []:
            walk(child)

    for sheet in extract_pages(str(path)):
        walk(sheet)
    return fonts, fills


@pytest.mark.parametrize("url", ["/?q=согласие", "/quotes?q=согласие", "/doc/long?q=согласие"])
def test_matches_stay_marked_on_paper_without_colour(paper, tmp_path, url):
    # a match was marked by its pale yellow background alone, which a browser leaves out of its
    # print by default (and a black-and-white printer greys to nothing): every highlight was lost
    paper.goto(url)
    style = paper.locator("mark").first.evaluate("""m => { const s = getComputedStyle(m);
        return {weight: +s.fontWeight, line: s.textDecorationLine, adjust: s.printColorAdjust}; }""")
    assert style["weight"] >= 700 and "underline" in style["line"], style
    _printed(paper, tmp_path / "marks.pdf")
    fonts, fills = _marked_chars(tmp_path / "marks.pdf")
    assert any("bold" in font.lower() for font in fonts), fonts  # the marked words are printed in bold
    assert (1.0, 0.9, 0.54) in fills, fills  # and keep their colour where the printer has one


def test_the_paragraph_a_quote_opens_at_is_marked_on_paper(paper):
    paper.goto("/doc/long?q=согласие#p-3")
    edge = paper.locator("#p-3").evaluate("p => getComputedStyle(p).borderLeftStyle")
    assert edge == "solid"  # its background alone was lost too
    assert paper.locator("#p-4").evaluate("p => getComputedStyle(p).borderLeftStyle") == "none"


def test_a_printed_document_starts_on_its_first_sheet(paper, tmp_path):
    # the whole article was kept on one sheet (break-inside: avoid): it never fits one, so the
    # first sheet held the site's name alone
    paper.goto("/doc/long?q=согласие")
    sheets = _printed(paper, tmp_path / "doc.pdf")
    assert len(sheets) >= 3
    first = _flat(sheets[0])
    assert LONG_TITLE in first and "районе номер 1." in first, first


def test_a_printed_document_lists_every_speaker_and_person(paper, tmp_path):
    # the names past the twentieth were folded behind «Показать всех (25)», which printed as words
    paper.goto("/doc/long")
    text = _flat("".join(_printed(paper, tmp_path / "names.pdf")))
    head = text[text.index("Выступающие"):text.index("районе номер 1.")]
    assert "Показать всех" not in head
    speakers, persons = head.split("Упоминаются")
    for surname in SURNAMES:
        assert surname in speakers and surname in persons, surname
    paper.emulate_media(media="screen")  # on screen the fold stays
    assert not paper.locator("details.names").first.evaluate("d => d.open")
    assert not paper.get_by_text("Ш.Ю. Юсупов").first.is_visible()
    # a browser that cannot style the fold's content: the script opens it for the print, and closes it after
    folds = paper.locator("details.names")
    paper.evaluate("window.dispatchEvent(new Event('beforeprint'))")
    assert folds.evaluate_all("ds => ds.map(d => d.open)") == [True, True]
    paper.evaluate("window.dispatchEvent(new Event('afterprint'))")
    assert folds.evaluate_all("ds => ds.map(d => d.open)") == [False, False]


def test_each_printed_result_gives_its_documents_address(paper, print_server, tmp_path):
    # two results under one title, and neither said where to find it again
    paper.goto("/?q=круглый+стол")
    text = _flat("".join(_printed(paper, tmp_path / "results.pdf"))).replace(" /", "/")
    for doc_id in ("same1", "same2"):
        assert f"{print_server}/doc/{doc_id}" in text, text
    paper.emulate_media(media="screen")
    assert not paper.locator(".print-only").first.is_visible()


def test_a_printed_document_gives_its_own_address_and_the_originals(page, server, tmp_path):  # noqa: F811
    page.emulate_media(media="print")
    page.goto("/doc/d1?q=отчет")
    text = _flat("".join(_printed(page, tmp_path / "doc.pdf")))
    assert "Адрес" in text and f"{server}/doc/d1 " in text, text
    assert f"otchet.txt — {server}/doc/d1/file" in text, text
    assert "скачать оригинал" not in text  # a control, not something paper can do


def test_print_leaves_out_chip_marks_the_time_and_second_copies(page, tmp_path):  # noqa: F811
    page.emulate_media(media="print")
    page.goto("/?q=заседание&year=2019&year=2020")
    text = _flat("".join(_printed(page, tmp_path / "filters.pdf")))
    assert "×" not in text and " мс" not in text, text
    assert text.count("год: 2019") == 1, text  # in the printed query alone, not again in a chip
    page.goto("/quotes?q=согласие")
    quotes = page.locator("li.quote")
    text = _flat("".join(_printed(page, tmp_path / "quotes.pdf")))
    said = [_flat(q)[:60] for q in quotes.locator("blockquote").all_inner_texts()]
    assert text.count(said[0]) == said.count(said[0]), (said, text)  # each quote once, not again in its citation
    link = quotes.first.locator("a.permalink").get_attribute("href")
    assert link in text.replace(" /", "/")  # the permalink still printed
    assert " мс" not in text
