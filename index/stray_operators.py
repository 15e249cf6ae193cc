"""Operators that join nothing, dropped before parsing: one before the first word (`AND согласие`,
`(OR мир)`), one after the last (`Ассамблея NOT`, `(мир AND)`), and a group of operators alone
(`(AND) согласие`). The parser takes an operator only between two words, so it read such a one as
a word: the stemmed fields drop «and» as a stop word, but the exact-form fields keep stop words, so
an exact search required the English word «and» and found nothing, without a word of why.

    without_stray_operators(text) -> text   (quotes straightened and closed by the caller)
"""
from __future__ import annotations

import re

from index.quoted_phrases import split_at_quotes

# NOT / НЕ may lead (a leading exclusion is refused in a sentence of its own); И is no operator here:
# a capital «И» at a query's edge is as often an initial or a pasted sentence's first word
_JOINING = r"(?:ANDNOT|AND|OR|ИЛИ)"
_ANY = r"(?:ANDNOT|AND|OR|ИЛИ|NOT|НЕ)"
_EDGE = r"(?![^\s()])"  # an operator is a whole word, brackets as its edges
# a joining operator with nothing before it: at the start of the text, or right inside an opening bracket
_LEADING_RE = re.compile(r"(?:^|(?<=\())\s*" + _JOINING + _EDGE)
_AFTER_OPENING_RE = re.compile(r"(?<=\()\s*" + _JOINING + _EDGE)
# any operator with nothing after it: at the end of the text, or right before a closing bracket
_TRAILING_RE = re.compile(r"(?<![^\s()])" + _ANY + r"\s*$")
_BEFORE_CLOSING_RE = re.compile(r"(?<![^\s()])" + _ANY + r"\s*(?=\))")
# a group left empty
_EMPTY_GROUP_RE = re.compile(r"\(\s*\)")


def without_stray_operators(text: str) -> str:
    """`text` without the operators outside quotes that join nothing, and the groups they leave empty."""
    while True:
        parts = split_at_quotes(text)
        last = len(parts) - 1
        for i in range(0, len(parts), 2):
            part = (_LEADING_RE if i == 0 else _AFTER_OPENING_RE).sub(" ", parts[i])
            part = _BEFORE_CLOSING_RE.sub(" ", part)
            if i == last:
                part = _TRAILING_RE.sub(" ", part)
            parts[i] = _EMPTY_GROUP_RE.sub(" ", part)
        changed = "".join(parts)
        if changed == text:  # each round drops an operator or a bracket pair, so this ends
            return text.strip()
        text = changed
