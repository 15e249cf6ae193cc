"""HTML parser: charset declarations checked against the bytes, main content without
boilerplate, title, publication date and dateline."""
import re
import warnings
from datetime import date
from pathlib import Path

import pytest

from ingest.parsers import ParseError, parse_file
from ingest.parsers.html import iso_date

ROOT = Path(__file__).resolve().parent.parent

PAGE = """<!DOCTYPE html><html lang="ru"><head>{charset}<title>Новости | Ассамблея народа Казахстана</title>
<meta property="article:published_time" content="2019-03-14T10:00:00+06:00">
<meta name="author" content="Пресс-служба АНК">
<style>body {{ color: red }}</style></head>
<body><header class="site-header"><div class="logo">Логотип сайта Ассамблеи</div>
<nav><ul><li><a href="/">Главная</a></li><li><a href="/news">Новости</a></li><li><a href="/about">О нас</a></li></ul></nav></header>
<div class="breadcrumbs"><a href="/">Главная</a> / Новости</div>
<div id="sidebar"><h3>Популярное</h3><p>Ссылка на другую новость, которая тут совершенно не нужна.</p></div>
<article><h1>Заседание Совета Ассамблеи</h1><div class="date">Астана, 14 марта 2019 г.</div>
<p>В Астане состоялось заседание Совета Ассамблеи народа Казахстана.</p>
<p>Участники обсудили вопросы межэтнического согласия<br>и общественного единства.</p>
<div class="share">Поделиться в соцсетях</div></article>
<form class="subscribe"><input name="email"><button>Подписаться на рассылку</button></form>
<footer><p>© 2019 Все права защищены.</p></footer>
<script>var x = "Скрипт не текст";</script></body></html>"""

BODY = ["В Астане состоялось заседание Совета Ассамблеи народа Казахстана.",
        "Участники обсудили вопросы межэтнического согласия и общественного единства."]


def page(tmp_path, encoding, charset_tag="", name="p.html", template=PAGE) -> Path:
    p = tmp_path / name
    p.write_bytes(template.format(charset=charset_tag).encode(encoding))
    return p


def parse_page(tmp_path, html, name="p.html"):
    """A UTF-8 page written to a file and parsed."""
    return parse_file(page(tmp_path, "utf-8", name=name, template=html))


def assert_body(doc):
    for para in BODY:
        assert para in [b.text for b in doc.blocks]


@pytest.mark.parametrize("tag", ['<meta charset="utf-8">', ""])
def test_utf8(tmp_path, tag):
    doc = parse_file(page(tmp_path, "utf-8", tag))
    assert doc.format == "html" and doc.encoding == "utf-8"
    assert_body(doc)


@pytest.mark.parametrize("tag,encoding", [
    ('<meta http-equiv="Content-Type" content="text/html; charset=windows-1251">', "cp1251"),
    ('<meta charset="koi8-r">', "koi8_r"),
])
def test_declared_charset_honoured(tmp_path, tag, encoding):
    doc = parse_file(page(tmp_path, encoding, tag))
    assert doc.encoding == encoding
    assert_body(doc)
    assert not doc.warnings


@pytest.mark.parametrize("tag,actual", [
    ('<meta charset="utf-8">', "cp1251"),  # declared utf-8, bytes windows-1251
    ('<meta http-equiv="Content-Type" content="text/html; charset=windows-1251">', "koi8_r"),
    ('<meta charset="koi8-r">', "cp1251"),
])
def test_lying_charset_declaration(tmp_path, tag, actual):
    doc = parse_file(page(tmp_path, actual, tag))
    assert doc.encoding == actual
    assert_body(doc)
    assert doc.title == "Заседание Совета Ассамблеи"
    assert any("declares" in w for w in doc.warnings)


@pytest.mark.parametrize("encoding", ["cp1251", "koi8_r"])
def test_no_declaration_detected(tmp_path, encoding):
    doc = parse_file(page(tmp_path, encoding))
    assert doc.encoding == encoding
    assert_body(doc)


def test_boilerplate_dropped(tmp_path):
    text = parse_file(page(tmp_path, "utf-8", '<meta charset="utf-8">')).text
    for junk in ("Главная", "Популярное", "Логотип", "Поделиться", "Подписаться", "права защищены",
                 "Скрипт", "color: red"):
        assert junk not in text
    assert "<br>" not in text


def test_title_date_dateline_author(tmp_path):
    doc = parse_file(page(tmp_path, "utf-8", '<meta charset="utf-8">'))
    assert doc.title == "Заседание Совета Ассамблеи"
    assert doc.metadata["published"] == "2019-03-14T10:00:00+06:00"  # its zone kept for the extraction
    assert doc.metadata["dateline"] == "Астана, 14 марта 2019 г."
    assert doc.metadata["author"] == "Пресс-служба АНК"
    assert doc.metadata["language"] == "ru"



_LD_PAGE = ("<html><head><meta charset='utf-8'><title>Встреча в Доме дружбы</title>{ld}</head><body><article>"
            "<h1>Встреча в Доме дружбы</h1><p>В Доме дружбы прошла встреча представителей этнокультурных объединений "
            "Ассамблеи народа Казахстана. Дом дружбы был открыт 5 мая 2005 года.</p></article></body></html>")
_LD = '<script type="application/ld+json">{}</script>'


@pytest.mark.parametrize("ld", [
    '{"@context": "https://schema.org", "@type": "NewsArticle", "datePublished": "2019-03-12T10:00:00+06:00"}',
    # Yoast's @graph: the site's founding and the page's last edit are no publication dates
    '{"@context": "https://schema.org", "@graph": [{"@type": "Organization", "foundingDate": "1995-03-01"}, '
    '{"@type": "WebPage", "datePublished": "2019-03-11", "dateModified": "2023-06-02"}, '
    '{"@type": ["Article", "NewsArticle"], "datePublished": "2019-03-12"}]}',
    '[{"@type": "WebPage", "mainEntity": {"@type": "http://schema.org/BlogPosting", "datePublished": "12.03.2019"}}]',
    '//<![CDATA[\n{"@type": "ReportageNewsArticle", "headline": "Встреча\n", "datePublished": "2019-03-12"}\n//]]>',
    '{"@type": "ItemList", "itemListElement": [{"@type": "NewsArticle", "datePublished": "2005-05-05"}]} '
    '</script><script type="application/ld+json">{"@type": "ItemPage", "datePublished": "2019-03-12"}',
], ids=["news article", "graph", "main entity", "cdata", "page"])
def test_a_page_dated_only_by_its_json_ld_is_dated_by_it(tmp_path, ld):
    """Most news sites state a page's publication day only as schema.org JSON-LD datePublished: such
    a page was dated by a past date its text mentions (2005), or left undated."""
    from ingest.build import extract_parsed

    p = tmp_path / "n.html"
    p.write_text(_LD_PAGE.format(ld=_LD.format(ld)), encoding="utf-8")
    doc = parse_file(p)
    assert doc.metadata["published"][:10] == "2019-03-12"
    found = extract_parsed(doc, p)
    assert (str(found.date), found.date_source) == ("2019-03-12", "metadata")


@pytest.mark.parametrize("ld", ['{"@type": "NewsArticle", "dateModified": "2023-06-02"}',
                                '{"@type": "Organization", "foundingDate": "1995-03-01", "datePublished": "1995-03-01"}',
                                '{"@type": "NewsArticle", "datePublished": "2019-03-12"',  # cut off
                                '{"@type": "NewsArticle", "datePublished": ["2019"]}', "[[[" * 5000])
def test_json_ld_without_a_publication_date_of_the_page_dates_nothing(tmp_path, ld):
    p = tmp_path / "n.html"
    p.write_text(_LD_PAGE.format(ld=_LD.format(ld)), encoding="utf-8")
    assert "published" not in parse_file(p).metadata

@pytest.mark.parametrize("meta", [
    '<meta name="date" content="2018-12-01">',
    '<meta name="DC.date" content="01.12.2018">',
    '<meta name="pubdate" content="20181201">',
    '<meta itemprop="datePublished" content="2018-12-01T09:00">',
    '<meta name="date" content="Sat, 01 Dec 2018 23:30:00 +0600">',  # RFC 2822: the day as written
])
def test_meta_date_variants(tmp_path, meta):
    html = ("<html><head><meta charset='utf-8'>" + meta + "<title>Т</title></head><body>"
            "<p>Текст новости достаточно длинный, чтобы быть основным содержанием страницы.</p></body></html>")
    p = tmp_path / "d.html"
    p.write_bytes(html.encode("utf-8"))
    assert parse_file(p).metadata["published"] == "2018-12-01"


def test_densest_block_without_article(tmp_path):
    links = "".join(f"<li><a href='/{i}'>Раздел номер {i}</a></li>" for i in range(30))
    html = ("<html><head><title>Старый сайт</title></head><body><table><tr>"
            f"<td class='left'><ul>{links}</ul></td><td>"
            "<p>Первый абзац основного текста о работе Ассамблеи народа Казахстана в регионах.</p>"
            "<p>Второй абзац основного текста о молодёжной политике и волонтёрстве в стране.</p>"
            "</td></tr></table><div>Счётчик посещений 12345</div></body></html>")
    p = tmp_path / "old.htm"
    p.write_bytes(html.encode("cp1251"))
    doc = parse_file(p)
    assert doc.encoding == "cp1251"
    assert [b.text[:15] for b in doc.blocks] == ["Первый абзац ос", "Второй абзац ос"]
    assert doc.title == "Старый сайт"


def test_og_title_and_kazakh(tmp_path):
    html = ("<html lang='kk'><head><meta charset='utf-8'><meta property='og:title' content='Қазақстан халқы Ассамблеясы'>"
            "</head><body><main><p>Қазақстан халқы Ассамблеясының сессиясы Астанада өтті. Өңірлердегі жастар қатысты.</p>"
            "</main></body></html>")
    p = tmp_path / "kk.html"
    p.write_bytes(html.encode("utf-8"))
    doc = parse_file(p)
    assert doc.title == "Қазақстан халқы Ассамблеясы"
    assert "Өңірлердегі жастар" in doc.text


