"""The sentences a refused search parameter gets, the same from /api/* (and the pages) and from
`assembly-search search --json`: a script matching on a message reads one text from both.

    paging_number(raw, default, low, high, what) -> (value, sentence or None)
    is_whole_number(raw) -> bool
    sort_refusal(raw) -> str
    REVERSED_DATES                                    a range whose start is after its end
    typed_date(raw, end=False, which="") -> date       ValueError with the sentence
"""
from __future__ import annotations

from datetime import date

from index.dates import NoSuchDay
from index.dates import parse_date as parse_typed_date
from index.results import MAX_PAGE

PAGE = "Номер страницы"
PER_PAGE = "Число результатов на странице"
REVERSED_DATES = "Начало периода позже его конца: поменяйте даты местами."
# past the last page paging reaches: how to get the rest
PAST_LAST_PAGE = (f"; дальше {MAX_PAGE}-й страницы листать нельзя: увеличьте per_page (до 100), сузьте поиск "
                  "фильтрами или датами, а все документы архива по порядку отдаёт /api/documents?after=")


def is_whole_number(raw: str) -> bool:
    """ASCII digits only: int() also reads `1_0` as 10, `+5`, ` 5`, and Arabic-Indic or fullwidth
    digits, so a mistyped link opened another page than asked, under another URL."""
    return raw.isascii() and raw.isdigit()


# digits past which a paging number is only «too large»: Python's int() refuses a string of more
# than 4,300 digits (a ValueError, a 500 on every page and API address that pages)
_MAX_DIGITS = 18


def _bounded_int(digits: str, high: int) -> int:
    """The whole number `digits` (ASCII digits) stands for, or high + 1 when it has more digits
    than any paging value needs (leading zeros do not count)."""
    significant = digits.lstrip("0") or "0"
    return int(significant) if len(significant) <= _MAX_DIGITS else high + 1


def paging_number(raw: str | None, default: int, low: int, high: int, what: str) -> tuple[int, str | None]:
    """A paging value and None; absent or empty, the default. Not a whole number from `low` to
    `high`: the nearest allowed value (the pages show that) and a sentence (the API refuses it),
    which for a page past MAX_PAGE says how to reach the rest."""
    raw = raw or ""
    if not raw:
        return default, None
    problem = f"{what} «{raw[:20]}» не подходит: укажите целое число от {low} до {high}"
    if not is_whole_number(raw):
        return default, problem + "."
    value = _bounded_int(raw, high)
    if low <= value <= high:
        return value, None
    if what == PAGE and value > high == MAX_PAGE:
        problem += PAST_LAST_PAGE
    return min(max(value, low), high), problem + "."


def sort_refusal(raw: str) -> str:
    """An unknown sort's sentence: a script asking for dates must not get another order."""
    return (f"Сортировка «{raw[:20]}» не поддерживается: укажите sort=relevance, sort=newest, sort=oldest "
            "или sort=added.")


def typed_date(raw: str, end: bool = False, which: str = "") -> date:
    """A typed date (index.dates.parse_date); raises ValueError with a message for the person who
    typed it, naming `which` field it is in («с», «по») when given."""
    where = f" в поле «{which}»" if which else ""
    try:
        return parse_typed_date(raw, end)
    except NoSuchDay:  # 31.02.2019 is in a right form: saying the forms again would not help
        raise ValueError(f"Даты «{raw.strip()[:40]}»{where} нет в календаре: проверьте день и месяц.") from None
    except ValueError:
        raise ValueError(f"Дата «{raw.strip()[:40]}»{where} не распознана: укажите её в виде ГГГГ, ГГГГ-ММ, "
                         "ГГГГ-ММ-ДД, ДД.ММ.ГГГГ или ММ.ГГГГ, например 2019-04-28, или отсчитайте от сегодня: "
                         "today, yesterday, -7d, -2w, -1m, -1y.") from None
