import pytest

from ingest.extract import extract
from ingest.extract.language import detect_language, passage_language, title_language


def test_seed_is_russian(seed_text):
    assert detect_language(seed_text) == "ru"


def test_ru_kk_en():
    assert detect_language("Облыстық Достық үйінде Қазақстан халқы тілдерінің күніне арналған жиын өтті.") == "kk"
    assert detect_language("The Assembly of People of Kazakhstan held a conference in Astana.") == "en"
    assert detect_language("Программа «Рухани жаңғыру» реализуется в регионах, сообщили в акимате.") == "ru"
    assert detect_language("") == "ru"


def test_kazakh_text_not_fed_to_russian_rules():
    # Kazakh case endings stay Kazakh: Омарова is not turned into a masculine genitive
    t = "Оқытушы Ж.Омарова курстар туралы айтты. Ж.Омароваға алғыс айтылды."
    x = extract(t, [t], {}, "kk.txt")
    assert x.language == "kk"
    assert x.persons == ["Ж. Омарова"]
    assert x.speakers == ["Ж. Омарова"]


def test_russian_news_naming_people_in_kazakh_spelling_stays_russian_with_its_persons():
    # the capitalised names' Kazakh letters are no Kazakh words: each sentence has only Russian lowercase ones
    paras = ["Награждение активистов", "Тараз, 10 октября 2019 г. На торжественном собрании были подведены итоги года.",
             "Лучшим волонтером года признана Айгүл Серікқызы Нұрланова.",
             "Лучшим наставником признан Ерлан Серікұлы Нұрланов."]
    x = extract("\n\n".join(paras), paras, {}, "n7.txt")
    assert x.language == "ru"
    assert x.persons == ["А.С. Нұрланова", "Е.С. Нұрланов"]
    # a Kazakh sentence with a Russian name is still Kazakh
    assert detect_language("Айгуль Нурланова жылдың үздік еріктісі атанды. Марапаттау рәсімі Таразда өтті.") == "kk"


def test_extract_record():
    paras = ["Астана, 26 ноября 2026 года.", "Депутат А. Платонов отметил роль волонтеров и волонтерского движения. Волонтеры помогли."]
    x = extract("\n\n".join(paras), paras, {}, "a.txt")
    assert x.language == "ru" and x.date.isoformat() == "2026-11-26" and x.date_source == "text"
    assert x.persons == ["А. Платонов"] and x.speakers == ["А. Платонов"]
    assert x.passage_speakers == [[], ["А. Платонов"]]
    assert "волонтерство" in x.topics


LATIN_2021 = ("2022 jylğy 15 mausymda Almatyda Assambleia jastarynyñ respublikalyq forumy öttı. Forumğa barlyq "
              "öñırlerden jüzden astam jas keldı.\n\n«Memlekettık tıl – bırlıgımızdıñ negızı», – dedı Assambleia "
              "jastar qanatynyñ törağasy N.Serıkbaev.\n\nForumda halyqtar dostyğy, tıl üirenu jäne erıktılık "
              "taqyryptary talqylandy.")
LATIN_2018 = ("2022 jylǵy 15 maýsymda Almatyda Assambleıa jastarynyń respýblıkalyq forýmy ótti. Forýmǵa barlyq "
              "óńirlerden júzden astam jas keldi.\n\n«Memlekettik til – birligimizdiń negizi», – dedi Assambleıa "
              "jastar qanatynyń tóraǵasy N.Serikbaev.\n\nForýmda halyqtar dostyǵy, til úırený jáne eriktilik "
              "taqyryptary talqylandy.")
LATIN_2017 = ("2018 jylg'y 3 qazan. Qostanai' oblystyq Qazaqstan halqy Assamblei'asy janynan til u'i'rety' ortalyg'y "
              "as'yldy.\n\n«Tildi u'i'reny'din' en' jaqsy joly – ku'ndelikti so'i'ley'», – dedi ortalyq di'rektory "
              "G.Ospanova.")


def test_kazakh_in_latin_letters_is_kazakh_with_its_speaker_and_no_made_up_persons():
    # named as Cyrillic texts name them: one person, one facet value in either script
    for text, speaker in ((LATIN_2021, "Н. Серікбаев"), (LATIN_2017, "Г. Оспанова")):
        x = extract(text, text.split("\n\n"), {}, "kk.txt")
        assert x.language == "kk"
        assert x.persons == [speaker]  # «Almatyda Assambleia» is no «A. Assambleia»
        assert x.speakers == [speaker]
    assert extract(LATIN_2017, LATIN_2017.split("\n\n"), {}, "kk.txt").date.isoformat() == "2018-10-03"


