"""The words a citation and a bibliographic reference write around a document's title, in the
document's own language: a Kazakh source is cited the Kazakh way («2021 жылғы 15 маусым», «б. 2»), any
other the Russian way («15 июня 2021 г.», «с. 2»), the web interface's language.

Plain text only: the command, the API and the web page all cite through it."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from index.year_dates import year_only

MONTHS_GENITIVE = ("января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
                   "сентября", "октября", "ноября", "декабря")
# a Kazakh date names its month in the nominative after the year: «2021 жылғы 15 маусым»
KAZAKH_MONTHS = ("қаңтар", "ақпан", "наурыз", "сәуір", "мамыр", "маусым", "шілде", "тамыз", "қыркүйек", "қазан",
                 "қараша", "желтоқсан")
NBSP = "\u00a0"  # keeps «15 июня», «2022 г.», «с. 1» on one line


def ru_date(d: date | None) -> str:
    """«15 июня 2022 г.», as the web page writes a date and a citation cites it; «2020 г.» when only the
    year is known (index.year_dates)."""
    if year_only(d):
        return f"{d.year}{NBSP}г."
    return f"{d.day}{NBSP}{MONTHS_GENITIVE[d.month - 1]} {d.year}{NBSP}г." if d else "без даты"


def kk_date(d: date | None) -> str:
    """«2021 жылғы 15 маусым», as Kazakh official and bibliographic text writes a day; «2020 ж.» a year."""
    if year_only(d):
        return f"{d.year}{NBSP}ж."
    return f"{d.year}{NBSP}жылғы {d.day}{NBSP}{KAZAKH_MONTHS[d.month - 1]}" if d else "күні жоқ"


@dataclass(frozen=True)
class CitingWords:
    """One language's words for a citation's parts (`language`: the code a page marks them with,
    empty for the page's own Russian)."""

    language: str
    date: object  # date | None -> str: the day cited, or the words for none
    page: str  # the page's abbreviation before its number, in a citation
    reference_page: str  # ... and in a bibliographic reference, capitalised after its «. – »
    untitled: str  # a document without a title
    undated_reference: str  # a reference's words for no date (ГОСТ Р 7.0.5's «[б. г.]»)
    others: str  # «и др.»: the authors a reference leaves out after the first


RUSSIAN = CitingWords("", ru_date, "с.", "С.", "без названия", "[б. г.]", "и др.")
KAZAKH = CitingWords("kk", kk_date, "б.", "Б.", "атаусыз", "[күні жоқ]", "және т.б.")


def citing_words(language: str | None) -> CitingWords:
    """The words a document in `language` is cited with: Kazakh for a Kazakh one, else Russian."""
    return KAZAKH if language == "kk" else RUSSIAN
