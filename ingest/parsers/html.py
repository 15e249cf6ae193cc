"""HTML pages: encoding (BOM, declaration checked against the bytes, detection), main content
without navigation and other boilerplate, title, publication date and dateline."""
from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from datetime import datetime
from email.utils import parsedate_tz
from typing import NamedTuple

from bs4 import BeautifulSoup, Comment, NavigableString, PageElement, Tag

from index.web_archives import is_web_archive

from .base import LIST_PAGE, Block, ParsedDocument, ParseError
from .encoding import bom_encoding, decode_bytes, normalize_codec
from .html_notes import take_linked_notes
from .html_on_demand import HtmlKind
from .html_bold import SET_OFF_TAGS, BoldParagraph, all_bold
from .html_rows import TableRow, data_row
from .html_time import in_comment_block, time_sentence
from .html_title import in_text, is_site_name, same_name, without_site_name
from .html_tree import parse_html
from .json_ld import date_published
from .letter_title import letter_title_for
from .act_title import (act_header_of, as_header_spells, cites_header, is_stamp_title, title_from_heading,
                        title_under_stamp)
from .own_dateline import dateline_paragraphs, own_dateline
from .normalize import (SUPERSCRIPT_DIGITS, clean_text, find_dateline, is_bare_dateline, is_document_type,
                        looks_like_title, names_a_body, normalize_inline, opening_lines, without_datelines,
                        split_lines_kept, without_letterhead)
from .ocr_quality import NOISE_MESSAGE, is_noise
from .placeholder_titles import is_placeholder_title
from .html_references import double_escapes_undone
from .quoted_printable import quoted_printable_bytes
from .image_captions import add_image_captions
from .repeated_captions import drop_repeated_captions
from .text import decode_text, references_repaired
from .tool_pages import FOLDER_LISTING_MESSAGE, MIRROR_INDEX_MESSAGE, is_folder_listing, is_mirror_index
from .verse_lines import is_stanza
from .page_address import page_address
from .web_archive import archive_address, frame_pages, root_page
from .word_html import created_date, drop_word_markup, first_line_title, is_word_page, take_word_notes

_META_CHARSET = re.compile(
    rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_:.\-]+)""", re.IGNORECASE
)
_XML_ENCODING = re.compile(rb"""^\s*<\?xml[^>]+encoding\s*=\s*["']([A-Za-z0-9_.\-]+)""", re.IGNORECASE)

_DROP_TAGS = (
    "script", "style", "noscript", "template", "iframe", "object", "embed", "svg", "canvas",
    "form", "button", "select", "input", "textarea", "nav", "aside", "menu", "dialog", "link", "meta",
    "noframes",  # a frameset's note that the browser cannot show frames; the frames are pages of their own
)
_DROP_NAMES = frozenset(_DROP_TAGS)


def _class_words(words: str) -> re.Pattern:
    """A regex finding any of `words` (a regex alternation) as a word of a class or id.
    Words end at "-", "_" and digits too: ya-share2."""
    return re.compile(rf"(?<![^\s_\d-])({words})(?![^\s_\d-])", re.IGNORECASE)


# A word of a class or id naming page chrome.
_BOILERPLATE = _class_words(
    r"nav|navbar|navigation|menu|menubar|submenu|sidebar|side-bar|aside|footer|"
    r"header|masthead|topbar|top-bar|banner|breadcrumbs?|crumbs|share|sharing|social|cookies?|"
    r"advert\w*|ads?|promo|widget|related|recommended|pagination|pager|comments?|login|signup|"
    r"subscribe|search|skip|toolbar|copyright|tags?|tagcloud|tegter|keywords|read-?also|rating|popup|modal|lang-switch|languages|"
    r"views?|view-?count|counters?|print|rss|modifydate|"  # Joomla's «Последнее обновление ( … )»
    r"addthis\w*|pluso|likely|uptolike|yashare\w*"  # share widgets by their makers' names
)
_CONTENT_HINT = re.compile(
    r"(^|[\s_-])(content|main|article|post|entry|story|text|body|news-detail|news-text|"
    r"article-body|post-body|entry-content|page-content|materials?|document)($|[\s_-])",
    re.IGNORECASE,
)
# Tags that end a paragraph. Every other tag is inline (a, span, b, font, Word's o:p and smart
# tags ...): its text joins its neighbours' as written, without a space of our own, since Word's
# "Save as HTML" splits words across spans (<span>Ассамбле</span><span>я</span>).
_BLOCK_TAGS = frozenset(
    "address article aside blockquote body caption center dd details dialog dir div dl dt fieldset "
    "figcaption figure footer form frameset h1 h2 h3 h4 h5 h6 header hgroup hr html legend li main "
    "menu nav noframes ol optgroup option p pre section summary table tbody td tfoot th thead tr "
    "ul".split()
)
_DATE_META = (
    ("property", "article:published_time"),
    ("name", "article:published_time"),
    ("property", "og:published_time"),
    ("name", "pubdate"),
    ("name", "publishdate"),
    ("name", "publish-date"),
    ("name", "publication_date"),
    ("name", "date"),
    ("name", "dc.date"),
    ("name", "dc.date.issued"),
    ("name", "dc.date.created"),
    ("name", "dcterms.date"),
    ("name", "dcterms.issued"),
    ("name", "dcterms.created"),
    ("itemprop", "datepublished"),
    ("name", "sailthru.date"),
)  # never article:modified_time: a re-saved page would take the year of its last edit


# metadata's key, the <meta> name it is read from: the program that wrote the page as a PDF's producer
# (ocr_quality: FineReader's export of a scan)
_META_FIELDS = tuple((key, re.compile(f"^{name}$", re.I)) for key, name in (
    ("author", "author"), ("description", "description"), ("keywords", "keywords"), ("producer", "generator")))


def declared_charset(data: bytes) -> str | None:
    """The charset an HTML page declares for itself (meta charset, http-equiv, XML prolog)."""
    head = data[:4096]
    m = _XML_ENCODING.search(head) or _META_CHARSET.search(head)
    return m.group(1).decode("ascii", "ignore") if m else None


def iso_date(value: str) -> str | None:
    """``2019-03-14T10:00:00+06:00``, ``2019-03-14``, ``14.03.2019``, ``20190314``, RFC 2822's
    ``Thu, 14 Mar 2019 10:00:00 +0600`` -> ``2019-03-14``."""
    value = value.strip()
    if value[:1].isalpha() or re.match(r"\d{1,2} [A-Za-z]{3} \d{4}", value):
        return _rfc2822_date(value)
    patterns = (
        (r"(\d{4})-(\d{1,2})-(\d{1,2})", (1, 2, 3)),
        (r"(\d{4})/(\d{1,2})/(\d{1,2})", (1, 2, 3)),
        (r"(\d{1,2})\.(\d{1,2})\.(\d{4})", (3, 2, 1)),
        (r"(\d{4})(\d{2})(\d{2})", (1, 2, 3)),
    )
    for pattern, (yi, mi, di) in patterns:
        m = re.match(pattern, value)
        if m:
            try:
                d = datetime(int(m.group(yi)), int(m.group(mi)), int(m.group(di)))
            except ValueError:
                continue
            return d.strftime("%Y-%m-%d")
    return None


# an ISO publication time with its zone: kept whole, so the extraction dates the page by Kazakhstan's
# day (ingest.extract.dates.parse_iso: 20:30 UTC is the next day in Astana) and knows a placeholder
# midnight (2000-01-01T00:00:00Z)
_ISO_MOMENT = re.compile(r"\d{4}-\d\d-\d\d[T ]\d\d:\d\d(?::\d\d(?:[.,]\d+)?)?\s*(?:Z|[+-]\d\d(?::?\d\d)?)", re.I)


def publication_value(value: str) -> str | None:
    """A publication date as the metadata keeps it: an ISO time with its zone whole, else its day
    (iso_date)."""
    value = value.strip()
    day = iso_date(value)
    return value if day and _ISO_MOMENT.fullmatch(value) else day


def _rfc2822_date(value: str) -> str | None:
    """The date as written (the page's own day, not converted to another zone)."""
    parts = parsedate_tz(value)
    if not parts:
        return None
    try:
        return datetime(*parts[:3]).strftime("%Y-%m-%d")
    except ValueError:
        return None


def _attr_text(tag: Tag) -> str:
    parts = [tag.get("id") or ""]
    cls = tag.get("class") or []
    parts.extend(cls if isinstance(cls, list) else [cls])
    role = tag.get("role") or ""
    return " ".join(parts + [role])


# Chrome words that, in a content block's own name, name a part of the content: entry-header
# holds the article's title and date, Drupal's view-content and views-field-body its text.
_CONTENT_PARTS = frozenset(("header", "view", "views"))


