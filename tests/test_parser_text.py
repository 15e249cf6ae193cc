"""Plain-text parser: encodings (BOMs, UTF-8, UTF-16/32, Cyrillic code pages), paragraphs,
title, dateline, and clear errors for files that are not text."""
import textwrap
from pathlib import Path

import pytest
from conftest import hit_files, ingested_service

from index.search import SearchRequest, SearchService
from ingest.build import build_record, document_title
from ingest.parsers import ParseError, encoding, parse_file, sniff_format, utf8_misread
from ingest.parsers.encoding import detect_single_byte
from ingest.parsers.text import TextParser
from ingest.parsers.normalize import clean_text, find_dateline, split_paragraphs
from ingest.pipeline import IngestOptions, run_ingest

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT.parent / "shared" / "seeds" / "000_3247791c0957a215.txt"

LONG = (
    "О важной роли Ассамблеи народа Казахстана\n"
    "\tСостоялся \"круглый стол\" с участием депутатов Мажилиса, избранных Ассамблеей народа "
    "Казахстана, и Секретариата Ассамблеи.\n"
    "\tПриняли участие депутаты С.Абдрахманов, И.Буларов, Н.Дементьева, Ю.Ли. Новые вызовы "
    "XXI века требуют дальнейшего укрепления единства, сплочённости и патриотизма.\n"
)
SENTENCES = [
    "Ассамблея народа Казахстана провела заседание.",
    "Депутаты обсудили вопросы межэтнического согласия.",
    "Я тебя люблю.",
    "Съезд утвердил устав.",
    "Юбилей",
]
CODE_PAGES = ["cp1251", "koi8_r", "mac_cyrillic", "cp866", "iso8859_5"]


def write(tmp_path, name, data: bytes) -> Path:
    p = tmp_path / name
    p.write_bytes(data)
    return p


@pytest.mark.parametrize("encoding", CODE_PAGES)
def test_long_text_in_each_code_page(tmp_path, encoding):
    doc = parse_file(write(tmp_path, "a.txt", LONG.encode(encoding)))
    assert doc.encoding == encoding
    assert "сплочённости и патриотизма" in doc.text
    assert doc.title == "О важной роли Ассамблеи народа Казахстана"


@pytest.mark.parametrize("encoding", CODE_PAGES)
@pytest.mark.parametrize("sentence", SENTENCES)
def test_one_sentence_in_each_code_page(sentence, encoding):
    raw = sentence.encode(encoding)
    assert raw.decode(detect_single_byte(raw)) == sentence


def test_one_sentence_file(tmp_path):
    doc = parse_file(write(tmp_path, "s.txt", "Депутаты обсудили вопросы согласия.".encode("koi8_r")))
    assert doc.text == "Депутаты обсудили вопросы согласия."
    assert doc.encoding == "koi8_r"


def test_kazakh_in_kz1048(tmp_path):
    text = ("Қазақстан халқы Ассамблеясының сессиясы өтті.\n\n"
            "Біздің елімізде бірлік пен келісім бар. Өңірлердегі жастар ұйымдары қатысты.\n")
    doc = parse_file(write(tmp_path, "kk.txt", text.encode("kz1048")))
    assert doc.encoding == "kz1048"
    assert "Өңірлердегі жастар ұйымдары" in doc.text


def test_kazakh_one_sentence_kz1048():
    s = "Қазақстан халқы Ассамблеясының сессиясы өтті."
    assert s.encode("kz1048").decode(detect_single_byte(s.encode("kz1048"))) == s


HEADINGS = ["СООБЩЕНИЕ ПРЕСС-СЛУЖБЫ АНК", "ИНФОРМАЦИЯ", "ОБЪЯВЛЕНИЕ", "ПОВЕСТКА ДНЯ", "РАСПОРЯЖЕНИЕ",
            "ВЫСТУПЛЕНИЕ", "ПИСЬМО", "ЕЩЁ ОДИН ЗАГОЛОВОК"]


@pytest.mark.parametrize("encoding", CODE_PAGES)
@pytest.mark.parametrize("heading", HEADINGS)
def test_heading_in_capitals_in_each_code_page(tmp_path, heading, encoding):
    """KOI8-R and windows-1251 read as each other swap case: a heading in capitals read as
    lowercase garbage (ИНФОРМАЦИЯ -> хмтнплюжхъ) when every capital cost as much as a rare letter."""
    doc = parse_file(write(tmp_path, "h.txt", heading.encode(encoding)))
    assert doc.text == heading


NAMES = [
    "В работе приняли участие Ф.Хайруллина, Х.Фазылов и Д.Федоров, они обсудили планы центра на следующий год.",
    "ХХ съезд. Фото: Д.Хамитов.",
    "Хакеры взломали сайт акимата.",
    "Руководитель секретариата Х.",
]


@pytest.mark.parametrize("encoding", ["cp1251", "mac_cyrillic"])
@pytest.mark.parametrize("sentence", NAMES)
def test_initials_and_capitals_keep_their_code_page(tmp_path, sentence, encoding):
    """windows-1251 capitals read as MacCyrillic are quotes and signs (Ф.Хайруллина ->
    ‘.’айруллина, приняли -> прин€ли) and MacCyrillic capitals read as windows-1251 are „ • ”:
    a sign glued to a word is evidence against a code page, and an initial is not a stray letter."""
    doc = parse_file(write(tmp_path, "n.txt", sentence.encode(encoding)))
    assert doc.text == sentence


@pytest.mark.parametrize("sentence,encoding", [("Её всё ещё ждёт", "iso8859_5"),
                                               ("Мой край родной.", "mac_cyrillic")])
def test_short_sentence_in_a_rarer_code_page(tmp_path, sentence, encoding):
    assert parse_file(write(tmp_path, "s.txt", sentence.encode(encoding))).text == sentence


def test_unsure_code_page_of_a_short_text_is_reported(tmp_path):
    """Four letters can read as Russian in two code pages: the parser says so rather than guess in
    silence. Two Kazakh words that read as Kazakh in both kz1048 and ptcp154 (ptcp154's ә is
    kz1048's ғ) are read as kz1048, the national standard, and the other reading is named."""
    doc = parse_file(write(tmp_path, "k.txt", "Я тебя люблю.".encode("koi8_r")))
    assert doc.text == "Я тебя люблю."
    assert any("uncertain" in w and "cp1251" in w for w in doc.warnings)
    kk = parse_file(write(tmp_path, "kk.txt", "Сәлеметсіз бе!".encode("ptcp154")))
    assert kk.encoding == "kz1048" and any("uncertain" in w and "ptcp154" in w for w in kk.warnings)
    long = parse_file(write(tmp_path, "l.txt", LONG.encode("koi8_r")))
    assert long.warnings == []


def test_fast_scores_equal_reference_scores():
    """Detection scores code pages from byte tables; the scores must be score_text's, to the bit
    (ties between code pages that decode alike are broken by candidate order)."""
    import random

    rnd = random.Random(3)
    codecs_ = encoding.SINGLE_BYTE_CANDIDATES + ("cp1250", "cp037")
    tables = [encoding._byte_tables(c) for c in codecs_]
    # Cyrillic words, Latin glued to them, runs of signs, one-letter words, undefined bytes
    alphabet = bytes(range(0x80, 0x100)) + b"  .,AZaz\n"
    inputs = [b"", b"\xc0", b"\x98\x98x\x98", LONG.encode("cp1251"), LONG.encode("koi8_r")[:300],
              "╔═══╗\n║ Итого ║ 34 ║\n╚═══╝ ░░▒".encode("cp866"),  # box drawing: runs, by spaces, by letters
              "Україна, об'єднання, її, Єдність".encode("cp1251")]  # Ukrainian read as kz1048: ү after a vowel
    boxy = alphabet + b"\xcd\xcd\xcd\xba \xb0\xb0\n"
    inputs += [bytes(rnd.choice(alphabet) for _ in range(rnd.choice([2, 7, 40, 300]))) for _ in range(150)]
    inputs += [bytes(rnd.choice(boxy) for _ in range(rnd.choice([2, 7, 40, 300]))) for _ in range(50)]
    for data in inputs:
        assert encoding._fast_scores(data, tables) == [encoding._score_decoding(data, c) for c in codecs_]


def test_letter_quality_from_bytes_equals_reference():
    """decode_text judges a detected text's quality from its bytes: the same number, to the bit."""
    import random

    rnd = random.Random(5)
    alphabet = bytes(range(0x80, 0x100)) + b"  .,AZaz\n\t"
    inputs = [b"", b"abc \n", b"\x98\x98x\x98", LONG.encode("cp1251"), LONG.encode("koi8_r")[:300]]
    inputs += [bytes(rnd.choice(alphabet) for _ in range(rnd.choice([2, 7, 40, 300]))) for _ in range(100)]
    for codec in encoding.SINGLE_BYTE_CANDIDATES:
        for data in inputs:
            expected = encoding.letter_quality(data.decode(codec, errors="replace"))
            assert encoding.letter_quality_bytes(data, codec) == expected
    assert encoding.letter_quality_bytes(b"abc", "utf-8") is None


def test_multibyte_candidate_uses_reference_scorer():
    assert encoding._byte_tables("utf-8") is None and encoding._byte_tables("gbk") is None
    raw = LONG.encode("cp1251")
    ranked = encoding.rank_single_byte(raw, ("gbk", "cp1251"))
    assert ranked[0][1] == "cp1251"
    assert {e: s for s, e in ranked}["gbk"] == encoding._score_decoding(raw, "gbk")


@pytest.mark.parametrize("codec,bom", [("utf-8", b"\xef\xbb\xbf"), ("utf-16-le", b"\xff\xfe"),
                                       ("utf-16-be", b"\xfe\xff"), ("utf-32-le", b"\xff\xfe\x00\x00")])
def test_unicode_with_bom(tmp_path, codec, bom):
    doc = parse_file(write(tmp_path, "b.txt", bom + LONG.encode(codec)))
    assert doc.encoding == codec
    assert doc.text.startswith("О важной роли")
    assert "\ufeff" not in doc.text


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be", "utf-32-le"])
def test_unicode_without_bom(tmp_path, codec):
    doc = parse_file(write(tmp_path, "w.txt", LONG.encode(codec)))
    assert doc.encoding == codec
    assert "Секретариата Ассамблеи" in doc.text


def test_utf16_without_bom_short(tmp_path):
    doc = parse_file(write(tmp_path, "w.txt", "Ассамблея народа Казахстана".encode("utf-16-le")))
    assert doc.text == "Ассамблея народа Казахстана"


def test_utf8_double_encoded_is_repaired(tmp_path):
    garbled = "Ассамблея народа Казахстана провела заседание.".encode("utf-8").decode("cp1251")
    doc = parse_file(write(tmp_path, "d.txt", garbled.encode("utf-8")))
    assert doc.text == "Ассамблея народа Казахстана провела заседание."
    assert doc.warnings


MISREAD = "Заседание Совета Ассамблеи народа Казахстана открыл Председатель. В работе приняли участие руководители центров."


@pytest.mark.parametrize("original, code_page, misread_as", [
    (MISREAD + " — «Мицва», №5, ёлка.", "cp1251", "cp1252"),  # cp1252 has the dash and the quotes
    (MISREAD + " — «Мицва», №5, ёлка.", "cp1251", "latin-1"),  # Latin-1 makes the dash a C1 control
    (MISREAD, "koi8_r", "cp1252"),
    # Kazakh letters are C1 controls in Latin-1: the file was refused as binary data
    ("Қазақстан халқы Ассамблеясы жанындағы мемлекеттік тілді үйрету курстарының жаңа маусымы.", "kz1048", "latin-1"),
])
def test_code_page_misread_as_latin1_is_repaired(tmp_path, original, code_page, misread_as):
    # «Çàñåäàíèå Ñîâåòà…» was indexed as it stood: no Russian word found it, its title was garbage
    garbled = original.encode(code_page).decode(misread_as)
    for name, data in (("m.txt", garbled), ("m.html", f"<html><body><p>{garbled}</p></body></html>")):
        doc = parse_file(write(tmp_path, name, data.encode("utf-8")))
        assert original in doc.text
        assert f"Text was {code_page} misread as " in " ".join(doc.warnings)


def test_utf8_misread_as_latin1_is_repaired_not_refused_as_binary(tmp_path):
    # р, с, т... are D1 80-8F in UTF-8: C1 controls in Latin-1, so the file was refused as binary data
    garbled = MISREAD.encode("utf-8").decode("latin-1")
    doc = parse_file(write(tmp_path, "u.txt", garbled.encode("utf-8")))
    assert doc.text == MISREAD and doc.warnings == ["Text was UTF-8 misread as latin-1 and saved again; repaired."]


@pytest.mark.parametrize("text", [
    "Le déjà-vu était là. Ça a été très évident à côté de l'église. ÀÉÈ sont des capitales.",
    "Müller, Größe, Übung: ÄÖÜ in der Straße.",
])
def test_latin_text_is_not_taken_for_a_misread_code_page(tmp_path, text):
    doc = parse_file(write(tmp_path, "l.txt", text.encode("utf-8")))
    assert doc.text == text and not doc.warnings


def test_misread_word_beside_cyrillic_is_read_back_alone(tmp_path):
    # Cyrillic beside it: not one misread text, but a misread word among good ones (mojibake_runs)
    doc = parse_file(write(tmp_path, "l.txt", "Ассамблея народа Казахстана: Çàñåäàíèå".encode("utf-8")))
    assert doc.text == "Ассамблея народа Казахстана: Заседание"
    assert doc.warnings == ["Text on line 1 was cp1251 misread as cp1252 and saved again; repaired."]


