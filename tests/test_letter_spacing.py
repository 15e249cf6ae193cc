"""Letter-spaced typewriter words («П Р О Т О К О Л») are read as the words they spell."""
import pytest
from conftest import hit_files, ingested_service

from index.search import SearchRequest
from ingest.parsers.letter_spacing import join_letter_spacing

PROTOCOL = ("              П Р О Т О К О Л   N 1\r\n"
            "        заседания Совета Ассамблеи народов Казахстана\r\n\r\n"
            "г.Алма-Ата                                  \" 12 \" апреля 1995 г.\r\n\r\n"
            "Присутствовали: члены Совета (список прилагается).\r\n\r\n"
            "СЛУШАЛИ: О подготовке II сессии Ассамблеи народов Казахстана.\r\n")
NOTE = ("Алма-Ата, 16 декабря 1991 г.\r\n\r\n"
        "          С П Р А В К А\r\n"
        "о национальных культурных центрах Казахской ССР\r\n\r\n"
        "В республике действуют 14 национально-культурных центров, первые из них\r\n"
        "созданы в 1989 году.\r\n")
MISTYPED = ("                        П Р ОТ О К О Л  N 3\n"
            "           заседания Малой ассамблеи народов Казахстана\n\n"
            "г.Семипалатинск                                   14 июня 1996 г.\n\n"
            "Председательствовал: заместитель акима области.\n")


def test_letter_spaced_typewritten_headings_are_found_and_title_as_words(tmp_path_factory):
    """A 1990s typist spaced a document's type letter by letter: each letter was indexed as a word,
    «протокол» found nothing, and the title read «П Р О Т О К О Л N 1 …»."""
    service = ingested_service(tmp_path_factory, {"prot_koi8.txt": PROTOCOL.encode("koi8-r"),
                                                  "spravka_cp866.txt": NOTE.encode("cp866"),
                                                  "prot_1996.txt": MISTYPED.encode("cp866")})
    try:
        protocols = service.search(SearchRequest(query="протокол", per_page=10))
        assert sorted(hit_files(protocols)) == ["prot_1996.txt", "prot_koi8.txt"]
        assert sorted(hit.title for hit in protocols.hits) == [
            "Протокол N 1 заседания Совета Ассамблеи народов Казахстана",
            "Протокол N 3 заседания Малой ассамблеи народов Казахстана"]
        notes = service.search(SearchRequest(query="справка", per_page=10))
        assert [hit.title for hit in notes.hits] == ["Справка о национальных культурных центрах Казахской ССР"]
    finally:
        service.close()


@pytest.mark.parametrize("text, joined", [
    ("Р Е Ш Е Н И Е   С О В Е Т А", "РЕШЕНИЕ   СОВЕТА"),  # the wider gap between two spaced words stays
    ("П р о т о к о л заседания", "Протокол заседания"),
    ("С П Р А В К А:", "СПРАВКА:"),
    ("M I N U T E S", "MINUTES"),
    ("П Р О Т О К О Л N 1", "ПРОТОКОЛ N 1"),  # the typewriter's Latin «N» (№) is no letter of the word
    # no spaced word: initials without dots, single-letter words, a two-letter word among them
    ("Н А Назарбаев", "Н А Назарбаев"),
    ("Я и в", "Я и в"),
    ("в т.ч. и в Астане", "в т.ч. и в Астане"),
    ("И ОН Я", "И ОН Я"),
    ("В с в у, и согласие", "В с в у, и согласие"),  # words of one letter each
    ("С И В В", "С И В В"),
])
def test_only_letters_spaced_one_by_one_are_joined(text, joined):
    assert join_letter_spacing(text) == joined
