"""Timing helpers shared by the benchmark scripts (no whoosh here: only index/ imports it)."""
from __future__ import annotations

import math
import time
from collections.abc import Callable, Sequence


def median(values: Sequence[float]) -> float:
    if not values:
        return float("nan")
    s = sorted(values)
    n = len(s)
    mid = n // 2
    return s[mid] if n % 2 else (s[mid - 1] + s[mid]) / 2


def percentile(values: Sequence[float], q: float) -> float:
    """The q-th percentile (0..100), linear interpolation between closest ranks (numpy's default)."""
    if not values:
        return float("nan")
    s = sorted(values)
    if len(s) == 1:
        return s[0]
    pos = (len(s) - 1) * q / 100.0
    lo = math.floor(pos)
    hi = min(lo + 1, len(s) - 1)
    return s[lo] + (s[hi] - s[lo]) * (pos - lo)


def p95(values: Sequence[float]) -> float:
    return percentile(values, 95)


def time_ms(fn: Callable[[], object]) -> tuple[float, object]:
    """(elapsed milliseconds, return value) of one call."""
    t = time.perf_counter()
    out = fn()
    return (time.perf_counter() - t) * 1000.0, out


def summary(values: Sequence[float]) -> dict[str, float]:
    return {
        "n": len(values),
        "median_ms": round(median(values), 3),
        "p95_ms": round(p95(values), 3),
        "max_ms": round(max(values), 3) if values else float("nan"),
        "mean_ms": round(sum(values) / len(values), 3) if values else float("nan"),
    }


def proc_status_kb(key: str) -> int | None:
    """A field of /proc/self/status in kB (VmRSS, VmHWM...), None where /proc is missing."""
    try:
        with open("/proc/self/status", encoding="ascii") as f:
            for line in f:
                if line.startswith(key + ":"):
                    return int(line.split()[1])
    except OSError:
        return None
    return None


def rss_mb() -> float | None:
    kb = proc_status_kb("VmRSS")
    return kb / 1024.0 if kb is not None else None


def peak_rss_mb() -> float | None:
    kb = proc_status_kb("VmHWM")
    return kb / 1024.0 if kb is not None else None


def dir_size_mb(path) -> float:
    from pathlib import Path

    return sum(p.stat().st_size for p in Path(path).rglob("*") if p.is_file()) / (1024 * 1024)