def test_double_encoding_tell_is_a_lead_letter_then_a_continuation():
    import random
    import re

    reference = re.compile(r"[ÐÑ][\u0080-\u00bf\u0152-\u2122]|[РС][" + re.escape(utf8_misread._CP1251_CONTINUATION) + "]")
    rnd = random.Random(2)
    chars = "ÐÑРСра \u0080\u00bf\u00c0\u0152\u2122\u2123ЁёЂ»«№"
    for _ in range(20000):
        s = "".join(rnd.choice(chars) for _ in range(rnd.randint(0, 6)))
        assert bool(utf8_misread._DOUBLE_ENCODING_TELL.search(s)) == bool(reference.search(s)), s


def test_utf8_with_a_few_broken_bytes_is_kept(tmp_path):
    # one flipped byte must not cost the whole file (it used to be read as a code page and
    # rejected as garbled)
    good = ("Ассамблея народа Казахстана провела заседание в Астане. " * 20).encode("utf-8")
    broken = good[:301] + b"\xff" + good[302:] + "Конец".encode("utf-8")[:-1]  # and a letter cut at the end
    doc = parse_file(write(tmp_path, "d.txt", broken))
    assert doc.encoding == "utf-8" and doc.text.count("Ассамблея народа Казахстана") >= 19
    assert any("broken UTF-8" in w for w in doc.warnings)
    # a windows-1251 file is still read as windows-1251, not as damaged UTF-8
    doc = parse_file(write(tmp_path, "w.txt", good.decode("utf-8").encode("cp1251")))
    assert doc.encoding == "cp1251" and "Ассамблея" in doc.text


@pytest.mark.parametrize("code_page", ["cp1251", "koi8_r"])
def test_a_code_page_file_with_lines_added_in_utf8(tmp_path, code_page):
    # an old report with a note typed later in a modern editor: each line read in its own encoding
    note = "Примечание архивиста: оригинал хранится в фонде № 12."
    data = LONG.encode(code_page) + b"\n" + note.encode("utf-8") + b"\n"
    doc = parse_file(write(tmp_path, "a.txt", data))
    assert doc.encoding == code_page
    text = "\n".join(b.text for b in doc.blocks)
    assert note in text and "сплочённости и патриотизма" in text
    assert any("UTF-8" in w for w in doc.warnings)


@pytest.mark.parametrize("encoding", CODE_PAGES)
def test_code_page_text_alone_is_never_taken_for_mixed(tmp_path, encoding):
    # in windows-1251 a capital С or Р then Ё is a valid UTF-8 pair; a line of Russian never is
    text = LONG + "СЁМА, ВСЁ И РЁВ - СЁСТРЫ.\n"
    doc = parse_file(write(tmp_path, "a.txt", text.encode(encoding)))
    assert doc.encoding == encoding and not doc.warnings
    assert "СЁМА, ВСЁ И РЁВ - СЁСТРЫ." in "\n".join(b.text for b in doc.blocks)


def test_seed_document_paragraphs_title():
    if not SEED.exists():
        pytest.skip("seed document not available")
    doc = parse_file(SEED)
    assert doc.title == "О важной роли Ассамблеи народа Казахстана"
    assert doc.encoding == "utf-8"
    assert len(doc.blocks) == 6
    assert doc.blocks[2].text.startswith("Приняли участие депутаты С.Абдрахманов")
    assert all("\t" not in b.text and "  " not in b.text for b in doc.blocks)


def test_seed_document_in_cp1251(tmp_path):
    if not SEED.exists():
        pytest.skip("seed document not available")
    text = SEED.read_text("utf-8")
    doc = parse_file(write(tmp_path, "seed.txt", text.encode("cp1251", errors="replace")))
    assert doc.encoding == "cp1251"
    assert doc.title == "О важной роли Ассамблеи народа Казахстана"


def test_hard_wrapped_paragraphs_and_hyphens():
    text = ("Ассамблея народа Казахстана провела заседание, на котором обсуждались\n"
            "вопросы развития информа-\n"
            "ционной политики и роли общественных объединений в жизни страны.\n"
            "\n"
            "Второй абзац начинается после пустой строки и тоже занимает две строки\n"
            "текста, как в старых отчётах, набранных на пишущей машинке.\n")
    paras = split_paragraphs(clean_text(text))
    assert len(paras) == 2
    assert "развития информационной политики" in paras[0]


def test_a_hard_wrapped_list_keeps_its_items_apart(tmp_path):
    """An item filling its line (here as wide as the text's lines) ran on into the next item; a
    dash opening a line in the middle of a sentence still goes on with it."""
    doc = _wrapped(tmp_path, [
        "Основные направления работы Ассамблеи народа Казахстана в нашей области",
        "в прошедшем году приведены ниже:",
        "• профилактика конфликтов через кабинеты медиации при домах дружбы;",
        "• поддержка этнокультурных объединений, воскресных школ и центров языков;",
        "– работа с молодежью и волонтерами во всех районах и городах области;",
        "1) изучение государственного языка взрослыми в вечерних школах.",
        "",
        "«Каждый из этих шагов укрепляет согласие в нашем доме», — добавил он,",
        "— и мы продолжим эту работу вместе с этнокультурными объединениями.",
    ])
    assert [b.text for b in doc.blocks] == [
        "Основные направления работы Ассамблеи народа Казахстана в нашей области в прошедшем году приведены ниже:",
        "• профилактика конфликтов через кабинеты медиации при домах дружбы;",
        "• поддержка этнокультурных объединений, воскресных школ и центров языков;",
        "– работа с молодежью и волонтерами во всех районах и городах области;",
        "1) изучение государственного языка взрослыми в вечерних школах.",
        "«Каждый из этих шагов укрепляет согласие в нашем доме», — добавил он, — и мы продолжим эту работу "
        "вместе с этнокультурными объединениями."]


def _wrapped(tmp_path, lines: list[str]):
    """A hard-wrapped UTF-8 text file of one paragraph per blank-line-separated group, parsed."""
    return parse_file(write(tmp_path, "wrapped.txt", "\n".join(lines).encode("utf-8")))


ONE_TURN_A_LINE = [
    "СТЕНОГРАММА заседания Малой ассамблеи",
    "Павлодар, 15 мая 2022 года",
    "Исмаилов К.А.: Уважаемые коллеги! Мы начинаем заседание Малой ассамблеи города.",
    "Шмидт А.В.: Благодарю. Немецкий центр провел фестиваль «Дружба народов» для трехсот детей.",
    "Голос из зала: А когда откроют новый дом дружбы в Экибастузе?",
    "Исмаилов К.А.: Строительство завершится в следующем году, я лично контролирую этот вопрос.",
]


@pytest.mark.parametrize("dateline", [ONE_TURN_A_LINE[1], "г. " + ONE_TURN_A_LINE[1]])
def test_a_transcript_saved_one_turn_a_line_keeps_its_turns_apart(tmp_path, dateline):
    """Word's «save as plain text» writes a turn a line with no blank lines; its lines are as wide as
    each other, so they were read as hard-wrapped prose: the whole transcript was one passage with
    no speaker, and its title ran on into the turns."""
    lines = [ONE_TURN_A_LINE[0], dateline, *ONE_TURN_A_LINE[2:]]
    doc = _wrapped(tmp_path, lines)
    assert [b.text for b in doc.blocks] == lines
    path = tmp_path / "wrapped.txt"
    record = build_record(doc, path, str(tmp_path), "0" * 64)
    assert record.title == "Стенограмма заседания Малой ассамблеи"
    said = {p.text: p.speakers for p in record.passages}
    assert said[ONE_TURN_A_LINE[2]] == said[ONE_TURN_A_LINE[5]] == ["К.А. Исмаилов"]
    assert said[ONE_TURN_A_LINE[3]] == ["А.В. Шмидт"]


def test_a_kazakh_transcript_saved_one_turn_a_line_keeps_the_presiding_chair_s_turns_apart(tmp_path):
    """«Төрағалық етуші:» (presiding, two words, the second in lowercase) had no label's shape: the
    chair's turns ran on into the turn before them."""
    lines = [
        "ХАТТАМА Қазақстан халқы Ассамблеясы Кеңесінің отырысы",
        "Астана, 2020 жылғы 15 қазан",
        "Төрағалық етуші: Құрметті әріптестер! Бүгінгі отырысымызды ашық деп жариялаймын.",
        "Тоқаев Қ.К.: Ассамблея қоғамдық келісімді нығайтуда маңызды рөл атқарады деп санаймын.",
        "Төрағалық етуші: Рахмет. Сөз облыстық Ассамблея хатшылығының меңгерушісіне беріледі.",
        "Сейітқали Ә.: Рахмет. Біздің облыста этномәдени орталықтардың саны биыл айтарлықтай артты.",
    ]
    assert [b.text for b in _wrapped(tmp_path, lines).blocks] == lines


def test_a_transcript_s_turns_wrapped_over_lines_are_joined_whole(tmp_path):
    """A turn wrapped to the margin stays one paragraph, a name opening a line in the middle of its
    sentence included; the next label starts the next turn."""
    doc = _wrapped(tmp_path, [
        "Исмаилов К.А.: Уважаемые коллеги! Слово для доклада предоставляется руководителю",
        "Немецкого центра города Павлодара, члену Ассамблеи народа Казахстана",
        "Шмидт А.В.: он расскажет о фестивале, который прошел в городе в мае.",
        "Шмидт А.В.: Благодарю. Немецкий центр провел фестиваль «Дружба народов» для",
        "трехсот детей из всех районов области, и мы продолжим эту работу в новом году.",
    ])
    assert [b.text for b in doc.blocks] == [
        "Исмаилов К.А.: Уважаемые коллеги! Слово для доклада предоставляется руководителю Немецкого центра "
        "города Павлодара, члену Ассамблеи народа Казахстана Шмидт А.В.: он расскажет о фестивале, который "
        "прошел в городе в мае.",
        "Шмидт А.В.: Благодарю. Немецкий центр провел фестиваль «Дружба народов» для трехсот детей из всех "
        "районов области, и мы продолжим эту работу в новом году.",
    ]


def test_words_split_after_a_short_syllable_are_joined(tmp_path):
    doc = _wrapped(tmp_path, [
        "Заседание Совета Ассамблеи народа Казахстана было по-",
        "священо вопросам информационной политики и по-",
        "литике в сфере межэтнических отношений, а также во-",
        "просам науки. Известный в регионе и стране экс-",
        "перт из-",
        "вестного аналитического центра отметил ка-",
        "чество работы и вклад нау-",
        "ки, которую выполнил заместитель председателя Ер-",
        "жан Тулегенов из Ка-",
        "захстана вместе с коллегой Айгерим Тока-",
        "евой и депутатом Мажилиса Парламента Бол-",
        "атом полностью и в срок, как было запланировано. Этно-",
        "культурные объединения подготовили серию видео-",
        "роликов о работе Ассамблеи в регионах страны.",
    ])
    text = doc.text
    for word in ("посвящено", "политике", "вопросам", "эксперт", "известного", "качество", "науки",
                 "Ержан", "Казахстана", "Токаевой", "Болатом",
                 "Этнокультурные", "видеороликов"):  # the dictionary lists этно-культурные as a misspelling
        assert word in text
    assert "-" not in text


def test_real_compounds_keep_their_hyphen_at_a_line_end(tmp_path):
    doc = _wrapped(tmp_path, [
        "Участники встречи в Доме дружбы Ассамблеи, во-",
        "первых, обсудили с экспертами в столице кое-",
        "что из актуальной для всех регионов социально-",
        "экономической повестки, из-",
        "за чего бывший экс-",
        "президент ассоциации и приглашённый вице-",
        "министр информации говорили на встрече по-",
        "казахски о проблемах развития северо-",
        "западных регионов; скажи-",
        "ка, что-",
        "то изменилось в этих регионах в 2019-",
        "2020 годах, в начале нынешнего XXI-",
        "го века и в 1990-",
        "х годах в сфере информационно-",
        "аналитической работы, спросил ведущий.",
    ])
    text = doc.text
    for compound in ("во-первых", "кое-что", "социально-экономической", "из-за", "экс-президент",
                     "вице-министр", "по-казахски", "северо-западных", "скажи-ка", "что-то",
                     "2019-2020", "XXI-го", "1990-х", "информационно-аналитической"):
        assert compound in text


def test_compounds_are_looked_up_in_the_index_dictionary_loaded_once_per_process(tmp_path):
    """Line ends are decided with the analyzer the index loads (before ingest forks its parsers),
    not a second copy of pymorphy3's dictionaries in every parser process."""
    from index.morphology import morph
    from ingest.parsers.normalize import _morph

    doc = _wrapped(tmp_path, [
        "Участники встречи в Доме дружбы Ассамблеи обсудили с экспертами из всех регионов вопросы",
        "актуальной для всех регионов страны социально-",
        "экономической повестки, спросил ведущий.",
    ])
    assert "социально-экономической" in doc.text
    assert _morph() is morph()


def test_kazakh_split_decided_by_the_documents_own_spelling(tmp_path):
    """No Kazakh dictionary here: a word the document writes hyphenated inside a line keeps its
    hyphen at a line end, one it writes joined is joined."""
    doc = _wrapped(tmp_path, [
        "Ассамблея іс-шараны өткізді. Қазақстан халқы бірлігінің",
        "күні құрметіне барлық өңірлерде мерекелік іс-",
        "шаралар өтті, олар Қа-",
        "зақстан халқының бірлігін нығайтуға арналған ақпараттық-",
        "насихаттық жұмысын жалғастыруға бағытталды.",
    ])
    text = doc.text
    assert "іс-шаралар" in text
    assert "Қазақстан халқының" in text
    assert "ақпараттық-насихаттық" in text


