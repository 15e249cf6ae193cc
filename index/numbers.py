"""Numbers written with thousands separators or a decimal comma, read as one number.

Russian reports group a figure's digits with a space, a no-break space or a thin space («15 000»,
«1 250 000»), sometimes with dots («45.000.000») or, in English text, commas («40,000,000»), and
write a fraction after a comma («4,9»). Read as separate words, «15 000» was «15» and «000»: `15000`
found nothing, `15 000` matched any «15» and any «000», and "250 000 тенге" matched the tail of
«1 250 000 тенге». So such a figure is one token (TOKEN_PATTERN, used by index.tokenize) and one
term: its digits without separators (number_expansion); a query typed with spaces is joined the
same way before it is parsed (joined_numbers). A decimal «4,9» is the term `4.9`, as a point
number «4.9» is; neither its fraction nor its integer part alone, so `9%` does not find «4,9%».

Phone numbers and ИИН/БИН (PHONE_PATTERN, TWELVE_PATTERN) are written in groups that are no
figure («+7 777 888 99 00», «8-701-444-12-34», «650101 300 222»): each group keeps its position,
and the first also holds the digits together and their tails (run_expansion), so any grouping
typed finds them.
"""
from __future__ import annotations

import re

from index.quoted_phrases import sub_outside_quotes

# The characters that group digits by thousands: space, no-break space, figure space, thin space,
# narrow no-break space. One of them, between groups of three digits.
GROUP_SEPARATORS = " \u00a0\u2007\u2009\u202f"
_SEP = f"[{GROUP_SEPARATORS}]"
# A figure starts at a word's start, never right after a digit and a comma or dot («1,2,3», «1.234»).
_START = r"(?<![^\W_])(?<!\d[.,])"
# Spaced groups (optionally with a decimal comma: «1 234,5»), two or more comma groups (40,000,000:
# one comma is a decimal one, «12,500» is 12,5), or a decimal comma. Not followed by another digit,
# comma or dot and digit (a longer number, a list «1,2,3», a date).
_SPACED = rf"\d{{1,3}}(?:{_SEP}\d{{3}})+(?:,\d+)?"
_COMMAS = r"\d{1,3}(?:,\d{3}){2,}"
_DECIMAL = r"\d+,\d+"
TOKEN_PATTERN = rf"{_START}(?:{_SPACED}|{_COMMAS}|{_DECIMAL})(?!\d|[.,]\d)"

