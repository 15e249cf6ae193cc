"""Citations as a journalist pastes them: real files ingested, their quotes searched and cited
(index.citation, index.quote_marks), on the command line, in the JSON API and the CSV export."""
from __future__ import annotations

import csv
import io
import json

import pytest

from assembly_search.cli import main
from index.citation import citation
from search_app import create_app

DOCUMENTS = {
    # a quote running over two paragraphs
    "2023-04-20_pereselentsy.txt": """Заседание Совета общественного согласия в Павлодаре

Павлодар, 20 апреля 2023 г.

В Павлодаре прошло заседание областного Совета общественного согласия.

«Переселенцы нашли здесь второй дом.

Их дети учатся в наших школах и говорят на трех языках», — отметил историк К. Байтасов.

Затем участники посмотрели документальный фильм о депортации народов.
""",
    # quotes split by their attribution, and straight quotes within straight quotes
    "2023-07-01_semey.txt": """Встреча в Семее

Семей, 1 июля 2023 г.

На встрече выступили ветераны и молодежь.

«Молодежь — наше будущее, — сказала студентка Л. Ким, — а ветераны — наша память».

«Мы едины, когда слышим друг друга, — подчеркнул аким области А. Скаков. — И это главный урок последних лет».

"Молодежь поддерживает проект "Біз біргеміз"", - заявил Д. Сапаров.

«Мы говорим "спасибо" каждому волонтеру», — сказала Г. Нурова.

«Каждый этнос — часть общей семьи», — сказал Т. Ибрагимов.
""",
    # reported speech: the reporter's sentences about what was said, beside quotes
    "2021-04-28_sessiya.txt": """XXIX сессия Ассамблеи народа Казахстана

Нур-Султан, 28 апреля 2021 г.

Выступая на сессии, Президент Касым-Жомарт Токаев подчеркнул, что единство народа остается главным условием успеха системных реформ в стране.

Председатель Украинского культурного центра О.Ткаченко рассказал, что центр впервые подготовил совместную программу с казахским ансамблем. По его словам, такая работа сближает коллективы сильнее, чем любые официальные встречи.

«Информационная работа больше не может ограничиваться газетной заметкой», – подчеркнул Б.Оразбаев. Он отметил, что при областной Ассамблее создан пресс-клуб для журналистов районных газет.

«Единство – наша главная сила», — подчеркнул Глава государства.

«Тіл білу – көршіңді түсіну», – деді Б.Тілеуберді.
""",
    # two quotes around one attribution, and a pronoun's attribution naming whom he answered
    "2023-11-05_two.txt": """Сессия в Астане

Астана, 5 ноября 2023 г.

«Наша сила — в единстве», — сказал Т. Ибрагимов. «Мы должны беречь его каждый день».

«Волонтеры помогли трем тысячам семей», — сообщила Г. Ахметова. — «Это только начало».

«Ждем всех на празднике», — сказал М. Есенов.

«Благодарю коллег за помощь», — ответил он Г. Ахметовой.
""",
    "2023-11-01_en.txt": """Forum of the Assembly in Astana

Astana, 1 November 2023

“Our strength is in unity,” said Tokayev. “We must protect it every day.”
""",
    # Kazakh in Latin letters: initials with an accent (Á., Ó.) and the 2021 alphabet's (Ä.)
    "2023-04-05_qaragandy.txt": """Qaraǵandyda dóńgelek ústel ótti

Qaraǵandy, 2023 jylǵy 5 sáýir

Qaraǵandyda til saıasatyna arnalǵan dóńgelek ústel ótti. Oǵan etnomádenı birlestikterdiń ókilderi qatysty.

«Til – bizdiń baılyǵymyz», – dedi Á. Jumabaeva.

«Dástúr – ultymyzdyń qazynasy», – dedi Ó. Sársenbaev.

«Bırlık – bızdıñ küşımız», – dedı Ä. Jūmabaeva.
""",
    # Kazakh: a speaker named by given name and surname after a title
    "2023-04-06_almaty.txt": """Алматыда кездесу өтті

Алматы, 2023 жылғы 6 сәуір

«Ардагерлер – біздің мақтанышымыз», – деді Ә. Жұмабаева.

«Тіл – халықтың жаны», – деді Ассамблея төрағасының орынбасары Ерлан Қарин.
""",
    # an organisation's name in «» in the speaker's post, before his quote or inside dashed speech
    "2018-09-11_kostanai.txt": """Костанай: день языков в Доме дружбы

Костанай, 11 сентября 2018 г.

Председатель польского центра «Полония» Я.К. Ковальчик сказал: «Родной язык предков звучит в каждой семье».

– Дружба начинается с малого, – подчеркнул председатель совета «Қарт-Ана» К.С. Абенов. – Её надо хранить.

– Наши ансамбли выступят в каждом районе, – сообщила руководитель центра «Достық» Г.Б. Сейтова.

– Абай учил нас слушать, – отметил председатель совета «Ардагер» Т.Н. Омаров. – Его «Слова назидания» – программа жизни.

«Двери центра открыты всем», — отметил руководитель ЭКО «Вайнах» Р.А. Дудаев. «Приходите с детьми».
""",
    # the organisation's «…» ending a clause of the post or the attribution, after the name
    "2019-05-14_pavlodar.txt": """Павлодар: заседание совета матерей

Павлодар, 14 мая 2019 г.

Я.К. Ковальчик, председатель польского центра «Полония», сказал: «Память о старших мы храним в каждой песне».

«Мы открыли воскресный клуб для взрослых», – сказал Р.С. Ким, председатель корейского центра «Корё Сарам».

«Мы открыли курсы казахского языка», – сказал Р.С. Ким, председатель центра «Корё Сарам», на встрече с молодёжью.

«Мы провели конкурс чтецов», – сказала Л.А. Ли, член совета матерей «Ана үйі».

«Мы поддержим фестиваль», — сказал А.Б. Нуров и добавил «Приходите всей семьёй».

«Мы вместе навсегда», – сказал Р.С. Ким и процитировал Абая «Ғылым таппай мақтанба».

«Мы вместе», – сказал Р.С. Ким и напомнил «Дружба – наше общее богатство».

«Мы открыли выставку ремёсел», – сказал А.Б. Нуров, выступая в «Доме дружбы».
""",
    # a speech: its body is its author's words, whoever it names
    "2019-03-01_vystuplenie.txt": """Выступление Б.Жумабекова на торжественном собрании

1 марта 2019 г.

Уважаемые участники собрания! Дорогие ветераны, друзья!

Елбасы Нурсултан Абишевич Назарбаев не раз подчеркивал, что согласие нельзя получить однажды и навсегда.
""",
}


