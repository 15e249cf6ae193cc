"""Telling a damaged index from a bug, when a search fails half-way.

A segment overwritten inside (a bad sector, bit rot, a copy resumed at the wrong place) keeps its
size and opens; it fails only when a search reads the part that was hit, deep inside Whoosh
(zlib.error, an unpickling error, an IndexError...). Such an exception is raised where the
index's files are decoded: in Whoosh, or in the posting reader that reads Whoosh's blocks. One
raised in the rest of our code is a bug, and stays one.
"""
from __future__ import annotations

import traceback
from pathlib import Path

import whoosh

from index.errors import IndexDamagedError
from index.store import damaged

_WHOOSH = Path(whoosh.__file__).resolve().parent
_INDEX = Path(__file__).resolve().parent
# Our modules that decode the index's bytes themselves (Whoosh's posting blocks).
_FILE_READERS = {_INDEX / "postings.py", _INDEX / "posting_blocks.py"}


def _where(frame) -> Path:
    return Path(frame.f_code.co_filename).resolve()


def _decodes_files(path: Path) -> bool:
    return path.is_relative_to(_WHOOSH) or path in _FILE_READERS


def read_error(exc: BaseException, index_dir: str | Path) -> IndexDamagedError | None:
    """The IndexDamagedError `exc` stands for, naming the segment file it was read from where the
    traceback shows it; None when `exc` was not raised decoding the index's files."""
    frames = [frame for frame, _ in traceback.walk_tb(exc.__traceback__)]
    # the innermost frame of Whoosh or of our index package: zlib, pickle or numpy below it only
    # carry out what it asked
    ours = [frame for frame in frames if _decodes_files(_where(frame)) or _where(frame).is_relative_to(_INDEX)]
    if not ours or not _decodes_files(_where(ours[-1])):
        return None
    return damaged(index_dir, exc, _segment_file(frames))


def _segment_file(frames) -> str | None:
    """The compound file of the segment the innermost segment reader in `frames` reads, if any."""
    for frame in reversed(frames):
        for value in frame.f_locals.values():
            segment = getattr(value, "_segment", None)
            if segment is not None and hasattr(segment, "make_filename"):
                try:
                    return segment.make_filename(".seg")
                except Exception:  # a segment object of another kind: name none rather than fail here
                    return None
    return None
