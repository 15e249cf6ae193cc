"""The captured web pages of a WARC file (ISO 28500, WARC/1.0 and 1.1), as wget --warc-file, Heritrix and
webrecorder write them: a run of records, each a block of WARC headers, a blank line and Content-Length bytes.
A page is a `response` record's HTTP answer (status 200, an HTML type), its body unchunked and unzipped as
the server sent it, or a `resource` record of HTML. Requests, revisits (a page unchanged since an earlier
capture: no body), redirects, `warcinfo`, `metadata`, `dns` and every other file (images, scripts, styles)
are no page. A .warc.gz is the same records, each gzipped as a member of its own.
"""
from __future__ import annotations

import re
import zlib
from dataclasses import dataclass

from .base import ParseError
from .compressed import GZIP_MAGIC

WARC_MAGIC = b"WARC/1."
_GZIP_WINDOW = 16 + zlib.MAX_WBITS
_HTML_TYPES = ("text/html", "application/xhtml+xml")
_CHARSET = re.compile(r"charset\s*=\s*[\"']?([A-Za-z0-9_:.\-]+)", re.IGNORECASE)
_DATE = re.compile(r"(\d{4})-(\d\d)-(\d\d)")
_LENGTH = re.compile(r"\d+")  # only ASCII digits: int() would also take "-79", "+5" and other scripts' digits


@dataclass
class Capture:
    """One captured HTML page of a crawl."""

    url: str  # WARC-Target-URI
    captured: str  # the ISO day of WARC-Date, "" when it has none
    body: bytes  # the page as the server sent it, decoded from its transfer and content encodings
    charset: str | None  # what its Content-Type declares


def is_warc(head: bytes) -> bool:
    """The file's first bytes (gzip unpacked) open a WARC record."""
    return head.startswith(WARC_MAGIC)


def unpacked(data: bytes, max_bytes: int, name: str = "") -> bytes:
    """The records of a .warc.gz, every gzip member unpacked in turn, no more than ``max_bytes`` of them."""
    out = bytearray()
    rest = data
    while rest.startswith(GZIP_MAGIC):
        stream = zlib.decompressobj(_GZIP_WINDOW)
        try:
            out += stream.decompress(rest, max_bytes + 1 - len(out))
        except zlib.error:
            raise _damaged(name, "a gzip member that cannot be unpacked") from None
        if len(out) > max_bytes:
            raise _too_large(name, max_bytes)
        if not stream.eof:
            raise _damaged(name, "a gzip member cut short")
        rest = stream.unused_data
    return bytes(out)


def captures(data: bytes, max_bytes: int, name: str = "") -> list[Capture]:
    """The HTML pages the WARC records ``data`` hold, in their order; a page's body unpacks to no more than
    ``max_bytes``."""
    pages = []
    at = 0
    while True:
        at = _skip_blank_lines(data, at)
        if at >= len(data):
            return pages
        if not data.startswith(WARC_MAGIC, at):
            raise _damaged(name, "bytes that open no WARC record between two records")
        end = data.find(b"\r\n\r\n", at)
        if end < 0:
            raise _damaged(name, "a record's headers cut short")
        headers = _headers(data[at:end].split(b"\r\n")[1:])
        if not _LENGTH.fullmatch(headers.get("content-length", "")):
            # a negative length would move the next record's start backwards and loop for ever
            raise _damaged(name, "a record without a valid Content-Length")
        length = int(headers["content-length"])
        block = data[end + 4:end + 4 + length]
        if len(block) < length:
            raise _damaged(name, "a record cut short")
        at = end + 4 + length
        page = _page(headers, block, max_bytes, name)
        if page is not None:
            pages.append(page)


def _skip_blank_lines(data: bytes, at: int) -> int:
    while data.startswith(b"\r\n", at) or data.startswith(b"\n", at):
        at += 2 if data.startswith(b"\r\n", at) else 1
    return at


def _headers(lines: list[bytes]) -> dict[str, str]:
    headers: dict[str, str] = {}
    for line in lines:
        key, sep, value = line.decode("latin-1").partition(":")
        if sep:
            headers.setdefault(key.strip().lower(), value.strip())
    return headers


def _page(headers: dict[str, str], block: bytes, max_bytes: int, name: str) -> Capture | None:
    kind = headers.get("warc-type", "").lower()
    url = headers.get("warc-target-uri", "").strip("<>")
    m = _DATE.match(headers.get("warc-date", ""))
    captured = "-".join(m.groups()) if m else ""
    if kind == "resource" and _is_html(headers.get("content-type", "")):
        return Capture(url, captured, block, _charset(headers.get("content-type", "")))
    if kind != "response" or not headers.get("content-type", "").lower().startswith("application/http"):
        return None  # a request, a revisit, the crawl's own records, a DNS answer
    split = block.find(b"\r\n\r\n")
    if split < 0:
        return None
    lines = block[:split].split(b"\r\n")
    status = lines[0].split()
    http = _headers(lines[1:])
    if len(status) < 2 or status[1] != b"200" or not _is_html(http.get("content-type", "")):
        return None  # a redirect, an error page, an image or a script
    body = block[split + 4:]
    if "chunked" in http.get("transfer-encoding", "").lower():
        body = _unchunked(body)
    body = _decoded(body, http.get("content-encoding", "").lower(), max_bytes, name)
    return Capture(url, captured, body, _charset(http.get("content-type", ""))) if body.strip() else None


def _is_html(content_type: str) -> bool:
    return content_type.split(";")[0].strip().lower() in _HTML_TYPES


def _charset(content_type: str) -> str | None:
    m = _CHARSET.search(content_type)
    return m.group(1) if m else None


def _unchunked(body: bytes) -> bytes:
    """An HTTP/1.1 chunked body's data; what a crawler cut short stops where it ends."""
    out = bytearray()
    at = 0
    while True:
        eol = body.find(b"\r\n", at)
        if eol < 0:
            return bytes(out)
        try:
            size = int(body[at:eol].split(b";")[0].strip() or b"0", 16)
        except ValueError:
            return bytes(out)
        if size <= 0:  # the last chunk; a negative size is damage, and would move backwards
            return bytes(out)
        out += body[eol + 2:eol + 2 + size]
        at = eol + 2 + size + 2


def _decoded(body: bytes, encoding: str, max_bytes: int, name: str) -> bytes:
    """The body unpacked from the gzip or deflate the server sent it in, no more than ``max_bytes`` of it (a
    small record may hold a gzip bomb); as it is if it does not unpack."""
    if encoding not in ("gzip", "x-gzip", "deflate"):
        return body
    for window in ((_GZIP_WINDOW,) if "gzip" in encoding else (zlib.MAX_WBITS, -zlib.MAX_WBITS)):
        try:
            page = zlib.decompressobj(window).decompress(body, max_bytes + 1)
        except zlib.error:
            continue
        if len(page) > max_bytes:
            raise _too_large(name, max_bytes)
        return page
    return body


def _too_large(name: str, max_bytes: int) -> ParseError:
    return ParseError("too_large", f"The web crawl (WARC) unpacks to more than the {max_bytes / 2**20:g} MB "
                      "limit for parsing one file (--size-limit).", path=name or None)


def _damaged(name: str, what: str) -> ParseError:
    return ParseError("damaged", f"The web crawl (WARC) is damaged: it has {what}.", path=name or None)
