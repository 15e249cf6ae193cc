"""The HTML pages through Flask's test client over a real index: search with facets, chips,
paging and dates; quotes with citations; the document page and its download; errors and
security headers."""
from __future__ import annotations

import json
import os
import re
import shutil
import time
from contextlib import contextmanager
from datetime import date
from html import unescape
from html.parser import HTMLParser
from urllib.parse import parse_qs, unquote, urlparse

import pytest

from index.search import SearchRequest, SearchService
from search_app import create_app
from search_app.state import SearchState
from index.citation import citation, cite_text
from search_app.text import found_words, plural, undated_words
from web_corpus import MIXED_REPORT, NEWS_COUNT, build_web_index, write_mixed_archive


@pytest.fixture(scope="module")
def web_index(tmp_path_factory):
    root = tmp_path_factory.mktemp("web")
    facts = build_web_index(root / "index", root / "files")
    facts["index"] = root / "index"
    return facts


@pytest.fixture()
def app(web_index):
    app = create_app(web_index["index"], testing=True)
    yield app
    app.extensions["assembly_search"].close()


@pytest.fixture()
def client(app):
    return app.test_client()


def page_text(resp) -> str:
    """What a person reads: tags dropped, entities decoded, spaces collapsed."""
    html = resp.get_data(as_text=True)
    html = re.sub(r"<(script|style)\b.*?</\1>", " ", html, flags=re.S)
    return " ".join(unescape(re.sub(r"<[^>]+>", " ", html)).split())


def hrefs(resp, css_class: str) -> list[str]:
    html = resp.get_data(as_text=True)
    return [unescape(h) for h in re.findall(r'<a href="([^"]+)"[^>]*class="[^"]*' + css_class, html)]


class _Markup(HTMLParser):
    """The real elements of a page (what a browser would build), not text that looks like them."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.elements: list[tuple[str, dict[str, str]]] = []

    def handle_starttag(self, tag, attrs):
        self.elements.append((tag, {k: v or "" for k, v in attrs}))


def dangerous_markup(html: str) -> list[str]:
    parser = _Markup()
    parser.feed(html)
    found = []
    for tag, attrs in parser.elements:
        if tag == "script" and not attrs.get("src", "").startswith("/static/"):
            found.append(f"script {attrs}")
        if tag in ("img", "iframe", "object", "embed", "style", "b"):
            found.append(tag)
        for name, value in attrs.items():
            if name.startswith("on") or name == "style":
                found.append(f"{tag} {name}")
            if name in ("href", "src", "action", "formaction") and value.strip().lower().startswith(("javascript:", "data:")):
                found.append(f"{tag} {name}={value}")
    return found


def query_of(href: str) -> dict[str, list[str]]:
    return parse_qs(urlparse(href).query)


def total(resp) -> int:
    """The count the page states; none found: the page says «Ничего не найдено» instead."""
    text = page_text(resp)
    m = re.search(r"(?:Найден[оа]?|В архиве) ([\d\u00a0]+) ", text)
    if m is None and "Ничего не найдено." in text:
        return 0
    return int(m.group(1).replace("\u00a0", ""))


# -- the search page ---------------------------------------------------------------------------
def test_empty_query_browses_newest_with_facets(client, web_index):
    resp = client.get("/")
    assert resp.status_code == 200
    text = page_text(resp)
    assert total(resp) == web_index["documents"]
    assert "сначала новые" in text
    for title in ("Годы", "Выступающие", "Темы", "Упоминаются", "Язык", "Формат"):
        assert title in text
    # the newest document first
    assert text.index("Assembly youth forum") < text.index("Қазақстан халқы Ассамблеясы")


def test_query_shows_count_time_badges_and_highlighted_snippets(client):
    resp = client.get("/?q=Токаева")
    html = resp.get_data(as_text=True)
    text = page_text(resp)
    assert re.search(r"Найдено \d+ документ\w* за \d+ мс", text)
    assert "Сессия Ассамблеи народа Казахстана" in text
    assert "<mark>Токаев</mark>" in html  # another case of the name, highlighted
    assert 'class="badge speaker"' in html and 'class="badge topic"' in html
    assert "28 апреля 2019 г." in text


def test_help_line_under_the_box(client):
    text = page_text(client.get("/"))
    # "…"~N, words near each other in any order, was in no hint
    for hint in ('"точная фраза"', '"слова рядом"~5', "-исключить", "OR", "speaker:"):
        assert hint in text


def test_facet_click_filters_and_second_click_removes(client):
    first = client.get("/?q=заседание")
    everything = total(first)
    link = next(h for h in re.findall(r'href="([^"]+)"[^>]*data-value="А. Платонов"', first.get_data(as_text=True)))
    link = unescape(link)
    assert query_of(link)["speakers"] == ["А. Платонов"]
    narrowed = client.get(link)
    assert 0 < total(narrowed) < everything
    assert "выступающий: А. Платонов" in page_text(narrowed)
    html = narrowed.get_data(as_text=True)
    again = unescape(re.search(r'href="([^"]+)" class="selected" data-value="А. Платонов"', html).group(1))
    assert "speakers" not in query_of(again)
    assert total(client.get(again)) == everything


def test_chip_removes_its_filter_and_keeps_the_others(client):
    resp = client.get("/?q=заседание&speakers=А.+Платонов&year=2016&from=2016-01-01")
    chips = dict(zip(
        [unescape(c).strip() for c in re.findall(r'class="chip"[^>]*>([^<]+)<', resp.get_data(as_text=True))],
        [unescape(h) for h in re.findall(r'<a class="chip" href="([^"]+)"', resp.get_data(as_text=True))],
    ))
    assert set(chips) == {"выступающий: А. Платонов", "год: 2016", "период: с 1\u00a0января 2016\u00a0г."}
    after = query_of(chips["выступающий: А. Платонов"])
    assert after == {"q": ["заседание"], "year": ["2016"], "from": ["2016-01-01"]}


def badge_href(resp, name: str) -> str:
    html = resp.get_data(as_text=True)
    return unescape(re.search(r'<a class="badge \w+" href="([^"]+)" title="Только документы[^"]*">' + re.escape(name) + "<",
                              html).group(1))


@pytest.mark.parametrize("url,kept", [
    ("/?q=сессии&speakers=К.К.+Токаев&year=2019", {"q": ["сессии"], "year": ["2019"]}),
    ("/?q=сессии+speaker:Токаев", {"q": ["сессии"]}),  # the typed speaker goes too
])
def test_a_speaker_badge_shows_only_that_speakers_documents(client, url, kept):
    href = badge_href(client.get(url), "С. Абдрахманов")
    assert query_of(href) == {**kept, "speakers": ["С. Абдрахманов"]}  # in place of Токаев, not beside him
    narrowed = client.get(href)
    assert total(narrowed) >= 1
    assert all("С. Абдрахманов" in b for b in re.findall(r'<p class="badges">(.*?)</p>', narrowed.get_data(as_text=True), re.S))


def test_speaker_typed_in_the_query_shows_as_a_chip_that_edits_the_query(client):
    resp = client.get("/?q=согласие+speaker:Абдрахманов")
    html = resp.get_data(as_text=True)
    assert "выступающий: С. Абдрахманов" in page_text(resp)
    chip = unescape(re.search(r'<a class="chip" href="([^"]+)"', html).group(1))
    assert query_of(chip) == {"q": ["согласие"]}


def test_the_chip_of_speakers_typed_with_or_takes_out_the_or_too(client):
    resp = client.get("/quotes", query_string={"q": "согласия speaker:Абдрахманов OR speaker:Платонов"})
    assert resp.status_code == 200 and total_quotes(resp) > 0
    chips = re.findall(r'<a class="chip" href="([^"]+)"', resp.get_data(as_text=True))
    assert len(chips) == 2  # a chip per speaker, each taking the typed filters out
    chip = unescape(chips[0])
    assert query_of(chip) == {"q": ["согласия"]}  # not «согласия OR», a query of its own


def test_the_chips_of_filters_typed_in_parentheses_take_out_the_parentheses_too(client):
    # the chip left `согласия ( )`, and a query of the filters alone was refused as «только служебные слова»
    resp = client.get("/quotes", query_string={"q": "согласия (speaker:Абдрахманов OR speaker:Платонов)"})
    chips = re.findall(r'<a class="chip" href="([^"]+)"', resp.get_data(as_text=True))
    assert resp.status_code == 200 and total_quotes(resp) > 0 and len(chips) == 2
    assert query_of(unescape(chips[0])) == {"q": ["согласия"]}
    alone = client.get("/", query_string={"q": "(speaker:Абдрахманов OR speaker:Платонов)"})
    assert alone.status_code == 200 and total(alone) > 0 and "служебные" not in page_text(alone)
    chips = re.findall(r'<a class="chip" href="([^"]+)"', alone.get_data(as_text=True))
    assert len(chips) == 2 and "q" not in query_of(unescape(chips[0]))


def test_year_histogram_is_a_list_of_links_with_bars(client):
    html = client.get("/").get_data(as_text=True)
    years = re.findall(r'data-value="(\d{4})"[^>]*title="\d{4}: \d+ документ', html)
    assert years == sorted(years) and "2019" in years
    assert re.search(r'class="bar h10"', html)  # the busiest year has the full bar


def test_the_chosen_year_is_labelled_in_a_histogram_that_labels_every_other_year(client):
    # its label was hidden with its neighbours': a dark bar topped by a count and no year under it
    labels = dict(re.findall(r'data-value="(\d{4})"[^>]*>\s*<span class="(label[^"]*)">', client.get("/").get_data(as_text=True)))
    unlabelled = [year for year, css in labels.items() if "skip" in css]
    assert unlabelled  # a dense histogram
    html = client.get(f"/?year={unlabelled[0]}").get_data(as_text=True)
    label = re.search(rf'class="selected" data-value="{unlabelled[0]}"[^>]*>\s*<span class="(label[^"]*)">', html).group(1)
    assert label == "label"


@pytest.mark.parametrize("typed, example", [
    ("выступающий:", "выступающий:Токаев"), ("тема:", "тема:волонтерство"), ("год:", "год:2019"),
    ("язык:", "язык:казахский"), ("lang:", "lang:kk"), ("Speaker:", "Speaker:Токаев"),
])
def test_a_field_typed_without_a_value_is_answered_with_an_example_of_that_field(client, typed, example):
    # «тема:» was answered «например speaker:Токаев или year:2019»: another field, in other words
    resp = client.get("/", query_string={"q": "заседание " + typed})
    assert resp.status_code == 400
    assert f"После «{typed}» укажите значение, например {example}." in page_text(resp)
    assert client.get("/", query_string={"q": "заседание " + example}).status_code == 200  # the example is taken


def test_date_range_sort_and_paging(client):
    resp = client.get("/?from=2019&to=2019-12&sort=oldest")
    dates = re.findall(r'class="badge date">([^<]+)<', resp.get_data(as_text=True))
    assert dates and all("2019" in d for d in dates)
    first = client.get("/?q=заседание")
    assert total(first) == NEWS_COUNT
    assert 'rel="next"' in first.get_data(as_text=True)
    second = client.get("/?q=заседание&page=2")
    titles = lambda r: re.findall(r'class="title">([^<]+)<', r.get_data(as_text=True))  # noqa: E731
    assert titles(first) and not set(titles(first)) & set(titles(second))
    assert '<ol class="hits" id="hits" tabindex="-1" start="11">' in second.get_data(as_text=True)


def current_sort(resp) -> str:
    return unescape(re.search(r'<p class="sort">.*?<strong>(.*?)</strong>', resp.get_data(as_text=True), re.S).group(1))


@pytest.mark.parametrize("url", ["/", "/?year=2019", "/?q=speaker:Платонов", "/?topics=волонтерство"])
def test_without_words_the_sort_marked_is_the_date_order_used(client, url):
    resp = client.get(url)
    assert current_sort(resp) == "сначала новые"
    assert 'data-sort="relevance"' not in resp.get_data(as_text=True)  # nothing to be relevant to
    dates = re.findall(r'class="badge date">[^<]*?(\d{4}) г\.<', resp.get_data(as_text=True))
    assert dates == sorted(dates, reverse=True)


@pytest.mark.parametrize("path", ["/", "/quotes"])
@pytest.mark.parametrize("params, note", [
    ({"page": "2."}, "Номер страницы «2.» в ссылке не подходит: показана страница 1."),
    ({"page": "2»"}, "Номер страницы «2»» в ссылке не подходит: показана страница 1."),
    ({"per_page": "20)"}, "Число результатов на странице «20)» в ссылке не подходит: показано по 10."),
    ({"exact": "1."}, "Отметку «точная форма слов» (exact=1.) в ссылке прочитать не удалось: показаны все формы слов."),
])
def test_a_damaged_page_number_or_exact_flag_in_a_shared_link_is_said_with_what_is_shown(client, path, params, note):
    # a mail's full stop or «» after the link: page 1 or all word forms came silently, while a damaged
    # sort or year was said
    resp = client.get(path, query_string={"q": "заседание", **params})
    assert resp.status_code == 200 and note in page_text(resp)
    assert elements(resp, "p", id="link-note")[0]["role"] == "status"
    assert described_ids(client, path, q="заседание", **params) == ["link-note", "hit-count"]
    good = {"page": "1", "per_page": "20", "exact": "1"}[next(iter(params))]
    assert "link-note" not in client.get(path, query_string={"q": "заседание", next(iter(params)): good}).get_data(
        as_text=True)


@pytest.mark.parametrize("amp", ["&amp;", "&amp;amp;"])
def test_a_link_copied_with_its_ampersands_escaped_keeps_its_filters_sort_and_page(client, amp):
    # copied from a page's source or an HTML mail: «amp;topics» was no parameter, and the page showed
    # every document, by relevance, page 1, with no word of it
    wanted = client.get("/", query_string={"q": "заседание", "year": "2019", "sort": "oldest", "per_page": "1",
                                           "page": "2"})
    pasted = client.get("/?q=%D0%B7%D0%B0%D1%81%D0%B5%D0%B4%D0%B0%D0%BD%D0%B8%D0%B5" + amp + "year=2019" + amp
                        + "sort=oldest" + amp + "per_page=1" + amp + "page=2")
    title = re.search(r"<title>([^<]*)", wanted.get_data(as_text=True)).group(1)
    assert "страница 2" in title and re.search(r"<title>([^<]*)", pasted.get_data(as_text=True)).group(1) == title
    assert "link-note" not in pasted.get_data(as_text=True)
    assert client.get("/api/search?q=%D0%B7%D0%B0%D1%81%D0%B5%D0%B4%D0%B0%D0%BD%D0%B8%D0%B5" + amp + "year=2019"
                      ).get_json()["filters"] == {"year": ["2019"]}


@pytest.mark.parametrize("path", ["/", "/quotes"])
def test_parameters_a_page_does_not_know_are_said_not_dropped_silently(client, path):
    resp = client.get(path, query_string={"q": "заседание", "topcs": "язык", "utm_source": "mail", "yaer": "2019"})
    assert "Часть ссылки не распознана и не учтена: «topcs», «yaer»." in page_text(resp)
    assert described_ids(client, path, q="заседание", topcs="язык") == ["link-note", "hit-count"]


@pytest.mark.parametrize("path", ["/", "/quotes", "/api/search"])
def test_a_link_encoded_twice_or_in_windows_1251_is_read_as_its_words(client, path):
    # a mail gateway or wiki that encodes a link again, an old client that encodes in cp1251: the page
    # said «%D0%B7%D0%B0…: ничего не найдено», or searched «���»
    from urllib.parse import quote

    def title_or_query(resp):
        return resp.get_json()["params"]["q"] if path.startswith("/api") else re.search(
            r"<title>([^<]*)", resp.get_data(as_text=True)).group(1)

    word, topic = "заседание", "межэтническое и межконфессиональное согласие"
    meant = client.get(path, query_string={"q": word, "topics": topic})
    for raw in (f"q={quote(quote(word))}&topics={quote(quote(topic))}",
                f"q={quote(word, encoding='cp1251')}&topics={quote(topic, encoding='cp1251')}"):
        resp = client.get(f"{path}?{raw}")
        assert resp.status_code == 200 and title_or_query(resp) == title_or_query(meant), raw
        assert title_or_query(resp).startswith(word)
        if path.startswith("/api"):
            assert resp.get_json()["filters"] == meant.get_json()["filters"] == {"topics": [topic]}
        else:
            assert f"тема: {topic}" in page_text(resp)
    # «100%» typed, and a Latin percent sign sequence that is no encoded word, stay as typed
    assert client.get("/api/search?q=100%25").get_json()["params"]["q"] == "100%"
    assert client.get("/api/search?q=50%25AB").get_json()["params"]["q"] == "50%AB"
    # a value encoded once, right, is never read again: its letters were decoded, so its «%AB» is typed (it was
    # read as windows-1251: «РљРѕСЃС‚Р°РЅР°Р№ 50«»); nor is one whose only escape is a «%» (`100%25`)
    assert client.get(f"/api/search?q={quote('Костанай 50%AB')}").get_json()["params"]["q"] == "Костанай 50%AB"
    assert client.get(f"/api/search?q={quote('на 15%CBвырос')}").get_json()["params"]["q"] == "на 15%CBвырос"
    assert client.get("/api/search?q=100%2525").get_json()["params"]["q"] == "100%25"


def test_the_api_refuses_an_exact_flag_it_cannot_read(client):
    resp = client.get("/api/search", query_string={"q": "заседание", "exact": "1."})
    assert resp.status_code == 400
    assert resp.get_json()["error"] == "Параметр exact — 1 (только точная форма слов) или 0, а передано «1.»."
    assert client.get("/api/search", query_string={"q": "заседание", "exact": "0"}).status_code == 200


def test_with_words_relevance_is_marked_and_the_dates_can_be_chosen(client):
    resp = client.get("/?q=заседание")
    assert current_sort(resp) == "по релевантности"
    assert 'data-sort="newest"' in resp.get_data(as_text=True)
    assert current_sort(client.get("/?q=заседание&sort=oldest")) == "сначала старые"


@pytest.mark.parametrize("path", ["/", "/quotes"])
def test_an_unknown_sort_is_said_above_the_order_used(client, path):
    # an edited or old link: the list came in relevance order without a word (the API refuses it)
    resp = client.get(path, query_string={"q": "заседание", "sort": "date"})
    assert resp.status_code == 200 and current_sort(resp) == "по релевантности"
    assert "Сортировки «date» нет: показан порядок «по релевантности»." in page_text(resp)
    assert elements(resp, "p", id="sort-note")[0]["role"] == "status"
    assert "sort-note" not in client.get(path, query_string={"q": "заседание", "sort": "oldest"}).get_data(as_text=True)
    if path == "/":  # without words the dates are the order
        assert "показан порядок «сначала новые»" in page_text(client.get(path, query_string={"sort": "date"}))


def test_a_year_range_parameter_is_its_years_each_removable(client):
    # `year=2016-2018` found nothing, as no document has a year «2016-2018»
    resp = client.get("/", query_string={"q": "заседание", "year": "2016-2018"})
    assert resp.status_code == 200 and total(resp) == total(client.get("/?q=заседание+year:2016-2018")) > 0
    chips = dict(zip(
        [unescape(c).strip() for c in re.findall(r'class="chip"[^>]*>([^<]+)<', resp.get_data(as_text=True))],
        [unescape(h) for h in re.findall(r'<a class="chip" href="([^"]+)"', resp.get_data(as_text=True))],
    ))
    assert set(chips) == {"год: 2016", "год: 2017", "год: 2018"}
    assert query_of(chips["год: 2017"]) == {"q": ["заседание"], "year": ["2016", "2018"]}
    bad = client.get("/", query_string={"q": "заседание", "year": "abc"})  # found nothing, said nothing
    assert bad.status_code == 400 and "Год «abc» не подходит" in page_text(bad)


def test_more_values_of_a_facet_than_a_search_takes_are_said_not_dropped(client):
    resp = client.get("/", query_string=[("q", "заседание")] + [("speakers", f"А. Выступающий{i}") for i in range(101)])
    assert resp.status_code == 400 and elements(resp, "div", id="form-error")
    # in the page's words: «Значений фильтра speakers… передано» named the API's parameter
    assert ("В фильтре «выступающий» можно выбрать не больше 100 значений, а выбрано 101: разделите поиск на "
            "несколько запросов.") in page_text(resp)


@pytest.mark.parametrize("path,per_page,last", [("/", 10, 3), ("/quotes", 20, 2)])
def test_a_page_past_the_end_says_so_and_links_the_last_page(client, path, per_page, last):
    resp = client.get(path, query_string={"q": "заседание", "page": 50, "per_page": per_page})
    text = page_text(resp)
    assert f"Страницы 50 нет: результаты занимают {last} страниц" in text
    link = unescape(re.search(r'<a href="([^"]+)" id="last-page"', resp.get_data(as_text=True)).group(1))
    assert urlparse(link).path == path and query_of(link)["page"] == [str(last)]
    assert 'rel="prev"' not in resp.get_data(as_text=True)  # not «← Предыдущая» to page 49, as empty
    assert "id=\"past-end\"" not in client.get(link).get_data(as_text=True)


@pytest.mark.parametrize("paging,page,per_page", [
    ({"page": "abc"}, 1, 10), ({"page": "-1"}, 1, 10), ({"per_page": "0"}, 1, 1), ({"per_page": "500"}, 1, 100),
    ({"page": "5000"}, 1000, 10),
])
def test_the_page_shows_the_nearest_paging_for_a_bad_value(client, paging, page, per_page):
    """An edited address is shown, not refused: the nearest page and size (the API says 400)."""
    resp = client.get("/", query_string={"q": "заседание"} | paging)
    assert resp.status_code == 200
    if page == 1:
        assert resp.get_data(as_text=True).count('<li class="hit" id="hit-') == min(per_page, NEWS_COUNT)
    else:
        assert "Страницы 5000 нет" in page_text(resp)  # the page asked for, not the nearest allowed


def test_the_csv_link_says_when_the_export_holds_fewer_rows_than_found(app, client):
    assert 'id="csv-limit"' not in client.get("/?q=заседание").get_data(as_text=True)
    app.config["CSV_MAX_ROWS"] = 5
    # after both links: the JSON export holds the same rows (search_app.json_export)
    assert f"CSV · JSON (только первые 5 из {NEWS_COUNT})" in page_text(client.get("/?q=заседание"))
    assert "CSV · JSON (только первые 5 из" in page_text(client.get("/quotes?q=Ассамблеи"))


def test_state_round_trips_through_the_url():
    from werkzeug.datastructures import MultiDict

    args = MultiDict([("q", "согласие"), ("speakers", "А. Платонов"), ("speakers", "С. Абдрахманов"),
                      ("year", "2019"), ("from", "2019-01-01"), ("sort", "newest"), ("exact", "1"), ("page", "3")])
    state = SearchState.from_args(args)
    again = SearchState.from_args(MultiDict(state.params(page=state.page)))
    assert again == state
    assert state.start.isoformat() == "2019-01-01"


def test_zero_hits_suggests_and_shows_how_to_widen(client):
    resp = client.get("/?q=ассамблия&year=2021&exact=1")
    text = page_text(resp)
    assert "Ничего не найдено" in text
    assert "снять фильтр «год: 2021»" in text
    assert "искать все формы слова" in text
    plain = client.get("/?q=ассамблия")
    assert "Возможно, вы имели в виду" in page_text(plain)


@pytest.mark.parametrize("path, shown, none_has, found, lacks", [
    ("/", "документы", "Ни в одном документе нет", "Сессия Ассамблеи народа Казахстана", "Нет в документе"),
    ("/quotes", "цитаты", "Ни в одной цитате нет", "Токаев выступил на сессии Ассамблеи", "Нет в цитате"),
])
def test_words_never_found_together_show_the_records_with_most_of_them_and_say_so(client, path, shown, none_has,
                                                                                   found, lacks):
    # «Ничего не найдено» with generic tips, though two of the three words are in one document (one passage)
    resp = client.get(path, query_string={"q": "Токаев говорил на сессии"})
    text = page_text(resp)
    assert resp.status_code == 200 and "Ничего не найдено" not in text
    assert f"Все слова вместе не найдены; показаны {shown}, где есть часть слов. {none_has}: «говорил»." in text
    assert found in text and f"{lacks}: говорил" in text
    whole = page_text(client.get(path, query_string={"q": "Токаев на сессии"}))
    assert "Все слова вместе не найдены" not in whole and lacks not in whole


@pytest.mark.parametrize("path", ["/", "/quotes"])
def test_a_typed_question_is_searched_without_its_question_words_and_says_so(client, path):
    asked = client.get(path, query_string={"q": "Кто такой Токаев?"})
    assert total(asked) == total(client.get(path, query_string={"q": "Токаев"})) > 0
    assert ("Запрос прочитан как вопрос: искали без слов «Кто», «такой» "
            "(чтобы искать и их, возьмите запрос в кавычки).") in page_text(asked)
    assert "прочитан как вопрос" not in page_text(client.get(path, query_string={"q": "Токаев"}))


@pytest.mark.parametrize("path,shown", [("/", "документы"), ("/quotes", "цитаты")])
def test_words_a_minus_left_out_are_said_and_a_spaced_hyphen_leaves_nothing_out(client, path, shown):
    # `Ассамблея - Токаев` found the documents without Токаев and the page said only «Найдено 9 документов»
    left_out = client.get(path, query_string={"q": "Ассамблеи -Токаев"})
    assert f"Исключены {shown} со словом «Токаев»." in page_text(left_out)
    assert described_ids(client, path, q="Ассамблеи -Токаев") == ["excluded-words-note", "hit-count"]
    dashed = client.get(path, query_string={"q": "Ассамблеи - Токаев"})
    assert "Исключены" not in page_text(dashed)
    assert total(dashed) == total(client.get(path, query_string={"q": "Ассамблеи Токаев"})) > 0


@pytest.mark.parametrize("path", ["/", "/quotes"])
def test_an_operator_word_in_lowercase_is_said_as_searched_as_a_word(client, path):
    # `Ассамблеи не Токаев` found what `Ассамблеи Токаев` finds, `Ассамблеи или Токаев` too, and the page said nothing
    typed = client.get(path, query_string={"q": "Ассамблеи или Токаев"})
    assert total(typed) == total(client.get(path, query_string={"q": "Ассамблеи Токаев"})) > 0
    assert ("«или» строчными буквами — обычное слово, а не выбор: нужны все слова запроса. Чтобы найти любое из "
            "слов, напишите ИЛИ заглавными: Ассамблеи ИЛИ Токаев.") in page_text(typed)
    assert described_ids(client, path, q="Ассамблеи не Токаев") == ["operator-words-note", "hit-count"]
    for said in ("Ассамблеи НЕ Токаев", "как не стать соучастником", "Ассамблеи ИЛИ Токаев"):
        assert "строчными буквами" not in page_text(client.get(path, query_string={"q": said})), said


@pytest.mark.parametrize("query, note", [
    # glued to a bracket: the group it would exclude
    ("Ассамблеи не(Токаев)", "Чтобы исключить «(Токаев)», напишите НЕ заглавными или минус: Ассамблеи НЕ (Токаев) "
                             "или Ассамблеи -(Токаев)."),
    ("Ассамблеи или(Токаев)", "Чтобы найти любое из слов, напишите ИЛИ заглавными: Ассамблеи ИЛИ (Токаев)."),
    # with a capital first letter, and first in the query
    ("Ассамблеи Не Токаев", "Чтобы исключить «Токаев», напишите НЕ заглавными или минус: Ассамблеи НЕ Токаев "
                            "или Ассамблеи -Токаев."),
    ("не Токаев Ассамблеи", "Чтобы исключить «Токаев», напишите НЕ заглавными или минус: НЕ Токаев или -Токаев."),
    ("Ассамблеи (не Токаев)", "Чтобы исключить «Токаев», напишите НЕ заглавными или минус: НЕ Токаев или -Токаев."),
    # before a filter: the filter is what it would exclude
    ("Ассамблеи не speaker:Токаев", "Чтобы исключить «speaker:Токаев», напишите НЕ заглавными или минус: "
                                    "Ассамблеи НЕ speaker:Токаев или Ассамблеи -speaker:Токаев."),
])
def test_an_operator_word_in_lowercase_beside_a_bracket_a_filter_or_first_is_said_too(client, query, note):
    # each found the documents having the word, as if no «не» stood there, and the page said nothing
    assert note in page_text(client.get("/", query_string={"q": query}))


@pytest.mark.parametrize("query", ["Ассамблеи не -Токаев", "не Токаев", "Ассамблеи не получили"])
def test_no_lowercase_operator_note_where_a_sign_already_excludes_or_no_word_is_left_to_find(client, query):
    # `не -Токаев` was told «напишите … или Ассамблеи --Токаев»
    assert "строчными буквами" not in page_text(client.get("/", query_string={"q": query}))


@pytest.mark.parametrize("path", ["/", "/quotes"])
def test_an_unknown_typed_speaker_is_nothing_found_not_an_error(client, path):
    resp = client.get(path, query_string={"q": "speaker:Иванов"})
    text = page_text(resp)
    assert resp.status_code == 200 and "Ничего не найдено. Как расширить поиск" in text
    assert "выступающий: Иванов" in text  # the chip that takes it out of the query


@pytest.mark.parametrize("narrowing", [
    {"year": "2019", "from": "2019-11", "to": "2019-11"}, {"from": "2019-11-01", "to": "2019-11-30"},
    {"year": ["2016", "2017"]},
])
def test_the_all_years_tip_drops_every_date_narrowing(client, narrowing):
    resp = client.get("/", query_string={"q": "волонтеры", "topics": "волонтерство", **narrowing})
    assert total(resp) == 0
    tip = re.search(r'<li><a href="([^"]+)">искать за все годы</a>', resp.get_data(as_text=True)).group(1)
    assert query_of(unescape(tip)) == {"q": ["волонтеры"], "topics": ["волонтерство"]}


@pytest.mark.parametrize("query,words", [
    ("ас*", "звёздочк"), ("а" * 600, "длинный"), ("и на в", "служебные"),
    ("«Совет мате*»", "Звёздочка внутри фразы"),
])
def test_bad_query_gives_a_friendly_message_not_a_traceback(client, query, words):
    resp = client.get("/", query_string={"q": query})
    assert resp.status_code == 400
    text = page_text(resp)
    assert words in text
    assert "Traceback" not in text
    assert "Годы" in text  # the facets still help


@pytest.mark.parametrize("path", ["/", "/quotes"])
def test_a_query_refused_as_too_long_is_not_repeated_in_every_link(client, path):
    # each of the page's 160 links carried it: a 120 KB query made a 20 MB page
    query = "zqxmark " + "Ассамблея народа " * 1200  # 20,408 characters
    resp = client.get(path, query_string={"q": query, "topics": "волонтерство"})
    html = resp.get_data(as_text=True)
    assert resp.status_code == 400 and "Запрос слишком длинный" in page_text(resp)
    assert html.count("zqxmark") == 2 and len(html) < 3 * len(query)  # in the box and the title alone
    assert "topics=%D0%B2%D0%BE%D0%BB%D0%BE%D0%BD%D1%82%D0%B5%D1%80%D1%81%D1%82%D0%B2%D0%BE" in html  # the rest stays
    at_the_limit = "Ассамблея " * 49 + "народа"  # 496 characters: searched, and kept in the links
    assert client.get(path, query_string={"q": at_the_limit}).get_data(as_text=True).count("q=%D0%90") > 3


def test_bad_date_is_explained(client):
    resp = client.get("/?from=позавчера")
    assert resp.status_code == 400
    assert "Дата «позавчера» в поле «с» не распознана" in page_text(resp)
    # the same bad value in both fields: each sentence names its field
    both = page_text(client.get("/?from=позавчера&to=позавчера"))
    assert "Дата «позавчера» в поле «с» не распознана" in both and "Дата «позавчера» в поле «по» не распознана" in both
    assert "поменяйте даты местами" in page_text(client.get("/?from=2020&to=2019"))


# -- what a screen reader hears (the browser's side: tests/test_browser.py) -----------------------
def elements(resp, tag: str, **wanted: str) -> list[dict[str, str]]:
    """The attributes of the page's `tag` elements whose attributes include `wanted` (id="q")."""
    parser = _Markup()
    parser.feed(resp.get_data(as_text=True))
    return [attrs for name, attrs in parser.elements
            if name == tag and all(attrs.get(k.replace("_", "-")) == v for k, v in wanted.items())]


