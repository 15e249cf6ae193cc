"""NUL bytes in a one-byte or UTF-8 text file: a copy zero-filled after a crash or a full disk, or
a fixed-record export padding its paragraphs. They stand for no character, so they are dropped,
and the rest is judged as text (a binary file keeps its other control bytes and is still refused)."""
from __future__ import annotations

from .encoding import bom_encoding, detect_wide_unicode


def without_nul_bytes(data: bytes) -> tuple[bytes, int]:
    """``data`` without its NUL bytes, and how many there were; unchanged (and 0) for UTF-16 and
    UTF-32, whose NULs are half of their characters' bytes."""
    if b"\x00" not in data or bom_encoding(data) or detect_wide_unicode(data):
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
