"""Undo a Cyrillic code page misread as Latin-1 or cp1252 and saved again as UTF-8
(«Çàñåäàíèå Ñîâåòà» for «Заседание Совета»): the commonest Russian mojibake, and lossless to undo,
since each of those characters stands for one byte of the original code page."""
from __future__ import annotations

import re

from .encoding import TWINS_QUALITY, letter_quality

# Windows-1251 and KOI8-R letters are the bytes C0-FF: À-ÿ in Latin-1 and cp1252. Three in a row
# are rare in real Latin text (French and German words mix them with ASCII letters). A text with
# any real Cyrillic letter cannot be re-encoded: ordinary files stop there, before this is looked for.
_TELL = re.compile("[\u00c0-\u00ff]{3}")
_MISREAD_AS = ("cp1252", "latin-1")  # what the text was read as (cp1252 first: it has — “ ”)
_REAL_CODE_PAGES = ("cp1251", "koi8_r", "kz1048")  # what it was written in, the likelier first
# The text as it stands scores below this (letter_quality: real Russian text scores 0.5-1.5,
# Latin letters -1 each) and its repair at least TWINS_QUALITY: Russian words, not Latin ones.
_GARBAGE_BELOW = 0.0


def repair_code_page_misread(text: str) -> tuple[str, str | None, str | None]:
    """(repaired text, its real code page, what it was misread as), or (text, None, None) when
    ``text`` is not a code page misread as Latin-1/cp1252 or does not read as Russian undone."""
    data, misread_as = _as_bytes(text)  # fails at the first Cyrillic letter: cheap for every real text
    if data is None or not _TELL.search(text):
        return text, None, None
    quality = letter_quality(text)
    if quality >= _GARBAGE_BELOW:
        return text, None, None
    best = (max(TWINS_QUALITY, quality + 0.5), text, None)  # the repair must read as words
    for code_page in _REAL_CODE_PAGES:
        fixed = data.decode(code_page, errors="replace")
        q = letter_quality(fixed)
        if q > best[0]:
            best = (q, fixed, code_page)
    if best[2] is None:
        return text, None, None
    return best[1], best[2], misread_as


def _as_bytes(text: str) -> tuple[bytes | None, str | None]:
    """``text`` back to the bytes it was read from, and the code page that read them."""
    for codec in _MISREAD_AS:
        try:
            return text.encode(codec), codec
        except UnicodeEncodeError:
            continue
    return None, None
