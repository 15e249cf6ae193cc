"""Citations as a journalist pastes them: real files ingested, their quotes searched and cited
(index.citation, index.quote_marks)."""
from __future__ import annotations

import json

import pytest

from assembly_search.cli import main
from index.citation import citation

DOCUMENTS = {
    # a quote running over two paragraphs
    "2023-04-20_pereselentsy.txt": """Заседание Совета общественного согласия в Павлодаре

Павлодар, 20 апреля 2023 г.

В Павлодаре прошло заседание областного Совета общественного согласия.

«Переселенцы нашли здесь второй дом.

Их дети учатся в наших школах и говорят на трех языках», — отметил историк К. Байтасов.

Затем участники посмотрели документальный фильм о депортации народов.
""",
    # quotes split by their attribution, and straight quotes within straight quotes
    "2023-07-01_semey.txt": """Встреча в Семее

Семей, 1 июля 2023 г.

На встрече выступили ветераны и молодежь.

«Молодежь — наше будущее, — сказала студентка Л. Ким, — а ветераны — наша память».

«Мы едины, когда слышим друг друга, — подчеркнул аким области А. Скаков. — И это главный урок последних лет».

"Молодежь поддерживает проект "Біз біргеміз"", - заявил Д. Сапаров.

«Мы говорим "спасибо" каждому волонтеру», — сказала Г. Нурова.

«Каждый этнос — часть общей семьи», — сказал Т. Ибрагимов.
""",
}


@pytest.fixture(scope="module")
def index(tmp_path_factory):
    root = tmp_path_factory.mktemp("citations")
    archive, index = root / "archive", root / "index"
    archive.mkdir()
    for name, text in DOCUMENTS.items():
        (archive / name).write_text(text, encoding="utf-8")
    assert main(["ingest", str(archive), "--index", str(index), "--workers", "1"]) == 0
    return index


def quotes(index, query: str, capsys) -> list[dict]:
    capsys.readouterr()
    assert main(["search", query, "--quotes", "--json", "--index", str(index)]) == 0
    return json.loads(capsys.readouterr().out)["hits"]


def cited(index, query: str, capsys) -> str:
    """The citation of the one quote `query` finds, up to its document's title."""
    [hit] = quotes(index, query, capsys)
    return hit["citation"].split("; ")[0]


@pytest.mark.parametrize("query, expected", [
    # the first paragraph opened „ and never closed it, the second closed “ it never opened and kept
    # «— отметил историк К. Байтасов.» inside the quote
    ("переселенцы", "«Переселенцы нашли здесь второй дом.» — К. Байтасов"),
    ("школах", "«Их дети учатся в наших школах и говорят на трех языках» — К. Байтасов"),
])
def test_each_paragraph_of_a_quote_over_two_is_cited_as_a_quote_of_its_own(index, capsys, query, expected):
    assert cited(index, query, capsys) == expected


@pytest.mark.parametrize("query, expected", [
    # «…, — сказала студентка Л. Ким, — …» was cited with her attribution inside the quote
    ("будущее", "«Молодежь — наше будущее, […] а ветераны — наша память» — Л. Ким"),
    ("урок", "«Мы едины, когда слышим друг друга, […] И это главный урок последних лет» — А. Скаков"),
    # a straight quote holding another was no quote: its marks and «- заявил Д. Сапаров.» stayed
    ('"Біз біргеміз"', "«Молодежь поддерживает проект „Біз біргеміз“» — Д. Сапаров"),
    # inner straight quotes stayed straight where inner «» become „…“
    ("спасибо", "«Мы говорим „спасибо“ каждому волонтеру» — Г. Нурова"),
    ("этнос", "«Каждый этнос — часть общей семьи» — Т. Ибрагимов"),
])
def test_a_quote_split_by_its_attribution_or_in_straight_marks_is_cited_by_its_words(index, capsys, query, expected):
    assert cited(index, query, capsys) == expected


@pytest.mark.parametrize("passage, speakers, expected", [
    # an attribution naming someone else splits nothing: the quote is cited whole
    ("«Молодежь — наше будущее, — сказала Л. Ким, — а ветераны — наша память».", ["А. Скаков"],
     "«Молодежь — наше будущее, — сказала Л. Ким, — а ветераны — наша память» — А. Скаков"),
    # straight marks that do not pair up stay as they are
    ('Рост спортсмена 6" по старой мерке, — сказал А. Скаков.', ["А. Скаков"],
     '«Рост спортсмена 6" по старой мерке, — сказал А. Скаков.» — А. Скаков'),
    # a quote opened and left open (it goes on in the next paragraph) is closed at the passage's end
    ("А. Скаков сказал: «Мы продолжим работу", ["А. Скаков"], "«Мы продолжим работу» — А. Скаков"),
    ("Он добавил: «Мы продолжим работу", ["А. Скаков"], "«Он добавил: „Мы продолжим работу“» — А. Скаков"),
])
def test_quotation_marks_that_do_not_make_one_quote_stay_balanced(passage, speakers, expected):
    assert citation(passage, speakers, "Т", None, None) == expected + "; Т, без даты"