def test_kazakh_in_the_2018_latin_alphabet_is_kazakh_and_dated():
    # acutes (á ǵ ń ó ú ý) and ı for и/й: a single ǵ for ğ made it English and undated
    x = extract(LATIN_2018, LATIN_2018.split("\n\n"), {}, "kk.txt")
    assert (x.language, x.date.isoformat()) == ("kk", "2022-06-15")
    assert x.speakers == ["Н. Серікбаев"]
    body = ("Búgin Almatyda jastar forýmy ótti. Forýmǵa stýdentter men erikti jastar qatysty. Qatysýshylar "
            "memlekettik til men birlik týraly pikir almasty.")
    assert detect_language(body) == "kk"


LATIN_NEWS = {
    2018: "Memleket basshysy Qasym-Jomart Toqaev Qazaqstan halqy Assambleıasynyń XXXII sessıasynda sóz sóıledi. "
          "Sessıaǵa Erlan Qarın qatysty.",
    2021: "Memleket basşysy Qasym-Jomart Toqaev Qazaqstan halqy Assambleiasynyñ XXXII sessiiasynda söz söiledı. "
          "Sessiiağa Erlan Qarin qatysty.",
    2017: "Memleket basshysy Qasym-Jomart Toqaev Qazaqstan halqy Assamblei'asynyn' XXXII sessi'i'asynda so'z "
          "so'i'ledi. Sessi'i'ag'a Erlan Qari'n qatysty.",
}


@pytest.mark.parametrize("year", sorted(LATIN_NEWS))
def test_kazakh_narration_in_latin_letters_names_its_speaker_and_persons_as_cyrillic_does(year):
    # «… sóz sóıledi», «… qatysty» named nobody: the Kazakh rules read Cyrillic words only
    text = "Toqaev Assambleıa sessıasynda sóz sóıledi\n\n" + LATIN_NEWS[year]
    x = extract(text, text.split("\n\n"), {}, "kk.txt")
    cyrillic = "Тоқаев сессияда сөз сөйледі\n\nМемлекет басшысы Қасым-Жомарт Тоқаев Қазақстан халқы Ассамблеясының " \
               "XXXII сессиясында сөз сөйледі. Сессияға Ерлан Қарин қатысты."
    twin = extract(cyrillic, cyrillic.split("\n\n"), {}, "kk.txt")
    assert x.speakers == twin.speakers == ["К.К. Токаев"]
    assert x.persons == twin.persons == ["К.К. Токаев", "Е. Қарин"]
    # the mentions stand where the text writes them
    assert [m.text for m in x.mentions] == [text[m.start:m.end] for m in x.mentions]
    assert x.mentions[-1].text.startswith("Erlan Qar")


def test_latin_text_of_other_languages_is_no_kazakh():
    assert detect_language("The Assembly met in Qatar and Iraq; the men said it was quite a quiz.") == "en"
    # Turkish is no community paper's language: English, as any Latin text the archive does not tell
    assert detect_language("Türkiye Cumhuriyeti bu yıl büyük bir başarı elde etti ve halkı çok mutlu oldu.") == "en"
    assert detect_language("O'zbekiston Respublikasi Prezidenti qaror qabul qildi va qo'shiq uchun.") == "uz"


def test_a_cp1251_kazakh_text_typing_i_as_a_latin_letter_is_kazakh():
    text = ("2016 жылгы 12 мамыр. Актобе облыстык Достык уйiнде этномадени бiрлестiктердiн жиналысы оттi. "
            "Жиналыста Казакстан халкы бiрлiгiнiн мерекесiн откiзу жоспары талкыланды.\n\n«Бiздiн басты "
            "мiндетiмiз – халыктар арасындагы достыкты ныгайту», – деп атап оттi Достык уйiнiн директоры "
            "А.Нурмагамбетов.")
    x = extract(text, text.split("\n\n"), {}, "kk.txt")
    assert x.language == "kk"
    assert x.persons == x.speakers == ["А. Нурмагамбетов"]  # «Жиналыста Казакстан» is no «Ж. Казакстан»


