"""Harvesting the archive through the JSON API and the CSV exports while ingests commit: every
document once, exports from one commit, a listing of every document, conditional requests.
Flask's test client over real indexes written between two requests, as an ingest would."""
from __future__ import annotations

import csv
import io
from datetime import date

import pytest

from conftest import make_record
from index.answers import answer_fields
from index.results import SearchResult
from index.store import IndexWriter
from search_app import create_app

COMMON = "Заседание Ассамблеи народа Казахстана обсудило работу с молодежью."


def uid(name: str) -> str:
    """The id of record `name` (`u05`) in the form ingest gives every document, 16 hex digits (a
    listing's cursor takes no other), sorting as the names do."""
    return name.encode("ascii").hex().ljust(16, "0")


def _record(name: str, when: date | None = None, title: str = "", words: str = COMMON):
    # the record's name in its words: tied records, not copies of one text (index.same_text shows those once)
    return make_record(uid(name), title or f"Заседание {name}", [f"{words} Запись {name}."], when=when)


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
    assert first["index_generation"] == client.get("/health").get_json()["generation"]
    _committed(app, index, [_record(f"u{i:02d}") for i in range(12)])  # written again: numbered last now
    ids = [h["id"] for h in first["hits"]]
    generations = {first["index_generation"]}
    for page in range(2, first["page_count"] + 1):
        answer = client.get("/api/search", query_string={**params, "per_page": 7, "page": page}).get_json()
        ids += [h["id"] for h in answer["hits"]]
        generations.add(answer["index_generation"])
    assert sorted(ids) == [uid(f"u{i:02d}") for i in range(30)]  # each once
    assert len(generations) == 2  # and the client could see that a commit landed between its pages


def test_a_page_read_from_another_commit_than_page_1_says_the_results_may_have_moved(archive):
    # a staff member on «Следующая» while an ingest committed saw some results again and missed
    # others, and nothing said why; a script had to compare index_generation itself
    import html
    import re

    index, app, client = archive
    first = client.get("/", query_string={"q": "молодежью", "sort": "newest"}).get_data(as_text=True)
    generation = client.get("/health").get_json()["generation"]
    next_href = html.unescape(re.search(r'<a class="next" href="([^"]+)"', first)[1])
    assert f"generation={generation}" in next_href and "index-moved" not in first
    same = client.get(next_href).get_data(as_text=True)
    assert "index-moved" not in same  # read from page 1's commit: nothing to say
    assert f"generation={generation}" in html.unescape(re.search(r'<a class="next" href="([^"]+)"', same)[1])
    _committed(app, index, [_record(f"n{i:02d}", when=date(2024, 1, 1 + i)) for i in range(5)])
    moved = client.get(next_href).get_data(as_text=True)
    note = re.search(r'<p class="notice moved" id="index-moved" role="status">(.*?)</p>', moved, re.S)
    assert note and "Архив обновился после первой страницы: результаты могли сдвинуться." in note[1]
    assert 'href="/?q=%D0%BC%D0%BE%D0%BB%D0%BE%D0%B4%D0%B5%D0%B6%D1%8C%D1%8E&amp;sort=newest"' in note[1]
    # read to the focused query box before the count: a status present from the load is never announced
    assert re.search(r'<input type="search"[^>]* aria-describedby="index-moved hit-count"', moved)
    # and the links go on naming page 1's commit, so the next pages say it too
    assert f"generation={generation}" in html.unescape(re.search(r'<a class="next" href="([^"]+)"', moved)[1])
    quotes = client.get("/quotes", query_string={"q": "молодежью", "page": 2, "generation": generation})
    assert 'aria-describedby="index-moved hit-count"' in quotes.get_data(as_text=True)

    api = {"q": "молодежью", "per_page": 7, "page": 2}
    assert "generation_changed" not in client.get("/api/search", query_string=api).get_json()  # not asked
    answer = client.get("/api/search", query_string={**api, "generation": generation}).get_json()
    assert answer["generation_changed"] is True and answer["index_generation"] != generation
    answer = client.get("/api/quotes", query_string={**api, "generation": answer["index_generation"]}).get_json()
    assert answer["generation_changed"] is False
    bad = client.get("/api/search", query_string={**api, "generation": "вчера"})
    assert bad.status_code == 400 and bad.get_json()["error"] == (
        "Параметр generation — номер коммита индекса (index_generation первой страницы), а передано «вчера».")


def test_quotes_tied_in_score_keep_their_order_across_a_re_ingest(archive):
    index, app, client = archive
    before = [h["id"] for h in client.get("/api/quotes", query_string={"q": "молодежью", "per_page": 30}).get_json()["hits"]]
    _committed(app, index, [_record(f"u{i:02d}") for i in range(0, 30, 3)])
    after = [h["id"] for h in client.get("/api/quotes", query_string={"q": "молодежью", "per_page": 30}).get_json()["hits"]]
    assert after == before and len(set(before)) == 30


