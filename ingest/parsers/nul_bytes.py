"""NUL bytes in a one-byte or UTF-8 text file: a copy zero-filled after a crash or a full disk, or
a fixed-record export padding its paragraphs. They stand for no character, so they are dropped,
and the rest is judged as text (a binary file keeps its other control bytes and is still refused).
NULs between short runs of other bytes are a binary format's fields, not padding: a tar archive's
headers («0000644\0», «root\0») hold text and NULs only."""
from __future__ import annotations

import re

from .encoding import bom_encoding, detect_wide_unicode

# a field of a binary record: a few bytes with NULs on both sides and no line break
_FIELD = re.compile(rb"\x00[^\x00\r\n]{1,16}(?=\x00)")
_MIN_FIELDS = 8  # one tar header has a dozen; padding has none, a zero-filled block in a text one or two


def _wide(data: bytes) -> bool:
    """Whether ``data`` is UTF-16 or UTF-32, whose NULs are half of their characters' bytes."""
    return bool(bom_encoding(data) or detect_wide_unicode(data))


def nul_separated_fields(data: bytes) -> bool:
    """Whether ``data`` is a binary format's records (short fields between NULs, as in a tar archive)
    rather than text with NUL padding."""
    if b"\x00" not in data or _wide(data):
        return False
    found = 0
    for _ in _FIELD.finditer(data):
        found += 1
        if found >= _MIN_FIELDS:
            return True
    return False


def without_nul_bytes(data: bytes) -> tuple[bytes, int]:
    """``data`` without its NUL bytes, and how many there were; unchanged (and 0) for UTF-16 and
    UTF-32, whose NULs are half of their characters' bytes."""
    if b"\x00" not in data or _wide(data):
        return data, 0
    kept = data.replace(b"\x00", b"")
    return kept, len(data) - len(kept)


def without_nul_chars(text: str) -> tuple[str, int]:
    """A UTF-16 or UTF-32 ``text`` without its NUL characters (a copy zero-filled after a crash), and how
    many there were; an odd NUL byte left at the end, read as U+FFFD, goes with them."""
    if "\x00" not in text:
        return text, 0
    kept = text.replace("\x00", "")
    if text.rstrip("\ufffd").endswith("\x00"):
        kept = kept.rstrip("\ufffd")
    return kept, len(text) - len(kept)
