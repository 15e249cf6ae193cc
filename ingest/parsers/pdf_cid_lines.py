"""Lines of a PDF page set in a font with no character map: a letterhead, a stamp or a signature
line that a template or an appended revision drew in a subset font without /ToUnicode.

pdfminer reads each of their glyphs as a ``(cid:N)`` marker. Judged with the page, a one-page
letter whose letterhead is such a font read as garbled as a whole and was refused («needs
OCR») though its body is plain text; judged line by line, only those lines go."""
from __future__ import annotations

import re

_CID = re.compile(r"\(cid:\d+\)")
# A line of at least this many markers, where they outnumber its other characters, is drawn in
# such a font; one or two markers (a bullet, a symbol) in a line of text are left to the page's judgement
_MIN_MARKERS = 3


def cid_glyphs(text: str) -> int:
    """How many glyphs of ``text`` have no character map, if the line is drawn in such a font, else 0."""
    if "(cid:" not in text:  # most lines: no regex to run
        return 0
    markers = len(_CID.findall(text))
    if markers < _MIN_MARKERS:
        return 0
    rest = sum(not ch.isspace() for ch in _CID.sub("", text))
    return markers if markers > rest else 0


def without_cid_lines(boxes: list) -> int:
    """Drops from the page's text boxes (pdf._Box, in place) the lines drawn in a font with no
    character map, and boxes left empty; returns the number of glyphs dropped."""
    dropped = 0
    for box in boxes:
        kept = []
        for line in box.lines:
            glyphs = cid_glyphs(line.text)
            if glyphs:
                dropped += glyphs
            else:
                kept.append(line)
        box.lines = kept
    boxes[:] = [b for b in boxes if b.lines]
    return dropped


def cid_lines_note(pages: list[int]) -> str:
    """The ingest report's note on the pages that lost such lines but kept their text."""
    where = ("page " if len(pages) == 1 else "pages ") + ", ".join(map(str, pages))
    return (f"Garbled lines on {where} (a font with no character map, as in a letterhead, a stamp or "
            "a signature) were left out.")
