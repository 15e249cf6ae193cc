"""How a query typed in plain words is read (index.query), over a real index."""
from __future__ import annotations

import os
import re
import subprocess
import sys
from datetime import date

import pytest

from conftest import make_record
from index.search import SearchRequest, SearchService
from index.store import IndexWriter


def ids(result) -> list[str]:
    return [h.doc_id for h in result.hits]


def doc_ids(result) -> list[str]:
    """The documents of a result, each once, in ranking order (quotes: a document per passage)."""
    return list(dict.fromkeys(h.doc_id for h in result.hits))


@pytest.fixture()
def svc(tmp_path):
    with IndexWriter(tmp_path, create=True) as writer:
        writer.add(make_record("fakes", "Фейки не пройдут: как не стать соучастником провокации", [
            "В Доме дружбы прошел круглый стол о фейках. Эксперты объяснили, как не стать соучастником "
            "провокации и почему фейки не пройдут."], when=date(2025, 10, 21)))
        writer.add(make_record("hackers", "Хакеры взломали сайт этнокультурного центра", [
            "Ассамблея призвала проверять информацию: фейки распространяются быстро."], when=date(2018, 11, 6)))
        writer.add(make_record("ank", "Совет матерей АНК", ["Совет матерей АНК провел встречу."], when=date(2023, 9, 14)))
        writer.add(make_record("sos", "Итоги года", ["СОС области подвел итоги года."], when=date(2015, 12, 22)))
        writer.add(make_record("school", "Совет матерей провел акцию «Дорога в школу»", [
            "Акция «Дорога в школу» собрала сотни семей."], when=date(2019, 8, 27)))
        writer.add(make_record("road", "Дорога к знаниям", [
            "Новая дорога ведет к сельской школе, в которую ходят дети."], when=date(2020, 9, 1)))
        writer.add(make_record("said", "Слово о единстве", [
            "Н.А. Назарбаев говорил о единстве народа как об основе стабильности."], when=date(2015, 4, 27)))
        writer.add(make_record("stressed", "XXIX сессия Ассамблеи", [
            "Н.А. Назарбаев подчеркнул значение единства и преемственности."], when=date(2021, 4, 28)))
        writer.add(make_record("talked", "Сессия прошла", ["Участники сессии говорили о погоде."], when=date(2021, 4, 29)))
        writer.add(make_record("house", "Дом дружбы", ["Дом дружбы находится в центре Караганды."], when=date(2015, 11, 20)))
        writer.add(make_record("opened", "Дом дружбы открыл двери", ["Дом дружбы Павлодара открыл двери для всех."],
                               when=date(2019, 11, 5)))
    service = SearchService(tmp_path)
    yield service
    service.close()


@pytest.mark.parametrize("run", ["search", "quotes"])
def test_a_query_typed_wholly_in_capitals_has_no_operators(svc, run):
    # Caps Lock, or a headline pasted as the archive prints it: its «НЕ» was read as NOT, so the
    # headline found nothing, or (ФЕЙКИ НЕ ПРОЙДУТ) only the other document, the one without «пройдут»
    search = getattr(svc, run)
    for query in ("КАК НЕ СТАТЬ СОУЧАСТНИКОМ ПРОВОКАЦИИ", "ФЕЙКИ НЕ ПРОЙДУТ", "ФЕЙКИ И ПРОВОКАЦИИ"):
        res = search(SearchRequest(query))
        assert doc_ids(res) == ["fakes"] and res.error is None, query
    # among lowercase words a capital НЕ is the operator, as README teaches
    assert doc_ids(search(SearchRequest("фейки НЕ пройдут"))) == ["hackers"]
    # abbreviations alone in capitals are no headline: their operator stays one
    assert sorted(doc_ids(search(SearchRequest("АНК ИЛИ СОС")))) == ["ank", "sos"]
    assert doc_ids(search(SearchRequest("СОВЕТ МАТЕРЕЙ НЕ АНК"))) == ["ank"]  # a word among them: the headline's «НЕ»
    # brackets are typed only as operator syntax: `(ФЕЙКИ ИЛИ ИТОГИ)` lost its ИЛИ and found nothing
    assert doc_ids(search(SearchRequest("(ФЕЙКИ ИЛИ ИТОГИ) ГОДА"))) == ["sos"]
    assert doc_ids(search(SearchRequest("(СОВЕТ ИЛИ ИТОГИ) ГОДА"))) == doc_ids(search(SearchRequest("(совет ИЛИ итоги) года")))
    assert doc_ids(search(SearchRequest('"ФЕЙКИ НЕ ПРОЙДУТ" (ИТОГИ)'))) == []  # the phrase keeps its НЕ a word


