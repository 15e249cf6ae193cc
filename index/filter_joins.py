"""Which field filters of a query must each hold, rather than be alternatives: two filters of one
field joined by AND (`speaker:Турсынбеков AND speaker:Ковалева`, И too, also with another field's
filter joined by AND between them) or each with a `+`
(`+speaker:A +speaker:B`). Any other two filters of one field (OR between them, or nothing) are
alternatives, as two values of a facet chosen on the page are. The AND and the `+` were dropped
unsaid, so «the sessions where both spoke» found every session where either did.

    required_filters(text, found, field_of) -> the indexes of `found` joined so
"""
from __future__ import annotations

import re
from collections.abc import Callable

from index.filter_groups import without_brackets

AND_WORDS = frozenset(("AND", "И"))


def required_filters(text: str, found: list[tuple[re.Match, bool]], field_of: Callable[[re.Match], str]) -> set[int]:
    """The indexes in `found` (each filter's match and whether it excludes) of the filters that
    must each hold: a `+` typed before one, or two of one field in a run of filters joined by AND
    alone (brackets aside), neither an exclusion."""
    required = {i for i, (m, excludes) in enumerate(found) if not excludes and m.group("sign") == "+"}
    for chain in _and_chains(text, found):
        fields = [field_of(found[i][0]) for i in chain]
        required |= {i for i, field in zip(chain, fields) if not found[i][1] and fields.count(field) > 1}
    return required


def _and_chains(text: str, found: list[tuple[re.Match, bool]]) -> list[list[int]]:
    """The runs of filters (indexes in `found`) with AND alone (brackets aside) between each and the
    next, whatever their fields: in `speaker:Ким AND topic:молодежь AND speaker:Ли` both speakers
    must hold, though another field's filter stands between them. An exclusion joins its run, as
    NOT does an AND, and is no required value itself."""
    chains = [[0]] if found else []
    for i, ((m, _), (following, _)) in enumerate(zip(found, found[1:])):
        between = without_brackets(text[m.end():following.start()].split())
        if len(between) == 1 and between[0] in AND_WORDS:
            chains[-1].append(i + 1)
        else:
            chains.append([i + 1])
    return chains
