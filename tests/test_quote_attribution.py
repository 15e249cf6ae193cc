"""Whose words a quote is, as a journalist cites it (/api/quotes, what the quotes tab and the CSV
give): a quote with an attribution of its own is never the previous paragraph's speaker's, and
words a speaker quotes from someone else are not his. A wrong speaker is worse than none."""
from __future__ import annotations

import pytest

from quote_api import quotes_of

LEAD = "Костанай, {n} июля 2024 года. В областном Доме дружбы прошло совещание с активом этнокультурных объединений."
GUSEINOV = "«Наша сила — в многообразии», — заявил председатель центра О. Гусейнов."
# each one follows Гусейнов's paragraph in a document of its own
OWN_ATTRIBUTIONS = {
    "about": "«Строительство нового Дома дружбы начнется летом». Об этом сообщил аким области Е. Булекпаев.",
    "resolution": "«Решения форума обязательны для всех центров», — говорится в резолюции форума.",
    "agency": "«Форум собрал триста делегатов», — передает корреспондент Kazinform.",
    "role": "«Дороги отремонтируют к осени», — сказал журналистам аким.",
    "kazakh": "«Тіл – достықтың көпірі», – деді Ассамблея төрағасының орынбасары Ерлан Қарин.",
    "english": "“Kazakhstan is a model of interethnic harmony,” said UN representative John Smith.",
}
QUOTING = {
    "abai": "Выступая перед участниками, Т. Ибрагимов напомнил слова Абая: «Адам бол!»",
    "president": "Т. Ибрагимов процитировал Первого Президента Н.А. Назарбаева: «Мир и согласие — наше общее достояние».",
    "before": "«Сильный Президент — влиятельный Парламент — подотчетное Правительство», — процитировал Главу "
              "государства Т. Ибрагимов. Он добавил, что молодежи нужна ясная цель.",
}

DASHED = {
    "akim": "— Новый Дом дружбы откроется летом, — сказал аким области Е. Булекпаев.",
    "answer": "— Мы будем поддерживать каждый центр! — пояснила журналистам Г. Ахметова.",
    # split by the attribution: a full stop after it, or a comma
    "split": "— Лекторий примет слушателей осенью, — сказал аким области Е. Булекпаев. — Ремонт здания идет "
             "полным ходом.",
    "split-comma": "— Добровольцев стало втрое больше, — сказала Г. Ахметова, — и все они работают бесплатно.",
    "split-then-narration": "— Музей откроется весной, — сказал аким области Е. Булекпаев. — Экспозиция уже "
                            "собрана. Он также отметил, что на ремонт школ выделено два миллиарда тенге.",
    "quoted-split": "«Библиотека откроется в июне, — сказал аким области Е. Булекпаев, — и будет работать без "
                    "выходных».",
}

QUOTED_POSTS = {
    "centre": "«В регионе работают 30 объединений», — отметила директор центра «Қоғамдық келісім» Л. Иванова.",
    "paper": "«Нам нужен новый лекторий», — рассказала корреспонденту «Казахстанской правды» Л. Иванова.",
    "community": "«Славянские праздники пройдут в сентябре», — отметил председатель ОО «Русская община» В. Петров.",
    "according": "По словам директора центра «Қоғамдық келісім» Л. Ивановой, волонтеров стало вдвое больше.",
}

# a phrase of setting between the name and its speech verb
SETTING = "Аким области Е. Булекпаев на заседании штаба заявил, что ремонт дорог завершится в августе."

# a Russian paragraph in a page classified English (an English title, lead and quotes around it)
IN_ENGLISH_PAGE = ["Forum in Kostanay", "Kostanay, 12 July 2024. The regional Friendship House hosted a forum of the "
                   "ethnocultural associations.",
                   "«Наш центр открыт для всех этносов», — заявил председатель центра О. Гусейнов.",
                   "“Kazakhstan sets an example for the region,” said UN representative John Smith.",
                   "“We admire Kazakhstan,” said John Smith."]

# interviews, whole documents: the answerer is the one person the title names, or nobody
INTERVIEWS = {
    "dashes": ["Интервью с Д. Серикбаевым: «Язык объединяет»", "1 июня 2021 года",
               "Корреспондент газеты побеседовал с председателем Ассоциации тюркских народов Д. Серикбаевым.",
               "— Даурен Кенжебекович, как вы оцениваете работу Ассамблеи за тридцать лет?",
               "— Я считаю, что Ассамблея стала уникальной моделью общественного согласия."],
    "answers": ["Ответы председателя молодежного крыла Р. Нургалиева на вопросы читателей", "10 сентября 2020 года",
                "Вопрос: Какие задачи стоят перед молодежным крылом Ассамблеи?",
                "Ответ: Главная задача — сохранить мир между поколениями волонтеров."],
    "nobody-named": ["Вопросы и ответы о музее", "12 сентября 2020 года",
                     "Вопрос: Когда откроется музей?",
                     "Ответ: Музей примет посетителей после ремонта фасада."],
    # the tester's (a name of no other document): the answers his, the questions after them the
    # interviewer's, «?» or not
    "requests": ["Марат Жумабеков: «Ассамблея открыта для каждого молодого человека»", "Алматы, 9 ноября 2021 г.",
                 "Заместитель Председателя Ассамблеи Марат Жумабеков ответил на вопросы «Казахстанской правды».",
                 "– Марат Ерланович, расскажите о работе с молодежью.",
                 "– За год в молодежные проекты вовлечено более двенадцати тысяч человек.",
                 "– Многие считают, что Ассамблея для молодежи – пережиток прошлого. Что вы на это ответите?",
                 "– Я с этим не согласен. Цифры говорят сами за себя."],
    # the retester's: a request, a premise and thanks with no «?», and an answer that opens with a
    # rhetorical question; the dash turns alternate
    "statements": ["Нурлан Сейткалиев: «Родные языки – наше богатство»", "Алматы, 9 ноября 2021 г.",
                   "Председатель совета Ассамблеи Нурлан Сейткалиев ответил на вопросы «Казахстанской правды».",
                   "— Нурлан Бекович, как развиваются воскресные школы?",
                   "— В стране работают более двухсот воскресных школ родных языков.",
                   "— Расскажите о планах на следующий год.",
                   "— Мы откроем еще тридцать школ в селах.",
                   "— Говорят, что родные языки никому не нужны и дети их не учат.",
                   "— А разве дети не хотят учить язык своих бабушек? Хотят, и очереди в школы это доказывают.",
                   "— Спасибо за интервью."],
    # the dialogue's dash typed as a hyphen-minus
    "hyphens": ["Интервью с Б. Омаровой: «Семья – школа толерантности»", "3 декабря 2021 года",
                "Корреспондент побеседовал с членом Совета матерей Б. Омаровой.",
                "- Бахыт Нурлановна, с чего начинается толерантность?",
                "- С семьи. Дети повторяют то, что видят дома."],
    "one-label": ["Интервью с Р. Нургалиевым", "11 сентября 2020 года",
                  "Корреспондент: Что главное для волонтеров?",
                  "Р. Нургалиев: Главное для волонтеров — помогать ветеранам каждый день."],
}


