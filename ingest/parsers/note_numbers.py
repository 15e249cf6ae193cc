"""A footnote's or endnote's number as the word processor prints it: its count in the style the
document sets (Word numbers footnotes 1, 2, … and endnotes i, ii, … unless told otherwise), so the
notes read «1 …», «i …» after the text, and a footnote and an endnote are not both «1»."""
from __future__ import annotations

from index.ordinals import roman

DECIMAL, LOWER_ROMAN, UPPER_ROMAN, LOWER_LETTER, UPPER_LETTER = (
    "decimal", "lowerRoman", "upperRoman", "lowerLetter", "upperLetter")
FOOTNOTE_STYLE, ENDNOTE_STYLE = DECIMAL, LOWER_ROMAN  # Word's defaults


def note_label(count: int, style: str) -> str:
    """The ``count``-th note's number in ``style`` (DOCX's w:numFmt values; an unknown one: decimal)."""
    if style in (LOWER_ROMAN, UPPER_ROMAN) and count < 90:
        label = roman(count)
        return label.lower() if style == LOWER_ROMAN else label
    if style in (LOWER_LETTER, UPPER_LETTER):
        # Word's letters: a … z, then aa … zz
        letter = "abcdefghijklmnopqrstuvwxyz"[(count - 1) % 26] * ((count - 1) // 26 + 1)
        return letter if style == LOWER_LETTER else letter.upper()
    return str(count)
