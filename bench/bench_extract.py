"""Score extraction against samples/gold.json and time it beside parsing.

    python -m bench.bench_extract [--gold samples/gold.json] [--verbose]

Prints precision/recall/F1 for persons (canonical set per document, micro-averaged), speakers
(per document), topics, date exact-match accuracy (date and source), language accuracy, and the
median/mean extraction time per document beside the parse time (extraction should add <= 30%).
Persons are also scored mention by mention against samples/gold_mentions.json (hand-annotated:
surface text and canonical form of every mention, in order). Person spans are scored on
tests/data/news_persons*.json (hand-annotated news paragraphs) and, when present, on real news
from factRuEval-2016 (built by bench/factru_persons.py; no license, so not in git): persons.json, which
the rules were tuned on, and heldout.json, other documents never looked at while tuning.
A predicted span counts when it overlaps a gold one.
"""
from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from ingest.build import extract_parsed  # noqa: E402
from ingest.extract import extract  # noqa: E402
from ingest.extract.persons import find_persons  # noqa: E402
from ingest.parsers import parse_file  # noqa: E402


class PRF:
    def __init__(self):
        self.tp = self.fp = self.fn = 0

    def add(self, pred, gold):
        pred, gold = set(pred), set(gold)
        self.tp += len(pred & gold)
        self.fp += len(pred - gold)
        self.fn += len(gold - pred)

    def line(self, name):
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return f"{name:<22} P {p:.3f}  R {r:.3f}  F1 {f:.3f}   (tp {self.tp}, fp {self.fp}, fn {self.fn})"


def mention_level(gold_mentions: dict[str, list[dict]], path: str, text: str, predicted, score: PRF) -> list[str]:
    """Mention-level scoring, canonical form exact: a predicted mention counts when it overlaps
    an unmatched gold mention with the same canonical form. Gold mentions are surface strings in
    order; they are located in `text` one after another. Returns the errors, for --verbose."""
    gold, at = [], 0
    for g in gold_mentions.get(path, []):
        i = text.find(g["text"], at)
        if i < 0:
            raise SystemExit(f"{path}: gold mention {g['text']!r} not found in the parsed text")
        gold.append((i, i + len(g["text"]), g["canonical"]))
        at = i + len(g["text"])
    used, errors = set(), []
    for m in predicted:
        j = next((j for j, (s, e, c) in enumerate(gold)
                  if j not in used and m.start < e and s < m.end and c == m.canonical), None)
        if j is None:
            score.fp += 1
            errors.append(f"+{m.text!r}={m.canonical}")
        else:
            used.add(j)
            score.tp += 1
    for j, (s, e, c) in enumerate(gold):
        if j not in used:
            score.fn += 1
            errors.append(f"-{text[s:e]!r}={c}")
    return errors


def news_spans(paths):
    """(P, R, F1, tp, fp, fn) of person spans against hand-annotated paragraphs; a predicted
    span counts when it overlaps a gold one not matched yet."""
    tp = fp = fn = 0
    for path in paths:
        for d in json.loads(Path(path).read_text(encoding="utf-8")):
            gold = [(g["start"], g["end"]) for g in d["persons"]]
            pred = [(m.start, m.end) for m in find_persons(d["text"], language="ru")]
            used = set()
            for ps, pe in pred:
                j = next((j for j, (gs, ge) in enumerate(gold) if j not in used and ps < ge and gs < pe), None)
                if j is None:
                    fp += 1
                else:
                    used.add(j)
                    tp += 1
            fn += len(gold) - len(used)
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0), tp, fp, fn