@pytest.fixture(scope="module")
def index(tmp_path_factory):
    root = tmp_path_factory.mktemp("citations")
    archive, index = root / "archive", root / "index"
    archive.mkdir()
    for name, text in DOCUMENTS.items():
        (archive / name).write_text(text, encoding="utf-8")
    assert main(["ingest", str(archive), "--index", str(index), "--workers", "1"]) == 0
    return index


def quotes(index, query: str, capsys) -> list[dict]:
    capsys.readouterr()
    assert main(["search", query, "--quotes", "--json", "--index", str(index)]) == 0
    return json.loads(capsys.readouterr().out)["hits"]


def cited(index, query: str, capsys) -> str:
    """The citation of the one quote `query` finds, up to its document's title."""
    [hit] = quotes(index, query, capsys)
    return hit["citation"].split("; ")[0]


@pytest.mark.parametrize("query, expected", [
    # the first paragraph opened „ and never closed it, the second closed “ it never opened and kept
    # «— отметил историк К. Байтасов.» inside the quote
    ("переселенцы", "«Переселенцы нашли здесь второй дом.» — К. Байтасов"),
    ("школах", "«Их дети учатся в наших школах и говорят на трех языках» — К. Байтасов"),
])
def test_each_paragraph_of_a_quote_over_two_is_cited_as_a_quote_of_its_own(index, capsys, query, expected):
    assert cited(index, query, capsys) == expected


