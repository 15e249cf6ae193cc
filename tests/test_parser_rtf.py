"""RTF (Word, WordPad, Lexicon), also saved as .doc: told by content, read in its fonts' code pages,
tables row by row, footnotes after the text, page breaks for citations; found by discovery and search."""
import time
from pathlib import Path

import pytest
from conftest import hit_files

from index.search import SearchRequest, SearchService
from ingest.build import extract_parsed
from ingest.discover import discover
from ingest.parsers import ParseError, parse_bytes, parse_file, sniff_format
from ingest.pipeline import IngestOptions, run_ingest


def hexed(text: str, codec: str = "cp1251") -> str:
    """Text as Word writes it: each byte of its code page as \\'hh."""
    return "".join(ch if ch.isascii() else "".join(f"\\'{b:02x}" for b in ch.encode(codec)) for ch in text)


def uni(text: str) -> str:
    """Text as \\uN with a «?» for readers without Unicode (Word's Kazakh letters); signed 16-bit."""
    return "".join(f"\\u{ord(ch) if ord(ch) < 32768 else ord(ch) - 65536}?" for ch in text)


# a letter as Word 2003 saves it: fonts in the Cyrillic and Symbol sets, styles, info, a header, a
# bookmark, a hyperlink field, a footnote, a hidden comment, a bullet, a table and a page break
WORD = ("{\\rtf1\\ansi\\ansicpg1251\\uc1\\deff0\\deflang1049\r\n"
        "{\\fonttbl{\\f0\\froman\\fcharset204\\fprq2{\\*\\panose 02020603050405020304}Times New Roman;}"
        "{\\f1\\froman\\fcharset2\\fprq2 Symbol;}}\r\n{\\colortbl;\\red0\\green0\\blue0;}\r\n"
        "{\\stylesheet{\\ql \\f0\\fs24 \\snext0 Normal;}{\\*\\cs10 \\additive Default Paragraph Font;}}\r\n"
        "{\\*\\listtable{\\list\\listtemplateid1{\\listlevel\\levelnfc23{\\leveltext \\'01\\u-3913 ?;}}}}\r\n"
        "{\\info{\\title " + hexed("ПРОТОКОЛ") + "}{\\author " + hexed("Секретариат") + "}"
        "{\\creatim\\yr1998\\mo3\\dy2\\hr10\\min5}{\\revtim\\yr2003\\mo1\\dy9}}\r\n"
        "{\\header \\pard\\plain " + hexed("Ассамблея народа Казахстана – колонтитул") + "\\par}\r\n"
        "\\pard\\plain \\qc\\b\\f0\\fs28 " + hexed("ПРОТОКОЛ") + "\\line " + hexed("заседания Совета Ассамблеи") + "\\par\r\n"
        "\\pard\\plain \\qj\\f0\\fs28 {\\*\\bkmkstart _Toc1}" + hexed("Павлодар, 12 марта 1998 г.") + "{\\*\\bkmkend _Toc1}\\par\r\n"
        "\\pard\\plain \\qj\\fi709\\f0\\fs28 " + hexed("Совет обсудил работу воскресных школ") + "{\\cs15\\super \\chftn }"
        "{\\footnote \\pard\\plain \\f0\\fs20 {\\cs15\\super \\chftn } " + hexed("По данным управления образования.") + "}"
        + hexed(" и курсов ") + "{\\v " + hexed("скрытая правка ") + "}" + hexed("государственного языка.") + "\\par\r\n"
        "{\\field{\\*\\fldinst { HYPERLINK \"http://assembly.kz\" }}{\\fldrslt {" + hexed("Сайт Ассамблеи") + "}}}\\~"
        + hexed("обновлён\\-ный.") + "\\par\r\n"
        "{\\listtext\\pard\\plain \\f1 \\'b7\\tab}\\pard\\plain \\f0 " + hexed("Пункт списка о медиации.") + "\\par\r\n"
        "\\trowd\\cellx3000\\cellx6000\\pard\\plain \\intbl " + hexed("Воскресные школы") + "\\cell 23\\cell"
        "\\pard\\plain \\intbl {\\trowd\\cellx3000\\cellx6000\\row }\r\n"
        "\\trowd\\cellx3000\\cellx6000\\pard\\plain \\intbl " + hexed("Курсы языка") + "\\cell 1 250\\cell"
        "\\pard\\plain \\intbl {\\trowd\\cellx3000\\cellx6000\\row }\r\n"
        "\\pard\\plain \\f0 {\\page }" + hexed("Вторая страница о фестивале национальных культур.") + "\\par\r\n"
        "{\\pict\\wmetafile8\\picw100\\pich100 " + "0123456789abcdef" * 64 + "}\r\n}")