@pytest.mark.parametrize("run", ["search", "quotes"])
def test_a_quotation_mark_left_open_runs_to_the_end_of_the_query(svc, run):
    # «В запросе не закрыта кавычка» refused the search, while a closing mark alone was searched
    search = getattr(svc, run)
    for query in ("«Дорога в школу", '"Дорога в школу', "акцию «Дорога в школу", "«Дорога в школу year:2019",
                  "„Дорога в школу", "«Дорога в школу «"):
        res = search(SearchRequest(query))
        assert res.error is None and doc_ids(res) == ["school"], query  # the phrase, as if closed
    res = search(SearchRequest("«Дорога:в школу"))  # a colon inside the open phrase is no field name
    assert res.error is None
    assert sorted(doc_ids(search(SearchRequest("Дорога в школу»")))) == ["road", "school"]  # as before: words
    assert "нет ни одного слова" in search(SearchRequest("«")).error


@pytest.mark.parametrize("run", ["search", "quotes"])
def test_a_questions_verb_ranks_the_documents_having_it_without_leaving_out_the_others(svc, run):
    # «говорил» of «что говорил Назарбаев о единстве» was required: the speech that says
    # «подчеркнул» was left out; «где находится дом дружбы» had every document lack «находится»
    search = getattr(svc, run)
    res = search(SearchRequest("что говорил Назарбаев о единстве"))
    assert doc_ids(res) == ["said", "stressed"] and res.left_out == ["что"] and not res.partial
    text = res.hits[0].snippet_html if run == "search" else res.hits[0].text_html
    assert "<mark>говорил</mark>" in text  # the verb is marked where it stands
    res = search(SearchRequest("Где находится дом дружбы?"))
    assert set(doc_ids(res)) == {"house", "opened", "fakes"} and res.left_out == ["Где"] and not res.partial
    # the document with the verb gains by it; the others score as without it
    plain = {h.doc_id: h.score for h in search(SearchRequest("дом дружбы")).hits}
    asked = {h.doc_id: h.score for h in res.hits}
    assert asked["house"] > plain["house"] and asked["opened"] == plain["opened"]
    # not a question: every word is required, the verb too
    assert doc_ids(search(SearchRequest("Назарбаев говорил о единстве"))) == ["said"]
    # a question of nothing but its verb searches the verb
    assert sorted(doc_ids(search(SearchRequest("что говорил?")))) == ["said", "talked"]


@pytest.mark.parametrize("run", ["search", "quotes"])
def test_a_question_opening_with_a_preposition_is_read_as_a_question(svc, run):
    # «о чём говорил Назарбаев» required «говорил» and left «подчеркнул» out: «о» hid the question word
    search = getattr(svc, run)
    for query in ("о чём говорил Назарбаев", "О чем говорил Назарбаев?"):
        res = search(SearchRequest(query))
        assert doc_ids(res) == ["said", "stressed"] and [w.lower() for w in res.left_out] == ["о", query.split()[1]]
    # a preposition that asks nothing stays a word of the query
    assert search(SearchRequest("о единстве говорил Назарбаев")).left_out == []


@pytest.mark.parametrize("run", ["search", "quotes"])
def test_where_something_is_placed_frames_the_question(svc, run):
    # «где расположен дом дружбы» was partial: every document «Нет в документе: расположен»
    search = getattr(svc, run)
    for query in ("где расположен дом дружбы", "Где расположена дом дружбы?"):
        res = search(SearchRequest(query))
        assert set(doc_ids(res)) == {"house", "opened", "fakes"} and not res.partial, query


def test_a_questions_verb_is_marked_on_the_document_page(svc):
    view = svc.document("said", "что говорил Назарбаев о единстве")
    assert {"говорил", "Назарбаев", "единстве"} <= set(re.findall(r"<mark>(.*?)</mark>", view.text_html))


