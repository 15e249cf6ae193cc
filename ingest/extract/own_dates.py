"""Which of the dates a text mentions may be its own. Another paper's date never dates it: a cited
act's or letter's («Во исполнение Указа Президента … от 1 марта 2015 года», «решения XXII сессии АНК
от …», «Ваше письмо от …»), an amendment note's («дополнен Указом Президента РК от …», «с изменениями
от …»), the answered letter's line («На № … от …»). A deadline («до 1 мая 2019 года», «в срок до
15.01.2020», «не позднее …», Kazakh «… дейін») or a registry's incoming stamp is days, not years, off the
document's own day: it dates the document only when the text names no other. A label naming the
document's own day, «Протокол составлен 16 марта 2019 года», «Дата проведения: 20 февраля 2020 года»,
dates it wherever it stands. (A letter's «Исх. № … от …» is its dateline: ingest.parsers.registration.)"""
from __future__ import annotations

import re

from ingest.parsers.registration import on_answered_letter_line, on_incoming_stamp

_DEADLINE_BEFORE = re.compile(r"(?<![^\W\d_])(?:до|к|ко|не\s+позднее|не\s+позже|until|by|before|no\s+later\s+than)"
                              r"\s*$", re.IGNORECASE)
# Kazakh writes its deadline after the date, the month in the dative: «2019 жылғы 1 мамырға дейін», «15.01.2020 дейін»
_DEADLINE_AFTER = re.compile(r"[^\W\d_]*\.?\s*(?:(?:жыл\w*|ж\.)\s*)?(?:дейін|шейін)(?![^\W\d_])", re.IGNORECASE)
# the kinds of paper a date after «от» may belong to, in any case: an act, a letter, an amendment
_PAPER = (r"указ\w*|закон\w*|кодекс\w*|постановлени\w*|решени\w*|распоряжени\w*|приказ\w*|протокол\w*|письм\w*"
          r"|писем|поручени\w*|обращени\w*|запрос\w*|соглашени\w*|договор\w*|меморандум\w*|телеграмм\w*"
          r"|изменени\w*|дополнени\w*")
_PAPER_WORD = re.compile(r"(?<![^\W\d_])(?:" + _PAPER + r")(?![^\W\d_])", re.IGNORECASE)
# ... named before «от» in the same sentence and line, a few words back: «Указа Президента Республики
# Казахстан от», «решения XXII сессии АНК от», «письмо № 5-6/78 от»
_FROM = re.compile(r"(?<![^\W\d_])от\s*$", re.IGNORECASE)
_SENTENCE_OR_LINE_END = re.compile(r"[.!?;\n]")
_PAPER_REACH = 100  # characters between the paper's word and its «от»
# ... a nominative that opens its line is the document's own heading: «Протокол № 3 от 12.03.2019»,
# «Закон Республики Казахстан от 20 октября 2008 года № 70-IV»
_OWN_HEADING = re.compile(r"(?:указ|закон|кодекс|постановление|решение|распоряжение|приказ|протокол|письмо|"
                          r"соглашение|договор|меморандум)", re.IGNORECASE)
# ... and an approval stamp or an annex's line dates the text it approves: «УТВЕРЖДЕНО Указом Президента РК от
# 7 сентября 2016 года № 333», «Утвержден решением учредителя от …», «Приложение 2 к постановлению акимата от …»
_APPROVED_BY = re.compile(r"(?:утвержд[её]н[оаы]?|принят[оаы]?|одобрен[оаы]?|приложение(?:\s*№?\s*\d+)?\s+к)\s*",
                          re.IGNORECASE)
_LOOK_BACK = 140  # characters before a date where its deadline's or paper's words may stand
# labels naming the document's own day: a protocol's «Протокол составлен», «Дата проведения:», «Дата
# заседания:», Kazakh «Өткізілген күні:», «Өткізу уақыты:»; the date follows at once
_OWN_LABEL = re.compile(r"(?<![^\W\d_])(?:(?:протокол\s+)?составлен[оа]?|дата(?:\s+и\s+время)?\s+(?:проведения|заседания"
                        r"|составления)|өткізілген\s+күні|өткізу\s+(?:күні|уақыты))(?![^\W\d_])\s*[:.\-–—]?\s*",
                        re.IGNORECASE)
_OWN_LABEL_WORDS = ("составлен", "дата", "өткіз")

OWN, NEAR, OTHER_PAPER = "own", "near", "other paper"


def date_role(text: str, at: int, end: int) -> str:
    """What the date at text[at:end] may say of the document: OTHER_PAPER, a cited act's, an
    amendment's or the answered letter's, which never dates it; NEAR, a deadline or a registry's
    stamp, days off the document's own; else OWN."""
    before = text[max(0, at - _LOOK_BACK):at]
    if _FROM.search(before) and _cited_paper(text, at - len(before), before) or on_answered_letter_line(text, at):
        return OTHER_PAPER
    if (_DEADLINE_BEFORE.search(before, max(0, len(before) - 24)) or _DEADLINE_AFTER.match(text, end)
            or on_incoming_stamp(text, at)):
        return NEAR
    return OWN


def _cited_paper(text: str, offset: int, before: str) -> bool:
    """`before` (text[offset:], up to a date) ends with a paper's word and «от» in one sentence:
    the paper nearest the date is cited, unless it is the document's own heading."""
    paper = None
    for paper in _PAPER_WORD.finditer(before):
        pass
    if paper is None or len(before) - paper.end() > _PAPER_REACH or _SENTENCE_OR_LINE_END.search(before, paper.end()):
        return False
    return not _own_heading(text, offset + paper.start(), paper.group())


def _own_heading(text: str, start: int, word: str) -> bool:
    """The paper's word at `start` opens its line in the nominative, the document's own heading, or
    after an approval's word, the act that approved the document (_APPROVED_BY)."""
    line_start = text.rfind("\n", 0, start) + 1
    before = text[line_start:start].strip()
    return _OWN_HEADING.fullmatch(word) is not None if not before else _APPROVED_BY.fullmatch(before) is not None


def own_label_ends(text: str):
    """The offsets in `text` right after a label naming the document's own day, where its date
    should start."""
    lower = text.lower()
    if not any(word in lower for word in _OWN_LABEL_WORDS):  # most texts: no regex over the whole of them
        return ()
    return (m.end() for m in _OWN_LABEL.finditer(text))