def test_the_found_participle_agrees_with_a_count_ending_in_one():
    # «Найдено 1 документ» on every count ending in 1
    assert [found_words(n, "документ", "документа", "документов", "Найден") for n in (1, 11, 21, 2, 5, 101, 111)] == [
        "Найден 1 документ", "Найдено 11 документов", "Найден 21 документ", "Найдено 2 документа",
        "Найдено 5 документов", "Найден 101 документ", "Найдено 111 документов"]
    assert found_words(31, "цитата", "цитаты", "цитат", "Найдена") == "Найдена 31 цитата"


def test_the_undated_note_agrees_with_a_count_ending_in_one():
    # «Ещё 21 документ без даты не показаны: … их не включает»: only 1 itself agreed
    assert [undated_words(n, "documents") for n in (1, 21, 101, 11, 3)] == [
        "Ещё 1 документ без даты не показан: фильтр по дате его не включает.",
        "Ещё 21 документ без даты не показан: фильтр по дате его не включает.",
        "Ещё 101 документ без даты не показан: фильтр по дате его не включает.",
        "Ещё 11 документов без даты не показаны: фильтр по дате их не включает.",
        "Ещё 3 документа без даты не показаны: фильтр по дате их не включает."]
    assert undated_words(31, "quotes") == "Ещё 31 цитата из документов без даты не показана: фильтр по дате её не включает."
    assert undated_words(5, "quotes") == "Ещё 5 цитат из документов без даты не показаны: фильтр по дате их не включает."


def test_one_document_found_reads_найден_and_nothing_found_is_said_once(client):
    assert "Найден 1 документ за" in page_text(client.get("/?speakers=М.+Кул-Мухаммед"))
    empty = client.get("/?q=зюзюка")
    assert "Ничего не найдено." in page_text(empty)
    assert "Найдено 0" not in page_text(empty) and not elements(empty, "h2", id="hit-count")
    assert "Ничего не найдено." in page_text(client.get("/quotes?q=зюзюка"))
    assert "Найдено 0" not in page_text(client.get("/quotes?q=зюзюка"))


def test_the_window_title_says_what_was_found_with_which_filters_on_which_page(client):
    def title(url):
        return re.search(r"<title>([^<]*)</title>", client.get(url).get_data(as_text=True)).group(1)

    # the title stayed «заседание — поиск — …» whatever the filters, the count or the page
    assert title("/?q=заседание&per_page=1&page=2").startswith("заседание: найдено ")
    assert ", страница 2 — Поиск по архиву — " in title("/?q=заседание&per_page=1&page=2")
    assert title("/?speakers=М.+Кул-Мухаммед").startswith(
        "выступающий: М. Кул-Мухаммед: найден 1 документ — Поиск по архиву")
    assert title("/?q=зюзюка").startswith("зюзюка: ничего не найдено — Поиск по архиву")
    assert title("/quotes?q=согласия").startswith("согласия: найден")
    assert title("/quotes").startswith("Поиск цитат — ")
    assert title("/?from=позавчера").startswith("период: с позавчера: ошибка — Поиск по архиву")


def test_the_focused_query_box_describes_the_count_and_an_error_marks_its_fields(client):
    q = elements(client.get("/?q=заседание"), "input", id="q")[0]
    # over a list the script focuses it, unless the reader came Back (autofocus lost his place in the list)
    assert q.get("aria-describedby") == "hit-count" and "data-focus" in q and "autofocus" not in q
    assert "data-focus" in elements(client.get("/"), "input", id="q")[0]  # the start page lists the newest
    assert elements(client.get("/?q=зюзюка"), "input", id="q")[0].get("aria-describedby") == "nothing-found"
    # a wrong period: both date fields invalid, described by the message, the first focused
    resp = client.get("/?q=заседание&from=2020-05-01&to=2019-01-01")
    assert elements(resp, "div", id="form-error")
    start, end = elements(resp, "input", id="date-from")[0], elements(resp, "input", id="date-to")[0]
    assert start.get("aria-invalid") == end.get("aria-invalid") == "true"
    assert start.get("aria-describedby") == end.get("aria-describedby") == "form-error"
    assert "autofocus" in start and "autofocus" not in elements(resp, "input", id="q")[0]
    # a date that could not be read: that field alone
    resp = client.get("/?to=позавчера")
    assert elements(resp, "input", id="date-to")[0].get("aria-invalid") == "true"
    assert "aria-invalid" not in elements(resp, "input", id="date-from")[0]
    # the date fields were named «с» and «по»
    assert re.search(r'<span class="sr">Дата </span>с <input type="date" name="from"', resp.get_data(as_text=True))


def described_ids(client, path: str, **params) -> list[str]:
    """The ids the focused query box is described by, each checked to name an element of the page."""
    resp = client.get(path, query_string=params)
    ids = elements(resp, "input", id="q")[0]["aria-describedby"].split()
    for name in ids:
        assert re.search(rf'<\w+ [^>]*id="{name}"', resp.get_data(as_text=True)), name
    return ids


@pytest.mark.parametrize("path", ["/", "/quotes"])
def test_a_spelling_suggestion_and_an_unknown_sort_are_read_before_the_count(client, path):
    # the focused box was described by «Ничего не найдено…» or the count alone: the suggestion shown
    # above it, and an old link's sort replaced by relevance, were never heard
    def described(**params) -> list[str]:
        return described_ids(client, path, **params)

    assert described(q="ассамблия") == ["did-you-mean", "nothing-found"]
    # found a little (most of the words), and the spelling offered
    assert described(q="жастар кездесуи") == ["did-you-mean", "partial-note", "hit-count"]
    assert described(q="заседание", sort="date") == ["sort-note", "hit-count"]
    assert described(q="заседание", sort="date", page=50) == ["past-end", "sort-note", "hit-count"]
    assert described(q="заседание") == ["hit-count"]


@pytest.mark.parametrize("path", ["/", "/quotes"])
def test_notes_that_change_what_the_count_means_are_read_before_it(client, path):
    # «найдено 43 документа» alone was heard for a two-word query one of whose words no document
    # has, for a question whose words were dropped, and «Ничего не найдено» for a filter value no
    # document has: the notes saying so were shown, never read to the focused query box
    def described(**params) -> list[str]:
        return described_ids(client, path, **params)

    assert described(q="заседание жжжщщщ") == ["partial-note", "hit-count"]
    assert described(q="кто такой заседание") == ["left-out-note", "hit-count"]
    assert described(q="заседание", speakers="Пупкин") == ["unknown-note", "nothing-found"]
    assert described(q="кто заседание жжжщщщ", sort="date") == ["left-out-note", "partial-note", "sort-note", "hit-count"]
    # a region in no document: no «most of the words» list of every other region, the name said to be in none
    if path == "/":  # no quote has «регион» either: «Ничего не найдено» alone says it
        assert described(q="Атырауский регион") == ["partial-note", "nothing-found"]
        text = page_text(client.get(path, query_string={"q": "Атырауский регион"}))
        assert "Ни в одном документе нет: «Атырауский»" in text and "показаны" not in text
        # nor a branch of it: «Ассамблея» beside the missing region listed every document
        text = page_text(client.get(path, query_string={"q": "Ассамблея Атырауской области"}))
        assert "Ни в одном документе нет: «Атырауской»" in text and "показаны" not in text


@pytest.mark.parametrize("path,what,last", [("/", "Поиск по архиву", "всего 3 страницы"),
                                           ("/quotes", "Поиск цитат", "всего 2 страницы")])
def test_a_page_past_the_end_is_announced_as_missing_in_the_title_and_the_query_box(client, path, what, last):
    # «заседание: найдено 24 документа, страница 50» was announced for a page that is not there
    resp = client.get(path, query_string={"q": "заседание", "page": 50, "per_page": 10 if path == "/" else 20})
    title = re.search(r"<title>([^<]*)</title>", resp.get_data(as_text=True)).group(1)
    assert f", страницы 50 нет: {last} — {what} — " in title and ", страница 50" not in title
    assert elements(resp, "input", id="q")[0].get("aria-describedby") == "past-end hit-count"
    assert elements(resp, "div", id="past-end") and elements(resp, "a", id="last-page")


@pytest.mark.parametrize("path", ["/", "/quotes"])
def test_headings_skip_links_and_states_of_both_tabs(client, path):
    resp = client.get(path + "?q=согласия&speakers=С.+Абдрахманов")
    html = resp.get_data(as_text=True)
    levels = [int(n) for n in re.findall(r"<h([1-6])\b", html)]
    assert levels[0] == 1 and levels.count(1) == 1  # no h1, and results' h3 came before any h2
    assert all(b <= a + 1 for a, b in zip(levels, levels[1:]))  # no level skipped
    assert elements(resp, "h2", id="hit-count")
    skips = re.findall(r'<a class="skip-link" href="([^"]+)"', html)
    assert skips == ["#hits", "#facets", "#chips"]  # the quotes tab had none; neither had one to the facets
    # (nor, with filters in force, to their chips)
    assert elements(resp, "ol", id="hits", tabindex="-1") and elements(resp, "aside", id="facets", tabindex="-1")
    tab = "tab-search" if path == "/" else "tab-quotes"
    assert elements(resp, "a", id=tab, aria_current="page")
    assert elements(resp, "div", id="chips", role="group", aria_label="Действующие фильтры", tabindex="-1")
    # a facet's count says what it counts
    assert re.search(r'<span class="name">С\. Абдрахманов</span> <span class="count">\d+</span><span class="sr"> '
                     r'(документ|цитат)\w*</span>', html)


