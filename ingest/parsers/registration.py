"""A letter's registration lines. Its own outgoing number and date, «Исх. № 01-12/417 от 27.03.2019»
(Kazakh «Шығ. № 02-05/612 2022 жылғы 14 наурыз», English «Ref. No. 01-19/2047 dated 15.10.2019»), date
the letter wherever they stand, above the addressee or under the signature. Two other lines date
another paper: the letter it answers, «На № 5-6/78 от 01.03.2019» («Your Ref. No. … of …», «Сіздің
… № … хатыңызға»), and a registry's incoming stamp, «Вх. № 1587» over «20» марта 2019 г.», the day
it came in."""
from __future__ import annotations

from .normalize import is_bare_dateline
from .registration_labels import ANSWERED_LETTER, INCOMING_STAMP, OUTGOING

MAX_LEN = 160  # characters: find_dateline's limit of a dateline


def outgoing_dateline(paragraphs: list[str]) -> str | None:
    """The first outgoing registration line with its date in `paragraphs`, verbatim."""
    for paragraph in paragraphs:
        for line in paragraph.split("\n"):
            line = _before_other_paper(line.strip())
            if len(line) <= MAX_LEN and (m := OUTGOING.match(line)) and _dated(line[m.end():]):
                return line
    return None


def _before_other_paper(line: str) -> str:
    """`line` up to another paper's registration run onto it: a web page's head-table cell
    «Исх. № 01-12/454 от 15.04.2019<br>На № 5-6/95 от 02.04.2019» is read as one line (a single
    <br> is a space), and its outgoing date is the part before «На №»."""
    if not OUTGOING.match(line):
        return line
    for label in (ANSWERED_LETTER, INCOMING_STAMP):
        for m in label.finditer(line, 1):
            # a label of its own: after a space and capitalised, as a line of its own opens («Астана №» is none)
            if line[m.start() - 1].isspace() and line[m.start()].isupper():
                line = line[:m.start()].rstrip()
                break
    return line


def _dated(rest: str) -> bool:
    return any(ch.isdecimal() for ch in rest) and is_bare_dateline(rest)


def without_other_papers(paragraphs: list[str]) -> list[str]:
    """`paragraphs` without the lines that date another paper: the answered letter's line, a
    registry's stamp and the date line right under it (in its paragraph or the next). Paragraphs
    left empty go."""
    kept, stamped = [], False
    for paragraph in paragraphs:
        lines = paragraph.split("\n")
        if not stamped and not any(map(_other_paper, lines)):  # most paragraphs: kept whole
            kept.append(paragraph)
            continue
        left = []
        for line in lines:
            stamp = INCOMING_STAMP.match(line.strip()) is not None
            if not (stamp or ANSWERED_LETTER.match(line.strip()) or stamped and is_bare_dateline(line)):
                left.append(line)
            stamped = stamp if line.strip() else stamped
        if any(ln.strip() for ln in left):
            kept.append("\n".join(left))
    return kept


def _other_paper(line: str) -> bool:
    line = line.strip()
    return INCOMING_STAMP.match(line) is not None or ANSWERED_LETTER.match(line) is not None


def _line_at(text: str, at: int) -> tuple[int, str]:
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    return start, text[start:end if end >= 0 else len(text)]


def on_answered_letter_line(text: str, at: int) -> bool:
    """The date at offset `at` of `text` stands on the answered letter's line («На № … от …»)."""
    return ANSWERED_LETTER.match(_line_at(text, at)[1].strip()) is not None


def on_incoming_stamp(text: str, at: int) -> bool:
    """The date at offset `at` of `text` stands on a registry's stamp: its line, or a date line
    right under the stamp's line."""
    start, line = _line_at(text, at)
    if INCOMING_STAMP.match(line.strip()):
        return True
    above = _line_at(text, start - 1)[1] if start else ""
    return INCOMING_STAMP.match(above.strip()) is not None and is_bare_dateline(line)
