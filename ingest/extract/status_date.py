"""The day a register, a list or a table of figures holds for, as its heading states it.

A register or a report of figures is headed by the day its contents stand as of: «Реестр
этнокультурных объединений … на 1 января 2020 года», «Состав … по состоянию на 01.01.2020 г.», Kazakh
«2020 жылғы 1 қаңтардағы жағдай бойынша …», English «… as of 1 January 2020». That day dates the
document unless its file was made soon after it, the day the register was drawn up (dates.document_date):
a creation day years later only tells when some copy was saved (a register re-saved in 2024). A sentence («По состоянию на 1 января 2020 года в области действуют 25
объединений.») is a fact the text reports, no heading, and a table's row («…⇥на 01.01.2020») is a cell's.
"""
from __future__ import annotations

import re

HEADING_CHARS = 250  # a heading is short; a paragraph longer than this is text
# a year's word after the date: «года», «г.», Kazakh «ж.», «жыл», «жылғы»
_YEAR_WORD = r"(?:\s*(?:года|году|год|гг?\.?|ж\.|жылғы|жыл))?"
# a heading ends without a sentence's stop (a «г.» or «ж.» after the year is no stop)
_SENTENCE_STOP = re.compile(r"[.!?…]\s*$")
_YEAR_ABBREVIATION = re.compile(r"\b(?:гг?|ж)\.\s*$")
# «… на», «… по состоянию на», «… as of», «… as at» right before the date, maybe in a bracket
_AS_OF_BEFORE = re.compile(r"(?:\b[Нн]а|\b[Aa]s\s+(?:of|at))\s*\(?\s*$")
_STATE_BEFORE = re.compile(r"\b[Пп]о\s+состоянию\s+на\s*\(?\s*$")
# the date then nothing but its year's word and a closing bracket: the heading ends with it
_HEADING_END = re.compile(_YEAR_WORD + r"\s*\)?\s*\.?\s*$")
# Kazakh: «… қаңтардағы жағдай бойынша», «01.01.2020 ж. жағдай бойынша», the ending glued to the date
_KK_STATE_AFTER = re.compile(r"\S*" + _YEAR_WORD + r"\s*жағдай\w*\s+бойынша\b", re.IGNORECASE)


def is_heading(paragraph: str) -> bool:
    """Whether ``paragraph`` may be a heading: short, one table cell, not a sentence."""
    text = paragraph.strip()
    return (0 < len(text) <= HEADING_CHARS and "\t" not in text
            and (not _SENTENCE_STOP.search(text) or _YEAR_ABBREVIATION.search(text) is not None))


def states_status(heading: str, at: int, end: int) -> bool:
    """Whether the date at ``heading[at:end]`` is the day the heading says its contents hold for:
    «на <date>» ending the heading, «по состоянию на <date>» or Kazakh «<date> жағдай бойынша» anywhere
    in it."""
    before, after = heading[:at], heading[end:]
    return ((_AS_OF_BEFORE.search(before) is not None and _HEADING_END.match(after) is not None)
            or _STATE_BEFORE.search(before) is not None
            or _KK_STATE_AFTER.match(after) is not None)
