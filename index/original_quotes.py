"""Of quotes holding the searched words about equally, the original first: the speaker's own words
before a report or reprint naming nobody, and the earliest copy before later ones.

A journalist checking a quote asks where it was first said and by whom. BM25F favours the shortest
passage holding the words, so the news item, the anniversary reprint and the interview repeating a
sentence outranked the stenogram's turn that said it first, and a reprint naming no speaker ranked
above it. Among the best proximity.QUOTE_WINDOW quotes, a quote attributed to a speaker is raised
by ATTRIBUTED_WEIGHT, and among those holding the query whole (a phrase found, or every word in one
sentence) the earliest dated is raised by EARLIEST_WEIGHT. A tie-break, not a new ranking:
relevance stays first, and a passage holding the words far better keeps its place.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable

# What a quote attributed to a speaker is multiplied by against one naming nobody; and what the
# earliest dated of the quotes holding the query whole is. Measured on the factchecker's corpus of session 27 (a 2015 stenogram, its news item a day later, a 2016
# reprint, a 2019 interview, five queries of its sentences): the stenogram scored 0.79-0.87 of the
# report above it when both hold the phrase; x1.1 and x1.3 (1.43 together) put it first for the
# phrases, while an interview holding four loose words side by side (0.61 of it) stays above.
ATTRIBUTED_WEIGHT = 0.1
EARLIEST_WEIGHT = 0.3


def original_factors(window: Iterable[int], whole: Iterable[int], attributed: Callable[[int], bool],
                     date_of: Callable[[int], int]) -> dict[int, float]:
    """Per quote of the `window`, what its score is multiplied by. `whole`: the quotes holding the
    query whole; `attributed`: whether a quote has a speaker; `date_of`: a quote's date as yyyymmdd (0: undated, never the earliest)."""
    factors = {record: 1.0 + ATTRIBUTED_WEIGHT if attributed(record) else 1.0 for record in window}
    dated = [(date_of(record), record) for record in whole if date_of(record) > 0]
    if len(dated) > 1:  # one quote holding the query has no copy to come before
        first = min(day for day, _ in dated)
        if any(day > first for day, _ in dated):
            for day, record in dated:
                if day == first:
                    factors[record] = factors.get(record, 1.0) * (1.0 + EARLIEST_WEIGHT)
    return factors
