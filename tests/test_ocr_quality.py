"""OCR quality: a text of noise is refused, a poor scan is indexed with a warning that names its
pages or its misread letters, and the ingest summary counts such files (ingest.parsers.ocr_quality)."""
from __future__ import annotations

import json
from html import escape
from pathlib import Path

import pytest

from index.results import SearchRequest
from index.search import SearchService
from ingest.parsers import ParseError, parse_bytes
from ingest.pipeline import IngestOptions, run_ingest

from bench.ooxml import docx, para, run
from conftest import make_pdfs_module

# what OCR makes of a photo page: signs, single letters and a few pairs
NOISE = [
    " ~.:  ' ,l1| ;i  ~~-' .   ,. ' !l",
    " Ш ' ,  ,.,  ~ ъ ,l. -  .  ЖЖ ^ ' ||",
    " . '1 ., л  :; , ~ ' ' ' .,  .Ш ,' ' ;",
    " l| -~ ., ' ч . . ~ , ' ,:  '1l ' .",
    " ', Ы  .  ,'  ~ -  i  ., '  ~ . ' '",
]
# ... as FineReader's HTML export writes it, a paragraph a line, spaces single
NOISE_PARAGRAPHS = ["~.: ' ,l1| ;i ~~-' .", "Ш ' , ,., ~ ъ ,l. - . ЖЖ ^ ' ||", "~ ' .,l1 | ; ' ЖЖ ,. ~"]
GOOD_1 = [
    "Информация о работе Ассамблеи народа Казахстана",
    "Жамбылская область, 15 января 2007 г.",
    "В областном Доме дружбы состоялось заседание Малой",
    "ассамблеи, посвящённое итогам работы за прошлый год.",
]
GOOD_4 = [
    "Участники заседания одобрили план мероприятий на год",
    "и поручили секретариату подготовить отчёт к сессии.",
]
POOR = ("Инфopмaция o пpoвeдeнии ceминapa\n\n"
        "Bчepa в o6лacтнoм Дoмe дpужбы cocтoялcя ceминap «Poль Accaмблeи нapoдa Kaзaxcтaнa в укpeплeнии "
        "мeжэтничecкoгo coглacия». B ceминape пpиняли учacтиe пpeдcтaвитeли 18 этнoкультуpныx o6ъeдинeний.\n")
CLEAN = ("Информация о проведении семинара\n\n"
         "Вчера в областном Доме дружбы состоялся семинар «Роль Ассамблеи народа Казахстана в укреплении "
         "межэтнического согласия». В семинаре приняли участие представители 18 этнокультурных объединений.\n")


def _lines(texts: list[str], top: float = 780) -> list[tuple]:
    return [(60, top - 16 * k, 11, text) for k, text in enumerate(texts)]


def _scan(path: Path, pages: list[list[str]]) -> Path:
    pdf = make_pdfs_module().MiniPdf(info={"Producer": "ABBYY FineReader 11"}, scanned=True)
    for texts in pages:
        pdf.page(_lines(texts))
    pdf.save(path)
    return path


def _finereader_html(lines: list[str]) -> bytes:
    """A FineReader 8 export to HTML, in windows-1251, a paragraph a line."""
    paragraphs = "".join(f"<P>{line}</P>" for line in lines)
    return ('<HTML><HEAD><META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=windows-1251">'
            '<META NAME="GENERATOR" CONTENT="ABBYY FineReader 8.0"><TITLE>scan0099</TITLE></HEAD>'
            f"<BODY>{paragraphs}</BODY></HTML>").encode("cp1251")


def _ingest(archive: Path, index: Path):
    report = archive.parent / "report.jsonl"
    summary = run_ingest([str(archive)], IngestOptions(index_dir=index, workers=1, report_path=report))
    lines = [json.loads(line) for line in report.read_text(encoding="utf-8").splitlines()]
    return summary, {Path(line["path"]).name: line for line in lines}


@pytest.fixture(scope="module")
def ingested(tmp_path_factory):
    archive = tmp_path_factory.mktemp("scans") / "archive"
    archive.mkdir()
    (archive / "foto_delegacii_ocr.txt").write_text("\n".join(NOISE) + "\n", encoding="utf-8")
    (archive / "foto_delegacii_fr.htm").write_bytes(_finereader_html(NOISE_PARAGRAPHS))
    _scan(archive / "photo_page.pdf", [NOISE])
    _scan(archive / "zhambyl_4pages.pdf", [GOOD_1, [], NOISE, GOOD_4])
    (archive / "seminar_poor.txt").write_text(POOR, encoding="utf-8")
    (archive / "seminar_clean.txt").write_text(CLEAN, encoding="utf-8")
    index = archive.parent / "index"
    summary, report = _ingest(archive, index)
    service = SearchService(index)
    yield summary, report, service
    service.close()


def test_a_text_of_ocr_noise_is_refused_with_its_own_reason(ingested):
    """Also a FineReader HTML of noise, which reads poorly in every code page: it was refused as
    mojibake, sending the operator after a code page, not a new scan."""
    _, report, service = ingested
    for name in ("foto_delegacii_ocr.txt", "photo_page.pdf", "foto_delegacii_fr.htm"):
        assert report[name]["status"] == "failed"
        assert report[name]["reason"] == "ocr_noise"
        assert "OCR noise" in report[name]["message"]
    titles = [h.title for h in service.search(SearchRequest(sort="added", per_page=50)).hits]
    assert not any("~" in (t or "") for t in titles)


def test_a_scans_page_without_text_and_its_page_of_noise_are_named(ingested):
    _, report, service = ingested
    line = report["zhambyl_4pages.pdf"]
    assert line["status"] == "indexed"
    warnings = " ".join(line["warnings"])
    assert "Page 2 has no text layer" in warnings
    assert "Page 3 holds OCR noise" in warnings
    hit = service.search(SearchRequest(query="поручили секретариату")).hits[0]
    text = service.document(hit.doc_id).text
    assert "Малой" in text and "ЖЖ" not in text and "~" not in text


