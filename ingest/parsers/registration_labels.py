"""The labels that open a letter's registration lines (ingest.parsers.registration): its own
outgoing number, the letter it answers, a registry's incoming stamp. Each such line is a paragraph of
its own, as a dateline is (normalize.split_paragraphs)."""
from __future__ import annotations

import re

_NUMBER_SIGN = r"(?:№|No\.?|Nr\.?|N(?![^\W\d_]))\s*"
# the outgoing number's label and the number, then «от», «dated» or nothing before the date:
# «Исх. № 01-12/417 от», Kazakh «Шығ. № 02-05/612», English «Ref. No. 01-19/2047 dated»
# ... the label may stand for the sign before an index's number: «Исх. 01-12/446 от», «Our Ref.: 01-19/2048»,
# and a Russian or Kazakh label's period before any number: «Исх. 430 от»; «от» may be glued to the date
_INDEX_AHEAD = r"(?=[\w./\\-]*[-/])(?=[\w./\\-]*\d)"
OUTGOING = re.compile(r"(?:(?:исх(?:одящий)?\.?|шығ(?:ыс)?\.?|(?:our\s+)?ref\.?)\s*:?\s*(?:" + _NUMBER_SIGN + "|" + _INDEX_AHEAD
                      + r")|(?:исх|шығ)\.\s*:?\s*(?=\d))[\w./\\-]+(?:\s+(?:от|dated|of|from)(?:\b|(?=\d)))?[\s,]*",
                      re.IGNORECASE)
# a registry's stamp of a letter received: «Вх. № 1587», «Входящий №», Kazakh «Кіріс №», «Кір. №», «Вх. 1587»
INCOMING_STAMP = re.compile(r"(?:(?:вх(?:одящий|\.)?|кір(?:іс|\.)?|incoming|received)\s*" + _NUMBER_SIGN
                            + r"|(?:вх|кір)\.\s*(?=\d))", re.IGNORECASE)
# the letter answered: «На № …», «На исх. № …», «На Ваш № …», «Ответ на № …», «In reply to …», «Your Ref. …»,
# Kazakh «Сіздің 2022 жылғы 1 наурыздағы № 3-4/55 хатыңызға»
# ... «ваш…» taken whole (possessive): one that could end inside «вашваш…» would try every
# way of parting a run of them (exponential time on a line of text)
ANSWERED_LETTER = re.compile(r"(?:(?:ответ\s+)?на\s+(?:(?:исх\.?|ваш[а-я]*+|письмо)\s*)*" + _NUMBER_SIGN
                             + r"|your\s+ref\b|in\s+reply\s+to\b|сіздің\b[^\n]*№)", re.IGNORECASE)


def opens_registration_line(line: str) -> bool:
    """The line opens with a registration label and holds a digit: «Исх. № 01-12/417 от 27.03.2019»,
    «На № 5-6/78 от 01.03.2019», «Вх. № 1587»."""
    line = line.strip()
    # a capital first: a wrapped sentence's next line may open with «на № 5 …»
    return (line[:1].isupper() and any(ch.isdecimal() for ch in line)
            and any(p.match(line) for p in (OUTGOING, ANSWERED_LETTER, INCOMING_STAMP)))
