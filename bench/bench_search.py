"""Search latency benchmark: our SearchService against the naive Whoosh way.

    python -m bench.bench_search --index data/synth100k [--queries 200] [--baseline-sample 50] [--json FILE]

The query set comes from the index itself, deterministically (fixed seed, evenly spaced sample
of stored documents): common words (in 10-50% of documents), rare words (in at most 0.1%, at
least one), and two- and three-word queries whose words co-occur in one sentence of a document.

Modes, each timed after a warm-up, per query (milliseconds, wall clock, one thread):
  plain     top-10 by relevance, no facets, no highlights
  full      top-10 + all facets + highlighted snippets   (what the search page asks)
  browse    empty query: newest documents + all facets     (the landing page), repeated
  made-up   500 characters of made-up words, as the search page asks: every word unknown, so each
            is looked up for «Возможно, вы имели в виду» (a made-up query of another seed runs
            first, alone: it reads the terms of the letters it meets, once per index generation)
  baseline  index.baseline.groupedby_search: Whoosh groupedby facets + hit.highlights, on a
            deterministic stratified sub-sample of the queries (it is slow)
Bars at 100k documents: full p95 <= 100 ms and >= 20x faster than baseline at p95; browse p95
<= 150 ms; the process's RSS <= 1 GB after everything ran.
"""
from __future__ import annotations

import argparse
import json
import random
import re
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

from bench.common import dir_size_mb, p95, peak_rss_mb, proc_status_kb, rss_mb, summary, time_ms

SEED = 7
CLASSES = ("common", "rare", "two-word", "three-word")
CLASS_SHARE = {"common": 0.3, "rare": 0.25, "two-word": 0.25, "three-word": 0.2}
WORD_RE = re.compile(r"[а-яё]{3,}(?:-[а-яё]+)*")  # words of 3+ letters: no initials
SENTENCE_RE = re.compile(r"[^.!?…]+")
BROWSE_REPEATS = 40
MADE_UP_QUERIES = 20
BARS = {"full_p95_ms": 100.0, "speedup_p95": 20.0, "browse_p95_ms": 150.0, "rss_mb": 1024.0}


