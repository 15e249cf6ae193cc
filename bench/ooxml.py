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
