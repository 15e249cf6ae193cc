"""Stenograms (verbatim records of sessions and Council meetings) as a secretariat quotes them:
whose words each quote is, who spoke, on which page. Real files ingested by the command, searched
through the web API."""
from __future__ import annotations

import pytest

from index.name_folding import fuller_names
from quote_api import client_of_texts, document, one_quote

RU_HEAD = ("СТЕНОГРАММА\n\nXXV сессии Ассамблеи народа Казахстана\n\nг. Астана, 27 апреля 2017 года\n\n"
           "Под председательством Президента Республики Казахстан Н.А. Назарбаева\n\n")
KK_HEAD = ("СТЕНОГРАММА\n\nҚазақстан халқы Ассамблеясы Кеңесінің 12-отырысы\n\nАстана қ., 2016 жылғы 15 наурыз\n\n"
           "Отырысқа Қазақстан Республикасының Президенті Н.Ә. Назарбаев төрағалық етті.\n\n")

RECORDS = {
    # a capitals label before Kazakh words, and its translation after it
    "ru_kazakh_turn.txt": RU_HEAD + (
        "ПРЕДСЕДАТЕЛЬСТВУЮЩИЙ. Уважаемые члены Ассамблеи! Открываем заседание, в зале 1111 человек. "
        "Слово предоставляется Дементьевой Н.И.\n\n"
        "ДЕМЕНТЬЕВА Н.И. (на казахском языке) Құрметті Төраға! Өткен жылы біз 9390 іс-шара өткіздік.\n\n"
        "(Перевод с казахского) Уважаемый Председатель! В прошлом году мы провели 5392 мероприятий.\n\n"
        "ПРЕДСЕДАТЕЛЬСТВУЮЩИЙ. Спасибо. Слово предоставляется Ли Ю.А., регламент 3333 секунд.\n\n"
        "ЛИ Ю.А. Уважаемые коллеги! Мы провели 4499 мероприятий.\n"),
    "kk_capitals_labels.txt": KK_HEAD + (
        "Төраға: Құрметті әріптестер! Отырысты ашық деп жариялаймын. Бүгін 7117 мәселе бар.\n\n"
        "КИМ Р.А. Құрметті Ассамблея мүшелері! Өткен жылы біз 5872 іс-шара өткіздік.\n\n"
        "Төраға: Рахмет. Регламент 3333 секунд.\n\n"
        "ЛИ Ю.А. Құрметті Төраға! Өткен жылы біз 5551 іс-шара өткіздік.\n\n"
        "Төраға: Рахмет.\n\n"
        "ЖУМАБЕКОВ Б.Т. Уважаемый Председатель! Мы провели 8910 мероприятий.\n\n"
        "Төраға: Рахмет. Отырыс жабық, 4444.\n"),
    # labels on lines of their own, a form feed after one of the chair's
    "form_feed_labels.txt": (
        "СТЕНОГРАММА\n\nзаседания Совета Ассамблеи народа Казахстана\n\nг. Астана, 15 марта 2016 года\n\n"
        "Под председательством Президента Республики Казахстан Н.А. Назарбаева\n\n"
        "Председательствующий:\n\nУважаемые коллеги! Открываем заседание. В зале 7118 человек.\n\n"
        "Ли Ю.А.:\n\nМы провели 5552 мероприятий. Я предлагаю расширить работу домов дружбы.\n\n"
        "Председательствующий:\n\f\nСпасибо, Юрий Александрович. Вопрос: сколько обращений, 6666?\n\n"
        "Ли Ю.А.:\n\nОтвечу: 8888 обращений.\n\n"
        "Председательствующий:\n\nСпасибо. Заседание закрыто, 6444.\n"),
    # a member called who is not in the hall, a woman thanked in the accusative, three pages
    "pages.txt": RU_HEAD + (
        "ПРЕДСЕДАТЕЛЬСТВУЮЩИЙ. Уважаемые коллеги! Слово предоставляется Омарову К.Б. Нет его? Тогда дальше. "
        "Слово предоставляется Ли Ю.А.\n\n"
        "ЛИ Ю.А. Уважаемые коллеги! Мы провели 4498 мероприятий. Я предлагаю расширить работу домов дружбы.\n\n"
        "\fЗа отчетный период мы провели 8850 мероприятий в сфере молодежной политики.\n\n"
        "ПРЕДСЕДАТЕЛЬСТВУЮЩИЙ. Спасибо. Слово предоставляется Киму Р.А.\n\n"
        "\fКИМ Р.А. Уважаемый Председатель! Мы провели 5871 мероприятий.\n\n"
        "ПРЕДСЕДАТЕЛЬСТВУЮЩИЙ. Благодарю Бекову А.М. за подготовку материалов. Заседание закрыто.\n"),
    # «Name. …» turns opening with other forms of address, Russian and Kazakh
    "plain_labels_addresses.txt": RU_HEAD + (
        "Б.Т. Жумабеков. Глубокоуважаемый Касым-Жомарт Кемелевич! За отчетный год проведено 2741 встреч.\n\n"
        "А.Б. Ибрагимов. Высокочтимый Нурсултан Абишевич! Совет матерей провел 2742 акции.\n\n"
        "Г.Т. Ахметова. Қымбатты Қасым-Жомарт Кемелұлы! Жастар 2743 іс-шара өткізді.\n\n"
        "Е.М. Сейткали. Қадірменді Бауыржан Темірбекұлы! Медиаторлар 2744 дауды шешті.\n\n"
        "О.Н. Петренко. Мәртебелі Президент! Біз 2745 отбасыға көмектестік.\n"),
    # one deputy in Russian and in Kazakh spelling
    "ru_spelling.txt": (
        "СТЕНОГРАММА\n\nзаседания Совета Ассамблеи народа Казахстана\n\nг. Астана, 15 марта 2016 года\n\n"
        "Председательствующий: Уважаемые коллеги! Открываем заседание.\n\n"
        "Тулегенов М.С.: Уважаемые коллеги! Мы провели 4101 мероприятий.\n\n"
        "Председательствующий: Спасибо.\n"),
    "kk_spelling.txt": (
        "СТЕНОГРАММА\n\nҚазақстан халқы Ассамблеясы Кеңесінің 12-отырысы\n\nАстана қ., 2016 жылғы 15 наурыз\n\n"
        "Төраға: Құрметті әріптестер! Отырысты ашық деп жариялаймын.\n\n"
        "Төлегенов М.С.: Құрметті әріптестер! Өткен жылы біз 4201 іс-шара өткіздік.\n\n"
        "Төраға: Рахмет.\n"),
    # a speaker quoting the Head of State: a transcript's turn is all his, unlike an interview's answer
    "quoting_turn.txt": (
        "СТЕНОГРАММА\n\nзаседания Совета Ассамблеи народа Казахстана\n\nг. Астана, 16 марта 2016 года\n\n"
        "Председательствующий: Уважаемые коллеги! Открываем заседание.\n\n"
        "Сапаров К.Б.: Глава государства Н.А. Назарбаев подчеркнул: «Единство – наша сила 4301». "
        "Мы провели 4302 мероприятий.\n\n"
        "Председательствующий: Спасибо.\n"),
}


