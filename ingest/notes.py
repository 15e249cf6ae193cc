"""Which paragraphs of a parsed file are footnotes or endnotes: those its parser marks as notes (a Word
or ODT note, an RTF \\footnote, a web page's note its mark links to, a plain text's note typed under a rule of
underscores, a PDF's note in smaller type at a page's foot: Block.note), and those opening with a
superscript number, the mark a note is printed with («¹ Отчет Секретариата …», a plain text's or a PDF's
with Unicode marks). A note is searched with its document, but no words, speaker or date of it."""
from __future__ import annotations

import re

from ingest.parsers.base import Block

# «¹ …», «¹² …», «¹) …»: a superscript number, then a space, before the note's text
_SUPERSCRIPT_MARK = re.compile(r"\s*[¹²³⁴⁵⁶⁷⁸⁹][⁰¹²³⁴⁵⁶⁷⁸⁹]{0,2}\)?\s+\S")


def is_note(block: Block) -> bool:
    return block.note or bool(_SUPERSCRIPT_MARK.match(block.text))
