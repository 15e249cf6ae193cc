"""Page furniture of plain text saved from paginated documents (OCR output, FineReader's TXT, a
scanned archive file saved as text): pages ended by a form feed or by a line printing only a page
number («- 2 -», «стр. 2»), and a running header or footer (an archive's cipher «АРХИВ АНК Ф. 1
Оп. 1 Д. 12») printed at the edge of the pages. The page numbers and running lines go, told as
page_furniture tells them in PDFs (a dateline repeated on the pages stays once, where it first
appears: it dates the document); a sentence cut by the page break is joined when the next page
goes on with a lowercase word, and the document's heading, not the header, is its title. Each
paragraph keeps the page it starts on (paragraph_pages), for citations' «с. N»."""
from __future__ import annotations

import re
from bisect import bisect_right

from index.ordinals import roman_value

from .normalize import _SENTENCE_END, is_bare_dateline, join_lines, normalize_inline
from .page_breaks import PageBreaks, letters, page_breaks
from .page_furniture import (changing_heads, first_page_heading, goes_on_across, is_page_number, keep_first_datelines,
                             line_key, running_heads, running_lines)

# The lines at each edge of a page that may be its running header or footer.
_EDGE_LINES = 2
# A page number's line is short: «- 12 -», «Страница 12 из 40».
_NUMBER_LINE = 30
# Bare numbers counting up with fewer characters between them than this number a document's
# sections or items («1», text, «2», text), not its pages.
_PAGE_CHARS = 500


def without_page_furniture(text: str) -> str:
    """``text`` (newlines unified) with its page breaks, page numbers and running lines taken
    out: pages join with a blank line, or with a space where a sentence goes on across."""
    return paged_text(text)[0]


def paged_text(text: str) -> tuple[str, list[int]]:
    """without_page_furniture's text, and where each page after the first starts in it, counted
    in letters and digits: what cleaning and paragraphing never add or take away, so the count
    finds the page of a paragraph they made (paragraph_pages). No starts: the text has one page."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    lines = text.split("\n")
    if "\f" not in text and not any(_is_number_line(ln) for ln in lines):
        return text, []
    pages = [page for page in _pages(lines) if any(ln.strip() for ln in page)]
    if len(pages) < 2:
        return "\n".join(ln for page in pages for ln in page), []
    _drop_running_lines(pages)
    return _joined(pages)


def paragraph_pages(paragraphs: list[str], starts: list[int]) -> list[tuple[int | None, PageBreaks]]:
    """The page each paragraph starts on (1-based) and the later pages starting inside it
    (page_breaks), given paged_text's page starts; None for every one of a text of one page."""
    if not starts:
        return [(None, ())] * len(paragraphs)
    out: list[tuple[int | None, PageBreaks]] = []
    seen = 0
    for paragraph in paragraphs:
        first = bisect_right(starts, seen)
        size = letters(paragraph)
        inside = range(first, bisect_right(starts, seen + size - 1))  # pages opening after its first letter
        out.append((1 + first, page_breaks(paragraph, [(starts[i] - seen, 2 + i) for i in inside])))
        seen += size
    return out


def _is_number_line(line: str) -> bool:
    # measured trimmed: a typewriter or FineReader centres «- 2 -» with thirty spaces or more
    line = line.strip()
    return len(line) <= _NUMBER_LINE and any(ch.isdigit() for ch in line) and is_page_number(line)


