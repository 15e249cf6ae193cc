"""An OCR'd dateline dates its document: letters read as the date's digits, a month in Latin
capitals, both kinds of look-alike at once (ingest.parsers.ocr_dates)."""
from __future__ import annotations

from datetime import date

import pytest

from conftest import ingested_service
from index.results import SearchRequest
from ingest.parsers.normalize import dateline_reading

NOTE = ("ИНФОРМАЦИЯ\nо заседании Малой Ассамблеи\n\n"
        "г. Павлодар                               {}\n\n"
        "Состоялось заседание Малой Ассамблеи области. Участники обсудили вопросы\n"
        "укрепления межэтнического согласия и работы воскресных школ.\n")
DATELINES = {
    "latin_l_and_month.txt": ("2l oктябpя 2003 г.", date(2003, 10, 21)),  # Latin l and Latin o, p at once
    "quoted_b_day.txt": ("«1б» июня 1996 г.", date(1996, 6, 16)),
    "b_year.txt": ("16 июня 199б г.", date(1996, 6, 16)),
    "b_day.txt": ("1б июня 1996 г.", date(1996, 6, 16)),
    "ze_day.txt": ("З0 мая 1997 г.", date(1997, 5, 30)),
    "latin_o_dotted.txt": ("O5.O3.1998", date(1998, 3, 5)),
    "ze_dotted.txt": ("12.0З.1999", date(1999, 3, 12)),
    "latin_capital_month.txt": ("12 MAPTA 1999 г.", date(1999, 3, 12)),
    "both_in_the_year.txt": ("«1б» июня 199б г.", date(1996, 6, 16)),
}


@pytest.fixture(scope="module")
def dated(tmp_path_factory):
    service = ingested_service(tmp_path_factory, {name: NOTE.format(line) for name, (line, _) in DATELINES.items()})
    hits = service.search(SearchRequest(sort="added", per_page=50)).hits
    service.close()
    return {hit.paths[0].rsplit("/", 1)[-1]: hit.date for hit in hits}


@pytest.mark.parametrize("name", DATELINES)
def test_an_ocr_misread_dateline_dates_the_document(dated, name):
    assert dated[name] == DATELINES[name][1]


@pytest.mark.parametrize("line", [
    "Ученики 10б класса, 12 марта 1999 г.",  # a school class stays a class
    "З0 мая 1997 г.", "O5.O3.1998", "«1б» июня 199б г.",
])
def test_the_reading_keeps_the_lines_length_and_the_words_around_the_date(line):
    read = dateline_reading(line)
    assert len(read) == len(line)
    assert ("10б" in read) == ("10б" in line)


def test_letters_without_a_digit_beside_them_are_no_date():
    assert dateline_reading("О мая Ооо 1999") == "О мая Ооо 1999"
