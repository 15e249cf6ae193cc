"""Cross-origin reads of the JSON API: none by default, only the origins an operator allows
(search_app.cors), through Flask's test client over a real index and through the command.
A real browser's fetch from another origin is in test_browser.py."""
from __future__ import annotations

import pytest

from assembly_search.cli import main
from search_app import create_app
from search_app.cors import parse_origins

CATALOG = "https://catalog.example.edu"


@pytest.fixture()
def app_for(built_index):
    apps = []

    def make(origins):
        app = create_app(built_index, testing=True, cors_origins=origins)
        apps.append(app)
        return app.test_client()
    yield make
    for app in apps:
        app.extensions["assembly_search"].close()


def test_no_origin_is_allowed_by_default(app_for):
    # an intranet archive: `*` would let any outside page a staff member opens read it through her browser
    resp = app_for([]).get("/api/search", headers={"Origin": CATALOG})
    assert resp.status_code == 200 and "Access-Control-Allow-Origin" not in resp.headers


@pytest.mark.parametrize("url", ["/api/search?q=Ассамблея", "/api/quotes?q=Ассамблея", "/api/documents",
                                 "/api/documents/a1", "/api/search.csv?q=Ассамблея", "/health"])
def test_an_allowed_origin_reads_the_api(app_for, url):
    resp = app_for([CATALOG]).get(url, headers={"Origin": CATALOG})
    assert resp.status_code == 200 and resp.headers["Access-Control-Allow-Origin"] == CATALOG
    assert "Origin" in resp.headers["Vary"]  # a cache keeps one answer per origin
    assert "ETag" in resp.headers["Access-Control-Expose-Headers"]


def test_another_origin_and_the_pages_get_no_cors_headers(app_for):
    client = app_for([CATALOG])
    other = client.get("/api/search", headers={"Origin": "https://evil.example"})
    assert other.status_code == 200 and "Access-Control-Allow-Origin" not in other.headers
    assert "Access-Control-Allow-Origin" not in client.get("/", headers={"Origin": CATALOG}).headers
    assert "Access-Control-Allow-Origin" not in client.post("/api/search", headers={"Origin": CATALOG}).headers


def test_the_preflight_answers_an_allowed_origin_only(app_for):
    client = app_for([CATALOG])
    asked = {"Access-Control-Request-Method": "GET", "Access-Control-Request-Headers": "if-none-match"}
    allowed = client.options("/api/search", headers={"Origin": CATALOG, **asked})
    assert allowed.status_code == 200 and allowed.headers["Access-Control-Allow-Origin"] == CATALOG
    assert allowed.headers["Access-Control-Allow-Methods"] == "GET, HEAD"
    assert "If-None-Match" in allowed.headers["Access-Control-Allow-Headers"]
    refused = client.options("/api/search", headers={"Origin": "https://evil.example", **asked})
    assert not any(name.startswith("Access-Control-") for name in refused.headers.keys())


def test_a_star_allows_every_origin(app_for):
    resp = app_for(["*"]).get("/api/search", headers={"Origin": "https://anyone.example"})
    assert resp.headers["Access-Control-Allow-Origin"] == "*"


def test_origins_are_read_from_a_list_and_a_path_is_refused():
    assert parse_origins(f"{CATALOG}/, http://intranet:8080  HTTP://Intranet:8080") == [CATALOG, "http://intranet:8080"]
    with pytest.raises(ValueError, match="is not an origin"):
        parse_origins("https://catalog.example.edu/search")
    with pytest.raises(ValueError, match="is not an origin"):
        parse_origins("catalog.example.edu")


@pytest.mark.parametrize("given", [["--cors-origin", "catalog.example.edu"], []])
def test_a_bad_origin_is_a_usage_error_of_serve(built_index, monkeypatch, capsys, given):
    monkeypatch.setenv("ASSEMBLY_SEARCH_CORS_ORIGINS", "https://ok.example, ftp://files.example")
    try:
        code = main(["serve", "--index", str(built_index), "--port", "1", *given])
    except SystemExit as exc:
        code = exc.code
    err = capsys.readouterr().err
    assert code == 2 and "is not an origin" in err and "Traceback" not in err, err
    assert ("catalog.example.edu" if given else "$ASSEMBLY_SEARCH_CORS_ORIGINS") in err


def test_a_portal_reads_when_to_ask_again_for_a_refused_export(built_index):
    # the 503 of an export refused while every slot streams says Retry-After: 30, which a script of
    # another origin could not read (no CORS-safelisted header), so the portal could not back off as told
    app = create_app(built_index, testing=True, cors_origins=[CATALOG], exports=1)
    client = app.test_client()
    try:
        held = client.get("/api/search.csv", query_string={"q": "Ассамблея"}, headers={"Origin": CATALOG})
        refused = client.get("/api/search.csv", query_string={"q": "Ассамблея"}, headers={"Origin": CATALOG})
        assert refused.status_code == 503 and refused.headers["Retry-After"] == "30"
        assert refused.headers["Access-Control-Allow-Origin"] == CATALOG
        exposed = {h.strip().lower() for h in refused.headers["Access-Control-Expose-Headers"].split(",")}
        assert {"retry-after", "etag", "x-total-count"} <= exposed
        held.close()
    finally:
        app.extensions["assembly_search"].close()
