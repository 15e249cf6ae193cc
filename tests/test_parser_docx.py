"""Word 2007+ (DOCX) and OpenDocument text (ODT) files, built here as Word and LibreOffice write them:
told by their content, read as Word shows them (tracked changes, hidden text, fields, text boxes,
tables, footnotes), paged by the breaks recorded in them, titled and dated by their properties and
text; spreadsheets, presentations, old .doc files and encrypted ones named in one sentence."""
from __future__ import annotations

import io
import struct
import time
import zipfile
from pathlib import Path

import pytest

from bench import ooxml
from bench.ooxml import STYLES, W_NS, WORD_TYPES, cell, docx, document, para, run, table
from ingest.discover import discover
from ingest.parsers import ParseError, file_format, parse_bytes, parse_file, sniff_format

MINUTES = "".join([
    para(run("Ассамблея народа Казахстана")),
    para(run("ПРОТОКОЛ заседания Совета матерей"), style="a3"),
    para(run("Астана, 12 марта 2019 г.")),
    para(run("На заседании выступила Айгуль Серикбаева"), run("", ) + '<w:r><w:footnoteReference w:id="1"/></w:r>',
         run(". Она рассказала о работе Совета в регионах.")),
])


def test_a_docx_reads_as_word_shows_it():
    body = MINUTES + para(
        run("В проекте "),
        '<w:del w:id="3" w:author="Admin"><w:r><w:delText>старого </w:delText></w:r></w:del>',
        '<w:ins w:id="4" w:author="Admin"><w:r><w:t xml:space="preserve">нового </w:t></w:r></w:ins>',
        run("решения", ), run(" (черновик)", "<w:vanish/>"), run(" с пометкой", '<w:rStyle w:val="hid"/>'),
        run(" от "),
        '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> DATE \\@ "dd.MM.yyyy" '
        '</w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>',
        run("14.03.2019"), '<w:r><w:fldChar w:fldCharType="end"/></w:r>',
        '<w:r><w:t xml:space="preserve"> северо</w:t><w:noBreakHyphen/><w:t>восток, меж</w:t><w:softHyphen/><w:t>дународный</w:t></w:r>',
        '<w:r><w:tab/><w:t>итог</w:t><w:br/><w:t>вторая строка</w:t></w:r>',
        '<w:r><w:sym w:font="Symbol" w:char="F0B7"/><w:sym w:font="Wingdings" w:char="F0FC"/></w:r>',
        '<w:commentRangeStart w:id="0"/><w:r><w:commentReference w:id="0"/></w:r>',
    ) + para(
        run("Рядом с текстом: "),
        '<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wps:wsp><wps:txbx><w:txbxContent>'
        + para(run("Надпись в рамке о фестивале")) + '</w:txbxContent></wps:txbx></wps:wsp></w:drawing></mc:Choice>'
        '<mc:Fallback><w:pict><v:shape><v:textbox><w:txbxContent>' + para(run("Надпись в рамке о фестивале"))
        + '</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>')
    notes = f'<w:footnote w:id="1">{para("<w:r><w:footnoteRef/></w:r>", run(" Председатель Совета матерей."))}</w:footnote>'
    doc = parse_bytes(docx(body, footnotes=notes), "протокол.docx")
    assert doc.format == "docx"
    texts = [b.text for b in doc.blocks]
    assert texts[:3] == ["Ассамблея народа Казахстана", "ПРОТОКОЛ заседания Совета матерей", "Астана, 12 марта 2019 г."]
    change = next(t for t in texts if t.startswith("В проекте"))
    # inserted text kept, deleted and hidden dropped; a field's result, not its code; Word's hyphens
    assert change == "В проекте нового решения от 14.03.2019 северо-восток, международный итог\nвторая строка•"
    assert texts.count("Надпись в рамке о фестивале") == 1  # a text box once, not in both renderings
    assert "1 Председатель Совета матерей." in texts  # the footnote, numbered as Word prints it
    assert not any("колонтитул" in t for t in texts)  # the header is a running head
    assert doc.title == "ПРОТОКОЛ заседания Совета матерей"  # the Title style's paragraph, over the letterhead
    assert doc.metadata["author"] == "Айгуль Серикбаева" and doc.metadata["created"] == "2019-03-12"
    assert doc.metadata["dateline"] == "Астана, 12 марта 2019 г."
    assert doc.pages == 1 and all(b.page == 1 for b in doc.blocks)


def test_a_table_reads_row_by_row_as_other_formats_do():
    body = para(run("Перепись населения")) + table(
        [cell(para(run("Этнос"))), cell(para(run("1999"))), cell(para(run("2009")))],
        [cell(para(run("узбеки"))), cell(para(run("370 663"))), cell(para(run("456 997")))],
        [cell(para(run("Ежегодный отчёт о работе"))), cell(*[para(run(f"Раздел {i}. Длинный текст.")) for i in range(3)])])
    texts = [b.text for b in parse_bytes(docx(body), "t.docx").blocks]
    assert "Этнос\t1999\t2009" in texts and "узбеки\t370 663\t456 997" in texts
    # a cell of several paragraphs is a layout's: its paragraphs stay paragraphs
    assert "Раздел 0. Длинный текст." in texts and "Ежегодный отчёт о работе" in texts


