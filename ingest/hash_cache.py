"""Content hashes remembered between runs, so a re-run does not read every file of the archive
again to find the few that changed.

A file's hash is taken from the cache only when its size, modification time, inode and status
change time (ctime) are those recorded with it, and it was not modified within RACY_SECONDS before
being hashed (a write in the same clock tick as the hashing could leave the time unchanged). The
ctime is there for an edit in place that keeps the size and sets the old modification time back
(`touch -r`, `cp -p`, an editor keeping dates: a redaction that masks digits with X does): nothing
but the kernel sets the ctime, so such an edit moves it, and the file is read again (the same
bytes read again are still `unchanged`). The stat is taken before the read, so a change made
while the file is read moves the ctime past the recorded one too. The cache only
memoizes hash(file), and which contents the parsers cannot index (a scan without a text layer, a
password-protected PDF: the same bytes fail the same way, so a re-run need not read and parse
them again). A failure is kept under the bytes and the format they were read as: the format
may come from a file's name, so the same bytes under another name may be readable. A failure also
keeps the version of ingest that met it (ingest.build.EXTRACTION_VERSION): a newer version, which
may read those bytes, tries them once more. It says nothing about the index, so it may be written at any moment, and a lost or
damaged cache only costs a full re-read.
"""
from __future__ import annotations

import errno
import hashlib
import json
import os
import time
from dataclasses import dataclass
from pathlib import Path

from index.paths import path_to_text, replace_whole, text_to_path
from ingest.discover import is_under
from ingest.parsers.base import CONTENT_REASONS, open_regular

CACHE_FILE = "ingest-hashes.json"
CACHE_VERSION = 2  # 2: ctime recorded (a cache of 1 costs one full read)
RACY_SECONDS = 2.0


@dataclass(frozen=True)
class _Entry:
    size: int
    mtime_ns: int
    inode: int
    ctime_ns: int
    hashed_ns: int  # when the hash was taken
    digest: str

    def matches(self, st: os.stat_result) -> bool:
        return (_identity(st) == (self.size, self.mtime_ns, self.inode, self.ctime_ns)
                and self.hashed_ns - st.st_mtime_ns > RACY_SECONDS * 1e9)


def _identity(st: os.stat_result) -> tuple[int, int, int, int]:
    """What must stay the same for a file to pass as unchanged without being read."""
    return st.st_size, st.st_mtime_ns, st.st_ino, st.st_ctime_ns


def _failure(reason: str, message: str, path: str = "", version: int = 0) -> tuple[str, str, str, int]:
    """A failure as the cache file lists it: a cache written before the path or the version was kept
    has none (version 0: older than any)."""
    return reason, message, path, version if isinstance(version, int) else 0


def file_hash(path: str | os.PathLike) -> str:
    """SHA-256 of the file's bytes, read a megabyte at a time (the document id is its prefix);
    NotARegularFile when the path leads to a pipe, device or socket now."""
    digest = hashlib.sha256()
    with open_regular(path) as fh:  # a pipe put in a file's place would block the batch for good
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


