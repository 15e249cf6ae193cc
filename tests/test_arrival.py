"""When documents came into the archive (index.arrival): what ingest records, the `added` sort, the
`added_from` filter, and what the API, the pages and the command show of it."""
from __future__ import annotations

import json
import subprocess
import sys
import time
from datetime import date, timedelta
from pathlib import Path

import pytest

from index.dates import parse_date
from index.search import SearchRequest, SearchService
from ingest.pipeline import IngestOptions, run_ingest
from search_app import create_app

NEWS = "Астана, 27 ноября 2026 г.\n\nЗаседание научно-экспертного совета\n\nВ Доме дружбы прошло заседание совета.\n"
OLD_NEWS = "Астана, 20 ноября 2026 г.\n\nВолонтеры провели субботник\n\nВолонтеры Ассамблеи убрали парк.\n"
STENOGRAM = "Астана, 23 апреля 2015 г.\n\nСтенограмма XXII сессии\n\nСессия Ассамблеи прошла в столице.\n"
ROOT = Path(__file__).resolve().parent.parent


def ingest(root: Path, index: Path, **kw):
    return run_ingest([str(root)], IngestOptions(index_dir=index, workers=1, **kw))


def by_title(service: SearchService, **kw) -> dict:
    hits = service.search(SearchRequest(sort="added", per_page=50, **kw)).hits
    return {h.title: h for h in hits}


def titles(service: SearchService, **kw) -> list[str]:
    return [h.title for h in service.search(SearchRequest(sort="added", per_page=50, **kw)).hits]


@pytest.fixture()
def two_nights(tmp_path):
    """Night 1 ingests two news items; night 2 edits one, moves the other and adds a 2015 stenogram."""
    archive, index = tmp_path / "archive", tmp_path / "index"
    archive.mkdir()
    (archive / "sovet.txt").write_text(NEWS, encoding="utf-8")
    (archive / "subbotnik.txt").write_text(OLD_NEWS, encoding="utf-8")
    ingest(archive, index)
    first = {t: (h.added, h.changed) for t, h in by_title(SearchService(index)).items()}
    time.sleep(1.1)  # times are whole seconds
    (archive / "sovet.txt").write_text(NEWS + "\nДополнено: принята резолюция.\n", encoding="utf-8")
    (archive / "subbotnik.txt").rename(archive / "subbotnik-2026.txt")
    (archive / "stenogramma.txt").write_text(STENOGRAM, encoding="utf-8")
    ingest(archive, index, prune=True)
    return archive, index, first


def test_an_ingest_records_when_documents_came_in_and_an_edit_keeps_the_first_addition(two_nights):
    archive, index, first = two_nights
    service = SearchService(index)
    hits = by_title(service)
    council, volunteers, stenogram = (hits["Заседание научно-экспертного совета"],
                                      hits["Волонтеры провели субботник"], hits["Стенограмма XXII сессии"])
    night1 = first["Заседание научно-экспертного совета"][0]
    assert first["Волонтеры провели субботник"] == (night1, None)  # both of night 1, never changed
    # the edited one: added on night 1, changed on night 2; the moved one keeps its night 1
    assert council.added == night1 and council.changed > night1
    assert (volunteers.added, volunteers.changed) == (night1, None)
    assert stenogram.added > night1 and stenogram.changed is None
    # «новые в архиве»: what night 2 brought first, whatever the documents' own dates
    assert set(titles(service)[:2]) == {"Заседание научно-экспертного совета", "Стенограмма XXII сессии"}
    assert titles(service)[2] == "Волонтеры провели субботник"
    # added since a day: today's ingests, none tomorrow; the document's own date filter still applies
    assert len(titles(service, added_from=date.today())) == 3
    assert titles(service, added_from=date.today() + timedelta(days=1)) == []
    assert titles(service, added_from=date.today(), date_to=date(2020, 1, 1)) == ["Стенограмма XXII сессии"]
    # a forced re-parse (or a new extraction version) writes them again: the times stay
    ingest(archive, index, force=True)
    service.refresh()
    again = by_title(service)
    assert {t: (h.added, h.changed) for t, h in again.items()} == {t: (h.added, h.changed) for t, h in hits.items()}


