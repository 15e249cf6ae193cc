"""Footnote marks written as superscript digits («процентов¹», «в 2011¹ году», «Тілдарын»⁵»,
«(с 60 до 120)⁶», «от 12.03.2019¹», «25 %²», «Закон РК³», «XX⁴ сессия»): left on, the word or the
number is indexed with them (raised digits fold to digits: «2011¹» would be found as 20111 only). A
unit's or a formula's power stays («м²», «10⁶», «(a+b)²»)."""
from __future__ import annotations

import re

SUPERSCRIPTS = "[\u00b9\u00b2\u00b3\u2070\u2074-\u2079]"
SUPERSCRIPT = re.compile(SUPERSCRIPTS)
_MARK = re.compile(SUPERSCRIPTS + "+")
_WORD_BEFORE = re.compile(r"(?<![^\W\d_])[^\W\d_]+$")
# a number, with its fraction or as a date in figures («1,5», «12.03.2019»)
_NUMBER_BEFORE = re.compile(r"(?<![\d.,])\d+(?:[.,]\d+)*$")
_DATE = re.compile(r"\d{1,2}\.\d{1,2}\.\d{2,4}")  # a day in figures: never raised to a power
_MATH = frozenset("=≈≠+−×·*/^<>≤≥±√(")
_SIGN_REACH = 8  # the spaces a formula's sign may stand apart by
# what closes a quote, a bracket or a sentence, and a percent sign: a mark goes after it as after a word
_CLOSING = frozenset("»\"”’.,;:!?%‰")
_BRACKETS = {")": "(", "]": "["}
# words of a bracket's text («(с 60 до 120)»), not a formula's letters and figures («(a+b)», «(x+1)»)
_BRACKET_WORDS = re.compile(r"[^\W\d_]{2}|\d{3}")
_BRACKET_REACH = 300  # how far back the bracket's opening is looked for


def is_note_mark(text: str, at: int) -> bool:
    """Whether superscript digits starting at ``at`` are a note mark on what precedes them: a word
    of three letters or more, or of two capitals (an abbreviation, «РК¹», a Roman numeral, «XX²»; not a
    unit, «м²», «км³», nor a variable, «x²»), a number of two digits or more but 10 (a year, a count;
    «10⁶», «2³» are powers), a date in figures («12.03.2019¹»), a decimal outside a formula («на 1,5¹
    процента», not «π ≈ 3,14²»), a percent sign, a closing quote, a full stop or another sentence
    mark, or a closing bracket round words («(с 60 до 120)⁶», not «(a+b)²»)."""
    head = text[max(0, at - _BRACKET_REACH):at]
    if not head:
        return False
    last = head[-1]
    if last in _CLOSING:
        return True
    if last in _BRACKETS:
        opening = head.rfind(_BRACKETS[last])
        return opening >= 0 and _BRACKET_WORDS.search(head, opening) is not None
    if last.isdigit():
        number = _NUMBER_BEFORE.search(head)
        if number is None:
            return False
        figures = number.group()
        if _DATE.fullmatch(figures):
            return True
        if not figures.isdigit():  # a decimal: a power in a formula («π ≈ 3,14²»), else a mark («на 1,5¹ процента»)
            return not _in_formula(text, at - len(head) + number.start(), at)
        return len(figures) >= 2 and figures != "10"
    word = _WORD_BEFORE.search(head)
    return word is not None and (len(word.group()) >= 3 or len(word.group()) == 2 and word.group().isupper())


def _in_formula(text: str, start: int, at: int) -> bool:
    """Whether the number at ``text[start:at]`` with the superscripts at ``at`` stands beside a
    mathematical sign: the sign before it or after its superscripts, spaces between."""
    end = _MARK.match(text, at).end()
    before = text[max(0, start - _SIGN_REACH):start].rstrip()[-1:]
    after = text[end:end + _SIGN_REACH].lstrip()[:1]
    return bool(before and before in _MATH) or bool(after and after in _MATH)


def without_note_marks(text: str) -> str:
    """``text`` with the footnote marks (is_note_mark) taken off what they sit on."""
    if not SUPERSCRIPT.search(text):
        return text
    return _MARK.sub(lambda m: "" if is_note_mark(text, m.start()) else m.group(), text)
