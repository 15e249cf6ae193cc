"""The host names the server answers to (search_app.trusted_hosts): a page elsewhere whose name is
pointed at the archive's address (DNS rebinding) reads nothing, and no link is built from its name."""
from __future__ import annotations

import socket
import subprocess
import sys

import pytest

from search_app import create_app
from search_app.trusted_hosts import own_names, parse_hosts
from test_serving import _stopped, served
from web_corpus import build_web_index

FOREIGN = "attacker.example:5752"


@pytest.fixture(scope="module")
def index(tmp_path_factory):
    root = tmp_path_factory.mktemp("trusted-hosts")
    build_web_index(root / "index", root / "files")
    return root / "index"


@pytest.fixture(scope="module")
def client(index):
    app = create_app(index, testing=True, trusted_hosts=own_names("127.0.0.1") + ["arhiv.assembly.kz", ".apn.kz"])
    yield app.test_client()
    app.extensions["assembly_search"].close()


def _get(client, path: str, host: str, **headers):
    return client.get(path, headers={"Host": host, **headers})


def test_a_foreign_host_name_reads_nothing_of_the_archive(client):
    # every Host was answered 200: a rebinding page read /api/documents, the originals and the pages
    doc_id = client.get("/api/documents", query_string={"limit": 1}).get_json()["documents"][0]["id"]
    for path in ("/api/documents?limit=2", "/api/search?q=заседание", f"/doc/{doc_id}", f"/doc/{doc_id}/file",
                 "/?q=заседание", "/health", "/static/app.js", "/no-such-page"):
        resp = _get(client, path, FOREIGN)
        assert resp.status_code == 400, path
        body = resp.get_data(as_text=True)
        assert "Сервер архива не отвечает на имя «attacker.example»" in body and "заседани" not in body.lower(), path
    assert _get(client, "/api/search?q=заседание", FOREIGN).get_json()["status"] == 400
    assert _get(client, "/health", FOREIGN).get_json()["status"] == 400  # a monitor reads JSON: it was an HTML page
    page = _get(client, "/?q=заседание", "evil.example", Accept="text/html")
    assert page.mimetype == "text/html" and page.headers["Content-Security-Policy"]


@pytest.mark.parametrize("host", ["127.0.0.1:5000", "localhost:5000", "LOCALHOST", "10.0.0.7:8080", "[::1]:5000",
                                  "arhiv.assembly.kz", "arhiv.assembly.kz.:80", "search.apn.kz", "apn.kz",
                                  socket.gethostname(), socket.gethostname() + ":5000"])
def test_the_servers_own_names_and_addresses_are_answered(client, host):
    assert _get(client, "/api/search?q=заседание", host).status_code == 200


@pytest.mark.parametrize("host", ["evil.example", "arhiv.assembly.kz.evil.example", "notapn.kz", "localhost.evil.example",
                                  "127.0.0.1.nip.io"])
def test_names_that_only_look_like_the_servers_are_refused(client, host):
    assert _get(client, "/api/search?q=заседание", host).status_code == 400


def test_permalinks_and_the_csv_urls_name_only_a_trusted_host(client):
    # the quote's permalink and the CSV's url column were built from whatever Host was sent
    rows = _get(client, "/api/search.csv?q=заседание", "arhiv.assembly.kz").get_data(as_text=True)
    assert "http://arhiv.assembly.kz/doc/" in rows
    assert _get(client, "/api/search.csv?q=заседание", "evil.example").status_code == 400
    assert _get(client, "/quotes?q=Ассамблеи", "evil.example").status_code == 400


def test_a_foreign_name_is_logged_once_with_the_setting_that_admits_it(client, caplog):
    with caplog.at_level("WARNING", logger="search_app"):
        for _ in range(3):
            _get(client, "/", "once.example\x1b[2J")
    said = [r.getMessage() for r in caplog.records if "refused requests for the host" in r.getMessage()]
    assert len(said) == 1 and "ASSEMBLY_SEARCH_TRUSTED_HOSTS" in said[0] and "\x1b" not in said[0], said