def test_a_word_letter_is_its_text_tables_row_by_row_notes_after_and_pages(tmp_path):
    path = tmp_path / "protokol.rtf"
    path.write_bytes(WORD.encode("ascii"))
    doc = parse_file(path)
    assert doc.format == "rtf" and doc.encoding == "cp1251" and doc.pages == 2 and doc.warnings == []
    texts = [b.text for b in doc.blocks]
    assert texts == [
        "ПРОТОКОЛ\nзаседания Совета Ассамблеи",
        "Павлодар, 12 марта 1998 г.",
        "Совет обсудил работу воскресных школ и курсов государственного языка.",  # no hidden text, no mark
        "Сайт Ассамблеи обновлённый.",  # the field's result, not its instruction; \- dropped, \~ a space
        "Пункт списка о медиации.",  # the Symbol font's bullet is no word
        "Воскресные школы\t23",
        "Курсы языка\t1 250",
        "Вторая страница о фестивале национальных культур.",
        "1 По данным управления образования.",  # the footnote with its number, after the text, on its mark's page
    ]
    assert [b.page for b in doc.blocks] == [1, 1, 1, 1, 1, 1, 1, 2, 1]
    # the one-word \info title is Word's first word: the heading says more
    assert doc.title == "ПРОТОКОЛ заседания Совета Ассамблеи"
    assert doc.metadata["author"] == "Секретариат" and doc.metadata["created"] == "1998-03-02"
    assert doc.metadata["dateline"] == "Павлодар, 12 марта 1998 г."
    found = extract_parsed(doc, path)
    assert (found.date.isoformat(), found.date_source) == ("1998-03-12", "text")  # the dateline wins


@pytest.mark.parametrize("numbering, endnote", [("", "i"), ("\\aftnnar", "1"), ("\\aftnnruc", "I")])
def test_footnotes_and_endnotes_keep_their_numbers_counted_apart(numbering, endnote):
    """A note's own mark (\\chftn) was dropped: the notes after the text had no numbers, so no reader
    could tell which place each belonged to. Footnotes count 1, 2, …; endnotes (\\ftnalt) apart, in
    the document's numbering (Word's i, ii, … unless \\aftnnar and the like say otherwise)."""
    def note(text: str, end: bool = False) -> str:
        return "{\\super\\chftn}{\\footnote" + ("\\ftnalt" if end else "") + "\\pard{\\super\\chftn} " + text + "}"
    rtf = ("{\\rtf1\\ansi" + numbering + "{\\fonttbl{\\f0 Times;}}\\pard Forum report" + note("Source A.")
           + " and plan" + note("Decree B.", end=True) + " and list" + note("Source C.") + ".\\par}")
    assert [(b.text, b.note) for b in parse_bytes(rtf.encode("ascii"), "x.rtf").blocks] == [
        ("Forum report and plan and list.", False), ("1 Source A.", True), (f"{endnote} Decree B.", True),
        ("2 Source C.", True)]


def test_the_creation_day_dates_an_rtf_without_a_dateline(tmp_path):
    path = tmp_path / "letter.rtf"
    path.write_bytes(("{\\rtf1\\ansi\\ansicpg1251{\\info{\\title " + hexed("О фестивале национальных культур")
                      + "}{\\creatim\\yr2004\\mo11\\dy23}}\\pard " + hexed("Фестиваль прошёл в Доме дружбы. ") * 3
                      + "\\par}").encode("ascii"))
    doc = parse_file(path)
    assert doc.title == "О фестивале национальных культур"
    found = extract_parsed(doc, path)
    assert (found.date.isoformat(), found.date_source) == ("2004-11-23", "metadata")



