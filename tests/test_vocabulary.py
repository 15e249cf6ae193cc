"""The archive's settings files an ingest batch uses (ingest.vocabulary), on a real index."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from index.search import SearchRequest, SearchService
from ingest.extract.topics import load_topics
from ingest.pipeline import IngestOptions, run_ingest

ECOLOGY = """Волонтеры провели экологическую акцию на берегу Иртыша

Павлодар, 5 сентября 2022 г.

Более двухсот волонтеров вышли на субботник. Волонтеры собрали мусор и высадили саженцы.
«Охрана окружающей среды объединяет всех жителей региона», — сказал Данияр Сапаров.
Организаторы отметили, что экологические акции станут ежегодными. Бережное отношение к природе — общая задача.
"""

OWN_TOPIC = "\n[экология и охрана природы]\n3 экологический\n3 охрана окружающей среды\n2 субботник\n2 саженцы\n1 природа\n"


def ingest(root: Path, index: Path, **kw):
    return run_ingest([str(root)], IngestOptions(index_dir=index, workers=1, **kw))


def topics_of(index: Path) -> list[str]:
    svc = SearchService(index)
    try:
        return [f.value for f in svc.search(SearchRequest("")).facets["topics"]]
    finally:
        svc.close()


@pytest.fixture()
def archive(tmp_path, monkeypatch):
    root = tmp_path / "docs"
    root.mkdir()
    (root / "eco.txt").write_text(ECOLOGY, encoding="utf-8")
    shipped = (Path(__file__).parents[1] / "ingest" / "extract" / "data" / "topics.txt").read_text("utf-8")
    topics = tmp_path / "topics.txt"
    topics.write_text(shipped + OWN_TOPIC, encoding="utf-8")
    monkeypatch.setenv("ASSEMBLY_SEARCH_TOPICS", str(topics))
    return root, topics


def test_an_ingest_without_the_topics_variable_keeps_the_archives_topics(archive, tmp_path, monkeypatch):
    root, _ = archive
    index = tmp_path / "index"
    ingest(root, index)
    assert "экология и охрана природы" in topics_of(index)
    monkeypatch.delenv("ASSEMBLY_SEARCH_TOPICS")  # a cron job's, a colleague's ingest --force
    summary = ingest(root, index, force=True)
    assert summary.counts["updated"] == 1
    assert "экология и охрана природы" in topics_of(index)  # was dropped silently


def test_a_plain_ingest_says_the_topics_file_changed_since_the_last_one(archive, tmp_path):
    root, topics = archive
    index = tmp_path / "index"
    assert not [n for n in ingest(root, index).notes if "topics" in n]  # a new index: every file used it
    topics.write_text(topics.read_text("utf-8") + "2 мусор\n", encoding="utf-8")
    notes = [n for n in ingest(root, index).notes if "topics file" in n]
    assert len(notes) == 1 and "changed since the last ingest" in notes[0] and "ingest --force" in notes[0], notes
    assert not [n for n in ingest(root, index, force=True).notes if "topics file" in n]
    assert load_topics(index / "archive-topics.txt")[-1].name == "экология и охрана природы"


def test_an_empty_topics_file_is_said_to_leave_the_documents_no_topic(archive, tmp_path, monkeypatch):
    root, topics = archive
    topics.write_text("# our topics, to be written\n", encoding="utf-8")
    summary = ingest(root, tmp_path / "index")
    assert summary.exit_code == 0
    [warning] = [n for n in summary.notes if "has no topics" in n]
    assert warning.startswith(f"$ASSEMBLY_SEARCH_TOPICS: {topics} has no topics, so it replaces the shipped ones")


def test_the_changed_file_note_is_said_again_until_a_force_applies_it(archive, tmp_path, monkeypatch):
    # was said once: the next ingest, a cron job's, forgot the documents still read with the older file
    root, topics = archive
    index = tmp_path / "index"
    ingest(root, index)
    topics.write_text(topics.read_text("utf-8") + "2 мусор\n", encoding="utf-8")
    [said] = [n for n in ingest(root, index).notes if "topics file" in n]
    assert [n for n in ingest(root, index).notes if "topics file" in n] == [said]
    monkeypatch.delenv("ASSEMBLY_SEARCH_TOPICS")  # the copy the index keeps is read
    assert [n for n in ingest(root, index).notes if "topics file" in n] == [said]
    stats = subprocess.run([sys.executable, "-m", "assembly_search.cli", "stats", "--index", str(index)],
                           capture_output=True, text=True)
    assert said in stats.stdout
    assert not [n for n in ingest(root, index, force=True).notes if "topics file" in n]
    assert not [n for n in ingest(root, index).notes if "topics file" in n]


HOUSE = """Дом дружбы принял гостей

