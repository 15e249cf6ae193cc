"""Which numbers of a text are years it dates something by (index.written_years)."""
from __future__ import annotations

from index.analysis import sentence_words
from index.written_years import dated_years, is_own_date


def years(text: str, exact: bool = False) -> list[int]:
    return [date for _, date in dated_years(sentence_words(text, exact))]


def test_a_year_is_written_as_one():
    assert years("Дом дружбы открыт в 1996 году.") == [19960000]
    assert years("Ассамблея создана 1 марта 1995 г.") == [19950301]
    assert years("Ассамблея создана 01.03.1995.") == [19950301]
    assert years("Ассамблея 1995 жылғы 1 наурызда құрылды.") == [19950301]
    assert years("The Assembly was founded on March 1, 1995.") == [19950301]
    assert years("The Assembly was founded in 1995.") == [19950000]
    # a range, written together or apart
    assert years("в 1995–2000 годах") == [19950000, 20000000]
    assert years("с 1995 по 2000 год") == [19950000, 20000000]
    # an exact search keeps the words as written
    assert years("создана 1 марта 1995 года", exact=True) == [19950301]


def test_a_number_of_things_is_no_year():
    # «на 1800 мест», «более 2000 участников» made a sentence dated for a question of when
    assert years("Открыт зал на 1800 мест.") == []
    assert years("В форуме приняли участие более 2000 участников и 1900 гостей.") == []


def test_a_documents_own_date_is_its_dateline():
    assert is_own_date(20210405, 20210405) and is_own_date(20210405, 20210400)
    # a year alone dates something even in a document of that year, and an undated document has no dateline
    assert not is_own_date(20210000, 20210405) and not is_own_date(20210405, 0)
    assert not is_own_date(19950301, 20210405)
