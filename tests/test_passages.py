"""Paragraphs cut to a quotable size: a text with no paragraph breaks is not one giant quote."""
from __future__ import annotations

import re

from index.search import SearchRequest, SearchService
from ingest.build import build_record
from ingest.parsers import parse_file
from ingest.passages import MAX_PASSAGE_CHARS, cut_paragraph
from ingest.pipeline import IngestOptions, run_ingest

SPEECH = "Председатель открыл заседание Ассамблеи в г. Астана. «Мы едины», — сказал А. Б. Иванов. "


def test_a_short_paragraph_stays_whole():
    assert cut_paragraph("Короткий абзац. Второе предложение.") == ["Короткий абзац. Второе предложение."]


def test_a_long_paragraph_is_cut_between_sentences():
    text = SPEECH * 100
    pieces = cut_paragraph(text)
    assert len(pieces) > 1 and all(len(p) <= MAX_PASSAGE_CHARS for p in pieces)
    assert " ".join(pieces) == text.strip()  # nothing lost or reordered
    # every cut falls between sentences, never after an initial or an abbreviation
    assert all(p.startswith("Председатель") or p.startswith("«Мы") for p in pieces)
    assert all(p.endswith("Астана.") or p.endswith("Иванов.") for p in pieces)


def test_a_sentence_longer_than_a_passage_is_cut_between_words():
    text = "слово " * 1000 + "конец"
    pieces = cut_paragraph(text)
    assert all(len(p) <= MAX_PASSAGE_CHARS for p in pieces) and " ".join(pieces) == text.strip()


def test_a_one_line_report_becomes_quotable_passages_its_narration_nobody_s(tmp_path):
    root = tmp_path / "archive"
    root.mkdir()
    report = root / "stenogramma.txt"
    speech = "Председатель Ассамблеи А. Платонов отметил, что Ассамблея укрепляет межэтническое согласие. "
    report.write_text("Стенограмма заседания\n\n" + speech + "Обсуждение продолжилось в зале заседаний. " * 2000,
                      encoding="utf-8")
    record = build_record(parse_file(report), report, str(root), "0" * 64)
    assert len(record.passages) > 50 and all(len(p.text) <= MAX_PASSAGE_CHARS for p in record.passages)
    assert record.text == "\n\n".join(p.text for p in record.passages)  # the document page cuts alike
    assert [p.position for p in record.passages] == list(range(len(record.passages)))
    # his sentence is his; the narration after it, which the lost paragraph breaks ran into it, is nobody's
    assert record.passages[1].text == speech.strip() and record.passages[1].speakers == ["А. Платонов"]
    assert all(p.speakers == [] for p in record.passages[2:])

    index = tmp_path / "index"
    run_ingest([str(root)], IngestOptions(index_dir=index, workers=1))
    quotes = SearchService(index).quotes(SearchRequest("межэтническое согласие"))
    assert quotes.total == 1 and len(quotes.hits[0].text_html) < 2 * MAX_PASSAGE_CHARS


def test_a_document_page_ties_every_passage_to_its_paragraph(tmp_path):
    from search_app import create_app

    root = tmp_path / "archive"
    root.mkdir()
    (root / "long.txt").write_text("Отчет\n\n" + SPEECH * 60, encoding="utf-8")
    index = tmp_path / "index"
    run_ingest([str(root)], IngestOptions(index_dir=index, workers=1))
    service = SearchService(index)
    doc_id = service.search(SearchRequest("заседание")).hits[0].doc_id
    page = create_app(index, testing=True).test_client().get(f"/doc/{doc_id}").get_data(as_text=True)
    passages = len(service.document(doc_id).passages)
    assert passages > 2 and all(f'id="p-{i}"' in page for i in range(passages))


