from datetime import date

import pytest

from ingest.extract.dates import dates_in_text, document_date
from ingest.parsers.normalize import find_dateline, is_bare_dateline


def test_russian_numeric_kazakh_english_forms():
    assert document_date({}, "Астана, 26 ноября 2026 года. Состоялось...", "a.txt") == (date(2026, 11, 26), "text")
    assert document_date({}, "26.11.2026. Шымкент.", "a.txt") == (date(2026, 11, 26), "text")
    assert document_date({}, "Нұр-Сұлтан, 2026 жылғы 26 қарашада өтті.", "a.txt") == (date(2026, 11, 26), "text")
    assert document_date({}, "Алматы, 2024 жылғы 20 сәуірде форум өтті.", "a.txt") == (date(2024, 4, 20), "text")
    assert document_date({}, "2022 жылғы 5 наурыз. Кеш өтті.", "a.txt") == (date(2022, 3, 5), "text")
    assert document_date({}, "ASTANA, 12 June 2024 – More than...", "a.txt") == (date(2024, 6, 12), "text")
    assert document_date({}, "On June 12, 2024 the Assembly met.", "a.txt") == (date(2024, 6, 12), "text")


@pytest.mark.parametrize("dateline", [
    "Астана, 2019 жылдың 26 сәуірінде.",  # жылдың: the genitive
    "Астана, 2019 жылғы сәуірдің 26-сы.",  # the month before the day
    "Астана, 2019 жылгы 26 сэуiрде.",  # typed on a Russian keyboard (a cp1251 file), a Latin i
    "Астана, 2019 жылгы 26 сауірде.",
    "Astana, 2019 jylğy 26 säuırde.",  # the 2021 Latin alphabet
    "Astana, 2019 jylǵy 26 sáýirde.",  # the 2018 one (acutes)
    "Astana, 2019 jylg'y 26 sa'y'irde.",  # the 2017 one (apostrophes)
    "Astana, 2019 jylg’y 26 sa’y’irde.",  # ... as a word processor types them (’), or as ʼ: were undated
    "Astana, 2019 jylgʼy 26 saʼyʼirde.",
    "ASTANA, 2019 JYLǴY 26 SÁÝIRDE.",
])
def test_kazakh_dates_as_archives_write_them(dateline):
    assert dates_in_text(dateline) == [(8, date(2019, 4, 26))]


@pytest.mark.parametrize("dateline", [
    "2021 жылдың 1 қыркүйегінде",  # қыркүйек voices before a vowel: қыркүйег-і-нде
    "2021 жылдың 1 қыркүйегі",
    "2021 жылғы 1 қыркүйектегі жиын",
    "2021 жылгы 1 кыркуйегинде",  # typed on a Russian keyboard
    "2021 jylǵy 1 qyrkúıeginde",  # 2018 Latin
    "2021 jyldyñ 1 qyrküiegınde",  # 2021 Latin
])
def test_september_in_its_voiced_forms(dateline):
    assert dates_in_text(dateline) == [(0, date(2021, 9, 1))]


@pytest.mark.parametrize("dateline", [
    "2021 жылғы 14-қыркүйек",  # the day as an ordinal, joined to its month by a hyphen
    "2021 жылғы 14-қыркүйекте",
    "14-қыркүйек 2021 ж.",
    "2021 jylğy 14-qyrküiek",
])
def test_an_ordinal_day_before_a_kazakh_month_is_read(dateline):
    assert dates_in_text(dateline) == [(0, date(2021, 9, 14))]
    text = f"Ассамблея жиыны\n\n{dateline}\n\nБүгін жиын өтті. 2019 жылғы 12 наурызда қабылданған жоспар талқыланды."
    assert document_date({}, text, "a.txt") == (date(2021, 9, 14), "text")


def test_a_voiced_september_dateline_dates_the_document_not_a_date_the_text_mentions():
    text = ("Ассамблея жиыны өтті\n\n2021 жылдың 1 қыркүйегінде\n\nБүгін Ассамблеяның кезекті жиыны өтті. "
            "2019 жылғы 12 наурызда қабылданған жоспар талқыланды.")
    assert document_date({}, text, "a.txt") == (date(2021, 9, 1), "text")


# each month in the possessive and the locative, as «2021 жылдың N айының M-і» datelines say it
_POSSESSIVE_LOCATIVES = ("қаңтарында", "ақпанында", "наурызында", "сәуірінде", "мамырында", "маусымында",
                         "шілдесінде", "тамызында", "қыркүйегінде", "қазанында", "қарашасында", "желтоқсанында")


@pytest.mark.parametrize("month", range(1, 13))
def test_every_month_takes_the_possessive_and_a_case_after_it(month):
    word = _POSSESSIVE_LOCATIVES[month - 1]
    assert dates_in_text(f"2021 жылдың 3 {word} өтті") == [(0, date(2021, month, 3))]


def test_a_month_word_going_on_with_no_ending_of_a_month_is_no_date():
    assert dates_in_text("2019 жылы 5 маусымдық жұмыс") == []  # маусымдық: seasonal


def test_kazakh_months_typed_the_russian_way_need_the_whole_date():
    assert dates_in_text("Астана, 2017 жылгы 15 казанда.") == [(8, date(2017, 10, 15))]
    assert dates_in_text("В Казани 2017 года 5 казаков.") == []


@pytest.mark.parametrize("text", ["12 Auguſt 2019", "12 ſeptember 2019", "5 ᲂктября 2019", "2019 jylğy 12 qyrküıek"])
def test_a_month_name_the_patterns_match_but_no_table_spells_is_no_date_and_no_error(text):
    # the patterns ignore case, and IGNORECASE lets ſ pass for s, ı for i, an old Cyrillic ᲂ for о;
    # lower() keeps them, so no month table has the word (it raised KeyError)
    assert dates_in_text(text) == []


def test_slashes_roman_months_ordinal_days_and_nominative_months():
    assert document_date({}, "Астана, 12/03/2019. Состоялось...", "a.txt") == (date(2019, 3, 12), "text")
    assert document_date({}, "Протокол от 12.III.2019 г.", "a.txt") == (date(2019, 3, 12), "text")
    assert document_date({}, "Заседание 12-го марта 2019 г. открыл...", "a.txt") == (date(2019, 3, 12), "text")
    assert document_date({}, "12 март 2019\n\nЗаседание.", "a.txt") == (date(2019, 3, 12), "text")
    assert document_date({}, "Пункт 3/13/2019 плана.", "a.txt") == (None, None)  # no 13th month, no US order


def test_month_first_and_abbreviated_months():
    # English press releases of the Assembly and their Russian and Kazakh translations
    for text in ("ASTANA, March 12, 2019 – The Assembly...", "ASTANA, Mar. 12, 2019 – The Assembly...",
                 "Released Sept. 12th, 2019", "Астана, Март 12, 2019 – Ассамблея...", "Астана, наурыз 12, 2019",
                 "On 12 Mar. 2019 the Council met.", "On the 12th of March, 2019 the Council met.",
                 "Нұр-Сұлтан, 12 наурыз 2019", "Нұр-Сұлтан, 2019 жылғы 12 наурыз"):
        assert document_date({}, text, "a.txt")[0] == (date(2019, 9, 12) if "Sept" in text else date(2019, 3, 12)), text


@pytest.mark.parametrize("text", [
    "Обращения: март 12 2019 15",          # a Russian month-first date needs its comma...
    "в марте 12, 2019",                    # ...and the nominative
    "марта 12, 2019",
    "Итоги за март. 12, 2019 и 2020 годы",
    "until 12 March. 2019 was the year",   # a dot ends a full month name's sentence
    "The dismay 12, 2019 cases",           # a month is a whole word
    "Summary 12, 2019",
    "Marches 12, 2019",
    "Mar 12, 20190",
])
def test_month_names_in_other_words_or_sentences_are_no_date(text):
    assert document_date({}, text, "a.txt") == (None, None)


def test_a_month_first_dateline_comes_before_a_later_line_with_a_date():
    text = "ASTANA, Mar. 12, 2019\n\nThe decision of 24 April 2018 was recalled."
    metadata = {"dateline": find_dateline(text.split("\n\n"))}
    assert metadata["dateline"] == "ASTANA, Mar. 12, 2019"
    assert document_date(metadata, text, "a.txt") == (date(2019, 3, 12), "text")


def test_a_two_digit_year_counts_in_the_dateline_only():
    assert document_date({"dateline": "Астана, 12.03.19"}, "Астана, 12.03.19\n\nТекст.", "a.txt") == (date(2019, 3, 12), "text")
    assert document_date({"dateline": "05.11.98"}, "05.11.98\n\nТекст.", "a.txt") == (date(1998, 11, 5), "text")
    assert document_date({}, "См. пункты 1.2.19 и 12.03.19 регламента.", "a.txt") == (None, None)


def test_metadata_then_dateline_then_text_then_filename():
    assert document_date({"published": "2015-09-18"}, "1 марта 1995 года", "x.txt") == (date(2015, 9, 18), "metadata")
    assert document_date({"dateline": "18.09.2015 👁 103"}, "1 марта 1995 года", "x.txt") == (date(2015, 9, 18), "text")
    assert document_date({}, "Без даты.", "2015/2015-11-20_karaganda.txt") == (date(2015, 11, 20), "filename")
    assert document_date({}, "Без даты.", "archive/20.11.2015 отчет.txt") == (date(2015, 11, 20), "filename")


def test_no_date_is_undated_never_mtime():
    assert document_date({}, "Круглый стол депутатов Мажилиса. В 2007 году ...", "undated/kruglyi-stol.txt") == (None, None)
    assert document_date({}, "Сессия 31.02.2020 (ошибка в дате).", "x.txt") == (None, None)