def test_the_api_the_pages_and_the_command_show_and_sort_by_arrival(two_nights):
    archive, index, first = two_nights
    app = create_app(index, testing=True)
    client = app.test_client()
    try:
        data = client.get("/api/search", query_string={"sort": "added"}).get_json()
        assert data["sort"] == "added" and data["hits"][2]["title"] == "Волонтеры провели субботник"
        council = next(h for h in data["hits"] if h["title"] == "Заседание научно-экспертного совета")
        assert council["added"] < council["changed"] and council["changed"].startswith(date.today().isoformat())
        doc = client.get(council["api_url"]).get_json()
        assert (doc["added"], doc["changed"]) == (council["added"], council["changed"])
        listed = client.get("/api/documents").get_json()["documents"]
        assert {d["id"]: d["added"] for d in listed}[council["id"]] == council["added"]
        # the filter, as a day counted back too, and in the answer's params as typed
        week = client.get("/api/search", query_string={"added_from": "-7d", "sort": "added"}).get_json()
        assert week["total"] == 3 and week["params"]["added_from"] == "-7d"
        assert client.get("/api/search", query_string={"added_from": "2999-01-01"}).get_json()["total"] == 0
        bad = client.get("/api/search", query_string={"added_from": "позавчера"})
        assert bad.status_code == 400 and "«добавлены с» не распознана" in bad.get_json()["error"]
        quotes = client.get("/api/quotes", query_string={"added_from": "today", "sort": "added"}).get_json()
        assert quotes["total"] > 0 and not quotes.get("error")
        # the page: the sort chosen, each result saying when it came in, a chip for the filter
        page = client.get("/", query_string={"sort": "added", "added_from": "-1d"}).get_data(as_text=True)
        assert "<strong>новые в архиве</strong>" in page and "сначала новые в архиве" not in page
        assert "изменён " in page and "(добавлен " in page and "поступили в архив с " in page
        assert 'name="added_from" value="-1d"' in page  # a new query keeps the filter
        assert "added_from=-7d&amp;sort=added" in page  # the «за неделю» shortcut
        assert "сначала новые в архиве" in client.get("/?sort=added").get_data(as_text=True)
        # nothing came in since: the page offers the whole archive, and «сбросить всё» drops the filter too
        none = client.get("/", query_string={"q": "заседание", "added_from": "2999-01-01"}).get_data(as_text=True)
        assert "искать во всём архиве, не только среди поступивших" in none and "/?q=%D0%B7" in none
        assert "added_from" not in none.split("сбросить всё")[0].rsplit('href="', 1)[1].split('"')[0]
        doc_page = client.get(f"/doc/{council['id']}").get_data(as_text=True)
        assert "В архиве" in doc_page and "изменён " in doc_page
    finally:
        app.extensions["assembly_search"].close()
    out = subprocess.run([sys.executable, "-m", "assembly_search.cli", "search", "--index", str(index), "--json",
                          "--sort", "added", "--added-from", "yesterday"], capture_output=True, text=True,
                         cwd=ROOT, check=True).stdout
    answer = json.loads(out)
    assert answer["total"] == 3 and answer["hits"][2]["added"] == data["hits"][2]["added"]
    plain = subprocess.run([sys.executable, "-m", "assembly_search.cli", "search", "--index", str(index), "--sort",
                            "added"], capture_output=True, text=True, cwd=ROOT, check=True, stdin=subprocess.DEVNULL).stdout
    assert "   changed " in plain and "(added " in plain and plain.count("   added ") == 2


