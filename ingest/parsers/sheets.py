"""What the spreadsheet parsers (xlsx, ods) share: a workbook's visible sheets made a document, each sheet a
page headed by its name, each row with text one paragraph of its cells (a data table's row, as a Word or web
page table's: cell_rows), and the cells' values shown as the program shows them (numbers, days, booleans).

A row is one passage, so a member of a list is found by his name and his region together; a row of one
filled cell (a sheet's heading, a note under its table) is a paragraph of its own."""
from __future__ import annotations

import math
from dataclasses import dataclass, field
from functools import lru_cache
from datetime import date, datetime, timedelta
from decimal import ROUND_HALF_UP, Decimal, localcontext

from .base import Block, ParsedDocument, ParseError
from .cell_rows import TableRow, cells_row, name_columns, table_row
from .file_titles import file_name_title
from .normalize import clean_text, is_bare_dateline, looks_like_title, normalize_inline
from .own_dateline import dateline_paragraphs, own_dateline
from .placeholder_titles import is_placeholder_title

# a run of more empty columns than this between two filled cells keeps one: a cell far out at column
# XFD must not make each row thousands of column gaps (the sheet's XML for it is a few bytes)
_GAP_COLUMNS = 16
# the formats of the workbooks read here: their cells are a list's entries, never prose (ingest.build)
WORKBOOK_FORMATS = frozenset({"xlsx", "ods"})
# what Russian Excel and LibreOffice show for a boolean cell
TRUE, FALSE = "ИСТИНА", "ЛОЖЬ"
_PERCENT_DIGITS = 400  # a percent's digits at most: 309 before the decimal sign, 30 after


@dataclass
class Sheet:
    """A sheet's name and its rows, each the (column, text) of its filled cells in column order."""

    name: str
    rows: list[list[tuple[int, str]]] = field(default_factory=list)


def number_text(value: float) -> str:
    """A cell's number as a spreadsheet shows it in a general format: an integer without «.0», other
    numbers to 15 significant digits (Excel's own precision: 0.1+0.2 is 0.3)."""
    if not math.isfinite(value):
        return ""
    if value == int(value) and abs(value) < 1e15:
        return str(int(value))
    return f"{value:.15g}"


def percent_text(value: float, decimals: int) -> str:
    """A cell's number in a percent format of `decimals` digits after the decimal sign as Russian Excel
    shows it: times 100, rounded half away from zero, a decimal comma («0.0%»: 0.456667 is «45,7%»)."""
    if not math.isfinite(value * 100):
        return ""
    # Excel's own precision first (15 significant digits), so 0.0005 is 0,05% and rounds up, not down; at most
    # Excel's 30 decimals, in a context wide enough for 1e308 with them (the default 28 digits raised on 1e24)
    with localcontext(prec=_PERCENT_DIGITS):
        percent = Decimal(f"{value * 100:.15g}").quantize(Decimal(1).scaleb(-min(decimals, 30)), ROUND_HALF_UP) + 0
    return f"{percent:f}".replace(".", ",") + "%"  # + 0: no «-0,0%» of a tiny negative


def day_text(day: date | datetime) -> str:
    """A day as the archive's documents write it, DD.MM.YYYY; with the hour when a time is set."""
    shown = f"{day.day:02d}.{day.month:02d}.{day.year:04d}"
    if isinstance(day, datetime) and (day.hour or day.minute):
        shown += f" {day.hour:02d}:{day.minute:02d}"
    return shown


def serial_day(serial: float, date1904: bool = False) -> date | datetime | None:
    """A spreadsheet's day number as the day (and time) it stands for: days since 1904-01-01, or in the
    1900 system since 1899-12-31 with Lotus's 29 February 1900 (serial 60) counted; None out of range."""
    if not math.isfinite(serial) or serial < 1 or serial > 2958465:  # 9999-12-31
        return None
    days = int(serial)
    if date1904:
        start = datetime(1904, 1, 1)
    else:
        start = datetime(1899, 12, 30) if days > 60 else datetime(1899, 12, 31)
    moment = start + timedelta(days=days, seconds=round((serial - days) * 86400))
    return moment if moment.hour or moment.minute else moment.date()


