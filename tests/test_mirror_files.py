"""What a website mirror or a browser's «Web page, complete» saves besides the site's pages: the
mirroring tool's own files (HTTrack's cache, log and index), a web server's folder listings, scripts,
styles and API data under names that keep the address's query, wget -K's backups, and the folder a
framed site's frames are saved in. Real files, real ingest runs, a real index."""
from __future__ import annotations

import hashlib
from pathlib import Path

from index.search import SearchRequest, SearchService
from index.store import IndexWriter
from ingest.build import build_record
from ingest.parsers import file_extension, parse_bytes
from test_web_mirror import ARTICLE, ingest, lines


def found(index: Path, query: str) -> list[str]:
    return sorted(Path(p).name for h in SearchService(index).search(SearchRequest(query)).hits for p in h.paths)


def test_a_mirrors_name_for_an_address_with_a_query_has_the_address_paths_extension():
    assert file_extension("jquery.min.js@ver=3.6.0") == ".js"  # was "": «.0» is no extension, so read as text
    assert file_extension("main.js?ver=1.2") == ".js"
    assert file_extension("index.html@C=M;O=A") == ".html"
    assert file_extension("news.php@id=15.html") == ".html"  # wget -E's own extension after the query
    assert file_extension("news.php@id=15") == ".php"
    assert file_extension("css@family=Roboto:400,700&subset=cyrillic") == ""
    assert file_extension("Протокол от 12.03.2019") == "" and file_extension("Письмо info@anq") == ""


SCRIPT = ("// Тема сайта Ассамблеи народа Казахстана Костанайской области\nvar anqStrings = {\"readMore\":\"Читать "
          "далее\",\"close\":\"Закрыть\",\"title\":\"Ассамблея народа Казахстана: единство и согласие\"};\n")
STYLE = ("/* cyrillic */\n@font-face {\n  font-family: 'Roboto';\n  font-style: normal;\n  font-weight: 400;\n"
         "  src: url(roboto.woff2) format('woff2');\n  unicode-range: U+0400-045F;\n}\n")
OEMBED = ('{"version": "1.0", "provider_name": "Ассамблея народа Казахстана Костанайской области", "title": '
          '"В Костанае отметили День единства народа Казахстана", "author_name": "admin"}')


def _wordpress_mirror(tmp_path) -> Path:
    """A WordPress site as wget -m -k -p saves it: the query of each asset's address kept in its name."""
    site = tmp_path / "assembly-kst.kz"
    for folder in ("wp-includes/js/jquery", "wp-content/themes/anq/js", "fonts.googleapis.com", "wp-json/oembed/1.0",
                   "2021/05/12/den-edinstva"):
        (site / folder).mkdir(parents=True)
    (site / "wp-includes/js/jquery/jquery.min.js@ver=3.6.0").write_text(
        "/*! jQuery v3.6.0 | (c) OpenJS Foundation */\n!function(e,t){\"use strict\";}", encoding="utf-8")
    (site / "wp-content/themes/anq/js/main.js@ver=1.2").write_text(SCRIPT, encoding="utf-8")
    (site / "fonts.googleapis.com/css@family=Roboto:400,700&subset=cyrillic").write_text(STYLE, encoding="utf-8")
    (site / "wp-json/oembed/1.0/embed@url=https%3A%2F%2Fassembly-kst.kz%2F2021%2F05%2F12%2Fden-edinstva%2F"
     ).write_text(OEMBED, encoding="utf-8")
    (site / "2021/05/12/den-edinstva/index.html").write_text(
        "<html><head><meta charset='utf-8'><title>В Костанае отметили День единства народа Казахстана</title></head>"
        "<body><h1>В Костанае отметили День единства народа Казахстана</h1><p>Костанай, 12 мая 2021 года. "
        "Ассамблея народа Казахстана Костанайской области провела праздник единства.</p></body></html>",
        encoding="utf-8")
    (site / "news.php@id=16").write_text(ARTICLE, encoding="utf-8")  # a page saved without -E: HTML by its bytes
    (site / "Заметка к сессии").write_text("Заметка к сессии Ассамблеи: подготовить доклад о медиации.\n",
                                           encoding="utf-8")  # a note without an extension stays text
    return site


