"""Posting lists and field lengths as numpy arrays, read straight from Whoosh's segments.

Whoosh's matchers yield one document at a time in Python; a common word at 100k documents
means tens of thousands of Python steps per query. Reading whole posting blocks
(delta-encoded id tuples, weight arrays) into numpy is an order of magnitude faster.
This leans on whoosh 2.7's codec internals (W3LeafMatcher blocks, the lengths column),
which is why the version is pinned.
"""
from __future__ import annotations

from collections import OrderedDict
from itertools import chain, islice
from pickle import loads

import numpy as np
from whoosh.codec.whoosh3 import LENGTHS_COLUMN, _lenfield
from whoosh.reading import TermNotFound

from index.exact_lengths import lengths_of
from index.posting_blocks import field_postings
from whoosh.util.numeric import byte_to_length

_BYTE_TO_LENGTH = np.array([byte_to_length(i) for i in range(256)], dtype=np.float64)
CACHE_BYTES = 256 * 1024 * 1024  # posting lists kept per searcher generation


def segment_leaves(reader) -> list[tuple[object, int]]:
    """The segment readers with their document offsets. An index with no segment yet (created,
    nothing committed) reads as Whoosh's EmptyReader, which has no per-document columns."""
    leaves = [(reader, 0)] if reader.is_atomic() else list(reader.leaf_readers())
    return [(leaf, offset) for leaf, offset in leaves if hasattr(leaf, "_perdoc")]


def _segment_blocks(segreader, fieldname: str, text):
    """(segment-local ids, raw weights, raw values) of each block of a term's posting list in
    one segment; nothing when the segment lacks the term."""
    try:
        m = segreader.postings(fieldname, text)
    except TermNotFound:
        return
    while not hasattr(m, "_lastblock") and hasattr(m, "child"):
        m = m.child  # deletions wrap the leaf in a filter; callers mask deleted documents themselves
    while True:
        if m._data is None:
            m._read_data()
        raw_ids, raw_weights, raw_values = m._data[0], m._data[1], m._data[2]
        ids = np.asarray(raw_ids, dtype=np.int64)
        if not m._byteids:
            ids = np.cumsum(ids)  # delta-encoded: the first entry is absolute
        yield ids, raw_weights, raw_values
        if m._lastblock:
            return
        m._goto(m._nextoffset)


def _segment_postings(segreader, fieldname: str, text) -> tuple[np.ndarray, np.ndarray] | None:
    ids_parts, weight_parts = [], []
    for ids, raw_weights, _ in _segment_blocks(segreader, fieldname, text):
        count = len(ids)
        if raw_weights is None:
            weights = np.ones(count, dtype=np.float64)
        elif isinstance(raw_weights, float):
            weights = np.full(count, raw_weights, dtype=np.float64)
        else:
            weights = np.asarray(raw_weights, dtype=np.float64)
        ids_parts.append(ids)
        weight_parts.append(weights)
    if not ids_parts:
        return None
    return np.concatenate(ids_parts), np.concatenate(weight_parts)


def _decoded_positions(values: list[bytes]) -> tuple[np.ndarray, np.ndarray]:
    """(how many, the positions one after another) of Whoosh Positions values: each a count
    and a pickled list of deltas (whoosh.formats.Positions.encode)."""
    deltas = [loads(v[4:] if v.endswith(b".") else v[4:] + b".") for v in values]
    counts = np.fromiter(map(len, deltas), dtype=np.int64, count=len(deltas))
    flat = np.fromiter(chain.from_iterable(deltas), dtype=np.int64, count=int(counts.sum()))
    total = np.cumsum(flat)
    before = np.concatenate(([0], total))[np.cumsum(counts) - counts]  # the sum up to each value's first
    return counts, total - np.repeat(before, counts)


def length_bytes(perdoc, fieldname: str) -> bytes | None:
    """A segment's one-byte field lengths, from its per-document reader (a segment reader's
    `_perdoc`), one per document from the first (the column stops at the last document that has
    the field); None when no document has a length in the field."""
    col = perdoc._cached_reader(_lenfield(fieldname), LENGTHS_COLUMN)
    if col is None:
        return None
    count = min(col._count, perdoc.doc_count_all())
    return col._dbfile.get(col._basepos, count) if count else b""


