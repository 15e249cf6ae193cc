"""Format parsers behind one interface.

    from ingest.parsers import parse_file, ParseError
    doc = parse_file(path)          # ParsedDocument: format, title, blocks (text, page), metadata
    except ParseError as e: e.reason ("damaged", "password_required", ...), str(e) a sentence

The format is sniffed from the content first (a PDF named .txt is read as PDF) and from the
extension second. Each format is one small class in its own module (text, html, pdf, rtf, subtitles, docx, odt,
xlsx, ods, eml: an e-mail message, warc: a web crawl's one captured page, webarchive: Safari's saved page, and
telegram: a Telegram Desktop export, HTML or JSON, known by its content only). DOCX,
ODT, XLSX and ODS are ZIP packages, told from a presentation's or a plain archive by what they hold (office_package).
"""
from __future__ import annotations

import os
import re
from pathlib import Path

from index.web_archives import is_web_archive
from ingest.report_file import REPORT_LINE_BYTES, is_report

from .base import LIST_PAGE, MAX_BYTES, REASONS, Block, ParsedDocument, ParseError, Parser, open_regular
from .compressed import GZIP_MAGIC, gunzip, gzip_head
from .docx import DocxParser
from .eml import EmlParser
from .html_on_demand import HtmlOnDemand, load_html_parser
from .mail_headers import is_email
from .mirror_names import address_path
from .ocr_quality import judged
from .ods import OdsParser
from .odt import OdtParser
from .office_package import OLD_OFFICE, OLD_WORD, OLE_FILE, OLE_MAGIC, SAVE_AS, ZIP_MAGIC, ole_format, zip_format
from .pdf import PdfParser
from .rtf import RtfParser, is_rtf
from .subtitles import SubtitleParser, looks_like_subtitles
from .telegram import TelegramParser, is_telegram_export
from .text import TextParser, decoded_head
from .warc import WarcParser
from .warc_records import is_warc
from .webarchive import WebarchiveParser, is_webarchive
from .xlsx import XlsxParser

__all__ = [
    "Block", "ParsedDocument", "ParseError", "Parser", "REASONS", "PARSERS",
    "parse_file", "parse_bytes", "read_file", "sniff_format", "file_format", "parser_for", "supported_extensions",
    "file_extension", "MAX_BYTES", "load_parsers_for", "unsupported_sentence", "PACKAGE_FORMATS",
    "TEXT_UNDER_WORD_NAMES", "misnamed_sentence",
]

PARSERS: dict[str, Parser] = {}
for _cls in (PdfParser, HtmlOnDemand, SubtitleParser, TelegramParser, RtfParser, DocxParser, OdtParser, XlsxParser,
             OdsParser, EmlParser, WarcParser, WebarchiveParser, TextParser):
    PARSERS[_cls.format] = _cls()

# The longest extension taken as one (.markdown, .sqlite3): a longer word after the last dot is
# part of the name ("Speech by N.Nazarbayev").
MAX_EXTENSION_CHARS = 8
# longer extensions a parser takes, which no name's last word is (Safari's saved page)
LONG_EXTENSIONS = (".webarchive",)

# the formats read from a ZIP package, whose parsers bound what its parts unpack to by the size limit too
PACKAGE_FORMATS = ("docx", "odt", "xlsx", "ods")
# the formats whose parsers take the size limit: a package's parts, an e-mail's attachments
_SIZED_FORMATS = PACKAGE_FORMATS + ("eml", "warc")
# Formats recognised by their first bytes but not parsed (yet): named in the error. A ZIP or OLE
# file is told by what it holds (office_package): a DOCX, ODT, XLSX or ODS is read, a PPTX or an old .doc named.
_OTHER_MAGIC = (
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"II*\x00", "a TIFF image"),
    (b"MM\x00*", "a TIFF image"),
    (b"%!PS", "a PostScript file"),
    (b"Rar!", "a RAR archive"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"7z\xbc\xaf", "a 7-Zip archive"),
    (b"AT&TFORM", "a DjVu document"),
)
# the root element of an RSS (0.9x-2.0, RDF 1.0) or Atom feed, after the XML prolog and comments
_FEED_ROOT = re.compile(rb"^(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*|<\?xml-stylesheet[^>]*>\s*)*<(?:rss|feed|rdf:rdf)[\s>]",
                        re.DOTALL)
_HTML_MARKERS = (b"<!doctype html", b"<html", b"<head", b"<body", b"<meta ", b"<title", b"<div", b"<p>")


