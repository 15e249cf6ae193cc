"""What the word-processor parsers (docx, odt) share: their text laid out as paragraphs while their
markup is walked, with the page each starts on and the page breaks inside it, and the document made
of them: blocks, title, dateline.

Pages: a word processor's file records where the pages broke when it last laid the text out (Word's
lastRenderedPageBreak, LibreOffice's soft-page-break), and the breaks its author typed (a page break,
a paragraph set to start a page). Both are counted, once where they fall together (no letter between
them); a break before the text's first paragraph opens no page."""
from __future__ import annotations

from dataclasses import dataclass, field

from .base import Block, ParsedDocument, ParseError
from .cell_rows import TableRow, cells_row
from .normalize import clean_text, normalize_inline
from .own_dateline import dateline_paragraphs, own_dateline
from .office_package import local_name, whole_number
from .page_breaks import page_breaks
from .placeholder_titles import is_placeholder_title
from .section_headings import naming_heading
from .stale_titles import is_stale_title
from .text_titles import title_by_text

HEADING = "heading"  # a paragraph's kind: a heading (its style, or an outline level)
TITLE = "title"  # the Title style's paragraph
OPENING = 8  # the text's first paragraphs: a heading among them titles the document
NOTE = "note"  # a footnote's or endnote's paragraph


@dataclass
class Paragraph:
    text: str
    page: int
    starts: list[tuple[int, int]] = field(default_factory=list)  # (letters before a break, the page after it)
    kind: str = ""
    bold: bool = False  # every letter of it is bold: an interview's question set off (ingest.extract)


class Flow:
    """The text as it flows: the pieces of the paragraph being read, the page, the letters so far."""

    def __init__(self) -> None:
        self.page = 1
        self.pieces: list[str] = []
        self.para_page = 1  # the page the paragraph's first letter is on
        self.starts: list[tuple[int, int]] = []
        self.para_letters = 0
        self.para_plain = 0  # the paragraph's letters not in bold
        self.letters = 0  # in the whole text: two breaks with none between them are one
        self.at_break = 0
        self.paragraphs = 0

    def add(self, text: str, bold: bool = False) -> None:
        self.pieces.append(text)
        n = sum(ch.isalnum() for ch in text)
        self.letters += n
        self.para_letters += n
        self.para_plain += 0 if bold else n

    def page_break(self) -> None:
        if self.paragraphs == 0 and not self.pieces:
            return  # a page break before any text opens no blank page
        if self.page > 1 and self.letters == self.at_break:
            return  # the rendered break where the typed one is: one break
        self.page += 1
        self.at_break = self.letters
        if self.para_letters:
            self.starts.append((self.para_letters, self.page))
        else:
            self.para_page = self.page

    def start(self) -> None:
        """A paragraph starts."""
        self.pieces, self.starts, self.para_letters, self.para_plain, self.para_page = [], [], 0, 0, self.page

    def end(self, kind: str = "") -> Paragraph:
        """The paragraph read since start()."""
        self.paragraphs += 1
        bold = self.para_letters > 0 and not self.para_plain
        paragraph = Paragraph("".join(self.pieces), self.para_page, self.starts, kind, bold)
        self.start()
        return paragraph


class Walker:
    """What a parser's walk over its markup keeps: the styles, the flow, the paragraphs read, the text
    boxes met in the paragraph being read (read after it)."""

    def __init__(self, styles: dict) -> None:
        self.styles = styles
        self.flow = Flow()
        self.out: list[Paragraph] = []
        self.floating: list = []

    def add(self, text: str | None, bold: bool = False) -> None:
        if text:
            self.flow.add(text, bold)

    def blocks(self, parent) -> None:  # pragma: no cover - each format's own
        raise NotImplementedError

    def read_row(self, cells, table: str) -> None:
        """A table's row: each cell's blocks read apart, then the row as row_paragraphs makes it
        (``table``: the format's name of a table, which makes a cell holding one a layout's)."""
        outer, read, nested = self.out, [], False
        for cell in cells:
            self.out = []
            nested = nested or any(local_name(el) == table for el in cell.iter())
            self.blocks(cell)
            read.append(self.out)
        self.out = outer
        self.out.extend(row_paragraphs(read, nested, self.flow.page))


def ancestors(styles: dict, style, parent_of):
    """The styles ``style`` is based on, nearest first (a loop of them read once)."""
    name, seen = parent_of(style), set()
    while name in styles and name not in seen:
        seen.add(name)
        yield styles[name]
        name = parent_of(styles[name])


def paragraph_text(raw: str) -> str:
    """A paragraph's text: cleaned (NFC, controls), each line's spaces made one, tabs a space but
    between figures (a column gap)."""
    lines = [normalize_inline(line) for line in clean_text(raw).split("\n")]
    return "\n".join(line for line in lines if line)


