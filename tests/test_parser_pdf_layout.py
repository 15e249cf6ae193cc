"""PDF page layout: columns and sidebars in reading order (ingest.parsers.pdf_columns), text
printed sideways or on a turned page read upright (ingest.parsers.pdf_direction), and pages of a
word or two kept apart. PDFs are written by tests/fixtures/make_pdfs.py's MiniPdf (every glyph
half an em wide), parsed, and ingested into a real index that the command line searches."""
from __future__ import annotations

import json
import textwrap

import pytest

from assembly_search.cli import main
from ingest.parsers import parse_file


@pytest.fixture(scope="module")
def mk():
    from tests.conftest import make_pdfs_module

    return make_pdfs_module()


COLUMNS3 = ["Волонтёры Ассамблеи провели акцию в Караганде, и около двухсот студентов собрали книги "
            "для сельских библиотек области",
            "На встрече в Доме дружбы выступил председатель молодёжного крыла и рассказал о планах "
            "на следующий год и о новом конкурсе",
            "Конкурс эссе объявлен на тему родного языка, и победители получат гранты на обучение "
            "в университетах столицы страны"]
SIDEBAR_BODY = ("Сессия Ассамблеи народа Казахстана рассмотрела вопросы укрепления общественного согласия "
                "и приняла резолюцию о поддержке этнокультурных объединений, а делегаты из всех регионов "
                "выступили с докладами о работе советов общественного согласия и домов дружбы.")
SIDEBAR_BOX = "В сессии участвовали 350 делегатов и 40 гостей из-за рубежа и из соседних стран."
ARTICLE = ("Ассамблея народа Казахстана поддерживает работу этнокультурных центров во всех областях страны, "
           "и в прошлом году открыто двенадцать новых воскресных школ, где дети изучают родные языки, а "
           "этнокультурные объединения малых народов впервые получили гранты на издание газет и книг на "
           "родных языках, и председатель совета поблагодарил акимат за помощь в подготовке фестиваля и "
           "круглых столов.")


def _column(x: float, top: float, text: str, width: int, size: float = 10, pitch: float = 13.5) -> list[tuple]:
    """``text`` wrapped at ``width`` characters from (x, top) down, ``pitch`` apart."""
    return [(x, top - pitch * i, size, line) for i, line in enumerate(textwrap.wrap(text, width))]


def three_columns(mk, path) -> None:
    """A heading over three columns of 10 pt prose, 150 points wide with 22 between them."""
    pdf = mk.MiniPdf()
    lines = [(50, mk.H - 80, 16, "Молодёжь за единство", "bold")]
    for i, text in enumerate(COLUMNS3):
        lines += _column(50 + 172 * i, mk.H - 120, text + ".", 30)
    pdf.page(lines)
    pdf.save(path)


def sidebar(mk, path) -> None:
    """The body in the left 60% of the page; a note «Кстати» in 9 pt type at its right."""
    pdf = mk.MiniPdf()
    lines = [(50, mk.H - 80, 16, "Итоги сессии", "bold")]
    lines += _column(50, mk.H - 120, SIDEBAR_BODY, 62)
    lines += [(390, mk.H - 120, 10, "Кстати", "bold")] + _column(390, mk.H - 136, SIDEBAR_BOX, 32, 9, 12)
    pdf.page(lines)
    pdf.save(path)


def article_end(mk, path) -> None:
    """An article in two columns whose last two lines open the right column."""
    pdf = mk.MiniPdf()
    rows = textwrap.wrap(ARTICLE, 44)
    lines = [(50, mk.H - 80, 14, "Этнокультурные центры", "bold")]
    lines += [(50, mk.H - 120 - 13.5 * i, 10, row) for i, row in enumerate(rows[:-2])]
    lines += [(310, mk.H - 120 - 13.5 * i, 10, row) for i, row in enumerate(rows[-2:])]
    pdf.page(lines)
    pdf.save(path)


