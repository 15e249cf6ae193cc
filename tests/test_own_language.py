"""A snippet's `lang` is that of its match: a fragment running on from a Russian or Kazakh match into
an English paragraph was marked English, the language of most of its characters."""
from __future__ import annotations

from index.own_language import language_of_fragments

PASSAGES = [
    ("В Павлодаре состоялся фестиваль национальных культур.", "ru"),
    ("«Достық фестивалі – халқымыздың бірлігінің айқын көрінісі», – деді Ерлан Қарин.", "kk"),
    ("The festival gathered more than one hundred participants and guests from ethnocultural centres "
     "of every region of the country.", "en"),
]


def test_a_snippet_is_in_the_language_of_its_first_marked_word():
    russian = "… В Павлодаре <mark>состоялся</mark> фестиваль национальных культур. ¶ «Достық фестивалі"
    kazakh = ("… халқымыздың бірлігінің айқын көрінісі», – <mark>деді</mark> Ерлан Қарин. ¶ The festival gathered "
              "more than one hundred participants and guests from ethnocultural centres of every region")
    assert language_of_fragments(russian, PASSAGES, "ru") == "ru"
    assert language_of_fragments(kazakh, PASSAGES, "ru") == "kk"
    # a mark at the very start of a paragraph
    assert language_of_fragments("<mark>The</mark> festival gathered more", PASSAGES, "ru") == "en"


def test_a_snippet_without_a_mark_is_in_the_language_of_most_of_it():
    assert language_of_fragments("The festival gathered more than one hundred participants", PASSAGES, "ru") == "en"
    assert language_of_fragments("nothing of this document", PASSAGES, "ru") == "ru"
