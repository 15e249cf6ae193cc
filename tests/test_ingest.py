"""The ingest batch over real files: incremental runs, duplicates, pruning, failures, the report."""
from __future__ import annotations

import gc
import io
import json
import os
import random
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
import unicodedata
from collections import Counter
from contextlib import contextmanager
from pathlib import Path

import pytest

from index.search import SearchRequest, SearchService
from ingest.pipeline import IngestOptions, run_ingest
from ingest.hash_cache import file_hash as real_file_hash
from ingest.worker import process_file as real_process_file
from tests.conftest import found_ids, small_tmpfs

TEXT_A = "Круглый стол в Мажилисе\n\nДепутат Мажилиса А. Платонов отметил важность работы Ассамблеи народа Казахстана.\n"
TEXT_B = "Заседание Совета матерей\n\nН.Дементьева рассказала о работе с семьями 12 марта 2020 года.\n"
TEXT_C = "Отчет Ассамблеи Павлодарской области\n\nВолонтеры помогли ветеранам.\n"


def ingest(root: Path, index: Path, **kw):
    return run_ingest([str(root)], IngestOptions(index_dir=index, workers=2, **kw))


def statuses(summary) -> dict[str, str]:
    return {Path(r.path).name: r.status for r in summary.files}


@pytest.fixture()
def archive(tmp_path):
    root = tmp_path / "archive"
    (root / "2020").mkdir(parents=True)
    (root / "a.txt").write_text(TEXT_A, encoding="utf-8")
    (root / "2020" / "b.txt").write_bytes(TEXT_B.encode("cp1251"))
    (root / "2020" / "c.txt").write_bytes(TEXT_C.encode("koi8_r"))
    (root / ".hidden.txt").write_text("скрытый файл", encoding="utf-8")
    (root / "notes.json").write_text("{}", encoding="utf-8")
    return root


def test_first_run_indexes_everything_and_decodes_encodings(archive, tmp_path):
    index = tmp_path / "index"
    summary = ingest(archive, index)
    assert statuses(summary) == {"a.txt": "indexed", "b.txt": "indexed", "c.txt": "indexed", "notes.json": "skipped",
                                 ".hidden.txt": "skipped"}
    assert summary.exit_code == 0
    svc = SearchService(index)
    assert svc.search(SearchRequest("Дементьева")).total == 1
    assert svc.search(SearchRequest("волонтеры ветеранам")).total == 1  # KOI8-R decoded
    hit = svc.search(SearchRequest("Дементьева")).hits[0]
    assert hit.title == "Заседание Совета матерей"


def test_rerun_skips_unchanged_updates_changed_and_prunes(archive, tmp_path):
    index = tmp_path / "index"
    ingest(archive, index)
    again = ingest(archive, index)
    assert statuses(again) == {"a.txt": "unchanged", "b.txt": "unchanged", "c.txt": "unchanged", "notes.json": "skipped",
                               ".hidden.txt": "skipped"}

    (archive / "a.txt").write_text(TEXT_A.replace("Платонов", "Хамедов"), encoding="utf-8")
    (archive / "2020" / "c.txt").unlink()
    changed = ingest(archive, index)
    assert statuses(changed)["a.txt"] == "updated"
    svc = SearchService(index)
    assert svc.search(SearchRequest("Платонов")).total == 0
    assert svc.search(SearchRequest("Хамедов")).total == 1
    assert svc.search(SearchRequest("волонтеры")).total == 1  # no --prune: kept

    pruned = ingest(archive, index, prune=True)
    assert statuses(pruned)["c.txt"] == "removed"
    svc.refresh()
    assert svc.search(SearchRequest("волонтеры")).total == 0
    assert svc.doc_count() == 2


def _kept_anywhere(index: Path, secret: str) -> list[str]:
    """Where the index folder still holds `secret`: a file's bytes, or a stored record of a segment
    (a deleted one too: Whoosh only marks a record deleted)."""
    from whoosh import index as whoosh_index

    places = [f.name for f in index.iterdir() if f.is_file() and secret.encode("utf-8") in f.read_bytes()]
    with whoosh_index.open_dir(str(index), indexname="MAIN").reader() as reader:
        for leaf, _ in reader.leaf_readers():
            places += [f"{leaf.segment()} record {n}" for n in range(leaf.doc_count_all())
                       if secret in str(leaf.stored_fields(n))]
    return places


def _stored_records(index: Path) -> tuple[int, int]:
    from whoosh import index as whoosh_index

    with whoosh_index.open_dir(str(index), indexname="MAIN").reader() as reader:
        return reader.doc_count(), reader.doc_count_all()


@pytest.mark.parametrize("workers", [1, 2])
def test_a_document_taken_down_leaves_no_copy_in_the_index_files_or_a_later_backup(tmp_path, workers):
    # a removed or corrected document was only marked deleted: its text stayed in the segment files
    # and in every backup, and --force --prune kept the old segment whole beside the new one
    from index.backup import back_up

    archive, index = tmp_path / "archive", tmp_path / "index"
    archive.mkdir()
    for n in range(40):
        (archive / f"news{n:02}.txt").write_text(f"Новость {n}\n\n{TEXT_A}{TEXT_C}", encoding="utf-8")
    secret = archive / "spravka.txt"
    secret.write_text("Справка о кандидате\n\nЖаксыбергенов Талгат, ИИН 850512300457, тел. 8 701 555 43 21.\n",
                      encoding="utf-8")
    corrected = archive / "kruglyi_stol.txt"
    corrected.write_text("Круглый стол\n\nСтудентка Динара Мукашева, телефон 8 701 333 22 11, выступила.\n",
                         encoding="utf-8")
    run = lambda **kw: run_ingest([str(archive)], IngestOptions(index_dir=index, workers=workers, **kw))
    run()
    assert _kept_anywhere(index, "850512300457") and _kept_anywhere(index, "333 22 11")
    secret.unlink()
    corrected.write_text("Круглый стол\n\nСтудентка выступила с докладом о волонтерстве.\n", encoding="utf-8")
    got = statuses(run(prune=True))
    assert got["spravka.txt"] == "removed" and got["kruglyi_stol.txt"] == "updated"
    for gone in ("850512300457", "Жаксыбергенов", "333 22 11", "Мукашева"):
        assert _kept_anywhere(index, gone) == [], gone
    back_up(index, tmp_path / "backup")
    assert not any(b"850512300457" in f.read_bytes() for f in (tmp_path / "backup").iterdir())
    live, stored = _stored_records(index)
    assert live == stored
    # a forced rebuild over the same files, with --prune or not: the old segments, left with no live
    # record, go at once, and the index does not double
    size = sum(f.stat().st_size for f in index.iterdir())
    for prune in (False, True):
        run(force=True, prune=prune)
        assert _stored_records(index) == (live, live)
        assert sum(f.stat().st_size for f in index.iterdir()) < 1.3 * size
    assert SearchService(index).search(SearchRequest("волонтерстве")).total == 1


def _stop_at_a_txt(path, *args):
    # in a forked parser: Ctrl-C reaches the batch while this file is in the parser's hands
    if path.endswith("a.txt"):
        os.kill(os.getppid(), signal.SIGINT)
        time.sleep(60)  # the stop ends this parser
    return real_process_file(path, *args)


def test_a_changed_file_keeps_its_old_version_until_the_new_one_is_written(archive, tmp_path, monkeypatch):
    # The old document used to be deleted up front: a batch stopped before the new version was
    # written left the file unsearchable (in either version) until the next run.
    from ingest import parser_pool

    index = tmp_path / "index"
    ingest(archive, index)
    (archive / "a.txt").write_text(TEXT_A.replace("Платонов", "Хамедов"), encoding="utf-8")
    monkeypatch.setattr(parser_pool, "process_file", _stop_at_a_txt)  # the workers are forked
    stopped = ingest(archive, index)
    assert stopped.interrupted and statuses(stopped)["a.txt"] == "skipped"
    svc = SearchService(index)
    assert svc.doc_count() == 3 and svc.search(SearchRequest("Платонов")).total == 1
    monkeypatch.undo()
    assert statuses(ingest(archive, index))["a.txt"] == "updated"
    svc.refresh()
    assert svc.doc_count() == 3
    assert svc.search(SearchRequest("Платонов")).total == 0 and svc.search(SearchRequest("Хамедов")).total == 1


def _noting_gc_pace(path, *args):
    outcome = real_process_file(path, *args)
    outcome.warnings.append(f"gc thresholds {gc.get_threshold()}")
    return outcome


def test_a_batch_collects_garbage_at_its_own_pace_and_restores_the_callers(archive, tmp_path, monkeypatch):
    # the default pace walked the growing caches over and over: 15-20% of a batch's CPU
    from index.processes import BATCH_GC_THRESHOLDS
    from ingest import parser_pool

    before = gc.get_threshold()
    assert before != BATCH_GC_THRESHOLDS
    monkeypatch.setattr(parser_pool, "process_file", _noting_gc_pace)  # the workers are forked
    summary = ingest(archive, tmp_path / "index")
    noted = {w for r in summary.files if r.status == "indexed" for w in r.warnings}
    assert noted == {f"gc thresholds {BATCH_GC_THRESHOLDS}"}
    assert gc.get_threshold() == before


def test_a_file_that_cannot_be_read_on_a_rerun_keeps_its_document(archive, tmp_path, monkeypatch):
    from ingest import hash_cache

    index = tmp_path / "index"
    ingest(archive, index)
    os.utime(archive / "2020" / "b.txt")  # looks changed: the re-run reads it

    # As root (CI) a chmod 000 file can still be read: the read error is raised where it is read.
    def permission_denied(path):
        if Path(path).name == "b.txt":
            raise PermissionError(13, "Permission denied", str(path))
        return real_file_hash(path)

    monkeypatch.setattr(hash_cache, "file_hash", permission_denied)
    for prune in (False, True):
        summary = ingest(archive, index, prune=prune)
        b = next(r for r in summary.files if Path(r.path).name == "b.txt")
        assert (b.status, b.reason) == ("failed", "unreadable")
        assert summary.counts["removed"] == 0 and summary.exit_code == 1
        assert SearchService(index).search(SearchRequest("Дементьева")).total == 1  # it was deleted


class _Hung(BaseException):
    """Not an OSError nor an Exception: the ingest's handlers must not take it for a read error."""


@contextmanager
def _fails_if_it_hangs(seconds: int):
    """Raise _Hung in what runs past `seconds` (blocked in open() of a pipe, say)."""
    def hung(signum, frame):
        raise _Hung(f"still running after {seconds} s")

    previous = signal.signal(signal.SIGALRM, hung)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


@pytest.mark.parametrize("replacement", ["nothing", "fifo"])
def test_a_file_removed_or_replaced_by_a_pipe_while_files_are_checked_is_skipped(archive, tmp_path, monkeypatch,
                                                                                 replacement):
    from ingest import hash_cache
    a = archive / "a.txt"

    def remove_a_while_b_is_read(path):  # 2020/b.txt is checked first, a.txt after it
        if Path(path).name == "b.txt" and a.is_file():
            a.unlink()
            if replacement == "fifo":
                os.mkfifo(a)  # opening it to read waited for a writer: the batch hung for good
        return real_file_hash(path)

    monkeypatch.setattr(hash_cache, "file_hash", remove_a_while_b_is_read)
    with _fails_if_it_hangs(60):
        summary = run_ingest([str(archive)], IngestOptions(index_dir=tmp_path / "index", workers=1, time_limit=5))
    got = {Path(r.path).name: (r.status, r.reason) for r in summary.files}
    assert got["a.txt"] == (("skipped", "vanished") if replacement == "nothing" else ("skipped", "not_a_file"))
    assert got["b.txt"] == ("indexed", None) and summary.exit_code == 0  # it was failed/unreadable, exit 1


def test_a_file_replaced_by_a_pipe_after_it_was_checked_is_skipped_not_parsed(tmp_path):
    from ingest.worker import process_file
    fifo = tmp_path / "b.txt"
    os.mkfifo(fifo)
    with _fails_if_it_hangs(30):
        outcome = process_file(str(fifo), str(tmp_path), "", 0, 10**6)  # it waited for a writer for good
    assert (outcome.reason, outcome.record) == ("not_a_file", None)


def test_a_changed_file_whose_new_version_hits_a_limit_keeps_its_old_version(archive, tmp_path):
    index = tmp_path / "index"
    ingest(archive, index)
    a = archive / "a.txt"
    a.write_text("Новая редакция отчета\n\n" + "Ассамблея провела форум Жаңалық. " * 40000, encoding="utf-8")
    slow = ingest(archive, index, time_limit=0.0005)  # the new version times out
    report = next(r for r in slow.files if Path(r.path).name == "a.txt")
    assert (report.status, report.reason) == ("failed", "timeout")
    service = SearchService(index)
    assert service.search(SearchRequest("Платонов")).total == 1  # it was deleted with nothing said
    rerun = ingest(archive, index)
    assert statuses(rerun)["a.txt"] == "updated"
    assert service.search(SearchRequest("Платонов")).total == 0
    assert service.search(SearchRequest("Жаңалық")).total == 1


def _good_pdf(archive: Path) -> Path:
    target = archive / "report.pdf"
    shutil.copy(FIXTURES / "two_column.pdf", target)
    return target


# how a file indexed before fails on a re-run: (file, its breaking, the word it had, ingest options)
BROKEN_SINCE = {
    "empty": ("a.txt", lambda path: path.write_bytes(b""), "Платонов", {}),  # a copy that died at once
    "binary": ("a.txt", lambda path: path.write_bytes(bytes(range(256)) * 16), "Платонов", {}),
    "damaged": ("report.pdf", lambda path: path.write_bytes(path.read_bytes()[:700]), "региональных", {}),
    "password_required": ("report.pdf", lambda path: shutil.copy(FIXTURES / "password.pdf", path), "региональных", {}),
    "too_large": ("a.txt", lambda path: path.write_text("Ассамблея форум. " * 80000, encoding="utf-8"), "Платонов",
                  {"size_limit": 1_000_000}),
}


@pytest.mark.parametrize("reason", list(BROKEN_SINCE))
def test_a_file_indexed_before_that_now_fails_keeps_its_last_indexed_version(archive, tmp_path, reason):
    # A file cut short or emptied by a failed copy lost its document without --prune, while the
    # summary said "0 removed" and the failed line named no document
    name, breaking, word, options = BROKEN_SINCE[reason]
    _good_pdf(archive)
    index = tmp_path / "index"
    ingest(archive, index)
    svc = SearchService(index)
    old_id = svc.search(SearchRequest(word)).hits[0].doc_id
    breaking(archive / name)
    for prune in (False, True):  # the second run does not parse it again (remembered as failed, or a limit)
        summary = ingest(archive, index, prune=prune, **options)
        line = next(r for r in summary.files if Path(r.path).name == name)
        assert (line.status, line.reason, line.document_id) == ("failed", reason, old_id), line
        assert line.message.endswith("Its last indexed version stays searchable until the file can be indexed again.")
        assert "1 failed file keeps its last indexed version" in summary.text() and summary.counts["removed"] == 0
        svc.refresh()
        assert [h.doc_id for h in svc.search(SearchRequest(word)).hits] == [old_id]  # it was gone
        assert [Path(p).name for p in svc.document(old_id).paths] == [name]
    (archive / name).write_text("Новая редакция\n\nСлово НОВОЕСЛОВО в отчете.\n", encoding="utf-8")
    assert statuses(ingest(archive, index))[name] == "updated"  # a good version replaces the kept one
    svc.refresh()
    assert svc.search(SearchRequest(word)).total == 0 and svc.search(SearchRequest("НОВОЕСЛОВО")).total == 1
    assert svc.doc_count() == 4


def test_a_failed_file_names_the_document_that_stays_under_a_copy_or_after_a_forced_parse(archive, tmp_path):
    index = tmp_path / "index"
    shutil.copy(archive / "a.txt", archive / "2020" / "copy.txt")
    ingest(archive, index)
    svc = SearchService(index)
    a_id, b_id = (svc.search(SearchRequest(word)).hits[0].doc_id for word in ("Платонов", "Дементьева"))
    (archive / "a.txt").write_bytes(b"")
    line = next(r for r in ingest(archive, index).files if Path(r.path).name == "a.txt")
    assert (line.status, line.reason, line.document_id) == ("failed", "empty", a_id)
    assert line.message.endswith(f"Its last indexed version stays searchable under {archive / '2020' / 'copy.txt'}.")
    forced = ingest(archive, index, force=True, size_limit=40)  # every parse fails now: the documents stay
    line = next(r for r in forced.files if Path(r.path).name == "b.txt")
    assert (line.status, line.reason, line.document_id) == ("failed", "too_large", b_id)
    svc.refresh()
    assert svc.search(SearchRequest("Дементьева")).total == 1 and svc.doc_count() == 3


def test_a_file_indexed_before_that_cannot_be_read_to_check_names_its_kept_document(archive, tmp_path, monkeypatch):
    from ingest import hash_cache

    index = tmp_path / "index"
    ingest(archive, index)
    old_id = SearchService(index).search(SearchRequest("Платонов")).hits[0].doc_id
    os.utime(archive / "a.txt", (1, 1))  # looks changed: the re-run reads it

    def permission_denied(path):
        if Path(path).name == "a.txt":
            raise PermissionError(13, "Permission denied", str(path))
        return real_file_hash(path)

    monkeypatch.setattr(hash_cache, "file_hash", permission_denied)
    line = next(r for r in ingest(archive, index).files if Path(r.path).name == "a.txt")
    assert (line.status, line.reason, line.document_id) == ("failed", "unreadable", old_id)  # it named none
    assert "last indexed version stays searchable" in line.message


def test_prune_keeps_files_that_are_there_but_skipped_by_name(archive, tmp_path):
    index = tmp_path / "index"
    (archive / "notes.md").write_text("Заметки\n\nЖумабеков провел совещание.", encoding="utf-8")
    run_ingest([str(archive), str(archive / "notes.md"), str(archive / ".hidden.txt")],
               IngestOptions(index_dir=index, workers=2))  # named: taken by any extension, hidden or not
    pruned = ingest(archive, index, prune=True)  # found in the folder, both are skipped by name
    lines = [(Path(r.path).name, r.status) for r in pruned.files if Path(r.path).name in ("notes.md", ".hidden.txt")]
    assert sorted(lines) == [(".hidden.txt", "skipped"), ("notes.md", "skipped")]  # and "removed" beside each
    assert pruned.counts["removed"] == 0
    assert SearchService(index).search(SearchRequest("Жумабеков")).total == 1


def test_a_document_left_only_under_a_hidden_file_is_kept_not_parsed_from_it(archive, tmp_path):
    index = tmp_path / "index"
    shutil.copy(archive / "a.txt", archive / ".a.txt")  # a hidden copy, named once: one document, two paths
    run_ingest([str(archive), str(archive / ".a.txt")], IngestOptions(index_dir=index, workers=2))
    (archive / "a.txt").unlink()
    forced = ingest(archive, index, prune=True, force=True)
    names = [Path(r.path).name for r in forced.files]
    assert sorted(names) == sorted(set(names))  # one line a file: the hidden one is not "updated" beside "skipped"
    assert statuses(forced)["a.txt"] == "removed" and statuses(forced)[".a.txt"] == "skipped"
    hits = SearchService(index).search(SearchRequest("Платонов")).hits
    assert [h.paths for h in hits] == [[str(archive / ".a.txt")]]


def test_prune_keeps_a_folder_that_came_back_empty_unless_forced(archive, tmp_path):
    share = tmp_path / "share"  # a network share's mount point
    share.mkdir()
    (share / "d.txt").write_text("Отчет филиала\n\nСовет матерей провел встречу в Актобе.\n", encoding="utf-8")
    index = tmp_path / "index"
    ingest_roots = lambda **kw: run_ingest([str(archive), str(share)], IngestOptions(index_dir=index, workers=2, **kw))  # noqa: E731
    ingest_roots()
    (share / "d.txt").unlink()  # the share is not mounted: its mount point is an empty folder
    (archive / "a.txt").unlink()  # a file really gone
    pruned = ingest_roots(prune=True)
    assert statuses(pruned)["a.txt"] == "removed" and "d.txt" not in statuses(pruned)
    assert "has no files now" in pruned.text() and "--force" in pruned.text() and pruned.exit_code == 0
    assert SearchService(index).search(SearchRequest("Актобе")).total == 1
    forced = ingest_roots(prune=True, force=True)
    assert statuses(forced)["d.txt"] == "removed" and "has no files now" not in forced.text()
    assert SearchService(index).search(SearchRequest("Актобе")).total == 0



def test_prune_keeps_a_subfolder_that_lost_its_files_and_names_the_command_to_prune_it(tmp_path):
    # a NAS share mounted inside the archive's folder, not mounted: its empty mount point under a
    # root that still held most of its files had its 16 documents removed and purged, with no note
    root = tmp_path / "archive"
    (root / "text").mkdir(parents=True)
    (root / "text" / "a.txt").write_text(TEXT_A, encoding="utf-8")
    for n in range(20):  # the root keeps more than half of its files
        (root / "text" / f"note_{n:02d}.txt").write_text(f"Заметка {n}\n\nПротокол заседания номер {n + 100}.\n",
                                                         encoding="utf-8")
    scans = root / "scans_nas"
    scans.mkdir()
    _branch_reports(scans, 16)
    index = tmp_path / "index"
    assert ingest(root, index).counts["indexed"] == 37
    mounted = tmp_path / "nas"
    scans.rename(mounted)
    scans.mkdir()  # the mount point left empty
    (root / "text" / "a.txt").unlink()  # a file really gone beside it
    pruned = ingest(root, index, prune=True)
    assert pruned.counts["removed"] == 1 and pruned.exit_code == 0, pruned.text()
    assert (f"The folder {scans} holds 0 of the 16 files the index has from it now, so --prune keeps the 16 that are "
            f"gone instead of removing them") in pruned.text(), pruned.text()
    command = f"assembly-search ingest {scans} --prune --force --index {index}"
    assert pruned.text().rstrip().endswith(command) or command in pruned.text(), pruned.text()
    assert SearchService(index).search(SearchRequest("Уральск")).total == 1
    back = ingest(root, index, prune=True)  # not mounted still: kept again, and nothing is said twice over
    assert back.counts["removed"] == 0 and "holds 0 of the 16" in back.text()
    # deleted on purpose: the command named prunes the subfolder alone, parsing nothing else
    forced = ingest(scans, index, prune=True, force=True)
    assert forced.counts["removed"] == 16 and forced.counts["indexed"] == 0, forced.text()
    assert SearchService(index).search(SearchRequest("Уральск")).total == 0
    assert SearchService(index).doc_count() == 20
    assert "--prune keeps" not in ingest(root, index, prune=True).text()


def _branch_reports(root: Path, count: int) -> list[Path]:
    """`count` short reports of the archive's branches, each of its own text."""
    cities = ["Актобе", "Атырау", "Караганда", "Костанай", "Павлодар", "Семей", "Тараз", "Уральск", "Шымкент",
              "Кокшетау", "Талдыкорган", "Петропавловск", "Туркестан", "Жезказган", "Экибастуз", "Рудный"]
    paths = []
    for n, city in enumerate(cities[:count]):
        path = root / f"report_{n:02d}.txt"
        path.write_text(f"Отчет филиала {n}\n\nСовет матерей провел встречу в городе {city} в {2000 + n} году.\n",
                        encoding="utf-8")
        paths.append(path)
    return paths


def test_prune_keeps_a_folder_that_lost_most_of_its_files_at_once_unless_forced(tmp_path):
    share = tmp_path / "share"
    share.mkdir()
    reports = _branch_reports(share, 16)
    index = tmp_path / "index"
    assert ingest(share, index).counts["indexed"] == 16
    hidden = tmp_path / "hidden"  # the share is not mounted, or still being copied back from a backup:
    hidden.mkdir()
    for path in reports[1:]:  # one file of the sixteen is there ...
        path.rename(hidden / path.name)
    (share / "NOT_MOUNTED.txt").write_text("НЕ СМОНТИРОВАНО: сетевой ресурс недоступен\n", encoding="utf-8")  # ... and a marker
    pruned = ingest(share, index, prune=True)
    assert pruned.counts["removed"] == 0 and pruned.exit_code == 0
    assert (f"The folder {share} holds 1 of the 16 files the index has from it now, so --prune keeps the 15 that "
            "are gone instead of removing them") in pruned.text() and "run the same command with --force" in pruned.text()
    assert SearchService(index).search(SearchRequest("Уральск")).total == 1
    for path in reports[1:]:  # the share is back: nothing is parsed again
        (hidden / path.name).rename(path)
    (share / "NOT_MOUNTED.txt").unlink()
    back = ingest(share, index, prune=True)
    assert back.counts["indexed"] == 0 and back.counts["unchanged"] == 16 and back.counts["removed"] == 1
    assert "--prune keeps" not in back.text()
    # a takedown of a few files, and files moved within the folder, go through as before
    reports[0].unlink()
    reports[1].unlink()
    (share / "2001").mkdir()
    for path in reports[2:]:
        path.rename(share / "2001" / path.name)
    moved = ingest(share, index, prune=True)
    assert moved.counts["removed"] == 2 and "--prune keeps" not in moved.text()
    # fewer than half left: pruned only with --force
    for path in reports[2:13]:
        (share / "2001" / path.name).unlink()
    kept = ingest(share, index, prune=True)
    assert kept.counts["removed"] == 0 and "holds 3 of the 14 files" in kept.text()
    forced = ingest(share, index, prune=True, force=True)
    assert forced.counts["removed"] == 11 and "--prune keeps" not in forced.text()
    assert SearchService(index).search(SearchRequest("Уральск")).total == 0

def _count_hashing(monkeypatch) -> list[str]:
    """The files the next runs read to hash (ingest.hash_cache hashes in the main process)."""
    from ingest import hash_cache

    read: list[str] = []

    def counting(path):
        read.append(Path(path).name)
        return real_file_hash(path)

    monkeypatch.setattr(hash_cache, "file_hash", counting)
    return read


def _age(root: Path, seconds: float = 3600) -> None:
    """Modification times in the past, as an archive's files have them."""
    past = time.time() - seconds
    for path in root.rglob("*"):
        os.utime(path, (past, past))


def test_a_rerun_reads_only_the_files_whose_size_or_time_changed(archive, tmp_path, monkeypatch):
    index = tmp_path / "index"
    _age(archive)
    read = _count_hashing(monkeypatch)
    ingest(archive, index)
    assert sorted(read) == ["a.txt", "b.txt", "c.txt"]
    read.clear()
    assert statuses(ingest(archive, index))["a.txt"] == "unchanged" and read == []  # nothing read again
    (archive / "2020" / "b.txt").write_bytes(TEXT_A.replace("Платонов", "Буларов").encode("cp1251"))
    os.utime(archive / "a.txt")  # touched, content the same
    got = statuses(ingest(archive, index))
    assert sorted(read) == ["a.txt", "b.txt"] and got["b.txt"] == "updated" and got["a.txt"] == "unchanged"
    read.clear()
    ingest(archive, index)
    assert sorted(read) == ["a.txt", "b.txt"]  # changed moments before they were hashed: not trusted yet
    read.clear()
    ingest(archive, index, force=True)
    assert sorted(read) == ["a.txt", "b.txt", "c.txt"]  # --force reads everything
    assert SearchService(index).search(SearchRequest("Буларов")).total == 1


