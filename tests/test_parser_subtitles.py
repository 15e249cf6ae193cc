"""Subtitles (.srt, .vtt, and such a file saved as .txt): only what was said is text, as running
paragraphs with their speakers' labels; found by discovery, searched across cue lines."""
from pathlib import Path

from conftest import hit_files

from index.search import SearchRequest, SearchService
from ingest.build import build_record
from ingest.discover import discover
from ingest.parsers import parse_file, sniff_format
from ingest.parsers.text import TextParser
from ingest.pipeline import IngestOptions, run_ingest

# a session's speech as SubRip saves it: UTF-8 with a BOM, CRLF, cue numbers, an italic sound cue
SRT = "\ufeff" + "\r\n".join([
    "1", "00:00:01,000 --> 00:00:04,500", "<i>[МУЗЫКА]</i>", "",
    "2", "00:00:05,000 --> 00:00:09,200", "- Назарбаев: Уважаемые члены Ассамблеи!", "Дорогие друзья!", "",
    "3", "00:00:09,500 --> 00:00:14,000", "Сегодня мы собрались на двадцать вторую сессию",
    "Ассамблеи народа Казахстана.", "",
    "4", "00:00:14,200 --> 00:00:18,900", "Главное богатство нашей страны — это мир", "",
    "5", "00:00:19,000 --> 00:00:23,400", "и согласие между всеми этносами, проживающими в Казахстане.", "",
    "6", "00:00:23,500 --> 00:00:25,000", "[АПЛОДИСМЕНТЫ]", "",
    "7", "00:00:25,300 --> 00:00:31,000", "За двадцать лет работы Ассамблея стала", "уникальным институтом.", "",
    "8", "00:01:12,000 --> 00:01:15,000", "- Тугжанов: Слово предоставляется заместителю председателя.", "",
])
# a round table as WebVTT: header, NOTE with the event's dateline, STYLE, cue ids and settings, voices, tags
VTT = """WEBVTT
Kind: captions
Language: ru

NOTE
Круглый стол «Медиация в сфере межэтнических отношений», Астана, 12 марта 2018 года

STYLE
::cue(.applause) { color: yellow }

intro
00:00:00.000 --> 00:00:03.500 align:start position:10%
<v Модератор>Добрый день, уважаемые коллеги!

cue-2
00:00:03.800 --> 00:00:09.000
<v Модератор>Слово предоставляется председателю Совета медиаторов
Ерлану Жумабекову.

00:00:09.500 --> 00:00:15.000
<v Ерлан Жумабеков>Медиация — это <b>эффективный</b> инструмент
профилактики межэтнических конфликтов.

00:00:15.200 --> 00:00:20.000
<v Ерлан Жумабеков>За прошлый год кабинеты медиации рассмотрели

00:00:20.100 --> 00:00:24.000
<v Ерлан Жумабеков>более трехсот обращений граждан.

00:00:24.500 --> 00:00:26.000
<c.applause>[АПЛОДИСМЕНТЫ]</c>
"""


def _write(folder: Path, name: str, text: str, encoding: str = "utf-8") -> Path:
    path = folder / name
    path.write_bytes(text.encode(encoding))
    return path


def test_an_srt_file_is_its_speech_in_running_paragraphs_with_the_speakers_labels(tmp_path):
    doc = parse_file(_write(tmp_path, "2015-04-24_XXII_sessiya_ANK_rech.srt", SRT))
    assert doc.format == "subtitles"
    assert [b.text for b in doc.blocks] == [
        "(Музыка)",
        "Назарбаев: Уважаемые члены Ассамблеи! Дорогие друзья! Сегодня мы собрались на двадцать вторую сессию "
        "Ассамблеи народа Казахстана. Главное богатство нашей страны — это мир и согласие между всеми этносами, "
        "проживающими в Казахстане. (Аплодисменты) За двадцать лет работы Ассамблея стала уникальным институтом.",
        "Тугжанов: Слово предоставляется заместителю председателя.",
    ]
    # the title is the file's name, never the cue number «1»; the date is the name's
    record = build_record(doc, tmp_path / "2015-04-24_XXII_sessiya_ANK_rech.srt", str(tmp_path), "a" * 64)
    assert record.title == "2015-04-24_XXII_sessiya_ANK_rech"
    assert str(record.date) == "2015-04-24"


