"""The community papers' own speech verbs (Ukrainian «сказав», Belarusian «сказаў», Polish «powiedział»,
German «sagte») make speakers, and their given names (Андрій, Марія, Наталія, Іван) are given names;
a Belarusian nominative in -енка stays as written. A real index, built by ingest."""
from __future__ import annotations

import pytest
from conftest import hit_files, ingested_service

from index.search import SearchRequest
from ingest.extract import extract

UKRAINIAN = ("Новини української громади\n\n14 жовтня 2021 року\n\nГолова товариства Марія Ткаченко розповіла про "
             "підготовку до свята. Заступник голови Андрій Мельник зазначив, що громада зростає. «Ми працюємо для "
             "молоді», — сказав Андрій Мельник.\n")
UKRAINIAN_ONLY = ("Український вісник\n\n12 березня 2019 року\n\nГолова товариства Віктор Дідух наголосив, що "
                  "громада зростає. «Ми пам'ятаємо свою історію», — сказав Віктор Дідух.\n")
BELARUSIAN = ("Навіны беларускай суполкі\n\n5 снежня 2021 г.\n\nСтаршыня таварыства Алесь Каваленка адзначыў, што мова "
              "жыве. «Мы захоўваем традыцыі», — сказаў Алесь Каваленка.\n")
POLISH = ("Kurier Polonijny\n\n12 grudnia 2021 r.\n\nPrezes stowarzyszenia Irena Kowalska powiedziała, że polska szkoła "
          "działa od dziesięciu lat. „Jesteśmy dumni z naszej kultury” – powiedział Tadeusz Nowak.\n")
GERMAN = ("Deutsche Allgemeine Zeitung\n\n3. Dezember 2021\n\nDer Vorsitzende der Gesellschaft Alexander Dederer sagte, "
          "die deutsche Sprache werde in Kasachstan gepflegt. „Wir sind stolz auf unsere Kultur“, sagte Andreas Weber.\n")
# a short item with і but none of ї є ґ: was Russian, and its «сказав» no speech verb
UKRAINIAN_SHORT = ("Новини громади\n\n3 травня 2022 року\n\nГромада відзначила свято. «Дякуємо всім», — сказав Петро "
                   "Бондаренко.\n")
# Uzbek given names opening with oʻ or gʻ (U+02BB, its official spelling): no Latin name before
UZBEK = ("Oʻzbek milliy madaniy markazi\n\n2022-yil 12-may\n\nMarkaz raisi Gʻayrat Toʻxtayev yigʻilishni ochdi va "
         "hammani tabrikladi. “Biz birgamiz”, — dedi Oʻlmas Qodirov.\n")
# the same typed with ‘ (U+2018), as word processors write oʻ gʻ: the name rules ended a word at it
UZBEK_TYPED = UZBEK.replace("ʻ", "‘")
# a woman's surname with no woman's form (Литвин): she was read as a man, whom «сказала» could not name
LITVIN = ("Новости\n\n3 мая 2022 года\n\nВ центре прошел праздник. «Спасибо всем», — сказала Ольга Литвин. "
          "Председатель совета Ольга Литвин сказала, что праздник удался.\n")
DOCUMENTS = {"ru_litvin.txt": LITVIN, "uz.txt": UZBEK, "uz_typed.txt": UZBEK_TYPED, "uk.txt": UKRAINIAN, "uk_only.txt": UKRAINIAN_ONLY, "uk_short.txt": UKRAINIAN_SHORT, "be.txt": BELARUSIAN, "pl.txt": POLISH,
             "de.txt": GERMAN}


@pytest.fixture(scope="module")
def service(tmp_path_factory):
    served = ingested_service(tmp_path_factory, DOCUMENTS)
    yield served
    served.close()


@pytest.mark.parametrize("text, speakers", [
    # before: no speaker in any of them
    (UKRAINIAN, ["М. Ткаченко", "А. Мельник"]),
    (UKRAINIAN_ONLY, ["В. Дідух"]),
    (UKRAINIAN_SHORT, ["П. Бондаренко"]),
    (BELARUSIAN, ["А. Каваленка"]),
    (POLISH, ["I. Kowalska", "T. Nowak"]),
    (GERMAN, ["A. Dederer", "A. Weber"]),
    (UZBEK, ["O. Qodirov"]),
    (LITVIN, ["О. Литвин"]),
    # «свято.» (a holiday) ended a sentence, yet read as «свято» (saintly) it made the next name a saint's
    ("Новини громади\n\n3 травня 2022 року\n\nГромада відзначила свято. Оксана Литвин сказала, що свято вдалося.",
     ["О. Литвин"]),
])
def test_a_community_languages_speech_verb_makes_a_speaker(text, speakers):
    assert extract(text).speakers == speakers


