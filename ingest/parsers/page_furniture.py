"""Running headers, running footers and page numbers: what a paginated document prints around its
pages, told apart from the pages' own first and last lines.

By text: a line at a page's edge is a running header or footer when most pages (or most left or
most right pages: a journal's two sides carry different ones) print it word for word, or with
only its page number changed (a number going up with the page). A line whose other numbers
change is the page's own text: a digest's dateline («Астана, 12 марта 2019 г.») or numbered part
(«Приложение 2») opening each page. A running line that holds a dateline is kept once, where it
first appears, as that dateline: it dates the document. That is a dateline printed word for word
on every page, and a newspaper's header with the issue's date and the page number («Казахстанская
правда, 12 марта 2019 г., стр. 3», kept as «Казахстанская правда, 12 марта 2019 г.»); a journal's
«Вестник АНК № 3, 2019» holds no full date and goes. A running line that names the document's type
and stands first on the first page («СТЕНОГРАММА» over «VI сессии Ассамблеи …», each later page
printing it as its header) is kept there too, as the document's own heading (first_page_heading).

By look: the top row of every page (or of every page but the first, often a title page) is a
running header when it stands apart from the text below it in smaller type, in one size, at one
height, whatever it says: a short article's left and right pages each print their own (the
journal's name, the article's title), too few times to be seen repeated.

A book's running header that changes with its chapter («Глава 2. Народная дипломатия» over one
side's pages, the book's title over the other's) repeats on too few pages to be seen either way;
it is told by text as a run of one side's pages opening with the same line (changing_heads).

A browser's «Print → Save as PDF» prints the time of printing and the page's title over each page,
its address and «n/N» under it: running lines on every page, and on one page told by their text
(browser_lines); the print stamp dates nothing."""
from __future__ import annotations

import re
from dataclasses import dataclass

from .normalize import (_SENTENCE_END, DATE_RE, find_dateline, is_document_type, leading_document_type,
                        looks_like_title, normalize_inline)
from .turn_lines import opens_with_label

_PAGE_NUMBER = re.compile(
    r"^(?:[-–—_\s]*\d{1,4}[-–—_\s]*"
    r"|(?:стр\.?|страница|бет|page|p\.)\s*\d{1,4}(?:\s*(?:из|of|/)\s*\d{1,4})?"
    r"|\d{1,4}\s*(?:/|из|of)\s*\d{1,4}"
    r"|\d{1,4}\s*(?:-?\s*бет|стр\.?)"
    r"|[ivxlcdm]{1,6})$",
    re.IGNORECASE,
)
_NUMBER = re.compile(r"\d+")
# a web address (a browser prints the page's in its running footer): its digits are no table's cell
_URL = re.compile(r"(?:https?|file|ftp)://\S+|www\.\S+", re.IGNORECASE)
# a browser's print stamp, the running header of «Print → Save as PDF»: the day and time it was
# printed, in the locale's form («11/29/26, 2:51 PM», «29.11.2026, 14:51»); no date of the document
_PRINT_STAMP = re.compile(r"\d{1,4}[./-]\d{1,2}[./-]\d{1,4},?\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AaPp]\.?[Mm]\.?)?"
                          r"(?=\s|$)")
# ...and its footer: the page's address, then the page's number and the count of pages
_PRINT_FOOTER = re.compile(r"(?:(?:https?|file|ftp)://|www\.)\S+\s+(\d{1,4})\s*/\s*(\d{1,4})", re.IGNORECASE)
# Words that number a part of the text: a number right after one numbers that part, not the page
_PART_WORDS = (r"(?:приложени\w*|глав\w*|стать\w*|раздел\w*|част\w*|параграф\w*|пункт\w*|таблиц\w*|"
               r"рисун\w*|схем\w*|протокол\w*|қосымша\w*|бап\w*|тарау\w*|бөлім\w*|кесте\w*|сурет\w*|"
               r"annex\w*|appendix|chapter|article|section|part|table|figure|№|§)")
_NUMBERED_PART = re.compile(r"(?<!\w)" + _PART_WORDS + r"\s*$", re.IGNORECASE)
_PART_LABEL = re.compile(_PART_WORDS + r"\s*(?:№\s*)?\d+[.)]?", re.IGNORECASE)
# years: a chronicle's page a year («2015», «2016» ...) numbers no page
_YEARS = range(1900, 2101)
# A top row in type this much smaller than the text's is set in a header's small type
_SMALLER_TYPE = 0.92


def is_page_number(text: str) -> bool:
    """Whether a row prints only a page number: «12», «— 12 —», «стр. 12», «12 из 40», «xii»;
    not a year alone (a cover's «2019» under «Астана», a chronicle's page a year)."""
    text = normalize_inline(text)
    return _PAGE_NUMBER.match(text) is not None and not (text.isdigit() and int(text) in _YEARS)


