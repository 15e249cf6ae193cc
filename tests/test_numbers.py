"""Figures as an economist or a journalist types them: grouped digits and decimal commas are one
number (index.numbers)."""
from __future__ import annotations

import re

import pytest

from conftest import hit_files, ingested_service
from index.analysis import analyze_terms, query_terms
from index.search import SearchRequest

DOCS = {
    "budget.txt": "Отчёт о финансировании\n\nВ мероприятиях приняли участие более 1\u00a0000 человек, а общее "
                  "число волонтёров составило 15 000. Рост охвата составил 2,5%.\n",
    "report.txt": "Доклад за год\n\nНа проекты было направлено 1 250 000 тенге из местных бюджетов, участвовали "
                  "2\u202f000 человек и 22\u2009000 слушателей.\n",
    "kaz.txt": "Есеп\n\nҚатысушылар саны 15 пайызға өсті. Іс-шараларға 10 000 адам қатысты.\n",
    "kaz_units.txt": "Ақпарат\n\nЭкспорт 8% артты, этностардың үлесі 4,2 пайызға өсті. Іс-шараларға 12 мың адам қатысты.\n",
    "news.txt": "Дом дружбы подвёл итоги\n\nНа праздник выделено 45.000.000 тенге, пришли 12.500 человек, "
                "а в английской версии сказано 40,000,000 tenge.\n",
    "kostanay.txt": "Костанай\n\nБезработица снизилась до 4,9%, а число проектов выросло на 10%.\n",
    "table.txt": "Перепись\n\nКазахи 7 985 039 человек.\n",
    "points.txt": "Положение\n\n2.3. Содействие возрождению культур.\n",
    "units.txt": "Бюджет\n\nВыделено 5 млрд тенге и ещё 750 тыс. тенге на гранты.\n",
    "speech.txt": "Стенограмма\n\nМы направили три миллиарда тенге, это на 12 процентов больше.\n",
}


@pytest.fixture(scope="module")
def service(tmp_path_factory):
    service = ingested_service(tmp_path_factory, DOCS)
    yield service
    service.close()


def found(service, query: str) -> list[str]:
    return sorted(hit_files(service.search(SearchRequest(query, per_page=50))))


def marks(service, query: str) -> list[str]:
    return [m for hit in service.search(SearchRequest(query, per_page=50)).hits
            for m in re.findall(r"<mark>(.*?)</mark>", hit.snippet_html)]


def test_a_grouped_figure_is_one_term():
    for text in ("15 000", "15\u00a0000", "15\u202f000", "15\u2009000", "15000"):
        assert analyze_terms(text) == ["15000"], repr(text)
    assert analyze_terms("45.000.000") == ["45000000"]
    assert analyze_terms("40,000,000") == ["40000000"]
    assert query_terms("1 250 000 тенге") == ["1250000", "тенге"]
    # a year, a list, a date keep their readings
    assert analyze_terms("2015 120") == ["2015", "120"]
    assert analyze_terms("1,2,3") == ["1", "2", "3"]
    assert analyze_terms("05.11.2022") == ["05.11.2022", "2022"]


@pytest.mark.parametrize("query, files", [
    ("15000", ["budget.txt"]), ("15 000", ["budget.txt"]), ('"15 000"', ["budget.txt"]),
    ("1000 человек", ["budget.txt"]), ("1 000 человек", ["budget.txt"]), ("7985039", ["table.txt"]),
    ("45000000", ["news.txt"]), ("45 000 000 тенге", ["news.txt"]), ("2000 человек", ["report.txt"]),
    ("22000", ["report.txt"]), ("1250000", ["report.txt"]), ("40000000", ["news.txt"]),
])
def test_a_figure_typed_without_separators_or_with_them_finds_it_written_grouped(service, query, files):
    assert found(service, query) == files


@pytest.mark.parametrize("query", ["15 000", "1 000 человек", "5 000 000 000", "000"])
def test_the_pieces_of_a_figure_do_not_match_elsewhere(service, query):
    # «15 пайызға … 10 000 адам» has a 15 and a 000, but not 15 000
    assert "kaz.txt" not in found(service, query)
    assert "000" not in marks(service, query)


