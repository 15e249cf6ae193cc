"""RTF documents (Word, WordPad, Lexicon's export), also saved as .doc: known by their «{\\rtf» opening.

A linear tokenizer reads groups, control words and text; no regex spans more than one token, so a
20 MB file costs seconds. Text is decoded in the code page of its font (\\fcharsetN, \\cpgN; a
Kazakh «KZ» font's letters in windows-1251's slots as kz1048), else the document's (\\ansicpgN);
\\uN characters are read as Unicode and the \\ucN replacement characters after them skipped.

Kept: paragraphs (\\par), line breaks (\\line), a table's row as one paragraph of its cells parted
by a tab (as html_rows reads a data table; a layout table's long cells stay paragraphs), the
footnotes' and endnotes' text after the document's (as Word's web pages keep them), each opening with
its number (\\chftn: footnotes 1, 2, …, endnotes apart, i, ii, … or as \\aftnnar and the like set), page numbers
from the explicit page and section breaks (\\page, \\sect), and \\info's title, author and creation
day (weighed as a PDF's metadata: the text's own dateline wins); a paragraph all in bold (\\b) is
marked so (an interview's questions). Dropped: hidden text (\\v), the deleted text of tracked changes (\\deleted),
headers and footers, field instructions (a field's shown result stays), pictures, objects, the
font, colour, style and list tables, bookmarks, comments, index and contents entries, text boxes
and any «\\*» destination this reader does not know."""
from __future__ import annotations

import codecs
import re
from dataclasses import dataclass, field, replace

from .act_title import title_from_heading
from .base import Block, ParsedDocument, ParseError, Parser
from .cell_rows import TableRow, table_row
from .html_bold import BoldParagraph
from .letter_title import letter_title_for
from .own_dateline import dateline_paragraphs, own_dateline
from .normalize import (SUPERSCRIPT_DIGITS, clean_text, is_bare_dateline,
                        is_document_type, looks_like_title, normalize_inline, opening_lines, without_datelines,
                        without_letterhead)
from .note_numbers import DECIMAL, ENDNOTE_STYLE, LOWER_LETTER, LOWER_ROMAN, UPPER_LETTER, UPPER_ROMAN, note_label
from .page_breaks import letters, page_breaks
from .placeholder_titles import is_placeholder_title

RTF_MAGIC = b"{\\rtf"

# One token: a control word with its parameter and the space that ends it, a run of hex bytes (a
# word of Cyrillic is one token), a control symbol, a brace, line ends (no text in RTF), or a run of text.
_TOKEN = re.compile(rb"\\([a-zA-Z]{1,32})(-?\d{1,10})? ?|((?:\\'[0-9a-fA-F]{2})+)|\\([^a-zA-Z])|([{}])|[\r\n]+"
                    rb"|[^\\{}\r\n]+|\\")
_SKIP_STOP = re.compile(rb"[\\{}]")  # what a skipped group's depth is counted by

# Windows character sets (\fcharsetN) and their code pages; 2 is the Symbol font's, whose glyphs
# (list bullets) are no letters
_CHARSETS = {0: "cp1252", 77: "mac_roman", 128: "cp932", 129: "cp949", 130: "johab", 134: "gbk", 136: "big5",
             161: "cp1253", 162: "cp1254", 163: "cp1258", 177: "cp1255", 178: "cp1256", 186: "cp1257",
             204: "cp1251", 222: "cp874", 238: "cp1250", 254: "cp437", 255: "cp437"}
_SYMBOL_CHARSET = 2
# the code pages of \ansicpgN (and a font's \cpgN) Python names otherwise than cpN
_CODE_PAGES = {10000: "mac_roman", 10007: "mac_cyrillic", 1048: "kz1048", 20866: "koi8_r", 21866: "koi8_u",
               28595: "iso8859_5", 65001: "utf-8"}