def _pages(lines: list[str]) -> list[list[str]]:
    """The text's pages: ended by a form feed, or by a page number's line standing alone between
    blank lines. A bare number («12») is one only in a run of them counting up one by one a
    page's worth of text apart (a figure of a table standing alone is not, nor are the numbers of
    short sections), or at a page's edge next to a form feed."""
    fed: list[list[str]] = [[]]
    for line in lines:
        parts = line.split("\f")
        fed[-1].append(parts[0])
        for part in parts[1:]:
            fed.append([part])
    if len(fed) > 1:
        for page in fed:
            _drop_edge_numbers(page)
        _drop_roman_numbers(fed)
    alone = [(p, i) for p, page in enumerate(fed) for i, ln in enumerate(page)
             if _is_number_line(ln) and _stands_alone(page, i)]
    bare = [(p, i) for p, i in alone if fed[p][i].strip().isdigit()]
    counting = len(bare) >= 2 and all(int(fed[q][j]) == int(fed[p][i]) + 1
                                      and _chars_between(fed, (p, i), (q, j)) >= _PAGE_CHARS
                                      for (p, i), (q, j) in zip(bare, bare[1:]))
    breaks = {(p, i) for p, i in alone if counting or (p, i) not in bare}
    pages: list[list[str]] = []
    for p, page in enumerate(fed):
        pages.append([])
        for i, line in enumerate(page):
            if (p, i) in breaks:
                pages.append([])
            else:
                pages[-1].append(line)
    return pages


def _chars_between(pages: list[list[str]], start: tuple[int, int], end: tuple[int, int]) -> int:
    (p, i), (q, j) = start, end
    lines = pages[p][i + 1:] + [ln for page in pages[p + 1:q] for ln in page] + pages[q][:j] if p < q \
        else pages[p][i + 1:j]
    return sum(len(ln.strip()) for ln in lines)


def _stands_alone(page: list[str], i: int) -> bool:
    return (i == 0 or not page[i - 1].strip()) and (i + 1 == len(page) or not page[i + 1].strip())


def _drop_edge_numbers(page: list[str]) -> None:
    """Blank out the first and last lines of a page ended by a form feed that print only its
    number."""
    filled = [i for i, ln in enumerate(page) if ln.strip()]
    for i in {*filled[:1], *filled[-1:]}:
        if _is_number_line(page[i]):
            page[i] = ""


def _drop_roman_numbers(pages: list[list[str]]) -> None:
    """Blank out the Roman page numbers of a book's front matter (a preface's «iii», «iv») on pages
    ended by form feeds: one counting on from the page before's or to the page after's. A Roman
    numeral alone is as often a section's number («I», «II» over their sections): a page's number
    is seen only at its foot, or in lowercase at its top (_roman_edge)."""
    numbered = [_roman_edge(page) for page in pages]
    for p, found in enumerate(numbered):
        if found is None:
            continue
        i, value = found
        before = numbered[p - 1] if p else None
        after = numbered[p + 1] if p + 1 < len(numbered) else None
        if (before is not None and before[1] == value - 1) or (after is not None and after[1] == value + 1):
            pages[p][i] = ""


# a Roman page number decorated as the Arabic ones are: between dashes, brackets or dots («— iii —», «- iv -»,
# «[v]», «(vi)», «· vii ·») or after «стр.» («стр. iii», «page iv»)
_ROMAN_DECORATED = re.compile(r"[—–\-\[(·•]\s*(?P<between>[ivxlcdm]{1,8})\s*[—–\-\])·•]"
                              r"|(?:стр\.?|страница|бет|page|p\.)\s*(?P<after>[ivxlcdm]{1,8})", re.IGNORECASE)


def _roman_edge(page: list[str]) -> tuple[int, int] | None:
    """The index and value of a page's last line when it prints only a Roman numeral, or of its
    first in lowercase: a section's number over its section is written in capitals."""
    filled = [i for i, ln in enumerate(page) if ln.strip()]
    for i, foot in ((filled[-1], True), (filled[0], False)) if filled else ():
        decorated = _ROMAN_DECORATED.fullmatch(page[i].strip())
        line = (decorated["between"] or decorated["after"]) if decorated else page[i].strip()
        value = (roman_value(line) if len(line) <= 8 and line.isalpha() and (foot or line.islower())
                 and is_page_number(line) else None)
        if value is not None:
            return i, value
    return None


def _edge_lines(page: list[str]) -> list[int]:
    """Indexes of the lines that may be a page's running header or footer: the outermost ones,
    not a line that runs on into its paragraph (one line of a wrapped sentence)."""
    filled = [i for i, ln in enumerate(page) if ln.strip()]
    top, bottom = filled[:_EDGE_LINES], filled[-_EDGE_LINES:]
    return [i for i in dict.fromkeys(top + bottom) if not _runs_on(page, i)]


