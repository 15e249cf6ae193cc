"""E-mail messages (.eml, RFC 822/MIME), as Outlook, Thunderbird and webmail save them: the message's text,
its attachments' text after it, the Subject as title, the Date as its day and the sender as its author.

The body is the text/plain part, or the text/html one (read by the HTML parser, its main content) when the
message has no plain one or only an empty one or a «see the HTML version» line; quoted-printable and base64
undone, the declared charset believed unless the bytes read clearly better in another (mail_headers). A short
block of the headers a reader wants (От, Кому, Тема, Дата) opens the text, a paragraph a line, never a quote. A
reply's quoted lines and the message it forwards, and the signature, stay in the text but are no quotes, and date
nothing (mail_quotes; in HTML also mail_html). A PDF, Word, ODT, RTF, text, HTML, XLSX or ODS attachment is read by
its own parser and follows under a line naming it («Вложение: письмо.pdf»); an image or any other file is named
only; a message attached to the message (message/rfc822) is read as one, one level down.
"""
from __future__ import annotations

import base64
import binascii
import email
import email.errors
import email.policy
import re
from dataclasses import replace
from email.message import EmailMessage

from .base import MAX_BYTES, Block, ParsedDocument, ParseError, Parser
from .mail_html import split_own_html
from .mail_headers import addresses, decode_in, header_date, header_text, header_time, shown_mailboxes
from .mail_quotes import OWN, earlier_message_at, mail_runs
from .own_dateline import own_dateline
from .sheet_budget import TEXT_BYTES
from .text import TextParser, decode_text

# an attachment past this many bytes is named, not read: a 100 MB scan would hold up the batch for minutes
ATTACHMENT_BYTES = 20 * 2**20
# the formats an attachment is read in (a workbook's sheets as its pages); others (images, archives) are named only
_READ_FORMATS = ("pdf", "docx", "odt", "rtf", "txt", "html", "xlsx", "ods")
# Subject prefixes a reply or a forward adds: «Re:», «RE[2]:», «Fwd:», «FW:», «Ответ:», «Пересл.:», «Пересылаемое
# сообщение:», and a mailing list's or a mail gateway's tag among them, before or after them («[ank-news] Re: …»,
# «Re[2]: [ank-news] …», «[EXTERNAL] RE: …»), also with none, so one thread has one title; a tag with no letter
# («[2021] …») is the subject's own. One prefix at a time, each space run taken once and for good: the one pattern
# with a repeated group and adjacent «\s*» took seconds on a long Subject of tags or spaces.
_SUBJECT_PREFIX = re.compile(r"\s*+(?:\[(?=[^\]]*[^\W\d_])[^\[\]\s]{1,40}\]"
                             r"|(?:re|fwd?|aw|wg|sv|tr|ответ|отв|пересл|переслано"
                             r"|пересылаемое сообщение|жауап)\.?\s*+(?:\[\d+\]|\(\d+\)|\^\d+)?\s*+[:：]"
                             r"|\[(?:fwd?|re)[^\]]*\])\s*+", re.IGNORECASE)
# a plain part that only points to the HTML one: «This is an HTML message», «Откройте письмо в браузере»
_SEE_HTML = re.compile(r"\bhtml\b|browser|браузер", re.IGNORECASE)
_SEE_HTML_CHARS = 300
# a message's MIME parts read, the attached message's counted with it: the rest are left out with a warning
# (20,000 one-line attachments took 80 s, about 4 ms a part to look at and read)
MAX_PARTS = 500
# a multipart whose parts cannot be found: its boundary is not declared, or never met
_NO_PARTS = (email.errors.NoBoundaryInMultipartDefect, email.errors.StartBoundaryNotFoundDefect)
_HEADER_LABELS = (("From", "От"), ("To", "Кому"), ("Cc", "Копия"))


def message_title(subject: str) -> str:
    """The Subject without the prefixes replies and forwards add (a subject that is only a tag keeps it)."""
    start = 0
    while prefix := _SUBJECT_PREFIX.match(subject, start):
        start = prefix.end()
    return subject[start:].strip() or subject.strip()


