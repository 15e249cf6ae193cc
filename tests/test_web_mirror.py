"""A website saved by wget or HTTrack: what of a mirror is a document and what is the site's
machinery (feeds, robots.txt, menu frames, list pages, compressed pages, the same page under
several URLs). Real files, real ingest runs, a real index."""
from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from index.search import SearchRequest, SearchService
from index.store import IndexWriter
from ingest.build import build_record
from ingest.parsers import parse_bytes
from ingest.pipeline import IngestOptions, run_ingest

ARTICLE = ("<html><head><meta charset='utf-8'><title>Кабинет медиации открылся в Таразе</title></head><body>"
           "<h2>Кабинет медиации открылся в Таразе</h2><p>Тараз, 16 августа 2012 года. При Ассамблее открылся "
           "кабинет медиации: медиаторы будут помогать разрешать споры без суда.</p></body></html>")


def ingest(root: Path, index: Path, **kw):
    return run_ingest([str(root)], IngestOptions(index_dir=index, workers=2, **kw))


def lines(summary) -> dict[str, tuple[str, str | None]]:
    return {Path(r.path).name: (r.status, r.reason) for r in summary.files}


def test_an_rss_or_atom_feed_is_skipped_as_unsupported_not_indexed_as_a_page(tmp_path):
    # rss.xml was sniffed as HTML (it starts with "<" and holds <title>) and indexed, its CDATA, dates
    # and links glued into one text
    site = tmp_path / "site"
    site.mkdir()
    (site / "rss.xml").write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0"><channel><title>Ассамблея — Новости</title>'
        "<item><title>Форум молодежи в Павлодаре</title><link>http://www.assembly.kz/article.php?id=4</link>"
        "<description><![CDATA[<p>Павлодар, 10 апреля 2015 года. В Павлодаре прошел форум.</p>]]></description>"
        "<pubDate>Mon, 28 Dec 2015 10:00:00 +0600</pubDate></item></channel></rss>", encoding="utf-8")
    (site / "atom").write_text('<?xml version="1.0"?>\n<feed xmlns="http://www.w3.org/2005/Atom"><title>Новости'
                               "</title><entry><title>Форум в Павлодаре</title></entry></feed>", encoding="utf-8")
    (site / "a.html").write_text(ARTICLE, encoding="utf-8")
    summary = ingest(site, tmp_path / "index")
    got = {Path(r.path).name: r for r in summary.files}
    for name in ("rss.xml", "atom"):
        assert (got[name].status, got[name].reason) == ("skipped", "unsupported")
        assert "RSS or Atom news feed" in got[name].message
    assert summary.exit_code == 0 and SearchService(tmp_path / "index").search(SearchRequest("Павлодар")).total == 0


def test_a_page_saved_gzip_compressed_is_read_unpacked_and_a_gzip_bomb_fails_clearly(tmp_path):
    # wget saves a page the server sent gzip-compressed as those bytes: it failed as «a gzip archive»
    import gzip
    import tarfile
    site = tmp_path / "site"
    site.mkdir()
    (site / "article.php@id=13.html").write_bytes(gzip.compress(ARTICLE.encode("utf-8")))
    (site / "show.asp@id=13").write_bytes(gzip.compress(ARTICLE.replace("Таразе", "Тараз").encode("utf-8")))  # no extension
    (site / "bomb.html").write_bytes(gzip.compress(b"<html><body><p>" + b"a" * (3 * 2**20) + b"</p></body></html>"))
    (site / "page.html.gz").write_bytes(gzip.compress(ARTICLE.encode("utf-8")))  # an archive: stays one
    with tarfile.open(site / "pages.htm", "w:gz") as tar:  # many files under a page's name
        tar.add(site / "article.php@id=13.html", arcname="a.html")
    summary = ingest(site, tmp_path / "index", size_limit=2**20)
    got = {Path(r.path).name: r for r in summary.files}
    for name in ("article.php@id=13.html", "show.asp@id=13"):
        assert (got[name].status, got[name].format) == ("indexed", "html")
        assert any("gzip-compressed" in w for w in got[name].warnings)
    assert (got["bomb.html"].status, got["bomb.html"].reason) == ("failed", "too_large")
    assert "unpacks to more than the 1 MB limit" in got["bomb.html"].message
    assert got["page.html.gz"].status == "skipped" and "gzip archive" in got["page.html.gz"].message
    assert (got["pages.htm"].status, got["pages.htm"].reason) == ("skipped", "unsupported")  # as page.html.gz
    hits = SearchService(tmp_path / "index").search(SearchRequest("медиации"))
    assert hits.total == 2 and "Кабинет медиации открылся в Таразе" in {h.title for h in hits.hits}


