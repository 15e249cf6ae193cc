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

from index.postings import PostingReader
from index.schema import FACET_FIELDS, KIND_DOC


@dataclass
class FieldTable:
    values: list[str]  # value id -> value text, sorted
    entry_doc: np.ndarray  # int32, one entry per (document, value) pair
    entry_value: np.ndarray  # int32, value id of each entry
    value_ids: dict[str, int]

    def count(self, matched: np.ndarray) -> np.ndarray:
        """Per-value counts of documents in the boolean mask `matched`."""
        hit = matched[self.entry_doc]
        return np.bincount(self.entry_value[hit], minlength=len(self.values))

    def docs_with_any(self, wanted: list[str], size: int) -> np.ndarray:
        """Boolean mask of documents having at least one of the `wanted` values."""
        ids = [self.value_ids[v] for v in wanted if v in self.value_ids]
        mask = np.zeros(size, dtype=bool)
        if ids:
            sel = np.isin(self.entry_value, np.asarray(ids, dtype=np.int32))
            mask[self.entry_doc[sel]] = True
        return mask


def _postings_table(reader, postings: PostingReader, field: str, live: np.ndarray) -> FieldTable:
    values: list[str] = []
    docs: list[np.ndarray] = []
    vals: list[np.ndarray] = []
    if field in reader.schema:
        for raw in reader.lexicon(field):
            text = raw.decode("utf-8") if isinstance(raw, bytes) else raw
            ids = postings.postings(field, text, cache=False)[0]
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
        self._is_doc_record = self.is_doc.copy()  # deleted ones too: their passages follow them
        self.is_doc &= live
        self.fields = {f: _postings_table(reader, postings, f, live) for f in FACET_FIELDS}
        self.date = self._dates(reader, postings, size)

    def owner(self) -> np.ndarray:
        """Per record number, the document number it belongs to (a document its own), for a
        quote search filtering on a document facet; built on first use (one pass of numpy)."""
        if self._owner is None:
            self._owner = _owners(self._is_doc_record)
        return self._owner

    @staticmethod
    def _dates(reader, postings: PostingReader, size: int) -> np.ndarray:
        """yyyymmdd per document number (0 = undated), from the date column."""
        return postings.numeric_column("date", missing=0).astype(np.int32)

    def count(self, field: str, matched: np.ndarray) -> list[tuple[str, int]]:
        table = self.fields[field]
        counts = table.count(matched)
        nonzero = np.nonzero(counts)[0]
        return [(table.values[i], int(counts[i])) for i in nonzero]