@pytest.mark.parametrize("query, expected", [
    # «…, — сказала студентка Л. Ким, — …» was cited with her attribution inside the quote
    ("будущее", "«Молодежь — наше будущее, […] а ветераны — наша память» — Л. Ким"),
    ("урок", "«Мы едины, когда слышим друг друга, […] И это главный урок последних лет» — А. Скаков"),
    # a straight quote holding another was no quote: its marks and «- заявил Д. Сапаров.» stayed
    ('"Біз біргеміз"', "«Молодежь поддерживает проект „Біз біргеміз“» — Д. Сапаров"),
    # inner straight quotes stayed straight where inner «» become „…“
    ("спасибо", "«Мы говорим „спасибо“ каждому волонтеру» — Г. Нурова"),
    ("этнос", "«Каждый этнос — часть общей семьи» — Т. Ибрагимов"),
])
def test_a_quote_split_by_its_attribution_or_in_straight_marks_is_cited_by_its_words(index, capsys, query, expected):
    assert cited(index, query, capsys) == expected


@pytest.mark.parametrize("passage, speakers, expected", [
    # an attribution naming someone else splits nothing: the quote is cited whole
    ("«Молодежь — наше будущее, — сказала Л. Ким, — а ветераны — наша память».", ["А. Скаков"],
     "«Молодежь — наше будущее, — сказала Л. Ким, — а ветераны — наша память» — А. Скаков"),
    # straight marks that do not pair up stay as they are
    ('Рост спортсмена 6" по старой мерке, — сказал А. Скаков.', ["А. Скаков"],
     '«Рост спортсмена 6" по старой мерке, — сказал А. Скаков.» — А. Скаков'),
    # a quote opened and left open (it goes on in the next paragraph) is closed at the passage's end
    ("А. Скаков сказал: «Мы продолжим работу", ["А. Скаков"], "«Мы продолжим работу» — А. Скаков"),
    ("Он добавил: «Мы продолжим работу", ["А. Скаков"], "«Он добавил: „Мы продолжим работу“» — А. Скаков"),
])
def test_quotation_marks_that_do_not_make_one_quote_stay_balanced(passage, speakers, expected):
    assert citation(passage, speakers, "Т", None, None) == expected + "; Т, без даты"


def test_a_quote_attributed_by_a_pronoun_is_the_speaker_s_where_the_narration_names_him():
    # ingest read «— добавил он» as the person named before: the narration names the speaker
    passage = "«Единство – наша сила», — добавил он."
    assert citation(passage, ["К.К. Токаев"], "Т", None, None, narrated=True) == (
        "«Единство – наша сила» — К.К. Токаев; Т, без даты")
    # in a speech's body «он» is someone the author speaks of: the quote stays as it stands
    assert citation(passage, ["Б. Жумабеков"], "Т", None, None) == (
        "«„Единство – наша сила“, — добавил он.» — Б. Жумабеков; Т, без даты")


