"""The archive's aliases file (index.aliases): what search and citations make of it, on a real index."""
from __future__ import annotations

import os
import subprocess
import sys
from datetime import date

import pytest

from index.citation import hit_citation
from index.search import SearchRequest, SearchService
from ingest.extract.persons import find_persons
from ingest.pipeline import IngestOptions, run_ingest

MARRIED = """Форум «Ана – тірегім»: матери Казахстана обсудили семейные ценности

Астана, 10 июня 2021 г.

В столице прошел республиканский форум Совета матерей Ассамблеи народа Казахстана. С докладом выступила
председатель Совета матерей Костанайской области Айгерим Жолдасова.

«За два года в нашей области Совет матерей провел более ста встреч в школах и колледжах», — рассказала
Айгерим Жолдасова.
"""

FORUM = """Форум этнокультурных объединений

Алматы, 24 октября 2019 г.

В Алматы прошел форум руководителей этнокультурных объединений.

«Единство в многообразии — наша главная ценность. Каждый этнокультурный центр должен стать площадкой для
диалога», — подчеркнул Заместитель Председателя Ассамблеи.
"""

ALIASES = """А. Муканова = Айгерим Жолдасова | Жолдасова Айгерим
Ж. Туймебаев [2017-01-16..2021-12-31] = Заместитель Председателя Ассамблеи
"""


def _ingested_with_aliases(tmp_path, monkeypatch, documents: dict[str, str], aliases_text: str) -> SearchService:
    """An index of `documents` ingested with the archive's aliases file; the variable unset
    afterwards, as search, the web app and a colleague's later commands are not given it."""
    root, index = tmp_path / "docs", tmp_path / "index"
    root.mkdir()
    for name, text in documents.items():
        (root / name).write_text(text, encoding="utf-8")
    aliases = tmp_path / "aliases.txt"
    aliases.write_text(aliases_text, encoding="utf-8")
    monkeypatch.setenv("ASSEMBLY_SEARCH_ALIASES", str(aliases))
    run_ingest([str(root)], IngestOptions(index_dir=index, workers=1))
    monkeypatch.delenv("ASSEMBLY_SEARCH_ALIASES")
    return SearchService(index)


@pytest.fixture()
def aliased_index(tmp_path, monkeypatch):
    svc = _ingested_with_aliases(tmp_path, monkeypatch, {"married.txt": MARRIED, "forum.txt": FORUM}, ALIASES)
    yield svc
    svc.close()


@pytest.mark.parametrize("typed", ["person:Жолдасова", "speaker:Жолдасова", "person:Жолдасовой",
                                   'person:"А. Жолдасова"', 'person:"Айгерим Жолдасова"'])
def test_a_surname_of_a_name_the_aliases_give_a_person_finds_him(aliased_index, typed):
    # the alias merged «А. Жолдасова» into А. Муканова: her married surname alone found nothing
    res = aliased_index.search(SearchRequest(typed))
    assert res.total == 1, typed
    assert res.hits[0].title.startswith("Форум «Ана")


@pytest.mark.parametrize("typed", ["person:Айгерим", "person:Жолдасов", "person:Заместитель"])
def test_a_given_name_a_male_form_or_a_title_word_alone_names_nobody_of_the_aliases(aliased_index, typed):
    assert aliased_index.search(SearchRequest(typed)).total == 0, typed


def test_a_title_from_the_aliases_the_index_keeps_cites_its_speakers_words(aliased_index):
    # «…», — подчеркнул Заместитель Председателя Ассамблеи: his words, though search is not given the file
    [hit] = aliased_index.quotes(SearchRequest("единство в многообразии")).hits
    assert hit.speakers == ["Ж. Туймебаев"]
    assert hit_citation(hit).startswith("«Единство в многообразии"), hit_citation(hit)
    assert "— Ж. Туймебаев;" in hit_citation(hit)


@pytest.mark.parametrize("lines, said", [
    ("А. Муканова [2020-01-01..2019-01-01] = Айгерим Жолдасова",
     r"line 1: the date range ends \(2019-01-01\) before it starts \(2020-01-01\), so the line never applies"),
    ("Айгерим Муканова = Айгерим Жолдасова",
     r"line 1: write the canonical as the facets show the person \('А. Муканова', not 'Айгерим Муканова'\)"),
    ("А. Муканова = Айгерим Жолдасова\nА. Жолдасова = Айгерим Жолдасова",
     r"line 2: 'Айгерим Жолдасова' is already А. Муканова's on line 1; a variant names one person"),
    ("А. Муканова = Айгерим Жолдасова,  Жолдасова А.",
     r"line 1: variants are separated by '\|', not commas \('Айгерим Жолдасова \| Жолдасова А.'\)"),
    ("А. Муканова = 123", r"line 1: the variant '123' has no letters"),
])
def test_an_alias_line_that_could_never_work_as_meant_is_refused_with_its_line(lines, said):
    # each was taken silently: the alias never applied, split the person, or the first line won
    from index.aliases import AliasError, parse_alias_lines

    with pytest.raises(AliasError, match="own.txt, " + said):
        parse_alias_lines(lines + "\n", "own.txt")


