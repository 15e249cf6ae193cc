"""How OCR misreads a dateline's date, read back: letters for digits in its figures («1б» июня 199б г.,
З0 мая, O5.O3.1998, 12.0З.1999, 2l октября) and a month in Latin capitals (12 MAPTA 1999 г.). Each
character is read as one, so offsets stay valid. Only figures in a date's places are read: before a
month word (the day), after one (the year) and in a dotted date; «10б класс» stays."""
from __future__ import annotations

import re

# the letters OCR makes of digits: б for 6, З for 3, O (Latin or Cyrillic) for 0, l for 1
_AS_DIGIT = str.maketrans({"б": "6", "З": "3", "з": "3", "O": "0", "o": "0", "О": "0", "о": "0", "l": "1"})
_FIGURE = "[0-9бЗзOoОоl]"
# the Russian months' stems, as a date after its day writes them (the month's case ending follows)
_MONTH = r"(?:январ|феврал|март|апрел|ма[йя]|июн|июл|август|сентябр|октябр|ноябр|декабр)[^\W\d_]*"
_QUOTES = "»\"”“'’"
# the day before a month word: «1б» июня, З0 мая, 2l октября
_DAY = re.compile(rf"(?<![^\W_]){_FIGURE}{{1,2}}(?=[{_QUOTES}]?\s+(?i:{_MONTH}))")
# the year after a month word: июня 199б г.
_YEAR = re.compile(rf"(?<=\s)((?i:{_MONTH})\.?,?\s+)({_FIGURE}{{4}})(?![^\W_])")
# a dotted date: O5.O3.1998, 12.0З.1999
_DOTTED = re.compile(rf"(?<![^\W_.]){_FIGURE}{{1,2}}\.{_FIGURE}{{1,2}}\.{_FIGURE}{{4}}(?![^\W_]|\.\w)")

# a month typed in Latin look-alikes alone: MAPTA, Mapta (of the months, only март has no letter
# without a Latin twin); read as Cyrillic before the date patterns look for it
_LATIN_MONTH = re.compile(r"(?<![^\W\d_])(?:MAPTA?|[Mm]apta?)(?![^\W\d_])")
_TO_CYRILLIC = str.maketrans("MAPTmapt", "МАРТмарт")


def _figures(m: re.Match) -> str:
    """The match read as digits, if it holds a digit and becomes all digits; else as it stands."""
    text = m.group()
    read = text.translate(_AS_DIGIT)
    return read if any(ch.isdigit() for ch in text) and read.replace(".", "").isdigit() else text


def _year(m: re.Match) -> str:
    year = m.group(2).translate(_AS_DIGIT)
    if not (year.isdigit() and year[:2] in ("19", "20") and any(ch.isdigit() for ch in m.group(2))):
        return m.group()
    return m.group(1) + year


def date_figures_read(line: str) -> str:
    """``line`` with an OCR'd date's letters for digits and a Latin-lettered month read back, the same
    length. A figure holding no digit at all («O мая») is left as it stands."""
    line = _LATIN_MONTH.sub(lambda m: m.group().translate(_TO_CYRILLIC), line)
    line = _DAY.sub(_figures, line)
    line = _YEAR.sub(_year, line)
    return _DOTTED.sub(_figures, line)