def supported_extensions() -> tuple[str, ...]:
    return tuple(ext for p in PARSERS.values() for ext in p.extensions)


def file_extension(name: str) -> str:
    """The lowercase extension of a file name, "" for none. What follows the last dot is one only
    when it looks like one: a few ASCII letters and digits, at least one a letter (.pdf, .mp3, .7z).
    Otherwise the dot belongs to the name, as in a date or initials: "Протокол от 12.03.2019" and
    "Выступление Н.А. Назарбаева" have no extension, so their bytes say what they are. A web
    mirror's name for an address with a query has its path's extension ("jquery.min.js@ver=3.6.0":
    .js, "index.html@C=M;O=A": .html) unless one follows the query ("news.php@id=15.html": .html)."""
    ext = _last_extension(name)
    if ext:
        return ext
    path = address_path(name)
    return _last_extension(path) if path else ""


def _last_extension(name: str) -> str:
    """What follows the last dot of `name`, when it looks like an extension (file_extension)."""
    dot = name.rfind(".")
    if dot <= 0:  # no dot, or a hidden file's leading one
        return ""
    ext = name[dot + 1:]
    if "." + ext.lower() in LONG_EXTENSIONS:
        return "." + ext.lower()
    if len(ext) > MAX_EXTENSION_CHARS or not (ext.isascii() and ext.isalnum()) or ext.isdigit():
        return ""  # also "" for a name ending in a dot
    return "." + ext.lower()


