"""Web crawls and Safari's saved pages: a WARC's captured page (plain or .warc.gz) and a .webarchive are read
by the HTML parser with the address they came from; a crawl of several pages, which would be several
documents, is refused in one sentence; the page's original address is kept, shown and sent by the API."""
from __future__ import annotations

import gzip
import json
import plistlib

import pytest

from ingest.parsers import ParseError, parse_bytes, sniff_format
from ingest.pipeline import IngestOptions, run_ingest
from search_app import create_app


def _page(title: str, body: str, date_line: str, head: str = "") -> bytes:
    return (f'<!DOCTYPE html>\n<html lang="ru"><head><meta charset="utf-8"><title>{title}</title>{head}</head>'
            f'<body><article><h1>{title}</h1><p>{date_line}</p><p>{body}</p></article></body></html>').encode()


FESTIVAL = _page("Этнофестиваль собрал гостей в Степногорске",
                 "На фестивале выступил руководитель этнокультурного центра Иван Штерн, который рассказал о "
                 "традициях немецкой общины и о работе воскресной школы родного языка.", "24.02.2023")
ROUND_TABLE = _page("В Кокшетау обсудили роль медиации",
                    "Участники круглого стола обсудили работу кабинетов медиации при Ассамблее народа Казахстана "
                    "и подвели итоги года в Акмолинской области.", "01.03.2023")


def _record(kind: str, headers: dict[str, str], block: bytes) -> bytes:
    lines = [b"WARC/1.0", f"WARC-Type: {kind}".encode()]
    lines += [f"{k}: {v}".encode() for k, v in headers.items()]
    lines.append(f"Content-Length: {len(block)}".encode())
    return b"\r\n".join(lines) + b"\r\n\r\n" + block + b"\r\n\r\n"


def _response(url: str, page: bytes, chunked: bool = False, gzipped: bool = False, kind: str = "text/html") -> bytes:
    body = gzip.compress(page) if gzipped else page
    headers = [b"HTTP/1.1 200 OK", f"Content-Type: {kind}; charset=utf-8".encode()]
    if gzipped:
        headers.append(b"Content-Encoding: gzip")
    if chunked:
        headers.append(b"Transfer-Encoding: chunked")
        half = len(body) // 2
        body = b"".join(b"%x\r\n%s\r\n" % (len(part), part) for part in (body[:half], body[half:])) + b"0\r\n\r\n"
    http = b"\r\n".join(headers) + b"\r\n\r\n" + body
    return _record("response", {"WARC-Target-URI": url, "WARC-Date": "2023-03-05T10:00:04Z",
                                "Content-Type": "application/http; msgtype=response"}, http)


def _crawl(*records: bytes) -> bytes:
    info = _record("warcinfo", {"WARC-Date": "2023-03-05T10:00:00Z", "Content-Type": "application/warc-fields"},
                   b"software: Wget/1.21\r\n")
    return info + b"".join(records)


ONE_PAGE = _crawl(
    _record("request", {"WARC-Target-URI": "https://anq-akmola.kz/news.php?id=14"}, b"GET /news.php?id=14 HTTP/1.1\r\n\r\n"),
    _response("https://anq-akmola.kz/news.php?id=14", FESTIVAL, chunked=True, gzipped=True),
    _response("https://anq-akmola.kz/logo.png", b"\x89PNG....", kind="image/png"),
    _record("revisit", {"WARC-Target-URI": "https://anq-akmola.kz/news.php?id=14",
                        "WARC-Profile": "http://netpreserve.org/warc/1.0/revisit/identical-payload-digest"}, b""),
)
TWO_PAGES = _crawl(_response("https://anq-akmola.kz/news.php?id=14", FESTIVAL),
                   _response("https://anq-akmola.kz/news.php?id=15", ROUND_TABLE))


def _gzipped_per_record(*records: bytes) -> bytes:
    return b"".join(gzip.compress(r) for r in records)


def _webarchive(page: bytes, encoding: str = "UTF-8") -> bytes:
    main = {"WebResourceData": page, "WebResourceMIMEType": "text/html", "WebResourceTextEncodingName": encoding,
            "WebResourceURL": "https://anq-akmola.kz/news.php?id=15", "WebResourceFrameName": ""}
    return plistlib.dumps({"WebMainResource": main, "WebSubresources": []}, fmt=plistlib.FMT_BINARY)


def test_a_crawl_of_one_page_is_that_page_with_its_address_and_capture_day():
    parsed = parse_bytes(ONE_PAGE, "site.warc")
    assert parsed.format == "warc"
    assert parsed.title == "Этнофестиваль собрал гостей в Степногорске"
    assert "Штерн" in parsed.text and "PNG" not in parsed.text
    assert parsed.metadata["url"] == "https://anq-akmola.kz/news.php?id=14"
    assert parsed.metadata["captured"] == "2023-03-05"
    assert "published" not in parsed.metadata  # the capture day is no date of the article


