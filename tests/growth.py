"""How long a piece of work takes against a baseline measured in the same test, for tests that
guard against quadratic blow-ups.

A timed limit fails on a loaded machine and passes on a fast one; a ratio of two runs measured
side by side does neither: work linear in its input grows 4x from one size to four times it,
quadratic work 16x, and crafted text read in linear time costs about what ordinary text does.
"""
from __future__ import annotations

import gc
import time
from typing import Callable


def best_seconds(run: Callable[[], object], tries: int = 3, clock: Callable[[], float] = time.perf_counter) -> float:
    """The fastest of `tries` runs, so a pause of the shared machine counts less; `clock`
    time.process_time for work of a few milliseconds, which one pause would swamp."""
    times = []
    for _ in range(tries):
        started = clock()
        run()
        times.append(clock() - started)
    return min(times)


def growth(run: Callable[[int], object], small: int, tries: int = 3) -> float:
    """How many times longer `run(4 * small)` takes than `run(small)`: the fastest of each, the
    two sizes taking turns, in this process's CPU time, so the other work of a loaded shared
    machine (which made the wall clock's ratio 9 for linear work) slows neither."""
    fastest = [float("inf"), float("inf")]
    # the collector's passes cost in proportion to every object the test process holds (the whole
    # suite's, in a full run), not to the work measured: they made linear work's ratio 8.0 in CI
    gc.collect()
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        for _ in range(tries):
            for i, size in enumerate((small, 4 * small)):
                fastest[i] = min(fastest[i], best_seconds(lambda: run(size), 1, clock=time.process_time))
    finally:
        if was_enabled:
            gc.enable()
    return fastest[1] / fastest[0]


# Linear work grows 4x; allow noise, and still fail quadratic work (16x) by far.
LINEAR_GROWTH = 8
