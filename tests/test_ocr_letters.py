"""OCR output read as the words it stands for: Latin look-alikes in people's names, a Latin ë for ё,
digits for letters inside Cyrillic words, and a word split by «- » inside a line (ingest.parsers.
ocr_letters, ingest.parsers.normalize, ingest.extract)."""
import pytest
from conftest import hit_files, ingested_service

from index.citation import hit_citation, quote_fields
from index.search import SearchRequest
from ingest.parsers.normalize import clean_text, split_paragraphs
from ingest.parsers.ocr_letters import fix_ocr_letters

# «Пpезидент Pеспублики ... Hазарбаев» with a Latin p, P, H; «Haзapбaeв» with a Latin a, p, e
LOOKALIKE_NAMES = {
    "p01.txt": "Сессия малой ассамблеи\n\nг. Павлодар, 12 мая 1996 г.\n\n"
               "Заседание открыл Пpезидент Pеспублики Казахстан Н.А. Hазарбаев. Обсуждались вопросы согласия.\n",
    "p02.txt": "Итоги форума\n\n12 мая 1996 г.\n\n«Согласие — наше главное богатство», — подчеркнул Н.А. Haзapбaeв.\n\n"
               "Участники одобрили план мероприятий.\n",
    "p03.txt": "Итоги сессии\n\n13 мая 1996 г.\n\n«Единство — наша сила», — подчеркнул Н.А. Назарбаев.\n\n"
               "Участники одобрили план.\n",
}


def test_a_name_with_latin_look_alike_letters_is_one_person_and_speaker(tmp_path_factory):
    service = ingested_service(tmp_path_factory, LOOKALIKE_NAMES)
    try:
        res = service.search(SearchRequest("", per_page=10))
        assert {f.value: f.count for f in res.facets["persons"]} == {"Н.А. Назарбаев": 3}  # no «П. Pеспублики»
        assert {f.value: f.count for f in res.facets["speakers"]} == {"Н.А. Назарбаев": 2}
        assert sorted(hit_files(service.search(SearchRequest("person:Назарбаев")))) == ["p01.txt", "p02.txt", "p03.txt"]
        assert sorted(hit_files(service.search(SearchRequest("speaker:Назарбаев")))) == ["p02.txt", "p03.txt"]
        # the quote is credited to him, and cited as the file writes it
        quote = service.quotes(SearchRequest("speaker:Назарбаев богатство")).hits[0]
        assert "Haзapбaeв" in quote.text and quote.speakers == ["Н.А. Назарбаев"]
        # his words, the attribution naming him in look-alikes left out, as for the clean name
        # (it was «Пересказ: «…», — подчеркнул Н.А. Haзapбaeв. (…)», speech reported)
        assert hit_citation(quote).startswith("«Согласие — наше главное богатство» — Н.А. Назарбаев; ")
        assert quote_fields(quote, "", "")["speech"] == "direct"
    finally:
        service.close()


def test_a_latin_e_with_diaeresis_in_a_cyrillic_word_is_yo():
    assert clean_text("Объединëнный совет. Партнëры поддержали всë.") == "Объединённый совет. Партнёры поддержали всё."
    assert clean_text("ОБЪЕДИНËННЫЙ") == "ОБЪЕДИНЁННЫЙ"
    assert clean_text("Citroën, Noël, Zoë") == "Citroën, Noël, Zoë"  # Latin words keep it


def test_a_word_with_a_latin_e_with_diaeresis_is_found(tmp_path_factory):
    service = ingested_service(tmp_path_factory, {
        "y01.txt": "Объединëнный совет\n\n12 мая 1996 г.\n\nСовет принял объединëнное решение. Партнëры поддержали всë.\n",
        "y02.txt": "Объединённый совет\n\n13 мая 1996 г.\n\nСовет принял объединённое решение. Партнёры поддержали всё.\n",
    })
    try:
        for query in ("объединенный", "партнер", "объединённый", "Объединëнный"):
            assert sorted(hit_files(service.search(SearchRequest(query)))) == ["y01.txt", "y02.txt"], query
    finally:
        service.close()


