"""A web page's window title (<title>) told apart from the site's name it carries: «Article - Site»,
«Site | Новости | Article», or the site's name alone on every page of an old site."""
from __future__ import annotations

import re

from .normalize import normalize_inline

# What joins a window title's parts: «Встреча - Ассамблея», «АНК | Новости | Встреча», «АНК :: Встреча»
_SEPARATOR = re.compile(r"\s+[-–—|/»]\s+|\s*\|\s*|\s+::\s+")


def _key(text: str) -> str:
    return " ".join(normalize_inline(text).casefold().replace("ё", "е").split())


def without_site_name(window_title: str, site_names: list[str], text: str) -> str:
    """The article's part of a window title: the one part that is not a known site name (og:site_name,
    the page header's heading), or the longest part the page's ``text`` holds while another part is
    not in it, the article's own text holding that part either way. The whole title when neither
    tells: «Ассамблея народа Казахстана — официальный сайт» is a home page's."""
    parts = [p for p in _SEPARATOR.split(window_title) if p.strip()]
    if len(parts) < 2:
        return window_title
    names = {_key(n) for n in site_names if n}
    body = _key(text)
    own = [p for p in parts if _key(p) not in names]
    if len(own) == 1 < len(parts) and _key(own[0]) in body:
        return own[0]
    held = [p for p in parts if len(p.split()) >= 2 and _key(p) in body and _key(p) not in names]
    if held and len(held) < len(parts):
        return max(held, key=len)
    return window_title


# a web address alone: what a print version's letterhead gives after the site's name
_WEB_ADDRESS = re.compile(r"(?:https?://|www\.)\S+")


def is_site_name(title: str, site_names: list[str], first_line: str) -> bool:
    """Whether a window title is no more than the site's name: a name the page gives its site
    (og:site_name, the header's heading, the logo's alt text), or the page's first line when that
    is the name with the site's address («Ассамблея народа Казахстана www.assembly.kz», a print
    version's letterhead). On the site's own pages its text names it too, so that tells nothing."""
    key = _key(title)
    if any(_key(n) == key for n in site_names if n):
        return True
    first = _key(first_line)
    return first.startswith(key) and _WEB_ADDRESS.fullmatch(first[len(key):].strip()) is not None


def in_text(title: str, text: str) -> bool:
    """Whether the page's text holds the title (case and spacing aside)."""
    return _key(title) in _key(text)


def same_name(a: str | None, b: str | None) -> bool:
    return bool(a and b) and _key(a) == _key(b)
