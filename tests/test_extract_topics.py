import pytest

from ingest.extract.topics import find_topics, load_topics, parse_topics


def test_default_topics_have_the_agreed_names():
    names = [t.name for t in load_topics()]
    assert names == [
        "межэтническое и межконфессиональное согласие", "языковая политика", "молодежная политика",
        "волонтерство", "медиация", "патриотизм и единство", "культура и этнокультурные объединения",
        "образование", "СМИ и информационная работа", "семья и Совет матерей",
        "благотворительность и социальная помощь", "история и память", "кандасы и диаспора",
        "религия и межконфессиональный диалог",
    ]


def test_kandas_and_oralman_reports_are_filed_under_their_topic():
    # 11 of 16 such documents had no topic: the vocabulary had no word for them, old or new
    for text in ("Кандасы из Синьцзяна получили гражданство. Для кандасов открыли курсы, кандасам помогли с жильем.",
                 "Оралманы из Монголии обустроились в области; оралманам выделили квоту иммиграции.",
                 "Қандастарды қолдау – басты міндет. Биыл 500 қандас отбасы атажұртқа оралды.",
                 "The kandas from China met the diaspora: oralman families received housing."):
        assert find_topics(text)[:1] == ["кандасы и диаспора"], text


def test_a_forum_of_the_kazakhs_of_a_country_is_diaspora_work():
    # «Казахи Монголии: форум в Улгии» got only «образование»: one «кандасов» is a passing mention
    ru = ("Казахи Монголии: форум в Улгии\n\nВ Улгии прошел форум казахов Монголии. Губернатор отметил, что в "
          "аймаке живут 100 тысяч казахов, и поблагодарил Казахстан за поддержку казахских школ. В 2023 году "
          "переселились 1 200 кандасов. Участники обсудили сохранение казахского языка в школах.")
    assert "кандасы и диаспора" in find_topics(ru, "ru")
    kk = "Моңғолия қазақтарының форумы өтті. Қытай қазақтары да келді. Жиында мектептер туралы айтылды."
    assert "кандасы и диаспора" in find_topics(kk, "kk")
    # the Kazakhs in a country (the locative's attributive), and the English «Kazakhs of Mongolia»
    kk = "Қытай қазақтарының өкілдері Алматыға келді. Қытайдағы қазақтар тілін сақтауда. Мектептер мен оқулықтар туралы айтылды."
    assert "кандасы и диаспора" in find_topics(kk, "kk")
    en = ("Kazakhs of Mongolia held a forum in Ulgii. The Kazakhs of Mongolia keep their language; Kazakh schools "
          "teach children.")
    assert "кандасы и диаспора" in find_topics(en, "en")


def test_word_forms_match_and_topics_ranked():
    t = ("Кабинет медиации подвел итоги. Медиаторы провели встречи, медиатору помогли аксакалы. "
         "Медиативные соглашения подписали стороны конфликта, спор решен без суда.")
    assert find_topics(t)[0] == "медиация"


def test_kazakh_and_english_cues():
    kk = "Еріктілер қарттарға көмектесті. Еріктілер қозғалысы жастарды біріктіреді. Ерікті болу – абырой."
    assert "волонтерство" in find_topics(kk, "kk")
    en = "Volunteers of the Assembly ran a camp. Each volunteer taught languages; volunteers and children sang."
    assert "волонтерство" in find_topics(en, "en")


def test_no_topic_without_evidence():
    assert find_topics("Погода в Астане была солнечной, температура поднялась до двадцати градусов.") == []
    assert find_topics("") == []


def test_at_most_three_topics():
    t = ("Волонтеры, медиаторы, молодежь, Совет матерей, фестиваль, концерт, память, репрессии, СМИ, журналисты, "
         "государственный язык, школа, образование, благотворительность, помощь, единство, межэтнический диалог.") * 3
    assert 1 <= len(find_topics(t)) <= 3