def test_numeric_patterns_match_as_their_lookbehind_first_forms():
    # dates.py's patterns start with the digit (fast); these are the forms they replaced
    import random
    import re

    from ingest.extract import dates
    old = {
        "_ISO": re.compile(r"(?<!\d)((?:19|20)\d\d)-(\d\d)-(\d\d)(?!\d)"),
        "_DOTTED": re.compile(r"(?<![\d./])(\d{1,2})([./-])(\d{1,2}|XII|XI|X|IX|VIII|VII|VI|V|IV|III|II|I)\2"
                              r"((?:19|20)\d\d)(?![\d])"),
        "_RU": re.compile(r"(?<!\d)[«\"„“”]?(\d{1,2})(?:-го)?[»\"“”]?\s+(" + "|".join(dates.RU_MONTHS)
                          + r")(,?)\s+((?:19|20)\d\d)", re.IGNORECASE),
        "_KK_DAY_FIRST": re.compile(r"(?<!\d)[«\"„“”]?(\d{1,2})[»\"“”]?\s+" + dates._KK_MONTH + r"(,?)\s+((?:19|20)\d\d)",
                                    re.IGNORECASE),
    }
    # pieces that make hundreds of matches, «quoted» days and Arabic-Indic digits among them
    pieces = ["1", "12", "٣", "2024", "1999", ".", "-", "-05-", "«", "»", " ", "\n", " мая ", " Марта ", "а",
              "5.", "11.", "٣.", "5«", "12» мая 2024", "/", "III", ".XI.", "-го", " март ", " қарашада ",
              " Казан ", " säuır ", '"', "“", "„", "”", '12" наурыз 2024', ", "]
    rng = random.Random(7)
    for _ in range(20_000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 12)))
        for name, pattern in old.items():
            new = getattr(dates, name)
            starts = [dates._quoted_start(text, m.start()) if name in ("_RU", "_KK_DAY_FIRST") else m.start()
                      for m in new.finditer(text)]
            assert [(m.start(), m.groups()) for m in pattern.finditer(text)] == \
                list(zip(starts, (m.groups() for m in new.finditer(text)))), (name, text)


def test_a_pdf_creation_date_comes_after_the_dateline_and_the_file_name():
    # A 2018 report exported or scanned to PDF today: CreationDate says when the file was made.
    created = {"created": "2026-11-27"}
    with_dateline = dict(created, dateline="Павлодар, 14 ноября 2018 года")
    text = "Отчет о сессии\\n\\nПавлодар, 14 ноября 2018 года\\n\\nТекст."
    assert document_date(with_dateline, text, "otchet.pdf") == (date(2018, 11, 14), "text")
    assert document_date(created, "Отчет.", "2018-11-14_otchet.pdf") == (date(2018, 11, 14), "filename")
    # with neither, a creation date of the ingest day is the scan's or the export's, not the text's
    assert document_date(created, "Указ от 1 марта 1995 года.", "otchet.pdf", today=date(2026, 11, 27)) == (
        date(1995, 3, 1), "text")
    # one the text's dates do not all precede (a plan for the year ahead) still beats them
    plan = "План на 2026 год. Заседание 15 марта 2026 года, отчет 20 декабря 2026 года."
    assert document_date({"created": "2026-01-29"}, plan, "plan.pdf", date(2026, 2, 1)) == (date(2026, 1, 29), "metadata")
    assert document_date({"published": "2019-04-27", **created}, text, "2018-11-14_a.pdf") == (date(2019, 4, 27), "metadata")


def test_a_sentence_that_mentions_a_date_is_no_dateline():
    # the next meeting's date is not the report's: the file name's date stands
    lines = ["Отчет о заседании научно-экспертного совета",
             "На заседании обсуждались итоги мониторинга.",
             "Следующее заседание запланировано на 20 марта 2019 года."]
    assert find_dateline(lines) is None
    assert document_date({"created": "2026-11-27"}, "\n\n".join(lines), "2018-12-05_otchet.pdf") == (
        date(2018, 12, 5), "filename")
    # a place, «Протокол от», «On the» before the date still make a dateline
    for line in ("Павлодар, 14 ноября 2018 года", "Протокол от 12.03.2019 г.", "On the 12th of March, 2019",
                 "г. Нур-Султан, 12.03.2019", "12 марта 2019 года состоялось заседание Совета"):
        assert find_dateline(["Заголовок", line]) == line


def test_the_file_name_date_beats_a_date_the_body_mentions_past_or_future():
    # a 2005 report recalls the Assembly's founding; a 2026 announcement names a session to come
    report = "Доклад о работе Ассамблеи\n\nАссамблея, созданная 1 марта 1995 года Указом Президента, стала институтом."
    assert document_date({}, report, "2005-12-12_report.txt") == (date(2005, 12, 12), "filename")
    anons = "Анонс\n\nОчередная сессия Ассамблеи пройдет 15 мая 2027 г. в Астане."
    assert document_date({}, anons, "2026-04-01_anons.txt") == (date(2026, 4, 1), "filename")
    # without a name's date, a date after the file was written is no date of the document
    assert document_date({}, anons, "anons.txt", date(2026, 4, 1)) == (None, None)
    assert document_date({}, "Прошла 10 марта 2026 г., следующая пройдет 15 мая 2027 г.", "a.txt",
                         date(2026, 4, 1)) == (date(2026, 3, 10), "text")


def test_a_sentence_that_opens_with_a_date_is_no_dateline():
    lines = ["20 лет Ассамблее народа Казахстана",
             "1 марта 1995 года Указом Президента была образована Ассамблея народа Казахстана.",
             "За двадцать лет Ассамблея стала институтом согласия.",
             "Астана, 20 апреля 2015 г."]
    assert find_dateline(lines) == "Астана, 20 апреля 2015 г."
    assert find_dateline(["Доклад", "Ассамблея, созданная 1 марта 1995 года, подвела итоги."]) is None
    # a dateline that runs on into its lede after a dash, or names a place after the date, still is one
    for line in ("Астана, 10 марта 2026 г. – Сегодня в столице прошло заседание Совета Ассамблеи",
                 "24 марта 1995 г., Алматы", "от 12.12.2005 № 5", "г. Алматы, 1 марта 1995 года, Дворец мира"):
        assert find_dateline(["Заголовок", line]) == line


def test_the_dateline_beats_a_publication_date_of_another_day_and_names_metadata_when_they_agree():
    # a page moved to a new site in 2020 keeps its 2007 dateline; a UTC time falls on the day before
    migrated = {"published": "2020-06-01", "dateline": "Астана, 24 октября 2007 г."}
    assert document_date(migrated, "Текст.", "a.html") == (date(2007, 10, 24), "text")
    utc = {"published": "2019-04-25", "dateline": "Нур-Султан, 26 апреля 2019 г."}
    assert document_date(utc, "Текст.", "a.html") == (date(2019, 4, 26), "text")
    same = {"published": "2019-04-26", "dateline": "Нур-Султан, 26 апреля 2019 г."}
    assert document_date(same, "Текст.", "a.html") == (date(2019, 4, 26), "metadata")


def test_a_pdf_made_on_the_ingest_day_or_by_a_scanner_is_undated_without_another_date():
    # a scan made for the archive: its CreationDate is the day it was digitised
    today = date(2026, 11, 27)
    spravka = "Справка о малых ассамблеях."
    assert document_date({"created": "2026-11-27"}, spravka, "scan.pdf", today, today) == (None, None)
    assert document_date({"created": "2020-05-01"}, spravka, "scan.pdf", today, today) == (
        date(2020, 5, 1), "metadata")
    for producer in ("ABBYY FineReader 11", "Canon iR-ADV C5535", "Epson Scan", "OCRmyPDF 14.0"):
        scan = {"created": "2015-06-01", "producer": producer}
        assert document_date(scan, spravka, "scan.pdf", today, today) == (None, None)
        assert document_date(scan, "Письмо от 12 мая 1996 года.", "scan.pdf", today, today) == (
            date(1996, 5, 12), "text")


def test_a_report_pdf_keeps_its_creation_date_over_the_past_it_recalls_whatever_its_file_time():
    # a 2010 report recalls the Assembly's founding: the CreationDate is the report's date, whether
    # the copy kept the file's time (written the same day) or not (written today)
    report = "Отчет за 2009 год\n\nАссамблея, созданная 1 марта 1995 года, провела 120 мероприятий."
    today = date(2026, 11, 27)
    for written in (date(2010, 5, 5), today):
        assert document_date({"created": "2010-05-05", "producer": "Microsoft Word"}, report, "otchet.pdf",
                             written, today) == (date(2010, 5, 5), "metadata")


def test_a_creation_date_from_before_pdf_existed_is_a_placeholder():
    # generators write the Unix epoch or DOS's 1980-01-01 for a clock never set: a 2018 news item was
    # dated 1970; no PDF was made before 1993
    today = date(2026, 11, 27)
    news = "Форум молодежи\n\nВ Павлодаре 14 сентября 2018 года прошел областной форум."
    for created in ("1970-01-01", "1980-01-01", "1992-12-31"):
        assert document_date({"created": created}, news, "forum.pdf", today, today) == (date(2018, 9, 14), "text")
        assert document_date({"created": created}, "Справка о малых ассамблеях.", "a.pdf", today, today) == (None, None)
    assert document_date({"created": "1993-06-15"}, "Справка о малых ассамблеях.", "a.pdf", today, today) == (
        date(1993, 6, 15), "metadata")


@pytest.mark.parametrize("text", [
    "Форум молодежи\n\nВ Павлодаре 14 сентября 2018 года прошел областной форум.",
    "Павлодар, 14 сентября 2018 года. В областном Доме дружбы состоялся форум молодежи.",
    "На состоявшемся 14.09.2018 форуме выступили волонтеры.",
    "Форум молодежи\n\n14.09.2018\n\nВ Доме дружбы Павлодара прошел форум молодежи.",
    "Павлодарда 2018 жылғы 14 қыркүйекте облыстық жастар форумы өтті.",
    "On 14 September 2018 the Assembly held a youth forum in Pavlodar.",
])
def test_a_template_s_creation_date_before_the_event_the_text_reports_gives_way(text):
    # a 2018 news item made from a 2009 template keeps the template's CreationDate: a file cannot be
    # made before what it reports as past, whatever the copy did to the file's time
    today = date(2026, 11, 27)
    template = {"created": "2009-10-15", "producer": "Microsoft Word"}
    for written in (date(2018, 9, 20), today):
        assert document_date(template, text, "forum.pdf", written, today) == (date(2018, 9, 14), "text")


