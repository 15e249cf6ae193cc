"""Verse in plain text: a stanza is one paragraph with its line breaks kept, found by a phrase across
them, and a poem quoted in a hard-wrapped report leaves the report's prose joined."""
import textwrap
from pathlib import Path

from conftest import ingested_service, make_pdfs_module

from index.search import SearchRequest
from ingest.parsers import parse_file
from ingest.parsers.verse_lines import is_stanza, verse_end

PROSE = [
    "В Акмоле прошло заседание малой Ассамблеи народов Казахстана, посвященное Дню памяти жертв "
    "политических репрессий. Открывая заседание, председатель малой Ассамблеи напомнил о трагических "
    "страницах истории, когда в казахскую степь были депортированы целые народы.",
    "Поэтесса Эльза Шмидт прочла стихотворение, написанное ее матерью в трудармии в 1943 году:",
    "После этого участники заседания почтили память жертв минутой молчания и возложили цветы к "
    "памятнику жертвам политических репрессий.",
]
POEM = [["Нас привезли в степную даль,", "Где только ветер и ковыль,", "И нашу горькую печаль",
         "Покрыла вековая пыль."],
        ["Но здесь, в казахской стороне,", "Нам дали хлеб, нам дали кров,", "И благодарность в тишине",
         "Мы сохраним на сто веков."]]


def _typewritten(poem: bool) -> str:
    """A report typed at 65 columns, each paragraph's first line indented, an indented poem in it."""
    def para(text):
        return "   " + textwrap.fill(text, 62, subsequent_indent="")
    parts = ["        ЕДИНСТВО НАРОДА - ЗАЛОГ СТАБИЛЬНОСТИ", "   Акмола, 12 июня 1998 г.",
             para(PROSE[0]) + "\n" + para(PROSE[1])]
    if poem:
        parts += ["\n".join("      " + ln for ln in stanza) for stanza in POEM]
    parts.append(para(PROSE[2]))
    return "\n\n".join(parts) + "\n"


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_a_poem_in_a_hard_wrapped_report_leaves_its_prose_joined(tmp_path):
    """The poem's short lines made the whole report read as one paragraph a line: every wrapped line
    of prose was a passage of its own, and a phrase across a line end was not found."""
    with_poem = [b.text for b in parse_file(write(tmp_path, "a.txt", _typewritten(True))).blocks]
    without = [b.text for b in parse_file(write(tmp_path, "b.txt", _typewritten(False))).blocks]
    assert without[2:] == PROSE
    assert with_poem == without[:4] + ["\n".join(s) for s in POEM] + without[4:]


def test_stanzas_keep_their_lines_and_stanzas_stand_apart(tmp_path):
    text = ("Вечер поэзии\n\nВ Доме дружбы прозвучали стихи Лермонтова:\n\n"
            "Горные вершины\nСпят во тьме ночной;\nТихие долины\nПолны свежей мглой;\n\n"
            "Не пылит дорога,\nНе дрожат листы...\nПодожди немного,\nОтдохнёшь и ты.\n\n"
            "Олжас Сулейменов\nЗемля, поклонись человеку!\n")
    assert [b.text for b in parse_file(write(tmp_path, "v.txt", text)).blocks] == [
        "Вечер поэзии", "В Доме дружбы прозвучали стихи Лермонтова:",
        "Горные вершины\nСпят во тьме ночной;\nТихие долины\nПолны свежей мглой;",
        "Не пылит дорога,\nНе дрожат листы...\nПодожди немного,\nОтдохнёшь и ты.",
        "Олжас Сулейменов", "Земля, поклонись человеку!"]


def test_an_all_verse_text_keeps_its_heading_lines_apart(tmp_path):
    """The lines of verse are as wide as one another: the anthology read as hard-wrapped prose, its
    stanzas run on and its author joined to the poem's title."""
    text = ("АНТОЛОГИЯ «ДОСТЫҚ ЖЫРЫ»\nСтихи поэтов Казахстана о дружбе народов\n\n"
            "Абай Кунанбаев\nПеревод с казахского\n\n"
            "Степь широка, но тесно в ней глупцу,\nМудрец же рад и малому крыльцу.\n"
            "Не гонись за славой, ищи же знанья,\nОни к лицу и сироте, и молодцу.\n\n"
            "Олжас Сулейменов\nЗемля, поклонись человеку!\n\n"
            "Земля, поклонись человеку!\nОн первый поднялся к тебе,\nИ в вышнем, безмолвном веке\n"
            "Он думал лишь о тебе.\n")
    blocks = [b.text for b in parse_file(write(tmp_path, "a.txt", text)).blocks]
    assert blocks[2:] == ["Абай Кунанбаев", "Перевод с казахского",
                          "Степь широка, но тесно в ней глупцу,\nМудрец же рад и малому крыльцу.\n"
                          "Не гонись за славой, ищи же знанья,\nОни к лицу и сироте, и молодцу.",
                          "Олжас Сулейменов", "Земля, поклонись человеку!",
                          "Земля, поклонись человеку!\nОн первый поднялся к тебе,\nИ в вышнем, безмолвном веке\n"
                          "Он думал лишь о тебе."]