@pytest.mark.parametrize("query", ['"250 000 тенге"', '"000 тенге"', "250000"])
def test_a_quoted_sum_does_not_match_the_tail_of_a_larger_one(service, query):
    assert found(service, query) == []


@pytest.mark.parametrize("query, files", [
    ("9%", []), ("4,9%", ["kostanay.txt"]), ("4.9", ["kostanay.txt"]), ("5%", []), ("2,5%", ["budget.txt"]),
    ("2.3", ["points.txt"]), ("3", []),
])
def test_the_digits_after_a_decimal_comma_are_no_number_of_their_own(service, query, files):
    assert found(service, query) == files


@pytest.mark.parametrize("query, mark", [
    ("45.000.000", "45.000.000"), ("12.500 человек", "12.500"), ("12500", "12.500"), ("45 000 000", "45.000.000"),
    ("15000", "15 000"), ("1 000", "1 000"), ("40,000,000", "40,000,000"),
])
def test_a_grouped_figure_is_marked_whole_in_the_snippet(service, query, mark):
    assert mark in marks(service, query)


def test_a_dotted_figure_is_marked_on_the_document_page(service):
    doc_id = service.search(SearchRequest("45.000.000")).hits[0].doc_id
    page = service.document(doc_id, "45.000.000")
    assert "<mark>45.000.000</mark>" in page.text_html and page.best_match is not None


@pytest.mark.parametrize("query, files", [
    ("10 процентов", ["kostanay.txt"]), ("4,9 процента", ["kostanay.txt"]), ("10%.", ["kostanay.txt"]),
    ("12%", ["speech.txt"]), ("5 миллиардов тенге", ["units.txt"]), ("млрд", ["speech.txt", "units.txt"]),
    ("миллиард", ["speech.txt", "units.txt"]), ("750 тысяч тенге", ["units.txt"]), ("750 тыс. тенге", ["units.txt"]),
])
def test_a_unit_written_as_a_sign_or_an_abbreviation_finds_its_word(service, query, files):
    assert found(service, query) == files


@pytest.mark.parametrize("query, files", [
    ("4,2%", ["kaz_units.txt"]), ("4,2 процента", ["kaz_units.txt"]), ("15%", ["kaz.txt"]), ("15 процентов", ["kaz.txt"]),
    ("15 пайыз", ["kaz.txt"]), ("12 тысяч", ["kaz_units.txt"]), ("12 тыс.", ["kaz_units.txt"]), ("12 мың", ["kaz_units.txt"]),
])
def test_a_kazakh_unit_finds_the_sign_and_the_russian_word(service, query, files):
    # «пайыз» and «мың» were words of their own: `4,2%` missed «4,2 пайызға», `12 тысяч` «12 мың»
    assert found(service, query) == files


def test_a_percent_sign_before_a_full_stop_is_no_initial():
    assert analyze_terms("выросло на 10%.") == analyze_terms("выросло на 10 процентов.")


# Tables as the archive has them: a tab-separated txt, a txt aligned with spaces, a PDF of cells (the
# first row's cells close together, as a browser prints a bordered table, the second's far apart)
TABLES = {
    "tsv.txt": "Участники\n\nМероприятие\t2018\t2019\nФестиваль\t120 500\t135 250\nКонкурсы\t450\t520\n",
    "aligned.txt": "Перепись\n\nЭтнос    1999     2009\nузбеки   370 663   456 997\nдунгане  12   614 046\n",
}
# A snippet's cut falls at each character of a figure in one of these (the word before it grows)
WORDS_BEFORE = ["в", "до", "все", "всех", "около", "свыше", "порядка", "примерно", "приблизит", "ориентиров"]
TABLES |= {f"cut{i}.txt": "Итоги Дня благодарности\n\nВ рамках празднования Дня благодарности в области прошли "
                          f"мероприятия, в которых приняли участие {word} 1 225 000 человек. На проведение "
                          "мероприятий было выделено из местного бюджета 3 500 000 тенге.\n"
           for i, word in enumerate(WORDS_BEFORE)}


