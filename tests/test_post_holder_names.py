"""Who a post-only attribution («…», — сказал Председатель Ассамблеи.) names, in the forms official news
uses: the holder named by a full name from the aliases file, after his honorific, or with two posts in
a row; a post opening with an adjective (Государственный секретарь); the shipped Kazakh «Тұңғыш
Президент» and the Assembly's Chairman by date; a title that is the complement of someone else's post
(«заместитель Председателя Ассамблеи»); and an archive's dated akim written in lower case."""
from __future__ import annotations

from datetime import date

import pytest

from conftest import ingested_service
from index.citation import hit_citation
from index.search import SearchRequest
from ingest.extract import extract


def _quote_speakers(text: str) -> tuple[list[str], list[str], list[str]]:
    """(the speakers of the document's quote paragraphs, its speakers, its persons)."""
    paragraphs = text.strip().split("\n\n")
    x = extract("\n\n".join(paragraphs), paragraphs)
    quoted = [s for p, s in zip(paragraphs, x.passage_speakers) if "», —" in p or "», –" in p]
    return [name for s in quoted for name in s], x.speakers, x.persons


@pytest.mark.parametrize("text, speaker", [
    # a full name from the aliases file, after the post
    ("Встреча с интеллигенцией\n\nАстана, 12 мая 2005 года\n\nПрезидент Республики Казахстан Нурсултан "
     "Назарбаев встретился с представителями интеллигенции.\n\n«Культура объединяет народы», — сказал Президент.",
     "Н.А. Назарбаев"),
    # «Глава государства» is the President's post
    ("Встреча с ветеранами\n\nАстана, 15 мая 2015 года\n\nГлава государства Нурсултан Назарбаев встретился "
     "с ветеранами Ассамблеи.\n\n«Ветераны – наша гордость», — сказал Президент.", "Н.А. Назарбаев"),
    # his honorific between the post and the name
    ("Заседание Совета безопасности\n\nНур-Султан, 12 мая 2020 года\n\nПредседатель Совета безопасности Елбасы "
     "Нурсултан Назарбаев провёл заседание.\n\n«Безопасность страны – наш общий долг», — сказал Председатель "
     "Совета безопасности.", "Н.А. Назарбаев"),
    # two posts joined by a comma: each is his
    ("Заседание курултая\n\nАстана, 14 июня 2023 года\n\nПредседатель Национального курултая, Государственный "
     "секретарь Е.Т. Карин открыл заседание.\n\n«Курултай станет площадкой для диалога», — сказал Председатель "
     "Национального курултая.", "Е.Т. Карин"),
    ("Заседание курултая\n\nАстана, 14 июня 2023 года\n\nПредседатель Национального курултая, Государственный "
     "секретарь Ерлан Карин открыл заседание.\n\n«Курултай станет площадкой для диалога», — сказал Государственный "
     "секретарь.", "Е. Карин"),
    # a post opening with an adjective, written whole or shortened
    ("Совещание\n\nАстана, 12 мая 2023 года\n\nГосударственный секретарь Е.Т. Карин провёл совещание с "
     "руководством Ассамблеи.\n\n«Концепция будет принята до конца года», — отметил Государственный секретарь.",
     "Е.Т. Карин"),
    ("Совещание\n\nАстана, 13 мая 2023 года\n\nГосударственный секретарь Е.Т. Карин провёл совещание с "
     "руководством Ассамблеи.\n\n«Концепция будет принята до конца года», — отметил госсекретарь.", "Е.Т. Карин"),
    # the Kazakh post of an adjective and a bare head
    ("Кездесу\n\nАстана, 2023 жылғы 11 маусым\n\nМемлекеттік хатшы Ерлан Қарин Ассамблея сарапшыларымен "
     "кездесті.\n\n«Ғылыми кеңес жаңа міндеттер алады», – деді Мемлекеттік хатшы.", "Е. Қарин"),
])
def test_a_post_names_its_holder_however_the_news_introduced_him(text, speaker):
    quoted, speakers, _ = _quote_speakers(text)
    assert quoted == [speaker]
    assert speaker in speakers


