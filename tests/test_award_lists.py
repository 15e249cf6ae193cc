"""Award lists, decrees and orders: a row per recipient, surname first («Сәрсенбаев Ерлан Қайратұлы –
…», «1. АБДРАХМАНОВ Серик Кайратович – …», «Вольфа Эриха Иоганновича — …»). Each recipient is one
person under the facet's spelling. A real index, built by ingest."""
from __future__ import annotations

import pytest
from conftest import hit_files, ingested_service

from index.search import SearchRequest
from ingest.extract import extract

KZ_ORDER = ("Қазақстан халқы Ассамблеясы Төрағасының өкімі\n\nАстана, 2023 жылғы 20 сәуір № 7\n\n"
            "Қазақстан халқы Ассамблеясының «Бірлік» медалімен мыналар марапатталсын:\n\n"
            "Сәрсенбаев Ерлан Қайратұлы – Павлодар облысы Қазақстан халқы Ассамблеясы хатшылығының меңгерушісі;\n"
            "Ахметова Гүлнар Серікқызы – Алматы қаласы Аналар кеңесінің төрағасы;\n"
            "Жақыпов Нұрлан Болатұлы – Түркістан облысы Достық үйінің директоры;\n"
            "Омарова Айгерім Ермекқызы – Шымкент қаласындағы № 12 орта мектептің мұғалімі.\n")
# the Kazakh decree as a text file hard-wrapped by its rows: ingest runs the rows into one paragraph
KZ_DECREE = ("Қазақстан Республикасының мемлекеттік наградаларымен наградтау туралы\n\n"
             "Астана, 2019 жылғы 10 желтоқсан\n\n"
             "«Бірлік» медалімен\n"
             "Ким Анна Петрқызы – Шымкент қаласындағы № 12 орта мектептің мұғалімі;\n"
             "Вольф Эрих Иоганнұлы – Түркістан облысы Достық үйінің директоры;\n"
             "Бекболатұлы Ержан Бекболатұлы – журналист;\n"
             "Мюллер Ирина Андрейқызы – зейнеткер, Өскемен қаласы.\n")
# a Kazakh order writes its non-Kazakh recipients with their Russian patronymics; a numbered row follows
# the row before's semicolon
KZ_RUSSIAN_PATRONYMICS = ("Қазақстан халқы Ассамблеясы Төрағасының өкімі\n\nАстана, 2024 жылғы 16 наурыз № 13\n\n"
                          "Қазақстан халқы Ассамблеясының «Бірлік» медалімен мыналар марапатталсын:\n\n"
                          "1. Ким Виктор Алексеевич – Корей этномәдени орталығының төрағасы;\n"
                          "2. Мюллер Андрей Иванович – неміс этномәдени бірлестігінің мүшесі;\n"
                          "3) ПЕТРОВА Людмила Викторовна – Ассамблея кеңесінің мүшесі;\n"
                          "4) Вольф Эрих Иоганнович – неміс бірлестігінің төрағасы;\n"
                          "5. Сәрсенбаев Ерлан Қайратұлы – хатшылық меңгерушісі.\n")
CAPS_LIST = ("Список награжденных Почетной грамотой Ассамблеи народа Казахстана\n\nАстана, 25 апреля 2023 года\n\n"
             "1. АБДРАХМАНОВ Серик Кайратович – председатель ЭКО «Славяне» Карагандинской области;\n"
             "2. ПЕТРОВА Людмила Викторовна – член Совета АНК;\n"
             "3. ЖАҚЫПОВ Нұрлан Болатұлы – директор Дома дружбы Туркестанской области;\n"
             "4. КИМ Анна Петровна – учитель школы № 12 г. Шымкента.\n")
RU_DECREE = ("Указ о награждении\n\nАстана, 10 декабря 2023 года\n\nНаградить медалью «Бірлік»:\n"
             "Кенжебаеву Розу Абдуллаевну — члена Совета матерей;\n"
             "Вольфа Эриха Иоганновича — председателя немецкого этнокультурного объединения «Возрождение»;\n"
             "Бекболатұлы Ержана Бекболатовича — журналиста.\n")
RU_LIST = ("Список награжденных медалью «Бірлік»\n\nАстана, 11 декабря 2023 года\n\n"
           "1. Вольф Эрих Иоганнович – председатель немецкого этнокультурного объединения «Возрождение».\n"
           "2. Кенжебаева Роза Абдуллаевна – член Совета матерей.\n"
           "3. Бекболатұлы Ержан Бекболатович – журналист.\n")


