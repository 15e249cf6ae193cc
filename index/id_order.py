"""Records ordered by their document's id: a tie-break and a listing order that outlive re-ingests.

Record numbers follow ingest history (an `ingest --force` of unchanged files numbers every record
anew), so paging that breaks ties by them shifts between two commits. A document's id is its
content's hash, the same after any re-ingest of the same file. Loading every stored id would
cost as much as opening the rest of a generation; instead each segment's `doc_id` term table is
read in one piece: its terms come sorted, and each term's entry names the first record holding
it (Whoosh's `min_id`), which is the document itself, its passages following it in its segment
(index.store.IndexWriter.add). Nothing is read from the postings or the stored fields.

    IdOrder(reader, is_doc, owner)
        .rank            per record number, the rank of its document's id among the ids (-1: none)
        .ids             the ids in order (bytes)
        .after(doc_id)   the first rank past `doc_id`, for a cursor
"""
from __future__ import annotations

import numpy as np

from index.posting_blocks import first_records
from index.postings import segment_leaves

ID_FIELD = "doc_id"


class IdOrder:
    """Per record number, the rank of its document's id (a document's passages share its rank)."""

    def __init__(self, reader, is_doc: np.ndarray, owner: np.ndarray) -> None:
        """`is_doc`: the live documents' records; `owner`: per record, its document's record."""
        ids, records = [], []
        for leaf, offset in segment_leaves(reader):
            terms, firsts = first_records(leaf, ID_FIELD)
            ids.append(terms)
            records.append(firsts + offset)
        by_record = self._ranked(ids, records, len(is_doc))
        missed = np.flatnonzero(is_doc & (by_record < 0))
        if len(missed):  # two versions of one id in one segment: their stored ids (never seen so far)
            ids.append(np.asarray([reader.stored_fields(int(r)).get(ID_FIELD, "").encode("utf-8") for r in missed],
                                  dtype="S"))
            records.append(missed.astype(np.int64))
            by_record = self._ranked(ids, records, len(is_doc))
        self.rank = np.where(owner >= 0, by_record[np.maximum(owner, 0)], -1)

    def _ranked(self, ids: list[np.ndarray], records: list[np.ndarray], size: int) -> np.ndarray:
        """Per record number, the rank of the id whose first record it is (-1 for the others);
        `self.ids` the ids in order, an id in two segments (a deleted version and the live one) once."""
        every = np.concatenate(ids) if ids else np.zeros(0, dtype="S1")
        found = np.concatenate(records) if records else np.zeros(0, dtype=np.int64)
        self.ids, ranks = np.unique(every, return_inverse=True)
        by_record = np.full(size, -1, dtype=np.int64)
        keep = found < size
        by_record[found[keep]] = ranks.reshape(-1)[keep]
        return by_record

    def after(self, doc_id: str) -> int:
        """The lowest rank of an id sorting after `doc_id`."""
        return int(np.searchsorted(self.ids, np.asarray([doc_id.encode("utf-8")], dtype="S"), side="right")[0])
