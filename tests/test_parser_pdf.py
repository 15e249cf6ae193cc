"""PDF parser: reading order, hyphenation, running headers/footers, metadata, and the errors an
archivist sees for encrypted, damaged, scanned and garbled files. Fixtures are small files made
by tests/fixtures/make_pdfs.py."""
import json
import shutil
from pathlib import Path

import pytest
from conftest import make_pdfs_module

from assembly_search.cli import main
from ingest.build import build_record
from ingest.parsers import ParseError, parse_bytes, parse_file
from ingest.parsers.normalize import SUPERSCRIPT_DIGITS
from ingest.parsers.pdf import mojibake_reason, pdf_date

ROOT = Path(__file__).resolve().parent.parent
FIX = Path(__file__).parent / "fixtures"


@pytest.fixture(scope="module")
def two_column():
    return parse_file(FIX / "two_column.pdf")


def test_pages_and_page_numbers(two_column):
    assert two_column.format == "pdf"
    assert two_column.pages == 3
    assert [b.page for b in two_column.blocks] == [1, 1, 1, 2, 3]


def test_two_column_reading_order(two_column):
    texts = [b.text for b in two_column.blocks]
    assert texts[0] == "Отчёт о заседании Ассамблеи народа Казахстана"
    assert texts[1].startswith("Ассамблея народа Казахстана провела заседание")
    assert texts[1].endswith("межэтнического согласия.")
    assert texts[2].startswith("Депутаты обсудили")


def test_hyphen_at_line_end_joined_compounds_kept(two_column):
    text = two_column.text
    assert "развития информационной политики" in text
    assert "информационно-аналитическую работу" in text
    assert "«Казахстан-2050»" in text
    assert "информа-" not in text and "информа " not in text


def test_running_header_and_page_numbers_removed(two_column):
    text = two_column.text
    assert "Информационный бюллетень" not in text
    assert "- 1 -" not in text and "- 2 -" not in text
    assert text.count("Абзац продолжается обычным текстом.") == 2


CITIES = ["Астана", "Алматы", "Шымкент", "Караганда", "Актобе"]


def _journal(mk, path, header) -> None:
    """Five pages, each: ``header(n)`` lines at the top, then two body lines naming a city."""
    pdf = mk.MiniPdf()
    for n, city in enumerate(CITIES, 1):
        body = [(72, mk.H - 110, 11, f"Заседание Ассамблеи прошло в городе {city}."),
                (72, mk.H - 126, 11, "Участники обсудили вопросы единства и согласия.")]
        pdf.page(header(n) + body)
    pdf.save(path)


def test_running_header_of_three_rows_removed(tmp_path, mk):
    """The journal's name with the page number on its baseline, a series and a rubric under it:
    only the two topmost lines were taken as header, and the rubric became every page's first
    paragraph and the document's title."""
    _journal(mk, tmp_path / "header.pdf", lambda n: [
        (72, mk.H - 40, 8, "Вестник Ассамблеи народа Казахстана"), (500, mk.H - 40, 8, str(n)),
        (72, mk.H - 50, 8, "Научно-экспертный совет АНК"), (72, mk.H - 60, 8, "Рубрика: новости регионов")])
    doc = parse_file(tmp_path / "header.pdf")
    assert [b.text for b in doc.blocks][:2] == [
        "Заседание Ассамблеи прошло в городе Астана. Участники обсудили вопросы единства и согласия.",
        "Заседание Ассамблеи прошло в городе Алматы. Участники обсудили вопросы единства и согласия."]
    assert len(doc.blocks) == 5
    assert doc.title is None


def test_running_headers_of_odd_and_even_pages_removed(tmp_path, mk):
    """A journal's left and right pages carry different headers: each is on fewer than half of
    the pages, but on every page of its side."""
    _journal(mk, tmp_path / "alternating.pdf", lambda n: [
        (72, mk.H - 40, 8, "Журнал «Мангилик ел», выпуск 4" if n % 2 == 0
         else "Материалы сессии Ассамблеи народа Казахстана")])
    text = parse_file(tmp_path / "alternating.pdf").text
    assert "Журнал" not in text and "Материалы сессии" not in text
    assert all(f"в городе {city}." in text for city in CITIES)


def test_metadata(two_column):
    # the Title property «Отчёт о заседании Ассамблеи» is said in full by the heading on the page
    assert two_column.metadata["title"] == "Отчёт о заседании Ассамблеи"
    assert two_column.title == "Отчёт о заседании Ассамблеи народа Казахстана"
    assert two_column.metadata["author"] == "Секретариат АНК"
    assert two_column.metadata["created"] == "2019-03-14"


@pytest.mark.parametrize("title, author, expected", [
    ("Заседание Совета Ассамблеи".encode("cp1251"), "Пресс-служба АНК".encode("cp1251"),
     ("Заседание Совета Ассамблеи", "Пресс-служба АНК")),
    ("Café société".encode("latin-1"), b"Jos\xe9", ("Café société", "José")),  # PDFDocEncoding
])
def test_info_strings_in_a_code_page(tmp_path, mk, title, author, expected):
    """Old Russian producers wrote Title and Author as windows-1251 bytes, which PDFDocEncoding
    reads as accented Latin (Çàñåäàíèå); a real Latin-1 title stays as it is."""
    pdf = mk.MiniPdf(info={"Title": title, "Author": author})
    pdf.page([(72, mk.H - 100, 11, "Ассамблея народа Казахстана провела заседание.")])
    pdf.save(tmp_path / "info.pdf")
    doc = parse_file(tmp_path / "info.pdf")
    assert (doc.title, doc.metadata["author"]) == expected


@pytest.mark.parametrize("placeholder", [b"(anonymous)", b"(untitled)", b"[Unknown]", b"untitled"])
def test_a_tool_s_placeholder_is_no_title_or_author(tmp_path, mk, placeholder):
    pdf = mk.MiniPdf(info={"Title": placeholder, "Author": placeholder})
    pdf.page([(72, mk.H - 100, 11, "Заседание Совета Ассамблеи народа Казахстана")])
    pdf.save(tmp_path / "placeholder.pdf")
    doc = parse_file(tmp_path / "placeholder.pdf")
    # no title from the metadata: the document is titled by its text, as one without metadata is
    assert doc.title is None and "title" not in doc.metadata and "author" not in doc.metadata


@pytest.mark.parametrize("address", ["about:blank", "http://127.0.0.1:8000/report.html", "data:text/html,<h1>x</h1>"])
def test_a_browser_s_address_in_the_title_gives_way_to_the_heading(tmp_path, mk, address):
    """A page printed from a browser with no <title> carries its address as the PDF's Title: the
    archive listed «about:blank» as the document's title over its own heading."""
    pdf = mk.MiniPdf(info={"Title": address})
    pdf.page([(72, mk.H - 80, 18, "Обзор деятельности региональных ассамблей"),
              (72, mk.H - 120, 11, "В 2023 году малые ассамблеи провели встречи с жителями регионов."),
              (72, mk.H - 134, 11, "Обсуждались вопросы языковой политики и медиации.")])
    pdf.save(tmp_path / "printed.pdf")
    doc = parse_file(tmp_path / "printed.pdf")
    assert doc.title == "Обзор деятельности региональных ассамблей" and "title" not in doc.metadata


def test_pdf_date():
    assert pdf_date("D:20190314120000+06'00'") == "2019-03-14"
    assert pdf_date("D:2019") == "2019-01-01"
    assert pdf_date("garbage") is None


def test_empty_user_password_opened():
    doc = parse_file(FIX / "encrypted_empty_password.pdf")
    assert "Opened without a password" in doc.text
    assert "title" not in doc.metadata  # reportlab's 'untitled' is not a title


def test_password_required():
    with pytest.raises(ParseError) as e:
        parse_file(FIX / "password.pdf")
    assert e.value.reason == "password_required"
    assert "password" in str(e.value)


@pytest.mark.parametrize("fraction", [0.2, 0.5, 0.8, 0.97])
def test_truncated_is_damaged(fraction):
    data = (FIX / "two_column.pdf").read_bytes()
    with pytest.raises(ParseError) as e:
        parse_bytes(data[: int(len(data) * fraction)], "cut.pdf")
    assert e.value.reason == "damaged"
    assert "damaged" in str(e.value)


def test_garbage_after_header_is_damaged():
    import random

    rnd = random.Random(3)
    data = b"%PDF-1.4\n" + bytes(rnd.randrange(256) for _ in range(3000))
    with pytest.raises(ParseError) as e:
        parse_bytes(data, "junk.pdf")
    assert e.value.reason == "damaged"


@pytest.mark.parametrize("name", ["image_only.pdf", "blank.pdf"])
def test_no_text_layer(name):
    with pytest.raises(ParseError) as e:
        parse_file(FIX / name)
    assert e.value.reason == "no_text_layer"
    assert "OCR" in str(e.value)


@pytest.mark.parametrize("name", ["mojibake_lookalike.pdf", "mojibake_latin1.pdf", "mojibake_cid.pdf"])
def test_mojibake_not_indexed(name):
    with pytest.raises(ParseError) as e:
        parse_file(FIX / name)
    assert e.value.reason == "mojibake"
    assert "garbled" in str(e.value)


def test_mojibake_detector_on_text():
    assert mojibake_reason("Íàëîãîâàÿ ñëóæáà Ðåñïóáëèêè Êàçàõñòàí") == "latin1"
    assert mojibake_reason("ɎɅȺɇ ɈɌɋȺ ɄȺɁȺɏɋɌȺɇȺ ȻɈɅȺɇ") == "latin_extended"
    assert mojibake_reason("(cid:12)(cid:40)(cid:7) (cid:99)(cid:3)") == "cid"
    assert mojibake_reason("Hanorosas cnyx6a Pecnry6nnkn Kasaxcrah cooGmaer o hobbix npabunax") is not None
    assert mojibake_reason("Ассамблея народа Казахстана провела заседание.") is None
    assert mojibake_reason("The Assembly of People of Kazakhstan held a session in Astana "
                           "and discussed the role of the state language.") is None
    assert mojibake_reason("Қазақстан халқы Ассамблеясының сессиясы өтті.") is None
    # look-alikes without a digit for a letter: plain ASCII words of no language
    assert mojibake_reason("Hanorocas cnyxba Pecnybnnkn Kasaxcrah cooGmaer o hobbix npabnnax") is not None


def test_an_ocr_text_layer_with_latin_look_alikes_is_text(tmp_path):
    # refused as «cyrillic garbage, needs OCR»: every а, о, р, с of the OCR'd words came out Latin,
    # which the index reads as Cyrillic
    lines = ["Пpoтoкoл зaceдaния Coвeтa Accaмблeи нapoдoв Kaзaxcтaнa",
             "Зaceдaниe Coвeтa Accaмблeи нapoдoв Kaзaxcтaнa oткpыл",
             "Пpeзидeнт Pecпyблики Kaзaxcтaн. В paбoтe зaceдaния пpиняли",
             "yчacтиe pyкoвoдитeли нaциoнaльныx кyльтypныx цeнтpoв."]
    pdf = make_pdfs_module().MiniPdf()
    pdf.page([(60, 760 - 16 * i, 11, line) for i, line in enumerate(lines)])
    path = tmp_path / "ocr.pdf"
    pdf.save(path)
    doc = parse_file(path)
    assert "Kaзaxcтaн" in doc.text and "Pecпyблики" in doc.text
    assert mojibake_reason(doc.text) is None


@pytest.mark.parametrize("text", [
    "O'zbekiston Respublikasi Prezidenti yig'ilishda ishtirok etdi, millatlararo totuvlik muhokama qilindi.",
    "Kazakistan Halk Meclisi oturumu Astana'da yapıldı. Cumhurbaşkanı konuşma yaptı ve birliği vurguladı.",
    "Azərbaycan Respublikasının Prezidenti iclasda iştirak etdi və çıxış etdi, həmrəylik vurğulandı.",
])
def test_other_latin_script_languages_are_text(text):
    assert mojibake_reason(text) is None


def test_kazakh_in_latin_alphabets_indexed():
    """Kazakh in the 2021, 2018 and 2017 Latin alphabets (one page each) was refused as
    look-alike mojibake, because it is Latin text that is not English."""
    doc = parse_file(FIX / "kazakh_latin.pdf")
    assert [b.page for b in doc.blocks] == [1, 1, 2, 2, 3]
    assert "Qazaqstan halqy Assambleiasynyń sessiiasy Astanada ótti." in doc.text
    assert "ǵylym men bilim" in doc.text
    assert "Assambleiasynyn' sessiiasy Astanada o'tti" in doc.text


def test_sniffed_by_content(tmp_path):
    p = tmp_path / "report.txt"
    p.write_bytes((FIX / "two_column.pdf").read_bytes())
    assert parse_file(p).format == "pdf"


@pytest.fixture(scope="module")
def mk():
    """The fixtures' tiny PDF writer (tests/fixtures/make_pdfs.py), for PDFs built in a test."""
    from tests.conftest import make_pdfs_module

    return make_pdfs_module()


