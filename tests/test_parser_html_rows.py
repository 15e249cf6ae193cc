"""An HTML data table read row by row (ingest.parsers.html_rows): a row is one paragraph of its
cells, a tab between two; a layout table keeps its cells apart."""
from __future__ import annotations

import re

import pytest

from conftest import hit_files, ingested_service
from index.search import SearchRequest
from ingest.extract import extract
from ingest.parsers.normalize import is_bare_dateline
from test_parser_html import parse_page

REGIONS = [("Акмолинская область", 47, 52, "18 450"), ("Карагандинская область", 73, 78, "31 505"),
           ("Костанайская область", 55, 57, "19 960"), ("Павлодарская область", 49, 50, "17 720")]
STAT_PAGE = (
    "<html><head><meta charset='utf-8'><title>Сведения по регионам</title></head><body><article>"
    "<h1>Сведения о деятельности этнокультурных объединений по регионам</h1>"
    "<p>Секретариат Ассамблеи народа Казахстана подготовил сводные данные о работе этнокультурных объединений.</p>"
    "<table border=1><thead><tr><th rowspan=2>№</th><th rowspan=2>Регион</th><th colspan=2>Объединения</th>"
    "<th rowspan=2>Финансирование, тыс. тенге</th></tr><tr><th>2018</th><th>2019</th></tr></thead><tbody>"
    + "".join(f"<tr><td>{i}</td><td>{r}</td><td>{a}</td><td>{b}</td><td>{m}</td></tr>"
              for i, (r, a, b, m) in enumerate(REGIONS, 1))
    + "<tr><td colspan=2><b>Итого по республике</b></td><td>224</td><td>237</td><td>87 635</td></tr>"
    "</tbody></table></article></body></html>")


def test_a_data_tables_row_is_one_paragraph_of_its_cells(tmp_path):
    # every cell was a paragraph of its own: 137 lone words and figures for a 17-row table
    blocks = [b.text for b in parse_page(tmp_path, STAT_PAGE).blocks]
    assert "2\tКарагандинская область\t73\t78\t31 505" in blocks
    assert "Итого по республике\t224\t237\t87 635" in blocks
    assert "Регион\tОбъединения\tФинансирование, тыс. тенге" not in blocks
    assert "31 505" not in blocks and "Карагандинская область" not in blocks


def test_a_header_cell_of_a_sign_alone_keeps_its_column(tmp_path):
    """A header cell holding only «№» was dropped (no letter, no digit), so the header row stood
    one column short of its rows: «Регион⇥Объединения…» over «1⇥Акмолинская область⇥47…»."""
    blocks = [b.text for b in parse_page(tmp_path, STAT_PAGE).blocks]
    assert "№\tРегион\tОбъединения\tФинансирование, тыс. тенге" in blocks


@pytest.mark.parametrize("row", [
    # a menu column beside the article's column
    "<td width=180><a href='/'>Главная</a><br><a href='/news'>Новости</a><br><br><a href='/d'>Документы</a>"
    "<br><br><a href='/c'>Контакты</a></td><td><p>{p1}</p><p>{p2}</p></td>",
    # the article's column beside a column of announcements
    "<td><p>{p1}</p><p>{p2}</p></td><td><p>Анонсы</p><p>Семинар для председателей центров пройдет 20 апреля.</p>"
    "<p>Концерт на площади 1 мая.</p></td>",
], ids=["menu column", "announcements column"])
def test_a_layout_tables_columns_stay_apart(tmp_path, row):
    p1 = "В Алматы состоялось торжественное собрание, посвящённое Дню единства народа Казахстана."
    p2 = "Председатель Ассамблеи отметил, что единство народа является главным источником силы государства."
    html = ("<html><head><meta charset='utf-8'><title>Собрание</title></head><body><table><tr>"
            + row.format(p1=p1, p2=p2) + "</tr></table></body></html>")
    blocks = [b.text for b in parse_page(tmp_path, html).blocks]
    assert p1 in blocks and p2 in blocks
    assert not any("\t" in b for b in blocks)


