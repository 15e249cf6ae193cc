"""Start paths that no longer exist: a folder of the archive renamed or deleted since it was
ingested (or a share whose mount point is gone). `ingest OLD --prune --force` drops what the index
holds from it; without --force the index keeps it, as it keeps a folder that came back empty, and
the command says what is held there and how to drop it."""
from __future__ import annotations

import shlex
from dataclasses import dataclass

from index.errors import IndexUnavailable
from index.paths import path_to_text, readable_path
from index.store import ingested_roots, load_inventory
from ingest.discover import is_under, real_path


@dataclass
class Held:
    files: int  # paths the index lists under the folder
    documents: int  # documents with a file there
    elsewhere: int  # of those, documents with files outside it too: they only lose its paths


def held_from(index_dir, paths: list[str]) -> dict[str, Held | None]:
    """What the index holds under each missing start path: None for a path it knows nothing of
    (neither an ingested root nor a folder holding indexed files), or when it cannot be read."""
    try:
        inventory = load_inventory(index_dir)
        recorded = set(ingested_roots(index_dir))
    except (IndexUnavailable, OSError):
        return dict.fromkeys(paths)
    held: dict[str, Held | None] = {}
    for path in paths:
        root = real_path(path)
        files, docs, outside = 0, set(), set()  # outside: documents with a file not under root
        for p, doc_id in inventory.items():
            if is_under(p, [root]):
                files += 1
                docs.add(doc_id)
            else:
                outside.add(doc_id)
        if not docs and path_to_text(root) not in recorded:
            held[path] = None
            continue
        held[path] = Held(files, len(docs), len(docs & outside))
    return held


def gone_root_problem(index_dir, missing: list[str], prune: bool, force: bool) -> str | None:
    """The usage error of start paths that do not exist, None when they are folders the index
    knows and --prune --force is given to drop them."""
    held = held_from(index_dir, missing)
    unknown = [p for p in missing if held[p] is None]
    if unknown:
        return f"no such file or folder: {', '.join(readable_path(p) for p in unknown)}"
    if prune and force:
        return None
    shown = ", ".join(f"{readable_path(p)} ({_what(held[p])})" for p in missing)
    command = "assembly-search ingest " + " ".join(shlex.quote(readable_path(p)) for p in missing) + " --prune --force"
    if not prune:
        return f"no such file or folder: {shown}, ingested before; `{command}` drops what the index holds from it."
    shared = any(held[p].elsewhere for p in missing)
    return (f"no longer there: {shown}; --prune keeps what the index holds from a folder that is gone (as from a share "
            f"that is not mounted) unless --force is given too: if it was renamed or deleted, run `{command}` "
            "to drop it" + (" (a document also filed under another folder only loses these paths)." if shared else "."))


def _what(held: Held) -> str:
    if not held.files:
        return "no file in the index"
    files = f"{held.files} file{'' if held.files == 1 else 's'}"
    documents = f"{held.documents} document{'' if held.documents == 1 else 's'}"
    return f"{files} of {documents} in the index" + (f", {held.elsewhere} also under other folders" if held.elsewhere else "")