def test_words_split_after_a_short_syllable_joined(tmp_path, mk):
    lines = ["Заседание Совета Ассамблеи было по-", "священо вопросам информационной по-",
             "литики. Выступил заместитель Ер-", "жан Тулегенов, известный экс-",
             "перт, о работе в 2019-", "2020 годах и о социально-", "экономическом развитии Ка-",
             "захстана в начале XXI-", "го века."]
    pdf = mk.MiniPdf()
    pdf.page([(72, mk.H - 100 - 15 * i, 11, t) for i, t in enumerate(lines)])
    pdf.save(tmp_path / "hyphens.pdf")
    text = parse_file(tmp_path / "hyphens.pdf").text
    assert text == ("Заседание Совета Ассамблеи было посвящено вопросам информационной политики. "
                    "Выступил заместитель Ержан Тулегенов, известный эксперт, о работе в 2019-2020 "
                    "годах и о социально-экономическом развитии Казахстана в начале XXI-го века.")


def test_two_columns_above_a_footnote_that_stops_short_of_the_middle(tmp_path, mk):
    """A footnote (or caption) under the columns ending a little before the page's middle used to
    hide the gutter: the page was read line by line across both columns."""
    pdf = mk.MiniPdf()
    lines = [(56, mk.H - 100, 16, "Итоги года: заседание Совета")]
    lines += [(56, mk.H - 150 - 15 * i, 11, t) for i, t in enumerate(mk.LEFT_COLUMN)]
    # the footnote ends at x=272, 8 points before the right column's first letters at x=280
    lines += [(280, mk.H - 150 - 15 * i, 11, t) for i, t in enumerate(mk.RIGHT_COLUMN)]
    footnote = "** По данным Секретариата Ассамблеи народа Казахстана."
    lines.append((56, 60, 8, footnote))
    pdf.page(lines)
    pdf.save(tmp_path / "footnote.pdf")
    texts = [b.text for b in parse_file(tmp_path / "footnote.pdf").blocks]
    assert texts[1].startswith("Ассамблея народа Казахстана провела заседание")
    assert texts[1].endswith("межэтнического согласия.")
    assert texts[2].startswith("Депутаты обсудили")
    assert texts[-1] == footnote


@pytest.mark.parametrize("filler", [0, 40])
def test_paragraph_continued_on_the_next_page_across_a_footnote(tmp_path, mk, filler):
    """A footnote at the foot of page 1 cut the paragraph that goes on at the top of page 2 (on
    a short page it was even read into it: the median line pitch there is the gap above it)."""
    pdf = mk.MiniPdf()
    lines = [(60, 130 + 16 * (filler - i), 11, "Участники обсудили вопросы согласия и единства, а также")
             for i in range(filler)]
    lines += [(60, 130, 11, "Ассамблея народа Казахстана* уделяет большое внимание вопросам"),
              (60, 114, 11, "развития государственного языка и укрепления информа-"),
              (60, 60, 8, "* Далее — АНК, Ассамблея")]
    pdf.page(lines)
    pdf.page([(60, mk.H - 80, 11, "ционной политики в сфере межэтнических отношений."),
              (60, mk.H - 96, 11, "Эта работа продолжается.")])
    pdf.save(tmp_path / "pagebreak.pdf")
    blocks = parse_file(tmp_path / "pagebreak.pdf").blocks
    assert blocks[-2].text.endswith("укрепления информационной политики в сфере межэтнических отношений. "
                                    "Эта работа продолжается.")
    assert (blocks[-1].text, blocks[-1].page) == ("* Далее — АНК, Ассамблея", 1)


def test_many_pages_two_columns(tmp_path, mk):
    """A 40-page two-column report parses at a rate close to pdfminer's own."""
    pdf = mk.MiniPdf(info={"Title": "Большой отчёт"})
    words = ("Ассамблея народа Казахстана обсудила вопросы согласия единства и развития "
             "общественных институтов в регионах страны").split()
    for n in range(40):
        lines = [(72, mk.H - 40, 9, mk.HEADER)]
        for i in range(45):
            text = " ".join(words[(i + j) % len(words)] for j in range(5))
            lines.append((56, mk.H - 80 - 15 * i, 10, text[:42]))
            lines.append((mk.W / 2 + 20, mk.H - 80 - 15 * i, 10, text[:42]))
        lines.append((mk.W / 2 - 15, 30, 10, f"- {n + 1} -"))
        pdf.page(lines)
    path = tmp_path / "big.pdf"
    pdf.save(path)
    doc = parse_file(path)  # speed is measured in bench/, never asserted in a test
    assert doc.pages == 40
    assert "Информационный бюллетень" not in doc.text


SPEECH_HEADING = ["Выступление Председателя Ассамблеи народа Казахстана Н.А.",
                  "Назарбаева на XXVII сессии Ассамблеи"]
SPEECH_TEXT = [("Дорогие друзья! Сегодня я впервые выступаю перед вами не как",
                "Президент, а как Председатель Ассамблеи."),
               ("Я прошу каждого члена Ассамблеи быть примером для молодежи,",
                "знать язык и уважать традиции.")]


def _centred(mk, size: float, text: str) -> float:
    return (mk.W - 0.5 * size * len(text)) / 2  # MiniPdf's glyphs are all half an em wide


def _speech_page(mk, heading_size: float, leading: float) -> list[tuple]:
    """A bold centred heading on two lines, a dateline, then two paragraphs of 11 pt text at a
    pitch of 14 with 8 points between paragraphs (as a word processor lays out a speech)."""
    y = mk.H - 80
    lines = []
    for text in SPEECH_HEADING:
        lines.append((_centred(mk, heading_size, text), y, heading_size, text, "bold"))
        y -= leading
    y -= 10
    lines.append((78, y, 11, "Нур-Султан, 29 апреля 2019 года"))
    for paragraph in SPEECH_TEXT:
        y -= 22
        for i, text in enumerate(paragraph):
            lines.append((78, y - 14 * i, 11, text))
        y -= 14 * (len(paragraph) - 1)
    return lines


@pytest.mark.parametrize("heading_size, leading", [(13, 17), (11, 14)])
def test_wrapped_bold_heading_is_one_paragraph_apart_from_the_text(tmp_path, mk, heading_size, leading):
    """A centred bold heading wrapping onto two lines was cut in two (the second line's centring
    read as a first-line indent), or read together with the dateline and the first paragraph
    under it (13 pt and 11 pt are close in height, and the heading's leading made the page's
    line pitch too wide to see the gaps between paragraphs)."""
    pdf = mk.MiniPdf()
    pdf.page(_speech_page(mk, heading_size, leading))
    pdf.save(tmp_path / "speech.pdf")
    doc = parse_file(tmp_path / "speech.pdf")
    heading = " ".join(SPEECH_HEADING)
    assert [b.text for b in doc.blocks] == [heading, "Нур-Султан, 29 апреля 2019 года",
                                            *(" ".join(p) for p in SPEECH_TEXT)]
    assert doc.title == heading


def test_a_bold_centred_heading_whose_first_line_fills_the_column_is_one_paragraph(tmp_path, mk):
    """A browser's printed speech, its centred bold heading wrapped onto two lines: bold type is
    wide, so the first line started less than a letter from the column's edge, the second line's
    centring was read as a new paragraph's indent, and every citation named the speech «… К.К.
    Токаева на»."""
    first, second = "Выступление Главы государства Касым-Жомарта Кемелевича Токаева на", "XXIX сессии Ассамблеи"
    pdf = mk.MiniPdf(named=True)
    pdf.page([(_centred(mk, 14, first), mk.H - 80, 14, first, "bold"),
              (_centred(mk, 14, second), mk.H - 97, 14, second, "bold"),
              (78, mk.H - 124, 11, "Нур-Султан, 28 апреля 2021 года"),
              *[(78, mk.H - 146 - 14 * i, 11, text) for i, text in enumerate(SPEECH_TEXT[0])]])
    pdf.save(tmp_path / "speech.pdf")
    doc = parse_file(tmp_path / "speech.pdf")
    assert [b.text for b in doc.blocks] == [f"{first} {second}", "Нур-Султан, 28 апреля 2021 года",
                                            " ".join(SPEECH_TEXT[0])]
    assert doc.title == f"{first} {second}"


def test_a_bold_line_ending_a_sentence_stays_apart_from_a_centred_bold_heading_under_it(tmp_path, mk):
    """The bold heading's lines go on into each other; a bold paragraph's last full line ending a
    sentence does not go on into a centred bold line under it."""
    lede = "Сессия Ассамблеи народа Казахстана приняла резолюцию о поддержке."
    heading = "Итоги сессии"
    pdf = mk.MiniPdf(named=True)
    pdf.page([(_centred(mk, 14, lede), mk.H - 80, 14, lede, "bold"),
              (_centred(mk, 14, heading), mk.H - 97, 14, heading, "bold"),
              *[(78, mk.H - 124 - 14 * i, 11, text) for i, text in enumerate(SPEECH_TEXT[0])]])
    pdf.save(tmp_path / "lede.pdf")
    assert [b.text for b in parse_file(tmp_path / "lede.pdf").blocks][:2] == [lede, heading]


@pytest.mark.parametrize("under", ["Утвержден 12-го марта 2019 г.", "Доклад сделал С. Абдрахманов."])
def test_larger_heading_line_ends_before_the_text_line_under_it(tmp_path, mk, under):
    """A one-line 13 pt heading and the 11 pt line right under it became one paragraph and title."""
    heading = "План работы Ассамблеи народа Казахстана на 2019 год"
    pdf = mk.MiniPdf()
    pdf.page([(_centred(mk, 13, heading), mk.H - 80, 13, heading, "bold"), (78, mk.H - 100, 11, under),
              (78, mk.H - 122, 11, "Первый пункт плана касается подготовки очередной сессии"),
              (78, mk.H - 136, 11, "Ассамблеи народа Казахстана в апреле.")])
    pdf.save(tmp_path / "plan.pdf")
    doc = parse_file(tmp_path / "plan.pdf")
    assert [b.text for b in doc.blocks][:2] == [heading, under]
    assert doc.title == heading


@pytest.mark.parametrize("size, leading", [(18, 21.7), (16, 19.2)])
def test_a_large_heading_wrapped_at_its_own_leading_is_one_paragraph(tmp_path, mk, size, leading):
    """A browser's printed <h2>, left-aligned and wrapped at 1.2 times its 18 pt size, lost its second
    line from the title («… Совета Ассамблеи народа» without «Казахстана»): the gap between its lines
    was measured against the 12 pt text's pitch."""
    first, second = "Стенограмма заседания Совета Ассамблеи народа", "Казахстана"
    top = mk.H - 60
    pdf = mk.MiniPdf()
    pdf.page([(6, top, size, first, "bold"), (6, top - leading, size, second, "bold"),
              (6, top - leading - 30, 12, "Астана, 5 июня 2016 г."),
              (6, top - leading - 56, 12, "ПРЕДСЕДАТЕЛЬСТВУЮЩИЙ. Уважаемые коллеги! В 2016 году на развитие языков"),
              (6, top - leading - 70, 12, "предусмотрено 3,2 млрд тенге. Это на 15 процентов больше."),
              (6, top - leading - 96, 12, "ЖУМАБЕКОВ А.К. По нашим данным, в регионе проживают представители"),
              (6, top - leading - 110, 12, "более 130 этносов, из них 18 000 человек участвуют в работе центров.")])
    pdf.save(tmp_path / "sten.pdf")
    doc = parse_file(tmp_path / "sten.pdf")
    assert [b.text for b in doc.blocks][:3] == [f"{first} {second}", "Астана, 5 июня 2016 г.",
                                               "ПРЕДСЕДАТЕЛЬСТВУЮЩИЙ. Уважаемые коллеги! В 2016 году на развитие языков "
                                               "предусмотрено 3,2 млрд тенге. Это на 15 процентов больше."]
    assert doc.title == f"{first} {second}"


@pytest.mark.parametrize("info", [{}, {"Title": "СТЕНОГРАММА"}])
def test_a_bare_document_type_takes_the_heading_under_it_into_the_title(tmp_path, mk, info):
    """A transcript whose first line is «СТЕНОГРАММА» (Word puts it in the Title too) was titled
    by that word alone, as every other transcript."""
    event = "XXVII сессии Ассамблеи народа Казахстана"
    pdf = mk.MiniPdf(info=info)
    pdf.page([(_centred(mk, 14, "СТЕНОГРАММА"), mk.H - 80, 14, "СТЕНОГРАММА", "bold"),
              (_centred(mk, 13, event), mk.H - 104, 13, event, "bold"),
              (78, mk.H - 134, 11, "Нур-Султан, 29 апреля 2019 года"),
              (78, mk.H - 160, 11, "Председательствующий: Уважаемые члены Ассамблеи! Объявляю"),
              (78, mk.H - 174, 11, "сессию открытой.")])
    pdf.save(tmp_path / "sten.pdf")
    assert parse_file(tmp_path / "sten.pdf").title == "СТЕНОГРАММА " + event