def test_a_quote_is_credited_to_the_speaker_whose_words_it_is(tmp_path):
    # two reports in one paragraph (the seed's shape): each speaker's words become a passage of his
    record = _record_of(
        tmp_path / "kruglyi-stol.txt",
        "О важной роли Ассамблеи\n\n"
        "Выступая перед собравшимися, депутат Мажилиса А. Платонов отметил, что бывают попытки исказить "
        "исторические факты. Ассамблея находится на передовой идеологических провокаций.   Поддерживая коллегу, "
        "депутат С.Абдрахманов подчеркнул, что недопустимо вмешательство извне. Это противоречит принципу "
        "невмешательства во внутренние дела.\n\n"
        "Участники заседания были едины в том, что нужна нацеленность на превентивные меры. Подводя итоги "
        "заседания, заведующий Секретариатом М.Азильханов подчеркнул необходимость взаимодействия.\n")
    said = {p.text.split()[0] + " " + p.text.split()[1]: p.speakers for p in record.passages}
    assert said == {"О важной": [], "Выступая перед": ["А. Платонов"], "Поддерживая коллегу,": ["С. Абдрахманов"],
                    "Участники заседания": [], "Подводя итоги": ["М. Азильханов"]}
    assert [p.position for p in record.passages] == list(range(5))
    assert record.text == "\n\n".join(p.text for p in record.passages)


def test_a_speech_s_own_paragraphs_are_its_author_s(tmp_path):
    record = _record_of(
        tmp_path / "vystuplenie.txt",
        "Выступление председателя Совета матерей на форуме\n\n14.09.2023\n\n"
        "Выступление председателя Совета матерей Ассамблеи народа Казахстана Г.Сейтказиной на форуме\n\n"
        "Глава государства Касым-Жомарт Кемелевич Токаев не раз говорил о том, что сильная семья – основа "
        "сильного государства. За этими словами стоит очень простая истина, которую каждая из нас знает.\n\n"
        "Предлагаю создать при каждом доме дружбы клуб молодых родителей.\n")
    assert [p.speakers for p in record.passages[-2:]] == [["Г. Сейтказина"], ["Г. Сейтказина"]]


def test_the_sentences_going_on_with_a_quote_are_its_speaker_s_and_the_narration_nobody_s(tmp_path):
    record = _record_of(
        tmp_path / "zasedanie.txt",
        "Заседание Совета Ассамблеи\n\nАстана, 12 мая 2020 года\n\n"
        "«Ассамблея стала институтом согласия», — отметил Н. Назарбаев. Он также подчеркнул важность "
        "изучения государственного языка.\n\n"
        "«Язык объединяет народ», — заявил Р. Абдуллаев. Кроме того, спикер отметил важность трехъязычия. "
        "Затем участники посетили выставку.\n")
    said = {p.text.split(".")[-2].split()[-1]: p.speakers for p in record.passages[2:]}
    assert said == {"языка": ["Н.А. Назарбаев"], "трехъязычия": ["Р. Абдуллаев"], "выставку": []}
    assert record.speakers == ["Н.А. Назарбаев", "Р. Абдуллаев"]


