"""Text of a PDF page set in a font with no character map: a letterhead, a stamp, a signature
line's position or a few bold words that a template, an appended revision or a Word export drew in
a subset font without /ToUnicode.

pdfminer reads each of their glyphs as a ``(cid:N)`` marker. Judged with the page, a one-page
letter whose letterhead is such a font read as garbled as a whole and was refused («needs
OCR») though its body is plain text; so the runs of markers are cut out of the lines, a line
left with no letter goes, and the page is judged on what remains."""
from __future__ import annotations

import re
from dataclasses import replace

_CID = re.compile(r"\(cid:\d+\)")
# A run of at least this many markers (the font's own spaces are markers too) is a word or more
# of such a font; one or two markers (a bullet, a symbol, a letter a partial map lacks) are left
# in the line for the page's judgement
_MIN_MARKERS = 3
_RUN = re.compile(r"\(cid:\d+\)(?:\s*\(cid:\d+\)){%d,}" % (_MIN_MARKERS - 1))


def without_cid_runs(text: str) -> tuple[str, int]:
    """``text`` with its runs of unmapped glyphs cut out, and how many glyphs were cut."""
    if "(cid:" not in text:  # most lines: no regex to run
        return text, 0
    cut = 0

    def _cut(m: re.Match) -> str:
        nonlocal cut
        cut += len(_CID.findall(m.group()))
        before, after = text[m.start() - 1:m.start()], text[m.end():m.end() + 1]
        # a run glued to words on both sides («Совета(cid:3)(cid:933)…(cid:3)утвержден», the font's
        # own spaces unmapped) stood between them; at a space or the line's edge it leaves none
        return " " if before.strip() and after.strip() else ""

    rest = _RUN.sub(_cut, text)
    if not cut:
        return text, 0
    return rest, cut


def cid_glyphs(text: str) -> int:
    """How many glyphs of ``text`` are cut as runs of a font with no character map."""
    return without_cid_runs(text)[1]


def cut_cid_runs(boxes: list) -> int:
    """Cuts from the page's text boxes (pdf._Box, in place) the runs of glyphs drawn in a font
    with no character map, drops lines left with no letter (a letterhead's phone number in
    another font's digits is no text either) and boxes left empty; returns the number of glyphs cut."""
    dropped = 0
    for box in boxes:
        kept = []
        for line in box.lines:
            text, glyphs = without_cid_runs(line.text)
            if not glyphs:
                kept.append(line)
                continue
            dropped += glyphs
            if any(ch.isalpha() for ch in text):
                pieces = tuple((x0, x1, without_cid_runs(t)[0], space) for x0, x1, t, space in line.pieces)
                kept.append(replace(line, text=text, pieces=pieces))
        box.lines = kept
    boxes[:] = [b for b in boxes if b.lines]
    return dropped


def cid_lines_note(pages: list[int]) -> str:
    """The ingest report's note on the pages that lost such lines but kept their text."""
    where = ("page " if len(pages) == 1 else "pages ") + ", ".join(map(str, pages))
    return (f"Garbled text on {where} (a font with no character map, as in a letterhead, a stamp, "
            "a signature or bold words) was left out.")