# a Kazakh font of the 1990s (KZ Times New Roman, Times/Kazakh): its Kazakh letters sit in
# windows-1251's slots of Serbian and Ukrainian ones, as kz1048 standardised them
_KAZAKH_FONT = re.compile(rb"(?<![a-z])(?:kz|kaz|kazakh)(?![a-z])", re.IGNORECASE)

# Destinations that hold no text of the document (a «\*» destination unknown here is skipped too).
# the document's endnote numbering: \aftnnar 1, 2, …; \aftnnrlc i, ii, …; \aftnnruc I, II, …; \aftnnalc a, b, …
_ENDNOTE_STYLES = {"aftnnar": DECIMAL, "aftnnrlc": LOWER_ROMAN, "aftnnruc": UPPER_ROMAN, "aftnnalc": LOWER_LETTER,
                   "aftnnauc": UPPER_LETTER}
_SKIPPED = frozenset({
    "colortbl", "stylesheet", "listtable", "listoverridetable", "revtbl", "rsidtbl", "pict", "object", "objdata",
    "header", "headerl", "headerr", "headerf", "footer", "footerl", "footerr", "footerf", "fldinst", "bkmkstart",
    "bkmkend", "themedata", "datastore", "colorschememapping", "latentstyles", "xmlnstbl", "filetbl", "pn",
    "pntxta", "pntxtb", "annotation", "atnid", "atnauthor", "atnref", "atndate", "xe", "tc", "tcn", "txe", "rxe",
    "shpinst", "shprslt", "nonshppict", "nonesttables", "do", "template", "private", "generator", "mmathPr",
    "ftnsep", "ftnsepc", "ftncn", "aftnsep", "aftnsepc", "aftncn", "pgdsctbl", "userprops", "docvar", "wgrffmtfilter",
})
_INFO_FIELDS = {"title": "title", "author": "author", "subject": "subject", "keywords": "keywords"}
_DATES = {"creatim": "created", "revtim": "modified"}
# control words that stand for a character
_CHARACTERS = {"emdash": "\u2014", "endash": "\u2013", "lquote": "\u2018", "rquote": "\u2019",
               "ldblquote": "\u201c", "rdblquote": "\u201d", "bullet": "\u2022", "emspace": " ", "enspace": " ",
               "qmspace": " ", "tab": "\t", "line": "\n", "lbr": "\n"}
_SYMBOLS = {"~": "\u00a0", "_": "-", "-": "", "\\": "\\", "{": "{", "}": "}", "|": "", ":": ""}
# A data table's cell is short (html_rows): a row with a cell of more paragraphs or text is a layout's
_CELL_PARAGRAPHS = 2
_CELL_CHARS = 400
# Groups nested deeper are skipped, text and all: Word's stay far below it, and each open group holds
# a copy of its parent's properties (a file of a million «{» would fill the memory limit)
MAX_GROUP_DEPTH = 1000
# The share of the first 64 KB that may be control bytes: RTF is 7-bit text
_CONTROL_SHARE = 0.02
_CONTROL_BYTES = bytes(b for b in range(32) if b not in (9, 10, 13))
# a Symbol or Wingdings glyph as Word writes it in Unicode (\u-3913, U+F0B7: a list's bullet): no letter
_PRIVATE_USE = re.compile("[\ue000-\uf8ff]")


def is_rtf(head: bytes) -> bool:
    """Whether a file's first bytes open an RTF document (a BOM or blank line before it allowed)."""
    return head.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(RTF_MAGIC)


@dataclass
class _State:
    """A group's properties: what its text is for, and how it is read."""

    dest: str = "body"  # body | note | skip | info | an _INFO_FIELDS or _DATES key | fonttbl
    font: int | None = None
    uc: int = 1  # the replacement characters a \uN is followed by
    hidden: bool = False
    raised: bool = False  # superscript: a footnote's mark
    upr: tuple | None = None  # in an \upr group: the text gathered before its ANSI twin (_gathered)
    bold: bool = False

    def copy(self) -> _State:
        return _State(self.dest, self.font, self.uc, self.hidden, self.raised, self.upr, self.bold)


