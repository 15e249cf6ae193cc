"""Names the session 25 final mobile retest found: a capitals -бай label followed by a role or a region
(«Д. МЫНБАЙ, депутат Мажилиса:»), a Kazakh surname written as a father's name and «қызы»/«ұлы» apart
(«ЕСЕНБАЙ ҚЫЗЫ А.:», «А. ЕСЕНБАЙ ҚЫЗЫ:»), and a -бай surname in the Kazakh genitive or accusative
(«Қайрат Ермекбайдың баяндамасы», «Серік Тойшыбайды құттықтады»)."""
from ingest.extract.persons import canonical_persons, find_persons
from quote_api import client_of_texts, facet, one_quote


def names(text, **kw):
    return canonical_persons(find_persons(text, **kw))


ROLES = ("Стенограмма расширенного заседания Совета Ассамблеи народа Казахстана\n\n10.09.2024\n\n"
         "КАРИН Е.Т.: Начинаем расширенное заседание.\n\n"
         "Д. МЫНБАЙ, депутат Мажилиса: Законопроект о медиации готов ко второму чтению.\n\n"
         "КАРИН Е.Т.: Следующий выступающий.\n\n"
         "МЫНБАЙ Д.К. (Павлодарская область): Доля сельских кабинетов медиации выросла вдвое.\n\n"
         "КАРИН Е.Т.: Слово предоставляется молодежи.\n\n"
         "ЖУМАБАЙ А.С., председатель совета матерей: Семейные советы работают в каждом районе.\n\n"
         "КАРИН Е.Т.: Переходим к грантам.\n\n"
         "Б. ТОКТАРБАЙ (Туркестанская область): Поддерживаю предложение о грантах для сел.\n")


def test_a_capitals_bai_label_with_a_role_or_a_region_labels_its_speaker_s_turn(tmp_path_factory):
    # each went to Е.Т. Карин, the speaker before, label and all; the -ев form of the same lines did not
    with client_of_texts(tmp_path_factory, {"stenogramma.txt": ROLES}) as client:
        hits = {q: one_quote(client, q) for q in ("законопроект", "кабинетов", "семейные", "поддерживаю")}
    expected = {"законопроект": ("Д.К. Мынбай", "Законопроект о медиации готов ко второму чтению."),
                "кабинетов": ("Д.К. Мынбай", "Доля сельских кабинетов медиации выросла вдвое."),
                "семейные": ("А.С. Жумабай", "Семейные советы работают в каждом районе."),
                "поддерживаю": ("Б. Токтарбай", "Поддерживаю предложение о грантах для сел.")}
    for query, (speaker, text) in expected.items():
        assert (hits[query]["speakers"], hits[query]["text"]) == ([speaker], text)


def test_a_capitals_word_with_a_role_is_a_label_s_surname_only_before_its_colon():
    assert names("Д. МЫНБАЙ, депутат Мажилиса: Законопроект готов.") == ["Д. Мынбай"]
    assert names("МЫНБАЙ Д.К. (Павлодарская область): Доля выросла.") == ["Д.К. Мынбай"]
    # a verb after the comma: the reporter's words, no post; capitals with no colon: an abbreviation's as often
    assert names("Д. МЫНБАЙ, выступая на сессии, отметил: всё готово.") == []
    assert names("Д. МЫНБАЙ, депутат Мажилиса. Законопроект готов.") == []


PATRONYMICS = ("Стенограмма заседания Совета общественного согласия Ассамблеи народа Казахстана\n\n14.06.2024\n\n"
               "КАРИН Е.Т.: Открываем заседание совета.\n\n"
               "ЕСЕНБАЙ ҚЫЗЫ А.: Жастар саясаты бойынша ұсыныстар дайындалды.\n\n"
               "КАРИН Е.Т.: Рахмет.\n\n"
               "А. ЕСЕНБАЙ ҚЫЗЫ: Жастар ұйымдарымен жұмысты күшейту қажет.\n\n"
               "КАРИН Е.Т.: Келесі сөз.\n\n"
               "Қ. ЕРМЕКБАЙ ҰЛЫ: Ауылдық мектептердегі медиация кабинеттері туралы айтқым келеді.\n\n"
               "КАРИН Е.Т.: Заседание закрыто, спасибо.\n")


def test_a_father_s_name_and_kyzy_or_uly_apart_is_one_surname_and_labels_its_speaker(tmp_path_factory):
    # «ЕСЕНБАЙ ҚЫЗЫ А.:» made a person «А. Қызы»; «А. ЕСЕНБАЙ ҚЫЗЫ:» went to the speaker before
    with client_of_texts(tmp_path_factory, {"stenogramma.txt": PATRONYMICS}) as client:
        hits = {q: one_quote(client, q) for q in ("ұсыныстар", "күшейту", "мектептердегі")}
        persons, speakers = facet(client, "persons", q="жастар"), facet(client, "speakers", q="жастар")
    expected = {"ұсыныстар": ("А. Есенбайқызы", "Жастар саясаты бойынша ұсыныстар дайындалды."),
                "күшейту": ("А. Есенбайқызы", "Жастар ұйымдарымен жұмысты күшейту қажет."),
                "мектептердегі": ("Қ. Ермекбайұлы", "Ауылдық мектептердегі медиация кабинеттері туралы айтқым келеді.")}
    for query, (speaker, text) in expected.items():
        assert (hits[query]["speakers"], hits[query]["text"]) == ([speaker], text)
    assert not any("Қызы" in name or "Ұлы" in name for name in set(persons) | set(speakers))
    assert {"А. Есенбайқызы", "Қ. Ермекбайұлы"} <= set(speakers)


def test_kyzy_or_uly_alone_is_no_surname_and_uly_after_a_surname_is_great():
    assert names("ҚЫЗЫ А.: Жастар саясаты бойынша ұсыныстар дайындалды.") == []
    assert names("Жиында А. Есенбай қызы атап өтті.", language="kk") == ["А. Есенбайқызы"]
    assert names("На встрече А. Есенбай кызы выступила с докладом.") == ["А. Есенбайкызы"]
    # «ұлы» is also the adjective «great»: after a surname of its own, or before a noun
    assert names("Ақын А. Құнанбаев ұлы тұлға еді.", language="kk") == ["А. Құнанбаев"]
    assert names("Слово получила Айтен Гасан кызы Алиева.") == ["А.Г. Алиева"]


KAZAKH_CASES = ("Облыстық ассамблея жиыны\n\n01.07.2024\n\n"
                "Жиында Қайрат Ермекбайдың баяндамасы тыңдалды.\n\n"
                "Әкім Серік Тойшыбайды құттықтады.\n\n"
                "Марат Есенбайдан сұрақтар қойылды.\n")


def test_a_bai_surname_in_the_kazakh_genitive_or_accusative_is_a_person(tmp_path_factory):
    assert names("Жиында Қайрат Ермекбайдың баяндамасы тыңдалды.", language="kk") == ["Қ. Ермекбай"]
    assert names("Әкім Серік Тойшыбайды құттықтады.", language="kk") == ["С. Тойшыбай"]
    assert names("Әкім С. Тойшыбайды құттықтады.", language="kk") == ["С. Тойшыбай"]
    with client_of_texts(tmp_path_factory, {"kaz.txt": KAZAKH_CASES}) as client:
        assert set(facet(client, "persons", q="жиыны")) == {"Қ. Ермекбай", "С. Тойшыбай", "М. Есенбай"}
        assert facet(client, "persons", q="", persons="С. Тойшыбай")["С. Тойшыбай"] == 1