def test_a_gzipped_crawl_is_read_record_by_record_under_any_name():
    data = _gzipped_per_record(ONE_PAGE)
    assert sniff_format("site.warc.gz", data[:4096]) == "warc"
    assert parse_bytes(data, "site.warc.gz").metadata["url"] == "https://anq-akmola.kz/news.php?id=14"


def test_a_crawl_of_several_pages_is_refused_not_read_as_one_page():
    # its first page's HTML lies in its first kilobyte: it made the file one page of two articles
    assert sniff_format("crawl.warc", TWO_PAGES[:4096]) == "warc"
    with pytest.raises(ParseError) as e:
        parse_bytes(TWO_PAGES, "crawl.warc")
    assert e.value.reason == "unsupported"
    assert "web crawl (WARC) of 2 captured pages" in str(e.value)


def test_a_crawl_without_a_page_says_so():
    with pytest.raises(ParseError) as e:
        parse_bytes(_crawl(_response("https://anq-akmola.kz/logo.png", b"\x89PNG", kind="image/png")), "x.warc")
    assert e.value.reason == "empty" and "no captured HTML page" in str(e.value)


def test_a_page_body_that_unpacks_past_the_size_limit_is_too_large():
    # a few KB of gzip that unpack to 10 MB: the limit holds for the body inside a record as for the file
    page = b"<html><body><p>" + b"a" * (10 * 2**20) + b"</p></body></html>"
    crawl = _crawl(_response("https://anq-akmola.kz/news.php?id=14", page, gzipped=True))
    assert len(crawl) < 2**20
    with pytest.raises(ParseError) as e:
        parse_bytes(crawl, "bomb.warc", max_bytes=2**20)
    assert e.value.reason == "too_large" and "--size-limit" in str(e.value)
    with pytest.raises(ParseError) as e:
        parse_bytes(_crawl(_response("https://anq-akmola.kz/news.php?id=14", page, gzipped=True, chunked=True)),
                    "bomb.warc", max_bytes=2**20)
    assert e.value.reason == "too_large"


@pytest.mark.parametrize("length", ["-79", "+5", "\u0665", "", "5x"])
def test_a_record_with_a_bad_content_length_is_damaged_at_once(length):
    # a negative length moved the next record's start backwards: the reader looped for ever
    record = f"WARC/1.0\r\nWARC-Type: resource\r\nContent-Type: text/html\r\nContent-Length: {length}\r\n\r\n"
    with pytest.raises(ParseError) as e:
        parse_bytes(record.encode() + b"abcde", "neg.warc")
    assert e.value.reason == "damaged" and "Content-Length" in str(e.value)


def test_a_negative_chunk_size_ends_the_body():
    http = (b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nTransfer-Encoding: chunked\r\n\r\n"
            b"%x\r\n%s\r\n-5\r\nabc\r\n" % (len(FESTIVAL), FESTIVAL))
    crawl = _crawl(_record("response", {"WARC-Target-URI": "https://anq-akmola.kz/news.php?id=14",
                                        "Content-Type": "application/http; msgtype=response"}, http))
    assert "Штерн" in parse_bytes(crawl, "site.warc").text


def test_a_page_captured_twice_is_one_page_read_from_its_latest_capture():
    # a daily recrawl: the same address on two days is one page, not a crawl of two
    again = _response("https://anq-akmola.kz/news.php?id=14", FESTIVAL).replace(b"2023-03-05T", b"2023-03-07T")
    parsed = parse_bytes(_crawl(_response("https://anq-akmola.kz/news.php?id=14", FESTIVAL), again), "daily.warc")
    assert parsed.metadata["url"] == "https://anq-akmola.kz/news.php?id=14"
    assert parsed.metadata["captured"] == "2023-03-07"
    with pytest.raises(ParseError) as e:  # two addresses are still two pages
        parse_bytes(_crawl(_response("https://anq-akmola.kz/news.php?id=14", FESTIVAL), again,
                           _response("https://anq-akmola.kz/news.php?id=15", ROUND_TABLE)), "crawl.warc")
    assert "of 2 captured pages" in str(e.value)


@pytest.mark.parametrize("encoding", ["UTF-8", "windows-1251"])
def test_a_safari_webarchive_is_its_main_page(encoding):
    page = ROUND_TABLE.decode().replace('charset="utf-8"', "").encode(encoding)
    parsed = parse_bytes(_webarchive(page, encoding), "Медиация.webarchive")
    assert parsed.format == "webarchive"
    assert parsed.title == "В Кокшетау обсудили роль медиации"
    assert "кабинетов медиации" in parsed.text
    assert parsed.metadata["url"] == "https://anq-akmola.kz/news.php?id=15"


def test_a_damaged_webarchive_is_named_as_one():
    with pytest.raises(ParseError) as e:
        parse_bytes(b"bplist00" + b"\x00" * 40, "x.webarchive")
    assert "Safari web archive" in str(e.value)


