"""Text typed in another code page: a query a browser or a script sends as windows-1251 bytes.

An old client percent-encodes a query in windows-1251; a crontab or shell script saved on Windows
hands the command its Cyrillic words as windows-1251 bytes, which Python gives over as lone
surrogates (PEP 383) that morphology cannot encode. Both read the bytes alike: as UTF-8, else as
windows-1251 when that reading has Cyrillic letters.
"""
from __future__ import annotations

import os
import re


def text_of(data: bytes) -> str | None:
    """`data` as UTF-8, else as windows-1251 when it reads as Cyrillic words; None when neither."""
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    try:
        text = data.decode("cp1251")
    except UnicodeDecodeError:
        return None
    return text if re.search(r"[а-яё]", text, re.I) else None


def argument_text(word: str) -> str | None:
    """A command-line word as text: itself when the system read it whole, else its bytes as
    text_of reads them; None when they are no text (the caller refuses it)."""
    try:
        word.encode("utf-8")
        return word
    except UnicodeEncodeError:  # lone surrogates: bytes the locale's encoding could not read
        pass
    try:
        data = os.fsencode(word)
    except UnicodeEncodeError:
        return None
    return text_of(data)
