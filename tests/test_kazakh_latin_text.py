from ingest.extract.kazakh_latin_text import alphabet_of, cyrillic_reading, mostly_latin


def test_latin_kazakh_is_read_in_cyrillic_by_the_documents_alphabet():
    # a plain i is і in 2018 and и in 2021, u is ұ in 2018 and у in 2021: the document's letters tell which
    assert alphabet_of("Analar keńesiniń otyrysy ótti") == 2018
    assert alphabet_of("Analar keñesınıñ otyrysy öttı") == 2021
    assert alphabet_of("O'tti s'ara") == 2017
    assert cyrillic_reading("Analar keńesiniń otyrysy ótti. Otbasy qundylyqtary.") == (
        "Аналар кеңесінің отырысы өтті. Отбасы құндылықтары.")
    assert cyrillic_reading("Analar keñesınıñ otyrysy öttı. Tärbieleu, Assambleia, Şymkent.") == (
        "Аналар кеңесінің отырысы өтті. Тәрбиелеу, Ассамблея, Шымкент.")
    assert cyrillic_reading("Memleket basshysy, 2018") == "Мемлекет басшысы, 2018"
    assert mostly_latin("Analar keńesi: Аналар") and not mostly_latin("Аналар кеңесі: Analar")