def test_a_date_in_a_table_cell_does_not_date_the_page(tmp_path):
    # the first event's day in a plan's table was taken for the page's dateline (2021-03-01)
    html = ("<html><head><meta charset='utf-8'><title>План мероприятий на 2021 год</title></head><body>"
            "<div id=content><h1>План мероприятий Ассамблеи на 2021 год</h1><table border=1>"
            "<tr><th>№</th><th>Наименование мероприятия</th><th>Срок проведения</th></tr>"
            "<tr><td>1</td><td>Празднование Дня благодарности</td><td>1 марта 2021 года</td></tr>"
            "<tr><td>2</td><td>Празднование Наурыз мейрамы</td><td>21 марта 2021 года</td></tr>"
            "</table></div></body></html>")
    doc = parse_page(tmp_path, html)
    assert "dateline" not in doc.metadata
    assert "1\tПразднование Дня благодарности\t1 марта 2021 года" in [b.text for b in doc.blocks]


def _letter_page(*rows: str) -> str:
    """Word's letter template saved as a web page: the registration block and the addressee side by
    side in a table row under the letterhead, a deadline in the body."""
    return ("<html><head><meta charset='utf-8'><title>Письмо</title></head><body><p>АССАМБЛЕЯ НАРОДА КАЗАХСТАНА</p>"
            "<table>" + "".join(rows) + "</table><p align=center>О проведении форума</p>"
            "<p>Уважаемый Булат Кабдылхамитович!</p>"
            "<p>Просим в срок до 25.04.2019 представить предложения по программе форума.</p></body></html>")


def test_a_web_page_letter_s_registration_block_beside_its_addressee_dates_it(tmp_path):
    """«Исх. № … от 15.04.2019» left of the addressee dates the letter as in its Word file: the page
    was dated by its deadline (2019-04-25). A register of letters is dated by none of its rows."""
    row = ("<tr><td><p>Исх. № 01-12/4{n}1 от 1{n}.04.2019</p><p>На № 5-6/95 от 02.04.2019</p></td>"
           "<td><p>Акиму Павлодарской области</p><p>Бакауову Б.К.</p></td></tr>")
    assert parse_page(tmp_path, _letter_page(row.format(n=5))).metadata["dateline"] == "Исх. № 01-12/451 от 15.04.2019"
    register = parse_page(tmp_path, _letter_page(*(row.format(n=n) for n in range(5))))
    assert "dateline" not in register.metadata


def test_a_registration_cell_of_two_lines_set_by_a_br_dates_the_web_page_letter(tmp_path):
    """The cell «Исх. № … от 15.04.2019<br>На № … от 02.04.2019» is one line to the parser (a single
    <br> is a space): the page was dated by its deadline (2019-04-25), or not at all without one. The
    answered letter's date after the outgoing one dates nothing."""
    row = ("<tr><td>Исх. № 01-12/4{n}4 от 1{n}.04.2019<br>На № 5-6/95 от 02.04.2019</td>"
           "<td>Акиму Павлодарской области<br>Бакауову Б.К.</td></tr>")
    assert parse_page(tmp_path, _letter_page(row.format(n=5))).metadata["dateline"] == "Исх. № 01-12/454 от 15.04.2019"
    undated_body = _letter_page(row.format(n=5)).replace("в срок до 25.04.2019 ", "")
    assert parse_page(tmp_path, undated_body).metadata["dateline"] == "Исх. № 01-12/454 от 15.04.2019"
    register = parse_page(tmp_path, _letter_page(*(row.format(n=n) for n in range(5))))
    assert "dateline" not in register.metadata


LAYOUT_ROWS = (
    "<html><head><meta charset='utf-8'><title>{title}</title></head><body><table width=760>"
    "<tr><td colspan=2><img src='top.jpg' alt='Ассамблея народа Казахстана Костанайской области'></td></tr>"
    "<tr><td width=560 valign=top><table width=100%>{date}"
    "<tr><td class=title><b>Итоги работы воскресных школ в 2003 году</b></td></tr>"
    "<tr><td>При этнокультурных объединениях области работают 23 воскресные школы, в которых обучаются более "
    "1 200 детей и взрослых. Изучаются немецкий, польский, украинский, корейский и другие языки.</td></tr>"
    "<tr><td>В 2004 году планируется открыть еще три школы: армянскую в Рудном, азербайджанскую в Лисаковске "
    "и еврейскую в Костанае.</td></tr></table></td>"
    "<td width=200 valign=top><p><b>Анонсы</b></p><p>20 апреля в областном Доме дружбы пройдет семинар для "
    "председателей этнокультурных объединений и представителей районных ассамблей.</p></td></tr></table>"
    "</body></html>")


