"""Progress feedback: a one-line bar on a terminal, plain periodic lines otherwise."""
from __future__ import annotations

import shutil
import sys
import time


ETA_AFTER_SECONDS = 2.0


class FeedbackStream:
    """Where the batch's feedback goes. When its reader is gone (`ingest ... 2>&1 | head`, a
    terminal that hung up) further feedback is dropped: losing the progress lines must not end
    the batch, which has files to commit."""

    def __init__(self, stream) -> None:
        self.stream = stream
        self.gone = False
        self.mid_line = False  # a terminal's progress bar is drawn over and over on one line

    def write(self, text: str) -> None:
        if text:
            self.mid_line = not text.endswith("\n")
        self._attempt(self.stream.write, text)

    def line(self, text: str) -> None:
        """A message on a line of its own, below a progress bar rather than after it."""
        self.end_line()
        self.write(text + "\n")
        self.flush()

    def end_line(self) -> None:
        if self.mid_line:
            self.write("\n")

    def flush(self) -> None:
        self._attempt(self.stream.flush)

    def isatty(self) -> bool:
        return hasattr(self.stream, "isatty") and self.stream.isatty()

    def _attempt(self, operation, *args) -> None:
        if not self.gone:
            try:
                operation(*args)
            except (OSError, ValueError):  # a broken pipe, a hung-up terminal, a closed file
                self.gone = True


class Progress:
    def __init__(self, total_files: int, total_bytes: int, stream=None, interval: float = 5.0,
                 label: str = "progress", delay: float = 0.0) -> None:
        self.stream = stream or sys.stderr
        self.tty = hasattr(self.stream, "isatty") and self.stream.isatty()
        self.total_files = total_files
        self.total_bytes = max(total_bytes, 1)
        self.files = 0
        self.bytes = 0
        self.started = time.monotonic()
        self.interval = 0.2 if self.tty else interval
        self.label = label
        self.delay = delay  # nothing is shown for a step that ends sooner than this
        self._last = 0.0

    def advance(self, nbytes: int) -> None:
        self.files += 1
        self.bytes += nbytes
        now = time.monotonic()
        if now - self.started < self.delay:
            return
        if now - self._last >= self.interval or self.files == self.total_files:
            self._last = now
            self._draw(now)

    def _draw(self, now: float) -> None:
        elapsed = max(now - self.started, 1e-6)
        rate = self.files / elapsed
        rate_text = f"{rate:.1f}" if rate < 10 else f"{rate:.0f}"  # large files go by at under one a second
        mb = self.bytes / 1e6
        left = (self.total_bytes - self.bytes) / max(self.bytes / elapsed, 1e-6) if self.bytes else 0
        # the first seconds include the workers' start-up: a rate from them misleads
        settled = elapsed >= ETA_AFTER_SECONDS or self.files == self.total_files
        eta = f"{int(left // 60)}:{int(left % 60):02d}" if settled else "…"
        pct = self.bytes / self.total_bytes
        if self.tty:
            total_mb = f"{self.total_bytes / 1e6:.1f}"
            figures = f"{self.files}/{self.total_files} files, {mb:.1f}/{total_mb} MB, {rate_text} files/s, ETA {eta}"
            # one line that fits the terminal (a wrapped one is not redrawn by \r, it scrolls), with
            # a bar as wide as the longest figures allow, so it does not shift as they grow
            columns = shutil.get_terminal_size().columns - 1
            longest = len(f"{self.total_files}/{self.total_files} files, {total_mb}/{total_mb} MB, 9999 files/s, ETA 99:99")
            width = min(30, columns - len(self.label) - longest - 5)
            bar = f"[{'#' * int(pct * width):<{width}}] " if width >= 5 else ""
            self.stream.write(f"\r{f'{self.label}: {bar}{figures}'[:columns]:<{columns}}")
            if self.files == self.total_files:
                self.stream.write("\n")
        else:
            self.stream.write(f"{self.label}: {self.files}/{self.total_files} files, {mb:.1f} MB, "
                              f"{rate_text} files/s, {mb / elapsed:.1f} MB/s, ETA {eta}\n")
        self.stream.flush()
