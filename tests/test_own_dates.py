"""A document without a dateline at its top is dated by a date of its own, never by a deadline, a
cited act's date, the letter it answers or a registry's stamp (ingest.extract.own_dates,
ingest.parsers.registration)."""
from __future__ import annotations

from datetime import date

import pytest

from conftest import hit_files, ingested_service
from index.search import SearchRequest
from ingest.build import extract_parsed
from ingest.extract.dates import dates_in_text
from ingest.extract.own_dates import NEAR, OTHER_PAPER, OWN, date_role
from ingest.parsers import parse_file

PROTOCOL_WITH_DEADLINES = """ПРОТОКОЛ № 9
заседания Совета матерей Ассамблеи народа Казахстана

ПОВЕСТКА ДНЯ:
1. О проведении конкурса «Мейірімді ана» до 1 мая 2019 года.

СЛУШАЛИ: Искакову Б.Т. – о конкурсе.

ПОСТАНОВИЛИ: провести конкурс в срок до 1 мая 2019 года, итоги подвести 15 мая 2019 года.

Голосовали: «За» – 12, «Против» – 3.

Протокол составлен 16 марта 2019 года.
Секретарь Жунусова А.К.
"""
PROTOCOL_CITING_A_DECREE = """ПРОТОКОЛ № 21
заседания Научно-экспертного совета АНК

Во исполнение Указа Президента Республики Казахстан от 1 марта 2015 года и решения XXII сессии АНК от 23 апреля 2015 года.

Дата проведения: 20 февраля 2020 года
Время: 10:00
Место проведения: г. Нур-Султан, Дом дружбы

ПОСТАНОВИЛИ: одобрить проект Концепции.
"""
ANSWER_ABOVE_OWN_NUMBER = """АССАМБЛЕЯ НАРОДА КАЗАХСТАНА

На № 5-6/78 от 01.03.2019
Исх. № 01-12/417 от 27.03.2019

Акиму Карагандинской области
Абдрахманову Е.Т.

О месте проведения форума

Уважаемый Ерлан Тлеубаевич!

Сообщаем, что местом проведения форума определен Дом дружбы г. Караганды.

Заместитель Председателя
Ассамблеи народа Казахстана                         Д. Шаженова
"""
DEADLINE_ABOVE_OWN_NUMBER = """АССАМБЛЕЯ НАРОДА КАЗАХСТАНА

О представлении отчетов

Председателям ассамблей народа Казахстана областей

Просим в срок до 15.01.2020 представить отчеты о работе за 2019 год.

Заместитель Председателя
Ассамблеи народа Казахстана                         Д. Шаженова

Исх. № 04-11/901 от 20.12.2019
"""
STAMP_ABOVE_OWN_NUMBER = """Вх. № 1587
«20» марта 2019 г.
Секретариат АНК

АКИМАТ ЗАПАДНО-КАЗАХСТАНСКОЙ ОБЛАСТИ

Исх. № 12-04/556 от 15.03.2019

Заместителю Председателя
Ассамблеи народа Казахстана
Шаженовой Д.Ш.

Об участии в сессии

Акимат Западно-Казахстанской области сообщает, что делегация области для участия в XXVII сессии Ассамблеи народа Казахстана 23 апреля 2019 года сформирована в количестве 15 человек.

Аким области                                 А. Кульгинов
"""
ANSWER_WITHOUT_OWN_NUMBER = """АССАМБЛЕЯ НАРОДА КАЗАХСТАНА

На № 5-6/91 от 01.03.2019

Акиму города Шымкента
Айтенову М.Е.

О проведении республиканского фестиваля

Секретариат Ассамблеи народа Казахстана поддерживает инициативу проведения фестиваля «Шанырак». Просим в срок до 20.04.2019 направить смету расходов.

С уважением,
Заместитель Председателя
Ассамблеи народа Казахстана                         Д. Шаженова
"""


def _file_date(tmp_path, text: str, name: str = "a.txt") -> str:
    """The date ingest gives a file of `text` (parsed and extracted as ingest does)."""
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return str(extract_parsed(parse_file(path), path).date)


@pytest.mark.parametrize("text, expected", [
    (PROTOCOL_WITH_DEADLINES, "2019-03-16"),
    (PROTOCOL_CITING_A_DECREE, "2020-02-20"),
    # a short protocol's meeting date labelled further down, a deadline and a cited decision above it
    ("ПРОТОКОЛ № 3\n\nВо исполнение решения Совета от 12 января 2018 года провести конкурс не позднее 1 июня "
     "2018 года.\n\nДата заседания: 5 марта 2018 года\n", "2018-03-05"),
    # Kazakh writes the deadline after the date
    ("ХАТТАМА № 4\n\nБайқауды 2019 жылғы 1 мамырға дейін өткізу.\n\nОтырыс 2019 жылғы 16 наурызда өтті.\n",
     "2019-03-16"),
], ids=["deadline", "decree", "decision-and-no-later", "kk-deadline"])
def test_a_protocol_without_a_dateline_is_dated_by_its_own_day(tmp_path, text, expected):
    """«до 1 мая 2019 года» dated a protocol drawn up on 16 March, and «Указа … от 1 марта 2015 года»
    one held on 20 February 2020: the first date the text mentioned was taken, whatever it was."""
    assert _file_date(tmp_path, text) == expected


