"""A browser's «Print → Save as PDF» (page_furniture): the print stamp and title at the top of each
page, the address and «n/N» at its foot are page furniture, not the document's text or date."""
import pytest

from ingest.build import extract_parsed
from ingest.parsers import parse_file
from ingest.parsers.page_furniture import opens_with_print_stamp

SPEECH = [
    "БАЙЖАНОВА Г.С.: Совет матерей в следующем году продолжит проект по пропаганде",
    "семейных ценностей «Шанырак» и",
]


@pytest.fixture(scope="module")
def mk():
    from tests.conftest import make_pdfs_module

    return make_pdfs_module()


def _chrome_print(mk, path, stamps: list[str]) -> None:
    """Three pages as Chrome prints a page with its default header and footer: the stamp (a time
    per page) and the page's title on one row at the top, its address (digits in it) and «n/3» on
    one row at the foot; a speech runs from page 2 onto page 3."""
    pdf = mk.MiniPdf()
    for n, stamp in enumerate(stamps, 1):
        lines = [(24, mk.H - 24, 8, stamp), (256, mk.H - 24, 8, "Стенограмма заседания Совета АНК 15.12.2021"),
                 (24, 15, 8, "file:///home/user/news/2021/s29/steno.html"), (mk.W - 40, 15, 8, f"{n}/3")]
        body = [f"Участники заседания в городе номер {n} обсудили вопрос {i + 1} повестки дня." for i in range(8)]
        if n == 1:
            body = ["г. Астана, 15 декабря 2021 года"] + body
        if n == 2:
            body += SPEECH
        if n == 3:
            body = ["поддержит молодые семьи в каждой области."] + body
        lines += [(72, mk.H - 80 - 16 * i, 11, text) for i, text in enumerate(body)]
        pdf.page(lines)
    pdf.save(path)


@pytest.mark.parametrize("stamps", [
    ["11/29/26, 2:51 PM"] * 3,
    ["29.11.2026, 14:51", "29.11.2026, 14:51", "29.11.2026, 14:52"],
], ids=["en-US", "ru, the minute changing"])
def test_a_chrome_print_loses_its_header_and_footer(tmp_path, mk, stamps):
    """The print stamp stayed on page 1 as the document's dateline, and the footer (address and
    «1/3») stayed on every page: a footer row with digits in its address and in «n/3» was taken for
    a table's row, which must repeat word for word. Page 2's footer landed inside the speech
    running onto page 3, and the quotes cited it."""
    _chrome_print(mk, tmp_path / "steno.pdf", stamps)
    doc = parse_file(tmp_path / "steno.pdf")
    texts = [b.text for b in doc.blocks]
    assert not any("file:" in t or "/3" in t or stamps[0][:8] in t for t in texts), texts
    assert "«Шанырак» и поддержит молодые семьи" in doc.text
    assert texts[0] == "г. Астана, 15 декабря 2021 года" and doc.metadata["dateline"] == texts[0]
    found = extract_parsed(doc, tmp_path / "steno.pdf")
    assert (str(found.date), found.date_source) == ("2021-12-15", "text")


def _one_page(mk, path, footer: bool) -> None:
    """A news item printed on one page: the stamp and the page's title on the top row, and, if
    ``footer``, the address and «1/1» at the foot."""
    lines = [(24, mk.H - 24, 8, "29.11.2026, 14:51    В Костанае прошел круглый стол – assembly.kz"),
             (72, mk.H - 80, 14, "В Костанае прошел круглый стол", "bold"),
             (72, mk.H - 110, 11, "Участники круглого стола обсудили роль этнокультурных объединений."),
             (72, mk.H - 126, 11, "Модератором выступил Ерлан Тилеуберди.")]
    if footer:
        lines.append((24, 15, 8, "https://assembly.kz/ru/news/2018/v-kostanae-proshel-kruglyy-stol 1/1"))
    pdf = mk.MiniPdf(named=True)
    pdf.page(lines)
    pdf.save(path)


def test_a_one_page_chrome_print_loses_its_header_and_footer(tmp_path, mk):
    """One page shows nothing repeated: the print stamp with the title and the address with «1/1»
    stayed as the first and last paragraphs. Together they are a browser's print, page by page."""
    _one_page(mk, tmp_path / "news.pdf", footer=True)
    doc = parse_file(tmp_path / "news.pdf")
    assert [b.text for b in doc.blocks][0] == "В Костанае прошел круглый стол"
    assert "assembly.kz" not in doc.text and "14:51" not in doc.text and "dateline" not in doc.metadata


def test_a_date_and_time_without_the_browser_s_footer_stays(tmp_path, mk):
    """A date and time alone opening a page is a browser's stamp only beside its footer: a site's
    own «29.11.2026, 14:51» over a news item stays its text."""
    _one_page(mk, tmp_path / "news.pdf", footer=False)
    assert "29.11.2026, 14:51" in parse_file(tmp_path / "news.pdf").text


def test_print_stamps():
    assert opens_with_print_stamp("11/29/26, 2:51 PM") and opens_with_print_stamp("29.11.2026, 14:51")
    assert opens_with_print_stamp("11/29/26, 2:51 PM Стенограмма заседания")
    assert not opens_with_print_stamp("Астана, 12.03.2019") and not opens_with_print_stamp("12.03.2019")
    assert not opens_with_print_stamp("12.03.2019, 14:515 человек")
