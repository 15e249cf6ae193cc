"""Names the session 25 retests found: transcript labels with a -бай surname after its initials or
alone («Д. МЫНБАЙ:», «ТУЯКБАЙ:»), a -бай surname in an oblique case or in Kazakh prose, a woman signing
for a post held for another («И.о.», «Врио», «За»), a Kazakh executor line, a Latin «Zh.» initial (an English
signature «Kassymova Sh.» too), and a Kazakh subject line naming a body."""
from index.name_folding import fuller_names
from ingest.extract.persons import canonical_persons, find_persons
from quote_api import client_of_texts


def canon(text, **kw):
    return canonical_persons(find_persons(text, **kw))


def _get(client, path="/api/search", **query):
    return client.get(path, query_string=query).get_json()


def _facet(data, name):
    return {f["value"]: f["count"] for f in data["facets"][name]}


STENOGRAM = ("Стенограмма заседания Научно-экспертного совета Ассамблеи народа Казахстана\n\n12.04.2024\n\n"
             "КАРИН Е.Т.: Добрый день, коллеги. Начинаем работу совета.\n\n"
             "БОРАНБАЙҰЛЫ Е.: Мемлекеттік тілді дамыту бағдарламасын қолдаймын.\n\n"
             "Д. МЫНБАЙ: Прошу учесть опыт Павлодарской области по медиации.\n\n"
             "ЖУМАБАЙ Б.К.: Поддерживаю предложение о домах дружбы.\n\n"
             "Д.К. ТОКТАРБАЙ: Благодарю за поддержку, коллеги.\n\n"
             "ТУЯКБАЙ: Без инициалов тоже бывает, это реплика из зала о сроках.\n\n"
             "КАРИН Е.Т.: Спасибо всем, заседание закрыто.\n")
QUERIES = ("учесть опыт", "благодарю", "реплика")


def test_a_capitals_bai_surname_after_its_initials_or_alone_labels_its_speaker_s_turn(tmp_path_factory):
    # «Д. МЫНБАЙ:» and «Д.К. ТОКТАРБАЙ:» went to the speaker before them, label and all; «ТУЯКБАЙ:» to nobody
    with client_of_texts(tmp_path_factory, {"stenogramma.txt": STENOGRAM}) as client:
        quotes = {query: _get(client, "/api/quotes", q=query, facets=0)["hits"] for query in QUERIES}
        speakers = _facet(_get(client, q="коллеги"), "speakers")
    cases = {"учесть опыт": ("Д. Мынбай", "Прошу учесть опыт Павлодарской области по медиации."),
             "благодарю": ("Д.К. Токтарбай", "Благодарю за поддержку, коллеги."),
             "реплика": ("Туякбай", "Без инициалов тоже бывает, это реплика из зала о сроках.")}
    for query, (speaker, text) in cases.items():
        [hit] = quotes[query]
        assert (hit["speakers"], hit["text"]) == ([speaker], text)
    assert {"Д. Мынбай", "Д.К. Токтарбай", "Туякбай", "Б.К. Жумабай"} <= set(speakers)


def test_a_capitals_word_after_initials_is_a_label_s_surname_only_before_its_colon():
    assert canon("Д. МЫНБАЙ: Прошу учесть опыт.") == ["Д. Мынбай"]
    assert canon("Д. МЫНБАЙ прошу учесть опыт.") == []  # capitals mid-line: an abbreviation's as often


def test_a_bai_surname_in_an_oblique_case_or_in_kazakh_prose_is_a_person():
    assert canon("Участники встретились также с Дарханом Мынбаем, который вручил письма.") == ["Д. Мынбай"]
    assert canon("Письмо Дархана Мынбая получено.") == ["Д. Мынбай"]
    assert canon("Слово предоставили Дархану Мынбаю.") == ["Д. Мынбай"]
    assert canon("Из Дархана Мынбай уехал.") == []  # the town, then a surname alone
    assert canon("Ақпарат: Қайрат Ермекбай атап өтті, бірлік — басты байлығымыз.", language="kk") == ["Қ. Ермекбай"]
    assert canon("Қайрат Ермекбайдың айтуынша, бірлік маңызды.", language="kk") == ["Қ. Ермекбай"]


def test_a_person_named_only_in_an_oblique_case_is_in_the_persons_facet(tmp_path_factory):
    with client_of_texts(tmp_path_factory, {"novost.txt": (
        "Встреча с представителями этнокультурных объединений в Павлодаре\n\n05.05.2024\n\n"
        "В Павлодаре прошла встреча с представителями этнокультурных объединений. Участники встретились "
        "также с Дарханом Мынбаем, который вручил благодарственные письма.\n\n"
        "Ақпарат: Қайрат Ермекбай атап өтті, бірлік — біздің басты байлығымыз.\n")}) as client:
        assert set(_facet(_get(client, q="встреча"), "persons")) == {"Д. Мынбай", "Қ. Ермекбай"}
        assert _get(client, q="", persons="Д. Мынбай")["total"] == 1


