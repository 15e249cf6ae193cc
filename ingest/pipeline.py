"""The ingest batch: discover, decide what changed, parse in a pool (ingest.parser_pool), write in
one session.

Every file ends with one status: indexed, updated, unchanged, removed, failed or skipped; a file
indexed before and gone since is `gone` until a run with --prune removes it.
The document id is the content hash, so re-running after a crash re-adds nothing twice.
"""
from __future__ import annotations

import json
import os
import sys
import time
from collections import Counter
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path

from index.errors import IndexUnavailable, IndexWriteError, PurgeWriteError
from index import side_rebuild
from index.damage import read_error
from index.extraction import counts_of_index, not_refreshed_note, older_than, refresh_note
from index.paths import name_encoding, path_to_text, readable_path
from index.processes import batch_gc
from index.year_dates import YEAR_ONLY
from index.store import (IndexWriter, SessionLock, document_facts, forget_ingested_roots, ingested_roots, load_inventory,
                         lost_files_left, pre_analyze_record, record_ingested_roots, stored_records)
from ingest.build import EXTRACTION_VERSION
from ingest.discover import FileRef, discover_with_links, is_under, real_path
from ingest.copy_choice import dating_name, parsed_first
from ingest.extract.dates import filename_date
from ingest.forced_batch import ForcedBatch
from ingest.gone_roots import OldPlaces
from ingest.moves import came_from
from ingest.graceful_stop import GracefulStop, stop_signals_as_ctrl_c
from ingest.hash_cache import HashCache
from ingest.moved_links import hand_over_links
from ingest.parser_pool import run_pool
from ingest.parsers import file_format, misnamed_sentence
from ingest.parsers.base import NOTHING_TO_INDEX, NotARegularFile
from ingest.parsers.ocr_quality import QUALITY_NOTE
from ingest.prune_guard import (empty_root_note, mostly_gone_note, mostly_gone_roots, mostly_gone_subfolder_note,
                                mostly_gone_subfolders, roots_with_no_files)
from ingest.progress import MB, FeedbackStream, Progress
from ingest.report_file import write_report
from ingest.upgrade import carry_over
from ingest.vocabulary import applied_to_all, keep_vocabulary, read_batch_vocabulary, vocabulary_in_force
from ingest.worker import CHANGED, NOT_A_FILE_NOW, VANISHED, Outcome

DEFAULT_TIME_LIMIT = 120.0  # seconds per file
DEFAULT_SIZE_LIMIT = 200 * 1024 * 1024  # bytes per file
# Files per commit. Each commit ends the writer processes' segments and merges small ones, so
# few large commits index fastest; commit_seconds still bounds what a crash can lose.
DEFAULT_COMMIT_DOCS = 1000
REBUILD_LOCK_TIMEOUT = 600.0  # seconds a rebuild waits for another ingest on the old index, as a writer does


@dataclass
class IngestOptions:
    index_dir: Path
    workers: int = 0  # 0: every core
    prune: bool = False
    force: bool = False
    report_path: Path | None = None
    time_limit: float = DEFAULT_TIME_LIMIT
    size_limit: int = DEFAULT_SIZE_LIMIT
    memory_limit: int | None = None  # bytes per parser process; None: parser_pool.default_memory_limit(), 0: none
    batch_size: int = DEFAULT_COMMIT_DOCS  # files per commit (or commit_seconds, whichever comes first)
    commit_seconds: float = 10.0
    follow_outside_links: bool = False  # read what links lead to outside the roots (/etc, ~/.ssh if one is there)
    keep_list_pages: bool = False  # index home, news-list, tag and archive pages (undated) instead of skipping them


@dataclass
class FileReport:
    path: str
    status: str  # indexed | updated | unchanged | removed | failed | skipped | gone
    reason: str | None = None
    message: str | None = None
    document_id: str | None = None
    format: str | None = None
    language: str | None = None
    encoding: str | None = None
    pages: int | None = None
    characters: int | None = None
    warnings: list[str] = field(default_factory=list)  # indexed, with a note (a few pages unreadable...)


@dataclass
class Summary:
    counts: Counter = field(default_factory=Counter)
    failed_by_reason: Counter = field(default_factory=Counter)
    skipped_by_reason: Counter = field(default_factory=Counter)
    elapsed: float = 0.0  # seconds of work, without the wait for another ingest
    waited: float = 0.0  # seconds spent waiting for another ingest on the same index to finish
    files: list[FileReport] = field(default_factory=list)
    interrupted: bool = False  # stopped by Ctrl-C, SIGTERM or SIGHUP; a re-run finishes the batch
    write_error: str | None = None  # writing the index failed (a full disk): the batch stopped there
    purge_failed: bool = False  # the write that failed was the purge after the batch's last commit
    notes: list[str] = field(default_factory=list)  # what the batch chose not to do, and why
    report_error: str | None = None  # the --report file could not be written (the index is fine)
    forced: bool = False  # a --force batch that the same command, run again, resumes (ingest.forced_batch)

    @property
    def exit_code(self) -> int:
        if self.interrupted:
            return 130
        # a folder that could not be read leaves files unhandled, as a failed file does, and so
        # does a file changed while the batch ran
        unhandled = self.counts["failed"] or any(self.skipped_by_reason[r] for r in ("unreadable", "changed", "not_reached"))
        return 1 if unhandled or self.report_error or self.write_error else 0

    def text(self) -> str:
        # a path dropped from a document that stays indexed (moved earlier) is no document removed
        dropped = sum(1 for r in self.files if r.status == "removed" and r.reason == OLD_PATH)
        # a copy of a file indexed in this batch is no file left unchanged: counted with what it copies
        copies = sum(1 for r in self.files if r.status == "unchanged" and COPIED_IN_BATCH in (r.message or ""))
        parts = [f"{self.counts[s] - (dropped if s == 'removed' else copies if s == 'unchanged' else 0)} {s}"
                 for s in ("indexed", "updated", "unchanged", "removed", "failed", "skipped")]
        if copies:
            parts[0] += f" (and {copies} {'copy' if copies == 1 else 'copies'} of them under other names)"
        if dropped:
            parts.insert(4, f"{dropped} old path{'' if dropped == 1 else 's'} dropped")
        stopped = self.interrupted or (self.write_error and not self.purge_failed)
        waited = f" (after waiting {self.waited:.1f} s for another ingest)" if self.waited >= 0.05 else ""
        line = "Ingest {} in {:.1f} s{}: {}.".format("stopped early" if stopped else "finished", self.elapsed, waited,
                                                    ", ".join(parts))
        if stopped:
            line += ("\nThe files counted as indexed, updated or removed are committed; run the same command "
                     "again" + (", once the problem below is fixed," if self.write_error else "") + " to finish the batch"
                     + (" (it does not parse again the files this --force has parsed already)" if self.forced else "")
                     + ".")
        for label, by_reason in (("Failed", self.failed_by_reason), ("Skipped", self.skipped_by_reason)):
            if by_reason:
                line += f"\n{label} by reason: " + ", ".join(f"{r}: {n}" for r, n in by_reason.most_common()) + "."
        kept = sum(1 for r in self.files if r.status == "failed" and KEPT_LAST_VERSION in (r.message or ""))
        if kept:
            line += (f"\n{kept} failed file{' keeps its' if kept == 1 else 's keep their'} last indexed version "
                     f"searchable until {'it' if kept == 1 else 'they'} can be indexed again.")
        copies_gone = sum(1 for r in self.files if r.status == GONE and r.reason == OLD_PATH)
        gone = self.counts[GONE] - copies_gone
        if gone:
            line += (f"\n{gone} file{' indexed before is' if gone == 1 else 's indexed before are'} gone; "
                     f"{'its document stays' if gone == 1 else 'their documents stay'} searchable until a run "
                     "with --prune.")
        if copies_gone:
            line += (f"\n{copies_gone} file{' indexed before is' if copies_gone == 1 else 's indexed before are'} gone "
                     f"while other copies of {'its' if copies_gone == 1 else 'their'} content stay; "
                     f"{'its document stays' if copies_gone == 1 else 'their documents stay'} indexed under "
                     "them, and a run with --prune drops only the gone paths.")
        for status in ("unchanged", "updated"):  # a swapped file is updated: its path holds another content
            found_again = Counter(r.reason for r in self.files if r.status == status and r.reason in FOUND_AGAIN
                                  and COPIED_IN_BATCH not in (r.message or ""))
            if found_again:
                told = " and ".join(f"{found_again[r]} {r}" for r in FOUND_AGAIN if found_again[r])
                line += (f"\nOf the {status} files, {told}: the index holds their content already, so their "
                         "documents list the new paths" + (" and the files were not parsed again." if status == "unchanged" else "."))
        poor = sum(1 for r in self.files if any(w.startswith(QUALITY_NOTE) for w in r.warnings))
        if poor:
            line += (f"\n{poor} file{' was' if poor == 1 else 's were'} indexed with poor OCR (pages without text or of "
                     "noise, or many misread letters): the note lines above and the report's warnings (\"OCR quality\") "
                     f"name {'it' if poor == 1 else 'them'} for a new scan or OCR.")
        for note in self.notes:
            line += "\n" + note
        if self.report_error:
            line += "\n" + self.report_error
        return line


