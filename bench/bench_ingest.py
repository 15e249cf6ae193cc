"""Ingest throughput: text and HTML documents/s and MB/s, PDF pages/s, against the
single-process baseline measured in the same run.

    python -m bench.bench_ingest [--docs 1000] [--pdf-copies 12] [--workers 2]
    python -m bench.bench_ingest --docs 20000 --repeat 1 --text-only --skip-one-worker   # a large batch

Text/HTML: `--docs` synthetic 5 KB documents (Russian running text from bench.synth_corpus, half
windows-1251 .txt, half UTF-8 .html with page chrome) ingested into a fresh index three ways:
  baseline      one process: parse, analyze and write each file in turn
  1 worker      the pipeline with one parser process and one writer (the main process)
  N workers     the pipeline with N parser processes (they also analyze the text) and N writer
                processes, each building its own segment (ingest's default on N cores)
  1 process, Whoosh's writer   the baseline, writing through Whoosh's own SegmentWriter (the
                single-writer path the ingest issue's figures were measured on; text only)
All of them commit every DEFAULT_COMMIT_DOCS files, as ingest does.
PDF: the samples' PDFs copied `--pdf-copies` times (so the batch is long enough to time),
ingested the same two ways; pages/s counts PDF pages parsed and indexed.
Each run is a fresh process (the pipeline through the command line), and each figure the median of
`--repeat` runs. The machine is shared: quote ratios.
"""
from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.common import median
from bench.synth_corpus import generate
from index.processes import batch_gc
from index.store import IndexWriter
from ingest.discover import discover
from ingest.pipeline import DEFAULT_COMMIT_DOCS, DEFAULT_SIZE_LIMIT, DEFAULT_TIME_LIMIT
from ingest.hash_cache import file_hash
from ingest.worker import process_file

ROOT = Path(__file__).resolve().parent.parent
HTML_PAGE = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>{title}</title>
<style>body{{font-family:sans-serif}}</style><script>var x=1;</script></head><body>
<nav><a href="/">Главная</a> <a href="/news">Новости</a> <a href="/about">О нас</a></nav>
<article><h1>{title}</h1>{paragraphs}</article>
<footer>© Ассамблея народа Казахстана</footer></body></html>"""


def make_text_corpus(folder: Path, count: int, target_bytes: int = 5000) -> int:
    """Write `count` documents of about `target_bytes` each; returns total bytes."""
    total = 0
    for i, record in enumerate(generate(count)):
        # whole paragraphs up to the target size in UTF-8 bytes; the last one cut at a word
        kept, size = [], 0
        for p in (p.text for p in record.passages):
            room = target_bytes - size
            if room <= 0:
                break
            if len(p.encode("utf-8")) > room:
                words, part = p.split(), []
                while words and len(" ".join(part + words[:1]).encode("utf-8")) <= room:
                    part.append(words.pop(0))
                p = " ".join(part)
            if p:
                kept.append(p)
                size += len(p.encode("utf-8"))
        while size < target_bytes * 0.9:  # short documents: repeat their text, as reports do
            kept.append(kept[len(kept) % max(len(kept), 1)] if kept else record.title)
            size += len(kept[-1].encode("utf-8"))
        if i % 2:
            body = "".join(f"<p>{p}</p>\n" for p in kept)
            data = HTML_PAGE.format(title=record.title, paragraphs=body).encode("utf-8")
            name = f"doc{i:05d}.html"
        else:
            data = (record.title + "\n\n" + "\n\n".join(kept)).encode("cp1251", errors="replace")
            name = f"doc{i:05d}.txt"
        (folder / name).write_bytes(data)
        total += len(data)
    return total


def pdf_corpus(folder: Path, copies: int) -> int:
    from ingest.parsers import parse_file

    pages = 0
    sources = sorted((ROOT / "samples").rglob("*.pdf"))
    for src in sources:
        n = parse_file(src).pages or 0
        for c in range(copies):
            # a distinct byte so every copy is its own document (same content is deduplicated)
            (folder / f"{src.stem}-{c}.pdf").write_bytes(src.read_bytes() + f"\n% copy {c}\n".encode())
            pages += n
    return pages


def single_process_ingest(folder: Path, index: Path, whoosh_writer: bool = False) -> int:
    """The baseline: discover, parse and write one file after another in this one process.
    `whoosh_writer`: through Whoosh's own SegmentWriter (every posting through its pool), the
    single-writer path the ingest issue's figures were measured on, instead of ours."""
    if whoosh_writer:
        from whoosh.writing import SegmentWriter

        from index import store
        from index.writers import _Codec

        store.segment_writer = lambda ix, **kwargs: SegmentWriter(ix, codec=_Codec(), **kwargs)
    files, _ = discover([str(folder)])
    indexed = 0
    with batch_gc(), IndexWriter(index, batch_size=DEFAULT_COMMIT_DOCS) as writer:  # as ingest runs
        for ref in files:
            # analyzed ahead like the pipeline's workers do: the cheaper path, so the baseline is the
            # best one process can do
            outcome = process_file(ref.path, ref.root, file_hash(ref.path), DEFAULT_TIME_LIMIT, DEFAULT_SIZE_LIMIT)
            if outcome.record is not None:
                writer.add(outcome.record, replace=False)
                indexed += 1
    return indexed


def _pages(path: str) -> int:
    from ingest.parsers import parse_file

    return parse_file(Path(path)).pages or 0


