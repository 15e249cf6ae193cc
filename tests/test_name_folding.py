"""One person, one speaker: a news report's «Б. Жумабеков» and a transcript's «Жумабеков Б.Т.:»
are one facet value, whichever a journalist clicks, exports or types; different people stay apart."""
from __future__ import annotations

import csv
import io
import json

import pytest

from assembly_search.cli import main
from index.name_folding import fuller_names
from quote_api import client_of_texts
from search_app import create_app

REPORT = """Совет Ассамблеи обсудил подготовку ко Дню единства

Астана, 2 апреля 2022 года

«Мы должны вместе противостоять фейкам в социальных сетях», – заявил заместитель Председателя Ассамблеи Б. Жумабеков.
"""
TRANSCRIPT = """СТЕНОГРАММА заседания Совета Ассамблеи

Астана, 12 мая 2022 года

Жумабеков Б.Т.: Уважаемые коллеги! Начнем заседание Совета. Сегодня мы обсуждаем фейки в социальных сетях.

Сейтказина Г.К.: Благодарю. Я предлагаю провести встречи с родителями в каждом районе.

Жумабеков Б.Т.: Поддерживаю. Прошу подготовить план.
"""
# another person of the same surname, with other initials: never joined to Н.А. Назарбаев
NAMESAKE = """Ветераны встретились с молодежью

Астана, 5 мая 2022 года

«Фейки в социальных сетях надо опровергать фактами», – сказал ветеран Б. Назарбаев.

«Фейки в социальных сетях не пройдут», – заявил Н.А. Назарбаев.
"""


@pytest.fixture(scope="module")
def archive(tmp_path_factory):
    root = tmp_path_factory.mktemp("name-folding")
    docs, index = root / "docs", root / "index"
    docs.mkdir()
    for name, text in (("report.txt", REPORT), ("stenogramma.txt", TRANSCRIPT), ("veterans.txt", NAMESAKE)):
        (docs / name).write_text(text, encoding="utf-8")
    assert main(["ingest", str(docs), "--index", str(index), "--workers", "1"]) == 0
    app = create_app(index, testing=True)
    yield index, app.test_client()
    app.extensions["assembly_search"].close()


def facet(data: dict, name: str) -> dict[str, int]:
    return {f["value"]: f["count"] for f in data["facets"][name]}


def test_a_name_with_fewer_initials_is_the_one_fuller_name_of_its_surname():
    names = ["Б. Жумабеков", "Б.Т. Жумабеков", "Б. Назарбаев", "Н.А. Назарбаев", "Н. Назарбаев", "Назарбаев",
             "Б. Ким", "Б.А. Ким", "Б.С. Ким", "С. Жумабекова", "Қ. Тоқаев", "К.К. Токаев", "А. Ли", "А.Б.В. Ли",
             "А.Б. Ли"]
    assert fuller_names(names) == {
        "Б. Жумабеков": "Б.Т. Жумабеков",
        "Н. Назарбаев": "Н.А. Назарбаев",  # not Б. Назарбаев, nor a bare surname (no initials to compare)
        "Қ. Тоқаев": "К.К. Токаев",  # the Kazakh spelling of the same initial and surname
        "А. Ли": "А.Б.В. Ли", "А.Б. Ли": "А.Б.В. Ли",  # the furthest of a chain
    }  # Б. Ким could be either of two; С. Жумабекова is another surname (a woman)


