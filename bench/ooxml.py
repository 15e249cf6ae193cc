"""A small writer of Word 2007+ (DOCX) files as Word writes them: [Content_Types].xml first, the
document, its relationships, styles (with Russian Word's own style ids), footnotes, endnotes, a header
(a running head), core and app properties. The demo archive's Word sample (bench/make_samples.py) and
the parser's tests (tests/test_parser_docx.py) build their files with it.

    para(run("text", "<w:b/>"), style="a3"), cell(...), table(row, ...), footnote(1, "text"),
    docx(body, ...) -> bytes

Deterministic: every part is stamped with the document's creation time, so the same arguments give
the same bytes.
"""
from __future__ import annotations

import io
import zipfile

W_NS = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
        'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
        'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
        'xmlns:v="urn:schemas-microsoft-com:vml" mc:Ignorable="w14"')
R_NS = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
WORD_TYPES = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
              '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
              '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
              '<Default Extension="xml" ContentType="application/xml"/>'
              '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.'
              'wordprocessingml.document.main+xml"/>'
              '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.'
              'wordprocessingml.styles+xml"/>'
              '<Override PartName="/word/footnotes.xml" ContentType="application/vnd.openxmlformats-officedocument.'
              'wordprocessingml.footnotes+xml"/>'
              '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.'
              'core-properties+xml"/></Types>')
ROOT_RELS = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
             '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
             '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
             'extended-properties" Target="docProps/app.xml"/>'
             '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/'
             'core-properties" Target="docProps/core.xml"/>'
             '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
             'officeDocument" Target="word/document.xml"/></Relationships>')
DOCUMENT_RELS = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                 '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                 '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
                 'styles" Target="styles.xml"/>'
                 '<Relationship Id="rId4" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
                 'footnotes" Target="footnotes.xml"/>'
                 '<Relationship Id="rId5" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
                 'endnotes" Target="endnotes.xml"/>'
                 '<Relationship Id="rId6" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
                 'header" Target="header1.xml"/></Relationships>')
# Russian Word's style ids are its own («1», «a3»); their names are the built-in English ones. «a5» is
# a character style in bold («Strong»), «hid» one that hides its text
STYLES = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:styles {W_NS}>'
          '<w:style w:type="paragraph" w:default="1" w:styleId="a"><w:name w:val="Normal"/></w:style>'
          '<w:style w:type="paragraph" w:styleId="1"><w:name w:val="heading 1"/><w:basedOn w:val="a"/>'
          '<w:pPr><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/></w:rPr></w:style>'
          '<w:style w:type="paragraph" w:styleId="a3"><w:name w:val="Title"/><w:basedOn w:val="a"/></w:style>'
          '<w:style w:type="character" w:styleId="hid"><w:name w:val="Hidden"/><w:rPr><w:vanish/></w:rPr></w:style>'
          '<w:style w:type="character" w:styleId="a5"><w:name w:val="Strong"/><w:rPr><w:b/><w:bCs/></w:rPr></w:style>'
          '</w:styles>')
# a notes part (kind: footnote or endnote) with Word's two separators before the notes
NOTES = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:{{kind}}s {W_NS}>'
         '<w:{kind} w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:{kind}>'
         '<w:{kind} w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:{kind}>'
         '{notes}</w:{{kind}}s>')
HEADER = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:hdr {W_NS}><w:p><w:r>'
          '<w:t>Ассамблея народа Казахстана — колонтитул</w:t></w:r></w:p></w:hdr>')


def run(text: str, props: str = "", new_page: bool = False) -> str:
    """A run of text with its run properties (``<w:b/>``, ``<w:vanish/>``, ``<w:rStyle w:val="a5"/>``);
    ``new_page``: Word laid it out at the top of a page and recorded the break before it."""
    return (f'<w:r>{"<w:rPr>" + props + "</w:rPr>" if props else ""}{"<w:lastRenderedPageBreak/>" if new_page else ""}'
            f'<w:t xml:space="preserve">{text}</w:t></w:r>')


def para(*runs: str, style: str = "", props: str = "") -> str:
    ppr = (f'<w:pStyle w:val="{style}"/>' if style else "") + props
    return f'<w:p>{"<w:pPr>" + ppr + "</w:pPr>" if ppr else ""}{"".join(runs)}</w:p>'


