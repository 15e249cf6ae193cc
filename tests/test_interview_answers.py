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
    # labelled answers quoting a third person: at the answer's start, in its own paragraph, under the answerer's name
    "otvet.txt": ["Интервью с председателем Совета общественного согласия Маратом Сейтовым", "Кокшетау, 9 сентября 2022 г.",
                  "Вопрос: Марат Бекович, что главное в вашей работе?",
                  "Ответ: Глава государства Касым-Жомарт Токаев подчеркнул: «Единство – основа нашей независимости». "
                  "Поэтому мы работаем в каждом селе.",
                  "Вопрос: Кто вам помогает?",
                  "Ответ: Волонтеры и соседи.",
                  "Аким области Ермек Маржикпаев сказал нам: «Мы всегда поддержим ваши идеи».",
                  "Поэтому наши медиаторы выезжают в самые дальние аулы.",
                  "Беседовал Нуржан Бекенов"],
    "name_label.txt": ["Интервью с председателем Уйгурского этнокультурного центра Шамилем Юсуповым",
                       "Алматы, 24 октября 2018 г.",
                       "Корр.: Шамиль Абдуллаевич, кто помогает вам в подготовке?",
                       "Ш. Юсупов: Помогает акимат района. Аким района Нурлан Бекенов сказал нам на встрече: «Ассамблея "
                       "у нас всегда желанный гость». И это не пустые слова.",
                       "Беседовала Айгуль Сапарова"],
    # a dash answer opening with the quote
    "dash_first.txt": ["Интервью с председателем Корейского центра Виктором Паком", "Костанай, 16 мая 2019 г.",
                       "— Виктор Николаевич, с чего начинается ваша работа?",
                       "— Глава государства на сессии подчеркнул: «Язык – ключ к согласию». Поэтому мы открыли "
                       "курсы в каждом районе."],
    # answers opening with what someone unnamed said: after a dash, and after the answer's label
    "unnamed_first.txt": ["Интервью с председателем Совета матерей Алией Бекеевой", "Талдыкорган, 3 июля 2021 г.",
                          "– Алия Маратовна, что главное для Совета матерей?",
                          "– «Семья – основа государства», – сказал Президент. Мы с этим полностью согласны.",
                          "– А что говорили дома?",
                          "– «Мы все здесь одна семья», – говорила моя мать. Я это помню всю жизнь.",
                          "Беседовал Иван Петров."],
    "unnamed_labelled.txt": ["Интервью с председателем Совета ветеранов Виктором Козловым",
                             "Петропавловск, 4 июля 2021 г.",
                             "Вопрос: Виктор Иванович, что для вас дружба народов?",
                             "Ответ: «Дружба – наше богатство», – говорили нам старики. Мы это запомнили.",
                             "Вопрос: А соседи?",
                             "В. Козлов: «Двери всегда открыты», – сказала соседка. Так и живем.",
                             "Беседовал Иван Петров."],
    # a surname in -ск in the instrumental after «с»: Каск, no adjective's «Каский»
    "kask.txt": ["Интервью с председателем Эстонского общества Тоомасом Каском", "Костанай, 7 июня 2023 г.",
                 "– Тоомас Антсович, как вы сохраняете язык?", "– Проводим праздник Юханнус каждое лето."],
    # a Kazakh answer: the interviewee's sentence after what the First President said
    "kk.txt": ["Жансейіт Түймебаев: «Бірлік – біздің басты байлығымыз»", "Нұр-Сұлтан, 2020 жылғы 14 ақпан",
               "Қазақстан халқы Ассамблеясы төрағасының орынбасары Жансейіт Түймебаевпен сұхбат.",
               "Тілші: Мемлекеттік тілді үйрену ісінде Ассамблея қандай жұмыс атқарып жатыр?",
               "– Этномәдени бірлестіктер жанынан тіл үйрету курстары ашылды. Елбасы кезінде: «Қазақ тілі – "
               "барлық қазақстандықтарды біріктіретін тіл», – деп айтқан болатын. Біз осы қағиданы басшылыққа аламыз.",
               "Сұхбаттасқан Айгүл Сапарова."],
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