def test_english_with_kazakh_names_in_latin_letters_stays_english():
    # the official Latin spelling of names and of the Assembly is no Kazakh sentence
    for text in ("Qazaqstan Halqy Assambleiasy\n\nPresident Qasym-Jomart Toqaev addressed the Qazaqstan Halqy "
                 "Assambleiasy in Astana. Delegates from Aqmola, Qaraghandy and Qostanai regions attended the session.",
                 "Visit of the delegation\n\nDep. Chairman Q. Aqyshev met the delegation in Aqtau. The talks focused "
                 "on culture and the Qazaqstan Halqy youth forum."):
        assert extract(text, text.split("\n\n"), {}, "en.txt").language == "en"


def test_kazakh_news_quoting_russian_sentences_stays_kazakh():
    # three Russian sentences inside «…» are the President's words, not the item's language
    text = ("Ассамблея сессиясы\n\nАстанада Қазақстан халқы Ассамблеясының сессиясы өтті. Сессияда Мемлекет басшысы "
            "сөз сөйледі. «Единство – наше главное богатство. Мы должны беречь мир и согласие в нашем общем доме. "
            "Каждый гражданин Казахстана должен чувствовать себя частью единой нации», – деді Қ. Тоқаев. Сессия "
            "соңында қарар қабылданды.")
    x = extract(text, text.split("\n\n"), {}, "kk.txt")
    assert x.language == "kk"
    assert x.persons == ["К.К. Токаев"]
    # the same Russian sentences as the item's own narration make it Russian
    assert detect_language(text.replace("«", "").replace("», –", ". А")) == "ru"


def test_links_and_e_mail_addresses_do_not_vote_for_english():
    """A short Russian news item with a long link and an e-mail address was labelled English (the
    «английский» facet; lang:ru left it out): the Latin letters of the address outnumbered its words."""
    news = ("Встреча волонтеров Ассамблеи в Туркестане\n\n12 мая 2024 года в Туркестане прошла встреча "
            "волонтеров Ассамблеи народа Казахстана.\nПодробнее на сайте: https://www.assembly.kz/upload/iblock/"
            "3f2/Doklad_Assamblei_naroda_Kazakhstana_Turkestan_2024_itogi.pdf\nКонтакт для прессы: "
            "volunteers.turkestan.region.office@assembly-of-people-of-kazakhstan.kz")
    assert extract(news, news.split("\n\n"), {}, "turkestan.txt").language == "ru"
    assert detect_language("Подробности на сайте www.assembly.kz/ru/news/vstrecha_v_turkestane "
                           "и по адресу press@assembly.kz") == "ru"
    # English with an address is still English; so is Kazakh
    assert detect_language("The Assembly met in Astana. Details: https://www.assembly.kz/en/news, "
                           "press@assembly.kz") == "en"
    assert detect_language("Облыстық Достық үйінде жиын өтті. Толығырақ: https://www.assembly.kz/kz/"
                           "news/jiyn_otti_turkestan_oblysy_2024.html") == "kk"


