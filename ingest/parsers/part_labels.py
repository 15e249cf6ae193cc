"""The label that numbers one part of a work split into files: «Часть 2», «Том II», «Книга 3»,
Kazakh «2-бөлім», «Бөлім 2», English «Part 2». The parts share their heading, so the label is what
tells one part's title from another's."""

from __future__ import annotations

import re

# the label, then nothing or the day it records in brackets: «Часть 1 (14 ноября 2018 года)»
_PART_OF_WHOLE = re.compile(r"(?P<label>(?i:часть|том|книга|выпуск|бөлім|part|volume)\s*№?\s*(?:\d{1,3}|[IVX]{1,5})"
                            r"|\d{1,3}\s*-\s*(?i:бөлім|том|кітап))\s*[.:]?\s*(?:\(.*\))?")


def part_label(line: str) -> str | None:
    """The part's label when `line` is one (with the day it records after it or not), else None."""
    m = _PART_OF_WHOLE.fullmatch(line.strip())
    return m.group("label") if m else None
