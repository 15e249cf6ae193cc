"""A book's bibliography, footnotes and name index: searched with the book, never quoted, and
the body preferred to them for the snippet and the document page's best match."""
import re

import pytest
from conftest import ingested_service

from index.reference_lines import is_reference_apparatus, reference_apparatus
from index.search import SearchRequest


@pytest.mark.parametrize("text", [
    "5. Ахметова Л.С. Медиация в Казахстане: опыт и перспективы. — Алматы, 2016. — 154 с.",
    "¹ Назарбаев Н.А. В потоке истории. — Алматы: Атамұра, 1999. — С. 112.",
    "1 Назарбаев Н.А. В потоке истории. — Алматы: Атамура, 1999. — С. 112.",  # a PDF's raised mark, lowered
    "Сейтказиева Ж.Б. Обряды побратимства // Вестник КарГУ. — 2009. — № 3. — С. 14–22.",
    "Иванов И.И. История Казахстана. — М.: Наука, 2001. — 300 с.",
    "5. Ахметова Л.С. Медиация в Казахстане: опыт и\nперспективы. — Алматы, 2016. — 154 с.",  # wrapped
    "1. Назарбаев Н.А. В потоке истории. — Алматы, 1999. — 296 с. 2. Назарбаев Н.А. Казахстанский путь. — Астана, 2006.",
    "Абдрахманов С.А. 36, 56, 92, 112 Ахметова Л.С. 18, 74 Абай Кунанбаев 14, 88, 131",  # an index's rows joined
    "Улытау 17, 40\nКаркаралинск 3, 61\nЖылы жүрек 132",
    "[12] Назарбаев Н.А. В потоке истории. — Алматы, 1999. — С. 112.",  # an endnote
    "² Там же. — С. 45.", "[13] Там же. С. 45–46.", "³ Назарбаев Н.А. Указ. соч. — С. 118.", "⁴ Сонда. — 45 б.",
    "1. Әбдіқадыров Ж.Б. Қазақстан халқы Ассамблеясы. — Астана: Фолиант, 2015. — 220 б.",
    "2. Әбдіқадыров Ж.Б. Келісім. — Алматы: Атамұра, 2015. — 45 бет.",
    "3. Тажибаев А.К. Этнопедагогика народов Казахстана. Караганда, 2004. 180 с.",  # an imprint without dashes
    "9. Официальный сайт Ассамблеи [Электронный ресурс]. — URL: https://assembly.kz (дата обращения: 12.03.2020).",
    "— 318 с.", "— Астана, 2019. — 318 с.", "— С. 34–41.",  # an entry's tail wrapped into a paragraph of its own
    "Назарбаев Н.А. — 12, 45, 78", "Назарбаев Н.А. ........ 12, 45", "Назарбаев Н.А. …….. 12, 45",
    "Абай Кунанбаев 14, 88 и сл.", "Улытау 17–19, 40",
    "2016. — 154 с.", "2019. — С. 14–22.",  # a wrapped tail opening with its year
    # archival notes: fond, inventory, file, sheets
    "[2] ЦГА РК. Ф. 5. Оп. 1. Д. 311. Л. 3.", "[1] Архив Ассамблеи народа Казахстана. Ф. 1. Оп. 2. Д. 45. Л. 12–14.",
    "ЦГА РК. Ф. Р-5. Оп. 1. Д. 311. Лл. 3–4 об.", "¹ АП РК. Ф. 5н, оп. 1, д. 311, л. 3.",
    "3 ҚР ОМА. 5-қор, 1-тізбе, 311-іс, 3-парақ.", "1. ЦГА РК. Ф. 5. Оп. 1. Д. 311. Л. 3.\n2. Архив АНК. Ф. 1. Оп. 2. Д. 45.",
    # with no figure at all: the forms that need none, read though the others are skipped
    "* Там же.", "Ibid.", "Сонда.", "Иванов И.И. История Казахстана [Электронный ресурс].",
])
def test_bibliography_footnote_and_index_rows_are_apparatus(text):
    assert is_reference_apparatus(text)


@pytest.mark.parametrize("text", [
    "Как отмечал в своих работах Н.А. Назарбаев, этот опыт заслуживает изучения.",
    "Как пишет Н.А. Назарбаев (В потоке истории. — Алматы, 1999. — С. 112), единство — главное. "
    "Это стало основой политики государства на многие годы вперед, и ее поддержали все регионы.",
    "Глава 1", "Статья 5. Цели Ассамблеи", "В 2015 году прошло 12, 15 мероприятий", "Итоги 2019",
    "Волонтеры доставили продукты в 45 сел.", "Поддержка воскресных школ\t1 200\t1 260",
    "Алматы 120, 135, 140",  # a report's row of figures, not an index's
    "Алматы 140, 135, 120\nАстана 98, 110, 125",  # figures that do not go up are no pages
    "Там же прошла встреча с молодежью.", "Ссылка на сайт: URL: https://assembly.kz",
    "Как свидетельствуют документы архива (ЦГА РК. Ф. 5. Оп. 1. Д. 311), сессия прошла в Акорде.",
    "Документы хранятся в ЦГА РК. Ф. 5. Оп. 1. Д. 311. Л. 3. Там же хранятся и другие дела фонда.",
])
def test_prose_headings_and_figures_are_no_apparatus(text):
    assert not is_reference_apparatus(text)


