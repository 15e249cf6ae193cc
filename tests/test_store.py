"""Opening, versioning and locking the index."""
from __future__ import annotations

import json
import shutil

import pytest

from index.errors import IndexLockedError, IndexMissingError, IndexVersionError
from index.search import SearchRequest, SearchService
from index.schema import SCHEMA_VERSION
from index.store import VERSION_FILE, IndexWriter, load_inventory, open_index
from tests.conftest import CORPUS, small_tmpfs


def test_missing_index_says_how_to_build_it(tmp_path):
    with pytest.raises(IndexMissingError, match="assembly-search ingest"):
        open_index(tmp_path / "nothing")
    res = SearchService(tmp_path / "nothing").search(SearchRequest("Ассамблея"))
    assert res.error and "assembly-search ingest" in res.error


def test_schema_version_mismatch_names_the_rebuild_command(tmp_path):
    with IndexWriter(tmp_path) as w:
        w.add(CORPUS[0])
    (tmp_path / VERSION_FILE).write_text(json.dumps({"schema_version": 0}))
    with pytest.raises(IndexVersionError) as err:
        open_index(tmp_path)
    assert "schema version 0" in str(err.value) and "--force" in str(err.value)
    # a rebuild starts over with the current version
    with IndexWriter(tmp_path, rebuild=True) as w:
        w.add(CORPUS[1])
    assert SearchService(tmp_path).doc_count() == 1


def test_an_index_of_a_newer_program_is_refused_and_never_rebuilt_over(tmp_path):
    # it was told to be rebuilt, and ingest --force silently downgraded it (the newer program
    # then needed a second full rebuild)
    import subprocess
    import sys

    from index.errors import IndexNewerError

    with IndexWriter(tmp_path) as w:
        w.add(CORPUS[0])
    newer = json.dumps({"schema_version": SCHEMA_VERSION + 1})
    (tmp_path / VERSION_FILE).write_text(newer)
    for opening in (lambda: open_index(tmp_path), lambda: IndexWriter(tmp_path, rebuild_outdated=True),
                    lambda: IndexWriter(tmp_path, rebuild=True), lambda: SearchService(tmp_path).doc_count()):
        with pytest.raises(IndexNewerError) as err:
            opening()
        assert str(err.value) == (f"The index at {tmp_path} was built by a newer assembly-search (schema "
                                  f"{SCHEMA_VERSION + 1}); upgrade the program or rebuild into another folder "
                                  "(--index) with this one.")
    archive = tmp_path.parent / (tmp_path.name + "-archive")
    archive.mkdir()
    (archive / "a.txt").write_text("Заседание Ассамблеи.\n", encoding="utf-8")
    forced = subprocess.run([sys.executable, "-m", "assembly_search.cli", "ingest", str(archive),
                             "--index", str(tmp_path), "--force"], capture_output=True, text=True)
    assert forced.returncode == 1 and "built by a newer assembly-search" in forced.stderr, forced.stderr
    assert (tmp_path / VERSION_FILE).read_text() == newer
    (tmp_path / VERSION_FILE).write_text(json.dumps({"schema_version": SCHEMA_VERSION}))
    assert SearchService(tmp_path).doc_count() == 1  # nothing of it was touched


def _without_version_mark(index_dir) -> None:
    """Write the index's table of contents again without the schema version mark, as the programs
    before it was kept wrote every table of contents."""
    from whoosh.filedb.filestore import FileStorage
    from whoosh.index import TOC

    from index.schema import VERSION_ATTRIBUTE

    storage = FileStorage(str(index_dir))
    toc = TOC.read(storage, "MAIN")
    delattr(toc.schema, VERSION_ATTRIBUTE)
    toc.generation += 1
    toc.write(storage, "MAIN")
    for old in index_dir.glob("_MAIN_*.toc"):
        if old.name != f"_MAIN_{toc.generation}.toc":
            old.unlink()


def test_an_index_that_lost_its_version_file_says_its_version_from_its_table_of_contents(tmp_path):
    # a file-level restore or an rsync leaving out *.json lost the 23-byte assembly-search.json: the
    # index this program built was called «built with schema version unknown», every search a 503
    # «built by another version of the program», and the only way out a re-parse of the archive
    from search_app import create_app

    with IndexWriter(tmp_path) as w:
        for record in CORPUS[:3]:
            w.add(record)
    (tmp_path / VERSION_FILE).unlink()
    assert SearchService(tmp_path).doc_count() == 3
    assert json.loads((tmp_path / VERSION_FILE).read_text()) == {"schema_version": SCHEMA_VERSION}  # put back
    (tmp_path / VERSION_FILE).unlink()
    assert create_app(tmp_path, testing=True).test_client().get("/health").get_json()["ok"] is True
    # an older schema's mark is said as that version, as its version file said it
    _without_version_mark(tmp_path)
    with IndexWriter(tmp_path) as w:  # the next commit of an index marked before: marked from now on
        w.add(CORPUS[3])
    (tmp_path / VERSION_FILE).unlink()
    assert SearchService(tmp_path).doc_count() == 4