@dataclass
class _Task:
    doc_id: str
    path: str  # the file to parse
    root: str
    paths: list[str]  # every path the document is known under after this run
    statuses: dict[str, str]  # path -> status to report when the document is written
    replace: bool  # the index already holds this doc_id
    content_hash: str = ""
    size: int = 0  # bytes
    # documents whose every path now holds this task's content (files changed in place): deleted
    # when this task is written, in the same commit, so a stopped batch leaves their old version
    replaces: list[str] = field(default_factory=list)
    # the index holds this content already (a file moved or copied, a copy deleted): its stored
    # record is written again under `paths`, and no file is parsed
    reuse: bool = False
    notes: dict[str, tuple[str, str]] = field(default_factory=dict)  # path -> (reason, message) to report
    # `path` is a file this run skipped by its name, which has its own line already: the stored
    # record is written again under `paths`, never parsed from it, and no line is added for it
    unlisted: bool = False
    # `path` lies outside this run's files (the document only lost paths under the folders given):
    # it gets a line only if it must be parsed again after all (its name now dates the document)
    quiet: bool = False
    # path -> the document last indexed from it, and the other paths it stays under ([]: it is
    # deleted when this task is written, unless the new content fails, so a file cut short by a
    # failed copy does not take its document with it); its failed line names that document
    kept: dict[str, tuple[str, list[str]]] = field(default_factory=dict)
    # the path whose name dates the document when nothing inside does ("": `path`): a copy
    # outside this run's files whose name gives a date `path`'s does not (ingest.copy_choice)
    dated_by: str = ""


class _Entries:
    """Paths of files and folders: which hold a given path, found by its own and its folders'
    names (a set lookup per folder level, where is_under compares with every entry)."""

    def __init__(self, entries: dict[str, str]) -> None:
        self.entries = entries  # path -> what to tell of it

    def holding(self, path: str) -> str | None:
        """The entry that is `path` or a folder above it, if any."""
        while self.entries:
            if path in self.entries:
                return path
            parent = os.path.dirname(path)
            if parent == path:
                return None
            path = parent
        return None


def plan(files: list[FileRef], hashes: dict[str, str], inventory: dict[str, str], roots: list[str],
         force: bool, prune: bool, keep_roots: list[str] = (), left_alone: list[str] = (),
         dropped: dict[str, str] | None = None,
         places: OldPlaces | None = None, done: set[str] = frozenset()) -> tuple[list[_Task], list[FileReport], list[str]]:
    """Decide what to parse, what is unchanged and which documents to delete. With `prune`,
    files gone from `roots` are removed, except under `keep_roots`; without, they are reported gone. The files and folders this
    run skipped by name (`left_alone`) are no more gone than read: what the index holds of them
    stays as it is, and no document is parsed from them. `dropped` (path -> skip reason) are those
    skipped as no document of the archive (a recycle bin, an editor's backup): with `prune`,
    removed under that reason. Paths outside `roots` stay as they are, except, with `prune`, those
    of a document found here whose folder is gone from the disk (`places`: a renamed archive root).
    With `force`, the documents `done` by the stopped --force batch this one resumes are planned as
    without it."""
    places = places or OldPlaces([])
    skipped = _Entries(dict.fromkeys(left_alone, ""))
    dropped = _Entries(dropped or {})
    known_paths_of: dict[str, set[str]] = {}
    for path, doc_id in inventory.items():
        known_paths_of.setdefault(doc_id, set()).add(path)
    present = {f.path for f in files}
    ref_of = {f.path: f for f in files}
    new_paths_of: dict[str, list[str]] = {}
    for f in files:
        if f.path in hashes:
            new_paths_of.setdefault(hashes[f.path][:16], []).append(f.path)

    def pruned(path: str) -> bool:
        return prune and not is_under(path, keep_roots)

    def still_holds(path: str, doc_id: str) -> bool:
        """The file at `path`, found this run, still holds `doc_id`'s content, as far as we know: a
        file that could not be read (a permission, a share's hiccup) keeps its document, and so
        does one skipped by its name."""
        if path not in present:
            return skipped.holding(path) is not None
        return path not in hashes or hashes[path][:16] == doc_id

    gone_elsewhere: dict[str, str] = {}  # old path outside the roots -> the gone folder it was dropped with

    def final_paths(doc_id: str) -> list[str]:
        found = new_paths_of.get(doc_id, [])
        keep = set(found)
        for p in known_paths_of.get(doc_id, ()):
            if not is_under(p, roots):  # paths outside this run's roots stay as they were, unless
                folder = places.gone_folder(p) if prune and found else None  # their folder is gone
                if folder is None:
                    keep.add(p)
                else:
                    gone_elsewhere[p] = folder
            elif still_holds(p, doc_id) or (p not in present and not pruned(p)):
                keep.add(p)
        places.dropped.update({gone_elsewhere[p] for p in known_paths_of.get(doc_id, ()) if p in gone_elsewhere})
        return sorted(keep)

    tasks: list[_Task] = []
    reports: list[FileReport] = []
    deletions: list[str] = []
    moved_away: set[str] = set()  # gone paths whose content the run found under a new path
    kept_under: dict[str, list[str]] = {}  # doc_id -> the paths of a document written again
    touched: set[str] = set(new_paths_of)
    for path, doc_id in inventory.items():
        if is_under(path, roots) and not still_holds(path, doc_id):
            touched.add(doc_id)  # this document lost a path
    for doc_id in sorted(touched):
        paths = final_paths(doc_id)
        known = known_paths_of.get(doc_id, set())
        forced = force and doc_id not in done
        reuse = bool(known) and not forced  # only its paths change: the index has its record
        statuses, notes = {}, {}
        new_paths = new_paths_of.get(doc_id, [])
        if known and any(p not in known for p in new_paths):
            # the content left the paths that no longer hold it: removed, renamed, or holding
            # another content now (two files swapped, a new file under a renamed one's name);
            # outside the folders given, a path is gone when its file is (a renamed root)
            gone = sorted(k for k in known if not still_holds(k, doc_id)
                          and (is_under(k, roots) or not os.path.exists(k)))
            # the summary names where old paths stay listed, each counted once however many copies moved
            places.kept.update(_old_place(k, places) for k in gone if k in paths and not is_under(k, roots))
            origins = came_from(gone, [p for p in new_paths if p not in known])
            there = sorted(known - set(gone))
            moved_away.update(gone)
        for p in new_paths:
            if p in known:
                statuses[p] = "updated" if forced else "unchanged"
            elif p in inventory:
                statuses[p] = "updated"
            elif known:  # moved or copied: re-parsed with --force, its document is updated, not added
                statuses[p] = "unchanged" if reuse else "updated"
            else:
                statuses[p] = "indexed"
            if known and p not in known:
                was = origins[p]  # the old path it came from, when the names tell
                elsewhere = _old_places([k for k in was if k in paths and not is_under(k, roots)], places)
                notes[p] = _told_apart(_found_again_note(was, there, paths, roots, elsewhere), was, p)
        # the file of this run to parse: a file rather than a link to it, a name giving a date first
        chosen = (parsed_first([p for p in new_paths if p in ref_of and not os.path.islink(p)])
                  or parsed_first([p for p in new_paths if p in ref_of]))
        if not known and len(new_paths) > 1:
            # the same content under several new paths (wget's index.html and index.php): one file
            # is parsed and indexed, the others are its copies, as a later run would tell them
            original = chosen or new_paths[0]
            for p in new_paths:
                if p != original:
                    statuses[p] = "unchanged"
                    notes[p] = ("copied", f"A copy of {_names([original])}, {COPIED_IN_BATCH}: its document "
                                "lists this path too.")
        if not paths:
            deletions.append(doc_id)
            continue
        kept_under[doc_id] = paths
        if not forced and known and set(paths) == known:
            reports += [FileReport(p, "unchanged", document_id=doc_id) for p in statuses]
            continue
        parse_from = chosen  # a file of this run when there is one
        unlisted = quiet = False
        if parse_from is None:
            # no file of this run holds it: the document only lost paths, so its stored record is
            # written again under those left (--force re-parses the files of the folders given,
            # not a copy elsewhere). The path named is the one a parse would read, should its name
            # change the document; never one this run skipped
            reuse = True
            listed = [p for p in paths if skipped.holding(p) is None]
            parse_from = next((p for p in listed if os.path.isfile(p)), listed[0] if listed else None)
            if parse_from is None:
                # only files skipped by name, or gone without --prune, hold it: the stored record
                # is kept, under the paths left
                parse_from, unlisted = paths[0], True
            else:
                quiet = True
        # the document's source folder: the one a parse would give it (a reused record keeps its
        # own when no file of this run holds it)
        root = ref_of[parse_from].root if parse_from in ref_of else ("" if reuse else os.path.dirname(parse_from))
        # a copy listed outside the folders given may date it by its name (a gone one does not)
        dated_by = dating_name(parse_from, [p for p in paths if p not in ref_of and not is_under(p, roots)],
                               os.path.isfile)
        tasks.append(_Task(doc_id, parse_from, root, paths, statuses, replace=bool(known),
                           content_hash=hashes.get(parse_from, ""),
                           size=ref_of[parse_from].size if parse_from in ref_of else 0, reuse=reuse, notes=notes,
                           unlisted=unlisted, quiet=quiet, dated_by="" if dated_by == parse_from else dated_by))

    def there(path: str) -> bool:  # a path a line may name as where the content stays
        return path in present or os.path.exists(path)

    for path, doc_id in inventory.items():
        # a file moved away is told on its new path's line: the index lost no document
        if path in present or path in moved_away:
            continue
        if not is_under(path, roots):
            if path in gone_elsewhere:  # found here under another path before, its old folder gone since
                reports.append(FileReport(path, "removed", OLD_PATH, GONE_FOLDER_MESSAGE.format(
                    folder=readable_path(gone_elsewhere[path]), stays=_stays(kept_under[doc_id], there, places)),
                    document_id=doc_id))
            continue
        if pruned(path):
            reports.append(_removal(path, doc_id, kept_under.get(doc_id), dropped, there, places))
        elif not is_under(path, keep_roots):  # kept for a reason of its own, which a note gives
            # a copy deleted while others stay: the document stays, --prune drops only this path
            others = [p for p in kept_under.get(doc_id, ()) if p != path and there(p)]
            reports.append(FileReport(path, GONE, OLD_PATH if others else None,
                                      GONE_COPY_MESSAGE.format(paths=_names(others)) if others else GONE_MESSAGE,
                                      document_id=doc_id))
    for task in tasks:  # what stays indexed of a path should its new parse fail: --force parsing it
        for path in task.statuses:  # again, or the file changed in place with copies of its old content
            was = inventory.get(path)
            if was == task.doc_id or kept_under.get(was):
                task.kept[path] = (was, [] if was == task.doc_id else kept_under[was])
    return tasks, reports, _defer_replaced(deletions, tasks, known_paths_of, hashes)


