"""The web app in a real browser: Playwright driving Debian's Chromium against the app served
by waitress on 127.0.0.1 (a free port, a background thread), over a real index.

Each test does what a person does (type, click facets, remove chips, page, open a document,
copy a citation, go back) and checks what they would see. Screenshots of the search, quote and
document pages go to tests/screenshots/ (git-ignored).

Chromium is /usr/bin/chromium (or $CHROMIUM); Playwright's own browser download is not used.
Without it the tests skip locally and FAIL when $CI is set.
"""
from __future__ import annotations

import os
import re
import shutil
import threading
from pathlib import Path
from urllib.parse import parse_qs, urlencode, urlparse

import pytest

from web_corpus import NEWS_COUNT, XSS_TITLE, build_web_index, write_mixed_archive

CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-quic",
    "--no-first-run", "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
]
SCREENSHOTS = Path(__file__).parent / "screenshots"
TIMEOUT_MS = 15_000


def _unavailable(reason: str):
    if os.environ.get("CI"):
        pytest.fail(f"browser tests cannot run in CI: {reason}", pytrace=False)
    pytest.skip(f"browser tests skipped: {reason} (install Debian's chromium and the playwright package)")


def _served(index, **options):
    """The app over `index` (create_app's `options`), served on a free port in a background thread:
    yields its address."""
    from waitress import create_server

    from search_app import create_app

    app = create_app(index, **options)
    srv = create_server(app, host="127.0.0.1", port=0, threads=4, ident="assembly-search-test")
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{srv.effective_port}"
    srv.close()
    thread.join(timeout=5)
    app.extensions["assembly_search"].close()


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    root = tmp_path_factory.mktemp("web-browser")
    build_web_index(root / "index", root / "files")
    yield from _served(root / "index")


@pytest.fixture(scope="module")
def mixed_server(tmp_path_factory):
    """Two reports each quoting a statement in another language, ingested from their files."""
    from ingest.pipeline import IngestOptions, run_ingest

    root = tmp_path_factory.mktemp("web-browser-mixed")
    write_mixed_archive(root / "archive")
    run_ingest([str(root / "archive")], IngestOptions(index_dir=root / "index", workers=1))
    yield from _served(root / "index")


@pytest.fixture(scope="module")
def decades_server(tmp_path_factory):
    """An archive of 31 years, 1995-2025, a note each: as many year bars as the real archive has."""
    from datetime import date

    from conftest import make_record
    from index.store import IndexWriter

    root = tmp_path_factory.mktemp("web-browser-decades")
    with IndexWriter(root / "index", create=True) as writer:
        for year in range(1995, 2026):
            writer.add(make_record(f"y{year}", f"Заседание Ассамблеи {year} года",
                                   ["Состоялось заседание Ассамблеи народа Казахстана."], when=date(year, 3, 12)))
    yield from _served(root / "index")


@pytest.fixture(scope="module")
def browser():
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        _unavailable("the python package 'playwright' is not installed")
    if not (os.path.isfile(CHROMIUM) and os.access(CHROMIUM, os.X_OK)) and not shutil.which(CHROMIUM):
        _unavailable(f"no Chromium at {CHROMIUM}")
    with sync_playwright() as pw:
        b = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        yield b
        b.close()


@pytest.fixture()
def page(browser, server):
    """A fresh page; fails the test on any alert/confirm dialog, CSP violation or page error."""
    context = browser.new_context(base_url=server, locale="ru-RU", viewport={"width": 1280, "height": 900})
    context.grant_permissions(["clipboard-read", "clipboard-write"], origin=server)
    context.set_default_timeout(TIMEOUT_MS)
    pg = context.new_page()
    problems: list[str] = []
    pg.on("dialog", lambda d: (problems.append(f"dialog: {d.type} {d.message}"), d.dismiss()))
    pg.on("pageerror", lambda exc: problems.append(f"page error: {exc}"))
    pg.on("console", lambda msg: problems.append(f"console: {msg.text}")
          if msg.type == "error" and "Content Security Policy" in msg.text else None)
    pg.problems = problems
    yield pg
    context.close()
    assert not problems, problems


def expect():
    from playwright.sync_api import expect as playwright_expect

    return playwright_expect


def shot(pg, name: str) -> None:
    SCREENSHOTS.mkdir(exist_ok=True)
    pg.screenshot(path=str(SCREENSHOTS / f"{name}.png"), full_page=True)


def params(pg) -> dict[str, list[str]]:
    return parse_qs(urlparse(pg.url).query)


def hit_count(pg) -> int:
    text = pg.locator("#hit-count").inner_text()
    return int(re.search(r"(\d[\d\u00a0 ]*)", text).group(1).replace("\u00a0", "").replace(" ", ""))


def accessible_name(locator) -> str:
    """The name the browser gives an element (its aria-label, or the text of it a reader is given)."""
    first = locator.aria_snapshot().splitlines()[0]  # - link "2016 — 3 документа": (in '' when it holds ": ")
    return re.match(r"""- '?\w+ "(.*)"'?:?$""", first).group(1)


def chips(pg) -> list[str]:
    return [re.sub(r"\s*×.*$", "", t, flags=re.S).strip() for t in pg.locator(".chips .chip").all_inner_texts()]


# -- tests -------------------------------------------------------------------------------------
def test_landing_page_browses_newest_with_facets(page):
    page.goto("/")
    assert "сначала новые" in page.locator("#hit-count").inner_text()
    assert hit_count(page) >= 30
    # facet panel with counts, year histogram included
    assert page.locator("#facet-year .histogram a").count() >= 8
    assert page.locator("#facet-speakers li a").first.locator(".count").inner_text().isdigit()
    dates = page.locator(".hit .badge.date").all_inner_texts()
    assert dates and "2024" in dates[0]


def test_query_facets_chips_and_back_button(page):
    page.goto("/")
    page.fill("#q", "ассамблеи")
    page.press("#q", "Enter")
    page.wait_for_url(re.compile(r"q="))
    everything = hit_count(page)
    assert everything > 10
    # every snippet shows the word highlighted, in whatever form
    assert page.locator(".hit .snippet mark").count() >= 5

    # a speaker facet narrows; every hit carries that speaker
    page.locator("#facet-speakers a[data-value='А. Платонов']").click()
    page.wait_for_url(re.compile(r"speakers="))
    by_speaker = hit_count(page)
    assert 0 < by_speaker < everything
    assert "выступающий: А. Платонов" in chips(page)
    for badges in page.locator(".hit .badges").all_inner_texts():
        assert "А. Платонов" in badges
    assert page.locator("#facet-speakers a.selected[data-value='А. Платонов']").count() == 1

    # a year in the histogram narrows further
    year_link = page.locator("#facet-year .histogram a:not(.selected)").filter(has=page.locator(".count")).first
    year = year_link.get_attribute("data-value")
    year_link.click()
    page.wait_for_url(re.compile(r"year="))
    both = hit_count(page)
    assert both <= by_speaker
    assert f"год: {year}" in chips(page)
    for when in page.locator(".hit .badge.date").all_inner_texts():
        assert year in when
    shot(page, "search")

    # removing the speaker chip keeps the year, widens the result
    page.locator(".chips .chip", has_text="выступающий: А. Платонов").click()
    page.wait_for_url(lambda url: "speakers=" not in url)
    assert chips(page) == [f"год: {year}"]
    assert hit_count(page) >= both

    # a second click on the selected year removes it too
    page.locator(f"#facet-year a.selected[data-value='{year}']").click()
    page.wait_for_url(lambda url: "year=" not in url)
    assert chips(page) == []
    assert hit_count(page) == everything

    # the back button walks the same states back
    page.go_back()
    assert chips(page) == [f"год: {year}"]
    page.go_back()
    assert set(chips(page)) == {"выступающий: А. Платонов", f"год: {year}"}
    assert hit_count(page) == both
    page.go_back()
    assert chips(page) == ["выступающий: А. Платонов"]


def test_the_form_leaves_empty_dates_out_of_the_address(page):
    page.goto("/")
    page.fill("#q", "заседание")
    page.locator("#go").click()
    page.wait_for_url(re.compile(r"q="))
    # nor the month and day of every year, folded under «Периоды» (a phone's shared link carried them)
    assert parse_qs(urlparse(page.url).query, keep_blank_values=True) == {"q": ["заседание"]}
    page.fill("#date-from", "2019-01-01")
    page.locator("#go").click()
    page.wait_for_url(re.compile(r"from="))
    assert params(page) == {"q": ["заседание"], "from": ["2019-01-01"]}


def test_what_came_into_the_archive_this_week_and_a_period_counted_back_from_today(page):
    from datetime import date, timedelta

    page.goto("/?q=заседание")
    page.locator("details.periods > summary").click()  # folded: one stop on the way to the results
    page.locator("#added-week").click()  # «Поступившие в архив: за неделю»
    page.wait_for_url(re.compile(r"added_from="))
    assert params(page) == {"q": ["заседание"], "added_from": ["-7d"], "sort": ["added"]}
    assert page.locator(".sort strong").inner_text() == "новые в архиве"
    arrivals = page.locator(".hit .badge.arrival").all_inner_texts()
    assert len(arrivals) == 10 and all(a.startswith("добавлен ") for a in arrivals)
    week_ago = date.today() - timedelta(days=7)
    assert any(c.startswith("поступили в архив с ") and c.endswith("(-7d)") for c in chips(page))
    page.fill("#q", "Ассамблея")  # a new query keeps the filter and the sort
    page.locator("#go").click()
    page.wait_for_url(re.compile(r"q=%D0%90"))
    assert params(page)["added_from"] == ["-7d"] and params(page)["sort"] == ["added"]
    page.locator("#date-shortcuts a", has_text="неделю").first.click()  # the documents' own dates (open: in force)
    page.wait_for_url(re.compile(r"from=-7d"))
    assert page.locator("#date-from").input_value() == week_ago.isoformat()
    shot(page, "added-this-week")


def test_paging_and_sort(page):
    page.goto("/?q=заседание")
    total = hit_count(page)
    assert total > 20
    first_page = page.locator(".hit h3").all_inner_texts()
    assert len(first_page) == 10
    page.locator(".pager a.next").click()
    page.wait_for_url(re.compile(r"page=2"))
    assert page.locator(".pager .current").inner_text() == "2"
    second_page = page.locator(".hit h3").all_inner_texts()
    assert second_page and not set(second_page) & set(first_page)
    assert page.locator("ol.hits").get_attribute("start") == "11"
    page.go_back()
    assert page.locator(".hit h3").all_inner_texts() == first_page

    page.locator(".sort a[data-sort='oldest']").click()
    page.wait_for_url(re.compile(r"sort=oldest"))
    years = [int(re.search(r"\d{4}", d).group()) for d in page.locator(".hit .badge.date").all_inner_texts()]
    assert years == sorted(years)
    assert "page" not in params(page)  # a new sort starts from the first page


def test_months_of_a_chosen_year(page):
    page.goto("/?q=заседание")
    assert page.locator("#facet-month").count() == 0
    page.locator("#facet-year .histogram a").filter(has=page.locator(".count")).first.click()
    page.wait_for_url(re.compile(r"year="))
    year_total = hit_count(page)
    months = page.locator("#facet-month .histogram li")
    assert months.count() == 12
    month = page.locator("#facet-month .histogram a").first
    value = month.get_attribute("data-value")
    month.click()
    page.wait_for_url(re.compile(r"from="))
    assert params(page)["from"] == [value] and params(page)["to"] == [value]
    assert 0 < hit_count(page) <= year_total
    for when in page.locator(".hit .badge.date").all_inner_texts():
        assert value[:4] in when
    shot(page, "months")
    page.locator(f"#facet-month a.selected[data-value='{value}']").click()
    page.wait_for_url(lambda url: "from=" not in url)
    assert hit_count(page) == year_total


def test_a_month_and_a_day_of_every_year(browser, decades_server):
    # a note on 12 March of each of 31 years: the months of every year are one bar each, and a day
    # of the form keeps that day of any year
    context = browser.new_context(base_url=decades_server, locale="ru-RU", viewport={"width": 1280, "height": 900})
    try:
        pg = context.new_page()
        pg.goto("/")
        assert pg.locator("#facet-month-of-year h3").text_content() == "Месяцы всех лет"
        assert pg.locator("#facet-month-of-year .histogram li").count() == 12
        pg.locator("#facet-month-of-year a[data-value='03']").click()
        pg.wait_for_url(re.compile(r"month=03"))
        assert hit_count(pg) == 31
        expect()(pg.locator("#chips")).to_contain_text("март каждого года")
        assert pg.locator("#every-month").input_value() == "03"
        pg.locator("#every-day").fill("12")
        pg.locator("#every-day").press("Enter")
        pg.wait_for_url(re.compile(r"day=12"))
        assert hit_count(pg) == 31
        expect()(pg.locator("#chips")).to_contain_text(re.compile(r"12\s*марта каждого года"))
        shot(pg, "every_year")
        pg.locator("#every-day").fill("13")
        pg.locator("#every-day").press("Enter")
        pg.wait_for_url(re.compile(r"day=13"))
        assert "Ничего не найдено" in pg.locator("main").inner_text()
        pg.locator("#chips a", has_text="каждого года").click()
        pg.wait_for_url(lambda url: "month=" not in url)
        assert hit_count(pg) == 31
    finally:
        context.close()