@dataclass
class _Flow:
    """The paragraphs of the body or of the notes, being gathered: the paragraph's pieces, the
    cells of a table's row, the pages starting inside the paragraph."""

    pieces: list[str] = field(default_factory=list)
    page: int = 1
    breaks: list[tuple[int, int]] = field(default_factory=list)  # (letters before, page)
    cells: list[list[str]] = field(default_factory=list)  # the row's finished cells, each its paragraphs
    cell: list[str] = field(default_factory=list)  # the paragraphs of the cell being read
    paragraphs: list[tuple[str, int, tuple]] = field(default_factory=list)  # text, page, page_breaks
    plain: bool = False  # a letter of the paragraph is not bold: else it is a BoldParagraph
    # the letters of pieces[:counted], counted at a page break: the next counts only the pieces added
    # since (a paragraph of thousands of \page breaks is read in linear time)
    letters: int = 0
    counted: int = 0

    def paragraph_text(self) -> tuple[str, tuple]:
        text = "".join(self.pieces)
        bold, self.plain = not self.plain, False
        if any("\ud800" <= ch <= "\udfff" for ch in text):  # a \uN pair beyond the BMP
            text = text.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "replace")
        text = _PRIVATE_USE.sub("", text)
        text = "\n".join(normalize_inline(line) for line in clean_text(text).split("\n")).strip("\n")
        breaks = page_breaks(text, self.breaks) if self.breaks else ()
        self.pieces, self.breaks, self.letters, self.counted = [], [], 0, 0
        return BoldParagraph(text) if bold and letters(text) else text, breaks

    def end_paragraph(self, in_table: bool) -> None:
        page = self.page - len(self.breaks) if self.breaks else self.page
        text, breaks = self.paragraph_text()
        if in_table:
            if text:
                self.cell.append(text)
        elif text:
            self.paragraphs.append((text, page, breaks))

    def end_cell(self) -> None:
        self.end_paragraph(True)
        self.cells.append(self.cell)
        self.cell = []

    def end_row(self) -> None:
        if self.pieces or self.cell:
            self.end_cell()
        cells, self.cells = self.cells, []
        texts = [" ".join(c) for c in cells]
        if (sum(map(bool, texts)) >= 2 and all(len(c) <= _CELL_PARAGRAPHS for c in cells)
                and all(len(t) <= _CELL_CHARS for t in texts)):
            while texts and not texts[-1]:
                texts.pop()  # nothing after the last text to keep in its column
            self.paragraphs.append((table_row(cells, texts), self.page, ()))
        else:  # a layout table, or a lone cell: its paragraphs as they are
            self.paragraphs.extend((p, self.page, ()) for c in cells for p in c)

    def page_break(self) -> None:
        self.page += 1
        if self.pieces:
            self.letters += letters("".join(self.pieces[self.counted:]))
            self.counted = len(self.pieces)
            self.breaks.append((self.letters, self.page))

    def cut(self, size: int) -> None:
        """The paragraph's pieces from ``size`` on dropped (an \\upr group's ANSI twin)."""
        del self.pieces[size:]
        if self.counted > size:
            self.letters, self.counted = letters("".join(self.pieces)), len(self.pieces)


