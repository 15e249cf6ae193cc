from datetime import date

from ingest.extract.speakers import attribute_passages, find_speakers


def test_seed_speakers_exactly(seed_text):
    got = find_speakers(seed_text)
    assert got == ["А. Платонов", "С. Абдрахманов", "Л. Прокопенко", "А. Хамедов", "Ш. Осин", "М. Азильханов"]
    assert "Н.А. Назарбаев" not in got and "К.К. Токаев" not in got  # mentioned, not speaking


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


def test_gerund_and_title_subjects():
    t = "Подводя итоги заседания, заместитель Председателя М.Азильханов подчеркнул необходимость работы."
    assert find_speakers(t) == ["М. Азильханов"]
    assert find_speakers("Глава государства отметил важность работы.", on=date(2021, 4, 28)) == ["К.К. Токаев"]


def test_kazakh_and_english_speakers():
    kk = "Облыстық кеңестің төрағасы М.Жақсылықов даудың көбі түсініспеушіліктен басталатынын айтты. Колледж студенті Н.Серікбаев жүлдені жеңіп алды."
    assert find_speakers(kk, language="kk") == ["М. Жақсылықов"]
    en = "Yerlan Sadykov, head of the programme, said that disputes are common. \"It works,\" Sadykov said."
    assert find_speakers(en, language="en") == ["Y. Sadykov"]


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
