"""File names of a Windows share on the pages, in a real browser: a name is shown as it is on the
share (runs of spaces, a leading or trailing space kept), so a name copied from the page names the
file. The browser and the served app come from test_browser.py."""
from __future__ import annotations

from contextlib import contextmanager

import pytest

from test_browser import TIMEOUT_MS, _served, browser  # noqa: F401 (fixtures)

NOTE = ("Отчёт о работе Ассамблеи\n\n12 марта 2019 года, Караганда\n\nЗаседание Совета матерей прошло в "
        "Караганде, участники обсудили {word} и воспитание молодежи.\n")
NAMES = {
    "Отчёт  о  работе   (копия).txt": "ДВОЙНЫЕПРОБЕЛЫ",
    " Пробел в начале.txt": "ПРОБЕЛВНАЧАЛЕ",
    "Пробел в конце.txt ": "ПРОБЕЛВКОНЦЕ",
}


@pytest.fixture(scope="module")
def share_server(tmp_path_factory):
    from ingest.pipeline import IngestOptions, run_ingest

    root = tmp_path_factory.mktemp("web-browser-share")
    folder = root / "share" / "03_Новости  (2019)"
    folder.mkdir(parents=True)
    for name, word in NAMES.items():
        (folder / name).write_text(NOTE.format(word=word), encoding="utf-8")
    run_ingest([str(root / "share")], IngestOptions(index_dir=root / "index", workers=1))
    yield from _served(root / "index")


@pytest.fixture()
def share_page(browser, share_server):  # noqa: F811
    context = browser.new_context(base_url=share_server, locale="ru-RU")
    context.set_default_timeout(TIMEOUT_MS)
    yield context.new_page()
    context.close()


@pytest.mark.parametrize("name, word", NAMES.items())
def test_a_file_names_spaces_are_shown_as_they_are(share_page, name, word):
    # HTML collapsed «Отчёт  о  работе   (копия).txt» to single spaces and dropped a leading or
    # trailing one: a name copied from the page did not find the file on the share
    share_page.goto(f"/?q={word}")
    hit = share_page.locator("li.hit").first
    assert hit.locator(".files .file-name").inner_text() == name
    assert hit.locator(".files .folder").inner_text().endswith("/03_Новости  (2019)/")
    hit.locator("h2 a, h3 a").first.click()
    located = share_page.locator(".locations .file-name").first
    assert located.inner_text() == name
    assert share_page.locator(".locations .folder").first.inner_text().endswith("/03_Новости  (2019)/")


@pytest.fixture(scope="module")
def misnamed_server(tmp_path_factory):
    from bench.ooxml import docx, para, run
    from ingest.pipeline import IngestOptions, run_ingest

    root = tmp_path_factory.mktemp("web-browser-misnamed")
    (root / "archive").mkdir()
    word = docx(para(run("Протокол заседания Совета")) + para(run(NOTE.format(word="ПЕРЕИМЕНОВАН").split("\n")[4])))
    (root / "archive" / "protokol_kopiya.pdf").write_bytes(word)
    run_ingest([str(root / "archive")], IngestOptions(index_dir=root / "index", workers=1))
    yield from _served(root / "index")


def test_a_word_file_named_pdf_is_saved_as_a_word_file(browser, misnamed_server):  # noqa: F811
    # Chromium saved it as «protokol_kopiya.pdf»: opened from the downloads bar it went to the PDF reader
    context = browser.new_context(base_url=misnamed_server, locale="ru-RU", accept_downloads=True)
    context.set_default_timeout(TIMEOUT_MS)
    try:
        page = context.new_page()
        page.goto("/?q=ПЕРЕИМЕНОВАН")
        page.locator("li.hit h2 a, li.hit h3 a").first.click()
        with page.expect_download() as info:
            page.locator("#download").click()
        download = info.value
        assert download.suggested_filename == "protokol_kopiya.pdf.docx"
        with open(download.path(), "rb") as fh:
            assert fh.read(2) == b"PK"  # the file itself, unchanged
    finally:
        context.close()


@pytest.fixture(scope="module")
def moved_server(tmp_path_factory):
    from ingest.pipeline import IngestOptions, run_ingest

    root = tmp_path_factory.mktemp("web-browser-moved")
    archive = root / "archive"
    old, new = archive / "po_godam" / "2019", archive / "po_regionam" / "Караганда"
    old.mkdir(parents=True)
    new.mkdir(parents=True)
    (old / "novost_097.txt").write_text(NOTE.format(word="ПЕРЕЛОЖЕННЫЙ"), encoding="utf-8")
    (old / "novost_098.txt").write_text(NOTE.format(word="ОРИГИНАЛ"), encoding="utf-8")
    for name in ("kopiya_098.txt", "kopiya_098 (2).txt", "kopiya_098 (3).txt"):  # the same text, another document
        (new / name).write_text(NOTE.format(word="ОРИГИНАЛ") + "\n", encoding="utf-8")
    run_ingest([str(archive)], IngestOptions(index_dir=root / "index", workers=1))
    # reorganised by region: the old paths stay listed until --prune, and they sort first
    (old / "novost_097.txt").rename(new / "novost_097.txt")
    (old / "novost_098.txt").rename(new / "novost_098.txt")
    run_ingest([str(archive)], IngestOptions(index_dir=root / "index", workers=1))
    for url in _served(root / "index"):
        yield url, new


@contextmanager
def _new_reader(browser, url):  # noqa: F811
    """A page in a browser context of its own: nothing cached from an earlier visit."""
    context = browser.new_context(base_url=url, locale="ru-RU")
    context.set_default_timeout(TIMEOUT_MS)
    try:
        yield context.new_page()
    finally:
        context.close()


def test_a_moved_documents_result_names_its_file_where_it_is_now(browser, moved_server):  # noqa: F811
    # the list named «novost_097.txt в …/po_godam/2019/», the gone old path, unmarked, even for file:novost_097
    url, folder = moved_server
    with _new_reader(browser, url) as page:
        page.goto("/?q=ПЕРЕЛОЖЕННЫЙ")
        files = page.locator("li.hit .files").first
        assert files.locator(".folder").inner_text().endswith("/po_regionam/Караганда/")
        assert "файл не найден" not in files.inner_text()
        assert "ещё 1 файл" in files.inner_text()
        # the other document of the same text lists its files the same way: the one there first
        page.goto("/?q=ОРИГИНАЛ")
        page.locator("li.hit details.copies summary").first.click()
        copies = page.locator("li.hit details.copies li").first
        assert copies.locator(":scope > .folder").inner_text().endswith("/po_regionam/Караганда/")
        assert "(файл не найден)" in copies.locator(".copy-files").inner_text()
    # a document none of whose files is there names its first one, marked (a reader who had the
    # page before the file was deleted by hand, with no ingest since, gets it from the browser's cache)
    (folder / "novost_097.txt").unlink()
    with _new_reader(browser, url) as page:
        page.goto("/?q=ПЕРЕЛОЖЕННЫЙ")
        files = page.locator("li.hit .files").first
        assert files.locator(".folder").inner_text().endswith("/po_godam/2019/")
        assert "(файл не найден)" in files.inner_text()
