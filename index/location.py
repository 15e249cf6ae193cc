"""Where an index folder is: a folder, nothing yet, or a path that can never hold one (a file, a
file on its way, a loop of symbolic links); and which folder on its way this account may not
enter. pathlib's exists()/is_file() raise on the latter (Python 3.11), and say nothing of which
folder refused, while the folder to fix is often a parent (/srv/assembly-search of mode 700)."""
from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

from index.errors import IndexLocationError


def index_folder_exists(index_dir: str | os.PathLike) -> bool:
    """Whether `index_dir` is a folder (False: nothing there yet, an ingest may make it). An
    IndexLocationError when no index can ever be there; a PermissionError when a folder on the
    way may not be entered (blocked_folder names it)."""
    index_dir = Path(index_dir)
    try:
        st = index_dir.stat()
    except FileNotFoundError:  # a dangling link too: mkdir says what is wrong with it
        return False
    except NotADirectoryError:
        raise IndexLocationError(f"{index_dir} cannot hold an index: {_file_on_the_way(index_dir)} is a file, not a "
                                 f"folder; give --index a folder.") from None
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            raise IndexLocationError(f"{index_dir} cannot hold an index: its path runs into a loop of symbolic links; "
                                     f"give --index a folder.") from None
        raise
    if not stat.S_ISDIR(st.st_mode):
        raise IndexLocationError(f"{index_dir} is a file, not an index folder; give --index the folder ingest wrote.")
    return True


def _file_on_the_way(path: Path) -> Path:
    """The first part of `path` that is there but is no folder."""
    for part in reversed(path.absolute().parents):
        if part != path and os.path.exists(part) and not os.path.isdir(part):
            return part
    return path


def blocked_folder(path: str | os.PathLike) -> Path | None:
    """The parent folder of `path` this account may not enter, the nearest to the root; None when
    `path` can be reached (or is not there)."""
    path = Path(path).absolute()
    for part in [*list(reversed(path.parents))[1:], path]:
        try:
            os.stat(part)
        except PermissionError:
            return part.parent
        except OSError:
            return None
    return None


def cannot_enter(folder: str | os.PathLike) -> bool:
    """Whether `folder` is there but this account may not look inside it (mode 700, another
    account's): what it holds cannot even be asked about, so pathlib's is_file() raises."""
    try:
        os.stat(os.path.join(folder, "."))  # pathlib drops the "."; looking inside needs the right to enter
    except PermissionError:
        return True
    except OSError:
        return False
    return False


def entry_refused(folder: Path, doing: str) -> str:
    """The sentence's end for a folder on the way that cannot be entered, `doing` what the
    account needs ("read", "write")."""
    return (f"the folder {folder} cannot be entered (Permission denied); give the account running assembly-search "
            f"the right to enter {folder} and to {doing} the index folder in it (their owner or permissions)")
