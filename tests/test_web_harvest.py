"""Harvesting the archive through the JSON API while ingests commit: every document once.
Flask's test client over real indexes written between two requests, as an ingest would."""
from __future__ import annotations

from datetime import date

import pytest

from conftest import make_record
from index.store import IndexWriter
from search_app import create_app

COMMON = "Заседание Ассамблеи народа Казахстана обсудило работу с молодежью."


def _record(doc_id: str, when: date | None = None, title: str = "", words: str = COMMON):
    return make_record(doc_id, title or f"Заседание {doc_id}", [words], when=when)


def _write(index, records) -> None:
    with IndexWriter(index, create=True) as writer:
        for record in records:
            writer.add(record)


@pytest.fixture()
def archive(tmp_path):
    """(index folder, app, client): 30 undated documents with the same words, so every order ties."""
    index = tmp_path / "index"
    _write(index, [_record(f"u{i:02d}") for i in range(30)])
    app = create_app(index, testing=True)
    yield index, app, app.test_client()
    app.extensions["assembly_search"].close()


def _committed(app, index, records) -> None:
    """Write `records` again (an ingest re-reading their files) and let the app see the commit."""
    _write(index, records)
    app.extensions["assembly_search"].refresh()


@pytest.mark.parametrize("params", [{"sort": "oldest"}, {"sort": "newest"}, {"q": "молодежью"}])
def test_paging_while_an_ingest_writes_documents_again_gives_each_once(archive, params):
    # ties broke by record number, which a re-ingest renumbers: duplicates and documents never seen
    index, app, client = archive
    first = client.get("/api/search", query_string={**params, "per_page": 7}).get_json()
    assert first["total"] == 30 and len({h["score"] for h in first["hits"]}) <= 1
    _committed(app, index, [_record(f"u{i:02d}") for i in range(12)])  # written again: numbered last now
    ids = [h["id"] for h in first["hits"]]
    for page in range(2, first["page_count"] + 1):
        answer = client.get("/api/search", query_string={**params, "per_page": 7, "page": page}).get_json()
        ids += [h["id"] for h in answer["hits"]]
    assert sorted(ids) == [f"u{i:02d}" for i in range(30)]  # each once


def test_quotes_tied_in_score_keep_their_order_across_a_re_ingest(archive):
    index, app, client = archive
    before = [h["id"] for h in client.get("/api/quotes", query_string={"q": "молодежью", "per_page": 30}).get_json()["hits"]]
    _committed(app, index, [_record(f"u{i:02d}") for i in range(0, 30, 3)])
    after = [h["id"] for h in client.get("/api/quotes", query_string={"q": "молодежью", "per_page": 30}).get_json()["hits"]]
    assert after == before and len(set(before)) == 30
