"""A folder of documents ingested into a real index and asked through /api/quotes, as a journalist
checking whose words a passage is does: shared by the attribution test files."""
from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from flask.testing import FlaskClient

from assembly_search.cli import main
from search_app import create_app


@contextmanager
def client_of(docs: Path, index: Path) -> Iterator[FlaskClient]:
    """Ingest `docs` into `index` and give a test client of the web app over it."""
    assert main(["ingest", str(docs), "--index", str(index), "--workers", "1"]) == 0
    app = create_app(index, testing=True)
    try:
        yield app.test_client()
    finally:
        app.extensions["assembly_search"].close()


@contextmanager
def client_of_texts(tmp_path_factory, texts: dict[str, str]) -> Iterator[FlaskClient]:
    """Write `texts` (file name -> text) as files, ingest them and give a test client over them."""
    docs, index = tmp_path_factory.mktemp("docs"), tmp_path_factory.mktemp("index")
    for name, text in texts.items():
        (docs / name).write_text(text, encoding="utf-8")
    with client_of(docs, index) as client:
        yield client


@contextmanager
def quotes_of(docs: Path, index: Path) -> Iterator[Callable[[str], list[dict]]]:
    """Ingest `docs` into `index` and give a function from a query to its /api/quotes hits."""
    with client_of(docs, index) as client:
        def find(query: str) -> list[dict]:
            return client.get("/api/quotes", query_string={"q": query, "per_page": 50}).get_json()["hits"]
        yield find


def one_quote(client: FlaskClient, q: str) -> dict:
    """The one quote /api/quotes finds for `q`."""
    hits = client.get("/api/quotes", query_string={"q": q}).get_json()["hits"]
    assert len(hits) == 1, q
    return hits[0]


def facet(client: FlaskClient, name: str, **query: str) -> dict[str, int]:
    """The values and counts of /api/search's facet `name` for `query`."""
    data = client.get("/api/search", query_string=query).get_json()
    return {f["value"]: f["count"] for f in data["facets"][name]}


def document(client: FlaskClient, file_name: str) -> dict:
    """/api/documents/<id> of the document ingested from `file_name`."""
    hits = client.get("/api/search", query_string={"q": "", "per_page": 50}).get_json()["hits"]
    found = [client.get(f"/api/documents/{h['id']}").get_json() for h in hits]
    return next(d for d in found if d["file_name"] == file_name)


def write_documents(docs: Path, documents: dict[str, list[str] | str]) -> None:
    """Write each document into `docs`: a list of paragraphs a blank line apart, or a web page as it is."""
    docs.mkdir(parents=True, exist_ok=True)
    for name, body in documents.items():
        text = body if isinstance(body, str) else "\n\n".join(body) + "\n"
        (docs / name).write_text(text, encoding="utf-8")