def _token_is_boilerplate(token: str) -> bool:
    """Whether one class or id names page chrome. A content prefix does not make a share, tag
    or comment block content (article-share, post-tags, entry-comments)."""
    words = {m.group(1).lower() for m in _BOILERPLATE.finditer(token)}
    if words and _CONTENT_HINT.search(token):
        return bool(words - _CONTENT_PARTS)
    return bool(words)


def _is_boilerplate(tag: Tag) -> bool:
    if tag.name in ("body", "html", "main", "article"):
        return False
    attrs = _attr_text(tag)
    if not attrs.strip():
        return False
    if tag.get("role") in ("navigation", "banner", "contentinfo", "complementary", "search"):
        return True
    tokens = attrs.split()
    chrome = [t for t in tokens if _token_is_boilerplate(t)]
    if not chrome:
        return False
    # named both ways ("text share"): a content name of its own wins, but not over footer,
    # sidebar or navigation
    named_content = any(_CONTENT_HINT.search(t) for t in tokens if t not in chrome)
    return not named_content or bool(re.search(r"(^|\s)(footer|sidebar|nav)", attrs, re.I))


def _text_len(tag: Tag) -> int:
    return len(normalize_inline(tag.get_text(" ")))


def _cached_text_len() -> Callable[[Tag], int]:
    """_text_len computing each tag's length once: content selection asks for the same tags'
    lengths several times, each a walk of the tag's text. Only while the tree does not change.
    Keyed by id: a Tag hashes (and compares) by its whole markup."""
    lengths: dict[int, int] = {}

    def text_len(tag: Tag) -> int:
        n = lengths.get(id(tag))
        if n is None:
            n = lengths[id(tag)] = _text_len(tag)
        return n

    return text_len


def _tags(root: Tag) -> Iterator[Tag]:
    """The tags under ``root`` in document order, as find_all(True) lists them (a plain walk is
    much cheaper than bs4's matching when several kinds of tag are picked from one pass)."""
    return (el for el in root.descendants if isinstance(el, Tag))


def _link_density(tag: Tag, total: int) -> float:
    """Share of the tag's text (``total`` characters, its _text_len) inside links."""
    if not total:
        return 1.0
    linked = sum(len(normalize_inline(a.get_text(" "))) for a in tag.find_all("a"))
    return linked / total


# A site's footer notice (copyright, reprint terms): one long paragraph on every page, which
# outweighed a short article's paragraphs when credited as text.
_SITE_NOTICE = re.compile(
    r"©|\(c\)\s*\d{4}|copyright|all rights reserved|все права защищены|барлық құқықтары? қорғалған|"
    # "при использовании материалов сайта …", not "при использовании бюджетных средств"
    r"при (полном или частичном )?(перепечатке|цитировании|использовании материал)|"
    r"ссылка на (сайт|источник) обязательна",
    re.IGNORECASE,
)


_SCORED = frozenset(("p", "pre", "blockquote", "td", "th", "div"))
_HELD_BLOCKS = frozenset(("p", "div", "table", "ul", "ol"))  # a div or cell holding one credits none of its own


def _holders(tags: list[Tag], names: frozenset[str]) -> set[int]:
    """The ids of the tags, of ``tags`` (a subtree's, in document order), holding a tag of ``names``:
    one walk from the end, each tag telling its parent. A find() in each tag walked every nested
    tag again: thousands of nested divs took minutes."""
    holders: set[int] = set()
    for tag in reversed(tags):
        if tag.name in names or id(tag) in holders:
            holders.add(id(tag.parent))
    return holders


def _densest(body: Tag, text_len: Callable[[Tag], int], heading: Tag | None = None) -> Tag:
    """The element holding most paragraph text (readability's idea, simplified): every <p> (or
    text-bearing div) credits its parent, and half of that to the grandparent. A table cell
    holding its text itself (old layouts: paragraphs split by <br>) credits itself: its row
    holds the other columns, the menu and the sidebar. A site notice credits nothing. The block
    holding the article's ``heading`` wins when it holds half the best one's text."""
    scores: dict[int, float] = {}
    own: dict[int, float] = {}  # the credit of a block's own paragraphs, not its grandchildren's
    tags: dict[int, Tag] = {}
    under = list(_tags(body))
    holders = _holders(under, _HELD_BLOCKS)
    chrome = _in_page_chrome(under)
    for p in under:
        if p.name not in _SCORED or (p.name in ("div", "td", "th") and id(p) in holders) or id(p) in chrome:
            continue
        n = text_len(p)
        if n < 25 or _SITE_NOTICE.search(p.get_text()):
            continue
        credit = n * (1.0 - _link_density(p, n))
        parent = p if p.name in ("td", "th") else p.parent
        for share in (1.0, 0.5):
            if parent is None or not isinstance(parent, Tag):
                break
            scores[id(parent)] = scores.get(id(parent), 0.0) + credit * share
            if share == 1.0:
                own[id(parent)] = own.get(id(parent), 0.0) + credit
            tags[id(parent)] = parent
            parent = parent.parent
    if not scores:
        return body
    best = max(scores.values())
    return _heading_block(heading, own, best) or _not_teasers(tags, scores)


def _in_page_chrome(tags: list[Tag]) -> set[int]:
    """The ids of the tags, of ``tags`` (a subtree's, in document order), in the page's header,
    footer, menu or sidebar: their paragraphs are no article's. A page of a photo and its caption
    was indexed as its footer, whose address line outscored the caption."""
    chrome: set[int] = set()
    for tag in tags:
        if id(tag.parent) in chrome or tag.name == "footer" or (
                _is_boilerplate(tag) and _LAYOUT_CHROME.search(_CONTENT_HEADER.sub("", _attr_text(tag)))):
            chrome.add(id(tag))
    return chrome


def _not_teasers(tags: dict[int, Tag], scores: dict[int, float]) -> Tag:
    """The best-scoring block, unless it is a column of teasers beside an article scoring at least
    a third of it: a headline's link and two lines under it, six times, outweighed the article.
    An article in the rows of a table scores as all its rows: one row each was a tenth of it.
    A news-list page keeps its list: teasers beside it (a sidebar, an item of it, what is left of
    it once its heading is cut) are no article to take in its place."""
    ranked = sorted(scores, key=scores.get, reverse=True)
    best = tags[ranked[0]]
    if not _teasers(best):
        return best
    for key in ranked[1:]:
        el = tags[key]
        if _rows_score(el, scores) < scores[ranked[0]] / 3 or _holds(el, best) or _holds(best, el):
            continue  # too small, or around or in it: not beside it
        # two linked headlines with leads: a sidebar of three less its heading and first link (cut
        # by _cut_trailers as a link list)
        if not _teasers(el) and not _headlines_with_leads(el, at_least=2) and not _in_teasers(el, best):
            return el
    return best


def _holds(outer: Tag, inner: Tag) -> bool:
    """Whether ``inner`` is inside ``outer``. By identity: ``in`` compares tags by their markup,
    walking both subtrees, and two equal tags are not one."""
    return any(parent is outer for parent in inner.parents)


def _in_teasers(el: Tag, best: Tag) -> bool:
    """Whether a block is an item of a list of teasers that does not hold ``best`` (one teaser of
    a sidebar outscored the page's own list, and the climb to its siblings then took the sidebar)."""
    around_best = set(map(id, best.parents))
    for parent in el.parents:
        if parent.name in ("body", "html", "[document]") or id(parent) in around_best:
            return False
        if _teasers(parent):
            return True
    return False


def _rows_score(cell: Tag, scores: dict[int, float]) -> float:
    """A block's score, or if it is the one cell of a table row, the score of all its table's
    one-cell rows (an old layout's article, a paragraph a row)."""
    row = cell.parent
    if cell.name not in ("td", "th") or not isinstance(row, Tag) or row.name != "tr" or _cells(row) != [cell]:
        return scores[id(cell)]
    return sum(scores.get(id(cells[0]), 0.0) for tr in row.parent.find_all("tr", recursive=False)
               if len(cells := _cells(tr)) == 1)


def _cells(row: Tag) -> list[Tag]:
    return row.find_all(["td", "th"], recursive=False)


def _heading_block(heading: Tag | None, own: dict[int, float], best: float) -> Tag | None:
    """The article heading's nearest ancestor whose own paragraphs hold at least half the best
    block's score: a short article lost to a longer block of reader comments beside it (in a
    div of no telling name). Its own: a wrapper scoring half of all its children's text would
    take the whole page. Never the body, for the same reason."""
    if heading is None:
        return None
    for el in heading.parents:
        if el.name in ("body", "html", "[document]"):
            return None
        if own.get(id(el), 0.0) >= 0.5 * best:
            return el
    return None


