"""Words of the Assembly's community papers (Ukrainian, Belarusian, Uzbek, Polish, German, Tatar,
Azerbaijani) as their readers type them: an apostrophe in any of its forms keeps a word whole and
finds the other forms, and the letters a plain keyboard lacks are typed as their plain twins. A real
index, built by ingest from text files."""
from __future__ import annotations

import re

import pytest
from conftest import hit_files, ingested_service

from index.search import SearchRequest

DOCUMENTS = {
    "apos_ascii.txt": "Свято родини\n\nДень сім'я відзначає разом.\n",
    "apos_right.txt": "Свято родини\n\nКожна сім’я отримала подарунок.\n",
    "apos_modifier.txt": "Свято родини\n\nНаша сімʼя обʼєднує три покоління.\n",
    "seven_years.txt": "Ювілей\n\nЗа сім років товариство об'єднує сотні людей.\n",
    "uz_modifier.txt": "Oʻzbek madaniyati markazi\n\nMarkaz raisi Gʻayrat Toʻxtayev festivalni koʻrdi.\n",
    "uz_ascii.txt": "O'zbek milliy markazi\n\nShoir G'afur G'ulom kechasida mehmonlar o'zbek kuylarini ko'rdi.\n",
    "polish.txt": "Związek Polaków\n\nPaweł Łukasiewicz otworzył Święto Niepodległości przy ulicy Żeromskiego.\n",
    "german.txt": "Leserbrief\n\nHerzliche Grüße aus der Straße der Freundschaft, schreibt Frau Müller zum "
                  "dreißigjährigen Jubiläum.\n",
    "ukrainian.txt": "Український центр\n\nЇхня громада зібралась на ґанку, де виступив Іван Їжакевич.\n",
    "belarusian.txt": "Беларускае таварыства\n\nСпявачка Алена Жукоўская ўзяла ўдзел у свяце.\n",
    "belarusian_head.txt": "Сустрэча\n\nСтаршыня Уладзімір Кавалёў адкрыў вечар.\n",
    "tatar.txt": "Татар мәдәнияте\n\nТукай җырын бөтен зал җырлады.\n",
    "azeri.txt": "Azərbaycan mədəniyyət mərkəzi\n\nSədr Elçin Quliyev uşaqlar üçün konsert təşkil etdi.\n",
    "english.txt": "Forum\n\nIt's a forum of associations: we'll meet again, said the guests.\n",
    "well.txt": "Report\n\nThe forum went well, and all delegates agreed.\n",
    "russian_quotes.txt": "Заметка\n\nСлово 'дружба' звучало на празднике чаще других.\n",
    "irish.txt": "Встреча с дипломатом\n\nИрландский дипломат Шон О'Брайен отметил, что диаспоры сохраняют язык.\n",
    "artagnan.txt": "Спектакль\n\nРоль Д'Артаньяна сыграл студент колледжа.\n",
}


@pytest.fixture(scope="module")
def service(tmp_path_factory):
    served = ingested_service(tmp_path_factory, DOCUMENTS)
    yield served
    served.close()


def _marks(result) -> set[str]:
    return {m for hit in result.hits for m in re.findall(r"<mark>(.*?)</mark>", hit.snippet_html)}


@pytest.mark.parametrize("query", ["сім'я", "сім’я", "сімʼя", "сім‘я", '"сім\'я"', "Сім'я"])
def test_a_word_with_an_apostrophe_is_one_word_whatever_the_apostrophe(service, query):
    result = service.search(SearchRequest(query))
    # «сім років» (seven years) is not the word: «я» is no word of its own to drop
    assert sorted(hit_files(result)) == ["apos_ascii.txt", "apos_modifier.txt", "apos_right.txt"], query
    assert _marks(result) == {"сім&#x27;я", "сім’я", "сімʼя"}  # the whole word, never «сім»


@pytest.mark.parametrize("query, expected", [
    ("об'єднує", {"apos_modifier.txt", "seven_years.txt"}),
    ("To'xtayev", {"uz_modifier.txt"}),  # typed on a plain keyboard, printed with ʻ
    ("Gʻafur", {"uz_ascii.txt"}),  # the other way round
    ("ko'rdi", {"uz_modifier.txt", "uz_ascii.txt"}),
    ("O`zbek", {"uz_modifier.txt", "uz_ascii.txt"}),
])
def test_the_apostrophes_of_ukrainian_and_uzbek_words_find_each_other(service, query, expected):
    result = service.search(SearchRequest(query))
    assert set(hit_files(result)) == expected, query
    assert not {"o", "zbek", "ko", "rdi", "to"} & {m.lower() for m in _marks(result)}


@pytest.mark.parametrize("query", ["person:\"О'Брайен\"", "person:О’Брайен", "speaker:\"Шон ОʼБрайен\""])
def test_a_person_filter_names_a_person_whatever_apostrophe_either_side_writes(service, query):
    # the query's apostrophe is the index's ʼ by the time the filter is read; the value keeps its '
    assert hit_files(service.search(SearchRequest(query))) == ["irish.txt"], query