def opens_with_print_stamp(text: str) -> bool:
    """Whether a line opens with a browser's print stamp: a numeric date and a clock time (the
    page's title may follow on its row)."""
    return _PRINT_STAMP.match(normalize_inline(text)) is not None


def browser_lines(rows: list[list[str]], page: int, pages: int) -> set[tuple[int, int]]:
    """A browser's print header and footer on one page (``rows``: its edge rows' texts, from
    _edge_rows; ``page``: its index, of ``pages``), as (row, line) indexes: a row opening with the
    print stamp (the page's title beside it) and a row of the page's address and «n/N», this
    page's number of the count of pages. Both or neither, so that a one-page print loses them too,
    while a news item's own «21.02.2018, 16:05» under its heading stays."""
    top = [r for r, row in enumerate(rows) if row and opens_with_print_stamp(row[0])]
    foot = [r for r, row in enumerate(rows)
            if (m := _PRINT_FOOTER.fullmatch(normalize_inline(" ".join(row)))) is not None
            and (int(m.group(1)), int(m.group(2))) == (page + 1, pages)]
    if not (top and foot):
        return set()
    return {(r, j) for r in (top[0], foot[-1]) for j in range(len(rows[r]))}


def is_own_heading(text: str) -> bool:
    """Whether an edge line opens the page's own text: a dateline, or a numbered part
    («Приложение 2», «Глава 3», «Статья 5»)."""
    text = normalize_inline(text)
    first_number = _NUMBER.search(text)
    return ((first_number is not None and _NUMBERED_PART.search(text, 0, first_number.start()) is not None
             and len(text[:first_number.start()].split()) <= 2)
            or find_dateline([text]) is not None)


def goes_on_across(last_line: str, line: str) -> bool:
    """Whether ``line``, the first of a page under its running header, may go on with the sentence
    that the page before broke off at ``last_line`` (its last line of text): it opens with a
    lowercase word, and that sentence has no end. Such a line is the text's, however often its
    words repeat at the pages' tops (a report's points sharing their wording), unless it is a
    running header that opens lowercase itself (a site's name: see running_heads)."""
    line = line.lstrip()
    return line[:1].islower() and not _SENTENCE_END.search(last_line.rstrip()) and not is_page_number(line)


def running_heads(tops: list[tuple[str | None, list[str]]]) -> set[str]:
    """The lines repeated at the pages' tops that go on with no text where they stand first on a
    page: on the first page, or under a page whose text ends its sentence. Such a line is a running
    header on every page, also where it opens lowercase under a sentence cut short («assembly.kz —
    Ассамблея народа Казахстана»), never the text going on (goes_on_across). ``tops``: for each
    page, the last line of the page before when it is known to be that page's text (None when it
    may be a running footer, or for the first page), and the repeated lines of its first row.
    Returned as line_key gives them."""
    heads: set[str] = set()
    for i, (before, firsts) in enumerate(tops):
        if i == 0 or (before is not None and _SENTENCE_END.search(before.rstrip())):
            heads.update(line_key(line) for line in firsts)
    return heads


# OCR specks at a line's end or start: marks of no letter or figure standing apart from its words
# («АРХИВ АНК Ф. 1 Оп. 1 Д. 47   ,'» on one page, «… Д. 47   ‘.» on the next), which a scan's dust
# or the page's edge leaves, different on every page
_SPECK = r"[^\w\s№§%«»()\[\]]+"
_END_SPECKS = re.compile(rf"(?:\s+{_SPECK})+\s*$")
_START_SPECKS = re.compile(rf"^\s*(?:{_SPECK}\s+)+")


def without_end_specks(text: str) -> str:
    """``text`` without the OCR specks standing after its last word (the whole of it when it is
    nothing but specks)."""
    kept = _END_SPECKS.sub("", text)
    return kept if any(ch.isalnum() for ch in kept) else text


def line_key(line: str) -> str:
    """What a line repeated word for word shares with its other copies: its text, OCR specks at its
    ends aside."""
    return words_of_line(line).lower()


def is_part_label(text: str) -> bool:
    """Whether a line only numbers a part of the text: «Приложение 1», «Глава 2.», «Статья № 5»."""
    return _PART_LABEL.fullmatch(normalize_inline(text)) is not None


