"""Page numbers printed inside the text area, told by their count going up with the pages.

A page number is looked for at a page's edge: its outermost row in the margin (page_furniture). One
set at the foot of the text area can stand elsewhere: above a running footer, under a short page's
last line far above the margin, or over the text's last lines where a layout let the text run past
it (a journal page's «46» printed across the line above «Отдельного внимания…», which put it inside
that sentence). Such a row prints a number alone, and that number goes up with the pages as the
page numbers found at the edges do: page 1 prints 46 where page 2 prints 47. A row is a page
number when its number less its page's index is an offset that two pages or more agree on, on the
same side of the page; a figure alone on a row (a table's total, a chart's label) keeps no such
step from page to page.
"""
from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass

from .page_furniture import is_page_number

_DIGITS = re.compile(r"\d+")
AGREEING_PAGES = 2  # pages whose numbers share one offset: one page alone may print any figure


@dataclass(frozen=True)
class NumberRow:
    """A row printing only a number: on page ``page`` (0-based), at its ``top`` or foot, ``at_edge``
    when the page's edge rule took it already; ``key`` is what the caller leaves out."""

    page: int
    top: bool
    value: int
    key: object
    at_edge: bool


def page_number_value(text: str) -> int | None:
    """The number a page-number row prints («46», «— 46 —», «стр. 46», «46 из 80»), or None for
    anything else (a Roman number counts no offset)."""
    if not is_page_number(text):
        return None
    digits = _DIGITS.search(text)
    return int(digits.group()) if digits else None


def numbers_in_sequence(rows: list[NumberRow]) -> list[NumberRow]:
    """The rows not at an edge that number their pages: their number less the page's index is an
    offset AGREEING_PAGES pages or more share on that side, counting the numbers found at the edges."""
    pages: dict[tuple[bool, int], set[int]] = defaultdict(set)
    for row in rows:
        pages[row.top, row.value - row.page].add(row.page)
    return [row for row in rows
            if not row.at_edge and len(pages[row.top, row.value - row.page]) >= AGREEING_PAGES]
