"""The act a lawyer asks for, by its title in «» or by its number, ranks before the short documents
that only mention or cite it."""
from __future__ import annotations

import pytest

from conftest import hit_files, ingested_service
from index.act_numbers import query_act_numbers
from index.act_ranking import part_references, unquoted_name, without_part_numbers
from index.search import SearchRequest
from ingest.extract.act_number import act_numbers

ARTICLES = "".join(
    f"Статья {i}.\n\n1. {text}\n\n2. Порядок, указанный в пункте 1 настоящей статьи, определяется Президентом "
    f"Республики Казахстан.\n\n" for i, text in enumerate((
        "Ассамблея народа Казахстана является институтом, способствующим реализации государственной политики.",
        "Правовую основу деятельности Ассамблеи составляют Конституция и настоящий Закон.",
        "Принципами деятельности Ассамблеи являются законность, равноправие и гласность.",
        "Основной целью Ассамблеи является обеспечение межэтнического согласия.",
        "Ассамблея осуществляет свою деятельность через сессии, Совет Ассамблеи и Секретариат.",
        "Сессия Ассамблеи является высшим органом Ассамблеи и созывается не реже одного раза в год.",
    ), start=1))
DECREE_BODY = ("В целях совершенствования государственного управления ПОСТАНОВЛЯЮ:\n\n1. Внести изменения в указы "
               "Президента согласно приложению.\n\n2. Правительству Республики Казахстан принять меры, вытекающие из "
               "настоящего Указа.\n\n3. Настоящий Указ вводится в действие со дня подписания.\n\n")
ACTS = {
    "law_official.txt": "ЗАКОН РЕСПУБЛИКИ КАЗАХСТАН\n\nОб Ассамблее народа Казахстана\n\n" + ARTICLES
                        + "Президент Республики Казахстан Н. Назарбаев\n\nАстана, Акорда, 20 октября 2008 года\n№ 70-IV ЗРК\n",
    "law_adilet.txt": "Об Ассамблее народа Казахстана\n\nЗакон Республики Казахстан от 20 октября 2008 года № 70-IV.\n\n"
                      + ARTICLES,
    "decree_1009.txt": "УКАЗ ПРЕЗИДЕНТА РЕСПУБЛИКИ КАЗАХСТАН\n\nО внесении изменений в некоторые указы Президента "
                       "Республики Казахстан\n\n" + DECREE_BODY
                       + "Президент Республики Казахстан К. Токаев\n\nАстана, 7 сентября 2022 года\n№ 1009\n",
    "regulation_856.txt": "Утверждено\nУказом Президента Республики Казахстан\nот 26 апреля 2002 года № 856\n\n"
                          "ПОЛОЖЕНИЕ\nоб Ассамблее народа Казахстана\n\n1. Ассамблея является совещательным органом.\n",
}
for k, (name, signed) in enumerate((("О составе Совета", "15.01.2016 № 1-р"),
                                     ("О Научно-экспертном совете", "05.03.2018 № 12-р"),
                                     ("Об утверждении Плана работы", "14.02.2020 № 3-р"))):
    ACTS[f"order_{k}.txt"] = (f"РАСПОРЯЖЕНИЕ Председателя Ассамблеи народа Казахстана\n\n{name} Ассамблеи народа "
                              f"Казахстана\n\n1. Утвердить прилагаемый документ.\n\n{signed}\n")
for number, year in (("856", 2002), ("2066", 1995)):
    ACTS[f"amended_{number}.txt"] = (f"Указ № {number}\n\nУказ Президента Республики Казахстан от 1 марта {year} года "
                                     f"№ {number}.\n\nСноска. Внесены изменения Указом Президента РК от 07.09.2022 "
                                     f"№ 1009.\n\n1. Утвердить прилагаемое Положение.\n")


@pytest.fixture(scope="module")
def acts(tmp_path_factory):
    service = ingested_service(tmp_path_factory, ACTS)
    yield service
    service.close()


def ranked(service, query: str, **options) -> list[str]:
    return hit_files(service.search(SearchRequest(query=query, per_page=20, facets=False, highlight=False, **options)))


@pytest.mark.parametrize("exact", [False, True])
def test_an_acts_title_in_quotes_ranks_the_act_before_orders_that_mention_it(acts, exact):
    found = ranked(acts, "«Об Ассамблее народа Казахстана»", exact=exact)
    # the law's name whole first; the Положение's title holds the phrase too; the orders only «…Ассамблеи…»
    assert set(found[:2]) == {"law_official.txt", "law_adilet.txt"} and found[2] == "regulation_856.txt"
    assert set(found[3:]) == (set() if exact else {"order_0.txt", "order_1.txt", "order_2.txt"})  # exact: «Об» too


def test_an_acts_number_ranks_the_act_before_those_whose_footnote_cites_it(acts):
    assert ranked(acts, "№ 1009")[0] == "decree_1009.txt"
    assert ranked(acts, "N 1009")[0] == "decree_1009.txt"
    assert ranked(acts, "70-IV")[:2] in (["law_official.txt", "law_adilet.txt"], ["law_adilet.txt", "law_official.txt"])
    # the decree's adilet copy and the Положение it approved, not decree 2066 amended by it
    assert set(ranked(acts, "№ 856")[:2]) == {"amended_856.txt", "regulation_856.txt"}