# a file indexed before and gone from the folders given, left in the index by a run without --prune
GONE = "gone"
# what the note of a file says when it copies one this batch indexed (its status stays "unchanged": not parsed)
COPIED_IN_BATCH = "indexed in this batch"
GONE_MESSAGE = "The file is gone since it was indexed; its document stays searchable until a run with --prune."
GONE_COPY_MESSAGE = ("The file is gone since it was indexed; its document stays indexed under {paths}, and a run with "
                     "--prune drops only this path from it.")


# an old path dropped by --prune from a document found under another path, its folder gone since
GONE_FOLDER_MESSAGE = "The folder {folder} is gone; the file's content {stays}."


# the removal of a path skipped now as no document of the archive, by its skip reason
DROPPED_MESSAGES = {
    "backup": "An editor's backup copy, which ingest skips now (an earlier version indexed it); its document is removed",
    "system": "In a system folder ({entry}), which ingest skips now (an earlier version indexed it); its document is "
              "removed",
    "assets": "In the folder of images, scripts and styles a saved web page keeps beside it ({entry}), which ingest "
              "skips now (an earlier version indexed it); its document is removed",
    "mirror_tool": "HTTrack's own file ({entry}), which ingest skips now (an earlier version indexed it); its "
                   "document is removed",
    "unsupported": "A website's news feed, robots.txt, or a script, style or data a mirror saved under an address "
                   "with a query, which ingest skips now (an earlier version indexed it); its document is removed",
}


def _removal(path: str, doc_id: str, stays: list[str] | None, dropped: _Entries, there, places: OldPlaces) -> FileReport:
    """The line of a path --prune removes: a file gone, or one skipped now as no document. `stays`:
    the paths its document keeps; `there(path)`: the file is on disk; `places`: the ingested roots."""
    entry = dropped.holding(path)
    if entry is None:
        message = f"The file is gone; its content {_stays(stays, there, places)}." if stays else None
        return FileReport(path, "removed", OLD_PATH if stays else None, message, document_id=doc_id)
    reason = dropped.entries[entry]
    message = DROPPED_MESSAGES[reason].format(entry=os.path.basename(entry))
    message += f"; its content {_stays(stays, there, places)}." if stays else "."
    return FileReport(path, "removed", reason, message, document_id=doc_id)


def _stays(paths: list[str], there, places: OldPlaces) -> str:
    """Where a dropped path's content stays indexed: the document's files still there. A prune of a
    sub-folder keeps the gone paths outside it; named alone, they are said to be gone too, with the
    ingested root whose ingest with --prune drops them (under a folder gone from the disk, no command)."""
    live = [p for p in paths if there(p)]
    if live:
        return f"stays indexed under {_names(live)}"
    one = len(paths) == 1
    roots = [folder for folder, gone in _old_places(paths, places) if not gone]
    how = f" (an ingest of {_names(roots)} with --prune drops {'it' if one else 'them'})" if roots else ""
    return f"stays indexed under {_names(paths)}, whose file{' is' if one else 's are'} gone too{how}"


FOUND_AGAIN = ("moved", "copied")  # reasons of a new path whose content the index held already
OLD_PATH = "old_path"  # the reason of a removed path whose document stays, under its other paths
NAMES_SHOWN = 3  # paths named in a note; a document may have hundreds of copies


def _names(paths: list[str]) -> str:
    shown = ", ".join(readable_path(p) for p in paths[:NAMES_SHOWN])
    more = len(paths) - NAMES_SHOWN
    return shown + (f" and {more} more" if more > 0 else "")


def _old_places(old_paths: list[str], places: OldPlaces) -> list[tuple[str, bool]]:
    """(folder, gone) of each place outside the folders given where old paths stay listed (_old_place)."""
    return sorted({_old_place(path, places) for path in old_paths})


def _old_place(old_path: str, places: OldPlaces) -> tuple[str, bool]:
    """(folder, gone) of the place outside the folders given where an old path stays listed: a
    folder gone from the disk, or the ingested root, still there, that holds it."""
    gone = places.gone_folder(old_path)
    return (gone, True) if gone else (places.root_of(old_path), False)


