"""Runs of UTF-8 Cyrillic read as Latin-1 or cp1252 inside a good text («Ð¡Ð¾Ð²ÐµÑ\u0082», «ÐŸÑ€ÐµÐ´»), the
commonest Russian mojibake on the web: each letter is a lead byte D0-D3 (Ð Ñ Ò Ó) and a continuation byte
80-BF, shown as a Latin-1 sign, a C1 control or a cp1252 sign (€ ‚ Š Œ ‘ ” …).

A run is such pairs with spaces, digits and ASCII signs between them (the continuation A0 of «Р» is a
no-break space, so a run cannot be cut into words at spaces); a real word beside it is no part of it."""
from __future__ import annotations

import re

from .utf8_misread import cp1252_bytes

# what Latin-1 and cp1252 show a continuation byte 80-BF as (C1 controls where cp1252 has no sign)
_CONTINUATION = "".join(sorted(set(bytes(range(0x80, 0xC0)).decode("latin-1"))
                               | set(bytes(range(0x80, 0xC0)).decode("cp1252", errors="ignore"))))
# «Ñ?»: a byte cp1252 lacks (81 8D 8F 90 9D: с э я, А Н), written as «?» or U+FFFD by a strict tool
_PAIR = f"(?:[ÐÑÒÓ][{re.escape(_CONTINUATION)}]|[ÐÑ][?\ufffd])"
_LOST = re.compile("(?<=[ÐÑ])[?\ufffd]")
_BETWEEN = r"[\s!-/:-@\[-`{-~0-9]"  # ASCII other than letters, and spaces: kept as they were
_RUN = re.compile(f"{_PAIR}(?:{_BETWEEN}*{_PAIR})*")
TELL = re.compile(f"[ÐÑ][{re.escape(_CONTINUATION)}][ÐÑ]")  # two letters in a row: no French or German word


def utf8_latin_runs(line: str) -> tuple[str, str | None, str, str]:
    """``line`` with its runs of UTF-8 read as Latin-1 or cp1252 read back, the misreading («UTF-8 misread
    as cp1252»), and the runs before and after; (line, None, "", "") when it has none."""
    before, after, signs = [], [], []

    def run(m: re.Match) -> str:
        try:
            new = _bytes_back(m.group()).decode("utf-8")
        except UnicodeDecodeError:
            return m.group()  # a pair that is no UTF-8 letter: not this misreading
        before.append(m.group())
        after.append(new)
        signs.append(any(ord(ch) > 0xFF for ch in m.group()))
        return new

    fixed = _RUN.sub(run, line) if TELL.search(line) else line
    if not before:
        return line, None, "", ""
    return fixed, f"UTF-8 misread as {'cp1252' if any(signs) else 'latin-1'}", " ".join(before), " ".join(after)


def _bytes_back(run: str) -> bytes:
    """The UTF-8 bytes of ``run``: a cp1252 reading (its lost bytes guessed from their words), else Latin-1's."""
    read = cp1252_bytes(_LOST.sub("\ufffd", run))
    if read is not None:
        return read[0]
    try:
        return run.encode("latin-1")
    except UnicodeEncodeError:
        return b"\xff"  # a Latin-1 reading beside a cp1252 sign: no UTF-8
