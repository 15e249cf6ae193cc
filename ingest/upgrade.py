"""What a schema-upgrade rebuild (index.side_rebuild) takes from the old index that no file gives
back: the documents of files gone since, and of folders the --force did not name (the index
stores their text, so they are written again from it, as a moved file's document is), and the
former ids of edited files (their old links keep opening the document). Nothing of the old index
is left behind without a line or a note saying so."""
from __future__ import annotations

import os
from collections import Counter
from pathlib import Path

from index.paths import readable_path, text_to_path
from index.side_rebuild import old_documents, old_records
from index.store import ingested_roots, load_inventory, pre_analyze_record, stored_records
from ingest.discover import is_under

CHUNK = 200  # documents read from the old index at once
SHOWN_FOLDERS = 5  # folders left out that the note names (then "and N more")


def carry_over(old_dir: Path, side: Path, writer, roots: list[str], prune: bool, stop, report) -> list[str]:
    """Write into the rebuild in `side` what only the old index in `old_dir` holds. `writer` is the
    batch's writer (its pending documents committed first, so the rebuild's inventory is read
    whole); `report(path, status, doc_id)` adds a file's line. Returns the summary's notes."""
    writer.commit()
    rebuilt = load_inventory(side)  # path -> doc_id of the rebuild
    paths_of: dict[str, set[str]] = {}
    for path, doc_id in rebuilt.items():
        paths_of.setdefault(doc_id, set()).add(path)
    counts: Counter = Counter()
    successors: dict[str, list[str]] = {}  # rebuilt doc_id -> old documents whose files now hold it
    kept_paths: dict[str, set[str]] = {}  # rebuilt doc_id -> the old index's paths it keeps beside its own
    folders: set[str] = set()
    ids = old_documents(old_dir)
    for start in range(0, len(ids), CHUNK):
        for doc_id, record in old_records(old_dir, ids[start:start + CHUNK]).items():
            if stop.requested:
                return []
            read_now = [p for p in record.paths if is_under(p, roots) and os.path.exists(p)]
            gone = [p for p in record.paths if is_under(p, roots) and not os.path.exists(p)]
            elsewhere = [p for p in record.paths if not is_under(p, roots)]
            keep = sorted(set(elsewhere) | (set() if prune else set(gone)))
            for path in gone:  # told as a same-schema --force tells them
                report(path, "removed" if prune else "gone", doc_id)
            if doc_id in paths_of:
                if set(keep) - paths_of[doc_id]:
                    kept_paths[doc_id] = set(keep)
                continue
            for path in read_now:  # the file holds another content now: its document answers for this one
                if path in rebuilt:
                    successors.setdefault(rebuilt[path], []).append(doc_id)
            if not keep:
                continue
            record.paths = keep
            _write(writer, record)
            counts["gone" if gone and not elsewhere else "elsewhere"] += 1
            folders.update(os.path.dirname(p) for p in elsewhere)
    # each rebuilt document gaining paths or former ids read in one pass and written once with both
    for doc_id, record in stored_records(side, sorted(set(kept_paths) | set(successors))).items():
        if doc_id in kept_paths:
            record.paths = sorted(paths_of[doc_id] | kept_paths[doc_id])
        record.former_ids += successors.get(doc_id, [])
        _write(writer, record)
    notes = []
    carried = counts["gone"] + counts["elsewhere"]
    if carried:
        where = []
        if counts["elsewhere"]:
            left_out = sorted(_top_folders(_as_roots(folders, [text_to_path(r) for r in ingested_roots(old_dir)])))
            shown = ", ".join(readable_path(f) for f in left_out[:SHOWN_FOLDERS])
            more = f" and {len(left_out) - SHOWN_FOLDERS} more" if len(left_out) > SHOWN_FOLDERS else ""
            where.append(f"{counts['elsewhere']} under folders this --force did not name ({shown}{more}; "
                         "name them too to parse them again)")
        if counts["gone"]:
            where.append(f"{counts['gone']} whose files are gone (until a run with --prune)")
        notes.append(f"Carried over from the old index, written again from what it stores: {carried} document"
                     f"{'' if carried == 1 else 's'} not read from a file by this rebuild: " + "; ".join(where) + ".")
    if successors:
        notes.append(f"{sum(len(v) for v in successors.values())} document id(s) of files edited since the old index "
                     "last read them now open the new version.")
    return notes


def _as_roots(folders: set[str], roots: list[str]) -> set[str]:
    """Each folder as the ingested root holding it (what an ingest names), or as itself outside them."""
    return {max((r for r in roots if is_under(f, [r])), key=len, default=f) for f in folders}


def _top_folders(folders: set[str]) -> set[str]:
    return {f for f in folders if not any(f != g and is_under(f, [g]) for g in folders)}


def _write(writer, record) -> None:
    pre_analyze_record(record)
    writer.add(record, replace=True, reports=[])
