from datetime import date
from pathlib import Path

import pytest

from ingest.extract import extract
from ingest.extract._text import tokenize
from ingest.extract.persons import find_persons
from ingest.extract.transcripts import transcript_labels
from ingest.extract.speakers import attribute_passages, attribute_turns, find_speakers
from growth import LINEAR_GROWTH, growth


def test_seed_speakers_exactly(seed_text):
    got = find_speakers(seed_text)
    assert got == ["А. Платонов", "С. Абдрахманов", "Л. Прокопенко", "А. Хамедов", "Ш. Осин", "М. Азильханов"]
    assert "Н.А. Назарбаев" not in got and "К.К. Токаев" not in got  # mentioned, not speaking


def test_the_president_named_by_his_surname_or_hyphenated_initials_is_the_speaker():
    # «Токаев» alone (also a noun's plural genitive) and «К.-Ж. Токаев» made no speaker
    assert find_speakers("«Работа продолжается», – сказал Токаев.") == ["К.К. Токаев"]
    assert find_speakers("«Работа продолжается», – сказал Президент Токаев.") == ["К.К. Токаев"]
    assert find_speakers("«Работа продолжается», – сказал К.-Ж. Токаев.") == ["К.К. Токаев"]
    assert find_speakers("«Диалог важен», – сказала Ахметова-Ким А.") == ["А. Ахметова-Ким"]


def test_a_title_and_the_aliases_file_name_the_speaker_when_a_namesake_is_named_later():
    paragraphs = ["«Мир и согласие – основа нашей независимости», – сказал Президент Назарбаев.",
                  "На встрече также присутствовал Бахыт Назарбаев, член Совета старейшин."]
    assert attribute_passages(paragraphs) == [["Н.А. Назарбаев"], []]


def test_subject_before_verb_with_insertion():
    t = "Депутат А. Платонов, который поделился опытом в информационной сфере, отметил, что..."
    assert find_speakers(t) == ["А. Платонов"]
    t = "Руководитель Д.Абенов, приехавший на форум из Астаны, рассказал о проектах."
    assert find_speakers(t) == ["Д. Абенов"]


def test_quote_attribution_and_inversion():
    assert find_speakers("«Язык надо слышать», – отметила Г.Мусина.") == ["Г. Мусина"]
    assert find_speakers("С основным докладом выступил заведующий секретариатом Б.Оразбаев.") == ["Б. Оразбаев"]
    assert find_speakers("По словам С.Абдрахманова, вопрос решен.") == ["С. Абдрахманов"]


def test_lists_and_plural_verbs():
    t = "Заместитель заведующего Секретариатом Л.Прокопенко, депутаты Мажилиса А.Хамедов, Ш.Осин рассказали о работе."
    assert find_speakers(t) == ["Л. Прокопенко", "А. Хамедов", "Ш. Осин"]
    # a plural verb whose subject is not the name
    assert find_speakers("Благодарность организаторы выразили учителю И.Миллер, которая собрала книги.") == []


def test_gender_agreement_and_non_speech_verbs():
    assert find_speakers("Председатель Н.Дементьева отметила, что...") == ["Н. Дементьева"]
    assert find_speakers("Председатель центра Л.Погосян уже обратился в полицию.") == []
    assert find_speakers("Заведующий К.Жунусов вручил благодарственные письма.") == []


def test_a_woman_after_a_role_with_a_genitive_complement_is_the_speaker():
    t = "«Семья – основа общества», – отметила председатель Совета матерей Н.Дементьева."
    assert find_speakers(t) == ["Н. Дементьева"]
    assert find_speakers("«Мы вместе», – подчеркнула член Ассамблеи Сауле Жумабекова.") == ["С. Жумабекова"]


def test_gerund_and_title_subjects():
    t = "Подводя итоги заседания, заместитель Председателя М.Азильханов подчеркнул необходимость работы."
    assert find_speakers(t) == ["М. Азильханов"]
    assert find_speakers("Глава государства отметил важность работы.", on=date(2021, 4, 28)) == ["К.К. Токаев"]


def test_kazakh_and_english_speakers():
    kk = "Облыстық кеңестің төрағасы М.Жақсылықов даудың көбі түсініспеушіліктен басталатынын айтты. Колледж студенті Н.Серікбаев жүлдені жеңіп алды."
    assert find_speakers(kk, language="kk") == ["М. Жақсылықов"]
    en = "Yerlan Sadykov, head of the programme, said that disputes are common. \"It works,\" Sadykov said."
    assert find_speakers(en, language="en") == ["Y. Sadykov"]


def test_an_english_region_or_city_hall_is_no_speaker():
    # "«…», the Akmola Region said" had the speaker «A. Region», "Astana City Hall said" «C. Hall»
    assert find_speakers('"The festival will be held again," the Akmola Region said.', language="en") == []
    assert find_speakers('"The festival will be held again," Astana City Hall said.', language="en") == []


def test_an_english_speaker_surnamed_hall_is_a_speaker_and_a_street_is_none():
    # "said Stuart Hall" had no speaker since the Region/Hall list
    assert find_speakers('"Culture unites us," said Stuart Hall, a sociologist.', language="en") == ["S. Hall"]
    # a street is no speaker («said Abay Street residents» named A. Street)
    assert find_speakers('"Culture unites us," said Abay Street residents.', language="en") == []


def test_english_surname_alone_title_and_pronoun_name_the_speaker():
    # "Tokayev said", "said Mr. Nazarbayev" and "he said" gave no speaker (or the previous one)
    paras = ["ASTANA, 3 May 2023 – A forum of ethnocultural associations was held in Astana.",
             '"Every group has its own voice here," said Marat Tulegenov.',
             '"We will open new Sunday schools this year," Tokayev said.',
             '"Our main task is to keep peace," said Mr. Nazarbayev.',
             "The forum was closed by Dana Bekova, deputy chairman of the Assembly.",
             '"Thank you all," she said.']
    assert attribute_passages(paras, language="en") == [
        [], ["M. Tulegenov"], ["К.К. Токаев"], ["Н.А. Назарбаев"], [], ["D. Bekova"]]
    same_paragraph = ('It was opened by Marat Tulegenov, deputy chairman of the Assembly. '
                      '"Every group has its own voice here," he said.')
    assert find_speakers(same_paragraph, language="en") == ["M. Tulegenov"]


@pytest.mark.parametrize("para, at", [
    ("The fair was held in Almaty. “We remember. And we pass it on,” Yerlan Kassymov said.", 29),
    ("The fair was held in Almaty. “We remember. And we pass it on,” said Yerlan Kassymov.", 29),
    ("Ярмарка прошла в Алматы. “Мы помним. И передаем детям”, – сказал Ерлан Касымов.", 25),
    # the “ closing a „…“ opens nothing: the turn starts with the sentence that names him
    ("ТОО „Жибек Жолы“ провело ярмарку в Алматы. Директор Ерлан Касымов сказал, что ярмарка пройдет и в мае.", 43)])
def test_a_quote_of_several_sentences_in_curly_quotes_is_one_turn_of_its_speaker(para, at):
    # before: the turn started at the quote's last sentence, the first one nobody's
    turns = attribute_turns(["Ярмарка", para])[1]
    assert len(turns) == 2 and turns[1].offset == at and turns[1].speakers


def test_english_said_with_a_long_title_before_the_name_names_the_speaker():
    # "said Deputy Chairman of the Assembly Yerlan Karin" gave no speaker: «of the» ended the title
    quote = '"The unity of the people is our main treasure,"'
    for attribution in ("said Deputy Chairman of the Assembly Yerlan Karin.",
                        "said Chairman of the Council for Public Accord Yerlan Karin.",
                        "said Yerlan Karin.", "Deputy Chairman of the Assembly Yerlan Karin said."):
        assert find_speakers(f"{quote} {attribution}", language="en") == ["Y. Karin"], attribution


def test_no_persons_no_speakers():
    assert find_speakers("Участники отметили важность диалога и выразили надежду на сотрудничество.") == []


def test_attribute_passages():
    paras = [
        "Председатель центра А.Шмидт отметил, что Дом дружбы стал вторым домом.",
        "«Мы это помним и передаем детям», – сказал он.",
        "Праздник завершился концертом.",
        "Руководитель Н.Жакупова рассказала о планах.",
    ]
    assert attribute_passages(paras) == [["А. Шмидт"], ["А. Шмидт"], [], ["Н. Жакупова"]]
    assert attribute_passages([]) == []


def test_seed_quote_of_the_second_speaker_in_a_paragraph_is_his_too(seed_text):
    paragraphs = [p for p in seed_text.split("\n") if p.strip()]
    attributed = dict(zip(paragraphs, attribute_passages(paragraphs)))
    platonov = next(p for p in paragraphs if "С.Абдрахманов подчеркнул" in p)
    assert attributed[platonov] == ["А. Платонов", "С. Абдрахманов"]


def test_a_paragraph_with_several_speakers_is_attributed_to_each():
    paras = [
        "Заместитель заведующего Секретариатом Ассамблеи Л.Прокопенко, депутаты Мажилиса А.Хамедов, Ш.Осин "
        "рассказали о проводимой работе.",
        "Депутат А. Платонов отметил роль медиации. Поддерживая коллегу, депутат С.Абдрахманов подчеркнул, "
        "что недопустимо вмешательство извне.",
        "«Это наш общий дом», – сказал он.",
    ]
    assert attribute_passages(paras) == [
        ["Л. Прокопенко", "А. Хамедов", "Ш. Осин"], ["А. Платонов", "С. Абдрахманов"],
        ["С. Абдрахманов"]]  # "сказал он": the last one who spoke


SPEECH_SAMPLE = Path(__file__).parent.parent / "samples" / "2023" / "vystuplenie-predsedatelya-soveta-materei.txt"


def test_a_speech_s_paragraphs_belong_to_its_author_named_in_the_opening_lines():
    paragraphs = [p for p in SPEECH_SAMPLE.read_text(encoding="utf-8").split("\n\n") if p.strip()]
    attributed = attribute_passages(paragraphs, title=paragraphs[0])
    by_text = dict(zip(paragraphs, attributed))
    own = [p for p in paragraphs if p.startswith(("Уважаемые", "Советы матерей", "Предлагаю", "Спасибо"))]
    assert len(own) == 4 and all(by_text[p] == ["Г. Сейтказина"] for p in own)
    # she refers to the President's words: the paragraph is still hers, not his
    refers = next(p for p in paragraphs if "простая истина" in p)
    assert by_text[refers] == ["Г. Сейтказина"]
    # the title and the date line above the heading naming her are nobody's words
    assert attributed[:2] == [[], []]


def test_a_speech_named_in_its_title_keeps_its_body_from_the_persons_it_praises():
    paras = [
        "Выступление Б.Жумабекова на торжественном собрании, посвященном Дню благодарности",
        "Уважаемые участники собрания! Дорогие ветераны, друзья!",
        "Сегодня в четвертый раз отмечается День благодарности – праздник, учрежденный по инициативе Елбасы.",
        "Елбасы Нурсултан Абишевич Назарбаев не раз подчеркивал, что согласие нельзя получить однажды и "
        "навсегда. Председатель Татаро-башкирского культурного центра Ф.Хайруллина создала детскую студию.",
        "Предлагаю в этом году провести во всех регионах акцию «Спасибо, соседи!».",
    ]
    assert attribute_passages(paras, title=paras[0])[1:] == [["Б. Жумабеков"]] * 4
    # the same paragraphs in a news report: no author to give them to
    assert attribute_passages(["Торжественное собрание"] + paras[1:])[1:] == [[], [], ["Н.А. Назарбаев"], []]


@pytest.mark.parametrize("adverb", ["ранее", "позже", "позднее", "впервые", "тогда", "сегодня", "вчера",
                                    "затем", "недавно", "традиционно", "не раз", "также", "сегодня вновь"])
