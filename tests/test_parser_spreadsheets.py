"""Spreadsheets (Excel's XLSX, OpenDocument's ODS), built here as Excel and LibreOffice write them: each
visible sheet a page headed by its name, each row one paragraph of its cells, values as the program shows
them (numbers, days, booleans, formulas' values), titled and dated by their properties or their heading
row; protected, damaged, empty, old and bomb-like files refused in one sentence; a list of members
ingested and found by a member's name and region together."""
from __future__ import annotations

import datetime as dt
import io
import time
import zipfile
from pathlib import Path

import pytest

from bench.ooxml import BUILT_IN_DAY_STYLE, PERCENT_STYLE, TENTHS_PERCENT_STYLE, UNITS_STYLE, Formula, Styled, xlsx
from ingest.discover import discover
from ingest.parsers import ParseError, file_format, parse_bytes, parse_file

from test_parser_docx import _ole, _package, odf_package

ROOT = Path(__file__).resolve().parent.parent
RICH = '<r><t xml:space="preserve">Немецкий </t></r><r><rPr><b/><sz val="11"/></rPr><t>центр «Видергебурт»</t></r>'
INLINE = '<c r="C{row}" t="inlineStr"><is><t>Уйгурский центр</t></is></c>'


def _associations(**kw) -> bytes:
    return xlsx([
        {"name": "Объединения", "merges": ["A1:F1"], "rows": [
            ["Список этнокультурных объединений Карагандинской области на 01.01.2018"],
            [],
            ["№", "Район", "Объединение", "Председатель", "Дата создания", "Членов"],
            [1, "г. Караганда", "Польский центр «Полония»", "Ковальская Анна Петровна", dt.date(1995, 3, 12),
             Styled(120, UNITS_STYLE), None, None],
            [2, "г. Темиртау", RICH, "Шмидт Виктор Андреевич", Styled(34771, BUILT_IN_DAY_STYLE), Formula("F4*2", 240)],
            [None] * 6,
            ["Итого", None, None, None, None, Formula("SUM(F4:F5)", 360.0)],
            ["Доля молодёжи", Styled(0.25, PERCENT_STYLE), True, 0.1 + 0.2, Formula('IF(F7>300,"да","нет")', "да")]]},
        {"name": "Черновик", "state": "hidden", "rows": [["Черновые заметки секретаря", "не для печати"]]},
        {"name": "План на 2019 год", "rows": [["Мероприятие", "Срок", "Ответственный"],
                                               ["Фестиваль «Біз біргеміз»", dt.date(2019, 5, 1), "Шмидт В.А."]]},
    ], **kw)


def test_an_xlsx_reads_as_excel_shows_it():
    doc = parse_bytes(_associations(), "spisok.xlsx")
    assert doc.format == "xlsx" and doc.pages == 2  # the hidden sheet is no page
    rows = [(b.page, b.text) for b in doc.blocks]
    assert rows == [
        (1, "Объединения"),  # the sheet's name heads its page
        (1, "Список этнокультурных объединений Карагандинской области на 01.01.2018"),  # the merged heading once
        (1, "№\tРайон\tОбъединение\tПредседатель\tДата создания\tЧленов"),
        # a custom day format «dd/mm/yyyy» and Excel's built-in one (id 14); «#,##0" чел."» a number
        (1, "1\tг. Караганда\tПольский центр «Полония»\tКовальская Анна Петровна\t12.03.1995\t120"),
        # a rich text's runs joined; a formula's value, never its text
        (1, "2\tг. Темиртау\tНемецкий центр «Видергебурт»\tШмидт Виктор Андреевич\t13.03.1995\t240"),
        (1, "Итого\t\t\t\t\t360"),  # an integer without «.0», the empty columns keeping it in its column
        (1, "Доля молодёжи\t25,00%\tИСТИНА\t0.3\tда"),  # Excel's «0.00%» (id 10) in Russian
        (2, "План на 2019 год"),
        (2, "Мероприятие\tСрок\tОтветственный"),
        (2, "Фестиваль «Біз біргеміз»\t01.05.2019\tШмидт В.А."),
    ]
    assert not any("Черновые" in b.text or "SUM" in b.text or "F4" in b.text for b in doc.blocks)
    assert [b.table_row for b in doc.blocks][:3] == [False, False, True]
    assert not doc.blocks[0].quotable  # a sheet's name is no one's words
    # «Книга1»-less properties: the heading row titles it; created from the properties
    assert doc.title == "Список этнокультурных объединений Карагандинской области на 01.01.2018"
    assert doc.metadata["created"] == "2018-12-20" and doc.metadata["author"] == "Секретариат Ассамблеи"


