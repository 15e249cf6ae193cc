"""Interviews whose questions a label («Корр.:», «Вопрос:», «Тілші:», «Сұрақ:», «Q:») or bold type sets
off, as a journalist finds their quotes (/api/quotes): each answer is the interviewee's, each question
nobody's, and no quote opens with the label."""
from __future__ import annotations

import pytest

from quote_api import quotes_of, write_documents

DOCUMENTS = {
    # a labelled question, a dash answer: the Kazakh and Russian press's common layout
    "korr-dash.txt": ["Интервью с председателем Азербайджанского центра Эльдаром Гасановым", "Шымкент, 4 мая 2019 г.",
                      "Корр.: Эльдар Рамизович, чем живет центр сегодня?",
                      "– Мы открыли воскресную школу для сорока детей.",
                      "Корр.: А кто преподает в школе?",
                      "– Учителя-волонтеры из местного колледжа."],
    "vopros-dash.txt": ["Интервью с председателем Греческого общества Ириной Пападопулос", "Тараз, 5 мая 2019 г.",
                        "Вопрос: Ирина Николаевна, сколько греков живет в области?",
                        "– Около трех тысяч семей, и почти все говорят по-гречески."],
    "tilshi-dash.txt": ["Ассамблея мүшесі Серік Бекмұхановпен сұхбат", "Ақтөбе, 2021 жылғы 6 мамыр",
                        "Тілші: Биыл қандай іс-шаралар жоспарланған?",
                        "– Біз жастар форумын өткіземіз және кітапхана ашамыз."],
    # a labelled question after a labelled answer: the question ends the answer's turn
    "korr-name.txt": ["Интервью с председателем Чеченского центра Русланом Умаровым", "Павлодар, 7 мая 2019 г.",
                      "Корр.: Руслан Ахмедович, когда откроется музей?",
                      "Р. Умаров: Музей откроется осенью, экспонаты уже собраны.",
                      "Корр.: Кто финансирует ремонт здания?",
                      "Р. Умаров: Ремонт оплачивают предприниматели общины."],
    "surak.txt": ["Ассамблея мүшесі Айдос Сарымовпен сұхбат", "Атырау, 2021 жылғы 8 мамыр",
                  "Сұрақ: Орталық биыл не істейді?",
                  "Жауап: Біз балаларға арналған шахмат үйірмесін ашамыз.",
                  "Сұрақ: Тіл курстары туралы не айтасыз?",
                  "Жауап: Тіл курстары әр сенбі сайын өтеді."],
    "english.txt": ["Interview with Daniyar Serikbayev, chairman of the Turkic peoples association",
                    "Almaty, 9 May 2019", "Q: What is the association working on this year?",
                    "A: We are publishing a dictionary of Turkic proverbs for schools.",
                    "Interviewed by Peter Wallace."],
    # the journalist signs under the last labelled answer
    "otvet-byline.txt": ["Ответы председателя Польского общества Марии Ковальской на вопросы читателей",
                         "Костанай, 12 мая 2019 г.", "Вопрос: Где проходят уроки польского?",
                         "Ответ: Уроки проходят в Доме дружбы по субботам.",
                         "Материал подготовила Динара Есенова."],
    "name-byline.txt": ["Интервью с председателем Дунганского центра Хусеем Дауровым", "Жамбыл, 13 мая 2019 г.",
                        "Корреспондент: Хусей Букаевич, что нового в центре?",
                        "Х. Дауров: Мы открыли класс дунганского языка.",
                        "Беседовал Олжас Тулегенов"],
    "zhauap-byline.txt": ["Ассамблея мүшесі Гүлсім Әбеновамен сұхбат", "Қызылорда, 2021 жылғы 14 мамыр",
                          "Сұрақ: Орталықта қандай үйірмелер бар?",
                          "Жауап: Бізде домбыра және кесте үйірмелері бар.",
                          "Сұхбаттасқан Әсел Жақыпова."],
}

# a news site's interview: the questions in bold, the answers plain paragraphs
BOLD_INTERVIEW = """<!DOCTYPE html><html lang="ru"><head><meta charset="utf-8">
<title>Интервью с председателем Белорусского центра Людмилой Ковалевой</title></head><body>
<h1>Интервью с председателем Белорусского центра Людмилой Ковалевой</h1><p>10.05.2019</p>
<p><b>Людмила Степановна, как центр встречает юбилей?</b></p>
<p>Мы готовим выставку вышиванок и концерт народной песни.</p>
<p><strong>Много ли молодежи в центре?</strong></p>
<p>Молодежный клуб собирает каждую пятницу до тридцати человек.</p>
</body></html>"""

# a news item with one bold question as its subheading: no interview, nobody answers
BOLD_SUBHEADING = """<!DOCTYPE html><html lang="ru"><head><meta charset="utf-8">
<title>Дом дружбы откроется в Талдыкоргане</title></head><body>
<h1>Дом дружбы откроется в Талдыкоргане</h1><p>11.05.2019</p>
<p>«Ремонт идет по графику», — сообщил аким города Б. Есенжолов.</p>
<p><b>Что будет в здании?</b></p>
<p>В здании разместятся библиотека и зал для репетиций ансамблей.</p>
</body></html>"""

