"""The document date: from the text's dateline, metadata, the file name or the text; never the file's mtime."""
from __future__ import annotations

import os
import re
from datetime import date, datetime, timedelta

from index.sentences import sentence_around
from index.year_dates import YEAR_ONLY
from ingest.parsers.community_months import COMMUNITY_MONTHS, GERMAN_MONTHS, TURKIC_YEAR_WORD
from ingest.parsers.normalize import (BACKGROUND_NOTE, CLOSING_QUOTES, DATE_RE, OPENING_QUOTES, SPAN_REACH, SPAN_START,
                                      dateline_reading, is_edit_date, opens_chronology_entry)

from .kazakh_spelling import spellings, voiced_stem
from .imprint import imprint_year
from .own_dates import NEAR, OWN, date_role, own_label_ends
from .reported_past import looks_ahead, reports_past
from .stated_present import stated_present_year
from .status_date import is_heading, states_status

# the nominative, as headings and forms write it: «12 март 2019»
RU_NOMINATIVE_MONTHS = {
    "январь": 1, "февраль": 2, "март": 3, "апрель": 4, "май": 5, "июнь": 6,
    "июль": 7, "август": 8, "сентябрь": 9, "октябрь": 10, "ноябрь": 11, "декабрь": 12,
}
RU_MONTHS = {
    "января": 1, "февраля": 2, "марта": 3, "апреля": 4, "мая": 5, "июня": 6,
    "июля": 7, "августа": 8, "сентября": 9, "октября": 10, "ноября": 11, "декабря": 12,
    **RU_NOMINATIVE_MONTHS,
}
ROMAN_MONTHS = {"I": 1, "II": 2, "III": 3, "IV": 4, "V": 5, "VI": 6, "VII": 7, "VIII": 8, "IX": 9, "X": 10,
                "XI": 11, "XII": 12}
KK_MONTHS = {
    "қаңтар": 1, "ақпан": 2, "наурыз": 3, "сәуір": 4, "мамыр": 5, "маусым": 6,
    "шілде": 7, "тамыз": 8, "қыркүйек": 9, "қазан": 10, "қараша": 11, "желтоқсан": 12,
}
EN_MONTHS = {m: i + 1 for i, m in enumerate(
    "january february march april may june july august september october november december".split())}
# press releases abbreviate: «Mar. 12, 2019», «12 Sept. 2019»
EN_ABBREVIATIONS = {"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
                    "oct": 10, "nov": 11, "dec": 12}
_EN_MONTH_WORDS = {**EN_MONTHS, **EN_ABBREVIATIONS}
# a Russian or Kazakh month written before its day, as translations of English press releases do:
# «Март 12, 2019», «наурыз 12, 2019»
_MONTH_FIRST_NEEDS_COMMA = {**RU_NOMINATIVE_MONTHS, **KK_MONTHS}

# MIN_YEAR bounds the dates a text merely mentions (a birth date of 1900 is no document's date);
# a dateline, metadata and a file name may date a Soviet-era document from EARLIEST_YEAR on.
MIN_YEAR, MAX_YEAR = 1990, 2100
EARLIEST_YEAR = 1920
# A document may be dated ahead of the day it is ingested (a programme or a speech prepared for its
# session, an embargoed release), but not by more than a year: a dateline, publication metadata or a
# file name's date further ahead is a typo («12 марта 2091 года» for 2019), which would top every
# newest-first list. Measured from the ingest day, not the file's mtime: a machine with a wrong clock
# (a dead CMOS battery) writes mtimes years early, and its documents' true datelines must stay.
DATED_AHEAD = timedelta(days=366)
# PDF came out in 1993: an earlier CreationDate is a placeholder clock (the Unix epoch 1970-01-01,
# DOS's 1980-01-01), no day a PDF was made
PDF_FIRST_YEAR = 1993

# The numeric patterns start with a digit and check the character before it after that digit
# ((?<!\d\d{4}) after a year is (?<!\d) before it): a pattern that starts with a lookbehind is
# tried at every character of the text, one that starts with a digit only at the digits.
_ISO = re.compile(r"((?:19|20)\d\d)(?<!\d\d{4})-(\d\d)-(\d\d)(?!\d)")
# 26.11.2026, 26/11/2026 (day first, as in Kazakhstan and Russia), 26.XI.2026, 26-11-2026 (one scan for
# them all: a digit starts a match; a hyphen before the day of 26-11-2026 makes it part of another number,
# dates_in_text checks)
_DOTTED = re.compile(r"(\d(?<![\d./]\d)\d?)([./-])(\d{1,2}|" + "|".join(sorted(ROMAN_MONTHS, key=len, reverse=True))
                     + r")\2((?:19|20)\d\d)(?![\d])")