def test_an_epigraph_s_poet_set_under_the_verse_is_its_own_paragraph(tmp_path):
    """The poet's name further right on the line under the verse was the stanza's last line, and
    the quote cited it as verse; a last line of one word flush with the verse stays the poem's."""
    text = ("СТЕНОГРАММА\n\nАлматы, 30 апреля 2015 г.\n\n"
            "        Мен – қазақпын, мың өліп, мың тірілген,\n        Жөргегімде таныстым мұң тілімен.\n"
            "                          Жұбан Молдағалиев\n\n"
            "Степь широка, но тесно в ней глупцу,\nМудрец же рад и малому крыльцу.\n— Абай\n\n"
            "Председательствующий открыл собрание.\n")
    assert [b.text for b in parse_file(write(tmp_path, "s.txt", text)).blocks][2:] == [
        "Мен – қазақпын, мың өліп, мың тірілген,\nЖөргегімде таныстым мұң тілімен.", "Жұбан Молдағалиев",
        "Степь широка, но тесно в ней глупцу,\nМудрец же рад и малому крыльцу.", "— Абай",
        "Председательствующий открыл собрание."]
    assert verse_end(["Горные вершины", "Спят во тьме ночной;", "Любовь"]) == 3


def test_what_is_no_stanza():
    assert not is_stanza(["Абай Кунанбаев", "Перевод с казахского"])  # a heading
    assert not is_stanza(["Иванов И.И., аким города,", "Петров П.П., депутат Мажилиса"])  # a list of people
    assert not is_stanza(["Встречи с молодежью      12", "Фестивали национальных культур   3"])  # a table
    assert not is_stanza(["Участники обсудили работу.", "Принято решение о фестивале."])  # one sentence a line
    assert not is_stanza(["Сегодня я впервые выступаю перед вами не как",
                          "Президент, а как Председатель Ассамблеи."])  # prose wrapped before a name
    assert not is_stanza(["Итоги работы этнокультурных объединений 7",
                          "Деятельность советов общественного согласия 11"])  # a contents' entries
    assert not is_stanza(["• Укрепление единства народа,", "• Развитие государственного языка"])  # bullets
    assert is_stanza(["Мен – қазақпын, мың өліп, мың тірілген,", "Жөргегімде таныстым мұң тілімен.",
                      "Жұбан Молдағалиев"])  # an epigraph and its poet


def test_a_phrase_across_the_lines_of_a_stanza_is_found(tmp_path_factory):
    """Each line was a paragraph, and a phrase stays inside one: a couplet quoted was never found,
    neither pasted with its line break nor typed in one line."""
    lede = ("В Доме дружбы Ассамблеи народа Казахстана состоялся литературный вечер, посвященный Лермонтову "
            "и Абаю. Стихи звучали на казахском, русском, немецком, корейском и украинском языках.")
    text = (f"Вечер поэзии\n\n{lede}\n\n{lede}\n\n"
            "Горные вершины\nСпят во тьме ночной;\nТихие долины\nПолны свежей мглой;\n\n"
            "Здесь немец, русский и казах\nЖивут, как братья, много лет,\nИ в их задумчивых глазах\n"
            "Горит один и тот же свет.\n")
    service = ingested_service(tmp_path_factory, {"vecher.txt": text})
    try:
        for query in ('"горные вершины спят во тьме ночной"', '"Тихие долины полны свежей мглой"',
                      '"вершины спят"~3', '"Горные вершины\nСпят во тьме ночной"',
                      '"Здесь немец, русский и казах живут, как братья"'):
            assert len(service.search(SearchRequest(query=query, per_page=10)).hits) == 1, query
    finally:
        service.close()


STANZA_DOC = ("Вечер поэзии\n\nВ Доме дружбы Ассамблеи народа Казахстана прошел вечер поэзии. Председатель совета "
              "матерей прочла стихи местного поэта о родном крае и о дружбе народов, живущих в нашей области.\n\n"
              "Мой край, где степь до горизонта,\nГде ветер пахнет чабрецом,\nГде под одним высоким сводом\n"
              "Мы все – как дети пред отцом.\n\n"
              "Здесь немец, русский и казах\nЖивут, как братья, много лет.\n")