@pytest.fixture(scope="module")
def client(tmp_path_factory):
    with client_of_texts(tmp_path_factory, RECORDS) as client:
        yield client


@pytest.mark.parametrize("number, speaker, text", [
    ("9390", "Н.И. Дементьева", "Құрметті Төраға! Өткен жылы біз 9390 іс-шара өткіздік."),
    ("5392", "Н.И. Дементьева", "Уважаемый Председатель! В прошлом году мы провели 5392 мероприятий."),
    ("5872", "Р.А. Ким", "Құрметті Ассамблея мүшелері! Өткен жылы біз 5872 іс-шара өткіздік."),
    ("5551", "Ю.А. Ли", "Құрметті Төраға! Өткен жылы біз 5551 іс-шара өткіздік."),
    ("8910", "Б.Т. Жумабеков", "Уважаемый Председатель! Мы провели 8910 мероприятий."),
    ("7117", "Н.А. Назарбаев", "Құрметті әріптестер! Отырысты ашық деп жариялаймын. Бүгін 7117 мәселе бар."),
])
def test_a_capitals_label_before_kazakh_words_is_its_speaker_s_turn(client, number, speaker, text):
    # «ДЕМЕНТЬЕВА Н.И. Құрметті Төраға! …» was cited, label and all, as the President's words
    hit = one_quote(client, number)
    assert (hit["speaker"], hit["text"]) == (speaker, text)