def test_an_unmarked_index_without_its_version_file_says_the_file_is_lost_and_how_to_put_it_back(tmp_path):
    # «built with schema version unknown but this program needs version 23; rebuild it», and under
    # serve «built by another version of the program»: neither true, and the way out hours of parsing
    import subprocess
    import sys

    from index.errors import IndexVersionLostError
    from search_app import create_app

    index = tmp_path / "index"
    with IndexWriter(index) as w:
        for record in CORPUS[:3]:
            w.add(record)
    _without_version_mark(index)
    (index / VERSION_FILE).unlink()
    with pytest.raises(IndexVersionLostError) as raised:
        SearchService(index).doc_count()
    put_back = f"echo '{{\"schema_version\": {SCHEMA_VERSION}}}' > {index / VERSION_FILE}"
    assert str(raised.value).startswith(
        f"The index at {index} has lost its file {VERSION_FILE}, which says which schema version built it, and its "
        f"table of contents is too old to say it; if this assembly-search built it (schema {SCHEMA_VERSION}), put the "
        f"file back from a backup or with: {put_back}; if an older one did, rebuild it with: "), str(raised.value)
    health = create_app(index, testing=True).test_client().get("/health")
    assert health.status_code == 503 and health.get_json()["reason"] == "version_file"
    assert "пропал файл assembly-search.json" in health.get_json()["error"], health.get_json()
    backup = subprocess.run([sys.executable, "-m", "assembly_search.cli", "backup", str(tmp_path / "copy"),
                             "--index", str(index)], capture_output=True, text=True)
    assert backup.returncode == 1 and "(a backup of it would be refused too: none was made)" in backup.stderr
    assert len(backup.stderr.strip().splitlines()) == 1 and not (tmp_path / "copy").exists(), backup.stderr
    subprocess.run(put_back, shell=True, check=True)  # the way out the sentence gives
    assert SearchService(index).doc_count() == 3


@pytest.mark.parametrize("content", [b"", b'{"schema_ver'])
def test_an_unmarked_index_whose_version_file_is_empty_or_cut_short_says_so_not_lost(tmp_path, content):
    # «has lost its file assembly-search.json» of a file that was there, at 0 bytes
    from index.errors import IndexVersionLostError
    from search_app import create_app

    index = tmp_path / "index"
    with IndexWriter(index) as w:
        for record in CORPUS[:3]:
            w.add(record)
    _without_version_mark(index)
    (index / VERSION_FILE).write_bytes(content)
    with pytest.raises(IndexVersionLostError) as raised:
        SearchService(index).doc_count()
    assert str(raised.value).startswith(
        f"The file {VERSION_FILE} of the index at {index}, which says which schema version built it, is empty or "
        f"unreadable, and its table of contents is too old to say it; if this assembly-search built it (schema "
        f"{SCHEMA_VERSION}), write the file again from a backup or with: echo '{{\"schema_version\": "
        f"{SCHEMA_VERSION}}}' > {index / VERSION_FILE}; if an older one did"), str(raised.value)
    assert "lost" not in str(raised.value)
    health = create_app(index, testing=True).test_client().get("/health")
    assert health.status_code == 503 and health.get_json()["reason"] == "version_file"
    assert "испорчен" in health.get_json()["error"] and "пропал" not in health.get_json()["error"], health.get_json()


def test_a_read_only_index_that_lost_its_version_file_is_read_and_backed_up_with_it(as_another_user):
    # backup said «Copied …» of an index without its version file, and the copy was refused as it was
    folder, run = as_another_user
    index = folder / "index"
    with IndexWriter(index) as w:
        for record in CORPUS[:3]:
            w.add(record)
    (index / VERSION_FILE).unlink()
    index.chmod(0o555)  # the file cannot be put back in it: its table of contents is asked each time
    stats = run("stats", "--index", str(index))
    assert stats.returncode == 0 and "3 documents" in stats.stdout, stats.stderr
    backup = run("backup", str(folder / "copy"), "--index", str(index))
    assert backup.returncode == 0, backup.stderr
    assert not (index / VERSION_FILE).exists()
    assert json.loads((folder / "copy" / VERSION_FILE).read_text()) == {"schema_version": SCHEMA_VERSION}
    index.chmod(0o755)
    assert SearchService(folder / "copy").doc_count() == 3


def test_locked_index_waits_then_says_so(tmp_path):
    messages = []
    with IndexWriter(tmp_path) as first:  # a writing session is open (an ingest is running)
        first.add(CORPUS[0])
        with pytest.raises(IndexLockedError, match="locked by another ingest"):
            IndexWriter(tmp_path, lock_timeout=1.0, on_wait=messages.append)
        assert messages and "waiting" in messages[0]
    with IndexWriter(tmp_path, lock_timeout=1.0) as w:  # free again: works
        w.add(CORPUS[1])
    assert SearchService(tmp_path).doc_count() == 2


def test_whoosh_lock_held_elsewhere_is_waited_for(tmp_path):
    holder = open_index(tmp_path, create=True).writer()  # e.g. a foreign tool holding Whoosh's lock
    try:
        with pytest.raises(IndexLockedError, match="locked by another ingest"):
            with IndexWriter(tmp_path, lock_timeout=1.0) as writer:
                writer.add(CORPUS[0])
    finally:
        holder.cancel()


def test_an_index_built_before_former_ids_is_searched_as_it_is_and_gains_them_on_its_next_write(tmp_path):
    # the field came after schema 8: an index of the program before it needs no rebuild
    import whoosh.index

    from index.schema import FORMER_IDS, build_schema
    from index.store import document_fields, passage_fields
    from tests.conftest import make_record

    schema = build_schema()
    schema.remove(FORMER_IDS)
    ix = whoosh.index.create_in(str(tmp_path), schema)
    (tmp_path / VERSION_FILE).write_text(json.dumps({"schema_version": SCHEMA_VERSION}))
    writer = ix.writer()
    for record in CORPUS[:3]:
        writer.add_document(**document_fields(record))
        for fields in passage_fields(record):
            writer.add_document(**fields)
    writer.commit()
    svc = SearchService(tmp_path)
    assert svc.doc_count() == 3 and svc.document("a1").former_ids == []
    assert svc.current_id("a1") is None  # no field, no answer: not an error
    edited = make_record("b1", "Круглый стол в Мажилисе", ["Исправленный текст круглого стола."])
    edited.former_ids = ["a1"]
    with IndexWriter(tmp_path, procs=2) as w:  # its writer processes see the field added too
        w.delete("a1")
        w.add(edited)
    assert (tmp_path / VERSION_FILE).read_text() == json.dumps({"schema_version": SCHEMA_VERSION})  # no rebuild
    svc.refresh()
    assert svc.doc_count() == 3 and svc.current_id("a1") == "b1" and svc.document("b1").former_ids == ["a1"]
    assert svc.search(SearchRequest("Абдрахманов")).total == 1  # the documents written before stay as they were


