"""A letter or a memo is titled by its subject line, not by its letterhead, registration lines or type
(ingest/parsers/letter_title.py)."""
from __future__ import annotations

import pytest
from conftest import ingested_service

from index.search import SearchRequest
from ingest.parsers import parse_file
from ingest.parsers.letter_title import is_registration_line

LETTERHEAD = "АССАМБЛЕЯ НАРОДА КАЗАХСТАНА\n010000, г. Астана, ул. Бейбітшілік, 6\nтел.: 8 (7172) 74-10-00\n\n"
ADDRESSEE = "Акиму Карагандинской области\nАбдрахманову Е.Т.\n\n"
BODY = ("Уважаемый Ерлан Тлеубаевич!\n\nСекретариат Ассамблеи народа Казахстана сообщает, что форум пройдет "
        "25 апреля 2019 года в Доме дружбы. Просим представить список участников.\n\n"
        "С уважением,\nЗаместитель Председателя\nАссамблеи народа Казахстана                    Д. Шаженова\n")
FIRST_SENTENCE = "Секретариат Ассамблеи народа Казахстана сообщает, что форум пройдет 25 апреля 2019 года в Доме дружбы."

LETTERS = {
    "outgoing number": (LETTERHEAD + "Исх. № 01-12/345 от 12.03.2019\nНа № 5-6/78 от 01.03.2019\n\n" + ADDRESSEE
                        + "О проведении областного форума\n\n" + BODY, "О проведении областного форума"),
    "reply reference first": (LETTERHEAD + "На № 5-6/78 от 01.03.2019\nИсх. № 01-12/417 от 27.03.2019\n\n" + ADDRESSEE
                              + "О месте проведения форума\n\n" + BODY, "О месте проведения форума"),
    "bare index and dateline": ("АССАМБЛЕЯ НАРОДА КАЗАХСТАНА\n\n№ 02-08/567\n«14» мая 2018 г.\n\n"
                                "Министерство информации и общественного развития\nРеспублики Казахстан\n\n"
                                "О проведении Дня единства народа Казахстана\n\n" + BODY,
                                "О проведении Дня единства народа Казахстана"),
    "registry stamp on top": ("Вх. № 1587\n«20» марта 2019 г.\nСекретариат АНК\n\nАКИМАТ ЗАПАДНО-КАЗАХСТАНСКОЙ ОБЛАСТИ\n\n"
                              "Исх. № 12-04/556 от 15.03.2019\n\nЗаместителю Председателя\nАссамблеи народа Казахстана\n"
                              "Шаженовой Д.Ш.\n\nОб участии в сессии\n\n" + BODY, "Об участии в сессии"),
    "memo": ("СЛУЖЕБНАЯ ЗАПИСКА\n\nЗаведующему отделом этнокультурного развития\nСекретариата Ассамблеи народа "
             "Казахстана\nМусину К.С.\n\nот главного эксперта Бекова Т.А.\n\nВх. № 1234 от 18.06.2020\n\n"
             "О подготовке к сессии Ассамблеи\n\nДовожу до Вашего сведения, что подготовка завершена.\n\n"
             "Главный эксперт                                   Т. Беков\n", "О подготовке к сессии Ассамблеи"),
    "two-column head": ("ҚАЗАҚСТАН ХАЛҚЫ АССАМБЛЕЯСЫ                АССАМБЛЕЯ НАРОДА КАЗАХСТАНА\n"
                        "010000, Астана қ., Мәңгілік Ел даңғылы, 6     010000, г. Астана, пр. Мәңгілік Ел, 6\n\n"
                        "«12» марта 2019 г.                                    № 01-12/347\n\n"
                        "Председателю Совета матерей\nАссамблеи народа Казахстана\nМамыровой К.А.\n\n"
                        "О проведении конкурса «Мать года»\n\n" + BODY, "О проведении конкурса «Мать года»"),
    "no subject": (LETTERHEAD + "Исх. № 01-12/345 от 12.03.2019\n\n" + ADDRESSEE + BODY, FIRST_SENTENCE),
    "kazakh reply": ("ҚАЗАҚСТАН ХАЛҚЫ АССАМБЛЕЯСЫ\n\nШығ. № 02-05/612 2022 жылғы 14 наурыз\n"
                     "Сіздің 2022 жылғы 1 наурыздағы № 3-4/55 хатыңызға\n\nАқмола облысының әкімі\nЕ.Маржықпаевқа\n\n"
                     "Құрметті Ермек Боранбайұлы!\n\nАлғыс айту күніне арналған іс-шаралар жоспары келісілді. "
                     "Жоспар қоса беріліп отыр.\n", "Алғыс айту күніне арналған іс-шаралар жоспары келісілді."),
    "english": ("ASSEMBLY OF PEOPLE OF KAZAKHSTAN\nSecretariat\n\nRef. No. 01-19/2047 dated 15.10.2019\n"
                "Your Ref. No. EUR/33 of 02.10.2019\n\nTo: Mr. John Smith\nHead of the OSCE Programme Office\n\n"
                "Dear Mr. Smith,\n\nThe Secretariat thanks you for your letter. We confirm our participation.\n",
                "The Secretariat thanks you for your letter."),
    "glued year word": (LETTERHEAD + "На №5-6/81 от 05.03.2019г.\nИсх.№01-12/419 от 29.03.19г.\n\n" + ADDRESSEE
                        + "Об итогах конкурса\n\n" + BODY, "Об итогах конкурса"),
    "label for the sign": (LETTERHEAD + "Исх. 01-12/446 от 15.04.2019\n\n" + ADDRESSEE + "О проведении форума\n\n"
                           + BODY, "О проведении форума"),
    "english with colons": ("ASSEMBLY OF PEOPLE OF KAZAKHSTAN\n\nOur Ref.: 01-19/2048\nDate: 16 October 2019\n"
                            "Your Ref.: UNDP/KAZ/45 of 01.10.2019\n\nTo: Ms. Anna Larsen\n\nDear Ms. Larsen,\n\n"
                            "The Secretariat invites you to the conference. Please confirm participation.\n",
                            "The Secretariat invites you to the conference."),
}


