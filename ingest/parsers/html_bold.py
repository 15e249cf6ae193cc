"""A web page's paragraph set all in bold (<b>, <strong>) or all in italics (<em>, <i>): how an interview
on a news site sets off its questions («<p><b>Как центр работает с молодежью?</b></p>», «<p><em>…?</em></p>»
over a plain answer). An RTF's paragraph all in \\b is marked with BoldParagraph too.

    BoldParagraph(text), all_bold(text, bold_text) -> bool
"""
from __future__ import annotations

BOLD_TAGS = frozenset(("b", "strong"))
# italics set questions off as bold does on many news sites; ingest reads either kind as the same mark
SET_OFF_TAGS = BOLD_TAGS | frozenset(("em", "i"))


class BoldParagraph(str):
    """The text of a paragraph whose every word is bold (on a web page: bold or in italics)."""


def all_bold(text: str, bold_text: str) -> bool:
    """The paragraph's text (`text`, as the parser cleaned it) is all of it the bold text it held."""
    words = text.split()
    return bool(words) and words == bold_text.split()
