"""The parser processes of an ingest: a pool that parses files on every core and always
finishes. A parser that crashes costs only the file it held (the others in flight are re-run
one at a time); one stuck in native code, where its time limit cannot reach it, is ended; one
that would exhaust the machine's memory fails its file instead (an address-space limit); and
a stopped batch ends its parsers at once.
"""
from __future__ import annotations

import multiprocessing
import os
import resource
import signal
import time
from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool

from index.processes import die_with_parent, pace_gc_for_batch
from ingest.parsers import load_parsers_for
from ingest.worker import Outcome, process_file

MIN_MEMORY_LIMIT = 1024 * 1024 * 1024  # bytes per parser process, whatever the machine
MAX_IDLE_BREAKS = 3  # process pools in a row that die with no file in hand
# A parser stuck inside C code (a regular expression backtracking, a native library looping)
# never sees its time limit's signal. When no file has finished for the time limit plus this
# grace, the stuck parser processes are ended and their files go through the crash handling.
STALL_GRACE = 10.0  # seconds


def run_pool(tasks: list, workers: int, time_limit: float, size_limit: int, memory_limit: int | None,
             stopping=lambda: False, keep_list_pages: bool = False):
    """Yield (Outcome, task) as `workers` parser processes finish the tasks (each with `path`,
    `root`, `content_hash` and `size`). When a worker dies (a crash, the OOM killer), the files
    it may have held are re-run one at a time, so only the file that kills a worker fails
    (worker_crashed) and every other file still gets its outcome. Ends, and ends the workers,
    within a second of `stopping()` turning true. `memory_limit`: bytes per parser (None: the
    default_memory_limit, 0: none)."""
    in_flight_max = workers * 4
    # Largest files first (popped from the end): a big file left for last would keep one core
    # busy while the others idle.
    pending = sorted(tasks, key=lambda t: t.size)
    load_parsers_for(t.path for t in tasks)  # before the fork: the parsers share what it imports
    suspects: list = []  # in flight when a worker died
    idle_breaks = 0  # pools in a row that broke with no file in hand
    while pending or suspects:
        if idle_breaks >= MAX_IDLE_BREAKS:  # workers that cannot even start: fail the rest, end the batch
            for task in reversed(suspects + pending):
                yield Outcome(task.path, reason="worker_crashed",
                              message="The parser processes kept dying before reaching this file."), task
            return
        parser_memory = default_memory_limit(workers) if memory_limit is None else memory_limit
        # fork, whatever the platform's default: a parser must be this process's child (it dies
        # with it) and start with the extraction tables already loaded
        with ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context("fork"),
                                 initializer=_start_worker, initargs=(os.getpid(), parser_memory)) as pool:
            running: dict = {}
            returned = False
            stalled = False  # this pool's processes were ended for making no progress
            last_progress = time.monotonic()
            try:
                while pending or suspects or running:
                    source, limit = (suspects, 1) if suspects else (pending, in_flight_max)
                    while source and len(running) < limit:
                        task = source.pop()
                        try:
                            fut = pool.submit(process_file, task.path, task.root, task.content_hash,
                                              time_limit, size_limit, parser_memory, keep_list_pages,
                                              task.dated_by)
                        except BrokenProcessPool:
                            source.append(task)  # never started
                            raise
                        running[fut] = task
                    _close_result_pipe_copy(pool)  # the first submit forked the parsers
                    done, _ = wait(running, timeout=1.0, return_when=FIRST_COMPLETED)
                    if not done and not stalled and _stalled(last_progress, time_limit):
                        stalled = True
                        _end_workers(pool)  # the pool breaks; its files are handled below
                    for fut in done:
                        if fut.exception() is not None:  # its worker died, or its result could not come back
                            raise BrokenProcessPool
                        returned = True
                        yield fut.result(), running.pop(fut)
                    if done:  # after the yields: a long commit in the caller is no parser's stall
                        last_progress = time.monotonic()
                    if stopping():  # not waiting for the files in the parsers' hands (a book takes a minute)
                        _end_workers(pool)
                        return
            except BrokenProcessPool:
                lost = []
                for fut, task in running.items():
                    if fut.done() and fut.exception() is None:
                        returned = True
                        yield fut.result(), task
                    else:
                        lost.append(task)
                idle_breaks = idle_breaks + 1 if not (returned or lost) else 0  # died with no file in hand
                if len(lost) == 1 and stalled:  # alone in flight: this file got its parser stuck
                    yield Outcome(lost[0].path, reason="timeout",
                                  message=f"Parsing took longer than the {time_limit:g} s limit for one file "
                                          "and did not stop; its parser process was ended."), lost[0]
                elif len(lost) == 1:  # alone in flight: this file killed the worker
                    yield Outcome(lost[0].path, reason="worker_crashed",
                                  message="The parser process died on this file (out of memory or a crash)."), lost[0]
                else:
                    suspects.extend(reversed(lost))
                continue
            except BaseException:
                # The batch was stopped (closed after a Ctrl-C, or a second Ctrl-C here): end the
                # workers now, or leaving the pool would wait for every file it was handed; what
                # they held is dropped with them. (Cancelled futures would make the pool's own
                # thread fail on a dead worker.)
                _end_workers(pool)
                raise
            break


