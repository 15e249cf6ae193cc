"""A single-file web page (.mht, .mhtml): what Word's «Веб-страница в одном файле», Internet Explorer
and Chrome save. It is a MIME multipart/related message (RFC 2557): the page's HTML is its root part
(the one its `start` parameter names, else the first HTML part), quoted-printable or base64, and the
images, styles and Word's header.htm follow in parts of their own. The HTML parser reads the root part.
"""
from __future__ import annotations

import email
import email.policy
import re

from .base import ParseError

# MIME headers open the file: «MIME-Version: 1.0», Chrome's «From: <Saved by Blink>»
_HEADER_LINE = re.compile(rb"[A-Za-z][A-Za-z0-9-]*:")
_HEADERS_END = re.compile(rb"\r?\n\r?\n")
_HTML_TYPES = ("text/html", "application/xhtml+xml")
HEAD_BYTES = 4096  # the headers of a web archive fit in its first bytes


def is_web_archive(data: bytes) -> bool:
    """The bytes open with the MIME headers of a multipart/related message."""
    head = data[:HEAD_BYTES].lstrip()
    if not _HEADER_LINE.match(head):
        return False
    end = _HEADERS_END.search(head)
    headers = (head[:end.start()] if end else head).lower()
    return b"mime-version:" in headers and b"multipart/related" in headers


def root_page(data: bytes, name: str = "") -> tuple[bytes, str | None]:
    """The bytes of a web archive's page, decoded from its transfer encoding, and the charset its
    part declares (None when it declares none); ParseError when it holds no page."""
    message = email.message_from_bytes(data, policy=email.policy.compat32)
    pages = [part for part in message.walk() if part.get_content_type() in _HTML_TYPES]
    start = (message.get_param("start") or "").strip()
    root = next((p for p in pages if start and (p.get("Content-ID") or "").strip() == start), None)
    root = root or (pages[0] if pages else None)
    body = root.get_payload(decode=True) if root is not None else None
    if not body or not body.strip():
        raise ParseError("empty", "The single-file web page (.mht) holds no HTML page with text.", path=name or None)
    return body, root.get_content_charset()
