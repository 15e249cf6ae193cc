"""Lines of a transcript: a line opening with a speaker label («Исмаилов К.А.: …», «К.А. Исмаилов:
…», «Председательствующий (Н.А. Назарбаев): …», «Төрағалық етуші: …», «Голос из зала: …»,
«Председатель. – …», «К. ТОКАЕВ. Уважаемые …») starts a turn. Text saved one turn a line with no
blank lines (Word's «save as plain text») looks hard-wrapped by its shape, and its turns ran
together into one paragraph.

This is only the label's shape, cheap enough for every line of a file: who speaks is decided after
parsing (ingest/extract/transcripts.py, with the names the text mentions)."""
from __future__ import annotations

import re

from index.quote_speech import LONG_POST_WORDS

from .list_lines import CAPITALS as _CAPITALS

_CAPITALIZED = rf"[{_CAPITALS}][^\W\d_]*(?:-[^\W\d_]+)*"  # Исмаилов, ТОКАЕВ, Касым-Жомарт, Нұрланқызы
_INITIALS = rf"[{_CAPITALS}]\.(?:\s?[{_CAPITALS}]\.)?"  # К. К.А. К. А.
# a name or a role: capitalized words and initials (Исмаилов К.А., Назарбаев Нурсултан Абишевич,
# Председательствующий, Төраға), Kazakh «Төрағалық етуші» (presiding, as a Russian keyboard types it
# too: Торагалык етуши); or a voice from the floor: a preposition and a word (Голос из зала, С места)
_PRESIDING = r"Т[өо]ра[ғг]алы[қк]\s+етуш[іиi]"
_WHO = (rf"(?:(?:{_INITIALS}\s?)?{_CAPITALIZED}(?:\s+(?:{_CAPITALIZED}|{_INITIALS})){{0,3}}|{_PRESIDING}"
        rf"|(?:{_CAPITALIZED}\s+)?(?:[Ии]з|[Сс]о?|[Оо]т|[Вв]|[Нн]а)\s+[^\W\d_]+)")
# a post before a name with initials: «Заместитель председателя М. Азильханов», «Аким области Е. Карин»,
# «Председатель комитета по делам молодёжи А. Иванов» (its words on the name's line)
_POST_AND_NAME = (rf"{_CAPITALIZED}(?:[ \t]+[^\W\d_]+){{0,{LONG_POST_WORDS - 1}}}\s+"
                  rf"(?:{_INITIALS}\s?{_CAPITALIZED}|{_CAPITALIZED}\s+{_INITIALS})")
_ROLE = r"(?:\s*\([^()\n]{1,80}\))?"  # «Н.А. Назарбаев (Председатель Ассамблеи)»
_LABEL = re.compile(
    rf"\s*(?:{_WHO}{_ROLE}\s*(?::(?!\S)|\.\s*[–—-]\s)|{_POST_AND_NAME}{_ROLE}\s*:(?!\S)"  # «Исмаилов К.А.:», «Председатель. –»
    rf"|(?:{_INITIALS}\s?{_CAPITALIZED}\.|{_CAPITALIZED}\s+{_INITIALS})\s+[«\"„]?[{_CAPITALS}])")  # «К. ТОКАЕВ. Уважаемые»
# a label with its colon alone on its line («Председательствующий:», «Ли Ю.А.:»), or the chair's or a
# name with initials before its words («Председатель. – …», «Ли Ю.А.: Спасибо.»); not «Рубрика: …»
_CHAIR_OR_INITIALS = (rf"(?:(?i:председательствующий|председатель|т[өо]ра[ғг]а)|{_PRESIDING}"
                      rf"|{_INITIALS}\s?{_CAPITALIZED}|{_CAPITALIZED}\s+{_INITIALS}|{_POST_AND_NAME})")
_COLON_LABEL = re.compile(rf"\s*(?:{_WHO}{_ROLE}\s*:\s*$|{_CHAIR_OR_INITIALS}{_ROLE}\s*(?::(?!\S)|\.\s*[–—-]\s))")
_LABEL_ALONE = re.compile(rf"\s*{_WHO}{_ROLE}\s*:\s*$")  # «Фролов Ю.Н.:», «Председательствующий Н.А. Назарбаев:»
# a line a turn can follow: one ending a sentence or a label standing alone
_TURN_BEFORE = re.compile(r"[.!?:;…»\"”)]$")
MIN_TURNS = 2  # as for the labels themselves: one «Ким: …» line is a quote's lead-in, a transcript has turns


def is_transcript(lines: list[str]) -> bool:
    """Whether at least MIN_TURNS of ``lines`` open with a speaker label."""
    count = 0
    for line in lines:
        if _LABEL.match(line):
            count += 1
            if count >= MIN_TURNS:
                return True
    return False


def starts_turn(line: str, before: str, before_is_short: bool) -> bool:
    """Whether ``line``, under the line ``before`` in a transcript's wrapped text, opens a turn: a
    label after a sentence's end or a short line (a heading), or a label standing alone on its line
    whatever is above it (a scan's running header, «СТЕНОГРАММА      ,' -», is as wide as prose with its
    gap and OCR specks, and ends no sentence); a name opening a line in the middle of a sentence goes on
    with it."""
    before = before.rstrip()
    if _LABEL_ALONE.match(line):
        return True
    return (before_is_short or bool(_TURN_BEFORE.search(before))) and _LABEL.match(line) is not None


def opens_with_label(line: str) -> bool:
    """Whether ``line`` opens with a speaker label and its colon or dash: the transcript's own
    text, however often it repeats at a page's edge («Председательствующий:» above each reply)."""
    return _COLON_LABEL.match(line) is not None
