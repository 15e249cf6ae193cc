"""Conditional requests on the HTML pages (search_app.conditional): a search, a quote search and a
document page carry an ETag and `Cache-Control: no-cache, private`, so a repeat visit is a 304
without a body, while an ingest (a takedown) or a file moved since ingest gives the new
page. A real archive ingested as `assembly-search ingest` does, through Flask's test client."""
from __future__ import annotations

import gzip

import pytest

from ingest.pipeline import IngestOptions, run_ingest
from search_app import create_app

REPORT = ("Заседание Ассамблеи в Караганде\n\nКараганда, 12 марта 2021 г.\n\n"
          "Члены Ассамблеи обсудили межэтнические отношения и работу домов дружбы области.\n")
PRIVATE = ("Справка о кандидате Досмагамбетовой\n\nАстана, 2 апреля 2024 г.\n\n"
           "Заявление Досмагамбетовой о приеме в совет Ассамблеи, ИИН 920817450612.\n")
GZIP = {"Accept-Encoding": "gzip"}


def ingest(archive, index, prune: bool = False, client=None) -> None:
    run_ingest([str(archive)], IngestOptions(index_dir=index, workers=1, prune=prune))
    if client is not None:  # the server looks for a new commit once a second: at once here
        client.application.extensions["assembly_search"].refresh()


@pytest.fixture()
def archive(tmp_path):
    folder = tmp_path / "archive"
    folder.mkdir()
    (folder / "report.txt").write_text(REPORT, encoding="utf-8")
    (folder / "spravka.txt").write_text(PRIVATE, encoding="cp1251")
    ingest(folder, tmp_path / "index")
    return folder


@pytest.fixture()
def make_client(archive):
    apps = []

    def make():
        app = create_app(archive.parent / "index", testing=True)
        apps.append(app)
        return app.test_client()
    yield make
    for app in apps:
        app.extensions["assembly_search"].close()


def private_id(client) -> str:
    return client.get("/api/search?q=Досмагамбетова").get_json()["hits"][0]["id"]


def pages(client) -> list[str]:
    doc = private_id(client)
    return ["/?q=Ассамблея", "/quotes?q=Ассамблея", "/", "/quotes", f"/doc/{doc}?q=Досмагамбетова&hit=1", f"/doc/{doc}"]


def test_a_page_asked_again_with_its_etag_is_a_304_without_a_body(make_client):
    client = make_client()
    for url in pages(client):
        first = client.get(url, headers=GZIP)
        assert first.status_code == 200 and first.headers["Cache-Control"] == "no-cache, private", url
        assert first.headers["Content-Encoding"] == "gzip" and len(first.data) > 500
        again = client.get(url, headers={**GZIP, "If-None-Match": first.headers["ETag"]})
        assert again.status_code == 304 and not again.data, url
        assert again.headers["ETag"] in first.headers["ETag"] and again.headers["Cache-Control"] == "no-cache, private"


def test_another_address_or_query_is_another_page(make_client):
    client = make_client()
    tags = {url: client.get(url).headers["ETag"] for url in pages(client)}
    assert len(set(tags.values())) == len(tags)
    held = tags["/?q=Ассамблея"]
    assert client.get("/?q=Ассамблея&page=1&sort=newest", headers={"If-None-Match": held}).status_code == 200


def test_after_a_takedown_the_old_pages_are_not_confirmed(make_client, archive):
    client = make_client()
    doc = f"/doc/{private_id(client)}"
    held = {url: client.get(url).headers["ETag"] for url in (doc, "/?q=Досмагамбетова", "/")}
    (archive / "spravka.txt").unlink()
    ingest(archive, archive.parent / "index", prune=True, client=client)
    gone = client.get(doc, headers={"If-None-Match": held[doc]})
    assert gone.status_code == 404 and "920817450612" not in gone.get_data(as_text=True)
    search = client.get("/?q=Досмагамбетова", headers={"If-None-Match": held["/?q=Досмагамбетова"]})
    assert search.status_code == 200 and "ничего не найдено" in search.get_data(as_text=True).lower()
    browse = client.get("/", headers={"If-None-Match": held["/"]})
    assert browse.status_code == 200 and "Досмагамбетов" not in browse.get_data(as_text=True)