def test_the_facet_value_a_journalist_clicks_finds_every_quote_of_the_person_in_web_api_csv_and_cli(archive, capsys):
    # before: two facet values, «Б. Жумабеков» (1) and «Б.Т. Жумабеков» (1); a click or a CSV of
    # «Б. Жумабеков» gave the report's quote only, while a typed speaker:"Б. Жумабеков" gave all 3
    index, client = archive
    every = client.get("/api/quotes", query_string={"q": "фейки"}).get_json()
    speakers = facet(every, "speakers")
    assert speakers["Б.Т. Жумабеков"] == 2 and "Б. Жумабеков" not in speakers
    assert {"Б. Назарбаев", "Н.А. Назарбаев"} <= set(speakers)  # other initials: another man
    documents = client.get("/api/search", query_string={"q": "фейки"}).get_json()
    assert "Б. Жумабеков" not in facet(documents, "speakers") and facet(documents, "speakers")["Б.Т. Жумабеков"] == 2
    assert "Б. Жумабеков" not in facet(documents, "persons") and facet(documents, "persons")["Б.Т. Жумабеков"] == 2

    his = {"Мы должны вместе противостоять", "Уважаемые коллеги!", "Поддерживаю."}
    for params in ({"speakers": "Б.Т. Жумабеков"}, {"speakers": "Б. Жумабеков"}, {"q": 'speaker:"Б. Жумабеков"'},
                   {"q": 'speaker:"Б.Т. Жумабеков"'}, {"q": "speaker:Жумабеков"}):
        data = client.get("/api/quotes", query_string=params).get_json()
        assert data["total"] == 3 and {h["speaker"] for h in data["hits"]} == {"Б.Т. Жумабеков"}, params
        assert {w for w in his if any(w in h["text"] for h in data["hits"])} == his, params
        assert data["filters"] == {"speakers": ["Б.Т. Жумабеков"]}, params
        rows = list(csv.DictReader(io.StringIO(client.get("/api/quotes.csv", query_string=params)
                                               .get_data(as_text=True).lstrip("\ufeff")), delimiter=";"))
        assert len(rows) == 3 and {r["speaker"] for r in rows} == {"Б.Т. Жумабеков"}, params
    page = client.get("/quotes", query_string={"speakers": "Б. Жумабеков"}).get_data(as_text=True)
    assert "Поддерживаю" in page and "Мы должны вместе противостоять" in page
    # a link given the shorter name (made before the fuller one came) shows the fuller one, and removes it
    assert '<a class="chip" href="/quotes" title="Убрать фильтр">выступающий: Б.Т. Жумабеков' in page

    for value in ("Б. Жумабеков", "Б.Т. Жумабеков"):
        assert main(["search", "--index", str(index), "--quotes", "--filter", f"speaker={value}", "--json"]) == 0
        out = json.loads(capsys.readouterr().out)
        assert out["total"] == 3 and {h["speaker"] for h in out["hits"]} == {"Б.Т. Жумабеков"}, value
    # the namesake with other initials keeps his own quote, and Н.А. Назарбаев his
    for value, words in (("Б. Назарбаев", "опровергать фактами"), ("Н.А. Назарбаев", "не пройдут")):
        data = client.get("/api/quotes", query_string={"speakers": value}).get_json()
        assert data["total"] == 1 and words in data["hits"][0]["text"], value


def test_spellings_of_one_name_that_differ_in_yo_or_kazakh_letters_are_one_value():
    # before: «Р. Королёв» (2) and «Р. Королев» (1) were two facet values; a click on either
    # missed the other's documents, which a typed speaker:Королёв found
    names = ["Р. Королев", "Р. Королёв", "Н. Семенова", "Н. Семёнова", "Р.А. Королев", "А. Әлиев", "А. Алиев"]
    assert fuller_names(names) == {
        "Р. Королев": "Р.А. Королев", "Р. Королёв": "Р.А. Королев",  # fuller initials still win
        "Н. Семенова": "Н. Семёнова",  # ё kept: е may stand for ё, not the other way round
        "А. Әлиев": "А. Алиев",  # the Russian letters, as the aliases file spells people
    }