LONG_TITLE = "Заседание Ассамблеи народа Казахстана о работе с молодежью и волонтерами в регионах " * 4


@pytest.mark.parametrize("url", ["/api/search.csv?sort=oldest", "/api/quotes.csv?q=молодежью&sort=oldest"])
def test_an_export_reads_every_page_from_the_commit_it_started_on(tmp_path, url):
    # each page of 100 was searched again in the newest commit: an ingest committing meanwhile gave
    # a file with some rows twice and others missing, its row count still equal to X-Total-Count
    index = tmp_path / "index"
    _write(index, [_record(f"d{i:03d}", date(2010, 1, 1 + i % 28), LONG_TITLE + str(i)) for i in range(250)])
    app = create_app(index, testing=True)
    client = app.test_client()
    whole = client.get(url)
    expected = whole.get_data(as_text=True)
    whole.close()
    streamed = client.get(url, buffered=False)
    chunks = iter(streamed.response)
    received = [next(chunks)]  # the first rows are out; the export waits for the client to read on
    assert received[0].count(b"\n") < 200  # so the pages after them are not read yet
    service = app.extensions["assembly_search"]
    pinned = service._live
    # older documents, sorting before every row already sent, committed meanwhile
    _committed(app, index, [_record(f"e{i:03d}", date(2000, 1, 1 + i % 28)) for i in range(40)])
    received += list(chunks)
    streamed.close()
    text = b"".join(received).decode("utf-8")
    assert text == expected
    assert streamed.headers["X-Index-Generation"] == whole.headers["X-Index-Generation"]
    assert pinned.users == 0 and pinned.retired and pinned.searcher.is_closed  # let go once the answer closed
    fresh = client.get(url).get_data(as_text=True)  # the next export sees the new documents
    assert len(list(csv.reader(io.StringIO(fresh)))) == len(list(csv.reader(io.StringIO(expected)))) + 40
    service.close()


def test_page_count_names_only_pages_the_api_serves(tmp_path):
    # page_count said 1,050 and page 1,001 was a 400 that named no way to the rest
    index = tmp_path / "index"
    _write(index, [make_record("long", "Стенограмма", [f"Выступление {i}: молодежь и волонтеры." for i in range(1050)])])
    app = create_app(index, testing=True)
    client = app.test_client()
    answer = client.get("/api/quotes", query_string={"q": "молодежь", "per_page": 1}).get_json()
    assert answer["total"] == 1050 and answer["page_count"] == 1000 and answer["hits_past_page_limit"] == 50
    assert client.get("/api/quotes", query_string={"q": "молодежь", "per_page": 1, "page": 1000}).get_json()["hits"]
    refused = client.get("/api/quotes", query_string={"q": "молодежь", "per_page": 1, "page": 1001})
    assert refused.status_code == 400
    assert "увеличьте per_page" in refused.get_json()["error"] and "/api/documents?after=" in refused.get_json()["error"]
    wider = client.get("/api/quotes", query_string={"q": "молодежь", "per_page": 100}).get_json()
    assert wider["page_count"] == 11 and wider["hits_past_page_limit"] == 0
    app.extensions["assembly_search"].close()


def test_page_count_of_a_search_answer_is_capped_at_the_last_page():
    answer = answer_fields(SearchResult([], 120_000, 1, 100, {}, {}), {}, [])
    assert answer["page_count"] == 1000 and answer["hits_past_page_limit"] == 20_000


def _listing(client, limit: int, between=None) -> list[dict]:
    """Every document the listing gives, following its `next` links; `between()` after the first answer."""
    answer = client.get("/api/documents", query_string={"limit": limit}).get_json()
    listed = list(answer["documents"])
    if between:
        between()
    while answer["next"]:
        answer = client.get(answer["next"]).get_json()
        listed += answer["documents"]
    return listed


def test_the_listing_gives_every_document_once_in_order_of_id(archive):
    _, _, client = archive
    listed = _listing(client, 7)
    assert [d["id"] for d in listed] == [uid(f"u{i:02d}") for i in range(30)]
    first = listed[0]
    assert set(first) == {"id", "title", "date", "date_source", "format", "language", "former_ids", "added", "changed",
                          "url", "api_url", "etag"}
    assert first["api_url"] == f"/api/documents/{uid('u00')}" and first["url"] == f"/doc/{uid('u00')}"
    last = client.get("/api/documents", query_string={"after": uid("u22")}).get_json()
    assert [d["id"] for d in last["documents"]] == [uid(f"u{i:02d}") for i in range(23, 30)]
    assert last["next"] is None and last["remaining"] == 0 and last["after"] == uid("u22")
    assert client.get("/api/documents", query_string={"after": "f" * 16}).get_json()["documents"] == []


