"""Which old path each new path of a moved document came from.

A document is its content, so a moved file and its byte copies are one document: when two trees
holding copies are merged into a new one, the document loses several old paths and gains several
new ones at once. Each new path's report line names the old path it came from, and the summary
counts each old path once, not once per new path (which counted the 30 copies of one tree as 60
moved files): paths pair by the most trailing names they share (`dep_a/otchet_1.txt` is
`merged/dep_a/otchet_1.txt`), then a last old path and a last new one left (a rename).
"""
from __future__ import annotations

import os
from collections import Counter


def came_from(gone: list[str], new: list[str]) -> dict[str, list[str]]:
    """new path -> the old paths (of `gone`) it came from: the one it pairs with, else every old
    path left unpaired (all of `gone` when none is left: a copy added beside the moved file)."""
    named: dict[str, list[str]] = {}
    for old in gone:
        named.setdefault(os.path.basename(old), []).append(old)
    # only paths of the same file name share a tail; a document may have hundreds of copies
    scored = [(_shared_tail(n, o), n, o) for n in new for o in named.get(os.path.basename(n), ())]
    pairs: dict[str, str] = {}
    for shared in sorted({s for s, _, _ in scored}, reverse=True):
        taken = set(pairs.values())
        level = [(n, o) for s, n, o in scored if s >= shared and n not in pairs and o not in taken]
        news, olds = Counter(n for n, _ in level), Counter(o for _, o in level)
        # a pair only where neither side has another candidate as good: no guess between two
        pairs.update((n, o) for n, o in level if news[n] == 1 and olds[o] == 1)
    free_old = [o for o in gone if o not in set(pairs.values())]
    free_new = [n for n in new if n not in pairs]
    if len(free_old) == 1 and len(free_new) == 1:
        pairs[free_new[0]] = free_old[0]
        free_old = []
    left = free_old or list(gone)
    return {n: [pairs[n]] if n in pairs else left for n in new}


def _shared_tail(a: str, b: str) -> int:
    """How many names, the file's first, the two paths end with alike."""
    shared = 0
    for x, y in zip(reversed(a.split(os.sep)), reversed(b.split(os.sep))):
        if x != y:
            break
        shared += 1
    return shared