def test_an_edit_in_place_of_the_same_size_with_its_old_time_set_back_is_read_and_updated(archive, tmp_path,
                                                                                          monkeypatch):
    # a redaction masking each digit with X keeps the size, and `touch -r` the date: the size, mtime
    # and inode said «unchanged», so the ИИН stayed searchable; the ctime, which touch cannot set, moved
    index = tmp_path / "index"
    path = archive / "a.txt"
    path.write_text(TEXT_A + "ИИН 880421450789, тел. 8 701 246 80 13.\n", encoding="utf-8")
    _age(archive)
    ingest(archive, index)
    before = path.stat()
    read = _count_hashing(monkeypatch)
    redacted = path.read_text(encoding="utf-8").replace("880421450789", "X" * 12).replace("8 701 246 80 13", "X XXX XXX XX XX")
    with open(path, "r+b") as fh:  # in place: the same inode
        fh.write(redacted.encode("utf-8"))
        fh.truncate()
    os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns))
    after = path.stat()
    assert (after.st_size, after.st_mtime_ns, after.st_ino) == (before.st_size, before.st_mtime_ns, before.st_ino)
    got = statuses(ingest(archive, index, prune=True))
    assert got["a.txt"] == "updated" and read == ["a.txt"]
    svc = SearchService(index)
    assert svc.search(SearchRequest("880421450789")).total == 0 and svc.search(SearchRequest("Платонов")).total == 1
    # its time set back again with the same bytes: read once more, and still «unchanged»
    read.clear()
    os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns))
    assert statuses(ingest(archive, index))["a.txt"] == "unchanged" and read == ["a.txt"]


def test_a_damaged_hash_cache_only_costs_a_full_read(archive, tmp_path, monkeypatch):
    from ingest.hash_cache import CACHE_FILE

    index = tmp_path / "index"
    _age(archive)
    ingest(archive, index)
    (index / CACHE_FILE).write_text('{"version": 1, "files": {"/x": [1, 2', encoding="utf-8")
    read = _count_hashing(monkeypatch)
    summary = ingest(archive, index)
    assert sorted(read) == ["a.txt", "b.txt", "c.txt"] and summary.exit_code == 0
    assert [statuses(summary)[n] for n in ("a.txt", "b.txt", "c.txt")] == ["unchanged"] * 3


def test_an_index_inside_the_ingested_folder_is_not_ingested(archive):
    index = archive / "index"
    ingest(archive, index)
    summary = ingest(archive, index)
    assert not [r.path for r in summary.files if r.path.startswith(str(index))]
    assert summary.counts["unchanged"] == 3 and summary.counts["skipped"] == 2  # notes.json, .hidden.txt


def test_same_content_under_two_paths_is_one_document(archive, tmp_path):
    index = tmp_path / "index"
    (archive / "copy-of-a.txt").write_bytes((archive / "a.txt").read_bytes())
    ingest(archive, index)
    svc = SearchService(index)
    res = svc.search(SearchRequest("Платонов"))
    assert res.total == 1
    assert sorted(Path(p).name for p in res.hits[0].paths) == ["a.txt", "copy-of-a.txt"]
    (archive / "copy-of-a.txt").unlink()
    ingest(archive, index, prune=True)
    svc.refresh()
    res = svc.search(SearchRequest("Платонов"))
    assert res.total == 1 and [Path(p).name for p in res.hits[0].paths] == ["a.txt"]


def doc_ids(summary) -> dict[str, str]:
    return {Path(r.path).name: r.document_id for r in summary.files if r.document_id}


def former_ids(index: Path, doc_id: str) -> list[str]:
    from index.store import stored_records
    return stored_records(index, [doc_id])[doc_id].former_ids


def test_a_file_edited_in_place_leaves_every_earlier_id_leading_to_its_document(archive, tmp_path):
    # the id is the content's hash: a re-encoded file or a fixed typo got a new id, and every saved
    # link to the old one answered «no such document»
    index = tmp_path / "index"
    first = doc_ids(ingest(archive, index))["b.txt"]
    b = archive / "2020" / "b.txt"
    b.write_bytes(TEXT_B.encode("utf-8"))  # re-encoded from windows-1251: the same text
    summary = ingest(archive, index)
    assert statuses(summary)["b.txt"] == "updated"
    second = doc_ids(summary)["b.txt"]
    b.write_text(TEXT_B.replace("семьями", "семьями и молодежью"), encoding="utf-8")  # an edit
    third = doc_ids(ingest(archive, index))["b.txt"]
    assert len({first, second, third}) == 3
    svc = SearchService(index)
    assert svc.document(first) is None and svc.document(second) is None
    assert svc.current_id(first) == svc.current_id(second) == third  # A -> B -> C keeps A and B
    assert former_ids(index, third) == sorted([first, second])
    assert svc.current_id(third) is None and svc.current_id("0123456789abcdef") is None

    # the chain survives a rename (the stored record written again), --force, and the file edited back
    b.rename(archive / "2020" / "b-renamed.txt")
    assert statuses(ingest(archive, index, prune=True))["b-renamed.txt"] == "unchanged"
    assert former_ids(index, third) == sorted([first, second])
    ingest(archive, index, force=True)
    assert former_ids(index, third) == sorted([first, second])
    (archive / "2020" / "b-renamed.txt").write_bytes(TEXT_B.encode("cp1251"))
    assert doc_ids(ingest(archive, index))["b-renamed.txt"] == first
    svc.refresh()
    assert svc.document(first) is not None and svc.document(third) is None
    assert svc.current_id(second) == svc.current_id(third) == first
    assert former_ids(index, first) == sorted([second, third])  # never itself


def test_an_edited_files_old_id_is_gone_with_the_file_and_stays_with_a_copy(archive, tmp_path):
    index = tmp_path / "index"
    (archive / "copy-of-a.txt").write_bytes((archive / "a.txt").read_bytes())
    ids = doc_ids(ingest(archive, index))
    a, c = ids["a.txt"], ids["c.txt"]
    # the copy still holds the old content: its id is still a document, not replaced
    (archive / "a.txt").write_text(TEXT_A + "\nДополнение к отчету.\n", encoding="utf-8")
    edited = doc_ids(ingest(archive, index))["a.txt"]
    svc = SearchService(index)
    assert svc.document(a) is not None and former_ids(index, edited) == []
    # the copy overwritten by another file's content: a copy of that document, not a new version
    # of this one, so the old id leads nowhere (it led to the unrelated document c)
    (archive / "copy-of-a.txt").write_bytes((archive / "2020" / "c.txt").read_bytes())
    assert doc_ids(ingest(archive, index))["copy-of-a.txt"] == c
    svc.refresh()
    assert svc.document(a) is None and svc.current_id(a) is None and former_ids(index, c) == []
    # a file deleted and pruned: its id leads nowhere, and neither do the ids it answered for
    (archive / "a.txt").write_text(TEXT_A + "\nВторое дополнение.\n", encoding="utf-8")
    newest = doc_ids(ingest(archive, index))["a.txt"]
    assert former_ids(index, newest) == [edited]
    (archive / "a.txt").unlink()
    ingest(archive, index, prune=True)
    svc.refresh()
    assert svc.current_id(edited) is None and svc.current_id(newest) is None and svc.document(newest) is None


def test_broken_files_are_reported_and_the_batch_goes_on(archive, tmp_path):
    index = tmp_path / "index"
    (archive / "empty.txt").write_bytes(b"")
    (archive / "garbage.txt").write_bytes(os.urandom(4000))
    (archive / "truncated.pdf").write_bytes(b"%PDF-1.4\n1 0 obj << /Type /Catalog")
    report = tmp_path / "report.jsonl"
    summary = ingest(archive, index, report_path=report)
    got = statuses(summary)
    assert got["empty.txt"] == got["garbage.txt"] == got["truncated.pdf"] == "failed"
    assert got["a.txt"] == "indexed"
    assert summary.exit_code == 1
    lines = [json.loads(line) for line in report.read_text("utf-8").splitlines()]
    by_name = {Path(r["path"]).name: r for r in lines}
    assert by_name["truncated.pdf"]["reason"] == "damaged"
    assert by_name["empty.txt"]["reason"] == "empty"
    assert by_name["a.txt"]["document_id"] and by_name["a.txt"]["format"] == "txt"
    assert all(r["message"] and "Traceback" not in r["message"] for r in lines if r["status"] == "failed")


REPORT_FACTS = ("document_id", "format", "language", "encoding", "pages", "characters")


def _report_lines(report: Path) -> dict[str, dict]:
    return {Path(r["path"]).name: r for r in map(json.loads, report.read_text("utf-8").splitlines())}


def test_a_files_report_line_keeps_its_fields_on_a_rerun_and_every_message_is_a_sentence(archive, tmp_path):
    # unchanged and removed lines had format, language, encoding, pages and characters all null,
    # a failed .pdf a null format, and a skipped file's message was a lowercase fragment
    shutil.copy(FIXTURES / "two_column.pdf", archive / "columns.pdf")
    (archive / "truncated.pdf").write_bytes((FIXTURES / "two_column.pdf").read_bytes()[:700])
    index, report = tmp_path / "index", tmp_path / "report.jsonl"
    ingest(archive, index, report_path=report)
    first = _report_lines(report)
    assert first["columns.pdf"]["pages"] == 3 and first["b.txt"]["encoding"] == "cp1251"
    (archive / "2020" / "c.txt").unlink()
    ingest(archive, index, report_path=report)
    again = _report_lines(report)
    assert again["a.txt"]["status"] == again["columns.pdf"]["status"] == "unchanged"
    for name in ("a.txt", "b.txt", "columns.pdf"):
        assert {k: again[name][k] for k in REPORT_FACTS} == {k: first[name][k] for k in REPORT_FACTS}
    ingest(archive, index, prune=True, report_path=report)
    removed = _report_lines(report)["c.txt"]
    assert removed["status"] == "removed"
    assert {k: removed[k] for k in REPORT_FACTS} == {k: first["c.txt"][k] for k in REPORT_FACTS}
    # a failed file's format, as its bytes and name say: the same when the re-run does not read it again
    assert first["truncated.pdf"]["format"] == again["truncated.pdf"]["format"] == "pdf"
    assert "not read again" in again["truncated.pdf"]["message"]
    messages = [r["message"] for r in (*first.values(), *again.values()) if r["message"]]
    assert "Not a supported format (.json)." in messages
    assert all(m[0].isupper() and m.endswith(".") for m in messages), messages


def test_a_file_indexed_with_a_repair_says_so_in_the_report(archive, tmp_path):
    good = ("Депутат Мажилиса А. Платонов отметил важность работы Ассамблеи народа Казахстана. " * 10).encode()
    (archive / "flipped.txt").write_bytes(good[:200] + b"\xff" + good[201:])  # one damaged byte
    report = tmp_path / "report.jsonl"
    ingest(archive, tmp_path / "index", report_path=report)
    by_name = {Path(r["path"]).name: r for r in map(json.loads, report.read_text("utf-8").splitlines())}
    assert by_name["flipped.txt"]["status"] == "indexed" and by_name["flipped.txt"]["encoding"] == "utf-8"
    assert any("broken UTF-8" in w for w in by_name["flipped.txt"]["warnings"])
    assert by_name["a.txt"]["warnings"] == []


def test_force_reparses_everything(archive, tmp_path):
    index = tmp_path / "index"
    ingest(archive, index)
    forced = ingest(archive, index, force=True)
    assert {s for n, s in statuses(forced).items() if n.endswith(".txt") and n != ".hidden.txt"} == {"updated"}
    assert SearchService(index).doc_count() == 3


def test_force_without_prune_keeps_the_document_of_a_file_gone_since(archive, tmp_path):
    # --force dropped it without a word: it had no file to parse again, and only --prune removes
    index = tmp_path / "index"
    ingest(archive, index)
    (archive / "2020" / "c.txt").unlink()
    forced = ingest(archive, index, force=True)
    assert statuses(forced)["c.txt"] == "gone" and forced.counts.get("removed", 0) == 0
    svc = SearchService(index)
    try:
        assert svc.doc_count() == 3 and svc.search(SearchRequest("Павлодарской")).total == 1
    finally:
        svc.close()
    pruned = ingest(archive, index, force=True, prune=True)
    assert statuses(pruned)["c.txt"] == "removed" and SearchService(index).doc_count() == 2


def _cli(*args: str, **kw) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "assembly_search.cli", *args], capture_output=True, text=True, **kw)


def test_invisible_and_control_characters_of_a_file_name_are_shown_escaped(tmp_path):
    # C0 controls were escaped, but a C1 CSI (U+009B) and a right-to-left override (U+202E, which
    # shows `bidi\u202eFDP.exe.txt` as `biditxt.exe.PDF`) reached the terminal raw
    import unicodedata

    archive = tmp_path / "archive"
    archive.mkdir()
    names = {"c0\x1b[31mred.txt": r"c0\x1b[31mred.txt", "c1\x9b31mred.txt": r"c1\x9b31mred.txt",
             "bidi\u202eFDP.exe.txt": r"bidi\u202eFDP.exe.txt", "zero\u200bwidth.txt": r"zero\u200bwidth.txt"}
    for name in names:
        (archive / name).write_bytes(b"")  # empty: a failed line names each
    run = _cli("ingest", str(archive), "--index", str(tmp_path / "index"))
    failed = sorted(line for line in run.stderr.splitlines() if line.startswith("failed:"))
    assert failed == sorted(f"failed: {archive}/{shown}: The file is empty (zero bytes)." for shown in names.values())
    from index.paths import CONTROL_CHARS
    assert all(CONTROL_CHARS.fullmatch(chr(c)) for c in range(0x110000)
               if unicodedata.category(chr(c)) in ("Cc", "Cf")), "every control and format character"


def test_cli_exit_codes(archive, tmp_path):
    index = tmp_path / "index"
    ok = _cli("ingest", str(archive), "--index", str(index))
    assert ok.returncode == 0, ok.stderr
    assert "3 indexed" in ok.stdout
    usage = _cli("ingest", str(tmp_path / "nope"), "--index", str(index))
    assert usage.returncode == 2 and "no such file" in usage.stderr
    (archive / "empty.txt").write_bytes(b"")
    partial = _cli("ingest", str(archive), "--index", str(index))
    assert partial.returncode == 1 and "empty.txt" in partial.stderr


@pytest.mark.parametrize("extra, says", [
    (["--workers", "-1"], "--workers: -1 is too small"),
    (["--workers", "1000"], "--workers: 1000 is too large"),  # a thousand processes, each with its tables
    (["--commit-every", "0"], "--commit-every: 0 is too small"),
    (["--size-limit", "-5"], "--size-limit: -5 is too small"),
    (["--time-limit", "soon"], "--time-limit: 'soon' is not a number"),
    (["--report", "{tmp}/no-such-folder/report.jsonl"], "does not exist"),
    (["--report", "{tmp}"], "is a folder"),
    (["--report", "{tmp}/archive/a.txt"], "would overwrite a file in the folders being ingested"),
    (["--size-limit", "inf"], "--size-limit: inf is not a finite number"),
    (["--memory-limit", "nan"], "--memory-limit: nan is not a finite number"),  # nan meant no limit
    (["--time-limit", "1e10"], "--time-limit: 1e10 is too large"),  # every file failed: a timer overflowed
    (["--index", ""], "--index: is empty"),  # the current folder: an unset variable in a script
    (["--index", "{tmp}/archive"], "is, or holds, the folder to ingest"),  # read nothing, wrote into the archive
    (["--index", "{tmp}"], "is, or holds, the folder to ingest"),
])
def test_cli_rejects_bad_options_before_any_work(archive, tmp_path, extra, says):
    index = tmp_path / "index"
    run = _cli("ingest", str(archive), "--index", str(index), *[e.format(tmp=tmp_path) for e in extra])
    assert run.returncode == 2 and says in run.stderr and "Traceback" not in run.stderr, run.stderr
    assert not index.exists()  # nothing was read or written


def test_a_report_may_overwrite_an_earlier_report_in_the_archive_but_no_document(archive, tmp_path):
    index, report = tmp_path / "index", archive / "report.txt"  # .txt: a report the archive would ingest
    before = (archive / "a.txt").read_bytes()
    assert _cli("ingest", str(archive), "--index", str(index), "--report", str(archive / "a.txt")).returncode == 2
    assert (archive / "a.txt").read_bytes() == before
    (archive / "blank.txt").write_bytes(b"")  # an empty file of the archive is the archive's, not a report
    blank = _cli("ingest", str(archive), "--index", str(index), "--report", str(archive / "blank.txt"))
    assert blank.returncode == 2 and "would overwrite" in blank.stderr and (archive / "blank.txt").read_bytes() == b""
    (archive / "blank.txt").unlink()
    (tmp_path / "index.txt").write_text("", encoding="utf-8")
    refused = _cli("ingest", str(archive), "--index", str(tmp_path / "index.txt"), "--report", str(tmp_path / "r.jsonl"))
    assert refused.returncode == 2 and not (tmp_path / "r.jsonl").exists()  # no empty report left behind
    for _ in range(2):  # the second run overwrites the first run's report
        run = _cli("ingest", str(archive), "--index", str(index), "--report", str(report))
        assert run.returncode == 0, run.stderr
    lines = [json.loads(line) for line in report.read_text(encoding="utf-8").splitlines()]
    assert "unchanged" in {line["status"] for line in lines}
    assert not any(line["path"].endswith("report.txt") for line in lines)  # no document of the archive


def test_writer_processes_are_no_more_than_cores(tmp_path, monkeypatch):
    from ingest import pipeline

    monkeypatch.setattr(pipeline.os, "cpu_count", lambda: 2)
    writer = pipeline._Writer(IngestOptions(index_dir=tmp_path / "index", workers=8), print)
    try:
        assert writer.iw.procs == 2  # eight parsers, for a slow share; two writers, one per core
    finally:
        writer.abort()


def test_an_index_folder_that_cannot_be_one_is_a_usage_error(archive, tmp_path):
    not_a_folder = tmp_path / "index.txt"
    not_a_folder.write_text("notes", encoding="utf-8")
    run = _cli("ingest", str(archive), "--index", str(not_a_folder))
    assert run.returncode == 2 and "is a file" in run.stderr and "Traceback" not in run.stderr, run.stderr
    assert "Checking" not in run.stderr  # said before the files are read
    assert not_a_folder.read_text(encoding="utf-8") == "notes"
    blocked = _cli("ingest", str(archive), "--index", str(not_a_folder / "index"))
    assert blocked.returncode == 2 and f"cannot hold an index: {not_a_folder} is a file, not a folder" in blocked.stderr, \
        blocked.stderr


def test_a_report_that_cannot_be_written_at_the_end_fails_the_run_not_the_index(archive, tmp_path):
    report = tmp_path / "reports" / "run.jsonl"
    report.parent.mkdir()
    summary = ingest(archive, tmp_path / "index", report_path=report)
    assert summary.report_error is None and summary.exit_code == 0
    report.parent.rename(tmp_path / "moved")  # gone by the time the next run writes it
    summary = ingest(archive, tmp_path / "index", report_path=report)
    assert summary.exit_code == 1 and "could not be written" in summary.text()
    assert SearchService(tmp_path / "index").doc_count() == 3


# --report PATH renamed a temporary file over PATH: a link, a device or a pipe there became a
# regular file (as root `--report /dev/stdout` or `/dev/null` broke them for the whole machine).
# Stand-ins in tmp_path only, never the real /dev.

def test_a_report_path_that_is_a_link_is_written_through_and_stays_a_link(archive, tmp_path):
    shared = tmp_path / "shared" / "latest.jsonl"
    shared.parent.mkdir()
    shared.write_text("old\n", encoding="utf-8")
    link = tmp_path / "report.jsonl"
    link.symlink_to(shared)
    assert ingest(archive, tmp_path / "index", report_path=link).exit_code == 0
    assert link.is_symlink() and os.readlink(link) == str(shared)
    assert {r["status"] for r in _report_lines(shared).values()} == {"indexed", "skipped"}
    assert [p.name for p in shared.parent.iterdir()] == ["latest.jsonl"]  # no temporary file left
    new_link = tmp_path / "new.jsonl"  # a link to a report not written yet: made at its target
    new_link.symlink_to(shared.parent / "next.jsonl")
    run = _cli("ingest", str(archive), "--index", str(tmp_path / "index"), "--report", str(new_link))
    assert run.returncode == 0, run.stderr
    assert new_link.is_symlink() and _report_lines(shared.parent / "next.jsonl")["a.txt"]["status"] == "unchanged"
    lost = tmp_path / "lost.jsonl"  # a link into a folder not there: refused before the batch, as a path is
    lost.symlink_to(tmp_path / "gone" / "report.jsonl")
    run = _cli("ingest", str(archive), "--index", str(tmp_path / "index"), "--report", str(lost))
    assert run.returncode == 2 and f"folder {tmp_path / 'gone'} does not exist" in run.stderr, run.stderr


def test_a_report_path_that_is_a_pipe_is_written_into_and_stays_a_pipe(archive, tmp_path):
    fifo = tmp_path / "report.fifo"
    os.mkfifo(fifo)
    got = []
    reader = threading.Thread(target=lambda: got.append(fifo.read_text(encoding="utf-8")), daemon=True)
    reader.start()
    summary = ingest(archive, tmp_path / "index", report_path=fifo)
    reader.join(timeout=30)
    assert summary.exit_code == 0 and summary.report_error is None
    assert fifo.is_fifo()
    assert {Path(json.loads(line)["path"]).name for line in got[0].splitlines()} >= {"a.txt", "b.txt", "c.txt"}


def test_report_to_stdout_as_a_link_gives_json_lines_on_stdout_and_the_summary_on_stderr(archive, tmp_path):
    my_stdout = tmp_path / "my_stdout"  # what /dev/stdout is
    my_stdout.symlink_to("/proc/self/fd/1")
    run = _cli("ingest", str(archive), "--index", str(tmp_path / "index"), "--report", str(my_stdout))
    assert run.returncode == 0, run.stderr
    assert my_stdout.is_symlink() and os.readlink(my_stdout) == "/proc/self/fd/1"
    assert {Path(json.loads(line)["path"]).name for line in run.stdout.splitlines()} >= {"a.txt", "b.txt", "c.txt"}
    assert "Ingest finished" in run.stderr
    # stdout appended to a log file (cron): the report goes into the log, in order, not over it
    log = tmp_path / "ingest.log"
    log.write_text("earlier run\n", encoding="utf-8")
    with open(log, "a", encoding="utf-8") as out:
        run = subprocess.run([sys.executable, "-m", "assembly_search.cli", "ingest", str(archive), "--index",
                              str(tmp_path / "index"), "--report", str(my_stdout)], stdout=out, stderr=out, text=True)
    assert run.returncode == 0
    lines = log.read_text(encoding="utf-8").splitlines()
    reported = [n for n, line in enumerate(lines) if line.startswith('{"path"')]
    assert lines[0] == "earlier run" and len(reported) >= 3
    assert any(line.startswith("Ingest finished") for line in lines[reported[-1]:])  # after the report


def test_report_dash_is_standard_output_not_a_file_named_dash(archive, tmp_path):
    run = subprocess.run([sys.executable, "-m", "assembly_search.cli", "ingest", str(archive), "--index",
                          str(tmp_path / "index"), "--report", "-"], cwd=tmp_path, capture_output=True, text=True,
                         env={**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[1])})
    assert run.returncode == 0, run.stderr
    assert not (tmp_path / "-").exists()
    assert {Path(json.loads(line)["path"]).name for line in run.stdout.splitlines()} >= {"a.txt", "b.txt", "c.txt"}
    assert "Ingest finished" in run.stderr


needs_root = pytest.mark.skipif(os.geteuid() != 0, reason="mknod needs root")


@needs_root
@pytest.mark.parametrize("device, written", [((1, 3), True), ((1, 7), False)])  # a null device; a full one
def test_a_report_path_that_is_a_device_is_written_into_and_never_replaced_or_removed(archive, tmp_path, device,
                                                                                       written):
    node = tmp_path / "device"
    os.mknod(node, 0o666 | 0o020000, os.makedev(*device))  # S_IFCHR
    summary = ingest(archive, tmp_path / "index", report_path=node)
    assert node.is_char_device() and os.major(node.stat().st_rdev) == device[0]
    assert os.minor(node.stat().st_rdev) == device[1]
    assert (summary.report_error is None) == written, summary.report_error
    assert list(tmp_path.glob(".device*")) == []


def test_stopping_while_files_are_hashed_changes_nothing(archive, tmp_path, monkeypatch):
    index = tmp_path / "index"
    assert ingest(archive, index).exit_code == 0
    import ingest.hash_cache as hash_cache

    hashed = []

    def hash_then_ctrl_c(path):
        hashed.append(path)
        if len(hashed) == 1:
            os.kill(os.getpid(), signal.SIGINT)  # the first Ctrl-C asks the batch to stop
        return real_file_hash(path)

    monkeypatch.setattr(hash_cache, "file_hash", hash_then_ctrl_c)
    summary = ingest(archive, index, prune=True)
    assert summary.interrupted and summary.exit_code == 130
    assert len(hashed) == 1  # the other files were not read
    # files not hashed yet must not look changed or gone: every document stays
    assert SearchService(index).doc_count() == 3
    monkeypatch.undo()
    rerun = statuses(ingest(archive, index))
    assert [rerun[name] for name in ("a.txt", "b.txt", "c.txt")] == ["unchanged"] * 3


def _many_reports(root: Path, count: int, heading: str, lead: str = "") -> Path:
    """`count` distinct short reports, enough for an ingest to run a few seconds."""
    root.mkdir()
    for i in range(count):
        words = " ".join(f"слово{i}x{j}" for j in range(300))
        (root / f"doc{i:04d}.txt").write_text(f"{heading} {i}\n\n{lead}{words}\n", encoding="utf-8")
    return root


def _ingest_cmd(root: Path, index: Path, *extra: str) -> list[str]:
    return [sys.executable, "-m", "assembly_search.cli", "ingest", str(root), "--index", str(index), *extra]


def _group_alive(pgid: int) -> bool:
    try:
        os.killpg(pgid, 0)
        return True
    except ProcessLookupError:
        return False


