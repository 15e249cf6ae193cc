"""The years a text dates something by, read from its words (index.analysis.sentence_words), and the
day each names when it names one. A four-digit number from 1800 to 2099 is a year only where it is
written as one: before a year's word («в 1996 году», «1995 г.», «1995–2000 годах», «1995 жылы»), after
a month's name («1 марта 1995», «March 1, 1995») or English «in», «since», or in a date in numbers
(«01.03.1995»). «Зал на 1800 мест», «более 2000 участников» are no years: taken as years, they dated a
sentence for a question of when (index.dated_answers)."""
from __future__ import annotations

import re

YEAR_TERM_RE = re.compile(r"(?:1[89]|20)\d\d")
# A year's word after it, as the analyzer gives it or as typed (an exact search): «году», «г.», «гг.»,
# «жылы», «жылғы», «ж.», «year»
_YEAR_WORD_RE = re.compile(r"год\w*|гг?|жыл\w*|ж|years?")
# What stands between the years of a range written apart: «1995 – 2000 годах», «с 1995 по 2000 год»
_BETWEEN = frozenset(("и", "по", "до", "или", "and", "to"))
_RANGE_WORDS = 3  # at most this many words between a year and its year's word
# English writes a year bare after these («founded in 1995»); Russian «в 2000 школах» counts schools
_ENGLISH_BEFORE_YEAR = frozenset(("in", "since"))
# A date in numbers is one term (index.analysis): «01.03.1995», «1/3/1995»; and ISO's «19950301»
_NUMERIC_DATE_RE = re.compile(r"(\d{1,2})[./](\d{1,2})[./]((?:1[89]|20)\d\d)")
_ISO_DATE_RE = re.compile(r"((?:1[89]|20)\d\d)(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])")
# The months' names, any case, as the analyzer gives them (a dictionary form, a Kazakh stem) or as typed
_MONTHS = [re.compile(p) for p in (
    r"январ\w*|қаңтар\w*|january", r"феврал\w*|ақпан\w*|february", r"март\w*|наурыз\w*|march",
    r"апрел\w*|сәуір\w*|april", r"ма(?:й|я|ю|е|ем)|мамыр\w*|may", r"июн\w*|маусым\w*|june",
    r"июл\w*|шілде\w*|july", r"август\w*|тамыз\w*|august", r"сентябр\w*|қыркүйек\w*|september",
    r"октябр\w*|қазан\w*|october", r"ноябр\w*|қараша\w*|november", r"декабр\w*|желтоқсан\w*|december")]

Words = list[tuple[int, int, tuple[str, ...]]]


def dated_years(words: Words) -> list[tuple[int, int]]:
    """Each year `words` date by: (its sentence, its date as yyyymmdd, with 00 for a month or a day
    it does not name)."""
    found: list[tuple[int, int]] = []
    for i, (_, sentence, terms) in enumerate(words):
        date = _numeric_date(terms)
        if date is None:
            year = next((int(t) for t in terms if YEAR_TERM_RE.fullmatch(t)), None)
            if year is None:
                continue
            month, day = _month_before(words, i)
            if not month and not _before_year_word(words, i) and not _after_english_in(words, i):
                continue
            if not month:
                month, day = _kazakh_month_after(words, i)
            date = year * 10000 + month * 100 + day
        found.append((sentence, date))
    return found


def _numeric_date(terms: tuple[str, ...]) -> int | None:
    for term in terms:
        if m := _NUMERIC_DATE_RE.fullmatch(term):
            day, month, year = map(int, m.groups())
        elif m := _ISO_DATE_RE.fullmatch(term):
            year, month, day = map(int, m.groups())
        else:
            continue
        if 1 <= month <= 12 and 1 <= day <= 31:
            return year * 10000 + month * 100 + day
    return None


def _same_sentence(words: Words, i: int, j: int) -> bool:
    return 0 <= j < len(words) and words[j][1] == words[i][1]


def _month(words: Words, j: int) -> int:
    """The number of the month words[j] names (0: none)."""
    return next((n for n, name in enumerate(_MONTHS, 1) for t in words[j][2] if name.fullmatch(t)), 0)


def _day(words: Words, j: int) -> int:
    """words[j] as a day of a month (0: not one)."""
    return next((int(t) for t in words[j][2] if _is_day_number(t) and 1 <= int(t) <= 31), 0)


def _is_day_number(term: str) -> bool:
    """Whether int() reads `term` as a number of one or two digits: isdigit() holds for «⑴» and «²»,
    which int() refuses, and a number thousands of digits long is past int()'s limit."""
    return len(term) <= 2 and term.isdecimal()


def _month_before(words: Words, i: int) -> tuple[int, int]:
    """(month, day) written before the year at `i`: «1 марта 1995», «марта 1995», «March 1, 1995»."""
    if _same_sentence(words, i, i - 1) and (month := _month(words, i - 1)):
        return month, _day(words, i - 2) if _same_sentence(words, i, i - 2) else 0
    if _same_sentence(words, i, i - 2) and (day := _day(words, i - 1)) and (month := _month(words, i - 2)):
        return month, day
    return 0, 0


def _before_year_word(words: Words, i: int) -> bool:
    """Whether a year's word follows the number at `i`, maybe past the rest of a range (`1995 – 2000 годах`)."""
    for j in range(i + 1, i + 2 + _RANGE_WORDS):
        if not _same_sentence(words, i, j):
            return False
        terms = words[j][2]
        if any(_YEAR_WORD_RE.fullmatch(t) for t in terms):
            return True
        if not any(YEAR_TERM_RE.fullmatch(t) or t in _BETWEEN for t in terms):
            return False
    return False


def _after_english_in(words: Words, i: int) -> bool:
    return _same_sentence(words, i, i - 1) and not _ENGLISH_BEFORE_YEAR.isdisjoint(words[i - 1][2])


def _kazakh_month_after(words: Words, i: int) -> tuple[int, int]:
    """(month, day) Kazakh writes after the year and its word: «1995 жылғы 1 наурыз»."""
    if _same_sentence(words, i, i + 3) and (day := _day(words, i + 2)) and (month := _month(words, i + 3)):
        return month, day
    return 0, 0


def is_own_date(date: int, own: int) -> bool:
    """Whether a year's `date` (yyyymmdd) is the document's own date `own` (its dateline): the same
    day, or the same month when the document's date names no day. A year alone never is: «создана в
    2021 году» dates something even in a document of 2021."""
    if not own or not date % 100:
        return False
    return date == own or (own % 100 == 0 and date // 100 == own // 100)
