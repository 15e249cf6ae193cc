"""A PDF's metadata kept only in its XMP packet (pdf_xmp), as PDF 2.0 writers and metadata cleaners
leave it with no /Info: title, author and date are read from there."""
import pytest

from assembly_search.cli import main
from ingest.build import extract_parsed
from ingest.parsers import parse_file

TITLE = "Круглый стол «Язык – душа народа» в Костанае"
AUTHOR = "Пресс-служба АНК Костанайской области"

# as pikepdf and Acrobat write it: each property an element, the title a language alternative
XMP_ELEMENTS = f"""<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:xmp="http://ns.adobe.com/xap/1.0/">
<dc:title><rdf:Alt><rdf:li xml:lang="ru">Черновик</rdf:li><rdf:li xml:lang="x-default">{TITLE}</rdf:li></rdf:Alt></dc:title>
<dc:creator><rdf:Seq><rdf:li>{AUTHOR}</rdf:li></rdf:Seq></dc:creator>
<xmp:CreateDate>2018-02-21T16:05:00+06:00</xmp:CreateDate>
</rdf:Description></rdf:RDF></x:xmpmeta>
<?xpacket end="w"?>"""

# the short form some writers use: simple properties as attributes of the description
XMP_ATTRIBUTES = f"""<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
<rdf:Description rdf:about="" xmlns:xmp="http://ns.adobe.com/xap/1.0/" xmp:CreateDate="2018-02-21T16:05:00Z"
 xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title><rdf:Alt><rdf:li xml:lang="x-default">{TITLE}</rdf:li></rdf:Alt></dc:title>
<dc:creator><rdf:Seq><rdf:li>{AUTHOR}</rdf:li></rdf:Seq></dc:creator></rdf:Description></rdf:RDF></x:xmpmeta>"""

BODY = ["Участники круглого стола обсудили роль этнокультурных объединений в сохранении",
        "языков и традиций народов Казахстана. Модератором выступил Ерлан Тилеуберди."]


@pytest.fixture(scope="module")
def mk():
    from tests.conftest import make_pdfs_module

    return make_pdfs_module()


def _news(mk, path, xmp: str, info=None) -> None:
    pdf = mk.MiniPdf(info=info, xmp=xmp)
    pdf.page([(72, mk.H - 80 - 16 * i, 11, line) for i, line in enumerate(BODY)])
    pdf.save(path)


@pytest.mark.parametrize("xmp", [XMP_ELEMENTS, XMP_ATTRIBUTES], ids=["elements", "attributes"])
def test_metadata_only_in_xmp_titles_and_dates_the_document(tmp_path, mk, xmp):
    """The packet was not read: the item was undated (a year filter hid it), titled by its first
    sentence, and its author was lost."""
    _news(mk, tmp_path / "news.pdf", xmp)
    doc = parse_file(tmp_path / "news.pdf")
    assert (doc.title, doc.metadata.get("author"), doc.metadata.get("created")) == (TITLE, AUTHOR, "2018-02-21")
    found = extract_parsed(doc, tmp_path / "news.pdf")
    assert (str(found.date), found.date_source) == ("2018-02-21", "metadata")


def test_info_still_comes_first(tmp_path, mk):
    """Where /Info has a value, it stays; the packet fills only what /Info lacks."""
    _news(mk, tmp_path / "news.pdf", XMP_ELEMENTS, info={"Title": "Язык – душа народа", "CreationDate": "D:20180301"})
    doc = parse_file(tmp_path / "news.pdf")
    assert (doc.title, doc.metadata["created"], doc.metadata["author"]) == ("Язык – душа народа", "2018-03-01", AUTHOR)


def test_a_broken_packet_is_ignored(tmp_path, mk):
    _news(mk, tmp_path / "news.pdf", "<x:xmpmeta><rdf:RDF>unclosed")
    doc = parse_file(tmp_path / "news.pdf")
    assert "created" not in doc.metadata and "Тилеуберди" in doc.text


def test_the_year_filter_finds_it(tmp_path, mk, capsys):
    (tmp_path / "in").mkdir()
    _news(mk, tmp_path / "in" / "news.pdf", XMP_ELEMENTS)
    assert main(["ingest", "--index", str(tmp_path / "idx"), str(tmp_path / "in")]) == 0
    capsys.readouterr()
    main(["search", "--index", str(tmp_path / "idx"), "--from", "2018", "--to", "2018", "--", "Тилеуберди"])
    out = capsys.readouterr().out
    assert "1 document" in out and TITLE in out