def _wait_for_a_commit(index: Path, timeout: float = 60) -> None:
    """Until a table of contents past generation 0 (the empty index) is written."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline and not [t for t in index.glob("_MAIN_*.toc") if t.stem != "_MAIN_0"]:
        time.sleep(0.05)


def test_kill_minus_nine_then_rerun_gives_the_same_documents(tmp_path):
    root = _many_reports(tmp_path / "many", 400, "Документ номер")
    killed_index, clean_index = tmp_path / "killed", tmp_path / "clean"
    env = dict(os.environ, PYTHONPATH=os.getcwd())
    proc = subprocess.Popen(_ingest_cmd(root, killed_index, "--commit-every", "50"), stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL, env=env, start_new_session=True)
    # after at least one commit, kill the whole group (workers and writers too) without warning
    _wait_for_a_commit(killed_index)
    time.sleep(0.3)
    assert proc.poll() is None, "the ingest finished before it could be killed"
    os.killpg(proc.pid, signal.SIGKILL)
    proc.wait()
    partial = SearchService(killed_index).doc_count()
    assert 0 < partial < 400
    rerun = _cli("ingest", str(root), "--index", str(killed_index), env=env)
    assert rerun.returncode == 0, rerun.stderr
    _cli("ingest", str(root), "--index", str(clean_index), env=env)
    killed, clean = SearchService(killed_index), SearchService(clean_index)
    assert killed.doc_count() == clean.doc_count() == 400
    assert killed.search(SearchRequest("Документ", per_page=1)).total == 400


def test_kill_minus_nine_of_the_main_process_leaves_no_worker_behind(tmp_path):
    # The OOM killer or `kill -9 PID` ends only the main process. Parser and writer processes
    # left behind would hold the index's locks, and the next ingest would wait forever.
    index = tmp_path / "index"
    env = dict(os.environ, PYTHONPATH=os.getcwd())
    cmd = _ingest_cmd(_many_reports(tmp_path / "many", 400, "Справка"), index, "--commit-every", "50")
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env, start_new_session=True)
    _wait_for_a_commit(index)
    assert proc.poll() is None, "the ingest finished before it could be killed"
    proc.kill()  # the main process only, not its group
    proc.wait()

    deadline = time.monotonic() + 10
    while _group_alive(proc.pid) and time.monotonic() < deadline:
        time.sleep(0.1)
    alive = _group_alive(proc.pid)
    if alive:
        os.killpg(proc.pid, signal.SIGKILL)
    assert not alive, "worker processes outlived the killed ingest"
    rerun = subprocess.run(cmd, capture_output=True, text=True, env=env, timeout=120)
    assert rerun.returncode == 0, rerun.stderr
    assert "waiting" not in rerun.stderr
    assert SearchService(index).doc_count() == 400


def test_time_and_size_limits_fail_the_file_not_the_batch(archive, tmp_path):
    index = tmp_path / "index"
    big = archive / "big.txt"
    big.write_text("Ассамблея народа Казахстана. " * 40000, encoding="utf-8")  # about 1.3 MB
    summary = ingest(archive, index, size_limit=1_000_000)
    by_name = {Path(r.path).name: r for r in summary.files}
    assert by_name["big.txt"].status == "failed" and by_name["big.txt"].reason == "too_large"
    assert by_name["a.txt"].status == "indexed"

    slow = ingest(archive, tmp_path / "index2", time_limit=0.0005)
    reasons = {Path(r.path).name: r.reason for r in slow.files if r.status == "failed"}
    assert reasons.get("big.txt") == "timeout"
    assert slow.counts["failed"] + slow.counts["indexed"] + slow.counts["skipped"] == len(slow.files)


def test_the_time_limit_stops_a_long_pdf_and_is_no_damage_or_lost_page(tmp_path):
    from tests.conftest import make_pdfs_module

    mk = make_pdfs_module()
    archive = tmp_path / "archive"
    archive.mkdir()
    (archive / "short.txt").write_text("Справка\n\nАссамблея народа Казахстана провела заседание.", encoding="utf-8")
    pdf = mk.MiniPdf()
    for n in range(60):  # about 2 s of pdfminer's layout analysis on this machine
        pdf.page([(56, mk.H - 80 - 14 * i, 10, f"Страница{n:03}маркер строка {i} отчета Ассамблеи народа")
                  for i in range(50)])
    pdf.save(archive / "book.pdf")
    summary = ingest(archive, tmp_path / "index", time_limit=0.3)
    by_name = {Path(r.path).name: r for r in summary.files}
    # pdfminer's handlers for a broken page took the limit for one: "indexed" minus a page, or
    # "damaged" (and remembered as such)
    assert (by_name["book.pdf"].status, by_name["book.pdf"].reason) == ("failed", "timeout")
    assert by_name["short.txt"].status == "indexed"
    rerun = ingest(archive, tmp_path / "index")  # a limit is no verdict on the file: tried again
    assert {Path(r.path).name: r.status for r in rerun.files}["book.pdf"] == "indexed"
    service = SearchService(tmp_path / "index")
    assert all(service.search(SearchRequest(f"Страница{n:03}маркер")).total == 1 for n in (0, 31, 59))


def test_a_file_needing_more_memory_than_a_parser_may_use_fails_alone(archive, tmp_path):
    sentence = "Депутат {} отметил важность работы Ассамблеи народа Казахстана в регионе {}. "
    book = "".join(sentence.format(f"Иванов{i % 997}", i) + ("\n\n" if i % 7 == 0 else "") for i in range(110_000))
    (archive / "book.txt").write_text(book, encoding="utf-8")  # about 17 MB: some 1 GB while parsed
    summary = ingest(archive, tmp_path / "index", memory_limit=400 * 2**20)
    by_name = {Path(r.path).name: r for r in summary.files}
    assert by_name["book.txt"].status == "failed" and by_name["book.txt"].reason == "too_large"
    # the limit in force and where to raise it (the default is a share of the machine's memory)
    assert by_name["book.txt"].message == ("The file needs more memory than the 400 MB a parser process may use; a "
                                           "higher limit (--memory-limit or $ASSEMBLY_SEARCH_MEMORY_LIMIT_MB, in MB) "
                                           "may let it through.")
    assert [by_name[n].status for n in ("a.txt", "b.txt", "c.txt")] == ["indexed"] * 3


def _file_size_limit(limit: int):
    """For a child process: files cannot grow past `limit` bytes (a write fails, as on a full disk)."""
    def apply():
        import resource

        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a failed write, not a killed process
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
    return apply


@pytest.mark.parametrize("workers", ["1", "2"])
def test_a_failed_write_to_the_index_stops_with_one_sentence_and_a_rerun_finishes(tmp_path, workers):
    root = tmp_path / "many"
    root.mkdir()
    for i in range(60):  # parsed first (the largest files go first), and small segments: committed
        (root / f"long{i:03d}.txt").write_text(f"Протокол {i}\n\n" + "заседание Ассамблеи народа " * 400, "utf-8")
    for i in range(60):  # every word new: a commit of them writes segment files past the limit
        (root / f"doc{i:03d}.txt").write_text(f"Записка {i}\n\n" + " ".join(f"слово{i}x{j}" for j in range(300)),
                                              "utf-8")
    index, report = tmp_path / "index", tmp_path / "report.jsonl"
    cmd = _ingest_cmd(root, index, "--workers", workers, "--commit-every", "20", "--report", str(report))
    env = dict(os.environ, PYTHONPATH=os.getcwd())
    failed = subprocess.run(cmd, capture_output=True, text=True, env=env, preexec_fn=_file_size_limit(3 * 1024 * 1024),
                            timeout=180)  # a hang fails the test instead of the whole suite
    assert failed.returncode == 1 and "Traceback" not in failed.stderr, failed.stderr
    message = [line for line in failed.stderr.splitlines() if line.startswith("assembly-search:")]
    assert len(message) == 1 and "not saved" in message[0] and "run the same command again" in message[0]
    # the report accounts for every file, and says indexed of exactly what the index holds
    lines = [json.loads(line) for line in report.read_text("utf-8").splitlines()]
    assert sorted(Path(line["path"]).name for line in lines) == sorted(p.name for p in root.iterdir())
    got = Counter((line["status"], line["reason"]) for line in lines)
    committed = SearchService(index).doc_count()
    assert got[("indexed", None)] == committed and 0 < committed < 120, got
    assert got[("failed", "not_saved")] > 0 and set(got) <= {("indexed", None), ("failed", "not_saved"),
                                                              ("skipped", "not_reached")}, got
    assert f"{committed} indexed" in failed.stdout and "not_saved" in failed.stdout
    # the unfinished segments' files are gone: on a full disk they held the space a re-run needs
    assert not [p.name for p in index.iterdir() if p.suffix in (".pst", ".trm", ".col")]
    rerun = subprocess.run(cmd, capture_output=True, text=True, env=env, timeout=180)
    assert rerun.returncode == 0, rerun.stderr
    assert f"{120 - committed} indexed" in rerun.stdout and f"{committed} unchanged" in rerun.stdout
    assert SearchService(index).doc_count() == 120


@pytest.fixture()
def small_disk(tmp_path):
    """A 600 KB tmpfs: a disk that fills up during a batch."""
    with small_tmpfs(tmp_path / "small", "600k") as disk:
        yield disk


_PHRASES = ["Ассамблея народа Казахстана провела заседание", "Совет матерей обсудил вопросы воспитания",
            "В Павлодаре прошёл форум волонтёров", "Председатель подчеркнул важность межэтнического согласия",
            "Молодёжь приняла участие в акции", "Дом дружбы открыл новые кружки"]


def test_a_full_disk_under_two_writers_says_the_disk_is_full_and_a_rerun_after_freeing_space_finishes(tmp_path,
                                                                                                       small_disk):
    # one writer process's cleanup after its full disk removed the temporary folder the others
    # shared: the batch stopped with «failed (No such file or directory)» and no word of the disk
    root, index = tmp_path / "many", small_disk / "index"
    for i in range(300):  # 24 KB each, phrases in a random order: as an archivist's tester made them
        rnd = random.Random(i)
        lines = [f"Отчёт {i}", "12 марта 2019 г.", ""] + [f"{rnd.choice(_PHRASES)} ({i} {j}), и участники отметили "
                                                         f"успехи работы. Уникальное слово уник{i * 7919}." for j in range(6)]
        doc = root / f"d{i % 10}" / f"f{i:04d}.txt"
        doc.parent.mkdir(parents=True, exist_ok=True)
        doc.write_text(("\n".join(lines) + "\n") * 20, encoding="utf-8")
    cmd = _ingest_cmd(root, index, "--workers", "2")
    env = dict(os.environ, PYTHONPATH=os.getcwd())
    for _ in range(3):  # the lost temporary folder came first in 3 runs of 4
        full = subprocess.run(cmd, capture_output=True, text=True, env=env, timeout=180)
        assert full.returncode == 1 and "Traceback" not in full.stderr, full.stderr
        message = [line for line in full.stderr.splitlines() if line.startswith("assembly-search:")]
        assert message == [f"assembly-search: Stopped: the disk holding the index at {index} is full; what was "
                           "committed before is kept, the files since the last commit were not saved; free some "
                           "space and run the same command again to finish the batch."], full.stderr
        assert not (index / "MAIN.tmp").exists()
    subprocess.run(["mount", "-o", "remount,size=200m", str(small_disk)], check=True)  # space freed
    rerun = subprocess.run(cmd, capture_output=True, text=True, env=env, timeout=180)
    assert rerun.returncode == 0, rerun.stderr
    assert SearchService(index).doc_count() == 300



def test_a_purge_the_disk_has_no_room_for_says_the_batch_is_committed_and_the_text_not_purged(tmp_path):
    # it said «the files since the last commit were not saved» of a batch all committed, and not
    # that the removed documents' text stayed in the index's files: the step a takedown needs
    from index.store import open_index

    root = tmp_path / "many"
    root.mkdir()
    for i in range(60):
        (root / f"doc{i:03d}.txt").write_text(f"Отчет филиала {i}\n\n" + " ".join(_PHRASES[(i + j) % 6] + "."
                                              for j in range(40)) + f" Особое слово метка{i}.\n", encoding="utf-8")
    with small_tmpfs(tmp_path / "disk", "4m") as disk:
        index = disk / "index"
        first = run_ingest([str(root)], IngestOptions(index_dir=index, workers=1, batch_size=1000, commit_seconds=600))
        assert first.counts["indexed"] == 60
        segment = sum(p.stat().st_size for p in index.glob("*.seg"))  # one segment of about 400 KB
        free = os.statvfs(disk).f_bavail * os.statvfs(disk).f_frsize
        filler = disk / "filler"
        filler.write_bytes(b"\0" * (free - segment * 3 // 4))  # room for a commit, not for the segment rewritten
        for n in range(5):  # a takedown
            (root / f"doc{n:03d}.txt").unlink()
        pruned = run_ingest([str(root)], IngestOptions(index_dir=index, workers=1, prune=True))
        assert pruned.exit_code == 1 and pruned.counts["removed"] == 5
        assert pruned.text().startswith("Ingest finished") and "not saved" not in pruned.write_error
        assert re.fullmatch(
            f"Stopped: the disk holding the index at {re.escape(str(index))} is full; the changes of this run are "
            r"committed and search no longer finds the documents removed or replaced, but their text was not purged "
            r"from the index's files \(purging needs about \d+ MB free there\); free some space and run the same "
            r"command again to purge it\.", pruned.write_error)
        assert SearchService(index).search(SearchRequest("метка3")).total == 0
        with open_index(index).reader() as reader:
            assert reader.doc_count_all() > reader.doc_count()  # the records' text is still in the files
        filler.unlink()
        again = run_ingest([str(root)], IngestOptions(index_dir=index, workers=1, prune=True))
        assert again.exit_code == 0 and again.write_error is None
        with open_index(index).reader() as reader:
            assert reader.doc_count_all() == reader.doc_count()

def test_a_second_ingest_waits_for_the_first(tmp_path):
    index = tmp_path / "index"
    env = dict(os.environ, PYTHONPATH=os.getcwd())
    cmd = _ingest_cmd(_many_reports(tmp_path / "many", 300, "Отчет"), index)
    first = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and not (index / "assembly-search.lock").exists():
        time.sleep(0.02)
    second = subprocess.run(cmd, capture_output=True, text=True, env=env)
    out, err = first.communicate(timeout=300)
    assert first.returncode == 0, err
    assert second.returncode == 0, second.stderr
    assert "waiting" in second.stderr
    assert "300 unchanged" in second.stdout  # it planned after the first had finished
    assert SearchService(index).doc_count() == 300


# another writing session on the index, in a process of its own, holding its lock until killed
_HOLD_THE_LOCK = """
import sys, time
from pathlib import Path
from index.store import SessionLock
SessionLock(Path(sys.argv[1]), timeout=0, on_wait=None)
print("holding", flush=True)
time.sleep(120)
"""


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGHUP, signal.SIGINT])
def test_an_ingest_waiting_for_the_lock_stops_on_sigterm_as_on_ctrl_c(tmp_path, signum):
    # SIGTERM killed the waiting ingest without a word (exit -15, 143 in a shell); Ctrl-C gave 130
    index = tmp_path / "index"
    env = dict(os.environ, PYTHONPATH=os.getcwd())
    holder = subprocess.Popen([sys.executable, "-c", _HOLD_THE_LOCK, str(index)], stdout=subprocess.PIPE, text=True,
                              env=env)
    try:
        assert holder.stdout.readline().strip() == "holding"
        waiting = subprocess.Popen(_ingest_cmd(_many_reports(tmp_path / "few", 3, "Отчет"), index),
                                   stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and "waiting" not in (waiting.stderr.readline() or "waiting"):
            pass
        assert waiting.poll() is None, "the second ingest did not wait"
        waiting.send_signal(signum)
        out, err = waiting.communicate(timeout=10)
    finally:
        holder.kill()
        holder.wait()
    assert waiting.returncode == 130, err
    assert err.strip() == "assembly-search: interrupted; everything committed so far is kept."
    assert not (index / "_MAIN_1.toc").exists()  # it wrote nothing


def test_the_time_an_ingest_took_leaves_out_its_wait_for_another_one(tmp_path):
    # «Ingest finished in 12.9 s» for 3 small files after a 12 s wait for another ingest's lock
    index = tmp_path / "index"
    holder = subprocess.Popen([sys.executable, "-c", _HOLD_THE_LOCK, str(index)], stdout=subprocess.PIPE, text=True,
                              env=dict(os.environ, PYTHONPATH=os.getcwd()))
    try:
        assert holder.stdout.readline().strip() == "holding"
        threading.Timer(3.0, holder.kill).start()  # the other ingest finishes in 3 s
        summary = run_ingest([str(_many_reports(tmp_path / "few", 3, "Отчет"))], IngestOptions(index_dir=index, workers=1))
    finally:
        holder.kill()
        holder.wait()
    assert summary.counts["indexed"] == 3
    assert summary.waited >= 2.5 and summary.elapsed < summary.waited
    assert f"Ingest finished in {summary.elapsed:.1f} s (after waiting {summary.waited:.1f} s for another ingest)" \
        in summary.text()


def _with_file_size_limit(limit: int):
    """For a subprocess: files past `limit` bytes cannot be written (EFBIG), as on a full disk."""
    def limited():
        import resource
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a failed write, not a killed process
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
    return limited


def test_a_report_that_cannot_be_written_leaves_no_report_behind(tmp_path):
    # on a full disk the report was left as an empty file, an earlier report cut short
    root, index, report = _many_reports(tmp_path / "few", 20, "Отчет"), tmp_path / "index", tmp_path / "report.jsonl"
    env = dict(os.environ, PYTHONPATH=os.getcwd())
    assert subprocess.run(_ingest_cmd(root, index, "--report", str(report)), env=env).returncode == 0
    assert len(report.read_text("utf-8").splitlines()) == 20  # an earlier run's report
    # the re-run writes nothing to the index (every file unchanged), but its report is too large
    rerun = subprocess.run(_ingest_cmd(root, index, "--report", str(report)), env=env, capture_output=True, text=True,
                           preexec_fn=_with_file_size_limit(1000))
    assert rerun.returncode == 1 and f"The report {report} could not be written" in rerun.stdout, rerun.stdout
    assert sorted(os.listdir(tmp_path)) == ["few", "index"]  # no report, and no temporary file


FIXTURES = Path(__file__).parent / "fixtures"


def test_a_folder_of_broken_files_finishes_with_every_reason(tmp_path):
    root = tmp_path / "broken"
    root.mkdir()
    (root / "good.txt").write_text(TEXT_A, encoding="utf-8")
    (root / "zero.txt").write_bytes(b"")
    (root / "garbage.txt").write_bytes(bytes(range(256)) * 20)
    (root / "truncated.pdf").write_bytes((FIXTURES / "two_column.pdf").read_bytes()[:700])
    (root / "password.pdf").write_bytes((FIXTURES / "password.pdf").read_bytes())
    (root / "scan.pdf").write_bytes((FIXTURES / "image_only.pdf").read_bytes())
    (root / "mojibake.pdf").write_bytes((FIXTURES / "mojibake_lookalike.pdf").read_bytes())
    # declares utf-8 but is windows-1251: decoded right and indexed, not failed
    (root / "lying.html").write_bytes(
        '<html><head><meta charset="utf-8"><title>Сессия Ассамблеи</title></head>'
        "<body><article><p>Депутаты обсудили укрепление межэтнического согласия в обществе.</p>"
        "</article></body></html>".encode("cp1251"))
    summary = ingest(root, tmp_path / "index")
    got = {Path(r.path).name: (r.status, r.reason) for r in summary.files}
    assert got == {
        "good.txt": ("indexed", None),
        "lying.html": ("indexed", None),
        "zero.txt": ("failed", "empty"),
        "garbage.txt": ("failed", "binary"),
        "truncated.pdf": ("failed", "damaged"),
        "password.pdf": ("failed", "password_required"),
        "scan.pdf": ("failed", "no_text_layer"),
        "mojibake.pdf": ("failed", "mojibake"),
    }
    svc = SearchService(tmp_path / "index")
    assert svc.search(SearchRequest("межэтнического согласия")).total == 1


def test_a_frameset_page_is_skipped_and_the_run_succeeds(tmp_path):
    # a framed site's frameset page failed ("empty"): every run over the mirror exited 1, re-runs too
    root = tmp_path / "site"
    root.mkdir()
    (root / "index.html").write_text('<html><head><title>Архив</title></head><frameset cols="200,*"><frame src="main.html">'
                                     "<noframes>Ваш браузер не поддерживает фреймы</noframes></frameset></html>",
                                     encoding="utf-8")
    (root / "main.html").write_text("<html><head><meta charset='utf-8'><title>О нас</title></head><body><p>Ассамблея "
                                    "народа Казахстана создана 1 марта 1995 года.</p></body></html>", encoding="utf-8")
    for _ in range(2):  # the second run meets the file the first one found to be a frameset
        summary = ingest(root, tmp_path / "index")
        got = {Path(r.path).name: (r.status, r.reason) for r in summary.files}
        assert got["index.html"] == ("skipped", "frameset") and summary.exit_code == 0
        assert summary.counts["failed"] == 0


def test_search_during_ingest_keeps_working_and_sees_each_commit(tmp_path):
    root = _many_reports(tmp_path / "many", 400, "Сводка", lead="Ассамблея ")
    index = tmp_path / "index"
    # a small first batch creates the index, so the search side has something to open
    (tmp_path / "first").mkdir()
    (tmp_path / "first" / "a.txt").write_text(TEXT_A, encoding="utf-8")
    ingest(tmp_path / "first", index)
    svc = SearchService(index)
    env = dict(os.environ, PYTHONPATH=os.getcwd())
    proc = subprocess.Popen(_ingest_cmd(root, index, "--commit-every", "50"), stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL, env=env)
    seen = []
    while proc.poll() is None:
        svc.refresh()
        res = svc.search(SearchRequest("Ассамблея", per_page=1))
        assert res.error is None
        seen.append(res.total)
        time.sleep(0.05)
    assert proc.returncode == 0
    svc.refresh()
    final = svc.search(SearchRequest("Ассамблея", per_page=1)).total
    assert final == 401
    assert seen == sorted(seen)  # counts only grow: every search saw a consistent commit
    assert any(1 < n < 401 for n in seen)  # and commits were visible while the batch ran


def test_an_edited_aliases_file_is_applied_by_force(tmp_path, monkeypatch):
    root = tmp_path / "docs"
    root.mkdir()
    (root / "forum.txt").write_text(
        "Форум СМИ\n\nВыступая на форуме, Главный редактор подчеркнул важность работы журналистов.\n",
        encoding="utf-8")
    index = tmp_path / "index"
    ingest(root, index)
    svc = SearchService(index)
    assert svc.search(SearchRequest("")).facets["persons"] == []
    aliases = tmp_path / "aliases.txt"
    aliases.write_text("# our archive\nБ.Б. Редакторов = Главный редактор\n", encoding="utf-8")
    monkeypatch.setenv("ASSEMBLY_SEARCH_ALIASES", str(aliases))
    summary = ingest(root, index)
    assert statuses(summary) == {"forum.txt": "unchanged"}  # without --force nothing moves
    # a first file is as new to the indexed documents as an edited one: said (it said nothing)
    [note] = [n for n in summary.notes if "aliases" in n]
    assert f"The aliases file {aliases} is new to this index" in note and "ingest --force applies it to all" in note
    # said again: the document is still read without it (it was said once, and then forgotten)
    assert [n for n in ingest(root, index).notes if "aliases" in n] == [note]
    summary = ingest(root, index, force=True)
    assert not [n for n in summary.notes if "aliases" in n]  # --force applied it to all
    assert not [n for n in ingest(root, index).notes if "aliases" in n]
    svc.refresh()
    res = svc.search(SearchRequest(""))
    assert [f.value for f in res.facets["speakers"]] == ["Б.Б. Редакторов"]
    assert svc.search(SearchRequest("speaker:Редакторов")).total == 1


def test_a_file_has_one_size_in_the_progress_line_and_in_its_too_large_failure(tmp_path):
    root = tmp_path / "docs"
    root.mkdir()
    (root / "big.txt").write_bytes(b"a" * 6_000_000)  # 6.0 MB of 10^6 bytes, 5.7 of 2^20
    said = io.StringIO()
    summary = run_ingest([str(root)], IngestOptions(index_dir=tmp_path / "index", workers=1, size_limit=2**20),
                         stream=said)
    [failed] = [r for r in summary.files if r.status == "failed"]
    assert "Checking 1 file (5.7 MB)" in said.getvalue()  # was 6.0 MB: another megabyte than --size-limit's
    assert failed.message.startswith("The file is 5.7 MB, over the 1 MB limit"), failed.message


def test_the_index_keeps_the_aliases_ingest_used_for_search_and_later_batches(tmp_path, monkeypatch):
    root = tmp_path / "docs"
    root.mkdir()
    meeting = "Встреча\n\nКараганда, 14 апреля 2022 года\n\nЗаместитель Председателя Ассамблеи провел встречу.\n"
    (root / "a.txt").write_text(meeting, encoding="utf-8")
    aliases = tmp_path / "aliases.txt"
    aliases.write_text("С.К. Ахметов = Заместитель Председателя Ассамблеи\n", encoding="utf-8")
    index = tmp_path / "index"
    monkeypatch.setenv("ASSEMBLY_SEARCH_ALIASES", str(aliases))
    assert not [n for n in ingest(root, index).notes if "aliases" in n]  # a new index: every file used it
    monkeypatch.delenv("ASSEMBLY_SEARCH_ALIASES")  # search, the web app and a later cron ingest are not given it
    (root / "b.txt").write_text(meeting.replace("Встреча", "Совещание"), encoding="utf-8")
    assert statuses(ingest(root, index)) == {"a.txt": "unchanged", "b.txt": "indexed"}
    svc = SearchService(index)
    try:
        res = svc.search(SearchRequest('person:"Заместитель Председателя Ассамблеи"'))
        assert res.total == 2  # the title as search reads it, and b.txt's person as a.txt's
        assert [f.value for f in res.facets["persons"]] == ["С.К. Ахметов"]
    finally:
        svc.close()
    # an edited file: the files parsed now use it, and the summary says the others wait for --force
    aliases.write_text("С.К. Ахметов = Заместитель Председателя Ассамблеи | Серик Ахметов\n", encoding="utf-8")
    monkeypatch.setenv("ASSEMBLY_SEARCH_ALIASES", str(aliases))
    summary = ingest(root, index)
    assert any("ingest --force applies it to all" in note for note in summary.notes), summary.notes
    assert "Серик Ахметов" in (index / "archive-aliases.txt").read_text("utf-8")


def test_file_names_that_are_not_utf8_are_indexed_reported_and_recognised(tmp_path):
    root = tmp_path / "from-windows"
    root.mkdir()
    raw_name = os.fsencode(str(root)) + b"/" + "Отчет.txt".encode("cp1251")  # not valid UTF-8
    with open(raw_name, "wb") as fh:
        fh.write(TEXT_A.encode("utf-8"))
    report = tmp_path / "report.jsonl"
    summary = ingest(root, tmp_path / "index", report_path=report)
    assert summary.counts["indexed"] == 1 and summary.exit_code == 0
    line = json.loads(report.read_text("utf-8"))
    from index.paths import display_path, text_to_path

    assert os.fsencode(text_to_path(line["path"])) == raw_name
    assert display_path(line["path"]).endswith("Отчет.txt")
    assert statuses(ingest(root, tmp_path / "index")) == {os.fsdecode(raw_name).rsplit("/", 1)[-1]: "unchanged"}
    assert SearchService(tmp_path / "index").search(SearchRequest("Платонов")).total == 1
    # renamed: the report's message names the old file as people read it, not as bytes:%D0...
    os.rename(raw_name, os.fsencode(str(root)) + b"/" + "Отчет 2019.txt".encode("cp1251"))
    moved = next(r for r in ingest(root, tmp_path / "index", prune=True).files if r.reason == "moved")
    assert "Отчет.txt" in moved.message and "bytes:" not in moved.message


def test_a_file_name_in_nfd_from_a_mac_is_nfc_text_yet_opened_and_recognised_by_its_own_name(tmp_path):
    # a Mac writes й as и + U+0306: the index, the report and the output held that NFD text
    from index.paths import display_path, text_to_path

    nfd = lambda text: unicodedata.normalize("NFD", text)  # noqa: E731
    root = tmp_path / nfd("Архив за май")
    root.mkdir()
    name, empty = nfd("Отчёт Ассамблеи.txt"), nfd("Пустой.txt")
    (root / name).write_text(TEXT_A, encoding="utf-8")
    (root / empty).write_bytes(b"")
    assert set(os.listdir(root)) == {name, empty} and not unicodedata.is_normalized("NFC", name)
    index, report = tmp_path / "index", tmp_path / "report.jsonl"
    run = _cli("ingest", str(root), "--index", str(index), "--report", str(report))
    assert run.returncode == 1, run.stderr
    nfc_root = unicodedata.normalize("NFC", str(root))
    assert [line for line in run.stderr.splitlines() if line.startswith("failed:")] == \
        [f"failed: {nfc_root}/Пустой.txt: The file is empty (zero bytes)."]
    lines = [json.loads(line) for line in report.read_text("utf-8").splitlines()]
    assert all(unicodedata.is_normalized("NFC", line["path"]) for line in lines)
    assert sorted(text_to_path(line["path"]) for line in lines) == sorted([str(root / name), str(root / empty)])
    assert sorted(display_path(line["path"]) for line in lines) == [f"{nfc_root}/Отчёт Ассамблеи.txt",
                                                                     f"{nfc_root}/Пустой.txt"]
    svc = SearchService(index)
    view = svc.document(svc.search(SearchRequest("Платонов")).hits[0].doc_id)
    assert all(unicodedata.is_normalized("NFC", text) for text in [*view.paths, view.source, view.title])
    assert display_path(view.paths[0]) == f"{nfc_root}/Отчёт Ассамблеи.txt"
    assert os.path.isfile(text_to_path(view.paths[0]))  # the original can still be downloaded
    assert statuses(ingest(root, index, prune=True)) == {name: "unchanged", empty: "failed"}
    assert svc.doc_count() == 1


def test_a_title_taken_from_a_file_name_is_nfc(tmp_path):
    from ingest.build import document_title
    from ingest.parsers.base import ParsedDocument

    path = tmp_path / unicodedata.normalize("NFD", "Отчёт за май.txt")
    path.write_text("", encoding="utf-8")
    assert document_title(ParsedDocument("txt", None, []), path) == "Отчёт за май"


def test_a_file_name_with_a_line_break_is_recognised_on_the_rerun_and_reported_whole(tmp_path):
    # the index lists a document's files one per line: such a name was cut at its line break, so
    # every run indexed the file again and --prune reported the removal of a path that never was
    root = tmp_path / "archive"
    root.mkdir()
    odd = root / "Отчет\nза март.txt"
    odd.write_text(TEXT_A, encoding="utf-8")
    (root / "b.txt").write_text(TEXT_B, encoding="utf-8")
    index, report = tmp_path / "index", tmp_path / "report.jsonl"
    assert statuses(ingest(root, index)) == {odd.name: "indexed", "b.txt": "indexed"}
    assert statuses(ingest(root, index)) == {odd.name: "unchanged", "b.txt": "unchanged"}
    odd.unlink()
    assert statuses(ingest(root, index, prune=True, report_path=report)) == {odd.name: "removed", "b.txt": "unchanged"}
    from index.paths import text_to_path

    reported = [text_to_path(json.loads(line)["path"]) for line in report.read_text("utf-8").splitlines()]
    assert sorted(reported) == sorted([str(odd), str(root / "b.txt")])
    assert SearchService(index).doc_count() == 1


@pytest.mark.parametrize("signum", [signal.SIGINT, signal.SIGTERM, signal.SIGHUP], ids=["ctrl-c", "sigterm", "sighup"])
def test_ctrl_c_or_sigterm_stops_cleanly_and_a_rerun_finishes(tmp_path, signum):
    # SIGHUP (a closed terminal or ssh session) ended the batch at once: exit 129, no summary, no report
    index = tmp_path / "index"
    env = dict(os.environ, PYTHONPATH=os.getcwd())
    report = tmp_path / "report.jsonl"
    cmd = _ingest_cmd(_many_reports(tmp_path / "many", 400, "Записка"), index, "--commit-every", "50",
                      "--report", str(report))
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env,
                            start_new_session=True)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and "progress:" not in (proc.stderr.readline() or "progress:"):
        pass
    time.sleep(1.0)
    assert proc.poll() is None, "the ingest finished before it could be stopped"
    if signum == signal.SIGINT:
        os.killpg(proc.pid, signum)  # a terminal's Ctrl-C reaches every process of the group
    else:
        proc.send_signal(signum)  # `kill PID`, or the terminal's SIGHUP
    out, err = proc.communicate(timeout=60)
    assert proc.returncode == 130, err
    assert "stopped early" in out and "Traceback" not in err
    assert err.count("Stopping") == 1, err  # said once, by the main process; the workers just end
    if signum != signal.SIGINT:  # a signal cannot be sent again by pressing a key
        assert f"Stopping on {signal.Signals(signum).name}: committing the files done so far…" in err, err
    deadline = time.monotonic() + 10
    while _group_alive(proc.pid) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not _group_alive(proc.pid), "processes outlived the stopped ingest"
    done = SearchService(index).doc_count()
    assert 0 < done < 400
    # every file is in the report: indexed (and committed) or left for the re-run
    got = Counter((line["status"], line["reason"]) for line in map(json.loads, report.read_text("utf-8").splitlines()))
    assert got == {("indexed", None): done, ("skipped", "not_reached"): 400 - done}
    assert f"not_reached: {400 - done}" in out
    rerun = subprocess.run(cmd, capture_output=True, text=True, env=env)
    assert rerun.returncode == 0, rerun.stderr
    assert f"{400 - done} indexed" in rerun.stdout and f"{done} unchanged" in rerun.stdout
    assert SearchService(index).doc_count() == 400


def test_a_stopped_force_is_resumed_by_the_same_command_without_parsing_its_files_again(tmp_path):
    # "run the same command again to finish the batch" parsed every file again: a --force of hours
    # (after an aliases change, a schema upgrade) cut off by Ctrl-C, a closed terminal or a full
    # disk started over each time
    from ingest.forced_batch import FILE

    index, aliases = tmp_path / "index", tmp_path / "aliases.txt"
    root = _many_reports(tmp_path / "many", 200, "Записка", "Выступая на форуме, Главный редактор подчеркнул важность работы. ")
    env = dict(os.environ, PYTHONPATH=os.getcwd())
    assert _cli("ingest", str(root), "--index", str(index), env=env).returncode == 0
    aliases.write_text("Б.Б. Редакторов = Главный редактор\n", encoding="utf-8")
    env["ASSEMBLY_SEARCH_ALIASES"] = str(aliases)  # what the --force is for
    cmd = _ingest_cmd(root, index, "--force", "--commit-every", "20")
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env,
                            start_new_session=True)
    deadline = time.monotonic() + 60  # until a commit of the forced batch is recorded
    while time.monotonic() < deadline and proc.poll() is None and len(_lines_of(index / FILE)) < 2:
        time.sleep(0.05)
    assert proc.poll() is None, "the ingest finished before it could be stopped"
    proc.send_signal(signal.SIGTERM)
    out, err = proc.communicate(timeout=60)
    assert proc.returncode == 130, err
    done = int(re.search(r"(\d+) updated", out).group(1))
    assert 0 < done < 200
    assert "run the same command again to finish the batch (it does not parse again the files this --force " \
           "has parsed already)." in out, out

    rerun = subprocess.run(cmd, capture_output=True, text=True, env=env, timeout=300)
    assert rerun.returncode == 0, rerun.stderr
    assert f"0 indexed, {200 - done} updated, {done} unchanged" in rerun.stdout, rerun.stdout
    assert f"stopped before its end: {done} files it had parsed already were not parsed again." in rerun.stdout
    svc = SearchService(index)  # the files not parsed again have the new alias too: the first --force applied it
    assert svc.search(SearchRequest("speaker:Редакторов")).total == svc.doc_count() == 200
    assert not (index / FILE).exists()  # the batch is done: a later --force parses every file again
    assert "0 indexed, 200 updated, 0 unchanged" in subprocess.run(cmd, capture_output=True, text=True, env=env).stdout


def _lines_of(path: Path) -> list[str]:
    try:
        return path.read_text("utf-8").splitlines()
    except OSError:
        return []


def test_a_stopped_force_is_resumed_only_with_the_same_folders_and_vocabulary(tmp_path):
    from ingest.forced_batch import ForcedBatch
    from ingest.pipeline import FileReport

    index = tmp_path / "index"
    index.mkdir()
    parsed = [FileReport("/a/1.txt", "updated", document_id="d1"), FileReport("/a/2.txt", "indexed", document_id="d2"),
              FileReport("/a/3.txt", "failed", reason="damaged"), FileReport("/a/4.txt", "removed", document_id="d4")]
    first = ForcedBatch.begin(index, ["/a"], "aliases-1")
    first.committed(parsed)
    assert ForcedBatch.begin(index, ["/a"], "aliases-1").done == {"d1", "d2"}  # what was parsed and committed
    assert ForcedBatch.begin(index, ["/a"], "aliases-2").done == set()  # an edited aliases file: every file again
    assert ForcedBatch.begin(index, ["/a"], "aliases-1").done == set()  # that batch replaced the stopped one
    ForcedBatch.begin(index, ["/a"], "aliases-1").committed(parsed)
    both = ForcedBatch.begin(index, ["/a", "/b"], "aliases-1")
    assert both.done == set()  # other folders
    both.committed(parsed)
    with open(index / "ingest-forced.jsonl", "a", encoding="utf-8") as fh:
        fh.write('["d5", "d')  # a line cut short by a crash
    assert ForcedBatch.begin(index, ["/a", "/b"], "aliases-1").done == {"d1", "d2"}
    ForcedBatch.begin(index, ["/a", "/b"], "aliases-1").finished()
    assert not (index / "ingest-forced.jsonl").exists()


def test_force_rebuilds_an_index_of_another_schema_version(archive, tmp_path):
    from index.store import VERSION_FILE

    index = tmp_path / "index"
    ingest(archive, index)
    (index / VERSION_FILE).write_text(json.dumps({"schema_version": 1}))
    proc = subprocess.run([sys.executable, "-m", "assembly_search.cli", "ingest", str(archive), "--index", str(index)],
                          capture_output=True, text=True)
    assert proc.returncode == 1 and "--force" in proc.stderr and "Traceback" not in proc.stderr
    forced = ingest(archive, index, force=True)
    assert forced.counts["indexed"] == 3 and forced.exit_code == 0
    assert SearchService(index).search(SearchRequest("Дементьева")).total == 1


def test_an_index_folder_whose_index_files_are_gone_is_said_lost_not_never_built(tmp_path):
    # its segments and table of contents deleted, the folder keeping assembly-search.json and
    # ingested-roots.json, was «There is no index at …; build one», and the rebuild said nothing
    from index.errors import IndexDamagedError
    from search_app import create_app

    root, index = tmp_path / "archive", tmp_path / "index"
    root.mkdir()
    (root / "a.txt").write_text(TEXT_A, encoding="utf-8")
    (root / "b.txt").write_bytes(TEXT_B.encode("cp1251"))
    ingest(root, index)
    for path in [*index.glob("*.seg"), *index.glob("_MAIN_*.toc")]:
        path.unlink()
    with pytest.raises(IndexDamagedError) as raised:
        SearchService(index).doc_count()
    assert str(raised.value) == (
        f"The index at {index} has lost its files: its folder still holds assembly-search.json and "
        "ingested-roots.json, which an index leaves beside them, but no table of contents (_MAIN_<number>.toc) nor "
        f"segment files; restore the index folder from a backup, or rebuild it from the archive with: assembly-search "
        f"ingest {root} --index {index} (the documents of files gone since, the old links of edited files and the "
        "arrival dates are then lost)")
    health = create_app(index, testing=True).test_client().get("/health")
    assert health.status_code == 503 and health.get_json()["reason"] == "damaged"
    assert "утерян" in health.get_json()["error"], health.get_json()
    summary = ingest(root, index)  # the plain ingest it names builds it anew, and says so
    assert statuses(summary) == {"a.txt": "indexed", "b.txt": "indexed"}
    assert any(note.startswith(f"The index at {index} had lost its files") for note in summary.notes), summary.notes
    assert SearchService(index).doc_count() == 2
    assert not any("lost its files" in note for note in ingest(root, index).notes)


def _older_schema_archive(tmp_path) -> tuple[Path, Path, Path, str, str]:
    """An index of two folders, one file edited since it was first indexed (its old id redirects)
    and one gone since (its document kept), then marked as built by an older schema."""
    from index.store import VERSION_FILE

    r1, r2, index = tmp_path / "r1", tmp_path / "r2", tmp_path / "index"
    (r1 / "sub").mkdir(parents=True)
    r2.mkdir()
    (r1 / "a.txt").write_text(TEXT_A, encoding="utf-8")
    (r1 / "sub" / "gone.txt").write_text(TEXT_C, encoding="utf-8")
    (r2 / "b.txt").write_bytes(TEXT_B.encode("cp1251"))
    run_ingest([str(r1), str(r2)], IngestOptions(index_dir=index, workers=2))
    old_id = real_file_hash(str(r1 / "a.txt"))[:16]
    with open(r1 / "a.txt", "a", encoding="utf-8") as fh:
        fh.write("\n\nДополнение к отчёту.\n")
    gone_id = real_file_hash(str(r1 / "sub" / "gone.txt"))[:16]
    (r1 / "sub" / "gone.txt").unlink()
    ingest(r1, index)
    (index / VERSION_FILE).write_text(json.dumps({"schema_version": 8}))
    return r1, r2, index, old_id, gone_id


def test_a_schema_upgrade_keeps_what_only_the_old_index_holds(tmp_path):
    # the upgrade rebuild of r1 alone dropped r2's documents, the gone file's and the edited
    # file's old id (its links went from 301 to 404), and said «0 removed»
    r1, r2, index, old_id, gone_id = _older_schema_archive(tmp_path)
    refused = _cli("ingest", str(r1), "--index", str(index))
    assert refused.returncode == 1 and f"ingest {r1} {r2} --force" in refused.stderr, refused.stderr  # names both
    report = tmp_path / "report.jsonl"
    forced = ingest(r1, index, force=True, report_path=report)
    assert forced.exit_code == 0 and not (index / ".rebuild").exists()
    # the side folder held the old metadata before any segment: the upgrade said the index «had
    # lost its files» and told to restore a backup «instead», which would undo the upgrade
    assert "lost its files" not in forced.text() and "backup" not in forced.text(), forced.text()
    service = SearchService(index)
    assert service.doc_count() == 3  # a.txt's new version, b.txt of r2, the gone file's document
    assert service.search(SearchRequest("Дементьева")).total == 1  # b.txt, under the folder not named
    assert service.current_id(old_id) not in (None, old_id)  # the old link opens the new version
    lines = [json.loads(line) for line in report.read_text("utf-8").splitlines()]
    assert [(line["status"], line["document_id"]) for line in lines if line["path"].endswith("gone.txt")] == [
        ("gone", gone_id)]
    assert "Carried over from the old index" in forced.text() and "2 documents" in forced.text()


def _as_a_release_before_extraction_versions_wrote_it(index: Path) -> None:
    """Write the index's documents again as a release that recorded no extraction version did:
    the same records, in an index without the field (the version file, hashes and roots stay)."""
    import whoosh.index

    from index import side_rebuild
    from index.schema import EXTRACTION, build_schema
    from index.store import document_fields, passage_fields

    records = side_rebuild.old_records(index, side_rebuild.old_documents(index))  # of any schema version
    schema = build_schema()
    schema.remove(EXTRACTION)
    writer = whoosh.index.create_in(str(index), schema).writer()
    for record in records.values():
        for fields in [document_fields(record), *passage_fields(record)]:
            writer.add_document(**{k: v for k, v in fields.items() if k != EXTRACTION})
    writer.commit()


def test_documents_an_older_release_extracted_are_told_until_force_refreshes_them(archive, tmp_path):
    # an index built by an older release of the same schema was served, ingested into and counted
    # without a word that an unchanged file's document keeps what that release read from it (its
    # quotes cited the reporter's narration as a person's own words, «Пересказ» now)
    from ingest.build import EXTRACTION_VERSION
    from search_app import create_app

    index = tmp_path / "index"
    assert "older version" not in ingest(archive, index).text()
    assert SearchService(index).extraction_counts() == {EXTRACTION_VERSION: 3}
    _as_a_release_before_extraction_versions_wrote_it(index)
    told = (f"All 3 documents were extracted from their files by an older version of assembly-search (quotes, "
            f"speakers, dates and titles as it read them); ingest --force over the archive refreshes them: "
            f"assembly-search ingest {archive} --force --index {index}")
    plain = ingest(archive, index)
    assert set(statuses(plain).values()) == {"unchanged", "skipped"} and told in plain.text(), plain.text()
    (archive / "a.txt").rename(archive / "2020" / "a.txt")  # written again from what the index stores
    moved = ingest(archive, index)
    assert statuses(moved)["a.txt"] == "unchanged" and told in moved.text(), moved.text()
    stats = _cli("stats", "--index", str(index))
    assert stats.returncode == 0 and stats.stdout.rstrip().endswith(told), stats.stdout
    health = create_app(index, testing=True, extraction_version=EXTRACTION_VERSION).test_client().get("/health")
    assert health.get_json()["older_extraction"] == 3
    forced = ingest(archive, index, force=True)
    assert forced.exit_code == 0 and "older version" not in forced.text(), forced.text()
    assert SearchService(index).extraction_counts() == {EXTRACTION_VERSION: 3}
    assert "older version" not in _cli("stats", "--index", str(index)).stdout
    health = create_app(index, testing=True, extraction_version=EXTRACTION_VERSION).test_client().get("/health")
    assert health.get_json()["older_extraction"] == 0


def test_a_schema_upgrade_carries_documents_over_with_the_extraction_they_had(tmp_path):
    from index.extraction import UNRECORDED
    from ingest.build import EXTRACTION_VERSION

    r1, r2, index, _, _ = _older_schema_archive(tmp_path)
    _as_a_release_before_extraction_versions_wrote_it(index)
    forced = ingest(r1, index, force=True)
    assert forced.exit_code == 0, forced.text()
    # r1's a.txt parsed now; r2's b.txt (not named) and the gone file's document written again from the old index
    assert SearchService(index).extraction_counts() == {EXTRACTION_VERSION: 1, UNRECORDED: 2}
    assert ("2 of the 3 documents keep what an older version of assembly-search extracted: their files are gone "
            "(until a run with --prune), could not be parsed now, or lie under folders this --force did not name."
            ) in forced.text(), forced.text()


def test_a_schema_upgrade_is_built_beside_the_old_index_which_says_so_until_it_is_done(tmp_path):
    # the rebuild wrote into the old folder, so a server served 0, then 40, 80… documents as ok
    from index import side_rebuild
    from index.errors import IndexRebuildingError
    from search_app import create_app

    from index.store import SessionLock

    r1, r2, index, _, _ = _older_schema_archive(tmp_path)
    side_rebuild.begin(index)  # as a rebuild that has not committed yet, or was stopped, leaves it
    running = SessionLock(index, timeout=0, on_wait=None)  # as the ingest rebuilding it holds it
    with pytest.raises(IndexRebuildingError) as err:
        SearchService(index).doc_count()
    assert (err.value.done, err.value.total, err.value.reason) == (0, 3, "rebuilding")
    health = create_app(index, testing=True).test_client().get("/health")
    assert health.status_code == 503 and health.get_json()["reason"] == "rebuilding"
    assert "Индекс перестраивается" in health.get_json()["error"] and "0 из 3" in health.get_json()["error"]
    running.release()
    assert create_app(index, testing=True).test_client().get("/health").get_json()["reason"] == "rebuild_stopped"
    assert ingest(r1, index, force=True).exit_code == 0  # resumes into the side folder, then swaps
    assert SearchService(index).doc_count() == 3 and not (index / ".rebuild").exists()


def test_a_schema_rebuild_that_was_killed_is_reported_as_stopped_with_the_command_that_resumes_it(tmp_path):
    # /health and the search page said «перестраивается… Поиск заработает, когда перестройка
    # закончится» forever after the rebuilding ingest was killed: nobody was told to run it again
    from index.store import VERSION_FILE
    from search_app import create_app

    root, index = _many_reports(tmp_path / "many", 300, "Отчет"), tmp_path / "index"
    assert ingest(root, index).exit_code == 0
    (index / VERSION_FILE).write_text(json.dumps({"schema_version": 8}))
    env = dict(os.environ, PYTHONPATH=os.getcwd())
    rebuild = subprocess.Popen(_ingest_cmd(root, index, "--force"), stdout=subprocess.DEVNULL,
                               stderr=subprocess.DEVNULL, env=env)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and not (index / ".rebuild" / "rebuild.json").exists():
        time.sleep(0.02)
    client = create_app(index, testing=True).test_client()
    during = client.get("/health").get_json()
    rebuild.kill()
    rebuild.wait(timeout=30)
    assert during["reason"] == "rebuilding" and "Поиск заработает" in during["error"], during
    deadline = time.monotonic() + 10  # its writer processes end with it
    while time.monotonic() < deadline and client.get("/health").get_json()["reason"] == "rebuilding":
        time.sleep(0.1)
    health = client.get("/health")
    assert health.status_code == 503 and health.get_json()["reason"] == "rebuild_stopped", health.get_json()
    assert "остановлена" in health.get_json()["error"] and "assembly-search ingest ПАПКА --force" in health.get_json()["error"]
    page = client.get("/?q=Отчет")
    assert page.status_code == 503 and "Перестройка индекса для новой версии программы остановлена" in page.get_data(
        as_text=True)
    stats = _cli("stats", "--index", str(index), env=env)
    assert stats.returncode != 0 and "stopped after" in stats.stderr, stats.stderr
    assert f"assembly-search ingest {root} --force --index {index}" in stats.stderr, stats.stderr
    assert ingest(root, index, force=True).exit_code == 0  # the command said resumes and finishes it
    assert client.get("/health").get_json()["ok"] and SearchService(index).doc_count() == 300


@pytest.mark.parametrize("part", ["segment", "toc"])
def test_a_damaged_index_stops_ingest_with_one_sentence_and_force_rebuilds_it(archive, tmp_path, part):
    from tests.test_store import _damage

    index = tmp_path / "index"
    ingest(archive, index)
    _damage(index, part)
    for command in (["ingest", str(archive)], ["search", "Дементьева"], ["stats"]):
        run = _cli(*command, "--index", str(index))
        assert run.returncode == 1 and "Traceback" not in run.stderr, run.stderr
        assert run.stderr.count("is damaged") == 1 and "--force" in run.stderr, run.stderr  # said once
    forced = _cli("ingest", str(archive), "--index", str(index), "--force")
    assert forced.returncode == 0 and "3 indexed" in forced.stdout, forced.stderr
    assert SearchService(index).search(SearchRequest("Дементьева")).total == 1


def test_links_to_folders_are_followed_once_and_odd_entries_are_reported(archive, tmp_path):
    elsewhere = tmp_path / "elsewhere" / "2021"
    elsewhere.mkdir(parents=True)
    (elsewhere / "d.txt").write_text("Отчет 2021 года\n\nСовет матерей провел встречу в Актобе.\n", encoding="utf-8")
    (archive / "2021").symlink_to(elsewhere)  # a year's folder linked in from another disk
    (archive / "2020" / "up").symlink_to(archive)  # a link back up the tree
    (archive / "gone.txt").symlink_to(tmp_path / "deleted.txt")
    os.mkfifo(archive / "pipe.txt")
    summary = ingest(archive, tmp_path / "index", follow_outside_links=True)  # the archivist's choice
    got = {os.path.relpath(r.path, archive): (r.status, r.reason) for r in summary.files}
    assert got == {
        "a.txt": ("indexed", None), "2020/b.txt": ("indexed", None), "2020/c.txt": ("indexed", None),
        "2021/d.txt": ("indexed", None),  # through the link, under the path the archivist sees
        "2020/up": ("skipped", "link_loop"),
        "gone.txt": ("skipped", "broken_link"),
        "pipe.txt": ("skipped", "not_a_file"),
        "notes.json": ("skipped", "unsupported"),
        ".hidden.txt": ("skipped", "hidden"),
    }
    assert summary.exit_code == 0
    hits = SearchService(tmp_path / "index").search(SearchRequest("Актобе")).hits
    assert [h.paths for h in hits] == [[str(archive / "2021" / "d.txt")]]


def test_a_link_out_of_the_folders_given_is_skipped_unless_the_archivist_asks(archive, tmp_path):
    # a link to /etc/passwd (or /etc) put in the archive made it searchable and downloadable
    system = tmp_path / "etc"
    (system / "ssh").mkdir(parents=True)
    (system / "passwd").write_text("root:x:0:0:root:/root:/bin/bash\n", encoding="utf-8")
    (system / "ssh" / "sshd_config.txt").write_text("PermitRootLogin yes\n", encoding="utf-8")
    (archive / "spisok.txt").symlink_to(system / "passwd")
    (archive / "materialy").symlink_to(system)
    (archive / "2020" / "same.txt").symlink_to(archive / "a.txt")  # inside the archive: read as before
    index = tmp_path / "index"
    summary = ingest(archive, index)
    got = {os.path.relpath(r.path, archive): r for r in summary.files if r.status == "skipped"}
    assert {path: r.reason for path, r in got.items() if r.reason == "link_outside"} == {
        "spisok.txt": "link_outside", "materialy": "link_outside"}
    assert got["spisok.txt"].message == (f"A link to {system / 'passwd'}, outside the folders given to ingest; "
                                         "not read (--follow-outside-links reads it).")
    assert any("link_outside" in note and "materialy" in note for note in summary.notes)
    # what an earlier run read through them is still searchable: the note says what removes it
    assert any("stay searchable until an ingest with --prune removes them" in note for note in summary.notes)
    pruned = run_ingest([str(archive)], IngestOptions(index_dir=index, workers=1, prune=True))
    assert not any("stay searchable" in note for note in pruned.notes)
    # the link inside the archive is one more path of a.txt's document, told as a copy of the same batch
    assert {os.path.relpath(r.path, archive): r.status for r in summary.files if r.status in ("indexed", "unchanged")} == {
        "a.txt": "indexed", "2020/b.txt": "indexed", "2020/c.txt": "indexed", "2020/same.txt": "unchanged"}
    service = SearchService(index)
    assert service.search(SearchRequest("root")).total == service.search(SearchRequest("PermitRootLogin")).total == 0
    assert service.linked_targets() == []  # nothing out there is served either
    service.close()
    # given on the command line too, the folder is no longer outside
    both = run_ingest([str(archive), str(system)], IngestOptions(index_dir=tmp_path / "both", workers=1))
    assert not [r for r in both.files if r.reason == "link_outside"]
    # and the archivist may choose to follow them
    chosen = _cli("ingest", str(archive), "--index", str(tmp_path / "chosen"), "--follow-outside-links")
    assert chosen.returncode == 0 and "link_outside" not in chosen.stdout + chosen.stderr, chosen.stderr
    service = SearchService(tmp_path / "chosen")
    assert [h.paths for h in service.search(SearchRequest("PermitRootLogin")).hits] == [
        [str(archive / "materialy" / "ssh" / "sshd_config.txt")]]
    assert service.linked_targets() == sorted([str(system), str(system / "passwd")])
    service.close()


def test_a_loop_of_links_is_a_broken_link_not_a_read_error(archive, tmp_path):
    (archive / "a").symlink_to("b")
    (archive / "b").symlink_to("a")
    (archive / "2020" / "self").symlink_to("self")
    summary = ingest(archive, tmp_path / "index")
    skipped = {os.path.relpath(r.path, archive): r for r in summary.files if r.status == "skipped"}
    assert {path: r.reason for path, r in skipped.items()} == {
        "a": "broken_link", "b": "broken_link", "2020/self": "broken_link",
        ".hidden.txt": "hidden", "notes.json": "unsupported"}
    assert skipped["a"].message == "A link that leads nowhere (a loop of links)."
    assert summary.exit_code == 0 and summary.counts["indexed"] == 3


def test_a_start_path_in_a_loop_of_links_is_a_broken_link_of_the_library_call(archive, tmp_path):
    # the command refuses it as a usage error; run_ingest raised RuntimeError (Path.resolve) instead
    (tmp_path / "a").symlink_to("b")
    (tmp_path / "b").symlink_to("a")
    summary = run_ingest([str(tmp_path / "a"), str(archive)], IngestOptions(index_dir=tmp_path / "index", workers=1))
    assert [(r.path, r.reason, r.message) for r in summary.files if r.reason == "broken_link"] == \
        [(str(tmp_path / "a"), "broken_link", "A link that leads nowhere (a loop of links).")]
    assert summary.counts["indexed"] == 3 and summary.exit_code == 0
    usage = _cli("ingest", str(tmp_path / "a"), "--index", str(tmp_path / "index"))
    assert usage.returncode == 2 and "cannot be reached" in usage.stderr


def _report(path: Path) -> dict[str, tuple[str, str | None]]:
    lines = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    return {line["path"]: (line["status"], line["reason"]) for line in lines}


@pytest.mark.parametrize("locked", ["2016", "."])
def test_a_folder_that_cannot_be_read_is_reported_and_prune_keeps_its_files(as_another_user, locked):
    folder, run = as_another_user
    archive, index, report = folder / "archive", folder / "index", folder / "report.jsonl"
    (archive / "2016").mkdir(parents=True)
    (archive / "a.txt").write_text(TEXT_A, encoding="utf-8")
    (archive / "2016" / "b.txt").write_text(TEXT_B, encoding="utf-8")
    first = run("ingest", str(archive), "--index", str(index))
    assert first.returncode == 0 and "2 indexed" in first.stdout, first.stderr
    unreadable = (archive / locked).resolve()
    unreadable.chmod(0)
    try:
        for prune in ([], ["--prune"], ["--prune", "--force"]):  # --force empties a folder only when it is seen empty
            run_ = run("ingest", str(archive), "--index", str(index), "--report", str(report), *prune)
            got = _report(report)
            assert got[str(unreadable)] == ("skipped", "unreadable"), (prune, got)
            assert "removed" not in {status for status, _ in got.values()}, (prune, got)
            # not every file was handled: exit 1, and the summary names the folder
            assert run_.returncode == 1 and str(unreadable) in run_.stdout, (prune, run_.stdout, run_.stderr)
    finally:
        unreadable.chmod(0o755)
    svc = SearchService(index)
    assert svc.search(SearchRequest("Дементьева")).total == 1 and svc.search(SearchRequest("Платонов")).total == 1


def test_a_file_made_unreadable_since_the_last_run_fails_on_a_plain_rerun_and_keeps_its_document(as_another_user):
    # chmod changes no size, time nor inode: every plain re-run said `unchanged`, exit 0, while the
    # file's download failed; only --force or a fresh index found it unreadable
    folder, run = as_another_user
    archive, index, report = folder / "archive", folder / "index", folder / "report.jsonl"
    archive.mkdir()
    (archive / "a.txt").write_text(TEXT_A, encoding="utf-8")
    (archive / "b.txt").write_text(TEXT_B, encoding="utf-8")
    week_ago = time.time() - 7 * 86400  # as an archive's files are: the hash cache trusts them
    for name in ("a.txt", "b.txt"):
        os.utime(archive / name, (week_ago, week_ago))
    assert run("ingest", str(archive), "--index", str(index)).returncode == 0
    (archive / "b.txt").chmod(0)
    for prune in ([], ["--prune"]):
        rerun = run("ingest", str(archive), "--index", str(index), "--report", str(report), *prune)
        got = _report(report)
        assert got[str(archive / "b.txt")] == ("failed", "unreadable") and got[str(archive / "a.txt")] == ("unchanged", None)
        assert rerun.returncode == 1 and "The file could not be read (Permission denied)" in rerun.stderr, rerun.stderr
    assert SearchService(index).search(SearchRequest("Дементьева")).total == 1  # its document is kept
    (archive / "b.txt").chmod(0o644)
    again = run("ingest", str(archive), "--index", str(index), "--report", str(report))
    assert again.returncode == 0 and set(_report(report).values()) == {("unchanged", None)}


def test_a_start_path_inside_a_folder_that_cannot_be_entered_is_a_usage_error(as_another_user):
    folder, run = as_another_user
    (folder / "archive" / "2015").mkdir(parents=True)
    (folder / "archive" / "2015" / "a.txt").write_text(TEXT_A, encoding="utf-8")
    (folder / "archive").chmod(0)
    try:
        locked = run("ingest", str(folder / "archive" / "2015"), "--index", str(folder / "index"))
    finally:
        (folder / "archive").chmod(0o755)
    assert locked.returncode == 2 and "Traceback" not in locked.stderr, locked.stderr
    assert locked.stderr.strip() == f"assembly-search: cannot be reached: {folder / 'archive' / '2015'} (Permission denied)"


def test_an_index_that_cannot_be_written_names_the_path_and_the_fix(as_another_user):
    # "writing the index failed (Permission denied); run the same command again", which failed the
    # same way; and a lock file of another account's blamed the folder, which could be written
    from index.store import SESSION_LOCK_FILE

    folder, run = as_another_user
    archive, index = folder / "archive", folder / "index"
    archive.mkdir()
    (archive / "a.txt").write_text(TEXT_A, encoding="utf-8")
    assert run("ingest", str(archive), "--index", str(index)).returncode == 0
    fix = "give the account running assembly-search write access to"
    index.chmod(0o555)  # its files stay writable
    try:
        forced = run("ingest", str(archive), "--index", str(index), "--force")
    finally:
        index.chmod(0o755)
    assert forced.returncode == 1 and "Traceback" not in forced.stderr, forced.stderr
    assert f"no file can be created in {index} (Permission denied); {fix} {index} (its owner or permissions)" \
        in forced.stderr
    assert "run the same command again, once the problem below is fixed, to finish the batch" in forced.stdout
    (index / SESSION_LOCK_FILE).chmod(0o444)  # as a restore under another account leaves it
    try:
        locked = run("ingest", str(archive), "--index", str(index))
    finally:
        (index / SESSION_LOCK_FILE).chmod(0o644)
    lock = index / SESSION_LOCK_FILE
    assert locked.returncode == 2 and locked.stderr.strip() == (
        f"assembly-search: The index folder {index} cannot be written: the file {lock} cannot be written "
        f"(Permission denied); {fix} {lock} (its owner or permissions).")
    # a root job with umask 077 made it drwx------: the refusal's own look at the lock file raised
    index.chmod(0)  # as another account's folder of mode 700 is to this one
    try:
        closed = run("ingest", str(archive), "--index", str(index))
    finally:
        index.chmod(0o755)
    assert closed.returncode == 2 and closed.stderr.strip() == (
        f"assembly-search: The index folder {index} cannot be written: the folder {index} cannot be entered by this "
        f"account (Permission denied); give the account running assembly-search the right to enter and write {index} "
        "(its owner or permissions)."), closed.stderr
    assert SearchService(index).doc_count() == 1  # nothing lost


def test_an_ingest_with_a_strict_umask_writes_files_the_index_folder_s_readers_can_read(tmp_path):
    # a root cron job (umask 077) wrote its commit as 0600 into the service's folder: exit 0, and
    # every search by the service account was refused from then on
    from tests.conftest import NOBODY, other_account_runs_checkout

    archive, shared = tmp_path / "archive", Path(tempfile.mkdtemp(prefix="as-shared-"))
    archive.mkdir()
    (archive / "a.txt").write_text(TEXT_A, encoding="utf-8")
    index = shared / "index"
    env = dict(os.environ, PYTHONPATH=os.getcwd())
    try:
        shared.chmod(0o755)
        assert subprocess.run([sys.executable, "-m", "assembly_search.cli", "ingest", str(archive), "--index", str(index)],
                              env=env, capture_output=True, check=False, umask=0o022).returncode == 0
        (archive / "b.txt").write_text(TEXT_A.replace("Платонов", "Дементьева"), encoding="utf-8")
        strict = subprocess.run([sys.executable, "-m", "assembly_search.cli", "ingest", str(archive), "--index",
                                 str(index)], env=env, capture_output=True, text=True, check=False, umask=0o077)
        assert strict.returncode == 0, strict.stderr
        hidden = [p.name for p in index.iterdir() if not p.stat().st_mode & 0o004]
        assert hidden == [], hidden
        service = ["setpriv", f"--reuid={NOBODY}", f"--regid={NOBODY}", "--clear-groups"]
        if os.geteuid() == 0 and shutil.which("setpriv") and other_account_runs_checkout(service, env):
            # the service account's search, as it runs it
            search = subprocess.run([*service, sys.executable, "-m", "assembly_search.cli", "search", "Дементьева", "--index",
                                     str(index)], env=env, capture_output=True, text=True, check=False, cwd="/")
            assert search.returncode == 0 and search.stdout.startswith("1 document"), search.stderr
    finally:
        shutil.rmtree(shared)


def test_an_index_folder_shared_by_a_group_can_be_ingested_by_each_member():
    # the lock file was made 0644 whatever the umask: in a folder of mode 2775 shared by a group (umask
    # 002), every ingest but its maker's was refused from then on
    shared = Path(tempfile.mkdtemp(prefix="as-group-"))  # pytest's tmp folder is root's alone
    archive, index = shared / "archive", shared / "index"
    env = dict(os.environ, PYTHONPATH=os.getcwd())
    from tests.conftest import other_account_runs_checkout

    as_root = os.geteuid() == 0 and shutil.which("setpriv")
    members = [["setpriv", f"--reuid={uid}", f"--regid={uid}", "--groups=2000"] for uid in (1001, 1002)] \
        if as_root else [[]]
    if as_root and not other_account_runs_checkout(members[0], env):
        shutil.rmtree(shared)
        pytest.skip("runs as root, and the group's members cannot run this checkout's Python")
    try:
        archive.mkdir()
        index.mkdir()
        shared.chmod(0o755)
        if as_root:
            os.chown(index, 0, 2000)
        index.chmod(0o2775)
        for n, member in enumerate(members):
            (archive / f"{n}.txt").write_text(TEXT_A.replace("Платонов", f"Дементьева{n}"), encoding="utf-8")
            (archive / f"{n}.txt").chmod(0o644)
            done = subprocess.run([*member, sys.executable, "-m", "assembly_search.cli", "ingest", str(archive),
                                   "--index", str(index)], env=env, capture_output=True, text=True, check=False,
                                  umask=0o002, cwd="/")
            assert done.returncode == 0, done.stderr
            assert (index / "assembly-search.lock").stat().st_mode & 0o777 == 0o664
    finally:
        shutil.rmtree(shared)


def test_an_earlier_report_kept_in_the_archive_under_a_txt_name_is_skipped_not_indexed(tmp_path):
    # a nightly `--report /srv/archive/logs/отчёт-$(date +%F).txt`: yesterday's was indexed as a document
    # of JSON lines, dated by its name, found by searches
    archive, index = tmp_path / "archive", tmp_path / "index"
    (archive / "logs").mkdir(parents=True)
    (archive / "a.txt").write_text(TEXT_A, encoding="utf-8")
    yesterday, today = archive / "logs" / "отчёт-2026-11-28.txt", archive / "logs" / "отчёт-2026-11-29.txt"
    run_ingest([str(archive)], IngestOptions(index_dir=index, workers=1, report_path=yesterday))
    summary = run_ingest([str(archive)], IngestOptions(index_dir=index, workers=1, report_path=today))
    assert {(r.path, r.status, r.reason) for r in summary.files if r.path == str(yesterday)} == {
        (str(yesterday), "skipped", "ingest_report")}
    assert SearchService(index).doc_count() == 1
    assert found_ids(SearchService(index), "status indexed") == set()


def test_a_start_path_that_is_neither_file_nor_folder_is_reported(tmp_path):
    os.mkfifo(tmp_path / "pipe.txt")
    summary = run_ingest([str(tmp_path / "pipe.txt"), os.devnull], IngestOptions(index_dir=tmp_path / "index", workers=1))
    assert {(r.path, r.status, r.reason) for r in summary.files} == {
        (str(tmp_path / "pipe.txt"), "skipped", "not_a_file"), (os.devnull, "skipped", "not_a_file")}


def test_a_real_folder_is_filed_under_its_own_path_not_under_a_link_to_it(tmp_path):
    archive, other = tmp_path / "archive", tmp_path / "a-other"
    (archive / "z_real").mkdir(parents=True)
    (archive / "z_real" / "f.txt").write_text(TEXT_C, encoding="utf-8")
    (archive / "a_link").symlink_to("z_real")  # a link whose name sorts before its folder's
    (archive / "deep" / "er").mkdir(parents=True)
    (archive / "deep" / "er" / "g.txt").write_text(TEXT_B, encoding="utf-8")
    (archive / "0_shortcut").symlink_to(archive / "deep" / "er")  # nearer the root than its folder
    other.mkdir()
    (other / "to_archive").symlink_to(archive / "deep")  # from a start path read first
    index = tmp_path / "index"
    summary = run_ingest([str(other), str(archive)], IngestOptions(index_dir=index, workers=1))
    got = {os.path.relpath(r.path, tmp_path): (r.status, r.reason) for r in summary.files}
    assert got == {
        "archive/z_real/f.txt": ("indexed", None), "archive/deep/er/g.txt": ("indexed", None),
        "archive/a_link": ("skipped", "link_loop"), "archive/0_shortcut": ("skipped", "link_loop"),
        "a-other/to_archive": ("skipped", "link_loop"),
    }
    for link in ("a_link", "0_shortcut"):  # the links go; the documents stay where they are
        (archive / link).unlink()
    pruned = run_ingest([str(archive)], IngestOptions(index_dir=index, workers=1, prune=True))
    assert {r.status for r in pruned.files} == {"unchanged"}, pruned.files


def test_roots_that_overlap_report_each_file_once(archive, tmp_path):
    (archive / "2020" / "scan.tiff").write_bytes(b"II*\x00" + b"\x00" * 100)
    roots = [str(archive), str(archive / "2020"), str(archive / "a.txt"), str(archive / "2020") + "/"]
    summary = run_ingest(roots, IngestOptions(index_dir=tmp_path / "index", workers=1))
    paths = [os.path.relpath(r.path, archive) for r in summary.files]
    assert sorted(paths) == [".hidden.txt", "2020/b.txt", "2020/c.txt", "2020/scan.tiff", "a.txt", "notes.json"]
    assert summary.counts["indexed"] == 3 and summary.counts["skipped"] == 3


def test_a_folder_named_on_the_command_line_is_read_hidden_or_not_and_inside_another_start_path(archive, tmp_path):
    (archive / ".drafts" / ".git").mkdir(parents=True)
    (archive / ".drafts" / "d.txt").write_text(TEXT_A.replace("Платонов", "Дементьева"), encoding="utf-8")
    (archive / ".drafts" / ".git" / "e.txt").write_text(TEXT_C + "Черновик.\n", encoding="utf-8")
    (archive / ".old" / "2019").mkdir(parents=True)
    (archive / ".old" / "2019" / "f.txt").write_text(TEXT_C + "Архив 2019.\n", encoding="utf-8")
    (archive / ".old" / "g.txt").write_text(TEXT_C + "Старое.\n", encoding="utf-8")
    roots = [str(archive), str(archive / ".drafts"), str(archive / ".old" / "2019")]
    summary = run_ingest(roots, IngestOptions(index_dir=tmp_path / "index", workers=1))
    got = {os.path.relpath(r.path, archive): (r.status, r.reason) for r in summary.files}
    assert got == {
        "a.txt": ("indexed", None), "2020/b.txt": ("indexed", None), "2020/c.txt": ("indexed", None),
        ".drafts/d.txt": ("indexed", None),  # named, so read though hidden; what is hidden in it is not
        ".drafts/.git": ("skipped", "hidden"),
        ".old/2019/f.txt": ("indexed", None),  # named inside a hidden folder: the rest of that one stays unread
        ".old": ("skipped", "hidden"),
        ".hidden.txt": ("skipped", "hidden"), "notes.json": ("skipped", "unsupported"),
    }
    assert summary.exit_code == 0


def test_a_report_written_inside_the_archive_is_not_ingested_next_time(archive, tmp_path):
    report = archive / "report.txt"
    first = ingest(archive, tmp_path / "index", report_path=report)
    assert first.counts["indexed"] == 3 and report.exists()
    second = ingest(archive, tmp_path / "index", report_path=report)
    assert "report.txt" not in statuses(second) and second.counts["unchanged"] == 3


def test_format_is_sniffed_from_content_whatever_the_name(tmp_path):
    root = tmp_path / "odd-names"
    root.mkdir()
    (root / "report.bin").write_bytes((FIXTURES / "two_column.pdf").read_bytes())  # a PDF by its bytes
    (root / "page").write_bytes('<!DOCTYPE html><html><head><meta charset="utf-8"><title>Страница</title>'
                                "</head><body><p>Волонтеры Ассамблеи помогли ветеранам.</p></body></html>".encode())
    (root / "data.json").write_text('{"a": 1}', encoding="utf-8")
    (root / "Thumbs.db").write_bytes(b"\x00" * 10)
    got = {Path(r.path).name: (r.status, r.format) for r in ingest(root, tmp_path / "index").files}
    assert got == {"report.bin": ("indexed", "pdf"), "page": ("indexed", "html"), "data.json": ("skipped", None),
                   "Thumbs.db": ("skipped", None)}


def test_hidden_and_system_files_are_reported_skipped_a_hidden_folder_once(archive, tmp_path):
    (archive / ".git" / "objects").mkdir(parents=True)  # thousands of files in a real one
    for i in range(50):
        (archive / ".git" / "objects" / f"{i:02}.txt").write_text(TEXT_A, encoding="utf-8")
    for name in ("Thumbs.db", "~$ладка.txt", "download.txt.crdownload", ".DS_Store"):
        (archive / "2020" / name).write_bytes(b"\x00" * 10)
    # a download's NTFS stream copied out as a file: text a search would find («[ZoneTransfer]»)
    (archive / "2020" / "Справка.pdf:Zone.Identifier").write_text(
        "[ZoneTransfer]\r\nZoneId=3\r\nHostUrl=https://assembly.kz/upload/spravka.pdf\r\n", encoding="ascii")
    index = archive / ".assembly-index"  # the ingest's own output, hidden or not, is no document
    summary = run_ingest([str(archive)], IngestOptions(index_dir=index, workers=1, report_path=archive / ".report"))
    skipped = {os.path.relpath(r.path, archive): r.reason for r in summary.files if r.status == "skipped"}
    assert skipped == {
        ".git": "hidden", ".hidden.txt": "hidden", "2020/.DS_Store": "hidden", "notes.json": "unsupported",
        "2020/Thumbs.db": "system", "2020/~$ладка.txt": "system", "2020/download.txt.crdownload": "system",
        "2020/Справка.pdf:Zone.Identifier": "system",
    }
    assert "Skipped by reason: system: 4, hidden: 3, unsupported: 1." in summary.text() and summary.exit_code == 0
    # a root holding nothing but hidden files is still taken for a share that is not mounted
    for path in (archive / "a.txt", archive / "2020" / "b.txt", archive / "2020" / "c.txt", archive / "notes.json",
                 archive / "2020" / "Справка.pdf:Zone.Identifier"):
        path.unlink()
    pruned = run_ingest([str(archive)], IngestOptions(index_dir=index, workers=1, prune=True))
    assert pruned.counts["removed"] == 0 and "has no files now" in pruned.text()


def test_copied_out_streams_in_every_form_are_skipped_a_name_with_a_colon_is_read(tmp_path):
    root = tmp_path / "share"
    root.mkdir()
    zone = "[ZoneTransfer]\r\nZoneId=3\r\nHostUrl=https://assembly.kz/upload/spravka.pdf\r\n"
    streams = {"Справка.pdf:Zone.Identifier:$DATA": zone,  # a copy tool writes the stream's type
               "Справка.pdf\uf03aZone.Identifier": zone,  # a catia-mapped share or a Mac client maps the colon
               "Справка.pdf:SmartScreen": "Anaheim",  # Edge's second stream on a download
               "Справка.pdf\uf03aSmartScreen\uf03a$DATA": "Anaheim",
               "Справка.pdf:com.dropbox.attrs:$DATA": zone,
               "Справка.pdf_Zone.Identifier": zone,  # a copy tool that writes the colon as «_»
               "Справка.pdf\uf022Zone.Identifier": zone, "Справка.pdf\uff1aZone.Identifier": zone,  # Mac SMB, rclone
               "Справка.pdf%3AZone.Identifier": zone}
    for name, text in streams.items():
        (root / name).write_text(text, encoding="ascii")
    # a document whose name holds a colon (or the mapped one) is still a document
    (root / "Отчет: итоги.txt").write_text(TEXT_A, encoding="utf-8")
    (root / "Отчет\uf03a итоги года.txt").write_text(TEXT_B, encoding="utf-8")
    (root / "Инструкция_SmartScreen").write_text("Инструкция\n\nКак проверить загруженный файл фильтром SmartScreen.\n", encoding="utf-8")
    summary = ingest(root, tmp_path / "index")
    got = {Path(r.path).name: (r.status, r.reason) for r in summary.files}
    assert got == {**{name: ("skipped", "system") for name in streams},
                   "Отчет: итоги.txt": ("indexed", None), "Отчет\uf03a итоги года.txt": ("indexed", None),
                   "Инструкция_SmartScreen": ("indexed", None)}
    assert "NTFS stream" in next(r.message for r in summary.files if r.status == "skipped")


def test_recycle_bins_and_system_folders_are_one_line_each_and_editor_backups_are_skipped(tmp_path):
    root = tmp_path / "share"
    (root / "Отчеты").mkdir(parents=True)
    (root / "Отчеты" / "отчет.txt").write_text(TEXT_A, encoding="utf-8")
    (root / "Отчеты" / "отчет.txt~").write_text(TEXT_A + "Старая правка.\n", encoding="utf-8")
    (root / "Отчеты" / "отчет.bak").write_bytes(b"%PDF-1.4\n")  # a PDF by its bytes, but a backup by its name
    bins = {"$RECYCLE.BIN/S-1-5-21-1004-512": "$RA1B2C3.txt", "RECYCLER/S-1-5-21-1": "Dc1.txt",
            "System Volume Information": "tracking.log", "lost+found": "#1234", "__MACOSX/Отчеты": "._отчет.txt",
            "FOUND.000": "FILE0000.CHK"}
    for folder, name in bins.items():
        (root / folder).mkdir(parents=True)
        (root / folder / name).write_text(TEXT_B, encoding="utf-8")
    (root / "$RECYCLE.BIN" / "S-1-5-21-1004-512" / "$IA1B2C3.txt").write_bytes(b"\x02\x00\x00\x00C\x00:\x00\\\x00")
    summary = ingest(root, tmp_path / "index")
    got = {os.path.relpath(r.path, root): (r.status, r.reason) for r in summary.files}
    assert got == {"Отчеты/отчет.txt": ("indexed", None), "Отчеты/отчет.txt~": ("skipped", "backup"),
                   "Отчеты/отчет.bak": ("skipped", "backup"), "$RECYCLE.BIN": ("skipped", "system"),
                   "RECYCLER": ("skipped", "system"), "System Volume Information": ("skipped", "system"),
                   "lost+found": ("skipped", "system"), "__MACOSX": ("skipped", "system"),
                   "FOUND.000": ("skipped", "system")}
    assert summary.exit_code == 0  # the recycle bin's metadata files no longer fail as binary
    service = SearchService(tmp_path / "index")
    assert service.search(SearchRequest("Дементьева")).total == 0  # the deleted drafts are not searchable


def test_a_file_without_extension_is_text_when_its_bytes_are(tmp_path):
    root = tmp_path / "archive"
    root.mkdir()
    (root / "README").write_bytes(TEXT_B.encode("cp1251"))  # a report saved without extension
    (root / "numbers").write_text("12345 67890 13579\n" * 50, encoding="ascii")  # text, but no words
    (root / "blob").write_bytes(bytes(range(256)) * 8)
    for name in ("notes.md", "table.csv", "script.py", "data.json"):  # text, but not reports in a folder
        (root / name).write_text("Совет матерей провел встречу в Актобе.\n", encoding="utf-8")
    got = {Path(r.path).name: (r.status, r.reason, r.format) for r in ingest(root, tmp_path / "index").files}
    assert got == {"README": ("indexed", None, "txt"), "numbers": ("skipped", "unsupported", None),
                   "blob": ("skipped", "unsupported", None), "notes.md": ("skipped", "unsupported", None),
                   "table.csv": ("skipped", "unsupported", None), "script.py": ("skipped", "unsupported", None),
                   "data.json": ("skipped", "unsupported", None)}
    assert SearchService(tmp_path / "index").search(SearchRequest("Дементьева")).total == 1
    # named on the command line, a file is taken by any extension a parser reads
    named = run_ingest([str(root / "notes.md"), str(root / "script.py")],
                       IngestOptions(index_dir=tmp_path / "index", workers=1))
    assert {Path(r.path).name: (r.status, r.reason) for r in named.files} == {
        "notes.md": ("indexed", None), "script.py": ("skipped", "unsupported")}


def test_a_dot_in_a_name_that_starts_no_extension_leaves_the_file_without_one(tmp_path):
    root = tmp_path / "archive"
    root.mkdir()
    texts = {"Протокол от 12.03.2019": TEXT_A, "Выступление Н.А. Назарбаева": TEXT_B,  # a date, initials
             "Speech by N.Nazarbayev": TEXT_C}  # a word too long for an extension
    for name, text in texts.items():
        (root / name).write_bytes(text.encode("cp1251"))
    (root / "Приказ от 01.02.2020").write_bytes(bytes(range(256)) * 8)  # no extension, and no text either
    for name in ("journal.log", "Доклад.pptx"):  # real extensions, of no report
        (root / name).write_text("Совет матерей провел встречу в Актобе.\n", encoding="utf-8")
    summary = ingest(root, tmp_path / "index")
    got = {Path(r.path).name: (r.status, r.reason, r.format) for r in summary.files}
    assert got == {name: ("indexed", None, "txt") for name in texts} | {
        "Приказ от 01.02.2020": ("skipped", "unsupported", None), "journal.log": ("skipped", "unsupported", None),
        "Доклад.pptx": ("skipped", "unsupported", None)}
    says = {Path(r.path).name: r.message for r in summary.files}
    assert says["Приказ от 01.02.2020"].endswith("(no extension).") and says["Доклад.pptx"].endswith("(.pptx).")
    assert SearchService(tmp_path / "index").search(SearchRequest("Дементьева")).total == 1


def test_an_office_document_named_txt_is_skipped_as_under_its_own_name_and_not_parsed_again(tmp_path, monkeypatch):
    import zipfile

    from ingest import pipeline

    root = tmp_path / "archive"
    root.mkdir()
    with zipfile.ZipFile(root / "report.txt", "w") as pptx:  # a presentation renamed .txt (a DOCX would be read)
        pptx.writestr("ppt/presentation.xml", "<presentation/>")
    shutil.copy(root / "report.txt", root / "svod.pptx")
    shutil.copy(root / "report.txt", root / "tablitsa.docx")
    first = ingest(root, tmp_path / "index").files
    # the same bytes, one status (it was «failed» under a report's name, «skipped» under a presentation's)
    assert {Path(r.path).name: (r.status, r.reason) for r in first} == {
        "report.txt": ("skipped", "unsupported"), "svod.pptx": ("skipped", "unsupported"),
        "tablitsa.docx": ("skipped", "unsupported")}
    says = {Path(r.path).name: r.message for r in first}
    assert says["svod.pptx"] == "The file is a PowerPoint presentation (PPTX), which is not supported."
    # the name is what the archivist has to fix
    assert says["tablitsa.docx"] == "The file is a PowerPoint presentation (PPTX), which is not supported. It is misnamed: not a .docx file."
    assert says["report.txt"].endswith("It is misnamed: not a .txt file.")  # a copy of the same bytes: its own name
    (root / "svod.pptx").unlink()
    (root / "tablitsa.docx").unlink()
    parsed: list[str] = []
    real_run_pool = pipeline.run_pool
    monkeypatch.setattr(pipeline, "run_pool", lambda tasks, *a, **kw: parsed.extend(tasks) or real_run_pool(tasks, *a, **kw))
    again = ingest(root, tmp_path / "index")
    assert [(r.status, r.reason) for r in again.files] == [("skipped", "unsupported")] and parsed == []
    assert "not read again" in again.files[0].message


def _crash_on_poison(path, *args, **kwargs):
    # stands in for a parser that takes its process down (a C library's segfault, the OOM killer)
    if Path(path).name == "poison.txt":
        os._exit(70)
    return real_process_file(path, *args, **kwargs)


def test_a_parser_process_that_dies_fails_its_file_only(tmp_path, monkeypatch):
    from ingest import parser_pool

    root = _many_reports(tmp_path / "many", 40, "Донесение")
    (root / "poison.txt").write_text("Отчет, на котором падает разбор\n\nТекст.", encoding="utf-8")
    monkeypatch.setattr(parser_pool, "process_file", _crash_on_poison)  # the workers are forked
    summary = ingest(root, tmp_path / "index")
    by_name = {Path(r.path).name: r for r in summary.files}
    assert by_name["poison.txt"].status == "failed" and by_name["poison.txt"].reason == "worker_crashed"
    assert summary.counts["indexed"] == 40, [r for r in summary.files if r.status == "failed"]
    assert SearchService(tmp_path / "index").doc_count() == 40


def _stuck_on_trap(path, *args):
    if path.endswith("trap.txt"):
        # backtracks inside the regex engine, where no signal handler (the time limit) runs, for
        # about a minute: a parser stuck in native code
        re.match(r"(a+)+$", "a" * 31 + "b")
    return real_process_file(path, *args)


_ONE_CTRL_C = {"marker": ""}  # a file made by the first parser to press Ctrl-C: a second press stops hard


def _ctrl_c_at_the_first_file(path, *args):
    try:
        os.close(os.open(_ONE_CTRL_C["marker"], os.O_CREAT | os.O_EXCL))
    except FileExistsError:
        pass
    else:
        os.kill(os.getppid(), signal.SIGINT)  # a parser process, forked: its parent is the ingest
    return real_process_file(path, *args)


def test_a_removal_the_stopped_batch_did_not_make_is_not_reported_removed(tmp_path, monkeypatch):
    from ingest import parser_pool

    root = _many_reports(tmp_path / "many", 12, "Справка")
    (root / "a.txt").write_text("Уникальнаязапись\n\nКороткий.", encoding="utf-8")  # the smallest: parsed last
    (root / "b.txt").write_text("Уникальнаязапись\n\nКороткий.", encoding="utf-8")
    index = tmp_path / "index"
    ingest(root, index)
    for i in range(12):  # changed, so the next batch has files to parse before a.txt
        with open(root / f"doc{i:04d}.txt", "a", encoding="utf-8") as fh:
            fh.write("Дополнение.\n")
    (root / "a.txt").write_text("Уникальнаязапись\n\nИзменено.", encoding="utf-8")
    (root / "b.txt").unlink()  # its document goes when a.txt's new version is written
    monkeypatch.setattr(parser_pool, "process_file", _ctrl_c_at_the_first_file)
    monkeypatch.setitem(_ONE_CTRL_C, "marker", str(tmp_path / "pressed"))
    summary = ingest(root, index, prune=True)
    assert summary.interrupted
    b = next(r for r in summary.files if Path(r.path).name == "b.txt")
    assert (b.status, b.reason) == ("skipped", "not_reached"), b  # it said "removed"
    hit = SearchService(index).search(SearchRequest("Уникальнаязапись")).hits[0]
    assert sorted(Path(p).name for p in hit.paths) == ["a.txt", "b.txt"]  # indeed not removed


def test_a_parser_stuck_past_its_time_limit_is_ended_and_the_batch_finishes(tmp_path, monkeypatch):
    from ingest import parser_pool

    root = _many_reports(tmp_path / "many", 12, "Справка")
    (root / "trap.txt").write_text("Отчет, на котором разбор застревает\n\nТекст.", encoding="utf-8")
    monkeypatch.setattr(parser_pool, "process_file", _stuck_on_trap)  # the workers are forked
    monkeypatch.setattr(parser_pool, "STALL_GRACE", 1.0)
    started = time.monotonic()
    summary = ingest(root, tmp_path / "index", time_limit=1.0)
    assert time.monotonic() - started < 30  # without the watchdog: a minute, however short the limit
    by_name = {Path(r.path).name: r for r in summary.files}
    assert by_name["trap.txt"].status == "failed" and by_name["trap.txt"].reason == "timeout"
    assert summary.counts["indexed"] == 12 and summary.exit_code == 1
    assert SearchService(tmp_path / "index").doc_count() == 12


# Run in a child process: a regression hangs it (and would hang pytest at exit), so the test
# ends it by a timeout instead.
_HALF_A_RESULT = """
import multiprocessing, os, sys, time
from pathlib import Path
from ingest import parser_pool
from ingest.pipeline import _Task
from ingest.worker import Outcome