def test_a_latin_name_that_reads_as_exactly_one_cyrillic_name_held_is_that_name():
    # «said Yerlan Karin» gave «Y. Karin», apart from the Russian documents' «Е. Карин»
    names = ["Y. Karin", "Е. Карин", "Y. Sadykov", "Е. Садыков", "Ю. Садыков", "K. Tokayev", "К.К. Токаев",
             "B. Kim", "Б. Ким", "Б.А. Ким", "A. Weber", "S. Ahmetov"]
    assert fuller_names(names) == {
        "Y. Karin": "Е. Карин",  # Y. is Е. (Yerlan), Ю. (Yuri) or Я. (Yana): one of them held
        "K. Tokayev": "К.К. Токаев",  # fewer initials, as «К. Токаев» would
        "B. Kim": "Б.А. Ким", "Б. Ким": "Б.А. Ким",  # the Cyrillic name's own folding followed
    }  # Y. Sadykov could be Е. or Ю. Садыков; A. Weber and S. Ahmetov read as no name held


def test_a_facet_click_on_a_name_finds_its_latin_spelling_s_documents_and_quotes(tmp_path):
    docs, index = tmp_path / "docs", tmp_path / "index"
    docs.mkdir()
    (docs / "en.txt").write_text('Karin on unity\n\nMay 3, 2021\n\n"Unity matters," said Yerlan Karin, deputy '
                                 'chairman of the Assembly.\n', encoding="utf-8")
    (docs / "ru.txt").write_text("Карин о единстве\n\n4 мая 2021 г.\n\n«Единство важно», — сказал Е. Карин.\n",
                                 encoding="utf-8")
    assert main(["ingest", str(docs), "--index", str(index), "--workers", "1"]) == 0
    app = create_app(index, testing=True)
    try:
        client = app.test_client()
        data = client.get("/api/search", query_string={"q": "", "per_page": 1}).get_json()
        assert facet(data, "speakers") == {"Е. Карин": 2}
        quotes = client.get("/api/quotes", query_string={"speakers": "Е. Карин"}).get_json()
        assert quotes["total"] == 2 and {h["speaker"] for h in quotes["hits"]} == {"Е. Карин"}
    finally:
        app.extensions["assembly_search"].close()


def test_a_facet_click_on_either_spelling_finds_the_person_s_every_document(tmp_path):
    docs, index = tmp_path / "docs", tmp_path / "index"
    docs.mkdir()
    for day, spelling in ((5, "Р.Королёв"), (6, "Р.Королев"), (7, "Р.Королёв")):
        (docs / f"{day}.txt").write_text(f"Встреча в Доме дружбы\n\nАстана, {day} мая 2022 года\n\n«Мы открываем новые "
                                 f"курсы казахского языка», – сказал {spelling}.\n", encoding="utf-8")
    assert main(["ingest", str(docs), "--index", str(index), "--workers", "1"]) == 0
    app = create_app(index, testing=True)
    try:
        client = app.test_client()
        data = client.get("/api/search", query_string={"q": "", "per_page": 1}).get_json()
        assert facet(data, "speakers") == {"Р. Королёв": 3}
        for value in ("Р. Королёв", "Р. Королев"):
            assert client.get("/api/search", query_string={"speakers": value}).get_json()["total"] == 3
    finally:
        app.extensions["assembly_search"].close()


def test_a_kazakh_spelling_joins_a_russian_one_of_fewer_or_fuller_initials():
    # before: «Б.Т. Тілеуберді» and «Б. Тлеуберди» stayed two values: across spellings only the same
    # initials joined, while one spelling's Б. joins its Б.Т. (Ж. Туякбай did join Ж.Қ. Тұяқбай, whose
    # Russian spelling is its look-alike)
    assert fuller_names(["Б.Т. Тілеуберді", "Б. Тлеуберди", "Е. Тоғжанов", "Е.Л. Тугжанов"]) == {
        "Б. Тлеуберди": "Б.Т. Тілеуберді", "Е. Тоғжанов": "Е.Л. Тугжанов"}
    assert fuller_names(["Б. Тілеуберді", "Б.Т. Тлеуберди"]) == {"Б. Тілеуберді": "Б.Т. Тлеуберди"}
    # a short name two fuller ones could be stays apart, whichever spelling each is in
    assert fuller_names(["Б. Тілеуберді", "Б.Т. Тілеуберді", "Б.А. Тлеуберди"]) == {}
    assert fuller_names(["Б. Тілеуберді", "Б.Т. Тлеуберди", "Б.А. Тлеуберди"]) == {}