def test_html_in_utf16(tmp_path):
    doc = parse_file(page(tmp_path, "utf-16", '<meta charset="utf-16">'))
    assert_body(doc)


def test_empty_html(tmp_path):
    p = tmp_path / "e.html"
    p.write_bytes(b"<html><head><title></title></head><body><nav><a href='/'>x</a></nav></body></html>")
    with pytest.raises(ParseError) as e:
        parse_file(p)
    assert e.value.reason == "empty"


def test_iso_date():
    assert iso_date("2019-03-14T10:00:00+06:00") == "2019-03-14"
    assert iso_date("14.03.2019") == "2019-03-14"
    assert iso_date("2019-02-30") is None
    assert iso_date("вчера") is None


def test_view_counters_are_dropped(tmp_path):
    path = tmp_path / "news.html"
    path.write_text(
        '<html><head><meta charset="utf-8"><title>Сессия</title></head><body><article>'
        '<h1>Сессия</h1><div class="meta"><time datetime="2018-07-05">05.07.2018</time> '
        '<span class="views">👁 500</span> <span class="view-count">1234</span></div>'
        "<p>Состоялась первая сессия Ассамблеи народа Казахстана города.</p></article></body></html>",
        encoding="utf-8")
    text = parse_file(path).text
    assert "05.07.2018" in text and "Состоялась первая сессия" in text
    assert "500" not in text and "1234" not in text


def test_a_table_layout_page_with_line_breaks_keeps_no_marker_in_its_text(tmp_path):
    # an old windows-1251 site: a dateline in <b>, one <br> inside the paragraph, two between
    page = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1251">'
            '<title>АНК</title></head><body><table><tr><td><a href="/">Главная</a> | <a href="/news">Новости</a>'
            '</td></tr><tr><td><font size=2><b>15.03.2008</b><br>В Астане состоялась XIV сессия Ассамблеи народа '
            'Казахстана.<br><br>Выступил Президент Республики Казахстан.</font></td></tr></table></body></html>')
    path = tmp_path / "news.html"
    path.write_bytes(page.encode("cp1251"))
    blocks = [b.text for b in parse_file(path).blocks]
    assert blocks == ["15.03.2008 В Астане состоялась XIV сессия Ассамблеи народа Казахстана.",
                      "Выступил Президент Республики Казахстан."]  # the <br> marker leaked as "\x00br"


def test_a_frameset_page_is_reported_not_indexed_as_its_title(tmp_path):
    # its <noframes> note came out as text with literal tags: "Архив <body><p>Ваш браузер…"
    path = tmp_path / "index.html"
    path.write_text('<html><head><title>Архив</title></head><frameset cols="20%,80%"><frame src="menu.html">'
                    '<frame src="main.html"><noframes><body><p>Ваш браузер не поддерживает фреймы.</p></body>'
                    '</noframes></frameset></html>', encoding="utf-8")
    with pytest.raises(ParseError) as err:
        parse_file(path)
    assert err.value.reason == "frameset" and "frameset" in str(err.value)


def test_odd_metadata_comments_and_nested_dropped_tags(tmp_path):
    """Pins what one walk of the page finds: the first matching <meta> wins even with an empty
    content, meta names match case-insensitively, comments (empty ones, ones inside dropped tags)
    and nested dropped tags leave no text; an article that is also role=main is chosen."""
    html = ("<html><head><meta charset='utf-8'><meta property='og:title' content=''>"
            "<meta property='og:title' content='Второй заголовок'>"
            "<meta NAME='Author' content=' Первый автор '><meta name='author' content='Второй автор'>"
            "<meta name='keywords\n' content='ключ'><title>Заголовок окна</title></head><body>"
            "<noscript><iframe>Фрейм не текст</iframe><!-- внутри --><script>x=1</script></noscript><!---->"
            "<nav role='main'><a href='/'>Меню сайта</a></nav>"
            "<article role='main'><h1>Заголовок статьи</h1><!-- комментарий -->"
            "<p>Первый абзац статьи о заседании Ассамблеи народа Казахстана в Астане.</p><!---->"
            "<div class='content'><p>Второй абзац статьи о молодёжной политике и волонтёрстве.</p></div>"
            "</article></body></html>")
    doc = parse_file(page(tmp_path, "utf-8", name="odd.html", template=html))
    assert doc.title == "Заголовок статьи"
    assert doc.metadata == {"title": "Заголовок статьи", "author": "Первый автор", "keywords": "ключ"}
    assert [b.text for b in doc.blocks] == [
        "Заголовок статьи", "Первый абзац статьи о заседании Ассамблеи народа Казахстана в Астане.",
        "Второй абзац статьи о молодёжной политике и волонтёрстве."]


def test_boilerplate_nested_in_boilerplate_inside_the_article(tmp_path):
    html = ("<html><body><article><h1>Заголовок статьи</h1>"
            "<p>Первый абзац статьи о заседании Ассамблеи народа Казахстана в Астане.</p>"
            "<div class='share'><footer><p>Подвал внутри блока</p></footer>"
            "<div class='social'><header>Шапка</header><a href='/'>Соцсети</a></div></div>"
            "<header class='content'><p>Шапка статьи остаётся.</p></header>"
            "<div class='text'><p>Второй абзац статьи о молодёжной политике и волонтёрстве.</p>"
            "<footer class='related'>Похожие новости</footer></div></article></body></html>")
    doc = parse_file(page(tmp_path, "utf-8", name="nested.html", template=html))
    assert [b.text for b in doc.blocks] == [
        "Заголовок статьи", "Первый абзац статьи о заседании Ассамблеи народа Казахстана в Астане.",
        "Шапка статьи остаётся.", "Второй абзац статьи о молодёжной политике и волонтёрстве."]


def test_inline_tags_join_their_text_as_written(tmp_path):
    # Word's "Save as HTML" splits words across spans; emphasis and links sit against letters and
    # punctuation. Joining the pieces with spaces gave "Ассамбле я", "Тоқаев тың", "« Бірлік »".
    html = ("<html><head><meta charset='utf-8'><title>Т</title></head><body><div class='content'>"
            "<p class=MsoNormal><span lang=RU>Ассамбле</span><span lang=KZ>я</span> народа Казахстана"
            " провела заседание под председательством <b>Н.А.</b><b>Назарбаева</b>.</p>"
            "<p>Слово «<i>Бірлік</i>» означает <b>единство</b>, а <a href='#'>Тоқаев</a>тың сөзі маңызды.</p>"
            "<table><tr><td>Первая ячейка</td><td>Вторая ячейка</td></tr></table>"
            "<ul><li>Первый пункт</li><li>Второй пункт</li></ul>"
            "<p>Строка<br>после переноса <strong>Совета</strong>,\n<em>депутат</em></p></div></body></html>")
    assert [b.text for b in parse_page(tmp_path, html).blocks] == [
        "Ассамблея народа Казахстана провела заседание под председательством Н.А.Назарбаева.",
        "Слово «Бірлік» означает единство, а Тоқаевтың сөзі маңызды.",
        "Первая ячейка\tВторая ячейка", "Первый пункт", "Второй пункт",
        "Строка после переноса Совета, депутат"]


def test_entities_are_normalised_like_any_text(tmp_path):
    # the page is cleaned before parsing, but &shy;, &#8203; and combining marks written as
    # entities only become characters in the tree: "Ту\u00adле\u00adге\u00adнов" was indexed as it was
    html = ("<html><head><meta charset='utf-8'><title>За&shy;се&shy;да&shy;ние</title></head><body><article>"
            "<p>Меж&shy;эт&shy;ни&shy;чес&shy;кое согласие&nbsp;&mdash; основа, сказал Ержан Ту&#8203;ле&#8203;ге&#8203;нов.</p>"
            "<p>Постоян&#x200C;ная комиссия, её е&#776;мкость и и&#774;од.</p></article></body></html>")
    doc = parse_page(tmp_path, html)
    assert doc.title == "Заседание"
    assert [b.text for b in doc.blocks] == [
        "Межэтническое согласие — основа, сказал Ержан Тулегенов.",
        "Постоянная комиссия, её ёмкость и йод."]


def test_a_footnote_number_in_sup_is_taken_off_its_word(tmp_path):
    """«процентов<sup>1</sup>» read as the word «процентов1», which no search finds; a unit keeps
    its power (м<sup>2</sup> reads м²) and a <sup> that is no number stays as it is."""
    html = ("<html><head><meta charset='utf-8'><title>Доклад</title></head><body><article>"
            "<p>Доля выросла до 83 процентов<sup>1</sup>, число центров выросло вдвое<sup><a href='#n2'>2</a></sup>"
            " и в регионах&sup3;, на 100 м<sup>2</sup>, 1<sup>er</sup> mars.</p>"
            "<p><sup>1</sup> По данным переписи населения.</p></article></body></html>")
    assert [b.text for b in parse_page(tmp_path, html).blocks] == [
        "Доля выросла до 83 процентов, число центров выросло вдвое и в регионах, на 100 м², 1er mars.",
        "¹ По данным переписи населения."]


ARTICLE = ["В Актобе состоялась встреча представителей этнокультурных объединений с молодёжью.",
           "Участники обсудили вопросы сохранения родных языков и традиций."]


def test_a_short_article_wins_over_a_longer_site_footer(tmp_path):
    # no article, main or content hint: the densest block was the footer's one long paragraph
    footer = ("Республиканское государственное учреждение «Ассамблея народа Казахстана». Адрес: г. Астана, "
              "ул. Бейбітшілік, 11. Телефон: +7 (7172) 00-00-00. Электронная почта: info@assembly.kz. "
              "Все материалы сайта защищены авторским правом, при перепечатке ссылка обязательна.")
    html = ("<html><head><meta charset='utf-8'><title>Встреча с молодёжью</title></head><body>"
            "<div class='wrapper'><div class='left'><h1>Встреча с молодёжью</h1>"
            + "".join(f"<p>{t}</p>" for t in ARTICLE) +
            f"</div></div><div class='bottom'><p>{footer}</p></div></body></html>")
    assert [b.text for b in parse_page(tmp_path, html).blocks] == ["Встреча с молодёжью"] + ARTICLE