def test_a_mirrors_scripts_styles_and_api_json_are_skipped_not_indexed_as_text(tmp_path):
    # all four were indexed as txt and ranked above the article for the Assembly's own name
    site = _wordpress_mirror(tmp_path)
    summary = ingest(site, tmp_path / "index")
    got = {Path(r.path).name: r for r in summary.files}
    for name in ("jquery.min.js@ver=3.6.0", "main.js@ver=1.2"):
        assert (got[name].status, got[name].reason, got[name].message) == (
            "skipped", "unsupported", "Not a supported format (.js).")
    for name in ("css@family=Roboto:400,700&subset=cyrillic",
                 "embed@url=https%3A%2F%2Fassembly-kst.kz%2F2021%2F05%2F12%2Fden-edinstva%2F"):
        assert (got[name].status, got[name].reason) == ("skipped", "unsupported")
        assert "address with a query" in got[name].message
    assert (got["news.php@id=16"].status, got["news.php@id=16"].format) == ("indexed", "html")
    assert (got["Заметка к сессии"].status, got["Заметка к сессии"].format) == ("indexed", "txt")
    assert summary.exit_code == 0
    assert found(tmp_path / "index", "Ассамблея народа Казахстана") == ["index.html"]


def test_prune_removes_the_scripts_and_data_an_earlier_version_indexed_as_text(tmp_path):
    site, index = _wordpress_mirror(tmp_path), tmp_path / "index"
    ingest(site, index)
    with IndexWriter(index) as writer:  # made by today's text parser, as the earlier version's were
        for path in (site / "wp-content/themes/anq/js/main.js@ver=1.2", next((site / "wp-json/oembed/1.0").iterdir())):
            data = path.read_bytes()
            writer.add(build_record(parse_bytes(data, path.name, "txt"), path, str(site),
                                    hashlib.sha256(data).hexdigest()))
    assert len(found(index, "Ассамблея народа Казахстана")) == 3
    pruned = lines(ingest(site, index, prune=True))
    assert pruned["main.js@ver=1.2"] == ("removed", "unsupported")
    assert found(index, "Ассамблея народа Казахстана") == ["index.html"]


HTTRACK_INDEX = ("<html><head><meta name=\"generator\" content=\"HTTrack Website Copier/3.x [XR&CO'2014]\">"
                 "<title>Local index - HTTrack Website Copier</title></head><body><h1>HTTrack Website Copier - Open "
                 "Source offline browser</h1><p>Index of locally available sites:</p><table><tr><td>"
                 "<a href=\"anq-akmola.kz/index.html\">anq-akmola.kz</a></td></tr></table><p>Mirror and index made by "
                 "HTTrack Website Copier/3.49-2 [XR&amp;CO'2014]</p></body></html>")
HTTRACK_LOG = ("HTTrack3.49-2+htsswf+htsjava launched on Sun, 05 Mar 2023 10:12:35 at https://anq-akmola.kz/\n"
               "Information, Warnings and Errors reported for this mirror:\nnote:\tthe hts-log.txt file, and hts-cache "
               "folder, may contain sensitive information,\n\tsuch as username/password authentication for websites "
               "mirrored in this project\n")


def test_httracks_cache_log_and_index_are_skipped_and_its_mirrored_pages_read(tmp_path):
    # hts-log.txt, hts-cache/new.txt and readme.txt were indexed as English texts and HTTrack's index as a page:
    # the log headed the front page and a search for the site's address found them first
    project = tmp_path / "anq"
    (project / "hts-cache").mkdir(parents=True)
    (project / "anq-akmola.kz").mkdir()
    (project / "hts-log.txt").write_text(HTTRACK_LOG)
    (project / "hts-err.txt").write_text("Error: \"Not Found\" (404) at link anq-akmola.kz/old.php\n")
    (project / "hts-cache" / "new.txt").write_text("date\tsize'/'remotesize\tflags(request:Update,Range)\n"
                                                   "https://anq-akmola.kz/news.php?id=15 anq-akmola.kz/news7c9b.html\n")
    (project / "hts-cache" / "readme.txt").write_text("What's in this folder? This folder contains the HTTrack cache.\n")
    (project / "index.html").write_text(HTTRACK_INDEX)
    (project / "anq-akmola.kz" / "news7c9b.html").write_text(
        ARTICLE.replace("<head>", "<head><!-- Mirrored from anq-akmola.kz/news.php?id=15 by HTTrack Website "
                                  "Copier/3.x [XR&CO'2014], Sun, 05 Mar 2023 10:12:40 GMT -->"), encoding="utf-8")
    index = tmp_path / "index"
    summary = ingest(tmp_path, index)
    got = {Path(r.path).name: r for r in summary.files}
    assert lines(summary) == {"hts-cache": ("skipped", "mirror_tool"), "hts-log.txt": ("skipped", "mirror_tool"),
                              "hts-err.txt": ("skipped", "mirror_tool"), "index.html": ("skipped", "mirror_tool"),
                              "news7c9b.html": ("indexed", None)}
    assert "login and password" in got["hts-log.txt"].message
    assert "HTTrack's index of the sites it mirrored" in got["index.html"].message
    assert summary.exit_code == 0
    assert found(index, "anq-akmola.kz") == [] and found(index, "HTTrack") == []
    assert lines(ingest(tmp_path, index))["index.html"] == ("skipped", "mirror_tool")  # told again, not parsed