def test_robots_txt_and_a_menu_frame_of_links_are_skipped_with_a_reason(tmp_path):
    # both were indexed: robots.txt as an «English» document, the menu frame as «Главная Новости Контакты …»
    site = tmp_path / "site"
    (site / "frames").mkdir(parents=True)
    (site / "robots.txt").write_text("User-agent: *\nDisallow: /admin/\nSitemap: http://www.assembly.kz/sitemap.xml\n")
    (site / "frames" / "index.html").write_text('<html><frameset cols="200,*"><frame src="menu.html" name="menu">'
                                                '<frame src="main.html" name="main"></frameset></html>')
    (site / "frames" / "menu.html").write_text(
        "<html><head><meta charset='utf-8'><title>Меню</title></head><body>"
        + "<br>".join(f'<a href="{h}.html" target="main">{t}</a>' for h, t in
                      (("main", "Главная"), ("news", "Новости"), ("contacts", "Контакты"), ("about", "Об Ассамблее"),
                       ("sessions", "Сессии")))
        + "</body></html>", encoding="utf-8")
    (site / "frames" / "main.html").write_text(ARTICLE, encoding="utf-8")
    # a page of links to documents, opening in its own window, is a document: kept
    (site / "docs.html").write_text("<html><head><meta charset='utf-8'><title>Документы</title></head><body>"
                                    + "<br>".join(f'<a href="d{i}.pdf">Решение сессии Ассамблеи № {i}</a>' for i in range(5))
                                    + "</body></html>", encoding="utf-8")
    for _ in range(2):  # the second run meets them again
        summary = ingest(site, tmp_path / "index")
        got = {Path(r.path).name: r for r in summary.files}
        assert (got["robots.txt"].status, got["robots.txt"].reason) == ("skipped", "unsupported")
        assert "web crawlers" in got["robots.txt"].message
        assert (got["menu.html"].status, got["menu.html"].reason) == ("skipped", "menu_frame")
        assert summary.exit_code == 0
    assert lines(ingest(site, tmp_path / "index2"))["docs.html"] == ("indexed", None)
    assert lines(ingest(site, tmp_path / "index3"))["main.html"] == ("indexed", None)


def test_identical_copies_in_one_batch_are_one_indexed_file_and_its_copies(tmp_path):
    # wget saves one page under each URL that reaches it: every copy was reported «indexed», and the
    # summary counted 4 documents where the index held 1
    site = tmp_path / "site"
    (site / "news").mkdir(parents=True)
    for name in ("index.html", "index.php", "news/2.html", "article.php?id=2"):
        (site / name).write_text(ARTICLE, encoding="utf-8")
    summary = ingest(site, tmp_path / "index")
    got = {Path(r.path).name: r for r in summary.files}
    original = [n for n, r in got.items() if r.status == "indexed"]
    assert len(original) == 1 and summary.counts["indexed"] == 1 and summary.counts["unchanged"] == 3
    for name, r in got.items():
        if name != original[0]:
            assert (r.status, r.reason) == ("unchanged", "copied") and original[0] in r.message
            assert r.document_id == got[original[0]].document_id
    assert "1 indexed (and 3 copies of them under other names)" in summary.text()
    again = ingest(site, tmp_path / "index")  # the next run: nothing new
    assert {r.status for r in again.files} == {"unchanged"} and again.counts["indexed"] == 0


def _teaser(i: int, link: str = "article.php?id={i}") -> str:
    return (f"<div class='item'><h3><a href='{link.format(i=i)}'>Заседание малой ассамблеи в области № {i}</a></h3>"
            f"<p>{10 + i}.03.2012. Члены малой ассамблеи обсудили план работы этнокультурных объединений на год.</p>"
            f"<a href='{link.format(i=i)}'>Читать далее »</a></div>")


LIST_PAGE = ("<html><head><meta charset='utf-8'><title>Новости — страница 2</title></head><body>"
             "<div id='menu'><a href='/'>Главная</a> <a href='/news/'>Новости</a></div><div id='content'><h1>Новости</h1>"
             + "".join(_teaser(i) for i in range(1, 6))
             + "<div class='pager'><a href='?page=1'>1</a> <a href='?page=3'>3</a></div></div></body></html>")