def test_a_row_alone_is_figures_and_rows_together_an_index():
    """An index's rows one to a paragraph (a text file's lines) are told by the rows around them."""
    assert reference_apparatus(["Именной указатель", "Улытау 17, 40", "Каркаралинск 3, 61", "Жылы жүрек 132"]) == [
        False, True, True, True]
    assert reference_apparatus(["Охват по городам:", "Алматы 120, 135, 140", "Итоги года обсудили на сессии."]) == [
        False, False, False]


BODY = ("Региональные советы регулярно представляли информацию о проделанной работе, а архивные "
        "материалы позволяют проследить, как менялись формы взаимодействия государства и общества.")
BOOK = "\n\n".join([
    "Ассамблея народа Казахстана: история и современность", "Монография",
    BODY, "¹ Назарбаев Н.А. В потоке истории. — Алматы: Атамұра, 1999. — С. 112.", BODY,
    "Как отмечал в своих работах Н.А. Назарбаев, единство народа является главным достоянием страны.", BODY,
    "Список литературы",
    "1. Назарбаев Н.А. В потоке истории. — Алматы: Атамұра, 1999. — 296 с.",
    "2. Ахметова Л.С. Медиация в Казахстане. — Алматы, 2016. — 154 с.",
    "Именной указатель", "Абай Кунанбаев 14, 88\nНазарбаев Н.А. 3, 7\nКаркаралинск 3, 61",
]) + "\n"


def _best_mark_context(document) -> str:
    """The text around the mark the document page opens at (its best match)."""
    pieces = document.text_html.split("<mark")
    return pieces[document.best_match][-120:] + pieces[document.best_match + 1][:60]


@pytest.mark.parametrize("repeat", [1, 120])  # a short book's whole text, a long one's passages
def test_a_book_s_apparatus_is_searched_never_quoted_and_loses_to_the_body(tmp_path_factory, repeat):
    text = BOOK if repeat == 1 else BOOK.replace(f"\n\n{BODY}\n\n", "\n\n" + f"{BODY}\n\n" * repeat, 1)
    service = ingested_service(tmp_path_factory, {"kniga.txt": text})
    try:
        quotes = service.quotes(SearchRequest("Назарбаев"))
        assert [hit.text for hit in quotes.hits] == [
            "Как отмечал в своих работах Н.А. Назарбаев, единство народа является главным достоянием страны."]
        assert service.quotes(SearchRequest("Каркаралинск")).total == 0
        # still found with its book: a word only the footnote and the bibliography have, only the index
        for word in ("Атамұра", "Каркаралинск"):
            assert [hit.title for hit in service.search(SearchRequest(word)).hits] == [
                "Ассамблея народа Казахстана: история и современность"], word
        hit = service.search(SearchRequest("Назарбаев")).hits[0]
        assert "Как отмечал в своих работах Н.А. <mark>Назарбаев</mark>" in hit.snippet_html
        document = service.document(hit.doc_id, "Назарбаев")
        assert "в своих работах Н.А. " in _best_mark_context(document)
        # with no body match, the apparatus is what there is
        abai = service.document(hit.doc_id, "Абай")
        assert re.search(r"Кунанбаев 14", _best_mark_context(abai))
    finally:
        service.close()


ENDNOTES_BOOK = "\n\n".join([
    "Ассамблея народа Казахстана: опыт народной дипломатии", "Монография", "Астана 2021", BODY,
    "Концепция народной дипломатии, по мнению исследователей, сложилась в\nсередине 1990-х годов [12]. "
    "Первые кабинеты посредничества открылись в\nСемипалатинске.", BODY,
    "Казахстанская модель этнокультурных объединений была описана в трудах\nӘбдіқадырова. "
    "Полиэтничность рассматривалась как ресурс развития.", BODY,
    "Примечания",
    "[12] Абдрахманов С.А. Народная дипломатия: казахстанская модель посредничества. — Астана, 2015. — С. 34.",
    "[13] Там же. — С. 45.",
    "Әдебиеттер тізімі",
    "1. Әбдіқадыров Ж.Б. Қазақстан халқы Ассамблеясы: полиэтничность және келісім. — Астана: Фолиант, 2015. — 220 б.",
    "2. Карин Е.Т. Общественное согласие и национальная безопасность. — Астана, 2019.\n\n— 318 с.",
]) + "\n"