@pytest.mark.parametrize("ocr, read", [
    ("Ka3axcтaн", "Kaзaxcтaн"),  # Latin look-alikes stay for the analyzer; the digit is the letter
    ("c0глacиe", "cоглacиe"),
    ("Pecпy6лики", "Pecпyблики"),
    ("Ha3apбaeв", "Haзapбaeв"),
    ("С0ВЕТ", "СОВЕТ"),
    ("3аседание", "заседание"),  # a digit opening a word the dictionary knows only with its letter
    ("в4ера", "вчера"),
    ("6и6лиотека", "библиотека"),
    ("единств0", "единство"),  # a digit ending a word the dictionary knows with its letter
])
def test_a_digit_between_the_letters_of_a_cyrillic_word_is_the_letter_it_looks_like(ocr, read):
    assert fix_ocr_letters(f"Текст: {ocr}.") == f"Текст: {read}."


@pytest.mark.parametrize("text", [
    "Закон № 70-IV от 3 мая", "Ф-3", "COVID-19", "3а класс", "3млн тенге", "6км", "в 2030году", "Су30СМ", "АН3Б", "Страница000маркер",
    "5б", "Н2О", "м3", "3года", "6лет", "дом0", "3-й съезд", "ст.3 п.4", "XX0", "ТУ-134А",
    # sizes and formulas typed in Cyrillic: a digit no rule reads as a letter makes the others numbers too
    "баннер 3х6м", "стенд 2х3м", "сцена 6х4м", "фото 3х4см", "баннер 3x6м", "С6Н12О6", "С4Н10", "Н3РО4",
])
def test_digits_of_numbers_dates_and_codes_stay(text):
    assert fix_ocr_letters(text) == text


@pytest.mark.parametrize("line, joined", [
    ("Сессия Ассам- блеи народа", "Сессия Ассамблеи народа"),
    ("Прези- дент Казах- стана", "Президент Казахстана"),
    ("Accaм- блeи", "Accaмблeи"),  # Latin look-alikes kept, the word joined
    # a hanging hyphen, a dash, a number, a compound: kept
    ("северо- и юго-западный", "северо- и юго-западный"),
    ("двух- или трехэтажный", "двух- или трехэтажный"),
    ("Алматы- столица", "Алматы- столица"),
    ("Стратегия Казахстан- 2050", "Стратегия Казахстан- 2050"),
    ("кое- что", "кое- что"),
    ("задача- мир", "задача- мир"),
])
def test_a_word_split_by_a_hyphen_and_a_space_inside_a_line_is_joined(line, joined):
    assert clean_text(line) == joined


def test_sizes_and_formulas_with_cyrillic_letters_are_found_as_typed(tmp_path_factory):
    # «баннер 3х6м» was stored as «3хбм», «С6Н12О6» as «СБН12О6»: neither was found as typed
    service = ingested_service(tmp_path_factory, {
        "s1.txt": "Смета\n\n12 апреля 2019 г.\n\nЗакуплены баннер 3х6м и стенд 2х3м, сцена 6х4м. Глюкоза С6Н12О6, "
                  "кислота Н3РО4.\n",
    })
    try:
        for query in ("3х6м", "2х3м", "6х4м", "С6Н12О6", "Н3РО4"):
            assert hit_files(service.search(SearchRequest(query))) == ["s1.txt"], query
    finally:
        service.close()