def test_an_rtf_letter_s_registration_block_beside_its_addressee_dates_it(tmp_path):
    """Word's letter template saved as RTF: «Исх. № … от …» over «На № … от …» in the head table's left
    cell, the addressee in the right one, date the letter by its outgoing line, not by the file's
    creation (2016) nor by the answered letter."""
    def cell(*paragraphs: str) -> str:
        return "\\pard\\plain \\intbl " + "\\par ".join(map(hexed, paragraphs)) + "\\cell "
    path = tmp_path / "letter.rtf"
    path.write_bytes(("{\\rtf1\\ansi\\ansicpg1251{\\info{\\creatim\\yr2016\\mo2\\dy1}}"
                      "\\pard " + hexed("АССАМБЛЕЯ НАРОДА КАЗАХСТАНА") + "\\par\r\n\\trowd\\cellx4500\\cellx9000"
                      + cell("Исх. № 01-12/430 от 10.04.2019", "На № 5-6/95 от 02.04.2019")
                      + cell("Акиму Павлодарской области", "Бакауову Б.К.") + "\\pard\\plain \\intbl \\row\r\n"
                      "\\pard " + hexed("О проведении форума") + "\\par \\pard "
                      + hexed("Просим в срок до 25.04.2019 представить предложения по программе форума.")
                      + "\\par}").encode("ascii"))
    doc = parse_file(path)
    assert doc.metadata["dateline"] == "Исх. № 01-12/430 от 10.04.2019"
    found = extract_parsed(doc, path)
    assert (found.date.isoformat(), found.date_source) == ("2019-04-10", "text")

def test_kazakh_letters_as_unicode_with_replacements_and_in_a_kz_font_and_other_code_pages():
    data = ("{\\rtf1\\ansi\\ansicpg1251\\deff0{\\fonttbl{\\f0\\fcharset204 Times New Roman;}"
            "{\\f1\\fnil\\fcharset204 KZ Times New Roman;}{\\f2\\fcharset238 Arial CE;}{\\f3\\fcharset162 Arial TUR;}}"
            "\\pard\\f0 " + uni("Қазақстан") + " " + hexed("Республикасы") + "\\par"
            "\\uc2 " + "".join(f"\\u{ord(ch)}\\'3f\\'3f" for ch in "Әділет") + "\\uc1\\par"
            "\\u-3913?" + hexed("Улыбка ") + "\\u-10179?\\u-8704?\\par"  # a private-use bullet; an emoji's surrogates
            "{\\f1 " + hexed("Ғалым Өтегенов", "kz1048") + "}\\par"
            "{\\f2 " + hexed("Łódź i Kraków", "cp1250") + "}\\par"
            "{\\f3 " + hexed("Atatürk Bulvarı", "cp1254") + "}\\par}").encode("ascii")
    texts = [b.text for b in parse_bytes(data, "kz.rtf").blocks]
    assert texts == ["Қазақстан Республикасы", "Әділет", "Улыбка \U0001f600", "Ғалым Өтегенов", "Łódź i Kraków", "Atatürk Bulvarı"]


def test_wordpad_rtf_saved_as_doc_is_found_and_read_by_its_content(tmp_path):
    # WordPad writes one font group with no subgroups and \'hh in the document's code page
    wordpad = ("{\\rtf1\\ansi\\ansicpg1251\\deff0\\deflang1049{\\fonttbl{\\f0\\fnil\\fcharset204 Calibri;}}\r\n"
               "{\\*\\generator Msftedit 5.41.21.2510;}\\viewkind4\\uc1\\pard\\sa200\\sl276\\slmult1\\lang25\\f0\\fs22 "
               + hexed("Круглый стол о медиации прошёл в Караганде.") + "\\par\r\n}\r\n\x00").encode("ascii")
    assert sniff_format("doklad.doc", wordpad) == "rtf" and sniff_format("doklad", wordpad) == "rtf"
    archive = tmp_path / "archive"
    archive.mkdir()
    (archive / "doklad.doc").write_bytes(wordpad)
    (archive / "report.rtf").write_bytes(WORD.encode("ascii"))
    (archive / "real.doc").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600)
    found, skipped = discover([archive])
    assert sorted(Path(f.path).name for f in found) == ["doklad.doc", "report.rtf"]
    assert [Path(s.path).name for s in skipped] == ["real.doc"]
    index = tmp_path / "index"
    report = run_ingest([str(archive)], IngestOptions(index_dir=index, workers=1))
    assert sorted((Path(r.path).name, r.status, r.format) for r in report.files) == [
        ("doklad.doc", "indexed", "rtf"), ("real.doc", "skipped", None), ("report.rtf", "indexed", "rtf")]
    service = SearchService(index)
    try:
        assert hit_files(service.search(SearchRequest('"медиации прошёл в Караганде"'))) == ["doklad.doc"]
        assert hit_files(service.search(SearchRequest('"воскресных школ"'))) == ["report.rtf"]
        assert service.search(SearchRequest("колонтитул")).total == 0  # the header is no text
        assert service.stats()["facets"]["format"] == {"rtf": 2}
    finally:
        service.close()


