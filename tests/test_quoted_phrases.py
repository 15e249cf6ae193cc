"""The one helper every query rewrite uses to leave quoted phrases as typed."""
import re

from index.quoted_phrases import change_outside_quotes, parts_outside_quotes, sub_outside_quotes


def test_a_phrase_and_its_distance_stay_as_typed():
    text = 'сессия "круглый стол"~2 маслихат "ассамблея"'
    assert change_outside_quotes(text, str.upper) == 'СЕССИЯ "круглый стол"~2 МАСЛИХАТ "ассамблея"'


def test_an_unclosed_quotation_mark_leaves_the_rest_to_the_rewrite():
    assert sub_outside_quotes(re.compile(r"\d+"), "N", 'закон "о языках 2019') == 'закон "о языках N'


def test_the_parts_outside_are_listed_without_the_phrases():
    assert parts_outside_quotes('в 2019 "в 2015 году"~3 году') == ["в 2019 ", " году"]
