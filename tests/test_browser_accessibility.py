"""What a blind reader with a screen reader, or a low-vision one with large text or high contrast
(forced colours), meets in a real browser: fields that fit a 320 px screen at 200% text, matches and a
quote's paragraph marked by more than a tint, the current page and tab in forced colours, facet values
and folds named for what they are, a query box with a label in sight. The browser comes from test_browser.py."""
from __future__ import annotations

from datetime import date

import pytest

from test_browser import TIMEOUT_MS, _served, browser  # noqa: F401 (fixtures)

SPEAKERS = ["А. Платонов", "С. Абдрахманов", "Н. Дементьева", "К. Токаев", "Ж. Туймебаев", "О. Ким",
            "М. Азильханов", "Р. Абенова", "Е. Карин", "С. Дьяченко"]
PERSONS = [f"Н. Упомянутый{i}" for i in range(10)]


@pytest.fixture(scope="module")
def a11y_server(tmp_path_factory):
    """Twelve reports of the Assembly, 2014-2025, each with its speaker quoted: ten speakers and ten
    persons (two of each folded under «ещё»), two pages of results."""
    from conftest import make_record
    from index.store import IndexWriter

    root = tmp_path_factory.mktemp("web-browser-a11y")
    with IndexWriter(root / "index", create=True) as writer:
        for i in range(12):
            speaker, person = SPEAKERS[i % len(SPEAKERS)], PERSONS[i % len(PERSONS)]
            writer.add(make_record(f"r{i:02d}", f"Заседание Ассамблеи народа Казахстана №{i + 1}", [
                f"Состоялось заседание Ассамблеи народа Казахстана, выпуск {i + 1}.",
                f"«Единство народа – наше главное богатство», – сказал {speaker} на заседании {i + 1}.",
                f"Участники вспомнили, что {person} поддержал работу Ассамблеи.",
            ], when=date(2014 + i, 1 + i % 12, 10), speakers=[speaker], persons=[person],
                topics=["межэтническое и межконфессиональное согласие"], speaker_of={1: speaker}))
    yield from _served(root / "index")


@pytest.fixture()
def open_page(browser, a11y_server):  # noqa: F811
    contexts = []

    def make(path: str, width: int = 1280, height: int = 900, forced: str = "none", init: str | None = None):
        context = browser.new_context(base_url=a11y_server, locale="ru-RU", viewport={"width": width, "height": height})
        context.set_default_timeout(TIMEOUT_MS)
        if init:
            context.add_init_script(init)
        contexts.append(context)
        pg = context.new_page()
        pg.emulate_media(forced_colors=forced)
        pg.goto(path)
        return pg

    yield make
    for context in contexts:
        context.close()


def _comes_true(pg, script: str) -> bool:
    """Whether `script` comes true within a second (the page's script focuses after its load event);
    polled from here: the page's CSP forbids the string predicates of wait_for_function."""
    for _ in range(20):
        if pg.evaluate(script):
            return True
        pg.wait_for_timeout(50)
    return False


OUTSIDE_CARD = """() => { const card = document.querySelector('form.search').getBoundingClientRect();
  return ['date-from', 'date-to', 'every-month', 'every-day'].map(id => document.getElementById(id))
    .filter(e => { const r = e.getBoundingClientRect(); return r.left < card.left || r.right > card.right; }).map(e => e.id); }"""
LABEL_LINES = """() => [...document.querySelectorAll('.options label:not(.check)')].map(l => {
  const r = document.createRange(); r.selectNodeContents(l.lastElementChild.previousSibling);
  return [l.textContent.trim(), r.getClientRects().length]; })"""


@pytest.mark.parametrize("path", ["/?q=Ассамблея&from=2019-01-01&to=2020-12-31", "/quotes?q=единство&from=2019-01-01"])
def test_date_fields_fit_a_320_px_screen_with_text_at_200_percent(open_page, path):
    # the date fields (281 px) and the month list kept their width in a 230 px card: the page scrolled
    # sideways to 358 px, and «по» beside its field was squeezed to a letter a line
    pg = open_page(path, width=320)
    pg.evaluate("() => { document.documentElement.style.fontSize = '200%'; }")  # a phone's larger text, a user style
    pg.evaluate("() => document.querySelectorAll('form details').forEach(d => d.open = true)")
    pg.wait_for_timeout(100)
    assert pg.evaluate("document.documentElement.scrollWidth") == 320
    assert pg.evaluate(OUTSIDE_CARD) == []
    assert pg.evaluate(LABEL_LINES) == [["Дата с", 1], ["Дата по", 1]]  # each word on one line
    assert pg.locator("#date-from").bounding_box()["width"] > 150  # still wide enough to read the date


