"""The days a dated title's mention carries itself: «Указом Президента Республики Казахстан от 7
сентября 2016 года № 333», «Қазақстан Республикасы Президентінің 2016 жылғы 7 қыркүйектегі
Жарлығы», «Послание Главы государства народу Казахстана 2014 года». The office holder is the one of
that day (the act's signer), not of the day of the document citing it. So is a speech its sentence dates
before the title («Выступая … 24 марта 1995 года, Глава государства сказал»). A mention with no date of
its own is read by the document's date (ingest.extract.aliases.match_aliases).

    carried_days(text, end) -> (first day, last day) | None
    clause_days(text, start, on) -> (first day, last day) | None
"""
from __future__ import annotations

import re
from datetime import date

from .dates import dates_in_text

# what may stand between the title and its act's date: the act's number («Указом Президента РК № 333
# от …»), an address's addressee («Послание … народу Казахстана от …»), the act's name in quotes,
# then «от» (Russian) or nothing (Kazakh writes the date right after the genitive title)
_BEFORE_DATE = re.compile(
    r"[ \t\u00a0]+(?:[№N]\s*\d[\w/-]*[ \t\u00a0]+)?"
    r"(?:(?:народу[ \t\u00a0]+Казахстана|Қазақстан[ \t\u00a0]+халқына)[ \t\u00a0]+)?"
    r"(?:[«\"][^«»\"\n]{1,300}[»\"][ \t\u00a0]+)?"
    r"(?:от[ \t\u00a0]+)?",
    re.IGNORECASE)
# a year alone after it: «Послание Президента 2014 года», «Мемлекет басшысының 2014 жылғы Жолдауы»
_YEAR = re.compile(r"((?:19|20)\d\d)[ \t\u00a0]*(?:года|году|г\.|г\b|жылғы|жылы|ж\.)", re.IGNORECASE)
_DATE_REACH = 60  # characters: the longest written date with its quotes and spaces


def carried_days(text: str, end: int) -> tuple[date, date] | None:
    """The first and last day of the date written right after a title ending at offset `end` (its
    act's date, or the day of the event it opens): one day for a full date, a whole year for a year
    alone; None when the title carries no date."""
    gap = _BEFORE_DATE.match(text, end)
    if gap is None:
        return None
    at = gap.end()
    window = text[at:at + _DATE_REACH]
    found = next((d for offset, d in dates_in_text(window) if offset < 3), None)
    if found is not None:
        return found, found
    year = _YEAR.match(window)
    if year is not None:
        return date(int(year.group(1)), 1, 1), date(int(year.group(1)), 12, 31)
    return None


# where the clause a title stands in begins: a sentence's end, a paragraph's (a single line break may
# be a hard-wrapped line), or the dash that attributes a quote before it («…», — сказал Глава
# государства: the quote's own dates are not the speech's)
_CLAUSE_START = re.compile(r"[.!?…]\s+|\n[ \t\u00a0]*\n|[»\"”]\s*[,.]?\s*[—–-]\s+")
_QUOTED = re.compile(r"«[^«»]*»|\"[^\"]*\"|“[^“”]*”")
_CLAUSE_REACH = 400  # characters before a title: a long sentence's opening
# a year alone that dates an event: «В 2015 году», «2015 жылы», «In 2015»; «с 1995 года» and
# «по итогам 2019 года» give a span's edge, not the day it happened, and are not read
_EVENT_YEAR = re.compile(
    r"(?<!\w)(?:(?:в|во)[ \t\u00a0]+((?:19|20)\d\d)[ \t\u00a0]*(?:году|г\.)"
    r"|((?:19|20)\d\d)[ \t\u00a0]*жылы\b|in[ \t\u00a0]+((?:19|20)\d\d)\b(?![ \t\u00a0]*[-–/]))", re.IGNORECASE)
# a full date after these is a span's edge too: since, until, by, after
_EDGE_BEFORE = re.compile(r"(?:(?<!\w)(?:с|со|до|к|ко|после|по|начиная|since|until|by|after|before|from)"
                          r"[ \t\u00a0]+|[-–][ \t\u00a0]*)$", re.IGNORECASE)
_EDGE_AFTER = re.compile(r"^\S*(?:[ \t\u00a0]+\S+)?[ \t\u00a0]+(?:бері|бастап|дейін|кейін)\b", re.IGNORECASE)


def clause_days(text: str, start: int, on: date | None) -> tuple[date, date] | None:
    """The days of the event a title's clause dates before it: «Выступая на первой сессии 24 марта
    1995 года, Глава государства сказал», «В 2015 году … Президент Республики Казахстан заявил». A
    retrospective written in 2021 quotes the holder of 1995. The last such date between the clause's
    start and the title at offset `start` (quotes left out); None when there is none, or when it is
    after the document's date `on` (a plan, which the holder of the day makes)."""
    lo = max(0, start - _CLAUSE_REACH)
    before = text[lo:start]
    cut = 0
    for m in _CLAUSE_START.finditer(before):
        cut = m.end()
    clause = _QUOTED.sub(lambda m: " " * len(m.group()), before[cut:])
    found: list[tuple[int, date, date]] = []
    for offset, day in dates_in_text(clause):
        if not _EDGE_BEFORE.search(clause[:offset]) and not _EDGE_AFTER.match(clause[offset:offset + 60]):
            found.append((offset, day, day))
    for m in _EVENT_YEAR.finditer(clause):
        if not any(o <= m.start(0) < o + 25 or m.start(0) <= o < m.end(0) for o, _, _ in found):
            year = int(next(g for g in m.groups() if g))
            found.append((m.start(0), date(year, 1, 1), date(year, 12, 31)))
    if not found:
        return None
    _, first, last = max(found, key=lambda f: f[0])
    if on is not None and first > on:
        return None
    return first, last
