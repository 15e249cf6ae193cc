"""Open, create and write the index: schema version check, lock waiting, batched commits."""
from __future__ import annotations

import errno
import fcntl
import json
import math
import os
import re
import resource
import time
from collections.abc import Callable, Iterable
from contextlib import contextmanager
from datetime import date
from pathlib import Path

import whoosh.index
from whoosh.filedb.filestore import FileStorage
from whoosh.index import TOC, LockError
from whoosh.reading import SegmentReader
from whoosh.query import Term

from index.errors import (IndexDamagedError, IndexLocationError, IndexLockedError, IndexMissingError, IndexNewerError,
                          IndexUnavailable, IndexUnreadableError, IndexVersionError, IndexVersionLostError,
                          IndexWriteError, PurgeWriteError)
from index.arrival import ArrivalBook, Times, stored_times
from index.file_modes import share_with_folder_readers
from index.analysis import concatenate, pre_analyze, pre_analyze_both
from index.commands import ingest_command
from index.location import blocked_folder, cannot_enter, entry_refused, index_folder_exists
from index.paths import path_to_text, replace_whole, shell_word, text_to_path
from index.post_times import FORMAT as POST_TIMES_FORMAT, without_post_times
from index.records import DocumentFacts, DocumentRecord, PassageRecord
from index.schema import (ACT_NUMBERS, ADDED_FIELDS, AUTHOR, CAPTURED, ORIGINAL_URL, EXTRACTION, FILES_SEPARATOR, FORMER_IDS, KEYWORD_SEPARATOR, KIND_DOC, KIND_PASSAGE,
                          LISTED, NARRATED, SCHEMA_VERSION, build_schema, stamp, stamped_version)
from index.purging import holds_deleted_records, merge_policy, purge_room
from index.successors import Successor, successors
from index.writers import ParallelWriter, segment_writer
from index.year_dates import YEAR_ONLY, dated

# Whoosh's table of contents, one per commit (its default index name, MAIN): it lists the segments
_TOC_NAME = re.compile(r"^_MAIN_(\d+)\.toc$")
VERSION_FILE = "assembly-search.json"
SESSION_LOCK_FILE = "assembly-search.lock"
# The folders ingests were run on: the web app serves a document's file from under one of them only.
ROOTS_FILE = "ingested-roots.json"
STORED_TEXT_FIELDS = ("title", "content", "ptext")
# Refusals that only the folder's owner or permissions can lift: the advice names them.
ACCESS_ERRORS = (errno.EACCES, errno.EPERM)
# A rebuild holds only the folders it is given: name them all, or the others' documents are gone.
REBUILD_HINT = ("assembly-search ingest FOLDER... --force --index {dir}, naming every folder of the archive "
                "(the rebuilt index holds only the folders given)")


def _read_version(index_dir: Path) -> int | None:
    try:
        return int(json.loads((index_dir / VERSION_FILE).read_text("utf-8"))["schema_version"])
    except (OSError, ValueError, KeyError, TypeError):
        return None


def _write_version(index_dir: Path, version: int = SCHEMA_VERSION) -> None:
    replace_whole(index_dir / VERSION_FILE, json.dumps({"schema_version": version}) + "\n")


def recorded_version(index_dir: str | Path) -> int | None:
    """The schema version the index in `index_dir` was built with: its version file's, else the one
    its table of contents is marked with (index.schema.stamp), which also puts the lost file back
    where it can; None when neither says (no index, or one marked before the mark was kept)."""
    index_dir = Path(index_dir)
    found = _read_version(index_dir)
    toc = _latest_toc(index_dir) if found is None else None
    if toc is None:
        return found
    try:
        schema = TOC.read(FileStorage(str(index_dir), supports_mmap=False), "MAIN",
                          int(_TOC_NAME.match(toc.name).group(1))).schema
    except Exception:  # cut short, or replaced by a commit meanwhile: the checks after this one say which
        return None
    found = stamped_version(schema)
    if found is not None:
        try:
            _write_version(index_dir, found)
        except OSError:
            pass  # a read-only copy: its table of contents is asked again next time
    return found


def version_lost(index_dir: str | Path, consequence: str = "") -> IndexVersionLostError:
    """The error for an index whose version file is gone and whose table of contents does not say
    its version either (written before it did): the file put back is the way out, not a re-parse."""
    index_dir = Path(index_dir)
    text = json.dumps({"schema_version": SCHEMA_VERSION})
    # a file still there (0 bytes after a crash or a full disk, cut short) is not «lost»
    present = _is_file(index_dir / VERSION_FILE)
    what = (f"The file {VERSION_FILE} of the index at {index_dir}, which says which schema version built it, is empty or "
            "unreadable," if present else
            f"The index at {index_dir} has lost its file {VERSION_FILE}, which says which schema version built it,")
    error = IndexVersionLostError(
        f"{what} and its table of contents is too old to say it{consequence}; if this assembly-search built it (schema "
        f"{SCHEMA_VERSION}), {'write the file again' if present else 'put the file back'} from a backup or with: "
        f"echo {shell_word(text)} > {shell_word(str(index_dir / VERSION_FILE))}; if an older one did, rebuild it "
        f"with: {force_command(index_dir)}")
    if present:
        error.reader_message = ("Индекс архива недоступен: в его папке испорчен (пуст или обрезан) файл "
                                "assembly-search.json с номером версии индекса. Администратору: восстановите этот файл "
                                "из резервной копии (или запишите его заново, если индекс построен этой версией "
                                "программы) либо перестройте индекс командой assembly-search ingest ПАПКА --force.")
    return error


def record_ingested_roots(index_dir: str | Path, roots: list[str], linked: list[str] = (),
                          keep_linked: bool = False) -> None:
    """Add `roots` (absolute, as the ingest resolved them) to the folders the index was ingested
    from, and record `linked`, the real folders and files that links under them led the ingest to:
    added to the earlier ones when `keep_linked` (an ingest following links out, which other
    folders' ingests may have done too), else in their place, so a target an ingest no longer
    follows is never served again (a file swapped for a link to it since would be).
    Called by a writing session, its lock held; the file is replaced whole, never half written.
    One that cannot be written is passed over: the web app then falls back on the folders its
    documents were last parsed from."""
    path = Path(index_dir) / ROOTS_FILE
    known = _recorded(index_dir)
    earlier = set(known["linked"]) if keep_linked else set()
    added = {"roots": sorted(set(known["roots"]) | {path_to_text(r) for r in roots}),
             "linked": sorted(earlier | {path_to_text(p) for p in linked})}
    if added == known:
        return
    try:
        replace_whole(path, json.dumps(added, ensure_ascii=False) + "\n")
    except OSError:
        pass