def _main_content(soup: BeautifulSoup, heading: Tag | None = None) -> Tag:
    body = soup.body or soup
    # candidates in this order (it breaks ties): articles, mains, role=main, then content-hinted
    # blocks; one walk picks all four kinds
    articles: list[Tag] = []
    mains: list[Tag] = []
    roles: list[Tag] = []
    hinted: list[Tag] = []
    for tag in _tags(body):
        if tag.name == "article":
            articles.append(tag)
        elif tag.name == "main":
            mains.append(tag)
        if tag.get("role") == "main":
            roles.append(tag)
        if tag.name in ("div", "section", "td"):
            attrs = _attr_text(tag)
            if _CONTENT_HINT.search(attrs) and not _BOILERPLATE.search(attrs):
                hinted.append(tag)
    candidates = articles + mains + roles + hinted
    text_len = _cached_text_len()
    body_len = text_len(body) or 1
    good = [c for c in candidates
            if text_len(c) >= max(80, 0.2 * body_len) and _link_density(c, text_len(c)) < 0.5]
    if good:
        # the smallest good candidate that still holds most of the best one's text
        best_len = max(text_len(c) for c in good)
        good = [c for c in good if text_len(c) >= 0.7 * best_len]
        main = min(good, key=text_len)
        # an <article> or <main> is the whole article; a block named "content" may be its body only
        whole = any(main is c for c in articles + mains + roles)
        return main if whole else _with_sibling_blocks(main, text_len)
    return _with_sibling_blocks(_densest(body, text_len, heading), text_len)


# What may stand under an article's heading outside the main content and still be the document's: a
# line or two, the act's kind, date and number, a news item's date; more is a block of its own
UNDER_HEADING_CHARS = 400


def _under_heading(heading: Tag | None, main: Tag) -> list[Tag | NavigableString]:
    """The nodes between the article's ``heading`` and the ``main`` content when the heading stands
    apart above it (an adilet copy's <h1> and «Закон Республики Казахстан от 20 октября 2008 года №
    70-IV.» in a <div> of their own, the law's text in the next one): the act's own date and number,
    lost with the heading's block. None past UNDER_HEADING_CHARS, or where page chrome, a link list
    or a site notice stands between them."""
    if heading is None or _holds(main, heading) or _holds(heading, main):
        return []
    nodes: list[Tag | NavigableString] = []
    node = heading
    while isinstance(node, Tag) and node.name not in ("body", "html", "[document]"):
        for sib in node.next_siblings:
            if sib is main or isinstance(sib, Tag) and _holds(sib, main):
                return nodes if _plain_lines(nodes) else []
            nodes.append(sib)
        node = node.parent
    return []  # the heading is below the main content, or beside it in another column


def _plain_lines(nodes: list[Tag | NavigableString]) -> bool:
    """Whether the nodes are a few short lines of plain text (_sibling_kind "text", "short" or "empty")."""
    chars = 0
    for node in nodes:
        if isinstance(node, Tag):
            if _sibling_kind(node, _text_len) not in ("text", "short", "empty"):
                return False
            chars += _text_len(node)
        elif not isinstance(node, Comment):
            chars += len(node.strip())
    return chars <= UNDER_HEADING_CHARS


def _blocks_under_heading(nodes: list[Tag | NavigableString], mail_lines: bool = False) -> list[str]:
    """The paragraphs of _under_heading's nodes, each block its own, loose text as one line."""
    paragraphs: list[str] = []
    for node in nodes:
        if isinstance(node, Tag):
            paragraphs += _blocks_of(node, mail_lines=mail_lines)
        elif not isinstance(node, Comment) and (text := _clean_inline(str(node))):
            paragraphs.append(text)
    return paragraphs


_PARAGRAPH = 80  # characters: a paragraph of text, not a caption, a date or a line of contacts


def _with_sibling_blocks(main: Tag, text_len: Callable[[Tag], int]) -> Tag:
    """The article around ``main`` when its text goes on in blocks beside it: a lead <div> before
    the body, text after a photo, a second <section>, the next rows of a layout table (the densest
    block is one of them, and the rest was lost). Climbs while a block beside it holds text, or
    none does; short links, site notices and named chrome on the way are dropped. A level holding
    a menu, a sidebar or a list of links is the page's layout: there only the next columns of
    plain paragraphs are taken. Never up to the body, which holds the header and the footer."""
    node = main
    while isinstance(node.parent, Tag) and node.parent.name not in ("body", "html", "[document]"):
        kinds = [(el, _sibling_kind(el, text_len)) for el in node.parent.children
                 if el is not node and isinstance(el, Tag)]
        found = {kind for _, kind in kinds}
        layout = "layout" in found
        if layout:
            after = set(map(id, node.next_siblings))
            kinds = [(el, "text" if kind == "text" and id(el) in after and _plain_paragraph(el, text_len) else "drop")
                     for el, kind in kinds]
            if not any(kind == "text" for _, kind in kinds):
                break
        elif "text" not in found and "short" in found:
            break  # only a heading or a caption beside it: nothing of the article's text to gain
        for el, kind in kinds:
            if kind == "drop":
                el.decompose()
        node = node.parent
        if layout:
            break
    return node


# A class or id naming a part of the page's layout beside the content: no article goes on past it.
_LAYOUT_CHROME = _class_words(r"nav|navbar|navigation|menu|menubar|submenu|sidebar|side-bar|aside|header|masthead|"
                              r"topbar|top-bar|banner|footer")


def _sibling_kind(el: Tag, text_len: Callable[[Tag], int]) -> str:
    """What a block beside the article is: "text" (the article's), "short" (a heading, a caption,
    a date), "empty" (a photo, a rule), "layout" (a menu, a sidebar, a list of links or of
    teasers) or "drop" (a short link, a site notice, a share or tags block)."""
    if el.name in ("header", "footer") or el.get("role") in ("navigation", "banner", "contentinfo", "complementary") \
            or (_is_boilerplate(el) and _LAYOUT_CHROME.search(_CONTENT_HEADER.sub("", _attr_text(el)))):
        return "layout"
    n = text_len(el)
    if not n:
        return "empty"
    if _is_boilerplate(el) or _SITE_NOTICE.search(el.get_text()):
        return "drop"
    linked = _link_density(el, n)
    if n < 25:
        return "short" if linked < 0.5 else "drop"
    return "text" if linked < 0.25 and not _teasers(el) else "layout"


_ITEMS = frozenset(("p", "li", "div", "td", "dd"))  # a teaser list's items: the innermost of these


def _teasers(el: Tag) -> bool:
    """Whether a block is a list of teasers: three items or more, most of them holding a link
    (a headline linked to its page, a line of text under it), or linked headlines each with a
    lead of its own under it."""
    tags = list(_tags(el))
    holders = _holders(tags, _ITEMS)
    items = [p for p in tags if p.name in _ITEMS and id(p) not in holders and p.get_text(strip=True)]
    linked = sum(1 for p in items if p.find("a") is not None)
    return (len(items) >= 3 and linked >= 2 / 3 * len(items)) or _headlines_with_leads(el)


def _headlines_with_leads(el: Tag, at_least: int = 3) -> bool:
    """Whether a block is mostly linked headlines (``at_least`` of them), each a line of its own
    with a lead under it («Читайте также», a news column): the leads hold no link, so counted as
    items they outnumber the headlines, and their text outweighs the links. An article's text
    before the first headline (a list of links ending it) makes it no list."""
    lines = _lines(el)
    headline = [_is_headline(chars, linked) for chars, linked in lines]
    if True not in headline:
        return False
    first = headline.index(True)
    with_lead = sum(1 for i in range(first, len(lines) - 1) if headline[i] and not headline[i + 1])
    before = sum(chars for chars, _ in lines[:first])
    return with_lead >= at_least and before < sum(chars for chars, _ in lines) / 3


def _is_headline(chars: int, linked: int) -> bool:
    """Whether a line (as _lines counts it) is a linked headline: short, and (almost) all link."""
    return chars <= 250 and linked >= 0.8 * chars


