"""Conditional requests on the JSON API and the HTML pages: an ETag on each answer, and a 304 for a
client holding it.

    answer_tag(generation_tag) -> str   a search's or a listing's ETag: the index commit and the request
    page_tag(generation_tag, *more) -> str  an HTML page's: the commit, the address it was asked at and `more`
    document_tag(shown, *more) -> str   a document page's: what it shows (SearchService.document_shown),
                                        the program's version, the address and `more`; not the commit
    body_tag(payload) -> str            a document's ETag: what its answer says, whatever commit it is read in
    unchanged(tag) -> bool              the request's If-None-Match names the tag (or is *)
    not_modified(tag) -> Response       the 304, with no body
    tagged(resp, tag, private=False)    the ETag, and Cache-Control: no-cache (keep it, but ask each time)

A search answer is the same for the same request as long as the index commit is (and the program:
a restart may bring another version, so its start is in the tag too); a nightly harvest asking
again gets a 304 before anything is searched. A document's answer changes only when the
document does (or its file goes), so its tag is its content's hash: a commit that adds other
documents leaves it as it was, and a harvest fetches only what changed. Gzip turns a tag weak
(search_app.compression); If-None-Match compares weakly, as HTTP says it does.

The pages (search, quotes) are tagged by the commit too: a reload after an ingest (a takedown) must
bring the new page, never a kept copy. A document page is tagged by what it shows instead: its
record (its id is its content's hash), the names and marks the index gives it, its files' state,
and the program's version (search_app.code_version), not the commit nor the server's start.
Reopening a 300-page transcript over a slow link was its whole page again (327 KB gzipped) where a
304 is a few hundred bytes, and every nightly ingest or restart made it so; a document taken
out, edited or given another copy changes its tag. They are `private`:
a page names the address it was asked at, and a shared cache has no business keeping a reader's
searches.
"""
from __future__ import annotations

import hashlib
import json
import time

from flask import Response, request

from index.answers import json_default
from search_app.code_version import CODE_VERSION

STARTED = repr(time.time())  # this process's start: a restarted (perhaps upgraded) server tags anew


def _digest(*parts: str) -> str:
    return hashlib.sha256("\x00".join(parts).encode("utf-8")).hexdigest()[:32]


def answer_tag(generation_tag: str) -> str:
    """The ETag of an answer depending on the index commit and the request alone (its address,
    under the prefix a proxy adds)."""
    return _digest(STARTED, generation_tag, request.script_root, request.full_path)


def page_tag(generation_tag: str, *more: str) -> str:
    """The ETag of an HTML page: the index commit, the whole address it was asked at (a page's
    absolute links name the host) and `more`, what else the page shows that no commit changes."""
    return _digest(STARTED, generation_tag, request.url_root, request.full_path, *more)


def document_tag(shown: str, *more: str) -> str:
    """The ETag of a document page: `shown` (what the index gives the page), the program's
    version, the whole address it was asked at and `more` (its files' state now)."""
    return _digest(CODE_VERSION, shown, request.url_root, request.full_path, *more)


def body_tag(payload: dict) -> str:
    """The ETag of an answer depending on its own content only: the hash of its JSON."""
    return _digest(json.dumps(payload, ensure_ascii=False, sort_keys=True, default=json_default))


def unchanged(tag: str) -> bool:
    return request.if_none_match.contains_weak(tag)


def not_modified(tag: str, private: bool = False) -> Response:
    return tagged(Response(status=304), tag, private)


def tagged(resp: Response, tag: str, private: bool = False) -> Response:
    resp.set_etag(tag)
    # a cache may keep it, but must ask (with the tag) each time; a page only the reader's own browser
    resp.headers["Cache-Control"] = "no-cache, private" if private else "no-cache"
    return resp