# a speech: its title and date line («… г.», the abbreviation's full stop) are the publisher's
SPEECH = ["Выступление Главы государства К.К. Токаева на XXXI сессии Ассамблеи народа Казахстана",
          "Нур-Султан, 29 апреля 2022 г.", "Уважаемые участники сессии!",
          "Язык – это душа народа. Мы должны бережно относиться ко всем языкам."]


# ... and with the venue after the city, as akorda.kz dates a speech
VENUE_DATE_LINES = ["Астана, Акорда, 12 мая 2022 г.", "Нур-Султан, Дворец мира и согласия, 13 мая 2022 г."]


def _document(n: int, paragraphs: list[str]) -> str:
    return "\n\n".join([f"Совещание {n}", LEAD.format(n=n), *paragraphs]) + "\n"


@pytest.fixture(scope="module")
def quotes(tmp_path_factory):
    root = tmp_path_factory.mktemp("quote-attribution")
    docs, index = root / "docs", root / "index"
    docs.mkdir()
    n = 0
    for name, para in OWN_ATTRIBUTIONS.items():
        n += 1
        (docs / f"own-{name}.txt").write_text(_document(n, [GUSEINOV, para]), encoding="utf-8")
    for name, para in QUOTING.items():
        n += 1
        (docs / f"quoting-{name}.txt").write_text(_document(n, [para]), encoding="utf-8")
    for name, para in DASHED.items():
        n += 1
        (docs / f"dashed-{name}.txt").write_text(_document(n, [para]), encoding="utf-8")
    for name, para in QUOTED_POSTS.items():
        n += 1
        (docs / f"post-{name}.txt").write_text(_document(n, [para]), encoding="utf-8")
    for name, paragraphs in INTERVIEWS.items():
        (docs / f"interview-{name}.txt").write_text("\n\n".join(paragraphs) + "\n", encoding="utf-8")
    (docs / "speech.txt").write_text("\n\n".join(SPEECH) + "\n", encoding="utf-8")
    (docs / "setting.txt").write_text(_document(n + 1, [SETTING]), encoding="utf-8")
    for k, line in enumerate(VENUE_DATE_LINES):
        speech = [SPEECH[0], line, SPEECH[2], f"Единство – наша главная ценность номер {k + 1}."]
        (docs / f"speech-venue-{k}.txt").write_text("\n\n".join(speech) + "\n", encoding="utf-8")
    (docs / "english-page.txt").write_text("\n\n".join(IN_ENGLISH_PAGE) + "\n", encoding="utf-8")
    with quotes_of(docs, index) as find:
        yield find


@pytest.mark.parametrize("query", ["Решения форума обязательны", "триста делегатов", "Дороги отремонтируют",
                                   "interethnic harmony"])
def test_a_quote_attributed_to_someone_else_is_not_the_previous_speaker_s(quotes, query):
    # before: each was cited «…» — О. Гусейнов, the speaker of the paragraph before
    hit, = quotes(query)
    assert hit["speakers"] == [] and "Гусейнов" not in hit["citation"]


def test_a_quote_pointed_back_at_by_its_speaker_is_his(quotes):
    # before: «Строительство нового Дома дружбы начнется летом» — О. Гусейнов
    hit, = quotes("Строительство Дома дружбы")
    assert hit["speakers"] == ["Е. Булекпаев"] and hit["speech"] == "direct"
    assert hit["citation"].startswith("«Строительство нового Дома дружбы начнется летом» — Е. Булекпаев;")


def test_the_previous_speaker_keeps_his_own_quote(quotes):
    hits = quotes("многообразии")
    # one quote of his in every document: shown once, with the others as its copies (index.same_text)
    assert len(hits) == 1 and len(hits[0]["copies"]) == len(OWN_ATTRIBUTIONS) - 1
    assert all(h["citation"].startswith("«Наша сила — в многообразии» — О. Гусейнов;") for h in hits)