def _lines(el: Tag, texts: list[str] | None = None) -> list[tuple[int, int]]:
    """The lines of a block's text in document order (block tags and <br> end one), each as
    (characters, characters inside links); `texts`, when given, gets each line's text. A walk with
    a stack of its own, as _blocks_of's."""
    lines: list[tuple[int, int]] = []
    line = [0, 0]
    words: list[str] = []

    def end_line() -> None:
        if line[0]:
            lines.append((line[0], line[1]))
            if texts is not None:
                texts.append(" ".join(words))
        line[:] = [0, 0]
        words.clear()

    stack = [(iter(el.children), False, False)]  # each open tag: children to read, in a link, ends a line
    while stack:
        children, in_link, block = stack[-1]
        child = next(children, None)
        if child is None:
            stack.pop()
            if block:
                end_line()
        elif isinstance(child, NavigableString):
            if not isinstance(child, Comment):
                n = len(child.strip())
                line[0] += n
                line[1] += n if in_link else 0
                if n and texts is not None:
                    words.append(child.strip())
        elif isinstance(child, Tag):
            block = child.name in _BLOCK_TAGS or child.name == "br"
            if block:
                end_line()
            stack.append((iter(child.children), in_link or child.name == "a", block))
    end_line()
    return lines


def _plain_paragraph(el: Tag, text_len: Callable[[Tag], int]) -> bool:
    """Whether a block holds a paragraph's worth of text with (almost) no links in it."""
    n = text_len(el)
    return n >= _PARAGRAPH and _link_density(el, n) < 0.1


_HEADING_NAMES = ("h1", "h2", "h3", "h4", "h5", "h6")
_HEADINGS = frozenset(_HEADING_NAMES)


def _blocks_of(root: Tag, keep_bare_links: bool = False, mail_lines: bool = False) -> list[str]:
    """Paragraph texts of an element: block-level tags and <br><br> end paragraphs; inline tags
    join their text as written; scripts, styles and the other _DROP_TAGS are no text (a heading
    is read before they are dropped). A paragraph that is only a short link ("Все новости",
    "Версия для печати", "Назад") is navigation, not text, unless it is a heading. A walk with a
    stack of its own, not recursion: an old page's unclosed <font> tags nest a thousand deep.
    ``mail_lines``: the page is an e-mail's body, whose single <br>s are the lines its writer typed
    (_mail_lines)."""
    paragraphs: list[str] = []
    buf: list[str] = []
    breaks: list[int] = []  # where buf holds the marker of a single <br>
    linked: list[str] = []  # the open paragraph's text inside links
    links: list[str] = []  # the text of each link of the open paragraph
    bolded: list[str] = []  # the open paragraph's text inside <b>, <strong>, <em> or <i>

    def strip_breaks() -> None:
        """A single <br> left inside the paragraph is a line break: a space, unless the paragraph's
        lines are a stanza (flush)."""
        for i in breaks:
            buf[i] = _LINE_BREAK
        breaks.clear()

    def flush(heading: bool = False) -> None:
        strip_breaks()
        if mail_lines and _LINE_BREAK in "".join(buf) and not heading:
            paragraphs.extend(_mail_lines("".join(buf)))
            buf.clear()
            linked.clear()
            links.clear()
            bolded.clear()
            return
        text = _without_counter(_without_read_more(_lines_or_prose("".join(buf)), links))
        link_text = "".join(linked)
        # a paragraph all in bold or italics, no heading: an interview's question as a news site sets it off
        bold = not heading and all_bold(text, _clean_inline("".join(bolded)))
        tags = not heading and _is_tag_line(text, links)
        buf.clear()
        linked.clear()
        links.clear()
        bolded.clear()
        if not text or not any(ch.isalnum() for ch in text) or tags:
            return
        if keep_bare_links or heading or not _is_bare_link(text, link_text):
            paragraphs.append(BoldParagraph(text) if bold else text)

    # each open tag: its children still to read, whether it is inside a link, whether it is a block,
    # a heading, whether it is inside bold or italic type
    stack = [(iter(root.children), False, False, False, False)]
    while stack:
        children, in_link, block, heading, in_bold = stack[-1]
        child = next(children, None)
        if child is None:  # the tag's end
            stack.pop()
            strip_breaks()
            if block:
                flush(heading)
        elif isinstance(child, Comment):
            continue
        elif isinstance(child, NavigableString):
            buf.append(str(child))
            if in_link:
                linked.append(str(child))
            if in_bold:
                bolded.append(str(child))
        elif isinstance(child, Tag):
            if child.name == "br":
                # a single <br> is a line break inside a paragraph; two end it
                if breaks and breaks[-1] == len(buf) - 1:
                    buf.pop()
                    breaks.pop()
                    flush()
                else:
                    breaks.append(len(buf))
                    buf.append(_BREAK)
            elif child.name in _DROP_NAMES:
                continue
            elif child.name == "sup" and _NOTE_NUMBER.fullmatch(child.get_text()):
                # a footnote mark: superscript digits, which clean_text takes off the word they sit on
                buf.append(child.get_text().strip().translate(SUPERSCRIPT_DIGITS))
            elif child.name == "tr" and (row := data_row(child, _blocks_of)) is not None:
                flush()
                paragraphs.append(row)
            elif child.name in _BLOCK_TAGS:
                flush()
                stack.append((iter(child.children), in_link, True, child.name in _HEADINGS, in_bold))
            else:
                if child.name == "a":
                    links.append(child.get_text())
                stack.append((iter(child.children), in_link or child.name == "a", False, False,
                              in_bold or child.name in SET_OFF_TAGS))
    flush()
    return paragraphs


_LINE_BREAK = "\x00line"  # a single <br> left in a paragraph: a line break of verse, or a space


# A soft hyphen ending a line (before a <br> or the source's own line break): the word split for the line,
# as FineReader exports a page with its line breaks kept («сес&shy;<BR>сии»); made a space, it cut the word
_SOFT_HYPHEN_SPLIT = re.compile("\u00ad(?:\\s|" + _LINE_BREAK + ")*(?=[^\\W\\d_])")


def _soft_hyphens_joined(text: str) -> str:
    """`text` with each word a soft hyphen splits at a line end whole again."""
    return _SOFT_HYPHEN_SPLIT.sub("", text) if "\u00ad" in text else text


def _lines_or_prose(text: str) -> str:
    """A paragraph's text, its single <br>s (_LINE_BREAK) kept as line breaks when its lines are a
    stanza (verse_lines.is_stanza: verse sites set every line so), else made spaces as a wrapped
    line's end is; a word a soft hyphen splits at a line end joined."""
    text = _soft_hyphens_joined(text)
    if _LINE_BREAK in text:
        lines = [line for line in map(_clean_inline, text.split(_LINE_BREAK)) if line]
        if len(lines) >= 2 and is_stanza(lines):
            return "\n".join(lines)
        text = text.replace(_LINE_BREAK, " ")
    return _clean_inline(text)


def _mail_lines(text: str) -> list[str]:
    """An e-mail paragraph's <br> lines read as a plain-text mail's lines are (split_lines_kept): a
    signature's «Пак Марина<br>Корейский культурный центр» stays two lines, so the name takes no word of
    the organisation under it, while lines a program wrapped in a sentence are joined."""
    lines = [_clean_inline(line) for line in _soft_hyphens_joined(text).split(_LINE_BREAK)]
    return [p for p in split_lines_kept("\n".join(lines))[0] if any(ch.isalnum() for ch in p)]


_NOTE_NUMBER = re.compile(r"\s*\d{1,3}\s*")  # <sup>12</sup>: a footnote's number (or a unit's power, м<sup>2</sup>)
_BREAK = "\x00br"  # a single <br> in _blocks_of's buffer: a space, unless a second one follows


# A news list's link to the whole item, and a view counter: «Читать далее», «Подробнее »», «Просмотров: 1532»
_READ_MORE = re.compile(r"(?:читать (?:далее|полностью)|подробнее|далее|толығырақ|read more|more)\s*(?:»|>>|→|\.\.\.|…)?",
                        re.IGNORECASE)
_COUNTER = r"(?:просмотр(?:ов|ы|ено)|прочитано|показов|қаралды|views|hits)\s*:?\s*\d[\d\s]*"
_COUNTER_AT_END = re.compile(r"(?:^|\s*[|•·,;/]\s*)" + _COUNTER + r"$", re.IGNORECASE)


def _without_read_more(text: str, links: list[str]) -> str:
    """A paragraph without the «Читать далее» link it ends with."""
    last = _clean_inline(links[-1]) if links else ""
    if last and text.endswith(last) and _READ_MORE.fullmatch(last):
        return text[:-len(last)].rstrip()
    return text


def _without_counter(text: str) -> str:
    """A paragraph without the view counter it ends with: «14.02.2018 | Просмотров: 1532»."""
    if not text.rstrip()[-1:].isdigit():
        return text  # no count at its end: the pattern, tried at every space, is spared
    return _COUNTER_AT_END.sub("", text)


_NOTICE_CHARS = 200  # a site's copyright line, not a paragraph of the article that speaks of copyright


