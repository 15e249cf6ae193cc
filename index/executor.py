"""Evaluate a parsed Whoosh query over numpy arrays: which documents match, and their BM25F score.

Same formula and statistics as Whoosh's BM25F (idf = log(N / (df + 1)) + 1, one-byte field
lengths, posting weights that carry the field boost; And/Or add their children's scores),
except that N, df and the average field length count live records only: Whoosh counts deleted
ones until their segment merges, so the same archive ranked differently after a re-ingest; and
the average length of a field is over the records holding it (a document's fields over
documents, a passage's over passages), not over every record of both kinds.
And over whole posting lists at once instead of one document per Python step. An exact
phrase is matched over position arrays (index.phrases), and so is a `"…"~N` one (index.near);
anything unusual falls back to Whoosh's own matcher for *which* documents match; phrases are scored
by the sum of their terms.
"""
from __future__ import annotations

from math import log

import numpy as np
from whoosh import query as wq

from index.near import near_records
from index.phrases import exact_phrase_records
from index.postings import PostingReader
from index.query import QueryError
from index.query_years import DatedInYear

B, K1 = 0.75, 1.2
# Terms a wildcard may expand to in one field (a prefix* in a search of every form reads two or
# three: title and content by dictionary form, and the exact forms: index.query._Parser); past
# it the query is refused, never searched in part. Measured on a 2,170-document archive with
# 600 notes of «про» nouns (each segment read for the terms it holds, see PostingReader.expansion):
# `про*` (650 dictionary forms, 2,480 written ones) 45 ms warm, 0.2 s the first time; 3,300
# notes (3,340 and 19,000 terms): ~0.3 s warm, ~1.2 s the first time.
MAX_EXPANSION = 5000


class TooManyWords(QueryError):
    """A wildcard matching more than MAX_EXPANSION terms of a field."""

    def __init__(self, node) -> None:
        if isinstance(node, wq.Prefix):
            what = f"начинаются с «{node.text}»"
        else:
            what = f"подходят под «{node.text}»"
        super().__init__(f"Слишком много слов {what} (больше {MAX_EXPANSION}): допишите ещё одну-две буквы.")


