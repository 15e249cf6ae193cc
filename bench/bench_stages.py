"""Where one document's ingest CPU goes: CPU milliseconds per document for each stage (parse by
format, extraction, analysis, writing) over bench_ingest's corpus, in this one process.

    python -m bench.bench_stages [--docs 600] [--repeat 3]

Reads the same synthetic 5 KB documents as bench_ingest (half windows-1251 .txt, half UTF-8
.html), with the garbage collector at ingest's pace. Two columns: the first pass over the corpus
(`cold`: the morphology and extraction caches fill as they do in a batch) and the median of
`--repeat` further passes over the same files (`warm`: every word seen before), each the
per-document mean. CPU time (not wall time), so other work on this shared machine disturbs the
figures less; compare them between runs, not with bench_ingest's wall figures. Writing runs one
segment of all documents, committed once (ingest commits every 1,000).
"""
from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

from bench.bench_ingest import make_text_corpus
from bench.common import median
from index.processes import batch_gc
from index.store import IndexWriter, pre_analyze_record
from ingest.build import build_record
from ingest.discover import discover
from ingest.parsers import parse_file

def one_pass(files) -> tuple[dict[str, list[float]], list]:
    """CPU seconds of each stage for each file, and the records built."""
    cpu = time.process_time
    stages: dict[str, list[float]] = {}
    records = []
    for ref in files:
        fmt = ref.path.rsplit(".", 1)[-1]
        t0 = cpu()
        parsed = parse_file(Path(ref.path))
        t1 = cpu()
        record = build_record(parsed, Path(ref.path), ref.root, "0" * 40)
        t2 = cpu()
        pre_analyze_record(record)
        t3 = cpu()
        for name, seconds in ((f"parse {fmt}", t1 - t0), ("extract", t2 - t1), ("analyze", t3 - t2)):
            stages.setdefault(name, []).append(seconds)
        records.append(record)
    return stages, records


def timed_write(records) -> float:
    with tempfile.TemporaryDirectory() as index:
        started = time.process_time()
        with IndexWriter(Path(index), batch_size=len(records) + 1) as writer:
            for record in records:
                writer.add(record, replace=False)
        return time.process_time() - started


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--docs", type=int, default=600)
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args(argv)
    with tempfile.TemporaryDirectory() as folder, batch_gc():
        make_text_corpus(Path(folder), args.docs)
        files, _ = discover([folder])
        one_pass(files[:1])  # imports and dictionaries
        per_pass: dict[str, list[float]] = {}
        for _ in range(1 + args.repeat):
            stages, records = one_pass(files)
            for name, values in stages.items():
                per_pass.setdefault(name, []).append(sum(values) / len(values) * 1000)
            per_pass.setdefault("write", []).append(timed_write(records) / len(records) * 1000)
    print(f"CPU ms per document, {len(files)} documents: the first pass (cold caches) and the median "
          f"of {args.repeat} more (warm)")
    print(f"  {'stage':<11} {'cold':>6} {'warm':>6}")
    totals = [0.0, 0.0]
    for name in ("parse txt", "parse html", "extract", "analyze", "write"):
        values = per_pass.get(name, [0.0, 0.0])
        figures = (values[0], median(values[1:]))
        for i, value in enumerate(figures):
            # parse figures are per file of that format; half the corpus is each
            totals[i] += value / 2 if name.startswith("parse") else value
        print(f"  {name:<11} {figures[0]:6.2f} {figures[1]:6.2f}")
    print(f"  {'all':<11} {totals[0]:6.2f} {totals[1]:6.2f}  (parse weighted by the corpus's mix)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
