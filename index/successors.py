"""Where a removed document's text lives on: the document still indexed that says the same.

A document is one file's content, so converting a report from DOCX to PDF, or saving it under a
corrected name with a word fixed, and pruning the old file removed a document whose text the
archive still holds under another id; every saved link to it (the page, a quote, the API) answered
404. The search shows such documents as one result already (index.same_text); once the old one is
gone, its links lead to the one left (index.store.IndexWriter.answer_for), and the page says why
(index.moved_documents).

A successor is found by the old text's rarest words (those another document has too: a word the
edit took out is left aside), then compared whole: the same text once written alike, or nearly the
same (a few words changed, the rest in the same order).
"""
from __future__ import annotations

from dataclasses import dataclass
from difflib import SequenceMatcher

from whoosh.query import Term

from index.analysis import pre_analyze
from index.records import DocumentRecord
from index.same_text import written_alike

# the old text's words that pick the candidates (those fewest documents have), and how many of them
# a candidate must have: one or two taken out by an edit still leave it found
PROBE_WORDS = 6
PROBE_MATCHES = 4
PROBE_TRIES = 60  # the rarest words tried: those of the removed document alone have no live document
CANDIDATES = 20  # the candidates compared whole, most probe words first
# the head of a text read for its words: a transcript of a megabyte is not analysed to pick six
PROBE_CHARS = 20_000
# nearly the same: at most NEAR_WORDS words changed (a typo fixed, a word corrected), and no more
# than one word in twenty (NEAR_RATIO): never another report of a series (another date, other
# figures) nor a draft beside its final text («проект резолюции», «Черновик, не для публикации»)
NEAR_WORDS = 3
NEAR_RATIO = 0.95
# texts longer than this many words are compared as the same only (difflib is quadratic at worst)
NEAR_MAX_WORDS = 30_000


@dataclass(frozen=True)
class Successor:
    doc_id: str
    paths: list[str]
    same: bool  # the same text once written alike; False: nearly the same


def successors(searcher, removed: list[DocumentRecord]) -> dict[str, Successor]:
    """old doc_id -> the live document holding its text, of each `removed` document that has one
    (`searcher`: the index after the removal, so none of them is found). Of several, the one with
    the same text, then the most alike, then the smallest id: a link always opens the same one."""
    found = {}
    for record in removed:
        successor = _successor(searcher, record)
        if successor is not None:
            found[record.doc_id] = successor
    return found


def _successor(searcher, record: DocumentRecord) -> Successor | None:
    old = written_alike(record.text)
    if not old:
        return None
    best = None
    for docnum in _candidates(searcher, record):
        stored = searcher.stored_fields(docnum)
        doc_id = stored.get("doc_id")
        if not doc_id or doc_id == record.doc_id:
            continue
        ratio = _likeness(old, written_alike(stored.get("content", "")))
        if ratio is None:
            continue
        rank = (-ratio, doc_id)
        if best is None or rank < best[0]:
            best = (rank, Successor(doc_id, list(stored.get("paths") or []), ratio == 1.0))
    return best[1] if best else None


def _likeness(old: str, new: str) -> float | None:
    """1.0 for the same text, the words' ratio for nearly the same, None for another text."""
    if old == new:
        return 1.0
    a, b = old.split(), new.split()
    if max(len(a), len(b)) > NEAR_MAX_WORDS:
        return None
    matcher = SequenceMatcher(None, a, b, autojunk=False)
    if matcher.real_quick_ratio() < NEAR_RATIO or matcher.quick_ratio() < NEAR_RATIO:
        return None
    changed = sum(max(i2 - i1, j2 - j1) for tag, i1, i2, j1, j2 in matcher.get_opcodes() if tag != "equal")
    if changed > NEAR_WORDS or changed > max(len(a), len(b)) * (1 - NEAR_RATIO):
        return None
    return matcher.ratio()


def _candidates(searcher, record: DocumentRecord) -> list[int]:
    """The live documents having most of the old text's rarest words, most of them first. The
    counts may still include the removed document itself (a deleted record stays in its segment
    until a merge), so a word is a probe only when a live document has it."""
    reader = searcher.reader()
    words = set(pre_analyze(record.title + "\n\n" + record.text[:PROBE_CHARS], exact=True).terms)
    hits: dict[int, int] = {}
    probes = 0
    for _, word in sorted((reader.doc_frequency("exact", w), w) for w in words)[:PROBE_TRIES]:
        live = list(searcher.docs_for_query(Term("exact", word)))  # only documents have `exact`
        if not live:
            continue
        for docnum in live:
            hits[docnum] = hits.get(docnum, 0) + 1
        probes += 1
        if probes == PROBE_WORDS:
            break
    need = min(PROBE_MATCHES, probes)
    chosen = sorted((d for d, n in hits.items() if need and n >= need), key=lambda d: (-hits[d], d))
    return chosen[:CANDIDATES]