def test_month_bars_under_a_month_of_every_year_count_what_clicking_them_finds(browser, decades_server):
    # a chosen year under «май каждого года» showed its March «нет документов» (and the chosen bar of
    # «Месяцы всех лет» counted every day of its month: tests/test_day_of_year.py)
    context = browser.new_context(base_url=decades_server, locale="ru-RU", viewport={"width": 1280, "height": 900})
    try:
        pg = context.new_page()
        pg.goto("/?month=03&day=12")
        assert hit_count(pg) == 31
        chosen = pg.locator("#facet-month-of-year a[data-value='03']")
        assert chosen.get_attribute("aria-label").startswith("мар: 31 ")
        assert chosen.get_attribute("title") == "12\u00a0марта каждого года"
        pg.goto("/?year=2000&month=05")
        assert "Ничего не найдено" in pg.locator("main").inner_text()
        march = pg.locator("#facet-month a[data-value='2000-03']")
        assert "без фильтра «май каждого года»" in march.get_attribute("title")
        assert march.get_attribute("aria-label").startswith("мар: 1 документ")
        march.click()
        pg.wait_for_url(lambda url: "month=" not in url and "2000-03" in url)
        assert hit_count(pg) == 1
    finally:
        context.close()


HISTOGRAM_GEOMETRY = """() => {
    const box = document.querySelector('#facet-year').getBoundingClientRect();
    return [...document.querySelectorAll('#facet-year ol.histogram a')].map(a => {
        const bar = a.querySelector('.bar').getBoundingClientRect(), label = a.querySelector('.label');
        const lab = label.getBoundingClientRect();
        return {year: a.dataset.value, barTop: bar.top, barBottom: bar.bottom,
                left: bar.left, right: bar.right, boxLeft: box.left, boxRight: box.right,
                shown: getComputedStyle(label).visibility === 'visible', labL: lab.left, labR: lab.right};
    });
}"""


def test_the_year_histogram_stands_on_a_baseline_and_fits_its_panel(page):
    page.goto("/?q=заседание")
    bars = page.evaluate(HISTOGRAM_GEOMETRY)
    assert len(bars) >= 9
    assert len({round(b["barBottom"]) for b in bars}) == 1  # one baseline
    assert len({round(b["barTop"]) for b in bars}) > 1  # heights differ by count
    assert all(b["boxLeft"] <= b["left"] and b["right"] <= b["boxRight"] for b in bars)  # no hidden scroll
    labels = [b for b in bars if b["shown"]]
    assert labels[-1]["year"] == bars[-1]["year"] and len(labels) >= len(bars) // 2
    assert all(a["labR"] <= b["labL"] for a, b in zip(labels, labels[1:])), labels  # legible: no overlap
    assert all(b["boxLeft"] <= b["labL"] and b["labR"] <= b["boxRight"] for b in labels)
    # a screen reader hears the year and its count, not "32016"
    names = [accessible_name(a) for a in page.locator("#facet-year ol.histogram a").all()]
    assert all(re.fullmatch(r"\d{4} — \d+ документ(а|ов)?", name) for name in names), names
    page.locator("#facet-year").screenshot(path=str(SCREENSHOTS / "histogram.png"))


def test_phone_width_pages_fit_the_screen_and_show_results_first(page):
    page.set_viewport_size({"width": 375, "height": 700})
    for url in ("/?q=заседание", "/?q=заседание&year=2019", "/quotes?q=согласие", "/doc/w1", "/doc/p1?q=политики"):
        page.goto(url)
        assert page.evaluate("document.documentElement.scrollWidth") <= 375, url  # no sideways scrolling
    page.goto("/?q=заседание")
    go = page.locator("#go").bounding_box()
    assert go["x"] + go["width"] <= 375  # «Найти» whole on the screen
    first_hit = page.locator("li.hit").first.bounding_box()
    assert first_hit["y"] < 700 and first_hit["y"] < page.locator("#facets").bounding_box()["y"]
    page.locator(".to-facets a").click()  # and a way down to the facets
    assert page.locator("#facet-year").bounding_box()["y"] < 700
    shot(page, "search-375")
    page.goto("/doc/w1")
    name = page.locator(".locations div").first.bounding_box()
    assert name["x"] + name["width"] <= 375  # the long file name wraps
    shot(page, "document-375")


@pytest.mark.parametrize("width, height", [(320, 568), (375, 667)])
@pytest.mark.parametrize("size", [24, 32])  # a phone's text size at 150% and 200% (a larger root font)
def test_a_phones_larger_text_neither_scrolls_sideways_nor_hides_the_query(browser, server, width, height, size):
    # the tabs' row did not wrap (the page 465 px wide, «Цитаты» past the edge), «Найти» kept its
    # place beside a query box 49 px wide, a long topic badge widened the page, and the match row
    # of the document page grew three lines tall and wider than the screen
    context = browser.new_context(base_url=server, locale="ru-RU", viewport={"width": width, "height": height},
                                  is_mobile=True, has_touch=True, bypass_csp=True)
    try:
        pg = context.new_page()
        for url in ("/?q=заседание", "/quotes?q=согласие", "/doc/p1?q=языковой+политики#best-match"):
            pg.goto(url)
            pg.add_style_tag(content=f":root {{ font-size: {size}px !important; }}")
            pg.wait_for_timeout(50)
            assert pg.evaluate("document.documentElement.scrollWidth") <= width, url
            if not url.startswith("/doc/"):
                # each tab inside the form's card: «Документы» ran 18 px past its edge at 320 px and 200%
                inside = pg.evaluate("""() => { const form = document.querySelector('form.search'),
                    style = getComputedStyle(form), box = form.getBoundingClientRect();
                    const left = box.left + parseFloat(style.paddingLeft), right = box.right - parseFloat(style.paddingRight);
                    return [...document.querySelectorAll('.tab')].map(t => { const r = t.getBoundingClientRect();
                        return r.left >= left - .5 && r.right <= right + .5; }); }""")
                assert inside == [True, True], url
                box, form = pg.locator("#q").bounding_box(), pg.locator("form.search").bounding_box()
                assert box["width"] >= 0.6 * form["width"], url  # the typed query stays readable
                go = pg.locator("#go").bounding_box()
                assert go["x"] + go["width"] <= width, url
            else:
                tops = [pg.locator(s).bounding_box()["y"] for s in ("#previous-match", "#next-match")]
                row = pg.locator("#match-nav").bounding_box()
                assert tops[0] == tops[1] and row["height"] <= 2.2 * size, row  # one row
    finally:
        context.close()


def test_keyboard_reaches_the_first_result_without_walking_the_facets(page):
    page.goto("/?q=заседание")
    page.focus("#q")
    presses = 0
    while presses < 40 and not page.evaluate("document.activeElement.matches('li.hit a.title')"):
        page.keyboard.press("Tab")
        presses += 1
    # the results come before the facets (after the two skip links, the form's options, its folded
    # periods and the four sorts)
    assert presses <= 18
    # or at once: the link after «Найти» skips the form
    page.focus("#q")
    page.keyboard.press("Tab")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.textContent") == "К результатам"
    page.keyboard.press("Enter")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.matches('li.hit a.title')")
    page.set_viewport_size({"width": 1280, "height": 900})
    shot(page, "search-1280")


def tabs_until(pg, selector: str, limit: int = 60) -> int:
    """Tab presses from where focus is until it is on an element matching `selector`."""
    for presses in range(1, limit + 1):
        pg.keyboard.press("Tab")
        if pg.evaluate("s => document.activeElement.matches(s)", selector):
            return presses
    raise AssertionError(f"{selector} not reached in {limit} Tab presses")


@pytest.mark.parametrize("path", ["/?q=заседание", "/quotes?q=согласия"])
def test_keyboard_reaches_the_facet_panel_by_a_skip_link_on_a_wide_screen(page, path):
    # the panel drawn first on the left was the last thing in the keyboard's order (86 Tabs on the
    # archive's samples), its link shown on phones only, and the quotes tab had no skip link at all
    page.goto(path)
    assert page.evaluate("document.activeElement.id") == "q"
    assert tabs_until(page, "a.skip-link[href='#hits']") <= 2
    assert page.evaluate("document.activeElement.textContent") == "К результатам"
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.id") == "skip-to-facets"
    assert page.locator("#skip-to-facets").is_visible()  # shown when focused
    page.keyboard.press("Enter")
    page.keyboard.press("Tab")
    assert page.evaluate("!!document.activeElement.closest('#facets')")
    # choosing a value reloads with focus in the query box: the panel is as near again
    choice = page.locator("#facet-speakers li a").first
    choice.focus()
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "q"
    assert tabs_until(page, "#skip-to-facets") <= 3


@pytest.mark.parametrize("path", ["/", "/quotes"])
def test_after_a_chip_is_removed_the_next_is_a_skip_link_away(page, path):
    # the page reloads with focus in the query box; the next chip was 14 Tabs away, past the
    # form's options (each date field is four stops)
    page.goto(path + "?q=заседание&year=2019&speakers=А.+Платонов&exact=1")
    page.locator("a.chip").first.focus()
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "q" and page.locator("a.chip").count() == 2
    assert tabs_until(page, "#skip-to-chips") <= 4
    assert page.locator("#skip-to-chips").is_visible()  # shown when focused
    page.keyboard.press("Enter")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.matches('a.chip')")
    assert page.evaluate("document.activeElement.textContent").startswith("год: 2019")  # the first left
    page.goto(path + "?q=заседание")  # no chips: no link to them
    assert page.locator("#skip-to-chips").count() == 0


def test_a_result_page_is_announced_by_its_title_and_the_query_boxs_description(page):
    # page 1, page 2 and the filtered list had one title, and the focused query box said nothing
    page.goto("/?q=заседание&per_page=2")
    first_title = page.title()
    assert first_title.startswith("заседание: найдено ")
    q = page.locator("#q")
    assert page.evaluate("document.activeElement.id") == "q"
    expect()(q).to_have_accessible_description(re.compile(r"^Найдено \d+ документ"))
    page.locator("nav.pager a.next").click()
    page.wait_for_url(re.compile(r"page=2"))
    assert page.title() != first_title and ", страница 2 — Поиск по архиву" in page.title()
    page.locator("#facet-speakers li a").first.click()
    page.wait_for_url(re.compile(r"speakers="))
    assert "выступающий: " in page.title()
    # a wrong period: focus on the first date field, which is invalid and described by the message
    page.goto("/?q=заседание&from=2020-05-01&to=2019-01-01")
    assert page.evaluate("document.activeElement.id") == "date-from"
    start = page.locator("#date-from")
    expect()(start).to_have_accessible_name("Дата с")
    expect()(page.locator("#date-to")).to_have_accessible_name("Дата по")
    expect()(start).to_have_attribute("aria-invalid", "true")
    expect()(start).to_have_accessible_description("Начало периода позже его конца: поменяйте даты местами.")


def test_a_page_past_the_end_is_announced_as_missing(page):
    # a stale bookmark was announced as «найдено 24 документа, страница 50» over an empty list
    page.goto("/?q=заседание&page=50")
    assert ": найдено " in page.title() and ", страницы 50 нет: всего 3 страницы — Поиск по архиву" in page.title()
    assert page.evaluate("document.activeElement.id") == "q"
    expect()(page.locator("#q")).to_have_accessible_description(
        re.compile(r"^Страницы 50 нет: результаты занимают 3 страницы\. Перейти на последнюю, 3-ю Найдено \d+"))
    page.keyboard.press("Tab")  # «Найти»
    page.keyboard.press("Tab")  # its link was 15 Tabs away, behind the form's fields
    expect()(page.locator(":focus")).to_have_accessible_name("К последней странице")
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "last-page"
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"page=3"))
    assert page.locator("ol.hits > li").count() > 0 and ", страница 3 — Поиск по архиву" in page.title()