def test_custom_topics_file_via_env(tmp_path, monkeypatch):
    f = tmp_path / "topics.txt"
    f.write_text("# свой словарь\n[экология]\n3 экологический\n2 мусор\n2 река\n", encoding="utf-8")
    monkeypatch.setenv("ASSEMBLY_SEARCH_TOPICS", str(f))
    t = "Волонтеры провели экологическую акцию и очистили реку от мусора. Экологические акции продолжатся."
    assert find_topics(t) == ["экология"]
    assert parse_topics("[a]\n2 тіл*\n")[0].cues[0].prefix


def test_the_title_weighs_in():
    body = ("Встреча прошла в Доме дружбы. Участники обсудили планы на год, а затем посетили выставку. "
            "Старый конфликт соседей и спор об арыке решили миром. Гости осмотрели новое здание.")
    assert "медиация" not in find_topics(body)
    assert find_topics(body, title="Как в Доме дружбы уладили конфликт")[0] == "медиация"


def test_a_phrase_does_not_count_its_words_again():
    vocabulary = parse_topics("[семья]\n3 Совет матерей\n1 мать\n")
    passing = "Член Совета матерей и медиатор Д.Ахмедова провела встречу с жителями района в Доме дружбы."
    assert find_topics(passing, vocabulary=vocabulary) == []  # one phrase: 3 hits, not 3 + 1
    about = passing + " Матери обсудили планы, и Совет матерей поддержал их."
    assert find_topics(about, vocabulary=vocabulary) == ["семья"]


EXHIBITION = ("В Доме дружбы Павлодара открылась выставка декоративно-прикладного искусства этнокультурных "
              "объединений. Посетители увидели ковры, вышивку, изделия из кожи и дерева, национальные костюмы.\n\n"
              "Выставка продлится до конца месяца. Среди посетителей в первый день было много молодежи и школьников.")


def test_a_passing_mention_in_one_phrase_is_no_topic():
    """A two-paragraph exhibition note saying «много молодежи и школьников» once was filed under
    «молодежная политика» (a decisive cue and a hint make enough hits in a short text)."""
    title = "В Доме дружбы открылась выставка декоративно-прикладного искусства"
    assert "молодежная политика" not in find_topics(EXHIBITION, title=title)
    # the same words in the title, or in the lead too, are what the note is about
    assert "молодежная политика" in find_topics(EXHIBITION, title="Молодежь пришла на выставку в Доме дружбы")
    lead = "Выставку подготовили студенты колледжа искусств. " + EXHIBITION
    assert "молодежная политика" in find_topics(lead, title=title)


def test_a_number_after_the_words_is_refused_unless_a_weight_comes_first():
    import pytest

    from ingest.extract.topics import TopicsError

    with pytest.raises(TopicsError, match=r"own.txt, line 2: expected the weight before the words \('3 экология'\)"):
        parse_topics("[Экология]\nэкология 3\n", "own.txt")  # it made a phrase «экология 3» that no text has
    [topic] = parse_topics("[Стратегия]\n1 стратегия 2050\n")  # a phrase that ends in a number, said so
    text = "Обсуждалась стратегия 2050. " * 3 + "Участники говорили о том, как стратегия 2050 меняет регионы."
    assert topic.cues[0].weight == 1 and find_topics(text, vocabulary=[topic]) == ["Стратегия"]


@pytest.mark.parametrize("lines, said", [
    ("3: экология", r"line 2: expected the weight and the words separated by a space \('3 экология'\)"),
    ("-3 экологический", r"line 2: a weight is 0 to 3 \('3 экологический'\), not -3\."),
    ("300 экология", r"line 2: a weight is 0 to 3 \('3 экология'\), not 300; a phrase starting with a number"),
    ("3 экология\n2 в", r"line 3: '2 в' has no word a text is searched by"),
    ("3 *", r"line 2: '3 \*' has no word a text is searched by"),
])
def test_a_cue_that_could_never_match_as_meant_is_refused_with_its_line(lines, said):
    # each was taken silently: a stop word dropped, `3:` a phrase «3 экология», `-3` a phrase of weight 1
    from ingest.extract.topics import TopicsError

    with pytest.raises(TopicsError, match="own.txt, " + said):
        parse_topics(f"[Экология]\n{lines}\n", "own.txt")