def turned_pages(mk, path) -> None:
    """Page 1 upright; page 2 upright text on a page turned with /Rotate 90 (Acrobat's «Rotate
    page»); page 3 a table's lines printed across the sheet, letters running up the page; page 4
    upright text under a watermark set at 45 degrees."""
    pdf = mk.MiniPdf()
    pdf.page([(60, mk.H - 80, 14, "Протокол заседания малой ассамблеи", "bold"),
              (60, mk.H - 110, 11, "Заседание прошло в Таразе. Первая страница протокола.")])
    pdf.page([(60, mk.H - 80, 11, "Решили поддержать проект дома дружбы и выделить помещение"),
              (60, mk.H - 95, 11, "для воскресной школы этнокультурного объединения.")], rotate=90)
    pdf.page([(200, 100, 11, "Таблица голосования по проекту решения:", "turned"),
              (215, 100, 11, "за проголосовали сорок пять членов ассамблеи.", "turned")])
    pdf.page([(60, mk.H - 80, 11, "Четвёртая страница протокола подписана секретарём."),
              (150, 300, 40, "ОБРАЗЕЦ ДОКУМЕНТА", "slanted")])
    pdf.save(path)


SLIDES = ["Слайды презентации", "Единство", "Согласие", "Толерантность", "Спасибо за внимание"]


def slides(mk, path) -> None:
    """A deck exported to PDF: a word or two per page, centred in 28 pt bold type."""
    pdf = mk.MiniPdf()
    for word in SLIDES:
        pdf.page([((mk.W - 14 * len(word)) / 2, mk.H / 2, 28, word, "bold")])
    pdf.save(path)


def test_three_columns_are_read_one_after_another(tmp_path, mk):
    """A three-column page (a bulletin, a newspaper) was read across the columns line by line."""
    three_columns(mk, tmp_path / "columns3.pdf")
    blocks = parse_file(tmp_path / "columns3.pdf").blocks
    assert blocks[0].text == "Молодёжь за единство"
    assert " ".join(b.text for b in blocks[1:]) == " ".join(text + "." for text in COLUMNS3)


def test_a_sidebar_beside_the_body_is_a_paragraph_of_its_own(tmp_path, mk):
    """A boxed note at the right of the body was woven into the body's lines."""
    sidebar(mk, tmp_path / "sidebar.pdf")
    assert [b.text for b in parse_file(tmp_path / "sidebar.pdf").blocks] == [
        "Итоги сессии", SIDEBAR_BODY, "Кстати", SIDEBAR_BOX]


def test_a_right_column_of_two_lines_follows_the_left_column(tmp_path, mk):
    """An article's last two lines at the top of the right column were read across the columns:
    «Ассамблея народа Казахстана в подготовке фестиваля и круглых поддерживает…»."""
    article_end(mk, tmp_path / "end.pdf")
    assert [b.text for b in parse_file(tmp_path / "end.pdf").blocks] == ["Этнокультурные центры", ARTICLE]


PICTURE_LEFT = ["Ассамблея народа Казахстана и все", "этнокультурные объединения страны провели"]
PICTURE_RIGHT = ("фестиваль национальных культур в Павлодаре, где гости увидели выставку ремёсел и концерт "
                 "творческих коллективов, а председатель совета поблагодарил волонтёров за помощь.")


def test_a_left_column_of_two_lines_over_a_picture_comes_before_the_right_column(tmp_path, mk):
    """A left column of two lines (a picture under them) beside a long right column was read
    across: its first line ends well short of the second's end (the next word is long), so it
    did not seem to wrap onto the second."""
    pdf = mk.MiniPdf()
    pdf.page([(50, mk.H - 80, 14, "Фестиваль культур", "bold")]
             + [(50, mk.H - 120 - 13.5 * i, 10, row) for i, row in enumerate(PICTURE_LEFT)]
             + _column(310, mk.H - 120, PICTURE_RIGHT, 42))
    pdf.save(tmp_path / "picture.pdf")
    assert [b.text for b in parse_file(tmp_path / "picture.pdf").blocks] == [
        "Фестиваль культур", " ".join(PICTURE_LEFT) + " " + PICTURE_RIGHT]


SPEECHES = [("ТОКАЕВ К.К.", "Уважаемые члены Ассамблеи! Сегодня мы обсуждаем важные вопросы укрепления "
                            "единства нашего народа и развития языков."),
            ("АБДРАХМАНОВ С.", "Спасибо. Секретариат подготовил доклад о работе советов общественного "
                               "согласия в регионах страны."),
            ("КИМ Л.", "Я хотела бы поддержать предложения, прозвучавшие сегодня, и предложить провести "
                       "форум молодёжи осенью.")]
CONTENTS = ["Введение и общие положения доклада", "Итоги работы этнокультурных объединений",
            "Деятельность советов общественного согласия", "Молодёжная политика и волонтёрство"]


