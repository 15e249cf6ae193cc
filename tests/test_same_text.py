"""Copies of one text (a Windows copy, the saved page, a press release sent to every paper) shown
once, with the other documents noted: index.same_text, through ingest, search and the command."""
from __future__ import annotations

import json
import subprocess
import sys

from index.results import SearchRequest
from index.same_text import Facts, distinct_page, representative, text_key
from tests.conftest import ingested_service

NEWS = ("Заседание в Павлодаре\n\n14 марта 2019 года в Павлодаре состоялось заседание Ассамблеи.\n\n"
        "«Единство народа – главное достояние нашей страны, и сохранить его – задача каждого из нас», – "
        "отметил Б. Бакауов, открывая заседание и выступая перед собравшимися участниками.\n")
RELEASE = ("Встреча в {city}\n\n{day} апреля 2019 года в {city} прошла встреча.\n\n"
           "Участники отметили, что единство народа и общественное согласие остаются главным достоянием.\n")
CITIES = ["Атырау", "Актобе", "Костанае", "Уральске", "Таразе", "Семее", "Кокшетау", "Талдыкоргане", "Туркестане",
          "Петропавловске", "Экибастузе", "Темиртау"]


def archive_of_copies() -> dict[str, str]:
    files = {"news.txt": NEWS, "news_crlf.txt": NEWS.replace("\n", "\r\n"),
             "repost.txt": NEWS.replace("Заседание в Павлодаре", "Павлодар: заседание Ассамблеи")}
    files.update((f"release_{n:02}.txt", RELEASE.format(city=city, day=n + 1)) for n, city in enumerate(CITIES))
    return files


def test_a_text_is_the_same_however_its_lines_end_and_its_dashes_are_typed():
    assert text_key("Единство – народа\r\nглавное") == text_key("единство - народа главное ")
    assert text_key("Единство народа", ["Б. Бакауов"]) != text_key("Единство народа")
    assert text_key("Единство народа") != text_key("Единство народов")


def test_a_page_of_distinct_results_reads_the_ranking_until_it_is_full():
    ranked = [1, 2, 3, 4, 5, 6, 7, 8]
    keys = {1: 1, 2: 1, 3: 2, 4: 1, 5: 3, 6: 3, 7: 4, 8: 5}
    page, count = distinct_page(lambda n: (ranked[:n], [10.0 - r for r in ranked[:n]]), keys.get, 1, 2, len(ranked))
    assert [(r.record, r.copies) for r in page] == [(3, []), (5, [6])]
    assert count == 5


def test_the_speakers_quote_is_on_page_one_once_with_its_copies_noted(tmp_path_factory):
    service = ingested_service(tmp_path_factory, archive_of_copies())
    try:
        result = service.quotes(SearchRequest(query="единство народа главное достояние", per_page=10))
        texts = [hit.text for hit in result.hits]
        # the press release's sentence, in 12 documents, is one quote; the speaker's, words side by side, first
        assert result.hits[0].speaker == "Б. Бакауов"
        assert sum("Участники отметили" in t for t in texts) == 1
        assert sum("Единство народа – главное" in t for t in texts) == 1
        assert len(result.hits) == result.total == 2
        quote = result.hits[0]
        assert len(quote.copies) == 2  # the Windows copy and the repost
        assert {c.paths[0].rsplit("/", 1)[-1] for c in quote.copies} | {quote.paths[0].rsplit("/", 1)[-1]} == \
            {"news.txt", "news_crlf.txt", "repost.txt"}
        assert len(result.hits[1].copies) == 11
    finally:
        service.close()


def test_documents_of_the_same_text_are_one_result_naming_the_other_files(tmp_path_factory):
    service = ingested_service(tmp_path_factory, archive_of_copies())
    try:
        result = service.search(SearchRequest(query="Бакауов"))
        names = [[p.rsplit("/", 1)[-1] for p in hit.paths] for hit in result.hits]
        assert result.total == 2  # news.txt with its CRLF copy, and the repost (another title)
        same = next(hit for hit, files in zip(result.hits, names) if files[0].startswith("news"))
        assert [c.paths[0].rsplit("/", 1)[-1] for c in same.copies] in (["news_crlf.txt"], ["news.txt"])
    finally:
        service.close()


def test_the_command_and_its_json_name_each_quotes_files_and_copies(tmp_path):
    archive, index = tmp_path / "archive", tmp_path / "index"
    archive.mkdir()
    for name, text in archive_of_copies().items():
        (archive / name).write_text(text, encoding="utf-8")
    command = [sys.executable, "-m", "assembly_search.cli"]
    subprocess.run([*command, "ingest", str(archive), "--index", str(index)], check=True, capture_output=True)
    shown = subprocess.run([*command, "search", "--index", str(index), "--quotes", "главное достояние"],
                           check=True, capture_output=True, text=True).stdout
    assert shown.count("Участники отметили") == 1
    assert shown.count("same text:") == 13
    answer = json.loads(subprocess.run([*command, "search", "--index", str(index), "Бакауов", "--json"],
                                       check=True, capture_output=True, text=True).stdout)
    hit = next(h for h in answer["hits"] if h["copies"])
    assert hit["file_count"] == 1 and hit["paths"][0].startswith(str(archive))
    assert hit["copies"][0]["paths"][0].startswith(str(archive))


