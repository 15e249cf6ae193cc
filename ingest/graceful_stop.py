"""Ctrl-C, SIGTERM and SIGHUP during an ingest: the first asks the batch to stop and commit what it
has written; a second Ctrl-C stops at once."""
from __future__ import annotations

import os
import signal
import threading
from contextlib import contextmanager

# A service manager's stop (SIGTERM) and a closed terminal or ssh session (SIGHUP) end a batch as
# Ctrl-C does: SIGHUP's default ended it at once, without a summary or a report, and lost the
# files written since the last commit.
STOP_SIGNALS = (signal.SIGINT, signal.SIGTERM, signal.SIGHUP)


def stopping_message(signum: int) -> str:
    """What the batch says when asked to stop: only a Ctrl-C can be pressed again."""
    if signum == signal.SIGINT:
        return "Stopping: committing the files done so far (Ctrl-C again to stop at once)…"
    return f"Stopping on {signal.Signals(signum).name}: committing the files done so far…"


class GracefulStop:
    """The first Ctrl-C, SIGTERM or SIGHUP asks the batch to stop: the parsers are ended, and the
    files written so far get committed; a second Ctrl-C stops at once (the open batch is dropped)."""

    def __init__(self, say) -> None:
        self.say = say
        self.requested = False
        self._saved: dict[int, object] = {}
        self._pid = os.getpid()

    def _handle(self, signum, frame) -> None:
        if os.getpid() != self._pid:
            return  # a parser or writer process just forked, before it set its own handling
        if self.requested:
            if signum == signal.SIGINT:
                raise KeyboardInterrupt
            return  # asked already
        self.requested = True
        try:
            self.say(stopping_message(signum))
        except OSError:
            pass  # the terminal that closed (SIGHUP): the summary and the report still follow

    def __enter__(self) -> "GracefulStop":
        if threading.current_thread() is threading.main_thread():
            for signum in STOP_SIGNALS:
                if signal.getsignal(signum) is not signal.SIG_IGN:
                    self._saved[signum] = signal.signal(signum, self._handle)
        return self

    def __exit__(self, *exc) -> None:
        for signum, handler in self._saved.items():
            signal.signal(signum, handler)


@contextmanager
def stop_signals_as_ctrl_c():
    """SIGTERM (a service manager's stop, `kill PID`) and SIGHUP (a closed terminal) end what runs
    as Ctrl-C does, with KeyboardInterrupt: before GracefulStop takes over (finding the files,
    waiting for another ingest's lock) they ended the process with no word and no exit code of ours."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    pid = os.getpid()

    def interrupt(signum, frame) -> None:
        if os.getpid() == pid:  # not in a process just forked, before it set its own handling
            raise KeyboardInterrupt

    previous = {signum: signal.signal(signum, interrupt) for signum in STOP_SIGNALS[1:]
                if signal.getsignal(signum) is not signal.SIG_IGN}  # nohup's SIGHUP stays ignored
    try:
        yield
    finally:
        for signum, handler in previous.items():
            signal.signal(signum, handler)