def test_a_kazakh_record_with_capitals_labels_lists_its_speakers_and_no_glued_persons(client):
    # persons were «Р.А. Құрметті», «Б.Т. Уважаемый»: initials glued to the turn's first word
    hit = document(client, "kk_capitals_labels.txt")
    assert sorted(hit["speakers"]) == ["Б.Т. Жумабеков", "Н.А. Назарбаев", "Р.А. Ким", "Ю.А. Ли"]
    assert sorted(hit["persons"]) == ["Б.Т. Жумабеков", "Н.А. Назарбаев", "Р.А. Ким", "Ю.А. Ли"]


@pytest.mark.parametrize("number, speaker", [("7118", "Н.А. Назарбаев"), ("6666", "Н.А. Назарбаев"),
                                             ("6444", "Н.А. Назарбаев"), ("8888", "Ю.А. Ли")])
def test_a_label_on_its_own_line_at_a_page_break_is_no_running_header(client, number, speaker):
    # «Председательствующий:» above a form feed repeated at page edges was dropped as a header: the
    # chair's question and his closing words were cited as Ли's
    assert one_quote(client, number)["speaker"] == speaker


def test_a_member_given_the_floor_who_never_speaks_is_no_speaker(client):
    hit = document(client, "pages.txt")
    assert sorted(hit["speakers"]) == ["Н.А. Назарбаев", "Р.А. Ким", "Ю.А. Ли"]
    assert "К.Б. Омаров" in hit["persons"]  # mentioned, not a speaker


def test_a_woman_thanked_in_the_accusative_is_no_man(client):
    persons = document(client, "pages.txt")["persons"]
    assert "А.М. Бекова" in persons and "А.М. Беков" not in persons


@pytest.mark.parametrize("number, page", [("4498", 1), ("8850", 2), ("5871", 3)])
def test_a_plain_text_stenogram_s_form_feeds_give_its_quotes_their_page(client, number, page):
    hit = one_quote(client, number)
    assert hit["page"] == page and hit["citation"].endswith(f"с.\u00a0{page}")
    assert document(client, "pages.txt")["pages"] == 3


def test_one_deputy_in_kazakh_and_russian_spelling_is_one_speaker(client):
    hits = client.get("/api/quotes", query_string={"q": "speaker:Тулегенов"}).get_json()["hits"]
    assert sorted(h["text"] for h in hits) == [
        "Уважаемые коллеги! Мы провели 4101 мероприятий.",
        "Құрметті әріптестер! Өткен жылы біз 4201 іс-шара өткіздік.",  # its label «Төлегенов М.С.:» off
    ]
    assert {h["speaker"] for h in hits} == {"М.С. Тулегенов"}


def test_a_kazakh_spelling_folds_only_into_the_one_russian_name_of_its_initials():
    assert fuller_names(["М.С. Төлегенов", "М.С. Тулегенов", "Е.К. Нұрпейісов", "Е.К. Нурпеисов"]) == {
        "М.С. Төлегенов": "М.С. Тулегенов", "Е.К. Нұрпейісов": "Е.К. Нурпеисов"}
    assert fuller_names(["А.Б. Төлегенов", "М.С. Тулегенов"]) == {}  # other initials: another person
    # a Russian spelling of its own held (Толегенов): that one, as before
    assert fuller_names(["М.С. Төлегенов", "М.С. Тулегенов", "М.С. Толегенов"]) == {"М.С. Төлегенов": "М.С. Толегенов"}


