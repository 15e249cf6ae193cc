"""A day of the year typed in words, as each of the archive's languages and forms writes it: `1 марта`
also finds «1 наурыз» (Kazakh, any case: «1 наурызда») and a date in numbers «01.03.2022» of any year,
and `1 наурыз` finds «1 марта» (at query time: no re-index); so do `1-го марта`, the Kazakh ordinal day
`1-наурыз`, `1-ші наурыз`, and `01.03` (two digits each: `1.03` may be a fraction).

A date in numbers is one index term (index.analysis: «01.03.2022», and its year), so the day and
month of any year are that term's prefix (`01.03.*`)."""
from __future__ import annotations

import functools
import re

from index.quoted_phrases import change_outside_quotes

_RUSSIAN = ("января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября",
            "ноября", "декабря")
_KAZAKH = ("қаңтар", "ақпан", "наурыз", "сәуір", "мамыр", "маусым", "шілде", "тамыз", "қыркүйек", "қазан",
           "қараша", "желтоқсан")
_DAYS = (31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


# A day's number before the month's name: apart (`1 марта`), with a Russian ordinal's ending (`1-го марта`,
# `1-е марта`), or as Kazakh writes the ordinal day (`1-наурыз`, `1-ші наурыз`, `1-інші наурыз`)
_DAY_ENDING = r"(?:-(?:го|ого|е|ое|ші|шы|інші|ыншы|нші|ншы))?\s+|-"


@functools.lru_cache(maxsize=1)
def _day_re() -> re.Pattern:
    """A day and a month's name: `1 марта`, `1-го марта`, `1 наурыз`, `1-наурыз`, `1 наурызда` (a
    Kazakh case ending glued); or a day and month in numbers, both of two digits (`01.03`)."""
    russian = "|".join(_RUSSIAN)
    kazakh = "|".join(_KAZAKH)
    return re.compile(rf"(?<![\w\-+*?~:'’.])(?:(?P<day>\d{{1,2}})(?i:{_DAY_ENDING})(?i:(?P<ru>{russian})|(?P<kk>{kazakh})\w*)"
                      rf"|(?P<dd>\d\d)\.(?P<mm>\d\d)(?![.,]?\d))(?![\w\-*?~:'’])")


def spellings(day: int, month: int) -> list[str]:
    """The day written the archive's ways: Russian, Kazakh, in numbers (any year)."""
    forms = [f'"{day} {_RUSSIAN[month - 1]}"', f'"{day} {_KAZAKH[month - 1]}"', f"{day:02d}.{month:02d}.*"]
    return forms + ([f"{day}.{month:02d}.*"] if day < 10 else [])  # «1.03.2022» too


def expand_calendar_days(text: str, expanded: dict[str, str] | None = None) -> str:
    """Outside quotes, `1 марта` becomes `("1 марта" OR "1 наурыз" OR 01.03.*)`; the other
    spellings are put in `expanded` under the typed one."""
    def replace(m: re.Match) -> str:
        if m.group("dd"):
            day, month = int(m.group("dd")), int(m.group("mm"))
        else:
            day = int(m.group("day"))
            names = _RUSSIAN if m.group("ru") else _KAZAKH
            month = names.index((m.group("ru") or m.group("kk")).lower()) + 1
        if not (1 <= month <= 12 and 1 <= day <= _DAYS[month - 1]):
            return m.group(0)
        typed = " ".join(m.group(0).split())
        others = [form for form in spellings(day, month) if form.lower() != f'"{typed.lower()}"']
        if expanded is not None:
            expanded[typed] = ", ".join(form.strip('"').replace(".*", ".ГГГГ") for form in others)
        # the day and its month side by side: apart, «1» and «марта» are in every March dateline
        return "(" + " OR ".join([f'"{typed}"', *others]) + ")"

    return change_outside_quotes(text, lambda part: _day_re().sub(replace, part))