def test_an_adverb_between_the_name_and_the_speech_verb_keeps_the_speaker(adverb):
    # «Токаев сегодня заявил…» is the commonest news lead: any adverb the dictionary knows, not a list
    paras = ["Конференция о языках",
             f"Касым-Жомарт Токаев {adverb} подчеркнул, что государственный язык должен стать языком "
             "межнационального общения."]
    on = date(2020, 11, 18)
    assert find_speakers(paras[1], on=on) == ["К.К. Токаев"]
    assert attribute_passages(paras, on=on) == [[], ["К.К. Токаев"]]
    # and a sentence going on with his words after his quote: «Он сегодня добавил…»
    paragraph = f"«Мы вместе», — сказал председатель центра А. Шмидт. Он {adverb} добавил, что центр открыт."
    assert [t.speakers for t in attribute_turns([paragraph])[0]] == [["А. Шмидт"]]


@pytest.mark.parametrize("phrase", ["на заседании", "на сессии", "на брифинге", "в Послании народу",
                                    "в своем Послании", "в Послании народу Казахстана", "по итогам встречи",
                                    "в ходе встречи", "на встрече с Е.Т. Кариным"])
def test_a_phrase_of_setting_between_the_name_and_the_speech_verb_keeps_the_speaker(phrase):
    # before: «К.К. Токаев на заседании заявил…» had no speaker and the passage was nobody's
    paras = ["Конференция о языках",
             f"К.К. Токаев {phrase} подчеркнул, что государственный язык должен стать языком межнационального общения."]
    assert find_speakers(paras[1]) == ["К.К. Токаев"]
    assert attribute_passages(paras) == [[], ["К.К. Токаев"]]


def test_the_one_met_in_a_phrase_of_setting_is_no_speaker():
    assert find_speakers("Г.С. Ахметова на встрече с Е.Т. Кариным заявила, что семья важна.") == ["Г.С. Ахметова"]
    assert find_speakers("К.К. Токаев на встрече с учителями подписал указ о языках.") == []
    # nor is the one spoken to, between the speaker and the verb
    assert find_speakers("Е.Т. Карин К.К. Токаеву лично сообщил, что центры открыты.") == ["Е.Т. Карин"]


def test_a_speech_keeps_words_it_clearly_reports_as_someone_else_s():
    paras = [
        "Доклад председателя Совета матерей Г.Сейтказиной",
        "Советы матерей работают во всех регионах страны.",
        "Председатель центра «Возрождение» А.Шмидт рассказал, что книга стала учебным пособием в школах.",
        "«Эту память передают детям», – сказала Н.Дементьева.",
    ]
    assert attribute_passages(paras, title=paras[0])[1:] == [["Г. Сейтказина"], ["А. Шмидт"], ["Н. Дементьева"]]


def test_a_paragraph_is_cut_into_its_speakers_turns(seed_text):
    paragraph = next(p for p in seed_text.split("\n") if "С.Абдрахманов подчеркнул" in p)
    [turns] = attribute_turns([paragraph])
    assert [t.speakers for t in turns] == [["А. Платонов"], ["С. Абдрахманов"]]
    assert paragraph[turns[1].offset:].startswith("Поддерживая коллегу")
    # the participants' collective view, then the one who summed up
    paragraph = next(p for p in seed_text.split("\n") if "превентивные меры" in p)
    turns = attribute_turns([paragraph])[0]
    assert [t.speakers for t in turns] == [[], ["М. Азильханов"]]
    assert "превентивные меры" in paragraph[:turns[1].offset]


def test_a_turn_starts_with_the_quote_its_speaker_closes():
    paragraph = ("Председатель Н.Дементьева отметила роль семьи. «Мы это помним. И передаем детям», – "
                 "сказал А.Шмидт. Он добавил, что музей открыт.")
    turns = attribute_turns([paragraph])[0]
    assert [t.speakers for t in turns] == [["Н. Дементьева"], ["А. Шмидт"]]
    assert paragraph[turns[1].offset:].startswith("«Мы это помним.")
    # one who already speaks in the turn starts none: "Ю.Тен, Д.Искаков рассказали... Д.Искаков предложил"
    paragraph = "Депутаты Ю.Тен, Д.Искаков рассказали о законопроектах. Д.Искаков предложил проводить встречи."
    assert attribute_turns([paragraph]) == [[(0, ["Ю. Тен", "Д. Искаков"])]]


def test_a_sentence_cut_by_a_page_break_stays_with_its_speaker():
    paras = [
        "Председатель совета Е.Нурпеисов выступил с докладом. Он отметил, что в стране сложилась сеть структур:",
        "кафедры Ассамблеи работают в вузах. «Наша задача – измерять согласие», – сказал Е.Нурпеисов.",
    ]
    assert attribute_turns(paras)[1] == [(0, ["Е. Нурпеисов"])]


def test_the_narration_after_a_quote_and_its_attribution_is_nobody_s():
    paragraph = ("«Медиация должна стать нормой жизни каждого села», — отметил депутат Мажилиса С. Абдрахманов. "
                 "После заседания участники посетили выставку национальных ремесел, подготовленную "
                 "этнокультурными центрами.")
    turns = attribute_turns([paragraph])[0]
    assert [t.speakers for t in turns] == [["С. Абдрахманов"], []]
    assert paragraph[turns[1].offset:].startswith("После заседания")
    # the quote opened after the verb ends his words too
    paragraph = ("Председатель центра А.Шмидт сказал: «Мы это помним. И передаем детям». Праздник завершился "
                 "концертом.")
    assert [t.speakers for t in attribute_turns([paragraph])[0]] == [["А. Шмидт"], []]


def test_what_goes_on_with_the_quoted_words_stays_the_speaker_s():
    paragraph = ("«Многие ребята из сел не могут найти первую работу», – сказал Е.Байжанов. По его словам, в "
                 "первый год на практику будут приняты не менее ста студентов. «Это только начало». Он передал "
                 "в архив копии документов.")
    turns = attribute_turns([paragraph])[0]
    assert [t.speakers for t in turns] == [["Е. Байжанов"], []]
    assert paragraph[turns[1].offset:] == "Он передал в архив копии документов."
    # reported speech without quotes keeps the paragraph: the next sentences are his paraphrase
    paragraph = ("Депутат А. Платонов отметил, что бывают попытки исказить исторические факты. Ассамблея "
                 "находится на передовой идеологических провокаций.")
    assert attribute_turns([paragraph]) == [[(0, ["А. Платонов"])]]


def test_a_sentence_going_on_with_the_quoted_speaker_s_words_stays_his():
    # after his quote and its attribution, a sentence whose subject is he (a pronoun of his gender,
    # a role his attribution or any speech gives him, his title) and whose verb is a speech verb
    # is more of his words; the narration after it is still nobody's
    said = [
        "Он также подчеркнул важность изучения государственного языка.",
        "Также он добавил, что волонтеры помогли тысячам семей.",
        "Кроме того, спикер отметил важность трехъязычия.",
        "Как он отметил, центры работают в каждом районе.",
        "Аким также поблагодарил ветеранов.",
        "По словам акима, центры работают в каждом районе.",
        "Выступающий также призвал молодежь беречь язык. По его мнению, это главное.",
    ]
    for sentence in said:
        paragraph = ("«Мы открыли 12 этнокультурных центров», — отметил аким области Е. Нурпеисов. "
                     f"{sentence} После заседания участники посетили выставку.")
        turns = attribute_turns([paragraph])[0]
        assert [t.speakers for t in turns] == [["Е. Нурпеисов"], []], sentence
        assert paragraph[turns[1].offset:] == "После заседания участники посетили выставку."
    # a title standing for him, and a woman going on with a feminine verb
    paragraph = ("«Ассамблея стала институтом согласия», — отметил Н. Назарбаев. Глава государства также "
                 "напомнил о роли языка. После этого участники приняли резолюцию.")
    turns = attribute_turns([paragraph], on=date(2015, 4, 27))[0]
    assert [t.speakers for t in turns] == [["Н.А. Назарбаев"], []]
    assert paragraph[turns[1].offset:].startswith("После этого")
    paragraph = ("«Медиация помогает решать споры», — сказала Н. Жакупова. Она напомнила, что в области "
                 "работают 30 кабинетов медиации. После заседания участники посетили выставку.")
    turns = attribute_turns([paragraph])[0]
    assert [t.speakers for t in turns] == [["Н. Жакупова"], []]
    assert paragraph[turns[1].offset:].startswith("После заседания")


def test_a_sentence_about_someone_else_or_without_a_speech_verb_after_a_quote_is_nobody_s():
    for sentence in [
        "Он передал в архив копии документов.",  # no speech verb
        "Кроме того, участники отметили вклад ветеранов.",  # another subject
        "Она также отметила вклад ветеранов.",  # not his gender
        "По ее словам, в области работают 30 кабинетов.",
        "В этом году он отметил юбилей.",  # more than he before the verb
    ]:
        paragraph = f"«Мы вместе», — сказал председатель центра А. Шмидт. {sentence}"
        turns = attribute_turns([paragraph])[0]
        assert [t.speakers for t in turns] == [["А. Шмидт"], []], sentence
        assert paragraph[turns[1].offset:] == sentence


def test_in_a_speech_the_words_after_someone_s_quote_are_the_author_s():
    paras = [
        "Выступление председателя Совета матерей Г.Сейтказиной на форуме",
        "«Семья – основа государства», – отметил Глава государства. Советы матерей работают во всех регионах.",
    ]
    turns = attribute_turns(paras, on=date(2023, 9, 14), title=paras[0])[1]
    assert [t.speakers for t in turns] == [["К.К. Токаев"], ["Г. Сейтказина"]]


def test_words_someone_used_to_say_are_recalled_not_spoken():
    paras = [
        "Как отмечал Глава государства, Ассамблея является уникальным институтом народной дипломатии.",
        "Как отмечал Елбасы, межэтническое согласие – основа нашей независимости.",
        "Как говорил Абай, знание – свет.",
        # a report of the meeting: "Как отметил ..." is what he said there
        "Как отметил аким области Б. Сапарбаев, в регионе работают 30 этнокультурных центров.",
    ]
    assert attribute_passages(paras, on=date(2019, 5, 12)) == [[], [], [], ["Б. Сапарбаев"]]
    assert find_speakers(" ".join(paras), on=date(2019, 5, 12)) == ["Б. Сапарбаев"]


def test_an_interviewer_s_question_is_not_the_answerer_s_words():
    paras = [
        "Депутат Мажилиса А. Платонов ответил на вопросы нашего корреспондента.",
        "– Александр Ильич, почему информационная безопасность стала главной темой сессии?",
        "– Потому что попытки исказить исторические факты становятся всё изощреннее.",
        "– Ерлан Серикович, что изменится для этнокультурных центров?",
        "– Конечно, они получат больше возможностей. Разве это не главное?",
        # a dash opens a new turn: after his answer, a question is the interviewer's again
        "– А кто же еще должен этим заниматься?",
    ]
    assert attribute_passages(paras) == [["А. Платонов"], [], ["А. Платонов"], [], ["А. Платонов"], []]


def test_a_long_dash_paragraph_or_a_list_item_after_an_answer_goes_on_with_it():
    # only a short remark that opens a sentence is the interviewer's between answers
    paras = [
        "Депутат Мажилиса А. Платонов ответил на вопросы нашего корреспондента.",
        "– Александр Ильич, что изменится для этнокультурных центров?",
        "– Центры получат новые задачи:",
        "– открыть воскресные школы;",
        "– провести форум по родным языкам.",
        "– Кроме того, мы пересмотрим порядок грантов. Заявки будут принимать круглый год. Решения "
        "будет принимать независимая комиссия. Итоги мы опубликуем на сайте Ассамблеи.",
    ]
    platonov = ["А. Платонов"]
    assert attribute_passages(paras) == [platonov, [], platonov, platonov, platonov, platonov]


