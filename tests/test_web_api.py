"""The JSON API and CSV export through Flask's test client over a real index."""
from __future__ import annotations

import csv
import html
import io
import json
import re
from datetime import date, timedelta
from urllib.parse import urlencode

import pytest

from conftest import make_record
from index.passage_links import passage_fingerprint
from index.store import IndexWriter
from search_app import create_app
from web_corpus import NEWS_COUNT, XSS_TITLE, build_web_index


@pytest.fixture(scope="module")
def client(tmp_path_factory):
    root = tmp_path_factory.mktemp("web-api")
    build_web_index(root / "index", root / "files")
    app = create_app(root / "index", testing=True)
    yield app.test_client()
    app.extensions["assembly_search"].close()


def get_json(client, url, status=200, **params):
    resp = client.get(url, query_string=params)
    assert resp.status_code == status, resp.get_data(as_text=True)
    assert resp.mimetype == "application/json"
    return resp.get_json()


def test_search_returns_hits_facets_and_paging(client):
    data = get_json(client, "/api/search", q="заседание", per_page=5, page=2)
    assert data["total"] == NEWS_COUNT
    assert data["page"] == 2 and data["per_page"] == 5 and data["page_count"] == 5
    assert len(data["hits"]) == 5
    hit = data["hits"][0]
    assert set(hit) >= {"id", "title", "date", "format", "language", "speakers", "persons", "topics",
                        "snippet_html", "score", "url"}
    assert "<mark>" in hit["snippet_html"]
    assert hit["url"].startswith(f"/doc/{hit['id']}?q=")
    # it opened at the top, where the page's own result link opens at the best match
    assert hit["url"].endswith("#best-match")
    page = client.get("/", query_string={"q": "заседание", "per_page": 5, "page": 2}).get_data(as_text=True)
    assert re.search(f'href="/doc/{hit["id"]}[^"]*#best-match"', page)
    assert all("#" not in h["url"] for h in get_json(client, "/api/search", q="speaker:Платонов")["hits"])
    assert set(data["facets"]) == {"speakers", "persons", "topics", "year", "language", "format", "month_of_year"}
    speakers = {f["value"]: f["count"] for f in data["facets"]["speakers"]}
    assert speakers["А. Платонов"] == NEWS_COUNT // 4
    # its files as the document page's «Расположение» lists them, and the documents of the same text it stands for
    assert hit["paths"] and hit["file_count"] == len(hit["paths"]) and hit["copies"] == []


def test_search_filters_dates_sort_mirror_the_page(client):
    data = get_json(client, "/api/search", q="заседание", speakers=["А. Платонов", "С. Абдрахманов"],
                    sort="oldest", **{"from": "2016", "to": "2019-12-31"})
    assert data["params"]["filters"] == {"speakers": ["А. Платонов", "С. Абдрахманов"]}
    dates = [h["date"] for h in data["hits"]]
    assert dates == sorted(dates) and all("2016" <= d[:4] <= "2019" for d in dates)
    assert all({"А. Платонов", "С. Абдрахманов"} & set(h["speakers"]) for h in data["hits"])
    selected = [f["value"] for f in data["facets"]["speakers"] if f["selected"]]
    assert sorted(selected) == ["А. Платонов", "С. Абдрахманов"]


def test_empty_query_browses_with_facets(client):
    data = get_json(client, "/api/search")
    dates = [h["date"] for h in data["hits"]]
    assert data["total"] >= 30 and dates == sorted(dates, reverse=True) and dates[0].startswith("2024")
    assert {f["value"] for f in data["facets"]["language"]} == {"ru", "kk", "en"}


def test_the_search_says_the_order_it_used(client):
    assert get_json(client, "/api/search")["sort"] == "newest"  # no words: nothing to be relevant to
    assert get_json(client, "/api/search", year="2019")["sort"] == "newest"
    assert get_json(client, "/api/search", q="заседание")["sort"] == "relevance"
    assert get_json(client, "/api/search", q="заседание", sort="oldest")["sort"] == "oldest"


def test_typed_speaker_filter_is_reported(client):
    data = get_json(client, "/api/search", q="speaker:Абдрахманов")
    assert data["filters"]["speakers"] == ["С. Абдрахманов"]


@pytest.mark.parametrize("url, key, found", [
    ("/api/search", "title", "Сессия Ассамблеи народа Казахстана"),
    # the quote search stayed strict: nothing, though a passage has two of the three words
    ("/api/quotes", "text", "Глава государства К.К. Токаев выступил на сессии Ассамблеи."),
])
def test_words_never_found_together_give_a_flagged_partial_result(client, url, key, found):
    data = get_json(client, url, q="Токаев говорил на сессии")
    assert data["partial"] is True and data["unmatched"] == ["говорил"]
    assert data["total"] == 1 and data["hits"][0][key] == found
    assert data["hits"][0]["missing"] == ["говорил"]
    whole = get_json(client, url, q="Токаев на сессии")
    assert whole["partial"] is False and whole["unmatched"] == [] and whole["hits"][0]["missing"] == []
    # a phrase keeps its strict meaning
    assert get_json(client, url, q='"Токаев говорил"')["total"] == 0


def test_a_typed_question_says_which_words_only_asked_it(client):
    for url in ("/api/search", "/api/quotes"):
        asked = get_json(client, url, q="Кто такой Токаев?")
        assert asked["left_out"] == ["Кто", "такой"]
        assert asked["total"] == get_json(client, url, q="Токаев")["total"] > 0
        assert get_json(client, url, q="Токаев")["left_out"] == []


def test_an_unknown_speaker_typed_or_chosen_finds_nothing_the_same_way(client):
    # typed, it was a 400 «Ничего не найдено для фильтра…»; as a parameter a 200 with no hits
    for url in ("/api/search", "/api/quotes"):
        typed = get_json(client, url, q="speaker:Иванов согласия")
        chosen = get_json(client, url, q="согласия", speakers="Иванов")
        assert typed["total"] == chosen["total"] == 0 and typed["hits"] == chosen["hits"] == []
        assert typed["filters"] == chosen["filters"] == {"speakers": ["Иванов"]} and "error" not in typed
        assert typed["unknown"] == chosen["unknown"] == {"speakers": ["Иванов"]}  # said, not a silent 0
    assert get_json(client, "/api/quotes", q="speaker:Иванов")["total"] == 0  # a speaker's quotes, none


@pytest.mark.parametrize("params,words", [
    ({"q": "а" * 501}, "длинный"),
    ({"q": "ас*"}, "звёздочк"),
    ({"q": "асс* мир* дру* наро*"}, "звёздочк"),
    ({"q": '"Совет мате*"'}, "Звёздочка внутри фразы"),  # the star was dropped: 0 hits, no word why
    ({"from": "31.02.2020"}, "нет в календаре: проверьте день и месяц"),  # it named the form it was in
    ({"from": "2019-13"}, "нет в календаре"),
    ({"q": "?"}, "нет ни одного слова"),  # it listed the whole archive, where «.» is refused
    ({"q": "??"}, "нет ни одного слова"),
    ({"year": "20190"}, "Год «20190» не подходит"),  # a 500: no date has a five-digit year
    ({"q": "мир year:20190"}, "Год «20190» не подходит"),
    ({"year": "99999999999999999999"}, "четырьмя цифрами"),
    # a range's ends are years too: these found nothing, or the filter was dropped without a word
    ({"q": "мир year:2019-20190"}, "Год «20190» не подходит"),
    ({"q": "мир year:[2019 TO 20190]"}, "Год «20190» не подходит"),
    ({"q": "мир year:2019..99999999999999999999"}, "четырьмя цифрами"),
    ({"q": "мир year:0"}, "Год «0» не подходит"),
    ({"q": "мир year:1"}, "Год «1» не подходит"),
    ({"year": "0"}, "Год «0» не подходит"),
    ({"q": '"мир дружба"~1000'}, "слишком большое расстояние"),  # whoosh's phrase matching held a thread
    ({"q": "мир~2"}, "Нечёткий поиск «мир~2» не поддерживается"),  # searched as «мир» and «2»: none found, unsaid
    ({"q": "мир~abc"}, "Знак «~» внутри слова «мир~abc» не поддерживается"),  # the phrase «мир abc»: none found, unsaid
    ({"q": "~2"}, "Расстояние «~2» без фразы не поддерживается"),  # searched as «2»: none found, unsaid
    # no year at all: it found nothing (200), as if the archive had nothing then
    ({"year": "abc"}, "Год «abc» не подходит: укажите год четырьмя цифрами"),
    ({"q": "мир year:abc"}, "Год «abc» не подходит: укажите год четырьмя цифрами"),
    ({"year": "2019-"}, "В «year=2019-» нужны оба года"),
    ({"year": "2021-2019"}, "первый год позже последнего"),
    # more values of one facet than a search takes: the values past the 20th were dropped unsaid
    ({"speakers": [f"А. Выступающий{i}" for i in range(101)]}, "Значений фильтра speakers не больше 100, а передано 101"),
    ({"year": ["1800-1999", "2000-2020"]}, "Лет в фильтре year (с годами периодов) не больше 200, а передано 221"),
    # an unknown order: it answered in relevance order, a 200
    ({"sort": "date"}, "Сортировка «date» не поддерживается: укажите sort=relevance, sort=newest, sort=oldest или sort=added."),
    ({"sort": "NEWEST"}, "Сортировка «NEWEST» не поддерживается"),
])
def test_bad_queries_are_400_with_a_message(client, params, words):
    for url in ("/api/search", "/api/quotes", "/api/search.csv", "/api/quotes.csv"):
        data = get_json(client, url, status=400, **({"q": "мир"} | params))
        assert words in data["error"] and data["status"] == 400


