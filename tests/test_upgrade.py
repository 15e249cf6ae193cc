"""An administrator's upgrade: an index of an older schema rebuilt by ingest --force
(index.side_rebuild, ingest.upgrade), as the commands, the server and the reader see it."""
from __future__ import annotations

import os
import subprocess
import sys

import pytest

from tests.conftest import small_tmpfs
from tests.test_ingest import _cli, _older_schema_archive, ingest
from tests.test_store import _damage


@pytest.mark.parametrize("how", ["cut", "missing"])
def test_a_damaged_index_of_an_older_schema_is_said_damaged_and_its_upgrade_refuses_in_one_sentence(tmp_path, how):
    # every command called it "version" and sent the admin to ingest --force, which crashed with
    # an EOFError (a missing segment: FileNotFoundError) and left a half-made .rebuild behind
    from search_app import create_app

    r1, r2, index, _, _ = _older_schema_archive(tmp_path)
    if how == "cut":
        _damage(index, "segment")
    else:
        max(index.glob("*.seg"), key=lambda p: p.stat().st_size).unlink()
    for command in (["stats"], ["search", "Дементьева"], ["ingest", str(r1)], ["ingest", str(r1), "--force"]):
        run = _cli(*command, "--index", str(index))
        assert run.returncode == 1 and "Traceback" not in run.stderr, run.stderr
        lines = run.stderr.strip().splitlines()
        assert len(lines) == 1 and "is damaged" in lines[0] and "restore the index folder from a backup" in lines[0]
        assert "schema version 8" in lines[0] and f"ingest {r1} {r2} --index {index}" in lines[0], lines[0]
        assert not (index / ".rebuild").exists()
    health = create_app(index, testing=True).test_client().get("/health")
    assert health.status_code == 503 and health.get_json()["reason"] == "damaged", health.get_json()
    assert "резервной копии" in health.get_json()["error"]


def test_a_whole_index_of_an_older_schema_is_still_told_to_upgrade_with_force(tmp_path):
    r1, r2, index, _, _ = _older_schema_archive(tmp_path)
    for _ in range(2):  # the second time from what the first found whole
        run = _cli("stats", "--index", str(index))
        assert run.returncode == 1 and "schema version 8 but this program needs" in run.stderr, run.stderr
        assert "damaged" not in run.stderr


def test_a_full_disk_at_the_start_of_an_upgrade_says_so_in_one_sentence(tmp_path):
    # shutil.copy2 of the old index's metadata into .rebuild raised a raw OSError [Errno 28]
    r1, r2, built, _, _ = _older_schema_archive(tmp_path)
    with small_tmpfs(tmp_path / "disk", "2m") as disk:
        index = disk / "index"
        subprocess.run(["cp", "-a", str(built), str(index)], check=True)
        filler = disk / "filler"
        fd = os.open(filler, os.O_WRONLY | os.O_CREAT)
        try:  # the disk full to its last byte
            while os.write(fd, b"\0" * 4096):
                pass
        except OSError:
            pass
        finally:
            os.close(fd)
        run = _cli("ingest", str(r1), "--force", "--index", str(index), env=dict(os.environ, PYTHONPATH=os.getcwd()))
        assert run.returncode == 1 and "Traceback" not in run.stderr, run.stderr
        assert run.stderr.strip().splitlines()[0].startswith(
            f"Warning: the disk holding the index at {index} has 0.0 MB free, less than twice"), run.stderr
        assert run.stderr.strip().splitlines()[1:] == [
            f"assembly-search: Stopped: the disk holding the index at {index}/.rebuild is full; the old index at "
            f"{index} is kept as it was, and the rebuild has not started; free some space and run the same command "
            "again to start it."], run.stderr
        assert not (index / ".rebuild").exists()
        filler.unlink()
        again = _cli("ingest", str(r1), "--force", "--index", str(index), env=dict(os.environ, PYTHONPATH=os.getcwd()))
        assert again.returncode == 0 and "replaced the one of an older schema" in again.stdout, again.stderr


def test_a_second_force_waiting_for_the_upgrade_does_not_rebuild_the_upgraded_index_again(tmp_path):
    # the second --force (a cron job) started while the upgrade ran rebuilt the upgraded index all
    # over again beside itself, said it "replaced the one of an older schema" and left out its wait
    import json
    import time

    from index.schema import SCHEMA_VERSION
    from index.store import VERSION_FILE, SessionLock

    r1, r2, index, _, _ = _older_schema_archive(tmp_path)
    upgrade = SessionLock(index, timeout=0, on_wait=None)  # as the first --force, rebuilding, holds it
    err = tmp_path / "second.err"
    with open(err, "w") as fh:
        second = subprocess.Popen([sys.executable, "-m", "assembly_search.cli", "ingest", str(r1), str(r2), "--force",
                                   "--index", str(index)], stdout=subprocess.PIPE, stderr=fh, text=True,
                                  env=dict(os.environ, PYTHONPATH=os.getcwd()))
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline and "waiting for it to finish" not in err.read_text():
        time.sleep(0.05)
    (index / VERSION_FILE).write_text(json.dumps({"schema_version": SCHEMA_VERSION}))  # the first one's swap
    upgrade.release()
    out, _ = second.communicate(timeout=120)
    assert second.returncode == 0, err.read_text()
    assert "older schema" not in out and "for another ingest)" in out, out
    assert not (index / ".rebuild").exists()


