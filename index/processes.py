"""The processes of a batch: children that end with their parent, and the garbage collector's
pace for a long batch.

A killed ingest (kill -9, the OOM killer) must not leave its parser or writer processes
behind: they would hold the index's locks (inherited across fork) and the next ingest would
wait for them forever.
"""
from __future__ import annotations

import ctypes
import gc
import os
import signal
from collections.abc import Iterator
from contextlib import contextmanager

# Python's default (700, 10, 10) collects the youngest objects every 700 allocations and, as the
# morphology caches and a segment's buffered postings grow to millions of objects, walks them all
# again and again: 15-20% of a one-process ingest's CPU (13.4 s -> 11.0 s over 1,000 documents,
# about what switching the collector off gives, at the same peak memory). Cycles (a parsed HTML
# page's tree) are still collected, a little later.
BATCH_GC_THRESHOLDS = (50_000, 20, 10)

_PR_SET_PDEATHSIG = 1


def die_with_parent(parent: int) -> None:
    """Ask the kernel to kill this process when its parent dies (Linux), and exit at once if
    the parent, the process `parent` that started this one, is already gone. Strictly, the
    kernel acts when the thread that started this process ends: ingest starts its processes
    from its main thread."""
    try:
        ctypes.CDLL(None, use_errno=True).prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
    except (OSError, AttributeError):  # not Linux: the parent ends its children itself
        return
    if os.getppid() != parent:
        os._exit(1)


def pace_gc_for_batch() -> None:
    """Collect garbage at a batch's pace (BATCH_GC_THRESHOLDS) in this process."""
    gc.set_threshold(*BATCH_GC_THRESHOLDS)


@contextmanager
def batch_gc() -> Iterator[None]:
    """Collect garbage at a batch's pace inside the block (processes forked in it inherit the
    pace), and at the previous pace after it: the caller may be a long-lived process."""
    before = gc.get_threshold()
    pace_gc_for_batch()
    try:
        yield
    finally:
        gc.set_threshold(*before)