def test_a_vtt_file_drops_its_header_notes_styles_ids_and_tags_and_reads_voices_as_labels(tmp_path):
    doc = parse_file(_write(tmp_path, "kruglyi_stol_mediaciya.vtt", VTT))
    assert [b.text for b in doc.blocks] == [
        "Модератор: Добрый день, уважаемые коллеги! Слово предоставляется председателю Совета медиаторов "
        "Ерлану Жумабекову.",
        "Ерлан Жумабеков: Медиация — это эффективный инструмент профилактики межэтнических конфликтов. За прошлый "
        "год кабинеты медиации рассмотрели более трехсот обращений граждан. (Аплодисменты)",
    ]
    assert doc.title == "kruglyi_stol_mediaciya"
    # the NOTE is no text, but its dateline dates the file
    assert doc.metadata["dateline"] == "Астана, 12 марта 2018 года"
    record = build_record(doc, tmp_path / "kruglyi_stol_mediaciya.vtt", str(tmp_path), "b" * 64)
    assert str(record.date) == "2018-03-12" and "WEBVTT" not in record.text and "-->" not in record.text


def test_subtitles_saved_as_txt_or_in_windows_1251_are_told_by_their_content(tmp_path):
    renamed = _write(tmp_path, "2015-04-24_XXII_sessiya_ANK_rech.srt.txt", SRT)
    assert sniff_format(renamed, renamed.read_bytes()[:4096]) == "subtitles"
    doc = parse_file(renamed)
    assert doc.format == "subtitles" and doc.title == "2015-04-24_XXII_sessiya_ANK_rech"
    assert parse_file(_write(tmp_path, "kruglyi.vtt.txt", VTT)).blocks[0].text.startswith("Модератор: Добрый день")
    cp1251 = _write(tmp_path, "pavlodar.srt", "1\r\n00:00:02,000 --> 00:00:06,000\r\n- Абдрахманов: Добрый вечер, "
                    "дорогие земляки!\r\n\r\n2\r\n00:00:06,500 --> 00:00:11,000\r\nНаш Дом дружбы открыт для всех.\r\n",
                    encoding="cp1251")
    doc = parse_file(cp1251)
    assert doc.encoding == "cp1251"
    assert [b.text for b in doc.blocks] == ["Абдрахманов: Добрый вечер, дорогие земляки! Наш Дом дружбы открыт для всех."]
    # a timestamped plain transcript has no cue timings («-->»): it stays text
    assert sniff_format("t.txt", "[00:12:31] добрый день\n[00:12:36] уважаемые".encode()) == "txt"


def test_a_long_pause_after_a_sentence_starts_a_paragraph_and_a_dash_starts_a_turn(tmp_path):
    srt = "\n".join([
        "1", "00:00:01,000 --> 00:00:03,000", "Мы открыли Дом дружбы", "",
        "2", "00:00:09,000 --> 00:00:11,000", "в каждом районе области.", "",  # mid-sentence: one paragraph
        "3", "00:00:20,000 --> 00:00:22,000", "Работа продолжается.", "",  # a pause after a sentence's end
        "4", "00:00:22,500 --> 00:00:25,000", "- Когда откроется следующий?", "- В мае.", "",
    ])
    doc = parse_file(_write(tmp_path, "pause.srt", srt))
    assert [b.text for b in doc.blocks] == ["Мы открыли Дом дружбы в каждом районе области.",
                                            "Работа продолжается.", "Когда откроется следующий?", "В мае."]


