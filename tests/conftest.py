"""Shared fixtures: a small real index built from hand-written records."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from contextlib import contextmanager
from datetime import date
from pathlib import Path

import pytest

from index.query import abbreviations
from index.records import DocumentRecord, PassageRecord
from index.search import SearchService
from index.store import IndexWriter
from ingest.build import EXTRACTION_VERSION


# the real document from ../shared/seeds beside the checkout (a teammate's clone may lack it)
SEED_PATH = Path(__file__).resolve().parent.parent.parent / "shared" / "seeds" / "000_3247791c0957a215.txt"


@pytest.fixture(autouse=True)
def _abbreviations_of_no_index():
    """A search command run in the test process reads its index's abbreviations copy from then
    on (index.query.check_abbreviations): not the next test's."""
    yield
    abbreviations.keep_beside(None)


@pytest.fixture()
def seed_text() -> str:
    if not SEED_PATH.exists():
        pytest.skip(f"the seed document is not at {SEED_PATH}")
    return SEED_PATH.read_text(encoding="utf-8")


@contextmanager
def small_tmpfs(folder: Path, size: str):
    """A tmpfs of `size` mounted at `folder`: a disk that fills up (root only, where mounting is
    allowed; the test is skipped elsewhere). Unmounted afterwards, whatever happened."""
    folder.mkdir(parents=True, exist_ok=True)
    if os.geteuid() != 0 or subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(folder)],
                                           capture_output=True).returncode != 0:
        pytest.skip("mounting a small tmpfs needs root")
    try:
        yield folder
    finally:
        # lazily when a failed test's traceback still holds a file open there: never left mounted
        if subprocess.run(["umount", str(folder)], capture_output=True).returncode != 0:
            subprocess.run(["umount", "--lazy", str(folder)], check=True)


def make_pdfs_module():
    """tests/fixtures/make_pdfs.py, whose MiniPdf writes PDFs of positioned text lines."""
    import importlib.util
    import sys

    fixtures = Path(__file__).parent / "fixtures"
    sys.path.insert(0, str(fixtures))
    try:
        spec = importlib.util.spec_from_file_location("make_pdfs", fixtures / "make_pdfs.py")
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
    finally:
        sys.path.pop(0)
    return module


def make_record(doc_id: str, title: str, paragraphs: list[str], *, when: date | None = None,
                speakers=(), persons=(), topics=(), language="ru", fmt="txt", speaker_of=None,
                narrated=()) -> DocumentRecord:
    """`speaker_of`: paragraph number -> its speaker; `narrated`: the paragraphs whose speaker
    their narration names (X отметил, что…), as ingest marks them; extracted by this version."""
    speaker_of = speaker_of or {}
    return DocumentRecord(
        doc_id=doc_id, title=title, text="\n\n".join(paragraphs), format=fmt, language=language,
        paths=[f"/archive/{doc_id}.{fmt}"], source="/archive", date=when,
        date_source="text" if when else None, speakers=list(speakers), persons=list(persons),
        topics=list(topics), content_hash=doc_id * 4, extraction=EXTRACTION_VERSION,
        passages=[PassageRecord(p, i, page=1 if fmt == "pdf" else None,
                                speakers=[speaker_of[i]] if i in speaker_of else [], narrated=i in narrated)
                  for i, p in enumerate(paragraphs)],
    )


CORPUS = [
    make_record("a1", "Круглый стол в Мажилисе", [
        "Состоялся круглый стол с участием депутатов Мажилиса, избранных Ассамблеей народа Казахстана.",
        "Депутат Мажилиса А. Платонов отметил, что информационно-аналитическая работа важна.",
        "Ассамблея народа Казахстана создана Первым Президентом Н.А.Назарбаевым.",
    ], when=date(2021, 5, 12), speakers=["А. Платонов"], persons=["А. Платонов", "Н.А. Назарбаев"],
        topics=["СМИ и информационная работа"], speaker_of={1: "А. Платонов"}, narrated={1}),
    make_record("a2", "Сессия Ассамблеи народа Казахстана", [
        "Астана, 28 апреля 2019 года. Состоялась XXVII сессия Ассамблеи.",
        "С.Абдрахманов подчеркнул важность межэтнического согласия и единства народа.",
        "Глава государства К.К. Токаев выступил на сессии Ассамблеи.",
    ], when=date(2019, 4, 28), speakers=["С. Абдрахманов", "К.К. Токаев"],
        persons=["С. Абдрахманов", "К.К. Токаев"], topics=["межэтническое и межконфессиональное согласие"],
        fmt="pdf", speaker_of={1: "С. Абдрахманов", 2: "К.К. Токаев"}),
    make_record("a3", "Совет матерей провел встречу", [
        "Н.Дементьева отметила роль семьи в воспитании молодежи.",
        "Волонтеры Ассамблеи помогли семьям Павлодара.",
    ], when=date(2019, 9, 3), speakers=["Н. Дементьева"], persons=["Н. Дементьева"],
        topics=["семья и Совет матерей", "волонтерство"], fmt="html", speaker_of={0: "Н. Дементьева"}),
    make_record("a4", "Отчет без даты", [
        "Текст отчета содержит <script>alert(1)</script> и <img src=x onerror=alert(1)> как цитату взломанного сайта.",
        "Молодежная политика и волонтерство остаются приоритетами Ассамблеи.",
    ], when=None, topics=["молодежная политика", "волонтерство"]),
    make_record("k1", "Қазақстан халқы Ассамблеясы", [
        "Рухани жаңғыру бағдарламасы аясында жастар кездесуі өтті.",
    ], when=date(2023, 3, 15), language="kk", topics=["молодежная политика"]),
    make_record("e1", "Assembly youth forum", [
        "The Assembly of People of Kazakhstan held a youth forum on volunteering in Almaty.",
    ], when=date(2024, 6, 1), language="en", fmt="html", topics=["волонтерство"]),
]


