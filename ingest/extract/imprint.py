"""A book's imprint year: the year its title page or its imprint names.

A monograph or a long report opens with a title page («Астана 2020», «Алматы, 2020 ж.»), an imprint
(«… Монография. — Астана: Издательство Ассамблеи, 2020. — 196 с.», «М.: Наука, 2003») or a copyright
line («© Ассамблея народа Казахстана, 2020»). That year is when the book came out; the full dates its
chapters mention («Первая сессия состоялась 24 апреля 1995 года») are the history it tells.
"""
from __future__ import annotations

import re

_CAP = "A-ZА-ЯЁӘҒҚҢӨҰҮҺІ"
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


def imprint_year(text: str, latest: int) -> int | None:
    """The year the opening of a book's text names as its publication's, if it names one; no later than
    `latest` (the year of the ingest)."""
    opening = text[:OPENING_CHARS]
    if len(text) < LONG_CHARS and not _BOOK.search(opening):
        return None
    found = sorted((m.start("year"), int(m["year"])) for form in (_IMPRINT, _COPYRIGHT, _TITLE_PAGE)
                   for m in form.finditer(opening) if not _cited(opening, m.start("year")))
    # the first: the book's own imprint stands before any list citing other books
    return next((year for _, year in found if year <= latest), None)


# a line opening as a list's entry or a note does («1. », «[12] », «¹ »): a work the book cites
_CITED_LINE = re.compile(r"\s*(?:\d{1,3}[.)]\s|\[\d{1,3}\]|[¹²³⁴⁵⁶⁷⁸⁹⁰*])")


def _cited(text: str, at: int) -> bool:
    return _CITED_LINE.match(text, text.rfind("\n", 0, at) + 1) is not None
