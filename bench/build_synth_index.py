"""Build a synthetic index for the benchmarks.

    python -m bench.build_synth_index --count 100000 --index data/synth100k [--procs 2] [--force]

Skips the build when the index already holds exactly that many documents (unless --force).
Prints documents per second and the size of the index on disk.
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from bench.common import dir_size_mb, peak_rss_mb
from bench.synth_corpus import DEFAULT_SEED, SyntheticCorpus


def existing_doc_count(index_dir: Path) -> int | None:
    from index.errors import IndexUnavailable
    from index.search import SearchService

    if not index_dir.exists():
        return None
    svc = SearchService(index_dir)
    try:
        return svc.doc_count()
    except IndexUnavailable:
        return None
    finally:
        svc.close()


def build(count: int, index_dir: Path, procs: int, batch_size: int, seed: int, limitmb: int) -> None:
    from index.store import IndexWriter

    t0 = time.perf_counter()
    corpus = SyntheticCorpus(seed)
    print(f"vocabulary ready in {time.perf_counter() - t0:.1f} s", flush=True)
    t0 = time.perf_counter()
    last = t0
    n = 0
    with IndexWriter(index_dir, create=True, rebuild=True, batch_size=batch_size, procs=procs, limitmb=limitmb) as w:
        for rec in corpus.documents(count):
            w.add(rec, replace=False)  # fresh index, unique doc_ids
            n += 1
            if n % 1000 == 0:
                now = time.perf_counter()
                if now - last >= 30 or n % 10_000 == 0:
                    print(f"  {n:>8,} docs  {n / (now - t0):7.1f} docs/s  {now - t0:7.1f} s", flush=True)
                    last = now
        t_added = time.perf_counter()
    elapsed = time.perf_counter() - t0
    print(
        f"built {n:,} documents in {elapsed:.1f} s: {n / elapsed:.1f} docs/s "
        f"(final commit {elapsed - (t_added - t0):.1f} s)"
    )
    print(f"index size: {dir_size_mb(index_dir):.1f} MB at {index_dir}")
    peak = peak_rss_mb()
    if peak is not None:
        print(f"builder peak RSS (this process; worker processes not counted): {peak:.0f} MB")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--count", type=int, default=100_000)
    ap.add_argument("--index", type=Path, required=True, help="index folder (created or rebuilt)")
    ap.add_argument("--procs", type=int, default=2, help="writer processes (>1: multisegment writer)")
    ap.add_argument("--batch-size", type=int, default=2000, help="documents per commit")
    ap.add_argument("--limitmb", type=int, default=256, help="Whoosh writer memory per process")
    ap.add_argument("--seed", type=int, default=DEFAULT_SEED)
    ap.add_argument("--force", action="store_true", help="rebuild even if the index holds --count documents")
    args = ap.parse_args(argv)

    have = existing_doc_count(args.index)
    if have == args.count and not args.force:
        print(f"{args.index} already holds {have:,} documents; skipping the build (use --force to rebuild)")
        print(f"index size: {dir_size_mb(args.index):.1f} MB")
        return 0
    if have is not None:
        print(f"{args.index} holds {have:,} documents, want {args.count:,}: rebuilding")
    build(args.count, args.index, args.procs, args.batch_size, args.seed, args.limitmb)
    return 0


if __name__ == "__main__":
    sys.exit(main())
