"""A web page's footnotes as the other formats keep theirs: numbered («1 Конституция…»), without
the link back to the mark («↩», «↑»). A page marks a note in its text with a raised number
linking to it (<sup><a href="#fn1">1</a></sup>, <a href="#fn1"><sup>1</sup></a>); a note in an
<ol> gets its number from the browser only, so it would be read without it, and its backlink's
arrow would be read as text."""
from __future__ import annotations

import re

from bs4 import NavigableString, Tag

_MARK_NUMBER = re.compile(r"\s*\[?(\d{1,3})\]?\s*")
# a link's text that is no word: an arrow or a caret back to the mark
_NO_WORD = re.compile(r"[^\w]*")


def number_notes(by_name: dict[str, list[Tag]]) -> None:
    """The notes a page's marks link to (``by_name``: the page's tags by name, in document order),
    their backlinks taken out, and each list item's number written before its text."""
    marks = _note_marks(by_name.get("a", ()))
    if not marks:
        return
    for tags in by_name.values():
        for tag in tags:
            number = marks.get(str((tag.attrs or {}).get("id") or ""))
            if number is None:
                continue
            for link in tag.find_all("a", href=True):
                if str(link["href"]).startswith("#") and _NO_WORD.fullmatch(link.get_text()):
                    link.extract()
            if tag.name == "li":
                _write_number(tag, number)


def _note_marks(links) -> dict[str, str]:
    """The ids the page's note marks link to, each with the mark's number."""
    marks: dict[str, str] = {}
    for a in links:
        href = str((a.attrs or {}).get("href") or "")  # a link dropped with its <nav> has no attributes left
        m = _MARK_NUMBER.fullmatch(a.get_text())
        if href.startswith("#") and len(href) > 1 and m and _raised(a):
            marks.setdefault(href[1:], m.group(1))
    return marks


def _raised(a: Tag) -> bool:
    """Whether a link is set as a raised mark: inside <sup> (or a <span> in it) or holding one."""
    parent = a.parent
    return (a.find("sup") is not None or parent is not None
            and (parent.name == "sup" or parent.parent is not None and parent.parent.name == "sup"))


def _write_number(item: Tag, number: str) -> None:
    """``number`` and a space before the item's first text, unless the text opens with it."""
    first = item.find(string=lambda s: bool(s.strip()))
    if first is None or re.match(re.escape(number) + r"(?!\d)", first.strip()):
        return
    first.insert_before(NavigableString(number + " "))
