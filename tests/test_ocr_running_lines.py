"""Running headers of OCR'd archive files: specks the scan leaves beside a header («АРХИВ АНК Ф. 1
Оп. 1 Д. 47   ,'» on one page, «…   ‘.» on the next) do not hide that it repeats, a page number
right under a header goes with it, and a header over a transcript's speaker label is no part of
the label's turn. Plain text (FineReader's TXT) and PDF (a text layer, written by
tests/fixtures/make_pdfs.py's MiniPdf)."""
from __future__ import annotations

import pytest

from ingest.build import build_record
from ingest.parsers import parse_file
from ingest.parsers.page_furniture import line_key

CIPHER = "АРХИВ АНК Ф. 1 Оп. 1 Д. 47"
PROTOCOL = (
    f"{CIPHER}                                   ,'\n"
    "\n"
    "ПРОТОКОЛ № 3\n"
    "заседания Малой Ассамблеи народов Карагандинской области\n"
    "\n"
    "г. Караганда                                             14 марта 1997 г.\n"
    "\n"
    "СЛУШАЛИ:\n"
    "Мусина Ж.К. - Он отметил, что за истекший период национально-культурные центры области\n"
    "провели более 40 мероприятий, направленных на укрепление межэтнического согласия.\n"
    "\n"
    "ВЫСТУПИЛИ:\n"
    "Ким В.П., председатель корейского культурного центра, сказал: «Наш центр открыл три\n"
    "класса родного языка, но нам не хватает учебников и помещений».\n"
    f"\f{CIPHER}                                   ‘.\n"
    "                                   - 2 -\n"
    "Шмидт А.Ф., председатель общества немцев «Видергебурт», подчеркнул, что ежегодный\n"
    "фестиваль национальных культур стал традицией. «Мы предлагаем создать при Малой\n"
    "Ассамблее совет по делам молодежи», - сказал он.\n"
    "\n"
    "ПОСТАНОВИЛИ:\n"
    "1. Информацию Мусина Ж.К. принять к сведению.\n"
)


def test_specks_beside_a_running_line_do_not_change_it():
    assert line_key(f"{CIPHER}    ,'") == line_key(f"{CIPHER}   ‘.") == line_key(CIPHER)
    assert line_key("СТЕНОГРАММА ' .") == line_key("СТЕНОГРАММА ,' -") == "стенограмма"
    assert line_key("«Егемен Қазақстан»") == "«егемен қазақстан»"


def test_an_archive_cipher_with_specks_is_no_title_and_its_page_number_opens_no_passage(tmp_path):
    path = tmp_path / "1997-03-14_protokol.txt"
    path.write_text(PROTOCOL, encoding="utf-8")
    doc = parse_file(path)
    texts = [b.text for b in doc.blocks]
    assert not any(CIPHER in t or t.startswith("-") for t in texts)
    record = build_record(doc, path, str(tmp_path), "0" * 64)
    assert record.title.startswith("Протокол № 3 заседания Малой Ассамблеи")
    schmidt = next(p for p in record.passages if "Шмидт" in p.text)
    assert schmidt.text.startswith("Шмидт А.Ф., председатель") and schmidt.page == 2
    assert not any(p.text.startswith("-") for p in record.passages if p.page == 2)


@pytest.fixture(scope="module")
def mk():
    from tests.conftest import make_pdfs_module

    return make_pdfs_module()