def test_pages_come_from_the_breaks_word_recorded():
    body = (para(run("Доклад о деятельности Ассамблеи"), style="1")
            + para(run("Первая страница доклада и его начало."))
            + para(run("Абзац идёт дальше, "), '<w:r><w:lastRenderedPageBreak/><w:t>и здесь уже вторая страница.</w:t></w:r>'
                   + '<w:r><w:footnoteReference w:id="2"/></w:r>')
            + para(run("Конец второй страницы."), '<w:r><w:br w:type="page"/></w:r>')
            # Word records its rendered break where the typed one is: one page, not two
            + para('<w:r><w:lastRenderedPageBreak/><w:t>Третья страница.</w:t></w:r>')
            + para(run("Четвёртая страница."), props="<w:pageBreakBefore/>"))
    notes = f'<w:footnote w:id="2">{para(run(" Сноска второй страницы."))}</w:footnote>'
    doc = parse_bytes(docx(body, footnotes=notes), "доклад.docx")
    pages = {b.text: b.page for b in doc.blocks}
    assert pages["Первая страница доклада и его начало."] == 1
    runs_on = next(b for b in doc.blocks if b.text.startswith("Абзац идёт дальше"))
    assert runs_on.page == 1 and runs_on.page_at(runs_on.text.index("и здесь")) == 2
    assert pages["1 Сноска второй страницы."] == 2
    texts = [b.text for b in doc.blocks]
    # the footnote after its page's text, before the next page's
    assert texts.index("1 Сноска второй страницы.") == texts.index("Конец второй страницы.") + 1
    assert pages["Третья страница."] == 3 and pages["Четвёртая страница."] == 4 and doc.pages == 4
    assert doc.title == "Доклад о деятельности Ассамблеи"  # its heading style's paragraph
    assert parse_bytes(docx(para(run("Одна страница без разрывов."))), "x.docx").pages == 1


def test_endnotes_follow_the_text_numbered_apart_from_the_footnotes():
    """A footnote and an endnote were both «1»: endnotes are numbered as Word prints them, i, ii, …,
    or as the document's section sets (w:endnotePr)."""
    body = (para(run("Итоги форума"), '<w:r><w:endnoteReference w:id="1"/></w:r>')
            + para(run("Второй абзац."), '<w:r><w:footnoteReference w:id="1"/></w:r>'))
    notes = f'<w:endnote w:id="1">{para(run(" Назарбаев Н.А. Указ. соч. — С. 118."))}</w:endnote>'
    footnotes = f'<w:footnote w:id="1">{para(run(" Там же. С. 12."))}</w:footnote>'
    texts = [b.text for b in parse_bytes(docx(body, endnotes=notes, footnotes=footnotes), "x.docx").blocks]
    assert texts[-3:] == ["Второй абзац.", "1 Там же. С. 12.", "i Назарбаев Н.А. Указ. соч. — С. 118."]
    decimal = body + '<w:sectPr><w:endnotePr><w:numFmt w:val="decimal"/></w:endnotePr></w:sectPr>'
    texts = [b.text for b in parse_bytes(docx(decimal, endnotes=notes), "x.docx").blocks]
    assert texts[-1] == "1 Назарбаев Н.А. Указ. соч. — С. 118."


@pytest.mark.parametrize("placeholder", ["Microsoft Word - forum.docx", "Документ1", "Title"])
def test_a_placeholder_title_gives_way_to_the_text(placeholder):
    body = para(run("Итоги республиканского форума")) + para(run("Форум прошёл в Астане."))
    doc = parse_bytes(docx(body, title=placeholder), "x.docx")
    assert doc.title == "Итоги республиканского форума" and "title" not in doc.metadata
    named = parse_bytes(docx(body, title="Отчёт о форуме 2019 года"), "x.docx")
    assert named.title == "Отчёт о форуме 2019 года"


def test_a_docx_is_known_by_its_content_under_any_name(tmp_path):
    data = docx(MINUTES)
    assert sniff_format("x.bin", data[:2048]) == "docx"
    misnamed = tmp_path / "протокол.doc"
    misnamed.write_bytes(data)
    assert file_format(misnamed) == "docx" and parse_file(misnamed).format == "docx"
    # a .docm/.dotx (macro-enabled, template) is Word's too
    template = WORD_TYPES.replace("document.main+xml", "template.main+xml")
    assert parse_bytes(docx(MINUTES, types=template), "шаблон.dotx").format == "docx"
    found, skipped = discover([tmp_path])
    assert [f.path for f in found] == [str(misnamed)] and not skipped


