"""The label that numbers one part of a work split into files: «Часть 2», «Том II», «Книга 3»,
Kazakh «2-бөлім», «Бөлім 2», English «Part 2». The parts share their heading, so the label is what
tells one part's title from another's."""

from __future__ import annotations

import re

# a part's number in words: «Часть вторая», «Книга третья»
_ORDINAL = (r"(?i:перв|втор|трет|четв[её]рт|пят|шест|седьм|восьм|девят|десят)(?:ая|ой|ый|ий|ое|ья|ье|ий)")
# the label, then nothing, the day it records in brackets or after a dash: «Часть 1 (14 ноября 2018 года)»,
# «Часть 2 – 28 апреля 2021 года»
_PART_OF_WHOLE = re.compile(r"(?P<label>(?i:часть|том|книга|выпуск|бөлім|part|volume)\s*№?\s*(?:\d{1,3}|[IVX]{1,5}|"
                            + _ORDINAL + r")|\d{1,3}\s*-\s*(?i:бөлім|том|кітап))\s*[.:]?\s*(?:\(.*\)|[-–—]\s*\d.*)?")
# what every label holds, its word and number's first sign: a text without one in its opening has no part to
# look for (most texts; «о том, что» holds no number)
PART_WORD = re.compile(r"(?:часть|том|книга|выпуск|бөлім|кітап|part|volume)\s*№?\s*(?:\d|[ivx]|перв|втор|трет|четв|пят|"
                       r"шест|седьм|восьм|девят|десят)|\d\s*-?\s*(?:бөлім|том|кітап)", re.IGNORECASE)
# a label closing its dateline's line: «г. Нур-Султан, 27-29 апреля 2021 года. Часть 2 (28 апреля 2021 года)»
_AFTER_DATELINE = re.compile(r"[.,;]\s+(?=(?i:часть|том|книга|выпуск|бөлім|part|volume)\b|\d{1,3}\s*-\s*(?i:бөлім)\b)")


def part_label(line: str) -> str | None:
    """The part's label when `line` is one (with the day it records after it or not), else None."""
    m = _PART_OF_WHOLE.fullmatch(line.strip())
    return m.group("label") if m else None


def part_label_closing(line: str) -> str | None:
    """The part's label that closes `line` after a full stop or comma (a dateline's), else None."""
    for m in _AFTER_DATELINE.finditer(line):
        label = part_label(line[m.end():])
        if label:
            return label
    return None