def test_a_topic_without_a_name_or_named_twice_is_refused():
    from ingest.extract.topics import TopicsError

    with pytest.raises(TopicsError, match=r"own.txt, line 1: a topic needs a name between its brackets"):
        parse_topics("[ ]\n3 экология\n", "own.txt")
    # the second [волонтерство] replaced the first's score, unseen
    with pytest.raises(TopicsError, match=r"own.txt, line 3: \[волонтерство\] is already on line 1; add its words there"):
        parse_topics("[волонтерство]\n3 волонтер\n[волонтерство]\n3 экология\n", "own.txt")


def test_a_kazakh_report_gets_the_topics_of_its_russian_twin():
    # этносаралық (межэтнический), халық достығы (дружба народов), қоғамдық келісім (общественное
    # согласие) were no cues: the Kazakh twins of these Russian reports got no topic at all
    twins = [
        ("Научно-экспертный совет", "Состоялось заседание Научно-экспертного совета Ассамблеи. Представлены "
         "исследования в сфере межнациональных отношений. Профессор Л. Бекова представила статистику "
         "межэтнических браков. «Количество межэтнических семей растет с каждым годом», – сказала Л. Бекова.",
         "Ғылыми-сараптамалық кеңес", "Ассамблеяның Ғылыми-сараптамалық кеңесінің отырысы өтті. Отырыста "
         "ұлтаралық қатынастар саласындағы зерттеулер таныстырылды. Профессор Л. Бекова этносаралық "
         "некелердің статистикасын ұсынды. «Этносаралық отбасылар саны жыл сайын өсіп келеді», – деді Л. Бекова."),
        ("Фестиваль дружбы народов", "В Караганде прошел фестиваль «Дружба народов». На фестиваль приехали "
         "представители народа из всех районов. На фестивале была организована выставка традиций народа "
         "Казахстана. Цель фестиваля – укрепление дружбы между народами.",
         "Халық достығы фестивалі", "Қарағанды қаласында «Халық достығы» фестивалі өтті. Фестивальге "
         "облыстың барлық аудандарынан өкілдер келді. Фестивальде Қазақстан халқы дәстүрлерінің көрмесі "
         "ұйымдастырылды. Фестивальдің мақсаты – халықтар арасындағы достықты нығайту."),
        ("Встреча депутата", "Депутат Мажилиса встретился с членами Ассамблеи в Доме дружбы. «Общественное "
         "согласие – основа стабильности», – сказал депутат. Обсуждалось общественное согласие в регионе.",
         "Депутаттың кездесуі", "Мәжіліс депутаты Достық үйінде Ассамблея мүшелерімен кездесті. «Қоғамдық "
         "келісім – тұрақтылықтың негізі», – деді депутат. Өңірдегі қоғамдық келісім талқыланды."),
    ]
    for ru_title, ru, kk_title, kk in twins:
        russian = find_topics(ru, "ru", title=ru_title)
        assert russian and find_topics(kk, "kk", title=kk_title) == russian, kk_title


FOUNDING_DECREE = ("Указ Президента Республики Казахстан от 1 марта 1995 года № 2066.\n\n"
                   "В целях укрепления межэтнического согласия ПОСТАНОВЛЯЮ:\n\n1. Образовать Ассамблею народа Казахстана.\n\n"
                   "2. Правительству принять меры, вытекающие из настоящего Указа.")


def test_the_formation_of_a_body_is_no_education():
    """The founding decree «Об образовании Ассамблеи народа Казахстана» was listed under «образование»
    (education): there the word means the body's formation."""
    for body in ("Ассамблеи народа Казахстана", "Комиссии по вопросам общественного согласия"):
        title = f"Об образовании {body}"
        topics = find_topics(title + "\n\n" + FOUNDING_DECREE, title=title)
        assert "образование" not in topics
    school = ("В школе № 5 прошел урок дружбы: учителя и ученики обсудили обучение на трех языках и образование "
              "в вузах. Образование детей и образование взрослых обсудили на педагогическом совете.")
    assert "образование" in find_topics(school)