def _title(tmp_path, name: str, text: str, encoding: str = "utf-8") -> str | None:
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return parse_file(path).title


@pytest.mark.parametrize("text, title", LETTERS.values(), ids=LETTERS.keys())
def test_a_letter_is_titled_by_its_subject_not_its_head(tmp_path, text, title):
    """Letters were titled «Исх. № 01-12/345 от 12.03.2019», «На № …», «Вх. № 1587», «СЛУЖЕБНАЯ ЗАПИСКА»
    or «АССАМБЛЕЯ НАРОДА КАЗАХСТАНА»: the same for every letter of the kind."""
    assert _title(tmp_path, "letter.txt", text) == title


def test_an_html_letter_with_a_table_letterhead_is_titled_by_its_subject(tmp_path):
    """A page titled «Письмо», the letterhead in two cells, the date and number beside the addressee."""
    page = ("<html><head><meta charset='windows-1251'><title>Письмо</title></head><body><table><tr>"
            "<td><b>КАЗАКСТАН ХАЛКЫ АССАМБЛЕЯСЫ</b><br>010000, Астана к., Мангилик Ел дангылы, 6</td>"
            "<td><b>АССАМБЛЕЯ НАРОДА КАЗАХСТАНА</b><br>010000, г. Астана, пр. Мангилик Ел, 6</td></tr>"
            "<tr><td>05.06.2019 № 01-15/1520</td><td>Акиму Северо-Казахстанской области<br>Аксакалову К.И.</td></tr>"
            "</table><p><b>Об итогах форума «Бейбитшилик пен келісім»</b></p><p>Уважаемый Кумар Иргибаевич!</p>"
            "<p>Выражаем благодарность за организацию регионального форума.</p></body></html>")
    assert _title(tmp_path, "letter.html", page, "cp1251") == "Об итогах форума «Бейбитшилик пен келісім»"


