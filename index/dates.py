"""The dates a person types to narrow a search: the web page's and the API's `from`/`to`/`added_from`
and the command's `--from`/`--to`/`--added-from` read them alike (YYYY-MM-DD, YYYY-MM, YYYY,
DD.MM.YYYY or MM.YYYY), and a day counted back from today (today, yesterday, -7d, -2w, -1m, -1y;
сегодня, вчера), so a bookmarked «last week» stays the last week the next morning."""
from __future__ import annotations

import calendar
import re
from datetime import date, timedelta

_ISO_LIKE = re.compile(r"^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?$")
_DOTTED = re.compile(r"^(\d{1,2})\.(\d{1,2})\.(\d{4})$")
_MONTH_DOTTED = re.compile(r"^(\d{1,2})\.(\d{4})$")  # 03.1995, as Russian forms write a month


_RELATIVE = re.compile(r"^-(\d{1,4})\s*([dwmy])$", re.IGNORECASE)
_DAYS_BACK = {"today": 0, "сегодня": 0, "yesterday": 1, "вчера": 1}


class NoSuchDay(ValueError):
    """A date in a known form whose day the calendar does not have (31.02.2019, 2019-13)."""


def parse_date(raw: str, end: bool = False, today: date | None = None) -> date:
    """YYYY-MM-DD, YYYY-MM, YYYY, DD.MM.YYYY or MM.YYYY (one-digit months and days too); a partial date
    means its first (or, for the end of a range, its last) day; a relative one (relative_day) its day.
    Raises ValueError for any other text, NoSuchDay for a day that does not exist; each caller words
    the message for its reader."""
    raw = raw.strip()
    day = relative_day(raw, today or date.today())
    if day is not None:
        return day
    if m := _MONTH_DOTTED.match(raw):
        raw = f"{m.group(2)}-{m.group(1)}"  # read as YYYY-MM: the same month, the same messages
    try:
        if m := _ISO_LIKE.match(raw):
            year = int(m.group(1))
            month = int(m.group(2)) if m.group(2) else (12 if end else 1)
            if m.group(3):
                day = int(m.group(3))
            else:
                day = calendar.monthrange(year, month)[1] if end else 1
            return date(year, month, day)
        if m := _DOTTED.match(raw):
            return date(int(m.group(3)), int(m.group(2)), int(m.group(1)))
    except (ValueError, calendar.IllegalMonthError):
        raise NoSuchDay(f"no such day: {raw[:40]!r}") from None
    raise ValueError(f"not a date: {raw[:40]!r}")


def is_relative(raw: str) -> bool:
    """Whether `raw` names a day counted back from today (relative_day), not a calendar date."""
    return relative_day(raw.strip(), date.today()) is not None


def relative_day(raw: str, today: date) -> date | None:
    """The day `raw` counts back from `today`: today, yesterday (сегодня, вчера), -N followed by d
    (days), w (weeks), m (months: the same day of the month, or its last) or y (years); None for
    any other text."""
    if raw.lower() in _DAYS_BACK:
        return today - timedelta(days=_DAYS_BACK[raw.lower()])
    m = _RELATIVE.match(raw)
    if not m:
        return None
    count, unit = int(m.group(1)), m.group(2).lower()
    if unit in "dw":
        return today - timedelta(days=count * (7 if unit == "w" else 1))
    months = today.year * 12 + today.month - 1 - count * (12 if unit == "y" else 1)
    year, month = divmod(months, 12)
    if year < 1:
        return None
    return date(year, month + 1, min(today.day, calendar.monthrange(year, month + 1)[1]))