@pytest.mark.parametrize("text", [
    "Очередная сессия Ассамблеи пройдет 15 мая 2010 г. в Астане.",
    "Форум будет проведен 15 мая 2010 года в Астане.",
    "Совет решил провести форум 15 мая 2010 года.",
    "Совет поручил в срок до 1 января 2011 года подготовить отчет.",
    "Следующее заседание запланировано на 20 марта 2010 года.",
    "План на 2010 год. Заседание 15 марта 2010 года, отчет 20 декабря 2010 года.",
    "В Павлодаре 14 сентября 2010 года проходит форум.",  # the present of an announcement
    "Алдағы форум 2010 жылғы 15 мамырда өтеді.",
    "The forum will be held on 15 May 2010 in Astana.",
])
def test_a_creation_date_stands_before_a_plan_or_a_deadline_the_text_names(text):
    # a report made on 1 March 2010 names days to come; a copy that reset the file's time lets them
    # through as not after the file was written, so only an event told as past discredits the CreationDate
    today = date(2026, 11, 27)
    report = {"created": "2010-03-01", "producer": "Microsoft Word"}
    assert document_date(report, text, "otchet.pdf", today, today) == (date(2010, 3, 1), "metadata")


def test_a_soviet_era_dateline_and_a_two_digit_year_never_after_the_ingest_day():
    text = "Алма-Ата, 17 декабря 1986 г.\n\nТекст.\n\nКопия передана в архив Ассамблеи 5 мая 2016 года."
    assert document_date({"dateline": "Алма-Ата, 17 декабря 1986 г."}, text, "a.txt") == (date(1986, 12, 17), "text")
    day = date(2026, 11, 27)  # the file's and the ingest's
    assert document_date({"dateline": "15.05.89"}, "15.05.89\n\nТекст.", "a.txt", day, day) == (date(1989, 5, 15), "text")
    assert document_date({"dateline": "15.05.26"}, "15.05.26\n\nТекст.", "a.txt", day, day) == (date(2026, 5, 15), "text")
    # the whole date counts, not its year: «01.12.26» ingested on 27.11.2026 is no day ahead
    assert document_date({"dateline": "01.12.26"}, "01.12.26\n\nПлан.", "a.txt", day, day) == (date(1926, 12, 1), "text")
    assert document_date({}, "Отчет.", "1986-12-17_otchet.txt") == (date(1986, 12, 17), "filename")
    # a birth year of 1900 mentioned in the body still dates nothing
    assert document_date({}, "Родился 5 мая 1900 года.", "a.txt") == (None, None)


def test_a_birth_date_or_a_life_span_at_the_top_is_no_dateline():
    # an obituary or a biography opens with when its subject was born; the document is of later days
    for line in ("12 мая 1925 г. – 3 июня 2019 г.", "Иванов Иван Иванович (12 мая 1925 — 3 марта 2019)",
                 "Родился 12 мая 1935 г. в Алма-Ате.", "1938 жылғы 5 наурызда Семейде туған.",
                 "Сидоров И.П. (род. 12.05.1935)", "Сидоров И.П., 12.05.1935 г.р."):
        assert find_dateline(["Памяти ветерана", line]) is None, line
    obituary = ("Памяти ветерана\n\n12 мая 1925 г. – 3 июня 2019 г.\n\nУшел из жизни ветеран войны, "
                "член Ассамблеи народа Казахстана.")
    assert document_date({}, obituary, "a.txt", date(2026, 11, 27)) == (date(2019, 6, 3), "text")
    # a Soviet-era dateline with nothing of a life about it still is one
    assert find_dateline(["Заголовок", "Алма-Ата, 17 декабря 1986 г."]) == "Алма-Ата, 17 декабря 1986 г."


def test_a_dateline_whose_lede_follows_the_full_stop_of_its_g_is_one():
    # «г.» ends the dateline and the news lede goes on on the same line
    line = "Астана, 24 октября 2007 г. Сегодня в столице состоялась XIII сессия Ассамблеи народа Казахстана."
    assert find_dateline(["XIII сессия", line]) == line
    migrated = {"published": "2020-06-01", "dateline": line}
    assert document_date(migrated, line, "a.html") == (date(2007, 10, 24), "text")
    # or after the news agency's name
    agency = "АСТАНА, 26 октября 2009 года, Казинформ. Сегодня в Астане открылась XIV сессия Ассамблеи."
    assert find_dateline(["XIV сессия", agency]) == agency
    # without a place and its comma it is a sentence that opens with a date
    assert find_dateline(["20 лет", "1 марта 1995 г. Указом Президента была образована Ассамблея народа "
                                    "Казахстана."]) is None


@pytest.mark.parametrize("edit", ["Обновлено: 20.05.2021", "Дата изменения: 20.05.2021", "Изменено 20.05.2021",
                                  "Последнее обновление — 20 мая 2021 г.", "Обновлено: 10:15, 20.05.2021",
                                  "Жаңартылды: 20.05.2021", "Last modified: 20 May 2021", "Updated May 20, 2021",
                                  "20.05.2021 (обновлено)", "20.05.2021 10:15 [изменено]", "20 May 2021 (updated)",
                                  "Редакция от 20.05.2021", "Последняя редакция: 20.05.2021"])
def test_a_date_labelled_as_the_last_edit_never_dates_the_document(edit):
    """A re-saved page's «Обновлено: 20.05.2021» above the article was taken as its dateline, so
    the page was dated by its last edit, over its «Опубликовано:» line and its published_time."""
    lines = ["Встреча в Петропавловске", edit, "Состоялась встреча с депутатами.", "Опубликовано: 14.02.2018"]
    assert find_dateline(lines) == "Опубликовано: 14.02.2018"
    assert find_dateline(lines[:3]) is None
    assert document_date({"published": "2018-02-14"}, "\n\n".join(lines[:3]), "a.html") == (date(2018, 2, 14), "metadata")
    # nor is it the first date the text mentions
    text = "\n\n".join([edit, "14 февраля 2018 года в Петропавловске прошла встреча."])
    assert document_date({}, text, "a.html", written=date(2022, 1, 1)) == (date(2018, 2, 14), "text")


def test_a_line_with_an_edit_date_and_a_publication_date_is_dated_by_the_publication():
    for line in ["Обновлено: 20.05.2021 | Опубликовано: 14.02.2018", "Опубликовано: 14.02.2018 | Обновлено: 20.05.2021"]:
        dateline = find_dateline(["Заголовок", line])
        assert document_date({"dateline": dateline}, line, "a.html") == (date(2018, 2, 14), "text")


def test_an_edit_in_brackets_after_a_date_leaves_the_date_before_it_and_a_laws_version_is_a_mention():
    # «(обновлено 20.05.2021)» labels its own date, not the publication's before it
    line = "Опубликовано: 14.02.2018 (обновлено 20.05.2021)"
    assert find_dateline(["Заголовок", line]) == line
    assert document_date({"dateline": line}, line, "a.html") == (date(2018, 2, 14), "text")
    # with no brackets the words after a dateline are its news
    assert find_dateline(["Заголовок", "20.05.2021 обновлен состав Совета"]) == "20.05.2021 обновлен состав Совета"
    # a law «в редакции от» names its version: a date the text mentions, no page edit
    text = "Закон «Об Ассамблее народа Казахстана» (в редакции от 20.05.2021) определяет задачи Ассамблеи."
    assert document_date({}, text, "a.html", written=date(2022, 1, 1)) == (date(2021, 5, 20), "text")


def _file_date(tmp_path, text: str, name: str = "a.txt", written: date | None = None) -> tuple[str, str | None]:
    """The date and its source ingest gives a file of `text` (parsed and extracted as ingest does),
    last written on `written` (default now)."""
    import os
    from datetime import datetime

    from ingest.build import extract_parsed
    from ingest.parsers import parse_file

    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    if written:
        at = datetime(written.year, written.month, written.day, 18).timestamp()
        os.utime(path, (at, at))
    found = extract_parsed(parse_file(path), path)
    return str(found.date), found.date_source


_LEDE = ("15 марта 2019 года в Павлодаре состоялось заседание Совета общественного согласия. Участники обсудили "
         "план работы на год и вопросы межэтнического согласия.")


@pytest.mark.parametrize("text, expected", [
    (f"Заседание Совета в Павлодаре\n\n{_LEDE}\n\nСправка\n\n1 марта 1995 г. — образована Ассамблея народов "
     "Казахстана.\n\n24 октября 2007 г. — Ассамблея получила конституционный статус.\n", "2019-03-15"),
    ("Сессия Ассамблеи\n\nВ Астане 27 апреля 2023 года прошла XXXII сессия Ассамблеи народа Казахстана. Глава "
     "государства выступил с речью.\n\nИз истории Ассамблеи:\n\n1 марта 1995 г. – образована Ассамблея народов "
     "Казахстана по инициативе Президента.\n", "2023-04-27"),
    ("Ассамблея сессиясы өтті\n\nАстанада 2023 жылғы 27 сәуірде Қазақстан халқы Ассамблеясының XXXII сессиясы "
     "өтті.\n\nАнықтама\n\n1995 жылғы 1 наурыз – Қазақстан халқы Ассамблеясы құрылды.\n", "2023-04-27"),
    ("Заседание совета\n\nСправка: 1 марта 1995 г. — образована Ассамблея народа Казахстана.\n\n" + _LEDE + "\n",
     "2019-03-15"),
    ("Ассамблея сессиясы өтті\n\nАнықтама: 1995 жылғы 1 наурыз – Қазақстан халқы Ассамблеясы құрылды.\n\n"
     "Астанада 2023 жылғы 27 сәуірде Қазақстан халқы Ассамблеясының XXXII сессиясы өтті.\n", "2023-04-27"),
], ids=["spravka", "iz-istorii", "anyktama", "spravka-above-lede", "anyktama-above-lede"])
def test_a_chronology_below_the_lede_does_not_date_the_news_item(tmp_path, text, expected):
    """A news item closing with a background note («Справка: 1 марта 1995 г. — образована
    Ассамблея») was dated 1995: its «date — event» line passed for a dateline running on into its
    lede, since the first 15 paragraphs, where a dateline was looked for, are all of a news item."""
    assert _file_date(tmp_path, text) == (expected, "text")


