"""The dates a person types to narrow a search: the web page's and the API's `from`/`to` and the
command's `--from`/`--to` read them alike (YYYY-MM-DD, YYYY-MM, YYYY, DD.MM.YYYY or MM.YYYY)."""
from __future__ import annotations

import calendar
import re
from datetime import date

_ISO_LIKE = re.compile(r"^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?$")
_DOTTED = re.compile(r"^(\d{1,2})\.(\d{1,2})\.(\d{4})$")
_MONTH_DOTTED = re.compile(r"^(\d{1,2})\.(\d{4})$")  # 03.1995, as Russian forms write a month


class NoSuchDay(ValueError):
    """A date in a known form whose day the calendar does not have (31.02.2019, 2019-13)."""


def parse_date(raw: str, end: bool = False) -> date:
    """YYYY-MM-DD, YYYY-MM, YYYY, DD.MM.YYYY or MM.YYYY (one-digit months and days too); a partial date
    means its first (or, for the end of a range, its last) day. Raises ValueError for any other
    text, NoSuchDay for a day that does not exist; each caller words the message for its reader."""
    raw = raw.strip()
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