@pytest.mark.parametrize("paragraph, document, own", [
    # a Kazakh statement quoted whole in a Russian report, its attribution in Kazakh or in Russian
    ("«Тіл – халықтың жаны. Мемлекеттік тілді білу – әр азаматтың парызы», – деді Б. Тілеуберді.", "ru", "kk"),
    ("«Тіл – халықтың жаны. Мемлекеттік тілді білу – әр азаматтың парызы», – сказал Б. Тілеуберді.", "ru", "kk"),
    # a speaker's initials are no Russian «с», «к», «и», «в», as a stenogram's label or after «деді»
    ("Б.С. Сәрсенбайұлы. Құрметті әріптестер! Қандастарымыздың құқықтарын қорғау – біздің міндетіміз.", "ru", "kk"),
    ("К.И. Сәрсенбайұлы. Құрметті әріптестер! Қандастарымыздың құқықтарын қорғау – біздің міндетіміз.", "ru", "kk"),
    ("«Қандастарымыздың құқықтарын қорғау – біздің міндетіміз. Бұл мәселені шешу керек». – деді В. Ахметов.",
     "ru", "kk"),
    # a Russian «с» or «в» in the sentence still tells a mixed paragraph
    ("Құрметті әріптестер! Қандастарымыздың құқықтарын қорғау – біздің міндетіміз, с уважением.", "ru", None),
    # the President quoted in Russian in Kazakh news
    ("«Единство – наше главное богатство. Мы должны беречь мир и согласие в нашем общем доме», – деді "
     "Мемлекет басшысы.", "kk", "ru"),
    ("The Assembly of People of Kazakhstan held its session in Astana with delegates from all regions.", "ru", "en"),
    ("Forýmǵa stýdentter men erikti jastar qatysty. Olar memlekettik til men birlik týraly pikir almasty.", "ru", "kk"),
    # Russian paragraphs holding a Kazakh name, an event's Kazakh title, English words or an address
    ("Модератор встречи Бауыржан Тілеуберді отметил, что государственный язык объединяет всех.", "ru", None),
    ("Участники форума «Қазақстан халқы бірлігі – ел болашағы» обсудили планы.", "ru", None),
    ("Выступление председателя Совета матерей АНК на республиканском форуме «Отбасы – ұлт тірегі»", "ru", None),
    ("Проект Youth for Unity объединил волонтеров из Astana Hub и Nazarbayev University.", "ru", None),
    ("Контакты: info@assembly.kz, www.assembly.kz, тел. +7 7172 74 00 00", "ru", None),
    # a Kazakh paragraph, and one too short to say
    ("Бүгін Ассамблеяның кезекті жиыны өтті. Жиынға жастар мен ардагерлер қатысты.", "kk", None),
    ("«Бірлік!»", "ru", None),
    ("Келісеміз. Рахмет.", "ru", None),  # no lowercase word: a name alone looks so too
    # a short paragraph or turn whose every word is Kazakh or none the Russian dictionary knows
    ("«Бірлік – біздің күшіміз»", "ru", "kk"),
    ("Құрметті әріптестер, отырысты бастаймыз.", "ru", "kk"),
    ("Рақмет, құрметті әріптестер.", "ru", "kk"),
    ("Сөз кезегі Айгүл Сейітқалиға беріледі.", "ru", "kk"),
    # ... and one with a Russian word stays as its document is
    ("Спасибо, құрметті әріптестер.", "ru", None),
    ("Слово предоставляется Айгүл Сейітқалиға.", "ru", None),
    ("Программа «Нұрлы жол».", "ru", None),
    # a Kazakh dateline with «ж.» (жыл) or a month spelled without a Kazakh letter; a Russian one stays
    ("15 наурыз 2019 ж.", "ru", "kk"),
    ("2019 ж. 12 шілде", "ru", "kk"),
    ("Маңғыстау облысы, 12.07.2019 ж.", "ru", "kk"),
    ("12 июля 2019 г.", "kk", "ru"),
    ("Праздник наурыз прошел", "ru", None),
])
def test_a_passage_clearly_in_another_language_than_its_document_s_has_that_one(paragraph, document, own):
    assert passage_language(paragraph, document) == own


@pytest.mark.parametrize("title, document, own", [
    ("Наурыз – бірлік пен жаңару мерекесі", "ru", "kk"),  # a Kazakh heading over a Russian report
    ("Council of Public Accord meets in Pavlodar", "ru", "en"),
    ("Заседание совета прошло в Астане", "kk", "ru"),
    ("Форум «Отбасы – ұлт тірегі» прошел в Астане", "ru", None),  # a Kazakh event's name in a Russian title
    ("Фестиваль «Алтын күз» в Караганде", "ru", None),
    ("Бауыржан Тілеуберді: язык объединяет", "ru", None),
])
def test_a_title_in_another_language_than_its_document_s_has_that_one(title, document, own):
    # a short Kazakh heading over a Russian text stayed Russian: a passage needs five lowercase words
    assert title_language(title, document) == own
    assert passage_language("Наурыз – бірлік пен жаңару мерекесі", "ru") is None  # a paragraph still needs five


TRANSLIT = ("Kruglyi stol Assamblei naroda Kazakhstana v Kokshetau\n\nKokshetau, 5 aprelya 2021 goda. Assambleya naroda "
            "Kazakhstana provela v Kokshetau kruglyi stol po voprosam mezhetnicheskogo soglasiya. V nem prinyali uchastie "
            "predstaviteli etnokulturnyh obyedinenii i studenty.\n\nPredsedatel soveta Viktor Shmidt otmetil, chto "
            "Assambleya naroda Kazakhstana ostaetsya glavnoi ploshchadkoi dialoga.")