class _Reader:
    """One pass over an RTF file's tokens."""

    def __init__(self, data: bytes):
        self.data = data
        self.codepage = "cp1252"
        self.default_font: int | None = None
        self.fonts: dict[int, str | None] = {}  # font -> codec; None for the Symbol font
        self.font_names: dict[int, bytes] = {}
        self.body, self.notes = _Flow(), _Flow()
        self.info: dict[str, list[str]] = {}
        self.dates: dict[str, dict[str, int]] = {}
        self.pending: list[bytes] = []  # bytes in the current codec, decoded together (a DBCS pair)
        self.pending_codec: str | None = None
        self.in_table = False
        self.section_break = False  # a \sect whose next section may start on a new page
        self.truncated = False
        self.too_deep = False  # a group nested past MAX_GROUP_DEPTH was skipped
        # the notes counted (\footnote, an endnote's \footnote\ftnalt) and the number \chftn prints in the note read
        self.footnotes = self.endnotes = 0
        self.endnote_style = ENDNOTE_STYLE
        self.note_number = ""

    # --- output -----------------------------------------------------------------------------
    def _flow(self, state: _State) -> _Flow | None:
        if state.dest == "body":
            return self.body
        return self.notes if state.dest == "note" else None

    def _codec(self, state: _State) -> str | None:
        font = state.font if state.font is not None else self.default_font
        return self.fonts.get(font, self.codepage) if font is not None else self.codepage

    def _text(self, state: _State, text: str) -> None:
        self._flush()
        self._put(state, text)

    def _put(self, state: _State, text: str) -> None:
        if state.hidden or not text:
            return
        if state.raised:
            text = text.translate(SUPERSCRIPT_DIGITS)
        if state.dest in _INFO_FIELDS:
            self.info.setdefault(state.dest, []).append(text)
            return
        flow = self._flow(state)
        if flow is None:
            return
        if self.section_break and flow is self.body:
            self.section_break = False
            flow.page_break()
        flow.pieces.append(text)
        if not state.bold and not flow.plain:  # once a letter is plain, the paragraph is
            flow.plain = any(ch.isalnum() for ch in text)

    def _bytes(self, state: _State, raw: bytes) -> None:
        codec = self._codec(state)
        if codec != self.pending_codec:
            self._flush()
            self.pending_codec = codec
        self.pending.append(raw)
        self.pending_state = state

    def _flush(self) -> None:
        if not self.pending:
            return
        raw, self.pending = b"".join(self.pending), []
        if self.pending_codec is None:  # the Symbol font: a bullet's glyph
            return
        self._put(self.pending_state, raw.decode(self.pending_codec, "replace"))

    # --- the pass ---------------------------------------------------------------------------
    def read(self) -> None:
        data = self.data
        state = _State()
        stack: list[_State] = []
        skip = 0  # replacement characters after a \uN still to skip
        fresh = False  # the group was just opened: a «\*» or a destination word may come
        pos = data.find(RTF_MAGIC)
        end = len(data)
        token = _TOKEN.match
        while pos < end:
            m = token(data, pos)
            pos = m.end()
            word, param, hexa, symbol, brace = m.groups()
            if brace is not None:
                self._flush()
                skip = 0
                if brace == b"{":
                    if len(stack) >= MAX_GROUP_DEPTH:
                        self.too_deep, fresh = True, False
                        pos = self._skip_group(pos)
                        continue
                    stack.append(state)
                    state = state.copy()
                    fresh = True
                    continue
                if state.dest == "fonttbl_entry":
                    self._font_entry(state)
                closing, state = state, stack.pop()
                if closing.dest == "note" and state.dest != "note":
                    self.notes.end_paragraph(False)  # a note's last paragraph has no \par
                fresh = False
                if not stack:
                    return  # the document's group closed: what follows is no part of it
                continue
            if hexa is not None:
                raw = bytes.fromhex(hexa.replace(b"\\'", b"").decode("ascii"))
                if skip:  # each byte is one replacement character of the \uN before
                    raw, skip = raw[skip:], max(0, skip - len(raw))
                if raw and state.dest != "skip":
                    self._bytes(state, raw)
                fresh = False
                continue
            if skip and (word is not None or symbol is not None):
                skip -= 1
                continue
            if symbol is not None:
                if symbol == b"*":
                    if fresh:  # an optional destination: skipped unless known below
                        state.dest, fresh = "optional", True
                    continue
                if symbol == b"'":  # a broken hex escape
                    continue
                if state.dest != "skip":
                    self._text(state, _SYMBOLS.get(symbol.decode("latin-1"), ""))
                fresh = False
                continue
            if word is not None:
                name = word.decode("ascii")
                value = int(param) if param is not None else None
                if name == "bin" and value:
                    pos += max(0, value)  # binary data: no tokens
                    continue
                if state.dest == "skip":
                    continue
                if fresh or state.dest == "optional":
                    if self._destination(state, name, stack):
                        if state.dest == "skip":
                            pos = self._skip_group(pos)
                            state = stack.pop()
                        fresh = False
                        continue
                fresh = False
                if name == "u" and value is not None:
                    code = value + 65536 if value < 0 else value  # Word writes 16 bits signed
                    self._text(state, chr(code) if 0 <= code < 0x110000 else "\ufffd")  # a broken escape
                    skip = state.uc
                    continue
                self._control(state, name, value)
                continue
            # text, or line ends (no text in RTF)
            fresh = False
            chunk = m.group()
            if chunk[:1] in b"\r\n" or state.dest == "skip":
                continue
            if skip:
                cut = min(skip, len(chunk))
                chunk, skip = chunk[cut:], skip - cut
            if state.dest == "fonttbl_entry":
                self.font_names[state.font] = self.font_names.get(state.font, b"") + chunk
                continue
            if state.dest in ("optional", "fonttbl", "info") or state.dest in _DATES:
                continue
            if chunk:
                self._bytes(state, chunk)
        self._flush()
        self.truncated = True

    def _skip_group(self, pos: int) -> int:
        """Where a skipped group ends (after its closing brace), found fast: a picture's hex
        holds no brace."""
        data, depth, search = self.data, 1, _SKIP_STOP.search
        while True:
            m = search(data, pos)
            if m is None:
                self.truncated = True
                return len(data)
            pos = m.end()
            ch = m.group()
            if ch == b"\\":
                binary = re.match(rb"bin(\d{1,10}) ?", data[pos:pos + 16])
                pos += binary.end() + int(binary.group(1)) if binary else 1
            elif ch == b"{":
                depth += 1
            else:
                depth -= 1
                if depth == 0:
                    return pos

    def _destination(self, state: _State, name: str, stack: list[_State]) -> bool:
        """Whether `name`, opening a group (or after «\\*»), is a destination, and set the group's."""
        optional = state.dest == "optional"
        if optional:
            state.dest = stack[-1].dest if stack else "body"
        if name == "fonttbl":
            state.dest = "fonttbl"
        elif name in ("footnote",):
            state.dest = "note" if state.dest in ("body", "note") else "skip"
            state.hidden = False
            if state.dest == "note":
                self.notes.page = self.body.page
                self.footnotes += 1
                self.note_number = str(self.footnotes)
        elif name == "info":
            state.dest = "info"
        elif state.dest == "info" and name in _INFO_FIELDS:
            state.dest = name
        elif state.dest == "info" and name in _DATES:
            state.dest = name
            self.dates[name] = {}
        elif name in ("fldrslt", "ud", "upr"):
            self._flush()
            if name == "upr":  # {\upr{ANSI text}{\*\ud{the same in Unicode}}}: the Unicode one is kept
                state.upr = self._gathered()
            elif name == "ud" and state.upr is not None:
                self._undo(state.upr)
            return name != "upr" and optional
        elif name in _SKIPPED or optional:
            state.dest = "skip"
        elif state.dest == "fonttbl" and name == "f":
            return False
        else:
            return False
        return True

    def _gathered(self) -> tuple:
        """How much text is gathered where an \\upr group may put its ANSI twin."""
        return len(self.body.pieces), len(self.notes.pieces), {k: len(v) for k, v in self.info.items()}

    def _undo(self, gathered: tuple) -> None:
        body, notes, info = gathered
        self.body.cut(body)
        self.notes.cut(notes)
        for key, pieces in self.info.items():
            del pieces[info.get(key, 0):]

    def _control(self, state: _State, name: str, value: int | None) -> None:
        self._flush()  # what follows may be read in another font or hidden
        dest = state.dest
        if dest == "fonttbl" or dest == "fonttbl_entry":
            if name == "f" and value is not None:
                state.dest, state.font = "fonttbl_entry", value
                self.fonts.setdefault(value, self.codepage)
            elif name == "fcharset" and value is not None and state.font is not None:
                self.fonts[state.font] = None if value == _SYMBOL_CHARSET else _CHARSETS.get(value, self.codepage)
            elif name == "cpg" and value and state.font is not None and self.fonts.get(state.font):
                self.fonts[state.font] = _code_page(value) or self.fonts[state.font]
            return
        if dest in _DATES:
            if name in ("yr", "mo", "dy") and value is not None:
                self.dates[dest][name] = value
            return
        if name in _CHARACTERS:
            self._text(state, _CHARACTERS[name])
        elif name in ("par", "sect", "page", "cell", "row", "nestcell", "nestrow"):
            self._break(state, name)
        elif name == "f" and value is not None:
            state.font = value
        elif name == "plain":
            state.font, state.hidden, state.raised, state.bold = None, False, False, False
        elif name == "b":
            state.bold = value != 0
        elif name in ("v", "deleted"):  # a tracked deletion is withdrawn wording, hidden as \v is
            state.hidden = value != 0
        elif name in ("super", "up"):
            state.raised = value != 0
        elif name in ("nosupersub", "sub"):
            state.raised = False
        elif name == "uc" and value is not None:
            state.uc = max(0, value)
        elif name == "intbl":
            self.in_table = True
        elif name == "pard":
            self.in_table = False
        elif name in ("sbknone", "sbkcol"):
            self.section_break = False  # the next section goes on on the same page
        elif name == "ansicpg" and value:
            self.codepage = _code_page(value) or self.codepage
        elif name in ("mac", "pc", "pca"):
            self.codepage = {"mac": "mac_roman", "pc": "cp437", "pca": "cp850"}[name]
        elif name == "deff" and value is not None:
            self.default_font = value
        elif name == "ftnalt" and dest == "note":  # the note is an endnote, counted apart
            self.footnotes -= 1
            self.endnotes += 1
            self.note_number = note_label(self.endnotes, self.endnote_style)
        elif name in _ENDNOTE_STYLES:
            self.endnote_style = _ENDNOTE_STYLES[name]
        elif name == "chftn" and dest == "note":  # the note's own mark: its number, as printed
            self._put(replace(state, raised=False), self.note_number)

    def _break(self, state: _State, name: str) -> None:
        flow = self._flow(state)
        if flow is None or state.hidden and name in ("par", "cell"):
            return
        if name == "par":
            flow.end_paragraph(self.in_table and flow is self.body)
        elif name in ("cell", "nestcell"):
            flow.end_cell()
        elif name in ("row", "nestrow"):
            flow.end_row()
        elif name == "page" and flow is self.body:
            flow.page_break()
        elif name == "sect" and flow is self.body:
            flow.end_paragraph(False)
            self.section_break = True

    def _font_entry(self, state: _State) -> None:
        """A font's name read: a Kazakh font's Cyrillic slots are kz1048's."""
        name = self.font_names.get(state.font, b"")
        if state.font is not None and _KAZAKH_FONT.search(name) and self.fonts.get(state.font) == "cp1251":
            self.fonts[state.font] = "kz1048"

    def finish(self) -> None:
        """The paragraphs and the row a truncated file broke off in."""
        self._flush()
        for flow in (self.body, self.notes):
            if flow.cells or flow.cell:
                flow.end_row()
            flow.end_paragraph(False)