LISTING = ('<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 3.2 Final//EN"><html><head><title>Index of /uploads/2019</title>'
           '</head><body><h1>Index of /uploads/2019</h1><table><tr><th><a href="index.html@C=N;O=D">Name</a></th>'
           '<th><a href="index.html@C=M;O=A">Last modified</a></th><th><a href="index.html@C=S;O=A">Size</a></th></tr>'
           '<tr><td><a href="../index.html">Parent Directory</a></td><td>&nbsp;</td><td>-</td></tr>'
           '<tr><td><a href="Reshenie_sessii_ANK_2019.pdf">Reshenie_sessii_ANK_2019.pdf</a></td>'
           '<td>2019-04-20 16:40</td><td>320K</td></tr><tr><td><a href="Otchet_ANK_Akmola_2019.pdf">'
           'Otchet_ANK_Akmola_2019.pdf</a></td><td>2019-12-25 10:14</td><td>1.2M</td></tr></table>'
           '<address>Apache/2.4.29 (Ubuntu) Server at anq-akmola.kz Port 443</address></body></html>')


def test_a_web_servers_folder_listings_are_skipped_not_failed_as_empty(tmp_path):
    # wget -m saves the listing once per sort link: nine «failed empty» lines and exit 1
    folder = tmp_path / "anq-akmola.kz" / "uploads" / "2019"
    folder.mkdir(parents=True)
    names = ["index.html", "index.html@C=M;O=A", "index.html@C=N;O=D", "index.html?C=S;O=A"]
    for name in names:
        (folder / name).write_text(LISTING)
    (tmp_path / "index.html").write_text(ARTICLE.replace("<h2>", "<h2>Index of /uploads — ").replace(
        "<title>", "<title>Index of /uploads — "), encoding="utf-8")  # a page whose heading differs: read
    summary = ingest(tmp_path, tmp_path / "idx")
    got = {r.path: r for r in summary.files}
    for name in names:
        line = got[str(folder / name)]
        assert (line.status, line.reason) == ("skipped", "folder_listing")
        assert "listing of a folder's files" in line.message
    assert got[str(tmp_path / "index.html")].status == "indexed"
    assert summary.exit_code == 0 and "failed" not in {r.status for r in summary.files}


def test_wgets_orig_backup_of_a_page_is_skipped_and_the_converted_page_named(tmp_path):
    # wget -m -k -K leaves news.php@id=101.html.orig beside the page: it was indexed as a copy and named first
    site = tmp_path / "anq-sko.kz"
    site.mkdir()
    (site / "news.php@id=101.html").write_text(ARTICLE.replace("http://anq-sko.kz/", ""), encoding="utf-8")
    (site / "news.php@id=101.html.orig").write_text(ARTICLE, encoding="utf-8")
    summary = ingest(tmp_path, tmp_path / "index")
    got = {Path(r.path).name: r for r in summary.files}
    assert (got["news.php@id=101.html.orig"].status, got["news.php@id=101.html.orig"].reason) == ("skipped", "backup")
    assert ".orig" in got["news.php@id=101.html.orig"].message
    assert found(tmp_path / "index", "медиации") == ["news.php@id=101.html"]


FRAMESET = ('<!DOCTYPE html><html><head><meta charset="windows-1251"><title>Ассамблея народа Казахстана СКО</title>'
            '</head><frameset cols="220,*"><frame name="menu" src="./{folder}/menu.html">'
            '<frame name="main" src="./{folder}/news%5F2005%5F03.html"></frameset></html>')
MENU = ("<html><head><meta charset='utf-8'><title>Меню</title></head><body>"
        + "<br>".join(f'<a href="{h}.html" target="main">{t}</a>' for h, t in
                      (("news", "Новости"), ("about", "О Малой ассамблее"), ("etno", "Этнокультурные центры")))
        + "</body></html>")
