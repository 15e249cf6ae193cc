"""A stanza cited on one line: its line breaks written « / », as verse is quoted in prose (on the
quotes tab and in a result's snippet)."""
from __future__ import annotations

import re

from index.article_headings import is_article_heading

# A passage with a longer line, or a line opening with a number, is no stanza; nor is one opening
# with an article's heading (ingest.passages.headings_joined joins it to the article's first point
# or sentence): each keeps its line break as it was, never « / », which would set a law as verse.
VERSE_LINE_MAX = 80
LINE_SEPARATOR = " / "
# a stanza's line break in a snippet's text before it is escaped and flattened: one character for the
# «\n» it stands for, so the offsets of the matches hold; no document text keeps a control character
VERSE_BREAK = "\x1e"
_PARAGRAPH_BREAK = "\n\n"  # as ingest joins paragraphs
_OPENS_WITH_LETTER = re.compile(r"[«\"„“'(\[—–…-]*\s*[^\W\d_]")


def verse_cited(text: str) -> str:
    """`text` with its line breaks as LINE_SEPARATOR when each of its lines reads as verse."""
    if "\n" not in text:
        return text
    lines = [ln.strip() for ln in text.split("\n") if ln.strip()]
    if is_article_heading(lines[0]) or any(len(ln) > VERSE_LINE_MAX or not _OPENS_WITH_LETTER.match(ln)
                                           for ln in lines):
        return text
    return LINE_SEPARATOR.join(lines)


def verse_breaks_marked(text: str, start: int, end: int) -> str:
    """`text[:end]` with the line breaks between `start` and `end` that part a stanza's lines (its
    whole paragraph reads as verse: verse_cited) as VERSE_BREAK; a paragraph break, or a line
    break of any other paragraph, stays as it is."""
    if "\n" not in text[start:end]:
        return text[:end]
    pieces = [text[:start]]
    pos = start
    head = text.rfind(_PARAGRAPH_BREAK, 0, start)
    para = 0 if head < 0 else head + len(_PARAGRAPH_BREAK)
    while pos < end:
        stop = text.find(_PARAGRAPH_BREAK, max(pos, para))
        stop = len(text) if stop < 0 else stop
        shown = text[pos:min(stop, end)]
        paragraph = text[para:stop].strip("\n")
        # «\n \n» parts paragraphs too: a blank line among the lines makes them no stanza
        if "\n" in shown and all(ln.strip() for ln in paragraph.split("\n")) and verse_cited(paragraph) != paragraph:
            shown = shown.replace("\n", VERSE_BREAK)
        pieces.append(shown)
        pieces.append(text[min(stop, end):min(stop + len(_PARAGRAPH_BREAK), end)])
        pos = para = stop + len(_PARAGRAPH_BREAK)
    return "".join(pieces)[:end]