def test_one_variant_may_name_two_persons_at_different_times():
    from index.aliases import parse_alias_lines

    lines = parse_alias_lines("Н.А. Назарбаев [..2019-03-19] = Глава государства\n"
                              "К.К. Токаев [2019-03-20..] = Глава государства\n"
                              "А. Муканова = Айгерим Жолдасова | | \nА. Муканова = Айгерим Жолдасова\n", "own.txt")
    assert [a.canonical for a in lines] == ["Н.А. Назарбаев", "К.К. Токаев", "А. Муканова", "А. Муканова"]


def test_ingest_refuses_an_aliases_file_with_a_line_that_could_never_work(tmp_path):
    own = tmp_path / "aliases.txt"
    own.write_text("А. Муканова [2020-01-01..2019-01-01] = Айгерим Жолдасова\n", encoding="utf-8")
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "a.txt").write_text(MARRIED, encoding="utf-8")
    run = subprocess.run([sys.executable, "-m", "assembly_search.cli", "ingest", "--index", str(tmp_path / "index"),
                          str(tmp_path / "docs")], capture_output=True, text=True,
                         env={**os.environ, "ASSEMBLY_SEARCH_ALIASES": str(own)})
    assert run.returncode == 2
    assert run.stderr.strip().endswith(f"$ASSEMBLY_SEARCH_ALIASES: {own}, line 1: the date range ends (2019-01-01) "
                                       "before it starts (2020-01-01), so the line never applies.")
    assert not (tmp_path / "index").exists()


REGIONAL = {
    "omarova.txt": "Встреча Совета матерей\n\nПавлодар, 1 марта 2016 г.\n\nНа встрече выступила председатель "
                   "Совета матерей Павлодарской области Ж. Омарова. «Семья — основа общества», — сказала Ж. Омарова.\n",
    "seitova.txt": "Youth forum\n\nAstana, 14 February 2019\n\nThe forum was opened by Dinara Seitova, head of the "
                   "regional youth council. \"Unity is our strength,\" said Dinara Seitova.\n",
    "erzhanova.txt": "Круглый стол\n\nКокшетау, 7 июля 2020 г.\n\nС докладом выступила Лаура Маратовна Ержанова, "
                     "председатель областного Совета матерей.\n",
    "ibraeva.txt": "Заседание\n\nКостанай, 12 мая 2015 г.\n\nНа заседании выступила руководитель областного "
                   "Совета матерей Ибраева Г.С.\n",
}
REGIONAL_ALIASES = """Ж. Ахметова = Ж. Омарова
Д. Жумабаева = Dinara Seitova
Л. Сагиндыкова = Лаура Маратовна Ержанова
Г.С. Сатпаева = Ибраева Г. С.
"""


@pytest.fixture()
def regional_index(tmp_path, monkeypatch):
    svc = _ingested_with_aliases(tmp_path, monkeypatch, REGIONAL, REGIONAL_ALIASES)
    yield svc
    svc.close()


@pytest.mark.parametrize("typed, file", [
    ("person:Омарова", "omarova.txt"), ("person:Омаровой", "omarova.txt"),  # an initial and a surname
    ("person:Seitova", "seitova.txt"), ("person:Сеитова", "seitova.txt"),  # Latin under a Cyrillic canonical
    ("person:Ержанова", "erzhanova.txt"), ("person:Ержановой", "erzhanova.txt"),  # with a patronymic
    ("person:Ибраева", "ibraeva.txt"),  # surname first, as «Ибраева Г.С.» in the text
])
def test_a_surname_of_a_variant_in_any_written_form_finds_the_person(regional_index, typed, file):
    # found each document before the alias, and nothing after it unless written «Имя Фамилия»
    res = regional_index.search(SearchRequest(typed))
    assert [os.path.basename(h.paths[0]) for h in res.hits] == [file], typed


def test_a_variant_written_surname_first_with_initials_merges_the_mention(regional_index):
    # «Ибраева Г.С.» copied from the text, as «Ибраева Г. С.» too: the person was split in two
    res = regional_index.search(SearchRequest("заседание"))
    assert [h.persons for h in res.hits] == [["Г.С. Сатпаева"]]


def test_a_variant_after_two_equals_signs_is_refused_with_its_line():
    from index.aliases import AliasError, parse_alias_lines

    # `==` was taken: ingest merged the person, but the variant kept its «=» and named nobody at search
    with pytest.raises(AliasError, match=r"own.txt, line 1: one '=' separates the canonical from its variants "
                                         r"\('А. Муканова = Айгерим Жолдасова'\)"):
        parse_alias_lines("А. Муканова == Айгерим Жолдасова\n", "own.txt")