def test_every_value_of_a_facet_filter_is_searched(client):
    # a script exporting a list of speakers: the values past the 20th were dropped without a word
    real = ["А. Платонов", "С. Абдрахманов"]
    chosen = [f"А. Выступающий{i}" for i in range(98)] + real
    each = {h["id"] for name in real for h in get_json(client, "/api/search", speakers=name, per_page=100)["hits"]}
    data = get_json(client, "/api/search", speakers=chosen, per_page=100)
    assert data["params"]["filters"]["speakers"] == chosen
    assert data["total"] == len(each) > NEWS_COUNT // 2 and {h["id"] for h in data["hits"]} == each
    resp = client.get("/api/search.csv", query_string={"speakers": chosen})
    rows = read_csv(resp)
    assert resp.headers["X-Total-Count"] == str(len(each)) and {row["id"] for row in rows[:-1]} == each
    assert rows[-1]["id"].endswith("А. Выступающий96, А. Выступающий97.")  # the names the archive lacks, said
    quotes = sum(get_json(client, "/api/quotes", speakers=name)["total"] for name in real)
    assert get_json(client, "/api/quotes", speakers=chosen)["total"] == quotes > 0


def test_a_year_parameter_takes_the_ranges_a_typed_year_takes(client):
    typed = get_json(client, "/api/search", q="year:2019-2021")
    assert typed["total"] > 0
    for value in ("2019-2021", "2019..2021", "[2019 TO 2021]", "2019 – 2021"):  # each found nothing
        data = get_json(client, "/api/search", year=value)
        assert data["total"] == typed["total"] and data["params"]["filters"]["year"] == ["2019", "2020", "2021"]
    assert get_json(client, "/api/quotes", year="2019-2021")["total"] == get_json(client, "/api/quotes",
                                                                                  q="year:2019-2021")["total"]


@pytest.mark.parametrize("params,words", [
    ({"page": "abc"}, "Номер страницы «abc»"),
    ({"page": "-1"}, "Номер страницы «-1»"),
    ({"page": "5000"}, "от 1 до 1000"),
    ({"per_page": "0"}, "Число результатов на странице «0»"),
    ({"per_page": "500"}, "от 1 до 100"),
    ({"per_page": "ten"}, "Число результатов на странице «ten»"),
    # read by int(): `1_0` was page 10, an Arabic-Indic or fullwidth digit a number, `+5` and ` 5` page 5
    ({"page": "1_0"}, "Номер страницы «1_0»"),
    ({"per_page": "1_0"}, "Число результатов на странице «1_0»"),
    ({"page": "١"}, "Номер страницы «١»"),
    ({"page": "５"}, "Номер страницы «５»"),
    ({"page": "+5"}, "Номер страницы «+5»"),
    ({"page": " 5"}, "Номер страницы « 5»"),
])
def test_paging_out_of_range_is_400_not_another_page(client, params, words):
    for url in ("/api/search", "/api/quotes"):
        data = get_json(client, url, status=400, **({"q": "заседание"} | params))
        assert words in data["error"] and data["status"] == 400


def test_a_paging_number_of_thousands_of_digits_is_400_not_500(client):
    # int() refuses a string of more than 4,300 digits: every paging parameter was a 500 with a traceback
    huge = "9" * 5000
    for url, name in (("/api/search", "page"), ("/api/search", "per_page"), ("/api/quotes", "page"),
                      ("/api/search", "facet_limit"), ("/api/documents", "limit"), ("/api/search.csv", "per_page")):
        data = get_json(client, url, status=400, **{"q": "заседание", name: huge})
        assert "не подходит: укажите целое число" in data["error"], (url, name, data)
    for page in ("/", "/quotes"):  # the pages show the last page and say why, as for a page past it
        resp = client.get(page, query_string={"q": "заседание", "page": huge})
        assert resp.status_code == 200 and "Номер страницы «99999" in resp.get_data(as_text=True)
    # leading zeros are no size: the page asked is page 2
    assert get_json(client, "/api/search", q="заседание", per_page=5, page="0" * 5000 + "2")["page"] == 2


def test_a_page_past_the_last_is_empty_and_says_how_many_there_are(client):
    data = get_json(client, "/api/search", q="заседание", page=900)
    assert data["hits"] == [] and data["page"] == 900 and data["page_count"] == 3 and data["total"] == NEWS_COUNT


def test_quotes_api(client):
    data = get_json(client, "/api/quotes", q="языковой политики")
    assert data["total"] >= 2
    quote = next(h for h in data["hits"] if h["speaker"] == "М. Кул-Мухаммед")
    assert quote["page"] == 1 and quote["document_id"] == "p1"
    assert quote["citation"] == ("«М. Кул-Мухаммед подчеркнул роль языковой политики в укреплении единства.» — "
                                 "М. Кул-Мухаммед; Стенограмма сессии Ассамблеи, 20\u00a0апреля 2018\u00a0г., с.\u00a01")
    # the passage's fingerprint finds it after an edit renumbers the paragraphs (index.passage_links)
    fingerprint = passage_fingerprint("М. Кул-Мухаммед подчеркнул роль языковой политики в укреплении единства.")
    assert quote["url"] == "/doc/p1?" + urlencode({"q": "языковой политики", "passage": fingerprint}) + "#p-1"
    assert quote["permalink"] == f"/doc/p1?passage={fingerprint}#p-1"  # a copied citation's: no query
    assert "<mark>" in quote["text_html"] and "<mark>" not in quote["text"]


def test_a_quotes_link_opens_its_paragraph_with_the_query_marked(client):
    # the url of /api/quotes and /api/quotes.csv had no query: the document opened at the
    # paragraph with no word marked, while a document hit's url and the quotes page's links mark them
    quote = get_json(client, "/api/quotes", q="языковой политики")["hits"][0]
    row = read_csv(client.get("/api/quotes.csv", query_string={"q": "языковой политики"}))[0]
    assert row["url"] == "http://localhost" + quote["url"]
    assert row["permalink"] == "http://localhost" + quote["permalink"]
    path, anchor = quote["url"].split("#")
    assert anchor == "p-" + quote["id"].rsplit("/", 1)[-1]
    page = client.get(path).get_data(as_text=True)
    paragraph = re.search(f'<p id="{anchor}">(.*?)</p>', page, re.S).group(1)
    assert re.findall(r"<mark[^>]*>(.*?)</mark>", paragraph) == ["языковой", "политики"]


def test_an_exact_search_s_links_mark_only_the_exact_form(client):
    # with exact=1 the quote's url (API, CSV) and the document's url dropped exact=1: the page they
    # opened marked «политике» too, a form the search left out
    params = {"q": "политики", "exact": "1"}
    [quote] = [h for h in get_json(client, "/api/quotes", **params)["hits"] if h["document_id"] == "p1"]
    [row] = [r for r in read_csv(client.get("/api/quotes.csv", query_string=params)) if r["document_id"] == "p1"]
    [doc] = [h for h in get_json(client, "/api/search", **params)["hits"] if h["id"] == "p1"]
    assert row["url"] == "http://localhost" + quote["url"]
    for url in (re.sub(r"&passage=\w+", "", quote["url"]), doc["url"]):
        assert url.split("#")[0] == "/doc/p1?" + urlencode(params)
        page = client.get(url.split("#")[0]).get_data(as_text=True)
        assert set(re.findall(r"<mark[^>]*>(.*?)</mark>", page)) == {"политики"}
        # and the page's JSON link marks the same
        json_href = html.unescape(re.search(r'<a href="([^"]*/api/documents/p1[^"]*)">JSON</a>', page).group(1))
        assert "<mark>политики</mark>" in client.get(json_href).get_json()["text_html"]
        assert "<mark>политике</mark>" not in client.get(json_href).get_json()["text_html"]
    everywhere = client.get("/doc/p1", query_string={"q": "политики"}).get_data(as_text=True)
    assert "политике</mark>" in everywhere  # the test means something: without exact=1 the other form is marked


def test_a_quote_the_narration_reports_says_so_in_the_api_and_the_csv(client):
    # the reporter's «А. Платонов отметил, что…» was given as Платонов's words, «…» — А. Платонов
    [hit] = get_json(client, "/api/quotes", q="информационно-аналитическая")["hits"]
    assert hit["speech"] == "reported"
    assert hit["citation"] == ("Пересказ: Депутат Мажилиса А. Платонов отметил, что информационно-аналитическая "
                               "работа важна. (А. Платонов; Круглый стол в Мажилисе, 12\u00a0мая 2021\u00a0г.)")
    [row] = read_csv(client.get("/api/quotes.csv", query_string={"q": "информационно-аналитическая"}))
    assert (row["citation"], row["speech"]) == (hit["citation"], "reported")
    quote = next(h for h in get_json(client, "/api/quotes", q="языковой политики")["hits"] if h["document_id"] == "p1")
    assert quote["speech"] == "direct"


def test_quotes_filter_by_speaker_and_exact_form(client):
    data = get_json(client, "/api/quotes", q="согласия", speakers="А. Платонов")
    assert data["hits"] and all(h["speaker"] == "А. Платонов" for h in data["hits"])
    loose = get_json(client, "/api/quotes", q="согласия")["total"]
    exact = get_json(client, "/api/quotes", q="согласия", exact="1")["total"]
    assert 0 < exact < loose


def test_quotes_filter_by_year_through_the_document(client):
    every = get_json(client, "/api/quotes", q="Ассамблеи", per_page=100)
    one_year = get_json(client, "/api/quotes", q="Ассамблеи", year="2018", per_page=100)
    assert 0 < one_year["total"] < every["total"]
    assert all(h["date"].startswith("2018") for h in one_year["hits"]) and one_year["filters"] == {"year": ["2018"]}
    assert get_json(client, "/api/quotes", q="Ассамблеи", year="1990")["total"] == 0
    rows = read_csv(client.get("/api/quotes.csv", query_string={"q": "Ассамблеи", "year": "2018"}))
    assert len(rows) == one_year["total"] and all(r["date"].startswith("2018") for r in rows)