def test_words_of_ocr_text_are_found_and_read_whole(tmp_path_factory):
    service = ingested_service(tmp_path_factory, {
        "o1.txt": "Сессия\n\n12 мая 1996 г.\n\nРабота Ассам- блеи в регионах Ka3axcтaнa ведется по плану "
                  "укрепления c0глacия.\n",
    })
    try:
        for query in ("Ассамблея", "Казахстан", "согласие"):
            assert hit_files(service.search(SearchRequest(query))) == ["o1.txt"], query
        quote = service.quotes(SearchRequest("Ассамблея")).hits[0]
        assert "Ассамблеи в регионах Kaзaxcтaнa" in quote.text
    finally:
        service.close()


# --- FineReader and Tesseract exports (session 27) --------------------------------------------------

_FINE_READER_PAGE = """<HTML><HEAD>
<META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=windows-1251">
<META NAME="GENERATOR" CONTENT="ABBYY FineReader 8.0">
<TITLE>scan0047</TITLE></HEAD><BODY>
<P ALIGN="RIGHT"><SPAN>АРХИВ АНК Ф. 2 Оп. 1 Д. 112 ,' .</SPAN></P>
<P ALIGN="CENTER"><B>РЕШЕНИЕ</B></P>
<P ALIGN="CENTER"><B>Совета Ассамблеи народов Казахстана</B></P>
<P>г. Алматы 19 февраля 2001 г.</P>
<P>Заслушав информацию о подготовке к VII сес&shy;<BR>
сии, Совет отмечает, что в регионах проведена большая рабо&shy;<BR>
та по укреплению межэтни-<BR>
ческого согласия.</P>
<P>2. Поручить акимам обеспечить участие делегатов в рабо&shy;<BR>
те сессии.</P>
</BODY></HTML>
"""


def test_a_fine_reader_page_joins_words_split_by_a_soft_hyphen_and_is_titled_by_its_heading(tmp_path_factory):
    # «рабо&shy;<BR>та» was stored as «рабо та»: the word and the phrase were not found; the title was
    # the scan's file name FineReader puts in <TITLE>, or the archive's shelfmark over the heading
    service = ingested_service(tmp_path_factory, {"r.htm": _FINE_READER_PAGE.encode("cp1251")})
    try:
        for query in ('"работа по укреплению"', "работе", '"подготовке к VII сессии"', "межэтнического"):
            assert hit_files(service.search(SearchRequest(query))) == ["r.htm"], query
        hit = service.search(SearchRequest("работе")).hits[0]
        assert hit.title == "Решение Совета Ассамблеи народов Казахстана"
    finally:
        service.close()


def test_a_scanners_file_name_is_no_title():
    from ingest.parsers.placeholder_titles import is_placeholder_title

    for name in ("scan0047", "Scan_2001_02_19", "IMG_0012", "DSC00123", "Скан 12", "Изображение 003"):
        assert is_placeholder_title(name), name
    for title in ("Сканирование документов в архиве", "Image of Kazakhstan", "Page 1 of the report"):
        assert not is_placeholder_title(title), title


_FINE_READER_PROTOCOL = (
    "ПРОТОКОЛ № 3\nзаседания Малой Ассамблеи Карагандинской области\n\n"
    "г. Караганда                                 14 марта 1997 г.\n\n"
    "ПОВЕСТКА ДНЯ:\n"
    "1. О ходе выполнения решений III сессии Ассамблеи народов Казахстана по укреплению меж-\n"
    " этнического согласия в области.\n"
    "2. Об участии национально-культурных центров в подготовке к Году общественного согласия и\n"
    "национального единства.\n\n"
    "СЛУШАЛИ:\n"
    "Мусина Ж.К. - Он отметил, что за истекший период национально-культурные центры области\n"
    "провели более 40 мероприятий, направленных на укрепление межэтнического согласия. Работа\n"
    "Малой Ассамб леи получила поддержку акимата.\n\n"
    "ПОСТАНОВИЛИ:\n"
    "1. Информацию Мусина Ж.К. принять к сведению.\n"
    "2. Рекомендовать отделу внутренней политики изучить вопрос о помещениях для вос-\n"
    " кресных школ до 1 мая 1997 г.\n"
)