def test_a_contents_page_is_searched_with_its_document_never_quoted(tmp_path):
    """A contents page's entries (leaders dropped) stay in the document's text, where a search
    finds them, but are no passages: quote search cited «3. Молодежное движение . . . . 4» for
    the section's name."""
    from search_app import create_app
    from tests.conftest import make_pdfs_module

    mk = make_pdfs_module()
    pdf = mk.MiniPdf(info={"Title": "Отчет о деятельности Ассамблеи"})
    contents = [("1. Работа кабинетов медиации", "2"), ("2. Молодежное движение", "2")]
    pdf.page([(56, mk.H - 80, 14, "СОДЕРЖАНИЕ", "bold")]
             + [(56, mk.H - 110 - 16 * i, 11, f"{title} {'. ' * (40 - len(title) // 2)}{page}")
                for i, (title, page) in enumerate(contents)])
    pdf.page([(56, mk.H - 80, 13, "2. Молодежное движение", "bold"),
              (56, mk.H - 106, 11, "Молодежное движение области объединяет более двух тысяч волонтеров.")])
    root = tmp_path / "archive"
    root.mkdir()
    pdf.save(root / "otchet.pdf")
    index = tmp_path / "index"
    run_ingest([str(root)], IngestOptions(index_dir=index, workers=1))
    service = SearchService(index)

    quotes = service.quotes(SearchRequest('"Молодежное движение"'))
    assert [(hit.text, hit.page) for hit in quotes.hits] == [
        ("Молодежное движение области объединяет более двух тысяч волонтеров.", 2),
        ("2. Молодежное движение", 2)]
    assert service.quotes(SearchRequest("кабинетов медиации")).total == 0
    doc_id = service.search(SearchRequest("кабинетов медиации")).hits[0].doc_id
    document = service.document(doc_id)
    assert document.text.split("\n\n")[:3] == ["СОДЕРЖАНИЕ", "1. Работа кабинетов медиации 2",
                                                "2. Молодежное движение 2"]
    assert [p.position for p in document.passages] == list(range(3))
    page = create_app(index, testing=True).test_client().get(f"/doc/{doc_id}").get_data(as_text=True)
    assert "1. Работа кабинетов медиации 2" in page and all(f'id="p-{i}"' in page for i in range(3))


def _record_of(path, text: str):
    """The record ingest builds of a text file written with `text`."""
    path.write_text(text, encoding="utf-8")
    return build_record(parse_file(path), path, str(path.parent), "0" * 64)


LAW = ("Об Ассамблее народа Казахстана\n\nЗакон Республики Казахстан от 20 октября 2008 года № 70-IV.\n\n"
       "Статья 4. Цели Ассамблеи\n\n1. Основной целью Ассамблеи является обеспечение межэтнического согласия.\n\n"
       "2. Ассамблея содействует укреплению общенационального единства.\n\n"
       "Глава 2\n\nСтатья 5. Задачи Ассамблеи\n\n1. Основными задачами Ассамблеи являются взаимодействие и диалог.\n")


def test_an_article_is_cited_with_its_text_not_its_heading_alone(tmp_path):
    """Quote search cited «Статья 4. Цели Ассамблеи» alone: the lawyer asking what the article says
    had to open the law and copy its text by hand."""
    root = tmp_path / "archive"
    root.mkdir()
    (root / "zakon.txt").write_text(LAW, encoding="utf-8")
    index = tmp_path / "index"
    run_ingest([str(root)], IngestOptions(index_dir=index, workers=1))
    service = SearchService(index)
    quotes = service.quotes(SearchRequest('"статья 4"'))
    assert [hit.text for hit in quotes.hits] == [
        "Статья 4. Цели Ассамблеи\n1. Основной целью Ассамблеи является обеспечение межэтнического согласия."]
    passages = [p.text for p in service.document(quotes.hits[0].doc_id).passages]
    # the next point stays a quote of its own; a chapter's heading over an article's heading stays alone
    assert passages[3:] == ["2. Ассамблея содействует укреплению общенационального единства.", "Глава 2",
                            "Статья 5. Задачи Ассамблеи\n1. Основными задачами Ассамблеи являются взаимодействие и диалог."]


def _turn_across_two_pages(path, first_page_lines: int = 30):
    """A stenogram whose speaker's turn (over 3,000 characters, so cut into passages) runs from
    page 1 onto page 2 in the middle of a sentence; every sentence carries its number («знак N»)."""
    from tests.conftest import make_pdfs_module

    mk = make_pdfs_module()
    turn = "Н.А. Назарбаев. " + " ".join(
        f"Ассамблея народа Казахстана укрепляет согласие и единство в регионах страны (знак {i})."
        for i in range(40))
    lines, line = [], ""
    for word in turn.split():
        if line and len(line) + 1 + len(word) > 80:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}" if line else word
    lines.append(line)
    while not lines[first_page_lines].lstrip()[:1].islower():
        first_page_lines += 1  # the page breaks mid-sentence: the next one goes on lowercase
    pdf = mk.MiniPdf(info={"Title": "Стенограмма заседания Совета Ассамблеи"})
    pdf.page([(56, mk.H - 80 - 14 * i, 10, ln) for i, ln in enumerate(lines[:first_page_lines])])
    pdf.page([(56, mk.H - 80 - 14 * i, 10, ln) for i, ln in enumerate(lines[first_page_lines:])])
    pdf.save(path)
    on_page_2 = {int(n) for ln in lines[first_page_lines:] for n in re.findall(r"знак (\d+)", ln)}
    return lambda n: 2 if n in on_page_2 else 1