def test_a_results_date_says_where_it_was_read_in_text_not_a_tooltip(page):
    # «Дата из текста» was a title on a <span>: a mouse's hover alone showed it, no screen reader read it
    page.goto("/?q=заседание")
    badge = page.locator(".hit .badge.date").first
    expect()(badge).to_have_text(re.compile(r"^\d+\u00a0\S+ \d{4}\u00a0г\. · из текста$"))  # «г.» kept by the year
    assert badge.locator(".date-source").is_visible() and badge.get_attribute("title") is None
    assert re.search(r"- text: \d+ \w+ \d{4} г\. · из текста", page.locator(".hit .badges").first.aria_snapshot())
    source = badge.locator(".date-source")
    assert contrast(source.evaluate("e => getComputedStyle(e).color"),
                    badge.evaluate("e => getComputedStyle(e).backgroundColor")) >= 4.5


def test_the_accessibility_tree_names_the_tab_the_chips_counts_and_copy_buttons(page):
    page.goto("/quotes?q=согласия&speakers=С.+Абдрахманов")
    expect()(page.get_by_role("link", name="Цитаты", exact=True)).to_have_attribute("aria-current", "page")
    expect()(page.get_by_role("group", name="Действующие фильтры")).to_be_visible()
    speaker = page.locator("#facet-speakers li a").first
    # the chosen value says what a click does, its check mark left out («✓ С. Абдрахманов 7 цитат» was read so)
    expect()(speaker).to_have_accessible_name(re.compile(r"^С\. Абдрахманов, \d+ цитат\w* \(убрать фильтр\)$"))
    page.goto("/quotes?q=согласия")
    names = [b.get_attribute("aria-label") or b.evaluate("e => e.textContent") for b in page.locator("button.copy").all()]
    assert len(names) > 1 and len(set(names)) == len(names)  # ten «Копировать цитату» alike
    assert page.get_by_role("heading", level=1).count() == 1
    assert page.get_by_role("heading", level=3, name=re.compile(r"^Цитата \d+")).count() == len(names)
    # each citation was an <output>, a live region around static text, and its link was heard as its
    # address spelled out: a copy button's status is the one live region of a quote, the link named
    live = page.evaluate("document.querySelectorAll('output, [role=status], [aria-live]').length")
    assert live == page.locator(".copied").count() == len(names)
    first = page.locator("li.quote").first
    link = first.locator("a.permalink")
    # the name held no visible text (the address), so speech input could not say it (WCAG 2.5.3)
    expect()(link).to_have_accessible_name(f"Постоянная ссылка на цитату 1: {link.inner_text().strip()}")
    assert first.locator(".citation").inner_text().endswith(link.get_attribute("href"))


def accessibility_nodes(pg) -> list[dict]:
    """Chromium's accessibility tree of the page, each node as role, name and properties."""
    cdp = pg.context.new_cdp_session(pg)
    try:
        nodes = cdp.send("Accessibility.getFullAXTree")["nodes"]
    finally:
        cdp.detach()
    return [{"role": n.get("role", {}).get("value"), "name": n.get("name", {}).get("value"),
             **{p["name"]: p["value"].get("value") for p in n.get("properties", [])}} for n in nodes]


def test_document_page_opened_at_a_match_puts_the_reader_there_and_reads_it_out(page):
    # focus went to the buttons' row above the text: a screen reader read on from the top of the
    # text, the best match (the one the result was opened for) was never said, and «следующее →»
    # went on to the one after it
    page.goto("/?q=языковой политики")
    with page.expect_navigation():
        page.locator(".hit h3 a", has_text="Стенограмма сессии").press("Enter")
    expect()(page.locator("#best-match")).to_be_focused()  # after the fragment jump
    marks = page.locator(".fulltext mark.meet")
    best = page.evaluate("[...document.querySelectorAll('.fulltext mark.meet')].findIndex(m => m.id == 'best-match')")
    said = page.locator("#match-said")
    expect()(said).to_have_attribute("aria-live", "polite")
    expect()(said).to_have_text(re.compile(rf"^место {best + 1} из {marks.count()}: \S"))
    assert page.locator("#best-match").inner_text() in said.inner_text() and len(said.inner_text()) < 300
    focused = [n for n in accessibility_nodes(page) if n.get("focused") and n["role"] != "RootWebArea"]
    assert [(n["role"], n["name"]) for n in focused] == [("mark", page.locator("#best-match").inner_text())]
    page.keyboard.press("Tab")  # it went to «JSON» below the text
    assert page.evaluate("document.activeElement.id") == "previous-match"
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.id") == "next-match"
    page.keyboard.press("Enter")  # on to the match after the best one, which was said already
    expect()(said).to_have_text(re.compile(rf"^место {best + 2} из {marks.count()}: \S"))
    assert marks.nth(best + 1).inner_text() in said.inner_text()
    assert page.evaluate("document.activeElement.id") == "next-match"  # Enter steps on
    # a link to a match («к лучшему совпадению») puts the reader there too
    page.focus("#to-best-match")
    page.keyboard.press("Enter")
    expect()(page.locator("#best-match")).to_be_focused()
    expect()(said).to_have_text(re.compile(rf"^место {best + 1} из {marks.count()}: "))
    page.keyboard.press("Shift+Tab")  # the row comes before the text
    assert page.evaluate("document.activeElement.id") == "next-match"


@pytest.mark.parametrize("width, height", [(375, 667), (640, 360), (320, 256)])  # phone, 200% and 400% zoom
def test_the_match_buttons_stay_one_short_row_that_never_hides_the_match(page, width, height):
    page.set_viewport_size({"width": width, "height": height})
    page.goto("/doc/p1?q=языковой+политики#best-match")
    for _ in range(3):
        page.click("#next-match")
        row = page.locator("#match-nav").bounding_box()
        mark = page.locator(".fulltext mark.current").bounding_box()
        assert row["height"] <= 40 and row["height"] <= 0.16 * height  # was 29% of a phone, 75% at 400%
        assert mark["y"] >= row["y"] + row["height"]  # the match is below the row, not under it
    assert page.evaluate("document.documentElement.scrollWidth") <= width
    expect()(page.locator("#next-match")).to_have_accessible_name("следующее совпадение →")


# each year bar's visible count and label, as drawn top to bottom (the label comes first in the
# markup, for its accessible name)
BARS_AS_DRAWN = """[...document.querySelectorAll('#facet-year li a')].map(a =>
    [...a.querySelectorAll('.count, .label')].filter(e => e.checkVisibility({visibilityProperty: true}))
      .sort((e, f) => e.getBoundingClientRect().top - f.getBoundingClientRect().top)
      .map(e => e.textContent.trim()).join(' '))"""


def test_a_touch_screen_shows_every_year_bars_count_and_year(browser, server):
    context = browser.new_context(base_url=server, viewport={"width": 375, "height": 700}, is_mobile=True,
                                  has_touch=True)
    try:
        pg = context.new_page()
        pg.goto("/?q=заседание")
        shown = pg.evaluate(BARS_AS_DRAWN)
        years = pg.evaluate("[...document.querySelectorAll('#facet-year li a')].map(a => a.dataset.value)")
        assert len(years) > 8  # dense: on a wide screen only every n-th bar is labelled
        counts = pg.locator("#facet-year li a .count").all_inner_texts()
        assert shown == [f"{count} ’{year[-2:]}" for count, year in zip(counts, years)]
        assert pg.evaluate("document.documentElement.scrollWidth") <= 375
    finally:
        context.close()


def test_a_touch_screen_shows_every_years_count_however_many_years(browser, decades_server):
    # past 16 years (the Assembly's 31) a phone hid every count and labelled every 4th year: with
    # no hover, a bar's figures were reached by following it
    context = browser.new_context(base_url=decades_server, locale="ru-RU", viewport={"width": 390, "height": 844},
                                  is_mobile=True, has_touch=True)
    try:
        pg = context.new_page()
        pg.goto("/")
        shown = pg.evaluate(BARS_AS_DRAWN)
        assert shown == [f"1 ’{year % 100:02d}" for year in range(1995, 2026)]
        # a count wider than a 24 px bar widens its bar instead of overprinting the next one
        pg.locator("#facet-year a[data-value='2010'] .count").evaluate("c => { c.textContent = '12\u00a0345'; }")
        boxes = pg.evaluate("""['2010', '2011'].map(y => { const a = document.querySelector(`#facet-year a[data-value='${y}']`);
            const bar = a.closest('li').getBoundingClientRect(), count = a.querySelector('.count').getBoundingClientRect();
            return [bar.left, bar.right, count.left, count.right]; })""")
        (left, right, count_left, count_right), (next_left, *_) = boxes
        assert left <= count_left and count_right <= right < next_left, boxes
        assert pg.evaluate("document.documentElement.scrollWidth") <= 390
    finally:
        context.close()


BAR_TARGETS = """() => [...document.querySelectorAll('#facet-year li > a, #facet-month li > a')].map(a => {
    const r = a.getBoundingClientRect(); return {value: a.dataset.value, left: r.left, width: r.width, height: r.height}; })"""


@pytest.mark.parametrize("width, height, touch", [(320, 568, True), (1280, 800, False)])
def test_year_and_month_bars_are_24_px_targets_that_scroll_inside_their_panel(browser, decades_server, width,
                                                                              height, touch):
    # 31 years drew 7 px bars on a phone, 6 px on a desktop: a tap took the neighbouring year (WCAG 2.5.8)
    context = browser.new_context(base_url=decades_server, locale="ru-RU", viewport={"width": width, "height": height},
                                  is_mobile=touch, has_touch=touch)
    try:
        pg = context.new_page()
        for url, in_sight in (("/", "2025"), ("/?year=2005", "2005")):
            pg.goto(url)
            pg.wait_for_timeout(50)
            bars = pg.evaluate(BAR_TARGETS)
            years = [b for b in bars if len(b["value"]) == 4]
            assert len(years) == 31 and all(b["width"] >= 24 and b["height"] >= 24 for b in bars), bars
            assert all(b["left"] - a["left"] >= 24 for a, b in zip(years, years[1:]))  # centres 24 px apart
            assert pg.evaluate("document.documentElement.scrollWidth") <= width  # the histogram scrolls, not the page
            panel = pg.locator("#facet-year ol.histogram").bounding_box()
            bar = pg.locator(f"#facet-year a[data-value='{in_sight}']").bounding_box()
            assert panel["x"] <= bar["x"] and bar["x"] + bar["width"] <= panel["x"] + panel["width"], url
        pg.locator("#facet-year a[data-value='1995']").focus()  # the keyboard reaches a bar scrolled away
        panel = pg.locator("#facet-year ol.histogram").bounding_box()
        bar = pg.locator("#facet-year a[data-value='1995']").bounding_box()
        assert panel["x"] <= bar["x"] + 1 and bar["x"] + bar["width"] <= panel["x"] + panel["width"] + 1
    finally:
        context.close()


MONTH_SLOTS = """() => { const box = document.querySelector('#facet-month ol.histogram');
    const r = box.getBoundingClientRect();
    return {left: r.left, right: r.right, scrolls: box.scrollWidth > box.clientWidth,
            slots: [...box.children].map(li => { const s = li.getBoundingClientRect();
                return {left: s.left, right: s.right, top: s.top, width: s.width, height: s.height}; })}; }"""


def edges_marked(pg) -> list[str]:
    return pg.locator("#facet-year ol.histogram").evaluate(
        "h => ['more-before', 'more-after'].filter(c => h.classList.contains(c))")


@pytest.mark.parametrize("width, height, touch", [(320, 568, True), (1280, 800, False), (1920, 1000, False)])
def test_all_twelve_months_are_in_sight_and_a_scrolled_year_histogram_fades_at_its_hidden_edge(
        browser, decades_server, width, height, touch):
    # the months' 24 px bars needed 305 px of a 244 px panel: October to December scrolled out of
    # sight on a desktop, and nothing showed that the years (or months) went on past the edge
    context = browser.new_context(base_url=decades_server, locale="ru-RU", viewport={"width": width, "height": height},
                                  is_mobile=touch, has_touch=touch)
    try:
        pg = context.new_page()
        pg.goto("/?year=2005")
        months = pg.evaluate(MONTH_SLOTS)
        slots = months["slots"]
        assert len(slots) == 12 and not months["scrolls"], months
        assert all(months["left"] <= s["left"] and s["right"] <= months["right"] + .5 for s in slots), months
        assert all(s["width"] >= 24 and s["height"] >= 24 for s in slots), slots  # still easy targets
        first, second = {round(s["top"]) for s in slots[:6]}, {round(s["top"]) for s in slots[6:]}
        assert len(first) == len(second) == 1 and min(second) > max(first), slots  # янв-июн over июл-дек
        pg.locator("#facet-month").screenshot(path=str(SCREENSHOTS / f"months-{width}.png"))
        years = pg.locator("#facet-year ol.histogram")
        assert edges_marked(pg) == ["more-before", "more-after"]  # 2005 centred: years hidden either side
        pg.goto("/")  # opens at the newest year: the older ones hidden to the left
        assert edges_marked(pg) == ["more-before"]
        assert "linear-gradient" in years.evaluate("h => getComputedStyle(h).maskImage")
        pg.locator("#facet-year").screenshot(path=str(SCREENSHOTS / f"years-fade-{width}.png"))
        years.evaluate("h => { h.scrollLeft = 0; }")
        expect()(years).to_have_class(re.compile(r"\bmore-after\b"))
        assert edges_marked(pg) == ["more-after"]
        pg.locator("#facet-year a[data-value='1995']").focus()  # a focused bar's ring is not faded
        assert years.evaluate("h => getComputedStyle(h).maskImage") == "none"
    finally:
        context.close()


