"""Folders gone from the disk: a folder of the archive renamed or deleted since it was ingested
(or a share whose mount point is gone).

As a start path: `ingest OLD --prune --force` drops what the index holds from it; without --force
the index keeps it, as it keeps a folder that came back empty, and the command says what is held
there and how to drop it. As the old place of files found again elsewhere (OldPlaces): the archive
moved or its root renamed, `ingest NEW --prune` drops their old paths there."""
from __future__ import annotations

import os
from collections import Counter
from dataclasses import dataclass

from index.commands import ingest_command
from index.errors import IndexUnavailable
from index.paths import path_to_text, readable_path, text_to_path
from index.store import ingested_roots, load_inventory
from ingest.discover import is_under, real_path


@dataclass
class Held:
    files: int  # paths the index lists under the folder
    documents: int  # documents with a file there
    elsewhere: int  # of those, documents with files outside it too: they only lose its paths


def held_from(index_dir, paths: list[str]) -> dict[str, Held | None]:
    """What the index holds under each missing start path: None for a path it knows nothing of
    (neither an ingested root nor a folder holding indexed files), or when it cannot be read."""
    try:
        inventory = load_inventory(index_dir)
        recorded = set(ingested_roots(index_dir))
    except (IndexUnavailable, OSError):
        return dict.fromkeys(paths)
    held: dict[str, Held | None] = {}
    for path in paths:
        root = real_path(path)
        files, docs, outside = 0, set(), set()  # outside: documents with a file not under root
        for p, doc_id in inventory.items():
            if is_under(p, [root]):
                files += 1
                docs.add(doc_id)
            else:
                outside.add(doc_id)
        if not docs and path_to_text(root) not in recorded:
            held[path] = None
            continue
        held[path] = Held(files, len(docs), len(docs & outside))
    return held


def gone_root_problem(index_dir, missing: list[str], prune: bool, force: bool) -> str | None:
    """The usage error of start paths that do not exist, None when they are folders the index
    knows and --prune --force is given to drop them."""
    held = held_from(index_dir, missing)
    unknown = [p for p in missing if held[p] is None]
    if unknown:
        return f"no such file or folder: {', '.join(readable_path(p) for p in unknown)}"
    if prune and force:
        return None
    shown = ", ".join(f"{readable_path(p)} ({_what(held[p])})" for p in missing)
    command = ingest_command(missing, index_dir, "--prune", "--force")
    if not prune:
        return f"no such file or folder: {shown}, ingested before; `{command}` drops what the index holds from it."
    shared = any(held[p].elsewhere for p in missing)
    return (f"no longer there: {shown}; --prune keeps what the index holds from a folder that is gone (as from a share "
            f"that is not mounted) unless --force is given too: if it was renamed or deleted, run `{command}` "
            "to drop it" + (" (a document also filed under another folder only loses these paths)." if shared else "."))


def _what(held: Held) -> str:
    if not held.files:
        return "no file in the index"
    files = f"{held.files} file{'' if held.files == 1 else 's'}"
    documents = f"{held.documents} document{'' if held.documents == 1 else 's'}"
    return f"{files} of {documents} in the index" + (f", {held.elsewhere} also under other folders" if held.elsewhere else "")