def test_a_table_layout_cell_with_br_paragraphs_is_taken_without_its_row(tmp_path):
    # the cell credited its row, which holds the menu and the "latest news" column
    menu = "<br>".join(f"<a href=/{i}>Раздел {i}</a>" for i in range(4))
    news = "<br>".join(f"<a href=/n/{i}>Новость номер {i} о работе этнокультурных объединений</a>"
                       for i in range(5))
    html = ("<html><head><title>Новости</title></head><body><table width=100%><tr>"
            f"<td width=200>{menu}</td><td><b>Заседание Совета</b><br><br>"
            + "<br><br>".join(ARTICLE) +
            f"</td><td width=200><b>Последние новости</b><br>{news}</td></tr></table></body></html>")
    path = tmp_path / "old.htm"
    path.write_bytes(html.encode("cp1251"))
    assert [b.text for b in parse_file(path).blocks] == ["Заседание Совета"] + ARTICLE


def test_share_tag_comment_and_print_blocks_are_dropped(tmp_path):
    # a content prefix kept any block (article-share, post-tags, entry-comments), "ya-share2" did
    # not read as "share", and a lone link ("Версия для печати", "Все новости") was kept as text
    html = ("<html><head><meta charset='utf-8'><title>Встреча</title></head><body><article>"
            "<header class='entry-header'><h1><a href='/news/1'>Встреча с молодёжью</a></h1></header>"
            + "".join(f"<p>{t}</p>" for t in ARTICLE) +
            "<p><a href='?print=1'>Версия для печати</a></p>"
            "<div class='article-share'><a>Поделиться ВКонтакте</a><a>Одноклассники</a></div>"
            "<div class='ya-share2'>Поделиться: <a>Telegram</a> <a>WhatsApp</a></div>"
            "<div class='post-tags'>Теги: <a>молодёжь</a>, <a>Актобе</a></div>"
            "<div class='entry-comments'><p>Комментарий читателя: отличная статья про наш город!</p></div>"
            "<div class='entry-content'><p>Подробнее о встрече читайте <a href='/r'>в отчёте</a>.</p>"
            "<p><a href='/all'>Все новости</a></p></div></article></body></html>")
    assert [b.text for b in parse_page(tmp_path, html).blocks] == (
        ["Встреча с молодёжью"] + ARTICLE + ["Подробнее о встрече читайте в отчёте."])


@pytest.mark.parametrize("site_name", [
    "<div class='header'><h1 class='logo'><a href='/'>Ассамблея народа Казахстана</a></h1></div>",
    "<header><h1>Ассамблея народа Казахстана</h1></header>",
    "<div class='top'><h1><a href='/ru/'>Ассамблея народа Казахстана</a></h1></div>",
], ids=["logo", "page header", "home link"])
def test_a_site_name_in_h1_is_not_the_title(tmp_path, site_name):
    # the logo's <h1> became every page's title; the article's heading is what the window title holds
    html = ("<html><head><meta charset='utf-8'><title>Встреча с молодёжью в Актобе — Ассамблея народа "
            f"Казахстана</title></head><body>{site_name}<div class='content'><h2>Подробности</h2>"
            "<h2>Встреча с молодёжью в Актобе</h2>" + "".join(f"<p>{t}</p>" for t in ARTICLE)
            + "</div></body></html>")
    assert parse_page(tmp_path, html).title == "Встреча с молодёжью в Актобе"


@pytest.mark.parametrize("heading", [
    "<div class='views-field views-field-title'><h1>Встреча с молодёжью</h1></div>",  # Drupal
    "<div class='page-header'><h1>Встреча с молодёжью</h1></div>",  # Bootstrap
], ids=["drupal views", "page header"])
def test_an_article_heading_in_a_titled_block_stays_the_title(tmp_path, heading):
    html = ("<html><head><meta charset='utf-8'><title>Новости</title></head><body><div class='content'>"
            + heading + "".join(f"<p>{t}</p>" for t in ARTICLE) + "</div></body></html>")
    assert parse_page(tmp_path, html).title == "Встреча с молодёжью"


def news_page(heading, article, comments_heading="<h3>Комментарии (5)</h3>"):
    """A news page with no semantic container: the article, then reader comments in a div of no
    telling name, then a column of latest news."""
    comments = "".join(f"<div class='c'><b>Гость{i}</b><p>Очень хорошее и нужное мероприятие, спасибо "
                       "организаторам за работу с молодёжью!</p></div>" for i in range(5))
    news = "".join(f"<li><a href='/n/{i}'>Новость номер {i}: в регионе прошло мероприятие, посвящённое "
                   "Дню благодарности</a></li>" for i in range(12))
    return ("<html><head><meta charset='utf-8'><title>Встреча с молодёжью</title></head><body>"
            f"<div id='wrap'><div class='left'>{heading}<p class='date'>12.03.2019</p>"
            + "".join(f"<p>{t}</p>" for t in article) +
            f"{comments_heading}<div id='otzyvy'>{comments}</div></div>"
            f"<div class='right'><h3>Последние новости</h3><ul>{news}</ul></div></div></body></html>")


@pytest.mark.parametrize("heading,comments_heading", [
    ("<h1>Встреча с молодёжью</h1>", "<h3>Комментарии (5)</h3>"),
    ("<div class='ttl'>Встреча с молодёжью</div>", "<p><b>Комментарии:</b></p>"),  # no h1
    ("<h1>Встреча с молодёжью</h1>", "<h3>Пікірлер (5)</h3>"),
], ids=["h1", "no h1, bold line", "kazakh"])
def test_a_short_article_wins_over_a_longer_block_of_comments(tmp_path, heading, comments_heading):
    # the comments outweighed the article's two paragraphs: the page was indexed as its comments
    blocks = [b.text for b in parse_page(tmp_path, news_page(heading, ARTICLE, comments_heading)).blocks]
    assert blocks == ["Встреча с молодёжью", "12.03.2019"] + ARTICLE


def test_the_block_holding_the_article_heading_wins_over_unheaded_comments(tmp_path):
    # nothing names the comments: the article is kept (with them) rather than lost
    text = parse_page(tmp_path, news_page("<h1>Встреча с молодёжью</h1>", ARTICLE, "")).text
    assert all(t in text for t in ARTICLE) and "Новость номер" not in text


def test_comments_named_in_the_text_are_no_comments_section(tmp_path):
    # a sentence, a bold word starting one and an expert's "Комментарий" are the article's text
    article = ARTICLE + ["Комментарии участников встречи были единодушны: такие встречи нужны.",
                         "<b>Комментарии</b> экспертов опубликованы ниже без сокращений.",
                         "<h3>Комментарий эксперта</h3>Эксперт отметил, что работа ведётся системно."]
    blocks = [b.text for b in parse_page(tmp_path, news_page("<h1>Встреча с молодёжью</h1>", article)).blocks]
    assert blocks[-4:] == ["Комментарии участников встречи были единодушны: такие встречи нужны.",
                           "Комментарии экспертов опубликованы ниже без сокращений.",
                           "Комментарий эксперта", "Эксперт отметил, что работа ведётся системно."]
    assert "Гость0" not in blocks


def test_a_read_also_list_is_cut_but_not_the_text_after_it(tmp_path):
    html = ("<html><head><meta charset='utf-8'><title>Встреча</title></head><body><h1>Встреча с молодёжью</h1>"
            + "".join(f"<p>{t}</p>" for t in ARTICLE) +
            "<p><b>Читайте также:</b></p><ul><li><a href='/1'>Итоги работы домов дружбы за полугодие</a></li>"
            "<li><a href='/2'>Объявлен конкурс этнических СМИ</a></li></ul>"
            "<p>Встреча завершилась концертом национальных коллективов области.</p></body></html>")
    assert [b.text for b in parse_page(tmp_path, html).blocks] == (
        ["Встреча с молодёжью"] + ARTICLE + ["Встреча завершилась концертом национальных коллективов области."])


def test_a_page_that_is_only_a_news_list_keeps_it(tmp_path):
    html = ("<html><head><meta charset='utf-8'><title>Новости</title></head><body><h2>Последние новости</h2>"
            "<ul><li><a href='/1'>Итоги работы домов дружбы за полугодие</a></li>"
            "<li><a href='/2'>Объявлен конкурс этнических СМИ</a></li></ul></body></html>")
    assert [b.text for b in parse_page(tmp_path, html).blocks] == [
        "Последние новости", "Итоги работы домов дружбы за полугодие", "Объявлен конкурс этнических СМИ"]


def test_a_bare_document_type_takes_the_heading_under_it_into_the_title(tmp_path):
    """A page without a title of its own is titled by its first paragraph: «СТЕНОГРАММА» alone for
    every transcript."""
    html = ("<html><head><meta charset='utf-8'></head><body><p><b>СТЕНОГРАММА</b></p>"
            "<p><b>XXVII сессии Ассамблеи народа Казахстана</b></p><p>Нур-Султан, 29 апреля 2019 года</p>"
            "<p>Председательствующий: Уважаемые члены Ассамблеи! Объявляю сессию открытой.</p></body></html>")
    assert parse_page(tmp_path, html).title == "СТЕНОГРАММА XXVII сессии Ассамблеи народа Казахстана"


@pytest.mark.parametrize("placeholder", ["Untitled Document", "Новый документ", "Безымянный", "Документ Microsoft Word"])
def test_an_editor_s_placeholder_window_title_is_no_title(tmp_path, placeholder):
    """Dreamweaver's «Untitled Document» (or a Russian editor's «Новый документ») was the title of a
    page without a heading; the page's first paragraph names it."""
    html = (f"<html><head><meta charset='utf-8'><title>{placeholder}</title></head><body>"
            "<p><b>Форум молодежи Ассамблеи в Павлодаре</b></p>"
            "<p>В Павлодаре 14 сентября 2018 года прошел областной форум молодежного движения.</p></body></html>")
    assert parse_page(tmp_path, html).title == "Форум молодежи Ассамблеи в Павлодаре"


