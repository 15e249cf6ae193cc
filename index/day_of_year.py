"""A month, or one day of a month, asked across every year: what happened on 1 March each year
(День благодарности), in May each year (День единства), is one search, not one per year.

The web page's and the API's `month` and `day` and the command's `--month`/`--day` read them
alike; a record's date (yyyymmdd, index.facets.FacetTables.date) is matched by its month and day
whatever its year, and the months of every year are counted as a histogram of twelve bars."""
from __future__ import annotations

import numpy as np

from index.facets import copies_counted_once
from index.results import FacetCount

# the days each month can have (29 February: a leap year has it)
_DAYS_IN_MONTH = (31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


# the months as «в феврале» says them: the form's own words for a day the month never has
_MONTHS_PREPOSITIONAL = ("январе", "феврале", "марте", "апреле", "мае", "июне", "июле", "августе", "сентябре",
                         "октябре", "ноябре", "декабре")
# the form's fields, named as the page shows them (search_app's «Каждый год: [месяц] день [ ]»)
_MONTH_LIST = "в списке «Каждый год»"


class DayOfYearError(ValueError):
    """A month and day of every year that cannot be searched. The message names the API's and the
    command's parameters; `in_form` says it in the words of the page's form, and `fields` are the
    parameters it is about ("month", "day"), the one to change first, so the page marks them and
    focuses it."""

    def __init__(self, message: str, in_form: str, fields: tuple[str, ...]):
        super().__init__(message)
        self.in_form = in_form
        self.fields = fields


def read_day_of_year(month: str | None, day: str | None) -> tuple[int | None, int | None]:
    """The month (1-12) and day (1-31) typed (`03`, `3`; `1`); (None, None) when neither is.
    Raises DayOfYearError with a sentence for the person who typed them: a day needs its month, and
    the month must have that day."""
    month, day = (month or "").strip(), (day or "").strip()
    n_month = _number(month, 12, DayOfYearError(
        f"Месяц «{month[:20]}» не распознан: укажите номер месяца от 1 до 12, например 03.",
        f"Месяц «{month[:20]}» не распознан: выберите месяц {_MONTH_LIST}.", ("month",)))
    n_day = _number(day, 31, DayOfYearError(
        f"День «{day[:20]}» не распознан: укажите число месяца от 1 до 31, например 1.",
        f"День «{day[:20]}» не распознан: в поле «день» укажите число месяца от 1 до 31.", ("day",)))
    if n_day is not None and n_month is None:
        raise DayOfYearError("День без месяца не ищется: укажите и месяц (month), например month=03&day=1.",
                             f"День без месяца не ищется: выберите месяц {_MONTH_LIST} или сотрите день.",
                             ("month", "day"))
    if n_day is not None and n_day > _DAYS_IN_MONTH[n_month - 1]:
        raise DayOfYearError(f"Дня {n_day} нет в месяце {n_month:02d}: проверьте день и месяц.",
                             f"Дня {n_day} нет в {_MONTHS_PREPOSITIONAL[n_month - 1]}: проверьте день и месяц.",
                             ("day", "month"))
    return n_month, n_day


def readable_month(month: str | None) -> int | None:
    """The month (1-12) `month` names when it names one, whatever the day beside it: what the
    form shows chosen when the pair was refused."""
    try:
        return _number((month or "").strip(), 12, ValueError())
    except ValueError:
        return None


def _number(typed: str, most: int, refusal: ValueError) -> int | None:
    if not typed:
        return None
    if not (typed.isascii() and typed.isdigit() and len(typed) <= 2 and 1 <= int(typed) <= most):
        raise refusal
    return int(typed)


def day_of_year_mask(dates: np.ndarray, month: int, day: int | None) -> np.ndarray:
    """The records dated in `month` (on `day` of it, if given) of any year; undated ones (0) never."""
    mask = (dates // 100) % 100 == month
    if day is not None:
        mask &= dates % 100 == day
    return mask


def on_the_chosen_day(dates: np.ndarray, records: np.ndarray, month: int | None, day: int | None) -> np.ndarray:
    """`records` without those of the chosen `month` dated on another day than `day`: a histogram of
    months leaves the every-year filter out of the other months (each a month to switch to), but
    the chosen month's bar counts what the filter keeps, as the total does (1 March: not all March)."""
    if month is None or day is None:
        return records
    chosen = dates[records]
    return records[((chosen // 100) % 100 != month) | (chosen % 100 == day)]


def months_of_every_year(dates: np.ndarray, scope: np.ndarray, chosen: int | None,
                         keys: np.ndarray | None = None, day: int | None = None) -> list[FacetCount]:
    """Records of `scope` per month of any year ("01".."12"), all twelve (with `keys`, copies of a
    text once); the `chosen` month is selected, and with a `day` counts that day of it alone, the
    others every day of theirs (`counted_without` the day)."""
    records = np.flatnonzero(scope)
    records = on_the_chosen_day(dates, records[dates[records] > 0], chosen, day)
    months = (dates[records] // 100) % 100
    counts = np.bincount(months, minlength=13)
    if keys is not None:
        counts = copies_counted_once(counts, months, keys[records])
    return [FacetCount(f"{month:02d}", int(counts[month]), month == chosen,
                       counted_without_every_year(month, chosen, day, within_year=False)) for month in range(1, 13)]


def counted_without_every_year(month: int, chosen: int | None, day: int | None, within_year: bool) -> tuple[str, ...]:
    """The every-year parameters the bar of `month` is counted without, when `chosen` (and `day`)
    are asked: a month of one year besides the chosen one counts whole, without both; a month of
    every year besides it counts all its days, without the day (the month facet's own alternatives)."""
    if chosen is None or month == chosen:
        return ()
    if within_year:
        return ("month", "day") if day is not None else ("month",)
    return ("day",) if day is not None else ()