# 26.11.26 in a dateline only: elsewhere two-digit years are too often other numbers
_DOTTED_SHORT_YEAR = re.compile(r"(?<![\d.])(\d{1,2})\.(\d{1,2}|[IVX]{1,4})\.(\d\d)(?![\d.])")
# ... and «26 октября 09 г.», with its «г.» (a bare «26 октября 09» may be a count)
_RU_SHORT_YEAR = re.compile(r"(?<!\d)(\d{1,2})(?:-го)?" + "[" + CLOSING_QUOTES + r"]?\s+(" + "|".join(RU_MONTHS)
                            + r"),?\s+(\d\d)\s?г\.", re.IGNORECASE)
# Read in a dateline only, where nothing else can be meant: the year first, «2009 г., 26 октября»,
# and dotted, «2009.10.26», as Kazakh government sites write it
_YEAR_FIRST_RU = re.compile(r"(?<!\d)((?:19|20)\d\d)\s*(?:г\.|года?),\s+(\d{1,2})\s+(" + "|".join(RU_MONTHS) + r")(?![^\W\d_])",
                            re.IGNORECASE)
_DOTTED_YEAR_FIRST = re.compile(r"(?<![\d.])((?:19|20)\d\d)\.(\d\d)\.(\d\d)(?!\.?\d)")
# «26» мая 2026, "26" мая 2026, 26-го мая 2026: the match starts at the day; dates_in_text moves its start
# back to the quote
_CLOSING_QUOTE = "[" + CLOSING_QUOTES + "]?"
_RU = re.compile(r"(\d(?<!\d\d)\d?)(?:-го)?" + _CLOSING_QUOTE + r"\s+(" + "|".join(RU_MONTHS) + r")(,?)\s+((?:19|20)\d\d)",
                 re.IGNORECASE)
# Kazakh months and their endings as archives write them: in Cyrillic, typed on a Russian keyboard (a
# cp1251 file: қазан as казан, сәуір as сэуир or сауiр) and in the 2017, 2018 and 2021 Latin
# alphabets (sa'y'ir, sáýir, säuır); see kazakh_spelling.
# A month takes case endings (қарашада, қыркүйекте, сәуірдің, қаңтардан, шілдеге), the third person's
# possessive (сәуірі, қарашасы) and a case after it (сәуірінде, қарашасының), and the locative the
# attributive -ғы (қыркүйектегі, сәуіріндегі). Before an ending that opens with a vowel a final к
# voices: қыркүйек, қыркүйегі, қыркүйегінде.
_KK_CASES = ("да", "де", "та", "те", "дағы", "дегі", "тағы", "тегі", "ға", "ге", "қа", "ке", "дан", "ден", "тан",
             "тен", "нан", "нен", "дың", "дің", "тың", "тің", "ның", "нің", "ды", "ді", "ты", "ті", "ны", "ні")
_KK_POSSESSIVES = ("ы", "і", "сы", "сі")
_KK_CASES_AFTER_POSSESSIVE = ("н", "нда", "нде", "ндағы", "ндегі", "на", "не", "нан", "нен", "ның", "нің")
_KK_MONTH_ENDINGS = _KK_CASES + _KK_POSSESSIVES + tuple(
    p + c for p in _KK_POSSESSIVES for c in _KK_CASES_AFTER_POSSESSIVE)


def _kk_month_stems(month: str) -> list[str]:
    voiced = voiced_stem(month)
    return [month, voiced] if voiced else [month]


_KK_MONTH_SPELLINGS = {v: n for m, n in KK_MONTHS.items() for stem in _kk_month_stems(m) for v in spellings(stem)}
_KK_ENDING_SPELLINGS = {v for e in _KK_MONTH_ENDINGS for v in spellings(e)}


def _one_of(words) -> str:
    """A regex matching any of `words`, written as their prefix tree: a word that is none of them
    fails at its first letter no branch has, where a plain alternation tries every word (under
    IGNORECASE one by one: with the 78 month stems and 406 endings so, _KK_DAY_FIRST took 50% longer
    over Kazakh text)."""
    tree: dict = {}
    for word in words:
        node = tree
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}
    return _branches(tree)


def _branches(node: dict) -> str:
    alternatives = [re.escape(ch) + _branches(child) for ch, child in sorted(node.items()) if ch]
    if "" in node:  # a word ends here: a longer one is tried first
        return "(?:" + "|".join(alternatives) + ")?" if alternatives else ""
    return alternatives[0] if len(alternatives) == 1 else "(?:" + "|".join(alternatives) + ")"


