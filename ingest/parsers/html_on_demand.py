"""What names a file an HTML page, apart from the HTML parser itself, which imports bs4,
soupsieve and lxml (about a tenth of a second of CPU, a quarter of ingest's imports): a batch of
PDFs never loads them."""
from __future__ import annotations

from .base import ParsedDocument, Parser


class HtmlKind(Parser):
    """The HTML parser's format, extensions and MIME types."""

    format = "html"
    extensions = (".html", ".htm", ".xhtml", ".shtml", ".php", ".asp", ".aspx", ".mht", ".mhtml")
    mime_types = ("text/html", "application/xhtml+xml", "multipart/related")


class HtmlOnDemand(HtmlKind):
    """The HTML parser, imported when the first page comes (or by load_html_parser)."""

    def parse(self, data: bytes, name: str = "") -> ParsedDocument:
        return load_html_parser().parse(data, name)


_loaded: list[Parser] = []


def load_html_parser() -> Parser:
    """The HTML parser, imported now if it was not. ingest calls it before forking its parser
    processes for a batch that may hold pages, so they share one import."""
    if not _loaded:
        from .html import HtmlParser

        _loaded.append(HtmlParser())
    return _loaded[0]
