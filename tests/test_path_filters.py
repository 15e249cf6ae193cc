"""`file:` and `folder:` (index.path_filters): a document of a file share found by its file's name or
narrowed to a folder, over a real index ingested from files."""
from __future__ import annotations

import os

import pytest

from index.search import SearchRequest, SearchService
from ingest.pipeline import IngestOptions, run_ingest

NOTE = "Заседание Совета\n\n12 марта 2019 года, Караганда\n\nУчастники заседания обсудили {}.\n"


@pytest.fixture(scope="module")
def share(tmp_path_factory):
    root = tmp_path_factory.mktemp("share")
    files = {
        "01_Сессии/Итоговый отчёт за 2020 год (окончательный).TXT": "итоги года",
        "01_Сессии/2019/Март/Стенограмма.txt": "работу сессии",
        "02_Круглые столы/Блокнот Юникод.txt": "медиацию",
        "03_Новости/Отчет о работе.txt": "новости области",
    }
    for name, words in files.items():
        (root / "share" / name).parent.mkdir(parents=True, exist_ok=True)
        (root / "share" / name).write_text(NOTE.format(words), encoding="utf-8")
    # a folder named in windows-1251 bytes, as a share copied from Windows keeps it
    cp1251 = os.path.join(os.fsencode(root / "share"), "04_Архив".encode("cp1251"))
    os.mkdir(cp1251)
    with open(os.path.join(cp1251, b"old.txt"), "wb") as fh:
        fh.write(NOTE.format("архив").encode("utf-8"))
    run_ingest([str(root / "share")], IngestOptions(index_dir=root / "index", workers=1))
    return SearchService(root / "index")


def names(result) -> list[str]:
    return sorted(os.path.basename(h.paths[0]) for h in result.hits)


@pytest.mark.parametrize("query, found", [
    # a word of the file's name, in any case and form start; ё as е
    ("file:окончательный", ["Итоговый отчёт за 2020 год (окончательный).TXT"]),
    ("файл:Блокнот", ["Блокнот Юникод.txt"]),
    ("file:отчет", ["Итоговый отчёт за 2020 год (окончательный).TXT", "Отчет о работе.txt"]),
    ('file:"отчет о работе"', ["Отчет о работе.txt"]),
    ("file:окончат заседания", ["Итоговый отчёт за 2020 год (окончательный).TXT"]),
    # a folder by its name, its words, folders in a row, one named in windows-1251 bytes
    ("folder:01_Сессии", ["Итоговый отчёт за 2020 год (окончательный).TXT", "Стенограмма.txt"]),
    ("папка:круглые", ["Блокнот Юникод.txt"]),
    ("folder:2019/Март", ["Стенограмма.txt"]),
    ("folder:04_Архив", ["old.txt"]),
    ("folder:01_Сессии -file:стенограмма", ["Итоговый отчёт за 2020 год (окончательный).TXT"]),
    ("folder:01_Сессии OR folder:03_Новости -folder:2019",
     ["Итоговый отчёт за 2020 год (окончательный).TXT", "Отчет о работе.txt"]),
    ("file:нетакого", []),
    # the ingested root's own folder is one, the folders above it are none: they hold the whole archive
    ("folder:share -folder:01_Сессии", ["old.txt", "Блокнот Юникод.txt", "Отчет о работе.txt"]),
    ("folder:tmp", []),
    # a chain's folders each as one folder is matched: by the start of their words
    ('folder:"Сессии/2019"', ["Стенограмма.txt"]),
    ('folder:"круглые столы/"', ["Блокнот Юникод.txt"]),
    ("folder:2019/Мар", ["Стенограмма.txt"]),
    ("folder:Март/2019", []),
])
def test_a_document_is_found_by_its_file_name_or_folder(share, query, found):
    # an archivist knows the file or the folder, not the words inside: file and folder names were
    # shown on every result but neither searchable nor a filter («Поля «folder:» нет»)
    result = share.search(SearchRequest(query))
    assert result.error is None and names(result) == found