def half_a_result(path, *args):
    # the first file's result comes back; on the second the parser stops halfway through sending
    # its result, as one ended by the batch's stop would: the message's header and a few bytes
    # go into the pool's result pipe, then the parser waits
    if path.endswith("first.txt"):
        return Outcome(path, message="done")
    frame = sys._getframe()
    while "result_queue" not in frame.f_locals:  # concurrent.futures' worker loop holds the pipe
        frame = frame.f_back
    writer = frame.f_locals["result_queue"]._writer
    os.write(writer.fileno(), (10_000_000).to_bytes(4, "big") + b"partial")
    time.sleep(3600)

parser_pool.process_file = half_a_result  # the workers are forked
folder = Path(sys.argv[1])
tasks = [_Task(n, str(folder / n), str(folder), [], {}, False, "hash", 1) for n in ("second.txt", "first.txt")]
results = parser_pool.run_pool(tasks, workers=1, time_limit=120, size_limit=2**20, memory_limit=0)
assert next(results)[0].message == "done"
# a process forked meanwhile (as the index's writer processes are) must not keep the pipe open
holder = multiprocessing.get_context("fork").Process(target=time.sleep, args=(3600,), daemon=True)
holder.start()
time.sleep(0.5)  # the parser is now stuck halfway through sending the second result
results.close()  # the batch stops: its parsers are ended
print("stopped")
"""


def test_stopping_while_a_parser_sends_its_result_does_not_hang(tmp_path):
    # the pool's reader waited forever for the rest of the message: the pipe stayed open
    run = subprocess.run([sys.executable, "-c", _HALF_A_RESULT, str(tmp_path)], capture_output=True, text=True,
                         timeout=60, env=dict(os.environ, PYTHONPATH=os.getcwd()))
    assert run.returncode == 0 and run.stdout.strip() == "stopped", run.stderr


def test_progress_gives_an_eta_only_once_the_rate_means_something():
    import io

    from ingest.progress import ETA_AFTER_SECONDS, Progress

    out = io.StringIO()
    progress = Progress(10, 10_000, stream=out, interval=0)
    progress.advance(1000)
    assert out.getvalue().splitlines()[-1].endswith("ETA …")  # the workers are still starting
    progress.started -= ETA_AFTER_SECONDS  # as if two seconds had passed at the same pace
    progress.advance(1000)
    assert out.getvalue().splitlines()[-1].startswith("progress: 2/10 files") and "ETA 0:0" in out.getvalue()


def test_checking_a_large_archive_shows_progress_but_a_quick_check_stays_quiet():
    import io

    from ingest.progress import Progress

    out = io.StringIO()
    checking = Progress(3, 3_000, stream=out, interval=0, label="checking", delay=2.0)
    checking.advance(1000)
    assert out.getvalue() == ""  # done within the delay: no line at all
    checking.started -= 2.0  # as if reading the files had taken two seconds so far
    checking.advance(1000)
    assert out.getvalue().startswith("checking: 2/3 files, 0.0 MB")


def _worker_that_cannot_start(parent: int, memory_limit: int = 0) -> None:
    os._exit(71)


def test_parser_processes_that_cannot_start_fail_every_file_and_the_batch_ends(tmp_path, monkeypatch):
    import threading

    from ingest import parser_pool

    root = _many_reports(tmp_path / "few", 5, "Сообщение")
    monkeypatch.setattr(parser_pool, "_start_worker", _worker_that_cannot_start)
    result = []
    batch = threading.Thread(target=lambda: result.append(ingest(root, tmp_path / "index")), daemon=True)
    batch.start()
    batch.join(timeout=120)
    assert not batch.is_alive(), "the batch never ended"
    summary = result[0]
    assert summary.counts["failed"] == 5 and summary.failed_by_reason == {"worker_crashed": 5}
    assert summary.exit_code == 1


def test_a_process_forked_inside_the_batch_leaves_ctrl_c_to_the_main_process():
    # a parser or writer process inherits the batch's handler until it sets its own; a Ctrl-C
    # reaching the whole group in that moment must not make it announce a stop of its own
    from ingest.graceful_stop import GracefulStop

    said = []
    with GracefulStop(said.append) as stop:
        child = os.fork()
        if child == 0:
            os.kill(os.getpid(), signal.SIGINT)
            os._exit(3 if stop.requested or said else 0)
        _, status = os.waitpid(child, 0)
        assert os.waitstatus_to_exitcode(status) == 0
        os.kill(os.getpid(), signal.SIGINT)  # the main process still stops gracefully
        assert stop.requested and said == ["Stopping: committing the files done so far (Ctrl-C again to stop at once)…"]



_ONE_PARSER_STUCK = """
import os, sys, time
from pathlib import Path
from ingest import parser_pool
from assembly_search.cli import main

