"""Kazakh narration names Russians, Germans and Koreans by their given name and surname too."""
from __future__ import annotations

import pytest

from conftest import hit_files, ingested_service
from index.search import SearchRequest
from ingest.extract.persons import canonical_persons, find_persons

REPORT = ("Ассамблея мүшелері марапатталды\n\n2023 жылғы 1 мамыр\n\n"
          "Достық үйінде «Бірлік» медалімен марапатталғандар: Анна Ким, Владимир Цой, Александр Шмидт, "
          "Оксана Шевченко, Игорь Ковальский, Серік Әбдірахманов. Алғыс хатпен Елена Пак, Виктор Ли, "
          "Ирина Мюллер марапатталды.\n")


def test_a_kazakh_list_of_awarded_people_names_each_whatever_their_surname():
    # before: only С. Әбдірахманов; a surname the dictionary knows (Шмидт, Ковальский), a short Korean
    # one (Ким, Пак, Ли) and a given name ending as a surname does (Ирина) or naming a city (Владимир)
    # were lost
    assert canonical_persons(find_persons(REPORT, "kk")) == [
        "А. Ким", "В. Цой", "А. Шмидт", "О. Шевченко", "И. Ковальский", "С. Әбдірахманов", "Е. Пак", "В. Ли",
        "И. Мюллер"]


@pytest.mark.parametrize("text", [
    "Нұр Отан партиясы жиналыс өткізді.",  # a thing's name, no «Н. Отан»
    "Алматы Бейсенов көшесінде жиналыс өтті.",  # a street's name
    "Нұрланов Серік жиналысқа қатысты.",  # surname first: no «Н.» given name
])
def test_names_of_things_stay_no_persons(text):
    assert "Н. Отан" not in canonical_persons(find_persons(text, "kk"))
    assert not any(p.startswith(("А. ", "Н. ")) for p in canonical_persons(find_persons(text, "kk")))


@pytest.fixture(scope="module")
def archive(tmp_path_factory):
    service = ingested_service(tmp_path_factory, {"report_kz.txt": REPORT})
    yield service
    service.close()


@pytest.mark.parametrize("query", ["person:Ким", "person:Ковальский", "person:Мюллер", "person:Пак"])
def test_the_kazakh_report_is_found_by_each_person(archive, query):
    assert hit_files(archive.search(SearchRequest(query))) == ["report_kz.txt"]
