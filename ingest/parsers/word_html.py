"""Word's «Save as Web Page» markup that is no text of the document as Word shows it: note and
comment marks, symbol-font list bullets, hidden text, reviewers' comments; the footnotes and
endnotes, which Word writes after the document's section, where content selection never looks;
the day the document was made, from its properties."""
from __future__ import annotations

import re

from bs4 import NavigableString, Tag

from .normalize import looks_like_title

# a note's mark in the text (href="#_ftn1", "#_edn1") and its way back from the note ("#_ftnref1");
# a comment's anchor ("#_msocom_1", class msocomanchor) and its way back ("#_msoanchor_1")
_MARK_LINK = re.compile(r"^#_(ftn|edn)(ref)?\d+$|^#_msocom_\d+$|^#_msoanchor_\d+$", re.IGNORECASE)
_MARK_CLASS = re.compile(r"^Mso(Footnote|Endnote|Comment)Reference$|^msocom(anchor|off)$", re.IGNORECASE)
_NOTE_ID = re.compile(r"^(ftn|edn)\d+$", re.IGNORECASE)
# a note's own mark, its way back to the mark in the text: the note's number
_BACKLINK = re.compile(r"^#_(?:ftn|edn)ref(\d+)$", re.IGNORECASE)
_NOTE_TEXT_CLASS = re.compile(r"^Mso(Footnote|Endnote)Text$", re.IGNORECASE)
_COMMENT_LIST = re.compile(r"mso-element\s*:\s*comment-list", re.IGNORECASE)
# Word's hidden text: «display:none;mso-hide:all» (TOC page numbers: mso-hide:screen)
_DISPLAY_NONE = re.compile(r"display\s*:\s*none", re.IGNORECASE)
_MSO_HIDE = re.compile(r"mso-hide\s*:\s*(all|screen)", re.IGNORECASE)
_LIST_LABEL = re.compile(r"mso-list\s*:\s*ignore", re.IGNORECASE)
# a list item's number as Word writes it before the text: «1.», «2)», «а)», «IV.», «1.2.», «3»;
# a bare letter is a symbol font's bullet (Wingdings «l», «n», «v», «ü»; Courier «o»)
_NUMBER_LABEL = re.compile(r"^\(?(\d{1,3}(\.\d{1,3})*[.)]?|[A-Za-zА-Яа-яЁёӘәҒғҚқҢңӨөҰұҮүҺһІі]{1,4}[.)])$")


# Word's document properties, in a conditional comment of the page's head
_CREATED = re.compile(r"<o:Created>\s*(\d{4}-\d{2}-\d{2})T")


def created_date(page: str) -> str | None:
    """The day the Word document was made (<o:Created>, ISO). Not <o:LastSaved>: «Save as Web
    Page» is itself a save, so that is the day of the conversion, years later for an archive's file."""
    m = _CREATED.search(page)
    return m.group(1) if m else None


_WORD_PROGRAM = re.compile(r"^Word\.Document|^Microsoft Word", re.IGNORECASE)


def is_word_page(metas: list[Tag]) -> bool:
    """The page is Word's: <meta name=ProgId content=Word.Document>, or Generator «Microsoft Word 15»."""
    return any(str(m.get("name") or "").lower() in ("progid", "generator")
               and _WORD_PROGRAM.match(str(m.get("content") or "").strip()) for m in metas)


def first_line_title(title: str, first: str) -> str | None:
    """The document's first line as its title, when Word's <title> is its first word alone
    («ПРОТОКОЛ» over «Протокол заседания Совета …», «Список» over «СПИСОК участников …»): Word
    fills <title> from the document's opening, and one word names no document of many."""
    if len(title.split()) != 1 or not first.casefold().startswith(title.casefold() + " "):
        return None
    return first if looks_like_title(first) else None


def _classes(tag: Tag) -> list[str]:
    cls = (tag.attrs or {}).get("class") or []
    return cls if isinstance(cls, list) else [cls]


def _is_mark(tag: Tag) -> bool:
    """A note's or a comment's mark («[1]», «[i]», «[A1]»), in the text or in the note."""
    if tag.name == "a" and _MARK_LINK.match(str((tag.attrs or {}).get("href") or "").strip()):
        return True
    return tag.name == "span" and any(_MARK_CLASS.match(c) for c in _classes(tag))


def _is_hidden(tag: Tag) -> bool:
    style = str((tag.attrs or {}).get("style") or "")
    return bool(_DISPLAY_NONE.search(style) and _MSO_HIDE.search(style))


def _is_bullet(tag: Tag) -> bool:
    """A list item's bullet Word writes as a symbol font's letter (Wingdings «§», Symbol «·»,
    Courier «o»): a word of no meaning. Numbers («1.», «а)») are the items' own."""
    if tag.name != "span" or not _LIST_LABEL.search(str((tag.attrs or {}).get("style") or "")):
        return False
    return not _NUMBER_LABEL.match(tag.get_text().replace("\xa0", " ").strip())


def _is_comment_list(tag: Tag) -> bool:
    return tag.name == "div" and bool(_COMMENT_LIST.search(str((tag.attrs or {}).get("style") or "")))


def _note_number(link: Tag) -> str | None:
    """The number a note's own mark shows («[1]», an endnote's «[i]»), else the one its link names."""
    back = _BACKLINK.match(str((link.attrs or {}).get("href") or "").strip())
    if back is None:
        return None
    shown = link.get_text().strip().strip("[]").strip()
    return shown if shown.isalnum() and len(shown) <= 6 else back.group(1)


def drop_word_markup(tags: list[Tag]) -> None:
    """Decompose, of ``tags`` (the page's <div>, <span> and <a> tags, in any order), Word's note
    and comment marks, symbol bullets, hidden text and comment list; a note's own mark is its number."""
    gone: set[int] = set()  # tags decomposed, with all under them (Tag.decomposed is a find() on a live tag)
    for tag in tags:
        if tag.name == "a" and (number := _note_number(tag)):
            # a note's own mark becomes its number, as Word prints it («1 Как отметил …», «i …»)
            gone.update(id(t) for t in tag.descendants)
            after = tag.next_sibling
            spaced = isinstance(after, NavigableString) and after[:1].isspace()
            tag.replace_with(NavigableString(number if spaced else number + " "))
            gone.add(id(tag))
    for tag in tags:
        if id(tag) in gone:
            continue
        if _is_mark(tag) or _is_hidden(tag) or _is_bullet(tag) or _is_comment_list(tag):
            gone.update(id(t) for t in (tag, *tag.descendants))
            tag.decompose()


def take_word_notes(tags: list[Tag]) -> list[Tag]:
    """Word's footnotes and endnotes (<div id=ftn1>, <div id=edn1>, each holding a
    MsoFootnoteText or MsoEndnoteText paragraph), taken out of the page in their order: their
    text goes after the document's, not glued to where their mark was."""
    notes = []
    for tag in tags:
        if tag.name == "div" and _NOTE_ID.match(str((tag.attrs or {}).get("id") or "")) and any(
                _NOTE_TEXT_CLASS.match(c) for p in tag.find_all("p") for c in _classes(p)):
            notes.append(tag.extract())
    return notes