parse = parser_pool.process_file

def one_stuck(path, *args):
    if not path.endswith("doc0000.txt"):
        return parse(path, *args)
    Path(sys.argv[3]).touch()  # the stuck file is in a parser's hands
    time.sleep(3600)  # stuck where no time limit reaches (a native library looping)

parser_pool.process_file = one_stuck  # the parsers are forked
sys.exit(main(["ingest", sys.argv[1], "--index", sys.argv[2], "--workers", "2", "--report", sys.argv[4]]))
"""


@pytest.mark.parametrize("presses", [1, 2])
def test_ctrl_c_stops_without_waiting_for_the_files_in_the_parsers_hands(tmp_path, presses):
    # one Ctrl-C waited for a file to finish (a stuck one: until the stall watchdog, minutes
    # later); a second one left the pool waiting for every file it had been handed, here forever
    started, report = tmp_path / "started", tmp_path / "report.jsonl"
    proc = subprocess.Popen([sys.executable, "-c", _ONE_PARSER_STUCK, str(_many_reports(tmp_path / "many", 4, "Записка")),
                             str(tmp_path / "index"), str(started), str(report)], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True, env=dict(os.environ, PYTHONPATH=os.getcwd()), start_new_session=True)
    deadline = time.monotonic() + 60
    while not started.exists() and time.monotonic() < deadline:
        time.sleep(0.05)
    if presses == 1:
        time.sleep(1.0)  # the other files are done by now (or soon: they are committed either way)
    os.killpg(proc.pid, signal.SIGINT)
    if presses == 2:
        while "Stopping" not in (proc.stderr.readline() or "Stopping"):
            pass
        os.killpg(proc.pid, signal.SIGINT)
    try:
        out, err = proc.communicate(timeout=60)
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
    assert proc.returncode == 130 and "Traceback" not in err, err
    deadline = time.monotonic() + 10
    while _group_alive(proc.pid) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not _group_alive(proc.pid), "parsers outlived the stopped ingest"
    done = SearchService(tmp_path / "index").doc_count()  # the index opens
    got = Counter((line["status"], line["reason"]) for line in map(json.loads, report.read_text("utf-8").splitlines()))
    assert sum(got.values()) == 4 and got[("skipped", "not_reached")] >= 1, got  # the stuck file, at least
    if presses == 1:  # what was written is committed; the stuck file is left for the next run
        assert "stopped early" in out and f"{done} indexed" in out and done <= 3
        assert got[("indexed", None)] == done
    else:  # the open batch is dropped: what was parsed is reported as not saved
        assert "interrupted" in err and done == 0
        assert set(got) <= {("skipped", "not_reached"), ("skipped", "not_saved")}, got


_SLOW_LAST_COMMIT = """
import sys, time
from pathlib import Path
from index import store
from assembly_search.cli import main