def test_a_percent_shows_its_format_s_decimals_with_a_decimal_comma(tmp_path):
    # «=B4/B$8» in «0.0%» was «45.6666666667%»: neither Excel's «45,7%» nor found by «45,7%»
    from index.search import SearchRequest, SearchService
    from ingest.pipeline import IngestOptions, run_ingest

    share = Formula("B4/B$8", 137 / 300, TENTHS_PERCENT_STYLE)
    data = xlsx([{"name": "Статистика", "rows": [["Показатель", "Доля", "Рост"],
                                                 ["Казахи", share, Styled(-0.1234, TENTHS_PERCENT_STYLE)],
                                                 ["Русские", Styled(0.00125, PERCENT_STYLE), Styled(1 / 3, TENTHS_PERCENT_STYLE)]]}])
    rows = [b.text for b in parse_bytes(data, "stat.xlsx").blocks if b.table_row]
    assert rows[1:] == ["Казахи\t45,7%\t-12,3%", "Русские\t0,13%\t33,3%"]  # rounded half up, as Excel does
    archive = tmp_path / "archive"
    archive.mkdir()
    (archive / "stat.xlsx").write_bytes(data)
    run_ingest([str(archive)], IngestOptions(index_dir=tmp_path / "index", workers=1))
    service = SearchService(tmp_path / "index")
    try:
        assert [service.search(SearchRequest(q)).total for q in ("45,7%", "45.7", "Казахи 45,7")] == [1, 1, 1]
    finally:
        service.close()


def test_an_inline_string_and_the_1904_date_system():
    data = xlsx([{"name": "Лист1", "rows": [["Объединение", "Создано"], [None, dt.date(2001, 6, 5)]]}],
                date1904=True)
    buf = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(buf, "w") as out:
        for item in src.infolist():
            part = src.read(item)
            if item.filename == "xl/worksheets/sheet1.xml":
                part = part.replace(b'<row r="2" spans="1:2">', b'<row r="2" spans="1:2">' + INLINE.format(row=2).replace(
                    'r="C2"', 'r="A2"').encode())
            out.writestr(item, part)
    doc = parse_bytes(buf.getvalue(), "x.xlsx")
    assert [b.text for b in doc.blocks] == ["Объединение\tСоздано", "Уйгурский центр\t05.06.2001"]
    assert doc.pages == 1 and doc.title == "x"  # «Лист1» is no heading; no heading row: the file's name


@pytest.mark.parametrize("title, expected", [
    ("Книга1", "Список этнокультурных объединений Карагандинской области на 01.01.2018"),  # a placeholder
    ("Microsoft Excel - spisok.xlsx", "Список этнокультурных объединений Карагандинской области на 01.01.2018"),
    ("Этнокультурные объединения 2018", "Этнокультурные объединения 2018"),
])
def test_the_title_is_the_properties_unless_a_placeholder(title, expected):
    assert parse_bytes(_associations(title=title), "spisok.xlsx").title == expected


def test_a_sheet_without_a_heading_row_is_titled_by_its_file_name():
    data = xlsx([{"name": "Гранты", "rows": [["Организация", "Сумма"], ["Центр «Достық»", 1500000]]}])
    doc = parse_bytes(data, "/archive/granty_2019.xlsx")
    assert doc.title == "granty_2019"


# --- ODS, as LibreOffice writes it -----------------------------------------------------------------
ODS_NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
          'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
          'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
          'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
          'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
          'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
          'xmlns:of="urn:oasis:names:tc:opendocument:xmlns:of:1.2"')