@pytest.mark.parametrize("query, typed, numbers", [
    ("2008", "2008", []),  # a year typed alone asks for the year's documents
    ("2066", "N 2066", ["2066"]), ("№ 2008", "№ 2008", ["2008"]),
    ("указ 5-р от 19.01.2024", "указ 5-р от 19.01.2024", ["5-р"]),  # a date's numbers are none
    ("«Об Ассамблее» 70-ІV ЗРК", "«Об Ассамблее» 70-ІV ЗРК", ["70-iv"]),
])
def test_the_act_numbers_a_query_names(query, typed, numbers):
    assert query_act_numbers(query, typed) == numbers


LETTER_HEAD = "АССАМБЛЕЯ НАРОДА КАЗАХСТАНА\n\n"
LETTER_BODY = ("О программе форума\n\nСекретариат направляет программу форума. Просим в срок до 20.04.2019 "
               "представить предложения.\n\nЗаместитель Председателя                Д. Шаженова\n")


@pytest.mark.parametrize("text, numbers", [
    ("ЗАКОН\n\nтекст\n\nАстана, Акорда, 20 октября 2008 года\n№ 70-IV ЗРК\n", ["70-iv"]),
    ("РАСПОРЯЖЕНИЕ\n\nтекст\n\n19.01.2024 № 5-р", ["5-р"]),
    ("О порядке\n\nЗакон Республики Казахстан от 20 октября 2008 года № 70-ІV.\n\nСноска. Внесены изменения Указом "
     "Президента РК от 07.09.2022 № 1009.\n\nтекст", ["70-iv"]),
    ("Утверждено\nУказом Президента\nот 26 апреля 2002 года № 856\n\nПОЛОЖЕНИЕ", ["856"]),
    ("г. Астана, 7 сентября 2022 года № 1010\n\nУКАЗ\n\nО чём-то", ["1010"]),
    # a number an act cites, or one in a news item, is no number it is signed with
    ("Указ о чём-то\n\nСноска. Внесены изменения Указом Президента РК от 07.09.2022 № 1009.\n\nтекст", []),
    ("Новость\n\nВ приказе № 5 сказано, что встреча пройдет.\n\nФото: № 3 из архива", []),
    ("Новость\n\nтекст\n\nот 26 апреля 2002 года № 856", []),
    # a stamp on one line, as a plain text or an HTML page's <br> lines write it
    ("Утверждено распоряжением акима Павлодарской области от 12 февраля 2018 года № 78-р\n\nПОЛОЖЕНИЕ", ["78-р"]),
    ("УТВЕРЖДЕНО Указом Президента Республики Казахстан от 7 сентября 2016 года № 333\n\nПОЛОЖЕНИЕ", ["333"]),
    ("Приложение 2 к приказу Министра культуры от 5 мая 2019 года № 12\n\nПРАВИЛА", ["12"]),
    ("Утвержден новый состав Совета\n\nприказом от 5 мая 2019 года № 12", []),  # a headline
    ("Утвержден новый состав Совета приказом от 5 мая 2019 года № 12\n\nтекст", []),
    # the act's date and number under its kind, and a Kazakh act's signature
    ("ПОСТАНОВЛЕНИЕ\nПРАВИТЕЛЬСТВА РЕСПУБЛИКИ КАЗАХСТАН\n\nот 3 февраля 2022 года № 51\n\nО внесении изменения",
     ["51"]),
    ("ЗАҢ\n\nмәтін\n\nАстана, Ақорда, 2008 жылғы 20 қазан\n№ 70-IV ҚРЗ\n", ["70-iv"]),
    # a Kazakh adilet copy's line under the title, the date in words or in figures; its amendment note is none
    ("Қазақстан халқы Ассамблеясы туралы\n\nҚазақстан Республикасының 2008 жылғы 20 қазандағы № 70-IV Заңы.\n\n"
     "Ескерту. Өзгерістер енгізілді - ҚР 29.12.2021 № 94-VII Заңымен.\n\nмәтін", ["70-iv"]),
    ("Ереже туралы\n\nҚР Президентінің 12.04.2021 № 548 Жарлығы.\n\nмәтін", ["548"]),
    # a law's line since 2020, the issuer's abbreviation after its number
    ("Өзгерістер енгізу туралы\n\nҚазақстан Республикасының 2021 жылғы 29 желтоқсандағы № 94-VII ҚРЗ Заңы.\n\nмәтін",
     ["94-vii"]),
    # a ministry's order, its registration at the Ministry of Justice on the same line: the register's
    # number is not the order's
    ("Об утверждении Правил\n\nПриказ Министра информации и общественного развития Республики Казахстан от 5 марта "
     "2020 года № 64. Зарегистрирован в Министерстве юстиции Республики Казахстан 10 марта 2020 года № 20110.\n\n"
     "текст", ["64"]),
    ("Қағидаларды бекіту туралы\n\nҚазақстан Республикасы Ақпарат және қоғамдық даму министрінің 2020 жылғы 5 "
     "наурыздағы № 64 бұйрығы. Қазақстан Республикасының Әділет министрлігінде 2020 жылғы 10 наурызда № 20110 болып "
     "тіркелді.\n\nмәтін", ["64"]),
    # the line goes on with the paper the act was published in, whose issue number is no act's
    ("Об изменениях\n\nЗакон Республики Казахстан от 5 ноября 2022 года № 157-VII ЗРК. «Казахстанская правда» от 7 "
     "ноября 2022 г. № 213.\n\nтекст", ["157-vii"]),
    ("Өзгерістер енгізу туралы\n\nҚазақстан Республикасының 2022 жылғы 5 қарашадағы № 157-VII ҚРЗ Заңы. «Егемен "
     "Қазақстан» 2022 жылғы 7 қараша № 213.\n\nмәтін", ["157-vii"]),
    ("Закон Республики Казахстан от 5 ноября 2022 года № 157-VII. Об этом сообщили в Мажилисе.\n\nтекст", []),
    ("Ереже туралы\n\nЕскерту. Өзгерістер енгізілді - ҚР Президентінің 12.04.2021 № 548 Жарлығымен.\n\nмәтін", []),
    # a Kazakh stamp, its word last: on its lines or on one, an annex's «қосымша» too
    ("Қазақстан Республикасы Президентінің\n2016 жылғы 7 қыркүйектегі\n№ 333 Жарлығымен\nбекітілген\n\n"
     "Қазақстан халқы Ассамблеясы туралы\nЕРЕЖЕ", ["333"]),
    ("Қазақстан Республикасы Үкіметінің 2013 жылғы 28 наурыздағы № 287 қаулысына 1-қосымша\n\nГрант беру қағидалары",
     ["287"]),
    ("Кеңес отырысы өтті\n\nКеңес № 333 Жарлығымен бекітілген Ережені талқылады.\n\nмәтін", []),  # news
    # a decree's signature above the annex it approves, which cites other acts' numbers
    ("УКАЗ\n\n" + DECREE_BODY + "Нур-Султан, Акорда, 20 апреля 2021 года\n№ 560\n\nУТВЕРЖДЕНО\nУказом Президента\nот 20 "
     "апреля 2021 года № 560\n\nПОЛОЖЕНИЕ\n\n" + "".join(f"{i}. Совет руководствуется Законом от 20 октября 2008 "
                                                          f"года № 70-IV.\n" for i in range(1, 6)), ["560"]),
    # a number with a slash is one number, not its longest part; an act's date and number over its kind
    ("РЕШЕНИЕ\n\nтекст\n\nг. Павлодар, 12 марта 2019 года № 45/389", ["45/389"]),
    ("19.01.2024 № 5-р\n\nРАСПОРЯЖЕНИЕ\n\nО создании рабочей группы\n\nтекст", ["5-р"]),
    ("19.01.2024 № 5-ө\n\nӨКІМ\n\nЖұмыс тобын құру туралы\n\nмәтін", ["5-ө"]),
    # a letter's registration number is no act's, with a prefix or without
    (LETTER_HEAD + "№ 01-12/415\nНа № 5-6/78 от 01.03.2019\n\nАкиму Карагандинской области\nАбдрахманову Е.Т.\n\n"
     + LETTER_BODY, []),
    (LETTER_HEAD + "«12» марта 2019 г.        № 01-12/347\n\nПредседателю Совета матерей\nМамыровой К.А.\n\n"
     + LETTER_BODY, []),
    (LETTER_HEAD + "№ 02-08/567\n«14» мая 2018 г.\n\nМинистерство информации и общественного развития\n"
     "Республики Казахстан\n\n" + LETTER_BODY, []),
    ("ҚАЗАҚСТАН ХАЛҚЫ АССАМБЛЕЯСЫ\n\n15.03.2022 № 02-05/613\nСіздің 2022 жылғы 3 наурыздағы № 3-4/60 хатыңызға\n\n"
     "Қарағанды облысының әкімі\nЖ. Қасымбекке\n\nДостық үйінің жөндеу жұмыстары туралы\n\nҚұрметті Гүлнар "
     "Сейітқызы!\n\nХатшылық хатыңызды қарады.\n", []),
    # a plain-text act's header lines joined into one, its kind in capitals; a Kazakh act's kind first, in
    # capitals, its date and number on their line or joined: each had no number
    ("РЕШЕНИЕ МАСЛИХАТА ГОРОДА АЛМАТЫ от 3 марта 2020 года № 45/389\n\nО бюджете города\n\n1. Утвердить бюджет.\n",
     ["45/389"]),
    ("ЖАРЛЫҚ\n\nҚАЗАҚСТАН РЕСПУБЛИКАСЫ ПРЕЗИДЕНТІНІҢ\n\n2020 жылғы 5 наурыз № 12-ө\n\nКеңес құру туралы\n", ["12-ө"]),
    ("ЖАРЛЫҚ ҚАЗАҚСТАН РЕСПУБЛИКАСЫ ПРЕЗИДЕНТІНІҢ 2020 жылғы 5 наурыз № 12-ө\n\nКеңес құру туралы\n", ["12-ө"]),
    # a Kazakh dated line under no act's kind is a letter's or a citation's
    ("Жаңалықтар\n\n2020 жылғы 5 наурыз № 12 хатқа жауап\n\nКеңес құру туралы\n", []),
])
def test_the_numbers_an_act_is_signed_with(text, numbers):
    assert act_numbers(text) == numbers