def test_every_question_of_a_dash_interview_is_the_interviewer_s():
    # the tester's interview: a request by name with no «?», a premise ending in a question, and a
    # plain question after an answer were all cited as Карин's words
    paras = [
        "Ерлан Карин: «Ассамблея открыта для каждого молодого человека»",
        "Алматы, 9 ноября 2021 г.",
        "Заместитель Председателя Ассамблеи народа Казахстана Ерлан Карин ответил на вопросы «Казахстанской правды».",
        "– Ерлан Тынымбаевич, расскажите о работе с молодежью.",
        "– За год в молодежные проекты Ассамблеи вовлечено более двенадцати тысяч человек.",
        "– Многие считают, что Ассамблея для молодежи – пережиток прошлого. Что вы на это ответите?",
        "– Я с этим не согласен. Цифры говорят сами за себя.",
        "– Что вы ответите скептикам? Их ведь немало.",  # the question not the paragraph's last sentence
        "– Приглашаю их на наши форумы.",
        "– Какие планы на следующий год?",
        "– Вовлечь сельскую молодежь в волонтерское движение.",
    ]
    karin = ["Е. Карин"]
    assert attribute_passages(paras) == [[], [], karin] + [[], karin] * 4
    # the dash turns alternate: a statement after an answer is the interviewer's, «?» or not, and a
    # rhetorical question after his remark is the answer
    paras = paras[:5] + ["– Говорят, что молодежи это не нужно.",
                         "– Разве? Очереди в наши центры говорят об обратном.", "– Спасибо за интервью."]
    assert attribute_passages(paras) == [[], [], karin, [], karin, [], karin, []]
    # the first question unaddressed, right after the narration that names the one answering
    paras = [paras[2], "– Какие планы на следующий год?", "– Вовлечь сельскую молодежь в волонтерское движение."]
    assert attribute_passages(paras) == [karin, [], karin]
    # a speaker's words the narration gives him with a colon stay his, a question among them too
    paras = ["Ерлан Карин сказал:", "– Почему молодежь идет в волонтеры? Потому что хочет помогать.",
             "– Мы открыли сеть центров."]
    assert attribute_passages(paras) == [karin, karin, karin]
    # an address by name that neither asks nor bids is no question
    paras = ["Аким области Е. Булекпаев сказал:", "– Касым-Жомарт Кемелевич, мы благодарны за поддержку."]
    assert attribute_passages(paras) == [["Е. Булекпаев"], ["Е. Булекпаев"]]


def test_a_long_title_between_the_verb_and_the_name_keeps_the_speaker():
    on = date(2022, 4, 28)
    quote = "«Единство народа – основа стабильности», "
    assert find_speakers(quote + "— сказал Президент Республики Казахстан К.К. Токаев.", on=on) == ["К.К. Токаев"]
    assert find_speakers(quote + "— отметил аким города Нур-Султан А. Кульгинов.", on=on) == ["А. Кульгинов"]
    assert find_speakers(quote + "— отметил посол Республики Казахстан в Турции А. Сауранбаев.", on=on) == ["А. Сауранбаев"]
    # the same titles before a name in another case make no speaker of him
    assert find_speakers("Встреча с послом Республики Казахстан в Турции А. Сауранбаевым прошла в Анкаре.") == []
    assert find_speakers("Полномочия Председателя Ассамблеи переданы Главе государства К.К.Токаеву.", on=on) == []


def test_a_speech_titled_with_two_posts_of_its_author_is_his_but_its_title_and_date_line():
    paras = [
        "Выступление Председателя Ассамблеи народа Казахстана, Президента Республики Казахстан К.К. Токаева "
        "на XXXI сессии Ассамблеи",
        "28 апреля 2022 года",
        "Уважаемые участники сессии!",
        "Ассамблея народа Казахстана прошла большой путь и стала неотъемлемой частью политической системы страны.",
    ]
    on = date(2022, 4, 28)
    assert attribute_passages(paras, on=on, title=paras[0]) == [[], [], ["К.К. Токаев"], ["К.К. Токаев"]]
    assert find_speakers("\n\n".join(paras), on=on) == ["К.К. Токаев"]
    # a date line ending in an abbreviation's full stop is no sentence of his either
    for line in ["Нур-Султан, 29 апреля 2022 г.", "29.04.2022 г.", "г. Нур-Султан, 29 апреля 2022 г."]:
        dated = [paras[0], line] + paras[2:]
        assert attribute_passages(dated, on=on, title=paras[0]) == [[], [], ["К.К. Токаев"], ["К.К. Токаев"]], line


def test_a_known_person_written_in_kazakh_letters_is_one_speaker_with_the_russian_spelling():
    kk = "«Бірлік – басты құндылығымыз», – деді Мемлекет басшысы Қ.Тоқаев."
    assert find_speakers(kk, language="kk", on=date(2021, 5, 1)) == ["К.К. Токаев"]
    # a person the aliases file does not list keeps his own spelling
    kk = "«Бірлік – басты құндылығымыз», – деді облыстық кеңестің төрағасы М.Жақсылықов."
    assert find_speakers(kk, language="kk") == ["М. Жақсылықов"]


_KK_OPENING = ["Алматыда ардагерлер мен жастардың кездесуі өтті.",
               "«Ардагерлер – біздің мақтанышымыз», – деді Ә. Жұмабаева."]


@pytest.mark.parametrize("attribution, speaker", [
    # a Kazakh given name the Russian dictionary does not know: the quote went to Ә. Жұмабаева
    ("– деді Мұхтар Шаханов.", "М. Шаханов"),
    ("– деді ақын Мұхтар Шаханов.", "М. Шаханов"),
    ("– деді Ассамблея төрағасының орынбасары Ерлан Қарин.", "Е. Қарин"),
    ("– деді Айнұр Төлегенқызы.", "А. Төлегенқызы"),
    ("– деді Самат Әбішев.", "С. Әбішев"),
    ("– деп атап өтті Парламент Сенатының Төрағасы Мәулен Әшімбаев.", "М. Әшімбаев"),
    ("– деді Ерлан Төлегенұлы Қарин.", "Е.Т. Қарин"),
    ("– деді Ерлан Бабақұмар.", "Е. Бабақұмар"),  # no surname's ending: two words no dictionary has
    ("– деді Мемлекет басшысы Қасым-Жомарт Тоқаев.", "К.К. Токаев"),
])
def test_a_kazakh_attribution_with_a_full_given_name_is_the_named_person_s(attribution, speaker):
    paras = [*_KK_OPENING, f"«Тіл – халықтың жаны», {attribution}"]
    assert attribute_passages(paras, "kk", on=date(2023, 4, 6)) == [[], ["Ә. Жұмабаева"], [speaker]]


@pytest.mark.parametrize("attribution", [
    "– деді Қазақстан Президенті.", "– деді Ассамблея Төрағасы.", "– деді Алматы Әкімі.",
])
def test_a_capitalised_title_in_a_kazakh_attribution_is_no_name(attribution):
    assert find_speakers(f"«Тіл – халықтың жаны», {attribution}", language="kk") == []


def test_a_latin_kazakh_attribution_with_a_full_given_name_is_the_named_person_s():
    assert find_speakers("«Til – halyqtyń jany», – dedi Muhtar Shahanov.", language="kk") == ["M. Shahanov"]
    assert find_speakers("«Tıl – halyqtyñ jany», – dedı Aınur Tölegenqyzy.", language="kk") == ["A. Tölegenqyzy"]


def test_a_kazakh_full_name_outside_an_attribution_is_left_to_the_other_rules():
    # only the place after a speech verb tells a Kazakh given name: «Кездесуге Мұхтар Шаханов қатысты»
    # names nobody who spoke
    assert find_speakers("Кездесуге Мұхтар Шаханов қатысты. Ол өлең оқыды.", language="kk") == []


def test_more_ways_of_naming_a_speaker():
    on = date(2020, 5, 12)
    t = "Президент Республики Казахстан К.К. Токаев в своем выступлении заявил, что языковая политика будет последовательной."
    assert find_speakers(t, on=on) == ["К.К. Токаев"]
    t = "По мнению депутата Мажилиса Ш. Осина, медиация должна стать обязательной в каждом районе."
    assert find_speakers(t) == ["Ш. Осин"]
    en = "\"Kazakhstan's model of interethnic harmony is our common achievement,\" said President Kassym-Jomart Tokayev."
    assert find_speakers(en, language="en", on=on) == ["К.К. Токаев"]
    # a name in another case, or after a comma, is no speaker
    assert find_speakers("Встреча с А. Платоновым в Доме дружбы подчеркнула роль медиации.") == []
    assert find_speakers("По мнению экспертов, которых опросил А. Платонов, вопрос решен.") == []


def test_an_indeclinable_surname_speaks_with_a_feminine_verb_or_she():
    # Ким, Ли, Цой, Пак, Тен have no gender of their own: «выступила», «она» make the person a woman
    t = ("В завершение выступила с докладом руководитель ассоциации корейцев Л. Ким. "
         "Она предложила провести летний лагерь трехъязычия.")
    assert find_speakers(t) == ["Л. Ким"]
    assert attribute_passages([t]) == [["Л. Ким"]]
    assert find_speakers("«Мы вместе», — сказала на встрече директор театра В. Цой.") == ["В. Цой"]
    assert find_speakers("Модератором круглого стола была Л. Пак. Она отметила важность диалога.") == ["Л. Пак"]
    # a surname of one gender still does not agree with the other's verb or pronoun
    assert find_speakers("Модератор круглого стола – Л. Петров. Она отметила важность диалога.") == []
    assert find_speakers("«Мы вместе», — сказала на встрече директор театра В. Цоев.") == []


# a session transcript (стенограмма) as the archive holds them: labels name who speaks
TRANSCRIPT = """СТЕНОГРАММА XXX сессии Ассамблеи народа Казахстана

г. Нур-Султан, 27 апреля 2021 года

Сессия проходит под председательством Председателя Ассамблеи народа Казахстана, Президента Республики Казахстан К.К. Токаева.

Повестка дня: О задачах Ассамблеи народа Казахстана в новой общественно-политической реальности.

Место проведения: Дворец Мира и Согласия.

Председательствующий: Уважаемые члены Ассамблеи! Дорогие гости! Позвольте открыть XXX сессию Ассамблеи народа Казахстана.

Слово для доклада предоставляется заместителю Председателя Ассамблеи Абдрахманову С.

Абдрахманов С.: Уважаемый Касым-Жомарт Кемелевич! Уважаемые коллеги!

За прошедший год Ассамблея провела более двух тысяч мероприятий. Как отметил Глава государства, единство – наша главная сила.

(Аплодисменты)

Мы предлагаем создать в каждом районе кабинеты общественного согласия.

ЖУМАБЕКОВА С.: Уважаемый Председательствующий! Советы матерей поддерживают это предложение.

Ким Л.: Благодарю за слово. Корейский театр готов провести гастроли по регионам.

Председательствующий: Спасибо. Переходим к голосованию по проекту резолюции.

1. Об итогах работы Ассамблеи за 2020 год.

Примечание: стенограмма приводится с сокращениями."""