# the stem, then an ending or none, then the word's end
_KK_MONTH = "(" + _one_of(_KK_MONTH_SPELLINGS) + ")(?:" + _one_of(_KK_ENDING_SPELLINGS) + r")?(?![^\W\d_])"
_KK_YEAR_WORD = "(?:" + _one_of({v for w in ("жыл", "жылы", "жылғы", "жылдың") for v in spellings(w)}) + r"|ж\.|j\.)"
# the day before its month: «26 қараша», or the ordinal «26-қараша», «26-қарашада»
_KK_DAY_SEP = r"(?:\s+|-)"
# 2026 жылғы 26 қарашада, 2026 ж. 26 қараша, 2026 жылғы 26-қараша, 2026 жылдың 26 қарашасында, 2026 jylğy
# 26 qaraşada, a span by its first day: 2026 жылғы 26-27 қарашада; or the month first: 2026 жылғы қарашаның 26-сы
_KK = re.compile(r"((?:19|20)\d\d)\s*" + _KK_YEAR_WORD + r",?\s+(?:[" + OPENING_QUOTES + r"]?(\d{1,2})(?:[-–—]\d{1,2})?"
                 + _CLOSING_QUOTE + _KK_DAY_SEP
                 + _KK_MONTH + r"|" + _KK_MONTH + r"\s+(\d{1,2})-[^\W\d_]+)", re.IGNORECASE)
# 26 қараша 2026 жыл, 26-қараша 2026 ж., «26» қараша 2026 ж.
_KK_DAY_FIRST = re.compile(r"(\d(?<!\d\d)\d?)" + _CLOSING_QUOTE + _KK_DAY_SEP + _KK_MONTH + r"(,?)\s+((?:19|20)\d\d)",
                           re.IGNORECASE)
# A comma between the day and month and a year sets the year apart («12 марта, 2019 г.», «12 наурыз,
# 2019 ж.»): the number after it is a year only when a year word or the line's end follows it, not
# a count («5 мая, 2019 участников»).
_YEAR_AFTER_COMMA = re.compile(r"[ \t]*(?:" + _KK_YEAR_WORD + r"|гг?\.|г\b|год|$|[\r\n]|[^\w\s])", re.IGNORECASE)
# the community papers' datelines, the day first: «12 березня 2019 р.», «11 listopada 2018 r.», «20 mart
# 2021-ci il», the Turkic ordinal day joined to its month, «1-sentabr 2020-yil»; German with a period
# after its day, «2. Februar 2017»
_COMMUNITY = re.compile(r"(\d(?<!\d\d)\d?)(?:\s+|-)(" + _one_of(COMMUNITY_MONTHS)
                        + r")(?![^\W\d_])(,?)\s+((?:19|20)\d\d)(?!\d)", re.IGNORECASE)
# ... and their year first, the month in Russian's spelling or their own, with a case ending: «2020-yil
# 1-sentabr», «2020 елның 25 апреле» (Tatar), «2021-жил 14-июнь» (Uyghur), «2021-ci il 20 mart»
_TURKIC_YEAR_FIRST = re.compile(r"((?:19|20)\d\d)" + TURKIC_YEAR_WORD + r",?\s+(\d{1,2})(?:\s+|-)("
                                + _one_of({*COMMUNITY_MONTHS, *RU_MONTHS}) + r")[^\W\d_]{0,6}(?![^\W\d_])",
                                re.IGNORECASE)
# ... and the day first with the year word after the year: Uyghur «14-июнь 2021-жил», «14-июнда, 2021-жили»,
# in Russian's spelling, which _RU reads only without the hyphen and the case ending
_TURKIC_DAY_FIRST = re.compile(r"(\d(?<!\d\d)\d?)(?:\s+|-)(" + _one_of({*COMMUNITY_MONTHS, *RU_MONTHS})
                               + r")[^\W\d_]{0,6}(?![^\W\d_])(,?)\s+((?:19|20)\d\d)" + TURKIC_YEAR_WORD, re.IGNORECASE)
_GERMAN = re.compile(r"(\d(?<!\d\d)\d?)\.\s+(" + _one_of(GERMAN_MONTHS) + r")(?![^\W\d_])(,?)\s+((?:19|20)\d\d)(?!\d)",
                     re.IGNORECASE)
_EN_MONTH = ("(?:" + "|".join(EN_MONTHS) + "|(?:" + "|".join(sorted(EN_ABBREVIATIONS, key=len, reverse=True))
             + r")\.?)")
_ORDINAL = r"(?:st|nd|rd|th)?"
# 12 March 2019, 12th of March 2019, 12 Mar. 2019 (a dot only after an abbreviation: «12 March. 2019» is two sentences)
_EN = re.compile(r"(\d(?<!\d\d)\d?)" + _ORDINAL + r"\s+(?:of\s+)?(" + _EN_MONTH + r"),?\s+((?:19|20)\d\d)(?!\d)",
                 re.IGNORECASE)
# the day and year of a month-first date; the month is the word before, looked up in _month_before
_DAY_YEAR = re.compile(r"(\d(?<!\d\d)\d?)(" + _ORDINAL + r")(,?)\s+((?:19|20)\d\d)(?!\d)", re.IGNORECASE)
_WORD_BEFORE = re.compile(r"(?<![^\W\d_])([^\W\d_]+)(\.?)\s+$")
_FILENAME_DMY = re.compile(r"(?<!\d)(\d\d)[-_.](\d\d)[-_.]((?:19|20)\d\d)(?!\d)")
_FILENAME = re.compile(r"(?<!\d)((?:19|20)\d\d)[-_.]?(\d\d)[-_.]?(\d\d)(?!\d)")


