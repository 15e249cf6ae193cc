"""Links to a document --prune removed while another document holds its text (ingest.moved_links,
index.successors): a DOCX saved as PDF, a file saved under a corrected name with a word fixed."""
from __future__ import annotations

import re
from html import unescape
from pathlib import Path
from urllib.parse import parse_qs, urlparse

from bench.ooxml import docx, para, run
from index.passage_links import passage_fingerprint
from ingest.pipeline import IngestOptions, run_ingest
from search_app import create_app
from tests.conftest import make_pdfs_module

PARAGRAPHS = [
    "Отчет о заседании Совета Ассамблеи",
    "Караганда, 2 марта 2019 года.",
    "Заседание Совета Ассамблеи народа Казахстана прошло в Доме дружбы.",
    "Участники обсудили работу этнокультурных объединений области.",
    "Председатель Совета отметил вклад волонтеров в проведение праздника.",
    "Решено провести форум молодежи в апреле.",
]
REPORT = "\n\n".join([
    "Справка о работе Дома дружбы", "Павлодар, 14 мая 2019 года.",
    "В Доме дружбы Павлодара прошла встреча представителей этнокультурных объединений и молодежных "
    "организаций города. Участники встречи обсудили подготовку ко Дню единства народа Казахстана, "
    "программу праздничного концерта и выставку национальных ремесел.",
    "Председатель малой ассамблеи рассказал о работе кабинета медиации, куда за год обратились сорок "
    "семь жителей области, и о курсах казахского языка для взрослых, которые окончили двести человек.",
    "Решено провести круглый стол по вопросам межэтнического согласия в июне.",
])


def ingest(root: Path, index: Path, **kw):
    return run_ingest([str(root)], IngestOptions(index_dir=index, workers=1, **kw))


def page_text(resp) -> str:
    html = re.sub(r"<(script|style)\b.*?</\1>", " ", resp.get_data(as_text=True), flags=re.S)
    return " ".join(unescape(re.sub(r"<[^>]+>", " ", html)).split())


def ids_by_name(summary) -> dict[str, str]:
    return {Path(r.path).name: r.document_id for r in summary.files if r.document_id}


def as_pdf(path: Path, paragraphs: list[str]) -> None:
    mk = make_pdfs_module()
    pdf = mk.MiniPdf()
    pdf.page([(56, mk.H - 80 - 28 * i, 11, text) for i, text in enumerate(paragraphs)])
    pdf.save(path)


def quote_link(client, doc_id: str, position: int) -> str:
    """A quote's permalink as the page gives it: the passage's fingerprint and anchor."""
    passages = client.get(f"/api/documents/{doc_id}?include=passages").get_json()["passages"]
    text = next(p["text"] for p in passages if p["position"] == position)
    return f"/doc/{doc_id}?passage={passage_fingerprint(text)}#p-{position}"