def _stenogram(mk, path, marks: tuple[str, str], words_apart: bool = False, cipher: str = "",
               heading: str = "СТЕНОГРАММА") -> None:
    """A two-page stenogram scanned: the header «СТЕНОГРАММА» in the body's type and pitch over
    each page, OCR specks (``marks``) at its right; on page 2 right over a speaker's label.
    ``words_apart``: the specks a piece of their own, as a word-by-word OCR layer places them.
    ``cipher``: an archive's cipher in smaller type over each page's header."""
    def header(y: float, mark: str) -> list[tuple]:
        above = [(60, y + 14, 9, cipher)] if cipher else []
        if words_apart:
            return above + [(60, y, 11, heading), (350, y, 11, mark)]
        return above + [(60, y, 11, heading + " " * 44 + mark)]

    def body(top: float, lines: list[str]) -> list[tuple]:
        return [(60, top - 15 * i, 11, line) for i, line in enumerate(lines) if line]

    pdf = mk.MiniPdf()
    pdf.page(header(780, marks[0]) + body(765, [
        "VI сессии Ассамблеи народов Казахстана",
        "г. Астана, 23 ноября 1999 г.",
        "",
        "Председательствующий Н.А.Назарбаев:",
        "- Уважаемые члены Ассамблеи! Сегодня мы подводим итоги года, кото-",
        "рый был объявлен Годом единства и преемственности поколений. Мы долж-",
        "ны сохранить межэтническое согласие как главное достояние нашей",
        "независимой Республики.",
        "Слово предоставляется председателю Славянского центра Ю.Н. Фролову.",
    ]))
    pdf.page(header(780, marks[1]) + body(765, [
        "Фролов Ю.Н.:",
        "- Наш центр провел в этом году 38 мероприятий. Мы считаем, что необ-",
        "ходимо расширить сеть воскресных школ и создать при Ассамблее фонд",
        "поддержки национальных газет.",
        "(Аплодисменты)",
    ]))
    pdf.save(path)


@pytest.mark.parametrize("marks, words_apart", [
    (("", ""), False),  # no specks: the header was glued to the label all the same
    (("' .", ",' -"), False),
    (("' .", ",' -"), True),
])
def test_a_stenogram_s_running_header_is_no_part_of_a_speaker_s_turn(tmp_path, mk, marks, words_apart):
    path = tmp_path / "1999-11-23_stenogramma.pdf"
    _stenogram(mk, path, marks, words_apart)
    doc = parse_file(path)
    texts = [b.text for b in doc.blocks]
    # the header stays once, where page 1 opens with it as the transcript's heading (see below)
    assert "Фролов Ю.Н.:" in texts and sum(t.count("СТЕНОГРАММА") for t in texts) == 1
    record = build_record(doc, path, str(tmp_path), "0" * 64)
    def said(words: str) -> list[str]:
        return next(p.speakers for p in record.passages if words in p.text)

    assert said("Наш центр провел") == ["Ю.Н. Фролов"] and said("Уважаемые члены") == ["Н.А. Назарбаев"]
    # the type in capitals written as running text in the title (ingest.build's document_title)
    assert record.title == "Стенограмма VI сессии Ассамблеи народов Казахстана"


STENOGRAM_TXT = (
    "СТЕНОГРАММА{0}\n"
    "VI сессии Ассамблеи народов Казахстана\n"
    "г. Астана                                       23 ноября 1999 г.\n"
    "\n"
    "Председательствующий Н.А.Назарбаев:\n"
    "- Уважаемые члены Ассамблеи! Сегодня мы подводим итоги года, кото-\n"
    "рый был объявлен Годом единства и преемственности поколений.\n"
    "\fСТЕНОГРАММА{1}\n"
    "Фролов Ю.Н.:\n"
    "- Наш центр провел в этом году 38 мероприятий. Мы считаем, что необ-\n"
    "ходимо расширить сеть воскресных школ.\n"
)


@pytest.mark.parametrize("marks", [("", ""), ("                          ' .", "                          ,' -")])
def test_a_stenogram_s_heading_repeated_as_the_later_pages_header_stays_on_page_one(tmp_path_factory, mk, marks):
    """Page 1 opens with the heading «СТЕНОГРАММА» over «VI сессии …», page 2 repeats it as its
    header: it was dropped from both pages, so the word found no stenogram and the title opened
    mid-phrase («VI сессии …»). It stays once, as the heading, in FineReader's TXT and in a scan's
    PDF; the later page's copy still goes, and the header's specks with it."""
    from index.results import SearchRequest
    from tests.conftest import ingested_service

    pdf = tmp_path_factory.mktemp("pdf") / "1999-11-23_stenogramma.pdf"
    _stenogram(mk, pdf, (marks[0].strip(), marks[1].strip()), words_apart=bool(marks[0]))
    service = ingested_service(tmp_path_factory, {"1999-11-23_stenogramma.txt": STENOGRAM_TXT.format(*marks),
                                                  "1999-11-23_stenogramma.pdf": pdf.read_bytes()})
    try:
        hits = service.search(SearchRequest(query="стенограмма", per_page=10)).hits
        heading = "СТЕНОГРАММА VI сессии Ассамблеи народов Казахстана"
        assert sorted(h.title for h in hits) == ["Стенограмма VI сессии Ассамблеи народов Казахстана"] * 2
        quotes = service.quotes(SearchRequest(query="стенограмма", per_page=10)).hits  # the same quote cited once
        assert quotes and all(q.page == 1 and q.text == heading for q in quotes)
    finally:
        service.close()