ORIGINAL = ("Заседание в Павлодаре\n\n14 марта 2019 года в Павлодаре состоялось заседание Ассамблеи.\n\n"
            "«Единство народа – главное достояние нашей страны», – отметил Б. Бакауов, открывая заседание.\n\n"
            "В заседании приняли участие лидеры этнокультурных центров, представители Совета матерей, "
            "молодежных организаций и средств массовой информации области, ветераны и общественники.\n\n"
            "По итогам заседания участники приняли план работы на год, утвердили состав рабочих групп "
            "и договорились провести следующее заседание в июне в Экибастузе с участием гостей.\n")


def archive_with_a_repost() -> dict[str, str]:
    """The original kept as three files of the same bytes, its Windows copy as two, and a repost of
    the same day with its own headline and half of the text (shorter, so ranked first)."""
    repost = "Павлодар: итоги заседания\n\n" + "\n\n".join(ORIGINAL.split("\n\n")[1:3]) + "\n"
    crlf = ORIGINAL.replace("\n", "\r\n")
    return {"original.txt": ORIGINAL, "original_backup.txt": ORIGINAL, "original_saved.txt": ORIGINAL,
            "original_crlf.txt": crlf, "original_crlf_copy.txt": crlf, "repost.txt": repost}


def test_a_group_stands_as_its_earliest_then_fullest_copy_then_as_most_are_titled():
    def facts(record, date=20190314, files=1, title="Заседание", id_rank=0):
        return Facts(date, files, title, id_rank, record)

    assert representative([facts(1), facts(2, files=5)]).record == 2
    assert representative([facts(1, files=9), facts(2, date=20190313)]).record == 2
    assert representative([facts(1, date=0, files=9), facts(2)]).record == 2  # undated last
    assert representative([facts(1, title="Репост", id_rank=0), facts(2, id_rank=2), facts(3, id_rank=1)]).record == 3
    assert representative([facts(1, id_rank=4), facts(2, id_rank=3)]).record == 2


def test_the_same_copy_stands_for_a_group_on_every_sort_and_a_quote_cites_the_original(tmp_path_factory):
    service = ingested_service(tmp_path_factory, archive_with_a_repost())
    try:
        for sort in ("relevance", "newest", "oldest"):
            result = service.search(SearchRequest(query="Павлодар заседание", sort=sort))
            shown = next(hit for hit in result.hits if hit.title == "Заседание в Павлодаре")
            assert len(shown.paths) == 3, sort  # the original's three files, not its two-file Windows copy
            assert [c.paths[0].rsplit("/", 1)[-1] for c in shown.copies] == ["original_crlf.txt"], sort
        quote = service.quotes(SearchRequest(query='"главное достояние"')).hits[0]
        assert quote.speaker == "Б. Бакауов"
        assert quote.title == "Заседание в Павлодаре" and len(quote.paths) == 3  # not the repost's headline
        assert {c.paths[0].rsplit("/", 1)[-1] for c in quote.copies} == {"original_crlf.txt", "repost.txt"}
    finally:
        service.close()


def _ingested(tmp_path, files: dict[str, str]):
    archive, index = tmp_path / "archive", tmp_path / "index"
    archive.mkdir()
    for name, text in files.items():
        (archive / name).write_text(text, encoding="utf-8")
    subprocess.run([sys.executable, "-m", "assembly_search.cli", "ingest", str(archive), "--index", str(index)],
                   check=True, capture_output=True)
    return archive, index


def test_the_command_names_every_file_of_each_copy(tmp_path):
    archive, index = _ingested(tmp_path, archive_with_a_repost())
    shown = subprocess.run([sys.executable, "-m", "assembly_search.cli", "search", "--index", str(index),
                            "Павлодар заседание"], check=True, capture_output=True, text=True).stdout
    lines = shown.splitlines()
    at = next(i for i, line in enumerate(lines) if line.startswith("   same text:"))
    assert lines[at].split("same text: ")[1].startswith(str(archive / "original_crlf.txt"))
    assert lines[at + 1].strip() == str(archive / "original_crlf_copy.txt")  # its second file, below it


