"""Pages of large documents made a few at once (search_app.document_slots), over a real index."""
from __future__ import annotations

import html
import re
import threading
from concurrent.futures import ThreadPoolExecutor

import pytest

from conftest import make_record
from index.store import IndexWriter
from search_app import create_app, document_slots
from search_app.document_slots import HEAVY_DOCUMENT_CHARS

BROWSER_ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"
# a session's stenogram: some 1,500 paragraphs, past HEAVY_DOCUMENT_CHARS
STENOGRAM = [f"Выступающий {i} подчеркнул, что Казахстан – наш общий дом, и Ассамблея народа Казахстана "
             f"укрепляет межэтническое согласие в каждой области страны." for i in range(1500)]


@pytest.fixture(scope="module")
def app(tmp_path_factory):
    path = tmp_path_factory.mktemp("index")
    with IndexWriter(path, create=True) as writer:
        writer.add(make_record("big", "Стенограмма сессии", STENOGRAM))
        writer.add(make_record("small", "Заседание Совета матерей", [
            "Н. Дементьева отметила, что Казахстан – наш общий дом."]))
    app = create_app(path, testing=True, heavy_documents=1)
    yield app
    app.extensions["assembly_search"].close()


def _held(app):
    with app.app_context():
        return document_slots().take()


def test_the_stenogram_is_a_large_document():
    assert len("\n\n".join(STENOGRAM)) > HEAVY_DOCUMENT_CHARS


def test_a_large_document_s_page_past_the_limit_is_refused_at_once_with_a_way_to_ask_again(app):
    # ten people opening a megabyte's stenogram held every server thread: searches waited 12-18 s
    client = app.test_client()
    slot = _held(app)  # another large page being made
    try:
        refused = client.get("/doc/big", query_string={"q": '"наш общий дом"'}, headers={"Accept": BROWSER_ACCEPT})
        assert refused.status_code == 503 and refused.headers["Retry-After"] == "5"
        text = refused.get_data(as_text=True)
        assert "<h1>Документ сейчас не открыть</h1>" in text
        assert ("Это очень большой документ, а сервер уже показывает 1 такой документ: откройте его снова через "
                "5 секунд.") in text
        retry = html.unescape(re.search(r'<a href="([^"]*)" id="error-retry">Открыть документ снова</a>', text).group(1))
        assert retry.startswith("/doc/big?q=")
        api = client.get("/api/documents/big", query_string={"q": '"наш общий дом"'})
        assert api.status_code == 503 and api.headers["Retry-After"] == "5"
        assert api.get_json()["error"].startswith("Это очень большой документ")
        # ordinary documents, searches, the API without marking: never counted
        assert client.get("/doc/small", query_string={"q": '"наш общий дом"'}).status_code == 200
        assert client.get("/api/documents/big").status_code == 200
        assert client.get("/", query_string={"q": "Дементьева"}).status_code == 200
        assert client.get("/health").status_code == 200
    finally:
        slot.give_back()
    opened = client.get(retry, headers={"Accept": BROWSER_ACCEPT})
    assert opened.status_code == 200 and opened.get_data(as_text=True).count("<mark") >= 1500
    assert client.get("/api/documents/big", query_string={"q": '"наш общий дом"'}).get_json()["match_count"] == 1500


def test_large_pages_asked_at_once_are_made_at_most_the_limit_at_a_time(app):
    made, most, lock = [0], [0], threading.Lock()
    service = app.extensions["assembly_search"]
    marked = type(service).document

    def counted(self, *args, **kwargs):  # the real marking, counted while it runs
        with lock:
            made[0] += 1
            most[0] = max(most[0], made[0])
        try:
            return marked(self, *args, **kwargs)
        finally:
            with lock:
                made[0] -= 1

    service.document = counted.__get__(service)
    try:
        with ThreadPoolExecutor(6) as pool:
            statuses = list(pool.map(lambda _: app.test_client().get("/doc/big", query_string={"q": "Ассамблея"}).status_code,
                                     range(6)))
    finally:
        del service.document
    assert set(statuses) <= {200, 503} and 200 in statuses
    assert most[0] == 1
