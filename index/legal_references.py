"""A reference to a point of an act as lawyers type it (`ст. 4`, `п. 2.3`, `N 70-IV`, `§ 1`), read
as the words and numbers documents hold: index.query reads a query's text through references()."""
from __future__ import annotations

import re

from index.part_abbreviations import ABBREVIATED_PARTS, HOURS
from index.quoted_phrases import change_outside_quotes

# A number sign typed on a Latin keyboard or pasted from an English source (N 2066, No. 2066,
# Nº 2066, N70-IV) before a number: dropped, as «№» is (the analyzer keeps no symbol).
_NUMBER_SIGN_RE = re.compile(r"(?<![^\s(\"«])(?:N[oº°]?|NO)\.?\s*(?=\d)")
# A point's word before a dotted point number: the number names the point (documents write the
# point «2.3. Содействие…» without the word), so `п. 2.3`, `пункт 2.3` are `2.3`.
_POINT_BEFORE_DOTTED_RE = re.compile(
    r"(?i)(?<![^\s(])(?:п|пп|подп|(?:под)?пункт[а-я]{0,3})\.?\s*(?=\d+(?:\.\d+)+)")
# The abbreviations of an act's parts before a number (index.part_abbreviations); ч after a number
# is an hour («10 ч. 30 мин.»), as the index reads it.
_ABBREVIATED_PART_RE = re.compile(
    rf"(?i)(?<![^\s(])(ст|пп|подп|п|(?<!\d\s){HOURS})(?:\.\s*|\s+)(?=\d)")
# A paragraph sign and its number, one word (`§ 1` is «§ 1», not § and a 1 anywhere); the word
# «параграф» before a number is either, as a document may write it.
_SECTION_RE = re.compile(r"§\s+(?=\d)")
_PARAGRAPH_WORD_RE = re.compile(r"(?i)(?<![^\s(])(параграф[а-я]{0,3})\s+(\d+)(?![\w.-])")


def _part_word(m: re.Match) -> str:
    return ABBREVIATED_PARTS[m.group(1).lower()] + " "


def references(text: str) -> str:
    """`text` (a query without its field filters) with its act references as documents write them:
    a Latin number sign dropped (also in a quoted phrase, as «№» is), and outside quotes a point's
    word before a dotted number dropped, ст. п. пп. ч. as статья, пункт, подпункт, часть, and § joined to
    its number («параграф 1»: § 1 or the word)."""
    if not any(c.isdigit() for c in text):
        return text
    text = _NUMBER_SIGN_RE.sub("", text)
    return change_outside_quotes(text, _part_references)


def _part_references(text: str) -> str:
    text = _ABBREVIATED_PART_RE.sub(_part_word, _POINT_BEFORE_DOTTED_RE.sub("", text))
    return _PARAGRAPH_WORD_RE.sub(r"(§\2 OR \1 \2)", _SECTION_RE.sub("§", text))