def test_a_rebuild_folder_left_in_an_upgraded_index_is_removed_by_the_next_ingest(tmp_path):
    import json

    from index.schema import SCHEMA_VERSION
    from index.store import VERSION_FILE

    r1, r2, index, _, _ = _older_schema_archive(tmp_path)
    (index / VERSION_FILE).write_text(json.dumps({"schema_version": SCHEMA_VERSION}))
    (index / ".rebuild").mkdir()  # as a second --force stopped part-way left it
    (index / ".rebuild" / "rebuild.json").write_text(json.dumps({"documents": 3, "schema": SCHEMA_VERSION}))
    (index / ".rebuild" / "MAIN_x.seg").write_bytes(b"\0" * 2**20)
    summary = ingest(r1, index)
    assert summary.exit_code == 0 and not (index / ".rebuild").exists()
    assert f"An unfinished rebuild left in {index}/.rebuild (1.0 MB) was removed" in summary.text(), summary.text()


def test_the_upgrade_progress_counts_the_files_found_since_and_never_passes_its_total(tmp_path):
    # the total was the old index's count: an archive grown since showed «готово 440 из 288»
    import json
    import time

    from index import side_rebuild
    from index.store import VERSION_FILE
    from tests.test_ingest import _ingest_cmd, _many_reports

    root, index = _many_reports(tmp_path / "many", 40, "Отчет"), tmp_path / "index"
    assert ingest(root, index).exit_code == 0
    (index / VERSION_FILE).write_text(json.dumps({"schema_version": 8}))
    for i in range(40, 70):  # the archive grew before the upgrade
        (root / f"doc{i:04d}.txt").write_text(f"Новый отчет {i}\n\nслово{i} " * 50, encoding="utf-8")
    rebuild = subprocess.Popen(_ingest_cmd(root, index, "--force", "--commit-every", "5", "--workers", "1"),
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                               env=dict(os.environ, PYTHONPATH=os.getcwd()))
    seen = set()
    while rebuild.poll() is None:
        now = side_rebuild.progress(index)
        if now is not None:
            seen.add(now)
        time.sleep(0.01)
    assert rebuild.returncode == 0
    counted = {total for done, total in seen if done}
    assert counted == {70} and all(done <= total for done, total in seen), sorted(seen)


def test_the_carry_over_note_names_the_roots_left_out_not_their_subfolders(tmp_path):
    # the note named three year folders of one root left out and not the other root at all
    import json

    from index.store import VERSION_FILE

    roots = [tmp_path / name for name in ("rootA", "rootB", "samples")]
    for n, root in enumerate(roots):
        for year in (2018, 2019, 2020, 2021):
            (root / str(year)).mkdir(parents=True)
            (root / str(year) / "r.txt").write_text(f"Отчет {root.name} {year}\n\nСлово{n}x{year}.\n", encoding="utf-8")
    index = tmp_path / "index"
    assert run_ingest_of(roots, index).exit_code == 0
    (index / VERSION_FILE).write_text(json.dumps({"schema_version": 8}))
    forced = ingest(roots[0], index, force=True)
    assert forced.exit_code == 0, forced.text()
    assert (f"8 under folders this --force did not name ({roots[1]}, {roots[2]}; name them too to parse them again)"
            in forced.text()), forced.text()


def run_ingest_of(roots, index):
    from ingest.pipeline import IngestOptions, run_ingest

    return run_ingest([str(r) for r in roots], IngestOptions(index_dir=index, workers=2))


def test_during_an_upgrade_the_api_and_health_say_when_to_ask_again_and_a_stopped_one_does_not(tmp_path):
    from index import side_rebuild
    from index.store import SessionLock
    from search_app import create_app

    _, _, index, _, _ = _older_schema_archive(tmp_path)
    side_rebuild.begin(index)
    running = SessionLock(index, timeout=0, on_wait=None)  # as the ingest rebuilding it holds it
    client = create_app(index, testing=True).test_client()
    for url in ("/health", "/api/search?q=Ассамблея", "/?q=Ассамблея"):
        resp = client.get(url)
        assert resp.status_code == 503 and resp.headers.get("Retry-After") == "60", url
    page = client.get("/?q=Ассамблея&year=2019").get_data(as_text=True)
    assert 'id="error-retry">Повторить поиск «Ассамблея»</a>' in page and "Перейти к поиску по архиву" not in page
    running.release()  # the rebuild stopped: an administrator has to run it again, no time is promised
    for url in ("/health", "/api/search?q=Ассамблея", "/?q=Ассамблея"):
        resp = client.get(url)
        assert resp.status_code == 503 and "Retry-After" not in resp.headers, url


def test_a_plain_ingest_after_an_upgrade_stopped_says_it_stopped_and_how_to_resume_it(tmp_path):
    # the ingest's own session lock was taken for the rebuild's: a cron ingest said the index «is being
    # rebuilt … by an ingest --force» while nothing ran, without the command stats gives
    from index import side_rebuild

    r1, r2, index, _, _ = _older_schema_archive(tmp_path)
    side_rebuild.begin(index)  # as an --force killed before its first commit leaves it
    stats = _cli("stats", "--index", str(index))
    plain = _cli("ingest", str(r1), "--index", str(index))
    assert plain.returncode == stats.returncode == 1, plain.stderr
    said = plain.stderr.strip().splitlines()
    assert said == stats.stderr.strip().splitlines() and len(said) == 1, (plain.stderr, stats.stderr)
    assert "stopped after 0 of 3 documents and is not running" in said[0], said
    assert f"resumes where it stopped: assembly-search ingest {r1} {r2} --force --index {index}" in said[0], said
    assert "is being rebuilt" not in plain.stderr and (index / ".rebuild").is_dir()  # its work is kept
