"""Where the index lives: a data folder outside the package."""
from __future__ import annotations

import os
from pathlib import Path

ENV_PREFIX = "ASSEMBLY_SEARCH_"
INDEX_DIR_ENV = ENV_PREFIX + "INDEX"
DEFAULT_INDEX_DIR = Path("data") / "index"


def default_index_dir() -> Path:
    """The index folder: $ASSEMBLY_SEARCH_INDEX, else ./data/index under the working directory."""
    value = os.environ.get(INDEX_DIR_ENV, "").strip()
    return Path(value) if value else DEFAULT_INDEX_DIR