def test_kazakh_compounds_with_no_other_spelling_in_the_document_keep_their_hyphen(tmp_path):
    """No spelling of these compounds elsewhere: a right part that starts with a vowel (no line
    split puts one there), or two parts the document writes as words of their own, keep the
    hyphen; a Kazakh word split at a syllable is still joined."""
    doc = _wrapped(tmp_path, [
        "Мерекелік кешке балалар мен олардың ата-",
        "аналары қатысты. Жастар білім мен ақыл-",
        "ой туралы, өңірдің әлеуметтік-",
        "экономикалық дамуы туралы айтты. Іс",
        "жоспарында шаралар көп: мектепте іс-",
        "шаралар өтті, олар Қазақ-",
        "стан халқының тілі мен мәде-",
        "ниетін дамытуға арналған жұмыс болды.",
    ])
    text = doc.text
    for compound in ("ата-аналары", "ақыл-ой", "әлеуметтік-экономикалық", "іс-шаралар"):
        assert compound in text
    assert "Қазақстан халқының" in text and "мәдениетін" in text


def test_normalisation_nfc_controls_spaces():
    raw = "Мои\u0306 дом\x07\u00a0\u00a0стоит.\u200b\r\n"
    assert clean_text(raw).strip().replace("\u00a0", " ") == "Мой дом  стоит."
    assert "\u0306" not in clean_text(raw) and "й" in clean_text(raw)
    assert split_paragraphs(clean_text(raw)) == ["Мой дом стоит."]
    dropped = "\x00\x08\x0e\x1d\x1f\x7f\x84\x86\x9f\u200b\u200c\u200d\u200e\u200f\u2060\ufeff\u202a\u202e"
    assert clean_text("а".join(dropped) + "\t\u00ad\nб\u00adв") == "а" * (len(dropped) - 1) + "\t\u00ad\nбв"


def test_ligatures_spelled_out_and_footnote_marks_taken_off_words():
    """«ofﬁcial» (a ligature) and «процентов¹» (a footnote mark on the word) were found only as
    written; the notes keep their marks, units their powers."""
    text = clean_text("The ofﬁcial report.\nДоля выросла до 83 процентов¹, вдвое²³; 100 м² и 5 км³.\n¹ По данным переписи.")
    assert text == "The official report.\nДоля выросла до 83 процентов, вдвое; 100 м² и 5 км³.\n¹ По данным переписи."


def test_control_characters_that_stand_for_breaks_and_hyphens():
    """Word's manual line break (VT) and non-breaking hyphen (0x1E), NEL, the Unicode separators
    and form feed are not dropped: dropping them glued the words on either side."""
    assert clean_text("Итоги\x0bгода") == "Итоги\nгода"
    assert clean_text("Итоги\x85года\u2028всё") == "Итоги\nгода\nвсё"
    assert clean_text("конец\x0cначало\u2029абзац") == "конец\n\nначало\n\nабзац"
    assert clean_text("социально\x1eэкономический") == "социально-экономический"
    assert clean_text("опцио\x1fнальный") == "опциональный"  # Word's optional hyphen


def test_word_text_export_with_its_control_characters(tmp_path):
    """A Word "plain text" export keeps manual line breaks (VT) and hyphens (0x1E, 0x1F) as
    control bytes; an address block made of them is text, not binary, and keeps its lines apart."""
    address = "Ассамблея народа Казахстана\x0bг. Астана\x0bул. Бейбітшілік, 11\x0bтел. 74-01-23\r\n\r\n"
    body = "Подведены итоги социально\x1eэкономического разви\x1fтия региона за год.\r\n"
    doc = parse_file(write(tmp_path, "w.txt", (address * 4 + body).encode("cp1251")))
    assert doc.encoding == "cp1251"
    assert [b.text for b in doc.blocks[:4]] == ["Ассамблея народа Казахстана", "г. Астана",
                                                "ул. Бейбітшілік, 11", "тел. 74-01-23"]
    assert doc.blocks[-1].text == "Подведены итоги социально-экономического развития региона за год."
    nel = parse_file(write(tmp_path, "n.txt", ("Итоги\u0085года подведены. " * 30).encode("utf-8")))
    assert "Итоги года подведены." in nel.text and "Итогигода" not in nel.text


def test_normalize_inline_equals_collapsing_every_space_run():
    import random

    from ingest.parsers.normalize import _SPACES, normalize_inline

    rnd = random.Random(1)
    chars = "ab \t\n\r\u00a0\u2000\u200a\u200b\u3000\u2028\x85\x0b"
    for _ in range(20000):
        s = "".join(rnd.choice(chars) for _ in range(rnd.randint(0, 12)))
        assert normalize_inline(s) == _SPACES.sub(" ", s).strip()


def test_dateline(tmp_path):
    text = "Заседание Совета\n\nАстана, 14 марта 2019 г.\n\nСостоялось заседание Совета Ассамблеи.\n"
    doc = parse_file(write(tmp_path, "d.txt", text.encode("cp1251")))
    assert doc.metadata["dateline"] == "Астана, 14 марта 2019 г."


def test_zero_byte_file(tmp_path):
    with pytest.raises(ParseError) as e:
        parse_file(write(tmp_path, "empty.txt", b""))
    assert e.value.reason == "empty"
    assert "empty" in str(e.value)


def test_whitespace_only_file(tmp_path):
    with pytest.raises(ParseError) as e:
        parse_file(write(tmp_path, "blank.txt", b"\r\n \t\r\n"))
    assert e.value.reason == "empty"


def test_binary_garbage_named_txt(tmp_path):
    import random

    rnd = random.Random(7)
    data = bytes(rnd.randrange(256) for _ in range(4000))
    with pytest.raises(ParseError) as e:
        parse_file(write(tmp_path, "garbage.txt", data))
    assert e.value.reason == "binary"
    assert "binary" in str(e.value)


def test_known_binary_format_named_txt(tmp_path):
    with pytest.raises(ParseError) as e:
        parse_file(write(tmp_path, "doc.txt", b"PK\x03\x04" + b"\x00" * 100))
    assert e.value.reason == "unsupported"
    assert "ZIP" in str(e.value) or "Office" in str(e.value)


def test_sniff_by_content_over_extension():
    assert sniff_format("a.txt", b"%PDF-1.4\n") == "pdf"
    assert sniff_format("a.txt", b"\xef\xbb\xbf<!DOCTYPE html><html>") == "html"
    assert sniff_format("a.htm", b"plain words") == "html"
    assert sniff_format("a.txt", "<html>".encode("utf-16-le")) == "html"
    assert sniff_format("notes", b"plain words") == "txt"
    assert sniff_format("a.xyz", b"plain words") is None


def test_text_saved_under_a_pdf_name_is_text_and_a_broken_pdf_stays_one():
    # a copy of a report saved as .pdf was parsed as PDF: "not a PDF", and its text never indexed
    assert sniff_format("b.pdf", "Итоги сессии\n\nАссамблея работает.\n".encode("cp1251")) == "txt"
    assert sniff_format("b.pdf", "Итоги сессии\n\nАссамблея работает.\n".encode("utf-16-le")) == "txt"
    assert sniff_format("b.pdf", b"%PDF-1.4\n1 0 obj <<") == "pdf"  # truncated: a damaged PDF
    assert sniff_format("b.pdf", bytes(range(256)) * 4) == "pdf"  # other bytes: a damaged PDF


def test_parse_error_pickles():
    import pickle

    e = ParseError("damaged", "The PDF is damaged.", path="x.pdf")
    e2 = pickle.loads(pickle.dumps(e))
    assert (e2.reason, str(e2), e2.path) == ("damaged", "The PDF is damaged.", "x.pdf")


TRANSCRIPT_BODY = ("\n\nНур-Султан, 28 апреля 2021 года\n\nПредседательствующий (Н.А. Назарбаев): Уважаемые члены "
                   "Ассамблеи! Объявляю XXIX сессию Ассамблеи народа Казахстана открытой.\n")


@pytest.mark.parametrize("heading, title", [
    # the event on the line under the type word, and in a paragraph of its own, wrapped
    ("СТЕНОГРАММА\nXXIX сессии Ассамблеи народа Казахстана",
     "СТЕНОГРАММА XXIX сессии Ассамблеи народа Казахстана"),
    ("СТЕНОГРАММА\n\nXXIX сессии Ассамблеи\nнарода Казахстана",
     "СТЕНОГРАММА XXIX сессии Ассамблеи народа Казахстана"),
    ("ПРОТОКОЛ № 3\nзаседания Совета общественного согласия\nпри акимате Павлодарской области",
     "ПРОТОКОЛ № 3 заседания Совета общественного согласия при акимате Павлодарской области"),
    ("ХАТТАМА\nҚазақстан халқы Ассамблеясы Кеңесінің отырысы",
     "ХАТТАМА Қазақстан халқы Ассамблеясы Кеңесінің отырысы"),
    # a type said with which one it is: every year's «ГОДОВОЙ ОТЧЁТ» was titled alike
    ("ГОДОВОЙ ОТЧЁТ\nАссамблеи народа Казахстана за 2016 год", "ГОДОВОЙ ОТЧЁТ Ассамблеи народа Казахстана за 2016 год"),
    ("Итоговая резолюция\nреспубликанского форума молодежи", "Итоговая резолюция республиканского форума молодежи"),
    # nothing names the event: a dateline, or the speaker's address to the hall, is no heading
    ("СТЕНОГРАММА", "СТЕНОГРАММА"),
    ("ВЫСТУПЛЕНИЕ\n\nУважаемые члены Ассамблеи!", "ВЫСТУПЛЕНИЕ"),
    # under a letterhead (the organisation's name), which was the title
    ("Ассамблея народа Казахстана\n\nПресс-релиз\n\nКруглый стол «Медиация в поликультурном обществе»",
     "Пресс-релиз Круглый стол «Медиация в поликультурном обществе»"),
    ("Ассамблея народа Казахстана\nСекретариат\n\nИНФОРМАЦИЯ\nо работе кабинетов медиации",
     "ИНФОРМАЦИЯ о работе кабинетов медиации"),
], ids=["next line", "next paragraph", "numbered", "kazakh", "qualified", "qualified feminine", "dateline", "address",
        "letterhead", "letterhead of two"])
def test_a_bare_document_type_takes_the_heading_under_it_into_the_title(tmp_path, heading, title):
    """Every transcript was titled «СТЕНОГРАММА» (its first line), so a list of them read the same
    and the event they record was lost."""
    doc = parse_file(write(tmp_path, "sten.txt", (heading + TRANSCRIPT_BODY).encode("utf-8")))
    assert doc.title == title



ACT_BODY = ("\n\nВ целях укрепления общенационального единства ПОСТАНОВЛЯЮ:\n\n1. Утвердить прилагаемый документ.\n\n"
            "Президент Республики Казахстан К. Токаев\n\nАстана, 25 января 2023 года\n№ 100\n")


@pytest.mark.parametrize("heading, title", [
    # the kind and issuer, in capitals, over the act's name: cited as lawyers cite it
    ("УКАЗ\nПРЕЗИДЕНТА РЕСПУБЛИКИ КАЗАХСТАН\n\nО Дне благодарности",
     "Указ Президента Республики Казахстан «О Дне благодарности»"),
    ("ЗАКОН РЕСПУБЛИКИ КАЗАХСТАН\n\nОб Ассамблее народа Казахстана",
     "Закон Республики Казахстан «Об Ассамблее народа Казахстана»"),
    ("УКАЗ\n\nО Дне единства народа Казахстана", "Указ «О Дне единства народа Казахстана»"),
    ("РАСПОРЯЖЕНИЕ\nПРЕМЬЕР-МИНИСТРА РЕСПУБЛИКИ КАЗАХСТАН\n\nО создании рабочей группы",
     "Распоряжение Премьер-Министра Республики Казахстан «О создании рабочей группы»"),
    ("РЕШЕНИЕ\nXXXII сессии Ассамблеи народа Казахстана\n\nОб избрании депутатов Мажилиса",
     "Решение XXXII сессии Ассамблеи народа Казахстана «Об избрании депутатов Мажилиса»"),
    # a dateline between the kind and the name
    ("УКАЗ ПРЕЗИДЕНТА РЕСПУБЛИКИ КАЗАХСТАН\n\nг. Астана, 7 сентября 2022 года № 1010\n\nО внесении изменений",
     "Указ Президента Республики Казахстан «О внесении изменений»"),
    # Kazakh: the issuer, the name, the kind last
    ("ҚАЗАҚСТАН РЕСПУБЛИКАСЫ ПРЕЗИДЕНТІНІҢ\nЖАРЛЫҒЫ\n\nҚазақстан халқы Ассамблеясын құру туралы",
     "Қазақстан Республикасы Президентінің «Қазақстан халқы Ассамблеясын құру туралы» Жарлығы"),
    # an approval stamp over an appended document, whose kind is part of its name
    ("Утверждено\nУказом Президента Республики Казахстан\nот 26 апреля 2002 года № 856\n\n"
     "ПОЛОЖЕНИЕ\nоб Ассамблее народа Казахстана", "ПОЛОЖЕНИЕ об Ассамблее народа Казахстана"),
    ("Утверждена\nУказом Президента\nРеспублики Казахстан\nот 10 декабря 2021 года № 733\n\n"
     "КОНЦЕПЦИЯ\nразвития Ассамблеи народа Казахстана", "КОНЦЕПЦИЯ развития Ассамблеи народа Казахстана"),
    ("УСТАВ\n\nОбщественного фонда «Қазақстан халқына»", "УСТАВ Общественного фонда «Қазақстан халқына»"),
], ids=["decree", "law", "bare decree", "order", "session decision", "dateline", "kazakh", "stamp", "stamp feminine",
        "charter"])
def test_an_act_in_official_form_is_titled_by_its_name(tmp_path, heading, title):
    """Acts printed in their official form were titled «УКАЗ», «ЗАКОН РЕСПУБЛИКИ КАЗАХСТАН» or
    «Утверждена»: a lawyer could not tell one act from another in the list, the export or a citation."""
    doc = parse_file(write(tmp_path, "act.txt", (heading + ACT_BODY).encode("utf-8")))
    assert doc.title == title


