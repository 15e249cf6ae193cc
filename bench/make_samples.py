"""Write the demo archive ``samples/`` and its gold file ``samples/gold.json``.

    python bench/make_samples.py            # (re)write every file, then verify
    python bench/make_samples.py --check    # verify the committed files only

The texts live in ``bench/sample_texts.py``.  This script turns each of them into a file of its
format and encoding (PDF via reportlab with DejaVuSans embedded, HTML with realistic page chrome,
plain text in utf-8 / utf-8-sig / utf-16 / windows-1251 / koi8-r / cp866, RTF as Word 2003 saves
it, DOCX and XLSX as Word and Excel 2016 do via ``bench/ooxml.py``, an e-mail as Outlook saves it with a DOCX
attached), picks the gold passages, and checks that the
gold is true to the files:

* every txt/html file decodes with its declared encoding and contains its passages;
* every PDF is read back with pdfminer.six, and its passages are found (line-end hyphens joined),
  Kazakh letters survive, header and page numbers are on every page;
* every name written as initials + surname in a text belongs to a gold person, and every gold
  person occurs in the text; titles (Елбасы, Глава государства...) require their person;
* the hand-annotated ``samples/gold_mentions.json`` names only samples and their gold persons.

Output is deterministic: PDFs are built in reportlab's invariant mode with SOURCE_DATE_EPOCH set
to the document date, a DOCX's parts are stamped with its creation time, so re-running gives the
same bytes.  Needs reportlab (extra ``samples``),
pdfminer.six and beautifulsoup4, and DejaVu fonts (only on the machine that regenerates).
"""

from __future__ import annotations

import argparse
import calendar
import html
import io
import json
import os
import re
import sys
import unicodedata
from functools import partial
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
sys.path.insert(0, str(ROOT))

from bench import ooxml  # noqa: E402
from bench.sample_texts import DOCS, TOPICS  # noqa: E402

FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")

# gold names of encodings (Python codec names that every decoder knows)
GOLD_ENCODING = {
    "utf-8": "utf-8",
    "utf-8-sig": "utf-8-sig",
    "utf-16": "utf-16",
    "cp1251": "windows-1251",
    "koi8-r": "koi8-r",
    "cp866": "cp866",
}

KAZAKH = "әғқңөұүһіӘҒҚҢӨҰҮҺІ"
# How pre-Unicode Russian archives wrote Kazakh words in 8-bit code pages.
KAZAKH_TO_RU = str.maketrans("әғқңөұүһӘҒҚҢӨҰҮҺ", "агкноуухАГКНОУУХ")
NO_QUOTES = str.maketrans({"«": '"', "»": '"', "–": "-", "—": "-", "№": "N", "і": "i", "І": "I"})


def final_text(d: dict) -> tuple[str, str]:
    """Title and body as they will be stored in the file (after code-page downgrades)."""
    title, body = d["title"], d["body"]
    if d["fmt"] == "txt" and d["enc"] in ("cp1251", "koi8-r", "cp866"):
        title, body = title.translate(KAZAKH_TO_RU), body.translate(KAZAKH_TO_RU)
        if d["enc"] != "cp1251":
            title, body = title.translate(NO_QUOTES), body.translate(NO_QUOTES)
    return unicodedata.normalize("NFC", title), unicodedata.normalize("NFC", body)


def paragraphs(body: str) -> list[str]:
    return [re.sub(r"\s+", " ", p).strip() for p in body.split("\n\n") if p.strip()]


# ------------------------------------------------------------------------------------------------
# plain text
# ------------------------------------------------------------------------------------------------

def write_txt(d: dict, path: Path) -> None:
    title, body = final_text(d)
    paras = paragraphs(body)
    old_style = d["enc"] in ("cp1251", "koi8-r", "cp866")
    nl = "\r\n" if d["enc"] in ("cp1251", "cp866", "utf-16") else "\n"
    if old_style:
        # old archives: one paragraph a line, indented, no blank lines
        text = title + nl + nl + nl.join("   " + p for p in paras) + nl
    else:
        text = title + nl + nl + (nl + nl).join(paras) + nl
    if d["enc"] == "utf-16":
        data = b"\xff\xfe" + text.encode("utf-16-le")
    else:
        data = text.encode(d["enc"])  # utf-8-sig writes the BOM itself
    path.write_bytes(data)


# ------------------------------------------------------------------------------------------------
# HTML
# ------------------------------------------------------------------------------------------------

SITE = {
    "ru": dict(name="Ассамблея народа Казахстана", tagline="Единство в многообразии",
               menu=["Главная", "Об Ассамблее", "Новости", "Регионы", "Совет матерей",
                     "Научно-экспертный совет", "Медиация", "Документы", "Контакты"],
               side_title="Популярное", side=["Фотогалерея", "Видеоархив",
                     "Этнокультурные объединения", "Дома дружбы в регионах",
                     "Вопрос – ответ", "Вакансии"],
               read_more="Читайте также",
               more=["Итоги работы домов дружбы за полугодие", "Объявлен конкурс этнических СМИ",
                     "Расписание курсов государственного языка"],
               search="Поиск по сайту", rights="Все права защищены. При использовании материалов "
               "ссылка на сайт обязательна.", print_="Версия для печати", share="Поделиться"),
    "kk": dict(name="Қазақстан халқы Ассамблеясы", tagline="Әралуандағы бірлік",
               menu=["Басты бет", "Ассамблея туралы", "Жаңалықтар", "Өңірлер", "Аналар кеңесі",
                     "Ғылыми-сараптамалық кеңес", "Медиация", "Құжаттар", "Байланыс"],
               side_title="Көп оқылған", side=["Фотогалерея", "Бейнемұрағат",
                     "Этномәдени бірлестіктер", "Өңірлердегі Достық үйлері", "Сұрақ – жауап"],
               read_more="Сондай-ақ оқыңыз",
               more=["Достық үйлерінің жарты жылдағы жұмысының қорытындысы",
                     "Мемлекеттік тіл курстарының кестесі"],
               search="Сайттан іздеу", rights="Барлық құқықтар қорғалған.",
               print_="Басып шығару", share="Бөлісу"),
    "en": dict(name="Assembly of People of Kazakhstan", tagline="Unity in diversity",
               menu=["Home", "About", "News", "Regions", "Council of Mothers",
                     "Scientific and Expert Council", "Mediation", "Documents", "Contacts"],
               side_title="Most read", side=["Photo gallery", "Video archive",
                     "Ethnocultural associations", "Houses of Friendship", "FAQ"],
               read_more="Read also",
               more=["Houses of Friendship report on the first half of the year",
                     "Kazakh language courses: new schedule"],
               search="Search the site", rights="All rights reserved.",
               print_="Print version", share="Share"),
}