class _Reader:
    """What is read of one file's message and those attached to it: their blocks in order, warnings."""

    def __init__(self, name: str, max_bytes: int):
        self.name, self.max_bytes = name, max_bytes
        self.blocks: list[Block] = []
        self.warnings: list[str] = []
        self.own: list[str] = []  # the top message's own paragraphs (its dateline's)
        self.body_title: str | None = None
        self.encoding: str | None = None
        self.texts = 0  # bodies and attachments that gave text
        self.parts_left = MAX_PARTS
        # one size budget for all the attachments, spent by the text each shows: a few KB of attachments that each
        # showed up to the whole limit (a shared string in cell after cell) made a gigabyte of text together
        self.bytes_left = max_bytes

    def damaged(self, why: str) -> ParseError:
        return ParseError("damaged", f"The e-mail message {why}.", path=self.name or None)

    # --- one message ------------------------------------------------------------------------
    def message(self, msg: EmailMessage, depth: int) -> None:
        before = self.parts_left
        body, attachments, self.parts_left = _parts(msg, before)
        if self.parts_left < 0 <= before:  # once, not again for an attached message
            self.warnings.append(f"The message has more than {MAX_PARTS} MIME parts: the first {MAX_PARTS} were read, "
                                 "the rest left out.")
        if body:
            self._body(body, top=depth == 0)
        for part in attachments:
            self._attachment(part, depth)

    def _body(self, parts: list[EmailMessage], top: bool) -> None:
        plain = next((p for p in parts if p.get_content_type() == "text/plain"), None)
        html = next((p for p in parts if p.get_content_type() in ("text/html", "application/xhtml+xml")), None)
        text = self._plain(plain) if plain is not None else None
        if html is not None and (text is None or not text.strip()
                                 or len(text.strip()) < _SEE_HTML_CHARS and _SEE_HTML.search(text)):
            if self._html(html, top):
                return
        if text and text.strip():
            self._runs(text, top)

    def _plain(self, part: EmailMessage) -> str | None:
        data = part.get_payload(decode=True) or b""
        try:
            text, encoding, warnings = decode_text(data, declared=part.get_content_charset(), name=self.name)
        except ParseError as e:
            self.warnings.append(f"The message's text part could not be read: {e}")
            return None
        self.encoding = self.encoding or encoding
        self.warnings.extend(warnings)
        return text.replace("\r\n", "\n").replace("\r", "\n")

    def _runs(self, text: str, top: bool) -> None:
        """The plain text's own paragraphs, then its quoted lines and signature, no quotes."""
        for kind, run in mail_runs(text):
            try:
                doc = TextParser().document(run, self.encoding or "utf-8", [], self.name)
            except ParseError:
                continue  # a run of signs alone
            self.texts += 1
            if kind == OWN and top:
                self.own.extend(b.text for b in doc.blocks)
                self.body_title = self.body_title or doc.title
            self.blocks.extend(b if kind == OWN else replace(b, quotable=False) for b in doc.blocks)

    def _html(self, part: EmailMessage, top: bool) -> bool:
        from .html_on_demand import load_html_parser

        own, rest = split_own_html(part.get_payload(decode=True) or b"")
        try:
            doc = load_html_parser().parse_part(own, part.get_content_charset(), self.name, body=True)
        except ParseError:
            return False
        self.encoding = self.encoding or doc.encoding
        self.warnings.extend(doc.warnings)
        paragraphs = [b.text for b in doc.blocks]
        earlier = earlier_message_at(paragraphs)
        if top:
            self.own.extend(paragraphs[:earlier])
            self.body_title = self.body_title or doc.title
        self.texts += 1
        self.blocks.extend(b if i < earlier else replace(b, quotable=False) for i, b in enumerate(doc.blocks))
        for piece in rest:  # the signature and the earlier message: searched, never quoted, dating nothing
            try:
                after = load_html_parser().parse_part(piece, part.get_content_charset(), self.name, body=True)
            except ParseError:
                continue  # a signature of signs alone
            self.blocks.extend(replace(b, quotable=False) for b in after.blocks)
        return True

    # --- attachments ------------------------------------------------------------------------
    def _attachment(self, part: EmailMessage, depth: int) -> None:
        if part.get_content_type() == "message/rfc822":
            self._attached_message(part, depth)
            return
        name = _file_name(part) or f"без имени ({part.get_content_type()})"
        self.blocks.append(Block(f"Вложение: {name}", quotable=False))
        if _payload_size(part) > ATTACHMENT_BYTES:
            self.warnings.append(f"The attachment «{name}» is over {ATTACHMENT_BYTES // 2**20} MB: it is named, "
                                 "not read.")
            return
        from . import parse_bytes, sniff_format  # the package's own: it imports this module

        data = part.get_payload(decode=True) or b""
        fmt = sniff_format(name, data[:4096]) if data else None
        if fmt not in _READ_FORMATS:
            return  # an image, an archive, an unknown file: named only
        if self.bytes_left <= 0:
            self.warnings.append(self._over_budget(name))
            return
        if fmt == "txt" and part.get_content_charset():
            fmt = None  # a text part with its charset: read as declared below
        try:
            if fmt is None:
                text, _, _ = decode_text(data, declared=part.get_content_charset(), name=name)
                doc = TextParser().document(text, "utf-8", [], name)
            else:
                doc = parse_bytes(data, name, fmt=fmt, max_bytes=self.bytes_left)
        except ParseError as e:
            spent = e.reason == "too_large" and self.bytes_left < self.max_bytes
            self.warnings.append(self._over_budget(name) if spent else f"The attachment «{name}» could not be read: {e}")
            return
        self.bytes_left -= sum(len(b.text) + 1 for b in doc.blocks) * TEXT_BYTES
        self.texts += 1
        # an attachment's pages are its own, no page of the message
        self.blocks.extend(replace(b, page=None, breaks=()) for b in doc.blocks)

    def _over_budget(self, name: str) -> str:
        return (f"The attachment «{name}» is named, not read: with the attachments before it, it shows more text than "
                f"one file may (an eighth of the {self.max_bytes / 2**20:g} MB --size-limit in characters).")

    def _attached_message(self, part: EmailMessage, depth: int) -> None:
        inner = _forwarded(part)
        if inner is None:
            return
        subject = message_title(header_text(_raw(inner, "Subject")))
        self.blocks.append(Block(f"Вложенное сообщение: {subject or 'без темы'}", quotable=False))
        self.blocks.extend(header_blocks(inner))
        if depth >= 1:  # a message in a message in a message: named only
            return
        self.message(inner, depth + 1)