_SHORT_TRANSCRIPT = (
    "VI сессия Ассамблеи народов Казахстана\n"
    "г. Астана                                       23 ноября 1999 г.\n\n"
    "Председательствующий Н.А.Назарбаев:\n"
    "- Уважаемые члены Ассамблеи! Сегодня мы подводим итоги года, кото-\n"
    "рый был объявлен Годом единства и преемственности поколений. Мы долж-\n"
    "ны сохранить межэтническое согласие как главное достояние нашей\n"
    "независимой Республики.\n"
    "Слово предоставляется председателю Славянского центра Ю.Н. Фроло-\n"
    "ву.\n"
    "Фролов Ю.Н.:\n"
    "- Наш центр провел в этом году 38 мероприятий. Мы считаем, что необ-\n"
    "ходимо расширить сеть воскресных школ и создать при Ассамб лее фонд\n"
    "поддержки национальных газет.\n"
)


def test_a_word_split_before_an_indented_line_or_in_a_short_transcript_is_joined(tmp_path_factory):
    # FineReader indents the line a split word goes on to: «меж-» / « этнического» was cut in two
    # paragraphs; a short transcript's lines were each a paragraph, «необ-» / «ходимо» kept apart, and
    # «Ю.Н. Фроло-» / «ву.» made a person «Ю.Н. Фроло»
    service = ingested_service(tmp_path_factory, {"protokol.txt": _FINE_READER_PROTOCOL, "steno.txt": _SHORT_TRANSCRIPT})
    try:
        for query, found in (('"межэтнического согласия в области"', ["protokol.txt"]),
                             ('"помещениях для воскресных школ"', ["protokol.txt"]),
                             ("необходимо", ["steno.txt"]), ('"который был объявлен"', ["steno.txt"])):
            assert hit_files(service.search(SearchRequest(query))) == found, query
        persons = {f.value for f in service.search(SearchRequest("", per_page=10)).facets["persons"]}
        assert "Ю.Н. Фролов" in persons and "Ю.Н. Фроло" not in persons
        speakers = {f.value for f in service.search(SearchRequest("", per_page=10)).facets["speakers"]}
        assert {"Н.А. Назарбаев", "Ю.Н. Фролов"} <= speakers
    finally:
        service.close()


def test_a_word_ocr_split_by_a_space_is_joined_where_the_document_writes_it_whole(tmp_path_factory):
    # «Ассамб леи» and «Ассамб лее» were two words: «Ассамблее» and the phrase with it were not found
    service = ingested_service(tmp_path_factory, {"protokol.txt": _FINE_READER_PROTOCOL, "steno.txt": _SHORT_TRANSCRIPT})
    try:
        assert hit_files(service.search(SearchRequest('"создать при Ассамблее фонд"'))) == ["steno.txt"]
        assert hit_files(service.search(SearchRequest('"Малой Ассамблеи получила"'))) == ["protokol.txt"]
    finally:
        service.close()


@pytest.mark.parametrize("text", [
    # the first piece a word, or the second a word the document never writes joined to it
    "Работа в Шымкент на этой неделе", "Поэт Абай та самая книга", "по плану работы",
    "Мари на площади", "в Кок тал", "Дом дружбы Жаксы бек", "Ассамб лея",
])
def test_words_apart_stay_apart(text):
    assert split_paragraphs(text) == [text]


@pytest.mark.parametrize("ocr, read", [
    ("Казахсmан", "Казахстан"), ("рабоmе", "работе"), ("нацuональных", "национальных"),
    ("согласuя", "согласия"), ("Участникu", "Участники"), ("реruона", "региона"),
    ("рассмоmрены", "рассмотрены"), ("nреподавания", "преподавания"),
    ("cmyдeнты", "cтyдeнты"),  # the straight look-alikes stay for the analyzer
])
def test_italic_letters_read_as_latin_m_u_n_r_are_the_cyrillic_ones(ocr, read):
    assert fix_ocr_letters(f"Текст: {ocr}.") == f"Текст: {read}."