# Phone numbers and ИИН/БИН (see the module's docstring): digit groups parted by one space or hyphen.
_RUN_SEP = f"[{GROUP_SEPARATORS}\\-\u2010\u2011]"
# Two or three groups of two digits at the end (a phone's «99 00», «54-32-10») after groups of up to four.
_PHONE = rf"\d{{1,4}}(?:{_RUN_SEP}\d{{3,4}})*(?:{_RUN_SEP}\d{{2}}){{2,3}}"
# Eleven digits after a trunk prefix, the last four or seven together: «8 701 444 1234», «+7 701 4441234».
_TRUNK_PHONE = rf"[78]{_RUN_SEP}\d{{3}}{_RUN_SEP}(?:\d{{3}}{_RUN_SEP}\d{{4}}|\d{{7}})"
# An area code in brackets: «+7(747)1234567», «8 (747) 123-45-67», «(7172) 54-32-10».
_AREA_PHONE = rf"(?:\d{{1,2}}{_SEP}?)?\(\d{{3,5}}\){_SEP}?(?:\d{{5,7}}|\d{{2,3}}(?:{_RUN_SEP}\d{{2}}){{2}})"
# Twelve digits in groups (an ИИН, a БИН): «650101 300 222», «9103 1540 0333».
_TWELVE = rf"(?=\d(?:{_RUN_SEP}?\d){{11}}(?!{_RUN_SEP}?\d))\d+(?:{_RUN_SEP}\d+)+"
_RUN_END = rf"(?![^\W_]|[.,]\d|{_RUN_SEP}[^\W_])"
# index.tokenize reads a phone before a figure («+7 777 888 99 00» is no figure 7 777 888), twelve
# digits after one («650 101 300 222» is the figure 650101300222 either way).
PHONE_PATTERN = rf"{_START}(?:{_PHONE}|{_TRUNK_PHONE}|{_AREA_PHONE}){_RUN_END}"
TWELVE_PATTERN = rf"{_START}{_TWELVE}{_RUN_END}"
_RUN_RE = re.compile(f"{PHONE_PATTERN}|{TWELVE_PATTERN}")
_DIGITS_RE = re.compile(r"\d+")
# the fewest digits a tail of a run is indexed with (a local number: 54-32-10)
_SHORTEST_TAIL = 6
# A word glued to an ИИН or БИН: «ИИН860303300333».
_GLUED_TWELVE_RE = re.compile(r"[^\W\d_]+(\d{12})")
# A typed run or a number glued to a plus (`+77014441234`): the plus is no «must contain» then.
# An ISO date (`2019-03-12`) is none: index.calendar_days reads it as the day it is.
_TYPED_RUN_RE = re.compile(rf"(?<![\w.,\-+*?~:/])(?!(?:19|20)\d\d-[01]\d-[0-3]\d(?![\w*?~\-]|[.,]\d))(?:\+?(?:{_PHONE}|{_TRUNK_PHONE}|{_AREA_PHONE}|{_TWELVE})|\+\d{{10,12}})"
                           rf"(?![\w*?~\-]|[.,]\d)")

_SEPARATORS_RE = re.compile(_SEP)
_SPACED_RE = re.compile(rf"\d{{1,3}}(?:{_SEP}\d{{3}})+(?:,\d+)?")
_COMMAS_RE = re.compile(_COMMAS)
# A number with one comma or dot between digits: a decimal (4,9; 4.9) or a point number (2.3).
_ONE_SEPARATOR_RE = re.compile(r"(\d+)[.,](\d+)")
# Groups of three digits after dots: 45.000.000 (a date, 05.11.2022, is read before this).
_DOT_GROUPS_RE = re.compile(r"\d{1,3}(?:\.\d{3}){2,}")

# In a query: a figure typed with separators, not inside a longer word or number, nor a
# wildcard, fuzzy or field syntax; its separators are dropped so the parser sees one word.
_TYPED_SPACED_RE = re.compile(rf"(?<![\w.,\-+*?~:/])\d{{1,3}}(?:{_SEP}\d{{3}})+(?![\w*?~\-]|[.,]\d)")

# the most characters a figure spans either side of a point inside it that is looked at
_FIGURE_REACH = 40
# a figure, a phone number or an ИИН, as index.tokenize reads them
_GROUPED_RE = re.compile(f"{PHONE_PATTERN}|{TOKEN_PATTERN}|{TWELVE_PATTERN}")

Expansion = tuple[tuple[int, str], ...]

# Reports write «4,9%», speakers and questions «4,9 процента»: the sign is indexed as the word's term
# (the exact-form field keeps the sign), so each finds the other.
PERCENT = ("%", "процент")
# Kazakh text says «4,2 пайызға», «12 мың адам»: the unit is indexed as the Russian word's term, as
# «%» is, so `4,2%`, `4,2 процента` and `12 тысяч` find it (and тыс., a synonym of тысяча). Neither
# word is in the Russian dictionary the synonyms table's lines of terms are checked against.
KAZAKH_UNITS = {"пайыз": "процент", "мың": "тысяча"}


