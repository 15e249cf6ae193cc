"""«Возможно, вы имели в виду» for a query read another way (index.query_alternatives,
index.keyboard_layout), over a real index: the Latin keyboard layout, a lowercase abbreviation,
a capital НЕ among lowercase words."""
from __future__ import annotations

from datetime import date

import pytest

from conftest import make_record
from index.keyboard_layout import as_russian_layout
from index.search import SearchRequest, SearchService
from index.store import IndexWriter


def doc_ids(result) -> list[str]:
    return sorted({h.doc_id for h in result.hits})


@pytest.fixture()
def svc(tmp_path):
    with IndexWriter(tmp_path, create=True) as writer:
        writer.add(make_record("session", "Сессия Ассамблеи народа Казахстана", [
            "Н.А. Назарбаев открыл сессию Ассамблеи народа Казахстана. Молодежь Дома дружбы выступила с концертом."],
            when=date(2015, 4, 27)))
        writer.add(make_record("forum", "Форум молодежи", [
            "К.К. Токаев приветствовал участников форума, организованного Ассамблеей народа Казахстана."],
            when=date(2019, 6, 1), speakers=["К.К. Токаев"], speaker_of={0: "К.К. Токаев"}))
        writer.add(make_record("mothers", "Совет матерей АНК", ["Совет матерей АНК провел встречу в Алма-Ате."],
                               when=date(2023, 9, 14)))
        writer.add(make_record("fakes", "Круглый стол о фейках", [
            "Эксперты объяснили, как не стать соучастником провокации."], when=date(2025, 10, 21)))
        writer.add(make_record("english", "Kazakhstan hosts a conference", [
            "The Assembly of People of Kazakhstan hosted a conference."], when=date(2024, 6, 12), language="en"))
        writer.add(make_record("open", "Конференция Kazakhstan Open", ["Прошла конференция Kazakhstan Open."],
                               when=date(2024, 7, 1)))
    service = SearchService(tmp_path)
    yield service
    service.close()


def test_the_latin_keys_read_on_the_russian_layout():
    # the keys beside the letters are Russian letters too: `,` б, `.` ю, `;` ж, `'` э, `[` х, `]` ъ
    for typed, meant in [("fccfv,ktz", "ассамблея"), ("Yfpfh,ftd", "Назарбаев"), ("vjkjlt;m", "молодежь"),
                         ("'nyjuhfabz", "этнография"), ("[jhjij", "хорошо"), ("j,]tlbytybt", "объединение"),
                         ("Fkvf-Fnf", "Алма-Ата"), ("<fqnthtr", "Байтерек"), ("`krf", "ёлка"), ("cj.p", "союз")]:
        assert as_russian_layout(typed) == meant


@pytest.mark.parametrize("run", ["search", "quotes"])
def test_caps_lock_on_the_latin_layout_is_offered_in_the_capitals_meant(svc, run):
    # `FCCFV,KTZ` was offered «АССАМбЛЕЯ» (the keys beside the letters read as lowercase letters) and
    # `cTCCBZ` (Shift held for a capital with Caps Lock on) «сЕССИЯ»
    search = getattr(svc, run)
    for typed, offered in [("FCCFV,KTZ", "АССАМБЛЕЯ"), ("VJKJL`;M", "МОЛОДЁЖЬ"), ("YFPFH,FTD", "НАЗАРБАЕВ"),
                           ("cTCCBZ", "Сессия"), ("fCCFV,KTZ", "Ассамблея"), ("lHE;,S", "Дружбы")]:
        res = search(SearchRequest(typed))
        assert res.total == 0 and res.suggestion == offered, (typed, res.suggestion)
        assert search(SearchRequest(offered)).total > 0, offered
    # the hyphen the archive writes, the letters as typed
    with IndexWriter(svc.index_dir) as writer:
        writer.add(make_record("city", "Усть-Каменогорск", ["Форум прошел в Усть-Каменогорске."], when=date(2020, 1, 1)))
    svc.refresh()
    assert search(SearchRequest("Устькаменогорске")).suggestion == "Усть-Каменогорске"
    # typed with both capitals it is its words, as a CamelCase hashtag is (index.camel_case): found, nothing offered
    found = search(SearchRequest("УстьКаменогорске"))
    assert found.total == 1 and found.suggestion is None


@pytest.mark.parametrize("run", ["search", "quotes"])
def test_a_query_typed_in_the_latin_layout_is_offered_in_russian(svc, run):
    # `fccfv,ktz` found nothing and offered nothing, though the page itself says «проверьте раскладку»
    search = getattr(svc, run)
    for typed, offered, found in [
            ("fccfv,ktz", "ассамблея", ["forum", "session"]),
            ("Yfpfh,ftd", "Назарбаев", ["session"]),
            ("vjkjlt;m", "молодежь", ["forum", "session"]),
            ("vjkjltym", "молодежь", ["forum", "session"]),  # a letter off as well: the spelling is corrected too
            ("njrftd ajhev", "токаев форум", ["forum"]),
            ('"Ljvf lhe;,s"', '"Дома дружбы"', ["session"]),
            ("Yfpfh,ftd -njrftd", "Назарбаев -токаев", ["session"]),
            ("fccfv,ktz speaker:Токаев", "ассамблея speaker:Токаев", ["forum"]),  # the filter as typed
            ("Kazakhstan rjyathtywbz", "Kazakhstan конференция", ["open"])]:  # a Latin word the archive has stays
        res = search(SearchRequest(typed))
        assert (res.total == 0 or res.partial) and res.suggestion == offered, typed
        assert doc_ids(svc.search(SearchRequest(offered))) == found, offered
    # a Latin word found as typed is no slip of the layout
    assert search(SearchRequest("Kazakhstan")).suggestion is None
    assert search(SearchRequest("conference")).suggestion is None


