"""What --prune must not take for files deleted on purpose: a given folder that lost (nearly) all of
its files at once. A share that is not mounted is an empty folder, or one holding a marker file;
a share being copied back from a backup holds the first files of the copy. Pruning either would
remove the archive's documents and purge their text from the index's files (only a backup brings
them back), and the files coming back would be parsed again and listed as new arrivals. So
--prune keeps what the index holds under such a folder, says so, and takes --force to go on."""
from __future__ import annotations

import os

from index.commands import ingest_command
from ingest.discover import is_under

# --prune keeps a folder's records when it would remove more than this share of the files the index
# holds there, and more than MOSTLY_GONE_FEW of them: a takedown of a few files from a small folder
# goes through, a folder emptied but for a marker file or a restore's first files does not
MOSTLY_GONE_SHARE = 0.5
MOSTLY_GONE_FEW = 10


def roots_with_no_files(roots: list[str], found: list[str]) -> list[str]:
    """The folders among `roots` under which nothing at all was found."""
    return [r for r in roots if os.path.isdir(r) and not any(is_under(p, [r]) for p in found)]


def empty_root_note(root: str, held: int) -> str:
    return (f"The folder {root} has no files now, so the index keeps its {held} file(s) instead of pruning "
            "them (an archive share that is not mounted looks like this); if it was emptied on purpose, "
            "run the same command with --force.")


def mostly_gone_roots(roots: list[str], inventory: dict[str, str], present: set[str], found: set[str],
                      kept: list[str]) -> dict[str, tuple[int, int]]:
    """root -> (files the index holds under it, those of them --prune would remove) for each of
    `roots` that lost most of its files. A path is lost when no file is there now (`present`), it is
    not under `kept` (folders --prune leaves alone already) and its content was found nowhere
    (`found`: document ids); a file moved or renamed within the roots is no loss."""
    mostly_gone = {}
    for root in roots:
        if is_under(root, kept):
            continue
        held = [(path, doc_id) for path, doc_id in inventory.items() if is_under(path, [root])]
        lost = sum(1 for path, doc_id in held
                   if path not in present and doc_id not in found and not is_under(path, kept))
        if lost > MOSTLY_GONE_FEW and lost > MOSTLY_GONE_SHARE * len(held):
            mostly_gone[root] = (len(held), lost)
    return mostly_gone


def mostly_gone_subfolders(roots: list[str], inventory: dict[str, str], present: set[str], found: set[str],
                           kept: list[str]) -> dict[str, tuple[int, int]]:
    """folder -> (files the index holds under it, those --prune would remove) for the topmost
    folders inside `roots` that lost most of their files, by the same rule and reading of `lost` as
    mostly_gone_roots: a share mounted inside the archive's folder is an empty mount point when it
    is not mounted, and the guard on the roots alone let --prune purge all of it."""
    held: dict[str, int] = {}
    lost: dict[str, int] = {}
    for path, doc_id in inventory.items():
        root = next((r for r in roots if is_under(path, [r])), None)
        if root is None or is_under(path, kept):
            continue
        gone = path not in present and doc_id not in found
        folder = os.path.dirname(path)
        while len(folder) > len(root) and is_under(folder, [root]):
            held[folder] = held.get(folder, 0) + 1
            lost[folder] = lost.get(folder, 0) + gone
            folder = os.path.dirname(folder)
    mostly_gone = {}
    for folder in sorted(held, key=len):  # the topmost first: what is inside one is kept with it
        if lost[folder] > MOSTLY_GONE_FEW and lost[folder] > MOSTLY_GONE_SHARE * held[folder] \
                and not is_under(folder, list(mostly_gone)):
            mostly_gone[folder] = (held[folder], lost[folder])
    return mostly_gone


def mostly_gone_subfolder_note(folder: str, held: int, lost: int, index_dir) -> str:
    # the root's note says "the same command with --force", which would parse every file again:
    # the subfolder named as the root of its own --prune --force parses only what is left in it
    return (f"The folder {folder} holds {held - lost} of the {held} files the index has from it now, so --prune keeps "
            f"the {lost} that are gone instead of removing them (a share mounted there that is not mounted now, or is "
            "still being copied back, looks like this); if they were deleted on purpose, run: "
            f"{ingest_command([folder], index_dir, '--prune', '--force')}")


def mostly_gone_note(root: str, held: int, lost: int) -> str:
    return (f"The folder {root} holds {held - lost} of the {held} files the index has from it now, so --prune keeps "
            f"the {lost} that are gone instead of removing them (a share that is not mounted or is still being "
            "copied back looks like this); if they were deleted on purpose, run the same command with --force.")
