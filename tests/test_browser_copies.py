"""Copies on the results pages, in a real browser: each result names its file and folder, and a
text held by several documents is one result with the others listed (index.same_text).
The browser and the served app come from test_browser.py."""
from __future__ import annotations

import pytest

from test_browser import TIMEOUT_MS, _served, browser  # noqa: F401 (fixtures)
from test_same_text import archive_of_copies, archive_with_a_repost


def _served_archive(tmp_path_factory, name: str, files: dict[str, str]):
    from ingest.pipeline import IngestOptions, run_ingest

    root = tmp_path_factory.mktemp(name)
    archive = root / "archive"
    archive.mkdir()
    for file_name, text in files.items():
        (archive / file_name).write_text(text, encoding="utf-8")
    run_ingest([str(archive)], IngestOptions(index_dir=root / "index", workers=1))
    yield from _served(root / "index")


@pytest.fixture(scope="module")
def copies_server(tmp_path_factory):
    yield from _served_archive(tmp_path_factory, "web-browser-copies", archive_of_copies())


@pytest.fixture(scope="module")
def repost_server(tmp_path_factory):
    """An original kept as three files, its Windows copy as two, and a shorter repost of the same day."""
    yield from _served_archive(tmp_path_factory, "web-browser-repost", archive_with_a_repost())


def _page(browser, server):  # noqa: F811
    context = browser.new_context(base_url=server, locale="ru-RU")
    context.set_default_timeout(TIMEOUT_MS)
    return context


@pytest.fixture()
def copies_page(browser, copies_server):  # noqa: F811
    context = _page(browser, copies_server)
    yield context.new_page()
    context.close()


@pytest.fixture()
def repost_page(browser, repost_server):  # noqa: F811
    context = _page(browser, repost_server)
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


def test_each_copy_lists_all_its_files_and_the_original_stands_on_every_sort(repost_page):
    for sort in ("relevance", "newest"):
        repost_page.goto(f"/?q=Павлодар+заседание&sort={sort}")
        original = repost_page.locator("li.hit", has=repost_page.locator("details.copies"))
        assert original.locator(".files .file-name").inner_text() == "original.txt"
        assert "ещё 2 файла" in original.locator("p.files").inner_text()
        original.locator("details.copies summary").click()
        copy = original.locator("details.copies > ul > li")
        assert copy.locator("> a").inner_text() == "original_crlf.txt"
        assert copy.locator(".copy-files .file-name").all_inner_texts() == ["original_crlf_copy.txt"]
        assert copy.locator(".copy-files .file-name").is_visible()


def test_a_quote_is_cited_from_the_original_not_the_shorter_repost(repost_page):
    repost_page.goto("/quotes?q=%22главное+достояние%22")
    quote = repost_page.locator("li.quote").first
    assert "Б. Бакауов" in quote.inner_text() and "Заседание в Павлодаре" in quote.inner_text()
    assert quote.locator("p.files .file-name").inner_text() == "original.txt"  # not the repost.txt


def test_a_copys_page_names_the_other_documents_of_its_text(repost_page):
    repost_page.goto("/?q=Павлодар+заседание")
    original = repost_page.locator("li.hit", has=repost_page.locator("details.copies"))
    original.locator("details.copies summary").click()
    original.locator("details.copies > ul > li > a").click()
    repost_page.wait_for_url("**/doc/**")
    assert repost_page.locator("dt#copies").inner_text() == "Тот же текст"
    copies = repost_page.locator("dd.copies")
    assert copies.inner_text().startswith("ещё в 1 документе")
    assert copies.locator("> ul > li > a").inner_text() == "original.txt"
    assert copies.locator(".copy-files .file-name").all_inner_texts() == ["original_backup.txt", "original_saved.txt"]
    copies.locator("> ul > li > a").click()
    repost_page.wait_for_url("**/doc/**")
    assert repost_page.locator("dd.copies > ul > li > a").inner_text() == "original_crlf.txt"
