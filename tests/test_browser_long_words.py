"""Long words and file names on a touch screen, in a real browser: the touch targets' flex links
(a result's title, a quote's source, «← к результатам», «скачать оригинал», a citation's link) break
a word longer than the screen instead of widening the page. The browser and the served app come
from test_browser.py."""
from __future__ import annotations

import pytest

from test_browser import TIMEOUT_MS, _served, browser  # noqa: F401 (fixtures)

LONG_WORD = "қанағаттандырылмағандықтарыңыздан"
KAZAKH_REPORT = f"""Қазақстан халқы Ассамблеясының кезекті сессиясы: {LONG_WORD} туралы баяндама

10.03.2018

Астана қаласында Қазақстан халқы Ассамблеясының XXX сессиясы өтті. Сессияда Ассамблея төрағасының орынбасары Жансеит Түймебаев сөз сөйледі.

– Біздің басты құндылығымыз – бірлік пен келісім. {LONG_WORD.capitalize()} жолында әрқайсымыз жауапты боламыз, – деді Ж. Түймебаев.

Қатысушылар мемлекеттік тілді дамыту, жастар саясаты және еріктілер қозғалысы мәселелерін талқылады.
"""
LONG_FILE_NAME = ("Informatsiya_o_meropriyatiyakh_Assamblei_naroda_Kazakhstana_v_regionakh_za_pervoe_polugodie_"
                  "2024_goda_FINAL_v3_ispravlennaya.txt")
REGIONS_REPORT = """Информация о мероприятиях Ассамблеи народа Казахстана в регионах за первое полугодие 2024 года

05.07.2024

В Туркестанской области прошли 152 мероприятия с участием этнокультурных объединений.
"""
# a phone at the normal text size, and the narrowest phone with its text at 200% (a user's setting)
SCREENS = [(360, "100%"), (320, "200%")]


@pytest.fixture(scope="module")
def long_words_server(tmp_path_factory):
    from ingest.pipeline import IngestOptions, run_ingest

    root = tmp_path_factory.mktemp("web-browser-long-words")
    archive = root / "archive"
    archive.mkdir()
    (archive / "kz_sessiya_2018.txt").write_text(KAZAKH_REPORT, encoding="utf-8")
    (archive / LONG_FILE_NAME).write_text(REGIONS_REPORT, encoding="utf-8")
    run_ingest([str(archive)], IngestOptions(index_dir=root / "index", workers=1))
    yield from _served(root / "index")


@pytest.fixture()
def touch_context(browser, long_words_server):  # noqa: F811
    contexts = []

    def make(width: int, height: int = 700):
        context = browser.new_context(base_url=long_words_server, locale="ru-RU",
                                      viewport={"width": width, "height": height}, is_mobile=True, has_touch=True)
        context.set_default_timeout(TIMEOUT_MS)
        contexts.append(context)
        return context.new_page()

    yield make
    for context in contexts:
        context.close()


def _page_width(pg, text_size: str) -> int:
    pg.evaluate("size => { document.documentElement.style.fontSize = size; }", text_size)
    return pg.evaluate("document.documentElement.scrollWidth")


@pytest.mark.parametrize("width, text_size", SCREENS)
def test_a_long_word_in_a_title_or_a_file_name_breaks_on_a_phone(touch_context, width, text_size):
    # the touch targets' inline-flex links were as wide as their longest word: a page 437 px wide
    # at 360 for a Kazakh title, 1107 px for a document's download link (is_mobile then zooms out)
    pg = touch_context(width)
    widths = {}
    pg.goto(f"/?q={LONG_WORD}")
    title = pg.locator("li.hit h3 a")
    assert title.count() == 1
    document = title.get_attribute("href")
    widths["result title"] = _page_width(pg, text_size)
    pg.goto(f"/?q={LONG_WORD}&sort=date_desc")
    assert pg.locator(".summary p.notice").count() == 1  # «Сортировки «date_desc» нет: … «по релевантности».»
    widths["sort notice"] = _page_width(pg, text_size)
    pg.goto(f"/quotes?q={LONG_WORD}")
    assert pg.locator("li.quote .source a.title").count() >= 1
    widths["quote source"] = _page_width(pg, text_size)
    pg.goto(document)
    assert LONG_WORD in pg.locator("#back-to-results").inner_text()
    widths["back link"] = _page_width(pg, text_size)
    pg.goto("/?q=мероприятия")
    pg.goto(pg.locator("li.hit h3 a").first.get_attribute("href"))
    assert LONG_FILE_NAME in pg.locator("#download").inner_text()
    widths["download link"] = _page_width(pg, text_size)
    assert all(page_width <= width for page_width in widths.values()), widths


def test_a_title_still_breaks_at_its_spaces_and_only_the_long_word_inside(touch_context):
    # anywhere breaks inside a word only where the word alone is wider than the line
    pg = touch_context(360)
    pg.goto(f"/?q={LONG_WORD}")
    lines = pg.evaluate("""() => { const text = document.querySelector('li.hit h3 a').firstChild,
        range = document.createRange(), lines = [];
        let top = null;
        for (let i = 0; i < text.length; i++) {
          range.setStart(text, i); range.setEnd(text, i + 1);
          const y = Math.round(range.getBoundingClientRect().top);
          if (y !== top) { lines.push(''); top = y; }
          lines[lines.length - 1] += text.data[i];
        }
        return lines; }""")
    words = [word for line in lines for word in line.split()]
    title = KAZAKH_REPORT.splitlines()[0]
    assert len(lines) >= 3, lines
    assert [w for w in words if w.lower() not in LONG_WORD] == [w for w in title.split() if w != LONG_WORD], lines