def ods(tables: str, meta: str = "", manifest_extra: str = "") -> bytes:
    """An ODS as LibreOffice writes it: mimetype first and stored, content with its automatic table styles
    (ta2 hides its table), styles, meta, manifest."""
    content = (f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content {ODS_NS} office:version="1.3">'
               '<office:automatic-styles><style:style style:name="ta1" style:family="table" '
               'style:master-page-name="Default"><style:table-properties table:display="true" style:writing-mode="lr-tb"/>'
               '</style:style><style:style style:name="ta2" style:family="table" style:master-page-name="Default">'
               '<style:table-properties table:display="false" style:writing-mode="lr-tb"/></style:style>'
               '</office:automatic-styles><office:body><office:spreadsheet>'
               '<table:calculation-settings table:automatic-find-labels="false"/>'
               f'{tables}<table:named-expressions/></office:spreadsheet></office:body></office:document-content>')
    meta_xml = (f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document-meta {ODS_NS}><office:meta>'
                f'{meta}<meta:generator>LibreOffice/7.6</meta:generator></office:meta></office:document-meta>')
    return odf_package("application/vnd.oasis.opendocument.spreadsheet", content,
                       f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document-styles {ODS_NS}/>', meta_xml, manifest_extra)


def text_cell(text: str, repeat: int = 1) -> str:
    repeated = f' table:number-columns-repeated="{repeat}"' if repeat > 1 else ""
    return f'<table:table-cell office:value-type="string"{repeated}><text:p>{text}</text:p></table:table-cell>'


def row(*cells: str, repeat: int = 1) -> str:
    repeated = f' table:number-rows-repeated="{repeat}"' if repeat > 1 else ""
    return f'<table:table-row table:style-name="ro1"{repeated}>{"".join(cells)}</table:table-row>'


EMPTY_TAIL = row('<table:table-cell table:number-columns-repeated="1024"/>', repeat=1048553)  # LibreOffice's sheet end

MEMBERS = (
    '<table:table table:name="Члены АНК" table:style-name="ta1">'
    '<table:table-column table:number-columns-repeated="5"/>'
    + row('<table:table-cell table:number-columns-spanned="4" office:value-type="string"><text:p>Состав Ассамблеи '
          'народа Казахстана на 01.01.2020</text:p></table:table-cell>',
          '<table:covered-table-cell table:number-columns-repeated="3"><text:p>Состав</text:p></table:covered-table-cell>')
    + row('<table:table-cell table:number-columns-repeated="5"/>')
    + '<table:table-header-rows>' + row(text_cell("Фамилия"), text_cell("Имя"), text_cell("Регион"), text_cell("Избран"),
                                        text_cell("Стаж")) + '</table:table-header-rows>'
    + row(text_cell("Ахметов"), text_cell("Серик"), text_cell("Павлодарская область"),
          '<table:table-cell office:value-type="date" office:date-value="2017-04-26"><text:p>26 апр. 2017</text:p>'
          '</table:table-cell>',
          '<table:table-cell table:formula="of:=2020-[.D4]" office:value-type="float" office:value="3"><text:p>3</text:p>'
          '</table:table-cell>')
    + row(text_cell('Ким<text:s text:c="2"/>'), text_cell("Роман"),
          '<table:table-cell office:value-type="string"><text:p>Карагандинская <text:span text:style-name="T1">'
          'область</text:span></text:p><office:annotation><text:p>проверить</text:p></office:annotation>'
          '</table:table-cell>',
          '<table:table-cell office:value-type="date" office:date-value="2015-04-28T10:30:00"><text:p>28.04.15</text:p>'
          '</table:table-cell>',
          '<table:table-cell office:value-type="float" office:value="5.5"><text:p>5,5</text:p></table:table-cell>')
    + row(text_cell("делегат"), text_cell("—", repeat=2), '<table:table-cell office:value-type="boolean" '
          'office:boolean-value="true"><text:p>ИСТИНА</text:p></table:table-cell>', repeat=2)
    + row('<table:table-cell table:number-columns-repeated="1024"/>', repeat=20)
    + EMPTY_TAIL + '</table:table>'
    '<table:table table:name="Скрытый" table:style-name="ta2">' + row(text_cell("секретный лист"), text_cell("x"))
    + '</table:table>'
    '<table:table table:name="Мероприятия" table:style-name="ta1">'
    + row(text_cell("Круглый стол"), '<table:table-cell office:value-type="percentage" office:value="0.5"><text:p>50%'
          '</text:p></table:table-cell>', '<table:table-cell office:value-type="currency" office:currency="KZT" '
          'office:value="150000"><text:p>150 000,00 ₸</text:p></table:table-cell>') + EMPTY_TAIL + '</table:table>')


def test_an_ods_reads_as_libreoffice_shows_it():
    started = time.perf_counter()
    doc = parse_bytes(ods(MEMBERS, meta="<dc:title>Без названия 1</dc:title><meta:creation-date>2020-01-05T10:00:00"
                                        "</meta:creation-date>"), "sostav.ods")
    took = time.perf_counter() - started
    assert doc.format == "ods" and doc.pages == 2
    assert [(b.page, b.text) for b in doc.blocks] == [
        (1, "Члены АНК"),
        (1, "Состав Ассамблеи народа Казахстана на 01.01.2020"),  # a merged cell once, its covered cells dropped
        (1, "Фамилия\tИмя\tРегион\tИзбран\tСтаж"),
        # under «Фамилия | Имя» a member's name is one cell; a day as DD.MM.YYYY, a formula's value
        (1, "Ахметов Серик\tПавлодарская область\t26.04.2017\t3"),
        (1, "Ким Роман\tКарагандинская область\t28.04.2015 10:30\t5.5"),  # a comment is no text
        (1, "делегат\t—\t—\tИСТИНА"),  # a repeated cell and a repeated row shown as often as they show
        (1, "делегат\t—\t—\tИСТИНА"),
        (2, "Мероприятия"),
        (2, "Круглый стол\t50%\t150 000,00 ₸"),  # a percent and a sum of money keep their signs
    ]
    assert doc.title == "Состав Ассамблеи народа Казахстана на 01.01.2020"  # «Без названия 1» is a placeholder
    assert doc.metadata["created"] == "2020-01-05"
    assert took < 1.0  # a million repeated empty rows, twice, cost nothing


def test_an_ods_s_own_title_stands():
    doc = parse_bytes(ods(MEMBERS, meta="<dc:title>Члены Ассамблеи 2020</dc:title>"), "sostav.ods")
    assert doc.title == "Члены Ассамблеи 2020"


# --- refused in one sentence -----------------------------------------------------------------------
def test_a_password_protected_workbook_asks_for_its_password(tmp_path):
    path = tmp_path / "гранты.xlsx"
    path.write_bytes(_ole(["EncryptionInfo", "EncryptedPackage", "\x06DataSpaces"]))
    with pytest.raises(ParseError) as e:
        parse_file(path)
    assert e.value.reason == "password_required" and "Excel workbook" in str(e.value)
    assert file_format(path) == "xlsx"
    with pytest.raises(ParseError) as e:
        parse_bytes(ods(MEMBERS, manifest_extra='<manifest:encryption-data manifest:checksum-type="SHA1/1K" '
                        'manifest:checksum="x"/>'), "x.ods")
    assert e.value.reason == "password_required" and "spreadsheet" in str(e.value)


def test_an_old_xls_says_to_save_it_as_xlsx(tmp_path):
    path = tmp_path / "svod.xls"
    path.write_bytes(_ole(["Workbook", "\x05SummaryInformation"]))
    with pytest.raises(ParseError) as e:
        parse_file(path)
    assert e.value.reason == "unsupported" and "Excel 97-2003" in str(e.value) and "XLSX or PDF" in str(e.value)
    _, skipped = discover([tmp_path])
    assert skipped[0].reason == "unsupported" and "XLSX or PDF" in skipped[0].message


def test_damaged_empty_and_bomb_like_workbooks():
    data = _associations()
    with pytest.raises(ParseError) as e:
        parse_bytes(data[: len(data) // 2], "x.xlsx")
    assert e.value.reason == "damaged" and "XLSX" in str(e.value)
    with pytest.raises(ParseError) as e:
        parse_bytes(ods("<table:table/>").replace(b"content.xml", b"contents.xml"), "x.ods")
    assert e.value.reason == "damaged"
    for empty in (xlsx([{"name": "Лист1", "rows": [[None, ""], []]}]),
                  _package({"[Content_Types].xml": "<Types/>", "xl/workbook.xml": "<workbook/>"}),
                  ods('<table:table table:name="Лист1">' + EMPTY_TAIL + "</table:table>")):
        with pytest.raises(ParseError) as e:
            parse_bytes(empty, "x.xlsx")
        assert e.value.reason == "empty" and "no text" in str(e.value)
    bomb = xlsx([{"name": "Лист1", "rows": [["Участник форума", 2019]] * 100_000}])  # 6 MB of XML
    assert len(bomb) < 1_000_000
    with pytest.raises(ParseError) as e:
        parse_bytes(bomb, "x.xlsx", max_bytes=1_000_000)
    assert e.value.reason == "too_large" and "unpacks" in str(e.value)


def test_a_workbook_repeating_its_text_past_the_size_limit_is_too_large_at_once():
    # a few KB that show a gigabyte, past the unpacked-size cap: one long shared string in thousands of
    # cells, a row of a thousand repeated cells repeated a thousand times (the tester's bombs held a parser
    # for the whole time limit at 5 GB)
    shared = xlsx([{"name": "Лист1", "rows": [["Ассамблея " * 2000]] * 5000}])
    repeated = ods('<table:table table:name="Лист1">'
                   + row(text_cell("Ассамблея " * 10, repeat=1000), repeat=1000) * 10 + "</table:table>")
    assert len(shared) < 40_000 and len(repeated) < 3_000
    for data, name, what in ((shared, "x.xlsx", "The Excel workbook"), (repeated, "x.ods", "The OpenDocument spreadsheet")):
        started = time.perf_counter()
        with pytest.raises(ParseError) as e:
            parse_bytes(data, name)
        assert time.perf_counter() - started < 5, name
        assert e.value.reason == "too_large", name
        assert str(e.value).startswith(f"{what} shows more than 26,214,400 characters") and "200 MB --size-limit" in str(e.value)
    # the cap follows --size-limit: 2,000 rows naming one address (124,000 characters) fit in 2 MB, not in 800 KB
    members = xlsx([{"name": "Члены", "rows": [[n, "Карагандинская область, город Караганда, улица Ерубаева"]
                                               for n in range(1000, 3000)]}])
    assert len(parse_bytes(members, "x.xlsx", max_bytes=2_000_000).blocks) == 2001
    with pytest.raises(ParseError) as e:
        parse_bytes(members, "x.xlsx", max_bytes=800_000)
    assert e.value.reason == "too_large" and "shows more than 100,000 characters" in str(e.value)


def test_an_ods_row_shows_no_cell_past_the_last_column():
    # 20 cells repeated 1,000 times each: 20,000 columns, past XFD (16,384), the most a sheet has
    doc = parse_bytes(ods('<table:table table:name="Лист1">' + row(text_cell("да", repeat=1000) * 20)
                          + "</table:table>"), "x.ods")
    assert doc.blocks[-1].text.split("\t") == ["да"] * 16384


def test_a_workbook_is_known_by_its_content_under_any_name(tmp_path):
    (tmp_path / "svod.doc").write_bytes(_associations())
    (tmp_path / "sostav").write_bytes(ods(MEMBERS))
    found, skipped = discover([tmp_path])
    assert sorted(Path(f.path).name for f in found) == ["sostav", "svod.doc"] and not skipped
    assert parse_file(tmp_path / "sostav").format == "ods" and parse_file(tmp_path / "svod.doc").format == "xlsx"
    # a binary .xlsb stays unsupported, named
    xlsb = _package({"[Content_Types].xml": '<Types><Override PartName="/xl/workbook.bin" ContentType="application/'
                     'vnd.ms-excel.sheet.binary.macroEnabled.main"/></Types>', "xl/workbook.bin": "x"})
    with pytest.raises(ParseError) as e:
        parse_bytes(xlsb, "x.xlsb")
    assert e.value.reason == "unsupported" and "XLSB" in str(e.value)


# --- ingested, found, cited ------------------------------------------------------------------------
REGIONS = ["Акмолинская", "Карагандинская", "Павлодарская", "Туркестанская", "Костанайская"]
SURNAMES = ["Ахметов", "Ким", "Шмидт", "Ковальский", "Нурланов", "Петренко", "Алиев", "Цой", "Ибрагимов", "Садыков"]
GIVEN = ["Серик", "Роман", "Виктор", "Анджей", "Ерлан", "Олег", "Рустам", "Игорь", "Тимур", "Марат"]


def test_a_list_of_members_is_ingested_found_by_name_and_region_and_cited_by_sheet(tmp_path):
    from index.search import SearchRequest, SearchService
    from ingest.pipeline import IngestOptions, run_ingest

    archive = tmp_path / "archive"
    archive.mkdir()
    members = [[i + 1, f"{SURNAMES[i % 10]} {GIVEN[i // 10 % 10]} {'Олегович' if i % 3 else 'Серикович'}",
                f"{REGIONS[i // 7 % 5]} область", dt.date(2010 + i % 9, 1 + i % 12, 1 + i % 28)] for i in range(500)]
    wanted = members[158]  # Ибрагимов Олег Олегович of Павлодарская область
    assert wanted[1:3] == ["Ибрагимов Олег Олегович", "Павлодарская область"]
    (archive / "sostav_ank.xlsx").write_bytes(xlsx([
        {"name": "Сведения", "rows": [["Сведения о составе"], ["Всего членов", 500]]},
        {"name": "Члены Ассамблеи", "rows": [["Состав Ассамблеи народа Казахстана на 01.01.2020"], [],
                                              ["№", "ФИО", "Регион", "Избран"], *members]}],
        title="Книга1", created="2020-01-10T09:00:00Z"))
    (archive / "plan.ods").write_bytes(ods(MEMBERS))
    summary = run_ingest([str(archive)], IngestOptions(index_dir=tmp_path / "index", workers=1))
    got = {Path(r.path).name: (r.status, r.format) for r in summary.files}
    assert got == {"sostav_ank.xlsx": ("indexed", "xlsx"), "plan.ods": ("indexed", "ods")}
    service = SearchService(tmp_path / "index")
    try:
        found = service.search(SearchRequest("Ибрагимов Павлодарская"))
        assert found.total == 1 and found.hits[0].title == "Сведения о составе"
        doc = found.hits[0]
        assert doc.speakers == [] and str(doc.date) == "2020-01-10"  # rows are no speech; no cell's day dates it
        # the rows of the members of that name and region: each row one passage, cited with its sheet
        quotes = service.quotes(SearchRequest('"Ибрагимов Олег" Павлодарская'))
        assert quotes.total == sum("Ибрагимов Олег" in m[1] and "Павлодарская" in m[2] for m in members) >= 1
        assert all("Павлодарская" in q.text for q in quotes.hits) and "\t".join(map(str, wanted[:3])) in [
            q.text.rpartition("\t")[0] for q in quotes.hits]
        assert {q.page for q in quotes.hits} == {2} and not any(q.speaker for q in quotes.hits)
        facets = service.search(SearchRequest("Ассамблеи")).facets
        assert {"xlsx", "ods"} <= {f.value for f in facets["format"]}
        assert {"xlsx", "ods"} <= set(service.stats()["facets"]["format"])
    finally:
        service.close()


def test_a_register_re_saved_years_later_is_dated_and_cited_by_its_heading_s_day(tmp_path):
    # the register's heading says «на 1 января 2020 года»; its file, re-saved in 2024, was dated and cited
    # «5 февраля 2024 г.» by its creation property
    from index.citation import hit_citation
    from index.search import SearchRequest, SearchService
    from ingest.pipeline import IngestOptions, run_ingest

    archive = tmp_path / "archive"
    archive.mkdir()
    heading = "Реестр этнокультурных объединений Павлодарской области на 1 января 2020 года"
    (archive / "reestr.xlsx").write_bytes(xlsx([{"name": "Реестр", "rows": [
        [heading], ["№", "Наименование объединения", "Руководитель", "Год создания"],
        [1, "ОО «Украинский культурный центр «Джерело»", "Петренко Олена Васильевна", 1996],
        [2, "ОО «Немецкий центр «Возрождение»", "Шмидт Андрей Францевич", 1992]]}],
        created="2024-02-05T09:00:00Z"))
    run_ingest([str(archive)], IngestOptions(index_dir=tmp_path / "index", workers=1))
    service = SearchService(tmp_path / "index")
    try:
        [doc] = service.search(SearchRequest("Джерело")).hits
        assert (str(doc.date), doc.title) == ("2020-01-01", heading)
        [quote] = service.quotes(SearchRequest("Джерело")).hits
        assert " ".join(hit_citation(quote).split()).endswith(f"; {heading}, 1 января 2020 г., с. 1")  # NBSPs as spaces
    finally:
        service.close()


def test_a_workbook_downloads_as_a_workbook_under_any_name(tmp_path):
    # a workbook's type was none the app knew: under a .pdf name it went to the PDF viewer
    from test_web_pages import _downloads

    client, ids, _ = _downloads(tmp_path, {"svod.pdf": _associations(), "sostav.ods": ods(MEMBERS)})
    types = {name: client.get(f"/doc/{doc_id}/file").headers["Content-Type"] for name, doc_id in ids.items()}
    assert types == {"svod.pdf": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                     "sostav.ods": "application/vnd.oasis.opendocument.spreadsheet"}


def test_a_cell_no_format_can_show_is_left_out_and_a_huge_percent_is_shown_whole():
    # an «inf» in a time cell was a ValueError, a percent of 1e24 or of 30 decimals an InvalidOperation: the
    # whole workbook a parser_error
    data = xlsx([{"name": "Итоги", "rows": [["Показатель", "Значение"],
                                            ["Время", Styled(float("inf"), BUILT_IN_DAY_STYLE)],
                                            ["Доля", Styled(1e300, PERCENT_STYLE)],
                                            ["Рост", Styled(1e24, TENTHS_PERCENT_STYLE)],
                                            ["Точно", Styled(0.5, TENTHS_PERCENT_STYLE)]]}])
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        parts = {n: z.read(n) for n in z.namelist()}
    styles = parts["xl/styles.xml"].decode()  # the day style a time one (numFmtId 20), «0.0%» forty decimals
    parts["xl/styles.xml"] = styles.replace('numFmtId="14"', 'numFmtId="20"').replace(
        'formatCode="0.0%"', 'formatCode="0.' + "0" * 40 + '%"').encode()
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        for n, b in parts.items():
            z.writestr(n, b)
    texts = [b.text for b in parse_bytes(out.getvalue(), "itogi.xlsx").blocks]
    assert texts[texts.index("Показатель\tЗначение") + 1:] == [
        "Время", "Доля\t1" + "0" * 302 + ",00%",
        "Рост\t1" + "0" * 26 + "," + "0" * 30 + "%", "Точно\t50," + "0" * 30 + "%"]  # Excel's 30 decimals at most


def test_long_cell_texts_are_not_kept_after_their_workbook():
    # every cell text was cached for the parser process's life: 10,000 notes of 2,000 characters kept 80 MB
    from ingest.parsers import sheets

    regions = ["Карагандинская область", "г. Астана", "Акмолинская область"]
    data = xlsx([{"name": "Заметки", "rows": [["Регион", "Примечание"]] + [
        [regions[n % 3], f"{n}. " + "Примечание к строке списка участников форума. " * 45] for n in range(300)]}])
    sheets._short_cell_text.cache_clear()
    doc = parse_bytes(data, "notes.xlsx")
    assert sum("Примечание к строке" in b.text for b in doc.blocks) == 300
    assert sheets._short_cell_text.cache_info().currsize < 10  # the regions and the heading, no note
