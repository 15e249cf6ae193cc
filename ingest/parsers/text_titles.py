"""A paged document's title when its file names none, or one that names no subject: from its text's
opening, as a PDF's and a Word document's are read."""
from __future__ import annotations

from .act_title import as_header_spells, cites_header, is_act_header, title_from_heading
from .article_head import article_title
from .letter_title import letter_title_for
from .normalize import (MAX_HEADING_TITLE, is_bare_dateline, is_document_type, looks_like_title, opening_lines,
                        part_below_dateline, with_part_label, without_datelines, without_letterhead)
from .page_furniture import is_part_label


def title_by_text(title: str | None, paragraphs: list[str]) -> str | None:
    """The title of a document whose file gives ``title`` (None for none, or a placeholder) over its
    ``paragraphs`` (none of them empty)."""
    if title and is_bare_dateline(title):
        title = None  # Word's first line «Астана, 24 октября 2007 г.»: the heading under it names the subject
    titled = without_datelines(paragraphs)
    # nor does «Приложение 1» over a digest's first item; «Протокол № 4» is a document's type and number,
    # the heading's first line («ПРОТОКОЛ № 4» / «заседания Совета …»)
    if len(titled) > 2 and is_part_label(titled[0]) and not is_document_type(titled[0]):
        titled = without_datelines(titled[1:])
    if not titled:
        return title
    lettered = letter_title_for(title, paragraphs)  # a letter's subject under its head
    if lettered:
        return lettered
    # a journal's name as the Title («Вестник Ассамблеи») over an article's head: the article's heading
    # names it, unless the Title is that heading or says more
    article = article_title(titled)
    if article and not (title and _folded(title).startswith(_folded(article))):
        return article
    bare_type = title if title and is_document_type(title) else None
    if title and not bare_type and is_act_header(title):
        # an act's kind and issuer alone (a PDF printed from a page titled «… Jarlyğy»): the heading under
        # them in the text names that act
        named = title_from_heading(opening_lines(titled[:4]))
        if named and cites_header(named, title):
            return as_header_spells(named, title)
    if title and not bare_type:
        fuller = _fuller_heading(title, without_letterhead(titled)[0])
        if fuller:
            return fuller
    if not title or bare_type:
        # no title, or Word's first line «СТЕНОГРАММА»: the text's heading names the event too
        # an act under its issuer first («ҚАЗАҚСТАН РЕСПУБЛИКАСЫ ПРЕЗИДЕНТІНІҢ»), then past a letterhead
        title = (title_from_heading(opening_lines(titled[:4]))
                 or title_from_heading(opening_lines(without_letterhead(titled)[:4])))
    if not title:
        headed = without_letterhead(titled)  # «Ассамблея народа Казахстана» over the heading names no subject
        first = headed[0]
        if looks_like_title(first) and len(headed) > 1:
            title = with_part_label(first, headed[1:3])  # a stenogram's part under its one-line heading
    title = title or bare_type  # «Пресс-релиз» as the Title of a page with no heading of its own
    # a part's label under (or on) its dateline, whichever way the heading above was read
    return with_part_label(title, [], part_below_dateline(paragraphs)) if title else title


def _folded(text: str) -> str:
    return " ".join(text.casefold().replace("ё", "е").split())


def _fuller_heading(title: str, heading: str) -> str | None:
    """The text's heading when it is the file's Title said in full: the Title's words, then more
    («Аналитический доклад о состоянии межэтнических отношений» over the heading «… в Павлодарской
    области»); a short Title is a name the file was saved under, the heading the document's own."""
    heading = " ".join(heading.split())
    if (_folded(heading).startswith(_folded(title) + " ") and len(heading) <= MAX_HEADING_TITLE
            and looks_like_title(heading)):
        return heading
    return None
