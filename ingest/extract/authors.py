"""A document's author or issuing body, for its citations and exports (DocumentRecord.author): what the
file says of itself (an e-mail's sender, a web page's <meta name="author">, an Office file's or a PDF's
Author property), else a journal article's authors line over its title («Кадырова Г.Т., Сейткали А.М.»,
«А.Б. Сарсенова, кандидат исторических наук, …» under «УДК …»).

A program's or a computer's account name in the properties («user», «Администратор», «Microsoft Office
User») names nobody, and neither does a bare e-mail address."""
from __future__ import annotations

import re
import unicodedata

from index.references import Person, person

MAX_AUTHOR_CHARS = 200  # longer is a paragraph of text, not a name or a list of names
OPENING_PARAGRAPHS = 4  # an authors line stands over the title, among the article's first lines
MARKER_PARAGRAPHS = 12  # where an article's apparatus (УДК, Аннотация, Ключевые слова) is looked for

# what Office, Windows, a PDF tool or a template leaves as the author of a file nobody signed
_PLACEHOLDER = re.compile(
    r"(?:microsoft office (?:user|пользователь)|(?:windows )?user\d*|пользователь(?: windows)?\s*\d*|admin\w*|"
    r"администратор\w*|owner|владелец|root|guest|гость|unknown|аноним\w*|автор|author|пайдаланушы|"
    r"microsoft word|adobe\b.*|acrobat\b.*|pdf\w*|writer|libreoffice|openoffice\w*|\W*|\d+)", re.I)
_ADDRESS = re.compile(r"\S+@\S+")
# the apparatus of a scholarly article: a classification code, an abstract, its key words
_ARTICLE_MARKER = re.compile(
    r"^(?:УДК|ББК|МРНТИ|ГРНТИ|IRSTI|DOI|Аннотация|Ключевые слова|Аңдатпа|Түйін(?:ді)? сөздер|Abstract|Key ?words)\b",
    re.I)
_PARTS = re.compile(r"\s*[,;]\s*")


def document_author(metadata: dict[str, str], paragraphs: list[str]) -> str:
    """The file's author or issuing body as written, or the article's authors as its authors line
    writes them; "" when neither names one."""
    given = " ".join(unicodedata.normalize("NFC", metadata.get("author") or "").split()).strip(" ,;")
    if given and not _PLACEHOLDER.fullmatch(given) and not _ADDRESS.fullmatch(given) and len(given) <= MAX_AUTHOR_CHARS:
        return given
    return authors_line(paragraphs)


def authors_line(paragraphs: list[str]) -> str:
    """The authors line of a scholarly article (one with УДК, an abstract or key words near its top):
    a line of its first paragraphs that opens with persons' names, each «Surname I.I.» or «I.I. Surname»,
    what follows them lowercase (a degree, a post, a university); its names, as written."""
    opening = [p.strip() for p in paragraphs[:MARKER_PARAGRAPHS] if p.strip()]
    if not any(_ARTICLE_MARKER.match(p) for p in opening):
        return ""
    for paragraph in opening[:OPENING_PARAGRAPHS]:
        if "\n" in paragraph or len(paragraph) > MAX_AUTHOR_CHARS or _ARTICLE_MARKER.match(paragraph):
            continue
        names = _leading_names(paragraph)
        if names:
            return ", ".join(names)
    return ""


def _leading_names(line: str) -> list[str]:
    """The names opening `line` when it is a list of persons, maybe followed by words in lowercase
    («А.Б. Сарсенова, кандидат исторических наук, …»): a line of anything else gives none."""
    names = []
    parts = _PARTS.split(line.strip(" ,;"))
    for part in parts:
        found: Person | None = person(part) if _short_name(part) else None
        if found is None:
            return names if names and part[:1].islower() else []
        names.append(part.strip())
    return names


def _short_name(part: str) -> bool:
    """A name with initials (an authors line's form), not a full name a sentence might be made of."""
    return bool(re.search(r"\b\w{1,2}\.", part))
