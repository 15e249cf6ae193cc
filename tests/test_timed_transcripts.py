"""Timestamped plain-text transcripts (speech recognition's «[00:12:31] …», YouTube's «Show transcript»
copy) and subtitle-style labels («- Карин:», «[00:12:31] Токаев К.К.:», «КАРИН:»), as a journalist
searches them: real files ingested by the command, searched through the web API."""
from __future__ import annotations

import pytest

from assembly_search.cli import main
from ingest.parsers import parse_bytes
from search_app import create_app

HEAD = "Стенограмма видеозаписи заседания Совета Ассамблеи народа Казахстана\nАстана, 15 марта 2022 года\n\n"
FILES = {
    # a transcriber's round seconds, every stamp on five: a recording's times still, not a programme's hours
    "round_seconds.txt": (
        "Расшифровка видеозаписи форума\n"
        "[00:00:05] Председатель отметил важность диалога.\n"
        "[00:00:10] Ерлан Карин сообщил что в этом году открыты новые дома дружбы\n"
        "[00:00:20] в Туркестане и Шымкенте\n"
        "[00:00:45] и в Жезказгане\n"
        "[00:02:00] переходим к вопросам из зала\n"),
    # speech recognition: no punctuation, a long pause between the moderator and the report
    "forum_auto.txt": (
        "[00:00:03] добрый день уважаемые участники форума\n"
        "[00:00:07] сегодня мы обсуждаем вопросы языковой политики\n"
        "[00:12:31] Дарига Назарбаева отметила что трехъязычие\n"
        "[00:12:36] это требование времени\n"
        "[00:12:40] в 2017 году курсы казахского языка окончили 12 000 человек\n"),
    # Whisper with punctuation, labels after a dash, a sound cue between the turns
    "whisper.txt": (
        "Сессия Ассамблеи народа Казахстана, 2019. Автоматическая расшифровка видеозаписи\n\n"
        "[00:00:05] Добрый день, уважаемые участники сессии!\n"
        "[00:00:09] Председательствующий предоставил слово Главе государства.\n"
        "[00:12:31] - Токаев: Уважаемые члены Ассамблеи! Дорогие соотечественники!\n"
        "[00:12:47] Мы приняли закон о языках, и государственный язык\n"
        "[00:12:52] должен стать языком межнационального общения.\n"
        "[00:13:05] [АПЛОДИСМЕНТЫ]\n"
        "[00:20:14] - Карин: Спасибо, Касым-Жомарт Кемелевич.\n"
        "[00:20:18] Ассамблея провела более 2 577 мероприятий за год.\n"),
    # bare stamps with hours, Kazakh surnames alone as labels
    "kurultai_kk.txt": (
        "Қазақстан халқы Ассамблеясының сессиясы. Бейнежазбаның субтитрлері\n\n"
        "00:00:01 Тоқаев: Құрметті Ассамблея мүшелері!\n"
        "00:00:04 Қазақстан халқы Ассамблеясы қоғамдық келісімнің\n"
        "00:00:08 бірегей институты болып табылады.\n"
        "00:01:20 Қарин: Рахмет, Қасым-Жомарт Кемелұлы!\n"
        "00:01:24 Біз бейбітшілік пен достықты сақтаймыз.\n"),
    # YouTube's copy: each stamp on a line of its own
    "youtube.txt": "".join(f"{stamp}\n{words}\n" for stamp, words in [
        ("0:04", "добрый день уважаемые коллеги"), ("0:49", "этнокультурных объединений"),
        ("0:54", "мы должны беречь мир и согласие"), ("1:00", "для будущих поколений"),
        ("1:04", "дома дружбы открыты во всех регионах")]),
    "dash_initials.txt": HEAD + (
        "- Карин Е.Т.: Уважаемые коллеги, начинаем заседание Совета.\n"
        "- Жумабеков Б.Т.: Благодарю. Мы подготовили план по медиации на 2022 год.\n"
        "- Ли Ю.А.: Корейская диаспора поддерживает программу изучения казахского языка.\n"),
    "stamp_initials.txt": HEAD + (
        "[00:12:31] Токаев К.К.: Уважаемые члены Ассамблеи! Дорогие соотечественники!\n"
        "[00:12:36] Единство нашего народа — это главное условие успешного развития страны.\n"
        "[00:20:14] Карин Е.Т.: Спасибо, Касым-Жомарт Кемелевич.\n"
        "[00:20:18] Ассамблея провела более 2 533 мероприятий за год.\n"),
    "caps_surnames.txt": HEAD + (
        "КАРИН: Уважаемые коллеги, начинаем заседание Совета.\n"
        "ЖУМАБЕКОВ: Благодарю. Мы подготовили план по медиации на 2022 год.\n"
        "КАРИН: Спасибо. Переходим ко второму вопросу повестки.\n"
        "ЛИ: Корейская диаспора поддерживает программу изучения казахского языка.\n"),
    # the closing words 52 minutes after the reported speech: no more hers
    "forum_closing.txt": (
        "[00:00:03] добрый день уважаемые участники форума\n"
        "[00:12:31] Дарига Назарбаева отметила что курсы казахского языка\n"
        "[00:12:36] окончили 12 000 человек\n"
        "[01:05:02] спасибо за внимание\n"),
    # Whisper with diarization: the recognizer's speaker numbers, no names
    "diarized.txt": (
        "Выступление на сессии Ассамблеи, 2022\n"
        "[00:05] SPEAKER_00: Уважаемые коллеги, начинаем работу сессии.\n"
        "[00:09] SPEAKER_01: Благодарю за слово. Наша диаспора\n"
        "[00:13] поддерживает политику согласия и единства.\n"
        "[00:18] SPEAKER_00: Спасибо. Следующий вопрос.\n"),
    # one «Итак:» and a heading word are no labels
    "one_colon.txt": (
        "Итоги года\n\nАссамблея провела форум в Астане. Итак: решения приняты единогласно.\n\n"
        "Повестка: обсуждение плана работы на 2023 год.\n"),
}