def test_two_heads_of_the_assembly_and_the_state_at_one_session():
    """The XXVII session: the Chairman introduced by two titles and his honorific, the President by his post."""
    text = ("XXVII сессия Ассамблеи народа Казахстана\n\nНур-Султан, 29 апреля 2019 года\n\n"
            "В работе сессии приняли участие Председатель Ассамблеи народа Казахстана, Первый Президент "
            "Республики Казахстан – Елбасы Нурсултан Назарбаев и Глава государства Касым-Жомарт Токаев.\n\n"
            "«Ассамблея должна стать площадкой для диалога всех этносов», — подчеркнул Председатель Ассамблеи.\n\n"
            "«Я буду последовательно продолжать эту политику», — заявил Президент.")
    quoted, _, _ = _quote_speakers(text)
    assert quoted == ["Н.А. Назарбаев", "К.К. Токаев"]


@pytest.mark.parametrize("text", [
    # the first deputy is another post than a deputy's
    "Совещание\n\nАстана, 12 мая 2023 года\n\nЗаместитель министра культуры Аида Балаева провела совещание.\n\n"
    "«Мы поддержим театры», — сказал Первый заместитель министра культуры.",
    # a former holder holds no post, adjective or not
    "Встреча\n\nАстана, 12 мая 2023 года\n\nБывший Государственный секретарь Е.Т. Карин встретился с молодёжью.\n\n"
    "«Молодёжь – наше будущее», — отметил Государственный секретарь.",
    # a compound post governs the title after it, an indeclinable one too
    "Брифинг\n\nНур-Султан, 13 мая 2020 года\n\n«Встреча с ветеранами Ассамблеи пройдёт онлайн», — сообщил "
    "пресс-секретарь Елбасы.",
])
def test_a_post_that_is_not_the_holder_s_names_nobody(text):
    quoted, _, _ = _quote_speakers(text)
    assert quoted == []


@pytest.mark.parametrize("text, speaker", [
    ("Алғыс айту күні\n\nАстана, 1 наурыз 2020 жыл\n\nҚазақстан Республикасының Тұңғыш Президенті – Елбасы "
     "халықты мерекемен құттықтады.\n\n«Алғыс айту – адамның ең биік қасиеті», – деді Тұңғыш Президент.",
     "Н.А. Назарбаев"),
    # the Assembly's Chairman by the document's date: the handover on 28 January 2022
    ("Заседание\n\nНур-Султан, 27 января 2022 года\n\nСостоялось заседание Совета Ассамблеи.\n\n"
     "«Благодарю ветеранов Ассамблеи за многолетний труд», — сказал Председатель Ассамблеи.", "Н.А. Назарбаев"),
    ("Заседание\n\nНур-Султан, 28 января 2022 года\n\nСостоялось заседание Совета Ассамблеи.\n\n"
     "«Ассамблея продолжит работу в новых условиях», — сказал Председатель Ассамблеи.", "К.К. Токаев"),
    ("Отырыс\n\nАстана, 15 наурыз 2023 жыл\n\nАссамблея Кеңесінің отырысы өтті.\n\n"
     "«Ассамблея жаңа өкілеттіктерге ие болады», – деді Ассамблея Төрағасы.", "К.К. Токаев"),
])
def test_the_shipped_aliases_name_the_first_president_and_the_chairman(text, speaker):
    quoted, _, _ = _quote_speakers(text)
    assert quoted == [speaker]


@pytest.mark.parametrize("text, deputy, chairman", [
    ("Заседание Совета\n\nАстана, 12 ноября 2010 года\n\nПредседательствует заместитель Председателя Ассамблеи "
     "Е.Л. Тугжанов.\n\n«За год проведено более двух тысяч мероприятий», — сообщил заместитель Председателя "
     "Ассамблеи.", "Е.Л. Тугжанов", "Н.А. Назарбаев"),
    ("Отырыс\n\nАстана, 12 қараша 2010 жыл\n\nОтырысты Ассамблея Төрағасының орынбасары Е. Тұғжанов жүргізді.",
     "Е. Тұғжанов", "Н.А. Назарбаев"),
])
def test_the_chairman_s_title_inside_his_deputy_s_post_names_the_deputy_only(text, deputy, chairman):
    _, _, persons = _quote_speakers(text)
    assert deputy in persons and chairman not in persons


