"""Where a later page starts inside one paragraph.

A paragraph running across a page break (a long speaker's turn in a stenogram) is cut into several
passages at ingest; each must be cited with the page its own text starts on, not the paragraph's
first page. Parsers count the letters and digits before each break: joining lines, undoing
hyphenation and collapsing spaces never add or take away one, so the count finds the break's
character offset in the paragraph's final text."""
from __future__ import annotations

from collections.abc import Iterable

# (character offset in a paragraph's text, the page that starts there), in order
PageBreaks = tuple[tuple[int, int], ...]


def letters(text: str) -> int:
    """The letters and digits of `text`: what a page start is counted in."""
    return sum(ch.isalnum() for ch in text)


def page_breaks(text: str, starts: Iterable[tuple[int, int]]) -> PageBreaks:
    """Each (letters before the break, page) of `starts` as (character offset, page) in `text`:
    the offset of the first letter or digit on that page."""
    out: list[tuple[int, int]] = []
    seen, offset = 0, 0
    for count, page in starts:
        while offset < len(text) and (seen < count or not text[offset].isalnum()):
            seen += text[offset].isalnum()
            offset += 1
        if 0 < offset < len(text):  # a break at the very start is the paragraph's own page
            out.append((offset, page))
    return tuple(out)


def page_at(page: int | None, breaks: PageBreaks, offset: int) -> int | None:
    """The page of the character at `offset` in a paragraph starting on `page` with `breaks`."""
    for start, later in breaks:
        if start > offset:
            break
        page = later
    return page