@pytest.mark.parametrize("query", ["Адам бол", "общее достояние", "подотчетное Правительство"])
def test_words_a_speaker_quotes_from_someone_else_are_not_his(quotes, query):
    # before: «Адам бол!» — Т. Ибрагимов (speech=direct), and so for Назарбаев's and Токаев's words
    hits = [h for h in quotes(query) if "Ибрагимов" in h["citation"] and h["speech"] == "direct"]
    assert hits == []
    assert all("Ибрагимов" not in h["speakers"] for h in quotes(query) if h["text"].startswith("«"))


def test_what_the_quoting_speaker_says_himself_stays_his(quotes):
    hit, = quotes("ясная цель")
    assert hit["speakers"] == ["Т. Ибрагимов"]


@pytest.mark.parametrize("query, cited", [
    ("Дом дружбы откроется", "«Новый Дом дружбы откроется летом» — Е. Булекпаев;"),
    ("поддерживать каждый центр", "«Мы будем поддерживать каждый центр!» — Г. Ахметова;")])
def test_direct_speech_set_off_with_dashes_is_cited_as_direct(quotes, query, cited):
    # before: «Пересказ: — Новый Дом дружбы откроется летом, — сказал аким области Е. Булекпаев. (…)»,
    # speech=reported
    hit, = quotes(query)
    assert hit["speech"] == "direct" and hit["citation"].startswith(cited)


@pytest.mark.parametrize("query, speaker, cited", [
    ("полным ходом", "Е. Булекпаев", "«Лекторий примет слушателей осенью, […] Ремонт здания идет полным ходом.» — Е. Булекпаев;"),
    ("слушателей", "Е. Булекпаев", "«Лекторий примет слушателей осенью, […] Ремонт здания идет полным ходом.» — Е. Булекпаев;"),
    ("работают бесплатно", "Г. Ахметова", "«Добровольцев стало втрое больше, […] и все они работают бесплатно.» — Г. Ахметова;"),
    ("экспозиция собрана", "Е. Булекпаев", "«Музей откроется весной, […] Экспозиция уже собрана.» — Е. Булекпаев;"),
    ("без выходных", "Е. Булекпаев", "«Библиотека откроется в июне, […] и будет работать без выходных» — Е. Булекпаев;")])
def test_direct_speech_split_by_its_attribution_is_the_speaker_s_on_both_sides(quotes, query, speaker, cited):
    # before: «Пересказ: — Лекторий примет слушателей осенью, — сказал аким области Е. Булекпаев. — Ремонт
    # здания идет полным ходом. (Е. Булекпаев; …)», speech=reported: the words after the attribution
    # were read as the reporter's
    hit, = quotes(query)
    assert hit["speakers"] == [speaker] and hit["speech"] == "direct" and hit["citation"].startswith(cited)


def test_the_reporter_s_words_after_a_split_direct_speech_stay_a_retelling(quotes):
    hit, = quotes("ремонт школ")
    assert hit["speech"] == "reported" and hit["citation"].startswith("Пересказ: ")


@pytest.mark.parametrize("query, speaker, cited", [
    ("30 объединений", "Л. Иванова", "«В регионе работают 30 объединений» — Л. Иванова;"),
    ("новый лекторий", "Л. Иванова", "«Нам нужен новый лекторий» — Л. Иванова;"),
    ("Славянские праздники", "В. Петров", "«Славянские праздники пройдут в сентябре» — В. Петров;"),
    ("волонтеров вдвое", "Л. Иванова", "Пересказ: По словам директора центра")])
def test_an_organisation_in_quotes_between_the_verb_and_the_name_keeps_the_speaker(quotes, query, speaker, cited):
    # before: speakers=[] and the citation unsigned when a «…» name (ОО «Русская община», центр
    # «Қоғамдық келісім», «Казахстанской правды») stood between the speech verb and the speaker
    hit, = quotes(query)
    assert hit["speakers"] == [speaker] and hit["citation"].startswith(cited)


def test_a_kazakh_attribution_with_a_kazakh_post_in_a_russian_report_names_the_speaker(quotes):
    # before: speakers=[] («– деді Ассамблея төрағасының орынбасары Ерлан Қарин.» was not read in a
    # Russian report), and after another speaker's paragraph the quote was his
    hit, = quotes("достықтың көпірі")
    assert hit["speakers"] == ["Е. Қарин"]
    assert hit["citation"].startswith("«Тіл – достықтың көпірі» — Е. Қарин;")


def test_a_russian_attribution_in_a_page_classified_english_names_the_speaker(quotes):
    # before: speakers=[] and «„Наш центр открыт для всех этносов“, — заявил председатель центра
    # О. Гусейнов.» cited whole: an English document read no Russian name or speech verb
    hit, = quotes("открыт для всех этносов")
    assert hit["speakers"] == ["О. Гусейнов"] and hit["speech"] == "direct"
    assert hit["citation"].startswith("«Наш центр открыт для всех этносов» — О. Гусейнов;")
    english, = quotes("We admire Kazakhstan")
    assert english["speakers"] == ["J. Smith"]


@pytest.mark.parametrize("query, speakers, cited", [
    ("уникальной моделью", ["Д. Серикбаев"], "«Я считаю, что Ассамблея стала уникальной моделью общественного согласия.» — Д. Серикбаев;"),
    ("мир между поколениями", ["Р. Нургалиев"], "«Главная задача — сохранить мир между поколениями волонтеров.» — Р. Нургалиев;"),
    ("ремонта фасада", [], "«Музей примет посетителей после ремонта фасада.»;"),
    ("помогать ветеранам", ["Р. Нургалиев"], "«Главное для волонтеров — помогать ветеранам каждый день.» — Р. Нургалиев;")])