def test_a_modified_time_is_no_publication_date(tmp_path):
    p = tmp_path / "page.html"
    p.write_text('<html><head><meta property="article:modified_time" content="2021-09-14T10:00:00+06:00">'
                 '<title>Заседание Совета Ассамблеи</title></head><body><article><h1>Заседание Совета Ассамблеи</h1>'
                 '<p>Астана, 5 ноября 2008 года</p><p>Состоялось заседание Совета.</p></article></body></html>',
                 encoding="utf-8")
    doc = parse_file(p)
    assert "published" not in doc.metadata and doc.metadata["dateline"] == "Астана, 5 ноября 2008 года"


@pytest.mark.parametrize("dateline", ["Астана, 24 октября 2007 г.", "24.10.2007", "1-2 марта 2019 г.",
                                      "01.03–02.03.2019"])
def test_a_dateline_in_the_first_paragraph_is_not_the_title(tmp_path, dateline):
    """A page without a title of its own was titled by its first paragraph, the news item's dateline,
    so its citation named the date twice and not the subject."""
    html = ("<html><head><meta charset='utf-8'></head><body>"
            f"<p>{dateline}</p><p><b>XIII сессия Ассамблеи народа Казахстана</b></p>"
            "<p>Сегодня в Астане прошла XIII сессия Ассамблеи. Её открыл Президент.</p></body></html>")
    assert parse_page(tmp_path, html).title == "XIII сессия Ассамблеи народа Казахстана"


HEADING = "Отчёт о проведении круглого стола «Медиация в Карагандинской области»"


@pytest.mark.parametrize("top", [
    f"<p>Ассамблея народа Казахстана</p><p>{HEADING}</p>",  # a Word export with no heading style
    f"<p><b>Ассамблея народа Казахстана</b><br>{HEADING}</p>",  # the name in bold, the heading after its <br>
    f"<p>Дом дружбы Карагандинской области</p><p>Караганда, 14 марта 2019 г.</p><p>{HEADING}</p>",
    # the name and its address in one block, parted by a <br>, which reads as a space
    f"<div>КГУ «Дом дружбы» акимата Карагандинской области<br>100000, г. Караганда, ул. Ерубаева, 1</div><p>{HEADING}</p>",
], ids=["paragraphs", "bold and br", "house of friendship, dateline", "name and address in one div"])
def test_a_letterhead_over_the_heading_is_no_title(tmp_path, top):
    # the page was titled «Ассамблея народа Казахстана», as a text file with the same lines no longer was
    html = (f"<html><head><meta charset='utf-8'></head><body>{top}<p>Караганда, 14 марта 2019 г.</p>"
            "<p>В Доме дружбы состоялся круглый стол.</p></body></html>")
    assert parse_page(tmp_path, html).title == HEADING


def test_a_bold_name_that_goes_on_as_a_sentence_is_still_the_title(tmp_path):
    html = ("<html><head><meta charset='utf-8'></head><body><p><b>Дом дружбы открыл двери</b><br>для всех</p>"
            "<p>В Доме дружбы состоялся день открытых дверей для жителей города.</p></body></html>")
    assert parse_page(tmp_path, html).title == "Дом дружбы открыл двери"


P1 = "В Алматы состоялось торжественное собрание, посвящённое Дню единства народа Казахстана."
P2 = "Председатель Ассамблеи отметил, что единство народа является главным источником силы государства."
P3 = "В завершение собрания состоялся концерт мастеров искусств, в котором приняли участие детские коллективы."
MENU_TD = "<td width=180><a href='/'>Главная</a><br><a href='/news'>Новости</a><br><a href='/docs'>Документы</a></td>"


@pytest.mark.parametrize("body", [
    f"<table width=600><tr><td><b>Собрание в Алматы</b></td></tr><tr><td>{P1}</td></tr><tr><td>{P2}</td></tr>"
    f"<tr><td>{P3}</td></tr></table>",
    f"<table><tr><td><p>{P1}</p></td></tr><tr><td><p>{P2}</p></td></tr><tr><td><p>{P3}</p></td></tr></table>",
    f"<table><tr>{MENU_TD}<td><table><tr><td><b>Собрание</b></td></tr><tr><td>{P1}<br><br>{P2}</td></tr>"
    f"<tr><td>{P3}</td></tr></table></td></tr></table>",
    f"<table><tr>{MENU_TD}<td valign=top><h2>Собрание</h2>{P1}<br><br>{P2}</td><td valign=top>{P3}</td></tr></table>",
    f"<div class='page'><h1>Собрание в Алматы</h1><div class='lead'><strong>{P1}</strong></div>"
    f"<div class='body'><p>{P2}</p><p>{P3}</p></div></div>",
    f"<div class='page'><h1>Собрание в Алматы</h1><div class='txt'><p>{P1}</p><p>{P2}</p></div><div class='photo'>"
    f"<img src='a.jpg'><div class='caption'>Фото пресс-службы</div></div><div class='txt'><p>{P3}</p></div></div>",
    f"<div class='wrap'><h1>Собрание в Алматы</h1><section><p>{P1}</p><p>{P2}</p></section>"
    f"<section><p>{P3}</p></section></div>",
], ids=["rows", "rows of p", "layout rows", "next column", "lead div", "after a photo", "two sections"])
def test_an_article_in_several_blocks_keeps_them_all(tmp_path, body):
    # only the densest block was kept: the other rows, cells, the lead or the second section were lost
    html = f"<html><head><meta charset='utf-8'><title>Собрание в Алматы</title></head><body>{body}</body></html>"
    text = parse_page(tmp_path, html).text
    assert all(p in text for p in (P1, P2, P3))
    assert "Главная" not in text


@pytest.mark.parametrize("sidebar", [
    "".join(f"<p><a href='/n/{i}'>Новость номер {i} о работе этнокультурных объединений в регионах</a></p>"
            for i in range(6)),
    "".join(f"<p><a href='/n/{i}'>Новость номер {i}</a> В регионе прошла встреча этнокультурных объединений.</p>"
            for i in range(6)),
], ids=["links", "teasers"])
def test_a_sidebar_beside_an_article_in_several_blocks_is_dropped(tmp_path, sidebar):
    html = ("<html><head><meta charset='utf-8'><title>Собрание</title></head><body><div class='wrap'>"
            f"<div class='col'><h1>Собрание в Алматы</h1><div class='lead'>{P1}</div><div class='txt'><p>{P2}</p>"
            f"<p>{P3}</p></div></div><div class='col2'><h3>Новости</h3>{sidebar}</div></div></body></html>")
    text = parse_page(tmp_path, html).text
    assert all(p in text for p in (P1, P2, P3)) and "Новость номер" not in text


LEAD = "Новости региона: в области прошла встреча, о которой подробно рассказали её участники и организаторы. "
LEADS = "".join(f"<div><a href='/n/{i}'>Новость номер {i} о событии в области</a><p>{LEAD * 2}</p></div>" for i in range(3))
NEWS_TD = ("<td width=200><b>Новости</b>"
           + "".join(f"<p><a href='/n/{i}'>Новость номер {i}</a></p><p>{LEAD * 2}</p>" for i in range(3)) + "</td>")


@pytest.mark.parametrize("body", [
    f"<div><div><h1>Собрание в Алматы</h1><div><p>{P1}</p></div><div><p>{P2}</p><p>{P3}</p></div></div>"
    f"<div><h3>Читайте также</h3>{LEADS}</div></div>",
    f"<table><tr>{MENU_TD}<td><b>Собрание в Алматы</b><p>{P1}</p><p>{P2}</p><p>{P3}</p></td>{NEWS_TD}</tr></table>",
    f"<table><tr>{MENU_TD}<td><table><tr><td><b>Собрание</b></td></tr><tr><td>{P1}</td></tr><tr><td>{P2}</td></tr>"
    f"<tr><td>{P3}</td></tr></table></td>{NEWS_TD}</tr></table>",
    f"<table><tr>{MENU_TD}<td><b>Собрание в Алматы</b><br>{P1}<br><br>{P2}<br><br>{P3}</td><td width=200><b>Новости</b><br>"
    + "".join(f"<a href='/n/{i}'>Новость номер {i}</a><br>{LEAD * 2}<br><br>" for i in range(3)) + "</td></tr></table>",
], ids=["read also", "news column", "rows beside a news column", "lines of a news column"])
def test_linked_headlines_with_leads_are_not_the_article(tmp_path, body):
    # a list of teasers (a linked headline, a lead of two lines under it) was taken as the article's
    # text; beside an article in the rows of a nested table, it was indexed in the article's place
    html = f"<html><head><meta charset='utf-8'><title>Собрание в Алматы</title></head><body>{body}</body></html>"
    text = parse_page(tmp_path, html).text
    assert all(p in text for p in (P1, P2, P3))
    assert "Новост" not in text



CITIES = ["Павлодаре", "Караганде", "Таразе", "Актау", "Уральске", "Кокшетау", "Петропавловске"]
SIDE_LEADS = ["Форум молодежи в Шымкенте собрал более трехсот участников из всех регионов страны, обсуждались вопросы.",
              "В Туркестане открылся новый Дом дружбы Ассамблеи народа Казахстана, в нем разместятся двенадцать центров.",
              "Семинар для журналистов прошел в Семее по теме освещения межэтнического согласия в региональных СМИ."]


def city_lead(city: str) -> str:
    return (f"В {city} прошла встреча этнокультурных объединений, посвященная Дню единства народа Казахстана. "
            "Участники обсудили планы совместной работы на следующий год.")


