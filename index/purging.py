"""The merge policy of every ingest commit: it takes deleted records out of the index's files.

Whoosh deletes a record by marking it in the table of contents; its stored fields (the whole
text, title, persons, file path) and its terms stay in the segment file until a merge rewrites
that segment, and Whoosh's MERGE_SMALL merges by record counts that include the deleted ones, so
a large segment kept them for good, and one with nothing but deleted records (after a --force)
stayed listed and doubled the index. A document taken down (a file deleted and pruned, or
replaced by a corrected version) stayed readable in the index folder and in every backup.

So each commit:
- drops a segment with no live record (nothing to copy: it costs nothing);
- merges a segment whose deleted records are at least HEAVY_SHARE of it (rewritten with its live
  records only: a --force over a large segment copies it about once in all, not once a commit);
- with `purge_all` (the last commit of an `ingest --prune`), merges every segment holding a deleted
  record: that rewrites the large segments too, about 0.1 s per MB of them on this machine, so an
  ordinary run leaves a few deleted records in them until the next --prune;
- leaves the rest to MERGE_SMALL, as before.
A merge is the one Whoosh's commit makes anyway: the new segment is written, then the new table of
contents, and only then are the old files deleted, so a killed commit leaves the last one whole.
"""
from __future__ import annotations

from whoosh.reading import SegmentReader
from whoosh.writing import MERGE_SMALL

HEAVY_SHARE = 0.5


def merge_policy(purge_all: bool):
    """A Whoosh merge policy (writer, segments) -> the segments kept as they are; those it merges
    are handed to writer.add_reader, which copies their live records only."""

    def policy(writer, segments: list) -> list:
        live = [seg for seg in segments if seg.doc_count() > 0]  # the others are dropped
        rewrite = [seg for seg in live if _to_rewrite(seg, purge_all)]
        kept = list(MERGE_SMALL(writer, [seg for seg in live if seg not in rewrite]))
        for seg in rewrite:
            reader = SegmentReader(writer.storage, writer.schema, seg)
            try:
                writer.add_reader(reader)
            finally:
                reader.close()
        return kept

    return policy


def _to_rewrite(segment, purge_all: bool) -> bool:
    deleted = segment.deleted_count()
    return deleted > 0 and (purge_all or deleted >= HEAVY_SHARE * segment.doc_count_all())


def purge_room(ix) -> int:
    """About the free bytes a purge needs: Whoosh writes the segments it rewrites as their parts,
    then copies the parts into one compound file, and deletes the old segments only after that."""
    storage = ix.storage
    return 2 * sum(storage.file_length(name) for seg in ix._segments() if seg.doc_count() > 0 and
                   _to_rewrite(seg, purge_all=True) for name in seg.list_files(storage))


def holds_deleted_records(ix) -> bool:
    """Whether a segment of the index's last commit keeps a deleted record (read from its table of
    contents: no segment is opened)."""
    return any(seg.has_deletions() or seg.doc_count() == 0 for seg in ix._segments())