class Executor:
    def __init__(self, searcher, postings: PostingReader) -> None:
        self.searcher = searcher
        self.postings = postings
        self.size = postings.size
        self._live_count = postings.live_count
        # per wildcard evaluated: (term, its records) of every term it expanded to
        self._expansions: dict[object, list[tuple[str, np.ndarray]]] = {}

    def run(self, query) -> tuple[np.ndarray, np.ndarray]:
        """(match mask, scores) over every document number."""
        return self._eval(query)

    # -- leaves --------------------------------------------------------
    def _empty(self) -> tuple[np.ndarray, np.ndarray]:
        return np.zeros(self.size, dtype=bool), np.zeros(self.size, dtype=np.float64)

    def _term(self, fieldname: str, text: str, boost: float = 1.0):
        mask, scores = self._empty()
        ids, term_scores = self._term_postings(fieldname, text, boost)
        scores[ids] = term_scores
        mask[ids] = True
        return mask, scores

    def _term_postings(self, fieldname: str, text: str, boost: float = 1.0) -> tuple[np.ndarray, np.ndarray]:
        """The records holding a term and their BM25F scores for it."""
        ids, weights = self.postings.postings(fieldname, text)
        if len(ids) == 0:
            return ids, np.zeros(0, dtype=np.float64)
        df = int(np.count_nonzero(self.postings.live[ids]))
        return ids, self._bm25(fieldname, ids, weights, log(self._live_count / (df + 1)) + 1, boost)

    def _bm25(self, fieldname: str, ids: np.ndarray, weights: np.ndarray, idf, boost: float) -> np.ndarray:
        """BM25F of postings (`idf`: their term's, or per posting)."""
        avgfl = self._avg_field_length(fieldname)
        fl = self.postings.field_lengths(fieldname)[ids]
        return boost * idf * (weights * (K1 + 1)) / (weights + K1 * ((1 - B) + B * fl / avgfl))

    def _avg_field_length(self, fieldname: str) -> float:
        """The field's average length over the live records holding it. Whoosh divides by every
        record, passages too, which have no title nor document text: a document's text looked 5
        to 8 times the average, and length normalisation (B) cut every real document's score far
        below a three-sentence notice's."""
        if not self.searcher.schema[fieldname].scorable:
            return 1.0
        return (self.postings.live_field_length(fieldname) / (self.postings.live_holders(fieldname) or 1)) or 1.0

    def _any_term(self, fieldname: str, terms: list[tuple[str, np.ndarray, np.ndarray]], boost: float):
        """An OR of many terms (a wildcard's expansion), scored as the sum of each one's BM25F, in
        whole arrays: per term in Python, 20,000 terms cost 0.2 s more."""
        mask, scores = self._empty()
        terms = [t for t in terms if len(t[1])]
        if not terms:
            return mask, scores
        counts = np.array([len(ids) for _, ids, _ in terms])
        ids = np.concatenate([ids for _, ids, _ in terms])
        weights = np.concatenate([w for _, _, w in terms])
        df = np.add.reduceat(self.postings.live[ids].astype(np.int64), np.cumsum(counts) - counts)
        idf = np.repeat(np.log(self._live_count / (df + 1)) + 1, counts)
        mask[ids] = True
        return mask, np.bincount(ids, weights=self._bm25(fieldname, ids, weights, idf, boost), minlength=self.size)

    def _terms_sum(self, fieldname: str, words, boost: float = 1.0):
        total = np.zeros(self.size, dtype=np.float64)
        for word in words:
            total += self._term(fieldname, word, boost)[1]
        return total

    def _dated_in(self, node: DatedInYear):
        """The live records dated the node's year that hold one of its fields (a document's text,
        or a passage's), each scored as the year would score written once in the record's field
        that scores it best (a document's title): the date is what the record is about, as its
        title is. The idf is the year's among those records."""
        mask = (self.postings.years() == node.year) & self.postings.live
        holders = np.zeros(self.size, dtype=bool)
        for fieldname in node.fields:
            holders |= self.postings.field_lengths(fieldname) > 0
        mask &= holders
        ids = np.nonzero(mask)[0]
        if not len(ids):  # also an index with no live records, whose idf has no logarithm
            return mask, np.zeros(self.size, dtype=np.float64)
        idf = log(self._live_count / (len(ids) + 1)) + 1
        scores = np.zeros(self.size, dtype=np.float64)
        for fieldname in node.fields:
            once = np.full(len(ids), self.searcher.schema[fieldname].format.field_boost)  # a posting's weight
            scores[ids] = np.maximum(scores[ids], self._bm25(fieldname, ids, once, idf, node.boost))
        return mask, scores

    def _fallback(self, node):
        mask, scores = self._empty()
        ids = np.fromiter(self.searcher.docs_for_query(node), dtype=np.int64)
        mask[ids] = True
        return mask, scores

    def _phrase(self, node) -> np.ndarray:
        """The records holding a phrase, over position arrays: an exact one (index.phrases), words
        near each other (`"…"~N`, index.near); another by Whoosh's matcher."""
        found = exact_phrase_records(self.postings, self.searcher.schema, node)
        if found is None:
            found = near_records(self.postings, self.searcher.schema, node)
        if found is None:
            return self._fallback(node)[0]
        mask = np.zeros(self.size, dtype=bool)
        mask[found] = True
        return mask

    # -- tree ----------------------------------------------------------
    def _eval(self, node):
        if node is None or node is wq.NullQuery or isinstance(node, type(wq.NullQuery)):
            return self._empty()
        if isinstance(node, wq.Term):
            return self._term(node.fieldname, node.text, node.boost)
        if isinstance(node, DatedInYear):
            return self._dated_in(node)
        if isinstance(node, wq.Phrase):
            mask = self._phrase(node)
            return mask, np.where(mask, self._terms_sum(node.fieldname, node.words, node.boost), 0.0)
        if isinstance(node, wq.MultiTerm):  # prefix*, wildcards, fuzzy: an OR of the expansion
            return self._any_term(node.fieldname, self._expand(node), node.boost)
        if isinstance(node, wq.AndNot):
            mask, scores = self._eval(node.a)
            mask &= ~self._eval(node.b)[0]
            return mask, np.where(mask, scores, 0.0)
        if isinstance(node, wq.AndMaybe):
            mask, scores = self._eval(node.a)
            _, extra = self._eval(node.b)
            return mask, np.where(mask, scores + extra, 0.0)
        if isinstance(node, wq.Or):
            mask, scores = self._empty()
            for child in node.subqueries:
                m, s = self._eval(child)
                mask |= m
                scores += s
            return mask, scores * node.boost
        if isinstance(node, wq.And):
            positive = [c for c in node.subqueries if not isinstance(c, wq.Not)]
            negative = [c.query for c in node.subqueries if isinstance(c, wq.Not)]
            if not positive:
                return self._empty()
            mask, scores = self._eval(positive[0])
            for child in positive[1:]:
                m, s = self._eval(child)
                mask &= m
                scores += s
            for child in negative:
                mask &= ~self._eval(child)[0]
            return mask, np.where(mask, scores * node.boost, 0.0)
        return self._fallback(node)

    # -- wildcards -----------------------------------------------------
    def _expand(self, node) -> list[tuple[str, np.ndarray, np.ndarray]]:
        """(term, records, weights) of every term a wildcard expands to; TooManyWords past
        MAX_EXPANSION (a part of them would drop the rest's documents unsaid)."""
        found = self.postings.expansion(node.fieldname, node._btexts, MAX_EXPANSION)
        if found is None:
            raise TooManyWords(node)
        self._expansions[node] = [(text, ids) for text, ids, _ in found]
        return found

    def wildcard_terms(self, query, records) -> dict[int, dict[object, list[str]]]:
        """Per record of `records`, per wildcard of `query`, the terms of its expansion the record
        holds: the words its snippet marks, however many the wildcard expands to."""
        out: dict[int, dict[object, list[str]]] = {int(r): {} for r in records}
        wanted = np.fromiter(out, dtype=np.int64, count=len(out))
        for node in _wildcards(query):
            if node not in self._expansions:
                self._expand(node)
            expansion = self._expansions[node]
            if not expansion or not len(wanted):
                continue
            flat = np.concatenate([ids for _, ids in expansion])
            term_of = np.repeat(np.arange(len(expansion)), [len(ids) for _, ids in expansion])
            hits = np.nonzero(np.isin(flat, wanted))[0]
            for record, term in zip(flat[hits].tolist(), term_of[hits].tolist()):
                out[record].setdefault(node, []).append(expansion[term][0])
        return out


def has_wildcards(query) -> bool:
    """Whether a query tree holds a prefix* or another wildcard."""
    return next(_wildcards(query), None) is not None


def _wildcards(node):
    """The wildcards (prefix*, меж*ский) of a query tree."""
    if node is None:
        return
    if isinstance(node, wq.MultiTerm):
        yield node
    elif not node.is_leaf():
        for child in node.children():
            yield from _wildcards(child)