def test_quotes_api_counts_quotes_in_its_facets(client):
    # /api/quotes had no facets: a journalist's tool could not say how many quotes a speaker has
    data = get_json(client, "/api/quotes", q="согласия", per_page=100)
    assert set(data["facets"]) == {"speakers", "persons", "topics", "year", "language", "format", "month_of_year"}
    speakers = {f["value"]: f["count"] for f in data["facets"]["speakers"]}
    years = {f["value"]: f["count"] for f in data["facets"]["year"]}
    assert sum(years.values()) == data["total"]  # every quote here is dated: each counted once
    for name, value in (("speakers", "А. Платонов"), ("year", "2019")):
        counts = speakers if name == "speakers" else years
        chosen = get_json(client, "/api/quotes", q="согласия", per_page=100, **{name: value})
        assert chosen["total"] == len(chosen["hits"]) == counts[value], name
        assert [f["value"] for f in chosen["facets"][name] if f["selected"]] == [value]
    narrowed = get_json(client, "/api/quotes", q="согласия", year="2019")
    assert [m["value"] for m in narrowed["facets"]["month"]] == [f"2019-{m:02d}" for m in range(1, 13)]


def test_quotes_without_query_is_400(client):
    assert "цитат" in get_json(client, "/api/quotes", status=400)["error"]


def test_quotes_of_one_speaker_without_a_word(client):
    data = get_json(client, "/api/quotes", speakers="А. Платонов", per_page=100)
    assert data["total"] == NEWS_COUNT // 4 + 1 and data["sort"] == "newest"
    assert all(h["speaker"] == "А. Платонов" for h in data["hits"])
    dates = [h["date"] for h in data["hits"]]
    assert dates == sorted(dates, reverse=True)
    typed = get_json(client, "/api/quotes", q="speaker:Платонов", per_page=100)
    assert typed["filters"] == {"speakers": ["А. Платонов"]}
    # the same quotes, each linked with the query typed (as a document hit is)
    assert all(h["url"].startswith(f"/doc/{h['document_id']}?q=speaker:") for h in typed["hits"])
    assert [{**h, "url": re.sub(r"q=[^&#]*&", "", h["url"])} for h in typed["hits"]] == data["hits"]
    rows = read_csv(client.get("/api/quotes.csv", query_string={"q": "speaker:Платонов"}))
    assert [r["url"].removeprefix("http://localhost") for r in rows] == [h["url"] for h in typed["hits"]]


def test_a_document_answer_sends_its_text_in_one_form_unless_asked_for_more(client):
    # an 8 MB report's answer to ?q= was 25 MB: text, text_html and passages, the text three times
    marked = get_json(client, "/api/documents/p1", q="политики")
    assert marked["text"] is None and "<mark>" in marked["text_html"] and len(marked["passages"]) == 4
    plain = get_json(client, "/api/documents/p1")
    assert plain["text_html"] is None and "политики" in plain["text"] and plain["passages"] == marked["passages"]
    assert set(plain) == set(marked)  # the same keys: a form left out is null
    every = get_json(client, "/api/documents/p1", q="политики", include="all")
    assert every["text"] == plain["text"] and every["text_html"] == marked["text_html"] and every["passages"]
    alone = client.get("/api/documents/p1", query_string={"q": "политики", "include": "text_html"})
    assert alone.get_json()["passages"] is None and alone.get_json()["text"] is None
    # the text's forms weighed without the fields every answer has (title, author, reference, files)
    bare = len(json.dumps({**alone.get_json(), "text_html": None}, ensure_ascii=False).encode())
    every_size = len(client.get("/api/documents/p1", query_string={"q": "политики", "include": "all"}).get_data())
    assert len(alone.get_data()) - bare < (every_size - bare) / 2
    two = get_json(client, "/api/documents/p1", include=["text", "passages,text_html"])
    assert two["text"] and two["text_html"] and two["passages"]


def test_a_document_answer_sends_its_paragraphs_text_only_when_passages_are_named(client):
    # a 300-page transcript's default answer held its text twice, in `text` and in each passage
    default = client.get("/api/documents/p1")
    places = default.get_json()["passages"]
    assert [p["page"] for p in places] == [1, 1, 2, 3] and all("text" not in p for p in places)
    assert {"position", "page", "speaker", "language"} <= set(places[0])
    named = client.get("/api/documents/p1", query_string={"include": "text,passages"})
    full = named.get_json()["passages"]
    assert [{k: v for k, v in p.items() if k != "text"} for p in full] == places
    assert sum(len(p["text"]) for p in full) > 100  # the former default, on asking
    assert len(default.get_data()) < len(named.get_data()) - sum(len(p["text"].encode()) for p in full) / 2
    listed = {d["id"]: d["etag"] for d in client.get("/api/documents", query_string={"limit": 1000}).get_json()["documents"]}
    assert default.headers["ETag"] == listed["p1"]  # a harvest compares the listing's etag with this
    error = get_json(client, "/api/documents/p1", status=400, include="html")["error"]
    assert "«html»" in error and error.endswith(".") and error.count(".") == 1


def test_document_api(client):
    data = get_json(client, "/api/documents/p1", q="политики")
    assert data["title"] == "Стенограмма сессии Ассамблеи" and data["date"] == "2018-04-20"
    assert data["match_count"] == 2 and "<mark>" in data["text_html"]
    assert data["best_match"] == 0  # the mark the snippet's fragment starts at
    assert [p["page"] for p in data["passages"]] == [1, 1, 2, 3]
    assert data["download_url"] is None  # no such file on this machine
    assert get_json(client, "/api/documents/d1")["download_url"] == "/doc/d1/file"


@pytest.mark.parametrize("doc_id", ["unknown", "..%2F..%2Fetc%2Fpasswd", "%2e%2e%2fetc", "a1%00"])
def test_unknown_document_is_404_json(client, doc_id):
    data = get_json(client, f"/api/documents/{doc_id}", status=404)
    assert data["error"] and data["status"] == 404


def test_a_document_whose_file_was_edited_answers_under_its_old_id_too(tmp_path):
    # a script that stored an id got 404 «Такой страницы или документа в архиве нет» once the
    # archivist re-encoded the file (the id is the content's hash)
    from ingest.pipeline import IngestOptions, run_ingest

    archive, index = tmp_path / "archive", tmp_path / "index"
    archive.mkdir()
    text = "Заседание Совета матерей\n\nН. Дементьева рассказала о работе с семьями 12 марта 2020 года.\n"
    (archive / "a.txt").write_bytes(text.encode("cp1251"))
    (archive / "b.txt").write_text("Отчет о волонтерах Павлодара.\n", encoding="utf-8")

    def ingest(**options) -> dict[str, str]:
        summary = run_ingest([str(archive)], IngestOptions(index_dir=index, workers=1, **options))
        return {r.path.rsplit("/", 1)[-1]: r.document_id for r in summary.files if r.document_id}

    old = ingest()["a.txt"]
    (archive / "a.txt").write_bytes(text.encode("utf-8"))
    new = ingest()["a.txt"]
    client = create_app(index, testing=True).test_client()
    resp = client.get(f"/api/documents/{old}", query_string={"q": "семьями"})
    assert resp.status_code == 200 and resp.headers["Content-Location"] == f"/api/documents/{new}"
    data = resp.get_json()
    assert data["id"] == new and data["former_ids"] == [old] and data["url"] == f"/doc/{new}"
    assert data["match_count"] == 1 and data["encoding"] == "utf-8"
    assert data == get_json(client, f"/api/documents/{new}", q="семьями")
    assert "Content-Location" not in client.get(f"/api/documents/{new}").headers
    (archive / "a.txt").unlink()
    ingest(prune=True)
    client.application.extensions["assembly_search"].refresh()
    for doc_id in (old, new, "0123456789abcdef"):
        assert get_json(client, f"/api/documents/{doc_id}", status=404) == {
            "error": "Такого документа в архиве нет: возможно, его удалили или ссылка неверна.", "status": 404}


def test_unknown_api_route_is_json_404(client):
    for url in ("/api/nothing", "/api", "/api/"):  # /api was an HTML page
        data = get_json(client, url, status=404)
        assert data["status"] == 404 and "/api/search" in data["error"], url
    assert get_json(client, "/api/documents/0123456789abcdef", status=404)["error"] == (
        "Такого документа в архиве нет: возможно, его удалили или ссылка неверна.")


def test_another_method_is_a_405_that_says_which_ones_work(client):
    for method, url in (("post", "/api/search"), ("delete", "/api/documents/d1"), ("put", "/api/search.csv")):
        resp = getattr(client, method)(url)
        assert resp.status_code == 405 and resp.mimetype == "application/json"
        assert resp.headers["Allow"] == "GET, HEAD, OPTIONS"  # werkzeug's header was lost with its response
        assert resp.get_json() == {"error": f"Метод {method.upper()} здесь не поддерживается: этот адрес принимает "
                                            "GET, HEAD, OPTIONS.", "status": 405}
    page = client.post("/")
    assert page.status_code == 405 and page.headers["Allow"] == "GET, HEAD, OPTIONS" and page.mimetype == "text/html"
    resp = client.options("/api/search", query_string={"q": "форум"})  # an empty text/html answer
    assert resp.status_code == 200 and resp.mimetype == "application/json"
    assert resp.get_json() == {"allow": ["GET", "HEAD", "OPTIONS"]} and resp.headers["Allow"] == "GET, HEAD, OPTIONS"


