"""Facet counting from per-document arrays held in memory.

Whoosh's `groupedby` walks every hit in Python and reads stored values: over a second
for a common word at 100k documents. Instead, once per searcher generation, the facet
fields' postings are loaded into numpy arrays (a CSR-like pair of arrays per field:
entry -> document number, entry -> value id). Counting the facets of a result set is
then one boolean gather and one bincount per field, whatever the number of hits.
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from index.filter_suggestions import Surnames
from index.id_order import IdOrder
from index.name_folding import NAME_FACETS, fuller_names
from index.name_match import NameIndex, fold_name
from index.path_filters import PathTable
from index.postings import PostingReader
from index.schema import ADDED, CHANGED, FACET_FIELDS, KIND_DOC, LISTED

# The facets a passage carries itself (index.store.passage_fields); the others, year, persons and
# topics, are its document's, and a quote is counted under its document's values.
PASSAGE_FACETS = ("speakers", "language", "format")


@dataclass
class FieldTable:
    values: list[str]  # value id -> value text, sorted
    entry_doc: np.ndarray  # int32, one entry per (document, value) pair
    entry_value: np.ndarray  # int32, value id of each entry
    value_ids: dict[str, int]  # value text -> id; a name folded into a fuller one (name_folding) has that one's
    _by_doc: np.ndarray | None = None  # entries in order of document, made on first use (entries_of)
    _surnames: Surnames | None = None  # the values' surnames for a slip's correction, made on first use

    def surnames(self) -> Surnames:
        """The values' last words grouped for index.filter_suggestions, made once per generation."""
        if self._surnames is None:
            self._surnames = Surnames(self.values)
        return self._surnames

    def count(self, matched: np.ndarray, keys: np.ndarray | None = None) -> np.ndarray:
        """Per-value counts of documents in the boolean mask `matched`; with `keys` (a same-text
        key per record), of distinct texts: copies count once (index.same_text)."""
        hit = matched[self.entry_doc]
        counts = np.bincount(self.entry_value[hit], minlength=len(self.values))
        if keys is not None:
            read = np.flatnonzero(keys != 0)
            read = read[matched[read]]  # the records found whose keys were read: only they can be copies
            values, held_by = self.entries_of(read, read)
            counts = copies_counted_once(counts, values, keys[held_by])
        return counts

    def entries_of(self, records: np.ndarray, owners: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """The (value id, record) pairs of `records` whose values are their `owners`' (a quote's
        year, persons and topics are its document's)."""
        if self._by_doc is None:
            self._by_doc = np.argsort(self.entry_doc, kind="stable")
        docs = self.entry_doc[self._by_doc]
        starts, ends = np.searchsorted(docs, owners, "left"), np.searchsorted(docs, owners, "right")
        counts = ends - starts
        firsts = np.repeat(starts - (np.cumsum(counts) - counts), counts)
        entries = self._by_doc[firsts + np.arange(int(counts.sum()))]
        return self.entry_value[entries], np.repeat(records, counts)

    def count_weighted(self, per_doc: np.ndarray) -> np.ndarray:
        """Per-value sums of `per_doc` (a count per document number) over the documents having
        each value: a document's quotes counted under its values."""
        weights = per_doc[self.entry_doc]
        hit = np.flatnonzero(weights)  # a few documents of many: the weighted bincount over them only
        sums = np.bincount(self.entry_value[hit], weights=weights[hit], minlength=len(self.values))
        return sums.astype(np.int64)  # exact: sums of counts below 2**53

    def docs_with_any(self, wanted: list[str], size: int) -> np.ndarray:
        """Boolean mask of documents having at least one of the `wanted` values."""
        ids = [self.value_ids[v] for v in wanted if v in self.value_ids]
        mask = np.zeros(size, dtype=bool)
        if ids:
            sel = np.isin(self.entry_value, np.asarray(ids, dtype=np.int32))
            mask[self.entry_doc[sel]] = True
        return mask

    def folded(self, fuller: dict[str, str]) -> FieldTable:
        """The table with each name of `fuller` counted as the fuller name it stands for: one value,
        a document having both counted once, and the shorter name still a filter for it."""
        if not any(v in fuller for v in self.values):
            return self
        values = sorted({fuller.get(v, v) for v in self.values})
        ids = {v: i for i, v in enumerate(values)}
        remap = np.asarray([ids[fuller.get(v, v)] for v in self.values], dtype=np.int64)
        pairs = np.unique(self.entry_doc.astype(np.int64) * len(values) + remap[self.entry_value])
        value_ids = ids | {short: ids[full] for short, full in fuller.items() if full in ids}
        return FieldTable(values, (pairs // len(values)).astype(np.int32),
                          (pairs % len(values)).astype(np.int32), value_ids)


def distinct_per_value(values: np.ndarray, keys: np.ndarray, size: int) -> np.ndarray:
    """Per value id (of `size`), how many distinct keys its entries have: `values[i]` held by a
    record whose same-text key is `keys[i]`."""
    if not len(values):
        return np.zeros(size, dtype=np.int64)
    groups = np.unique(keys, return_inverse=True)[1].astype(np.int64).ravel()  # dense: one int64 a pair
    width = int(groups.max()) + 1
    pairs = np.unique(values.astype(np.int64) * width + groups)
    return np.bincount(pairs // width, minlength=size)


def copies_counted_once(counts: np.ndarray, values: np.ndarray, keys: np.ndarray) -> np.ndarray:
    """`counts` (per value id, every record of `values`' entries counted) less the copies among
    the entries whose record's same-text key was read (`keys`, 0 for not read): a text and its
    copies count once. Only the read records are compared, so a search over the whole archive
    costs one bincount, not a sort of every entry."""
    read = keys != 0
    if not read.any():
        return counts
    values, keys = values[read], keys[read]
    size = len(counts)
    return counts - (np.bincount(values, minlength=size) - distinct_per_value(values, keys, size))


def _postings_table(postings: PostingReader, field: str, live: np.ndarray) -> FieldTable:
    values: list[str] = []
    docs: list[np.ndarray] = []
    vals: list[np.ndarray] = []
    for text, ids in postings.field_terms(field).items():
        ids = ids[ids < len(live)]  # never trust a posting past the document count
        ids = ids[live[ids]].astype(np.int32)
        if len(ids) == 0:
            continue
        vid = len(values)
        values.append(text)
        docs.append(ids)
        vals.append(np.full(len(ids), vid, dtype=np.int32))
    entry_doc = np.concatenate(docs) if docs else np.zeros(0, dtype=np.int32)
    entry_value = np.concatenate(vals) if vals else np.zeros(0, dtype=np.int32)
    return FieldTable(values, entry_doc, entry_value, {v: i for i, v in enumerate(values)})


def _listed_only(fields: dict[str, FieldTable], listed: FieldTable) -> set[str]:
    """The persons values every document holding which names them only in a list's entries (its `listed`
    field, a subset of its persons) and no document as a speaker."""
    persons = fields["persons"]
    if not listed.values:
        return set()
    held = np.bincount(persons.entry_value, minlength=len(persons.values))
    as_person = np.asarray([persons.value_ids.get(v, -1) for v in listed.values], dtype=np.int64)
    ids = as_person[listed.entry_value]
    in_lists = np.bincount(ids[ids >= 0], minlength=len(persons.values))
    speakers = fields["speakers"].value_ids
    return {persons.values[i] for i in np.flatnonzero((in_lists == held) & (held > 0)) if persons.values[i] not in speakers}


def _owners(is_doc_record: np.ndarray) -> np.ndarray:
    """Per record number, the number of the document it belongs to: the nearest document at or
    before it. A document's passages follow it in its segment (index.store adds them as one
    group), and every segment starts with a document."""
    numbers = np.where(is_doc_record, np.arange(len(is_doc_record)), -1)
    return np.maximum.accumulate(numbers) if len(numbers) else numbers


class FacetTables:
    """Everything search needs per document number, loaded once per reader generation."""

    def __init__(self, reader, postings: PostingReader) -> None:
        size = reader.doc_count_all()
        self.size = size
        live = postings.live
        self.live = live
        self.is_doc = np.zeros(size, dtype=bool)
        self.is_doc[postings.postings("kind", KIND_DOC, cache=False)[0]] = True
        self._owner: np.ndarray | None = None
        self._doc_records: np.ndarray | None = None
        self._is_doc_record = self.is_doc.copy()  # deleted ones too: their passages follow them
        self.is_doc &= live
        self.fields = {f: _postings_table(postings, f, live) for f in FACET_FIELDS}
        # the same names fold in both facets, so a person's speakers and persons values agree; a name
        # only lists hold takes no part (a registry's member would give a speaker elsewhere his initials)
        listed = _listed_only(self.fields, _postings_table(postings, LISTED, live)) if LISTED in reader.schema else set()
        self.fuller = fuller_names(v for f in NAME_FACETS for v in self.fields[f].values if v not in listed)
        for f in NAME_FACETS:
            self.fields[f] = self.fields[f].folded(self.fuller)
        self.date = postings.dates()
        self._postings = postings
        self._arrived: np.ndarray | None = None
        # ties broken by document id, which a re-ingest keeps, not by record number
        self.id_order = IdOrder(reader, self.is_doc, self.owner())
        self.id_rank = self.id_order.rank
        self._having: dict[tuple[str, str], np.ndarray] = {}
        self._name_indexes: dict[str, NameIndex] = {}
        self._by_folded: dict[str, dict[str, list[str]]] = {}
        self._paths: PathTable | None = None

    def paths(self, recorded_roots=lambda: []) -> PathTable:
        """The documents' paths for `file:` and `folder:` filters, read on first use; `recorded_roots()`:
        the folders the ingests were given (index.store.ingested_roots), read only then."""
        if self._paths is None:
            self._paths = PathTable.load(self._postings, self.live, recorded_roots())
        return self._paths

    def name_index(self, field: str) -> NameIndex:
        """A name facet's values parsed for matching typed names, built on first use."""
        index = self._name_indexes.get(field)
        if index is None:
            index = self._name_indexes[field] = NameIndex(self.fields[field].values, self.fuller)
        return index

    def values_folded(self, field: str) -> dict[str, list[str]]:
        """A facet's values by their folded form (case, ё), in the facet's order, built on first
        use: a typed filter value finds its own value without folding every value again."""
        by_folded = self._by_folded.get(field)
        if by_folded is None:
            by_folded = self._by_folded[field] = {}
            for value in self.fields[field].values:
                by_folded.setdefault(fold_name(value), []).append(value)
        return by_folded

    def names(self, names: list[str]) -> list[str]:
        """Stored names (a record's speakers or persons, a filter's values) as the facets show
        them: each folded into its fuller name, once."""
        return list(dict.fromkeys(self.fuller.get(n, n) for n in names))

    def owner(self) -> np.ndarray:
        """Per record number, the document number it belongs to (a document its own), for a
        quote search filtering on a document facet; built on first use (one pass of numpy)."""
        if self._owner is None:
            self._owner = _owners(self._is_doc_record)
        return self._owner

    def arrived(self) -> np.ndarray:
        """Per record, when its document's content came into the archive (index.arrival.arrived,
        seconds; 0: unknown, ingested before the times were kept), a passage its document's:
        the `added` sort and the `added_from` filter read it. Built on first use."""
        if self._arrived is None:
            times = [self._postings.numeric_column(f) for f in (ADDED, CHANGED) if f in self._postings.reader.schema]
            per_record = np.maximum.reduce(times) if times else np.zeros(self.size, dtype=np.int64)
            owners = self.owner()
            self._arrived = np.where(owners >= 0, per_record[np.maximum(owners, 0)], 0)
        return self._arrived

    def passages_of(self, docnum: int) -> tuple[int, int]:
        """The record numbers [start, end) of a document's passages: the records after it up to
        the next document's (see _owners), in their order of position."""
        if self._doc_records is None:
            self._doc_records = np.flatnonzero(self._is_doc_record)
        k = int(np.searchsorted(self._doc_records, docnum, side="right"))
        end = int(self._doc_records[k]) if k < len(self._doc_records) else self.size
        return docnum + 1, end

    def having(self, field: str, value: str) -> np.ndarray:
        """Per record number, whether the record has `value` in facet `field`; built on first use."""
        if (field, value) not in self._having:
            self._having[field, value] = self.fields[field].docs_with_any([value], self.size)
        return self._having[field, value]

    def value_of(self, field: str, docnum: int) -> str:
        """The value a single-valued facet (language, format, year) has for a record, '' for none."""
        return next((v for v in self.fields[field].values if self.having(field, v)[docnum]), "")

    def count(self, field: str, matched: np.ndarray, keys: np.ndarray | None = None) -> list[tuple[str, int]]:
        table = self.fields[field]
        return _nonzero(table.values, table.count(matched, keys))

    def passage_counter(self, passages: np.ndarray, keys: np.ndarray | None = None) -> "PassageCounter":
        """Facet counts of the passages in the boolean mask `passages` (quotes, not documents);
        with `keys`, of distinct quotes (copies once)."""
        return PassageCounter(self, passages, keys)


def _nonzero(values: list[str], counts: np.ndarray) -> list[tuple[str, int]]:
    return [(values[i], int(counts[i])) for i in np.nonzero(counts)[0]]


class PassageCounter:
    """Counts quotes per facet value: a passage under its own speakers, language and format, and
    under its document's year, persons and topics (README: quotes take every filter documents
    take, the same way). The passages per document are counted once, for all three."""

    def __init__(self, tables: FacetTables, passages: np.ndarray, keys: np.ndarray | None = None) -> None:
        self.tables = tables
        self.passages = passages
        self.keys = keys  # a same-text key per record: copies of a quote count once
        self._per_doc: np.ndarray | None = None

    def __call__(self, field: str) -> list[tuple[str, int]]:
        if field in PASSAGE_FACETS:
            return self.tables.count(field, self.passages, self.keys)
        table = self.tables.fields[field]
        counts = table.count_weighted(self.per_document())
        if self.keys is not None:
            records = np.flatnonzero(self.passages & (self.keys != 0))  # the quotes whose keys were read
            values, held_by = table.entries_of(records, self.tables.owner()[records])
            counts = copies_counted_once(counts, values, self.keys[held_by])
        return _nonzero(table.values, counts)

    def per_document(self) -> np.ndarray:
        """Per document number, how many of the passages are its own."""
        if self._per_doc is None:
            owners = self.tables.owner()[self.passages]
            owners = owners[owners >= 0]  # never a passage before every document; bincount takes no -1
            self._per_doc = np.bincount(owners, minlength=self.tables.size)
        return self._per_doc
