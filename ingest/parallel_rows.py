"""A parallel text's table row read cell by cell. An official text in two languages side by side
(Kazakh | Russian) is a table each of whose rows holds one passage in each language; read as one
data row (parsers.cell_rows), half of every passage had the other language's label: a Russian quote
was a Kazakh one, and the page marked Russian text lang="kk". A data table's row, its label beside
figures or names, keeps its cells together."""
from __future__ import annotations

import re
from dataclasses import replace

from ingest.extract.language import analysed_language
from ingest.parsers.base import Block
from ingest.parsers.normalize import COLUMN_GAP

# Every cell of a parallel row is a phrase or a sentence: a row of short labels («Ақмола облысы» |
# «Акмолинская область» | 120) stays a data row.
_CELL_MIN_WORDS = 3
_WORD = re.compile(r"[^\W\d_]+")


def parallel_cells(blocks: list[Block]) -> list[Block]:
    """The blocks, each table row whose cells are written in different languages cut into its cells."""
    out: list[Block] = []
    for block in blocks:
        out.extend((_cells(block) if block.table_row else None) or [block])
    return out


def _cells(row: Block) -> list[Block] | None:
    """The row's cells as blocks of their own when every cell with text is a phrase and two of them
    are in different languages; else None."""
    texts = row.text.split(COLUMN_GAP)
    filled = [t for t in texts if t.strip()]
    if len(filled) < 2 or any(len(_WORD.findall(t)) < _CELL_MIN_WORDS for t in filled):
        return None
    if len({analysed_language(t) for t in filled}) < 2:
        return None
    cells: list[Block] = []
    start = 0
    for text in texts:
        if text.strip():
            at = start + len(text) - len(text.lstrip())
            end = start + len(text)
            cells.append(replace(row, text=text.strip(), page=row.page_at(at), table_row=False,
                                 breaks=tuple((offset - at, page) for offset, page in row.breaks if at < offset < end)))
        start += len(text) + len(COLUMN_GAP)
    return cells