def test_an_interview_answer_is_the_interviewee_s_without_its_label_or_dash(quotes, query, speakers, cited):
    # before: speakers=[] and cited «— Я считаю, …», «Ответ: Главная задача …», «Р. Нургалиев: Главное …»:
    # the answerer the title names was nobody, the answer's dash or label stayed in the quote
    hit, = quotes(query)
    assert hit["speakers"] == speakers and hit["citation"].startswith(cited)


@pytest.mark.parametrize("query", ["работе с молодежью", "пережиток прошлого"])
def test_an_interviewer_s_request_or_question_after_an_answer_is_nobody_s(quotes, query):
    # before: «Марат Ерланович, расскажите о работе с молодежью.» — М. Жумабеков, and the journalist's
    # premise «…пережиток прошлого. Что вы на это ответите?» cited as his words
    hit, = quotes(query)
    assert hit["speakers"] == [] and "— М. Жумабеков" not in hit["citation"]
    answer, = quotes("Цифры говорят сами за себя")
    assert answer["speakers"] == ["М. Жумабеков"]


@pytest.mark.parametrize("query", ["планах на следующий год", "никому не нужны", "Спасибо за интервью"])
def test_an_interviewer_s_statement_after_an_answer_is_nobody_s_and_the_next_answer_is_the_interviewee_s(quotes, query):
    # before: «Расскажите о планах…», «Говорят, что…» and «Спасибо за интервью.» — Н. Сейткалиев, and
    # his answer «А разве дети не хотят…? Хотят, …» nobody's: only a «?» told a question
    hit, = quotes(query)
    assert hit["speakers"] == [] and "— Н. Сейткалиев" not in hit["citation"]
    answer, = quotes("очереди в школы")
    assert answer["speakers"] == ["Н. Сейткалиев"]
    assert answer["citation"].startswith("«А разве дети не хотят")


@pytest.mark.parametrize(("query", "cited"), [("работе с молодежью", "«Марат Ерланович, расскажите"),
                                             ("пережиток прошлого", "«Многие считают")])
def test_a_question_nobody_answers_is_cited_without_its_dialogue_dash(quotes, query, cited):
    # before: «– Марат Ерланович, расскажите о работе с молодежью.»: an answer lost its dash, a question kept it
    hit, = quotes(query)
    assert hit["citation"].startswith(cited)


def test_a_speech_s_date_line_ending_in_an_abbreviation_is_not_its_author_s_quote(quotes):
    # before: «Нур-Султан, 29 апреля 2022 г.» — К.К. Токаев
    hits = [h for h in quotes("Нур-Султан") if "29 апреля" in h["text"]]
    assert hits and all(h["speakers"] == [] for h in hits)
    body, = quotes("душа народа")
    assert body["speakers"] == ["К.К. Токаев"]


def test_a_phrase_of_setting_before_the_speech_verb_keeps_the_speaker(quotes):
    # before: «… на заседании штаба заявил, что …» was nobody's, and speaker:Булекпаев missed it
    hit, = quotes("ремонт дорог завершится")
    assert hit["speakers"] == ["Е. Булекпаев"]
    assert [h["text"] for h in quotes("speaker:Булекпаев ремонт дорог")] == [hit["text"]]


@pytest.mark.parametrize("query", ["Акорда", "Дворец мира"])
def test_a_speech_s_date_line_with_its_venue_is_not_its_author_s_quote(quotes, query):
    # before: «Астана, Акорда, 12 мая 2022 г.» — К.К. Токаев
    hit, = quotes(query)
    assert hit["speakers"] == []
    assert [h["speakers"] for h in quotes("главная ценность")] == [["К.К. Токаев"]] * 2


@pytest.mark.parametrize(("query", "speakers", "cited"), [
    ("Дети повторяют", ["Б. Омарова"], "«С семьи. Дети повторяют то, что видят дома.» — Б. Омарова;"),
    ("начинается толерантность", [], "«Бахыт Нурлановна, с чего начинается толерантность?»;")])
def test_a_dialogue_typed_with_hyphens_is_cited_without_its_hyphen(quotes, query, speakers, cited):
    # before: «- С семьи. Дети повторяют …» — the dash stayed in the quote when typed as «- »
    hit, = quotes(query)
    assert hit["speakers"] == speakers and hit["citation"].startswith(cited)


AS_SAID = {
    "as": "Как отметил заместитель Председателя Ассамблеи Е.Т. Тугжанов, «единство народа – главное богатство "
          "нашей страны».",
    "words": "По словам председателя ОО «Русская община» В. Петрова, «праздник объединил всех жителей города».",
    "her": "По словам руководителя крыла Д.К. Ёлкиной, «дружба начинается со школьной парты».",
    "hers": "По словам С.К. Ахметовой, «каждый ребёнок должен знать государственный язык».",
}


def _one_paragraph_each(tmp_path_factory, kind: str, paragraphs: dict[str, str]):
    """A document of each paragraph (after a title and a lead), ingested: what finds their quotes."""
    root = tmp_path_factory.mktemp(kind)
    docs, index = root / "docs", root / "index"
    docs.mkdir()
    for n, (name, para) in enumerate(paragraphs.items(), 1):
        (docs / f"{kind}-{name}.txt").write_text(_document(n, [para]), encoding="utf-8")
    with quotes_of(docs, index) as find:
        yield find


@pytest.fixture(scope="module")
def as_said(tmp_path_factory):
    yield from _one_paragraph_each(tmp_path_factory, "as-said", AS_SAID)