def contrast(a: str, b: str) -> float:
    """WCAG contrast ratio of two computed colours ("rgb(r, g, b)")."""
    def luminance(colour):
        channels = [int(c) / 255 for c in re.findall(r"\d+", colour)[:3]]
        r, g, bl = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
        return 0.2126 * r + 0.7152 * g + 0.0722 * bl
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def test_empty_months_and_the_current_match_outline_have_enough_contrast(page):
    page.goto("/?q=заседание&year=2019")
    empty = page.locator("#facet-month .empty .label").first
    assert contrast(empty.evaluate("e => getComputedStyle(e).color"), "rgb(255, 255, 255)") >= 4.5  # was 1.92
    page.goto("/doc/p1?q=языковой+политики#m-3")
    mark = page.locator(".fulltext mark.current")
    outline = mark.evaluate("e => getComputedStyle(e).outlineColor")
    assert contrast(outline, "rgb(255, 255, 255)") >= 3  # was 2.15 against the page
    assert contrast(outline, mark.evaluate("e => getComputedStyle(e).backgroundColor")) >= 3  # 1.72 against the mark


def test_document_page_highlights_and_scrolls_to_the_best_match(page):
    page.goto("/?q=языковой политики")
    page.locator(".hit h3 a", has_text="Стенограмма сессии").click()
    page.wait_for_url(re.compile(r"/doc/p1\?.*#best-match"))
    assert page.locator("h1").inner_text() == "Стенограмма сессии Ассамблеи"
    first = page.locator("mark#best-match")
    assert first.count() == 1
    assert page.locator(".fulltext mark").count() >= 2
    assert "Совпадений" in page.locator("#match-count").inner_text()
    # PDF page markers from the passages' pages: seen (the style's label) and heard (the separator's name)
    markers = page.locator(".page-marker")
    assert markers.evaluate_all("ms => ms.map(m => getComputedStyle(m, '::before').content)") == [
        '"страница 1"', '"страница 2"', '"страница 3"']
    for n in (1, 2, 3):
        expect()(page.get_by_role("separator", name=f"страница {n}", exact=True)).to_have_count(1)
    # the first match is in view
    box = first.bounding_box()
    assert box and 0 <= box["y"] <= 900
    # metadata links lead back to filtered searches
    page.locator(".meta a.badge.speaker", has_text="М. Кул-Мухаммед").click()
    page.wait_for_url(re.compile(r"speakers="))
    assert chips(page) == ["выступающий: М. Кул-Мухаммед"]
    assert hit_count(page) == 1
    page.go_back()
    assert page.locator("h1").inner_text() == "Стенограмма сессии Ассамблеи"
    shot(page, "document")


def test_text_copied_across_a_page_break_has_no_page_label(page):
    # a selection from the end of page 1 into page 2, copied, put «страница 2» between the sentences
    page.goto("/doc/p1")
    page.evaluate("""() => {
        const marker = document.getElementById('page-2');
        const range = document.createRange();
        range.setStart(marker.previousElementSibling, 0);
        range.setEnd(marker.nextElementSibling, 1);
        getSelection().removeAllRanges();
        getSelection().addRange(range);
    }""")
    page.keyboard.press("Control+c")
    copied = page.evaluate("navigator.clipboard.readText()")
    paragraphs = page.locator("#page-2 + p").inner_text(), page.locator("p:has(+ #page-2)").inner_text()
    assert paragraphs[0] in copied and paragraphs[1] in copied  # the selection took both sides of the break
    assert "страница" not in copied, copied


def test_document_page_steps_through_the_matches_from_the_keyboard(page):
    page.goto("/doc/p1?q=языковой+политики#m-3")  # opened at the third word marked: the second place the words meet
    marks = page.locator(".fulltext mark.meet")
    total = marks.count()
    assert total == 2 and page.locator(".fulltext mark").count() == 4
    position = page.locator("#match-position")
    assert page.locator(".match-nav").is_visible() and position.inner_text() == "место 2 из 2"

    def current() -> int:
        return page.evaluate("Array.from(document.querySelectorAll('.fulltext mark.meet'))"
                             ".findIndex(m => m.classList.contains('current'))")

    # the buttons are reached with Tab from the note's link and pressed with Enter
    page.focus("#to-best-match")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.id") == "previous-match"
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.id") == "next-match"
    page.keyboard.press("Enter")  # past the last: round to the first
    assert position.inner_text() == "место 1 из 2" and current() == 0
    assert urlparse(page.url).fragment == marks.nth(0).get_attribute("id")  # a reload opens there
    box = marks.nth(0).bounding_box()
    assert box and 0 <= box["y"] <= 900  # in view
    page.keyboard.press("Shift+Tab")
    page.keyboard.press("Space")
    assert position.inner_text() == "место 2 из 2" and current() == 1
    box = marks.nth(1).bounding_box()
    assert box and 0 <= box["y"] <= 900
    # the note with the buttons stays on screen while the text scrolls under it
    assert page.locator("#next-match").is_visible()
    shot(page, "document-matches")


def test_document_page_steps_on_from_the_match_a_link_jumped_to(page):
    page.goto("/doc/p1?q=языковой+политики#m-3")
    position = page.locator("#match-position")
    expect()(position).to_have_text("место 2 из 2")
    page.click("#to-best-match")  # a plain link: the buttons hear of it
    expect()(position).to_have_text("место 1 из 2")
    assert page.locator(".fulltext mark.current").get_attribute("id") == "best-match"
    page.click("#next-match")
    expect()(position).to_have_text("место 2 из 2")  # on from the link's match
    page.click("#to-best-match")
    page.click("#previous-match")  # round to the last, not back to where the buttons were
    expect()(position).to_have_text("место 2 из 2")
    page.go_back()  # Back, to the address the buttons left before the link
    expect()(position).to_have_text("место 2 из 2")
    page.evaluate("location.hash = '#p-0'")  # a paragraph without matches points ahead: no place taken
    expect()(position).to_have_text("место 1 из 2")
    page.click("#next-match")
    expect()(position).to_have_text("место 1 из 2")


def test_document_page_without_javascript_jumps_to_the_best_match_and_hides_the_buttons(browser, server):
    context = browser.new_context(base_url=server, java_script_enabled=False, viewport={"width": 1280, "height": 500})
    try:
        pg = context.new_page()
        pg.goto("/doc/p1?q=языковой+политики#best-match")
        assert not pg.locator(".match-nav").is_visible()  # buttons that would do nothing
        box = pg.locator("mark#best-match").bounding_box()
        assert box and 0 <= box["y"] <= 500
    finally:
        context.close()


def test_document_download_and_missing_document(page, server):
    page.goto("/doc/d1")
    with page.expect_download() as info:
        page.locator("#download").click()
    download = info.value
    assert download.suggested_filename == "otchet.txt"
    assert Path(download.path()).read_text(encoding="utf-8").startswith("Оригинал отчета")
    # a file outside the ingested root is not offered
    page.goto("/doc/d2")
    assert page.locator("#download").count() == 0
    # unknown and path-like ids: a friendly 404 page, no traceback
    for url, heading in (("/doc/nope", "Документ не найден"), ("/doc/..%2F..%2Fetc%2Fpasswd", "Страница не найдена"),
                         ("/doc/..%2F..%2Fetc%2Fpasswd/file", "Страница не найдена")):
        response = page.goto(url)
        assert response.status == 404, url
        assert page.locator("h1").inner_text() == heading
        assert "Traceback" not in page.content() and "root:" not in page.content()
    # a document without a file to serve: the document is there, the way back to it too
    assert page.goto("/doc/d2/file").status == 404
    assert page.locator("h1").inner_text() == "Файл не найден" and "root:" not in page.content()
    page.locator("#error-link").click()
    assert page.locator("h1").inner_text() == "Файл вне корня"


def test_quotes_tab_and_copy_citation(page):
    page.goto("/?q=согласие")
    page.locator("#tab-quotes").click()
    page.wait_for_url(re.compile(r"/quotes\?q="))
    assert "цитат" in page.locator("#hit-count").inner_text()
    assert page.locator("li.quote").count() >= 5
    first = page.locator("li.quote", has=page.locator("a.speaker")).first  # one said by someone
    assert first.locator("blockquote mark").count() >= 1
    citation = first.locator(".citation").inner_text()
    assert citation.startswith("«") and "»" in citation
    assert re.search(r"» — [А-ЯЁ]\.", citation), citation  # who said it
    assert re.search(r", \d+\u00a0\w+ \d{4}\u00a0г\.", citation)  # when, as the source line above says it
    first.locator("button.copy").click()
    expect()(first.locator(".copied")).to_have_text("Цитата скопирована")
    assert page.evaluate("navigator.clipboard.readText()") == citation
    # another quote copied from the keyboard: only it says so (the first said «Цитата скопирована» still)
    second = first.locator("xpath=following-sibling::li[1]")
    second.locator("button.copy").focus()
    page.keyboard.press("Enter")
    expect()(second.locator(".copied")).to_have_text("Цитата скопирована")
    expect()(second.locator("button.copy")).to_be_focused()
    assert page.evaluate("navigator.clipboard.readText()") == second.locator(".citation").inner_text()
    expect()(first.locator(".copied")).to_have_text("")
    assert page.locator("button.copy.done").count() == 1
    shot(page, "quotes")

    # exact-form switch: the literal form only
    page.fill("#q", "согласия")
    page.check("#exact")
    page.locator("#go").click()
    page.wait_for_url(re.compile(r"exact=1"))
    assert "точная форма слов" in chips(page)
    for mark in page.locator("blockquote mark").all_inner_texts():
        assert mark.lower() == "согласия"


def test_the_quotes_panel_narrows_to_a_speaker_and_fits_a_phone(page):
    # the quotes tab had no facet panel: a speaker's quotes took typing speaker:…
    page.goto("/quotes?q=согласия")
    everything = hit_count(page)
    speaker = page.locator("#facet-speakers a[data-value='С. Абдрахманов']")
    said = int(speaker.locator(".count").inner_text())
    assert 0 < said < everything
    speaker.click()
    page.wait_for_url(re.compile(r"/quotes\?.*speakers="))
    assert hit_count(page) == said  # the count said how many quotes the click finds
    assert chips(page) == ["выступающий: С. Абдрахманов"]
    assert all("» — С. Абдрахманов;" in c for c in page.locator(".citation").all_inner_texts())
    assert page.locator("#facet-speakers a.selected[data-value='С. Абдрахманов']").count() == 1
    page.set_viewport_size({"width": 375, "height": 700})
    page.reload()  # as a phone opens it: the syntax help and dates folded
    assert page.evaluate("document.documentElement.scrollWidth") <= 375  # no sideways scrolling
    first_quote = page.locator("li.quote").first.bounding_box()
    assert first_quote["y"] < 700 and first_quote["y"] < page.locator("#facets").bounding_box()["y"]
    page.locator(".to-facets a").click()  # and a way down to the facets
    assert page.locator("#facet-year").bounding_box()["y"] < 700
    shot(page, "quotes-375")
    page.locator(".chips .chip", has_text="выступающий: С. Абдрахманов").click()
    page.wait_for_url(lambda url: "speakers=" not in url)
    assert hit_count(page) == everything


def test_switching_tabs_keeps_the_filters(page):
    # the tabs kept only the words: narrowed to a year and a speaker, «Цитаты» showed every one
    page.goto("/?q=согласия&year=2019&speakers=С.+Абдрахманов&exact=1")
    page.locator("#tab-quotes").click()
    page.wait_for_url(re.compile(r"/quotes\?"))
    assert params(page) == {"q": ["согласия"], "speakers": ["С. Абдрахманов"], "year": ["2019"], "exact": ["1"]}
    assert chips(page) == ["выступающий: С. Абдрахманов", "год: 2019", "точная форма слов"]
    assert all("» — С. Абдрахманов;" in c for c in page.locator(".citation").all_inner_texts())
    page.locator("#tab-search").click()
    page.wait_for_url(re.compile(r"/\?q="))
    assert params(page)["year"] == ["2019"] and params(page)["speakers"] == ["С. Абдрахманов"]


