"""Which version of ingest's extraction the documents were derived from their files with.

An index stays of the same schema while what ingest reads from a file improves (quotes cited as
narration, speakers, dates): an unchanged file is not parsed again, so its document keeps what
the version that parsed it read. Each document records that version (index.schema.EXTRACTION);
these count the documents of each from the field's term list, never from stored fields, and say
what an operator does about the older ones. The current version is ingest's
(ingest.build.EXTRACTION_VERSION): the index does not import it, its callers pass it.
"""
from __future__ import annotations

from pathlib import Path

from index.postings import PostingReader
from index.schema import EXTRACTION, KIND_DOC
from index.store import force_command, open_index, reading

UNRECORDED = 0  # the documents written before the version was recorded


def extraction_counts(reader, postings: PostingReader) -> dict[int, int]:
    """Extraction version -> how many live documents it derived (UNRECORDED: those without one)."""
    docs = postings.postings("kind", KIND_DOC, cache=False)[0]
    documents = int(postings.live[docs].sum())
    counts: dict[int, int] = {}
    if EXTRACTION in reader.schema:
        for raw in reader.lexicon(EXTRACTION):
            ids = postings.postings(EXTRACTION, raw, cache=False)[0]
            live = int(postings.live[ids].sum())  # a document's earlier versions stay in their segment until it merges
            try:
                version = int(raw.decode("utf-8"))
            except ValueError:
                version = UNRECORDED
            if live:
                counts[version] = counts.get(version, 0) + live
    unrecorded = documents - sum(counts.values())
    if unrecorded > 0:
        counts[UNRECORDED] = counts.get(UNRECORDED, 0) + unrecorded
    return counts


def older_than(counts: dict[int, int], current: int) -> int:
    """How many of the documents `counts` counts an older version than `current` derived."""
    return sum(n for version, n in counts.items() if version < current)


def counts_of_index(index_dir: str | Path) -> dict[int, int]:
    """extraction_counts of the index in `index_dir` as its last commit shows it."""
    with reading(index_dir):
        with open_index(index_dir).reader() as reader:
            return extraction_counts(reader, PostingReader(reader))


def refresh_note(index_dir: str | Path, older: int, total: int) -> str:
    """What `stats`, `ingest` and `serve` say of the `older` documents of `total`."""
    one = older == 1
    return (f"{_documents(older, total)} {'was' if one else 'were'} extracted from {'its file' if one else 'their files'} "
            "by an older version of assembly-search (quotes, speakers, dates and titles as it read them); ingest --force "
            f"over the archive refreshes {'it' if one else 'them'}: {force_command(index_dir)}")


def not_refreshed_note(older: int, total: int) -> str:
    """What a completed --force says of the documents it left as an older version extracted them."""
    one = older == 1
    return (f"{_documents(older, total)} {'keeps' if one else 'keep'} what an older version of assembly-search "
            f"extracted: {'its file is' if one else 'their files are'} gone (until a run with --prune), could not be "
            "parsed now, or lie under folders this --force did not name.")


def _documents(older: int, total: int) -> str:
    if older == total:
        return "The one document" if total == 1 else f"All {total} documents"
    return f"{older} of the {total} documents"