@pytest.mark.parametrize("query, speaker, cited", [
    ("главное богатство", "Е.Т. Тугжанов", "«единство народа – главное богатство нашей страны» — Е.Т. Тугжанов;"),
    ("жителей города", "В. Петров", "«праздник объединил всех жителей города» — В. Петров;"),
    # a woman's surname in the genitive is no word made of her name: «Ёлкиной» was cited «Пересказ:»
    ("школьной парты", "Д.К. Ёлкина", "«дружба начинается со школьной парты» — Д.К. Ёлкина;"),
    ("государственный язык", "С.К. Ахметова", "«каждый ребёнок должен знать государственный язык» — С.К. Ахметова;")])
def test_a_quote_opened_by_its_attribution_and_a_comma_is_direct(as_said, query, speaker, cited):
    # before: «Пересказ: Как отметил … Е.Т. Тугжанов, «единство народа – …».»: «Как отметил X, «…».» and
    # «По словам X, «…».» are his words, with a comma where «X отметил: «…»» has a colon
    hit, = as_said(query)
    assert hit["speakers"] == [speaker] and hit["speech"] == "direct" and hit["citation"].startswith(cited)


# an organisation's official name nesting another in quotes («…«…»», «…„…“», ««…» …») between the
# attribution's verb and the speaker, or before the name and the verb
NESTED_NAMES = {
    "tatar": "«Мы выпустили сборник татарских сказок», — рассказала председатель ОО «Татаро-башкирский культурный "
             "центр «Дуслык»» Р.Г. Хабибуллина.",
    "german": "«Мы открыли воскресную школу немецкого языка для взрослых», — отметил председатель ОО «Немецкий "
              "национальный центр «Возрождение»» А.Ф. Шмидт.",
    "low-high": "«Курсы немецкого языка посещают сто двадцать человек», — сообщила председатель ОО «Немецкий "
                "национальный центр „Возрождение“» Е.В. Вагнер.",
    "before": "Председатель ОО «Немецкий национальный центр «Возрождение»» Е.В. Вагнер сказала: «Приглашаем всех на "
              "праздник урожая».",
    "kazakh": "«Неміс тілін үйренуге ниет білдірушілер көп», – деп атап өтті ««Возрождение» неміс ұлттық орталығы» "
              "қоғамдық бірлестігінің төрағасы А.Ф. Шмидт.",
}


@pytest.fixture(scope="module")
def nested_names(tmp_path_factory):
    yield from _one_paragraph_each(tmp_path_factory, "nested", NESTED_NAMES)


@pytest.mark.parametrize("query, speaker, cited", [
    ("татарских сказок", "Р.Г. Хабибуллина", "«Мы выпустили сборник татарских сказок» — Р.Г. Хабибуллина;"),
    ("воскресную школу", "А.Ф. Шмидт", "«Мы открыли воскресную школу немецкого языка для взрослых» — А.Ф. Шмидт;"),
    ("сто двадцать человек", "Е.В. Вагнер", "«Курсы немецкого языка посещают сто двадцать человек» — Е.В. Вагнер;"),
    ("праздник урожая", "Е.В. Вагнер", "«Приглашаем всех на праздник урожая» — Е.В. Вагнер;"),
    ("Неміс тілін", "А.Ф. Шмидт", "«Неміс тілін үйренуге ниет білдірушілер көп» — А.Ф. Шмидт;")])
def test_an_organisation_nesting_quotes_in_its_name_keeps_the_speaker_and_the_direct_quote(nested_names, query,
                                                                                          speaker, cited):
    # before: speakers=[] and the paragraph, attribution included, cited as nobody's quote; with the name
    # before the speaker («Председатель ОО «…«Возрождение»» Е.В. Вагнер сказала: «…»») and in Kazakh,
    # «Пересказ: …» with the raw paragraph
    hit, = nested_names(query)
    assert hit["speakers"] == [speaker] and hit["speech"] == "direct" and hit["citation"].startswith(cited)


@pytest.mark.parametrize("speaker, count", [("Вагнер", 2), ("Шмидт", 2)])
def test_the_leader_of_an_organisation_nesting_quotes_in_its_name_is_found_by_speaker(nested_names, speaker, count):
    assert len(nested_names(f"speaker:{speaker}")) == count


# an organisation's name in „…“ (Word's and Kazakh texts' marks), English “…” or straight "…" (cp1251
# texts, web copies), read as the same name in «» is: its words name nobody, the speaker after it keeps his words
OTHER_MARKS = {
    "straight": "«Татарский центр открыл кружок вышивки», — сказал председатель ОО \"Татарский центр\" А.А. Ахметов.",
    "straight-nesting": "\"Хор центра выступил в Павлодаре\", - сказал председатель ОО \"Немецкий национальный центр "
                        "\"Возрождение\"\" Г.Г. Майер.",
    "low-high": "«Издательство готовит антологию», — сообщил директор ТОО „Жибек Жолы“ К.К. Омаров.",
    "curly": "«Спасибо спонсорам», — сказал директор ТОО “Ерлан Строй” А.В. Ли.",
    "curly-nesting": "«Издательство наградило авторов», — сообщил директор ТОО “Издательство „Жибек Жолы“” С.С. Сериков.",
    "sponsors": "Фестиваль поддержали ТОО „Ерлан Строй“, ОФ „Аделя Султан“, ТОО “Жибек Жолы” и ОО \"Марат Оспанов\". "
                "Фестиваль открыл Е.К. Абдрахманов.",
}


@pytest.fixture(scope="module")
def other_marks(tmp_path_factory):
    yield from _one_paragraph_each(tmp_path_factory, "other-marks", OTHER_MARKS)