def test_each_quote_has_a_heading_and_its_own_copy_button_name(client):
    html = client.get("/quotes?q=согласия").get_data(as_text=True)
    quotes = html.count('<li class="quote" id="hit-')
    assert quotes > 1
    assert len(re.findall(r'<li class="quote" id="hit-\d+">\s*(?:\{#.*?#\}\s*)?<h3 class="sr">Цитата \d+', html)) == quotes
    names = re.findall(r'>Копировать цитату<span class="sr"> (\d+)</span></button>', html)
    assert len(names) == quotes == len(set(names))


# -- quotes ------------------------------------------------------------------------------------
def test_quotes_show_passage_speaker_document_and_citation(client):
    resp = client.get("/quotes?q=единства+народа")
    html = resp.get_data(as_text=True)
    text = page_text(resp)
    assert "С.Абдрахманов подчеркнул важность межэтнического согласия и" in text
    assert "<mark>единства</mark>" in html
    assert ("«С.Абдрахманов подчеркнул важность межэтнического согласия и единства народа.» — С. Абдрахманов; "
            "Сессия Ассамблеи народа Казахстана, 28 апреля 2019 г.") in text
    assert 'class="copy" data-copy="citation-0"' in html


def test_a_citation_ends_with_the_quote_s_stable_link(client):
    # «Копировать цитату» copied no link: the editor had to open the document and strip the
    # address bar's back=/hit= by hand
    html = client.get("/quotes?q=языковой+политики").get_data(as_text=True)
    box = unescape(re.sub(r"<(?!/?a\b)[^>]+>", "", re.search(r'<div class="citation"[^>]*>(.*?)</div>', html, re.S).group(1)))
    quote = client.get("/api/quotes", query_string={"q": "языковой политики"}).get_json()["hits"][0]
    link = "http://localhost" + quote["permalink"]
    assert box == f'{quote["citation"]}. <a class="permalink" href="{link}" aria-label="Постоянная ссылка на цитату 1: {link}">{link}</a>'
    assert "back=" not in link and "hit=" not in link and "q=" not in link and link.endswith("#p-1")
    # behind nginx (serve --proxies 1): the address readers use, as the CSV's links
    app = create_app(client.application.config["INDEX_DIR"], testing=True, proxies=1)
    try:
        forwarded = {"X-Forwarded-Host": "archive.example.kz", "X-Forwarded-Proto": "https", "X-Forwarded-Prefix": "/arhiv"}
        html = app.test_client().get("/quotes?q=языковой+политики", headers=forwarded).get_data(as_text=True)
        assert f'class="permalink" href="https://archive.example.kz/arhiv{quote["permalink"]}"' in html
    finally:
        app.extensions["assembly_search"].close()


def test_static_files_are_linked_by_a_version_of_their_bytes_and_cached_long_only_under_it(client):
    # /static/app.js was cached an hour under the same address: after an upgrade browsers (and a
    # shared cache) combined the new pages with the old script and styles
    import hashlib
    from pathlib import Path

    import search_app

    html = client.get("/").get_data(as_text=True)
    folder = Path(search_app.__file__).parent / "static"
    for name in ("style.css", "app.js", "favicon.svg"):
        version = hashlib.sha256((folder / name).read_bytes()).hexdigest()[:12]
        address = f"/static/{name}?v={version}"
        assert f'"{address}"' in html, name  # another file, another address
        versioned = client.get(address)
        assert versioned.status_code == 200 and versioned.headers["Cache-Control"] == "public, max-age=31536000"
        for stale in (f"/static/{name}", f"/static/{name}?v=0123456789ab"):  # by hand, or an old page's
            answer = client.get(stale)
            assert answer.status_code == 200 and answer.headers["Cache-Control"] == "no-cache", stale
            etag = answer.headers["ETag"]
            assert client.get(stale, headers={"If-None-Match": etag}).status_code == 304
    # behind the proxy's prefix too
    app = create_app(client.application.config["INDEX_DIR"], testing=True, proxies=1)
    try:
        html = app.test_client().get("/", headers={"X-Forwarded-Prefix": "/search"}).get_data(as_text=True)
        assert re.search(r'src="/search/static/app\.js\?v=[0-9a-f]{12}"', html)
    finally:
        app.extensions["assembly_search"].close()


def test_a_quote_the_narration_reports_is_labelled_and_cited_as_the_reporter_s_account(client):
    # «Депутат Мажилиса А. Платонов отметил, что…» was cited in «» and signed «— А. Платонов»
    resp = client.get("/quotes?q=информационно-аналитическая")
    html, text = resp.get_data(as_text=True), page_text(resp)
    assert ("Пересказ: Депутат Мажилиса А. Платонов отметил, что информационно-аналитическая работа важна. "
            "(А. Платонов; Круглый стол в Мажилисе, 12 мая 2021 г.)") in text
    assert '<span class="reported">Пересказ, не дословно:</span>' in html
    assert '<h3 class="sr">Цитата 1 (пересказ): А. Платонов</h3>' in html
    # a quote of the speaker's own words has no label
    html = client.get("/quotes?q=единства+народа").get_data(as_text=True)
    assert 'class="reported"' not in html and "(пересказ)" not in html


def test_quote_citation_has_the_page_of_a_pdf(client):
    text = page_text(client.get("/quotes?q=языковой+политики"))
    assert "— М. Кул-Мухаммед; Стенограмма сессии Ассамблеи, 20 апреля 2018 г., с. 1" in text


def test_quotes_exact_switch(client):
    loose = total_quotes(client.get("/quotes?q=согласия"))
    exact = total_quotes(client.get("/quotes?q=согласия&exact=1"))
    assert 0 < exact < loose


def total_quotes(resp) -> int:
    text = page_text(resp)
    m = re.search(r"Найден[оа] (\d+) цитат", text)
    return 0 if m is None and "Ничего не найдено." in text else int(m.group(1))


def test_quotes_without_query_explain_themselves(client):
    resp = client.get("/quotes")
    assert resp.status_code == 200
    assert "Поиск цитат находит абзацы" in page_text(resp) and "speaker:Токаев" in page_text(resp)


@pytest.mark.parametrize("url", ["/quotes?speakers=С.+Абдрахманов", "/quotes?q=speaker%3AАбдрахманов"])
def test_a_speakers_quotes_are_listed_without_a_word(client, url):
    resp = client.get(url)
    text = page_text(resp)
    assert resp.status_code == 200 and "Поиск цитат находит абзацы" not in text
    assert total_quotes(resp) == NEWS_COUNT // 4 + 1
    assert "выступающий: С. Абдрахманов" in text  # the chip that takes the filter off
    assert "Сортировка: сначала новые · сначала старые" in text  # no relevance without words
    assert text.count("— С. Абдрахманов;") == NEWS_COUNT // 4 + 1
    years = re.findall(r"— С\. Абдрахманов; [^;]*?, \d+ \w+ (\d{4}) г\.", text)
    assert years == sorted(years, reverse=True) and len(years) == NEWS_COUNT // 4 + 1


def test_the_tabs_keep_every_filter_and_the_quotes_tab_shows_them_as_chips(client):
    # the tab links kept only q: narrowed to 2019 and one speaker, «Цитаты» gave every year and speaker
    params = {"q": "согласия", "speakers": "С. Абдрахманов", "year": "2019", "from": "2019-01-01",
              "to": "2019-12-31", "sort": "newest", "exact": "1"}
    for path, tab in (("/", "tab-quotes"), ("/quotes", "tab-search")):
        html = client.get(path, query_string=params).get_data(as_text=True)
        href = unescape(re.search(r'<a href="([^"]+)"[^>]*id="' + tab + '"', html).group(1))
        assert query_of(href) == {name: [value] for name, value in params.items()}, (path, href)
    quotes = client.get("/quotes", query_string=params)
    assert total_quotes(quotes) > 0
    assert re.findall(r'class="chip"[^>]*>([^<]+?) <', quotes.get_data(as_text=True)) == [
        "выступающий: С. Абдрахманов", "год: 2019", "период: 2019\u00a0г.", "точная форма слов"]


def test_the_quotes_tab_has_the_facet_panel_counting_quotes(client):
    # the quotes tab had no panel: a speaker, year or topic had to be typed as speaker:…
    resp = client.get("/quotes?q=согласия")
    html = resp.get_data(as_text=True)
    for title in ("Годы", "Выступающие", "Темы", "Упоминаются", "Язык цитаты", "Формат"):
        assert f"<h3>{title}</h3>" in html
    years = re.findall(r'data-value="(\d{4})"[^>]*title="\d{4}: (\d+) цитат', html)  # quotes, not documents
    assert years and sum(int(n) for _, n in years) == total_quotes(resp)
    link, count = re.search(r'href="([^"]+)"[^>]*data-value="С. Абдрахманов"[^>]*>\s*<span class="name">[^<]+</span> '
                            r'<span class="count">(\d+)<', html).groups()
    narrowed = client.get(unescape(link))
    assert urlparse(unescape(link)).path == "/quotes"
    assert total_quotes(narrowed) == int(count) > 0
    assert "выступающий: С. Абдрахманов" in page_text(narrowed)
    again = unescape(re.search(r'href="([^"]+)" class="selected" data-value="С. Абдрахманов"',
                               narrowed.get_data(as_text=True)).group(1))
    assert "speakers" not in query_of(again) and total_quotes(client.get(again)) == total_quotes(resp)
    months = client.get("/quotes?q=согласия&year=2019").get_data(as_text=True)
    assert 'id="facet-month"' in months and re.search(r'title="[а-я]+ 2019" aria-label="[а-я]{3}: \d+ цитат', months)


def test_the_quotes_tab_offers_every_quotes_facets_before_a_query_and_around_a_bad_one(client):
    html = client.get("/quotes").get_data(as_text=True)
    link = unescape(re.search(r'href="([^"]+)"[^>]*data-value="А. Платонов"', html).group(1))
    assert urlparse(link).path == "/quotes" and query_of(link) == {"speakers": ["А. Платонов"]}  # his quotes
    assert total_quotes(client.get(link)) == NEWS_COUNT // 4 + 1
    refused = client.get("/quotes?q=%22")
    assert refused.status_code == 400 and 'data-value="А. Платонов"' in refused.get_data(as_text=True)


@pytest.mark.parametrize("url", [
    "/?q=заседание~2",  # a query the parser refuses
    "/?q=заседание&from=2019-13-45",  # a date no calendar has
    "/quotes?q=согласия&year=2019&to=2019-02-30",
])
def test_the_whole_archives_panel_around_a_refused_query_leads_to_what_it_counts(client, url):
    # its links kept the refused query or date: «2016 — 3 документа» led back to the same error
    resp = client.get(url)
    html = resp.get_data(as_text=True)
    assert resp.status_code == 400 and "Весь архив, без запроса" in page_text(resp)
    path = urlparse(url).path
    counted = total_quotes if path == "/quotes" else total
    years = re.findall(r'<a href="([^"]+)" class="" data-value="(\d{4})"\s+title="\d{4}: (\d+)', html)
    speaker = re.search(r'<a href="([^"]+)" class="" data-value="(А. Платонов)"[^>]*>\s*<span class="name">[^<]+</span> '
                        r'<span class="count">(\d+)<', html)
    assert years and speaker
    for href, value, count in [*years[:2], speaker.groups()]:
        href = unescape(href)
        assert urlparse(href).path == path and set(query_of(href)) <= {"year", "speakers"}
        followed = client.get(href)
        assert followed.status_code == 200 and counted(followed) == int(count), (href, count)


def test_citation_cuts_a_long_passage_to_the_matching_sentence():
    filler = "Первое предложение без совпадений и довольно длинное. " * 8
    html = filler + "Здесь <mark>Ассамблея</mark> названа прямо. А потом ещё одно предложение."
    assert cite_text(html) == "[…] Здесь Ассамблея названа прямо. […]"
    assert citation("Коротко о <mark>главном</mark>.", None, "Т", None, None) == "«Коротко о главном.»; Т, без даты"


def test_citation_of_a_long_passage_is_the_sentence_where_the_query_words_meet():
    # it was the sentence of the first match: «Токаев» in the opening line, never «языке»
    filler = "Первое предложение без совпадений и довольно длинное. " * 6
    html = ("Президент <mark>Токаев</mark> прибыл в Астану. " + filler
            + "О государственном <mark>языке</mark> говорили все. "
            + "По словам <mark>Токаева</mark>, знание <mark>языка</mark> объединяет граждан. " + filler)
    assert cite_text(html) == "[…] По словам Токаева, знание языка объединяет граждан. […]"
    # forms of one word count once: two forms of «язык» are not two of the query's words
    html = ("Знание <mark>языка</mark> и владение <mark>языком</mark> важны. " + filler
            + "<mark>Токаев</mark> говорил о <mark>языке</mark>. " + filler)
    assert cite_text(html) == "[…] Токаев говорил о языке. […]"


LONG_SENTENCE = (
    "Председатель молодежного крыла заявил, что проект наставничества объединяет студентов, преподавателей, "
    "волонтеров, представителей этнокультурных объединений, депутатов маслихата, журналистов, предпринимателей, "
    "руководителей государственных органов и общественных деятелей, которые вместе помогают первокурсникам "
    "из сельских районов адаптироваться к городской жизни, изучать государственный язык, участвовать в работе "
    "клубов, кружков и спортивных секций, а также готовиться к сессии и находить работу после окончания учебы.")


@pytest.mark.parametrize("word", ["волонтеров", "журналистов", "клубов", "учебы"])
def test_a_long_sentence_is_cited_in_whole_words_and_marks_only_real_cuts(word):
    # it was cut mid-word («[…] оект наставничества…», «…язык, учас […]») and ended in «[…]» after «учебы.»
    cited = cite_text(LONG_SENTENCE.replace(word, f"<mark>{word}</mark>", 1))
    assert len(cited) <= 400 + len("[…] ") + len(" […]") and word in cited
    words = cited.removeprefix("[…] ").removesuffix(" […]")
    assert re.search(r"(?<!\w)" + re.escape(words) + r"(?!\w)", LONG_SENTENCE), cited  # whole words
    assert cited.startswith("[…] ") == (not LONG_SENTENCE.startswith(words))
    assert cited.endswith(" […]") == (not LONG_SENTENCE.endswith(words))
    assert not re.search(r"[,;:] \[…\]$", cited)  # «кружков, […]» reads «кружков […]»


@pytest.mark.parametrize("passage,speakers,quoted", [
    ("«Кабинеты <mark>медиации</mark> помогают разрешать споры», — заявил С. Абдрахманов.", ["С. Абдрахманов"],
     "«Кабинеты медиации помогают разрешать споры» — С. Абдрахманов"),
    ("«Единство – наша <mark>сила</mark>!» — подчеркнула Н. Дементьева.", ["Н. Дементьева"],
     "«Единство – наша сила!» — Н. Дементьева"),
    ("С.Абдрахманов подчеркнул: «Программа «Рухани жаңғыру» объединяет <mark>молодежь</mark>».", ["С. Абдрахманов"],
     "«Программа „Рухани жаңғыру“ объединяет молодежь» — С. Абдрахманов"),
    ("«<mark>Медиация</mark> важна».", [], "«Медиация важна»"),
    # not clearly the same quote's attribution: quoted as it is, inner quotes nested the Russian way
    ("«Медиация важна», — заявил А. Платонов.", ["С. Абдрахманов"],
     "«„Медиация важна“, — заявил А. Платонов.» — С. Абдрахманов"),
    ("«Медиация важна», — заявил С. Абдрахманов. Он добавил, что споров стало меньше.", ["С. Абдрахманов"],
     "«„Медиация важна“, — заявил С. Абдрахманов. Он добавил, что споров стало меньше.» — С. Абдрахманов"),
    ("«Медиация важна», — сказал он. «Споров меньше», — добавил С. Абдрахманов.", ["С. Абдрахманов"],
     "«„Медиация важна“, — сказал он. „Споров меньше“, — добавил С. Абдрахманов.» — С. Абдрахманов"),
    ("Депутат отметил роль медиации.", ["С. Абдрахманов"], "«Депутат отметил роль медиации.» — С. Абдрахманов"),
])
def test_a_citation_quotes_the_words_once_and_names_the_speaker_after_them(passage, speakers, quoted):
    # it was ««Кабинеты медиации…», — заявил С. Абдрахманов.» — С. Абдрахманов: the quote's marks and
    # its attribution inside the citation's own
    assert citation(passage, speakers, "Форум", None, None) == quoted + "; Форум, без даты"


NARRATION = "Он рассказал о работе воскресных школ при этнокультурных центрах области и их учителях. " * 4


@pytest.mark.parametrize("quote_sentences,speakers,quoted", [
    ("«Воскресные школы стали вторым домом, а изучение <mark>языка</mark> идет наравне с родным», – отметил "
     "Б. Нурланов.", ["Б. Нурланов"], "«Воскресные школы стали вторым домом, а изучение языка идет наравне с родным»"
     " — Б. Нурланов"),
    ("Б. Нурланов подчеркнул: «Школы стали вторым домом для <mark>детей</mark>».", ["Б. Нурланов"],
     "«Школы стали вторым домом для детей» — Б. Нурланов"),
    # a quote of two sentences: both, not the one the query's word is in
    ("«Школы стали вторым домом. Изучение <mark>языка</mark> идет наравне с родным», – отметил Б. Нурланов.",
     ["Б. Нурланов"], "«Школы стали вторым домом. Изучение языка идет наравне с родным» — Б. Нурланов"),
    # someone else's words: the sentence as it is, inner quotes nested, cuts marked
    ("«Изучение <mark>языка</mark> идет наравне с родным», – отметил А. Платонов.", ["Б. Нурланов"],
     "«[…] „Изучение языка идет наравне с родным“, – отметил А. Платонов. […]» — Б. Нурланов"),
])
def test_a_long_passage_cited_by_its_speaker_s_quote_names_him_once(quote_sentences, speakers, quoted):
    # it was «[…] „Воскресные школы…“, – отметил Б. Нурланов. […]» — Б. Нурланов: the speaker twice
    passage = NARRATION + quote_sentences + " " + NARRATION
    assert citation(passage, speakers, "Форум", None, None) == quoted + "; Форум, без даты"


def test_a_speaker_s_quote_longer_than_a_citation_is_cut_inside_its_marks():
    # its cut marks go inside the quote's words, the quote's own marks and attribution dropped
    quote = LONG_SENTENCE.replace("крыла", "<mark>крыла</mark>")
    passage = NARRATION + "«" + quote.rstrip(".") + "», – отметил Б. Нурланов. " + NARRATION
    cited = citation(passage, ["Б. Нурланов"], "Форум", None, None)
    words = cited.removeprefix("«").split(" […]» — Б. Нурланов; ")[0]
    assert LONG_SENTENCE.startswith(words) and len(words) <= 400 and "„" not in cited


def test_a_citation_does_not_end_a_sentence_at_an_initial():
    # "депутат Мажилиса А. […]" was the citation of the seed's first speech
    filler = "Первое предложение без совпадений и довольно длинное. " * 8
    html = (filler + "Выступая, депутат Мажилиса А. Платонов отметил <mark>роль</mark> Ассамблеи. "
            "Глава государства К.К. Токаев (Н.А. Назарбаев ранее) утвердил План. " + filler)
    assert cite_text(html) == "[…] Выступая, депутат Мажилиса А. Платонов отметил роль Ассамблеи. […]"
    html = filler + "Глава государства К.К. Токаев утвердил <mark>План</mark> действий. " + filler
    assert cite_text(html) == "[…] Глава государства К.К. Токаев утвердил План действий. […]"


def test_plural():
    assert [plural(n, "документ", "документа", "документов") for n in (1, 2, 5, 11, 21, 112)] == [
        "документ", "документа", "документов", "документов", "документ", "документов"]