close = store.IndexWriter.close

def slow_close(self, **kwargs):
    Path(sys.argv[3]).touch()  # the last commit begins
    time.sleep(2)  # a large one, merging segments
    close(self, **kwargs)

store.IndexWriter.close = slow_close
sys.exit(main(["ingest", sys.argv[1], "--index", sys.argv[2]]))
"""


def test_a_ctrl_c_during_the_last_commit_lets_it_finish(tmp_path):
    # it dropped the whole open batch: the handlers were restored before the last commit
    started = tmp_path / "committing"
    proc = subprocess.Popen([sys.executable, "-c", _SLOW_LAST_COMMIT, str(_many_reports(tmp_path / "many", 6, "Отчет")),
                             str(tmp_path / "index"), str(started)], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True, env=dict(os.environ, PYTHONPATH=os.getcwd()), start_new_session=True)
    deadline = time.monotonic() + 60
    while not started.exists() and time.monotonic() < deadline:
        time.sleep(0.05)
    os.killpg(proc.pid, signal.SIGINT)
    out, err = proc.communicate(timeout=60)
    assert proc.returncode == 0 and "finished" in out and "6 indexed" in out, err
    assert SearchService(tmp_path / "index").doc_count() == 6


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_the_terminal_bar_fits_the_terminal_and_messages_go_below_it(monkeypatch):
    from ingest.progress import FeedbackStream, Progress

    monkeypatch.setenv("COLUMNS", "80")
    screen = _Terminal()
    feedback = FeedbackStream(screen)
    progress = Progress(12_000, 3_000 * 2**20, stream=feedback)
    for _ in range(3):
        progress._last = 0.0  # as if the terminal's redraw interval had passed
        progress.advance(50 * 2**20)
    feedback.line("Stopping: committing the files done so far")
    drawn = [line.split("\n")[0] for line in screen.getvalue().split("\r")[1:]]
    assert len(drawn) == 3 and all(len(line) < 80 for line in drawn)  # a wrapped line would scroll instead
    assert drawn[-1].startswith("progress: [") and "3/12000 files, 150.0/3000.0 MB" in drawn[-1] and "ETA" in drawn[-1]
    assert screen.getvalue().endswith("\nStopping: committing the files done so far\n")  # below the bar


def _drawn_on_a_pty(columns: int) -> list[str]:
    """The lines a progress bar draws on a real pseudo-terminal `columns` wide (0: no size set)."""
    import fcntl
    import struct
    import termios

    from ingest.progress import FeedbackStream, Progress

    master, slave = os.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 24 if columns else 0, columns, 0, 0))
    with open(slave, "w", encoding="utf-8", closefd=True) as terminal:
        progress = Progress(118, 18_500_000, stream=FeedbackStream(terminal))
        progress.started -= 5  # past the start-up, so an ETA is shown
        for _ in range(3):
            progress._last = 0.0
            progress.advance(150_000)
    output = b""
    while True:  # to the end of what was written: then reading a pty whose other end closed fails
        try:
            chunk = os.read(master, 65536)
        except OSError:
            break
        if not chunk:
            break
        output += chunk
    os.close(master)
    return output.decode().replace("\r\n", "\n").split("\r")[1:]


def test_a_terminal_of_no_width_gets_a_bar_80_wide_not_a_traceback(monkeypatch):
    # a pty given no size (`script`, `docker exec -t`) says 0 columns: the bar was -1 wide, a
    # ValueError before anything was indexed; COLUMNS=0 the same
    monkeypatch.delenv("COLUMNS", raising=False)
    drawn = _drawn_on_a_pty(0)
    assert len(drawn) == 3 and all(len(line.rstrip("\n")) == 79 for line in drawn), drawn
    assert drawn[-1].startswith("progress: [")
    monkeypatch.setenv("COLUMNS", "0")  # unknown: the terminal's own width is used
    drawn = _drawn_on_a_pty(60)
    assert len(drawn) == 3 and all(len(line.rstrip("\n")) == 59 for line in drawn), drawn


def test_the_bar_fits_the_terminal_it_is_drawn_on_not_stdouts(monkeypatch):
    # `ingest … > summary.txt` on a narrow window: the bar (stderr) took stdout's width, 80
    monkeypatch.delenv("COLUMNS", raising=False)
    for columns in (40, 30, 60):
        drawn = _drawn_on_a_pty(columns)
        assert len(drawn) == 3 and all(len(line) < columns for line in drawn), (columns, drawn)
        # the figures that fit, whole: the files and the ETA always
        assert "3/118" in drawn[-1] and re.search(r"ETA \d+:\d\d\s*$", drawn[-1]), drawn[-1]


def test_the_eta_counts_the_small_files_left_after_the_large_ones():
    from ingest.progress import RemainingTime

    # the parsers take the largest files first: 10 of 10 MB at 1 s each, then 1,000 of 10 KB at
    # 0.01 s each (20 s in all); after the large ones and 100 small ones, 9 s are left
    remaining, clock, files, nbytes = RemainingTime(), 0.0, 0, 0
    for size, cost, count in ((10_000_000, 1.0, 10), (10_000, 0.01, 100)):
        for _ in range(count):
            clock, files, nbytes = clock + cost, files + 1, nbytes + size
            remaining.add(clock, files, nbytes)
    left = remaining.estimate(clock, files, nbytes, 900, 900 * 10_000)
    assert 7 < left < 11, left  # by bytes alone it said 0.8 s


def test_a_few_large_files_first_do_not_make_the_first_eta_hours():
    import io

    from ingest.progress import Progress

    # reports of 8 and 4 MB, then 600 small files: 26 s, 13 s, then 0.1 s each (99 s in all); the
    # first lines said «ETA 4:18:46», the large file's time for every small one
    sizes_costs = [(8 << 20, 26.0), (4 << 20, 13.0)] + [(2_000, 0.1)] * 600
    out = io.StringIO()
    progress = Progress(len(sizes_costs), sum(size for size, _ in sizes_costs), stream=out, interval=0)
    total_seconds = sum(cost for _, cost in sizes_costs)
    clock, said = 0.0, []
    for size, cost in sizes_costs:
        clock += cost
        progress.started = time.monotonic() - clock  # as if `clock` seconds had passed
        progress.advance(size)
        eta = out.getvalue().splitlines()[-1].rsplit("ETA ", 1)[1]
        said.append((total_seconds - clock, eta))
    assert said[0][1] == "…" and said[1][1] == "…", said[:2]  # nothing is known of the small files yet
    assert all(eta != "…" for _, eta in said[5:])  # a few small ones tell
    for left, eta in said:
        if eta != "…":
            minutes, seconds = eta.split(":")[-2:]
            assert len(eta) <= 5 and abs(int(minutes) * 60 + int(seconds) - left) <= max(5, left / 3), (left, eta)


def test_many_failures_alike_show_a_few_lines_and_a_count_the_report_has_them_all(tmp_path):
    root = tmp_path / "scans"
    root.mkdir()
    for i in range(25):
        (root / f"empty{i:02d}.txt").write_bytes(b"")
    (root / "good.txt").write_text(TEXT_A, encoding="utf-8")
    report = tmp_path / "report.jsonl"
    run = _cli("ingest", str(root), "--index", str(tmp_path / "index"), "--report", str(report))
    assert run.returncode == 1, run.stderr
    lines = [line for line in run.stderr.splitlines() if line.startswith("failed:")]
    assert len(lines) == 21 and lines[-1] == f"failed: … and 5 more as empty (the report {report} lists every file)."
    assert "Failed by reason: empty: 25." in run.stdout
    assert sum(1 for line in report.read_text("utf-8").splitlines() if '"empty"' in line) == 25


def test_a_failed_file_with_a_line_break_in_its_name_is_one_line_of_output(tmp_path):
    root = tmp_path / "archive"
    root.mkdir()
    (root / "пустой\nфайл.txt").write_bytes(b"")
    (root / "good.txt").write_text(TEXT_A, encoding="utf-8")
    run = _cli("ingest", str(root), "--index", str(tmp_path / "index"))
    assert run.returncode == 1, run.stderr
    lines = [line for line in run.stderr.splitlines() if line.startswith("failed:")]
    assert lines == [f"failed: {root}/пустой\\nфайл.txt: The file is empty (zero bytes)."]


@pytest.mark.parametrize("codec, name", [
    ("cp1251", "Пустой.txt"),  # a name from a Windows archive: was \\udccf\\udcf3…
    ("koi8_r", "Пустой отчет Ассамблеи.txt"),  # from an old Unix one: was рХУФПК ПФЮЕФ бУУБНВМЕЙ.txt
    ("cp1251", "ДокладАНК.txt"),  # a lowercase letter before a capital, and capitals before it too
    ("cp866", "Отчёт АНК 2015.txt"),  # from a ZIP made on Russian Windows: was Ћвзсв ЂЌЉ 2015.txt
    ("cp866", "протокол заседания.txt"),  # was ЇаЮвЮЄЮ« ­ бҐ¤ ­Ёп.txt
])
def test_a_failed_file_with_a_name_that_is_not_utf8_is_shown_readable(tmp_path, codec, name):
    root = tmp_path / "archive"
    root.mkdir()
    (root / os.fsdecode(name.encode(codec))).write_bytes(b"")
    run = _cli("ingest", str(root), "--index", str(tmp_path / "index"))
    lines = [line for line in run.stderr.splitlines() if line.startswith("failed:")]
    assert lines == [f"failed: {root}/{name}: The file is empty (zero bytes)."]


@pytest.mark.parametrize("folder_codec, folder, codec, name", [
    ("cp1251", "Папка", "koi8_r", "Протокол.txt"),  # was Папка/рТПФПЛПМ.txt: one reading for the whole path
    ("utf-8", "Отчёты", "cp1251", "Протокол.txt"),  # was the UTF-8 folder read as windows-1251 too
])
def test_each_name_of_a_path_is_shown_in_its_own_code_page(tmp_path, folder_codec, folder, codec, name):
    root = tmp_path / "archive"
    inner = root / os.fsdecode(folder.encode(folder_codec))
    inner.mkdir(parents=True)
    (inner / os.fsdecode(name.encode(codec))).write_bytes(b"")
    run = _cli("ingest", str(root), "--index", str(tmp_path / "index"))
    lines = [line for line in run.stderr.splitlines() if line.startswith("failed:")]
    assert lines == [f"failed: {root}/{folder}/{name}: The file is empty (zero bytes)."]


def test_a_large_file_leaves_no_garbage_for_the_slow_paced_collector(tmp_path):
    # at a batch's pace a big page's tree (a cycle of many objects) stayed in memory beside the
    # next file's: the parser collects after a large file
    from index.processes import batch_gc
    from ingest.worker import COLLECT_AFTER_BYTES, process_file

    rows = "".join(f"<p>Депутат Иванов{i} отметил работу Ассамблеи в регионе {i}.</p>\n" for i in range(12000))
    page = tmp_path / "big.html"
    page.write_text(f"<html><head><meta charset='utf-8'></head><body><article>{rows}</article></body></html>",
                    encoding="utf-8")
    assert page.stat().st_size > COLLECT_AFTER_BYTES
    with batch_gc():
        gc.collect()
        outcome = process_file(str(page), str(tmp_path), "", 0, 10**9)
        left = gc.collect()
    assert outcome.record is not None
    assert left == 0


def test_a_file_that_failed_for_its_own_bytes_is_not_read_again_until_it_changes(tmp_path, monkeypatch):
    # a folder of scans failed as no_text_layer on every run, each read and parsed again
    import ingest.pipeline as pipeline

    root = tmp_path / "archive"
    root.mkdir()
    (root / "protected.pdf").write_bytes((FIXTURES / "password.pdf").read_bytes())
    (root / "a.txt").write_text(TEXT_A, encoding="utf-8")
    index = tmp_path / "index"
    assert statuses(ingest(root, index)) == {"protected.pdf": "failed", "a.txt": "indexed"}
    parsed: list[str] = []

    def spying(tasks, *args, **kwargs):
        parsed.extend(Path(t.path).name for t in tasks)
        return real_run_pool(tasks, *args, **kwargs)

    real_run_pool = pipeline.run_pool
    monkeypatch.setattr(pipeline, "run_pool", spying)
    again = ingest(root, index)
    report = {Path(r.path).name: r for r in again.files}["protected.pdf"]
    assert report.status == "failed" and report.reason == "password_required" and "not read again" in report.message
    assert parsed == [] and again.exit_code == 1
    ingest(root, index, force=True)
    assert sorted(parsed) == ["a.txt", "protected.pdf"]
    parsed.clear()
    (root / "protected.pdf").write_bytes((FIXTURES / "two_column.pdf").read_bytes())  # replaced by a readable one
    assert statuses(ingest(root, index))["protected.pdf"] == "indexed" and parsed == ["protected.pdf"]


def test_the_same_text_under_a_pdf_name_and_a_txt_name_is_indexed_as_text(tmp_path):
    # parsed once from b.pdf, both paths failed "not a PDF"; and once b.pdf was gone, kk.txt stayed
    # refused as a damaged PDF until --force
    root = tmp_path / "archive"
    root.mkdir()
    text = "Итоги сессии\n\nЖумабеков отметил, что Ассамблея работает.\n"
    (root / "kk.txt").write_text(text, encoding="utf-8")
    (root / "b.pdf").write_text(text, encoding="utf-8")
    index = tmp_path / "index"
    got = {Path(r.path).name: (r.status, r.format) for r in ingest(root, index).files}
    # one file read as text, the other its copy in the same batch
    assert sorted(got.values()) == [("indexed", "txt"), ("unchanged", "txt")] and set(got) == {"kk.txt", "b.pdf"}
    (root / "b.pdf").unlink()
    assert statuses(ingest(root, index, prune=True)) == {"kk.txt": "unchanged", "b.pdf": "removed"}
    assert [Path(p).name for p in SearchService(index).search(SearchRequest("Ассамблея")).hits[0].paths] == ["kk.txt"]


def test_a_failure_is_remembered_for_the_format_the_bytes_were_read_as(tmp_path):
    # bytes that failed as a PDF (by their name) were refused under any other name as a damaged PDF
    root = tmp_path / "archive"
    root.mkdir()
    garbage = bytes(range(256)) * 8
    (root / "scan.pdf").write_bytes(garbage)
    index = tmp_path / "index"
    first = {Path(r.path).name: (r.status, r.reason) for r in ingest(root, index).files}
    assert first == {"scan.pdf": ("failed", "damaged")}
    (root / "scan.pdf").rename(root / "scan.txt")
    again = next(r for r in ingest(root, index, prune=True).files if r.path.endswith("scan.txt"))
    assert (again.status, again.reason, again.format) == ("failed", "binary", "txt")
    assert "not read again" not in again.message
    (root / "scan.txt").rename(root / "scan.pdf")  # each format keeps its own failure
    back = next(r for r in ingest(root, index, prune=True).files if r.path.endswith("scan.pdf"))
    assert (back.status, back.reason) == ("failed", "damaged") and "not read again" in back.message


def test_a_failure_an_older_ingest_met_is_tried_again_by_a_newer_one(tmp_path, monkeypatch):
    # a remembered failure stayed until --force: a file a newer ingest could read (its parser fixed)
    # kept being reported as damaged without being read, and nothing said why
    import ingest.pipeline as pipeline

    root = tmp_path / "archive"
    root.mkdir()
    (root / "scan.pdf").write_bytes(bytes(range(256)) * 8)
    index = tmp_path / "index"
    assert statuses(ingest(root, index)) == {"scan.pdf": "failed"}
    remembered = next(r for r in ingest(root, index).files if r.path.endswith("scan.pdf"))
    assert "not read again" in remembered.message
    monkeypatch.setattr(pipeline, "EXTRACTION_VERSION", pipeline.EXTRACTION_VERSION + 1)  # the archive upgraded
    retried = next(r for r in ingest(root, index).files if r.path.endswith("scan.pdf"))
    assert (retried.status, retried.reason) == ("failed", "damaged") and "not read again" not in retried.message
    again = next(r for r in ingest(root, index).files if r.path.endswith("scan.pdf"))
    assert "not read again" in again.message  # remembered once more, under the new version
    # a cache written before failures kept a version: its failures are tried once more too
    cache = index / "ingest-hashes.json"
    data = json.loads(cache.read_text("utf-8"))
    data["failed"] = {d: {fmt: f[:3] for fmt, f in by_format.items()} for d, by_format in data["failed"].items()}
    cache.write_text(json.dumps(data), "utf-8")
    old_cache = next(r for r in ingest(root, index).files if r.path.endswith("scan.pdf"))
    assert old_cache.reason == "damaged" and "not read again" not in old_cache.message


def _spy_parsed(monkeypatch) -> list[str]:
    """The names of the files the next ingests hand to the parser processes."""
    import ingest.pipeline as pipeline

    parsed: list[str] = []
    real_run_pool = pipeline.run_pool

    def spying(tasks, *args, **kwargs):
        parsed.extend(Path(t.path).name for t in tasks)
        return real_run_pool(tasks, *args, **kwargs)

    monkeypatch.setattr(pipeline, "run_pool", spying)
    return parsed


def _as_shown(index: Path) -> tuple:
    """What search shows of every document, its paths aside: documents whole, hits, facets, quotes."""
    svc = SearchService(index)
    hits = svc.search(SearchRequest("", per_page=50)).hits
    views = []
    for hit in sorted(hits, key=lambda h: h.doc_id):
        view = svc.document(hit.doc_id)
        view.paths = view.source = None
        view.added = view.changed = None  # when each index took it in: seconds apart, not the document
        views.append(view)
    found = svc.search(SearchRequest("Ассамблеи", per_page=50))
    quotes = svc.quotes(SearchRequest("Платонов", per_page=50)).hits + svc.quotes(SearchRequest("страница", per_page=50)).hits
    return (views, [(h.doc_id, h.title, h.snippet_html) for h in found.hits], found.facets,
            [(q.passage_id, q.text, q.speakers, q.page) for q in quotes])


def test_a_moved_folder_is_not_parsed_again_and_its_documents_stay_the_same(archive, tmp_path, monkeypatch):
    # Renaming a folder re-parsed every file in it (as costly as the first ingest), and a run with
    # --prune reported each one "indexed" and "removed"
    index = tmp_path / "index"
    (archive / "2020" / "columns.pdf").write_bytes((FIXTURES / "two_column.pdf").read_bytes())  # pages in quotes
    ingest(archive, index)
    before = _as_shown(index)
    assert before[3] and any(q[3] for q in before[3])  # quotes found, a PDF's with its page
    parsed = _spy_parsed(monkeypatch)
    (archive / "2020").rename(archive / "2020-отчеты")
    moved = ingest(archive, index, prune=True)
    lines = {Path(r.path).name: (r.status, r.reason) for r in moved.files if r.path.endswith(("b.txt", "c.txt", ".pdf"))}
    assert lines == {n: ("unchanged", "moved") for n in ("b.txt", "c.txt", "columns.pdf")} and parsed == []
    assert "0 indexed" in moved.text() and "0 removed" in moved.text() and "3 moved" in moved.text()
    assert moved.exit_code == 0
    hit = SearchService(index).search(SearchRequest("Дементьева")).hits[0]
    assert [Path(p).parent.name for p in hit.paths] == ["2020-отчеты"]
    (archive / "2020-отчеты").rename(archive / "2021")
    kept = ingest(archive, index)  # without --prune: the old paths stay listed, and the run says so
    b = next(r for r in kept.files if r.path.endswith("b.txt"))
    assert (b.status, b.reason) == ("unchanged", "moved") and "--prune" in b.message and parsed == []
    hit = SearchService(index).search(SearchRequest("Дементьева")).hits[0]
    assert sorted(Path(p).parent.name for p in hit.paths) == ["2020-отчеты", "2021"]
    pruned = ingest(archive, index, prune=True)  # drops the old paths, and no document
    b = next(r for r in pruned.files if r.path.endswith("b.txt") and r.status == "removed")
    assert "stays indexed under" in b.message and "2021" in b.message and parsed == []
    assert b.reason == "old_path" and "0 removed, 3 old paths dropped, 0 failed" in pruned.text()  # was "3 removed"
    hit = SearchService(index).search(SearchRequest("Дементьева")).hits[0]
    assert [Path(p).parent.name for p in hit.paths] == ["2021"]
    assert _as_shown(index) == before  # the same text, facets, passages, speakers and pages


@pytest.mark.parametrize("codec, was", [("cp1251", "windows-1251"), ("cp866", "cp866")])
def test_a_name_converted_to_utf8_is_told_as_such_not_as_a_move_to_the_same_name(tmp_path, codec, was):
    # convmv: «Moved here from …/Протокол заседания.txt» on …/Протокол заседания.txt, the same letters
    root, index = tmp_path / "archive", tmp_path / "index"
    root.mkdir()
    old = os.fsencode(root) + b"/" + "Протокол заседания.txt".encode(codec)
    Path(os.fsdecode(old)).write_text(TEXT_A, encoding="utf-8")
    ingest(root, index)
    os.rename(old, root / "Протокол заседания.txt")
    moved = next(r for r in ingest(root, index, prune=True).files if r.reason == "moved")
    assert moved.message == (f"The file name's encoding changed ({was} → UTF-8): its document lists this path "
                             "instead.")


def test_a_copy_of_an_indexed_file_is_listed_without_parsing_it(archive, tmp_path, monkeypatch):
    index = tmp_path / "index"
    ingest(archive, index)
    parsed = _spy_parsed(monkeypatch)
    shutil.copy(archive / "a.txt", archive / "2020" / "copy-of-a.txt")
    summary = ingest(archive, index)
    copy = next(r for r in summary.files if Path(r.path).name == "copy-of-a.txt")
    assert (copy.status, copy.reason, parsed) == ("unchanged", "copied", [])
    assert "a.txt" in copy.message and copy.document_id and copy.characters and copy.format == "txt"
    hit = SearchService(index).search(SearchRequest("Платонов")).hits[0]
    assert sorted(Path(p).name for p in hit.paths) == ["a.txt", "copy-of-a.txt"]


def test_force_counts_a_moved_or_copied_file_updated_not_indexed_and_removed(archive, tmp_path):
    # with --force --prune a moved file was "indexed" and its old path "removed", and a copy
    # "indexed", though the index had their documents all along
    index = tmp_path / "index"
    ingest(archive, index)
    (archive / "a.txt").rename(archive / "moved-a.txt")
    shutil.copy(archive / "2020" / "b.txt", archive / "copy-of-b.txt")
    summary = ingest(archive, index, force=True, prune=True)
    lines = {Path(r.path).name: (r.status, r.reason) for r in summary.files if r.status != "skipped"}
    assert lines == {"moved-a.txt": ("updated", "moved"), "copy-of-b.txt": ("updated", "copied"),
                     "b.txt": ("updated", None), "c.txt": ("updated", None)}
    assert "0 indexed" in summary.text() and "0 removed" in summary.text()


def test_a_file_dated_by_its_name_is_parsed_again_when_the_new_name_gives_another_date(tmp_path, monkeypatch):
    root = tmp_path / "archive"
    root.mkdir()
    (root / "2019-03-12 справка.txt").write_text("Справка\n\nСовет матерей провел встречу.\n", encoding="utf-8")
    index = tmp_path / "index"
    ingest(root, index)
    parsed = _spy_parsed(monkeypatch)
    (root / "2019-03-12 справка.txt").rename(root / "2020-05-01 справка.txt")
    summary = ingest(root, index, prune=True)
    assert parsed == ["2020-05-01 справка.txt"] and statuses(summary) == {"2020-05-01 справка.txt": "updated"}
    assert str(SearchService(index).search(SearchRequest("Совет")).hits[0].date) == "2020-05-01"


def test_a_file_dated_by_a_date_its_text_mentions_takes_the_date_of_its_new_name(tmp_path, monkeypatch):
    # the name's date is the archivist's statement and beats «1 марта 1995 года» mentioned in the body
    root = tmp_path / "archive"
    root.mkdir()
    (root / "doklad.txt").write_text("Доклад\n\nАссамблея, созданная 1 марта 1995 года, подвела итоги.\n",
                                     encoding="utf-8")
    index = tmp_path / "index"
    ingest(root, index)
    assert str(SearchService(index).search(SearchRequest("Ассамблея")).hits[0].date) == "1995-03-01"
    parsed = _spy_parsed(monkeypatch)
    (root / "doklad.txt").rename(root / "2005-12-12_doklad.txt")
    summary = ingest(root, index, prune=True)
    assert parsed == ["2005-12-12_doklad.txt"] and statuses(summary) == {"2005-12-12_doklad.txt": "updated"}
    assert str(SearchService(index).search(SearchRequest("Ассамблея")).hits[0].date) == "2005-12-12"


def test_a_rename_that_changes_the_format_parses_the_file_again(tmp_path, monkeypatch):
    # plain text named .htm is read as HTML; renamed .txt it kept the HTML reading (one paragraph
    # of collapsed lines) where a fresh ingest reads it as text, paragraphs kept
    root = tmp_path / "archive"
    root.mkdir()
    text = "Итоги сессии\n\nЖумабеков отметил, что Ассамблея работает.\nВторая строка.\n\nНовый абзац о молодежи.\n"
    (root / "itogi.htm").write_text(text, encoding="utf-8")
    index = tmp_path / "index"
    ingest(root, index)
    parsed = _spy_parsed(monkeypatch)
    (root / "itogi.htm").rename(root / "itogi.txt")
    moved = next(r for r in ingest(root, index, prune=True).files if r.path.endswith("itogi.txt"))
    assert (moved.status, moved.format, parsed) == ("updated", "txt", ["itogi.txt"])
    fresh = tmp_path / "fresh"
    ingest(root, fresh)
    assert _as_shown(index) == _as_shown(fresh)


def test_swapped_files_and_a_new_file_under_a_renamed_ones_name_are_told_as_moves(archive, tmp_path):
    # each swapped file was reported "A copy of <the other>", and a renamed file "A copy of" its old
    # name, which holds a new file now: nothing was copied
    index = tmp_path / "index"
    ingest(archive, index)
    b, c = archive / "2020" / "b.txt", archive / "2020" / "c.txt"
    b_bytes = b.read_bytes()
    b.write_bytes(c.read_bytes())
    c.write_bytes(b_bytes)
    (archive / "a.txt").rename(archive / "a-renamed.txt")
    (archive / "a.txt").write_text("Новый файл\n\nСовсем другой текст о молодежи.\n", encoding="utf-8")
    summary = ingest(archive, index, prune=True)
    lines = {Path(r.path).name: (r.status, r.reason, r.message) for r in summary.files if r.path.endswith("txt")}
    assert lines["b.txt"][:2] == lines["c.txt"][:2] == ("updated", "moved")
    assert "Of the updated files, 2 moved" in summary.text() and "Of the unchanged files, 1 moved" in summary.text()
    assert "from " in lines["b.txt"][2] and "c.txt" in lines["b.txt"][2] and "b.txt" in lines["c.txt"][2]
    assert lines["a-renamed.txt"][:2] == ("unchanged", "moved") and "a.txt" in lines["a-renamed.txt"][2]
    assert lines["a.txt"][:2] == ("updated", None)


def test_a_file_moved_from_a_folder_not_given_is_moved_when_its_old_path_is_gone(archive, tmp_path):
    # the new path was "copied" from a file that no longer existed: only the folders given were checked
    other = tmp_path / "other"
    other.mkdir()
    index = tmp_path / "index"
    run_ingest([str(archive), str(other)], IngestOptions(index_dir=index, workers=2))
    shutil.copy(archive / "a.txt", other / "copy.txt")
    (archive / "2020" / "b.txt").rename(other / "b.txt")
    summary = ingest(other, index)
    lines = {Path(r.path).name: r for r in summary.files}
    assert (lines["copy.txt"].status, lines["copy.txt"].reason) == ("unchanged", "copied")  # a.txt is still there
    assert (lines["b.txt"].status, lines["b.txt"].reason) == ("unchanged", "moved")
    # the ingested root, still there, which one ingest drops every such old path of (not each subfolder)
    assert f"and the old one until an ingest of {archive} with --prune." in lines["b.txt"].message
    assert (f"1 moved file came from {archive}: its document lists its old path there too until "
            f"`assembly-search ingest {archive} --prune --index {index}`.") in summary.text()
    assert statuses(ingest(archive, index, prune=True))["b.txt"] == "removed"
    hit = SearchService(index).search(SearchRequest("Дементьева")).hits[0]
    assert hit.paths == [str(other / "b.txt")]


def test_trees_with_copies_merged_count_each_moved_file_once_and_name_where_each_came_from(tmp_path):
    # a department's byte copy made its document's old paths count twice: «4 moved files came from
    # dep_a» (it held 3) and «2 … from dep_b» (it held 1), and both new copies named both old paths
    work, index = tmp_path / "work", tmp_path / "index"
    (work / "dep_a").mkdir(parents=True)
    (work / "dep_b").mkdir()
    for n in (1, 2, 3):
        (work / "dep_a" / f"otchet_{n}.txt").write_text(f"Отчет отдела {n}\n\nТекст отчета номер {n}.\n", encoding="utf-8")
    shutil.copy(work / "dep_a" / "otchet_1.txt", work / "dep_b" / "Отчёт отдела 1.txt")
    run_ingest([str(work / "dep_a"), str(work / "dep_b")], IngestOptions(index_dir=index, workers=1))
    (tmp_path / "merged").mkdir()
    for tree in ("dep_a", "dep_b"):
        (work / tree).rename(tmp_path / "merged" / tree)
    summary = ingest(tmp_path / "merged", index)
    text = summary.text()
    assert f"3 moved files came from {work / 'dep_a'}, which no longer exists" in text
    assert f"1 moved file came from {work / 'dep_b'}, which no longer exists" in text
    lines = {r.path: r.message for r in summary.files}
    copy = lines[str(tmp_path / "merged" / "dep_b" / "Отчёт отдела 1.txt")]
    assert copy.startswith(f"Moved here from {work / 'dep_b' / 'Отчёт отдела 1.txt'}: ") and "otchet_1" not in copy
    assert lines[str(tmp_path / "merged" / "dep_a" / "otchet_1.txt")].startswith(
        f"Moved here from {work / 'dep_a' / 'otchet_1.txt'}: its document lists this path now, and the old one until")


def test_a_prune_of_a_sub_folder_names_no_deleted_file_as_where_the_content_stays(tmp_path):
    # moved to a sibling folder, then deleted there: «its content stays indexed under
    # …/Отдел/copy.txt, …/Сессии_старые/a.txt» named a file that no longer exists
    archive, index = tmp_path / "archive", tmp_path / "index"
    for folder in ("Сессии/2018", "Сессии_старые", "Отдел"):
        (archive / folder).mkdir(parents=True)
    (archive / "Сессии" / "2018" / "a.txt").write_text("Информация\n\nСессия Ассамблеи и ее итоги.\n", encoding="utf-8")
    shutil.copy(archive / "Сессии" / "2018" / "a.txt", archive / "Отдел" / "copy.txt")
    (archive / "Сессии" / "2018" / "c.txt").write_text("Протокол\\n\\nРешения Совета Ассамблеи.\\n", encoding="utf-8")
    (archive / "Сессии" / "2018" / "b.txt").write_text("Справка\n\nЗаседание Совета и его решения.\n", encoding="utf-8")
    ingest(archive, index)
    for name in ("a.txt", "b.txt"):
        (archive / "Сессии" / "2018" / name).rename(archive / "Сессии_старые" / name)
    ingest(archive, index)
    for name in ("a.txt", "b.txt"):
        (archive / "Сессии_старые" / name).unlink()
    lines = {Path(r.path).name: r for r in ingest(archive / "Сессии", index, prune=True).files}
    assert (lines["a.txt"].status, lines["a.txt"].reason) == ("removed", "old_path")
    assert lines["a.txt"].message == f"The file is gone; its content stays indexed under {archive / 'Отдел' / 'copy.txt'}."
    # no file of it left: the gone path outside the folder pruned is named as gone
    assert lines["b.txt"].message == (f"The file is gone; its content stays indexed under "
                                      f"{archive / 'Сессии_старые' / 'b.txt'}, whose file is gone too (an ingest of "
                                      f"{archive} with --prune drops it).")


def test_a_file_gone_since_it_was_indexed_is_reported_by_a_run_without_prune(archive, tmp_path):
    # a plain re-run said nothing of it, while its document stayed searchable
    index, report = tmp_path / "index", tmp_path / "report.jsonl"
    ingest(archive, index)
    old_id = SearchService(index).search(SearchRequest("волонтеры")).hits[0].doc_id
    (archive / "2020" / "c.txt").unlink()
    (archive / "a.txt").rename(archive / "moved.txt")  # told on its new path's line only
    summary = ingest(archive, index, report_path=report)
    lines = _report_lines(report)
    assert (lines["c.txt"]["status"], lines["c.txt"]["document_id"], lines["c.txt"]["format"]) == ("gone", old_id, "txt")
    assert "until a run with --prune" in lines["c.txt"]["message"] and "a.txt" not in lines
    assert "1 file indexed before is gone; its document stays searchable until a run with --prune." in summary.text()
    assert summary.exit_code == 0 and SearchService(index).search(SearchRequest("волонтеры")).total == 1
    pruned = ingest(archive, index, prune=True)
    assert statuses(pruned)["c.txt"] == "removed" and "gone" not in pruned.text()
    assert "c.txt" not in statuses(ingest(archive, index))


def test_prune_force_parses_no_file_outside_the_folders_given(archive, tmp_path, monkeypatch):
    # every document that lost a path under the folder given was parsed again from its copy in
    # another folder (with --force), and that file was reported "updated" (with or without)
    other = tmp_path / "other"
    other.mkdir()
    shutil.copy(archive / "a.txt", other / "a.txt")
    index = tmp_path / "index"
    run_ingest([str(archive), str(other)], IngestOptions(index_dir=index, workers=2))
    parsed = _spy_parsed(monkeypatch)
    for force in (False, True):
        (archive / "a.txt").unlink()
        summary = ingest(archive, index, prune=True, force=force)
        lines = [(os.path.relpath(r.path, tmp_path), r.status, r.reason) for r in summary.files if r.path.endswith("a.txt")]
        assert lines == [("archive/a.txt", "removed", "old_path")]
        assert "a.txt" not in parsed and summary.counts["updated"] == (2 if force else 0)  # b.txt and c.txt
        hit = SearchService(index).search(SearchRequest("Платонов")).hits[0]
        assert hit.paths == [str(other / "a.txt")]
        shutil.copy(other / "a.txt", archive / "a.txt")
        ingest(archive, index)  # listed under both folders again


def _before_parsing(monkeypatch, action) -> None:
    """Call `action(tasks)` once the next ingest has hashed its files and planned, just before
    its parsers start on `tasks` (a sync tool or a person at work while the batch runs)."""
    import ingest.pipeline as pipeline

    real_run_pool = pipeline.run_pool

    def acting(tasks, *args, **kwargs):
        if tasks:
            action(tasks)
        return real_run_pool(tasks, *args, **kwargs)

    monkeypatch.setattr(pipeline, "run_pool", acting)


def _change_before_parsing(monkeypatch, path: Path, content: bytes) -> None:
    """Rewrite `path` after the next ingest hashed it, before it is parsed."""
    _before_parsing(monkeypatch, lambda tasks: path.write_bytes(content))


def test_a_file_emptied_while_the_batch_runs_is_not_remembered_as_failed_under_its_good_content(archive, tmp_path,
                                                                                                 monkeypatch):
    # The failure was filed under the hash of the bytes planned, not of those parsed: once whole
    # again, the file was refused on every run ("has not changed since an earlier run found this")
    index, report = tmp_path / "index", archive / "zz-report.txt"
    good = "Отчет о заседании Совета\n\nСлово КОНТРОЛЬНОЕСЛОВО в отчете.\n".encode()
    report.write_bytes(good)
    _change_before_parsing(monkeypatch, report, b"")
    first = ingest(archive, index)
    zz = next(r for r in first.files if r.path == str(report))
    assert (zz.status, zz.reason) == ("skipped", "changed") and "run the same command again" in zz.message
    assert first.exit_code == 1 and statuses(first)["a.txt"] == "indexed"
    monkeypatch.undo()
    report.write_bytes(good)  # whole again
    assert statuses(ingest(archive, index))["zz-report.txt"] == "indexed"
    assert SearchService(index).search(SearchRequest("КОНТРОЛЬНОЕСЛОВО")).total == 1


def test_a_file_rewritten_while_the_batch_runs_gets_no_other_contents_id(archive, tmp_path, monkeypatch):
    # it was indexed with its new text under the id of the old bytes, which the next run then
    # took for another document
    index, target = tmp_path / "index", archive / "zz-target.txt"
    target.write_text("Старая версия\n\nСлово СТАРОЕСЛОВО в отчете.\n", encoding="utf-8")
    new = "Новая версия\n\nСлово НОВОЕСЛОВО в отчете, дополненная.\n".encode()
    _change_before_parsing(monkeypatch, target, new)
    first = ingest(archive, index)
    target_line = next(r for r in first.files if r.path.endswith("zz-target.txt"))
    # a skipped line has a format, as a vanished or failed one has (it was null)
    assert (target_line.status, target_line.reason, target_line.format) == ("skipped", "changed", "txt")
    svc = SearchService(index)
    assert svc.search(SearchRequest("НОВОЕСЛОВО")).total == 0 and svc.search(SearchRequest("СТАРОЕСЛОВО")).total == 0
    monkeypatch.undo()
    assert statuses(ingest(archive, index))["zz-target.txt"] == "indexed"
    svc.refresh()
    hits = svc.search(SearchRequest("НОВОЕСЛОВО")).hits
    assert [h.doc_id for h in hits] == [real_file_hash(target)[:16]]
    assert svc.doc_count() == 4


def test_a_moved_file_edited_while_the_batch_runs_is_not_listed_with_its_old_content(archive, tmp_path, monkeypatch):
    # its stored record was written under the new path, reported "unchanged, moved", though the
    # file held new text; only the next run noticed
    import ingest.pipeline as pipeline

    index = tmp_path / "index"
    ingest(archive, index)
    (archive / "a.txt").rename(archive / "moved.txt")
    real_stored_records = pipeline.stored_records

    def edit_then_read(*args, **kwargs):  # the edit lands after the batch checked the file
        (archive / "moved.txt").write_text("Новый текст\n\nУНИКАЛЬНОЕСЛОВО появилось.\n", encoding="utf-8")
        return real_stored_records(*args, **kwargs)

    monkeypatch.setattr(pipeline, "stored_records", edit_then_read)
    summary = ingest(archive, index, prune=True)
    moved = next(r for r in summary.files if r.path.endswith("moved.txt"))
    assert (moved.status, moved.reason, moved.format) == ("skipped", "changed", "txt") and summary.exit_code == 1
    monkeypatch.setattr(pipeline, "stored_records", real_stored_records)
    again = next(r for r in ingest(archive, index, prune=True).files if r.path.endswith("moved.txt"))
    assert again.status == "indexed"
    assert SearchService(index).search(SearchRequest("УНИКАЛЬНОЕСЛОВО")).total == 1
    assert SearchService(index).search(SearchRequest("Платонов")).total == 0


def test_a_file_removed_while_the_batch_runs_is_reported_gone_and_its_copies_are_kept(archive, tmp_path, monkeypatch):
    # a copy deleted while the batch ran made the copy and its untouched original "failed:
    # The file cannot be read (No such file or directory)", exit 1
    import ingest.pipeline as pipeline

    index = tmp_path / "index"
    ingest(archive, index)
    copy = archive / "2020" / "copy-of-a.txt"
    shutil.copy(archive / "a.txt", copy)
    real_stored_records = pipeline.stored_records
    monkeypatch.setattr(pipeline, "stored_records", lambda *a: copy.unlink() or real_stored_records(*a))
    summary = ingest(archive, index)
    got = {Path(r.path).name: (r.status, r.reason) for r in summary.files}
    assert got["copy-of-a.txt"] == ("skipped", "vanished") and got["a.txt"] == ("unchanged", None)
    assert summary.exit_code == 0
    hit = SearchService(index).search(SearchRequest("Платонов")).hits[0]
    assert [Path(p).name for p in hit.paths] == ["a.txt"]
    monkeypatch.undo()

    new, twin = archive / "new.txt", archive / "2020" / "twin.txt"  # the same new content under two names
    for path in (new, twin):
        path.write_text("Новый отчет\n\nСлово ДВОЙНИК в тексте.\n", encoding="utf-8")
    _before_parsing(monkeypatch, lambda tasks: [Path(t.path).unlink() for t in tasks])
    summary = ingest(archive, index)
    got = {Path(r.path).name: (r.status, r.reason) for r in summary.files}
    read, beside = ("new.txt", "twin.txt") if got["new.txt"][1] == "vanished" else ("twin.txt", "new.txt")
    assert got[read] == ("skipped", "vanished") and got[beside] == ("skipped", "not_reached")
    assert summary.exit_code == 1  # the copy beside it is there, not indexed yet
    monkeypatch.undo()
    rerun = ingest(archive, index)
    assert statuses(rerun)[beside] == "indexed" and SearchService(index).search(SearchRequest("ДВОЙНИК")).total == 1


def _share_indexed_before_backups_and_bins_were_skipped(tmp_path) -> tuple[Path, Path]:
    """A share whose recycle bin and editor's backup an earlier version indexed: named on the
    command line, they are indexed today too, so the index holds what that version made."""
    root = tmp_path / "share"
    (root / "Отчеты").mkdir(parents=True)
    (root / "$RECYCLE.BIN" / "S-1-5-21-1").mkdir(parents=True)
    (root / "Отчеты" / "отчет.txt").write_text(TEXT_A, encoding="utf-8")
    (root / "Отчеты" / "отчет.txt~").write_text(TEXT_B, encoding="utf-8")  # an older version, other words
    (root / "Отчеты" / "копия.txt~").write_text(TEXT_A, encoding="utf-8")  # the same content as отчет.txt
    (root / "$RECYCLE.BIN" / "S-1-5-21-1" / "$RA1B2C3.txt").write_text(TEXT_C, encoding="utf-8")
    index = tmp_path / "index"
    named = [root / "Отчеты" / "отчет.txt~", root / "Отчеты" / "копия.txt~", root / "$RECYCLE.BIN" / "S-1-5-21-1" / "$RA1B2C3.txt"]
    run_ingest([str(root), *map(str, named)], IngestOptions(index_dir=index, workers=2))
    assert SearchService(index).doc_count() == 3
    return root, index


def _lines(summary, root: Path) -> list[tuple[str, str, str | None]]:
    return sorted((os.path.relpath(r.path, root), r.status, r.reason) for r in summary.files)


@pytest.mark.parametrize("force", [False, True])
def test_prune_removes_what_an_earlier_version_indexed_of_recycle_bins_and_backups(tmp_path, force):
    root, index = _share_indexed_before_backups_and_bins_were_skipped(tmp_path)
    pruned = ingest(root, index, prune=True, force=force)
    assert _lines(pruned, root) == [
        ("$RECYCLE.BIN", "skipped", "system"),
        ("$RECYCLE.BIN/S-1-5-21-1/$RA1B2C3.txt", "removed", "system"),
        ("Отчеты/копия.txt~", "removed", "backup"),  # one line a file: not skipped beside it, nor parsed again
        ("Отчеты/отчет.txt", "updated" if force else "unchanged", None),
        ("Отчеты/отчет.txt~", "removed", "backup")]
    messages = {Path(r.path).name: r.message for r in pruned.files}
    assert "$RECYCLE.BIN" in messages["$RA1B2C3.txt"] and "stays indexed under" in messages["копия.txt~"]
    service = SearchService(index)
    assert service.search(SearchRequest("Дементьева")).total == 0  # the backup's older version
    assert service.search(SearchRequest("волонтеры")).total == 0  # the recycle bin's draft
    assert service.search(SearchRequest("Платонов")).hits[0].paths == [str(root / "Отчеты" / "отчет.txt")]
    assert _lines(ingest(root, index, prune=True), root) == [
        ("$RECYCLE.BIN", "skipped", "system"), ("Отчеты/копия.txt~", "skipped", "backup"),
        ("Отчеты/отчет.txt", "unchanged", None), ("Отчеты/отчет.txt~", "skipped", "backup")]


def test_force_without_prune_leaves_what_the_index_holds_of_skipped_files_unread(tmp_path):
    root, index = _share_indexed_before_backups_and_bins_were_skipped(tmp_path)
    (root / "Отчеты" / "отчет.txt").write_text(TEXT_A + "Дополнение.\n", encoding="utf-8")  # копия.txt~ keeps the old
    forced = ingest(root, index, force=True)
    assert _lines(forced, root) == [
        ("$RECYCLE.BIN", "skipped", "system"), ("Отчеты/копия.txt~", "skipped", "backup"),
        ("Отчеты/отчет.txt", "updated", None), ("Отчеты/отчет.txt~", "skipped", "backup")]
    # the backup's and the bin's documents; копия.txt~'s is отчет.txt's, which stays after --prune too
    assert ("2 documents an earlier version indexed from files ingest skips now stay searchable until a run with "
            "--prune removes them") in forced.text()
    service = SearchService(index)
    assert service.search(SearchRequest("Дементьева")).total == 1  # no --prune: kept as it was
    assert service.search(SearchRequest("волонтеры")).total == 1
    assert service.search(SearchRequest("Дополнение")).total == 1


def test_a_file_with_a_placeholder_modification_time_keeps_the_dates_its_text_mentions(tmp_path):
    # unpacked from a ZIP without times, a file says it was written 1980-01-01: no date after that
    # would count, and a report of 2019 would be undated
    import os
    from datetime import datetime
    root = tmp_path / "archive"
    root.mkdir()
    report = root / "otchet.txt"
    report.write_text("Отчёт\n\nЗаседание Совета Ассамблеи прошло 12 марта 2019 года в Астане.\n", encoding="utf-8")
    stamp = datetime(1980, 1, 1).timestamp()
    os.utime(report, (stamp, stamp))
    index = tmp_path / "index"
    ingest(root, index)
    assert str(SearchService(index).search(SearchRequest("Ассамблея")).hits[0].date) == "2019-03-12"


def test_a_report_pdf_is_dated_by_its_creation_date_however_it_was_copied_and_a_scan_by_its_text(tmp_path):
    # a 2010 report recalls the Assembly's founding (1995): the CreationDate is its date, whether the
    # copy kept the file's time (cp -p, unzip) or not; a scanner's file is dated by its text instead
    from datetime import datetime
    from tests.conftest import make_pdfs_module
    mk = make_pdfs_module()
    lines = [(72, 760, 14, "Отчет о деятельности Ассамблеи за 2009 год"),
             (72, 730, 11, "В отчетном году Ассамблея, созданная 1 марта 1995 года, провела 120 мероприятий.")]
    dates = {}
    for case, producer, stamp in (("kept_time", "Microsoft Word", datetime(2010, 5, 5, 12)),
                                  ("plain_copy", "Microsoft Word", None),
                                  ("scan", "ABBYY FineReader 11", None)):
        root = tmp_path / case
        root.mkdir()
        pdf = mk.MiniPdf(info={"Producer": producer, "CreationDate": "D:20100505093000+06'00'"})
        pdf.page(lines)
        pdf.save(root / "otchet.pdf")
        if stamp:
            os.utime(root / "otchet.pdf", (stamp.timestamp(), stamp.timestamp()))
        ingest(root, tmp_path / f"{case}.idx")
        hit = SearchService(tmp_path / f"{case}.idx").search(SearchRequest("Ассамблея")).hits[0]
        dates[case] = (str(hit.date), hit.date_source)
    assert dates == {"kept_time": ("2010-05-05", "metadata"), "plain_copy": ("2010-05-05", "metadata"),
                     "scan": ("1995-03-01", "text")}


def test_a_news_pdf_with_a_placeholder_or_template_creation_date_is_dated_by_the_event_it_reports(tmp_path):
    # generators write the Unix epoch or DOS's 1980-01-01, and a file made from a 2009 template keeps
    # its date: a 2018 news item was dated 1970, 1980 or 2009, and a filter for 2018 missed it
    from datetime import date
    from tests.conftest import make_pdfs_module
    mk = make_pdfs_module()
    root = tmp_path / "archive"
    root.mkdir()
    for name, created in (("epoch", "D:19700101000000Z"), ("dos", "D:19800101000000"),
                          ("template", "D:20091015120000+06'00'")):
        pdf = mk.MiniPdf(info={"Producer": "Microsoft Word", "CreationDate": created})
        pdf.page([(72, 760, 14, "Форум молодежи Ассамблеи в Павлодаре"),
                  (72, 730, 11, "В Павлодаре 14 сентября 2018 года прошел областной форум молодежи.")])
        pdf.save(root / f"forum-{name}.pdf")
    ingest(root, tmp_path / "index")
    service = SearchService(tmp_path / "index")
    # the same title, text and date: one result standing for the three (index.same_text joins no other dates)
    hits = service.search(SearchRequest("форум")).hits
    assert [(str(h.date), h.date_source) for h in hits] == [("2018-09-14", "text")]
    assert sorted(Path(p).name for p in [hits[0].paths[0], *(c.paths[0] for c in hits[0].copies)]) == [
        "forum-dos.pdf", "forum-epoch.pdf", "forum-template.pdf"]
    found = service.search(SearchRequest("форум", date_from=date(2018, 1, 1), date_to=date(2018, 12, 31)))
    assert found.total == 1 and len(found.hits[0].copies) == 2


def test_an_index_this_account_cannot_read_says_so_not_missing_or_damaged(as_another_user):
    # a folder it may not list gave a traceback in search and «There is no index» in stats; files
    # it may not open were «damaged — rebuild with --force», hours of work where a chmod does
    folder, run = as_another_user
    archive, index = folder / "archive", folder / "index"
    archive.mkdir()
    (archive / "a.txt").write_text(TEXT_A, encoding="utf-8")
    assert run("ingest", str(archive), "--index", str(index)).returncode == 0
    fix = "give the account running assembly-search read access to the index folder and its files"
    segments = [p for p in index.iterdir() if p.suffix in (".seg", ".toc")]
    for lock, restore in (([index], 0o755), (segments, 0o644)):
        for path in lock:
            path.chmod(0o000)
        try:
            answers = [run(*command, "--index", str(index)) for command in (["search", "Ассамблея"], ["stats"])]
        finally:
            for path in lock:
                path.chmod(restore)
        for answer in answers:
            assert answer.returncode != 0 and "Traceback" not in answer.stderr, answer.stderr
            assert f"The index at {index} cannot be read by this account" in answer.stderr and fix in answer.stderr, \
                answer.stderr
    assert run("search", "Ассамблея", "--index", str(index)).returncode == 0  # nothing lost


def test_an_index_in_a_folder_this_account_cannot_enter_names_that_folder_and_serve_starts(as_another_user):
    # the usual mistake on shared storage, /srv/assembly-search of mode 700: serve and ingest
    # printed a traceback (serve, restarted by its unit every 5 s for ever), and stats named the
    # index folder, whose own permissions were fine
    folder, run = as_another_user
    archive, index = folder / "archive", folder / "srv" / "index"
    archive.mkdir()
    (archive / "a.txt").write_text(TEXT_A, encoding="utf-8")
    assert run("ingest", str(archive), "--index", str(index)).returncode == 0
    enter = (f"the folder {folder / 'srv'} cannot be entered (Permission denied); give the account running "
             f"assembly-search the right to enter {folder / 'srv'} and to")
    health = ("from search_app import create_app; import sys; "
              "r = create_app(sys.argv[1]).test_client().get('/health'); print(r.status_code, r.get_json()['reason'])")
    (folder / "srv").chmod(0)
    try:
        answers = {command[0]: run(*command, "--index", str(index))
                   for command in (["ingest", str(archive)], ["stats"], ["search", "Ассамблея"],
                                   ["serve", "--host", "no-such-host.invalid"])}
        checked = run("-c", health, str(index), python=True)
    finally:
        (folder / "srv").chmod(0o755)
    for name, answer in answers.items():
        assert "Traceback" not in answer.stderr, (name, answer.stderr)
        assert f"{enter} {'write' if name == 'ingest' else 'read'} the index folder in it" in answer.stderr, \
            (name, answer.stderr)
    assert [answers[n].returncode for n in ("ingest", "stats", "search")] == [2, 1, 1]  # as for an index folder it cannot write
    # serve starts (its unit restarts nothing) and says it at start; bind failed here on purpose
    assert "cannot listen on 'no-such-host.invalid'" in answers["serve"].stderr
    assert checked.stdout.split() == ["503", "unreadable"], checked.stderr
    assert run("search", "Ассамблея", "--index", str(index)).returncode == 0  # nothing lost


def _saved_pages(root: Path) -> None:
    """A page saved whole by a browser and one saved by Word, each with its folder of assets, and a
    folder named like one with no page beside it."""
    (root / "Форум волонтеров_files").mkdir(parents=True)
    (root / "doklad.files").mkdir()
    (root / "Отчеты_files").mkdir()
    (root / "Форум волонтеров.html").write_text(
        "<html><head><meta charset='utf-8'><title>Форум волонтеров</title></head><body><h1>Форум волонтеров</h1>"
        "<p>В Нур-Султане прошёл республиканский форум волонтеров Ассамблеи народа Казахстана.</p></body></html>",
        encoding="utf-8")
    assets = root / "Форум волонтеров_files"
    (assets / "analytics").write_text('(function(){var data={"resource":{"version":"1","macros":[]}};})();')
    (assets / "style").write_text("body{margin:0;padding:0;font-family:Arial,Helvetica,sans-serif;color:#333}")
    (assets / "saved_resource.html").write_text("<html><head><title></title></head><body></body></html>")
    (root / "doklad.htm").write_bytes("<html><head><meta name=ProgId content=Word.Document><title>Доклад</title>"
                                      "</head><body><p class=MsoNormal>Ассамблея подвела итоги работы за год.</p>"
                                      "</body></html>".encode("cp1251"))
    (root / "doklad.files" / "header.htm").write_bytes("<html><body><p class=MsoHeader>Ассамблея народа "
                                                       "Казахстана</p></body></html>".encode("cp1251"))
    (root / "Отчеты_files" / "отчет.txt").write_text(TEXT_C, encoding="utf-8")


def test_the_folder_a_saved_web_page_keeps_its_assets_in_is_one_skipped_line(tmp_path):
    """A page saved whole kept its scripts and styles (without an extension) beside it: they were
    indexed as English documents, Word's header.htm as a document «header», and an empty widget
    frame failed the batch (exit 1)."""
    root = tmp_path / "site"
    _saved_pages(root)
    summary = ingest(root, tmp_path / "index")
    got = {os.path.relpath(r.path, root): (r.status, r.reason) for r in summary.files}
    assert got == {"Форум волонтеров.html": ("indexed", None), "Форум волонтеров_files": ("skipped", "assets"),
                   "doklad.htm": ("indexed", None), "doklad.files": ("skipped", "assets"),
                   "Отчеты_files/отчет.txt": ("indexed", None)}  # no page beside it: a folder like any other
    assert summary.exit_code == 0
    service = SearchService(tmp_path / "index")
    assert service.doc_count() == 3 and service.search(SearchRequest("function")).total == 0


def test_a_saved_pages_folder_named_in_another_language_is_one_skipped_line(tmp_path):
    """A German Windows keeps a saved page's assets in «news-Dateien», a French one in
    «novosti_fichiers»: their like buttons and counters were indexed as documents («Facebook»)."""
    root = tmp_path / "site"
    for page, folder in (("news", "news-Dateien"), ("novosti", "novosti_fichiers"), ("otchet", "Otchet-files")):
        (root / folder).mkdir(parents=True)
        (root / f"{page}.htm").write_text(
            "<html><head><meta charset='utf-8'><title>Форум</title></head><body><h1>Форум волонтеров</h1><p>В Астане "
            f"прошёл республиканский форум волонтеров Ассамблеи народа Казахстана ({page}).</p></body></html>",
            encoding="utf-8")
        (root / folder / "like.htm").write_text("<html><head><meta charset='utf-8'><title>Facebook</title></head><body>"
                                                f"<p>Нравится: 12 человек нравится странице {page}.</p></body></html>",
                                                encoding="utf-8")
    summary = ingest(root, tmp_path / "index")
    got = {os.path.relpath(r.path, root): (r.status, r.reason) for r in summary.files}
    assert got == {"news.htm": ("indexed", None), "news-Dateien": ("skipped", "assets"),
                   "novosti.htm": ("indexed", None), "novosti_fichiers": ("skipped", "assets"),
                   "otchet.htm": ("indexed", None), "Otchet-files": ("skipped", "assets")}


def test_prune_removes_what_an_earlier_version_indexed_of_a_saved_pages_assets(tmp_path):
    root = tmp_path / "site"
    _saved_pages(root)
    index = tmp_path / "index"
    # named on the command line, the folders are read today too, as an earlier version read them
    run_ingest([str(root), str(root / "Форум волонтеров_files"), str(root / "doklad.files")],
               IngestOptions(index_dir=index, workers=2))
    assert SearchService(index).search(SearchRequest("function")).total == 1
    pruned = ingest(root, index, prune=True)
    removed = {os.path.relpath(r.path, root): r.reason for r in pruned.files if r.status == "removed"}
    assert removed == {"Форум волонтеров_files/analytics": "assets", "Форум волонтеров_files/style": "assets",
                       "doklad.files/header.htm": "assets"}
    assert SearchService(index).doc_count() == 3 and SearchService(index).search(SearchRequest("function")).total == 0


def test_a_single_file_web_page_is_found_and_indexed_as_its_page(tmp_path):
    """Word's «Веб-страница в одном файле» (.mht) was indexed as raw MIME text: its words were never found."""
    import quopri
    page = ("<html><head><meta http-equiv=Content-Type content='text/html; charset=windows-1251'>"
            "<title>Протокол заседания</title></head><body><p>Совет Ассамблеи рассмотрел вопросы подготовки "
            "к XXVII сессии.</p></body></html>")
    root = tmp_path / "archive"
    root.mkdir()
    (root / "protokol.mht").write_bytes(
        b'MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary="b"\r\n\r\n--b\r\n'
        b'Content-Transfer-Encoding: quoted-printable\r\nContent-Type: text/html; charset="windows-1251"\r\n\r\n'
        + quopri.encodestring(page.encode("cp1251")) + b"\r\n--b--\r\n")
    summary = ingest(root, tmp_path / "index")
    assert [(r.status, r.format, r.encoding) for r in summary.files] == [("indexed", "html", "cp1251")]
    hits = SearchService(tmp_path / "index").search(SearchRequest("подготовка сессии")).hits
    assert [h.title for h in hits] == ["Протокол заседания"]


