"""An archive's shelfmark stamped on a scanned page: «АРХИВ АНК Ф. 2 Оп. 1 Д. 112», «ЦГА РК ф. 5,
оп. 1, д. 47, л. 3». It says where the paper is kept, never what it is, so it is no title."""
from __future__ import annotations

import re

# fund, inventory and file (фонд, опись, дело), a sheet (лист) after them, each abbreviated or whole
_SHELFMARK = re.compile(
    r"(?:ф|фонд)\.?\s*№?\s*[\dа-яa-z-]+\s*[,.;]?\s*(?:оп|опись)\.?\s*№?\s*\d+[\dа-я-]*\s*[,.;]?"
    r"\s*(?:д|дело)\.?\s*№?\s*\d+[\dа-я-]*(?:\s*[,.;]?\s*(?:лл?|лист[ыа]?)\.?\s*[\d\s,-]+)?",
    re.IGNORECASE)
# what may stand before it: the archive's name in a few words («АРХИВ АНК», «Центральный государственный архив»)
_MAX_WORDS_BEFORE = 6


def is_shelfmark(line: str) -> bool:
    """The line is an archive's shelfmark and nothing else: the archive's name in a few words, then
    fund, inventory and file; an OCR speck or two after it («… Д. 47 ,'») change nothing."""
    m = _SHELFMARK.search(line)
    if m is None:
        return False
    before, after = line[:m.start()], line[m.end():]
    return len(before.split()) <= _MAX_WORDS_BEFORE and not any(ch.isalnum() for ch in after)