def _table_pdf(mk, path) -> None:
    pdf = mk.MiniPdf()
    pdf.page([(50, mk.H - 80, 14, "Сведения о финансировании"),
              (50, mk.H - 120, 10, "Аулиекольский"), (150, mk.H - 120, 10, "310 500"), (189.5, mk.H - 120, 10, "298 700"),
              (50, mk.H - 140, 10, "Денисовский"), (150, mk.H - 140, 10, "450 000"), (250, mk.H - 140, 10, "520 000"),
              (50, mk.H - 170, 10, "Итого выделено 1 579 200 тенге.")])
    pdf.save(path)


@pytest.fixture(scope="module")
def tables(tmp_path_factory):
    from conftest import make_pdfs_module
    from ingest.pipeline import IngestOptions, run_ingest
    from index.search import SearchService

    archive, index = tmp_path_factory.mktemp("tables"), tmp_path_factory.mktemp("tables-index")
    for name, text in TABLES.items():
        (archive / name).write_text(text, encoding="utf-8")
    _table_pdf(make_pdfs_module(), archive / "finance.pdf")
    run_ingest([str(archive)], IngestOptions(index_dir=index, workers=1))
    service = SearchService(index)
    yield service
    service.close()


@pytest.mark.parametrize("figure, file", [
    ("120 500", "tsv.txt"), ("135 250", "tsv.txt"), ("370 663", "aligned.txt"), ("456 997", "aligned.txt"),
    ("614 046", "aligned.txt"), ("310 500", "finance.pdf"), ("298 700", "finance.pdf"), ("450 000", "finance.pdf"),
    ("520 000", "finance.pdf"), ("1 579 200", "finance.pdf"),
])
def test_a_table_cell_s_figure_is_found_however_typed(tables, figure, file):
    # a column gap (a tab, spaces, the gap between a PDF's cells) is no group separator: the next
    # cell is no part of the figure
    for query in (figure, figure.replace(" ", ""), f'"{figure}"'):
        assert found(tables, query) == [file], query
    assert figure in marks(tables, figure)


@pytest.mark.parametrize("query", ["120500135250", "450520", "370663456997", "310500298700", "12614046"])
def test_a_table_row_is_no_figure(tables, query):
    assert found(tables, query) == []


def test_a_column_gap_stays_a_gap_in_the_stored_text():
    from ingest.parsers.normalize import COLUMN_GAP, normalize_inline

    assert normalize_inline("узбеки   370 663   456 997") == f"узбеки 370 663{COLUMN_GAP}456 997"
    assert normalize_inline("Фестиваль\t120 500\t135 250") == f"Фестиваль 120 500{COLUMN_GAP}135 250"
    assert normalize_inline("Фестиваль\t120 500\t135 250 ") == normalize_inline(normalize_inline("Фестиваль\t120 500\t135 250"))
    # a gap beside a word, and one space inside a figure, are one space as before
    assert normalize_inline("всего  15\u00a0000   человек") == "всего 15 000 человек"


def assert_cut_outside_numbers(service, starts: tuple[str, ...]) -> None:
    """The snippets of `бюджета` (one per WORDS_BEFORE) start with a whole number of `starts` if
    with a digit, and end with none but the whole «3 500 000»."""
    snippets = [hit.snippet_html for hit in service.search(SearchRequest("бюджета", per_page=50)).hits]
    assert len(snippets) == len(WORDS_BEFORE)
    for html in snippets:
        assert not re.match(r"…?\s*\d", html) or html.startswith(starts), html
        assert not re.search(r"\d …?$|\d…$", html) or re.search(r"3 500 000…?$", html), html


def test_a_snippet_never_starts_or_ends_inside_a_figure(tables):
    # cut at any space, the snippet read «…000 человек» for «1 225 000 человек»
    assert_cut_outside_numbers(tables, ("…1 225 000", "…3 500 000"))