_FILLER = " ".join(["Участники обсудили вопросы межэтнического согласия и единства народа Казахстана."] * 30)


@pytest.mark.parametrize("closing", ["Распечатано 02.06.2023", "Сдано в архив 02.06.2023", "Скан от 02.06.2023",
                                     "Копия верна. 02.06.2023", "Источник: сайт АНК, 02.06.2023",
                                     f"{_FILLER}\n\n{_FILLER}\n\nРаспечатано 02.06.2023"],
                         ids=["printed", "archived", "scanned", "copy", "source", "long"])
def test_a_copy_s_closing_line_does_not_date_the_document(tmp_path, closing):
    """A print, archive, scan, certification or source line at the end of a document was taken
    for its dateline and filed the 2019 report under the year it was copied, 2023."""
    assert _file_date(tmp_path, f"Заседание Совета\n\n{_LEDE}\n\n{closing}\n") == ("2019-03-15", "text")


@pytest.mark.parametrize("closing", ["Астана, Акорда, 20 марта 2019 года", "20.03.2019 № 5", "Подписано 20 марта 2019 г.",
                                     "Опубликовано: 20.03.2019", "Павлодар, 20 марта 2019 г., стр. 2"])
def test_a_date_that_closes_a_letter_a_decree_or_an_article_still_dates_it(tmp_path, closing):
    # a date alone, a place and a date, or a label naming the document's own date
    assert _file_date(tmp_path, f"Решение Совета\n\n{_LEDE}\n\n{closing}\n") == ("2019-03-20", "text")


def test_a_dateline_years_after_the_ingest_day_is_a_typo_and_dates_nothing(tmp_path):
    """«Астана, 12 марта 2091 года» (for 2019) dated its document 2091: it topped every newest-first
    list and stretched the year histogram to 2091."""
    session = "Сессия Ассамблеи в Астане\n\nАстана, 12 марта {year} года\n\nСегодня в Астане прошла сессия Ассамблеи."
    assert _file_date(tmp_path, session.format(year=2091)) == ("None", None)
    # the year's typo over the text's own date: that date dates it
    typo = session.format(year=2091) + " Она открылась 12 марта 2019 года."
    assert _file_date(tmp_path, typo, written=date(2019, 3, 12)) == ("2019-03-12", "text")
    # a programme written a fortnight before the session it is dated by keeps its dateline
    assert _file_date(tmp_path, session.format(year=2019), written=date(2019, 2, 26)) == ("2019-03-12", "text")


def test_a_dateline_years_after_a_wrong_file_clock_still_dates_the_document(tmp_path):
    """A file copied from a machine with a wrong clock (mtime 2015) lost its true dateline
    «Астана, 12 марта 2019 года», read as more than a year after the file was written."""
    text = "Сессия Ассамблеи\n\nАстана, 12 марта 2019 года\n\nСессия Ассамблеи прошла в Астане."
    assert _file_date(tmp_path, text, written=date(2015, 1, 1)) == ("2019-03-12", "text")


_FORUM_PAGE = ("<!doctype html><html lang=\"ru\"><head><meta charset=\"utf-8\"><title>Форум волонтеров</title>{head}"
               "</head><body><article><h1>Форум волонтеров</h1><p>В Астане прошел форум волонтеров Ассамблеи "
               "народа Казахстана.</p></article></body></html>")


@pytest.mark.parametrize("head", [
    '<meta property="article:published_time" content="2091-03-12T10:00:00+06:00">',
    '<meta itemprop="datePublished" content="2091-03-12">',
    '<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2091-03-12"}</script>',
], ids=["published-time", "itemprop", "json-ld"])
def test_publication_metadata_years_ahead_is_a_typo_and_dates_nothing(tmp_path, head):
    """A page whose metadata said 2091 (for 2019) was dated 2091 from it, topping newest-first lists;
    the same day in a dateline already dated nothing."""
    assert _file_date(tmp_path, _FORUM_PAGE.format(head=head), "a.html") == ("None", None)
    # a page published today keeps its date
    today = date.today().isoformat()
    assert _file_date(tmp_path, _FORUM_PAGE.format(head=head.replace("2091-03-12", today)), "a.html") == (
        today, "metadata")


def test_a_file_name_date_years_ahead_is_a_typo_and_dates_nothing(tmp_path):
    """«2091-03-12_forum.txt» was dated 2091 from its name."""
    text = "Форум\n\nВ Астане прошел форум волонтеров.\n"
    assert _file_date(tmp_path, text, "2091-03-12_forum.txt") == ("None", None)
    assert _file_date(tmp_path, text, "2019-03-12_forum.txt") == ("2019-03-12", "filename")


@pytest.mark.parametrize("dateline", ["«12» марта 2019 г.", '"12" марта 2019 г.', "“12” марта 2019 г.", "„12“ марта 2019 г.",
                                      "«12» наурыз 2019 ж.", '"12" наурыз 2019 ж.', "2019 жылғы “12” наурыз",
                                      "12-03-2019", 'г. Астана, "12" марта 2019 года'],
                         ids=["guillemets", "straight", "english", "german", "kk-guillemets", "kk-straight", "kk-year-first",
                              "hyphens", "place"])
def test_a_day_in_quotes_or_a_date_with_hyphens_is_the_document_s_dateline(tmp_path, dateline):
    """Protocols typed in Word quote the day ("12", “12”, „12“; Kazakh «12» наурыз 2019 ж.) or write
    12-03-2019: such a document was undated, or dated by its file name, and titled by the date."""
    text = f"{dateline}\n\nПротокол заседания Совета\n\nВ Астане прошла встреча этнокультурных объединений.\n"
    assert _file_date(tmp_path, text, "2019-01-05_protokol.txt") == ("2019-03-12", "text")
    from ingest.build import document_title
    from ingest.parsers import parse_file
    path = tmp_path / "2019-01-05_protokol.txt"
    assert document_title(parse_file(path), path) == "Протокол заседания Совета"
    assert [d for _, d in dates_in_text(f"Решение от {dateline}")] == [date(2019, 3, 12)]


@pytest.mark.parametrize("dateline", ["12 наурыз, 2019 ж.", "Нұр-Сұлтан қ., 2019 ж., 12 наурыз",
                                      "Қарағанды, 12 наурыз, 2019 жыл", "12 марта, 2019 г.", "Астана, 12 марта, 2019"],
                         ids=["kk-day-first", "kk-year-first", "kk-place", "ru", "ru-line-end"])
def test_a_dateline_with_a_comma_before_the_year_dates_the_document(tmp_path, dateline):
    """«12 наурыз, 2019 ж.» and «12 марта, 2019 г.» dated nothing: the document went to no year."""
    text = f"{dateline}\n\nЖиын өтті\n\nАссамблея мүшелері жиналып, ағымдағы мәселелерді талқылады.\n"
    assert _file_date(tmp_path, text, "jiyn.txt") == ("2019-03-12", "text")
    from ingest.build import document_title
    from ingest.parsers import parse_file
    path = tmp_path / "jiyn.txt"
    assert document_title(parse_file(path), path) == "Жиын өтті"  # the dateline is no title


def test_a_count_after_a_comma_is_no_year():
    # the comma sets a year apart only when a year word, punctuation or the line's end follows it
    assert dates_in_text("Утром 5 мая, 2019 участников вышли на старт.") == []
    assert dates_in_text("5 мамыр, 2019 адам қатысты.") == []


def test_hyphens_inside_a_longer_number_are_no_date():
    assert dates_in_text("тел. 8-12-03-2019, код 12-03-20191") == []


@pytest.mark.parametrize("lede, expected", [
    ("1-2 марта 2019 года в Актобе прошел фестиваль национальных культур.", "2019-03-01"),
    ("С 28 февраля по 1 марта 2019 года в Караганде прошла неделя межэтнического согласия.", "2019-02-28"),
    ("Неделя согласия прошла с 28 декабря по 3 января 2019 года в Караганде.", "2018-12-28"),
    ("Ақтөбеде 2019 жылғы 1-2 наурызда ұлттық мәдениеттер фестивалі өтті.", "2019-03-01"),
    ("28 ақпан – 1 наурыз 2019 ж. Қарағандыда келісім апталығы өтті.", "2019-02-28"),
    ("The Assembly held a week of accord from 28 February to 1 March 2019 in Karaganda.", "2019-02-28"),
    ("Прием заявок на фестиваль продлился по 1 марта 2019 года.", "2019-03-01"),  # a deadline, no span
    ("Пункт 15 – 12 марта 2019 года прошел фестиваль в Актобе.", "2019-03-12"),  # no span runs backwards
    ("The Assembly held a festival of national cultures on March 1-2, 2019 in Aktobe.", "2019-03-01"),
    ("The week of accord was held from March 28 to April 2, 2019 in Karaganda.", "2019-03-28"),
    ("The week of accord, December 28 – January 3, 2019, was held in Karaganda.", "2018-12-28"),
    ("01-02.03.2019 в Актобе прошел фестиваль национальных культур.", "2019-03-01"),
    ("С 1 по 5.03.2019 в Караганде прошла неделя межэтнического согласия.", "2019-03-01"),
    ("Прием заявок на фестиваль продлился до 05.03.2019.", "2019-03-05"),  # a deadline, no span
    ("01.03–02.03.2019 в Актобе прошел фестиваль национальных культур.", "2019-03-01"),
    ("С 28.02 по 01.03.2019 в Караганде прошла неделя межэтнического согласия.", "2019-02-28"),
    ("Неделя согласия прошла 28.12.–03.01.2019 в Караганде.", "2018-12-28"),
    ("Пункт 2.1 – 12.03.2019 в Актобе прошел фестиваль.", "2019-03-12"),  # a clause's number
    ("Пункт 3.15 – 12.03.2019 в Актобе прошел фестиваль.", "2019-03-12"),  # no 15th month
], ids=["days", "s-po", "new-year", "kk-days", "kk-months", "en", "deadline", "backwards", "en-month-first",
        "en-month-first-months", "en-month-first-new-year", "numeric", "numeric-s-po", "numeric-deadline",
        "numeric-months", "numeric-months-s-po", "numeric-months-new-year", "numeric-clause",
        "numeric-no-month"])