def _ascii_head(head: bytes) -> bytes:
    """The head as lowercase ASCII, with UTF-16/32 NULs and a BOM removed."""
    h = head
    for bom in (b"\xef\xbb\xbf", b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff", b"\xff\xfe", b"\xfe\xff"):
        if h.startswith(bom):
            h = h[len(bom):]
            break
    if h.count(b"\x00") > len(h) // 4:
        h = h.replace(b"\x00", b"")
    return h.lower()


FEED = "unsupported:an RSS or Atom news feed"  # sniff_format's word for a news feed


def sniff_format(path: Path | str | None, head: bytes) -> str | None:
    """"pdf" | "html" | "rtf" | "subtitles" | "telegram" | "docx" | "odt" | "xlsx" | "ods" | "eml" | "txt" from the file's first bytes (content wins) and its extension;
    "unsupported:<what>" for a known binary format; None if nothing fits."""
    if b"%PDF-" in head[:1024]:
        return "pdf"
    if is_rtf(head):  # also a .doc that Word or WordPad saved as RTF
        return "rtf"
    if is_warc(head) or head.startswith(GZIP_MAGIC) and is_warc(gzip_head(head, SNIFF_HEAD) or b""):
        return "warc"  # a crawl: its pages' HTML must not make the file one page (a .warc.gz no gzip archive)
    ext = file_extension(os.path.basename(path)) if path else ""
    if is_webarchive(head, ext):  # Safari's: the <html> in its plist made it a page, or binary data
        return "webarchive"
    if head.startswith(GZIP_MAGIC):
        inner = _compressed_page(path, head)
        if inner:
            return inner
    if head.startswith(ZIP_MAGIC):  # a package's parts are listed at its end
        return zip_format(head, path if _is_file(path) else None)
    if head.startswith(OLE_MAGIC):  # so may be an old Office file's directory
        return ole_format(_ole_bytes(path) if _is_file(path) else head, path)
    for magic, what in _OTHER_MAGIC:
        if head.startswith(magic):
            return "unsupported:" + what
    if is_email(head) and ext not in (".mht", ".mhtml"):  # an e-mail message (.eml, a .msg saved as text) under any name
        return "eml"
    if is_web_archive(head):  # a single-file web page (.mht), whatever HTML its parts show
        return "html"
    h = _ascii_head(head[:2048]).lstrip()
    if is_telegram_export(h):  # a chat's HTML or JSON export: its own markup, read post by post
        return "telegram"
    if looks_like_subtitles(h):  # an .srt or .vtt saved as .txt too: its cue numbers and timings are no text
        return "subtitles"
    if h.startswith(b"<?xml") and b"<html" in h:
        return "html"
    if _FEED_ROOT.match(h[:1024]):
        # a news feed holds <title> and HTML in its items, but it is the site's list of them, no page
        return FEED
    if h.startswith(b"<?xml") or ext == ".xml":
        # XML is a page only as XHTML: a report's or an export's own <title>, <head> or <p> elements
        # made any XML with one "html", while other XML was unsupported
        if b"<html" in h:
            return "html"
        return None if ext == ".xml" else _by_extension(ext, head)
    if any(m in h[:1024] for m in _HTML_MARKERS[:4]) or (
        h.startswith(b"<") and any(m in h for m in _HTML_MARKERS)
    ):
        return "html"
    return _by_extension(ext, head)


def _is_file(path: Path | str | None) -> bool:
    return bool(path) and os.path.isfile(path)


# the bytes of an OLE file its directory is looked for in: an old Office document's, or the wrapper
# of a password-protected DOCX (a directory further on leaves the file an «old Office document»)
_OLE_SNIFF_BYTES = 16 * 2**20


def _ole_bytes(path: Path | str) -> bytes:
    try:
        with open_regular(path) as fh:
            return fh.read(_OLE_SNIFF_BYTES)
    except OSError:
        return b""


def unsupported_sentence(found: str) -> str:
    """The sentence for a format sniff_format named ("unsupported:<what>"), with what to do when
    the archivist can make it one read here."""
    what = found.split(":", 1)[1]
    hint = SAVE_AS.get(what)
    return f"The file is {what}, which is not supported" + (f"; {hint}." if hint else ".")


def misnamed_sentence(path: Path | str, found: str | None = None, read_as: str | None = None) -> str:
    """What a report adds of a file of a kind no parser reads under the name of one read here (a
    workbook named .docx), or of a kind sniff_format ``found`` (a workbook) under a Word name that is
    no Word file's (.doc): that name is what the archivist has to fix. "" for any other name, and for a file
    its name's own parser (``read_as``) refused."""
    ext = file_extension(os.path.basename(path))
    if read_as in PARSERS and ext in PARSERS[read_as].extensions:
        return ""  # its parser's own kind refused it (a WARC of several pages): the name is right
    if ext in supported_extensions() or ext in TEXT_UNDER_WORD_NAMES and found and found not in WORD_NAME_KINDS:
        return f" It is misnamed: not a {ext} file."
    return ""


# a server script's name (news.php, view.aspx) names the program that answered, not what it answered:
# a stenogram it served as text/plain, saved by a mirror, is text (the HTML parser joins its lines)
# (a style sheet, script or JSON served so, WordPress's load-styles.php, has braces and no tag: no page, no text)
SCRIPT_PAGE_EXTENSIONS = (".php", ".asp", ".aspx")
_TAG = re.compile(rb"<[A-Za-z!/]")
_CODE = re.compile(rb"[{}]")


def _by_extension(ext: str, head: bytes) -> str | None:
    """The format a file's extension names, when its bytes named none."""
    if ext in SCRIPT_PAGE_EXTENSIONS and not _TAG.search(head):
        return "txt" if not _CODE.search(head) and decoded_head(head) is not None else None
    for fmt, parser in PARSERS.items():
        if ext in parser.extensions:
            # a PDF or RTF has its header at the start; text saved under a .pdf or .rtf name is
            # text (a truncated one keeps its header, and other bytes stay a damaged one)
            return "txt" if fmt in ("pdf", "rtf") and decoded_head(head) is not None else fmt
    if not ext or ext in (".txt",):
        return "txt"
    if ext in TEXT_UNDER_WORD_NAMES and decoded_head(head) is not None:
        return "txt"
    return None


SNIFF_HEAD = 4096  # the bytes parse_bytes sniffs a format from
# a word processor's extension that the 1990s also gave plain text (Lexicon, a DOS editor, Notepad's
# «Save as»: cp866 or windows-1251): such a file is read as the text it is, an OLE .doc stays unsupported.
# Word's template (.dot), Microsoft Works' (.wps) and Windows Write's (.wri) names were given such text too.
TEXT_UNDER_WORD_NAMES = (".doc", ".dot", ".wps", ".wri")
# what those names hold when they name what the bytes are: an old Word (or Works) file, an OLE file unread
WORD_NAME_KINDS = (OLD_WORD, OLD_OFFICE, OLE_FILE)


def _compressed_page(path: Path | str | None, head: bytes) -> str | None:
    """The format of the page a gzip file holds when its name is a page's (.html, .htm, .php, .txt,
    none): a server's compressed answer saved as it came. A .gz or .tgz is an archive, and so is a
    tar inside."""
    ext = file_extension(os.path.basename(path)) if path else ""
    if ext and ext not in PARSERS["html"].extensions + (".txt", ".text"):
        return None
    inner = gzip_head(head, SNIFF_HEAD)
    found = sniff_format(path, inner) if inner else None
    return found if found in ("html", "txt") else None


def file_format(path: Path | str) -> str | None:
    """The format a parser would take the file for ("pdf" | "html" | "telegram" | "txt"), by its first bytes
    and then its name, without parsing it: what a report says of a file that failed. None for a
    kind no parser reads; a file that cannot be read goes by its name."""
    try:
        with open_regular(path) as fh:
            head = fh.read(SNIFF_HEAD)
    except OSError:
        head = b""
    if head:
        found = sniff_format(path, head)
        return found if found in PARSERS else None
    ext = file_extension(os.path.basename(path))
    return next((fmt for fmt, parser in PARSERS.items() if ext in parser.extensions), None)


def load_parsers_for(paths) -> None:
    """Import the parsers the files at `paths` may need now, before ingest forks its parser processes
    (which then share the import): the HTML parser unless every file is named as a PDF (a page may
    come under any other name, .txt or none)."""
    if any(file_extension(os.path.basename(p)) not in PdfParser.extensions for p in paths):
        load_html_parser()


def parser_for(fmt: str) -> Parser:
    return PARSERS[fmt]


def _too_large(size: int, max_bytes: int, path) -> ParseError:
    return ParseError("too_large", f"The file is {size / 2**20:.1f} MB, over the {max_bytes / 2**20:g} MB "
                      "limit for parsing one file (--size-limit).", path=path)


def parse_bytes(data: bytes, name: str = "", fmt: str | None = None, max_bytes: int = MAX_BYTES,
                keep_list_pages: bool = True) -> ParsedDocument:
    """Parse the bytes of a file called ``name`` (only its extension is used). Without
    ``keep_list_pages``, a page of teasers of other pages fails as list_page. A text of OCR noise
    fails as ocr_noise, and a poor OCR's gets a warning (ocr_quality)."""
    if is_report(data[:REPORT_LINE_BYTES]):  # yesterday's --report kept in the archive: its paths are no document
        raise ParseError("ingest_report", path=name or None)
    parsed = judged(_parse_bytes(data, name, fmt, max_bytes), name)
    if not keep_list_pages and parsed.metadata.get("page_kind") == LIST_PAGE:
        raise ParseError("list_page", path=name or None)
    return parsed


def _parse_bytes(data: bytes, name: str, fmt: str | None, max_bytes: int) -> ParsedDocument:
    if not data:
        raise ParseError("empty", "The file is empty (zero bytes).", path=name or None)
    if len(data) > max_bytes:
        raise _too_large(len(data), max_bytes, name or None)
    if fmt is None and data.startswith(ZIP_MAGIC):
        fmt = zip_format(data[:SNIFF_HEAD], data)  # its directory is at the end
    elif fmt is None and data.startswith(OLE_MAGIC):
        fmt = ole_format(data, name)
    fmt = fmt or sniff_format(name, data[:SNIFF_HEAD])
    if fmt is None:
        ext = file_extension(os.path.basename(name)) or "without extension"
        raise ParseError("unsupported", f"Files of this kind ({ext}) are not supported.", path=name or None)
    if fmt.startswith("unsupported:"):
        raise ParseError("unsupported", unsupported_sentence(fmt), path=name or None)
    if fmt in _SIZED_FORMATS:
        return PARSERS[fmt].parse(data, name, max_bytes=max_bytes)
    if not data.startswith(GZIP_MAGIC):
        return PARSERS[fmt].parse(data, name)
    parsed = PARSERS[fmt].parse(gunzip(data, max_bytes, name), name)
    kind = "page" if fmt == "html" else "file"  # a gzip'd text note is no web page
    parsed.warnings.append(f"The file holds a gzip-compressed {kind} (saved as the server sent it); it was read unpacked.")
    return parsed


def read_file(path: Path | str, max_bytes: int = MAX_BYTES) -> bytes:
    """The file's bytes; ParseError (too_large) past `max_bytes`, before reading them; OSError
    when it cannot be read."""
    path = Path(path)
    with open_regular(path) as fh:
        size = os.fstat(fh.fileno()).st_size
        if size > max_bytes:
            raise _too_large(size, max_bytes, path)
        return fh.read()


def parse_file(path: Path | str, max_bytes: int = MAX_BYTES) -> ParsedDocument:
    """Parse one file into paragraphs and metadata, or raise ParseError with a plain reason."""
    path = Path(path)
    try:
        data = read_file(path, max_bytes)
    except OSError as e:
        raise ParseError("unreadable", f"The file cannot be read ({e.strerror or e}).", path=path) from None
    try:
        return parse_bytes(data, str(path), max_bytes=max_bytes)
    except ParseError as e:
        if e.path is None:
            e.path = str(path)
        raise
