"""Interview answers that quote someone else, as a journalist finds their quotes (/api/quotes): the quoted
words are the third person's (or nobody's when the answer does not name him), and the answer's own sentences
around them stay the interviewee's."""
from __future__ import annotations

import pytest

from quote_api import quotes_of, write_documents

DOCUMENTS = {
    # a dash interview: one answer ends with the Head of State's words, the next quotes a named woman
    "dash.txt": ["Интервью с председателем Корейского центра Виктором Паком", "Костанай, 15 мая 2019 г.",
                 "— Виктор Николаевич, чем запомнился этот год?",
                 "— Мы провели фестиваль корейской кухни. Глава государства на встрече с активом прямо сказал: "
                 "«Каждый этнос – часть единого народа». Мы приняли эти слова как программу на будущее.",
                 "— А как идет работа с молодежью?",
                 "— Молодежный клуб открылся в каждом районе области. Председатель Совета матерей Галина Ким "
                 "однажды сказала мне: «Молодежь слушает тех, кто слушает ее». Мне кажется, это главное правило.",
                 "Беседовал Артем Седов."],
    # a labelled question, a dash answer quoting a named akim
    "korr.txt": ["Интервью с председателем Узбекского центра Бахромом Юсуповым", "Туркестан, 16 мая 2019 г.",
                 "Корр.: Бахром Ахмедович, кто помогает центру?",
                 "– Помогают предприниматели и соседи. Аким города Нурлан Сейтов сказал нам: «Двери акимата для "
                 "центра всегда открыты». И это правда: нам выделили автобус для ансамбля."],
}

# a news site's interview, questions in bold: answers quoting people they do not name, and the answerer himself
BOLD_INTERVIEW = """<!DOCTYPE html><html lang="ru"><head><meta charset="utf-8">
<title>Интервью с председателем Армянского центра Ашотом Манукяном</title></head><body>
<h1>Интервью с председателем Армянского центра Ашотом Манукяном</h1><p>17.05.2019</p>
<p><b>Ашот Грантович, почему люди приходят в центр?</b></p>
<p>Недавно пожилая соседка сказала мне: «Здесь я снова чувствую себя дома». Таких историй у нас десятки.</p>
<p><b>Что вы говорите молодежи?</b></p>
<p>Я всегда говорю студентам: «Знайте язык предков и язык соседей». Они понимают это без лишних слов.</p>
<p><b>А как о центре отзываются в городе?</b></p>
<p>«Армяне здесь свои», – говорили нам старики на празднике. Мы гордимся такой оценкой.</p>
</body></html>"""


@pytest.fixture(scope="module")
def quotes(tmp_path_factory):
    root = tmp_path_factory.mktemp("interview-answers")
    docs, index = root / "docs", root / "index"
    write_documents(docs, DOCUMENTS | {"bold.html": BOLD_INTERVIEW})
    with quotes_of(docs, index) as find:
        yield find


@pytest.mark.parametrize("query, speaker", [
    ("программу на будущее", "В. Пак"),  # the rest of the answer after the Head of State's words
    ("главное правило", "В. Пак"),  # ... after a named woman's
    ("выделили автобус", "Б. Юсупов"),  # after a named akim's, under a labelled question
    ("фестиваль корейской кухни", "В. Пак"),  # the answer's opening sentence
    ("Молодежный клуб открылся", "В. Пак"),  # an answer after one that ended with someone else's quote
])
def test_an_answer_s_own_sentences_around_a_third_person_s_quote_are_the_interviewee_s(quotes, query, speaker):
    # before: what followed the third person's quote was nobody's, and so was the next answer's first sentence
    hit, = quotes(query)
    assert hit["speakers"] == [speaker]


@pytest.mark.parametrize("query, speaker", [("единого народа", "К.К. Токаев"), ("слушает тех", "Г. Ким"),
                                            ("Двери акимата", "Н. Сейтов")])
def test_a_third_person_quoted_in_an_answer_keeps_his_words(quotes, query, speaker):
    hit, = quotes(query)
    assert hit["speakers"] == [speaker]


@pytest.mark.parametrize("query, after", [("чувствую себя дома", "историй у нас десятки"),
                                          ("Армяне здесь свои", "гордимся такой оценкой")])
def test_words_an_answer_reports_someone_unnamed_said_are_nobody_s(quotes, query, after):
    # before: the neighbour's and the old men's words were cited as the interviewee's
    hit, = quotes(query)
    assert hit["speakers"] == []
    rest, = quotes(after)
    assert rest["speakers"] == ["А. Манукян"]


def test_the_interviewee_quoting_himself_keeps_his_words(quotes):
    hit, = quotes("язык предков")
    assert hit["speakers"] == ["А. Манукян"]