def test_an_html_reply_headed_by_its_type_is_titled_by_its_first_sentence(tmp_path):
    page = ("<html><head><meta charset='utf-8'><title>Письмо-ответ</title></head><body>"
            "<p><b>АССАМБЛЕЯ НАРОДА КАЗАХСТАНА</b><br>010000, г. Астана, Мәңгілік Ел даңғылы, 6</p>"
            "<p>Исх. № 01-14/2210 от 03.09.2020<br>На № 45-1/990 от 15.08.2020</p>"
            "<p>Гражданину Иванову И.И.<br>г. Усть-Каменогорск, ул. Горького, 12, кв. 4</p><h2>Письмо-ответ</h2>"
            "<p>Уважаемый Иван Иванович!</p><p>Ваше обращение рассмотрено. Заседание Совета состоится "
            "20 сентября 2020 года.</p></body></html>")
    assert _title(tmp_path, "otvet.html", page) == "Ваше обращение рассмотрено."


@pytest.mark.parametrize("text, title", [
    ("ПРОТОКОЛ № 4\nзаседания Совета Ассамблеи народа Казахстана\n\n№ 4 от 12.03.2019 г.\n\n"
     "Председательствовал: Ахметов Е.С.\n\nСЛУШАЛИ: О плане работы.\n",
     "ПРОТОКОЛ № 4 заседания Совета Ассамблеи народа Казахстана"),
    ("Газета «Дружба», № 15\n\nДружба народов\n\nВ Доме дружбы прошел вечер. Гости пели песни.\n", "Дружба народов"),
    ("Уважаемые коллеги!\n\nСегодня мы открываем сессию Ассамблеи. Спасибо.\n", "Уважаемые коллеги!"),
], ids=["protocol", "newspaper", "speech"])
def test_a_document_that_opens_as_no_letter_keeps_its_title(tmp_path, text, title):
    assert _title(tmp_path, "doc.txt", text) == title


@pytest.mark.parametrize("line, registers", [
    ("Исх. № 01-12/345 от 12.03.2019", True), ("На № 5-6/78 от 01.03.2019", True), ("Вх. № 1587", True),
    ("№ 02-08/567", True), ("26.03.2019 № 01-12/416", True), ("Шығ. № 02-05/612 2022 жылғы 14 наурыз", True),
    ("Ref. No. 01-19/2047 dated 15.10.2019", True), ("Исх. № 01-14/2210 от 03.09.2020 На № 45-1/990 от 15.08.2020", True),
    # a «г.» typed onto the date, a label standing for the sign, an English reference with a colon
    ("Исх. № 01-12/463 от 15.04.2019г.", True), ("Исх.№01-12/462 от 15.04.19г.", True), ("На №5-6/81 от 05.03.2019г.", True),
    ("Исх. 01-12/446 от 15.04.2019", True), ("Our Ref.: 01-19/2048", True), ("Your Ref.: UNDP/KAZ/45 of 01.10.2019", True),
    ("Our Ref. No.: 01-19/2048", True), ("Регламент 2019-2020", False), ("Рег. 2019-2020 годы", False),
    ("№ 4 от 12.03.2019 г.", False), ("Астана, 2023 жылғы 20 сәуір № 7", False), ("Протокол № 3", False),
    ("Газета «Дружба», № 15", False), ("Исх. № 01-12/345 от 12.03.2019 направлено акиму", False),
    # a registry stamp's plain number after its label, «от» glued to the date
    ("Вх. 1234 от 16.04.2019г.", True), ("Кір. 56", True), ("Исх. № 01-12/472 от15.04.2019", True),
    ("Ref. 12", False), ("Исх. 15.04.2019 направлено", False),
])
def test_registration_lines(line, registers):
    assert is_registration_line(line) is registers


def test_letters_in_a_search_are_titled_by_their_subjects(tmp_path_factory):
    """A clerk's result list shows each letter's subject, not one letterhead for all."""
    svc = ingested_service(tmp_path_factory, {"l1.txt": LETTERS["outgoing number"][0],
                                              "l2.txt": LETTERS["bare index and dateline"][0],
                                              "l3.txt": LETTERS["memo"][0]})
    try:
        titles = {hit.title for hit in svc.search(SearchRequest(query="Ассамблеи", per_page=10)).hits}
    finally:
        svc.close()
    assert titles == {"О проведении областного форума", "О проведении Дня единства народа Казахстана",
                      "О подготовке к сессии Ассамблеи"}


