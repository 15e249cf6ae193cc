"""The year a text states as its present. A retrospective recalls an earlier day («первая сессия,
прошедшая 24 марта 1995 года») and says when it is written: «Сегодня, в 2015 году», «Сейчас, в 2020
году», «в нынешнем, 2015 году», Kazakh «Биыл, 2015 жылы», a year whose verb is in the present tense
(«В 2015 году Ассамблея отмечает юбилей»), or a count of years back from the day it recalls («20 лет
назад, 24 марта 1995 года, …», «исполняется 20 лет со дня первой сессии, прошедшей 24 марта 1995
года»). It is written in that year, not in the year it recalls (ingest.extract.dates).

    stated_present_year(text, recalled, after, latest) -> year | None
"""
from __future__ import annotations

import re
from datetime import date

from index.sentences import sentence_around

from .reported_past import tells_present

_YEAR = r"(?P<year>(?:19|20)\d\d)"
_WORD_START = r"(?<![^\W\d_])"
# a word for «now» before its year: «Сегодня, в 2015 году», «сейчас – в 2020 году»; «в этом, 2015 году»;
# Kazakh «Биыл, 2015 жылы», «қазір, 2020 жылы», «осы 2015 жылы»; English «Today, in 2015», «this year, 2015»
_RU_NOW = r"(?:сегодня|сейчас|ныне|нынче|теперь|в\s+настоящее\s+время|на\s+сегодняшний\s+день|в\s+наши\s+дни)"
_RU_THIS_YEAR = r"в\s+(?:этом|нынешнем|текущем|наступившем|уходящем)"
_KK_NOW = r"(?:биыл(?:ғы)?|қазір(?:гі\s+таңда)?|бүгін(?:де)?|осы|ағымдағы)"
_EN_NOW = r"(?:today|now|this\s+year)"
_GAP = r"[\s,–—-]*"
_NOW_YEARS = tuple(re.compile(form, re.IGNORECASE) for form in (
    rf"{_WORD_START}(?:{_RU_NOW}{_GAP}(?:в\s+)?|{_RU_THIS_YEAR}[\s,]*){_YEAR}\s*(?:году|г\.)",
    rf"{_WORD_START}{_KK_NOW}{_GAP}{_YEAR}\s*(?:жылы|ж\.)",
    rf"{_WORD_START}{_EN_NOW}{_GAP}(?:in\s+)?{_YEAR}(?!\d)"))
# a year a sentence may tell in the present tense: «В 2015 году Ассамблея отмечает юбилей»
_IN_YEAR = re.compile(rf"{_WORD_START}в\s+{_YEAR}\s*году(?![^\W\d_])", re.IGNORECASE)
# a count of years back from a day the sentence names: «20 лет назад», «20 жыл бұрын», «20 years ago»;
# «исполняется 20 лет со дня …», the day after it
_AGO = re.compile(r"(?<!\d)(?P<count>\d{1,3})\s+(?:лет|года?)\s+назад|(?<!\d)(?P<kk>\d{1,3})\s+жыл\s+бұрын"
                  r"|(?<!\d)(?P<en>\d{1,3})\s+years?\s+ago", re.IGNORECASE)
_SINCE = re.compile(r"(?<!\d)(?P<count>\d{1,3})\s+(?:лет|года?)\s+(?:со\s+дня|с\s+того\s+дня|с\s+момента|с\s+тех\s+пор)",
                    re.IGNORECASE)


def stated_present_year(text: str, recalled: list[tuple[int, date]], after: int, latest: int) -> int | None:
    """The latest year after `after` and not after `latest` (the year of the ingest) that `text` states
    as its present; `recalled` are the full dates it mentions with their offsets, which a count of years
    back («20 лет назад») is counted from. None when it states none."""
    years = {int(m["year"]) for form in _NOW_YEARS for m in form.finditer(text)} | set(_counted_from(text, recalled))
    # a year with a present-tense verb is checked only when no plainer statement gives a later one
    told = sorted({int(m["year"]) for m in _IN_YEAR.finditer(text)}, reverse=True)
    best = max((y for y in years if after < y <= latest), default=None)
    for year in told:
        if year <= after or year > latest or (best and year <= best):
            continue
        if any(tells_present(text, m.start("year")) for m in _IN_YEAR.finditer(text) if int(m["year"]) == year):
            return year
    return best


def _counted_from(text: str, recalled: list[tuple[int, date]]):
    """The years a count back from a recalled day gives: the day's year and the count, when the day stands
    in the count's sentence (after «со дня» for a count since it)."""
    for m in _AGO.finditer(text):
        count = int(m["count"] or m["kk"] or m["en"])
        start, end = sentence_around(text, m.start())
        days = [d for at, d in recalled if start <= at < end]
        if days:
            yield min(days).year + count  # the day recalled is the earliest the sentence names
    for m in _SINCE.finditer(text):
        _, end = sentence_around(text, m.start())
        day = next((d for at, d in recalled if m.end() <= at < end), None)
        if day:
            yield day.year + int(m["count"])