def test_hostile_document_is_inert_in_json(client):
    for url, params in (("/api/search", {"q": "Взломщики"}), ("/api/search", {}), ("/api/quotes", {"q": "Взломщики"}),
                        ("/api/documents/x1", {"q": "alert"})):
        raw = client.get(url, query_string=params).get_data(as_text=True)
        assert "<" not in raw and ">" not in raw, url  # every angle bracket is a \\u escape
        assert client.get(url, query_string=params).headers["X-Content-Type-Options"] == "nosniff"
    doc = get_json(client, "/api/documents/x1", include="text_html")
    assert doc["title"] == XSS_TITLE  # the data itself is intact
    assert "&lt;script&gt;" in doc["text_html"] and "<script>" not in doc["text_html"]
    hit = get_json(client, "/api/search", q="Взломщики")["hits"][0]
    assert "<img" not in hit["snippet_html"] and "&lt;img" in hit["snippet_html"]


def test_error_answers_escape_the_typed_value_too(client):
    for url in ("/api/search", "/api/quotes", "/api/search.csv"):
        resp = client.get(url, query_string={"q": "мир", "from": "<img src=x onerror=alert(1)>&"})
        raw = resp.get_data(as_text=True)
        assert resp.status_code == 400 and not {"<", ">", "&"} & set(raw), raw
        assert "«<img src=x onerror=alert(1)>&»" in resp.get_json()["error"]  # the text itself is intact


def read_csv(resp, separator: str = ";") -> list[dict]:
    """The rows of a CSV export, read as Russian-locale Excel reads it: UTF-8 after a BOM, `;`."""
    assert resp.status_code == 200
    assert resp.mimetype == "text/csv" and "attachment" in resp.headers["Content-Disposition"]
    raw = resp.get_data()
    assert raw.startswith("\ufeff".encode("utf-8"))  # without it Excel reads the Cyrillic as windows-1251
    return list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig")), delimiter=separator))


def test_csv_export_of_results_holds_every_hit(client):
    rows = read_csv(client.get("/api/search.csv", query_string={"q": "заседание"}))
    assert len(rows) == NEWS_COUNT  # all pages, not just the first
    assert rows[0]["url"].startswith("http://localhost/doc/")
    assert "<mark>" not in rows[0]["snippet"]


def test_a_minus_before_a_filter_leaves_its_documents_out_of_the_answer_and_the_csv(client):
    # `-speaker:X` was dropped, and quoted searched as a phrase: only the speaker's own documents were left
    every = get_json(client, "/api/search", q="заседание", per_page=100)
    for q in ("заседание -speaker:Платонов", 'заседание -speaker:"А. Платонов"', "заседание NOT speaker:Платонов"):
        data = get_json(client, "/api/search", q=q, per_page=100)
        assert data["excluded"] == {"speakers": ["А. Платонов"]} and data["filters"] == {}
        assert data["total"] == every["total"] - NEWS_COUNT // 4 == len(data["hits"])
        assert "А. Платонов" not in {f["value"] for f in data["facets"]["speakers"]}
        rows = read_csv(client.get("/api/search.csv", query_string={"q": q}))
        assert {row["id"] for row in rows} == {hit["id"] for hit in data["hits"]}
    plus = get_json(client, "/api/search", q="заседание +speaker:Платонов")
    assert plus["total"] == NEWS_COUNT // 4 and plus["filters"] == {"speakers": ["А. Платонов"]}


@pytest.mark.parametrize("params", [{"q": "заседание"}, {"q": "speaker:Платонов"}, {"speakers": "А. Платонов"}])
def test_csv_links_are_the_apis_opening_at_the_match(client, params):
    # the file linked the bare document page: no marks, at the top of a long document
    api = {h["id"]: h["url"] for h in get_json(client, "/api/search", per_page=100, **params)["hits"]}
    rows = read_csv(client.get("/api/search.csv", query_string=params))
    assert {row["id"]: row["url"] for row in rows} == {doc_id: "http://localhost" + url for doc_id, url in api.items()}
    assert all(url.endswith("#best-match") == ("заседание" in params.get("q", "")) for url in api.values())


@pytest.mark.parametrize("url, shown, first_column, found, records, whole_query, whole_count", [
    ("/api/search.csv", "title", "id", "Сессия Ассамблеи народа Казахстана", "документы", "заседание", NEWS_COUNT),
    ("/api/quotes.csv", "text", "citation", "Глава государства К.К. Токаев выступил на сессии Ассамблеи.", "цитаты",
     "Токаев на сессии", 1),
])
def test_csv_of_a_most_of_the_words_answer_names_the_missing_words_and_says_it_is_partial(
        client, url, shown, first_column, found, records, whole_query, whole_count):
    # the rows read as if each had every word: the page, the API and the CLI said, the file did not
    rows = read_csv(client.get(url, query_string={"q": "Токаев говорил на сессии"}))
    assert [row[shown] for row in rows[:-1]] == [found]
    assert rows[0]["missing"] == "говорил"
    assert rows[-1][first_column].startswith(
        f"Все слова запроса вместе не найдены: в файле {records}, где есть часть слов")
    whole = read_csv(client.get(url, query_string={"q": whole_query}))
    assert len(whole) == whole_count and all(row["missing"] == "" for row in whole)


def test_csv_links_behind_a_reverse_proxy_open_where_people_are(client):
    # nginx's proxy_pass: Host is the app's own address, the address people use is forwarded
    forwarded = {"Host": "127.0.0.1:5000", "X-Forwarded-Host": "archive.example.kz", "X-Forwarded-Proto": "https",
                 "X-Forwarded-Prefix": "/arhiv"}
    rows = read_csv(client.get("/api/search.csv", query_string={"q": "заседание"}, headers=forwarded))
    assert rows[0]["url"].startswith("http://127.0.0.1:5000/doc/")  # not trusted unless asked: a client can send them
    app = create_app(client.application.config["INDEX_DIR"], testing=True, proxies=1)
    try:
        rows = read_csv(app.test_client().get("/api/search.csv", query_string={"q": "заседание"}, headers=forwarded))
        assert rows[0]["url"].startswith("https://archive.example.kz/arhiv/doc/")
    finally:
        app.extensions["assembly_search"].close()


def test_the_api_s_404_lists_its_addresses_behind_the_proxy_s_prefix(client):
    # behind /search/ it said «есть /api/search, …»: on that host /api/search lies outside the app
    assert get_json(client, "/api", status=404)["error"] == (
        "Такого адреса в API нет; есть /api/search, /api/quotes, /api/documents, /api/documents/<id>, "
        "/api/search.csv, /api/quotes.csv, /api/search.json и /api/quotes.json.")
    app = create_app(client.application.config["INDEX_DIR"], testing=True, proxies=1)
    try:
        answer = app.test_client().get("/api/nothing", headers={"X-Forwarded-Prefix": "/search"})
        assert answer.status_code == 404 and answer.get_json()["error"] == (
            "Такого адреса в API нет; есть /search/api/search, /search/api/quotes, /search/api/documents, "
            "/search/api/documents/<id>, /search/api/search.csv, /search/api/quotes.csv, /search/api/search.json и "
            "/search/api/quotes.json.")
    finally:
        app.extensions["assembly_search"].close()


def test_an_export_past_the_limit_is_refused_at_once_and_the_slot_frees_when_an_export_ends(client):
    # eight anonymous exports held every server thread: searches and /health waited minutes
    # (tests/test_serving.py runs the real server with its default of two); here one slot, held by
    # an export whose client does not read (one thread cannot interleave two streamed answers)
    app = create_app(client.application.config["INDEX_DIR"], testing=True, exports=1)
    export = app.test_client()
    try:
        held = export.get("/api/search.csv", query_string={"q": "заседание"})
        for url in ("/api/search.csv", "/api/quotes.csv"):
            refused = export.get(url, query_string={"q": "заседание"})
            assert refused.status_code == 503 and refused.headers["Retry-After"] == "30"
            assert refused.get_json()["error"] == ("Сервер уже готовит 1 выгрузку результатов, больше одновременно он не "
                                                   "делает: повторите запрос через 30 секунд.")
        assert export.get("/api/search", query_string={"q": "заседание"}).status_code == 200
        assert export.get("/health").status_code == 200
        assert len(read_csv(held)) == NEWS_COUNT  # read to its end: the slot is free again
        held = export.get("/api/quotes.csv", query_string={"q": "Ассамблеи"})
        assert held.status_code == 200
        held.close()  # broken off unread: free too
        bad = export.get("/api/search.csv", query_string={"q": "заседание", "from": "позавчера"})
        assert bad.status_code == 400  # a refused query holds no slot
        assert export.get("/api/search.csv", query_string={"q": "(((("}).status_code == 400
        assert len(read_csv(export.get("/api/search.csv", query_string={"q": "заседание"}))) == NEWS_COUNT
    finally:
        app.extensions["assembly_search"].close()


BROWSER_ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"


@pytest.mark.parametrize("page,back", [("/", "Вернуться к результатам поиска"), ("/quotes", "Вернуться к цитатам")])
def test_a_refused_export_shows_a_browser_a_page_back_to_its_results(client, page, back):
    # the page's «CSV» link showed the browser raw JSON {"error": ...} while both slots were busy
    app = create_app(client.application.config["INDEX_DIR"], testing=True, exports=1)
    browser = app.test_client()
    try:
        shown = browser.get(page, query_string={"q": "заседание", "sort": "date"}, headers={"Accept": BROWSER_ACCEPT})
        link = html.unescape(re.search(r'href="([^"]*\.csv[^"]*)"', shown.get_data(as_text=True)).group(1))
        held = browser.get("/api/search.csv", query_string={"q": "заседание"})
        refused = browser.get(link, headers={"Accept": BROWSER_ACCEPT})
        assert refused.status_code == 503 and refused.headers["Retry-After"] == "30"
        assert refused.mimetype == "text/html" and "Accept" in refused.vary
        text = refused.get_data(as_text=True)
        assert "Сервер уже готовит 1 выгрузку результатов" in text and "<h1>Выгрузка CSV сейчас занята</h1>" in text
        back_link = html.unescape(re.search(r'<a href="([^"]*)" id="error-link">' + back, text).group(1))
        assert back_link == page + "?" + link.split("?", 1)[1]  # the same results: query, order and all
        # the export repeated from the page (its «CSV» link was 85 Tabs from the query box back there)
        retry = html.unescape(re.search(r'<a href="([^"]*)" id="error-retry">Повторить выгрузку</a>', text).group(1))
        assert retry == link
        held.close()
        again = browser.get(retry, headers={"Accept": BROWSER_ACCEPT})
        assert again.status_code == 200 and again.mimetype == "text/csv"
        again.close()
        held = browser.get("/api/search.csv", query_string={"q": "заседание"})
        for accept in (None, "application/json", "*/*"):  # a script still gets its JSON
            headers = {"Accept": accept} if accept else {}
            assert browser.get(link, headers=headers).get_json()["status"] == 503
        held.close()
    finally:
        app.extensions["assembly_search"].close()


