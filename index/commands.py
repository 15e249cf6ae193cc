"""The assembly-search commands messages suggest, written to work when pasted into bash as printed:
each path as the very bytes it names (index.paths.shell_word), and the --index the command was
given, without which the pasted command would act on another index."""
from __future__ import annotations

import os
from pathlib import Path

from index.config import default_index_dir
from index.paths import shell_word


def ingest_command(paths: list[str], index_dir: str | os.PathLike | None, *options: str) -> str:
    """`assembly-search ingest PATH... OPTION...`, with `--index DIR` unless `index_dir` is the
    one a command without --index uses ($ASSEMBLY_SEARCH_INDEX, else ./data/index), or None."""
    words = ["assembly-search", "ingest", *map(shell_word, paths), *options]
    if index_dir is not None and Path(index_dir) != default_index_dir():
        words += ["--index", shell_word(str(index_dir))]
    return " ".join(words)