def test_deeply_nested_old_pages_are_indexed_and_found(tmp_path):
    """A page saved from an old site, a <font> opened on each of its 1,200 lines and never closed,
    and a page of 20,000 nested divs failed with RecursionError (after minutes of quadratic work)."""
    root = tmp_path / "archive"
    root.mkdir()
    (root / "fonts.html").write_text(
        "<html><head><title>Отчёт</title></head><body>" + "".join(
            f'<font face="Arial" size=2>Заседание номер {i} провела Ассамблея народа Казахстана.<br>\n'
            for i in range(1200)) + "Последнюю строку подписал секретариат.</body></html>", encoding="utf-8")
    (root / "divs.html").write_text(
        "<html><body>" + "<div>" * 20000 + "<p>Этнокультурные объединения провели форум в Астане.</p>"
        + "</div>" * 20000 + "</body></html>", encoding="utf-8")
    summary = ingest(root, tmp_path / "index", time_limit=60)
    assert statuses(summary) == {"fonts.html": "indexed", "divs.html": "indexed"}
    svc = SearchService(tmp_path / "index")
    assert [h.title for h in svc.search(SearchRequest("секретариат")).hits] == ["Отчёт"]
    assert svc.search(SearchRequest("этнокультурные объединения")).total == 1


def test_a_typeset_pdf_s_words_are_found_and_its_attachments_reported(archive, tmp_path):
    """Words of a typeset or Word-made PDF that matched no search: «ofﬁcial» (a ligature),
    «процентов¹» (a footnote mark), «привлека\u00ad» / «тельности» (a soft hyphen at the line end),
    and a value filled into a form field; an attached file went unread without a word."""
    from tests.conftest import make_pdfs_module

    mk = make_pdfs_module()
    pdf = mk.MiniPdf()
    pdf.page([(72, mk.H - 80, 11, "The of\ufb01cial report of the Assembly was published."),
              (72, mk.H - 100, 11, "Доля граждан выросла до 83 процентов\u00b9, что важно для привлека\u00ad"),
              (72, mk.H - 114, 11, "тельности регионов. Анкету заполнил участник форума:"),
              (72, 100, 8, "\u00b9 По данным переписи населения.")])
    pdf.field(0, "surname", "Жумабеков")
    pdf.attachments["spisok.txt"] = "Список делегатов: Абдрахманов.".encode()
    pdf.save(archive / "typeset.pdf")
    report = tmp_path / "report.jsonl"
    ingest(archive, tmp_path / "index", report_path=report)
    service = SearchService(tmp_path / "index")
    for query in ("official", "процентов", "привлекательности", "Жумабеков"):
        assert service.search(SearchRequest(query)).total == 1, query
    assert _report_lines(report)["typeset.pdf"]["warnings"] == [
        "The values of 1 filled-in form field were indexed as text of their pages.",
        "It holds 1 attached file, not indexed: spisok.txt."]


