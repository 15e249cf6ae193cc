"""A PDF page's text is what its CropBox shows (pdf_crop): a printing house's slug line on the sheet's
edge, outside it, is neither indexed nor shown."""
import pytest

from assembly_search.cli import main
from ingest.parsers import parse_file

SLUG = "Job 4471 · PLATE CYAN · Типография «Эверо» · 2022-01-19 16:42 · Тест печати"


@pytest.fixture(scope="module")
def mk():
    from tests.conftest import make_pdfs_module

    return make_pdfs_module()


def _report(mk, path, rotate: int = 0) -> None:
    """Two pages of a report sent to print: each sheet 20 pt taller and wider than its CropBox, with a
    colour bar's label at its right edge and, on page 1, the slug at its foot, outside it (a slug on
    every page would go as a running footer)."""
    pdf = mk.MiniPdf()
    for n in (1, 2):
        lines = [(72, mk.H - 80 - 16 * i, 11, f"Раздел {n}. Ассамблея провела в области {i + 1} встреч с молодежью.")
                 for i in range(10)]
        lines += [(10, 6, 7, SLUG)] if n == 1 else []
        lines += [(mk.W - 12, 400, 6, "CMYK")]
        pdf.page(lines, rotate=rotate, crop=(0, 20, mk.W - 20, mk.H - 20))
    pdf.save(path)


@pytest.mark.parametrize("rotate", [0, 90], ids=["upright", "rotated"])
def test_text_outside_the_crop_box_is_left_out(tmp_path, mk, rotate):
    """The slug outside the CropBox was the page's text: found by «Эверо» and shown in snippets."""
    _report(mk, tmp_path / "report.pdf", rotate)
    doc = parse_file(tmp_path / "report.pdf")
    assert "Эверо" not in doc.text and "CMYK" not in doc.text and "PLATE" not in doc.text
    assert [b.page for b in doc.blocks] == [1, 2]
    assert "Раздел 2. Ассамблея провела в области 10 встреч с молодежью." in doc.text


def test_a_slug_is_not_found(tmp_path, mk, capsys):
    (tmp_path / "in").mkdir()
    _report(mk, tmp_path / "in" / "report.pdf")
    assert main(["ingest", "--index", str(tmp_path / "idx"), str(tmp_path / "in")]) == 0
    capsys.readouterr()
    main(["search", "--index", str(tmp_path / "idx"), "--", "Эверо"])
    assert "0 documents" in capsys.readouterr().out
    main(["search", "--index", str(tmp_path / "idx"), "--", "молодежью"])
    assert "1 document" in capsys.readouterr().out
