"""Lines of a PDF drawn in a font with no character map (a template's letterhead, a signature
line of an appended revision) are left out line by line, not with the page or the file
(ingest/parsers/pdf_cid_lines.py)."""
import pytest
from conftest import hit_files, ingested_service, make_pdfs_module

from index.search import SearchRequest
from ingest.parsers import ParseError, parse_file
from ingest.parsers.pdf_cid_lines import cid_glyphs

LETTERHEAD = ["ҚАЗАҚСТАН ХАЛҚЫ АССАМБЛЕЯСЫНЫҢ ПАВЛОДАР ОБЛЫСТЫҚ ХАТШЫЛЫҒЫ",
              "140000, Павлодар қ., Академик Сәтбаев көшесі, 50",
              "тел.: 8 (7182) 55-12-34, факс: 8 (7182) 55-12-35"]
BODY = ["№ 04-12/215 от 11.10.2021",
        "Акимам городов и районов Павлодарской области",
        "О проведении областного фестиваля «Шанырак»",
        "Секретариат Ассамблеи народа Казахстана Павлодарской области сообщает,",
        "что 29 октября 2021 года в Павлодаре пройдет областной фестиваль",
        "этнокультурных объединений «Шанырак».",
        "Заведующий секретариатом А. Садыкова"]


def _letter(path, body=BODY):
    mk = make_pdfs_module()
    pdf = mk.MiniPdf()
    lines = [(70, mk.H - 60 - 15 * i, 10, text, "nocmap") for i, text in enumerate(LETTERHEAD)]
    lines += [(70, mk.H - 150 - 26 * i, 12, text) for i, text in enumerate(body)]
    pdf.page(lines)
    pdf.save(path)
    return path


def test_a_letter_with_a_letterhead_in_a_font_with_no_character_map_is_read_without_it(tmp_path):
    """A one-page letter was refused whole («garbled … needs OCR»): its letterhead's glyphs,
    which pdfminer reads as (cid:N), outnumbered the body's letters on the page."""
    doc = parse_file(_letter(tmp_path / "letter.pdf"))
    assert "фестиваль этнокультурных объединений «Шанырак»" in doc.text
    assert "cid" not in doc.text
    assert doc.warnings == ["Garbled lines on page 1 (a font with no character map, as in a letterhead, "
                            "a stamp or a signature) were left out."]


def test_a_letter_found_by_its_words_after_ingest(tmp_path, tmp_path_factory):
    service = ingested_service(tmp_path_factory, {"letter.pdf": _letter(tmp_path / "letter.pdf").read_bytes()})
    try:
        assert hit_files(service.search(SearchRequest("Шанырак"))) == ["letter.pdf"]
    finally:
        service.close()


def test_a_file_mostly_in_such_a_font_is_still_refused(tmp_path):
    """A few readable lines under a page of unmapped glyphs are no text to index: OCR it."""
    with pytest.raises(ParseError) as e:
        parse_file(_letter(tmp_path / "letter.pdf", body=BODY[:1]))
    assert e.value.reason == "mojibake"
    assert "no usable character map, cid" in str(e.value)


def test_a_line_is_such_a_font_s_only_where_its_glyphs_are_mostly_unmapped():
    assert cid_glyphs("(cid:12)(cid:40)(cid:3)(cid:7)") == 4
    assert cid_glyphs("(cid:20)(cid:23)(cid:3)(cid:948)(cid:965) 8") == 5  # a digit of another font beside them
    # a bullet or two in a line of text stay for the page's judgement
    assert cid_glyphs("(cid:149) Ассамблея народа Казахстана") == 0
    assert cid_glyphs("Ассамблея (cid:1)(cid:2)(cid:3) народа Казахстана провела заседание") == 0