CSS = [
    """body{margin:0;font-family:Arial,Helvetica,sans-serif;background:#f4f6f8;color:#222}
.banner{background:#00a3c4;color:#fff;padding:18px 30px}.banner h2{margin:0;font-size:26px}
nav ul{list-style:none;margin:0;padding:0;background:#0b6e8a}nav li{display:inline-block}
nav a{color:#fff;display:block;padding:10px 14px;text-decoration:none}
.wrap{display:flex;max-width:1100px;margin:20px auto}main{flex:3;background:#fff;padding:24px}
aside{flex:1;margin-left:20px}footer{background:#222;color:#aaa;padding:20px 30px;font-size:13px}""",
    """BODY {font: 13px Tahoma, Verdana; background: #ffffff} TD.menu {background: #e0e8f0}
.news_title {font-weight: bold; font-size: 16px; color: #003366} .copy {color:#888}""",
]

SCRIPTS = [
    """window.dataLayer = window.dataLayer || [];
function gtag(){dataLayer.push(arguments);} gtag('js', new Date()); gtag('config', 'UA-000000-1');
document.addEventListener('DOMContentLoaded', function () {
  var btn = document.querySelector('.menu-toggle');
  if (btn) { btn.onclick = function () { document.body.classList.toggle('menu-open'); }; }
});""",
    """var _counter = new Image(1,1); _counter.src = '/stat/hit.php?r=' + escape(document.referrer);
function printPage() { window.print(); return false; }""",
]

HTML_DATE_TEXT = {"ru": "Опубликовано", "kk": "Жарияланды", "en": "Published"}


def _head(d: dict, title_text: str, site: dict, chrome: int) -> str:
    o = d["opts"]
    lines = []
    if o["decl"] == "meta":
        lines.append('<meta charset="utf-8">')
    elif o["decl"] == "http-equiv":
        lines.append('<meta http-equiv="Content-Type" content="text/html; charset=windows-1251">')
    lines.append(f"<title>{title_text} | {html.escape(site['name'])}</title>")
    lines.append('<meta name="viewport" content="width=device-width, initial-scale=1">')
    lines.append(f'<meta name="description" content="{title_text}">')
    if o.get("datemeta") == "published":
        lines.append('<meta property="og:type" content="article">')
        lines.append(f'<meta property="article:published_time" content="{d["date"]}T10:{30 + chrome:02d}:00+06:00">')
    elif o.get("datemeta") == "name":
        lines.append(f'<meta name="date" content="{d["date"]}">')
    lines.append(f'<link rel="stylesheet" href="/static/css/main.css?v={chrome + 3}">')
    lines.append(f"<style>\n{CSS[chrome % 2]}\n</style>")
    lines.append(f'<script type="text/javascript">\n{SCRIPTS[chrome % 2]}\n</script>')
    return "\n".join(lines)


def _article(d: dict, esc) -> str:
    title, body = final_text(d)
    out = [f"<h1>{esc(title)}</h1>"]
    o = d["opts"]
    if o.get("datemeta") and d["date"]:
        y, m, day = d["date"].split("-")
        out.append(f'<div class="meta"><time datetime="{d["date"]}">{day}.{m}.{y}</time> '
                   f'<span class="views">👁 {(len(body) * 7) % 900 + 100}</span></div>'
                   if d["enc"] == "utf-8" else
                   f'<div class="meta">{day}.{m}.{y}</div>')
    for p in paragraphs(body):
        out.append(f"<p>{esc(p)}</p>")
    return "\n".join(out)