OFFICE_STAFF = """Семинар для государственных служащих

Алматы, 2 ноября 2022 г.

Сотрудники Администрации Президента Республики Казахстан провели семинар для выпускников Академии
государственного управления при Президенте Республики Казахстан. Его открыла Е.П. Орлова.
"""

HEAD_OF_STATE = """Послание народу

Астана, 1 сентября 2022 г.

Президент Республики Казахстан выступил с Посланием народу Казахстана. Глава государства отметил роль Ассамблеи.
"""


def test_a_state_bodys_staff_is_no_mention_of_the_head_of_state(tmp_path, monkeypatch):
    # person:Токаев found only the document about the Administration's staff
    svc = _ingested_with_aliases(tmp_path, monkeypatch, {"staff.txt": OFFICE_STAFF, "address.txt": HEAD_OF_STATE}, "")
    try:
        assert [h.title for h in svc.search(SearchRequest("person:Токаев")).hits] == ["Послание народу"]
        [staff] = svc.search(SearchRequest("семинар")).hits
        assert staff.persons == ["Е.П. Орлова"]
    finally:
        svc.close()


DECISION_2019 = """Решение Совета Ассамблеи народа Казахстана

Нур-Султан, 14 ноября 2019 года

В соответствии с Положением об Ассамблее народа Казахстана, утвержденным Указом Президента Республики Казахстан
от 7 сентября 2016 года № 333, Совет Ассамблеи РЕШИЛ: утвердить Правила формирования малых ассамблей.
"""

PROTOCOL_2020 = """ПРОТОКОЛ № 22
заседания Научно-экспертного совета АНК

Дата проведения: 20 февраля 2020 года

Во исполнение Указа Президента Республики Казахстан от 1 марта 2015 года.

ПОСТАНОВИЛИ: одобрить проект Концепции.
"""

KAZAKH_2020 = """Кеңес шешімі

2020 жылғы 5 наурыз

Қазақстан Республикасы Президентінің 2016 жылғы 7 қыркүйектегі № 333 Жарлығымен бекітілген Ережеге сәйкес
Кеңес шешті: шағын ассамблеялардың жұмыс жоспарын бекіту.
"""


def test_a_cited_act_names_the_office_holder_of_its_own_date(tmp_path, monkeypatch):
    # a 2019 decision citing a 2016 decree, and a 2020 protocol citing a 2015 one, named К.К. Токаев
    # as its signer: the holder on the citing document's date
    svc = _ingested_with_aliases(tmp_path, monkeypatch, {"decision.txt": DECISION_2019, "protocol.txt": PROTOCOL_2020,
                                                         "sheshim.txt": KAZAKH_2020, "address.txt": HEAD_OF_STATE}, "")
    try:
        assert [h.title for h in svc.search(SearchRequest("person:Токаев")).hits] == ["Послание народу"]
        cited = svc.search(SearchRequest("person:Назарбаев", sort="oldest")).hits
        assert sorted(h.date.isoformat() for h in cited) == ["2019-11-14", "2020-02-20", "2020-03-05"]
        assert all(h.persons == ["Н.А. Назарбаев"] for h in cited)
    finally:
        svc.close()


@pytest.mark.parametrize("text, on, named", [
    ("Указом Президента РК № 333 от 07.09.2016 г. утверждено Положение.", "2021-04-12", ["Н.А. Назарбаев"]),
    ("Пункт 4-1 дополнен Указом Президента РК от 15.03.2023 № 145.", "2016-09-07", ["К.К. Токаев"]),
    ("Послание Президента Республики Казахстан народу Казахстана от 10 января 2018 года обсудили.", "2020-02-20",
     ["Н.А. Назарбаев"]),
    ("Послание Главы государства 2014 года обсудили на сессии.", "2022-05-01", ["Н.А. Назарбаев"]),
    # a year both held the office in names neither of them
    ("Послание Главы государства 2019 года обсудили на сессии.", "2022-05-01", []),
    # a mention with no date of its own: the document's date decides
    ("Президент Республики Казахстан выступил на сессии.", "2015-04-23", ["Н.А. Назарбаев"]),
    ("Президент Республики Казахстан выступил на сессии.", "2022-04-29", ["К.К. Токаев"]),
], ids=["decree-number-first", "later-amendment", "address-to-the-people", "year", "year-of-both", "undated-2015",
        "undated-2022"])
def test_a_dated_title_is_read_by_the_date_its_mention_carries(text, on, named):
    assert [m.canonical for m in find_persons(text, "ru", date.fromisoformat(on))] == named
