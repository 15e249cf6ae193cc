"""Kazakh in speeches as a reader searches it: the 1st and 2nd person possessives (халқымыздың,
тілімізді, елімізде) are found by their nominative, and a surname of any shape in a Kazakh case
(Шмидттің, Иваненконың, Миллерге) is the one person its nominative names. A real index, asked
through /api/search as the search page asks it."""
from __future__ import annotations

import pytest

from assembly_search.cli import main
from search_app import create_app

POSSESSIVES = ("халқымыздың", "жастарымыз", "тілімізді", "бірлігіміз", "Отанымызда", "мәдениетіміз", "елімізде",
               "халқыңыздың", "халқымның")
SURNAMES = {"shmidt": ("И. Шмидт", "И. Шмидттің", "И. Шмидтке"), "ivanenko": ("В. Иваненко", "В. Иваненконың", "В. Иваненкоға"),
            "miller": ("П. Миллер", "П. Миллердің", "П. Миллерге"),
            "tileu": ("Б. Тілеуберді", "Б. Тілеубердінің", "Б. Тілеубердіге"),
            # a surname of three letters, its case taken off where the nominative is named too
            "kim": ("Ю. Ким", "Ю. Кимнің", "Ю. Кимге"), "tsoi": ("В. Цой", "В. Цойдың", "В. Цойға")}


def _possessive_text(n: int, form: str) -> str:
    return f"Құжат {n}\n\nБүгін {form} туралы әңгіме болды және жиналыс өтті. Бұл кездесу маңызды болып саналды.\n"


def _surname_text(name: str, genitive: str, dative: str) -> str:
    return (f"Орыс мәдени орталығының мерейтойы\n\nПавлодар, 2021 жылғы 10 қыркүйек. Павлодарда орыс мәдени "
            f"орталығының 30 жылдық мерейтойы атап өтілді. Салтанатты жиынға Ассамблея мүшелері қатысты.\n\n"
            f"Орталық төрағасы {name} барлық қонақтарға алғыс айтты. {genitive} айтуынша, орталық осы жылдар ішінде "
            f"мыңнан астам адамға қазақ тілін үйретті.\n\n«Мы благодарны казахскому народу за гостеприимство», — "
            f"сказал {name}.\n\nОблыс әкімінің орынбасары {dative} Ассамблеяның алғыс хатын табыстады.\n")


@pytest.fixture(scope="module")
def client(tmp_path_factory):
    root = tmp_path_factory.mktemp("kazakh-possessives")
    docs, index = root / "docs", root / "index"
    docs.mkdir()
    for n, form in enumerate(POSSESSIVES, 1):
        (docs / f"p{n}.txt").write_text(_possessive_text(n, form), encoding="utf-8")
    for name, forms in SURNAMES.items():
        (docs / f"{name}.txt").write_text(_surname_text(*forms), encoding="utf-8")
    assert main(["ingest", str(docs), "--index", str(index), "--workers", "1"]) == 0
    app = create_app(index, testing=True)
    yield app.test_client()
    app.extensions["assembly_search"].close()


def _search(client, query: str, path: str = "/api/search") -> list[dict]:
    return client.get(path, query_string={"q": query, "per_page": 50}).get_json()["hits"]


@pytest.mark.parametrize("query, form", [("халық", "халқымыздың"), ("жастар", "жастарымыз"), ("тіл", "тілімізді"),
                                         ("бірлік", "бірлігіміз"), ("Отан", "Отанымызда"), ("мәдениет", "мәдениетіміз"),
                                         ("ел", "елімізде"), ("халық", "халқыңыздың"), ("халық", "халқымның")])
def test_a_first_or_second_person_possessive_is_found_by_its_nominative(client, query, form):
    # before: `халық` found «халқының» but not «халқымыздың», and `тіл`, `Отан`, `ел` nothing
    titles = {hit["title"] for hit in _search(client, query)}
    assert f"Құжат {POSSESSIVES.index(form) + 1}" in titles, (query, form, titles)


def test_a_possessive_query_finds_its_case_forms(client):
    # the other way: the possessive itself (халқымыз) finds its genitive, as халқы finds халқының
    assert {hit["title"] for hit in _search(client, "халқымыз")} == {"Құжат 1"}


@pytest.mark.parametrize("name", sorted(SURNAMES))
def test_a_kazakh_case_on_any_surname_names_one_person_and_speaker(client, name):
    # before: «И. Шмидттің айтуынша» made a second person and speaker «И. Шмидттің» (and «И. Шмидтке»)
    nominative, genitive, _ = SURNAMES[name]
    hit, = _search(client, f'"{nominative.split()[1]}"')  # the one file that names him
    assert hit["persons"] == [nominative] and hit["speakers"] == [nominative]
    quote, = [q for q in _search(client, "айтуынша", "/api/quotes") if genitive in q["citation"]]
    assert quote["speaker"] == nominative


@pytest.mark.parametrize("word", ["ымыз", "іміз", "ыңыз", "мыз", "ymyz", "ıńyz"])
def test_a_word_that_is_only_a_possessive_ending_has_a_term_and_raises_nothing(word):
    # an empty stem raised IndexError: a suggestion splitting «baılyǵymyz» asked for «ymyz» alone
    from index.analysis import query_terms
    assert query_terms(word)
