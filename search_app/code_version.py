"""The version of the program serving the pages: a hash of the files of search_app and index
(code, templates, styles, script, data), read once at start.

    CODE_VERSION -> str

A document page's ETag holds it rather than the server's start: a restart of the same program
leaves the pages a reader keeps good (a 304), an upgrade makes them new."""
from __future__ import annotations

import hashlib
from pathlib import Path

import index

FOLDERS = (Path(__file__).parent, Path(index.__file__).parent)


def code_version(folders=FOLDERS) -> str:
    digest = hashlib.sha256()
    for folder in folders:
        files = sorted(p for p in folder.rglob("*") if p.is_file() and "__pycache__" not in p.parts)
        for path in files:
            digest.update(path.relative_to(folder).as_posix().encode("utf-8", "surrogateescape") + b"\x00")
            digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


CODE_VERSION = code_version()
