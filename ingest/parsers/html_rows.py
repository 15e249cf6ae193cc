"""A data table's row read as one paragraph of its cells, a tab between two (normalize.COLUMN_GAP),
so that a phrase within a row is found, a figure's snippet and quote show its row, and the document
page shows the table row by row. Read cell by cell, a row was a column of lone words and figures.

A table used for the page's layout keeps its cells apart: a row holding a nested table, a cell of
several paragraphs (an article, a menu) or of a long text is no row of data."""
from __future__ import annotations

from collections.abc import Callable

from bs4 import Tag

from .cell_rows import TableRow, cells_row, name_columns


def data_row(row: Tag, paragraphs_of: Callable[[Tag], list[str]]) -> TableRow | None:
    """``row`` (a <tr>) as one paragraph when it is a data table's row of two cells with text or
    more; None for a layout table's row. ``paragraphs_of``: a cell's paragraph texts (a bare link
    dropped as it is elsewhere)."""
    cells = [el for el in row.children if isinstance(el, Tag) and el.name in ("td", "th")]
    if len(cells) < 2 or any(cell.find("table") is not None for cell in cells):
        return None
    return cells_row([paragraphs_of(cell) for cell in cells], [" ".join(cell.get_text().split()) for cell in cells],
                     _name_columns(row, len(cells)))


def _name_columns(row: Tag, width: int) -> range:
    """The columns of a row under a header row naming a name's parts (cell_rows.name_columns)."""
    table = row.parent.parent if row.parent is not None and row.parent.name in ("tbody", "thead", "tfoot") else row.parent
    if table is None:
        return range(0)
    # the first row of the table's first section: its own rows, its <thead>, or the <tbody> a CMS writes
    first = next((tr for section in (table, *table.find_all(("thead", "tbody"), recursive=False))
                  for tr in section.find_all("tr", recursive=False, limit=1)), None)
    if first is None or first is row:
        return range(0)
    return name_columns([" ".join(c.get_text().split()).casefold() for c in first.find_all(("td", "th"), recursive=False)],
                        width)