def number_expansion(word: str, query: bool) -> Expansion | None:
    """The terms of a token that is a figure with separators or a fraction (see the module's
    docstring), or None for any other token. `word` is folded (index.analysis._fold_surface).
    Index: a decimal whole, and for three digits after one separator
    (12.500, 12,500) the grouped reading too; query: one term (Whoosh takes one per position)."""
    if _SPACED_RE.fullmatch(word):
        word = _SEPARATORS_RE.sub("", word)
        if "," not in word:
            return ((0, word),)
    elif _COMMAS_RE.fullmatch(word) or _DOT_GROUPS_RE.fullmatch(word):
        return ((0, re.sub(r"[.,]", "", word)),)
    m = _ONE_SEPARATOR_RE.fullmatch(word)
    if not m:
        return None
    whole, fraction = m.groups()
    decimal = f"{whole}.{fraction}"
    grouped = len(whole) <= 3 and len(fraction) == 3
    if query:
        # «12.500» with a dot is 12 500 in Kazakh news; with a comma it is 12,5
        return ((0, whole + fraction if grouped and "." in word else decimal),)
    return ((0, decimal), *(((0, whole + fraction),) if grouped else ()))


def _national(digits: str) -> str | None:
    """A Kazakhstan phone number's ten digits without its trunk prefix (+7 or 8), or None."""
    return digits[1:] if len(digits) == 11 and digits[0] in "78" else None


def run_expansion(word: str, query: bool) -> Expansion | None:
    """The terms of a phone number or an ИИН (a token PHONE_PATTERN or TWELVE_PATTERN reads, or a number of digits
    alone), or None for any other token: its groups at their positions and, in the index, its
    digits together and their tails at the first (see the module's docstring). A query is one term
    per position: a number alone of eleven digits after 7 or 8 is its last ten."""
    if word.isdigit():
        national = _national(word)
        if national is None:
            return None
        return ((0, national),) if query else ((0, word), (0, national))
    if not _RUN_RE.fullmatch(word):
        return None
    groups = _DIGITS_RE.findall(word)
    if query:
        return tuple(enumerate(groups))
    joined = "".join(groups)
    tails = ["".join(groups[i:]) for i in range(1, len(groups))]
    extra = [joined, *(t for t in tails if len(t) >= _SHORTEST_TAIL), _national(joined)]
    if re.fullmatch(r"\d+(?:-\d+)+", word):
        extra.append(word)  # as a hyphenated word's whole (a prefix `8-701*` reads it)
    first = dict.fromkeys(t for t in (groups[0], *extra) if t)
    return (*((0, t) for t in first), *((i, g) for i, g in enumerate(groups) if i))


def glued_number(word: str) -> str | None:
    """The twelve digits of an ИИН or БИН glued to the word before it («ИИН860303300333»), or None."""
    m = _GLUED_TWELVE_RE.fullmatch(word)
    return m.group(1) if m else None


def _joined_run(m: re.Match) -> str:
    return "".join(_DIGITS_RE.findall(m.group()))


def joined_numbers(text: str) -> str:
    """A query's text with each figure typed with separators (`15 000`, `1 000 000`) as one word
    (`15000`), and each phone number or ИИН typed in groups (`+7 777 888 99 00`, `8 (747) 123-45-67`)
    as its digits (`77778889900`), a plus before it dropped: the parser splits a query at spaces
    and reads `+` as «must contain». A quoted phrase is left as typed: the tokenizer reads the
    figure or the run in it whole."""
    text = sub_outside_quotes(_TYPED_RUN_RE, _joined_run, text)
    return sub_outside_quotes(_TYPED_SPACED_RE, lambda m: _SEPARATORS_RE.sub("", m.group()), text)


def separates_groups(text: str, i: int) -> bool:
    """Whether text[i] is the separator between two digit groups of one figure («25 000») or phone
    number («+7 777 888 99 00»): a snippet cut there showed «000 человек»."""
    if text[i] not in GROUP_SEPARATORS or not (0 < i < len(text) - 1 and text[i - 1].isdigit()
                                               and text[i + 1].isdigit()):
        return False
    return any(m.start() < i < m.end()
               for m in _GROUPED_RE.finditer(text, max(0, i - _FIGURE_REACH), i + _FIGURE_REACH))