ARTICLE_WITH_SIDEBAR = (
    "<html><head><meta charset='utf-8'><title>Форум молодежи в Павлодаре</title></head><body><div id='content'>"
    "<h1>Форум молодежи в Павлодаре</h1><p>Павлодар, 10 апреля 2015 года. В Павлодаре прошел форум молодежи "
    "Ассамблеи народа Казахстана: активисты предложили программу волонтерских акций на лето.</p><p>Участники "
    "форума обсудили работу молодежных крыльев этнокультурных объединений и планы на следующий год.</p></div>"
    "<div class='sidebar'><h3>Последние новости</h3>" + "".join(_teaser(i) for i in range(1, 4)) + "</div></body></html>")
DOCUMENT_LIST = ("<html><head><meta charset='utf-8'><title>Решения сессий</title></head><body><h1>Решения сессий</h1>"
                 + "".join(f"<p><a href='docs/r{i}.pdf'>Решение XII сессии № {i}</a></p><p>О плане работы Ассамблеи народа "
                           f"Казахстана на {2010 + i} год и поручениях малым ассамблеям.</p>" for i in range(4))
                 + "</body></html>")


def test_list_pages_are_skipped_unless_kept_and_a_kept_one_is_undated(tmp_path):
    # home, news-list, tag and archive pages repeat their articles' teasers: they outnumbered the
    # articles in results, came first newest-first, and dated a year by their first teaser
    site = tmp_path / "site"
    site.mkdir()
    (site / "index.php@page=2.html").write_text(LIST_PAGE, encoding="utf-8")
    (site / "article.html").write_text(ARTICLE_WITH_SIDEBAR, encoding="utf-8")
    (site / "decisions.html").write_text(DOCUMENT_LIST, encoding="utf-8")  # its list IS its content
    summary = ingest(site, tmp_path / "index")
    got = {Path(r.path).name: r for r in summary.files}
    assert (got["index.php@page=2.html"].status, got["index.php@page=2.html"].reason) == ("skipped", "list_page")
    assert "--keep-list-pages" in got["index.php@page=2.html"].message
    assert lines(summary)["article.html"] == ("indexed", None) and lines(summary)["decisions.html"] == ("indexed", None)
    assert summary.exit_code == 0 and "list_page: 1" in summary.text()
    kept = ingest(site, tmp_path / "index", keep_list_pages=True)  # the next run, told to keep them
    assert lines(kept)["index.php@page=2.html"] == ("indexed", None)
    hit = SearchService(tmp_path / "index").search(SearchRequest("план работы этнокультурных объединений")).hits
    assert [h.date for h in hit if "page=2" in h.paths[0]] == [None]  # not dated by its first teaser


def test_prune_removes_a_list_page_the_index_holds_and_a_plain_run_keeps_it(tmp_path):
    # a list page indexed with --keep-list-pages (or before list pages were skipped) was reported
    # «skipped list_page» on every run, --force --prune too, and stayed searchable
    site, index = tmp_path / "site", tmp_path / "index"
    site.mkdir()
    (site / "index.php@page=2.html").write_text(LIST_PAGE, encoding="utf-8")
    (site / "article.html").write_text(ARTICLE_WITH_SIDEBAR, encoding="utf-8")
    ingest(site, index, keep_list_pages=True)
    assert SearchService(index).doc_count() == 2
    assert lines(ingest(site, index, force=True))["index.php@page=2.html"] == ("skipped", "list_page")
    assert SearchService(index).doc_count() == 2  # no --prune: the document stays
    pruned = ingest(site, index, force=True, prune=True)
    got = {Path(r.path).name: r for r in pruned.files}
    assert (got["index.php@page=2.html"].status, got["index.php@page=2.html"].reason) == ("removed", "list_page")
    assert "--prune removes its document" in got["index.php@page=2.html"].message
    assert lines(pruned)["article.html"] == ("updated", None) and "1 removed" in pruned.text()
    hits = SearchService(index).search(SearchRequest("план работы этнокультурных объединений")).hits
    assert [Path(h.paths[0]).name for h in hits] == ["article.html"]


