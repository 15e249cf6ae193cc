"""The assembly-search commands messages suggest, written to work when pasted into bash as printed:
each path as the very bytes it names (index.paths.shell_word), and the --index the command was
given, without which the pasted command would act on another index."""
from __future__ import annotations

import os
from pathlib import Path

from index.config import DEFAULT_INDEX_DIR
from index.paths import shell_word


def ingest_command(paths: list[str], index_dir: str | os.PathLike | None, *options: str) -> str:
    """`assembly-search ingest PATH... OPTION...`, with `--index DIR` unless `index_dir` is None or
    ./data/index as given (the folder of a command with neither --index nor $ASSEMBLY_SEARCH_INDEX).
    An index from $ASSEMBLY_SEARCH_INDEX is named too: the command is read in a service's log, or
    pasted into a shell, where the variable is not set, and without --index it built a new index
    in ./data/index while the one in need stayed as it was."""
    words = ["assembly-search", "ingest", *map(shell_word, paths), *options]
    if index_dir is not None and Path(index_dir) != DEFAULT_INDEX_DIR:
        words += ["--index", shell_word(str(index_dir))]
    return " ".join(words)