@pytest.fixture(scope="module")
def client(tmp_path_factory):
    docs, index = tmp_path_factory.mktemp("timed"), tmp_path_factory.mktemp("index")
    for name, text in FILES.items():
        (docs / name).write_text(text, encoding="utf-8")
    assert main(["ingest", str(docs), "--index", str(index), "--workers", "1"]) == 0
    app = create_app(index, testing=True)
    yield app.test_client()
    app.extensions["assembly_search"].close()


def search(client, q: str) -> list[dict]:
    return client.get("/api/search", query_string={"q": q, "per_page": 50}).get_json()["hits"]


def file_name(hit: dict) -> str:
    return hit["paths"][0].rsplit("/", 1)[-1]


def document(client, file_name: str) -> dict:
    found = [client.get(f"/api/documents/{h['id']}").get_json() for h in search(client, "")]
    return next(d for d in found if d["file_name"] == file_name)


def quotes(client, q: str) -> list[dict]:
    return client.get("/api/quotes", query_string={"q": q}).get_json()["hits"]


@pytest.mark.parametrize("phrase, name", [
    ("трехъязычие это требование времени", "forum_auto.txt"),
    ("государственный язык должен стать языком межнационального общения", "whisper.txt"),
    ("келісімнің бірегей институты", "kurultai_kk.txt"),
    ("беречь мир и согласие для будущих поколений", "youtube.txt"),
])
def test_a_phrase_spoken_across_two_timed_lines_is_found(client, phrase, name):
    # the timestamp between its words (or YouTube's line of its own) kept the phrase from matching
    assert [file_name(h) for h in search(client, f'"{phrase}"')] == [name]


@pytest.mark.parametrize("q", ["12 31", "00", "1:00", "0:54"])
def test_timestamps_are_no_words_or_figures(client, q):
    assert search(client, q) == []


def test_timestamps_are_no_title():
    parsed = parse_bytes(FILES["youtube.txt"].encode(), "youtube.txt")
    assert not (parsed.title or "").startswith("0:04")
    assert all(":" not in b.text for b in parsed.blocks)


def test_the_moderator_s_words_are_not_glued_to_the_speaker_s():
    # one paragraph held the whole recording, the moderator's greeting quoted as Назарбаева's
    parsed = parse_bytes(FILES["forum_auto.txt"].encode(), "forum_auto.txt")
    assert [b.text for b in parsed.blocks] == [
        "добрый день уважаемые участники форума сегодня мы обсуждаем вопросы языковой политики",
        "Дарига Назарбаева отметила что трехъязычие это требование времени в 2017 году курсы казахского языка "
        "окончили 12 000 человек"]


def test_the_moderator_s_greeting_is_nobody_s_quote(client):
    hits = quotes(client, "участники форума")
    assert hits and all(h["speaker"] is None for h in hits)
    assert quotes(client, "трехъязычие")[0]["speaker"] == "Д. Назарбаева"


