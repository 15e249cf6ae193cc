"""Links to one passage of a document that survive an edit of its file.

A passage's anchor is its position (`#p-4`). Editing the file gives the document a new id (the old
one redirects to it) and renumbers its passages when a paragraph is added or removed above the
quote, so `#p-4` would open another paragraph. A quote's link therefore also carries a short hash of
the passage's words (`?passage=<fingerprint>`); the redirect from the former id looks that passage
up in the current text and names its new anchor.
"""
from __future__ import annotations

import hashlib
from urllib.parse import urlencode

PASSAGE_PARAM = "passage"
FINGERPRINT_CHARS = 8  # one passage among a transcript's thousands: a chance collision is negligible


def passage_fingerprint(text: str) -> str:
    """A short hash of a passage's words as stored, spacing aside (a re-parse may space them
    otherwise); what a quote's link carries as `passage=`."""
    return hashlib.sha256(" ".join(text.split()).encode("utf-8")).hexdigest()[:FINGERPRINT_CHARS]


def is_fingerprint(value: str) -> bool:
    return len(value) == FINGERPRINT_CHARS and all(c in "0123456789abcdef" for c in value)


def position_of(texts: list[tuple[int, str]], fingerprint: str) -> int | None:
    """The position of the passage (of `texts`: position, stored text) with that fingerprint;
    None when the document no longer has it (the quoted paragraph itself was edited)."""
    return next((position for position, text in texts if passage_fingerprint(text) == fingerprint), None)


def permalink(doc_id: str, fingerprint: str, anchor: str) -> str:
    """A quote's stable link, relative to the web app's root: its document and paragraph
    (`anchor`), with nothing of the search it was found by (no query, no way back to a list)."""
    return f"/doc/{doc_id}?{urlencode({PASSAGE_PARAM: fingerprint})}#{anchor}"