def test_russian_typed_in_latin_letters_is_russian_and_keeps_its_names():
    # an old telex's Russian in Latin letters was English: lang:ru missed it, a page read it as English
    assert detect_language(TRANSLIT) == "ru"
    assert extract(TRANSLIT).persons == ["V. Shmidt"]  # its names are read as Latin-letter names still
    for english in ("The Assembly of People of Kazakhstan held a round table in Kokshetau. Viktor Shmidt said "
                    "that the Assembly is a platform for dialogue, and i think so too.",
                    "Kazakhstan v. Smith: the court ruled on the case in Astana on Monday, and the parties agreed.",
                    "Assambleya naroda Kazakhstana is the name of the Assembly in Russian."):
        assert detect_language(english) == "en", english


@pytest.mark.parametrize("text, language", [
    ("Голова товариства Віктор Дідух зазначив, що громада зберігає рідну мову. Їхня ґазета виходить щомісяця.", "uk"),
    ("У Караганді відбулося свято. Кожна сім'я отримала подарунок від громади.", "uk"),  # one word of its own
    # і and none of ї є ґ: Russian or Kazakh before; і beside а, о or я is no Kazakh word (vowel harmony)
    ("Новини громади\n\n3 травня 2022 року\n\nГромада відзначила свято. «Дякуємо всім», — сказав Петро Бондаренко.",
     "uk"),
    ("Вісник громади\n\nСвято відбулося в Алмати. Діти співали пісні, а батьки готували стіл.", "uk"),
    ("Вісник\n\nГромада зібралася на свято. Голова привітав усіх гостей.", "uk"),
    # very short Uyghur (ә ө, no ұ і, ғ in its name) and Uzbek (oʻ twice): were Russian and English
    ("Уйғур авази\n\nМәркәздә байрам өтти. Балилар нахша ейтти.", "ug"),
    ("Yangiliklar\n\nMarkazda Navroʻz bayrami boʻldi.", "uz"),
    # ... but one word with Kazakh's 2018 ń or 2017 o' tells no community language
    ("#Birlik #QHA\nBúgin Astanada Dostyq úıinde \"Birlik — bizdiń kúshimiz\" atty forum ótti.", "en"),
    ("Jinalys\n\nAstanada o'tken jinalys.", "en"),
    ("Старшыня аб'яднання сказаў, што беларуская мова гучыць ва ўсіх кутках краіны. Удзельнікі ўсклалі кветкі.", "be"),
    ("Татар-башкорт мәдәни үзәге рәисе Тукай көнен билгеләп үтте. Балалар «Туган тел» җырын җырладылар һәм "
     "шигырьләр укыдылар.", "tt"),
    ("Қазақстан уйғурлириниң җумһурийәт мәдәнийәт мәркизиниң рәиси йиғинда сөз қилди. Мәшрәп вә муқам "
     "сәнъити яшлар арисида кәң тарқалмақта.", "ug"),
    ("Meine Großmutter wurde 1941 aus Engels nach Pawlodar verschleppt. Sie hat nie aufgehört, Plattdeutsch zu "
     "sprechen, und die alten Gebete sind geblieben.", "de"),
    ("Związek Polaków w Kazachstanie uroczyście obchodził stulecie odzyskania niepodległości. Młodzież zaśpiewała "
     "pieśni patriotyczne.", "pl"),
    ("Oʻzbek milliy madaniy markazi raisi bayramda soʻzga chiqdi. U o'zbek tilini o`rganish bo'yicha yangi "
     "to’garaklar ochilganini aytdi.", "uz"),
    ("Azərbaycan etnomədəniyyət mərkəzinin sədri çıxış edərək bayramı təbrik etdi. Uşaqlar şeirlər söylədi.", "az"),
    # what was right stays so: Kazakh, a Russian report quoting a Ukrainian line, English
    ("Ассамблея сессиясында Мемлекет басшысы сөз сөйледі. Үкімет пен қоғам өкілдері ұлттық бірлік туралы "
     "мәселелерін талқылады.", "kk"),
    ("В Доме дружбы прошел вечер украинской культуры, который подготовили участники центра. Ведущая "
     "прочитала строки: їхня пісня єднає нас. Это было трогательно, и все аплодировали.", "ru"),
    ("The German and Polish cultural centres met in Astana, and the chairman spoke of the community's "
     "newspapers.", "en"),
])
def test_community_papers_languages_are_told_by_their_letters_and_words(text, language):
    # a Ukrainian or Tatar text was Kazakh (its і, ә, ө, ү), a German, Polish, Uzbek or Azerbaijani one English
    assert detect_language(text) == language