def running_lines(pages: list[list[list[str]]], pages_headed_by_look: set[int] = frozenset()
                  ) -> list[set[tuple[int, int]]]:
    """For each page, the running headers and footers among its edge rows (``pages[i]``: the
    texts of each row's lines, rows from _edge_rows), as (row, line) indexes; the top row of the
    `pages_headed_by_look` (see headers_by_look) is one too. The caller drops those that its
    layout shows to be the page's text, then keeps datelines (keep_first_datelines)."""
    found: list[set[tuple[int, int]]] = [set() for _ in pages]
    for i in pages_headed_by_look:
        found[i].update((0, j) for j in range(len(pages[i][0])))
    n = len(pages)
    for i, rows in enumerate(pages):  # told by their text alone, on a print of one page too
        found[i].update(browser_lines(rows, i, n))
    if n < 2:
        return found
    units = [_units(rows, i) for i, rows in enumerate(pages)]
    for share in (range(n), range(0, n, 2), range(1, n, 2)):
        if len(share) < 2:
            continue
        need = max(2, int(0.5 * len(share) + 0.5))
        seen: dict[tuple, dict[int, list[tuple[int, int]]]] = {}
        for i in share:
            for patterns, hits in units[i]:
                for pattern in patterns:
                    seen.setdefault(pattern, {}).setdefault(i, []).extend(hits)
        for where in seen.values():
            if len(where) >= need:
                for i, hits in where.items():
                    found[i].update(hits)
    return found


def _units(rows: list[list[str]], page: int) -> list[tuple[list[tuple], list[tuple[int, int]]]]:
    """What may repeat on other pages, with the (row, line) indexes it covers: each line of a
    row, but a table's row (numbers in more than one of its pieces: cells) only whole and word
    for word, its numbers no page number."""
    units = []
    for r, row in enumerate(rows):
        if sum(1 for text in row if _NUMBER.search(_URL.sub("", text))) > 1:
            whole = normalize_inline(" ".join(row)).lower()
            units.append(([("=", whole)], [(r, j) for j in range(len(row))]))
        else:
            units.extend((_patterns(text, page), [(r, j)]) for j, text in enumerate(row))
    return units


def _patterns(text: str, page: int) -> list[tuple]:
    """What a line shares with the same running line on other pages: its text, and its text with
    one number that may be the page number replaced by that number's offset from the page's."""
    norm = line_key(text)
    if not norm or opens_with_label(text):
        return []  # a speaker's label is the transcript's text, never a running line
    out: list[tuple] = [("=", norm)]
    if opens_with_print_stamp(norm):
        out.append(("print stamp",))  # its minute may change between pages
    dates = [m.span() for m in DATE_RE.finditer(norm)]
    for m in _NUMBER.finditer(norm):
        value = int(m.group())
        if (len(m.group()) > 4 or value in _YEARS or _NUMBERED_PART.search(norm, 0, m.start())
                or any(a <= m.start() < b for a, b in dates)):
            continue
        out.append(("+", norm[:m.start()] + "\x00" + norm[m.end():], value - page))
    return out


# One side's pages in a row opening with the same line that make it a running header: fewer
# when the facing pages open with a running header of their own (a book's title beside the
# chapter's)
_HEAD_RUN = 3
_HEAD_RUN_FACING = 2


def changing_heads(tops: list[str | None], headed: list[bool]) -> list[list[int]]:
    """The runs of pages whose first line is a running header that changes with the chapter: one
    side's pages in a row (every other page) opening with the same line, _HEAD_RUN of them, or
    _HEAD_RUN_FACING where most of the other side's pages open with a running header. ``tops``: each
    page's first line (None for a page without one, a transcript's label, or one already found
    running); ``headed``: whether it was found running (running_lines). Each run's pages in order:
    the first may be the chapter's own heading (the caller decides)."""
    sides_headed = set()
    for side in (0, 1):
        pages = range(side, len(tops), 2)
        if len(pages) >= 2 and 2 * sum(headed[i] for i in pages) >= len(pages):
            sides_headed.add(side)
    runs: list[list[int]] = []
    for side in (0, 1):
        need = _HEAD_RUN_FACING if 1 - side in sides_headed else _HEAD_RUN
        run: list[int] = []
        for i in [*range(side, len(tops), 2), None]:
            key = line_key(tops[i]) if i is not None and tops[i] and not opens_with_label(tops[i]) else None
            if run and (key is None or key != line_key(tops[run[0]])):
                if len(run) >= need:
                    runs.append(run)
                run = []
            if key is not None:
                run.append(i)
    return runs