def test_subtitle_labels_with_initials_give_each_turn_its_speaker(tmp_path):
    srt = "\n".join([
        "1", "00:00:01,000 --> 00:00:03,000", "Заседание Совета Ассамблеи", "",
        "2", "00:00:03,500 --> 00:00:05,000", "- Карин Е.Т.: Уважаемые коллеги, начинаем.", "",
        "3", "00:00:05,500 --> 00:00:08,000", "- Жумабеков Б.Т.: Благодарю. Мы подготовили", "план по медиации.", "",
        "4", "00:00:08,500 --> 00:00:09,000", "[АПЛОДИСМЕНТЫ]", "",
        "5", "00:00:09,500 --> 00:00:11,000", "- Карин Е.Т.: Спасибо. Переходим ко второму вопросу.", "",
    ])
    path = _write(tmp_path, "sovet.srt", srt)
    record = build_record(parse_file(path), path, str(tmp_path), "c" * 64)
    assert [(p.text, p.speakers) for p in record.passages[1:]] == [
        ("Карин Е.Т.: Уважаемые коллеги, начинаем.", ["Е.Т. Карин"]),
        ("Жумабеков Б.Т.: Благодарю. Мы подготовили план по медиации. (Аплодисменты)", ["Б.Т. Жумабеков"]),
        ("Карин Е.Т.: Спасибо. Переходим ко второму вопросу.", ["Е.Т. Карин"]),
    ]


def test_a_bracketed_sound_cue_in_a_text_file_ends_a_turn_as_a_stage_direction_does():
    text = ("Стенограмма видеозаписи заседания Совета Ассамблеи народа Казахстана\n"
            "Астана, 15 марта 2022 года\n\n"
            "- Карин: Уважаемые коллеги, начинаем заседание Совета.\n"
            "- Жумабеков: Благодарю. Мы подготовили план по медиации на 2022 год.\n"
            "[АПЛОДИСМЕНТЫ]\n"
            "- Карин: Спасибо. Переходим ко второму вопросу повестки.\n"
            "- Ли: Корейская диаспора поддерживает программу изучения казахского языка.\n")
    paragraphs = [b.text for b in TextParser().parse(text.encode(), "stenogramma.txt").blocks]
    assert "- Карин: Спасибо. Переходим ко второму вопросу повестки." in paragraphs
    assert "- Жумабеков: Благодарю. Мы подготовили план по медиации на 2022 год. (Аплодисменты)" in paragraphs
    # a footnote's or an editor's brackets are no sound cue
    kept = TextParser().parse("Заголовок\n\nТекст доклада продолжается здесь.\n[1]\n[см. приложение 2]\n".encode())
    assert "[1]" in kept.text and "[см. приложение 2]" in kept.text


def test_an_archive_of_subtitles_is_ingested_and_searched_across_cue_lines_not_by_timings(tmp_path):
    archive, index = tmp_path / "archive", tmp_path / "index"
    archive.mkdir()
    _write(archive, "2015-04-24_XXII_sessiya_ANK_rech.srt", SRT)
    _write(archive, "kruglyi_stol_mediaciya.vtt", VTT)
    found, skipped = discover([archive])
    assert len(found) == 2 and skipped == []
    assert [Path(f.path).name for f in discover([archive / "kruglyi_stol_mediaciya.vtt"])[0]] == [
        "kruglyi_stol_mediaciya.vtt"]
    report = run_ingest([str(archive)], IngestOptions(index_dir=index, workers=1))
    assert sorted(r.status for r in report.files) == ["indexed", "indexed"]
    service = SearchService(index)
    try:
        for phrase, name in (('"мир и согласие между всеми этносами"', "2015-04-24_XXII_sessiya_ANK_rech.srt"),
                             ('"сессию Ассамблеи народа Казахстана"', "2015-04-24_XXII_sessiya_ANK_rech.srt"),
                             ('"инструмент профилактики"', "kruglyi_stol_mediaciya.vtt")):
            assert hit_files(service.search(SearchRequest(phrase))) == [name], phrase
        for timing in ("15 200", "00", "12 000", "WEBVTT", "align"):  # timings, header and settings are no words
            assert service.search(SearchRequest(timing)).total == 0, timing
        [quote] = service.quotes(SearchRequest('"эффективный инструмент"')).hits
        # his voice is his label, which is no quote (one voice after the moderator's is enough)
        assert "<" not in quote.text and quote.text.startswith("Медиация — это")
        assert quote.speaker == "Е. Жумабеков"
    finally:
        service.close()