# -- the document page -------------------------------------------------------------------------
def test_document_page_metadata_links_and_highlights(client):
    resp = client.get("/doc/a2?q=Токаев")
    html = resp.get_data(as_text=True)
    text = page_text(resp)
    assert "Сессия Ассамблеи народа Казахстана" in text and "28 апреля 2019 г." in text
    assert '<mark id="best-match">Токаев</mark>' in html
    assert html.count("<mark ") == html.count('<mark id="') and "<mark>" not in html  # every mark an anchor
    assert "Совпадений с запросом «Токаев»: 1" in text
    links = [unescape(h) for h in re.findall(r'<a class="badge \w+" href="([^"]+)"', html)]
    assert "/?speakers=%D0%A1.+%D0%90%D0%B1%D0%B4%D1%80%D0%B0%D1%85%D0%BC%D0%B0%D0%BD%D0%BE%D0%B2" in links
    assert any(query_of(h).get("topics") == ["межэтническое и межконфессиональное согласие"] for h in links)
    assert "к результатам «Токаев»" in text


def test_the_match_note_names_the_words_not_the_typed_filters(client):
    alone = page_text(client.get("/doc/a2?q=speaker:Абдрахманов"))  # a filter, no words
    assert "Совпадений" not in alone and "не отмечены" not in alone
    mixed = page_text(client.get("/doc/a2", query_string={"q": "согласия speaker:Абдрахманов"}))
    assert "Совпадений с запросом «согласия»: 1" in mixed
    in_title = page_text(client.get("/doc/a2", query_string={"q": "year:2019 Казахстана"}))  # the title's word
    assert "Слова запроса «Казахстана» в тексте не отмечены" in in_title


@pytest.mark.parametrize("query", ["парламент", "Абдрах"])  # a word it lacks; a link's «Абдрахманов» cut short
def test_a_query_that_does_not_find_the_document_is_said_not_found_not_found_elsewhere(client, query):
    # a shared link's q= cut at a line break: the page said the words were «найдены в названии или в
    # другой форме» of a document the search does not find
    assert client.get("/api/search", query_string={"q": query}).get_json()["total"] == 0
    text = page_text(client.get("/doc/a2", query_string={"q": query}))
    assert f"Слов запроса «{query}» в этом документе нет: поиск по этому запросу его не находит." in text
    assert "не отмечены" not in text


@pytest.mark.parametrize("query, chosen, why", [
    ("Токаев -сессия", {}, "в нём есть исключённое запросом слово «сессия»"),
    ("Токаев year:2015", {}, "его не пропускает отбор из запроса или ссылки"),
    ("Токаев", {"year": "2015"}, "его не пропускает отбор из запроса или ссылки"),  # a result's link, its date edited since
    ("Абдрах year:2015", {}, "его не пропускает отбор из запроса или ссылки"),  # no word marked either
    # words AND or + requires: a strict query is not relaxed to some of them, as plain words are
    ("Токаев AND парламент", {}, "в нём нет слова «парламент»"),
    ("+Токаев +парламент +бюджет", {}, "в нём нет слов «парламент», «бюджет»"),
    ('Токаев AND "парламент Токаев"', {}, "в нём нет фразы «парламент Токаев»"),
], ids=["excluded word", "typed year", "chosen year", "nothing marked", "AND", "plus signs", "phrase"])
def test_a_query_whose_exclusion_or_filter_leaves_the_document_out_is_said_so_not_its_matches(client, query, chosen,
                                                                                              why):
    # the page said «Совпадений с запросом «Токаев -сессия»: 1» of a document the search does not find
    hits = client.get("/api/search", query_string={"q": query, **chosen}).get_json()["hits"]
    assert "a2" not in [hit["id"] for hit in hits]
    text = page_text(client.get("/doc/a2", query_string={"q": query, **chosen}))
    assert f"Поиск по запросу «{query}» этот документ не находит: {why}" in text
    assert "Совпадений с запросом" not in text and "в тексте не отмечены" not in text
    if query.startswith("Токаев"):  # its words are marked all the same, and the page steps through them
        assert "Слова запроса в тексте: 1 · к лучшему совпадению" in text
    found = page_text(client.get("/doc/a2", query_string={"q": "Токаев"}))
    assert "Совпадений с запросом «Токаев»: 1" in found and "не находит" not in found



@pytest.mark.parametrize("chosen", [{"speakers": "Абдрахманов"}, {"language": "русский"}],
                         ids=["speaker by surname", "language by name"])
def test_a_facet_value_the_search_reads_does_not_leave_the_document_out_on_its_page(client, chosen):
    # the list pages read `speakers=Абдрахманов` as «С. Абдрахманов» and `language=русский` as ru,
    # the document page took them as given and said its own search «этот документ не находит»
    hits = client.get("/api/search", query_string={"q": "Токаев", **chosen}).get_json()["hits"]
    assert "a2" in [hit["id"] for hit in hits]
    text = page_text(client.get("/doc/a2", query_string={"q": "Токаев", **chosen}))
    assert "Совпадений с запросом «Токаев»: 1" in text and "не находит" not in text
    # a value naming no facet value still leaves it out
    text = page_text(client.get("/doc/a2", query_string={"q": "Токаев", "speakers": "Дементьев"}))
    assert "Поиск по запросу «Токаев» этот документ не находит: его не пропускает отбор" in text

def test_search_results_link_to_the_best_match(client):
    html = client.get("/?q=Токаев").get_data(as_text=True)
    assert re.search(r'href="/doc/a2\?q=[^"#]+#best-match"', html)


def test_the_document_page_opens_where_the_query_words_meet_and_offers_every_match(tmp_path):
    from conftest import make_record
    from index.store import IndexWriter

    filler = "Участники обсудили ход реализации Плана мероприятий и утвердили отчет секретариата. " * 4
    with IndexWriter(tmp_path, create=True) as writer:
        writer.add(make_record("z1", "Заседание Совета Ассамблеи", [
            "Заседание Совета Ассамблеи", "В заседании приняли участие С. Абдрахманов, Ю. Ли, Н. Дементьева.",
            filler, "С. Абдрахманов отметил, что волонтеры Ассамблеи помогли тысячам семей."]))
    app = create_app(tmp_path, testing=True)
    client = app.test_client()
    try:
        # the result links to the sentence where both words are, not to the list of participants
        results = client.get("/?q=Абдрахманов+волонтеры").get_data(as_text=True)
        assert re.search(r'href="/doc/z1\?q=[^"#]+#best-match"', results)
        html = client.get("/doc/z1?q=Абдрахманов+волонтеры").get_data(as_text=True)
        assert re.findall(r'<mark id="([^"]+)"', html) == ["m-1", "best-match", "m-3"]
        # the place where both words meet is the one the match buttons step to
        assert ('<mark id="best-match" class="meet">Абдрахманов</mark> отметил, что <mark id="m-3">волонтеры</mark>'
                in html)
        assert "Все слова запроса рядом — в 1 месте" in html
        answer = client.get("/api/documents/z1?q=Абдрахманов+волонтеры").get_json()
        assert (answer["best_match"], answer["meetings"]) == (1, [1])
        # without the script: links to the best and the first match; with it: previous / next
        assert '<a href="#best-match" id="to-best-match">к лучшему совпадению</a>' in html
        assert '<a href="#m-1">к первому</a>' in html
        nav = re.search(r'<div class="match-nav"[^>]* hidden>(.*?)</div>', html, re.S).group(1)
        words = re.sub(r"<[^>]+>", "", nav)  # the buttons' names, whatever the narrow screen shows of them
        assert "предыдущее совпадение" in words and "следующее совпадение" in words and 'aria-live="polite"' in nav
        # the best match first: no «к первому» beside it
        assert "к первому" not in client.get("/doc/z1?q=Дементьева").get_data(as_text=True)
    finally:
        app.extensions["assembly_search"].close()


def test_the_words_meet_only_for_plain_words_all_in_the_text_and_the_api_s_best_match_is_that_place(tmp_path):
    """«Таразский OR медиации» stepped only where both words stood (1 place of 149 marks) and offered
    «"Таразский OR медиации"» as a phrase; a document without «Таразский» claimed its words met where
    the other two did; the API's best_match was the mark before the place (the best cluster's
    «этнокультурных» of the sentence before), while the page opened at the place."""
    from conftest import make_record
    from index.store import IndexWriter

    filler = "Участники обсудили ход реализации Плана мероприятий и утвердили отчет секретариата. " * 4
    with IndexWriter(tmp_path, create=True) as writer:
        writer.add(make_record("t1", "Заседание Совета Ассамблеи", [
            "Заседание Совета Ассамблеи", "Центр медиации провел встречи. " + filler,
            "Программа нашла отклик среди этнокультурных объединений. Хочу особо отметить: Таразский "
            "этнокультурный центр открыл воскресную школу.", filler + "Медиации учили в центре."]))
        writer.add(make_record("t2", "Отчет центра", [
            "Отчет центра", filler, "Этнокультурный центр провел встречу, а центр медиации открыл приемную."]))
    app = create_app(tmp_path, testing=True)
    client = app.test_client()

    def seen(doc: str, query: str) -> tuple[dict, str, list[str], str]:
        html = client.get(f"/doc/{doc}", query_string={"q": query}).get_data(as_text=True)
        marks = re.findall(r'<mark id="([^"]+)"( class="meet")?>', html)
        best = [n for n, (name, _) in enumerate(marks) if name == "best-match"]
        note = re.search(r'<p id="meetings-note">(.*?)</p>', html)
        api = client.get(f"/api/documents/{doc}", query_string={"q": query}).get_json()
        return api, best, [n for n, (_, meet) in enumerate(marks) if meet], unescape(note.group(1)) if note else ""

    try:
        api, best, meets, note = seen("t1", "Таразский этнокультурный центр")
        assert meets == api["meetings"] == [2] and best == [2] and api["best_match"] == 2  # «Таразский»
        assert note.endswith('Фразу целиком ищите в кавычках: «"Таразский этнокультурный центр"».')
        _, _, _, note = seen("t1", "+Таразский этнокультурный +центр")  # a `+` is no part of the phrase
        assert note.endswith('Фразу целиком ищите в кавычках: «"Таразский этнокультурный центр"».')
        for query in ("Таразский OR медиации", "Таразский ИЛИ центр", "Тараз* центр"):
            api, best, meets, note = seen("t1", query)
            assert (api["meetings"], meets, note) == ([], [], ""), query
            assert best == [api["best_match"]]
        # words that meet, one of them excluded: the excluded one is no phrase to suggest
        api, _, meets, note = seen("t1", "этнокультурный центр -медиации")
        assert meets and "Все слова запроса рядом" in note and "кавычках" not in note
        api, best, meets, note = seen("t2", "Таразский этнокультурный центр")
        assert (api["meetings"], meets, note) == ([], [], "") and best == [api["best_match"]]
    finally:
        app.extensions["assembly_search"].close()


@pytest.mark.parametrize("results", [
    "/?q=заседание&year=2019&sort=newest&page=2&per_page=2&from=2019-01-01",
    "/quotes?q=согласия&speakers=С.+Абдрахманов&sort=oldest&exact=1",
    "/?topics=волонтерство&language=ru",  # a filter alone, no words
])
def test_a_document_opened_from_results_leads_back_to_the_same_results(client, results):
    wanted = query_of(results)
    listed = client.get(results).get_data(as_text=True)
    doc_href = unescape(next(h for h in re.search(r'<a (?:class="title" href="([^"]+)"|href="([^"]+)" class="title")',
                                                  listed).groups() if h))
    assert {k: v for k, v in query_of(doc_href).items() if k not in ("back", "hit", "passage")} == wanted  # carried to the document
    back = unescape(re.search(r'<a href="([^"]+)" id="back-to-results"', client.get(doc_href).get_data(as_text=True)).group(1))
    assert urlparse(back).path == urlparse(results).path and query_of(back) == wanted
    assert urlparse(back).fragment == "hit-" + query_of(doc_href)["hit"][0]  # at the result opened


def test_pdf_page_markers(client):
    html = client.get("/doc/p1").get_data(as_text=True)
    assert re.findall(r'class="page-marker" id="page-(\d+)"', html) == ["1", "2", "3"]
    assert 'id="p-1"' in html


def test_download_is_served_by_id_only_from_the_ingested_root(client, web_index):
    page = client.get("/doc/d1").get_data(as_text=True)
    assert 'href="/doc/d1/file"' in page
    resp = client.get("/doc/d1/file")
    assert resp.status_code == 200
    assert resp.get_data(as_text=True) == web_index["original"].read_text(encoding="utf-8")
    assert "attachment" in resp.headers["Content-Disposition"]
    # recorded path climbs out of the root: not offered, not served
    assert "/doc/d2/file" not in client.get("/doc/d2").get_data(as_text=True)
    assert client.get("/doc/d2/file").status_code == 404
    # a symlink inside the root that points outside it: refused too
    assert client.get("/doc/d3/file").status_code == 404
    # path does not exist on this machine
    assert client.get("/doc/a1/file").status_code == 404


def test_a_download_says_its_size_and_serves_a_byte_range(client, web_index):
    # a file object gave werkzeug no size: no Content-Length, and a Range request (a resumed
    # download, a PDF viewer reading pages) got the whole file with «Accept-Ranges: bytes»
    data = web_index["original"].read_bytes()
    whole = client.get("/doc/d1/file")
    assert whole.headers["Content-Length"] == str(len(data)) and whole.headers["Accept-Ranges"] == "bytes"
    part = client.get("/doc/d1/file", headers={"Range": "bytes=0-9"})
    assert part.status_code == 206 and part.data == data[:10]
    assert part.headers["Content-Range"] == f"bytes 0-9/{len(data)}"
    past = client.get("/doc/d1/file", headers={"Range": f"bytes={len(data) + 10}-"})
    assert past.status_code == 416 and past.headers["Content-Range"] == f"bytes */{len(data)}"
    # the last N bytes: of a shorter file, all of it (RFC 9110 14.1.2; it was a 416 «past its end»)
    for suffix, start in ((10, len(data) - 10), (len(data), 0), (len(data) + 1, 0), (10 ** 9, 0)):
        tail = client.get("/doc/d1/file", headers={"Range": f"bytes=-{suffix}"})
        assert tail.status_code == 206 and tail.data == data[start:], suffix
        assert tail.headers["Content-Range"] == f"bytes {start}-{len(data) - 1}/{len(data)}"
    # several ranges or another unit: the whole file, as HTTP allows (they were a 416 «past its end»)
    for header in ("bytes=0-1,4-5", "items=0-9"):
        assert client.get("/doc/d1/file", headers={"Range": header}).data == data
    # a resumed download: the part while the file is the one the browser has, else the whole file
    etag = whole.headers["ETag"]
    assert client.get("/doc/d1/file", headers={"Range": "bytes=0-9", "If-Range": etag}).status_code == 206
    assert client.get("/doc/d1/file", headers={"Range": "bytes=0-9", "If-Range": '"other"'}).data == data


def test_a_file_name_that_is_not_utf8_is_shown_and_served(client):
    page = client.get("/doc/d4")
    assert "Протокол.txt" in page_text(page)
    resp = client.get("/doc/d4/file")
    assert resp.status_code == 200
    assert resp.get_data(as_text=True) == "Протокол совета директоров.\n"
    assert client.get("/api/documents/d4").get_json()["file_name"] == "Протокол.txt"


def test_a_file_name_with_a_line_break_is_served_under_a_header_safe_name(tmp_path):
    from ingest.pipeline import IngestOptions, run_ingest
    from search_app import create_app

    root = tmp_path / "archive"
    root.mkdir()
    (root / "Отчет\nза март.txt").write_text("Отчет\n\nВолонтеры Ассамблеи помогли ветеранам.\n", encoding="utf-8")
    run_ingest([str(root)], IngestOptions(index_dir=tmp_path / "index", workers=1))
    client = create_app(tmp_path / "index", testing=True).test_client()
    doc_id = client.get("/api/search?q=волонтеры").get_json()["hits"][0]["id"]
    resp = client.get(f"/doc/{doc_id}/file")  # the line break in a header was a server error
    assert resp.status_code == 200
    assert "\n" not in resp.headers["Content-Disposition"]
    assert "filename*=UTF-8''%D0%9E%D1%82%D1%87%D0%B5%D1%82%20%D0%B7%D0%B0" in resp.headers["Content-Disposition"]


def _ingested(roots: list, index, **options):
    from ingest.pipeline import IngestOptions, run_ingest

    for root in roots:
        run_ingest([str(root)], IngestOptions(index_dir=index, workers=1, **options))


def test_a_download_redacted_in_place_with_its_old_time_set_back_is_no_304_for_the_old_copy(tmp_path):
    # the validators were size and mtime: a redaction of the same length with `touch -r` kept both,
    # so a browser or proxy holding the unredacted download got a 304 and kept showing it
    archive, index = tmp_path / "archive", tmp_path / "index"
    archive.mkdir()
    path = archive / "spisok.txt"
    path.write_text("Список участников\n\nАбдуллаева Малика, ИИН 880421450789.\n", encoding="utf-8")
    _ingested([archive], index)
    client = create_app(index, testing=True).test_client()
    doc_id = client.get("/api/search?q=Абдуллаева").get_json()["hits"][0]["id"]
    first = client.get(f"/doc/{doc_id}/file")
    assert "880421450789" in first.get_data(as_text=True)
    before = path.stat()
    time.sleep(1.1)  # Last-Modified counts whole seconds
    with open(path, "r+b") as fh:  # the digits masked in place: the same size and inode
        fh.write(path.read_bytes().replace(b"880421450789", b"X" * 12))
    os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns))
    for header, value in (("If-None-Match", first.headers["ETag"]), ("If-Modified-Since", first.headers["Last-Modified"])):
        again = client.get(f"/doc/{doc_id}/file", headers={header: value})
        assert again.status_code == 200 and "880421450789" not in again.get_data(as_text=True), header
    assert again.headers["ETag"] != first.headers["ETag"]
    assert client.get(f"/doc/{doc_id}/file", headers={"If-None-Match": again.headers["ETag"]}).status_code == 304


def test_the_download_serves_a_documents_file_from_any_folder_the_archive_ingested(tmp_path):
    # only the folder of the document's last parse was served from: a file ingested from 2019,
    # last parsed from a copy in 2020 that is gone now, gave 404 and no download link
    archive, index = tmp_path / "archive", tmp_path / "index"
    (archive / "2019").mkdir(parents=True)
    (archive / "2020").mkdir()
    report = archive / "2019" / "report.txt"
    report.write_text("Отчет\n\nВолонтеры Ассамблеи помогли ветеранам.\n", encoding="utf-8")
    _ingested([archive / "2019"], index)
    shutil.copy(report, archive / "2020" / "report-copy.txt")
    _ingested([archive / "2020"], index)
    (archive / "2020" / "report-copy.txt").unlink()
    _ingested([archive / "2020"], index)  # no --prune: the copy's path stays recorded
    hit = SearchService(index).search(SearchRequest("волонтеры")).hits[0]
    assert len(hit.paths) == 2
    client = create_app(index, testing=True).test_client()
    assert f'href="/doc/{hit.doc_id}/file"' in client.get(f"/doc/{hit.doc_id}").get_data(as_text=True)
    resp = client.get(f"/doc/{hit.doc_id}/file")
    assert resp.status_code == 200 and resp.get_data() == report.read_bytes()
    assert "report.txt" in resp.headers["Content-Disposition"]


def test_a_file_ingested_through_a_link_out_of_the_archive_is_served_and_nothing_else_there(tmp_path):
    # an archive links a year's folder (and a file) in from elsewhere: indexed and shown, but the
    # download refused them as outside the archive, with «оригинал недоступен»
    archive, storage, index = tmp_path / "archive", tmp_path / "storage", tmp_path / "index"
    (archive / "2019").mkdir(parents=True)
    (storage / "2020").mkdir(parents=True)
    (archive / "2019" / "a.txt").write_text("Отчет\n\nСессия Ассамблеи в 2019 году.\n", encoding="utf-8")
    (storage / "2020" / "b.txt").write_text("Отчет\n\nВолонтеры Ассамблеи помогли ветеранам.\n", encoding="utf-8")
    (storage / "c.txt").write_text("Отчет\n\nКруглый стол о медиации.\n", encoding="utf-8")
    (storage / "secret.txt").write_text("Пароль от сервера.\n", encoding="utf-8")  # beside, never linked
    (archive / "2020").symlink_to(storage / "2020")
    (archive / "c.txt").symlink_to(storage / "c.txt")
    _ingested([archive], index, follow_outside_links=True)  # the archivist's choice
    client = create_app(index, testing=True).test_client()
    for word, served in (("волонтеры", storage / "2020" / "b.txt"), ("медиации", storage / "c.txt")):
        doc_id = SearchService(index).search(SearchRequest(word)).hits[0].doc_id
        assert f'href="/doc/{doc_id}/file"' in client.get(f"/doc/{doc_id}").get_data(as_text=True)
        resp = client.get(f"/doc/{doc_id}/file")
        assert resp.status_code == 200 and resp.get_data() == served.read_bytes()
    # a link re-pointed since the ingest leads nowhere servable: b.txt's path now reaches secret.txt
    (archive / "2020").unlink()
    (archive / "2020").mkdir()
    (archive / "2020" / "b.txt").symlink_to(storage / "secret.txt")
    doc_id = SearchService(index).search(SearchRequest("волонтеры")).hits[0].doc_id
    assert client.get(f"/doc/{doc_id}/file").status_code == 404