def test_a_transcript_s_labels_make_the_paragraphs_up_to_the_next_label_their_speaker_s():
    paragraphs = TRANSCRIPT.split("\n\n")
    on = date(2021, 4, 27)
    tokayev, abdrakhmanov = ["К.К. Токаев"], ["С. Абдрахманов"]
    assert attribute_passages(paragraphs, on=on) == [
        [], [], [], [], [],  # the heading, the dateline, who chairs, the agenda, the place
        tokayev, tokayev,  # «Председательствующий:» is the chairperson the transcript names
        abdrakhmanov, abdrakhmanov,  # his label, and his next paragraph: not the President he quotes
        [],  # a stage direction
        abdrakhmanov,
        ["С. Жумабекова"], ["Л. Ким"],  # labels in capitals, a Korean surname before its initial
        tokayev, tokayev,  # the chairperson reads the item out
        [],  # a note is nobody's words
    ]
    assert find_speakers(TRANSCRIPT, on=on) == ["К.К. Токаев", "С. Абдрахманов", "С. Жумабекова", "Л. Ким"]


def test_a_chairperson_named_in_the_label_or_nowhere_and_a_name_line_ending_in_a_full_stop():
    paragraphs = [
        "Стенограмма XXIII сессии Ассамблеи народа Казахстана",
        "Председательствующий (Н.А. Назарбаев): Уважаемые члены Ассамблеи! Объявляю сессию открытой.",
        "Тема: «Мәңгілік Ел: один народ – одна страна – одна судьба».",
        "Председательствующий. Слово предоставляется депутату Мажилиса Платонову А.",
        "ПЛАТОНОВ А.: Спасибо, Нурсултан Абишевич.",
        "Назарбаев Н.А. Переходим к обсуждению доклада.",
    ]
    nazarbayev = ["Н.А. Назарбаев"]
    assert attribute_passages(paragraphs) == [[], nazarbayev, [], nazarbayev, ["А. Платонов"], nazarbayev]
    # a chairperson the document does not name speaks as nobody, and stops the speaker before him
    paragraphs = ["Заседание Совета Ассамблеи", "Платонов А.: Предлагаю утвердить повестку дня заседания.",
                  "Председательствующий: Кто за? Принято единогласно.", "Заседание закрыто."]
    assert attribute_passages(paragraphs) == [[], ["А. Платонов"], [], []]


def test_lines_with_a_colon_or_a_name_are_no_labels_outside_transcripts():
    paragraphs = [
        "Повестка дня: Об итогах работы Ассамблеи за 2020 год.",
        "Место проведения: Дом дружбы, г. Астана.",
        "Тема: «Роль медиации в обществе».",
        "1. Об итогах работы Ассамблеи.",
        "Участники заседания:",
        "К.К. Токаев. Фото из архива Акорды.",
        "Депутат А. Платонов отметил: «Медиация должна стать нормой».",
        "Итоги заседания подведены.",
    ]
    on = date(2021, 4, 27)
    assert attribute_passages(paragraphs, on=on) == [[], [], [], [], [], [], ["А. Платонов"], []]
    assert find_speakers("\n\n".join(paragraphs), on=on) == ["А. Платонов"]


def test_a_quote_running_over_two_paragraphs_is_its_closing_speaker_s_from_its_start():
    paragraphs = [
        "Заседание прошло в Доме дружбы.",
        "«Мы прошли большой путь. Ассамблея стала частью политической системы.",
        "Впереди у нас много работы», — подчеркнул С. Абдрахманов.",
    ]
    assert attribute_passages(paragraphs) == [[], ["С. Абдрахманов"], ["С. Абдрахманов"]]
    # each paragraph of the quote opens with «; the speaker before is not the one quoted
    paragraphs = [
        "Депутат А. Платонов рассказал о работе медиаторов.",
        "«Мы прошли большой путь.",
        "«Ассамблея стала частью политической системы.",
        "«Впереди у нас много работы», — подчеркнул С. Абдрахманов.",
    ]
    assert attribute_passages(paragraphs) == [["А. Платонов"]] + [["С. Абдрахманов"]] * 3
    # a quote closed in its own paragraph keeps the speaker who goes on
    paragraphs = ["Депутат А. Платонов рассказал о работе медиаторов.", "«Мы прошли большой путь».",
                  "Заседание продолжилось, — подчеркнул С. Абдрахманов."]
    assert attribute_passages(paragraphs) == [["А. Платонов"], ["А. Платонов"], ["С. Абдрахманов"]]


def test_a_headline_naming_who_speaks_is_no_transcript_label():
    paragraphs = [
        "Платонов: фейки угрожают согласию",
        "Алматы, 21 октября 2025",
        "Круглый стол о противодействии фейкам провел депутат Мажилиса А. Платонов.",
        "«Ложь распространяется быстрее правды», — заявил Платонов.",
        "Участники приняли резолюцию.",
    ]
    assert attribute_passages(paragraphs) == [[], [], [], ["А. Платонов"], []]
    # one label-like line in the body does not make a transcript either
    paragraphs = ["Форум в Доме дружбы", "Ким Л.: театр готов провести гастроли.", "Участники приняли резолюцию."]
    assert attribute_passages(paragraphs)[2] == []
    # an interview whose answers are labelled still is one
    paragraphs = [
        "Интервью с председателем Совета матерей",
        "– Наталья Ивановна, зачем Ассамблее Совет матерей?",
        "Н. Дементьева: Мать первой учит ребенка уважать соседа.",
        "Это главное в семье.",
        "Н. Дементьева: Это «Дорога в школу» и «Бабушкины сказки».",
    ]
    assert attribute_passages(paragraphs) == [[], [], ["Н. Дементьева"], ["Н. Дементьева"], ["Н. Дементьева"]]


def test_a_dash_question_between_labelled_answers_is_the_interviewer_s_and_ends_the_answer():
    paragraphs = [
        "Интервью с председателем Совета матерей",
        "– Наталья Ивановна, зачем Ассамблее Совет матерей?",
        "Н. Дементьева: Мать первой учит ребенка уважать соседа.",
        "– Какие проекты вы считаете главными?",
        "Н. Дементьева: Это «Дорога в школу» и «Бабушкины сказки».",
        "– Это проекты для всех национальностей.",
    ]
    dementyeva = ["Н. Дементьева"]
    # her answer may go on in a dash paragraph; only a question is the interviewer's
    assert attribute_passages(paragraphs) == [[], [], dementyeva, [], dementyeva, dementyeva]


def test_a_pronoun_after_the_speech_verb_is_the_person_named_just_before():
    t = "Эксперт Г. Ахметова не согласилась с ним. «Запреты не работают, работает только доверие», — возразила она."
    assert find_speakers(t) == ["Г. Ахметова"]
    assert attribute_passages(["Фейки угрожают согласию", t]) == [[], ["Г. Ахметова"]]
    # the pronoun's gender must fit: a man named before is not «она»
    assert find_speakers("Депутат А. Платонов выступил позже. «Запреты не работают», — сказала она.") == ["А. Платонов"]
    # a quote over several paragraphs whose closing paragraph says «— добавил он»: his to the end
    paragraphs = [
        "«Когда пришла беда, люди встали плечом к плечу», — отметил С. Абдрахманов.",
        "«Мы не делим людей по этносам. Помощь получает каждый, кто в ней нуждается.",
        "Волонтеры работают во всех семнадцати регионах», — добавил он.",
    ]
    assert attribute_passages(paragraphs) == [["С. Абдрахманов"]] * 3


ATYRAU = ["Встреча в Атырау", "Атырау, 1 августа 2023 г.",
          "«Каждый этнос — часть общей семьи», — сказал председатель Совета Т. Ибрагимов."]


@pytest.mark.parametrize("paragraph, speaker", [
    ("«Разве согласие — не главное наше достояние?» — спросил М. Есенов.", "М. Есенов"),
    ("«Как это сделать?» — поинтересовалась Г. Ахметова.", "Г. Ахметова"),
    ("«Мы продолжим работу в селах», — пообещала Г. Ахметова.", "Г. Ахметова"),
    ("«Мы продолжим работу в селах», — считает Г. Ахметова.", "Г. Ахметова"),
    ("«Мы продолжим работу в селах», — убеждена Г. Ахметова.", "Г. Ахметова"),
    ("«Мы продолжим работу в селах», — уверен аким района С. Жумабаев.", "С. Жумабаев"),
    ("«Поддерживаю коллегу. Волонтеры нужны в каждом районе», — заверил его аким района С. Жумабаев.",
     "С. Жумабаев"),
    ("«Я ошибался», — признался С. Жумабаев.", "С. Жумабаев"),
], ids=["asked", "wondered", "promised", "believes", "convinced", "sure", "assured him", "admitted"])
def test_a_quote_asked_promised_or_believed_is_the_named_person_s(paragraph, speaker):
    # each was filed under Т. Ибрагимов, the previous paragraph's speaker, even «пообещала»
    paragraphs = ATYRAU + [paragraph]
    assert attribute_passages(paragraphs) == [[], [], ["Т. Ибрагимов"], [speaker]]
    assert find_speakers("\n\n".join(paragraphs)) == ["Т. Ибрагимов", speaker]


@pytest.mark.parametrize("paragraph, speakers", [
    # a verb no cue knows, naming someone else
    ("«Мы продолжим работу в селах», — улыбнулась Г. Ахметова.", []),
    ("«Мы продолжим работу в селах», — продолжил аким района С. Жумабаев.", []),
    ("– Мы продолжим работу в селах, – улыбнулась Г. Ахметова.", []),
    # a verb whose gender or number is not his
    ("«Мы продолжим работу в селах», — добавила она.", []),
    ("«Мы продолжим работу в селах», — сказала председатель.", []),
    ("«Мы продолжим работу в селах», — отметили участники.", []),
    # his words going on
    ("«Мы продолжим работу в селах», — продолжил Т. Ибрагимов.", ["Т. Ибрагимов"]),
    ("«Мы продолжим работу в селах», — добавил он.", ["Т. Ибрагимов"]),
    ("«Мы продолжим работу в селах».", ["Т. Ибрагимов"]),
])
def test_a_quote_attributed_to_someone_else_is_never_the_previous_speaker_s(paragraph, speakers):
    # a quote whose attribution we cannot read was the previous paragraph's speaker's, whoever
    # it named and whatever the verb's gender: no speaker is better than the wrong one
    assert attribute_passages(ATYRAU + [paragraph])[-1] == speakers


ATYRAU_MEETING = ["Встреча в Атырау", "Атырау, 3 декабря 2023 г."]
A_MAN_S_QUOTE = "«Семья — основа согласия», — сказал аким М. Есенов."
A_QUOTE_OVER_TWO = ["«Матери воспитывают детей в уважении к соседям.", "Это наш главный вклад», — сказала она."]


@pytest.mark.parametrize("before, speaker", [
    # «она» is the woman named before the quote: the quote's own sentences name no one, and the
    # man named right before it is not «она»
    ("На встрече выступила Г. Ахметова.", "Г. Ахметова"),
    # no woman named before: the quote is no one's, not the man's the paragraph before it quoted
    ("На встрече говорили о семье.", None),
], ids=["she named before", "no she"])
def test_a_quote_over_two_paragraphs_signed_she_is_never_the_man_s_before_it(before, speaker):
    # its first paragraph was М. Есенов's, the second no one's: `speaker:Есенов` found her words
    paragraphs = ATYRAU_MEETING + [before, A_MAN_S_QUOTE] + A_QUOTE_OVER_TWO
    said = [speaker] if speaker else []
    assert attribute_passages(paragraphs)[-3:] == [["М. Есенов"], said, said]
    # each paragraph of the quote reopening with «, by convention
    paragraphs = paragraphs[:-1] + ["«" + paragraphs[-1]]
    assert attribute_passages(paragraphs)[-3:] == [["М. Есенов"], said, said]


def test_a_quote_over_two_paragraphs_signed_he_stays_the_man_s():
    paragraphs = ATYRAU_MEETING + ["На встрече выступила Г. Ахметова.", A_MAN_S_QUOTE, A_QUOTE_OVER_TWO[0],
                                   "Это наш главный вклад», — добавил он."]
    assert attribute_passages(paragraphs)[-3:] == [["М. Есенов"]] * 3