# a list's cells repeat (its regions, days, «да»): each short one cleaned once. A long one (a note) is seldom
# repeated, and the cache outlives the workbook in a parser process: 10,000 notes of 2,000 characters kept 80 MB
_CACHED_CELL_CHARS = 120


def cell_text(raw: str) -> tuple[str, ...]:
    """A cell's text as its lines (Alt+Enter's breaks), each cleaned and its spaces made one: a tab in it
    would part the row's columns."""
    return _short_cell_text(raw) if len(raw) <= _CACHED_CELL_CHARS else _cell_lines(raw)


def _cell_lines(raw: str) -> tuple[str, ...]:
    return tuple(line for line in (normalize_inline(part.replace("\t", " ")) for part in clean_text(raw).split("\n"))
                 if line)


_short_cell_text = lru_cache(maxsize=16384)(_cell_lines)  # at most a few MB of short texts


def _row_texts(row: list[tuple[int, str]]) -> list[list[str]]:
    """A row's cells as each cell's lines, an empty cell ([]) in each column between two filled ones."""
    cells: list[list[str]] = []
    last = -1
    for column, raw in row:
        lines = cell_text(raw)
        if not lines:
            continue
        gap = column - last - 1
        cells.extend([] for _ in range(min(gap, _GAP_COLUMNS) if cells else 0))
        cells.append(list(lines))
        last = column
    return cells


def _paragraph(cells: list[list[str]], name: range) -> str:
    """A row's paragraph: one filled cell's text alone; two or more a data table's row as a Word or web
    page table's is (cell_rows: a name's parts in their columns one name), and so is a row with a long
    cell, which a spreadsheet still holds as one row of its list."""
    filled = [cell for cell in cells if cell]
    if len(filled) == 1:
        return "\n".join(filled[0])
    shown = [" ".join(cell) for cell in cells]
    return cells_row(cells, shown, name) or table_row(cells, shown)


def workbook_document(fmt: str, sheets: list[Sheet], metadata: dict[str, str], name: str,
                      what: str) -> ParsedDocument:
    """The document of a workbook's visible ``sheets`` with the file's ``metadata`` (title, author, created):
    sheet N is page N, its name (a program's «Лист1» left out) its heading line. ``what`` names the format
    in a sentence («The Excel workbook»)."""
    blocks: list[Block] = []
    first_rows: list[list[list[str]]] = []  # the first sheet with text's rows, for the title
    for page, sheet in enumerate(sheets, 1):
        rows = [cells for cells in map(_row_texts, sheet.rows) if cells]
        if not rows:
            continue
        if not first_rows:
            first_rows = rows
        heading = " ".join(sheet.name.split())
        if heading and not is_placeholder_title(heading):
            blocks.append(Block(heading, page, quotable=False))
        header = next((cells for cells in rows if sum(map(bool, cells)) >= 2), [])
        names = name_columns([" ".join(cell).casefold() for cell in header], len(header))
        for cells in rows:
            text = _paragraph(cells, names if cells is not header and len(cells) == len(header) else range(0))
            if any(ch.isalnum() for ch in text):  # a row of dashes or «—» alone is no paragraph
                blocks.append(Block(text, page, table_row=isinstance(text, TableRow)))
    if not any(b.quotable for b in blocks):
        raise ParseError("empty", f"{what} has no text in its cells.", path=name or None)
    title = metadata.get("title")
    if title and is_placeholder_title(title):  # «Книга1», «Лист1», «Microsoft Excel - x.xlsx»
        del metadata["title"]
        title = None
    paragraphs = [b.text for b in blocks if b.quotable]
    dateline = own_dateline(dateline_paragraphs(paragraphs, TableRow))
    if dateline:
        metadata["dateline"] = dateline
    return ParsedDocument(format=fmt, title=title or _heading_row(first_rows) or file_name_title(name),
                          blocks=blocks, pages=len(sheets), metadata=metadata)


def _heading_row(rows: list[list[list[str]]]) -> str | None:
    """The first sheet's first row when it reads as a heading: one filled cell of one line at the top
    («Состав Ассамблеи народа Казахстана на 01.01.2020»), not a date alone."""
    cells = [cell for cell in rows[0] if cell] if rows else []
    if len(cells) != 1 or len(cells[0]) != 1:
        return None
    text = cells[0][0]
    return text if looks_like_title(text) and not is_bare_dateline(text) else None
