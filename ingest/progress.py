"""Progress feedback: a one-line bar on a terminal, plain periodic lines otherwise."""
from __future__ import annotations

import os
import sys
import time


# A megabyte, as every figure shown counts it and --size-limit and --memory-limit take it: one
# unit, so the progress line and a too_large failure give the same file the same size
MB = 1 << 20

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

    def fileno(self) -> int:
        return self.stream.fileno()

    def _attempt(self, operation, *args) -> None:
        if not self.gone:
            try:
                operation(*args)
            except (OSError, ValueError):  # a broken pipe, a hung-up terminal, a closed file
                self.gone = True


def terminal_columns(stream) -> int:
    """The width of the terminal `stream` writes to: the bar's own (stderr), which need not be
    stdout's (`ingest … > summary.txt` on a narrow window). $COLUMNS wins, as for shutil's. A
    width of 0 means unknown, as shutil takes it (a pty given no size: `script`, `docker exec
    -t`, some CI runners), and 80 is used: it made the bar's width -1, a traceback."""
    try:
        columns = int(os.environ["COLUMNS"])
    except (KeyError, ValueError):
        columns = 0
    if columns <= 0:
        try:
            columns = os.get_terminal_size(stream.fileno()).columns
        except (AttributeError, OSError, ValueError):
            columns = 0
    return columns if columns > 0 else 80


class RemainingTime:
    """Seconds left in a batch, from what its files cost so far per file and per byte.

    The parsers take the largest files first. A rate in bytes alone then promises the many small
    files at the end far too soon (1 s said, 4.4 s left), and one in files alone the first large
    ones far too late. The cost of a file is fitted as a + b * size by least squares over the
    progress seen so far. Until the fit can tell a from b, the two plain estimates (by files, by
    bytes) are used only when they roughly agree (the files are alike); when they do not (a few
    large files came first: 1 file of 8 MB in 26 s made 601 small ones «ETA 4:18:46» for a batch
    of 100 s), no estimate is given until three samples are in, then the smaller one."""

    SAMPLE_EVERY = 0.2  # seconds
    AGREE = 2.0  # the plain estimates by files and by bytes agree when within this factor

    def __init__(self) -> None:
        self.samples: list[tuple[float, int, float]] = []  # (seconds, files, MB) since the start

    def add(self, seconds: float, files: int, nbytes: int) -> None:
        if not self.samples or seconds - self.samples[-1][0] >= self.SAMPLE_EVERY:
            self.samples.append((seconds, files, nbytes / MB))

    def estimate(self, seconds: float, files: int, nbytes: int, files_left: int,
                 bytes_left: int) -> float | None:
        """Seconds left, or None while nothing trustworthy can be said."""
        mb_left = bytes_left / MB
        if files_left == 0:
            return 0.0
        fitted = self._fit()
        if fitted is not None:
            a, b = fitted
            return files_left * a + mb_left * b
        by_files = files_left * seconds / files if files else 0.0
        if not nbytes:  # only empty files so far: their count is all there is to go by
            return by_files
        by_bytes = mb_left * seconds / (nbytes / MB)
        low, high = sorted((by_files, by_bytes))
        if high <= low * self.AGREE:
            return high
        # the files done so far are unlike those left: their per-file cost is no guide
        return low if len(self.samples) >= 3 else None

    def _fit(self) -> tuple[float, float] | None:
        """(seconds per file, seconds per MB) from the samples' differences to the first one (which
        holds the workers' start-up), or None when they cannot be told apart."""
        if len(self.samples) < 3:
            return None
        t0, f0, m0 = self.samples[0]
        sff = sfm = smm = sft = smt = 0.0
        for t, f, m in self.samples[1:]:
            df, dm, dt = f - f0, m - m0, t - t0
            sff += df * df
            sfm += df * dm
            smm += dm * dm
            sft += df * dt
            smt += dm * dt
        det = sff * smm - sfm * sfm
        if det <= 1e-9 * sff * smm:  # every file alike so far: files and bytes say the same
            return None
        a = (sft * smm - smt * sfm) / det
        b = (smt * sff - sft * sfm) / det
        return (a, b) if a >= 0 and b >= 0 else None


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
        self.remaining = RemainingTime()

    def advance(self, nbytes: int) -> None:
        self.files += 1
        self.bytes += nbytes
        now = time.monotonic()
        self.remaining.add(now - self.started, self.files, self.bytes)
        if now - self.started < self.delay:
            return
        if now - self._last >= self.interval or self.files == self.total_files:
            self._last = now
            self._draw(now)

    def _draw(self, now: float) -> None:
        elapsed = max(now - self.started, 1e-6)
        rate = self.files / elapsed
        rate_text = f"{rate:.1f}" if rate < 10 else f"{rate:.0f}"  # large files go by at under one a second
        mb = self.bytes / MB
        left = self.remaining.estimate(elapsed, self.files, self.bytes, self.total_files - self.files,
                                       max(self.total_bytes - self.bytes, 0))
        # the first seconds include the workers' start-up: a rate from them misleads
        settled = elapsed >= ETA_AFTER_SECONDS or self.files == self.total_files
        eta = _clock(left) if settled and left is not None else "…"
        if self.tty:
            self._draw_bar(mb, rate_text, eta)
        else:
            self.stream.write(f"{self.label}: {self.files}/{self.total_files} files, {mb:.1f} MB, "
                              f"{rate_text} files/s, {mb / elapsed:.1f} MB/s, ETA {eta}\n")
        self.stream.flush()

    def _draw_bar(self, mb: float, rate_text: str, eta: str) -> None:
        """One line that fits the terminal (a wrapped one is not redrawn by \\r, it scrolls): the
        fullest figures that fit, and a bar as wide as the longest of them allow, so it does not
        shift as they grow."""
        columns = terminal_columns(self.stream) - 1
        total_mb = f"{self.total_bytes / MB:.1f}"
        files, most = f"{self.files}/{self.total_files}", f"{self.total_files}/{self.total_files}"
        forms = [  # (figures, their longest version), fullest first
            (f"{files} files, {mb:.1f}/{total_mb} MB, {rate_text} files/s, ETA {eta}",
             f"{most} files, {total_mb}/{total_mb} MB, 9999 files/s, ETA 99:99"),
            (f"{files} files, {rate_text} files/s, ETA {eta}", f"{most} files, 9999 files/s, ETA 99:99"),
            (f"{files} files, ETA {eta}", f"{most} files, ETA 99:99"),
            (f"{files}, ETA {eta}", f"{most}, ETA 99:99"),
        ]
        prefix = f"{self.label}: "
        figures, longest = next(((f, n) for f, n in forms if len(prefix) + len(n) <= columns), forms[-1])
        width = min(30, columns - len(prefix) - len(longest) - 3)
        bar = f"[{'#' * int(self.bytes / self.total_bytes * width):<{width}}] " if width >= 5 else ""
        self.stream.write(f"\r{(prefix + bar + figures)[:columns]:<{columns}}")
        if self.files == self.total_files:
            self.stream.write("\n")


def _clock(seconds: float) -> str:
    """m:ss, or h:mm:ss from an hour on."""
    seconds = int(seconds)
    hours, rest = divmod(seconds, 3600)
    return f"{hours}:{rest // 60:02d}:{rest % 60:02d}" if hours else f"{rest // 60}:{rest % 60:02d}"