def cell(*paragraphs: str) -> str:
    return f'<w:tc><w:tcPr><w:tcW w:w="3000" w:type="dxa"/></w:tcPr>{"".join(paragraphs)}</w:tc>'


def table(*rows: list[str]) -> str:
    return ('<w:tbl><w:tblPr><w:tblStyle w:val="a4"/><w:tblW w:w="0" w:type="auto"/></w:tblPr><w:tblGrid>'
            '<w:gridCol w:w="3000"/><w:gridCol w:w="3000"/></w:tblGrid>'
            + "".join("<w:tr>" + "".join(row) + "</w:tr>" for row in rows) + "</w:tbl>")


def footnote(number: int, text: str) -> str:
    """A footnote as Word writes it: its mark, then its text."""
    return f'<w:footnote w:id="{number}">{para("<w:r><w:footnoteRef/></w:r>", run(" " + text))}</w:footnote>'


def notes(kind: str, content: str = "") -> str:
    return NOTES.format(kind=kind, notes=content).replace("{kind}", kind)


def core(title: str = "", creator: str = "Айгуль Серикбаева", created: str = "2019-03-12T04:21:00Z") -> str:
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            f'<dc:title>{title}</dc:title><dc:creator>{creator}</dc:creator><cp:lastModifiedBy>Admin</cp:lastModifiedBy>'
            f'<cp:revision>3</cp:revision><dcterms:created xsi:type="dcterms:W3CDTF">{created}</dcterms:created>'
            '<dcterms:modified xsi:type="dcterms:W3CDTF">2021-01-20T08:00:00Z</dcterms:modified></cp:coreProperties>')


def app(pages: int) -> str:
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Properties '
            'xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">'
            f'<Application>Microsoft Office Word</Application><Pages>{pages}</Pages></Properties>')


def document(body: str) -> str:
    """The document part: the body, then the section's properties (its header, an A4 page)."""
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document {W_NS}><w:body>{body}'
            f'<w:sectPr><w:headerReference w:type="default" r:id="rId6" {R_NS}/>'
            '<w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:body></w:document>')


def _zip_time(created: str) -> tuple[int, int, int, int, int, int]:
    """A ZIP entry's time from an ISO time («2019-03-12T04:21:00Z»): the same bytes every run."""
    day, _, time = created.rstrip("Z").partition("T")
    year, month, date = (int(x) for x in day.split("-"))
    hour, minute, second = (int(x) for x in (time or "00:00:00").split(":"))
    return (max(year, 1980), month, date, hour, minute, second)


def docx(body: str, title: str = "", footnotes: str = "", endnotes: str = "", created: str = "2019-03-12T04:21:00Z",
         creator: str = "Айгуль Серикбаева", pages: int = 3, types: str = WORD_TYPES,
         compression: int = zipfile.ZIP_DEFLATED) -> bytes:
    """A DOCX as Word writes it. ``body``: the document's paragraphs and tables (para, table);
    ``footnotes``/``endnotes``: their notes' elements (footnote()); ``title``, ``creator``,
    ``created``: the core properties; ``pages``: the page count Word last counted."""
    parts = [("[Content_Types].xml", types), ("_rels/.rels", ROOT_RELS), ("word/document.xml", document(body)),
             ("word/_rels/document.xml.rels", DOCUMENT_RELS), ("word/styles.xml", STYLES),
             ("word/footnotes.xml", notes("footnote", footnotes)), ("word/endnotes.xml", notes("endnote", endnotes)),
             ("word/header1.xml", HEADER), ("docProps/core.xml", core(title, creator, created)),
             ("docProps/app.xml", app(pages))]
    stamp = _zip_time(created)
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for name, text in parts:
            z.writestr(zipfile.ZipInfo(name, date_time=stamp), text, compression)
    return buf.getvalue()


# --- Excel 2007+ workbooks (XLSX), as Excel 2016 writes them ---------------------------------------
XL_NS = ('xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
         'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"')
