"""Text of a PDF drawn in a font with no character map (a template's letterhead, a signature
line of an appended revision, a few bold words of a Word export) is cut out run by run, not with
its line, the page or the file (ingest/parsers/pdf_cid_lines.py)."""
import pytest
from conftest import hit_files, ingested_service, make_pdfs_module

from index.search import SearchRequest
from ingest.parsers import ParseError, parse_file
from ingest.parsers.pdf_cid_lines import cid_glyphs, without_cid_runs

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


NOTE = ("Garbled text on page 1 (a font with no character map, as in a letterhead, a stamp, a signature "
        "or bold words) was left out.")
GLYPH = 6  # MiniPdf draws every glyph 500/1000 em wide: 6 pt at 12 pt


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
    assert doc.warnings == [NOTE]


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
    # a word or more of such a font inside a line of text is cut out of it
    assert cid_glyphs("Ассамблея (cid:1)(cid:2)(cid:3) народа Казахстана провела заседание") == 3


def test_runs_of_unmapped_glyphs_are_cut_out_of_a_line_and_its_words_kept():
    """A line was kept or dropped whole: a readable name beside an unmapped position went with it,
    and a few unmapped bold words kept the line's markers to sink the page."""
    assert without_cid_runs("(cid:1071)(cid:965)(cid:3)(cid:972)(cid:992)М. Ертаева") == ("М. Ертаева", 5)
    assert without_cid_runs("Решением Совета (cid:933)(cid:982)(cid:982) утвержден план") == (
        "Решением Совета  утвержден план", 3)
    # the font's own spaces unmapped too: the run stood between two words
    assert without_cid_runs("Совета(cid:3)(cid:933)(cid:982)(cid:3)утвержден") == ("Совета утвержден", 4)
    # a letter or two a partial map lacks stays, for the page's judgement
    assert without_cid_runs("Ас(cid:7)амблея") == ("Ас(cid:7)амблея", 0)


COVER_HEAD = ["ҚАЗАҚСТАН РЕСПУБЛИКАСЫ ПАВЛОДАР ОБЛЫСЫНЫҢ ӘКІМДІГІ",
              "ҚАЗАҚСТАН ХАЛҚЫ АССАМБЛЕЯСЫНЫҢ ПАВЛОДАР ОБЛЫСЫ БОЙЫНША ХАТШЫЛЫҒЫ",
              "АКИМАТ ПАВЛОДАРСКОЙ ОБЛАСТИ РЕСПУБЛИКИ КАЗАХСТАН",
              "СЕКРЕТАРИАТ АССАМБЛЕИ НАРОДА КАЗАХСТАНА ПО ПАВЛОДАРСКОЙ ОБЛАСТИ",
              "140000, Павлодар қ., Академик Сатпаев к-сі, 49, тел. 8 (7182) 32-15-40",
              "e-mail: ank_pavlodar@pavlodar.gov.kz, БСН 050540004455"]
COVER_BODY = ["№ 04-12/318 от 02.11.2021", "Направляем план мероприятий на ноябрь.", "Приложение: на 3 л.",
              "Заведующий секретариатом А. Садыкова"]


def test_a_short_letter_under_a_longer_letterhead_and_stamp_is_read(tmp_path):
    """A cover letter was refused whole: its letterhead and stamp, unmapped, were over half its glyphs."""
    mk = make_pdfs_module()
    pdf = mk.MiniPdf()
    lines = [(60, mk.H - 50 - 12 * i, 8, text, "nocmap") for i, text in enumerate(COVER_HEAD)]
    lines += [(70, mk.H - 160 - 18 * i, 11, text) for i, text in enumerate(COVER_BODY)]
    lines.append((300, mk.H - 280, 7, "ДЛЯ ДОКУМЕНТОВ, ПАВЛОДАР ОБЛЫСЫ, ХАТШЫЛЫҚ", "nocmap"))
    pdf.page(lines)
    pdf.save(tmp_path / "cover.pdf")
    doc = parse_file(tmp_path / "cover.pdf")
    assert "Направляем план мероприятий на ноябрь." in doc.text
    assert "Садыкова" in doc.text and "cid" not in doc.text
    assert doc.warnings == [NOTE]


def _mixed_lines(mk, rows):
    """Lines of (text, unmapped text, text) on one baseline each, the middle in the font with no map."""
    lines = []
    for k, (a, b, c) in enumerate(rows):
        y = mk.H - 80 - 18 * k
        lines += [(70, y, 12, a), (70 + GLYPH * len(a), y, 12, b, "nocmap"), (70 + GLYPH * len(a + b), y, 12, c)]
    return lines


def test_a_page_with_a_few_unmapped_bold_words_a_line_is_read_without_them(tmp_path):
    """Each line kept its few markers, and the page, judged garbled by them, sank the file."""
    mk = make_pdfs_module()
    pdf = mk.MiniPdf()
    pdf.page(_mixed_lines(mk, [("Решением Совета ", "Ассамблеи", " утвержден план на 2022 год."),
                               ("Ответственные: ", "секретариат", " и научно-экспертная группа."),
                               ("Срок исполнения ", "до 1 марта", " 2022 года, отчет в секретариат."),
                               ("Финансирование проектов ", "Достық", " осуществляется из местного бюджета.")]))
    pdf.save(tmp_path / "bold.pdf")
    doc = parse_file(tmp_path / "bold.pdf")
    assert "утвержден план на 2022 год" in doc.text
    assert "осуществляется из местного бюджета" in doc.text
    assert "cid" not in doc.text
    assert doc.warnings == [NOTE]


def _decision(path):
    mk = make_pdfs_module()
    pdf = mk.MiniPdf()
    body = ["РЕШЕНИЕ", "заседания Совета Ассамблеи народа Казахстана",
            "1. Утвердить план работы Ассамблеи народа Казахстана на 2022 год.",
            "2. Поручить секретариату обеспечить исполнение плана."]
    lines = [(70, mk.H - 80 - 20 * i, 12, text) for i, text in enumerate(body)]
    position = "Қазақстан халқы Ассамблеясы Төрағасының орынбасары"
    lines += [(70, mk.H - 200, 12, position, "nocmap"), (70 + GLYPH * len(position), mk.H - 200, 12, "М. Ертаева")]
    pdf.page(lines)
    pdf.save(path)
    return path


def test_a_readable_name_beside_an_unmapped_position_is_kept(tmp_path):
    doc = parse_file(_decision(tmp_path / "decision.pdf"))
    assert doc.text.rstrip().endswith("М. Ертаева")
    assert "cid" not in doc.text


def test_the_signer_is_found_with_the_decision_after_ingest(tmp_path, tmp_path_factory):
    service = ingested_service(tmp_path_factory, {"decision.pdf": _decision(tmp_path / "decision.pdf").read_bytes()})
    try:
        assert hit_files(service.search(SearchRequest("Ертаева"))) == ["decision.pdf"]
    finally:
        service.close()


def test_a_file_whose_body_font_has_no_map_is_refused_though_its_headings_read(tmp_path):
    """Cutting runs out of lines must not index a report whose every body line is unmapped."""
    mk = make_pdfs_module()
    pdf = mk.MiniPdf()
    lines = [(70, mk.H - 60, 12, "Отчет о работе за 2021 год")]
    lines += [(70, mk.H - 90 - 15 * i, 11, text, "nocmap") for i, text in enumerate(BODY + LETTERHEAD)]
    pdf.page(lines)
    pdf.save(tmp_path / "report.pdf")
    with pytest.raises(ParseError) as e:
        parse_file(tmp_path / "report.pdf")
    assert e.value.reason == "mojibake"