def test_a_link_target_an_earlier_ingest_followed_is_not_served_after_one_that_does_not(tmp_path):
    # the targets of one --follow-outside-links run stayed recorded for good: after a plain
    # ingest, a file of the archive swapped for a link to one of them was downloaded by anyone
    archive, storage, index = tmp_path / "archive", tmp_path / "etc", tmp_path / "index"
    archive.mkdir()
    storage.mkdir()
    (storage / "passwd").write_text("root:x:0:0:root:/root:/bin/bash\n", encoding="utf-8")
    (archive / "a.txt").write_text("Отчет\n\nВолонтеры Ассамблеи помогли ветеранам.\n", encoding="utf-8")
    (archive / "spisok.txt").symlink_to(storage / "passwd")
    _ingested([archive], index, follow_outside_links=True)
    _ingested([archive], index, prune=True, force=True)  # the archivist takes it back
    assert json.loads((index / "ingested-roots.json").read_text("utf-8"))["linked"] == []
    (archive / "a.txt").unlink()
    (archive / "a.txt").symlink_to(storage / "passwd")  # someone who may write into the archive
    doc_id = SearchService(index).search(SearchRequest("волонтеры")).hits[0].doc_id
    resp = create_app(index, testing=True).test_client().get(f"/doc/{doc_id}/file")
    assert resp.status_code == 404 and b"root:x" not in resp.get_data()


def test_the_document_page_names_the_file_it_serves_and_where_each_of_its_files_is(tmp_path):
    # after a rename (no --prune) the link read «скачать оригинал (A-черновик.txt)», the deleted
    # name, while another file was served; and the page showed no folder at all
    archive, index = tmp_path / "archive", tmp_path / "index"
    archive.mkdir()
    draft = archive / "A-черновик.txt"
    draft.write_text("Отчет\n\nВолонтеры Ассамблеи помогли ветеранам.\n", encoding="utf-8")
    _ingested([archive], index)
    final = draft.rename(archive / "Волонтеры (итог).txt")
    _ingested([archive], index)
    hit = SearchService(index).search(SearchRequest("волонтеры")).hits[0]
    client = create_app(index, testing=True).test_client()
    shown = re.sub(r"<[^>]+>", "", client.get(f"/doc/{hit.doc_id}").get_data(as_text=True))  # as a browser joins it
    assert "скачать оригинал (Волонтеры (итог).txt)" in shown
    assert f"Расположение{archive}/A-черновик.txt (файл не найден){archive}/Волонтеры (итог).txt\n" in shown
    assert client.get(f"/api/documents/{hit.doc_id}").get_json()["file_name"] == final.name
    assert final.name in unquote(client.get(f"/doc/{hit.doc_id}/file").headers["Content-Disposition"])


def _downloads(tmp_path, files: dict[str, bytes]):
    """A client over an archive of `files` (name -> bytes), and each file's document id by name."""
    archive, index = tmp_path / "archive", tmp_path / "index"
    archive.mkdir()
    for name, data in files.items():
        (archive / name).write_bytes(data)
    _ingested([archive], index)
    client = create_app(index, testing=True).test_client()
    ids = {}
    for hit in client.get("/api/search", query_string={"per_page": 100}).get_json()["hits"]:
        ids[client.get(hit["api_url"]).get_json()["file_name"]] = hit["id"]
    return client, ids, archive


# in letters every code page here has (KOI8-R and cp866 have no «» or —)
SPEECH = ("Заседание Совета матерей\n\n12 марта 2019 года, Караганда\n\nСемья является первой школой уважения и "
          "согласия между народами нашей страны, сказала Н. Дементьева. Участники заседания обсудили "
          "воспитание молодежи и поддержку многодетных семей.\n")


@pytest.mark.parametrize("name,data,charset", [
    ("cp1251.txt", SPEECH.encode("cp1251"), "windows-1251"),
    ("koi8.txt", SPEECH.encode("koi8_r"), "KOI8-R"),
    ("dos.txt", SPEECH.encode("cp866"), "IBM866"),
    ("wide.txt", SPEECH.encode("utf-16"), "UTF-16LE"),  # with its byte order mark
    ("utf8.txt", SPEECH.encode("utf-8"), "UTF-8"),
    ("page.html", ('<html><head><meta charset="windows-1251"><title>Совет матерей</title></head><body><p>'
                   + SPEECH.replace("\n\n", "</p><p>") + "</p></body></html>").encode("cp1251"), "windows-1251"),
    # XHTML saved as .xml went out as application/xml; charset=utf-8
    ("page.xml", ('<?xml version="1.0" encoding="windows-1251"?><html xmlns="http://www.w3.org/1999/xhtml"><head>'
                  '<title>Совет матерей</title></head><body><p>' + SPEECH.replace("\n\n", "</p><p>")
                  + "</p></body></html>").encode("cp1251"), "windows-1251"),
])
def test_a_download_says_the_encoding_the_file_is_in(tmp_path, name, data, charset):
    # every text and HTML original was sent as charset=utf-8: a windows-1251 page (its own <meta>
    # overridden by the header) or KOI8-R text showed as mojibake
    client, ids, _ = _downloads(tmp_path, {name: data})
    resp = client.get(f"/doc/{ids[name]}/file")
    assert resp.status_code == 200 and resp.mimetype_params == {"charset": charset}
    assert "Семья является первой школой уважения" in resp.get_data().decode(charset)


def test_a_misnamed_file_downloads_as_what_its_bytes_are(tmp_path):
    # a Word file under a .pdf name went out as application/pdf: the browser gave it to its PDF viewer,
    # which failed; a name of the format's own kind (a .docm, an .srt) keeps its type
    from pathlib import Path

    from test_parser_docx import docx, para, run
    def word(title: str) -> bytes:
        return docx(para(run(title)) + para(run(SPEECH.split("\n")[4])))
    pdf = next((Path(__file__).resolve().parent.parent / "samples").rglob("*.pdf")).read_bytes()
    client, ids, _ = _downloads(tmp_path, {"kopiya.pdf": word("Протокол заседания Совета"), "makros.docm": word("Решение"),
                                           "zametka.doc": SPEECH.encode("cp1251"), "spravka.txt": pdf})
    types = {name: client.get(f"/doc/{doc_id}/file").headers["Content-Type"] for name, doc_id in ids.items()}
    assert types == {"kopiya.pdf": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                     "makros.docm": "application/vnd.ms-word.document.macroEnabled.12",
                     "zametka.doc": "text/plain; charset=windows-1251",  # 1990s text under a Word name
                     "spravka.txt": "application/pdf"}



def test_an_email_message_downloads_as_one_also_under_an_outlook_name(tmp_path):
    # an e-mail read from a .msg saved as text would go out as message/rfc822 saved as «…msg.mht», the web
    # archive's extension for that type
    from test_parser_eml import docx_attachment, outlook_reply

    other = outlook_reply([docx_attachment("plan.docx", "План работы Совета матерей на год")])
    client, ids, _ = _downloads(tmp_path, {"otvet.eml": outlook_reply([]), "otvet2.msg": other})
    got = {name: client.get(f"/doc/{doc_id}/file").headers for name, doc_id in ids.items()}
    assert {name: h["Content-Type"] for name, h in got.items()} == {"otvet.eml": "message/rfc822",
                                                                  "otvet2.msg": "message/rfc822"}
    assert got["otvet2.msg"]["Content-Disposition"] == "attachment; filename=otvet2.msg.eml"


def test_plain_text_under_a_word_template_name_downloads_as_plain_text(tmp_path):
    # a text .dot went out as text/vnd.graphviz under its bare name (Python's mimetypes takes .dot for
    # Graphviz, and any text/* type was kept), though its .wps twin went out as text/plain
    client, ids, _ = _downloads(tmp_path, {"shablon.dot": SPEECH.encode("cp1251"),
                                           "works.wps": SPEECH.replace("Совета", "Совета 2").encode("cp1251")})
    got = {}
    for name, doc_id in ids.items():
        resp = client.get(f"/doc/{doc_id}/file")
        got[name] = (resp.headers["Content-Type"], re.search(r'filename="?([^";]+)', resp.headers["Content-Disposition"]).group(1))
    assert got == {"shablon.dot": ("text/plain; charset=windows-1251", "shablon.dot.txt"),
                   "works.wps": ("text/plain; charset=windows-1251", "works.wps.txt")}


def test_a_misnamed_file_is_saved_with_the_extension_of_what_its_bytes_are(tmp_path):
    # the Word file named «kopiya.pdf» was sent as Word but still saved as «kopiya.pdf»: opened from the
    # downloads, the system gave it to the PDF reader by its name, which failed
    from test_parser_docx import docx, para, run
    def word(title: str) -> bytes:
        return docx(para(run(title)) + para(run(SPEECH.split("\n")[4])))
    client, ids, _ = _downloads(tmp_path, {"kopiya.pdf": word("Протокол заседания Совета"), "makros.docm": word("Решение"),
                                           "zametka.doc": SPEECH.encode("cp1251"),
                                           "Протокол от 12.03.2019": SPEECH.replace("Совета", "Совета 2").encode("utf-8"),
                                           "spravka.txt": SPEECH.replace("Совета", "Совета 3").encode("utf-8")})
    saved = {}
    for name, doc_id in ids.items():
        disposition = client.get(f"/doc/{doc_id}/file").headers["Content-Disposition"]
        found = re.search(r"filename\*=UTF-8''([^;]+)", disposition) or re.search(r'filename="?([^";]+)', disposition)
        saved[name] = unquote(found.group(1))
    assert saved == {"kopiya.pdf": "kopiya.pdf.docx", "makros.docm": "makros.docm", "zametka.doc": "zametka.doc.txt",
                     "Протокол от 12.03.2019": "Протокол от 12.03.2019.txt", "spravka.txt": "spravka.txt"}

def test_a_kazakh_code_page_download_says_its_charset(tmp_path):
    # a kz1048 file went out as bare text/plain: a client guessing windows-1251 showed «оќулары ґтті»
    text = ("Семейде Абай оқулары өтті\n\nСемей, 2022 жылғы 10 тамызда облыстық Ассамблея «Абай оқулары» "
            "байқауын өткізді. Байқауға әр ұлттың өкілдері қатысып, ұлы ақынның өлеңдерін жатқа оқыды.\n")
    client, ids, _ = _downloads(tmp_path, {"abai.txt": text.encode("kz1048")})
    resp = client.get(f"/doc/{ids['abai.txt']}/file")
    assert resp.status_code == 200 and resp.mimetype_params == {"charset": "KZ-1048"}
    assert "Абай оқулары өтті" in resp.get_data().decode("KZ-1048")


def test_a_download_named_in_cyrillic_has_a_latin_ascii_name_too(tmp_path):
    # the ASCII `filename=` dropped every Cyrillic letter: «  .txt», which curl -OJ saved under
    names = ["Протокол заседания Ассамблеи.txt", "Қазақстан халқы Ассамблеясы.txt", "ОТЧЕТ Щучинск.txt", "报告.txt"]
    client, ids, _ = _downloads(tmp_path, {name: SPEECH.replace("Совета", f"Совета {i}").encode("utf-8")
                                           for i, name in enumerate(names)})
    latin = {}
    for name in names:
        disposition = client.get(f"/doc/{ids[name]}/file").headers["Content-Disposition"]
        assert unquote(disposition.split("filename*=UTF-8''")[1]) == name  # browsers still get the name itself
        latin[name] = re.search(r'filename=("?)([^";]+)\1;', disposition).group(2)
    assert latin == {"Протокол заседания Ассамблеи.txt": "Protokol zasedaniya Assamblei.txt",
                     "Қазақстан халқы Ассамблеясы.txt": "Qazaqstan khalqy Assambleyasy.txt",
                     "ОТЧЕТ Щучинск.txt": "OTCHET Shchuchinsk.txt",
                     "报告.txt": f"document-{ids['报告.txt']}.txt"}


def test_a_download_of_a_file_gone_since_ingest_says_the_document_is_still_here(tmp_path):
    # it said «Такой страницы или документа в архиве нет.», though the document page opens
    client, ids, archive = _downloads(tmp_path, {"a.txt": SPEECH.encode("utf-8")})
    (archive / "a.txt").unlink()
    resp = client.get(f"/doc/{ids['a.txt']}/file")
    assert resp.status_code == 404
    assert "Документ в архиве есть, но его исходного файла больше нет там, откуда его загрузили" in page_text(resp)
    assert f'<a href="/doc/{ids["a.txt"]}" id="error-link">' in resp.get_data(as_text=True)
    assert client.get(f"/doc/{ids['a.txt']}").status_code == 200


# the web app as the user the test runs it as (as_another_user): each address's status and page text
_AS_SERVED = """
import json, re, sys
from search_app import create_app
client = create_app(sys.argv[1], testing=True).test_client()
ids = {hit["title"]: hit["id"] for hit in client.get("/api/search").get_json()["hits"]}
pages = {}
for title, doc_id in ids.items():
    for url in (f"/doc/{doc_id}", f"/doc/{doc_id}/file"):
        resp = client.get(url)
        text = resp.get_data().decode("utf-8", "replace")
        pages[f"{title} {url[len(doc_id) + 5:] or 'page'}"] = [resp.status_code, re.sub(r"<[^>]+>", "", text)]
    pages[title + " api"] = client.get(f"/api/documents/{doc_id}").get_json()["download_url"]
print(json.dumps(pages))
"""


def test_a_download_of_a_file_the_server_may_not_read_says_so_and_serves_a_readable_copy(as_another_user):
    # a file made chmod 000 after ingest: the download was a 500 «Внутренняя ошибка … попробуйте
    # ещё раз» with a PermissionError traceback, and the page showed the file as there
    folder, run = as_another_user
    archive, index = folder / "archive", folder / "index"
    (archive / "copies").mkdir(parents=True)
    (archive / "locked.txt").write_text("Протокол совета\n\nВолонтеры Ассамблеи помогли ветеранам.\n", encoding="utf-8")
    (archive / "twice.txt").write_text("Отчет совета\n\nСемья является школой согласия.\n", encoding="utf-8")
    shutil.copy(archive / "twice.txt", archive / "copies" / "twice.txt")
    assert run("ingest", str(archive), "--index", str(index)).returncode == 0
    (archive / "locked.txt").chmod(0)
    (archive / "twice.txt").chmod(0)
    served = run("-c", _AS_SERVED, str(index), python=True)
    assert served.returncode == 0, served.stderr
    pages = json.loads(served.stdout)
    status, text = pages["Протокол совета /file"]
    assert status == 403 and "Traceback" not in served.stderr
    assert ("Документ в архиве есть, но его исходный файл на сервере не удаётся прочитать: у сервера нет прав "
            "на чтение этого файла или его папки.") in text
    status, text = pages["Протокол совета page"]
    assert status == 200 and "locked.txt (файл не удаётся открыть: нет прав на чтение)" in text
    assert "(оригинал недоступен)" in text and pages["Протокол совета api"] is None
    # the copy the server may read is served, and named on the page
    status, text = pages["Отчет совета /file"]
    assert status == 200 and "Семья является школой согласия." in text
    assert "скачать оригинал (twice.txt)" in pages["Отчет совета page"][1]
    assert pages["Отчет совета api"]


def test_originals_the_server_cannot_serve_are_logged_once_with_the_path_and_the_fix(as_another_user):
    # users got «Файл недоступен» and «(оригинал недоступен)»; the log had the request line only,
    # so with an archive folder the account may not enter, nothing named the folder to fix
    folder, run = as_another_user
    archive, index = folder / "archive", folder / "index"
    (archive / "2024").mkdir(parents=True)
    (archive / "2024" / "one.txt").write_text("Протокол совета\n\nВолонтеры Ассамблеи помогли ветеранам.\n", encoding="utf-8")
    (archive / "2024" / "two.txt").write_text("Отчет совета\n\nСемья является школой согласия.\n", encoding="utf-8")
    (archive / "memo.txt").write_text("Служебная записка\n\nО работе домов дружбы в регионах.\n", encoding="utf-8")
    (archive / "gone.txt").write_text("Пресс-релиз\n\nФестиваль народов прошел в Астане.\n", encoding="utf-8")
    assert run("ingest", str(archive), "--index", str(index)).returncode == 0
    (archive / "memo.txt").chmod(0)
    (archive / "gone.txt").unlink()
    (archive / "2024").chmod(0)
    try:
        served = run("-c", _AS_SERVED, str(index), python=True)
    finally:
        (archive / "2024").chmod(0o755)
    assert served.returncode == 0, served.stderr
    pages = json.loads(served.stdout)
    assert [pages[f"{title} /file"][0] for title in ("Протокол совета", "Отчет совета", "Служебная записка",
                                                      "Пресс-релиз")] == [403, 403, 403, 404]
    said = [line for line in served.stderr.splitlines() if "cannot be served" in line]
    fix = "give the account running assembly-search read access to"
    assert sorted(line.split(": ", 1)[1] for line in said) == sorted([  # once each, though asked twice
        f"the folder {archive / '2024'} cannot be entered (Permission denied), nor any file below it read; {fix} "
        f"{archive / '2024'} (its owner or permissions)",
        f"{archive / 'memo.txt'} cannot be read (Permission denied); {fix} it (its owner or permissions)",
        f"{archive / 'gone.txt'} is no longer there (No such file or directory): moved or deleted since it was "
        "ingested; an ingest of its folder finds it again, or drops its document with --prune"]), served.stderr


def test_a_file_name_with_a_line_break_cannot_forge_a_line_of_the_server_s_log(tmp_path, caplog):
    # the «cannot be served» warning wrote the name raw: a file named «otchet\nX-Injected: yes\r\n…»
    # in the archive made the journal show lines of its own choosing
    name = "otchet\nX-Injected: yes\r\nSet-Cookie: pwn=1\x1b[31m.txt"
    client, ids, archive = _downloads(tmp_path, {name: SPEECH.encode("utf-8")})
    (archive / name).rename(tmp_path / "moved.txt")
    with caplog.at_level("WARNING", logger="search_app"):
        assert client.get(f"/doc/{next(iter(ids.values()))}/file").status_code == 404
    said = [r.getMessage() for r in caplog.records if "cannot be served" in r.getMessage()]
    assert len(said) == 1 and "otchet\\nX-Injected: yes\\r\\nSet-Cookie: pwn=1\\x1b[31m.txt" in said[0], said
    assert not set("\n\r\x1b") & set(said[0])


def test_a_request_path_with_a_line_break_cannot_forge_a_line_of_the_unhandled_error_log(tmp_path, caplog):
    # «unhandled error on %s» wrote request.path raw: /x%0aFAKE gave a line «FAKE» of its own
    app = create_app(tmp_path / "index", testing=True)

    @app.before_request
    def broken():  # a bug, for any address
        raise RuntimeError("a bug")

    with caplog.at_level("ERROR", logger="search_app"):
        assert app.test_client().get("/broken/x%0aFAKE%1b[2J").status_code == 500
    said = [r.getMessage() for r in caplog.records if "unhandled error" in r.getMessage()]
    assert said == ["unhandled error on /broken/x\\nFAKE\\x1b[2J"]


def test_a_saved_link_to_a_document_whose_file_was_edited_leads_to_its_new_version(tmp_path):
    # the id is the content's hash: re-encoding the file gave it a new one, and the old links
    # (the page, a quote's, the download) answered 404 «Такой страницы или документа в архиве нет»
    client, ids, archive = _downloads(tmp_path, {"a.txt": SPEECH.encode("cp1251")})
    old = ids["a.txt"]
    (archive / "a.txt").write_bytes(SPEECH.encode("utf-8"))
    _ingested([archive], tmp_path / "index")
    client.application.extensions["assembly_search"].refresh()
    new = client.get("/api/search").get_json()["hits"][0]["id"]
    assert new != old
    resp = client.get(f"/doc/{old}?q=семья&back=quotes&speakers=Н.+Дементьева&speakers=А.+Б")
    assert resp.status_code == 301 and resp.headers["Cache-Control"] == "no-store"
    assert urlparse(resp.headers["Location"]).path == f"/doc/{new}"
    assert query_of(resp.headers["Location"]) == {"q": ["семья"], "back": ["quotes"],
                                                  "speakers": ["Н. Дементьева", "А. Б"]}
    page = client.get(f"/doc/{old}?q=семья", follow_redirects=True)
    assert page.status_code == 200 and "Заседание Совета матерей" in page_text(page)
    download = client.get(f"/doc/{old}/file")
    assert download.status_code == 301 and download.headers["Location"] == f"/doc/{new}/file"
    assert client.get(f"/doc/{old}/file", follow_redirects=True).data == SPEECH.encode("utf-8")
    # deleted and pruned: no document answers for its ids, and the 404 does not claim there never was one
    (archive / "a.txt").unlink()
    (archive / "other.txt").write_text("Другой отчет о работе Ассамблеи.\n", encoding="utf-8")  # not an emptied root
    _ingested([archive], tmp_path / "index", prune=True)
    client.application.extensions["assembly_search"].refresh()
    for url in (f"/doc/{old}", f"/doc/{new}", f"/doc/{old}/file", "/doc/0123456789abcdef"):
        resp = client.get(url)
        assert resp.status_code == 404, url
        assert "Такого документа в архиве нет: возможно, его удалили или ссылка неверна." in page_text(resp)


