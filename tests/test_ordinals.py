"""An ordinal written as a Roman numeral, in digits or in words names one session: each finds the
others, and the number added as another spelling finds only an ordinal use: never a date, a count
or a plural beside the event's word."""
from __future__ import annotations

import pytest

from conftest import hit_files, ingested_service
from index.ordinals import expand_ordinals
from index.search import SearchRequest

DOCUMENTS = {
    "roman.txt": "XV сессия Ассамблеи\n\nАстана, 26 октября 2009 года. В Астане состоялась XV сессия Ассамблеи.\n",
    "digits.txt": "Делегация области\n\nАстана, 29 октября 2009 года. Делегация работала на 15-й сессии Ассамблеи.\n",
    "words.txt": "Пятнадцатая сессия\n\nАстана, 28 октября 2009 года. Пятнадцатая сессия Ассамблеи одобрила Доктрину.\n",
    "next.txt": "XVI сессия Ассамблеи\n\nАстана, 19 октября 2010 года. В Астане прошла XVI сессия Ассамблеи.\n",
    "date.txt": "Сессия маслихата\n\nАстана, 2 ноября 2011 года. Очередная сессия маслихата прошла 15 ноября, "
                "на ней выступили 15 депутатов.\n",
    "after.txt": "Материалы сессии XV\n\nАстана, 30 октября 2009 года. Делегаты сессии XV Ассамблеи одобрили Доктрину.\n",
    "day.txt": "Заметка о заседании\n\nАстана, 15 ноября 2011 года. Сессия 15 ноября была посвящена итогам года.\n",
    "count.txt": "Сессия в цифрах\n\nАстана, 2 декабря 2013 года. На сессии выступили 15 человек.\n",
    "plural.txt": "Итоги года\n\nАстана, 3 декабря 2013 года. За 15 сессий Ассамблея приняла много решений.\n",
    "written_after.txt": "Итоги\n\nАстана, 24 апреля 2020 года. Сессия 28-я прошла в режиме видеосвязи.\n",
    "twentyfifth.txt": "Юбилейная сессия\n\nАстана, 27 апреля 2017 года. Двадцать пятая сессия Ассамблеи прошла в "
                       "Астане.\n",
}


@pytest.fixture(scope="module")
def sessions(tmp_path_factory):
    service = ingested_service(tmp_path_factory, DOCUMENTS)
    yield service
    service.close()


FIFTEENTH = ["after.txt", "digits.txt", "roman.txt", "words.txt"]


@pytest.mark.parametrize("query", ["XV сессия", "ХV сессии Ассамблеи", "15-й сессии", "сессия XV",
                                   "пятнадцатая сессия", "Пятнадцатой сессии"])
def test_each_spelling_of_an_ordinal_finds_the_others_and_no_date_count_or_plural(sessions, query):
    assert sorted(hit_files(sessions.search(SearchRequest(query)))) == FIFTEENTH


def test_a_bare_number_typed_stays_the_users_words_with_the_ordinal_uses_added(sessions):
    result = sessions.search(SearchRequest("15 сессия"))
    assert sorted(hit_files(result)) == sorted(FIFTEENTH + ["count.txt", "date.txt", "day.txt", "plural.txt"])
    assert result.expanded == {"15": "XV, пятнадцатый"}


def test_the_number_added_is_marked_only_where_it_is_the_ordinal(sessions):
    result = sessions.search(SearchRequest("XV сессия"))
    hits = dict(zip(hit_files(result), result.hits))
    assert "<mark>15-й сессии</mark>" in hits["digits.txt"].snippet_html


def test_the_other_spellings_are_said_and_a_compound_ordinal_is_read(sessions):
    result = sessions.search(SearchRequest("XXV сессия"))
    assert hit_files(result) == ["twentyfifth.txt"]
    assert result.expanded == {"XXV": "двадцать пятый, жиырма бесінші, 25"}


def test_an_ordinal_before_no_counted_event_is_left_as_typed():
    assert expand_ordinals("15 человек") == "15 человек"
    assert expand_ordinals("XV") == "XV"
    assert expand_ordinals("первый заместитель") == "первый заместитель"
    assert expand_ordinals('"XV сессия"') == '"XV сессия"'
    assert expand_ordinals("сессия Ассамблеи XV") == "сессия Ассамблеи XV"
    assert expand_ordinals("он бірінші сессиясы") == "он бірінші сессиясы"  # 11th: «он» is no index term


def test_a_number_after_the_events_word_is_the_ordinal_too(sessions):
    # `сессия 25` was «25» unmatched, while `25 сессия` and `сессия XXV` found «Двадцать пятая сессия»
    result = sessions.search(SearchRequest("сессия 25"))
    assert hit_files(result) == ["twentyfifth.txt"] and not result.partial
    assert result.expanded == {"25": "XXV, двадцать пятый, жиырма бесінші"}
    assert set(FIFTEENTH) <= set(hit_files(sessions.search(SearchRequest("сессии 15"))))
    assert expand_ordinals("сессия 15 ноября") == "сессия 15 ноября"  # a date, not the 15th session


