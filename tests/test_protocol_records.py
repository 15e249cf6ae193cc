"""Minutes of meetings (протоколы) as a secretary keeps them: who was heard under СЛУШАЛИ:, who
spoke under ВЫСТУПИЛИ:, the chair who opened the meeting and spoke. Real files ingested by the
command, searched through the web API."""
from __future__ import annotations

import pytest

from quote_api import client_of_texts, document, one_quote

KK_HEAD = "ХАТТАМА № {n}\nҚазақстан халқы Ассамблеясы Кеңесінің отырысы\n\nНұр-Сұлтан қаласы, 2021 жылғы 12 қазан\n\n"
HEAD = "ПРОТОКОЛ № {n}\nзаседания Совета Ассамблеи народа Казахстана\n\nг. Астана, 15 марта 2019 года\n\n"

RECORDS = {
    # the standard record: a name, a dash, the verb (a post in brackets or between the dash and verb)
    "spoke.txt": HEAD.format(n=1) + (
        "ВЫСТУПИЛИ:\n"
        "Ким Р.А. – предложил включить в программу сессии выставку 5101 этнокультурных объединений.\n"
        "Тен Н.В. – предложила провести форум корейской молодежи 5102.\n"
        "2. Шмидт А.Ф. (член Совета АНК) – отметил готовность немецкого центра принять 5103 гостей.\n"
        "Ли Ю.А. – председатель корейского центра, поддержал проведение 5104 фестивалей.\n"
        "Гуревич Марк Ильич – сказал, что выборка 5105 в сельской местности недостаточна.\n"),
    # a list of those who spoke, with no verb of their own
    "spoke_list.txt": HEAD.format(n=2) + "СЛУШАЛИ: Абенов Д.К. – о плане 5201.\nВЫСТУПИЛИ: Исаев Р.А., Пак Н.В.\n",
    # the one heard, in the accusative, a pronoun or «Докладчик» going on with his report
    "heard.txt": HEAD.format(n=3) + (
        "Присутствовали: Абенов Данияр Каримович, Ахметов Ерлан Серикович.\n\n"
        "1. СЛУШАЛИ:\n"
        "Тугжанова Е.Л. – о ходе подготовки к сессии. Он сообщил, что концепция 5301 согласована.\n\n"
        "ПОСТАНОВИЛИ:\n1.1. Информацию Тугжанова Е.Л. принять к сведению.\n\n"
        "2. СЛУШАЛИ:\n"
        "Абенова Д.К. – об итогах работы совета. Докладчик рассказал, что проведено 5302 исследований.\n\n"
        "3. СЛУШАЛИ: Искакову Б.Т. – о конкурсе 5303.\n\n"
        "4. СЛУШАЛИ: Руководителя Кабинета медиации Юлдашеву Дилфузу Рахматуллаевну – о работе кабинета. "
        "Она сообщила, что рассмотрено 5304 обращений.\n\n"
        "5. СЛУШАЛИ: Сейтказину Г.М., руководителя группы, – о результатах 5305 исследования.\n"),
    # the chair opens the meeting and speaks: two verbs joined by «и»
    "chair.txt": HEAD.format(n=4) + (
        "Аксакалов Е.А. открыл сессию и сказал: «Караганда всегда была домом для 5401 этносов».\n\n"
        "Председатель Калиев Б.Т. открыл заседание, поприветствовал гостей и сообщил, что исследование "
        "5402 проведено во всех регионах.\n"),
    # Kazakh minutes: ТЫҢДАЛДЫ: and «Ол … атап өтті»
    "hattama.txt": (
        "ХАТТАМА № 5\nҚазақстан халқы Ассамблеясы Кеңесінің отырысы\n\nНұр-Сұлтан қаласы, 2021 жылғы 12 қазан\n\n"
        "1. ТЫҢДАЛДЫ:\nСерікбаев А.Б. – XXX сессияны дайындау барысы туралы. Ол іс-шаралар жоспары 5501 "
        "бекітілгенін атап өтті.\n"),
    # a short protocol whose records have no verb, one a line: its lines looked hard-wrapped and were joined
    "spoke_short.txt": HEAD.format(n=7) + (
        "ВЫСТУПИЛИ:\n"
        "Ким Р.А. – о необходимости выставки этнокультурных объединений 5701.\n"
        "Тен Н.В. – о форуме корейской молодежи 5702.\n"),
    "decided_short.txt": HEAD.format(n=8) + (
        "ПОСТАНОВИЛИ:\n"
        "1.1. Информацию 5801 принять к сведению.\n"
        "1.2. Ким Р.А. – подготовить предложения 5802 по выставке до 1 мая 2019 года.\n"
        "1.3. Ответственный: Тен Н.В.\n"
        "Голосовали: «За» – 25.\n"),
    # Kazakh minutes' records under СӨЙЛЕГЕНДЕР: short Korean surnames and one no ending marks as a surname
    "hattama_spoke.txt": (
        "ХАТТАМА № 6\nҚазақстан халқы Ассамблеясы Кеңесінің отырысы\n\nНұр-Сұлтан қаласы, 2021 жылғы 12 қазан\n\n"
        "СӨЙЛЕГЕНДЕР:\n"
        "Ким Р.А. – көрмені 5601 ұйымдастыруды ұсынды.\n"
        "Тен Н.В. – жастар форумын 5602 өткізуді ұсынды.\n"
        "Цой А.В. – этномәдени бірлестіктердің 5603 қатысуын кеңейтуді ұсынды.\n"
        "Шмидт А.Ф. – неміс орталығының 5604 дайындығын атап өтті.\n\n"
        "ҚАУЛЫ ЕТТІ:\n1.1. Пак В.С. 2021 жылғы 1 қарашаға дейін ұсыныстар дайындасын.\n"),
}