def _forwarded(part: EmailMessage) -> EmailMessage | None:
    """The message a message/rfc822 part holds. One sent in base64 (RFC 2046 forbids it, some mail programs do
    it anyway) is decoded and read as a message, not as its encoded lines: the email package reads the lines
    as a message with no headers."""
    inner = part.get_payload(0) if part.is_multipart() else None
    if not isinstance(inner, EmailMessage):
        return None
    encoding = (part.get("Content-Transfer-Encoding") or "").strip().lower()
    lines = inner.get_payload()
    if encoding != "base64" or list(inner.raw_items()) or not isinstance(lines, str):
        return inner  # the email package read its headers: it was sent as it should be
    try:
        data = base64.b64decode(lines.encode("ascii", "ignore"))
    except (binascii.Error, ValueError):
        return inner
    return email.message_from_bytes(data, policy=email.policy.default)


def _raw(msg: EmailMessage, header: str) -> str | None:
    """A header's value as the file has it (encoded words and 8-bit bytes left for header_text)."""
    want = header.lower()
    return next((value for key, value in msg.raw_items() if key.lower() == want), None)


def header_blocks(msg: EmailMessage) -> list[Block]:
    """«От: … / Кому: … / Тема: … / Дата: …», the headers a reader of the message wants, each line a paragraph
    of its own, no quote: a name ends with its line, so the next line's label is never read as a part of it
    («Кому: Садыкова Айгерим» over «Тема: …» is no «А. Тема»)."""
    lines = []
    for header, label in _HEADER_LABELS:
        shown = shown_mailboxes(_raw(msg, header))
        if shown:
            lines.append(f"{label}: {shown}")
    subject = header_text(_raw(msg, "Subject"))
    if subject:
        lines.append(f"Тема: {subject}")
    when = header_time(_raw(msg, "Date"))
    if when:
        lines.append(f"Дата: {when}")
    return [Block(line, quotable=False) for line in lines]


def _file_name(part: EmailMessage) -> str:
    """An attachment's file name, RFC 2231 or RFC 2047 encoded as mail programs write it."""
    name = part.get_param("filename", header="content-disposition") or part.get_param("name")
    if isinstance(name, tuple):  # RFC 2231: (charset, language, value)
        charset, _, value = name
        name = decode_in(value.encode("latin-1", "replace"), charset)
    return header_text(str(name)) if name else ""