@pytest.mark.parametrize("paragraph, speaker", [
    ("«Мы рядом», — сказал в интервью Е. Маратов.", "Е. Маратов"),
    ("«Язык объединяет людей», — подчеркнул в беседе с корреспондентом Н. Оспанов.", "Н. Оспанов"),
    ("«Мы рядом», — сказала в интервью Г. Ахметова.", "Г. Ахметова"),
    ("«Мы рядом», — сказал журналистам Е. Маратов.", "Е. Маратов"),
    ("«Мы рядом», — сказал в беседе с Г. Ахметовой Е. Маратов.", "Е. Маратов"),
    # the one asked is not the one who asks
    ("«Когда начнется фестиваль?» — спросила у С. Жумабаева Л. Ким.", "Л. Ким"),
    ("«Мы рядом», — сказал Т. Ибрагимову Е. Маратов.", "Е. Маратов"),
    ("На форуме выступил с докладом Е. Маратов.", "Е. Маратов"),
], ids=["in an interview", "talking to a correspondent", "she, in an interview", "to journalists",
        "talking to her", "asked him", "to the speaker before", "with a report"])
def test_a_phrase_between_the_speech_verb_and_the_name_leaves_the_name_the_speaker(paragraph, speaker):
    # «— сказал в интервью Е. Маратов» had no speaker, while «… А. Сейткали» had: a name after
    # a noun was read as its complement in the genitive, unless it had no gender
    assert attribute_passages(ATYRAU + [paragraph])[-1] == [speaker]
    assert find_speakers(paragraph) == [speaker]


def test_a_name_the_quote_s_verb_speaks_to_is_not_its_speaker():
    # «кивнул» is no speech verb; the attribution names Е. Маратов, not Т. Ибрагимов, whom he
    # nodded to: the words were Т. Ибрагимов's, the speaker before
    assert attribute_passages(ATYRAU + ["«Мы рядом», — кивнул Т. Ибрагимову Е. Маратов."])[-1] == []


def test_in_a_speech_a_quote_attributed_to_someone_else_is_not_the_author_s():
    paragraphs = ["Выступление председателя Совета Т. Ибрагимова на форуме", "Уважаемые участники! Мы много сделали.",
                  "«Мы продолжим работу в селах», — улыбнулась Г. Ахметова, когда мы встретились.",
                  "«Работа только начинается», — говорили мы тогда.", "Спасибо за внимание!"]
    author = ["Т. Ибрагимов"]
    assert attribute_passages(paragraphs, title=paragraphs[0]) == [[], author, [], author, author]


ADDRESS_BODY = {
    "ru": ["2 сентября 2019 года", "Уважаемые соотечественники! Казахский язык станет языком межнационального общения."],
    "kk": ["2019 жылғы 2 қыркүйек", "Құрметті отандастар! Біз реформаларды жалғастырамыз."],
    "en": ["September 2, 2019", "Dear compatriots! We will continue the reforms."],
}


@pytest.mark.parametrize("language, title", [
    ("ru", "Послание Главы государства К.К. Токаева народу Казахстана «Конструктивный общественный диалог»"),
    ("ru", "Поздравление Президента Республики Казахстан К.К. Токаева с Днем благодарности"),
    ("ru", "Приветственное слово Главы государства К.К. Токаева участникам форума"),
    ("kk", "Мемлекет басшысы Қасым-Жомарт Тоқаевтың Қазақстан халқына Жолдауы"),
    ("kk", "Мемлекет басшысы Қ.Тоқаевтың Қазақстан халқы Ассамблеясының сессиясында сөйлеген сөзі"),
    ("kk", "Мемлекет басшысы Қасым-Жомарт Тоқаевтың Қазақстан халқы Ассамблеясының XXIX сессиясындағы сөзі"),
    ("en", "Address by President Kassym-Jomart Tokayev to the People of Kazakhstan"),
], ids=["poslanie", "pozdravlenie", "privetstvennoe slovo", "zholdauy", "soilegen sozi",
        "sessiyasyndagy sozi", "address by"])
def test_an_address_titled_with_its_author_is_his_speech(language, title):
    """«Послание Главы государства К.К. Токаева народу Казахстана» had no speaker, so
    `speaker:Токаев` missed the address whose whole text is his, while «Выступление К.К.
    Токаева...» was his."""
    paragraphs = [title] + ADDRESS_BODY[language]
    found = extract("\n\n".join(paragraphs), paragraphs, title=title)
    assert found.speakers == ["К.К. Токаев"]
    assert found.passage_speakers == [[], [], ["К.К. Токаев"]]  # the title and the date are nobody's words


def test_an_address_named_in_a_report_or_addressed_to_someone_is_not_their_speech():
    paragraphs = ["Послание Главы государства народу Казахстана обсудили на заседании Совета.",
                  "Участники отметили важность языковой политики."]
    assert extract("\n\n".join(paragraphs), paragraphs).speakers == []
    paragraphs = ["Поздравление Президенту К.К. Токаеву от участников форума", "Участники приняли обращение."]
    assert extract("\n\n".join(paragraphs), paragraphs, title=paragraphs[0]).speakers == []


@pytest.mark.parametrize("paragraphs", [
    ["Молодежный форум прошел в Таразе", "Участников приветствовал аким области. Приветственное слово Главы "
     "государства зачитал заместитель председателя Ассамблеи Б. Жумабеков. Участники обсудили планы."],
    ["Форум в Таразе", "Обращение Президента К.К. Токаева огласил аким области. Участники обсудили планы."],
    ["Форум в Таразе", "Доклад председателя Г. Сейтказиной зачитал ее заместитель А. Иванов. Участники обсудили планы."],
    # a headline with a verb is news about the address, not its text
    ["Поздравление Главы государства К.К. Токаева передали ветеранам", "Ветераны поблагодарили за внимание."],
    ["Послание Главы государства К.К. Токаева народу Казахстана зачитал аким области Б. Жумабеков",
     "Уважаемые соотечественники! Казахский язык станет языком межнационального общения."],
], ids=["greeting read out", "address read out", "report read out", "greeting handed", "address read in a title"])
def test_a_speech_someone_else_reads_or_hands_on_makes_no_speaker(paragraphs):
    # «Приветственное слово Главы государства зачитал … Б. Жумабеков» made К.К. Токаев a speaker
    # of a report with no words of his; the one who reads the words did not say them either
    found = extract("\n\n".join(paragraphs), paragraphs, title=paragraphs[0])
    assert found.speakers == []


def test_a_speech_that_is_the_subject_of_its_sentence_still_names_its_speaker():
    paragraphs = ["Форум в Таразе", "Выступление Г. Сейтказиной прозвучало на форуме. Участники обсудили планы."]
    assert extract("\n\n".join(paragraphs), paragraphs, title=paragraphs[0]).speakers == ["Г. Сейтказина"]


def test_an_interview_is_not_all_its_interviewee_s_words():
    # unlike an address, the interviewer's questions are in it: an interview's title makes its
    # interviewee a speaker, not the author of every paragraph
    paragraphs = ["Интервью Главы государства К.К. Токаева газете «Егемен Казахстан»",
                  "– Какие задачи стоят перед Ассамблеей?",
                  "– Ассамблея должна укреплять единство."]
    found = extract("\n\n".join(paragraphs), paragraphs, title=paragraphs[0])
    assert found.speakers == ["К.К. Токаев"]
    assert found.passage_speakers[1] == []


# a Kazakh session record (хаттама) labels its turns as Russian transcripts do
KK_HATTAMA = """ХАТТАМА
Қазақстан халқы Ассамблеясы Кеңесінің отырысы

Нұр-Сұлтан қаласы, 2020 жылғы 14 желтоқсан

Тоқаев Қ.К.: Құрметті әріптестер! Бүгін біз Ассамблеяның алдағы жылға арналған жұмыс жоспарын қарастырамыз.

Тұяқбай Ж.: Құрметті Қасым-Жомарт Кемелұлы! Биыл Ассамблея еріктілері жүз мыңнан астам отбасыға көмек көрсетті.

Тоқаев Қ.К.: Рахмет. Келесі жылы Ассамблея кеңестерінің жұмысын өңірлерде күшейту қажет."""


@pytest.mark.parametrize("labels", [("Тоқаев Қ.К.:", "Тұяқбай Ж.:"), ("Токаев К.К.:", "Абдрахманов С.:")])
def test_a_kazakh_transcript_s_labels_make_speakers(labels):
    text = KK_HATTAMA.replace("Тоқаев Қ.К.:", labels[0]).replace("Тұяқбай Ж.:", labels[1])
    paragraphs = text.split("\n\n")
    x = extract(text, paragraphs)
    second = "Ж. Тұяқбай" if labels[1].startswith("Тұяқбай") else "С. Абдрахманов"
    assert x.language == "kk"
    assert x.speakers == ["К.К. Токаев", second]
    assert x.passage_speakers[2:] == [["К.К. Токаев"], [second], ["К.К. Токаев"]]


def test_a_label_with_a_surname_of_no_russian_ending_is_a_label():
    # «Туякбай Ж.:» once went unread, and his words were cited as the President's
    text = KK_HATTAMA.replace("Тоқаев Қ.К.: Құрметті әріптестер! Бүгін біз", "Токаев К.К.: Уважаемые коллеги! Сегодня мы") \
        .replace("Тұяқбай Ж.: Құрметті Қасым-Жомарт Кемелұлы!", "Туякбай Ж.: Уважаемый Касым-Жомарт Кемелевич! Волонтеры помогли семьям.") \
        .replace("Тоқаев Қ.К.: Рахмет.", "Токаев К.К.: Спасибо.")
    paragraphs = text.split("\n\n")
    assert attribute_passages(paragraphs, "ru")[2:] == [["К.К. Токаев"], ["Ж. Туякбай"], ["К.К. Токаев"]]


def test_a_russian_report_quoting_one_kazakh_sentence_stays_russian_and_keeps_its_speaker():
    text = ("Павлодар, 10 февраля 2021 года. Состоялось заседание Совета матерей (Аналар кеңесі) областной "
            "Ассамблеи народа Казахстана. Председатель совета Г.Сәрсенова рассказала о планах на год.\n\n"
            "«Аналар кеңесі – бұл біздің ортақ үйіміз», – подчеркнула Г.Сәрсенова. Она отметила, что в этом "
            "году совет проведет акцию «Мейірім».\n\nПо итогам заседания была принята резолюция.")
    x = extract(text, text.split("\n\n"))
    assert x.language == "ru"
    assert x.speakers == ["Г. Сәрсенова"]
    assert x.passage_speakers[1] == ["Г. Сәрсенова"]


def test_each_half_of_a_bilingual_text_finds_its_speaker_in_its_own_language():
    kk = ("2020 жылғы 1 наурызда Қазақстан халқы Ассамблеясы Алғыс айту күніне арналған республикалық акцияны "
          "бастады. Акцияның мақсаты – халықтың бірлігін нығайту. «Алғыс айту – адамгершіліктің белгісі», – деді "
          "Қ.Тоқаев.")
    ru = ("1 марта 2020 года Ассамблея народа Казахстана начала республиканскую акцию ко Дню благодарности. Цель "
          "акции – укрепление единства народа. «Благодарность – признак человечности», – сказал К.Токаев.")
    for paragraphs in ([kk, ru], [ru, kk]):
        assert attribute_passages(paragraphs, "kk") == [["К.К. Токаев"], ["К.К. Токаев"]]
        assert attribute_passages(paragraphs, "ru") == [["К.К. Токаев"], ["К.К. Токаев"]]


