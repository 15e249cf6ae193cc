"""Gzip of the app's answers (search_app.compression), through Flask's test client over a real
index: pages, JSON, the streamed CSV and static files, compressed only for a client that asks,
with Content-Length, ETag and Vary right."""
from __future__ import annotations

import gzip
import re
import zlib

import pytest

from search_app import create_app
from web_corpus import build_web_index

GZIP = {"Accept-Encoding": "gzip, deflate, br"}


def timeless(body: bytes) -> bytes:
    """The answer without the time the search took, which differs from one request to the next."""
    return re.sub(rb'\d+(\.\d+)? \xd0\xbc\xd1\x81|"elapsed_ms": [\d.]+', b"", body)


@pytest.fixture(scope="module")
def client(tmp_path_factory):
    root = tmp_path_factory.mktemp("web-gzip")
    build_web_index(root / "index", root / "files")
    app = create_app(root / "index", testing=True)
    yield app.test_client()
    app.extensions["assembly_search"].close()


@pytest.mark.parametrize("url", ["/?q=заседание", "/quotes?q=согласие", "/doc/p1?q=политики",
                                 "/api/search?q=заседание", "/?q=заседание&from=2019-13-01"])
def test_pages_and_json_are_gzipped_for_a_client_that_asks(client, url):
    plain = client.get(url)
    packed = client.get(url, headers=GZIP)
    assert plain.headers.get("Content-Encoding") is None and len(plain.data) > 2000
    assert packed.headers["Content-Encoding"] == "gzip"
    assert int(packed.headers["Content-Length"]) == len(packed.data) < len(plain.data) / 2
    assert timeless(gzip.decompress(packed.data)) == timeless(plain.data) and packed.status_code == plain.status_code
    assert "Accept-Encoding" in plain.headers["Vary"] and "Accept-Encoding" in packed.headers["Vary"]


def test_a_client_that_refuses_gzip_gets_the_plain_text(client):
    for value in ("identity", "gzip;q=0", "br"):
        resp = client.get("/?q=заседание", headers={"Accept-Encoding": value})
        assert resp.headers.get("Content-Encoding") is None and b"<html" in resp.data


def test_the_csv_export_stays_streamed_each_piece_readable_on_arrival(client, monkeypatch):
    monkeypatch.setattr("search_app.api.CSV_CHUNK_CHARS", 500)  # pieces of a few rows: several of them
    plain = client.get("/api/search.csv?q=заседание").data  # read whole before the next streams
    packed = client.get("/api/search.csv?q=заседание", headers=GZIP)
    assert packed.is_streamed and packed.headers["Content-Encoding"] == "gzip"
    assert "Content-Length" not in packed.headers
    reader = zlib.decompressobj(16 + zlib.MAX_WBITS)
    pieces = iter(packed.response)
    first = reader.decompress(next(pieces))
    assert first.decode("utf-8-sig").startswith("id;title;")  # rows readable before the stream ends
    assert 500 <= len(first) < len(plain) / 3
    rest = b"".join(reader.decompress(piece) for piece in pieces) + reader.flush()
    packed.close()
    assert reader.eof and first + rest == plain


def test_static_files_keep_a_304_on_their_weak_etag(client):
    plain = client.get("/static/style.css")
    packed = client.get("/static/style.css", headers=GZIP)
    assert packed.headers["Content-Encoding"] == "gzip" and gzip.decompress(packed.data) == plain.data
    assert int(packed.headers["Content-Length"]) == len(packed.data)
    etag = packed.headers["ETag"]
    assert etag == "W/" + plain.headers["ETag"]  # another body, the same resource
    again = client.get("/static/style.css", headers={**GZIP, "If-None-Match": etag})
    assert again.status_code == 304 and not again.data


def test_a_range_request_gets_bytes_of_the_plain_file(client):
    plain = client.get("/static/style.css")
    part = client.get("/static/style.css", headers={**GZIP, "Range": "bytes=0-99"})
    assert part.status_code == 206 and part.headers.get("Content-Encoding") is None
    assert part.data == plain.data[:100]


def test_downloads_and_small_answers_are_left_alone(client):
    original = client.get("/doc/d1/file", headers=GZIP)  # a byte-exact copy of the original
    assert original.status_code == 200 and original.headers.get("Content-Encoding") is None
    tiny = client.get("/health", headers=GZIP)
    assert tiny.headers.get("Content-Encoding") is None