def _year_set_apart(text: str, m: re.Match) -> bool:
    """Whether the year of a day-month-year match (the comma in group 3) is a year: always without
    a comma, and after one when a year word, punctuation or the line's end follows it."""
    return not m.group(3) or bool(_YEAR_AFTER_COMMA.match(text, m.end()))


_BLANK_LINE = re.compile(r"\n\s*\n")


def _day_apart(text: str, m: re.Match) -> bool:
    """Whether a blank line parts the day (group 1) from its month (group 2): «№ 3» ending one
    paragraph and «октябрь 2009» opening the next are an issue's number and a month, no date."""
    return _BLANK_LINE.search(text, m.end(1), m.start(2)) is not None


def _make(y: int, m: int | None, d: int) -> date | None:
    if m is None or not EARLIEST_YEAR <= y <= MAX_YEAR:
        return None
    try:
        return date(y, m, d)
    except ValueError:
        return None


def _quoted_start(text: str, day: int) -> int:
    """Where a date found at its day begins: at the quote before the day («26» мая), unless a
    digit comes right before that quote."""
    if day and text[day - 1] in OPENING_QUOTES and not (day > 1 and text[day - 2].isdecimal()):
        return day - 1
    return day


# The month of a month name a pattern matched, None for a letter IGNORECASE lets through though
# lower() keeps it apart (ı for i, ſ for s: «12 Auguſt 2019»), which no table spells.
def _en_month(word: str) -> int | None:
    return _EN_MONTH_WORDS.get(word.lower().rstrip("."))


def _kk_month(word: str) -> int | None:
    # a 2021 capital İ lowercases to i and a combining dot
    return _KK_MONTH_SPELLINGS.get(word.lower().replace("\u0307", ""))


def _ru_month(word: str) -> int | None:
    return RU_MONTHS.get(word.lower())


def _community_month(word: str) -> int | None:
    return COMMUNITY_MONTHS.get(word.lower()) or GERMAN_MONTHS.get(word.lower())


def _from_day(text: str, day: int, d: date | None) -> tuple[int, date | None]:
    """(offset, date) of the date `d` whose day is written at `day`: from its opening quote («26»
    мая), or the first day of the span it ends, from where that day is written."""
    m = SPAN_START.search(text, max(0, day - SPAN_REACH), day) if d else None
    if m and (m.group(1) or not m.group(5)):  # «по 1 марта» alone is a deadline, no span
        month = _span_start_month(m, d)
        # a span across the new year: «с 28 декабря по 3 января 2019 года»
        first = month and _make(d.year - 1 if month > d.month else d.year, month, int(m.group(2)))
        if first and first < d:
            return m.start(2), first
    return _quoted_start(text, day), d


def _span_start_month(span: re.Match, last: date) -> int | None:
    """The month of a span's first day (SPAN_START): its word or number, else the last day's."""
    word, number = span.group(3), span.group(4)
    if word:
        return _ru_month(word) or _kk_month(word) or _en_month(word) or _community_month(word)
    return int(number) if number else last.month  # _make refuses a 13th month


def _month_word(word: str, dot: str, day_year: re.Match) -> int | None:
    """The month a word written before a day and year names, or None. An English month may
    abbreviate with a dot and take an ordinal day; a Russian or Kazakh one is the nominative and
    needs the comma, which sets the day and year apart from two counts («март 12 2019»)."""
    word = word.lower()
    month = _EN_MONTH_WORDS.get(word) if not dot or word in EN_ABBREVIATIONS else None
    if month is None and not dot and day_year.group(3) and not day_year.group(2):
        month = _MONTH_FIRST_NEEDS_COMMA.get(word)
    return month


def _month_before(text: str, day_year: re.Match) -> tuple[int, int] | None:
    """(offset, month) of a month name written right before a day and year («March 12, 2019»), or None."""
    start = day_year.start()
    m = _WORD_BEFORE.search(text, max(0, start - 16), start)
    month = m and _month_word(m.group(1), m.group(2), day_year)
    return (m.start(), month) if month else None


# The first day and month of a month-first span that ends at a day and year: «March 1-2, 2019»,
# «March 28 – April 2, 2019», «from March 28 to April 2, 2019» (the last day's month, when written,
# is the span's second word group).
_MONTH_FIRST_SPAN = re.compile(r"(?<![^\W\d_])([^\W\d_]+)(\.?)\s+(\d{1,2})" + _ORDINAL
                               + r"(?:\s*[-–—]\s*|\s+(?:to|through|until|and)\s+)"
                               + r"(?:(?<![^\W\d_])([^\W\d_]+)(\.?)\s+)?\Z", re.IGNORECASE)