@pytest.mark.parametrize("apart,together", [
    # BM25F alone puts the shorter quote with the words apart first: where they meet counts, as for
    # `Назарбаев о единстве`, though the query is more than its words
    ("Выступил Н.А. Назарбаев, и зал долго аплодировал всем участникам торжественного собрания. "
     "Главной темой сессии стало единство.",
     "На сессии Ассамблеи народа Казахстана в столице Н.А. Назарбаев назвал единство главным богатством страны, "
     "а участники сессии поддержали предложения о новых проектах Ассамблеи в регионах, о работе домов дружбы, "
     "о поддержке молодежи и волонтеров, о развитии языков и культуры всех этносов."),
    # the verb is a word of its own, not the name's: «участники говорили о единстве» beside a
    # sentence naming Назарбаев is no place where he and unity meet
    ("Н.А. Назарбаев выступил первым на торжественном собрании в столице. "
     "Затем участники говорили о единстве и о будущем страны.",
     "Н.А. Назарбаев назвал единство главным богатством страны. Единство народа, отметил Н.А. Назарбаев, "
     "основа стабильности и развития нашей страны на многие годы вперед."),
])
def test_a_questions_quotes_rank_where_its_other_words_meet(tmp_path, apart, together):
    with IndexWriter(tmp_path, create=True) as writer:
        writer.add(make_record("apart", "Собрание", [apart], when=date(2015, 4, 27)))
        writer.add(make_record("together", "Сессия", [together], when=date(2015, 4, 28)))
    svc = SearchService(tmp_path)
    try:
        plain = svc.quotes(SearchRequest("Назарбаев о единстве"))
        asked = svc.quotes(SearchRequest("что говорил Назарбаев о единстве"))
        assert doc_ids(plain) == doc_ids(asked) == ["together", "apart"]
    finally:
        svc.close()


@pytest.fixture()
def pasted(tmp_path):
    with IndexWriter(tmp_path, create=True) as writer:
        writer.add(make_record("unity", "Сессия Ассамблеи", [
            "Единство народа – наше главное богатство. Межэтническое согласие крепнет в Ассамблее."], when=date(2019, 4, 24)))
        writer.add(make_record("tokayev", "Ассамблея и Токаев", ["К. Токаев выступил на сессии Ассамблеи."],
                               when=date(2021, 4, 28)))
        writer.add(make_record("english", "Assembly", ["The Assembly of People of Kazakhstan met."], language="en",
                               when=date(2020, 1, 1)))
    service = SearchService(tmp_path)
    yield service
    service.close()


@pytest.mark.parametrize("run", ["search", "quotes"])
def test_a_hyphen_between_spaces_is_a_dash_and_only_a_glued_minus_excludes(pasted, run):
    # « - » typed for a dash excluded the next word unsaid: the quote's own document was left out,
    # and `Ассамблея - Токаев` found the documents without Токаев
    search = getattr(pasted, run)
    # a row of three hyphens or more was searched as the dash but said to exclude the word «--»
    for query in ("Единство народа - наше главное богатство", "Единство народа -- наше главное богатство",
                  "Единство народа --- наше главное богатство", "Единство народа ---- наше главное богатство"):
        res = search(SearchRequest(query))
        assert doc_ids(res) == ["unity"] and res.excluded_words == [], query
    for query in ("Ассамблея - Токаев", "Ассамблея – Токаев", "- Токаев"):
        assert doc_ids(search(SearchRequest(query))) == ["tokayev"], query
    assert doc_ids(search(SearchRequest("Ассамблеи - сессии", exact=True))) == ["tokayev"]
    # a minus glued to a word still excludes it, and the answer says what it left out
    for query in ("Ассамблея -Токаев", "Ассамблея NOT Токаев"):
        res = search(SearchRequest(query))
        assert doc_ids(res) == ["unity"] and res.excluded_words == ["Токаев"], query
    res = search(SearchRequest('Ассамблея -"К. Токаев" -(богатство OR met)'))
    assert res.total == 0 and res.excluded_words == ['"К. Токаев"', "(богатство OR met)"]