ANNEX = ("\nУТВЕРЖДЕНО\nУказом Президента\nРеспублики Казахстан\nот 25 января 2023 года № 100\n\nПОЛОЖЕНИЕ\nоб "
         "Ассамблее народа Казахстана\n\n" + "".join(f"{i}. Ассамблея руководствуется Законом от 20 октября 2008 года "
                                                    f"№ 70-IV.\n" for i in range(1, 6)))
DECREE_NAME = "Указ Президента Республики Казахстан «Об утверждении Положения об Ассамблее народа Казахстана»"


@pytest.mark.parametrize("heading, title", [
    ("Указ Президента Республики Казахстан\nОб утверждении Положения об Ассамблее народа Казахстана", DECREE_NAME),
    ("УКАЗ ПРЕЗИДЕНТА РЕСПУБЛИКИ КАЗАХСТАН\n«Об утверждении Положения об Ассамблее народа Казахстана»", DECREE_NAME),
    ("Указ Президента Республики Казахстан\n\n«Об утверждении Положения об Ассамблее народа Казахстана»", DECREE_NAME),
    ("Қазақстан Республикасы Президентінің Жарлығы\n«Қазақстан халқы Ассамблеясы туралы ережені бекіту туралы»",
     "Қазақстан Республикасы Президентінің «Қазақстан халқы Ассамблеясы туралы ережені бекіту туралы» Жарлығы"),
    # adilet's copy of a law: the name in quotes, then again without them
    ("Закон Республики Казахстан\n«Об Ассамблее народа Казахстана»\nОб Ассамблее народа Казахстана",
     "Закон Республики Казахстан «Об Ассамблее народа Казахстана»"),
    # typewriter quotes, as a Word copy types them, nested too; a name in capitals
    ('Указ Президента Республики Казахстан\n"О Концепции развития Ассамблеи народа Казахстана"',
     "Указ Президента Республики Казахстан «О Концепции развития Ассамблеи народа Казахстана»"),
    ('Постановление Правительства Республики Казахстан\n\n“О мерах по реализации Закона "Об Ассамблее"”',
     "Постановление Правительства Республики Казахстан «О мерах по реализации Закона «Об Ассамблее»»"),
    ("УКАЗ ПРЕЗИДЕНТА РЕСПУБЛИКИ КАЗАХСТАН\nОБ УТВЕРЖДЕНИИ ПОЛОЖЕНИЯ ОБ АССАМБЛЕЕ НАРОДА КАЗАХСТАНА", DECREE_NAME),
    ("УКАЗ ПРЕЗИДЕНТА РЕСПУБЛИКИ КАЗАХСТАН\n\nО СОЗДАНИИ РАБОЧЕЙ ГРУППЫ АНК",
     "Указ Президента Республики Казахстан «О создании рабочей группы АНК»"),
    ("ҚАЗАҚСТАН РЕСПУБЛИКАСЫ ПРЕЗИДЕНТІНІҢ ЖАРЛЫҒЫ\nҚАЗАҚСТАН ХАЛҚЫ АССАМБЛЕЯСЫ ТУРАЛЫ ЕРЕЖЕНІ БЕКІТУ ТУРАЛЫ",
     "Қазақстан Республикасы Президентінің «Қазақстан халқы Ассамблеясы туралы ережені бекіту туралы» Жарлығы"),
], ids=["next line", "capitals quoted", "quoted", "kazakh", "law named twice", "typewriter quotes",
        "curly and nested quotes", "name in capitals", "name in capitals with an abbreviation", "kazakh name in capitals"])
@pytest.mark.parametrize("body", [ACT_BODY, ACT_BODY + ANNEX], ids=["alone", "with annex"])
def test_an_acts_name_right_under_its_kind_or_in_quotes_is_its_title(tmp_path, heading, title, body):
    """A decree whose name stood on the line right under «Указ Президента Республики Казахстан», with no blank
    line between, or in quotes, was titled «Указ Президента Республики Казахстан» like every other decree; a name in
    typewriter quotes was too, and one in capitals stayed in capitals inside the title."""
    doc = parse_file(write(tmp_path, "act.txt", (heading + body).encode("utf-8")))
    assert doc.title == title


@pytest.mark.parametrize("heading, title", [
    ("Qazaqstan Respy'blikasy Prezidentinin' Jarlyg'y\n\nQazaqstan halqy Assambleiasy turaly\n\n"
     "Astana, 2018 jylg'y 12 nayryz\n\n",
     "Qazaqstan Respy'blikasy Prezidentinin' «Qazaqstan halqy Assambleiasy turaly» Jarlyg'y"),
    ("Qazaqstan Respýblıkasy Prezıdentiniń Jarlyǵy\n\nQazaqstan halqy Assambleıasy týraly\n\n"
     "Astana, 2018 jylǵy 12 naýryz\n\n",
     "Qazaqstan Respýblıkasy Prezıdentiniń «Qazaqstan halqy Assambleıasy týraly» Jarlyǵy"),
    ("Qazaqstan Respublikasy Prezidentınıñ Jarlyğy\n\nQazaqstan halqy Assambleiasynyñ damu tūjyrymdamasy turaly\n\n"
     "Astana, 2022 jylğy 7 qyrküiek, № 1002\n\n",
     "Qazaqstan Respublikasy Prezidentınıñ «Qazaqstan halqy Assambleiasynyñ damu tūjyrymdamasy turaly» Jarlyğy"),
    ("QAZAQSTAN HALQY ASSAMBLEIASY TÓRAǴASYNYŃ ÓKIMI\n\nJastar jylyn ótkizý týraly\n\nAstana, 2019 jylǵy 5 aqpan\n\n",
     # capitals' I is ı or i alike: as a plain keyboard types it
     "Qazaqstan halqy Assambleiasy Tóraǵasynyń «Jastar jylyn ótkizý týraly» ókimi"),
    # the state's body keeps its capital in each alphabet's capitals: 2018's ý, 2021's Ükimet were small
    ("QAZAQSTAN RESPÝBLIKASY PREZIDENTINIŃ JARLYǴY\n\nJastar jylyn ótkizý týraly\n\nAstana, 2019 jylǵy 5 aqpan\n\n",
     "Qazaqstan Respýblikasy Prezidentiniń «Jastar jylyn ótkizý týraly» Jarlyǵy"),
    ("QAZAQSTAN RESPUBLIKASY ÜKIMETINIÑ QAULYSY\n\nGranttar beru qağidalaryn bekıtu turaly\n\n"
     "Astana, 2022 jylğy 3 qazan № 771\n\n",
     "Qazaqstan Respublikasy Ükimetiniñ «Granttar beru qağidalaryn bekıtu turaly» qaulysy"),
], ids=["2017", "2018", "2021", "capitals", "2018 capitals", "2021 government in capitals"])
def test_a_kazakh_act_in_latin_letters_is_titled_as_it_is_cited(tmp_path, heading, title):
    """Every Latin-script decree was titled by its bare header («Qazaqstan Respublikasy Prezidentınıñ Jarlyğy»),
    so no two could be told apart in a result list: the act rules knew Cyrillic kinds and «туралы» only."""
    doc = parse_file(write(tmp_path, "act.txt", (heading + "Qazaqstan halqy Assambleıasynyń rólin arttyrý "
                                                 "maqsatynda QAÝLY ETEMIN:\n").encode("utf-8")))
    assert doc.title == title


@pytest.mark.parametrize("heading, title", [
    ("Қазақстан халқы Ассамблеясы Төрағасының өкімі\n\nАстана, 2023 жылғы 20 сәуір № 7\n\n"
     "Қазақстан халқы Ассамблеясының «Бірлік» медалімен мыналар марапатталсын:",
     "Қазақстан халқы Ассамблеясы Төрағасының өкімі"),
    ("ҚАЗАҚСТАН РЕСПУБЛИКАСЫ ПРЕЗИДЕНТІНІҢ\nЖАРЛЫҒЫ\n\nАстана, Ақорда, 2019 жылғы 5 желтоқсан № 220\n\nМарапатталсын:",
     "Қазақстан Республикасы Президентінің Жарлығы"),
    ("РАСПОРЯЖЕНИЕ\nПредседателя Ассамблеи народа Казахстана\n\nАстана, 20 апреля 2023 года № 7\n\n"
     "Наградить медалью «Бірлік»:", "Распоряжение Председателя Ассамблеи народа Казахстана"),
    # in capitals: the issuer's Төрағасының, Кеңесінің capitalised, the kind small as Kazakh writes an order's
    ("ҚАЗАҚСТАН ХАЛҚЫ АССАМБЛЕЯСЫ ТӨРАҒАСЫНЫҢ ӨКІМІ\n\nАстана қаласы, 2024 жылғы 2 ақпан № 3\n\n«Бірлік» медалімен марапатталсын:",
     "Қазақстан халқы Ассамблеясы Төрағасының өкімі"),
    ("ҚАЗАҚСТАН ХАЛҚЫ АССАМБЛЕЯСЫ КЕҢЕСІНІҢ ШЕШІМІ\n\nАстана, 2024 жылғы 2 ақпан № 3\n\nМарапатталсын:",
     "Қазақстан халқы Ассамблеясы Кеңесінің шешімі"),
], ids=["kazakh order", "kazakh decree in capitals", "russian order", "kazakh order in capitals",
        "kazakh decision in capitals"])
def test_an_act_with_no_name_is_titled_by_its_kind_and_issuer_not_its_dateline(tmp_path, heading, title):
    """A Kazakh order with no «… туралы» line was titled «Астана, 2023 жылғы 20 сәуір № 7» (its issuer
    was read as a letterhead over the dateline), one in capitals had no title at all."""
    doc = parse_file(write(tmp_path, "act.txt", (heading + ACT_BODY).encode("utf-8")))
    assert doc.title == title


def test_an_acts_title_is_read_from_an_html_page_too(tmp_path):
    page = ("<html><head><meta charset='utf-8'></head><body><p>УКАЗ ПРЕЗИДЕНТА РЕСПУБЛИКИ КАЗАХСТАН</p>"
            "<p>О Дне благодарности</p><p>В целях укрепления общенационального единства ПОСТАНОВЛЯЮ:</p>"
            "<p>1. Утвердить прилагаемый документ.</p></body></html>")
    doc = parse_file(write(tmp_path, "act.html", page.encode("utf-8")))
    assert doc.title == "Указ Президента Республики Казахстан «О Дне благодарности»"



NEWS_BODY = ("Сегодня в Астане прошла XIII сессия Ассамблеи народа Казахстана. Её открыл Президент.\n\n"
             "Участники обсудили вопросы межэтнического согласия.\n")


@pytest.mark.parametrize("opening, title", [
    ("Астана, 24 октября 2007 г.\n\nXIII сессия Ассамблеи\n\n", "XIII сессия Ассамблеи"),
    ("24.10.2007\n\nXIII сессия Ассамблеи\n\n", "XIII сессия Ассамблеи"),
    ("01.03.95\n\nXIII сессия Ассамблеи\n\n", "XIII сессия Ассамблеи"),
    ("Астана, 2024 жылғы 29 ақпан\n\nАссамблея кеңесінің отырысы\n\n", "Ассамблея кеңесінің отырысы"),
    ("Астана, 2024 жылғы 29-ақпан\n\nАссамблея кеңесінің отырысы\n\n", "Ассамблея кеңесінің отырысы"),
    ("29-ақпан 2024 ж.\n\nАссамблея кеңесінің отырысы\n\n", "Ассамблея кеңесінің отырысы"),
    ("Астана, 24-го октября 2007 г.\n\nXIII сессия Ассамблеи\n\n", "XIII сессия Ассамблеи"),
    ("24 октября 2007 года, Астана\n\nСТЕНОГРАММА\nXIII сессии Ассамблеи\n\n", "Стенограмма XIII сессии Ассамблеи"),
    # no heading under it: the first line of the text, as for a text that opens with its body
    ("Нур-Султан, 15 декабря 2020 года\n\n", NEWS_BODY.split("\n")[0]),
    # a span of days
    ("1-2 марта 2019 г.\n\nXIII сессия Ассамблеи\n\n", "XIII сессия Ассамблеи"),
    ("Астана, 28 февраля – 1 марта 2019 года\n\nXIII сессия Ассамблеи\n\n", "XIII сессия Ассамблеи"),
    ("С 28 февраля по 1 марта 2019 г.\n\nXIII сессия Ассамблеи\n\n", "XIII сессия Ассамблеи"),
    ("01.03–02.03.2019\n\nXIII сессия Ассамблеи\n\n", "XIII сессия Ассамблеи"),
    ("01-02.03.2019\n\nXIII сессия Ассамблеи\n\n", "XIII сессия Ассамблеи"),
], ids=["place and date", "date alone", "two-digit year", "kazakh", "kazakh ordinal", "kazakh ordinal day first",
        "russian ordinal", "document type", "no heading", "span", "place and span", "s-po span", "numeric span",
        "numeric days span"])
def test_a_dateline_on_the_first_line_is_not_the_title(tmp_path, opening, title):
    """A news item that opens with its dateline was titled by it, so a citation named the date
    twice («…; Нур-Султан, 15 декабря 2020 года, 15.12.2020») and the subject was lost; a line of a
    span of days («1-2 марта 2019 г.», «01.03–02.03.2019») was until later."""
    path = write(tmp_path, "news.txt", (opening + NEWS_BODY).encode("utf-8"))
    assert document_title(parse_file(path), path) == title