def test_a_sound_cue_is_a_stage_direction_between_the_turns():
    parsed = parse_bytes(FILES["whisper.txt"].encode(), "whisper.txt")
    texts = [b.text for b in parsed.blocks]
    assert "(Аплодисменты)" in texts
    assert texts[-1] == "- Карин: Спасибо, Касым-Жомарт Кемелевич. Ассамблея провела более 2 577 мероприятий за год."


@pytest.mark.parametrize("file_name, speakers", [
    ("dash_initials.txt", ["Б.Т. Жумабеков", "Е.Т. Карин", "Ю.А. Ли"]),
    ("stamp_initials.txt", ["Е.Т. Карин", "К.К. Токаев"]),
    ("whisper.txt", ["Карин", "К.К. Токаев"]),
])
def test_a_label_after_a_dash_or_a_timestamp_names_its_speaker(client, file_name, speakers):
    assert sorted(document(client, file_name)["speakers"]) == sorted(speakers)


def test_a_label_after_a_timestamp_is_found_by_speaker(client):
    hits = quotes(client, "speaker:Токаев")
    assert {file_name(h) for h in hits} >= {"stamp_initials.txt", "whisper.txt"}
    assert quotes(client, "2577")[0]["speaker"] == "Карин"


@pytest.mark.parametrize("file_name, speakers", [
    ("caps_surnames.txt", ["Жумабеков", "Карин", "Ли"]),
    ("kurultai_kk.txt", ["К.К. Токаев", "Қарин"]),  # named in full by his patronymic in the text
])
def test_a_surname_alone_labels_a_turn_in_a_document_with_more(client, file_name, speakers):
    assert sorted(document(client, file_name)["speakers"]) == sorted(speakers)


def test_one_colon_after_a_word_is_no_label(client):
    assert document(client, "one_colon.txt")["speakers"] == []


def test_a_programme_s_hours_are_no_timestamps():
    text = "Программа форума\n\n10:00 Регистрация\n10:30 Открытие\n11:00 Пленарное заседание\n12:30 Обед\n"
    parsed = parse_bytes(text.encode(), "programme.txt")
    assert "10:30 Открытие" in "\n".join(b.text for b in parsed.blocks)


def test_stamps_with_round_seconds_are_a_recording_s(client):
    parsed = parse_bytes(FILES["round_seconds.txt"].encode(), "round_seconds.txt")
    assert [b.text for b in parsed.blocks] == [
        "Расшифровка видеозаписи форума", "Председатель отметил важность диалога. Ерлан Карин сообщил что в этом "
        "году открыты новые дома дружбы в Туркестане и Шымкенте и в Жезказгане", "переходим к вопросам из зала"]
    assert parsed.title == "Расшифровка видеозаписи форума"
    assert search(client, "00:01:10") == [] and search(client, '"00:00:45"') == []
    assert [h["speaker"] for h in quotes(client, "вопросам из зала")] == [None]
    assert [h["speaker"] for h in quotes(client, "дома дружбы в Жезказгане")] == ["Е.Т. Карин"]


def test_after_a_long_pause_the_reported_speaker_s_words_end(client):
    # «[01:05:02] спасибо за внимание» was quoted as Назарбаева's, carried on from the report
    hits = quotes(client, "спасибо за внимание")
    assert [file_name(h) for h in hits] == ["forum_closing.txt"] and hits[0]["speaker"] is None
    assert {h["speaker"] for h in quotes(client, "окончили 12 000 человек")
            if file_name(h) == "forum_closing.txt"} == {"Д. Назарбаева"}


def test_a_recognizer_s_speaker_labels_start_paragraphs_and_are_no_words(client):
    parsed = parse_bytes(FILES["diarized.txt"].encode(), "diarized.txt")
    assert [b.text for b in parsed.blocks] == [
        "Выступление на сессии Ассамблеи, 2022", "Уважаемые коллеги, начинаем работу сессии.",
        "Благодарю за слово. Наша диаспора поддерживает политику согласия и единства.", "Спасибо. Следующий вопрос."]
    assert search(client, "SPEAKER_00") == [] and search(client, "SPEAKER") == []


def test_a_transcript_with_no_heading_is_titled_by_its_file_name(client):
    # its first paragraph, a greeting of 140 characters, was the title of every quote's citation
    assert document(client, "forum_closing.txt")["title"] == "forum_closing"
    assert document(client, "youtube.txt")["title"] == "youtube"
    assert document(client, "diarized.txt")["title"] == "Выступление на сессии Ассамблеи, 2022"