# -- query set ---------------------------------------------------------------------------------
def build_queries(svc, n_queries: int, sample_docs: int = 3000, seed: int = SEED) -> tuple[list[tuple[str, str]], dict]:
    """[(class, query text)], and facts about how they were chosen."""
    from index.analysis import analyze_terms
    from index.baseline import sample_stored_texts, term_doc_frequencies
    from index.search import SearchRequest

    rng = random.Random(seed)
    n_docs = svc.doc_count()
    searcher, _parse = svc.searcher_for_baseline()
    dfs = term_doc_frequencies(searcher, "content")
    texts = sample_stored_texts(searcher, min(sample_docs, n_docs))

    surface = Counter()
    for text in texts:
        surface.update(WORD_RE.findall(text.lower()))
    term_cache: dict[str, str | None] = {}

    def term_of(word: str) -> str | None:
        if word not in term_cache:
            terms = list(dict.fromkeys(analyze_terms(word)))
            term_cache[word] = terms[0] if len(terms) == 1 else None
        return term_cache[word]

    best_form: dict[str, tuple[int, str]] = {}
    for word, c in surface.items():
        t = term_of(word)
        if t is None or t not in dfs:
            continue
        if t not in best_form or (c, word) > best_form[t]:
            best_form[t] = (c, word)

    want = {cls: max(1, round(n_queries * CLASS_SHARE[cls])) for cls in CLASSES}
    want["common"] += n_queries - sum(want.values())

    def pick(terms: list[str], k: int) -> list[str]:
        terms = sorted(terms)
        return rng.sample(terms, min(k, len(terms)))

    # Draw a surplus, verify through the service below, keep `want` per class.
    extra = {cls: k + max(5, k // 3) for cls, k in want.items()}
    common = pick([t for t in best_form if 0.10 * n_docs <= dfs[t] <= 0.50 * n_docs], extra["common"])
    rare_max = max(1, int(0.001 * n_docs))
    rare = pick([t for t in best_form if 1 <= dfs[t] <= rare_max], extra["rare"])
    queries = [("common", best_form[t][1]) for t in common] + [("rare", best_form[t][1]) for t in rare]

    # Multi-word: content words (in 0.5%..50% of documents) that share a sentence.
    lo, hi = max(2, 0.005 * n_docs), 0.50 * n_docs
    order = list(range(len(texts)))
    rng.shuffle(order)
    seen: set[str] = set()
    for cls, k in (("two-word", 2), ("three-word", 3)):
        got = 0
        for i in order:
            if got >= extra[cls]:
                break
            sentences = [s for s in SENTENCE_RE.findall(texts[i].lower()) if len(s) > 40]
            if not sentences:
                continue
            sentence = sentences[rng.randrange(len(sentences))]
            words = []
            terms_in = set()
            for w in WORD_RE.findall(sentence):
                t = term_of(w)
                if t and t not in terms_in and lo <= dfs.get(t, 0) <= hi:
                    terms_in.add(t)
                    words.append(w)
            if len(words) < k:
                continue
            q = " ".join(rng.sample(words, k))
            if q in seen:
                continue
            seen.add(q)
            queries.append((cls, q))
            got += 1

    # Every query must find something through the real service (and so exercise the code path).
    kept = []
    totals: dict[str, list[int]] = defaultdict(list)
    for cls, q in queries:
        if len(totals[cls]) >= want[cls]:
            continue
        res = svc.search(SearchRequest(query=q, facets=False, highlight=False))
        if res.error or res.total == 0:
            continue
        kept.append((cls, q))
        totals[cls].append(res.total)
    facts = {
        "documents": n_docs,
        "content_terms": len(dfs),
        "sampled_documents": len(texts),
        "rare_max_df": rare_max,
        "per_class": {
            cls: {
                "queries": len(totals[cls]),
                "hits_median": sorted(totals[cls])[len(totals[cls]) // 2] if totals[cls] else 0,
                "hits_min": min(totals[cls], default=0),
                "hits_max": max(totals[cls], default=0),
            }
            for cls in CLASSES
        },
    }
    return kept, facts


def made_up_queries(n: int, seed: int) -> list[str]:
    """Queries of made-up six-letter words as long as a search takes (500 characters)."""
    from index.query import MAX_QUERY_CHARS

    rng = random.Random(seed)
    letters = "абвгдежзиклмнопрстуфхцчшщэюя"
    words = MAX_QUERY_CHARS // 7 + 1
    return [" ".join("".join(rng.choice(letters) for _ in range(6)) for _ in range(words))[:MAX_QUERY_CHARS]
            for _ in range(n)]


def stratified_sample(queries: list[tuple[str, str]], n: int) -> list[tuple[str, str]]:
    """Every k-th query within each class, n in all (in class proportion)."""
    if n >= len(queries):
        return list(queries)
    by_class: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for cq in queries:
        by_class[cq[0]].append(cq)
    out = []
    for cls, items in by_class.items():
        k = max(1, round(n * len(items) / len(queries)))
        step = len(items) / k
        out += [items[int(j * step)] for j in range(k)]
    return out


# -- timing ------------------------------------------------------------------------------------
def run(args) -> dict:
    from index.baseline import groupedby_search
    from index.search import SearchRequest, SearchService

    index_dir = Path(args.index)
    rss_start = rss_mb()
    svc = SearchService(index_dir)
    open_ms, n_docs = time_ms(svc.doc_count)
    rss_open = rss_mb()
    anon_open, file_open = proc_status_kb("RssAnon"), proc_status_kb("RssFile")
    print(f"index {index_dir}: {n_docs:,} documents, {dir_size_mb(index_dir):.0f} MB on disk; "
          f"open + facet tables {open_ms:.0f} ms", flush=True)

    t = time.perf_counter()
    queries, facts = build_queries(svc, args.queries, seed=args.seed)
    print(f"query set: {len(queries)} queries in {time.perf_counter() - t:.1f} s "
          f"({facts['content_terms']:,} content terms, {facts['sampled_documents']} documents sampled)")
    for cls, f in facts["per_class"].items():
        print(f"  {cls:<10} {f['queries']:4d} queries, hits median {f['hits_median']:,} "
              f"(min {f['hits_min']:,}, max {f['hits_max']:,})")
    examples = {cls: [q for c, q in queries if c == cls][:4] for cls in CLASSES}
    for cls, qs in examples.items():
        print(f"  e.g. {cls}: {' | '.join(qs)}")
    sys.stdout.flush()

    def plain(q):
        return svc.search(SearchRequest(query=q, facets=False, highlight=False))

    def full(q):
        return svc.search(SearchRequest(query=q, facets=True, highlight=True))

    def browse(page=1):
        return svc.search(SearchRequest(query="", facets=True, page=page))

    searcher, parse = svc.searcher_for_baseline()

    def baseline(q):
        return groupedby_search(searcher, parse(q))

    # Warm-up: every code path a few times (caches, lazy imports, page cache).
    warm = stratified_sample(queries, 20)
    for _, q in warm:
        plain(q)
        full(q)
    for _ in range(3):
        browse()
    for _, q in warm[:2]:
        baseline(q)

    first_made_up_ms, _ = time_ms(lambda: full(made_up_queries(1, args.seed + 1)[0]))

    times: dict[str, dict[str, list[float]]] = {m: defaultdict(list)
                                                for m in ("plain", "full", "browse", "made-up", "baseline")}
    per_query_full: dict[str, float] = {}
    for cls, q in queries:
        ms, res = time_ms(lambda: plain(q))
        times["plain"][cls].append(ms)
    for cls, q in queries:
        ms, res = time_ms(lambda: full(q))
        times["full"][cls].append(ms)
        per_query_full[q] = ms
    for i in range(BROWSE_REPEATS):
        ms, res = time_ms(lambda: browse(1 + i % 5))
        times["browse"]["empty query"].append(ms)
    browse_res = browse()
    for q in made_up_queries(MADE_UP_QUERIES, args.seed):
        ms, res = time_ms(lambda: full(q))
        times["made-up"]["500 chars"].append(ms)
    rss_ours = rss_mb()

    sample = stratified_sample(queries, args.baseline_sample)
    agree = {"total": 0, "facets": 0, "top10": 0}
    print(f"baseline: {len(sample)} of {len(queries)} queries (stratified every k-th per class)...", flush=True)
    for cls, q in sample:
        ms, b = time_ms(lambda: baseline(q))
        times["baseline"][cls].append(ms)
        ours = full(q)
        agree["total"] += ours.total == b.total
        # Our year facet lists undated documents under the value "" (counted as such); the
        # baseline drops empty values: compare without them.
        ours_f = {name: {fc.value: fc.count for fc in fcs if fc.count and fc.value} for name, fcs in ours.facets.items()}
        agree["facets"] += all(ours_f.get(name, {}) == counts for name, counts in b.facets.items())
        # Ours ranks by BM25F scaled down for documents under index.search.SHORT_RECORD_WORDS
        # words; the synthetic documents have 300-500, so both top 10s are BM25F's own
        agree["top10"] += len(set(h.doc_id for h in ours.hits) & set(b.doc_ids)) >= min(len(b.doc_ids), 8)
    rss_end = rss_mb()

    # -- report ----------------------------------------------------------------------------------
    labels = {
        "plain": "top-10 plain",
        "full": "top-10+facets+highlights",
        "browse": "browse (empty+facets)",
        "made-up": "made-up words (page)",
        "baseline": "baseline groupedby+hl",
    }
    rows = []
    out_modes: dict[str, dict] = {}
    for mode, by_cls in times.items():
        out_modes[mode] = {}
        all_ms = [v for vs in by_cls.values() for v in vs]
        for cls in list(CLASSES) + ["empty query", "500 chars"]:
            if by_cls.get(cls):
                out_modes[mode][cls] = summary(by_cls[cls])
                rows.append((labels[mode], cls, summary(by_cls[cls])))
        if len(by_cls) > 1:
            out_modes[mode]["all"] = summary(all_ms)
            rows.append((labels[mode], "ALL", summary(all_ms)))
    print()
    print(f"{'mode':<26} {'class':<12} {'n':>4} {'median ms':>10} {'p95 ms':>9} {'max ms':>9}")
    print("-" * 74)
    prev = None
    for label, cls, s in rows:
        if prev and prev != label:
            print()
        prev = label
        print(f"{label:<26} {cls:<12} {s['n']:>4} {s['median_ms']:>10.1f} {s['p95_ms']:>9.1f} {s['max_ms']:>9.1f}")

    full_all = [v for vs in times["full"].values() for v in vs]
    base_all = [v for vs in times["baseline"].values() for v in vs]
    full_on_sample = [per_query_full[q] for _, q in sample]
    ratio_sample = p95(base_all) / p95(full_on_sample) if full_on_sample else float("nan")
    ratio_all = p95(base_all) / p95(full_all) if full_all else float("nan")
    browse_p95 = p95(times["browse"]["empty query"])
    print()
    print(f"baseline p95 / ours p95 (top-10+facets+highlights): {ratio_all:.1f}x against all queries, "
          f"{ratio_sample:.1f}x on the same {len(sample)} queries")
    per_cls_ratio = {}
    for cls in CLASSES:
        b = times["baseline"].get(cls)
        ours_cls = [per_query_full[q] for c, q in sample if c == cls]
        if b and ours_cls:
            per_cls_ratio[cls] = p95(b) / p95(ours_cls)
    print("  per class (same queries): " + ", ".join(f"{c} {r:.1f}x" for c, r in per_cls_ratio.items()))
    print(f"baseline agreement on {len(sample)} queries: total {agree['total']}, "
          f"all facet counts {agree['facets']}, top-10 overlap>=8 {agree['top10']}")
    print(f"made-up words: the first query {first_made_up_ms:.0f} ms (reads the terms of the letters it meets)")
    print(f"browse: {browse_res.total:,} documents, facets {', '.join(f'{k}={len(v)}' for k, v in browse_res.facets.items())}")
    anon_end, file_end = proc_status_kb("RssAnon"), proc_status_kb("RssFile")
    print(f"RSS: {rss_start:.0f} MB at start, {rss_open:.0f} MB after opening the index "
          f"(anon {anon_open / 1024:.0f} + file {file_open / 1024:.0f}), {rss_ours:.0f} MB after our modes, "
          f"{rss_end:.0f} MB after the baseline too (anon {anon_end / 1024:.0f} + file {file_end / 1024:.0f}; "
          f"peak {peak_rss_mb():.0f} MB)")

    verdicts = {
        "full_p95_ms": (p95(full_all), p95(full_all) <= BARS["full_p95_ms"]),
        "speedup_p95": (ratio_sample, ratio_sample >= BARS["speedup_p95"]),
        "browse_p95_ms": (browse_p95, browse_p95 <= BARS["browse_p95_ms"]),
        "rss_mb": (rss_end, rss_end <= BARS["rss_mb"]),
    }
    note = "" if n_docs >= 100_000 else f"  (bars are set for 100,000 documents; this index has {n_docs:,})"
    print("bars:" + note)
    for name, (value, ok) in verdicts.items():
        print(f"  {name:<14} {value:9.1f}  (bar {BARS[name]:g})  {'PASS' if ok else 'FAIL'}")

    return {
        "index": str(index_dir),
        "documents": n_docs,
        "index_mb": round(dir_size_mb(index_dir), 1),
        "open_ms": round(open_ms, 1),
        "query_set": facts,
        "queries": [{"class": c, "query": q} for c, q in queries],
        "baseline_sample": [q for _, q in sample],
        "modes": out_modes,
        "first_made_up_ms": round(first_made_up_ms, 1),
        "ratio_baseline_over_ours_p95": {"all": round(ratio_all, 2), "same_queries": round(ratio_sample, 2),
                                         "per_class": {k: round(v, 2) for k, v in per_cls_ratio.items()}},
        "baseline_agreement": agree,
        "rss_mb": {"start": rss_start, "after_open": rss_open, "after_ours": rss_ours, "end": rss_end,
                   "peak": peak_rss_mb(), "anon_end": anon_end / 1024, "file_end": file_end / 1024},
        "bars": {k: {"value": round(v, 2), "bar": BARS[k], "pass": ok} for k, (v, ok) in verdicts.items()},
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--index", required=True)
    ap.add_argument("--queries", type=int, default=200, help="size of the query set (>= 200 for the report)")
    ap.add_argument("--baseline-sample", type=int, default=50,
                    help="queries run through the baseline (a stratified sub-sample; 0 = all)")
    ap.add_argument("--seed", type=int, default=SEED)
    ap.add_argument("--json", type=Path, help="also write the results here")
    args = ap.parse_args(argv)
    if args.baseline_sample <= 0:
        args.baseline_sample = 10**9
    result = run(args)
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(result, ensure_ascii=False, indent=1), "utf-8")
        print(f"results written to {args.json}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
