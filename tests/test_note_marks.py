"""Footnote marks on numbers, quotes and brackets («в 2011¹ году», «Тілдарын»⁵», «(с 60 до 120)⁶»):
taken off as off a word, so the year and the phrase around it are found; a power stays."""
import pytest
from conftest import hit_files, ingested_service, make_pdfs_module

from index.search import SearchRequest
from ingest.parsers.normalize import clean_text


@pytest.mark.parametrize("text, clean", [
    ("принята в 2011¹ году", "принята в 2011 году"),
    ("к 2017²³ году", "к 2017 году"),
    ("с 83¹ процентов", "с 83 процентов"),
    ("методика «Тілдарын»⁵ и", "методика «Тілдарын» и"),
    ("(с 60 до 120)⁶.", "(с 60 до 120)."),
    ("сессии Ассамблеи.⁷", "сессии Ассамблеи."),
    ("согласия,¹ единства", "согласия, единства"),
    # a date in figures, a decimal in prose, a percent sign, an abbreviation, a Roman numeral (session 27)
    ("от 12.03.2019¹ исполнено", "от 12.03.2019 исполнено"), ("на 1,5⁵ процента", "на 1,5 процента"),
    ("на 25%⁶, а", "на 25%, а"), ("составил 25 %² за год", "составил 25 % за год"), ("Закон РК¹ принят", "Закон РК принят"),
    ("на XX² сессии", "на XX сессии"), ("ҚР³ Заңы", "ҚР Заңы"), ("с ЕС³ подписано", "с ЕС подписано"),
    ("3,14² = 9,86", "3,14² = 9,86"), ("x² и X²", "x² и X²"),
    # powers and a note's own mark stay
    ("100 м² и 5 км³", "100 м² и 5 км³"), ("в 10⁶ раз", "в 10⁶ раз"), ("2³ = 8", "2³ = 8"),
    ("(a+b)²", "(a+b)²"), ("π ≈ 3,14²", "π ≈ 3,14²"), ("¹ Указ Президента", "¹ Указ Президента"),
])
def test_a_mark_comes_off_a_number_a_quote_or_a_bracket(text, clean):
    assert clean_text(text) == clean


def _raised_year_pdf(path) -> bytes:
    """«в 2011» with Word's raised small «1» after it, as a PDF prints a footnote mark on a year (the
    font's glyphs are all half an em wide)."""
    mk = make_pdfs_module()
    pdf = mk.MiniPdf()
    text = "Программа развития языков была принята в 2011"
    x = 72 + 5.5 * len(text)
    pdf.page([(72, mk.H - 100, 11, text), (x, mk.H - 96, 7, "1"),
              (x + 3.5, mk.H - 100, 11, " году и завершена в 2020 году."),
              (72, 100, 8, "1 Указ Президента Республики Казахстан.")])
    pdf.save(path)
    return path.read_bytes()


def test_a_year_with_a_note_on_it_is_found_in_every_format(tmp_path, tmp_path_factory):
    """«принята в 2011¹ году» was indexed as «20111»: the phrase with the year found nothing."""
    html = ("<html><head><meta charset='utf-8'><title>Языковая политика</title></head><body><article>"
            "<p>Программа развития языков была принята в 2011<sup><a href='#fn1' id='r1'>1</a></sup> году и "
            "завершена в 2020 году.</p><ol><li id='fn1'>Указ Президента Республики Казахстан. "
            "<a href='#r1'>↩</a></li></ol></article></body></html>")
    service = ingested_service(tmp_path_factory, {
        "yazyki.pdf": _raised_year_pdf(tmp_path / "yazyki.pdf"), "yazyki.html": html,
        "yazyki.txt": "Языковая политика\n\nПрограмма развития языков была принята в 2011¹ году и завершена "
                      "в 2020 году.\n\n¹ Указ Президента Республики Казахстан.\n"})
    try:
        found = service.search(SearchRequest('"принята в 2011 году"'))
        assert sorted(hit_files(found)) == ["yazyki.html", "yazyki.pdf", "yazyki.txt"]
        assert service.search(SearchRequest("20111")).total == 0
    finally:
        service.close()
