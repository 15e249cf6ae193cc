"""Kazakh in the Arabic script (төте жазу, index.arabic_kazakh): a word's case, plural and possessive
forms are found by its nominative, the opening hamza of a front word need not be typed, and
presentation forms (a PDF's shapes of the letters) are read as their letters."""
from __future__ import annotations

import pytest

from conftest import hit_files, ingested_service
from index.analysis import analyze_terms, exact_analyzer, query_terms
from index.search import SearchRequest

DOCUMENTS = {
    "qandastar.txt": "Қандастар\n\nАлматы, 5 наурыз 2022 жыл.\n\nقانداستاردى قولداۋ – ٴبىزدىڭ مىندەتىمىز.\n\n"
                     "قازاقستاننىڭ ازاماتتىعىن الۋ. اتامەكەنىمىزگە قوش كەلدىڭىزدەر.\n",
    # the same words as a PDF viewer copies them: presentation forms (ﻗﺎﺯﺍﻗﺴﺘﺎﻥ), the plain hamza U+0621
    "forms.txt": "Листовка\n\nАлматы, 6 марта 2022 года.\n\n\ufed7\ufe8e\ufeaf\ufe8e\ufed7\ufeb4\ufe98\ufe8e\ufee5 ءبىز\n",
    "russian.txt": "Кандасы\n\nАлматы, 7 марта 2022 года. Кандасы из Китая получили гражданство.\n",
}


@pytest.fixture(scope="module")
def archive(tmp_path_factory):
    service = ingested_service(tmp_path_factory, DOCUMENTS)
    yield service
    service.close()


@pytest.mark.parametrize("query, files", [
    ("قانداس", ["qandastar.txt"]),  # قانداستاردى: the plural's accusative
    ("قازاقستان", ["forms.txt", "qandastar.txt"]),  # قازاقستاننىڭ, and the presentation forms
    ("قازاقستاننىڭ", ["forms.txt", "qandastar.txt"]),
    ("اتامەكەن", ["qandastar.txt"]),  # اتامەكەنىمىزگە: a possessive's dative
    ("بىزدىڭ", ["forms.txt", "qandastar.txt"]),  # typed without the hamza
    ("ٴبىز", ["forms.txt", "qandastar.txt"]),  # with U+0674, the text has U+0621
    ("\ufed7\ufe8e\ufee7\ufeaa\ufe8d\ufeb1", ["qandastar.txt"]),  # a query pasted in presentation forms
])
def test_an_arabic_script_word_finds_its_forms(archive, query, files):
    assert sorted(hit_files(archive.search(SearchRequest(query)))) == files


def test_the_stem_is_cut_as_in_cyrillic_and_the_hamza_folded():
    assert query_terms("قازاقستاننىڭ") == query_terms("قازاقستان") == ["قازاقستان"]  # Қазақстан-ның
    assert query_terms("ورالماندارعا") == query_terms("ورالمان")  # оралман-дар-ға
    assert query_terms("كەلدىڭىزدەر") != query_terms("كەلدى")  # one cut a time, no more than Cyrillic's
    assert query_terms("ٴبىز") == query_terms("ءبىز") == query_terms("بىز")
    assert [t.text for t in exact_analyzer()("ٴبىزدىڭ")] == [t.text for t in exact_analyzer()("بىزدىڭ")]
    assert analyze_terms("\ufed7\ufe8e\ufeaf\ufe8e\ufed7") == analyze_terms("قازاق")