@pytest.mark.parametrize("query, expected", [
    # the reporter's sentence was cited in «» and signed «— К.К. Токаев», as if he had said it so
    ("условием успеха", "Пересказ: Выступая на сессии, Президент Касым-Жомарт Токаев подчеркнул, что единство "
                        "народа остается главным условием успеха системных реформ в стране. (К.К. Токаев"),
    ("сближает коллективы", "Пересказ: Председатель Украинского культурного центра О.Ткаченко рассказал, что центр "
                            "впервые подготовил совместную программу с казахским ансамблем. По его словам, такая работа "
                            "сближает коллективы сильнее, чем любые официальные встречи. (О. Ткаченко"),
    # a paragraph of a quote and the reporter's account: his quote where the words are in it, else the account
    ("газетной заметкой", "«Информационная работа больше не может ограничиваться газетной заметкой» — Б. Оразбаев"),
    ("пресс-клуб", "Пересказ: «Информационная работа больше не может ограничиваться газетной заметкой», – подчеркнул "
                   "Б.Оразбаев. Он отметил, что при областной Ассамблее создан пресс-клуб для журналистов районных "
                   "газет. (Б. Оразбаев"),
    # a quote attributed by a title of the speaker's («Глава государства»), or in Kazakh „…“, is his words
    ("главная сила", "«Единство – наша главная сила» — К.К. Токаев"),
    ("көршіңді", "«Тіл білу – көршіңді түсіну» — Б. Тілеуберді"),
    # the quote was Ә. Жұмабаева's, cited with «– деді … Ерлан Қарин.» inside it
    ("халықтың жаны", "«Тіл – халықтың жаны» — Е. Қарин"),
    # an initial with an accent ended the attribution's sentence: the quote was «Пересказ:», attribution and all
    ("baılyǵymyz", "«Til – bizdiń baılyǵymyz» — Ә. Жұмабаева"),
    ("qazynasy", "«Dástúr – ultymyzdyń qazynasy» — Ө. Сәрсенбаев"),
    # (Ä. Jūmabaeva reads as exactly Ә. Жұмабаева, whom the index holds: the facets' one value of both)
    ("küşımız", "«Bırlık – bızdıñ küşımız» — Ә. Жұмабаева"),
    # a speech's body is its author's words, even where it tells what someone else said
    ("однажды и навсегда", "«Елбасы Нурсултан Абишевич Назарбаев не раз подчеркивал, что согласие нельзя получить "
                           "однажды и навсегда.» — Б. Жумабеков"),
])
def test_reported_speech_is_cited_as_the_reporter_s_account_not_as_a_quote(index, capsys, query, expected):
    [hit] = quotes(index, query, capsys)
    assert hit["citation"].split("; ")[0] == expected
    assert hit["speech"] == ("reported" if expected.startswith("Пересказ: ") else "direct")


@pytest.mark.parametrize("query, expected", [
    # «A», — сказал X. «B». was cited «Пересказ: …» with the attribution inside, and found by words
    # of both parts, cited by part A alone
    ("беречь", "«Наша сила — в единстве […] Мы должны беречь его каждый день» — Т. Ибрагимов"),
    ("единстве беречь", "«Наша сила — в единстве […] Мы должны беречь его каждый день» — Т. Ибрагимов"),
    ("тысячам", "«Волонтеры помогли трем тысячам семей […] Это только начало» — Г. Ахметова"),
    ("protect", "«Our strength is in unity […] We must protect it every day.» — К.К. Токаев"),
    # «— ответил он Г. Ахметовой»: he answered her; the words are his
    ("коллег", "«Благодарю коллег за помощь» — М. Есенов"),
], ids=["words of part B", "words of both parts", "a dash before part B", "English", "he answered her"])
def test_quotes_around_one_attribution_or_signed_he_to_someone_are_the_speaker_s_words(index, capsys, query,
                                                                                        expected):
    [hit] = quotes(index, query, capsys)
    assert (hit["citation"].split("; ")[0], hit["speech"]) == (expected, "direct")