def test_a_one_line_transcript_of_many_quotes_is_read_in_linear_time():
    # every cue searched its line from the start for a closing quotation mark, and walked to its
    # sentence's end token by token: 200 KB of «…», — заявил X took 12 s (57 s for 400 KB)
    import random

    surnames = "Абдрахманов Жумабеков Назарбаев Токаев".split()

    def transcript(quotes: int) -> None:
        rnd = random.Random(3)
        attribute_passages([" ".join(f"«Текст {i}», — заявил {rnd.choice(surnames)}" for i in range(quotes))])

    assert growth(transcript, 1_500) < LINEAR_GROWTH


def test_a_label_with_a_role_in_brackets_is_its_person_s():
    # «Н.А. Назарбаев (Председатель Ассамблеи):» was no label: no speakers, or the deputy's words
    paragraphs = [
        "СТЕНОГРАММА XXII сессии Ассамблеи народа Казахстана",
        "Н.А. Назарбаев: Дорогие друзья! Двадцать лет назад мы создали Ассамблею.",
        "Е. Тугжанов (заместитель Председателя Ассамблеи): Позвольте доложить об итогах работы.",
        "Н.А. Назарбаев (Председатель Ассамблеи): Спасибо. Продолжайте.",
        "ТОКАЕВ К.К. (Председатель Сената): Я поддерживаю этот доклад.",
        "Н.А. Назарбаев (Председатель Ассамблеи) поблагодарил участников.",
    ]
    nazarbayev = ["Н.А. Назарбаев"]
    assert attribute_passages(paragraphs, on=date(2015, 4, 27)) == [
        [], nazarbayev, ["Е. Тугжанов"], nazarbayev, ["К.К. Токаев"],
        ["К.К. Токаев"],  # a role and then a verb: a sentence, no label, so the turn before goes on
    ]


def test_name_labels_in_capitals_with_a_full_stop_are_labels_once_one_is_clearly_speech():
    # «Ю. ЛИ. Корейская диаспора…» opens with no first person: it was the President's words
    paragraphs = [
        "СТЕНОГРАММА заседания круглого стола",
        "К. ТОКАЕВ. Уважаемые участники круглого стола! Государственный язык объединяет нас.",
        "Ю. ЛИ. Корейская диаспора всегда поддерживала политику согласия.",
        "К. ТОКАЕВ. Да, у меня вопрос. Сколько детей посещают воскресные школы?",
        "Ю. ЛИ. Около трехсот детей в пяти городах.",
        "С. АБДРАХМАНОВ. Трехъязычие открывает дорогу молодежи.",
        "К. ТОКАЕВ. Хорошо.",
    ]
    tokayev, li = ["К.К. Токаев"], ["Ю. Ли"]
    assert attribute_passages(paragraphs, on=date(2021, 10, 14)) == [
        [], tokayev, li, tokayev, li, ["С. Абдрахманов"], tokayev]
    # written in plain letters, a name and a full stop still need a speaker's own words to be a label
    paragraphs = ["Стенограмма заседания", "Н.А. Назарбаев. Уважаемые участники сессии!",
                  "Платонов А.: Спасибо, Нурсултан Абишевич.", "Н. Назарбаев. Эпоха. Книга о пути страны.",
                  "К. ТОКАЕВ. Фото из архива Акорды."]
    assert attribute_passages(paragraphs, on=date(2015, 4, 27)) == [
        [], ["Н.А. Назарбаев"], ["А. Платонов"], ["А. Платонов"], ["А. Платонов"]]


def test_interruptions_from_the_floor_are_nobody_s_words():
    # «Голос из зала: … Их закрывают!» was cited as the President's
    paragraphs = [
        "СТЕНОГРАММА заседания Ассамблеи",
        "Токаев К.К.: Уважаемые коллеги! Мы должны укреплять единство народа.",
        "Голос из зала: А как же сельские дома дружбы? Их закрывают!",
        "Реплика с места: Нужно увеличить финансирование!",
        "С места: Почему молчит акимат?",
        "Токаев К.К.: Я слышу вас.",
        "Абдрахманов С.А.: Позвольте дополнить.",
    ]
    tokayev = ["К.К. Токаев"]
    assert attribute_passages(paragraphs, on=date(2022, 5, 12)) == [
        [], tokayev, [], [], [], tokayev, ["С.А. Абдрахманов"]]


@pytest.mark.parametrize("chair", ["Председатель. –", "ПРЕДСЕДАТЕЛЬ:", "Председатель:", "Председательствующий:"],
                         ids=["dot dash", "capitals", "colon", "presiding"])
def test_a_chairman_s_label_is_the_chairperson_the_document_names(chair):
    # «Председатель. – Спасибо, Юрий Александрович» was Ли thanking himself
    paragraphs = [
        "СТЕНОГРАММА заседания Совета общественного согласия",
        "Заседание проходит под председательством С. Абдрахманова.",
        f"{chair} Уважаемые коллеги! Слово предоставляется Юрию Ли.",
        "Ли Ю.: Корейская диаспора поддерживает политику согласия.",
        f"{chair} Спасибо, Юрий Александрович. Переходим к следующему вопросу.",
        "Доклад Председателя: об итогах года.",
    ]
    chairman = ["С. Абдрахманов"]
    assert attribute_passages(paragraphs, on=date(2022, 6, 20)) == [
        [], [], chairman, ["Ю. Ли"], chairman,
        [],  # a heading naming the chairman is nobody's words
    ]


@pytest.mark.parametrize("chair", ["Төраға:", "ТӨРАҒА:", "Төрағалық етуші:", "Торага:", "Төраға. –"])
@pytest.mark.parametrize("named", ["Отырыс Ассамблея Төрағасының орынбасары Е.Л. Қариннің төрағалығымен өтуде.",
                                   "Отырысқа Ассамблея Төрағасының орынбасары Е.Л. Қарин төрағалық етті.",
                                   "Төрағалық етуші – Ассамблея Төрағасының орынбасары Е.Л. Қарин."],
                         ids=["under the chairmanship of", "chaired", "presiding"])
def test_a_kazakh_chairman_s_label_is_the_chairperson_the_document_names(chair, named):
    # «Төраға:» was a heading of nobody: the chair had no turns and his label stayed in his quotes
    paragraphs = [
        "СТЕНОГРАММА",
        named,
        f"{chair} Құрметті әріптестер! Бүгінгі отырысымызды ашық деп жариялаймын.",
        "Тоқаев Қ.К.: Ассамблея қоғамдық келісімді нығайтуда маңызды рөл атқарады.",
        f"{chair} Отырыс жабық деп жарияланады.",
    ]
    karin = ["Е.Л. Қарин"]
    assert attribute_passages(paragraphs, on=date(2020, 10, 15)) == [[], [], karin, ["К.К. Токаев"], karin]


def test_a_chair_s_label_with_a_dash_before_his_name_is_his_turn():
    # «Председатель – Е.Қ. Қайратұлы. Уважаемые коллеги…» was nobody's turn, its label kept in the quote;
    # the same words alone on a line under the heading name who presides
    paragraphs = [
        "СТЕНОГРАММА заседания Совета по делам кандасов",
        "Председательствующий – Е.Қ. Қайратұлы.",
        "Председатель – Е.Қ. Қайратұлы. Уважаемые коллеги, начинаем заседание.",
        "А.Н. Сейткали. Благодарю. Вопрос о жилье кандасов остается острым.",
        "Председатель — Е.Қ. Қайратұлы. Спасибо, переходим ко второму вопросу.",
    ]
    chair = ["Е.Қ. Қайратұлы"]
    assert attribute_passages(paragraphs, on=date(2025, 2, 10)) == [[], [], chair, ["А.Н. Сейткали"], chair]


def test_a_full_name_label_is_its_person_s():
    # «Назарбаев Нурсултан Абишевич:» was no label: the moderator before him got his words
    paragraphs = [
        "СТЕНОГРАММА заседания Совета Ассамблеи",
        "Тугжанов Е.Л.: Уважаемые коллеги! Слово предоставляется Председателю Ассамблеи.",
        "Назарбаев Нурсултан Абишевич: Дорогие друзья! Я благодарю всех членов Ассамблеи за работу.",
        "Тугжанов Е.Л.: Спасибо. Переходим ко второму вопросу.",
        "ТОКАЕВ КАСЫМ-ЖОМАРТ КЕМЕЛЕВИЧ: Я поддерживаю предложение Сената.",
    ]
    tugzhanov = ["Е.Л. Тугжанов"]
    assert attribute_passages(paragraphs, on=date(2018, 5, 12)) == [
        [], tugzhanov, ["Н.А. Назарбаев"], tugzhanov, ["К.К. Токаев"]]


@pytest.mark.parametrize("post", ["Председатель: ", "Председатель. ", "Председательствующий: ", "Секретарь: "])
def test_a_post_followed_by_a_name_is_a_list_of_members_and_no_turn(post):
    # «Председатель: Ли Ю.А.» in a report naming its chair made the chair say the list and all after it
    paragraphs = [
        "Состав секций Научно-экспертного совета Ассамблеи",
        "Заседание совета прошло под председательством С. Абдрахманова. Утвержден состав секций.",
        "Секция этнополитики",
        f"{post}Ли Ю.А.",
        "Секция изучает межэтнические отношения и готовит ежегодный доклад.",
        "Секция языковой политики",
        f"{post}Жумабеков Б.Т.",
        "Секция оценивает работу воскресных школ.",
    ]
    assert attribute_passages(paragraphs, on=date(2020, 1, 15)) == [[]] * len(paragraphs)


def test_a_name_a_colon_and_a_lowercase_phrase_is_a_subheading_and_no_turn():
    # «Абай Кунанбаев: наследие и современность» made each section of a report the poet's speech
    paragraphs = [
        "Вечер памяти великих сынов казахского народа",
        "В Доме дружбы прошел литературный вечер.",
        "Абай Кунанбаев: наследие и современность",
        "Поэт и мыслитель оставил нам «Слова назидания». Студенты прочитали стихи на пяти языках.",
        "Мухтар Ауэзов: роман-эпопея",
        "Роман «Путь Абая» переведен более чем на сто языков мира.",
        "Итоги вечера: планы на будущее",
        "Организаторы решили сделать вечер ежегодным.",
    ]
    assert attribute_passages(paragraphs, on=date(2021, 8, 20)) == [[]] * len(paragraphs)
    # a turn opens with a capital, or ends its sentence
    paragraphs = ["Стенограмма заседания", "Токаев К.К.: Уважаемые коллеги! Начнем.",
                  "Абдрахманов С.: согласен с докладом.", "Токаев К.К.: Спасибо."]
    assert attribute_passages(paragraphs, on=date(2021, 8, 20)) == [
        [], ["К.К. Токаев"], ["С. Абдрахманов"], ["К.К. Токаев"]]


def test_a_book_list_is_no_transcript_and_an_epigraph_is_its_own_paragraph():
    # «Н. Назарбаев. Моя жизнь…» and epigraphs «Н.А. Назарбаев: «…»» made a report a transcript and
    # its narration the President's words
    books = [
        "Выставка книг в библиотеке Дома дружбы",
        "На выставке представлены книги:",
        "Н. Назарбаев. Моя жизнь. От зависимости к свободе.",
        "Н. Назарбаев. Эпоха независимости.",
        "К. Токаев. Мы строим справедливый Казахстан.",
        "Посетители выставки отметили, что книги пользуются большим спросом у студентов.",
    ]
    assert attribute_passages(books, on=date(2023, 5, 5)) == [[]] * len(books)
    epigraphs = [
        "Методические рекомендации для кабинетов медиации",
        "Н.А. Назарбаев: «Ассамблея – это уникальный институт общественного согласия».",
        "К.К. Токаев: «Единство – наша главная сила».",
        "Кабинеты медиации работают при всех домах дружбы. В 2021 году медиаторы рассмотрели триста обращений.",
        "Рекомендуется проводить встречи с молодежью.",
    ]
    assert attribute_passages(epigraphs, on=date(2022, 3, 10)) == [
        [], ["Н.А. Назарбаев"], ["К.К. Токаев"], [], []]
    # a name and a full stop whose next paragraph goes on in the speaker's own voice is still his turn
    speech = ["Стенограмма заседания", "Н.А. Назарбаев. Уважаемые участники сессии!",
              "Мы создали Ассамблею двадцать лет назад.", "Платонов А.: Спасибо, Нурсултан Абишевич.",
              "Ассамблея провела двести мероприятий."]
    assert attribute_passages(speech, on=date(2015, 4, 27)) == [
        [], ["Н.А. Назарбаев"], ["Н.А. Назарбаев"], ["А. Платонов"], ["А. Платонов"]]