LAW = ("Закон Республики Казахстан «Об Ассамблее народа Казахстана»\n\nАстана, 20 октября 2008 года. Настоящий Закон "
       "определяет правовое положение Ассамблеи народа Казахстана.\n\nСтатья 1. Статус Ассамблеи народа Казахстана. "
       "Ассамблея является учреждением, образуемым Президентом Республики Казахстан.\n\nСтатья 2. Цели Ассамблеи. "
       "Целью Ассамблеи является обеспечение межэтнического согласия.\n")
NEWS = {f"news_{year}.txt": f"Статус Ассамблеи обсудили на встрече ({year})\n\nАлматы, 3 ноября {year} года. Члены "
                            f"Ассамблеи обсудили статус Ассамблеи и закон «Об Ассамблее народа Казахстана».\n\nЗакон о "
                            f"статусе Ассамблеи расширил ее полномочия, отметили эксперты.\n"
        for year in (2009, 2010, 2013)}
NEWS["news_title.txt"] = ("Закон о статусе Ассамблеи обсудили в Мажилисе\n\nАстана, 4 ноября 2014 года. Депутаты "
                          "обсудили закон о статусе Ассамблеи.\n")


@pytest.fixture(scope="module")
def law_and_news(tmp_path_factory):
    service = ingested_service(tmp_path_factory, {"law.txt": LAW, **NEWS})
    yield service
    service.close()