def _found_again_note(gone: list[str], there: list[str], paths: list[str], roots: list[str],
                      elsewhere: list[tuple[str, bool]] = ()) -> tuple[str, str]:
    """(reason, message) for a new path of a document the index holds: moved from the `gone`
    paths (kept in `paths` when not pruned), or copied from those still `there`. `elsewhere` says
    where the old paths kept outside `roots` lie (_old_places)."""
    if not gone:
        return "copied", f"A copy of {_names(there)}, indexed already: its document lists this path too."
    kept = [p for p in gone if p in paths]
    if not kept:
        return "moved", f"Moved here from {_names(gone)}: its document lists this path instead."
    # a run with --prune over these folders drops the old paths under them, and those under a
    # folder gone from the disk; one still there needs an ingest of its own
    gone_folders = [folder for folder, is_gone in elsewhere if is_gone]
    still_there = [folder for folder, is_gone in elsewhere if not is_gone]
    ways = []
    if gone_folders or any(is_under(p, roots) for p in kept):
        ways.append("a run with --prune" + (f" ({_names(gone_folders)} {'is' if len(gone_folders) == 1 else 'are'} "
                                             "gone)" if gone_folders else ""))
    if still_there:
        ways.append(f"an ingest of {_names(still_there)} with --prune")
    until = " and ".join(ways)
    old = "the old one" if len(kept) == 1 else "the old ones"
    return "moved", f"Moved here from {_names(gone)}: its document lists this path now, and {old} until {until}."


def _told_apart(note: tuple[str, str], gone: list[str], path: str) -> tuple[str, str]:
    """A move note whose old path reads exactly as the new one (convmv turned a windows-1251 name
    into UTF-8: both show the same letters) says what changed instead of a move to where it was."""
    reason, message = note
    if reason != "moved" or [readable_path(p) for p in gone] != [readable_path(path)]:
        return note
    was, now = name_encoding(gone[0]), name_encoding(path)
    return reason, message.replace(f"Moved here from {_names(gone)}", f"The file name's encoding changed ({was} → {now})", 1)


def _defer_replaced(deletions: list[str], tasks: list[_Task], known_paths_of: dict[str, set[str]],
                    hashes: dict[str, str]) -> list[str]:
    """Hand each deleted document that a changed file replaces to the task writing the file's new
    content; returns the deletions left to do at once (documents whose files are gone). Only content
    new to the archive is a new version of the document its file held (links to the old id open it):
    content the index holds already is a copy of that other document (a file overwritten by `cp`, or
    made a link to it), whose id the old one must not lead to."""
    task_of = {t.doc_id: t for t in tasks if not known_paths_of.get(t.doc_id)}
    now = []
    for doc_id in deletions:
        successors = [hashes[p][:16] for p in sorted(known_paths_of.get(doc_id, ())) if p in hashes]
        task = next((task_of[s] for s in successors if s in task_of), None)
        if task is None:
            now.append(doc_id)
            _say_copy_removed(doc_id, known_paths_of.get(doc_id, ()), tasks)
        else:
            task.replaces.append(doc_id)
            task.kept.update({p: (doc_id, []) for p in known_paths_of[doc_id] if hashes.get(p, "")[:16] == task.doc_id})
    return now


def _say_copy_removed(doc_id: str, paths, tasks: list[_Task]) -> None:
    """On the line of a file that now holds a copy of another document: that the document it held
    is gone from the index (a `cp` over the wrong file loses it; the line is where that shows)."""
    for task in tasks:
        for path in paths:
            if path in task.notes:
                reason, message = task.notes[path]
                task.notes[path] = (reason, f"{message} The document it held before ({doc_id}) is removed: no "
                                    "file holds that content now.")


class _Writer:
    """The batch's one writing session, committing every `batch_size` files or `commit_seconds`.
    Keeps the reports of the files written since the last commit: if the batch stops before the
    next one, they were not saved after all."""

    def __init__(self, options: IngestOptions, progress_message) -> None:
        # With parser processes on several cores, writing gets as many: each writer process
        # builds its own segment, so the one main process is no longer the bottleneck. No more
        # writers than cores: each holds its segment in memory and adds one per commit to merge.
        procs = min(_worker_count(options), os.cpu_count() or 1)
        self.iw = IndexWriter(options.index_dir, create=True, batch_size=options.batch_size, on_wait=progress_message,
                              rebuild_outdated=options.force, procs=procs)
        self.commit_seconds = options.commit_seconds
        self.last_commit = time.monotonic()
        self.unsaved: list[FileReport] = []
        self.on_commit = None  # called with the reports of the files each commit saved

    def add(self, record, replace: bool, reports: list[FileReport]) -> None:
        self.unsaved += reports
        commits = self.iw.commits
        self.iw.add(record, replace=replace)  # commits every batch_size documents
        if self.iw.commits != commits:
            self._saved()
        self._maybe_commit()

    def delete(self, doc_id: str, reports: list[FileReport]) -> None:
        self.unsaved += reports
        self.iw.delete(doc_id)

    def commit(self) -> None:
        self.iw.commit()
        self._saved()

    def _maybe_commit(self) -> None:
        if time.monotonic() - self.last_commit >= self.commit_seconds:
            self.iw.commit()
            self._saved()
            self.last_commit = time.monotonic()

    def close(self, purge: bool = False) -> None:
        if purge:  # the batch's changes first: a purge the disk has no room for leaves them saved
            self.commit()
        self.iw.close(purge=purge)
        self._saved()

    def _saved(self) -> None:
        if self.on_commit is not None and self.unsaved:
            self.on_commit(self.unsaved)
        self.unsaved = []

    def abort(self) -> None:
        self.iw.abort()


def run_ingest(roots: list[str], options: IngestOptions, stream=None) -> Summary:
    with stop_signals_as_ctrl_c():  # GracefulStop handles them once the batch runs; before, as Ctrl-C
        return _run_batch(roots, options, stream)


def _run_batch(roots: list[str], options: IngestOptions, stream) -> Summary:
    started = time.monotonic()
    stream = FeedbackStream(stream or sys.stderr)
    # an index of an older schema is rebuilt beside itself: it keeps refusing readers, with the
    # progress, until the rebuild is complete, and gives it what no file gives back
    if not (options.force and side_rebuild.outdated(options.index_dir)):
        return _run_session(roots, options, stream, started, None)
    # The old folder's lock, held from before the rebuild begins until it has swapped in: readers
    # tell a rebuild under way from one that stopped (a stopped one was reported as running forever).
    old_dir = Path(options.index_dir)
    lock = SessionLock(old_dir, REBUILD_LOCK_TIMEOUT, stream.line)
    try:
        if not side_rebuild.outdated(old_dir):  # another --force upgraded it while this one waited
            lock.release()
            return _run_session(roots, options, stream, started, None, lock.waited)
        warning = side_rebuild.room_warning(old_dir)
        if warning:
            stream.line(warning)
        return _run_session(roots, replace(options, index_dir=side_rebuild.begin(old_dir)), stream, started, old_dir,
                            lock.waited)
    finally:
        lock.release()