@pytest.mark.parametrize("query", ["сессия 25-я", "сессии двадцать пятой", "Сессия двадцать пятая"])
def test_an_ordinal_with_its_ending_or_in_words_after_the_events_word_is_read(sessions, query):
    # `сессия 25-я` left «25-я» unmatched, `сессии двадцать пятой` «пятой», with no XXV found
    result = sessions.search(SearchRequest(query))
    assert hit_files(result) == ["twentyfifth.txt"] and not result.partial
    assert "XXV" in next(iter(result.expanded.values()))


def test_a_word_after_the_events_word_that_is_no_ordinal_is_left_as_typed():
    assert expand_ordinals("сессия прошла") == "сессия прошла"
    assert expand_ordinals("сессии пятнадцатого созыва") == ('сессии ("пятнадцатого созыва"~0 OR XV OR '
                                                                   '"15 созыва"~0) созыва')


@pytest.mark.parametrize("typed", ["итоги сессии XV", "Ассамблея сессия 25"])
def test_an_ordinal_after_the_events_word_is_read_after_other_words_too(typed):
    # the pair before it («итоги сессии») was taken as a word and its ordinal, and the ordinal never read
    assert "OR" in expand_ordinals(typed)


@pytest.mark.parametrize("query", ["сессия 28-я", "XXVIII сессия", "двадцать восьмая сессия", "28-й сессии"])
def test_an_ordinal_the_document_writes_after_the_events_word_is_found_by_every_spelling(sessions, query):
    assert hit_files(sessions.search(SearchRequest(query))) == ["written_after.txt"]


# Kazakh spellings, the Kazakh forms of the event's word, ordinal words bound to it, informal shapes
EVENTS = {
    "kk27.txt": "ҚХА-ның 27-ші сессиясы өтті\n\nНұр-Сұлтан, 2019 жылғы 24 сәуір. Бүгін Қазақстан халқы "
                "Ассамблеясының 27-ші сессиясы өтті.\n",
    "ru27.txt": "XXVII сессия\n\nНур-Султан, 24 апреля 2019 года. Глава государства выступил на XXVII сессии "
                "Ассамблеи народа Казахстана.\n",
    "kk33.txt": "ҚХА-ның 33-сессиясы\n\nАстана, 2024 жылғы 25 сәуір. Бүгін Астанада Ассамблеяның 33-сессиясы өтті.\n",
    "kk31.txt": "Ассамблея\n\nНұр-Сұлтан, 2022 жылғы 29 сәуір. Бүгін Ассамблеяның отыз бірінші сессиясы өтті.\n",
    "ru31.txt": "Итоги\n\nАстана, 4 мая 2022 года. Итоги 31-й сессии обсудили в регионах.\n",
    "steno31.txt": "Стенограмма\n\nАстана, 29 апреля 2022 года. Объявляю тридцать первую сессию открытой.\n",
    "first.txt": "Первая сессия\n\nАлматы, 24 марта 1995 года. Состоялась первая сессия Ассамблеи.\n",
    "president.txt": "XXVI сессия\n\nАстана, 28 апреля 2018 года. На XXVI сессии выступил Первый Президент.\n",
    "deputy.txt": "Совещание\n\nАстана, 10 декабря 2019 года. Первый заместитель провел совещание о подготовке "
                  "очередной сессии.\n",
    "xxii.txt": "Итоги\n\nАстана, 24 апреля 2015 года. Итоги двадцать второй сессии обсудили в регионах.\n",
    "vi_congress.txt": "VI Съезд\n\nАстана, 10 октября 2018 года. В Астане открылся шестой Съезд лидеров религий.\n",
    "vii_congress.txt": "VII съезі\n\nНұр-Сұлтан, 2022 жылғы 14 қыркүйек. Діндер көшбасшыларының VII съезі басталды. "
                        "Съезге 50 елден делегациялар қатысты.\n",
}


@pytest.fixture(scope="module")
def events(tmp_path_factory):
    service = ingested_service(tmp_path_factory, EVENTS)
    yield service
    service.close()


@pytest.mark.parametrize("query", ["XXVII сессия", "27-ші сессиясы", "двадцать седьмая сессия", "27-й сессии",
                                   "жиырма жетінші сессиясы"])
def test_a_kazakh_ordinal_and_a_russian_one_find_each_other(events, query):
    # «27-ші сессиясы» and «XXVII сессии» (two reports of one session) never found each other
    result = events.search(SearchRequest(query))
    assert sorted(hit_files(result)) == ["kk27.txt", "ru27.txt"] and not result.partial