def odt(content_body: str, meta: str = "", manifest_extra: str = "", styles: str = "") -> bytes:
    """An ODT as LibreOffice writes it: mimetype first and stored, then content, styles, meta, manifest."""
    ns = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
          'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
          'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
          'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
          'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" '
          'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
          'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0"')
    content = (f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content {ns} office:version="1.3">'
               '<office:automatic-styles><style:style style:name="P1" style:family="paragraph" '
               'style:parent-style-name="Standard"><style:paragraph-properties fo:break-before="page"/></style:style>'
               # a paragraph and a span set in bold, a span set back to normal weight
               '<style:style style:name="P2" style:family="paragraph" style:parent-style-name="Standard">'
               '<style:text-properties fo:font-weight="bold" style:font-weight-asian="bold"/></style:style>'
               '<style:style style:name="T1" style:family="text"><style:text-properties fo:font-weight="bold"/>'
               '</style:style><style:style style:name="T2" style:family="text">'
               '<style:text-properties fo:font-weight="normal"/></style:style>'
               f'</office:automatic-styles><office:body><office:text>{content_body}</office:text></office:body>'
               '</office:document-content>')
    style_xml = (f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document-styles {ns}><office:styles>'
                 '<style:style style:name="Title" style:family="paragraph" style:parent-style-name="Heading"/>'
                 '<style:style style:name="Strong_20_Emphasis" style:display-name="Strong Emphasis" '
                 'style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>'
                 f'{styles}</office:styles><office:master-styles><style:master-page style:name="Standard">'
                 '<style:header><text:p>Колонтитул Ассамблеи</text:p></style:header></style:master-page>'
                 '</office:master-styles></office:document-styles>')
    meta_xml = (f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document-meta {ns}><office:meta>'
                f'{meta}<meta:generator>LibreOffice/7.6</meta:generator></office:meta></office:document-meta>')
    return odf_package("application/vnd.oasis.opendocument.text", content, style_xml, meta_xml, manifest_extra)


def odf_package(mimetype: str, content: str, style_xml: str, meta_xml: str, manifest_extra: str = "") -> bytes:
    """An OpenDocument package as LibreOffice writes it: mimetype first and stored, then its parts and manifest."""
    manifest = ('<?xml version="1.0" encoding="UTF-8"?>\n<manifest:manifest '
                'xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">'
                f'<manifest:file-entry manifest:full-path="/" manifest:media-type="{mimetype}"/>'
                f'<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml">{manifest_extra}'
                '</manifest:file-entry></manifest:manifest>')
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr(zipfile.ZipInfo("mimetype"), mimetype, zipfile.ZIP_STORED)
        z.writestr("content.xml", content)
        z.writestr("styles.xml", style_xml)
        z.writestr("meta.xml", meta_xml)
        z.writestr("META-INF/manifest.xml", manifest)
    return buf.getvalue()


def test_an_odt_reads_with_its_notes_tables_and_pages():
    body = ('<text:sequence-decls/><text:p text:style-name="Title">Решение Совета</text:p>'
            '<text:h text:outline-level="1">Итоги года</text:h>'
            '<text:p>Слово<text:s text:c="3"/>за словом<text:tab/>итог<text:line-break/>строка'
            '<text:note text:id="ftn1" text:note-class="footnote"><text:note-citation>1</text:note-citation>'
            '<text:note-body><text:p>Там же. С. 12.</text:p></text:note-body></text:note>'
            '<office:annotation><dc:creator>Admin</dc:creator><text:p>Комментарий рецензента</text:p></office:annotation>'
            ' и конец.</text:p>'
            '<text:tracked-changes><text:changed-region text:id="c1"><text:deletion><text:p>Удалённый абзац</text:p>'
            '</text:deletion></text:changed-region></text:tracked-changes>'
            '<table:table table:name="T1"><table:table-column table:number-columns-repeated="2"/>'
            '<table:table-row><table:table-cell><text:p>казахи</text:p></table:table-cell>'
            '<table:table-cell><text:p>10 096 763</text:p></table:table-cell></table:table-row></table:table>'
            '<text:p>Первая <text:soft-page-break/>и вторая страница.</text:p>'
            '<text:p text:style-name="P1">Третья страница.</text:p>')
    meta = ('<dc:title>Решение Совета матерей</dc:title><meta:initial-creator>Серикбаева А.</meta:initial-creator>'
            '<meta:creation-date>2020-05-06T10:00:00</meta:creation-date><dc:date>2021-02-01T10:00:00</dc:date>')
    doc = parse_bytes(odt(body, meta), "решение.odt")
    texts = [b.text for b in doc.blocks]
    assert doc.format == "odt" and doc.title == "Решение Совета матерей"
    assert "Слово за словом итог\nстрока и конец." in texts
    assert "казахи\t10 096 763" in texts and "1 Там же. С. 12." in texts
    assert not any("Комментарий" in t or "Удалённый" in t or "Колонтитул" in t for t in texts)
    wrapped = next(b for b in doc.blocks if b.text.startswith("Первая"))
    assert wrapped.page == 1 and wrapped.page_at(wrapped.text.index("и вторая")) == 2
    assert texts[-1] == "Третья страница." and doc.blocks[-1].page == 3 and doc.pages == 3
    assert doc.metadata["author"] == "Серикбаева А." and doc.metadata["created"] == "2020-05-06"
    assert sniff_format("x", odt(body)[:2048]) == "odt"


def test_an_odt_without_a_title_in_its_properties_takes_its_title_style():
    body = '<text:p text:style-name="Title">Решение Совета</text:p><text:p>Текст решения.</text:p>'
    assert parse_bytes(odt(body), "x.odt").title == "Решение Совета"