def test_a_speakers_quotes_once_the_words_are_cleared(page):
    # the journalist picks a speaker under a quote, then wants all of his quotes, not just these words
    page.goto("/quotes?q=согласия")
    page.locator("li.quote a.speaker", has_text="С. Абдрахманов").first.click()
    page.wait_for_url(re.compile(r"speakers="))
    page.fill("#q", "")
    page.locator("#go").click()
    page.wait_for_url(re.compile(r"/quotes\?q=&.*speakers="))  # the form sends the empty box too
    assert page.locator("#hit-count").inner_text().startswith(f"Найдено {NEWS_COUNT // 4 + 1} цитат")
    citations = page.locator(".citation").all_inner_texts()
    assert len(citations) == NEWS_COUNT // 4 + 1 and all("» — С. Абдрахманов;" in c for c in citations)
    assert page.locator(".sort strong").inner_text() == "сначала новые"


def test_a_reported_quote_is_labelled_a_paraphrase_and_copied_as_one(page):
    # the reporter's «Депутат Мажилиса А. Платонов отметил, что…» was cited «…» — А. Платонов, as
    # if he had said it so
    page.goto("/quotes?q=информационно-аналитическая")
    quote = page.locator("li.quote").first
    label = quote.locator(".source .reported")
    assert label.inner_text() == "Пересказ, не дословно:" and label.is_visible()
    card = quote.evaluate("e => getComputedStyle(e).backgroundColor")
    assert contrast(label.evaluate("e => getComputedStyle(e).color"), card) >= 4.5
    citation = quote.locator(".citation").inner_text()
    assert re.fullmatch(re.escape("Пересказ: Депутат Мажилиса А. Платонов отметил, что информационно-аналитическая "
                                  "работа важна. (А. Платонов; Круглый стол в Мажилисе, 12\u00a0мая 2021\u00a0г.). ")
                        + r"http://127\.0\.0\.1:\d+/doc/\w+\?passage=[0-9a-f]{8}#p-\d+", citation), citation
    quote.locator("button.copy").click()
    expect()(quote.locator(".copied")).to_have_text("Цитата скопирована")
    assert page.evaluate("navigator.clipboard.readText()") == citation
    shot(page, "quotes-reported")
    # the speaker's own words carry no label
    page.goto("/quotes?q=единства+народа")
    assert page.locator("li.quote .reported").count() == 0


def test_quote_citation_with_page_and_link_to_passage(page, server):
    page.goto("/quotes?q=языковой+политики")
    quote = page.locator("li.quote", has_text="Кул-Мухаммед").first
    citation = quote.locator(".citation").inner_text()
    # copied with its stable link (none was copied): no query, no way back to this list
    cited, link = citation.split(". " + server)
    assert cited.endswith("; Стенограмма сессии Ассамблеи, 20\u00a0апреля 2018\u00a0г., с.\u00a01")
    assert " — М. Кул-Мухаммед;" in cited
    assert re.fullmatch(r"/doc/p1\?passage=[0-9a-f]{8}#p-1", link), link
    quote.locator("button.copy").click()
    expect()(quote.locator(".copied")).to_have_text("Цитата скопирована")
    assert page.evaluate("navigator.clipboard.readText()") == citation
    quote.locator("a.title").click()
    page.wait_for_url(re.compile(r"/doc/p1.*#p-1"))
    assert "Кул-Мухаммед" in page.locator("#p-1").inner_text()


@pytest.mark.parametrize("tail", [".", ")", "%C2%BB", "%E2%80%A6", "%22", ".%E2%80%9D%20"])
def test_a_quote_link_with_a_sentence_s_punctuation_after_it_opens_at_the_quote(page, server, tail):
    # «…#p-1.» (a citation's link at the end of a sentence) named no element: the page opened at the top
    page.goto("/quotes?q=языковой+политики")
    link = page.locator("li.quote", has_text="Кул-Мухаммед").first.locator(".citation").inner_text().split(server)[1]
    page.goto(link + tail)
    page.wait_for_url(re.compile(r"#p-1$"))
    assert page.evaluate("document.querySelector(':target') && document.querySelector(':target').id") == "p-1"
    assert "Кул-Мухаммед" in page.locator("#p-1").inner_text()


@pytest.mark.parametrize("damage", ["no fragment", "a query after it", "&#038; before it"])
def test_a_quote_link_that_lost_its_fragment_opens_at_the_quote(page, server, damage):
    # «?passage=<fingerprint>» without «#p-1» (cut at a line break, or reloaded from «&#038;») opened
    # at the top, though the server knows the quoted paragraph
    page.goto("/quotes?q=языковой+политики")
    link = page.locator("li.quote", has_text="Кул-Мухаммед").first.locator(".citation").inner_text().split(server)[1]
    path, query = link.split("#")[0].split("?")
    damaged = {"no fragment": f"{path}?{query}", "a query after it": f"{path}?{query}&q=%D0%BF%D0%BE%D0%BB%D0%B8%D1%82%D0%B8%D0%BA%D0%B8",
               "&#038; before it": f"{path}?q=%D0%BF%D0%BE%D0%BB%D0%B8%D1%82%D0%B8%D0%BA%D0%B8&#038;{query}"}[damage]
    page.goto(damaged)
    page.wait_for_url(re.compile(r"#p-1$"))
    assert page.evaluate("document.querySelector(':target') && document.querySelector(':target').id") == "p-1"
    assert page.evaluate("document.getElementById('p-1').getBoundingClientRect().top") < page.viewport_size["height"]


def test_a_link_whose_ampersands_a_cms_escaped_as_a_character_reference_is_read_whole(page):
    # WordPress writes «&» as «&#038;»: the browser took «#038;sort=oldest…» for a fragment, and the page
    # showed the first parameter's search alone, page 1, without a word of it
    meant = "/?q=%D0%B0%D1%81%D1%81%D0%B0%D0%BC%D0%B1%D0%BB%D0%B5%D1%8F&sort=oldest&per_page=1&page=2"
    page.goto(meant)
    title = page.title()
    for escaped in ("&#038;", "&#38;"):
        page.goto(meant.replace("&", escaped))
        page.wait_for_url(re.compile(r"page=2$"))
        assert page.title() == title and "страница 2" in title


def test_an_escaped_ampersand_link_whose_path_starts_with_two_slashes_stays_on_the_archive(page, server):
    # the 404 page of «//evil.example/#038;x=1» asked for «//evil.example/?x=1», a protocol-relative
    # address: the visitor left for evil.example from a link that began with the archive's own host
    elsewhere: list[str] = []

    def answer(route):
        if route.request.url.startswith(server):
            route.continue_()
        else:  # nothing leaves the machine
            elsewhere.append(route.request.url)
            route.fulfill(status=200, body="<h1>elsewhere</h1>", content_type="text/html")

    page.route("**/*", answer)
    for start, meant in (("//evil.example/#038;x=1", "//evil.example/?x=1"),
                         ("//evil.example/?q=a&#038;x=1", "//evil.example/?q=a&x=1")):
        page.goto(server + start)
        page.wait_for_url(re.compile(r"x=1$"))
        assert page.url == server + meant and not elsewhere, (page.url, elsewhere)
        assert "Страница не найдена" in page.content()


def test_a_quotes_link_opens_its_document_at_the_quotes_match_and_reads_it_out(page):
    # opened at the quote's paragraph (#p-2), the counter said the best match elsewhere
    # («совпадение 1 из 4»), «следующее →» went on from there, and nothing took the focus
    page.goto("/quotes?q=языковой+политики")
    link = page.locator("li.quote a.title[href*='#p-2']")
    with page.expect_navigation():
        link.press("Enter")
    marks = page.locator(".fulltext mark.meet")
    first_in_quote = page.evaluate(
        "[...document.querySelectorAll('.fulltext mark.meet')].indexOf(document.querySelector('#p-2 mark'))")
    best = page.evaluate("[...document.querySelectorAll('.fulltext mark.meet')].findIndex(m => m.id == 'best-match')")
    assert first_in_quote > 0 and first_in_quote != best
    quote_mark = page.locator("#p-2 mark").first
    expect()(quote_mark).to_be_focused()
    position, said = page.locator("#match-position"), page.locator("#match-said")
    expect()(position).to_have_text(f"место {first_in_quote + 1} из {marks.count()}")
    expect()(said).to_have_text(re.compile(rf"^место {first_in_quote + 1} из {marks.count()}: \S"))
    assert quote_mark.inner_text() in said.inner_text()
    page.click("#previous-match")  # on from the quote's place, not from the best match
    expect()(position).to_have_text(f"место {first_in_quote} из {marks.count()}")


def test_zero_hits_offers_did_you_mean_and_ways_to_widen(page):
    page.goto("/?q=ассамблеяя&year=2019")
    assert page.locator(".notice.empty").is_visible()
    assert "Ничего не найдено" in page.locator(".notice.empty").inner_text()
    assert page.locator(".notice.empty a", has_text="снять фильтр «год: 2019»").count() == 1
    page.goto("/?q=ассамблия")
    # to a screen reader «Ничего не найдено» is a heading, as the count is when something is found;
    # no empty list, no «Уточнить поиск» landmark holding its heading alone
    assert [h.inner_text() for h in page.get_by_role("heading").all()] == ["Поиск по архиву", "Ничего не найдено."]
    assert page.get_by_role("list").count() == 1  # the tips, not «список, 0 элементов»
    assert page.get_by_role("complementary").count() == 0
    box = page.locator(".notice.empty")  # drawn on one line with what follows, as before
    assert box.get_by_role("heading").bounding_box()["y"] == box.get_by_text("Как расширить поиск:").bounding_box()["y"]
    suggestion = page.locator("#suggestion")
    assert suggestion.is_visible()
    suggestion.click()
    page.wait_for_load_state()
    assert hit_count(page) > 0


def test_bad_queries_get_a_friendly_message(page):
    for query, words in (("и на в", "служебные"), ("а*", "звёздочк"), ("x" * 600, "длинный")):
        page.goto("/")
        page.fill("#q", query[:500] if len(query) <= 500 else query)
        page.evaluate("q => { document.getElementById('q').removeAttribute('maxlength'); document.getElementById('q').value = q; }", query)
        page.press("#q", "Enter")
        page.wait_for_load_state()
        alert = page.locator(".notice.error")
        assert alert.is_visible(), query
        assert words in alert.inner_text()
        assert "Traceback" not in page.content()
        # the facets stay, so the page is still useful
        assert page.locator("#facet-year").count() == 1


def test_hostile_document_is_inert_everywhere(page, server):
    """Markup and javascript: links in a document's title, text and facet values show as text;
    no dialog fires (the fixture fails the test on one), no script or image is injected."""
    visits = [
        "/?q=Взломщики", "/?q=alert", "/", "/?speakers=%3Cb+onmouseover%3D%22alert%281%29%22%3EХакер%3C%2Fb%3E",
        "/doc/x1", "/doc/x1?q=alert", "/quotes?q=Взломщики", "/quotes?q=javascript",
        "/api/search?q=alert", "/api/documents/x1", "/api/quotes?q=alert",
    ]
    for url in visits:
        page.goto(url)
        page.wait_for_load_state()
        injected = page.evaluate("""() => ({
            inline: [...document.scripts].filter(s => !s.src).length,
            imgs: document.querySelectorAll('img').length,
            jsLinks: [...document.querySelectorAll('a[href]')].filter(a => a.href.trim().toLowerCase().startsWith('javascript:')).length,
            handlers: [...document.querySelectorAll('*')].filter(e => [...e.attributes].some(a => a.name.startsWith('on'))).length,
        })""")
        assert injected == {"inline": 0, "imgs": 0, "jsLinks": 0, "handlers": 0}, (url, injected)
        # hover over everything with a handler-looking text, to give onmouseover a chance
        for el in page.locator("a", has_text="Хакер").all()[:3]:
            el.hover()
    page.goto("/doc/x1")
    assert page.locator("h1").inner_text() == XSS_TITLE
    assert "<script>alert(1)</script>" in page.locator(".fulltext").inner_text()
    assert 'href="javascript:alert(1)"' in page.locator(".fulltext").inner_text()


# -- phones, tablets and paper -------------------------------------------------------------------
@pytest.fixture()
def phone(browser, server):
    """A fresh page on a 360 px touch phone (the commonest width), the script on."""
    context = browser.new_context(base_url=server, locale="ru-RU", viewport={"width": 360, "height": 740},
                                  device_scale_factor=2, is_mobile=True, has_touch=True)
    context.set_default_timeout(TIMEOUT_MS)
    pg = context.new_page()
    errors: list[str] = []
    pg.on("pageerror", lambda exc: errors.append(str(exc)))
    yield pg
    context.close()
    assert not errors, errors