@pytest.mark.parametrize("subframes", [True, 3, "frames", {"a": 1}])
def test_a_webarchive_frameset_with_damaged_subframes_fails_as_a_frameset_not_a_crash(subframes):
    frameset = b'<html><frameset cols="200,*"><frame src="menu.html"><frame src="news.html"></frameset></html>'
    main = {"WebResourceData": frameset, "WebResourceMIMEType": "text/html", "WebResourceURL": "https://a.kz/"}
    data = plistlib.dumps({"WebMainResource": main, "WebSubframeArchives": subframes}, fmt=plistlib.FMT_BINARY)
    with pytest.raises(ParseError) as e:
        parse_bytes(data, "framed.webarchive")
    assert e.value.reason == "frameset"


def test_a_webarchive_of_a_page_opened_from_disk_gives_no_address():
    main = {"WebResourceData": ROUND_TABLE, "WebResourceMIMEType": "text/html", "WebResourceTextEncodingName": "UTF-8",
            "WebResourceURL": "file:///Users/aigul/Desktop/%D0%9A.html"}
    data = plistlib.dumps({"WebMainResource": main}, fmt=plistlib.FMT_BINARY)
    parsed = parse_bytes(data, "local.webarchive")
    assert "кабинетов медиации" in parsed.text and "url" not in parsed.metadata


@pytest.mark.parametrize("comment, url", [
    ("<!-- saved from url=(0037)https://anq-sko.kz/etno.php?lang=ru -->", "https://anq-sko.kz/etno.php?lang=ru"),
    ("<!-- Mirrored from anq-akmola.kz/news.php?id=15 by HTTrack Website Copier/3.x -->", "anq-akmola.kz/news.php?id=15"),
])
def test_a_saved_page_keeps_the_address_its_saver_wrote(comment, url):
    assert parse_bytes(comment.encode() + ROUND_TABLE, "page.html").metadata["url"] == url


def test_a_page_gives_its_canonical_address():
    page = _page("В Кокшетау обсудили роль медиации", "Участники круглого стола обсудили работу кабинетов медиации.",
                 "01.03.2023", head='<link rel="canonical" href="https://anq-akmola.kz/news.php?id=15">')
    assert parse_bytes(page, "page.html").metadata["url"] == "https://anq-akmola.kz/news.php?id=15"


def test_an_mht_keeps_the_address_it_was_saved_from():
    mht = (b"From: <Saved by Blink>\r\nSnapshot-Content-Location: https://anq-akmola.kz/news.php?id=15\r\n"
           b"MIME-Version: 1.0\r\nContent-Type: multipart/related; type=\"text/html\"; boundary=\"B\"\r\n\r\n"
           b"--B\r\nContent-Type: text/html; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n"
           b"Content-Location: https://anq-akmola.kz/news.php?id=15\r\n\r\n" + ROUND_TABLE + b"\r\n--B--\r\n")
    assert parse_bytes(mht, "page.mhtml").metadata["url"] == "https://anq-akmola.kz/news.php?id=15"


@pytest.fixture(scope="module")
def crawled(tmp_path_factory):
    archive, index = tmp_path_factory.mktemp("crawls"), tmp_path_factory.mktemp("index")
    (archive / "festival.warc.gz").write_bytes(_gzipped_per_record(ONE_PAGE))
    (archive / "crawl.warc").write_bytes(TWO_PAGES)
    (archive / "Медиация.webarchive").write_bytes(_webarchive(ROUND_TABLE))
    report = archive.parent / (archive.name + "-report.jsonl")
    summary = run_ingest([str(archive)], IngestOptions(index_dir=index, workers=1, report_path=report))
    lines = {json.loads(line)["path"].rsplit("/", 1)[-1]: json.loads(line) for line in report.read_text().splitlines()}
    app = create_app(index, testing=True)
    yield summary, lines, app
    app.extensions["assembly_search"].close()


def test_ingest_reads_the_crawl_and_the_webarchive_and_skips_the_crawl_of_many(crawled):
    summary, lines, _ = crawled
    assert lines["festival.warc.gz"]["status"] == "indexed" and lines["festival.warc.gz"]["format"] == "warc"
    assert lines["Медиация.webarchive"]["status"] == "indexed"
    assert lines["crawl.warc"]["status"] == "skipped" and lines["crawl.warc"]["reason"] == "unsupported"
    assert summary.exit_code == 0


def test_the_document_page_and_api_show_the_original_address(crawled):
    _, lines, app = crawled
    client = app.test_client()
    doc_id = lines["festival.warc.gz"]["document_id"]
    api = client.get(f"/api/documents/{doc_id}").get_json()
    assert api["original_url"] == "https://anq-akmola.kz/news.php?id=14"
    assert api["captured"] == "2023-03-05"
    assert api["date"] is None or not str(api["date"]).startswith("2023-03-05")  # no capture day as its date
    html = client.get(f"/doc/{doc_id}").get_data(as_text=True)
    assert 'href="https://anq-akmola.kz/news.php?id=14"' in html and "Адрес страницы" in html
    assert "сохранена 5\u00a0марта 2023" in html


def test_the_skipped_crawl_is_not_called_misnamed(crawled):
    _, lines, _ = crawled
    assert "misnamed" not in lines["crawl.warc"]["message"]