def test_an_odt_shapes_text_follows_its_paragraph_and_leaves_the_paragraphs_words_whole(tmp_path):
    # LibreOffice writes a shape's text inside the paragraph it is anchored to, between two of its words
    body = ('<text:p>Шапшаң сызба<draw:custom-shape draw:name="Пішін1" text:anchor-type="paragraph">'
            '<text:p>ФИГУРАМӘТІНІ Достық</text:p><draw:enhanced-geometry draw:type="rectangle"/></draw:custom-shape>'
            ' аяқталды.</text:p>'
            '<text:p>Схема<draw:g><draw:rect><text:p>Бірінші блок</text:p></draw:rect>'
            '<draw:ellipse><text:p>Екінші блок</text:p></draw:ellipse></draw:g> дайын.</text:p>'
            '<draw:custom-shape text:anchor-type="page"><text:p>Бет белгісі</text:p></draw:custom-shape>'
            '<text:p>Соңғы абзац.</text:p>')
    doc = parse_bytes(odt(body), "hat.odt")
    assert [b.text for b in doc.blocks] == ["Шапшаң сызба аяқталды.", "ФИГУРАМӘТІНІ Достық", "Схема дайын.",
                                            "Бірінші блок", "Екінші блок", "Бет белгісі", "Соңғы абзац."]
    from index.search import SearchRequest, SearchService
    from ingest.pipeline import IngestOptions, run_ingest
    archive = tmp_path / "archive"
    archive.mkdir()
    (archive / "hat.odt").write_bytes(odt(body))
    run_ingest([str(archive)], IngestOptions(index_dir=tmp_path / "index", workers=1))
    service = SearchService(tmp_path / "index")
    try:
        assert service.search(SearchRequest("сызба")).total == 1
        assert service.search(SearchRequest("ФИГУРАМӘТІНІ")).total == 1
    finally:
        service.close()


def _package(entries: dict[str, str], first_stored: str | None = None) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        if first_stored:
            z.writestr(zipfile.ZipInfo("mimetype"), first_stored, zipfile.ZIP_STORED)
        for name, text in entries.items():
            z.writestr(name, text)
    return buf.getvalue()


@pytest.mark.parametrize("data, named", [
    (_package({"[Content_Types].xml": WORD_TYPES.replace("wordprocessingml.document.main", "presentationml.presentation.main")
               .replace("/word/document.xml", "/ppt/presentation.xml"), "ppt/presentation.xml": "<p/>"}),
     "PowerPoint presentation (PPTX)"),
    (_package({"content.xml": "<x/>"}, "application/vnd.oasis.opendocument.presentation"), "OpenDocument presentation (ODP)"),
    (_package({"фото.jpg": "x", "отчет.txt": "текст"}), "ZIP archive"),
])
def test_other_packages_stay_unsupported_named_plainly(data, named):
    with pytest.raises(ParseError) as e:
        parse_bytes(data, "file.docx")
    assert e.value.reason == "unsupported" and named in str(e.value)


def _ole(streams: list[str]) -> bytes:
    """An OLE compound file (512-byte sectors) whose directory holds ``streams``: the header, one FAT
    sector, one directory sector."""
    header = bytearray(512)
    header[:8] = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
    struct.pack_into("<HHH", header, 24, 0x3E, 3, 0xFFFE)
    struct.pack_into("<H", header, 30, 9)
    struct.pack_into("<H", header, 32, 6)
    struct.pack_into("<I", header, 44, 1)  # FAT sectors
    struct.pack_into("<I", header, 48, 1)  # the directory's first sector
    difat = [0] + [0xFFFFFFFF] * 108
    struct.pack_into("<109I", header, 76, *difat)
    fat = struct.pack("<128I", 0xFFFFFFFD, 0xFFFFFFFE, *[0xFFFFFFFF] * 126)
    directory = bytearray(512)
    for i, name in enumerate(["Root Entry", *streams][:4]):
        raw = name.encode("utf-16-le") + b"\x00\x00"
        directory[i * 128:i * 128 + len(raw)] = raw
        struct.pack_into("<H", directory, i * 128 + 64, len(raw))
        directory[i * 128 + 66] = 5 if i == 0 else 2
    return bytes(header) + fat + bytes(directory)


def test_a_password_protected_docx_asks_for_its_password(tmp_path):
    data = _ole(["EncryptionInfo", "EncryptedPackage", "\x06DataSpaces"])
    path = tmp_path / "протокол.docx"
    path.write_bytes(data)
    with pytest.raises(ParseError) as e:
        parse_file(path)
    assert e.value.reason == "password_required" and "password" in str(e.value)
    assert file_format(path) == "docx"


def test_an_old_word_file_says_to_save_it_as_docx(tmp_path):
    path = tmp_path / "протокол.doc"
    path.write_bytes(_ole(["WordDocument", "1Table", "\x05SummaryInformation"]))
    with pytest.raises(ParseError) as e:
        parse_file(path)
    assert e.value.reason == "unsupported" and "Word 97-2003" in str(e.value) and "DOCX or PDF" in str(e.value)
    _, skipped = discover([tmp_path])  # a .doc is no name ingest takes: skipped with the same advice
    assert skipped[0].reason == "unsupported" and "DOCX or PDF" in skipped[0].message