def ingested_service(tmp_path_factory, documents: dict[str, str | bytes]):
    """A search of an index ingested, as `assembly-search ingest` does, from text files (file name ->
    text) or any others (file name -> bytes): the facets and dates are ingest's own. The caller closes it."""
    from ingest.pipeline import IngestOptions, run_ingest

    archive, index = tmp_path_factory.mktemp("archive"), tmp_path_factory.mktemp("index")
    for name, text in documents.items():
        if isinstance(text, bytes):
            (archive / name).write_bytes(text)
        else:
            (archive / name).write_text(text, encoding="utf-8")
    run_ingest([str(archive)], IngestOptions(index_dir=index, workers=1))
    return SearchService(index)


def hit_files(result) -> list[str]:
    """The file names of a result's hits, in their order, each followed by those of the documents of
    the same text it stands for (index.same_text: files that say the same are one result)."""
    return [path.rsplit("/", 1)[-1] for hit in result.hits
            for path in [hit.paths[0], *(c.paths[0] for c in hit.copies if c.paths)]]


@pytest.fixture(scope="session")
def built_index(tmp_path_factory):
    path = tmp_path_factory.mktemp("index")
    with IndexWriter(path, create=True) as writer:
        for record in CORPUS:
            writer.add(record)
    return path


@pytest.fixture()
def service(built_index):
    svc = SearchService(built_index)
    yield svc
    svc.close()


NOBODY = 65534  # the unprivileged user a root test runs the command as


def other_account_runs_checkout(drop: list[str], env: dict) -> bool:
    """Whether the account `drop` (a setpriv command) switches to can run this checkout's Python: not a
    checkout in root's home or in a private temporary folder (mktemp's 0700), as CI's clean clone is."""
    return subprocess.run([*drop, sys.executable, "-c", "import assembly_search.cli"], capture_output=True,
                          env=env, check=False, cwd="/").returncode == 0


@pytest.fixture()
def as_another_user(tmp_path):
    """(a folder, a function running the CLI on it) for cases of permissions. Root reads a
    chmod-000 file or folder, so under root (as CI runs) the command runs as the user nobody,
    through setpriv, in a folder of nobody's (pytest's tmp folder is root's alone).
    `run(*args)` runs `assembly-search ARGS`; `run("-c", code, *argv, python=True)` runs Python
    itself (the web app's test client over the folder, say)."""
    env = dict(os.environ, PYTHONPATH=os.getcwd())
    if os.geteuid() != 0:
        drop, folder = [], tmp_path
    else:
        if not shutil.which("setpriv"):
            pytest.skip("runs as root, and setpriv is missing to run the command as another user")
        drop = ["setpriv", f"--reuid={NOBODY}", f"--regid={NOBODY}", "--clear-groups"]
        if not other_account_runs_checkout(drop, env):  # a checkout in root's home, say, which nobody may not enter
            pytest.skip("runs as root, and the user nobody cannot run this checkout's Python")
        folder = Path(tempfile.mkdtemp(prefix="as-nobody-"))

    def run(*args: str, python: bool = False) -> subprocess.CompletedProcess:
        if drop:
            for path in [folder, *folder.rglob("*")]:  # what the test made since the last run
                os.lchown(path, NOBODY, NOBODY)
        command = [*drop, sys.executable, *([] if python else ["-m", "assembly_search.cli"]), *args]
        return subprocess.run(command, capture_output=True, text=True, env=env, check=False)

    yield folder, run
    if drop:
        shutil.rmtree(folder)


def found_ids(service, query: str) -> set[str]:
    """The ids of every document `query` finds (a hundred at most), asserting it was not refused."""
    from index.search import SearchRequest

    result = service.search(SearchRequest(query=query, per_page=100))
    assert result.error is None, result.error
    return {hit.doc_id for hit in result.hits}
