"""A Safari web archive (.webarchive): a binary property list whose WebMainResource holds the page's bytes
(WebResourceData), its address (WebResourceURL) and charset (WebResourceTextEncodingName); its images and
styles are WebSubresources, its frames' pages WebSubframeArchives. The HTML parser reads the main page, or,
when that is a frameset, the subframe with most text."""
from __future__ import annotations

import plistlib

from .base import ParsedDocument, ParseError, Parser
from .html_on_demand import load_html_parser

BPLIST_MAGIC = b"bplist00"
_MAIN = b"WebMainResource"  # a key of the plist's top dictionary, written in its object table near the end
_HTML_TYPES = ("text/html", "application/xhtml+xml")


def is_webarchive(head: bytes, ext: str) -> bool:
    """A binary plist under a .webarchive name, or one whose first bytes name Safari's main resource."""
    return head.startswith(BPLIST_MAGIC) and (ext == ".webarchive" or _MAIN in head)


class WebarchiveParser(Parser):
    format = "webarchive"
    extensions = (".webarchive",)
    mime_types = ("application/x-webarchive",)

    def parse(self, data: bytes, name: str = "") -> ParsedDocument:
        try:
            archive = plistlib.loads(data)
        except Exception:  # plistlib raises several kinds for a broken plist (InvalidFileException, ValueError, …)
            raise ParseError("damaged", "The Safari web archive (.webarchive) is damaged and cannot be read.",
                             path=name or None) from None
        main = archive.get("WebMainResource") if isinstance(archive, dict) else None
        if not _is_page(main):
            raise ParseError("empty", "The Safari web archive (.webarchive) holds no HTML page.", path=name or None)
        html = load_html_parser()
        try:
            parsed = html.parse_part(main["WebResourceData"], _charset(main), name)
        except ParseError as e:
            if e.reason != "frameset":
                raise
            parsed = _framed(archive, name, e)
        parsed.format = "webarchive"
        url = main.get("WebResourceURL")
        if isinstance(url, str) and url.strip().lower().startswith(("http://", "https://")):
            parsed.metadata["url"] = url.strip()  # a page opened from disk (file:///Users/…) has no address
        return parsed


def _is_page(resource) -> bool:
    return (isinstance(resource, dict) and isinstance(resource.get("WebResourceData"), bytes)
            and str(resource.get("WebResourceMIMEType") or "text/html").lower() in _HTML_TYPES)


def _charset(resource: dict) -> str | None:
    charset = resource.get("WebResourceTextEncodingName")
    return charset if isinstance(charset, str) and charset.strip() else None


def _framed(archive: dict, name: str, frameset: ParseError) -> ParsedDocument:
    """A framed site's archive: its frames' pages are subframe archives; the one with most text is the page."""
    docs = []
    subs = archive.get("WebSubframeArchives")
    for sub in subs if isinstance(subs, list) else ():  # a damaged plist may hold anything here
        main = sub.get("WebMainResource") if isinstance(sub, dict) else None
        if _is_page(main):
            try:
                docs.append(load_html_parser().parse_part(main["WebResourceData"], _charset(main), name))
            except ParseError:
                continue  # the menu, an empty frame
    if not docs:
        raise frameset
    return max(docs, key=lambda doc: len(doc.text))