def test_quotes_take_the_path_filters_too(share):
    result = share.quotes(SearchRequest("заседания folder:03_Новости"))
    assert result.error is None and {h.doc_id for h in result.hits} == {
        h.doc_id for h in share.search(SearchRequest("folder:03_Новости")).hits}
    assert result.total >= 1


def test_a_path_filter_without_a_value_is_answered_with_an_example(share):
    assert share.search(SearchRequest("folder:")).error == "После «folder:» укажите значение, например folder:01_Сессии."


def test_the_pages_and_the_api_take_them(share):
    from search_app import create_app

    client = create_app(share.index_dir, testing=True).test_client()
    answer = client.get("/api/search", query_string={"q": "file:окончательный"}).get_json()
    assert answer["total"] == 1 and answer["hits"][0]["paths"][0].endswith("(окончательный).TXT")
    page = client.get("/", query_string={"q": "folder:01_Сессии"})
    assert page.status_code == 200 and page.get_data(as_text=True).count('class="hit') >= 2
    assert "Стенограмма.txt" in page.get_data(as_text=True)
    unknown = client.get("/api/search", query_string={"q": "каталог:01"}).get_json()
    assert "file:, folder:" in unknown["error"]


def test_a_path_filter_is_listed_with_the_filters_and_shown_as_a_chip(share):
    # the folder narrowed the list with no chip to take it away, and the API's `filters` left it out
    from search_app import create_app

    client = create_app(share.index_dir, testing=True).test_client()
    answer = client.get("/api/search", query_string={"q": "year:2019 folder:Сессии -file:отчёт"}).get_json()
    assert answer["filters"] == {"year": ["2019"], "folder": ["Сессии"]}
    assert answer["excluded"] == {"file": ["отчёт"]}
    quotes = client.get("/api/quotes", query_string={"q": "заседания папка:Новости"}).get_json()
    assert quotes["filters"] == {"folder": ["Новости"]}
    page = client.get("/", query_string={"q": "заседания year:2019 folder:Сессии"}).get_data(as_text=True)
    assert "папка: Сессии" in page and 'href="/?q=%D0%B7%D0%B0%D1%81%D0%B5%D0%B4%D0%B0%D0%BD%D0%B8%D1%8F+year%3A2019"' in page
    assert "<code>folder:Протоколы</code>" in page  # the syntax hint names them
    left_out = client.get("/", query_string={"q": "заседания -folder:Сессии"}).get_data(as_text=True)
    assert "исключено — папка: Сессии" in left_out and 'class="chip" href="/?q=%D0%B7%D0%B0%D1%81%D0%B5%D0%B4%D0%B0%D0%BD%D0%B8%D1%8F"' in left_out


def test_the_folders_above_the_roots_the_ingests_were_given_name_no_document(tmp_path):
    # a copy's folder of its last parse, or a lone file's parent, was taken for a root: `folder:` then
    # matched the folders above the other roots
    parent = tmp_path / "roots"
    for folder, words in (("a", "работу совета"), ("b", "итоги года")):
        (parent / folder).mkdir(parents=True)
        (parent / folder / f"{folder}.txt").write_text(NOTE.format(words), encoding="utf-8")
    (parent / "b" / "copy_of_a.txt").write_text(NOTE.format("работу совета"), encoding="utf-8")  # a's copy
    lone = parent / "lone.txt"
    lone.write_text(NOTE.format("новости"), encoding="utf-8")
    index = tmp_path / "index"
    run_ingest([str(parent / "a")], IngestOptions(index_dir=index, workers=1))
    run_ingest([str(parent / "b")], IngestOptions(index_dir=index, workers=1))
    run_ingest([str(lone)], IngestOptions(index_dir=index, workers=1))
    service = SearchService(index)
    try:
        # a file given alone lies in its own folder; the roots beside it are not in it
        assert names(service.search(SearchRequest("folder:roots"))) == ["lone.txt"]
        assert service.search(SearchRequest(f"folder:{tmp_path.name}")).total == 0
        assert service.search(SearchRequest("folder:b")).total == 2  # b.txt and the copy of a's text
    finally:
        service.close()