@pytest.mark.parametrize("text", [
    "Kazakhstan run program", "iPhone и Windows", "сеть Kaspi.kz", "Шымкенm",  # a name the dictionary does not know
    "mini-футбол", "Tengri News", "стандарт ISO 9001",
])
def test_words_with_latin_m_u_n_r_that_no_dictionary_word_reads_stay(text):
    assert fix_ocr_letters(text) == text


def test_italic_ocr_words_are_found(tmp_path_factory):
    service = ingested_service(tmp_path_factory, {
        "i.txt": "Круглый стол\n\nг. Шымкент, 5 апреля 2004 г.\n\nПредставители нацuональных центров "
                 "реruона обсудили вопросы nреподавания родных языков. Были рассмоmрены предложения.\n",
    })
    try:
        for query in ("преподавания", "национальных", "региона", "рассмотрены"):
            assert hit_files(service.search(SearchRequest(query))) == ["i.txt"], query
    finally:
        service.close()


def test_initials_in_latin_look_alikes_are_read_as_cyrillic(tmp_path_factory):
    # «C.T. Бaйжaнoв» (all Latin initials) was a second facet value beside «С.Т. Байжанов»
    service = ingested_service(tmp_path_factory, {
        "poor.txt": "Инфopмaция o ceминape\n\nг. Пaвлoдap, 21 oктябpя 2003 г.\n\nC дoклaдoм выcтупил cекpeтapь "
                    "Maлoй Accaмблeи oблacти C.T. Бaйжaнoв. Oн oтмeтил, чтo зa гoд пpoвeдeнo 56 мepoпpиятий.\n",
        "clean.txt": "Информация\n\nг. Павлодар, 12 ноября 2003 г.\n\nСекретарь Малой Ассамблеи области "
                     "С.Т. Байжанов сообщил, что в области открыт новый Дом дружбы.\n",
        "after.txt": "Справка\n\nг. Павлодар, 14 ноября 2003 г.\n\nВыступили Бaйжaнoв C.T. и Мусин Ж.К.\n",
    })
    try:
        res = service.search(SearchRequest("", per_page=10))
        assert {f.value: f.count for f in res.facets["speakers"]} == {"С.Т. Байжанов": 3, "Ж.К. Мусин": 1}
        assert {f.value: f.count for f in res.facets["persons"]}["С.Т. Байжанов"] == 3
        assert sorted(hit_files(service.search(SearchRequest("", filters={"speakers": ["С.Т. Байжанов"]})))) == [
            "after.txt", "clean.txt", "poor.txt"]
    finally:
        service.close()


@pytest.mark.parametrize("text, read", [
    ("выступил C.T. Байжанов.", "выступил С.Т. Байжанов."),
    ("Байжанов C. T., секретарь", "Байжанов С. Т., секретарь"),
    ("P.S. Спасибо", "P.S. Спасибо"),  # a postscript
    ("M. Smith and J. Brown", "M. Smith and J. Brown"),  # a Latin name
])
def test_latin_initials_beside_a_cyrillic_surname(text, read):
    from ingest.extract.latin_initials import cyrillic_initials

    assert cyrillic_initials(text) == read


def test_a_speakers_label_alone_on_its_line_opens_a_turn_under_a_scans_noisy_header():
    # the page's header with its gap and OCR specks was as wide as prose and ended no sentence: the label
    # under it was glued to it, and the transcript lost its speakers
    text = _SHORT_TRANSCRIPT.replace("Фролов Ю.Н.:\n", "СТЕНОГРАММА                          ,' -\nФролов Ю.Н.:\n")
    paragraphs = split_paragraphs(text)
    assert "СТЕНОГРАММА ,' -" in paragraphs
    assert any(p.startswith("Фролов Ю.Н.:") for p in paragraphs)