def forget_ingested_roots(index_dir: str | Path, roots: list[str]) -> None:
    """Drop `roots` (absolute), and the recorded roots inside them, from the folders the index was
    ingested from: folders gone from the disk whose files an ingest --prune --force removed.
    Called by a writing session, its lock held; one that cannot be written is passed over."""
    known = _recorded(index_dir)
    gone = [path_to_text(r).rstrip(os.sep) for r in roots]
    left = [r for r in known["roots"] if not any(r == g or r.startswith(g + os.sep) for g in gone)]
    if left != known["roots"]:
        try:
            replace_whole(Path(index_dir) / ROOTS_FILE, json.dumps({**known, "roots": left}, ensure_ascii=False) + "\n")
        except OSError:
            pass


def ingested_roots(index_dir: str | Path) -> list[str]:
    """The folders ingests were run on, as stored text (index.paths): [] before any was recorded."""
    return _recorded(index_dir)["roots"]


def linked_targets(index_dir: str | Path) -> list[str]:
    """The real folders and files that links under the ingested folders led ingests to, as stored
    text (index.paths): [] before any was recorded."""
    return _recorded(index_dir)["linked"]


def _recorded(index_dir: str | Path) -> dict[str, list[str]]:
    """The roots file's lists ("roots", "linked"), empty when it is absent or damaged."""
    try:
        data = json.loads((Path(index_dir) / ROOTS_FILE).read_text("utf-8"))
    except (OSError, ValueError):
        data = None
    return {key: _texts(data.get(key) if isinstance(data, dict) else None) for key in ("roots", "linked")}


def _texts(value) -> list[str]:
    return sorted(v for v in value if isinstance(v, str)) if isinstance(value, list) else []


def _latest_toc(index_dir: Path) -> Path | None:
    """The index's current table of contents (the _MAIN_<generation>.toc of the highest
    generation), None when the folder holds none or cannot be listed."""
    try:
        generations = {int(m.group(1)): entry.name for entry in os.scandir(index_dir)
                       if (m := _TOC_NAME.match(entry.name))}
    except OSError:
        return None
    return index_dir / generations[max(generations)] if generations else None


def index_exists(index_dir: Path) -> bool:
    """Whether the folder holds an index: a table of contents is there. Only its name is looked
    at: reading it here (whoosh.index.exists_in) would turn a cut-short one into a raw unpickling
    error, before `reading` can call it damaged."""
    return _latest_toc(Path(index_dir)) is not None


def holds_other_files(index_dir: str | Path) -> bool:
    """Whether the folder holds files but no index, nor anything an ingest leaves there (a typo
    naming the documents or home folder): an ingest would scatter an index among them."""
    try:
        # lost+found: a freshly made file system's root, the index's own disk, holds nothing of the user's
        names = [e.name for e in os.scandir(index_dir) if not e.name.startswith(".") and e.name != "lost+found"]
    except OSError:
        return False  # missing (made by the ingest) or not a folder: said by other checks
    own = (VERSION_FILE, SESSION_LOCK_FILE, ROOTS_FILE, "MAIN_WRITELOCK")
    return bool(names) and not any(n in own or _TOC_NAME.match(n) for n in names)


def index_identity(index_dir: str | Path) -> tuple | None:
    """Which index the folder holds now, to compare with the one a reader opened: the current
    table of contents' name and file (inode, size, times). A commit changes the name; a rebuild
    from scratch or a restored backup can bring the same name back (generation 1 again), but
    not the same file. None when there is no index."""
    toc = _latest_toc(Path(index_dir))
    try:
        st = toc.stat() if toc else None
    except OSError:
        return None
    return st and (toc.name, st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns, st.st_ctime_ns)


def open_index(index_dir: str | Path, create: bool = False, rebuild: bool = False,
               session_held: bool = False) -> whoosh.index.Index:
    """Open the index in `index_dir`; with `create`, make it if absent; with `rebuild`, start empty;
    `session_held`: the caller holds the index's session lock (SessionLock), so no other ingest runs.

    A missing index or one built with another schema version raises an IndexUnavailable
    subclass whose message says which command fixes it; one built by a newer program is
    refused even with `rebuild` (IndexNewerError).
    """
    index_dir = Path(index_dir)
    if not rebuild:
        _check_permission_to_read(index_dir)
    found = recorded_version(index_dir)
    if found is not None and found > SCHEMA_VERSION and index_exists(index_dir):  # not even with `rebuild`
        raise IndexNewerError(
            f"The index at {index_dir} was built by a newer assembly-search (schema {found}); upgrade the program "
            f"or rebuild into another folder (--index) with this one."
        )
    if not rebuild and segment_files_without_toc(index_dir):  # a plain ingest would start an empty index over it
        raise _incomplete_copy(index_dir)
    if rebuild or (create and not index_exists(index_dir)):
        index_dir.mkdir(parents=True, exist_ok=True)
        try:
            ix = whoosh.index.create_in(str(index_dir), build_schema())
            _write_version(index_dir)
        except OSError as exc:  # a full disk: its sentence, not Whoosh's traceback
            _drop_unfinished_tocs(index_dir)
            raise write_failed(index_dir, exc, "nothing of this batch was written", "to start it") from exc
        return ix
    # a file, or a path through one or round a loop of links: no ingest can make an index there,
    # so not "build one with --index <it>"
    if index_folder_exists(index_dir) and lost_files_left(index_dir):
        raise _lost(index_dir)
    if not index_folder_exists(index_dir) or not index_exists(index_dir):
        raise IndexMissingError(
            f"There is no index at {index_dir}; build one with: assembly-search ingest PATH "
            f"--index {shell_word(str(index_dir))}"
        )
    if found != SCHEMA_VERSION:
        from index.side_rebuild import refusal  # it reads indexes through this module
        refused = refusal(index_dir, found, session_held)
        if refused is None or refused.reason != "rebuilding":  # a rebuild under way reads it itself
            check_older_readable(index_dir)  # damaged: said before anything tells to run --force
        if refused is None and found is None:
            raise version_lost(index_dir)
        raise refused or IndexVersionError(
            f"The index at {index_dir} was built with schema version {found} but this program "
            f"needs version {SCHEMA_VERSION}; rebuild it with: {force_command(index_dir)} (the index is rebuilt "
            "beside the old one, which stays in place until the rebuild is complete; the documents of files gone since, and "
            "the old links of edited files, are carried over from it)"
        )
    with reading(index_dir):
        # Without mmap: over a mapped compound file Whoosh copies every segment's postings and
        # terms into memory (BufferFile -> BytesIO), 5 GB at 100k documents instead of 250 MB.
        return FileStorage(str(index_dir), supports_mmap=False).open_index()


