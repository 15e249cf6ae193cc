"""A day of the year typed in words, as each of the archive's languages and forms writes it: `1 марта`
also finds «1 наурыз» (Kazakh, any case: «1 наурызда») and a date in numbers «01.03.2022» of any year,
and `1 наурыз` finds «1 марта» (at query time: no re-index); so do `1-го марта`, the Kazakh ordinal day
`1-наурыз`, `1-ші наурыз`, and `01.03` (two digits each: `1.03` may be a fraction).

A whole date, with its year, is that day of that year written each way: `20.10.1995`, `20.10.95`,
`20 октября 1995`, `1995 жылғы 20 қазан`, English `20 October 1995` and `October 20, 1995`, and the slashed
and ISO `20/10/1995` and `1995-10-20` each find «20.10.1995», «20 октября 1995 года», «1995 жылғы 20 қазандағы»,
«20 October 1995», «October 20, 1995», «20/10/1995» and «1995-10-20», and a Kazakh dateline typed on a Russian
keyboard («1995 жылгы 20 казан», which `1995 жылгы 20 казан` names too); also quoted (`"20 октября 1995 года"`), since a quote holding nothing but a date
asks for the day, not for one way of writing it. A reference cites an act by its date written either
way, a register writes a letter's date in numbers, its text in words.

A date in numbers is one index term (index.analysis: «01.03.2022», and its year), so the day and
month of any year are that term's prefix (`01.03.*`)."""
from __future__ import annotations

import functools
import re

from index.kazakh_alphabets import LATIN
from index.kazakh_latin import fold_kazakh_latin
from index.morphology import kazakh_as_russian
from index.quoted_phrases import split_at_quotes

_RUSSIAN = ("января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября",
            "ноября", "декабря")
_KAZAKH = ("қаңтар", "ақпан", "наурыз", "сәуір", "мамыр", "маусым", "шілде", "тамыз", "қыркүйек", "қазан",
           "қараша", "желтоқсан")
# ... and typed on a Russian keyboard, each Kazakh letter as its look-alike (сауир, кыркуйек, желтоксан), as a
# dateline so typed is read (ingest.parsers.normalize): only in a whole date, where no Russian word stands
_KAZAKH_TYPED = tuple(kazakh_as_russian(month) for month in _KAZAKH)
_ENGLISH = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
            "november", "december")