@pytest.mark.parametrize("run", ["search", "quotes"])
def test_a_pasted_word_cut_by_a_hyphen_or_an_invisible_character_is_one_word(pasted, run):
    # PDF and web text: «Ассам-» at a line end, «межэтни- ческое» as the line break was pasted, a
    # zero-width space or joiner inside a word: the halves were searched apart and found nothing
    search = getattr(pasted, run)
    expected = {"Ассамблея": ["tokayev", "unity"], "межэтническое согласие": ["unity"]}
    for query, words in (("Ассам-\nблея", "Ассамблея"), ("Ассам- блея", "Ассамблея"),
                         ("межэтни- ческое согласие", "межэтническое согласие"),
                         ("межэтни-\r\nческое согласие", "межэтническое согласие")):
        assert sorted(doc_ids(search(SearchRequest(query)))) == expected[words], query
    for mark in "\u200b\u200c\u200d\u2060\ufeff":
        assert sorted(doc_ids(search(SearchRequest(f"Ассам{mark}блея")))) == ["tokayev", "unity"], repr(mark)
        res = search(SearchRequest(f"Ассамблея year:2019{mark}"))
        assert res.error is None and doc_ids(res) == ["unity"], repr(mark)
    # a typeset hyphen (U+2010, U+2011) at a line end or before a space is the same line's split;
    # a soft hyphen before one marks the word's own break (Word's optional hyphenation)
    for query in ("Ассам\u2010\nблея", "Ассам\u2011\nблея", "Ассам\u2010 блея", "Ассам\u00ad\nблея",
                  "Ассам\u00ad блея", "Ассам\u00ad\r\nблея"):
        assert sorted(doc_ids(search(SearchRequest(query)))) == ["tokayev", "unity"], repr(query)
    assert doc_ids(search(SearchRequest("межэтни\u2010\nческое согласие"))) == ["unity"]
    # a hanging hyphen and a dash before a capital stay as they were
    assert search(SearchRequest("северо- и юго-западный")).error is None
    # full-width letters and digits (an input method, some PDFs) are their ASCII twins
    assert doc_ids(search(SearchRequest("ＡＳＳＥＭＢＬＹ"))) == ["english"]
    assert sorted(doc_ids(search(SearchRequest("Ａссамблея year:２０１９")))) == ["unity"]


@pytest.fixture()
def lessons(tmp_path):
    """What a pupil's questions are about: the Assembly's youth wing, its Houses of Friendship, a
    quoted saying, its law, a Kazakh text, and a Korean surname that is also a Kazakh question word."""
    with IndexWriter(tmp_path, create=True) as writer:
        writer.add(make_record("wing", "Молодёжное крыло «Жарасым»", [
            "Молодёжное крыло Ассамблеи «Жарасым» объединяет студентов колледжей."], when=date(2020, 2, 1)))
        writer.add(make_record("house", "Что такое Дом дружбы", [
            "Дом дружбы – место встреч этнокультурных объединений области."], when=date(2019, 3, 1)))
        writer.add(make_record("told", "Экскурсия в Дом дружбы", [
            "Школьникам рассказали, как работает Дом дружбы."], when=date(2021, 4, 1)))
        writer.add(make_record("saying", "20 лет Ассамблее", [
            "Как отметил Е.Т. Тугжанов, «единство народа – главное богатство нашей страны»."], when=date(2015, 4, 1)))
        writer.add(make_record("law", "Закон об Ассамблее", [
            "Цели Ассамблеи: укрепление межэтнического согласия. Председателем Ассамблеи является Президент.",
            "Ассамблея народа Казахстана образована 1 марта 1995 года."], when=date(2008, 10, 20)))
        writer.add(make_record("kk", "Қазақстан халқы Ассамблеясы", [
            "Қазақстан халқы Ассамблеясы 1995 жылы 1 наурызда құрылды. Ассамблеяның төрағасы – Мемлекет басшысы.",
            "Достық үйі – барлық этностардың ортақ шаңырағы."], when=date(2020, 3, 1), language="kk"))
        writer.add(make_record("kim", "Корейский центр", ["Ю.А. Ким возглавил корейский этнокультурный центр."],
                               when=date(2022, 5, 1)))
    service = SearchService(tmp_path)
    yield service
    service.close()


@pytest.mark.parametrize("run", ["search", "quotes"])
def test_a_question_with_quotes_brackets_or_a_worksheet_label_drops_its_question_words(lessons, run):
    # any «», (…) or a label «3)» made every word required, «такое» and «сказал» too: nothing was found
    search = getattr(lessons, run)
    for query, found, asked in (("что такое «Жарасым»?", ["wing"], ["что", "такое"]),
                                ("кто сказал «единство народа – главное богатство нашей страны»?", ["saying"], ["кто"]),
                                ("Что такое АНК (Ассамблея народа Казахстана)?", ["law"], ["Что", "такое"]),
                                ("3) Что такое Дом дружбы?", ["house", "told"], ["Что", "такое"]),
                                ("б) Что такое Дом дружбы?", ["house", "told"], ["Что", "такое"]),
                                ("Вопрос 2: Что такое Дом дружбы?", ["house", "told"], ["Что", "такое"])):
        res = search(SearchRequest(query))
        assert sorted(doc_ids(res)) == found and res.left_out == asked and res.error is None, query
    # the words inside the quotes stay as typed: «что» of a quoted title is searched
    assert doc_ids(lessons.search(SearchRequest("«Что такое Дом дружбы»"))) == ["house"]
    # a bracketed gloss is words, found in part when they do not meet
    glossed = search(SearchRequest("Дом дружбы (Достық үйі)"))
    assert glossed.partial and {"house", "kk"} <= set(doc_ids(glossed))
    # brackets beside an operator or a sign are a group, as before
    assert doc_ids(search(SearchRequest("(Жарасым OR Тугжанов) -колледжей"))) == ["saying"]


