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
    for docnum, score in whoosh.items():
        assert mine[docnum] == pytest.approx(score, rel=1e-9)
