"""The posts in a list of people give a document no topics."""
from __future__ import annotations

import pytest

from conftest import hit_files, ingested_service
from growth import LINEAR_GROWTH, growth
from index.search import SearchRequest
from ingest.extract.list_posts import without_posts
from ingest.extract.topics import find_topics

# a decree's rows as a text file's paragraph joins them: a group's heading runs into its first row
DECREE = ("Указ Президента Республики Казахстан о награждении\n\nАстана, 10 декабря 2019 года\n\n"
          "За значительный вклад в укрепление общенационального единства постановляю наградить:\n\n"
          "Медалью «Бірлік» Ким Анну Петровну — учителя средней школы № 12 города Шымкента; "
          "Хайруллина Ильдара Рашидовича — медиатора кабинета общественного согласия района Байдибек; "
          "Оспанова Кайрата Жанатовича — учителя гимназии № 3 г. Шымкента; "
          "Есенову Мадину Талгатовну — преподавателя колледжа, наставника школьников;\n\n"
          "Орденом «Құрмет» Дюсенбаева Каната Бейбитовича — медиатора кабинета общественного согласия;\n")
# a numbered order, one row a line
ORDER = ("Список награжденных\n\nАстана, 11 декабря 2019 года\n\n"
         "1. Ким Анна Петровна – учитель средней школы № 12 города Шымкента;\n"
         "2. Оспанов Кайрат Жанатович – учитель гимназии № 3, педагог;\n"
         "3. Хайруллин Ильдар Рашидович – медиатор кабинета общественного согласия.\n")
LESSON = ("Открытый урок в школе\n\nАстана, 12 декабря 2019 года\n\nУчителя средней школы № 12 провели открытые "
          "уроки для студентов педагогического колледжа. Школьники и учителя обсудили образование и новые учебники.\n")


@pytest.mark.parametrize("text", [DECREE, ORDER], ids=["decree", "numbered order"])
def test_an_award_list_is_no_education_or_mediation_document(text):
    # before: the decree got «медиация» and «образование» from its recipients' posts
    topics = find_topics(text, title=text.split("\n")[0])
    assert "образование" not in topics and "медиация" not in topics


def test_the_names_stay_and_prose_with_a_dash_is_left_alone():
    assert "Ким Анна Петровна –" in without_posts(ORDER) and "учитель" not in without_posts(ORDER)
    prose = "На форуме выступил Ерлан Карин — государственный советник. Затем слово взял Марат Ахметов — председатель."
    assert without_posts(prose) == prose
    turns = "Карин Е.Т. – Уважаемые коллеги! Начнём.\n\nАхметова Г.С. – Спасибо. Я скажу об образовании детей."
    assert without_posts(turns) == turns
    one = "Ким Анна Петровна – учитель средней школы № 12."  # one row is an apposition, not a list
    assert without_posts(one) == one


@pytest.fixture(scope="module")
def archive(tmp_path_factory):
    service = ingested_service(tmp_path_factory, {"decree.txt": DECREE, "order.txt": ORDER, "lesson.txt": LESSON})
    yield service
    service.close()


def test_topic_education_finds_the_lesson_not_the_award_lists(archive):
    assert hit_files(archive.search(SearchRequest("topic:образование"))) == ["lesson.txt"]


def test_a_long_paragraph_of_dashes_and_no_semicolon_is_read_in_linear_time():
    # a row run into other words («Орденом … Иванова Серика — …;») looked for its «;» from every name
    # and dash to the paragraph's end: 93 KB of «Ассамблея Казахстана – это …» took 1.9 s
    seg = "в зале Ассамблея Казахстана – это сила и единство народа, "
    rows = "Награждены орденом Абдрахманова Серика – медиатора центра; Ким Анна – учителя школы;"
    assert without_posts(rows + seg * 3) == "Награждены орденом Абдрахманова Серика – ; Ким Анна – ;" + seg * 3
    assert growth(lambda n: without_posts(rows + seg * n), 400) < LINEAR_GROWTH
