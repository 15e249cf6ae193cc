"""Where the index lives: a data folder outside the package."""
from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TypeVar

T = TypeVar("T")

ENV_PREFIX = "ASSEMBLY_SEARCH_"
INDEX_DIR_ENV = ENV_PREFIX + "INDEX"
DEFAULT_INDEX_DIR = Path("data") / "index"


def default_index_dir() -> Path:
    """The index folder: $ASSEMBLY_SEARCH_INDEX, else ./data/index under the working directory."""
    value = os.environ.get(INDEX_DIR_ENV, "").strip()
    return Path(value) if value else DEFAULT_INDEX_DIR


def cached_by_file(env_var: str, load: Callable[[str | None], T]) -> Callable[[], T]:
    """A function returning load(path) for the archive's own file named by $env_var (None when
    unset: the shipped default), cached per process and loaded again when that file changes, so
    an edit takes effect without a restart."""
    cache: dict[str | None, tuple[float, T]] = {}

    def current() -> T:
        path = os.environ.get(env_var) or None
        mtime = os.path.getmtime(path) if path and os.path.exists(path) else 0.0
        hit = cache.get(path)
        if hit is None or hit[0] != mtime:
            cache[path] = hit = (mtime, load(path))
        return hit[1]

    return current


def data_lines(text: str) -> Iterator[tuple[int, str]]:
    """(line number, line) of an editable data file (aliases, topics, abbreviations, stop words):
    a `#` starts a comment, and blank lines are left out; numbered for error messages."""
    for lineno, raw in enumerate(text.splitlines(), 1):
        line = raw.split("#", 1)[0].strip()
        if line:
            yield lineno, line