def lost_files_left(index_dir: str | Path) -> list[str]:
    """The files an index leaves beside its own (its version, the folders ingested) that are left in
    a folder holding no table of contents: the index's files were lost (deleted, a restore that left
    them out), as an ingest writes those only once the index is made. [] when it holds an index."""
    index_dir = Path(index_dir)
    if index_exists(index_dir):
        return []
    return [name for name in (VERSION_FILE, ROOTS_FILE) if _is_file(index_dir / name)]


def _is_file(path: Path) -> bool:
    """Whether `path` is a file; False when the folder cannot be looked into (another account's
    index: the write or the read that follows says so in its own sentence)."""
    try:
        return path.is_file()
    except OSError:
        return False


def _lost(index_dir: Path) -> IndexDamagedError:
    error = IndexDamagedError(
        f"The index at {index_dir} has lost its files: its folder still holds {' and '.join(lost_files_left(index_dir))}, "
        f"which an index leaves beside them, but no table of contents (_MAIN_<number>.toc) nor segment files; "
        f"{_RESTORE_OR_REBUILD}{_plain_command(index_dir)} (the documents of files gone since, the old links of edited "
        f"files and the arrival dates are then lost)")
    error.reader_message = ("Индекс архива утерян: из его папки пропали файлы индекса. Администратору: восстановите "
                            "папку индекса из резервной копии или постройте индекс заново командой assembly-search "
                            "ingest ПАПКА.")
    return error


def _drop_unfinished_tocs(index_dir: Path) -> None:
    """Delete the temporary files Whoosh writes a table of contents into (_MAIN_0.toc.<time>) that
    a failed write left: on a full disk they hold the space the next run needs."""
    for path in index_dir.glob("_MAIN_*.toc.*"):
        try:
            path.unlink()
        except OSError:
            pass


def force_command(index_dir: str | Path) -> str:
    """The --force naming the folders the index was ingested from (ingested-roots.json), so none is left out."""
    roots = ingested_roots(index_dir)
    if not roots:
        return REBUILD_HINT.format(dir=shell_word(str(index_dir)))
    return ingest_command([text_to_path(r) for r in roots], index_dir, "--force")


def _plain_command(index_dir: str | Path) -> str:
    """The ingest (no --force) naming the folders the index was ingested from, to build it anew."""
    roots = ingested_roots(index_dir)
    if not roots:
        return f"assembly-search ingest FOLDER... --index {shell_word(str(index_dir))}, naming every folder of the archive"
    return ingest_command([text_to_path(r) for r in roots], index_dir)


def _index_file(name: str) -> bool:
    return name == VERSION_FILE or name.endswith(".seg") or _TOC_NAME.match(name) is not None


def _unreadable(index_dir: Path, exc: OSError) -> IndexUnreadableError:
    blocked = blocked_folder(index_dir)
    if blocked is not None:  # the parent to fix, not the index folder (which may be fine)
        return IndexUnreadableError(f"The index at {index_dir} cannot be read by this account: "
                                    f"{entry_refused(blocked, 'read')}.")
    return IndexUnreadableError(
        f"The index at {index_dir} cannot be read by this account: {exc.filename or index_dir} "
        f"({exc.strerror or exc.__class__.__name__}); give the account running assembly-search read access to the "
        f"index folder and its files (their owner or permissions)."
    )


def _check_permission_to_read(index_dir: Path) -> None:
    """An IndexUnreadableError when this account may not list the index folder or open its
    files: said as such, not as a missing index (the folder looks empty), an unknown schema
    version or a damaged index, whose advice would be a rebuild of hours instead of a chmod."""
    try:
        if not index_dir.is_dir():
            return
        for entry in os.scandir(index_dir):
            if _index_file(entry.name):
                with open(entry.path, "rb"):
                    pass
    except PermissionError as exc:
        raise _unreadable(index_dir, exc) from None
    except OSError:
        return  # gone or damaged: the checks after this one say which


@contextmanager
def reading(index_dir: str | Path):
    """Reading the index's files: one that is damaged (truncated by a full disk or a partial
    copy, overwritten) becomes an IndexDamagedError naming the fix, instead of Whoosh's own
    exception from deep inside (an EOFError, a struct or pickle error...)."""
    try:
        yield
    except IndexUnavailable:
        raise
    except PermissionError as exc:
        raise _unreadable(Path(index_dir), exc) from exc
    except Exception as exc:  # whoosh raises many kinds on a damaged file
        raise damaged(index_dir, exc) from exc


def damaged(index_dir: str | Path, exc: Exception, file: str | None = None, read_in: str | Path | None = None,
            consequence: str = "") -> IndexDamagedError:
    """The error for a file of the index that cannot be read, `exc` the way it failed: the file
    named (`file`, else the one found unreadable in `read_in`, the index's folder or a copy of
    its files), so a lost segment, a cut table of contents and a segment cut short are told
    apart, and the backup named beside the rebuild; `consequence` follows the damage said."""
    file = file or _damaged_file(Path(read_in or index_dir), exc)
    what = f"its file {file}" if file else "one of its files"
    how = ("is missing" if isinstance(exc, FileNotFoundError) else "cannot be read (cut short or overwritten)") + consequence
    found = _read_version(Path(index_dir))
    if found is None or found < SCHEMA_VERSION:  # its upgrade (ingest --force) reads it: no way out
        error = IndexDamagedError(
            f"The index at {index_dir} is damaged: {what} {how}; as it was built with schema version "
            f"{found if found is not None else 'unknown'}, its upgrade (ingest --force) cannot read it: restore the "
            f"index folder from a backup and upgrade that with: {force_command(index_dir)}; or move the folder aside "
            f"and build a new index from the files alone with: {_plain_command(index_dir)} (the old index's documents "
            f"of files gone since, the old links of edited files and the arrival dates are then lost)")
        error.reader_message = ("Индекс архива повреждён: один из его файлов не читается, а построен он прежней версией "
                                "программы. Администратору: восстановите папку индекса из резервной копии и обновите "
                                "индекс командой assembly-search ingest ПАПКА --force или постройте новый индекс из "
                                "файлов архива в пустой папке.")
        return error
    return IndexDamagedError(f"The index at {index_dir} is damaged: {what} {how}; {_RESTORE_OR_REBUILD}"
                             f"{force_command(index_dir)}")


