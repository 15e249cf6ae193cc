"""The containers office documents come in: a ZIP package (Word's DOCX, OpenDocument's ODT and their
spreadsheet and slide kin) and the OLE compound file (Word 97-2003's .doc, and the wrapper Office saves a
password-protected DOCX in). What kind of document a container holds, told by its content; its parts
read within a size budget (a ZIP of a few KB may unpack to gigabytes) and parsed as XML without a DTD
or entities (no «billion laughs», no external file read)."""
from __future__ import annotations

import io
import re
import struct
import zipfile
import zlib
from pathlib import Path

from lxml import etree

from .base import ParseError

ZIP_MAGIC = b"PK\x03\x04"
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"

# [Content_Types].xml's type of a package's main part: Word's document, template, macro-enabled kinds
_WORD_MAIN = re.compile(r"wordprocessingml\.(?:document|template)\.main\+xml|ms-word\.(?:document|template)\.macroenabled",
                        re.IGNORECASE)
# ... and a workbook's (a binary .xlsb's main part is no XML: it stays unread)
_WORKBOOK_MAIN = re.compile(r"spreadsheetml\.(?:sheet|template)\.main\+xml|ms-excel\.(?:sheet|template)\.macroenabled\.main\+xml",
                            re.IGNORECASE)
_OTHER_OOXML = (("ms-excel.sheet.binary", "an Excel binary workbook (XLSB)"),
                ("presentationml", "a PowerPoint presentation (PPTX)"), ("ms-powerpoint", "a PowerPoint presentation (PPTX)"),
                ("visio", "a Visio drawing (VSDX)"))
# a package's folders, when its [Content_Types].xml cannot be read (a truncated file)
_OOXML_FOLDERS = (("word/", "docx"), ("xl/", "xlsx"),
                  ("ppt/", "unsupported:a PowerPoint presentation (PPTX)"))
ODT_TYPES = ("application/vnd.oasis.opendocument.text", "application/vnd.oasis.opendocument.text-template")
ODS_TYPES = ("application/vnd.oasis.opendocument.spreadsheet", "application/vnd.oasis.opendocument.spreadsheet-template")
_OTHER_ODF = (("presentation", "an OpenDocument presentation (ODP)"),
              ("graphics", "an OpenDocument drawing (ODG)"), ("text-master", "an OpenDocument master document (ODM)"))
ZIP_ARCHIVE = "unsupported:a ZIP archive"
OLD_WORD = "unsupported:" + "an old Word 97-2003 document (DOC)"
OLD_OFFICE = "unsupported:an old Microsoft Office (DOC/XLS/PPT) document"  # an OLE file whose directory is unread
OLE_FILE = "unsupported:an OLE compound file (an old Microsoft Office or other program's document)"
OUTLOOK_MESSAGE = "unsupported:" + "an Outlook message (MSG)"
# what the unsupported sentence adds for a kind that a program the archivist has can turn into one read here
OLD_EXCEL = "unsupported:an old Excel 97-2003 workbook (XLS)"
SAVE_AS = {OLD_WORD.split(":", 1)[1]: "save it from Word as DOCX or PDF to have it indexed",
           OLD_EXCEL.split(":", 1)[1]: "save it from Excel as XLSX or PDF to have it indexed",
           OUTLOOK_MESSAGE.split(":", 1)[1]: "save it from Outlook as .eml (or print it to PDF) to have it indexed"}
# the names of a workbook: Office's encrypted wrapper of one is a workbook's, not a Word document's
WORKBOOK_EXTENSIONS = (".xlsx", ".xlsm", ".xltx", ".xltm")
# an Outlook .msg keeps its properties in streams named so; an attached Word file's streams are inside it
_MSG_STREAM = "__substg1.0_"
_CONTENT_TYPES = "[Content_Types].xml"
_SNIFF_PART = 256 * 1024  # of [Content_Types].xml or mimetype: a few KB in any real package


def _local_entries(head: bytes) -> tuple[list[str], dict[str, bytes]]:
    """The names of the ZIP entries whose local headers lie in ``head`` (a file's first bytes), in order,
    and the unpacked content of those that lie there whole: a package read without its central
    directory, which is at the end (a sniff sees the head only, and a truncated file has none)."""
    names, contents, at = [], {}, 0
    while head.startswith(ZIP_MAGIC, at) and at + 30 <= len(head):
        flags, method, _, _, _, size, _, name_len, extra_len = struct.unpack_from("<HHHHIIIHH", head, at + 6)
        name = head[at + 30:at + 30 + name_len].decode("utf-8" if flags & 0x800 else "cp437", "replace")
        start = at + 30 + name_len + extra_len
        names.append(name)
        if flags & 0x8 or start + size > len(head):  # sizes after the data, or data past the head: stop here
            break
        raw = head[start:start + size]
        try:
            contents[name] = raw if method == 0 else zlib.decompressobj(-15).decompress(raw, _SNIFF_PART)
        except zlib.error:
            pass
        at = start + size
    return names, contents


