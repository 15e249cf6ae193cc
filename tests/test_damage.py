"""A segment damaged inside (same size): it opens, and fails only when a search reads the part hit.
Such a read error is the index's damage (IndexDamagedError, remembered by the service's health until
another generation is served); an error of our own code is not."""
from __future__ import annotations

import shutil

import pytest

from conftest import CORPUS
from index.damage import read_error
from index.errors import IndexDamagedError
from index.search import SearchRequest, SearchService
from index.store import IndexWriter
from test_store import _damage_inside


@pytest.fixture()
def damaged(tmp_path):
    """(index damaged inside the stored fields of the document about Павлодар, a good copy, the file hit)."""
    index = tmp_path / "index"
    with IndexWriter(index, create=True) as writer:
        for record in CORPUS:
            writer.add(record)
    shutil.copytree(index, tmp_path / "good")
    return index, tmp_path / "good", _damage_inside(index, "Павлодара")


def test_a_search_reading_a_damaged_record_says_the_index_is_damaged_and_names_the_file(damaged):
    # it was a raw zlib.error: a traceback in the terminal, a 500 «try again later» in the browser
    index, _, file = damaged
    service = SearchService(index)
    assert service.health()["documents"] == len(CORPUS)  # it opens: the damage is not seen yet
    assert service.search(SearchRequest("Мажилиса")).total > 0  # the records not hit still answer
    with pytest.raises(IndexDamagedError) as raised:
        service.search(SearchRequest("Павлодара"))
    assert str(raised.value).startswith(f"The index at {index} is damaged: its file {file} cannot be read (cut short or overwritten)")
    assert "--force" in str(raised.value) and "повреждён" in raised.value.reader_message
    with pytest.raises(IndexDamagedError):
        service.document("a3")
    service.close()


def test_health_reports_the_damage_a_search_met_until_another_generation_is_served(damaged, caplog):
    import logging

    index, good, _ = damaged
    service = SearchService(index, log_problems=True)
    with caplog.at_level(logging.INFO, logger="index"):
        service.health()
        for _ in range(3):
            with pytest.raises(IndexDamagedError):
                service.search(SearchRequest("Павлодара"))
        with pytest.raises(IndexDamagedError):  # not read again: the service remembers what it met
            service.health()
        warnings = [r.getMessage() for r in caplog.records if r.levelno == logging.WARNING]
        assert len(warnings) == 1 and "is damaged" in warnings[0], warnings  # once, not at every search
        shutil.rmtree(index)  # rebuilt (here: the good copy put back): another generation
        shutil.copytree(good, index)
        service.refresh()
        assert service.health()["documents"] == len(CORPUS)
        assert service.search(SearchRequest("Павлодара")).total == 1
    assert caplog.records[-1].getMessage() == f"the index at {index} opens again"
    service.close()


def test_an_error_of_our_own_code_stays_what_it_is(damaged):
    # only what Whoosh (or our posting reader) raises decoding the files is damage; a bug of ours
    # called damage would send the operator to rebuild for hours to no avail
    index, _, _ = damaged
    service = SearchService(index, log_problems=True)
    with pytest.raises(AttributeError) as raised:
        service.search(None)  # no request: fails in index/search.py itself
    assert read_error(raised.value, index) is None
    assert service.health()["documents"] == len(CORPUS)
    service.close()


def test_health_reports_a_file_of_the_served_generation_gone_from_the_folder(tmp_path):
    # /health said ok after a segment was deleted (the server reads it through the handle it holds)
    # while stats and ingest called the index damaged, and a restart took the archive down
    from conftest import make_record

    index = tmp_path / "index"
    with IndexWriter(index, batch_size=1) as writer:  # a segment per commit, merged by later commits
        for record in CORPUS:
            writer.add(record)
    service = SearchService(index, log_problems=True)
    assert service.health()["documents"] == len(CORPUS)
    with IndexWriter(index) as writer:  # a commit deletes the files of the segments it merged
        writer.add(make_record("x1", "Заметка", ["Заметка о культуре."]))
    for _ in range(3):  # before and after the service sees the new generation: not damage
        assert service.health()["documents"] in (len(CORPUS), len(CORPUS) + 1)
        service.refresh()
    assert service.health()["documents"] == len(CORPUS) + 1
    segment = max(index.glob("*.seg"), key=lambda p: p.stat().st_size)
    segment.unlink()
    with pytest.raises(IndexDamagedError) as raised:
        service.health()
    assert f"its file {segment.name} is missing" in str(raised.value) and "from a backup" in str(raised.value)
    service.close()