def _month_first_date(text: str, day_year: re.Match) -> tuple[int, date | None] | None:
    """(offset, date) of a month-first date («March 12, 2019»), dated by its first day when it
    ends a span, as every span is; None when no month is written before the day."""
    year, day = int(day_year.group(4)), int(day_year.group(1))
    start = day_year.start()
    span = _MONTH_FIRST_SPAN.search(text, max(0, start - SPAN_REACH), start)
    if span:
        first_month = _month_word(span.group(1), span.group(2), day_year)
        last_month = _month_word(span.group(4), span.group(5), day_year) if span.group(4) else first_month
        if first_month and last_month:
            # a span across the new year: «December 28 – January 3, 2019»
            first = _make(year - 1 if first_month > last_month else year, first_month, int(span.group(3)))
            last = _make(year, last_month, day)
            if first and last and first < last:
                return span.start(), first
    month = _month_before(text, day_year)
    return (month[0], _make(year, month[1], day)) if month else None


_ANY_YEAR = re.compile(r"(?:19|20)\d\d")  # what each of dates_in_text's forms holds


def dates_in_text(text: str) -> list[tuple[int, date]]:
    """Every full date in `text` with its offset, Russian, Kazakh, English, the community papers'
    (COMMUNITY_MONTHS) and numeric forms."""
    found: list[tuple[int, date]] = []
    if not _ANY_YEAR.search(text):
        return found  # every form below holds a year: eleven scans of a text with none (14 µs per KB each) spared
    # No month-name search first: every pattern starts at a digit, so running it in vain costs less
    # than looking for 46 Kazakh month spellings (24 ms per MB) and 24 English ones in the text.
    for m in _RU.finditer(text):
        if _year_set_apart(text, m) and not _day_apart(text, m):
            found.append(_from_day(text, m.start(), _make(int(m.group(4)), _ru_month(m.group(2)), int(m.group(1)))))
    for m in _KK.finditer(text):
        month, day = (m.group(3), m.group(2)) if m.group(2) else (m.group(4), m.group(5))
        found.append((m.start(), _make(int(m.group(1)), _kk_month(month), int(day))))
    for m in _KK_DAY_FIRST.finditer(text):
        if _year_set_apart(text, m) and not _day_apart(text, m):
            found.append(_from_day(text, m.start(), _make(int(m.group(4)), _kk_month(m.group(2)), int(m.group(1)))))
    for pattern in (_COMMUNITY, _GERMAN):
        for m in pattern.finditer(text):
            if _year_set_apart(text, m) and not _day_apart(text, m):
                found.append(_from_day(text, m.start(),
                                       _make(int(m.group(4)), _community_month(m.group(2)), int(m.group(1)))))
    for m in _TURKIC_DAY_FIRST.finditer(text):
        got = _from_day(text, m.start(), _make(int(m.group(4)), _ru_month(m.group(2)) or _community_month(m.group(2)),
                                               int(m.group(1))))
        if not _day_apart(text, m) and got not in found:  # «1-sentabr 2020-yil», «14 июнь 2021-жил»: read already
            found.append(got)
    for m in _TURKIC_YEAR_FIRST.finditer(text):
        found.append((m.start(), _make(int(m.group(1)), _ru_month(m.group(3)) or _community_month(m.group(3)),
                                       int(m.group(2)))))
    for m in _EN.finditer(text):
        if not _day_apart(text, m):
            found.append(_from_day(text, m.start(), _make(int(m.group(3)), _en_month(m.group(2)), int(m.group(1)))))
    for m in _DAY_YEAR.finditer(text):
        month_first = _month_first_date(text, m)
        if month_first:
            found.append(month_first)
    for m in _DOTTED.finditer(text):
        if m.group(2) == "-" and text[m.start() - 1:m.start()] == "-":  # 8-12-03-2019: a phone's digits
            continue
        month = m.group(3)
        month = int(month) if month.isdigit() else ROMAN_MONTHS[month]
        # a span by its first day: «01-02.03.2019», «с 1 по 5.03.2019»
        found.append(_from_day(text, m.start(), _make(int(m.group(4)), month, int(m.group(1)))))
    for m in _ISO.finditer(text):
        found.append((m.start(), _make(int(m.group(1)), int(m.group(2)), int(m.group(3)))))
    return sorted((pos, d) for pos, d in found if d)


