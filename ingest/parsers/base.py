"""The parser interface: what every format parser returns, and how it fails.

A parser is a small class declaring the extensions and MIME types it takes and turning the
bytes of one file into a :class:`ParsedDocument` (paragraph blocks, page numbers, metadata),
or raising :class:`ParseError` with a short reason code and one plain-language sentence.
"""
from __future__ import annotations

import os
import stat
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO, ClassVar

from .page_breaks import PageBreaks, page_at


@dataclass
class Block:
    """One paragraph of text."""

    text: str
    page: int | None = None  # 1-based page for paged formats (PDF; a workbook's sheet)
    # False for a table of contents' entry: searched with its document, never found as a quote
    quotable: bool = True
    # later pages starting inside the paragraph (page_breaks): a passage cut from it after a break
    # is cited with the page its own text starts on
    breaks: PageBreaks = ()
    # the file's markup opened a speaker's turn here with his label («Карин:» the subtitle parser wrote
    # for «- Карин:» or <v Карин>): it names the speaker however few turns the file has (ingest.extract)
    labelled: bool = False
    # the file's markup says someone else speaks from here, whom it does not name (a subtitle's
    # dialogue dash, a recognizer's «SPEAKER_01:»): no speaker before, labelled or reported, goes on
    new_speaker: bool = False
    # a recording's long pause opens it: no speaker the paragraph before reported goes on speaking
    after_pause: bool = False
    # all its text is bold (a web page's <b>, a Word, ODT or RTF file's bold type): an interview sets its
    # questions off so (ingest.extract)
    bold: bool = False
    # a data table's row, its cells parted by a tab («Глубокое⇥450»): a column of figures, never a name
    # index's pages (index.reference_lines)
    table_row: bool = False
    # a plain text's line kept apart from the line above it, which ends no sentence (an addressee or a
    # signer's post over two lines): read as a line of its own, but its passage goes on that line's
    # so a phrase across the line break is found (normalize.split_lines_kept, ingest.passages)
    wraps_on: bool = False
    # a footnote's or endnote's paragraph, as the file marks it (a Word or ODT note, an RTF \footnote, a web
    # page's note its mark links to, a text's note under a rule of underscores, a PDF's in smaller type at a
    # page's foot): searched with the document, but no words, speaker or date of it
    note: bool = False

    def page_at(self, offset: int) -> int | None:
        """The page of the character at `offset` in the text."""
        return page_at(self.page, self.breaks, offset)


@dataclass
class ParsedDocument:
    """The text of one file, split into paragraphs, with what the file says about itself."""

    format: str  # "pdf" | "html" | "txt" | "subtitles" | "telegram" | "rtf" | "docx" | "odt" | "xlsx" | "ods" | "eml"
    title: str | None
    blocks: list[Block]
    encoding: str | None = None  # Python codec name the bytes were decoded with (txt, html)
    pages: int | None = None  # page count (PDF; an RTF's with page breaks)
    # title, author, created (ISO date), published (ISO date, from HTML meta tags),
    # dateline (the first line of the text that looks like a date), ...
    metadata: dict[str, str] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)  # plain-language notes for the ingest report

    @property
    def text(self) -> str:
        """Full text, paragraphs separated by blank lines."""
        return "\n\n".join(b.text for b in self.blocks)


# Files above this size are refused unless the caller sets its own limit (ingest --size-limit); a
# package (DOCX, ODT) is refused when its parts unpack to more.
MAX_BYTES = 200 * 1024 * 1024