def _payload_size(part: EmailMessage) -> int:
    """The bytes a part decodes to, told from its encoded length without decoding it."""
    raw = part.get_payload()
    n = len(raw) if isinstance(raw, str) else 0
    return n * 3 // 4 if (part.get("Content-Transfer-Encoding") or "").strip().lower() == "base64" else n


def _is_attachment(part: EmailMessage) -> bool:
    disposition = (part.get("Content-Disposition") or "").split(";", 1)[0].strip().lower()
    return disposition == "attachment" or bool(_file_name(part)) and disposition != "inline" \
        or part.get_content_maintype() not in ("text", "multipart")


def _parts(msg: EmailMessage, left: int) -> tuple[list[EmailMessage], list[EmailMessage], int]:
    """The message's body parts (text/plain and text/html alternatives, the first of each) and its
    attachments, in order, among its first ``left`` MIME parts; and the parts left then, -1 when some were
    not looked at. An inline image of an HTML body is neither."""
    body: list[EmailMessage] = []
    attachments: list[EmailMessage] = []

    def walk(part: EmailMessage, related: bool) -> None:
        nonlocal left
        if left <= 0:
            left = -1
            return
        left -= 1
        if part.get_content_type() == "message/rfc822":
            attachments.append(part)
        elif part.get_content_maintype() == "multipart" and not part.is_multipart():
            return  # parts whose boundary is missing: no part can be told (parse says damaged)
        elif part.is_multipart():
            subtype = part.get_content_subtype()
            for sub in part.get_payload():
                if isinstance(sub, EmailMessage):
                    walk(sub, related or subtype == "related")
        elif part.get_content_maintype() == "text" and not _is_attachment(part) and \
                not any(p.get_content_type() == part.get_content_type() for p in body):
            body.append(part)
        elif related and not _file_name(part) or related and part.get("Content-ID"):
            return  # the picture an HTML body shows
        else:
            attachments.append(part)

    walk(msg, False)
    return body, attachments, left


class EmlParser(Parser):
    format = "eml"
    extensions = (".eml",)
    mime_types = ("message/rfc822",)

    def parse(self, data: bytes, name: str = "", max_bytes: int = MAX_BYTES) -> ParsedDocument:
        if not data.strip():
            raise ParseError("empty", "The e-mail message is empty.", path=name or None)
        reader = _Reader(name, max_bytes)
        try:
            msg = email.message_from_bytes(data, policy=email.policy.default)
            if not list(msg.raw_items()):
                raise reader.damaged("has no headers: it is no message a mail program saved, or its start is lost")
            if any(isinstance(d, _NO_PARTS) for p in msg.walk() for d in p.defects):
                raise reader.damaged("is damaged: its MIME parts cannot be told apart (a boundary is missing)")
            reader.message(msg, 0)
        except (email.errors.MessageError, ValueError, LookupError, IndexError, TypeError, AttributeError):
            raise reader.damaged("is damaged: its MIME structure cannot be read") from None
        except RecursionError:  # the email package reads a part in a part by a call in a call
            raise reader.damaged("is damaged: its MIME parts are nested too deeply to read") from None
        subject = header_text(_raw(msg, "Subject"))
        if not reader.texts:
            named = [b.text.split(": ", 1)[1] for b in reader.blocks if b.text.startswith("Вложение: ")]
            having = f" (only its headers and {len(named)} attachment(s) with no text: {', '.join(named)})" if named else ""
            raise ParseError("empty", f"The e-mail message has no text{having}.", path=name or None)
        if any(isinstance(d, email.errors.CloseBoundaryNotFoundDefect) for d in msg.defects):
            reader.warnings.append("The message is cut short (its last MIME part is not closed); its text was read "
                                   "as far as it goes.")
        title = message_title(subject) or reader.body_title or next((p for p in reader.own if p.strip()), None)
        metadata: dict[str, str] = {}
        if title:
            metadata["title"] = title
        created = header_date(_raw(msg, "Date"))
        if created:  # weighed as a PDF's CreationDate: the text's own dateline wins
            metadata["created"] = created
        sender = addresses(_raw(msg, "From"))
        if sender and (sender[0][0] or sender[0][1]):
            metadata["author"] = sender[0][0] or sender[0][1]
        dateline = own_dateline(reader.own)
        if dateline:
            metadata["dateline"] = dateline
        blocks = header_blocks(msg) + reader.blocks
        return ParsedDocument(format="eml", title=title, blocks=blocks, encoding=reader.encoding,
                              metadata=metadata, warnings=reader.warnings)
