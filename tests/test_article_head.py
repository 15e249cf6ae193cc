"""A journal article is titled by its heading, not by its authors' line, its «УДК» code or the journal's
name in a PDF's Title, and dated by its issue line; a stenogram's or a protocol's type printed in capitals
is written as an act's header is."""
from datetime import date

import pytest
from conftest import ingested_service, make_pdfs_module

from index.citation import hit_citation
from index.search import SearchRequest
from ingest.build import build_record
from ingest.extract.dates import document_date
from ingest.parsers import parse_file
from ingest.parsers.article_head import article_title

AUTHORS_FIRST = (
    "Кадырова Г.Т., Сейткали А.М.\n\n"
    "ПОЛИЭТНИЧНОСТЬ КАК РЕСУРС ОБЩЕСТВЕННОГО СОГЛАСИЯ: ОПЫТ АССАМБЛЕИ НАРОДА КАЗАХСТАНА\n\n"
    "Вестник КазНУ. Серия историческая. 2020. № 3 (98). С. 45–58.\n\n"
    "Аннотация. В статье рассматривается опыт Ассамблеи народа Казахстана в сфере укрепления "
    "межэтнического согласия.\n\n"
    "Ключевые слова: Ассамблея народа Казахстана, медиация, межэтническое согласие.\n\n"
    "Кабинеты медиации при Ассамблее народа Казахстана в 2019 году рассмотрели более трехсот обращений "
    "граждан, большая часть которых была урегулирована на досудебной стадии.\n\n"
    "Список литературы\n\n"
    "1. Назарбаев Н.А. В потоке истории. — Алматы: Атамұра, 1999. — 296 с.\n")
CODE_FIRST = (
    "УДК 323.15(574)\n\n"
    "А.М. Сейткали\n"
    "Евразийский национальный университет им. Л.Н. Гумилева, Астана, Казахстан\n\n"
    "ЯЗЫКОВАЯ ПОЛИТИКА И ЭТНОКУЛЬТУРНЫЕ ОБЪЕДИНЕНИЯ В ПАВЛОДАРСКОЙ ОБЛАСТИ\n\n"
    "Аннотация. Статья посвящена роли этнокультурных объединений в реализации языковой политики.\n\n"
    "Воскресные школы при домах дружбы Павлодарской области в 2020 году посещали более четырех тысяч "
    "детей и взрослых, изучавших казахский и родные языки.\n")


def test_a_plain_text_article_is_titled_by_its_heading_and_dated_by_its_issue(tmp_path_factory):
    """It was cited «…»; Кадырова Г.Т., Сейткали А.М., без даты and «…»; УДК 323.15(574), без даты: the
    authors' line or the classification code stood for the title, and the issue's year was not read."""
    service = ingested_service(tmp_path_factory, {"kadyrova.txt": AUTHORS_FIRST, "seitkali.txt": CODE_FIRST})
    try:
        quote = service.quotes(SearchRequest('"досудебной стадии"')).hits[0]
        assert quote.title == "Полиэтничность как ресурс общественного согласия: опыт Ассамблеи народа Казахстана"
        assert quote.date == date(2020, 1, 1)
        assert hit_citation(quote).endswith("; Полиэтничность как ресурс общественного согласия: опыт Ассамблеи "
                                            "народа Казахстана, 2020\u00a0г.")
        # a region's name keeps its capital: the article's own sentences write it so
        quote = service.quotes(SearchRequest('"воскресные школы"')).hits[0]
        assert quote.title == "Языковая политика и этнокультурные объединения в Павлодарской области"
        assert quote.date is None  # no issue line, and «в 2020 году» dates nothing
    finally:
        service.close()


@pytest.mark.parametrize("opening", [
    "Казахстан и Ассамблея\n\nВ 2020 году прошли встречи.",  # no apparatus at all
    "Н.А. Назарбаев и Ассамблея народа Казахстана\n\nСтатья о роли Первого Президента.",  # a name in a heading
])
def test_a_text_with_no_article_head_keeps_its_first_heading(opening):
    assert article_title(opening.split("\n\n")) is None


def test_an_article_whose_heading_stands_over_its_authors_is_titled_by_it():
    paragraphs = ["Информация о работе кабинетов медиации", "Кадырова Г.Т.", "Текст справки."]
    assert article_title(paragraphs) == "Информация о работе кабинетов медиации"


def test_an_act_s_number_after_its_date_is_no_journal_issue():
    text = "Указ Президента Республики Казахстан\n\nот 12.04.2021 № 548\n\nОб утверждении Концепции."
    assert document_date({}, text, "ukaz.txt", today=date(2024, 1, 1))[0] != date(2021, 1, 1)


@pytest.fixture(scope="module")
def mk():
    return make_pdfs_module()