def row_paragraphs(cells: list[list[Paragraph]], nested: bool, page: int) -> list[Paragraph]:
    """A table's row of cells (each its paragraphs) as one paragraph when it is a data table's row
    (cell_rows), else its cells' paragraphs in order; ``nested``: a cell holds a table (a layout's)."""
    texts = [[t for p in cell if (t := paragraph_text(p.text))] for cell in cells]
    joined = cells_row(texts, [" ".join(t) for t in texts]) if len(cells) > 1 and not nested else None
    if joined is None:
        return [p for cell in cells for p in cell]
    first = next((p for cell in cells for p in cell if p.text.strip()), None)
    return [Paragraph(joined, first.page if first else page)]


def with_footnotes(body: list[Paragraph], footnotes: list[list[Paragraph]]) -> list[Paragraph]:
    """The body's paragraphs with each footnote (its paragraphs, at the page its mark is on) after the
    text of that page, as the page prints it."""
    out: list[Paragraph] = []
    pending = list(footnotes)
    for p in body:
        while pending and (not pending[0] or pending[0][0].page < p.page):
            out.extend(pending.pop(0))
        out.append(p)
    out.extend(p for note in pending for p in note)
    return out


def numbered_note(mark: str, paragraphs: list[Paragraph], page: int) -> list[Paragraph]:
    """A note's paragraphs at ``page``, its mark before the first as the page prints it («1 Там же»)."""
    texts = [p for p in paragraphs if p.text.strip()]
    return [Paragraph((f"{mark} " if i == 0 and mark else "") + p.text, page, [], NOTE) for i, p in enumerate(texts)]


def office_document(fmt: str, paragraphs: list[Paragraph], notes_at_end: list[Paragraph], metadata: dict[str, str],
                    name: str, what: str, headings_first: bool = True) -> ParsedDocument:
    """The document of ``paragraphs`` (notes among them at their pages, ``notes_at_end`` after the
    text) with the file's ``metadata`` (title, author, created, modified): blocks with their pages,
    the title, the dateline. ``what`` names the format in a sentence («The DOCX file»)."""
    blocks: list[Block] = []
    texts: list[str] = []  # the text's own paragraphs: no note or table row titles or dates it
    dated: list[str] = []  # ... and the table rows, of which a header row may date it (dateline_paragraphs)
    titles: list[str] = []  # the Title style's paragraphs near the top
    headings: list[tuple[int, str]] = []  # ... and the heading styles' (their index in texts)
    pages = 1
    for p in [*paragraphs, *notes_at_end]:
        text = p.text if isinstance(p.text, TableRow) else paragraph_text(p.text)
        if not text or not any(ch.isalnum() for ch in text):
            continue
        # a paragraph all in bold but a heading, the title or a note: as a web page's <b> (html_bold)
        blocks.append(Block(text, p.page, breaks=page_breaks(text, p.starts), bold=p.bold and not p.kind,
                            table_row=isinstance(text, TableRow), note=p.kind == NOTE))
        pages = max(pages, p.page, *(page for _, page in p.starts))
        if p.kind == NOTE:
            continue
        dated.append(text)
        if isinstance(text, TableRow):
            continue
        texts.append(text)
        if p.kind in (HEADING, TITLE) and len(texts) <= OPENING and "\n" not in text:
            titles.append(text) if p.kind == TITLE else headings.append((len(texts) - 1, text))
    if not blocks:
        raise ParseError("empty", f"{what} has no text.", path=name or None)
    # the Title style's paragraph, or the first heading on top that is no section's («1. Общие положения»)
    heading = naming_heading(titles, headings, texts) if headings_first else None
    title = metadata.get("title")
    if title and (is_placeholder_title(title)  # «Документ1», «Microsoft Word - x.docx», «Title»
                  # or the Title of the file it was saved from: «… за 2015 год» over the heading «… за 2019 год»
                  or heading and is_stale_title(title, heading, texts[:OPENING])):
        del metadata["title"]
        title = None
    if not title and heading:
        title = heading
    title = title_by_text(title, texts) if texts else title
    dateline = own_dateline(dateline_paragraphs(dated, TableRow))
    if dateline:
        metadata["dateline"] = dateline
    return ParsedDocument(format=fmt, title=title, blocks=blocks, pages=pages, metadata=metadata)


def iso_day(value: str | None) -> str | None:
    """``2019-03-14T09:12:00Z`` -> ``2019-03-14``; None for no such date (Word's «1601-01-01» of a
    document never saved is no day: too early)."""
    value = (value or "").strip()
    if len(value) < 10 or value[4] != "-" or value[7] != "-":
        return None
    year, month, day = (whole_number(value[at:at + n]) for at, n in ((0, 4), (5, 2), (8, 2)))
    if year is None or month is None or day is None or not 1900 <= year <= 2100:
        return None
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    return value[:10]