LETTER = ("АССАМБЛЕЯ НАРОДА КАЗАХСТАНА\n\nИсх. № 01-12/490 от 15.04.2019\n\nАкиму Павлодарской области\n"
          "Бакауову Б.К.\n\nО проведении форума\n\nУважаемый Булат Кабдылхамитович!\n\n"
          "Просим в срок до 25.04.2019 представить предложения.\n\n{signature}\n")


def test_a_woman_signing_for_a_post_held_for_another_stays_a_woman(tmp_path_factory):
    with client_of_texts(tmp_path_factory, {
        "io.txt": LETTER.format(signature="С уважением,\nИ.о. Руководителя Секретариата            А. Сапарина"),
        "io_wrapped.txt": LETTER.format(signature="И.о. Руководителя Секретариата\nАссамблеи народа Казахстана"
                                                  "          А. Сапарина\n\nИсп.: Иванова А., тел. 74-12-33"),
        "vrio.txt": LETTER.format(signature="С уважением,\nВрио Заместителя Председателя\n"
                                            "Ассамблеи народа Казахстана          А. Сапарина"),
        "za.txt": LETTER.format(signature="С уважением,\nЗа Руководителя Секретариата            А. Сапарина")}) as client:
        persons = _facet(_get(client, q="форума"), "persons")
    assert persons["А. Сапарина"] == 4 and "А. Сапарин" not in persons
    # mid-sentence the preposition still governs the name
    assert canon("За Председателя Ассамблеи А. Сапарина проголосовали все.") == ["А. Сапарин"]
    assert canon("Письмо подписал и.о. руководителя секретариата А. Сапарина.") == ["А. Сапарин"]


KK_LETTER = ("ҚАЗАҚСТАН ХАЛҚЫ АССАМБЛЕЯСЫ\n\n15.03.2022 № 02-05/613\n"
             "Сіздің 2022 жылғы 3 наурыздағы № 3-4/60 хатыңызға\n\nҚарағанды облысының әкімі\nЖ. Қасымбекке\n\n"
             "Достық үйінің жөндеу жұмыстары туралы\n\nҚұрметті Гүлнар Сейітқызы!\n\n"
             "Қазақстан халқы Ассамблеясының Хатшылығы хатыңызды қарады. Ұсыныстарды 2022 жылғы 1 сәуірге дейін "
             "жіберуіңізді сұраймыз.\n\nҚұрметпен,\nТөрағаның орынбасары                    Г. Ахметова\n\n"
             "Орынд.: Сәрсенова Ә., тел. 8 (7172) 74-11-22\n")


def test_a_kazakh_letter_s_executor_is_a_person_and_its_subject_naming_a_body_its_title(tmp_path_factory):
    with client_of_texts(tmp_path_factory, {"hat.txt": KK_LETTER}) as client:
        data = _get(client, q="хатыңызды")
    assert set(_facet(data, "persons")) == {"Ж. Қасымбек", "Г. Ахметова", "Ә. Сәрсенова"}
    [hit] = data["hits"]
    assert hit["title"] == "Достық үйінің жөндеу жұмыстары туралы"  # was the body's first sentence


def test_a_latin_two_letter_initial_reads_as_its_one_cyrillic_letter():
    assert fuller_names(["Zh. Tuimebayev", "Ж.К. Туймебаев", "E. Kim", "Е.В. Ким"]) == {
        "Zh. Tuimebayev": "Ж.К. Туймебаев", "E. Kim": "Е.В. Ким"}  # Tuimebayev: Туймебаев as well as Туимебаев
    assert fuller_names(["Zh. Tuimebayev", "Ж.К. Туймебаев", "З.К. Туймебаев"]) == {
        "Zh. Tuimebayev": "Ж.К. Туймебаев"}  # Zh. is no З.
    assert fuller_names(["Sh. Ahmetov", "С.К. Ахметов"]) == {}


