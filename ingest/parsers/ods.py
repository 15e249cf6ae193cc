"""OpenDocument spreadsheets (ODS, OTS: LibreOffice, OpenOffice): content.xml's tables in order, each a page
of its rows (sheets). Kept: a cell's paragraphs (spans, links, spaces, tabs and line breaks), numbers as
numbers (an integer without «.0»), days (office:date-value) as DD.MM.YYYY, booleans, a formula's value as
LibreOffice last computed it; a cell or row repeated (number-columns-repeated, number-rows-repeated) as
often as it shows, an empty run of them costing nothing however long (LibreOffice writes the sheet's last
1,048,576 rows as one). Dropped: formulas' text, comments (office:annotation), hidden tables, the text of
cells a merged cell covers. Title, author and dates from meta.xml (as an ODT's)."""
from __future__ import annotations

from datetime import datetime

from .base import MAX_BYTES, ParsedDocument, Parser
from .odt import meta_properties, table_rows
from .office_package import attribute, local_name, opendocument, whole_number
from .sheet_budget import TextBudget
from .sheets import FALSE, TRUE, Sheet, day_text, number_text, workbook_document

# a filled row or cell repeated more often than this is shown this often: the same values over a
# million rows are a formatting accident, no list
_REPEATS = 1000
_COLUMNS = 16384  # a sheet's columns in LibreOffice and Excel (A to XFD): a row shows no cell past them
_NO_TEXT = frozenset({"annotation", "annotation-end", "note", "bookmark", "bookmark-start", "bookmark-end"})


def _hidden_tables(root) -> set[str]:
    """The names of the table styles that hide their table (table:display="false")."""
    hidden = set()
    for el in root.iter():
        if local_name(el) == "style" and attribute(el, "family") == "table":
            props = next((c for c in el if local_name(c) == "table-properties"), None)
            if props is not None and attribute(props, "display") == "false":
                hidden.add(attribute(el, "name") or "")
    return hidden


def _inline(el, out: list[str]) -> None:
    """A paragraph's (or span's) text into ``out``."""
    out.append(el.text or "")
    for child in el:
        name = local_name(child)
        if name == "s":
            count = whole_number(attribute(child, "c"))
            out.append(" " * min(1 if count is None else count, 100))
        elif name == "tab":
            out.append(" ")
        elif name == "line-break":
            out.append("\n")
        elif name not in _NO_TEXT:
            _inline(child, out)
        out.append(child.tail or "")


def _paragraphs(cell) -> str:
    """A cell's text as it shows: its paragraphs (in lists too), one a line."""
    lines = []
    for el in cell:
        name = local_name(el)
        if name in ("p", "h"):
            out: list[str] = []
            _inline(el, out)
            lines.append("".join(out))
        elif name in ("list", "list-item", "list-header"):
            lines.append(_paragraphs(el))
    return "\n".join(line for line in lines if line)


def _value(cell) -> str:
    """A cell's value as LibreOffice shows it: a number or a day as the archive writes them, the shown
    text of any other (a percent, a sum of money, a time keep their signs)."""
    kind = attribute(cell, "value-type")
    shown = _paragraphs(cell)
    if kind == "float":
        try:
            return number_text(float(attribute(cell, "value") or ""))
        except ValueError:
            return shown
    if kind == "date":
        value = attribute(cell, "date-value") or ""
        try:
            return day_text(datetime.fromisoformat(value[:19]))
        except ValueError:
            return shown
    if kind == "boolean":
        return TRUE if (attribute(cell, "boolean-value") or "").lower() == "true" else FALSE
    if not shown and kind in ("percentage", "currency"):
        try:
            return number_text(float(attribute(cell, "value") or ""))
        except ValueError:
            return ""
    return shown


def _row(row) -> list[tuple[int, str]]:
    """A row's filled cells, (column, text), each repeated cell as often as it shows (up to _REPEATS)."""
    cells, at = [], 0
    for cell in row:
        name = local_name(cell)
        if name not in ("table-cell", "covered-table-cell"):
            continue
        repeat = whole_number(attribute(cell, "number-columns-repeated")) or 1
        text = _value(cell) if name == "table-cell" else ""  # a merged cell's covered ones: its text is shown once
        if text:
            cells.extend((at + i, text) for i in range(min(repeat, _REPEATS, _COLUMNS - at)))
        at += repeat
        if at >= _COLUMNS:
            break
    return cells


def _rows(table, budget: TextBudget) -> list[list[tuple[int, str]]]:
    rows = []
    for row in table_rows(table):
        cells = _row(row)
        if cells:  # an empty run of rows is skipped once, however many rows it repeats
            repeat = min(whole_number(attribute(row, "number-rows-repeated")) or 1, _REPEATS)
            budget.spend(cells, repeat)
            rows.extend([cells] * repeat)
    return rows


class OdsParser(Parser):
    format = "ods"
    extensions = (".ods", ".ots")
    mime_types = ("application/vnd.oasis.opendocument.spreadsheet",)

    def parse(self, data: bytes, name: str = "", max_bytes: int = MAX_BYTES) -> ParsedDocument:
        package, root, body = opendocument(data, name, max_bytes, "ODS", "The OpenDocument spreadsheet", "spreadsheet")
        hidden = _hidden_tables(root)
        budget = TextBudget(max_bytes, "The OpenDocument spreadsheet", name)
        sheets = [Sheet(attribute(table, "name") or "", _rows(table, budget)) for table in body
                  if local_name(table) == "table" and (attribute(table, "style-name") or "") not in hidden]
        return workbook_document("ods", sheets, meta_properties(package), name, "The OpenDocument spreadsheet")
