"""Reading a long document in a real browser: the match buttons step on from where the reader is
(the match or page the address names, the text scrolled into view), through the places where an
unquoted query's words meet; Back to a results list puts it where it was left.
The browser and the served app come from test_browser.py."""
from __future__ import annotations

from datetime import date

import pytest

from test_browser import _served, browser, page  # noqa: F401 (fixtures)

PAGES = 60
PHRASE_PAGES = (5, 30, 50)  # where «Таразский этнокультурный центр» stands together
LONG_ID = "long0000stenogrm"


def _long_stenogram():
    """A 60-page stenogram, three paragraphs a page: «центр» and «этнокультурных» on every page,
    the three words together only on PHRASE_PAGES."""
    from conftest import make_record

    paragraphs, pages = [], []
    for page in range(1, PAGES + 1):
        for k in range(3):
            text = (f"Выступающий {page}-{k} рассказал, что центр медиации провел встречи в регионах, "
                    "а работа этнокультурных объединений продолжается. " + "Обсуждение продолжилось. " * 12)
            if k == 1 and page in PHRASE_PAGES:
                text = "Таразский этнокультурный центр открыл воскресную школу. " + text
            paragraphs.append(text)
            pages.append(page)
    record = make_record(LONG_ID, "Стенограмма сессии", paragraphs, when=date(2021, 4, 27), fmt="pdf")
    for passage, page in zip(record.passages, pages):
        passage.page = page
    record.pages = PAGES
    return record


@pytest.fixture(scope="module")
def server(tmp_path_factory):  # the page fixture of test_browser.py serves this one
    from conftest import make_record
    from index.store import IndexWriter

    root = tmp_path_factory.mktemp("web-browser-reading")
    with IndexWriter(root / "index", create=True) as writer:
        writer.add(_long_stenogram())
        for n in range(40):  # a results list of several screens
            writer.add(make_record(f"news{n:04d}", f"Этнокультурный центр провел встречу {n}",
                                   [f"Этнокультурный центр провел встречу номер {n} в Таразе."],
                                   when=date(2020, 1, 1 + n % 28)))
    yield from _served(root / "index")


QUERY = "?q=Таразский+этнокультурный+центр"


def _position(pg) -> str:
    return pg.locator("#match-position").inner_text()


def _current_page(pg) -> int:
    """The page of the paragraph holding the current mark."""
    return pg.evaluate("""() => {
        let node = document.querySelector('.fulltext mark.current').closest('p');
        while (node && !node.classList.contains('page-marker')) { node = node.previousElementSibling; }
        return Number(node.dataset.page);
    }""")


def test_an_unquoted_querys_buttons_step_where_its_words_meet(page):
    # 3 places among about 360 single words: «следующее» went word by word, 150 clicks from one to the next
    page.goto(f"/doc/{LONG_ID}{QUERY}#best-match")
    assert page.locator(".fulltext mark").count() > 300
    assert page.locator(".fulltext mark.meet").count() == 3
    assert "в 3 местах" in page.locator("#meetings-note").inner_text()
    assert _position(page) == "место 1 из 3" and _current_page(page) == 5
    page.click("#next-match")
    assert _position(page) == "место 2 из 3" and _current_page(page) == 30
    page.click("#next-match")
    assert _position(page) == "место 3 из 3" and _current_page(page) == 50
    assert "Таразский" in page.locator("#match-said").inner_text()
    # a quoted phrase or one word: every mark is a place, no note
    page.goto(f"/doc/{LONG_ID}?q=медиации")
    assert page.locator(".fulltext mark.meet").count() == 0 and page.locator("#meetings-note").count() == 0
    assert _position(page) == f"совпадение 1 из {PAGES * 3}"


def test_an_or_querys_buttons_step_through_every_match(page):
    # «Таразский OR медиации» stepped only where both stood: «место 1 из 1», the other marks unreachable
    page.goto(f"/doc/{LONG_ID}?q=Таразский+OR+медиации")
    marks = page.locator(".fulltext mark").count()
    assert marks == len(PHRASE_PAGES) + PAGES * 3
    assert page.locator(".fulltext mark.meet").count() == 0 and page.locator("#meetings-note").count() == 0
    assert _position(page) == f"совпадение 1 из {marks}"
    page.click("#next-match")  # to the first, where the reader is, then on to the second
    page.click("#next-match")
    assert _position(page) == f"совпадение 2 из {marks}"


def test_the_buttons_step_on_from_the_page_in_view(page):
    # opened at a page's anchor, or scrolled there, «следующее» went back to the match after the best one
    page.goto(f"/doc/{LONG_ID}{QUERY}#page-20")
    page.click("#next-match")
    assert _position(page) == "место 2 из 3" and _current_page(page) == 30
    page.goto(f"/doc/{LONG_ID}{QUERY}#best-match")
    page.evaluate("document.getElementById('page-40').scrollIntoView()")
    page.click("#next-match")
    assert _current_page(page) == 50
    page.evaluate("document.getElementById('page-40').scrollIntoView()")
    page.click("#previous-match")
    assert _position(page) == "место 2 из 3" and _current_page(page) == 30
    # while the match stepped to is in view, the steps go on from it
    page.click("#previous-match")
    assert _current_page(page) == 5


def test_a_document_opened_without_an_anchor_counts_from_its_first_match(page):
    # the counter said the best match's number, and «следующее» skipped every match before it
    page.goto(f"/doc/{LONG_ID}?q=медиации")
    assert _position(page) == f"совпадение 1 из {PAGES * 3}"
    page.click("#next-match")
    assert _position(page) == f"совпадение 1 из {PAGES * 3}" and _current_page(page) == 1
    page.click("#next-match")
    assert _position(page) == f"совпадение 2 из {PAGES * 3}"


def test_back_from_a_document_puts_the_results_list_where_it_was_left(page):
    # the query box's autofocus took the list back to its top
    page.goto("/?q=этнокультурный+центр&sort=newest")
    assert page.evaluate("document.activeElement.id") == "q"  # a fresh list still focuses the box
    page.evaluate("window.scrollTo(0, 1000)")
    left_at = page.evaluate("scrollY")
    assert left_at > 500
    link = page.locator(".hit h3 a").nth(8)
    with page.expect_navigation():
        link.click()
    page.go_back()
    page.wait_for_load_state("load")
    page.wait_for_timeout(300)
    assert page.evaluate("scrollY") == left_at
    assert page.evaluate("document.activeElement.id") != "q"
    # the start page, a list of the newest documents, focuses the box too when opened afresh
    page.goto("/")
    assert page.evaluate("document.activeElement.id") == "q"
