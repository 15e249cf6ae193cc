"""The year a text states as its present. A retrospective recalls an earlier day («первая сессия,
прошедшая 24 марта 1995 года») and says when it is written: «Сегодня, в 2015 году», «Сейчас, в 2020
году», «в нынешнем, 2015 году», «Сегодня, в 2015-м», Kazakh «Биыл, 2015 жылы», a year whose verb is in
the present tense when the text looks back on the day it recalls («Ее ветераны вспоминают те дни. В 2015
году Ассамблея отмечает юбилей»), or a count of years from the day it recalls («20 лет назад, 24 марта
1995 года, …», «исполняется 20 лет со дня первой сессии, прошедшей 24 марта 1995 года», «спустя 20 лет
после 24 марта 1995 года», «Двадцать лет назад», «Осыдан жиырма жыл бұрын», «Сегодня, двадцать лет спустя»),
or a Kazakh anniversary in the continuous present («2015 жылы … 20 жылдығын атап өтуде»). It is written in that year, not in the year it recalls (ingest.extract.dates).

    stated_present_year(text, recalled, after, latest) -> year | None
"""
from __future__ import annotations

import re
from datetime import date

from index.anniversaries import MAX_YEARS, kazakh_cardinal, russian_cardinal
from index.sentences import sentence_around

from .reported_past import looks_ahead, reports_past, tells_present

_YEAR = r"(?P<year>(?:19|20)\d\d)"
_WORD_START = r"(?<![^\W\d_])"
# a word for «now» before its year: «Сегодня, в 2015 году», «сейчас – в 2020 году»; «в этом, 2015 году»;
# Kazakh «Биыл, 2015 жылы», «қазір, 2020 жылы», «осы 2015 жылы»; English «Today, in 2015», «this year, 2015»
_RU_NOW = (r"(?:сегодня|сейчас|ныне|нынче|теперь|в\s+настоящее\s+время|на\s+сегодняшний\s+день|в\s+наши\s+дни"
           r"|в\s+(?:этом|нынешнем|текущем)\s+году)")
_RU_THIS_YEAR = r"в\s+(?:этом|нынешнем|текущем|наступившем|уходящем)"
_KK_NOW = r"(?:биыл(?:ғы)?|қазір(?:гі\s+таңда)?|бүгін(?:де)?|осы|ағымдағы)"
_EN_NOW = r"(?:today|now|this\s+year)"
_GAP = r"[\s,–—-]*"
_NOW_YEARS = tuple(re.compile(form, re.IGNORECASE) for form in (
    rf"{_WORD_START}(?:{_RU_NOW}{_GAP}(?:в\s+)?|{_RU_THIS_YEAR}[\s,]*){_YEAR}\s*(?:году|г\.|-м(?![^\W\d_]))",
    rf"{_WORD_START}{_KK_NOW}{_GAP}{_YEAR}\s*(?:жылы|ж\.)",
    rf"{_WORD_START}{_EN_NOW}{_GAP}(?:in\s+)?{_YEAR}(?!\d)"))
# a year a sentence may tell in the present tense: «В 2015 году Ассамблея отмечает юбилей», «2015 год — год
# 20-летия Ассамблеи, и ветераны вспоминают …»
_IN_YEAR = re.compile(rf"{_WORD_START}(?:в\s+(?=\d{{4}}\s*году)|(?=\d{{4}}\s+год\s*[—–-]\s*год))"
                      rf"{_YEAR}\s*(?:году|год\s*[—–-]\s*год)(?![^\W\d_])", re.IGNORECASE)