FRAME_ARTICLE = ("<html><head><meta charset='utf-8'><title>Сессия Малой ассамблеи</title></head><body>"
                 "<h1>В Петропавловске состоялась сессия Малой ассамблеи</h1><p>Петропавловск, 15 марта 2005 года. "
                 "О.И. Петренко рассказал о работе этнокультурных центров области.</p></body></html>")


def test_a_framed_site_saved_complete_has_its_frames_read_from_the_folder_beside_it(tmp_path):
    # the frameset was skipped as «its text is in its frames», and the folder holding them as images and scripts
    page = "Ассамблея народа Казахстана СКО"
    saved = tmp_path / "saved"
    files = saved / f"{page}_files"
    (files / "img").mkdir(parents=True)
    (saved / f"{page}.html").write_bytes(FRAMESET.format(folder=f"{page}_files").encode("cp1251"))
    (files / "menu.html").write_text(MENU, encoding="utf-8")
    (files / "news_2005_03.html").write_text(FRAME_ARTICLE, encoding="utf-8")
    (files / "style.css").write_text("body { font: 12px Arial; }")
    (files / "widget.html").write_text(ARTICLE, encoding="utf-8")  # no frame of the page: an asset
    (saved / "Статья.html").write_text(ARTICLE.replace("Таразе", "Шымкенте"), encoding="utf-8")
    (saved / "Статья_files").mkdir()  # a page with no frames: its folder is one line, as before
    (saved / "Статья_files" / "saved_resource.html").write_text(ARTICLE, encoding="utf-8")
    summary = ingest(saved, tmp_path / "index")
    assert lines(summary) == {f"{page}.html": ("skipped", "frameset"), "menu.html": ("skipped", "menu_frame"),
                              "news_2005_03.html": ("indexed", None), "style.css": ("skipped", "assets"),
                              "widget.html": ("skipped", "assets"), "img": ("skipped", "assets"),
                              "Статья.html": ("indexed", None), "Статья_files": ("skipped", "assets")}
    assert summary.exit_code == 0
    assert found(tmp_path / "index", "Петренко") == ["news_2005_03.html"]
    assert found(tmp_path / "index", "Тараз") == ["Статья.html"]  # not the widget, nor the other saved_resource


def test_a_nested_frameset_saved_complete_has_its_inner_frames_read(tmp_path):
    # a banner above a frameset of menu and article: the article, a frame of a frame, was skipped as assets
    saved = tmp_path / "saved"
    files = saved / "Малая ассамблея СКО_files"
    files.mkdir(parents=True)
    (saved / "Малая ассамблея СКО.html").write_text(
        '<html><head><meta charset="utf-8"><title>Малая ассамблея СКО</title></head><frameset rows="80,*">'
        '<frame src="./Малая ассамблея СКО_files/top.html" name="top">'
        '<frame src="./Малая ассамблея СКО_files/main.html" name="main"></frameset></html>', encoding="utf-8")
    (files / "top.html").write_text('<html><head><meta charset="utf-8"></head><body><img src="logo.gif"> Малая '
                                    'ассамблея народов Северо-Казахстанской области</body></html>', encoding="utf-8")
    (files / "main.html").write_text('<html><head><meta charset="utf-8"></head><frameset cols="200,*">'
                                     '<frame src="menu.html" name="menu"><frame src="news_2005_03.html" name="content">'
                                     '</frameset></html>', encoding="utf-8")
    (files / "menu.html").write_text(MENU, encoding="utf-8")
    (files / "news_2005_03.html").write_text(FRAME_ARTICLE, encoding="utf-8")
    (files / "logo.gif").write_bytes(b"GIF89a\x01\x00\x01\x00")
    summary = ingest(saved, tmp_path / "index")
    got = lines(summary)
    assert got["news_2005_03.html"] == ("indexed", None)
    assert got["main.html"] == ("skipped", "frameset") and got["menu.html"] == ("skipped", "menu_frame")
    assert got["logo.gif"] == ("skipped", "assets")
    assert found(tmp_path / "index", "Петренко") == ["news_2005_03.html"]


STENOGRAM = ("Стенограмма заседания Совета Ассамблеи народа Казахстана Акмолинской области\n12 марта 2019 года, "
             "г. Кокшетау\n\nПредседательствующий Жумабеков Е.С.: Уважаемые коллеги! Открываем заседание Совета. На "
             "повестке дня вопрос о работе кабинетов медиации.\n\nКовальчук З.П.: В прошлом году кабинеты медиации "
             "рассмотрели сорок два обращения граждан, тридцать восемь из них урегулированы.\n")


