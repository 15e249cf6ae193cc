"""Segment merging: this index's streamed merge against Whoosh's own, on the same segments.

    python -m bench.bench_merge [--docs 5000] [--per-segment 200] [--repeat 3]

A long ingest commits every 1,000 files, and each commit adds a segment per writer process;
Whoosh's merge policy then folds small segments into larger ones, which rewrites every
document once or more. This builds `--docs` synthetic documents (bench.synth_corpus, with their
paragraph records) into segments of `--per-segment` documents, never merged, then times merging
them all into one (a copy each time), two ways:
  baseline   Whoosh's SegmentWriter (every posting through its pool, sorted, re-added)
  ours       index.segment_builder.BulkSegmentWriter (posting blocks streamed term by term)
and checks that both merged indexes find the same documents for a few queries as the unmerged
one, and whether their scores stayed the same (Whoosh's merge sums one-byte field lengths into the
totals BM25 averages over, so its scores drift; ours keeps the totals exact).
Each figure is the median of `--repeat` runs; the machine is shared: quote the ratio.
"""
from __future__ import annotations

import argparse
import shutil
import tempfile
import time
from pathlib import Path

from bench.common import median
from bench.synth_corpus import generate
from index.search import SearchRequest, SearchService
from index.store import IndexWriter, open_index, pre_analyze_record

QUERIES = ("ассамблея", "народ единство", "\"народа казахстана\"", "молодежь -спорт")


def build_unmerged(index: Path, docs: int, per_segment: int) -> int:
    """`docs` documents in segments of `per_segment`, committed without merging; returns the count."""
    with IndexWriter(index, create=True, rebuild=True, batch_size=10**9) as writer:
        for n, record in enumerate(generate(docs), 1):
            pre_analyze_record(record)  # as ingest's parser processes do
            writer.add(record, replace=False)
            if n % per_segment == 0:
                writer._writer.commit(merge=False)
                writer._writer = None
    return len(open_index(index)._segments())


def timed_merge(source: Path, work: Path, whoosh_own: bool) -> float:
    from whoosh.writing import SegmentWriter

    from index.writers import _Codec, segment_writer

    shutil.rmtree(work, ignore_errors=True)
    shutil.copytree(source, work)
    ix = open_index(work)
    writer = SegmentWriter(ix, codec=_Codec(), limitmb=256) if whoosh_own else segment_writer(ix, limitmb=256)
    started = time.perf_counter()
    writer.commit(optimize=True)
    return time.perf_counter() - started


def answers(index: Path) -> tuple[list, list]:
    """(documents found, the top 100 with their scores) for each query."""
    service = SearchService(index)
    try:
        found = [service.search(SearchRequest(q, per_page=100, facets=False, highlight=False)) for q in QUERIES]
        return ([r.total for r in found],
                [sorted((h.doc_id, round(h.score or 0.0, 6)) for h in r.hits) for r in found])
    finally:
        service.close()


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--docs", type=int, default=5000)
    ap.add_argument("--per-segment", type=int, default=200)
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args(argv)

    work = Path(tempfile.mkdtemp(prefix="bench-merge-"))
    try:
        source = work / "unmerged"
        started = time.perf_counter()
        segments = build_unmerged(source, args.docs, args.per_segment)
        records = open_index(source).doc_count_all()
        print(f"{args.docs} documents ({records} records with their paragraphs) in {segments} segments, "
              f"built in {time.perf_counter() - started:.1f} s")
        before = answers(source)
        seconds = {}
        for label, whoosh_own in (("baseline", True), ("ours", False)):
            seconds[label] = median([timed_merge(source, work / label, whoosh_own) for _ in range(args.repeat)])
            docs, scores = answers(work / label)
            print(f"  {label:<9} {seconds[label]:7.2f} s  {args.docs / seconds[label]:7.1f} docs/s merged;"
                  f" as many documents as unmerged: {'yes' if docs == before[0] else 'NO'},"
                  f" same scores: {'yes' if scores == before[1] else 'no'}")
        print(f"ours: x{seconds['baseline'] / seconds['ours']:.2f} vs baseline")
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