_DAYS = (31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
# A two-digit year typed (`12.03.19`) up to this one is of this century, above it of the last: the archive
# begins in 1995.
LAST_SHORT_YEAR = 50
# The words of a year before Kazakh's day (`1995 жылғы 20 қазан`, `1995 ж. 20 қазан`, `1995 жылы`), and
# of one after Russian's (`20 октября 1995 года`, `1995 г.`): a query outside quotes has lost them
# (index.query_years), a quoted date still has them, Russian's maybe glued (`"20.10.1995г."`, as letters write it).
_KAZAKH_YEAR_WORD = r"(?:\s+(?:жылғы|жылгы|жылы|ж\.?))?"
_RUSSIAN_YEAR_WORD = r"(?:\s*(?:года|году|год|г\.?))?"
_KAZAKH_YEAR_WORDS = ("жылғы", "ж.", "жылы")  # as the phrases of a day of a year write them
# ... and after the year of Kazakh's day-first order (`15 наурыз 2019 ж.`, `22 қазан 2020 жыл`), as a quoted date keeps them
_KAZAKH_LAST_YEAR_WORD = r"(?:\s+(?:жылы|жыл|ж\.?))?"


# A day's number before the month's name: apart (`1 марта`), with a Russian ordinal's ending (`1-го марта`,
# `1-е марта`), or as Kazakh writes the ordinal day (`1-наурыз`, `1-ші наурыз`, `1-інші наурыз`)
_DAY_ENDING = r"(?:-(?:го|ого|е|ое|ші|шы|інші|ыншы|нші|ншы))?\s+|-"
# English writes an ordinal's ending, and «of», before the month (`12th of March 2019`), or the month first
# with a comma before the year (`March 12, 2019`)
_ENGLISH_DAY_ENDING = r"(?:st|nd|rd|th)?\s+(?:of\s+)?"


def _days_pattern() -> str:
    """A whole date (a day of a year: `20.10.1995`, `20.10.95` (two digits each, as `01.03`), `20 октября 1995`, `1995 жылғы 20 қазан`),
    or a day and a month's name: `1 марта`, `1-го марта`, `1 наурыз`, `1-наурыз`, `1 наурызда` (a
    Kazakh case ending glued); or a day and month in numbers, both of two digits (`01.03`). English
    (`20 October 1995`, `October 20, 1995`, `1 March`, `March 1`), day-first slashed (`20/10/1995`) and ISO
    (`1995-10-20`) too."""
    russian = "|".join(_RUSSIAN)
    kazakh = "|".join(_KAZAKH)
    of_a_year = "|".join(dict.fromkeys(_KAZAKH + _KAZAKH_TYPED))  # a whole date's Kazakh month, typed too
    english = "|".join(_ENGLISH)
    return (rf"(?:(?P<eny>\d{{4}})-(?P<enm>\d\d)-(?P<end>\d\d)(?![.,]?\d)"
            rf"|(?P<xd>\d{{1,2}})/(?P<xm>\d{{1,2}})/(?P<xy>(?:19|20)\d\d)(?![.,/]?\d)"
            rf"|(?P<efd>\d{{1,2}})(?i:{_ENGLISH_DAY_ENDING}(?P<efm>{english}))(?:,?\s+(?P<efy>\d{{4}}))?"
            rf"|(?i:(?P<emm>{english}))\s+(?P<emd>\d{{1,2}})(?i:st|nd|rd|th)?(?:,?\s+(?P<emy>\d{{4}}))?"
            rf"|(?P<kky>\d{{4}})(?i:{_KAZAKH_YEAR_WORD})\s+(?P<kkd>\d{{1,2}})(?i:{_DAY_ENDING})(?i:(?P<kkm>{of_a_year})\w*)"
            rf"|(?P<rud>\d{{1,2}})(?i:{_DAY_ENDING})(?i:(?P<rum>{russian}))\s+(?P<ruy>\d{{4}})(?i:{_RUSSIAN_YEAR_WORD})"
            rf"|(?P<kdd>\d{{1,2}})(?i:{_DAY_ENDING})(?i:(?P<kdm>{of_a_year}))\s+(?P<kdy>\d{{4}})(?i:{_KAZAKH_LAST_YEAR_WORD})"
            rf"|(?:(?P<nd>\d{{1,2}})\.(?P<nm>\d{{1,2}})\.(?P<ny>(?:19|20)\d\d)|(?P<sd>\d\d)\.(?P<sm>\d\d)\.(?P<sy>\d\d))(?![.,]?\d)"
            rf"|(?P<day>\d{{1,2}})(?i:{_DAY_ENDING})(?i:(?P<ru>{russian})|(?P<kk>{kazakh})\w*)"
            rf"|(?P<dd>\d\d)\.(?P<mm>\d\d)(?![.,]?\d))")


@functools.lru_cache(maxsize=1)
def _day_re() -> re.Pattern:
    """A day (of a year or of any) among a query's words (_days_pattern)."""
    return re.compile(rf"(?<![\w\-+*?~:'’.]){_days_pattern()}(?![\w\-*?~:'’])")


@functools.lru_cache(maxsize=1)
def _quoted_date_re() -> re.Pattern:
    """A quoted phrase holding a whole date and nothing else (`"12 марта 2019"`, `"20.10.1995 г."`)."""
    # \Z: a phrase typed with a distance (`"…"~2`) asks for that one way of writing the day; it stays as typed
    return re.compile(rf'"\s*{_days_pattern()}(?i:{_RUSSIAN_YEAR_WORD})\s*"\Z')


def spellings(day: int, month: int) -> list[str]:
    """The day written the archive's ways: Russian, Kazakh (also typed on a Russian keyboard: `23 сауир`),
    English (the day or the month first), in numbers (any year)."""
    english = _ENGLISH[month - 1].capitalize()
    typed = [f'"{day} {_KAZAKH_TYPED[month - 1]}"'] if _KAZAKH_TYPED[month - 1] != _KAZAKH[month - 1] else []
    forms = [f'"{day} {_RUSSIAN[month - 1]}"', f'"{day} {_KAZAKH[month - 1]}"', *typed, f'"{day} {english}"',
             f'"{english} {day}"', f"{day:02d}.{month:02d}.*"]
    return forms + ([f"{day}.{month:02d}.*"] if day < 10 else [])  # «1.03.2022» too


def dated_spellings(day: int, month: int, year: int) -> list[str]:
    """The day of `year` written the archive's ways: Russian and Kazakh words (Kazakh puts the year
    first, with one of its words, or last, as a dateline writes `15 наурыз 2019 ж.`; in Latin letters too,
    `2019 jylǵy 29 sáýir`), English (the day or the month first: the phrase has no comma), in
    numbers with the year's four digits or two, slashed, ISO."""
    kazakh = [f'"{year} {word} {day} {_KAZAKH[month - 1]}"' for word in _KAZAKH_YEAR_WORDS]
    kazakh.append(f'"{day} {_KAZAKH[month - 1]} {year}"')
    english = _ENGLISH[month - 1].capitalize()
    numbers = [f"{day:02d}.{month:02d}.{year}", f'"{day:02d}.{month:02d}.{year % 100:02d}"',
               f'"{day:02d}/{month:02d}/{year}"', f"{year}-{month:02d}-{day:02d}"]
    return [f'"{day} {_RUSSIAN[month - 1]} {year}"', *kazakh, *typed_kazakh_dated(day, month, year),
            *latin_kazakh_dated(day, month, year),
            f'"{day} {english} {year}"', f'"{english} {day} {year}"', *numbers] + (
        [f"{day}.{month:02d}.{year}"] if day < 10 else [])  # «1.03.2022» too


def typed_kazakh_dated(day: int, month: int, year: int) -> list[str]:
    """The day of `year` as a Kazakh dateline typed on a Russian keyboard writes it («2015 жылгы 23 сауир»,
    «23 сауир 2015 ж.»): each Kazakh phrase's letters as their look-alikes, those that differ from it."""
    kazakh = [f"{year} {word} {day} {_KAZAKH[month - 1]}" for word in _KAZAKH_YEAR_WORDS]
    kazakh.append(f"{day} {_KAZAKH[month - 1]} {year}")
    return [f'"{typed}"' for phrase in kazakh if (typed := kazakh_as_russian(phrase)) != phrase]


# Kazakh's Latin alphabets, 2018's first: a Latin dateline writes its year first with «жылғы» («2019 jylǵy 29
# sáýir», «2021 jylğy 15 mamyr», «2018 jylg'y 5 qazan»)
_LATIN_YEARS = (2018, 2021, 2017)


def _in_latin(cyrillic: str, year: int) -> str:
    return "".join(LATIN[year].get(c, c) for c in cyrillic)


def latin_kazakh_dated(day: int, month: int, year: int) -> list[str]:
    """The day of `year` as a Kazakh Latin dateline writes it, in each alphabet whose spelling folds to
    other terms (2021's letters fold as 2018's, so `mamyr` is written once; 2017's apostrophes do not)."""
    forms = {}
    for alphabet in _LATIN_YEARS:
        phrase = f"{year} {_in_latin('жылғы', alphabet)} {day} {_in_latin(_KAZAKH[month - 1], alphabet)}"
        # 2017's typed without its apostrophes too (nayryz), as its dateline is read
        for spelled in (phrase, phrase.replace("'", "")):
            forms.setdefault(fold_kazakh_latin(spelled), f'"{spelled}"')
    return list(forms.values())


def _month(names: tuple[str, ...], word: str) -> int:
    """The number of the month `word` names, matched as _days_pattern matched it: case-insensitive matching
    also takes «ſ» for «s», «İ» for «i» and the old Cyrillic letters (U+1C80…) for theirs, which
    str.lower() does not."""
    return next(i for i, name in enumerate(names, 1) if re.fullmatch(name, word, re.IGNORECASE))


def _kazakh_month(word: str) -> int:
    """The number of the Kazakh month `word` names, in Kazakh letters or typed on a Russian keyboard (сауир)."""
    return _month(_KAZAKH + _KAZAKH_TYPED, word) % 12 or 12


def _day_of(m: re.Match) -> tuple[int, int, int | None] | None:
    """The day, month and year (None: any year) a match of _days_pattern names; None for no such day."""
    english = m.group("efm") or m.group("emm")
    if m.group("eny"):
        day, month, year = int(m.group("end")), int(m.group("enm")), int(m.group("eny"))
    elif m.group("xy"):
        day, month, year = int(m.group("xd")), int(m.group("xm")), int(m.group("xy"))
    elif english:
        day, month = int(m.group("efd") or m.group("emd")), _month(_ENGLISH, english)
        year = m.group("efy") or m.group("emy")
        year = int(year) if year else None
    elif m.group("kky"):
        day, month, year = int(m.group("kkd")), _kazakh_month(m.group("kkm")), int(m.group("kky"))
    elif m.group("kdy"):
        day, month, year = int(m.group("kdd")), _kazakh_month(m.group("kdm")), int(m.group("kdy"))
    elif m.group("ruy"):
        day, month, year = int(m.group("rud")), _month(_RUSSIAN, m.group("rum")), int(m.group("ruy"))
    elif m.group("ny"):
        day, month, year = int(m.group("nd")), int(m.group("nm")), int(m.group("ny"))
    elif m.group("sy"):  # two digits each, as `01.03`: `2.1.03` may be a point's number
        day, month, year = int(m.group("sd")), int(m.group("sm")), int(m.group("sy"))
        year += 2000 if year <= LAST_SHORT_YEAR else 1900
    elif m.group("dd"):
        day, month, year = int(m.group("dd")), int(m.group("mm")), None
    else:
        day = int(m.group("day"))
        names = _RUSSIAN if m.group("ru") else _KAZAKH
        day, month, year = day, _month(names, m.group("ru") or m.group("kk")), None
    if not (1 <= month <= 12 and 1 <= day <= _DAYS[month - 1]):
        return None
    return day, month, year


def _said(forms: list[str]) -> str:
    """The spellings a note names: a Kazakh date once (with «жылғы»), a day of any year with ГГГГ."""
    said = [form.strip('"').replace(".*", ".ГГГГ") for form in forms]
    return ", ".join(form for form in said if not any(f" {word} " in form for word in _KAZAKH_YEAR_WORDS[1:]))


def expand_calendar_days(text: str, expanded: dict[str, str] | None = None) -> str:
    """Outside quotes, `1 марта` becomes `("1 марта" OR "1 наурыз" OR 01.03.*)`, and a whole date
    (`20.10.1995`, `20 октября 1995`, also alone in quotes) its day of that year written each way;
    the other spellings are put in `expanded` under the typed one."""
    def replace(m: re.Match, quoted: bool = False) -> str:
        day = _day_of(m)
        if day is None or (quoted and day[2] is None):
            return m.group(0)  # a quoted day of any year is a phrase as typed
        typed = " ".join(m.group(0).strip('"').split())
        forms = spellings(*day[:2]) if day[2] is None else dated_spellings(*day)
        others = [form for form in forms if form.strip('"').lower() != typed.lower()]
        if expanded is not None:
            expanded[typed] = _said(others)
        # the typed day as the archive writes it: `1 Марта` with a capital would search the given name
        # Марта (index.given_names), not the month
        own = next((form for form in forms if form.strip('"').lower() == typed.lower()), f'"{typed}"')
        # the day and its month side by side: apart, «1» and «марта» are in every March dateline
        return "(" + " OR ".join([own, *others]) + ")"

    parts = split_at_quotes(text)
    parts[::2] = [_day_re().sub(replace, part) for part in parts[::2]]
    parts[1::2] = [_quoted_date_re().sub(lambda m: replace(m, quoted=True), part) for part in parts[1::2]]
    return "".join(parts)