@pytest.mark.parametrize("run", ["search", "quotes"])
def test_a_worksheets_points_numbering_and_instruction_are_no_words_to_search(lessons, run):
    # «(1 б.)» required «1»: only the law (1 марта) was found, the answer left out unsaid; «II)»,
    # «3.1)», «№3» and «Ответьте на вопрос:» were required words too: partial or another document
    search = getattr(lessons, run)
    for query in ("Что такое Дом дружбы? (1 б.)", "Что такое Дом дружбы? (1 балл)", "Что такое Дом дружбы? (2 балла)",
                  "Что такое Дом дружбы? [3 балла]", "II) Что такое Дом дружбы?", "3.1) Что такое Дом дружбы?",
                  "№3 Что такое Дом дружбы?", "(1) Что такое Дом дружбы?", "IV. Что такое Дом дружбы?", "Задание II: Что такое Дом дружбы?",
                  "Ответьте на вопрос: что такое Дом дружбы?",
                  "Задание 2. Ответьте на вопросы: что такое Дом дружбы?"):
        res = search(SearchRequest(query))
        assert sorted(doc_ids(res)) == ["house", "told"] and not res.partial and res.error is None, query
    # a number in the question is a word, and a label alone is searched as typed
    assert doc_ids(search(SearchRequest("Ассамблея образована 1 марта"))) == ["law"]
    assert search(SearchRequest("3)")).error is None


def test_a_number_sign_before_words_that_ask_nothing_is_an_acts_number_not_a_label():
    # `№ 38 постановление акимата` lost its number as a worksheet's label: all four decrees found,
    # the one asked for last
    from index.worksheet_labels import without_worksheet_labels
    for typed in ("№ 38 постановление акимата", "№38 постановление", "#120 приказ"):
        assert without_worksheet_labels(typed) == typed
    assert without_worksheet_labels("№3 Что такое Дом дружбы", asks=True) == "Что такое Дом дружбы"


@pytest.mark.parametrize("run", ["search", "quotes"])
def test_more_task_verbs_and_question_verbs_only_rank(lessons, run):
    # «Определите», «Напишите», «Сравните», «Подумайте», «обозначает», «руководит» and the «примеры»
    # a task asks for were required: partial results, «Нет в документе: Сравните»
    search = getattr(lessons, run)
    for query, found in (("Определите цели Ассамблеи", ["law"]), ("Сравните цели Ассамблеи", ["law"]),
                         ("Напишите о Доме дружбы", ["house", "told"]), ("Приведите примеры целей Ассамблеи", ["law"]),
                         ("Подумайте, зачем нужна Ассамблея", None), ("что обозначает Жарасым", ["wing"]),
                         ("Кто руководит Ассамблеей?", None), ("Докажите, что Дом дружбы нужен", ["house", "told"])):
        res = search(SearchRequest(query))
        assert res.total and not res.partial and res.error is None, query
        assert found is None or sorted(doc_ids(res)) == found, query
    # not a task: a past form is a word like any other
    assert search(SearchRequest("Ассамблея определила цели")).partial