LARGE_COUNT = 1050  # more than the 1,000 rows the CSV export used to stop at


@pytest.fixture(scope="module")
def large_app(tmp_path_factory):
    """An app over LARGE_COUNT documents that each hold `заседание` once, in one paragraph."""
    index = tmp_path_factory.mktemp("web-api-large") / "index"
    with IndexWriter(index, create=True) as writer:
        for i in range(LARGE_COUNT):
            writer.add(make_record(f"n{i}", f"Протокол {i}", [f"Заседание совета номер {i} прошло в Астане.",
                                                             f"Участники обсудили план работы {i}."],
                                   when=date(2019, 1, 1) + timedelta(days=i % 365)))
    app = create_app(index, testing=True)
    yield app
    app.extensions["assembly_search"].close()


@pytest.mark.parametrize("url,key", [("/api/search.csv", "id"), ("/api/quotes.csv", "url")])
def test_csv_export_holds_every_row_past_a_thousand(large_app, url, key):
    # it stopped at 1,000 rows without a word, and page= did not reach the rest
    resp = large_app.test_client().get(url, query_string={"q": "заседание"})
    rows = read_csv(resp)
    assert len(rows) == len({row[key] for row in rows}) == LARGE_COUNT  # each once
    assert resp.headers["X-Total-Count"] == resp.headers["X-Export-Rows"] == str(LARGE_COUNT)


def test_csv_export_past_its_limit_says_so_in_the_file_and_the_headers(large_app):
    configured, large_app.config["CSV_MAX_ROWS"] = large_app.config.get("CSV_MAX_ROWS"), 150
    try:
        resp = large_app.test_client().get("/api/quotes.csv", query_string={"q": "заседание"})
    finally:
        large_app.config["CSV_MAX_ROWS"] = configured
    rows = read_csv(resp)
    assert len(rows) == 151 and all(row["url"] for row in rows[:150])
    assert rows[150]["citation"].startswith("Строк в файле: 150 из 1050 найденных (предел выгрузки)")
    assert resp.headers["X-Total-Count"] == "1050" and resp.headers["X-Export-Rows"] == "150"


def _export_links(client, path: str, params: dict) -> tuple[str, str]:
    """The page's «Выгрузить: CSV · JSON» links."""
    page = client.get(path, query_string=params).get_data(as_text=True)
    line = re.search(r'<p class="export">(.*?)</p>', page, re.S).group(1)
    csv_link, json_link = (html.unescape(href) for href in re.findall(r'href="([^"]+)"', line))
    return csv_link, json_link


@pytest.mark.parametrize("path,key", [("/", "id"), ("/quotes", "url")])
def test_the_pages_json_export_holds_every_row_the_csv_beside_it_does(large_app, path, key):
    # «Выгрузить: JSON» gave /api/search: page 1's ten hits, even when clicked on page 3
    client = large_app.test_client()
    csv_link, json_link = _export_links(client, path, {"q": "заседание", "page": "3", "per_page": "5", "sort": "newest"})
    csv_answer = client.get(csv_link)
    rows = read_csv(csv_answer)
    exported = client.get(json_link)
    assert exported.status_code == 200 and exported.mimetype == "application/json"
    assert "attachment" in exported.headers["Content-Disposition"]
    data = json.loads(exported.get_data(as_text=True))
    assert len(data["rows"]) == data["total"] == data["export_rows"] == len(rows) == LARGE_COUNT
    assert [row[key] for row in data["rows"]] == [row[key] for row in rows]  # the same rows, in the same order
    assert list(data["rows"][0]) == list(rows[0])  # keyed by the CSV's column names
    for header in ("X-Total-Count", "X-Export-Rows"):
        assert exported.headers[header] == csv_answer.headers[header] == str(LARGE_COUNT)
    assert data["notes"] == [] and data["index_generation"] == int(exported.headers["X-Index-Generation"])


def test_json_export_past_its_limit_says_so_as_the_csv_does(large_app):
    configured, large_app.config["CSV_MAX_ROWS"] = large_app.config.get("CSV_MAX_ROWS"), 150
    try:
        resp = large_app.test_client().get("/api/search.json", query_string={"q": "заседание"})
        data = json.loads(resp.get_data(as_text=True))
        page = large_app.test_client().get("/", query_string={"q": "заседание"}).get_data(as_text=True)
    finally:
        large_app.config["CSV_MAX_ROWS"] = configured
    assert len(data["rows"]) == data["export_rows"] == 150 and data["total"] == 1050
    assert data["notes"][0].startswith("Строк в файле: 150 из 1050 найденных (предел выгрузки)")
    assert resp.headers["X-Total-Count"] == "1050" and resp.headers["X-Export-Rows"] == "150"
    # the page says the cap after both links, which share it
    line = " ".join(re.sub(r"<[^>]+>", " ", re.search(r'<p class="export">(.*?)</p>', page).group(1)).split())
    assert line.startswith("Выгрузить: CSV · JSON (только первые 150 из 1")


def test_csv_export_of_quotes(client):
    rows = read_csv(client.get("/api/quotes.csv", query_string={"q": "языковой политики"}))
    row = next(r for r in rows if r["speaker"] == "М. Кул-Мухаммед")
    assert row["citation"].endswith("Стенограмма сессии Ассамблеи, 20\u00a0апреля 2018\u00a0г., с.\u00a01") and row["page"] == "1"


def test_csv_opens_in_russian_excel_and_takes_another_separator_on_request(client):
    resp = client.get("/api/quotes.csv", query_string={"q": "языковой политики"})
    header, first = resp.get_data().decode("utf-8-sig").splitlines()[:2]
    assert header == ("citation;text;speaker;speech;title;date;page;document_id;url;permalink;files;same_text_files;language;"
                      "author;act_numbers;reference;missing;gone_files")
    assert first.startswith('"«') and "»" in first  # a citation holds "; ": quoted, one cell
    rows = read_csv(resp)
    assert rows and all(r["citation"].startswith("«") and r["url"].startswith("http://") for r in rows)
    assert read_csv(client.get("/api/quotes.csv", query_string={"q": "языковой политики", "sep": ","}), ",") == rows
    tabbed = client.get("/api/search.csv", query_string={"q": "заседание", "sep": "tab"})
    assert tabbed.get_data().decode("utf-8-sig").startswith("id\ttitle\tdate\t")
    assert len(read_csv(tabbed, "\t")) == NEWS_COUNT
    refused = get_json(client, "/api/search.csv", status=400, q="заседание", sep="|")
    assert "sep=;" in refused["error"]


def test_csv_cells_cannot_run_as_formulas(client):
    rows = read_csv(client.get("/api/search.csv", query_string={"q": "Взломщики"}))
    assert rows and all(not v.startswith(("=", "+", "-", "@")) for row in rows for v in row.values())


def _spreadsheet_index(tmp_path, records):
    index = tmp_path / "index"
    with IndexWriter(index) as w:
        for record in records:
            w.add(record)
    return create_app(index, testing=True).test_client()


def test_csv_ids_and_titles_a_spreadsheet_would_read_as_numbers_stay_text(tmp_path):
    """Excel and LibreOffice read a cell of digits (or digits around one e) as a number when they open
    a CSV: 0821259336477553 lost its leading zero, 2957637431224604 its last digit, 5807227426212e26
    became 5.80723E+38. Such cells are written ="…", which the spreadsheet shows as the text; the url
    keeps the plain id, and every other id is written as it is."""
    from search_app.csv_cells import NUMERIC_TEXT_CELL

    ids = ["0821259336477553", "2957637431224604", "5807227426212e26"]
    records = [make_record(doc_id, f"Медиация в регионе {n}", [f"Ассамблея обсудила медиацию, заседание {n}."])
               for n, doc_id in enumerate(ids)]
    records.append(make_record("a130de5b67c063b5", "0012345", ["Ассамблея обсудила медиацию, протокол 0012345."]))
    client = _spreadsheet_index(tmp_path, records)
    rows = read_csv(client.get("/api/search.csv", query_string={"q": "медиация"}))
    cells = {row["url"].split("/doc/")[1].split("?")[0]: row for row in rows}
    assert {doc_id: cells[doc_id]["id"] for doc_id in ids} == {doc_id: f'="{doc_id}"' for doc_id in ids}
    assert cells["a130de5b67c063b5"]["id"] == "a130de5b67c063b5" and cells["a130de5b67c063b5"]["title"] == '="0012345"'
    assert {NUMERIC_TEXT_CELL.fullmatch(cells[doc_id]["id"])[1] for doc_id in ids} == set(ids)  # as a script reads it
    quotes = read_csv(client.get("/api/quotes.csv", query_string={"q": "медиация"}))
    assert sorted(q["document_id"] for q in quotes) == sorted([f'="{doc_id}"' for doc_id in ids] + ["a130de5b67c063b5"])
    assert all(q["page"] == "" for q in quotes)  # a text file's passages have no page