@pytest.mark.parametrize("query, speaker, cited", [
    ("кружок вышивки", "А.А. Ахметов", "«Татарский центр открыл кружок вышивки» — А.А. Ахметов;"),
    ("Хор центра", "Г.Г. Майер", "«Хор центра выступил в Павлодаре» — Г.Г. Майер;"),
    ("готовит антологию", "К.К. Омаров", "«Издательство готовит антологию» — К.К. Омаров;"),
    ("спонсорам", "А.В. Ли", "«Спасибо спонсорам» — А.В. Ли;"),
    ("наградило авторов", "С.С. Сериков", "«Издательство наградило авторов» — С.С. Сериков;")])
def test_an_organisation_named_in_other_quotation_marks_keeps_the_speaker_and_the_direct_quote(other_marks, query,
                                                                                               speaker, cited):
    # before: no speaker for the straight marks (the paragraph cited whole as nobody's), and «Ж. Жолы»,
    # «Е. Строй» (the company) credited with the words after „…“
    hit, = other_marks(query)
    assert hit["speakers"] == [speaker] and hit["speech"] == "direct" and hit["citation"].startswith(cited)


@pytest.mark.parametrize("surname", ["Строй", "Адель", "Жолы", "Оспанов"])
def test_an_organisation_named_in_other_quotation_marks_names_no_person(other_marks, surname):
    # before: Е. Строй, С. Адель and Ж. Жолы among the persons, from „Ерлан Строй“, „Аделя Султан“, „Жибек Жолы“
    assert other_marks(f"person:{surname}") == []


# a woman speaking after her organisation's name in „…“ or "…" (the outer quote either mark): her
# feminine surname and her words are kept, as after «…»
WOMEN_AFTER_MARKS = {
    "straight": "\"Хор выступил в Балхаше\", - сказала председатель ОО \"Татарский центр\" Б.Б. Галиева.",
    "low-high": "„Конкурс песни прошел“, — отметила председатель ОО „Татарский центр“ Е.Е. Валиева.",
    "mixed": "«Выставка вышивки открылась», - отметила председатель ОО \"Татарский центр\" Д.Д. Хасанова.",
    "company": "\"Курсы открыты для всех\", - отметила директор ТОО \"Марат Оспанов\" Л.К. Жанибекова.",
}


@pytest.fixture(scope="module")
def women_after_marks(tmp_path_factory):
    yield from _one_paragraph_each(tmp_path_factory, "women-after-marks", WOMEN_AFTER_MARKS)


@pytest.mark.parametrize("query, speaker, cited", [
    ("Хор выступил", "Б.Б. Галиева", "«Хор выступил в Балхаше» — Б.Б. Галиева;"),
    ("Конкурс песни", "Е.Е. Валиева", "«Конкурс песни прошел» — Е.Е. Валиева;"),
    ("Выставка вышивки", "Д.Д. Хасанова", "«Выставка вышивки открылась» — Д.Д. Хасанова;"),
    ("Курсы открыты", "Л.К. Жанибекова", "«Курсы открыты для всех» — Л.К. Жанибекова;")])
def test_a_woman_after_her_organisations_name_in_other_quotation_marks_keeps_her_words(women_after_marks, query,
                                                                                       speaker, cited):
    # before: no speaker, the paragraph cited whole as nobody's, and the person facet «Б.Б. Галиев»
    hit, = women_after_marks(query)
    assert hit["speakers"] == [speaker] and hit["speech"] == "direct" and hit["citation"].startswith(cited)


@pytest.mark.parametrize("surname", ["Галиева", "Валиева", "Хасанова", "Жанибекова"])
def test_a_woman_after_her_organisations_name_in_other_quotation_marks_keeps_her_surname(women_after_marks, surname):
    assert len(women_after_marks(f"speaker:{surname}")) == 1
    assert women_after_marks(f"person:{surname.removesuffix('а')}") == []  # no man of her name


# a Kazakh company's name with its legal form after it (or before it): a person-like name in quotes
# is the company's, and the director after it keeps his words
KAZAKH_COMPANIES = {
    "guillemets": "«Фестиваль өтті», – деді «Марат Оспанов» ЖШС директоры И.И. Әбенов.",
    "straight": "\"Театр гастролирует\", – деді \"Марат Оспанов\" ЖШС директоры Ж.Ж. Нұрланов.",
    "low-high": "\"Ансамбль жеңді\", – деді „Марат Оспанов“ ЖШС директоры З.З. Серікұлы.",
    "sponsors": "Фестивальді ЖШС «Ерлан Сейтов», «Айгүл Жанова» АҚ және \"Нұрлан Бекұлы\" ҚБ қолдады. "
                "Фестивальді Е.К. Абдрахманов ашты.",
    "named-after": "«Абай Құнанбаев» атындағы мектепте кездесу өтті. Кездесуді Е.К. Абдрахманов ашты.",
}


@pytest.fixture(scope="module")
def kazakh_companies(tmp_path_factory):
    yield from _one_paragraph_each(tmp_path_factory, "kazakh-companies", KAZAKH_COMPANIES)


@pytest.mark.parametrize("query, speaker, cited", [
    ("Фестиваль өтті", "И.И. Әбенов", "«Фестиваль өтті» — И.И. Әбенов;"),
    ("Театр гастролирует", "Ж.Ж. Нұрланов", "«Театр гастролирует» — Ж.Ж. Нұрланов;"),
    ("Ансамбль жеңді", "З.З. Серікұлы", "«Ансамбль жеңді» — З.З. Серікұлы;")])
