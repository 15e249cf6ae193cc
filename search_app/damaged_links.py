"""Shared links damaged on their way: what mail clients, messengers, wikis and gateways do to an
address before a colleague opens it, and how much of the sender's meaning can still be read.

Plain functions over strings (no Flask): the views decide what to do with what they find.
"""
from __future__ import annotations

import re
from urllib.parse import unquote_to_bytes

from index.typed_bytes import text_of

# What a mail client or messenger takes into a link from the sentence around it: «см. /doc/<id>.»,
# (/doc/<id>), «/doc/<id>», a line break, a slash typed after it. None of these is an id's character.
# (str.rstrip, not a regex anchored at the end: that tried every start of a long run of commas, 6 s for 40,000)
# The page gives the punctuation to its script (data-id-tail), which trims a fragment alike.
ID_TAIL_PUNCTUATION = ".,;:!?…)]}>»\"'“”’/"
_ID_TAIL = ID_TAIL_PUNCTUATION + "".join(c for c in map(chr, range(0x3001)) if c.isspace())
DOC_ID_FORM = re.compile(r"[0-9a-f]{16}")  # what ingest gives a document: its content hash's first 16 hex digits


def id_without_tail(doc_id: str) -> str | None:
    """The id a link meant when a sentence's punctuation (or a line break, or a slash) trails it
    ("0c8c44d356bc9ea8." -> "0c8c44d356bc9ea8"); None when nothing trails it or nothing is left."""
    trimmed = doc_id.rstrip(_ID_TAIL)
    return trimmed if trimmed and trimmed != doc_id else None


def is_document_id_form(doc_id: str) -> bool:
    """Whether `doc_id` has the form ingest gives every document (an id of another form is a
    damaged link, never a deleted document)."""
    return bool(DOC_ID_FORM.fullmatch(doc_id))


# `?q=x&amp;topics=y`: a link copied from a page's source, an HTML mail's text part or a wiki that
# escapes «&» (once or more: `amp;amp;`) names the parameter `amp;topics`
_ESCAPED_AMPERSAND = re.compile(r"\Aamp;(?:amp;)*", re.I)
# what mail gateways and ad platforms add to a link: no part of what the sender meant
_TRACKING = re.compile(r"\A(?:utm_\w*|\w*clid|_ga|_gl|mc_\w+)\Z", re.I)
UNKNOWN_SHOWN = 3  # parameter names a note lists at most


def escaped_ampersands_read(pairs) -> list[tuple[str, str]]:
    """The (name, value) pairs of a query string, a name escaped as `amp;topics` read as `topics`."""
    return [(_ESCAPED_AMPERSAND.sub("", name), value) for name, value in pairs]


def unknown_parameters(names, known) -> list[str]:
    """The names of a link's parameters that are not `known` (a typo, a link cut or glued wrongly),
    in order, each once, tracking parameters left out."""
    unknown = []
    for name in names:
        if name not in known and not _TRACKING.match(name) and name not in unknown:
            unknown.append(name)
    return unknown


# A value still percent-encoded after the server decoded it: a link encoded twice by a mail gateway
# or a wiki (`q=%25D0%25B0…` arrives as `%D0%B0…`)
# (checked in two linear searches: one regex of the whole value's shape took seconds on a long one)
_ESCAPE = re.compile(r"%[0-9A-Fa-f]{2}")
_PERCENT_NO_ESCAPE = re.compile(r"%(?![0-9A-Fa-f]{2})")


def _still_encoded(value: str) -> bool:
    """Whether `value` holds an escape and every «%» in it opens one."""
    return bool(_ESCAPE.search(value)) and not _PERCENT_NO_ESCAPE.search(value)


def decoded_once_more(value: str) -> str:
    """`value` decoded once more when it is still percent-encoded UTF-8 (or windows-1251, as an
    old client encodes), else as it is. Only an ASCII value is: one holding a letter the first
    decoding gave (`Костанай 50%AB`) was encoded once, right, and its `%AB` is typed; so is one whose
    only escape is `%25` (`100%25`: a «%» decoded once more would be all it changed)."""
    if not value.isascii() or not _still_encoded(value):
        return value
    if all(escape == "%25" for escape in _ESCAPE.findall(value)):
        return value
    return text_of(unquote_to_bytes(value)) or value


def query_pairs(raw: bytes) -> list[tuple[str, str]]:
    """A query string's (name, value) pairs, each decoded as UTF-8, or as windows-1251 when it is
    not UTF-8 (`q=%E0%F1%F1…`: an old client's encoding; read as UTF-8 it was «���»), and once more
    when still percent-encoded."""
    pairs = []
    for part in raw.split(b"&"):
        if not part:
            continue
        name, _, value = part.partition(b"=")
        pairs.append(tuple(decoded_once_more(_decoded(unquote_to_bytes(piece.replace(b"+", b" "))))
                           for piece in (name, value)))
    return pairs


def _decoded(data: bytes) -> str:
    """`data` as `text_of` reads it, else as UTF-8 with its bad bytes replaced (as werkzeug reads it)."""
    return text_of(data) or data.decode("utf-8", "replace")
