"""Byte copies under several names: the document's date does not hang on which came first
(ingest.copy_choice, through a real ingest)."""
from __future__ import annotations

from index.results import SearchRequest
from index.search import SearchService
from ingest.pipeline import IngestOptions, run_ingest

TEXT = "Отчет о работе Дома дружбы\n\nДом дружбы провел встречи с молодежью и ветеранами.\n"


def dates_found(index) -> list:
    service = SearchService(index)
    try:
        return [hit.date for hit in service.search(SearchRequest("Дом дружбы")).hits]
    finally:
        service.close()


def test_a_copy_whose_name_dates_it_dates_the_document_in_one_batch_and_in_two(tmp_path):
    archive = tmp_path / "archive"
    (archive / "a").mkdir(parents=True)
    (archive / "b").mkdir()
    (archive / "a" / "otchet.txt").write_text(TEXT, encoding="utf-8")
    (archive / "b" / "2018-05-12_otchet.txt").write_text(TEXT, encoding="utf-8")
    run_ingest([str(archive)], IngestOptions(index_dir=tmp_path / "one", workers=1))
    assert [str(d) for d in dates_found(tmp_path / "one")] == ["2018-05-12"]
    run_ingest([str(archive)], IngestOptions(index_dir=tmp_path / "one", workers=1, force=True))
    assert [str(d) for d in dates_found(tmp_path / "one")] == ["2018-05-12"]
    # the undated name first, its dated copy added later: the same date
    run_ingest([str(archive / "a")], IngestOptions(index_dir=tmp_path / "two", workers=1))
    run_ingest([str(archive)], IngestOptions(index_dir=tmp_path / "two", workers=1))
    assert [str(d) for d in dates_found(tmp_path / "two")] == ["2018-05-12"]


def test_a_copy_ingested_alone_keeps_the_date_another_copys_name_gave(tmp_path):
    # a backup's scanner-named copy restored into a folder of its own, and only that folder ingested
    archive = tmp_path / "archive"
    (archive / "Решения").mkdir(parents=True)
    (archive / "Восстановлено").mkdir()
    (archive / "Решения" / "2018-03-15_Решение.txt").write_text(TEXT, encoding="utf-8")
    index = tmp_path / "index"
    run_ingest([str(archive)], IngestOptions(index_dir=index, workers=1))
    (archive / "Восстановлено" / "scan0004.txt").write_text(TEXT, encoding="utf-8")
    summary = run_ingest([str(archive / "Восстановлено")], IngestOptions(index_dir=index, workers=1))
    assert [(r.status, r.reason) for r in summary.files] == [("unchanged", "copied")]
    assert [str(d) for d in dates_found(index)] == ["2018-03-15"]
    # parsed again from the undated copy alone, the other copy's name still dates it
    run_ingest([str(archive / "Восстановлено")], IngestOptions(index_dir=index, workers=1, force=True))
    assert [str(d) for d in dates_found(index)] == ["2018-03-15"]
    run_ingest([str(archive)], IngestOptions(index_dir=index, workers=1))
    assert [str(d) for d in dates_found(index)] == ["2018-03-15"]
    # once the dated copy is deleted and pruned, nothing dates the document
    (archive / "Решения" / "2018-03-15_Решение.txt").unlink()
    run_ingest([str(archive)], IngestOptions(index_dir=index, workers=1, prune=True))
    assert dates_found(index) == [None]
