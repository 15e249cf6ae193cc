"""Grouping parentheses around the field filters typed in a query (`(speaker:Ким OR
speaker:Оспанова)`, `-(year:2019 OR year:2020)`): where each group lies, whether it is excluded
whole, whether excluding it can be read as excluding each filter, and the query without the
groups its filters were taken out of. Pure text work over the filters' matches (index.query
finds them and says the refusals)."""
from __future__ import annotations

import re

from index.quoted_phrases import sub_outside_quotes

OR_WORDS = frozenset(("OR", "ИЛИ"))
NOT_WORDS = frozenset(("NOT", "НЕ"))
_EXCLUDING_WORDS = NOT_WORDS | {"ANDNOT"}


def without_brackets(words: list[str]) -> list[str]:
    """The words between two filters, each without the grouping parentheses glued to it."""
    return [w for w in (word.strip("()") for word in words) if w]


def groups_holding(text: str, matches: list[re.Match]) -> list[tuple[int, int, list[re.Match]]]:
    """(start, end, the filters inside) of each pair of grouping parentheses holding a field filter:
    those outside quotes and outside the filters themselves (`speaker:"Ким (Л.)"`, `file:отчёт(1)`)."""
    spans = [(m.start(), m.end()) for m in matches]
    opened: list[int] = []
    groups: list[tuple[int, int]] = []
    quoted = False
    for i, char in enumerate(text):
        if any(start <= i < end for start, end in spans):
            continue
        if char == '"':
            quoted = not quoted
        elif not quoted and char == "(":
            opened.append(i)
        elif not quoted and char == ")" and opened:
            groups.append((opened.pop(), i + 1))
    return [(start, end, inside) for start, end in groups
            if (inside := [m for m in matches if start < m.start() < end])]


def excluded_whole(text: str, start: int) -> bool:
    """Whether the group opening at `start` has a minus glued to it or NOT / НЕ / ANDNOT before it."""
    before = text[:start].split()
    return text[start - 1:start] == "-" or bool(before and before[-1] in _EXCLUDING_WORDS)


def words_before_group(text: str, start: int) -> list[str]:
    """The words before the group opening at `start`, without the minus or NOT excluding it."""
    before = text[:start].split()
    if before and (before[-1] == "-" or before[-1] in _EXCLUDING_WORDS):
        return before[:-1]
    return before


def filters_joined_by_or(text: str, start: int, end: int, inside: list[re.Match]) -> bool:
    """Whether the group text[start:end] holds filters alone, one or several joined by OR, none of
    them excluded itself: excluded whole it excludes each (not A or B is neither A nor B), where
    filters joined by AND (`-(speaker:A speaker:B)`, not both) or words in the group have no such reading."""
    if any(m.group("sign") == "-" for m in inside):
        return False
    edges = [start + 1] + [at for m in inside for at in (m.start(), m.end())] + [end - 1]
    gaps = [without_brackets(text[a:b].split()) for a, b in zip(edges[::2], edges[1::2])]
    return not gaps[0] and not gaps[-1] and all(len(gap) == 1 and gap[0] in OR_WORDS for gap in gaps[1:-1])


def filters_of_excluded_groups(text: str, matches: list[re.Match]) -> set[int]:
    """The start of each filter that a group excluded whole excludes (filters_joined_by_or)."""
    return {m.start() for start, end, inside in groups_holding(text, matches)
            if excluded_whole(text, start) and filters_joined_by_or(text, start, end, inside) for m in inside}


# A group left empty, with the sign or the NOT before it: nothing is left for it to group or exclude
_EMPTY_GROUP_RE = re.compile(r"(?:(?<![^\s(])[-+]|(?<![^\s(])(?:NOT|НЕ|ANDNOT)\s*)?\(\s*\)")


def without_empty_groups(text: str) -> str:
    """`text` (a part of a query between its filters) without the groups its filters were taken out
    of: `( )` left of `(year:2019 OR year:2020)` was read as a query of function words alone."""
    while (shorter := sub_outside_quotes(_EMPTY_GROUP_RE, " ", text)) != text:
        text = shorter
    return text