def test_a_truncated_rtf_gives_what_it_has_with_a_warning():
    cut = WORD[:WORD.index("\\trowd")]
    doc = parse_bytes(cut.encode("ascii"), "cut.rtf")
    assert doc.blocks[2].text.startswith("Совет обсудил работу") and len(doc.warnings) == 1
    assert "truncated" in doc.warnings[0]


@pytest.mark.parametrize("data, reason", [
    (b"{\\rtf1\\ansi " + bytes(range(256)) * 40, "damaged"),  # binary after the magic
    (b"{\\rtf1\\ansi\\ansicpg1251{\\fonttbl{\\f0 Times;}}", "damaged"),  # cut before any text
    (b"{\\rtf1\\ansi{\\fonttbl{\\f0 Times;}}\\pard\\par\\par{\\v hidden}{\\pict 0011}}", "empty"),
])
def test_bad_rtf_fails_with_one_sentence_and_its_reason(data, reason):
    with pytest.raises(ParseError) as e:
        parse_bytes(data, "bad.rtf")
    assert e.value.reason == reason and "\n" not in str(e.value) and str(e.value).endswith(".")


def test_text_under_an_rtf_name_is_text():
    assert sniff_format("notes.rtf", "Просто текст без разметки.".encode("utf-8")) == "txt"


def test_a_large_rtf_parses_in_seconds():
    # one token per control word, hex run or text run, and a picture skipped at its braces: a regex
    # per character or a group's text gathered twice made a 20 MB file take minutes
    paragraph = "\\pard\\plain\\f0\\fs24 {\\lang1049 " + hexed("Ассамблея народа Казахстана провела сессию. ") + "}\\par\r\n"
    picture = "{\\pict\\pngblip " + ("0123456789abcdef" * 8 + "\r\n") * 20000 + "}"
    data = ("{\\rtf1\\ansi\\ansicpg1251{\\fonttbl{\\f0\\fcharset204 Times;}}" + paragraph * 30000 + picture + "}").encode()
    started = time.perf_counter()
    doc = parse_bytes(data, "large.rtf")
    assert len(doc.blocks) == 30000 and time.perf_counter() - started < 15


def test_text_deleted_with_tracked_changes_is_neither_searched_nor_quoted(tmp_path):
    # Word 97-2003 writes a tracked deletion as {\deleted …} beside the {\revised …} wording that
    # replaced it; Word 2003 adds \delrsid. The withdrawn words are no one's words.
    speech = ("{\\rtf1\\ansi\\ansicpg1251\\uc1\\deff0{\\fonttbl{\\f0\\fcharset204 Times New Roman;}}"
              "{\\*\\revtbl {Unknown;}{Ivanova;}}\\pard\\plain " + hexed("Председатель В. Ким подчеркнул, что ")
              + "{\\deleted\\revauthdel1\\revdttmdel1 " + hexed("старая формулировка ") + "}"
              "{\\revised\\revauth1 " + hexed("межэтническое согласие ") + "}"
              + hexed("остается главным достоянием региона.") + "\\par\\pard\\plain {\\insrsid1 " + hexed("Начало ")
              + "}{\\deleted\\insrsid1\\delrsid2\\revauthdel1 " + hexed("отозванная правка ") + "}"
              + hexed("конец доклада.") + "{\\deleted\\par}" + hexed(" Продолжение абзаца.") + "\\par}")
    doc = parse_bytes(speech.encode("ascii"), "doklad.rtf")
    assert [b.text for b in doc.blocks] == [
        "Председатель В. Ким подчеркнул, что межэтническое согласие остается главным достоянием региона.",
        "Начало конец доклада. Продолжение абзаца.",  # a deleted paragraph mark joins the two
    ]
    archive = tmp_path / "archive"
    archive.mkdir()
    (archive / "doklad.rtf").write_bytes(speech.encode("ascii"))
    run_ingest([str(archive)], IngestOptions(index_dir=tmp_path / "index", workers=1))
    service = SearchService(tmp_path / "index")
    try:
        assert service.search(SearchRequest("формулировка")).total == 0
        assert service.quotes(SearchRequest('"старая формулировка"')).total == 0
        assert service.quotes(SearchRequest('"межэтническое согласие"')).total == 1
    finally:
        service.close()