def test_an_event_over_several_days_is_dated_by_its_first(tmp_path, lede, expected):
    """«1-2 марта 2019 года» was dated 2 March and «С 28 февраля по 1 марта» 1 March: a month's
    search missed the week that began in it. «March 1-2, 2019» dated nothing and «01-02.03.2019»
    its last day, as «01.03–02.03.2019» (both days with their month in numbers) did until later."""
    assert _file_date(tmp_path, f"Фестиваль культур\n\n{lede}\n") == (expected, "text")


@pytest.mark.parametrize("dateline", ["1-2 марта 2019 г.", "Астана, 01.03–02.03.2019"])
def test_a_day_span_above_the_title_dates_the_document_by_its_first_day_and_is_no_title(tmp_path, dateline):
    """A line that was only a span of days («1-2 марта 2019 г.») was the document's title, as a single
    date's line is not."""
    text = f"{dateline}\n\nФестиваль национальных культур\n\nАссамблея провела фестиваль в Актобе.\n"
    assert _file_date(tmp_path, text, "2019-01-05_festival.txt") == ("2019-03-01", "text")
    from ingest.build import document_title
    from ingest.parsers import parse_file
    path = tmp_path / "2019-01-05_festival.txt"
    assert document_title(parse_file(path), path) == "Фестиваль национальных культур"


def test_a_month_first_span_is_a_dateline(tmp_path):
    """«March 1-2, 2019» above an English release was no dateline: the file name's date won and the
    line became the title."""
    text = "Astana, March 1-2, 2019\n\nFestival of national cultures\n\nThe Assembly held a festival in Aktobe.\n"
    assert _file_date(tmp_path, text, "2019-01-05_festival.txt") == ("2019-03-01", "text")
    from ingest.build import document_title
    from ingest.parsers import parse_file
    path = tmp_path / "2019-01-05_festival.txt"
    assert document_title(parse_file(path), path) == "Festival of national cultures"


def test_a_typewriters_l_or_a_spaced_year_in_running_text_dates_nothing(tmp_path):
    # only a dateline is read so: a sentence's «1 995 голосов» or «l марта» is no date of the document
    from ingest.parsers import parse_file

    path = tmp_path / "note.txt"
    path.write_text("Итоги голосования\n\nЗа проект, опубликованный l марта 1 995 г., подали 1 995 голосов, "
                    "и обсуждение шло до конца весны.\n", "utf-8")
    doc = parse_file(path)
    assert "dateline" not in doc.metadata
    assert document_date(doc.metadata, doc.text, path.name, written=date(2024, 1, 1)) == (None, None)


@pytest.mark.parametrize("line", ["« 1 » марта 1995 г.", "«« 1 » марта 1995 г.", "1 мapтa 1995 г.",
                                  '"__1__" марта 1995 г.', "1.III.95", "01. 03. 1995", "l марта 1995 г.",
                                  "1 марта 1 995 г.", "l марта l995 г.", "Павлодар, l марта 1 995 года"])
def test_typewritten_and_ocr_datelines_date_the_document(tmp_path, line):
    # each left the protocol undated: spaces inside the day's quotes, a form's blank, Latin look-alikes
    # in the month (OCR), a Roman month with a two-digit year, spaces after the dots, a typewriter's
    # Latin l for 1, a year spaced like a count
    from ingest.parsers import parse_file

    path = tmp_path / "protocol.txt"
    text = (f"ПРОТОКОЛ № 3\nзаседания Малой ассамблеи Павлодарской области\n\n{line}\n\n"
            "На заседании обсуждались вопросы укрепления межнационального согласия.\n")
    path.write_bytes(text.encode("cp1251"))
    doc = parse_file(path)
    assert doc.metadata["dateline"] == line
    assert document_date(doc.metadata, doc.text, path.name, written=date(2024, 1, 1)) == (date(1995, 3, 1), "text")


_RECALLS_1995 = "Ассамблея народа Казахстана провела заседание. Напомним, что Ассамблея была образована 1 марта 1995 года."


@pytest.mark.parametrize("dateline,expected", [
    ("Астана, 2019 жылдың 26 сәуірінде", "2019-04-26"),
    ("Astana, 2019 jylğy 26 säuırde", "2019-04-26"),
    ("Astana, 2019 jylg'y 26 sa'y'irde", "2019-04-26"),
    ("Qostanai, 2018 jylg’y 5 qazan", "2018-10-05"),
    ("Qostanai, 2018 jylgʼy 5 qazan", "2018-10-05"),
    ("Астана, с 28 февраля по 1 марта 2019 года", "2019-02-28"),
    ("Астана, 30 ноября – 1 декабря 2010 г.", "2010-11-30"),
    ("Астана, 30 декабря 2010 – 2 января 2011 г.", "2010-12-30"),
], ids=["kazakh-locative", "kazakh-latin-2021", "kazakh-latin-2017", "kazakh-latin-2017-curly",
        "kazakh-latin-2017-modifier", "span-across-months", "span-dash", "span-across-years"])
@pytest.mark.parametrize("written", [None, date(2001, 1, 1)], ids=["fresh", "wrong-clock"])
def test_a_kazakh_or_a_span_dateline_dates_the_document_whatever_the_file_time(tmp_path, dateline, expected, written):
    """These datelines were not read as datelines: with a fresh file time the document got the date
    from the text's first mention (the dateline itself), and a copy whose mtime was 2001 dropped
    that date as after the file was written and was dated 1995-03-01, a date its body recalls."""
    assert find_dateline(["Форум Ассамблеи", dateline, _RECALLS_1995]) == dateline
    text = f"Форум Ассамблеи\n\n{dateline}\n\n{_RECALLS_1995}\n"
    assert _file_date(tmp_path, text, written=written) == (expected, "text")


def test_a_file_time_before_the_event_the_text_reports_does_not_drop_its_date():
    """An old copy's mtime (2001) dropped every date after it, so a 2018 news item made from a 2009
    template PDF was dated by the template's CreationDate, and a text by a date it recalls."""
    old_copy = date(2001, 1, 1)
    news = "Форум в Павлодаре\n\nВ Павлодаре 14 сентября 2018 года прошел форум Ассамблеи."
    assert document_date({"created": "2009-03-01"}, news, "forum.pdf", old_copy) == (date(2018, 9, 14), "text")
    session = "Сессия\n\nВ Астане 27 апреля 2023 года прошла сессия. Ассамблея образована 1 марта 1995 года."
    assert document_date({}, session, "a.txt", old_copy) == (date(2023, 4, 27), "text")
    # an announcement written before its event is still not dated by it, ingested long after
    anons = "Анонс\n\nОчередная сессия Ассамблеи пройдет 15 мая 2027 г. в Астане."
    assert document_date({}, anons, "anons.txt", date(2026, 4, 1), date(2030, 1, 1)) == (None, None)
    # nor is a date the text mentions after the day of the ingest
    assert document_date({}, "Прошла 10 марта 2026 г.", "a.txt", date(2027, 1, 1), date(2026, 1, 1)) == (None, None)


@pytest.mark.parametrize("text", ["Программа\n\nЗаседание Совета Ассамблеи. Начало 18 мая 2019 года в 10:00 в Доме дружбы.",
                                  "Приглашение\n\nУважаемые коллеги! Начало работы форума 18 мая 2019 года в 10.00 часов."],
                         ids=["Начало 18 мая", "Начало работы"])
def test_a_programme_s_start_is_no_past_event(text):
    # «Начало» (the start) read as «начало» (it began): a programme written before its day got that day
    assert document_date({}, text, "a.txt", date(2019, 1, 10), date(2026, 1, 1)) == (None, None)


@pytest.mark.parametrize("opening", ["Форум Ассамблеи пройдет 15 мая 2019 года в Павлодаре.",
                                     "Ассамблея форумы 2019 жылғы 15 мамырда Павлодарда өтеді."])
def test_an_announcement_s_short_first_sentence_is_no_dateline(tmp_path, opening):
    # three words or fewer before its date made it a dateline: a programme written before its day got it
    text = f"Анонс\n\n{opening}\n\nПриглашаются все желающие.\n"
    assert _file_date(tmp_path, text, written=date(2019, 1, 10)) == ("None", None)
    # a place and its comma before the date keep a dateline running on into its lede
    assert find_dateline(["Анонс", "Астана, 15 мая 2019 г. – Сегодня пройдет форум"]) is not None
    assert document_date({"dateline": "Астана, 15 мая 2019 г. – Сегодня пройдет форум"}, "", "a.txt") == (
        date(2019, 5, 15), "text")


@pytest.mark.parametrize("text", ["Информационный бюллетень № 3\n\nоктябрь 2009\n\nАссамблея провела заседание Совета.",
                                  "Информационный бюллетень № 12\n\nОктябрь, 2009\n\nАссамблея провела форум."],
                         ids=["№ 3", "№ 12"])
def test_an_issue_number_over_a_month_line_is_no_date(text):
    # a blank line apart, «№ 3» and «октябрь 2009» made 2009-10-03 (a month alone dates nothing)
    assert dates_in_text(text) == []
    assert document_date({}, text, "a.txt") == (None, None)