AKIM_ALIASES = """А.Б. Мухамбетов [2017-03-21..2019-06-10] = аким Костанайской области
К. Аксакалов [2019-06-11..] = аким Костанайской области
"""
AKIM_POST_ONLY = """В Костанае прошло заседание малой Ассамблеи

Костанай, 20 июня 2019 года

В областном акимате прошло заседание Ассамблеи народа Казахстана Костанайской области.

«Мы поддержим все инициативы этнокультурных центров», — сказал аким Костанайской области.
"""
AKIM_BEFORE = AKIM_POST_ONLY.replace("20 июня 2019", "20 мая 2019").replace("все инициативы", "каждую инициативу")
KAZAKH_STATE_SECRETARY = """Кездесу

Астана, 2023 жылғы 11 маусым

Мемлекеттік хатшы Ерлан Қарин Ассамблея сарапшыларымен кездесті.

«Ғылыми кеңес жаңа міндеттер алады», – деді Мемлекеттік хатшы.
"""
# the akim's title governed by another post, held no longer or for another: not the akim of the day
NOT_THE_AKIM = {
    "deputy.txt": "Совещание\n\nКостанай, 2 июля 2019 года\n\n«Все объекты будут сданы в срок», — сказал "
                  "заместитель акима Костанайской области.\n",
    "press.txt": "Брифинг\n\nКостанай, 7 августа 2019 года\n\n«Приём граждан пройдёт в пятницу», — сказал "
                 "пресс-секретарь акима Костанайской области.\n",
    "former.txt": "Встреча ветеранов\n\nКостанай, 3 июля 2019 года\n\n«Я горжусь этой областью», — сказал "
                  "бывший аким Костанайской области.\n",
    "acting.txt": "Совещание\n\nКостанай, 10 июня 2019 года\n\n«Работа продолжается», — сказал "
                  "и.о. акима Костанайской области.\n",
}
STATE_SECRETARY = """Госсекретарь провёл совещание

Астана, 12 мая 2023 года

Государственный секретарь Е.Т. Карин провёл совещание с руководством Ассамблеи.

«Концепция будет принята до конца года», — отметил Государственный секретарь.
"""


@pytest.fixture(scope="module")
def archive(tmp_path_factory):
    """An index ingested with the archive's aliases file giving the region's akims by date, in lower case."""
    aliases = tmp_path_factory.mktemp("aliases") / "akims.txt"
    aliases.write_text(AKIM_ALIASES, encoding="utf-8")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("ASSEMBLY_SEARCH_ALIASES", str(aliases))
        service = ingested_service(tmp_path_factory, {"akim.txt": AKIM_POST_ONLY, "akim_may.txt": AKIM_BEFORE,
                                                      "statesec.txt": STATE_SECRETARY,
                                                      "kk_statesec.txt": KAZAKH_STATE_SECRETARY, **NOT_THE_AKIM})
    yield service
    service.close()


@pytest.mark.parametrize("query, cited", [
    ("speaker:Аксакалов", "«Мы поддержим все инициативы этнокультурных центров» — К. Аксакалов; "),
    ("speaker:Мухамбетов", "«Мы поддержим каждую инициативу этнокультурных центров» — А.Б. Мухамбетов; "),
    ("speaker:Карин концепция", "«Концепция будет принята до конца года» — Е.Т. Карин; "),
    ('"Ғылыми кеңес"', "«Ғылыми кеңес жаңа міндеттер алады» — Е.Т. Карин; "),
])
def test_a_lower_case_dated_post_and_a_state_secretary_are_cited_as_their_holders(archive, query, cited):
    [hit] = archive.quotes(SearchRequest(query)).hits
    assert hit_citation(hit).startswith(cited), hit_citation(hit)


@pytest.mark.parametrize("words", ["сданы в срок", "пройдёт в пятницу", "горжусь этой областью", "Работа продолжается"])
def test_the_akim_s_deputy_press_secretary_former_or_acting_akim_is_not_the_akim(archive, words):
    [hit] = archive.quotes(SearchRequest(f'"{words}"')).hits
    assert hit.speakers == [], hit_citation(hit)
    [doc] = archive.search(SearchRequest(f'"{words}"')).hits
    assert not {"К. Аксакалов", "А.Б. Мухамбетов"} & set(doc.persons), doc.persons


@pytest.mark.parametrize("body", ["области", "Костанайской области", "народов Евразии", "города Алматы"])
def test_another_assembly_s_chairman_is_not_the_assembly_s(body):
    # the shipped «Председатель Ассамблеи» (the Assembly's Chairman by date) named К.К. Токаев in
    # «Председатель Ассамблеи области Марат Ахметов поблагодарил …», a regional assembly's chairman
    text = (f"Астана, 12 мая 2023 года. Председатель Ассамблеи {body} Марат Ахметов поблагодарил участников. "
            "«Мы вместе», — сказал он.")
    x = extract(text, [text], written=date(2023, 5, 12))
    assert "К.К. Токаев" not in x.persons and "К.К. Токаев" not in x.speakers