@pytest.mark.parametrize("dateline, day", [("Астана, 2015 жылгы 23 сауир", "2015-04-23"),
                                           ("Астана, 2015 жылгы 23 сэуiр", "2015-04-23"),
                                           ("Алматы, 2016 жылгы 5 кыркуйек", "2016-09-05"),
                                           ("Шымкент, 2019 жылгы 12 желтоксан", "2019-12-12")])
def test_a_kazakh_dateline_typed_in_russian_letters_is_no_title_and_dates_the_item(tmp_path, dateline, day):
    # Kazakh typed on a Russian keyboard (ә as а or э, і as и, қ as к) was titled by its dateline, which
    # the title rules did not read as one, as its Kazakh twin «2015 жылғы 23 сәуір»; and the heading above
    # it was read as a letterhead («Казакстан халкы Ассамблеясы…»)
    text = (f"Казакстан халкы Ассамблеясынын сессиясы\n\n{dateline}\n\nКазакстан халкы Ассамблеясынын XXIII "
            "сессиясы отти. Сессияга 1500-ден астам делегат катысты.\n")
    path = write(tmp_path, "habar.txt", text.encode("utf-8"))
    record = build_record(parse_file(path), path, str(tmp_path), "0" * 64)
    assert record.title == "Казакстан халкы Ассамблеясынын сессиясы"
    assert record.date.isoformat() == day


@pytest.mark.parametrize("first_line", ["Протокол от 12.05.2019", "Указ от 1 марта 1995 года",
                                        "XIII сессия 24.10.2007", "Астана, 24 октября 2007 г. Открылась сессия",
                                        "Пункт 15 – 12 марта 2019 г.", "Заседание 1-2 марта 2019 г."])
def test_a_first_line_with_a_date_and_more_stays_the_title(tmp_path, first_line):
    path = write(tmp_path, "doc.txt", (first_line + "\n\n" + NEWS_BODY).encode("utf-8"))
    assert document_title(parse_file(path), path) == first_line


def test_a_hard_wrapped_text_without_blank_lines_is_joined_in_linear_time():
    # the whole file is one paragraph, and the end of the growing paragraph was searched from its
    # start once per line: 300 KB took 16 s against 1 s with blank lines, 1.2 MB the time limit
    import textwrap

    from growth import LINEAR_GROWTH, growth

    words = "Председатель совета напомнил участникам о задачах ассамблеи и взаимо-уважении народов".split()

    def wrapped(n: int) -> str:
        return "\n".join(textwrap.wrap(" ".join(words[i % len(words)] for i in range(n)), 72))

    assert growth(lambda n: split_paragraphs(wrapped(n)), 6000, 2) < LINEAR_GROWTH


@pytest.mark.parametrize("opening", ["Казахстанская правда, 12 марта 2019 г., стр. 1", "Астана, 12 марта 2019 года, с. 3",
                                     "Егемен Қазақстан, 2019 жылғы 12 наурыз, 3-бет"])
def test_a_clipping_s_dateline_with_its_page_number_dates_it_and_is_no_title(tmp_path, opening):
    """A one-page newspaper clipping opens with the paper, the day and the page: the page number
    after the date read as a sentence going on («стр»), so the clipping was titled by the line and
    dated by the first date its text mentions, or by the PDF's CreationDate."""
    path = write(tmp_path, "clipping.txt", (opening + "\n\nВстречи в регионах\n\n" + NEWS_BODY).encode("utf-8"))
    parsed = parse_file(path)
    assert find_dateline(parsed.text.split("\n")) == opening
    assert document_title(parsed, path) == "Встречи в регионах"


WRAPPED_ITEM = [
    "В областной библиотеке состоялась встреча актива Ассамблеи народа Казахстана с молодежью, на которой "
    "участники подробно обсуждали толерантность в школах и вузах, роль семьи в воспитании уважения к другим "
    "культурам и планы совместной работы на следующий год с этнокультурными центрами области.",
    "Председатель совета рассказал о проектах, которые реализуются в районах области, и о работе волонтеров.",
    "По итогам встречи участники приняли обращение к молодежи области, в котором призвали сверстников "
    "активнее участвовать в жизни этнокультурных объединений.",
]


def _wrapped_item(paragraphs: int) -> str:
    """A news item as old e-mail and DOS archives keep it: title, dateline and paragraphs wrapped at 72
    columns, blank lines between them."""
    return "\n\n".join(["Встреча в библиотеке", "Астана, 11 мая 2016 г.",
                        *(textwrap.fill(p, 72) for p in WRAPPED_ITEM[:paragraphs])]) + "\n"


@pytest.mark.parametrize("paragraphs", [1, 2, 3])
def test_a_short_hard_wrapped_item_joins_its_lines_into_paragraphs(tmp_path, paragraphs):
    """Its title, dateline and last lines are most of its lines and are shorter than the margin, so
    the width test read it as one paragraph a line: each wrapped line was a passage, a phrase across
    a line break («народа | Казахстана») was not found and quotes were half sentences."""
    doc = parse_file(write(tmp_path, "item.txt", _wrapped_item(paragraphs).encode("utf-8")))
    assert [b.text for b in doc.blocks] == ["Встреча в библиотеке", "Астана, 11 мая 2016 г.",
                                            *WRAPPED_ITEM[:paragraphs]]


def test_a_phrase_across_a_line_break_of_a_short_wrapped_item_is_found(tmp_path_factory):
    service = ingested_service(tmp_path_factory, {f"item{n}.txt": _wrapped_item(n) for n in (1, 2, 3)})
    try:
        assert len(service.search(SearchRequest(query='"народа Казахстана"', per_page=10)).hits) == 3
        quotes = service.quotes(SearchRequest(query="Ассамблеи толерантность", per_page=10))
        # the paragraph all three hold is one quote with the other two as its copies (index.same_text)
        assert [(q.text, len(q.copies)) for q in quotes.hits] == [(WRAPPED_ITEM[0], 2)]
    finally:
        service.close()


NAMES_AT_LINE_STARTS = {
    "retro.txt": "20 лет назад прошла первая сессия Ассамблеи\n\n"
                 "В этом году исполняется 20 лет со дня первой сессии Ассамблеи народов\n"
                 "Казахстана, прошедшей 24 марта 1995 года в Алма-Ате. Сегодня, в 2015 году,\n"
                 "Ассамблея народа Казахстана объединяет более 800 этнокультурных объединений.\n",
    "sessiya.txt": "Астана, 2016 жылғы 26 сәуір\n\nҚазақстан халқы Ассамблеясының XXIV сессиясы өтті\n\n"
                   "Бүгін Астанада Қазақстан халқы Ассамблеясының XXIV сессиясы өтті. Елбасы\n"
                   "Н.Ә. Назарбаев Ассамблеяның 1995 жылы құрылғанын еске салды. Сессияда\n"
                   "«Ұлы Дала елі» тақырыбы талқыланды.\n",
}


NEWS_CUT_AT_ITS_WIDTH = {
    "quotes.txt": "Астана, 1 мая 2019 г.\n\nДень единства народа\n\n"
                  "В столице прошел праздничный концерт, посвященный Дню единства народа\n"
                  "Казахстана. Ансамбли исполнили песни на языках этносов, а участники\n"
                  "«Мәңгілік Ел» зачитали обращение. Завершила вечер акция «Бірлік»\n"
                  "XXVII сессии в поддержку Ассамблеи.\n",
    "roman.txt": "Нур-Султан, 30 апреля 2019 г.\n\nСессия в столице\n\n"
                 "В Нур-Султане прошла XXVII сессия Ассамблеи народа Казахстана. В работе\n"
                 "XXVII сессии приняли участие более 1500 человек. Президент К.-Ж.К. Токаев\n"
                 "Ассамблею назвал уникальным институтом согласия. Делегации из Алматы,\n"
                 "Шымкента и Атырау прибыли накануне.\n",
    "poem.txt": "Алматы, 1 марта 2015 г.\n\nСтихи к юбилею\n\nНа вечере прозвучали стихи местного поэта:\n\n"
                "Степь широка, и небо без границ,\nЗдесь каждый дом открыт для всех гостей,\n"
                "И в день единства много светлых лиц,\nИ песни льются на сто языков людей.\n\n"
                "Поэта тепло встретили.\n",
}


@pytest.mark.parametrize("query, start, verse", [
    ("Мәңгілік Ел", "В столице прошел праздничный концерт", False),
    ("уникальным институтом согласия", "В Нур-Султане прошла XXVII сессия", False),
    ("светлых лиц", "Степь широка", True),
])
def test_short_news_cut_at_its_width_after_a_sentence_it_opened_is_prose_not_verse(tmp_path_factory, query, start,
                                                                                     verse):
    """Lines opening with a quote, a Roman numeral or a name after a sentence cut mid-line were read as a
    stanza or as lines of their own, and quoted «… народа / Казахстана …»; a poem stays a stanza."""
    service = ingested_service(tmp_path_factory, NEWS_CUT_AT_ITS_WIDTH)
    try:
        quotes = service.quotes(SearchRequest(query=query, per_page=10)).hits
        assert len(quotes) == 1 and quotes[0].text.startswith(start)
        assert ("\n" in quotes[0].text or " / " in quotes[0].text) == verse
    finally:
        service.close()


@pytest.mark.parametrize("query, start", [
    ('"800 этнокультурных объединений"', "В этом году исполняется 20 лет"),
    ("Ұлы Дала елі", "Бүгін Астанада"),
])
def test_a_short_wrapped_item_whose_lines_open_with_names_is_quoted_as_one_paragraph(tmp_path_factory, query, start):
    """Every wrapped line of these items opens with a capital («Казахстана,», «Ассамблея», «Н.Ә.»), so no
    line break was seen inside a sentence: each line stood apart and a quote read «… народов /
    Казахстана, …» like verse. A sentence opening inside a line and going on past it is a wrap."""
    service = ingested_service(tmp_path_factory, NAMES_AT_LINE_STARTS)
    try:
        quotes = service.quotes(SearchRequest(query=query, per_page=10)).hits
        assert len(quotes) == 1 and quotes[0].text.startswith(start)
        assert "\n" not in quotes[0].text and " / " not in quotes[0].text
        assert len(service.search(SearchRequest(query='"народов Казахстана"', per_page=10)).hits) == 1
    finally:
        service.close()


@pytest.mark.parametrize("lines", [
    # one sentence a line, ragged
    ["Встреча в Доме дружбы", "", "Павлодар, 15 мая 2022 года", "",
     "В Доме дружбы прошла встреча актива Ассамблеи народа Казахстана и молодежи города.",
     "Участники обсудили работу волонтеров.",
     "Председатель совета рассказал о новых проектах в районах и селах области."],
    # a list whose lowercase items end with «;»
    ["Участники встречи обсудили:", "работу с молодежью;",
     "планы совместной работы этнокультурных центров области на будущий год;",
     "подготовку к фестивалю национальных культур, который пройдет в августе;", "семинары."],
    # a table of lowercase rows, ragged
    ["отчет за май", "встречи с молодежью      12", "фестивали   3",
     "круглые столы по вопросам языковой политики и медиации   7", "семинары  5"],
])
def test_short_texts_whose_lines_are_their_paragraphs_keep_them(tmp_path, lines):
    doc = parse_file(write(tmp_path, "lines.txt", "\n".join(lines).encode("utf-8")))
    assert [b.text for b in doc.blocks] == [" ".join(ln.split()) for ln in lines if ln]


# OCR output of a two-page archive file: a sentence runs over the page break.
OCR_HEADER = "АРХИВ АНК   Ф. 1   Оп. 1   Д. 12"
OCR_PAGE_ONE = ("Участники заседания рассмотрели отчеты областных малых ассамблей и отметили, что работа "
                "по укреплению межнационального")
OCR_PAGE_TWO = "согласия ведется во всех регионах республики. Особое внимание уделено молодежи."
OCR_SENTENCE = OCR_PAGE_ONE + " " + OCR_PAGE_TWO
OCR_PAGES = {
    # a page number's line and the archive's cipher over every page
    "numbered.txt": f"{OCR_HEADER}\n\nИнформация о работе малых ассамблей\n\n12 мая 1996 г.\n\n{OCR_PAGE_ONE}\n\n"
                    f"- 2 -\n\n{OCR_HEADER}\n\n{OCR_PAGE_TWO}\n\nРешение принято единогласно.\n\n- 3 -\n",
    # FineReader's TXT: a form feed only
    "fed.txt": f"Информация о работе малых ассамблей\n\n12 мая 1996 г.\n\n{OCR_PAGE_ONE}\n\f{OCR_PAGE_TWO}\n\n"
               "Решение принято единогласно.\n",
    # a form feed, the page's number above its text and the cipher at the foot of every page
    "fed_numbered.txt": f"Информация о работе малых ассамблей\n\n12 мая 1996 г.\n\n{OCR_PAGE_ONE}\n\n{OCR_HEADER}\n"
                        f"\f2\n\n{OCR_PAGE_TWO}\n\nРешение принято единогласно.\n\n{OCR_HEADER}\n",
}


@pytest.mark.parametrize("name", sorted(OCR_PAGES))
def test_page_numbers_and_a_running_header_go_and_a_sentence_goes_on_across_the_page(tmp_path, name):
    """OCR output: the sentence cut by the page break was two passages (the quote ended at
    «межнационального»), «- 2 -» and the archive's cipher repeated on each page were passages,
    and the cipher was the title."""
    doc = parse_file(write(tmp_path, name, OCR_PAGES[name].encode("cp1251")))
    assert [b.text for b in doc.blocks] == ["Информация о работе малых ассамблей", "12 мая 1996 г.",
                                            OCR_SENTENCE, "Решение принято единогласно."]
    assert doc.title == "Информация о работе малых ассамблей"


