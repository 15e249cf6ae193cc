"""A document's author or issuing body, for its citations and exports (DocumentRecord.author): what the
file says of itself (an e-mail's sender, a web page's <meta name="author">, an Office file's or a PDF's
Author property), else a journal article's authors line in its head («Кадырова Г.Т., Сейткали А.М.»,
«А.Б. Сарсенова, кандидат исторических наук, …» under «УДК …»: ingest.parsers.article_head).

A program's or a computer's account name in the properties («user», «Администратор», «Microsoft Office
User») names nobody, and neither does a bare e-mail address."""
from __future__ import annotations

import re
import unicodedata

from ingest.parsers.article_head import article_authors

MAX_AUTHOR_CHARS = 200  # longer is a paragraph of text, not a name or a list of names

# what Office, Windows, a PDF tool or a template leaves as the author of a file nobody signed
_PLACEHOLDER = re.compile(
    r"(?:microsoft office (?:user|пользователь)|(?:windows )?user\d*|пользователь(?: windows)?\s*\d*|admin\w*|"
    r"администратор\w*|owner|владелец|root|guest|гость|unknown|аноним\w*|автор|author|пайдаланушы|"
    r"microsoft word|adobe\b.*|acrobat\b.*|pdf\w*|writer|libreoffice|openoffice\w*|\W*|\d+)", re.I)
_ADDRESS = re.compile(r"\S+@\S+")


def document_author(metadata: dict[str, str], paragraphs: list[str]) -> str:
    """The file's author or issuing body as written, or the article's authors as its authors line
    writes them; "" when neither names one."""
    given = " ".join(unicodedata.normalize("NFC", metadata.get("author") or "").split()).strip(" ,;")
    if given and not _PLACEHOLDER.fullmatch(given) and not _ADDRESS.fullmatch(given) and len(given) <= MAX_AUTHOR_CHARS:
        return given
    return ", ".join(article_authors(paragraphs))
