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
    stream = stream if stream is not None else sys.stdout
    if stream is None:  # closed before the command started (`>&-`): Python has no stream for it
        return False
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


class OutputFailed(Exception):
    """The command's output could not be written: a full disk, a closed stdout, a reader that left
    (`| head`), or an encoding that cannot hold its letters. `reason` says which, in words."""

    def __init__(self, reason: str, reader_left: bool = False) -> None:
        super().__init__(reason)
        self.reader_left = reader_left


class GuardedOutput:
    """Standard output for a command whose output is its result (search, stats): a write or flush
    that fails raises OutputFailed, which main says in one sentence (not a traceback, nor Python's
    «Exception ignored» at its final flush and exit 120)."""

    def __init__(self, stream) -> None:
        self.stream = stream

    def write(self, text: str) -> int:
        return self._done(lambda stream: stream.write(text))

    def flush(self) -> None:
        self._done(lambda stream: stream.flush())

    def isatty(self) -> bool:
        return self.stream is not None and self.stream.isatty()

    def __getattr__(self, name):
        return getattr(self.stream, name)

    def _done(self, action):
        if self.stream is None:
            raise OutputFailed("standard output is closed")
        try:
            return action(self.stream)
        except BrokenPipeError:
            _mute(self.stream)  # what is still buffered goes nowhere at exit, instead of failing again
            raise OutputFailed("the reader left", reader_left=True) from None
        except OSError as exc:
            _mute(self.stream)
            raise OutputFailed(exc.strerror or str(exc)) from None
        except UnicodeEncodeError:
            _mute(self.stream)  # no half of the output: the lines before it are in its buffer
            raise OutputFailed(f"standard output is set to {self.stream.encoding} ($PYTHONIOENCODING or the locale), "
                               "which cannot hold the letters of the output; set PYTHONIOENCODING=utf-8") from None


class QuietErrors:
    """Standard error for a command: its messages and progress are a log, not its result. One that
    cannot be written (a log on a full disk, a reader gone from `2>&1 | head`, `2>&-`) is muted,
    and the command goes on to its work and its own exit code: the fork of the parsers flushed it
    and raised (nothing indexed), and Python's final flush made any exit 120."""

    def __init__(self, stream) -> None:
        self.stream = stream
        self.gone = stream is None

    def write(self, text: str) -> int:
        self._attempt(lambda stream: stream.write(text))
        return len(text)

    def flush(self) -> None:
        self._attempt(lambda stream: stream.flush())

    def isatty(self) -> bool:
        return not self.gone and self.stream.isatty()

    def __getattr__(self, name):
        return getattr(self.stream, name)

    def _attempt(self, action) -> None:
        if self.gone:
            return
        try:
            action(self.stream)
        except (OSError, ValueError):
            self.gone = True
            _mute(self.stream)  # what is still buffered goes nowhere at exit, instead of failing again


def standard_descriptors_held() -> None:
    """Descriptors 0-2 closed when the command started (`2>&-`) are held on /dev/null: the first
    files opened would get them, and a write meant for stderr (a worker's, a library's) would land
    in the index's lock or a segment."""
    for fd in (0, 1, 2):
        try:
            os.fstat(fd)
        except OSError:
            held = os.open(os.devnull, os.O_RDWR)
            if held != fd:  # lower ones are open: os.open took the lowest free one
                os.dup2(held, fd)
                os.close(held)