def check_older_readable(index_dir: str | Path) -> None:
    """An IndexDamagedError when a file of the older-schema index in `index_dir` cannot be read:
    said before anything tells to upgrade it with ingest --force, which reads it. A folder found
    whole is not opened again until its files change (refused readers ask on every request)."""
    index_dir = Path(index_dir)
    state = _files_state(index_dir)
    if state is not None and _found_whole.get(str(index_dir)) == state:
        return
    with reading(index_dir):
        # Whoosh reads the schema from the table of contents: an older schema's index opens as it is
        FileStorage(str(index_dir), supports_mmap=False).open_index().reader().close()
    _found_whole[str(index_dir)] = state


_found_whole: dict[str, tuple] = {}  # index folder -> the state of its files when every segment opened


def _files_state(index_dir: Path) -> tuple | None:
    """The index's files as they are now (name, size, times, inode): one cut short or replaced changes it."""
    try:
        entries = [e for e in os.scandir(index_dir) if e.name.startswith("MAIN_") or _index_file(e.name)]
        return tuple(sorted((e.name, st.st_size, st.st_mtime_ns, st.st_ino) for e in entries for st in [e.stat()]))
    except OSError:
        return None


_RESTORE_OR_REBUILD = "restore the index folder from a backup, or rebuild it from the archive with: "
# a segment's files (Whoosh's MAIN_<random id>.seg, or its parts): not MAIN_WRITELOCK, not a table of contents
_SEGMENT_FILE = re.compile(r"^MAIN_[0-9a-z]+\.[a-z]+$")


def _damaged_file(index_dir: Path, exc: Exception) -> str | None:
    """The name of the index file that cannot be read: the missing one `exc` names, else the
    current table of contents or the first segment of it that does not open; None if none is
    found (only after a failure, so each segment opened once costs nothing in use)."""
    if isinstance(exc, OSError) and exc.filename:
        return Path(exc.filename).name
    toc_path = _latest_toc(index_dir)
    if toc_path is None:
        return None
    storage = FileStorage(str(index_dir), supports_mmap=False)
    try:
        toc = TOC.read(storage, "MAIN", int(_TOC_NAME.match(toc_path.name).group(1)))
    except Exception:
        return toc_path.name
    for segment in toc.segments:
        try:
            SegmentReader(storage, toc.schema, segment).close()
        except Exception as seg_exc:
            if isinstance(seg_exc, OSError) and seg_exc.filename:
                return Path(seg_exc.filename).name
            return segment.make_filename(".seg") if segment.is_compound() else f"{segment.segment_id()}.*"
    return None


def segment_file_names(folder: str | Path, ids: set[str]) -> list[str]:
    """The names of `folder`'s files of the segments `ids` (Whoosh names them <segment id>.<part>)."""
    return [entry.name for entry in os.scandir(folder) if entry.name.partition(".")[0] in ids]


def segment_files_without_toc(index_dir: Path) -> bool:
    """Whether the folder holds segment files but no table of contents: an incomplete copy (one
    taken while an ingest committed can miss the table), not a folder without an index."""
    if index_exists(index_dir):
        return False
    try:
        return any(_SEGMENT_FILE.match(entry.name) for entry in os.scandir(index_dir))
    except OSError:
        return False


def _incomplete_copy(index_dir: Path) -> IndexDamagedError:
    error = IndexDamagedError(
        f"The index at {index_dir} is incomplete or damaged: it holds segment files but no table of contents "
        f"(_MAIN_<number>.toc), as a copy made while an ingest committed can (assembly-search backup makes whole "
        f"ones); {_RESTORE_OR_REBUILD}{force_command(index_dir)}")
    error.reader_message = ("Индекс архива неполон: в его папке нет оглавления (копия сделана не целиком или "
                            "повреждена). Администратору: восстановите другую резервную копию или перестройте "
                            "индекс командой assembly-search ingest ПАПКА --force.")
    return error


def check_readable(ix: whoosh.index.Index, index_dir: str | Path) -> None:
    """Open every segment once, so a damaged one is found before a batch plans against it."""
    with reading(index_dir):
        ix.reader().close()


def date_number(d: date | None) -> int:
    """A date as the index stores it: yyyymmdd, 0 for undated."""
    return d.year * 10000 + d.month * 100 + d.day if d else 0