def test_a_citation_holding_a_long_link_wraps_on_a_phone(phone):
    for q in ("Подробнее сайте", "почта прессы"):
        phone.goto("/quotes?q=" + q)
        citation = phone.locator(".citation").first.bounding_box()
        assert citation["x"] + citation["width"] <= 360, q  # was 712: the page scrolled sideways
        assert phone.evaluate("document.documentElement.scrollWidth") <= 360, q


def test_a_quotes_paragraph_opens_whole_below_the_match_row(phone):
    phone.set_viewport_size({"width": 360, "height": 400})  # the text scrolls far enough to put #p-1 at the top
    phone.goto("/quotes?q=роль+языковой+политики")
    phone.locator("li.quote a.title").first.tap()
    phone.wait_for_url(re.compile(r"/doc/p1.*#p-1"))
    phone.wait_for_timeout(100)
    row = phone.locator("#match-nav").bounding_box()
    paragraph = phone.locator("#p-1").bounding_box()
    assert phone.evaluate("scrollY") > 0  # the page did scroll to the paragraph
    assert paragraph["y"] >= row["y"] + row["height"]  # its first line was under the row


@pytest.mark.parametrize("tab, item", [("/", "li.hit"), ("/quotes", "li.quote")])
def test_back_to_results_lands_at_the_result_opened(phone, tab, item):
    phone.goto(tab + "?q=заседание&page=2")
    opened = phone.locator(item).nth(7)
    number = int(opened.get_attribute("id").removeprefix("hit-"))
    assert number == 18  # the place in the whole list: 8th of page 2
    opened.locator("a.title").tap()
    phone.wait_for_url(re.compile(r"/doc/"))
    phone.locator("#back-to-results").tap()
    phone.wait_for_url(re.compile(r"page=2#hit-18$"))
    box = phone.locator("#hit-18").bounding_box()
    assert 0 <= box["y"] < 740  # was at the top of the list, several screens above it


def test_back_after_apply_shows_the_form_of_the_list_shown(page):
    page.goto("/?q=заседание")
    page.check("#exact")
    page.fill("#date-from", "2019-01-01")
    page.click("form.search button.secondary")
    page.wait_for_url(re.compile(r"exact=1"))
    page.go_back()
    page.wait_for_url(re.compile(r"/\?q=%D0%B7%D0%B0%D1%81%D0%B5%D0%B4%D0%B0%D0%BD%D0%B8%D0%B5$"))
    assert not page.locator(".chips .chip").count()
    assert not page.is_checked("#exact") and page.input_value("#date-from") == ""  # as the list is
    page.fill("#q", "Ассамблея")
    page.press("#q", "Enter")
    page.wait_for_url(re.compile(r"q=%D0%90"))
    assert "exact" not in params(page) and "from" not in params(page)  # the next query was narrowed


def test_back_to_a_page_the_browser_kept_whole_resets_the_form_to_its_list(browser, server):
    """The back-forward cache keeps the page as it was left, edited form and all (Playwright turns
    that cache off; this browser has it on)."""
    kept = browser.browser_type.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True,
                                       ignore_default_args=["--disable-back-forward-cache"])
    try:
        pg = kept.new_context(base_url=server).new_page()
        pg.add_init_script("addEventListener('pageshow', e => { window.restored = e.persisted; })")
        pg.goto("/?q=заседание")
        pg.evaluate("window.restored = undefined")  # set again when the cache gives the page back
        pg.check("#exact")
        pg.fill("#date-from", "2019-01-01")
        pg.click("form.search button.secondary")
        pg.wait_for_url(re.compile(r"exact=1"))
        pg.go_back(wait_until="commit")  # a page from the cache fires no load event
        pg.wait_for_function("window.restored !== undefined")
        assert pg.evaluate("window.restored")  # from the cache, not loaded again
        assert not pg.is_checked("#exact") and pg.input_value("#date-from") == ""
    finally:
        kept.close()


def test_a_phone_folds_the_help_and_dates_and_shows_a_result_on_the_first_screen(browser, server, phone):
    phone.set_viewport_size({"width": 360, "height": 640})
    phone.goto("/?q=заседание")
    assert not phone.locator("#more").evaluate("d => d.open")
    assert not phone.locator(".help").is_visible() and not phone.locator("#date-from").is_visible()
    # the first result's title, which opens it, on a 640 px screen (was below it); its snippet too
    # on a 740 px one (the sort links' 40 px rows take three lines at 360 px)
    title = phone.locator("li.hit h3 a").first.bounding_box()
    assert title["y"] + title["height"] < 600
    phone.set_viewport_size({"width": 360, "height": 740})
    assert phone.locator("li.hit .snippet").first.bounding_box()["y"] < 700
    phone.locator("details.more > summary").tap()
    phone.fill("#date-from", "2019-01-01")  # reached in one tap
    phone.locator("form.search button.secondary").tap()
    phone.wait_for_url(re.compile(r"from=2019-01-01"))
    assert phone.locator("#date-from").is_visible()  # a range in force stays in sight
    # a wide screen, and a phone without the script: open, no summary
    for context in (browser.new_context(base_url=server, viewport={"width": 1280, "height": 900}),
                    browser.new_context(base_url=server, viewport={"width": 360, "height": 640},
                                        is_mobile=True, has_touch=True, java_script_enabled=False)):
        try:
            pg = context.new_page()
            pg.goto("/?q=заседание")
            assert pg.locator(".help").is_visible() and pg.locator("#date-from").is_visible()
            assert pg.locator("details.more > summary").is_visible() == (pg.viewport_size["width"] <= 560)
        finally:
            context.close()


def test_touch_targets_are_40_px_tall_on_a_phone_and_the_desktop_keeps_its_rows(phone, page):
    phone.goto("/?q=заседание")
    heights = phone.evaluate("""sel => [...document.querySelectorAll(sel)].filter(e => e.offsetParent)
        .map(e => e.getBoundingClientRect().height)""", "#facet-speakers li a, .facet details summary, .pager a")
    assert heights and min(heights) >= 40  # were 26, 21 and 25 px
    badge = phone.locator("li.hit a.badge").first
    box = badge.bounding_box()
    assert box["height"] >= 32
    for dy in (-3, box["height"] + 3):  # taken 4 px above and below the pill: 40 px in all
        hit = phone.evaluate("([x, y]) => document.elementFromPoint(x, y).closest('a.badge') !== null",
                             [box["x"] + box["width"] / 2, box["y"] + dy])
        assert hit, dy
    phone.goto("/doc/p1?q=языковой+политики#best-match")
    for button in ("#previous-match", "#next-match"):
        box = phone.locator(button).bounding_box()
        assert box["height"] >= 40 and box["width"] >= 44  # were 27x29
    page.goto("/?q=заседание")
    row = page.locator("#facet-speakers li a").first.bounding_box()
    assert row["height"] < 32  # a mouse keeps the dense list


SMALL_TARGETS = """sels => sels.flatMap(sel => [...document.querySelectorAll(sel)]
    .filter(e => e.checkVisibility({visibilityProperty: true}))
    .map(e => { const r = e.getBoundingClientRect(); return [sel, e.textContent.trim().slice(0, 30), r.width, r.height]; }))
    .filter(([, , width, height]) => height < 40 || width < 24)"""
FORM_TARGETS = ["label.check", "#date-from", "#date-to", ".options button", "details.periods > summary", ".shortcuts a",
                "#every-month", "#every-day", "#every-year-apply", ".sort a", ".results .export a", ".other-tab a"]
PAGE_TARGETS = {"/quotes?q=согласие": ["button.copy", ".quote .source a", ".citation .permalink"],
                "/doc/p1?q=языковой+политики": ["#back-to-results", ".meta dd > a:not(.badge)", "#download",
                                                "#to-best-match", ".document .export a"]}


@pytest.mark.parametrize("width, height", [(360, 740), (768, 1024)])
def test_the_forms_fields_and_the_links_in_rows_are_40_px_targets_on_a_touch_screen(browser, server, page, width,
                                                                                     height):
    # the checkbox was 13x13, the periods' links, the sort, export and back links 17-19 px tall,
    # «Применить» and «Копировать цитату» 30 px, on a phone and on a tablet alike; a citation's own
    # link 16 px on a tablet (one line there)
    context = browser.new_context(base_url=server, locale="ru-RU", viewport={"width": width, "height": height},
                                  is_mobile=True, has_touch=True)
    try:
        pg = context.new_page()
        pg.goto("/?q=заседание")
        pg.evaluate("document.querySelectorAll('form.search details').forEach(d => { d.open = true; })")
        assert pg.evaluate(SMALL_TARGETS, FORM_TARGETS) == []
        assert pg.locator("#exact").bounding_box()["height"] >= 24  # and the label around it takes the tap
        assert pg.locator(".shortcuts a").count() == 5
        for url, targets in PAGE_TARGETS.items():
            pg.goto(url)
            assert pg.locator(", ".join(targets)).count() >= len(targets), url
            assert pg.evaluate(SMALL_TARGETS, targets) == [], url
        assert pg.evaluate("document.documentElement.scrollWidth") <= width
    finally:
        context.close()
    page.goto("/?q=заседание")  # a mouse keeps the form's rows and the sort line compact
    assert page.locator(".sort a").first.bounding_box()["height"] < 30
    assert page.locator("#date-from").bounding_box()["height"] < 36


def test_a_chips_cross_stands_apart_from_its_label_on_a_phone(phone, page):
    # a phone's chip (a flex box) dropped the space: «год: 2019×» read as one value
    gap = """() => [...document.querySelectorAll('a.chip')].map(a => { const r = document.createRange();
        r.setStart(a.firstChild, 0); r.setEnd(a.firstChild, a.firstChild.textContent.trimEnd().length);
        return a.querySelector('[aria-hidden]').getBoundingClientRect().left - r.getBoundingClientRect().right; })"""
    for pg in (phone, page):
        pg.goto("/?q=заседание&year=2019&speakers=А.+Платонов")
        gaps = pg.evaluate(gap)
        assert len(gaps) == 2 and min(gaps) >= 3, gaps


def test_print_shows_the_results_without_the_controls(page):
    page.emulate_media(media="print")
    for url in ("/?q=заседание", "/quotes?q=согласие", "/doc/p1?q=политики"):
        page.goto(url)
        # the match bar («Совпадений с запросом …: N · к лучшему совпадению») is the screen's navigation too
        for hidden in ("form.search", "aside.facets", ".pager", "button.copy", ".match-nav", "#back-to-results",
                       "#match-count"):
            assert not page.locator(hidden).first.is_visible(), (url, hidden)
        assert page.locator("li.hit, li.quote, .fulltext").first.is_visible()
    # the paper says what was searched and which page (the form and the pager are not printed),
    # and numbers each result from the page's first (11., 12. on page 2)
    for url, said in (("/?q=заседание&page=2", "Поиск по архиву: заседание · страница 2 из 3"),
                      ("/quotes?q=согласие&speakers=С.+Абдрахманов", "Поиск цитат: согласие, выступающий: С. Абдрахманов")):
        page.goto(url)
        expect()(page.locator(".printed-query")).to_have_text(said)
        hits = page.locator("ol.hits")
        assert hits.evaluate("e => getComputedStyle(e).listStyleType") == "decimal"
    page.goto("/?q=заседание&page=2")
    assert page.locator("ol.hits").evaluate("e => e.start") == 11
    page.emulate_media(media="screen")
    expect()(page.locator(".printed-query")).to_be_hidden()  # the form and the count say it on screen


# -- high contrast, larger text, other voices ------------------------------------------------------
def test_the_query_box_is_described_by_a_spelling_suggestion_and_an_unknown_sort(page):
    # the suggestion shown above «Ничего не найдено», and the note that an old link's sort was
    # replaced, were on the page from its load: a live region says changes only, so neither was heard
    q = page.locator("#q")
    page.goto("/?q=ассамблия")
    expect()(q).to_be_focused()
    expect()(q).to_have_accessible_description(
        re.compile(r"^Возможно, вы имели в виду: ассамблея ?\. Ничего не найдено\. Как расширить поиск"))
    page.goto("/quotes?q=жастар+кездесуи")  # a little found (one of the words), and a spelling offered
    expect()(q).to_have_accessible_description(
        re.compile(r"^Возможно, вы имели в виду: жастар кездесуі ?\. Все слова вместе не найдены; показаны цитаты,"
                   r" где есть часть слов\. Ни в одной цитате нет: «кездесуи»\. Найдена 1 цитата за \d+ мс$"))
    page.goto("/?q=заседание&sort=date")
    expect()(q).to_have_accessible_description(
        re.compile(r"^Сортировки «date» нет: показан порядок «по релевантности»\. Найдено 24 документа за \d+ мс$"))


