"""A given name the dictionary knows only as a common noun (Канат, Алмаз) is a name before a patronymic."""
from __future__ import annotations

import pytest

from conftest import hit_files, ingested_service
from index.search import SearchRequest
from ingest.extract.persons import canonical_persons, find_persons

# an award list as the Assembly's orders write it (nominative, numbered) and a decree's accusative
NOMINATIVE = ("Список награжденных медалью «Бірлік»\n\nАстана, 11 декабря 2023 года\n\n"
              "1. Дюсенбаев Канат Бейбитович – медиатор кабинета общественного согласия.\n"
              "2. Сапаров Алмаз Маратович – директор Дома дружбы города Тараза.\n"
              "3. Кенжебаева Роза Абдуллаевна – член Совета матерей.\n")
ACCUSATIVE = ("Указ Президента Республики Казахстан о награждении\n\nАстана, 10 декабря 2023 года\n\n"
              "Наградить медалью «Бірлік»:\n"
              "Дюсенбаева Каната Бейбитовича — медиатора кабинета общественного согласия;\n"
              "Сапарова Алмаза Маратовича — директора Дома дружбы города Тараза;\n"
              "Кенжебаеву Розу Абдуллаевну — члена Совета матерей.\n")
RECIPIENTS = ["К.Б. Дюсенбаев", "А.М. Сапаров", "Р.А. Кенжебаева"]


@pytest.mark.parametrize("text", [NOMINATIVE, ACCUSATIVE], ids=["nominative list", "accusative decree"])
def test_a_recipient_named_канат_or_алмаз_is_in_the_list_s_persons(text):
    # before: К.Б. Дюсенбаев and А.М. Сапаров were dropped (канат, алмаз: a rope, a diamond)
    assert canonical_persons(find_persons(text)) == RECIPIENTS


@pytest.mark.parametrize("text, persons", [
    ("На встрече выступил Канат Бейбитович Дюсенбаев, его поддержал Алмаз Маратович Сапаров.",
     ["К.Б. Дюсенбаев", "А.М. Сапаров"]),
    ("Благодарность объявлена Дюсенбаеву Канату Бейбитовичу и Сапаровой Алтын Маратовне.",
     ["К.Б. Дюсенбаев", "А.М. Сапарова"]),
    # an address by name and patronymic names no surname; a title or an adjective before it is none
    ("Уважаемый Алмаз Маратович! Спасибо, Канат Бейбитович, за помощь.", []),
])
def test_a_patronymic_makes_a_noun_before_it_a_given_name_in_any_order_and_case(text, persons):
    assert canonical_persons(find_persons(text)) == persons


@pytest.fixture(scope="module")
def archive(tmp_path_factory):
    service = ingested_service(tmp_path_factory, {
        "list.txt": NOMINATIVE, "decree.txt": ACCUSATIVE,
        "order.txt": "Распоряжение о поощрении\n\nАстана, 1 марта 2024 года\n\n"
                     "Объявить благодарность: Дюсенбаев К.Б., Сапаров А.М.\n"})
    yield service
    service.close()


@pytest.mark.parametrize("query, files", [
    ("person:Дюсенбаев", ["decree.txt", "list.txt", "order.txt"]),
    ("person:Сапаров", ["decree.txt", "list.txt", "order.txt"]),
    ('person:"К.Б. Дюсенбаев"', ["decree.txt", "list.txt", "order.txt"]),
])
def test_the_recipients_are_found_by_person_in_every_list(archive, query, files):
    assert sorted(hit_files(archive.search(SearchRequest(query, per_page=20)))) == files
