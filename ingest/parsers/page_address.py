"""The address a saved web page came from, as the page itself records it: Internet Explorer's mark of the
web (`<!-- saved from url=(0037)https://… -->`), HTTrack's `<!-- Mirrored from anq-akmola.kz/… by HTTrack … -->`,
then the page's own `<link rel="canonical">` and `og:url`. A container's address (an .mht's
Content-Location, a WARC's target, a .webarchive's WebResourceURL) is its parser's and wins over these."""
from __future__ import annotations

import re

_SAVED_FROM = re.compile(r"^\s*saved from url=\(\d+\)(\S+)", re.IGNORECASE)
_MIRRORED_FROM = re.compile(r"^\s*Mirrored from (\S+) by HTTrack", re.IGNORECASE)
_ADDRESS = re.compile(r"^(?:https?://)?[\w-]+(?:\.[\w-]+)+(?:[/?#]\S*)?$", re.IGNORECASE)


def page_address(by_name: dict, comments: list) -> str:
    """The original address of a page from its elements by tag name and its comments; "" when it records none."""
    for comment in comments:
        for rx in (_SAVED_FROM, _MIRRORED_FROM):
            m = rx.match(str(comment))
            if m and _ADDRESS.match(m.group(1)):
                return m.group(1)
    for link in by_name.get("link", ()):
        rel = link.get("rel") or ()
        if "canonical" in [r.lower() for r in (rel if isinstance(rel, list) else rel.split())]:
            href = (link.get("href") or "").strip()
            if href.lower().startswith(("http://", "https://")):
                return href
    for meta in by_name.get("meta", ()):
        if (meta.get("property") or meta.get("name") or "").strip().lower() == "og:url":
            content = (meta.get("content") or "").strip()
            if content.lower().startswith(("http://", "https://")):
                return content
    return ""