def _zip_entries(source: bytes | str | Path) -> tuple[list[str], dict[str, bytes]] | None:
    """Every entry's name from the central directory, and [Content_Types].xml and mimetype; None for no
    readable ZIP."""
    try:
        with zipfile.ZipFile(io.BytesIO(source) if isinstance(source, bytes) else source) as z:
            names = z.namelist()
            contents = {}
            for name in (_CONTENT_TYPES, "mimetype"):
                if name in names:
                    with z.open(name) as fh:
                        contents[name] = fh.read(_SNIFF_PART)
            return names, contents
    except (zipfile.BadZipFile, OSError, RuntimeError, NotImplementedError, EOFError, zlib.error, ValueError):
        return None


def zip_format(head: bytes, whole: bytes | str | Path | None = None) -> str:
    """"docx" | "odt" | "xlsx" | "ods" | "unsupported:<what>" for a ZIP file from its first bytes and, when given, all
    of them or its path (to read the central directory)."""
    names, contents = _local_entries(head)
    found = _zip_entries(whole) if whole is not None else None
    if found is not None:
        names, contents = found[0], {**contents, **found[1]}
    mimetype = contents.get("mimetype", b"").decode("ascii", "replace").strip()
    if mimetype:
        if mimetype in ODT_TYPES:
            return "odt"
        if mimetype in ODS_TYPES:
            return "ods"
        if mimetype == "application/epub+zip":
            return "unsupported:an EPUB e-book"
        what = next((w for key, w in _OTHER_ODF if mimetype.startswith("application/vnd.oasis.opendocument." + key)), None)
        if what:
            return "unsupported:" + what
    types = contents.get(_CONTENT_TYPES, b"").decode("utf-8", "replace")
    if types:
        if _WORD_MAIN.search(types):
            return "docx"
        if _WORKBOOK_MAIN.search(types):
            return "xlsx"
        what = next((w for key, w in _OTHER_OOXML if key in types.lower()), None)
        if what:
            return "unsupported:" + what
    for folder, kind in _OOXML_FOLDERS:
        if any(n.startswith(folder) for n in names):
            return kind
    if "content.xml" in names and "META-INF/manifest.xml" in names:
        return "odt"  # a package without its mimetype entry, as a few converters write it: read as text
    return ZIP_ARCHIVE


# --- OLE compound files -----------------------------------------------------------------------
_FREE_CHAIN_END = 0xFFFFFFFA  # sector numbers at or above this end a chain or mark a special sector
_MAX_DIRECTORY_SECTORS = 4096


def _ole_names(data: bytes) -> set[str] | None:
    """The names of the streams and storages in an OLE compound file's directory; None when its
    header or directory cannot be read (a truncated file, or only its head at hand)."""
    if len(data) < 512 or not data.startswith(OLE_MAGIC):
        return None
    shift = struct.unpack_from("<H", data, 30)[0]
    if shift not in (9, 12):
        return None
    size = 1 << shift
    first_dir = struct.unpack_from("<I", data, 48)[0]
    fat_sectors = [s for s in struct.unpack_from("<109I", data, 76) if s < _FREE_CHAIN_END]

    def sector(n: int) -> bytes | None:
        start = (n + 1) * size
        return data[start:start + size] if start + size <= len(data) else None

    fat: list[int] = []
    for n in fat_sectors:  # the first 109 FAT sectors: a file of up to 7 MB (512-byte sectors) whole
        block = sector(n)
        if block is None:
            return None
        fat.extend(struct.unpack(f"<{size // 4}I", block))
    names: set[str] = set()
    n, seen = first_dir, 0
    while n < _FREE_CHAIN_END and seen < _MAX_DIRECTORY_SECTORS:
        block = sector(n)
        if block is None:
            return names or None
        for at in range(0, size, 128):
            length = struct.unpack_from("<H", block, at + 64)[0]
            if 2 <= length <= 64:
                names.add(block[at:at + length - 2].decode("utf-16-le", "replace"))
        seen += 1
        n = fat[n] if n < len(fat) else _FREE_CHAIN_END
    return names


