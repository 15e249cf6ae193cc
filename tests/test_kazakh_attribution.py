"""Whose words a Kazakh passage is, as a journalist cites it (/api/quotes): Kazakh reporting forms
name their speaker as the Russian ones do, in a Kazakh report and in a Russian one."""
from __future__ import annotations

import pytest

from quote_api import quotes_of

KK_LEAD = "Атырау, 2018 жылғы 3 желтоқсан"
RU_LEAD = "Атырау, 3 декабря 2018 года"
DOCUMENTS = {
    "kk-according": ["Бірлік форумы", KK_LEAD, "Атырау облысында жастар форумы өтті. Форумға жастар келді.",
                     "С. Досмұхамбетовтың айтуынша, жастардың бастамаларын қолдау маңызды."],
    "ru-according": ["Форум «Единство»", RU_LEAD, "В Атырау прошел молодежный форум.",
                     "Облыс әкімінің орынбасары Е. Қариннің айтуынша, еріктілер саны екі есе өсті."],
    "kk-according-full-name": ["Бірлік форумы", KK_LEAD, "Атырау облысында жастар форумы өтті.",
                               "Ерлан Қариннің айтуынша, ауыл мектептеріне қамқорлық керек."],
    "ru-according-full-name": ["Форум «Единство»", RU_LEAD, "В Атырау прошел молодежный форум.",
                               "Облыс әкімінің орынбасары Айгүл Әбішеваның пікірінше, жастар орталығы ашылады."],
    "kk-according-patronymic": ["Бірлік форумы", KK_LEAD, "Атырау облысында жастар форумы өтті.",
                                "Ержан Кемелұлы Сәрсенбаевтың сөзінше, кітапханалар жаңартылады."],
    "kk-according-title": ["Бірлік форумы", KK_LEAD, "Атырау облысында жастар форумы өтті.",
                           "Жастар Ұйымының айтуынша, бейбітшілік басты құндылық."],
    "kk-pronoun": ["Бірлік форумы", KK_LEAD, "Форумда С. Досмұхамбетов сөз сөйледі.",
                   "«Біздің мақсатымыз – ауылдағы мектептерге көмектесу», – деді ол."],
    "kk-given-name": ["Тілдер күні", KK_LEAD, "Ақтөбе облысында тілдер күні атап өтілді.",
                      "«Тілдің тағдыры – ұлттың тағдыры», – деді Бауыржан Тілеуберді."],
    "ru-given-name": ["День языков", RU_LEAD, "В Актобе отметили День языков.",
                      "«Тіл – халықтың жаны», – деді облыстық тілдерді дамыту басқармасының басшысы Ерлан Сатыбалды."],
    "kk-president-abbreviation": ["Ассамблея сессиясы", "Астана, 2023 жылғы 27 сәуір",
                                  "«Бірлігіміз – басты байлығымыз», – деді ҚР Президенті."],
    "kk-president-abbreviation-2018": ["Ассамблея сессиясы", KK_LEAD,
                                       "«Татулық – табысымыздың кепілі», – деп атап өтті ҚР Президенті."],
    # the quote's attribution ends his words; «Ол … атап өтті» goes on with them, as «Он также отметил» does
    "kk-words-end": ["Достық форумы", KK_LEAD,
                     "«Достық – елдің тірегі», – деді Ассамблея төрағасының орынбасары Ерлан Қарин. "
                     "Ол сондай-ақ жастар ұйымдарының рөлін атап өтті. Форумға жүзден астам студент қатысты."],
    # «– деді ол» after a sentence that names her with no speech verb: in the paragraph, in one of its
    # own, and as a dash quote
    "kk-pronoun-after-narration": ["Наурыз мейрамы", KK_LEAD,
                                   "Ассамблея хатшылығының меңгерушісі Гүлнар Ахметова барлық қонақтарды мерекемен "
                                   "құттықтады. «Наурыз – бірлік пен жаңарудың мерекесі», – деді ол."],
    "kk-pronoun-own-paragraph": ["Наурыз мейрамы", KK_LEAD, "Сәуле Жақыпова қонақтарды қарсы алды.",
                                 "«Көктем – үміттің бастауы», – деді ол."],
    "kk-pronoun-dash": ["Наурыз мейрамы", KK_LEAD, "Айгүл Сейітова балаларға сыйлық таратты.",
                        "– Балалар – біздің қуанышымыз, – деді ол."],
    # two named as speaking, then the second's own sentence
    "kk-second-speaker": ["Ассамблея мүшелерімен кездесу", KK_LEAD,
                          "Кездесуде Ассамблея Төрағасының орынбасары Марат Әзілханов пен Ассамблея мүшесі Ольга "
                          "Петрова сөз сөйледі. Ольга Петрова мәдени орталықтардың жұмысын жандандыруды ұсынды."],
    # names joined by «пен», «және» as one subject: all speak; «– деді ол» after them names neither
    "kk-joined-speakers": ["Мерейтой", KK_LEAD, "Мерейтойда Бақыт Сәрсенов пен Айгүл Нұрбекова сөз сөйледі. "
                           "Айгүл Нұрбекова мұражайларды жаңартуды ұсынды."],
    "kk-joined-three": ["Мерейтой", KK_LEAD,
                        "Салтанатта Бақыт Сәрсенов, Айгүл Нұрбекова және Дәулет Оспанов құттықтау сөз сөйледі."],
    "kk-joined-ol": ["Жастар жиыны", KK_LEAD, "Ерлан Қарин мен Гүлнар Ахметова жиынға қатысты. "
                     "«Жастар – болашағымыз», – деді ол."],
    # «бен», the «and» after -м/-н/-ң/-з/-ж, is no name particle here (as «ибн/бен» in Western names)
    "kk-joined-ben": ["Ардагерлер кеші", KK_LEAD, "Отырыста Марат Тәжин бен Гүлнар Ахметова сөз сөйледі."],
    "kk-joined-ben-ol": ["Ардагерлер кеші", KK_LEAD, "Кеште Ерлан Қарин бен Сәуле Жақыпова жиынға қатысты. "
                         "«Татулық – мәңгілік мұрамыз», – деді ол."],
}