def test_a_passage_the_narration_attributes_keeps_its_mark_when_written_again(tmp_path):
    # ingest writes a document found under a new path again from what the index stores: the mark
    # that its citation is the reporter's account (PassageRecord.narrated) must come back with it
    from index.store import stored_records

    with IndexWriter(tmp_path) as w:
        w.add(CORPUS[0])
    stored = stored_records(tmp_path, ["a1"])["a1"]
    assert [p.narrated for p in stored.passages] == [p.narrated for p in CORPUS[0].passages] == [False, True, False]
    stored.paths = ["/archive/moved/a1.txt"]
    with IndexWriter(tmp_path) as w:
        w.delete("a1")
        w.add(stored)
    [hit] = SearchService(tmp_path).quotes(SearchRequest("информационно-аналитическая")).hits
    assert hit.narrated and hit.speakers == ["А. Платонов"]


def test_an_index_built_before_the_narrated_mark_cites_as_before_and_gains_it_on_its_next_write(tmp_path):
    import whoosh.index

    from index.schema import NARRATED, build_schema
    from index.store import document_fields, passage_fields

    schema = build_schema()
    schema.remove(NARRATED)
    ix = whoosh.index.create_in(str(tmp_path), schema)
    (tmp_path / VERSION_FILE).write_text(json.dumps({"schema_version": SCHEMA_VERSION}))
    writer = ix.writer()
    old = CORPUS[0]
    for fields in [document_fields(old), *passage_fields(old)]:
        writer.add_document(**{k: v for k, v in fields.items() if k != NARRATED})
    writer.commit()
    svc = SearchService(tmp_path)
    assert [h.narrated for h in svc.quotes(SearchRequest("информационно-аналитическая")).hits] == [False]
    with IndexWriter(tmp_path) as w:
        w.delete("a1")
        w.add(old)
    svc.refresh()
    assert [h.narrated for h in svc.quotes(SearchRequest("информационно-аналитическая")).hits] == [True]


def test_each_document_keeps_the_extraction_version_it_was_parsed_with_and_they_are_counted(tmp_path):
    # an index built by an older release of the same schema was served without a word that its
    # documents lack what ingest reads now (a narrated quote cited as the person's own words)
    from index.store import stored_records
    from tests.conftest import make_record

    older = make_record("b1", "Заседание", ["Текст заседания Ассамблеи."])
    # versions after this release's, as a later release with version `current` finds them
    version = CORPUS[0].extraction + 1
    older.extraction, current = version, version + 1
    with IndexWriter(tmp_path) as w:
        w.add(CORPUS[0])
        w.add(CORPUS[1])
        w.add(older)
    svc = SearchService(tmp_path)
    assert svc.extraction_counts() == {CORPUS[0].extraction: 2, version: 1}
    assert svc.health(current)["older_extraction"] == 3 and svc.health(version)["older_extraction"] == 2
    assert "older_extraction" not in svc.health()
    assert svc.stats()["extraction"] == {CORPUS[0].extraction: 2, version: 1}
    # written again from what the index stores (a moved file): parsed by its version still
    moved = stored_records(tmp_path, ["b1"])["b1"]
    assert moved.extraction == version
    moved.paths = ["/archive/moved/b1.txt"]
    with IndexWriter(tmp_path) as w:
        w.add(moved)  # replaces b1: its earlier record stays in the segment, deleted, until a merge
        w.delete("a2")
    svc.refresh()
    assert svc.extraction_counts() == {CORPUS[0].extraction: 1, version: 1}


def test_an_index_built_before_extraction_versions_counts_its_documents_as_older_and_gains_the_field(tmp_path):
    import whoosh.index

    from index.extraction import UNRECORDED
    from index.schema import EXTRACTION, build_schema
    from index.store import document_fields, passage_fields

    schema = build_schema()
    schema.remove(EXTRACTION)
    ix = whoosh.index.create_in(str(tmp_path), schema)
    (tmp_path / VERSION_FILE).write_text(json.dumps({"schema_version": SCHEMA_VERSION}))
    writer = ix.writer()
    for record in CORPUS[:3]:
        for fields in [document_fields(record), *passage_fields(record)]:
            writer.add_document(**{k: v for k, v in fields.items() if k != EXTRACTION})
    writer.commit()
    svc = SearchService(tmp_path)
    assert svc.extraction_counts() == {UNRECORDED: 3}
    with IndexWriter(tmp_path) as w:  # the field is added in place: no rebuild
        w.add(CORPUS[3])
    assert (tmp_path / VERSION_FILE).read_text() == json.dumps({"schema_version": SCHEMA_VERSION})
    svc.refresh()
    assert svc.extraction_counts() == {UNRECORDED: 3, CORPUS[3].extraction: 1}