def test_a_stanza_is_cited_whole_its_lines_apart(tmp_path_factory):
    """Each line was a quote of its own, trailing comma and all, and words of two lines of one stanza
    were «not found together»."""
    service = ingested_service(tmp_path_factory, {"kray.txt": STANZA_DOC})
    try:
        res = service.quotes(SearchRequest(query="степь чабрецом", per_page=10))
        assert [h.text for h in res.hits] == ["Мой край, где степь до горизонта, / Где ветер пахнет чабрецом, / "
                                              "Где под одним высоким сводом / Мы все – как дети пред отцом."]
        assert not res.hits[0].missing
    finally:
        service.close()


def test_a_result_s_snippet_shows_a_stanza_s_lines_apart(tmp_path_factory):
    """The snippet ran a stanza's lines together with spaces, capitals mid-sentence; the quotes tab
    already parted them with « / »; prose and the break between paragraphs are shown as before."""
    service = ingested_service(tmp_path_factory, {"kray.txt": STANZA_DOC})
    try:
        [hit] = service.search(SearchRequest(query="чабрецом", per_page=10)).hits
        assert ("Мой край, где степь до горизонта, / Где ветер пахнет <mark>чабрецом</mark>, / Где под одним "
                "высоким сводом / Мы все – как дети пред отцом. ¶ Здесь немец") in hit.snippet_html
        [hit] = service.search(SearchRequest(query="председатель совета", per_page=10)).hits
        assert " / " not in hit.snippet_html.split(" ¶ ")[0]
    finally:
        service.close()


def test_the_document_page_keeps_a_stanza_s_lines_and_its_stanzas_apart(tmp_path_factory):
    from search_app import create_app

    service = ingested_service(tmp_path_factory, {"kray.txt": STANZA_DOC})
    index = service.index_dir
    doc_id = service.search(SearchRequest(query="чабрецом", per_page=1)).hits[0].doc_id
    service.close()
    app = create_app(index, testing=True)
    try:
        html = app.test_client().get(f"/doc/{doc_id}").get_data(as_text=True)
    finally:
        app.extensions["assembly_search"].close()
    # the page sets its paragraphs white-space: pre-line, so a kept line break shows as one
    assert "Мой край, где степь до горизонта,\nГде ветер пахнет чабрецом,\n" in html
    assert "отцом.</p>" in html and "<p" in html.split("отцом.</p>", 1)[1].split("Здесь немец", 1)[0]


def test_verse_set_in_br_lines_of_a_web_page_keeps_its_lines(tmp_path):
    """Every poetry site sets a stanza as <p>line<br>line…</p>: it was one run-on paragraph. A
    paragraph of prose whose lines a <br> ends, and a heading set over two lines, still read as one line."""
    page = ("<html><head><title>Поэтический марафон</title></head><body><article><h1>Поэтический марафон<br>"
            "в Семее</h1><p>В Семее стартовал поэтический марафон «Абай оқулары». Письмо Татьяны прочла Анна "
            "Миллер:</p><p>Я к вам пишу — чего же боле?<br>\nЧто я могу еще сказать?<br>\nТеперь, я знаю, в "
            "вашей воле<br>\nМеня презреньем наказать.</p><p>Марафон продлится до 10 сентября, в нем участвуют "
            "чтецы<br>из всех областей страны, их выступления оценит жюри.</p></article></body></html>")
    doc = parse_file(write(tmp_path, "marafon.html", page))
    assert doc.title == "Поэтический марафон в Семее"
    blocks = [b.text for b in doc.blocks]
    assert ("Я к вам пишу — чего же боле?\nЧто я могу еще сказать?\nТеперь, я знаю, в вашей воле\n"
            "Меня презреньем наказать.") in blocks
    assert ("Марафон продлится до 10 сентября, в нем участвуют чтецы из всех областей страны, их выступления "
            "оценит жюри.") in blocks


