"""Two prose columns side by side in a plain text (an OCR'd newspaper page written line across
line) are read column by column; a fixed-width table is not."""
from conftest import hit_files, ingested_service

from index.search import SearchRequest
from ingest.parsers.text import TextParser
from ingest.parsers.text_columns import columns_unfolded

# Tesseract's TXT of a newspaper page it did not segment: each line holds both columns
NEWSPAPER_PAGE = """\
КАЗАХСТАНСКАЯ ПРАВДА                 № 214 (22 517)              12 ноября 1998 г.

ЕДИНСТВО В МНОГООБРАЗИИ              ЯЗЫК - ДУША НАРОДА
Вчера в Астане открылась             В Кокшетау прошла научно-
V сессия Ассамблеи народов           практическая конференция,
Казахстана. С докладом высту-        посвященная развитию госу-
пил Президент страны Н.А.На-         дарственного языка. Как от-
зарбаев. Глава государства           метила директор областного
подчеркнул, что межэтническое        управления по языкам Г.С. Ах-
согласие - главное достояние         метова, в области открыто 12
нашего общества. В работе            классов с казахским языком
сессии приняли участие более         обучения. Участники конфе-
300 делегатов из всех регио-         ренции приняли резолюцию.
нов республики.
"""


def test_newspaper_columns_are_read_one_after_the_other():
    doc = TextParser().parse(NEWSPAPER_PAGE.encode("utf-8"), "kazpravda.txt")
    texts = [b.text for b in doc.blocks]
    assert "ЕДИНСТВО В МНОГООБРАЗИИ" in texts and "ЯЗЫК - ДУША НАРОДА" in texts
    assert any(t.startswith("Вчера в Астане открылась V сессия") and "Н.А.Назарбаев." in t
               and t.endswith("из всех регионов республики.") for t in texts)
    assert any("государственного языка. Как отметила" in t and "Г.С. Ахметова, в области" in t for t in texts)
    assert not any("\t" in t for t in texts)


def test_newspaper_columns_are_searchable_and_make_no_half_names(tmp_path_factory):
    service = ingested_service(tmp_path_factory, {"1998-11-12_kazpravda.txt": NEWSPAPER_PAGE})
    try:
        assert hit_files(service.search(SearchRequest(query="Ахметова"))) == ["1998-11-12_kazpravda.txt"]
        assert hit_files(service.search(SearchRequest(query='"государственного языка"'))) == ["1998-11-12_kazpravda.txt"]
        assert hit_files(service.search(SearchRequest(query="Назарбаев"))) == ["1998-11-12_kazpravda.txt"]
        facets = service.search(SearchRequest(query="")).facets
        names = {f.value for field in ("persons", "speakers") for f in facets[field]}
        assert "Г.С. Ах" not in names and "Г.С. Ахметова" in names
    finally:
        service.close()


def test_a_fixed_width_table_is_no_columns():
    table = ["Абдрахманов С.К.        председатель совета",
             "Иванов И.И.             заместитель председателя",
             "Петрова Л.Н.            секретарь",
             "Ким В.П.                член совета",
             "Шмидт А.Ф.              член совета"]
    assert columns_unfolded(table) == table


def test_a_letterhead_in_two_languages_is_no_columns():
    head = ["ҚАЗАҚСТАН ХАЛҚЫ                    АССАМБЛЕЯ НАРОДА",
            "АССАМБЛЕЯСЫ                        КАЗАХСТАНА",
            "ХАТШЫЛЫҒЫ                          СЕКРЕТАРИАТ",
            "Астана қаласы                      город Астана",
            "Бейбітшілік к-сі, 11               ул. Бейбитшилик, 11"]
    assert columns_unfolded(head) == head


def test_a_long_list_with_one_gap_is_read_once_and_a_page_of_columns_below_it_still_unfolds():
    # 3000 participants, each line a name and an organisation at one place: before, every line
    # scanned the whole list below it again (12 s for this file, minutes for 10 000 lines)
    participants = [f"{k:>4}. Иванов Иван Иванович        ТОО «Компания {k}»" for k in range(1, 3001)]
    text = "Список участников\n\n" + "\n".join(participants) + "\n\n" + NEWSPAPER_PAGE
    assert columns_unfolded(participants) == participants
    doc = TextParser().parse(text.encode("utf-8"), "participants.txt")
    whole = "\n".join(b.text for b in doc.blocks)
    assert "3000. Иванов Иван Иванович" in whole and "ТОО «Компания 3000»" in whole
    assert "Вчера в Астане открылась V сессия" in whole and "Н.А.Назарбаев." in whole