@pytest.mark.parametrize("text, expected", [
    (ANSWER_ABOVE_OWN_NUMBER, "2019-03-27"),
    (DEADLINE_ABOVE_OWN_NUMBER, "2019-12-20"),
    (STAMP_ABOVE_OWN_NUMBER, "2019-03-15"),
    # a draft without its own number and date: the deadline, days after it, not the answered letter of March 1
    (ANSWER_WITHOUT_OWN_NUMBER, "2019-04-20"),
    ("ҚАЗАҚСТАН ХАЛҚЫ АССАМБЛЕЯСЫ\n\nСіздің 2022 жылғы 1 наурыздағы № 3-4/55 хатыңызға\n"
     "Шығ. № 02-05/612 2022 жылғы 14 наурыз\n\nҚұрметті әріптестер!\n\nЖоспар келісілді.\n", "2022-03-14"),
    ("ASSEMBLY OF PEOPLE OF KAZAKHSTAN\n\nYour Ref. No. EUR/33 of 02.10.2019\nRef. No. 01-19/2047 dated 15.10.2019"
     "\n\nDear Mr. Smith,\n\nThe Secretariat confirms participation.\n", "2019-10-15"),
    # a «г.» typed onto a two-digit year: the deadline after it was taken
    ("АССАМБЛЕЯ НАРОДА КАЗАХСТАНА\n\nИсх. № 01-12/460 от 15.04.19г.\n\nО проведении форума\n\n"
     "Просим в срок до 25.04.2019 представить предложения.\n", "2019-04-15"),
    ("АССАМБЛЕЯ НАРОДА КАЗАХСТАНА\n\nНа №5-6/81 от 05.03.2019г.\nИсх.№01-12/419 от 29.03.19г.\n\n"
     "Просим до 15.04.2019 довести итоги до участников.\n", "2019-03-29"),
    # the label standing for the sign, under a deadline that comes first
    ("АССАМБЛЕЯ НАРОДА КАЗАХСТАНА\n\nПросим в срок до 10.04.2019 представить предложения.\n\n"
     "Исх. 01-12/446 от 25.04.2019\n", "2019-04-25"),
], ids=["answered-letter-first", "deadline-first", "stamp-first", "no-own-number", "kk", "en", "glued-short-year",
        "glued-both-lines", "label-for-sign"])
def test_a_letter_is_dated_by_its_outgoing_number_line(tmp_path, text, expected):
    """«Исх. № … от …» was never read as a dateline: a letter took the date of the letter it
    answers, its deadline or the registry's stamp, whichever came first. In a short letter that
    reads as hard-wrapped the answered letter's line and its own were joined into one paragraph."""
    assert _file_date(tmp_path, text) == expected


@pytest.mark.parametrize("text, role", [
    ("Во исполнение Указа Президента Республики Казахстан от 1 марта 2015 года", OTHER_PAPER),
    ("рассмотрел Ваше письмо № 5-6/78 от 01.03.2019", OTHER_PAPER),
    ("Пункт 4-1 дополнен Указом Президента РК от 15.03.2023", OTHER_PAPER),
    ("(с изменениями, внесенными решением учредителя от 10.02.2020 № 3)", OTHER_PAPER),
    ("На № 5-6/78 от 01.03.2019", OTHER_PAPER),
    ("Сіздің 2022 жылғы 1 наурыздағы № 3-4/55 хатыңызға", OTHER_PAPER),
    ("Просим в срок до 15.01.2020 представить отчеты", NEAR),
    ("провести не позднее 1 июня 2018 года", NEAR),
    ("Вх. № 1587\n«20» марта 2019 г.", NEAR),
    # the document's own heading, an approval stamp or an annex's line date the text they head
    ("Закон Республики Казахстан от 20 октября 2008 года № 70-IV", OWN),
    ("ПРОТОКОЛ № 3 от 12.03.2019", OWN),
    ("УТВЕРЖДЕНО Указом Президента РК от 7 сентября 2016 года № 333", OWN),
    ("Приложение 2 к постановлению акимата от 12.03.2019 № 5", OWN),
    # a sentence ends between the act and the date
    ("Указ подписан. Совещание от 12.03.2019", OWN),
])
def test_what_a_mentioned_date_says_of_the_document(text, role):
    at = dates_in_text(text)[-1][0]
    assert date_role(text, at, len(text)) == role


@pytest.fixture(scope="module")
def archive(tmp_path_factory):
    service = ingested_service(tmp_path_factory, {
        "protocol_deadline.txt": PROTOCOL_WITH_DEADLINES, "protocol_decree.txt": PROTOCOL_CITING_A_DECREE,
        "letter_answer.txt": ANSWER_ABOVE_OWN_NUMBER, "letter_deadline.txt": DEADLINE_ABOVE_OWN_NUMBER,
        "letter_stamp.txt": STAMP_ABOVE_OWN_NUMBER})
    yield service
    service.close()


@pytest.mark.parametrize("start, end, files", [
    (date(2019, 12, 1), date(2019, 12, 31), ["letter_deadline.txt"]),
    (date(2015, 1, 1), date(2015, 12, 31), []),
    (date(2020, 2, 1), date(2020, 2, 29), ["protocol_decree.txt"]),
    (date(2019, 3, 1), date(2019, 3, 31), ["letter_answer.txt", "letter_stamp.txt", "protocol_deadline.txt"]),
])
def test_a_date_range_finds_the_documents_of_their_own_days(archive, start, end, files):
    result = archive.search(SearchRequest("", date_from=start, date_to=end))
    assert sorted(hit_files(result)) == files
