"""A folder of documents ingested into a real index and asked through /api/quotes, as a journalist
checking whose words a passage is does: shared by the attribution test files."""
from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from assembly_search.cli import main
from search_app import create_app


@contextmanager
def quotes_of(docs: Path, index: Path) -> Iterator[Callable[[str], list[dict]]]:
    """Ingest `docs` into `index` and give a function from a query to its /api/quotes hits."""
    assert main(["ingest", str(docs), "--index", str(index), "--workers", "1"]) == 0
    app = create_app(index, testing=True)
    client = app.test_client()

    def find(query: str) -> list[dict]:
        return client.get("/api/quotes", query_string={"q": query, "per_page": 50}).get_json()["hits"]
    try:
        yield find
    finally:
        app.extensions["assembly_search"].close()


def write_documents(docs: Path, documents: dict[str, list[str] | str]) -> None:
    """Write each document into `docs`: a list of paragraphs a blank line apart, or a web page as it is."""
    docs.mkdir(parents=True, exist_ok=True)
    for name, body in documents.items():
        text = body if isinstance(body, str) else "\n\n".join(body) + "\n"
        (docs / name).write_text(text, encoding="utf-8")