def test_a_kazakh_o_or_gh_that_russian_wrote_u_or_kh_is_one_person():
    # «Е.Л. Тоғжанов» of the Kazakh documents stood apart from «Е.Л. Тугжанов» of the Russian ones
    assert fuller_names(["Е.Л. Тоғжанов", "Е.Л. Тугжанов", "Б.К. Тугжанов"]) == {"Е.Л. Тоғжанов": "Е.Л. Тугжанов"}
    assert fuller_names(["А.Б. Оразбаев", "А.Б. Уразбаев"]) == {}  # no Kazakh letter: two Russian spellings stay apart
    assert fuller_names(["Е.Л. Тоғжанов", "Б.К. Тугжанов"]) == {}  # other initials: another person
    assert fuller_names(["С.А. Ғабитов", "С.А. Хабитов"]) == {"С.А. Ғабитов": "С.А. Хабитов"}


def test_a_kazakh_o_is_u_only_beside_the_letter_that_tells_the_name():
    assert fuller_names(["Д.А. Қонаев", "Д.А. Кунаев"]) == {"Д.А. Қонаев": "Д.А. Кунаев"}  # after қ
    # a real о: the Tatar centre's «А.Б. Туктаров» is another man than the deputy «А.Б. Тоқтаров»
    assert fuller_names(["А.Б. Тоқтаров", "А.Б. Туктаров"]) == {}
    assert fuller_names(["А.Б. Тоқтаров", "А.Б. Токтаров"]) == {"А.Б. Тоқтаров": "А.Б. Токтаров"}


@pytest.mark.parametrize("number, speaker, text", [
    ("2741", "Б.Т. Жумабеков", "Глубокоуважаемый Касым-Жомарт Кемелевич! За отчетный год проведено 2741 встреч."),
    ("2742", "А.Б. Ибрагимов", "Высокочтимый Нурсултан Абишевич! Совет матерей провел 2742 акции."),
    ("2743", "Г.Т. Ахметова", "Қымбатты Қасым-Жомарт Кемелұлы! Жастар 2743 іс-шара өткізді."),
    ("2744", "Е.М. Сейткали", "Қадірменді Бауыржан Темірбекұлы! Медиаторлар 2744 дауды шешті."),
    ("2745", "О.Н. Петренко", "Мәртебелі Президент! Біз 2745 отбасыға көмектестік."),
])
def test_a_name_and_full_stop_before_any_form_of_address_is_a_turn(client, number, speaker, text):
    # «Глубокоуважаемый …!», «Қымбатты …!», «Мәртебелі Президент!» were no speech: no speakers, and the
    # quote held its label «Б.Т. Жумабеков.»
    hit = one_quote(client, number)
    assert (hit["speaker"], hit["text"]) == (speaker, text)


def test_forms_of_address_in_a_stenogram_make_no_persons(client):
    # «Қадірменді Бауыржан Темірбекұлы!» made a person «Б.Т. Қадірменді»
    hit = document(client, "plain_labels_addresses.txt")
    speakers = ["А.Б. Ибрагимов", "Б.Т. Жумабеков", "Г.Т. Ахметова", "Е.М. Сейткали", "О.Н. Петренко"]
    assert sorted(hit["speakers"]) == speakers
    assert sorted(hit["persons"]) == sorted(speakers + ["К.К. Токаев", "Н.А. Назарбаев"])


def test_dear_opens_a_turn_and_a_neuter_adjective_or_a_comparative_addresses_nobody():
    from ingest.extract.forms_of_address import addresses_someone, is_address
    assert addresses_someone("Дорогой") and addresses_someone("Дорогие") and addresses_someone("Уважаемые")
    assert not addresses_someone("дорогое") and not addresses_someone("уважаемых")
    assert not is_address("дороже") and not is_address("уважаем")


@pytest.mark.parametrize("number", ["4301", "4302"])
def test_a_transcript_speaker_s_turn_quoting_the_head_of_state_stays_his(client, number):
    # what interviews do (the quoted words the Head of State's) holds for answers, not for a stenogram's turns
    assert one_quote(client, number)["speaker"] == "К.Б. Сапаров"


def _stenogram_title(path) -> str:
    from pathlib import Path

    from ingest.build import build_record
    from ingest.parsers import parse_file

    return build_record(parse_file(Path(path)), Path(path), str(Path(path).parent), "x").title


