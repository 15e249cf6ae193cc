"""One generation of the index as a searcher sees it (one commit), with what search loads for it.

    Generation.open(index_dir) -> Generation
        .searcher, .postings, .tables      Whoosh's searcher, the posting reader, the facet tables
        .number    the commit's generation number (GET /health's `generation`; a rebuilt folder
                   starts again at 1)
        .tag       a short text naming this very commit, a rebuild's too, for ETags
        .extraction  extraction version -> documents it derived (index.extraction), counted at open
                   so /health reads it without the searcher (a few term lists: milliseconds)
        .evaluated(query, run) -> (match mask, scores)   run(query) once for the last few queries
        .dated_factors((query, exact)) -> {record: factor}   a question of when's raises, kept alike

A search reads the newest generation; an export of many pages pins the one it started on
(SearchService.pin), so every page comes from one commit, and the generation is closed once the
last export reading it lets go.
"""
from __future__ import annotations

import hashlib
import os
import re
from collections import OrderedDict
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
from whoosh import scoring

from index.extraction import extraction_counts
from index.facets import FacetTables
from index.postings import PostingReader
from index.store import index_identity, open_index, reading, segment_file_names

# Queries whose matches a generation keeps (Generation.evaluated): an export reads its pages one
# after another, and each page evaluated the query again; a CSV of a `"…"~10` search took 47 s.
EVALUATED_QUERIES = 4


@dataclass(eq=False)
class Generation:
    searcher: object
    postings: PostingReader
    tables: FacetTables
    identity: tuple | None  # index_identity when it was opened
    length_priors: dict = field(default_factory=dict)  # built on first use (SearchService._length_prior)
    spellers: dict = field(default_factory=dict)
    same_text_keys: object = None  # index.copies.KeyTable, made on first use (SearchService._same_text_keys)
    kazakh_spellings: dict = field(default_factory=dict)  # SearchService._kazakh_spellings
    extraction: dict = field(default_factory=dict)  # index.extraction.extraction_counts
    files: tuple = ()  # the generation's files (its table of contents, its segments'): /health checks they are there
    # query -> (records matched or scored, their scores), most recent last: Generation.evaluated
    evaluations: OrderedDict = field(default_factory=OrderedDict)
    # (query, exact) -> {record: its dated-answer factor}, most recent last: Generation.dated_factors
    dated: OrderedDict = field(default_factory=OrderedDict)
    users: int = 0  # exports reading it (SearchService.pin)
    retired: bool = False  # a newer generation is live: closed when its last user lets go

    @classmethod
    def open(cls, index_dir: str | Path) -> Generation:
        identity = index_identity(index_dir)  # before opening: a commit in between is seen next time
        ix = open_index(index_dir)  # again each time: a restored folder may hold another schema version
        with reading(index_dir):
            searcher = ix.searcher(weighting=scoring.BM25F())
            postings = PostingReader(searcher.reader())
            tables = FacetTables(searcher.reader(), postings)
            extraction = extraction_counts(searcher.reader(), postings)
        return cls(searcher, postings, tables, identity, extraction=extraction,
                   files=_files_of(index_dir, identity, searcher.reader()))

    def missing_file(self, index_dir: str | Path) -> str | None:
        """The first of the generation's files gone from the folder (a stat each, nothing read):
        the open searcher still reads it, but nothing opening the folder anew can."""
        for name in self.files:
            try:
                os.stat(Path(index_dir) / name)
            except FileNotFoundError:
                return name
            except OSError:
                continue  # unreadable: said by whatever opens it
        return None

    @property
    def number(self) -> int | None:
        return int(re.search(r"\d+", self.identity[0]).group()) if self.identity else None

    @property
    def tag(self) -> str:
        return hashlib.sha256(repr(self.identity).encode("utf-8")).hexdigest()[:16]

    def evaluated(self, query, run) -> tuple[np.ndarray, np.ndarray]:
        """`run(query)`, the (match mask, scores) of a parsed query over every record, computed once
        for the EVALUATED_QUERIES asked last: the next page of one search, an export's every page,
        reads them again. Kept as the records it holds (a few of an archive's, mostly), and given
        out as new arrays, which the caller may change. Queries are equal when their trees are
        (Whoosh compares class, fields, words, boosts)."""
        kept = self.evaluations.get(query)
        if kept is None:
            mask, scores = run(query)
            ids = np.flatnonzero(mask | (scores != 0))
            kept = self.evaluations[query] = (ids, mask[ids], scores[ids])
            while len(self.evaluations) > EVALUATED_QUERIES:
                self.evaluations.popitem(last=False)
        self.evaluations.move_to_end(query)
        ids, matched, scored = kept
        size = self.postings.size
        mask, scores = np.zeros(size, dtype=bool), np.zeros(size, dtype=np.float64)
        mask[ids], scores[ids] = matched, scored
        return mask, scores

    def dated_factors(self, key) -> dict[int, float]:
        """The dated-answer factors (index.dated_answers) already worked out for `key`, (query,
        exact), to add to, for the EVALUATED_QUERIES asked last: the next page reads them instead
        of tokenizing twenty texts again."""
        factors = self.dated.get(key)
        if factors is None:
            factors = self.dated[key] = {}
            while len(self.dated) > EVALUATED_QUERIES:
                self.dated.popitem(last=False)
        self.dated.move_to_end(key)
        return factors

    def close(self) -> None:
        self.searcher.close()


def _files_of(index_dir: str | Path, identity: tuple | None, reader) -> tuple:
    """The names of the table of contents and of the segment files `reader` reads."""
    segments = [leaf.segment() for leaf, _ in reader.leaf_readers() if hasattr(leaf, "segment")]
    ids = {segment.segment_id() for segment in segments if segment is not None}  # none in an empty index
    try:
        names = segment_file_names(index_dir, ids)
    except OSError:
        names = []
    return tuple(([identity[0]] if identity else []) + sorted(names))