def _without_site_notice(paragraphs: list[str]) -> list[str]:
    """The paragraphs without the site's notice ending them («© Ассамблея народа Казахстана, 2003.
    Все права защищены.»), left when the footer has no telling class: an old framed site's main
    page, whose body is its content. A page of nothing else keeps it."""
    end = len(paragraphs)
    while end > 1 and len(paragraphs[end - 1]) <= _NOTICE_CHARS and _SITE_NOTICE.search(paragraphs[end - 1]):
        end -= 1
    return paragraphs[:end]


# the label of a line of tags: «Метки: АНК, молодёжь», «Тегтер: жастар, экология»
_TAG_LABEL = re.compile(r"(теги|тэги|метки|тегтер|кілт сөздер|ключевые слова|tags|keywords)\s*:\s*", re.IGNORECASE)


def _is_tag_line(text: str, links: list[str]) -> bool:
    """Whether a paragraph is a tag label and links only (commas between them): tags, not text. A
    «Ключевые слова:» line of a paper, with no links, is its text."""
    m = _TAG_LABEL.match(text)
    if m is None or not links:
        return False
    return sum(map(str.isalnum, text[m.end():])) <= sum(map(str.isalnum, "".join(links)))


def _is_bare_link(text: str, link_text: str) -> bool:
    """A paragraph of at most three words, all of them one link's text."""
    return bool(link_text) and len(text.split()) <= 3 and _clean_inline(link_text) == text


def _clean_inline(text: str) -> str:
    """Text leaving the parser, normalised as every format's is: the page was cleaned before
    parsing, but entities (&shy;, &#8203;, a combining &#774;) only become characters in the
    tree. Newlines go first: clean_text keeps a soft hyphen before one."""
    return normalize_inline(clean_text(text.replace("\n", " ")).replace("\n", " "))


def _inline_text(tag: Tag) -> str:
    """A heading's text on one line, joined as its paragraphs are."""
    return " ".join(_blocks_of(tag, keep_bare_links=True)).replace("\n", " ")


class _Survey(NamedTuple):
    """What one walk of the parsed page finds, each in document order (as find_all lists them)."""
    by_name: dict[str, list[Tag]]  # every tag, by name
    drop: list[Tag]  # tags of _DROP_TAGS
    comments: list[Comment]  # non-empty comments (find_all(string=...) skips empty strings)

    def first(self, name: str) -> Tag | None:
        return next(iter(self.by_name.get(name, ())), None)


def _survey(soup: BeautifulSoup) -> _Survey:
    """One walk instead of a find per metadata field, one for the tags to drop and one for the
    comments: each of those walks the whole tree."""
    found = _Survey({}, [], [])
    for el in soup.descendants:
        if isinstance(el, Tag):
            found.by_name.setdefault(el.name, []).append(el)
            if el.name in _DROP_NAMES:
                found.drop.append(el)
        elif isinstance(el, Comment) and el:
            found.comments.append(el)
    return found


def _first_meta(metas: list[Tag], attr: str, match: Callable[[str], object]) -> Tag | None:
    """The first <meta> whose ``attr`` is present and matches, as soup.find("meta", attrs=...)."""
    return next((m for m in metas if m.get(attr) is not None and match(m.get(attr))), None)


_LOGO_WORDS = r"logo|brand|site-?name|site-?title"
_LOGO = _class_words(_LOGO_WORDS)
# Where a site puts its name: the page header, navigation, a logo. Not every boilerplate word:
# Drupal's "views-field-title" holds the article's own heading.
_SITE_CHROME = _class_words(r"header|masthead|top-?bar|banner|nav|navbar|navigation|menu|" + _LOGO_WORDS)
# ... but a page's or an article's own header is not (Bootstrap's page-header, entry-header)
_CONTENT_HEADER = re.compile(r"\b(page|entry|article|post|news|content|node)[-_]?header\b", re.IGNORECASE)
_SITE_ROOT = re.compile(r"^(https?://[^/]+)?/?([a-z]{2}/?)?(index\.\w+)?$", re.IGNORECASE)


def _is_site_heading(heading: Tag) -> bool:
    """A heading that is the site's name on every page: in the page header or navigation, in a
    logo, or only a link to the home page."""
    if any(_LOGO.search(_attr_text(t)) for t in (heading, *_tags(heading))):
        return True
    links = [a for a in _tags(heading) if a.name == "a"]
    if len(links) == 1 and _SITE_ROOT.match(links[0].get("href") or "#") \
            and _text_len(links[0]) == _text_len(heading):
        return True
    chrome = False
    for el in heading.parents:
        if el.name in ("article", "main"):
            return False  # an article's own header
        if el.name in ("header", "nav", "aside", "footer", "menu") or _SITE_CHROME.search(
                _CONTENT_HEADER.sub("", _attr_text(el))):
            chrome = True
    return chrome


# A script or style written inside <title>: the title's text is not markup, so browsers show it
# as written, but it is a page's code (a year by document.write), never its name
_TITLE_CODE = re.compile(r"<(script|style|noscript)\b[^>]*>.*?(?:</\1\s*>|$)", re.IGNORECASE | re.DOTALL)


def _window_title(found: _Survey) -> str:
    title_tag = found.first("title")  # soup.title
    return _clean_inline(_TITLE_CODE.sub(" ", title_tag.get_text(" "))) if title_tag and title_tag.string else ""


def _article_heading(found: _Survey, window_title: str) -> Tag | None:
    """The article's own heading: the first <h1> that is not the site's name; else an <h2> or
    <h3> that the window title holds ("Article – Site name")."""
    for h1 in found.by_name.get("h1", ()):
        if _text_len(h1) and not _is_site_heading(h1):
            return h1
    for name in ("h2", "h3"):
        for heading in found.by_name.get(name, ()):
            text = _inline_text(heading)
            if len(text.split()) >= 2 and text in window_title and not _is_site_heading(heading):
                return heading
    return None


def _meta_content(found: _Survey, prop: str) -> str:
    meta = _first_meta(found.by_name.get("meta", []), "property", lambda v: v == prop)
    return _clean_inline(meta.get("content") or "") if meta else ""


def _og_title(found: _Survey, heading: Tag | None, window_title: str) -> str | None:
    """og:title, unless it is the site's name (og:site_name, a template's default for every page)
    or the article's heading, which the window title holds too, says otherwise."""
    og = _meta_content(found, "og:title")
    if not og or is_placeholder_title(og) or same_name(og, _meta_content(found, "og:site_name")):
        return None
    text = _inline_text(heading) if heading is not None else ""
    if text and not same_name(og, text) and in_text(text, window_title):
        return None
    return og


def _site_names(found: _Survey) -> list[str]:
    """What the page says the site is called: og:site_name, a heading in its header or logo."""
    names = [_meta_content(found, "og:site_name")]
    names += [_inline_text(h) for name in _HEADING_NAMES for h in found.by_name.get(name, ()) if _is_site_heading(h)]
    return names


# A class naming a headline on an old site: «zag» (заголовок), «title», «headline»
_HEADLINE_CLASS = _class_words(r"zag\w*|title|headline|head")
_HEADLINE_TAGS = frozenset(("b", "strong", "font", *_HEADING_NAMES))


def _headline(main: Tag, paragraphs: list[str]) -> str | None:
    """The headline at the top of the content: the first paragraph, or its start, set apart as a
    heading (h1-h6, bold, a <font>, a class «zag» or «title») and reading as one; not a link. A
    date alone above it (an old layout's date row, «12.04.2004») is no part of it: the headline
    is the paragraph after it."""
    captions = _leading_captions(main, paragraphs)
    first_paragraph = paragraphs[captions]
    dated = len(paragraphs) > captions + 1 and is_bare_dateline(first_paragraph)
    if dated:
        first_paragraph = paragraphs[captions + 1]
    first = _first_string(main, "".join(paragraphs[:captions + dated]))
    if first is None:
        return None
    found = None
    for el in first.parents:
        if el is main:
            break
        if el.name == "a":
            return None  # a news list's first item, linked to its page
        if el.name in _HEADLINE_TAGS or (el.name in ("p", "div", "td", "span") and _HEADLINE_CLASS.search(_attr_text(el))):
            if found is not None and _text_len(el) > len(first_paragraph):
                break  # an old page's <font> around the whole content: the headline is the one inside it
            found = el
    text = _inline_text(found) if found is not None else ""
    if names_a_body(text) and len(first_paragraph) > len(text):
        # a letterhead in bold, the heading after its <br>: «<b>Ассамблея народа Казахстана</b><br>Отчёт о …»
        text = first_paragraph[len(text):].strip() if first_paragraph.startswith(text) else ""
        return text if looks_like_title(text) and not text[:1].islower() and not is_bare_dateline(text) else None
    if (len(text.split()) >= 2 and first_paragraph.startswith(text) and looks_like_title(text)
            and not text.endswith(("!", "?")) and not is_bare_dateline(text)):
        return text
    return None