def test_inventory_lists_paths_of_live_documents(tmp_path):
    with IndexWriter(tmp_path) as w:
        for record in CORPUS[:2]:
            w.add(record)
    assert load_inventory(tmp_path) == {"/archive/a1.txt": "a1", "/archive/a2.pdf": "a2"}
    with IndexWriter(tmp_path) as w:
        w.delete("a1")
    assert load_inventory(tmp_path) == {"/archive/a2.pdf": "a2"}


def test_pre_analyzed_records_index_exactly_like_plain_ones(tmp_path):
    import copy
    import pickle

    from index.store import pre_analyze_record

    plain, pre = tmp_path / "plain", tmp_path / "pre"
    with IndexWriter(plain) as w:
        for record in CORPUS:
            w.add(record)
    with IndexWriter(pre) as w:
        for record in CORPUS:
            record = copy.deepcopy(record)
            pre_analyze_record(record)
            w.add(pickle.loads(pickle.dumps(record)))  # as handed from a worker process
    a, b = open_index(plain).reader(), open_index(pre).reader()
    for field in ("title", "content", "exact", "ptext", "pexact"):
        assert list(a.lexicon(field)) == list(b.lexicon(field))
        for term in a.lexicon(field):
            pa, pb = a.postings(field, term), b.postings(field, term)
            assert list(pa.items_as("positions")) == list(pb.items_as("positions"))
    assert [a.stored_fields(i) for i in range(a.doc_count_all())] == [b.stored_fields(i) for i in range(b.doc_count_all())]
    assert [a.doc_field_length(i, "content") for i in range(a.doc_count_all())] == \
        [b.doc_field_length(i, "content") for i in range(b.doc_count_all())]


def test_parallel_writer_indexes_exactly_like_one_process(tmp_path):
    one, parallel = tmp_path / "one", tmp_path / "parallel"
    with IndexWriter(one) as w:
        for record in CORPUS:
            w.add(record)
    with IndexWriter(parallel, procs=2) as w:
        for record in CORPUS:
            w.add(record)
    # same statistics over segments: the same documents with the same scores
    assert_same_results(SearchService(one), SearchService(parallel))


def assert_same_results(a: SearchService, b: SearchService) -> None:
    """The same documents with the same scores and facets, and as many quotes, for a few queries."""
    assert a.doc_count() == b.doc_count() == len(CORPUS)
    for query in ("Ассамблея", "Назарбаев", "\"круглый стол\"", ""):
        ra, rb = a.search(SearchRequest(query)), b.search(SearchRequest(query))
        assert ra.total == rb.total and ra.facets == rb.facets, query
        assert sorted((h.doc_id, round(h.score or 0.0, 6)) for h in ra.hits) == \
            sorted((h.doc_id, round(h.score or 0.0, 6)) for h in rb.hits), query
        assert a.quotes(SearchRequest(query)).total == b.quotes(SearchRequest(query)).total, query


def test_a_writer_process_that_dies_fails_the_commit_and_keeps_what_was_committed(tmp_path):
    from index.errors import IndexWriteError

    with IndexWriter(tmp_path, procs=2) as w:
        w.add(CORPUS[0])
    w = IndexWriter(tmp_path, procs=2, batch_size=1000)
    for record in CORPUS[1:]:
        w.add(record)
    parallel = w._writer
    parallel._enqueue()  # hand the buffered documents to a sub-writer now
    parallel.tasks[0].kill()
    with pytest.raises(IndexWriteError, match="run the same command again"):
        w.close()
    assert not [t for t in parallel.tasks if t.is_alive()]
    assert SearchService(tmp_path).doc_count() == 1  # the earlier commit, and nothing half-written
    with IndexWriter(tmp_path, procs=2, lock_timeout=2) as w2:  # both locks were freed
        for record in CORPUS[1:]:
            w2.add(record)
    assert SearchService(tmp_path).doc_count() == len(CORPUS)


@pytest.mark.parametrize("procs", [1, 2])
def test_a_disk_that_fills_at_any_point_of_a_commit_is_named_full(tmp_path, capfd, procs):
    # at one amount of free space the disk filled as the terms file closed: its cleanup wrote to
    # the closed file, a traceback followed and the batch was blamed on «a writer process died»
    # (with one writer process, the ValueError itself ended the ingest)
    import os

    from index.errors import IndexWriteError

    with small_tmpfs(tmp_path / "disk", "4m") as disk:
        index, free = disk / "index", 0
        while True:  # a page more of free space each time, until the commit fits
            for path in disk.iterdir():
                shutil.rmtree(path) if path.is_dir() else path.unlink()
            writer = IndexWriter(index, procs=procs)
            room = os.statvfs(disk)
            (disk / "filler").write_bytes(b"\0" * (room.f_bavail * room.f_frsize - free))
            writer.add(CORPUS[0])
            try:
                writer.close()
                break
            except IndexWriteError as exc:
                assert f"the disk holding the index at {index} is full" in str(exc), (free, str(exc))
            assert "Traceback" not in capfd.readouterr().err, free
            free += 4096
        writer = None  # its files closed, so the disk can be unmounted
        assert SearchService(index).doc_count() == 1 and free > 0


