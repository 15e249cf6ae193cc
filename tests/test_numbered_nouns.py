"""A Kazakh numbered part glued to its number («5-бап») is found in every case of its possessive
(«5-бабына», «5-бабының»), which Russian's dictionary read as «баба», and in its own cases («5-бапта»,
«5-баптан»), whose three-letter stem no dictionary knows."""
from __future__ import annotations

import pytest

from conftest import hit_files, ingested_service
from index.analysis import analyze_terms, query_terms
from index.search import SearchRequest

DOCUMENTS = {
    "zan.txt": "Қазақстан халқы Ассамблеясы туралы\n\n5-бап. Ассамблеяның құрылымы\n\n"
               "1. Ассамблеяның құрылымын Ассамблея сессиясы құрайды.\n",
    "sheshim.txt": "Кеңес шешімі\n\nҚазақстан Республикасы Заңының 5-бабына сәйкес Кеңес шешті.\n",
    "ereje.txt": "Ереже\n\nЗаңның 5-бабының 1-тармағына және Ереженің 6-тармағының 2) тармақшасына сәйкес.\n",
    "other.txt": "Тағы бір шешім\n\nЗаңның 4-бабына сәйкес Кеңес шешті.\n",
    "russian.txt": "Бабушкины сказки\n\nБабы пекли пироги к празднику.\n",
    "tusindirme.txt": "Түсіндірме\n\nЗаңның 5-бапта көзделген құрылымы өзгеріссіз қалды.\n",
    "kenes.txt": "Кеңес өкілеттіктері\n\nКеңестің өкілеттіктері 5-баптан туындайды.\n",
}


@pytest.fixture(scope="module")
def articles(tmp_path_factory):
    service = ingested_service(tmp_path_factory, DOCUMENTS)
    yield service
    service.close()


@pytest.mark.parametrize("word", ["5-бап", "5-бабы", "5-бабын", "5-бабына", "5-бабының", "5-бабында", "5-бабымен"])
def test_every_case_of_a_numbered_article_is_the_article(word):
    # were 5-баба, 5-бабын, 5-бабынд: three terms, none the article's
    assert query_terms(word) == ["5", "бап"]
    assert "баба" not in analyze_terms(word)


@pytest.mark.parametrize("word", ["5-бапта", "5-баптан", "5-баптағы", "5-бапты", "5-баппен", "5-баптардан"])
def test_a_case_of_the_numbered_article_itself_is_the_article(word):
    # were 5-бапт, 5-баптан, 5-баптақ: each form found only itself
    assert query_terms(word) == ["5", "бап"]
    assert "5-бап" in analyze_terms(word)


def test_a_case_of_a_numbered_chapter_is_the_chapter():
    assert query_terms("2-тарауда") == query_terms("2-тарау")
    assert query_terms("2020-жылдан") == ["2020", "жыл"]


@pytest.mark.parametrize("query", ["5-бап", "5-бабы", "5-бабына", "5-бабының", "5-бапта", "5-баптан"])
def test_an_article_typed_in_any_case_finds_every_citation_of_it(articles, query):
    # `5-бап` found only the heading «5-бап.», `5-бабы` only «5-бабының», none «5-бапта», «5-баптан»
    assert sorted(hit_files(articles.search(SearchRequest(query)))) == [
        "ereje.txt", "kenes.txt", "sheshim.txt", "tusindirme.txt", "zan.txt"]


def test_a_russian_word_finds_no_article_and_keeps_its_own_reading(articles):
    assert hit_files(articles.search(SearchRequest("баба"))) == ["russian.txt"]


def test_a_russian_word_after_a_number_keeps_its_terms():
    assert query_terms("15-летие") == ["15", "летие"] and query_terms("2-комнатной") == ["2", "комнатный"]


def test_a_point_typed_as_its_possessive_finds_it_and_its_possessive_alone_still_does(articles):
    assert query_terms("6-тармағының") == ["6", "тармақ"]
    assert hit_files(articles.search(SearchRequest("тармағының"))) == ["ereje.txt"]
