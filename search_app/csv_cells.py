"""CSV cells that a spreadsheet opens as written: no formula run, no text taken for a number, no
list cut silently at the cell's limit.

- A cell beginning `=`, `+`, `-`, `@` (a formula to Excel and LibreOffice) gets a leading `'`.
- A text a spreadsheet would read as a number (a document id of digits only, `0821259336477553`,
  or of digits around one `e`, `5807227426212e26`; a title `0012345`) loses its leading zeros,
  its digits past the fifteenth, or becomes 8.29906E+43. It is written `="0821259336477553"`, a
  formula whose value is the text itself, which Excel and Google Sheets show as the text; a
  script takes the text between the quotes (NUMERIC_TEXT_CELL reads it back). Only such cells
  take this form, and only digits are inside, so it runs nothing.
- A list (persons, speakers, topics) longer than a spreadsheet cell holds (Excel: 32,767
  characters; the rest is dropped without a sign) is cut after a whole name, with «… и ещё N».
"""
from __future__ import annotations

import re

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
# What Excel and LibreOffice take for a number when they open a CSV (either decimal mark); a
# sign is left to FORMULA_STARTS.
_NUMBER = re.compile(r"\d+(?:[.,]\d+)?(?:[eE][+-]?\d+)?%?")
NUMERIC_TEXT_CELL = re.compile(r'="(\d[\d.,eE+%-]*)"')  # the form _NUMBER's texts are written in
CELL_LIMIT = 32767  # characters a spreadsheet cell holds (Excel's documented limit)
MORE = "… и ещё {}"
LIST_SEPARATOR = ", "  # facet values never hold a comma (index.schema.KEYWORD_SEPARATOR)


def cell(value) -> str:
    """A value as the CSV cell a spreadsheet opens as written."""
    if value is None:
        return ""
    if isinstance(value, list):
        return _guarded(_joined(value))
    if isinstance(value, int):
        return str(value)  # a page number: a number it is
    return _guarded(str(value))


def _guarded(text: str) -> str:
    if text.startswith(FORMULA_STARTS):
        return "'" + text
    if _NUMBER.fullmatch(text):
        return f'="{text}"'
    return text


def _joined(values: list[str]) -> str:
    """The values joined, or as many whole ones as fit in a cell with «… и ещё N» for the rest."""
    text = LIST_SEPARATOR.join(values)
    if len(text) <= CELL_LIMIT:
        return text
    length = kept = 0  # the first `kept` values joined are `length` characters
    for value in values:
        longer = length + (len(LIST_SEPARATOR) if kept else 0) + len(value)
        if longer + len(LIST_SEPARATOR) + len(MORE.format(len(values) - kept - 1)) > CELL_LIMIT:
            break
        length, kept = longer, kept + 1
    return LIST_SEPARATOR.join(values[:kept] + [MORE.format(len(values) - kept)])
