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
    for cell in cells:
        paragraphs = paragraphs_of(cell)
        if len(paragraphs) > _CELL_PARAGRAPHS or sum(map(len, paragraphs)) > _CELL_CHARS:
            return None
        if paragraphs:
            texts.append(" ".join(paragraphs))
        elif (sign := " ".join(cell.get_text().split())) in _SIGNS:
            texts.append(sign)
    return TableRow(COLUMN_GAP.join(texts)) if len(texts) >= 2 else None
