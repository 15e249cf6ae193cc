"""A quote attributed to a post alone («…», — сказал Председатель Сената. / «…», – деді Сенат Төрағасы.)
is the words of the one person the document named with that post before it (ingest.extract.post_holders),
found by his name among the speakers and cited as his quote; where the post may name two people, or
the holder is named only after, nobody's, as before."""
from __future__ import annotations

import pytest

from conftest import hit_files, ingested_service
from index.citation import hit_citation, quote_fields
from index.search import SearchRequest
from ingest.extract import extract

# real shapes of news items: the post with the name first, then the quote with the post alone
SENATE_RU = ("Председатель Сената Маулен Ашимбаев открыл заседание палаты, посвященное закону об "
             "Ассамблее народа Казахстана.\n\n"
             "«Закон направлен на укрепление межэтнического согласия в стране», — сказал Председатель Сената.\n\n"
             "Депутаты одобрили закон в первом чтении.\n")
SENATE_KK = ("Сенат Төрағасы Мәулен Әшімбаев палатаның жалпы отырысын ашты.\n\n"
             "«Заң елдегі этносаралық келісімді нығайтуға бағытталған», – деді Сенат Төрағасы.\n\n"
             "Депутаттар заңды бірінші оқылымда мақұлдады.\n")
AKIM_RU = ("Аким Костанайской области Кумар Аксакалов встретился с представителями этнокультурных "
           "объединений региона.\n\n"
           "«Единство – наша главная ценность, и мы будем его беречь», — отметил аким области.\n")
AKIM_KK = ("Қостанай облысының әкімі Құмар Ақсақалов өңірдің этномәдени бірлестіктерінің өкілдерімен кездесті.\n\n"
           "«Бірлік – біздің басты құндылығымыз», – деді облыс әкімі.\n")
MINISTER_RU = ("Министр культуры и информации Аида Балаева провела совещание с руководителями театров.\n\n"
               "«Мы поддержим все национальные театры страны», — подчеркнула министр культуры.\n")


@pytest.mark.parametrize("text, speaker", [
    (SENATE_RU, "М. Ашимбаев"),
    (SENATE_KK, "М. Әшімбаев"),
    (AKIM_RU, "К. Аксакалов"),  # «аким области»: his post shortened
    (AKIM_KK, "Қ. Ақсақалов"),  # «облыс әкімі» for «Қостанай облысының әкімі»
    (MINISTER_RU, "А. Балаева"),  # «министр культуры» for «министр культуры и информации»
    # the post after the name between commas, and in the genitive before it
    ("Кумар Аксакалов, аким Костанайской области, встретился с молодежью.\n\n"
     "«Молодежь – наше будущее», — отметил аким области.\n", "К. Аксакалов"),
    ("Заседание прошло под председательством Председателя Сената М. Ашимбаева.\n\n"
     "«Мы приняли важный закон», — сказал Председатель Сената.\n", "М. Ашимбаев"),
    ("Отырыс Сенат Төрағасы М. Әшімбаевтың төрағалығымен өтті.\n\n"
     "«Біз маңызды заң қабылдадық», – деді Сенат Төрағасы.\n", "М. Әшімбаев"),
    # a post with no body, when the document has one person with it
    ("Директор музея Олег Пак провел встречу с учениками.\n\n"
     "«Мы открыли новую выставку», — сказал директор.\n", "О. Пак"),
    # the holder named in the same paragraph, after the quote
    ("«Мы поддержим все театры», — подчеркнула министр культуры. Министр культуры и информации "
     "Аида Балаева провела совещание в Астане.\n", "А. Балаева"),
])
def test_a_quote_attributed_to_a_post_alone_is_its_holder_s(text, speaker):
    paragraphs = text.strip().split("\n\n")
    x = extract(text, paragraphs)
    assert speaker in x.speakers
    quote = next(i for i, p in enumerate(paragraphs) if p.startswith("«"))
    assert x.passage_speakers[quote] == [speaker]


