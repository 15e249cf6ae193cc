"""The naive Whoosh way, for the benchmark to compare against (not used by the app).

What a plain Whoosh application does for "top 10 + facet counts + highlighted snippets":
one ``searcher.search`` with ``groupedby`` (a ``FieldFacet`` per facet field, ``allow_overlap``
for the multi-valued comma-separated ones) and ``terms=True``, then ``hit.highlights`` on the
stored content of the top hits. Whoosh walks every matching document in Python to group it,
so the cost grows with the number of hits.

It lives in ``index/`` because only ``index/`` may import whoosh. The two small vocabulary
helpers at the end let ``bench/bench_search.py`` build its query set from the index itself.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from whoosh import sorting
from whoosh.query import And, Term

from index.schema import FACET_FIELDS, KIND_DOC, MULTI_VALUED_FACETS


@dataclass
class BaselineResult:
    total: int
    doc_ids: list[str]
    facets: dict[str, dict[str, int]]  # field -> value -> count
    snippets: list[str] = field(default_factory=list)


def groupedby_search(
    searcher,
    query,
    facet_fields=FACET_FIELDS,
    limit: int = 10,
    highlight: bool = True,
    highlight_field: str = "content",
) -> BaselineResult:
    """Run ``query`` (an already-parsed whoosh query; None = match all documents) the naive way.

    Restricted to document records (kind=doc), like the real search. Facet counts come from
    Whoosh's ``groupedby``; snippets from ``Hit.highlights`` (Whoosh's own highlighter, which
    re-analyzes the stored text of each hit).
    """
    kind = Term("kind", KIND_DOC)
    q = kind if query is None else And([query, kind])
    facets = {
        name: sorting.FieldFacet(name, allow_overlap=name in MULTI_VALUED_FACETS, maptype=sorting.Count)
        for name in facet_fields
    }
    results = searcher.search(q, limit=limit, groupedby=facets or None, terms=True)
    counts: dict[str, dict[str, int]] = {}
    for name in facet_fields:
        groups = results.groups(name)
        counts[name] = {
            (k.decode("utf-8") if isinstance(k, bytes) else str(k)): int(v)
            for k, v in groups.items()
            if k not in (None, "", b"")
        }
    doc_ids: list[str] = []
    snippets: list[str] = []
    for hit in results[:limit]:
        doc_ids.append(hit["doc_id"])
        if highlight:
            snippets.append(hit.highlights(highlight_field))
    return BaselineResult(total=len(results), doc_ids=doc_ids, facets=counts, snippets=snippets)


# -- vocabulary helpers for the benchmark ------------------------------------------------------
def term_doc_frequencies(searcher, fieldname: str = "content") -> dict[str, int]:
    """Indexed term -> number of records holding it, for one field (deleted records included)."""
    reader = searcher.reader()
    out: dict[str, int] = {}
    for raw, info in reader.iter_field(fieldname):
        text = raw.decode("utf-8") if isinstance(raw, bytes) else raw
        out[text] = info.doc_frequency()
    return out


def sample_stored_texts(searcher, count: int, fieldname: str = "content") -> list[str]:
    """The stored ``fieldname`` of ``count`` document records spread evenly over the index
    (deterministic for a given index)."""
    reader = searcher.reader()
    docnums = [d for d in reader.postings("kind", KIND_DOC).all_ids() if not reader.is_deleted(d)] \
        if reader.doc_frequency("kind", KIND_DOC) else []
    if not docnums or count <= 0:
        return []
    step = max(1, len(docnums) // count)
    picked = docnums[::step][:count]
    return [searcher.stored_fields(d).get(fieldname, "") or "" for d in picked]
