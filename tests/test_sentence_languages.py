"""A Kazakh sentence inside a Russian paragraph (a stenogram's turn closing in Kazakh), or a Russian one
inside a Kazakh paragraph, marked with its own `lang` on the document page, in snippets and in quotes
(index.sentence_languages, search_app.sentence_langs), over a real ingested index."""
from __future__ import annotations

import re

import pytest

from conftest import ingested_service
from index.sentence_languages import other_language_sentences
from search_app import create_app
from search_app.sentence_langs import with_sentence_langs

KAZAKH = "Бірлік пен келісім – біздің басты байлығымыз, оны сақтау әрқайсымыздың міндетіміз."
TURN = ("Уважаемые коллеги, работа Ассамблеи в регионах продолжается по утвержденному плану. "
        f"{KAZAKH} Спасибо за внимание.")
DOCUMENTS = {"stenogramma_2024.txt": (
    "Стенограмма заседания Совета Ассамблеи народа Казахстана\n\nАстана, 12 марта 2024 г.\n\n"
    f"ПРЕДСЕДАТЕЛЬ. {TURN}\n\n"
    "КАРИН Е.Л. Волонтерское движение Ассамблеи объединило тысячи молодых людей из всех регионов страны.\n")}


def test_a_sentence_clearly_in_the_other_language_is_found_and_names_and_short_ones_are_not():
    spans = other_language_sentences(TURN, "ru")
    assert [(TURN[a:b], lang) for a, b, lang in spans] == [(KAZAKH, "kk")]
    assert other_language_sentences("Ә.Т. Жұмабаева выступила с докладом о работе Ассамблеи.", "ru") == []  # a name
    assert other_language_sentences("Рақмет, отырыңыз. Продолжим работу по плану.", "ru") == []  # too short to tell
    kazakh = "Жиын Астанада өтті. Председатель отметил, что работа идет по плану."
    assert [(kazakh[a:b], lang) for a, b, lang in other_language_sentences(kazakh, "kk")] == [
        ("Председатель отметил, что работа идет по плану.", "ru")]


def test_a_span_never_cuts_a_match_and_keeps_the_escapes():
    fragment = "Мы &laquo;за&raquo; мир. <mark>Бірлік</mark> пен келісім – біздің басты <mark>байлығымыз, оны</mark> сақтау. Ещё раз."
    assert str(with_sentence_langs(fragment, "ru")) == (
        'Мы &laquo;за&raquo; мир. <span lang="kk"><mark>Бірлік</mark> пен келісім – біздің басты <mark>байлығымыз, оны'
        '</mark> сақтау.</span> Ещё раз.')
    across = "<mark>Спасибо. Бірлік</mark> пен келісім – біздің басты байлығымыз."
    assert str(with_sentence_langs(across, "ru")) == f'<span lang="kk">{across}</span>'


@pytest.fixture(scope="module")
def client(tmp_path_factory):
    service = ingested_service(tmp_path_factory, DOCUMENTS)
    app = create_app(service.index_dir, testing=True)
    yield app.test_client()
    app.extensions["assembly_search"].close()
    service.close()


KAZAKH_SPAN = re.compile(r'<span lang="kk">([^<]*(?:<mark[^>]*>[^<]*</mark>[^<]*)*)</span>')


def _kazakh_spans(html: str) -> list[str]:
    return [re.sub(r"<[^>]+>", "", m) for m in KAZAKH_SPAN.findall(html)]


def test_the_document_page_a_snippet_and_a_quote_mark_the_kazakh_sentence_of_a_russian_turn(client):
    # only a paragraph wholly in Kazakh had lang="kk": a screen reader read ә, ң, ғ, ұ with the Russian voice
    listing = client.get("/?q=байлығымыз").get_data(as_text=True)
    snippet = re.search(r'<p class="snippet"[^>]*>.*?</p>', listing, re.S).group(0)
    assert 'lang="kk"' not in snippet[:snippet.index(">")]  # the snippet stays Russian, its sentence is Kazakh
    assert _kazakh_spans(snippet) == [KAZAKH]
    quotes = client.get("/quotes?q=байлығымыз").get_data(as_text=True)
    quote = re.search(r"<blockquote[^>]*>.*?</blockquote>", quotes, re.S).group(0)
    assert _kazakh_spans(quote) == [KAZAKH]
    href = re.search(r'<a href="(/doc/[^"?]+)', listing).group(1)
    page = client.get(href).get_data(as_text=True)
    text = page[page.index('id="text"'):]
    assert _kazakh_spans(text) == [KAZAKH]  # one sentence of the turn; the rest, and the other turn, Russian
    assert "Спасибо за внимание." in text and 'lang="kk"' not in text[:text.index("<p")]