def test_a_kazakh_companys_director_after_its_name_and_legal_form_keeps_his_words(kazakh_companies, query,
                                                                                  speaker, cited):
    # before: «М. Оспанов» (the company) credited with the director's words
    hit, = kazakh_companies(query)
    assert hit["speakers"] == [speaker] and hit["speech"] == "direct" and hit["citation"].startswith(cited)


@pytest.mark.parametrize("surname", ["Оспанов", "Сейтов", "Жанова", "Бекұлы"])
def test_a_kazakh_companys_name_with_its_legal_form_names_no_person(kazakh_companies, surname):
    # before: М. Оспанов, Е. Сейтов, А. Жанова and Н. Бекұлы among the persons
    assert kazakh_companies(f"person:{surname}") == []


def test_a_person_a_kazakh_organisation_is_named_after_is_a_person(kazakh_companies):
    assert {hit["document_id"] for hit in kazakh_companies("person:Құнанбаев")} == {
        hit["document_id"] for hit in kazakh_companies("атындағы мектепте")}


# a person a school is named after (X атындағы) stands between деді and the school's director: the
# director speaks, the eponym stays a person
NAMED_AFTER_SCHOOLS = {
    "full-name": "\"Олимпиада өтті\", – деді Марат Оспанов атындағы мектеп директоры Г.Г. Сапаров.",
    "initial": "\"Ұстаздар марапатталды\", – деді М. Оспанов атындағы мектептің директоры Ц.Ц. Әлиева.",
    "quoted": "«Жарыс басталды», – деді «Абай Құнанбаев» атындағы мектеп директоры Х.Х. Жұмабаев.",
    "narrated": "Абай Құнанбаев атындағы мектептің мұғалімі Ж.Ж. Ахметова сөз сөйледі.",
}


@pytest.fixture(scope="module")
def named_after_schools(tmp_path_factory):
    yield from _one_paragraph_each(tmp_path_factory, "named-after-schools", NAMED_AFTER_SCHOOLS)


@pytest.mark.parametrize("query, speaker, cited", [
    ("Олимпиада өтті", "Г.Г. Сапаров", "«Олимпиада өтті» — Г.Г. Сапаров;"),
    ("Ұстаздар марапатталды", "Ц.Ц. Әлиева", "«Ұстаздар марапатталды» — Ц.Ц. Әлиева;"),
    ("Жарыс басталды", "Х.Х. Жұмабаев", "«Жарыс басталды» — Х.Х. Жұмабаев;")])
def test_the_director_of_a_school_named_after_a_person_keeps_his_words(named_after_schools, query, speaker, cited):
    # before: М. Оспанов (the school's eponym) credited with the director's words
    hit, = named_after_schools(query)
    assert hit["speakers"] == [speaker] and hit["speech"] == "direct" and hit["citation"].startswith(cited)


def test_a_person_a_school_is_named_after_is_no_speaker_but_a_person(named_after_schools):
    assert named_after_schools("speaker:Оспанов") == [] and named_after_schools("speaker:Құнанбаев") == []
    assert len({hit["document_id"] for hit in named_after_schools("person:Оспанов")}) == 2
    assert len({hit["document_id"] for hit in named_after_schools("person:Құнанбаев")}) == 2
    hit, = named_after_schools("мұғалімі сөз сөйледі")
    assert hit["speakers"] == ["Ж.Ж. Ахметова"]


# a remark in “…” whose attribution names an organisation in “…” too
CURLY_NAMES = {
    "after": "“Мастерская керамики открылась”, — сообщила директор ТОО “Айгерим Сервис” П.П. Ермекова.",
    "before": "Директор ТОО “Сервис Плюс” С.С. Бекова сказала: “Кружок танца открылся”.",
}


@pytest.fixture(scope="module")
def curly_names(tmp_path_factory):
    yield from _one_paragraph_each(tmp_path_factory, "curly-names", CURLY_NAMES)


@pytest.mark.parametrize("query, speaker, cited", [
    ("Мастерская керамики", "П.П. Ермекова", "«Мастерская керамики открылась» — П.П. Ермекова;"),
    ("Кружок танца", "С.С. Бекова", "«Кружок танца открылся» — С.С. Бекова;")])
def test_a_remark_in_curly_quotes_beside_an_organisations_name_in_curly_quotes_is_direct(curly_names, query,
                                                                                          speaker, cited):
    # before: «Пересказ: “Мастерская керамики открылась”, — сообщила директор ТОО “Айгерим Сервис” …»
    hit, = curly_names(query)
    assert hit["speakers"] == [speaker] and hit["speech"] == "direct" and hit["citation"].startswith(cited)


# a speaker's quote that opens by saying whose words follow («Как сказал X, …»): X is named, he does not speak
AS_X_SAID = {
    "said": "Открывая форум, А.К. Жумабекова сказала: «Как сказал Нурсултан Назарбаев, наша сила – в единстве».",
    "nested": "Открывая слет, Б.К. Серикова сказала: «Как сказал Нурсултан Назарбаев, „наше богатство – в труде“».",
    "noted": "Открывая встречу, В.К. Ахметова сказала: «Как отметил Нурсултан Назарбаев, наш дом – в согласии».",
    # the verb of quoting «напомнила … слова» made the quote nobody's, though it says whose words it holds
    "reminded": "Открывая собрание, Г.К. Жунусова напомнила участникам известные слова: «Как сказал Нурсултан "
                "Назарбаев, наша опора – в доверии».",
    # other wordings (the retester's): an adverb after «Как», «По словам X», «X сказал: „…“»
    "adverb": "Открывая форум, Д.К. Каримова сказала: «Как справедливо сказал Нурсултан Назарбаев, наша сила – "
              "в сплоченности».",
    "once-before": "«Как однажды сказал Нурсултан Назарбаев, наше будущее – в знаниях», – сказала Е.К. Омарова. "
                   "Участники обсудили проекты.",
    "according": "Открывая слет, Ж.К. Бекова сказала: «По словам Нурсултана Назарбаева, наша опора – в молодежи».",
    "colon": "«Нурсултан Назарбаев сказал: „Наше богатство – в трудолюбии“. Эти слова актуальны и сегодня», – "
             "напомнила З.К. Сейтова.",
    "reminded-colon": "Открывая встречу, И.К. Нурланова напомнила известные слова: «Первый Президент Н.А. Назарбаев "
                      "сказал: „Наш путь – в терпимости“».",
}


