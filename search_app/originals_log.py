"""The server's log line for a document's original file it cannot serve: the path, why, and the fix.

Users are told «Файл недоступен» or «(оригинал недоступен)»; the operator needs the path, and for a
permission the folder to fix: an archive folder the service account may not enter refuses every
file below it, so that folder is said once rather than each of its files."""
from __future__ import annotations

import logging
import os
import threading
from pathlib import Path

from index.location import blocked_folder
from index.paths import escaped_controls, text_to_path

log = logging.getLogger(__name__)

# what was said already (a folder, or a file); emptied when full, so a long-running server's
# memory stays bounded and an old problem is at worst said again
_said: set[str] = set()
_said_lock = threading.Lock()
MAX_SAID = 10_000
_FIX = "give the account running assembly-search read access to"


def say_unserved(doc_id: str, paths: list[str], places: list[Path]) -> None:
    """Log why none of a document's recorded files (`paths`, as stored) can be served from
    `places` (views.served_places), once per folder or file."""
    for text in paths:
        problem = _problem(Path(text_to_path(text)), places)
        if problem is None:
            continue
        key, sentence = problem
        with _said_lock:
            if key in _said:
                continue
            if len(_said) >= MAX_SAID:
                _said.clear()
            _said.add(key)
        # escaped: a file name may hold a line break or a terminal escape, forging a line of the log
        log.warning("the original of document %s cannot be served: %s", doc_id, escaped_controls(sentence))


def say_not_opened(doc_id: str, path: Path, exc: OSError) -> None:
    """Log a file that passed the checks but then failed to open (its permission taken away
    meanwhile, a disk that fails to read): not once only, as it is rare and may be the disk."""
    log.warning("the original of document %s cannot be served: %s cannot be opened (%s); %s it, or check its disk",
                doc_id, escaped_controls(str(path)), escaped_controls(str(exc.strerror or exc)), _FIX)


def _problem(path: Path, places: list[Path]) -> tuple[str, str] | None:
    """(what it is said once for, the sentence) for a recorded file that cannot be served."""
    blocked = blocked_folder(path)
    if blocked is not None:
        return str(blocked), (f"the folder {blocked} cannot be entered (Permission denied), nor any file below it "
                              f"read; {_FIX} {blocked} (its owner or permissions)")
    try:
        real = path.resolve(strict=True)
    except OSError as exc:
        return str(path), (f"{path} is no longer there ({exc.strerror or exc}): moved or deleted since it was "
                           "ingested; an ingest of its folder finds it again, or drops its document with --prune")
    if not any(real.is_relative_to(place) for place in places):
        return str(path), (f"{path} leads to {real}, outside the folders the archive was ingested from (a link "
                           "pointed elsewhere since), so it is not served")
    if not real.is_file():
        return str(path), f"{path} is no longer a file; an ingest of its folder finds out what it is now"
    if not os.access(real, os.R_OK):
        return str(path), f"{path} cannot be read (Permission denied); {_FIX} it (its owner or permissions)"
    return None
