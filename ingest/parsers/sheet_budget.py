"""How much text a workbook's cells may show. A cell can show text it does not hold: an XLSX cell names a
shared string by its number, an ODS cell or row is repeated by an attribute. So a workbook of a few KB can
show a gigabyte (one long string in thousands of cells, a row of a thousand cells repeated a thousand times)
that the unpacked-size cap of its package never sees. Its cells may show at most an eighth of the size
limit in characters: a workbook whose parts unpack within the limit shows less in its cells' own text, so
only such repeats reach it, and they are refused at once as too_large instead of holding a parser for its
whole time limit (extraction takes some 50 bytes of memory a character)."""
from __future__ import annotations

from .base import ParseError

TEXT_BYTES = 8  # the size limit's bytes a character shown (an e-mail's attachments count by it too)


class TextBudget:
    """The characters a workbook's cells may still show; spend() refuses the workbook past them."""

    def __init__(self, max_bytes: int, what: str, name: str):
        self.limit = self.left = max_bytes // TEXT_BYTES
        self.max_bytes, self.what, self.name = max_bytes, what, name

    def spend(self, cells: list[tuple[int, str]], times: int = 1) -> None:
        """Count a row of (column, text) cells shown ``times`` (a repeated row); too_large past the budget. A cell
        costs its characters and one more, its separator: a million one-letter cells are no small text either."""
        self.left -= sum(len(text) + 1 for _, text in cells) * times
        if self.left < 0:
            raise ParseError("too_large", f"{self.what} shows more than {self.limit:,} characters in its cells (a text "
                             "repeated in cell after cell), over the limit for one file (an eighth of the "
                             f"{self.max_bytes / 2**20:g} MB --size-limit).", path=self.name or None)

    def sheet(self, rows: list[list[tuple[int, str]]]) -> list[list[tuple[int, str]]]:
        """A sheet's rows, counted."""
        for cells in rows:
            self.spend(cells)
        return rows
