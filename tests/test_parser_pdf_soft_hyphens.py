"""Soft hyphens inside words as Chrome's «Save as PDF» writes them: a space glyph with no advance
marked /ActualText U+00AD (ingest/parsers/pdf_actual_text.py)."""
from conftest import hit_files, ingested_service, make_pdfs_module

from index.search import SearchRequest
from ingest.parsers import parse_file

# a news site's hyphenation script puts &shy; into every long word; Chrome lays the words out whole
LINES = ["За отчетный период этно\u00adкуль\u00adтур\u00adные объединения провели",
         "более четырех тысяч мероприятий для меж\u00adэтни\u00adче\u00adско\u00adго диалога.",
         "Через советы медиации уре\u00adгу\u00adли\u00adро\u00adва\u00adно более шестисот споров."]


def _print(path):
    mk = make_pdfs_module()
    pdf = mk.MiniPdf(marked_soft_hyphens=True)
    pdf.page([(60, mk.H - 80 - 16 * i, 11, text) for i, text in enumerate(LINES)])
    pdf.save(path)
    return path


def test_soft_hyphens_inside_words_leave_the_words_whole(tmp_path):
    """pdfminer read the marked space glyph as a space: «этно куль тур ные», «уре гу ли ро ва но»."""
    text = parse_file(_print(tmp_path / "print.pdf")).text
    assert "этнокультурные объединения" in text
    assert "межэтнического диалога" in text
    assert "урегулировано более шестисот" in text
    assert "\u00ad" not in text and "этно " not in text


def test_a_chrome_print_found_by_a_word_it_hyphenates(tmp_path, tmp_path_factory):
    service = ingested_service(tmp_path_factory, {"print.pdf": _print(tmp_path / "print.pdf").read_bytes()})
    try:
        assert hit_files(service.search(SearchRequest("урегулировано"))) == ["print.pdf"]
    finally:
        service.close()


def test_a_word_broken_in_a_table_cell_beside_a_centred_cell_stays_whole(tmp_path):
    """A browser centres a row's cells on its height: the one-line cell «612» stood between the
    wrapped cell's two lines, was read between them and parted «урегули-» / «ровано»."""
    mk = make_pdfs_module()
    pdf = mk.MiniPdf()
    y = mk.H - 200
    pdf.page([(60, mk.H - 80, 11, "Итоги работы кабинетов общественного согласия за год."),
              (60, y, 11, "урегули-"), (60, y - 14, 11, "ровано"), (160, y - 7, 11, "612")])
    pdf.save(tmp_path / "table.pdf")
    text = parse_file(tmp_path / "table.pdf").text
    assert "урегулировано" in text
    assert text.index("урегулировано") < text.index("612")