def test_an_act_named_by_its_kind_and_subject_ranks_before_the_news_that_mention_it(law_and_news):
    found = ranked(law_and_news, "закон о статусе Ассамблеи")
    assert found[0] == "law.txt"  # a news item whose title is a sentence starting «Закон о…» is no act
    assert ranked(law_and_news, "законе о статусе Ассамблеи")[0] == "law.txt"
    # no kind named, or a kind the act is not: the passing mentions keep their ranking
    assert "law.txt" not in ranked(law_and_news, "статус Ассамблеи")[:3]
    assert "law.txt" not in ranked(law_and_news, "указ о статусе Ассамблеи")[:3]


LANGUAGES_LAW = ("Закон Республики Казахстан «О языках в Республике Казахстан»\n\n11 июля 1997 года № 151-I\n\n"
                 "Статья 1. Основные понятия. Государственный язык Республики Казахстан — казахский язык.\n")
LANGUAGES_NEWS = {
    "news_issuer.txt": "Закон Республики Казахстан о языках обсудили эксперты\n\nАстана, 2 сентября 2016 года. Эксперты "
                       "обсудили закон о языках. Закон о языках исполняется.\n",
    "news_name.txt": "Закон «О языках в Республике Казахстан» обсудили в Костанае\n\nКостанай, 5 сентября 2018 года. На "
                     "встрече обсудили закон о языках.\n",
    "order_registered.txt": "Приказ Министра культуры «О применении языков» № 12. Зарегистрирован в Министерстве юстиции\n\n"
                            "Об утверждении правил применения языков в делопроизводстве.\n",
    "news_order.txt": "Приказ Министра культуры о языках подписан\n\nАстана, 3 сентября 2019 года. Приказ о языках "
                      "подписан. Приказ о языках вступит в силу.\n",
}


@pytest.fixture(scope="module")
def languages(tmp_path_factory):
    service = ingested_service(tmp_path_factory, {"law.txt": LANGUAGES_LAW, **LANGUAGES_NEWS})
    yield service
    service.close()


def test_a_headline_that_names_the_act_and_goes_on_into_a_sentence_is_news_not_the_act(languages):
    assert ranked(languages, "закон о языках")[0] == "law.txt"
    # an act's registration note after its title is no sentence about it
    assert ranked(languages, "приказ о языках")[0] == "order_registered.txt"


CITED = {
    "law.txt": LAW,
    "transcript.txt": "Стенограмма заседания Научно-экспертного совета\n\nАстана, 12 апреля 2022 года.\n\n"
                      "Председательствующий. На повестке дня правовые основы работы Совета: 1) Конституция; 2) Закон "
                      "о языках; 3) Закон о культуре; 4) Закон РК «Об Ассамблее народа Казахстана». Слово "
                      "предоставляется докладчику. Докладчик. Спасибо. Программа работы Совета на год утверждена, "
                      "планы секций рассмотрены, предложения экспертов собраны и обобщены, вопросы согласованы.\n",
    "languages_law.txt": "Семинар по Закону «О языках в Республике Казахстан»\n\nАлматы, 2 марта 2009 года. Юрист "
                         "сообщил, что Ассамблея народа Казахстана проводит курсы языков.\n",
    **{f"news_{k}.txt": f"Встреча членов Ассамблеи ({k})\n\nАктобе, {k + 1} мая 2015 года. Члены Ассамблеи народа "
                        f"Казахстана провели встречу с населением.\n" for k in range(4)},
}


@pytest.fixture(scope="module")
def cited(tmp_path_factory):
    service = ingested_service(tmp_path_factory, CITED)
    yield service
    service.close()


@pytest.mark.parametrize("query", ["«Об Ассамблее народа Казахстана»", 'Закон РК "Об Ассамблее народа Казахстана"',
                                   # typed without quotes as the title writes it, from its «Об», or after the kind
                                   "Об Ассамблее народа Казахстана", "об Ассамблее народа Казахстана",
                                   "закон РК об Ассамблее народа Казахстана"])
def test_a_document_citing_a_quoted_act_word_for_word_ranks_after_the_act_before_mere_mentions(cited, query):
    found = ranked(cited, query)
    assert found[:2] == ["law.txt", "transcript.txt"]