_CAPTION_CLASS = _class_words(r"caption|photo-caption|wp-caption-text|photo-credit|credits?")


def _leading_captions(main: Tag, paragraphs: list[str], most: int = 3) -> int:
    """How many paragraphs at the top of the content are a photo's caption or credit (a figcaption,
    a figure's text: «Фото: Айдос Ерболов» above the headline), never all of them."""
    count = 0
    while count < min(most, len(paragraphs) - 1):
        s = _first_string(main, "".join(paragraphs[:count]))
        if s is None or not _in_caption(s, main):
            break
        count += 1
    return count


def _in_caption(string: NavigableString, main: Tag) -> bool:
    """Whether a string of ``main`` is in a figure, its figcaption or a block classed a caption."""
    for el in string.parents:
        if el is main:
            return False
        if el.name in ("figcaption", "figure") or _CAPTION_CLASS.search(_attr_text(el)):
            return True
    return False


def _first_string(main: Tag, skipped: str) -> NavigableString | None:
    """The first string of ``main``'s text after the text of ``skipped`` (its opening paragraph, or
    nothing): counted in characters but spaces, which the paragraph's text and its strings share."""
    left = len(skipped) - skipped.count(" ")
    for s in main.strings:
        if isinstance(s, Comment) or not s.strip():
            continue
        if left <= 0:
            return s
        left -= _visible_chars(s)
    return None


def _page_title(named: tuple[str | None, str, list[str]], window_title: str, main: Tag, paragraphs: list[str],
                logos: list[str] = ()) -> str | None:
    """og:title (see _og_title); else the article's heading; else the window title without the
    site's name, unless it is no more than the site's name (the text does not hold it, or it is
    a name the page gives its site: see is_site_name; the headline at the top of the content
    names the page) or an editor's placeholder («Untitled Document», «Новый документ»).
    ``named``: og:title, the heading's text and the site's names, read before the page's chrome
    was dropped; ``logos``: the alt text of the site's logo (_logo_names)."""
    og, heading, site_names = named
    if og or heading:
        return og or heading
    text = "\n".join(paragraphs)
    title = without_site_name(window_title, site_names, text) if window_title else ""
    names = [*site_names, *logos]
    if title and in_text(title, text) and is_site_name(title, names, paragraphs[0]):
        title = _headline_under_site_name(main, paragraphs, [*names, title]) or title
    elif not title or not in_text(title, text):
        title = _headline(main, paragraphs) or title
    return title if title and not is_placeholder_title(title) else None


def _headline_under_site_name(main: Tag, paragraphs: list[str], names: list[str]) -> str | None:
    """The headline of a page whose window title is the site's name: the one at the top of the
    content (_headline), or, under a letterhead with the site's name (a print version), the first
    heading that is not that name."""
    found = _headline(main, paragraphs)
    if found and not any(same_name(found, n) for n in names):
        return found
    for tag in main.find_all(_HEADING_NAMES, limit=3):
        text = _inline_text(tag)
        if len(text.split()) >= 2 and looks_like_title(text) and not any(same_name(text, n) for n in names):
            return text
    return None


# An image file or class naming a site's logo or banner: logo.gif, top.jpg, header_bg.png, shapka.jpg
_LOGO_IMAGE = re.compile(r"logo|top|head|banner|shapka|emblem|gerb", re.IGNORECASE)


def _logo_names(found: _Survey, main: Tag) -> list[str]:
    """The alt text of the site's logo or banner: an image above the content's text (outside it, or
    in an old layout table's first row) that is the page's first or is named so (an old site's
    header is often only that image)."""
    names = []
    for i, img in enumerate(found.by_name.get("img", ())):
        attrs = img.attrs or {}  # none left on an image dropped with its <noscript>
        alt = _clean_inline(str(attrs.get("alt") or ""))
        if len(alt.split()) < 2 or (_holds(main, img) and not _before_text(main, img)):
            continue
        if i == 0 or _LOGO_IMAGE.search(f"{attrs.get('src') or ''} {_attr_text(img)}"):
            names.append(alt)
    return names


def _before_text(root: Tag, tag: Tag) -> bool:
    """Whether ``tag`` comes before any text of ``root`` (it is inside it)."""
    for el in root.descendants:
        if el is tag:
            return True
        if isinstance(el, NavigableString) and not isinstance(el, Comment) and el.strip():
            return False
    return False


def _published(found: _Survey) -> tuple[str | None, str | None]:
    """The page's publication day: its meta tags (_DATE_META), its JSON-LD datePublished, a <time>
    marked as the publication's, else an unmarked one (_one_time_day); with the sentence of the text
    holding that unmarked <time> when it is no header's (None otherwise)."""
    metas = found.by_name.get("meta", [])
    for attr, key in _DATE_META:
        for m in metas:
            if (m.get(attr) or "").strip().lower() == key and m.get("content"):
                d = publication_value(m["content"])
                if d:
                    return d, None
    scripts = [s.get_text() for s in found.by_name.get("script", [])
               if (s.get("type") or "").strip().lower() == "application/ld+json"]
    published = date_published(scripts) if scripts else None
    d = publication_value(published) if published else None
    if d:
        return d, None
    for t in found.by_name.get("time", []):
        if t.get("datetime") and (t.has_attr("pubdate") or "publish" in _attr_text(t).lower()
                                  or t.get("itemprop", "").lower() == "datepublished"):
            d = publication_value(t["datetime"])
            if d:
                return d, None
    return _one_time_day(found)


# where a <time> is the page's chrome or another item's, never the article's publication
_NOT_THE_ARTICLE = ("aside", "nav", "footer")


def _one_time_day(found: _Survey) -> tuple[str | None, str | None]:
    """The day of an unmarked HTML5 <time datetime>, as many CMSs mark the publication: those in the
    article's header when they give one day, else the page's when all of them give one day. A page
    whose <time> tags give several days (related news) says no publication day this way, and a
    reader comment's <time> is left out. Outside the header, the sentence holding the <time> comes
    with the day: «Форум пройдет <time>20 декабря</time>» announces a day, it dates nothing."""
    times = [t for t in found.by_name.get("time", []) if t.get("datetime")]
    in_header = [t for t in times if t.find_parent("header") and t.find_parent("article")]
    if in_header:
        days = {iso_date(t["datetime"]) for t in in_header} - {None}  # «10:00» alone is no day
        if len(days) == 1 and not any(t.find_parent(_NOT_THE_ARTICLE) for t in in_header):
            return _first_moment(in_header), None
    times = [t for t in times if not in_comment_block(t)]
    days = {iso_date(t["datetime"]) for t in times} - {None}
    if len(days) == 1 and not any(t.find_parent(_NOT_THE_ARTICLE) for t in times):
        sentences = [time_sentence(t) for t in times if iso_date(t["datetime"])]
        return _first_moment(times), "\n".join(sentences)
    return None, None


def _first_moment(times: list[Tag]) -> str | None:
    """The publication value of the first <time> giving a day: with its zone when it has one."""
    return next((v for t in times if iso_date(t["datetime"]) and (v := publication_value(t["datetime"]))), None)


def _drop_boilerplate(main: Tag) -> None:
    """Decompose the page chrome left inside the main content: headers and footers outside an
    article, and blocks whose class, id or role say navigation, sharing, ads and the like."""
    # Tags going with a decomposed ancestor are skipped. Tracked here: Tag.decomposed looks up a
    # missing attribute, which on a live tag is a find() over its whole subtree.
    gone: set[int] = set()
    for tag in main.find_all(True):
        if id(tag) in gone:
            continue
        if (tag.name == "footer" or (tag.name == "header" and tag.find_parent(["article", "main"]) is None)
                or _is_boilerplate(tag)):
            gone.update(map(id, _tags(tag)))
            tag.decompose()


# The headings of what follows an article on a news page: reader comments, and lists of links to
# other pages. Only a whole heading, with a count or a colon at most: "Комментарии к статье 5",
# an expert's "Комментарий" or a sentence about comments is text.
_COMMENTS_HEADING = r"комментарии|\d+\s+комментари(й|я|ев)|отзывы|пікірлер|comments?"
_LINKS_HEADING = (
    r"читайте также|смотрите также|читать также|последние новости|другие новости|ещ[её] новости|"
    r"похожие (материалы|новости|статьи|публикации|записи)|(новости|материалы|статьи) по теме|"
    r"популярное|популярные (новости|материалы)|самое читаемое|соңғы жаңалықтар|"
    r"ұқсас (жаңалықтар|материалдар)|сондай-ақ оқыңыз|тағы оқыңыз|көп оқылған|"
    r"related( articles| news| posts| stories)?|read also|see also|latest news|more news|most read"
)
_TRAILER_HEADING = re.compile(
    rf"^(?:(?P<comments>{_COMMENTS_HEADING})|(?P<links>{_LINKS_HEADING}))"
    r"\s*:?\s*([(\[]\s*\d+\s*[)\]]|\d+)?\s*:?$",
    re.IGNORECASE,
)
_HEADING_LIKE = frozenset(("h1", "h2", "h3", "h4", "h5", "h6", "b", "strong"))