Павлодар, 12 марта 2023 г.

В Доме дружбы прошла встреча этнокультурных объединений области. Дом дружбы открыт для всех жителей.
"""


def search_cli(index: Path, *words: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "assembly_search.cli", "search", "--index", str(index), *words],
                          capture_output=True, text=True)


def house_indexed_with_own_abbreviations(tmp_path: Path, monkeypatch) -> tuple[Path, Path]:
    """The house of friendship's report ingested with the archive's file naming ДД; the variable unset after."""
    root = tmp_path / "docs"
    root.mkdir()
    (root / "house.txt").write_text(HOUSE, encoding="utf-8")
    own = tmp_path / "abbreviations.txt"
    own.write_text("АНК = Ассамблея народа Казахстана\nДД = Дом дружбы\n", encoding="utf-8")
    index = tmp_path / "index"
    monkeypatch.setenv("ASSEMBLY_SEARCH_ABBREVIATIONS", str(own))
    ingest(root, index)
    monkeypatch.delenv("ASSEMBLY_SEARCH_ABBREVIATIONS")
    return index, own


def test_search_reads_the_abbreviations_its_index_keeps_without_the_variable(tmp_path, monkeypatch):
    # was: the abbreviations file was read only from the variable, so a server or a colleague's
    # search started without it lost the archive's own abbreviations
    index, own = house_indexed_with_own_abbreviations(tmp_path, monkeypatch)
    assert (index / "archive-abbreviations.txt").read_text("utf-8") == own.read_text("utf-8")
    found = search_cli(index, "ДД")
    assert found.returncode == 0 and "Дом дружбы принял гостей" in found.stdout, found.stdout + found.stderr
    # the variable, when given, is read first (an edit applies without an ingest)
    other = tmp_path / "other.txt"
    other.write_text("АНК = Ассамблея народа Казахстана\n", encoding="utf-8")
    monkeypatch.setenv("ASSEMBLY_SEARCH_ABBREVIATIONS", str(other))
    assert "Дом дружбы принял гостей" not in search_cli(index, "ДД").stdout


def test_a_broken_copy_of_the_abbreviations_is_said_with_its_line(tmp_path, monkeypatch):
    monkeypatch.delenv("ASSEMBLY_SEARCH_ABBREVIATIONS", raising=False)
    root = tmp_path / "docs"
    root.mkdir()
    (root / "house.txt").write_text(HOUSE, encoding="utf-8")
    index = tmp_path / "index"
    ingest(root, index)
    (index / "archive-abbreviations.txt").write_text("ДД = Дом дружбы\nдд = дом\n", encoding="utf-8")
    refused = search_cli(index, "ДД")
    assert refused.returncode == 2, refused.stdout + refused.stderr
    assert "the abbreviations the index keeps" in refused.stderr and "line 2" in refused.stderr, refused.stderr
    assert "Traceback" not in refused.stderr


def test_a_later_ingest_without_the_variable_reads_the_kept_abbreviations(tmp_path, monkeypatch):
    from index.query import abbreviations
    from ingest.vocabulary import read_batch_vocabulary, vocabulary_in_force
    index, _ = house_indexed_with_own_abbreviations(tmp_path, monkeypatch)
    vocabulary = read_batch_vocabulary(index)
    with vocabulary_in_force(vocabulary):
        assert abbreviations().get("ДД") == ("Дом дружбы",)
    assert "ДД" not in abbreviations()  # the batch over, this process reads no index's copy