SAMPLES = Path(__file__).resolve().parent.parent / "samples"
_IMPORTS_OF_A_BATCH = """
import os, sys
from pathlib import Path
from ingest.pipeline import IngestOptions, run_ingest
summary = run_ingest([sys.argv[1]], IngestOptions(index_dir=Path(sys.argv[2]), workers=2), stream=open(os.devnull, "w"))
print(summary.counts["indexed"], "bs4" in sys.modules)
"""


@pytest.mark.parametrize("with_page", [False, True])
def test_the_html_parser_is_imported_only_for_a_batch_that_may_hold_pages(tmp_path, with_page):
    """bs4, soupsieve and lxml are a quarter of ingest's imports: a batch of PDFs never loads them,
    and one with a page loads them once, before its parser processes fork (which then share them)."""
    folder = tmp_path / "archive"
    folder.mkdir()
    for src in sorted(SAMPLES.rglob("*.pdf"))[:2]:
        shutil.copy(src, folder)
    if with_page:
        shutil.copy(SAMPLES / "2020" / "karaganda-media-shkola.html", folder)
    run = subprocess.run([sys.executable, "-c", _IMPORTS_OF_A_BATCH, str(folder), str(tmp_path / "index")],
                         capture_output=True, text=True, cwd=Path(__file__).resolve().parent.parent)
    assert run.returncode == 0, run.stderr
    assert run.stdout.split() == [str(3 if with_page else 2), str(with_page)]


def test_a_protocols_surnames_before_initials_are_its_persons_in_the_index(tmp_path):
    # «Ахметова Г.С. Секретарь – …» filed «Г.С. Секретарь» and lost Г.С. Ахметова; «Аким
    # Алма-Атинской области» and «Кунаев Динмухамед Ахмедович» gave «А. Алма-Атинская», «К. Динмухамед»
    root = tmp_path / "docs"
    root.mkdir()
    (root / "protocol.txt").write_text(
        "Протокол заседания Совета Ассамблеи\n\nПетропавловск, 14 марта 2019 г.\n\n"
        "Председатель – Ахметова Г.С. Секретарь – Ким Р.К.\n\n"
        "На заседании присутствовал председатель общества «Видергебурт» Шмидт А.Ф. Вопросы задавали члены Совета.\n\n"
        "Аким Алма-Атинской области выступил. Кунаев Динмухамед Ахмедович родился в Верном.\n", encoding="utf-8")
    index = tmp_path / "index"
    ingest(root, index)
    svc = SearchService(index)
    try:
        res = svc.search(SearchRequest("протокол"))
        assert sorted(f.value for f in res.facets["persons"]) == ["А.Ф. Шмидт", "Г.С. Ахметова", "Д.А. Кунаев", "Р.К. Ким"]
        assert svc.search(SearchRequest('person:"Г.С. Ахметова"')).total == 1
    finally:
        svc.close()


def test_a_deleted_copy_is_gone_from_a_document_that_stays_under_its_other_copies(tmp_path):
    archive = tmp_path / "archive"
    archive.mkdir()
    text = "Заседание Ассамблеи\n\nВ Павлодаре прошло заседание Ассамблеи народа Казахстана.\n"
    for name in ("news.txt", "news_copy.txt", "alone.txt"):
        (archive / name).write_text(text if name != "alone.txt" else text + "Другой текст.\n", encoding="utf-8")
    run_ingest([str(archive)], IngestOptions(index_dir=tmp_path / "ix", workers=1))
    (archive / "news_copy.txt").unlink()
    (archive / "alone.txt").unlink()
    summary = run_ingest([str(archive)], IngestOptions(index_dir=tmp_path / "ix", workers=1))
    gone = {Path(r.path).name: r for r in summary.files if r.status == "gone"}
    assert "stays indexed under" in gone["news_copy.txt"].message and "news.txt" in gone["news_copy.txt"].message
    assert "until a run with --prune" in gone["alone.txt"].message
    assert "1 file indexed before is gone while other copies of its content stay" in summary.text()
    assert "\n1 file indexed before is gone; its document stays searchable until a run with --prune." in summary.text()


def test_a_new_copy_of_a_failed_file_is_not_said_to_be_unchanged(tmp_path):
    # a copy of a damaged PDF was reported as "has not changed since an earlier run found this" on
    # its first run: it was never seen before; the report names the file whose bytes failed
    root = tmp_path / "archive"
    root.mkdir()
    garbage = b"%PDF-1.4\n" + bytes(range(256)) * 8
    (root / "scan.pdf").write_bytes(garbage)
    index = tmp_path / "index"
    assert {Path(r.path).name: r.reason for r in ingest(root, index).files} == {"scan.pdf": "damaged"}
    (root / "scan copy.pdf").write_bytes(garbage)
    again = {Path(r.path).name: r for r in ingest(root, index).files}
    copy, original = again["scan copy.pdf"], again["scan.pdf"]
    assert (copy.status, copy.reason) == ("failed", "damaged")
    assert "has not changed" not in copy.message
    assert f"a file of the same content, {root / 'scan.pdf'}, so it was not read again" in copy.message
    assert "has not changed since an earlier run" in original.message
    # the next run knows the copy itself: it has not changed
    third = {Path(r.path).name: r for r in ingest(root, index).files}
    assert "has not changed since an earlier run" in third["scan copy.pdf"].message


def test_xml_is_a_page_only_when_it_is_xhtml(tmp_path):
    # a windows-1251 report in XML with its own <title> was indexed as an HTML page titled «Отчёт»,
    # while XML without one was unsupported: which depended on a tag's name
    root = tmp_path / "archive"
    root.mkdir()
    declared = '<?xml version="1.0" encoding="windows-1251"?>'
    (root / "Отчёт.xml").write_bytes((declared + "<report><title>Отчёт</title><p>Итоги года</p></report>").encode("cp1251"))
    (root / "report.xml").write_bytes(b"<report><head>x</head><title>Report</title></report>")
    (root / "Выгрузка.txt").write_bytes((declared + "<export><title>Выгрузка</title></export>").encode("cp1251"))
    (root / "page.xml").write_bytes((declared + '<html xmlns="http://www.w3.org/1999/xhtml"><head><title>Совет '
                                     "матерей</title></head><body><p>Заседание Совета матерей прошло в Караганде."
                                     "</p></body></html>").encode("cp1251"))
    got = {Path(r.path).name: (r.status, r.reason, r.format) for r in ingest(root, tmp_path / "index").files}
    assert got["Отчёт.xml"] == ("skipped", "unsupported", None)
    assert got["report.xml"] == ("skipped", "unsupported", None)
    assert got["Выгрузка.txt"] == ("indexed", None, "txt")  # text named so stays text
    assert got["page.xml"] == ("indexed", None, "html")
