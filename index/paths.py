"""File paths as text the index can hold.

POSIX file names are bytes. Archives copied from Windows often keep names that are not UTF-8
(windows-1251 bytes); Python hands them over with lone surrogates, which cannot be written as
UTF-8, so neither Whoosh nor a JSON report can take them. Such a path is stored
percent-escaped behind a prefix no absolute path has, and turned back into the very same
bytes when the file is opened.
"""
from __future__ import annotations

import os
from urllib.parse import quote_from_bytes, unquote_to_bytes

ESCAPED = "bytes:"


def path_to_text(path: str) -> str:
    """`path` itself when it is valid Unicode, else its bytes percent-escaped."""
    try:
        path.encode("utf-8")
        return path
    except UnicodeEncodeError:
        return ESCAPED + quote_from_bytes(os.fsencode(path), safe="/")


def text_to_path(text: str) -> str:
    """The path (for open()) that `path_to_text` turned into `text`."""
    if text.startswith(ESCAPED):
        return os.fsdecode(unquote_to_bytes(text[len(ESCAPED):]))
    return text


def display_path(text: str) -> str:
    """A readable form for people: escaped names shown as windows-1251, their usual origin."""
    if text.startswith(ESCAPED):
        return unquote_to_bytes(text[len(ESCAPED):]).decode("cp1251", errors="replace")
    return text
