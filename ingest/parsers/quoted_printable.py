"""A mail body saved as it was sent, in quoted-printable («=D0=97=D0=B0=D1=81…», each line ending
in «=»): its letters are escapes of UTF-8 or code-page bytes, and it would be indexed as an English
text of hex codes. Recognised by how much of it the escapes of non-ASCII bytes make up."""
from __future__ import annotations

import binascii
import re

# a byte 80-FF escaped: a letter of Cyrillic (or another script); some mailers write the hex in lowercase
_HIGH_ESCAPE = re.compile(rb"=[89A-Fa-f][0-9A-Fa-f]")
_UTF8_BOM = b"\xef\xbb\xbf"  # Notepad puts it in front of a body pasted and saved as UTF-8
_NON_SPACE = re.compile(rb"\S")
MIN_ESCAPES = 8  # «=D0=9F» of a word or two: a text quoting one escape is no quoted-printable
ESCAPED_SHARE = 0.5  # of the text's non-space characters; Russian in quoted-printable is nine tenths escapes


def quoted_printable_bytes(data: bytes) -> bytes | None:
    """The bytes ``data`` stands for when it is quoted-printable text, else None."""
    if data.startswith(_UTF8_BOM):
        data = data[len(_UTF8_BOM):]
    if not data.isascii():
        return None  # quoted-printable is ASCII through and through
    escapes = len(_HIGH_ESCAPE.findall(data))
    if escapes < MIN_ESCAPES or 3 * escapes < ESCAPED_SHARE * len(_NON_SPACE.findall(data)):
        return None
    return binascii.a2b_qp(data)
