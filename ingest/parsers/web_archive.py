"""A single-file web page (.mht, .mhtml): what Word's «Веб-страница в одном файле», Internet Explorer
and Chrome save. It is a MIME multipart/related message (RFC 2557): the page's HTML is its root part
(the one its `start` parameter names, else the first HTML part), quoted-printable or base64, and the
images, styles and Word's header.htm follow in parts of their own. The HTML parser reads the root part;
when it is a frameset (Internet Explorer's save of a framed site), the frames' pages are parts too.
"""
from __future__ import annotations

import email
import email.policy
from urllib.parse import urljoin

from .base import ParseError

_HTML_TYPES = ("text/html", "application/xhtml+xml")


def _pages(data: bytes) -> tuple[email.message.Message, list[email.message.Message]]:
    message = email.message_from_bytes(data, policy=email.policy.compat32)
    return message, [part for part in message.walk() if part.get_content_type() in _HTML_TYPES]


def _root(message: email.message.Message, pages: list[email.message.Message]) -> email.message.Message | None:
    start = (message.get_param("start") or "").strip()
    root = next((p for p in pages if start and (p.get("Content-ID") or "").strip() == start), None)
    return root or (pages[0] if pages else None)


def root_page(data: bytes, name: str = "") -> tuple[bytes, str | None]:
    """The bytes of a web archive's page, decoded from its transfer encoding, and the charset its
    part declares (None when it declares none); ParseError when it holds no page."""
    root = _root(*_pages(data))
    body = root.get_payload(decode=True) if root is not None else None
    if not body or not body.strip():
        raise ParseError("empty", "The single-file web page (.mht) holds no HTML page with text.", path=name or None)
    return body, root.get_content_charset()


def frame_pages(data: bytes, sources: list[str]) -> list[tuple[bytes, str | None]]:
    """The pages of a framed site's frames (their <frame src>, read against the root page's
    Content-Location) that the web archive holds, in the frames' order, each as root_page gives it."""
    message, pages = _pages(data)
    root = _root(message, pages)
    base = (root.get("Content-Location") or "").strip() if root is not None else ""
    by_location = {(p.get("Content-Location") or "").strip(): p for p in pages if p is not root}
    found = []
    for src in sources:
        part = by_location.get(urljoin(base, src.strip())) or by_location.get(src.strip())
        body = part.get_payload(decode=True) if part is not None else None
        if body and body.strip():
            found.append((body, part.get_content_charset()))
    return found


def archive_address(data: bytes) -> str:
    """The address the page was saved from: Chrome's Snapshot-Content-Location, else the root part's
    Content-Location; "" when it names none or a local file."""
    message, pages = _pages(data)
    root = _root(message, pages)
    for value in (message.get("Snapshot-Content-Location"), root.get("Content-Location") if root is not None else None):
        value = (value or "").strip()
        if value.lower().startswith(("http://", "https://")):
            return value
    return ""
