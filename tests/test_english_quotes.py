"""English quotes as an agency correspondent cites them from the quotes tab: a press release's quote of
several sentences in curly quotes («“…. …,” X said.»), a Russian report quoting an English statement
(«X отметил: “…”»), and an English «he said» after a sentence naming two people. One real index over
real files, asked through /api/quotes and /api/search."""
from __future__ import annotations

import pytest

from tests.quote_api import client_of, document, write_documents

LEAD = "ASTANA, April 27, 2023 — Chairman of the Senate Maulen Ashimbayev took part in the session of the Assembly."
TWO_SENTENCES = {
    # the attribution after the quote, either order, and a web page
    "said-after.txt": ["Senate Speaker attends session", LEAD,
                       "“The Assembly played an important role in the parliamentary elections. The deputies elected "
                       "to the Mazhilis represent all ethnic groups,” Ashimbayev said."],
    "said-first.txt": ["Senate Speaker meets volunteers", LEAD,
                       "“Volunteers of the Assembly helped at every polling station. Their work earned the trust of "
                       "the voters,” said Ashimbayev."],
    "page.html": "<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Senate Speaker at the forum</title></head>"
                 f"<body><h1>Senate Speaker at the forum</h1><p>{LEAD}</p>"
                 "<p>“Interethnic harmony is the main treasure of our country. We must guard it like the apple of "
                 "our eye,” Ashimbayev said.</p></body></html>",
}

RUSSIAN_ABOUT_ENGLISH = {
    "osce.txt": ["Круглый стол ОБСЕ и АНК в Шымкенте", "Шымкент, 14 октября 2021 года",
                 "Верховный комиссар ОБСЕ по делам национальных меньшинств Кайрат Абдрахманов отметил: "
                 "“Kazakhstan’s experience in inter-ethnic dialogue deserves to be studied across the OSCE region.”"],
    # so few Russian words that the whole document reads English
    "taraz.txt": ["Встреча в Таразе", "Тараз, 15 октября 2021 года",
                  "Кайрат Абдрахманов отметил: «Our dialogue platform is open to every community of the region»."],
}

HE_SAID = {
    "he-said.txt": ["Session of the Assembly",
                    "NUR-SULTAN, April 29, 2019 — President Kassym-Jomart Tokayev chaired the session of the Assembly "
                    "of People of Kazakhstan.",
                    "Tokayev noted the special role of Nursultan Nazarbayev in founding the Assembly. “The First "
                    "President proposed creating the Assembly in 1995, and today this model is recognised all over "
                    "the world,” he said."],
    # the subject is a post the rules cannot name: nobody, rather than the person in the genitive's place
    "post-said.txt": ["Forum of the Assembly",
                      "NUR-SULTAN, May 12, 2019 — The forum of the Assembly was held in the capital.",
                      "The President thanked Nursultan Nazarbayev for the idea of the forum. “This forum unites the "
                      "young volunteers of all regions,” he said."],
}


@pytest.fixture(scope="module")
def client(tmp_path_factory):
    docs = tmp_path_factory.mktemp("english-quotes")
    write_documents(docs, TWO_SENTENCES | RUSSIAN_ABOUT_ENGLISH | HE_SAID)
    with client_of(docs, tmp_path_factory.mktemp("index")) as c:
        yield c


def _total(client, q: str) -> int:
    return client.get("/api/search", query_string={"q": q}).get_json()["total"]


def _quotes(client, q: str) -> list[dict]:
    return client.get("/api/quotes", query_string={"q": q, "per_page": 50}).get_json()["hits"]


@pytest.mark.parametrize("query, cited", [
    ("Mazhilis", "«The Assembly played an important role in the parliamentary elections. The deputies elected to "
                 "the Mazhilis represent all ethnic groups» — M. Ashimbayev;"),
    ("polling station", "«Volunteers of the Assembly helped at every polling station. Their work earned the trust "
                        "of the voters» — M. Ashimbayev;"),
    ("apple of our eye", "«Interethnic harmony is the main treasure of our country. We must guard it like the apple "
                         "of our eye» — M. Ashimbayev;")])
def test_an_english_quote_of_two_sentences_in_curly_quotes_is_one_direct_quote_of_its_speaker(client, query, cited):
    # before: «Пересказ: The deputies elected to the Mazhilis represent all ethnic groups,” Ashimbayev said.» and
    # the first sentence a passage of its own, with no speaker and a stray “
    hit, = _quotes(client, query)
    assert hit["speakers"] == ["M. Ashimbayev"] and hit["speech"] == "direct"
    assert hit["citation"].startswith(cited)


@pytest.mark.parametrize("query", ["parliamentary elections", "trust of the voters", "main treasure"])
def test_the_first_sentence_of_an_english_quote_is_no_passage_of_nobody(client, query):
    hit, = _quotes(client, query)
    assert hit["speakers"] == ["M. Ashimbayev"] and "“" not in hit["citation"]


def test_a_russian_sentence_quoting_an_english_statement_names_its_speaker(client):
    # before: speakers=[] and persons=[]; the quote was cited with no author, the Russian narration and all
    hit, = _quotes(client, "OSCE region")
    assert hit["speakers"] == ["К. Абдрахманов"]
    hit, = _quotes(client, "dialogue platform")
    assert hit["speakers"] == ["К. Абдрахманов"]
    for name in RUSSIAN_ABOUT_ENGLISH:
        doc = document(client, name)
        assert doc["speakers"] == ["К. Абдрахманов"] and doc["persons"] == ["К. Абдрахманов"]
    assert _total(client, "speaker:Абдрахманов") == _total(client, "person:Абдрахманов") == 2


def test_english_he_said_is_the_subject_s_not_the_last_name_before_it(client):
    # before: «The First President proposed …» — Н.А. Назарбаев, К.К. Токаев: the name in «the role of …» and
    # the one the quote itself names were made speakers
    hit, = _quotes(client, "recognised all over the world")
    assert hit["speakers"] == ["К.К. Токаев"] and hit["speech"] == "direct"
    doc = document(client, "he-said.txt")
    assert doc["speakers"] == ["К.К. Токаев"] and doc["persons"] == ["К.К. Токаев", "Н.А. Назарбаев"]


def test_english_he_said_after_a_post_is_nobody_s_rather_than_another_s(client):
    hit, = _quotes(client, "young volunteers")
    assert "Н.А. Назарбаев" not in hit["speakers"]
    assert document(client, "post-said.txt")["speakers"] == []