def test_csv_list_longer_than_a_spreadsheet_cell_is_cut_after_a_whole_name(tmp_path):
    """A spreadsheet cell holds 32,767 characters and drops the rest without a sign (a persons cell of
    3,000 names was 45,000 characters, cut in the middle of a name): the export cuts after a whole
    name and says how many are left out."""
    names = [f"А.Б. Фамилия{n:04d}ов" for n in range(3000)]
    client = _spreadsheet_index(tmp_path, [make_record("b1", "Список участников сессии", [
        "Выступили и приняли участие члены Ассамблеи: " + ", ".join(names) + "."], persons=names)])
    row = read_csv(client.get("/api/search.csv", query_string={"q": "Список участников"}))[0]
    persons = row["persons"]
    kept, marker = persons.rsplit(", ", 1)
    assert len(persons) <= 32767 and marker == f"… и ещё {3000 - len(kept.split(', '))}"
    assert kept.split(", ") == names[:len(kept.split(", "))] and len(persons) > 32767 - len(names[0]) - 20


def test_api_responses_carry_security_headers(client):
    headers = client.get("/api/search").headers
    assert headers["X-Frame-Options"] == "DENY" and "default-src 'self'" in headers["Content-Security-Policy"]


def test_page_and_api_agree(client):
    """The page's JSON link gives the same results the page shows."""
    page = client.get("/?q=ассамблеи&year=2019").get_data(as_text=True)
    data = get_json(client, "/api/search", q="ассамблеи", year="2019")
    for hit in data["hits"]:
        assert f'href="/doc/{hit["id"]}?' in page
    assert json.dumps(data["total"]) in page


def test_months_in_the_api_when_narrowed_to_one_year(client):
    data = get_json(client, "/api/search", year="2019")
    months = data["facets"]["month"]
    assert len(months) == 12 and sum(m["count"] for m in months) == data["total"]
    assert "month" not in get_json(client, "/api/search", q="заседание")["facets"]


def test_expanded_abbreviations_in_the_api(client):
    assert get_json(client, "/api/search", q="АНК")["expanded"] == {"АНК": "Ассамблея народа Казахстана"}


def test_health_says_the_documents_and_generation_served(client):
    health = get_json(client, "/health")
    assert health == {"ok": True, "documents": client.application.extensions["assembly_search"].doc_count(),
                      "generation": health["generation"]}
    assert health["documents"] > 0 and health["generation"] >= 1
    refused = client.post("/health")  # a monitor's wrong method: it got an HTML page
    assert refused.status_code == 405 and refused.get_json()["error"].startswith("Метод POST здесь не поддерживается")


@pytest.mark.parametrize("damage, reason", [("missing", "missing"), ("version", "version"), ("damaged", "damaged")])
def test_health_is_503_with_the_reason_and_the_log_says_it_once(tmp_path, caplog, damage, reason):
    import logging
    import shutil

    from index.store import VERSION_FILE
    from tests.conftest import CORPUS
    from tests.test_store import _damage

    index = tmp_path / "index"
    with IndexWriter(index) as w:
        for record in CORPUS:
            w.add(record)
    kept = tmp_path / "kept"
    shutil.copytree(index, kept)
    if damage == "missing":  # (segments without a table of contents are an incomplete copy: test_store)
        shutil.rmtree(index)
        index.mkdir()
    elif damage == "version":
        (index / VERSION_FILE).write_text(json.dumps({"schema_version": 7}))
    else:
        _damage(index, "toc")
    client = create_app(index, testing=True).test_client()
    with caplog.at_level(logging.INFO, logger="index"):
        for _ in range(3):
            answer = get_json(client, "/health", status=503)
            assert answer["ok"] is False and answer["reason"] == reason and answer["error"]
            assert str(index) not in answer["error"]  # the folder is for the log, not whoever asks
        get_json(client, "/api/search", status=503, q="Ассамблея")
        client.get("/doc/a1")
        warnings = [r.getMessage() for r in caplog.records if r.levelno == logging.WARNING]
        assert len(warnings) == 1 and str(index) in warnings[0], warnings  # once, with the folder and the fix
        shutil.rmtree(index)
        shutil.copytree(kept, index)
        assert get_json(client, "/health")["documents"] == len(CORPUS)
    assert caplog.records[-1].getMessage() == f"the index at {index} opens again"


def test_an_index_folder_gone_while_served_is_said_to_be_gone_not_unbuilt(tmp_path, caplog):
    # an unmounted share or a read-only copy being swapped was «Индекс архива ещё не построен»,
    # and the log said "build one with: assembly-search ingest", on a copy that must stay read-only
    import logging
    import time

    from index.search import REFRESH_SECONDS
    from tests.conftest import CORPUS

    index = tmp_path / "index"
    with IndexWriter(index) as w:
        w.add(CORPUS[0])
    client = create_app(index, testing=True).test_client()
    assert get_json(client, "/health")["documents"] == 1
    with caplog.at_level(logging.INFO, logger="index"):
        index.rename(tmp_path / "away")
        time.sleep(REFRESH_SECONDS)  # /health looks for a new commit, and finds the folder gone
        answer = get_json(client, "/health", status=503)
        assert answer["reason"] == "gone" and "папка пропала" in answer["error"] and "не построен" not in answer["error"]
        warnings = [r.getMessage() for r in caplog.records if r.levelno == logging.WARNING]
        assert len(warnings) == 1 and f"The index at {index}, served until now, is no longer there" in warnings[0] \
            and "ingest" not in warnings[0], warnings
        (tmp_path / "away").rename(index)
        assert get_json(client, "/health")["documents"] == 1


def test_a_segment_damaged_inside_is_said_by_the_page_the_api_and_health(tmp_path, caplog):
    # /health said ok while searches reading the damaged part were 500 «попробуйте позже», with a
    # traceback logged at each
    import logging

    from tests.conftest import CORPUS
    from tests.test_store import _damage_inside

    index = tmp_path / "index"
    with IndexWriter(index) as w:
        for record in CORPUS:
            w.add(record)
    file = _damage_inside(index, "Павлодара")
    client = create_app(index, testing=True).test_client()
    with caplog.at_level(logging.INFO):
        assert get_json(client, "/health")["ok"] is True  # it opens: nothing read the damage yet
        assert get_json(client, "/api/search", q="Мажилиса")["total"] > 0
        answer = get_json(client, "/api/search", status=503, q="Павлодара")
        assert answer["error"].startswith("Индекс архива повреждён") and "--force" in answer["error"]
        page = client.get("/", query_string={"q": "Павлодара"})
        assert page.status_code == 503 and "Индекс архива повреждён" in html.unescape(page.get_data(as_text=True))
        assert get_json(client, "/health", status=503)["reason"] == "damaged"
    said = [r for r in caplog.records if r.levelno >= logging.WARNING]
    assert len(said) == 1 and f"its file {file} cannot be read" in said[0].getMessage(), said  # once, no traceback
    client.application.extensions["assembly_search"].close()


def test_the_request_log_has_one_line_per_request_with_the_client_and_the_query_in_words(tmp_path, caplog):
    # «GET /?q=%D1%84%D0%BE%D1%80%D1%83%D0%BC 200 12 ms»: no client, and the query to decode by hand
    import logging

    app = create_app(tmp_path / "nothing", testing=True, request_log=True)
    with caplog.at_level(logging.INFO, logger="search_app.requests"):
        for url, params in (("/api/search", {"q": "Ассамблея народа", "year": "2019"}), ("/doc/abc", {})):
            app.test_client().get(url, query_string=params, environ_base={"REMOTE_ADDR": "10.1.2.3"}).close()
    lines = [r.getMessage() for r in caplog.records if r.name == "search_app.requests"]
    assert [line.rsplit(" ", 2)[0] for line in lines] == [
        "10.1.2.3 GET /api/search?q=Ассамблея народа&year=2019 503", "10.1.2.3 GET /doc/abc 503"], lines
    assert all(line.endswith(" ms") for line in lines)


def test_behind_a_proxy_the_request_log_names_the_client_it_forwarded(tmp_path, caplog):
    import logging

    app = create_app(tmp_path / "nothing", testing=True, request_log=True, proxies=1)
    with caplog.at_level(logging.INFO, logger="search_app.requests"):
        app.test_client().get("/health", headers={"X-Forwarded-For": "10.9.8.7"},
                              environ_base={"REMOTE_ADDR": "127.0.0.1"}).close()
    assert [r.getMessage().rsplit(" ", 3)[0] for r in caplog.records if r.name == "search_app.requests"] == \
        ["10.9.8.7 GET /health"]


def test_the_request_log_escapes_control_characters_of_the_path(tmp_path, caplog):
    # a decoded %0A wrote a made-up line into the log, and %1B sent escapes to the operator's terminal
    import logging

    app = create_app(tmp_path / "nothing", testing=True, request_log=True)
    with caplog.at_level(logging.INFO, logger="search_app.requests"):
        for url in ("/x%0A2026-11-27 16:00:00,000 INFO search_app.requests: GET /admin 200 1 ms", "/a%1B[2J%C2%9B",
                    "/?q=%0A2026-11-27+16:00:00,000+INFO&x=%1B[2J",  # the query is decoded too
                    # line and paragraph separators (and NEL): str.splitlines() and log viewers break there
                    "/?q=x%E2%80%A810.0.0.9+GET+/admin&y=%E2%80%A9%C2%85"):
            app.test_client().get(url).close()
    lines = [r.getMessage() for r in caplog.records if r.name == "search_app.requests"]
    assert [line.rsplit(" ", 3)[0] for line in lines] == [
        "127.0.0.1 GET /x\\n2026-11-27 16:00:00,000 INFO search_app.requests: GET /admin 200 1 ms",
        "127.0.0.1 GET /a\\x1b[2J\\x9b", "127.0.0.1 GET /?q=\\n2026-11-27 16:00:00,000 INFO&x=\\x1b[2J",
        "127.0.0.1 GET /?q=x\\u202810.0.0.9 GET /admin&y=\\u2029\\x85"], lines
    assert all(len(line.splitlines()) == 1 for line in lines)