def _runs_on(page: list[str], i: int) -> bool:
    """Whether line ``i`` and a line next to it (no blank line between) are one sentence."""
    before = page[i - 1].rstrip() if i > 0 else ""
    after = page[i + 1].lstrip() if i + 1 < len(page) else ""
    line = page[i].strip()
    return ((bool(after) and after[:1].islower() and not _SENTENCE_END.search(line))
            or (bool(before) and line[:1].islower() and not _SENTENCE_END.search(before)))


def _drop_running_lines(pages: list[list[str]]) -> None:
    """Blank out the running headers and footers; a dateline among them is kept where it first
    appears, its page number taken off, and the first page's heading on that page."""
    edges = [_edge_lines(page) for page in pages]
    texts = [[[page[i]] for i in at] for page, at in zip(pages, edges)]
    found = running_lines(texts)
    _add_chapter_heads(pages, edges, found)
    _keep_the_text(pages, edges, found)
    kept = keep_first_datelines(texts, found)
    _keep_first_heading(pages, edges, found)
    for p, hits in enumerate(found):
        running = {edges[p][r] for r, _ in hits}
        for i in running:
            pages[p][i] = ""
        _drop_numbers_by(pages[p], running)
    for (p, r, _), dateline in kept.items():
        pages[p][edges[p][r]] = dateline


def _keep_first_heading(pages: list[list[str]], edges: list[list[int]], found: list[set[tuple[int, int]]]) -> None:
    """Keep the running line opening the first page where it is the document's heading there
    (page_furniture.first_page_heading), its OCR specks taken off; not where the heading stands
    again under it, not running (the page printing its header over it)."""
    first = _first_filled(pages[0])
    r = edges[0].index(first) if first in edges[0] else None
    if r is None or (r, 0) not in found[0]:
        return
    below = next((i for i in range(first + 1, len(pages[0])) if pages[0][i].strip()), None)
    if (below is not None and line_key(pages[0][below]) == line_key(pages[0][first])
            and not (below in edges[0] and (edges[0].index(below), 0) in found[0])):
        return
    heading = first_page_heading(pages[0][first])
    if heading is not None:
        found[0].discard((r, 0))
        pages[0][first] = heading


def _drop_numbers_by(page: list[str], running: set[int]) -> None:
    """Blank out a page number's line right under a running header (``running``: the indexes of the
    running lines just blanked out) or right above a running footer: «- 2 -» under the archive's
    cipher, with no blank line to set it apart, would open the page's first paragraph («- 2 -
    Шмидт А.Ф., …»)."""
    filled = [i for i, ln in enumerate(page) if ln.strip()]
    for i, beside in ((filled[0], filled[0] - 1), (filled[-1], filled[-1] + 1)) if filled else ():
        if beside in running and _is_number_line(page[i]):
            page[i] = ""


def _add_chapter_heads(pages: list[list[str]], edges: list[list[int]], found: list[set[tuple[int, int]]]) -> None:
    """Add to ``found`` the running headers that change with a book's chapter (changing_heads). The
    first page of a run keeps its line as the chapter's heading, unless the heading repeats it
    under it (the chapter's first page printing its running header too) or the page before, the
    chapter's first page on the other side, opens with it."""
    firsts = [next((r for r, i in enumerate(at) if i == _first_filled(page)), None) for page, at in zip(pages, edges)]
    headed = [r is not None and any(h == r for h, _ in hits) for r, hits in zip(firsts, found)]
    tops = [None if r is None or hit else page[at[r]] for page, at, r, hit in zip(pages, edges, firsts, headed)]
    for run in changing_heads(tops, headed):
        first = run[0]
        key = line_key(tops[first])
        below = next((ln for ln in pages[first][edges[first][firsts[first]] + 1:] if ln.strip()), "")
        before = tops[first - 1] if first else None
        if line_key(below) != key and (before is None or line_key(before) != key):
            run = run[1:]
        for p in run:
            found[p].add((firsts[p], 0))


def _first_filled(page: list[str]) -> int | None:
    return next((i for i, ln in enumerate(page) if ln.strip()), None)