def test_a_declared_community_language_and_a_quoted_paragraph_say_their_own():
    # a German page too short to tell keeps its lang="de"; Russian is never overruled by a page's claim
    assert detect_language("Jubiläum in Nur-Sultan: Albert Rau", "de") == "de"
    assert detect_language("Юбилей общества в Нур-Султане прошел торжественно.", "uk-UA") == "ru"
    assert passage_language("Голова громади розповів, що їхня ґазета виходить щомісяця українською мовою.",
                            "ru") == "uk"
    x = extract("Український вісник\n\nГолова товариства Віктор Дідух зазначив, що громада зберігає рідну мову.")
    assert (x.language, x.persons) == ("uk", ["В. Дідух"])


@pytest.mark.parametrize("text, language", [
    # ї only in capitalised words and і elsewhere: Kazakh has no ї even in a name
    ("Український вісник\n\nДень Незалежності України відзначили в Алмати. Святковий концерт підготувала громада.",
     "uk"),
    ("Український вісник\n\n22 серпня 2021 р.\n\nДень Незалежності України відзначили в Алмати. Святковий концерт "
     "підготувала громада.", "uk"),
    # Uzbek's q and oʻ with «dedi», a word Kazakh writes too: its «bilan» and «va» tell it
    ("Oʻzbek markazi yangiliklari\n\nMarkaz raisi yigʻilishda soʻzladi. Oʻqituvchi bolalar bilan sheʼrlar oʻqidi va "
     "qoʻshiqlar aytdi. Biz madaniyatimiz bilan faxrlanamiz, dedi rais.", "uz"),
    ("Markaz raisi Gʻayrat Toʻxtayev yigʻilishda soʻzladi. Oʻqituvchi Dilnoza Karimova bolalar bilan she'rlar "
     "oʻqidi. “Biz madaniyatimiz bilan faxrlanamiz”, — dedi Shavkat Yoʻldoshev.", "uz"),
    # Uyghur without җ, too little Kazakh-looking to be Kazakh, was Russian
    ("Уйғур авази\n2021-жил 14-июнь\n\nУйғур мәдәнийәт мәркизидә Наврузниң байрими өткүзүлди. Балилар нахша ейтти "
     "вә уссул ойниди.", "ug"),
    # what was right stays so: Kazakh 2017 Latin with its apostrophes, a Russian note naming a Kazakh word
    ("Astanada o'tken jinalysta Assambleia o'kilderi etnosaralyq kelisim ma'selelerin talqylady. Jinalys 2019 "
     "jylg'y 26 sa'y'irde o'tti, dedi ol.", "kk"),
    ("В Доме дружбы прошел праздник «Наурыз мейрамы құтты болсын». Гости поздравили всех с праздником.", "ru"),
    ("Татарский центр провел вечер: звучали песни «туган тел» и «әнкәем», читали стихи Тукая, да.", "ru"),
    ("Да, концерт «өнер мерекесі – көктем тойы» прошел, да.", "ru"),
])
def test_short_community_texts_are_not_taken_for_kazakh_or_russian(text, language):
    assert detect_language(text) == language


def _kazakh_letter(executor: str) -> str:
    return ("ҚАЗАҚСТАН ХАЛҚЫ АССАМБЛЕЯСЫ\n\n15.03.2022 № 02-05/630\n\nҚарағанды облысының әкімі\nЖ. Қасымбекке\n\n"
            "Қазақстан халқы Ассамблеясының сессиясы туралы\n\nҚұрметті Жеңіс Махмұдұлы!\n\n"
            "Хатшылық хатыңызды қарады. Ұсыныстарды 2022 жылғы 1 сәуірге дейін жіберуіңізді сұраймыз.\n\n"
            f"Құрметпен,\nТөрағаның орынбасары                    Г. Ахметова\n\n{executor}\n")


