"""Gzip for the text the app sends (pages, JSON, CSV, CSS, the script, an original text, HTML,
XHTML or web-archive file) to a client that accepts it.

    compress(response) -> response   # an `after_request` hook

A results page is about 86 KB of HTML (most of it the facet panel's links) and 9 KB gzipped: on
a phone's slow connection seconds against a fraction of one; waitress compresses nothing itself.
A streamed CSV export stays streamed: each piece is compressed and flushed as it is made.
An original plain-text file (the archive's commonest format, a 300-page transcript 778 KB, 233 KB
gzipped) is compressed as a whole up to WHOLE_FILE_BYTES, so its Content-Length is known (a
download's progress bar); a bigger one is streamed, never read into memory at once.
The compressed body keeps the ETag as a weak one (as nginx does): `If-None-Match` still answers
304, and a Range request, whose If-Range needs a strong one, gets a 206 of the uncompressed bytes.
"""
from __future__ import annotations

import gzip
import zlib

from flask import Response, request

COMPRESSED_TYPES = frozenset({
    "text/html", "application/json", "text/csv", "text/css", "text/javascript", "application/javascript",
    "image/svg+xml", "text/plain",
    # original files: a saved web page as XHTML, and as a web archive (.mht, .mhtml: the page's HTML,
    # its images in base64, all text; a 60-page transcript 864 KB, 132 KB gzipped)
    "application/xhtml+xml", "message/rfc822",
})
UNTOUCHED_STATUSES = frozenset({204, 206, 304})  # no body, or a byte range of the uncompressed one
MIN_BYTES = 500  # below about one packet gzip saves nothing worth its header
LEVEL = 6  # zlib's default: most of level 9's saving at a third of its time
WHOLE_FILE_BYTES = 8 * 1024 * 1024  # a file up to this is compressed in memory (about 0.3 s), a bigger one streamed


def compress(resp: Response) -> Response:
    if resp.mimetype not in COMPRESSED_TYPES:
        return resp
    resp.vary.add("Accept-Encoding")  # a cache must not hand the gzipped body to a client without gzip
    # a Range request answered 200 (an If-Range that does not match) gets the whole body: gzipped too
    if (request.accept_encodings["gzip"] <= 0 or resp.status_code in UNTOUCHED_STATUSES
            or "Content-Encoding" in resp.headers):
        return resp
    if resp.is_streamed and not resp.direct_passthrough:
        resp.response = _gzip_stream(resp.response)
        resp.headers.pop("Content-Length", None)
    elif resp.direct_passthrough and (resp.content_length or 0) > WHOLE_FILE_BYTES:  # a big original file
        resp.response = _gzip_stream(resp.response, flush_each=False)
        resp.headers.pop("Content-Length", None)
    else:
        resp.direct_passthrough = False  # a static file: read it (they are small)
        body = resp.get_data()
        if len(body) < MIN_BYTES:
            return resp
        resp.set_data(gzip.compress(body, LEVEL, mtime=0))  # and Content-Length with it
    resp.headers["Content-Encoding"] = "gzip"
    etag, weak = resp.get_etag()
    if etag:
        resp.set_etag(etag, weak=True)
    return resp


def _gzip_stream(chunks, flush_each: bool = True):
    """The gzip stream of `chunks` (bytes or str, UTF-8), flushed after each one so the client
    gets every piece as soon as it is made (`flush_each`; a file's 8 KB reads are not worth a
    flush each: that costs compression)."""
    packer = zlib.compressobj(LEVEL, zlib.DEFLATED, 16 + zlib.MAX_WBITS)  # 16+: a gzip header and trailer
    try:
        for chunk in chunks:
            data = packer.compress(chunk.encode("utf-8") if isinstance(chunk, str) else chunk)
            if flush_each:
                data += packer.flush(zlib.Z_SYNC_FLUSH)
            if data:
                yield data
        yield packer.flush()
    finally:
        close = getattr(chunks, "close", None)
        if close:
            close()  # stream_with_context's teardown