def test_the_listing_stays_whole_while_an_ingest_commits(archive):
    index, app, client = archive

    def ingest():  # half the files read again, two new, one removed
        _committed(app, index, [_record(f"u{i:02d}") for i in range(0, 30, 2)] + [_record("u005"), _record("u155")])
        with IndexWriter(index) as writer:
            writer.delete(uid("u29"))
        app.extensions["assembly_search"].refresh()

    ids = [d["id"] for d in _listing(client, 4, between=ingest)]
    assert len(ids) == len(set(ids)) and set(ids) >= {uid(f"u{i:02d}") for i in range(29)}  # all there throughout
    assert uid("u155") in ids and uid("u29") not in ids  # a new one after the cursor is listed; the removed one is gone
    assert uid("u005") not in ids  # one sorting before the cursor waits for the next harvest


@pytest.mark.parametrize("bad, says", [({"limit": "0"}, "от 1 до 1000"), ({"limit": "abc"}, "от 1 до 1000"),
                                        ({"limit": "1_000"}, "от 1 до 1000"), ({"limit": "١٠"}, "от 1 до 1000"),
                                        ({"after": "../etc"}, "не похож на id документа"),
                                        # a mistyped cursor looked like a finished harvest, and one printed in
                                        # capitals listed its document again
                                        ({"after": "zzz"}, "не похож на id документа"),
                                        ({"after": "01E60575BE78CCD3"}, "не похож на id документа"),
                                        ({"after": uid("u05") + "0"}, "не похож на id документа")])
def test_a_bad_listing_parameter_is_a_400_with_one_sentence(archive, bad, says):
    _, _, client = archive
    resp = client.get("/api/documents", query_string=bad)
    assert resp.status_code == 400 and says in resp.get_json()["error"]


def test_a_search_answer_is_not_sent_again_until_a_commit_changes_it(archive):
    index, app, client = archive
    first = client.get("/api/search", query_string={"q": "молодежью"})
    tag = first.headers["ETag"]
    assert first.headers["Cache-Control"] == "no-cache"
    again = client.get("/api/search", query_string={"q": "молодежью"}, headers={"If-None-Match": tag})
    assert again.status_code == 304 and again.data == b"" and again.headers["ETag"] == tag
    gzipped = client.get("/api/search", query_string={"q": "молодежью"},
                         headers={"If-None-Match": f"W/{tag}", "Accept-Encoding": "gzip"})
    assert gzipped.status_code == 304  # the weak tag of the gzipped answer names it too
    other = client.get("/api/search", query_string={"q": "молодежью", "page": 2}, headers={"If-None-Match": tag})
    assert other.status_code == 200  # another request, another answer
    quotes = client.get("/api/quotes", query_string={"q": "молодежью"})
    assert client.get("/api/quotes", query_string={"q": "молодежью"},
                      headers={"If-None-Match": quotes.headers["ETag"]}).status_code == 304
    _committed(app, index, [_record("u31")])
    changed = client.get("/api/search", query_string={"q": "молодежью"}, headers={"If-None-Match": tag})
    assert changed.status_code == 200 and changed.headers["ETag"] != tag and changed.get_json()["total"] == 31


def test_a_document_is_sent_again_only_when_it_changed(archive):
    # a nightly harvest fetched every document in full every night: no ETag, no 304
    index, app, client = archive
    u05, u07, u31 = uid("u05"), uid("u07"), uid("u31")
    listed = {d["id"]: d["etag"] for d in _listing(client, 100)}
    first = client.get(f"/api/documents/{u05}")
    # the listing's etag is the document's ETag as sent, quotes and all: a client comparing the header
    # it kept with the listing saw every document as changed
    assert first.headers["ETag"] == listed[u05] and listed[u05].startswith('"')
    gzipped = client.get(f"/api/documents/{u05}", headers={"Accept-Encoding": "gzip"})
    assert gzipped.headers["ETag"] == "W/" + listed[u05]  # compressed: the same tag, weak
    _committed(app, index, [_record("u31"), _record("u07", title="Заседание u07, заголовок исправлен")])
    unchanged = client.get(f"/api/documents/{u05}", headers={"If-None-Match": listed[u05]})
    assert unchanged.status_code == 304 and unchanged.data == b""  # another document's commit leaves it
    after = {d["id"]: d["etag"] for d in _listing(client, 100)}
    assert {i for i in after if after[i] != listed.get(i)} == {u07, u31}  # what a harvest fetches again
    edited = client.get(f"/api/documents/{u07}", headers={"If-None-Match": listed[u07]})
    assert edited.status_code == 200 and edited.get_json()["title"] == "Заседание u07, заголовок исправлен"
    assert edited.get_json()["index_generation"] == client.get("/health").get_json()["generation"]