@pytest.mark.parametrize("title", ["АНК Костанайской области", "Ассамблея народа Казахстана Костанайской области"])
@pytest.mark.parametrize("date, dateline", [
    ("12.04.2004", "12.04.2004"), ("12.04.2004 &nbsp;|&nbsp; Костанай", "12.04.2004 | Костанай"),
    ("[12.04.2004]", "[12.04.2004]"), (None, None),
], ids=["date row", "date and place parted by a bar", "date in brackets", "no date row"])
def test_a_date_row_above_the_headline_leaves_it_the_title(tmp_path, title, date, dateline):
    # with the date's row above the bold headline, the site's name in <title> stayed the title
    # (also with a row «date | place» or «[date]»)
    row = f"<tr><td class=date>{date}</td></tr>" if date else ""
    doc = parse_page(tmp_path, LAYOUT_ROWS.format(title=title, date=row))
    assert doc.title == "Итоги работы воскресных школ в 2003 году"
    assert doc.metadata.get("dateline") == dateline


def test_a_speakers_cell_gives_him_the_words_in_the_next_cell(tmp_path):
    # read as one row, «Н.Дементьева⇥Она предложила …» lost her: the pronoun looked for a name in the
    # sentences before its own, and the cells were one sentence
    html = ("<html><head><meta charset='utf-8'><title>Предложения участников</title></head><body><article>"
            "<h1>Основные предложения участников заседания Совета</h1><table border=1>"
            "<tr><th>Выступающий</th><th>Предложение</th></tr>"
            "<tr><td>Председатель Совета матерей Н.Дементьева</td><td>Она предложила создать при каждом Доме "
            "дружбы клуб молодой семьи.</td></tr>"
            "<tr><td>Депутат маслихата Б.Оспанов</td><td>Подчеркнул, что кабинеты медиации должны работать в "
            "каждом сельском округе.</td></tr></table></article></body></html>")
    text = parse_page(tmp_path, html).text
    assert {"Н. Дементьева", "Б. Оспанов"} <= set(extract(text).speakers)


@pytest.fixture(scope="module")
def service(tmp_path_factory):
    service = ingested_service(tmp_path_factory, {"stat.html": STAT_PAGE})
    yield service
    service.close()


@pytest.mark.parametrize("query", ['"Карагандинская область 73"', '"Итого по республике 224"'])
def test_a_phrase_within_a_row_is_found(service, query):
    assert hit_files(service.search(SearchRequest(query))) == ["stat.html"]


def test_a_figures_snippet_shows_its_row(service):
    # the snippet started at the lone figure and ran into the next rows: the next region read as its own
    snippet = re.sub(r"<[^>]+>", "", service.search(SearchRequest("31505")).hits[0].snippet_html)
    assert re.search(r"Карагандинская область\s73\s78\s31 505", snippet)
    assert snippet.index("Карагандинская") < snippet.index("31 505")


def test_a_figures_quote_is_its_row(service):
    # a quote was the lone cell «18 450»
    quote = service.quotes(SearchRequest("18450")).hits[0]
    assert re.fullmatch(r"1\sАкмолинская область\s47\s52\s18 450", quote.text)


def test_an_empty_cell_keeps_the_later_figures_in_their_columns(tmp_path):
    # the empty «Место» cell was dropped: «Ковальчук Ирина⇥украинский⇥91» put 91 under «Место»
    html = ("<html><head><meta charset='utf-8'><title>Итоги конкурса</title></head><body><article>"
            "<h1>Итоги конкурса</h1><p>Итоги областного конкурса знатоков языков.</p><table border=1>"
            "<tr><th>ФИО</th><th>Язык</th><th>Место</th><th>Балл</th></tr>"
            "<tr><td>Ковальчук Ирина</td><td>украинский</td><td></td><td>91</td></tr>"
            "<tr><td>Штраус Андрей</td><td>немецкий</td><td>2</td><td>&nbsp;</td></tr>"
            "<tr><td></td><td>Итого</td><td></td><td>2</td></tr>"
            "</table></article></body></html>")
    blocks = [b.text for b in parse_page(tmp_path, html).blocks]
    assert blocks[2:] == ["ФИО\tЯзык\tМесто\tБалл", "Ковальчук Ирина\tукраинский\t\t91",
                          "Штраус Андрей\tнемецкий\t2", "\tИтого\t\t2"]