def test_a_kazakh_letter_s_capitals_names_and_executor_line_keep_it_kazakh(tmp_path):
    """A Kazakh letter whose letterhead in capitals, addressee, «Құрметпен,» and signature tell no
    language, with the usual full «Орындаушы: …, тел. …» line, was Russian: out of lang:kk, its signer
    «Г. Ахметова» made a man and its addressee left in the dative («Ж. Қасымбекке»)."""
    from index.search import SearchRequest, SearchService
    from ingest.pipeline import IngestOptions, run_ingest

    archive = tmp_path / "archive"
    archive.mkdir()
    (archive / "phone.txt").write_text(_kazakh_letter("Орындаушы: Сәрсенова Ә.Б., тел. 8 (7172) 74-12-35"), "utf-8")
    (archive / "short.txt").write_text(_kazakh_letter("Орынд.: Сәрсенова Ә."), "utf-8")
    run_ingest([str(archive)], IngestOptions(index_dir=tmp_path / "index", workers=1))
    hits = SearchService(tmp_path / "index").search(SearchRequest("сессиясы lang:kk")).hits
    assert sorted(h.paths[0].rsplit("/", 1)[1] for h in hits) == ["phone.txt", "short.txt"]
    persons = {h.paths[0].rsplit("/", 1)[1]: h.persons for h in hits}
    assert persons["phone.txt"] == ["Ж. Қасымбек", "Г. Ахметова", "Ә.Б. Сәрсенова"]
    # a Russian text naming people alone in its capitalised lines stays Russian
    assert detect_language("Список участников\n\nАйгүл Серікқызы Нұрланова\n\nБауыржан Сәрсенұлы Қасымов") == "ru"


_KAZAKH_NEWS = ("Жастар форумы өтті\n\nҚарағанды, 2020 жылғы 15 қазан\n\n"
                "Қарағандыда Ассамблея жастар қанатының облыстық форумы өтті. Форумға 200-ден астам жас қатысты.\n"
                "«Жастар – біздің болашағымыз», – деді облыстық Ассамблея төрағасының орынбасары А. Бекмұратов.\n"
                "Форумда еріктілер қозғалысы мен жастар бастамалары талқыланды.\n\n"
                "Форум соңында үздік жастар жобалары марапатталды.\n\n")


def test_a_kazakh_text_with_an_english_summary_and_kazakh_datelines_is_kazakh(tmp_path):
    """An English summary closing a Kazakh text outvoted its Kazakh sentences (English counted as «other»),
    and a Kazakh dateline with «ж.» had no Kazakh letter to tell it: both were `ru`."""
    from index.search import SearchRequest, SearchService
    from ingest.pipeline import IngestOptions, run_ingest

    archive = tmp_path / "archive"
    archive.mkdir()
    (archive / "summary.txt").write_text(
        _KAZAKH_NEWS + "Summary\n"
        "The youth wing of the regional Assembly held a forum in Karaganda with more than 200 participants.\n"
        "“Young people are our future,” said A. Bekmuratov, deputy chairman of the regional Assembly.\n", "utf-8")
    (archive / "datelines.txt").write_text(
        "Ақтау қаласында этнофестиваль өтті\n2019 ж. 12 шілде\n"
        "Ақтауда «Бір шаңырақ астында» атты этнофестиваль өтті. Фестивальге 20 этномәдени бірлестік қатысты.\n\n"
        "Маңғыстау облысы, 12.07.2019 ж.\nФестиваль аясында ұлттық тағамдар көрмесі ұйымдастырылды.\n\n* * *\n\n"
        "В Актау прошел этнофестиваль\n12 июля 2019 г.\n"
        "В Актау прошел этнофестиваль «Под одним шаныраком». В фестивале приняли участие 20 этнокультурных объединений.\n"
        "В рамках фестиваля организована выставка национальных блюд.\n", "utf-8")
    run_ingest([str(archive)], IngestOptions(index_dir=tmp_path / "index", workers=1))
    service = SearchService(tmp_path / "index")
    hits = service.search(SearchRequest("марапатталды lang:kk")).hits
    assert [h.paths[0].rsplit("/", 1)[1] for h in hits] == ["summary.txt"]
    passages = service.document(hits[0].doc_id).passages
    assert {p.language for p in passages if "марапатталды" in p.text or "Қарағандыда" in p.text} == {"kk"}
    assert {p.language for p in passages if "Karaganda" in p.text} == {"en"}
    doc = service.search(SearchRequest("этнофестиваль")).hits[0]
    languages = {p.text.split("\n")[0]: p.language for p in service.document(doc.doc_id).passages}
    assert {line: languages.get(line) for line in ("2019 ж. 12 шілде", "Маңғыстау облысы, 12.07.2019 ж.",
                                                    "12 июля 2019 г.")} == {
        "2019 ж. 12 шілде": "kk", "Маңғыстау облысы, 12.07.2019 ж.": "kk", "12 июля 2019 г.": "ru"}