# a count of years in figures or in words, Russian or Kazakh («20», «двадцать», «жиырма»)
_COUNT_WORDS = {word: n for n in range(1, MAX_YEARS + 1) for word in (russian_cardinal(n), kazakh_cardinal(n))}
# (any word or two: an alternation of the 200 words cost every text ten times the time; _number reads them)
_COUNT = r"(?:(?<!\d)\d{1,3}|(?<![^\W\d_])[^\W\d_]+(?:\s+[^\W\d_]+)?)"
# Official Russian tells a plan in the present tense too («В 1996 году Ассамблея проводит вторую сессию»),
# and a history in the historical present («В 2007 году Ассамблея получает конституционный статус»): such a
# year is the text's present only when the text looks back on the day it recalls from it. It remembers
# the day (вспоминают, помнят) or marks its anniversary (юбилей, годовщина, an «N-летие» whose N is the
# years between them: not «В 1996 году Казахстан отмечает 5-летие независимости» in a text of 1995).
_LOOKS_BACK = re.compile(r"(?<![^\W\d_])(?:вспомина|вспомн|помн[июя]|юбиле|годовщин)"
                         r"|(?<!\d)(?P<count>\d{1,3})\s*-\s*(?:лети[еяюи]|летием|летн)", re.IGNORECASE)
# a count of years back from a day the sentence names: «20 лет назад», «20 жыл бұрын», «20 years ago»;
# «исполняется 20 лет со дня …», the day after it
_AGO = re.compile(rf"(?P<count>{_COUNT})\s+(?:лет|года?)\s+назад|(?P<kk>{_COUNT})\s+жыл\s+бұрын"
                  r"|(?<!\d)(?P<en>\d{1,3})\s+years?\s+ago", re.IGNORECASE)
# a text that prepares for the year rather than looks back from it: «к этой дате готовится программа»,
# «планируется», «к юбилею», «к 20-летию» (a plan made before the anniversary names its N-летие as well)
_PREPARES = re.compile(r"(?<![^\W\d_])(?:готов(?:ит|ят)(?:ся)?|подготавлива\w*|планиру\w*|намеч\w*"
                       r"|к\s+(?:этой|той|данной)\s+дате|к\s+юбилею|к\s+годовщине)(?![^\W\d_])"
                       r"|(?<![^\W\d_])ко?\s+(?P<count>\d{1,3})\s*-\s*летию", re.IGNORECASE)
# «спустя 20 лет после 24 марта 1995 года», «через 20 лет после …»: a count forward from the day after it
_SINCE = re.compile(rf"(?P<count>{_COUNT})\s+(?:лет|года?)\s+(?:со\s+дня|с\s+того\s+дня|с\s+момента|с\s+тех\s+пор)"
                    rf"|(?<![^\W\d_])(?:спустя|через)\s+(?P<after>{_COUNT})\s+(?:лет|года?)\s+после", re.IGNORECASE)
# «Сегодня, двадцать лет спустя, ветераны вспоминают …»: a count on from the day last named before it, told
# from a now (a history's «Спустя два года столица переехала» moves on in the past, from no now)
_LATER = re.compile(rf"(?<![^\W\d_])спустя\s+(?P<count>{_COUNT})\s+(?:лет|года?)(?!\s+после)"
                    rf"|(?P<then>{_COUNT})\s+(?:лет|года?)\s+спустя", re.IGNORECASE)
_NOW = re.compile(rf"{_WORD_START}{_RU_NOW}(?![^\W\d_])", re.IGNORECASE)
# Kazakh tells a year in its continuous present, which no plan uses («2015 жылы Ассамблея 20 жылдығын атап
# өтуде»), about an anniversary whose N is the years between (its present-future «өтеді» is a plan's too)
_KK_IN_YEAR = re.compile(rf"{_WORD_START}{_YEAR}\s*жылы(?![^\W\d_])", re.IGNORECASE)
_KK_ANNIVERSARY = re.compile(rf"(?P<count>{_COUNT})\s*-?\s*жылдығ", re.IGNORECASE)
_KK_CONTINUOUS = re.compile(r"(?<![^\W\d_])[^\W\d_]+(?:уда|уде|юда|юде)(?![^\W\d_])|(?<![^\W\d_])жатыр",
                            re.IGNORECASE)