def test_the_web_pages_name_subtitles_and_serve_their_file_as_text_in_its_encoding(tmp_path):
    from search_app import create_app

    archive, index = tmp_path / "archive", tmp_path / "index"
    archive.mkdir()
    _write(archive, "pavlodar.srt", "1\r\n00:00:02,000 --> 00:00:06,000\r\n- Абдрахманов: Добрый вечер, дорогие "
           "земляки!\r\n\r\n2\r\n00:00:06,500 --> 00:00:11,000\r\nНаш Дом дружбы открыт для всех.\r\n", encoding="cp1251")
    report = run_ingest([str(archive)], IngestOptions(index_dir=index, workers=1))
    doc_id = report.files[0].document_id
    app = create_app(index, testing=True)
    try:
        client = app.test_client()
        results = client.get("/?q=земляки").get_data(as_text=True)
        assert '<span class="badge format">субтитры</span>' in results
        page = " ".join(client.get(f"/doc/{doc_id}").get_data(as_text=True).split())
        assert "субтитры</a>, кодировка windows-1251" in page and "--&gt;" not in page
        served = client.get(f"/doc/{doc_id}/file")
        assert served.status_code == 200 and served.mimetype == "text/plain"
        assert served.headers["Content-Type"].endswith("charset=windows-1251")
    finally:
        app.extensions["assembly_search"].close()


# one speech after a host's unlabelled greeting, the commonest subtitle file: one labelled turn only
ONE_DASH = "\n".join([
    "1", "00:00:01,000 --> 00:00:04,000", "Уважаемые гости праздника!", "",
    "2", "00:00:04,500 --> 00:00:08,000", "- Назарбаев: Единство — наше главное богатство.", "",
    "3", "00:00:08,500 --> 00:00:12,000", "Берегите мир и согласие.", "",
])
ONE_VOICE = """WEBVTT

00:00:01.000 --> 00:00:04.000
Добрый день, уважаемые коллеги! Начинаем круглый стол.

00:00:05.000 --> 00:00:09.000
<v Ерлан Жумабеков>Медиация — это эффективный инструмент
профилактики конфликтов.
"""
# a voice in the first cue, then a dialogue dash of someone unnamed; cues with no blank line between them
FIRST_CUE_VOICE = """WEBVTT

00:00:01.000 --> 00:00:04.000
<v Марат Азильханов>Дома дружбы провели три тысячи мероприятий.

00:00:04.500 --> 00:00:06.000
- А в этом году?
"""
NO_BLANK_LINES = "\n".join([
    "1", "00:00:01.000 --> 00:00:03.000 X1:100 X2:600 Y1:50 Y2:100",
    "{\\an8}<font color=\"#ffff00\">- Жумабеков: Коллеги, начинаем.</font>",
    "2", "00:00:03,500 --> 00:00:06,000", "- Добрый день!", "- Здравствуйте, Базарбек Тюлеуевич!",
    "00:00:06,500 --> 00:00:09,000", "- Ли: Корейский центр готов провести фестиваль.", "",
])


