"""Waitress's log lines, as an operator can use them.

Waitress warns «Task queue depth is N» each time a request waits for a free thread: about one line
a request under ordinary use by a staff, which looks like overload and buried the warning that
mattered (the connection limit reached). Those are counted here and said in one line a minute;
the connection-limit warning names the options that set it.
"""
from __future__ import annotations

import logging
import threading
import time

log = logging.getLogger(__name__)

QUEUE_LOGGER = "waitress.queue"
REPORT_SECONDS = 60.0
_LIMIT_REACHED = "total open connections reached the connection limit"


class QueueSummary(logging.Filter):
    """Takes waitress's queue-depth warnings off the log, and says them once every `every` seconds
    while there were some: how many requests waited for a thread, and the most at once."""

    def __init__(self, threads: int, every: float = REPORT_SECONDS) -> None:
        super().__init__()
        self.threads, self.every = threads, every
        self._lock = threading.Lock()
        self._waited = self._deepest = 0
        self._since = time.monotonic()
        self._stopped = threading.Event()
        self._reporter = threading.Thread(target=self._report_every, name="queue-summary", daemon=True)

    def filter(self, record: logging.LogRecord) -> bool:
        depth = record.args[0] if isinstance(record.args, tuple) and record.args else 1
        with self._lock:
            self._waited += 1
            self._deepest = max(self._deepest, int(depth))
        return False

    def report(self) -> None:
        with self._lock:
            waited, deepest, since = self._waited, self._deepest, self._since
            self._waited = self._deepest = 0
            self._since = time.monotonic()
        if waited:
            log.info("%d request(s) waited for a free thread in the last %.0f s (up to %d at once; --threads %d)",
                     waited, self._since - since, deepest, self.threads)

    def _report_every(self) -> None:
        while not self._stopped.wait(self.every):
            self.report()

    def start(self) -> QueueSummary:
        logging.getLogger(QUEUE_LOGGER).addFilter(self)
        self._reporter.start()
        return self

    def stop(self) -> None:
        """Say what the last minute held, and give waitress's logger back."""
        self._stopped.set()
        self._reporter.join()
        logging.getLogger(QUEUE_LOGGER).removeFilter(self)
        self.report()


class LimitNote(logging.Filter):
    """Adds to waitress's «connection limit reached» warning what it means and which options set it."""

    def __init__(self, connection_limit: int, channel_timeout: int) -> None:
        super().__init__()
        self.note = (f" ({connection_limit}, --connection-limit): new visitors wait until a connection closes; "
                     f"idle ones, and ones still sending a request, close after {channel_timeout} s (--channel-timeout)")

    def filter(self, record: logging.LogRecord) -> bool:
        if isinstance(record.msg, str) and record.msg.startswith(_LIMIT_REACHED):
            record.msg = _LIMIT_REACHED + self.note
        return True
