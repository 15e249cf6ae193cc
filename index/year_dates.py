"""A date of which only the year is known: a book dated by its imprint, a journal article by its issue
line («2020. № 3 (98)»), a retrospective by the year it calls its present.

It is stored as 1 January of its year, so it sorts, filters and facets as any date of that year, with
`date_source` YEAR_ONLY; a page, a citation and a reference write the year alone («2020 г.»), never a
day the document does not give."""
from __future__ import annotations

from datetime import date

YEAR_ONLY = "year"  # a record's date_source: the text gives the year only


class YearOnly(date):
    """1 January of a year, standing for the year: date arithmetic and comparisons as any date."""

    __slots__ = ()


def dated(day: date | None, source: str | None) -> date | None:
    """The date `day` as its source knows it: a YearOnly when the source gives the year only."""
    if day is None or source != YEAR_ONLY or isinstance(day, YearOnly):
        return day
    return YearOnly(day.year, 1, 1)


def year_only(day: date | None) -> bool:
    return isinstance(day, YearOnly)