def test_one_labelled_turn_in_a_subtitle_file_names_its_speaker_and_is_no_part_of_the_quote(tmp_path):
    archive, index = tmp_path / "archive", tmp_path / "index"
    archive.mkdir()
    _write(archive, "srt_onedash.srt", ONE_DASH)
    _write(archive, "vtt_onevoice.vtt", ONE_VOICE)
    _write(archive, "first_voice.vtt", FIRST_CUE_VOICE)
    report = run_ingest([str(archive)], IngestOptions(index_dir=index, workers=1))
    assert sorted(r.status for r in report.files) == ["indexed"] * 3
    service = SearchService(index)
    try:
        [quote] = service.quotes(SearchRequest("Берегите мир")).hits
        assert quote.speaker == "Н.А. Назарбаев"
        assert quote.text == "Единство — наше главное богатство. Берегите мир и согласие."
        [quote] = service.quotes(SearchRequest("инструмент профилактики")).hits
        assert quote.speaker == "Е. Жумабеков" and quote.text.startswith("Медиация — это")
        # the host's greeting is nobody's
        assert all(h.speaker is None for h in service.quotes(SearchRequest("гости праздника")).hits)
        assert hit_files(service.quotes(SearchRequest("speaker:Назарбаев"))) == ["srt_onedash.srt"]
        # the first cue's voice names its speaker too; the dash after it is someone else's
        [quote] = service.quotes(SearchRequest("три тысячи мероприятий")).hits
        assert quote.speaker == "М. Азильханов"
        assert all(h.speaker is None for h in service.quotes(SearchRequest("в этом году")).hits)
    finally:
        service.close()


def test_a_timing_line_starts_a_cue_without_a_blank_line_before_it(tmp_path):
    archive, index = tmp_path / "archive", tmp_path / "index"
    archive.mkdir()
    path = _write(archive, "srt_variants.srt", NO_BLANK_LINES)
    assert [b.text for b in parse_file(path).blocks] == [
        "Жумабеков: Коллеги, начинаем.", "Добрый день!", "Здравствуйте, Базарбек Тюлеуевич!",
        "Ли: Корейский центр готов провести фестиваль."]
    run_ingest([str(archive)], IngestOptions(index_dir=index, workers=1))
    service = SearchService(index)
    try:
        for timing in ("00", "03,500", "2"):  # the next cue's number and timing are no words
            assert service.search(SearchRequest(timing)).total == 0, timing
        assert hit_files(service.search(SearchRequest('"Коллеги, начинаем"'))) == ["srt_variants.srt"]
    finally:
        service.close()


# WhisperX with diarization: «[SPEAKER_00]: …» on every cue of a turn; the plain «SPEAKER_00:» form;
# the VTT voice form <v SPEAKER_00>
WHISPERX_SRT = "\n".join([
    "1", "00:00:01,120 --> 00:00:04,310", "[SPEAKER_00]: Уважаемые коллеги, начинаем заседание.", "",
    "2", "00:00:04,900 --> 00:00:08,770", "[SPEAKER_01]: Благодарю за слово. Наша диаспора поддерживает", "",
    "3", "00:00:08,900 --> 00:00:11,430", "[SPEAKER_01]: политику согласия и единства.", "",
    "4", "00:00:12,010 --> 00:00:14,220", "[SPEAKER_00]: Спасибо. Следующий вопрос.", "",
])
PLAIN_SPEAKER_SRT = "\n".join([
    "1", "00:00:01,120 --> 00:00:04,310", "SPEAKER_00: Уважаемые коллеги, начинаем заседание.", "",
    "2", "00:00:04,900 --> 00:00:08,770", "SPEAKER_01: Благодарю за слово.", "",
])
DIARIZED_VTT = """WEBVTT

00:00:01.120 --> 00:00:04.310
<v SPEAKER_00>Уважаемые коллеги, начинаем заседание.

00:00:04.900 --> 00:00:08.770
<v SPEAKER_01>Благодарю за слово. Наша диаспора поддерживает

00:00:08.900 --> 00:00:11.430
<v SPEAKER_01>политику согласия и единства.
"""


