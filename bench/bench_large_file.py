"""One large file: does ingest cost grow in step with its size? Seconds per MB for each stage
(parse, extraction, analysis, writing) and the process's peak memory, for plain-text files of
growing size, beside the smallest as the baseline measured in the same run.

    python -m bench.bench_large_file [--sizes 1 4 16] [--repeat 1]

A file is synthetic Russian running text (bench.synth_corpus: distinct documents one after
another, so names and vocabulary keep growing as they do in a yearbook). Each size runs in a
fresh process (so its peak memory is its own); each figure is the median of `--repeat` runs.
A per-MB ratio near 1.0 against the smallest file means the stage scales linearly; a ratio that
grows with the size is a quadratic step waiting for a book-length file (one took 114 s of its
120 s limit in extraction before passage speakers were found in one pass).
"""
from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.common import median
from bench.synth_corpus import generate

ROOT = Path(__file__).resolve().parent.parent
STAGES = ("parse", "extract", "analyze", "write")


def make_file(path: Path, megabytes: float) -> int:
    """Paragraphs of synthetic documents up to `megabytes` of UTF-8; returns the bytes written."""
    target = int(megabytes * 1_000_000)
    size = 0
    with open(path, "w", encoding="utf-8") as fh:
        for record in generate(10**7):
            for p in record.passages:
                chunk = p.text + "\n\n"
                fh.write(chunk)
                size += len(chunk.encode("utf-8"))
                if size >= target:
                    return size
    return size


def measure(path: Path) -> dict:
    """Seconds of each stage for one file, in this process, and the peak memory (MB)."""
    from index.store import IndexWriter, pre_analyze_record
    from ingest.build import build_record
    from ingest.parsers import parse_file
    from ingest.hash_cache import file_hash

    seconds = {}
    started = time.perf_counter()
    parsed = parse_file(path)
    seconds["parse"] = time.perf_counter() - started
    started = time.perf_counter()
    record = build_record(parsed, path, str(path.parent), file_hash(path))
    seconds["extract"] = time.perf_counter() - started
    started = time.perf_counter()
    pre_analyze_record(record)
    seconds["analyze"] = time.perf_counter() - started
    with tempfile.TemporaryDirectory() as index:
        started = time.perf_counter()
        with IndexWriter(Path(index), create=True) as writer:
            writer.add(record, replace=False)
        seconds["write"] = time.perf_counter() - started
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {"seconds": seconds, "peak_mb": peak_mb, "passages": len(record.passages)}


def run_fresh(path: Path) -> dict:
    proc = subprocess.run([sys.executable, "-m", "bench.bench_large_file", "--measure", str(path)],
                          capture_output=True, text=True, cwd=ROOT)
    if proc.returncode != 0:
        raise SystemExit(f"measuring {path} failed:\n{proc.stderr}")
    return json.loads(proc.stdout)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", type=float, nargs="+", default=[1, 4, 16], help="file sizes in MB")
    ap.add_argument("--repeat", type=int, default=1)
    ap.add_argument("--measure", type=Path, help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.measure:
        print(json.dumps(measure(args.measure)))
        return 0

    rows = []
    with tempfile.TemporaryDirectory() as folder:
        for megabytes in sorted(args.sizes):
            path = Path(folder) / f"book-{megabytes:g}mb.txt"
            size_mb = make_file(path, megabytes) / 1e6
            runs = [run_fresh(path) for _ in range(args.repeat)]
            per_mb = {s: median([r["seconds"][s] for r in runs]) / size_mb for s in STAGES}
            rows.append((size_mb, runs[0]["passages"], per_mb, median([r["peak_mb"] for r in runs])))
            path.unlink()

    base = rows[0][2]
    print(f"one plain-text file per size, fresh process each, median of {args.repeat}; seconds per MB "
          f"(x: against the {rows[0][0]:.1f} MB file)")
    print(f"{'MB':>6} {'passages':>9} " + " ".join(f"{s:>16}" for s in STAGES) + f" {'total s':>8} {'peak MB':>8}")
    for size_mb, passages, per_mb, peak in rows:
        cells = " ".join(f"{per_mb[s]:7.2f} ({per_mb[s] / base[s]:4.2f}x)" for s in STAGES)
        total = sum(per_mb.values()) * size_mb
        print(f"{size_mb:6.1f} {passages:9d} {cells} {total:8.1f} {peak:8.0f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
