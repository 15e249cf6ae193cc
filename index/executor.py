"""Evaluate a parsed Whoosh query over numpy arrays: which documents match, and their BM25F score.

Same formula and statistics as Whoosh's BM25F (idf = log(N / (df + 1)) + 1, one-byte field
lengths, posting weights that carry the field boost; And/Or add their children's scores),
except that N, df and the average field length count live records only: Whoosh counts deleted
ones until their segment merges, so the same archive ranked differently after a re-ingest.
And over whole posting lists at once instead of one document per Python step. Phrases
and anything unusual fall back to Whoosh's own matcher for *which* documents match and
are scored by the sum of their terms.
"""
from __future__ import annotations

from math import log

import numpy as np
from whoosh import query as wq

from index.postings import PostingReader

B, K1 = 0.75, 1.2
# Terms a wildcard may expand to in one field: a prefix* in a search of every form reads two or
# three (title and content by dictionary form, and the exact forms: index.query._Parser).
MAX_EXPANSION = 500


class Executor:
    def __init__(self, searcher, postings: PostingReader) -> None:
        self.searcher = searcher
        self.postings = postings
        self.size = postings.size
        self._live_count = postings.live_count

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
        idf = log(self._live_count / (df + 1)) + 1
        avgfl = self._avg_field_length(fieldname)
        fl = self.postings.field_lengths(fieldname)[ids]
        return ids, boost * idf * (weights * (K1 + 1)) / (weights + K1 * ((1 - B) + B * fl / avgfl))

    def _avg_field_length(self, fieldname: str) -> float:
        """Whoosh's average (total length / records of every kind) over live records only."""
        if not self.searcher.schema[fieldname].scorable:
            return 1.0
        return (self.postings.live_field_length(fieldname) / (self._live_count or 1)) or 1.0

    def _terms_sum(self, fieldname: str, words, boost: float = 1.0):
        total = np.zeros(self.size, dtype=np.float64)
        for word in words:
            total += self._term(fieldname, word, boost)[1]
        return total

    def _fallback(self, node):
        mask, scores = self._empty()
        ids = np.fromiter(self.searcher.docs_for_query(node), dtype=np.int64)
        mask[ids] = True
        return mask, scores

    # -- tree ----------------------------------------------------------
    def _eval(self, node):
        if node is None or node is wq.NullQuery or isinstance(node, type(wq.NullQuery)):
            return self._empty()
        if isinstance(node, wq.Term):
            return self._term(node.fieldname, node.text, node.boost)
        if isinstance(node, wq.Phrase):
            mask, _ = self._fallback(node)
            return mask, np.where(mask, self._terms_sum(node.fieldname, node.words, node.boost), 0.0)
        if isinstance(node, wq.MultiTerm):  # prefix*, wildcards, fuzzy: an OR of the expansion
            mask, scores = self._empty()
            for i, raw in enumerate(node._btexts(self.searcher.reader())):
                if i >= MAX_EXPANSION:
                    break
                text = raw.decode("utf-8") if isinstance(raw, bytes) else raw
                # at its records only: whole arrays per term made `при*` cost 500 passes over the archive
                ids, term_scores = self._term_postings(node.fieldname, text, node.boost)
                mask[ids] = True
                scores[ids] += term_scores
            return mask, scores
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