def timed_pdf_parsing(folder: Path, workers: int) -> tuple[float, int]:
    """pdfminer alone (our PDF parser, nothing downstream) over `workers` processes: the bound."""
    import multiprocessing

    paths = sorted(str(p) for p in folder.iterdir())
    with multiprocessing.get_context("fork").Pool(workers) as pool:
        pool.map(_pages, paths[:workers])  # start-up outside the timing
        started = time.perf_counter()
        pages = sum(pool.map(_pages, paths, chunksize=1))
        return time.perf_counter() - started, pages


WHOOSH_WRITER = -1  # timed_ingest's `workers` for the one-process baseline through Whoosh's writer


def timed_ingest(folder: Path, workers: int) -> tuple[float, int]:
    """Seconds and documents indexed for one run in a fresh process, as an archivist runs it
    (a long-lived parent would make every forked worker copy its pages): the pipeline through
    the command line, the baseline through `--one-process`. Both include Python's start-up."""
    with tempfile.TemporaryDirectory() as index:
        if workers <= 0:
            cmd = [sys.executable, "-m", "bench.bench_ingest", "--one-process", str(folder), index]
            if workers == WHOOSH_WRITER:
                cmd.append("--whoosh-writer")
        else:
            cmd = [sys.executable, "-m", "assembly_search.cli", "ingest", str(folder), "--index", index,
                   "--workers", str(workers)]
        started = time.perf_counter()
        proc = subprocess.run(cmd, capture_output=True, text=True, cwd=ROOT)
        elapsed = time.perf_counter() - started
        if proc.returncode != 0:
            raise SystemExit(f"{' '.join(cmd)} failed:\n{proc.stderr}")
        from index.search import SearchService

        return elapsed, SearchService(index).doc_count()


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--docs", type=int, default=1000)
    # 12 copies: a batch of about 14 s on one process, so the workers' start-up (imports and
    # dictionaries, about 1 s) does not decide the figure; the parse-only bound excludes it too
    ap.add_argument("--pdf-copies", type=int, default=12)
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--repeat", type=int, default=3)
    # a large batch: its commits merge segments, which a 1,000-document batch never does
    ap.add_argument("--text-only", action="store_true", help="skip the PDF corpus")
    ap.add_argument("--skip-one-worker", action="store_true", help="only the baseline and the default")
    ap.add_argument("--one-process", nargs=2, metavar=("FOLDER", "INDEX"), help=argparse.SUPPRESS)
    ap.add_argument("--whoosh-writer", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.one_process:
        single_process_ingest(Path(args.one_process[0]), Path(args.one_process[1]), args.whoosh_writer)
        return 0

    work = Path(tempfile.mkdtemp(prefix="bench-ingest-"))
    try:
        text_dir, pdf_dir = work / "text", work / "pdf"
        text_dir.mkdir()
        pdf_dir.mkdir()
        text_bytes = make_text_corpus(text_dir, args.docs)
        pdf_pages = 0 if args.text_only else pdf_corpus(pdf_dir, args.pdf_copies)
        pdf_files = len(list(pdf_dir.iterdir()))
        print(f"text/html: {args.docs} documents, {text_bytes / 1e6:.1f} MB "
              f"({text_bytes / args.docs / 1000:.1f} KB each); pdf: {pdf_files} files, {pdf_pages} pages")
        rows = []
        corpora = (("text+html", text_dir),) if args.text_only else (("text+html", text_dir), ("pdf", pdf_dir))
        modes = [("baseline (1 process)", 0), ("1 worker + writer", 1), (f"{args.workers} workers + writer", args.workers),
                 ("1 process, Whoosh's writer", WHOOSH_WRITER)]
        if args.skip_one_worker:
            modes = [modes[0], modes[2]]
        for label, folder in corpora:
            for mode, workers in modes:
                if workers == WHOOSH_WRITER and label == "pdf":
                    continue  # the single-writer figures are for text
                times = []
                for _ in range(args.repeat):
                    elapsed, indexed = timed_ingest(folder, workers)
                    times.append(elapsed)
                rows.append((label, mode, median(times), indexed))
        print(f"\n{'corpus':<10} {'mode':<28} {'median s':>9} {'docs/s':>8} {'MB/s':>6} {'pages/s':>8}")
        base, default = {}, {}
        for label, mode, seconds, indexed in rows:
            docs_s = indexed / seconds
            mb_s = (text_bytes / 1e6 / seconds) if label == "text+html" else float("nan")
            pages_s = pdf_pages / seconds if label == "pdf" else float("nan")
            ratio = ""
            if mode.startswith("baseline"):
                base[label] = seconds
            elif "Whoosh" in mode:
                ratio = f"  the default: x{seconds / default[label]:.2f} vs this"
            else:
                ratio = f"  x{base[label] / seconds:.2f} vs baseline"
                default[label] = seconds
            print(f"{label:<10} {mode:<28} {seconds:>9.2f} {docs_s:>8.1f} {mb_s:>6.2f} {pages_s:>8.1f}{ratio}")
        if args.text_only:
            return 0
        print("\nPDF parsing alone (pdfminer, no extraction, no index), the bound of the PDF figures:")
        for workers in (1, args.workers):
            seconds = median([timed_pdf_parsing(pdf_dir, workers)[0] for _ in range(args.repeat)])
            print(f"  {workers} process(es): {pdf_pages / seconds:.1f} pages/s")
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
