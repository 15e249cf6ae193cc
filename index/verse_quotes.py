"""A stanza cited on one line: its line breaks written « / », as verse is quoted in prose."""
from __future__ import annotations

import re

# A passage with a longer line, or a line opening with a number, is no stanza: an article's heading
# joined to its first point (ingest.passages.headings_joined) keeps its line break as it was.
VERSE_LINE_MAX = 80
LINE_SEPARATOR = " / "
_OPENS_WITH_LETTER = re.compile(r"[«\"„“'(\[—–…-]*\s*[^\W\d_]")


def verse_cited(text: str) -> str:
    """`text` with its line breaks as LINE_SEPARATOR when each of its lines reads as verse."""
    if "\n" not in text:
        return text
    lines = [ln.strip() for ln in text.split("\n") if ln.strip()]
    if any(len(ln) > VERSE_LINE_MAX or not _OPENS_WITH_LETTER.match(ln) for ln in lines):
        return text
    return LINE_SEPARATOR.join(lines)