class OldPlaces:
    """Where the old paths of files found again lie, outside the folders given: under a folder
    gone from the disk (the archive's root renamed or moved to another disk: the outermost folder
    missing above the path, up to the ingested root holding it), or under a folder still there,
    named by the ingested root holding it (one command for them all, not one per subfolder).

    An ingest with --prune drops an old path under a gone folder from a document it found on disk:
    the document stays, filed under its files found, and an ingest of that folder, should it come
    back (an unplugged disk), lists the paths again without parsing a file. What the index holds
    only from a gone folder stays, as the refusal of `ingest OLD --prune` keeps it, until
    `ingest OLD --prune --force`."""

    def __init__(self, recorded_roots: list[str], index_dir=None) -> None:
        self._roots = {text_to_path(r) for r in recorded_roots}
        self._index_dir = index_dir  # the one the commands in the notes name (None: the default one)
        self._missing: dict[str, bool] = {}  # folder -> gone from the disk
        self.kept: Counter = Counter()  # (folder, gone) -> moved files whose old paths there stay listed
        self.dropped: Counter = Counter()  # gone folder -> documents found that lost their paths there

    def gone_folder(self, path: str) -> str | None:
        """The outermost folder above `path` gone from the disk, up to the ingested root holding
        it; None when the folder holding `path` is there."""
        for folder in reversed(self._folders_above(path)):  # outermost first
            if self._is_missing(folder):
                return folder
        return None

    def root_of(self, path: str) -> str:
        """The ingested root holding `path` (the outermost, when roots nest), else its folder."""
        folders = self._folders_above(path)
        return folders[-1] if folders[-1] in self._roots else folders[0]

    def _folders_above(self, path: str) -> list[str]:
        """The folders above `path`, innermost first, up to the outermost ingested root holding it
        (or all of them, when no ingested root does: an index older than the record of roots)."""
        folders, outermost = [], 0
        folder = os.path.dirname(path)
        while True:
            folders.append(folder)
            if folder in self._roots:
                outermost = len(folders)
            parent = os.path.dirname(folder)
            if parent == folder:
                return folders[:outermost] if outermost else folders
            folder = parent

    def _is_missing(self, folder: str) -> bool:
        if folder not in self._missing:
            try:
                os.stat(folder)
                missing = False
            except (FileNotFoundError, NotADirectoryError):
                missing = True
            except OSError:  # a folder that cannot be looked at (a permission) is not known to be gone
                missing = False
            self._missing[folder] = missing
        return self._missing[folder]

    def notes(self, inventory: dict[str, str], found: set[str], prune: bool) -> list[str]:
        """The summary's notes on the old paths this run kept listed or dropped, each with the one
        command that drops what stays."""
        notes = []
        for (folder, gone), files in sorted(self.kept.items()):
            moved = f"{files} moved file{' came' if files == 1 else 's came'} from {readable_path(folder)}"
            listed = "its document lists its old path" if files == 1 else "their documents list their old paths"
            if gone:
                notes.append(f"{moved}, which no longer exists: {listed} there too until the same command is run "
                             "with --prune.")
            else:
                notes.append(f"{moved}: {listed} there too until "
                             f"`{ingest_command([folder], self._index_dir, '--prune')}`.")
        for folder, documents in sorted(self.dropped.items()):
            note = (f"{readable_path(folder)} no longer exists: the paths there of {documents} document"
                    f"{'' if documents == 1 else 's'} found here were dropped (should it come back, an ingest of it "
                    "lists them again).")
            left = self.held_only_there(folder, inventory, found)
            if left.files:  # an unmounted disk's are kept, as `ingest OLD --prune` keeps them
                note += (f" Left from there: {_what(left)}, not found by this run; if the folder was renamed or "
                         f"deleted, `{ingest_command([folder], self._index_dir, '--prune', '--force')}` drops "
                         f"{'it' if left.files == 1 else 'them'}.")
            notes.append(note)
        return notes

    def forgotten(self, inventory: dict[str, str], found: set[str]) -> list[str]:
        """The gone folders this run drops every path of: nothing is served from them any more."""
        return [folder for folder in self.dropped if not self.held_only_there(folder, inventory, found).files]

    @staticmethod
    def held_only_there(folder: str, inventory: dict[str, str], found: set[str]) -> Held:
        """What the index keeps under `folder` of the documents this run did not find on disk."""
        files, docs, outside = 0, set(), set()
        for p, doc_id in inventory.items():
            if doc_id in found:
                continue
            if is_under(p, [folder]):
                files += 1
                docs.add(doc_id)
            else:
                outside.add(doc_id)
        return Held(files, len(docs), len(docs & outside))
