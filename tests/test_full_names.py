"""A given name typed in full before a surname finds the person's documents written with initials."""
from __future__ import annotations

import re

import pytest
from conftest import hit_files, ingested_service

from index.search import SearchRequest, SearchService

# As the archive writes people: initials glued to the surname, a full name now and then. Ingest
# derives the persons and speakers facets from these texts (Н.А. Назарбаев, Н. Ким, Р. Ким...).
DOCUMENTS = {
    "full.txt": "Торжественное собрание\n\nЕлбасы Нурсултан Абишевич Назарбаев не раз подчеркивал, "
                "что согласие нужно беречь каждый день.\n",
    "initials1.txt": "Сессия Ассамблеи\n\nАссамблея создана по инициативе Первого Президента "
                     "Н.А.Назарбаева в 1995 году.\n",
    "initials2.txt": "День благодарности\n\nПраздник учрежден Указом Главы государства Н.А.Назарбаева.\n",
    "reversed.txt": "Список выступивших\n\nНа заседании выступил Назарбаев Н.А., затем слово взяли депутаты.\n",
    "other.txt": "Форум матерей\n\nПредседатель Совета матерей Г.Сейтказина отметила роль семьи в воспитании "
                 "детей.\n",
    "kim_n.txt": "Встреча в Доме дружбы\n\nДепутат Н.Ким рассказал о работе корейского центра.\n",
    "kim_r.txt": "Фестиваль культур\n\nРуководитель ансамбля Р.Ким отметил, что фестиваль собрал гостей.\n",
    "kim_both.txt": "Заседание совета\n\nНина Ким и Р.Ким обсудили план работы совета.\n",
}


def _served(tmp_path_factory, documents: dict[str, str]):
    service = ingested_service(tmp_path_factory, documents)
    yield service
    service.close()


@pytest.fixture(scope="module")
def names_service(tmp_path_factory):
    yield from _served(tmp_path_factory, DOCUMENTS)


def test_a_full_name_finds_the_documents_naming_the_person_by_initials(names_service):
    # `Нурсултан Назарбаев` found only the one document spelling the given name out
    initials = names_service.search(SearchRequest(query="Н.А. Назарбаев", per_page=20))
    full = names_service.search(SearchRequest(query="Нурсултан Назарбаев", per_page=20))
    assert set(hit_files(full)) == set(hit_files(initials)) == {"full.txt", "initials1.txt", "initials2.txt", "reversed.txt"}
    assert hit_files(full)[0] == "full.txt"  # the name as typed ranks first
    assert "Н.А.Назарбаева</mark>" in full.hits[1].snippet_html + full.hits[2].snippet_html
    reversed_hit = next(h for h in full.hits if h.paths[0].endswith("reversed.txt"))
    assert re.search(r"<mark>Назарбаев Н\.А</mark>", reversed_hit.snippet_html)


def test_a_patronymic_a_case_form_and_the_surname_first_read_the_same(names_service):
    for query in ("Нурсултан Абишевич Назарбаев", "Нурсултана Назарбаева", "нурсултан назарбаев",
                  "Назарбаев Нурсултан Абишевич"):
        result = names_service.search(SearchRequest(query=query, per_page=20))
        assert len(hit_files(result)) == 4, query


def test_the_quotes_and_the_document_page_mark_the_initials(names_service):
    quotes = names_service.quotes(SearchRequest(query="Нурсултан Назарбаев", per_page=20))
    assert len(quotes.hits) == 4
    doc_id = next(h.doc_id for h in names_service.search(SearchRequest(query="Назарбаев", per_page=20)).hits
                  if h.paths[0].endswith("initials2.txt"))
    page = names_service.document(doc_id, "Нурсултан Назарбаев")
    assert "<mark>Н.А.Назарбаева</mark>" in page.text_html


def test_a_surname_two_people_share_needs_the_given_name_or_its_initial(names_service):
    # Н. Ким and Р. Ким: `Нина Ким` is not every Ким, but Н.Ким and «Нина Ким» both are her
    result = names_service.search(SearchRequest(query="Нина Ким", per_page=20))
    assert set(hit_files(result)) == {"kim_n.txt", "kim_both.txt"}