def test_a_docx_saved_as_pdf_and_pruned_leaves_its_links_leading_to_the_pdf(tmp_path):
    archive, index = tmp_path / "archive", tmp_path / "index"
    archive.mkdir()
    (archive / "Отчет_058.docx").write_bytes(docx("".join(para(run(p)) for p in PARAGRAPHS)))
    (archive / "other.txt").write_text(REPORT, encoding="utf-8")
    old = ids_by_name(ingest(archive, index))["Отчет_058.docx"]
    client = create_app(index, testing=True).test_client()
    link = quote_link(client, old, 4)
    position = link.rsplit("#p-", 1)[1]
    # converted in place, the DOCX deleted: one run without --prune, then one with it
    as_pdf(archive / "Отчет_058.pdf", PARAGRAPHS)
    (archive / "Отчет_058.docx").unlink()
    new = ids_by_name(ingest(archive, index))["Отчет_058.pdf"]
    assert new != old
    summary = ingest(archive, index, prune=True)
    line = next(r for r in summary.files if r.path.endswith("Отчет_058.docx"))
    assert line.status == "removed" and f"Its links lead to {new} (" in line.message
    assert "Отчет_058.pdf), which holds the same text." in line.message
    assert any("links lead there now" in note for note in summary.notes)
    client.application.extensions["assembly_search"].refresh()

    # the page: to the PDF, saying why; a quote's permalink: at the quoted paragraph
    resp = client.get(f"/doc/{old}")
    assert resp.status_code == 301 and urlparse(resp.headers["Location"]).path == f"/doc/{new}"
    page = client.get(f"/doc/{old}", follow_redirects=True)
    assert page.status_code == 200
    assert ("Документа, на который вела ссылка, в архиве больше нет: его файл «Отчет_058.docx» удалён, а тот же "
            "текст — в этом документе") in page_text(page)
    resp = client.get(link.split("#")[0])
    assert resp.status_code == 301
    assert urlparse(resp.headers["Location"]).fragment == f"p-{position}"
    assert parse_qs(urlparse(resp.headers["Location"]).query)["moved"] == [old]
    # the API answers with the PDF's document, naming the id asked for
    api = client.get(f"/api/documents/{old}")
    data = api.get_json()
    assert api.status_code == 200 and data["id"] == new and old in data["former_ids"]
    assert data["moved_from"] == {"id": old, "file_names": ["Отчет_058.docx"], "same_text": True}
    assert api.headers["Content-Location"] == f"/api/documents/{new}"
    assert "moved_from" not in client.get(f"/api/documents/{new}").get_json()
    # the PDF's own page says nothing of a move
    assert "в архиве больше нет" not in page_text(client.get(f"/doc/{new}"))


def test_a_file_renamed_with_a_word_fixed_and_pruned_in_one_run_leads_its_links_on(tmp_path):
    archive, index = tmp_path / "archive", tmp_path / "index"
    archive.mkdir()
    (archive / "Справка_140.txt").write_text(REPORT, encoding="utf-8")
    (archive / "other.txt").write_text("\n\n".join(PARAGRAPHS), encoding="utf-8")
    old = ids_by_name(ingest(archive, index))["Справка_140.txt"]
    (archive / "Справка_140.txt").unlink()
    (archive / "Справка_140_испр.txt").write_text(REPORT.replace("сорок семь", "сорок восемь"), encoding="utf-8")
    summary = ingest(archive, index, prune=True)
    new = ids_by_name(summary)["Справка_140_испр.txt"]
    line = next(r for r in summary.files if r.path.endswith("Справка_140.txt"))
    assert line.status == "removed" and line.message.endswith("which holds nearly the same text.")
    client = create_app(index, testing=True).test_client()
    page = client.get(f"/doc/{old}", follow_redirects=True)
    assert page.status_code == 200 and page.request.path == f"/doc/{new}"
    assert "а почти тот же текст (в нём исправлено несколько слов) — в этом документе" in page_text(page)
    assert client.get(f"/api/documents/{old}").get_json()["moved_from"]["same_text"] is False


def test_a_pruned_document_whose_text_no_other_holds_still_answers_404(tmp_path):
    # another report of a series (other figures, another month), and a draft of the report («проект
    # резолюции», marked not for publication: six words), hold no text of the pruned one
    archive, index = tmp_path / "archive", tmp_path / "index"
    archive.mkdir()
    april = REPORT.replace("14 мая", "12 апреля").replace("сорок семь", "тридцать два").replace(
        "двести человек", "сто девяносто человек").replace("в июне", "в мае")
    draft = REPORT.replace("круглый стол", "проект круглого стола") + "\n\nЧерновик, не для публикации.\n"
    (archive / "may.txt").write_text(REPORT, encoding="utf-8")
    (archive / "april.txt").write_text(april, encoding="utf-8")
    (archive / "ЧЕРНОВИК_may.txt").write_text(draft, encoding="utf-8")
    old = ids_by_name(ingest(archive, index))["may.txt"]
    (archive / "may.txt").unlink()
    line = next(r for r in ingest(archive, index, prune=True).files if r.path.endswith("/may.txt"))
    assert line.status == "removed" and "links lead" not in (line.message or "")
    client = create_app(index, testing=True).test_client()
    assert client.get(f"/doc/{old}").status_code == 404
    assert client.get(f"/api/documents/{old}").status_code == 404
