"""An e-mail message's headers (RFC 822/5322): whether a file opens with them, and their values as text.

Mail programs encode a header's non-ASCII words (RFC 2047: «=?windows-1251?B?...?=», «=?koi8-r?Q?...?=») and
break the rules while at it: a UTF-8 letter split between two encoded words, base64 without its padding, a
charset name Python does not know («win-1251»), a declaration that lies (KOI8-R bytes under windows-1251), or
raw 8-bit bytes with no encoding at all. Each is read here as the project's detection reads a file's text.
"""
from __future__ import annotations

import base64
import binascii
import re
import unicodedata
from email.utils import getaddresses, parsedate_to_datetime

from index.paths import spaced_controls

from .encoding import decode_bytes, normalize_codec

# the header names a message opens with (RFC 5322), and those only a mail program writes: a typed memo
# may open «To: … / From: … / Subject: …», never with a Received or Message-ID line
_MESSAGE_HEADERS = frozenset({"from", "to", "cc", "subject", "date", "received", "return-path", "mime-version",
                              "message-id", "content-type", "reply-to", "sender"})
_MACHINE_HEADERS = frozenset({"received", "return-path", "mime-version", "message-id", "content-type"})
_HEADER_LINE = re.compile(rb"([A-Za-z][A-Za-z0-9-]*)[ \t]*:")
_ADDRESS = re.compile(rb"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_HEAD_BYTES = 8192  # a message's headers: a few dozen lines, Received ones included


def _header_names(head: bytes) -> tuple[dict[str, bytes], bool] | None:
    """The header names (lowercase) the bytes open with and each one's first line, and whether a blank
    line ends them within the head; None when a line before that blank one is no header."""
    lines = head[:_HEAD_BYTES].lstrip(b"\xef\xbb\xbf\r\n").split(b"\n")
    if lines and lines[0].startswith(b"From "):  # an mbox file's separator line above the message
        lines = lines[1:]
    names: dict[str, bytes] = {}
    for i, line in enumerate(lines):
        line = line.rstrip(b"\r")
        if not line.strip():
            return (names, True) if names else None
        if line[:1] in (b" ", b"\t") and names:
            continue  # a folded header's next line
        m = _HEADER_LINE.match(line)
        if m is None:
            # the head's last line may be cut
            return (names, False) if names and i == len(lines) - 1 else None
        names.setdefault(m.group(1).decode("ascii").lower(), line[m.end():])
    return (names, False) if names else None


def is_email(head: bytes) -> bool:
    """The bytes open with an e-mail message's headers: From, To, Subject, Date and their kin, with a line
    only a mail program writes (Received, Message-ID, MIME-Version …), an address or an RFC 5322 date, or
    three of them (Outlook's «Save as» text). A single-file web page (multipart/related, a browser's or
    Word's .mht) has no recipients: it is a page."""
    found = _header_names(head)
    if found is None:
        return False
    names, _ = found
    known = _MESSAGE_HEADERS.intersection(names)
    if len(known) < 2:
        return False
    if b"multipart/related" in names.get("content-type", b"").lower() and not {"to", "cc", "received"} & known:
        return False
    machine = bool(_MACHINE_HEADERS & known)
    addressed = any(_ADDRESS.search(names.get(n, b"")) for n in ("from", "to"))
    dated = _rfc_date(names.get("date", b"").decode("ascii", "replace")) is not None
    return machine or addressed or dated or len(known) >= 3


def _rfc_date(value: str):
    try:
        return parsedate_to_datetime(value.strip()) if value.strip() else None
    except (TypeError, ValueError, IndexError, OverflowError):
        return None


def header_date(value: str | None) -> str | None:
    """The ISO day a Date header gives, as the sender's clock read it; None when it gives none."""
    when = _rfc_date(value or "")
    return when.date().isoformat() if when is not None else None


def header_time(value: str | None) -> str | None:
    """«15.04.2019 10:32», the Date header as the sender's clock read it; None when it gives none."""
    when = _rfc_date(value or "")
    return when.strftime("%d.%m.%Y %H:%M") if when is not None else None


# an encoded word; a broken one may lack its closing «?=» at the value's end
_ENCODED_WORD = re.compile(r"=\?([^?\s]+)\?([bBqQ])\?([^?\s]*?)(?:\?=|$)")
_Q_ESCAPE = re.compile(rb"=([0-9A-Fa-f]{2})")
_CODE_PAGE_NAME = re.compile(r"^(?:win|cp|windows|x-cp)[-_ ]?(\d{3,4})$", re.IGNORECASE)


def _word_bytes(kind: str, text: str) -> bytes:
    if kind in "bB":
        data = re.sub(r"[^A-Za-z0-9+/]", "", text)
        data += "=" * (-len(data) % 4)  # a mail program that dropped the padding
        try:
            return base64.b64decode(data[: len(data) - (len(data) % 4 == 1)])
        except (binascii.Error, ValueError):
            return text.encode("ascii", "replace")
    raw = text.replace("_", " ").encode("ascii", "replace")
    return _Q_ESCAPE.sub(lambda m: bytes([int(m.group(1), 16)]), raw)


def decode_in(data: bytes, charset: str | None) -> str:
    """Bytes in the charset a part or an encoded word declares, as the file parsers read a declared
    charset: believed unless the bytes read clearly better in another (a lying declaration); detected
    when it is missing or unknown."""
    charset = (charset or "").split("*", 1)[0]  # RFC 2231's language: «utf-8*ru»
    charset = _CODE_PAGE_NAME.sub(r"cp\1", charset.strip())  # «win-1251», «cp-1251»: names mail programs invent
    return decode_bytes(data, normalize_codec(charset)).text


def header_text(raw: str | None) -> str:
    """A header's value as text: 8-bit bytes detected, encoded words decoded (adjacent words of one
    charset decoded together, so a letter split between them is whole), lines unfolded, NFC. A control or
    invisible format character is a space, as in a file's name: a sender writes the Subject and the attachments'
    names, and U+202E in them would show «отчет\u202etxt.exe» reversed in titles, on pages and in the CSV."""
    if not raw:
        return ""
    data = raw.encode("ascii", "surrogateescape") if raw.isascii() or _escaped(raw) else None
    value = decode_bytes(data).text if data is not None and not data.isascii() else raw
    out: list[str] = []
    pending: tuple[str, bytearray] | None = None  # the run of encoded words of one charset
    at = 0
    for m in _ENCODED_WORD.finditer(value):
        between = value[at:m.start()]
        if pending is not None and (between.strip() or m.group(1).lower() != pending[0]):
            out.append(decode_in(bytes(pending[1]), pending[0]))
            # the space between two encoded words is no text (RFC 2047), the words' own spaces are
            out.append(between if between.strip() else "")
            pending = None
        elif pending is None:
            out.append(between)
        if pending is None:
            pending = (m.group(1).lower(), bytearray())
        pending[1].extend(_word_bytes(m.group(2), m.group(3)))
        at = m.end()
    if pending is not None:
        out.append(decode_in(bytes(pending[1]), pending[0]))
    out.append(value[at:])
    return unicodedata.normalize("NFC", " ".join(spaced_controls("".join(out)).split()))


def _escaped(raw: str) -> bool:
    """The value holds the email package's stand-ins for 8-bit bytes (surrogate escapes) and ASCII only."""
    return all(ord(ch) < 128 or 0xDC80 <= ord(ch) <= 0xDCFF for ch in raw)


def addresses(raw: str | None) -> list[tuple[str, str]]:
    """(display name, address) of each mailbox a header names; the name decoded, "" when none."""
    if not raw:
        return []
    # read before decoding: a decoded name may hold a comma («Иванов, Иван») that would part it
    parsed = getaddresses([" ".join(raw.split())])
    return [(header_text(name).strip(" \"'"), address.strip()) for name, address in parsed if name or address]


def shown_mailboxes(raw: str | None) -> str:
    """The names of the mailboxes a header names, as a reader wants them: a display name without its
    address (an address is no one's name: «a.sadykova@…» would be read as a person «A. Sadykova»), the
    address where the sender gave no name."""
    # an address shown lowercased: «Zh.Tuimebayev@gov.kz» read as initials and a surname would be a person
    return ", ".join(name or address.lower() for name, address in addresses(raw))
