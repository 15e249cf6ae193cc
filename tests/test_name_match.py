"""index.name_match: the candidates a typed name is compared with are never fewer than the values
it fits (the index only saves parsing and comparing every value)."""
from index.name_match import NameIndex, _name_fits, _name_parts, _typed_words

VALUES = sorted(["Н.А. Назарбаев", "К.К. Токаев", "Б.Т. Жумабеков", "Б. Жумабеков", "А. Ли", "Ю.А. Ли",
                 "З. Алиева", "М. Тулегенов", "Н. Дементьева", "Н. Дементьев", "Тоқаев", "Назарбаев",
                 "Stuart Hall", "А.А. Кенжебаев-Ахметов", "Н.В. Ким", "Ё.А. Ёлкин", "М.Ж. Өмірбеков"])
TYPED = ["Назарбаев", "Назарбаеву", "Тоқаев", "Tokayev", "Qasym-Jomart Toqaev", "Ли", "Алиева",
         "Марат Тулегенов", "Жумабековой", "Жумабекова", "Дементьева", "Н.А.", "Н.", "Yuri Li",
         "Юрий Ли", "Hall", "Ахметова", "Елкин", "Омирбеков", "К.-Ж. Токаев", "Ким Н.В.", "", "и"]


def test_matching_finds_every_value_a_full_scan_finds():
    index = NameIndex(VALUES)
    for typed in TYPED:
        words = _typed_words(typed)
        scanned = [v for v in VALUES if words and _name_fits(words, _name_parts(v))]
        assert index.matching(typed) == scanned, typed


def test_typed_names_find_their_people():
    index = NameIndex(VALUES)
    assert index.matching("Назарбаеву") == ["Н.А. Назарбаев", "Назарбаев"]
    assert index.matching("Ли") == ["А. Ли", "Ю.А. Ли"]
    assert index.matching("Марат Тулегенов") == ["М. Тулегенов"]
    assert index.matching("Qasym-Jomart Toqaev") == ["К.К. Токаев"]
    assert index.matching("Жумабековой") == []


def test_a_latin_initial_is_the_cyrillic_one_only_where_it_reads_as_one_letter():
    # `x.` was read as К. (x is кс) and named every К. speaker
    index = NameIndex(VALUES)
    assert index.matching("K.") == index.matching("К.") == ["К.К. Токаев"]
    assert index.matching("x.") == index.matching("X.") == [] and index.matching("x. Токаев") == []


def test_a_name_typed_with_kazakh_letters_finds_its_russian_spelling_and_back():
    # the facets show one spelling of a person (Е. Сапарулы for «Е. Сапарұлы» too); `Сапарұлы` was unknown
    values = sorted(["Е. Сапарулы", "А. Толегенкызы", "Б. Тилеуберди", "Ж. Серикбаева", "Ж. Серикбаев",
                     "Н. Сапарқызы", "Д. Нұрұлы"])
    index = NameIndex(values)
    for typed, expected in (("Сапарұлы", ["Е. Сапарулы"]), ("Сапарулы", ["Е. Сапарулы"]),
                            ("Төлегенқызы", ["А. Толегенкызы"]), ("Тілеуберді", ["Б. Тилеуберди"]),
                            ("Серікбаевой", ["Ж. Серикбаева"]), ("Сапаркызы", ["Н. Сапарқызы"]),
                            ("Е. Сапарұлы", ["Е. Сапарулы"]), ("Нурулы", ["Д. Нұрұлы"])):
        assert index.matching(typed) == expected, typed
        words = _typed_words(typed)
        assert [v for v in values if _name_fits(words, _name_parts(v))] == expected, typed


def test_a_kazakh_patronymic_surname_is_his_or_hers():
    from index.morphology import surname_form_genders, surname_nominative_gender

    assert surname_nominative_gender("сапарұлы") == surname_nominative_gender("сапарулы") == "m"
    assert surname_nominative_gender("төлегенқызы") == surname_nominative_gender("толегенкызы") == "f"
    assert surname_form_genders("сапарұлының") == "m" and surname_form_genders("төлегенқызына") == "f"
    assert surname_nominative_gender("сапарұлының") == "mf"  # a case form is no facet's nominative
    assert surname_nominative_gender("ұлы") == surname_nominative_gender("акулы") == "mf"  # the word alone, a noun


