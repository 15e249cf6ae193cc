"""Captions a page keeps only in an image's attributes: a lightbox gallery's `title` or `data-caption`
on the link around a thumbnail, an image's own `title` or `alt` («Аким области … перерезает ленточку»).
The site shows them in its viewer, so they are the photo report's text; each becomes a <figcaption>
after its image (or its link), which the text walk then reads as any caption.

    add_image_captions(root, new_tag)
"""
from __future__ import annotations

import re
from collections.abc import Callable

from bs4 import Tag

from .normalize import normalize_inline

_CAPTION_ATTRS = ("data-caption", "data-title", "title", "alt")
# a logo, icon or button is no photo, and its alt text names the site or the action
_NOT_A_PHOTO = re.compile(r"logo|icon|banner|button|emblem|gerb|sprite|avatar|pixel", re.IGNORECASE)
_BLOCKS = frozenset(("figure", "div", "p", "li", "td", "dd", "section", "article", "body", "main"))
_WITH_TEXT = frozenset(("figure", "p", "li", "td", "dd"))


def _words(text: str) -> int:
    """Words of three letters or more: «Фото 1 из 12» or «IMG_0312» names no one."""
    return len(re.findall(r"[^\W\d_]{3,}", text))


def _caption(img: Tag, link: Tag | None) -> str:
    """The image's caption from its link's and its own attributes: each different text once, the
    longest first (a title «Татарский ансамбль «Ялкын»» holds its alt «Татарский ансамбль»)."""
    texts: list[str] = []
    for tag in (link, img):
        if tag is None:
            continue
        for attr in _CAPTION_ATTRS:
            value = tag.get(attr)
            text = normalize_inline(value if isinstance(value, str) else "")
            if _words(text) >= 2:
                texts.append(text)
    kept: list[str] = []
    for text in sorted(texts, key=len, reverse=True):
        if not any(text.casefold() in k.casefold() for k in kept):
            kept.append(text)
    return ". ".join(k.rstrip(".") for k in kept)


def _shows_text(img: Tag) -> bool:
    """Whether the image stands beside a text of its own: a figure with its figcaption (the
    attributes repeat it), or a paragraph or list item the image sits in (an illustration inside a
    sentence). An image alone in a gallery's div shows none."""
    block = next((p for p in img.parents if p.name in _BLOCKS), None)
    return block is not None and block.name in _WITH_TEXT and bool(block.get_text(strip=True))


def add_image_captions(root: Tag, new_tag: Callable[[str], Tag]) -> None:
    """Put each photo's attribute caption into ``root`` as a <figcaption> after the image, or after
    the link around it; ``new_tag``: the soup's new_tag."""
    for img in root.find_all("img"):
        attrs = img.attrs or {}
        if _NOT_A_PHOTO.search(f"{attrs.get('src') or ''} {' '.join(attrs.get('class') or [])} {attrs.get('id') or ''}"):
            continue
        link = img.parent if img.parent is not None and img.parent.name == "a" else None
        if (link is not None and link.get_text(strip=True)) or _shows_text(img):
            continue
        caption = _caption(img, link)
        if not caption:
            continue
        figcaption = new_tag("figcaption")
        figcaption.string = caption
        (link or img).insert_after(figcaption)