def test_an_escape_outside_unicode_costs_one_character_not_the_file(tmp_path):
    # \uN is 16 bits signed; a broken converter's \u-99999 or \u9999999 is no character at all
    archive = tmp_path / "archive"
    archive.mkdir()
    (archive / "bad.rtf").write_bytes(b"{\\rtf1\\ansi\\ansicpg1251 " + hexed("Круглый стол о медиации").encode()
                                      + b" \\u-99999? \\u9999999? " + hexed("прошёл в Караганде.").encode() + b"\\par}")
    assert parse_file(archive / "bad.rtf").blocks[0].text == "Круглый стол о медиации \ufffd \ufffd прошёл в Караганде."
    report = run_ingest([str(archive)], IngestOptions(index_dir=tmp_path / "index", workers=1))
    assert [(Path(r.path).name, r.status) for r in report.files] == [("bad.rtf", "indexed")]
    service = SearchService(tmp_path / "index")
    try:
        assert hit_files(service.search(SearchRequest("Караганде"))) == ["bad.rtf"]
    finally:
        service.close()


def test_a_paragraph_of_many_page_breaks_parses_in_linear_time():
    # each \page counted the paragraph's letters from its start: 20,000 breaks in one paragraph took 44 s
    data = b"{\\rtf1\\ansi " + b"word \\page " * 20000 + b"\\par}"
    started = time.perf_counter()
    doc = parse_bytes(data, "pages.rtf")
    assert time.perf_counter() - started < 5
    assert doc.pages == 20001 and doc.blocks[0].page == 1
    assert [b for _, b in doc.blocks[0].breaks[:2]] == [2, 3] and doc.blocks[0].breaks[-1] == (99995, 20000)  # the last word is on page 20,000


def test_the_ansi_twin_an_upr_group_drops_leaves_the_pages_counted_right():
    # {\upr{ANSI}{\*\ud{Unicode}}}: the ANSI text is dropped after a page break counted its letters
    data = (b"{\\rtf1\\ansi\\ansicpg1251 " + hexed("Начало").encode() + b"\\page {\\upr{ANSI text}{\\*\\ud{"
            + uni("Қазақ").encode() + b"}}}\\page " + hexed("конец").encode() + b"\\par}")
    block = parse_bytes(data, "upr.rtf").blocks[0]
    assert block.text == "НачалоҚазақконец" and block.breaks == ((6, 2), (11, 3))


def test_groups_nested_past_any_word_file_are_left_out_with_a_warning(tmp_path):
    # each open group copied its parent's properties: a 4 MB file of «{» took 17 s and 660 MB
    (tmp_path / "braces.rtf").write_bytes(b"{\\rtf1\\ansi\\ansicpg1251 " + hexed("Сессия Ассамблеи.").encode() + b"\\par "
                                          + b"{" * 2_000_000 + b"text")
    started = time.perf_counter()
    doc = parse_file(tmp_path / "braces.rtf")
    assert time.perf_counter() - started < 5
    assert [b.text for b in doc.blocks] == ["Сессия Ассамблеи."]
    assert any("nests groups more than 1000 deep" in w for w in doc.warnings)
    deep = b"{\\rtf1\\ansi Top" + b"{" * 900 + b"\\b Deep" + b"}" * 900 + b" end\\par}"  # Word's depth is read
    assert parse_bytes(deep, "deep.rtf").blocks[0].text == "TopDeep end"