@pytest.mark.parametrize("text", [
    # two people with the post: which one said it?
    "Аким Костанайской области Кумар Аксакалов и аким Акмолинской области Ермек Маржикпаев подписали "
    "меморандум.\n\n«Это важный шаг для двух регионов», — отметил аким области.\n",
    # a post named only after the quote, by someone else
    "Состоялось совещание по вопросам культуры.\n\n«Мы поддержим все театры», — подчеркнул министр.\n\n"
    "Министр образования Асхат Аймагамбетов рассказал о школах.\n",
    # a post in the plural
    "Председатель Сената Маулен Ашимбаев открыл заседание.\n\n«Закон нужен», — отметили депутаты Сената.\n",
    # a post with no body, and two directors in the document
    "Директор школы Анна Ким и директор музея Олег Пак провели встречу.\n\n«Мы открыли выставку», — сказал директор.\n",
    # a post held for another is no holder's
    "И.о. акима области Ерлан Иванов встретился с молодежью.\n\n«Молодежь – наше будущее», — отметил аким области.\n",
    # her post is the deputy minister's, not the minister's
    "Заместитель министра культуры Аида Балаева провела совещание.\n\n«Мы поддержим театры», — подчеркнула министр культуры.\n",
    "Мәдениет министрінің орынбасары Аида Балаева кеңес өткізді.\n\n«Театрларды қолдаймыз», – деді Мәдениет министрі.\n",
    # the verb's gender is not the holder's
    "Министр культуры и информации Аида Балаева провела совещание.\n\n«Мы поддержим театры», — подчеркнул министр.\n",
])
def test_a_post_that_may_name_another_names_nobody(text):
    paragraphs = text.strip().split("\n\n")
    x = extract(text, paragraphs)
    quote = next(i for i, p in enumerate(paragraphs) if p.startswith("«"))
    assert x.passage_speakers[quote] == []


def test_a_post_of_someone_quoted_within_the_quote_names_nobody():
    text = ("Министр культуры Аида Балаева провела совещание. Председатель Сената Маулен Ашимбаев напомнил: "
            "«Театры, — сказала тогда министр, — нуждаются в поддержке».")
    x = extract(text, [text])
    assert x.speakers == ["М. Ашимбаев"]


@pytest.fixture(scope="module")
def archive(tmp_path_factory):
    service = ingested_service(tmp_path_factory, {"senate_ru.txt": SENATE_RU, "senate_kk.txt": SENATE_KK,
                                                  "akim_ru.txt": AKIM_RU})
    yield service
    service.close()


@pytest.mark.parametrize("query, files", [
    ("speaker:Ашимбаев", ["senate_kk.txt", "senate_ru.txt"]),
    ("speaker:Аксакалов", ["akim_ru.txt"]),
])
def test_search_by_speaker_finds_the_post_s_quotes(archive, query, files):
    assert sorted(hit_files(archive.search(SearchRequest(query, per_page=20)))) == files


@pytest.mark.parametrize("query, cited", [
    ("speaker:Ашимбаев межэтнического согласия",
     "«Закон направлен на укрепление межэтнического согласия в стране» — М. Ашимбаев; "),
    ("speaker:Аксакалов ценность", "«Единство – наша главная ценность, и мы будем его беречь» — К. Аксакалов; "),
    # (the index spells him one way, as the Russian item does)
    ("speaker:Әшімбаев келісімді", "«Заң елдегі этносаралық келісімді нығайтуға бағытталған» — М. Ашимбаев; "),
])
def test_the_quote_is_cited_as_his_words(archive, query, cited):
    [hit] = archive.quotes(SearchRequest(query)).hits
    # his words, the attribution by his post left out (it was «Пересказ: «…», — сказал Председатель Сената.»)
    assert hit_citation(hit).startswith(cited), hit_citation(hit)
    assert quote_fields(hit, "", "")["speech"] == "direct"
