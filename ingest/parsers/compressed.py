"""A page saved gzip-compressed: a server that sends `Content-Encoding: gzip` unasked makes wget
(without --compression=auto) or HTTrack save the compressed bytes under the page's own name
(article.php@id=13.html). Such a file is read as the page it holds; a .gz or .tar.gz archive is not."""
from __future__ import annotations

import zlib

from .base import ParseError

GZIP_MAGIC = b"\x1f\x8b"
_GZIP_WINDOW = 16 + zlib.MAX_WBITS  # a gzip header and trailer around the deflate stream
_TAR_MAGIC_AT = 257  # a tar header's "ustar" field


def gzip_head(head: bytes, size: int) -> bytes | None:
    """The first ``size`` uncompressed bytes of gzip ``head`` (a file's first bytes), None when they
    are no gzip stream or hold a tar archive (a .tar.gz of many files saved under another name)."""
    try:
        inner = zlib.decompressobj(_GZIP_WINDOW).decompress(head, size)
    except zlib.error:
        return None
    return None if inner[_TAR_MAGIC_AT:_TAR_MAGIC_AT + 5] == b"ustar" else inner


def gunzip(data: bytes, max_bytes: int, name: str = "") -> bytes:
    """The page a gzip file holds. The size limit holds for what it unpacks to: a small file may
    unpack to gigabytes (a gzip bomb), so no more than the limit is ever unpacked."""
    stream = zlib.decompressobj(_GZIP_WINDOW)
    try:
        page = stream.decompress(data, max_bytes + 1)
    except zlib.error:
        raise ParseError("damaged", "The file holds a gzip-compressed page that is damaged and cannot be unpacked.",
                         path=name or None) from None
    if len(page) > max_bytes or stream.unconsumed_tail:
        raise ParseError("too_large", f"The file holds a gzip-compressed page that unpacks to more than the "
                         f"{max_bytes / 2**20:g} MB limit for parsing one file (--size-limit).", path=name or None)
    if not stream.eof:
        raise ParseError("damaged", "The file holds a gzip-compressed page that is cut short; unpacked, it ends "
                         "in the middle.", path=name or None)
    return page