def test_an_index_written_before_the_times_lists_its_documents_last_and_says_so(tmp_path):
    import whoosh.index

    from index.schema import ADDED, CHANGED, build_schema
    from index.store import VERSION_FILE, IndexWriter, document_fields, passage_fields
    from index.schema import SCHEMA_VERSION
    from tests.conftest import make_record

    schema = build_schema()
    schema.remove(ADDED)
    schema.remove(CHANGED)
    ix = whoosh.index.create_in(str(tmp_path), schema)
    (tmp_path / VERSION_FILE).write_text(json.dumps({"schema_version": SCHEMA_VERSION}))
    writer = ix.writer()
    older = [make_record("a1", "Старый отчет", ["Отчет Ассамблеи."], when=date(2026, 11, 27)),
             make_record("a2", "Старая новость", ["Новость Ассамблеи."], when=date(2020, 1, 1))]
    for record in older:
        writer.add_document(**document_fields(record))
        for fields in passage_fields(record):
            writer.add_document(**fields)
    writer.commit()
    service = SearchService(tmp_path)
    assert titles(service) == ["Старый отчет", "Старая новость"]  # no times: by date, as newest
    assert titles(service, added_from=date(2000, 1, 1)) == []
    with IndexWriter(tmp_path) as w:  # the next ingest adds the fields in place
        w.add(make_record("b1", "Новая стенограмма", ["Стенограмма сессии."], when=date(2015, 4, 23)))
        w.add(older[0])  # written again (moved, parsed again): still no time, not a new one
    service.refresh()
    assert titles(service) == ["Новая стенограмма", "Старый отчет", "Старая новость"]
    time.sleep(1.1)
    edited = make_record("c1", "Старая новость, исправленная", ["Новость Ассамблеи, исправленная."],
                         when=date(2020, 1, 1))
    edited.former_ids = ["a2"]
    with IndexWriter(tmp_path) as w:  # its file edited: changed now, added when is not known
        w.delete("a2")
        w.add(edited)
    service.refresh()
    hits = by_title(service)
    assert titles(service) == ["Старая новость, исправленная", "Новая стенограмма", "Старый отчет"]
    assert hits["Старая новость, исправленная"].added is None
    assert hits["Старая новость, исправленная"].changed > hits["Новая стенограмма"].added
    assert hits["Старый отчет"].added is None
    app = create_app(tmp_path, testing=True)
    try:
        client = app.test_client()
        assert client.get("/api/documents/a1").get_json()["added"] is None
        assert "не записано" in client.get("/doc/a1").get_data(as_text=True)
        first = client.get("/api/search", query_string={"sort": "added"}).get_json()["hits"][0]
        assert first["added"] is None and first["changed"]
        assert "изменён " in client.get("/doc/c1").get_data(as_text=True)
    finally:
        app.extensions["assembly_search"].close()


def test_a_day_counted_back_from_today():
    today = date(2026, 3, 31)
    assert parse_date("-7d", today=today) == date(2026, 3, 24)
    assert parse_date("-2w", today=today) == date(2026, 3, 17)
    assert parse_date("-1m", today=today) == date(2026, 2, 28)  # the month's last day when it has no 31st
    assert parse_date("-1y", today=date(2024, 2, 29)) == date(2023, 2, 28)
    assert parse_date("yesterday", today=today) == parse_date("вчера", today=today) == date(2026, 3, 30)
    assert parse_date("today", end=True, today=today) == today
    with pytest.raises(ValueError):
        parse_date("-7x", today=today)


def test_a_schema_upgrade_rebuilt_beside_the_old_index_keeps_when_documents_came_in(two_nights):
    # ingest --force after an upgrade parses every file into a new index: not a new arrival of each
    from index.store import VERSION_FILE

    archive, index, first = two_nights
    before = {t: (h.added, h.changed) for t, h in by_title(SearchService(index)).items()}
    (archive / "novoe.txt").write_text(NEWS.replace("27 ноября", "28 ноября").replace("совета", "президиума"),
                                       encoding="utf-8")
    (index / VERSION_FILE).write_text(json.dumps({"schema_version": 8}))
    time.sleep(1.1)
    assert ingest(archive, index, force=True).exit_code == 0
    after = {t: (h.added, h.changed) for t, h in by_title(SearchService(index)).items()}
    new = after.pop("Заседание научно-экспертного президиума")
    assert after == before and new[0] > max(max(t for t in pair if t) for pair in before.values())


def test_quotes_by_arrival_stand_where_the_copy_they_show_came_in_and_say_when(tmp_path):
    # a 2015 stenogram's quote stood above last night's news on «новые в архиве», placed by an undated
    # copy of it added later, and no quote said when its document came in
    archive, index = tmp_path / "archive", tmp_path / "index"
    archive.mkdir()
    quote = "Волонтеры Ассамблеи помогли ветеранам в каждом районе."
    (archive / "stenogramma.txt").write_text(STENOGRAM + f"\n{quote}\n", encoding="utf-8")
    ingest(archive, index)
    time.sleep(1.1)  # times are whole seconds
    (archive / "sovet.txt").write_text(NEWS + "\nВолонтеры Ассамблеи провели акцию.\n", encoding="utf-8")
    ingest(archive, index)
    time.sleep(1.1)
    (archive / "bez-daty.txt").write_text(f"Заметка\n\n{quote}\n", encoding="utf-8")
    ingest(archive, index)
    client = create_app(index, testing=True).test_client()
    hits = client.get("/api/quotes", query_string={"q": "волонтеры ассамблеи", "sort": "added"}).get_json()["hits"]
    assert [h["title"] for h in hits] == ["Заседание научно-экспертного совета", "Стенограмма XXII сессии"]
    news, stenogram = hits
    assert stenogram["copies"][0]["title"] == "Заметка"  # the undated copy, shown with the original
    assert news["added"] > stenogram["added"] and news["changed"] is None and stenogram["changed"] is None
