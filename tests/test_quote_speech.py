"""A transcript's quote is the speaker's words: no «Токаев К.К.:» label inside the quote marks,
no «(Аплодисменты)» quoted as speech; the document page still shows the text whole."""
from __future__ import annotations

import csv
import html
import io
import json

import pytest

from assembly_search.cli import main
from index.quote_speech import quote_speech
from search_app import create_app

SESSION = """СТЕНОГРАММА XXVII сессии Ассамблеи народа Казахстана

г. Нур-Султан, 23 апреля 2019 года

Заседание проходит под председательством Главы государства К.К. Токаева.

ПРЕДСЕДАТЕЛЬСТВУЮЩИЙ: Уважаемые участники сессии! Объявляю сессию открытой.

Токаев К.К.: Дорогие соотечественники! Мы должны беречь межэтническое согласие как зеницу ока. (Аплодисменты) Каждый гражданин должен чувствовать себя хозяином на своей земле.

Абдрахманов С.А.: Уважаемые члены Ассамблеи! Трехъязычие открывает молодежи дорогу в мировую науку.
"""
TOKAEV = ("«Дорогие соотечественники! Мы должны беречь межэтническое согласие как зеницу ока. Каждый гражданин "
          "должен чувствовать себя хозяином на своей земле.» — К.К. Токаев; Стенограмма XXVII сессии Ассамблеи "
          "народа Казахстана, 23\u00a0апреля 2019\u00a0г.")
CHAIR = ("«Уважаемые участники сессии! Объявляю сессию открытой.» — К.К. Токаев; Стенограмма XXVII сессии "
         "Ассамблеи народа Казахстана, 23\u00a0апреля 2019\u00a0г.")


def _served(tmp_path_factory, files: dict[str, str]):
    """Documents (file name: text) ingested into a real index: (index, a test client of the app over it)."""
    root = tmp_path_factory.mktemp("quote-speech")
    docs, index = root / "docs", root / "index"
    docs.mkdir()
    for name, text in files.items():
        (docs / name).write_text(text, encoding="utf-8")
    assert main(["ingest", str(docs), "--index", str(index), "--workers", "1"]) == 0
    app = create_app(index, testing=True)
    yield index, app.test_client()
    app.extensions["assembly_search"].close()


@pytest.fixture(scope="module")
def session(tmp_path_factory):
    yield from _served(tmp_path_factory, {"sessiya.txt": SESSION})