def test_a_two_digit_year_dateline_is_not_put_a_century_back_by_a_wrong_file_clock(tmp_path):
    # a file time of 2001 made «26.10.09» 1909, before any dateline counts: dated 1995 by its body
    text = f"Заседание Совета\n\n26.10.09\n\n{_RECALLS_1995}\n"
    assert _file_date(tmp_path, text, written=date(2001, 1, 1)) == ("2009-10-26", "text")


@pytest.mark.parametrize("entry", ["01.03.1995 — образована Ассамблея народа Казахстана.",
                                   "1 марта 1995 г. — образована Ассамблея народа Казахстана.",
                                   "1 марта 1995 г. – образована Ассамблея народа Казахстана.",
                                   "1 марта 1995 г. - образована Ассамблея народа Казахстана.",
                                   "24.03.1995 — I сессия Ассамблеи народа Казахстана"])
def test_a_chronology_s_first_entry_is_no_dateline(tmp_path, entry):
    """«1 марта 1995 г. — образована Ассамблея» at the top of a chronology passed for a dateline
    running on into its lede: it beat the file name's date and the CreationDate, and every
    chronology was filed under 1995."""
    lines = ["Хроника Ассамблеи", entry, "20 октября 2008 г. — принят Закон «Об Ассамблее народа Казахстана»."]
    assert find_dateline(lines) is None
    text = "\n\n".join(lines) + "\n"
    assert _file_date(tmp_path, text, name="2025-01-15_xronika.txt") == ("2025-01-15", "filename")
    assert document_date({"created": "2025-01-10"}, text, "xronika.pdf") == (date(2025, 1, 10), "metadata")
    # a place before the date, or only a place after the dash, keeps a dateline
    for line in ("Астана, 5 мая 2019 г. – Сегодня в столице прошло заседание Совета", "24 марта 1995 г. – Алматы"):
        assert find_dateline(["Заголовок", line]) == line


@pytest.mark.parametrize("entries", [
    ("1 марта 1995 г. — образована Ассамблея народа Казахстана.", "18 мая 2007 г. — Ассамблея получила конституционный статус."),
    ("01.03.1995 — образована Ассамблея народа Казахстана.", "18.05.2007 — конституционный статус."),
    ("1995 жылғы 1 наурыз — Ассамблея құрылды.", "2007 жылғы 18 мамыр — Ассамблея конституциялық орган болды."),
    ("1 March 1995 — the Assembly was founded.", "18 May 2007 — the Assembly became a constitutional body.")])
def test_a_chronology_with_no_other_date_is_not_dated_by_its_first_entry(tmp_path, entries):
    """With no file-name date and no CreationDate, «the first date the text mentions» took the
    first entry, and every .txt/.docx/.html chronology was filed under 1995-03-01."""
    text = "\n\n".join(("Хроника Ассамблеи", *entries)) + "\n"
    assert _file_date(tmp_path, text) == ("None", None)
    # one entry a line, joined into one paragraph by the plain-text reader
    assert _file_date(tmp_path, "Хроника Ассамблеи\n\n" + "\n".join(entries) + "\n") == ("None", None)
    # a lone dated line with a dash is a news item's, and still dates it
    news = "Новость\n\n26.10.2009 — В Астане прошло заседание Совета Ассамблеи народа Казахстана.\n"
    assert _file_date(tmp_path, news) == ("2009-10-26", "text")


@pytest.mark.parametrize("dateline", ["2009.10.26", "26 октября 09 г.", "2009 г., 26 октября", "Астана, 2009 года, 26 октября"])
def test_year_first_dotted_and_two_digit_year_datelines_date_the_document(tmp_path, dateline):
    # each was no dateline, and the document was dated 1995-03-01 by a date its body recalls
    text = f"Заседание Совета Ассамблеи\n\n{dateline}\n\n{_RECALLS_1995}\n"
    assert _file_date(tmp_path, text) == ("2009-10-26", "text")


@pytest.mark.parametrize("published, expected", [
    ("2026-11-27T20:30:00Z", date(2026, 11, 28)),  # 01:30 in Astana (UTC+5 since March 2024)
    ("2023-05-01T22:30:00+03:00", date(2023, 5, 2)),  # Moscow time; Astana was UTC+6 then
    ("2026-01-01T00:30:00+06:00", date(2026, 1, 1)),  # the publisher's own clock, its day as written
    ("2019-03-14", date(2019, 3, 14)),
])
def test_a_publication_time_given_in_another_zone_is_the_day_in_kazakhstan(published, expected):
    assert document_date({"published": published}, "Текст без даты.", "page.html") == (expected, "metadata")


@pytest.mark.parametrize("published", ["1970-01-01T00:00:00+00:00", "1970-01-01", "2000-01-01T00:00:00Z",
                                       "1900-01-01"])
def test_a_publication_date_a_program_wrote_for_no_date_dates_nothing(published):
    assert document_date({"published": published}, "Текст без даты.", "page.html") == (None, None)
    assert document_date({"published": "2000-01-01"}, "Текст без даты.", "page.html")[0] == date(2000, 1, 1)


@pytest.mark.parametrize("dateline, day", [
    ("12 березня 2019 р.", date(2019, 3, 12)),  # Ukrainian
    ("5 травня 2017 року", date(2017, 5, 5)),
    ("3 ліпеня 2018 г.", date(2018, 7, 3)),  # Belarusian
    ("7 лістапада 2019 г.", date(2019, 11, 7)),
    ("11 listopada 2018 r.", date(2018, 11, 11)),  # Polish
    ("3 maja 2016 r.", date(2016, 5, 3)),
    ("2. Februar 2017", date(2017, 2, 2)),  # German: a period after the day
    ("18. März 2019", date(2019, 3, 18)),
    ("9 sentyabr 2022 yil", date(2022, 9, 9)),  # Uzbek
    ("20 mart 2021-ci il", date(2021, 3, 20)),  # Azerbaijani
])
def test_community_papers_datelines_date_their_documents(dateline, day):
    # these papers' month names were no month at all: the documents stayed undated, and the dateline
    # was glued to the title above it
    assert dates_in_text(dateline) == [(0, day)]
    assert find_dateline(["Газета громади", dateline, "Вечір пам'яті відбувся в Будинку дружби."]) == dateline
    text = f"Газета громади\n\n{dateline}\n\nВечір пам'яті відбувся в Будинку дружби."
    assert document_date({"dateline": dateline}, text, "a.txt") == (day, "text")


@pytest.mark.parametrize("dateline, day", [
    ("2020-yil 1-sentabr", date(2020, 9, 1)),  # Uzbek's usual form: the year first, ordinals joined
    ("1-sentabr 2020-yil", date(2020, 9, 1)),
    ("9 sentabr 2020 yil", date(2020, 9, 9)),  # the official Latin spelling (sentyabr as often)
    ("2021 yil 5-oktabr", date(2021, 10, 5)),
    ("2020 елның 25 апреле", date(2020, 4, 25)),  # Tatar: the year first, the month with its ending
    ("2021-жил 14-июнь", date(2021, 6, 14)),  # Uyghur
    ("14-июнь 2021-жил", date(2021, 6, 14)),  # Uyghur with the day first: no date before
    ("14-июнь, 2021-жил", date(2021, 6, 14)),
    ("14-июнда 2021-жили", date(2021, 6, 14)),
    ("2021-ci il 20 mart", date(2021, 3, 20)),  # Azerbaijani, the year first
])
def test_turkic_community_datelines_with_their_year_first_or_ordinal_days_date_their_documents(dateline, day):
    # they were no date: the document stayed undated and the dateline was glued into the title
    assert dates_in_text(dateline) == [(0, day)]
    assert is_bare_dateline(dateline)
    assert find_dateline(["Oʻzbek markazi xabarlari", dateline, "Markazda yangi oʻquv yili boshlandi."]) == dateline
    text = f"Oʻzbek markazi xabarlari\n{dateline}\n\nMarkazda yangi oʻquv yili boshlandi va bolalar oʻqimoqda."
    assert document_date({"dateline": dateline}, text, "a.txt") == (day, "text")
    # a year and a count after it are no date
    assert dates_in_text("2020 yil 15 kishi keldi") == []


_ARTICLES = "".join(f"Статья {i}. Порядок работы\n\n{i}. Ассамблея рассматривает вопросы согласия и единства.\n\n"
                    for i in range(2, 12))
_LAW_HEAD = ("ЗАКОН РЕСПУБЛИКИ КАЗАХСТАН\n\nОб Ассамблее народа Казахстана\n\nСтатья 1. Основные понятия\n\n"
             "1) этнокультурные объединения — объединения, созданные в соответствии со статьей 5 Закона Республики "
             "Казахстан от 20 октября 1995 года № 2529;\n"
             "2-1) общественное согласие — состояние взаимоотношений в обществе;\n"
             "Подпункт 2-1) дополнен Законом РК от 08.06.2015 № 316-V.\n\n")
_SIGNED = "Президент\nРеспублики Казахстан                       Н. НАЗАРБАЕВ\n\n"