def test_prune_keeps_a_list_page_document_under_its_path_outside_the_folders_given(tmp_path):
    # the same page saved in two mirrors: an ingest of one drops only that mirror's path
    one, two, index = tmp_path / "one", tmp_path / "two", tmp_path / "index"
    for site in (one, two):
        site.mkdir()
        (site / "news.html").write_text(LIST_PAGE, encoding="utf-8")
    run_ingest([str(one), str(two)], IngestOptions(index_dir=index, workers=2, keep_list_pages=True))
    pruned = ingest(one, index, force=True, prune=True)
    assert lines(pruned)["news.html"] == ("removed", "list_page")
    assert "stays indexed under" in pruned.files[0].message
    hits = SearchService(index).search(SearchRequest("Новости страница 2")).hits
    assert [h.paths for h in hits] == [[str(two / "news.html")]]


ROBOTS = "User-agent: *\nDisallow: /admin/\nHost: www.assembly.kz\n"
FEED = ('<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0"><channel><title>Ассамблея — Новости</title>'
        "<item><title>Форум молодежи в Павлодаре</title><description>Павлодар, 10 апреля 2015 года. В Павлодаре "
        "прошел форум.</description></item></channel></rss>")


def _site_indexed_before_feeds_were_skipped(tmp_path) -> tuple[Path, Path]:
    """A mirror whose rss.xml and robots.txt an earlier version indexed (the feed read as a page,
    robots.txt as text): their records are made by today's parsers as that version's were."""
    site, index = tmp_path / "site", tmp_path / "index"
    site.mkdir()
    (site / "a.html").write_text(ARTICLE, encoding="utf-8")
    (site / "rss.xml").write_text(FEED, encoding="utf-8")
    (site / "robots.txt").write_text(ROBOTS, encoding="utf-8")
    ingest(site, index)
    with IndexWriter(index) as writer:
        for name, fmt in (("rss.xml", "html"), ("robots.txt", "txt")):
            data = (site / name).read_bytes()
            writer.add(build_record(parse_bytes(data, name, fmt), site / name, str(site),
                                    hashlib.sha256(data).hexdigest()))
    assert SearchService(index).doc_count() == 3
    return site, index


@pytest.mark.parametrize("force", [False, True])
def test_prune_removes_what_an_earlier_version_indexed_of_feeds_and_robots_txt(tmp_path, force):
    site, index = _site_indexed_before_feeds_were_skipped(tmp_path)
    plain = ingest(site, index, force=force)
    assert lines(plain)["rss.xml"] == ("skipped", "unsupported") == lines(plain)["robots.txt"]
    assert ("2 documents an earlier version indexed from files ingest skips now stay searchable until a run with "
            "--prune") in plain.text()
    assert SearchService(index).doc_count() == 3
    pruned = ingest(site, index, prune=True, force=force)
    assert lines(pruned) == {"a.html": ("updated" if force else "unchanged", None),
                             "rss.xml": ("removed", "unsupported"), "robots.txt": ("removed", "unsupported")}
    assert "2 removed" in pruned.text() and "stay searchable" not in pruned.text()
    service = SearchService(index)
    assert service.doc_count() == 1 and service.search(SearchRequest("Павлодар")).total == 0
    assert lines(ingest(site, index, prune=True))["rss.xml"] == ("skipped", "unsupported")


def test_the_gzip_note_names_a_text_file_a_file_and_is_given_only_to_the_file_parsed(tmp_path):
    # a gzip'd .txt was called «a gzip-compressed page», and a copy reported «not parsed again» got
    # the «it was read unpacked» note too: one note more than there were parses
    import gzip
    site = tmp_path / "site"
    (site / "sub").mkdir(parents=True)
    page = gzip.compress(ARTICLE.encode("utf-8"))
    (site / "a.html").write_bytes(page)
    (site / "sub" / "a.html").write_bytes(page)
    (site / "note.txt").write_bytes(gzip.compress("Шымкент, 5 мая 2013 г.\n\nВстреча молодежного крыла Ассамблеи\n\n"
                                                  "Состоялась встреча волонтеров.\n".encode("utf-8")))
    summary = ingest(site, tmp_path / "index")
    unpacked = {str(Path(r.path).relative_to(site)): r.warnings for r in summary.files if r.status != "skipped"}
    assert unpacked["note.txt"] == ["The file holds a gzip-compressed file (saved as the server sent it); it was read "
                                    "unpacked."]
    noted = [p for p in ("a.html", "sub/a.html") if any("gzip-compressed page" in w for w in unpacked[p])]
    assert len(noted) == 1 and summary.counts["indexed"] == 2 and summary.counts["unchanged"] == 1