def test_endnotes_kazakh_entries_and_a_wrapped_tail_are_never_quoted(tmp_path_factory):
    service = ingested_service(tmp_path_factory, {"kniga_dipl.txt": ENDNOTES_BOOK})
    try:
        quotes = [hit.text for hit in service.quotes(SearchRequest("посредничества")).hits]
        assert len(quotes) == 1 and "Первые кабинеты посредничества" in quotes[0], quotes
        quotes = [hit.text for hit in service.quotes(SearchRequest("полиэтничность")).hits]
        assert len(quotes) == 1 and "Полиэтничность рассматривалась" in quotes[0], quotes
        assert service.quotes(SearchRequest("318")).total == 0
        assert service.quotes(SearchRequest("Фолиант")).total == 0
        assert [hit.title for hit in service.search(SearchRequest("Фолиант")).hits] == [
            "Ассамблея народа Казахстана: опыт народной дипломатии"]
    finally:
        service.close()


ARCHIVE_BOOK = "\n\n".join([
    "Ассамблея народа Казахстана: документы и свидетельства", "Монография", "Астана 2022", BODY,
    "Протоколы первых заседаний хранятся в архиве Ассамблеи [1]. Центральный государственный архив сохранил "
    "переписку областных советов [2].", BODY,
    "Примечания",
    "[1] Архив Ассамблеи народа Казахстана. Ф. 1. Оп. 2. Д. 45. Л. 12–14.",
    "[2] ЦГА РК. Ф. 5. Оп. 1. Д. 311. Л. 3.",
    "Список литературы",
    "1. Карин Е.Т. Общественное согласие и национальная безопасность. — Астана,\n\n2016. — 154 с.",
]) + "\n"


def test_archival_endnotes_and_a_tail_opening_with_its_year_are_never_quoted(tmp_path_factory):
    service = ingested_service(tmp_path_factory, {"kniga_arhiv.txt": ARCHIVE_BOOK})
    try:
        assert service.quotes(SearchRequest("ЦГА")).total == 0
        quotes = [hit.text for hit in service.quotes(SearchRequest("архиве")).hits]
        assert len(quotes) == 1 and "Протоколы первых заседаний" in quotes[0], quotes
        assert service.quotes(SearchRequest("154")).total == 0
        assert service.search(SearchRequest("ЦГА")).total == 1
    finally:
        service.close()


DISTRICTS = [("Глубокое", "450"), ("Зайсан", "320"), ("Курчум", "210"), ("Тарбагатай", "185")]


def test_a_table_s_rows_are_figures_not_an_index_s():
    rows = [f"{name}\t{count}" for name, count in DISTRICTS]
    assert reference_apparatus(["Район\tЧисло участников", *rows]) == [False] + [True] * 4  # read as lines alone
    assert reference_apparatus(["Район\tЧисло участников", *rows], [True] * 5) == [False] * 5
    # a table beside a text's lone row of figures makes no index of it
    assert reference_apparatus(["Охват:", "Алматы 120, 135", *rows], [False, False, True, True, True, True]) == [
        False] * 6


def _district_files() -> dict[str, bytes]:
    from bench.ooxml import cell, docx, para, run, table
    from test_parser_docx import odt

    rows = [("Район", "Число участников"), *DISTRICTS]
    word = docx(para(run("Информация об участии районов в празднике Наурыз"), style="1")
                + para(run("Өскемен, 25 марта 2021 года"))
                + para(run("В праздничных мероприятиях приняли участие жители всех районов области."))
                + table(*[[cell(para(run(a))), cell(para(run(b)))] for a, b in rows])
                + para(run("Итого: 1 165 человек.")))
    cells = "".join(f"<table:table-row><table:table-cell><text:p>{a}</text:p></table:table-cell>"
                    f"<table:table-cell><text:p>{b}</text:p></table:table-cell></table:table-row>"
                    for a, b in [("Аудан", "Қатысушылар"), ("Шемонаиха", "270"), ("Уржар", "380")])
    libre = odt('<text:p text:style-name="Title">Наурыз мерекесі</text:p><text:p>Өскемен, 2021 жылғы 5 сәуір</text:p>'
                '<text:p>Мерекеге аудандардың тұрғындары қатысты.</text:p>'
                f'<table:table table:name="T1"><table:table-column table:number-columns-repeated="2"/>{cells}'
                '</table:table>')
    page = ("<html><head><title>Итоги акции</title></head><body><h1>Итоги акции «Біз біргеміз»</h1>"
            "<p>В акции участвовали волонтеры всех районов.</p><table><tr><th>Район</th><th>Волонтеры</th></tr>"
            "<tr><td>Катон-Карагай</td><td>95</td></tr><tr><td>Маркаколь</td><td>40</td></tr></table></body></html>")
    return {"nauryz.docx": word, "nauryz.odt": libre, "aktsiya.html": page.encode("utf-8")}


def test_a_two_column_table_s_rows_are_quoted(tmp_path_factory):
    """A Word, LibreOffice or web page's table of districts and their figures («Глубокое | 450») was
    taken for a name index: found with its document, never on the quotes tab."""
    service = ingested_service(tmp_path_factory, _district_files())
    try:
        for word, row in [("Курчум", "Курчум\t210"), ("Тарбагатай", "Тарбагатай\t185"),
                          ("Уржар", "Уржар\t380"), ("Маркаколь", "Маркаколь\t40")]:
            quotes = service.quotes(SearchRequest(word))
            assert [hit.text for hit in quotes.hits] == [row], word
    finally:
        service.close()
