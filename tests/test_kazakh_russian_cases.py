"""A name in Kazakh letters declined the Russian way (index.kazakh_russian_cases): Russian texts about
қандастар write «уроженец Баян-Өлгия», «жители Шыңжаңа», which their nominatives now find."""
from __future__ import annotations

import pytest

from conftest import hit_files, ingested_service
from index.analysis import analyze_terms
from index.search import SearchRequest

DOCUMENTS = {
    "bayan.txt": "Встреча\n\nАлматы, 3 мая 2022 года. Уроженец Баян-Өлгия рассказал о переезде.\n",
    "xinjiang.txt": "Встреча\n\nАлматы, 4 мая 2022 года. На встречу пришли жители Шыңжаңа и Құлжа.\n",
    "nominative.txt": "Қандастар\n\nАлматы, 5 мамыр 2022 жыл. Шыңжаң мен Баян-Өлгий қазақтары жиналды.\n",
    "kulja.txt": "Переезд\n\nАлматы, 6 мая 2022 года. Одни прибыли из Құлжи, другие переселились в Құлжу.\n",
    "koktogai.txt": "Переезд\n\nАлматы, 7 мая 2022 года. Кандасы из Көктоғая жили в Тарбағатае, "
                    "их родные уехали к Қарамаю, а Көктоғаем гордятся.\n",
}


@pytest.fixture(scope="module")
def archive(tmp_path_factory):
    service = ingested_service(tmp_path_factory, DOCUMENTS)
    yield service
    service.close()


@pytest.mark.parametrize("query, files", [
    ("Баян-Өлгий", ["bayan.txt", "nominative.txt"]),
    ("Шыңжаң", ["nominative.txt", "xinjiang.txt"]),
    ("Шыңжаңа", ["xinjiang.txt"]),  # the form typed finds itself only
    ("Құлжа", ["kulja.txt", "xinjiang.txt"]),  # a name in -а: «из Құлжи», «в Құлжу»
    ("Құлжи", ["kulja.txt"]),
    # a name in a vowel and й: «из Көктоғая», «в Тарбағатае», «к Қарамаю»
    ("Көктоғай", ["koktogai.txt"]),
    ("Тарбағатай", ["koktogai.txt"]),
    ("Қарамай", ["koktogai.txt"]),
])
def test_the_nominative_finds_a_russian_case_of_a_kazakh_lettered_name(archive, query, files):
    assert sorted(hit_files(archive.search(SearchRequest(query)))) == files


def test_only_a_capitalised_word_the_kazakh_rules_leave_alone_gains_a_nominative():
    assert analyze_terms("қала") == ["қала"]  # a common word in lowercase: no «қал»
    assert analyze_terms("Қазақстанға") == ["қазақстан"]  # a Kazakh case: cut as before
    assert analyze_terms("Әлия") == ["әлия"]  # too short to be a case of «Әлий»
    assert analyze_terms("Көктоғаем") == ["көктоғаем", "көктоғай"]
    assert analyze_terms("Ұмая") == ["ұмая"]  # too short to be a case of «Ұмай»
    assert "қайратұла" not in analyze_terms("Қайратұлы")  # a patronymic, no case of a «Қайратұла»