# Personal data as a privacy review looks for it before publishing: a phone number or an ИИН is
# found however its digits are grouped, in the document and in the query (index.numbers)
PERSONAL = {
    "protokol.txt": "Протокол приёма\n\nЗаявитель Иванов, ИИН 650101 300 222, тел. +7 777 888 99 00.\n",
    "vedomost.txt": "Ведомость\n\nПолучатель: ИИН: 9103 1540 0333, моб. 8-701-444-12-34.\n",
    "spravka.txt": "Справка\n\nВыдана гражданину ИИН860303300333, т.+7-705-111-22-33, тел. +7(747)1234567.\n",
    "spisok.txt": "Список\n\nИИН 790 214 450 123, телефон 8 (7172) 54-32-10. Выделено 15 000 тенге.\n",
    "zapiska.txt": "Записка\n\nЗвонить по номеру 8 707 555 6677. Смета 7 500 000 тенге.\n",
}
# A snippet's cut falls at each character of the phone number in one of these (the word before it grows)
PERSONAL |= {f"priem{i}.txt": "Итоги Дня благодарности\n\nВ рамках празднования Дня благодарности в области прошли "
                              f"мероприятия, справки о которых дают по телефону {word} +7 712 345 67 89. На "
                              "проведение мероприятий было выделено из местного бюджета 3 500 000 тенге.\n"
             for i, word in enumerate(WORDS_BEFORE)}


@pytest.fixture(scope="module")
def personal(tmp_path_factory):
    service = ingested_service(tmp_path_factory, PERSONAL)
    yield service
    service.close()


@pytest.mark.parametrize("query, file", [
    ("650101300222", "protokol.txt"), ("650101 300 222", "protokol.txt"), ("650 101 300 222", "protokol.txt"),
    ("910315400333", "vedomost.txt"), ("9103 1540 0333", "vedomost.txt"), ('"9103 1540 0333"', "vedomost.txt"),
    ("860303300333", "spravka.txt"), ("790214450123", "spisok.txt"), ("790 214 450 123", "spisok.txt"),
    ("87014441234", "vedomost.txt"), ("+77014441234", "vedomost.txt"), ("7014441234", "vedomost.txt"),
    ("+7 701 444 12 34", "vedomost.txt"), ("8 701 444 12 34", "vedomost.txt"), ("8-701-444-12-34", "vedomost.txt"),
    ('"8-701-444-12-34"', "vedomost.txt"), ("444-12-34", "vedomost.txt"), ("4441234", "vedomost.txt"),
    ("+7 777 888 99 00", "protokol.txt"), ('"+7 777 888 99 00"', "protokol.txt"), ('"777 888 99 00"', "protokol.txt"),
    ("777 888 99 00", "protokol.txt"), ("87778889900", "protokol.txt"), ("+77778889900 Иванов", "protokol.txt"),
    ("87051112233", "spravka.txt"), ('"+7 705 111 22 33"', "spravka.txt"), ('"705 111 22 33"', "spravka.txt"),
    ("7471234567", "spravka.txt"), ("8 (747) 123-45-67", "spravka.txt"), ("+7(747)1234567", "spravka.txt"),
    ("87172543210", "spisok.txt"), ("+7 (7172) 54-32-10", "spisok.txt"), ("54-32-10", "spisok.txt"),
    ("8 701 444 1234", "vedomost.txt"), ("+7 701 4441234", "vedomost.txt"), ("+7 707 5556677", "zapiska.txt"),
    ("87075556677", "zapiska.txt"), ("7 500 000", "zapiska.txt"),
])
def test_a_phone_or_an_iin_is_found_however_its_digits_are_grouped(personal, query, file):
    assert found(personal, query) == [file]


@pytest.mark.parametrize("query", ["77778889901", "7777888", "650101300223", "+7 701 444 12 35"])
def test_another_number_does_not_find_a_phone_or_an_iin(personal, query):
    assert found(personal, query) == []


def test_a_phone_is_marked_whole_and_a_figure_beside_it_stays_one():
    assert query_terms("+7 777 888 99 00") == ["7", "777", "888", "99", "00"]  # a quoted phrase's words
    assert "7777888" not in analyze_terms("тел. +7 777 888 99 00")
    assert analyze_terms("выделено 15 000 тенге, тел. 8 701 444 12 34") [:3] == ["выделить", "15000", "тенге"]


def test_a_phone_typed_as_digits_marks_it_as_the_document_writes_it(personal):
    assert marks(personal, "87014441234") == ["8-701-444-12-34"]
    assert marks(personal, "+7 777 888 99 00") == ["7 777 888 99 00"]


def test_a_snippet_never_starts_or_ends_inside_a_phone_number(personal):
    # cut at any space, the snippet read «…67 89. На проведение…»
    assert_cut_outside_numbers(personal, ("…7 712 345 67 89", "…+7 712"))
