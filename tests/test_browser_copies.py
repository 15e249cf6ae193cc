"""Copies on the results pages, in a real browser: each result names its file and folder, and a
text held by several documents is one result with the others listed (index.same_text).
The browser and the served app come from test_browser.py."""
from __future__ import annotations

import pytest

from test_browser import TIMEOUT_MS, _served, browser  # noqa: F401 (fixtures)
from test_same_text import archive_of_copies


@pytest.fixture(scope="module")
def copies_server(tmp_path_factory):
    from ingest.pipeline import IngestOptions, run_ingest

    root = tmp_path_factory.mktemp("web-browser-copies")
    archive = root / "archive"
    archive.mkdir()
    for name, text in archive_of_copies().items():
        (archive / name).write_text(text, encoding="utf-8")
    run_ingest([str(archive)], IngestOptions(index_dir=root / "index", workers=1))
    yield from _served(root / "index")


@pytest.fixture()
def copies_page(browser, copies_server):  # noqa: F811
    context = browser.new_context(base_url=copies_server, locale="ru-RU")
    context.set_default_timeout(TIMEOUT_MS)
    yield context.new_page()
    context.close()


def test_look_alike_results_name_their_files_and_copies(copies_page):
    copies_page.goto("/?q=Бакауов")
    hits = copies_page.locator("li.hit")
    assert hits.count() == 2  # news.txt with its Windows copy, and the repost
    files = [hits.nth(i).locator(".files .file-name").inner_text() for i in range(2)]
    assert sorted(files) in (["news.txt", "repost.txt"], ["news_crlf.txt", "repost.txt"])
    news = hits.nth(files.index(next(f for f in files if f.startswith("news"))))
    summary = news.locator("details.copies summary")
    assert summary.inner_text() == "Тот же текст ещё в 1 документе"
    summary.click()
    assert news.locator("details.copies li a").inner_text() in ("news.txt", "news_crlf.txt")


def test_a_press_release_in_twelve_documents_is_one_quote(copies_page):
    copies_page.goto("/quotes?q=единство+народа+главное+достояние")
    quotes = copies_page.locator("li.quote")
    assert quotes.count() == 2
    assert "Бакауов" in quotes.nth(0).inner_text()  # the words side by side first
    assert quotes.nth(1).locator("details.copies summary").inner_text() == "Тот же текст ещё в 11 документах"