_PACKAGE_RELS = "http://schemas.openxmlformats.org/package/2006/relationships"
_OFFICE_RELS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
# the cell styles (cellXfs) the writer uses: 0 general, 1 a custom day format, 2 Excel's built-in day
# (id 14, «ДД.ММ.ГГГГ» in Russian Excel), 3 a percent (id 10, «0.00%»), 4 a custom number format with a literal,
# 5 a custom percent of one decimal («0.0%»)
DAY_STYLE, BUILT_IN_DAY_STYLE, PERCENT_STYLE, UNITS_STYLE, TENTHS_PERCENT_STYLE = 1, 2, 3, 4, 5
XL_STYLES = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet {XL_NS}>'
             '<numFmts count="3"><numFmt numFmtId="164" formatCode="[$-419]dd/mm/yyyy;@"/>'
             '<numFmt numFmtId="165" formatCode="#,##0&quot; чел.&quot;"/>'
             '<numFmt numFmtId="166" formatCode="0.0%"/></numFmts>'
             '<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>'
             '<fills count="1"><fill><patternFill patternType="none"/></fill></fills>'
             '<borders count="1"><border/></borders>'
             '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
             '<cellXfs count="6"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'
             '<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'
             '<xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'
             '<xf numFmtId="10" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'
             '<xf numFmtId="165" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'
             '<xf numFmtId="166" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>'
             '</styleSheet>')


class Formula:
    """A formula cell with the value Excel last computed for it."""

    def __init__(self, formula: str, value, style: int = 0):
        self.formula, self.value, self.style = formula, value, style


class Styled:
    """A number shown in one of XL_STYLES' formats (a day's serial, a percent)."""

    def __init__(self, value: float, style: int):
        self.value, self.style = value, style


def column_name(index: int) -> str:
    """0 -> A, 25 -> Z, 26 -> AA."""
    name = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        name = chr(65 + rest) + name
    return name


def day_serial(day, date1904: bool = False) -> int:
    """A day as Excel's serial number (1900 system: 1900-03-01 is 61; 1904 system: days since 1904-01-01)."""
    import datetime as _dt

    return (day - _dt.date(1904, 1, 1)).days if date1904 else (day - _dt.date(1899, 12, 30)).days


def _xl_cell(ref: str, value, strings: list[str], date1904: bool) -> str:
    import datetime as _dt
    from xml.sax.saxutils import escape

    if value is None or value == "":
        return ""
    if isinstance(value, Formula):
        kind = ' t="str"' if isinstance(value.value, str) else ""
        shown = escape(str(value.value))
        return f'<c r="{ref}" s="{value.style}"{kind}><f>{escape(value.formula)}</f><v>{shown}</v></c>'
    if isinstance(value, Styled):
        return f'<c r="{ref}" s="{value.style}"><v>{value.value}</v></c>'
    if isinstance(value, bool):
        return f'<c r="{ref}" t="b"><v>{int(value)}</v></c>'
    if isinstance(value, _dt.date):
        return f'<c r="{ref}" s="{DAY_STYLE}"><v>{day_serial(value, date1904)}</v></c>'
    if isinstance(value, (int, float)):
        return f'<c r="{ref}"><v>{value!r}</v></c>'
    if value.startswith("<"):  # a shared string's rich text (its runs), as Excel keeps a cell in two fonts
        si = value
    else:
        si = f'<t xml:space="preserve">{escape(value)}</t>'
    if si not in strings:
        strings.append(si)
    return f'<c r="{ref}" t="s"><v>{strings.index(si)}</v></c>'


def worksheet(rows: list[list], strings: list[str], merges: tuple[str, ...] = (), date1904: bool = False) -> str:
    """A sheet's part: its rows (None or "" for an empty cell, an empty list for an empty row)."""
    out = []
    for r, row in enumerate(rows, 1):
        cells = "".join(_xl_cell(f"{column_name(c)}{r}", value, strings, date1904) for c, value in enumerate(row))
        out.append(f'<row r="{r}" spans="1:{max(len(row), 1)}">{cells}</row>')
    merged = (f'<mergeCells count="{len(merges)}">' + "".join(f'<mergeCell ref="{m}"/>' for m in merges)
              + "</mergeCells>") if merges else ""
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet {XL_NS}>'
            f'<dimension ref="A1:{column_name(max([len(r) for r in rows] + [1]) - 1)}{max(len(rows), 1)}"/>'
            '<sheetViews><sheetView workbookViewId="0"/></sheetViews><sheetFormatPr defaultRowHeight="15"/>'
            f'<sheetData>{"".join(out)}</sheetData>{merged}'
            '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>')