@pytest.mark.parametrize("dateline", ["г. Нур-Султан, 28 апреля 2021 года", "Нур-Султан, 28 апреля 2021 года"])
def test_a_dateline_opening_with_g_under_the_heading_stays_apart(tmp_path, mk, dateline):
    """A dateline opening with a lowercase «г.» was read as the heading going on: the title and
    every quote's citation carried «г. Нур-Султан, 28 апреля 2021 года» after the event."""
    heading = "СТЕНОГРАММА XXIX сессии Ассамблеи народа Казахстана"
    pdf = mk.MiniPdf()
    pdf.page([(_centred(mk, 14, heading), mk.H - 80, 14, heading, "bold"),
              (78, mk.H - 110, 11, dateline),
              (98, mk.H - 136, 11, "Токаев К.К.: Уважаемые члены Ассамблеи! Я поручаю Правительству"),
              (78, mk.H - 150, 11, "разработать концепцию развития языков.")])
    pdf.save(tmp_path / "sten.pdf")
    doc = parse_file(tmp_path / "sten.pdf")
    assert [b.text for b in doc.blocks][:2] == [heading, dateline]
    assert doc.title == heading


FORUM = "Форум молодежи Ассамблеи в Павлодаре"
FORUM_LEDE = "В Павлодаре 14 сентября 2018 года прошел областной форум молодежного движения."


@pytest.mark.parametrize("placeholder", [
    "Слайд 1", "Презентация PowerPoint", "Лист1", "Normal", "Заголовок", "Новый документ", "Безымянный",
    "Атаусыз", "Парақ1", "Slide 1", "PowerPoint Presentation", "Sheet1", "Document1", "Untitled Document", "Title",
    "Microsoft PowerPoint - forum.pptx", "C:\\Users\\Admin\\Desktop\\forum", "/home/user/forum", "1", "Пресс-релиз"])
def test_a_placeholder_title_gives_way_to_the_heading(tmp_path, mk, placeholder):
    """Office, a template or a tool leaves «Слайд 1», «Лист1», «Normal», a path or a number in the
    Title, and every such PDF was titled by it; a bare document type («Пресс-релиз») stood over a
    heading that names the subject."""
    pdf = mk.MiniPdf(info={"Title": placeholder})
    pdf.page([(_centred(mk, 16, FORUM), mk.H - 80, 16, FORUM, "bold"), (72, mk.H - 120, 11, FORUM_LEDE)])
    pdf.save(tmp_path / "forum.pdf")
    assert parse_file(tmp_path / "forum.pdf").title == FORUM


def test_a_placeholder_title_over_a_page_without_a_heading_is_no_title_but_a_bare_type_stays(tmp_path, mk):
    """With no heading to take, a placeholder is dropped from the metadata too (ingest's title falls
    back to it, then to the text's first line), while a bare document type is still the best title."""
    for title, expected in (("Слайд 1", None), ("Пресс-релиз", "Пресс-релиз")):
        pdf = mk.MiniPdf(info={"Title": title})
        pdf.page([(72, mk.H - 80, 11, FORUM_LEDE)])
        pdf.save(tmp_path / "forum.pdf")
        doc = parse_file(tmp_path / "forum.pdf")
        assert (doc.title, doc.metadata.get("title")) == (expected, expected)


PRESS_RELEASE = [("27 апреля 2023 года, Астана",),
                 ("Сессия Ассамблеи народа Казахстана прошла под председательством Главы государства.",),
                 ("«Ассамблея должна стать площадкой для открытого диалога всех этносов», — подчеркнул",
                  "Президент К.К. Токаев.")]


def _spaced_page(mk, paragraphs, size: float, pitch: float, gap: float, indent: float = 0) -> list[tuple]:
    """``paragraphs`` of 10-12 pt lines ``pitch`` apart, ``gap`` points more between paragraphs,
    the first line of each indented by ``indent``, under a bold 14 pt heading."""
    y = mk.H - 80
    lines = [(56, y, 14, "Отчёт о сессии Ассамблеи", "bold")]
    y -= 36
    for paragraph in paragraphs:
        for i, text in enumerate(paragraph):
            lines.append((56 + (indent if i == 0 else 0), y, size, text))
            y -= pitch
        y -= gap
    return lines


@pytest.mark.parametrize("paragraphs", [PRESS_RELEASE, [*PRESS_RELEASE[:2], (" ".join(PRESS_RELEASE[2]),)]],
                         ids=["a quote wraps", "no line wraps"])
def test_one_line_paragraphs_between_blank_lines_stay_apart(tmp_path, mk, paragraphs):
    """A press release whose paragraphs are one line each, a blank line after each, was one
    paragraph: the blank lines' gap was the commonest on the page, so it was taken for the line
    pitch, and the dateline and the narration were cited as the President's words (and
    «Астана Сессия» made a person «А. Сессий»)."""
    pdf = mk.MiniPdf()
    pdf.page(_spaced_page(mk, paragraphs, 10, 13, 13))
    pdf.save(tmp_path / "release.pdf")
    assert [b.text for b in parse_file(tmp_path / "release.pdf").blocks] == [
        "Отчёт о сессии Ассамблеи", *(" ".join(p) for p in PRESS_RELEASE)]


TRANSCRIPT = [("Председательствующий: Слово предоставляется Е. Тугжанову.",),
              ("Тугжанов: Уважаемые коллеги! План работы на 2024 год подготовлен Секретариатом",
               "Ассамблеи народа Казахстана и одобрен Советом."),
              ("Председательствующий: Спасибо. Есть ли вопросы?",),
              ("Голос из зала: Вопросов нет.",),
              ("Председательствующий: Переходим ко второму вопросу.",)]


def test_double_spaced_one_line_paragraphs_apart_a_wrapped_one_whole(tmp_path, mk):
    """Double-spaced replicas of a transcript, most of one line: every gap is the same, and
    there is no narrower one to measure the line pitch by: a line that reaches the right edge
    mid-sentence goes on on the next line (even one starting with a capital), the others end
    their paragraphs."""
    pdf = mk.MiniPdf()
    pdf.page(_spaced_page(mk, TRANSCRIPT, 12, 27.6, 0))
    pdf.save(tmp_path / "transcript.pdf")
    assert [b.text for b in parse_file(tmp_path / "transcript.pdf").blocks][1:] == [
        " ".join(p) for p in TRANSCRIPT]


# Ragged-right turns of a council's transcript, each opening with «И.О. Фамилия.»; each turn's last
# line nearly fills the column, so no short line shows where it ends
FULL_LINE_TURNS = [("Н.А. Назарбаев. Уважаемые участники заседания! Сегодня мы подводим",
                    "итоги работы Ассамблеи за прошедший год и обсуждаем задачи, которые",
                    "стоят перед этнокультурными объединениями во всех регионах страны."),
                   ("С.К. Абдрахманов. Кабинеты общественного согласия при акиматах",
                    "рассматривают обращения граждан и помогают решать споры до суда,",
                    "и эта работа дала заметные результаты в прошлом году повсеместно."),
                   ("Т.Ю. Ибрагимов. Мы должны сохранить межэтническое согласие и беречь",
                    "единство народа Казахстана, и молодёжь уже включилась в эту работу.")]


@pytest.mark.parametrize("labelled, gap", [(False, 0.44 * 13), (True, 0.44 * 13), (True, 0)],
                         ids=["prose, half an em after", "turns, half an em after", "turns, no gap"])
def test_a_paragraph_whose_last_line_fills_the_column_ends_at_a_gap_or_a_speaker_s_label(tmp_path, mk, labelled, gap):
    """A browser's printout of a transcript, half an em after each turn (1.44 line pitches): a turn
    whose last line nearly filled the column was read into the next speaker's, and its words were
    cited as that speaker's. A gap clearly wider than the pitch ends a paragraph; in a transcript,
    so does a speaker's label opening a line after a sentence's end, with no gap at all."""
    turns = FULL_LINE_TURNS if labelled else [(t[0].split(". ", 1)[1], *t[1:]) for t in FULL_LINE_TURNS]
    pdf = mk.MiniPdf()
    pdf.page(_spaced_page(mk, turns, 10, 13, gap))
    pdf.save(tmp_path / "turns.pdf")
    assert [b.text for b in parse_file(tmp_path / "turns.pdf").blocks][1:] == [" ".join(t) for t in turns]


DOUBLE_SPACED = [("Ассамблея народа Казахстана провела заседание, посвящённое вопросам развития",
                  "информационной политики и укрепления межэтнического согласия в регионах страны.",
                  "Участники заседания обсудили работу этнокультурных объединений, роль информа-",
                  "ционной политики и задачи на предстоящий год."),
                 ("Председатель Совета отметил, что работа по укреплению согласия и единства",
                  "продолжается во всех областях, а молодёжные организации принимают в ней самое",
                  "активное участие.")]


@pytest.mark.parametrize("spacing", [1.5, 2.0])
def test_double_spaced_paragraphs_keep_their_lines(tmp_path, mk, spacing):
    """Official documents are often double-spaced (or 1.5): their lines are a blank line's
    height apart too, but they fill the column and run on mid-sentence, so they are one
    paragraph, also where a line happens to end a sentence at the right edge. A short line above
    them (a dateline) is a paragraph of its own: it was read into the first one."""
    pdf = mk.MiniPdf()
    pdf.page(_spaced_page(mk, [("Астана, 27 апреля 2023 года",), *DOUBLE_SPACED], 12, spacing * 1.15 * 12, 0,
                          indent=28))
    pdf.save(tmp_path / "official.pdf")
    assert [b.text for b in parse_file(tmp_path / "official.pdf").blocks][1:] == [
        "Астана, 27 апреля 2023 года",
        "Ассамблея народа Казахстана провела заседание, посвящённое вопросам развития информационной "
        "политики и укрепления межэтнического согласия в регионах страны. Участники заседания "
        "обсудили работу этнокультурных объединений, роль информационной политики и задачи на "
        "предстоящий год.",
        "Председатель Совета отметил, что работа по укреплению согласия и единства продолжается во "
        "всех областях, а молодёжные организации принимают в ней самое активное участие."]


@pytest.mark.parametrize("info, dateline", [({}, "Астана, 24 октября 2007 г."),
                                            ({"Title": "Астана, 24 октября 2007 г."}, "Астана, 24 октября 2007 г."),
                                            ({}, "1-2 марта 2019 г."), ({"Title": "1-2 марта 2019 г."}, "1-2 марта 2019 г.")])
def test_a_dateline_on_the_first_line_is_not_the_title(tmp_path, mk, info, dateline):
    """A news item whose first line is its dateline (Word puts it in the Title too) was titled by
    the date, which its citation then named twice; a span of days («1-2 марта 2019 г.») was until later."""
    heading = "XIII сессия Ассамблеи народа Казахстана"
    pdf = mk.MiniPdf(info=info)
    pdf.page([(78, mk.H - 80, 11, dateline),
              (_centred(mk, 14, heading), mk.H - 110, 14, heading, "bold"),
              (78, mk.H - 140, 11, "Сегодня в Астане прошла XIII сессия Ассамблеи. Её открыл Президент.")])
    pdf.save(tmp_path / "news.pdf")
    assert parse_file(tmp_path / "news.pdf").title == heading


def _table_report(mk) -> list[tuple]:
    """A one-column report page: a heading and its paragraph, a right-aligned caption, a table of
    four columns (a bold header row), then the next heading and its paragraph."""
    y = mk.H - 80
    lines = [(56, y, 13, "2. Деятельность Совета матерей", "bold"),
             (74, y - 26, 11, "Совет матерей провел в районах области встречи с семьями и родителями. Результаты"),
             (56, y - 40, 11, "по районам приведены в таблице 1."),
             (540 - 5 * len("Таблица 1"), y - 66, 10, "Таблица 1")]
    y -= 86
    for row in [("Район", "Встречи", "Участники", "Ответственный"), ("Абайский", "12", "340", "Г. Ахметова"),
                ("Бухар-Жырауский", "9", "215", "Н. Ким"), ("Нуринский", "7", "188", "О. Петренко"),
                ("Итого", "28", "743", "")]:
        face = ("bold",) if row[0] == "Район" else ()
        lines += [(x, y, 10, cell, *face) for x, cell in zip((60, 230, 310, 400), row) if cell]
        y -= 20
    lines += [(56, y - 10, 13, "3. Молодежное движение", "bold"),
              (74, y - 36, 11, "Молодежное движение «Жас Отан» объединяет в области более двух тысяч"),
              (56, y - 50, 11, "волонтеров.")]
    return lines


def test_a_table_on_a_one_column_page_is_read_row_by_row(tmp_path, mk):
    """A table's cells leave a gutter down the page's middle: the page was read as two columns,
    every row's first two cells, then the next section's heading, then the rows' last two cells.
    Two figures in cells side by side stay apart (a tab): «12 340» would be the figure 12340."""
    pdf = mk.MiniPdf()
    pdf.page(_table_report(mk))
    pdf.save(tmp_path / "table.pdf")
    texts = [b.text for b in parse_file(tmp_path / "table.pdf").blocks]
    assert " ".join(texts) == (
        "2. Деятельность Совета матерей Совет матерей провел в районах области встречи с семьями и родителями. "
        "Результаты по районам приведены в таблице 1. Таблица 1 Район\tВстречи\tУчастники\tОтветственный "
        "Абайский\t12\t340\tГ. Ахметова Бухар-Жырауский\t9\t215\tН. Ким Нуринский\t7\t188\tО. Петренко Итого\t28\t743 "
        "3. Молодежное движение Молодежное движение «Жас Отан» объединяет в области более двух тысяч волонтеров.")
    # each row a paragraph of its own, its cells parted by a tab (pdf_tables.table_rows)
    assert "Бухар-Жырауский\t9\t215\tН. Ким" in texts
    assert texts[-2:] == ["3. Молодежное движение",
                          "Молодежное движение «Жас Отан» объединяет в области более двух тысяч волонтеров."]