@pytest.fixture(scope="module")
def as_x_said(tmp_path_factory):
    yield from _one_paragraph_each(tmp_path_factory, "as-x-said", AS_X_SAID)


@pytest.mark.parametrize("query, speaker, opens", [
    ("в единстве", "А.К. Жумабекова", "«Как "), ("в труде", "Б.К. Серикова", "«Как "),
    ("в согласии", "В.К. Ахметова", "«Как "), ("в доверии", "Г.К. Жунусова", "«Как "),
    ("в сплоченности", "Д.К. Каримова", "«Как справедливо сказал"), ("в знаниях", "Е.К. Омарова", "«Как однажды"),
    ("в молодежи", "Ж.К. Бекова", "«По словам"), ("в трудолюбии", "З.К. Сейтова", "«Нурсултан Назарбаев сказал"),
    ("в терпимости", "И.К. Нурланова", "«Первый Президент")])
def test_a_quote_saying_whom_it_quotes_is_the_speaker_s_and_credits_him_nothing(as_x_said, query, speaker, opens):
    # before: ««Как сказал Нурсултан Назарбаев, наша сила – в единстве» — А.К. Жумабекова, Н.А. Назарбаев»,
    # and with «напомнила … слова:» the quote had no speaker at all; then (session 27's retest) the same
    # with «Как справедливо сказал», «По словам X», «X сказал: „…“»
    hit, = as_x_said(query)
    assert hit["speakers"] == [speaker] and hit["speech"] == "direct"
    assert hit["citation"].startswith(opens)


def test_the_one_a_quote_says_it_quotes_is_a_person_named_not_a_speaker(as_x_said):
    # before: the speakers facet and speaker:Назарбаев named him for all four forums
    assert as_x_said("speaker:Назарбаев") == []
    assert len({hit["document_id"] for hit in as_x_said("person:Назарбаев")}) == len(AS_X_SAID)



# a press service's copy of a speech that goes on as a report on it, and its source line (the bibliographer's)
SPEECH_PAGE = """<!DOCTYPE html>
<html lang="ru"><head><meta charset="utf-8"><title>{title} — Assembly.kz</title></head><body>
<h1>{title}</h1>
<p class="date">Нур-Султан, {day} апреля 2019 года</p>
<p>Уважаемые члены Ассамблеи! Дорогие соотечественники!</p>
<p>{own}</p>
{report}
<p>Источник: пресс-служба Ассамблеи народа Казахстана</p>
</body></html>
"""
SPEECH_PAGES = {
    "narrated": SPEECH_PAGE.format(
        title="Выступление Президента Республики Казахстан К.К. Токаева на XXVII сессии Ассамблеи народа Казахстана",
        day=30, own="Сегодня мы собрались в канун Дня единства народа Казахстана.",
        report="<p>«Единство нашего народа — главное достояние страны. Мы должны беречь согласие как зеницу ока», "
               "— подчеркнул Глава государства К.К. Токаев.</p>\n<p>Президент поручил разработать новую Концепцию "
               "развития Ассамблеи и обратил внимание на роль кабинетов медиации.</p>"),
    # no quote of his between: the post opening the narration ends the speech
    "post": SPEECH_PAGE.format(
        title="Выступление Президента Республики Казахстан К.К. Токаева на XXVIII сессии Ассамблеи народа Казахстана",
        day=29, own="Наша страна вступила в новый этап развития, и мы обязаны сохранить мир.",
        report="<p>Президент также отметил значение волонтерского движения для общества.</p>"),
}


@pytest.fixture(scope="module")
def speech_pages(tmp_path_factory):
    root = tmp_path_factory.mktemp("speech-pages")
    docs, index = root / "docs", root / "index"
    docs.mkdir()
    for name, page in SPEECH_PAGES.items():
        (docs / f"speech-{name}.html").write_text(page, encoding="utf-8")
    with quotes_of(docs, index) as find:
        yield find


@pytest.mark.parametrize("query", ["собрались в канун", "зеницу ока", "новый этап развития"])
def test_a_speech_s_own_words_are_its_author_s(speech_pages, query):
    hit, = speech_pages(f'"{query}"')
    assert hit["speakers"] == ["К.К. Токаев"] and hit["speech"] == "direct"


@pytest.mark.parametrize("query", ["Концепцию", "волонтерского движения"])
def test_the_report_a_speech_goes_on_with_is_not_its_author_s_quote(speech_pages, query):
    # before: «Президент поручил разработать …» — К.К. Токаев, cited as his words ("speech": "direct")
    hit, = speech_pages(query)
    assert hit["speech"] != "direct" and "Токаев;" not in hit["citation"]


def test_a_speech_s_source_line_is_nobody_s(speech_pages):
    # before: «Источник: пресс-служба Ассамблеи народа Казахстана» — К.К. Токаев, in both
    hits = speech_pages('"пресс-служба"')
    assert hits and all(hit["speakers"] == [] and hit["speech"] is None for hit in hits)
