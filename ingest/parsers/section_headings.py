"""Which heading of a word processor's text names the document. A report typed with its title in
bold Normal text and its sections in Heading 1 opens with «1. Общие положения» or «Введение»: a
heading that opens a part of the document names none of the reports it opens, nor does a heading
under the text's own opening lines (the RTF, TXT or PDF of the text is titled by those)."""
from __future__ import annotations

import re

from index.article_headings import is_article_heading

from .normalize import body_over_contacts, is_bare_dateline, is_contact_line, is_document_type, names_a_body
from .page_furniture import is_part_label

# «1.», «1.1.», «2)», «II.»: a number closed by its point or bracket, then the section's name
_NUMBERED = re.compile(r"(?:\d{1,2}(?:\.\d{1,2})*[.)]|[IVXLC]{1,6}[.)])\s*\S")
# the parts of a report, a study or a regulation, Russian, Kazakh and English, named alone
_SECTION_NAMES = re.compile(
    r"(?i:введение|вступление|предисловие|общие\s+положения|заключение|заключительные\s+положения|выводы"
    r"|основная\s+часть|содержание|оглавление|аннотация|резюме|цели\s+и\s+задачи|приложения?"
    r"|кіріспе|алғы\s+сөз|жалпы\s+ережелер|қорытынды(?:\s+ережелер)?|мазмұны|түйіндеме|қосымша(?:лар)?"
    r"|introduction|foreword|preface|general\s+provisions|conclusions?|summary|contents|abstract|background)"
    r"\s*[.:]?")


def is_section_heading(text: str) -> bool:
    """The heading opens a part of the document (numbered, an article's, or a part's usual name)."""
    text = " ".join(text.split())
    return bool(_NUMBERED.match(text) or is_article_heading(text) or _SECTION_NAMES.fullmatch(text))


def _above_a_heading(text: str) -> bool:
    """A paragraph a heading naming the document may stand under: a dateline, a part's label
    («Приложение 1»), the letterhead. A document's type («ПРОТОКОЛ № 4») is the title's first line."""
    return (is_bare_dateline(text) or is_part_label(text) and not is_document_type(text)
            or names_a_body(text) or is_contact_line(text) or body_over_contacts(text))


def naming_heading(titles: list[str], headings: list[tuple[int, str]], texts: list[str]) -> str | None:
    """The heading that names the document: the Title style's paragraph (``titles``, in order), else
    the first heading style's (``headings``: its index in ``texts``, its text) when no paragraph of
    the text's own stands above it and it opens no part of the document; None for none."""
    if titles:
        return titles[0]
    if not headings:
        return None
    at, heading = headings[0]
    if is_section_heading(heading) or not all(_above_a_heading(text) for text in texts[:at]):
        return None
    return heading
