"""Programme and act names as analysts type them: «Казахстан-2030», «Концепция-2025», a law by its
quoted name, over a real index ingested from text files."""
from __future__ import annotations

import re

import pytest

from conftest import hit_files, ingested_service
from index.analysis import analyze_terms, query_terms, russian_analyzer
from index.search import SearchRequest

DOCUMENTS = {
    "strategy-2030.txt": "Стратегия «Казахстан-2030» обсуждена\n\n10.10.1998\n\n"
                         "Делегаты обсудили Послание Президента народу Казахстана «Казахстан-2030». "
                         "Долгосрочную Стратегию «Казахстан-2030» приняли в 1997 году. Основные задачи "
                         "Стратегии-2030 выполнены досрочно.",
    "tourism.txt": "Туроператоры познакомились с концепцией\n\n12.03.2019\n\n"
                   "В Астане представили Концепцию развития туристской отрасли Республики Казахстан до 2030 года.",
    "education.txt": "Учителя обсудили государственную программу\n\n14.09.2020\n\n"
                     "Речь шла о Государственной программе развития образования Республики Казахстан на "
                     "2020-2025 годы.",
    "lectures.txt": "Лекторская группа провела встречу\n\n03.10.2014\n\n"
                    "Лекторы разъяснили студентам положения Стратегии «Казахстан\u20112050». Руководитель группы "
                    "рассказал о приоритетах Стратегии\u20112050.",
    "concept.txt": "Утверждена Концепция развития Ассамблеи\n\n20.09.2021\n\n"
                   "Концепция развития Ассамблеи народа Казахстана до 2025 года определяет приоритеты её работы.",
    "address-2050.txt": "Послание обсудили в Доме дружбы\n\n15.01.2013\n\n"
                        "Члены Ассамблеи обсудили Стратегию «Казахстан-2050» и задачи, поставленные в Послании.",
    "kk-2050.txt": "«Қазақстан-2050» стратегиясы талқыланды\n\n12.03.2018\n\n"
                   "Облыстық кеңесте «Қазақстан-2050» Стратегиясын іске асыру талқыланды.",
    "kk-demography.txt": "Демографтар болжам жасады\n\n05.06.2019\n\n"
                         "Болжам бойынша Қазақстан халқы 2050 жылға дейін 24 миллионға жетеді.",
}


@pytest.fixture(scope="module")
def programmes(tmp_path_factory):
    service = ingested_service(tmp_path_factory, DOCUMENTS)
    yield service
    service.close()


def found(service, query: str, **options) -> list[str]:
    return hit_files(service.search(SearchRequest(query, per_page=50, **options)))


def marks_of(html: str) -> list[str]:
    return re.findall(r"<mark>(.*?)</mark>", html)


@pytest.mark.parametrize("query", ["Казахстан-2030", "«Казахстан-2030»", "\"Казахстан 2030\""])
def test_a_programme_name_with_a_year_is_not_found_where_a_stop_word_stands_between_its_parts(programmes, query):
    assert found(programmes, query) == ["strategy-2030.txt"]


@pytest.mark.parametrize("query", ["Казахстан-2020", "«Казахстан-2020»", "Казахстан-2025"])
def test_a_programme_name_does_not_match_a_plan_for_those_years(programmes, query):
    assert found(programmes, query) == []


def test_a_quoted_phrase_with_its_stop_word_before_the_year_still_matches(programmes):
    result = programmes.search(SearchRequest('"Казахстан до 2030 года"'))
    assert hit_files(result) == ["tourism.txt"]
    assert marks_of(result.hits[0].snippet_html) == ["Казахстан до 2030 года"]
    assert found(programmes, "«Республики Казахстан на 2020-2025 годы»") == ["education.txt"]
    # typed without quotes, the stop word is no word a document must have
    assert set(found(programmes, "Казахстан до 2030 года")) == {"strategy-2030.txt", "tourism.txt"}


def test_a_stop_word_before_a_number_is_a_term_of_the_index_and_of_a_quoted_phrase_only() -> None:
    assert analyze_terms("Казахстан до 2030 года") == ["казахстан", "до", "2030", "год"]
    assert analyze_terms("Казахстан до конца года") == ["казахстан", "конец", "год"]
    assert query_terms("Казахстан до 2030 года") == ["казахстан", "2030", "год"]
    assert [t.text for t in russian_analyzer()("Казахстан до 2030 года", mode="phrase")] == [
        "казахстан", "до", "2030", "год"]


@pytest.mark.parametrize("typed, offered", [("Концепция-2025", "Концепция 2025"), ("Концепция–2025", "Концепция 2025"),
                                            ("концепции-2025", "концепции 2025")])
def test_a_hyphenated_name_and_year_found_nowhere_is_offered_as_two_words(programmes, typed, offered):
    result = programmes.search(SearchRequest(typed))
    assert result.total == 0 and result.suggestion == offered
    assert found(programmes, offered) == ["concept.txt"]


def test_a_rare_hyphenated_shorthand_is_offered_as_two_words_and_a_quoted_one_is_not(programmes):
    result = programmes.search(SearchRequest("Стратегия-2050"))
    assert hit_files(result) == ["lectures.txt"] and result.suggestion == "Стратегия 2050"
    assert set(found(programmes, "Стратегия 2050")) == {"lectures.txt", "address-2050.txt", "kk-2050.txt"}
    assert programmes.search(SearchRequest("«Концепция-2025»")).suggestion is None


@pytest.mark.parametrize("typed, files", [("Казахстан-2030", ["strategy-2030.txt"]),
                                          ("Қазақстан-2050", ["kk-2050.txt"])])
def test_a_country_and_year_found_as_written_is_not_offered_as_two_words(programmes, typed, files):
    # its words apart only add the country and a year named apart («Казахстан до 2030 года»,
    # «Қазақстан халқы 2050 жылға дейін»): what the name and year joined are there not to find
    result = programmes.search(SearchRequest(typed))
    assert hit_files(result) == files and result.suggestion is None


def document_marks(service, file_name: str, query: str) -> list[str]:
    hit = next(h for h in service.search(SearchRequest(query, per_page=50)).hits if h.paths[0].endswith(file_name))
    return marks_of(service.document(hit.doc_id, query=query).text_html)


def test_a_hyphenated_name_is_marked_alone_not_with_the_compound_ending_in_its_last_part(programmes):
    assert document_marks(programmes, "lectures.txt", "Стратегия-2050") == ["Стратегии\u20112050"]
    assert document_marks(programmes, "strategy-2030.txt", "Стратегия-2030") == ["Стратегии-2030"]
    assert document_marks(programmes, "strategy-2030.txt", "Казахстан-2030") == ["Казахстан-2030"] * 3
    # a phrase ending in a compound's first part still marks the compound, as the index finds it
    assert document_marks(programmes, "lectures.txt", '"Стратегии Казахстан"') == ["Стратегии «Казахстан\u20112050»"]


@pytest.mark.parametrize("typed", ["Казакстан-2050", "казакстан-2050"])
def test_a_country_and_year_found_in_another_spelling_is_not_offered_as_two_words(programmes, typed):
    # `Казакстан-2050` finds nothing as typed, but its spelling corrected («Қазақстан-2050»,
    # «Казахстан-2050») finds the programme: the name stays whole, as one typed right does
    result = programmes.search(SearchRequest(typed))
    assert result.total == 0 and result.suggestion is not None
    assert "-2050" in result.suggestion and "kk-demography.txt" not in found(programmes, result.suggestion)