def date_of_number(number: int | None) -> date | None:
    """The date a stored `date_number` was made from (None for 0, undated, or no date)."""
    if not number:
        return None
    try:
        return date(number // 10000, number // 100 % 100, number % 100)
    except ValueError:
        return None


def stored_keywords(value: str | None) -> list[str]:
    """A stored multi-valued facet (speakers, persons, topics) as its list of values."""
    return [v for v in (value or "").split(KEYWORD_SEPARATOR) if v]


def _present(fields: dict) -> dict:
    # an empty value would index an empty term (a blank facet value)
    return {k: v for k, v in fields.items() if v is not None and v != ""}


def _exact_text(record: DocumentRecord) -> str:
    """The title and the text, each its own paragraph (a phrase never runs from one into the other)."""
    return record.title + "\n\n" + record.text


def pre_analyze_record(record: DocumentRecord) -> None:
    """Analyze the record's text fields now (in an ingest worker), so the writer only replays.
    When the text is its passages joined by blank lines (as ingest builds it), each paragraph
    is analyzed once and the document's fields are the passages' analyses end to end."""
    # a Telegram post's time label is shown with it, no term (index.post_times)
    own_text = without_post_times if record.format == POST_TIMES_FORMAT else str
    for p in record.passages:
        ptext, pexact = pre_analyze_both(own_text(p.text))
        p.analyzed = {"ptext": ptext, "pexact": pexact}
    title, title_exact = pre_analyze_both(record.title)
    if record.passages and "\n\n".join(p.text for p in record.passages) == record.text:
        content = concatenate([p.analyzed["ptext"] for p in record.passages])
        exact = concatenate([title_exact] + [p.analyzed["pexact"] for p in record.passages])
    else:
        content = pre_analyze(own_text(record.text))
        exact = pre_analyze(own_text(_exact_text(record)), exact=True)
    record.analyzed = {"title": title, "content": content, "exact": exact}


def _with_analysis(fields: dict, analyzed: dict | None) -> dict:
    """Swap pre-analyzed values in; stored fields keep their text through `_stored_<name>`."""
    for name, value in (analyzed or {}).items():
        if fields.get(name):
            if name in STORED_TEXT_FIELDS:
                fields["_stored_" + name] = fields[name]
            fields[name] = value
    return fields


def document_fields(record: DocumentRecord) -> dict:
    """The stored and indexed fields of a document record."""
    return _with_analysis(_present(dict(
        id=record.doc_id,
        kind=KIND_DOC,
        doc_id=record.doc_id,
        date=date_number(record.date),
        language=record.language,
        format=record.format,
        title=record.title,
        content=record.text,
        exact=_exact_text(record),
        speakers=KEYWORD_SEPARATOR.join(record.speakers),
        persons=KEYWORD_SEPARATOR.join(record.persons),
        listed=KEYWORD_SEPARATOR.join(record.listed),
        topics=KEYWORD_SEPARATOR.join(record.topics),
        year=str(record.date.year) if record.date else "",
        source=path_to_text(record.source),
        date_source=record.date_source,
        paths=[path_to_text(p) for p in record.paths],
        files="\n".join(record.doc_id + FILES_SEPARATOR + path_to_text(p) for p in record.paths),
        pages=record.pages,
        encoding=record.encoding,
        content_hash=record.content_hash,
        former_ids=KEYWORD_SEPARATOR.join(record.former_ids),
        act_numbers=KEYWORD_SEPARATOR.join(record.act_numbers),
        author=record.author or None,
        original_url=record.original_url or None,
        captured=record.captured or None,
        extraction=str(record.extraction) if record.extraction else None,
        added=record.added,
        changed=record.changed,
    )), record.analyzed)


def passage_fields(record: DocumentRecord) -> list[dict]:
    date = date_number(record.date)
    return [
        _with_analysis(_present(dict(
            id=f"{record.doc_id}/{p.position}",
            kind=KIND_PASSAGE,
            doc_id=record.doc_id,
            date=date,
            language=p.language or record.language,  # a quote's language is its own (facet, lang:, lang="")
            format=record.format,
            ptext=p.text,
            pexact=p.text,
            speaker=p.speaker or "",
            # every speaker of the paragraph, for quote search by speaker (the facet counts documents only)
            speakers=KEYWORD_SEPARATOR.join(p.speakers),
            page=p.page,
            position=p.position,
            doc_title=record.title,
            narrated=True if p.narrated else None,
            # a quote hit writes its date as its document knows it: the year alone (index.year_dates)
            date_source=YEAR_ONLY if record.date_source == YEAR_ONLY else None,
        )), p.analyzed)
        for p in record.passages
    ]


def _open_lock_file(index_dir: Path) -> int:
    """The session lock's file descriptor, creating the index folder if needed."""
    try:
        index_folder_exists(index_dir)  # a file, or no folder can be there: IndexLocationError
        index_dir.mkdir(parents=True, exist_ok=True)
        share_with_folder_readers(index_dir)  # a root job's umask 077 must not hide the commit from the service
        # the umask decides the mode, as for every other file: a fixed 0644 kept a group sharing the
        # folder (2775, umask 002) from ever ingesting but for the member who made the lock first
        return os.open(index_dir / SESSION_LOCK_FILE, os.O_RDWR | os.O_CREAT, 0o666)
    except OSError as exc:  # the folder, or the lock file in it (another account's, after a restore)
        if exc.errno in ACCESS_ERRORS:
            raise IndexLocationError(f"The index folder {index_dir} cannot be written: {_refusal(exc, index_dir)}.") from None
        raise IndexLocationError(
            f"The index folder {index_dir} cannot be created or written ({exc.strerror or exc})."
        ) from None


def _refusal(exc: OSError, index_dir: Path) -> str:
    """What was refused, naming the path whose owner or permissions must change: a file that is
    there (another account's), or the folder a new file could not be made in."""
    blocked = blocked_folder(index_dir)
    if blocked is not None:
        return entry_refused(blocked, "write")
    if cannot_enter(index_dir):  # a root job's umask 077 made it; nothing inside can be looked at
        return (f"the folder {index_dir} cannot be entered by this account (Permission denied); give the account "
                f"running assembly-search the right to enter and write {index_dir} (its owner or permissions)")
    path = Path(exc.filename) if exc.filename else index_dir
    if not path.is_file():
        path = path if path.is_dir() else path.parent
    what = f"the file {path} cannot be written" if path.is_file() else f"no file can be created in {path}"
    return (f"{what} ({exc.strerror}); give the account running assembly-search write access to {path} "
            "(its owner or permissions)")


def write_failed(index_dir: str | Path, exc: OSError, kept: str, purpose: str,
                 error: type[IndexWriteError] = IndexWriteError, room: str = "", largest: str = "") -> IndexWriteError:
    """A failed write to the index's disk (full, gone, read-only) as one plain sentence: what
    stopped, `kept` (what is as it was), and the fix, running the same command again `purpose`;
    `room` (the space the write needs) is added to a full disk's, `largest` (the largest file it
    writes) to a file-size limit's: each is beside the point of the other cause."""
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        problem = f"the disk holding the index at {index_dir} is full"
        fix = "free some space and run the same command again"
        kept += f" ({room})" if room else ""
    elif exc.errno in ACCESS_ERRORS:  # running again alone cannot help
        problem = f"writing the index at {index_dir} was refused: {_refusal(exc, Path(index_dir))}"
        fix = "once that is done, run the same command again"
    elif exc.errno == errno.EFBIG:  # the same file grows past the same limit again: running again alone cannot help
        problem, fix = file_size_limit(f"a file of the index at {index_dir}")
        kept += f" ({largest})" if largest else ""
    else:
        problem = f"writing the index at {index_dir} failed ({exc.strerror or exc})"
        fix = "run the same command again"
    return error(f"Stopped: {problem}; {kept}; {fix} {purpose}.")


def _purge_left(room: int) -> tuple[str, str, type[IndexWriteError], str, str]:
    """What a purge that could not be written leaves (IndexWriter._writing's arguments): the commits
    are whole, what is left undone is the takedown of the deleted records' text. The purge writes
    the segments it rewrites as one file of about half the `room` it needs (index.purging)."""
    return ("the changes of this run are committed and search no longer finds the documents removed or replaced, "
            "but their text was not purged from the index's files", "to purge it", PurgeWriteError,
            f"purging needs about {_megabytes(room)} MB free there",
            f"purging writes a file of about {_megabytes(room / 2)} MB there")


def _megabytes(size: float) -> int:
    return max(1, math.ceil(size / 2**20))


def file_size_limit(what: str) -> tuple[str, str]:
    """(what stopped, the fix) for `what` (a file of the index, of a backup) grown past the largest
    size allowed (EFBIG): this process's limit (ulimit -f, systemd's LimitFSIZE=) when it has one,
    else the file system's."""
    limit = resource.getrlimit(resource.RLIMIT_FSIZE)[0]
    if limit != resource.RLIM_INFINITY:
        return (f"{what} reached the file-size limit this process runs under "
                f"({limit / 2**20:.1f} MB: ulimit -f, or LimitFSIZE= in a systemd unit)",
                "raise or lift that limit for the account or service running assembly-search, then run the same "
                "command again")
    return (f"{what} reached the largest file size its file system allows (File too large)",
            "move it to a file system that allows larger files, then run the same command again")


class SessionLock:
    """One writing session at a time per index, held across all of its commits.

    Whoosh's own lock is released at every commit, so two ingests could interleave and each
    plan against a stale view of the index; this lock (flock, so a killed process frees it)
    covers the whole session. A second writer waits, saying so through `on_wait`.
    """

    def __init__(self, index_dir: Path, timeout: float, on_wait: Callable[[str], None] | None) -> None:
        self._fd = _open_lock_file(index_dir)
        started = time.monotonic()
        deadline = started + timeout
        told = False
        self.waited = 0.0  # seconds spent waiting for another writer to finish
        while True:
            try:
                fcntl.flock(self._fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                if told:
                    self.waited = time.monotonic() - started
                return
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    os.close(self._fd)
                    raise IndexLockedError(
                        f"The index at {index_dir} is locked by another ingest; "
                        "try again when that one finishes."
                    ) from None
                if not told and on_wait:
                    on_wait(f"The index at {index_dir} is locked by another ingest; waiting for it to finish…")
                    told = True
                time.sleep(0.2)

    def release(self) -> None:
        if self._fd is not None:
            fcntl.flock(self._fd, fcntl.LOCK_UN)
            os.close(self._fd)
            self._fd = None


def session_running(index_dir: str | Path) -> bool:
    """Whether a writing session (an ingest) holds the index's lock now: a brief shared lock is
    refused only while one does (flock: a killed ingest holds none). When the lock file cannot be
    read, a session is taken to be running, as it was before this could be told."""
    try:
        fd = os.open(Path(index_dir) / SESSION_LOCK_FILE, os.O_RDONLY)
    except FileNotFoundError:
        return False
    except OSError:
        return True
    try:
        fcntl.flock(fd, fcntl.LOCK_SH | fcntl.LOCK_NB)
    except BlockingIOError:
        return True
    finally:
        os.close(fd)  # frees the shared lock too
    return False


class IndexWriter:
    """Writes document records in batches, one commit per `batch_size` documents.

    Waits for a lock held by another writer (reporting through `on_wait`) instead of
    failing at once, and raises IndexLockedError with a plain message after `lock_timeout`.
    `procs > 1` writes through `procs` sub-processes, each building its own segment
    (index.writers.ParallelWriter: the only multi-process mode that keeps field lengths, and so
    scores, right).
    """

    def __init__(
        self,
        index_dir: str | Path,
        create: bool = True,
        rebuild: bool = False,
        batch_size: int = 500,
        procs: int = 1,
        lock_timeout: float = 600.0,
        on_wait: Callable[[str], None] | None = None,
        limitmb: int = 256,
        rebuild_outdated: bool = False,
    ) -> None:
        self.index_dir = Path(index_dir)
        self.batch_size = batch_size
        self.procs = procs
        self.lock_timeout = lock_timeout
        self.on_wait = on_wait
        self.limitmb = limitmb
        self._writer = None
        self._session = SessionLock(self.index_dir, lock_timeout, on_wait)
        try:
            try:
                self.ix = open_index(self.index_dir, create=create, rebuild=rebuild, session_held=True)
                check_readable(self.ix, self.index_dir)
            except (IndexVersionError, IndexDamagedError):
                if not rebuild_outdated:
                    raise
                # an index of another schema, or a damaged one, cannot be updated, only rebuilt
                # from the archive (ingest --force)
                self.ix = open_index(self.index_dir, rebuild=True)
            self._add_missing_fields()
            # doc_id -> the ids it answers for, of every document written or held that has some
            self._former_ids: dict[str, list[str]] = {} if self.ix.is_empty() else _former_ids_held(self.ix)
            self._arrivals = ArrivalBook(None if self.ix.is_empty() else self._held_times)
        except BaseException:
            self._session.release()
            raise
        self._pending = 0
        # In an index that started empty, only ids added in this session can need replacing:
        # tracking them avoids a delete (which opens a searcher) per document in a bulk build.
        self._session_ids: set[str] | None = set() if self.ix.is_empty() else None
        self.commits = 0
        self._committed = None  # a searcher of the committed index, for the times it holds (_held_times)

    def keep_times(self, held: dict[str, Times]) -> None:
        """Take the arrival times of another index's documents (the older-schema index rebuilt
        beside this one): a document written again with one of their doc_ids keeps its times."""
        self._arrivals.keep(held)

    def _held_times(self, doc_id: str) -> Times | None:
        """The times the committed index stores for `doc_id`, None when it does not hold it."""
        if self._committed is None:
            self._committed = self.ix.searcher()
        stored = self._committed.document(id=doc_id)
        return stored_times(stored) if stored is not None else None

    def _forget_committed(self) -> None:
        if self._committed is not None:
            self._committed.close()
            self._committed = None

    def keep_former_ids(self, held: dict[str, list[str]]) -> None:
        """Take the former ids of another index's documents (the older-schema index rebuilt beside
        this one): a document written with one of their doc_ids keeps answering for them."""
        for doc_id, ids in held.items():
            self._former_ids[doc_id] = sorted(set(self._former_ids.get(doc_id, ())) | set(ids))

    def holds_documents(self) -> bool:
        """Whether the index holds a live document (asked before this session writes one)."""
        return self.ix.doc_count() > 0

    # -- lock handling -------------------------------------------------
    @property
    def waited_for_lock(self) -> float:
        """Seconds the session waited for another writer (an ingest running on the same index)."""
        return self._session.waited

    def _add_missing_fields(self) -> None:
        """Add the fields added to the schema since its version (index.schema.ADDED_FIELDS) to an
        index built before them, in a commit of their own: the index needs no rebuild, and a
        program of its version still opens it (Whoosh reads the schema from the index)."""
        missing = [name for name in ADDED_FIELDS if name not in self.ix.schema]
        if not missing:
            return
        schema = build_schema()
        writer = self._open_writer(one_process=True)  # with nothing to merge (sub-writers would start)
        with self._writing():
            for name in missing:
                writer.add_field(name, schema[name])
            writer.commit(merge=False)

    def _open_writer(self, one_process: bool = False):
        deadline = time.monotonic() + self.lock_timeout
        told = False
        while True:
            try:
                if self.procs > 1 and not one_process:
                    writer = ParallelWriter(self.ix, self.procs, limitmb=self.limitmb)
                else:
                    writer = segment_writer(self.ix, limitmb=self.limitmb)
                # its commit marks the table of contents with this version (opened, the index is of
                # it): an index built before the mark was kept has it from now on
                stamp(writer.schema)
                return writer
            except LockError:
                if time.monotonic() >= deadline:
                    raise IndexLockedError(
                        f"The index at {self.index_dir} is locked by another ingest; "
                        "try again when that one finishes."
                    ) from None
                if not told and self.on_wait:
                    self.on_wait(
                        f"The index at {self.index_dir} is locked by another ingest; waiting for it to finish…"
                    )
                    told = True
                time.sleep(0.5)

    def _w(self):
        if self._writer is None:
            self._writer = self._open_writer()
        return self._writer

    # -- writing -------------------------------------------------------
    def add(self, record: DocumentRecord, replace: bool | None = None) -> None:
        """Add a document and its passages, replacing any earlier version with the same doc_id.

        `replace=False` says the caller knows the index lacks this doc_id (saves a delete,
        which costs a searcher); None decides by itself. `record.former_ids` names the documents
        it replaces (its file's earlier contents); it is written with the whole chain: the ids
        those answered for, and those this doc_id answered for already.
        """
        if replace is None:
            replace = self._session_ids is None or record.doc_id in self._session_ids
        fresh = [i for i in record.former_ids if i not in self._former_ids.get(record.doc_id, ())]
        record.added, record.changed = self._arrivals.times_for(record.doc_id, (record.added, record.changed), fresh,
                                                                replace)
        record.former_ids = self._answers_for(record)
        with self._writing():
            w = self._w()
            if replace:
                w.delete_by_term("doc_id", record.doc_id)
            if self._session_ids is not None:
                self._session_ids.add(record.doc_id)
            with w.group():  # its passages right after it, in its segment (FacetTables.owner relies on it)
                w.add_document(**document_fields(record))
                for fields in passage_fields(record):
                    w.add_document(**fields)
        self._pending += 1
        if self._pending >= self.batch_size:
            self.commit()

    def _answers_for(self, record: DocumentRecord) -> list[str]:
        """The ids whose links open `record`: its own former ids as written earlier (a re-parse or a
        move keeps them), the ids it replaces, and theirs (A -> B -> C: C answers for A and B)."""
        ids = set(self._former_ids.get(record.doc_id, ())) | set(record.former_ids)
        for old in record.former_ids:
            ids.update(self._former_ids.get(old, ()))
        ids.discard(record.doc_id)  # a file edited back to an earlier content
        if ids:
            self._former_ids[record.doc_id] = sorted(ids)
        return sorted(ids)

    def answer_for(self, record: DocumentRecord, removed: list[str]) -> None:
        """Write `record`, a document the index holds, again answering for the `removed` documents'
        ids too, and for theirs: documents --prune removed whose text it holds (index.successors).
        Its times stay: no edit brought its content, it came in when it came."""
        ids = set(self._former_ids.get(record.doc_id, ())) | set(record.former_ids)
        for old in removed:
            ids.add(old)
            ids.update(self._former_ids.get(old, ()))
        ids.discard(record.doc_id)
        self._former_ids[record.doc_id] = record.former_ids = sorted(ids)
        self.add(record, replace=True)

    def successors_of(self, removed: list[DocumentRecord]) -> dict[str, Successor]:
        """index.successors.successors of the `removed` documents in the index as last committed."""
        with self.ix.searcher() as searcher:
            return successors(searcher, removed)

    def delete(self, doc_id: str) -> None:
        """Remove a document and its passages."""
        with self._writing():
            self._w().delete_by_term("doc_id", doc_id)
        self._pending += 1

    def commit(self, purge: bool = False) -> None:
        """Commit what is pending. Each commit drops the segments left with no live record and
        rewrites those mostly deleted (index.purging); `purge` rewrites every segment keeping a
        deleted record, so no removed or replaced document stays in the index's files."""
        purge_only = self._writer is None and purge and holds_deleted_records(self.ix)
        if purge_only:  # nothing pending, but records deleted by an earlier commit (or run) to purge
            left = _purge_left(purge_room(self.ix))
            self._w()
        self._forget_committed()  # the commit may merge away the segments it reads
        if self._writer is not None:
            with self._writing(*(left if purge_only else ())):
                self._writer.commit(mergetype=merge_policy(purge_all=purge))
            self._writer = None
            self.commits += 1
        self._pending = 0

    @contextmanager
    def _writing(self, kept: str = "what was committed before is kept, the files since the last commit were not "
                 "saved", purpose: str = "to finish the batch", error: type[IndexWriteError] = IndexWriteError,
                 room: str = "", largest: str = ""):
        """A failed write to the index's disk (full, gone, read-only) as one plain sentence."""
        try:
            yield
        except OSError as exc:
            raise write_failed(self.index_dir, exc, kept, purpose, error, room, largest) from exc

    def cancel(self) -> None:
        self._forget_committed()
        if self._writer is not None:
            self._writer.cancel()
            self._writer = None
        self._pending = 0

    def abort(self) -> None:
        """Drop what is pending (not committed) and end the session."""
        try:
            self.cancel()
        finally:
            self._session.release()

    def close(self, purge: bool = False) -> None:
        """Commit what is pending (with `purge`, rewriting every segment that keeps a deleted
        record) and end the session (a failed commit writes nothing). The purge waits for the
        last commit: earlier ones would rewrite a large segment again for each deletion in it."""
        try:
            self.commit(purge=purge)
        except BaseException:
            self.cancel()  # frees Whoosh's lock and ends any writer processes
            raise
        finally:
            self._session.release()

    def __enter__(self) -> "IndexWriter":
        return self

    def __exit__(self, exc_type, exc, tb) -> None:
        if exc_type is None:
            self.close()
        else:
            self.abort()


def document_facts(index_dir: str | Path, doc_ids: set[str]) -> dict[str, DocumentFacts]:
    """doc_id -> the report's facts of each of `doc_ids` the index holds. Each document's record
    is found from its `files` terms, segment by segment (a term's first posting is the document,
    unless deleted), not by an id lookup in every segment: 5,000 documents in a few tenths of a
    second, nearly all of it Whoosh decompressing their stored fields."""
    facts: dict[str, DocumentFacts] = {}
    if not doc_ids or not index_exists(Path(index_dir)):
        return facts
    with reading(index_dir):
        reader = open_index(index_dir).reader()
    with reader:
        for leaf, _ in reader.leaf_readers():
            for raw, info in leaf.iter_field("files"):
                doc_id = raw.partition(FILES_SEPARATOR.encode())[0].decode("utf-8")
                if doc_id in doc_ids and doc_id not in facts:
                    docnum = _live_posting(leaf, raw, info.min_id())
                    if docnum is not None:
                        facts[doc_id] = _facts(leaf.stored_fields(docnum))
    return facts


def _live_posting(leaf, term: bytes, first: int) -> int | None:
    """The document of a `files` term in one segment: its first posting, or its first live one
    when that was deleted (a document replaced within the segment); None if none lives."""
    if not leaf.is_deleted(first):
        return first
    return next(iter(leaf.postings("files", term).all_ids()), None)  # postings skip deleted documents


def _facts(stored: dict) -> DocumentFacts:
    return DocumentFacts(format=stored.get("format"), language=stored.get("language"),
                         encoding=stored.get("encoding"), pages=stored.get("pages"),
                         characters=len(stored.get("content", "")))


def load_inventory(index_dir: str | Path) -> dict[str, str]:
    """path -> doc_id of every file the index holds, read from the `files` term list.

    Terms of deleted documents linger until segments merge, so each term's postings are
    checked for a live document.
    """
    index_dir = Path(index_dir)
    if not index_exists(index_dir):
        return {}
    inventory: dict[str, str] = {}
    with reading(index_dir):  # only the opening: an error past it is no damaged file
        reader = open_index(index_dir).reader()
    with reader:
        has_deletions = reader.has_deletions()
        for raw in reader.lexicon("files"):
            if has_deletions and not any(
                not reader.is_deleted(d) for d in reader.postings("files", raw).all_ids()
            ):
                continue
            doc_id, _, path = raw.decode("utf-8").partition(FILES_SEPARATOR)
            inventory[text_to_path(path)] = doc_id
    return inventory


def stored_records(index_dir: str | Path, doc_ids: Iterable[str]) -> dict[str, DocumentRecord]:
    """doc_id -> the record of each document as the index stores it (text, title, facets, dates,
    passages with their speakers and pages), so ingest can write a document again under other
    paths without parsing its file. Documents the index does not hold are left out. The reader
    sees the last commit: the caller commits nothing while this runs."""
    with reading(index_dir):
        ix = open_index(index_dir)
    return records_of(ix, doc_ids)


def records_of(ix: whoosh.index.Index, doc_ids: Iterable[str]) -> dict[str, DocumentRecord]:
    """stored_records of an opened index (one of an older schema too: index.side_rebuild)."""
    records: dict[str, DocumentRecord] = {}
    with ix.searcher() as searcher:
        for doc_id in doc_ids:
            rows = [searcher.stored_fields(n) for n in searcher.docs_for_query(Term("doc_id", doc_id))]
            doc = next((r for r in rows if r.get("kind") == KIND_DOC), None)
            if doc is not None:
                records[doc_id] = record_from_stored(doc, [r for r in rows if r.get("kind") == KIND_PASSAGE])
    return records


def _former_ids_held(ix: whoosh.index.Index) -> dict[str, list[str]]:
    """doc_id -> the former ids of each live document that has some, found from the field's term
    list: only documents whose files were edited have one, so few stored fields are read."""
    held: dict[str, list[str]] = {}
    with ix.reader() as reader:
        if FORMER_IDS not in reader.schema:
            return held
        docnums = {d for raw in reader.lexicon(FORMER_IDS)
                   for d in reader.postings(FORMER_IDS, raw).all_ids()}  # postings skip deleted documents
        for docnum in sorted(docnums):
            stored = reader.stored_fields(docnum)
            held[stored["doc_id"]] = stored_keywords(stored.get(FORMER_IDS))
    return held


def extraction_number(stored) -> int:
    """A document's stored extraction version (index.schema.EXTRACTION); 0 when absent or not a number."""
    try:
        return int(stored or 0)
    except (TypeError, ValueError):
        return 0


def _own_language(passage: dict, language: str) -> str | None:
    """A stored passage's language when another than its document's `language` (PassageRecord.language)."""
    own = passage.get("language") or language
    return own if own != language else None


def record_from_stored(doc: dict, passages: list[dict]) -> DocumentRecord:
    """The DocumentRecord whose document_fields and passage_fields stored `doc` and `passages`
    (the inverse of those two: written again, it gives the same fields)."""
    language = doc.get("language", "")
    return DocumentRecord(
        doc_id=doc["doc_id"],
        title=doc.get("title", ""),
        text=doc.get("content", ""),
        format=doc.get("format", ""),
        language=language,
        paths=[text_to_path(p) for p in doc.get("paths", [])],
        source=text_to_path(doc.get("source", "")),
        date=dated(date_of_number(doc.get("date")), doc.get("date_source")),
        date_source=doc.get("date_source"),
        speakers=stored_keywords(doc.get("speakers")),
        persons=stored_keywords(doc.get("persons")),
        listed=stored_keywords(doc.get(LISTED)),
        topics=stored_keywords(doc.get("topics")),
        pages=doc.get("pages"),
        encoding=doc.get("encoding"),
        content_hash=doc.get("content_hash", ""),
        former_ids=stored_keywords(doc.get(FORMER_IDS)),
        extraction=extraction_number(doc.get(EXTRACTION)),
        act_numbers=stored_keywords(doc.get(ACT_NUMBERS)),
        author=doc.get(AUTHOR) or "",
        original_url=doc.get(ORIGINAL_URL) or "",
        captured=doc.get(CAPTURED) or "",
        added=stored_times(doc)[0],
        changed=stored_times(doc)[1],
        passages=sorted((PassageRecord(text=p.get("ptext", ""), position=p["position"], page=p.get("page"),
                                       speakers=stored_keywords(p.get("speakers")),
                                       language=_own_language(p, language), narrated=bool(p.get(NARRATED)))
                         for p in passages),
                        key=lambda p: p.position),
    )