def main(argv=None):
    ap = argparse.ArgumentParser()
    ap.add_argument("--gold", default=str(ROOT / "samples" / "gold.json"))
    ap.add_argument("--verbose", "-v", action="store_true")
    ap.add_argument("--factru", default=str(ROOT / "data" / "factru"),
                    help="folder with persons.json (the rules were tuned on it) and heldout.json (never looked"
                         " at): real news with person spans from factRuEval-2016, kept out of git (no license);"
                         " scored when present")
    args = ap.parse_args(argv)
    gold = json.loads(Path(args.gold).read_text(encoding="utf-8"))
    base = Path(args.gold).parent
    persons, speakers, topics, mentions = PRF(), PRF(), PRF(), PRF()
    mentions_file = base / "gold_mentions.json"
    gold_mentions = ({d["path"]: d["mentions"] for d in json.loads(mentions_file.read_text(encoding="utf-8"))}
                     if mentions_file.exists() else {})
    dates_ok = lang_ok = 0
    t_parse, t_extract = [], []
    extract("Прогрев: депутат А. Платонов отметил.", ["Прогрев: депутат А. Платонов отметил."], {}, "x.txt")
    for d in gold:
        t0 = time.perf_counter()
        doc = parse_file(base / d["path"])
        t1 = time.perf_counter()
        x = extract_parsed(doc, base / d["path"])
        t2 = time.perf_counter()
        t_parse.append(t1 - t0)
        t_extract.append(t2 - t1)
        persons.add(x.persons, d["persons"])
        if d["path"] in gold_mentions:
            joined = "\n\n".join(b.text for b in doc.blocks if b.text.strip())
            wrong = mention_level(gold_mentions, d["path"], joined, x.mentions, mentions)
            if args.verbose and wrong:
                print(f"  {d['path']}: mentions {' '.join(wrong)}")
        speakers.add(x.speakers, d["speakers"])
        topics.add(x.topics, d["topics"])
        ok = (x.date.isoformat() if x.date else None, x.date_source) == (d["date"], d["date_source"])
        dates_ok += ok
        lang_ok += x.language == d["language"]
        if args.verbose:
            for what, pred, g in (("persons", x.persons, d["persons"]), ("speakers", x.speakers, d["speakers"]),
                                  ("topics", x.topics, d["topics"])):
                if set(pred) != set(g):
                    print(f"  {d['path']}: {what} +{sorted(set(pred) - set(g))} -{sorted(set(g) - set(pred))}")
            if not ok:
                print(f"  {d['path']}: date {x.date} {x.date_source} != {d['date']} {d['date_source']}")
    n = len(gold)
    print(f"{n} documents from {args.gold}")
    print(mentions.line("persons (mentions)"))
    print(persons.line("persons (per doc)"))
    print(speakers.line("speakers (per doc)"))
    print(topics.line("topics"))
    print(f"{'dates exact':<22} {dates_ok}/{n} = {dates_ok / n:.3f}   (date and its source)")
    print(f"{'language':<22} {lang_ok}/{n} = {lang_ok / n:.3f}")
    p, r, f, tp, fp, fn = news_spans(sorted((ROOT / "tests" / "data").glob("news_persons*.json")))
    print(f"{'news person spans':<22} P {p:.3f}  R {r:.3f}  F1 {f:.3f}   (tp {tp}, fp {fp}, fn {fn}; overlap match)")
    for label, path in (("factRuEval, tuned on", Path(args.factru) / "persons.json"),
                        ("factRuEval, held out", Path(args.factru) / "heldout.json")):
        if path.exists():
            docs = len(json.loads(path.read_text(encoding="utf-8")))
            p, r, f, tp, fp, fn = news_spans([path])
            print(f"{label:<22} P {p:.3f}  R {r:.3f}  F1 {f:.3f}   (tp {tp}, fp {fp}, fn {fn};"
                  f" {docs} real news documents, person spans, overlap match)")
    me, mp = statistics.median(t_extract) * 1000, statistics.median(t_parse) * 1000
    print(f"time per document      extract median {me:.1f} ms, mean {statistics.mean(t_extract) * 1000:.1f} ms;"
          f" parse median {mp:.1f} ms, mean {statistics.mean(t_parse) * 1000:.1f} ms;"
          f" extract/parse = {sum(t_extract) / sum(t_parse):.0%} (first pass, cold caches)")
    # warm caches: a second pass (a real archive repeats its vocabulary)
    t_warm = []
    for d in gold:
        doc = parse_file(base / d["path"])
        t1 = time.perf_counter()
        extract_parsed(doc, base / d["path"])
        t_warm.append(time.perf_counter() - t1)
    print(f"                       warm extract median {statistics.median(t_warm) * 1000:.1f} ms;"
          f" extract/parse = {sum(t_warm) / sum(t_parse):.0%}")


def _ingest_seconds(paths: list[str], with_extraction: bool, rounds: int) -> float:
    """Run in a fresh process (cold caches): parse, [extract], analyze and write every sample."""
    import tempfile

    import ingest.build as build
    from index.store import IndexWriter, pre_analyze_record
    from ingest.extract import Extraction

    if not with_extraction:
        build.extract = lambda text, paragraphs, *args, **kwargs: Extraction(
            "ru", None, None, passage_turns=[[] for _ in paragraphs])
    started = time.perf_counter()
    with tempfile.TemporaryDirectory() as index, IndexWriter(index) as writer:
        for r in range(rounds):
            for i, path in enumerate(paths):
                record = build.build_record(parse_file(Path(path)), Path(path), str(ROOT), f"{r:04d}{i:060d}")
                pre_analyze_record(record)
                writer.add(record, replace=False)
    return time.perf_counter() - started


def ingest_share(gold_path: Path, rounds: int = 1) -> tuple[float, float]:
    """(seconds without extraction, seconds with), each in its own fresh process."""
    import multiprocessing

    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    paths = [str(gold_path.parent / d["path"]) for d in gold]
    ctx = multiprocessing.get_context("spawn")
    with ctx.Pool(1) as pool:
        without = pool.apply(_ingest_seconds, (paths, False, rounds))
    with ctx.Pool(1) as pool:
        with_x = pool.apply(_ingest_seconds, (paths, True, rounds))
    return without, with_x


if __name__ == "__main__":
    main()
    without, with_x = ingest_share(ROOT / "samples" / "gold.json")
    print(f"ingest of the samples, one process, cold caches: {without:.2f} s without extraction, "
          f"{with_x:.2f} s with: extraction adds {with_x / without - 1:.0%} to the ingest time")
