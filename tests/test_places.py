"""Every Russian and Kazakh case form of a place of Kazakhstan is found by its name
(index/data/places.txt, index.places, index.morphology)."""
from __future__ import annotations

import pytest
from conftest import hit_files, ingested_service

from index.places import declined
from index.search import SearchRequest

# one document per form: nothing else in it names the place
FORMS = {
    "astanu.txt": "Делегация малой ассамблеи приехала в Астану на сессию.",
    "almaatu.txt": "Делегация прибыла в Алма-Ату на форум.",
    "kostanaya.txt": "Жители Костаная встретились с молодежью.",
    "kokchetave.txt": "В Кокчетаве прошел фестиваль культур.",
    "zhanaozene.txt": "В Жанаозене открыли Дом дружбы.",
    "uralskom.txt": "Об Уральском форуме рассказали журналистам.",
    "oskemene.txt": "В Өскемене прошел фестиваль национальных культур.",
    "oskemene_ru_letters.txt": "В Оскемене прошел фестиваль.",
    "almaty_kk.txt": "Этномәдени бірлестіктер Алматыдағы жастармен кездесу өткізді.",
    "shymkent_kk.txt": "Шымкенттегі этномәдени орталық мерекелік концерт өткізді.",
    "oskemen_kk.txt": "Өскемендегі Достық үйінде кездесу болды.",
    "karagandy_kk.txt": "Қарағандыдағы жастар форумы өтті.",
    "compared_kk.txt": "Биыл тыңдаушылар саны өткен жылға қарағанда екі есе көп.",
    "grown_kk.txt": "Балалар өскені туралы айтты.",
}


@pytest.fixture(scope="module")
def forms_service(tmp_path_factory):
    service = ingested_service(tmp_path_factory, {n: f"Новость\n\n{t}\n" for n, t in FORMS.items()})
    yield service
    service.close()


def _files(service, query: str) -> list[str]:
    result = service.search(SearchRequest(query=query, per_page=50))
    return sorted(hit_files(result))


@pytest.mark.parametrize("query, found", [
    ("Алматы", ["almaatu.txt", "almaty_kk.txt"]), ("Шымкент", ["shymkent_kk.txt"]),
    ("Қарағанды", ["karagandy_kk.txt"]),  # not «қарағанда» (compared with)
])
def test_the_kazakh_locative_attributive_is_found_by_the_name(forms_service, query, found):
    # «Алматыдағы Достық үйі»: -дағы/-дегі/-тағы/-тегі was read as a possessive of «алматыдақ»
    assert _files(forms_service, query) == found


@pytest.mark.parametrize("query, found", [
    ("Астана", ["astanu.txt"]),  # Астану was read as the given name Астан's dative
    ("Алма-Ата", ["almaatu.txt", "almaty_kk.txt"]),  # Алма-Ату: «ату» is no form of «ата»
    ("Костанай", ["kostanaya.txt"]),  # guessed as the adjective «костаный»
    ("Кокчетав", ["kokchetave.txt"]),  # the nominative guessed as a gerund
    ("Жанаозен", ["zhanaozene.txt"]),
    ("Уральск", ["uralskom.txt"]),  # the adjective's form too: both readings are indexed
])
def test_a_russian_case_form_of_a_place_is_found_by_its_nominative(forms_service, query, found):
    assert _files(forms_service, query) == found


def test_oskemen_finds_its_russian_and_kazakh_forms_and_not_another_word(forms_service):
    # «Өскемен» was cut as өске + «мен» (with), so it met «өскені» (grown) but not «в Өскемене»
    assert _files(forms_service, "Өскемен") == ["oskemen_kk.txt", "oskemene.txt", "oskemene_ru_letters.txt"]
    assert _files(forms_service, "в Өскемене") == ["oskemen_kk.txt", "oskemene.txt", "oskemene_ru_letters.txt"]


def test_the_russian_case_forms_of_a_place_by_its_ending():
    assert declined("астана") == ("астаны", "астане", "астану", "астаной", "астаною")
    assert declined("костанай") == ("костаная", "костанаю", "костанаем", "костанае")
    assert declined("усть-каменогорск")[:2] == ("усть-каменогорска", "усть-каменогорску")
    assert declined("алматы") == declined("кокшетау") == ()