@pytest.mark.parametrize("query, files", [
    ("speaker:Дідух", ["uk_only.txt"]),
    ("speaker:Мельник", ["uk.txt"]),
    ("speaker:Бондаренко", ["uk_short.txt"]),
    ("speaker:Каваленка", ["be.txt"]),
    ("speaker:Nowak", ["pl.txt"]),
    ("speaker:Weber", ["de.txt"]),
    ("speaker:Qodirov", ["uz.txt", "uz_typed.txt"]),
    ("speaker:Литвин", ["ru_litvin.txt"]),
    ("person:Toʻxtayev", ["uz.txt", "uz_typed.txt"]),
])
def test_the_speaker_filter_finds_the_community_papers_speakers(service, query, files):
    assert hit_files(service.search(SearchRequest(query=query, per_page=20))) == files


def test_a_russian_gerund_spelled_as_a_ukrainian_verb_makes_no_speaker():
    # «сказав» is Russian's gerund: only a Ukrainian document reads it as «said»
    assert extract("Сказав это, Иван Петров ушел из зала. Его ждали.").speakers == []


@pytest.mark.parametrize("sentence, persons", [
    # before: nobody, «В. Наталія», «П. Іван»
    ("Секретар товариства Андрій Мельник зазначив, що громада зростає.", ["А. Мельник"]),
    ("Вчителька Наталія Бойко провела урок.", ["Н. Бойко"]),
    ("Голова товариства Марія Петренко відкрила збори. Скарбник Олексій Ткаченко доповів про внески.",
     ["М. Петренко", "О. Ткаченко"]),
])
def test_a_ukrainian_given_name_is_a_given_name(sentence, persons):
    assert extract(sentence).persons == persons


def test_a_belarusian_nominative_in_enka_is_kept():
    # before: «А. Каваленко», a spelling of neither language
    assert extract(BELARUSIAN).persons == ["А. Каваленка"]


def test_a_ukrainian_genitive_in_enka_is_still_its_nominative():
    assert extract("Український центр\n\nВідбувся вечір пам'яті Тараса Шевченка. Учні читали вірші.").persons == [
        "Т. Шевченко"]


def test_an_uzbek_speech_verb_makes_a_speaker_now_that_uzbek_is_told_from_kazakh():
    # read as Kazakh, «dedi» made the speaker; read as Uzbek (by English's rules) it made none
    text = ("Oʻzbek milliy madaniy markazi\n\n2021-yil 10-dekabr\n\nOʻqituvchi Dilnoza Karimova bolalar bilan she'rlar "
            "oʻqidi. “Biz madaniyatimiz bilan faxrlanamiz”, — dedi Shavkat Yoʻldoshev. Nodira Rahimova taʼkidladi, "
            "markaz va maktab birga ishlaydi.\n")
    x = extract(text)
    assert x.language == "uz"
    assert x.speakers == ["S. Yoʻldoshev", "N. Rahimova"]


def test_an_uzbek_given_name_with_its_apostrophe_is_a_given_name():
    assert extract(UZBEK).persons == ["G. Toʻxtayev", "O. Qodirov"]
    x = extract("Oʻzbek markazi\n\n2022-yil 12-may\n\nMarkazda bayram boʻldi va bolalar bilan uchrashuv oʻtdi. "
                "Gʻayrat Toʻxtayev dedi: “Biz birgamiz”.\n")
    assert (x.persons, x.speakers) == (["G. Toʻxtayev"], ["G. Toʻxtayev"])


def test_a_belarusian_sentence_with_its_i_is_no_kazakh_one():
    # «і» (and) and «Прывіталі» made the sentence Kazakh by the letter і they share: its names were read by
    # the Kazakh rules and none was found
    text = ("Навіны суполкі\n\n9 мая 2022 г.\n\nСтаршыня таварыства Ганна Жук адзначыла, што беларуская мова жыве ў "
            "Казахстане. Прывіталі гасцей Міхась Лынькоў і Максім Багдановіч. Прывіталі гасцей Максім Танк і Алесь "
            "Адамовіч.\n")
    assert extract(text).persons == ["Г. Жук", "М. Лынькоў", "М. Багдановіч", "М. Танк", "А. Адамовіч"]


@pytest.mark.parametrize("okina", ["‘", "`"])
def test_an_uzbek_name_typed_with_a_quote_mark_for_its_apostrophe_is_read_as_with_it(okina):
    # «Shavkat Yo‘ldoshev» named «S. Yo», and «O‘lmas», «G‘ayrat» were no given names
    text = ("Markaz raisi Gʻayrat Toʻxtayev yigʻilishda soʻzladi va bolalar bilan uchrashdi. “Biz faxrlanamiz”, "
            "— dedi Shavkat Yoʻldoshev. “Biz birgamiz”, — dedi Oʻlmas Qodirov.").replace("ʻ", okina)
    x = extract(text)
    assert x.language == "uz"
    assert x.persons == ["G. Toʻxtayev", "S. Yoʻldoshev", "O. Qodirov"]
    assert x.speakers == ["S. Yoʻldoshev", "O. Qodirov"]