@pytest.mark.parametrize("query, cited", [('"зеницу ока"', TOKAEV), ("объявляю сессию открытой", CHAIR)])
def test_a_transcripts_quote_is_cited_without_its_label_and_stage_directions_everywhere(session, capsys, query,
                                                                                         cited):
    # before: «Токаев К.К.: Дорогие соотечественники! … зеницу ока. (Аплодисменты) Каждый …» — К.К. Токаев
    # and «ПРЕДСЕДАТЕЛЬСТВУЮЩИЙ: Уважаемые участники сессии! …» — К.К. Токаев, in every citation
    index, client = session
    hit = client.get("/api/quotes", query_string={"q": query}).get_json()["hits"][0]
    assert hit["citation"] == cited
    assert hit["text"] == cited[1:cited.index("»")] and "<mark>" in hit["text_html"]
    rows = list(csv.DictReader(io.StringIO(client.get("/api/quotes.csv", query_string={"q": query})
                                           .get_data(as_text=True).lstrip("\ufeff")), delimiter=";"))
    assert rows[0]["citation"] == cited
    page = html.unescape(client.get("/quotes", query_string={"q": query}).get_data(as_text=True))
    assert cited in page  # what «Копировать цитату» copies
    assert main(["search", "--index", str(index), "--quotes", query]) == 0
    assert cited in capsys.readouterr().out.splitlines()
    assert main(["search", "--index", str(index), "--quotes", query, "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["hits"][0]["citation"] == cited
    # the document page shows what the transcript says, label and applause included
    document = html.unescape(client.get(hit["url"]).get_data(as_text=True))
    assert "Токаев К.К.:" in document and "(Аплодисменты)" in document and "ПРЕДСЕДАТЕЛЬСТВУЮЩИЙ:" in document


@pytest.mark.parametrize("text, speakers, speech", [
    ("К. ТОКАЕВ. Уважаемые участники сессии! Начнем.", ["К.К. Токаев"], "Уважаемые участники сессии! Начнем."),
    ("Председательствующий (Н.А. Назарбаев): Уважаемые коллеги!", ["Н.А. Назарбаев"], "Уважаемые коллеги!"),
    ("Н.А. Назарбаев (Председатель Ассамблеи): Уважаемые коллеги!", ["Н.А. Назарбаев"], "Уважаемые коллеги!"),
    ("ТОКАЕВ КАСЫМ-ЖОМАРТ КЕМЕЛЕВИЧ: Дорогие друзья!", ["К.К. Токаев"], "Дорогие друзья!"),
    ("Тоқаев Қ.К.: Құрметті достар!", ["К.К. Токаев"], "Құрметті достар!"),
    ("Төраға: Отырыс жабық деп жарияланады.", ["Е.Л. Карин"], "Отырыс жабық деп жарияланады."),
    ("ТӨРАҒА: Рахмет.", ["Е.Л. Карин"], "Рахмет."),
    ("Төрағалық етуші: Сөз Сейітқали Әлібекұлына беріледі.", ["Е.Л. Карин"], "Сөз Сейітқали Әлібекұлына беріледі."),
    # the chair's role alone is his label though the document names no chair
    ("Председатель: Заседание объявляется закрытым.", [], "Заседание объявляется закрытым."),
    ("Төраға: Рахмет. Отырыс жабық.", [], "Рахмет. Отырыс жабық."),
    ("Председатель. – Слово предоставляется Ли Ю.", ["Н.А. Назарбаев"], "Слово предоставляется Ли Ю."),
    ("Председатель – Е.Қ. Қайратұлы. Уважаемые коллеги, начинаем заседание.", ["Е.Қ. Қайратұлы"],
     "Уважаемые коллеги, начинаем заседание."),
    ("Ли Ю. – Спасибо. Я согласна.", ["Ю. Ли"], "Спасибо. Я согласна."),
    ("Жумабеков Б.: Уважаемые коллеги!", ["Б.Т. Жумабеков"], "Уважаемые коллеги!"),
    # the speaker's post after a dash or a comma is the label's too
    ("КАРИН Е.Т. – заместитель Председателя АНК: Уважаемые коллеги!", ["Е.Т. Карин"], "Уважаемые коллеги!"),
    ("САРСЕНБАЕВ А.М., депутат Мажилиса:\nПоддерживаю.", ["А.М. Сарсенбаев"], "Поддерживаю."),
    ("Спасибо. (Говорит на казахском языке) Құрметті достар! (Аплодисменты.)", ["К.К. Токаев"],
     "Спасибо. Құрметті достар!"),
    # after a quote that ends its own sentence, the hall's too
    ("Как сказал Абай: «Будь единым!» (Аплодисменты) Спасибо.", ["К.К. Токаев"],
     "Как сказал Абай: «Будь единым!» Спасибо."),
    # left as they are: no label of the passage's speaker, a parenthesis inside a sentence, nothing but a direction
    ("Токаев отметил: мы должны беречь согласие.", ["К.К. Токаев"], None),
    ("Карин Е.Т., выступая на сессии, отметил: центры открыты.", ["Е.Т. Карин"], None),
    ("Сейтказина Г.К.: Благодарю.", ["Б.Т. Жумабеков"], None),
    ("Голос из зала: А как же мы?", [], None),
    ("Председатель – первое лицо совета.", [], None),
    ("Ассамблея народа Казахстана (АНК) провела сессию.", ["К.К. Токаев"], None),
    # a bracket after an organisation's «name» is its abbreviation or short name, no stage direction
    ("Прошло собрание Общественного объединения «Татарский центр» (ОО «ТЦ»). Участвовали члены Ассамблеи.", [],
     None),
    ("Между ОЮЛ «Ассоциация корейцев Казахстана» (далее – Ассоциация) и КГУ «Қоғамдық келісім» (далее – "
     "Учреждение) подписан меморандум.", [], None),
    ("(Аплодисменты)", [], None),
    # ... but the hall's words after a name closing a remark with no full stop are a stage direction
    ("Иванова Н.П.: Мы все поддерживаем «Лад» (Аплодисменты)", ["Н.П. Иванова"], "Мы все поддерживаем «Лад»"),
    ("Мы с ОО \"Лад\" (Смех в зале) давно дружим. (Бурные аплодисменты.)", [], "Мы с ОО \"Лад\" давно дружим."),
    ("Біз «Лад» қоғамын қолдаймыз, «Лад» (Қол шапалақтау)", [], "Біз «Лад» қоғамын қолдаймыз, «Лад»"),
    ("Договор заключен с ТОО “Достык-Медиа” (далее – Издатель). Издатель выпустит сборник.", [], None),
    # ... and after a word closing the remark or its sentence, as a Kazakh remark ends with the name's
    # case-bearing noun; a bracket in a sentence going on in small letters is the sentence's own
    ("Оспанова Г.Т.: Біз «Достық» қоғамдық бірлестігіне алғыс айтамыз (Қол шапалақтау)", ["Г.Т. Оспанова"],
     "Біз «Достық» қоғамдық бірлестігіне алғыс айтамыз"),
    ("Рахмет «Достық» бірлестігіне (Шу)", [], "Рахмет «Достық» бірлестігіне"),
    ("Біз қуаныштымыз (Күлкі). Жалғастырамыз.", [], "Біз қуаныштымыз. Жалғастырамыз."),
    ("Спасибо всем (Аплодисменты) Переходим к повестке.", [], "Спасибо всем Переходим к повестке."),
    ("Загрязнение (шум, пыль) растет.", [], None),
    ("Бассейн реки (Шу-Или) обмелел. Это тревожно.", [], None),
    # a role and initials opening a reported sentence, the surname after them: no label «Председатель Н.А.»
    ("Председатель Н.А. Назарбаев в своем обращении подчеркнул, что согласие остается главной ценностью.",
     ["Н.А. Назарбаев"], None),
    ("Председатель Н. А. Назарбаев в своем обращении подчеркнул, что согласие остается ценностью.",
     ["Н.А. Назарбаев"], None),
])
def test_the_label_of_the_quotes_speaker_and_stage_directions_are_not_his_words(text, speakers, speech):
    assert quote_speech(text, speakers) == (speech or text)


# labels with the speaker's post after a dash, a comma or in brackets, on the speech's line, on a
# line of their own and in a paragraph of their own
COUNCIL = """СТЕНОГРАММА заседания Совета

Астана, 16 сентября 2022 года

КАРИН Е.Т. – заместитель Председателя АНК: Уважаемые коллеги! Сегодня мы обсуждаем план работы.

САРСЕНБАЕВ А.М., депутат Мажилиса:
Поддерживаю предложение о грантах для этнокультурных объединений.

ЖУМАБЕКОВ Д.Е. (аким Карагандинской области):
В области работают двенадцать этнокультурных центров.

ИВАНОВА Л.П., председатель ЭКО «Русская община»:

Спасибо. Мы предлагаем провести форум по родным языкам.
"""


@pytest.fixture(scope="module")
def council(tmp_path_factory):
    for _, client in _served(tmp_path_factory, {"sovet.txt": COUNCIL}):
        yield client


@pytest.mark.parametrize("query, cited", [
    ("план работы", "«Уважаемые коллеги! Сегодня мы обсуждаем план работы.» — Е.Т. Карин;"),
    ("грантах", "«Поддерживаю предложение о грантах для этнокультурных объединений.» — А.М. Сарсенбаев;"),
    ("двенадцать центров", "«В области работают двенадцать этнокультурных центров.» — Д.Е. Жумабеков;"),
    ("форум по родным языкам", "«Спасибо. Мы предлагаем провести форум по родным языкам.» — Л.П. Иванова;"),
])
def test_a_label_s_post_is_no_part_of_the_quote_and_a_comma_label_is_a_turn(council, query, cited):
    # before: «заместитель Председателя АНК: Уважаемые коллеги! …» — Е.Т. Карин, «(аким Карагандинской
    # области):» and «ИВАНОВА Л.П., председатель ЭКО „Русская община“:» quoted alone, and the comma
    # labels' words Карин's and Жумабеков's
    hit, = client_quotes(council, query)
    assert hit["citation"].startswith(cited)


@pytest.mark.parametrize("query", ["депутат Мажилиса", "аким Карагандинской области", "председатель ЭКО"])
def test_a_label_alone_on_its_line_is_no_quote_of_its_own(council, query):
    # before: «(аким Карагандинской области):» — Д.Е. Жумабеков, the label's passage; now it opens his words'
    hits = client_quotes(council, query)
    assert hits and all(not h["text"].rstrip().endswith(":") for h in hits)


def client_quotes(client, query: str) -> list[dict]:
    return client.get("/api/quotes", query_string={"q": query}).get_json()["hits"]


# an organisation's «name» and the bracket after it: its abbreviation, the short name the document uses
BRACKETS = {
    "2021-03-05_paren.txt": "АЛМАТЫ, 5 марта 2021 года. В Доме дружбы прошло собрание Общественного объединения "
                            "«Татарский центр» (ОО «ТЦ»). Участвовали члены Ассамблеи.\n",
    "2022-02-02_dalee.txt": "АСТАНА, 2 февраля 2022 года. Между ОЮЛ «Ассоциация корейцев Казахстана» (далее – "
                            "Ассоциация) и КГУ «Қоғамдық келісім» (далее – Учреждение) подписан меморандум.\n",
    # ... and the hall's applause after a name closing a remark, no full stop between
    "2024-02-10_stenogramma.txt": "Стенограмма заседания Малой ассамблеи\n\nАСТАНА, 10 февраля 2024 года.\n\n"
                                  "Иванова Н.П.: Мы все поддерживаем «Лад» (Аплодисменты)\n\n"
                                  "Белов И.К.: Спасибо за внимание. (Аплодисменты)\n",
    # ... and the Kazakh hall's, after the word closing a Kazakh remark
    "2024-03-02_kk_stenogramma.txt": "Шағын ассамблея отырысының стенограммасы\n\nҚАРАҒАНДЫ, 2024 жылғы 2 наурыз.\n\n"
                                     "Оспанова Г.Т.: Біз «Достық» қоғамдық бірлестігіне алғыс айтамыз (Қол шапалақтау)\n\n"
                                     "Ахметов Е.Е.: Рахмет «Достық» бірлестігіне (Шу)\n",
}


@pytest.fixture(scope="module")
def brackets(tmp_path_factory):
    yield from _served(tmp_path_factory, BRACKETS)


@pytest.mark.parametrize("query, words", [
    ("ТЦ", "собрание Общественного объединения „Татарский центр“ (ОО „ТЦ“). Участвовали члены Ассамблеи."),
    ("далее Учреждение", "Между ОЮЛ „Ассоциация корейцев Казахстана“ (далее – Ассоциация) и КГУ „Қоғамдық "
                         "келісім“ (далее – Учреждение) подписан меморандум."),
])
def test_a_quote_keeps_the_bracket_after_an_organisations_name(brackets, capsys, query, words):
    # before: «…объединения „Татарский центр“ Участвовали…», «…ОЮЛ „Ассоциация корейцев Казахстана“ и КГУ…»:
    # the bracket was cut out as if it were «(Аплодисменты)», and the quote lacked the word it was found by
    index, client = brackets
    hit, = client_quotes(client, query)
    assert words in hit["citation"] and "<mark>" in hit["text_html"]
    assert main(["search", "--index", str(index), "--quotes", query]) == 0
    assert words in capsys.readouterr().out


def test_the_halls_applause_after_a_name_closing_a_remark_is_no_part_of_the_quote(brackets, capsys):
    # before: «Мы все поддерживаем „Лад“ (Аплодисменты)» — Н.П. Иванова (fix of the bracket after a name)
    index, client = brackets
    hit, = client_quotes(client, "speaker:Иванова")
    assert hit["citation"].startswith("«Мы все поддерживаем „Лад“» — Н.П. Иванова;")
    assert main(["search", "--index", str(index), "--quotes", "speaker:Иванова"]) == 0
    assert "«Мы все поддерживаем „Лад“» — Н.П. Иванова;" in capsys.readouterr().out


@pytest.mark.parametrize("speaker, cited", [
    ("Оспанова", "«Біз „Достық“ қоғамдық бірлестігіне алғыс айтамыз» — Г.Т. Оспанова;"),
    ("Ахметов", "«Рахмет „Достық“ бірлестігіне» — Е.Е. Ахметов;")])
def test_the_kazakh_halls_applause_after_a_remark_with_no_full_stop_is_no_part_of_the_quote(brackets, capsys,
                                                                                            speaker, cited):
    # before: «… алғыс айтамыз (Қол шапалақтау)» — Г.Т. Оспанова, «Рахмет „Достық“ бірлестігіне (Шу)» — Е.Е. Ахметов
    index, client = brackets
    hit, = client_quotes(client, f"speaker:{speaker}")
    assert hit["citation"].startswith(cited)
    assert main(["search", "--index", str(index), "--quotes", f"speaker:{speaker}"]) == 0
    assert cited in capsys.readouterr().out
