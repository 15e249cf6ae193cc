"""Names the session 25 third mobile check found: a father's name in -бек and «қызы»/«ұлы» apart
(«Г. НҰРБЕК ҚЫЗЫ:», «НҰРБЕК ҚЫЗЫ Г.:») went to the speaker before and made a person «Г. Нурбек», and
the given name Дархан (also a Mongolian town) before a -бай surname named nobody in Kazakh text."""
from ingest.extract.persons import canonical_persons, find_persons
from quote_api import client_of_texts, facet, one_quote


def names(text, **kw):
    return canonical_persons(find_persons(text, **kw))


BEK_FATHERS = ("Стенограмма заседания женского совета\n\n08.10.2024\n\n"
               "КАРИН Е.Т.: Открываем заседание.\n\n"
               "НҰРБЕК ҚЫЗЫ Г.: Бірінші мәселе бойынша есеп дайын.\n\n"
               "КАРИН Е.Т.: Далее.\n\n"
               "Г. НҰРБЕК ҚЫЗЫ: Әйелдер кеңесінің жоспары бекітілді.\n\n"
               "КАРИН Е.Т.: Далее.\n\n"
               "Нұрбек қызы Г.: Төртінші хат жіберілді.\n\n"
               "КАРИН Е.Т.: Далее.\n\n"
               "Ж. ТОКТАРБЕК: Ұсыныс қабылданды.\n\n"
               "КАРИН Е.Т.: Закрываем.\n")


def test_a_bek_father_s_name_and_kyzy_apart_is_one_surname_and_labels_its_speaker(tmp_path_factory):
    # each went to Е.Т. Карин, label and all, and «Г. НҰРБЕК» made a person «Г. Нурбек»
    with client_of_texts(tmp_path_factory, {"stenogramma.txt": BEK_FATHERS}) as client:
        hits = {q: one_quote(client, q) for q in ("есеп", "жоспары", "хат", "қабылданды")}
        persons = facet(client, "persons", q="заседание")
    expected = {"есеп": ("Г. Нұрбекқызы", "Бірінші мәселе бойынша есеп дайын."),
                "жоспары": ("Г. Нұрбекқызы", "Әйелдер кеңесінің жоспары бекітілді."),
                "хат": ("Г. Нұрбекқызы", "Төртінші хат жіберілді."),
                "қабылданды": ("Ж. Токтарбек", "Ұсыныс қабылданды.")}
    for query, (speaker, text) in expected.items():
        assert (hits[query]["speakers"], hits[query]["text"]) == ([speaker], text)
    assert set(persons) == {"Е.Т. Карин", "Г. Нұрбекқызы", "Ж. Токтарбек"}


def test_a_bek_father_s_name_apart_in_prose_and_a_surname_of_its_own_before_uly():
    assert names("Жиында Г. Нұрбек қызы атап өтті.", language="kk") == ["Г. Нұрбекқызы"]
    assert names("На встрече А. Жанбек кызы выступила с докладом.") == ["А. Жанбеккызы"]
    # «ұлы» after a surname of its own is still the adjective «great»
    assert names("Ақын А. Құнанбаев ұлы тұлға еді.", language="kk") == ["А. Құнанбаев"]


DARKHAN = ("Жастар форумы\n\n01.10.2024\n\n"
           "Форумда Дархан Ермекбай атап өтті: бірлік басты құндылық.\n\n"
           "Кейін Дархан Мынбайдың баяндамасы тыңдалды. Жастар Дархан Мынбайды құттықтады.\n")


def test_darkhan_before_a_bai_surname_in_kazakh_text_is_a_person(tmp_path_factory):
    assert names("Форумда Дархан Ермекбай атап өтті: бірлік басты құндылық.", language="kk") == ["Д. Ермекбай"]
    assert names("Форумда Дархан Мынбай атап өтті.", language="kk") == ["Д. Мынбай"]
    with client_of_texts(tmp_path_factory, {"kaz.txt": DARKHAN}) as client:
        persons = facet(client, "persons", q="форум")
    assert persons == {"Д. Ермекбай": 1, "Д. Мынбай": 1}