def news_list_page(layout: str, n: int) -> str:
    cities = CITIES[:n]
    if layout == "divs":
        items = "".join(f"<div><h3><a href='/n/{i}'>Встреча в {c}</a></h3><p>{city_lead(c)}</p></div>"
                        for i, c in enumerate(cities))
        side = "<div><h3>Популярное</h3>" + "".join(f"<div><a href='/p/{i}'>Главное за неделю {i}</a><p>{t}</p></div>"
                                                   for i, t in enumerate(SIDE_LEADS)) + "</div>"
        body = f"<div><ul><li><a href='/'>Главная</a></li><li><a href='/news'>Новости</a></li></ul></div>" \
               f"<div><h1>Новости</h1>{items}</div>{side}"
    else:
        items = "".join(f"<p><a href='/n/{i}'><b>Встреча в {c}</b></a></p><p>{city_lead(c)}</p>"
                        for i, c in enumerate(cities))
        side = "<b>Популярное</b>" + "".join(f"<p><a href='/p/{i}'>Главное за неделю {i}</a></p><p>{t}</p>"
                                             for i, t in enumerate(SIDE_LEADS))
        body = f"<table><tr>{MENU_TD}<td><b>Новости</b>{items}</td><td width=200>{side}</td></tr></table>"
    return f"<html><head><meta charset='utf-8'><title>Новости</title></head><body>{body}</body></html>"


@pytest.mark.parametrize("n", [3, 4, 7])
@pytest.mark.parametrize("layout", ["divs", "table"])
def test_a_news_list_page_keeps_its_list_beside_a_sidebar_of_teasers(tmp_path, layout, n):
    # the page's own list is teasers too: one teaser of the sidebar (or what was left of the
    # sidebar once its heading was cut) was taken in its place, and the sidebar indexed as the page
    text = parse_page(tmp_path, news_list_page(layout, n)).text
    assert all(city_lead(c) in text for c in CITIES[:n])
    assert not any(t in text for t in SIDE_LEADS)

def test_an_og_title_that_is_the_site_name_is_not_the_title(tmp_path):
    # a template's og:title (the site's name, as og:site_name) titled every article alike
    html = ("<html><head><meta charset='utf-8'><title>Форум молодежи в Шымкенте - Ассамблея народа Казахстана</title>"
            "<meta property='og:title' content='Ассамблея народа Казахстана'>"
            "<meta property='og:site_name' content='Ассамблея народа Казахстана'></head><body>"
            "<main><h1>Форум молодежи в Шымкенте</h1>" + "".join(f"<p>{t}</p>" for t in ARTICLE) + "</main></body></html>")
    assert parse_page(tmp_path, html).title == "Форум молодежи в Шымкенте"


SITE_HEAD = ("<html><head><meta charset='utf-8'><title>Ассамблея народа Казахстана</title></head><body>"
             f"<table><tr>{MENU_TD}<td valign=top>")


@pytest.mark.parametrize("html,title", [
    (SITE_HEAD + "<font size=4><b>Сессия малой ассамблеи в Таразе</b></font><br><font size=2>22.11.2005</font><br><br>",
     "Сессия малой ассамблеи в Таразе"),
    (SITE_HEAD + "<strong>Открытие Дома дружбы в Уральске</strong>", "Открытие Дома дружбы в Уральске"),
    (SITE_HEAD + "<p class=zag>Круглый стол в Караганде</p><p>Караганда, 15 апреля 2018 г.</p>", "Круглый стол в Караганде"),
    ("<html><head><meta charset='utf-8'><title>Ассамблея народа Казахстана | Новости | Встреча в Петропавловске</title>"
     "</head><body><div class='content'><p><b>Встреча в Петропавловске</b></p>", "Встреча в Петропавловске"),
], ids=["font b", "strong", "p.zag", "site | section | article"])
def test_a_window_title_that_is_the_site_name_gives_way_to_the_page_headline(tmp_path, html, title):
    # every page of an old site was titled with the site's name its <title> holds
    html += "".join(f"<p>{t}</p>" for t in ARTICLE) + "</td></tr></table></body></html>"
    assert parse_page(tmp_path, html).title == title


LOGO_HEAD = ("<html><head><meta charset='utf-8'><title>Ассамблея народа Казахстана</title></head><body><table>"
             "<tr><td colspan=2><img src='top.jpg' alt='Ассамблея народа Казахстана'></td></tr><tr>"
             f"{MENU_TD}<td><font size=4><b>Открытие Дома дружбы в Костанае</b></font><br><font size=2>10.07.2006</font>"
             "<br><br><font size=2>")
PRINT_HEAD = ("<html><head><meta charset='utf-8'><title>Ассамблея народа Казахстана — Версия для печати</title></head>"
              "<body><p><b>Ассамблея народа Казахстана</b><br>www.assembly.kz</p><h2>Открытие Дома дружбы в Костанае</h2>"
              "<p>10.07.2006</p><p>")


@pytest.mark.parametrize("html", [LOGO_HEAD, PRINT_HEAD], ids=["logo alt", "print version letterhead"])
def test_a_window_title_that_is_the_site_name_gives_way_to_the_headline_when_the_text_names_the_site_too(tmp_path, html):
    # on the Assembly's own site every article names the Assembly, so a <title> that is only the site's
    # name was taken for the article's: all old pages and print versions were «Ассамблея народа Казахстана»
    html += ("Костанай, 10 июля 2006 года. В Костанае открылся Дом дружбы. Участники отметили, что Ассамблея "
             "народа Казахстана остается площадкой диалога для всех этносов.</font></td></tr></table></body></html>")
    assert parse_page(tmp_path, html).title == "Открытие Дома дружбы в Костанае"


def test_a_window_title_naming_the_article_stays_when_an_image_shows_it_too(tmp_path):
    # a photo whose alt text is the article's name inside the article is no logo
    html = ("<html><head><meta charset='utf-8'><title>Открытие Дома дружбы в Костанае</title></head><body>"
            "<div class='content'><p>Костанай, 10 июля 2006 года. В Костанае открылся Дом дружбы для этнокультурных "
            "объединений области.</p><img src='dom.jpg' alt='Открытие Дома дружбы в Костанае'><h3>Программа вечера</h3>"
            "<p>Участники отметили, что Ассамблея народа Казахстана остается площадкой диалога.</p></div></body></html>")
    assert parse_page(tmp_path, html).title == "Открытие Дома дружбы в Костанае"


@pytest.mark.parametrize("kind,subject", [("СТЕНОГРАММА", "XXIX сессии Ассамблеи народа Казахстана"),
                                          ("ПРОТОКОЛ № 3", "заседания Совета Ассамблеи народа Казахстана")],
                         ids=["transcript", "minutes"])
def test_a_word_page_titled_by_its_document_type_takes_the_heading_under_it(tmp_path, kind, subject):
    # Word's «Save as Web Page» puts the first line in <title>: every transcript was «СТЕНОГРАММА»
    html = (f"<html><head><meta charset='utf-8'><meta name=ProgId content=Word.Document><title>{kind}</title></head>"
            f"<body><div class=Section1><p class=MsoNormal align=center><b>{kind}<o:p></o:p></b></p>"
            f"<p class=MsoNormal align=center><b>{subject}<o:p></o:p></b></p><p class=MsoNormal><o:p>&nbsp;</o:p></p>"
            "<p class=MsoNormal>Уважаемые участники! Сегодня мы подводим итоги работы Ассамблеи за год.</p></div></body></html>")
    assert parse_page(tmp_path, html).title == f"{kind} {subject}"


def test_an_xhtml_prolog_prints_no_python_warning(tmp_path):
    # bs4's 15-line XMLParsedAsHTMLWarning, advice to a programmer, showed in the ingest's output
    html = ('<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" '
            '"http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">\n<html xmlns="http://www.w3.org/1999/xhtml" '
            'xml:lang="en" lang="en"><head><title>Assembly of People of Kazakhstan holds international conference</title>'
            "</head>\n<body><h1>Assembly of People of Kazakhstan holds international conference</h1>\n<p>Astana, June 14, "
            "2017. The Assembly of People of Kazakhstan held an international conference on interethnic harmony.</p>"
            "</body></html>\n")
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        doc = parse_page(tmp_path, html, name="about.xhtml")
    assert [w.category.__name__ for w in caught] == [] and doc.title.startswith("Assembly of People")


def test_read_more_links_share_widgets_and_view_counters_are_dropped(tmp_path):
    html = ("<html><head><meta charset='utf-8'><title>Встреча</title></head><body><div class='content'>"
            "<h1>Встреча с молодёжью</h1><div class='meta'>14.02.2018 | Просмотров: 1532</div>"
            + "".join(f"<p>{t} <a href='/n/1'>Читать далее</a></p>" if i else f"<p>{t}</p>" for i, t in enumerate(ARTICLE))
            + "<div class='addthis_toolbox addthis_default_style'><a class='addthis_button_vk'>ВКонтакте</a> Поделиться</div>"
            "<div class='pluso' data-services='vkontakte'>Рассказать друзьям</div>"
            "<div class='likely'><div class='vkontakte'>Поделиться</div><div class='odnoklassniki'>Класснуть</div></div>"
            "</div></body></html>")
    assert [b.text for b in parse_page(tmp_path, html).blocks] == ["Встреча с молодёжью", "14.02.2018"] + ARTICLE


def test_an_updated_line_does_not_date_the_page_over_its_publication(tmp_path):
    """«Обновлено: 20.05.2021» under the heading, or «Дата изменения:», dated a page by its last
    edit, over its «Опубликовано: 14.02.2018» and its article:published_time."""
    from ingest.extract import document_date
    body = ("<p>В Петропавловске состоялась встреча руководителей этнокультурных объединений с депутатами.</p>"
            "<p>Обсуждались вопросы сохранения родных языков и поддержки воскресных школ.</p>")
    a = (f"<html><head><meta charset='utf-8'><title>Встреча A</title></head><body><article><h1>Встреча A</h1>"
         f"<div class='meta'>Обновлено: 20.05.2021</div>{body}<p class='pub'>Опубликовано: 14.02.2018</p></article></body></html>")
    b = ("<html><head><meta charset='utf-8'><title>Встреча B</title>"
         "<meta property='article:published_time' content='2018-02-14T10:00:00+06:00'>"
         "<meta property='article:modified_time' content='2021-05-20T10:00:00+06:00'></head><body><article>"
         f"<h1>Встреча B</h1><div class='meta'>Дата изменения: 20.05.2021</div>{body}</article></body></html>")
    for html, source in ((a, "text"), (b, "metadata")):
        doc = parse_page(tmp_path, html)
        assert document_date(doc.metadata, doc.text, "p.html") == (date(2018, 2, 14), source)