def test_a_page_is_new_when_its_file_is_moved_since_ingest(make_client, archive):
    client = make_client()
    doc = f"/doc/{private_id(client)}"
    first = client.get(doc)
    assert "/file" in first.get_data(as_text=True)  # «скачать оригинал»
    (archive / "spravka.txt").rename(archive.parent / "elsewhere.txt")
    moved = client.get(doc, headers={"If-None-Match": first.headers["ETag"]})
    assert moved.status_code == 200 and f'{doc}/file"' not in moved.get_data(as_text=True)


def test_error_pages_carry_no_etag(make_client):
    client = make_client()
    for url in ("/?q=((", "/doc/nothing-here", "/?from=2019-13-01"):
        resp = client.get(url)
        assert resp.status_code >= 400 and "ETag" not in resp.headers, url


def test_gzipped_and_plain_pages_share_the_weak_tag(make_client):
    client = make_client()
    packed = client.get("/?q=Ассамблея", headers=GZIP)
    plain = client.get("/?q=Ассамблея")
    assert packed.headers["ETag"] == "W/" + plain.headers["ETag"]
    assert gzip.decompress(packed.data).count(b"hit-") == plain.data.count(b"hit-")
    assert client.get("/?q=Ассамблея", headers={"If-None-Match": packed.headers["ETag"]}).status_code == 304


NEWS = ("Наурыз в Шымкенте\n\nШымкент, 22 марта 2023 г.\n\n"
        "Дом дружбы Шымкента провёл праздник Наурыз для жителей города.\n")


def test_a_document_page_keeps_its_tag_after_an_ingest_of_other_documents_and_a_restart(make_client, archive):
    client = make_client()
    doc = f"/doc/{private_id(client)}"
    urls = (doc, f"{doc}?q=Досмагамбетова&hit=1")
    held = {url: client.get(url, headers=GZIP).headers["ETag"] for url in urls}
    (archive / "news.txt").write_text(NEWS, encoding="utf-8")
    ingest(archive, archive.parent / "index", client=client)
    assert client.get("/api/search?q=Наурыз").get_json()["total"] == 1  # the commit is live
    for fresh in (client, make_client()):  # and a restarted server
        for url in urls:
            again = fresh.get(url, headers={**GZIP, "If-None-Match": held[url]})
            assert again.status_code == 304 and not again.data, url


def test_a_document_page_is_new_when_its_record_changes(make_client, archive):
    client = make_client()
    doc = f"/doc/{private_id(client)}"
    held = client.get(doc).headers["ETag"]
    # the same text in other bytes (a Windows copy): another document, named on the page as one of its text
    (archive / "spravka_crlf.txt").write_bytes((archive / "spravka.txt").read_bytes().replace(b"\n", b"\r\n"))
    ingest(archive, archive.parent / "index", client=client)
    same_text = client.get(doc, headers={"If-None-Match": held})
    assert same_text.status_code == 200 and "spravka_crlf.txt" in same_text.get_data(as_text=True)
    (archive / "spravka_crlf.txt").unlink()
    ingest(archive, archive.parent / "index", prune=True, client=client)
    held = client.get(doc, headers={"If-None-Match": same_text.headers["ETag"]})
    assert held.status_code == 200 and "spravka_crlf.txt" not in held.get_data(as_text=True)
    held = held.headers["ETag"]
    # the same text in another file: the page now lists two places
    (archive / "copy").mkdir()
    (archive / "copy" / "spravka.txt").write_bytes((archive / "spravka.txt").read_bytes())
    ingest(archive, archive.parent / "index", client=client)
    copied = client.get(doc, headers={"If-None-Match": held})
    assert copied.status_code == 200 and copied.get_data(as_text=True).count("spravka.txt") >= 2
    # edited: the old id leads to the new document, never a 304 of the old page
    (archive / "spravka.txt").write_text(PRIVATE.replace("ИИН 920817450612", "ИИН скрыт"), encoding="cp1251")
    (archive / "copy" / "spravka.txt").unlink()
    ingest(archive, archive.parent / "index", prune=True, client=client)
    edited = client.get(doc, headers={"If-None-Match": copied.headers["ETag"]})
    assert edited.status_code == 301 and "ETag" not in edited.headers
    assert "920817450612" not in client.get(edited.headers["Location"]).get_data(as_text=True)
