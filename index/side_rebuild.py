"""An index of an older schema rebuilt beside itself (ingest --force after an upgrade).

The rebuild writes a new index into SIDE_FOLDER inside the index folder while the old one stays as
it is: readers keep refusing it (IndexRebuildingError, with the progress) instead of serving a
partial archive, the rebuild can read from it what only the index holds (documents whose files
are gone or were not named, former ids), and a stopped rebuild leaves it untouched and resumes in
the side folder. The rebuild holds the old folder's session lock throughout, so readers tell a
rebuild under way from a stopped one (which says to run it again). When the rebuild is complete,
`swap_in` moves its segments in under a table of contents of the next generation (written whole,
then renamed: readers see either index, never a mix) and deletes the old files.
"""
from __future__ import annotations

import json
import os
import shutil
from collections.abc import Iterable
from pathlib import Path

from whoosh.filedb.filestore import FileStorage
from whoosh.index import TOC, clean_files

from index.errors import IndexRebuildingError, IndexRebuildStoppedError
from index.paths import replace_whole
from index.records import DocumentRecord
from index.arrival import Times, stored_times
from index.schema import KIND_DOC, SCHEMA_VERSION
from index.store import (SESSION_LOCK_FILE, VERSION_FILE, _TOC_NAME, _former_ids_held, _write_version,
                         check_older_readable, force_command, index_exists, reading, recorded_version, records_of,
                         segment_file_names, session_running, write_failed)

SIDE_FOLDER = ".rebuild"
PROGRESS_FILE = "rebuild.json"  # in the side folder: how many documents the rebuild will hold (expect)
_INDEX_NAME = "MAIN"  # Whoosh's default index name, as store.py uses it
# files of the folder that belong to no index generation: never moved with the metadata
_NOT_METADATA = (VERSION_FILE, SESSION_LOCK_FILE, "MAIN_WRITELOCK", "ingest-forced.jsonl", PROGRESS_FILE)


def side_folder(index_dir: str | Path) -> Path:
    return Path(index_dir) / SIDE_FOLDER


def outdated(index_dir: str | Path) -> bool:
    """Whether the folder holds an index of an older (or unknown) schema, which --force rebuilds beside it."""
    found = recorded_version(index_dir)
    return index_exists(Path(index_dir)) and (found is None or found < SCHEMA_VERSION)


def _metadata_files(folder: Path) -> list[str]:
    """The folder's own files beside the index (hashes, ingested roots, the aliases copy)."""
    try:
        return sorted(e.name for e in os.scandir(folder) if e.is_file(follow_symlinks=False)
                      and e.name not in _NOT_METADATA and not _TOC_NAME.match(e.name)
                      and not e.name.startswith((_INDEX_NAME + "_", "_" + _INDEX_NAME + "_", ".")))
    except OSError:
        return []


def begin(index_dir: str | Path) -> Path:
    """The side folder to rebuild into, made on the first run with the old folder's metadata
    (the ingested roots, the hashes, the archive's aliases copy: a rebuild keeps them) and the
    count of the old index's documents; kept as it is by a run resuming the rebuild."""
    index_dir = Path(index_dir)
    side = side_folder(index_dir)
    check_older_readable(index_dir)  # damaged: said in one sentence, before anything is made
    if not (side / PROGRESS_FILE).is_file():
        documents = len(old_documents(index_dir))
        try:
            side.mkdir(exist_ok=True)
            for name in _metadata_files(index_dir):
                shutil.copy2(index_dir / name, side / name)
            replace_whole(side / PROGRESS_FILE, json.dumps({"documents": documents,
                                                            "schema": recorded_version(index_dir)}) + "\n")
        except OSError as exc:  # a full disk: no half-made side folder left behind, the usual sentence
            shutil.rmtree(side, ignore_errors=True)
            raise write_failed(side, exc, f"the old index at {index_dir} is kept as it was, and the rebuild has not "
                               "started", "to start it") from exc
    return side


def discard_leftover(index_dir: str | Path) -> list[str]:
    """Remove a side folder left in an index of this schema (a second --force that began a rebuild
    of an index already upgraded, then was stopped): a note saying so, [] when there is none.
    Called by a writing session of the index itself, whose lock no rebuild holds meanwhile."""
    side = side_folder(index_dir)
    if not side.is_dir() or outdated(index_dir):
        return []
    size = sum(f.stat().st_size for f in side.rglob("*") if f.is_file())
    shutil.rmtree(side, ignore_errors=True)
    return [f"An unfinished rebuild left in {side} ({size / 2**20:.1f} MB) was removed: the index is already of "
            "this program's schema."]


def expect(index_dir: str | Path, found: set[str]) -> None:
    """Count, as the rebuild's total, the documents it will hold: those of the files it `found`
    (their ids) and those of the old index it carries over, instead of the old index's alone (an
    archive grown since showed «готово 440 из 288»). Unsaved on a full disk: only the count is off."""
    path = side_folder(index_dir) / PROGRESS_FILE
    try:
        state = json.loads(path.read_text("utf-8"))
        replace_whole(path, json.dumps({**state, "documents": len(found | set(old_documents(index_dir)))}) + "\n")
    except (OSError, ValueError, TypeError):
        pass