class HashCache:
    """path -> the content hash of the file as it was, and content hash -> why the parsers could
    not index it; load, ask (content_hash, failure), save."""

    def __init__(self, path: Path, entries: dict[str, _Entry],
                 failures: dict[str, dict[str, tuple[str, ...]]] | None = None, version: int = 0) -> None:
        self.path = path
        self._entries = entries
        # digest -> format ("" for none) -> (reason, message, the path that failed: "" in an older
        # cache, the version of ingest that failed it)
        self._failures = failures or {}
        self._version = version
        self._loaded = dict(entries)  # as the last run left them: which path held which bytes (failed_as)
        self._changed = False  # an unchanged archive's re-run leaves the file as it is

    @classmethod
    def load(cls, index_dir: Path, version: int | None = None) -> "HashCache":
        """The cache of the index folder; with `version` (ingest's), the failures an older version
        met are forgotten, so their files are parsed again by this one."""
        path = Path(index_dir) / CACHE_FILE
        entries: dict[str, _Entry] = {}
        failures: dict[str, dict[str, tuple[str, ...]]] = {}
        try:
            data = json.loads(path.read_text("utf-8"))
            if data.get("version") == CACHE_VERSION:
                for name, fields in data["files"].items():
                    entries[text_to_path(name)] = _Entry(*fields)
                # a cache written before failures had a format lists no formats: those files are parsed once more
                failures = {digest: {fmt: _failure(*f) for fmt, f in by_format.items()}
                            for digest, by_format in data.get("failed", {}).items() if isinstance(by_format, dict)}
        except (OSError, ValueError, KeyError, TypeError, AttributeError):
            entries, failures = {}, {}  # absent or damaged: every file is read again, nothing else is lost
        if version is not None:
            kept = {digest: {fmt: f for fmt, f in by_format.items() if f[3] >= version}
                    for digest, by_format in failures.items()}
            failures = {digest: by_format for digest, by_format in kept.items() if by_format}
        return cls(path, entries, failures, version or 0)

    def failure(self, digest: str, fmt: str | None) -> tuple[str, str] | None:
        """(reason, message) when these bytes, read as `fmt`, failed to parse for a reason of their own."""
        failure = self._failures.get(digest, {}).get(fmt or "")
        return failure[:2] if failure else None

    def failed_elsewhere(self, path: str, digest: str, fmt: str | None) -> str | None:
        """None when the last run knew `path` with these bytes (the failure remembered is its own);
        or the same file before; else the file they failed as `fmt` under (a new copy of a damaged
        PDF), "" when not known."""
        entry = self._loaded.get(path)
        failure = self._failures.get(digest, {}).get(fmt or "")
        failed = text_to_path(failure[2]) if failure and failure[2] else ""
        if (entry is not None and entry.digest == digest) or failed == path:
            return None
        return failed

    def has_failed(self, digest: str) -> bool:
        """Whether these bytes failed as any format (tells whether a file's format need be found)."""
        return digest in self._failures

    def remember_failure(self, digest: str, fmt: str | None, reason: str, message: str, path: str = "") -> None:
        if digest and reason in CONTENT_REASONS and self.failure(digest, fmt) != (reason, message):
            self._failures.setdefault(digest, {})[fmt or ""] = (reason, message, path_to_text(path) if path else "",
                                                                self._version)
            self._changed = True

    def content_hash(self, path: str, trust: bool = True) -> str:
        """The file's content hash: the one kept from the last run when the file's size, times and
        inode say it is unchanged (and `trust`, which --force turns off) and it may still be read,
        else read now and kept. Raises OSError when the file cannot be read."""
        st = os.stat(path)  # before reading: a change made while it is read shows next time
        entry = self._entries.get(path)
        if trust and entry is not None and entry.matches(st):
            # a folder locked on the way moves nothing of the file (a chmod of the file itself moves
            # its ctime): a file made unreadable since would pass as unchanged while its download
            # fails; asking costs one syscall, not a read
            if not os.access(path, os.R_OK):
                raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), path)
            return entry.digest
        started = time.time_ns()
        digest = file_hash(path)
        self._entries[path] = _Entry(*_identity(st), started, digest)
        self._changed = True
        return digest

    def kept_digest(self, path: str) -> str:
        """The hash kept for the file by the last run that read it ("" for none), whatever the file is now."""
        entry = self._entries.get(path)
        return entry.digest if entry else ""

    def changed_since_hashed(self, path: str) -> bool:
        """Whether the file's size, times or inode are no longer those its hash was taken with (a
        file rewritten since it was checked). A file that cannot be looked at is for the caller."""
        entry = self._entries.get(path)
        try:
            st = os.stat(path)
        except OSError:
            return False
        return entry is None or _identity(st) != (entry.size, entry.mtime_ns, entry.inode, entry.ctime_ns)

    def forget(self, path: str) -> None:
        """Read the file again next time (it changed after it was hashed, maybe within one tick
        of its modification time)."""
        if self._entries.pop(path, None) is not None:
            self._changed = True

    def forget_missing(self, roots: list[str], present: set[str]) -> None:
        """Drop the entries of files gone from the roots of this run (others stay as they are)."""
        for path in [p for p in self._entries if p not in present and is_under(p, roots)]:
            del self._entries[path]
            self._changed = True

    def save(self) -> None:
        """Written whole to a temporary file, then renamed over the old one: never half written.
        A cache that cannot be written (a full disk) is skipped: the next run reads files again."""
        if not self._changed:
            return
        held = {e.digest for e in self._entries.values()}  # the failures of files still there
        data = {"version": CACHE_VERSION,
                "files": {path_to_text(p): [e.size, e.mtime_ns, e.inode, e.ctime_ns, e.hashed_ns, e.digest]
                          for p, e in self._entries.items()},
                "failed": {d: {fmt: list(f) for fmt, f in by_format.items()}
                           for d, by_format in self._failures.items() if d in held}}
        try:
            replace_whole(self.path, json.dumps(data, ensure_ascii=False))
        except OSError:
            pass