def test_a_passage_cut_from_a_turn_after_a_page_break_is_cited_with_its_own_page(tmp_path):
    """A speaker's turn running onto the next page was cut into passages that all kept the page
    of its first line: a quote read on page 2 was cited «с. 1», in the API and on the document page."""
    from search_app import create_app

    root = tmp_path / "archive"
    root.mkdir()
    page_of = _turn_across_two_pages(root / "stenogramma.pdf")
    index = tmp_path / "index"
    run_ingest([str(root)], IngestOptions(index_dir=index, workers=1))
    service = SearchService(index)
    doc_id = service.search(SearchRequest("согласие")).hits[0].doc_id
    passages = service.document(doc_id).passages
    assert len(passages) >= 3
    first_sign = [int(re.search(r"знак (\d+)", p.text).group(1)) for p in passages]
    assert [p.page for p in passages] == [page_of(n) for n in first_sign]  # a sentence starting on page 1 is cited so
    assert {p.page for p in passages} == {1, 2}

    later = next(n for n in first_sign if page_of(n) == 2)
    quotes = service.quotes(SearchRequest(f'"знак {later}"'))
    assert [hit.page for hit in quotes.hits] == [2]
    listed = create_app(index, testing=True).test_client().get(f"/api/documents/{doc_id}?include=passages").get_json()
    assert [p["page"] for p in listed["passages"]] == [p.page for p in passages]
    # the document page's «страница 2» stands above the first passage starting on page 2
    page = create_app(index, testing=True).test_client().get(f"/doc/{doc_id}").get_data(as_text=True)
    first_on_2 = next(p.position for p in passages if p.page == 2)
    assert page.index('id="page-2"') < page.index(f'id="p-{first_on_2}"')
    assert page.index(f'id="p-{first_on_2 - 1}"') < page.index('id="page-2"')


def test_a_plain_text_passage_cut_after_a_form_feed_carries_the_later_page(tmp_path):
    sentences = [f"Ассамблея народа Казахстана укрепляет согласие в регионах страны (знак {i})." for i in range(40)]
    before, after = " ".join(sentences[:30]), " ".join(sentences[30:])
    cut = before.rindex(" страны (знак 29)")  # the page breaks inside sentence 29
    record = _record_of(tmp_path / "otchet.txt", "Отчет\n\n" + before[:cut] + "\n\f\n" + before[cut + 1:] + " " + after)
    signs = [int(re.search(r"знак (\d+)", p.text).group(1)) for p in record.passages[1:]]
    assert len(signs) >= 2
    assert [p.page for p in record.passages[1:]] == [1 if n <= 29 else 2 for n in signs]


def test_a_speakers_announcement_ending_in_a_colon_is_no_label_joined_to_the_poem_under_it(tmp_path_factory):
    # «Дорогие друзья! Я хочу прочесть стихотворение…:» was taken for a lone label and glued to the stanza
    from conftest import ingested_service
    from index.search import SearchRequest
    text = ("Стенограмма собрания\n\nАстана, 30 апреля 2015 года\n\n"
            "Тугжанов Е.Л. Уважаемые участники собрания! Позвольте начать наше собрание.\n\n"
            "Ахметова Г.С. Дорогие друзья! Я хочу прочесть стихотворение моей ученицы из Талдыкоргана:\n\n"
            "Под небом синим, под шаныраком\nЖивут народы единой семьей,\nИ каждый дом нам родным и знакомым\n"
            "Стал в этой степи, под этой луной.\n\nТугжанов Е.Л. Спасибо за прекрасные строки.\n")
    service = ingested_service(tmp_path_factory, {"st.txt": text})
    try:
        hit = service.quotes(SearchRequest("шаныраком")).hits[0]
        assert hit.text.startswith("Под небом синим") and hit.speaker == "Г.С. Ахметова"
    finally:
        service.close()


