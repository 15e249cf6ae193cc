"""`"a b"~N`: a phrase's words near each other in any order, each at most N words from the next.

Whoosh's own `~N` keeps the typed order: «"богатство единство"~5» missed «Единство народа — наше
главное богатство», and a journalist who remembers two words, not their order, got nothing. The
rule here: the words can be put in an order in which each stands at most N words after the one
before (in reading order that is: one word of each, no two more than N apart, one sentence, as the
index's gap at a sentence end keeps them). An exact phrase, without `~N`, keeps its order.

One rule for both sides: the search (NearWords, over the positions in the index) and the marks
(index.highlight, over a text's tokens) run `near_matches`.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from functools import lru_cache

import numpy as np
from whoosh import matching
from whoosh.formats import Positions
from whoosh.query import Phrase, Term
from whoosh.query.spans import Span, SpanWrappingMatcher
from whoosh.util import make_binary_tree


def near_matches(places: Iterable[tuple[int, Iterable[int]]], count: int, slop: int,
                 joined: Callable[[int, int], bool] = lambda a, b: True,
                 shared: Callable[[int], bool] = lambda at: False) -> Iterator[tuple[int, int]]:
    """Where `count` words (numbered 0..count-1) stand near each other: for each place at which a
    match completes, (where it starts, that place). `places`: (place, the words standing there),
    places in increasing order; a place may be a word's position in the index or a token's number
    in a text. Two words are near when the second stands at most `slop` places after the first and
    `joined(first, second)` (one sentence: asked of each place and the one before it); a place
    `shared(place)` by words of the phrase (a hyphenated compound holding two) joins them there.

    One pass over the places, keeping for each set of words met (a bit mask) the chain that ends
    last (a later word that suits a chain ending earlier suits it too) and, of those, starts last:
    2**count chains at most (256 for the 8 words a phrase with ~N may have)."""
    size = 1 << count
    lacking = _lacking(count)
    ends, starts, sentences = [_NEVER] * size, [0] * size, [0] * size  # per set of words met: its chain
    full, sentence, before = size - 1, 0, None
    for at, words in places:
        if before is not None and not joined(before, at):
            sentence += 1
        before = at
        reach = at - slop
        grown = []  # chains ending here, from those ending before (each place's word used once)
        for w in words:
            bit = 1 << w
            grown.append((bit, at))
            grown.extend((met | bit, starts[met]) for met in lacking[w]
                         if ends[met] >= reach and sentences[met] == sentence)
        for met, start in grown:
            if ends[met] < at or start > starts[met]:
                ends[met], starts[met], sentences[met] = at, start, sentence
        if shared(at):  # the words of a compound follow each other where it stands
            for _ in range(len(words) - 1):
                for w in words:
                    for met in lacking[w]:
                        if ends[met] == at and (ends[met | 1 << w] < at or starts[met] > starts[met | 1 << w]):
                            ends[met | 1 << w], starts[met | 1 << w] = at, starts[met]
                            sentences[met | 1 << w] = sentence
        if ends[full] == at:
            yield starts[full], at


_NEVER = -(1 << 62)  # where a chain not met yet ends: near nothing


@lru_cache(maxsize=16)
def _lacking(count: int) -> tuple[tuple[int, ...], ...]:
    """Per word of `count`, the sets of words (bit masks, not empty) it can join: those without it."""
    return tuple(tuple(m for m in range(1, 1 << count) if not m & 1 << w) for w in range(count))


class NearWords(Phrase):
    """`"a b"~N` as the index searches it: the phrase's words near each other in any order
    (near_matches over their positions in a record). Scored and highlighted as a phrase
    (index.executor, index.search); `ordered` tells it apart from a phrase of typed order."""

    ordered = False

    def matcher(self, searcher, context=None):
        field = searcher.schema[self.fieldname] if self.fieldname in searcher.schema else None
        if field is None or len(self.words) < 2:
            return super().matcher(searcher, context)
        reader = searcher.reader()
        terms = []
        for word in self.words:
            try:
                text = field.to_bytes(word)
            except ValueError:
                return matching.NullMatcher()
            if (self.fieldname, text) not in reader:
                return matching.NullMatcher()  # a word the index lacks: nothing to look for
            terms.append(Term(self.fieldname, text))
        matcher = _NearMatcher([t.matcher(searcher, context) for t in terms], max(1, self.slop))
        return matching.WrappingMatcher(matcher, boost=self.boost) if self.boost != 1.0 else matcher


_STRIDE = np.int64(1) << 32  # a key is record * _STRIDE + position (as index.phrases)


def near_records(postings, schema, node) -> np.ndarray | None:
    """The live records (sorted) where the words of `node`, a NearWords, stand near each other by
    near_matches' rule, over the index's position arrays; None when its field keeps no positions.

    Whoosh's matcher walked every record holding the words in Python: an OR of three 8-word
    `"…"~10` phrases of everyday words took 1.7 s on 1,900 short reports. Here the places of the
    phrase's words are cut into clusters, runs no two places of which are more than the slop apart
    (a sentence's end is a wider gap in the index): a match lies inside one cluster. A cluster
    holding each word once, each at a place of its own, is a match; only one holding a word twice
    is followed by near_matches, on its own places."""
    if not isinstance(node, NearWords) or len(node.words) < 2 or node.fieldname not in schema:
        return None
    if type(schema[node.fieldname].format) is not Positions:
        return None
    count, slop = len(node.words), max(1, node.slop)
    holders = postings.live.copy()
    for word in node.words:
        held = np.zeros(postings.size, dtype=bool)
        held[postings.postings(node.fieldname, word)[0]] = True
        holders &= held
    candidates = np.flatnonzero(holders)
    if not len(candidates):
        return candidates
    keys, bits = [], []
    for w, word in enumerate(node.words):
        records, places = postings.positions(node.fieldname, word, candidates)
        keys.append(records * _STRIDE + places)
        bits.append(np.full(len(records), 1 << w, dtype=np.int64))
    keys, bits = np.concatenate(keys), np.concatenate(bits)
    order = np.argsort(keys, kind="stable")
    keys, bits = keys[order], bits[order]
    records, places = keys // _STRIDE, keys % _STRIDE
    starts = np.flatnonzero(np.concatenate(([True], (records[1:] != records[:-1]) | (places[1:] - places[:-1] > slop))))
    met = np.bitwise_or.reduceat(bits, starts)
    sizes = np.diff(np.append(starts, len(keys)))
    shared = np.add.reduceat(np.concatenate(([0], keys[1:] == keys[:-1])).astype(np.int64), starts)
    whole = met == (1 << count) - 1
    sure = whole & (sizes == count) & (shared == 0)
    found = set(records[starts[sure]].tolist())
    for start, size in zip(starts[whole & ~sure].tolist(), sizes[whole & ~sure].tolist()):
        record = int(records[start])
        if record not in found and _cluster_matches(places[start:start + size], bits[start:start + size], count, slop):
            found.add(record)
    return np.array(sorted(found), dtype=np.int64)


def _cluster_matches(places: np.ndarray, bits: np.ndarray, count: int, slop: int) -> bool:
    by_place: dict[int, list[int]] = {}
    for at, bit in zip(places.tolist(), bits.tolist()):
        by_place.setdefault(at, []).append(bit.bit_length() - 1)
    return next(near_matches(by_place.items(), count, slop), None) is not None


class _NearMatcher(SpanWrappingMatcher):
    """The records holding every word, those where near_matches finds them near each other."""

    def __init__(self, matchers: Sequence, slop: int):
        self.ms = matchers
        self.slop = slop
        super().__init__(make_binary_tree(matching.IntersectionMatcher, matchers))

    def copy(self):
        return self.__class__([m.copy() for m in self.ms], self.slop)

    def replace(self, minquality=0):
        return self if self.is_active() else matching.NullMatcher()

    def _get_spans(self):
        by_place: dict[int, list[int]] = {}
        for word, m in enumerate(self.ms):
            for span in m.spans():
                by_place.setdefault(span.start, []).append(word)
        # which records match is all the search asks (index.executor): the first match will do
        first = next(near_matches(sorted(by_place.items()), len(self.ms), self.slop), None)
        return [] if first is None else [Span(*first)]
