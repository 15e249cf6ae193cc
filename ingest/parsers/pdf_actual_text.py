"""The text a PDF producer says a glyph stands for (a marked-content span's /ActualText), which
pdfminer does not read.

Chrome's «Save as PDF» (Skia) draws a soft hyphen inside a word (``&shy;``, which hyphenation
scripts on news sites put into every long word) as a space glyph with no advance, marked
``/Span <</ActualText <FEFF00AD>>> BDC … EMC``. pdfminer read the glyph as the space it draws,
so «этно­куль­тур­ные» came out as «этно куль тур ные» and matched no search. Here a glyph marked as
an invisible character (a soft hyphen, a zero-width space or joiner) reads as that character, which
normalize.clean_text takes out of the word. Other ActualText stays unread: Chromium also marks each
Arabic letter's shape with its letter and a mirrored bracket with its mirror, which pdf_rtl reads
from the glyphs as drawn."""
from __future__ import annotations

import unicodedata

from pdfminer.converter import PDFPageAggregator
from pdfminer.layout import LTChar
from pdfminer.pdftypes import resolve1
from pdfminer.utils import decode_text


def actual_text(props) -> str | None:
    """A marked-content property list's /ActualText, decoded (UTF-16 with its BOM, else
    PDFDocEncoding), or None."""
    props = resolve1(props)
    if not isinstance(props, dict):
        return None  # a name of the page's /Properties: producers mark soft hyphens inline
    value = resolve1(props.get("ActualText"))
    return decode_text(value) if isinstance(value, bytes) else None


def _invisible(text: str | None) -> bool:
    return text is not None and len(text) == 1 and unicodedata.category(text) == "Cf"


class ActualTextAggregator(PDFPageAggregator):
    """pdfminer's page aggregator reading a glyph marked with an invisible character's
    /ActualText as that character."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._spans: list[tuple[object, int, str | None]] = []  # (the item drawn into, its length then, the text)

    def begin_page(self, page, ctm) -> None:
        self._spans = []  # a span a page left open ends with it
        super().begin_page(page, ctm)

    def begin_tag(self, tag, props=None) -> None:
        text = actual_text(props) if props is not None else None
        text = text if _invisible(text) else None
        self._spans.append((self.cur_item, len(self.cur_item) if text else 0, text))

    def end_tag(self) -> None:
        if not self._spans:
            return
        item, start, text = self._spans.pop()
        if not text or item is not self.cur_item:
            return
        drawn = self.cur_item._objs[start:]
        if len(drawn) == 1 and isinstance(drawn[0], LTChar):
            drawn[0]._text = text