def test_an_ocr_sentence_across_the_page_break_is_found_and_quoted_whole(tmp_path_factory):
    service = ingested_service(tmp_path_factory, OCR_PAGES)
    try:
        # the three OCR layouts read as one text: one result, the other two its copies (index.same_text)
        assert len(hit_files(service.search(SearchRequest(query='"межнационального согласия"', per_page=10)))) == 3
        assert service.search(SearchRequest(query="АРХИВ", per_page=10)).hits == []
        quotes = service.quotes(SearchRequest(query="отчеты областных малых ассамблей", per_page=10))
        assert {q.text for q in quotes.hits} == {OCR_SENTENCE}
    finally:
        service.close()


@pytest.mark.parametrize("text, paragraphs", [
    # a figure standing alone is no page number: the numbers of pages count up one by one
    ("Итоги года\n\nВсего проведено встреч\n\n103\n\nиз них в селах\n\n108\n",
     ["Итоги года", "Всего проведено встреч", "103", "из них в селах", "108"]),
    # a page opening with a new sentence stays apart; a dateline over each page stays once
    ("Казахстанская правда, 12 марта 1996 г.\n\nСессия Ассамблеи открылась в Алматы.\n\n- 2 -\n\n"
     "Казахстанская правда, 12 марта 1996 г.\n\nДелегаты приняли резолюцию.\n",
     ["Казахстанская правда, 12 марта 1996 г.", "Сессия Ассамблеи открылась в Алматы.",
      "Делегаты приняли резолюцию."]),
])
def test_page_breaks_keep_what_is_the_text_s_own(tmp_path, text, paragraphs):
    doc = parse_file(write(tmp_path, "pages.txt", text.encode("utf-8")))
    assert [b.text for b in doc.blocks] == paragraphs


def test_bare_page_numbers_a_page_apart_go_and_short_sections_keep_their_numbers(tmp_path):
    """Bare numbers standing alone and counting up are page numbers only a page's worth of text
    apart: «1», «2» over short sections number them."""
    page = " ".join(["Делегаты обсудили работу советов общественного согласия в регионах."] * 8)
    paged = parse_file(write(tmp_path, "paged.txt", f"{page} Работа по укреплению\n\n2\n\nсогласия идет.\n\n"
                             f"{page}\n\n3\n".encode("utf-8")))
    assert [b.text for b in paged.blocks] == [f"{page} Работа по укреплению согласия идет.", page]
    sections = parse_file(write(tmp_path, "sections.txt", "Отчет\n\n1\n\nВстречи с молодежью.\n\n2\n\n"
                                "Фестиваль культур.\n".encode("utf-8")))
    assert [b.text for b in sections.blocks] == ["Отчет", "1", "Встречи с молодежью.", "2", "Фестиваль культур."]


def _centred_numbers_stenogram(feed: str) -> str:
    """Two pages of a typewritten stenogram, the second opening with its number centred as a
    typewriter or FineReader's TXT sets it: «- 2 -» after 36 spaces."""
    pages = []
    for n in range(1, 3):
        head = "СТЕНОГРАММА заседания Совета" if n == 1 else " " * 36 + f"- {n} -"
        pages.append(f"{head}\n\nВыступающий по пункту {n}.1 повестки дня отметил работу домов дружбы.\n")
    return f"\n{feed}".join(pages)


@pytest.mark.parametrize("feed", ["\f", ""])
def test_a_page_number_centred_with_many_spaces_ends_its_page(tmp_path_factory, feed):
    """«- 2 -» after 26 spaces or more was no page number (its line was measured with its indent):
    it stayed in the text as a passage of its own, and without form feeds the citations had no
    «с. N»."""
    service = ingested_service(tmp_path_factory, {"sten.txt": _centred_numbers_stenogram(feed)})
    try:
        quotes = service.quotes(SearchRequest(query='"повестки дня"', per_page=10))
        assert sorted((q.page, q.text.split(" повестки")[0]) for q in quotes.hits) == [
            (n, f"Выступающий по пункту {n}.1") for n in range(1, 3)]
    finally:
        service.close()
    text = parse_file(write(tmp_path_factory.mktemp("sten"), "sten.txt", _centred_numbers_stenogram(feed).encode("cp1251"))).text
    assert "- 2 -" not in text


@pytest.mark.parametrize("header", [OCR_HEADER, "assembly.kz — Ассамблея народа Казахстана"])
def test_a_line_going_on_across_the_page_break_is_no_running_header_however_often_it_repeats(tmp_path, header):
    """A report's points share their wording, so the line each page opens with after the archive's
    cipher («межэтнического согласия …», going on with the page before's last sentence) repeats
    on most pages: it was dropped as a running header and the points were cut mid-sentence. A
    header opening lowercase (a site's name) still goes: it was put into the points instead."""
    point = "Пункт {n}. Ассамблея народа Казахстана продолжила работу по укреплению"
    rest = "межэтнического согласия и общественного доверия."
    pages = [f"{header}\n\n" + (f"{rest}\n\n" if n > 1 else "") + (point.format(n=n) if n < 4 else "Решение принято.")
             for n in range(1, 5)]
    doc = parse_file(write(tmp_path, "report.txt", "\n\f".join(pages).encode("cp1251")))
    assert [b.text for b in doc.blocks] == [
        point.format(n=n) + " " + rest for n in range(1, 4)] + ["Решение принято."]


# OCR output that typed the Latin twin of every look-alike letter (а е о р с у х, А В Е К М Н О Р С Т Х)
OCR_LATIN_TWINS = (
    "Пpoтoкoл зaceдaния Coвeтa Accaмблeи нapoдoв Kaзaxcтaнa\n\n"
    "Зaceдaниe Coвeтa Accaмблeи нapoдoв Kaзaxcтaнa oткpыл Пpeзидeнт Pecпyблики Kaзaxcтaн.\n\n"
    "В paбoтe зaceдaния пpиняли yчacтиe pyкoвoдитeли нaциoнaльныx кyльтypныx цeнтpoв, дeпyтaты "
    "Bepxoвнoгo Coвeтa, пpeдcтaвитeли oблacтeй и oбщecтвeнныx oбъeдинeний.\n")


def test_ocr_text_with_latin_look_alikes_in_a_code_page_is_indexed_and_found(tmp_path):
    # the windows-1251 copy was refused as «garbled in every known encoding» (the UTF-8 one was
    # indexed): the mixed-script words the index folds counted as garbage
    archive, index = tmp_path / "archive", tmp_path / "index"
    archive.mkdir()
    (archive / "ocr.txt").write_bytes(OCR_LATIN_TWINS.encode("cp1251"))
    summary = run_ingest([str(archive)], IngestOptions(index_dir=index, workers=1))
    assert [(r.status, r.encoding) for r in summary.files] == [("indexed", "cp1251")]
    assert hit_files(SearchService(index).search(SearchRequest("Казахстан Республики"))) == ["ocr.txt"]


def test_random_letters_with_look_alikes_among_them_stay_refused(tmp_path):
    # the look-alikes read as Cyrillic make them better letters, not words: still garbage
    garbled = "щaxрыo мoпц эxeьрa oъж фcтoрх ыъeaшo cфoюxж ьpoжe xрцщa oэюaп чaxщo\n" * 3
    with pytest.raises(ParseError) as e:
        parse_file(write(tmp_path, "g.txt", garbled.encode("cp1251")))
    assert e.value.reason == "mojibake"


def test_typewriter_rule_lines_separate_paragraphs_and_are_no_text(tmp_path):
    # the heading between two rules was titled «------ ИНФОРМАЦИЯ … ______», and «=====» was a passage
    text = ("-" * 58 + "\nИНФОРМАЦИЯ О ПРОВЕДЕНИИ ДНЯ ЯЗЫКОВ\n" + "_" * 58 + "\n\n12 мая 1996 г.\n\n"
            "На заседании обсуждались вопросы поддержки\nнациональных культурных центров.\n"
            "* * *\nСовет одобрил план.\n\n" + "=" * 58 + "\n")
    doc = parse_file(write(tmp_path, "rules.txt", text.encode("cp1251")))
    assert doc.title == "ИНФОРМАЦИЯ О ПРОВЕДЕНИИ ДНЯ ЯЗЫКОВ"
    assert [b.text for b in doc.blocks] == [
        "ИНФОРМАЦИЯ О ПРОВЕДЕНИИ ДНЯ ЯЗЫКОВ", "12 мая 1996 г.",
        "На заседании обсуждались вопросы поддержки национальных культурных центров.", "Совет одобрил план."]


@pytest.mark.parametrize("other", ["cp866", "koi8_r"])
def test_a_paragraph_in_another_code_page_is_read_in_its_own_and_named(tmp_path, other):
    # a DOS-era paragraph appended to a windows-1251 report was indexed as garbage («„®Ү®«ЁӨ»,
    # «дПРПМОЕОЙЕ»), unfindable, with no warning; the cp866 one even made the file kz1048
    report = ("Отчет о работе малой ассамблеи\n\n12 мая 1996 г.\n\nНа заседании обсуждались вопросы укрепления "
              "межнационального согласия и поддержки национальных культурных центров. Участники одобрили "
              "план мероприятий на год.\n\n")
    note = "Дополнение: в работе приняли участие представители молодежных организаций.\n"
    archive, index = tmp_path / "archive", tmp_path / "index"
    archive.mkdir()
    (archive / "report.txt").write_bytes(report.encode("cp1251") + note.encode(other))
    summary = run_ingest([str(archive)], IngestOptions(index_dir=index, workers=1))
    [record] = summary.files
    assert (record.status, record.encoding) == ("indexed", "cp1251")
    assert record.warnings == [f"Line 7 was in {other} in a cp1251 file; each line was read in its own code page."]
    assert hit_files(SearchService(index).search(SearchRequest('"молодежных организаций"'))) == ["report.txt"]


@pytest.mark.parametrize("dateline", ["Дата публикации: 27.11.2026 | Дата обновления: 28.11.2026",
                                      "2026-11-27 23:50", "31.12.2025 23:59", "Published: 27 Nov 2026, 23:50 ALMT",
                                      "Астана, пятница, 27 ноября 2026 г.", "Дата публикации: 27.11.2026 14:35",
                                      "2025 г.", "Октябрь 2026 г.", "Астана, ноябрь 2026 г.",
                                      "Газета «Дружба», № 14, 5 мая 2016 г.",
                                      # the time first, after a bar, with its zone in words; a paper in quotes
                                      # with no page; an issue with no paper; an edit's label; a span of years
                                      "23:50, 27 ноября 2026", "10:15 | 27.11.2026", "27.11.2026 | 23:50",
                                      "27 ноября 2026 года, 23:50 (время Астаны)", "«Казахстанская правда», 27.11.2026",
                                      "№ 45 (1234), 27 ноября 2026 г.", "Обновлено: 27.11.2026 18:00",
                                      "2025–2026 гг.", "2025-2026 годы",
                                      # the zone in digits or in Kazakh words, an issue before «от», a print
                                      # view's two labelled dates
                                      "27 ноября 2026, 23:50 (UTC+5)", "27.11.2026 23:50 UTC+05:00",
                                      "23:50 (Астана уақыты), 27.11.2026", "№45 (1234) от 27.11.2026",
                                      "Дата публикации: 27.11.2026 10:00 | Обновлено: 28.11.2026 09:00"])
def test_a_dateline_with_a_time_weekday_label_or_issue_or_only_a_month_is_no_title(dateline):
    text = f"{dateline}\n\nСобрание этнокультурных объединений\n\nВ Доме дружбы прошло собрание объединений.\n"
    assert TextParser().parse(text.encode("utf-8"), "news.txt").title == "Собрание этнокультурных объединений"