def keep_first_datelines(pages: list[list[list[str]]], found: list[set[tuple[int, int]]]
                         ) -> dict[tuple[int, int, int], str]:
    """A dateline repeated on the pages stays where it first appears: it dates the document. The
    running lines kept (taken out of `found`), by (page, row, line), with the dateline each holds:
    its page number taken off."""
    kept: dict[tuple[int, int, int], str] = {}
    seen: set[str] = set()
    for i, (rows, hits) in enumerate(zip(pages, found)):
        for r, j in sorted(hits):
            dateline = _dateline_held(normalize_inline(rows[r][j]))
            if (dateline is not None and not opens_with_print_stamp(rows[r][j])
                    and dateline.lower() not in seen):
                seen.add(dateline.lower())
                kept[i, r, j] = dateline
                hits.discard((r, j))
    return kept


def first_page_heading(line: str) -> str | None:
    """The document's own heading that a running line standing first on the first page is, its OCR
    specks taken off: a bare document type («СТЕНОГРАММА», «ПРОТОКОЛ № 3») names what the whole
    document is where it opens it, and the later pages repeat it as their header; so does a heading
    that opens with one («Отчет о деятельности … за 2019 год» over each page of a report's second
    file, which has no heading of its own). None for any other running line (an archive's cipher,
    a site's name). The caller keeps it unless the page prints the heading again under it, there to
    stay."""
    words = words_of_line(line)
    named = leading_document_type(words) is not None and looks_like_title(words)
    return words if is_document_type(words) or named else None


def words_of_line(line: str) -> str:
    """A line without the OCR specks at its ends, its case kept."""
    norm = normalize_inline(line)
    kept = _START_SPECKS.sub("", without_end_specks(norm))
    return kept if any(ch.isalnum() for ch in kept) else norm


# What sets a running line's page number apart from the rest of it: «3 | …», «…, стр. 3», «… — 3»;
# at its end a space too («… 12 марта 2019 г. 3»), never at its start («3 марта 2019 г., …»)
_SEPARATOR = r"\s*[,;·|•]\s*|\s+[-–—/]\s+"
_HEAD_SEPARATOR = re.compile(_SEPARATOR)
_TAIL_SEPARATOR = re.compile(_SEPARATOR + r"|\s+")


def _dateline_held(text: str) -> str | None:
    """The dateline a running line holds, its page number taken off: «Казахстанская правда, 12
    марта 2019 г., стр. 3» holds «Казахстанская правда, 12 марта 2019 г.»; None when it holds none."""
    for m in _HEAD_SEPARATOR.finditer(text):  # the shortest head first
        if is_page_number(text[:m.start()]):
            text = text[m.end():]
            break
    for m in _TAIL_SEPARATOR.finditer(text):  # the longest tail first; «№ 3» numbers an issue
        if is_page_number(text[m.end():]) and not _NUMBERED_PART.search(text, 0, m.start()):
            text = text[:m.start()]
            break
    return find_dateline([text]) if text else None


@dataclass
class TopRow:
    """The outermost row at the top of a page, as it looks."""

    text: str
    size: float  # its type size (0 when unknown)
    depth: float  # how far under the page's top edge it sits
    apart: bool  # set apart from the text under it by a wider gap than a line's


def headers_by_look(tops: list[TopRow | None], body_size: float) -> set[int]:
    """The pages whose top row (``tops[i]``, None for a page without one) is a running header by
    its look: see the module's docstring."""
    for pages in (range(len(tops)), range(1, len(tops))):
        rows = [tops[i] for i in pages]
        if len(rows) < 2 or not all(row is not None and _header_look(row, body_size) for row in rows):
            continue
        sizes = [row.size for row in rows]
        depths = [row.depth for row in rows]
        if max(sizes) - min(sizes) <= 0.5 and max(depths) - min(depths) <= 3:
            return set(pages)
    return set()


def headers_facing(tops: list[TopRow | None], headed: set[int]) -> set[int]:
    """The pages whose top row sits where the running header of the facing pages does (``headed``:
    the pages of one side, odd or even, whose top row repeats), in its type size and apart from the
    text under it: a report's even pages name their section («Раздел 2. Деятельность советов») where
    its odd pages name the organisation, a header that changes too often to be seen repeated and
    that opens with a numbered part. Not the first page, often a title page."""
    sides = {i % 2 for i in headed}
    rows = [tops[i] for i in headed]
    if len(rows) < 2 or len(sides) != 1 or any(row is None for row in rows):
        return set()
    sizes = [row.size for row in rows]
    depths = [row.depth for row in rows]
    if max(sizes) - min(sizes) > 0.5 or max(depths) - min(depths) > 3:
        return set()
    return {i for i, row in enumerate(tops) if i > 0 and i % 2 not in sides and row is not None and row.apart
            and abs(row.size - sizes[0]) <= 0.5 and abs(row.depth - depths[0]) <= 3}


def _header_look(row: TopRow, body_size: float) -> bool:
    return row.apart and 0 < row.size < _SMALLER_TYPE * body_size and not is_own_heading(row.text)