def _participants_page(mk) -> list[tuple]:
    """A list of participants printed as a bordered table of three columns whose name and position
    cells wrap onto a second line: the lines of one row 12 points apart, the rows 19 (padding)."""
    y = mk.H - 80
    lines = [(56, y, 12, "СПИСОК участников заседания Научно-экспертного совета", "bold")]
    y -= 30
    for number, name, position in [
            ("№", ["Фамилия, имя,", "отчество"], ["Должность, место работы"]),
            ("1", ["Сарсенова Айгерим", "Болатовна"], ["профессор кафедры политологии, Казахский",
                                                     "национальный университет имени аль-Фараби"]),
            ("2", ["Омарова Сауле", "Маратовна"], ["руководитель кабинета медиации,",
                                                 "Секретариат Ассамблеи народа Казахстана"])]:
        for k in range(max(len(name), len(position))):
            lines += [(x, y - 12 * k, 10, cell[k]) for x, cell in ((62, [number]), (90, name), (230, position))
                      if k < len(cell)]
        y -= 12 * max(len(name), len(position)) + 7
    lines.append((56, y - 10, 11, "На заседании обсуждались вопросы научного сопровождения политики."))
    return lines


def test_a_table_row_whose_cells_wrap_is_read_cell_by_cell(tmp_path, mk):
    """Read line by line across the cells, a wrapped name and phrase fell apart («Сарсенова
    Айгерим профессор кафедры политологии, Казахский Болатовна национальный …»): no phrase of a
    cell was found and the names' parts became other persons («О. Сауле»)."""
    pdf = mk.MiniPdf()
    pdf.page(_participants_page(mk))
    pdf.save(tmp_path / "list.pdf")
    parsed = parse_file(tmp_path / "list.pdf")
    assert [b.text for b in parsed.blocks][1:] == [
        "№\tФамилия, имя, отчество\tДолжность, место работы",
        "1\tСарсенова Айгерим Болатовна\tпрофессор кафедры политологии, Казахский национальный университет "
        "имени аль-Фараби",
        "2\tОмарова Сауле Маратовна\tруководитель кабинета медиации, Секретариат Ассамблеи народа Казахстана",
        "На заседании обсуждались вопросы научного сопровождения политики."]
    record = build_record(parsed, tmp_path / "list.pdf", str(tmp_path), "0" * 64)
    assert record.persons == ["А.Б. Сарсенова", "С.М. Омарова"]


def test_a_table_row_ending_in_initials_gives_no_person_with_the_next_row(tmp_path, mk):
    """The rows of a table ran into one paragraph: «… Есенгалиев Д.К. Жетысуская область …» made
    the person «Д.К. Жетысуская», and Д.К. Есенгалиев was lost."""
    pdf = mk.MiniPdf()
    y = mk.H - 80
    lines = [(56, y, 11, "Сведения о мероприятиях в регионах.")]
    for k, row in enumerate([("Регион", "Участников", "Ответственный"),
                             ("Актюбинская область", "27 300", "Есенгалиев Д.К."),
                             ("Жетысуская область", "21 060", "Байжанова С.Р."),
                             ("Улытауская область", "7 120", "Ахметова Г.С.")]):
        lines += [(x, y - 30 - 18 * k, 10, cell) for x, cell in zip((62, 230, 330), row)]
    pdf.page(lines)
    pdf.save(tmp_path / "stat.pdf")
    parsed = parse_file(tmp_path / "stat.pdf")
    assert "Жетысуская область\t21 060\tБайжанова С.Р." in [b.text for b in parsed.blocks]
    record = build_record(parsed, tmp_path / "stat.pdf", str(tmp_path), "0" * 64)
    assert record.persons == ["Д.К. Есенгалиев", "С.Р. Байжанова", "Г.С. Ахметова"]


CONTENTS = [("Введение", "3"), ("1. Работа кабинетов медиации", "3"),
            ("2. Деятельность Совета матерей по профилактике семейных конфликтов в районах и городах", ""),
            ("области", "4"), ("3. Молодежное движение", "4"), ("Приложение. Статистика обращений", "12")]


