"""A page's tree, however deep its tags nest: past MAX_DEPTH levels a tag goes beside the deepest
open tag instead of inside it, as browsers do (Chrome past 512 levels). An old page whose
thousand <font> tags are never closed nests a thousand deep; bs4 links each new node through
every level above it (minutes at 20,000 levels), and every walk of such a tree costs its depth
again. Nothing is lost: each tag keeps its own text, in the page's order."""
from __future__ import annotations

from warnings import catch_warnings, simplefilter

from bs4 import BeautifulSoup, XMLParsedAsHTMLWarning
from bs4.builder import LXMLTreeBuilder

MAX_DEPTH = 256


class _CappedDepthBuilder(LXMLTreeBuilder):
    """lxml's HTML tree builder for bs4, closing the deepest open tag early when a tag would go
    deeper than MAX_DEPTH (lxml's own end of it is then skipped)."""

    def feed(self, markup) -> None:
        self._open: list[list[bool]] = []  # each tag lxml has open: whether the soup still has it open
        self._in_soup: list[tuple[str, list[bool]]] = []  # the tags open in the soup, outermost first
        super().feed(markup)

    def start(self, tag, attrib, *args) -> None:
        if len(self._in_soup) >= MAX_DEPTH:
            deepest, still_open = self._in_soup.pop()
            super().end(deepest)
            still_open[0] = False
        entry = [True]
        self._open.append(entry)
        self._in_soup.append((tag, entry))
        super().start(tag, attrib, *args)

    def end(self, tag) -> None:
        if self._open.pop()[0]:
            self._in_soup.pop()
            super().end(tag)


def parse_html(text: str) -> BeautifulSoup:
    """The page's tree as lxml's HTML parser reads it, no deeper than MAX_DEPTH."""
    with catch_warnings():
        # an XHTML page's <?xml ?> prolog: bs4's advice to parse it as XML is for programmers,
        # and lxml's HTML parser reads XHTML as it is meant to be read
        simplefilter("ignore", XMLParsedAsHTMLWarning)
        return BeautifulSoup(text, builder=_CappedDepthBuilder())