@pytest.mark.parametrize("query, expected", [
    # the organisation's «…» counted as a second quote: the paragraph was cited «Пересказ: Председатель …»
    ("предков", "«Родной язык предков звучит в каждой семье» — Я.К. Ковальчик"),
    ("начинается с малого", "«Дружба начинается с малого, […] Её надо хранить.» — К.С. Абенов"),
    ("районе", "«Наши ансамбли выступят в каждом районе» — Г.Б. Сейтова"),
    ("двери", "«Двери центра открыты всем […] Приходите с детьми» — Р.А. Дудаев"),
    # and a book's name in «» inside the dashed speech itself
    ("назидания", "«Абай учил нас слушать, […] Его „Слова назидания“ – программа жизни.» — Т.Н. Омаров"),
    # the name ending a clause (a comma after it) or the attribution (a full stop): it was «Пересказ», or cited
    # as the quote's second part («Мы открыли воскресный клуб […] Корё Сарам»)
    ("в каждой песне", "«Память о старших мы храним в каждой песне» — Я.К. Ковальчик"),
    ("воскресный клуб", "«Мы открыли воскресный клуб для взрослых» — Р.С. Ким"),
    ("курсы казахского", "«Мы открыли курсы казахского языка» — Р.С. Ким"),
    ("конкурс чтецов", "«Мы провели конкурс чтецов» — Л.А. Ли"),
    # a quote a speech verb opens is his words, not a name
    ("поддержим фестиваль", "«Мы поддержим фестиваль […] Приходите всей семьёй» — А.Б. Нуров"),
    # ... whatever the verb, and with its object between: the second quote was cut out with the attribution
    ("мақтанба", "«Мы вместе навсегда […] Ғылым таппай мақтанба» — Р.С. Ким"),
    ("общее богатство", "«Мы вместе […] Дружба – наше общее богатство» — Р.С. Ким"),
    # a preposition before it makes it a place's name, though a verb form stands before that
    ("выставку ремёсел", "«Мы открыли выставку ремёсел» — А.Б. Нуров"),
], ids=["post before the quote", "dashed speech split", "dashed speech", "two quotes around", "a name in the speech",
        "name, comma before the quote", "name ending the attribution", "name, comma after the quote",
        "name ending a member's post", "a second quote after добавил",
        "after процитировал and its object", "after напомнил", "a place after a preposition"])
def test_an_organisation_named_in_quotation_marks_in_the_attribution_leaves_the_quote_the_speaker_s(
        index, capsys, query, expected):
    [hit] = quotes(index, query, capsys)
    assert (hit["citation"].split("; ")[0], hit["speech"]) == (expected, "direct")


def test_the_api_and_the_csv_say_whether_a_quote_is_direct_or_reported(index):
    app = create_app(index, testing=True)
    try:
        client = app.test_client()
        hits = client.get("/api/quotes", query_string={"q": "year:2021", "per_page": 100}).get_json()["hits"]
        resp = client.get("/api/quotes.csv", query_string={"q": "year:2021"})
        rows = list(csv.DictReader(io.StringIO(resp.get_data().decode("utf-8-sig")), delimiter=";"))
    finally:
        app.extensions["assembly_search"].close()
    speech = {h["text"][:20]: h["speech"] for h in hits}
    # (with no words to meet, a paragraph of a quote and an account is cited by the quote, its first sentence)
    assert speech == {"XXIX сессия Ассамбле": None, "Нур-Султан, 28 апрел": None, "Выступая на сессии, ": "reported",
                      "Председатель Украинс": "reported", "«Информационная рабо": "direct",
                      "«Единство – наша гла": "direct", "«Тіл білу – көршіңді": "direct"}
    assert [(r["citation"], r["speech"]) for r in rows] == [(h["citation"], h["speech"] or "") for h in hits]



def test_a_citation_dates_as_the_page_does_and_keeps_its_date_and_page_together():
    # «…, 15.06.2022, с. 1» under a source line reading «15 июня 2022 г.»; a plain space let a
    # line break between «2022» and «г.», or after «с.»
    from datetime import date

    assert citation("«Слова».", ["А. Скаков"], "Т", date(2022, 6, 15), 1) == (
        "«Слова» — А. Скаков; Т, 15\u00a0июня 2022\u00a0г., с.\u00a01")
