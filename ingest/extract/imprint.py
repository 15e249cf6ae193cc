"""A book's imprint year: the year its title page or its imprint names; a journal article's, its issue's.

A monograph or a long report opens with a title page («Астана 2020», «Алматы, 2020 ж.»), an imprint
(«… Монография. — Астана: Издательство Ассамблеи, 2020. — 196 с.», «М.: Наука, 2003») or a copyright
line («© Ассамблея народа Казахстана, 2020»). That year is when the book came out; the full dates its
chapters mention («Первая сессия состоялась 24 апреля 1995 года») are the history it tells. A work the text
cites (in brackets, in a note, an entry opening with its author) is not its imprint, and a long report that
is no book has no imprint but its own title page's foot or copyright line.

A journal article's head names the issue it came out in («Вестник КазНУ. Серия историческая. 2020. № 3 (98).
С. 45–58.»): that year dates it, short as it is (ingest.parsers.article_head).
"""
from __future__ import annotations

import re

from ingest.parsers.article_head import JOURNAL_ISSUE, is_issue_line

from ._text import LOWER, UPPER

_CAP = UPPER
_YEAR = r"(?P<year>(?:19|20)\d\d)"
_YEAR_WORD = r"(?:\s*(?:г\.|гг\.|год|ж\.|жыл|y\.))?"
_CITY = rf"[{_CAP}][\w.-]*(?:[ -][{_CAP}][\w.-]*){{0,2}}"
_BETWEEN = r"(?:[^,\n]|\n(?!\n))"  # a publisher's name, maybe hard-wrapped onto the next line
# a title page's foot, a line of its own: «Астана 2020», «Алматы, 2020», «Нур-Султан – 2020 г.»
_TITLE_PAGE = re.compile(rf"^[ \t]*{_CITY}\s*[,–—-]?[ \t]*{_YEAR}{_YEAR_WORD}[ \t]*$", re.MULTILINE)
# an imprint: «Астана: Издательство Ассамблеи, 2020», «М.: Наука, 2003», after a full stop or a line's start
_IMPRINT = re.compile(rf"(?:^|[.—–]\s+)(?:{_CITY}|М\.|СПб\.)\s*:\s*{_BETWEEN}{{1,80}}?,\s*{_YEAR}\b", re.MULTILINE)
# a copyright line: «© 2020», «© Ассамблея народа Казахстана, 2020»
_COPYRIGHT = re.compile(rf"©[^\n©]{{0,120}}?\b{_YEAR}\b")
OPENING_CHARS = 4000  # a title page and its back: where an imprint stands
LONG_CHARS = 20_000  # a text this long is a book or a long report, not a news item with a heading's year
# what tells a book's opening from a news item's: its classification, ISBN, kind
_BOOK = re.compile(r"\b(?:УДК|ББК|ISBN|Монография|Монографиясы|[Уу]чебное пособие|[Оо]қу құралы"
                   r"|[Сс]борник (?:статей|материалов|научных трудов|документов)|Жинақ)\b")


# a piece of each of _BOOK's words: looked for first, as the pattern's \b is tried at every character
_BOOK_WORDS = ("УДК", "ББК", "ISBN", "Монография", "чебное пособие", "қу құралы", "борник ", "Жинақ")


def imprint_year(text: str, latest: int) -> int | None:
    """The year the opening of a book's text names as its publication's, if it names one; no later than
    `latest` (the year of the ingest)."""
    opening = text[:OPENING_CHARS]
    issue = _issue_year(opening, latest)
    if issue is not None:
        return issue
    book = any(word in opening for word in _BOOK_WORDS) and _BOOK.search(opening) is not None
    if len(text) < LONG_CHARS and not book:
        return None
    # a long report that is no book cites others' imprints in its first lines («— Астана: Елорда, 2001»);
    # only its own title page's foot or copyright line dates it
    forms = (_IMPRINT, _COPYRIGHT, _TITLE_PAGE) if book else (_COPYRIGHT, _TITLE_PAGE)
    found = sorted((m.start("year"), int(m["year"])) for form in forms for m in form.finditer(opening)
                   if not _cited(opening, m.start("year")) and not _table_row(opening, m, form))
    # the first: the book's own imprint stands before any list citing other books
    return next((year for _, year in found if year <= latest), None)


HEAD_LINES = 12  # an article's codes, authors, affiliations, title and issue line: where its issue stands


def _issue_year(opening: str, latest: int) -> int | None:
    """The year of a journal's issue line among the opening's first lines («Вестник КазНУ. Серия
    историческая. 2020. № 3 (98). С. 45–58.»): an article is dated by the issue it came out in, whatever
    its length. A reference to another paper there («1. Иванов И.И. … // Вестник. 2019. № 2») is not it."""
    at = 0
    for line in [ln for ln in opening.split("\n") if ln.strip()][:HEAD_LINES]:
        at = opening.index(line, at)
        m = JOURNAL_ISSUE.search(line) if is_issue_line(line) else None
        if m and int(m["year"]) <= latest and not _cited(opening, at + m.start("year")):
            return int(m["year"])
        at += len(line)
    return None


# a line opening as a list's entry or a note does («1. », «[12] », «¹ », a PDF's superscript «1 Назарбаев»)
_NOTE = r"(?:\d{1,3}[.)]\s|\[\d{1,3}\]|[¹²³⁴⁵⁶⁷⁸⁹⁰*]|\d{1,3}\s+(?=[" + _CAP + "]))"
_CITED_LINE = re.compile(rf"\s*{_NOTE}")
_INITIALS = rf"[{_CAP}]\.\s?(?:[{_CAP}]\.)?"
_SURNAME = rf"[{_CAP}][{LOWER}]+(?:-[{_CAP}][{LOWER}]+)?"
# an entry opening with its author: «Тишков В.А. Реквием по этносу. — М.: …», «В.А. Тишков. …»
_AUTHOR_ENTRY = re.compile(rf"\s*{_NOTE}?\s*(?:(?P<surname>{_SURNAME}),?\s+{_INITIALS}|{_INITIALS}\s?(?P<after>{_SURNAME}))")


def _cited(text: str, at: int) -> bool:
    """The year at `at` is a cited work's: its line opens as a list's entry or a note, it stands in
    brackets within its paragraph, or its line opens with an author whom the title page does not name
    (a book's own catalogue record «Кадырова Г.Т. Полиэтничность. — Астана: …, 2020» follows her name)."""
    line = text.rfind("\n", 0, at) + 1
    if _CITED_LINE.match(text, line):
        return True
    paragraph = text[max(text.rfind("\n\n", 0, at) + 2, at - 400):at]
    if paragraph.count("(") + paragraph.count("[") > paragraph.count(")") + paragraph.count("]"):
        return True
    author = _AUTHOR_ENTRY.match(text, line)
    # a title page may print its author in capitals («Г.Т. КАДЫРОВА»)
    return author is not None and (author["surname"] or author["after"]).casefold() not in text[:line].casefold()


def _table_row(text: str, match: re.Match, form: re.Pattern) -> bool:
    """A «City YEAR» line next to another such line is a table's row («Алматы 2018» over «Астана 2019»),
    no title page's foot."""
    if form is not _TITLE_PAGE:
        return False
    before, after = text[:match.start()].split("\n"), text[match.end():].split("\n")
    previous, following = before[-2] if len(before) > 1 else "", after[1] if len(after) > 1 else ""
    return any(_TITLE_PAGE.fullmatch(line.strip()) for line in (previous, following) if line.strip())