def test_an_archive_cipher_opening_page_one_still_goes_and_a_heading_printed_under_its_header_stays_once(tmp_path):
    """Only a document type opening page 1 is its heading there: an archive's cipher repeated on every
    page goes from page 1 too. A page 1 printing the header over the heading keeps the heading once."""
    cipher = parse_file(_write(tmp_path, "cipher.txt", f"{CIPHER}\nПротокол заседания Совета.\n"
                               f"Делегаты обсудили работу.\n\f{CIPHER}\nРешение принято единогласно.\n"))
    assert CIPHER not in cipher.text
    twice = parse_file(_write(tmp_path, "twice.txt", "СТЕНОГРАММА\n\nСТЕНОГРАММА\nVI сессии Ассамблеи\n\n"
                              "Делегаты обсудили работу.\n\fСТЕНОГРАММА\nРешение принято единогласно.\n"))
    assert twice.text.count("СТЕНОГРАММА") == 1 and twice.title == "СТЕНОГРАММА VI сессии Ассамблеи"


def _write(tmp_path, name: str, text: str):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize("marks", [("", ""), ("' .", ",' -")])
def test_a_stenogram_s_heading_under_an_archive_cipher_on_every_page_stays_on_page_one(tmp_path, mk, marks):
    """Each page of an archive's scan opens with its cipher, then «СТЕНОГРАММА»: the heading is page
    1's second running line, and it was dropped with the cipher, so the title opened «VI сессии …»
    and the word found nothing. The cipher goes from every page, the heading stays once on page 1."""
    path = tmp_path / "stenogram.pdf"
    _stenogram(mk, path, marks, cipher="АРХИВ АНК Ф. 1 Оп. 1 Д. 52")
    doc = parse_file(path)
    assert doc.title == "СТЕНОГРАММА VI сессии Ассамблеи народов Казахстана"
    assert doc.text.count("СТЕНОГРАММА") == 1 and "АРХИВ" not in doc.text
    assert "Фролов Ю.Н.:" in [b.text for b in doc.blocks]


def test_a_document_type_in_latin_look_alikes_is_a_type_heading_page_one_and_opening_the_title(tmp_path, mk):
    """OCR reads capitals with Latin look-alikes («CTEHOГPAMMA», «PEШEHИE»): the type was not known, so
    a PDF dropped it from page 1 with the later pages' headers, and a text's title was the type alone.
    It is a type like «СТЕНОГРАММА»: kept once on page 1, the subject under it joined into the title,
    written in Cyrillic as running text."""
    from ingest.build import document_title

    pdf = tmp_path / "stenogram.pdf"
    _stenogram(mk, pdf, ("", ""), heading="CTEHOГPAMMA")
    doc = parse_file(pdf)
    assert doc.text.count("CTEHOГPAMMA") == 1
    assert document_title(doc, pdf) == "Стенограмма VI сессии Ассамблеи народов Казахстана"
    txt = _write(tmp_path, "reshenie.txt", "PEШEHИE\nМалой Ассамблеи Актюбинской области\n\n"
                 "г. Актобе, 2 марта 2000 г.\n\nМалая Ассамблея области решила провести фестиваль.\n")
    assert document_title(parse_file(txt), txt) == "Решение Малой Ассамблеи Актюбинской области"
