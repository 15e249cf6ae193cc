"""The place and date an act is signed with, under its signature: «Астана, Акорда, 20 октября 2008
года» over «№ 70-IV ЗРК», «Нур-Султан, 14 ноября 2019 года № 12», Kazakh «Астана, Ақорда, 2008 жылғы
20 қазан». find_dateline reads the first 15 paragraphs, the whole of a news item; a law or a decree
is longer, and the first date its text mentions is an act it cites or an amendment note's, never its
own (its adoption is the signature's date)."""
from __future__ import annotations

import re

from .normalize import (DATE_RE, goes_on_as_sentence, is_closing_dateline, is_dateline, is_edit_date,
                        dateline_reading, normalize_inline)

# the act's number on a line of its own under its place and date: «№ 70-IV ЗРК», «N 2529», «№ 41-п»,
# the Kazakh issuer's letters too («№ 70-IV ҚРЗ»)
_NUMBER = r"(?:№|N)\s*\d[\w./-]*(?:\s+[^\W\d_]{2,5})?\.?"
_NUMBER_LINE = re.compile(_NUMBER)
_NUMBER_AT_END = re.compile(rf"\s{_NUMBER}$")  # the same number after the place and date, on their line
# the lines a legal portal's copy adds under the signature: where the act was published, its source
_SOURCE_LINE = re.compile(r"(?:опубликован[оаы]?|официальн\w+\s+опубликовани\w+|источник|жарияланған|дереккөз"
                          r"|published|source)(?![^\W\d_])", re.IGNORECASE)
MAX_LEN = 160  # characters: find_dateline's limit of a dateline


def signature_dateline(paragraphs: list[str]) -> str | None:
    """The dateline of the first signature in `paragraphs` (a decree's, above the annex it approves),
    verbatim: a closing dateline (is_closing_dateline) with the act's number after it or on the line
    under it; else the last line when it is one (a letter's, an act's with no number), above the
    lines a portal adds under it («Опубликован: «Казахстанская правда» от 14.04.2021 г.»). Higher up
    the number must be there: no reader's comment («Айгерим, 12.03.2020» over its words) writes one."""
    lines = _lines(paragraphs)
    at = signature_line(lines)
    if at is not None:
        return lines[at]
    while lines and _SOURCE_LINE.match(lines[-1]):
        lines.pop()
    return lines[-1] if lines and _signed_on(lines[-1]) else None


def signature_line(lines: list[str]) -> int | None:
    """The index in `lines` (stripped, none blank) of the first signature's dateline that the act's
    number follows, on its line or on the next; None when there is none."""
    for i, line in enumerate(lines):
        if len(line) > MAX_LEN:
            continue  # most of a text's paragraphs: no regex run over them
        numbered = _NUMBER_AT_END.search(line) or i + 1 < len(lines) and _NUMBER_LINE.fullmatch(lines[i + 1])
        if numbered and _signed_on(line):
            return i
    return None


def _lines(paragraphs: list[str]) -> list[str]:
    return [ln.strip() for p in paragraphs for ln in p.split("\n") if ln.strip()]


def _signed_on(line: str) -> bool:
    """The line is a place and a date that may close a text (is_closing_dateline), not an edit's date."""
    if len(line) > MAX_LEN or not any(ch.isdecimal() for ch in line):
        return False
    read = dateline_reading(normalize_inline(line))
    if not is_dateline(read) or goes_on_as_sentence(read) or not is_closing_dateline(read):
        return False
    date = DATE_RE.search(read)
    return not is_edit_date(read, date.start(), date.end())
