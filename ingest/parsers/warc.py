"""A web crawl saved as WARC (.warc, .warc.gz), told by its content: its captured HTML page is read by the
HTML parser, with the address it was captured from and the day it was captured (warc_records). A file is one
document here, so a crawl of several pages is refused in one sentence that says how many it holds and what to
do, rather than read as one page: its pages are articles of their own, each with its own title and date
(README, Known limits)."""
from __future__ import annotations

from .base import MAX_BYTES, ParsedDocument, ParseError, Parser
from .compressed import GZIP_MAGIC
from .html_on_demand import load_html_parser
from .warc_records import Capture, captures, unpacked


class WarcParser(Parser):
    format = "warc"
    extensions = (".warc",)
    mime_types = ("application/warc",)

    def parse(self, data: bytes, name: str = "", max_bytes: int = MAX_BYTES) -> ParsedDocument:
        records = unpacked(data, max_bytes, name) if data.startswith(GZIP_MAGIC) else data
        pages = _latest_of_each_page(captures(records, max_bytes, name))
        if not pages:
            raise ParseError("empty", "The web crawl (WARC) holds no captured HTML page (only requests, revisits, "
                             "redirects, or files that are no pages).", path=name or None)
        if len(pages) > 1:
            raise ParseError("unsupported", f"The file is a web crawl (WARC) of {len(pages)} captured pages, and a "
                             "file is one document here: write its pages out as files of their own (for example "
                             "with warcio or warc2html) and ingest that folder.", path=name or None)
        page = pages[0]
        parsed = load_html_parser().parse_part(page.body, page.charset, name)
        parsed.format = "warc"
        parsed.metadata["url"] = page.url  # the crawl's address wins over the page's own
        if page.captured:
            parsed.metadata["captured"] = page.captured
        return parsed


def _latest_of_each_page(pages: list[Capture]) -> list[Capture]:
    """One capture per address, its latest: a recrawl that captured a page again is still one page."""
    latest: dict[str, Capture] = {}
    for i, page in enumerate(pages):
        key = page.url or f"#{i}"  # a page without an address is a page of its own
        if key not in latest or page.captured >= latest[key].captured:
            latest[key] = page
    return list(latest.values())