def test_plain_text_of_the_nineties_named_doc_is_read_as_text(tmp_path):
    # a DOS editor's or Notepad's text saved as .doc was skipped as «Not a supported format (.doc).»
    from index.search import SearchRequest, SearchService
    from ingest.pipeline import IngestOptions, run_ingest

    archive = tmp_path / "archive"
    archive.mkdir()
    minutes = "Протокол собрания актива\r\n\r\nг. Атырау, 15 мая 1999 г.\r\n\r\nВыступил председатель {}. Он отметил работу воскресных школ.\r\n"
    (archive / "protokol_1999.doc").write_bytes(minutes.format("С. Ахметов").encode("cp1251"))
    (archive / "LEXICON.DOC").write_bytes(minutes.format("К. Нурланов").encode("cp866"))
    (archive / "word97.doc").write_bytes(_ole(["WordDocument", "1Table"]))
    (archive / "data.doc").write_bytes(bytes(range(256)) * 8)
    found, skipped = discover([archive])
    assert sorted(Path(f.path).name for f in found) == ["LEXICON.DOC", "protokol_1999.doc"]
    assert {Path(s.path).name: s.message for s in skipped}["data.doc"] == "Not a supported format (.doc)."
    summary = run_ingest([str(archive)], IngestOptions(index_dir=tmp_path / "index", workers=1))
    got = {Path(r.path).name: (r.status, r.format, r.encoding) for r in summary.files}
    assert got["protokol_1999.doc"] == ("indexed", "txt", "cp1251") and got["LEXICON.DOC"] == ("indexed", "txt", "cp866")
    assert got["word97.doc"][0] == "skipped"  # a Word 97 file is still told to be saved as DOCX or PDF
    service = SearchService(tmp_path / "index")
    try:
        assert service.search(SearchRequest("воскресных школ")).total == 2
    finally:
        service.close()



def test_plain_text_under_word_s_other_old_names_is_read_and_a_workbook_named_doc_is_misnamed(tmp_path):
    # the same text as .dot or .wps was skipped as «Not a supported format (.dot).», and a workbook named .doc
    # got no «misnamed» note, which the same bytes named .pdf or .txt get
    from ingest.pipeline import IngestOptions, run_ingest

    archive = tmp_path / "archive"
    archive.mkdir()
    minutes = "Протокол собрания актива\r\n\r\nг. Атырау, 15 мая 1999 г.\r\n\r\nВыступил председатель {}.\r\n"
    for name, speaker in (("shablon.dot", "С. Ахметов"), ("works.wps", "К. Нурланов"), ("write.wri", "Б. Ким")):
        (archive / name).write_bytes(minutes.format(speaker).encode("cp1251"))
    with zipfile.ZipFile(archive / "svod.doc", "w") as pptx:  # a workbook is read (test_parser_spreadsheets)
        pptx.writestr("[Content_Types].xml", "<Types/>")
        pptx.writestr("ppt/presentation.xml", "<presentation/>")
    (archive / "word97.dot").write_bytes(_ole(["WordDocument", "1Table"]))  # a Word 97 template: rightly named
    summary = run_ingest([str(archive)], IngestOptions(index_dir=tmp_path / "index", workers=1))
    got = {Path(r.path).name: (r.status, r.format) for r in summary.files}
    assert got == {"shablon.dot": ("indexed", "txt"), "works.wps": ("indexed", "txt"), "write.wri": ("indexed", "txt"),
                   "svod.doc": ("skipped", None), "word97.dot": ("skipped", None)}
    says = {Path(r.path).name: r.message for r in summary.files}
    assert says["svod.doc"] == "The file is a PowerPoint presentation (PPTX), which is not supported. It is misnamed: not a .doc file."
    assert "misnamed" not in says["word97.dot"] and "DOCX or PDF" in says["word97.dot"]

def test_an_encrypted_odt_asks_for_its_password():
    data = odt("<text:p>Тайна</text:p>", manifest_extra='<manifest:encryption-data manifest:checksum-type="SHA1/1K" '
               'manifest:checksum="x"><manifest:algorithm manifest:algorithm-name="Blowfish CFB"/></manifest:encryption-data>')
    with pytest.raises(ParseError) as e:
        parse_bytes(data, "x.odt")
    assert e.value.reason == "password_required"


