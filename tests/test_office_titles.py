"""A Word or LibreOffice file's title as its first page shows it: a minutes' type and number over the
line naming the meeting, and the heading over a Title property left from the file it was saved from."""
from __future__ import annotations

import pytest

from bench.ooxml import docx, para, run
from ingest.parsers import parse_bytes
from ingest.parsers.stale_titles import is_stale_title
from test_parser_docx import odt

MINUTES_TITLE = "ПРОТОКОЛ № 4 заседания Совета общественного согласия Ассамблеи народа Казахстана"


def _minutes(first_style: str, title: str = "") -> bytes:
    return docx(para(run("ПРОТОКОЛ № 4"), style=first_style)
                + para(run("заседания Совета общественного согласия Ассамблеи народа Казахстана"))
                + para(run("г. Нур-Султан 14 ноября 2019 г."))
                + para(run("Председательствовал: Туймебаев Ж.К.")), title=title)


@pytest.mark.parametrize("style", ["a3", "1", ""], ids=["title", "heading", "normal"])
@pytest.mark.parametrize("property_title", ["", "ПРОТОКОЛ"])
def test_a_minutes_title_keeps_its_type_and_number(style, property_title):
    """«ПРОТОКОЛ № 4» was taken for a part's label («Приложение 1») and skipped: every minutes file of a
    folder was titled by its meeting alone, and the minutes could not be told apart."""
    assert parse_bytes(_minutes(style, property_title), "protokol_4.docx").title == MINUTES_TITLE


def test_an_odt_minutes_title_keeps_its_type_and_number():
    body = ('<text:p text:style-name="Title">ПРОТОКОЛ № 4</text:p>'
            '<text:p>заседания Совета общественного согласия Ассамблеи народа Казахстана</text:p>'
            '<text:p>г. Нур-Султан 14 ноября 2019 г.</text:p><text:p>Председательствовал: Туймебаев Ж.К.</text:p>')
    assert parse_bytes(odt(body), "protokol_4.odt").title == MINUTES_TITLE


def test_an_appendix_label_over_a_heading_still_titles_nothing():
    body = (para(run("Приложение 1")) + para(run("Итоги республиканского форума"), style="1")
            + para(run("Форум прошёл в Астане.")) + para(run("Участники приняли резолюцию.")))
    assert parse_bytes(docx(body), "x.docx").title == "Итоги республиканского форума"


REPORT_2019 = "Отчет о деятельности Ассамблеи народа Казахстана Костанайской области за 2019 год"


def test_a_title_property_left_from_last_year_s_file_gives_way_to_the_heading():
    """Save As from last year's report keeps its Title «… за 2015 год»: the result list showed the
    wrong year."""
    body = (para(run(REPORT_2019), style="a3") + para(run("Костанай, 25 декабря 2019 года"))
            + para(run("В 2019 году проведено 120 мероприятий.")))
    doc = parse_bytes(docx(body, title="Отчет о деятельности Ассамблеи за 2015 год"), "otchet.docx")
    assert doc.title == REPORT_2019 and "title" not in doc.metadata


def test_a_template_s_generic_title_gives_way_to_the_heading():
    heading = "Информация о проведении круглого стола «Тіл – достастық көпірі»"
    body = (para(run(heading), style="1") + para(run("Өскемен, 12 апреля 2021 года"))
            + para(run("Круглый стол собрал учителей и студентов.")))
    assert parse_bytes(docx(body, title="Информация о мероприятии"), "x.docx").title == heading


@pytest.mark.parametrize("title", [
    "Отчет о деятельности Ассамблеи Костанайской области за 2019 год",  # the heading's words, fewer of them
    "Отчёт о деятельности Ассамблеи народа Казахстана за 2019 год",  # ё, and endings aside
    f"{REPORT_2019} и планы Совета матерей",  # the heading and more: the author's fuller name
])
def test_a_title_property_the_page_agrees_with_stands(title):
    body = (para(run(REPORT_2019), style="a3") + para(run("Костанай, 25 декабря 2019 года"))
            + para(run("В 2019 году проведено 120 мероприятий.")))
    assert parse_bytes(docx(body, title=title), "otchet.docx").title == title


def test_a_title_property_stands_over_a_text_with_no_heading_style():
    body = para(run("Итоги республиканского форума")) + para(run("Форум прошёл в Астане в 2019 году."))
    assert parse_bytes(docx(body, title="Отчёт о форуме 2018 года"), "x.docx").title == "Отчёт о форуме 2018 года"


@pytest.mark.parametrize("title, heading, stale", [
    ("Отчет за 2015 год", "Отчет за 2019 год", True),  # another year
    ("Информация о мероприятии", "Информация о проведении круглого стола", True),  # a template's
    ("Решение Совета матерей", "Решение Совета", False),  # more than the heading says, none of it against it
    ("Ассамблея халқы туралы", "Қазақстан халқы Ассамблеясының туралы", False),  # Kazakh endings
])
def test_is_stale_title(title, heading, stale):
    assert is_stale_title(title, heading, [heading, "Текст документа."]) is stale