AMENDED_LAW = ("Закон Республики Казахстан «Об Ассамблее народа Казахстана»\n\n"
               "Сноска. Внесены изменения Законом РК от 10.06.2014 № 206-V (вводится в действие по истечении десяти "
               "календарных дней после дня его первого официального опубликования).\n\n"
               "Статья 5. Структура Ассамблеи\n\n"
               "1. Структуру Ассамблеи составляют сессия Ассамблеи, Совет Ассамблеи, Секретариат Ассамблеи.\n\n"
               "Пункт 1 изложен в редакции Закона РК от 29.12.2021 № 94-VII.\n\n"
               "Статья 5-1. Научно-экспертный совет Ассамблеи\n\n"
               "1. При Ассамблее создается Научно-экспертный совет.\n\n"
               "Статья 5-1 дополнена Законом РК от 08.06.2015 № 316-V.\n\n"
               "3) исключен Законом РК от 10.06.2014 № 206-V.\n\n"
               "Ескерту. 5-бапқа өзгеріс енгізілді – ҚР 29.12.2021 № 94-VII Заңымен.\n")
AMENDING_LAW = ("О внесении изменений в Закон Республики Казахстан «Об Ассамблее народа Казахстана»\n\n"
                "1) статью 5-1 дополнить пунктом 2 следующего содержания:\n\n"
                "2) подпункт 3) статьи 1 исключить.\n")


def test_an_editors_note_on_an_amendment_is_found_with_its_act_never_quoted(tmp_path):
    """Quote search cited «Статья 5-1 дополнена Законом РК от 08.06.2015 № 316-V.» as the law's own words;
    the amending law's own «дополнить», «исключить» stay its quotes."""
    root = tmp_path / "archive"
    root.mkdir()
    (root / "zakon.txt").write_text(AMENDED_LAW, encoding="utf-8")
    (root / "izmeneniya.txt").write_text(AMENDING_LAW, encoding="utf-8")
    index = tmp_path / "index"
    run_ingest([str(root)], IngestOptions(index_dir=index, workers=1))
    service = SearchService(index)
    try:
        quoted = [hit.text for hit in service.quotes(SearchRequest("статья 5-1")).hits]
        assert "Статья 5-1 дополнена Законом РК от 08.06.2015 № 316-V." not in quoted
        assert "Статья 5-1. Научно-экспертный совет Ассамблеи\n1. При Ассамблее создается Научно-экспертный совет." \
            in quoted
        assert [hit.text for hit in service.quotes(SearchRequest("316-V")).hits] == []
        assert [hit.text for hit in service.quotes(SearchRequest("исключить")).hits] == ["2) подпункт 3) статьи 1 исключить."]
        assert [hit.text for hit in service.quotes(SearchRequest("дополнить")).hits] == [
            "1) статью 5-1 дополнить пунктом 2 следующего содержания:"]
        [law] = service.search(SearchRequest("316-V")).hits
        document = service.document(law.doc_id)
        assert "Статья 5-1 дополнена Законом РК от 08.06.2015 № 316-V." in document.text.split("\n\n")
        assert [p.text.split("\n")[0] for p in document.passages] == [
            "Закон Республики Казахстан «Об Ассамблее народа Казахстана»", "Статья 5. Структура Ассамблеи",
            "Статья 5-1. Научно-экспертный совет Ассамблеи"]
    finally:
        service.close()