def write_html(d: dict, path: Path) -> None:
    o = d["opts"]
    chrome = o.get("chrome", 0)
    site = SITE[d["lang"]]
    if o.get("entities"):
        # an old CMS: typographic characters as named entities, Kazakh letters as numeric ones
        def esc(s: str) -> str:
            s = html.escape(s, quote=False)
            s = s.replace("«", "&laquo;").replace("»", "&raquo;").replace("–", "&ndash;")
            return s.encode("cp1251", "xmlcharrefreplace").decode("cp1251")
    else:
        def esc(s: str) -> str:
            return html.escape(s, quote=False)
    title_text = esc(final_text(d)[0])
    year = (d["date"] or "2024")[:4]
    menu = "\n".join(f'<li><a href="/{i}/">{esc(m)}</a></li>' for i, m in enumerate(site["menu"]))
    side = "\n".join(f'<li><a href="/page/{i + 10}/">{esc(m)}</a></li>' for i, m in enumerate(site["side"]))
    more = "\n".join(f'<li><a href="/news/{i + 100}/">{esc(m)}</a></li>' for i, m in enumerate(site["more"]))
    art = _article(d, esc)
    if chrome % 2 == 0:
        page = f"""<!DOCTYPE html>
<html lang="{d['lang']}">
<head>
{_head(d, title_text, site, chrome)}
</head>
<body>
<header class="banner">
<a class="logo" href="/"><img src="/static/img/logo.png" alt="{esc(site['name'])}"></a>
<h2>{esc(site['name'])}</h2>
<div class="tagline">{esc(site['tagline'])}</div>
<form class="search" action="/search/"><input type="text" name="q" placeholder="{esc(site['search'])}"></form>
<div class="lang"><a href="?lang=kk">ҚАЗ</a> | <a href="?lang=ru">РУС</a> | <a href="?lang=en">ENG</a></div>
</header>
<nav><button class="menu-toggle">☰</button><ul>
{menu}
</ul></nav>
<div class="wrap">
<main>
<div class="breadcrumbs"><a href="/">{esc(site['menu'][0])}</a> / <a href="/2/">{esc(site['menu'][2])}</a></div>
<article class="news-item">
{art}
</article>
<div class="share">{esc(site['share'])}: <a href="#">Facebook</a> <a href="#">Telegram</a> <a href="#">WhatsApp</a></div>
<section class="related"><h3>{esc(site['read_more'])}</h3><ul>
{more}
</ul></section>
</main>
<aside class="sidebar"><h3>{esc(site['side_title'])}</h3><ul>
{side}
</ul>
<div class="banner-small"><a href="/konkurs/"><img src="/static/img/banner-{chrome}.jpg" alt=""></a></div>
</aside>
</div>
<footer>
<p>© 2012–{year} {esc(site['name'])}. {esc(site['rights'])}</p>
<p>010000, Астана, Дом дружбы · +7 (7172) 00-00-00 · info@example.kz</p>
</footer>
<script src="/static/js/jquery.min.js"></script>
<script>$(function(){{ $('.sidebar li').hover(function(){{ $(this).toggleClass('hl'); }}); }});</script>
</body>
</html>
"""
    else:
        # a 2000s-style table layout
        page = f"""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<HTML>
<HEAD>
{_head(d, title_text, site, chrome)}
</HEAD>
<BODY leftmargin="0" topmargin="0">
<TABLE width="100%" cellpadding="0" cellspacing="0" border="0">
<TR><TD colspan="2" class="top" bgcolor="#003366"><IMG src="/img/top_banner.gif" width="760" height="90" alt="{esc(site['name'])}"><BR>
<FONT color="#FFFFFF" size="4"><B>{esc(site['name'])}</B></FONT> <FONT color="#CCCCCC">{esc(site['tagline'])}</FONT></TD></TR>
<TR><TD width="200" valign="top" class="menu">
<UL class="leftmenu">
{menu}
</UL>
<P><B>{esc(site['side_title'])}</B></P>
<UL>
{side}
</UL>
<FORM action="/cgi-bin/search.pl"><INPUT type="text" name="q" size="15"><INPUT type="submit" value="OK"></FORM>
</TD>
<TD valign="top" style="padding:15px">
<DIV class="news_title">{esc(site['menu'][2])}</DIV>
<DIV id="content">
{art}
</DIV>
<P align="right"><A href="#" onclick="return printPage()">{esc(site['print_'])}</A></P>
<P><B>{esc(site['read_more'])}:</B></P>
<UL>
{more}
</UL>
</TD></TR>
<TR><TD colspan="2" align="center" class="copy"><HR size="1">
&copy; 2003-{year} {esc(site['name'])}. {esc(site['rights'])}<BR>
<A href="/">{esc(site['menu'][0])}</A> | <A href="/contacts/">{esc(site['menu'][-1])}</A></TD></TR>
</TABLE>
<SCRIPT language="JavaScript">document.write('<img src="/stat/c.gif?' + Math.random() + '" width=1 height=1>');</SCRIPT>
</BODY>
</HTML>
"""
    enc = d["enc"]
    data = (page.replace("\n", "\r\n").encode(enc, "xmlcharrefreplace") if enc == "cp1251"
            else page.encode(enc))
    path.write_bytes(data)


# ------------------------------------------------------------------------------------------------
# PDF
# ------------------------------------------------------------------------------------------------

_VOW = set("аеёиоуыэюяәөұүіАЕЁИОУЫЭЮЯӘӨҰҮІaeiouyAEIOUY")
_NO_START = set("ьъйЬЪЙ")


def hyphenate(word: str):
    """Split points of a Russian/Kazakh word, longest left part first (a reportlab hyphenator).

    Simple syllable rules: V|CV, V|V and VC|C, never leaving fewer than three letters on a line
    and never starting a line with ь, ъ or й.
    """
    if len(word) < 7 or not word.isalpha():
        return []
    out = []
    for i in range(len(word) - 3, 2, -1):
        left, right = word[:i], word[i:]
        if right[0] in _NO_START:
            continue
        if not any(c in _VOW for c in left) or not any(c in _VOW for c in right):
            continue
        a, b, c = left[-1], right[0], right[1]
        if a in _VOW and (b in _VOW or c in _VOW):
            out.append((left, right))
        elif a not in _VOW and b not in _VOW and left[-2] in _VOW:
            out.append((left, right))
    return out


HEADER_TEXT = {"ru": "Ассамблея народа Казахстана", "kk": "Қазақстан халқы Ассамблеясы",
               "en": "Assembly of People of Kazakhstan"}
PAGE_WORD = {"ru": "Стр.", "kk": "Бет", "en": "Page"}