@pytest.mark.parametrize("text, name", [
    ("Об Ассамблее народа Казахстана", ("Об Ассамблее народа Казахстана", True)),
    ("Закон Республики Казахстан о языках", ("о языках", False)),
    ("статус Ассамблеи", (None, False)),  # no «О»: no act's name
    ("встреча о статусе Ассамблеи", (None, False)),  # «о» inside a query of words: their subject, no act's name
    ("закон о", (None, False)),
    ('Об "Ассамблее народа"', (None, False)),  # a phrase typed: the quoted-phrase rules apply
])
def test_the_act_name_a_query_types_without_quotes(text, name):
    assert unquoted_name(text) == name


STAMPED = {
    "stamp_oneline.txt": "Утверждено распоряжением акима Павлодарской области от 12 февраля 2018 года № 78-р\n\n"
                         "ПОЛОЖЕНИЕ\nо Малой ассамблее Павлодарской области\n\n1. Малая ассамблея образуется акимом "
                         "области.\n2. Председателем Малой ассамблеи является аким области.\n",
    "stamp.html": '<html><head><meta charset="utf-8"><title>Положение о Малой ассамблее</title></head><body>'
                  '<p align="right">Утверждено<br>распоряжением акима Костанайской области<br>от 12 февраля 2018 года '
                  '№ 79-р</p><h1>ПОЛОЖЕНИЕ<br>о Малой ассамблее Костанайской области</h1><p>1. Малая ассамблея '
                  'Костанайской области образуется акимом области.</p></body></html>',
    **{f"cite_{n}.txt": f"Информация о работе малых ассамблей\n\nАстана, 10 марта 2019 года\n\nРаспоряжение акима "
                        f"области от 12 февраля 2018 года № {n}-р определило порядок работы малой ассамблеи. Согласно "
                        f"распоряжению № {n}-р, заседания проводятся ежеквартально. Распоряжение № {n}-р размещено на "
                        f"сайте акимата.\n" for n in (78, 79)},
    "decree_548.txt": "УКАЗ ПРЕЗИДЕНТА РЕСПУБЛИКИ КАЗАХСТАН\n\nО внесении изменений в Указ Президента Республики "
                      "Казахстан от 7 сентября 2016 года № 333\n\n" + DECREE_BODY
                      + "Президент Республики Казахстан К. Токаев\n\nНур-Султан, Акорда, 12 апреля 2021 года\n№ 548\n",
}


@pytest.fixture(scope="module")
def stamped(tmp_path_factory):
    service = ingested_service(tmp_path_factory, STAMPED)
    yield service
    service.close()


@pytest.mark.parametrize("query, first", [("№ 78-р", "stamp_oneline.txt"), ("№ 79-р", "stamp.html")])
def test_a_stamp_on_one_line_or_in_br_lines_puts_the_regulation_before_the_news_citing_it(stamped, query, first):
    assert ranked(stamped, query)[:2] == [first, f"cite_{query[2:4]}.txt"]


def test_a_hit_shows_the_number_its_act_is_signed_with(stamped, tmp_path):
    """The 2021 amending decree № 548 could not be told from the 2016 decree № 333 it amends: the
    number was kept for ranking only."""
    from search_app import create_app

    hit = stamped.search(SearchRequest(query="№ 548", per_page=5, facets=False)).hits[0]
    assert (hit.paths[0].rsplit("/", 1)[-1], str(hit.date), hit.act_numbers) == ("decree_548.txt", "2021-04-12", ["548"])
    app = create_app(stamped.index_dir, testing=True)
    try:
        client = app.test_client()
        answer = client.get("/api/search", query_string={"q": "№ 78-р"}).get_json()
        assert [h["act_numbers"] for h in answer["hits"]] == [["78-р"], []]
        page = client.get("/", query_string={"q": "№ 548"}).get_data(as_text=True)
        assert '<span class="badge act-number">№&nbsp;548</span>' in page
        document = client.get(answer["hits"][0]["url"]).get_data(as_text=True)
        assert '<dd id="act-numbers">№&nbsp;78-р</dd>' in document
    finally:
        app.extensions["assembly_search"].close()


def test_a_letters_number_is_no_acts_number_and_a_slashed_number_is_one(tmp_path_factory):
    """A letter's «№ 01-12/415» was shown as an act's «№ 01-12», the department's index that hundreds of letters
    share, and a query «№ 01-12» ranked the letters first as the acts signed with it; a maslikhat's decision
    «№ 45/389» was keyed «389», another act's number."""
    service = ingested_service(tmp_path_factory, {
        "letter.txt": LETTER_HEAD + "26.03.2019 № 01-12/416\n\nАкиму Карагандинской области\nАбдрахманову Е.Т.\n\n"
                      + LETTER_BODY,
        "decision.txt": "РЕШЕНИЕ\nПАВЛОДАРСКОГО ОБЛАСТНОГО МАСЛИХАТА\n\nО программе форума\n\nМаслихат решил провести "
                        "форум и утвердить его программу.\n\nг. Павлодар, 12 марта 2019 года № 45/389\n",
        "decree.txt": "УКАЗ\n\nО программе форума\n\nПостановляю утвердить программу форума.\n\n"
                      "Астана, Акорда, 12 марта 2019 года\n№ 389\n"})
    try:
        letter = service.search(SearchRequest(query="01-12/416", per_page=5, facets=False)).hits
        assert [(h.paths[0].rsplit("/", 1)[-1], h.act_numbers) for h in letter] == [("letter.txt", [])]
        decision = service.search(SearchRequest(query="№ 45/389", per_page=5, facets=False)).hits[0]
        assert (decision.paths[0].rsplit("/", 1)[-1], decision.act_numbers) == ("decision.txt", ["45/389"])
        assert ranked(service, "программа форума № 389")[0] == "decree.txt"
    finally:
        service.close()