STRATEGY_2050 = ("Послание Президента Республики Казахстан народу Казахстана «Стратегия «Казахстан-2050»: новый "
                 "политический курс состоявшегося государства»\n\nАстана, 14 декабря 2012 года\n\n"
                 "Сегодня я представляю вам Стратегию «Казахстан-2050». Основные задачи Стратегии-2030 мы выполнили. "
                 "Ассамблея народа Казахстана призвана стать одним из проводников нового курса.\n\n"
                 "Н.А. Назарбаев подчеркнул, что новый политический курс опирается на идею «Мәңгілік Ел».")


def test_hints_alone_tell_no_topic_however_often_they_recur():
    """The Strategy-2050 Address was filed under «образование»: its title's «новый политический курс»,
    quoted again with «нового курса», made four hints (курс*, meant for Kazakh курстар) and no
    education word."""
    title = STRATEGY_2050.splitlines()[0]
    assert "образование" not in find_topics(STRATEGY_2050, "ru", title=title)
    # the hints still count beside a telling word: language courses are education
    courses = ("Начались курсы казахского языка для взрослых. Обучение на курсах бесплатное, "
               "курс ведут опытные преподаватели. Курсы продлятся до мая.")
    assert "образование" in find_topics(courses, "ru", title="Курсы для взрослых")


@pytest.mark.parametrize("title, text", [
    ("Учителя и студенты колледжа провели открытые уроки",
     "Учителя колледжа провели открытые уроки для студентов. Каждый урок готовили учитель и двое студентов. "
     "Студенты помогали учителям, а после уроков учителя обсудили со студентами итоги. "
     "Опытные учителя дали студентам советы, как вести урок."),
    ("Мұғалімдерге арналған мемлекеттік тіл курстары ашылды",
     "Облыс мұғалімдеріне арналған мемлекеттік тіл курстары ашылды. Мұғалімдер күн сайын сабаққа қатысады. "
     "Курс үш айға созылады, сабақтарды тәжірибелі мұғалімдер жүргізеді. Курстың соңында мұғалімдер "
     "сынақ тапсырады, сабақ кестесі мектептерге жіберілді."),
])
def test_two_kinds_of_hints_tell_their_topic(title, text):
    # the rule above took «образование» from real teachers' reports, whose words are hints (учитель,
    # урок, студент; мұғалім, сабақ, курс): one hint recurring tells nothing, two kinds of them do
    assert "образование" in find_topics(text, "kk" if "ә" in text or "ұ" in text else "ru", title=title)


def test_a_weight_0_phrase_keeps_its_words_from_counting():
    vocabulary = parse_topics("[образование]\n3 образование\n0 образование комиссии\n")
    text = "Об образовании комиссии. " * 3
    assert find_topics(text, vocabulary=vocabulary) == []
    assert find_topics("Об образовании в школе. " * 3, vocabulary=vocabulary) == ["образование"]
    # nor stretch a passing mention (one decisive word and a hint in one phrase) into a topic
    vocabulary = parse_topics("[образование]\n3 образование\n1 урок\n0 образование комиссии\n")
    far = ("Об образовании комиссии сообщили вчера. Члены совета собрались в большом зале областного акимата "
           "и обсудили планы на весь следующий год. Там прошел открытый урок и образование.")
    assert find_topics(far, vocabulary=vocabulary) == []


def test_a_kazakh_report_in_latin_letters_gets_the_topics_of_its_cyrillic_twin():
    # the Kazakh cues are Cyrillic: the 2018 and 2021 spellings of a report got no topic at all
    cyrillic = ("Аналар кеңесінің отырысы өтті. Отбасы құндылықтары мен балаларды тәрбиелеу мәселелері талқыланды. "
                "Кеңес мүшелері қайырымдылық акциясын өткізуді ұсынды.")
    latin_2018 = ("Analar keńesiniń otyrysy ótti. Otbasy qundylyqtary men balalardy tárbıeleý máseleleri talqylandy. "
                  "Keńes músheleri qaıyrymdylyq aksııasyn ótkizýdi usyndy.")
    latin_2021 = ("Analar keñesınıñ otyrysy öttı. Otbasy qūndylyqtary men balalardy tärbieleu mäselelerı talqylandy. "
                  "Keñes müşelerı qaiyrymdylyq aksiiasyn ötkızudı ūsyndy.")
    expected = find_topics(cyrillic, "kk", title="Аналар кеңесі")
    assert "семья и Совет матерей" in expected
    assert find_topics(latin_2018, "kk", title="Analar keńesi") == expected
    assert find_topics(latin_2021, "kk", title="Analar keñesı") == expected
    # English keeps its own reading: no Kazakh letters made of it
    assert find_topics("Volunteers of the Assembly ran a camp. Each volunteer taught languages; volunteers "
                       "and children sang.", "en") == ["волонтерство"]


