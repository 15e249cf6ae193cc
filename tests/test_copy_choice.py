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