def xlsx(sheets: list[dict], title: str = "", creator: str = "Секретариат Ассамблеи",
         created: str = "2018-12-20T09:00:00Z", date1904: bool = False) -> bytes:
    """An XLSX as Excel writes it. ``sheets``: each a dict of ``name``, ``rows`` (cell values: text, numbers,
    days, booleans, Formula, Styled), optional ``state`` ("hidden", "veryHidden") and ``merges`` («A1:D1»)."""
    strings: list[str] = []
    parts = []
    for i, sheet in enumerate(sheets, 1):
        parts.append((f"xl/worksheets/sheet{i}.xml", worksheet(sheet["rows"], strings, tuple(sheet.get("merges", ())),
                                                               date1904)))
    n = len(sheets)
    types = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
             '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
             '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
             '<Default Extension="xml" ContentType="application/xml"/>'
             '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.'
             'spreadsheetml.sheet.main+xml"/>'
             + "".join(f'<Override PartName="/xl/worksheets/sheet{i}.xml" ContentType="application/vnd.'
                       'openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' for i in range(1, n + 1))
             + '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.'
             'spreadsheetml.styles+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.'
             'openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/><Override PartName="/docProps/core.xml" '
             'ContentType="application/vnd.openxmlformats-package.core-properties+xml"/></Types>')
    root_rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                 f'<Relationships xmlns="{_PACKAGE_RELS}">'
                 f'<Relationship Id="rId2" Type="{_PACKAGE_RELS}/metadata/core-properties" Target="docProps/core.xml"/>'
                 f'<Relationship Id="rId1" Type="{_OFFICE_RELS}/officeDocument" Target="xl/workbook.xml"/>'
                 '</Relationships>')
    book_rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                 f'<Relationships xmlns="{_PACKAGE_RELS}">'
                 + "".join(f'<Relationship Id="rId{i}" Type="{_OFFICE_RELS}/worksheet" Target="worksheets/sheet{i}.xml"/>'
                           for i in range(1, n + 1))
                 + f'<Relationship Id="rId{n + 1}" Type="{_OFFICE_RELS}/styles" Target="styles.xml"/>'
                 f'<Relationship Id="rId{n + 2}" Type="{_OFFICE_RELS}/sharedStrings" Target="sharedStrings.xml"/>'
                 '</Relationships>')
    from xml.sax.saxutils import quoteattr

    book = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook {XL_NS}>'
            f'<workbookPr{" date1904=" + chr(34) + "1" + chr(34) if date1904 else ""} defaultThemeVersion="164011"/>'
            '<bookViews><workbookView xWindow="0" yWindow="0" windowWidth="28800" windowHeight="12300"/></bookViews>'
            '<sheets>' + "".join(f'<sheet name={quoteattr(s["name"])} sheetId="{i}"'
                                 + (f' state="{s["state"]}"' if s.get("state") else "") + f' r:id="rId{i}"/>'
                                 for i, s in enumerate(sheets, 1))
            + '</sheets><calcPr calcId="162913"/></workbook>')
    shared = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst {XL_NS.split(" xmlns:r")[0]} '
              f'count="{len(strings)}" uniqueCount="{len(strings)}">' + "".join(f"<si>{si}</si>" for si in strings) + "</sst>")
    parts = [("[Content_Types].xml", types), ("_rels/.rels", root_rels), ("xl/workbook.xml", book),
             ("xl/_rels/workbook.xml.rels", book_rels), *parts, ("xl/styles.xml", XL_STYLES),
             ("xl/sharedStrings.xml", shared), ("docProps/core.xml", core(title, creator, created))]
    stamp = _zip_time(created)
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for name, text in parts:
            z.writestr(zipfile.ZipInfo(name, date_time=stamp), text, zipfile.ZIP_DEFLATED)
    return buf.getvalue()