def test_a_name_in_surname_and_given_name_columns_is_that_surnames_person(tmp_path):
    # without a patronymic column the joined «Байжанова Гульнар» gave the invented «Б. Гульнар»
    html = ("<html><head><meta charset='utf-8'><title>Состав совета</title></head><body><article>"
            "<h1>Состав совета</h1><p>Решением Совета Ассамблеи утвержден следующий состав.</p><table border=1>"
            "<tr><th>№</th><th>Фамилия</th><th>Имя</th><th>Должность</th></tr>"
            "<tr><td>1</td><td>Байжанова</td><td>Гульнар</td><td>директор</td></tr>"
            "<tr><td>2</td><td>Шульц</td><td>Андрей</td><td>председатель немецкого центра</td></tr>"
            "</table></article></body></html>")
    blocks = [b.text for b in parse_page(tmp_path, html).blocks]
    assert "1\tБайжанова Гульнар\tдиректор" in blocks
    assert extract("\n\n".join(blocks)).persons == ["Г. Байжанова", "А. Шульц"]


@pytest.mark.parametrize("section", ["", "tbody"])
def test_a_name_in_surname_name_patronymic_columns_is_one_person(tmp_path, section):
    """An official list's «Фамилия | Имя | Отчество» columns: a name never reaches across a cell,
    so nobody of the list was a person. Under such a header the name's cells are one cell."""
    html = ("<html><head><meta charset='utf-8'><title>Состав Молодежного крыла</title></head><body><article>"
            "<h1>Состав Молодежного крыла Ассамблеи народа Казахстана Атырауской области</h1>"
            "<p>Решением Совета Ассамблеи утвержден следующий состав Молодежного крыла.</p><table border=1>"
            + (f"<{section}>" if section else "") +  # most CMSs write a <tbody>: the header was missed in it
            "<tr><th>№ п/п</th><th>Фамилия</th><th>Имя</th><th>Отчество</th><th>Этнокультурное объединение</th></tr>"
            "<tr><td>1</td><td>Исмаилова</td><td>Дана</td><td>Ерлановна</td><td>казахское ОО «Атамекен»</td></tr>"
            "<tr><td>2</td><td>Мельниченко</td><td>Артем</td><td>Олегович</td><td>украинский центр «Дніпро»</td></tr>"
            "<tr><td>3</td><td></td><td>Виктория</td><td>Сергеевна</td><td>корейский центр</td></tr>"
            + (f"</{section}>" if section else "") + "</table></article></body></html>")
    doc = parse_page(tmp_path, html)
    blocks = [b.text for b in doc.blocks]
    assert blocks[2:] == ["№ п/п\tФамилия\tИмя\tОтчество\tЭтнокультурное объединение",
                          "1\tИсмаилова Дана Ерлановна\tказахское ОО «Атамекен»",
                          "2\tМельниченко Артем Олегович\tукраинский центр «Дніпро»",
                          "3\tВиктория Сергеевна\tкорейский центр"]
    assert extract("\n\n".join(blocks)).persons[:2] == ["Д.Е. Исмаилова", "А.О. Мельниченко"]


OLD_NEWS = ("<html><head><meta charset='utf-8'><title>АНК Жамбылской области</title></head><body><table width='100%'>"
            "<tr><td width='180'><a href='/'>Главная</a><br><a href='/news'>Новости</a></td><td><table width='100%'>"
            "<tr><td class='date'>{row}</td></tr>"
            "<tr><td><font size='3'><strong>В Таразе прошел семинар для председателей этнокультурных объединений"
            "</strong></font></td></tr><tr><td><p>В областном Доме дружбы прошел семинар для председателей "
            "этнокультурных объединений. Семинар провел заведующий отделом Сапаров К.Б.</p>"
            "<p>Участники обсудили план мероприятий на 2005 год.</p></td></tr></table></td></tr></table></body></html>")


@pytest.mark.parametrize("row", ["15.03.2005 / Тараз", "(15.03.2005)", "15.03.2005 &nbsp;&nbsp; г. Тараз",
                                 "15.03.2005 | Жамбылская область", "15.03.2005 — Тараз", "15.03.2005 &nbsp;|&nbsp; Тараз"])
def test_an_old_pages_date_row_leaves_the_headline_the_title(tmp_path, row):
    # these forms of the date and place were a title, so the page took the site's name
    assert parse_page(tmp_path, OLD_NEWS.format(row=row)).metadata["title"] == \
        "В Таразе прошел семинар для председателей этнокультурных объединений"


@pytest.mark.parametrize("line", ["15.03.2005 — В Таразе прошел семинар", "15.03.2005 г. в Таразе прошел семинар",
                                  "15.03.2005 / Итоги года", "(см. 15.03.2005)"])
def test_a_headline_opening_with_its_date_is_no_bare_dateline(line):
    assert not is_bare_dateline(line)