@pytest.fixture(scope="module")
def quotes(tmp_path_factory):
    root = tmp_path_factory.mktemp("kazakh-attribution")
    docs, index = root / "docs", root / "index"
    docs.mkdir()
    for name, paragraphs in DOCUMENTS.items():
        (docs / f"{name}.txt").write_text("\n\n".join(paragraphs) + "\n", encoding="utf-8")
    with quotes_of(docs, index) as find:
        yield find


@pytest.mark.parametrize("query, speaker", [("бастамаларын", "С. Досмұхамбетов"), ("еріктілер", "Е. Қарин")])
def test_according_to_a_named_person_in_kazakh_names_the_speaker(quotes, query, speaker):
    # before: speakers=[], speech=None: «X-тың айтуынша, …» named nobody, while «По словам X, …» did
    hit, = quotes(query)
    assert hit["speakers"] == [speaker] and hit["speech"] == "reported"
    assert hit["citation"].startswith("Пересказ: ")


@pytest.mark.parametrize("query, speaker", [("мектептеріне қамқорлық", "Е. Қарин"), ("жастар орталығы", "А. Әбішева"),
                                            ("кітапханалар", "Е.К. Сәрсенбаев")])
def test_according_to_a_full_name_in_kazakh_names_the_speaker(quotes, query, speaker):
    # before: speakers=[], speech=None: «Ерлан Қариннің айтуынша, …» (a given name and the surname
    # in the genitive, no initials) named nobody, while «Е. Қариннің айтуынша, …» did
    hit, = quotes(query)
    assert hit["speakers"] == [speaker] and hit["speech"] == "reported"
    assert hit["citation"].startswith("Пересказ: ")


def test_according_to_a_capitalised_title_in_kazakh_names_nobody(quotes):
    hit, = quotes("бейбітшілік басты құндылық")
    assert hit["speakers"] == []


def test_a_kazakh_quote_attributed_to_a_pronoun_in_its_own_paragraph_is_cited_clean(quotes):
    # before: «„Біздің мақсатымыз – …“, – деді ол.» — С. Досмұхамбетов (its marks and attribution
    # kept), while the Russian «…», – сказал он. was cited «…» — name
    hit, = quotes("мақсатымыз")
    assert hit["speakers"] == ["С. Досмұхамбетов"] and hit["speech"] == "direct"
    assert hit["citation"].startswith("«Біздің мақсатымыз – ауылдағы мектептерге көмектесу» — С. Досмұхамбетов;")


@pytest.mark.parametrize("query, cited", [
    ("тағдыры", "«Тілдің тағдыры – ұлттың тағдыры» — Б. Тілеуберді;"),
    ("халықтың жаны", "«Тіл – халықтың жаны» — Е. Сатыбалды;")])
def test_a_common_kazakh_given_name_before_a_surname_of_no_russian_ending_names_the_speaker(quotes, query, cited):
    # before: speakers=[] and «„…“, – деді Бауыржан Тілеуберді.» cited whole: the dictionary knows
    # no Бауыржан or Ерлан, and Тілеуберді, Сатыбалды have no -ов/-ин/-ұлы ending
    hit, = quotes(query)
    assert hit["citation"].startswith(cited)


@pytest.mark.parametrize("query, speaker", [("байлығымыз", "К.К. Токаев"), ("табысымыздың кепілі", "Н.А. Назарбаев")])
def test_the_head_of_state_named_by_an_abbreviated_title_after_the_verb_is_the_speaker(quotes, query, speaker):
    # before: speakers=[]: «…», – деді ҚР Президенті. read the title's first word, the abbreviation
    # ҚР, for its case, found none and took the title for no subject; «Президент ҚР» named him
    hit, = quotes(query)
    assert hit["speakers"] == [speaker] and hit["speech"] == "direct"