def _transcript() -> str:
    """A transcript in the archive's way (about 40 KB): a page per form feed, speakers' turns."""
    turns = [
        "ПРЕДСЕДАТЕЛЬСТВУЮЩИЙ. Уважаемые члены Ассамблеи! Переходим к вопросу {n} повестки дня.",
        "АБДРАХМАНОВ С.К. Доклад о работе домов дружбы в области за {n} квартал: проведено {m} встреч, "
        "в них участвовали представители {k} этнокультурных объединений.",
        "ДЕМЕНТЬЕВА Н.В. Предлагаю поддержать проект решения с поправками комиссии, внесенными {m} марта.",
    ]
    pages = []
    for n in range(1, 121):
        pages.append("\n\n".join(t.format(n=n, m=n * 7 % 31 + 1, k=n * 13 % 97) for t in turns))
    return "СТЕНОГРАММА заседания Ассамблеи\n\nАстана, 28 апреля 2022 г.\n\n" + "\f".join(pages) + "\n"


@pytest.fixture(scope="module")
def transcript(tmp_path_factory):
    """An ingested transcript in windows-1251: (client, document id, the file's bytes)."""
    from ingest.pipeline import IngestOptions, run_ingest

    root = tmp_path_factory.mktemp("web-gzip-text")
    (root / "archive").mkdir()
    data = _transcript().encode("cp1251")
    (root / "archive" / "stenogramma.txt").write_bytes(data)
    run_ingest([str(root / "archive")], IngestOptions(index_dir=root / "index", workers=1))
    app = create_app(root / "index", testing=True)
    client = app.test_client()
    doc_id = client.get("/api/search?q=стенограмма").get_json()["hits"][0]["id"]
    yield client, doc_id, data
    app.extensions["assembly_search"].close()


def test_an_original_text_file_is_gzipped_and_unpacks_to_the_same_bytes(transcript):
    client, doc_id, data = transcript
    packed = client.get(f"/doc/{doc_id}/file", headers=GZIP)
    assert packed.status_code == 200 and packed.headers["Content-Encoding"] == "gzip"
    assert packed.headers["Content-Type"] == "text/plain; charset=windows-1251"
    assert int(packed.headers["Content-Length"]) == len(packed.data) < len(data) / 3
    assert gzip.decompress(packed.data) == data and "attachment" in packed.headers["Content-Disposition"]
    assert client.get(f"/doc/{doc_id}/file").data == data  # a client without gzip: the file as it is


def test_a_resumed_text_download_gets_the_plain_bytes_it_lacks(transcript):
    client, doc_id, data = transcript
    strong = client.get(f"/doc/{doc_id}/file").headers["ETag"]
    rest = client.get(f"/doc/{doc_id}/file", headers={**GZIP, "Range": "bytes=20480-", "If-Range": strong})
    assert rest.status_code == 206 and rest.headers.get("Content-Encoding") is None
    assert rest.data == data[20480:]


def test_a_resume_naming_the_gzipped_downloads_weak_tag_gets_the_whole_file(transcript):
    client, doc_id, data = transcript
    weak = client.get(f"/doc/{doc_id}/file", headers=GZIP).headers["ETag"]
    assert weak.startswith("W/")
    # If-Range compares strongly (RFC 9110 13.1.5): a weak tag never matches, so no 206 of a range
    whole = client.get(f"/doc/{doc_id}/file", headers={**GZIP, "Range": "bytes=20480-", "If-Range": weak})
    assert whole.status_code == 200 and "Content-Range" not in whole.headers
    assert whole.headers["Content-Encoding"] == "gzip" and gzip.decompress(whole.data) == data
    plain = client.get(f"/doc/{doc_id}/file", headers={"Range": "bytes=20480-", "If-Range": weak})
    assert plain.status_code == 200 and plain.data == data