@pytest.fixture(scope="module")
def client(tmp_path_factory):
    with client_of_texts(tmp_path_factory, RECORDS) as client:
        yield client


def file_names(client, q: str) -> list[str]:
    hits = client.get("/api/search", query_string={"q": q}).get_json()["hits"]
    return [client.get(f"/api/documents/{h['id']}").get_json()["file_name"] for h in hits]


@pytest.mark.parametrize("number, speaker", [
    ("5101", "Р.А. Ким"), ("5102", "Н.В. Тен"), ("5103", "А.Ф. Шмидт"), ("5104", "Ю.А. Ли"), ("5105", "М.И. Гуревич"),
])
def test_a_record_under_vystupili_with_a_dash_before_its_verb_is_its_speaker_s(client, number, speaker):
    # «Ким Р.А. – предложил …»: the dash between the name and the verb left every record without a speaker
    assert one_quote(client, number)["speaker"] == speaker


def test_the_speakers_of_the_records_are_in_the_facet_and_in_the_speaker_query(client):
    assert sorted(document(client, "spoke.txt")["speakers"]) == [
        "А.Ф. Шмидт", "М.И. Гуревич", "Н.В. Тен", "Р.А. Ким", "Ю.А. Ли"]
    # a decision naming Ким (decided_short.txt) is none of his words
    assert sorted(file_names(client, "speaker:Ким")) == ["hattama_spoke.txt", "spoke.txt", "spoke_short.txt"]


def test_those_listed_under_vystupili_and_the_one_heard_are_speakers(client):
    assert document(client, "spoke_list.txt")["speakers"] == ["Д.К. Абенов", "Р.А. Исаев", "Н.В. Пак"]


