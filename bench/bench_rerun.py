"""A re-run over an archive that did not change: how long ingest spends finding out, reading
every file to hash it (the baseline, and what --force does) against the hashes kept from the
last run (ingest.hash_cache), measured in the same run.

    python -m bench.bench_rerun [--files 200] [--mb 5] [--repeat 3]

The files are random bytes: only their reading and hashing is timed, not their parsing. Before
each timed pass the page cache is dropped when this process may (root on Linux), so the files
come from the disk as on an archivist's first run of the day; otherwise they come from memory
and the baseline is the best case.
"""
from __future__ import annotations

import argparse
import os
import tempfile
import time
from pathlib import Path

from bench.common import median
from ingest.discover import discover
from ingest.hash_cache import HashCache, file_hash


def drop_page_cache() -> bool:
    try:
        os.sync()
        Path("/proc/sys/vm/drop_caches").write_text("3\n")
        return True
    except OSError:
        return False


def check(files, cache: HashCache | None) -> float:
    """Seconds to know every file's hash: as ingest asks the cache, or (None) by reading each."""
    started = time.perf_counter()
    for f in files:
        if cache:
            cache.content_hash(f.path)
        else:
            file_hash(f.path)
    return time.perf_counter() - started


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--files", type=int, default=200)
    ap.add_argument("--mb", type=float, default=5.0, help="size of each file")
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args(argv)
    with tempfile.TemporaryDirectory(dir=os.environ.get("TMPDIR", "/var/tmp")) as folder:
        root = Path(folder) / "archive"
        root.mkdir()
        size = int(args.mb * 1e6)
        for i in range(args.files):
            (root / f"report{i:05d}.pdf").write_bytes(os.urandom(size))
        past = time.time() - 3600  # an archive's files are older than the racy window
        for path in root.iterdir():
            os.utime(path, (past, past))
        files, _ = discover([root])
        cache = HashCache.load(Path(folder))
        check(files, cache)  # the first run fills the cache
        cache.save()
        dropped = []
        read_all, cached = [], []
        for _ in range(args.repeat):
            dropped.append(drop_page_cache())
            read_all.append(check(files, None))
            dropped.append(drop_page_cache())
            cached.append(check(files, HashCache.load(Path(folder))))
    total_gb = args.files * size / 1e9
    source = "from disk (page cache dropped)" if all(dropped) else "from the page cache (could not drop it)"
    print(f"{args.files} unchanged files, {total_gb:.2f} GB, read {source}; median of {args.repeat}")
    print(f"  reading and hashing every file (baseline, --force): {median(read_all):7.3f} s")
    print(f"  hashes kept from the last run:                       {median(cached):7.3f} s "
          f"({median(read_all) / max(median(cached), 1e-9):.0f}x faster)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
