"""Find the files to ingest under the given roots."""
from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

KNOWN_EXTENSIONS = {".pdf": "pdf", ".html": "html", ".htm": "html", ".xhtml": "html", ".txt": "txt", ".text": "txt"}
SYSTEM_FILES = {"thumbs.db", "desktop.ini", ".ds_store", "icon\r"}
SNIFF_BYTES = 512


@dataclass(frozen=True)
class FileRef:
    path: str  # absolute
    root: str  # the root folder it was found under (absolute)
    size: int


@dataclass(frozen=True)
class Skipped:
    path: str
    reason: str


def _is_hidden_or_system(name: str) -> bool:
    low = name.lower()
    return name.startswith((".", "~$")) or low in SYSTEM_FILES or low.endswith((".tmp", ".part", ".crdownload"))


def sniff(path: Path) -> str | None:
    """The format a file's first bytes reveal, for files with no or an unknown extension."""
    try:
        with open(path, "rb") as fh:
            head = fh.read(SNIFF_BYTES)
    except OSError:
        return None
    stripped = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if head.startswith(b"%PDF-"):
        return "pdf"
    if stripped.startswith((b"<!doctype html", b"<html", b"<head", b"<body", b"<?xml")) and b"html" in stripped:
        return "html"
    return None


def guess_format(path: Path) -> str | None:
    """Format by content first (a PDF named .txt is a PDF), then by extension."""
    found = sniff(path)
    if found:
        return found
    return KNOWN_EXTENSIONS.get(path.suffix.lower())


def discover(roots: list[str | Path]) -> tuple[list[FileRef], list[Skipped]]:
    """Every ingestible file under `roots` (files may be given directly), sorted, plus what was skipped."""
    found: dict[str, FileRef] = {}
    skipped: list[Skipped] = []
    for root in roots:
        root_path = Path(root).resolve()
        if root_path.is_file():
            candidates = [(root_path.parent, root_path)]
        else:
            candidates = []
            for dirpath, dirnames, filenames in os.walk(root_path):
                dirnames[:] = sorted(d for d in dirnames if not _is_hidden_or_system(d))
                candidates += [(root_path, Path(dirpath) / f) for f in sorted(filenames) if not _is_hidden_or_system(f)]
        for base, path in candidates:
            key = str(path)
            if key in found or not path.is_file():
                continue
            suffix = path.suffix.lower()
            if suffix in KNOWN_EXTENSIONS or sniff(path):
                found[key] = FileRef(key, str(base), path.stat().st_size)
            else:
                skipped.append(Skipped(key, f"not a supported format ({suffix or 'no extension'})"))
    return sorted(found.values(), key=lambda f: f.path), skipped
