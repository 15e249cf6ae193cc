"""A web page's footnotes: the elements its note marks link to (``<sup><a href="#fn1">1</a></sup>``
to ``<li id="fn1">``, ``<p id="fn1">``, Wikipedia's ``[1]`` to ``<li id="cite_note-1">``). The page
says outright that such text is a note, not the document's own words: they are taken out of the
page, each with its number and without its way back («↩»), and go after the text as notes
(Block.note), as a Word or ODT file's do."""
from __future__ import annotations

import re

from bs4 import NavigableString, Tag

# a note mark's text: «1», «12», «[3]», «1024» (a book's notes run on over its chapters), «*»
_MARK_TEXT = re.compile(r"^\s*\[?\s*(\d{1,4}|\*{1,3})\s*\]?\s*$")
# what a note may be: an element holding a paragraph's text or a list's item
_NOTE_TAGS = frozenset({"li", "p", "div", "dd"})
# longer than this it is a section a contents' link opens, not a note
MAX_NOTE_CHARS = 3000
# a note's way back to its mark: an arrow or a caret as the link's whole text
_BACKLINK_TEXT = re.compile(r"^\s*[↩↑^⤴↵⮐]\ufe0e?\s*$")
_PLAIN_DIGITS = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹", "0123456789")
_MARK_NAMES = re.compile(r"foot|note|fnref|noteref", re.IGNORECASE)


def _is_mark(link: Tag) -> bool:
    """The link is a note's mark: a number (or «*») set in superscript, or a link its page names one
    (class «footnote-ref», role «doc-noteref»), to a place in the page («#fn1»)."""
    href = str(link.get("href") or "")
    if len(href) < 2 or not href.startswith("#") or not _MARK_TEXT.match(link.get_text()):
        return False
    near = (link.parent, link.parent.parent if link.parent is not None else None)
    if any(el is not None and el.name == "sup" for el in near) or link.find("sup") is not None:
        return True
    named = " ".join([*link.get("class", ()), str(link.get("role") or "")])
    return bool(_MARK_NAMES.search(named))


def _note_for(link: Tag, by_id: dict[str, Tag]) -> Tag | None:
    target = by_id.get(str(link.get("href") or "")[1:])
    # by identity: «in» compares tags by their content, a walk through both trees
    if target is None or target.name not in _NOTE_TAGS or any(p is target for p in link.parents):
        return None
    if target.find("a", href="#" + str(target.get("id"))) is not None:
        return None  # a paragraph linking to itself holds its mark: body text
    if len(target.get_text()) > MAX_NOTE_CHARS:
        return None
    return target


def _opens_with_number(note: Tag, number: str) -> bool:
    """The note's text opens with its own number already (``<p id="fn1"><sup>1</sup> …``, «1. …»)."""
    head = note.get_text().lstrip().translate(_PLAIN_DIGITS)[:len(number) + 2]
    return head.startswith(number) and not head[len(number):len(number) + 1].isdigit()


def take_linked_notes(links: list[Tag]) -> list[Tag]:
    """The notes the page's note marks (among ``links``) link to, taken out of the page in the order of
    their marks; each opens with its mark's number (a list item's number is no text of it) and has
    its way back to the mark left out."""
    marks = [link for link in links if not link.decomposed and _is_mark(link)]
    if not marks:
        return []  # most pages: no id is read
    root = marks[0]
    while root.parent is not None:
        root = root.parent
    by_id: dict[str, Tag] = {}
    for el in root.find_all(id=True):
        by_id.setdefault(str(el.get("id")), el)
    notes: list[Tag] = []
    taken: set[int] = set()  # the notes' ids: a set, as a page may have thousands of notes
    for link in marks:
        note = _note_for(link, by_id)
        if note is None or id(note) in taken or any(id(p) in taken for p in note.parents):
            continue  # a second mark of the same note, or a note inside one taken (out of the page now)
        for back in note.find_all("a"):
            if _BACKLINK_TEXT.match(back.get_text()):
                back.decompose()
        number = _MARK_TEXT.match(link.get_text()).group(1)
        if number.isdigit() and not _opens_with_number(note, number):
            _write_number(note, number)
        taken.add(id(note))
        notes.append(note.extract())
    return notes


def _write_number(note: Tag, number: str) -> None:
    """``number`` and a space before the note's first text, inside the paragraph that holds it (a
    pandoc note is a <p> in its <li>: a number put before the <p> would be a paragraph of its own)."""
    first = note.find(string=lambda s: bool(s.strip()))
    if first is None:
        note.insert(0, f"{number} ")
    else:
        first.insert_before(NavigableString(f"{number} "))