def write_pdf(d: dict, path: Path) -> None:
    from reportlab.lib.enums import TA_JUSTIFY, TA_LEFT
    from reportlab.lib.pagesizes import A4, A5
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import (BaseDocTemplate, Frame, FrameBreak, NextPageTemplate,
                                    PageTemplate, Paragraph, Spacer)

    if "DejaVuSans" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("DejaVuSans", str(FONT_DIR / "DejaVuSans.ttf")))
        pdfmetrics.registerFont(TTFont("DejaVuSans-Bold", str(FONT_DIR / "DejaVuSans-Bold.ttf")))
        pdfmetrics.registerFont(TTFont("DejaVuSerif", str(FONT_DIR / "DejaVuSerif.ttf")))

    o = d["opts"]
    layout = o["layout"]
    lang = d["lang"]
    title, body = final_text(d)
    y, m, day = (int(x) for x in d["date"].split("-"))
    # CreationDate = the document date, 12:00 UTC; invariant mode fixes the file ID.
    os.environ["SOURCE_DATE_EPOCH"] = str(calendar.timegm((y, m, day, 12, 0, 0)))

    pagesize = A5 if layout == "a5" else A4
    W, H = pagesize
    margin = 16 * mm if layout == "a5" else 20 * mm
    font = "DejaVuSerif" if layout == "a4" else "DejaVuSans"
    size, leading = {"a5": (11, 15), "2col": (11.5, 15.5), "a4": (12, 17)}[layout]
    hy = hyphenate if o.get("hyphenate") else None
    body_style = ParagraphStyle(
        "body", fontName=font, fontSize=size, leading=leading,
        # justified only where words are hyphenated: wide justified gaps split lines in extractors
        alignment=TA_JUSTIFY if hy else TA_LEFT,
        firstLineIndent=5 * mm, spaceAfter=3, hyphenationLang=hy, embeddedHyphenation=0,
        uriWasteReduce=0)
    title_style = ParagraphStyle(
        "title", fontName="DejaVuSans-Bold", fontSize=size + 4, leading=size + 8,
        alignment=TA_LEFT, spaceAfter=10)

    header = HEADER_TEXT[lang]
    page_word = PAGE_WORD[lang]

    def on_page(canvas, doc):
        canvas.saveState()
        canvas.setFont("DejaVuSans", 8)
        canvas.setFillGray(0.35)
        canvas.drawString(margin, H - 10 * mm, header)
        canvas.drawRightString(W - margin, H - 10 * mm, o.get("rubric", "Пресс-релиз" if lang == "ru" else ""))
        canvas.setStrokeGray(0.6)
        canvas.setLineWidth(0.5)
        canvas.line(margin, H - 11.5 * mm, W - margin, H - 11.5 * mm)
        canvas.line(margin, 12 * mm, W - margin, 12 * mm)
        canvas.drawCentredString(W / 2, 8 * mm, f"{page_word} {doc.page}")
        canvas.restoreState()

    buf = io.BytesIO()
    doc = BaseDocTemplate(
        buf, pagesize=pagesize, leftMargin=margin, rightMargin=margin, topMargin=16 * mm,
        bottomMargin=16 * mm, title=title, author=o["author"],
        subject=o.get("subject", {"ru": "Новости Ассамблеи", "kk": "Ассамблея жаңалықтары",
                                  "en": "News of the Assembly"}[lang]),
        creator="assembly-search bench/make_samples.py", producer="ReportLab",
        invariant=1, lang={"ru": "ru-RU", "kk": "kk-KZ", "en": "en-US"}[lang])
    fx, fy, fw, fh = doc.leftMargin, doc.bottomMargin, doc.width, doc.height
    story = []
    if layout == "2col":
        gap = 7 * mm
        cw = (fw - gap) / 2
        title_h = 32 * mm
        first = PageTemplate("first", frames=[
            Frame(fx, fy + fh - title_h, fw, title_h, id="title"),
            Frame(fx, fy, cw, fh - title_h, id="c1"),
            Frame(fx + cw + gap, fy, cw, fh - title_h, id="c2")], onPage=on_page)
        later = PageTemplate("later", frames=[
            Frame(fx, fy, cw, fh, id="l1"), Frame(fx + cw + gap, fy, cw, fh, id="l2")],
            onPage=on_page)
        doc.addPageTemplates([first, later])
        story += [NextPageTemplate("later"), Paragraph(html.escape(title), title_style), FrameBreak()]
    else:
        doc.addPageTemplates([PageTemplate("one", frames=[Frame(fx, fy, fw, fh, id="f")],
                                           onPage=on_page)])
        story += [Paragraph(html.escape(title), title_style), Spacer(1, 2 * mm)]
    for p in paragraphs(body):
        story.append(Paragraph(html.escape(p, quote=False), body_style))
    doc.build(story)
    path.write_bytes(buf.getvalue())
    del os.environ["SOURCE_DATE_EPOCH"]


# ------------------------------------------------------------------------------------------------
# RTF (as Word 2003 saves it)
# ------------------------------------------------------------------------------------------------

def _rtf_text(text: str) -> str:
    """Text as Word writes it in RTF: windows-1251 bytes as \\'hh, a letter windows-1251 lacks
    (Kazakh қ, ә) as \\uN with «?» for readers that know no Unicode."""
    out = []
    for ch in text:
        if ch in "\\{}":
            out.append("\\" + ch)
        elif ord(ch) < 128:
            out.append(ch)
        else:
            try:
                out.append("".join(f"\\'{b:02x}" for b in ch.encode("cp1251")))
            except UnicodeEncodeError:
                out.append(f"\\u{ord(ch) if ord(ch) < 32768 else ord(ch) - 65536}\\'3f")
    return "".join(out)


def _rtf_row(cells: list[str]) -> str:
    defs = "".join(f"\\clbrdrt\\brdrs\\clbrdrl\\brdrs\\clbrdrb\\brdrs\\clbrdrr\\brdrs\\cellx{3000 * (i + 1)}"
                   for i in range(len(cells)))
    body = "".join(f"\\pard\\plain \\ql\\intbl\\f0\\fs24\\lang1049 {_rtf_text(c)}\\cell " for c in cells)
    return f"\\trowd\\trgaph108\\trleft-108{defs}\n{body}\\pard\\plain \\intbl {{\\trowd\\trgaph108{defs}\\row }}\n"


