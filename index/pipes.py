"""A vertical bar typed for OR, as Google, Yandex and library catalogues take it: `волонтеры |
молодежь`, `ёлка|медиация`, `(year:2019 | year:2020)`. The parser knew no `|`: the analyzer dropped a
spaced one as punctuation, so the words were ANDed, and split a glued one into two words that had
to meet; either way the answer was the opposite of «any of them», unsaid.

    pipes_as_or(text) -> text   (quotes straightened by the caller; a `|` inside quotes stays text)
    has_pipes(text) -> bool     whether `text` has a `|` outside quotes: typed only as operator syntax
"""
from __future__ import annotations

import re

from index.quoted_phrases import parts_outside_quotes, sub_outside_quotes

# one bar or a row of them (`||`, as a programmer writes OR), with the spaces around it
_PIPE_RE = re.compile(r"\s*\|+\s*")


def has_pipes(text: str) -> bool:
    return any("|" in part for part in parts_outside_quotes(text))


def pipes_as_or(text: str) -> str:
    """`text` with each `|` outside quotes as the operator OR between spaces."""
    return sub_outside_quotes(_PIPE_RE, " OR ", text) if "|" in text else text
