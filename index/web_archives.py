"""Whether bytes are a single-file web page (.mht, .mhtml): a MIME multipart/related message
(RFC 2557). Ingest reads such a file as HTML; the server sends it as one, whatever its name."""
from __future__ import annotations

import re

# MIME headers open the file: «MIME-Version: 1.0», Chrome's «From: <Saved by Blink>»
_HEADER_LINE = re.compile(rb"[A-Za-z][A-Za-z0-9-]*:")
_HEADERS_END = re.compile(rb"\r?\n\r?\n")
HEAD_BYTES = 4096  # the headers of a web archive fit in its first bytes
WEB_ARCHIVE_TYPE = "message/rfc822"  # what Python's mimetypes (and so werkzeug) gives .mht and .mhtml


def is_web_archive(data: bytes) -> bool:
    """The bytes open with the MIME headers of a multipart/related message."""
    head = data[:HEAD_BYTES].lstrip()
    if not _HEADER_LINE.match(head):
        return False
    end = _HEADERS_END.search(head)
    headers = (head[:end.start()] if end else head).lower()
    return b"mime-version:" in headers and b"multipart/related" in headers
