"""Kazakh in the Arabic script on the pages, in a real browser (search_app.right_to_left): its
paragraphs run right to left, and a query typed in it stays apart from the Russian around it. The
browser and the served app come from test_browser.py."""
from __future__ import annotations

import pytest

from test_browser import TIMEOUT_MS, _served, browser  # noqa: F401 (fixtures)

LEAFLET = ("Қандастарды қолдау\n\nАлматы, 5 наурыз 2022 жыл. Қандастар үшін тіл курстары ашылды.\n\n"
           "قازاقستان – ٴبىزدىڭ اتامەكەنىمىز\n\nКурстарға жүз адам қатысты.\n")
QUERY = "قازاقستان"


@pytest.fixture(scope="module")
def rtl_server(tmp_path_factory):
    from ingest.pipeline import IngestOptions, run_ingest

    root = tmp_path_factory.mktemp("web-browser-rtl")
    (root / "archive").mkdir()
    (root / "archive" / "qandastar.txt").write_text(LEAFLET, encoding="utf-8")
    run_ingest([str(root / "archive")], IngestOptions(index_dir=root / "index", workers=1))
    yield from _served(root / "index")


@pytest.fixture()
def rtl_page(browser, rtl_server):  # noqa: F811
    context = browser.new_context(base_url=rtl_server, locale="ru-RU")
    context.set_default_timeout(TIMEOUT_MS)
    yield context.new_page()
    context.close()


def test_an_arabic_script_paragraph_runs_right_to_left_and_the_query_stays_apart(rtl_page):
    rtl_page.goto(f"/?q={QUERY}")
    # the window title and the printed query hold the query isolated: «…قازاقستان: найден 1…» read in order
    assert f"\u2068{QUERY}\u2069" in rtl_page.title()
    snippet = rtl_page.locator("li.hit .snippet").first
    assert snippet.evaluate("p => getComputedStyle(p).direction") == "rtl"
    rtl_page.locator("li.hit h3 a").first.click()
    paragraph = rtl_page.locator("#text p", has_text="اتامەكەنىمىز")
    assert paragraph.get_attribute("lang") == "kk-Arab"
    assert paragraph.evaluate("p => getComputedStyle(p).direction") == "rtl"
    # the Kazakh paragraphs in Cyrillic stay left to right
    assert rtl_page.locator("#text p", has_text="Курстарға").evaluate("p => getComputedStyle(p).direction") == "ltr"
    # «Совпадений с запросом «قازاقستان»: 1»: the count after the closing quote, not pulled into the Arabic run
    banner = rtl_page.locator("p", has_text="Совпадений с запросом")
    assert banner.locator("bdi").inner_text() == QUERY
    quote_end = banner.evaluate("""p => {
        const bdi = p.querySelector('bdi'), r = document.createRange();
        r.setStart(bdi.nextSibling, 0); r.setEnd(bdi.nextSibling, 1);
        return r.getBoundingClientRect().left - bdi.getBoundingClientRect().right; }""")
    assert 0 <= quote_end < 5  # the closing quote stands right after the query, on its right
