"""A result's copies as a page names them: which other documents say the same (index.same_text)."""
from __future__ import annotations

import numpy as np

from index.results import Copy
from index.same_text import Facts, text_key
from index.schema import KIND_PASSAGE
from index.store import stored_keywords


def record_key(stored: dict) -> int:
    """The same-text key of a stored record: a quote's words and speakers, a document's title, text
    and date (a title of its own, as a repost's, or another day, as a greeting sent every year,
    makes it a document of its own)."""
    if stored.get("kind") == KIND_PASSAGE:
        return text_key(stored.get("ptext", ""), stored_keywords(stored.get("speakers")))
    return text_key(f"{stored.get('date') or 0}\n{stored.get('title', '')}\n{stored.get('content', '')}")


class KeyTable:
    """Per record number, its same-text key, read from its stored fields on first use and kept for
    the generation: 8 bytes a record in one array (0: not read yet), 0.8 MB for 100k records."""

    def __init__(self, size: int) -> None:
        self.keys = np.zeros(size, dtype=np.uint64)

    def key(self, searcher, record: int) -> int:
        key = int(self.keys[record])
        if not key:
            key = self.keys[record] = record_key(searcher.stored_fields(record))
        return key


def record_facts(searcher, tables, record: int, documents: dict | None = None) -> Facts:
    """What choosing a group's representative reads of `record`: its document's date, files,
    title and id (index.same_text.representative). `documents`: the (files, title) of the documents
    read so far, kept by the caller (a quote repeated 1,500 times in one stenogram read its whole
    stored text 1,500 times)."""
    document = int(tables.owner()[record])
    known = None if documents is None else documents.get(document)
    if known is None:
        stored = searcher.stored_fields(document)
        known = (len(stored.get("paths") or []), stored.get("title", ""))
        if documents is not None:
            documents[document] = known
    return Facts(date=int(tables.date[record]), files=known[0], title=known[1],
                 id_rank=int(tables.id_rank[record]), record=record)


def document_copy(stored: dict) -> Copy:
    return Copy(doc_id=stored.get("doc_id", ""), title=stored.get("title", ""), format=stored.get("format", ""),
                paths=list(stored.get("paths") or []))


# the most documents a document page compares its key with: those of its day, and past this many
# only those whose title has as many words (index.same_text keys a document with its date and title)
PAGE_CANDIDATES = 500


def same_text_documents(searcher, tables, keys: KeyTable, title_lengths, docnum: int) -> list[Copy]:
    """The other documents with the text of document `docnum`, in order of id, for its page: the
    search shows them as one result, and an archivist sees them from either. Only documents of its
    day can share its key, so a few are read (once a generation), not the archive; of a day with more
    than PAGE_CANDIDATES, those whose title has as many words, and of those the first by id."""
    candidates = tables.is_doc & (tables.date == tables.date[docnum])
    if candidates.sum() > PAGE_CANDIDATES:
        candidates &= title_lengths == title_lengths[docnum]
    candidates[docnum] = False
    found = np.flatnonzero(candidates)
    found = found[np.argsort(tables.id_rank[found], kind="stable")][:PAGE_CANDIDATES]
    key = keys.key(searcher, docnum)
    return [document_copy(searcher.stored_fields(int(r))) for r in found if keys.key(searcher, int(r)) == key]


def copies_of(searcher, owner, records: list[int], own_doc: str) -> list[Copy]:
    """The documents of `records` (each once, in their order) but the shown result's own.
    `owner`: per record number, its document's record number (FacetTables.owner)."""
    seen, found, read = {own_doc}, [], set()
    for record in records:
        document = int(owner[record])
        if document in read:
            continue  # a document's stored fields hold its whole text: read once, not once a passage
        read.add(document)
        stored = searcher.stored_fields(document)
        if stored.get("doc_id") not in seen:
            seen.add(stored.get("doc_id"))
            found.append(document_copy(stored))
    return found
