"""A query's text outside its "quoted phrases": every rewrite a typed query goes through
(abbreviations, synonyms, plurals, years, ordinals, act references, names) leaves a phrase as
typed, with its distance (`"…"~2`), which belongs to the phrase."""
from __future__ import annotations

import re
from collections.abc import Callable

# The capturing group keeps the phrases in re.split's list, at the odd places.
_QUOTED_PHRASE_RE = re.compile(r'("[^"]*"(?:~\d+)?)')


def change_outside_quotes(text: str, change: Callable[[str], str]) -> str:
    """`text` with `change` applied to each part outside its quoted phrases."""
    parts = _QUOTED_PHRASE_RE.split(text)
    parts[::2] = [change(part) for part in parts[::2]]
    return "".join(parts)


def sub_outside_quotes(pattern: re.Pattern, replace, text: str) -> str:
    """`pattern.sub(replace, ...)` over the text outside quoted phrases."""
    return change_outside_quotes(text, lambda part: pattern.sub(replace, part))


def parts_outside_quotes(text: str) -> list[str]:
    """The parts of `text` outside its quoted phrases."""
    return _QUOTED_PHRASE_RE.split(text)[::2]


def split_at_quotes(text: str) -> list[str]:
    """`text` split at its quoted phrases: the parts outside at the even places, the phrases at the odd."""
    return _QUOTED_PHRASE_RE.split(text)