@pytest.mark.parametrize("number, speaker", [
    ("5301", "Е.Л. Тугжанов"),  # «Тугжанова Е.Л. – … Он сообщил»: his accusative, no woman
    ("5302", "Д.К. Абенов"),  # «Докладчик рассказал», and the attendance list names him
    ("5303", "Б.Т. Искакова"),  # «Искакову Б.Т.» after СЛУШАЛИ: her accusative, no dative of Искаков
    ("5304", "Д.Р. Юлдашева"),  # a post before the name, «Она сообщила»
    ("5305", "Г.М. Сейтказина"),  # a post between commas before the dash
])
def test_the_one_heard_under_slushali_is_the_speaker_of_the_report(client, number, speaker):
    assert one_quote(client, number)["speaker"] == speaker


def test_the_one_heard_under_slushali_is_one_person_of_the_right_gender(client):
    hit = document(client, "heard.txt")
    assert "Е.Л. Тугжанов" in hit["persons"] and "Е.Л. Тугжанова" not in hit["persons"]
    assert "Д.К. Абенов" in hit["persons"] and "Д.К. Абенова" not in hit["persons"]
    assert "Б.Т. Искакова" in hit["persons"] and "Б.Т. Искаков" not in hit["persons"]
    assert file_names(client, "person:Тугжанов") == ["heard.txt"]


@pytest.mark.parametrize("number, speaker", [("5401", "Е.А. Аксакалов"), ("5402", "Б.Т. Калиев")])
def test_the_chair_who_opened_the_meeting_and_spoke_is_the_speaker(client, number, speaker):
    # «X открыл сессию и сказал: «…»»: the chair's quote had no author
    assert one_quote(client, number)["speaker"] == speaker


def test_the_one_heard_under_a_kazakh_head_is_the_speaker(client):
    assert one_quote(client, "5501")["speaker"] == "А.Б. Серікбаев"


@pytest.mark.parametrize("number, speaker", [("5601", "Р.А. Ким"), ("5602", "Н.В. Тен"), ("5603", "А.В. Цой"),
                                             ("5604", "А.Ф. Шмидт")])
def test_a_kazakh_record_s_short_or_foreign_surname_is_its_speaker(client, number, speaker):
    # «Ким Р.А. – … ұсынды» under СӨЙЛЕГЕНДЕР: no Kazakh or Russian ending marked Ким, Тен, Цой or Шмидт as a
    # surname, so they were neither persons nor speakers of a Kazakh protocol
    assert one_quote(client, number)["speaker"] == speaker


def test_a_kazakh_protocol_names_its_short_surnames_as_persons(client):
    hit = document(client, "hattama_spoke.txt")
    assert sorted(hit["persons"]) == ["А.В. Цой", "А.Ф. Шмидт", "В.С. Пак", "Н.В. Тен", "Р.А. Ким"]
    assert sorted(hit["speakers"]) == ["А.В. Цой", "А.Ф. Шмидт", "Н.В. Тен", "Р.А. Ким"]


def test_verbless_records_of_a_short_protocol_are_each_their_speaker_s(client):
    # the two lines were joined into one paragraph, and Тен's words were quoted as Ким's
    kim, ten = one_quote(client, "5701"), one_quote(client, "5702")
    assert kim["speaker"] == "Р.А. Ким" and "5702" not in kim["text"]
    assert ten["speaker"] == "Н.В. Тен" and "5701" not in ten["text"]


def test_a_short_protocol_s_numbered_decisions_stay_apart(client):
    # «1.1. …» and «1.2. …» one a line were joined: a number with levels opened no list item
    assert "5802" not in one_quote(client, "5801")["text"]


