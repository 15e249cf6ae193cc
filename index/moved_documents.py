"""The documents --prune removed whose text another document holds (index.successors): which files
they had, and whether the text is the same or nearly so. Their links lead to that document (its
former ids); this record lets its page say that the linked document moved, and from which file.

Kept beside the index (moved-documents.json), replaced whole by a writing session, read by the web
app only when a link from a removed id is followed.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from index.paths import path_to_text, replace_whole

MOVED_FILE = "moved-documents.json"


@dataclass(frozen=True)
class MovedDocument:
    doc_id: str  # the removed document's id
    paths: list[str]  # its files, as stored text (index.paths)
    same: bool  # its text is the same as the document's it leads to; False: nearly the same


def record_moved(index_dir: str | Path, moved: list[MovedDocument]) -> None:
    """Add `moved` to the record (a document removed again later replaces its entry). Called by a
    writing session, its lock held; one that cannot be written is passed over: the links still lead
    to the document, its page only says nothing of the move."""
    if not moved:
        return
    known = _read(index_dir)
    known.update({m.doc_id: {"paths": [path_to_text(p) for p in m.paths], "same": m.same} for m in moved})
    try:
        replace_whole(Path(index_dir) / MOVED_FILE, json.dumps(known, ensure_ascii=False, sort_keys=True) + "\n")
    except OSError:
        pass


def moved_document(index_dir: str | Path, doc_id: str) -> MovedDocument | None:
    """What the record says of the removed document `doc_id`; None when it names none."""
    entry = _read(index_dir).get(doc_id)
    if not isinstance(entry, dict):
        return None
    paths = entry.get("paths")
    paths = [p for p in paths if isinstance(p, str)] if isinstance(paths, list) else []
    return MovedDocument(doc_id, paths, entry.get("same") is True)


def _read(index_dir: str | Path) -> dict:
    """The record, empty when it is absent or damaged."""
    try:
        data = json.loads((Path(index_dir) / MOVED_FILE).read_text("utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}
