"""Kazakh names joined as one subject: «Марат Әзілханов пен Ольга Петрова сөз сөйледі», «Ерлан Қарин,
Гүлнар Ахметова және Ольга Петрова». «мен/бен/пен» (and, with) and «және» (and) stand as words of their
own between the names; a case ending on the name («Қаринмен») makes it an object instead, one word.

    joined_names(tokens, starts, first) -> [Mention]   first and the names joined to it, in order
    joined_in_kazakh(tokens, mention) -> bool          a Kazakh «мен/пен/және» joins it to a name beside it
"""
from __future__ import annotations

from ._text import Token
from .persons import Mention

_KAZAKH_AND = frozenset(("мен", "бен", "пен", "және", "men", "ben", "pen", "jáne", "zhane"))


def joined_names(tokens: list[Token], starts: dict[int, Mention], first: Mention) -> list[Mention]:
    """`first` and every name in the nominative that «мен», «бен», «пен», «және» or a comma joins to it
    (`starts`: the mentions by their first token)."""
    names = [first]
    while True:
        j = names[-1].last_token
        if j + 1 >= len(tokens) or not (tokens[j].text == "," or tokens[j].text.lower() in _KAZAKH_AND):
            return names
        after = starts.get(j + 1)
        if after is None or not after.nominative:
            return names
        names.append(after)


def joined_in_kazakh(tokens: list[Token], mention: Mention) -> bool:
    """A Kazakh «мен», «бен», «пен» or «және» stands right after `mention` or right before it."""
    after, before = mention.last_token, mention.first_token - 1
    return (after < len(tokens) and tokens[after].text.lower() in _KAZAKH_AND
            or before >= 0 and tokens[before].text.lower() in _KAZAKH_AND)