STENOGRAM_KK = ("ҚАЗАҚСТАН ХАЛҚЫ АССАМБЛЕЯСЫ КЕҢЕСІНІҢ ОТЫРЫСЫ\n\n2022 жылғы 28 сәуір, Астана қаласы\n\n"
                "ТӨРАҒА: Сөз Бақыт Тілеубердіге беріледі.\n\n"
                "Б.Т. ТІЛЕУБЕРДІ: Біз этностардың тілдерін дамыту үшін жексенбілік мектептерді қолдауды ұсынамыз.\n\n"
                "ТӨРАҒА: Рахмет. Отырыс жабық деп жарияланады.\n")
REPORT_RU = ("Заседание Совета Ассамблеи народа Казахстана\n\nАстана, 29 апреля 2022 года\n\n"
             "Состоялось заседание Совета Ассамблеи. Выступая на казахском языке, Б. Тлеуберди сказал: "
             "«Жастар – біздің болашағымыз».\n")


def test_either_spelling_of_a_kazakh_speaker_finds_his_every_document(tmp_path_factory):
    with client_of_texts(tmp_path_factory, {"stenogramma.txt": STENOGRAM_KK, "report.txt": REPORT_RU}) as client:
        data = client.get("/api/search", query_string={"q": "", "per_page": 1}).get_json()
        assert facet(data, "speakers") == {"Б.Т. Тілеуберді": 2}  # before: Б.Т. Тілеуберді (1), Б. Тлеуберди (1)
        for typed in ("Тлеуберди", "Тілеуберді"):
            assert client.get("/api/search", query_string={"q": typed}).get_json()["total"] == 2, typed


LATIN_KK = {
    "lat2018.txt": "Myńbaı tilder týraly\n\nAstana, 2019 jylǵy 29 sáýir\n\n«Til – birliktiń negizi», – dedi D. Myńbaı.\n",
    "kir.txt": "Мыңбай тілдер туралы\n\nАстана, 2019 жылғы 30 сәуір\n\n«Тіл – бірліктің негізі», – деді Д. Мыңбай.\n",
    "lat2021.txt": "Jastar forumy\n\nAlmaty, 2021 jylğy 15 mamyr\n\n«Bızdıñ jastarymyz – elımızdıñ bolaşağy», – dedı "
                   "M. Äzılhanov.\n",
    "ru.txt": "Молодежный форум\n\nАлматы, 16 мая 2021 года\n\n«Наша молодежь – будущее страны», – сказал М. Азильханов.\n",
}


def test_a_kazakh_speaker_in_latin_letters_is_one_value_with_his_cyrillic_name(tmp_path_factory):
    # before: «D. Myńbaı» (1) and «Д. Мыңбай» (1), «M. Äzılhanov» (1) and «М. Азильханов» (1): a click on
    # either showed half of the speaker's speeches, and speaker:Мыңбай missed the Latin one
    with client_of_texts(tmp_path_factory, LATIN_KK) as client:
        data = client.get("/api/search", query_string={"q": "", "per_page": 1}).get_json()
        speakers = facet(data, "speakers")
        assert speakers["Д. Мыңбай"] == 2 and speakers["М. Азильханов"] == 2 and len(speakers) == 2
        for typed in ("speaker:Мыңбай", "speaker:Myńbaı", "speaker:Mynbai", "person:Мыңбай",
                      "speaker:Äzılhanov", "speaker:Азильханов"):
            assert client.get("/api/search", query_string={"q": typed}).get_json()["total"] == 2, typed