def _dateline_only_date(dateline: str, today: date) -> date | None:
    """The date of a dateline written in a form read in datelines only: «2009 г., 26 октября»,
    «2009.10.26», or a two-digit year (_short_year_date)."""
    m = _YEAR_FIRST_RU.search(dateline)
    if m:
        return _make(int(m.group(1)), _ru_month(m.group(3)), int(m.group(2)))
    m = _DOTTED_YEAR_FIRST.search(dateline)
    if m:
        return _make(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    return _short_year_date(dateline, today)


def _short_year_date(dateline: str, today: date) -> date | None:
    """A dateline's 26.11.26 or «26 октября 09 г.»: the latest year with those two digits not after
    the day of the ingest («15.05.89» is 1989, never 2089). Not the file's mtime: a machine with a
    wrong clock would put «26.10.09» a century back."""
    m = _DOTTED_SHORT_YEAR.search(dateline)
    if m:
        month = m.group(2)
        month = int(month) if month.isdigit() else ROMAN_MONTHS.get(month)
    else:
        m = _RU_SHORT_YEAR.search(dateline)
        if not m:
            return None
        month = _ru_month(m.group(2))
    day, year = int(m.group(1)), 2000 + int(m.group(3))
    d = _make(year, month, day)
    # the whole date, not the year: «01.12.26» ingested on 27.11.2026 is 1926
    return d if d and d <= today else _make(year - 100, month, day)


# the time and its offset after an ISO date: «2026-11-27T20:30:00Z», «…T20:30+06:00», «… 20:30:00 +0000»
_ISO_TIME = re.compile(r"[T ](\d\d):(\d\d)(?::\d\d(?:[.,]\d+)?)?\s*(Z|[+-]\d\d(?::?\d\d)?)", re.IGNORECASE)
# Kazakhstan's one time zone since 1 March 2024 (UTC+5); Astana and Almaty kept UTC+6 before it
_UTC_PLUS_FIVE_FROM = datetime(2024, 2, 29, 18, 0)  # 1 March 00:00 at UTC+6, in UTC
_KAZAKHSTAN_OFFSETS = (timedelta(hours=5), timedelta(hours=6))
# what a CMS or a program writes for a date it was never given: the Unix epoch, DOS's and
# spreadsheets' first days; 1 January 2000 at midnight is a default too (a date alone that day is kept)
_PLACEHOLDER_DAYS = frozenset({date(1970, 1, 1), date(1980, 1, 1), date(1900, 1, 1), date(1899, 12, 30)})
_MIDNIGHT = re.compile(r"[T ]00:00(?::00)?")


def parse_iso(value: str | None) -> date | None:
    """The date of an ISO date or date-time; a time with another offset than Kazakhstan's (`Z`,
    `+00:00`, `+03:00`) is the day in Kazakhstan: a page published at 20:30 UTC is the next day in Astana."""
    m = _ISO.search(value or "")
    if not m:
        return None
    day = _make(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    t = _ISO_TIME.match(value, m.end())
    if day is None or t is None:
        return day
    offset = t.group(3).upper()
    sign = -1 if offset.startswith("-") else 1
    digits = offset[1:].replace(":", "")
    zone = timedelta() if offset == "Z" else sign * timedelta(hours=int(digits[:2]), minutes=int(digits[2:] or 0))
    if zone in _KAZAKHSTAN_OFFSETS:
        return day  # the publisher's own clock: its day as written
    utc = datetime(day.year, day.month, day.day, int(t.group(1)) % 24, int(t.group(2)) % 60) - zone
    return (utc + timedelta(hours=5 if utc >= _UTC_PLUS_FIVE_FROM else 6)).date()


def _placeholder(value: str | None, day: date) -> bool:
    """A metadata date a program wrote for no date at all (1970-01-01, 2000-01-01T00:00:00Z)."""
    raw = parse_iso((value or "")[:10])
    return bool({day, raw} & _PLACEHOLDER_DAYS) or (raw == date(2000, 1, 1) and bool(_MIDNIGHT.search(value or "")))


_EDIT_LABEL_REACH = 40  # characters before a date where its edit label may stand


def _date_end(text: str, at: int) -> int:
    """Where the date that starts at `at` ends (`at` itself for a form DATE_RE does not know)."""
    m = DATE_RE.match(text, at)
    return m.end() if m else at


def _mentioned(text: str, written: date, today: date) -> list[tuple[int, date]]:
    """The full dates the text mentions with their offsets, in order, from MIN_YEAR and not after
    the day of the ingest; the opening first, then the rest, so a long text is searched once when
    its opening has a date. A date after the file was written counts only when the text tells it
    as done (reports_past: an announcement's «пройдет 15 мая 2027 г.» is no date of the document):
    the mtime of an old copy or of a machine with a wrong clock never outweighs what the text says.
    A date labelled as the day of an edit («Обновлено: 20.05.2021», «20.05.2021 (обновлено)») is
    none of the document's, nor is a date on a background note's line («Справка: 1 марта 1995 г. — …»),
    nor a chronology's entry when the text lists two or more (_chronology_entries), nor another
    paper's (a cited act's, an amendment's, the answered letter's: ingest.extract.own_dates). A
    date after a label naming the document's own day («Протокол составлен», «Дата проведения:»)
    comes first, wherever it stands; a deadline or a registry's stamp after all others."""
    labelled = _labelled(text, written, today)
    for candidate in (text[:5000], text) if len(text) > 5000 else (text,):
        found = [(at, d) for at, d in dates_in_text(candidate) if _may_be_own(candidate, at, d, written, today)]
        entries = _chronology_entries(candidate, found)
        roles = {at: date_role(candidate, at, _date_end(candidate, at)) for at, _ in found if at not in entries}
        found = [(at, d) for role in (OWN, NEAR) for at, d in found if roles.get(at) == role]
        if found or labelled:
            return labelled + [(at, d) for at, d in found if (at, d) not in labelled]
    return []


def _may_be_own(text: str, at: int, d: date, written: date, today: date) -> bool:
    """The date `d` at `at` is one the text may be dated by (_mentioned): not before MIN_YEAR nor
    after the ingest, not an edit's, not on a background note's line, after the file was written
    only when told as done."""
    return (MIN_YEAR <= d.year and d <= today
            and not is_edit_date(text, at, _date_end(text, at), _EDIT_LABEL_REACH)
            and not BACKGROUND_NOTE.match(text, text.rfind("\n", 0, at) + 1)
            and (d <= written or reports_past(text, at)))


_LABELLED_DATE_REACH = 60  # characters after an own day's label where its date may end


def _labelled(text: str, written: date, today: date) -> list[tuple[int, date]]:
    """The dates right after a label naming the document's own day (own_label_ends), in order."""
    labelled = []
    for at in own_label_ends(text):
        found = dates_in_text(text[at:at + _LABELLED_DATE_REACH])
        if found and found[0][0] == 0 and _may_be_own(text, at, found[0][1], written, today):
            labelled.append((at, found[0][1]))
    return labelled


_ENTRY_START = re.compile(r"(?:^|[.!?…]\s)\s*$")
# a table's row read as a line, its cells set apart by a tab (parsers.normalize.COLUMN_GAP)
_TABLE_ROW = re.compile(r"\S\t+\S")


def _chronology_entries(text: str, found: list[tuple[int, date]]) -> set[int]:
    """The offsets among `found` that open a chronology's entry («1 марта 1995 г. — образована
    Ассамблея»), which dates its event, not the document, or stand in a table's row (a schedule's
    «г. Алматы | 20 апреля 2019 года»); only when there are two or more: a chronology or a table
    lists them, where a lone «26.10.2009 — В Астане прошло заседание …» is a news item's."""
    entries = set()
    for at, _ in found:
        start = text.rfind("\n", 0, at) + 1
        end = text.find("\n", at)
        # an entry opens its line, or its sentence where a plain text's lines were joined into one paragraph
        line = text[start:end if end >= 0 else len(text)]
        if _ENTRY_START.search(text[start:at]) and opens_chronology_entry(text[at:end if end >= 0 else len(text)]):
            entries.add(at)
        elif _TABLE_ROW.search(line):
            entries.add(at)  # a schedule's row, «г. Алматы | 20 апреля 2019 года», dates its meeting
    return entries if len(entries) >= 2 else set()


def _announces(dateline: str, at: int) -> bool:
    """The dateline is an announcement's first sentence: words, not a place and its comma, before
    its date at `at`, and the sentence looks ahead: «Форум Ассамблеи пройдет 15 мая 2019 года в
    Павлодаре.», «Ассамблея форумы 2019 жылғы 19 мамырда Павлодарда өтеді.» (a dateline's «Астана,
    5 мая 2019 г. – Сегодня пройдет …» keeps its date)."""
    before = dateline[:at].strip()
    if not before or before.endswith(","):
        return False
    start, end = sentence_around(dateline, at)
    return looks_ahead(dateline[start:end])


def _announced(sentences: str | None, published: date, today: date) -> bool:
    """An HTML <time> of the text, not of the article's header (the parser gives its `sentences`),
    is an event's day, no publication's, when it is after the day of the ingest or a sentence
    holding it looks ahead: «Форум пройдет <time>20 декабря</time> в Астане»."""
    return sentences is not None and (published > today or any(map(looks_ahead, sentences.split("\n"))))


def document_date(metadata: dict[str, str], text: str, filename: str,
                  written: date | None = None, today: date | None = None) -> tuple[date | None, str | None]:
    """(date, source), as a historian weighs them: the text's own dateline (its source "metadata"
    when the page's publication metadata says the same day), the publication metadata, the file
    name's date (the archivist's own statement), the day a heading says the contents hold for (a
    register's «на 1 января 2020 года»: ingest.extract.status_date) unless the file was made within a quarter
    after it, a PDF's creation date unless it is a placeholder
    (before PDF existed), a digitisation date or earlier than the past event the text opens with
    (a book's imprint year comes before it: ingest.extract.imprint), then the first date the text mentions outside a
    question, unless the text states a later year as its present (ingest.extract.stated_present); (None, None) when
    nothing says. `written` is the
    day the file was last written (default `today`): a date the text mentions after it counts only
    when the text tells it as done; the datelines, metadata and file names do not hang on it.
    `today` is the day of the ingest (default the machine's): a dateline, metadata or file name
    date more than DATED_AHEAD after it is a typo and dates nothing."""
    today = today or date.today()
    written = written or today
    latest = today + DATED_AHEAD
    published = next((d for value in (metadata.get("published"), metadata.get("date"))
                      if (d := parse_iso(value)) and d <= latest and not _placeholder(value, d)), None)
    if published and _announced(metadata.get("published_in_sentence"), published, today):
        published = None
    dateline = dateline_reading(metadata.get("dateline") or "")  # « 1 » марта, 1 мapтa (OCR)
    found = dates_in_text(dateline)
    # A page moved to a new site keeps its old dateline under a new published_time, and a UTC
    # published_time can fall on the day before: the document's own first lines win.
    d = found[0][1] if found else _dateline_only_date(dateline, today)
    if found and _announces(dateline, found[0][0]):
        d = None
    if d and d > latest:
        d = None  # a typo («2091» for «2019»): the document is dated as if it had no dateline
    if d:
        return d, "metadata" if d == published else "text"
    if published:
        return published, "metadata"
    d = filename_date(filename)
    if d and d <= latest:
        return d, "filename"
    mentioned = _mentioned(text, written, today)
    created = parse_iso(metadata.get("created"))
    if created and (created.year < PDF_FIRST_YEAR or _digitised(created, metadata, today)):
        created = None
    status = _status_date(text)
    if status and EARLIEST_YEAR <= status.year and status <= latest:
        # a register's «на 1 января 2020 года»: a file made within a quarter after that day is the day the
        # register was drawn up; one made years later is a copy re-saved, one made before it a template
        if created and status <= created <= status + DRAWN_UP_WITHIN:
            return created, "metadata"
        return status, "text"
    imprint = imprint_year(text, today.year)
    if imprint is not None:
        # a book is dated by its imprint's year, not by the history its chapters tell: the file's
        # creation or a date the text mentions give the day when they fall in that year
        return next(((d, source) for d, source in [(created, "metadata")] + [(d, "text") for _, d in mentioned]
                     if d and d.year == imprint), (date(imprint, 1, 1), YEAR_ONLY))
    if created:
        # a file cannot be made before what it reports: a CreationDate before the event the text
        # opens with, told as past, is the template's the file was made from
        if mentioned and mentioned[0][1] > created and reports_past(text, mentioned[0][0]):
            return mentioned[0][1], "text"
        return created, "metadata"
    if not mentioned:
        return None, None
    present = stated_present_year(text, mentioned, mentioned[0][1].year, today.year)
    if present is not None:
        # a retrospective recalls the day it opens with and is written in the year it calls its
        # present: a date it mentions in that year gives the day, else the year alone (as a book's imprint)
        return next(((d, "text") for _, d in mentioned if d.year == present), (date(present, 1, 1), YEAR_ONLY))
    # a day a question asks about («— Вы помните 24 марта 1995 года?») is recalled, not the text's own
    return next(((d, "text") for at, d in mentioned if not _asked(text, at)), (None, None))


# paragraphs at the top where a register's heading stands: a letterhead or a stamp may come above it
_STATUS_HEADINGS = 5
# a register or a report of figures as of a day is drawn up within a quarter after it
DRAWN_UP_WITHIN = timedelta(days=92)


def _status_date(text: str) -> date | None:
    """The day a heading near the top says the document's contents hold for (ingest.extract.status_date)."""
    for paragraph in text.split("\n\n", _STATUS_HEADINGS)[:_STATUS_HEADINGS]:
        if is_heading(paragraph):
            for at, d in dates_in_text(paragraph):
                if states_status(paragraph, at, _date_end(paragraph, at)):
                    return d
    return None


def _asked(text: str, at: int) -> bool:
    """The date at `at` stands in a question: its sentence ends with «?»."""
    _, end = sentence_around(text, at)
    return text[end:end + 1] == "?" or text[:end].rstrip().endswith("?")


# what a scanner or an OCR program writes as a PDF's Producer or Creator
_SCANNER = re.compile(r"scan|\bocr|finereader|abbyy|paper\s*capture|readiris|paperport|omnipage|tesseract|naps2"
                      r"|canon|xerox|kyocera|ricoh|konica|epson|lexmark|kodak|hp digital sending", re.IGNORECASE)


def _digitised(created: date, metadata: dict[str, str], today: date) -> bool:
    """A PDF's CreationDate is the day the file was made. It is a digitisation date, no date of the
    document's, when a scanner or an OCR program made the file, or when the file was made on the
    day it is ingested or later (a scan or an export made for the archive). A report's CreationDate
    stands though its text recalls earlier dates, and it does not hang on the file's modification
    time, which one copy keeps and another resets."""
    return created >= today or any(_SCANNER.search(metadata.get(key) or "") for key in ("producer", "creator"))


def filename_date(filename: str) -> date | None:
    """The date a file's name gives (2019-03-12, 12.03.2019 ...)."""
    name = os.path.basename(filename)
    m = _FILENAME.search(name)
    if m:
        d = _make(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        if d:
            return d
    m = _FILENAME_DMY.search(name)
    if m:
        return _make(int(m.group(3)), int(m.group(2)), int(m.group(1)))
    return None
