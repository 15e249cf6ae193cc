"""A protocol's header table row that says only where and when, its cells in any order: the city
(«г. Астана», «Астана қаласы», «Астана қ.»), the date («15 марта 2019 года», «2021 жылғы 12 қазан»,
with the meeting's hour or not) and the protocol's number («№ 3») or not."""
from __future__ import annotations

import re

from .list_lines import CAPITALS
from .normalize import COLUMN_GAP, DATE_RE, is_bare_dateline

_CITY = re.compile(rf"(?:г\.\s*)?[{CAPITALS}][\w-]*(?:\s+[{CAPITALS}][\w-]*)?(?:\s+(?:қ\.|қаласы))?")
_NUMBER = re.compile(r"№\s*\d+[\w/-]*")


def is_header_dateline_row(row: str) -> bool:
    """`row` (its cells joined by COLUMN_GAP) is one date cell, a bare dateline, and beside it a city,
    a number, or both, each in a cell of its own; the empty cells between them count for nothing."""
    cells = [cell.strip() for cell in row.split(COLUMN_GAP) if cell.strip()]
    dated = [cell for cell in cells if DATE_RE.search(cell)]
    if len(cells) < 2 or len(dated) != 1 or not is_bare_dateline(dated[0]):
        return False
    rest = [cell for cell in cells if cell is not dated[0]]
    cities = sum(1 for cell in rest if _CITY.fullmatch(cell))
    numbers = sum(1 for cell in rest if _NUMBER.fullmatch(cell))
    return cities <= 1 and numbers <= 1 and cities + numbers == len(rest)


def is_requisites_line(line: str) -> bool:
    """`line` is an act's requisites set out on one line, a date, its number and the place, their
    spaces lost or not («12 марта 1999 г.      № 15      г. Алматы»): a header row (is_header_dateline_row)
    once the number is a cell of its own."""
    cells = _NUMBER.sub(lambda m: COLUMN_GAP + m.group() + COLUMN_GAP, line)
    return cells != line and is_header_dateline_row(COLUMN_GAP.join(re.split(r"\s{3,}|" + re.escape(COLUMN_GAP), cells)))
