"""A whole copy of the index, taken while ingests may commit (`assembly-search backup`).

`cp -r` of a live index can list a table of contents that a commit replaces before it is copied,
or copy a table whose segments a commit's merge has deleted: the copy then has segments and no
table, or a table and not its segments. Here the current generation's files are opened first,
its table of contents and every segment file it lists, and copied from the open files: a commit
deleting them meanwhile does not take them from an open file. Should a commit delete one before
it was opened, the newer generation is taken instead. The folder's other files (the version,
hashes, ingested roots, the aliases copy) are copied before: older than the generation at worst,
which a later ingest only reads again. The copy is made in a hidden folder beside the
destination and renamed to it when whole, so a backup folder that exists is complete. A damaged
index (a segment cut short or missing, a table of contents cut short) is refused, as its readers
refuse it: its copy, the backup of last resort before an upgrade, would be damaged too, and its
owner would find out only when restoring it.
"""
from __future__ import annotations

import errno
import os
import shutil
import stat
import tempfile
from dataclasses import dataclass
from pathlib import Path

from whoosh.filedb.filestore import FileStorage
from whoosh.index import TOC

from index.errors import IndexLocationError
from index.store import (SESSION_LOCK_FILE, VERSION_FILE, _TOC_NAME, _latest_toc, _write_version, damaged,
                         file_size_limit, index_exists, open_index, recorded_version, segment_file_names, version_lost)

ATTEMPTS = 20  # generations tried when commits keep deleting the files of the one being opened
# not copied: locks, the side folder of a rebuild, Whoosh's temporary files
_LEFT_OUT = (SESSION_LOCK_FILE, "MAIN_WRITELOCK")
# said after the damage, so an admin keeps the older backup rather than replacing it with this one
_NOT_MADE = ", so a backup of it would be damaged too: none was made, and an older backup is left as it is"
_NOT_MADE_OF_IT = " (a backup of it would be refused too: none was made)"


@dataclass
class Backup:
    generation: int
    files: int
    size: int  # bytes


def back_up(index_dir: str | Path, destination: str | Path) -> Backup:
    """Copy the index's current generation, whole, to `destination` (a folder not there yet)."""
    index_dir, destination = Path(index_dir), Path(destination)
    if not index_exists(index_dir):
        open_index(index_dir)  # raises the sentence for a missing, incomplete or unreadable one
    version = recorded_version(index_dir)
    if version is None:  # a copy without it is refused by every command, as the index is
        raise version_lost(index_dir, consequence=_NOT_MADE_OF_IT)
    if destination.exists():
        raise IndexLocationError(f"{destination} exists already; give the backup a folder that is not there yet.")
    if destination.resolve().is_relative_to(index_dir.resolve()):  # removed with the folder it would restore
        raise IndexLocationError(f"{destination} is inside the index folder {index_dir}; give the backup a folder "
                                 "outside it.")
    try:
        work = Path(tempfile.mkdtemp(prefix=f".{destination.name}.", dir=destination.parent))
    except OSError as exc:
        raise IndexLocationError(f"The backup cannot be written in {destination.parent} ({exc.strerror or exc}).") from None
    try:
        size = _copy_metadata(index_dir, work)
        if not (work / VERSION_FILE).is_file():  # lost from a read-only index: its table of contents said it
            _write_version(work, version)
        generation, opened = _open_generation(index_dir, work)
        try:
            for name, source in opened.items():
                found = os.fstat(source.fileno())
                with open(work / name, "wb") as target:
                    shutil.copyfileobj(source, target, 1024 * 1024)
                    os.fchmod(target.fileno(), stat.S_IMODE(found.st_mode))
                size += found.st_size
        finally:
            for source in opened.values():
                source.close()
        _check_copy(index_dir, work)
        # not mkdtemp's 700: the server's account reads it; set last, as a read-only index's 555 keeps out the copy
        os.chmod(work, stat.S_IMODE(os.stat(index_dir).st_mode))
        os.rename(work, destination)
    except OSError as exc:
        shutil.rmtree(work, ignore_errors=True)
        if exc.errno in (errno.ENOSPC, errno.EDQUOT):
            raise IndexLocationError(f"The disk holding {destination.parent} is full: the backup was not made "
                                     "(its partial copy is removed); free space there or back up elsewhere.") from None
        if exc.errno == errno.EFBIG:
            problem, fix = file_size_limit(f"a file of the backup to {destination}")
            raise IndexLocationError(f"The backup was not made (its partial copy is removed): {problem}; "
                                     f"{fix.replace('run the same command', 'run the backup')}.") from None
        raise IndexLocationError(f"The backup to {destination} failed ({exc.strerror or exc}); its partial copy "
                                 "is removed.") from None
    except BaseException:
        shutil.rmtree(work, ignore_errors=True)
        raise
    return Backup(generation, len(os.listdir(destination)), size)