def _code_page(number: int) -> str | None:
    name = _CODE_PAGES.get(number, f"cp{number}")
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def _iso_day(parts: dict[str, int]) -> str | None:
    year, month, day = parts.get("yr"), parts.get("mo"), parts.get("dy")
    if not year or not month or not day or not (1900 < year < 2100 and 1 <= month <= 12 and 1 <= day <= 31):
        return None
    return f"{year:04d}-{month:02d}-{day:02d}"


def _title(metadata: dict[str, str], paragraphs: list[str]) -> str | None:
    """The document's title: \\info's, unless a program's placeholder, a dateline or the first
    word of the text alone (Word fills it from the opening); else the heading of the text."""
    title = metadata.get("title")
    if title and (is_placeholder_title(title) or is_bare_dateline(title)):
        del metadata["title"]
        title = None
    titled = without_datelines(paragraphs)  # «Астана, 24 октября 2007 г.» names no subject
    if not titled:
        return title
    lettered = letter_title_for(title, paragraphs)  # a letter's subject under its head
    if lettered:
        return lettered
    if title and len(title.split()) == 1 and titled[0].casefold().startswith(title.casefold()):
        title = None  # «ПРОТОКОЛ» over «Протокол заседания Совета …»: the heading says more
    if title and not is_document_type(title):
        return title
    found = (title_from_heading(opening_lines(titled))
             or title_from_heading(opening_lines(without_letterhead(titled))))
    if found:
        return found
    headed = without_letterhead(titled)
    return headed[0] if len(headed) > 1 and looks_like_title(headed[0]) else title