def _found_whole(service, query: str) -> list[str]:
    """The documents having every word of `query` (none when only a partial match is shown)."""
    result = service.search(SearchRequest(query=query, per_page=20))
    return [] if result.partial else hit_files(result)


def test_words_that_are_no_known_person_stay_required(names_service):
    # no person of the facets is «Нурсултан Сейтказина»; «Новый» is no given name, though Н. Назарбаев's
    # initial is its first letter
    assert _found_whole(names_service, "Нурсултан Сейтказина") == []
    assert _found_whole(names_service, "Новый Назарбаев") == []
    # a misspelt word is no given name for the person's second initial (Н.А.): it stays required
    assert _found_whole(names_service, "Назарбаевым Асамблея") == []
    # a quoted name stays a phrase, and an operator beside a name keeps it as typed
    assert _found_whole(names_service, '"Нурсултан Назарбаев"') == []
    assert set(_found_whole(names_service, "Нурсултан OR Назарбаев")) == {
        "full.txt", "initials1.txt", "initials2.txt", "reversed.txt"}


def test_a_partial_answer_looks_for_the_full_name_as_one(names_service):
    # no document has every word: «Н.А.Назарбаева» was said to lack «Нурсултан»
    result = names_service.search(SearchRequest(query="Нурсултан Назарбаев Ассамблея праздник", per_page=20))
    assert result.partial
    missing = {hit.paths[0].rsplit("/", 1)[-1]: hit.missing for hit in result.hits}
    assert missing["initials1.txt"] == ["праздник"] and missing["initials2.txt"] == ["Ассамблея"]


# Korean surnames that are function words the index keeps: the particle ни, the pronoun нам (мы)
FUNCTION_WORD_SURNAMES = {
    "festival.txt": "Фестиваль «Ариран»\n\nРуководитель ансамбля Татьяна Ни рассказала о коллективе. "
                    "«Мы рады гостям», – сказал председатель центра Олег Нам.\n",
    "protocol.txt": "Протокол заседания\n\nНи Т. Спасибо, уважаемые коллеги.\n",
    "particle.txt": "Курсы немецкого языка\n\nДиректор сказал, что нам предстоит работа: ни в одной школе "
                    "города язык не преподают. Татьяна Иванова ведёт курсы.\n",
    "pronoun.txt": "Молодёжный форум\n\n«Нам важно, чтобы молодёжь знала язык», – отметил Олег Сергеев.\n",
}


@pytest.fixture(scope="module")
def korean_service(tmp_path_factory):
    yield from _served(tmp_path_factory, FUNCTION_WORD_SURNAMES)


def test_a_surname_that_is_a_function_word_is_found_only_beside_the_name(korean_service):
    # «Татьяна … ни», «Олег … нам» elsewhere are no Т. Ни and О. Нам: the particle and the pronoun are in
    # nearly every document
    tatyana = korean_service.search(SearchRequest(query="Татьяна Ни", per_page=20))
    assert set(hit_files(tatyana)) == {"festival.txt", "protocol.txt"}  # «Ни Т.» too
    assert hit_files(korean_service.search(SearchRequest(query="Олег Нам", per_page=20))) == ["festival.txt"]


@pytest.mark.parametrize("query", ["Т. Ни", "Т.Ни", "Ни Т.", "Т.В. Ни", "Ни Т.В."])
def test_a_function_word_surname_typed_with_initials_is_found_only_beside_them(korean_service, query):
    # as the persons facet writes the name: «ни» in particle.txt is the particle, not Т. Ни
    assert hit_files(korean_service.search(SearchRequest(query=query, per_page=20))) == ["protocol.txt"]


def test_a_function_word_surname_with_other_initials_finds_no_pronoun(korean_service):
    assert hit_files(korean_service.search(SearchRequest(query="О. Нам", per_page=20))) == []