def test_speaker_labels_and_page_numbers_beside_the_text_are_no_columns(tmp_path, mk):
    """Text side by side across a gutter that is no column of prose stays on its rows: a
    transcript's speaker labels stay with their speeches, a contents page's numbers with its
    entries (the numbers stand on one left edge, as a column's lines do)."""
    pdf = mk.MiniPdf()
    lines, y = [], mk.H - 100
    for label, speech in SPEECHES:
        lines.append((50, y, 10, label, "bold"))
        rows = _column(200, y, speech, 64)
        lines += rows
        y -= 13.5 * len(rows) + 8
    pdf.page(lines)
    pdf.page([(50, mk.H - 100 - 16 * i, 11, entry) for i, entry in enumerate(CONTENTS)]
             + [(520, mk.H - 100 - 16 * i, 11, str(3 + 4 * i)) for i in range(len(CONTENTS))])
    pdf.save(tmp_path / "rows.pdf")
    texts = [b.text for b in parse_file(tmp_path / "rows.pdf").blocks]
    assert texts[:3] == [f"{label} {speech}" for label, speech in SPEECHES]
    # a contents line without leaders is a row of two cells (pdf_tables): the entry, its page
    assert texts[3:] == [f"{entry}\t{3 + 4 * i}" for i, entry in enumerate(CONTENTS)]


def test_text_sideways_or_on_a_turned_page_is_read_upright_and_a_watermark_left_out(tmp_path, mk):
    """A page turned with /Rotate and a table printed across the sheet came out as strings of
    single letters («В о з а е я и с т в…»), with no word of them found and no warning."""
    turned_pages(mk, tmp_path / "turned.pdf")
    doc = parse_file(tmp_path / "turned.pdf")
    assert [(b.page, b.text) for b in doc.blocks] == [
        (1, "Протокол заседания малой ассамблеи"),
        (1, "Заседание прошло в Таразе. Первая страница протокола."),
        (2, "Решили поддержать проект дома дружбы и выделить помещение для воскресной школы "
            "этнокультурного объединения."),
        (3, "Таблица голосования по проекту решения: за проголосовали сорок пять членов ассамблеи."),
        (4, "Четвёртая страница протокола подписана секретарём.")]
    assert doc.warnings == ["Text set at a slant on page 4 (a stamp or a watermark) was left out."]


def test_a_word_alone_on_its_page_stays_on_its_page(tmp_path, mk):
    """A slide's one word was joined to the slide before and cited with its page number."""
    slides(mk, tmp_path / "slides.pdf")
    assert [(b.page, b.text) for b in parse_file(tmp_path / "slides.pdf").blocks] == list(
        enumerate(SLIDES, 1))


@pytest.fixture(scope="module")
def index(tmp_path_factory, mk):
    """The layouts above ingested into one index."""
    root = tmp_path_factory.mktemp("layouts")
    archive, index = root / "archive", root / "index"
    archive.mkdir()
    for make in (three_columns, sidebar, article_end, turned_pages, slides):
        make(mk, archive / f"{make.__name__}.pdf")
    assert main(["ingest", str(archive), "--index", str(index), "--workers", "1"]) == 0
    return index


def _search(index, capsys, *args: str) -> dict:
    capsys.readouterr()
    assert main(["search", *args, "--json", "--index", str(index)]) == 0
    return json.loads(capsys.readouterr().out)


@pytest.mark.parametrize("phrase", [
    "Волонтёры Ассамблеи провели акцию", "собрали книги для сельских библиотек",
    "рассмотрела вопросы укрепления", "350 делегатов",
    "поддерживает работу этнокультурных центров", "в подготовке фестиваля и круглых столов",
    "помещение для воскресной школы", "таблица голосования"])
def test_phrases_of_columns_sidebars_and_turned_pages_are_found(index, capsys, phrase):
    assert _search(index, capsys, f'"{phrase}"')["total"] == 1


def test_a_slide_s_word_is_cited_with_its_own_page(index, capsys):
    [hit] = _search(index, capsys, "Толерантность", "--quotes")["hits"]
    assert hit["page"] == 4 and hit["citation"].endswith("4")


def _protocol_under_header_row(tmp_path, mk, region: str, row: list[tuple[int, str]]):
    """A protocol's PDF: the centred heading, the header row's parts at their x under it, the text."""
    pdf = mk.MiniPdf()
    pdf.page([(245, mk.H - 60, 13, "ПРОТОКОЛ № 8", "bold"),
              (60, mk.H - 75, 13, f"заседания Совета Ассамблеи народа Казахстана{region}", "bold"),
              *[(x, mk.H - 105, 12, text) for x, text in row],
              (30, mk.H - 135, 13, "Председательствовал: Тажибаев М.А."),
              (30, mk.H - 163, 13, "ПОСТАНОВИЛИ: информацию принять к сведению.", "bold")])
    path = tmp_path / "protokol.pdf"
    pdf.save(path)
    return parse_file(path)