def test_small_posting_blocks_left_uncompressed_read_like_whoosh_own(tmp_path, monkeypatch):
    import index.posting_blocks
    import index.store
    from whoosh.writing import SegmentWriter

    ours, whoosh_own = tmp_path / "ours", tmp_path / "whoosh"
    monkeypatch.setattr(index.posting_blocks, "MIN_COMPRESSED_POSTINGS", 2)  # both kinds of block in a small corpus
    with IndexWriter(ours) as w:
        for record in CORPUS:
            w.add(record)
    monkeypatch.setattr(index.store, "segment_writer", lambda ix, **kw: SegmentWriter(ix, **kw))
    with IndexWriter(whoosh_own) as w:
        for record in CORPUS:
            w.add(record)
    # the table of contents names only Whoosh's classes: the index opens without this module
    assert not [t for t in ours.glob("*.toc") if b"index.writers" in t.read_bytes()]
    a, b = open_index(ours).reader(), open_index(whoosh_own).reader()
    for field in ("content", "exact", "ptext", "pexact"):
        assert list(a.lexicon(field)) == list(b.lexicon(field))
        for term in a.lexicon(field):
            assert list(a.postings(field, term).items_as("positions")) == \
                list(b.postings(field, term).items_as("positions"))


def test_writing_on_after_every_writer_process_died_fails_instead_of_hanging(tmp_path):
    import threading

    from index.errors import IndexWriteError

    w = IndexWriter(tmp_path, procs=2, batch_size=10**6)
    w.add(CORPUS[0])
    parallel = w._writer
    parallel._enqueue()
    parallel._enqueue()  # both writer processes started
    for task in parallel.tasks:
        task.kill()
        task.join()
    outcome = []

    def write_on() -> None:
        try:
            for record in CORPUS * 10:  # more job files than the queue holds
                w.add(record, replace=False)
                parallel._enqueue()
        except IndexWriteError as exc:
            outcome.append(exc)

    writer_thread = threading.Thread(target=write_on, daemon=True)
    writer_thread.start()
    writer_thread.join(timeout=30)
    assert not writer_thread.is_alive(), "writing blocked on a queue nobody reads"
    assert outcome and "run the same command again" in str(outcome[0])
    w.abort()


def _add(writer, record) -> None:
    from index.store import document_fields, passage_fields

    writer.add_document(**document_fields(record))
    for fields in passage_fields(record):
        writer.add_document(**fields)


def _build_segment(path, writer_class, records, blocklimit):
    from index.writers import _Codec

    ix = open_index(path, create=True)
    writer = writer_class(ix, codec=_Codec(blocklimit=blocklimit), compound=False)
    for record in records:
        _add(writer, record)
    writer.commit(merge=False)
    return open_index(path)


def _segment_contents(ix) -> dict:
    """Per segment: every term's statistics, posting blocks and postings, the deleted documents,
    and the bytes of every per-document file (stored fields, field lengths, the date column)."""
    reader = ix.reader()
    contents = {}
    leaves = [reader] if reader.is_atomic() else list(reader.leaf_readers())
    for n, leaf in enumerate(leaves):
        leaf = leaf[0] if isinstance(leaf, tuple) else leaf
        contents[n, "deleted"] = sorted(leaf.all_deleted()) if leaf.has_deletions() else []
        for field in sorted(leaf.indexed_field_names()):
            for term in leaf.lexicon(field):
                info = leaf.term_info(field, term)
                stats = (info.weight(), info.doc_frequency(), info.min_length(), info.max_length(),
                         info.max_weight(), info.min_id(), info.max_id())
                m = leaf.postings(field, term)
                while not hasattr(m, "_lastblock"):
                    m = m.child
                blocks, postings = [], []
                while True:
                    blocks.append((m._blocklength, m._maxid, m._maxweight, m._minlength, m._maxlength))
                    while m.is_active():
                        postings.append((m.id(), m.weight(), m.value()))
                        if m._i + 1 >= m._blocklength:  # stay inside the block: blocks are walked below
                            break
                        m.next()
                    if m._lastblock:
                        break
                    m._goto(m._nextoffset)
                contents[n, field, term] = (stats, blocks, postings)
        prefix = f"{ix.indexname}_{leaf.segment().segment_id()}."
        for name in ix.storage.list():
            if name.startswith(prefix) and name.endswith(".col"):
                contents[n, name[len(prefix):]] = ix.storage.open_file(name).read()
    return contents


def _assert_same_contents(ours: dict, whoosh_own: dict) -> None:
    assert ours.keys() == whoosh_own.keys()
    for key in whoosh_own:
        assert ours[key] == whoosh_own[key], key


@pytest.mark.parametrize("pre_analyzed", [False, True], ids=["plain", "pre-analyzed"])
def test_bulk_segment_writer_writes_what_whoosh_writes(tmp_path, pre_analyzed):
    """The in-memory posting lists give the same terms, statistics, blocks and postings as
    Whoosh's pooled writer, over the samples, with blocks of 4 postings so that long lists span
    many blocks."""
    from pathlib import Path

    from whoosh.writing import SegmentWriter

    from index.segment_builder import BulkSegmentWriter
    from index.store import pre_analyze_record
    from ingest.hash_cache import file_hash
    from ingest.worker import process_file

    samples = Path(__file__).resolve().parent.parent / "samples"
    records = list(CORPUS)
    for path in sorted(samples.rglob("*.txt"))[:15]:
        outcome = process_file(str(path), str(samples), file_hash(str(path)), 30.0, 10**8)
        if outcome.record is not None:
            records.append(outcome.record)
    assert len(records) > 15
    for record in records:
        if pre_analyzed:
            pre_analyze_record(record)
        else:
            record.analyzed = None
            for p in record.passages:
                p.analyzed = None
    whoosh_own = _segment_contents(_build_segment(tmp_path / "whoosh", SegmentWriter, records, 4))
    bulk = _segment_contents(_build_segment(tmp_path / "bulk", BulkSegmentWriter, records, 4))
    assert len(whoosh_own) > 3000
    assert any(len(value[1]) > 3 for key, value in whoosh_own.items() if len(key) == 3)  # long lists
    _assert_same_contents(bulk, whoosh_own)