def _web_archive(*parts: tuple[str, str, bytes], start: str = "") -> bytes:
    """A single-file web page (.mht) with the given (content type, transfer encoding, body) parts."""
    import base64
    import quopri
    boundary = "----=_NextPart_01D4D8B2.5A3E1F30"
    out = [f'MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary="{boundary}"'
           + (f'; type="text/html"; start="{start}"' if start else "") + "\r\n\r\n"]
    for i, (ctype, encoding, body) in enumerate(parts):
        coded = quopri.encodestring(body) if encoding == "quoted-printable" else base64.encodebytes(body)
        out.append(f"--{boundary}\r\nContent-ID: <part{i}>\r\nContent-Location: file:///C:/0E2B3F4A/p{i}.htm\r\n"
                   f"Content-Transfer-Encoding: {encoding}\r\nContent-Type: {ctype}\r\n\r\n"
                   + coded.decode("ascii") + "\r\n\r\n")
    out.append(f"--{boundary}--\r\n")
    return "".join(out).encode("ascii")


WORD_PAGE = ('<html><head><meta http-equiv=Content-Type content="text/html; charset=windows-1251">'
             '<title>Протокол заседания</title></head><body><p class=MsoNormal><b>Протокол заседания Совета '
             'Ассамблеи народа Казахстана</b></p><p class=MsoNormal>Астана, 12 марта 2019 г.</p><p class=MsoNormal>'
             'Совет Ассамблеи рассмотрел вопросы подготовки к XXVII сессии и утвердил план работы на год.</p></body></html>')


def test_a_single_file_web_page_is_read_as_its_html_part(tmp_path):
    """Word's and Internet Explorer's «Веб-страница в одном файле» (.mht) was indexed as its raw MIME
    text: a quoted-printable title, MIME headers as the snippet, its words never found."""
    header = '<html><head><title>header</title></head><body><p>Ассамблея народа Казахстана</p></body></html>'
    data = _web_archive(('text/html; charset="windows-1251"', "quoted-printable", WORD_PAGE.encode("cp1251")),
                        ('text/html; charset="windows-1251"', "quoted-printable", header.encode("cp1251")),
                        ("image/png", "base64", b"\x89PNG\r\n\x1a\n" + bytes(64)))
    p = tmp_path / "protokol.mht"
    p.write_bytes(data)
    doc = parse_file(p)
    assert doc.format == "html" and doc.title == "Протокол заседания" and doc.encoding == "cp1251"
    assert doc.blocks[0].text == "Протокол заседания Совета Ассамблеи народа Казахстана"
    assert "Content-Type" not in doc.text and "header" not in doc.text
    assert doc.metadata["dateline"] == "Астана, 12 марта 2019 г."


def test_a_web_archive_under_any_name_is_read_by_its_start_part_in_base64(tmp_path):
    """Chrome's MHTML (base64 or quoted-printable, the page the `start` parameter names) named
    without .mht, as a download may be."""
    frame = "<html><head><meta charset='utf-8'></head><body><p>Курс валют: USD 420,5.</p></body></html>"
    page = ("<html><head><meta charset='utf-8'><title>Форум волонтеров</title></head><body><h1>Форум волонтеров</h1>"
            "<p>В Нур-Султане прошёл республиканский форум волонтеров Ассамблеи народа Казахстана.</p></body></html>")
    p = tmp_path / "forum"
    p.write_bytes(_web_archive(("text/html", "base64", frame.encode()), ("text/html", "base64", page.encode()),
                               start="<part1>"))
    doc = parse_file(p)
    assert doc.title == "Форум волонтеров" and "республиканский форум" in doc.text and "Курс" not in doc.text


def test_a_web_archive_of_a_framed_site_is_read_as_its_main_frames_page(tmp_path):
    """Internet Explorer saves a framed site as one .mht, each frame's page a part of it: the file
    was skipped as a frameset whose frames were «files of their own», and its article was lost."""
    frameset = ('<html><head><title>Ассамблея народа Казахстана</title></head><frameset cols="180,*">'
                '<frame src="p1.htm" name=menu><frame src="p2.htm" name=main></frameset></html>')
    menu = '<html><body><a href="p2.htm" target=main>Главная</a><br><a href="news.htm" target=main>Новости</a></body></html>'
    main = ("<html><head><title>Новости</title></head><body><h2>Заседание малой ассамблеи в Семее</h2><p>15.03.2005</p>"
            "<p>В Семее состоялось заседание малой ассамблеи, посвященное Дню единства народа Казахстана.</p>"
            "<p>С докладом выступила руководитель корейского центра, рассказавшая о работе воскресной школы.</p></body></html>")
    cp1251 = 'text/html; charset="windows-1251"'
    p = tmp_path / "old_site_2005.mht"
    p.write_bytes(_web_archive((cp1251, "quoted-printable", frameset.encode("cp1251")),
                               (cp1251, "quoted-printable", menu.encode("cp1251")),
                               (cp1251, "quoted-printable", main.encode("cp1251"))))
    doc = parse_file(p)
    assert [b.text for b in doc.blocks][2:] == [
        "В Семее состоялось заседание малой ассамблеи, посвященное Дню единства народа Казахстана.",
        "С докладом выступила руководитель корейского центра, рассказавшая о работе воскресной школы."]
    assert "Главная" not in doc.text and doc.metadata["dateline"] == "15.03.2005"
    # the frames' pages not saved with it: a true reason, in one sentence
    p.write_bytes(_web_archive((cp1251, "quoted-printable", frameset.encode("cp1251")),
                               (cp1251, "quoted-printable", menu.encode("cp1251"))))
    with pytest.raises(ParseError) as e:
        parse_file(p)
    assert e.value.reason == "frameset" and str(e.value) == (
        "The page is a frameset, and the single-file web page (.mht) holds no page with text for its frames.")


def test_a_web_archive_without_a_page_fails_in_one_sentence(tmp_path):
    p = tmp_path / "images.mht"
    p.write_bytes(_web_archive(("image/png", "base64", b"\x89PNG\r\n\x1a\n" + bytes(64))))
    with pytest.raises(ParseError) as e:
        parse_file(p)
    assert e.value.reason == "empty" and str(e.value) == "The single-file web page (.mht) holds no HTML page with text."


@pytest.mark.parametrize("edit", ["20.05.2021 (обновлено)", "Редакция от 20.05.2021"])
def test_an_edit_label_after_its_date_or_a_revision_line_does_not_date_the_page(tmp_path, edit):
    """«20.05.2021 (обновлено)» and «Редакция от 20.05.2021» under the heading still dated a page by
    its last edit, over its «Опубликовано: 14.02.2018»."""
    from ingest.extract import document_date
    html = ("<html><head><meta charset='utf-8'><title>Заседание</title></head><body><h1>Заседание</h1>"
            f"<div class='meta'>{edit}</div><p>В Астане прошло заседание Совета Ассамблеи народа Казахстана, на "
            "котором обсуждались вопросы межэтнического согласия.</p><p>Опубликовано: 14.02.2018</p></body></html>")
    doc = parse_page(tmp_path, html)
    assert document_date(doc.metadata, doc.text, "p.html") == (date(2018, 2, 14), "text")


# An old FrontPage/Word-era page: a <font> opened on every line and never closed, so each line
# nests inside the one before (lxml keeps them nested, a thousand deep).
def unclosed_fonts(lines: int) -> str:
    return ("<html><head><title>Отчёт о заседаниях</title></head><body>"
            + "".join(f'<font face="Arial" size=2>Ассамблея народа Казахстана провела заседание номер {i}.<br>\n'
                      for i in range(lines))
            + "</body></html>")


NESTED = ["Ассамблея народа Казахстана провела форум в Астане.",
          "На форуме выступили представители этнокультурных объединений."]


def nested_divs(depth: int) -> str:
    return ("<html><body>" + "<div>" * depth + "".join(f"<p>{p}</p>" for p in NESTED)
            + "</div>" * depth + "</body></html>")


def test_an_old_page_of_a_thousand_unclosed_font_tags_is_read_whole(tmp_path):
    doc = parse_page(tmp_path, unclosed_fonts(1200))
    text = "\n".join(b.text for b in doc.blocks)
    assert doc.title == "Отчёт о заседаниях"
    numbers = [int(n) for n in re.findall(r"заседание номер (\d+)\.", text)]
    assert numbers == list(range(1200))  # every line, once, in the page's order


@pytest.mark.parametrize("depth", [3000, 20000])
def test_thousands_of_nested_divs_are_read(tmp_path, depth):
    doc = parse_page(tmp_path, nested_divs(depth))
    assert [b.text for b in doc.blocks] == NESTED


def test_parsing_deeply_nested_pages_takes_time_linear_in_their_size():
    from growth import LINEAR_GROWTH, growth

    from ingest.parsers.html import HtmlParser

    def parse(lines: int) -> None:
        HtmlParser().parse(unclosed_fonts(lines).encode())

    # bs4 links each new node through every open level above it: 16x, and minutes at 20,000
    assert growth(parse, 2000, 2) < LINEAR_GROWTH


def test_tags_past_the_depth_limit_go_beside_the_deepest_one_keeping_their_text_and_order():
    from ingest.parsers.html_tree import MAX_DEPTH, parse_html

    soup = parse_html("<body>" + "".join(f"<div><b>строка {i}</b><br>" for i in range(1000)) + "</body>")
    depths = [sum(1 for _ in tag.parents) for tag in soup.find_all(True)]
    assert max(depths) == MAX_DEPTH < 1000
    assert [b.get_text() for b in soup.find_all("b")] == [f"строка {i}" for i in range(1000)]


