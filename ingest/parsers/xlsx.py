"""Excel 2007+ workbooks (XLSX, XLSM and their templates): the visible sheets in the workbook's order, each a
page of its rows (sheets). Kept: shared strings (a rich text's runs joined), inline strings, numbers as
numbers (an integer without «.0»), days in cells whose number format is a date's (Excel's built-in ones and
custom formats with d, m or y) as DD.MM.YYYY in the file's 1900 or 1904 date system, booleans, and a
formula's value as Excel last computed it. Dropped: formulas' text, error values (#N/A), hidden and very
hidden sheets, phonetic guides, comments, charts and pictures. A merged range's text is its first cell's,
once. Title, author and the day it was created from the file's properties (as a Word document's)."""
from __future__ import annotations

import math
import re
from datetime import datetime
from typing import NamedTuple

from .base import MAX_BYTES, ParsedDocument, Parser
from .docx import core_properties
from .office_package import attribute, local_name, ooxml_package, part_folder, relationships, whole_number
from .sheet_budget import TextBudget
from .sheets import FALSE, TRUE, Sheet, day_text, number_text, percent_text, serial_day, workbook_document

# [Content_Types].xml's type of the main part: a workbook or template, macro-enabled or not (a binary
# .xlsb's is another: its parts are no XML)
WORKBOOK_TYPE = re.compile(r"spreadsheetml\.(?:sheet|template)\.main|ms-excel\.(?:sheet|template)\.macroenabled\.main",
                           re.IGNORECASE)
# Excel's built-in number formats that show a day (14-17, 22; 27-36 and 50-58 East Asian ones) or a time
_BUILT_IN_DAYS = frozenset({14, 15, 16, 17, 22, *range(27, 37), *range(50, 59)})
_BUILT_IN_TIMES = frozenset({18, 19, 20, 21, 45, 46, 47})
_BUILT_IN_PERCENT = {9: 0, 10: 2}  # «0%», «0.00%»: the digits after the decimal sign
# what a custom format's code shows literally or as a colour, locale or fill: no part of its date
_LITERALS = re.compile(r'"[^"]*"|\\.|\[[^\]]*\]|[_*].')
_REF_COLUMN = re.compile(r"[A-Za-z]{1,3}")
# a number format's digits after its decimal point («0.0%», «#,##0.00%»)
_DECIMALS = re.compile(r"\.([0#?]+)")
DAY, TIME, PERCENT = "day", "time", "percent"


class Shown(NamedTuple):
    """What a cell style's number format shows: DAY, TIME, PERCENT or a number (""); a percent's digits
    after its decimal sign («0.0%»: 1)."""

    kind: str = ""
    decimals: int = 0


def _format_kind(code: str) -> Shown:
    """What a custom number format shows: a day (d, m or y among its codes), a time (h or s), a percent, or
    a number. Its first section only: the one for positive numbers."""
    bare = _LITERALS.sub("", code.split(";")[0]).lower()
    elapsed = re.search(r"\[(?:h+|m+|s+)\]", code.lower())
    if "d" in bare or "y" in bare or ("m" in bare and not ("h" in bare or "s" in bare or elapsed)):
        return Shown(DAY if bare.strip() not in ("general", "") else "")
    if "h" in bare or "s" in bare or elapsed:
        return Shown(TIME)
    if "%" not in bare:
        return Shown()
    decimals = _DECIMALS.search(bare)
    return Shown(PERCENT, len(decimals.group(1)) if decimals else 0)


def _styles(root) -> list[Shown]:
    """What each cell style's (cellXfs, by index) number format shows."""
    if root is None:
        return []
    custom: dict[int, Shown] = {}
    kinds: list[Shown] = []
    for el in root:
        name = local_name(el)
        if name == "numFmts":
            for fmt in el:
                number = whole_number(attribute(fmt, "numFmtId"))
                if number is not None:
                    custom[number] = _format_kind(attribute(fmt, "formatCode") or "")
        elif name == "cellXfs":
            for xf in el:
                number = whole_number(attribute(xf, "numFmtId")) or 0
                kinds.append(custom[number] if number in custom else Shown(DAY) if number in _BUILT_IN_DAYS
                             else Shown(TIME) if number in _BUILT_IN_TIMES
                             else Shown(PERCENT, _BUILT_IN_PERCENT[number]) if number in _BUILT_IN_PERCENT else Shown())
    return kinds


def _rich_text(el) -> str:
    """A shared or inline string's text: its runs' texts joined, a phonetic guide (rPh) left out."""
    parts: list[str] = []
    for child in el:
        name = local_name(child)
        if name == "t":
            parts.append(child.text or "")
        elif name == "r":
            parts.extend(t.text or "" for t in child if local_name(t) == "t")
    return "".join(parts)