def _contents_page(mk, leader: str) -> list[tuple]:
    """A contents page as Word lays it out: each entry's title, a leader up to the page number set
    flush right (the last line of a title that wraps carries them)."""
    lines = [(_centred(mk, 14, "СОДЕРЖАНИЕ"), mk.H - 80, 14, "СОДЕРЖАНИЕ", "bold")]
    for i, (title, page) in enumerate(CONTENTS):
        y = mk.H - 120 - 16 * i
        lines.append((56, y, 11, title + (" " + leader * ((80 - len(title)) // len(leader)) if page else "")))
        if page:
            lines.append((540 - 5.5 * len(page), y, 11, page))
    return lines


@pytest.mark.parametrize("leader", [" .", ".", "…", "_"])
def test_a_contents_page_is_its_entries_without_leaders_never_quoted(tmp_path, mk, leader):
    """A contents page was one paragraph with its leaders kept («Введение . . . . 3 1. Работа
    …»), which quote search cited for a section's name."""
    pdf = mk.MiniPdf()
    pdf.page(_contents_page(mk, leader))
    pdf.page([(56, mk.H - 80, 13, "1. Работа кабинетов медиации", "bold"),
              (56, mk.H - 106, 11, "В области работают сорок два кабинета медиации.")])
    pdf.save(tmp_path / "contents.pdf")
    blocks = parse_file(tmp_path / "contents.pdf").blocks
    assert [(b.text, b.quotable) for b in blocks] == [
        ("СОДЕРЖАНИЕ", True), ("Введение 3", False), ("1. Работа кабинетов медиации 3", False),
        ("2. Деятельность Совета матерей по профилактике семейных конфликтов в районах и городах области 4",
         False),
        ("3. Молодежное движение 4", False), ("Приложение. Статистика обращений 12", False),
        ("1. Работа кабинетов медиации", True), ("В области работают сорок два кабинета медиации.", True)]


LIST_PAGE = [
    (56, "Основные направления работы Ассамблеи народа Казахстана в области приведены ниже:"),
    (70, "•"), (84, "профилактика конфликтов через кабинеты медиации;"),
    (70, "•"), (84, "поддержка этнокультурных объединений, воскресных школ и центров языков;"),
    (70, "•"), (84, "работа с молодежью и волонтерами, с семьями переселенцев и с ветеранами"),
    (84, "этнокультурных объединений;"),
    (70, "•"), (84, "изучение государственного языка взрослыми в вечерних школах и на курсах;"),
    (56, "– развитие сети домов дружбы во всех районах и городах областного значения;"),
    (56, "– поддержка средств массовой информации на языках этносов Казахстана региона;"),
    (56, "1) кабинеты медиации работают при всех домах дружбы и при акиматах районов;"),
    (56, "2) их работу координирует Совет общественного согласия при акиме области;"),
    (74, "«Каждый из этих шагов укрепляет согласие в нашем общем доме», — добавил он,"),
    (56, "— и мы продолжим эту работу вместе с этнокультурными объединениями области."),
]


def test_a_line_starting_with_a_bullet_starts_a_list_item(tmp_path, mk):
    """A list item whose line reached the right margin ran on into the next item: a bullet, or a
    dash or number after an item's end, starts a paragraph; an item wrapped onto a second line
    stays whole, and a dash opening a line in the middle of a sentence starts nothing."""
    pdf = mk.MiniPdf()
    lines, y = [], mk.H - 80
    for x, text in LIST_PAGE:
        if lines and lines[-1][3] != "•":  # a bullet and its item's text share a line
            y -= 14
        lines.append((x, y, 11, text))
    pdf.page(lines)
    pdf.save(tmp_path / "list.pdf")
    assert [b.text for b in parse_file(tmp_path / "list.pdf").blocks] == [
        "Основные направления работы Ассамблеи народа Казахстана в области приведены ниже:",
        "• профилактика конфликтов через кабинеты медиации;",
        "• поддержка этнокультурных объединений, воскресных школ и центров языков;",
        "• работа с молодежью и волонтерами, с семьями переселенцев и с ветеранами этнокультурных объединений;",
        "• изучение государственного языка взрослыми в вечерних школах и на курсах;",
        "– развитие сети домов дружбы во всех районах и городах областного значения;",
        "– поддержка средств массовой информации на языках этносов Казахстана региона;",
        "1) кабинеты медиации работают при всех домах дружбы и при акиматах районов;",
        "2) их работу координирует Совет общественного согласия при акиме области;",
        "«Каждый из этих шагов укрепляет согласие в нашем общем доме», — добавил он, — и мы продолжим "
        "эту работу вместе с этнокультурными объединениями области."]


DIGEST = [("Заседание Совета Ассамблеи", "В Астане состоялось заседание Совета Ассамблеи народа Казахстана."),
          ("Форум Совета матерей", "В столице прошел республиканский форум Совета матерей."),
          ("Встреча с волонтерами", "Молодежное движение Ассамблеи провело встречу с волонтерами."),
          ("Круглый стол по медиации", "Научно-экспертный совет провел круглый стол о медиации.")]


@pytest.mark.parametrize("days", [(5, 12, 19, 26), (5, 6, 7, 8)], ids=["weekly", "daily"])
def test_a_digest_keeps_each_page_s_dateline_and_numbered_heading(tmp_path, mk, days):
    """A digest of press releases, a page each, every page opening with «Приложение N» and its
    own dateline: both were taken for running headers (numbers aside, they repeat on every
    page), so neither was in the text and the digest had no date. Only the page number at the
    foot, a number going up with the page, is furniture; so is a day that happens to go up
    with the page no page number."""
    from ingest.build import extract_parsed

    pdf = mk.MiniPdf()
    for n, (day, (heading, body)) in enumerate(zip(days, DIGEST), 1):
        pdf.page([(470, mk.H - 40, 10, f"Приложение {n}"), (72, mk.H - 70, 11, f"Астана, {day} марта 2019 г."),
                  (72, mk.H - 100, 14, heading, "bold"), (72, mk.H - 130, 11, body), (mk.W / 2, 30, 9, str(n))])
    pdf.save(tmp_path / "digest.pdf")
    doc = parse_file(tmp_path / "digest.pdf")
    assert [(b.text, b.page) for b in doc.blocks] == [
        pair for n, (day, (heading, body)) in enumerate(zip(days, DIGEST), 1)
        for pair in ((f"Приложение {n}", n), (f"Астана, {day} марта 2019 г.", n), (heading, n), (body, n))]
    assert doc.title == "Заседание Совета Ассамблеи"  # «Приложение 1» names no subject, as a dateline
    found = extract_parsed(doc, tmp_path / "digest.pdf")
    assert (str(found.date), found.date_source) == ("2019-03-05", "text")


def test_a_running_header_with_the_page_number_in_it_is_removed(tmp_path, mk):
    """A header that prints the page number among its other numbers is one running header."""
    _journal(mk, tmp_path / "numbered.pdf", lambda n: [(72, mk.H - 40, 11, f"Вестник АНК № 3 (45), 2019, с. {n + 11}")])
    doc = parse_file(tmp_path / "numbered.pdf")
    assert "Вестник" not in doc.text and len(doc.blocks) == 5


def test_a_date_going_up_with_the_page_is_no_page_number(tmp_path, mk):
    """A press review, a day a page, heads each page with its day: the day goes up with the page
    as a page number would, but a number in a date never is one."""
    _journal(mk, tmp_path / "review.pdf", lambda n: [(72, mk.H - 40, 11, f"Обзор печати Ассамблеи народа за {n + 4} марта 2019 г.")])
    doc = parse_file(tmp_path / "review.pdf")
    assert [b.text for b in doc.blocks if b.text.startswith("Обзор")] == [
        f"Обзор печати Ассамблеи народа за {n + 4} марта 2019 г." for n in range(1, 6)]


def test_a_dateline_repeated_on_every_page_stays_where_it_first_appears(tmp_path, mk):
    """A dateline printed at the top of every page is furniture on all but the first: there it
    dates the document."""
    _journal(mk, tmp_path / "dated.pdf", lambda n: [(72, mk.H - 40, 10, "Астана, 5 марта 2019 г.")])
    doc = parse_file(tmp_path / "dated.pdf")
    assert [b.text for b in doc.blocks].count("Астана, 5 марта 2019 г.") == 1
    assert doc.blocks[0].text == "Астана, 5 марта 2019 г." and doc.metadata["dateline"] == doc.blocks[0].text


def _clipping(mk, path, header: str, size: float, at_foot: bool = False) -> None:
    """A three-page press clipping made in 2020 (its CreationDate), ``header`` (with {n}, the page
    number) over or under the text of every page, the article's heading on page 1."""
    pdf = mk.MiniPdf(info={"CreationDate": "D:20200110093000+06'00'"})
    for n, city in enumerate(CITIES[:3], 1):
        lines = [(72, 30 if at_foot else mk.H - 36, size, header.format(n=n))]
        if n == 1:
            lines.append((72, mk.H - 80, 14, "Встречи в регионах", "bold"))
        lines += [(72, mk.H - 110 - 16 * i, 11, f"Участники встречи в городе {city} обсудили вопрос № {i + 1}.")
                  for i in range(12)]
        pdf.page(lines)
    pdf.save(path)


@pytest.mark.parametrize("header, size, at_foot, kept", [
    ("Казахстанская правда, 12 марта 2019 г., стр. {n}", 9, False, "Казахстанская правда, 12 марта 2019 г."),
    ("Казахстанская правда, 12 марта 2019 г., стр. {n}", 11, False, "Казахстанская правда, 12 марта 2019 г."),
    ("{n} | Егемен Казахстан | 12 наурыз 2019 ж.", 9, False, "Егемен Казахстан | 12 наурыз 2019 ж."),
    ("Казахстанская правда — 12 марта 2019 г. — {n}", 9, True, "Казахстанская правда — 12 марта 2019 г."),
], ids=["small type", "body type", "number first", "footer"])
def test_a_newspaper_s_running_header_with_the_page_number_still_dates_the_clipping(
        tmp_path, mk, header, size, at_foot, kept):
    """A clipping whose header carries the issue's date and the page number lost it on every page,
    as a running header, and with it its only date: the one-page copy was dated 2019-03-12, the
    three-page one by its CreationDate or not at all. The header stays once, where it first
    appears, without its page number, as the clipping's dateline, which beats the metadata."""
    from ingest.build import extract_parsed

    _clipping(mk, tmp_path / "clipping.pdf", header, size, at_foot)
    doc = parse_file(tmp_path / "clipping.pdf")
    texts = [b.text for b in doc.blocks]
    assert [b.page for b in doc.blocks if b.text == kept] == [1] and (at_foot or texts[0] == kept)
    assert not any(" 2019 " in t or t.startswith(("Казахстанская", "Егемен")) for t in texts if t != kept)
    assert doc.metadata["dateline"] == kept and doc.title == "Встречи в регионах"
    found = extract_parsed(doc, tmp_path / "clipping.pdf")
    assert (str(found.date), found.date_source) == ("2019-03-12", "text")


def test_a_journal_s_running_header_with_only_an_issue_year_dates_nothing(tmp_path, mk):
    """«Вестник АНК № 3, 2019, с. N» holds no full date: it goes from every page, and the
    CreationDate still dates the clipping."""
    from ingest.build import extract_parsed

    _clipping(mk, tmp_path / "journal.pdf", "Вестник АНК № 3, 2019, с. {n}", 9)
    doc = parse_file(tmp_path / "journal.pdf")
    assert "Вестник" not in doc.text and "dateline" not in doc.metadata and doc.title == "Встречи в регионах"
    found = extract_parsed(doc, tmp_path / "journal.pdf")
    assert (str(found.date), found.date_source) == ("2020-01-10", "metadata")


@pytest.mark.parametrize("blank", ["no text", "running header", "page number"])
def test_a_blank_page_loses_nothing(tmp_path, mk, blank):
    """A report with a blank page (a back left empty, a page with only a picture, or only the
    running header or the page number) failed as «damaged» and was not indexed at all."""
    pdf = mk.MiniPdf()
    for n, city in enumerate(CITIES[:3], 1):
        lines = [(72, mk.H - 40, 9, "Вестник АНК"), (mk.W / 2, 30, 9, str(n))]
        if n == 2:
            lines = {"no text": [], "running header": lines[:1], "page number": lines[1:]}[blank]
        else:
            lines += [(72, mk.H - 110 - 16 * i, 11, f"Заседание прошло в городе {city}, вопрос № {i + 1}.")
                      for i in range(8)]
        pdf.page(lines)
    pdf.save(tmp_path / "blank.pdf")
    doc = parse_file(tmp_path / "blank.pdf")
    assert doc.pages == 3 and sorted({b.page for b in doc.blocks}) == [1, 3]
    assert "Астана" in doc.text and "Шымкент" in doc.text and "Вестник" not in doc.text


TABLE = [("Область", "2019", "2020", "2021"), ("Акмолинская", "31", "33", "35"),
         ("Карагандинская", "44", "45", "47"), ("Павлодарская", "28", "30", "30"), ("Всего", "103", "108", "112")]


@pytest.mark.parametrize("footer", [None, "— {} —"])
def test_a_table_s_last_row_at_the_page_foot_keeps_its_numbers(tmp_path, mk, footer):
    """A table ending low on a page with no page number printed: each number of its last row
    («Всего 103 108 112») was taken for a page number and dropped. Only a row printing nothing
    but a number is one; and numbers among a row's cells are none either where one goes up by
    one from a page to the next, as a page number does (the second page's table here)."""
    pdf = mk.MiniPdf()
    for page in range(2):
        lines = [(72, mk.H - 80, 14, "Численность этнокультурных объединений", "bold"),
                 (72, mk.H - 110, 11, "Ниже приведены сведения о числе этнокультурных объединений.")]
        for i, (name, *cells) in enumerate(TABLE):
            cells = [cell if i == 0 else str(int(cell) + page) for cell in cells]
            lines.append((72, 190 - 22 * i, 11, name))
            lines += [(250 + 90 * k - 5.5 * len(cell), 190 - 22 * i, 11, cell) for k, cell in enumerate(cells, 1)]
        if footer:
            lines.append((mk.W / 2 - 15, 30, 10, footer.format(page + 1)))
        pdf.page(lines)
    pdf.save(tmp_path / "table.pdf")
    doc = parse_file(tmp_path / "table.pdf")
    for page, totals in ((1, {"103", "108", "112"}), (2, {"104", "109", "113"})):
        words = " ".join(b.text for b in doc.blocks if b.page == page).split()
        assert totals | {"Всего"} <= set(words) and "—" not in words  # in whatever order cells are read


def test_a_year_alone_at_a_page_s_edge_is_no_page_number(tmp_path, mk):
    """A chronicle heads each page with its year; a report's cover ends with «Астана» and the
    year: a year alone at the edge of a page was dropped as its page number."""
    pdf = mk.MiniPdf()
    pdf.page([(72, mk.H - 80, 16, "Хроника Ассамблеи народа Казахстана", "bold"),
              (mk.W / 2 - 20, 80, 12, "Астана"), (mk.W / 2 - 12, 60, 12, "2019")])
    for n, year in enumerate((1995, 1996, 1997), 2):
        pdf.page([(72, mk.H - 40, 14, str(year), "bold"),
                  (72, mk.H - 80, 11, f"В {year} году Ассамблея провела сессию в городе {CITIES[n]}."),
                  (mk.W / 2, 30, 9, str(n))])
    pdf.save(tmp_path / "chronicle.pdf")
    texts = [b.text for b in parse_file(tmp_path / "chronicle.pdf").blocks]
    assert [t for t in texts if t.endswith(("19", "95", "96", "97"))] == ["Астана 2019", "1995", "1996", "1997"]


PAGE_ONE_END = ["Заместитель Председателя Ассамблеи Е. Тугжанов отметил, что работа в наших",
                "регионах стала заметнее, а доверие к советам общественного согласия заметно",
                "выросло. Он также подчеркнул, что «Молодежное движение нашей страны и всей"]
PAGE_TWO_START = ["Ассамблеи должно стать настоящей школой гражданской ответственности для",
                  "каждого активного гражданина и патриота своей страны»."]


def _page_break(mk, path, page_one: list[str], page_two: list[tuple]) -> list[str]:
    """Page 1: filler paragraphs, then ``page_one`` ending at the foot; page 2 opens with
    ``page_two`` lines, then an indented paragraph. The blocks' texts."""
    filler = ["Участники обсудили ход реализации Концепции развития и работу этнокультурных",
              "объединений, кабинетов медиации и советов общественного согласия в стране."]
    lines, y = [], mk.H - 80
    for _ in range(3):
        lines += [(78 if i == 0 else 60, y - 14 * i, 11, t) for i, t in enumerate(filler)]
        y -= 14 * len(filler) + 4
    lines += [(78 if i == 0 else 60, 130 - 14 * (i - len(page_one) + 3), 11, t) for i, t in enumerate(page_one)]
    pdf = mk.MiniPdf()
    pdf.page(lines + [(mk.W / 2 - 15, 30, 10, "— 1 —")])
    pdf.page(page_two + [(78, mk.H - 130, 11, "После заседания участники посетили выставку."),
                         (mk.W / 2 - 15, 30, 10, "— 2 —")])
    pdf.save(path)
    return [b.text for b in parse_file(path).blocks]


def test_a_paragraph_goes_on_across_the_page_break_before_a_capital(tmp_path, mk):
    """A paragraph running on to the next page was cut there when the page began with a capital
    (a name, «Ассамблеи»): the quote on page 2 lost its start and its speaker."""
    texts = _page_break(mk, tmp_path / "quote.pdf", PAGE_ONE_END,
                        [(60, mk.H - 80 - 14 * i, 11, t) for i, t in enumerate(PAGE_TWO_START)])
    assert texts[-2] == " ".join(PAGE_ONE_END + PAGE_TWO_START)
    assert texts[-1] == "После заседания участники посетили выставку."


def test_a_paragraph_goes_on_across_the_page_break_before_a_bracket(tmp_path, mk):
    """A turn breaking off at the page's foot went on on the next page with «(метка …)»: the bracket
    hid the lowercase word after it, and the rest of the turn was a paragraph of no one's."""
    page_one = PAGE_ONE_END[:2] + ["выросло, и это стало главным итогом работы советов согласия"]
    page_two = ["(метка альфаслово328). Программа «Рухани жангыру» нашла широкий отклик."]
    texts = _page_break(mk, tmp_path / "bracket.pdf", page_one, [(60, mk.H - 80, 11, page_two[0])])
    assert texts[-2] == " ".join(page_one + page_two)


@pytest.mark.parametrize("case", ["bold heading", "heading line", "indented", "short last line"])
def test_a_page_opening_with_a_heading_or_a_new_paragraph_stays_apart(tmp_path, mk, case):
    """The paragraph ending a page goes on only where it breaks off mid-sentence at the right
    edge and the next page starts at the left edge in the same type, not as a heading."""
    page_one, page_two = PAGE_ONE_END, [(60, mk.H - 80 - 14 * i, 11, t) for i, t in enumerate(PAGE_TWO_START)]
    if case == "bold heading":
        page_two = [(60, mk.H - 60, 11, "Молодежное движение Ассамблеи", "bold")] + page_two
    elif case == "heading line":
        page_two = [(60, mk.H - 60, 11, "Молодежное движение Ассамблеи")] + page_two
    elif case == "indented":
        page_two = [(78, mk.H - 80, 11, PAGE_TWO_START[0][:60])] + page_two[1:]
    else:
        page_one = PAGE_ONE_END[:2] + ["выросло. Об этом говорили многие"]
    texts = _page_break(mk, tmp_path / "apart.pdf", page_one, page_two)
    assert " ".join(page_one) in texts


ARTICLE_HEADERS = ["Вестник Ассамблеи народа Казахстана, № 3 (45), 2019", "Межэтническое согласие: практика регионов"]


@pytest.mark.parametrize("pages", [2, 3])
def test_a_short_article_s_left_and_right_running_headers_are_removed(tmp_path, mk, pages):
    """A two- or three-page journal article prints the journal's name over its odd pages and a
    rubric over its even ones, each too few times to be seen repeated: the header stayed in the
    text, between the halves of «деятель-ности» split by the page break. In small type at one
    height above the text of every page, it is a running header by its look."""
    body = ["В Карагандинской области работает сорок два кабинета медиации, и за год",
            "они рассмотрели более трехсот обращений граждан, а также вопросы деятель-"]
    pdf = mk.MiniPdf()
    for n in range(1, pages + 1):
        lines = [(72, mk.H - 36, 9, ARTICLE_HEADERS[(n - 1) % 2]), (mk.W / 2 - 15, 30, 10, f"— {n} —")]
        y = mk.H - 70
        if n > 1:
            lines.append((72, y, 11, f"ности кабинетов медиации в городе {CITIES[n]}."))
            y -= 20
        lines += [(72, y - 14 * i, 11, t) for i, t in enumerate(body)]
        pdf.page(lines)
    pdf.save(tmp_path / "article.pdf")
    doc = parse_file(tmp_path / "article.pdf")
    assert not any(header in doc.text for header in ARTICLE_HEADERS)
    assert [b.text.count("вопросы деятельности кабинетов медиации в городе") for b in doc.blocks] == [1] * (pages - 1) + [0]


def test_ligatures_are_spelled_out(tmp_path, mk):
    """Typesetting programs draw ﬁ ﬂ ﬀ ﬃ as one glyph each, which PDF text gives as U+FB01 and
    its kin (NFC keeps them): «ofﬁcial» matched no search for «official»."""
    pdf = mk.MiniPdf()
    pdf.page([(72, mk.H - 100, 11, "The \ufb01rst of\ufb01cial \ufb02ag ceremony was held in Astana."),
              (72, mk.H - 114, 11, "The e\ufb00ort to \ufb01nd e\ufb03cient ways was praised.")])
    pdf.save(tmp_path / "ligatures.pdf")
    assert parse_file(tmp_path / "ligatures.pdf").text == (
        "The first official flag ceremony was held in Astana. The effort to find efficient ways was praised.")


def _footnoted(mk, path, raised: bool) -> None:
    """A sentence whose words carry footnote marks, and the notes at the page foot: marks drawn as
    superscript glyphs (¹), or, as Word does, as digits in 7 pt type on a raised baseline."""
    pieces = [("Доля граждан выросла до 83 процентов", False), ("1", True), (", а число курсов COVID19 выросло", False),
              ("2", True), (" вдвое, на 100 м", False), ("2", True), (".", False)]
    lines, x = [], 72.0
    for text, mark in pieces:
        if mark and not raised:
            text = text.translate(str.maketrans("12", "¹²"))
        size, rise = (7, 4) if mark and raised else (11, 0)
        lines.append((x, mk.H - 100 + rise, size, text))
        x += 0.5 * size * len(text)  # the font's glyphs are all half an em wide
    notes = ["1 По данным переписи населения.", "2 Отчёт Министерства культуры."]
    lines += [(72, 100 - 11 * i, 8, note if raised else note.translate(str.maketrans("12", "¹²")))
              for i, note in enumerate(notes)]
    pdf = mk.MiniPdf()
    pdf.page(lines)
    pdf.save(path)


@pytest.mark.parametrize("raised", [False, True], ids=["superscript glyph", "raised digit"])
def test_a_footnote_mark_is_taken_off_the_word_it_sits_on(tmp_path, mk, raised):
    """«процентов¹» (or Word's raised small «процентов1») was one word, found by no search for
    «процентов»: the mark goes from the word; the notes keep theirs, a unit its power («м²»), a
    digit in the text's own type its place («COVID19»)."""
    _footnoted(mk, tmp_path / "notes.pdf", raised)
    texts = [b.text for b in parse_file(tmp_path / "notes.pdf").blocks]
    mark = "¹" if not raised else "1"
    assert texts == ["Доля граждан выросла до 83 процентов, а число курсов COVID19 выросло вдвое, на 100 м².",
                     f"{mark} По данным переписи населения.", f"{'²' if not raised else '2'} Отчёт Министерства культуры."]


def _marked_line_text(mk, path, pieces: list[tuple[str, bool]], raised: bool) -> str:
    """The parsed text of a PDF line of ``pieces``, each a note mark or not: marks drawn as
    superscript glyphs, or as Word draws them, digits in 7 pt type on a raised baseline."""
    lines, x = [], 72.0
    for text, mark in pieces:
        if mark and not raised:
            text = text.translate(SUPERSCRIPT_DIGITS)
        size, rise = (7, 4) if mark and raised else (11, 0)
        lines.append((x, mk.H - 100 + rise, size, text))
        x += 0.5 * size * len(text)
    pdf = mk.MiniPdf()
    pdf.page(lines)
    pdf.save(path)
    return parse_file(path).text


@pytest.mark.parametrize("raised", [False, True], ids=["superscript glyph", "raised digit"])
def test_a_footnote_mark_after_a_number_a_quote_or_a_bracket_is_taken_off(tmp_path, mk, raised):
    """«в 2011¹ году» (Word's raised small «1» read into the year: «20111») was found by no search for
    the year: a mark comes off a number, a closing quote, a bracket and a full stop as off a word; a
    power stays on 10 («10²»)."""
    pieces = [("Программа принята в 2011", False), ("1", True), (" году, проект «Духовное возрождение»", False),
              ("2", True), (", центров стало больше (с 60 до 120)", False), ("3", True), (", в 10", False),
              ("2", True), (" раз. Об этом говорилось на сессии.", False), ("1", True)]
    assert _marked_line_text(mk, tmp_path / "marks.pdf", pieces, raised) == (
        "Программа принята в 2011 году, проект «Духовное возрождение», центров стало больше (с 60 до 120), "
        "в 10² раз. Об этом говорилось на сессии.")


@pytest.mark.parametrize("raised", [False, True], ids=["superscript glyph", "raised digit"])
def test_a_footnote_mark_after_a_date_a_decimal_a_percent_or_an_abbreviation_is_taken_off(tmp_path, mk, raised):
    """«от 12.03.2019¹», «на 25%²», «на 1,5³», «Закон РК¹», «на XX³ сессии» were indexed with the mark
    (12.03.20191, «25%2»): a date in figures, a decimal, a percent sign, two capitals carry a mark as
    a year or a word does; a unit's power stays («м²»)."""
    pieces = [("Решение от 12.03.2019", False), ("1", True), (" исполнено, доля выросла на 25%", False),
              ("2", True), (", рост на 1,5", False), ("3", True), (" процента. Закон РК", False), ("1", True),
              (" принят на XX", False), ("3", True), (" сессии, зал 450 м", False), ("2", True), (".", False)]
    assert _marked_line_text(mk, tmp_path / "marks.pdf", pieces, raised) == (
        "Решение от 12.03.2019 исполнено, доля выросла на 25%, рост на 1,5 процента. Закон РК принят на XX "
        "сессии, зал 450 м².")


def test_a_space_a_justified_line_stretches_inside_a_figure_is_no_column_gap(tmp_path, mk):
    """Chromium prints a justified line's space as a glyph and moves the next word on by the stretch:
    read as two spaces, «1 250» was stored as two cells, «1⇥250», found by no search for it. A cell's
    trailing space before a wide gap to the next cell still parts the cells."""
    y = mk.H - 100
    pdf = mk.MiniPdf()
    pdf.page([(72, y, 11, "Участие приняли 1 "), (72 + 5.5 * 18 + 3, y, 11, "250 человек."),
              (72, y - 40, 11, "Денисовский 450 000 "), (72 + 5.5 * 20 + 40, y - 40, 11, "520 000")])
    pdf.save(tmp_path / "stretched.pdf")
    texts = [b.text for b in parse_file(tmp_path / "stretched.pdf").blocks]
    assert "Участие приняли 1 250 человек." in texts
    assert "Денисовский 450 000\t520 000" in texts


def _notes_under_a_page_break(mk, path, raised: bool) -> None:
    """A sentence broken off at page 1's end and going on lowercase at page 2's top, three footnotes
    in smaller type between, each opening with its mark (a superscript glyph, or Word's raised small
    digit, which makes the note's first line as tall as the text's), the second wrapped at its imprint."""
    def note(y: float, number: str, text: str) -> list[tuple]:
        if not raised:
            return [(60, y, 8, number.translate(SUPERSCRIPT_DIGITS) + " " + text)]
        return [(60, y + 4, 6, number), (64, y, 8, text)]

    page = [(60, 700, 11, "Особое значение приобрела деятельность Научно-экспертного совета Ассамблеи, который"),
            (60, 686, 11, "подготовил аналитический доклад, направленный в профильные государственные органы"),
            *note(120, "1", "См.: Назарбаев Н.А. В потоке истории. — Алматы: Атамура, 2003. — С. 45."),
            *note(110, "2", "Кадырова Г.Т. Полиэтничность и толерантность в современном Казахстане: "
                            "монография. — Астана: Фолиант, 2008."),
            (60, 100, 8, "— 212 с."),
            *note(90, "3", "Там же. С. 12.")]
    pdf = mk.MiniPdf()
    pdf.page(page)
    pdf.page([(60, 700, 11, "для последующего использования при выработке решений в сфере политики."),
              (80, 686, 11, "Вместе с тем исследователи отмечают сохранение ряда рисков.")])
    pdf.save(path)


@pytest.mark.parametrize("raised", [False, True], ids=["superscript glyph", "raised digit"])
def test_a_sentence_goes_on_across_a_page_break_past_several_footnotes(tmp_path, mk, raised):
    """A sentence cut by a page break stayed cut where the page ended with footnotes: a raised mark
    made a note's first line as tall as the text's, the second note was weighed against the first
    (the same type), and a note wrapped at its imprint («— 212 с.») was a paragraph of its own."""
    _notes_under_a_page_break(mk, tmp_path / "notes.pdf", raised)
    blocks = parse_file(tmp_path / "notes.pdf").blocks
    mark = (lambda n: n) if raised else (lambda n: n.translate(SUPERSCRIPT_DIGITS))
    assert [(b.text, b.page) for b in blocks] == [
        ("Особое значение приобрела деятельность Научно-экспертного совета Ассамблеи, который подготовил "
         "аналитический доклад, направленный в профильные государственные органы для последующего использования "
         "при выработке решений в сфере политики.", 1),
        (mark("1") + " См.: Назарбаев Н.А. В потоке истории. — Алматы: Атамура, 2003. — С. 45.", 1),
        (mark("2") + " Кадырова Г.Т. Полиэтничность и толерантность в современном Казахстане: монография. — "
         "Астана: Фолиант, 2008. — 212 с.", 1),
        (mark("3") + " Там же. С. 12.", 1),
        ("Вместе с тем исследователи отмечают сохранение ряда рисков.", 2)]
    assert blocks[0].breaks


def test_a_word_split_by_a_soft_hyphen_at_a_line_end_is_joined(tmp_path, mk):
    """Word's optional hyphenation writes U+00AD at the line end («привлека\\u00ad» / «тельности»):
    the soft hyphen was dropped with the line break and the halves stayed two words."""
    pdf = mk.MiniPdf()
    pdf.page([(72, mk.H - 100, 11, "Председатель подчеркнул важность согласия для инвестиционной привлека\u00ad"),
              (72, mk.H - 114, 11, "тельности областей. Участники поддержали предложение о созда\u00ad"),
              (72, mk.H - 128, 11, "нии дома дружбы.")])
    pdf.save(tmp_path / "soft.pdf")
    assert parse_file(tmp_path / "soft.pdf").text == (
        "Председатель подчеркнул важность согласия для инвестиционной привлекательности областей. "
        "Участники поддержали предложение о создании дома дружбы.")


def _opening_alike(mk, path, first_lines) -> None:
    """Four pages, each opening with ``first_lines(n)`` (a line each) run on into a paragraph, then
    another paragraph, the page number at the foot."""
    pdf = mk.MiniPdf()
    for n in range(1, 5):
        lines = [(72, mk.H - 80 - 14 * i, 11, text) for i, text in enumerate(first_lines(n))]
        y = mk.H - 80 - 14 * len(lines)
        lines += [(72, y - 10, 11, f"Проведено {10 + n} мероприятий в области, в них приняли участие {200 + n} человек."),
                  (mk.W / 2, 30, 9, str(n))]
        pdf.page(lines)
    pdf.save(path)


def test_a_line_opening_every_page_that_runs_on_into_its_paragraph_is_kept(tmp_path, mk):
    """Each page of a transcript opened with the same words («Вопрос 3.1. Делегаты сессии
    обсудили вопросы межэтнического согласия и»), numbers aside: the line was taken for a running
    header and lost on every page, the paragraph starting mid-sentence. It runs on into the line
    under it, with no gap: it is the page's text."""
    _opening_alike(mk, tmp_path / "transcript.pdf", lambda n: [
        f"Вопрос {n}.1. Делегаты сессии обсудили вопросы межэтнического согласия и",
        f"единства, а также предложение номер {n}1 о поддержке этнокультурных центров",
        "объединений в регионах страны."])
    texts = [b.text for b in parse_file(tmp_path / "transcript.pdf").blocks]
    assert [t for t in texts if t.startswith("Вопрос")] == [
        f"Вопрос {n}.1. Делегаты сессии обсудили вопросы межэтнического согласия и единства, а также предложение "
        f"номер {n}1 о поддержке этнокультурных центров объединений в регионах страны." for n in range(1, 5)]


def test_a_heading_s_line_repeated_on_every_page_stays_in_the_heading(tmp_path, mk):
    """Annexes to one decision open each page with «Приложение N к решению … от 12 марта» / «2019
    года № 4»: the second line, the same on every page, was dropped as a running header, and the
    decision's year and number with it."""
    _opening_alike(mk, tmp_path / "annexes.pdf", lambda n: [
        f"Приложение {n} к решению Совета Ассамблеи народа Казахстана от 12 марта", "2019 года № 4"])
    texts = [b.text for b in parse_file(tmp_path / "annexes.pdf").blocks]
    assert [t for t in texts if t.startswith("Приложение")] == [
        f"Приложение {n} к решению Совета Ассамблеи народа Казахстана от 12 марта 2019 года № 4" for n in range(1, 5)]


def test_a_section_name_over_the_even_pages_is_a_running_header(tmp_path, mk):
    """A report prints the organisation over its odd pages and the section's name over its even
    ones («Раздел 1. Общие положения», then «Раздел 2. …»), too few times each to be seen
    repeated, and opening with a numbered part as a page's own heading does: it stayed in the
    text, in the middle of a paragraph going on across the page. Where the odd pages' header
    stands, in its type, it is a header too."""
    body = ["Советы общественного согласия рассмотрели обращения граждан и выработали для",
            "местных исполнительных органов рекомендации по работе с этнокультурными"]
    pdf = mk.MiniPdf()
    for n in range(1, 5):
        header = "Ассамблея народа Казахстана" if n % 2 else f"Раздел {n // 2}. Деятельность советов"
        lines = [(72, mk.H - 40, 8, header), (mk.W / 2 - 30, 30, 9, f"Страница {n} из 4")]
        opening = [f"объединениями в городе {CITIES[n]}."] if n > 1 else []
        lines += [(72, mk.H - 80 - 14 * i, 11, t) for i, t in enumerate(opening + body)]
        pdf.page(lines)
    pdf.save(tmp_path / "report.pdf")
    doc = parse_file(tmp_path / "report.pdf")
    assert "Раздел" not in doc.text and "Ассамблея народа" not in doc.text
    assert [b.text.count("с этнокультурными объединениями в городе") for b in doc.blocks] == [1, 1, 1, 0]


@pytest.mark.parametrize("page_two, joined", [("1 250 человек из всех регионов страны, сообщили организаторы.", True),
                                              ("1. Утвердить план работы советов на следующий год.", False)])
def test_a_sentence_goes_on_across_the_page_break_before_a_number(tmp_path, mk, page_two, joined):
    """«… приняли участие» / page 2: «1 250 человек …» was cut at the page break, and the quote on
    page 2 opened with a bare number. A list item («1.») still starts its own paragraph."""
    page_one = PAGE_ONE_END[:2] + ["выросло. В мероприятиях республиканского форума молодежи приняли участие"]
    texts = _page_break(mk, tmp_path / "number.pdf", page_one, [(60, mk.H - 80, 11, page_two)])
    assert (" ".join(page_one + [page_two]) in texts) is joined
    assert (page_two in texts) is not joined


def test_a_cover_s_title_keeps_the_line_that_goes_on_with_it(tmp_path, mk):
    """A cover «ГОДОВОЙ ОТЧЁТ» / «Ассамблеи народа Казахстана за 2016 год» (no Title in the
    metadata) was titled «ГОДОВОЙ ОТЧЁТ»: every year's report the same in the results."""
    pdf = mk.MiniPdf()
    heading = "Ассамблеи народа Казахстана за 2016 год"
    pdf.page([(_centred(mk, 22, "ГОДОВОЙ ОТЧЁТ"), mk.H / 2 + 40, 22, "ГОДОВОЙ ОТЧЁТ", "bold"),
              (_centred(mk, 16, heading), mk.H / 2 + 10, 16, heading, "bold")])
    pdf.page([(72, mk.H - 80, 13, "Введение", "bold"),
              (72, mk.H - 104, 11, "В 2016 году Ассамблея провела юбилейный съезд.")])
    pdf.save(tmp_path / "report.pdf")
    assert parse_file(tmp_path / "report.pdf").title == "ГОДОВОЙ ОТЧЁТ " + heading


def test_filled_in_form_fields_are_indexed_and_attached_files_reported(tmp_path, mk):
    """A form's filled-in values are drawn by the viewer, not in the page's text, and an attached
    file is no page at all: neither was read nor said to be missing. The values now go with their
    page's text (never quoted), and the report names the attachments left unread."""
    pdf = mk.MiniPdf()
    pdf.page([(72, mk.H - 80, 14, "Анкета участника форума", "bold"), (72, mk.H - 120, 11, "Фамилия:")])
    pdf.page([(72, mk.H - 80, 11, "Подпись участника:")])
    pdf.field(0, "surname", "Жумабеков")
    pdf.field(1, "city", "Павлодар")
    pdf.attachments["spisok.txt"] = "Список делегатов: Абдрахманов.".encode()
    pdf.save(tmp_path / "form.pdf")
    doc = parse_file(tmp_path / "form.pdf")
    assert [(b.text, b.page, b.quotable) for b in doc.blocks] == [
        ("Анкета участника форума", 1, True), ("Фамилия:", 1, True), ("Жумабеков", 1, False),
        ("Подпись участника:", 2, True), ("Павлодар", 2, False)]
    assert doc.warnings == ["The values of 2 filled-in form fields were indexed as text of their pages.",
                            "It holds 1 attached file, not indexed: spisok.txt."]


# Ragged-right text (set flush left): lines stop short wherever the next word does not fit.
RAGGED_QUOTE = ["Открывая пленарную часть, заместитель Председателя Ассамблеи",
                "народа Казахстана Е. Тулеуов отметил, что главным итогом двадцати лет",
                "стала не сумма проведенных мероприятий, а устойчивая привычка",
                "общества решать спорные вопросы через диалог. «Двадцать лет назад",
                "мы начинали с простого разговора за одним столом, сегодня у нас",
                "есть система общественного согласия – от домов дружбы до"]


def _ragged_page(lines: list[str], top: float, indent_first: bool = True) -> list[tuple]:
    return [(78 if i == 0 and indent_first else 60, top - 14 * i, 11, t) for i, t in enumerate(lines)]


def test_a_ragged_paragraph_goes_on_across_the_page_break_before_a_long_capitalised_word(tmp_path, mk):
    """Flush-left text: page 1 ended «…от домов дружбы до», short of the right edge by less than
    page 2's first word «Научно-экспертного», so the line ended for want of room, not with its
    paragraph. It was cut there: «Научно-экспертного совета», – сказал Е. Тулеуов.» was cited as
    his whole direct quote and the real quote as a retelling cut after «до»."""
    pdf = mk.MiniPdf()
    pdf.page(_ragged_page(RAGGED_QUOTE, 160) + [(mk.W / 2 - 15, 30, 10, "— 1 —")])
    pdf.page([(60, mk.H - 80, 11, "Научно-экспертного совета», – сказал Е. Тулеуов."),
              (78, mk.H - 98, 11, "Председатель Ассоциации корейцев Р. Ким рассказал о курсах."),
              (mk.W / 2 - 15, 30, 10, "— 2 —")])
    pdf.save(tmp_path / "ragged.pdf")
    blocks = parse_file(tmp_path / "ragged.pdf").blocks
    assert [(b.text, b.page) for b in blocks] == [
        (" ".join(RAGGED_QUOTE + ["Научно-экспертного совета», – сказал Е. Тулеуов."]), 1),
        ("Председатель Ассоциации корейцев Р. Ким рассказал о курсах.", 2)]


RAGGED_COLUMN = ["Председатель совета Е. Нурпеисов",
                 "выступил с докладом. Он отметил, что",
                 "в стране сложилась сеть структур,",
                 "изучающих межэтнические связи:",
                 "кафедры Ассамблеи работают в вузах",
                 "страны. Затем выступил председатель",
                 "и руководитель центра «Мицва»",
                 "Д.Левин, поделившийся опытом работы",
                 "среди школьников. Участники",
                 "обсудили методику и план.",
                 "Она действует до конца года."]


def test_a_ragged_line_ending_on_a_colon_or_a_quote_goes_on_where_the_next_word_had_no_room(tmp_path, mk):
    """In a flush-left column, «…регионов:» / «кафедры Ассамблеи…» and «…центра «Мицва»» /
    «Д.Левин поделился…» were cut into two passages each, one of them starting with a lowercase
    word or a bare name: a short line ending in «:» or «»» was taken for a paragraph's end, though
    the next line's first word would not have fit on it. A short line ending a sentence where the
    next word would have fit («…одобрили план.» / «Она…») still ends its paragraph."""
    pdf = mk.MiniPdf()
    pdf.page(_ragged_page(RAGGED_COLUMN, mk.H - 80))
    pdf.save(tmp_path / "column.pdf")
    texts = [b.text for b in parse_file(tmp_path / "column.pdf").blocks]
    assert texts == [" ".join(RAGGED_COLUMN[:-1]), RAGGED_COLUMN[-1]]


def test_a_quote_running_onto_the_next_page_is_cited_whole_as_its_speaker_s(tmp_path, capsys):
    """The demo archive's session report: «Научно-экспертного совета», – сказал Е.Тулеуов.» (page
    2's first line) was offered as his whole direct quote, and his real quote as a retelling cut
    after «до»."""
    archive, index = tmp_path / "archive", tmp_path / "index"
    archive.mkdir()
    shutil.copy(ROOT / "samples" / "2015" / "sessiya-20-let-assamblei.pdf", archive)
    assert main(["ingest", str(archive), "--index", str(index), "--workers", "1"]) == 0
    capsys.readouterr()
    assert main(["search", "--quotes", "Тулеуов", "--json", "--per-page", "20", "--index", str(index)]) == 0
    hits = json.loads(capsys.readouterr().out)["hits"]
    assert [h["text"] for h in hits if h["text"].startswith("Научно-экспертного")] == []
    assert main(["search", "--quotes", "Двадцать лет назад", "--json", "--index", str(index)]) == 0
    [hit] = json.loads(capsys.readouterr().out)["hits"]
    assert hit["speech"] == "direct" and hit["page"] == 1
    assert hit["citation"].startswith("«Двадцать лет назад мы начинали")
    assert "от сельских домов дружбы до Научно-экспертного совета» — Е. Тулеуов" in hit["citation"]


# A report's point, four lines, its wording the same in every point but for its number
REPORT_POINT = ["Пункт {n}. Ассамблея народа Казахстана в рамках реализации Концепции",
                "развития на 2021–2025 годы продолжила планомерную работу по укреплению",
                "межэтнического согласия, взаимного уважения и общественного доверия.",
                "Кабинеты согласия провели консультации с жителями региона."]


def _report_point(n: int) -> str:
    return " ".join(REPORT_POINT).format(n=n)


def _points_report(mk, path, headed: bool, header: str = "Отчет о деятельности Ассамблеи народа Казахстана") -> None:
    """Four pages of points. ``headed``: a running header over each page, and each point breaks
    off at the page's foot after its second line, the next page going on with «межэтнического
    согласия …». Else each page opens with a point of its own, the page number at the foot."""
    pdf = mk.MiniPdf()
    for n in range(1, 5):
        if headed:
            rows = ([(72, mk.H - 40, 8, header)]
                    + [(72, 0, 11, text) for text in (REPORT_POINT[2:] if n > 1 else [])]
                    + [(90 if i == 0 else 72, 0, 11, text.format(n=n)) for i, text in enumerate(REPORT_POINT[:2])
                       if n < 4])
            lines = rows[:1] + [(x, mk.H - 80 - 14 * i, size, text) for i, (x, _, size, text) in enumerate(rows[1:])]
        else:
            lines = [(90 if i == 0 else 72, mk.H - 60 - 14 * i, 11, text.format(n=n))
                     for i, text in enumerate(REPORT_POINT)]
            lines += [(90, mk.H - 130, 11, f"Проведено {10 + n} мероприятий."), (mk.W / 2, 30, 9, str(n))]
        pdf.page(lines)
    pdf.save(path)


@pytest.mark.parametrize("headed, header", [(True, "Отчет о деятельности Ассамблеи народа Казахстана"),
                                            (True, "assembly.kz — Ассамблея народа Казахстана"),
                                            (False, "")])
def test_lines_of_a_point_repeated_near_the_pages_tops_stay_in_their_paragraph(tmp_path, mk, headed, header):
    """A report's points share their wording: lines of a point standing among a page's first rows
    repeat on most pages, and were taken for a running header and cut out of the middle of the
    point (quotes stopping at «продолжила работу по»). A running line prints at the page's edge
    on its own: not under a line of the page's text, nor going on with the sentence the page
    before broke off. The real running header still goes, also one opening lowercase (a site's
    name), which was then put into the points at each page break."""
    _points_report(mk, tmp_path / "report.pdf", headed, header)
    doc = parse_file(tmp_path / "report.pdf")
    points = [b.text for b in doc.blocks if b.text.startswith("Пункт")]
    assert points == [_report_point(n) for n in range(1, 4 if headed else 5)]
    # a running header naming the report is its heading, once, where the file has none of its own (session 29)
    assert doc.text.count("Отчет о деятельности") <= 1 and "assembly.kz" not in doc.text


# A point of a regional report: its second line justified (pdfminer reads it in pieces), its last
# two lines the same in every point
CITY_POINT = ["Пункт {n}. В городе {city} малая ассамблея провела встречи с",
              ["представителями", "этнокультурных", "объединений,", "молодежных"],
              "организаций и ветеранов; обсуждались вопросы языковой политики,",
              "медиации семейных и трудовых споров и поддержки волонтеров."]
REGIONS = ["Костанай", "Павлодар", "Актобе", "Шымкент"]


def test_a_lowercase_running_header_stays_out_of_the_points_that_go_on_across_the_pages(tmp_path, mk):
    """A site's name over each page («assembly.kz — …», small type, centred) opens lowercase: where
    every page breaks off mid-sentence it was kept as the sentence going on, inside the points; and
    a point's repeated line at the page's foot under a justified line (read in pieces) was cut out.
    Both repeated lines of the points stay in them, and the header goes."""
    pdf = mk.MiniPdf()
    first, pieces, foot, top = CITY_POINT
    for n in range(1, 5):
        lines = [(200, mk.H - 40, 8, "assembly.kz — Ассамблея народа Казахстана")]
        y = mk.H - 80
        if n > 1:
            lines.append((72, y, 11, top))
            y -= 14
        for k in range(3):  # the page's own text, a sentence a line
            lines.append((90, y, 11, f"В районе {REGIONS[n - 1]} {k + 1} работает дом дружбы."))
            y -= 14
        if n < 4:
            lines.append((90, 100, 11, first.format(n=n, city=REGIONS[n - 1])))
            lines += [(x, 86, 11, word) for x, word in zip((72, 180, 272, 366), pieces)]
            lines.append((72, 72, 11, foot))
        lines.append((mk.W / 2, 30, 9, str(n)))
        pdf.page(lines)
    pdf.save(tmp_path / "regions.pdf")
    doc = parse_file(tmp_path / "regions.pdf")
    points = [b.text for b in doc.blocks if b.text.startswith("Пункт")]
    assert points == [" ".join([first.format(n=n, city=REGIONS[n - 1]), " ".join(pieces), foot, top])
                      for n in range(1, 4)]
    assert "assembly.kz" not in doc.text


POSTED = "Информация размещена на официальном сайте Ассамблеи."


def test_a_sentence_repeated_as_a_paragraph_stays_at_the_top_and_the_foot_of_a_page(tmp_path, mk):
    """A chronicle follows each of its items with the same sentence, a paragraph of its own: where
    it was a page's first or last line it repeated at the pages' edges, and was dropped as a running
    line there, though it stands in the text's type where the other pages print their text."""
    paras = []
    for n in range(1, 90):
        paras += [[f"{n} марта – в городе {REGIONS[n % 4]} прошел круглый стол «Единство в",
                   f"многообразии» с участием {n * 7} представителей молодежи."], [POSTED]]
    pdf = mk.MiniPdf()
    page, y = [], mk.H - 60
    for para in paras:
        for k, text in enumerate(para):
            if y < 60:
                pdf.page(page + [(mk.W / 2, 30, 9, str(len(pdf.pages) + 1))])
                page, y = [], mk.H - 60
            page.append((90 if k == 0 else 72, y, 11, text))
            y -= 14
        y -= 6  # the space between paragraphs
    pdf.page(page + [(mk.W / 2, 30, 9, str(len(pdf.pages) + 1))])
    pdf.save(tmp_path / "chronicle.pdf")
    texts = [b.text for b in parse_file(tmp_path / "chronicle.pdf").blocks]
    assert texts.count(POSTED) == 89
    assert all(texts[i + 1] == POSTED for i, text in enumerate(texts) if "круглый стол" in text)


@pytest.mark.parametrize("title", ["Data: ethnic composition of Kazakhstan", "About: the Assembly of People"])
def test_an_english_title_opening_with_data_or_about_is_a_title(title):
    from ingest.parsers.placeholder_titles import is_placeholder_title
    assert not is_placeholder_title(title)
    assert is_placeholder_title("about:blank") and is_placeholder_title("data:text/html;base64,PGgxPg==")


def _bordered_rows(rows: list[tuple], xs: tuple, top: float, size: float = 12) -> tuple[list[tuple], float]:
    """A bordered table's lines: each row's cells (each a list of its lines, None for an empty
    one) at ``xs``, a cell's lines 14 points apart, the rows 21 (padding and rule between)."""
    lines, y = [], top
    for row in rows:
        for x, cell in zip(xs, row):
            for k, text in enumerate(cell or []):
                lines.append((x, y - 14 * k, size, text))
        y -= 14 * (max(len(cell or []) for cell in row) - 1) + 21
    return lines, y


def test_a_three_column_list_with_a_wide_name_column_is_read_row_by_row(tmp_path, mk):
    """With the name column a third of the page, its gap to the positions lay near the page's
    middle and the table was read as two columns of text: names apart from their patronymics
    («1 Тажибаева Гульмира» / «Сапаровна»), then every position run together in one paragraph.
    A bordered table's rows start on both sides of that gap at once, each a few lines: rows."""
    pdf = mk.MiniPdf()
    lines = [(372, mk.H - 90, 12, "Шымкент, 8 марта 2022 г.")]
    table, y = _bordered_rows([
        (["№"], ["Ф.И.О."], ["Должность, место работы"]),
        (["1"], ["Тажибаева Гульмира", "Сапаровна"], ["председатель Совета матерей, директор",
                                                     "средней школы № 45 имени Абая города", "Шымкента"]),
        (["2"], ["Ким Наталья", "Валерьевна"], ["заместитель председателя, корейский",
                                               "этнокультурный центр Туркестанской", "области"]),
        (["3"], ["Юсупова Зульфия", "Рахимовна"], ["член Совета, узбекский этнокультурный",
                                                  "центр «Дустлик», учитель"])], (60, 80, 253), mk.H - 120)
    lines += table + [(56, y - 10, 12, "Список утвержден на заседании Совета Ассамблеи.")]
    pdf.page(lines)
    pdf.save(tmp_path / "list.pdf")
    parsed = parse_file(tmp_path / "list.pdf")
    assert [b.text for b in parsed.blocks] == [
        "Шымкент, 8 марта 2022 г.", "№\tФ.И.О.\tДолжность, место работы",
        "1\tТажибаева Гульмира Сапаровна\tпредседатель Совета матерей, директор средней школы № 45 имени "
        "Абая города Шымкента",
        "2\tКим Наталья Валерьевна\tзаместитель председателя, корейский этнокультурный центр Туркестанской области",
        "3\tЮсупова Зульфия Рахимовна\tчлен Совета, узбекский этнокультурный центр «Дустлик», учитель",
        "Список утвержден на заседании Совета Ассамблеи."]
    record = build_record(parsed, tmp_path / "list.pdf", str(tmp_path), "0" * 64)
    assert record.persons == ["Г.С. Тажибаева", "Н.В. Ким", "З.Р. Юсупова"]


def test_a_budget_tables_wrapped_label_is_read_whole_before_its_figures(tmp_path, mk):
    """A label wrapped onto several lines beside one line of right-aligned figures: its lines at
    the table's left edge were taken for text after the table, so the label's end came after the
    figures («Поддержка воскресных школ 1 200 1 260 1 400 этнокультурных объединений») or
    became a paragraph of its own, and a phrase of it was not found."""
    pdf = mk.MiniPdf()

    def figures(*values: str) -> list[list[str]]:  # right-aligned at 401, 468 and 536
        return [[v] for v in values]
    rows = [(["Наименование мероприятия"], ["2017"], ["2018"], ["2019"]),
            (["Проведение областного фестиваля", "национальных культур «Мангистау –", "край дружбы»"],
             *figures("3 450", "3 700", "4 120")),
            (["Поддержка воскресных школ", "этнокультурных объединений"], *figures("1 200", "1 260", "1 400")),
            (["Итого"], *figures("5 300", "5 660", "6 280"))]
    table, y = _bordered_rows(rows, (60, 371, 438, 506), mk.H - 120)
    pdf.page([(56, mk.H - 90, 12, "Расходы на реализацию плана мероприятий")] + table
             + [(56, y - 10, 12, "Заведующий секретариатом Ассамблеи области Утегенов С.Б.")])
    pdf.save(tmp_path / "budget.pdf")
    assert [b.text for b in parse_file(tmp_path / "budget.pdf").blocks][1:] == [
        "Наименование мероприятия\t2017\t2018\t2019",
        "Проведение областного фестиваля национальных культур «Мангистау – край дружбы»\t3 450\t3 700\t4 120",
        "Поддержка воскресных школ этнокультурных объединений\t1 200\t1 260\t1 400",
        "Итого\t5 300\t5 660\t6 280",
        "Заведующий секретариатом Ассамблеи области Утегенов С.Б."]


_PASTURES = ["Сельские споры о водопое и выпасе скота оказались самыми трудными для медиаторов",
             "Павлодарской области, и советы старейшин разбирали их вместе с акиматом. Отдельного",
             "внимания заслуживает роль аксакалов в урегулировании споров о пастбищах."]
_LATER = [["Таким образом, медиация Ассамблеи стала важным дополнением к судебной системе",
           "Костанайской области и помогла сторонам договориться без суда."],
          ["В Карагандинской области кабинеты медиации открыты при всех домах дружбы,",
           "их работу координирует секретариат Малой ассамблеи."]]


def _numbered_pages(mk, path, first_number: int, place_number, to_the_foot: bool = True) -> None:
    """Three pages of text, a paragraph each, the first one's running down to the foot of the page
    ``to_the_foot``; ``place_number(n, last_y, number)`` gives the row printing page n's (0-based)
    ``number``, ``last_y`` the baseline of the page's last line."""
    pdf = mk.MiniPdf()
    for n, body in enumerate([_PASTURES, *_LATER]):
        top = 110 if n == 0 and to_the_foot else mk.H - 80
        lines = [(72, top - 14 * i, 11, text) for i, text in enumerate(body)]
        pdf.page(lines + [place_number(n, top - 14 * (len(body) - 1), str(first_number + n))])
    pdf.save(path)


def test_a_page_number_printed_over_the_text_s_last_lines_is_no_word_of_the_sentence(tmp_path, mk):
    """A journal page whose text ran past the page number set at the foot of its text area: the «46»
    printed across the line above «внимания заслуживает …» was read into that sentence, cited as
    «… Отдельного 46 внимания …». It counts up with the numbers the other pages print in the margin."""
    _numbered_pages(mk, tmp_path / "journal.pdf", 46, lambda n, last_y, number: (
        (mk.W / 2, last_y + 14 - 3, 11, number) if n == 0 else (mk.W / 2, 30, 11, number)))
    blocks = parse_file(tmp_path / "journal.pdf").blocks
    assert [(b.page, b.text) for b in blocks] == [
        (1, " ".join(_PASTURES)), (2, " ".join(_LATER[0])), (3, " ".join(_LATER[1]))]


def test_a_page_number_right_under_a_short_page_s_last_line_is_left_out(tmp_path, mk):
    """Short pages whose number stands right under their last line, far above the bottom margin,
    kept it as a paragraph of its own («12»): only the margins were searched for page numbers."""
    _numbered_pages(mk, tmp_path / "short.pdf", 12, lambda n, last_y, number: (mk.W / 2, last_y - 30, 11, number))
    blocks = parse_file(tmp_path / "short.pdf").blocks
    assert [b.text for b in blocks] == [" ".join(_PASTURES), " ".join(_LATER[0]), " ".join(_LATER[1])]


def test_a_figure_alone_under_the_text_that_does_not_count_the_pages_stays(tmp_path, mk):
    """A total printed alone under each page's text («120», «240», «75») is no page number: it does not
    go up one by one with the pages."""
    totals = ["120", "240", "75"]
    _numbered_pages(mk, tmp_path / "totals.pdf", 0, lambda n, last_y, number: (mk.W / 2, last_y - 30, 11, totals[n]),
                    to_the_foot=False)
    assert [b.text for b in parse_file(tmp_path / "totals.pdf").blocks][1::2] == totals


def test_a_pdf_titled_by_its_act_s_bare_header_is_titled_by_the_act_s_name(tmp_path, mk):
    """A PDF printed from a page titled with the act's kind and issuer («Указ Президента Республики Казахстан»,
    «Qazaqstan Respublikasy Prezidentınıñ Jarlyğy») kept that Title, the same for every act of the kind."""
    pdf = mk.MiniPdf(info={"Title": "Указ Президента Республики Казахстан"})
    pdf.page([(72, mk.H - 80, 14, "УКАЗ ПРЕЗИДЕНТА РЕСПУБЛИКИ КАЗАХСТАН", "bold"),
              (72, mk.H - 120, 12, "О Дне благодарности", "bold"),
              (72, mk.H - 160, 11, "Астана, 14 января 2016 года № 170"),
              (72, mk.H - 200, 11, "В целях укрепления общественного согласия ПОСТАНОВЛЯЮ:")])
    pdf.save(tmp_path / "ukaz.pdf")
    assert parse_file(tmp_path / "ukaz.pdf").title == "Указ Президента Республики Казахстан «О Дне благодарности»"
    # the same Title path for a Kazakh act in Latin letters (the fixtures' PDF font has no Kazakh letters)
    from ingest.parsers.text_titles import title_by_text
    assert title_by_text("Qazaqstan Respublikasy Prezidentınıñ Jarlyğy", [
        "Qazaqstan Respublikasy Prezidentınıñ Jarlyğy", "Qazaqstan halqy Assambleiasy turaly",
        "Astana, 2022 jylğy 7 qyrküiek, № 1002", "Qazaqstan halqy Assambleiasynyñ rölın arttyru maqsatynda QAULY ETEMIN:"]) \
        == "Qazaqstan Respublikasy Prezidentınıñ «Qazaqstan halqy Assambleiasy turaly» Jarlyğy"


REPORT = "Отчет о деятельности Ассамблеи народа Казахстана Костанайской области за 2019 год"


@pytest.mark.parametrize("own_heading", [False, True])
def test_a_running_header_naming_the_report_is_its_heading_when_it_has_none(tmp_path, mk, own_heading):
    """A report's second file (its pages after a split) has only the running header «Отчет о …»: it went
    from every page, so the file was titled by its first numbered point and its name found nothing.
    The first file, whose heading repeats it under the header, keeps it once."""
    pdf = mk.MiniPdf()
    for page in range(3):
        rows = [(72, mk.H - 40, 8, REPORT)]
        if own_heading and page == 0:
            first, _, second = REPORT.rpartition(" области ")
            rows += [(72, mk.H - 80, 16, first, "bold"), (72, mk.H - 100, 16, "области " + second, "bold")]
        rows += [(72, mk.H - 140 - 16 * i, 11, f"{51 + 3 * page + i}. В отчетный период по направлению "
                                                   f"языковой политики проведена работа в районах области.")
                 for i in range(3)]
        pdf.page(rows)
    pdf.save(tmp_path / "otchet.pdf")
    doc = parse_file(tmp_path / "otchet.pdf")
    assert doc.title == REPORT
    assert sum(REPORT[:20] in b.text for b in doc.blocks) == 1