def test_a_protocol_s_header_row_city_left_date_right_is_no_part_of_its_title(tmp_path, mk):
    """«г. Туркестан» at the left and «18 сентября 2022 года» at the right of one row, under the centred
    heading, were glued into the title: «ПРОТОКОЛ № 8 … области г. Туркестан 18 сентября 2022 года»."""
    doc = _protocol_under_header_row(tmp_path, mk, " Туркестанской области",
                                     [(30, "г. Туркестан"), (420, "18 сентября 2022 года")])
    assert doc.title == "ПРОТОКОЛ № 8 заседания Совета Ассамблеи народа Казахстана Туркестанской области"
    assert doc.metadata["dateline"] == "г. Туркестан 18 сентября 2022 года"


def test_a_protocol_s_header_row_city_number_date_is_no_part_of_its_title(tmp_path, mk):
    """«г. Астана   № 8   15.03.2019», city, number and date in one row, was glued into the title:
    «ПРОТОКОЛ № 8 … Казахстана г. Астана № 8 15.03.2019»."""
    doc = _protocol_under_header_row(tmp_path, mk, "", [(30, "г. Астана"), (270, "№ 8"), (470, "15.03.2019")])
    assert doc.title == "ПРОТОКОЛ № 8 заседания Совета Ассамблеи народа Казахстана"
    assert "15.03.2019" in doc.metadata["dateline"]


def test_a_protocol_s_header_row_city_date_number_is_no_part_of_its_title(tmp_path, mk):
    """«г. Астана   15 марта 2019 года   № 8», the number after the date, opens lowercase and was no bare
    dateline, so it went on with the heading: «ПРОТОКОЛ № 8 … Казахстана г. Астана 15 марта 2019 года № 8»."""
    doc = _protocol_under_header_row(tmp_path, mk, "", [(30, "г. Астана"), (250, "15 марта 2019 года"),
                                                          (500, "№ 8")])
    assert doc.title == "ПРОТОКОЛ № 8 заседания Совета Ассамблеи народа Казахстана"
    assert "15 марта 2019 года" in doc.metadata["dateline"]


INFO_BODY = ["В 2006 году Малая Ассамблея области провела 4 заседания. Активно",
             "работали 27 этнокультурных объединений, при которых действуют 19",
             "воскресных школ. Председатель турецкого центра А.К. Бахадыров от-",
             "метил, что в школе центра обучаются более 200 детей."]


@pytest.mark.parametrize("dateline", [
    [(60, "г. Тараз"), (340, "15 января 2007 г.")],  # FineReader places the words apart
    [(60, "г. Тараз" + " " * 52 + "15 января 2007 г.")],  # one piece, spaced out
])
def test_an_evenly_spaced_scan_s_heading_dateline_and_text_are_three_paragraphs(tmp_path, mk, capsys, dateline):
    """A scan's text layer sets every line in one type at one pitch: the heading, the dateline under it
    and the first sentence were one paragraph, and the title ran on into the dateline and the text
    («ИНФОРМАЦИЯ о работе … за 2006 год г. Тараз 15 января 2007 г. В 2006 году …»)."""
    pdf = mk.MiniPdf(info={"Producer": "ABBYY FineReader 11"}, scanned=True)
    rows = [[(60, "ИНФОРМАЦИЯ")], [(60, "о работе Малой Ассамблеи Жамбылской области за 2006 год")], dateline,
            *[[(60, line)] for line in INFO_BODY]]
    pdf.page([(x, mk.H - 60 - 15 * k, 11, text) for k, row in enumerate(rows) for x, text in row])
    archive = tmp_path / "archive"
    archive.mkdir()
    pdf.save(archive / "2007-01-15_zhambyl_info.pdf")
    assert main(["ingest", str(archive), "--index", str(tmp_path / "index"), "--workers", "1"]) == 0
    [hit] = _search(tmp_path / "index", capsys, "Тараз")["hits"]
    assert hit["title"] == "Информация о работе Малой Ассамблеи Жамбылской области за 2006 год"
    [quote] = _search(tmp_path / "index", capsys, "Тараз", "--quotes")["hits"]
    assert quote["text"] == "г. Тараз 15 января 2007 г."
    [quote] = _search(tmp_path / "index", capsys, '"провела 4 заседания"', "--quotes")["hits"]
    assert quote["text"].startswith("В 2006 году")


