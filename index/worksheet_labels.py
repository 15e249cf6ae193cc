"""A worksheet's labels around a question a pupil copies: no words to search.

Before it: a number or letter (`3)`, `(3)`, `б)`, `3.`, `3.1)`, `II)`, `iii)`, `№3`), a heading (`Задание 2:`,
`Вопрос:`, `Тапсырма 1.`), the instruction «Ответьте на вопрос:» or the points it scores (`(1 б.)`).
After it: the points (`(1 б.)`, `(2 балла)`, `[3 балла]`, or `? 2 балла` after the question's mark). Searched, «б», «3», «балла» and «вопрос» were required
words: the answer was left out («(1 б.)» found only documents having a «1»).
"""
from __future__ import annotations

import re

# 3, 3.1, 3.1.2; a Roman numeral in capitals (Latin letters, or the Cyrillic І and Х typed for them)
_NUMBER = r"(?:\d{1,3}(?:\.\d{1,3}){0,2}|(?-i:[IVXLІХ]{1,6}))"
# a Roman numeral in small letters, `iii)`, `(iv)`, `ii.`: no word of the question ends so
_SMALL_ROMAN = r"(?-i:[ivx]{1,5})"
_HEADING = r"(?:задание|вопрос|упражнение|тапсырма|сұрақ)"
# the points: «б.», «б», «балл», «балла», «баллов», Kazakh «ұпай», English «point(s)», «pts»
_POINTS = r"\d{1,3}(?:[.,]5)?\s*(?:б|балл(?:а|ов)?|ұпай|points?|pts?)\.?"
_BRACKETED_POINTS = r"[(\[]\s*" + _POINTS + r"\s*[)\]]"
_LEADING_LABEL_RE = re.compile(
    r"^\s*(?:" + _HEADING + r"(?:\s*№?\s*" + _NUMBER + r")?\s*[:.)]"
    r"|(?:" + _NUMBER + r"|" + _SMALL_ROMAN + r")[.)]"
    r"|[^\W\d_]\)"
    r"|\(\s*(?:" + _NUMBER + r"|" + _SMALL_ROMAN + r"|[^\W\d_])\s*\)"
    r"|" + _BRACKETED_POINTS +
    r"|ответь(?:те)?\s+на\s+(?:следующий\s+|этот\s+)?вопрос(?:ы)?\s*[:.,]?)(?=\s)",
    re.IGNORECASE)
# after the question: in brackets, or bare after its mark (`? 2 балла`, `? – 1 б.`); bare after
# other words they are words (`землетрясение 5 баллов`)
_SCORE_RE = re.compile(r"(?:\s*" + _BRACKETED_POINTS + r"|(?<=[?!])\s*[-–—]?\s*" + _POINTS + r")\s*$",
                       re.IGNORECASE)
# `№3`, `#3` before a question only: before other words it is an act's number (`№ 38 постановление акимата`)
_SIGN_LABEL_RE = re.compile(r"^\s*[№#]\s*" + _NUMBER + r"[.):]?(?=\s)")
MAX_LEADING_LABELS = 3  # `Задание 2. Ответьте на вопрос: …`


def without_worksheet_labels(text: str, asks: bool = False) -> str:
    """`text` (a query without its field filters) without a worksheet's labels before it and the
    points after it; `text` itself when nothing else would be left. `asks`: the query was typed as
    a question (a «?»), the only place a `№3` is a label."""
    rest = _SCORE_RE.sub("", text)
    for _ in range(MAX_LEADING_LABELS):
        cut = _LEADING_LABEL_RE.sub("", rest, count=1)
        if cut == rest and asks:
            cut = _SIGN_LABEL_RE.sub("", rest, count=1)
        if cut == rest:
            break
        rest = cut
    return rest.strip() or text
