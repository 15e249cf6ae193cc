"""A ceiling on what a long-lived server's word caches hold.

The analysis and morphology keep a `functools.lru_cache` per word (index.analysis.expand,
index.morphology.parses and some forty more), sized for an ingest: 100,000 to 400,000 entries each,
which an archive's own vocabulary rarely fills. In `serve` they fill with what people type
instead: every misspelt word and each of its correction candidates (index.spelling) adds an entry to
a dozen of them, some 180 KB a query, and the process grew without end towards the caches' sum
(about 1.6 GB). Each cache stays as it is (an ingest's speed depends on them); a server calls
`WordCaches.trim()` after each request, which empties the largest ones whenever all of them
together hold more than their budget. The functions are pure, so an emptied cache only costs the
next query the time to fill it again: no answer changes.
"""
from __future__ import annotations

import sys
import threading

# Entries all word caches together may hold in a server: at about 330 bytes each, some 100 MB.
# A query adds about 100 entries, a misspelt one about 1,500: the budget is met after a few hundred
# of those, and then trimmed to half, so a trim comes seldom and common words stay cached between.
SERVE_CACHE_ENTRIES = 300_000
# Caches smaller than this are left alone: the ones of size 1 hold a data file read once (clearing
# one would read it again, an edit since included), and the small ones cannot grow far.
WORD_CACHE_MIN_SIZE = 10_000
# Packages whose module-level caches are counted.
CACHED_PACKAGES = ("index",)


def word_caches(packages: tuple[str, ...] = CACHED_PACKAGES, min_size: int = WORD_CACHE_MIN_SIZE) -> list:
    """The lru_cache'd functions of the loaded modules of `packages` whose maxsize is at least `min_size`."""
    found = {}
    for name, module in list(sys.modules.items()):
        if module is None or not any(name == p or name.startswith(p + ".") for p in packages):
            continue
        for value in list(vars(module).values()):
            info = getattr(value, "cache_info", None)
            # a function imported from another module is counted once, under its own
            if callable(info) and getattr(value, "__module__", None) == name and hasattr(value, "cache_clear"):
                maxsize = info().maxsize
                if maxsize is None or maxsize >= min_size:
                    found[id(value)] = value
    return list(found.values())


class WordCaches:
    """The word caches of a process (word_caches), kept under `budget` entries all together by trim()."""

    def __init__(self, budget: int = SERVE_CACHE_ENTRIES) -> None:
        self.budget = budget
        self._caches: list = []
        self._modules_seen = -1  # modules load lazily (pymorphy3's at the first search): looked for again then
        self._lock = threading.Lock()

    def entries(self) -> int:
        """The entries the word caches hold now."""
        return sum(cache.cache_info().currsize for cache in self._current())

    def trim(self) -> int:
        """Past the budget, empty the largest caches until at most half of it is held; the number emptied."""
        with self._lock:
            if self.entries() <= self.budget:  # after every request: most answers end here, nothing sorted
                return 0
            sizes = sorted(((cache.cache_info().currsize, i, cache) for i, cache in enumerate(self._current())),
                           reverse=True)
            held = sum(size for size, _, _ in sizes)
            if held <= self.budget:
                return 0
            emptied = 0
            for size, _, cache in sizes:
                if held <= self.budget // 2:
                    break
                cache.cache_clear()
                held -= size
                emptied += 1
            return emptied

    def _current(self) -> list:
        if len(sys.modules) != self._modules_seen:
            self._modules_seen = len(sys.modules)
            self._caches = word_caches()
        return self._caches