def test_a_text_file_past_the_in_memory_size_is_streamed_gzipped(transcript, monkeypatch):
    client, doc_id, data = transcript
    monkeypatch.setattr("search_app.compression.WHOLE_FILE_BYTES", 16 * 1024)  # the transcript counts as big
    packed = client.get(f"/doc/{doc_id}/file", headers=GZIP)
    assert packed.is_streamed and packed.headers["Content-Encoding"] == "gzip"
    assert "Content-Length" not in packed.headers
    body = packed.get_data()
    assert gzip.decompress(body) == data and len(body) < len(data) / 3


def _mht(html: str) -> bytes:
    """`html` saved as a web archive, as Internet Explorer's «веб-архив» writes one."""
    import quopri

    body = quopri.encodestring(html.encode("utf-8")).decode("ascii")
    return ("From: <Saved by Windows Internet Explorer 8>\r\nSubject: Stenogramma\r\nMIME-Version: 1.0\r\n"
            'Content-Type: multipart/related; type="text/html"; boundary="----=_NextPart_000"\r\n\r\n'
            "------=_NextPart_000\r\nContent-Type: text/html; charset=\"utf-8\"\r\n"
            "Content-Transfer-Encoding: quoted-printable\r\nContent-Location: http://assembly.kz/xxviii\r\n\r\n"
            f"{body}\r\n------=_NextPart_000--\r\n").encode("ascii")


def _html(text: str, title: str, xhtml: bool = False) -> str:
    paras = "".join(f"<p>{p}</p>" for p in text.replace("\f", "\n\n").split("\n\n"))
    head = ('<?xml version="1.0" encoding="utf-8"?>\n<html xmlns="http://www.w3.org/1999/xhtml">' if xhtml
            else "<html>")
    return f'{head}<head><meta charset="utf-8"/><title>{title}</title></head><body>{paras}</body></html>'


@pytest.fixture(scope="module")
def originals(tmp_path_factory):
    """Transcripts saved as a file without an extension (windows-1251 text), an XHTML page and a
    web archive: (client, file name -> (document id, the file's bytes))."""
    from ingest.pipeline import IngestOptions, run_ingest

    root = tmp_path_factory.mktemp("web-gzip-originals")
    (root / "archive").mkdir()
    text = _transcript()
    files = {
        "STENO_XXIX_2021": text.replace("СТЕНОГРАММА", "СТЕНОГРАММА XXIX сессии").encode("cp1251"),
        "otchet.xhtml": _html(text, "Отчёт XXX сессии", xhtml=True).encode("utf-8"),
        "stenogramma-xxviii.mht": _mht(_html(text, "Стенограмма XXVIII сессии")),
        "STENO_XXVII_WEBARCHIVE": _mht(_html(text, "Стенограмма XXVII сессии")),  # a web archive without an extension
    }
    for name, data in files.items():
        (root / "archive" / name).write_bytes(data)
    run_ingest([str(root / "archive")], IngestOptions(index_dir=root / "index", workers=1))
    app = create_app(root / "index", testing=True)
    client = app.test_client()
    ids = {}
    for hit in client.get("/api/search?q=Ассамблея&per_page=10&include=paths").get_json()["hits"]:
        ids[hit["paths"][0].rsplit("/", 1)[-1]] = hit["id"]
    yield client, {name: (ids[name], data) for name, data in files.items()}
    app.extensions["assembly_search"].close()


@pytest.mark.parametrize("name, content_type", [
    ("STENO_XXIX_2021", "text/plain; charset=windows-1251"),  # read as text by ingest: sent as text
    ("otchet.xhtml", "application/xhtml+xml; charset=UTF-8"),
    ("stenogramma-xxviii.mht", "message/rfc822"),
    ("STENO_XXVII_WEBARCHIVE", "message/rfc822"),  # not text/html: a browser would show its MIME text
])
def test_originals_of_other_text_kinds_are_gzipped_with_their_type(originals, name, content_type):
    client, files = originals
    doc_id, data = files[name]
    packed = client.get(f"/doc/{doc_id}/file", headers=GZIP)
    assert packed.status_code == 200 and packed.headers["Content-Encoding"] == "gzip"
    assert packed.headers["Content-Type"] == content_type
    assert int(packed.headers["Content-Length"]) == len(packed.data) < len(data) / 3
    assert gzip.decompress(packed.data) == data
    plain = client.get(f"/doc/{doc_id}/file")
    assert plain.data == data and plain.headers["Content-Type"] == content_type
