"""Names found by the testers of session 25: transcript labels in capitals with a -бай surname, a Kazakh
given name the dictionary reads as a place, a letter's signer and executor, and addresses by a name
and father's name."""
from assembly_search.cli import main
from ingest.extract.persons import canonical_persons, find_persons
from search_app import create_app


def canon(text, **kw):
    return canonical_persons(find_persons(text, **kw))


def _search(index, path="/api/search", **query):
    app = create_app(index, testing=True)
    try:
        return app.test_client().get(path, query_string=query).get_json()
    finally:
        app.extensions["assembly_search"].close()


def _ingest(tmp_path, files: dict[str, str]):
    docs, index = tmp_path / "docs", tmp_path / "index"
    docs.mkdir()
    for name, text in files.items():
        (docs / name).write_text(text, encoding="utf-8")
    assert main(["ingest", str(docs), "--index", str(index), "--workers", "1"]) == 0
    return index


def test_a_capitals_label_with_a_bai_surname_names_its_speaker():
    # «МЫНБАЙ Д.:» was no label at all: its words went to the speaker before it
    assert canon("МЫНБАЙ Д.: Предлагаю включить в повестку вопрос о медиации.") == ["Д. Мынбай"]
    assert canon("ЖУМАБАЙ Б.К.: Поддерживаю.") == ["Б.К. Жумабай"]
    # an abbreviation in capitals before a letter is still none
    assert canon("ООН Д.: Текст.") == []


def test_a_stenogram_s_capitals_bai_labels_are_their_speakers_turns(tmp_path):
    index = _ingest(tmp_path, {"stenogramma.txt": (
        "Стенограмма заседания Совета Ассамблеи народа Казахстана\n\n15.03.2024\n\n"
        "КАРИН Е.Т.: Уважаемые коллеги! Открываем заседание Совета.\n\n"
        "МЫНБАЙ Д.: Предлагаю включить в повестку вопрос о кабинетах медиации в сельских школах.\n\n"
        "ТОКТАРБАЙ Н.: Нужно расширить финансирование этнокультурных центров.\n\n"
        "КАРИН Е.Т.: Благодарю. Переходим к голосованию.\n")})
    data = _search(index, q="стенограмма")
    assert sorted(f["value"] for f in data["facets"]["speakers"]) == ["Д. Мынбай", "Е.Т. Карин", "Н. Токтарбай"]
    quotes = _search(index, "/api/quotes", q="расширить финансирование", facets=0)
    [hit] = quotes["hits"]
    assert hit["speakers"] == ["Н. Токтарбай"]
    assert hit["text"] == "Нужно расширить финансирование этнокультурных центров."  # the label is no part of it


def test_a_kazakh_given_name_the_dictionary_reads_as_a_place_names_the_person_before_a_bai_surname():
    # Дархан is also a Mongolian town: «Дархан Мынбай отметил» named nobody
    assert canon("Выступая перед участниками, Дархан Мынбай отметил, что единство важно.") == ["Д. Мынбай"]
    assert canon("Дархан Мынбай встретился с молодежью Шымкента.") == ["Д. Мынбай"]
    assert canon("В Дархане Мынбай встретился с друзьями.") == []  # the town, then a surname alone


def test_mynbay_is_a_speaker_and_a_person_of_a_news_item(tmp_path):
    index = _ingest(tmp_path, {"novost.txt": (
        "Дархан Мынбай встретился с молодежью Шымкента\n\n20.03.2024\n\n"
        "В Шымкенте заместитель председателя Ассамблеи народа Казахстана Дархан Мынбай встретился с активом "
        "молодежного крыла. Дархан Мынбай отметил, что молодежь — главный проводник идей единства.\n")})
    data = _search(index, q="молодежь")
    assert [f["value"] for f in data["facets"]["speakers"]] == ["Д. Мынбай"]
    assert [f["value"] for f in data["facets"]["persons"]] == ["Д. Мынбай"]


LETTER = ("АССАМБЛЕЯ НАРОДА КАЗАХСТАНА\n\nО плане мероприятий\n\nСекретариат Ассамблеи народа Казахстана "
          "направляет план мероприятий на 2019 год для согласования.\n\nС уважением,\n{signature}\n")


def test_a_woman_signing_a_letter_stays_a_woman(tmp_path):
    # «С уважением,» governs no name, and a post wrapped over two lines keeps its head on the first
    index = _ingest(tmp_path, {
        "alone.txt": LETTER.format(signature="Г. Ахметова"),
        "gap.txt": LETTER.format(signature="Заместитель Председателя\nАссамблеи народа Казахстана"
                                           "                         Д. Шаженова")})
    data = _search(index, q="план мероприятий")
    assert sorted(f["value"] for f in data["facets"]["persons"]) == ["Г. Ахметова", "Д. Шаженова"]
    # a governing noun or preposition still makes an -ова form a man's genitive
    assert canon("Встреча прошла с уважением, Г. Ахметова") == ["Г. Ахметов"]
    assert canon("Құрметпен, Г. Ахметова") == ["Г. Ахметова"]


def test_a_kazakh_address_by_name_and_father_s_name_is_no_person():
    text = ("Ақмола облысының әкімі\nЕ.Маржықпаевқа\n\nҚұрметті Ермек Боранбайұлы!\n\nҚазақстан халқы "
            "Ассамблеясының Хатшылығы хатыңызды қарап, мынаны хабарлайды.")
    assert canon(text, language="kk") == ["Е. Маржықпаев"]
    assert canon("Ерлан Бақытжанұлы! Сізді құттықтаймыз.", language="kk") == []
    # in narration a -ұлы word after a given name is still a surname
    assert canon("Жиынға ақын Ермек Боранбайұлы қатысты.", language="kk") == ["Е. Боранбайұлы"]


def test_an_interviewer_s_question_by_name_and_patronymic_names_no_person():
    assert canon("Корреспондент: Юрий Александрович, как корейская община отметит юбилей?") == []
    assert canon("– Гүлнар Серікқызы, Аналар кеңесі қашан құрылды?", language="kk") == []
    # an apposition in narration keeps its surname
    assert canon("Юрий Александрович, директор школы, выступил на форуме.") == ["Ю. Александрович"]


def test_an_english_letter_s_signer_and_executor_are_persons(tmp_path):
    index = _ingest(tmp_path, {"letter_en.txt": (
        "ASSEMBLY OF PEOPLE OF KAZAKHSTAN\nSecretariat\n\nRef. No. 01-19/2047 dated 15.10.2019\n\n"
        "To: Mr. John Smith\nHead of the OSCE Programme Office in Nur-Sultan\n\nDear Mr. Smith,\n\n"
        "The Secretariat of the Assembly of People of Kazakhstan thanks you for your letter and confirms "
        "participation in the roundtable on interethnic dialogue.\n\nSincerely,\n"
        "Deputy Chairman of the Assembly          Zh. Tuimebayev\n\nExecutor: Kim E., tel. +7 7172 74-55-21\n")})
    data = _search(index, q="roundtable")
    assert sorted(f["value"] for f in data["facets"]["persons"]) == ["E. Kim", "J. Smith", "Zh. Tuimebayev"]
    assert canon("Signed by Sh.K. Zhaksybekov today.", language="en") == ["Sh.K. Zhaksybekov"]
    assert canon("Note: Annex A.", language="en") == []  # a label of no person's