@pytest.mark.parametrize("query", ["тридцать третья сессия", "XXXIII сессия", "33-сессиясы"])
def test_a_number_glued_to_the_kazakh_events_word_is_its_ordinal(events, query):
    assert hit_files(events.search(SearchRequest(query))) == ["kk33.txt"]


@pytest.mark.parametrize("query", ["31-ші сессия", "отыз бірінші сессиясы", "XXXI сессиясы", "тридцать первая сессия",
                                   "xxxi сессия", "31й сессии", "XXXI-я сессия", "31-інші сессиясы",
                                   "Xxxi сессия"])
def test_every_spelling_of_the_31st_session_finds_all_its_reports(events, query):
    result = events.search(SearchRequest(query))
    assert sorted(hit_files(result)) == ["kk31.txt", "ru31.txt", "steno31.txt"] and not result.partial


@pytest.mark.parametrize("query", ["первая сессия", "I сессия"])
def test_an_ordinal_word_matches_only_beside_the_events_word_and_never_ends_a_compound(events, query):
    # «Первый Президент … сессии», «Первый заместитель … сессии», «тридцать первую сессию» came too
    assert hit_files(events.search(SearchRequest(query))) == ["first.txt"]


@pytest.mark.parametrize("query", ["VII съезд", "седьмой съезд", "7-й съезд"])
def test_the_kazakh_forms_of_a_loanword_in_zd_are_its_forms(events, query):
    # «съезі», «Съезге» drop the д: `VII съезд` ranked the VI Congress first, `седьмой съезд` missed the VII
    result = events.search(SearchRequest(query))
    assert hit_files(result) == ["vii_congress.txt"] and not result.partial
    assert sorted(hit_files(events.search(SearchRequest("съезд")))) == ["vi_congress.txt", "vii_congress.txt"]


@pytest.mark.parametrize("query", ["алтыншы съезі", "VI съезі", "шестой съезі", "алтыншы съезінде"])
def test_a_congress_named_the_kazakh_way_finds_the_russian_report(events, query):
    # `алтыншы съезі` searched «съезі» alone: the VII Congress («VII съезі») came first, the VI («VI Съезд»)
    # not at all, as a typed possessive kept its own term and «Съезд» has another
    result = events.search(SearchRequest(query))
    assert hit_files(result) == ["vi_congress.txt"] and not result.partial


@pytest.mark.parametrize("query", ["съезі", "съезінде", "съезіне"])
def test_a_kazakh_form_of_a_loanword_in_zd_finds_its_russian_nominative(events, query):
    assert sorted(hit_files(events.search(SearchRequest(query)))) == ["vi_congress.txt", "vii_congress.txt"]


@pytest.mark.parametrize("query", ["вторая сессия", "II сессия", "сессия вторая"])
def test_the_partial_results_keep_an_ordinal_beside_its_events_word(events, query):
    # with no II session, «двадцать второй сессии» came first, said to have every word
    result = events.search(SearchRequest(query))
    assert result.partial and "xxii.txt" in hit_files(result)
    assert all(hit.missing for hit in result.hits)


@pytest.mark.parametrize("query", ["XXVIII сессия", "xxviii сессия", "VIII съезд", "Xxviii сессия", "отыз бірінші сессия",
                                   "отыз жылдығы"])
def test_a_roman_numeral_is_never_corrected_to_its_neighbour(events, query):
    # «Возможно, вы имели в виду: XXVII сессия», «VII съезд»: following it switched to another event
    assert events.search(SearchRequest(query)).suggestion is None


def test_a_misspelt_word_beside_a_roman_numeral_is_still_corrected(events):
    assert events.search(SearchRequest("XXVII сесия")).suggestion == "XXVII сессия"


def test_a_kazakh_number_word_is_never_corrected_to_a_word_one_letter_away(tmp_path):
    # `отыз жылдығы` found its two documents and was offered «отыр жылдығы» (отыр: sits), `отыз
    # бірінші сессия` «отыр бірінші сессия»: a number is no typo of a verb
    from conftest import make_record
    from index.search import SearchService
    from index.store import IndexWriter
    with IndexWriter(tmp_path, create=True) as writer:
        writer.add(make_record("a", "Ассамблеяның мерейтойы", ["Ассамблеяның 30 жылдығы тойланды."]))
        writer.add(make_record("b", "Жиналыс", ["Төраға орнында отыр. Мектептің жылдығы туралы айтылды."]))
        writer.add(make_record("c", "Кеш", ["Қонақтар үстел басында отыр, театрдың жылдығы."]))
    svc = SearchService(tmp_path)
    try:
        for typed in ("отыз жылдығы", "отыз"):
            assert svc.search(SearchRequest(typed)).suggestion is None, typed
    finally:
        svc.close()