def test_plain_text_a_script_served_under_its_name_is_read_as_text_with_its_speakers(tmp_path):
    # stenogramma.php@id=5 got .php from its address and was read as a page: its lines joined, no speakers
    site = tmp_path / "anq-akmola.kz"
    site.mkdir()
    (site / "stenogramma.php@id=5").write_text(STENOGRAM, encoding="utf-8")
    (site / "view.aspx").write_text(STENOGRAM.replace("Кокшетау", "Степногорске"), encoding="utf-8")
    (site / "news.php@id=16").write_text(ARTICLE, encoding="utf-8")  # a page stays a page
    (site / "fragment.php").write_text("Новости Ассамблеи<br>В Таразе прошёл форум.<br>", encoding="utf-8")
    (site / "style.php@ver=2").write_text(STYLE, encoding="utf-8")  # a style sheet stays no text
    summary = ingest(site, tmp_path / "index")
    formats = {Path(r.path).name: r.format for r in summary.files}
    assert formats == {"stenogramma.php@id=5": "txt", "view.aspx": "txt", "news.php@id=16": "html",
                       "fragment.php": "html", "style.php@ver=2": None}
    assert found(tmp_path / "index", 'speaker:"Е.С. Жумабеков"') == ["stenogramma.php@id=5", "view.aspx"]


def test_a_cookie_file_and_wgets_log_are_skipped_as_the_copiers_own_files(tmp_path):
    # HTTrack's cookies.txt (a site's admin cookie) and wget-log were indexed, and found first for the site's name
    (tmp_path / "httrack_proj" / "hts-cache").mkdir(parents=True)
    (tmp_path / "wget_run").mkdir()
    (tmp_path / "httrack_proj" / "cookies.txt").write_text(
        "# HTTP cookie file generated by HTTrack Website Copier\n# Netscape HTTP Cookie File\n"
        "anq-akmola.kz\tFALSE\t/admin\tFALSE\t1999999999\tadmin_login\tsecretariat%3Aqwerty2023\n")
    log = ("--2023-03-05 10:00:01--  https://anq-akmola.kz/\nResolving anq-akmola.kz (anq-akmola.kz)... 185.22.66.10\n"
           "HTTP request sent, awaiting response... 200 OK\nSaving to: 'anq-akmola.kz/index.html'\n")
    (tmp_path / "wget_run" / "wget-log").write_text(log)
    (tmp_path / "wget_run" / "wget-log.1").write_text(log)
    (tmp_path / "wget_run" / "Печенье и cookies.txt").write_text("Рецепт печенья к празднику Наурыз: мука, масло.\n",
                                                                 encoding="utf-8")  # a text about cookies stays
    summary = ingest(tmp_path, tmp_path / "index")
    got = {Path(r.path).name: r for r in summary.files}
    assert lines(summary) == {"hts-cache": ("skipped", "mirror_tool"), "cookies.txt": ("skipped", "mirror_tool"),
                              "wget-log": ("skipped", "mirror_tool"), "wget-log.1": ("skipped", "mirror_tool"),
                              "Печенье и cookies.txt": ("indexed", None)}
    assert "login and password" in got["cookies.txt"].message
    assert found(tmp_path / "index", "admin_login") == [] and found(tmp_path / "index", "anq-akmola.kz") == []


def test_a_backup_with_no_file_of_its_own_name_beside_it_is_not_said_to_be_read_under_it(tmp_path):
    (tmp_path / "Отчёт 2019.orig").write_text("Отчёт о работе Дома дружбы за 2019 год.\n", encoding="utf-8")
    (tmp_path / "news.php@id=102.orig").write_text(ARTICLE, encoding="utf-8")  # wget -E -K: the page is .html
    (tmp_path / "news.php@id=102.html").write_text(ARTICLE.replace("Таразе", "Шымкенте"), encoding="utf-8")
    (tmp_path / "План.txt~").write_text("План работы.\n", encoding="utf-8")
    (tmp_path / "План.txt").write_text("План работы на 2020 год.\n", encoding="utf-8")
    summary = ingest(tmp_path, tmp_path / "index")
    got = {Path(r.path).name: r for r in summary.files}
    assert all(got[n].reason == "backup" for n in ("Отчёт 2019.orig", "news.php@id=102.orig", "План.txt~"))
    assert "no file of its own name" in got["Отчёт 2019.orig"].message
    assert "read under its own name" not in got["Отчёт 2019.orig"].message
    assert "read under its own name" in got["news.php@id=102.orig"].message
    assert "read under its own name" in got["План.txt~"].message