@pytest.mark.parametrize("title", ["ҚР Президенті Әкімшілігінің басшысы", "Қазақстан Президенті Әкімшілігінің басшысы",
                                   "ҚР Президенті жанындағы кеңестің төрағасы", "Мемлекет басшысының баспасөз хатшысы",
                                   "Қазақстан Президентінің кеңесшісі"])
def test_the_presidents_title_inside_another_posts_title_names_that_post_holder_the_speaker(title):
    from ingest.extract import extract
    text = f"Сессия\n\nАстана, 2024 жылғы 24 сәуір\n\n«Бірлік – басты құндылық», – деді {title} Айбек Смадияров.\n"
    assert extract(text).speakers == ["А. Смадияров"]


@pytest.mark.parametrize("setting", ["Ақордада", "Ассамблеяның XXXIII сессиясында", ""])
def test_the_presidents_title_before_a_place_or_an_event_is_his(setting):
    from ingest.extract import extract
    text = f"Сессия\n\nАстана, 2024 жылғы 24 сәуір\n\n«Бірлік – басты құндылық», – деді ҚР Президенті {setting}.\n"
    assert extract(text.replace(" .", ".")).speakers == ["К.К. Токаев"]


def test_a_kazakh_quote_s_attribution_ends_the_speaker_s_words(quotes):
    # before: the reporter's sentence after «…», – деді Ерлан Қарин. was his too
    hit, = quotes("жүзден астам студент")
    assert hit["speakers"] == []
    # the plural's possessive is searched by its plural's term, which also finds «Жастар Ұйымының» (no quote of his)
    more, = [hit for hit in quotes("жастар ұйымдарының") if "ұйымдарының" in hit["text"]]
    assert more["speakers"] == ["Е. Қарин"]  # «Ол сондай-ақ … атап өтті»: still his


@pytest.mark.parametrize("query, speaker", [("жаңарудың мерекесі", "Г. Ахметова"), ("үміттің бастауы", "С. Жақыпова"),
                                            ("қуанышымыз", "А. Сейітова")])
def test_a_kazakh_quote_attributed_to_ol_is_the_one_named_before_it(quotes, query, speaker):
    # before: speakers=[] and speech=None: «– деді ол» named nobody unless the sentence before had a
    # speech verb, while «– сказала она» names the one named before; «ол» tells no gender
    hit, = quotes(query)
    assert hit["speakers"] == [speaker] and hit["speech"] == "direct"


def test_the_second_of_two_named_speaking_is_the_speaker_of_her_own_sentence(quotes):
    # before: М. Әзілханов: «X пен Y сөз сөйледі» made one turn of the paragraph, and her sentence
    # «Ольга Петрова … ұсынды» did not start her own
    hit, = quotes("жандандыруды")
    assert hit["speaker"] == "О. Петрова" and hit["speakers"] == ["О. Петрова"]
    assert hit["text"].startswith("Ольга Петрова")


@pytest.mark.parametrize("query, speakers", [
    ("мерейтойда", ["Б. Сәрсенов", "А. Нұрбекова"]),
    ("салтанатта", ["Б. Сәрсенов", "А. Нұрбекова", "Д. Оспанов"]),
    ("отырыста", ["М. Тәжин", "Г. Ахметова"]),
])
def test_names_joined_as_one_kazakh_subject_all_speak(quotes, query, speakers):
    # before: only the first name, Б. Сәрсенов, spoke in «X пен Y сөз сөйледі»
    hit, = quotes(query)
    assert hit["speakers"] == speakers


def test_one_of_names_speaking_together_named_again_speaks_her_own_sentence(quotes):
    # the shared sentence is both's, her proposal after it hers alone, as when it names her alone
    shared, = quotes("мерейтойда")
    assert shared["text"] == "Мерейтойда Бақыт Сәрсенов пен Айгүл Нұрбекова сөз сөйледі."
    own, = quotes("мұражайларды")
    assert own["speakers"] == ["А. Нұрбекова"] and own["text"].startswith("Айгүл Нұрбекова")


def test_ol_after_two_joined_names_names_neither(quotes):
    # before: Е. Қарин, the first of the two: «ол» (he or she) could be either
    assert all(not hit["speakers"] for hit in quotes("болашағымыз"))
    # before: «Е. бен Жақыпова», one made-up person, took the quote
    assert all(not hit["speakers"] for hit in quotes("мұрамыз"))


@pytest.mark.parametrize("text, persons", [
    ("Ерлан Қарин бен Гүлнар Ахметова сөз сөйледі.", ["Е. Қарин", "Г. Ахметова"]),
    ("Ерлан Қарин Ольга Петрова бен Гүлнар Ахметоваға алғыс айтты.", ["Е. Қарин", "О. Петрова", "Г. Ахметова"]),
])
def test_kazakh_ben_between_two_names_joins_two_people(text, persons):
    # before: «Е. бен Ахметова»: «бен» was read as the particle of «Мухаммед бен Салман»
    from ingest.extract import extract
    assert extract(f"Жиын\n\n{KK_LEAD}\n\n{text}\n").persons == persons