@pytest.mark.parametrize("text, expected", [
    (_LAW_HEAD + _ARTICLES + _SIGNED + "Астана, Акорда, 20 октября 2008 года\n№ 70-IV ЗРК\n", "2008-10-20"),
    (_LAW_HEAD + _ARTICLES + _SIGNED + "Астана, Акорда, 20 октября 2008 года № 70-IV ЗРК\n", "2008-10-20"),
    # an edition's status line above does not win over the signature either
    (_LAW_HEAD.replace("\n\nСтатья 1.", "\n\n(с изменениями и дополнениями по состоянию на 01.01.2024 г.)\n\nСтатья 1.")
     + _ARTICLES + _SIGNED + "Астана, Акорда, 20 октября 2008 года\n№ 70-IV ЗРК\n", "2008-10-20"),
    # a decree and the Положение it approves after its signature
    ("УКАЗ ПРЕЗИДЕНТА РЕСПУБЛИКИ КАЗАХСТАН\n\nО внесении изменений\n\n1. Внести в Указ Президента Республики "
     "Казахстан от 7 сентября 2016 года № 333 изменения.\n\n" + _ARTICLES
     + "Президент\nРеспублики Казахстан К. ТОКАЕВ\n\nНур-Султан, Акорда, 12 апреля 2021 года\n№ 548\n\nУТВЕРЖДЕНО\n"
     "Указом Президента\nот 12 апреля 2021 года № 548\n\nПОЛОЖЕНИЕ\n\n" + _ARTICLES, "2021-04-12"),
    ("ҚАЗАҚСТАН РЕСПУБЛИКАСЫНЫҢ ЗАҢЫ\n\nҚазақстан халқы Ассамблеясы туралы\n\n1-бап. Ұғымдар\n\n"
     "1) Қазақстан Республикасының 1995 жылғы 20 қазандағы № 2529 Заңының 5-бабына сәйкес құрылған бірлестіктер;\n\n"
     + "".join(f"{i}-бап. Тәртіп\n\n{i}. Ассамблея келісім мәселелерін қарайды.\n\n" for i in range(2, 16))
     + "Қазақстан Республикасының\nПрезиденті Н. НАЗАРБАЕВ\n\nАстана, Ақорда, 2008 жылғы 20 қазан\n№ 70-IV ҚРЗ\n",
     "2008-10-20"),
    # a portal's copy: the signature with no number, then the line telling where it was published
    ("УКАЗ ПРЕЗИДЕНТА РЕСПУБЛИКИ КАЗАХСТАН\n\nО внесении изменений\n\n1. Провести сессию Ассамблеи 28 апреля "
     "2021 года.\n\n" + _ARTICLES + "Президент\nРеспублики Казахстан К. ТОКАЕВ\n\nНур-Султан, Акорда, 12 апреля "
     "2021 года\n\nОпубликован: «Казахстанская правда» от 14.04.2021 г.\n", "2021-04-12"),
], ids=["law", "law-number-on-the-line", "law-with-status-line", "decree-with-annex", "kazakh-law",
        "decree-then-source-line"])
def test_a_long_act_is_dated_by_its_signature_not_by_an_act_it_cites(tmp_path, text, expected):
    """A law or a decree longer than the 15 paragraphs where a dateline is looked for was dated by
    the first date its text mentions: the 1995 law it cites, an amendment note's 2015, the 2016
    decree it amends."""
    assert _file_date(tmp_path, text, written=date(2024, 2, 1)) == (expected, "text")


def test_a_readers_comment_above_its_words_dates_no_long_text(tmp_path):
    text = ("Заседание Совета\n\n" + _ARTICLES + "Комментарии\n\nАйгерим, 12.03.2020\n\nСпасибо за новость!\n")
    assert _file_date(tmp_path, text, name="2019-03-15.txt") == ("2019-03-15", "filename")


_RETROSPECTIVES = {
    "now.txt": ("20 лет назад прошла первая сессия Ассамблеи\n\nВ этом году исполняется 20 лет со дня первой сессии "
                "Ассамблеи народов\nКазахстана, прошедшей 24 марта 1995 года в Алма-Ате. Сегодня, в 2015 году,\n"
                "Ассамблея народа Казахстана объединяет более 800 этнокультурных объединений.\n"),
    "kk.txt": ("Алғашқы сессия туралы естелік\n\n1995 жылғы 24 наурызда Алматыда Қазақстан халқы Ассамблеясының "
               "алғашқы\nсессиясы өтті. Биыл, 2015 жылы, Ассамблея 20 жылдығын атап өтуде.\n"),
    "present_tense.txt": ("История Ассамблеи в лицах\n\n24 марта 1995 года в Алма-Ате открылась первая сессия "
                          "Ассамблеи народов\nКазахстана. Ее ветераны вспоминают те дни. В 2015 году Ассамблея "
                          "отмечает юбилей.\n"),
    "ago.txt": ("Первая сессия\n\n20 лет назад, 24 марта 1995 года, в Алма-Ате прошла первая сессия Ассамблеи народов "
                "Казахстана. Ее делегаты вспоминают тот зал.\n"),
    "interview.html": ("<html><head><meta charset='utf-8'><title>Интервью с ветераном</title></head><body><article>"
                       "<h1>Интервью с ветераном</h1><p>— Вы помните 24 марта 1995 года?</p><p>— Конечно. В Алма-Ате "
                       "открылась первая сессия Ассамблеи народов Казахстана. Сейчас, в 2020 году, когда 28-я "
                       "сессия прошла онлайн, я часто вспоминаю тот зал.</p></article></body></html>"),
}


@pytest.mark.parametrize("name, expected", [("now.txt", "2015-01-01"), ("kk.txt", "2015-01-01"),
                                            ("present_tense.txt", "2015-01-01"), ("ago.txt", "2015-01-01"),
                                            ("interview.html", "2020-01-01")])
def test_a_retrospective_is_dated_by_the_present_it_states_not_by_the_day_it_recalls(tmp_path, name, expected):
    """A retrospective with no dateline, metadata or file-name date was dated by the first full date it
    mentions, the past day it recalls: «Сегодня, в 2015 году», «Биыл, 2015 жылы», «Сейчас, в 2020 году»,
    «20 лет назад, 24 марта 1995 года» were all filed under 1995-03-24 (the interview's question «— Вы
    помните 24 марта 1995 года?» even passed for its dateline). Only the year is known: "year", so
    pages and citations write «2015 г.», not a 1 January the text never names."""
    assert _file_date(tmp_path, _RETROSPECTIVES[name], name=name) == (expected, "year")


def test_a_stated_present_takes_the_day_the_text_mentions_in_that_year(tmp_path):
    text = ("Юбилей Ассамблеи\n\nПервая сессия Ассамблеи прошла 24 марта 1995 года в Алма-Ате. Сегодня, в 2015 году, "
            "Ассамблея объединяет более 800 объединений. Торжественное собрание прошло 28 апреля 2015 года в Астане.\n")
    assert _file_date(tmp_path, text) == ("2015-04-28", "text")


@pytest.mark.parametrize("text, expected", [
    # the present it states is the year it recalls
    ("Сессия\n\n24 марта 1995 года прошла первая сессия Ассамблеи. Сегодня, в 1995 году, Ассамблея только "
     "начинает работу.\n", "1995-03-24"),
    # a year ahead told as a plan, or as past, is no present
    ("Сессия\n\n24 марта 1995 года прошла первая сессия Ассамблеи. В 1996 году планируется провести вторую сессию.\n",
     "1995-03-24"),
    ("Сессия\n\n24 марта 1995 года прошла первая сессия Ассамблеи. В 1996 году прошла вторая сессия.\n",
     "1995-03-24"),
    # an anniversary the day celebrates counts from another day: the day is the document's
    ("Праздник\n\n16 декабря 1996 года Казахстан отметил 5-летие независимости. Участники вспомнили 1991 год.\n",
     "1996-12-16"),
    # a count since a day the sentence names after it, which is the day celebrated
    ("Юбилей\n\n24 марта 2005 года исполнилось 10 лет со дня первой сессии Ассамблеи.\n", "2005-03-24"),
])
def test_a_year_the_text_does_not_call_its_present_leaves_the_day_it_mentions(tmp_path, text, expected):
    assert _file_date(tmp_path, text) == (expected, "text")


def test_a_question_holding_a_date_is_no_dateline():
    assert find_dateline(["Интервью с ветераном", "— Вы помните 24 марта 1995 года?", "— Конечно."]) is None
    assert find_dateline(["Интервью", "Астана, 24 марта 2015 г.", "— Вы помните 24 марта 1995 года?"]) == \
        "Астана, 24 марта 2015 г."


def test_retrospectives_are_filed_under_the_year_they_state_in_the_index(tmp_path_factory):
    """The year facet and filter put four retrospectives from 2015 and 2020 into 1995, beside the one
    document written that year."""
    from conftest import hit_files, ingested_service
    from index.search import SearchRequest

    documents = {**_RETROSPECTIVES, "inform.txt": ("ИНФОРМАЦИОННОЕ СООБЩЕНИЕ\n\nг.Алма-Ата   24 марта 1995 г.\n\n"
                                                   "Сегодня в Алма-Ате открылась первая сессия Ассамблеи народов "
                                                   "Казахстана.\n")}
    service = ingested_service(tmp_path_factory, documents)
    try:
        assert hit_files(service.search(SearchRequest("", filters={"year": ["1995"]}))) == ["inform.txt"]
        in_2015 = hit_files(service.search(SearchRequest("", filters={"year": ["2015"]})))
        assert sorted(in_2015) == ["ago.txt", "kk.txt", "now.txt", "present_tense.txt"]
        assert hit_files(service.search(SearchRequest("", filters={"year": ["2020"]}))) == ["interview.html"]
    finally:
        service.close()


def test_every_form_of_a_full_date_holds_a_year_and_a_text_without_one_dates_nothing():
    # dates_in_text looks for a year first and reads a text with none no further: each of its forms
    # (Russian, Kazakh both ways, community, Turkic, German, English, dotted, ISO) still found beside one
    forms = ["1 марта 2019 г.", "2019 жылғы 1 наурызда", "1 наурыз 2019 ж.", "1 березня 2019", "1-mart 2019-yil",
             "2019-yil 1-mart", "1. März 2019", "March 1, 2019", "1 March 2019", "01.03.2019", "2019-03-01"]
    for form in forms:
        assert [d for _, d in dates_in_text(f"Прошло {form} в Астане")] == [date(2019, 3, 1)], form
    assert dates_in_text("Прошло 1 марта в Астане, 01.03 и 1 наурызда: 150 участников, 18 районов") == []