def test_a_quotes_permalink_marks_and_focuses_its_paragraph_in_any_colours(open_page):
    # the link has no query, so no match took the focus; the paragraph was marked by a 1.07:1 tint alone,
    # which forced colours dropped, and nothing said it was the one cited
    link = open_page("/quotes?q=единство").locator("a.permalink").first.get_attribute("href")
    for forced in ("none", "active"):
        pg = open_page(link, forced=forced)
        quoted = pg.locator(".fulltext p:target")
        assert quoted.count() == 1 and "Единство народа" in quoted.inner_text()
        assert _comes_true(pg, "() => document.activeElement.matches('.fulltext p:target')"), forced
        rule = quoted.evaluate("p => { const s = getComputedStyle(p); return [s.borderLeftStyle, parseFloat(s.borderLeftWidth)]; }")
        assert rule[0] == "solid" and rule[1] >= 3, (forced, rule)
        assert "Цитируемый абзац:" in quoted.aria_snapshot()
    assert pg.evaluate("document.getSelection().selectAllChildren(document.querySelector('.fulltext p:target')) || "
                       "document.getSelection().toString()").startswith("«Единство")  # the words alone are copied


def test_a_match_is_marked_by_more_than_its_tint(open_page):
    # `mark` was a pale yellow alone, 1.25:1 on white: in greyscale the matches disappeared
    pg = open_page("/?q=единство")
    mark = pg.locator(".snippet mark").first
    style = mark.evaluate("m => { const s = getComputedStyle(m); return [s.textDecorationLine, s.textDecorationColor]; }")
    assert style == ["underline", "rgb(138, 90, 0)"]  # 5.9:1 on white
    pg.locator(".hit h3 a").first.click()
    assert pg.locator(".fulltext mark").first.evaluate("m => getComputedStyle(m).textDecorationLine") == "underline"


FORCED_LOOK = """e => { const s = getComputedStyle(e); return [s.borderTopWidth, s.textDecorationLine, s.backgroundColor]; }"""


def test_the_current_page_and_the_active_tab_stand_out_in_forced_colours(open_page):
    # high contrast drew every page number and both tabs as the same bordered box, the current one
    # differing by its text colour alone
    pg = open_page("/?q=Ассамблея&page=2", forced="active")
    current, other = pg.locator(".pager .current"), pg.locator(".pager a[data-page]").first
    assert current.inner_text() == "2"
    here, there = current.evaluate(FORCED_LOOK), other.evaluate(FORCED_LOOK)
    assert here[0] != there[0] and here[1] == "underline" != there[1] and here[2] != there[2]
    active, tab = pg.locator(".tab.active").evaluate(FORCED_LOOK), pg.locator("#tab-quotes").evaluate(FORCED_LOOK)
    assert active[0] != tab[0] and active[1] == "underline" != tab[1]


def test_facet_values_and_folds_are_named_for_what_they_are(open_page):
    # a chosen value was «✓ О. Ким 3 документа» (the check mark read out, the removal a tooltip's), and
    # the speakers' and persons' folds were both «ещё 2»
    pg = open_page("/?q=Ассамблея&speakers=О.+Ким")
    speakers = pg.locator("#facet-speakers").aria_snapshot()
    assert 'link "О. Ким, 1 документ (убрать фильтр)"' in speakers and "✓" not in speakers
    assert 'link "А. Платонов, 2 документа"' in pg.locator("#facets").aria_snapshot()  # the facets of the whole query
    pg = open_page("/?q=Ассамблея")
    assert pg.locator("#facet-speakers details").aria_snapshot().startswith("- group: ещё 2 выступающих")
    assert pg.locator("#facet-persons details").aria_snapshot().startswith("- group: ещё 2 упоминаемых")
    assert pg.locator("#facet-speakers summary .sr").text_content() == " выступающих"  # drawn «ещё 2», as it was
    quotes = open_page("/quotes?q=единство&speakers=О.+Ким").locator("#facet-speakers").aria_snapshot()
    assert 'link "О. Ким, 1 цитата (убрать фильтр)"' in quotes


@pytest.mark.parametrize("path", ["/?q=Ассамблея", "/quotes?q=единство"])
def test_the_query_box_has_a_label_in_sight(open_page, path):
    # it had a placeholder and an aria-label alone: with a query shown, nothing on screen named the box
    pg = open_page(path)
    label = pg.locator("label[for=q]")
    assert label.is_visible() and label.inner_text() == "Запрос"
    assert pg.get_by_label("Запрос", exact=True).evaluate("e => e.id") == "q"
    box, said = pg.locator("#q").bounding_box(), label.bounding_box()
    assert said["y"] + said["height"] <= box["y"] and said["height"] > 10  # above the box, in sight


