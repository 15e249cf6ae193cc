"""Lines of a list: a bulleted or numbered item's first line, and a table of contents' entry (its
title, a leader of dots or underscores, a page number). Text wrapped to a margin tells neither
apart from running text by its shape: an item or an entry that fills its line runs on into the
next one unless its first characters say where it starts."""
from __future__ import annotations

import re

# Marks that only ever open a list item: bullets, also the Symbol and Wingdings bullets that
# PDFs made from Word give as private-use characters.
_BULLET = re.compile(r"[•·▪▫●○◦■□►▶➢➤✓✔♦❖\uf0b7\uf0a7\uf0d8\uf076\uf0fc]\s*\S")
# Marks that also occur in running text: a dash (direct speech «— сказал он» wraps onto a line's
# start), a number or letter closing with a bracket or a dot (1) 2. а) б)). They open an item only
# after a line that ends a sentence or an item (; :), where no sentence goes on.
# a number may have levels, as a protocol numbers its decisions: «1.2.».
_ORDINAL = re.compile(r"(?:[-–—]|\d{1,2}(?:\.\d{1,2})*[).]|[а-яёa-z]\))\s+\S")
_ITEM_BEFORE = re.compile(r"[.!?;:…]$")
# A name with its initials, then a dash, also opens an item there: a protocol's record under ВЫСТУПИЛИ:
# («Ким Р.А. – о необходимости …», «Р.А. Ким – …», «Ким Р.А. (член Совета) – …») or a list's row.
CAPITALS = "A-ZА-ЯЁӘҒҚҢӨҰҮҺІ"
_INITIALS = rf"(?:[{CAPITALS}]\.\s?){{1,2}}"
_SURNAME = rf"[{CAPITALS}][^\W\d_]+(?:-[^\W\d_]+)?"
# ... or a surname alone, then the dash and a verb in the past, as short minutes write it: «Тен – поддержала
# предложение.» (no sentence of prose opens «Ассамблея – уникальный институт» with a verb after the dash)
_NAMED_ROW = re.compile(rf"(?:{_INITIALS}{_SURNAME}|{_SURNAME}\s+{_INITIALS})(?:\s*\([^()\n]{{1,80}}\))?\s*[–—-]\s"
                        rf"|{_SURNAME}\s+[–—-]\s+[а-яё]{{2,}}(?:ал|ил|ел|ял|ул|ыл)(?:а|и)?(?:сь)?\b")

# A part of a reference's imprint after its dash: the pages («— 212 с.», «— С. 45.», «— P. 12»), a year
# («— 2017. — № 2.»), a number or volume («— № 2», «— Т. 3», «— Вып. 4»), a place with its publisher or
# year («— Астана: Фолиант», «— М.: Наука», «— Алматы, 2016»)
_IMPRINT_GOES_ON = re.compile(
    rf"[–—]\s+(?:\d+\s*(?:с|c|p|pp|стр|б|бет)\.|(?:С|C|P|Т|T|Вып|Ч|№)\.?\s*\d|\d{{4}}\.|[{CAPITALS}][^\W\d_]*\.?"
    rf"(?:-[{CAPITALS}][^\W\d_]+)?(?::|,\s*\d{{4}}))")
# a line of a reference: its parts parted by «. — », or a journal's «//»
_ENTRY = re.compile(r"\.\s[–—]\s|\s//\s")


def starts_list_item(line: str, before: str) -> bool:
    """Whether ``line``, under the line ``before`` in wrapped text, is the first line of a new
    list item."""
    line = line.lstrip()
    if _BULLET.match(line):
        return True
    if _NAMED_ROW.match(line) and _NAMED_ROW.match(before.lstrip()):
        return True  # a list's row under a row like it, no stop after either: «Югай С.П. – член Совета» / «Шин Д.Г. – …»
    if _IMPRINT_GOES_ON.match(line) and _ENTRY.search(before):
        return False  # a reference wrapped at its imprint's dash: «… — Астана: Фолиант, 2008.» / «— 212 с.»
    return bool(_ORDINAL.match(line) or _NAMED_ROW.match(line)) and bool(_ITEM_BEFORE.search(before.rstrip()))


# A numbered item's or a protocol's record's first line, wherever it stands: «1.2. Секретариату …», «Ким Р.А. – …»
_NUMBERED = re.compile(r"\d{1,2}(?:\.\d{1,2})*[).]\s+\S")
# ... and a line ending with a word no paragraph ends with, a preposition or a conjunction: «… участии в»
_OPEN_END = re.compile(r"(?<![^\W\d_])(?:в|во|на|по|до|с|со|к|ко|о|об|от|за|для|из|у|при|под|над|и|а|но|не|или)$",
                       re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.!?;:…»\"”)]$")


def goes_on_item(first: str, before: str, line: str) -> bool:
    """Whether ``line``, in a text whose lines are otherwise its paragraphs (too short or too ragged
    to judge as wrapped), goes on with the numbered item or protocol record that opened with the line
    ``first``: a record or a decision wrapped onto a second line. The line above ends no sentence, and
    ``line`` goes on lowercase («… выставки этнокультурных объединений» / «регионов в рамках сессии.»)
    or after a preposition; a new item («а) …», «1.3. …», «Тен Н.В. – …») starts its own paragraph."""
    first, line, before = first.lstrip(), line.lstrip(), before.rstrip()
    if not (_NUMBERED.match(first) or _NAMED_ROW.match(first)) or _SENTENCE_END.search(before):
        return False
    if _BULLET.match(line) or _ORDINAL.match(line) or _NAMED_ROW.match(line):
        return False
    return line[:1].islower() or _OPEN_END.search(before) is not None


# A leader: four or more dots (spaced or not), two ellipses, or a rule of underscores, then the
# page number ending the line (a year after an ellipsis is no page).
_LEADER = re.compile(r"\s*(?:(?:\s?[.·…]){4,}|…{2,}|_{4,})\s*(\d{1,3}|[IVXLCDMivxlcdm]{1,7})\s*$")
_PAGE_END = frozenset("0123456789IVXLCDMivxlcdm")


def _leader(line: str) -> re.Match | None:
    """The leader and page number ending a contents entry, after a title with a letter in it."""
    line = line.rstrip()
    if not line or line[-1] not in _PAGE_END:  # most lines: no search
        return None
    m = _LEADER.search(line)
    return m if m and any(ch.isalpha() for ch in line[:m.start()]) else None


def is_contents_entry(line: str) -> bool:
    """Whether ``line`` is an entry of a table of contents: a title, a leader, its page number."""
    return _leader(line) is not None


def without_leader(line: str) -> str:
    """A contents entry as «title page»; any other line as it is."""
    m = _leader(line)
    return f"{line[:m.start()].rstrip()} {m.group(1)}" if m else line