def _run_session(roots: list[str], options: IngestOptions, stream: FeedbackStream, started: float,
                 old_dir: Path | None, waited: float = 0.0) -> Summary:
    """The batch, writing into options.index_dir (the side folder of the rebuild of `old_dir`);
    `waited`: the seconds it waited for another ingest before."""
    summary = Summary()
    abs_roots = [real_path(r) for r in roots]
    # a folder renamed or deleted since it was ingested: --prune --force drops what the index holds
    # from it (without both it is no more than a start path that cannot be read)
    gone_roots = [r for r in abs_roots if options.prune and options.force and not os.path.exists(r)]
    own_output = [Path(old_dir or options.index_dir)] + ([Path(options.report_path)] if options.report_path else [])
    vocabulary = read_batch_vocabulary(options.index_dir)  # a bad aliases or topics file: said before any file is read
    files, skipped, linked = discover_with_links([r for r, a in zip(roots, abs_roots) if a not in gone_roots],
                                                 exclude=own_output, outside_links=options.follow_outside_links)
    summary.files += [FileReport(s.path, "skipped", reason=s.reason, message=s.message) for s in skipped]
    unread = [s.path for s in skipped if s.reason == "unreadable"]
    summary.notes += _unread_notes(unread, options.report_path)
    outside = [s.path for s in skipped if s.reason == "link_outside"]
    if outside:
        summary.notes.append(f"Links leading out of the folders given were not followed (link_outside): {_names(outside)}; "
                             "--follow-outside-links reads what they lead to, and serves it for download."
                             + ("" if options.prune else " Documents an earlier ingest read through them stay "
                                "searchable until an ingest with --prune removes them."))

    say = stream.line
    # Take the writing session first: the plan must see the index as no other ingest changes it,
    # and an index folder that cannot be used is said before the files are read.
    # said once the new index is made over them; a rebuild's side folder holds the old index's
    # metadata before its first segment, and that is no loss
    lost = lost_files_left(options.index_dir) if old_dir is None else []
    writer = _Writer(options, say)
    summary.waited = waited + writer.iw.waited_for_lock
    if lost:
        summary.notes.append(f"The index at {options.index_dir} had lost its files (its folder held {' and '.join(lost)} "
                             "but no table of contents nor segments): it is built anew from the files found, which "
                             "come in as new arrivals; restore the index folder from a backup instead if it has one.")
    if old_dir is None:  # the index is of this schema and no rebuild holds its lock: one left over is not needed
        summary.notes += side_rebuild.discard_leftover(options.index_dir)
    if old_dir is not None:  # edited files' old links keep opening their documents
        writer.iw.keep_former_ids(side_rebuild.old_former_ids(old_dir))
        writer.iw.keep_times(side_rebuild.old_times(old_dir))  # and keep when they came in
    # the web app serves files from under these only: the roots, and where links in them led
    record_ingested_roots(options.index_dir, [r for r in abs_roots if r not in gone_roots],
                          [p for p in linked if not is_under(p, abs_roots)], keep_linked=options.follow_outside_links)
    summary.notes += keep_vocabulary(options.index_dir, vocabulary, options.force, writer.iw.holds_documents)
    forced = ForcedBatch.begin(options.index_dir, abs_roots, vocabulary.fingerprint) if options.force else None
    if forced is not None:
        writer.on_commit = forced.committed
        summary.forced = forced.resumable
    done = forced.done if forced else set()
    try:
        with GracefulStop(say) as stop, batch_gc(), vocabulary_in_force(vocabulary):
            hashes, cache = _hash_files(files, summary, say, stop, options, abs_roots, stream, done)
            if old_dir is not None and not stop.requested:  # the rebuild's progress counts what it will hold
                side_rebuild.expect(old_dir, {digest[:16] for digest in hashes.values()})
            emptied = []
            if stop.requested:  # a file not hashed yet would look changed to the plan: plan nothing
                summary.interrupted = True
            else:
                # a root with no files at all (a .DS_Store aside) is likely a share that is not
                # mounted: --prune would empty its part of the index; it takes --force to do that
                empty = [] if options.force or not options.prune else roots_with_no_files(
                    abs_roots, [f.path for f in files] + [s.path for s in skipped if s.reason not in HIDDEN])
                # what could not be read is not gone: --prune keeps its records, even with --force;
                # nor is a file skipped by its name (hidden, or an extension named on the command line
                # once), unless it is no document of the archive (a recycle bin's, an editor's backup, a
                # website's news feed or robots.txt)
                no_documents = {s.path: s.reason for s in skipped if s.reason in NEVER_ARCHIVE or s.no_document}
                dropped = no_documents if options.prune else {}
                present = [s.path for s in skipped if s.reason in STILL_THERE and s.path not in dropped]
                emptied = _ingest_changes(files, hashes, abs_roots, options, writer, stop, summary, stream, empty,
                                          cache, unread, present, dropped, forced, list(no_documents), old_dir)
                if old_dir is not None and not summary.interrupted:
                    summary.notes += carry_over(old_dir, options.index_dir, writer, abs_roots, options.prune, stop,
                                                lambda path, status, doc_id: summary.files.append(FileReport(
                                                    path, status, message=GONE_MESSAGE if status == GONE else None,
                                                    document_id=doc_id)))
                    summary.interrupted = stop.requested
            # under GracefulStop: a Ctrl-C during the last commit lets it finish. --prune also takes
            # every deleted record out of the index's files (a takedown leaves no copy; index.purging),
            # unless the batch was stopped: a stop stays quick, and the next --prune purges
            try:
                writer.close(purge=options.prune and not summary.interrupted)
            except PurgeWriteError as exc:  # the batch is committed: only the purge is left to the next --prune
                summary.write_error, summary.purge_failed = str(exc), True
            if forced is not None and not summary.interrupted:
                forced.finished()
                applied_to_all(options.index_dir)
            if old_dir is not None and not summary.interrupted:
                old = side_rebuild.swap_in(old_dir)
                summary.notes.append(f"The rebuilt index replaced the one of an older schema ({old}) at {old_dir}." if old else
                                     f"The rebuilt index replaced the one at {old_dir}, whose schema version was "
                                     "unknown (its assembly-search.json was lost).")
            if gone_roots and not summary.interrupted:
                forget_ingested_roots(options.index_dir, gone_roots)  # nothing is served from them now
                summary.notes.append(f"No longer there, so dropped from the index: {_names(gone_roots)}.")
            if emptied and not summary.interrupted:  # a renamed root's last old paths: dropped (a note says so)
                forget_ingested_roots(options.index_dir, emptied)
            if not summary.interrupted:
                summary.notes += _extraction_notes(old_dir or options.index_dir, options.force)
    except IndexWriteError as exc:  # a full disk, a writer process that died: the batch ends here
        writer.abort()
        summary.write_error = str(exc)
        _not_saved(writer.unsaved, "failed", NOT_SAVED_WRITE)
    except KeyboardInterrupt:  # a second Ctrl-C: the open batch is dropped, the report still written
        writer.abort()
        _not_saved(writer.unsaved, "skipped", NOT_SAVED_STOP)
        _finish(summary, files, options, started)
        raise
    except BaseException:
        writer.abort()  # a write may have been cut in half: commit nothing of this batch
        raise
    _finish(summary, files, options, started)
    stream.end_line()  # a bar cut short by a stop: the summary starts on a line of its own
    return summary


def _extraction_notes(index_dir: Path, forced: bool) -> list[str]:
    """The documents an older version of ingest's extraction derived (files unchanged since, so not
    parsed again): how to refresh them, or after a --force why they stay."""
    try:
        counts = counts_of_index(index_dir)
    except IndexUnavailable:  # nothing committed yet; or said by the next reader
        return []
    except Exception as exc:
        if read_error(exc, index_dir) is None:
            raise
        return []  # a damaged segment: search, stats and the next ingest say so in their sentence
    older, total = older_than(counts, EXTRACTION_VERSION), sum(counts.values())
    if not older:
        return []
    return [not_refreshed_note(older, total) if forced else refresh_note(index_dir, older, total)]


NOT_REACHED = "The batch stopped before this file; run the same command again to index it."
NOT_SAVED_WRITE = "Writing the index failed before this file's change was committed; run the same command again."
NOT_SAVED_STOP = "The batch was stopped before this file's change was committed; run the same command again."


def _not_saved(reports: list[FileReport], status: str, message: str) -> None:
    """The files written since the last commit, which the stopped batch did not save after all."""
    for report in reports:
        report.status, report.reason, report.message, report.document_id = status, "not_saved", message, None


def _finish(summary: Summary, files: list[FileRef], options: IngestOptions, started: float) -> None:
    """Account for every file found (a stopped batch leaves some unreached), count, and write the report."""
    reported = {report.path for report in summary.files}
    summary.files += [FileReport(f.path, "skipped", reason="not_reached", message=NOT_REACHED)
                      for f in files if f.path not in reported]
    changed = [r.path for r in summary.files if r.status == "skipped" and r.reason == "changed"]
    if changed:
        summary.notes.append(f"Changed while the batch ran, so not indexed now: {_names(changed)}; run the same "
                             "command again to index them as they are.")
    for report in summary.files:
        summary.counts[report.status] += 1
        if report.status == "failed":
            summary.failed_by_reason[report.reason or "unknown"] += 1
        elif report.status == "skipped":
            summary.skipped_by_reason[report.reason or "unknown"] += 1
    summary.elapsed = time.monotonic() - started - summary.waited
    if options.report_path:
        try:
            write_report(options.report_path, _report_lines(summary.files))
        except OSError as exc:
            summary.report_error = (f"The report {options.report_path} could not be written "
                                    f"({exc.strerror or exc}); the index itself is not affected.")


