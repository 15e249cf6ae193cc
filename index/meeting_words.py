"""Which query a document page steps through where its words meet, and the words that must meet.

Words typed side by side (an AND of them) are stepped place by place where they all stand
together (highlight.meeting_marks); an OR or a wildcard asks for any of its words, so its marks
are stepped one by one: «Таразский OR медиации» stepped only where both stood, once in 149 marks."""
from __future__ import annotations

import re
from collections.abc import Callable

from whoosh import query as wq

from .executor import has_wildcards
from .query import OptionalWords
from .quoted_phrases import parts_outside_quotes

# OR between words, outside quotes (ParsedQuery.text has a Caps Lock query's «ИЛИ» lowercased: a word)
_OR = re.compile(r"(?<![^\s(])(?:OR|ИЛИ)(?![^\s)])")


def meeting_conjuncts(text: str, query, units_of: Callable[[object], frozenset]) -> list[frozenset] | None:
    """For a query of words that must all occur (`text` as parsed, `query` its tree), the units
    (highlight.Marks.unit) each of them stands for, `units_of` giving a subtree's; None for a query
    with an OR or a wildcard, or none at all."""
    if query is None or has_wildcards(query) or any(_OR.search(part) for part in parts_outside_quotes(text)):
        return None
    node = query
    # words left out, or a question's optional verbs; not `Н.А. Назарбаев` (an AndMaybe too), whose
    # initials belong to the surname's word
    while isinstance(node, (wq.AndNot, OptionalWords)):
        node = node.a
    parts = node.subqueries if isinstance(node, wq.And) else [node]
    return [units for part in parts if (units := units_of(part))]