COUNCIL_RELEASE = {
    "ru": ("В Павлодаре прошло заседание Совета общественного согласия",
           "Павлодар, 10 января 2016 г. В Павлодаре прошло заседание Совета общественного согласия при Ассамблее "
           "народа Казахстана. Участники обсудили 30 предложений по укреплению единства и межэтнического согласия в "
           "регионе.\n\n«Единство народа – наше главное достояние», — сказал Ерлан Карин."),
    "kk": ("Павлодарда Қоғамдық келісім кеңесінің отырысы өтті",
           "Павлодар, 2016 жылғы 10 қаңтар. Павлодарда Қазақстан халқы Ассамблеясы жанындағы Қоғамдық келісім "
           "кеңесінің отырысы өтті. Қатысушылар өңірдегі бірлік пен этносаралық келісімді нығайту бойынша 30 "
           "ұсынысты талқылады.\n\n«Халықтың бірлігі – біздің басты байлығымыз», – деді Ерлан Қарин."),
    "en": ("Council of Public Accord meets in Pavlodar",
           "PAVLODAR, 10 January 2016. A meeting of the Council of Public Accord of the Assembly of People of "
           "Kazakhstan was held in Pavlodar. The participants discussed 30 proposals for strengthening unity and "
           "interethnic accord in the region.\n\n\"The unity of the people is our main treasure,\" said Yerlan Karin."),
}


def test_the_english_version_of_a_release_gets_its_russian_and_kazakh_versions_topics():
    # «Council of Public Accord» counted for nothing: the English version lacked the interethnic
    # accord topic its twins have, and a topic filter dropped it
    topics = {lang: find_topics(text, lang, title=title) for lang, (title, text) in COUNCIL_RELEASE.items()}
    assert topics["en"] == topics["ru"] == topics["kk"], topics
    assert "межэтническое и межконфессиональное согласие" in topics["en"]
    # «according to», «in accordance with» are no accord
    assert find_topics("According to the council, the road will be repaired in accordance with the plan, "
                       "according to the akimat.", "en") == []


def test_an_abbreviation_counts_as_the_words_it_stands_for():
    # «Чеченский ЭКО «Вайнах»» in the title missed the topic «этнокультурное объединение» there gives:
    # the search expands ЭКО, the topics read «эко», no cue
    body = ("Павлодар, 11 февраля 2022 года. Чеченское этнокультурное объединение «Вайнах» провело встречу "
            "старейшин с молодёжью. «Мы это помним», – сказал председатель ЭКО Хасан Дудаев. Встреча прошла в "
            "рамках проекта по профилактике экстремизма среди молодёжи.")
    spelt = "Чеченское этнокультурное объединение «Вайнах» провело встречу с молодёжью"
    short = "Чеченский ЭКО «Вайнах» провёл встречу с молодёжью"
    expected = find_topics(f"{spelt}\n\n{body}", "ru", title=spelt)
    assert "культура и этнокультурные объединения" in expected
    assert find_topics(f"{short}\n\n{body}", "ru", title=short) == expected
    # a cue written as the abbreviation is its full name too; lowercase «эко» (эко-акция) is no abbreviation
    vocabulary = parse_topics("[объединения]\n3 ЭКЦ\n")
    assert find_topics("Работа ЭКЦ. Этнокультурный центр провёл праздник. Этнокультурный центр открыт.",
                       vocabulary=vocabulary) == ["объединения"]
    assert find_topics("В парке прошла эко-акция, эко-акции проходят каждый год.",
                       vocabulary=parse_topics("[объединения]\n3 ЭКО\n")) == []