def test_a_truncated_or_partless_package_is_damaged():
    data = docx(MINUTES)
    with pytest.raises(ParseError) as e:
        parse_bytes(data[: len(data) // 2], "x.docx")
    assert e.value.reason == "damaged" and "DOCX" in str(e.value)
    partless = _package({"[Content_Types].xml": WORD_TYPES, "word/styles.xml": STYLES})
    with pytest.raises(ParseError) as e:
        parse_bytes(partless, "x.docx")
    assert e.value.reason == "damaged" and "word/document.xml" in str(e.value)


def test_a_document_without_text_is_empty():
    with pytest.raises(ParseError) as e:
        parse_bytes(docx(para() + para(run("   "))), "x.docx")
    assert e.value.reason == "empty"


def test_a_zip_bomb_stops_at_the_size_limit():
    body = para(run("А" * 1000)) * 3000  # 6 MB of XML, a few KB packed
    data = docx(body)
    assert len(data) < 200_000
    with pytest.raises(ParseError) as e:
        parse_bytes(data, "x.docx", max_bytes=1_000_000)
    assert e.value.reason == "too_large" and "unpacks" in str(e.value)


def test_entities_are_never_expanded():
    bomb = ('<?xml version="1.0"?>\n<!DOCTYPE w:document [<!ENTITY a "ААААААААААААААААААААААААА">'
            '<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>'
            f'<w:document {W_NS}><w:body>{para(run("&b;"))}</w:body></w:document>')
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("[Content_Types].xml", WORD_TYPES)
        z.writestr("word/document.xml", bomb)
    with pytest.raises(ParseError) as e:
        parse_bytes(buf.getvalue(), "x.docx")
    assert e.value.reason == "damaged"


def test_the_sample_docx_is_ingested():
    sample = next((Path(__file__).resolve().parent.parent / "samples").rglob("*.docx"))
    doc = parse_file(sample)
    assert doc.format == "docx" and doc.title and doc.pages and doc.pages >= 1


def test_word_and_libreoffice_files_are_ingested_found_and_cited_by_page(tmp_path):
    from index.search import SearchRequest, SearchService
    from ingest.pipeline import IngestOptions, run_ingest

    archive = tmp_path / "archive"
    archive.mkdir()
    body = (para(run("Доклад о фестивале"), style="1") + para(run("Первая страница доклада."))
            + para('<w:r><w:lastRenderedPageBreak/><w:t>Фестиваль Біз біргеміз собрал этнокультурные объединения.</w:t></w:r>'))
    (archive / "доклад.docx").write_bytes(docx(body))
    (archive / "решение.odt").write_bytes(odt("<text:p>Решение о проведении конкурса чтецов.</text:p>"))
    (archive / "протокол.doc").write_bytes(_ole(["WordDocument", "1Table"]))
    (archive / "шифр.docx").write_bytes(_ole(["EncryptionInfo", "EncryptedPackage"]))
    summary = run_ingest([str(archive)], IngestOptions(index_dir=tmp_path / "index", workers=1))
    got = {Path(r.path).name: (r.status, r.reason, r.format) for r in summary.files}
    assert got["доклад.docx"] == ("indexed", None, "docx") and got["решение.odt"] == ("indexed", None, "odt")
    assert got["шифр.docx"] == ("failed", "password_required", "docx")
    assert got["протокол.doc"][:2] == ("skipped", "unsupported")  # the batch goes on
    service = SearchService(tmp_path / "index")
    hit = service.search(SearchRequest("этнокультурные объединения format:docx")).hits[0]
    assert hit.title == "Доклад о фестивале"
    quotes = service.quotes(SearchRequest("\"Біз біргеміз\""))
    assert quotes.total == 1 and quotes.hits[0].page == 2
    assert service.search(SearchRequest("конкурса чтецов format:odt")).total == 1


def _protocol_with_header(header: str, rows: int = 1) -> bytes:
    """A Word protocol whose city and date stand in a borderless table under the heading, created
    weeks after the meeting; ``rows`` > 1 makes it a table of events instead."""
    cells = [cell(para(run(text))) for text in header.split("|")]
    return docx(para(run("ПРОТОКОЛ № 3"), style="a3") + para(run("заседания Совета Ассамблеи народа Казахстана"))
                + table(*[cells] * rows)
                + para(run("Председательствовал: Заместитель Председателя Ассамблеи Шаккалиев Ж.Б."))
                + para(run("СЛУШАЛИ: Тугжанова Е.Л. – о ходе подготовки к сессии Ассамблеи. Он сообщил, что "
                           "концепция сессии одобрена.")),
                created="2019-04-02T09:00:00Z")


def test_a_word_protocol_s_header_table_of_city_and_date_dates_it(tmp_path):
    """«г. Астана» | «15 марта 2019 года» in a two-cell table under the heading is the protocol's
    dateline: it was dated by the file's creation, 2019-04-02, the whole year/month facet with it."""
    from index.search import SearchRequest, SearchService
    from ingest.pipeline import IngestOptions, run_ingest

    archive = tmp_path / "archive"
    archive.mkdir()
    (archive / "protokol_03.docx").write_bytes(_protocol_with_header("г. Астана|15 марта 2019 года"))
    (archive / "protokol_04.docx").write_bytes(_protocol_with_header("г. Экибастуз|№ 4|05.04.2017"))
    # a table of events, row after row of a city and a day, dates none of them
    (archive / "plan.docx").write_bytes(_protocol_with_header("г. Павлодар|12 марта 2019 года", rows=3))
    run_ingest([str(archive)], IngestOptions(index_dir=tmp_path / "index", workers=1))
    hits = SearchService(tmp_path / "index").search(SearchRequest("концепция сессии")).hits
    got = {Path(h.paths[0]).name: (str(h.date), h.date_source) for h in hits}
    assert got["protokol_03.docx"] == ("2019-03-15", "text")
    assert got["protokol_04.docx"] == ("2017-04-05", "text")  # city | number | date
    assert got["plan.docx"] == ("2019-04-02", "metadata")


def _protocol_with_table(*rows: str, created: str = "2019-04-02T09:00:00Z") -> bytes:
    """A Word protocol with a table under its heading, each row given as its cells set apart by «|»."""
    return docx(para(run("ПРОТОКОЛ № 3"), style="a3") + para(run("заседания Совета Ассамблеи народа Казахстана"))
                + table(*[[cell(para(run(text))) for text in row.split("|")] for row in rows])
                + para(run("Председательствовал: Заместитель Председателя Ассамблеи Шаккалиев Ж.Б."))
                + para(run("СЛУШАЛИ: Тугжанова Е.Л. – о ходе подготовки к сессии Ассамблеи. Он сообщил, что "
                           "концепция сессии одобрена.")),
                created=created)


def test_a_word_protocol_s_header_row_dates_it_in_any_order_of_its_cells_but_a_schedule_does_not(tmp_path):
    """The header row is the dateline whatever the order of its cells, with the meeting's hour, in
    Kazakh, and over a row of the hour and the venue: these were dated by the file's creation. A
    schedule, row after row of a city and a day, dates nothing, though the file was made before them."""
    from index.search import SearchRequest, SearchService
    from ingest.pipeline import IngestOptions, run_ingest

    archive = tmp_path / "archive"
    archive.mkdir()
    protocols = {
        "city_date_no.docx": ["г. Астана|15 марта 2019 года|№ 3"],
        "date_city.docx": ["15 марта 2019 года|г. Астана"],
        "hour.docx": ["г. Астана|15 марта 2019 года, 10.00 ч."],
        "kk.docx": ["Астана қаласы|2021 жылғы 12 қазан"],
        "two_rows.docx": ["г. Астана|15 марта 2019 года", "Начало: 10.00|Место: Дом дружбы"],
    }
    for name, rows in protocols.items():
        (archive / name).write_bytes(_protocol_with_table(*rows))
    schedule = ["г. Астана|15 марта 2019 года", "г. Алматы|20 апреля 2019 года", "г. Шымкент|25 мая 2019 года"]
    (archive / "schedule.docx").write_bytes(_protocol_with_table(*schedule, created="2018-01-10T09:00:00Z"))
    run_ingest([str(archive)], IngestOptions(index_dir=tmp_path / "index", workers=1))
    hits = SearchService(tmp_path / "index").search(SearchRequest("концепция сессии")).hits
    got = {Path(h.paths[0]).name: (str(h.date), h.date_source) for h in hits}
    assert got == {"city_date_no.docx": ("2019-03-15", "text"), "date_city.docx": ("2019-03-15", "text"),
                   "hour.docx": ("2019-03-15", "text"), "kk.docx": ("2021-10-12", "text"),
                   "two_rows.docx": ("2019-03-15", "text"), "schedule.docx": ("2018-01-10", "metadata")}


def _letter_in_head_table(*rows: list[list[str]]) -> bytes:
    """A Word letter made from the usual template: its registration block left of the addressee in a
    borderless table under the letterhead (each cell its paragraphs), the file created years before."""
    return docx(para(run("АССАМБЛЕЯ НАРОДА КАЗАХСТАНА"))
                + table(*[[cell(*(para(run(text)) for text in paragraphs)) for paragraphs in row] for row in rows])
                + para(run("О проведении форума"), props="<w:jc w:val=\"center\"/>")
                + para(run("Уважаемый Булат Кабдылхамитович!"))
                + para(run("Просим в срок до 25.04.2019 представить предложения по программе форума.")),
                created="2016-02-01T09:00:00Z")


def test_a_word_letter_s_registration_block_beside_its_addressee_dates_it(tmp_path):
    """«Исх. № … от 15.04.2019» in the head table's left cell, the addressee in the right one, dates
    the letter: it was dated by the file's creation, 2016-02-01, in the year facet and under «сначала
    новые». A register of letters, row after row of the same cells, is dated by none of its rows."""
    from index.search import SearchRequest, SearchService
    from ingest.pipeline import IngestOptions, run_ingest

    addressee = ["Акиму Павлодарской области", "Бакауову Б.К."]
    archive = tmp_path / "archive"
    archive.mkdir()
    letters = {
        "isx.docx": [[["Исх. № 01-12/461 от 15.04.2019"], addressee]],
        # the outgoing and the answered letter's lines, one paragraph each, in one cell
        "isx_na.docx": [[["Исх. № 01-12/430 от 10.04.2019", "На № 5-6/95 от 02.04.2019"], addressee]],
        "words.docx": [[["«16» апреля 2019 г. № 01-12/463"], addressee]],
        # the date and the number in cells of their own, the addressee in the row under them
        "date_number.docx": [[["17.04.2019"], ["№ 01-12/460"]], [[], addressee]],
        "register.docx": [[[f"Исх. № 01-12/4{n}0 от 1{n}.03.2019"], addressee] for n in range(5)],
    }
    for name, rows in letters.items():
        (archive / name).write_bytes(_letter_in_head_table(*rows))
    run_ingest([str(archive)], IngestOptions(index_dir=tmp_path / "index", workers=1))
    hits = SearchService(tmp_path / "index").search(SearchRequest("программе форума")).hits
    got = {Path(h.paths[0]).name: (str(h.date), h.date_source) for h in hits}
    assert got == {"isx.docx": ("2019-04-15", "text"), "isx_na.docx": ("2019-04-10", "text"),
                   "words.docx": ("2019-04-16", "text"), "date_number.docx": ("2019-04-17", "text"),
                   "register.docx": ("2016-02-01", "metadata")}


def _renamed_parts(types: str, rels: str) -> bytes:
    """A package whose main part and footnotes lie where only [Content_Types].xml and the .rels say."""
    body = para(run("Сессия Ассамблеи прошла в Астане"), '<w:r><w:footnoteReference w:id="1"/></w:r>', run("."))
    notes = f'<w:footnote w:id="1">{para("<w:r><w:footnoteRef/></w:r>", run(" По данным секретариата."))}</w:footnote>'
    return _package({"[Content_Types].xml": types, "word/main.xml": document(body),
                     "word/_rels/main.xml.rels": rels, "word/notes/fn.xml": ooxml.notes("footnote", notes)})


_MAIN_OVERRIDE = ('<Override PartName="/word/main.xml" ContentType="application/vnd.openxmlformats-officedocument.'
                  'wordprocessingml.document.main+xml"/>')
_NOTES_RELATIONSHIP = ('<Relationship Id="rId4" Target="notes/fn.xml" '
                       'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes"/>')


def test_the_main_part_and_notes_are_found_where_the_package_says():
    single_quoted = _MAIN_OVERRIDE.replace('"', "'")  # as XML allows
    data = _renamed_parts(f"<Types>{single_quoted}</Types>", f"<Relationships>{_NOTES_RELATIONSHIP}</Relationships>")
    assert [b.text for b in parse_bytes(data, "x.docx").blocks] == ["Сессия Ассамблеи прошла в Астане.",
                                                                     "1 По данным секретариата."]


def test_unclosed_tags_in_a_package_s_index_parts_cost_no_time(tmp_path):
    # an unclosed «<Relationship» or «<Override» made the regexes scan to the part's end for each: a
    # 2 KB file took 27 s; now a damaged index part is read for what it names, at once
    types = "<Types><Override " + 'PartName="x" ' * 8000 + ">" + _MAIN_OVERRIDE + "</Types>"
    rels = "<Relationships>" + _NOTES_RELATIONSHIP + "<Relationship " * 30000  # no «>» after them
    (tmp_path / "hostile.docx").write_bytes(_renamed_parts(types, rels))
    started = time.perf_counter()
    doc = parse_file(tmp_path / "hostile.docx")
    assert time.perf_counter() - started < 2
    assert [b.text for b in doc.blocks] == ["Сессия Ассамблеи прошла в Астане.", "1 По данным секретариата."]


@pytest.mark.parametrize("name, data, first", [
    ("outline.docx", lambda: docx(para(run("Итоги года"), props='<w:outlineLvl w:val="²"/>') + MINUTES), "Итоги года"),
    ("created.docx", lambda: _package({"[Content_Types].xml": WORD_TYPES, "word/document.xml": document(MINUTES),
                                       "docProps/core.xml": ooxml.core(created="²019-03-12T04:21:00Z")}),
     "Ассамблея народа Казахстана"),
    ("spaces.odt", lambda: odt('<text:p>Слово<text:s text:c="③"/>за словом.</text:p>'), "Слово за словом."),
    ("weight.odt", lambda: odt('<text:p text:style-name="P9">Слово за словом.</text:p>',
                               styles='<style:style style:name="P9" style:family="paragraph">'
                                      '<style:text-properties fo:font-weight="²"/></style:style>'), "Слово за словом."),
    ("date.odt", lambda: odt("<text:p>Слово за словом.</text:p>",
                             meta="<meta:creation-date>2019-0²-12T10:00:00</meta:creation-date>"), "Слово за словом."),
])
def test_a_digit_int_cannot_read_in_a_number_is_no_number(tmp_path, name, data, first):
    # «²» and «③» are digits to str.isdigit() but not to int(): a ValueError failed the whole file
    (tmp_path / name).write_bytes(data())
    doc = parse_file(tmp_path / name)
    assert doc.blocks[0].text == first and not doc.blocks[0].bold
    assert doc.metadata.get("created") == ("2019-03-12" if name == "outline.docx" else None)  # not «²019-…»


def test_a_flat_opendocument_file_is_unsupported_not_damaged(tmp_path):
    flat = ('<?xml version="1.0"?><office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
            'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
            'office:mimetype="application/vnd.oasis.opendocument.text"><office:body><office:text>'
            '<text:p>Текст документа о работе Ассамблеи.</text:p></office:text></office:body></office:document>')
    (tmp_path / "flat.fodt").write_text(flat, encoding="utf-8")
    with pytest.raises(ParseError) as e:
        parse_file(tmp_path / "flat.fodt")
    assert e.value.reason == "unsupported"
    found, skipped = discover([tmp_path])
    assert not found and [Path(s.path).name for s in skipped] == ["flat.fodt"]