def stated_present_year(text: str, recalled: list[tuple[int, date]], after: int, latest: int) -> int | None:
    """The latest year after `after` and not after `latest` (the year of the ingest) that `text` states
    as its present; `recalled` are the full dates it mentions with their offsets, which a count of years
    back («20 лет назад») is counted from. None when it states none."""
    years = ({int(m["year"]) for form in _NOW_YEARS for m in form.finditer(text)} | set(_counted_from(text, recalled))
             | set(_kazakh_anniversary_years(text, after)))
    # a year with a present-tense verb is checked only when no plainer statement gives a later one
    told = sorted({int(m["year"]) for m in _IN_YEAR.finditer(text)}, reverse=True)
    best = max((y for y in years if after < y <= latest), default=None)
    for year in told:
        if year <= after or year > latest or (best and year <= best):
            continue
        if not _looks_back(text, year - after) or _prepares_for(text, year - after):
            continue
        if any(tells_present(text, m.start("year")) and not _sentence_prepares(text, m.start())
               for m in _IN_YEAR.finditer(text) if int(m["year"]) == year):
            return year
    return best


def _number(count: str) -> int | None:
    """A count in figures or in words (_COUNT), its last two words or its last («Осыдан жиырма»); None
    for words that count nothing."""
    if count.isdigit():
        return int(count)
    words = count.lower().split()
    return _COUNT_WORDS.get(" ".join(words)) or _COUNT_WORDS.get(words[-1])


def _kazakh_anniversary_years(text: str, after: int):
    """The years a Kazakh sentence tells in its continuous present as those of an anniversary counted
    from `after` (_KK_IN_YEAR, _KK_ANNIVERSARY, _KK_CONTINUOUS)."""
    for m in _KK_IN_YEAR.finditer(text) if "жылдығ" in text.lower() else ():
        start, end = sentence_around(text, m.start())
        if _KK_CONTINUOUS.search(text, start, end) and any(
                _number(a["count"]) == int(m["year"]) - after for a in _KK_ANNIVERSARY.finditer(text, start, end)):
            yield int(m["year"])


def _looks_back(text: str, years: int) -> bool:
    """`text` looks back on a day `years` years before the year it tells in the present (_LOOKS_BACK)."""
    return any(not m["count"] or int(m["count"]) == years for m in _LOOKS_BACK.finditer(text))


def _sentence_prepares(text: str, at: int) -> bool:
    """The sentence of `text` at offset `at` prepares for its year («к этой дате готовится программа»)."""
    start, end = sentence_around(text, at)
    return bool(_PREPARES.search(text, start, end))


def _prepares_for(text: str, years: int) -> bool:
    """`text` prepares for the anniversary `years` years on («План мероприятий к 20-летию»), in a sentence
    that reports nothing done (not «к 20-летию издан сборник», which is written after it)."""
    return any(m["count"] and int(m["count"]) == years and not reports_past(text, m.end())
               for m in _PREPARES.finditer(text))


def _holds(low: str, words: tuple[str, ...]) -> bool:
    return any(word in low for word in words)


def _counted_from(text: str, recalled: list[tuple[int, date]]):
    """The years a count back from a recalled day gives: the day's year and the count, when the day stands
    in the count's sentence (after «со дня» for a count since it)."""
    low = text.lower()
    # a count may be any word (_COUNT): each form is sought only in a text holding the words after it
    for m in _AGO.finditer(text) if _holds(low, ("назад", "бұрын", "ago")) else ():
        count = _number(m["count"] or m["kk"] or m["en"])
        if count is None:
            continue
        start, end = sentence_around(text, m.start())
        days = [d for at, d in recalled if start <= at < end]
        if days:
            yield min(days).year + count  # the day recalled is the earliest the sentence names
    for m in _SINCE.finditer(text) if _holds(low, ("после", "со дня", "с того дня", "с момента", "с тех пор")) else ():
        start, end = sentence_around(text, m.start())
        day = next((d for at, d in recalled if m.end() <= at < end), None)
        count = _number(m["count"] or m["after"])
        if day and count and not (m["after"] and looks_ahead(text[start:end])):  # «через 2 года после … проведет»: a plan
            yield day.year + count
    for m in _LATER.finditer(text) if "спустя" in low else ():
        start, end = sentence_around(text, m.start())
        before = [(at, d) for at, d in recalled if at < m.start()]
        count = _number(m["count"] or m["then"])
        if before and count and _NOW.search(text, start, end) and not looks_ahead(text[start:end]):
            yield max(before)[1].year + count