@pytest.mark.parametrize("text, expected", [
    # a plan in the present tense: the year after the text's latest day is its future
    ("О работе Ассамблеи\n\n1 марта 1995 г. Указом Президента образована Ассамблея народов Казахстана. В 1996 году "
     "Ассамблея проводит вторую сессию и рассматривает итоги года.\n", "1995-03-01"),
    ("ИНФОРМАЦИЯ\n\n24 марта 1995 г. в г.Алма-Ате состоялась первая сессия Ассамблеи народов Казахстана. Вторая "
     "сессия Ассамблеи проходит в 1996 году, к ней готовится доклад о выполнении решений первой сессии.\n",
     "1995-03-24"),
    # an anniversary of another day than the one recalled: 5 years of independence are no 1 year since the session
    ("ИНФОРМАЦИЯ О ПЕРВОЙ СЕССИИ\n\n24 марта 1995 г. в г.Алма-Ате состоялась первая сессия Ассамблеи народов "
     "Казахстана. В 1996 году Казахстан отмечает 5-летие независимости, и Ассамблея готовит к этой дате "
     "программу.\n", "1995-03-24"),
    # the historical present: the essay's later year is a step of its story, not the day it is written
    ("Как рождалась Ассамблея\n\n1 марта 1995 года Президент Н.А. Назарбаев подписывает Указ об образовании "
     "Ассамблеи народов Казахстана. Уже 24 марта в Алма-Ате открывается ее первая сессия. В 2007 году Ассамблея "
     "получает конституционный статус.\n", "1995-03-01"),
    # ... and a year in the present tense that looks back on the day: its anniversary in that year
    ("Юбилей\n\n24 марта 1995 года в Алма-Ате открылась первая сессия Ассамблеи. В 2015 году Ассамблея отмечает "
     "20-летие.\n", "2015-01-01"),
    # ... but not when the text prepares for it: a plan names the anniversary it is made for
    ("План мероприятий Ассамблеи\n\n1 марта 1995 г. Указом Президента образована Ассамблея народов Казахстана. "
     "В 2000 году Ассамблея отмечает 5-летие, и к этой дате готовится программа мероприятий. Секретариат "
     "разрабатывает план на ближайшие годы.\n", "1995-03-01"),
    ("План мероприятий к 20-летию АНК\n\n1 марта 1995 г. Указом Президента образована Ассамблея народов "
     "Казахстана. В 2015 году Ассамблея отмечает 20-летие. Секретариат готовит план мероприятий.\n", "1995-03-01"),
    # ... while a retrospective may tell what was done for the anniversary
    ("Юбилей\n\n24 марта 1995 года в Алма-Ате открылась первая сессия Ассамблеи. В 2015 году Ассамблея отмечает "
     "20-летие. К 20-летию Ассамблеи был издан сборник воспоминаний.\n", "2015-01-01"),
])
def test_a_year_told_in_the_present_is_the_texts_present_only_when_it_looks_back(tmp_path, text, expected):
    """«В 1996 году Ассамблея проводит вторую сессию» in a text of 1995 filed it under 1996: official
    Russian tells a plan in the present tense, a history in the historical present."""
    # a present year the text names dates it by the year alone, a day only when it gives one
    assert _file_date(tmp_path, text) == (expected, "year" if expected.endswith("-01-01") else "text")


@pytest.mark.parametrize("text, expected", [
    ("Первая сессия\n\n24 марта 1995 года в Алма-Ате открылась первая сессия Ассамблеи народов Казахстана. "
     "Сегодня, в 2015-м, Ассамблея народа Казахстана объединяет более 800 этнокультурных объединений.\n",
     "2015-01-01"),
    ("Тридцать лет единства\n\n1 марта 1995 года была образована Ассамблея народов Казахстана. В этом году, в "
     "2025-м, Ассамблея отмечает 30-летие.\n", "2025-01-01"),
    ("Спустя двадцать лет\n\nСегодня, спустя 20 лет после 24 марта 1995 года, когда в Алма-Ате открылась первая "
     "сессия Ассамблеи народов Казахстана, ветераны вспоминают тот день.\n", "2015-01-01"),
    # a count forward that a plan makes is no present
    ("План\n\n1 марта 1995 года образована Ассамблея. Через 2 года после 1 марта 1995 года Ассамблея подведет "
     "итоги.\n", "1995-03-01"),
])
def test_a_present_stated_with_its_noun_left_out_or_counted_after_the_day(tmp_path, text, expected):
    """«в 2015-м», «В этом году, в 2025-м» and «спустя 20 лет после 24 марта 1995 года» left the
    retrospective under the day it recalls."""
    # a present year the text names dates it by the year alone, a day only when it gives one
    assert _file_date(tmp_path, text) == (expected, "year" if expected.endswith("-01-01") else "text")


@pytest.mark.parametrize("text, expected", [
    ("Двадцать лет назад\n\nДвадцать лет назад, 24 марта 1995 года, в Алма-Ате прошла первая сессия Ассамблеи "
     "народов Казахстана.\n", "2015-01-01"),
    ("Естелік\n\nОсыдан жиырма жыл бұрын, 1995 жылғы 24 наурызда, Алматыда Қазақстан халқы Ассамблеясының "
     "алғашқы сессиясы өтті.\n", "2015-01-01"),
    ("Двадцать лет спустя\n\n24 марта 1995 года в Алма-Ате прошла первая сессия Ассамблеи народов Казахстана. "
     "Сегодня, двадцать лет спустя, ветераны вспоминают тот день.\n", "2015-01-01"),
    ("Естелік\n\n1995 жылғы 24 наурызда Алматыда Қазақстан халқы Ассамблеясының алғашқы сессиясы өтті. 2015 жылы "
     "Ассамблея 20 жылдығын атап өтуде.\n", "2015-01-01"),
    ("Год юбилея\n\n24 марта 1995 года в Алма-Ате прошла первая сессия Ассамблеи народов Казахстана. 2015 год — год "
     "20-летия Ассамблеи народа Казахстана, и ветераны вспоминают первую сессию.\n", "2015-01-01"),
    # a history moving on in the past counts from no now; Kazakh's present-future is a plan's tense too
    ("История\n\n24 марта 1995 года прошла первая сессия Ассамблеи. Спустя два года столица переехала в "
     "Акмолу.\n", "1995-03-24"),
    ("Жоспар\n\n1995 жылғы 1 наурызда Ассамблея құрылды. 2000 жылы Ассамблея 5 жылдығын атап өтеді.\n",
     "1995-03-01"),
])
def test_a_present_counted_in_words_or_told_in_kazakh_s_continuous_present(tmp_path, text, expected):
    """«Двадцать лет назад», «Осыдан жиырма жыл бұрын», «двадцать лет спустя», Kazakh «2015 жылы … 20 жылдығын
    атап өтуде» and «2015 год — год 20-летия» left the retrospective under the day it recalls."""
    # a present year the text names dates it by the year alone, a day only when it gives one
    assert _file_date(tmp_path, text) == (expected, "year" if expected.endswith("-01-01") else "text")


def test_a_day_only_a_question_names_dates_no_interview(tmp_path):
    """«— Вы помните 24 марта 1995 года?» dated the interview by the day it asks about."""
    text = ("Интервью с ветераном\n\n— Вы помните 24 марта 1995 года?\n— Конечно. В Алма-Ате, во Дворце Республики, "
            "открылась первая сессия Ассамблеи народов Казахстана. Я был делегатом от Гурьева.\n")
    assert _file_date(tmp_path, text) == ("None", None)
    assert _file_date(tmp_path, text + "Сейчас, в 2020 году, я часто вспоминаю тот зал.\n") == ("2020-01-01", "year")


@pytest.mark.parametrize("heading", [
    "Реестр этнокультурных объединений Павлодарской области на 1 января 2020 года",
    "Состав Ассамблеи народа Казахстана на 01.01.2020",
    "Сведения по состоянию на 01.01.2020 г. о численности членов",
    "Список членов Малой ассамблеи (на 01.01.2020 г.)",
    "2020 жылғы 1 қаңтардағы жағдай бойынша этномәдени бірлестіктер тізілімі",
    "Register of ethnocultural associations as of 1 January 2020",
])
def test_a_heading_s_day_the_contents_hold_for_dates_it_before_the_file_s_creation(heading):
    # a register re-saved in 2024 was dated by its file's creation day, four years after the day its heading states
    text = heading + "\n\n№\tОбъединение\tРуководитель\n\n1\tОО «Джерело»\tПетренко О.В."
    assert document_date({"created": "2024-02-05"}, text, "reestr.xlsx") == (date(2020, 1, 1), "text")


@pytest.mark.parametrize("text", [
    # a sentence reports a fact as of a day; a table's cell holds a figure's day
    "По состоянию на 1 января 2020 года в области действуют 25 объединений.",
    "Показатель\tна 01.01.2020\n\nЧисленность\t1 240",
    "Форум пройдет 1 марта 2020 года в Астане",
])
def test_a_day_outside_a_heading_s_as_of_leaves_the_file_s_creation_day(text):
    assert document_date({"created": "2024-02-05"}, text, "a.docx") == (date(2024, 2, 5), "metadata")


@pytest.mark.parametrize("created, expected", [
    ("2018-07-04", (date(2018, 7, 4), "metadata")),  # drawn up three days after the day it holds for
    ("2018-09-28", (date(2018, 9, 28), "metadata")),  # a quarterly register drawn up within the quarter
    ("2021-01-20", (date(2018, 7, 1), "text")),  # a copy re-saved years later
    ("2018-06-15", (date(2018, 7, 1), "text")),  # made before that day: a template filled in later
])
def test_a_file_made_soon_after_its_heading_s_day_is_dated_by_the_day_it_was_drawn_up(created, expected):
    text = "Перечень этнокультурных объединений Костанайской области на 1 июля 2018 года\n\n№\tОбъединение"
    assert document_date({"created": created}, text, "perechen.xlsx") == expected


def test_a_dateline_and_a_file_name_still_come_before_a_heading_s_day():
    heading = "Информация о ходе работы на 1 апреля 2020 г."
    assert document_date({"dateline": "Исх. № 01-12/5 от 10.04.2020"}, heading, "a.docx") == (date(2020, 4, 10), "text")
    assert document_date({}, heading, "2020-04-03_info.docx") == (date(2020, 4, 3), "filename")
