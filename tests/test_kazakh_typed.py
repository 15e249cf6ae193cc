"""Kazakh typed on a Russian keyboard, in a real index: a form the archive does not write (`кенес`: it writes
«кеңесінің», «кеңестері») is offered its Kazakh spelling, which finds the word's other forms; a suggestion
is a word someone writes, never an index stem."""

from __future__ import annotations

import pytest

from conftest import ingested_service
from index.kazakh_typed import MAX_RESPELLINGS, kazakh_respellings
from index.search import SearchRequest

DOCUMENTS = {
    "council.txt": "Ассамблея кеңесінің отырысы\n\nШымкент қаласында өңірлік Ассамблея кеңесінің отырысы өтті. "
                   "Қоғамдық келісім кеңестері жұмысын жандандырды.\n",
    "deputy.txt": "Төраға орынбасарының баяндамасы\n\nСөз Ассамблея Төрағасының орынбасары Тұяқбайға берілді. "
                  "Ж. Тұяқбай баяндама жасады.\n",
    "schools.txt": "Жексенбілік мектептерге қолдау\n\nЭтностардың тілдерін оқытатын жексенбілік мектептерге қолдау көрсетілсін.\n",
    "meeting.txt": "Хатшылық шешімі\n\nХатшылық отырысында мәселе қаралды. Төраға отырысын жабық деп жариялады.\n",
}


@pytest.fixture(scope="module")
def archive(tmp_path_factory):
    service = ingested_service(tmp_path_factory, DOCUMENTS)
    yield service
    service.close()


@pytest.mark.parametrize("typed, offered", [
    # before: nothing found and no suggestion, or (`отырысынын`, a genitive) another case, the locative
    ("кенес", "кеңес"), ("кенеси", "кеңесі"), ("Тұяқбайдын", "Тұяқбайдың"), ("тили", "тілі"),
    ("отырысынын", "отырысының"), ("Кенеси отырысынын", "Кеңесі отырысының"),
])
def test_a_kazakh_word_typed_on_a_russian_keyboard_is_offered_its_kazakh_spelling(archive, typed, offered):
    result = archive.search(SearchRequest(typed))
    assert result.total == 0 and result.suggestion == offered
    assert archive.search(SearchRequest(offered)).total > 0


def test_a_suggestion_is_the_archives_word_not_its_stem(archive):
    # «мектептерге» was offered as «мектептерг», the index's stem of it, a guessed Russian nominative
    assert archive.search(SearchRequest("мектептер")).suggestion == "мектептерге"


def test_a_russian_word_is_no_kazakh_word_typed_on_a_russian_keyboard(archive):
    # «депутатка» is spelt right: no «депутатқа»
    assert archive.search(SearchRequest("депутатка")).suggestion is None


def test_the_readings_follow_vowel_harmony():
    readings = kazakh_respellings("кенеси")
    assert "кеңесі" in readings and "кеңеси" in readings
    assert not any(letter in reading for reading in readings for letter in "әө")  # no а, о to read as front vowels
    assert kazakh_respellings("казак")[:1] != ["казак"] and "қазақ" in kazakh_respellings("казак")
    assert "кәзәк" in kazakh_respellings("казак") and "қәзәк" not in kazakh_respellings("казак")
    # a word of many look-alikes is left alone: each reading costs an analysis
    assert kazakh_respellings("кнкнкнкнкнкнкн") == [] and MAX_RESPELLINGS < 2 ** 12