def _keep_the_text(pages: list[list[str]], edges: list[list[int]], found: list[set[tuple[int, int]]]) -> None:
    """Take out of ``found`` the repeated lines that are the pages' own text all the same (a
    report's points sharing their wording, repeated at the pages' edges): one with a line of the
    text between it and both edges of its page (a running line prints at the edge, on its own);
    the first under the header that goes on with the sentence the page before broke off, unless it
    is a running header opening lowercase (page_furniture.running_heads); and the last, under a
    line of its paragraph, whose sentence the next page goes on with."""
    heads = running_heads([(_last_line(pages[p - 1], edges[p - 1], found[p - 1]) if p else None,
                            _first_lines(page, at, hits)) for p, (page, at, hits) in enumerate(zip(pages, edges, found))])
    last = ""  # the page before's last line of text
    for p, (page, at, hits) in enumerate(zip(pages, edges, found)):
        filled = [i for i, ln in enumerate(page) if ln.strip()]
        following = _first_text_line(pages[p + 1], edges[p + 1], found[p + 1], heads) if p + 1 < len(pages) else ""
        for r, j in sorted(hits):  # the top lines first, the outermost first
            ours = {at[h] for h, _ in hits}
            i = at[r]
            above, below = {k for k in filled if k < i}, {k for k in filled if k > i}
            if ((not above <= ours and not below <= ours)
                    or (above <= ours and last and goes_on_across(last, page[i]) and line_key(page[i]) not in heads)
                    or (below <= ours and i - 1 in filled and i - 1 not in ours and following
                        and goes_on_across(page[i], following))):
                hits.discard((r, j))
        ours = {at[h] for h, _ in hits}
        text = [page[k] for k in filled if k not in ours]
        last = text[-1] if text else last


def _first_lines(page: list[str], at: list[int], hits: set[tuple[int, int]]) -> list[str]:
    """A page's first line, if it repeats on the pages (running_heads)."""
    first = next((i for i, ln in enumerate(page) if ln.strip()), None)
    return [page[first]] if first is not None and first in {at[h] for h, _ in hits} else []


def _last_line(page: list[str], at: list[int], hits: set[tuple[int, int]]) -> str | None:
    """A page's last line when it is the page's own text: None when it repeats on the pages."""
    last = next((i for i in range(len(page) - 1, -1, -1) if page[i].strip()), None)
    return page[last] if last is not None and last not in {at[h] for h, _ in hits} else None


def _first_text_line(page: list[str], at: list[int], hits: set[tuple[int, int]], heads: set[str]) -> str:
    """A page's first line that may go on with the page before's text: the running lines aside
    but one opening lowercase (goes_on_across) that is no running header (running_heads)."""
    ours = {at[h] for h, _ in hits}
    for i, line in enumerate(page):
        if line.strip() and (i not in ours or (line.lstrip()[:1].islower() and line_key(line) not in heads)):
            return line
    return ""


def _joined(pages: list[list[str]]) -> tuple[str, list[int]]:
    """The pages as one text: a blank line between two, or, where the page before breaks off
    mid-sentence and the next goes on with a lowercase word, their two lines joined into one;
    and where each page after the first starts, in letters and digits."""
    out = _trimmed(pages[0])
    starts: list[int] = []
    count = sum(letters(ln) for ln in out)
    for page in pages[1:]:
        page = _trimmed(page)
        starts.append(count)
        count += sum(letters(ln) for ln in page)
        if not page:
            continue
        if not out:
            out = page
            continue
        last, first = out[-1], page[0].lstrip()
        if first[:1].islower() and not is_bare_dateline(first) and not _SENTENCE_END.search(last.rstrip()):
            indent = last[:len(last) - len(last.lstrip())]
            out[-1] = indent + join_lines([last, first])
            out.extend(page[1:])
        else:
            out.extend(["", *page])
    return "\n".join(out), starts


def _trimmed(page: list[str]) -> list[str]:
    """A page's lines without the blank ones at its top and foot."""
    filled = [i for i, ln in enumerate(page) if ln.strip()]
    return page[filled[0]:filled[-1] + 1] if filled else []
