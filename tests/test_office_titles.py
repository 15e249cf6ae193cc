"""A Word or LibreOffice file's title as its first page shows it: a minutes' type and number over the
line naming the meeting, the heading over a Title property left from the file it was saved from, and
neither a report's first section («1. Общие положения», «Введение») over its Title or its opening."""
from __future__ import annotations

import pytest
from conftest import ingested_service

from bench.ooxml import docx, para, run
from index.search import SearchRequest
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


# A report typed as Kazakhstan's official reports are: its title in Normal style (bold, centred), the
# dateline, then its numbered sections in Heading 1
NSK_REPORT = "Отчет о деятельности Ассамблеи народа Казахстана Северо-Казахстанской области за 2019 год"


def _report(first_heading: str, opening: tuple[str, ...] = (NSK_REPORT, "г. Петропавловск, 21 декабря 2019 года"),
            title: str = "") -> bytes:
    body = "".join(para(run(text)) for text in opening) + para(run(first_heading), style="1")
    body += para(run("В 2019 году проведено 120 мероприятий.")) + para(run("2. Итоги года"), style="1")
    return docx(body, title=title)


def _odt_report(first_heading: str, opening: tuple[str, ...], title: str = "") -> bytes:
    body = "".join(f"<text:p>{text}</text:p>" for text in opening)
    body += (f'<text:h text:outline-level="1">{first_heading}</text:h>'
             "<text:p>В 2019 году проведено 120 мероприятий.</text:p>")
    return odt(body, meta=f"<dc:title>{title}</dc:title>" if title else "")


@pytest.mark.parametrize("heading", ["1. Общие положения", "Введение", "Кіріспе", "I. Итоги года", "Глава 1"])
@pytest.mark.parametrize("title", [
    "Годовой отчет АНК Северо-Казахстанской области, 2019",
    "Справка о мониторинге этнокультурных объединений",  # no word of it in the text at all
])
def test_a_section_heading_does_not_replace_a_title_property(heading, title):
    """A correct Title was dropped for the report's first section: a folder of reports listed several
    documents titled «1. Общие положения» or «Введение»."""
    assert parse_bytes(_report(heading, (), title), "x.docx").title == title  # the section on top
    assert parse_bytes(_report(heading, title=title), "x.docx").title == title
    assert parse_bytes(_odt_report(heading, (NSK_REPORT,), title), "x.odt").title == title


@pytest.mark.parametrize("heading", ["1. Общие положения", "Цели мониторинга"])
def test_a_report_titled_in_normal_style_is_titled_by_its_opening_not_its_first_section(heading):
    """The DOCX and ODT were titled «1. Общие положения», their RTF and TXT by the report's name."""
    opening = (NSK_REPORT, "г. Петропавловск, 21 декабря 2019 года")
    assert parse_bytes(_report(heading, opening), "otchet.docx").title == NSK_REPORT
    assert parse_bytes(_odt_report(heading, opening), "otchet.odt").title == NSK_REPORT


@pytest.mark.parametrize("above", [(), ("г. Петропавловск, 21 декабря 2019 года",), ("Приложение 1",),
                                   ("АССАМБЛЕЯ НАРОДА КАЗАХСТАНА",)], ids=["none", "dateline", "label", "letterhead"])
def test_a_heading_under_a_dateline_label_or_letterhead_still_titles_the_document(above):
    heading = "Итоги республиканского форума «Бейбітшілік пен келісім»"
    body = "".join(para(run(text)) for text in above) + para(run(heading), style="1")
    body += para(run("Форум прошёл в Астане.")) + para(run("Участники приняли резолюцию."))
    assert parse_bytes(docx(body), "x.docx").title == heading


def test_reports_in_a_search_are_titled_by_their_names_not_their_sections(tmp_path_factory):
    """A folder of reports from the same template: each is listed by its own name."""
    svc = ingested_service(tmp_path_factory, {
        "sko.docx": _report("1. Общие положения"),
        "akm.docx": _report("1. Общие положения", ("Отчет Ассамблеи Акмолинской области",),
                            title="Годовой отчет Ассамблеи Акмолинской области, 2019"),
        "akt.odt": _odt_report("Введение", ("Настоящая справка подготовлена по итогам мониторинга.",),
                               title="Справка о мониторинге этнокультурных объединений Актюбинской области")})
    try:
        titles = {hit.title for hit in svc.search(SearchRequest(query="мероприятий", per_page=10)).hits}
    finally:
        svc.close()
    assert titles == {NSK_REPORT, "Годовой отчет Ассамблеи Акмолинской области, 2019",
                      "Справка о мониторинге этнокультурных объединений Актюбинской области"}