@pytest.mark.parametrize("run", ["search", "quotes"])
def test_an_abbreviation_typed_in_lowercase_is_offered_in_capitals(svc, run):
    # «анк» found the one document writing «АНК», and «АНК» all three: no word said so
    search = getattr(svc, run)
    for typed, offered in [("анк", "АНК"), ("Анк", "АНК"), ("анк форум", "АНК форум"), ("форум анк?", "форум АНК?")]:
        assert search(SearchRequest(typed)).suggestion == offered, typed
    assert doc_ids(search(SearchRequest("анк"))) == ["mothers"]  # searched as typed meanwhile
    assert doc_ids(search(SearchRequest("АНК"))) == ["forum", "mothers", "session"]
    assert search(SearchRequest("АНК")).suggestion is None
    assert search(SearchRequest('"совет матерей анк"')).suggestion is None  # a phrase is as typed


def test_a_lowercase_abbreviation_is_offered_however_many_documents_write_it(tmp_path):
    # the documents writing «АНК» may be many, and those writing the full name many more
    with IndexWriter(tmp_path, create=True) as writer:
        for i in range(4):
            writer.add(make_record(f"a{i}", f"Совет матерей АНК {i}", ["Совет матерей АНК провел встречу."],
                                   when=date(2020, 1, i + 1)))
        for i in range(3):
            writer.add(make_record(f"f{i}", f"Сессия {i}", ["Прошла сессия Ассамблеи народа Казахстана."],
                                   when=date(2021, 1, i + 1)))
    svc = SearchService(tmp_path)
    try:
        res = svc.search(SearchRequest("анк"))
        assert res.total == 4 and res.suggestion == "АНК"
        assert svc.search(SearchRequest("АНК")).total == 7
    finally:
        svc.close()


@pytest.mark.parametrize("run", ["search", "quotes"])
def test_a_capital_ne_that_found_nothing_is_offered_as_a_word(svc, run):
    # `Как НЕ стать соучастником провокации`: «НЕ» for emphasis was read as NOT, and nothing was found
    search = getattr(svc, run)
    res = search(SearchRequest("Как НЕ стать соучастником провокации"))
    assert res.total == 0 and res.suggestion == "Как не стать соучастником провокации"
    assert doc_ids(search(SearchRequest(res.suggestion))) == ["fakes"]
    # an exclusion that found something is what was meant
    assert search(SearchRequest("Ассамблея НЕ форум")).suggestion is None
    # one before a field filter excludes its value, and stays
    assert search(SearchRequest("соучастником НЕ speaker:Токаев")).suggestion is None


@pytest.mark.parametrize("run", ["search", "quotes"])
def test_an_open_quote_that_found_nothing_is_offered_as_plain_words(svc, run):
    # `«Совет матерей встречу`: the phrase ran to the end of the query and found nothing, no word said why
    search = getattr(svc, run)
    res = search(SearchRequest("«Совет матерей встречу"))
    assert res.total == 0 and res.suggestion == "Совет матерей встречу"
    assert doc_ids(search(SearchRequest(res.suggestion))) == ["mothers"]
    # an open phrase that finds its title is what was meant
    assert search(SearchRequest("«Совет матерей АНК")).suggestion is None


@pytest.mark.parametrize("run", ["search", "quotes"])
def test_a_capital_ne_before_a_verb_that_excluded_records_is_offered_as_a_word(svc, run):
    # `Фейки НЕ пройдут`: a headline's emphatic НЕ excluded the verb and found another document,
    # with no word said; the reading with «не» as a word finds the one that writes it
    search = getattr(svc, run)
    res = search(SearchRequest("Казахстана НЕ приветствовал"))
    assert doc_ids(res) == ["session"] and res.suggestion == "Казахстана не приветствовал"
    assert doc_ids(search(SearchRequest(res.suggestion))) == ["forum"]
    # an exclusion of a thing stays what was meant
    assert search(SearchRequest("Казахстана НЕ форума")).suggestion is None


@pytest.mark.parametrize("run", ["search", "quotes"])
def test_a_layout_reading_keeps_punctuation_operators_and_capitals_as_typed(svc, run):
    # `Yfpfh,ftd.` was offered «Назарбаевю», `vjkjltym YT ajhev` «молодежь не форум» (the typed
    # operator a stop word), and `Ljv lhe;,s&` «Дом дружбы&» (Shift+7 is «?» on the Russian layout);
    # a «ю» the word needs stays one (`ctccb.`: «сессию»)
    search = getattr(svc, run)
    for typed, offered in [("Yfpfh,ftd.", "Назарбаев."), ("Yfpfh,ftd, ctccb.", "Назарбаев, сессию"),
                           ("vjkjltym YT ajhev", "молодежь НЕ форум"), ("Ljvf lhe;,s&", "Дома дружбы?"),
                           ("CJDTN VFNTHTQ YT FYR", "СОВЕТ МАТЕРЕЙ НЕ АНК")]:
        assert search(SearchRequest(typed)).suggestion == offered, typed
    assert doc_ids(search(SearchRequest("молодежь НЕ форум"))) == ["session"]