def _stalled(last_progress: float, time_limit: float) -> bool:
    """No file has finished for longer than any parser may take (never, without a time limit)."""
    return time_limit > 0 and time.monotonic() - last_progress > time_limit + STALL_GRACE


def _end_workers(pool: ProcessPoolExecutor) -> None:
    """End the pool's parser processes now. One ended while sending its result leaves half a
    message in the result pipe, and the pool's reader would wait forever for the rest unless
    every copy of the pipe's write end is closed: the parsers' go with them, and this
    process's is closed (see _close_result_pipe_copy), so the pool breaks instead of hanging."""
    processes = list((getattr(pool, "_processes", None) or {}).values())
    for proc in processes:
        proc.kill()  # a parser holds nothing to save; SIGKILL also ends one not yet past its set-up
    for proc in processes:
        proc.join(timeout=10)
    _close_result_pipe_copy(pool)


def _close_result_pipe_copy(pool: ProcessPoolExecutor) -> None:
    """Close this process's copy of the write end of the pool's result pipe, once the parsers
    are forked (only they write to it). Kept open, it would also be inherited by every process
    forked later (the index's writer processes), and any one of them alive would keep the pipe
    open after the parsers are ended: a reader waiting for the rest of a cut message would then
    wait forever (a Ctrl-C while they were writing hung the batch so)."""
    results = getattr(pool, "_result_queue", None)
    if results is not None:
        results._writer.close()  # a second close does nothing


def default_memory_limit(workers: int) -> int:
    """Bytes one parser process may use: half the machine's memory shared among the parsers, at
    least MIN_MEMORY_LIMIT. A book-length text needs about 60 times its size while it is parsed."""
    try:
        physical = os.sysconf("SC_PHYS_PAGES") * os.sysconf("SC_PAGE_SIZE")
    except (ValueError, OSError):
        return 0
    return max(MIN_MEMORY_LIMIT, physical // 2 // max(1, workers))


def _start_worker(parent: int, memory_limit: int = 0) -> None:
    die_with_parent(parent)  # a killed ingest leaves no parser behind holding the index's locks
    pace_gc_for_batch()  # its morphology caches grow to millions of objects
    # Ctrl-C reaches the whole process group; only the main process decides how to stop.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    # Forked inside the batch, a worker inherits its graceful SIGTERM handler; the main process
    # ends workers with SIGTERM, which must end them.
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    if memory_limit > 0:
        # past it an allocation fails with MemoryError: that file fails (too_large), instead of the
        # kernel's OOM killer ending whichever process it picks (a writer, the web app). Counted on
        # top of the address space the process starts with, which libraries (a BLAS reserving
        # buffers per core) can make large on a big machine.
        soft, hard = resource.getrlimit(resource.RLIMIT_AS)
        limit = _address_space() + memory_limit
        resource.setrlimit(resource.RLIMIT_AS, (limit if hard == resource.RLIM_INFINITY else min(limit, hard), hard))


def _address_space() -> int:
    """This process's virtual memory size in bytes (0 where /proc does not say)."""
    try:
        with open("/proc/self/statm") as fh:
            return int(fh.read().split()[0]) * os.sysconf("SC_PAGE_SIZE")
    except (OSError, ValueError, IndexError):
        return 0
