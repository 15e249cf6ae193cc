"""A registry's member lists beside the archive's speeches: a list's rows name each member right
(«Вагнер | Ерлан | Петрович» is Е.П. Вагнер), and the names only a list holds complete no short name
of another document («Р. Ким», who spoke at a session, is no random member «Ким Руслан Маратович»).
Real files, a real index built by ingest."""
from __future__ import annotations

import pytest
from conftest import ingested_service

from bench.ooxml import xlsx
from index.search import SearchRequest

SESSION = ("XXIX сессия Ассамблеи народа Казахстана\n\n"
           "Нур-Султан, 28 апреля 2021 года\n\n"
           "Председатель Ассоциации корейцев Казахстана Р. Ким отметил, что единство народа остаётся главной "
           "ценностью страны.\n")
HEADER = ["№", "Фамилия", "Имя", "Отчество", "Район"]
ROWS = [[1, "Ким", "Руслан", "Маратович", "г. Рудный"],
        [2, "Вагнер", "Ерлан", "Петрович", "Карасуский район"],
        [3, "Вагнер", "Игорь", "Ивкович", "г. Рудный"],
        [4, "Вагнер", "Сергей", "Сапарович", "г. Лисаковск"]]


def _members() -> bytes:
    return xlsx([{"name": "Члены АНК", "rows": [["Список членов АНК Костанайской области"], HEADER, *ROWS]}])


def _members_page() -> bytes:
    cells = "".join(f"<tr>{''.join(f'<td>{c}</td>' for c in row)}</tr>" for row in ROWS)
    return ("<html><head><meta charset='utf-8'><title>Члены АНК</title></head><body><h1>Члены АНК</h1>"
            f"<table><tr>{''.join(f'<th>{h}</th>' for h in HEADER)}</tr>{cells}</table></body></html>").encode()


def test_a_member_row_with_a_kazakh_given_name_after_a_surname_that_is_a_given_name(tmp_path_factory):
    # «Вагнер Ерлан Петрович» was «В. Ерлан»: Вагнер read as a given name, as Ерлан is none the dictionary knows
    service = ingested_service(tmp_path_factory, {"chleny.xlsx": _members()})
    try:
        persons = {f.value for f in service.search(SearchRequest("Вагнер")).facets["persons"]}
        assert {"Е.П. Вагнер", "И.И. Вагнер", "С.С. Вагнер", "Р.М. Ким"} <= persons
        assert not any(p.endswith(("Ерлан", "Ивкович")) for p in persons)
        assert service.search(SearchRequest("", filters={"persons": ["Е.П. Вагнер"]})).total == 1
    finally:
        service.close()


def test_a_two_column_row_of_a_surname_that_is_a_given_name_and_a_kazakh_given_name(tmp_path_factory):
    # «Вагнер | Ерлан» under «Фамилия | Имя», no patronymic, was still «В. Ерлан»
    rows = [["Фамилия", "Имя", "Район"], ["Вагнер", "Ерлан", "Карасуский район"], ["Ахметов", "Серик", "г. Рудный"]]
    service = ingested_service(tmp_path_factory, {"spisok.xlsx": xlsx([{"name": "Члены АНК", "rows": rows}])})
    try:
        persons = {f.value for f in service.search(SearchRequest("Вагнер")).facets["persons"]}
        assert "Е. Вагнер" in persons and "В. Ерлан" not in persons
    finally:
        service.close()


@pytest.mark.parametrize("name, members", [("chleny.xlsx", _members()), ("chleny.html", _members_page())])
def test_a_list_s_names_complete_no_speaker_s_name_elsewhere(tmp_path_factory, name, members):
    # the list gave the session's speaker its member's initials: «Р. Ким» became «Р.М. Ким»
    service = ingested_service(tmp_path_factory, {"sessiya.txt": SESSION, name: members})
    try:
        session = service.search(SearchRequest("сессия единство"))
        assert [h.speakers for h in session.hits] == [["Р. Ким"]]
        speakers = {f.value for f in service.search(SearchRequest("")).facets["speakers"]}
        assert "Р. Ким" in speakers and "Р.М. Ким" not in speakers
        quotes = service.quotes(SearchRequest("единство"))
        assert [q.speaker for q in quotes.hits] == ["Р. Ким"]
        # the member is still a person of his list, and only of it
        listed = service.search(SearchRequest("", filters={"persons": ["Р.М. Ким"]}))
        assert [h.paths[0].rsplit("/", 1)[-1] for h in listed.hits] == [name]
    finally:
        service.close()


def test_a_fuller_name_in_prose_still_completes_a_short_one(tmp_path_factory):
    # what the join is for: the report's «Р. Ким» is the one the news names in full
    news = ("Встреча в Доме дружбы\n\nКостанай, 5 мая 2021 года\n\n"
            "На встрече выступил председатель Ассоциации корейцев Казахстана Руслан Маратович Ким.\n")
    service = ingested_service(tmp_path_factory, {"sessiya.txt": SESSION, "vstrecha.txt": news, "chleny.xlsx": _members()})
    try:
        session = service.search(SearchRequest("сессия единство"))
        assert [h.speakers for h in session.hits] == [["Р.М. Ким"]]
    finally:
        service.close()