@pytest.mark.parametrize("opening, part", [
    ("СТЕНОГРАММА\nXXX сессии Ассамблеи народа Казахстана\n\nг. Нур-Султан, Дворец Мира и Согласия, 27-29 апреля "
     "2021 года\nЧасть 2\n(28 апреля 2021 года, продолжение пленарного заседания)", "Часть 2"),
    ("Часть 4\n\nСТЕНОГРАММА\nXXX сессии Ассамблеи народа Казахстана\n\nг. Нур-Султан, 27 апреля 2021 года", "Часть 4"),
])
def test_a_stenograms_part_label_under_its_dateline_or_above_it_stays_in_its_title(tmp_path, opening, part):
    """The parts of a stenogram share their heading and dateline: «Часть 2» under the dateline was
    dropped (all parts got one title), and «Часть 4» above «СТЕНОГРАММА» was the whole title."""
    path = tmp_path / "part.txt"
    path.write_text(opening + "\n\nПРЕДСЕДАТЕЛЬСТВУЮЩИЙ: Уважаемые члены Ассамблеи! Продолжаем работу сессии.\n",
                    encoding="utf-8")
    assert _stenogram_title(path) == f"Стенограмма XXX сессии Ассамблеи народа Казахстана. {part}"


def test_a_pdf_stenograms_part_under_its_one_line_heading_stays_in_its_title(tmp_path):
    from conftest import make_pdfs_module

    mk = make_pdfs_module()
    lines = ["СТЕНОГРАММА XXII сессии Ассамблеи народа Казахстана Павлодарской области",
             "г. Павлодар, 14-15 ноября 2018 года", "Часть 2 (15 ноября 2018 года)",
             "БАКАУОВ Б.К. (продолжение): Второе направление – работа с молодежью области."]
    pdf = mk.MiniPdf()
    # the heading in larger type, as a browser prints a page's h1
    pdf.page([(50, mk.H - 60 - 30 * i, 16 if i == 0 else 11, line) for i, line in enumerate(lines)])
    pdf.save(tmp_path / "chast2.pdf")
    assert _stenogram_title(tmp_path / "chast2.pdf") == ("Стенограмма XXII сессии Ассамблеи народа Казахстана "
                                                         "Павлодарской области. Часть 2")


_STENO = "СТЕНОГРАММА\nXXX сессии Ассамблеи народа Казахстана\n\n"


@pytest.mark.parametrize("opening, title", [
    (_STENO + "г. Нур-Султан, 27-29 апреля 2021 года\nЧасть 2 – 28 апреля 2021 года",
     "Стенограмма XXX сессии Ассамблеи народа Казахстана. Часть 2"),
    (_STENO + "г. Нур-Султан, 27-29 апреля 2021 года. Часть 2 (28 апреля 2021 года)",
     "Стенограмма XXX сессии Ассамблеи народа Казахстана. Часть 2"),
    (_STENO + "г. Нур-Султан, 27-29 апреля 2021 года\nЧасть вторая\n(28 апреля 2021 года)",
     "Стенограмма XXX сессии Ассамблеи народа Казахстана. Часть вторая"),
    ("Қазақстан халқы Ассамблеясының XXX сессиясының\nСТЕНОГРАММАСЫ\n\nНұр-Сұлтан қаласы, 2021 жылғы 27-29 сәуір\n"
     "2-бөлім\n(2021 жылғы 28 сәуір)", "Қазақстан халқы Ассамблеясының XXX сессиясының СТЕНОГРАММАСЫ. 2-бөлім"),
    ("VERBATIM RECORD\nof the XXX Session of the Assembly of People of Kazakhstan\n\nNur-Sultan, 27-29 April 2021\n"
     "Part 2\n(28 April 2021)", "Part 2"),
])
def test_a_parts_label_after_a_dash_on_the_datelines_line_in_words_or_in_kazakh_or_english_stays(tmp_path, opening,
                                                                                                  title):
    """The label was dropped after a dash, at the end of the dateline's line, in words, and under a Kazakh
    or English heading (whose title is read another way)."""
    path = tmp_path / "part.txt"
    path.write_text(opening + "\n\nПРЕДСЕДАТЕЛЬСТВУЮЩИЙ: Уважаемые члены Ассамблеи! Продолжаем работу сессии.\n",
                    encoding="utf-8")
    got = _stenogram_title(path)
    assert got == title if title != "Part 2" else got.endswith(". Part 2")