@pytest.mark.parametrize("opening, title", [
    ("Ассамблея народа Казахстана\n\nСтенограмма XXXI сессии Ассамблеи народа Казахстана\n\nАстана, 27 апреля 2023 г.",
     "Стенограмма XXXI сессии Ассамблеи народа Казахстана"),
    ("Ассамблея народа Казахстана\n\nВечер поэзии к 175-летию Абая прошел в Доме дружбы\n\nНур-Султан, 10 августа 2020 г.",
     "Вечер поэзии к 175-летию Абая прошел в Доме дружбы"),
    ("Информационное агентство АНК\nДата публикации: 27.11.2026 14:35\n\nВстреча с представителями диаспор",
     "Встреча с представителями диаспор"),
    # two Russian lines (one paragraph of nine words), a web address or a street under the name, an agency,
    # the Assembly's own institutions
    ("Администрация Президента Республики Казахстан\nСекретариат Ассамблеи народа Казахстана\n\nПресс-релиз о Дне "
     "благодарности", "Пресс-релиз о Дне благодарности"),
    ("Ассамблея народа Казахстана\nwww.assembly.kz\n\nИтоги конкурса эссе", "Итоги конкурса эссе"),
    ("КГУ «Дом дружбы» г. Павлодар\nул. Ленина, 1, тел. 8 (7182) 32-14-15\n\nОтчет о мероприятиях", "Отчет о мероприятиях"),
    ("Агентство по делам государственной службы Республики Казахстан\n\nОтчет о семинаре", "Отчет о семинаре"),
    ("Дом дружбы Павлодарской области\n\nПлан мероприятий на 2024 год", "План мероприятий на 2024 год"),
    ("Республиканское государственное учреждение «Қоғамдық келісім»\n\nАналитическая записка",
     "Аналитическая записка"),
    # a paper's masthead with no date: the word «газета», or an issue's number after the quoted name
    ("Газета «Дружба»\n\nЧтецы из пяти районов собрались в Костанае\n\nКостанай, 8 июня 2019 г.",
     "Чтецы из пяти районов собрались в Костанае"),
    ("«Казахстанская правда» № 108 (28921)\n\nСтрока Абая объединяет", "Строка Абая объединяет"),
    # an address opening with its city or its postcode, a Kazakh one, «е-mail» with a Cyrillic «е»
    ("Дом дружбы Павлодарской области\nг. Павлодар, ул. Кутузова, 204\n\nОтчет о форуме", "Отчет о форуме"),
    ("Қазақстан халқы Ассамблеясы\nАстана қ., Мәңгілік Ел даңғылы, 6\n\nОтчет о форуме", "Отчет о форуме"),
    ("Ассамблея народа Казахстана\n010000, г. Астана, пр. Мәңгілік Ел, 6, тел.: +7 (7172) 74-50-50\n\nОтчет о форуме",
     "Отчет о форуме"),
    ("ГККП «Достық үйі»\nе-mail: dostyk@mail.kz\n\nОтчет о форуме", "Отчет о форуме"),
    # three lines: a name and two contact lines, two names and a site
    ("Ассамблея народа Казахстана\nwww.assembly.kz\nтел.: +7 (7172) 74-50-50\n\nПресс-релиз о форуме",
     "Пресс-релиз о форуме"),
    ("Администрация Президента Республики Казахстан\nСекретариат Ассамблеи народа Казахстана\nwww.assembly.kz\n\n"
     "Пресс-релиз о форуме", "Пресс-релиз о форуме"),
    # the Assembly's bodies the list did not know, a Kazakh one after the region it serves
    ("Кабинет согласия при Ассамблее народа Казахстана\n\nОтчет о форуме", "Отчет о форуме"),
    ("Малая ассамблея Костанайской области\n\nОтчет о форуме", "Отчет о форуме"),
    ("Қарағанды облысының Достық үйі\n\nОтчет о форуме", "Отчет о форуме"),
    # a Kazakh street «к-сі», the country before the postcode, the city alone, a social network's line
    ("Дом дружбы Павлодарской области\nПавлодар қ., Кутузов к-сі, 204\n\nОтчет о форуме", "Отчет о форуме"),
    ("Дом дружбы Павлодарской области\nРеспублика Казахстан, 140000, Павлодар, ул. Кутузова, 204\n\nОтчет о форуме",
     "Отчет о форуме"),
    ("Совет матерей при Ассамблее народа Казахстана\nг. Павлодар\n\nОтчет о форуме", "Отчет о форуме"),
    ("Дом дружбы Павлодарской области\nInstagram: @dd_pavlodar\n\nОтчет о форуме", "Отчет о форуме"),
    # a Kazakh body's part after the Assembly in the genitive: its secretariat, its press service
    ("Қазақстан халқы Ассамблеясының Хатшылығы\n\nОтчет о форуме", "Отчет о форуме"),
    ("Қазақстан халқы Ассамблеясының баспасөз қызметі\n\nОтчет о форуме", "Отчет о форуме"),
])
def test_a_letterhead_over_a_heading_is_no_title(opening, title):
    text = f"{opening}\n\nВ Доме дружбы прошло собрание этнокультурных объединений области.\n"
    assert TextParser().parse(text.encode("utf-8"), "news.txt").title == title


@pytest.mark.parametrize("opening, title", [
    ("Дом дружбы открыл двери\n\nДень открытых дверей", "Дом дружбы открыл двери"),  # a sentence, not a name
    ("Совет матерей провел акцию\n\nПомощь семьям", "Совет матерей провел акцию"),
    ("Ассамблея народа Казахстана\nподвела итоги года\n\nИтоги", "Ассамблея народа Казахстана подвела итоги года"),
    ("Форум молодежи, 27.11.2026\n\nИтоги", "Форум молодежи, 27.11.2026"),  # no paper's name in quotes
    ("«Читаем Абая»\n\nФлешмоб в регионах", "«Читаем Абая»"),  # a quoted name with no «газета» nor issue
    ("Совет общественного согласия Павлодара\n\nИтоги", "Совет общественного согласия Павлодара"),
    ("Приказ № 45 от 27 ноября 2026 г.\n\nО назначении", "Приказ № 45 от 27 ноября 2026 г."),
    ("23:50 — ночной эфир о единстве\n\nЭфир", "23:50 — ночной эфир о единстве"),
    ("Малая ассамблея подвела итоги года\n\nИтоги", "Малая ассамблея подвела итоги года"),
])
def test_a_heading_that_opens_with_a_body_s_name_or_holds_a_date_stays_the_title(opening, title):
    from ingest.build import document_title

    text = f"{opening}\n\nВ Доме дружбы прошло собрание этнокультурных объединений области.\n"
    assert document_title(TextParser().parse(text.encode("utf-8"), "news.txt"), Path("news.txt")) == title


@pytest.mark.parametrize("top", [
    "АССАМБЛЕЯ НАРОДА КАЗАХСТАНА\n\nАссамблея народа Казахстана: история и современность\n\nМонография\n\nАстана 2020",
    "Ассамблея народа Казахстана: история и современность\n\nМонография\n\nАстана 2020",
])
def test_a_book_titled_after_the_assembly_is_titled_so_not_by_its_kind(tmp_path, top):
    """Many of the Assembly's books open «Ассамблея народа Казахстана: …»: with a subtitle after a
    colon the line is the title, no letterhead over «Монография» (an archive of them read as a
    column of «Монография»)."""
    body = "Участники заседания обсудили вопросы межэтнического согласия и работу объединений.\n\n" * 3
    path = tmp_path / "kniga.txt"
    path.write_text(top + "\n\f" + body + "\f" + body, encoding="utf-8")
    assert parse_file(path).title == "Ассамблея народа Казахстана: история и современность"


@pytest.mark.parametrize("top, title", [
    ("АССАМБЛЕЯ НАРОДА КАЗАХСТАНА\n\nАссамблея народа Казахстана: история и\nсовременность\n\nМонография\n\nАстана 2020",
     "Ассамблея народа Казахстана: история и современность"),  # the title wrapped under the letterhead
    ("АССАМБЛЕЯ НАРОДА КАЗАХСТАНА\n\nТолерантность и согласие: опыт\nрегионов Казахстана\n\nМонография\n\nАстана 2020",
     "Толерантность и согласие: опыт регионов Казахстана"),
    ("АССАМБЛЕЯ НАРОДА КАЗАХСТАНА\n\nАссамблея народа Казахстана\n\nМонография\n\nАстана 2020",
     "Ассамблея народа Казахстана"),  # a book titled with the body's name under its letterhead
])
def test_a_book_s_title_wrapped_or_naming_the_body_under_the_letterhead_is_its_title(tmp_path, top, title):
    """The letterhead («АССАМБЛЕЯ НАРОДА КАЗАХСТАНА») titled the book when its title wrapped onto a second
    line, and «Монография» did when the title was the Assembly's name itself."""
    body = "Участники заседания обсудили вопросы межэтнического согласия и работу объединений.\n\n" * 3
    path = tmp_path / "kniga.txt"
    path.write_text(top + "\n\f" + body + "\f" + body, encoding="utf-8")
    assert document_title(parse_file(path), path) == title


@pytest.mark.parametrize("heading", [
    "Қазақстан халқы Ассамблеясының XXIV сессиясы өтті",  # a Kazakh verb last
    "Қазақстан халқы Ассамблеясының сессиясы",  # an event, no part of the body
    "Қарағанды облысының Достық үйінде концерт өтті",
])
def test_a_kazakh_heading_opening_with_a_body_in_the_genitive_is_the_title_not_a_letterhead(heading):
    """The Assembly's Kazakh news opens «Қазақстан халқы Ассамблеясының …»: read as a letterhead (no
    Russian verb in it), the heading was dropped, and the lede's first wrapped line titled the news,
    «Бүгін Астанада … өтті. Елбасы»."""
    text = (f"Астана, 2016 жылғы 26 сәуір\n\n{heading}\n\n"
            "Бүгін Астанада Қазақстан халқы Ассамблеясының XXIV сессиясы өтті. Елбасы\n"
            "Н.Ә. Назарбаев Ассамблеяның 1995 жылы құрылғанын еске салды. Сессияда\n"
            "«Ұлы Дала елі» тақырыбы талқыланды.\n")
    assert document_title(TextParser().parse(text.encode("utf-8"), "news.txt"), Path("news.txt")) == heading


@pytest.mark.parametrize("top, title", [
    # a Kazakh letterhead's second line, the body's part, is the letterhead too
    ("ҚАЗАҚСТАН ХАЛҚЫ АССАМБЛЕЯСЫ\nХАТШЫЛЫҒЫ\n\nАстана, 2018 жылғы 26 наурыз\n\n"
     "Қазақстан халқы Ассамблеясының XXVI сессиясын өткізу туралы\n\n",
     "Қазақстан халқы Ассамблеясының XXVI сессиясын өткізу туралы"),
    ("ҚАЗАҚСТАН ХАЛҚЫ АССАМБЛЕЯСЫНЫҢ\nХАТШЫЛЫҒЫ\n\nАстана, 2018 жылғы 26 наурыз\n\n"
     "Қазақстан халқы Ассамблеясының XXVI сессиясын өткізу туралы\n\n",
     "Қазақстан халқы Ассамблеясының XXVI сессиясын өткізу туралы"),
    # a regional body's letterhead opens with the oblast it serves, in the genitive; over a news item too
    ("АҚМОЛА ОБЛЫСЫНЫҢ\nҚАЗАҚСТАН ХАЛҚЫ АССАМБЛЕЯСЫ\nХАТШЫЛЫҒЫ\n\nЖастар форумын өткізу туралы\n\n"
     "2022 жылғы 28 сәуір, Көкшетау қаласы\n\n", "Жастар форумын өткізу туралы"),
    ("АҚМОЛА ОБЛЫСЫНЫҢ\n\nҚАЗАҚСТАН ХАЛҚЫ АССАМБЛЕЯСЫ\n\nХАТШЫЛЫҒЫ\n\nЖастар форумын өткізу туралы\n\n",
     "Жастар форумын өткізу туралы"),
    # a heading wrapped after its genitive: the genitive names what the next line says
    ("Астана, 2018 жылғы 27 наурыз\n\nҚазақстан халқы Ассамблеясының\n\nXXVI сессиясы Астанада өтеді\n\n\n",
     "Қазақстан халқы Ассамблеясының XXVI сессиясы Астанада өтеді"),
])
def test_a_kazakh_letterhead_over_two_lines_or_a_heading_wrapped_after_its_genitive(top, title):
    """«ҚАЗАҚСТАН ХАЛҚЫ АССАМБЛЕЯСЫ» / «ХАТШЫЛЫҒЫ» titled the document «ХАТШЫЛЫҒЫ», and the heading
    «Қазақстан халқы Ассамблеясының» / «XXVI сессиясы Астанада өтеді» lost its first line."""
    text = top + ("Бүгін Астанада Қазақстан халқы Ассамблеясының кезекті сессиясы туралы\n"
                  "брифинг өтті. Брифингте Ассамблея Төрағасының орынбасары сөз сөйледі.\n")
    assert document_title(TextParser().parse(text.encode("utf-8"), "kk.txt"), Path("kk.txt")) == title


@pytest.mark.parametrize("top, title", [
    # a heading wrapped before its genitive, or after the body's name over a genitive naming whose it is
    ("Астана, 2018 жылғы 1 сәуір\n\nҚазақстан халқы\nАссамблеясының XXVI сессиясы өтті\n\n",
     "Қазақстан халқы Ассамблеясының XXVI сессиясы өтті"),
    ("Астана, 2018 жылғы 2 сәуір\n\nҚазақстан халқы Ассамблеясы\nТөрағасының орынбасары жастармен кездесті\n\n",
     "Қазақстан халқы Ассамблеясы Төрағасының орынбасары жастармен кездесті"),
    # the Assembly's name before 2007 over three lines, an oblast's in the nominative, a Russian one wrapped
    # before its genitive
    ("ҚАЗАҚСТАН РЕСПУБЛИКАСЫ ПРЕЗИДЕНТІНІҢ\nЖАНЫНДАҒЫ ҚАЗАҚСТАН ХАЛҚЫ АССАМБЛЕЯСЫНЫҢ\nХАТШЫЛЫҒЫ\n\n"
     "Астана, 2018 жылғы 5 сәуір\n\nСессияны өткізу туралы\n\n", "Сессияны өткізу туралы"),
    ("АТЫРАУ ОБЛЫСЫ ҚАЗАҚСТАН ХАЛҚЫ АССАМБЛЕЯСЫНЫҢ\nХАТШЫЛЫҒЫ\n\nАтырау, 2018 жылғы 7 сәуір\n\n"
     "Облыстық ассамблея сессиясын өткізу туралы\n\n", "Облыстық ассамблея сессиясын өткізу туралы"),
    ("СЕКРЕТАРИАТ АССАМБЛЕИ\nНАРОДА КАЗАХСТАНА\n\nАстана, 8 апреля 2018 г.\n\n"
     "О проведении заседания Совета Ассамблеи\n\n", "О проведении заседания Совета Ассамблеи"),
])
def test_a_name_wrapped_over_a_letterhead_s_or_a_heading_s_lines_is_weighed_whole(top, title):
    """Line by line, «Қазақстан халқы» titled the news, «Төрағасының орынбасары …» lost the line above it,
    and a letterhead of three lines, an oblast's, or «СЕКРЕТАРИАТ АССАМБЛЕИ» / «НАРОДА КАЗАХСТАНА» was the
    title (or its last line was)."""
    text = top + ("Бүгін елордада Қазақстан халқы Ассамблеясының кезекті сессиясы өтті. Сессияда\n"
                  "Мемлекет басшысы сөз сөйледі және Ассамблеяның жаңа міндеттерін атап өтті.\n")
    assert document_title(TextParser().parse(text.encode("utf-8"), "kk.txt"), Path("kk.txt")) == title