def test_a_pdf_s_stanza_is_one_paragraph_with_its_lines(tmp_path):
    """A stanza's short lines ending sentences cut it in two where prose would end a paragraph, and
    the lines of each half ran on: «Единство – вот наша сила, Согласие – наш оплот.»."""
    mk = make_pdfs_module()
    prose = ["К 30-летию Ассамблеи народа Казахстана издан поэтический сборник «Песнь единства»,",
             "в который вошли стихи поэтов разных этносов страны. Книга открывается стихами Абая."]
    stanzas = [["Единство – вот наша сила,", "Согласие – наш оплот.", "Нас степь одна вскормила,",
                "Один у нас небосвод."],
               ["Пусть в доме каждом будет мир,", "И хлеб, и соль, и смех детей,",
                "Пусть дастархан, как общий пир,", "Собрал бы всех родных людей."]]
    lines, y = [], mk.H - 80
    for line in prose:
        lines.append((56, y, 11, line))
        y -= 14
    for stanza in stanzas:
        y -= 14
        for line in stanza:
            lines.append((140, y, 11, line))
            y -= 14
    lines.append((56, y - 14, 11, "Презентация сборника прошла в Доме дружбы."))
    pdf = mk.MiniPdf()
    pdf.page(lines)
    pdf.save(tmp_path / "sbornik.pdf")
    blocks = [b.text for b in parse_file(tmp_path / "sbornik.pdf").blocks]
    assert ["\n".join(s) for s in stanzas] == [b for b in blocks if "\n" in b]
    assert blocks[0] == " ".join(prose)


def test_a_book_s_prose_lines_opening_with_capitals_are_no_stanza(tmp_path):
    """A book's column of about 80 characters: a paragraph whose three lines happen to open with
    capitals («Многие…» / «Волонтеры…» / «Жамбылской области.») is prose wrapped at the column, no
    stanza shown with « / »; a poem's short lines on the same page still are one."""
    mk = make_pdfs_module()
    filler = ("Региональные советы регулярно представляли информацию о проделанной работе, а",
              "архивные материалы позволяют проследить, как менялись формы взаимодействия",
              "государства и общества в разные годы существования этнокультурных объединений.")
    odd = ["Многие инициативы впоследствии были поддержаны на республиканском уровне.",
           "Волонтеры проекта «Жылы журек» доставили продуктовые наборы в отдаленные села",
           "Жамбылской области."]
    stanza = ["Единство – вот наша сила,", "Согласие – наш оплот.", "Нас степь одна вскормила,",
              "Один у нас небосвод."]
    paragraphs = [filler] * 4 + [odd] + [filler] * 3
    lines, y = [], mk.H - 60
    for paragraph in paragraphs[:4]:
        for line in paragraph:
            lines.append((56, y, 10, line))
            y -= 12
        y -= 12
    for line in stanza:
        lines.append((140, y, 10, line))
        y -= 12
    y -= 12
    for paragraph in paragraphs[4:]:
        for line in paragraph:
            lines.append((56, y, 10, line))
            y -= 12
        y -= 12
    pdf = mk.MiniPdf()
    pdf.page(lines)
    pdf.save(tmp_path / "kniga.pdf")
    blocks = [b.text for b in parse_file(tmp_path / "kniga.pdf").blocks]
    assert " ".join(odd) in blocks
    assert [b for b in blocks if "\n" in b] == ["\n".join(stanza)]


LAW_DOC = ("Закон Республики Казахстан «Об Ассамблее народа Казахстана»\n\nГлава 1. Общие положения\n\n"
           "Статья 4. Задачи Ассамблеи\n1. Основными задачами Ассамблеи являются:\n"
           "1) обеспечение эффективного взаимодействия государственных органов в сфере межэтнических отношений;\n"
           "2) содействие государственным органам в противодействии проявлениям экстремизма.\n\n"
           "Статья 6. Председатель Ассамблеи\nПредседателем Ассамблеи является Президент Республики Казахстан.\n\n"
           "Президент Республики Казахстан Н. Назарбаев\nАстана, Акорда, 20 октября 2008 года\n")


def test_an_article_s_heading_over_its_short_text_is_no_stanza(tmp_path_factory):
    """«Статья 6. Председатель Ассамблеи / Председателем Ассамблеи является Президент…»: a heading and
    a one-sentence article, two short lines opening with capitals, were quoted and shown as verse."""
    service = ingested_service(tmp_path_factory, {"zakon.txt": LAW_DOC})
    try:
        [quote] = service.quotes(SearchRequest(query="председателем ассамблеи является президент", per_page=10)).hits
        assert " ".join(quote.text.split()).startswith("Статья 6. Председатель Ассамблеи Председателем")
        assert " / " not in quote.text
        [hit] = service.search(SearchRequest(query="председатель президент", per_page=10)).hits
        assert "Статья 6. <mark>Председатель</mark> Ассамблеи <mark>Председателем</mark>" in hit.snippet_html
        assert " / " not in hit.snippet_html
    finally:
        service.close()