@pytest.mark.parametrize("tail", [".", ")", "%C2%BB", "%0A", "/", ".%29", "%E2%80%9D"])
def test_a_shared_document_link_with_a_sentence_s_punctuation_after_it_opens_the_document(tmp_path, tail):
    # mail and messengers take the sentence's closing «.», «)» or «»» into the link: the page said
    # the document «may have been deleted», as it says of one really pruned
    client, ids, _ = _downloads(tmp_path, {"a.txt": SPEECH.encode("utf-8")})
    doc = ids["a.txt"]
    resp = client.get(f"/doc/{doc}{tail}?q=семья")
    assert resp.status_code == 301 and resp.headers["Location"] == f"/doc/{doc}?q=%D1%81%D0%B5%D0%BC%D1%8C%D1%8F"
    assert client.get(f"/doc/{doc}{tail}", follow_redirects=True).status_code == 200
    download = client.get(f"/doc/{doc}{tail}/file" if tail != "/" else f"/doc/{doc}/file", follow_redirects=True)
    assert download.data == SPEECH.encode("utf-8")
    # the download's own link, as the page shows it, with the tail: it said «Страница не найдена»
    resp = client.get(f"/doc/{doc}/file{tail}")
    assert resp.status_code == 301 and resp.headers["Location"] == f"/doc/{doc}/file"
    assert client.get(f"/doc/{doc}/file{tail}", follow_redirects=True).data == SPEECH.encode("utf-8")
    assert client.get(f"/doc/{doc}/files").status_code == 404  # another word is no download's link
    # a quote's link whose #p-N was lost on the way, the sentence's punctuation left on its fingerprint: it opened
    # at the top; now at the quoted paragraph
    quote = client.get("/api/quotes", query_string={"q": "многодетных"}).get_json()["hits"][0]["permalink"]
    link, anchor = quote.split("#")
    resp = client.get(link + tail)
    assert resp.status_code == 301 and resp.headers["Location"] == quote


@pytest.mark.parametrize("url", ["/doc/a%20b", "/doc/0123456789abcde", "/doc/0123456789abcdef0", "/doc/(0123456789abcdef"])
def test_a_damaged_document_link_says_the_link_is_damaged_not_that_the_document_was_deleted(client, url):
    resp = client.get(url)
    assert resp.status_code == 404
    text = page_text(resp)
    assert "Ссылка на документ повреждена" in text and "возможно, его удалили" not in text
    # an id of the archive's form that no document has: that one may have been deleted
    assert "возможно, его удалили" in page_text(client.get("/doc/0123456789abcdef"))


@pytest.mark.parametrize("how", ["copied over", "made a link", "renamed onto"])
def test_a_file_overwritten_by_another_documents_content_does_not_lead_its_old_links_there(tmp_path, how):
    # `cp doc019.txt doc009.txt` by mistake (or a link, or `mv` onto it): the links to protocol 9
    # answered 301 to protocol 19, which listed 9's id among its former_ids; an edit is a new version
    # of the same document, but content the archive holds already is a copy of another one
    nine = SPEECH.replace("Совета матерей", "Совета номер 9")
    client, ids, archive = _downloads(tmp_path, {"doc009.txt": nine.encode("utf-8"),
                                                 "doc019.txt": SPEECH.encode("utf-8")})
    old, other = ids["doc009.txt"], ids["doc019.txt"]
    (archive / "doc009.txt").unlink()
    if how == "copied over":
        shutil.copy(archive / "doc019.txt", archive / "doc009.txt")
    elif how == "made a link":
        (archive / "doc009.txt").symlink_to(archive / "doc019.txt")
    else:
        (archive / "doc019.txt").rename(archive / "doc009.txt")
    report = tmp_path / "report.jsonl"
    _ingested([archive], tmp_path / "index", report_path=report)
    client.application.extensions["assembly_search"].refresh()
    for url in (f"/doc/{old}", f"/doc/{old}/file", f"/api/documents/{old}"):
        resp = client.get(url)
        assert resp.status_code == 404, url
    assert "Такого документа в архиве нет" in page_text(client.get(f"/doc/{old}"))
    assert client.get(f"/api/documents/{other}").get_json()["former_ids"] == []
    line = next(json.loads(text) for text in report.read_text(encoding="utf-8").splitlines()
                if json.loads(text)["path"] == str(archive / "doc009.txt"))
    assert line["document_id"] == other
    assert line["message"].endswith(f"The document it held before ({old}) is removed: no file holds that content now.")


def _paragraph(page: str, anchor: str) -> str:
    found = re.search(rf'<p id="{anchor}"[^>]*>(.*?)</p>', page, re.S)
    return re.sub(r"<[^>]+>", "", found.group(1)) if found else ""


def test_a_quote_link_to_an_edited_document_opens_at_the_quoted_paragraph(tmp_path):
    # the 301 from the former id kept the link's #p-N, a number counted in the old text: after a
    # correction note was added above the quote, #p-N opened another paragraph
    client, ids, archive = _downloads(tmp_path, {"a.txt": SPEECH.encode("utf-8")})
    quote = client.get("/api/quotes", query_string={"q": "многодетных"}).get_json()["hits"][0]
    old_anchor = urlparse(quote["url"]).fragment
    assert urlparse(quote["permalink"]).fragment == old_anchor and "q=" not in quote["permalink"]
    note = "Исправлено 14.03.2019: уточнено название совета."
    (archive / "a.txt").write_text(SPEECH.replace("\n\n", f"\n\n{note}\n\n", 1), encoding="utf-8")
    _ingested([archive], tmp_path / "index")
    client.application.extensions["assembly_search"].refresh()
    for link in (quote["url"], quote["permalink"]):  # as the API gives it, and as a citation is copied
        resp = client.get(link.split("#")[0])
        assert resp.status_code == 301
        location = urlparse(resp.headers["Location"])
        assert location.fragment and location.fragment != old_anchor  # the browser follows this one, not the link's
        page = client.get(location.path + "?" + location.query).get_data(as_text=True)
        assert "поддержку многодетных семей" in _paragraph(page, location.fragment)
    assert "поддержку многодетных семей" not in _paragraph(page, old_anchor)  # where the old number lands now
    assert 'id="passage-changed"' not in page
    # the quoted paragraph itself rewritten: it opened at the text's start (or the best match) and said
    # nothing; now it lands on a note saying the paragraph changed since the link was made
    (archive / "a.txt").write_text(SPEECH.replace("многодетных семей", "многодетных и приемных семей"), encoding="utf-8")
    _ingested([archive], tmp_path / "index")
    client.application.extensions["assembly_search"].refresh()
    changed = "Цитируемый абзац изменился с тех пор, как ссылку на него скопировали"
    for link, best_match_link in ((quote["url"], True), (quote["permalink"], False)):
        location = urlparse(client.get(link.split("#")[0]).headers["Location"])
        assert location.fragment == "passage-changed"
        page = client.get(location.path + "?" + location.query).get_data(as_text=True)
        note = re.search(r'<p class="notice" id="passage-changed"[^>]*>(.*?)</p>', page, re.S).group(1)
        assert changed in note and ('href="#best-match"' in note) == best_match_link
    # the new version's own quote link has its paragraph: no note
    fresh = client.get("/api/quotes", query_string={"q": "многодетных"}).get_json()["hits"][0]["permalink"]
    assert changed not in client.get(fresh.split("#")[0]).get_data(as_text=True)


@pytest.mark.parametrize("url,heading", [
    ("/doc/unknown", "Документ не найден"), ("/doc/a1%00", "Документ не найден"),  # a document's address, no document
    ("/doc/..%2F..%2Fetc%2Fpasswd", "Страница не найдена"), ("/doc/../../etc/passwd", "Страница не найдена"),
    ("/doc/%2e%2e%2f%2e%2e%2fetc%2fpasswd", "Страница не найдена"), ("/doc/..%2F..%2Fetc%2Fpasswd/file", "Страница не найдена"),
    ("/nowhere", "Страница не найдена"),
])
def test_unknown_pages_get_the_404_page(client, url, heading):
    resp = client.get(url)
    assert resp.status_code == 404
    text = page_text(resp)
    assert heading in text and "root:" not in text


@pytest.mark.parametrize("tab, back", [("/", ""), ("/quotes", "&back=quotes")])
def test_a_document_gone_since_its_list_was_shown_leads_back_to_that_list(client, tab, back):
    # «Документ не найден» offered only the empty search page: the query, filters and page were lost
    resp = client.get(f"/doc/0123456789abcdef?q=заседание&year=2019&page=2&hit=14{back}")
    assert resp.status_code == 404
    link = re.search(r'<a href="([^"]+)" id="error-link">([^<]+)</a>', resp.get_data(as_text=True))
    href = unescape(link.group(1))
    assert urlparse(href).path == tab and href.endswith("#hit-14") and unescape(link.group(2)) == "← к результатам «заседание»"
    assert query_of(href) == {"q": ["заседание"], "year": ["2019"], "page": ["2"]}
    assert 'id="error-link"' not in client.get("/doc/0123456789abcdef").get_data(as_text=True)  # from no list


# -- robustness and headers --------------------------------------------------------------------
def test_no_traceback_reaches_the_person(app, monkeypatch):
    def boom(*args, **kwargs):
        raise RuntimeError("secret internals /srv/index")

    monkeypatch.setattr(app.extensions["assembly_search"], "search", boom)
    resp = app.test_client().get("/?q=x")
    assert resp.status_code == 500
    text = page_text(resp)
    assert "Внутренняя ошибка" in text
    assert "secret internals" not in text and "Traceback" not in text


def test_missing_index_says_so(tmp_path):
    app = create_app(tmp_path / "nothing-here", testing=True)
    client = app.test_client()
    resp = client.get("/?q=x")
    assert resp.status_code == 503
    assert "Traceback" not in page_text(resp)
    assert client.get("/doc/a1").status_code == 503


@pytest.mark.parametrize("part", ["segment", "toc"])
def test_a_damaged_index_is_explained_in_russian(web_index, tmp_path, part):
    import shutil

    from tests.test_store import _damage

    damaged = tmp_path / "index"
    shutil.copytree(web_index["index"], damaged)
    _damage(damaged, part)
    client = create_app(damaged, testing=True).test_client()
    for url in ("/?q=ассамблея", "/quotes?q=ассамблея", "/api/search?q=ассамблея"):
        resp = client.get(url)
        text = page_text(resp)
        assert resp.status_code == 503 and "Индекс архива повреждён" in text, url
        assert "damaged" not in text and "Traceback" not in text and str(damaged) not in text  # the log has those


def test_security_headers_on_every_response(client):
    for url in ("/", "/doc/a1", "/doc/missing", "/static/style.css", "/api/search?q=x"):
        headers = client.get(url).headers
        csp = headers["Content-Security-Policy"]
        assert "script-src 'self'" in csp and "unsafe-inline" not in csp and "frame-ancestors 'none'" in csp
        assert headers["X-Content-Type-Options"] == "nosniff"
        assert headers["X-Frame-Options"] == "DENY"
        assert headers["Referrer-Policy"]


def test_pages_have_no_inline_script_or_style(client):
    for url in ("/", "/?q=Ассамблея", "/quotes?q=согласие", "/doc/p1?q=сессии", "/doc/missing"):
        html = client.get(url).get_data(as_text=True)
        assert dangerous_markup(html) == [], url


# -- the hostile document ----------------------------------------------------------------------
HOSTILE_URLS = [
    "/", "/?q=Взломщики", "/?q=alert", "/?q=javascript", "/doc/x1", "/doc/x1?q=alert",
    "/quotes?q=Взломщики", "/quotes?q=alert", "/?speakers=%3Cb+onmouseover%3D%22alert%281%29%22%3EХакер%3C%2Fb%3E",
    "/?topics=%22%3E%3Cscript%3Ealert%281%29%3C%2Fscript%3E",
]


@pytest.mark.parametrize("url", HOSTILE_URLS)
def test_hostile_document_renders_inert(client, url):
    resp = client.get(url)
    assert resp.status_code == 200
    html = resp.get_data(as_text=True)
    assert "<script>alert" not in html and "<img" not in html and "<b onmouseover" not in html
    assert dangerous_markup(html) == []


def test_hostile_text_is_shown_as_text(client):
    text = page_text(client.get("/doc/x1"))
    assert "<script>alert(1)</script> Отчет <img src=x onerror=alert(1)>" in text
    assert '<a href="javascript:alert(1)">нажми</a>' in text


# -- serving -----------------------------------------------------------------------------------
def test_new_commits_show_up_without_a_restart(tmp_path):
    import time
    from datetime import date

    from conftest import CORPUS, make_record
    from index.store import IndexWriter

    with IndexWriter(tmp_path, create=True) as writer:
        for record in CORPUS[:2]:
            writer.add(record)
    app = create_app(tmp_path, testing=True)
    client = app.test_client()
    assert total(client.get("/?q=Байконур")) == 0
    with IndexWriter(tmp_path) as writer:
        writer.add(make_record("new1", "Встреча на Байконуре", ["Делегация Ассамблеи посетила Байконур."],
                               when=date(2024, 10, 1)))
    time.sleep(1.2)  # the app looks for a new commit at most once a second
    resp = client.get("/?q=Байконур")
    assert total(resp) == 1 and "Встреча на Байконуре" in page_text(resp)
    app.extensions["assembly_search"].close()


def test_partial_dates_stay_in_the_form_as_full_dates(client):
    html = client.get("/?from=2019&to=2019-02").get_data(as_text=True)
    assert 'name="from" id="date-from" value="2019-01-01"' in html
    assert 'name="to" id="date-to" value="2019-02-28"' in html


def test_serve_command_options(monkeypatch):
    from assembly_search.cli import build_parser

    for name in ("HOST", "PORT", "THREADS"):
        monkeypatch.delenv("ASSEMBLY_SEARCH_" + name, raising=False)
    args = build_parser().parse_args(["serve", "--index", "x", "--host", "0.0.0.0", "--port", "8080", "--threads", "8"])
    assert (str(args.index), args.host, args.port, args.threads) == ("x", "0.0.0.0", 8080, 8)
    defaults = build_parser().parse_args(["serve"])
    assert (defaults.host, defaults.port) == ("127.0.0.1", 5000)


def test_months_of_one_year_narrow_the_date_range(client):
    assert 'id="facet-month"' not in client.get("/").get_data(as_text=True)  # all years: no months
    resp = client.get("/?year=2019")
    html = resp.get_data(as_text=True)
    assert "Месяцы 2019" in page_text(resp)
    section = html[html.index('id="facet-month"'):]
    section = section[:section.index("</section>")]
    labels = re.findall(r'class="label">([^<]+)<', section)
    assert labels == ["янв", "фев", "мар", "апр", "май", "июн", "июл", "авг", "сен", "окт", "ноя", "дек"]
    links = {v: unescape(h) for h, v in re.findall(r'<a href="([^"]+)"[^>]*data-value="(2019-\d\d)"', section)}
    assert links, "months with documents are links"
    month, href = sorted(links.items())[0]
    narrowed = client.get(href)
    dates = re.findall(r'class="badge date">([^<]+)<', narrowed.get_data(as_text=True))
    assert dates and total(narrowed) == int(re.search(rf'data-value="{month}"[^>]*aria-label="[^"]*: (\d+)',
                                                      section).group(1))
    # the chosen month is marked, and choosing it again clears the range
    again = narrowed.get_data(as_text=True)
    chosen = re.search(rf'<a href="([^"]+)" class="selected" data-value="{month}"', again)
    assert chosen and "from=" not in unescape(chosen.group(1))
    months_ru = ["январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август", "сентябрь", "октябрь",
                 "ноябрь", "декабрь"]
    assert f"период: {months_ru[int(month[5:]) - 1]} 2019" in page_text(narrowed)  # the chip names the month


def _month_bars(html: str) -> dict[str, tuple[int, str | None, str]]:
    """The months histogram: per month, its count, its link (None for an empty bar) and its tooltip."""
    section = html[html.index('id="facet-month"'):]
    section = section[:section.index("</section>")]
    bars = {}
    for li in re.findall(r"<li>(.*?)</li>", section, re.S):
        link = re.search(r'<a href="([^"]+)"[^>]*data-value="(\d{4}-\d\d)"\s+title="([^"]*)"[^>]*: (\d+)', li)
        if link:
            bars[link.group(2)] = (int(link.group(4)), unescape(link.group(1)), link.group(3))
        else:
            title = re.search(r'<span class="empty" title="([^"]*): нет', li).group(1)
            bars[f"#{len(bars)}"] = (0, None, title)
    return bars


def test_months_under_a_period_count_only_the_period_and_narrow_it(client):
    whole_year = _month_bars(client.get("/?year=2019").get_data(as_text=True))
    with_documents = sorted(m for m, (count, _, _) in whole_year.items() if count)
    assert len(with_documents) >= 2
    first, start = with_documents[0], with_documents[1]
    resp = client.get(f"/?year=2019&from={start}-01&to=2019-12-31")
    bars = _month_bars(resp.get_data(as_text=True))
    # the months add up to what was found: the months before the period are empty and say why
    assert sum(count for count, _, _ in bars.values()) == total(resp) < total(client.get("/?year=2019"))
    assert first not in bars and any("вне выбранного периода" in title for _, href, title in bars.values()
                                     if href is None)
    # a month narrows the period (from mid-month on, its part of the month), never replaces it
    resp = client.get(f"/?year=2019&from={start}-02&to=2019-12-31")
    _, href, _ = _month_bars(resp.get_data(as_text=True))[start]
    args = parse_qs(urlparse(href).query)
    last_day = {"02": 28, "04": 30, "06": 30, "09": 30, "11": 30}.get(start[5:], 31)
    assert (args["from"], args["to"], args["year"]) == ([f"{start}-02"], [f"{start}-{last_day}"], ["2019"])


def test_an_expanded_abbreviation_is_said_on_the_page(client):
    text = page_text(client.get("/?q=АНК"))
    assert "АНК: ищем и «Ассамблея народа Казахстана» в любой форме" in text
    assert "ищем и" not in page_text(client.get("/?q=Ассамблея"))
    # РОО stands for two full names, both said
    assert ("РОО: ищем и «республиканское общественное объединение» или «региональное общественное объединение» "
            "в любой форме") in page_text(client.get("/?q=РОО"))


def test_quotes_say_the_expanded_abbreviation_too(client):
    assert "АНК: ищем и «Ассамблея народа Казахстана» в любой форме" in page_text(client.get("/quotes?q=АНК"))


def test_with_the_exact_form_the_expanded_name_is_said_to_be_searched_as_written(client):
    # «в любой форме» was said while only «Ассамблея народа Казахстана» as written was searched
    assert "АНК: ищем и «Ассамблея народа Казахстана» в этой форме" in page_text(client.get("/?q=АНК&exact=1"))
    assert "в этой форме" in page_text(client.get("/quotes?q=АНК&exact=1"))


def test_a_quote_with_two_speakers_links_and_cites_both(tmp_path):
    from index.records import DocumentRecord, PassageRecord
    from index.store import IndexWriter

    text = "Депутат А. Платонов отметил роль медиации. Депутат С.Абдрахманов подчеркнул, что вмешательство недопустимо."
    with IndexWriter(tmp_path / "index", create=True) as writer:
        writer.add(DocumentRecord(
            doc_id="two", title="Круглый стол", text=text, format="txt", paths=["/a/two.txt"],
            speakers=["А. Платонов", "С. Абдрахманов"], content_hash="two" * 6,
            passages=[PassageRecord(text, 0, speakers=["А. Платонов", "С. Абдрахманов"])]))
    app = create_app(tmp_path / "index", testing=True)
    try:
        resp = app.test_client().get("/quotes?q=вмешательство&speakers=С.+Абдрахманов")
        html = resp.get_data(as_text=True)
        assert re.findall(r'class="speaker"[^>]*>([^<]+)</a>', html) == ["А. Платонов", "С. Абдрахманов"]
        assert "— А. Платонов, С. Абдрахманов; Круглый стол" in unescape(html)
    finally:
        app.extensions["assembly_search"].close()