def write_rtf(d: dict, path: Path) -> None:
    title, body = final_text(d)
    opts = d["opts"]
    year, month, day = (int(x) for x in opts["created"].split("-"))
    paras = [title] + paragraphs(body)
    out = ["{\\rtf1\\ansi\\ansicpg1251\\uc1\\deff0\\deflang1049\\deflangfe1049",
           "{\\fonttbl{\\f0\\froman\\fcharset204\\fprq2{\\*\\panose 02020603050405020304}Times New Roman;}"
           "{\\f1\\froman\\fcharset2\\fprq2 Symbol;}}",
           "{\\colortbl;\\red0\\green0\\blue0;}",
           "{\\stylesheet{\\ql \\f0\\fs24\\lang1049 \\snext0 Normal;}{\\*\\cs10 \\additive Default Paragraph Font;}}",
           f"{{\\info{{\\title {_rtf_text(title.split()[0])}}}{{\\author {_rtf_text(opts['author'])}}}"
           f"{{\\operator {_rtf_text(opts['author'])}}}{{\\creatim\\yr{year}\\mo{month}\\dy{day}\\hr9\\min12}}"
           f"{{\\revtim\\yr{year}\\mo{month}\\dy{day}\\hr17\\min40}}{{\\version2}}{{\\edmins35}}{{\\nofpages1}}}}",
           "\\paperw11906\\paperh16838\\margl1701\\margr850\\margt1134\\margb1134\\sectd\\pgnstarts1",
           "{\\header \\pard\\plain \\qr\\f0\\fs20 {\\field{\\*\\fldinst PAGE}{\\fldrslt 1}}\\par}"]
    marker, note = opts["note"]
    after, rows = opts["table"]
    for i, p in enumerate(paras):
        style = "\\qc\\b" if i == 0 else "\\qj\\fi709"
        text = _rtf_text(p)
        if marker in p:
            at = text.index(_rtf_text(marker)) + len(_rtf_text(marker))
            text = (text[:at] + "{\\cs15\\super \\chftn }{\\footnote \\pard\\plain \\f0\\fs20 "
                    "{\\cs15\\super \\chftn } " + _rtf_text(note) + "}" + text[at:])
        out.append(f"\\pard\\plain {style}\\f0\\fs28\\lang1049 {{{text}}}\\par")
        if i == after:
            out.append("".join(_rtf_row(r) for r in rows) + "\\pard\\plain \\par")
    out.append("}")
    path.write_bytes("\r\n".join(out).encode("ascii"))


# ------------------------------------------------------------------------------------------------
# DOCX (as Word 2016 saves it)
# ------------------------------------------------------------------------------------------------

def write_docx(d: dict, path: Path) -> None:
    """A letterhead line, the title in Word's Title style, the paragraphs; a footnote after the first
    paragraph naming its words, a table after the paragraph it follows, and the break Word recorded
    where it laid a paragraph out on the next page."""
    title, body = final_text(d)
    opts = d["opts"]
    esc = partial(html.escape, quote=False)
    marker, note = opts["note"]
    after, rows = opts["table"]
    noted = False
    out = [ooxml.para(ooxml.run(esc(opts["letterhead"])))]
    for i, p in enumerate([title] + paragraphs(body)):
        if i == 0:
            out.append(ooxml.para(ooxml.run(esc(p)), style="a3"))
        elif not noted and marker in p:
            at = p.index(marker) + len(marker)
            out.append(ooxml.para(ooxml.run(esc(p[:at])), '<w:r><w:footnoteReference w:id="1"/></w:r>',
                                  ooxml.run(esc(p[at:]))))
            noted = True
        else:
            out.append(ooxml.para(ooxml.run(esc(p), new_page=p.startswith(opts["new_page"]))))
        if i == after:
            out.append(ooxml.table(*[[ooxml.cell(ooxml.para(ooxml.run(esc(c)))) for c in row] for row in rows]))
    path.write_bytes(ooxml.docx("".join(out), title=opts["file_title"], footnotes=ooxml.footnote(1, note),
                                created=opts["created"], creator=opts["author"], pages=2))


# ------------------------------------------------------------------------------------------------
# e-mail (as Outlook 2016 saves a message: .eml, its Word attachment base64)
# ------------------------------------------------------------------------------------------------

def _encoded_word(text: str) -> str:
    """A header's words as Outlook encodes them (RFC 2047, windows-1251, base64)."""
    import base64

    return f"=?windows-1251?B?{base64.b64encode(text.encode('cp1251')).decode()}?="


def _mailbox(name: str, address: str) -> str:
    return f"{_encoded_word(name)} <{address}>"