def test_a_document_and_its_api_answer_name_the_other_documents_of_its_text(tmp_path):
    from search_app import create_app

    archive, index = _ingested(tmp_path, archive_with_a_repost())
    app = create_app(index)
    try:
        service = app.extensions["assembly_search"]
        crlf = service.search(SearchRequest(query="Павлодар заседание")).hits
        original = next(hit for hit in crlf if len(hit.paths) == 3)
        windows_id = original.copies[0].doc_id
        view = service.document(windows_id)
        assert [len(c.paths) for c in view.copies] == [3]  # the original; the repost has its own title
        assert [len(c.paths) for c in service.document(original.doc_id).copies] == [2]
        answer = app.test_client().get(f"/api/documents/{windows_id}").get_json()
        assert answer["file_count"] == 2 and answer["paths"][0].endswith("original_crlf.txt")
        assert answer["copies"][0]["id"] == original.doc_id and len(answer["copies"][0]["paths"]) == 3
        repost = next(hit for hit in crlf if hit.title.startswith("Павлодар:"))
        assert app.test_client().get(f"/api/documents/{repost.doc_id}").get_json()["copies"] == []
    finally:
        app.extensions["assembly_search"].close()


def test_the_count_and_the_groups_are_whole_on_page_one_when_few_records_match():
    # 251 records, 45 of them copies of one text ranked last: page one said «235 найдено» (the records
    # less the copies it had read) and the group stood as a copy it happened to read
    ranked = list(range(251))
    keys = {r: (-1 if r >= 206 or r == 3 else r) for r in ranked}  # record 3 and the last 45: one text
    page, count = distinct_page(lambda n: (ranked[:n], [1.0] * len(ranked[:n])), keys.get, 0, 10, len(ranked))
    assert count == 206
    assert [len(result.copies) for result in page if result.record == 3] == [45]


def test_the_facets_count_a_text_and_its_copies_once_as_the_results_show_them(tmp_path_factory):
    service = ingested_service(tmp_path_factory, archive_of_copies())
    try:
        quotes = service.quotes(SearchRequest(query="единство народа главное достояние", facets=True))
        speakers = {f.value: f.count for f in quotes.facets["speakers"]}
        assert speakers["Б. Бакауов"] == 1  # one quote in three documents, as the list shows it
        assert sum(f.count for f in quotes.facets["year"]) == quotes.total == 2
        documents = service.search(SearchRequest(query="Бакауов", facets=True))
        assert {f.value: f.count for f in documents.facets["year"]} == {"2019": documents.total} == {"2019": 2}
        months = service.search(SearchRequest(query="Бакауов", filters={"year": ["2019"]}))
        assert {f.value: f.count for f in months.facets["month"] if f.count} == {"2019-03": 2}
    finally:
        service.close()


def test_in_a_date_sort_a_group_stands_at_the_date_it_shows_not_at_its_newest_copys():
    ranked = [1, 2, 3]  # newest first: a 2026 copy of a 2015 text, a 2020 text, the 2015 original
    dates = {1: 20261128, 2: 20200301, 3: 20150423}
    keys = {1: 7, 2: 8, 3: 7}
    page, count = distinct_page(lambda n: (ranked[:n], [None] * len(ranked[:n])), keys.get, 0, 10, 3,
                                by_date=(dates.get, True))
    assert [(r.record, r.copies) for r in page] == [(2, []), (1, [3])] and count == 2
    page, _ = distinct_page(lambda n: (ranked[::-1][:n], [None] * n), keys.get, 0, 10, 3, by_date=(dates.get, False))
    assert [r.record for r in page] == [3, 2]


def test_the_quotes_newest_first_go_by_the_dates_they_show(tmp_path_factory):
    old = "Итоги сессии\n\nАстана, 23 апреля 2015 года.\n\nВолонтеры Ассамблеи провели большую акцию в Астане.\n"
    files = {"2015.txt": old, "2026.txt": old.replace("23 апреля 2015", "28 ноября 2026"),
             "2020.txt": "Новости\n\n1 марта 2020 года. Волонтеры Ассамблеи помогли ветеранам в Павлодаре.\n"}
    service = ingested_service(tmp_path_factory, files)
    try:
        result = service.quotes(SearchRequest(query="волонтеры", sort="newest"))
        dates = [hit.date for hit in result.hits]
        assert dates == sorted(dates, reverse=True) and len(dates) == 2, dates
    finally:
        service.close()


def test_past_every_record_read_a_date_sort_never_shows_a_group_twice_or_loses_one():
    # a window's groups gain copies as it grows: re-sorting each window by shown dates moved groups
    # between pages (the review found one quote on pages 2 and 150 and another on none)
    import random
    rng = random.Random(7)
    n = 5000
    ranked = list(range(n))
    keys = {r: rng.randrange(3000) + 1 for r in ranked}
    dates = {r: 20000101 + rng.randrange(20) * 10000 for r in ranked}
    seen, total = [], None
    for page in range(0, 40):
        got, total = distinct_page(lambda k: (ranked[:k], [None] * len(ranked[:k])), keys.get, page * 20, 20, n,
                                   by_date=(dates.get, True))
        seen += [keys[r.record] for r in got]
    assert len(seen) == len(set(seen))
