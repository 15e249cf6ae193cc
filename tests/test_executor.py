"""The numpy query executor must agree with Whoosh's own matcher: same hits, same BM25F scores."""
from __future__ import annotations

import numpy as np
import pytest

from index.query import parse_query

QUERIES = ["Ассамблеи", "народа единства", "Платонов OR Дементьева", '"круглый стол"', "Назарба*",
           "Ассамблеи -молодежная", "Ассамблеи NOT волонтеры", "жаңғыру", "forum"]


@pytest.mark.parametrize("text", QUERIES)
def test_executor_matches_whoosh(service, text):
    searcher, tables = service._current()
    query = parse_query(text, ["title", "content"], searcher.schema).query
    mask, scores = service._run(searcher, query)
    mine = {int(d): float(scores[d]) for d in np.nonzero(mask & tables.is_doc)[0]}
    whoosh = {hit.docnum: hit.score for hit in searcher.search(query, limit=None)}
    assert mine.keys() == whoosh.keys() and mine
    # Whoosh adds a constant 1.0 for a NOT clause inside AND; the ranking is what must agree
    offsets = [whoosh[d] - mine[d] for d in whoosh]
    assert max(offsets) - min(offsets) == pytest.approx(0, abs=1e-9)
    assert min(offsets) == pytest.approx(1.0 if " NOT " in text else 0.0, abs=1e-9)