@pytest.mark.parametrize("memo_size", [1, 3], ids=["memo-1", "memo-3"])
def test_bulk_segment_writer_remembered_field_items_write_what_whoosh_writes(tmp_path, monkeypatch, memo_size):
    """A field value's indexed items are remembered (a passage repeats its document's kind, doc_id,
    date, language, format): a memo cleared every few values still writes Whoosh's segment, and a
    value shared by two fields (a year and a doc_id of the same text) keeps each field's terms."""
    from whoosh.writing import SegmentWriter

    import index.segment_builder
    from index.segment_builder import BulkSegmentWriter
    from index.store import pre_analyze_record

    monkeypatch.setattr(index.segment_builder, "ITEMS_MEMO_SIZE", memo_size)
    import copy

    records = [copy.deepcopy(r) for r in CORPUS]
    records[0].doc_id = "2021"  # the same text as a year of the corpus, in doc_id and id
    for record in records:
        pre_analyze_record(record)
    whoosh_own = _segment_contents(_build_segment(tmp_path / "whoosh", SegmentWriter, records, 4))
    bulk = _segment_contents(_build_segment(tmp_path / "bulk", BulkSegmentWriter, records, 4))
    assert any(key[1:] == ("year", b"2021") for key in whoosh_own)
    assert any(key[1:] == ("doc_id", b"2021") for key in whoosh_own)
    _assert_same_contents(bulk, whoosh_own)


def _build_with_merges(path, writer_class, records):
    """One commit per record under Whoosh's merge policy (which merges small segments as they
    accumulate); before the 6th, a document is replaced, so a merged segment has a deletion."""
    from index.writers import _Codec

    ix = open_index(path, create=True)
    for i, record in enumerate(records):
        writer = writer_class(ix, codec=_Codec(blocklimit=4), compound=False)
        if i == 5:
            writer.delete_by_term("doc_id", records[1].doc_id)
            _add(writer, records[1])
        _add(writer, record)
        writer.commit()
    return open_index(path)


def test_bulk_segment_writer_merges_segments_as_whoosh_does(tmp_path):
    """Merged segments' postings are streamed, renumbered and rewritten in whole blocks: the
    same segments (terms, statistics, blocks, postings, stored fields) as Whoosh's merge."""
    from whoosh.writing import SegmentWriter

    from index.segment_builder import BulkSegmentWriter
    from index.store import pre_analyze_record

    records = [r for _ in range(3) for r in CORPUS]  # same documents again: long posting lists
    for record in records[len(CORPUS):]:
        pre_analyze_record(record)
    whoosh_ix = _build_with_merges(tmp_path / "whoosh", SegmentWriter, records)
    ours_ix = _build_with_merges(tmp_path / "bulk", BulkSegmentWriter, records)
    assert len(whoosh_ix._segments()) < len(records) - 3  # segments were merged
    _assert_same_contents(_segment_contents(ours_ix), _segment_contents(whoosh_ix))