def ole_format(data: bytes, name: str | Path | None = None) -> str:
    """"docx" for Office's wrapper of a password-protected package (an EncryptedPackage stream), "xlsx" when
    the file's ``name`` is a workbook's, else "unsupported:<what>": an Outlook message, an old Word, Excel or
    PowerPoint file."""
    names = _ole_names(data)
    if names is None:
        return OLD_OFFICE
    if "EncryptedPackage" in names:
        # the wrapper does not say what it holds: its name does; the parser says it needs the password
        return "xlsx" if str(name or "").lower().endswith(WORKBOOK_EXTENSIONS) else "docx"
    if any(n.startswith(_MSG_STREAM) for n in names):  # before WordDocument: a .doc it carries shows one
        return OUTLOOK_MESSAGE
    if "WordDocument" in names:
        return OLD_WORD
    if "Workbook" in names or "Book" in names:
        return OLD_EXCEL
    if "PowerPoint Document" in names:
        return "unsupported:an old PowerPoint presentation (PPT)"
    return OLE_FILE


def is_encrypted_office(data: bytes) -> bool:
    """The bytes are Office's encrypted wrapper of a package (saved with a password)."""
    return data.startswith(OLE_MAGIC) and "EncryptedPackage" in (_ole_names(data) or ())


# --- opening a package ---------------------------------------------------------------------------
def ooxml_package(data: bytes, name: str, max_bytes: int, kind: str, program: str, main_type: re.Pattern,
                  default_main: str) -> tuple[Package, str]:
    """An Office Open XML package (``kind``: DOCX, XLSX) of ``program`` (Word, Excel) and the name of its main
    part, the one [Content_Types].xml gives ``main_type``. Office's encrypted wrapper of a package needs its
    password; another OLE file (an old Office file under a new name) is damaged."""
    where = name or None
    if data.startswith(OLE_MAGIC):
        if is_encrypted_office(data):
            what = "Word document" if program == "Word" else f"{program} workbook"
            raise ParseError("password_required", f"The {what} is protected by a password; it cannot be "
                             "opened without it (save it again without the password to have it indexed).",
                             path=where)
        raise ParseError("damaged", f"The {kind} file is no {program} 2007+ package (an old {program} file under a new "
                         "name?); it cannot be read.", path=where)
    package = Package(data, kind, name, max_bytes)
    types = (package.read(_CONTENT_TYPES) or b"").decode("utf-8", "replace")
    main = next((o["partname"].lstrip("/") for o in start_tags(types, "Override")
                 if o.get("partname") and main_type.search(o.get("contenttype", ""))), default_main)
    return package, main


def opendocument(data: bytes, name: str, max_bytes: int, kind: str, what: str, body: str):
    """An OpenDocument package (``kind``: ODT, ODS; ``what`` names it in a sentence, «The OpenDocument text»),
    its content.xml's root and that part's ``body`` element (text, spreadsheet): an encrypted one needs its
    password, one without them is damaged."""
    package = Package(data, kind, name, max_bytes)
    manifest = package.read("META-INF/manifest.xml") or b""
    if b"encryption-data" in manifest:
        raise ParseError("password_required", f"{what} is protected by a password; it cannot be opened without it "
                         "(save it again without the password to have it indexed).", path=name or None)
    root = package.xml("content.xml")
    if root is None:
        raise package.damaged(f"has no content part (content.xml): it holds no {'text' if body == 'text' else 'sheets'}")
    found = next((el for el in root.iter() if local_name(el) == body and el.getparent() is not None
                  and local_name(el.getparent()) == "body"), None)
    if found is None:
        raise package.damaged(f"is damaged: its content part has no {body} body")
    return package, root, found