def test_a_man_s_surname_typed_in_latin_names_the_man_only_as_its_cyrillic_spelling_does():
    # `person:Nazarbaev` took in Д. Назарбаева, `speaker:Zhumabekov` С. Жумабекова; `Назарбаев` never did
    values = sorted(["Н.А. Назарбаев", "Д. Назарбаева", "Б. Жумабеков", "С. Жумабекова"])
    index = NameIndex(values)
    for typed, cyrillic in (("Nazarbaev", "Назарбаев"), ("Nazarbayev", "Назарбаев"), ("Zhumabekov", "Жумабеков"),
                            ("Nazarbayeva", "Назарбаева"), ("Zhumabekova", "Жумабекова")):
        assert index.matching(typed) == index.matching(cyrillic), typed
    assert index.matching("Zhumabekov") == ["Б. Жумабеков"]
    assert index.matching("Zhumabekova") == ["Б. Жумабеков", "С. Жумабекова"]  # his genitive, her nominative


def test_typed_initials_are_the_values_in_their_order_not_any_of_its_initials():
    # a speechwriter typing the citation's «К.К. Токаев» also got the akim Е.К. Токаев
    index = NameIndex(sorted(["К.К. Токаев", "Е.К. Токаев", "Г.С. Ахметова", "С.К. Ахметов", "Е.Т. Карин"]))
    assert index.matching("К.К. Токаев") == index.matching("К. Токаев") == ["К.К. Токаев"]
    assert index.matching("Токаев К.К.") == ["К.К. Токаев"] and index.matching("Е. Токаев") == ["Е.К. Токаев"]
    # «С. Ахметова» is his genitive too, never Г.С. Ахметова
    assert index.matching("С. Ахметова") == ["С.К. Ахметов"] and index.matching("Т. Карин") == []
    assert index.matching("Токаев") == ["Е.К. Токаев", "К.К. Токаев"]


def test_a_given_name_typed_in_full_is_the_values_first_initial_not_its_patronymics():
    # `Касым-Жомарт Токаев` also named the akim Е.К. Токаев, whose patronymic starts with К
    index = NameIndex(sorted(["К.К. Токаев", "Е.К. Токаев", "Н.А. Назарбаев", "А.Н. Назарбаев", "Г. Сейтказина"]))
    assert index.matching("Касым-Жомарт Токаев") == index.matching("Касым Токаев") == ["К.К. Токаев"]
    assert index.matching("Нурсултан Назарбаев") == ["Н.А. Назарбаев"]
    # a patronymic typed after the given name is the second initial, in either order of surname
    assert index.matching("Нурсултан Абишевич Назарбаев") == index.matching("Назарбаев Нурсултан Абишевич") \
        == ["Н.А. Назарбаев"]
    assert index.matching("Гульнара Сейтказина") == index.matching("Сейтказина Гульнара") == ["Г. Сейтказина"]
    # a hyphenated given name typed apart is one, its first word's initial: never Е.К. Токаев's
    assert index.matching("Kassym Jomart Tokayev") == index.matching("Касым Жомарт Токаев") == ["К.К. Токаев"]
    assert index.matching("Ерлан Касым Токаев") == ["Е.К. Токаев"]


def test_a_kazakh_genitive_of_her_surname_finds_her():
    # Бекова-ның read the Russian way is «бекованын», a man's -ын surname: her genitive found nobody
    index = NameIndex(["Ә. Бекова", "А. Муканова", "Ж.К. Туймебаев"])
    for typed, value in (("Бекованың", "Ә. Бекова"), ("Муканованың", "А. Муканова"), ("Бековаға", "Ә. Бекова"),
                         ("Туймебаевтың", "Ж.К. Туймебаев")):
        assert index.matching(typed) == [value], typed