def test_a_pasted_split_word_is_found_and_an_exclusion_is_said(page):
    # a word pasted from a PDF with its line-end hyphen («межэтни-⏎ческое», which the box holds as
    # «межэтни- ческое») found only the other word's documents; `Ассамблеи - Токаев` (a dash typed as a
    # hyphen) found the documents without Токаев and the page did not say so
    q = page.locator("#q")
    page.goto("/")
    q.click()
    page.keyboard.insert_text("межэтни-\nческое")
    q.press("Enter")
    found = hit_count(page)
    page.goto("/?q=межэтническое")
    assert found == hit_count(page) > 0
    expect()(page.locator("#partial-note")).to_have_count(0)
    page.goto("/?q=" + "Ассамблеи - Токаев")
    dashed = hit_count(page)
    expect()(page.locator("#excluded-words-note")).to_have_count(0)
    page.goto("/?q=" + "Ассамблеи Токаев")
    assert dashed == hit_count(page) > 0
    page.goto("/?q=" + "Ассамблеи -Токаев")
    expect()(page.locator("#excluded-words-note")).to_have_text("Исключены документы со словом «Токаев».")
    expect()(q).to_have_accessible_description(re.compile(r"^Исключены документы со словом «Токаев»\. Найден"))


def test_an_operator_word_typed_in_lowercase_is_said_with_how_to_write_it(page):
    # `Ассамблеи не Токаев` found the documents that have Токаев, the opposite of what was meant, unsaid
    q = page.locator("#q")
    page.goto("/?q=" + "Ассамблеи не Токаев")
    assert hit_count(page) > 0
    note = ("«не» строчными буквами — обычное слово, а не исключение: нужны все слова запроса. Чтобы исключить "
            "«Токаев», напишите НЕ заглавными или минус: Ассамблеи НЕ Токаев или Ассамблеи -Токаев.")
    expect()(page.locator("#operator-words-note")).to_have_text(note)
    expect()(q).to_have_accessible_description(re.compile(r"^«не» строчными буквами .* Найден"))
    page.goto("/?q=" + "Ассамблеи НЕ Токаев")
    expect()(page.locator("#operator-words-note")).to_have_count(0)
    expect()(page.locator("#excluded-words-note")).to_have_text("Исключены документы со словом «Токаев».")


@pytest.mark.parametrize("doc, words, lang", [("k1", "жастар", "kk"), ("e1", "forum", "en"), ("p1", "политики", "ru")])
def test_the_match_said_aloud_is_in_the_documents_language(page, doc, words, lang):
    # «совпадение 1 из 1: Рухани жаңғыру…» was read with the page's Russian voice
    page.goto(f"/doc/{doc}?q={words}#best-match")
    said = page.locator("#match-said")
    expect()(said).to_have_text(re.compile(r"^совпадение 1 из \d+: \S"))
    parts = said.evaluate("""e => [...e.childNodes].map(n =>
        [n.textContent, (n.nodeType === 1 ? n : n.parentNode).closest('[lang]').lang])""")
    assert parts[0] == [parts[0][0], "ru"] and parts[0][0].startswith("совпадение 1 из ")
    assert len(parts) == 2 and parts[1][1] == lang and page.locator("#best-match").inner_text() in parts[1][0]


@pytest.mark.parametrize("words, own, sentence", [
    # a Kazakh statement in a Russian report, its speaker's initial written with a space
    ("парызы", "kk", "Мемлекеттік тілді білу – әр азаматтың парызы», – деді Б. Тілеуберді."),
    ("Тілеуберді lang:kk", "kk", "Мемлекеттік тілді білу – әр азаматтың парызы», – деді Б. Тілеуберді."),
    # a Russian one in a Kazakh report
    ("объединяет", "ru", "«Мы все вместе строим общий дом, и язык нас объединяет», – сказал А. Петров."),
])
def test_the_match_said_aloud_in_a_quoted_passage_is_its_whole_sentence_in_its_language(browser, mixed_server, words,
                                                                                        own, sentence):
    # the page read a Kazakh paragraph of a Russian report, and the match's sentence it announced,
    # in Russian (a Russian one of a Kazakh report in Kazakh); and the sentence stopped at the
    # speaker's initial: «…парызы», – деді Б.», or started after it: «Тілеуберді.»
    context = browser.new_context(base_url=mixed_server, locale="ru-RU")
    context.set_default_timeout(TIMEOUT_MS)
    try:
        pg = context.new_page()
        pg.goto("/quotes?" + urlencode({"q": words}))
        with pg.expect_navigation():
            pg.locator("#hits a.title").first.click()
        paragraph = urlparse(pg.url).fragment  # the quote's paragraph, not the report's words
        assert pg.locator(f"#{paragraph}").get_attribute("lang") == own
        mark = pg.locator(f"#{paragraph} mark").first.get_attribute("id")
        pg.goto(pg.url.split("#")[0] + "#" + mark)
        said = pg.locator("#match-said")
        expect()(said).to_have_text(re.compile(r"^совпадение \d+ из \d+: \S"))
        parts = said.evaluate("""e => [...e.childNodes].map(n =>
            [n.textContent, (n.nodeType === 1 ? n : n.parentNode).closest('[lang]').lang])""")
        assert parts[0][1] == "ru" and parts[1] == [sentence, own]
    finally:
        context.close()


def test_the_match_said_aloud_is_the_sentence_the_index_reads(browser, mixed_server):
    # the page cut sentences at every full stop before a space: «…сказал Б.», «…на ул.»; it reads
    # them as the index does (index.sentences): the table every reader of sentences agrees on
    from sentence_table import PARAGRAPHS
    from web_corpus import SENTENCES_TITLE

    context = browser.new_context(base_url=mixed_server, locale="ru-RU")
    context.set_default_timeout(TIMEOUT_MS)
    try:
        pg = context.new_page()
        pg.goto("/?q=Ассамблея OR Assambleıa")
        with pg.expect_navigation():
            pg.locator(".hit h3 a", has_text=SENTENCES_TITLE).click()
        count = pg.locator("#text mark").count()
        said: dict[str, set[str]] = {}
        for _ in range(count):
            pg.click("#next-match")
            sentence = pg.locator("#match-said span").inner_text()
            paragraph = pg.locator("#text mark.current").evaluate("m => m.closest('p').textContent")
            said.setdefault(paragraph.strip(), set()).add(sentence)
        expected = {" ".join(row): set(row) for row in PARAGRAPHS}
        said.pop(SENTENCES_TITLE, None)  # the title, when the text repeats it
        assert said == expected  # every sentence of the table, each holding a match
    finally:
        context.close()


def test_forced_colours_keep_the_histograms_bars_and_mark_the_chosen_year(browser, server):
    # Windows High Contrast replaces backgrounds: every bar took the panel's colour, both histograms
    # were blank, and the chosen year's bar looked like the rest
    context = browser.new_context(base_url=server, viewport={"width": 1280, "height": 900}, forced_colors="active")
    try:
        pg = context.new_page()
        pg.goto("/?q=заседание&year=2019")
        bars = pg.evaluate("""() => [...document.querySelectorAll('#facet-year a, #facet-month a')].map(a => {
            const bar = getComputedStyle(a.querySelector('.bar')), panel = getComputedStyle(a.closest('.facet'));
            return {chosen: a.classList.contains('selected'), panel: panel.backgroundColor, fill: bar.backgroundColor,
                    edge: bar.borderTopWidth !== '0px' ? bar.borderTopColor : bar.backgroundColor};
        })""")
        assert len(bars) > 10 and len([b for b in bars if b["chosen"]]) == 1
        assert all(b["edge"] != b["panel"] for b in bars), bars  # each bar drawn
        # the chosen year filled, the others hollow (a theme's colours may be alike)
        assert all((b["fill"] != b["panel"]) == b["chosen"] for b in bars), bars
        pg.locator("#facet-year").screenshot(path=str(SCREENSHOTS / "histogram-forced-colours.png"))
    finally:
        context.close()


def test_the_query_box_edge_and_the_histogram_bars_have_3_to_1_contrast(page):
    page.goto("/?q=заседание&year=2019")
    colours = page.evaluate("""() => { const css = s => getComputedStyle(document.querySelector(s));
        return {edge: css('#q').borderTopColor, form: css('form.search').backgroundColor,
                bar: css('#facet-year a:not(.selected) .bar').backgroundColor, panel: css('#facet-year').backgroundColor}; }""")
    assert contrast(colours["edge"], colours["form"]) >= 3  # was 2.10
    assert contrast(colours["bar"], colours["panel"]) >= 3  # was 2.12: the heights are the counts


@pytest.mark.parametrize("touch", [False, True])
def test_a_histogram_bars_name_begins_with_what_it_shows_and_an_empty_slot_says_so(browser, server, touch):
    # a month bar showing «1» and «мар» was named «март 2019: 1 документ» (voice control users say
    # what they see), and a year without documents was read as a bare «2017», or as nothing; on a
    # touch screen a year bar showing «’15 4» was named «2015: 4 документа»
    size = {"width": 390, "height": 844} if touch else {"width": 1280, "height": 900}
    context = browser.new_context(base_url=server, locale="ru-RU", viewport=size, has_touch=touch, is_mobile=touch)
    context.set_default_timeout(TIMEOUT_MS)
    try:
        _bars_named_as_shown(context.new_page(), touch)
    finally:
        context.close()


def _bars_named_as_shown(page, touch: bool) -> None:
    page.goto("/?q=заседание&year=2019")
    assert page.evaluate("matchMedia('(hover: none)').matches") == touch
    short_labels = []
    for link in page.locator("#facet-month a, #facet-year a").all():
        label, count = link.evaluate("""a => [...a.querySelectorAll('.label, .count')]
            .filter(e => e.checkVisibility({visibilityProperty: true})).reduce((shown, e) =>
              (shown[e.classList.contains('count') ? 1 : 0] += e.textContent, shown), ['', ''])""")
        name = accessible_name(link)
        assert name.startswith(label), (label, count, name)
        words, shown_words = re.findall(r"\w+", name), re.findall(r"\w+", f"{label} {count}")
        assert any(words[i:i + len(shown_words)] == shown_words for i in range(len(words))), (label, count, name)
        short_labels += [label] if label.startswith("’") else []
    assert bool(short_labels) == touch, short_labels  # «’19» on a touch screen only
    march = page.locator("#facet-month a").first
    expect()(march).to_have_accessible_name(re.compile(r"^[а-я]{3}: \d+ документ"))
    expect()(march).to_have_accessible_description(re.compile(r"^[а-я]+ 2019$"))  # the month's full name
    months = page.locator("#facet-month ol").aria_snapshot()
    assert re.search(r"- listitem: \"?[а-я]{3}: нет документов", months), months
    page.goto("/?year=2014")  # a chosen year without documents, and the empty 2015 after it
    years = page.locator("#facet-year ol").aria_snapshot()
    assert re.search(r"- listitem: \"?2015: нет документов", years), years
    assert not re.search(r"- listitem: \"?\d{4}\"?$|- listitem$", years, re.M), years  # no bare year, no blank item


def visible_label_boxes(pg, selector: str) -> list[dict]:
    return pg.evaluate("""s => [...document.querySelectorAll(s)]
        .filter(e => e.checkVisibility({visibilityProperty: true}))
        .map(e => { const r = e.getBoundingClientRect(); return {text: e.textContent, left: r.left, right: r.right, top: r.top, bottom: r.bottom}; })""",
                       selector)


def apart(a: dict, b: dict) -> bool:
    """Two labels' boxes neither touch nor overlap (a pixel between them at least)."""
    return a["right"] + 1 <= b["left"] or b["right"] + 1 <= a["left"] or a["bottom"] <= b["top"] or b["bottom"] <= a["top"]