# Reason codes of ParseError, with the default sentence for each.
REASONS: dict[str, str] = {
    "empty": "The file is empty or has no text.",
    "too_large": "The file is larger than the size limit for parsing.",
    "unsupported": "The file's format is not supported.",
    "binary": "The file is binary data, not text.",
    "damaged": "The file is damaged or truncated and cannot be read.",
    "password_required": "The PDF is protected by a password; it cannot be opened without it.",
    "no_text_layer": "The PDF has no text layer (scanned pages or images only); it needs OCR.",
    "mojibake": "The text comes out garbled (a font or encoding without a usable character map); "
    "it was not indexed.",
    "ocr_noise": "The text is OCR noise, not language (a photo or a blank page recognised as stray signs); "
    "it was not indexed.",
    "encoding": "The text encoding could not be determined.",
    "unreadable": "The file cannot be read from disk.",
    "frameset": "The page is a frameset: its text is in the pages it shows in its frames, which are files of "
    "their own.",
    "list_page": "The page lists other pages' teasers (a home, news-list, tag, category or archive page): its "
    "articles are files of their own (ingest --keep-list-pages indexes such pages too, undated).",
    "ingest_report": "The file is an assembly-search ingest report (one JSON line per file, from --report), not "
    "a document of the archive.",
    "folder_listing": "The page is a web server's listing of a folder's files, no document.",
    "mirror_tool": "The file is a web mirror's own (HTTrack's log, cache or index of projects), no page of a site.",
    "menu_frame": "The page is a frame of links only (a framed site's menu): its links open the other frames' "
    "pages, which are files of their own.",
}
# The reasons that depend on a file's bytes alone: the same bytes fail the same way on the next
# run (a size limit, or a read error, may go another way). "unsupported" reaches a parser only by
# the bytes (a DOCX named .txt): ingest takes no file whose name the parsers do not know.
CONTENT_REASONS = frozenset({"empty", "binary", "damaged", "password_required", "no_text_layer", "mojibake",
                             "ocr_noise", "encoding", "unsupported", "frameset", "menu_frame", "ingest_report",
                             "folder_listing", "mirror_tool"})
# The reasons of a file that holds nothing to index by design: skipped, not failed
NOTHING_TO_INDEX = frozenset({"frameset", "menu_frame", "list_page", "ingest_report", "folder_listing", "mirror_tool"})
# what a parser sets in ParsedDocument.metadata["page_kind"] for a page of teasers of other pages
LIST_PAGE = "list"


class ParseError(Exception):
    """A file that cannot be turned into text. ``reason`` is a short code (see REASONS);
    ``str(error)`` is one plain-language sentence fit for the ingest report."""

    def __init__(self, reason: str, message: str | None = None, *, path: Path | str | None = None):
        self.reason = reason
        self.path = str(path) if path is not None else None
        self.message = message or REASONS.get(reason, "The file could not be parsed.")
        super().__init__(self.message)

    def __str__(self) -> str:  # one sentence, no traceback material
        return self.message

    def __reduce__(self):  # picklable across worker processes
        return (_rebuild_parse_error, (self.reason, self.message, self.path))


def _rebuild_parse_error(reason: str, message: str, path: str | None) -> ParseError:
    return ParseError(reason, message, path=path)


class Parser:
    """Base class of the format parsers: declare ``format``, ``extensions`` and ``mime_types``,
    implement ``parse``."""

    format: ClassVar[str] = ""
    extensions: ClassVar[tuple[str, ...]] = ()
    mime_types: ClassVar[tuple[str, ...]] = ()

    def parse(self, data: bytes, name: str = "") -> ParsedDocument:  # pragma: no cover - abstract
        raise NotImplementedError


class NotARegularFile(OSError):
    """The path leads to a pipe, device or socket (a file replaced after the batch found it)."""


def open_regular(path: Path | str) -> BinaryIO:
    """The regular file at `path`, open for reading; NotARegularFile for anything else. Opened
    without blocking, then checked by the type of what was opened: open() of a named pipe waits
    for a writer, forever and deaf to SIGTERM, and a check of the name before opening it could
    meet another file than the one opened."""
    fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise NotARegularFile(0, "not a regular file (a pipe, device or socket)", str(path))
        os.set_blocking(fd, True)  # as open() gives it (a regular file's reads never wait anyway)
    except BaseException:
        os.close(fd)
        raise
    # outside the try: a time limit's alarm inside fdopen, once its file object owns the
    # descriptor, must not close it here too: the object would close it again later, when the
    # number may be another file's, whose reads then fail (EBADF, reported «unreadable»)
    return os.fdopen(fd, "rb")
