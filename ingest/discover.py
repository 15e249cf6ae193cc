"""Find the files to ingest under the given roots."""
from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from ingest.parsers import sniff_format

# Report formats taken by name; anything else only when its bytes say PDF or HTML (the parsers
# read more, such as .csv, .log or .md, but in an archive folder those are not reports).
KNOWN_EXTENSIONS = frozenset({".pdf", ".html", ".htm", ".xhtml", ".shtml", ".txt", ".text"})
SYSTEM_FILES = {"thumbs.db", "desktop.ini", ".ds_store", "icon\r"}
SNIFF_BYTES = 2048


@dataclass(frozen=True)
class FileRef:
    path: str  # absolute
    root: str  # the root folder it was found under (absolute)
    size: int


@dataclass(frozen=True)
class Skipped:
    path: str
    message: str  # plain words, for the report
    reason: str = "unsupported"  # the report's reason: unsupported | link_loop | broken_link | not_a_file | unreadable


def is_under(path: str, roots: list[str]) -> bool:
    """`path` is one of `roots` or lies below one of them (absolute paths, as discover gives)."""
    return any(path == r or path.startswith(r.rstrip(os.sep) + os.sep) for r in roots)


def _is_hidden_or_system(name: str) -> bool:
    low = name.lower()
    return name.startswith((".", "~$")) or low in SYSTEM_FILES or low.endswith((".tmp", ".part", ".crdownload"))


def sniff(path: Path) -> str | None:
    """"pdf" or "html" when a file's first bytes say so, whatever its name; None otherwise.
    Unknown extensions are taken only on such evidence: a .json or .py file is not a report."""
    try:
        with open(path, "rb") as fh:
            head = fh.read(SNIFF_BYTES)
    except OSError:
        return None
    found = sniff_format(None, head)
    return found if found in ("pdf", "html") else None


def _walk(root: Path, skipped: list[Skipped], exclude: set[tuple[int, int]]):
    """(folder, file names) under `root`, following links to folders (an archive often links
    a year's folder in from elsewhere) but entering each real folder once, so a link back up
    the tree ends instead of looping. Folders in `exclude` (device, inode) are left out."""
    seen: set[tuple[int, int]] = set(exclude)
    for dirpath, dirnames, filenames in os.walk(root, followlinks=True):
        try:
            info = os.stat(dirpath)
        except OSError as exc:  # removed or unmounted while the walk went on
            skipped.append(Skipped(dirpath, f"the folder could not be read ({exc.strerror or exc})", "unreadable"))
            dirnames[:] = []
            continue
        if (info.st_dev, info.st_ino) in seen:
            if (info.st_dev, info.st_ino) not in exclude:
                skipped.append(Skipped(dirpath, "a link to a folder already read in this batch", "link_loop"))
            dirnames[:] = []
            continue
        seen.add((info.st_dev, info.st_ino))
        dirnames[:] = sorted(d for d in dirnames if not _is_hidden_or_system(d))
        yield Path(dirpath), sorted(f for f in filenames if not _is_hidden_or_system(f))


def _not_a_file(path: Path) -> Skipped:
    if path.is_symlink() and not path.exists():
        return Skipped(str(path), "a link to a file that does not exist", "broken_link")
    return Skipped(str(path), "not a regular file (a device, pipe or socket)", "not_a_file")


def discover(roots: list[str | Path], exclude: list[Path] = ()) -> tuple[list[FileRef], list[Skipped]]:
    """Every ingestible file under `roots` (files may be given directly), sorted, plus what was
    skipped. What `exclude` names is left out: the ingest's own output when it lies inside a root
    (the index folder is not entered; the report file is no document of the archive)."""
    found: dict[str, FileRef] = {}
    skipped: list[Skipped] = []
    excluded_files = {str(Path(p).resolve()) for p in exclude}
    excluded = set()
    for folder in exclude:
        try:
            info = os.stat(folder)
            excluded.add((info.st_dev, info.st_ino))
        except OSError:
            pass  # not created yet: nothing in it to leave out
    for root in roots:
        root_path = Path(root).resolve()
        if root_path.is_file():
            candidates = [(root_path.parent, root_path)]
        else:
            candidates = [(root_path, folder / name)
                          for folder, names in _walk(root_path, skipped, excluded) for name in names]
        for base, path in candidates:
            key = str(path)
            if key in found or key in excluded_files:
                continue
            if not path.is_file():
                if not path.is_dir():  # a folder among the files only by a race with the walk
                    skipped.append(_not_a_file(path))
                continue
            suffix = path.suffix.lower()
            if suffix in KNOWN_EXTENSIONS or sniff(path):
                found[key] = FileRef(key, str(base), path.stat().st_size)
            else:
                skipped.append(Skipped(key, f"not a supported format ({suffix or 'no extension'})"))
    once: dict[str, Skipped] = {}
    for entry in skipped:  # roots that overlap walk a folder twice: each path is reported once
        once.setdefault(entry.path, entry)
    return sorted(found.values(), key=lambda f: f.path), list(once.values())