@pytest.mark.parametrize("run", ["search", "quotes"])
def test_a_score_before_the_question_or_unbracketed_and_a_lowercase_roman_label_are_no_words(lessons, run):
    # «(1 б.)» before the question required «1» and lost «Что такое» as a question; «? 2 балла»
    # required «балла»; «iii)» was a word: partial results, another document first
    search = getattr(lessons, run)
    for query in ("(1 б.) Что такое Дом дружбы?", "(1 балл) Что такое Дом дружбы?", "[2 балла] Что такое Дом дружбы?",
                  "Что такое Дом дружбы? 2 балла", "Что такое Дом дружбы? – 1 б.", "iii) Что такое Дом дружбы?",
                  "(iv) Что такое Дом дружбы?", "ii. Что такое Дом дружбы?"):
        res = search(SearchRequest(query))
        assert sorted(doc_ids(res)) == ["house", "told"] and not res.partial and res.error is None, query
    # a number of points in words that ask nothing is a word: an earthquake's «5 баллов»
    from index.worksheet_labels import without_worksheet_labels
    assert without_worksheet_labels("землетрясение 5 баллов") == "землетрясение 5 баллов"


@pytest.mark.parametrize("run", ["search", "quotes"])
def test_the_task_verbs_find_write_out_explain_and_the_noun_concept_only_rank(lessons, run):
    # «Выпишите», «Найдите», «Поясните» and the «понятие» a task asks to explain were required words:
    # partial results, «Поясните, зачем…» not read as a question
    search = getattr(lessons, run)
    for query, found in (("Выпишите цели Ассамблеи", ["law"]), ("Найдите цели Ассамблеи", ["law"]),
                         ("Поясните, зачем нужна Ассамблея", None), ("Раскройте понятие Дом дружбы", ["house", "told"]),
                         ("Объясните понятие «Дом дружбы»", ["house", "told"])):
        res = search(SearchRequest(query))
        assert res.total and not res.partial and res.error is None, query
        assert found is None or sorted(doc_ids(res)) == found, query


@pytest.mark.parametrize("run", ["search", "quotes"])
def test_a_school_tasks_verb_and_common_question_verbs_only_rank(lessons, run):
    # «Расскажите о Доме дружбы» required «расскажите»: only the document saying «рассказали»
    # was left; «Назовите цели Ассамблеи», «что значит АНК» were partial, «Ни в одном документе нет: «Назовите»»
    search = getattr(lessons, run)
    told = search(SearchRequest("Расскажите о Доме дружбы"))
    assert doc_ids(told) == ["told", "house"] and not told.partial  # the one saying «рассказали» first
    for query in ("Назовите цели Ассамблеи", "Перечислите цели Ассамблеи", "Задание: назовите цели Ассамблеи",
                  "Объясните цели Ассамблеи", "Кто возглавляет Ассамблею?", "зачем нужна Ассамблея",
                  "что значит АНК", "что означает Жарасым"):
        res = search(SearchRequest(query))
        assert res.total and not res.partial and res.error is None, query
    # not a question: a framing verb is a word like any other, and a past form of a task's verb too
    statement = search(SearchRequest("Ассамблея возглавляет"))
    assert statement.partial and statement.unmatched == ["возглавляет"]
    assert doc_ids(search(SearchRequest("рассказали Дом дружбы"))) == ["told"]


@pytest.mark.parametrize("run", ["search", "quotes"])
def test_a_russian_question_of_the_year_leaves_out_its_year_word(lessons, run):
    # «в каком году» kept «году» required: a document saying «за год» was found, one dating the
    # event «1 марта 1995 г.» left out; as with «қай жылы», the year word only builds the question
    search = getattr(lessons, run)
    for query, asked in (("в каком году образована Ассамблея", ["в", "каком", "году"]),
                         ("С какого года образована Ассамблея?", ["С", "какого", "года"])):
        res = search(SearchRequest(query))
        assert doc_ids(res) == ["law"] and res.left_out == asked and not res.partial, query
    # a year word not after «какой» is a word of the query
    assert search(SearchRequest("Ассамблея 1995 года")).left_out == []


@pytest.mark.parametrize("run", ["search", "quotes"])
def test_a_russian_question_of_which_year_month_or_day_leaves_out_its_time_word(lessons, run):
    # «в котором году», «в каком же году», «в каком месяце», «какого числа» kept «году», «месяце»,
    # «числа» required (and «именно»): the document dating the event «1 марта 1995 года» was left out
    search = getattr(lessons, run)
    for query, asked in (("в котором году образована Ассамблея", ["в", "котором", "году"]),
                         ("В каком же году образована Ассамблея?", ["В", "каком", "же", "году"]),
                         ("в каком именно году образована Ассамблея", ["в", "каком", "именно", "году"]),
                         ("в каком месяце образована Ассамблея", ["в", "каком", "месяце"]),
                         ("какого числа образована Ассамблея", ["какого", "числа"])):
        res = search(SearchRequest(query))
        assert doc_ids(res) == ["law"] and res.left_out == asked and not res.partial, query
    # «какое число» asks how many, and a relative «в котором» asks nothing
    assert search(SearchRequest("какое число Ассамблея")).left_out == ["какое"]
    assert search(SearchRequest("Ассамблея, в которой образована")).left_out == []