def test_a_poem_a_speaker_announces_with_a_colon_is_her_reading():
    # the stanzas after «Я хочу прочесть стихотворение…:» were nobody's words: a name-and-full-stop
    # turn went on only into paragraphs in the speaker's own voice, and verse is none
    paragraphs = [
        "СТЕНОГРАММА торжественного собрания",
        "Тугжанов Е.Л. Уважаемые участники собрания! Позвольте начать наше собрание.",
        "Ахметова Г.С. Дорогие друзья! Я хочу прочесть стихотворение, которое написала моя ученица:",
        "Под небом синим, под шаныраком\nЖивут народы единой семьей,\nИ каждый дом, родной и знакомый,\n"
        "Стоит в этой степи, под этой луной.",
        "Пусть над страною солнце сияет,\nПусть не смолкает звонкий смех,\nКаждый в этом доме узнает,\n"
        "Что счастье одно на всех.",
        "Собрание продолжило работу по повестке дня, выступили представители областей.",
        "Ким В.Н. Я скажу коротко. Я горжусь своей страной.",
    ]
    assert attribute_passages(paragraphs, on=date(2015, 4, 30)) == [
        [], ["Е.Л. Тугжанов"], ["Г.С. Ахметова"], ["Г.С. Ахметова"], ["Г.С. Ахметова"], [], ["В.Н. Ким"]]


def test_a_name_subheading_with_a_capital_above_narration_is_no_turn():
    # «Абай Кунанбаев: Наследие и современность» (a capital after the colon) made the section the poet's speech
    paragraphs = [
        "Вечер памяти великих сынов казахского народа",
        "В Доме дружбы прошел литературный вечер.",
        "Абай Кунанбаев: Наследие и современность",
        "Поэт и мыслитель оставил нам «Слова назидания». Студенты прочитали стихи на пяти языках.",
        "Мухтар Ауэзов: Роман-эпопея",
        "Роман «Путь Абая» переведен более чем на сто языков мира.",
    ]
    assert attribute_passages(paragraphs, on=date(2021, 8, 20)) == [[]] * len(paragraphs)
    # the same label form opening speech, or followed by another label, is a turn
    paragraphs = ["Стенограмма встречи", "Нурлан Ермекбаев: Добрый день",
                  "Сегодня мы открываем новый Дом дружбы.", "Мухтар Ауэзов: Спасибо за приглашение."]
    assert attribute_passages(paragraphs, on=date(2021, 8, 20)) == [
        [], ["Н. Ермекбаев"], ["Н. Ермекбаев"], ["М. Ауэзов"]]


def test_short_lowercase_replies_in_a_transcript_keep_their_speaker():
    # «Ким Н.В.: нет возражений» was read as a subheading: the reply was nobody's and Ким no speaker
    paragraphs = [
        "Стенограмма круглого стола",
        "Ли Ю.А.: Уважаемые коллеги! Я предлагаю обсудить воскресные школы.",
        "Жумабеков Б.Т.: да, согласен с коллегой",
        "Ли Ю.А.: Спасибо. Переходим ко второму вопросу.",
        "Ким Н.В.: нет возражений",
    ]
    assert attribute_passages(paragraphs, on=date(2013, 3, 3)) == [
        [], ["Ю.А. Ли"], ["Б.Т. Жумабеков"], ["Ю.А. Ли"], ["Н.В. Ким"]]


def test_a_plain_name_and_stop_turn_not_in_the_first_person_is_no_book_list():
    # «Ю.А. Ли. Корейская диаспора поддерживает решение.» made «Н.А. Назарбаев. Благодарю…» a book
    # list's line: both turns went to Тугжанов, who spoke before
    paragraphs = [
        "Стенограмма XXII сессии Ассамблеи народа Казахстана",
        "Н.А. Назарбаев. Уважаемые участники сессии! Я открываю заседание.",
        "Е.Л. Тугжанов. Спасибо. Доклад подготовлен секретариатом.",
        "Н.А. Назарбаев. Благодарю. Переходим к голосованию.",
        "Ю.А. Ли. Корейская диаспора поддерживает решение. Мы голосуем за.",
    ]
    assert attribute_passages(paragraphs, on=date(2015, 4, 27)) == [
        [], ["Н.А. Назарбаев"], ["Е.Л. Тугжанов"], ["Н.А. Назарбаев"], ["Ю.А. Ли"]]


def test_a_turn_opening_with_a_quotation_in_a_transcript_runs_to_the_next_label():
    # «Тугжанов Е.Л.: «Единство – наша главная сила».» was read as an epigraph: the rest of his turn was nobody's
    paragraphs = [
        "Стенограмма заседания Совета Ассамблеи",
        "Тугжанов Е.Л.: «Единство – наша главная сила».",
        "Эти слова стали девизом Ассамблеи. Ассамблея объединяет более ста этносов.",
        "Ли Ю.А.: Уважаемые коллеги! Я поддерживаю.",
    ]
    assert attribute_passages(paragraphs, on=date(2016, 5, 5)) == [
        [], ["Е.Л. Тугжанов"], ["Е.Л. Тугжанов"], ["Ю.А. Ли"]]


def test_a_turn_the_narration_attributes_is_told_from_a_speaker_s_own_words():
    # a reporter's «Президент … Токаев подчеркнул, что…» was cited as Токаев's own words: a turn
    # whose speaker a cue of the narration names is marked so (its citation is the reporter's account)
    paras = ["«Переселенцы нашли здесь второй дом.", "Их дети учатся в наших школах», — отметил историк К. Байтасов.",
             "Президент Касым-Жомарт Токаев подчеркнул, что единство важно."]
    assert [[(t.speakers, t.narrated) for t in turns] for turns in attribute_turns(paras)] == [
        [(["К. Байтасов"], False)],  # a quote running on to the paragraph naming him: his words
        [(["К. Байтасов"], True)], [(["К.К. Токаев"], True)]]
    # a transcript's turns and a speech's body are their speakers' own
    turns = attribute_turns(KK_HATTAMA.split("\n\n"))[2:]
    assert [t.speakers for ts in turns for t in ts] == [["К.К. Токаев"], ["Ж. Тұяқбай"], ["К.К. Токаев"]]
    assert not any(t.narrated for ts in turns for t in ts)
    speech = ["Выступление Б.Жумабекова на собрании", "Уважаемые участники собрания! Мы собрались вместе."]
    assert attribute_turns(speech, title=speech[0])[1] == [(0, ["Б. Жумабеков"])]
    assert not attribute_turns(speech, title=speech[0])[1][0].narrated
    # the rest of a sentence a page break cut, which then names its speaker, is the narration's too
    paras = ["Председатель совета Е.Нурпеисов выступил с докладом. Он отметил, что в стране сложилась сеть структур:",
             "кафедры Ассамблеи работают в вузах. «Наша задача – измерять согласие», – сказал Е.Нурпеисов."]
    assert [turns[0].narrated for turns in attribute_turns(paras)] == [True, True]


def test_kazakh_typed_without_kazakh_letters_is_kazakh_and_names_its_speaker():
    # typed on a Russian keyboard it was ru, «– деди» named nobody and «Астанада Казакстан» made «А. Казакстан»
    kazakh = ("Астанада Қазақстан халқы Ассамблеясының кезекті сессиясы өтті. Сессияда Мемлекет басшысы "
              "Қасым-Жомарт Тоқаев сөз сөйледі. «Қазақстан халқының бірлігі – біздің басты құндылығымыз», – деді "
              "Қасым-Жомарт Тоқаев. Ассамблея мүшелері қоғамдық келісім мен ұлттық бірлікті нығайту жөнінде ұсыныстар "
              "айтты. Іс-шараға 40 адам қатысты.")
    typed = kazakh.translate(str.maketrans("әғқңөұүһіӘҒҚҢӨҰҮҺІ", "агкноуухиАГКНОУУХИ"))
    for text in (kazakh, typed):
        found = extract(text)
        assert (found.language, found.speakers, found.persons) == ("kk", ["К.К. Токаев"], ["К.К. Токаев"]), text[:40]
    # a Russian text naming a Kazakh event stays Russian
    assert extract("В Астане прошла сессия. Ассамблея народа Казахстана обсудила вопросы единства, "
                   "выступил Мемлекет басшысы.").language == "ru"


def test_names_written_with_stress_marks_are_people_and_their_turns_start_in_the_text_as_written():
    # «Назарба́ев» from Wikipedia: the mark ended the word for the name rules, so nobody was found
    text = "Он сказал: «Мы вме́сте», — отметил Назарба́ев. Затем вы́ступил Тока́ев: «Единство — на́ша сила», — сказал Тока́ев."
    found = extract(text)
    assert found.persons == ["Н.А. Назарбаев", "К.К. Токаев"]
    assert found.speakers == ["Н.А. Назарбаев", "К.К. Токаев"]
    second = found.passage_turns[0][1]
    assert second.speakers == ["К.К. Токаев"] and text[second.offset:].startswith("Затем")


def test_two_initials_make_a_common_word_a_surname_and_its_bearer_the_speaker():
    assert find_speakers("«Каждый ребенок – талант», – сказал С.К. Бала.") == ["С.К. Бала"]
    assert find_speakers("«Каждый ребенок – талант», – сказал С.К. Бык.") == ["С.К. Бык"]
    assert find_speakers("«Каждый ребенок – талант», – сказал С.К. Мороз.") == ["С.К. Мороз"]


def test_an_undeclined_surname_in_a_coordinated_object_is_no_speaker_and_her_quote_is_hers():
    # «поблагодарили Иванову-Петрову М.С. и Цой Л.В.» made Цой the subject of the plural verb and cited the
    # thanks as her words, while «– сказала Цой» (read as a man's Цой) went without a speaker
    paragraphs = [
        "Заседание Совета Ассамблеи Восточно-Казахстанской области",
        "Усть-Каменогорск, 11 июля 2018 г. В заседании Совета приняли участие: Ким Роман Константинович, "
        "Семёнов Виктор Иванович, Иванова-Петрова Мария Сергеевна, Цой Лариса Васильевна.",
        "Участники поблагодарили Иванову-Петрову М.С. и Цой Л.В. за подготовку отчета. С Ивановой-Петровой "
        "обсудили план на второе полугодие.",
        "«Мы подготовили три новых проекта», – отметила Иванова-Петрова.",
        "«Корейский центр поддерживает все инициативы», – сказала Цой.",
    ]
    assert attribute_passages(paragraphs) == [[], [], [], ["М.С. Иванова-Петрова"], ["Л.В. Цой"]]
    thanks = "Участники поблагодарили Иванову М.С. и Цой Л.В. за подготовку отчета."
    assert attribute_passages([thanks, "«Мы готовы», – сказала Цой."]) == [[], ["Л.В. Цой"]]
    # the surname alone is the person named before, in her gender: a man's Ким does not «сказала»
    assert attribute_passages(["Выступила Цой Л.В.", "«Мы готовы», – сказала Цой."]) == [["Л.В. Цой"], ["Л.В. Цой"]]
    assert attribute_passages(["Выступил Ким Р.А.", "«Мы готовы», – сказала Ким."]) == [["Р.А. Ким"], []]