def test_a_journal_pdf_is_titled_by_the_article_not_by_the_journal_in_its_title_property(tmp_path, mk):
    """A journal's offprint whose Title property is the journal's name («Вестник Ассамблеи») was titled
    by it; the heading under the authors' line names the article. The heading opens with «Институт»,
    no affiliation's line."""
    pdf = mk.MiniPdf(info={"Title": "Вестник Ассамблеи"})
    pdf.page([(400, mk.H - 60, 10, "УДК 323.1(574)"),
              (72, mk.H - 90, 11, "А.Б. Сарсенова, кандидат исторических наук, Евразийский национальный университет"),
              (72, mk.H - 130, 16, "Институт медиации в деятельности Ассамблеи народа Казахстана"),
              (72, mk.H - 170, 11, "Настоящая статья посвящена истории становления кабинетов общественного согласия."),
              (72, mk.H - 184, 11, "Первые такие кабинеты появились в Костанайской и Павлодарской областях.")])
    pdf.save(tmp_path / "vestnik.pdf")
    assert parse_file(tmp_path / "vestnik.pdf").title == "Институт медиации в деятельности Ассамблеи народа Казахстана"


def test_a_pdf_s_short_title_property_gives_way_to_the_heading_that_says_it_in_full(tmp_path, mk):
    pdf = mk.MiniPdf(info={"Title": "Аналитический доклад о состоянии межэтнических отношений"})
    pdf.page([(72, mk.H - 80, 16, "Аналитический доклад о состоянии межэтнических отношений в Павлодарской области"),
              (72, mk.H - 120, 11, "Ассамблея народа Казахстана проводит в регионах встречи с жителями."),
              (72, mk.H - 134, 11, "Обсуждались вопросы языковой политики и медиации.")])
    pdf.save(tmp_path / "doklad.pdf")
    assert parse_file(tmp_path / "doklad.pdf").title == (
        "Аналитический доклад о состоянии межэтнических отношений в Павлодарской области")


@pytest.mark.parametrize("heading, title", [
    ("СТЕНОГРАММА\nзаседания Научно-экспертного совета Ассамблеи народа Казахстана",
     "Стенограмма заседания Научно-экспертного совета Ассамблеи народа Казахстана"),
    ("ПРОТОКОЛ № 4\nзаседания Совета Ассамблеи", "Протокол № 4 заседания Совета Ассамблеи"),
    # all in capitals: every word as the text writes it
    ("СТЕНОГРАММА\nXXVII СЕССИИ АССАМБЛЕИ НАРОДА КАЗАХСТАНА", "Стенограмма XXVII сессии Ассамблеи народа Казахстана"),
])
def test_a_stenogram_s_type_in_capitals_is_written_as_running_text(tmp_path, heading, title):
    """An act's header in capitals was written as running text («Указ Президента …»), a stenogram's type
    word was not: «СТЕНОГРАММА заседания …» had to be retyped in every citation."""
    path = tmp_path / "sten.txt"
    path.write_text(f"{heading}\n\nг. Астана, 14 марта 2019 года\n\n"
                    "ОМАРОВ Б.Е.: Я поддерживаю выводы коллеги. Сессия Ассамблеи народа Казахстана важна.\n",
                    encoding="utf-8")
    assert build_record(parse_file(path), path, str(tmp_path), "0" * 64).title == title


RIGHTS_ARTICLE = (
    "УДК 342.7\n\n"
    "Иванова А.Б., кандидат юридических наук, Евразийский национальный университет, Астана, Казахстан\n\n"
    "ЗАЩИТА ПРАВ ЧЕЛОВЕКА И РОЛЬ МИНИСТЕРСТВА ЮСТИЦИИ\n\n"
    "Аннотация. В статье рассматривается защита интересов граждан в Казахстане.\n\n"
    "Постановлением Правительства утверждена программа Министерства. Глава ведомства отметил, что "
    "права граждан защищены. Казахстан последовательно развивает институт омбудсмена.\n")


def test_a_short_heading_word_takes_no_capital_from_a_longer_word_it_opens(tmp_path):
    # «ПРАВ» opens «Правительства», «МИНИСТЕРСТВА» «Министр», which the text writes with a capital:
    # neither is a form of the same word
    (tmp_path / "rights.txt").write_text(RIGHTS_ARTICLE, encoding="utf-8")
    assert parse_file(tmp_path / "rights.txt").metadata["title"] == "Защита прав человека и роль Министерства юстиции"
    (tmp_path / "ministry.txt").write_text(
        RIGHTS_ARTICLE.replace("программа Министерства", "программа ведомства").replace(
            "Глава ведомства", "Глава ведомства, Министр юстиции,"), encoding="utf-8")
    assert parse_file(tmp_path / "ministry.txt").metadata["title"] == "Защита прав человека и роль министерства юстиции"
