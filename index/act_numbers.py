"""An act's number as one key (`1009`, `70-iv`, `5-р`), the same for the number an act is signed
with (ingest.extract.act_number) and the one a query names: case and Cyrillic look-alikes of a
Roman numeral (70-ІV) folded as the exact-form analyzer folds them."""
from __future__ import annotations

import re

from index.analysis import pre_analyze

# A number as acts write it after «№»: digits, then parts after a hyphen or slash (70-IV, 5-р, 12/3, a
# Kazakh өкім's 5-ө, 12-НҚ)
NUMBER = r"\d+(?:[-/][0-9A-Za-zА-Яа-яЁёӘәҒғҚқҢңӨөҰұҮүҺһІі]+)*"
_QUERY_NUMBER_RE = re.compile(rf"(?<![\w.\-/]){NUMBER}(?![\w\-/]|\.\d)")
# A year typed alone (`2008`) asks for the documents of that year (index.query_years); after a
# number sign (`№ 2008`, `N 2066`) it is an act's number.
_YEAR_RE = re.compile(r"(?:1[89]|20)\d\d")
_SIGNED_RE = r"(?:№|\bN[oº°]?\.?|\bNO\.?)\s*"


def act_number_key(number: str) -> str | None:
    """The key of an act's number: the whole word the exact-form analyzer reads it as, each part
    of a number with a slash so («45/389», «64-п/қ»): the analyzer splits it, and one part alone
    («389») is another act's number."""
    parts = [max(terms, key=len) for part in number.split("/") if (terms := pre_analyze(part, exact=True).terms)]
    return "/".join(parts) or None


def query_act_numbers(text: str, typed: str) -> list[str]:
    """The keys of the act numbers a query's `text` (without field filters) names; `typed`: the
    query as typed, where a number sign before a year-like number says it is an act's."""
    keys = []
    for m in _QUERY_NUMBER_RE.finditer(text):
        number = m.group(0)
        if _YEAR_RE.fullmatch(number) and not re.search(_SIGNED_RE + re.escape(number) + r"(?!\d)", typed):
            continue
        key = act_number_key(number)
        if key and key not in keys:
            keys.append(key)
    return keys


_PART = re.compile(r"[^\W\d_]+")


def shown_act_number(key: str) -> str:
    """An act's number key as a result line shows it: a Roman numeral or an abbreviation after the
    hyphen in capitals (`70-IV`, `12-НҚ`), one Cyrillic letter as acts write it (`5-р`, `41-п`)."""
    return _PART.sub(lambda m: m.group() if len(m.group()) == 1 and not m.group().isascii() else m.group().upper(),
                     key)