@pytest.mark.parametrize("run", ["search", "quotes"])
def test_a_kazakh_question_typed_on_a_russian_keyboard_or_in_kazakh_order(lessons, run):
    # кашан, кандай, ким (қашан, қандай, кім typed without Kazakh letters), «X деген не?» and a
    # question word last with no «?» were required words: partial answers or nothing
    search = getattr(lessons, run)
    for query, asked in (("Ассамблеяның төрағасы кім", ["кім"]), ("Ассамблеясы кашан құрылды?", ["кашан"]),
                         ("Ассамблеясы кашан құрылды", ["кашан"]), ("Ассамблеяның төрағасы кандай?", ["кандай"]),
                         ("Ассамблеяның төрағасы ким?", ["ким"]), ("Достық үйі деген не?", ["деген", "не"]),
                         ("Достық үйі дегеніміз не", ["дегеніміз", "не"]),
                         # «қай жылы», «нешінші жылы» ask the year: «жылы» is no word to require (a
                         # document writes «1995 жылғы»), and «нешінші» was required
                         ("Ассамблеясы қай жылы құрылды?", ["қай", "жылы"]),
                         ("Ассамблеясы нешінші жылы құрылды", ["нешінші", "жылы"])):
        res = search(SearchRequest(query))
        assert doc_ids(res) == ["kk"] and res.left_out == asked and not res.partial, query
    # «Ким» with a capital is the surname, and Russian «не» is no question word
    assert doc_ids(search(SearchRequest("Кто такой Ким?"))) == ["kim"]
    assert search(SearchRequest("не возглавил Ким")).left_out == []


@pytest.mark.parametrize("run", ["search", "quotes"])
def test_a_lowercase_kim_among_russian_words_is_the_surname(lessons, run):
    # «ким» last was read as Kazakh «кім» whatever the words before it: `что возглавил ким` left
    # the surname out and found nothing of Ким
    search = getattr(lessons, run)
    for query, asked in (("центр ким", []), ("что возглавил ким", ["что"]), ("корейский центр ким?", [])):
        res = search(SearchRequest(query))
        assert doc_ids(res) == ["kim"] and res.left_out == asked, query
    # among Kazakh words, typed with Kazakh letters or without them, it still asks, last or before the verb
    for query in ("Ассамблеяның төрағасы ким?", "Ассамблеянын торагасы ким", "Ассамблеяның төрағасы ким болды"):
        assert search(SearchRequest(query)).left_out == ["ким"], query


@pytest.mark.parametrize("run", ["search", "quotes"])
def test_a_question_of_nothing_but_question_words_asks_what_it_is_about(lessons, run):
    # «кто?» was refused as «только служебные слова (предлоги, союзы)», «сколько?» found nothing,
    # «что такое?» the one document titled so
    search = getattr(lessons, run)
    for query in ("кто?", "как?", "что это?", "сколько?", "қашан?", "why?", "почему?", "какой?", "кто такой?",
                  "что такое?", "не?", "Почему", "speaker:Тугжанов почему?"):
        res = search(SearchRequest(query))
        assert res.error == "Допишите, о чём вопрос: например, «когда создана Ассамблея?».", query
        assert res.hits == []
    assert "служебные слова" in search(SearchRequest("в и на")).error  # not a question: as before


@pytest.mark.parametrize("lines, said", [
    ("ДД = Дом дружбы\nДД = Достық үйі", r"line 2: ДД is already 'Дом дружбы' on line 1; write all its full names on one"),
    ("ДД = Дом дружбы | ", r"line 1: expected 'ABBREVIATION = full name'"),
    ("дд = Дом дружбы", r"line 1: 'дд' is not an abbreviation in capital letters, so no query would expand it"),
    ("Дом дружбы = ДД", r"line 1: 'Дом дружбы' is not an abbreviation in capital letters"),
    ("Д.Д. = Дом дружбы", r"line 1: 'Д.Д.' is not an abbreviation in capital letters"),
])
def test_an_abbreviation_line_that_would_never_expand_as_meant_is_refused_with_its_line(lines, said):
    # each was taken silently: the second full name replaced the first, an empty name after `|`
    # matched anything, and a lowercase, dotted or reversed abbreviation was never expanded
    from index.query import AbbreviationError, parse_abbreviations

    with pytest.raises(AbbreviationError, match="own.txt, " + said):
        parse_abbreviations(lines + "\n", "own.txt")
    assert parse_abbreviations("ДД = Дом дружбы\nДД = Дом  дружбы\n", "own.txt") == {"ДД": ("Дом дружбы",)}
    # several full names of one abbreviation on its line (РОО: республиканское or региональное)
    assert parse_abbreviations("ДД = Дом дружбы | Достық  үйі\n", "own.txt") == {"ДД": ("Дом дружбы", "Достық үйі")}