def test_a_plain_stamp_number_and_a_glued_date_word_are_registration_lines(tmp_path_factory):
    """«Вх. 1234 от 16.04.2019г.» (no «№») and «Исх.№01-12/472 от15.04.2019г.» titled their letters by the
    letterhead, «АССАМБЛЕЯ НАРОДА КАЗАХСТАНА»; the stamp's day, when the letter came in, dates none."""
    subject = "О проведении форума\n\n"
    svc = ingested_service(tmp_path_factory, {
        "vh.txt": "АССАМБЛЕЯ НАРОДА КАЗАХСТАНА\n\nВх. 1234 от 16.04.2019г.\nИсх. 01-12/476 от 15.04.2019\n\n"
                  + ADDRESSEE + subject + BODY,
        "glued.txt": "АССАМБЛЕЯ НАРОДА КАЗАХСТАНА\n\nИсх.№01-12/472 от15.04.2019г.\n\n" + ADDRESSEE + subject + BODY,
        "stamp_only.txt": "АССАМБЛЕЯ НАРОДА КАЗАХСТАНА\n\nВх. 1587 от 18.04.2019\n\n14.04.2019\n\n" + ADDRESSEE
                          + subject + BODY})
    try:
        hits = svc.search(SearchRequest(query="форум", per_page=10)).hits
    finally:
        svc.close()
    got = {h.paths[0].rsplit("/", 1)[1]: (h.title, str(h.date)) for h in hits}
    assert got == {"vh.txt": ("О проведении форума", "2019-04-15"), "glued.txt": ("О проведении форума", "2019-04-15"),
                   "stamp_only.txt": ("О проведении форума", "2019-04-14")}


KAZAKH_BODY = ["Облыстар әкімдеріне", "Алғыс айту күнін өткізу туралы",
               "Құрметті әріптестер! Хатшылық Алғыс айту күніне арналған іс-шараларды өткізуді сұрайды.",
               "Хатшылық меңгерушісі Ж. Түймебаев"]
RUSSIAN_BODY = ["Акимам областей, городов Астаны, Алматы и Шымкента", "О проведении Дня благодарности",
                "Уважаемые коллеги! Секретариат просит обеспечить проведение мероприятий.",
                "Заведующий Секретариатом Ж. Туймебаев"]
HEADED_LETTERS = {
    # the Kazakh letterhead on two lines, the body's kind alone on the second, as «СЕКРЕТАРИАТ» under a Russian one
    "kazakh letterhead": (["ҚАЗАҚСТАН ХАЛҚЫ АССАМБЛЕЯСЫ", "ХАТШЫЛЫҒЫ", "Шығ. № 02-15/118 2020 жылғы 12 ақпан"]
                          + KAZAKH_BODY, "Алғыс айту күнін өткізу туралы"),
    "kazakh letterhead, date first": (["ҚАЗАҚСТАН ХАЛҚЫ АССАМБЛЕЯСЫ", "ХАТШЫЛЫҒЫ", "2020 жылғы 12 ақпан № 02-15/118"]
                                      + KAZAKH_BODY, "Алғыс айту күнін өткізу туралы"),
    "kazakh letterhead, no number": (["ҚАЗАҚСТАН ХАЛҚЫ АССАМБЛЕЯСЫНЫҢ", "ХАТШЫЛЫҒЫ"] + KAZAKH_BODY,
                                     "Алғыс айту күнін өткізу туралы"),
    # a regional Assembly's letterhead opens with its oblast in the genitive, on a line of its own
    "kazakh regional letterhead": (["АҚМОЛА ОБЛЫСЫНЫҢ", "ҚАЗАҚСТАН ХАЛҚЫ АССАМБЛЕЯСЫ", "ХАТШЫЛЫҒЫ",
                                    "Шығ. № 5-12/31 2021 жылғы 10 ақпан"] + KAZAKH_BODY, "Алғыс айту күнін өткізу туралы"),
    "kazakh regional letterhead, no kind": (["ҚАРАҒАНДЫ ОБЛЫСЫНЫҢ", "ҚАЗАҚСТАН ХАЛҚЫ АССАМБЛЕЯСЫ",
                                             "2021 жылғы 10 ақпан № 5-12/31"] + KAZAKH_BODY,
                                            "Алғыс айту күнін өткізу туралы"),
    # a council writes under the Assembly's name in the genitive
    "kazakh council letterhead": (["ҚАЗАҚСТАН ХАЛҚЫ АССАМБЛЕЯСЫНЫҢ", "ҒЫЛЫМИ-САРАПТАМАЛЫҚ КЕҢЕСІ",
                                   "2021 жылғы 15 сәуір № 12"] + KAZAKH_BODY, "Алғыс айту күнін өткізу туралы"),
    # Word's template keeps the letterhead in the page's header, which is dropped: the addressee opens the text
    "kazakh addressee first": (KAZAKH_BODY, "Алғыс айту күнін өткізу туралы"),
    "kazakh addressee of the cities": (["Облыстардың, Астана, Алматы және Шымкент қалаларының әкімдеріне"]
                                       + KAZAKH_BODY[1:], "Алғыс айту күнін өткізу туралы"),
    "russian addressee first": (RUSSIAN_BODY, "О проведении Дня благодарности"),
    "russian addressees": (["Акимам областей"] + RUSSIAN_BODY[1:], "О проведении Дня благодарности"),
}