def _report_lines(reports: list[FileReport]):
    """One JSON line per file."""
    for report in reports:
        line = asdict(report)
        line["path"] = path_to_text(report.path)  # a name that is not UTF-8 or not NFC stays reversible
        yield json.dumps(line, ensure_ascii=False) + "\n"


def _ingest_changes(files: list[FileRef], hashes: dict[str, str], abs_roots: list[str], options: IngestOptions,
                    writer: _Writer, stop: GracefulStop, summary: Summary, stream, empty_roots: list[str],
                    cache: HashCache, unread: list[str] = (), present: list[str] = (),
                    dropped: dict[str, str] | None = None, forced: ForcedBatch | None = None,
                    no_documents: list[str] = (), named_index: Path | None = None) -> list[str]:
    """Plan against the index, delete what is gone, parse in the pool and write what changed.
    Contents that failed for a reason of their own last time fail again without being parsed.
    --prune removes nothing under `empty_roots` (said in a note) and `unread` (said already), nor
    the skipped files `present`, and removes what is under the skipped `dropped`; without --prune, a note
    counts the documents the index holds of the skipped `no_documents`. A --force resuming
    the `forced` batch stopped earlier leaves what that one parsed as it is. The commands in its notes name
    `named_index` (the one rebuilt, when `options` names the side folder). Returns the folders
    gone from the disk that this batch, once done, leaves no path of in the index."""
    inventory = _without_unread(load_inventory(options.index_dir), unread, hashes)
    for report in summary.files:  # a file that could not be read to check it keeps its document
        if report.status == "failed" and report.reason == "unreadable":
            _kept_last_version(report, (inventory[report.path], []) if report.path in inventory else None)
    places = OldPlaces(ingested_roots(options.index_dir), named_index or options.index_dir)
    done = forced.done if forced else set()
    found = {digest[:16] for digest in hashes.values()}
    keep_roots = [*empty_roots, *unread, *present]
    # a root that lost most of its files at once (a marker file, a restore under way): kept as an empty one is
    mostly_gone = {} if options.force or not options.prune else mostly_gone_roots(
        abs_roots, inventory, {f.path for f in files}, found, keep_roots)
    # and so is a folder inside a root (a share mounted there): named as a root of its own to prune it
    gone_inside = {} if options.force or not options.prune else mostly_gone_subfolders(
        abs_roots, inventory, {f.path for f in files}, found, [*keep_roots, *mostly_gone])
    tasks, reports, deletions = plan(files, hashes, inventory, abs_roots, options.force, options.prune,
                                     [*keep_roots, *mostly_gone, *gone_inside], present, dropped, places, done)
    resumed = sum(1 for r in reports if r.status == "unchanged" and r.document_id in done)
    if resumed:
        summary.notes.append(f"This --force resumes the one started {forced.started} and stopped before its end: "
                             f"{resumed} file{' it had parsed already was' if resumed == 1 else 's it had parsed already were'} "
                             "not parsed again.")
    summary.notes += places.notes(inventory, found, options.prune)
    if not options.prune:
        summary.notes += _skipped_now_note(inventory, set(no_documents))
    # a path gone as a file that has its line already (a broken link now) keeps that line
    told = {r.path for r in summary.files}
    reports = [r for r in reports if r.status != GONE or r.path not in told]
    if options.report_path:  # the facts are read for the report only: 40 µs a document
        _with_stored_facts(reports, options.index_dir)
    _replace_skipped_lines(summary, reports)
    summary.files += reports
    # a removal is saved with its document's deletion, or its rewrite under the paths left
    removed_of: dict[str, list[FileReport]] = {}
    for report in reports:
        if report.status == "removed":
            removed_of.setdefault(report.document_id, []).append(report)
    for root in empty_roots:
        held = sum(1 for path in inventory if is_under(path, [root]))
        if held:
            summary.notes.append(empty_root_note(root, held))
    summary.notes += [mostly_gone_note(root, held, lost) for root, (held, lost) in mostly_gone.items()]
    summary.notes += [mostly_gone_subfolder_note(folder, held, lost, named_index or options.index_dir)
                      for folder, (held, lost) in gone_inside.items()]
    reuse = [t for t in tasks if t.reuse]
    failed_before: list[tuple[_Task, str, tuple[str, str]]] = []
    tasks = [t for t in tasks if not t.reuse]
    if not options.force:
        to_parse = []
        for task in tasks:
            fmt = failure = None
            if cache.has_failed(task.content_hash):  # only those bytes are worth a read of their head
                fmt = file_format(task.path)
                failure = cache.failure(task.content_hash, fmt)
            if failure:
                failed_before.append((task, fmt, failure))
            else:
                to_parse.append(task)
        tasks = to_parse
    expected = len(reuse) + len(tasks)
    progress = Progress(expected, sum(t.size for t in reuse + tasks), stream=stream)
    # what --prune removes, read first: a document holding its text takes over its links (ingest.moved_links)
    removed = stored_records(options.index_dir, deletions) if options.prune and deletions else {}
    for doc_id in deletions:
        writer.delete(doc_id, removed_of.pop(doc_id, []))
    for task, fmt, (reason, message) in failed_before:
        written = len(summary.files)
        _write_or_drop(writer, Outcome(task.path, task.content_hash, reason=reason, message=message, format=fmt),
                       task, removed_of, summary, options)
        for report in summary.files[written:]:  # each path its own: a new copy beside the file that failed
            if report.message and report.message.startswith(message):
                report.message = message + _failed_before(cache, report.path, task.content_hash, fmt) + \
                    report.message[len(message):]
    results = None
    try:
        handled, to_parse = _rewrite_found_again(reuse, writer, options.index_dir, stop, summary, removed_of, progress,
                                                  cache)
        tasks += to_parse
        # on a stop the parsers are ended at once: the files in their hands, and those not reached
        # yet, are picked up by the next run
        results = run_pool(tasks if not stop.requested else [], _worker_count(options), options.time_limit,
                           options.size_limit, options.memory_limit, stopping=lambda: stop.requested,
                           keep_list_pages=options.keep_list_pages)
        for outcome, task in results:
            progress.advance(task.size)
            if _changed_since_planned(outcome, task):
                cache.forget(task.path)  # so the next run reads it again, whatever its time says
            _write_or_drop(writer, outcome, task, removed_of, summary, options)
            if outcome.reason:  # under the hash of the bytes that failed, and the format they were read as
                cache.remember_failure(outcome.content_hash, outcome.format, outcome.reason, outcome.message or "",
                                       task.path)
            handled += 1
            if stop.requested:
                break
    finally:
        if results is not None:
            results.close()  # ends the parsers now, also when a second Ctrl-C or an error ends the batch
        cache.save()
        # removals left to tasks the batch did not reach (a changed file's old version): not made
        for reports in removed_of.values():
            _not_done(reports, NOT_REACHED_REMOVAL)
    summary.interrupted = handled < expected
    if removed and not summary.interrupted:
        summary.notes += hand_over_links(writer, options.index_dir, removed, summary.files)
    return places.forgotten(inventory, found)


def _skipped_now_note(inventory: dict[str, str], no_documents: set[str]) -> list[str]:
    """What a run without --prune says of the documents an earlier version indexed from files it skips
    now as no document of the archive (a recycle bin's, an editor's backup, a news feed, a robots.txt);
    one also listed under a path of its own stays after --prune too, so it is not counted."""
    if not no_documents:
        return []
    entries = _Entries(dict.fromkeys(no_documents, ""))  # a recycle bin is one entry, its files under it
    under = {path: entries.holding(path) is not None for path in inventory}
    held = {doc_id for path, doc_id in inventory.items() if under[path]}
    held -= {doc_id for path, doc_id in inventory.items() if not under[path]}
    if not held:
        return []
    one = len(held) == 1
    return [f"{len(held)} document{'' if one else 's'} an earlier version indexed from "
            f"{'a file' if one else 'files'} ingest skips now {'stays' if one else 'stay'} searchable until a run "
            f"with --prune removes {'it' if one else 'them'} (the report names the files skipped)."]


