"""A table's row read as one paragraph of its cells, a tab between two (normalize.COLUMN_GAP), when it
is a data table's row: the rule every format's tables share (an HTML page's, a Word document's), given
each cell's paragraphs. A table used for layout keeps its cells apart."""
from __future__ import annotations

from .normalize import COLUMN_GAP

# A data cell is a label, a figure, a name or a short sentence; more than this is a layout's column
# of text (an article, a sidebar), or a long answer in a cell that reads well as a paragraph of its own.
_CELL_PARAGRAPHS = 2
_CELL_CHARS = 400
# A cell of a sign alone, a number column's header above all: it has no letter or digit, which a
# paragraph needs, but the header row loses a column without it and stands askew over its rows.
_SIGNS = frozenset({"№", "#", "%", "‰", "§", "№ п/п"})


class TableRow(str):
    """The text of a data table's row: its cells' texts, one COLUMN_GAP between two. ``cells``: each
    cell's paragraphs, as a letter's head row is read line by line for its date (own_dateline)."""

    cells: tuple[tuple[str, ...], ...] = ()


def table_row(cells: list[list[str]], texts: list[str]) -> TableRow:
    """The row of ``texts`` (the cells' texts, empty ones keeping their columns) with its ``cells``."""
    row = TableRow(COLUMN_GAP.join(texts))
    row.cells = tuple(tuple(paragraphs) for paragraphs in cells if paragraphs)
    return row


def cells_row(cells: list[list[str]], shown: list[str], name: range = range(0)) -> TableRow | None:
    """A table row of two cells or more, each given as its paragraphs' texts (``shown``: each cell's
    text as it shows, signs too), as one paragraph when it is a data table's row; None for a layout
    table's row (a cell of several paragraphs or a long text). ``name``: the columns of a name's parts."""
    texts: list[str] = []
    last = -1  # the column of the last text
    for at, paragraphs in enumerate(cells):
        if len(paragraphs) > _CELL_PARAGRAPHS or sum(map(len, paragraphs)) > _CELL_CHARS:
            return None
        if paragraphs:
            text = " ".join(paragraphs)
            # a name's parts in columns of their own are one name, as a person is read
            texts.append(texts.pop() + " " + text if last in name and at in name else text)
            last = at
        elif shown[at] in _SIGNS:
            texts.append(shown[at])
        elif at not in name:
            texts.append("")  # an empty cell keeps the later figures in their columns («украинский⇥⇥91»)
    while texts and not texts[-1]:
        texts.pop()  # nothing after the last text to keep in place
    return table_row(cells, texts) if sum(map(bool, texts)) >= 2 else None


# The headers of a name's columns: «Фамилия | Имя | Отчество», an official list's form
_NAME_HEADERS = ("фамилия", "имя", "отчество")


def name_columns(heads: list[str], width: int) -> range:
    """The columns of a row of ``width`` cells under a header row (``heads``: its cells' texts, casefolded)
    naming a name's parts (surname, given name and patronymic) one column each, when the row has as many
    cells as the header; else none."""
    if len(heads) != width:
        return range(0)
    for start in range(len(heads) - 1):
        if tuple(heads[start:start + 2]) == _NAME_HEADERS[:2]:
            return range(start, start + (3 if tuple(heads[start:start + 3]) == _NAME_HEADERS else 2))
    return range(0)