# --- reading a package's parts ------------------------------------------------------------------
class Package:
    """A ZIP package's parts, read within ``max_bytes`` unpacked in all: past it, too_large."""

    def __init__(self, data: bytes, kind: str, name: str, max_bytes: int):
        self.kind, self.name, self.left = kind, name, max_bytes
        self.limit = max_bytes
        try:
            self.zip = zipfile.ZipFile(io.BytesIO(data))
        except (zipfile.BadZipFile, OSError, ValueError, EOFError):
            raise self.damaged("is truncated or damaged: its ZIP directory cannot be read") from None
        self.names = set(self.zip.namelist())

    def damaged(self, why: str) -> ParseError:
        return ParseError("damaged", f"The {self.kind} file {why}.", path=self.name or None)

    def read(self, part: str) -> bytes | None:
        """The part's bytes, None when the package has no such part."""
        if part not in self.names:
            return None
        try:
            with self.zip.open(part) as fh:
                data = fh.read(self.left + 1)
        except RuntimeError as e:  # «File is encrypted, password required»
            raise ParseError("password_required", f"The {self.kind} file is protected by a password; it cannot be "
                             "opened without it.", path=self.name or None) from e
        except (zipfile.BadZipFile, OSError, EOFError, zlib.error, NotImplementedError, ValueError):
            raise self.damaged(f"is damaged: its part {part} cannot be unpacked") from None
        if len(data) > self.left:
            raise ParseError("too_large", f"The {self.kind} file unpacks to more than the {self.limit / 2**20:g} MB "
                             "limit for parsing one file (--size-limit).", path=self.name or None)
        self.left -= len(data)
        return data

    def xml(self, part: str):
        """The part's XML root element, None when the package has no such part."""
        data = self.read(part)
        return None if data is None else parse_xml(data, lambda: self.damaged(f"is damaged: its part {part} is no "
                                                                                  "well-formed XML"))


def local_name(el) -> str:
    """An element's name without its namespace ("p" of w:p, strict OOXML's too); "" for an entity."""
    tag = el.tag
    return tag.rpartition("}")[2] if isinstance(tag, str) else ""


def attribute(el, name: str) -> str | None:
    """The value of the attribute ``name`` in any namespace (w:val, text:c)."""
    for key, value in el.attrib.items():
        if key.rpartition("}")[2] == name:
            return value
    return None


def whole_number(value: str | None) -> int | None:
    """An attribute's value as a number of ASCII digits (w:val="2", text:c="3"); None for anything else:
    «²» and «③» are digits to str.isdigit() but no number to int()."""
    return int(value) if value and value.isascii() and value.isdecimal() else None


# A start tag of a package's index parts (.rels, [Content_Types].xml), read without an XML parser so
# that a damaged one still names what it can: it ends at the next «<» or «>», so an unclosed tag
# costs its own length, never a scan to the end of the part for each one.
_START_TAG = r"<{}\b([^<>]*)>"
# ... and its attributes; a name starts after no name character, so a long run of them is one try
_TAG_ATTRIBUTE = re.compile(r"""(?<![\w:.-])([\w:.-]++)\s*=\s*(?:"([^"]*)"|'([^']*)')""")


_RELATIONSHIP_KIND = re.compile(r"/(\w+)$")  # …/relationships/footnotes, …/relationships/worksheet


def part_folder(part: str) -> str:
    """The folder a part's relative targets start from: «word/» of «word/document.xml»."""
    return part.rpartition("/")[0] + "/" if "/" in part else ""


def relationships(package: Package, main: str) -> list[tuple[str, str | None, str]]:
    """The main part's relationships to parts inside the package, in order: (its id, its kind, the
    last word of its type, or None, and the part's path); a link out of the package (External) is none."""
    folder = part_folder(main)
    rels = package.read(f"{folder}_rels/{main.rpartition('/')[2]}.rels") or b""
    found = []
    for rel in start_tags(rels.decode("utf-8", "replace"), "Relationship"):
        target = rel.get("target")
        if target and rel.get("targetmode") != "External":
            kind = _RELATIONSHIP_KIND.search(rel.get("type", ""))
            part = target.lstrip("/") if target.startswith("/") else folder + target
            found.append((rel.get("id", ""), kind.group(1) if kind else None, part))
    return found


def start_tags(text: str, name: str) -> list[dict[str, str]]:
    """The attributes (names lowercased) of each ``<name …>`` tag in ``text``, in order."""
    return [{key.lower(): double or single for key, double, single in _TAG_ATTRIBUTE.findall(m.group(1))}
            for m in re.finditer(_START_TAG.format(re.escape(name)), text, re.IGNORECASE)]


_XML_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False,
                              remove_comments=True, remove_pis=True)


def parse_xml(data: bytes, damaged):
    """An office part's XML, whose programs never write a DTD: a part declaring one (with entities
    that would expand to gigabytes, or read files) is refused as damaged, as is XML that is no XML.
    ``damaged()`` makes the error."""
    if b"<!DOCTYPE" in data[:4096] or b"<!ENTITY" in data[:65536]:
        raise damaged()
    try:
        return etree.fromstring(data, _XML_PARSER)
    except (etree.XMLSyntaxError, ValueError):
        raise damaged() from None
