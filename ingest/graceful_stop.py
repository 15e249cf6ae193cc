"""Ctrl-C and SIGTERM during an ingest: the first asks the batch to stop and commit what it
has written; a second Ctrl-C stops at once."""
from __future__ import annotations

import os
import signal
import threading
from contextlib import contextmanager


class GracefulStop:
    """The first Ctrl-C or SIGTERM asks the batch to stop: the parsers are ended, and the files
    written so far get committed; a second Ctrl-C stops at once (the open batch is dropped)."""

    def __init__(self, say) -> None:
        self.say = say
        self.requested = False
        self._saved: dict[int, object] = {}
        self._pid = os.getpid()

    def _handle(self, signum, frame) -> None:
        if os.getpid() != self._pid:
            return  # a parser or writer process just forked, before it set its own handling
        if self.requested and signum == signal.SIGINT:
            raise KeyboardInterrupt
        self.requested = True
        self.say("Stopping: committing the files done so far (Ctrl-C again to stop at once)…")

    def __enter__(self) -> "GracefulStop":
        if threading.current_thread() is threading.main_thread():
            for signum in (signal.SIGINT, signal.SIGTERM):
                if signal.getsignal(signum) is not signal.SIG_IGN:
                    self._saved[signum] = signal.signal(signum, self._handle)
        return self

    def __exit__(self, *exc) -> None:
        for signum, handler in self._saved.items():
            signal.signal(signum, handler)


@contextmanager
def sigterm_as_ctrl_c():
    """SIGTERM (a service manager's stop, `kill PID`) ends what runs as Ctrl-C does, with
    KeyboardInterrupt: before GracefulStop takes over (finding the files, waiting for another
    ingest's lock) it ended the process with no word and no exit code of ours."""
    if threading.current_thread() is not threading.main_thread() or signal.getsignal(signal.SIGTERM) is signal.SIG_IGN:
        yield
        return
    pid = os.getpid()

    def interrupt(signum, frame) -> None:
        if os.getpid() == pid:  # not in a process just forked, before it set its own handling
            raise KeyboardInterrupt

    previous = signal.signal(signal.SIGTERM, interrupt)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)
