"""Queries typed the way Google and Yandex taught people, over a real index, its web page and the
command: a minus pasted as a typographic dash, `|` for OR, a bare year range, operators of a query
typed in capitals, other engines' operators (NEAR, AROUND, ~~, ~word, !word) and fields (filetype:,
before:, date:, intitle:)."""
from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from datetime import date
from html import unescape
from pathlib import Path

import pytest

from conftest import make_record
from index.search import SearchRequest
from index.store import IndexWriter
from search_app import create_app

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def built_index(tmp_path_factory):
    """This module's index, which conftest's `service` fixture opens."""
    folder = tmp_path_factory.mktemp("habits")
    with IndexWriter(folder, create=True) as writer:
        writer.add(make_record("grant", "Волонтеры получили грант", [
            "Волонтеры Ассамблеи получили грант на проект помощи ветеранам."], when=date(2020, 3, 2)))
        writer.add(make_record("veterans", "Волонтеры помогли ветеранам", [
            "Волонтеры Ассамблеи помогли ветеранам Павлодара."], when=date(2019, 5, 7)))
        writer.add(make_record("youth", "Форум молодежи", ["Молодежь собралась на форум в Астане."],
                               when=date(2021, 6, 1)))
        writer.add(make_record("both", "Молодежь и волонтеры", ["Молодежь и волонтеры провели акцию."],
                               when=date(2022, 2, 1)))
        writer.add(make_record("mediation", "Медиация", ["Кабинет медиации открыт в Караганде."],
                               when=date(2018, 9, 9)))
        writer.add(make_record("almaty", "Алма-Ата", [
            "В Алма-Ате в 2018–2019 годах прошли встречи. Ассамблея — 30 лет единства."], when=date(2016, 1, 1)))
    return folder


@pytest.fixture()
def svc(service):
    return service


@pytest.fixture()
def client(built_index):
    app = create_app(built_index, testing=True)
    yield app.test_client()
    app.extensions["assembly_search"].close()


def found(svc, query: str) -> list[str]:
    res = svc.search(SearchRequest(query))
    assert res.error is None, (query, res.error)
    return sorted(h.doc_id for h in res.hits)


def page(client, query: str) -> tuple[int, str]:
    resp = client.get("/", query_string={"q": query})
    text = resp.get_data(as_text=True)
    return resp.status_code, " ".join(unescape(re.sub(r"<[^>]+>", " ", text)).split())


@pytest.mark.parametrize("dash", ["\u2013", "\u2014", "\u2212", "\u2010", "\u2011", "\u2012", "\u2015"])
def test_a_typographic_dash_glued_to_a_word_excludes_it_as_the_minus_does(svc, dash):
    # Word's autocorrect and pasted notes turn `-грант` into `–грант`: read as punctuation, the word
    # became required and the answer was the opposite set, unsaid
    res = svc.search(SearchRequest(f"волонтеры {dash}грант"))
    assert sorted(h.doc_id for h in res.hits) == ["both", "veterans"]
    assert res.excluded_words == ["грант"]
    assert found(svc, f"(волонтеры {dash}грант)") == ["both", "veterans"]
    assert found(svc, f"{dash}грант волонтеры") == ["both", "veterans"]


def test_a_dash_between_words_or_numbers_or_standing_alone_is_no_minus(svc):
    for query in ("Алма–Ата", "Алма—Ата", "2018–2019", "Ассамблея — 30 лет", "Ассамблея – единства"):
        res = svc.search(SearchRequest(query))
        assert [h.doc_id for h in res.hits] == ["almaty"] and res.excluded_words == [], query


@pytest.mark.parametrize("signs", ["\u2013-", "-\u2013", "\u2013\u2013", "-\u2212-"])
def test_a_dash_mixed_with_hyphens_is_one_minus_named_without_a_sign(svc, client, signs):
    res = svc.search(SearchRequest(f"волонтеры {signs}грант"))
    assert sorted(h.doc_id for h in res.hits) == ["both", "veterans"] and res.excluded_words == ["грант"]
    assert "Исключены документы со словом «грант»." in page(client, f"волонтеры {signs}грант")[1]