def test_an_organisations_name_with_no_heading_under_it_stays_the_title():
    text = "Ассамблея народа Казахстана\n\nАссамблея создана в 1995 году. Она объединяет этнокультурные объединения.\n"
    assert TextParser().parse(text.encode("utf-8"), "about.txt").title == "Ассамблея народа Казахстана"


FIXED_WIDTH_LIST = """Список выступивших на заседании Совета Ассамблеи 14 ноября 2019 года

Ф.И.О.                    Должность                              Время
Абдрахманов С.К.          председатель ОО «Жастар»                10:15
Дементьева Н.А.           председатель Совета матерей             10:30
Оспанов Б.Ж.              депутат Мажилиса Парламента РК          11:00

Протокол вела секретарь заседания Жанибекова А.М.
"""
TAB_SEPARATED_LIST = ("Список членов Совета общественного согласия\n\n"
                      "№\tФ.И.О.\tДолжность\tЭтнокультурное объединение\n"
                      "1\tСмагулов Марат Канатович\tпредседатель Совета\tказахское ОО «Қазақ тілі»\n"
                      "2\tПетренко Виктор Иванович\tзаместитель председателя\tукраинский центр «Калина»\n")
BOX_TABLE = """СВЕДЕНИЯ о численности населения

┌────┬──────────┬──────────┐
│ №  │ Этнос    │ Численн. │
├────┼──────────┼──────────┤
│ 1  │ казахи   │  304 512 │
│ 2  │ русские  │  295 078 │
└────┴──────────┴──────────┘

Источник: областное управление статистики.
"""


@pytest.mark.parametrize("text, rows, persons", [
    (FIXED_WIDTH_LIST, ["Ф.И.О.\tДолжность\tВремя", "Абдрахманов С.К.\tпредседатель ОО «Жастар»\t10:15",
                        "Дементьева Н.А.\tпредседатель Совета матерей\t10:30",
                        "Оспанов Б.Ж.\tдепутат Мажилиса Парламента РК\t11:00"],
     ["С.К. Абдрахманов", "Н.А. Дементьева", "Б.Ж. Оспанов", "А.М. Жанибекова"]),
    (TAB_SEPARATED_LIST, ["№\tФ.И.О.\tДолжность\tЭтнокультурное объединение",
                          "1\tСмагулов Марат Канатович\tпредседатель Совета\tказахское ОО «Қазақ тілі»",
                          "2\tПетренко Виктор Иванович\tзаместитель председателя\tукраинский центр «Калина»"],
     ["М.К. Смагулов", "В.И. Петренко"]),
    (BOX_TABLE, ["№\tЭтнос\tЧисленн.", "1\tказахи\t304 512", "2\tрусские\t295 078"], []),
])
def test_a_plain_text_table_is_a_paragraph_a_row_and_its_header_no_person(tmp_path, text, rows, persons):
    """A table's lines were joined as hard-wrapped prose: the table and its header one paragraph
    («Ф.И.О. Должность Время Абдрахманов С.К. …»), one whole-table quote, a box table with its
    border lines, and «Ф.И.О. Должность» a person. Each row is a paragraph, its cells parted by a
    tab, the header a row too."""
    path = tmp_path / "table.txt"
    path.write_text(text, encoding="utf-8")
    parsed = parse_file(path)
    texts = [b.text for b in parsed.blocks]
    assert texts[1:1 + len(rows)] == rows
    assert not any("─" in t or "│" in t for t in texts)
    assert build_record(parsed, path, str(tmp_path), "0" * 64).persons == persons


@pytest.mark.parametrize("text, rows", [
    ("Итоги конкурса\n\nФИО\tЯзык\tМесто\tБалл\nАхметов Серик\tказахский\t1\t98\n"
     "Ковальчук Ирина\tукраинский\t\t91\nШтраус Андрей\tнемецкий\t2\t\n",
     ["ФИО\tЯзык\tМесто\tБалл", "Ахметов Серик\tказахский\t1\t98", "Ковальчук Ирина\tукраинский\t\t91",
      "Штраус Андрей\tнемецкий\t2"]),
    ("Итоги конкурса\n\n| ФИО | Язык | Место | Балл |\n|---|---|---|---|\n| Ахметов Серик | казахский | 1 | 98 |\n"
     "| Ковальчук Ирина | украинский |  | 91 |\n",
     ["ФИО\tЯзык\tМесто\tБалл", "Ахметов Серик\tказахский\t1\t98", "Ковальчук Ирина\tукраинский\t\t91"]),
    # tabs lining a short label up with a long one are one gap, no empty cell
    ("Итоги\n\nРегион\t\t2019\t2020\nАстана\t\t36\t38\nКарагандинская\t40\t41\n",
     ["Регион\t2019\t2020", "Астана\t36\t38", "Карагандинская\t40\t41"]),
])
def test_an_empty_cell_keeps_the_later_figures_in_their_columns(tmp_path, text, rows):
    # «Ковальчук Ирина⇥украинский⇥91» put her score under «Место»
    path = tmp_path / "table.txt"
    path.write_text(text, encoding="utf-8")
    assert [b.text for b in parse_file(path).blocks][1:] == rows


def test_a_paragraph_on_one_long_line_with_a_tab_inside_is_no_table_row(tmp_path):
    """A text written one paragraph a line, with a tab or three spaces left between two sentences,
    keeps its paragraphs whole (the seed document has both)."""
    sentence = "Ассамблея провела заседание совета, посвященное вопросам укрепления единства народа. "
    path = tmp_path / "long.txt"
    path.write_text(f"{sentence * 3}\tИтоги подвел председатель.\n{sentence * 3}   Решения приняты.\n",
                    encoding="utf-8")
    assert ["\t" in b.text for b in parse_file(path).blocks] == [False, False]


def _justified(text: str, width: int) -> str:
    """``text`` wrapped to ``width`` and justified the way a DOS editor does it: each line's extra
    spaces spread over its gaps, the paragraph's last line left ragged."""
    lines = textwrap.wrap(text, width)

    def spread(line: str) -> str:
        words = line.split()
        base, extra = divmod(width - sum(map(len, words)), len(words) - 1)
        return "".join(w + " " * (base + (i < extra)) for i, w in enumerate(words[:-1])) + words[-1]
    return "\n".join([spread(ln) for ln in lines[:-1]] + lines[-1:])


JUSTIFIED_REPORT = (
    "За отчетный период Совет общественного согласия провел двенадцать заседаний, на которых были "
    "рассмотрены вопросы укрепления межэтнического согласия, развития государственного языка и поддержки "
    "этнокультурных объединений области. Особое внимание уделялось работе воскресных школ, молодежных "
    "организаций и кабинетов медиации. В 2008 году в области действовало 34 этнокультурных объединения, "
    "из них в Петропавловске 21, в районах 13. Председатель Совета Иванов П.С. отметил активную работу "
    "Домов дружбы в Кызылжарском, Есильском и Мамлютском районах, где проводились праздники национальных "
    "культур, дни языков народа Казахстана и благотворительные акции.")
JUSTIFIED_FIGURES = ("В 2008 году в области действовало 34 этнокультурных объединения, из них в Петропавловске "
                     "21, в районах 13. Финансирование из местного бюджета составило 18 500 тыс. тенге, что "
                     "на 12 процентов больше, чем в 2007 году.")


@pytest.mark.parametrize("width", [56, 64, 72])
def test_justified_prose_is_no_table(tmp_path, width):
    """A DOS editor's justified paragraph has gaps of three spaces and more that line up from line
    to line as a table's columns do: its lines were read as table rows, the sentences cut into
    tab-separated pieces, and «Особое внимание» or «отметил активную работу» not found. Its
    evenly spread gaps and its sentences running on across lines make it prose, one paragraph,
    with a figure spread over a gap («18   500») one figure."""
    path = tmp_path / "doklad.txt"
    text = (f"ДОКЛАД\nпредседателя Совета общественного согласия\n\nПетропавловск, 20 апреля 2009 г.\n\n"
            f"     {_justified(JUSTIFIED_REPORT, width)}\n\n{_justified(JUSTIFIED_FIGURES, width)}\n")
    path.write_bytes(text.encode("cp866"))
    texts = [b.text for b in parse_file(path).blocks]
    assert texts[2:] == [JUSTIFIED_REPORT, JUSTIFIED_FIGURES]


WRAPPED_LABELS = """ОТЧЕТ
о финансировании мероприятий Ассамблеи народа Казахстана Восточно-Казахстанской области

Наименование мероприятия             2012 год     2013 год
Фестиваль национальных культур
  «Шанырак»                            4 500        5 200
Издание сборника «Дружба народов
  Восточного Казахстана»               1 200        1 350
Конкурс «Лучший Дом дружбы»              800          950
Проведение областного фестиваля
                                       3 450        3 700
Итого                                  9 950       11 200

Ответственный секретарь Ассамблеи области Кабдулов Н.Т.
"""


def test_a_fixed_width_row_whose_label_wraps_is_one_row(tmp_path):
    """A label wrapped onto an indented second line that holds the figures ran into the header
    row above and the next label below («Наименование мероприятия 2012 год 2013 год Фестиваль
    национальных культур»). The label's lines are the row's first cell, the header a row of its own."""
    path = tmp_path / "otchet.txt"
    path.write_text(WRAPPED_LABELS, encoding="utf-8")
    texts = [b.text for b in parse_file(path).blocks]
    assert texts[1:-1] == ["Наименование мероприятия\t2012 год\t2013 год",
                           "Фестиваль национальных культур «Шанырак»\t4 500\t5 200",
                           "Издание сборника «Дружба народов Восточного Казахстана»\t1 200\t1 350",
                           "Конкурс «Лучший Дом дружбы»\t800\t950",
                           "Проведение областного фестиваля\t3 450\t3 700",
                           "Итого\t9 950\t11 200"]


def test_prose_with_wide_gaps_running_on_across_lines_is_no_table(tmp_path):
    """Three spaces after a sentence on two lines in a row, one under the other, looked like a
    column gap; a line that breaks off a sentence the next line goes on with in lowercase is prose."""
    path = tmp_path / "otchet.txt"
    path.write_text("Отчет\n\nСовет провел заседание.   Особое внимание уделялось работе школ и\n"
                    "молодежных организаций.   Решения приняты единогласно, и члены\n"
                    "совета поддержали план.   Итоги подвел председатель Совета, он\n"
                    "отметил работу Домов дружбы.\n", encoding="utf-8")
    assert [b.text for b in parse_file(path).blocks] == [
        "Отчет", "Совет провел заседание. Особое внимание уделялось работе школ и молодежных организаций. "
                 "Решения приняты единогласно, и члены совета поддержали план. Итоги подвел председатель "
                 "Совета, он отметил работу Домов дружбы."]


def test_a_table_row_starting_lowercase_under_a_row_ending_in_a_word_stays_a_row(tmp_path):
    """«г. Караганда» under a header ending in «Проектов» reads like a sentence running on, but
    the two lines' gaps line up in more than one column: they stay rows."""
    path = tmp_path / "zakaz.txt"
    path.write_text("Объем социального заказа\n\nРайон / город        2017        2018   Проектов\n"
                    "г. Караганда       15 430      17 200         12\n"
                    "г. Темиртау         6 120       6 540          5\n", encoding="utf-8")
    assert [b.text for b in parse_file(path).blocks][1:] == [
        "Район / город\t2017\t2018\tПроектов", "г. Караганда\t15 430\t17 200\t12", "г. Темиртау\t6 120\t6 540\t5"]


def test_a_date_alone_on_a_line_inside_a_sentence_stays_in_its_paragraph(tmp_path):
    """A narrow column leaves a date alone on its line: it is no dateline when the sentence above
    fills its line and runs on to it, and the line under it goes on in lowercase after «г.»."""
    f = tmp_path / "info.txt"
    f.write_text("ИНФОРМАЦИЯ\nо заседании Малой Ассамблеи Атырауской области\n\nг. Атырау 20 февраля 2006 г.\n\n"
                 "Очередное заседание Малой Ассамблеи области, отложенное из-за паводка, состоялось\n"
                 "15 февраля 2006 г.\n"
                 "в конференц-зале областного акимата. В нем приняли участие 31 член Малой\n"
                 "Ассамблеи и представители этнокультурных объединений. Председатель казачьего\n"
                 "общества В.Н. Сидоров предложил провести фестиваль дружбы народов летом.\n", encoding="utf-8")
    texts = [b.text for b in parse_file(f).blocks]
    assert texts[1] == "г. Атырау 20 февраля 2006 г."
    assert texts[2].startswith("Очередное заседание") and "состоялось 15 февраля 2006 г. в конференц-зале" in texts[2]
    assert len(texts) == 3


@pytest.mark.parametrize("heading, title", [
    ("ПРОТОКОЛ ЗАСЕДАНИЯ МАЛОЙ АССАМБЛЕИ СКО", "Протокол заседания малой ассамблеи СКО"),
    ("ИНФОРМАЦИЯ О РАБОТЕ НКЦ Г. АЛМАТЫ", "Информация о работе НКЦ г. алматы"),
    ("СТЕНОГРАММА ЗАСЕДАНИЯ МАЛОЙ АССАМБЛЕИ ЮКО", "Стенограмма заседания малой ассамблеи ЮКО"),
])
def test_a_title_wholly_in_capitals_keeps_a_short_abbreviation_its_text_never_writes(tmp_path, heading, title):
    """A heading in capitals is written as running text by the cases its text gives its words: a region's
    or a centre's abbreviation the text never repeats («СКО», «НКЦ») was written small. A word that short
    the dictionary does not know is an abbreviation and keeps its capitals; «о», «г.» are still small."""
    f = tmp_path / "caps.txt"
    f.write_text(f"{heading}\n\nг. Петропавловск, 12 марта 2006 г.\n\nЗаседание прошло в областном акимате.\n",
                 encoding="utf-8")
    assert document_title(parse_file(f), f) == title