def test_an_acts_header_in_capitals_gives_its_number_on_the_hit(tmp_path_factory):
    """The txt parser joins «РЕШЕНИЕ / МАСЛИХАТА … / от … № 45/389» into one line, which starts with the kind in
    capitals: the hit showed no number, and `№ 45/389` did not rank it as the act."""
    service = ingested_service(tmp_path_factory, {
        "decision.txt": "РЕШЕНИЕ\nМАСЛИХАТА ГОРОДА АЛМАТЫ\nот 3 марта 2020 года № 45/389\n\nО бюджете города\n\n"
                        "Маслихат города Алматы РЕШИЛ:\n\n1. Утвердить бюджет.\n",
        "decree.txt": "ЖАРЛЫҚ\nҚАЗАҚСТАН РЕСПУБЛИКАСЫ ПРЕЗИДЕНТІНІҢ\n2020 жылғы 5 наурыз № 12-ө\n\nКеңес құру туралы\n\n"
                      "1. Кеңес құрылсын.\n"})
    try:
        for query, name, numbers in (("№ 45/389", "decision.txt", ["45/389"]), ("№ 12-ө", "decree.txt", ["12-ө"])):
            hit = service.search(SearchRequest(query=query, per_page=5, facets=False)).hits[0]
            assert (hit.paths[0].rsplit("/", 1)[-1], hit.act_numbers) == (name, numbers)
    finally:
        service.close()


@pytest.mark.parametrize("key, shown", [("70-iv", "70-IV"), ("94-vii", "94-VII"), ("5-р", "5-р"), ("12-нқ", "12-НҚ"),
                                        ("548", "548")])
def test_an_acts_number_is_shown_as_acts_write_it(key, shown):
    from index.act_numbers import shown_act_number

    assert shown_act_number(key) == shown


# short rules with many «Статья» and a stray 5 ranked first for `ст. 5`; the acts citing article 5 4th-5th
ARTICLE_CITATIONS = {
    "rules.txt": "Правила конкурса\n\nСтатья 1. Конкурс проводится ежегодно.\n\nСтатья 2. В состав комиссии входят "
                 "5 человек.\n\nСтатья 3. Итоги подводятся до 15 декабря. Статья 4. Решение окончательно.\n",
    "law.txt": "Закон Республики Казахстан «О национально-культурных объединениях»\n\n" + "Статья 1. Общие положения "
               "о национально-культурных объединениях граждан Республики Казахстан и их деятельности в обществе.\n\n" * 6
               + "Статья 5. Государственная поддержка объединений.\n",
    "decree.txt": "Указ Президента Республики Казахстан\n\nВ соответствии со статьей 5 Закона Республики Казахстан "
                  "о национально-культурных объединениях граждан постановляю утвердить прилагаемое Положение, "
                  "согласованное с государственными органами и общественными объединениями Республики Казахстан.\n",
    "order.txt": "Приказ Секретариата\n\nНа основании ст.5 Закона Республики Казахстан о национально-культурных "
                 "объединениях и пункта 6 Положения об Ассамблее народа Казахстана приказываю рассмотреть обращения "
                 "этнокультурных объединений в установленном порядке и в установленные сроки.\n",
}


@pytest.fixture(scope="module")
def articles(tmp_path_factory):
    service = ingested_service(tmp_path_factory, ARTICLE_CITATIONS)
    yield service
    service.close()


@pytest.mark.parametrize("query", ["ст. 5", "ст.5", "статья 5", "статьи 5"])
def test_an_article_and_its_number_side_by_side_rank_before_the_words_apart(articles, query):
    found = hit_files(articles.search(SearchRequest(query)))
    assert sorted(found[:3]) == ["decree.txt", "law.txt", "order.txt"] and found[3:] == ["rules.txt"]


@pytest.mark.parametrize("text, references", [("ст. 5", []), ("статья 5 Закона", ["статья 5"]),
                                              ("пункт 5-1 и часть 2", ["пункт 5-1", "часть 2"]),
                                              ('"статья 5" закон', []), ("частный 5", []), ("статья 2.3", [])])
def test_the_parts_of_an_act_a_query_names_with_numbers(text, references):
    # as index.query hands it over: `ст. 5` is `статья 5` by then
    assert part_references(text) == references


# an act signed «№ 5» holding «статье 2» and «5 человек» apart ranked first for `статья 5`: the part's number
# was taken for an act's, a whole tier above the text holding «Статья 5»
PART_NUMBER_OR_ACT = {
    "decision.txt": "Решение маслихата города Алматы от 1 марта 2020 года № 5\n\nО составе совета\n\nМаслихат РЕШИЛ: "
                    "утвердить состав совета. Согласно статье 2 Закона в совет входят 5 человек.\n\n1. Утвердить.\n",
    "comment.txt": "Комментарий юриста\n\nСтатья 5. Совет формируется из представителей этнокультурных "
                   "объединений.\n\nЮрист пояснил порядок.\n",
}