def room_warning(index_dir: str | Path) -> str | None:
    """A warning, before a rebuild starts, when the index's disk has less free space than twice the
    old index's size, which the new one is written beside (a 6 MB index peaked at 14 MB); None when
    there is room, or when the rebuild resumes or the disk cannot be asked."""
    index_dir = Path(index_dir)
    if (side_folder(index_dir) / PROGRESS_FILE).is_file():
        return None
    try:
        size = sum(e.stat().st_size for e in os.scandir(index_dir) if e.is_file(follow_symlinks=False))
        free = shutil.disk_usage(index_dir).free
    except OSError:
        return None
    if free >= 2 * size:
        return None
    return (f"Warning: the disk holding the index at {index_dir} has {free / 2**20:.1f} MB free, less than twice the "
            f"index's {size / 2**20:.1f} MB that its rebuild, written beside it, may take; if the disk fills, the "
            "rebuild stops and resumes once space is freed.")


def progress(index_dir: str | Path) -> tuple[int, int] | None:
    """(documents rebuilt so far, documents the rebuild will hold) while a rebuild is unfinished, else None."""
    side = side_folder(index_dir)
    try:
        total = int(json.loads((side / PROGRESS_FILE).read_text("utf-8"))["documents"])
    except (OSError, ValueError, KeyError, TypeError):
        return None
    done = 0
    if index_exists(side):
        try:
            with _open_any_schema(side).reader() as reader:
                done = sum(1 for _ in reader.postings("kind", KIND_DOC).all_ids()) if reader.doc_count() else 0
        except Exception:  # a commit under way, or nothing committed yet: progress unknown, not an error
            done = 0
    return min(done, total), total  # the total is counted before parsing: never shown past it


def refusal(index_dir: str | Path, found: int | None, session_held: bool = False) -> IndexRebuildingError | None:
    """The error readers get while the rebuild of the old index is unfinished: under way, or
    stopped when no ingest holds the old folder's lock (the rebuild holds it from before it
    begins until it has swapped in), so nobody waits for a rebuild that is not running.
    `session_held`: the caller holds that lock itself (a plain ingest), so no rebuild runs; the
    lock it holds must not be taken for the rebuild's."""
    now = progress(index_dir)
    if now is None:
        return None
    if session_held or not session_running(index_dir):
        return IndexRebuildStoppedError(index_dir, found, *now, command=force_command(index_dir))
    return IndexRebuildingError(index_dir, found, *now)


def _open_any_schema(index_dir: Path):
    # Whoosh reads the schema from the table of contents: an older schema's stored fields read as they are
    return FileStorage(str(index_dir), supports_mmap=False).open_index()


def old_documents(index_dir: str | Path) -> list[str]:
    """The ids of the documents the (older-schema) index holds."""
    with reading(index_dir), _open_any_schema(Path(index_dir)).searcher() as searcher:
        reader = searcher.reader()
        return sorted({reader.stored_fields(n)["doc_id"] for n in reader.postings("kind", KIND_DOC).all_ids()})


def old_records(index_dir: str | Path, doc_ids: Iterable[str]) -> dict[str, DocumentRecord]:
    """doc_id -> the record of each of `doc_ids` as the older-schema index stores it."""
    with reading(index_dir):  # a file damaged since the rebuild began: its sentence, not Whoosh's error
        return records_of(_open_any_schema(Path(index_dir)), doc_ids)


def old_former_ids(index_dir: str | Path) -> dict[str, list[str]]:
    """doc_id -> the former ids (old links) of each document of the older-schema index that has some."""
    with reading(index_dir):
        return _former_ids_held(_open_any_schema(Path(index_dir)))


def old_times(index_dir: str | Path) -> dict[str, Times]:
    """doc_id -> the arrival times (index.arrival) of each document of the older-schema index,
    (None, None) for those it holds without them (written before they were kept)."""
    with reading(index_dir), _open_any_schema(Path(index_dir)).searcher() as searcher:
        reader = searcher.reader()
        return {stored["doc_id"]: stored_times(stored)
                for stored in map(reader.stored_fields, reader.postings("kind", KIND_DOC).all_ids())}


def swap_in(index_dir: str | Path) -> int | None:
    """Serve the completed rebuild: its segments move into the index folder under a table of
    contents one generation past the old index's, then the version file, the metadata files and
    the old generation's files follow, and the side folder goes. The old index's schema version,
    None when it was not known (its version file lost)."""
    index_dir = Path(index_dir)
    side = side_folder(index_dir)
    try:
        old = json.loads((side / PROGRESS_FILE).read_text("utf-8")).get("schema")
    except (OSError, ValueError, AttributeError):
        old = None
    target = FileStorage(str(index_dir))
    toc = TOC.read(FileStorage(str(side)), _INDEX_NAME)
    ids = {s.segment_id() for s in toc.segments}
    for name in segment_file_names(side, ids):
        os.replace(side / name, index_dir / name)
    toc.generation = TOC._latest_generation(target, _INDEX_NAME) + 1
    toc.write(target, _INDEX_NAME)
    _write_version(index_dir)
    for name in _metadata_files(side):
        os.replace(side / name, index_dir / name)
    clean_files(target, _INDEX_NAME, toc.generation, toc.segments)
    try:
        (index_dir / "ingest-forced.jsonl").unlink()  # an old stopped --force: this rebuild did it all
    except FileNotFoundError:
        pass
    shutil.rmtree(side, ignore_errors=True)
    return old if isinstance(old, int) else None
