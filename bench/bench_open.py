"""What opening a searcher generation costs: the first search after every commit pays it.

    python -m bench.bench_open --index data/synth10k [--repeat 15]

Opens the index's newest generation again and again (a fresh SearchService each time, as after a
commit), and prints the median and p95 of the whole open (searcher, posting reader, facet tables)
and, where this checkout has it, of the tie-break order by document id alone (index.id_order).
Run it with PYTHONPATH at another checkout to compare.
"""
from __future__ import annotations

import argparse
import statistics
import time
from pathlib import Path


def _figures(times: list[float]) -> str:
    ordered = sorted(times)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    return f"median {statistics.median(ordered) * 1000:.1f} ms, p95 {p95 * 1000:.1f} ms"


def main(argv: list[str] | None = None) -> int:
    from index.search import SearchService

    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--index", type=Path, required=True)
    ap.add_argument("--repeat", type=int, default=15)
    args = ap.parse_args(argv)

    opens, orders = [], []
    documents = 0
    for _ in range(args.repeat):
        service = SearchService(args.index)
        started = time.perf_counter()
        documents = service.doc_count()
        opens.append(time.perf_counter() - started)
        try:
            from index.id_order import IdOrder
        except ImportError:
            IdOrder = None
        if IdOrder is not None:
            tables = service._gen.tables
            started = time.perf_counter()
            IdOrder(service._gen.searcher.reader(), tables.is_doc, tables.owner())
            orders.append(time.perf_counter() - started)
        service.close()
    print(f"{args.index}: {documents:,} documents, {args.repeat} opens")
    print(f"open a generation: {_figures(opens)}")
    if orders:
        print(f"  of which the order by document id: {_figures(orders)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