def _write_or_drop(writer: _Writer, outcome: Outcome, task: _Task, removed_of: dict[str, list[FileReport]],
                   summary: Summary, options: IngestOptions) -> None:
    """Write a parse's outcome; with --prune, a page found now to hold nothing to index (a list page, a
    menu frame) that the index holds (indexed before it was skipped, or with --keep-list-pages) loses
    its document: the paths of this run, which all hold that page, are removed, and the document stays
    only when other paths list it (outside the folders given, or skipped by their name)."""
    if not (options.prune and outcome.reason in NOTHING_TO_INDEX and task.replace):
        _write_task(writer, outcome, task, removed_of, summary)
        return
    for old in task.replaces:  # the page's earlier content, listed under no path now
        writer.delete(old, removed_of.pop(old, []))
    here = task.statuses or _own_line(task, "removed")
    stays = [p for p in task.paths if p not in here]
    record = stored_records(options.index_dir, [task.doc_id]).get(task.doc_id) if stays else None
    message = (outcome.message or "") + SKIPPED_NOW_REMOVED + (
        f"; its content stays indexed under {_names(stays)}." if record is not None else ".")
    reports = [FileReport(p, "removed", outcome.reason, message, document_id=task.doc_id, format=outcome.format)
               for p in here]
    summary.files += reports
    removed = reports + removed_of.pop(task.doc_id, [])
    if record is None:
        writer.delete(task.doc_id, removed)
        return
    record.paths = stays
    pre_analyze_record(record)
    writer.add(record, replace=True, reports=removed)


SKIPPED_NOW_REMOVED = " An earlier ingest indexed it, so --prune removes its document"


def _replace_skipped_lines(summary: Summary, reports: list[FileReport]) -> None:
    """A file skipped by its name whose document the plan removes has that line only: one line a file."""
    planned = {r.path for r in reports}
    summary.files[:] = [r for r in summary.files if r.status != "skipped" or r.path not in planned]


def _changed_since_planned(outcome: Outcome, task: _Task) -> bool:
    """Did the parser read other bytes than the plan's? Then what it made is not filed under the
    task's document: the outcome becomes `changed`, and a re-run indexes the file as it is now."""
    if outcome.record is not None and outcome.record.doc_id != task.doc_id:  # planned without a hash
        outcome.format = outcome.record.format  # the report line of a skipped file has one too
        outcome.record, outcome.reason, outcome.message = None, "changed", CHANGED
    return outcome.reason == "changed"


STORED_CHUNK = 200  # documents read from the index at once, between the batch's commits


def _rewrite_found_again(tasks: list[_Task], writer: _Writer, index_dir: Path, stop: GracefulStop, summary: Summary,
                         removed_of: dict[str, list[FileReport]], progress: Progress,
                         cache: HashCache) -> tuple[int, list[_Task]]:
    """Write the documents whose content the index holds already under their new list of paths,
    from the record the index stores: their files are not parsed, nor their text extracted again,
    only analyzed. Returns how many were written, and the tasks whose file must be parsed after all."""
    written, to_parse = 0, []
    for start in range(0, len(tasks), STORED_CHUNK):
        chunk = tasks[start:start + STORED_CHUNK]
        records = stored_records(index_dir, [t.doc_id for t in chunk])  # its reader is closed again
        for task in chunk:
            if stop.requested:
                return written, to_parse
            record = records.get(task.doc_id)
            if task.unlisted and record is None:  # nothing to write again, and its file is not to be read
                written += 1
                continue
            if record is None or (not task.unlisted and _parse_would_differ(record, task.path, task.dated_by)):
                # the parse changes the document: its new paths are updated, not unchanged
                task.statuses = {p: "updated" if p in task.notes else s for p, s in task.statuses.items()}
                task.quiet = False  # a file elsewhere parsed again has its line
                to_parse.append(task)
                continue
            if not _drop_vanished_or_changed(task, summary, cache):
                # nothing left to list: the document stays as it was
                for doc_id in (task.doc_id, *task.replaces):
                    _not_done(removed_of.pop(doc_id, []), NOT_MADE_VANISHED)
                written += 1
                continue
            if task.root:
                record.source = task.root
            pre_analyze_record(record)
            progress.advance(task.size)
            _write_task(writer, Outcome(task.path, task.content_hash, record=record), task, removed_of, summary)
            written += 1
    return written, to_parse


NOT_MADE_VANISHED = "Not removed: the file found with its content was removed or changed while the batch ran."


def _drop_vanished_or_changed(task: _Task, summary: Summary, cache: HashCache) -> list[str]:
    """Take the new paths removed or rewritten since they were checked out of the task, reported
    as such (a record written again is read from no file, so nothing else would notice: a moved
    file edited meanwhile would be listed with its old content); returns the paths left."""
    vanished = [p for p in task.notes if not os.path.exists(p)]
    changed = [p for p in task.notes if p not in vanished and cache.changed_since_hashed(p)]
    for p in changed:
        cache.forget(p)  # so the next run reads it again, whatever its time says
    summary.files += [FileReport(p, "skipped", reason="vanished", message=VANISHED) for p in vanished]
    summary.files += [FileReport(p, "skipped", reason="changed", message=CHANGED, format=file_format(p)) for p in changed]
    gone = vanished + changed
    if gone:
        task.paths = [p for p in task.paths if p not in gone]
        task.statuses = {p: s for p, s in task.statuses.items() if p not in gone}
    return task.paths


def _parse_would_differ(record, path: str, dated_by: str = "") -> bool:
    """Would parsing the file at `path` give another document than the stored `record`? A path
    tells a parse two things: the format (by the name, when the first bytes do not say it: text
    named .htm is read as HTML, named .txt as text) and a date (by the name, when nothing inside
    gives one; `dated_by`'s name, a copy's, when given). A title comes from a name only when the
    file has no paragraph, which no parser indexes; the rest comes from the bytes."""
    return file_format(path) != record.format or _name_gives_another_date(record, dated_by or path)


def _name_gives_another_date(record, path: str) -> bool:
    """Would parsing the file at `path` date the document otherwise? A name's date beats a date the
    text merely mentions and a PDF's creation date, not a dateline or publication metadata
    (ingest.extract.dates); a "text" date may be either kind, so a new name's date parses again."""
    named = filename_date(path)
    if record.date_source in (None, "filename"):
        return named != record.date
    return named is not None and named != record.date and (record.date_source in ("text", YEAR_ONLY) or record.format == "pdf")


def _with_stored_facts(reports: list[FileReport], index_dir: Path) -> None:
    """Fill the lines of the files not parsed again (unchanged, removed) from what the index holds
    of their documents, so a file's line has the same fields on a re-run as on the first run."""
    facts = document_facts(index_dir, {r.document_id for r in reports if r.document_id})
    for report in reports:
        known = facts.get(report.document_id)
        if known:
            report.format, report.language, report.encoding = known.format, known.language, known.encoding
            report.pages, report.characters = known.pages, known.characters


# after the sentence of a failure remembered from an earlier run
FAILED_BEFORE = " The file has not changed since an earlier run found this, so it was not read again (--force reads it again)."
# ... of a file new to the index whose bytes are those of a file that failed so (a copy of a damaged PDF)
SAME_BYTES_FAILED = (" An earlier run found this in a file of the same content{}, so it was not read again "
                     "(--force reads it again).")


def _failed_before(cache: HashCache, path: str, digest: str, fmt: str | None) -> str:
    """The sentence after a remembered failure: the file unchanged, or a file new to the index (a
    copy, a rename) with the bytes of one that failed: it is no file that "has not changed"."""
    failed = cache.failed_elsewhere(path, digest, fmt)
    if failed is None:
        return FAILED_BEFORE
    return SAME_BYTES_FAILED.format(f", {readable_path(failed)}" if failed else "")


def _write_task(writer: _Writer, outcome: Outcome, task: _Task, removed_of: dict[str, list[FileReport]],
                summary: Summary) -> None:
    # The new version's commit drops the old one. A new version that fails (cut short by a copy
    # that died, a limit, a crash, a read error) leaves the old one searchable until a run
    # indexes the new one: --prune removes files gone, not files that fail.
    keep_old = outcome.record is None
    for old in task.replaces:
        if keep_old:
            _not_done(removed_of.pop(old, []), KEPT_OLD_VERSION.format(reason=outcome.reason))
        else:
            writer.delete(old, removed_of.pop(old, []))
    if outcome.record is not None:  # links to the old versions' ids open the new one (index.store.IndexWriter.add)
        outcome.record.former_ids += task.replaces
    summary.files += _write(writer, outcome, task, removed_of.pop(task.doc_id, []))