def test_a_recognizer_s_speaker_labels_in_subtitles_start_turns_name_nobody_and_are_no_words(tmp_path):
    archive, index = tmp_path / "archive", tmp_path / "index"
    archive.mkdir()
    srt = _write(archive, "whisperx_diarized.srt", WHISPERX_SRT)
    _write(archive, "plain_label.srt", PLAIN_SPEAKER_SRT)
    vtt = _write(archive, "diarized_voice.vtt", DIARIZED_VTT)
    assert [b.text for b in parse_file(srt).blocks] == [
        "Уважаемые коллеги, начинаем заседание.",
        "Благодарю за слово. Наша диаспора поддерживает политику согласия и единства.",
        "Спасибо. Следующий вопрос."]
    assert all(b.new_speaker and not b.labelled for b in parse_file(vtt).blocks)
    report = run_ingest([str(archive)], IngestOptions(index_dir=index, workers=1))
    assert sorted(r.status for r in report.files) == ["indexed"] * 3
    service = SearchService(index)
    try:
        for label in ("SPEAKER", "speaker_00", "SPEAKER_01"):
            assert service.search(SearchRequest(label)).total == 0, label
        assert sorted(hit_files(service.search(SearchRequest('"диаспора поддерживает политику"')))) == [
            "diarized_voice.vtt", "whisperx_diarized.srt"]
        [quote] = service.quotes(SearchRequest('"Следующий вопрос"')).hits
        assert quote.speaker is None and quote.text == "Спасибо. Следующий вопрос."
    finally:
        service.close()


# the label after a dialogue dash, and in brackets with no colon
DASH_AND_BARE_SRT = "\n".join([
    "1", "00:00:01,120 --> 00:00:04,310", "- [SPEAKER_00]: Добрый день, уважаемые участники форума.", "",
    "2", "00:00:04,900 --> 00:00:08,770", "Speaker 1: Спасибо. Этнокультурные объединения работают", "",
    "3", "00:00:08,900 --> 00:00:11,430", "активно во всех регионах страны.", "",
    "4", "00:00:12,010 --> 00:00:14,220", "[SPEAKER_02] Переходим к обсуждению молодёжной политики.", "",
])


def test_a_recognizer_s_label_after_a_dash_or_without_its_colon_starts_a_turn_and_is_no_words(tmp_path):
    archive, index = tmp_path / "archive", tmp_path / "index"
    archive.mkdir()
    srt = _write(archive, "diar_variants.srt", DASH_AND_BARE_SRT)
    assert [b.text for b in parse_file(srt).blocks] == [
        "Добрый день, уважаемые участники форума.",
        "Спасибо. Этнокультурные объединения работают активно во всех регионах страны.",
        "Переходим к обсуждению молодёжной политики."]
    run_ingest([str(archive)], IngestOptions(index_dir=index, workers=1))
    service = SearchService(index)
    try:
        for label in ("speaker_00", "speaker_02"):
            assert service.search(SearchRequest(label)).total == 0, label
        [quote] = service.quotes(SearchRequest('"Переходим к обсуждению"')).hits
        assert quote.speaker is None and quote.text == "Переходим к обсуждению молодёжной политики."
    finally:
        service.close()


def test_a_host_s_role_voice_is_a_label_and_no_part_of_the_quote(tmp_path):
    archive, index = tmp_path / "archive", tmp_path / "index"
    archive.mkdir()
    _write(archive, "kruglyi_stol.vtt", VTT)
    run_ingest([str(archive)], IngestOptions(index_dir=index, workers=1))
    service = SearchService(index)
    try:
        [quote] = service.quotes(SearchRequest("уважаемые коллеги")).hits
        assert quote.speaker is None  # a role names nobody
        assert quote.text == ("Добрый день, уважаемые коллеги! "
                              "Слово предоставляется председателю Совета медиаторов Ерлану Жумабекову.")
    finally:
        service.close()