def test_facet_parameters_take_what_the_query_s_fields_take(client):
    # `language=казахский`, `format=PDF`, a surname or an alias: 200 with nothing found, silently
    for params, typed, resolved in (
        ({"language": "казахский"}, "lang:казахский", {"language": ["kk"]}),
        ({"language": "Kazakh"}, "lang:kk", {"language": ["kk"]}),
        ({"format": "PDF"}, "format:PDF", {"format": ["pdf"]}),
        ({"persons": "Назарбаев"}, "person:Назарбаев", {"persons": ["Н.А. Назарбаев"]}),
        ({"speakers": "Платонов"}, "speaker:Платонов", {"speakers": ["А. Платонов"]}),
        ({"topics": "молодежь"}, "topic:молодежь", {"topics": ["молодежная политика"]}),
    ):
        for url in ("/api/search", "/api/quotes"):
            data, by_query = get_json(client, url, **params), get_json(client, url, q=typed)
            assert data["total"] == by_query["total"] > 0 and data["filters"] == resolved, (url, params)
        rows = read_csv(client.get("/api/search.csv", query_string=params))
        assert len(rows) == get_json(client, "/api/search", **params)["total"], params
    assert get_json(client, "/api/search", speakers="К.К. Токаев")["filters"] == {"speakers": ["К.К. Токаев"]}


def test_a_facet_value_naming_nothing_is_said_in_the_json_and_the_csv(client):
    # a silent empty 200: a script reported «no documents» for a name the archive spells otherwise
    for url in ("/api/search", "/api/quotes"):
        data = get_json(client, url, speakers=["Иванов", "А. Платонов"], topics="экология")
        assert data["unknown"] == {"speakers": ["Иванов"], "topics": ["экология"]} and data["total"] == 0
        assert get_json(client, url, speakers="А. Платонов")["unknown"] == {}
    for url in ("/api/search.csv", "/api/quotes.csv"):
        rows = list(csv.reader(io.StringIO(client.get(url, query_string={"speakers": "Иванов"}).get_data(as_text=True)
                                           .lstrip("\ufeff")), delimiter=";"))
        assert rows[-1] == ["Таких значений фильтров в архиве нет, они ничего не находят: speakers=Иванов."]


def test_a_name_with_digits_or_a_bare_letter_names_nobody(client):
    # `x5`, `a0` were read as the initials К. and А.: a confident answer about the wrong people, no note;
    # `x.` as К. too (x reads as кс, two letters); and 3,000 such values, folded into the few speakers
    # they named, passed the limit of 100
    initial_a = get_json(client, "/api/search", speakers="А.")["filters"]["speakers"]
    assert "А. Платонов" in initial_a  # an initial written with its full stop names its people
    for url in ("/api/search", "/api/quotes"):
        for value in ("a0", "x5", "b12345", "А", "Платонов2", "x.", "X."):
            chosen = get_json(client, url, speakers=value)
            typed = get_json(client, url, q=f"speaker:{value}")
            assert chosen["total"] == typed["total"] == 0, (url, value)
            assert chosen["unknown"] == typed["unknown"] == {"speakers": [value]}, (url, value)
        data = get_json(client, url, status=400, speakers=[f"a{i}" for i in range(3000)])
        assert "Значений фильтра speakers не больше 100, а передано 3000" in data["error"]
        # the limit counts the values given, not the fewer facet values they name
        spellings = ["".join(c.upper() if i >> k & 1 else c for k, c in enumerate("платонов")) for i in range(101)]
        data = get_json(client, url, status=400, speakers=spellings)
        assert "Значений фильтра speakers не больше 100, а передано 101" in data["error"]


SURNAMES = ("Ахметов Бекенов Валиев Галиев Даулетов Ермеков Жанузаков Закиров Ибраев Кабиров Латыпов Мамедов Нуриев "
            "Омаров Пашаев Рахимов Саидов Таиров Уразов Фаизов Хасанов Чингизов Шарипов Юнусов Ядыкин Абенов "
            "Байтенов Всеволодов Гайсин Джумаев Есимов Жолдасов Зейнуллин Искаков Куанышев").split()


def test_facet_parameters_are_counted_as_given_not_as_the_speakers_they_name(tmp_path):
    # 34 surnames, each naming three speakers (А., Б. and В. Ахметов...), were refused by the API as
    # «передано 102», while the command's 34 --filter values searched them all
    from index.search import SearchRequest

    with IndexWriter(tmp_path / "index", create=True) as writer:
        for n, surname in enumerate(SURNAMES):
            names = [f"{initial}. {surname}" for initial in "АБВ"]
            writer.add(make_record(f"s{n:02}", f"Заседание Совета {n}", [
                f"«Единство народа — наша ценность», — сказал {name}." for name in names],
                when=date(2020, 3, 1 + n % 28), speakers=names, persons=names, speaker_of=dict(enumerate(names))))
    app = create_app(tmp_path / "index", testing=True)
    try:
        client = app.test_client()
        given = [("speakers", surname) for surname in SURNAMES[:34]]
        command = app.extensions["assembly_search"].search(
            SearchRequest("", typed_filters={"speakers": SURNAMES[:34]}))
        assert command.total == 34 and len(command.filters["speakers"]) == 102
        asked = lambda url, pairs: client.get(url, query_string=pairs)  # noqa: E731
        data = asked("/api/search", given).get_json()
        assert data["total"] == 34 and len(data["filters"]["speakers"]) == 102
        assert asked("/api/quotes", given + [("q", "единство")]).get_json()["total"] == 102
        assert len(read_csv(asked("/api/search.csv", given))) == 34
        refused = asked("/api/search", given + [("speakers", f"Д. Никто{i}") for i in range(67)])
        assert refused.status_code == 400
        assert refused.get_json()["error"].startswith("Значений фильтра speakers не больше 100, а передано 101")
        # the page counts the chips it would show: each of its links carries all 102, and would be refused
        page = asked("/", given)
        assert page.status_code == 400 and "можно выбрать не больше 100 значений, а выбрано 102" in page.get_data(
            as_text=True)
    finally:
        app.extensions["assembly_search"].close()


def test_a_quote_hit_names_its_own_language_format_and_api_address(tmp_path):
    # a quote's keys had neither: facets counted a Kazakh statement as kk, and to say so the client
    # had to fetch the whole document and find the passage; document hits had api_url, quotes not
    record = make_record("r1", "Круглый стол в Караганде", [
        "В Доме дружбы прошел круглый стол о языковой политике.",
        "«Тіл – халықтың жаны», – деді Б. Тілеуберді.",
    ], when=date(2023, 4, 3), fmt="html")
    record.passages[1].language = "kk"
    with IndexWriter(tmp_path / "index", create=True) as writer:
        writer.add(record)
    app = create_app(tmp_path / "index", testing=True)
    try:
        client = app.test_client()
        data = get_json(client, "/api/quotes", q="тіл", language="kk")
        assert data["facets"]["language"] == [{"value": "kk", "count": 1, "selected": True}]
        hit = data["hits"][0]
        assert hit["language"] == "kk" and hit["format"] == "html" and hit["api_url"] == "/api/documents/r1"
        document = get_json(client, hit["api_url"])
        assert document["language"] == "ru" and document["passages"][1]["language"] == hit["language"]
    finally:
        app.extensions["assembly_search"].close()


@pytest.fixture(scope="module")
def many_names_client(tmp_path_factory):
    """An archive of 150 speeches, each by a speaker of its own (as a real one names thousands)."""
    syllables = ["ба", "ка", "да", "ма", "са", "та", "на", "ла", "ра", "жа", "ха", "ча", "ша"]
    surnames = [f"{a}{b}ев".capitalize() for a in syllables for b in syllables][:150]
    path = tmp_path_factory.mktemp("many-names")
    with IndexWriter(path / "index", create=True) as writer:
        for i, surname in enumerate(surnames):
            name = f"К. {surname}"
            writer.add(make_record(f"n{i:03d}", f"Выступление {i}", [f"{name} отметил роль Ассамблеи народа."],
                                   when=date(2019, 1, 1) + timedelta(days=i), speakers=[name], persons=[name],
                                   speaker_of={0: name}))
    app = create_app(path / "index", testing=True)
    yield app.test_client(), sorted(f"К. {s}" for s in surnames)
    app.extensions["assembly_search"].close()


@pytest.mark.parametrize("address", ["/api/search", "/api/quotes"])
def test_the_facets_of_a_json_answer_are_capped_or_left_out_on_request(many_names_client, address):
    # every answer listed every value of every facet: 0.7 MB of names on each page at 5,000 names,
    # even with per_page=1, and `facets=none` was ignored
    client, names = many_names_client
    data = get_json(client, address, q="Ассамблеи", per_page=1)
    assert data["total"] == 150 and len(data["facets"]["speakers"]) == 100  # the default cap
    assert data["facet_totals"]["speakers"] == data["facet_totals"]["persons"] == 150  # so a client sees the cut
    assert data["facet_totals"]["year"] == len(data["facets"]["year"]) == 1
    # the first values in the facet's order, and a filter in force stays listed past the cap
    every = get_json(client, address, q="Ассамблеи", facet_limit="all")["facets"]["speakers"]
    assert len(every) == 150 and data["facets"]["speakers"] == every[:100]
    last = every[-1]["value"]
    chosen = get_json(client, address, q="Ассамблеи", facet_limit=5, speakers=last)["facets"]["speakers"]
    assert [f["value"] for f in chosen] == [f["value"] for f in every[:5]] + [last] and chosen[-1]["selected"]
    for off in ("0", "none", "false"):
        bare = get_json(client, address, q="Ассамблеи", per_page=1, facets=off)
        assert bare["facets"] == {} and bare["facet_totals"] == {} and bare["total"] == 150 and len(bare["hits"]) == 1
    for bad in ({"facets": "некоторые"}, {"facet_limit": "0"}, {"facet_limit": "много"}, {"facet_limit": "５"},
                {"facet_limit": "1_0"}):
        error = get_json(client, address, status=400, q="Ассамблеи", **bad)["error"]
        assert error.count(".") == 1 and error.endswith(".") and ("facets" in error or "facet_limit" in error), error
    # the page shows its own few values, as before
    page = client.get("/", query_string={"q": "Ассамблеи", "facets": "0"}).get_data(as_text=True)
    assert names[0] in page


