"""Right-to-left lines of a PDF (ingest.parsers.pdf_rtl): Kazakh in the Arabic script as Chromium
prints it (tests/fixtures/arabic_script.pdf: glyphs drawn left to right in presentation forms)
comes out in reading order, in plain letters, each paragraph its own, and is found by search."""
from __future__ import annotations

import json
import shutil
from pathlib import Path

from assembly_search.cli import main
from ingest.parsers import parse_file
from ingest.parsers.pdf_rtl import is_right_to_left, reading_order

FIXTURE = Path(__file__).parent / "fixtures" / "arabic_script.pdf"
WRAPPED = ("قانداستار ٴۇشىن 2015 جىلى (Almaty) ورتالىعىندا تىل كۋرستارى اشىلدى جانە قازاقستاننىڭ "
           "ازاماتتىعىن الۋعا كومەك كورسەتىلدى")


def test_arabic_lines_come_out_in_reading_order_and_plain_letters():
    texts = [b.text for b in parse_file(FIXTURE).blocks]
    assert texts == [
        "Алматы, 17 июня 2015 года",
        "Листовка для оралманов, изданная в Кульдже:",
        "قازاقستان رەسپۋبليكاسى – ورالماندارعا كومەك",
        "اتامەكەنگە قوش كەلدىڭىزدەر",  # set flush right, short: its own paragraph, not the next one's start
        WRAPPED,  # three lines of one right-to-left paragraph, a year and a Latin word in brackets inside
        "Совет рекомендовал открыть курсы кириллической графики для оралманов.",
    ]
    assert not any("\ufb50" <= c <= "\ufeff" for t in texts for c in t)


def test_reading_order_of_a_line_drawn_left_to_right():
    assert reading_order("ناتسقازاق") == "قازاقستان"
    # a figure and a Latin word keep their order, brackets their meaning
    # (on the page: the left-to-right stretch «Almaty) 2015» as a block, the opening bracket mirrored)
    assert reading_order("ىلىج Almaty) 2015) ىلاق") == "قالى (Almaty) 2015 جىلى"
    # in a Russian line only the Arabic run turns
    assert reading_order("Слово ناتسقازاق в тексте") == "Слово قازاقستان в тексте"


def _found_once(pdf: Path, queries: tuple[str, ...], tmp_path, capsys) -> None:
    """Each query finds the one document, ``pdf`` ingested alone."""
    archive, index = tmp_path / "archive", tmp_path / "index"
    archive.mkdir()
    shutil.copy(pdf, archive)
    assert main(["ingest", str(archive), "--index", str(index), "--workers", "1"]) == 0
    for query in queries:
        capsys.readouterr()
        assert main(["search", query, "--json", "--index", str(index)]) == 0, query
        assert json.loads(capsys.readouterr().out)["total"] == 1, query


def test_arabic_words_of_a_pdf_are_found(tmp_path, capsys):
    _found_once(FIXTURE, ("قازاقستان", "ورالماندارعا", "كومەك", "اتامەكەنگە", "قانداس", "ۇشىن"), tmp_path, capsys)


# Chromium's print of a four-line right-to-left paragraph between two Russian ones (ragged, not
# justified); its last line holds as many Latin letters (a web address) as Arabic ones
WRAPPED_PDF = Path(__file__).parent / "fixtures" / "arabic_wrapped.pdf"
LEAFLET = ("قۇرمەتتى قانداستار! سىزدەر 2025 جىلى قازاقستان رەسپۋبليكاسىنىڭ ازاماتتىعىن الۋعا قۇجاتتاردى "
           "جاراتى ورتالىعىنا تاپسىرا الاسىزدار. انىقتاما ٴۇشىن تەلەفون: 8 (72831) 5-12-34 نەمەسە "
           "www.kandas.kz سايتى.")


def test_a_wrapped_arabic_paragraph_is_its_own_in_reading_order():
    texts = [b.text for b in parse_file(WRAPPED_PDF).blocks]
    assert texts[2:] == [
        "Центр адаптации кандасов издал памятку на арабской графике. Ее текст приводится полностью:",
        LEAFLET,
        "Также приведено короткое объявление:",
        "كۋرس 15 ناۋرىزدا باستالادى",
        "Кроме того, в памятке упомянуты кандасы из Кульджи и Урумчи.",
    ]


def test_numbers_and_a_latin_line_end_in_a_right_to_left_line():
    # after Arabic letters a phone number's hyphens and spaces part its figures: drawn «34-12-5 (72831) 8»
    assert reading_order("34-12-5 (72831) 8 :نوفەلەت") == "تەلەفون: 8 (72831) 5-12-34"
    # a lone comma or colon holds a number together
    assert reading_order("1,5 ىلىج 12:30 تاعاس") == "ساعات 12:30 جىلى 1,5"
    # a line opening and closing in Arabic runs right to left, whatever the Latin letters in it
    assert reading_order(".ىتياس www.kandas.kz ەسەمەن") == "نەمەسە www.kandas.kz سايتى."


def test_a_phone_number_of_an_arabic_pdf_is_found(tmp_path, capsys):
    _found_once(WRAPPED_PDF, ('"5-12-34"', "kandas.kz", '"قۇرمەتتى قانداستار"'), tmp_path, capsys)


# Chromium's print of two pages, each numbered in Arabic-Indic figures at its foot; the first holds
# a line of a year alone in those figures (no letters), set flush right
PAGE_NUMBERS_PDF = Path(__file__).parent / "fixtures" / "arabic_page_numbers.pdf"


def test_a_line_of_arabic_indic_figures_alone_keeps_its_page():
    assert is_right_to_left("٢٠١٥") and is_right_to_left("- ٥ -") and is_right_to_left("۱۴۰۲")
    assert reading_order("٢٠١٥") == "٢٠١٥" and reading_order("(٣)") == "(٣)"
    blocks = parse_file(PAGE_NUMBERS_PDF).blocks
    assert [(b.text, b.page) for b in blocks] == [
        ("Листовка для оралманов, изданная в Кульдже, год издания:", 1),
        ("قازاقستان رەسپۋبليكاسى – ورالماندارعا كومەك", 1),
        ("٢٠١٥", 1),  # its own paragraph, not the start of the Russian one after it
        ("Совет рекомендовал открыть курсы.", 1),
        ("На второй странице памятки указан адрес центра адаптации.", 2),
        ("اتامەكەنگە قوش كەلدىڭىزدەر", 2),
    ]