def test_a_declined_abbreviation_counts_as_the_bare_one():
    # a Kazakh report about an «ЭКО-ның» got no topic, though «ЭКО» gave one: Kazakh declines every abbreviation
    title = "Әзербайжан ЭКО-ның жаңа төрағасы сайланды"
    body = ("Шымкент, 2024 жылғы 2 сәуір. Әзербайжан ЭКО-ның жалпы жиналысы өтті.\n\nЖиналыста ЭКО-ның бір "
            "жылдағы жұмысы талқыланды. ЭКО мүшелері Достық үйінде өтетін іс-шараларға белсенді қатысады.")
    declined = find_topics(f"{title}\n\n{body}", "kk", title=title)
    assert "культура и этнокультурные объединения" in declined
    bare = title.replace("ЭКО-ның", "ЭКО")
    assert declined == find_topics(f"{bare}\n\n{body.replace('ЭКО-ның', 'ЭКО')}", "kk", title=bare)
    # a Russian case ending after a hyphen reads so too
    vocabulary = parse_topics("[объединения]\n3 ЭКЦ\n")
    assert find_topics("Азербайджанским ЭКЦ-ом руководит Ахмед Алиев. Этнокультурный центр открыт.",
                       vocabulary=vocabulary) == ["объединения"]


RELIGION = "религия и межконфессиональный диалог"


def test_a_religious_document_without_the_word_interfaith_gets_the_religion_topic():
    # an iftar organised with ДУМК had no topic at all: «межконфессиональный» was the only religious cue
    iftar = ("В центральной мечети Шымкента прошёл ифтар, организованный Ассамблеей народа Казахстана совместно с "
             "ДУМК. В месяц Рамадан мусульмане держат пост – ораза. Во время оразы верующие воздерживаются от пищи. "
             "Главный имам мечети отметил, что на ифтар пришли представители разных этносов и конфессий.")
    assert find_topics(iftar)[0] == RELIGION
    kk = ("Құрбан айт мерекесі қарсаңында Қазақстан халқы Ассамблеясының мүшелері мешітке барды. Бас мүфти діни "
          "келісімнің маңызын атап өтті. ҚМДБ өкілдері ауызашар ұйымдастырды.")
    assert RELIGION in find_topics(kk, "kk")
    en = ("The Congress of Leaders of World and Traditional Religions opened in Astana. Religious leaders, the "
          "Supreme Mufti and the Chief Rabbi called for interfaith dialogue.")
    assert RELIGION in find_topics(en, "en")
    # a secular cultural event keeps its own topics
    assert RELIGION not in find_topics("В Доме дружбы прошёл фестиваль этнокультурных объединений: песни, "
                                       "танцы и национальная кухня народов Казахстана.")


ACCORD = "межэтническое и межконфессиональное согласие"


def test_a_religious_document_that_states_interfaith_accord_keeps_the_accord_topic():
    # before: «религия…» only: its many religious words pushed the accord below a third of its score
    congress = ("В Астане открылся VII Съезд лидеров мировых и традиционных религий. Религиозные лидеры, муфтии, "
                "митрополиты, раввины и епископы обсудили роль религии в современном мире. Верующие разных "
                "конфессий молились в мечетях, храмах и синагогах. Межконфессиональное согласие является одной из "
                "основ государственности Казахстана. Религия служит миру; конфессии призвали к диалогу религий, "
                "межрелигиозный диалог продолжится в храмах и мечетях.")
    topics = find_topics(congress)
    assert topics[0] == RELIGION and ACCORD in topics
    # an interethnic forum that mentions faiths once keeps no religion topic
    forum = ("В Доме дружбы прошёл форум межэтнического согласия. Представители 17 этносов обсудили толерантность, "
             "межэтнические отношения и общественное согласие; на форуме были и представители конфессий.")
    assert RELIGION not in find_topics(forum)