@pytest.mark.parametrize("text, persons", [
    # surname, given name, Kazakh patronymic: no «Е. Қайратұлы»; the order is the Assembly's Chairman's of its
    # day (the shipped aliases date him since session 29), named as «Указ Президента» names the President
    (KZ_ORDER, ["К.К. Токаев", "Е.Қ. Сәрсенбаев", "Г.С. Ахметова", "Н.Б. Жақыпов", "А.Е. Омарова"]),
    # a surname with no surname's ending, one that is also a given name, one in -ұлы, rows run together
    (KZ_DECREE, ["А.П. Ким", "Э.И. Вольф", "Е.Б. Бекболатұлы", "И.А. Мюллер"]),
    # Russian patronymics in a Kazakh list: no «Л. Викторов» of «Людмила Викторовна», a woman's surname kept
    (KZ_RUSSIAN_PATRONYMICS, ["К.К. Токаев", "В.А. Ким", "А.И. Мюллер", "Л.В. Петрова", "Э.И. Вольф",
                              "Е.Қ. Сәрсенбаев"]),
    # the surname in capitals, a Kazakh patronymic among Russian ones
    (CAPS_LIST, ["С.К. Абдрахманов", "Л.В. Петрова", "Н.Б. Жақыпов", "А.П. Ким"]),
    # a surname that is also a given name, in the accusative; a -ұлы surname does not decline
    (RU_DECREE, ["Р.А. Кенжебаева", "Э.И. Вольф", "Е.Б. Бекболатұлы"]),
    (RU_LIST, ["Э.И. Вольф", "Р.А. Кенжебаева", "Е.Б. Бекболатұлы"]),
])
def test_each_recipient_of_a_list_is_one_person_surname_first(text, persons):
    assert extract(text).persons == persons


@pytest.mark.parametrize("sentence, persons", [
    # the full name of a Kazakh list row declined as a whole
    ("Сәрсенбаев Ерлан Қайратұлына алғыс жарияланды.", ["Е.Қ. Сәрсенбаев"]),
    ("Ассамблея мүшесі Сәрсенбаев Ерлан Қайратұлы жиынға қатысты.", ["Е.Қ. Сәрсенбаев"]),
    ("Марапатталғандар: Ахметова Гүлнар Серікқызы, Омарова Айгерім Ермекқызы.", ["Г.С. Ахметова", "А.Е. Омарова"]),
    ("2) ЛИ Виктор Константинович – директор Дома дружбы.", ["В.К. Ли"]),
    # a given name and surname, then another's given name and -ұлы: no «А.Қ. Әуезов»
    ("Мұхтар Әуезов Абай Құнанбайұлы туралы роман жазды.", ["М. Әуезов", "А. Құнанбайұлы"]),
    # a category word, a title, an address or a city opening a row is no surname
    ("Кандас Жанарбек Ахметжанұлы – Түркістан облысының тұрғыны.", ["Ж. Ахметжанұлы"]),
    ("Алматы Ерлан Қайратұлы жиналысқа келді.", ["Е. Қайратұлы"]),
    ("Құрметті Ерлан Қайратұлы!", []),
    # a Russian patronymic in Kazakh prose, surname first or last, a Kazakh case ending on the name's last word
    ("Рәсімге Ассамблея мүшесі Петрова Людмила Викторовна және Ким Виктор Алексеевич қатысты.",
     ["Л.В. Петрова", "В.А. Ким"]),
    ("Төраға Петрова Людмила Викторовнаға Алғыс хат табыс етті.", ["Л.В. Петрова"]),
    ("Ассамблея мүшесі Анна Петровна Ковальская баяндама жасады.", ["А.П. Ковальская"]),
    ("Мәжіліс депутаты Людмила Викторовна Ким де қатысты.", ["Л.В. Ким"]),
    # a given name and patronymic alone name nobody: no «Л. Викторов» with -на read as a dative
    ("Рәсімде Людмила Викторовна сөз сөйледі.", []),
])
def test_a_list_row_s_name_and_what_is_none(sentence, persons):
    assert extract(sentence).persons == persons


def test_an_abbreviation_in_capitals_before_a_name_and_patronymic_is_no_surname():
    assert not [p for p in extract("ЭКО Серик Кайратович рассказал о проекте.").persons if p.endswith("Эко")]


def test_a_woman_s_given_name_before_a_given_name_and_patronymic_is_no_surname():
    # the surnames that are given names are men's (Вольф, Герман)
    assert "И.В. Наталья" not in extract("Наталья Ирина Викторовна сказала.").persons


