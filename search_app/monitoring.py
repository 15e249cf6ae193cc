"""What an operator watches: `/health` for a monitor, and one log line per request.

    GET /health   200 {"ok": true, "documents": N, "generation": G} (G: the index commit served), and
                  under serve "older_extraction": the documents an older version of ingest's
                  extraction derived (ingest --force over the archive refreshes them);
                  503 {"ok": false, "reason": "missing" | "gone" | "version" | "version_file" | "rebuilding" | "rebuild_stopped" |
                  "newer" | "damaged" | "unreadable" | ..., "error": the reader's sentence} when the index cannot be opened, or (damaged) when a search met a
                  file of the generation served that it could not read (the log has the full sentence,
                  with the folder and the fix: it is not shown to whoever asks)

The request log's line of a CSV export ends `, cut off by the client after N of M rows` when its
client went away before the end, and `, broken off by an error after N of M rows` when the server
could not finish it: a file a user calls incomplete is told apart from one sent whole.
"""
from __future__ import annotations

import logging
import time
from dataclasses import dataclass
from urllib.parse import unquote_plus

from flask import Blueprint, current_app

from index.errors import IndexUnavailable
from index.paths import escaped_controls
from search_app import json_response, service

bp = Blueprint("monitoring", __name__)
request_log = logging.getLogger("search_app.requests")

@bp.get("/health")
def health():
    try:
        return json_response({"ok": True, **service().health(current_app.config["EXTRACTION_VERSION"])})
    except IndexUnavailable as exc:
        return json_response({"ok": False, "reason": exc.reason,
                              "error": exc.reader_message}, 503)


class RequestLog:
    """WSGI middleware: `10.0.0.7 GET /path?q=форум 200 12 ms` at INFO once the response is sent (a
    streamed CSV export included), so a server answering only errors shows it in its console. The
    client is the address the connection came from, or behind --proxies the one they forwarded;
    the query is decoded, as it was typed. An answer not sent to its end says so (_ending)."""

    def __init__(self, app) -> None:
        self.app = app

    def __call__(self, environ, start_response):
        started = time.perf_counter()
        status = ["-"]

        def starting(code, headers, exc_info=None):
            status[0] = code.split(" ", 1)[0]
            return start_response(code, headers, exc_info)

        def done(body: _Body):
            query = environ.get("QUERY_STRING")
            path = _text(environ.get("SCRIPT_NAME", "") + environ.get("PATH_INFO", ""))
            if query:
                path += "?" + unquote_plus(_text(query))
            # escaped: a decoded %0A or %1B would forge a log line or send a terminal escape
            request_log.info("%s %s %s %s %.0f ms%s", escaped_controls(environ.get("REMOTE_ADDR") or "-"),
                             environ.get("REQUEST_METHOD"), escaped_controls(path), status[0],
                             (time.perf_counter() - started) * 1000, _ending(body, environ.get(_EXPORT_ROWS)))

        return _Body(self.app(environ, starting), done)


@dataclass
class ExportRows:
    """An export's rows, for its log line: how many the file holds, and how many the server has
    taken to send (a chunk's rows count once the server asks for the next chunk)."""
    total: int
    sent: int = 0


_EXPORT_ROWS = "assembly_search.export_rows"


def export_rows(environ, total: int) -> ExportRows:
    """The rows of the export answering the request of `environ`, which its log line reads."""
    rows = environ[_EXPORT_ROWS] = ExportRows(total)
    return rows


class _Body:
    """An answer's body as the server reads it, telling how the reading ended when it is closed:
    `whole` (read to its end), `failed` (the application raised), or neither (the server stopped
    reading: the client went away)."""

    def __init__(self, chunks, on_close) -> None:
        self._chunks = chunks
        self._iterator = iter(chunks)
        self._on_close = on_close
        self.whole = self.failed = self._closed = False

    def __iter__(self):
        return self

    def __next__(self):
        try:
            return next(self._iterator)
        except StopIteration:
            self.whole = True
            raise
        except Exception:
            self.failed = True
            raise

    def close(self) -> None:
        if self._closed:
            return
        self._closed = True
        try:
            if hasattr(self._chunks, "close"):
                self._chunks.close()
        finally:
            self._on_close(self)


def _ending(body: _Body, rows: ExportRows | None) -> str:
    """What the log line of an export (`rows`) adds when its file was not sent to its end; ""
    for any other answer (one page, read whole by the server unless the connection broke)."""
    if body.whole or rows is None:
        return ""
    how = "broken off by an error" if body.failed else "cut off by the client"
    return f", {how} after {rows.sent} of {rows.total} rows"


def _text(wsgi_path: str) -> str:
    """A WSGI path (UTF-8 bytes read as Latin-1) as the text that was asked for."""
    return wsgi_path.encode("latin-1", "replace").decode("utf-8", "replace")