def test_a_long_facet_tells_how_to_type_its_own_field(tmp_path):
    from index.records import DocumentRecord
    from index.store import IndexWriter

    names = [f"А. Фамилия{n:03d}" for n in range(90)]  # more than the panel lists
    with IndexWriter(tmp_path / "index", create=True) as writer:
        for n, name in enumerate(names):
            writer.add(DocumentRecord(
                doc_id=f"m{n}", title="Встреча с волонтерами", text="Волонтеры провели встречу.", format="txt",
                paths=[f"/a/m{n}.txt"], persons=[name], speakers=[name], content_hash=f"m{n:05d}" * 4))
    app = create_app(tmp_path / "index", testing=True)
    try:
        html = app.test_client().get("/?q=волонтеры").get_data(as_text=True)
        hints = {name: re.search(r'class="hint">.*?<code>(.*?)</code>', section, re.S).group(1)
                 for name, section in re.findall(r'id="facet-(\w+)">(.*?)</section>', html, re.S)
                 if 'class="hint"' in section}
        assert hints == {"speakers": "speaker:Фамилия", "persons": "person:Фамилия"}
    finally:
        app.extensions["assembly_search"].close()


def test_a_chosen_value_past_the_panel_s_first_values_is_shown_first_and_marked(tmp_path):
    # a rare speaker chosen from a badge or the fold's hint was missing from a panel that looked unfiltered
    from index.records import DocumentRecord
    from index.store import IndexWriter

    common = [f"А. Фамилия{n:03d}" for n in range(80)]
    with IndexWriter(tmp_path / "index", create=True) as writer:
        for n, name in enumerate(common * 2 + ["Я. Редкий"]):  # the rare one last of 81
            writer.add(DocumentRecord(
                doc_id=f"m{n}", title="Встреча", text="Встреча прошла.", format="txt", paths=[f"/a/m{n}.txt"],
                persons=[name], content_hash=f"m{n:05d}" * 4))
    app = create_app(tmp_path / "index", testing=True)
    try:
        html = app.test_client().get("/", query_string={"persons": "Я. Редкий"}).get_data(as_text=True)
        section = re.search(r'id="facet-persons">(.*?)</section>', html, re.S).group(1)
        values = re.findall(r'data-value="([^"]+)"', section)
        assert values[0] == "Я. Редкий" and re.findall(r'class="selected" data-value="([^"]+)"', section) == ["Я. Редкий"]
    finally:
        app.extensions["assembly_search"].close()


def test_the_year_histogram_is_a_timeline_with_empty_years_and_a_chosen_one_in_place(client):
    # empty years vanished (2012 beside 2014), and a chosen empty year was drawn after the newest
    html = client.get("/", query_string={"year": "2014"}).get_data(as_text=True)
    section = re.search(r'id="facet-year">(.*?)</section>', html, re.S).group(1)
    years = re.findall(r'data-value="(\d{4})"', section)
    assert years == [str(y) for y in range(2014, int(years[-1]) + 1)] and int(years[-1]) > 2016
    assert re.search(r'<a href="[^"]*" class="selected" data-value="2014"', section)  # chosen: a link to remove it
    assert '<span class="empty" data-value="2015" title="2015: нет документов" aria-hidden="true">' in section
    assert '<span class="sr">2015: нет документов</span>' in section  # what a screen reader reads of it


def test_facet_parameters_of_the_page_take_what_the_query_s_fields_take(client):
    # `/?language=казахский` (what `lang:казахский` takes) found nothing
    resp = client.get("/", query_string={"language": "казахский"})
    assert total(resp) == total(client.get("/", query_string={"language": "kk"})) > 0
    chips = re.findall(r'<a class="chip" href="([^"]+)"[^>]*>([^<]+)<', resp.get_data(as_text=True))
    assert [(query_of(unescape(h)), unescape(label).strip()) for h, label in chips] == [({}, "язык: казахский")]


def test_the_text_of_a_kazakh_or_english_document_says_its_language(client):
    # only <html lang="ru">: a screen reader read Kazakh and English text with Russian pronunciation
    assert '<div class="fulltext" id="text" lang="kk">' in client.get("/doc/k1").get_data(as_text=True)
    assert '<div class="fulltext" id="text">' in client.get("/doc/a1").get_data(as_text=True)



def test_a_kazakh_or_english_hit_or_quote_says_its_language_in_the_lists(client):
    # the document page alone said it: the results and quotes pages read the titles, snippets and
    # quotes of Kazakh and English documents with Russian pronunciation
    def hits(path: str, **params) -> list[str]:
        html = client.get(path, query_string=params).get_data(as_text=True)
        return re.findall(r'<li class="(?:hit|quote)" id="hit-\d+">(.*?)</li>', html, re.S)

    for lang, word in (("kk", "жастар"), ("en", "Assembly")):
        found = hits("/", q=word, language=lang)
        assert found and all(re.search(rf'class="title" lang="{lang}">', hit) for hit in found), found
        assert all(f'<p class="snippet" lang="{lang}">' in hit for hit in found), found
        quotes = hits("/quotes", q=word, language=lang)
        assert quotes and all(f'<blockquote lang="{lang}">' in quote for quote in quotes), quotes
        assert all(re.search(rf'class="title"[^>]* lang="{lang}">', quote) for quote in quotes), quotes
    # Russian, as the page is: no markup added
    assert not any("lang=" in hit for hit in hits("/", q="Ассамблеи", language="ru") + hits("/quotes", q="Ассамблеи"))


def test_a_kazakh_statement_quoted_in_a_russian_report_is_a_kazakh_quote(tmp_path):
    # a quote had its document's language: this one counted under «русский», lang:kk missed it, and
    # a screen reader read it with the Russian voice
    archive, index = tmp_path / "archive", tmp_path / "index"
    archive.mkdir()
    (archive / "mixed.txt").write_text(MIXED_REPORT, encoding="utf-8")
    _ingested([archive], index)
    for moved in (False, True):
        if moved:  # a moved file is written again from what the index stored: the quote keeps its language
            (archive / "mixed.txt").rename(archive / "karaganda.txt")
            _ingested([archive], index, prune=True)
        app = create_app(index, testing=True)
        try:
            client = app.test_client()
            quotes = client.get("/api/quotes", query_string={"q": "парызы"}).get_json()
            assert quotes["total"] == 1
            assert [(f["value"], f["count"]) for f in quotes["facets"]["language"]] == [("kk", 1)]
            assert client.get("/api/quotes", query_string={"q": "парызы lang:kk"}).get_json()["total"] == 1
            html = client.get("/quotes", query_string={"q": "парызы"}).get_data(as_text=True)
            assert '<blockquote lang="kk">' in html
            assert 'class="title" href="/doc' in html
            assert not re.search(r'class="title"[^>]* lang=', html)  # the document's title is Russian
            box = re.search(r'<div class="citation"[^>]*>(.*?)</div>', html, re.S).group(1)
            assert re.findall(r'<span lang="(\w+)">', box) == ["kk"], box  # the quote, not the Russian title
            # its Russian paragraphs, a Kazakh name in one of them, stay Russian; the document too
            assert client.get("/api/quotes", query_string={"q": "Тілеуберді lang:ru"}).get_json()["total"] == 1
            assert client.get("/api/quotes", query_string={"q": "курсы lang:ru"}).get_json()["total"] == 1
            assert client.get("/api/search", query_string={"q": "парызы"}).get_json()["hits"][0]["language"] == "ru"
        finally:
            app.extensions["assembly_search"].close()


@contextmanager
def _mixed_archive_client(tmp_path, more: dict[str, str] | None = None):
    """A test client over the two mixed-language reports (and `more` files: name -> text), ingested."""
    archive, index = tmp_path / "archive", tmp_path / "index"
    write_mixed_archive(archive)
    for name, text in (more or {}).items():
        (archive / name).write_text(text, encoding="utf-8")
    _ingested([archive], index)
    app = create_app(index, testing=True)
    try:
        yield app.test_client()
    finally:
        app.extensions["assembly_search"].close()


def test_a_passage_in_another_language_says_it_on_the_document_page(tmp_path):
    # the quotes tab read a Kazakh statement in a Russian report as Kazakh, the document page as
    # Russian (a Russian one in a Kazakh report as Kazakh): its paragraph had the document's lang
    with _mixed_archive_client(tmp_path) as client:
        for word, own, document in (("парызы", "kk", "ru"), ("объединяет", "ru", "kk")):
            hit = client.get("/api/quotes", query_string={"q": word}).get_json()["hits"][0]
            anchor = hit["url"].split("#")[1]
            html = client.get(f"/doc/{hit['document_id']}", query_string={"q": word}).get_data(as_text=True)
            text = re.search(r'<div class="fulltext" id="text"([^>]*)>(.*?)</div>', html, re.S)
            assert text.group(1) == ("" if document == "ru" else f' lang="{document}"')  # the document's language
            paragraphs = re.findall(r"<p([^>]*)>(.*?)</p>", text.group(2), re.S)
            marked = [attrs for attrs, inner in paragraphs if "<mark" in inner]
            assert len(marked) == 1 and marked[0] == f' id="{anchor}" lang="{own}"', marked
            assert not any("lang=" in attrs for attrs, inner in paragraphs if "<mark" not in inner)  # the others: the document's
            passages = client.get(f"/api/documents/{hit['document_id']}").get_json()["passages"]
            assert [p["language"] for p in passages if f"p-{p['position']}" == anchor] == [own]
            assert {p["language"] for p in passages if f"p-{p['position']}" != anchor} == {document}



def test_a_quote_opened_from_the_quotes_tab_is_found_by_its_search_on_the_document_page(tmp_path):
    # a Kazakh quote of a Russian report, opened from /quotes?language=kk: the page applied the
    # passage's filter to the whole document and said the search that had just listed it «не находит»
    with _mixed_archive_client(tmp_path) as client:
        listed = client.get("/quotes", query_string={"q": "парызы", "language": "kk"}).get_data(as_text=True)
        links = [unescape(h) for h in re.findall(r'<a class="title" href="(/doc/[^"#]+)', listed)]
        assert len(links) == 1 and "back=quotes" in links[0]
        text = page_text(client.get(links[0]))
        assert "Совпадений с запросом «парызы»: 1" in text and "не находит" not in text
        # a quote search that leaves out each of its passages still says so: a filter, an excluded word
        doc = links[0].split("?")[0]
        for query, chosen, why in (("парызы", {"language": "en"}, "его не пропускает отбор"),
                                   ("парызы -тілді", {"language": "kk"}, "в нём есть исключённое запросом слово «тілді»")):
            assert client.get("/api/quotes", query_string={"q": query, **chosen}).get_json()["total"] == 0
            text = page_text(client.get(doc, query_string={"q": query, **chosen, "back": "quotes"}))
            assert f"Поиск по запросу «{query}» этот документ не находит: {why}" in text
        # the same link without back=quotes is the document search's, whose filters are the document's
        text = page_text(client.get(doc, query_string={"q": "парызы", "language": "kk"}))
        assert "этот документ не находит: его не пропускает отбор" in text

KAZAKH_TITLE_REPORT = """Наурыз – бірлік пен жаңару мерекесі

Шымкент, 12 марта 2020 г. В Шымкенте Дом дружбы провел праздничный вечер, посвященный празднику весны.

В программе вечера прозвучали песни на казахском, русском, корейском и немецком языках.

Summary. The spring festival gathered ethnocultural associations, and their choirs sang in four languages.
"""


def test_a_snippet_or_title_in_another_language_than_its_document_says_its_own(tmp_path):
    # snippets and titles had their document's lang: a Russian sentence of Kazakh news was read as
    # Kazakh, a Kazakh statement or an English summary of a Russian report as Russian, and a Kazakh
    # heading over a Russian text as Russian in the list, the <h1> and its paragraph
    with _mixed_archive_client(tmp_path, {"nauryz.txt": KAZAKH_TITLE_REPORT}) as client:

        def hit(word: str) -> tuple[str, str]:
            html = client.get("/", query_string={"q": word}).get_data(as_text=True)
            found = re.findall(r'<li class="hit" id="hit-\d+">(.*?)</li>', html, re.S)
            assert len(found) == 1, (word, found)
            title = re.search(r'<a href="[^"]*" class="title"([^>]*)>', found[0]).group(1)
            snippet = re.search(r'<p class="snippet"([^>]*)>', found[0]).group(1)
            return title, snippet

        assert hit("парызы") == ("", ' lang="kk"')  # a Russian report quoting Kazakh
        assert hit("строим") == (' lang="kk"', "")  # Kazakh news quoting Russian: the page's ru
        assert hit("праздничный") == (' lang="kk"', "")  # a Kazakh heading over Russian text
        assert hit("choirs") == (' lang="kk"', ' lang="en"')  # its English summary
        api = client.get("/api/search", query_string={"q": "choirs"}).get_json()["hits"][0]
        assert (api["language"], api["title_language"], api["snippet_language"]) == ("ru", "kk", "en")
        page = client.get(f"/doc/{api['id']}").get_data(as_text=True)
        assert '<h1 lang="kk">Наурыз – бірлік пен жаңару мерекесі</h1>' in page
        assert '<p id="p-0" lang="kk">' in page
        # a Russian title naming a Kazakh event, or a Kazakh name, stays Russian
        passages = client.get("/api/documents/" + client.get("/api/search", query_string={"q": "парызы"}).get_json()[
            "hits"][0]["id"]).get_json()["passages"]
        assert passages[0]["language"] == "ru"
        quotes = client.get("/quotes", query_string={"q": "праздничный"}).get_data(as_text=True)
        assert re.search(r'class="title"[^>]* lang="kk">Наурыз', quotes)


def test_each_tab_says_what_its_language_facet_counts(tmp_path):
    # `парызы lang:kk` found the Kazakh quote of a Russian report on the quotes tab and not on the
    # documents tab, and neither page said why: a document counts by most of its text
    with _mixed_archive_client(tmp_path) as client:

        def language_facet(path: str) -> str:
            html = client.get(path, query_string={"q": "парызы"}).get_data(as_text=True)
            return re.search(r'<section class="facet" id="facet-language">(.*?)</section>', html, re.S).group(1)

        documents, quotes = language_facet("/"), language_facet("/quotes")
        assert "<h3>Язык документа</h3>" in documents and "Язык большей части текста" in documents
        link = re.search(r'<p class="hint facet-note">.*?<a href="([^"]+)">на вкладке «Цитаты»</a>', documents, re.S)
        assert link and query_of(unescape(link.group(1))) == {"q": ["парызы"]} and link.group(1).startswith("/quotes")
        assert "<h3>Язык цитаты</h3>" in quotes and "Язык самой цитаты" in quotes and "на вкладке" not in quotes
        assert re.search(r'data-value="ru"', documents) and re.search(r'data-value="kk"', quotes)


def test_a_kazakh_or_english_suggestion_and_citation_say_their_language(client):
    # «қазақстан» offered for «казакстан», and a Kazakh quote's citation, were read as Russian
    def suggestion(path: str, q: str) -> dict[str, str]:
        return elements(client.get(path, query_string={"q": q}), "a", id="suggestion")[0]

    for path in ("/", "/quotes"):
        # `казакстан` alone is now offered the Russian «Казахстан» the samples write far more often
        assert suggestion(path, "казакстан халкы" if path == "/" else "багдарламасы")["lang"] == "kk"
        assert suggestion(path, "Assambly")["lang"] == "en"
        assert "lang" not in suggestion(path, "ассамблия")  # Russian, as the page
    html = client.get("/quotes", query_string={"q": "жастар"}).get_data(as_text=True)
    box = re.search(r'<div class="citation" id="citation-0">(.*?)</div>', html, re.S).group(1)
    # the quote, the title and a Kazakh document's date («2023 жылғы 15 наурыз», index.citing_words) in Kazakh,
    # the marks around them in the page's Russian
    assert re.fullmatch(r'<span class="cited">«<span lang="kk">Рухани [^<]+</span>»; <span lang="kk">Қазақстан халқы Ассамблеясы</span>'
                        r'<span lang="kk">, 2023\u00a0жылғы 15\u00a0наурыз</span></span><span class="before-link">\. </span>'
                        r'<a class="permalink" href="[^"]+" aria-label="[^"]+">[^<]+</a>', box), box
    assert unescape(re.sub(r"<[^>]+>", "", box.split('<span class="before-link">')[0])) == citation(
        "Рухани жаңғыру бағдарламасы аясында жастар кездесуі өтті.", [], "Қазақстан халқы Ассамблеясы",
        date(2023, 3, 15), None, language="kk")  # the words copied are the same
    russian = client.get("/quotes", query_string={"q": "Платонов"}).get_data(as_text=True)
    assert "<span lang" not in re.search(r'<div class="citation"[^>]*>(.*?)</div>', russian, re.S).group(1)


@pytest.mark.parametrize("path", ["/", "/quotes"])
def test_following_a_spelling_suggestion_keeps_the_typed_filters(client, path):
    # «Возможно, вы имели в виду: ассамблея» for `ассамблия speaker:Токаев` led to every speaker's
    # documents: the filter typed in the box was gone from the link, and its chip with it
    api = "/api/search" if path == "/" else "/api/quotes"
    link = elements(client.get(path, query_string={"q": "ассамблия speaker:Токаев"}), "a", id="suggestion")[0]
    followed = client.get(unescape(link["href"]))
    assert parse_qs(urlparse(unescape(link["href"])).query)["q"] == ["ассамблея speaker:Токаев"]
    chips = re.findall(r'<a class="chip"[^>]*>([^<]*)<', followed.get_data(as_text=True))
    assert any("Токаев" in chip for chip in chips), chips
    narrowed = client.get(api, query_string={"q": "ассамблея speaker:Токаев"}).get_json()["total"]
    assert 0 < total(followed) == narrowed < client.get(api, query_string={"q": "ассамблея"}).get_json()["total"]
    # the suggestion's words say their language, the filter's Cyrillic value notwithstanding
    english = elements(client.get(path, query_string={"q": "Assambly -speaker:Токаев"}), "a", id="suggestion")[0]
    assert english["lang"] == "en"


@pytest.mark.parametrize("path", ["/", "/quotes"])
def test_a_filter_value_the_archive_lacks_is_said_beside_nothing_found(client, path):
    # «Ничего не найдено» alone: a misspelt or absent name read as «nothing about him»
    for params in ({"speakers": "Иванов"}, {"q": "topic:экология"}):
        resp = client.get(path, query_string=params)
        assert resp.status_code == 200 and total(resp) == 0
        said = ("В архиве нет такого значения: выступающий «Иванов». Выберите выступающего в списке фильтров или "
                "наберите фамилию целиком (в любом падеже, можно с инициалами) либо её начало со звёздочкой: Иван*."
                if "speakers" in params else
                "В архиве нет такого значения: тема «экология». Выберите тему в списке фильтров.")
        assert said in page_text(resp)
    assert "unknown-note" not in client.get(path, query_string={"speakers": "А. Платонов"}).get_data(as_text=True)


def test_the_query_box_is_left_as_typed_by_a_phones_keyboard(client):
    for url in ("/", "/quotes", "/?q=заседание&exact=1"):
        box = elements(client.get(url), "input", id="q")[0]
        # a capital the keyboard adds is another query (in the tester's archive «Узбеков» found nothing, «узбеков» one)
        assert (box["autocapitalize"], box["autocorrect"], box["spellcheck"]) == ("none", "off", "false"), url
        assert box["enterkeyhint"] == "search"
        # Back to the page must not bring back a form edited for the next one
        assert elements(client.get(url), "form", role="search")[0]["autocomplete"] == "off"


def test_a_result_opened_leads_back_to_its_place_in_the_list(client):
    for path, item in (("/", "hit"), ("/quotes", "quote")):
        html = client.get(path + "?q=заседание&page=2").get_data(as_text=True)
        numbers = re.findall(rf'<li class="{item}" id="hit-(\d+)">', html)
        assert numbers == [str(n) for n in range(11, 21)], path
        first = unescape(next(h for h in re.search(r'<a (?:class="title" href="([^"]+)"|href="([^"]+)" class="title")',
                                                   html).groups() if h))
        assert query_of(first)["hit"] == ["11"]
        back = elements(client.get(first.split("#")[0]), "a", id="back-to-results")[0]["href"]
        assert back.startswith(path + "?q=") and "page=2" in back and back.endswith("#hit-11"), back
    # a number that is none: the list without an anchor, no error
    # (4,301 digits are past Python's int() limit: a 500 before)
    for bad in ("abc", "-3", "0", "٣", "99999999999", "9" * 4301, "0" * 5000 + "1" * 4301):
        back = elements(client.get("/doc/p1?q=заседание&hit=" + bad), "a", id="back-to-results")[0]["href"]
        assert "#" not in back, bad[:20]
    back = elements(client.get("/doc/p1?q=заседание&hit=" + "0" * 5000 + "12"), "a", id="back-to-results")[0]["href"]
    assert back.endswith("#hit-12")


