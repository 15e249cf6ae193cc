"""A quote search naming a speaker ranks his own words before other people's words about him.

`что говорил Токаев о языках` asks for what he said. BM25F and the proximity raise (index.proximity)
favoured the others: «Как отметил Президент Токаев, язык …» in someone else's speech holds his name
beside the subject, while his own quote names him only in its label («ТОКАЕВ К.К.:») or attribution
(«— заявил К.К. Токаев»), away from what he says. So a passage whose speaker a typed name names
(index.name_match, as `speaker:` reads a name) counts that name as met in each of its sentences, and
its score is raised by SPEAKER_WEIGHT. Nothing is left out: the others' quotes follow.
"""
from __future__ import annotations

from collections.abc import Callable, Hashable
from dataclasses import dataclass

import numpy as np

from index import proximity
from index.query import QueryError, parse_query, plain_words
from index.full_names import NamesNamed, joined_full_names

# What a quote whose speaker the query names is multiplied by, before the proximity raise picks its
# window. Measured over five small archives (the samples and four testers' corpora of session 22;
# 104 queries «<a speaker's surname> <a noun of his quotes>» finding both his quotes and others'):
# his quotes ranked below another's in 52% of such pairs in the top 50 before, 41% with the name
# met in his sentences alone (only the proximity window is re-scored), 3.2% with x1.5, 2.5% with
# x2, 2.0% with x3; x2 puts his quote first in 100 of the 104 (the rest: «Ни», a stop word,
# searched for nobody). A mention holding the words twice as strongly by BM25F still outranks a
# passing word of his.
SPEAKER_WEIGHT = 2.0


@dataclass
class NamedSpeakers:
    """Per typed name naming speakers: the query's words it stands for (proximity.query_words'
    numbers) and the passages whose speaker it names."""
    names: list[tuple[frozenset[int], np.ndarray]]

    def passages(self) -> np.ndarray:
        """The passages some typed name names the speaker of."""
        return np.logical_or.reduce([mask for _, mask in self.names])

    def spoken(self, record: int) -> frozenset[int]:
        """The query's words that name this passage's own speaker."""
        return frozenset().union(*(held for held, mask in self.names if mask[record]))


def named_speakers(query, text: str, fields: list[str], schema, names_named: NamesNamed,
                   speakers_named: Callable[[str], list[str]],
                   passages_of: Callable[[list[str]], np.ndarray]) -> NamedSpeakers | None:
    """The speakers the words of a query typed as plain words (`text`, as parsed) name, or None.
    `speakers_named`: the speakers facet's values a typed name names; `passages_of`: the passages
    having any of those values. A name inside syntax (a phrase, an exclusion) names nobody here."""
    words: dict[Hashable, int] = proximity.query_words(query)
    found = []
    for word in joined_full_names(plain_words(text) or [], names_named):  # `Касым-Жомарт Токаев` is one
        values = speakers_named(word)
        if not values:
            continue
        try:
            alone = parse_query(word, fields, schema, names_named).query
        except QueryError:
            continue
        held = frozenset(words[key] for key in proximity.query_words(alone) if key in words)
        if held:
            found.append((held, passages_of(values)))
    return NamedSpeakers(found) if found else None