def _column(ref: str | None) -> int | None:
    """The 0-based column of a cell reference («C5» -> 2); None for none."""
    m = _REF_COLUMN.match(ref or "")
    if not m:
        return None
    column = 0
    for ch in m.group().upper():
        column = column * 26 + ord(ch) - 64
    return column - 1


class _Reader:
    """A workbook's shared strings, styles and date system, with which its cells are read."""

    def __init__(self, strings: list[str], styles: list[Shown], date1904: bool):
        self.strings, self.styles, self.date1904 = strings, styles, date1904

    def rows(self, root) -> list[list[tuple[int, str]]]:
        data = next((el for el in root if local_name(el) == "sheetData"), None)
        rows = []
        for row in data if data is not None else ():
            if local_name(row) != "row":
                continue
            cells, at = [], 0
            for c in row:
                if local_name(c) != "c":
                    continue
                column = _column(c.get("r"))
                at = at if column is None else column
                text = self.value(c)
                if text:
                    cells.append((at, text))
                at += 1
            if cells:
                rows.append(cells)
        return rows

    def value(self, c) -> str:
        """A cell's value as Excel shows it; "" for none or an error."""
        kind = c.get("t") or "n"  # a cell's attributes have no namespace: read directly, as a large sheet needs
        if kind == "inlineStr":
            box = next((el for el in c if local_name(el) == "is"), None)
            return _rich_text(box) if box is not None else ""
        v = next((el for el in c if local_name(el) == "v"), None)
        raw = (v.text or "") if v is not None else ""
        if not raw.strip() or kind == "e":
            return ""
        if kind == "s":
            index = whole_number(raw.strip())
            return self.strings[index] if index is not None and index < len(self.strings) else ""
        if kind == "str":  # a formula's text result
            return raw
        if kind == "b":
            return TRUE if raw.strip() in ("1", "true") else FALSE
        if kind == "d":  # an ISO day (strict OOXML, a few writers)
            return _iso_day(raw.strip()) or raw
        try:
            number = float(raw)
        except ValueError:
            return raw
        if not math.isfinite(number):
            return ""  # «inf», «nan»: no number a cell can show, in any style
        style = whole_number(c.get("s")) or 0
        shown = self.styles[style] if style < len(self.styles) else Shown()
        if shown.kind == DAY:
            day = serial_day(number, self.date1904)
            return day_text(day) if day is not None else number_text(number)
        if shown.kind == TIME and 0 <= number:
            seconds = round((number % 1) * 86400)
            return f"{seconds // 3600:02d}:{seconds // 60 % 60:02d}"
        if shown.kind == PERCENT:
            return percent_text(number, shown.decimals)
        return number_text(number)


def _iso_day(value: str) -> str | None:
    try:
        return day_text(datetime.fromisoformat(value[:19]))
    except ValueError:
        return None


class XlsxParser(Parser):
    format = "xlsx"
    extensions = (".xlsx", ".xlsm", ".xltx", ".xltm")
    mime_types = ("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                  "application/vnd.ms-excel.sheet.macroEnabled.12")

    def parse(self, data: bytes, name: str = "", max_bytes: int = MAX_BYTES) -> ParsedDocument:
        package, main = ooxml_package(data, name, max_bytes, "XLSX", "Excel", WORKBOOK_TYPE, "xl/workbook.xml")
        workbook = package.xml(main)
        if workbook is None:
            raise package.damaged(f"has no workbook part ({main}): it holds no sheets")
        folder = part_folder(main)
        targets, kinds = {}, {}
        for rel_id, kind, part in relationships(package, main):
            targets[rel_id] = part
            if kind:
                kinds.setdefault(kind, part)
        strings_root = package.xml(kinds.get("sharedStrings", f"{folder}sharedStrings.xml"))
        strings = [_rich_text(si) for si in strings_root if local_name(si) == "si"] if strings_root is not None else []
        props = next((el for el in workbook if local_name(el) == "workbookPr"), None)
        date1904 = props is not None and (attribute(props, "date1904") or "").lower() in ("1", "true")
        reader = _Reader(strings, _styles(package.xml(kinds.get("styles", f"{folder}styles.xml"))), date1904)
        listed = next((el for el in workbook if local_name(el) == "sheets"), [])
        budget = TextBudget(max_bytes, "The Excel workbook", name)
        sheets = []
        for el in listed:
            if local_name(el) != "sheet" or attribute(el, "state") in ("hidden", "veryHidden"):
                continue
            part = targets.get(attribute(el, "id") or "")
            root = package.xml(part) if part else None
            sheets.append(Sheet(attribute(el, "name") or "", budget.sheet(reader.rows(root)) if root is not None else []))
        return workbook_document("xlsx", sheets, core_properties(package), name, "The Excel workbook")