@pytest.mark.parametrize("paragraphs, title", HEADED_LETTERS.values(), ids=HEADED_LETTERS.keys())
def test_a_letter_under_a_two_line_kazakh_letterhead_or_its_addressee_is_titled_by_its_subject(
        tmp_path, paragraphs, title):
    """«ХАТШЫЛЫҒЫ» (the letterhead's second line) and the addressee («Акимам областей», «Облыстар
    әкімдеріне») titled the letters: a registry folder listed dozens of «Акимам областей»."""
    from bench.ooxml import docx, para, run
    from test_parser_docx import odt

    (tmp_path / "letter.docx").write_bytes(docx("".join(para(run(p)) for p in paragraphs)))
    (tmp_path / "letter.odt").write_bytes(odt("".join(f"<text:p>{p}</text:p>" for p in paragraphs)))
    rtf = "".join(r"\pard " + "".join(f"\\u{ord(ch)}?" if ord(ch) > 127 else ch for ch in p) + r"\par " for p in paragraphs)
    (tmp_path / "letter.rtf").write_text(r"{\rtf1\ansi\uc1 " + rtf + "}", encoding="ascii")
    (tmp_path / "letter.txt").write_text("\n\n".join(paragraphs) + "\n", encoding="utf-8")
    titles = {name: parse_file(tmp_path / name).title for name in ("letter.docx", "letter.odt", "letter.rtf", "letter.txt")}
    assert titles == dict.fromkeys(titles, title)


def test_a_news_item_opening_with_a_post_in_the_dative_is_no_letter(tmp_path):
    """A sentence opening with «Акимам …» addresses nobody: read as a letter it was titled by its
    second paragraph."""
    (tmp_path / "news.txt").write_text("Акимам областей поручено подготовить план мероприятий.\n\n"
                                       "План утвердят в марте. Его обсудят на сессии.\n", encoding="utf-8")
    assert parse_file(tmp_path / "news.txt").title != "План утвердят в марте."


def test_letters_from_a_template_in_a_search_are_titled_by_their_subjects(tmp_path_factory):
    from bench.ooxml import docx, para, run

    def letter(subject: str) -> bytes:
        return docx("".join(para(run(p)) for p in ["Акимам областей", subject] + RUSSIAN_BODY[2:]))
    svc = ingested_service(tmp_path_factory, {"l1.docx": letter("О проведении Дня благодарности"),
                                              "l2.docx": letter("Об итогах конкурса «Мать года»")})
    try:
        titles = {hit.title for hit in svc.search(SearchRequest(query="Секретариат", per_page=10)).hits}
    finally:
        svc.close()
    assert titles == {"О проведении Дня благодарности", "Об итогах конкурса «Мать года»"}