def test_search_refuses_an_abbreviations_file_with_a_line_that_would_never_expand(tmp_path):
    own = tmp_path / "abbreviations.txt"
    own.write_text("АНК = Ассамблея народа Казахстана\nдд = Дом дружбы\n", encoding="utf-8")
    run = subprocess.run([sys.executable, "-m", "assembly_search.cli", "search", "--index", str(tmp_path / "index"), "ДД"],
                         capture_output=True, text=True, env={**os.environ, "ASSEMBLY_SEARCH_ABBREVIATIONS": str(own)})
    assert run.returncode == 2
    assert run.stderr.startswith(f"assembly-search: $ASSEMBLY_SEARCH_ABBREVIATIONS: {own}, line 2: 'дд' is not an "
                                 "abbreviation in capital letters")


@pytest.mark.parametrize("run", ["search", "quotes"])
@pytest.mark.parametrize("exact", [False, True])
def test_brackets_or_operators_alone_are_said_to_have_no_word_and_the_exact_form_is_never_advised_again(svc, run, exact):
    # `(`, `()` and `AND` were refused as «только служебные слова (предлоги, союзы)» and told to tick
    # «точная форма слов», even with that box ticked: a screen reader heard the same advice after every submit
    search = getattr(svc, run)
    for query in ("(", "()", "( )", ")"):
        assert search(SearchRequest(query, exact=exact)).error == "В запросе нет ни одного слова: введите слово или фразу.", query
    for query, named in (("AND", "оператор AND"), ("(AND)", "оператор AND"), ("AND OR", "операторы AND, OR"),
                         ("ИЛИ", "оператор ИЛИ"), ("NOT", "оператор NOT")):
        error = search(SearchRequest(query, exact=exact)).error
        assert error.startswith(f"В запросе только {named} и нет слова для поиска"), (query, error)
        assert "точн" not in error and "служебные" not in error
    if not exact:  # function words alone are still pointed to the exact form, which finds them
        assert "ищите точную форму (--exact, exact=1)" in search(SearchRequest("в и на")).error
        assert "ищите точную форму (--exact, exact=1)" in search(SearchRequest("(в)")).error
    else:
        assert search(SearchRequest("в и на", exact=True)).error is None


@pytest.mark.parametrize("run", ["search", "quotes"])
@pytest.mark.parametrize("exact", [False, True])
def test_an_operator_joining_nothing_is_dropped_before_or_after_the_words(svc, run, exact):
    # the parser takes an operator only between two words: a leading `AND` (or a group of operators
    # alone) was the word «and», a stop word the exact form keeps, so an exact search found nothing
    search = getattr(svc, run)
    for plain, variants in (("фейки", ("AND фейки", "OR фейки", "(AND) фейки", "фейки (AND)", "ANDNOT фейки",
                                       "AND OR фейки", "(OR фейки)", "AND(фейки)", "ИЛИ фейки НЕ")),
                            ('"Дом дружбы"', ('AND "Дом дружбы"', '("Дом дружбы" OR)', '(AND "Дом дружбы")')),
                            ("дружбы AND двери", ("дружбы AND (AND) двери", "OR дружбы AND (двери OR)"))):
        expected = doc_ids(search(SearchRequest(plain, exact=exact)))
        assert expected, plain
        for query in variants:
            res = search(SearchRequest(query, exact=exact))
            assert res.error is None and doc_ids(res) == expected, (query, res.error)
    # inside a phrase an operator is a word (a stop word the exact form keeps), and one between words joins them
    if exact:
        assert doc_ids(search(SearchRequest('"AND фейки"', exact=True))) == []
    assert sorted(doc_ids(search(SearchRequest("OR АНК OR СОС", exact=exact)))) == ["ank", "sos"]
