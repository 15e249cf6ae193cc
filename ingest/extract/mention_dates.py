"""The days a dated title's mention carries itself: «Указом Президента Республики Казахстан от 7
сентября 2016 года № 333», «Қазақстан Республикасы Президентінің 2016 жылғы 7 қыркүйектегі
Жарлығы», «Послание Главы государства народу Казахстана 2014 года». The office holder is the one of
that day (the act's signer), not of the day of the document citing it; a mention with no date of its
own is read by the document's date (ingest.extract.aliases.match_aliases).

    carried_days(text, end) -> (first day, last day) | None
"""
from __future__ import annotations

import re
from datetime import date

from .dates import dates_in_text

# what may stand between the title and its act's date: the act's number («Указом Президента РК № 333
# от …»), an address's addressee («Послание … народу Казахстана от …»), the act's name in quotes,
# then «от» (Russian) or nothing (Kazakh writes the date right after the genitive title)
_BEFORE_DATE = re.compile(
    r"[ \t\u00a0]+(?:[№N]\s*\d[\w/-]*[ \t\u00a0]+)?"
    r"(?:(?:народу[ \t\u00a0]+Казахстана|Қазақстан[ \t\u00a0]+халқына)[ \t\u00a0]+)?"
    r"(?:[«\"][^«»\"\n]{1,300}[»\"][ \t\u00a0]+)?"
    r"(?:от[ \t\u00a0]+)?",
    re.IGNORECASE)
# a year alone after it: «Послание Президента 2014 года», «Мемлекет басшысының 2014 жылғы Жолдауы»
_YEAR = re.compile(r"((?:19|20)\d\d)[ \t\u00a0]*(?:года|году|г\.|г\b|жылғы|жылы|ж\.)", re.IGNORECASE)
_DATE_REACH = 60  # characters: the longest written date with its quotes and spaces


def carried_days(text: str, end: int) -> tuple[date, date] | None:
    """The first and last day of the date written right after a title ending at offset `end` (its
    act's date, or the day of the event it opens): one day for a full date, a whole year for a year
    alone; None when the title carries no date."""
    gap = _BEFORE_DATE.match(text, end)
    if gap is None:
        return None
    at = gap.end()
    window = text[at:at + _DATE_REACH]
    found = next((d for offset, d in dates_in_text(window) if offset < 3), None)
    if found is not None:
        return found, found
    year = _YEAR.match(window)
    if year is not None:
        return date(int(year.group(1)), 1, 1), date(int(year.group(1)), 12, 31)
    return None
