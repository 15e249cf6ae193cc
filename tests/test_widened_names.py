"""A speaker or person filter given as a value the facet lists counts what the facet says: the
facet click, its API parameter and the command's --filter take the value alone. A typed
`speaker:"Б. Каримов"` also takes in the fuller names a text may write so (Б.А. and Б.С. Каримов),
its exclusion leaves out exactly those (include + exclude = all), and the page, the command and the
API say which names were taken in."""
from __future__ import annotations

import json

import pytest
from conftest import ingested_service

from assembly_search.cli import main
from index.search import SearchRequest
from search_app import create_app

SPEAKERS = [("Б. Каримов", 5), ("Б.А. Каримов", 3), ("Б.С. Каримов", 4), ("Н.В. Ким", 2)]
ALSO = ["Б.А. Каримов", "Б.С. Каримов"]


def _documents() -> dict[str, str]:
    docs, i = {}, 0
    for name, count in SPEAKERS:
        for day in range(1, count + 1):
            i += 1
            docs[f"2019-03-{day:02d}_n{i:02d}.txt"] = (
                f"Встреча номер {i}\n\nПавлодар, {day} марта 2019 г.\n\nУчастники обсудили толерантность, встреча {i}.\n\n"
                f"«Мы будем продолжать эту работу вместе с жителями», — сказал {name}.\n")
    return docs


@pytest.fixture(scope="module")
def karimovs(tmp_path_factory):
    service = ingested_service(tmp_path_factory, _documents())
    yield service
    service.close()


def test_the_facet_its_parameter_and_the_command_s_filter_count_the_value_alone(karimovs, capsys):
    facet = {f.value: f.count for f in karimovs.search(SearchRequest(query="толерантность")).facets["speakers"]}
    assert facet == {"Б. Каримов": 5, "Б.С. Каримов": 4, "Б.А. Каримов": 3, "Н.В. Ким": 2}
    client = create_app(str(karimovs.index_dir), testing=True).test_client()
    clicked = client.get("/api/search", query_string={"q": "толерантность", "speakers": "Б. Каримов"}).get_json()
    assert clicked["total"] == 5 and clicked["widened"] == {}
    index = str(karimovs.index_dir)
    for value in ("Б. Каримов", "б. каримов"):  # the facet's value in any case; before: 12, Б.А. and Б.С. too
        assert main(["search", "--index", index, "--filter", f"speaker={value}", "толерантность"]) == 0
        assert capsys.readouterr().out.startswith("5 documents")
    assert main(["search", "--index", index, "--quotes", "--json", "--filter", "person=Б. Каримов"]) == 0
    quoted = json.loads(capsys.readouterr().out)
    assert quoted["params"]["filters"] == {"persons": ["Б. Каримов"]} and quoted["widened"] == {}
    # a surname, no facet value, still names every Каримов
    assert main(["search", "--index", index, "--filter", "speaker=Каримов", "толерантность"]) == 0
    assert capsys.readouterr().out.startswith("12 documents")


def test_a_typed_name_taking_in_fuller_names_says_so_and_its_exclusion_leaves_out_the_same(karimovs, capsys):
    included = karimovs.search(SearchRequest(query='толерантность speaker:"Б. Каримов"'))
    excluded = karimovs.search(SearchRequest(query='толерантность -speaker:"Б. Каримов"'))
    assert (included.total, excluded.total) == (12, 2)  # 12 + 2: all 14
    assert included.widened == excluded.widened_excluded == {"speakers": {"Б. Каримов": ALSO}}
    assert included.widened_excluded == excluded.widened == {}
    index = str(karimovs.index_dir)
    assert main(["search", "--index", index, 'толерантность speaker:"Б. Каримов"']) == 0
    assert ('Also counted with speaker "Б. Каримов": Б.А. Каримов, Б.С. Каримов'
            in capsys.readouterr().out.splitlines()[1])
    client = create_app(index, testing=True).test_client()
    api = client.get("/api/quotes", query_string={"q": 'person:"Б. Каримов"'}).get_json()
    assert api["widened"] == {"persons": {"Б. Каримов": ALSO}}
    page = client.get("/", query_string={"q": 'толерантность speaker:"Б. Каримов"'}).get_data(as_text=True)
    assert ("Учтены также: Б.А. Каримов, Б.С. Каримов — выступающий «Б. Каримов» может быть любым из них."
            in page)
    page = client.get("/", query_string={"q": 'толерантность -speaker:"Б. Каримов"'}).get_data(as_text=True)
    assert "Исключены также: Б.А. Каримов, Б.С. Каримов" in page
    clicked = client.get("/", query_string={"q": "толерантность", "speakers": "Б. Каримов"}).get_data(as_text=True)
    assert "widened-note" not in clicked