def write_eml(d: dict, path: Path) -> None:
    """The message's text (the body's paragraphs before the attachment's first) as windows-1251
    quoted-printable plain text and its HTML alternative, then the rest of the body as a DOCX attached."""
    import base64
    import quopri

    title, body = final_text(d)
    opts = d["opts"]
    file_name, first = opts["attachment"]
    paras = body.split("\n\n")
    at = next(i for i, p in enumerate(paras) if p.startswith(first))
    text = "\r\n\r\n".join(p.replace("\n", "\r\n") for p in paras[:at]) + "\r\n"
    page = ("<html><head><meta http-equiv=Content-Type content=\"text/html; charset=windows-1251\"></head><body>"
            + "".join(f"<p>{html.escape(p).replace(chr(10), '<br>')}</p>" for p in paras[:at]) + "</body></html>")
    esc = partial(html.escape, quote=False)
    word = ooxml.docx("".join(ooxml.para(ooxml.run(esc(p)), style="a3" if i == 0 else "")
                              for i, p in enumerate(paras[at:])),
                      title=paras[at], created=opts["created"], creator=opts["author"], pages=1)

    def qp(s: str) -> str:
        return quopri.encodestring(s.encode("cp1251")).decode("ascii").replace("\n", "\r\n")

    def b64(data: bytes) -> str:
        return base64.encodebytes(data).decode("ascii").replace("\n", "\r\n")

    mixed, alternative = "----=_NextPart_000_0015_01DAA5F2.6C1B3E40", "----=_NextPart_001_0016_01DAA5F2.6C1B3E40"
    lines = [
        f"From: {_mailbox(*opts['sender'])}", f"To: {_mailbox(*opts['to'])}",
        f"Subject: {opts['subject_prefix']}{_encoded_word(title)}", f"Date: {opts['sent']}",
        "Message-ID: <000f01daa5f2$6c1b3e40$44519ac0$@assembly.kz>", "MIME-Version: 1.0",
        f'Content-Type: multipart/mixed;\r\n\tboundary="{mixed}"', "X-Mailer: Microsoft Outlook 16.0",
        "Thread-Index: AdqlwmwbPkBEUZrAQ1Kf8wA=", "Content-Language: ru", "",
        "This is a multipart message in MIME format.", "", f"--{mixed}",
        f'Content-Type: multipart/alternative;\r\n\tboundary="{alternative}"', "", "", f"--{alternative}",
        'Content-Type: text/plain;\r\n\tcharset="windows-1251"', "Content-Transfer-Encoding: quoted-printable", "",
        qp(text), f"--{alternative}", 'Content-Type: text/html;\r\n\tcharset="windows-1251"',
        "Content-Transfer-Encoding: quoted-printable", "", qp(page), "", f"--{alternative}--", "", f"--{mixed}",
        f'Content-Type: application/vnd.openxmlformats-officedocument.wordprocessingml.document;\r\n\tname="{_encoded_word(file_name)}"',
        "Content-Transfer-Encoding: base64",
        f'Content-Disposition: attachment;\r\n\tfilename="{_encoded_word(file_name)}"', "", b64(word), f"--{mixed}--", ""]
    path.write_bytes("\r\n".join(lines).encode("ascii"))


# ------------------------------------------------------------------------------------------------
# XLSX (as Excel 2016 saves it)
# ------------------------------------------------------------------------------------------------

_DAY = re.compile(r"(\d\d)\.(\d\d)\.(\d{4})")


def _xlsx_value(cell: str):
    """A cell as Excel keeps what was typed into it: a whole number as a number, DD.MM.YYYY as a day."""
    import datetime

    day = _DAY.fullmatch(cell)
    if day:
        return datetime.date(int(day.group(3)), int(day.group(2)), int(day.group(1)))
    return int(cell) if cell.isdigit() else cell or None


def write_xlsx(d: dict, path: Path) -> None:
    """The title in the first sheet's top row over the width of its table (merged), an empty row, then the
    body's rows, each «## name» opening a sheet; a hidden sheet of the secretary's notes after the first."""
    title, body = final_text(d)
    opts = d["opts"]
    sheets: list[dict] = []
    for p in paragraphs(body):
        if p.startswith("## "):
            sheets.append({"name": p[3:], "rows": [[title], []] if not sheets else []})
        else:
            sheets[-1]["rows"].append([_xlsx_value(c.strip()) for c in p.split("|")])
    width = max(len(r) for r in sheets[0]["rows"])
    sheets[0]["merges"] = [f"A1:{ooxml.column_name(width - 1)}1"]
    name, rows = opts["hidden"]
    sheets.insert(1, {"name": name, "rows": rows, "state": "hidden"})
    path.write_bytes(ooxml.xlsx(sheets, title=opts["file_title"], creator=opts["author"], created=opts["created"]))


# ------------------------------------------------------------------------------------------------
# reading back
# ------------------------------------------------------------------------------------------------

def ws(s: str) -> str:
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", s)).strip()


def html_text(raw: str) -> str:
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(raw, "lxml")
    for t in soup(["script", "style"]):
        t.decompose()
    return soup.get_text(" ")


def pdf_pages(path: Path) -> list[str]:
    from pdfminer.high_level import extract_text

    text = extract_text(str(path))
    return [p for p in text.split("\f") if p.strip()]


def pdf_variants(text: str) -> list[str]:
    """Text of a PDF with line-end hyphens joined, both ways (…информа-|ционной, …социально-|экономический)."""
    t = unicodedata.normalize("NFC", text)
    joined = re.sub(r"(\w)-\s*\n\s*(\w)", r"\1\2", t)
    kept = re.sub(r"(\w)-\s*\n\s*(\w)", r"\1-\2", t)
    return [ws(joined), ws(kept)]


def read_back(d: dict, path: Path) -> list[str]:
    """Searchable text variants of a written file."""
    raw = path.read_bytes()
    if d["fmt"] == "pdf":
        return pdf_variants("\n".join(pdf_pages(path)))
    if d["fmt"] in ("rtf", "docx", "xlsx", "eml"):  # read with the archive's own reader: RTF's escapes, Office's XML are no text
        from ingest.parsers import parse_bytes

        return [ws("\n".join(b.text for b in parse_bytes(raw, path.name).blocks))]
    text = raw.decode(GOLD_ENCODING[d["enc"]])
    if text.startswith("\ufeff"):
        text = text[1:]
    if d["fmt"] == "html":
        text = html_text(text)
    return [ws(text)]


# ------------------------------------------------------------------------------------------------
# passages
# ------------------------------------------------------------------------------------------------