# a Kazakh report's sentences, each opening with an adverb or an object before the full name
KZ_REPORT_HEAD = "Марапаттау рәсімі\n\n2024 жылғы 4 маусым\n\n"


@pytest.mark.parametrize("sentence, persons", [
    # read by the Kazakh rules: the first word is no given name before the surname
    ("Жиынға Петрова Людмила Викторовна қатысты.", ["Л.В. Петрова"]),
    ("Мерекеде Ким Виктор Алексеевич сөз сөйледі.", ["В.А. Ким"]),
    ("Сөз Петрова Людмила Викторовнаға берілді.", ["Л.В. Петрова"]),
    ("Медаль Сергеева Ольга Николаевнаға берілді.", ["О.Н. Сергеева"]),
    ("Грамота Кузнецов Андрей Павловичке берілді.", ["А.П. Кузнецов"]),
    ("Марапат Сәрсенбаев Ерлан Қайратұлына берілді.", ["Е.Қ. Сәрсенбаев"]),
    # too few Kazakh words for a Kazakh sentence, so read by the Russian rules: no «М. Кузнецов», no
    # «А. Павлович» (Кузнецов, «of the blacksmiths», is no post making Павлович a surname)
    ("Медальді Кузнецов Андрей Павлович алды.", ["А.П. Кузнецов"]),
    ("Бүгін Петрова Людмила Викторовна медаль алды.", ["Л.В. Петрова"]),
    ("Биыл Сергеева Ольга Николаевна медаль алды.", ["О.Н. Сергеева"]),
    ("Грамотаны Сәрсенбаев Ерлан Қайратұлы алды.", ["Е.Қ. Сәрсенбаев"]),
    # a given name opening the sentence is still a person's own («М. Әуезов», no «А.Қ. Әуезов»)
    ("Мұхтар Әуезов Абай Құнанбайұлы туралы роман жазды.", ["М. Әуезов", "А. Құнанбайұлы"]),
])
def test_a_full_name_after_a_kazakh_sentence_s_first_word(sentence, persons):
    assert extract(KZ_REPORT_HEAD + sentence + "\n").persons == persons


def test_a_post_before_a_name_in_ovich_still_makes_it_a_surname():
    assert extract("Председатель Союза поляков Казахстана Павел Лукашевич сказал о планах.").persons == ["П. Лукашевич"]


@pytest.fixture(scope="module")
def service(tmp_path_factory):
    svc = ingested_service(tmp_path_factory, {"kz_order.txt": KZ_ORDER, "kz_decree.txt": KZ_DECREE,
                                              "caps_list.txt": CAPS_LIST, "ru_decree.txt": RU_DECREE,
                                              "ru_list.txt": RU_LIST, "kz_russian.txt": KZ_RUSSIAN_PATRONYMICS,
                                              "kz_report.txt": KZ_REPORT_HEAD + "Медальді Кузнецов Андрей Павлович алды.\n"
                                                               "Жиынға Петрова Людмила Викторовна қатысты.\n"})
    yield svc
    svc.close()


def test_the_persons_facet_of_award_lists_holds_each_recipient_once(service):
    facet = {f.value: f.count for f in service.search(SearchRequest(query="")).facets["persons"]}
    assert facet["Е.Б. Бекболатұлы"] == 3 and facet["Э.И. Вольф"] == 4 and facet["Н.Б. Жақыпов"] == 2
    assert facet["Л.В. Петрова"] == 3 and facet["А.П. Кузнецов"] == 1
    assert not [v for v in facet if v.endswith(("Қайратұлы", "Серікқызы", "Болатұлы", "Эрих", "Бекболатұла", "Викторов",
                                                "Павлович"))]
    for person, files in (("Сәрсенбаев", ["kz_order.txt", "kz_russian.txt"]), ("Абдрахманов", ["caps_list.txt"]),
                          ("Ким", ["caps_list.txt", "kz_decree.txt", "kz_russian.txt"]), ("Жақыпов", ["caps_list.txt", "kz_order.txt"]),
                          ("Вольф", ["kz_decree.txt", "kz_russian.txt", "ru_decree.txt", "ru_list.txt"]),
                          ("Петрова", ["caps_list.txt", "kz_report.txt", "kz_russian.txt"]), ("Мюллер", ["kz_decree.txt", "kz_russian.txt"])):
        result = service.search(SearchRequest(query=f"person:{person}", per_page=20))
        assert sorted(hit_files(result)) == files, person