def _cut_trailers(root: Tag, heading: Tag | None) -> None:
    """Cut the sections that reader comments and link lists open with a heading of their own
    (an h1-h6, or a bold line) when their blocks have no telling class: a longer block of
    comments took a short article's place as the main content. Only after the article's
    ``heading``: before it they are no trailer of it."""
    after_heading = heading is None
    gone: set[int] = set()  # tags cut with a section (Tag.decomposed would be a find() in each)
    for tag in [t for t in _tags(root) if t.name in _HEADING_LIKE]:
        if tag is heading:
            after_heading = True
            continue
        if not after_heading or id(tag) in gone:
            continue
        text = _short_text(tag, 500)
        m = _TRAILER_HEADING.match(_clean_inline(text)) if text is not None else None
        start = _heading_line(tag, root) if m else None
        if start is None:
            continue
        section = [start, *(_comments_rest(start) if m.group("comments") else _links_rest(start))]
        # a page that is only a list of news keeps it: cut, it would fail as empty
        if sum(map(_visible_chars, section)) < _visible_chars(root):
            for node in section:
                if isinstance(node, Tag):
                    gone.update(map(id, (node, *_tags(node))))
                    node.decompose()
                else:
                    node.extract()


def _short_text(tag: Tag, limit: int) -> str | None:
    """The tag's text as get_text(" ") reads it, or None past ``limit`` characters (spaces at the
    ends of its strings aside): a heading is short, and a bold tag left open holds the rest of
    the page."""
    parts = []
    chars = 0
    for string in tag.strings:
        chars += len(string.strip())
        if chars > limit:
            return None
        parts.append(string)
    return " ".join(parts)


def _visible_chars(node: PageElement) -> int:
    """Characters of a tag's or a string's text but spaces (which parts and a whole add alike)."""
    text = node.get_text() if isinstance(node, Tag) else str(node)
    return len(text) - sum(map(str.isspace, text))


def _heading_line(tag: Tag, root: Tag) -> Tag | None:
    """The outermost element holding only the heading's text (its wrapper div, the <p> of a bold
    line), or None when a bold text is part of a line ("<b>Отзывы</b> участников ...")."""
    text = _text_len(tag)
    while tag.parent is not None and tag.parent is not root and _text_len(tag.parent) == text:
        tag = tag.parent
    if tag.name in _HEADINGS or tag.name in _BLOCK_TAGS:
        return tag
    return tag if _line_edge(tag.previous_siblings) and _line_edge(tag.next_siblings) else None


def _line_edge(siblings: Iterator) -> bool:
    """Whether the nearest sibling that is not blank ends a line: none, <br> or a block tag."""
    for sib in siblings:
        if isinstance(sib, NavigableString) and not sib.strip():
            continue
        return isinstance(sib, Tag) and (sib.name == "br" or sib.name in _BLOCK_TAGS)
    return True


def _comments_rest(start: Tag) -> list[PageElement]:
    """The siblings after a comments heading, up to the next heading (h1-h6, or a block holding
    one)."""
    rest = []
    for sib in start.next_siblings:
        if isinstance(sib, Tag) and (sib.name in _HEADINGS or sib.find(_HEADING_NAMES) is not None):
            break
        rest.append(sib)
    return rest


def _links_rest(start: Tag) -> list[PageElement]:
    """The siblings after a link list's heading while they are links (or blank, or line breaks):
    text after the list is not part of it."""
    rest = []
    for sib in start.next_siblings:
        if isinstance(sib, NavigableString):
            if sib.strip():
                break
        elif sib.name != "br" and (n := _text_len(sib)) and _link_density(sib, n) < 0.5 \
                and not _headlines_with_leads(sib, at_least=1) and not _lead_of(sib, rest):
            break
        rest.append(sib)
    return rest


def _lead_of(sib: Tag, rest: list[PageElement]) -> bool:
    """Whether a block is the lead under a linked headline just taken into a link list (teasers set
    as <p><a>headline</a></p><p>lead</p>): a short paragraph with no link, under a one-line headline,
    and followed by the next headline, or ending a list that already had a lead (text after a list
    is not part of it)."""
    above = next((el for el in reversed(rest) if isinstance(el, Tag) and el.name != "br"), None)
    if above is None or not _one_headline(above) or _text_len(sib) > 300 or sib.find("a") is not None:
        return False
    below = sib.find_next_sibling()
    while below is not None and below.name == "br":
        below = below.find_next_sibling()
    if below is None or _is_boilerplate(below) or _link_density(below, _text_len(below)) >= 0.5:
        # the list's end, or links (tags) after it: a lead only after another one
        return below is not None and _one_headline(below) or any(
            isinstance(el, Tag) and _text_len(el) and el.find("a") is None for el in rest)
    return _one_headline(below)


def _one_headline(el: Tag) -> bool:
    """Whether a block is one linked headline, a line of its own."""
    lines = _lines(el)
    return len(lines) == 1 and _is_headline(*lines[0])


# a link to a file, not to a page: a list of documents to download is the page's own content
_FILE_LINK = re.compile(r"\.(?:pdf|docx?|rtf|odt|xlsx?|pptx?|zip|rar|7z|jpe?g|png|gif|mp3|mp4|avi)(?:[?#].*)?$", re.IGNORECASE)
LIST_TEASERS = 3  # teasers of other pages that make a page a list of them


def _is_list_page(main: Tag) -> bool:
    """A home, news-list, tag, category or archive page: its content is teasers of other pages,
    linked headlines each with a lead under it, or items each with a «Читать далее» link. A list
    of files to download (decrees as PDF), or an article ending in a few links, is content; so is
    a short news item above a «Последние новости» block (_own_article_above)."""
    links = main.find_all("a")
    if sum(1 for a in links if _READ_MORE.fullmatch(_clean_inline(a.get_text()))) >= LIST_TEASERS:
        return not _own_article_above(main)
    to_pages = [a for a in links if a.get("href") and not _FILE_LINK.search(a["href"].strip())]
    return (len(to_pages) >= LIST_TEASERS and _headlines_with_leads(main, at_least=LIST_TEASERS)
            and not _own_article_above(main))


def _own_article_above(main: Tag) -> bool:
    """Whether the page opens with a dated text of its own that the teasers under it are the
    sidebar of: from its dateline to the next linked headline it runs longer than any teaser
    below. A list page's first dated line is its first teaser's lead, shorter than a whole teaser
    (its headline, lead and «Подробнее»). Called for the few pages that look like a list."""
    texts: list[str] = []
    lines = _lines(main, texts)
    dateline = find_dateline(texts)
    if dateline is None:
        return False
    start = next((i for i, text in enumerate(texts) if dateline in normalize_inline(text)), None)
    if start is None:
        return False
    headline = [_is_headline(chars, linked) for chars, linked in lines]
    end = headline.index(True, start) if True in headline[start:] else len(lines)
    own = sum(chars for chars, _ in lines[start:end])
    teaser = chars = 0  # the longest teaser below: from a headline up to the next one
    for (n, _), is_headline in zip(lines[end:], headline[end:]):
        chars = n if is_headline else chars + n
        teaser = max(teaser, chars)
    return own > teaser


# a link's target that is a window, not a frame of the page's frameset
_WINDOW_TARGETS = frozenset(("", "_blank", "_self", "_parent", "_top", "new", "_new"))


def _is_menu_frame(body: Tag | None, links: list[Tag]) -> bool:
    """A framed site's menu: a page of nothing but links (two or more) that open in another frame
    (target="main"). A page of links to documents opens them in its own window: it is kept."""
    def framed(tags) -> int:
        # a link dropped with its <nav> or <form> has no attributes left
        return sum(str((a.attrs or {}).get("target") or "").strip().lower() not in _WINDOW_TARGETS for a in tags)

    if body is None or framed(links) < 2:  # the page's links as first parsed: no walk for most pages
        return False
    links = body.find_all("a")  # those left in the page once its scripts, forms and the like are dropped
    if framed(links) < max(2, len(links) / 2):
        return False
    n = _visible_chars(body)  # not _link_density: the spaces it puts between tags outweigh a short menu's words
    return n > 0 and sum(map(_visible_chars, links)) >= 0.9 * n