# Short minutes as a secretary types them: records wrapped onto a second line, signers under the records,
# surnames with no initials, a Kazakh attendance list of Korean and German surnames.
SHORT = {
    "wrapped_short.txt": HEAD.format(n=9) + (
        "ВЫСТУПИЛИ:\n"
        "Ким Р.А. – о необходимости проведения выставки 6101 этнокультурных объединений\n"
        "регионов в рамках сессии 6102.\n"
        "Тен Н.В. – о форуме корейской молодежи и участии молодежных крыльев в\n"
        "работе Ассамблеи 6103.\n\n"
        "ПОСТАНОВИЛИ:\n"
        "1.1. Информацию 6104 принять к сведению.\n"
        "1.2. Секретариату Ассамблеи подготовить предложения 6105 по выставке до\n"
        "1 мая 2019 года.\n"),
    "hattama_wrapped.txt": (
        KK_HEAD.format(n=12) +
        "СӨЙЛЕГЕНДЕР:\n"
        "Ким Р.А. – өңірлердегі этномәдени бірлестіктердің 6201 көрмесін сессия\n"
        "аясында ұйымдастыру қажеттігі туралы.\n"
        "Тоқтаров Н.Е. – медиация кабинеттерінің 6202 жұмысын жалғастыру туралы.\n"),
    "signed.txt": HEAD.format(n=10) + (
        "ВЫСТУПИЛИ:\n"
        "Жумабай Е.К. – предложил провести выставку 6301.\n\n"
        "Секретарь                                     Ю.А. Ли\n"),
    "signed_acting.txt": HEAD.format(n=11) + (
        "ВЫСТУПИЛИ:\n"
        "Сатыбай Н.Б. – поддержала предложение 6401.\n\n"
        "И.о. Председателя Совета                      Б.К. Оспанов\n"
        "Исполняющая обязанности секретаря            Ю.А. Ли\n"),
    "surnames_only.txt": HEAD.format(n=12) + (
        "ВЫСТУПИЛИ:\n"
        "Ким – предложил провести выставку 6501.\n"
        "Тен – поддержала предложение 6502.\n"),
    "hattama_list.txt": (
        KK_HEAD.format(n=13) +
        "Қатысқандар: Югай С.П., Ким Р.А., Шмидт А.Ф., Когай Н.Н.\n\n"
        "СӨЙЛЕГЕНДЕР:\n"
        "Пак В.С. – көрмені 6601 ұсынды.\n"),
    # an attendance list one member a line, each with a post and no stop (the Russian heading's second line
    # starts lowercase, so its lines read as wrapped prose)
    "hattama_list_lines.txt": (
        KK_HEAD.format(n=14) +
        "Қатысқандар:\nЮгай С.П. – Кеңес мүшесі\nШин Д.Г. – Кеңес мүшесі\nЖұмабаева А.С. – Кеңес мүшесі\n\n"
        "ТЫҢДАЛДЫ:\nТоқтаров Н.Е. – көрме 6701 туралы.\n"),
    "list_lines.txt": HEAD.format(n=15) + (
        "Присутствовали:\nЮгай С.П. – член Совета\nШин Д.Г. – член Совета\nЖумабаева А.С. – член Совета\n\n"
        "СЛУШАЛИ:\nОспанов Б.К. – о выставке 6702.\n"),
    # records of a surname alone: Kazakh, and Russian surnames the dictionary does not know
    "hattama_surnames_only.txt": KK_HEAD.format(n=16) + (
        "СӨЙЛЕГЕНДЕР:\n"
        "Ким – көрмені 6801 ұсынды.\n"
        "Тен – ұсынысты 6802 қолдады.\n"),
    "surnames_only_other.txt": HEAD.format(n=17) + (
        "ВЫСТУПИЛИ:\n"
        "Оспанов – предложил перенести сессию 6901.\n"
        "Жумабаева – выступила против переноса 6902.\n"),
}


@pytest.fixture(scope="module")
def short(tmp_path_factory):
    with client_of_texts(tmp_path_factory, SHORT) as client:
        yield client


@pytest.mark.parametrize("number, rest, speaker", [
    ("6101", "6102", "Р.А. Ким"), ("6103", "молодежных крыльев в", "Н.В. Тен"),
    ("6201", "аясында ұйымдастыру", "Р.А. Ким"),
])
def test_a_short_protocol_s_wrapped_record_is_one_passage_of_its_speaker(short, number, rest, speaker):
    # too few lines filled the width to judge the text wrapped: each line was a passage, «регионов в рамках
    # сессии» Ким's words on their own
    quote = one_quote(short, number)
    assert quote["speaker"] == speaker and rest in quote["text"]