# a news item with two bold questions as subheadings, its lead naming a speaker: still no interview
BOLD_NEWS = """<!DOCTYPE html><html lang="ru"><head><meta charset="utf-8">
<title>В Костанае открылся Дом дружбы</title></head><body>
<h1>В Костанае открылся Дом дружбы</h1><p>08.06.2023</p>
<p>В Костанае после реконструкции открылся Дом дружбы. На церемонии выступил аким области Кумар Аксакалов.</p>
<p><b>Что изменилось?</b></p><p>В здании появились концертный зал и классы для кружков.</p>
<p><b>Зачем нужен новый зал?</b></p><p>Здесь пройдут концерты этнокультурных объединений.</p>
</body></html>"""


@pytest.fixture(scope="module")
def quotes(tmp_path_factory):
    root = tmp_path_factory.mktemp("interview-labels")
    docs, index = root / "docs", root / "index"
    write_documents(docs, DOCUMENTS | {"bold.html": BOLD_INTERVIEW, "subheading.html": BOLD_SUBHEADING,
                                       "news.html": BOLD_NEWS})
    with quotes_of(docs, index) as find:
        yield find


@pytest.mark.parametrize("query, speaker, cited", [
    ("воскресную школу", "Э. Гасанов", "«Мы открыли воскресную школу для сорока детей.» — Э. Гасанов;"),
    ("Учителя-волонтеры", "Э. Гасанов", "«Учителя-волонтеры из местного колледжа.» — Э. Гасанов;"),
    ("трех тысяч семей", "И. Пападопулос", "«Около трех тысяч семей"),
    ("жастар форумын", "С. Бекмұханов", "«Біз жастар форумын өткіземіз"),
])
def test_a_dash_answer_after_a_labelled_question_is_the_interviewee_s(quotes, query, speaker, cited):
    # before: nobody's; a question was recognised only when it opened with a dash itself
    hit, = quotes(query)
    assert hit["speakers"] == [speaker] and hit["citation"].startswith(cited)


@pytest.mark.parametrize("query, answer", [("финансирует ремонт", "предприниматели общины"),
                                           ("айтасыз", "әр сенбі сайын")])
def test_a_labelled_question_after_a_labelled_answer_is_nobody_s(quotes, query, answer):
    # before: «Корр.:» and «Сұрақ:» after the first answer went on with it, cited as the interviewee's
    hit, = quotes(query)
    assert hit["speakers"] == []
    after, = quotes(answer)
    assert len(after["speakers"]) == 1


@pytest.mark.parametrize("query, cited", [
    ("чем живет центр", "«Эльдар Рамизович, чем живет центр сегодня?»;"),
    ("сколько греков", "«Ирина Николаевна, сколько греков живет в области?»;"),
    ("іс-шаралар жоспарланған", "«Биыл қандай іс-шаралар жоспарланған?»;"),
    ("Орталық биыл", "«Орталық биыл не істейді?»;"),
    ("association working", "«What is the association working on this year?»;")])
def test_a_question_is_cited_without_its_label(quotes, query, cited):
    # before: «Вопрос: …», «Корр.: …», «Тілші: …», «Сұрақ: …», «Q: …» kept the label in the quote
    hit, = quotes(query)
    assert hit["speakers"] == [] and hit["citation"].startswith(cited)


def test_an_english_answer_is_the_interviewee_s_without_its_label(quotes):
    # before: nobody's, and cited «A: We are publishing …»
    hit, = quotes("dictionary of Turkic proverbs")
    assert hit["speakers"] == ["D. Serikbayev"]
    assert hit["citation"].startswith("«We are publishing a dictionary of Turkic proverbs for schools.» — D. Serikbayev;")


@pytest.mark.parametrize("query", ["выставку вышиванок", "каждую пятницу"])
def test_a_plain_answer_after_a_bold_question_is_the_interviewee_s(quotes, query):
    # before: nobody's: the bold type setting off the question was not read
    hit, = quotes(query)
    assert hit["speakers"] == ["Л. Ковалева"]
    question, = quotes("как центр встречает юбилей")
    assert question["speakers"] == []


def test_a_news_item_s_one_bold_question_is_a_subheading_nobody_answers(quotes):
    hit, = quotes("зал для репетиций")
    assert hit["speakers"] == []


@pytest.mark.parametrize("query", ["классы для кружков", "концерты этнокультурных объединений"])
def test_a_news_item_s_bold_question_subheadings_are_no_interview(quotes, query):
    # before: two bold questions made it an interview, and the reporter's paragraphs the akim's answers
    hit, = quotes(query)
    assert hit["speakers"] == []


@pytest.mark.parametrize("journalist, answer", [("Есенова", "субботам"), ("Тулегенов", "дунганского языка"),
                                                ("Жақыпова", "кесте үйірмелері"), ("Wallace", "Turkic proverbs")])
def test_a_byline_under_a_labelled_answer_is_nobody_s(quotes, journalist, answer):
    # before: «Материал подготовила …», «Беседовал …», «Сұхбаттасқан …», «Interviewed by …» went on with
    # the last «Ответ:» or «Name:» turn and were cited as the interviewee's words
    # a paragraph that is a byline alone is no quote at all since session 29 (ingest.extract.credit_lines);
    # one that goes on with more words is a quote of nobody's
    assert all(byline["speakers"] == [] for byline in quotes(journalist))
    hit, = quotes(answer)
    assert len(hit["speakers"]) == 1