def _noise_not_garbled(error: ParseError, data: bytes, declared: str | None, name: str) -> ParseError:
    """The error for a page garbled in every encoding: ocr_noise where the text it shows is OCR noise (an
    OCR program's export of a photo: its stray signs and single letters read poorly in every code page,
    as a garbled text's do), with the advice to scan again; else ``error`` as it is."""
    if error.reason != "mojibake":
        return error
    soup = parse_html(clean_text(decode_bytes(data, declared).text))
    shown = (soup.body or soup).get_text(" ")
    return ParseError("ocr_noise", NOISE_MESSAGE, path=name or None) if is_noise(shown) else error


def _refuse_tool_page(found: _Survey, window_title: str, name: str) -> None:
    """ParseError for a page a program wrote among a mirror's pages (tool_pages): a server's folder
    listing, HTTrack's index of its projects."""
    if is_folder_listing(window_title, [_clean_inline(h.get_text(" ")) for h in found.by_name.get("h1", ())[:1]]):
        raise ParseError("folder_listing", FOLDER_LISTING_MESSAGE, path=name or None)
    generator = _first_meta(found.by_name.get("meta", []), "name", lambda v: v.strip().lower() == "generator")
    if generator is not None and is_mirror_index(window_title, str(generator.get("content") or "")):
        raise ParseError("mirror_tool", MIRROR_INDEX_MESSAGE, path=name or None)


class HtmlParser(HtmlKind):
    def parse(self, data: bytes, name: str = "") -> ParsedDocument:
        if not data.strip():
            raise ParseError("empty", "The file is empty.", path=name or None)
        if is_web_archive(data):  # a single-file web page (.mht): its HTML part is the page
            parsed = self._page(*root_page(data, name), name, archive=data)
            address = archive_address(data)  # where the browser saved it from, over the page's own
            if address:
                parsed.metadata["url"] = address
            return parsed
        return self._page(data, None, name)

    def parse_part(self, data: bytes, charset: str | None, name: str = "", body: bool = False) -> ParsedDocument:
        """A page that is a MIME part (an e-mail's text/html body or attachment): ``charset`` is what
        its part declares, believed as a web archive's is (over a <meta> inside). ``body``: the part is
        the message's text, its single <br>s the lines its writer typed."""
        return self._page(data, charset, name, mail_lines=body)

    def _page(self, data: bytes, part_charset: str | None, name: str, archive: bytes | None = None,
              mail_lines: bool = False) -> ParsedDocument:
        """The page's document; ``part_charset``: the charset its web archive's part declares;
        ``archive``: the web archive it is the root page of, which holds its frames' pages too;
        ``mail_lines``: an e-mail's body (_blocks_of)."""
        # a page saved in quoted-printable declares «charset=3D"utf-8"»: its meta is read as decode_text reads it
        declared = None if bom_encoding(data) else part_charset or declared_charset(quoted_printable_bytes(data) or data)
        try:
            text, encoding, warnings = decode_text(data, declared=declared, name=name)
        except ParseError as e:
            raise _noise_not_garbled(e, data, declared, name) from None
        if declared and normalize_codec(declared) != encoding and encoding != "ascii":
            warnings.append(f"The page declares charset {declared} but is encoded in {encoding}.")
        # the references are read before the mojibake is looked for: they may spell it
        for repair in (double_escapes_undone, references_repaired):
            text, note = repair(text)
            if note:
                warnings.append(note)
        text = clean_text(text)
        soup = parse_html(text)
        found = _survey(soup)
        window_title = _window_title(found)
        _refuse_tool_page(found, window_title, name)
        heading = _article_heading(found, window_title)
        named = (_og_title(found, heading, window_title), _inline_text(heading) if heading is not None else "",
                 _site_names(found))
        metadata: dict[str, str] = {}
        published, in_sentence = _published(found)
        if published:
            metadata["published"] = published
        if in_sentence is not None:
            metadata["published_in_sentence"] = in_sentence
        word = is_word_page(found.by_name.get("meta", []))
        created = created_date(text)  # weighed as a PDF's CreationDate: after the dateline and the file name
        if created:
            metadata["created"] = created
        for key, rx in _META_FIELDS:
            m = _first_meta(found.by_name.get("meta", []), "name", rx.search)
            if m and m.get("content") and m["content"].strip():
                metadata[key] = _clean_inline(m["content"])
        address = page_address(found.by_name, found.comments)
        if address:
            metadata["url"] = address
        html = found.first("html")  # soup.html, without its find()
        lang = (html.get("lang") if html else None) or ""
        if lang:
            metadata["language"] = lang.strip().lower()[:8]

        for tag in found.drop:
            tag.decompose()
        drop_word_markup([t for name in ("div", "span", "a") for t in found.by_name.get(name, ())])
        notes = take_word_notes(found.by_name.get("div", []))
        notes += take_linked_notes(found.by_name.get("a", []))  # a page's own notes, after Word's
        if soup.body is None and soup.find("frameset") is not None:
            if archive is not None:
                return self._framed_archive(archive, found.by_name.get("frame", []), name)
            raise ParseError("frameset", path=name or None)
        if _is_menu_frame(soup.body, found.by_name.get("a", ())):
            raise ParseError("menu_frame", path=name or None)
        for c in found.comments:
            if not c.decomposed:  # not inside a dropped tag
                c.extract()
        if heading is not None and heading.decomposed:
            heading = None  # inside a dropped tag
        _cut_trailers(soup.body or soup, heading)
        main = _main_content(soup, heading)
        under_heading = _under_heading(heading, main)
        _drop_boilerplate(main)
        add_image_captions(main, soup.new_tag)
        drop_repeated_captions(main, under_heading)
        if _is_list_page(main):
            metadata["page_kind"] = LIST_PAGE
        paragraphs = _without_site_notice(_blocks_under_heading(under_heading, mail_lines)
                                          + _blocks_of(main, mail_lines=mail_lines))
        if not paragraphs:
            raise ParseError("empty", "The page has no text content.", path=name or None)
        title = _page_title(named, window_title, main, paragraphs, _logo_names(found, main))
        # a letter's subject, not its <title> «Письмо» nor the letterhead
        title = letter_title_for(title, [str(p) for p in paragraphs]) or title
        if title:
            metadata["title"] = title
        titled = without_datelines(paragraphs)  # a news item's «Астана, 24 октября 2007 г.» names no subject
        if title and is_stamp_title(title):  # an annex's <title> «Приложение 1 к постановлению № 12»
            title = title_under_stamp(opening_lines(titled)) or title
        header = act_header_of(title) if title else None
        if header:  # an act's kind and issuer (and number): the name under them says which act
            named = title_from_heading(opening_lines(titled))
            if named and "«" in named and cites_header(named, header):
                title = as_header_spells(named, header)
        if title is None or is_document_type(title):
            # «СТЕНОГРАММА» and the event under it; Word's «Save as Web Page» puts its first line in <title>
            title = title_from_heading(opening_lines(titled)) or title
        if title is None:  # a letterhead over the heading («Ассамблея народа Казахстана») names no subject
            titled = without_letterhead(titled)
            title = title_from_heading(opening_lines(titled))
        if title and word:
            title = first_line_title(title, titled[0]) or title
        if title is None:
            title = titled[0] if len(titled[0]) <= 200 else None
        # a date in a table's row is an event's or a figure's day, not the document's, but for a header
        # row's or a letter's registration block beside its addressee (Word's letter template saved as a page)
        dateline = own_dateline(dateline_paragraphs(paragraphs, TableRow))
        if dateline:
            metadata["dateline"] = dateline
        return ParsedDocument(
            format="html",
            title=title,
            # the footnotes and endnotes after the text: no title, date or dateline of it
            blocks=[*(Block(str(p), bold=isinstance(p, BoldParagraph), table_row=isinstance(p, TableRow))
                      for p in paragraphs),
                    *(Block(str(p), note=True) for note in notes for p in _blocks_of(note))],
            encoding=encoding,
            metadata=metadata,
            warnings=warnings,
        )

    def _framed_archive(self, archive: bytes, frames: list[Tag], name: str) -> ParsedDocument:
        """A framed site saved as one .mht (Internet Explorer): the frames' pages are its parts.
        The one with most text is the document; a menu frame, or one with no text, is none."""
        docs = []
        for page, charset in frame_pages(archive, [str(f.get("src") or "") for f in frames]):
            try:
                docs.append(self._page(page, charset, name))
            except ParseError:
                continue  # the menu, an empty frame: the others may hold the text
        if not docs:
            raise ParseError("frameset", "The page is a frameset, and the single-file web page (.mht) holds no page "
                             "with text for its frames.", path=name or None)
        return max(docs, key=lambda doc: len(doc.text))