def test_bulk_segment_writer_over_its_limit_goes_through_whoosh_pool(tmp_path, monkeypatch):
    import index.segment_builder

    monkeypatch.setattr(index.segment_builder, "BYTES_PER_POSTING", 1024 * 1024 // 50)  # 50 postings in 1 MB
    moved = []
    move = index.segment_builder.BulkSegmentWriter._move_to_pool
    monkeypatch.setattr(index.segment_builder.BulkSegmentWriter, "_move_to_pool",
                        lambda self: moved.append(self._buffered) or move(self))
    with IndexWriter(tmp_path / "index", batch_size=1, limitmb=1) as w:  # a segment per commit, and merges
        for record in CORPUS:
            w.add(record)
    assert moved and max(moved) > 50
    assert len(open_index(tmp_path / "index")._segments()) < w.commits  # segments were merged
    assert_same_results(SearchService(tmp_path / "index"), SearchService(_one_commit_index(tmp_path / "reference")))


def test_scores_do_not_change_when_segments_merge(tmp_path):
    """Merging keeps each field's total length exact, so BM25's average field length, and every
    score, is what it would be had the documents been committed at once (Whoosh's own merge
    sums one-byte lengths: its scores drift by about 1%)."""
    with IndexWriter(tmp_path / "index", batch_size=1) as w:  # a segment per commit, and merges
        for record in CORPUS:
            w.add(record)
    assert len(open_index(tmp_path / "index")._segments()) < w.commits
    assert_same_results(SearchService(tmp_path / "index"), SearchService(_one_commit_index(tmp_path / "reference")))


def _one_commit_index(path):
    with IndexWriter(path) as w:
        for record in CORPUS:
            w.add(record)
    return path


def test_parallel_writer_merges_in_its_writer_processes_and_scores_stay(tmp_path):
    """With a commit per document, the commits merge small segments; the parallel writer hands
    those merges to its writer processes. Nothing is lost or doubled, and scores are those of
    one commit."""
    import index.writers

    merged = []
    plan = index.writers.ParallelWriter._plan_merges
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(index.writers.ParallelWriter, "_plan_merges",
                   lambda self, *a: (lambda kept, todo: merged.append(len(todo)) or (kept, todo))(*plan(self, *a)))
        with IndexWriter(tmp_path / "index", batch_size=1, procs=2) as w:
            for record in CORPUS:
                w.add(record)
    assert max(merged) > 1
    assert len(open_index(tmp_path / "index")._segments()) < 2 * w.commits
    assert_same_results(SearchService(tmp_path / "index"), SearchService(_one_commit_index(tmp_path / "reference")))


def test_parallel_writer_merges_segments_with_replaced_documents(tmp_path):
    """A long ingest replaces changed files as it goes: the merged segments then hold deleted
    documents, which the writer processes' merges drop; nothing old comes back."""
    from tests.conftest import make_record

    with IndexWriter(tmp_path, batch_size=1, procs=2) as w:
        for record in CORPUS:
            w.add(record)
        w.add(make_record("a1", "Круглый стол, исправленный", ["Новый текст о волонтерах Ассамблеи."]))
        for i in range(6):  # more commits, so the segments holding the replaced a1 get merged
            w.add(make_record(f"x{i}", f"Заметка {i}", [f"Заметка номер {i} о культуре."]))
    ix = open_index(tmp_path)
    assert all(not s.has_deletions() for s in ix._segments())  # the deletion was merged away
    svc = SearchService(tmp_path)
    assert svc.doc_count() == len(CORPUS) + 6
    assert svc.search(SearchRequest("Мажилис")).total == sum("Мажилис" in r.text for r in CORPUS[1:])
    assert [h.doc_id for h in svc.search(SearchRequest("волонтеры исправленный")).hits] == ["a1"]


def _damage(index_dir, part: str = "segment", keep: float = 1 / 3) -> None:
    """Cut the largest segment file (or the table of contents, part="toc") short to `keep` of its
    size, as a full disk or a partial copy of the folder does."""
    victim = max(index_dir.glob("*.seg" if part == "segment" else "_MAIN_*.toc"), key=lambda p: p.stat().st_size)
    with open(victim, "r+b") as fh:
        fh.truncate(int(victim.stat().st_size * keep))


def _damage_inside(index_dir, text: str) -> str:
    """Overwrite bytes in the middle of every compressed record of the segments holding `text` (a
    record's stored fields), keeping each file's size, as a bad sector or bit rot does: the index
    opens, and a search fails only on reading those records. The name of a file damaged."""
    import zlib

    wanted, hit = text.encode("utf-8"), None
    for segment in index_dir.glob("*.seg"):
        data = bytearray(segment.read_bytes())
        for start in [i for i in range(len(data) - 1) if data[i] == 0x78]:  # a zlib header's first byte
            stream = zlib.decompressobj()
            try:
                plain = stream.decompress(bytes(data[start:]))
            except zlib.error:
                continue
            if stream.eof and wanted in plain:
                end = len(data) - len(stream.unused_data)
                middle = (start + end) // 2
                data[middle:middle + 4] = bytes(b ^ 0xFF for b in data[middle:middle + 4])
                hit = segment.name
        segment.write_bytes(bytes(data))
    assert hit, f"no compressed record holds {text!r}"
    return hit


# a cut-short table of contents (_MAIN_1.toc) gave raw tracebacks of several kinds, by its length
DAMAGES = [("segment", 1 / 3), ("toc", 0), ("toc", 0.01), ("toc", 1 / 3), ("toc", 0.9)]


@pytest.mark.parametrize("damage", ["segment deleted", "segment cut", "toc cut", "toc emptied"])
def test_a_damaged_index_names_its_file_and_a_backup_beside_the_rebuild(tmp_path, damage):
    # «one of its files cannot be read (FileNotFoundError)», «(_pickle.UnpicklingError)»: a lost
    # segment and a cut table of contents looked alike, no file named, and a rebuild the only advice
    from index.errors import IndexDamagedError

    with IndexWriter(tmp_path) as w:
        for record in CORPUS:
            w.add(record)
    segment, toc = max(tmp_path.glob("*.seg"), key=lambda p: p.stat().st_size), next(tmp_path.glob("_MAIN_*.toc"))
    if damage == "segment deleted":
        segment.unlink()
    else:
        _damage(tmp_path, damage.split()[0], {"segment cut": 1 / 3, "toc cut": 0.01, "toc emptied": 0}[damage])
    with pytest.raises(IndexDamagedError) as raised:
        SearchService(tmp_path).doc_count()
    file = segment.name if damage.startswith("segment") else toc.name
    how = "is missing" if damage == "segment deleted" else "cannot be read (cut short or overwritten)"
    assert str(raised.value).startswith(f"The index at {tmp_path} is damaged: its file {file} {how}; restore the index "
                                        "folder from a backup, or rebuild it from the archive with: "), str(raised.value)
    assert "Error" not in str(raised.value) and "резервной копии" in raised.value.reader_message


def test_a_copy_without_its_table_of_contents_is_called_incomplete_not_missing(tmp_path):
    # a backup copied while an ingest committed lacked _MAIN_N.toc: «There is no index at …; build
    # one», /health «missing», and a plain ingest started an empty index over its segments
    from index.errors import IndexDamagedError
    from search_app import create_app

    with IndexWriter(tmp_path) as w:
        for record in CORPUS:
            w.add(record)
    next(tmp_path.glob("_MAIN_*.toc")).unlink()
    with pytest.raises(IndexDamagedError, match=r"is incomplete or damaged: it holds segment files but no table of "
                                                r"contents .*restore the index folder from a backup"):
        SearchService(tmp_path).doc_count()
    health = create_app(tmp_path, testing=True).test_client().get("/health")
    assert health.status_code == 503 and health.get_json()["reason"] == "damaged"
    assert "неполон" in health.get_json()["error"], health.get_json()
    with pytest.raises(IndexDamagedError, match="incomplete"):
        IndexWriter(tmp_path)  # a plain ingest: not an empty index over the copy's segments
    assert len(list(tmp_path.glob("*.seg"))) > 0
    with IndexWriter(tmp_path, rebuild_outdated=True) as w:  # ingest --force
        w.add(CORPUS[0])
    assert SearchService(tmp_path).doc_count() == 1


@pytest.mark.parametrize("part,keep", DAMAGES)
def test_a_damaged_index_says_so_and_a_forced_rebuild_starts_over(tmp_path, part, keep):
    from index.errors import IndexDamagedError

    with IndexWriter(tmp_path) as w:
        for record in CORPUS:
            w.add(record)
    _damage(tmp_path, part, keep)
    res = SearchService(tmp_path).search(SearchRequest("Ассамблея"))
    assert res.error and "повреждён" in res.error and "--force" in res.error  # the reader's message
    with pytest.raises(IndexDamagedError, match="is damaged.*--force"):
        SearchService(tmp_path).doc_count()
    with pytest.raises(IndexDamagedError):
        load_inventory(tmp_path)
    with pytest.raises(IndexDamagedError):
        IndexWriter(tmp_path)  # found before a batch plans against it
    with IndexWriter(tmp_path, rebuild_outdated=True) as w:  # ingest --force
        w.add(CORPUS[0])
    assert SearchService(tmp_path).doc_count() == 1


def _hits_and_scores(index_dir, query: str) -> list[tuple[str, float]]:
    service = SearchService(index_dir)
    try:
        return [(h.doc_id, h.score) for h in service.search(SearchRequest(query, per_page=100)).hits]
    finally:
        service.close()


def test_force_over_unchanged_files_ranks_as_a_fresh_build(tmp_path):
    """The replaced records of an `ingest --force` stay in their segments until those merge, each
    with its length to one byte only: counted out of the average field length by that rounding, they
    left it a percent or two off, and the same files came out in another order (a harvest paging
    across the --force repeated one document and skipped another). Every record's exact length is
    kept (index.exact_lengths), so the scores are a fresh build's, whichever segments merged."""
    from random import Random

    from ingest.pipeline import IngestOptions, run_ingest

    rnd = Random(7)
    words = ("Ассамблея народа Казахстана провела заседание о медиации и единстве, обсудила языковую "
             "политику, волонтерство, молодежные инициативы и работу советов в регионах").split()
    roots = [tmp_path / "a", tmp_path / "b"]
    for root, count in zip(roots, (150, 40)):
        root.mkdir()
        for n in range(count):
            paragraphs = [" ".join(rnd.choice(words) for _ in range(rnd.randint(5, 300))) + "."
                          for _ in range(rnd.randint(1, 4))]
            (root / f"{root.name}{n:03d}.txt").write_text(f"Отчет {root.name} {n}\n\n" + "\n\n".join(paragraphs),
                                                          encoding="utf-8")
    forced, fresh = tmp_path / "forced", tmp_path / "fresh"
    for root in roots:  # built in two batches, each of several commits
        run_ingest([str(root)], IngestOptions(index_dir=forced, workers=1, batch_size=20))
    run_ingest([str(r) for r in roots], IngestOptions(index_dir=forced, workers=1, batch_size=20, force=True))
    run_ingest([str(r) for r in roots], IngestOptions(index_dir=fresh, workers=1))
    for query in ("Ассамблея", "медиации единстве", "волонтерство регионах"):
        assert _hits_and_scores(forced, query) == _hits_and_scores(fresh, query), query


def _records(index) -> tuple[int, int]:
    """(live records, records the segment files keep: deleted ones too)."""
    with open_index(index).reader() as reader:
        return reader.doc_count(), reader.doc_count_all()


def test_a_commit_drops_deleted_records_from_a_mostly_deleted_segment_and_a_purge_from_any(tmp_path):
    # Whoosh only marks a record deleted: its text stayed in the segment file (and every backup)
    # for good, and a segment of nothing but deleted records stayed listed
    from tests.conftest import make_record

    with IndexWriter(tmp_path) as w:
        for n in range(8):
            w.add(make_record(f"d{n}", f"Документ {n}", [f"Текст документа номер {n}."]))
    live, stored = _records(tmp_path)
    assert live == stored
    with IndexWriter(tmp_path) as w:  # one record of eight: kept until a purge (a rewrite costs time)
        w.delete("d0")
    assert _records(tmp_path)[1] == stored
    with IndexWriter(tmp_path) as w:  # nothing pending: the purge alone rewrites the segment
        pass
    assert _records(tmp_path)[1] == stored
    IndexWriter(tmp_path).close(purge=True)
    assert _records(tmp_path)[0] == _records(tmp_path)[1] == live * 7 // 8
    with IndexWriter(tmp_path) as w:  # half of them or more: rewritten by any commit
        for n in range(1, 5):
            w.delete(f"d{n}")
    assert _records(tmp_path)[0] == _records(tmp_path)[1] == live * 3 // 8
    with IndexWriter(tmp_path) as w:  # the last ones: the segment goes
        for n in range(5, 8):
            w.delete(f"d{n}")
    assert _records(tmp_path) == (0, 0)
    assert SearchService(tmp_path).search(SearchRequest("документа")).total == 0


@pytest.mark.parametrize("positions", [
    [7], [0, 0], [3, 9, 40], [0, 255, 511], [255, 256], [0, 65535], [0, 65536], [10, 65545, 131081],
    [9, 4], [5, 3, 8], list(range(1000)), list(range(1001)), list(range(0, 4000, 2)), [2**31, 2**31 + 5],
], ids=lambda p: f"{len(p)}-from-{p[0]}")
def test_positions_are_encoded_as_whoosh_encodes_them(positions):
    """The writer pickles a posting's position deltas itself (no pickler per posting): the bytes
    are Whoosh's Positions.encode, for small and large deltas, backwards steps and long lists."""
    from whoosh.formats import Positions

    from index.segment_builder import _encode_positions

    assert _encode_positions(list(positions)) == Positions().encode(positions)