@pytest.mark.parametrize("accord", [
    "межрелигиозное согласие в Казахстане служит примером для мира",
    "межрелигиозный мир и согласие в Казахстане служат примером для мира",
])
def test_interreligious_accord_is_the_accord_topic_as_interfaith_accord_is(accord):
    # before: «религия…» only: межрелигиозный was a cue of the religion topic alone
    congress = ("В столице завершил работу VIII Съезд лидеров мировых и традиционных религий. Представители ислама, "
                "христианства, иудаизма и буддизма выступили на пленарном заседании. Верховный муфтий, митрополит, "
                f"архиепископ и главный раввин отметили, что {accord}. Духовные лидеры обсудили роль религии в "
                "постпандемическом мире, вопросы веры и религиозной грамотности верующих. Верующие мечетей, храмов и "
                "синагог молились о мире.")
    topics = find_topics(congress)
    assert topics[0] == RELIGION and ACCORD in topics


CULTURE = "культура и этнокультурные объединения"


@pytest.mark.parametrize("text", [
    # an association's rename: no word of the topic but its legal name
    "О переименовании регионального объединения\n\nКЫЗЫЛОРДА, 30 августа 2022 года. Общественное объединение "
    "«Корейский национальный культурный центр Кызылординской области» переименовано в «Кызылординский филиал ОЮЛ "
    "«Ассоциация корейцев Казахстана»». Решение принято на общем собрании членов объединения.\n\nБывший «Корейский "
    "национальный культурный центр» работает в регионе с 1989 года.",
    # a Tatar centre's Sabantuy
    "Татаро-башкирский культурный центр провел Сабантуй\n\nУРАЛЬСК, 20 ноября 2019 года. ОО «Татаро-башкирский "
    "культурный центр «Дуслык»» провело осенние посиделки. Председатель центра Р.Г. Хабибуллина рассказала о планах.",
    # Kazakh: the Association of Koreans by its Kazakh name
    "Қазақстан корейлері қауымдастығы Чусок мерекесін атап өтті\n\nАЛМАТЫ, 2020 жылғы 3 қыркүйек. «Қазақстан корейлері "
    "қауымдастығы» заңды тұлғалар бірлестігі Чусок мерекесіне арналған онлайн кездесу өткізді. «Біздің қауымдастық "
    "Қазақстан халқының бірлігін нығайтуға үлес қосып келеді», – деді қауымдастық президенті Р.А. Ким.",
])
def test_an_ethnocultural_association_named_by_its_name_is_under_culture(text):
    # these had no topic: the vocabulary had no word for an association but «этнокультурный»
    assert CULTURE in find_topics(text)


def test_a_centre_of_another_kind_is_not_an_ethnocultural_association():
    text = ("В Усть-Каменогорске открылся реабилитационный центр «Возрождение»\n\nУСТЬ-КАМЕНОГОРСК, 10 июня 2022 года. "
            "ТОО «Реабилитационный центр «Возрождение»» открыло новое отделение для людей с зависимостями. Директор "
            "центра С.Н. Петров рассказал, что в отделении двадцать мест.")
    assert CULTURE not in find_topics(text)


def test_a_topic_name_with_a_comma_is_refused_with_its_line():
    # the index keeps a document's topics comma-separated: «[Мәңгілік Ел, патриотизм]» became two facet
    # values, « патриотизм» with a leading space, and the name as configured found nothing
    from ingest.extract.topics import TopicsError

    with pytest.raises(TopicsError, match=r"own.txt, line 3: a topic name holds no comma \('\[Мәңгілік Ел, патриотизм\]'\)"):
        parse_topics("[экология]\n3 экологический\n[Мәңгілік Ел, патриотизм]\n3 мәңгілік ел\n", "own.txt")
    names = [t.name for t in parse_topics("[волонтёрство; добровольчество]\n3 волонтёр\n"
                                          "[Ёлка & новогодние праздники <для детей>]\n3 ёлка\n")]
    assert names == ["волонтёрство; добровольчество", "Ёлка & новогодние праздники <для детей>"]  # other signs stay


def test_a_topic_name_saved_decomposed_is_kept_in_nfc():
    # a topics file saved on a Mac writes ё as е + U+0308: the facet value then matched no filter, read in NFC
    import unicodedata

    [topic] = parse_topics(unicodedata.normalize("NFD", "[молодёжная политика]\n3 молодёжь\n"))
    assert topic.name == "молодёжная политика" and unicodedata.is_normalized("NFC", topic.name)