def test_a_poor_ocr_is_indexed_with_a_warning_and_a_clean_copy_is_not(ingested):
    _, report, service = ingested
    poor = report["seminar_poor.txt"]
    assert poor["status"] == "indexed"
    assert any(w.startswith("OCR quality: ") and "look-alike" in w for w in poor["warnings"])
    assert report["seminar_clean.txt"]["warnings"] == []
    assert service.search(SearchRequest(query="семинар", filters={})).total == 2


def test_the_summary_counts_the_files_of_poor_ocr(ingested):
    summary, _, _ = ingested
    text = summary.text()
    assert "2 files were indexed with poor OCR" in text
    assert "ocr_noise: 3" in text


@pytest.mark.parametrize("text", [
    # a contents page: leader dots are one sign each
    "Содержание\n\nВведение ........................................ 3\n"
    "Глава 1. История ................................ 12\nГлава 2. Сессии ................................. 27\n",
    # a table of figures
    "Численность\n\n1999\t2009\t2019\n14 953 126\t16 009 597\t18 395 567\n7 985 039\t10 096 763\t12 786 011\n",
    # Kazakh, and a signature line of a form
    "Қазақстан халқы Ассамблеясының сессиясы өтті.\n\n____________/Ж.К. Мусин/\n",
])
def test_real_text_is_no_noise_and_reads_without_a_warning(text):
    parsed = parse_bytes(text.encode("utf-8"), "note.txt")
    assert not [w for w in parsed.warnings if w.startswith("OCR quality")]


def test_an_html_page_garbled_in_every_code_page_is_still_mojibake_not_noise():
    """Only a page whose text is noise is: a page of words in an unread code page stays mojibake."""
    greek = "Η Συνέλευση του λαού του Καζακστάν συνεδρίασε στην Αστάνα και συζήτησε την ενότητα. " * 4
    page = f'<html><head><meta charset="windows-1251"></head><body><p>{greek}</p></body></html>'
    with pytest.raises(ParseError) as err:
        parse_bytes(page.encode("cp1253"), "page.htm")
    assert err.value.reason == "mojibake"


def test_a_scan_of_pages_without_text_alone_is_refused_as_needing_ocr(tmp_path):
    with pytest.raises(ParseError) as err:
        parse_bytes(_scan(tmp_path / "blank.pdf", [[], []]).read_bytes(), "blank.pdf")
    assert err.value.reason == "no_text_layer"


# a glossary's column of abbreviations, as a table's cell or a list gives them
ABBREVIATIONS = ("1) ЖКХ; 2) СНГ; 3) ШОС; 4) ОДКБ; 5) ВТО; 6) МВД РК; 7) КНБ РК; 8) ГЧП; 9) МСБ; 10) НПП;\n\n"
                 "11) МЧС; 12) НДС; 13) ПМСП; 14) ТРК\n")
FORMULAS = ["x² + y² = z²; ∑ αᵢ·βᵢ ≤ ∫ f(x) dx;", "∀ε>0 ∃δ>0: |x−y|<δ ⇒ |f(x)−f(y)|<ε",
            "(a + b)² = a² + 2ab + b²; ∂f/∂x = 2x·y; ∇·E = ρ/ε₀"]


@pytest.mark.parametrize("name", ["sokrashcheniya.txt", "sokrashcheniya.docx", "sokrashcheniya.html"])
def test_a_list_of_abbreviations_reads_as_text(name):
    """Abbreviations have no vowel: «ЖКХ», «МВД», «ОДКБ» were no words, and the whole list was refused as noise."""
    lines = ABBREVIATIONS.strip().split("\n\n")
    if name.endswith(".txt"):
        data = ABBREVIATIONS.encode("utf-8")
    elif name.endswith(".docx"):
        data = docx("".join(para(run(line)) for line in lines))
    else:
        data = ("<html><head><meta charset='utf-8'><title>Сокращения</title></head><body>"
                + "".join(f"<p>{line}</p>" for line in lines) + "</body></html>").encode("utf-8")
    parsed = parse_bytes(data, name)
    assert "ОДКБ" in parsed.text
    assert not [w for w in parsed.warnings if w.startswith("OCR quality")]


def _formulas(fmt: str, maker: str) -> bytes:
    if fmt == "docx":
        return docx("".join(para(run(escape(line))) for line in FORMULAS), creator=maker)
    generator = f"<meta name='generator' content='{maker}'>" if maker else ""
    return (f"<html><head><meta charset='utf-8'>{generator}<title>Формулы</title></head><body>"
            + "".join(f"<p>{escape(line)}</p>" for line in FORMULAS) + "</body></html>").encode("utf-8")


@pytest.mark.parametrize("fmt", ["docx", "html"])
def test_a_formula_sheet_no_ocr_made_is_indexed_with_a_warning_and_one_an_ocr_made_is_refused(fmt):
    """Formulas read as few words as OCR noise: a Word file or a page someone wrote is indexed (a warning
    says what was seen), one FineReader wrote (its author or generator) is still refused as noise."""
    parsed = parse_bytes(_formulas(fmt, "Айгуль Серикбаева" if fmt == "docx" else ""), f"formuly.{fmt}")
    assert "∑" in parsed.text
    assert any(w.startswith("OCR quality: Few of the text's signs are words") for w in parsed.warnings)
    with pytest.raises(ParseError) as refused:
        parse_bytes(_formulas(fmt, "ABBYY FineReader 15"), f"formuly.{fmt}")
    assert refused.value.reason == "ocr_noise"
