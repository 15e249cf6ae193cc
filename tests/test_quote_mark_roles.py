"""Which way a quotation mark faces, for runs of glued marks of any length."""
from __future__ import annotations

from pathlib import Path

from index.search import SearchRequest, SearchService
from ingest.pipeline import IngestOptions, run_ingest

RUN = '"' * 2000


def test_a_file_with_thousands_of_glued_straight_quotes_is_indexed(tmp_path):
    # each straight mark asked the next whether the run opened a name: a run of a thousand overflowed
    # the stack, and the file was lost as «The parser failed on this file (RecursionError: …)»
    archive, index = tmp_path / "archive", tmp_path / "index"
    archive.mkdir()
    (archive / "ru.txt").write_text(f"«Мы едины», — отметил председатель ОО {RUN}Русская община{RUN} В. Петров. "
                                    "Алматы.\n", encoding="utf-8")
    (archive / "kk.txt").write_text(f"Мектеп директоры {RUN}Марат Оспанов{RUN} ЖШС туралы айтты. Бұл жақсы.\n",
                                    encoding="utf-8")
    summary = run_ingest([str(archive)], IngestOptions(index_dir=index, workers=1))
    assert {Path(r.path).name: (r.status, r.message) for r in summary.files} == {
        "ru.txt": ("indexed", None), "kk.txt": ("indexed", None)}
    service = SearchService(index)
    try:
        assert service.search(SearchRequest("община")).total == 1
        assert service.search(SearchRequest("директоры")).total == 1
    finally:
        service.close()
