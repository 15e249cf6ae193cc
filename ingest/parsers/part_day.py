"""The day one part of a record of several days holds. A session held over days is often kept as a
file a day, each opening with the session's dateline, a span («г. Павлодар, 14-15 ноября 2018 года»,
«30 апреля – 1 мая 2021 года», «с 27 по 29 апреля», Kazakh «2021 жылғы 27-29 сәуір»), then its own
label and day: «Часть 2 (15 ноября 2018 года)», «Часть II – 28 апреля 2021 года», or «Часть 2» over
«(28 апреля 2021 года, продолжение пленарного заседания)». The part records that day, not the
session's first, so that line is its dateline, but only when the day lies within the span: «Часть 2 /
(1 января 2020 года – итоги года)» under «15-16 января 2020 года» names a day the part reports on."""
from __future__ import annotations

import re
from typing import NamedTuple

from .normalize import DATE_RE, SPAN_REACH, SPAN_START, normalize_inline
from .part_labels import PART_WORD

# paragraphs at the top where the session's heading, its dateline and the part's label stand
_OPENING = 8
# a part's label: «Часть 2», «Том 2», «Часть № 2», «Часть II», «Часть вторая», «2-бөлім», «Part 2»; «День
# второй» is no label and not read
_ORDINALS = r"перв\w+|втор\w+|трет\w+|четв[её]рт\w+|пят\w+|шест\w+|седьм\w+|восьм\w+|девят\w+|десят\w+"
_PART = re.compile(r"(?:(?:часть|том|книга|бөлім|part|volume)\s*(?:№\s*)?(?:\d{1,2}|[IVX]{1,5}(?![^\W\d_])|(?:" + _ORDINALS + r"))"
                   r"|\d{1,2}-?\s*бөлім)\b[.:,]?\s*", re.IGNORECASE)
# what may stand between the span and a label on the dateline's own line: «…2021 года. Часть 2 (…)»
_LABEL_AFTER_SPAN = re.compile(r"(?:\s*(?:года?|г\.|ж\.|жыл[^\W\d_]*)(?![^\W\d_]))?\s*[.,;]?\s*", re.IGNORECASE)
# the day under the label, in brackets, after a dash or bare: «(28 апреля 2021 года, продолжение …)»
_DAY_FIRST = re.compile(r"(?:[(\[]|[-–—])?\s*")
# a span's days inside one date: Kazakh «2021 жылғы 27-29 сәуір», English «April 27-29, 2021»
_DAYS_INSIDE = re.compile(r"(\d{1,2})\s*[-–—]\s*(\d{1,2})(?!\d)")
_PART_DAY_LONGEST = 160
# month stems by number: Russian, Kazakh, English; a numeric date gives its month by digits
_MONTH_STEMS = ("январ қаңтар jan", "феврал ақпан feb", "март наурыз mar", "апрел сәуір apr", "ма[йя] мамыр may",
                "июн маусым jun", "июл шілде jul", "август тамыз aug", "сентябр қыркүйек sep",
                "октябр қазан oct", "ноябр қараша nov", "декабр желтоқсан dec")
_MONTH = re.compile("|".join(f"(?P<m{n}>(?<![^\\W\\d_])(?:{'|'.join(s.split())}))"
                             for n, s in enumerate(_MONTH_STEMS, 1)), re.IGNORECASE)
_NUMERIC = re.compile(r"(\d{1,2})[./](\d{1,2})[./](\d{4})")
_YEAR = re.compile(r"(?<!\d)(\d{4})(?!\d)")
_DAY_NUMBER = re.compile(r"(?<!\d)(\d{1,2})(?!\d)")


class _Day(NamedTuple):
    year: int
    month: int
    day: int


def part_dateline(paragraphs: list[str]) -> str | None:
    """The text a part of a session held over days dates itself by: the day after the part's label,
    or the line under the label that opens with one day, below (or on) a dateline that spans days,
    the day within that span; None when the opening has no such part."""
    span: tuple[_Day, _Day] | None = None
    opening = [normalize_inline(p) for p in paragraphs[:_OPENING]]
    if not any(PART_WORD.search(line) for line in opening):  # no label: no span worth reading (most texts)
        return None
    for i, line in enumerate(opening):
        label = _PART.match(line)  # before the span: «Часть 2 – 28 апреля» is no span of «2 – 28»
        found = None if label else _span(line)
        if found:
            span, at = found
            label = _PART.match(line, _LABEL_AFTER_SPAN.match(line, at).end())
            if not label:
                continue
        if not span or not label:
            continue
        rest = line[label.end():]
        if _one_day_opens(rest, span):
            return rest  # the day alone: «Часть 2 – 28 апреля» read whole is a span from the 2nd
        if not rest.strip() and i + 1 < len(opening) and _one_day_opens(opening[i + 1], span):
            return paragraphs[i + 1]
    return None


def _span(line: str) -> tuple[tuple[_Day, _Day], int] | None:
    """The first and last days of the span `line` dates itself by, and where its date ends; None when
    its first date is one day."""
    date = DATE_RE.search(line)
    last = _day_of(date.group()) if date else None
    if not last:
        return None
    inside = _DAYS_INSIDE.search(date.group())
    if inside:
        return (last._replace(day=int(inside.group(1))), last._replace(day=int(inside.group(2)))), date.end()
    start = SPAN_START.search(line, max(0, date.start() - SPAN_REACH), date.start())
    if not start:
        return None
    month = _month_of(start.group(3) or "") or (int(start.group(4)) if start.group(4) else last.month)
    year = last.year - 1 if month > last.month else last.year  # «30 декабря – 2 января 2021»
    return (_Day(year, month, int(start.group(2))), last), date.end()


def _day_of(text: str) -> _Day | None:
    """The day a date's text names, or None when its month or year is not read here."""
    numeric = _NUMERIC.search(text)
    if numeric:
        return _Day(int(numeric.group(3)), int(numeric.group(2)), int(numeric.group(1)))
    month, year = _MONTH.search(text), _YEAR.search(text)
    if not month or not year:
        return None
    day = _DAY_NUMBER.search(text[:year.start()] + " " * (year.end() - year.start()) + text[year.end():])
    if not day:
        return None
    return _Day(int(year.group(1)), int(month.lastgroup[1:]), int(day.group(1)))


def _month_of(word: str) -> int | None:
    m = _MONTH.match(word)
    return int(m.lastgroup[1:]) if m else None


def _one_day_opens(line: str, span: tuple[_Day, _Day]) -> bool:
    """The line opens with one day within `span` (maybe in a bracket or after a dash) and is short: no
    span, no sentence of the text."""
    if not line or len(line) > _PART_DAY_LONGEST:
        return False
    date = DATE_RE.search(line)
    if not date or date.start() != _DAY_FIRST.match(line).end() or _span(line):
        return False
    day = _day_of(date.group())
    return bool(day) and span[0] <= day <= span[1]
