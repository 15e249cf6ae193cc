"""What an operator watches: `/health` for a monitor, and one log line per request.

    GET /health   200 {"ok": true, "documents": N, "generation": G} (G: the index commit served), and
                  under serve "older_extraction": the documents an older version of ingest's
                  extraction derived (ingest --force over the archive refreshes them);
                  503 {"ok": false, "reason": "missing" | "version" | "rebuilding" | "newer" | "damaged" | "unreadable" | ..., "error": the
                  reader's sentence} when the index cannot be opened, or (damaged) when a search met a
                  file of the generation served that it could not read (the log has the full sentence,
                  with the folder and the fix: it is not shown to whoever asks)
"""
from __future__ import annotations

import logging
import time
from urllib.parse import unquote_plus

from flask import Blueprint, current_app
from werkzeug.wsgi import ClosingIterator

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
    the query is decoded, as it was typed."""

    def __init__(self, app) -> None:
        self.app = app

    def __call__(self, environ, start_response):
        started = time.perf_counter()
        status = ["-"]

        def starting(code, headers, exc_info=None):
            status[0] = code.split(" ", 1)[0]
            return start_response(code, headers, exc_info)

        def done():
            query = environ.get("QUERY_STRING")
            path = _text(environ.get("SCRIPT_NAME", "") + environ.get("PATH_INFO", ""))
            if query:
                path += "?" + unquote_plus(_text(query))
            # escaped: a decoded %0A or %1B would forge a log line or send a terminal escape
            request_log.info("%s %s %s %s %.0f ms", escaped_controls(environ.get("REMOTE_ADDR") or "-"),
                             environ.get("REQUEST_METHOD"), escaped_controls(path), status[0],
                             (time.perf_counter() - started) * 1000)

        return ClosingIterator(self.app(environ, starting), done)


def _text(wsgi_path: str) -> str:
    """A WSGI path (UTF-8 bytes read as Latin-1) as the text that was asked for."""
    return wsgi_path.encode("latin-1", "replace").decode("utf-8", "replace")