# -- wording (the Russian editor's review) -----------------------------------------------------
def test_an_empty_archive_says_so_instead_of_nothing_found_and_query_tips(tmp_path):
    # a fresh installation, an ingest of an empty folder: «Ничего не найдено. Как расширить поиск:
    # уберите из запроса лишние слова…» before anything was typed, «В архиве 0 документов, сначала
    # новые», a skip link to an empty filter panel, and the quotes tab's «выберите его в списке
    # «Выступающие»», a list that was not there
    from assembly_search.cli import main

    (tmp_path / "folder").mkdir()
    assert main(["ingest", str(tmp_path / "folder"), "--index", str(tmp_path / "index")]) == 0
    app = create_app(tmp_path / "index", testing=True)
    client = app.test_client()
    try:
        # and an empty filter panel: its heading alone, or with year:2019 «2019 — 0 документов» and twelve
        # «нет документов» months
        for url in ("/", "/quotes", "/?q=форум", "/quotes?q=форум", "/?q=year:2019", "/quotes?q=year:2019"):
            resp = client.get(url)
            assert not elements(resp, "aside", id="facets"), url
            text = page_text(resp)
            assert resp.status_code == 200 and elements(resp, "div", id="archive-empty"), url
            assert ("Архив пока пуст: в нём нет ни одного документа. Администратору: добавьте документы командой "
                    "assembly-search ingest ПАПКА.") in text, url
            for said in ("Ничего не найдено", "Как расширить поиск", "сначала новые", "К фильтрам", "Выступающие"):
                assert said not in text, (url, said)
            assert elements(resp, "input", id="q")[0]["aria-describedby"] == "archive-empty"
    finally:
        app.extensions["assembly_search"].close()


def test_a_latin_query_that_finds_nothing_is_told_latin_does_not_find_cyrillic(client):
    # `Platonov` found nothing, offered nothing and advised «проверьте раскладку»: the layout was fine
    def page(q: str) -> str:
        return " ".join(unescape(re.sub(r"<[^>]+>", " ", client.get("/", query_string={"q": q}).get_data(as_text=True))).split())

    latin = page("Platonov")
    assert "Возможно, вы имели в виду: Платонов" in latin
    for text in (latin, page("Zyzyuka speaker:Платонов")):
        assert "слова латиницей не находят текст на кириллице" in text and "раскладку" not in text
    cyrillic = page("зюзюка speaker:Platonov")
    assert "проверьте раскладку" in cyrillic and "латиницей" not in cyrillic
    # a Cyrillic word with a Latin look-alike (K) is a layout slip, and is offered its Kazakh spelling
    mixed = page("Kазақстан")
    assert "Возможно, вы имели в виду: Қазақстан" in mixed
    assert "проверьте раскладку" in mixed and "латиницей" not in mixed


def test_the_zero_hit_tips_are_punctuated_alike(client):
    # the links «снять фильтр «год: 2019»» ended with nothing, the other tips with «;» and the last «.»
    html = client.get("/?q=зюзюка&speakers=А.+Платонов&year=2016").get_data(as_text=True)
    tips = [" ".join(unescape(re.sub(r"<[^>]+>", "", tip)).split())
            for tip in re.findall(r"<li>(.*?)</li>", re.search(r'id="nothing-found">(.*?)</div>', html, re.S).group(1),
                                  re.S)]
    assert tips[0] == "снять фильтр «выступающий: А. Платонов»;" and len(tips) > 4
    assert all(tip.endswith(";") for tip in tips[:-1]) and tips[-1].endswith(".")


@pytest.mark.parametrize("params,said", [
    # the command line's «--from и --to», and a `year=` the person never typed
    ({"q": "year:2019-"}, "В «year:2019-» нужны оба года, например year:2019-2021; для периода без конца заполните "
                          "только поле «с» (или «по»)."),
    ({"year": "2019-"}, "В «год: 2019-» нужны оба года, например year:2019-2021; для периода без конца заполните "
                        "только поле «с» (или «по»)."),
])
def test_a_refused_year_is_said_in_the_pages_words_and_in_the_apis_in_the_api(client, params, said):
    for path in ("/", "/quotes"):
        resp = client.get(path, query_string=params)
        assert resp.status_code == 400 and said in page_text(resp), path
        assert "командной строке" not in page_text(resp) and "year=" not in page_text(resp)
    api = client.get("/api/search", query_string=params).get_json()["error"]
    assert "датой from или to (в командной строке --from или --to)" in api


def test_dates_and_page_numbers_keep_together_and_the_citation_dates_as_its_source_line(client):
    # «28 апреля 2019 г.» and «с. 1» with plain spaces broke at «2019 | г.» or «с. | 1» on a phone;
    # the citation under «20 апреля 2018 г.» said «20.04.2018»
    html = client.get("/quotes?q=языковой+политики").get_data(as_text=True)
    quote = next(li for li in re.findall(r'<li class="quote".*?</li>', html, re.S) if "Кул-Мухаммед" in li)
    assert '<span class="date">20\u00a0апреля 2018\u00a0г.</span>' in quote
    assert '<span class="page">с.&nbsp;1</span>' in quote
    assert unescape(re.search(r"<div class=\"citation\"[^>]*>(.*?)</div>", quote, re.S).group(1)).split("</span>")[0].endswith(
        ", 20\u00a0апреля 2018\u00a0г., с.\u00a01")
    assert ">28\u00a0апреля 2019\u00a0г." in client.get("/?q=единства+народа").get_data(as_text=True)  # a result's badge


def test_thousands_are_spaced_alike_in_the_count_the_facets_and_the_year_bars(tmp_path):
    # «Найден 1 001 документ» above «текст 1001» and a year bar «1001» in the same panel: one rule
    # now, Russian typography's (a number of four digits whole, of five and more spaced)
    from conftest import make_record
    from index.store import IndexWriter
    from search_app.text import thousands

    assert (thousands(1001), thousands(12345), thousands(1234567)) == ("1001", "12\u00a0345", "1\u00a0234\u00a0567")

    with IndexWriter(tmp_path, create=True) as writer:
        for i in range(1001):
            writer.add(make_record(f"t{i}", f"Заседание {i}", [f"Заседание совета номер {i}."],
                                   when=date(2020, 3, 1), topics=[f"тема {i:04d}"]))
    app = create_app(tmp_path, testing=True)
    try:
        html = app.test_client().get("/?q=заседание").get_data(as_text=True)
        assert "Найден 1001 документ" in html
        assert re.search(r'<span class="name">текст</span> <span class="count">1001</span>', html)
        assert '<span class="count" aria-hidden="true">1001</span>' in html  # the year's bar
        assert 'title="2020: 1001 документ"' in html
        assert '<summary>ещё 993<span class="sr"> темы</span></summary>' in html and "и ещё 933:" in html
    finally:
        app.extensions["assembly_search"].close()


def test_a_page_past_the_largest_says_the_page_asked_and_one_page_is_not_the_last_1st(client):
    # «Страницы 1000 нет: результаты занимают 1 страницу. Перейти на последнюю, 1-ю» for page=1001
    resp = client.get("/", query_string={"q": "Платонов", "page": 1001})
    assert total(resp) <= 10
    assert "Страницы 1001 нет: результаты умещаются на одной странице. Перейти к ней" in page_text(resp)
    assert ", страницы 1001 нет: всего 1 страница — " in re.search(r"<title>([^<]*)</title>",
                                                                  resp.get_data(as_text=True)).group(1)


@pytest.mark.parametrize("url,title", [
    # «год:2019, год: 2019: найдено…», «…speaker:Платонов, выступающий: А. Платонов…», «— цитаты — »
    ("/?q=год:2019", "год: 2019: найдено "),
    ("/?q=заседание+speaker:Платонов", "заседание, выступающий: А. Платонов: найден"),
    ("/?q=заседание+-speaker:Платонов", "заседание, исключено — выступающий: А. Платонов: найдено "),  # as its chip
    ("/quotes?q=согласия", "согласия: найден"),
])
def test_the_window_title_says_a_typed_filter_once_and_names_the_tab(client, url, title):
    said = re.search(r"<title>([^<]*)</title>", client.get(url).get_data(as_text=True)).group(1)
    tab = "Поиск цитат" if url.startswith("/quotes") else "Поиск по архиву"
    assert said.startswith(title) and said.endswith(f" — {tab} — Архив Ассамблеи народа Казахстана"), said


def test_both_tabs_label_their_export_and_the_format_badge_is_not_in_capitals(client):
    # the quotes tab's «CSV · JSON · искать документы» had no label, the other tab's link sat in the
    # export line, and «текст» was drawn «ТЕКСТ» beside «PDF»
    for path, other in (("/", "Искать цитаты по этому запросу"), ("/quotes", "Искать документы по этому запросу")):
        html = client.get(path, query_string={"q": "заседание"}).get_data(as_text=True)
        export = " ".join(re.sub(r"<[^>]+>", " ", re.search(r'<p class="export">(.*?)</p>', html).group(1)).split())
        assert export == "Выгрузить: CSV · JSON", path
        assert re.search(r'<p class="other-tab"><a href="[^"]+">' + other + "</a></p>", html), path
    css = client.get("/static/style.css").get_data(as_text=True)
    assert "uppercase" not in re.search(r"\.badge\.format \{[^}]*\}", css).group(0)


def test_the_document_page_names_a_text_files_encoding_by_its_standard_name(tmp_path):
    # «кодировка utf-8», «кодировка cp1251»: Python's codec names
    from assembly_search.cli import main

    folder = tmp_path / "folder"
    folder.mkdir()
    (folder / "utf.txt").write_text("Заседание Совета\n\nАстана, 5 марта 2019 года. Прошло заседание.", encoding="utf-8")
    (folder / "win.txt").write_bytes("Встреча ветеранов\n\nАстана, 6 марта 2019 года. Прошла встреча.".encode("cp1251"))
    assert main(["ingest", str(folder), "--index", str(tmp_path / "index")]) == 0
    app = create_app(tmp_path / "index", testing=True)
    client = app.test_client()
    try:
        for query, name in (("заседание", "UTF-8"), ("встреча", "windows-1251")):
            [hit] = client.get("/api/search", query_string={"q": query}).get_json()["hits"]
            assert f", кодировка {name} Язык" in page_text(client.get(f"/doc/{hit['id']}")), query
    finally:
        app.extensions["assembly_search"].close()


@pytest.mark.parametrize("period,chip", [
    # «1 января 2019 г. — 31 декабря 2019 г.», «март 2019» without «г.», «5 марта 2019 г. — 20 марта 2019 г.»
    ({"from": "2019", "to": "2019"}, "период: 2019\u00a0г."),
    ({"from": "2019", "to": "2021"}, "период: 2019–2021\u00a0гг."),
    ({"from": "2019-03", "to": "2019-03"}, "период: март 2019\u00a0г."),
    ({"from": "2019-03", "to": "2019-05"}, "период: март — май 2019\u00a0г."),
    ({"from": "2019-03-05", "to": "2019-03-20"}, "период: 5–20\u00a0марта 2019\u00a0г."),
    ({"from": "2019-03-05", "to": "2019-04-20"}, "период: 5\u00a0марта — 20\u00a0апреля 2019\u00a0г."),
    ({"from": "2019-03-05", "to": "2020-04-20"}, "период: 5\u00a0марта 2019\u00a0г. — 20\u00a0апреля 2020\u00a0г."),
])
def test_the_period_chip_says_a_year_a_month_or_days_as_people_do(client, period, chip):
    html = client.get("/", query_string={"q": "заседание"} | period).get_data(as_text=True)
    assert re.findall(r'class="chip"[^>]*>([^<]+?) <', html) == [chip]


def test_a_chips_words_typed_in_the_box_search_its_filter_and_the_help_shows_them(client):
    # «упоминается: А. Платонов» typed back was refused, in words the page never uses (спикер:, лицо:)
    for typed, chip in (("упоминается:Платонов", "упоминается: А. Платонов"),
                        ("выступающий:Платонов", "выступающий: А. Платонов")):
        resp = client.get("/", query_string={"q": "заседание " + typed})
        assert resp.status_code == 200 and chip in re.findall(r'class="chip"[^>]*>([^<]+?) <', resp.get_data(as_text=True))
    assert "<code>speaker:Токаев</code> или <code>выступающий:Токаев</code>" in client.get("/").get_data(as_text=True)


@pytest.fixture(scope="module")
def volume_client(tmp_path_factory):
    """A collected volume of 40 speeches naming 60 people, beside an ordinary one-speaker item."""
    from conftest import make_record
    from index.store import IndexWriter

    syllables = ["ба", "ка", "да", "ма", "са", "та", "на", "ла"]
    names = [f"К. {a}{b}ев".title() for a in syllables for b in syllables][:60]
    speeches = [f"{name} отметил значение Ассамблеи народа." for name in names[:40]]
    path = tmp_path_factory.mktemp("volume") / "index"
    with IndexWriter(path, create=True) as writer:
        writer.add(make_record("vol", "Сборник выступлений", ["Сборник выступлений на сессии."] + speeches,
                               when=date(2019, 4, 28), speakers=names[:40], persons=names,
                               speaker_of={i + 1: name for i, name in enumerate(names[:40])}))
        writer.add(make_record("one", "Заметка", ["А. Платонов отметил значение Ассамблеи народа."],
                               when=date(2019, 5, 1), speakers=["А. Платонов"], persons=["А. Платонов"]))
    app = create_app(path, testing=True)
    yield app.test_client(), names
    app.extensions["assembly_search"].close()


def _hit_of(page: str, title: str) -> str:
    return next(h[:h.index("</li>")] for h in page.split('<li class="hit')[1:] if title in h)


def test_a_hit_naming_many_speakers_shows_a_few_and_how_many_more(volume_client):
    # a transcript's hit showed all its speakers as badges: 1,620 of them, 425 KB of one hit
    client, names = volume_client
    page = client.get("/", query_string={"q": "Ассамблеи"}).get_data(as_text=True)
    hit = _hit_of(page, "Сборник выступлений")
    assert hit.count("badge speaker") == 6 and names[0] in hit and names[6] not in hit
    more = re.search(r'<a class="badge more" href="([^"]+)">и ещё 34 выступающих</a>', hit)
    assert more and unescape(more.group(1)).startswith("/doc/vol?") and more.group(1).endswith("#speakers")
    assert "badge more" not in _hit_of(page, "Заметка")
    # a speaker the search is narrowed to is shown, however far down the document's list
    narrowed = client.get("/", query_string={"q": "Ассамблеи", "speakers": names[30]}).get_data(as_text=True)
    hit = _hit_of(narrowed, "Сборник выступлений")
    assert hit.count("badge speaker") == 6 and names[30] in hit and "и ещё 34 выступающих" in hit


def test_the_document_page_folds_a_long_list_of_names_before_its_text(volume_client):
    # the text came after 4,051 name links; now 20 of each list, the rest behind «Показать всех (N)»
    client, names = volume_client
    page = client.get("/doc/vol", query_string={"q": "Ассамблеи"}).get_data(as_text=True)
    head = page[:page.index('id="text"')]
    unfolded = re.sub(r"<details class=\"names\">.*?</details>", "", head, flags=re.S)
    assert unfolded.count("badge speaker") == 20 and unfolded.count("badge person") == 20
    assert 'id="speakers"' in head
    folds = re.findall(r'<details class="names"><summary>(.*?)</summary>(.*?)</details>', head, flags=re.S)
    assert [summary for summary, _ in folds] == ["Показать всех (40)", "Показать всех (60)"]
    assert folds[0][1].count("badge speaker") == 20 and folds[1][1].count("badge person") == 40
    assert all(name in head for name in names)  # every name is still there, a click away
    short = client.get("/doc/one").get_data(as_text=True)
    assert "<details class=\"names\"" not in short and "А. Платонов" in short


@pytest.mark.parametrize("address", ["/static/..%2F..%2F..%2Fetc%2Fpasswd?v=1", "/static/..%2F..%2F..%2Fdev%2Fzero?v=1",
                                     "/static/%2Fdev%2Fzero?v=1"])
def test_a_static_address_outside_the_static_folder_reads_nothing(client, address):
    # Flask asks a file's age by the URL's own name before it checks it: the version hash read
    # /etc/passwd, and /dev/zero for ever
    import search_app
    versions = client.application.extensions[search_app.STATIC_VERSIONS]
    assert client.get(address).status_code in (404, 308)  # `//dev/zero` is redirected to one slash first
    assert not any("passwd" in path or "zero" in path for path in versions._known)


@pytest.mark.parametrize("typed, label", [
    ("-speaker:Абдрахманов", "исключено — выступающий: С. Абдрахманов"),
    ("NOT speaker:Абдрахманов", "исключено — выступающий: С. Абдрахманов"),
    ("-year:2019", "исключено — год: 2019"),
])
def test_an_exclusion_typed_in_the_query_shows_as_a_chip_that_takes_it_out(client, typed, label):
    # `-speaker:`, `-year:`, `-folder:` narrowed the list with nothing on the page but the query box
    resp = client.get("/", query_string={"q": f"согласие {typed}"})
    html = resp.get_data(as_text=True)
    chips = dict((unescape(m[1]).strip(), unescape(m[0])) for m in
                 re.findall(r'<a class="chip" href="([^"]+)"[^>]*>([^<]*)<', html))
    assert label in chips
    assert query_of(chips[label]) == {"q": ["согласие"]}
    assert total(client.get(chips[label])) > total(resp)  # the chip gives back what the exclusion left out
    title = re.search(r"<title>(.*?)</title>", html, re.S).group(1)
    assert label in unescape(title) and typed.split(":")[0] not in unescape(title)  # said once, as the chip


def test_reset_all_takes_out_the_filters_typed_in_the_query_too(client):
    # «сбросить всё» removed the chosen facets but left speaker:/-year: typed in the query in force
    resp = client.get("/", query_string={"q": "согласие speaker:Абдрахманов -year:2018", "year": "2019",
                                         "month": "03", "day": "1"})
    html = resp.get_data(as_text=True)
    reset = unescape(re.search(r'<a class="chip-reset" href="([^"]+)"', html).group(1))
    assert query_of(reset) == {"q": ["согласие"]}


UKRAINIAN_NEWS = """Український вісник

Голова товариства Віктор Дідух зазначив, що громада зберігає рідну мову. Їхня ґазета виходить щомісяця.
"""
GERMAN_PAGE = """<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>Jubiläum</title></head><body>
<h1>Jubiläum der Gesellschaft «Wiedergeburt»</h1><p>Die Gesellschaft der Deutschen Kasachstans feierte in Nur-Sultan
ihr dreißigjähriges Bestehen. Der Vorsitzende Albert Rau betonte, dass die deutsche Sprache in den Familien
weiterlebt.</p></body></html>"""


def test_a_community_papers_language_is_named_not_taken_for_kazakh_or_english(tmp_path):
    # a Ukrainian text was «казахский» (lang="kk": read with a Kazakh voice, in lang:kk, without its
    # persons), a German page «английский» though it declared lang="de"
    with _mixed_archive_client(tmp_path, {"uk.txt": UKRAINIAN_NEWS, "de.html": GERMAN_PAGE}) as client:
        html = client.get("/", query_string={"q": "громада"}).get_data(as_text=True)
        hit = re.findall(r'<li class="hit" id="hit-\d+">(.*?)</li>', html, re.S)
        assert len(hit) == 1
        assert re.search(r'class="title" lang="uk"', hit[0]) and re.search(r'<p class="snippet" lang="uk">', hit[0])
        assert "украинский" in page_text(client.get("/", query_string={"q": "громада"}))
        found = client.get("/api/search", query_string={"q": "громада"}).get_json()["hits"][0]
        assert found["language"] == "uk"
        assert "В. Дідух" in client.get(f"/api/documents/{found['id']}").get_json()["persons"]
        for query, code in (("lang:украинский", "uk"), ("lang:uk", "uk"), ("lang:немецкий", "de")):
            hits = client.get("/api/search", query_string={"q": query}).get_json()["hits"]
            assert [h["language"] for h in hits] == [code], query
        assert client.get("/api/search", query_string={"q": "lang:kk Дідух"}).get_json()["total"] == 0
        assert client.get("/api/search", query_string={"q": "lang:en Wiedergeburt"}).get_json()["total"] == 0
