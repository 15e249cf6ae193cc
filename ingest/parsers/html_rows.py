"""A data table's row read as one paragraph of its cells, a tab between two (normalize.COLUMN_GAP),
so that a phrase within a row is found, a figure's snippet and quote show its row, and the document
page shows the table row by row. Read cell by cell, a row was a column of lone words and figures.

A table used for the page's layout keeps its cells apart: a row holding a nested table, a cell of
several paragraphs (an article, a menu) or of a long text is no row of data."""
from __future__ import annotations

from collections.abc import Callable

from bs4 import Tag

from .normalize import COLUMN_GAP

# A data cell is a label, a figure, a name or a short sentence; more than this is a layout's column
# of text (an article, a sidebar), or a long answer in a cell that reads well as a paragraph of its own.
_CELL_PARAGRAPHS = 2
_CELL_CHARS = 400
# A cell of a sign alone, a number column's header above all: it has no letter or digit, which a
# paragraph needs, but the header row loses a column without it and stands askew over its rows.
_SIGNS = frozenset({"№", "#", "%", "‰", "§", "№ п/п"})


class TableRow(str):
    """The text of a data table's row: its cells' texts, one COLUMN_GAP between two."""


def data_row(row: Tag, paragraphs_of: Callable[[Tag], list[str]]) -> TableRow | None:
    """``row`` (a <tr>) as one paragraph when it is a data table's row of two cells with text or
    more; None for a layout table's row. ``paragraphs_of``: a cell's paragraph texts (a bare link
    dropped as it is elsewhere)."""
    cells = [el for el in row.children if isinstance(el, Tag) and el.name in ("td", "th")]
    if len(cells) < 2 or any(cell.find("table") is not None for cell in cells):
        return None
    texts = []
    name = _name_columns(row, len(cells))
    last = -1  # the column of the last text
    for at, cell in enumerate(cells):
        paragraphs = paragraphs_of(cell)
        if len(paragraphs) > _CELL_PARAGRAPHS or sum(map(len, paragraphs)) > _CELL_CHARS:
            return None
        if paragraphs:
            text = " ".join(paragraphs)
            # a name's parts in columns of their own are one name, as a person is read
            texts.append(texts.pop() + " " + text if last in name and at in name else text)
            last = at
        elif (sign := " ".join(cell.get_text().split())) in _SIGNS:
            texts.append(sign)
        elif at not in name:
            texts.append("")  # an empty cell keeps the later figures in their columns («украинский⇥⇥91»)
    while texts and not texts[-1]:
        texts.pop()  # nothing after the last text to keep in place
    return TableRow(COLUMN_GAP.join(texts)) if sum(map(bool, texts)) >= 2 else None


# The headers of a name's columns: «Фамилия | Имя | Отчество», an official list's form
_NAME_HEADERS = ("фамилия", "имя", "отчество")


def _name_columns(row: Tag, width: int) -> range:
    """The columns of a row under a header row naming a name's parts (surname, given name and
    patronymic) one column each, when the row has as many cells as the header; else none."""
    table = row.parent.parent if row.parent is not None and row.parent.name in ("tbody", "thead", "tfoot") else row.parent
    if table is None:
        return range(0)
    # the first row of the table's first section: its own rows, its <thead>, or the <tbody> a CMS writes
    first = next((tr for section in (table, *table.find_all(("thead", "tbody"), recursive=False))
                  for tr in section.find_all("tr", recursive=False, limit=1)), None)
    if first is None or first is row:
        return range(0)
    heads = [" ".join(c.get_text().split()).casefold() for c in first.find_all(("td", "th"), recursive=False)]
    if len(heads) != width:
        return range(0)
    for start in range(len(heads) - 1):
        if tuple(heads[start:start + 2]) == _NAME_HEADERS[:2]:
            return range(start, start + (3 if tuple(heads[start:start + 3]) == _NAME_HEADERS else 2))
    return range(0)