_SENT = re.compile(r"(?<=[.!?»\"])\s+(?=[«\"A-ZА-ЯЁӘҒҚҢӨҰҮҺІ])")
_STRIP_L = "«\"(–- "
_STRIP_R = ",;:.«»\"()–- !?"


def candidate_passages(d: dict) -> list[str]:
    _, body = final_text(d)
    sents = []
    for p in paragraphs(body):
        sents += [s for s in _SENT.split(p)]
    cands = []
    for s in sents:
        words = s.split(" ")
        if len(words) < 12:
            continue
        frag = " ".join(words[2:11]).strip(_STRIP_R).lstrip(_STRIP_L)
        if 5 <= len(frag.split()) <= 12 and frag not in cands:
            cands.append(frag)
    # spread: first, middle, last, then the rest in order
    if not cands:
        return []
    order = [0, len(cands) // 2, len(cands) - 1] + list(range(len(cands)))
    seen, out = set(), []
    for i in order:
        if i not in seen:
            seen.add(i)
            out.append(cands[i])
    return out


def choose_passages(d: dict, variants: list[str]) -> list[str]:
    if d.get("passages"):
        return [unicodedata.normalize("NFC", p) for p in d["passages"]]
    chosen = []
    for c in candidate_passages(d):
        if any(ws(c) in v for v in variants):
            chosen.append(c)
        if len(chosen) == 3:
            break
    return chosen


# ------------------------------------------------------------------------------------------------
# gold consistency
# ------------------------------------------------------------------------------------------------

UP = "А-ЯЁӘҒҚҢӨҰҮҺІA-Z"
LO = "а-яёәғқңөұүһіa-z"
NAME_RE = re.compile(rf"(?<![{UP}{LO}])((?:[{UP}]\.\s?){{1,2}})([{UP}][{LO}]+(?:-[{UP}][{LO}]+)?)")
FULL_NAMES = {  # first names written out in full in the texts -> the canonical person
    "Гульнара Сейтказина": "Г. Сейтказина", "Касым-Жомарт Токаев": "К.К. Токаев",
    "Касым-Жомарт Кемелевич Токаев": "К.К. Токаев", "Қасым-Жомарт Тоқаев": "К.К. Токаев",
    "Kassym-Jomart Tokayev": "К.К. Токаев", "Нурсултан Абишевич Назарбаев": "Н.А. Назарбаев",
    "Dana Bekova": "D. Bekova", "Alexander Weber": "A. Weber", "Yerlan Sadykov": "Y. Sadykov",
    "Lena Hoffmann": "L. Hoffmann", "Stefan Novak": "S. Novak", "Aigerim Karimova": "A. Karimova",
    "Гульнара Абдуллаева": "Г. Абдуллаева", "Мадина Рахимова": "М. Рахимова",
}
TITLES = {  # alias -> person it must resolve to
    r"Елбасы": "Н.А. Назарбаев", r"Перв\w+ Президент": "Н.А. Назарбаев",
    r"Мемлекет басшысы": "К.К. Токаев",
}
SURNAME_ALIASES = {"Тоқаев": "Токаев"}
# a list's forms of a name (a spreadsheet's), surname first: «Ковальская Анна Петровна», «Ковальская А.П.» -> «А.П. Ковальская»
LISTED_NAME_RE = re.compile(rf"(?<![{UP}{LO}])([{UP}][{LO}]+) ([{UP}])[{LO}]+ ([{UP}])[{LO}]+(?:вич|вна|чна)(?![{LO}])")
LISTED_INITIALS_RE = re.compile(rf"(?<![{UP}{LO}])([{UP}][{LO}]+) ([{UP}])\.([{UP}])\.")


def _stem(s: str) -> str:
    s = SURNAME_ALIASES.get(s, s)
    return s[: max(2, min(len(s), 5) if len(s) > 5 else len(s) - 1 if len(s) > 3 else len(s))]


def lint(d: dict) -> list[str]:
    problems = []
    title, body = final_text(d)
    text = title + "\n" + body
    persons = d["persons"]
    stems = {}
    for p in persons:
        sur = p.split()[-1].translate(KAZAKH_TO_RU) if d["fmt"] == "txt" and d["enc"] in (
            "cp1251", "koi8-r", "cp866") else p.split()[-1]
        stems[p] = sur
    seen = set()
    for m in NAME_RE.finditer(text):
        sur = SURNAME_ALIASES.get(m.group(2).translate(KAZAKH_TO_RU), m.group(2))
        hit = [p for p, s in stems.items()
               if sur.startswith(s[:5] if len(s) > 5 else s[: max(2, len(s) - 1)])
               or SURNAME_ALIASES.get(m.group(2), m.group(2)).startswith(s[:5])]
        if not hit:
            problems.append(f"name not in gold persons: {m.group(0)!r}")
        seen.update(hit)
    for full, canon in FULL_NAMES.items():
        if full in text:
            if canon not in persons:
                problems.append(f"full name {full!r} -> {canon} missing")
            seen.add(canon)
    listed = [*LISTED_NAME_RE.finditer(text), *LISTED_INITIALS_RE.finditer(text)] if d["fmt"] == "xlsx" else []
    for m in listed:  # a list's rows: in a text «Елбасы Н.А.» is no surname and its initials
        canon = f"{m.group(2)}.{m.group(3)}. {m.group(1)}"
        if canon not in persons:
            problems.append(f"listed name {m.group(0)!r} -> {canon} missing")
        seen.add(canon)
    for pat, canon in TITLES.items():
        if re.search(pat, text):
            if canon not in persons:
                problems.append(f"title {pat!r} -> {canon} missing")
            seen.add(canon)
    if re.search(r"Глав\w+ государства|Президент\w*", text):
        if not ({"К.К. Токаев", "Н.А. Назарбаев"} & set(persons)):
            problems.append("head of state mentioned but not in gold")
        if d["date"] is None and not re.search(r"(Токаев|Назарбаев)", text):
            problems.append("unnamed head of state in an undated text")
    for p in persons:
        if p not in seen:
            problems.append(f"gold person not found in text: {p}")
    if not set(d["speakers"]) <= set(persons):
        problems.append("speaker not in persons")
    if not set(d["topics"]) <= set(TOPICS) or not 1 <= len(d["topics"]) <= 3:
        problems.append(f"bad topics {d['topics']}")
    words = len((title + " " + body).split())
    if not 200 <= words <= 700:
        problems.append(f"{words} words")
    return problems


# ------------------------------------------------------------------------------------------------
# main
# ------------------------------------------------------------------------------------------------

WRITERS = {"txt": write_txt, "html": write_html, "pdf": write_pdf, "rtf": write_rtf, "docx": write_docx, "xlsx": write_xlsx,
           "eml": write_eml}
# files in samples/ made by hand, not from the texts: checked, never written
HAND_MADE = ("gold_mentions.json",)


def gold_record(d: dict, passages: list[str]) -> dict:
    return {
        "path": d["path"],
        "format": d["fmt"],
        "encoding": GOLD_ENCODING[d["enc"]] if d["enc"] else None,  # none for a PDF's or Word's file
        "language": d["lang"],
        "title": final_text(d)[0],
        "date": d["date"],
        "date_source": d["date_source"],
        "speakers": sorted(d["speakers"]),
        "persons": sorted(d["persons"]),
        "topics": d["topics"],
        "passages": passages,
    }


def verify(d: dict, path: Path, gold: dict) -> list[str]:
    problems = []
    variants = read_back(d, path)
    for p in gold["passages"]:
        if not any(ws(p) in v for v in variants):
            problems.append(f"passage not found: {p!r}")
        if p != unicodedata.normalize("NFC", p) or not 5 <= len(p.split()) <= 12:
            problems.append(f"bad passage: {p!r}")
    if not 2 <= len(gold["passages"]) <= 3:
        problems.append(f"{len(gold['passages'])} passages")
    if d["fmt"] != "pdf":
        if ws(gold["title"]) not in variants[0]:
            problems.append("title not in text")
    if d["fmt"] == "pdf":
        pages = pdf_pages(path)
        for i, page in enumerate(pages, 1):
            if HEADER_TEXT[d["lang"]] not in page or f"{PAGE_WORD[d['lang']]} {i}" not in page:
                problems.append(f"page {i}: header/page number missing")
        if d["lang"] == "kk" and not set("әғқңөұүі") <= set(variants[0]):
            problems.append("Kazakh letters lost in the PDF text layer")
        if re.search("[әғқңөұүі]", d["body"]) and not re.search("[әғқңөұүі]", variants[0]):
            problems.append("Kazakh letters lost in the PDF text layer")
        from pdfminer.pdfparser import PDFParser
        from pdfminer.pdfdocument import PDFDocument

        with path.open("rb") as fh:
            info = PDFDocument(PDFParser(fh)).info[0]
        created = info["CreationDate"].decode()
        if not created.startswith("D:" + d["date"].replace("-", "")):
            problems.append(f"CreationDate {created} != {d['date']}")
    if d["fmt"] == "html":
        raw = path.read_bytes()
        decl = d["opts"]["decl"]
        has_charset = b"charset" in raw.lower()
        if (decl == "none") == has_charset:
            problems.append("charset declaration does not match the plan")
    return problems


def check_mentions(path: Path, gold: list[dict]) -> dict[str, list[str]]:
    """The hand-annotated mentions name samples of the texts and, of each, its gold persons."""
    persons = {g["path"]: set(g["persons"]) for g in gold}
    problems: dict[str, list[str]] = {}
    for entry in json.loads(path.read_text(encoding="utf-8")):
        if entry["path"] not in persons:
            problems.setdefault(path.name, []).append(f"{entry['path']}: no such sample")
            continue
        for m in entry["mentions"]:
            if m["canonical"] not in persons[entry["path"]]:
                problems.setdefault(path.name, []).append(f"{entry['path']}: {m['canonical']} is no gold person")
    return problems


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="only verify the existing files")
    args = ap.parse_args(argv)

    paths = [d["path"] for d in DOCS]
    assert len(set(paths)) == len(paths), "duplicate paths"
    problems: dict[str, list[str]] = {}
    gold = []
    for d in DOCS:
        path = SAMPLES / d["path"]
        if not args.check:
            path.parent.mkdir(parents=True, exist_ok=True)
            WRITERS[d["fmt"]](d, path)
        variants = read_back(d, path)
        rec = gold_record(d, choose_passages(d, variants))
        gold.append(rec)
        pr = lint(d) + verify(d, path, rec)
        if pr:
            problems[d["path"]] = pr
    gold.sort(key=lambda r: r["path"])
    gold_path = SAMPLES / "gold.json"
    text = json.dumps(gold, ensure_ascii=False, indent=1) + "\n"
    if args.check:
        if gold_path.read_text(encoding="utf-8") != text:
            problems["gold.json"] = ["differs from what the texts give"]
    else:
        gold_path.write_text(text, encoding="utf-8")
    problems.update(check_mentions(SAMPLES / "gold_mentions.json", gold))
    known = set(paths) | {"gold.json", *HAND_MADE}
    for f in sorted(SAMPLES.rglob("*")):
        if f.is_file() and str(f.relative_to(SAMPLES)) not in known:
            problems.setdefault(str(f.relative_to(SAMPLES)), []).append("stray file (not generated)")
    for k, v in problems.items():
        for p in v:
            print(f"{k}: {p}")
    print(f"{len(DOCS)} documents, {len(problems)} with problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