def test_a_pasted_sentence_s_glued_dash_is_the_minus_and_the_page_says_how_to_keep_it_text(svc, client):
    # the README's rule stays (a dash glued to a word is the minus); the page says to quote a quotation
    assert svc.search(SearchRequest("Ассамблея –единства")).excluded_words == ["единства"]
    tip = "Тире, приставленное к слову, читается как минус; если это цитата, возьмите её в кавычки."
    assert tip in page(client, "Ассамблея –единства")[1]
    assert tip not in page(client, "волонтеры -грант")[1]  # a minus typed as one: nothing to add
    assert found(svc, '"Ассамблея –единства"') == []  # quoted it is a phrase: «30 лет» stands between
    assert found(svc, '"лет –единства"') == ["almaty"]
    out = subprocess.run([sys.executable, "-m", "assembly_search.cli", "search", "--index", str(svc.index_dir),
                          "--", "Ассамблея –единства"], capture_output=True, text=True, cwd=ROOT,
                         env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert "quote a pasted sentence to search it as text" in out.stdout


def test_a_doubled_minus_names_the_word_it_excludes_without_the_sign(svc, client):
    res = svc.search(SearchRequest("волонтеры --грант"))
    assert sorted(h.doc_id for h in res.hits) == ["both", "veterans"] and res.excluded_words == ["грант"]
    assert "Исключены документы со словом «грант»" in page(client, "волонтеры --грант")[1]


def test_a_vertical_bar_is_or_spaced_glued_or_doubled(svc, client):
    either = found(svc, "волонтеры OR молодежь")
    assert either == ["both", "grant", "veterans", "youth"]
    for query in ("волонтеры | молодежь", "волонтеры|молодежь", "волонтеры || молодежь", "ВОЛОНТЕРЫ | МОЛОДЕЖЬ"):
        assert found(svc, query) == either, query
    assert found(svc, "медиация|Алма-Ата") == ["almaty", "mediation"]  # two words that never meet
    assert found(svc, "Ассамблея (year:2019 | year:2020)") == ["grant", "veterans"]
    assert found(svc, "year:2019|year:2020") == ["grant", "veterans"]
    assert found(svc, '"волонтеры | молодежь"') == []  # inside a phrase it is text: the words in this order
    status, text = page(client, "волонтеры | молодежь")
    assert status == 200 and "Найдено 4 документа" in text and "часть слов" not in text


def test_operators_of_a_query_typed_in_capitals_are_words_and_said_so(svc, client):
    # the README's reading (a headline's НЕ is a word) stays; the page says how to make it an operator
    res = svc.search(SearchRequest("ВОЛОНТЕРЫ НЕ ГРАНТ"))
    assert [h.doc_id for h in res.hits] == ["grant"] and res.lowercase_operators == [["ВОЛОНТЕРЫ", "НЕ", "ГРАНТ"]]
    status, text = page(client, "ВОЛОНТЕРЫ НЕ ГРАНТ")
    assert ("Запрос набран заглавными буквами, и «НЕ» в нём — обычное слово, а не исключение: нужны все слова "
            "запроса. Чтобы исключить «грант», наберите остальные слова строчными: волонтеры НЕ грант или "
            "волонтеры -грант.") in text
    # an abbreviation keeps its capitals: АНК in lowercase is not expanded to the Assembly
    assert "наберите остальные слова строчными: АНК НЕ грант или АНК -грант." in \
        page(client, "ВОЛОНТЕРЫ АНК НЕ ГРАНТ")[1]
    status, text = page(client, "МОЛОДЕЖЬ ИЛИ ВОЛОНТЕРЫ")
    assert "Чтобы найти любое из слов, наберите остальные слова строчными: молодежь ИЛИ волонтеры." in text
    # a headline's НЕ before a verb is the sentence's own: nothing to say
    assert svc.search(SearchRequest("ВОЛОНТЕРЫ НЕ ПОМОГЛИ")).lowercase_operators == []
    out = subprocess.run([sys.executable, "-m", "assembly_search.cli", "search", "--index", str(svc.index_dir),
                          "--", "ВОЛОНТЕРЫ НЕ ГРАНТ"], capture_output=True, text=True, cwd=ROOT,
                         env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert "a query typed wholly in capitals has no operators: type the other words in lowercase" in out.stdout


def test_a_bare_year_range_with_dots_is_refused_naming_the_year_filter(svc, client):
    res = svc.search(SearchRequest("Ассамблея 2018..2019"))
    assert res.error == "Диапазон «2018..2019» задаётся только для года, с полем: year:2018..2019."
    assert client.get("/", query_string={"q": "Ассамблея 2018..2019"}).status_code == 400
    assert found(svc, "Ассамблея year:2018..2019") == ["veterans"]  # the filter itself still works
    assert found(svc, "волонтеры year:2019..2020") == ["grant", "veterans"]


def test_a_dashed_year_range_is_text_and_the_page_names_the_filter_unless_every_word_was_found(svc, client):
    assert found(svc, "2018–2019") == ["almaty"]  # a document writes it with every word: nothing said
    assert "year-range-note" not in client.get("/", query_string={"q": "2018–2019"}).get_data(as_text=True)
    for query in ("волонтеры 2019-2020", "2019-2020", "волонтеры 2019-2020гг", "волонтеры (2019-2020)"):
        status, text = page(client, query)
        typed = query.split()[-1].strip("()")
        assert status == 200 and (f"«{typed}» искали как текст. Чтобы отобрать документы 2019–2020 годов, "
                                  "напишите year:2019-2020 (или год:2019-2020).") in text, query
    # a document writes the range, but not with the other words: the partial answer holds any year
    for query in ("волонтеры 2018-2019", "волонтеры 2018–2019", "волонтеры 2018/2019", "волонтеры 2018 - 2019"):
        assert "напишите year:2018-2019 (или год:2018-2019)." in page(client, query)[1], query
    assert "year-range-note" not in client.get("/", query_string={"q": "волонтеры -2018-2019"}).get_data(as_text=True)
    out = subprocess.run([sys.executable, "-m", "assembly_search.cli", "search", "--index", str(svc.index_dir),
                          "--", "волонтеры 2018-2019"], capture_output=True, text=True, cwd=ROOT,
                         env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert "«2018-2019» was searched as text; to keep the documents of 2018-2019, type year:2018-2019." in out.stdout
    assert found(svc, "волонтеры year:2019-2020") == ["grant", "veterans"]


@pytest.mark.parametrize("query, sentence", [
    ("волонтеры NEAR ветеранам", 'Оператора NEAR здесь нет: слова рядом ищет фраза в кавычках с расстоянием, '
                                 'например "волонтеры ветеранам"~5'),
    ("волонтеры NEAR/3 ветеранам", '"волонтеры ветеранам"~3'),
    ("волонтеры AROUND(2) ветеранам", 'Оператора AROUND здесь нет: слова рядом ищет фраза в кавычках с расстоянием, '
                                      'например "волонтеры ветеранам"~2'),
    ("волонтеры AROUND (2) ветеранам", 'Оператора AROUND здесь нет: слова рядом ищет фраза в кавычках с расстоянием, '
                                       'например "волонтеры ветеранам"~2'),
    ("волонтеры AROUND ветеранам", 'Оператора AROUND здесь нет: слова рядом ищет фраза в кавычках с расстоянием, '
                                   'например "волонтеры ветеранам"~5'),
    ("волонтеры NEAR(3) ветеранам", 'Оператора NEAR здесь нет: слова рядом ищет фраза в кавычках с расстоянием, '
                                    'например "волонтеры ветеранам"~3'),
    ("волонтеры W/3 ветеранам", 'Оператора W/3 здесь нет: слова рядом ищет фраза в кавычках с расстоянием, '
                                'например "волонтеры ветеранам"~3'),
    ("волонтеры /3 ветеранам", 'Оператора /3 здесь нет: слова рядом ищет фраза в кавычках с расстоянием, '
                               'например "волонтеры ветеранам"~3'),
    ("волонтеры ~~ грант", "Знак «~~» здесь не исключает: чтобы найти документы без слова «грант», поставьте минус "
                           "или НЕ: -грант или НЕ грант."),
    ("~медиация", "Знак «~» перед словом «медиация» не нужен"),
    ("!медиации", "Знак «!» перед словом «медиации» не работает: чтобы найти слово только в этой форме, ищите "
                  "точную форму (--exact, exact=1)."),
])
def test_other_engines_operators_are_refused_naming_what_does_their_job(svc, query, sentence):
    res = svc.search(SearchRequest(query))
    assert res.hits == [] and res.error is not None and sentence in res.error, res.error


def test_other_engines_operators_as_the_web_page_says_them_and_what_stays_a_word(svc, client):
    status, text = page(client, "!медиации")
    assert status == 400 and "отметьте флажок «точная форма слов»" in text
    assert [h.doc_id for h in svc.search(SearchRequest("!медиации", exact=True)).hits] == ["mediation"]
    assert found(svc, '"волонтеры ветеранам"~5') == ["veterans"]  # what NEAR is offered
    assert svc.search(SearchRequest("HOUSE NEAR RIVER")).error is None  # a headline's word in capitals
    assert found(svc, "Ассамблея — 30 лет") == ["almaty"]


@pytest.mark.parametrize("query, api, web", [
    ("медиация filetype:pdf", "Поля «filetype:» нет; формат файла задаёт поле format: (формат:), например format:pdf.",
     None),
    # before:2020 leaves 2020 out: the example is the year before it
    ("волонтеры before:2020", "Поля «before:» нет; год задаёт поле year: (год:), например year:2019, а период — даты "
                              "from и to (в командной строке --from и --to).",
     "Поля «before:» нет; год задаёт поле year: (год:), например year:2019, а период — поля дат «с» и «по» под "
     "строкой поиска."),
    ("волонтеры до:2020", "например year:2019,", None),
    ("волонтеры after:2019", "например year:2020,", None),
    ("волонтеры since:2019", "например year:2019,", None),
    ("волонтеры дата:2019", "например year:2019", "поля дат «с» и «по»"),
    ("intitle:медиация", "Поля «intitle:» нет: слова запроса ищутся и в заголовке, и в тексте", None),
    ("автор:Токаев", "выступающего задаёт поле speaker: (выступающий:), упомянутого — person: (упоминается:), "
                     "например speaker:Токаев.", None),
    # a quoted value whole, in quotes as the field takes it
    ('сессия author:"К.К. Токаев"', 'например speaker:"К.К. Токаев".', None),
    ("сессия автор:«Токаев К.К.»", 'например speaker:"Токаев К.К.".', None),
])
def test_other_engines_fields_are_refused_naming_the_equivalent(svc, client, query, api, web):
    res = svc.search(SearchRequest(query))
    assert res.error is not None and api in res.error, res.error
    status, text = page(client, query)
    assert status == 400 and (web or api) in text
    resp = client.get("/api/search", query_string={"q": query})
    assert resp.status_code == 400 and api in json.loads(resp.get_data(as_text=True))["error"]