def _copy_metadata(index_dir: Path, work: Path) -> int:
    """Copy the folder's files that belong to no generation; their total size."""
    size = 0
    for entry in os.scandir(index_dir):
        # a `*.tmp` is a file being written whole (index.paths.replace_whole): renamed over its own, never read
        if (entry.is_file(follow_symlinks=False) and entry.name not in _LEFT_OUT and not entry.name.startswith(".")
                and not _TOC_NAME.match(entry.name) and not entry.name.startswith("MAIN_")
                and not entry.name.endswith(".tmp")):
            try:
                shutil.copy2(entry.path, work / entry.name)
                size += entry.stat().st_size
            except FileNotFoundError:  # replaced or removed by a running ingest meanwhile (a note, a kept
                continue               # settings file written anew): the next backup copies what is there
    return size


def _open_generation(index_dir: Path, work: Path) -> tuple[int, dict]:
    """(generation, file name -> open file) of the current generation; its table of contents is
    copied into `work` already (read from the copy, so a commit cannot replace it meanwhile)."""
    for _ in range(ATTEMPTS):
        toc_path = _latest_toc(index_dir)
        if toc_path is None:
            open_index(index_dir)  # the folder emptied meanwhile: its sentence
        generation = int(_TOC_NAME.match(toc_path.name).group(1))
        opened: dict = {}
        try:
            shutil.copy2(toc_path, work / toc_path.name)
            try:
                ids = {s.segment_id() for s in TOC.read(FileStorage(str(work)), "MAIN", generation).segments}
            except Exception as exc:  # a table cut short is the index's damage: no backup of it
                raise damaged(index_dir, exc, toc_path.name, consequence=_NOT_MADE) from exc
            names = segment_file_names(index_dir, ids)
            for name in names:
                opened[name] = open(index_dir / name, "rb")
            # a segment missing while its table is still the current one was not merged away by a
            # commit: the index is damaged, which the check of the copy says, naming the file
            if {name.partition(".")[0] for name in names} == ids or _latest_toc(index_dir) == toc_path:
                return generation, opened
        except FileNotFoundError:  # a commit replaced the table, or merged a segment away, meanwhile
            pass
        for source in opened.values():
            source.close()
        (work / toc_path.name).unlink(missing_ok=True)
    raise IndexLocationError(f"The index at {index_dir} changed at every attempt to copy it (commits in quick "
                             "succession); run the backup again.")


def _check_copy(index_dir: Path, work: Path) -> None:
    """Open every segment of the copy in `work`, as a reader of the index does: an IndexDamagedError
    naming the file that does not open (cut short, or missing from the index) when one fails. The
    copy is read, not the index, so a commit meanwhile cannot pass for damage."""
    try:
        FileStorage(str(work), supports_mmap=False).open_index().reader().close()
    except Exception as exc:  # whoosh raises many kinds on a damaged file
        raise damaged(index_dir, exc, read_in=work, consequence=_NOT_MADE) from exc