def _live_mask(reader, size: int) -> np.ndarray:
    """Per document number, whether the record is live (deleted ones stay in their segment until
    it merges)."""
    if not reader.has_deletions():
        return np.ones(size, dtype=bool)
    live = np.zeros(size, dtype=bool)
    live[np.fromiter(reader.all_doc_ids(), dtype=np.int64, count=reader.doc_count())] = True
    return live


class PostingReader:
    """Posting lists and field lengths of one reader generation, cached."""

    def __init__(self, reader) -> None:
        self.reader = reader
        self.leaves = segment_leaves(reader)
        self.size = reader.doc_count_all()
        self._cache: OrderedDict[tuple[str, str], tuple[np.ndarray, np.ndarray]] = OrderedDict()
        self._cached_bytes = 0
        self._lengths: dict[str, np.ndarray] = {}
        self._live_totals: dict[str, float] = {}
        self._live_holders: dict[str, int] = {}
        self._dates: np.ndarray | None = None
        self._years: np.ndarray | None = None
        self.live = _live_mask(reader, self.size)
        self.live_count = int(self.live.sum())

    def postings(self, fieldname: str, text: str | bytes, cache: bool = True) -> tuple[np.ndarray, np.ndarray]:
        """(global document numbers, weights) of a term; empty arrays when absent."""
        return self._term_postings(fieldname, text, text, self.leaves, cache)

    def _term_postings(self, fieldname: str, key_text: str | bytes, text: str | bytes, leaves: list,
                       cache: bool = True) -> tuple[np.ndarray, np.ndarray]:
        """A term's postings read from `leaves` (the segments that may hold it), kept in the
        cache under `key_text`."""
        key = (fieldname, key_text)
        hit = self._cache.get(key) if cache else None
        if hit is not None:
            self._cache.move_to_end(key)
            return hit
        ids_parts, weight_parts = [], []
        for segreader, offset in leaves:
            found = _segment_postings(segreader, fieldname, text)
            if found is not None:
                ids_parts.append(found[0] + offset)
                weight_parts.append(found[1])
        if ids_parts:
            result = (np.concatenate(ids_parts), np.concatenate(weight_parts))
        else:
            result = (np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.float64))
        if cache:
            self._remember(key, result)
        return result

    def positions(self, fieldname: str, text: str, wanted: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """(record, position) pairs of a term in a positions field, of the records in the sorted
        array `wanted` only: each value is decoded for a record asked about, not for every one."""
        records, places = [], []
        for segreader, offset in self.leaves:
            end = offset + segreader.doc_count_all()
            local = wanted[(wanted >= offset) & (wanted < end)] - offset
            if not len(local):
                continue
            for ids, _, values in _segment_blocks(segreader, fieldname, text):
                at = np.minimum(np.searchsorted(local, ids), len(local) - 1)
                keep = np.flatnonzero(local[at] == ids)
                if len(keep):
                    counts, found = _decoded_positions([values[i] for i in keep.tolist()])
                    records.append(np.repeat(ids[keep] + offset, counts))
                    places.append(found)
        if not records:
            return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64)
        return np.concatenate(records), np.concatenate(places)

    def expansion(self, fieldname: str, btexts_of, most: int) -> list[tuple[str, np.ndarray, np.ndarray]] | None:
        """(term, global document numbers, weights) of every term `btexts_of(reader)` names in
        some segment (a wildcard's expansion), in order; None past `most` terms. Each term is
        read from the segments that hold it: looked up in every segment, a `про*` of 3,000 terms
        over 8 segments spent most of its time on 21,000 misses."""
        held: list[set] = []
        terms: set = set()
        for segreader, _ in self.leaves:
            held.append(set(islice(btexts_of(segreader), most + 1)))
            terms |= held[-1]
            if len(terms) > most:
                return None
        out = []
        for btext in sorted(terms):
            text = btext.decode("utf-8") if isinstance(btext, bytes) else btext
            holders = [leaf for leaf, have in zip(self.leaves, held) if btext in have]
            out.append((text, *self._term_postings(fieldname, text, btext, holders)))
        return out

    def field_terms(self, fieldname: str) -> dict[str, np.ndarray]:
        """Every term of a field with its global document numbers (deleted ones too), terms in
        order; each segment's term list for the field read once (posting_blocks.field_postings),
        not cached: the facet tables read it once per generation."""
        parts: dict[bytes, list[np.ndarray]] = {}
        for segreader, offset in self.leaves:
            for btext, ids in field_postings(segreader, fieldname):
                parts.setdefault(btext, []).append(ids + offset)
        return {btext.decode("utf-8"): np.concatenate(found) for btext, found in sorted(parts.items())}

    def _remember(self, key, value) -> None:
        size = value[0].nbytes + value[1].nbytes
        self._cache[key] = value
        self._cached_bytes += size
        while self._cached_bytes > CACHE_BYTES and len(self._cache) > 1:
            _, (ids, weights) = self._cache.popitem(last=False)
            self._cached_bytes -= ids.nbytes + weights.nbytes

    def field_lengths(self, fieldname: str) -> np.ndarray:
        """Per-document field length (as Whoosh stores it: one byte, decoded)."""
        lengths = self._lengths.get(fieldname)
        if lengths is None:
            raw = np.zeros(self.size, dtype=np.uint8)
            for segreader, offset in self.leaves:
                data = length_bytes(segreader._perdoc, fieldname)
                if data:
                    raw[offset:offset + len(data)] = np.frombuffer(data, dtype=np.uint8)
            lengths = _BYTE_TO_LENGTH[raw]
            self._lengths[fieldname] = lengths
        return lengths

    def live_field_length(self, fieldname: str) -> float:
        """A field's total length over live records, for BM25F's average: each segment's exact
        total less its deleted records' exact lengths (index.exact_lengths), the same sum a merge
        keeps (segment_builder._exact_totals), so a score is the same before and after a merge,
        and the same as in an index that never held the deleted records (an `ingest --force`
        over unchanged files ranks as a fresh build). Whoosh's own total counts deleted records
        until their segment merges. Records written before the exact lengths count their one-byte
        ones; a segment of deleted records only counts nothing."""
        total = self._live_totals.get(fieldname)
        if total is None:
            lengths = self.field_lengths(fieldname)
            total = 0.0
            for segreader, offset in self.leaves:
                count = segreader.doc_count_all()
                live = self.live[offset:offset + count]
                if not live.any():
                    continue
                total += segreader.field_length(fieldname)
                if segreader.has_deletions():
                    part, _ = lengths_of(segreader._perdoc, fieldname, lengths[offset:offset + count])
                    total -= float(part[~live].sum())
            self._live_totals[fieldname] = total
        return total

    def live_holders(self, fieldname: str) -> int:
        """How many live records hold a field (a document's title, a passage's text): BM25F's
        average field length is over them, not over every record of the index (see index.executor)."""
        count = self._live_holders.get(fieldname)
        if count is None:
            count = int(np.count_nonzero((self.field_lengths(fieldname) > 0) & self.live))
            self._live_holders[fieldname] = count
        return count

    def dates(self) -> np.ndarray:
        """Per record, its date as yyyymmdd (0: undated), read once per generation: the facets'
        date filters and sorts, and a typed year, all use this one array."""
        if self._dates is None:
            self._dates = self.numeric_column("date", missing=0).astype(np.int32)
        return self._dates

    def years(self) -> np.ndarray:
        """Per record, the year of its date (0: undated): a year typed in a query matches the
        records dated that year (index.query_years)."""
        if self._years is None:
            self._years = self.dates() // 10000
        return self._years

    def numeric_column(self, fieldname: str, missing: int = 0) -> np.ndarray:
        """A sortable NUMERIC field's per-document values as one array (int64), `missing`
        where a document has none. Read in bulk from each segment's column file."""
        field = self.reader.schema[fieldname]
        column = field.column_type
        dtype = np.dtype(">" + column._typecode)
        values = np.full(self.size, missing, dtype=np.int64)
        for segreader, offset in self.leaves:
            col = segreader._perdoc._cached_reader(fieldname, column)
            if col is None:
                continue
            count = min(col._count, segreader.doc_count_all())
            if count:
                raw = np.frombuffer(col._dbfile.get(col._basepos, count * dtype.itemsize), dtype=dtype)
                part = raw.astype(np.int64)
                part[raw == col._default] = missing
                values[offset:offset + count] = part
        return values