# a page served over plain HTTP to another machine (http://archive.local:5000) is no secure context: no clipboard API
NO_CLIPBOARD = "Object.defineProperty(Navigator.prototype, 'clipboard', {get: () => undefined, configurable: true});"
AFTER_THIRD = "() => !!(document.querySelectorAll('button.copy')[2].compareDocumentPosition(document.activeElement) & 4)"


def test_copying_a_quote_without_the_clipboard_api_leaves_the_focus_on_its_button(open_page):
    # the fallback selected a textarea, which took the focus, and removed it: the focus fell to the body,
    # and the next Tab went back to the top of the page
    pg = open_page("/quotes?q=единство", init=NO_CLIPBOARD)
    button = pg.locator("button.copy").nth(2)
    button.focus()
    pg.keyboard.press("Enter")
    assert _comes_true(pg, "() => [...document.querySelectorAll('.copied')].some(s => s.textContent === 'Цитата скопирована')")
    assert button.evaluate("b => b === document.activeElement")
    pg.keyboard.press("Tab")  # on to what follows the button, not the page's first link
    assert pg.evaluate(AFTER_THIRD)


EVERY_YEAR = """() => ['every-month', 'every-day'].map(id => { const e = document.getElementById(id);
  return [e.value, e.getAttribute('aria-invalid'), e.getAttribute('aria-describedby')]; })"""


@pytest.mark.parametrize("path", ["/?q=Ассамблея", "/quotes?q=единство"])
def test_a_day_of_every_year_refused_keeps_the_choice_and_marks_the_fields_it_is_about(open_page, path):
    # 30 February cleared the month list to «любой месяц», marked it alone, and the day fixed to 28 was then
    # refused as a day without a month, «укажите и месяц (month), например month=03&day=1»: the link's words
    pg = open_page(path)
    pg.evaluate("() => document.querySelectorAll('form details').forEach(d => d.open = true)")
    pg.select_option("#every-month", "02")
    pg.fill("#every-day", "30")
    pg.locator("#every-day").press("Enter")
    pg.wait_for_load_state()
    assert pg.locator("#form-error").inner_text() == "Дня 30 нет в феврале: проверьте день и месяц."
    assert pg.evaluate(EVERY_YEAR) == [["02", "true", "form-error"], ["30", "true", "form-error"]]
    assert _comes_true(pg, "() => document.activeElement.id === 'every-day'")  # the day, as typed last
    pg.select_option("#every-month", "")
    pg.fill("#every-day", "28")
    pg.locator("#every-day").press("Enter")
    pg.wait_for_load_state()
    said = pg.locator("#form-error").inner_text()
    assert said == "День без месяца не ищется: выберите месяц в списке «Каждый год» или сотрите день."
    assert pg.evaluate(EVERY_YEAR) == [["", "true", "form-error"], ["28", "true", "form-error"]]
    assert _comes_true(pg, "() => document.activeElement.id === 'every-month'")
    pg = open_page(path + "&month=03&day=32")  # a day no month has, from a link: the day alone is wrong
    assert pg.evaluate(EVERY_YEAR) == [["03", None, None], ["32", "true", "form-error"]]


def test_a_documents_page_has_a_heading_and_a_skip_link_where_its_text_begins(open_page):
    # without a query nothing led past the metadata (a transcript's twenty speakers and more): the H1 was
    # the page's only heading, and a screen reader's next heading went nowhere
    pg = open_page("/")
    pg.goto(pg.locator(".hit h3 a").first.get_attribute("href").split("?")[0])  # no query: as a filter link opens it
    heading = pg.get_by_role("heading", name="Текст документа", level=2)
    assert heading.count() == 1
    assert heading.evaluate("h => h.nextElementSibling.id") == "text"
    assert pg.evaluate("() => [...document.querySelectorAll('h1, h2')].map(h => h.tagName)") == ["H1", "H2"]
    for _ in range(3):  # the site's name, the way back to the search, then the skip link: before the metadata's links
        pg.keyboard.press("Tab")
    skip = pg.locator("#skip-to-text")
    assert skip.evaluate("a => a === document.activeElement") and skip.is_visible() and skip.inner_text() == "К тексту документа"
    pg.keyboard.press("Enter")
    assert _comes_true(pg, "() => document.activeElement.id === 'text-start'")
    pg.keyboard.press("Tab")  # on into the text, or past it: not back into the metadata
    assert pg.evaluate("() => !!(document.getElementById('text-start').compareDocumentPosition(document.activeElement) & 4)")