def test_the_app_of_a_program_of_ones_own_answers_every_host_unless_told(index):
    app = create_app(index, testing=True)
    assert _get(app.test_client(), "/api/search?q=заседание", "anything.example").status_code == 200
    star = create_app(index, testing=True, trusted_hosts=["*"])
    assert _get(star.test_client(), "/api/search?q=заседание", "anything.example").status_code == 200


@pytest.mark.parametrize("text", ["http://arhiv.assembly.kz", "arhiv.assembly.kz:8080", "arhiv/kz", "a..b", "-a.kz"])
def test_a_value_that_is_no_host_name_is_refused_in_one_sentence(text):
    with pytest.raises(ValueError, match="is not a host name; give a name such as"):
        parse_hosts(text)
    assert parse_hosts("Arhiv.Assembly.KZ, .apn.kz  10.0.0.7 *") == ["arhiv.assembly.kz", ".apn.kz", "10.0.0.7", "*"]


def test_a_cyrillic_name_is_taken_as_typed_and_answered_as_the_browser_sends_it(index):
    # Kazakhstan has the .қаз zone: «архив.ассамблея.қаз» was refused with no hint of its xn-- form
    names = parse_hosts("Архив.Ассамблея.ҚАЗ, .ассамблея.қаз")
    assert names == ["xn--80aer5aza.xn--80aadq3ae7aa5k.xn--80ao21a", ".xn--80aadq3ae7aa5k.xn--80ao21a"]
    client = create_app(index, testing=True, trusted_hosts=names).test_client()
    for host in ("xn--80aer5aza.xn--80aadq3ae7aa5k.xn--80ao21a:5752", "xn--80ak6aa92e.xn--80aadq3ae7aa5k.xn--80ao21a"):
        assert _get(client, "/api/search?q=заседание", host).status_code == 200, host
    assert _get(client, "/api/search?q=заседание", "xn--80ao21a").status_code == 400
    with pytest.raises(ValueError, match="архив.ассамблея.қаз"):
        parse_hosts("архив..қаз")


def test_a_refused_name_after_an_address_in_brackets_is_logged_whole(client, caplog):
    # «[::1]evil.example» was logged as «[::1]», an address that is always answered
    with caplog.at_level("WARNING", logger="search_app"):
        assert _get(client, "/api/documents?limit=1", "[::1]evil.example").status_code == 400
        assert _get(client, "/api/documents?limit=1", "[::1]:5752").status_code == 200
    said = [r.getMessage() for r in caplog.records if "refused requests for the host" in r.getMessage()]
    assert len(said) == 1 and "'[::1]evil.example'" in said[0], said


def test_serve_refuses_a_foreign_host_by_default_and_answers_the_names_it_is_given(index, monkeypatch):
    import http.client

    def status(port, host):
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
        try:
            conn.request("GET", "/api/documents?limit=2", headers={"Host": host})
            resp = conn.getresponse()
            resp.read()
            return resp.status
        finally:
            conn.close()

    monkeypatch.setenv("ASSEMBLY_SEARCH_TRUSTED_HOSTS", "arhiv.assembly.kz")
    with served(index, "--host", "127.0.0.1") as (proc, port):
        assert [status(port, h) for h in (f"127.0.0.1:{port}", f"localhost:{port}", f"{socket.gethostname()}:{port}",
                                          "arhiv.assembly.kz", FOREIGN)] == [200, 200, 200, 200, 400]
        _, err = _stopped(proc)
    assert err.count("refused requests for the host 'attacker.example'") == 1, err
    with served(index, "--trusted-host", "*") as (proc, port):  # the option wins over the variable
        assert status(port, FOREIGN) == 200
        _stopped(proc)
    monkeypatch.setenv("ASSEMBLY_SEARCH_TRUSTED_HOSTS", "http://arhiv.assembly.kz")
    bad = subprocess.run([sys.executable, "-m", "assembly_search.cli", "serve", "--index", str(index)],
                         capture_output=True, text=True, timeout=60)
    assert bad.returncode == 2 and "ASSEMBLY_SEARCH_TRUSTED_HOSTS" in bad.stderr and "not a host name" in bad.stderr
    assert "Traceback" not in bad.stderr