@pytest.mark.parametrize("query, expected, mark", [
    ("Д'Артаньян", "artagnan.txt", "Д&#x27;Артаньяна"),
    ("Д’Артаньяном", "artagnan.txt", "Д&#x27;Артаньяна"),
    ("О'Брайена", "irish.txt", "О&#x27;Брайен"),
    ("ОʼБрайену", "irish.txt", "О&#x27;Брайен"),
])
def test_a_russian_case_of_a_name_with_an_apostrophe_finds_its_other_cases(service, query, expected, mark):
    # before: a name joined by an apostrophe was found only in the form typed
    result = service.search(SearchRequest(query))
    assert hit_files(result) == [expected], query
    assert _marks(result) == {mark}


@pytest.mark.parametrize("typed, offered", [
    ("Toxtayev", "Toʻxtayev"),  # the index's ʼ is no document's: this one writes ʻ
    ("Gafur", "G'afur"),  # a name that reads as Latin (Gafur) was offered nothing
    ("сімя", None),  # a Ukrainian word, whose і is a Kazakh letter too, was offered nothing
])
def test_a_word_typed_without_its_apostrophe_is_offered_with_it_as_a_document_writes_it(service, typed, offered):
    result = service.search(SearchRequest(typed))
    assert result.total == 0 and result.suggestion
    if offered:
        assert result.suggestion == offered
    assert result.suggestion in "".join(DOCUMENTS.values())
    assert service.search(SearchRequest(result.suggestion)).total


@pytest.mark.parametrize("typed, offered", [
    ("ихня", "їхня"),  # the index's «іхня»: Ukrainian has no such word (the text, «Їхня»)
    ("Ижакевич", "Їжакевич"),  # not «Іжакевич»
    ("Кавалев", "Кавалёў"),  # not «Кавалеу», neither Belarusian nor Russian
    # a case form no document writes, in the letters of the one it writes («О'Брайен»): was «Оʼбрайена»
    ("Обрайена", "О'Брайена"),
    ("обрайену", "о'брайену"),
    ("Дартаньян", "Д'Артаньян"),  # was offered nothing
])
def test_a_suggestion_offers_the_letters_a_document_writes(service, typed, offered):
    result = service.search(SearchRequest(typed))
    assert result.total == 0 and result.suggestion == offered
    assert service.search(SearchRequest(offered)).total


def test_no_fragment_of_a_word_split_at_its_apostrophe_is_offered(service):
    # `uzbek` was offered «zbek», the half of «o'zbek» the index once held
    assert "zbek" not in (service.search(SearchRequest("uzbek")).suggestion or "").split()


def test_english_contractions_and_quotes_in_single_quotes_keep_their_words(service):
    assert hit_files(service.search(SearchRequest("well"))) == ["well.txt"]  # not «we'll»
    assert hit_files(service.search(SearchRequest("we'll"))) == ["english.txt"]
    assert hit_files(service.search(SearchRequest("forum's"))) and \
        set(hit_files(service.search(SearchRequest("forum's")))) == {"english.txt", "well.txt"}
    assert hit_files(service.search(SearchRequest("дружба"))) == ["russian_quotes.txt"]
    assert hit_files(service.search(SearchRequest("'дружба'"))) == ["russian_quotes.txt"]


@pytest.mark.parametrize("typed, file, written", [
    ("Lukasiewicz", "polish.txt", "Łukasiewicz"),
    ("Pawel", "polish.txt", "Paweł"),
    ("Swieto", "polish.txt", "Święto"),
    ("Zeromskiego", "polish.txt", "Żeromskiego"),
    ("Niepodleglosci", "polish.txt", "Niepodległości"),
    ("Strasse", "german.txt", "Straße"),
    ("Grusse", "german.txt", "Grüße"),
    ("Gruesse", "german.txt", "Grüße"),  # ä ö ü spelled ae oe ue
    ("Mueller", "german.txt", "Müller"),
    ("Muller", "german.txt", "Müller"),
    ("dreissigjaehrigen", "german.txt", "dreißigjährigen"),
    ("Iхня", "ukrainian.txt", "Їхня"),  # a Latin I for Ї
    ("ïхня", "ukrainian.txt", "Їхня"),
    ("Iжакевич", "ukrainian.txt", "Їжакевич"),
    ("ганку", "ukrainian.txt", "ґанку"),
    ("Жукоуская", "belarusian.txt", "Жукоўская"),
    ("жырын", "tatar.txt", "җырын"),
    ("Elcin", "azeri.txt", "Elçin"),  # Azerbaijani ç typed c, not the Kazakh ch
    ("Usaqlar", "azeri.txt", "uşaqlar"),
])
def test_a_letter_typed_as_its_plain_keyboard_twin_finds_the_word(service, typed, file, written):
    result = service.search(SearchRequest(typed))
    assert hit_files(result) == [file], typed
    assert written in _marks(result)


def test_the_letters_themselves_still_find_their_words(service):
    for query, file in [("Łukasiewicz", "polish.txt"), ("Straße", "german.txt"), ("Їжакевич", "ukrainian.txt"),
                        ("ґанку", "ukrainian.txt"), ("Жукоўская", "belarusian.txt"), ("җырын", "tatar.txt"),
                        ("Elçin", "azeri.txt"), ('"Grüße aus der Straße"', "german.txt")]:
        assert hit_files(service.search(SearchRequest(query))) == [file], query