def test_a_short_protocol_s_wrapped_decision_is_one_passage(short):
    # «… по выставке до» ends on a preposition, so «1 мая 2019 года.» goes on with it
    assert "1 мая 2019 года" in one_quote(short, "6105")["text"]
    assert "6105" not in one_quote(short, "6104")["text"]


@pytest.mark.parametrize("name", ["signed.txt", "signed_acting.txt"])
def test_a_signature_under_the_records_is_no_speaker(short, name):
    # «Секретарь  Ю.А. Ли» right under ВЫСТУПИЛИ:'s records read as one more who spoke
    hit = document(short, name)
    assert "Ю.А. Ли" in hit["persons"] and "Ю.А. Ли" not in hit["speakers"]
    assert name not in file_names(short, "speaker:Ли")


def test_records_of_surnames_alone_stay_apart(short):
    # «Ким – предложил …» and «Тен – поддержала …» were one passage, Тен's words Ким's
    kim, ten = one_quote(short, "6501"), one_quote(short, "6502")
    assert kim["speaker"] == "Ким" and "6502" not in kim["text"]
    assert ten["speaker"] == "Тен" and "6501" not in ten["text"]


def test_a_kazakh_attendance_list_names_surnames_no_ending_marks(short):
    # «Қатысқандар: Югай С.П., …, Шмидт А.Ф., Когай Н.Н.»: only the short surnames on a list were persons
    assert {"С.П. Югай", "Р.А. Ким", "А.Ф. Шмидт", "Н.Н. Когай"} <= set(document(short, "hattama_list.txt")["persons"])
    assert "hattama_list.txt" in file_names(short, "person:Югай")


def _passages(client, file_name: str) -> list[str]:
    doc_id = document(client, file_name)["id"]
    return [p["text"] for p in client.get(f"/api/documents/{doc_id}", query_string={"include": "passages"}).get_json()["passages"]]


@pytest.mark.parametrize("name, post", [("hattama_list_lines.txt", "Кеңес мүшесі"), ("list_lines.txt", "член Совета")])
def test_an_attendance_list_one_member_a_line_names_each_and_keeps_its_lines(short, name, post):
    # the Kazakh list lost Югай (no ending marks him, and no comma joined him to another name); the Russian
    # one's lines were one passage, «… член Совета Жумабаева А.С.» read as her genitive: А.С. Жумабаев
    hit = document(short, name)
    assert {"С.П. Югай", "Д.Г. Шин"} <= set(hit["persons"])
    assert not {"А.С. Жумабаев", "А.С. Жұмабаев"} & set(hit["persons"])
    rows = [p for p in _passages(short, name) if post in p]
    assert [row.split()[0] for row in rows] == ["Югай", "Шин", rows[2].split()[0]] and len(rows) == 3


@pytest.mark.parametrize("number, other, speaker", [
    ("6801", "6802", "Ким"), ("6802", "6801", "Тен"), ("6901", "6902", "Оспанов"), ("6902", "6901", "Жумабаева"),
])
def test_a_surname_alone_opening_a_record_is_its_speaker_in_kazakh_and_unknown_to_the_dictionary(short, number, other,
                                                                                                    speaker):
    # «Ким – көрмені ұсынды.» in Kazakh and «Оспанов – предложил …» had no speaker: only Russian Ким/Тен did
    quote = one_quote(short, number)
    assert quote["speaker"] == speaker and other not in quote["text"]


def test_records_of_surnames_alone_name_their_persons(short):
    assert document(short, "surnames_only_other.txt")["speakers"] == ["Оспанов", "Жумабаева"]
    assert document(short, "hattama_surnames_only.txt")["persons"] == ["Ким", "Тен"]