@pytest.fixture(scope="module")
def part_or_act(tmp_path_factory):
    service = ingested_service(tmp_path_factory, PART_NUMBER_OR_ACT)
    yield service
    service.close()


@pytest.mark.parametrize("query, first", [("статья 5", "comment.txt"), ("ст. 5", "comment.txt"),
                                          ("пункт 3 статьи 5", "comment.txt"),
                                          # a number after «№», or alone, is still an act's
                                          ("№ 5", "decision.txt"), ("решение 5", "decision.txt"),
                                          ("статья 2 решения № 5", "decision.txt")])
def test_a_parts_number_is_not_an_acts_number(part_or_act, query, first):
    assert hit_files(part_or_act.search(SearchRequest(query)))[0] == first


@pytest.mark.parametrize("text, left", [("статья 5", "статья  "), ("пункт 3 статьи 5", "пункт   статьи  "),
                                        ("статья 3 решения № 5", "статья   решения № 5"),
                                        ('"статья 5" № 7', '"статья 5" № 7')])
def test_the_query_without_its_parts_numbers(text, left):
    assert without_part_numbers(text) == left


KAZAKH_ACTS = {
    # adilet's line of a ministry's order, its registration on the same line; a Kazakh law's line with «ҚРЗ»;
    # Kazakh signatures in capitals
    "adilet_order_reg.html": '<html lang="ru"><head><meta charset="utf-8"><title>Об утверждении Правил</title></head>'
                             '<body><h1>Об утверждении Правил проведения конкурса «Лучший Дом дружбы»</h1><p class="gray">'
                             'Приказ Министра информации и общественного развития Республики Казахстан от 5 марта 2020 '
                             'года № 64. Зарегистрирован в Министерстве юстиции Республики Казахстан 10 марта 2020 года № '
                             '20110.</p><p>ПРИКАЗЫВАЮ:</p><p>1. Утвердить прилагаемые Правила.</p><p>Министр информации и '
                             'общественного развития Республики Казахстан А. БАЛАЕВА</p></body></html>',
    "adilet_zan_qrz_kk.html": '<html lang="kk"><head><meta charset="utf-8"><title>Өзгерістер енгізу туралы</title></head>'
                              '<body><h1>Қазақстан халқы Ассамблеясының қызметі мәселелері бойынша өзгерістер енгізу '
                              'туралы</h1><p class="gray">Қазақстан Республикасының 2021 жылғы 29 желтоқсандағы № 94-VII '
                              'ҚРЗ Заңы.</p><p>1-бап. Заңға өзгерістер енгізілсін.</p><p>2-бап. Осы Заң алғашқы ресми '
                              'жарияланған күнінен кейін күнтізбелік он күн өткен соң қолданысқа енгізіледі.</p><p>'
                              'Қазақстан Республикасының Президенті Қ. ТОҚАЕВ</p></body></html>',
    "adilet_qauly_kk.html": '<html lang="kk"><head><meta charset="utf-8"><title>Қағидаларды бекіту туралы</title></head>'
                            '<body><h1>Гранттар беру қағидаларын бекіту туралы</h1><p class="gray">Қазақстан Республикасы '
                            'Үкіметінің 2013 жылғы 28 наурыздағы № 287 қаулысы.</p><p>Қазақстан Республикасының Үкіметі '
                            'ҚАУЛЫ ЕТЕДІ:</p><p>1. Қоса беріліп отырған қағидалар бекітілсін.</p><p>Қазақстан '
                            'Республикасының Премьер-Министрі С. АХМЕТОВ</p></body></html>',
    "adilet_zharlyq_kk.html": '<html lang="kk"><head><meta charset="utf-8"><title>Ережені бекіту туралы</title></head>'
                              '<body><h1>Қазақстан халқы Ассамблеясы туралы ережені бекіту туралы</h1><p class="gray">'
                              'Қазақстан Республикасы Президентінің 2016 жылғы 7 қыркүйектегі № 333 Жарлығы.</p><p><i>'
                              'Ескерту. Өзгерістер енгізілді - ҚР Президентінің 12.04.2021 № 548 Жарлығымен.</i></p>'
                              '<p>ҚАУЛЫ ЕТЕМІН:</p><p>1. Қоса беріліп отырған Қазақстан халқы Ассамблеясы туралы ереже '
                              'бекітілсін.</p><p>2. Осы Жарлық қол қойылған күнінен бастап қолданысқа енгізіледі.</p>'
                              '</body></html>',
    "stamp_kk.txt": "Қазақстан Республикасы Президентінің\n2016 жылғы 7 қыркүйектегі\n№ 333 Жарлығымен\nбекітілген\n\n"
                    "Қазақстан халқы Ассамблеясы туралы\nЕРЕЖЕ\n\n1. Қазақстан халқы Ассамблеясы консультативтік-кеңесші "
                    "орган болып табылады.\n2. Ассамблея өз қызметінде Конституцияны басшылыққа алады.\n",
    "adilet_zan_published_ru.html": '<html lang="ru"><head><meta charset="utf-8"><title>Закон</title></head><body><h1>'
                                    'О внесении изменений в некоторые законодательные акты</h1><p class="gray">Закон '
                                    'Республики Казахстан от 5 ноября 2022 года № 157-VII ЗРК. «Казахстанская правда» от 7 '
                                    'ноября 2022 г. № 213.</p><p>Статья 1. Внести изменения.</p><p>Президент Республики '
                                    'Казахстан К. ТОКАЕВ</p></body></html>',
    # an amending act: its title names the act it amends, with that act's date and number
    "adilet_amend_kk.html": '<html lang="kk"><head><meta charset="utf-8"><title>Өзгерістер енгізу туралы</title></head>'
                            '<body><h1>Қазақстан Республикасы Президентінің 2016 жылғы 7 қыркүйектегі № 333 Жарлығына '
                            'өзгерістер енгізу туралы</h1><p class="gray">Қазақстан Республикасы Президентінің 2021 '
                            'жылғы 12 сәуірдегі № 548 Жарлығы.</p><p>ҚАУЛЫ ЕТЕМІН:</p><p>1. Жарлыққа өзгерістер '
                            'енгізілсін.</p></body></html>',
    "adilet_amend_ru.html": '<html lang="ru"><head><meta charset="utf-8"><title>Указ № 548</title></head><body><h1>О '
                            'внесении изменений в Указ Президента Республики Казахстан от 7 сентября 2016 года № 333 «Об '
                            'утверждении Положения об Ассамблее народа Казахстана»</h1><p class="gray">Указ Президента '
                            'Республики Казахстан от 12 апреля 2021 года № 548.</p><p>ПОСТАНОВЛЯЮ:</p><p>1. Внести в Указ '
                            'Президента Республики Казахстан от 7 сентября 2016 года № 333 изменения.</p></body></html>',
    **{f"cite_{k}_kk.txt": f"Ассамблея Кеңесінің отырысы өтті ({year})\n\nАстана, {year} жылғы 14 наурыз. Кеңес "
                           f"отырысында № 333 Жарлықпен бекітілген Ереже талқыланды. Қазақстан Республикасы "
                           f"Президентінің 2016 жылғы 7 қыркүйектегі № 333 Жарлығымен бекітілген Ережеге сәйкес Кеңес "
                           f"жылына екі рет жиналады. № 333 Жарлықтың нормалары түсіндірілді.\n"
       for k, year in enumerate((2019, 2020, 2022))},
}