def test_a_common_word_surname_before_two_initials_is_the_speaker():
    assert find_speakers("«Дети – наше будущее», – сказал Бала С.К.") == ["С.К. Бала"]


def test_a_namesakes_own_post_before_a_bare_surname_keeps_the_quote_theirs():
    paragraphs = ["Депутат областного маслихата Бахыт Назарбаев провел встречу с активом Ассамблеи.",
                  "«Мы поддержим все проекты молодежного крыла», – сказал депутат Назарбаев."]
    assert attribute_passages(paragraphs) == [[], ["Б. Назарбаев"]]


def test_a_label_with_its_post_after_a_dash_is_a_turn():
    # «КАРИН Е.Т. – заместитель Председателя АНК:» is how many stenograms label a turn (not only in brackets)
    paragraphs = ["Стенограмма заседания Совета Ассамблеи народа Казахстана", "Астана, 15 сентября 2022 года",
                  "КАРИН Е.Т. – заместитель Председателя АНК:\nУважаемые коллеги! Сегодня мы обсуждаем план работы.",
                  "ИВАНОВА Л.П. – председатель ЭКО «Русская община»:\nСпасибо. Мы предлагаем провести форум.",
                  "КАРИН Е.Т.:\nПоддерживаю. Секретариат подготовит проект."]
    assert extract("\n\n".join(paragraphs)).speakers == ["Е.Т. Карин", "Л.П. Иванова"]
    assert attribute_passages(paragraphs)[2:] == [["Е.Т. Карин"], ["Л.П. Иванова"], ["Е.Т. Карин"]]


def test_a_label_with_its_post_after_a_comma_is_a_turn():
    # before: «САРСЕНБАЕВ А.М., депутат Мажилиса:» was no label, and his words stayed Карин's
    paragraphs = ["Стенограмма заседания Совета Ассамблеи народа Казахстана", "Астана, 15 сентября 2022 года",
                  "КАРИН Е.Т. – заместитель Председателя АНК:\nУважаемые коллеги! Сегодня мы обсуждаем план работы.",
                  "САРСЕНБАЕВ А.М., депутат Мажилиса:\nПоддерживаю предложение о грантах.",
                  "ИВАНОВА Л.П., председатель ЭКО «Русская община»:",
                  "Спасибо. Мы предлагаем провести форум."]
    assert attribute_passages(paragraphs)[2:] == [["Е.Т. Карин"], ["А.М. Сарсенбаев"], ["Л.П. Иванова"], ["Л.П. Иванова"]]
    # a reporter's sentence with a verb after the comma is no label
    report = ["Сессия Ассамблеи", "Астана, 15 сентября 2022 года",
              "Карин Е.Т., выступая на сессии, отметил: молодежные центры открыты во всех областях.",
              "Иванова Л.П., председатель ЭКО, пояснила: форум пройдет осенью."]
    assert transcript_labels_of(report) == []


def transcript_labels_of(paragraphs: list[str]) -> list:
    text = "\n\n".join(paragraphs)
    return transcript_labels(text, tokenize(text), find_persons(text, "ru"))


def test_the_president_named_by_the_kazakh_abbreviation_of_the_republic_is_the_speaker():
    text = "Сессия\n\nАстана, 24 апреля 2024 года\n\n«Ассамблея – символ единства», – отметил Президент ҚР.\n"
    assert extract(text).speakers == ["К.К. Токаев"]


def test_a_dash_after_a_label_opening_speech_with_a_colon_is_no_post():
    # «КАРИН Е.Т. – Уважаемые коллеги! … два вопроса:» was read as a label with a post, and his turn ran
    # on over Ахметова's words
    paragraphs = ["СТЕНОГРАММА заседания Совета Ассамблеи народа Казахстана",
                  "КАРИН Е.Т. – Уважаемые коллеги! Сегодня на повестке два вопроса: отчет о работе и план на год.",
                  "АХМЕТОВА Г.С. – Я поддерживаю план. Молодежь должна участвовать в работе центров.",
                  "КАРИН Е.Т. – Спасибо. Переходим к голосованию: кто за?"]
    assert "Е.Т. Карин" not in attribute_passages(paragraphs)[2]


PROTOCOL_HEAD = ["ПРОТОКОЛ № 3", "заседания Совета Ассамблеи народа Казахстана", "Нур-Султан, 14 мая 2021 г."]


@pytest.mark.parametrize("post", [", заместитель Председателя АНК", " – заместитель Председателя АНК"])
def test_a_protocol_s_agenda_items_and_decisions_are_nobody_s_words(post):
    # before: «…АНК: о плане работы…» was Карин's quote and «ПОСТАНОВИЛИ: 1. Утвердить…» Ахметова's
    paragraphs = PROTOCOL_HEAD + [
        "СЛУШАЛИ:", f"Карин Е.Т.{post}: о плане работы с молодежью на 2021 год.",
        "Ахметова Г.С., член Совета матерей: об итогах семейных фестивалей.",
        "ВЫСТУПИЛИ:", "Иванова Л.П., председатель ЭКО: Предлагаю провести форум по родным языкам.",
        "ПОСТАНОВИЛИ:", "1. Утвердить план работы с молодежью на 2021 год.",
        "2. Секретариату Ассамблеи подготовить отчет до 1 июля 2021 г."]
    assert attribute_passages(paragraphs)[3:] == [[], [], [], [], ["Л.П. Иванова"], [], [], []]


def test_a_kazakh_protocol_s_decision_head_ends_the_turn():
    paragraphs = ["ХАТТАМА № 2", "Астана, 2022 жылғы 29 сәуір",
                  "Қарин Е.Т.: Біз жастармен жұмысты жалғастырамыз.",
                  "Ахметова Г.С.: Біз отбасы фестивальдерін өткіземіз.",
                  "ҚАУЛЫ ЕТТІ:", "1. Жоспарды бекіту."]
    assert attribute_passages(paragraphs)[4:] == [[], []]


def test_a_topic_is_an_agenda_item_but_a_sentence_about_a_topic_is_speech():
    paragraphs = PROTOCOL_HEAD + ["Карин Е.Т., заместитель Председателя АНК: О молодежи скажу отдельно.",
                                  "Ахметова Г.С., член Совета матерей: об итогах семейных фестивалей."]
    assert attribute_passages(paragraphs)[3:] == [["Е.Т. Карин"], []]


def test_a_reporter_s_line_in_a_stenogram_gives_the_words_under_it_to_its_subject():
    # before: «Карин Е.Т., выступая на заседании, отметил:» and his words went on as Токаев's turn
    paragraphs = ["СТЕНОГРАММА", "Нур-Султан, 14 мая 2021 г.",
                  "КАРИН Е.Т., заместитель Председателя АНК:\nУважаемые коллеги! Сегодня мы обсуждаем план.",
                  "ТОКАЕВ К.К., Председатель АНК:\nБлагодарю. Тема важная.",
                  "Карин Е.Т., выступая на заседании, отметил:\nПлан будет утвержден до конца месяца.",
                  "Заседание продолжилось обсуждением бюджета."]
    turns = attribute_turns(paragraphs)
    assert [(t.offset, t.speakers) for t in turns[4]] == [(0, []), (paragraphs[4].index("План"), ["Е.Т. Карин"])]
    assert turns[3][0].speakers == ["К.К. Токаев"]
    assert turns[5][0].speakers != ["К.К. Токаев"]


def test_a_dash_interview_whose_lead_names_the_interviewee_gives_him_the_answers():
    # the title «Ерлан Карин: «…»» is no interview's by its words; the lead «Интервью с … Ерланом Кариным.» is
    paragraphs = ["Ерлан Карин: «Молодежь – опора единства»", "Алматы, 20 января 2022 г.",
                  "Интервью с заместителем Председателя Ассамблеи народа Казахстана Ерланом Кариным.",
                  "— Ерлан Тынымбаевич, чем займутся молодежные центры?",
                  "— Мы откроем клубы дебатов в каждом районе.",
                  "— Многие считают, что молодежи это неинтересно.",
                  "— Очереди в клубы говорят об обратном."]
    got = attribute_passages(paragraphs)
    assert got[3] == got[5] == [] and got[4] == got[6] == ["Е. Карин"]


def test_an_interviewee_whose_answers_name_no_speech_verb_is_a_speaker_of_the_document():
    # the answers were his in the quotes, but the document's speakers (the facet, speaker:) left him out
    paragraphs = ["Ерлан Карин: молодежь должна быть услышана", "Алматы, 5 октября 2017 г.",
                  "Интервью с политологом Ерланом Кариным.",
                  "– Ерлан Тынымбаевич, как вы оцениваете работу молодежного крыла Ассамблеи?",
                  "– Молодежное крыло Ассамблеи объединяет тысячи волонтеров. Это серьезный ресурс."]
    x = extract("\n\n".join(paragraphs), paragraphs, title=paragraphs[0])
    assert x.passage_speakers[4] == ["Е. Карин"]
    assert x.speakers == ["Е. Карин"]


def test_the_persons_only_labels_name_are_found_in_linear_time():
    # each label's speaker was looked for in the list of mentions, compared field by field: a
    # stenogram of 600 turns spent 1.1 s of its 2.5 s there, labels x mentions
    from ingest.extract import labels_own_persons
    from ingest.extract.persons import Mention
    from ingest.extract.transcripts import Label

    def speakers(n: int) -> tuple[list[Label], list[Mention]]:
        mentions = [Mention(10 * i, 10 * i + 9, f"Иванов{i}", f"И. Иванов{i}") for i in range(3 * n)]
        labels = [Label(30 * i, 0, Mention(30 * i, 30 * i + 6, f"Карин{i}", f"Е. Карин{i}")) for i in range(n)]
        return labels, mentions

    made = {n: speakers(n) for n in (500, 2000)}
    labels, mentions = made[500]
    assert labels_own_persons(labels, mentions + [labels[0].speaker], ["Е. Карин1"])[:2] == ["Е. Карин2", "Е. Карин3"]
    assert growth(lambda n: labels_own_persons(*made[n], []), 500) < LINEAR_GROWTH


def test_a_paragraph_said_by_a_pronoun_is_told_by_any_space_before_it():
    # _said_by_pronoun looks for the pronoun first, then for the speech verb before it
    from ingest.extract.paragraph_turns import _said_by_pronoun

    assert _said_by_pronoun("«Единство – наша сила», — добавил он.")
    assert _said_by_pronoun("«Единство – наша сила», — сказала\nона.")
    assert _said_by_pronoun("«Единство – наша сила», — ОТМЕТИЛ ОН.")
    assert not _said_by_pronoun("«Единство – наша сила», — сторона договора.")
    assert not _said_by_pronoun("Фонд онлайн-проектов и стороны встречи")



def test_a_statement_by_his_excellency_is_the_named_person_s(tmp_path_factory):
    """«Statement by H.E. Mr. Kassym-Jomart Tokayev, …» made «H.E. Mr» its speaker, and speaker:Tokayev missed it."""
    from conftest import ingested_service
    from index.search import SearchRequest

    service = ingested_service(tmp_path_factory, {"unga.txt": (
        "Statement by H.E. Mr. Kassym-Jomart Tokayev, President of the Republic of Kazakhstan, at the General "
        "Debate of the 75th Session of the United Nations General Assembly\n\nNew York, 23 September 2020\n\n"
        "Our country is home to more than one hundred ethnic groups. The Assembly of People of Kazakhstan has "
        "become a unique model of interethnic harmony.\n")})
    try:
        result = service.search(SearchRequest("speaker:Tokayev year:2020"))
    finally:
        service.close()
    assert result.total == 1
    assert [f.value for f in result.facets["speakers"]] == ["К.К. Токаев"]
    assert [f.value for f in result.facets["persons"]] == ["К.К. Токаев"]