def test_a_path_gone_since_a_rename_is_named_in_the_answers_and_the_csv(tmp_path):
    # a windows-1251 name converted to UTF-8 (convmv) and ingested without --prune: the API and
    # the CSV listed the same name twice, nothing saying which of the two files is gone
    import os

    from ingest.pipeline import IngestOptions, run_ingest

    archive = tmp_path / "share"
    archive.mkdir()
    old = os.path.join(os.fsencode(archive), "05_Решение.txt".encode("cp1251"))
    with open(old, "wb") as fh:
        fh.write("Решение Совета\n\nСовет ПЕРЕИМЕНОВАНИЕ одобрил план работы.\n".encode("utf-8"))
    index = tmp_path / "index"
    run_ingest([str(archive)], IngestOptions(index_dir=index, workers=1))
    os.rename(old, archive / "05_Решение.txt")
    run_ingest([str(archive)], IngestOptions(index_dir=index, workers=1))
    client = create_app(index, testing=True).test_client()
    hit = client.get("/api/search", query_string={"q": "ПЕРЕИМЕНОВАНИЕ"}).get_json()["hits"][0]
    name = str(archive / "05_Решение.txt")
    # the old name read as the new one does: `paths` less `gone_paths` left no file at all. The live file
    # is listed once, the gone one as the index keeps it (as the ingest report writes it)
    stored = f"bytes:{archive}/05_%D0%E5%F8%E5%ED%E8%E5.txt"
    assert hit["paths"] == [name] and hit["file_count"] == 1 and hit["gone_paths"] == [stored]
    assert [p for p in hit["paths"] if p not in hit["gone_paths"]] == [name]
    document = client.get(hit["api_url"]).get_json()
    assert (document["paths"], document["gone_paths"]) == ([name], [stored])
    row = read_csv(client.get("/api/search.csv", query_string={"q": "ПЕРЕИМЕНОВАНИЕ"}))[0]
    assert (row["files"], row["gone_files"]) == (name, stored)
    quote = read_csv(client.get("/api/quotes.csv", query_string={"q": "ПЕРЕИМЕНОВАНИЕ"}))[0]
    assert (quote["files"], quote["gone_files"]) == (name, stored)
    # the quotes' JSON says it too, as its CSV does (it did not)
    assert client.get("/api/quotes", query_string={"q": "ПЕРЕИМЕНОВАНИЕ"}).get_json()["hits"][0]["gone_paths"] == [stored]
    archive.joinpath("05_Решение.txt").rename(archive / "Решение.txt")  # both gone now
    assert client.get(hit["api_url"]).get_json()["gone_paths"] == [name, name]
    hit = client.get("/api/search", query_string={"q": "одобрил"}).get_json()["hits"][0]
    assert hit["gone_paths"] == [name, name]


def _nfd(text: str) -> str:
    import unicodedata
    return unicodedata.normalize("NFD", text)


@pytest.fixture(scope="module")
def yo_client(tmp_path_factory):
    """An archive with ё in a speaker's name and a topic, and a city (Семей) whose name begins as the
    surname's NFD form did when cut at its combining mark («Семе»)."""
    index = tmp_path_factory.mktemp("web-api-yo") / "index"
    with IndexWriter(index, create=True) as writer:
        writer.add(make_record("s1", "Заседание совета", ["А.Н. Семёнов отметил значение согласия и работы с молодёжью."],
                               when=date(2022, 3, 1), speakers=["А.Н. Семёнов"], persons=["А.Н. Семёнов"],
                               topics=["молодёжная политика"], speaker_of={0: "А.Н. Семёнов"}))
        writer.add(make_record("s2", "Форум в Семее", ["В Семее прошёл форум дружбы, участники отметили его итоги."],
                               when=date(2022, 4, 1)))
    app = create_app(index, testing=True)
    yield app.test_client()
    app.extensions["assembly_search"].close()


@pytest.mark.parametrize("q", ["Семёнов", "Семёнов отметил", "speaker:Семёнов", "Семён*", "СЕМЁНОВ", "Семёно\u0301в"])
def test_a_query_with_a_decomposed_yo_finds_what_the_composed_one_does(yo_client, q):
    # a Mac or a PDF viewer pastes ё as е + U+0308: the word was cut at the mark, «Семе» read as the city
    # Семей, and `Семёнов` found nothing (or, beside another word, the wrong documents as «most of the words»)
    for url in ("/api/search", "/api/quotes"):
        composed = get_json(yo_client, url, q=q)
        pasted = get_json(yo_client, url, q=_nfd(q))
        assert composed["total"] == pasted["total"] == 1, (url, q)
        assert [h["id"].split("/")[0] for h in pasted["hits"]] == ["s1"]  # a quote's id: s1/0
        assert not pasted["partial"] and pasted["expanded"] == {} and pasted["params"]["q"] == composed["params"]["q"]


def test_a_facet_value_with_a_decomposed_yo_names_the_facet_s_value(yo_client):
    # every facet parameter pasted with е + U+0308 named no value: total 0 and `unknown`
    for url in ("/api/search", "/api/quotes"):
        for name, value in (("speakers", "А.Н. Семёнов"), ("persons", "А.Н. Семёнов"), ("topics", "молодёжная политика")):
            answer = get_json(yo_client, url, **{name: _nfd(value)})
            assert answer["total"] == 1 and answer["filters"] == {name: [value]} and answer["unknown"] == {}, (url, name)
            assert [f["value"] for f in answer["facets"][name] if f["selected"]] == [value]
    page = yo_client.get("/", query_string={"speakers": _nfd("А.Н. Семёнов")}).get_data(as_text=True)
    assert "speakers=%D0%90.%D0%9D.+%D0%A1%D0%B5%D0%BC%D1%91%D0%BD%D0%BE%D0%B2" in page  # the chip's link in NFC
    assert _nfd("Семёнов") not in page


@pytest.mark.parametrize("invisible", ["\u200b", "\u00ad", "\u202e", "\u200b\u200d \ufeff"])
def test_a_query_of_invisible_characters_alone_is_no_word(client, invisible):
    # a zero-width space, a soft hyphen or a direction mark alone listed the whole archive, as no query
    for url in ("/api/search", "/api/quotes"):
        assert get_json(client, url, status=400, q=invisible)["error"] == (
            "В запросе нет ни одного слова: введите слово или фразу.")
    assert get_json(client, "/api/search", q=f"заседание{invisible}")["total"] == NEWS_COUNT  # beside a word: dropped


def test_a_document_refuses_an_exact_it_cannot_read(client):
    # the searches refused `exact=maybe`; the document's answer marked every form, unsaid
    refused = get_json(client, "/api/documents/d1", status=400, q="Ассамблеи", exact="maybe")
    assert refused["error"] == "Параметр exact — 1 (только точная форма слов) или 0, а передано «maybe»."
    assert get_json(client, "/api/documents/d1", q="Ассамблеи", exact="1")["match_count"] >= 1


@pytest.mark.parametrize("doc_id", ["79CBB2E1C09DA6FA", "xyz", "0123456789abcdef00", "0123456789abcde"])
def test_a_document_id_of_a_form_the_archive_never_gives_is_a_damaged_link(client, doc_id):
    # the API said the document might have been deleted, where the page says the link is damaged:
    # a portal showing it told its reader the wrong thing, and might drop the link as deleted
    answer = get_json(client, f"/api/documents/{doc_id}", status=404)
    assert answer["error"].startswith("Ссылка на документ повреждена") and "удалили" not in answer["error"]
    assert "удалили" in get_json(client, "/api/documents/0123456789abcdef", status=404)["error"]


def test_the_csv_writes_a_file_name_with_a_right_to_left_override_as_the_pages_show_it(tmp_path):
    # `отчет\u202etxt.exe\u202c.txt` showed in a spreadsheet as «отчетexe.txt.txt»: the pages and
    # the download name turn the marks into spaces, the CSV's files cells kept them
    from ingest.pipeline import IngestOptions, run_ingest

    archive, index = tmp_path / "archive", tmp_path / "index"
    (archive / "copies").mkdir(parents=True)
    text = "Справка о работе\n\nСовет ПРОВЕРКАИМЕН обсудил итоги года.\n"
    tricky, copy, gone = "отчет\u202etxt.exe\u202c.txt", "копия\nвторая\u202e.txt", "ушел\u202eфайл.txt"
    for name in (tricky, copy, gone):
        (archive / ("copies" if name == copy else "") / name).write_text(text, encoding="utf-8")
    run_ingest([str(archive)], IngestOptions(index_dir=index, workers=1))
    (archive / gone).unlink()
    client = create_app(index, testing=True).test_client()
    for address in ("/api/search.csv", "/api/quotes.csv"):
        row = read_csv(client.get(address, query_string={"q": "ПРОВЕРКАИМЕН"}))[0]
        cells = {row["files"], row["same_text_files"], row["gone_files"]} - {""}
        assert cells and not any(set(c) & {"\u202e", "\u202c", "\n"} for c in cells), row
        assert f"{archive}/отчет txt.exe .txt" in row["files"] + row["same_text_files"], row
        assert f"{archive}/ушел файл.txt" in row["gone_files"], row
    # the JSON keeps each name as it is on the disk: a script opens the file by it
    hit = client.get("/api/search", query_string={"q": "ПРОВЕРКАИМЕН"}).get_json()["hits"][0]
    assert f"{archive}/{tricky}" in hit["paths"] + [p for c in hit["copies"] for p in c["paths"]]