# questions in italics, as many news sites set them
ITALIC_INTERVIEW = """<!DOCTYPE html><html lang="ru"><head><meta charset="utf-8">
<title>Интервью с председателем Татарского центра Розой Хабибуллиной</title></head><body>
<h1>Интервью с председателем Татарского центра Розой Хабибуллиной</h1><p>26.01.2016</p>
<p><em>Роза Габдулловна, какие традиции сохраняются?</em></p>
<p>Мы отмечаем Сабантуй и проводим вечера татарской поэзии.</p>
<p><i>Как вы оцениваете роль Ассамблеи?</i></p>
<p>Ассамблея дала нам возможность показать культуру всей стране.</p>
<p>Беседовал Руслан Ибрагимов</p>
</body></html>"""


@pytest.fixture(scope="module")
def quotes(tmp_path_factory):
    root = tmp_path_factory.mktemp("interview-answers")
    docs, index = root / "docs", root / "index"
    write_documents(docs, DOCUMENTS | {"bold.html": BOLD_INTERVIEW, "italic.html": ITALIC_INTERVIEW})
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


@pytest.mark.parametrize("query, speaker", [
    ("основа нашей независимости", "К.К. Токаев"),  # «Ответ:» opening with the Head of State's words
    ("поддержим ваши идеи", "Е. Маржикпаев"),  # ... in a paragraph of its own under «Ответ:»
    ("всегда желанный гость", "Н. Бекенов"),  # ... in an answer under the answerer's name
    ("ключ к согласию", "К.К. Токаев"),  # a dash answer opening with the quote
    ("біріктіретін тіл", "Н.А. Назарбаев"),  # a Kazakh answer
])
def test_a_third_person_quoted_in_a_labelled_or_opening_quote_keeps_his_words(quotes, query, speaker):
    # before: a labelled answer was all the interviewee's, the President's and the akims' words too
    hit, = quotes(query)
    assert hit["speakers"] == [speaker]
    assert "Ответ:" not in hit["text"]


@pytest.mark.parametrize("query, speaker", [
    ("работаем в каждом селе", "М. Сейтов"), ("дальние аулы", "М. Сейтов"), ("не пустые слова", "Ш. Юсупов"),
    ("Помогает акимат района", "Ш. Юсупов"),
    ("курсы в каждом районе", "В. Пак"),  # before: nobody's, after an answer opening with a quote
    ("қағиданы басшылыққа", "Ж. Түймебаев"),  # before: Назарбаев's, with his quote
])
def test_the_answer_s_own_sentences_after_such_a_quote_stay_the_interviewee_s(quotes, query, speaker):
    hit, = quotes(query)
    assert hit["speakers"] == [speaker]


@pytest.mark.parametrize("query", ["Сабантуй", "показать культуру"])
def test_answers_under_questions_in_italics_are_the_interviewee_s(quotes, query):
    # before: every passage of the page was nobody's, though the facet listed her
    hit, = quotes(query)
    assert hit["speakers"] == ["Р. Хабибуллина"]


@pytest.mark.parametrize("query, own", [("основа государства", "полностью согласны"),
                                        ("одна семья", "помню всю жизнь"),
                                        ("наше богатство", "Мы это запомнили"), ("Двери всегда открыты", "Так и живем")])
def test_an_answer_opening_with_someone_unnamed_s_quote_leaves_no_bare_dash_or_label(quotes, query, own):
    # before: the answer's dash («–») or label («Ответ:») alone was a quote of the interviewee's
    hit, = quotes(f'"{query}"')
    assert hit["speakers"] == []
    rest, = quotes(f'"{own}"')
    speaker = rest["speakers"]
    assert speaker in (["А. Бекеева"], ["В. Козлов"])
    surname = speaker[0].split()[-1]
    for quote in quotes(f"speaker:{surname}"):
        assert any(ch.isalpha() for ch in quote["text"].replace("Ответ:", "").replace("В. Козлов:", "")), quote["text"]


def test_an_interviewee_s_surname_in_sk_is_read_in_the_case_of_his_given_name(quotes):
    # before: «Тоомасом Каском» was read as the locative of an adjective, «Т. Каский»
    hit, = quotes("Юханнус")
    assert hit["speakers"] == ["Т. Каск"]