class RtfParser(Parser):
    format = "rtf"
    extensions = (".rtf",)
    mime_types = ("application/rtf", "text/rtf")

    def parse(self, data: bytes, name: str = "") -> ParsedDocument:
        where = name or None
        if not is_rtf(data[:1024]):
            raise ParseError("damaged", "The file is not an RTF document: its «{\\rtf» opening is missing.",
                             path=where)
        sample = data[:65536]
        if sum(sample.count(b) for b in _CONTROL_BYTES) > _CONTROL_SHARE * len(sample):
            raise ParseError("damaged", "The file opens as RTF but holds binary data after that; it is damaged.",
                             path=where)
        reader = _Reader(data)
        reader.read()
        reader.finish()
        body = reader.body.paragraphs
        notes = reader.notes.paragraphs
        if not any(any(ch.isalnum() for ch in text) for text, _, _ in body + notes):
            if reader.truncated:
                raise ParseError("damaged", "The RTF file is truncated before any of its text.", path=where)
            raise ParseError("empty", "The RTF document has no text.", path=where)
        warnings = []
        if reader.too_deep:
            warnings.append(f"The RTF file nests groups more than {MAX_GROUP_DEPTH} deep; the text inside them was "
                            "left out.")
        if reader.truncated:
            warnings.append("The RTF file ends before its groups close (truncated or damaged); the text it holds was read.")
        metadata: dict[str, str] = {}
        for key, pieces in reader.info.items():
            value = normalize_inline(clean_text("".join(pieces)))
            if key in _INFO_FIELDS and value and "\ufffd" not in value:
                metadata[_INFO_FIELDS[key]] = value
        for key, parts in reader.dates.items():
            day = _iso_day(parts)
            if day:
                metadata[_DATES[key]] = day
        paragraphs = [text for text, _, _ in body]
        title = _title(metadata, paragraphs)
        if title:
            metadata["title"] = title
        # a date in a table's row is an event's or a figure's day, not the document's (but a header row's)
        dateline = own_dateline(dateline_paragraphs(paragraphs, TableRow))
        if dateline:
            metadata["dateline"] = dateline
        paged = reader.body.page > 1
        # a body's paragraph all in bold (\b): an interview's question set off, as a web page's <b>
        blocks = [Block(str(text), page=page if paged else None, breaks=breaks if paged else (),
                        bold=isinstance(text, BoldParagraph) and i < len(body), table_row=isinstance(text, TableRow),
                        note=i >= len(body))
                  for i, (text, page, breaks) in enumerate(body + notes) if any(ch.isalnum() for ch in text)]
        return ParsedDocument(format=self.format, title=title, blocks=blocks, encoding=reader.codepage,
                              pages=reader.body.page if paged else None, metadata=metadata, warnings=warnings)