def test_the_page_walks_need_no_depth_limit(tmp_path, monkeypatch):
    """The depth limit keeps bs4's tree building linear; the parser's own walks are iterative and
    single-pass whatever the depth (a recursive walk overflowed Python's stack past 1,000 levels,
    a find() in every div made the content pass quadratic)."""
    from growth import LINEAR_GROWTH, growth

    from ingest.parsers import html_tree
    from ingest.parsers.html import HtmlParser

    monkeypatch.setattr(html_tree, "MAX_DEPTH", 10**9)
    doc = parse_page(tmp_path, unclosed_fonts(2000))
    assert len(re.findall(r"заседание номер \d+", doc.blocks[0].text)) == 2000
    assert growth(lambda depth: HtmlParser().parse(nested_divs(depth).encode()), 2000) < LINEAR_GROWTH


@pytest.mark.parametrize("code", [
    "<script>document.write(new Date().getFullYear())</script>",
    "<style>h1 {{ color: red }}</style>",
    "<noscript>Включите JavaScript</noscript>",
])
def test_a_script_or_style_in_a_heading_is_no_part_of_the_title(tmp_path, code):
    doc = parse_page(tmp_path, f"""<html><head><meta charset="utf-8"></head><body>
<h1>Заседание Ассамблеи {code}</h1>
<p>Председатель Ассамблеи народа Казахстана провёл заседание совета, на котором обсуждались вопросы
межэтнического согласия.</p></body></html>""")
    assert doc.title == "Заседание Ассамблеи"
    assert doc.blocks[0].text == "Заседание Ассамблеи"


def test_a_script_written_in_the_window_title_is_no_part_of_the_title(tmp_path):
    doc = parse_page(tmp_path, """<html><head><title>Заседание Совета <script>document.write(2007)</script></title>
</head><body><p>Председатель Ассамблеи народа Казахстана провёл заседание совета, на котором
обсуждались вопросы межэтнического согласия.</p></body></html>""")
    assert doc.title == "Заседание Совета"


PHOTO_CHROME = ("<html><head><meta charset='utf-8'><title>Ассамблея народа Казахстана — Фотогалерея</title></head><body>"
                "<div id='header'><h1 class='site'>Ассамблея народа Казахстана</h1></div><div id='menu'><ul>"
                "<li><a href='/'>Главная</a></li><li><a href='/news/'>Новости</a></li></ul></div>")
PHOTO_FOOTER = ("<div id='footer'><p>© 2005-2015 Ассамблея народа Казахстана. Все права защищены. При перепечатке "
                "материалов ссылка на сайт www.assembly.kz обязательна.</p><p>010000, г. Астана, ул. Бейбитшилик, 11. "
                "Тел.: +7 (7172) 74-51-40. Последнее обновление: 28.12.2015</p></div></body></html>")


@pytest.mark.parametrize("content", [
    "<div id='content'><h2>Фотогалерея</h2><div class='photo'><img src='s.jpg'><p class='caption'>{c}</p></div></div>",
    "<div id='content'><figure><img src='s.jpg'><figcaption>{c}</figcaption></figure></div>",
    "<img src='s.jpg'><p>{c}</p>",
], ids=["p.caption", "figcaption", "image and caption alone"])
def test_a_photo_page_is_its_caption_not_its_footer(tmp_path, content):
    # the footer's address line outscored a one-line caption: the page was indexed as its footer
    caption = "Участники XII сессии Ассамблеи в Акорде, 2011 год"
    doc = parse_page(tmp_path, PHOTO_CHROME + content.format(c=caption) + PHOTO_FOOTER)
    text = doc.text
    assert caption in text and "Бейбитшилик" not in text and "Все права защищены" not in text


NEWS_ITEM = ("<h1>Вечер дружбы в Актобе</h1><p>Актобе, 14 февраля 2012 г. В Актобе прошел вечер дружбы этносов, "
             "собравший более трехсот гостей из разных этнокультурных центров области.</p><p>Председатель областной "
             "ассамблеи вручил благодарственные письма активистам. Участники исполнили песни на казахском, русском, "
             "украинском и корейском языках.</p>")
MORE_NEWS = ("<p>На вечере выступили хоровые коллективы и ансамбли национального танца, работала выставка "
             "декоративно-прикладного искусства этнокультурных объединений области.</p>" * 6)


def _region_teasers(n: int, more: str) -> str:
    return "".join(f"<div class='news'><a href='n{i}.html'>Региональная новость {i}: заседание малой ассамблеи "
                   f"области</a><p>{i} марта 2012 г. Члены ассамблеи обсудили план работы на год.</p>{more}</div>"
                   for i in range(1, n + 1))


def _list_kind(html: str) -> str | None:
    from ingest.parsers import parse_bytes
    return parse_bytes(html.encode("utf-8"), "p.html").metadata.get("page_kind")


@pytest.mark.parametrize("long", [False, True], ids=["short", "long"])
@pytest.mark.parametrize("more", ["", "<a href='#'>Подробнее</a>"], ids=["plain", "podrobnee"])
@pytest.mark.parametrize("n", [3, 4, 5, 6, 8])
def test_a_news_item_above_a_block_of_teasers_is_an_article_not_a_list_page(n, more, long):
    # a short item (headline, dateline, two paragraphs) over 6+ teasers was skipped as list_page and lost
    html = ("<html><head><meta charset='utf-8'><title>Вечер дружбы в Актобе</title></head><body>"
            + NEWS_ITEM + (MORE_NEWS if long else "") + "<h3>Последние новости</h3>" + _region_teasers(n, more)
            + "</body></html>")
    assert _list_kind(html) is None


@pytest.mark.parametrize("intro", [
    "",
    "<div class='crumbs'><a href='/'>Главная</a> » <a href='/news/'>Новости</a></div>",
    "<p>В этом разделе публикуются новости Ассамблеи народа Казахстана и ее региональных отделений.</p>",
], ids=["bare", "crumbs", "intro"])
@pytest.mark.parametrize("teaser", [
    # a linked headline, a dated lead and «Подробнее» (the mirror's news list)
    "<div class='item'><h3><a href='a{i}.html'>Форум молодежи в Павлодаре № {i}</a></h3><p>Павлодар, {i} апреля 2015 "
    "года. В Павлодаре прошел форум: активисты предложили программу волонтерских акций на лето.</p>"
    "<a href='a{i}.html'>Подробнее »</a></div>",
    # an unlinked headline, its dated lead, then «Читать далее»
    "<div class='item'><b>Форум молодежи в Павлодаре № {i}</b><p>Павлодар, {i} апреля 2015 года. В Павлодаре прошел "
    "форум: активисты предложили программу волонтерских акций на лето и осень.</p>"
    "<a href='a{i}.html'>Читать далее</a></div>",
    # linked headlines with dated leads, nothing else
    "<div class='item'><a href='a{i}.html'>Форум молодежи в Павлодаре № {i}</a><p>{i} апреля 2015 года. Активисты "
    "предложили программу волонтерских акций.</p></div>",
], ids=["linked-more", "unlinked-read-on", "linked"])
def test_a_page_of_dated_teasers_stays_a_list_page(intro, teaser):
    # the first teaser's dated lead is no article of the page's own
    html = ("<html><head><meta charset='utf-8'><title>Новости</title></head><body><div id='content'>" + intro
            + "<h2>Новости</h2>" + "".join(teaser.format(i=i) for i in range(1, 7)) + "</div></body></html>")
    assert _list_kind(html) == "list"


_TIME_PAGE = ("<!DOCTYPE html><html lang='ru'><head><meta charset='utf-8'><title>Заседание</title></head><body>{}"
              "</body></html>")
_TIME_ARTICLE = ("<article>{header}<p>Ассамблея народа Казахстана провела заседание. Напомним, что Ассамблея была "
                 "образована 1 марта 1995 года.</p>{comments}</article>")


@pytest.mark.parametrize("body", [
    _TIME_ARTICLE.format(header="<h1>Заседание Совета</h1><p class='meta'><time datetime='2009-10-26T10:00'>10:00</time></p>",
                         comments=""),
    _TIME_ARTICLE.format(header="<header><h1>Заседание Совета</h1><time datetime='2009-10-26'>26.10.2009</time></header>",
                         comments="<section><time datetime='2011-02-03'>3 февраля</time> Комментарий.</section>"),
], ids=["the page's one", "in the article's header"])
def test_an_html5_time_element_gives_the_publication_day(tmp_path, body):
    """Many CMSs mark the publication day only as <time datetime>: such a page was dated by a date
    its text recalls (1995-03-01)."""
    from ingest.build import extract_parsed

    p = tmp_path / "t.html"
    p.write_text(_TIME_PAGE.format(body), encoding="utf-8")
    doc = parse_file(p)
    assert doc.metadata["published"] == "2009-10-26"
    found = extract_parsed(doc, p)
    assert (str(found.date), found.date_source) == ("2009-10-26", "metadata")


@pytest.mark.parametrize("body", [
    _TIME_ARTICLE.format(header="<h1>Заседание</h1>", comments="<p><time datetime='2009-10-26'>26.10</time> и "
                                                                 "<time datetime='2011-02-03'>3.02</time></p>"),
    _TIME_ARTICLE.format(header="<h1>Заседание</h1>", comments="") + "<aside><time datetime='2011-02-03'>3.02</time></aside>",
    _TIME_ARTICLE.format(header="<h1>Заседание</h1><time datetime='10:00'>10:00</time>", comments=""),
], ids=["several days", "a sidebar's", "a time of day"])
def test_html5_time_elements_of_several_days_or_outside_the_article_give_none(tmp_path, body):
    p = tmp_path / "t.html"
    p.write_text(_TIME_PAGE.format(body), encoding="utf-8")
    assert "published" not in parse_file(p).metadata


def _ahead_of_ingest() -> str:
    from datetime import date, timedelta
    return (date.today() + timedelta(days=30)).isoformat()