def test_a_date_ending_a_paragraph_s_sentence_stays_in_it(tmp_path, mk):
    """A dateline is a paragraph of its own only where it stands alone: a date that a sentence
    running to the column's edge wraps onto its paragraph's last line stays in that paragraph."""
    lines = ["Заседание Малой Ассамблеи области, посвящённое итогам года, состоялось",
             "12 марта 2019 г.",
             "Делегаты обсудили работу советов общественного согласия и домов дружбы."]
    pdf = mk.MiniPdf()
    pdf.page([(60, mk.H - 60 - 15 * k, 11, text) for k, text in enumerate(lines)])
    pdf.save(tmp_path / "one.pdf")
    assert [b.text for b in parse_file(tmp_path / "one.pdf").blocks] == [" ".join(lines[:2]), lines[2]]


def test_a_date_alone_on_a_line_inside_a_sentence_stays_in_its_paragraph(tmp_path, mk):
    """A narrow column leaves a date alone on a short line: the sentence runs on to it and on past
    it in lowercase, so the year's «г.» ends no paragraph («состоялось» / «15 февраля 2006 г.» /
    «в конференц-зале …»), and a phrase across it is found."""
    lines = ["Очередное заседание Малой Ассамблеи области, отложенное из-за паводка, состоялось",
             "15 февраля 2006 г.",
             "в конференц-зале областного акимата. В нем приняли участие 31 член Малой",
             "Ассамблеи и представители этнокультурных объединений области и города."]
    pdf = mk.MiniPdf(info={"Producer": "ABBYY FineReader 11"}, scanned=True)
    pdf.page([(60, mk.H - 60 - 15 * k, 11, text) for k, text in enumerate(lines)])
    pdf.save(tmp_path / "one.pdf")
    assert [b.text for b in parse_file(tmp_path / "one.pdf").blocks] == [" ".join(lines)]


@pytest.mark.parametrize("lines, heading, dateline", [
    # a one-line heading in capitals, the column's widest line: it was taken to run on into the dateline
    (["СТЕНОГРАММА VI СЕССИИ АССАМБЛЕИ НАРОДОВ КАЗАХСТАНА", "г. Астана 23 ноября 1999 г.",
      "Председательствующий Н.А. Назарбаев:", "- Уважаемые члены Ассамблеи! Открываем шестую сессию."],
     "СТЕНОГРАММА VI СЕССИИ АССАМБЛЕИ НАРОДОВ КАЗАХСТАНА", "г. Астана 23 ноября 1999 г."),
    # an act's requisites, date, number and place, set out on one line: no bare dateline, for the number
    (["ПОСТАНОВЛЕНИЕ", "Президиума Ассамблеи народов Казахстана",
      "12 марта 1999 г." + " " * 20 + "№ 15" + " " * 20 + "г. Алматы",
      "О проведении Дней культуры национально-культурных центров в регионах",
      "Президиум Ассамблеи народов Казахстана ПОСТАНОВЛЯЕТ:",
      "1. Провести в 1999 году Дни культуры этнокультурных центров в областях."],
     "ПОСТАНОВЛЕНИЕ Президиума Ассамблеи народов Казахстана", "12 марта 1999 г. № 15 г. Алматы"),
])
def test_a_scan_s_heading_and_the_line_of_its_date_under_it_are_paragraphs_apart(tmp_path, mk, lines, heading,
                                                                                dateline):
    """At a scan's even pitch, a heading over a line of its date was one paragraph with it and the title
    ran on into the date, or into the text: a one-line heading in capitals as wide as the column, and an
    act's requisites line, which holds its number beside the date and the place."""
    from ingest.build import document_title

    pdf = mk.MiniPdf(info={"Producer": "ABBYY FineReader 11"}, scanned=True)
    pdf.page([(60, mk.H - 60 - 15 * k, 11, text) for k, text in enumerate(lines)])
    pdf.save(tmp_path / "one.pdf")
    doc = parse_file(tmp_path / "one.pdf")
    assert [" ".join(b.text.split()) for b in doc.blocks[:2]] == [heading, dateline]
    assert "СЕССИИ" not in document_title(doc, tmp_path / "one.pdf")