@pytest.fixture(scope="module")
def kazakh_acts(tmp_path_factory):
    service = ingested_service(tmp_path_factory, KAZAKH_ACTS)
    yield service
    service.close()


def test_a_kazakh_acts_number_under_its_title_or_in_its_stamp_ranks_it_before_the_news_citing_it(kazakh_acts):
    """The Kazakh adilet copy and the Ереже under a Kazakh stamp had no number: the news citing № 333
    three times ranked above them, and the Ереже was titled by the stamp's «№ 333 Жарлығымен»."""
    hits = kazakh_acts.search(SearchRequest(query="№ 333", per_page=10, facets=False)).hits
    shown = {h.paths[0].rsplit("/", 1)[-1]: (h.title, str(h.date), h.act_numbers) for h in hits[:2]}
    assert shown == {
        "adilet_zharlyq_kk.html": ("Қазақстан халқы Ассамблеясы туралы ережені бекіту туралы", "2016-09-07", ["333"]),
        "stamp_kk.txt": ("Қазақстан халқы Ассамблеясы туралы ЕРЕЖЕ", "2016-09-07", ["333"]),
    }


@pytest.mark.parametrize("name", ["adilet_amend_kk.html", "adilet_amend_ru.html"])
def test_an_adilet_amending_act_is_dated_and_numbered_by_its_line_not_by_the_act_its_title_names(kazakh_acts, name):
    hits = kazakh_acts.search(SearchRequest(query="№ 548", per_page=10, facets=False)).hits
    found = {h.paths[0].rsplit("/", 1)[-1]: (str(h.date), h.act_numbers) for h in hits}
    assert found[name] == ("2021-04-12", ["548"])


@pytest.mark.parametrize("query, name, number, persons", [
    ("№ 64", "adilet_order_reg.html", "64", ["А. Балаева"]),
    ("№ 94-VII", "adilet_zan_qrz_kk.html", "94-VII", ["К.К. Токаев"]),
    ("№ 287", "adilet_qauly_kk.html", "287", ["С. Ахметов"]),
    ("№ 157-VII", "adilet_zan_published_ru.html", "157-VII", ["К.К. Токаев"]),
])
def test_an_adilet_line_with_a_registration_or_an_abbreviation_numbers_the_act_signed_in_capitals(
        kazakh_acts, query, name, number, persons):
    """A ministry's order whose line goes on with its registration, a Kazakh law's «№ 94-VII ҚРЗ Заңы.», and a law's
    line that goes on with the paper it was published in («… № 157-VII ЗРК. «Казахстанская правда» …»), had no
    number; a Kazakh signature in capitals («С. АХМЕТОВ») was a person of its own in capitals."""
    hits = kazakh_acts.search(SearchRequest(query=query, per_page=10, facets=False)).hits
    found = {h.paths[0].rsplit("/", 1)[-1]: (h.act_numbers, h.persons) for h in hits}
    assert found[name] == ([number], persons)