@pytest.mark.parametrize("text", [
    "Habarlandyru\n\nErteñ sağat 10.00-de Dostyq üiınde etnomädeni bırlestıkter törağalarynyñ keñesı ötedı. "
    "Barlyğyñyzdy şaqyramyz.",
    "Habarlandyrý\n\nErteń saǵat 10.00-de Dostyq úıinde etnomádenı birlestikter tóraǵalarynyń keńesi ótedi. "
    "Barlyǵyńyzdy shaqyramyz.",
    "Habarlandyry'\n\nErten' sag'at 10.00-de Dostyq u'i'inde etnoma'deni birlestikter to'rag'alarynyn' ken'esi "
    "o'tedi. Barlyg'yn'yzdy s'aqyramyz.",
    "Habarlandyry’\n\nErten’ sag’at 10.00-de Dostyq u’i’inde etnoma’deni birlestikter to’rag’alarynyn’ ken’esi "
    "o’tedi. Barlyg’yn’yzdy s’aqyramyz.",
])
def test_a_short_kazakh_announcement_in_latin_letters_is_kazakh_in_each_alphabet(text):
    # none of Kazakh's common words (және, деді) in two sentences: one ü, ń or o' made it German, Polish or Uzbek
    assert detect_language(text) == "kk"
    assert passage_language(text, "ru") == "kk"


@pytest.mark.parametrize("text", [
    "Jinalys\n\nErteń jastar keńesi bolady.",
    "Quttyqtaý\n\nBarsha qazaqstandyqtardy Birlik kúnimen quttyqtaımyz!",
    "Bayandama jasaldy\n\nAssambleia To’rag’asynyn’ orynbasary Jansei’it Tu’i’meba’ev baiandama jasady. "
    "Jii’ng’a Ai’gu’l Nurlanova qatysty.",
], ids=["2018 n before a vowel", "2018 q and y", "2017 one word"])
def test_a_kazakh_note_of_one_sentence_in_2018_or_2017_letters_is_kazakh(text):
    # were en (their 2021 twins kk): ń before a vowel (Polish writes ni) and a q beside a y that is ы tell
    # Kazakh alone, and in a note this short one such word is enough when no other language's word stands
    assert detect_language(text) == "kk"


def test_the_2017_note_names_its_people_in_cyrillic_not_the_chairs_post():
    text = ("Bayandama jasaldy\n\nAssambleia To’rag’asynyn’ orynbasary Jansei’it Tu’i’meba’ev baiandama jasady. "
            "Jii’ng’a Ai’gu’l Nurlanova qatysty.")
    x = extract(text, text.split("\n\n"), {}, "kk.txt")
    # English rules read «A. To’rag’asynyn», the Chair's post in the genitive, as a person; the apostrophes
    # a word processor types (’) are 2017's sign, read as '
    assert x.persons == ["Ж. Түймебәев", "А. Нұрланова"]


@pytest.mark.parametrize("text", [
    "Türk Kültür Merkezi\n\nKazakistan Halkı Asamblesi'nin oturumunda Türk etnokültürel derneği başkanı Ahmet Yılmaz "
    "konuştu. Birlik ve barış çok önemlidir, dedi.",
    "Türk etnokültür merkezi yıldönümünü kutladı\n\nTörene merkezin başkanı Mehmet Yılmaz ve bölge valisi katıldı. "
    "Merkez, Türkçe kursları ve halk dansları düzenliyor, dedi Mehmet Yılmaz.",
])
def test_turkish_with_its_own_words_is_no_kazakh_and_no_german(text):
    # «dedi» (Kazakh's деді in 2018 letters) and ı ş made it kk; without it, ö and ü made it German
    assert detect_language(text) == "en"


def test_a_kazakh_latin_title_with_an_o_umlaut_is_no_german_title():
    # «söiledı» has ı beside ö, which German never writes: the title of a Kazakh item was marked lang="de"
    assert title_language("Toqaev Assambleia sessiiasynda söz söiledı", "kk") is None
    assert passage_language("Erteń saǵat 10.00-de Dostyq úıinde keńes ótedi.", "kk") is None
