"""Numbers written with thousands separators or a decimal comma, read as one number.

Russian reports group a figure's digits with a space, a no-break space or a thin space («15 000»,
«1 250 000»), sometimes with dots («45.000.000») or, in English text, commas («40,000,000»), and
write a fraction after a comma («4,9»). Read as separate words, «15 000» was «15» and «000»: `15000`
found nothing, `15 000` matched any «15» and any «000», and "250 000 тенге" matched the tail of
«1 250 000 тенге». So such a figure is one token (TOKEN_PATTERN, used by index.tokenize) and one
term: its digits without separators (number_expansion); a query typed with spaces is joined the
same way before it is parsed (joined_numbers). A decimal «4,9» is the term `4.9`, as a point
number «4.9» is; neither its fraction nor its integer part alone, so `9%` does not find «4,9%».
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

_TOKEN_RE = re.compile(TOKEN_PATTERN)
# the most characters a figure spans either side of a point inside it that is looked at
_FIGURE_REACH = 40

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


def joined_numbers(text: str) -> str:
    """A query's text with each figure typed with separators (`15 000`, `1 000 000`) as one word
    (`15000`): the parser splits a query at spaces. A quoted phrase is left as typed: the
    tokenizer reads the figure in it whole."""
    return sub_outside_quotes(_TYPED_SPACED_RE, lambda m: _SEPARATORS_RE.sub("", m.group()), text)


def separates_groups(text: str, i: int) -> bool:
    """Whether text[i] is the separator between two digit groups of one figure («25 000»): a
    snippet cut there showed «000 человек»."""
    if text[i] not in GROUP_SEPARATORS or not (0 < i < len(text) - 1 and text[i - 1].isdigit()
                                               and text[i + 1].isdigit()):
        return False
    return any(m.start() < i < m.end()
               for m in _TOKEN_RE.finditer(text, max(0, i - _FIGURE_REACH), i + _FIGURE_REACH))
