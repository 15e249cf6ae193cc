"""The day one part of a record of several days holds. A session held over days is often kept as a
file a day, each opening with the session's dateline, a span («г. Павлодар, 14-15 ноября 2018 года»),
then its own label and day: «Часть 2 (15 ноября 2018 года)», or «Часть 2» over «(28 апреля 2021
года, продолжение пленарного заседания)». The part records that day, not the session's first, so
that line is its dateline."""
from __future__ import annotations

import re

from .normalize import DATE_RE, normalize_inline

# paragraphs at the top where the session's heading, its dateline and the part's label stand
_OPENING = 8
# a part's label: «Часть 2», «Часть № 2», «2-бөлім», «Part 2», «День второй» is no number and not read
_PART = re.compile(r"(?:(?:часть|бөлім|part)\s*(?:№\s*)?\d{1,2}|\d{1,2}-?\s*бөлім)\b[.:,]?\s*", re.IGNORECASE)
# the day under the label, in brackets or not: «(28 апреля 2021 года, продолжение …)»
_DAY_FIRST = re.compile(r"[(\[]?\s*")
# a span's first day and dash, right before its last day: «14-15 ноября», «27 – 29 апреля»
_SPAN_BEFORE = re.compile(r"\d{1,2}\s*[-–—]\s*$")
_PART_DAY_LONGEST = 160


def part_dateline(paragraphs: list[str]) -> str | None:
    """The line a part of a session held over days dates itself by, verbatim: the part's label with
    one day, or the line under the label that opens with one day, below a dateline that spans days;
    None when the opening has no such part."""
    spanned = False
    opening = [normalize_inline(p) for p in paragraphs[:_OPENING]]
    for i, line in enumerate(opening):
        date = DATE_RE.search(line)
        if date and _SPAN_BEFORE.search(line[:date.start()]):
            spanned = True
            continue
        label = _PART.match(line)
        if not spanned or not label:
            continue
        rest = line[label.end():]
        if _one_day_opens(rest):
            return paragraphs[i]
        if not rest.strip() and i + 1 < len(opening) and _one_day_opens(opening[i + 1]):
            return paragraphs[i + 1]
    return None


def _one_day_opens(line: str) -> bool:
    """The line opens with one day (maybe in a bracket) and is short: no span, no sentence of the text."""
    if not line or len(line) > _PART_DAY_LONGEST:
        return False
    date = DATE_RE.search(line)
    return bool(date) and date.start() == _DAY_FIRST.match(line).end() and not _SPAN_BEFORE.search(line[:date.start()])