@pytest.mark.parametrize("how, size", [("setting", 24), ("setting", 32), ("user style", 32)])
def test_a_larger_default_font_widens_the_facet_column_with_its_text(browser, server, how, size):
    # the column stayed 270 px: year labels printed over each other («2016201820202022…»), topic
    # names ran out of the panel and headings broke inside a word. The browser's font size setting,
    # or a user style raising the root size (which media queries do not see)
    context = browser.new_context(base_url=server, viewport={"width": 1280, "height": 900}, bypass_csp=True)
    try:
        pg = context.new_page()
        if how == "setting":
            cdp = context.new_cdp_session(pg)
            cdp.send("Page.setFontSizes", {"fontSizes": {"standard": size, "fixed": size - 3}})
        pg.goto("/?q=заседание&year=2019")
        if how == "user style":
            pg.add_style_tag(content=f"html {{ font-size: {size}px !important; }}")
        assert pg.evaluate("getComputedStyle(document.documentElement).fontSize") == f"{size}px"
        aside = pg.locator("aside.facets").bounding_box()
        results = pg.locator("#results").bounding_box()
        if size == 24:  # still beside the results, as wide for its text as at 16 px
            assert aside["width"] == 17 * size and aside["x"] + aside["width"] < results["x"]
        else:  # below them, as at 400% zoom
            assert aside["y"] > results["y"] + results["height"] - 1 and aside["width"] == results["width"]
        spill = pg.evaluate("""() => { const edge = document.querySelector('#facets').getBoundingClientRect().right;
            return [...document.querySelectorAll('#facets .name, #facets h3')].filter(e =>
                e.getBoundingClientRect().right > edge || e.scrollWidth > e.clientWidth + 1).map(e => e.textContent); }""")
        assert not spill
        headings = pg.locator("#facets h3").evaluate_all("hs => hs.map(h => h.getClientRects().length && h.offsetHeight)")
        line = pg.locator("#facet-speakers h3").evaluate("h => parseFloat(getComputedStyle(h).lineHeight)")
        assert all(height < 2 * line for height in headings)  # «ВЫСТУПАЮЩИ / Е»: one line each
        labels = visible_label_boxes(pg, "#facet-year .label")
        assert len(labels) >= 4 and all(apart(a, b) for a, b in zip(labels, labels[1:])), labels
        months = visible_label_boxes(pg, "#facet-month .label")
        assert len(months) == 12 and all(apart(a, b) for a, b in zip(months, months[1:])), months
        box = pg.locator("#exact").bounding_box()
        assert box["height"] >= 0.8 * size  # the checkbox beside the larger text (13 px whatever the size)
        assert pg.evaluate("document.documentElement.scrollWidth") <= 1280
        pg.screenshot(path=str(SCREENSHOTS / f"search-font-{size}-{how.replace(' ', '-')}.png"))
    finally:
        context.close()


TEXT_SPACING = ("* { line-height: 1.5 !important; letter-spacing: .12em !important; word-spacing: .16em !important; }"
                " p { margin-bottom: 2em !important; }")  # WCAG 1.4.12's


def test_text_spacing_keeps_the_month_labels_apart(browser, server):
    # with the reader's letter spacing 7 of the 11 gaps between month labels closed: «янвфевмарапр…»
    # (two rows of labels then; bars 24 px wide now leave them room on one)
    context = browser.new_context(base_url=server, viewport={"width": 1280, "height": 900}, bypass_csp=True)
    try:
        pg = context.new_page()
        pg.goto("/?q=заседание&year=2019")
        histogram = pg.locator("#facet-month ol.histogram")
        expect()(histogram).not_to_have_class(re.compile("staggered"))  # not staggered while they fit
        tops = [round(m["top"]) for m in visible_label_boxes(pg, "#facet-month .label")]
        assert len(set(tops[:6])) == len(set(tops[6:])) == 1 and tops[6] > tops[0]  # two rows of six
        pg.add_style_tag(content=TEXT_SPACING)
        pg.wait_for_timeout(100)  # the labels' resize observer staggers them if they touch
        months = visible_label_boxes(pg, "#facet-month .label")
        assert [m["text"] for m in months] == ["янв", "фев", "мар", "апр", "май", "июн", "июл", "авг", "сен", "окт",
                                               "ноя", "дек"]
        assert all(apart(a, b) for a, b in zip(months, months[1:])), months
        panel = pg.locator("#facet-month").bounding_box()
        assert all(m["bottom"] <= panel["y"] + panel["height"] for m in months)  # the lower row inside its panel
        years = visible_label_boxes(pg, "#facet-year .label")
        assert all(apart(a, b) for a, b in zip(years, years[1:])), years
        pg.locator("#facet-month").screenshot(path=str(SCREENSHOTS / "months-text-spacing.png"))
    finally:
        context.close()


@pytest.fixture()
def catalogue_page():
    """The address of a plain page on another origin (another port of this machine, no CSP): a
    partner's catalogue whose script reads the archive's API."""
    from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

    class Catalogue(BaseHTTPRequestHandler):
        def do_GET(self):
            body = "<!doctype html><title>Каталог</title><p>Каталог библиотеки</p>".encode("utf-8")
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args):
            pass

    srv = ThreadingHTTPServer(("127.0.0.1", 0), Catalogue)
    thread = threading.Thread(target=srv.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{srv.server_address[1]}"
    srv.shutdown()
    thread.join(timeout=5)


FETCH = """async (url) => {
    try {
        const resp = await fetch(url, {headers: {"If-None-Match": '"none"'}});  // a preflight first
        return "total " + (await resp.json()).total + ", ETag readable: " + (resp.headers.get("ETag") !== null);
    } catch (e) { return "FAILED: " + e; }
}"""


def test_a_page_of_an_allowed_origin_reads_the_api_and_others_cannot(browser, built_index, catalogue_page):
    # no CORS headers at all: «fetch from another origin: FAILED: TypeError: Failed to fetch»
    allowing = _served(built_index, cors_origins=[catalogue_page])
    refusing = _served(built_index)
    try:
        allowing_url, refusing_url = next(allowing), next(refusing)
        context = browser.new_context()
        page = context.new_page()
        page.goto(catalogue_page + "/")
        query = "/api/search?q=%D0%90%D1%81%D1%81%D0%B0%D0%BC%D0%B1%D0%BB%D0%B5%D1%8F"
        assert page.evaluate(FETCH, allowing_url + query).endswith("ETag readable: true")
        assert page.evaluate(FETCH, refusing_url + query).startswith("FAILED")  # the default: no origin
        context.close()
    finally:
        next(allowing, None)
        next(refusing, None)


# every text's colour and the colour behind it (the first ancestor's that is not transparent)
TEXT_COLOURS_JS = """() => {
  const behind = e => { for (; e; e = e.parentElement) { const bg = getComputedStyle(e).backgroundColor;
    if (bg !== 'rgba(0, 0, 0, 0)' && bg !== 'transparent') return bg; } return 'rgb(255, 255, 255)'; };
  return [...document.querySelectorAll('body *')].filter(e => e.offsetParent !== null && e.getBoundingClientRect().width > 1
      && [...e.childNodes].some(n => n.nodeType === 3 && n.textContent.trim()))
    .map(e => [e.tagName + '.' + e.className + ' ' + e.textContent.trim().slice(0, 30),
               getComputedStyle(e).color, behind(e)]);
}"""


def test_a_browser_without_css_variables_still_shows_every_text_readable(page):
    # Opera Mini, an old Android WebView: every declaration with var() is dropped; «Найти», the
    # current page and a chosen facet value were white on the default light grey
    stripped = {}

    def without_variables(route):
        if "body" not in stripped:
            text = route.fetch().text()
            stripped["body"] = re.sub(r"[\w-]+\s*:[^;{}]*var\(--[^;{}]*;?", "", text)
        route.fulfill(status=200, content_type="text/css", body=stripped["body"])

    page.route(re.compile(r"/static/style\.css(\?|$)"), without_variables)  # linked with its ?v= version
    shown = {"/?q=заседание&page=2": ".pager .current", "/?q=заседание&year=2019": ".facet li a.selected",
             "/quotes?q=согласие": "#go", "/doc/p1?q=политики": "mark"}
    for url, white_on_accent in shown.items():
        page.goto(url)
        assert page.locator(white_on_accent).count()
        faint = [(what, round(contrast(colour, bg), 2)) for what, colour, bg in page.evaluate(TEXT_COLOURS_JS)
                 if contrast(colour, bg) < 3]
        assert not faint, (url, faint)
    assert "var(--" not in stripped["body"]


def test_a_document_opened_again_from_the_results_costs_no_second_download(page):
    # a reader going through the results one by one: reopening a document was its whole page again
    cdp = page.context.new_cdp_session(page)
    cdp.send("Network.enable")
    sizes, urls = {}, {}
    cdp.on("Network.responseReceived", lambda e: urls.__setitem__(e["requestId"], (e["response"]["url"], e["response"]["status"])))
    cdp.on("Network.loadingFinished", lambda e: sizes.__setitem__(e["requestId"], e["encodedDataLength"]))

    def document_loads():
        page.wait_for_load_state("load")
        return [(status, sizes.get(rid, 0)) for rid, (url, status) in urls.items() if "/doc/p1" in url]

    page.goto("/?q=политики")
    page.locator('li.hit a[href^="/doc/p1"]').first.click()
    first = document_loads()
    assert len(first) == 1 and first[0][0] == 200 and first[0][1] > 1500
    urls.clear()
    page.locator(".back a, a.back").first.click()  # «← к результатам»: a link, not the history
    page.wait_for_url(re.compile(r"/\?q="))
    urls.clear()
    page.locator('li.hit a[href^="/doc/p1"]').first.click()
    again = document_loads()
    # Chromium reports the page it revalidated as its kept 200; what crossed the wire was a 304's headers
    assert len(again) == 1 and again[0][1] < 1000 < first[0][1], (first, again)


@pytest.fixture(scope="module")
def verse_server(tmp_path_factory):
    """A news item quoting Lermontov's stanzas, ingested from its file."""
    from ingest.pipeline import IngestOptions, run_ingest

    root = tmp_path_factory.mktemp("web-browser-verse")
    (root / "archive").mkdir()
    (root / "archive" / "vecher.txt").write_text(
        "Вечер поэзии в Доме дружбы\n\nВ Доме дружбы Ассамблеи народа Казахстана прошел литературный вечер, "
        "посвященный Лермонтову и Абаю. Стихи звучали на казахском, русском и немецком языках.\n\n"
        "Открывая вечер, заместитель председателя Ассамблеи отметил, что наследие Абая объединяет все этносы "
        "страны. Студенты прочли «Горные вершины» Лермонтова в переводе Абая и в оригинале.\n\n"
        "Горные вершины\nСпят во тьме ночной;\nТихие долины\nПолны свежей мглой;\n\n"
        "Не пылит дорога,\nНе дрожат листы...\nПодожди немного,\nОтдохнёшь и ты.\n\n"
        "Руководитель этнокультурного объединения напомнила, что перевод был сделан Абаем в 1888 году и стал "
        "народной песней, которую знают и поют во всех уголках Казахстана.\n", encoding="utf-8")
    run_ingest([str(root / "archive")], IngestOptions(index_dir=root / "index", workers=1))
    yield from _served(root / "index")


def test_two_lines_of_verse_pasted_into_the_box_find_their_stanza_shown_as_verse(browser, verse_server):
    """The box is one line and makes a pasted line break a space: each verse line was a paragraph of
    its own, a phrase stays inside one, and the couplet found nothing; on the page the lines ran on."""
    context = browser.new_context(base_url=verse_server, locale="ru-RU")
    context.set_default_timeout(TIMEOUT_MS)
    try:
        pg = context.new_page()
        pg.goto("/")
        box = pg.locator('[name="q"]').first
        box.click()
        pg.keyboard.insert_text('"Горные вершины\nСпят во тьме ночной"')
        box.press("Enter")
        pg.wait_for_load_state()
        assert hit_count(pg) == 1
        pg.locator(".hit a").first.click()
        pg.wait_for_load_state()
        stanza = pg.locator("p[id^='p-']", has_text="Спят во тьме").first
        assert stanza.inner_text().split("\n") == ["Горные вершины", "Спят во тьме ночной;", "Тихие долины",
                                                  "Полны свежей мглой;"]
        assert "Не пылит дорога" not in stanza.inner_text()  # the next stanza is a paragraph of its own
        shot(pg, "document-verse")
    finally:
        context.close()


def test_the_page_during_an_upgrade_keeps_the_readers_search_to_ask_again(browser, tmp_path):
    # the 503 during the rebuild dropped the query, and its only link («Перейти к поиску по
    # архиву») opened the same 503; nothing said when to come back (no Retry-After)
    from index import side_rebuild
    from index.store import SessionLock
    from tests.test_ingest import _older_schema_archive

    _, _, index, _, _ = _older_schema_archive(tmp_path)
    side_rebuild.begin(index)
    running = SessionLock(index, timeout=0, on_wait=None)  # as the ingest rebuilding it holds it
    try:
        for base in _served(index):
            context = browser.new_context(base_url=base, locale="ru-RU")
            page = context.new_page()
            response = page.goto("/?q=Ассамблея&year=2019")
            assert response.status == 503 and response.headers.get("retry-after") == "60"
            assert page.locator("h1").inner_text() == "Архив недоступен"
            assert "Индекс перестраивается" in page.locator("#error-message").inner_text()
            assert page.get_by_text("Перейти к поиску по архиву").count() == 0
            retry = page.locator("#error-retry")
            assert retry.inner_text() == "Повторить поиск «Ассамблея»"
            retry.click()
            page.wait_for_load_state()
            assert parse_qs(urlparse(page.url).query) == {"q": ["Ассамблея"], "year": ["2019"]}
            context.close()
    finally:
        running.release()