def test_a_facet_click_on_a_signer_finds_his_english_letter(tmp_path_factory):
    with client_of_texts(tmp_path_factory, {
        "en.txt": ("ASSEMBLY OF PEOPLE OF KAZAKHSTAN\n\nRef. No. 01-19/2047 dated 15.10.2019\n\n"
                   "To: Mr. John Smith\n\nDear Mr. Smith,\n\nThe Secretariat confirms participation in the "
                   "roundtable.\n\nSincerely,\nDeputy Chairman of the Assembly          Zh. Tuimebayev\n"),
        "ru.txt": ("АССАМБЛЕЯ НАРОДА КАЗАХСТАНА\n\nИсх. № 01-12/491 от 15.04.2019\n\nАкиму Павлодарской области\n"
                   "Бакауову Б.К.\n\nО проведении форума\n\nПросим представить предложения по круглому столу.\n\n"
                   "С уважением,\nЗаместитель Председателя          Ж.К. Туймебаев\n")}) as client:
        persons = _facet(_get(client, q=""), "persons")
        found = _get(client, q="", persons="Ж.К. Туймебаев")["total"]
    assert persons["Ж.К. Туймебаев"] == 2 and "Zh. Tuimebayev" not in persons
    assert found == 2


EN_LETTER = ("ASSEMBLY OF PEOPLE OF KAZAKHSTAN\n\nRef.: 01-19/2051\nDate: October 15, 2019\n\nTo: Mr. John Smith\n"
             "Head of the OSCE Programme Office\n\nDear Mr. Smith,\n\nThe Secretariat thanks you for your letter of "
             "2 October 2019. Please reply by 25 October 2019.\n\nSincerely,\n{signature}\n")


def test_an_english_signature_written_surname_first_names_its_signer(tmp_path_factory):
    """«Kassymova Sh.» over her post made a person «Sh. Deputy» (the two-letter initial joined to the
    next line's word) and alone named nobody; as a Kazakhstani clerk writes it, it is Sh. Kassymova."""
    with client_of_texts(tmp_path_factory, {
        "post.txt": EN_LETTER.format(signature="Kassymova Sh.\nDeputy Chairman"),
        "head.txt": EN_LETTER.format(signature="Kassymova Sh.\nHead of International Relations"),
        "alone.txt": EN_LETTER.format(signature="Kassymova Sh."),
        "post_first.txt": EN_LETTER.format(signature="Deputy Chairman\nSh. Kassymova")}) as client:
        persons = _facet(_get(client, q="Secretariat"), "persons")
    assert persons == {"J. Smith": 4, "Sh. Kassymova": 4}
    # a two-letter initial closing a wrapped line still opens the name on the next
    assert canon("The meeting was opened by Zh.\nTuimebayev, who thanked the guests.", language="en") == ["Zh. Tuimebayev"]


def test_a_short_letter_with_its_signer_and_post_on_one_line_keeps_its_lines(tmp_path_factory):
    """«Kassymova Sh., Deputy Chairman» on one line made the short letter's lines wide enough to read as
    hard-wrapped prose: «To: Mr. John Smith» was joined to his post and «Sincerely,» to the signer, and
    both names were lost. Lines that wrap no sentence are lines of their own."""
    with client_of_texts(tmp_path_factory, {
        name: EN_LETTER.replace("\nDate:", "\nYour Ref.: EUR/40 of 02.10.2019\nDate:").format(signature=signature)
        for name, signature in (("surname_first.txt", "Kassymova Sh., Deputy Chairman"),
                                ("initial_first.txt", "Sh. Kassymova, Deputy Chairman"))}) as client:
        persons = _facet(_get(client, q="Secretariat"), "persons")
    assert persons == {"J. Smith": 2, "Sh. Kassymova": 2}


def test_a_letterhead_wrapped_onto_lines_of_its_own_is_no_title():
    """A letter's lines kept apart: «АССАМБЛЕИ НАРОДА КАЗАХСТАНА» under «СЕКРЕТАРИАТ» goes on the body's
    name, and the subject under the registration lines is the title."""
    from ingest.parsers.letter_title import letter_title
    from ingest.parsers.normalize import split_paragraphs
    text = ("СЕКРЕТАРИАТ\nАССАМБЛЕИ НАРОДА КАЗАХСТАНА\nПРИ ПРЕЗИДЕНТЕ РЕСПУБЛИКИ КАЗАХСТАН\n\n"
            "Вх. 1234 от 16.04.2019г.\nИсх. 01-12/476 от 15.04.2019\n\nАкиму Павлодарской области\nБакауову Б.К.\n\n"
            "О проведении форума\n\nУважаемый Булат Кабдылхамитович!\n\nСекретариат просит принять участие.\n")
    paragraphs = split_paragraphs(text)
    assert paragraphs[:2] == ["СЕКРЕТАРИАТ", "АССАМБЛЕИ НАРОДА КАЗАХСТАНА"]
    assert letter_title(paragraphs) == "О проведении форума"
