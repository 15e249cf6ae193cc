"""The lines a command prints once its work is done, on a terminal that may be gone.

A closed terminal or a dropped ssh session makes every write to it fail (EIO). An ingest stopped
by that hang-up, or one that ignores it (`nohup`, `trap '' HUP`, a script that outlives it), has
committed its files and written its report by then: a failed print must not turn that outcome
into a traceback and exit 1.
"""
from __future__ import annotations

import os
import signal
import sys
import threading
from contextlib import contextmanager


def say(text: str, stream=None) -> bool:
    """Print `text` on `stream` (stdout); False when it cannot be written any more, and the
    stream is muted: later prints, and Python's own flush at exit, write nothing instead of
    failing again."""
    stream = stream or sys.stdout
    try:
        print(text, file=stream, flush=True)
        return True
    except OSError:
        _mute(stream)
        return False


def say_somewhere(text: str) -> None:
    """Print `text` on stdout, or on stderr when stdout is gone (stderr may be a log file)."""
    if not say(text, sys.stdout):
        say(text, sys.stderr)


def _mute(stream) -> None:
    try:
        os.dup2(os.open(os.devnull, os.O_WRONLY), stream.fileno())
    except (OSError, ValueError, AttributeError):  # no file descriptor (a test's capture): nothing to flush later
        pass


@contextmanager
def hang_up_ignored():
    """While the outcome is printed, a terminal closing is no reason to end: the batch is over,
    and the prints that fail are muted (say). Its default would end the process by the signal."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = signal.signal(signal.SIGHUP, signal.SIG_IGN)
    try:
        yield
    finally:
        signal.signal(signal.SIGHUP, previous)