KEPT_OLD_VERSION = ("Not removed: this document's file has a new version that failed ({reason}), so the old "
                    "one stays until a run indexes the new one.")
# after the sentence of a failed file whose document from an earlier run stays (its lines name it)
KEPT_LAST_VERSION = " Its last indexed version stays searchable"
READ_FROM_VANISHED = ("Its content was to be read from {path}, which was removed while the batch ran; run the "
                      "same command again to index it.")
NOT_REACHED_REMOVAL = "The batch stopped before this removal; run the same command again to make it."


def _not_done(reports: list[FileReport], message: str) -> None:
    """Removals reported by the plan that this batch did not make after all."""
    for report in reports:
        report.status, report.reason, report.message, report.document_id = "skipped", "not_reached", message, None


def _without_unread(inventory: dict[str, str], unread: list[str], hashes: dict[str, str]) -> dict[str, str]:
    """The inventory less the documents the batch cannot see at all: every path under what could
    not be read, and no copy found elsewhere. The plan leaves them as they are; it would drop them
    on --force, having no file to parse them from."""
    if not unread:
        return inventory
    paths_of: dict[str, list[str]] = {}
    for path, doc_id in inventory.items():
        paths_of.setdefault(doc_id, []).append(path)
    found = {h[:16] for h in hashes.values()}
    unseen = {doc_id for doc_id, paths in paths_of.items()
              if doc_id not in found and all(is_under(p, unread) for p in paths)}
    return {path: doc_id for path, doc_id in inventory.items() if doc_id not in unseen}


NOT_FAILED = ("changed", "vanished", "not_a_file")  # outcomes that say nothing of the file's bytes: skipped, not failed
# a kind of file no parser reads (a workbook, an archive): skipped under a report's name (.docx) as discovery
# skips it under its own (.xlsx), the same bytes one status; its sentence names the wrong name
NOT_READ_KINDS = ("unsupported",)
# reasons of skipped entries that are no documents of the archive
HIDDEN = ("hidden", "system", "backup", "assets", "mirror_tool")
STILL_THERE = (*HIDDEN, "unsupported")  # skipped files that exist: --prune must not take them for gone
# skipped as what an archive never holds (a recycle bin's deleted drafts, an editor's older copies):
# what an earlier version indexed of them is removed by --prune. A hidden file stays: hidden files
# have always been skipped, so the index holds one only when it was named on the command line.
NEVER_ARCHIVE = ("system", "backup", "assets", "mirror_tool")
UNREAD_NOTE_PATHS = 5  # a locked subtree may hold thousands of folders: the report lists them all


def _unread_notes(unread: list[str], report_path: Path | None) -> list[str]:
    """The note naming what could not be read: the exit code says 1, and this says why."""
    if not unread:
        return []
    shown = ", ".join(readable_path(p) for p in unread[:UNREAD_NOTE_PATHS])
    more = len(unread) - UNREAD_NOTE_PATHS
    if more > 0:
        where = f"the report {report_path} lists" if report_path else "--report FILE would list"
        shown += f" and {more} more ({where} every one)"
    return [f"Could not be read, so not checked (--prune keeps what the index holds there): {shown}."]


def _hash_files(files: list[FileRef], summary: Summary, say, stop: GracefulStop, options: IngestOptions,
                roots: list[str], stream, done: set[str] = frozenset()) -> tuple[dict[str, str], HashCache]:
    """path -> content hash; a file that cannot be read is reported as failed. A file whose size,
    time and inode are those of the last run keeps its hash without being read (ingest.hash_cache),
    except with --force, unless the stopped --force batch it resumes read it (its document is
    `done`). Ends early when the batch is asked to stop."""
    total = sum(f.size for f in files)
    say(f"Checking {len(files)} file{'' if len(files) == 1 else 's'} ({total / MB:.1f} MB) for new and changed ones…")
    # a first run over a large archive reads every file before parsing starts: show it
    progress = Progress(len(files), total, stream=stream, label="checking", delay=2.0)
    cache = HashCache.load(options.index_dir, EXTRACTION_VERSION)  # a newer ingest tries old failures again
    hashes: dict[str, str] = {}
    for f in files:
        if stop.requested:
            break
        progress.advance(f.size)
        try:
            hashes[f.path] = cache.content_hash(f.path, trust=not options.force or cache.kept_digest(f.path)[:16] in done)
        except OSError as exc:
            summary.files.append(_unhashed(f.path, exc))
    if not stop.requested:
        cache.forget_missing(roots, {f.path for f in files})
    cache.save()
    return hashes, cache


def _unhashed(path: str, exc: OSError) -> FileReport:
    """The line of a file found by the batch that could not be read to check it. One removed or
    replaced by a pipe since it was found is skipped, as it is when that happens while parsing:
    nothing failed, and a batch on a busy share need not exit 1."""
    if isinstance(exc, FileNotFoundError):
        return FileReport(path, "skipped", reason="vanished", message=VANISHED)
    if isinstance(exc, NotARegularFile):
        return FileReport(path, "skipped", reason="not_a_file", message=NOT_A_FILE_NOW)
    return FileReport(path, "failed", reason="unreadable", format=file_format(path),
                      message=f"The file could not be read ({exc.strerror or exc}).")


def _worker_count(options: IngestOptions) -> int:
    return options.workers or os.cpu_count() or 1


def _own_line(task: _Task, status: str) -> dict[str, str]:
    """The status of the file a task without paths of this run was read from, unless that file
    has its line already (one skipped by its name) or lies outside the folders given and was not
    parsed again."""
    return {} if task.unlisted or task.quiet else {task.path: status}


def _kept_last_version(report: FileReport, kept: tuple[str, list[str]] | None) -> FileReport:
    """A failed file's line, naming the document an earlier run indexed from it, which stays:
    under this path until the file can be indexed again, or under its copies' paths."""
    if kept and (report.status == "failed" or report.reason in NOT_READ_KINDS):
        doc_id, elsewhere = kept
        where = f" under {_names(elsewhere)}." if elsewhere else " until the file can be indexed again."
        report.document_id, report.message = doc_id, (report.message or "") + KEPT_LAST_VERSION + where
    return report


def _for_path(outcome: Outcome, path: str) -> str | None:
    """The outcome's sentence for one of the paths its bytes were read under: a kind no parser reads
    under a report's name (one copy .docx, one .xlsx) is said to be misnamed under that name only."""
    if outcome.reason in NOT_READ_KINDS and outcome.message:
        return outcome.message + misnamed_sentence(path, read_as=outcome.format)
    return outcome.message


def _write(writer: _Writer, outcome: Outcome, task: _Task, removed: list[FileReport]) -> list[FileReport]:
    """The reports of the task's paths; `removed` are those of the paths its document loses."""
    if outcome.record is None:
        skipped = outcome.reason in NOT_FAILED or outcome.reason in NOTHING_TO_INDEX or outcome.reason in NOT_READ_KINDS
        status = "skipped" if skipped else "failed"
        for report in removed:  # the document keeps its old record, gone paths and all
            report.status, report.reason = status, outcome.reason
            report.message = (f"The file is gone, but its document could not be read again from "
                              f"{readable_path(task.path)} to drop it: {outcome.message}")
        return [_kept_last_version(FileReport(p, status, reason=outcome.reason, message=_for_path(outcome, p),
                                              format=outcome.format), task.kept.get(p))
                if p == task.path or outcome.reason != "vanished" else
                # a copy found beside the file read: not indexed, but nothing is wrong with it
                FileReport(p, "skipped", reason="not_reached", message=READ_FROM_VANISHED.format(path=readable_path(task.path)))
                for p in (task.statuses or _own_line(task, status))]
    record = outcome.record
    record.paths = task.paths
    reports = [
        FileReport(p, status, *task.notes.get(p, (None, None)), document_id=record.doc_id, format=record.format,
                   language=record.language, encoding=record.encoding, pages=record.pages,
                   characters=len(record.text),
                   warnings=outcome.warnings if p == task.path else [])  # a copy was not parsed: no parse notes
        for p, status in (task.statuses or _own_line(task, "updated")).items()
    ]
    writer.add(record, replace=task.replace, reports=reports + removed)
    return reports