@pytest.mark.parametrize("body", [
    _TIME_ARTICLE.format(header="<h1>Заседание</h1>", comments="")
    + "<div id='comments'><h3>Комментарии (1)</h3><div class='comment'><b>Гость</b> "
      "<time datetime='2015-06-01T12:00'>1 июня 2015</time><p>Спасибо за новость!</p></div></div>",
    _TIME_ARTICLE.format(header="<h1>Анонс</h1>", comments="<p>Республиканский форум Ассамблеи пройдет "
                                                           "<time datetime='2015-12-20'>20 декабря</time> в Астане.</p>"),
    _TIME_ARTICLE.format(header="<h1>Анонс</h1>", comments="<p>Дата: <time datetime='{}'>скоро</time></p>"),
], ids=["a reader comment's", "an announced day", "a day after the ingest"])
def test_an_html5_time_of_a_comment_or_an_event_ahead_dates_nothing(tmp_path, body):
    """A lone reader comment's <time>, or an announcement's «пройдет <time>20 декабря</time>», dated
    the page as publication metadata (2015-06-01, 2026-12-20); the text's 1995 mention dates it now."""
    from ingest.build import extract_parsed

    p = tmp_path / "t.html"
    p.write_text(_TIME_PAGE.format(body.replace("{}", _ahead_of_ingest())), encoding="utf-8")
    found = extract_parsed(parse_file(p), p)
    assert (str(found.date), found.date_source) == ("1995-03-01", "text")


OLD_SITE_TITLE = "Заседание малой ассамблеи в Семее"
OLD_SITE_TEXT = ["В Семее состоялось заседание малой ассамблеи, посвященное Дню единства народа Казахстана.",
                 "С докладом выступила руководитель корейского центра, рассказавшая о работе воскресной школы."]


def test_an_old_layouts_font_headline_and_a_framed_pages_footer(tmp_path):
    """A 2003 table layout whose <font> wraps the whole content cell, and a framed site's main page
    ending in «© … Все права защищены» (no footer class): both were titled by the site's name
    «Ассамблея народа Казахстана», and the copyright line was indexed and quoted."""
    head = "<html><head><meta charset='utf-8'><title>Ассамблея народа Казахстана</title></head><body>"
    layout = (head + "<table><tr><td colspan=2><img src='img/top.jpg' alt='Ассамблея народа Казахстана'></td></tr>"
              "<tr><td width=180><a href=index.htm>Главная</a><br><a href=news.htm>Новости</a></td><td valign=top>"
              f"<font face='Times New Roman' size=3><b><font size=4>{OLD_SITE_TITLE}</font></b><br><br><i>15.03.2003</i>"
              f"<br><br>{OLD_SITE_TEXT[0]}<br><br>{OLD_SITE_TEXT[1]}<br><br></font></td></tr><tr><td colspan=2><hr>"
              "<font size=1>Copyright © 2003 Ассамблея народа Казахстана. Все права защищены.</font></td></tr></table></body></html>")
    framed = (head + f"<center><font face=Arial size=4><b>{OLD_SITE_TITLE}</b></font></center><p align=right><i>15.03.2004"
              "</i></p>" + "".join(f"<p><font size=3>{p}</font></p>" for p in OLD_SITE_TEXT)
              + "<hr><center><font size=1>© Ассамблея народа Казахстана, 2003. Все права защищены.</font></center></body></html>")
    for html in (layout, framed):
        doc = parse_page(tmp_path, html)
        assert doc.title == OLD_SITE_TITLE and [b.text for b in doc.blocks][-2:] == OLD_SITE_TEXT


def test_joomlas_last_update_line_is_no_text(tmp_path):
    """Joomla's «Последнее обновление ( 15.04.2013 11:00 )» ended every article: «обновление» found them all."""
    html = ("<html><head><meta charset='utf-8'><title>Ассамблея народа Казахстана - Заседание</title></head><body><table "
            f"class='contentpaneopen'><tr><td class='contentheading'>{OLD_SITE_TITLE}</td></tr></table><table class="
            "'contentpaneopen'><tr><td class='createdate'>01.03.2009 10:15</td></tr><tr><td>"
            + "".join(f"<p>{p}</p>" for p in OLD_SITE_TEXT) + "</td></tr><tr><td colspan='2' class='modifydate'>"
            "Последнее обновление ( 15.04.2013 11:00 )</td></tr></table></body></html>")
    blocks = [b.text for b in parse_page(tmp_path, html).blocks]
    assert blocks[-2:] == OLD_SITE_TEXT and not any("обновление" in b for b in blocks)


@pytest.mark.parametrize("published, day", [("2026-11-27T20:30:00Z", date(2026, 11, 28)),
                                            ("2025-12-31T23:30:00+06:00", date(2025, 12, 31)),
                                            ("2000-01-01T00:00:00Z", None), ("1970-01-01T00:00:00+00:00", None)])
def test_a_pages_publication_time_dates_it_by_kazakhstans_day_and_a_placeholder_dates_nothing(published, day):
    from ingest.extract.dates import document_date
    from ingest.parsers.html import HtmlParser
    page = (f'<html><head><meta charset="utf-8"><meta property="article:published_time" content="{published}">'
            "<title>Вечерний выпуск</title></head><body><h1>Вечерний выпуск</h1>"
            "<p>В Доме дружбы наградили волонтеров Ассамблеи.</p></body></html>")
    parsed = HtmlParser().parse(page.encode("utf-8"), "news.html")
    assert document_date(parsed.metadata, "", "news.html")[0] == day


def test_a_time_tags_utc_moment_dates_the_page_by_kazakhstans_day():
    from ingest.extract.dates import document_date
    from ingest.parsers.html import HtmlParser
    page = ('<html><head><meta charset="utf-8"><title>Вечерний выпуск</title></head><body><article><header>'
            '<h1>Вечерний выпуск</h1><time datetime="2026-11-27T21:00:00Z">27 ноября</time></header>'
            "<p>В Доме дружбы наградили волонтеров Ассамблеи.</p></article></body></html>")
    parsed = HtmlParser().parse(page.encode("utf-8"), "news.html")
    assert document_date(parsed.metadata, "", "news.html")[0] == date(2026, 11, 28)


def test_a_paragraph_all_in_bold_is_marked_so_and_one_with_a_bold_word_is_not(tmp_path):
    # an interview on a news site sets its questions off in bold; ingest reads them as the interviewer's
    page = tmp_path / "bold.html"
    page.write_text("<html><body><h1>Интервью с Л. Ковалевой</h1>"
                    "<p><b>Как центр встречает юбилей?</b></p>"
                    "<p><strong>Много ли </strong><b>молодежи?</b></p>"
                    "<p>Мы готовим <b>выставку</b> вышиванок.</p></body></html>", encoding="utf-8")
    blocks = parse_file(page).blocks
    assert [(b.text, b.bold) for b in blocks] == [("Интервью с Л. Ковалевой", False),
                                                 ("Как центр встречает юбилей?", True),
                                                 ("Много ли молодежи?", True),
                                                 ("Мы готовим выставку вышиванок.", False)]


_ADILET_NOTES = "".join(f"<p><i>Сноска. Внесены изменения Законом РК от {day} № {n}.</i></p>"
                        for day, n in (("10.06.2014", "206-V"), ("08.06.2015", "316-V"), ("29.12.2021", "94-VII")))
_ADILET_BODY = ("<p>Настоящий Закон определяет правовое положение Ассамблеи народа Казахстана.</p>"
                "<p><b>Статья 1. Основные понятия</b></p><p>1) этнокультурные объединения — общественные объединения, "
                "созданные в соответствии со статьей 5 Закона Республики Казахстан от 20 октября 1995 года № 2529;</p>"
                "<p>2. Председателем Ассамблеи является Президент Республики Казахстан.</p>")


@pytest.mark.parametrize("head", [
    '<div class="container_alpha slogan"><h1>Об Ассамблее народа Казахстана</h1>'
    '<p class="gray">Закон Республики Казахстан от 20 октября 2008 года № 70-IV.</p></div>',
    "<div><h1>Об Ассамблее народа Казахстана</h1><p>Закон Республики Казахстан от 20 октября 2008 года № 70-IV.</p></div>",
    "<h1>Об Ассамблее народа Казахстана</h1><p>Закон Республики Казахстан от 20 октября 2008 года № 70-IV.</p>",
], ids=["adilet", "no-classes", "no-div"])
def test_an_adilet_copy_keeps_the_act_s_line_under_its_heading_in_a_block_of_its_own(tmp_path, head):
    """The line under the <h1>, in a block apart from the law's text, was dropped with the heading:
    the law was not found by its number and was dated by its first «Сноска» (2014)."""
    from ingest.build import build_record

    page = ('<html lang="ru"><head><meta charset="utf-8"><title>Об Ассамблее народа Казахстана - ИПС "Әділет"</title>'
            f'</head><body>{head}<div class="container_gamma text text_upd">{_ADILET_NOTES}{_ADILET_BODY}</div></body></html>')
    path = tmp_path / "adilet.html"
    path.write_text(page, encoding="utf-8")
    parsed = parse_file(path)
    assert parsed.blocks[0].text == "Закон Республики Казахстан от 20 октября 2008 года № 70-IV."
    record = build_record(parsed, path, str(tmp_path), "hash")
    assert (str(record.date), record.act_numbers) == ("2008-10-20", ["70-iv"])


def test_a_menu_between_the_heading_and_the_text_stays_out():
    from ingest.parsers.html import HtmlParser

    page = ('<html><head><meta charset="utf-8"><title>Новость</title></head><body><div><h1>Форум молодежи</h1>'
            '<ul class="menu"><li><a href="/a">Главная</a></li><li><a href="/b">Новости</a></li>'
            '<li><a href="/c">Контакты</a></li></ul></div><div class="content"><p>В Павлодаре прошел форум молодежи '
            'Ассамблеи народа Казахстана, участники обсудили волонтерские проекты.</p></div></body></html>')
    parsed = HtmlParser().parse(page.encode("utf-8"), "news.html")
    assert [b.text for b in parsed.blocks] == ["В Павлодаре прошел форум молодежи Ассамблеи народа Казахстана, "
                                               "участники обсудили волонтерские проекты."]
