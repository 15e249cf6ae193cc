"""Which field filters of a query must each hold, rather than be alternatives: two filters of one
field joined by AND (`speaker:Турсынбеков AND speaker:Ковалева`, И too) or each with a `+`
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
    must each hold: a `+` typed before one, or AND alone (brackets aside) between it and the next
    filter, of the same field, neither an exclusion."""
    required = {i for i, (m, excludes) in enumerate(found) if not excludes and m.group("sign") == "+"}
    for i, ((m, excludes), (following, its_excludes)) in enumerate(zip(found, found[1:])):
        between = without_brackets(text[m.end():following.start()].split())
        if not excludes and not its_excludes and field_of(m) == field_of(following) and len(between) == 1 \
                and between[0] in AND_WORDS:
            required |= {i, i + 1}
    return required
