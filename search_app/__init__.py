"""The web interface: a Flask app over `index.SearchService`.

    create_app(index_dir=None, testing=False, proxies=0, request_log=False, cors_origins=(),
               extraction_version=None, exports=2, trusted_hosts=None, heavy_documents=2,
               word_cache_entries=SERVE_CACHE_ENTRIES) -> Flask

Pages (blueprint `pages`): `/` search with facets, `/quotes` quote search, `/doc/<id>` one
document, `/doc/<id>/file` the original file. JSON and CSV (blueprint `api`): `/api/search`,
`/api/quotes`, `/api/documents`, `/api/documents/<id>`, `/api/search.csv`, `/api/quotes.csv` (and `.json`). For monitoring
(search_app.monitoring): `/health`.
Imports `index` only (never whoosh, never ingest).
"""
from __future__ import annotations

import json
import logging
from pathlib import Path
from urllib.parse import urlencode

from flask import Flask, Request, Response, current_app, make_response, render_template, request
from werkzeug.datastructures import ImmutableMultiDict
from werkzeug.exceptions import HTTPException
from werkzeug.utils import cached_property
from werkzeug.middleware.proxy_fix import ProxyFix

from index.answers import json_default
from index.cache_budget import SERVE_CACHE_ENTRIES, WordCaches
from index.config import default_index_dir
from index.errors import IndexUnavailable
from index.paths import escaped_controls
from index.search import MAX_PAGE, MAX_PER_PAGE, SearchService
from search_app.damaged_links import query_pairs
from search_app.document_slots import DocumentSlots
from search_app.export_slots import ExportSlots

EXTENSION = "assembly_search"
EXPORTS = "assembly_search.exports"
HEAVY_DOCUMENTS = "assembly_search.heavy_documents"
STATIC_VERSIONS = "assembly_search.static_versions"
# The most rows a CSV export holds (app.config["CSV_MAX_ROWS"]): every row paging reaches
# (index.search.MAX_PAGE pages of MAX_PER_PAGE). The export is streamed, so memory stays flat;
# its time grows with the rows (the highlighting that the snippets and citations need).
CSV_MAX_ROWS = 100_000
log = logging.getLogger(__name__)

CSP = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
       "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'")
SECURITY_HEADERS = {
    "Content-Security-Policy": CSP,
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "same-origin",
    "Cross-Origin-Opener-Policy": "same-origin",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=()",
}
ERROR_TEXTS = {
    400: ("Неверный запрос", "Параметры запроса не удалось понять."),
    404: ("Страница не найдена", "Такой страницы или документа в архиве нет."),
    405: ("Метод не поддерживается", "Эта страница открывается только обычной ссылкой."),
    413: ("Слишком большой запрос", "Запрос слишком велик."),
    416: ("Неверный диапазон", "Запрошенная часть файла лежит за его концом."),
    500: ("Внутренняя ошибка", "Что-то пошло не так на сервере. Попробуйте ещё раз чуть позже."),
    503: ("Архив недоступен", "Индекс архива сейчас недоступен."),
}


def service() -> SearchService:
    return current_app.extensions[EXTENSION]


def export_slots() -> ExportSlots:
    """The CSV exports running at once (search_app.export_slots)."""
    return current_app.extensions[EXPORTS]


def document_slots() -> DocumentSlots:
    """The pages of large documents being marked at once (search_app.document_slots)."""
    return current_app.extensions[HEAVY_DOCUMENTS]


def csv_row_limit() -> int:
    """The most rows one CSV export holds: app.config["CSV_MAX_ROWS"], never more than paging reaches."""
    return min(current_app.config["CSV_MAX_ROWS"], MAX_PAGE * MAX_PER_PAGE)


def wants_json() -> bool:
    # /health is read by monitors as JSON: its refusals (a foreign Host, a POST) are JSON too
    return request.path in ("/api", "/health") or request.path.startswith("/api/")


def prefers_html() -> bool:
    """Whether the client is a browser that followed a link: its Accept puts text/html before
    JSON (a script's client sends */* or asks for JSON)."""
    return request.accept_mimetypes.best_match(["application/json", "text/html"]) == "text/html"


def json_text(payload) -> str:
    """JSON with every `<`, `>` and `&` written as a \\u escape, so no answer (an error echoing
    what was typed included) can be read as markup."""
    text = json.dumps(payload, ensure_ascii=False, default=json_default)
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def json_response(payload: dict, status: int = 200) -> Response:
    return Response(json_text(payload), status=status, mimetype="application/json")


def error_response(status: int, message: str | None = None, title: str | None = None,
                   link: tuple[str, str] | None = None, retry: tuple[str, str] | None = None, home: bool = True):
    """The error page (the API's JSON error) for `status`: its heading `title` and sentence
    `message`, unless given, the status's own (ERROR_TEXTS); `link`: (address, words) of a way on,
    `retry` of asking again; `home`: the link to the search page (none where it answers the same)."""
    default_title, default = ERROR_TEXTS.get(status, ERROR_TEXTS[500])
    title, message = title or default_title, message or default
    if wants_json():
        return json_response({"error": message, "status": status}, status)
    return render_template("error.html", title=title, message=message, status=status, link=link, retry=retry,
                           home=home), status


# An upgrade's rebuild takes minutes: a client asks again then (a stopped one, or a damaged or
# missing index, needs an administrator, so no time is promised)
REBUILD_RETRY_SECONDS = 60


def unavailable_response(exc: IndexUnavailable):
    """The 503 of an index that cannot be searched, with the reader's own request to ask again:
    the search page would answer the same."""
    query = request.args.get("q", "").strip()
    again = request.script_root + request.path + ("?" + urlencode(list(request.args.items(multi=True)))
                                                  if request.args else "")
    return error_response(503, exc.reader_message, home=False,
                          retry=(again, f"Повторить поиск «{query}»" if query else "Обновить страницу"))


def retry_after_rebuild(resp: Response) -> Response:
    """Retry-After on every 503 (a page, the API, /health) while an upgrade's rebuild is under way:
    a harvester or a monitor tells "back in a minute" from broken."""
    if resp.status_code == 503 and "Retry-After" not in resp.headers:
        try:
            service().doc_count()
        except IndexUnavailable as exc:
            if exc.reason == "rebuilding":
                resp.headers["Retry-After"] = str(REBUILD_RETRY_SECONDS)
    return resp


API_PATHS = ("/api/search", "/api/quotes", "/api/documents", "/api/documents/<id>", "/api/search.csv", "/api/quotes.csv",
             "/api/search.json", "/api/quotes.json")


def _api_addresses() -> str:
    """The API's addresses as this client reaches them: behind a proxy's prefix (/search/api/…),
    since /api/… on that host lies outside the app."""
    addresses = [request.script_root + path for path in API_PATHS]
    return ", ".join(addresses[:-1]) + " и " + addresses[-1]


def _http_error(exc: HTTPException) -> Response:
    """The error page, or the API's JSON, for an HTTP error werkzeug raised; a 405 keeps the
    `Allow` header werkzeug set (HTTP requires it; clients read it)."""
    status = exc.code if exc.code in ERROR_TEXTS else 400
    allowed = sorted(getattr(exc, "valid_methods", None) or [])
    message = None
    if wants_json() and status == 405:  # a script's client sent another method: say which ones work
        message = f"Метод {request.method} здесь не поддерживается: этот адрес принимает {', '.join(allowed)}."
    elif wants_json() and status == 404 and request.url_rule is None:  # no such address (not a missing document)
        message = f"Такого адреса в API нет; есть {_api_addresses()}."
    resp = make_response(error_response(status, message))
    if status == 405 and allowed:
        resp.headers["Allow"] = ", ".join(allowed)
    if status == 416 and getattr(exc, "length", None) is not None:  # the file's size, as HTTP asks
        resp.headers["Content-Range"] = f"bytes */{exc.length}"
    return resp


class _LinkRequest(Request):
    """A request whose query string is read as a shared link meant it (search_app.damaged_links):
    a value in windows-1251 or encoded twice is its words, not «���» or «%D0%B0…»."""

    @cached_property
    def args(self) -> ImmutableMultiDict:
        return ImmutableMultiDict(query_pairs(self.query_string))


class _App(Flask):
    request_class = _LinkRequest

    def get_send_file_max_age(self, filename: str | None) -> int | None:
        """Static files: a year under their versioned address (search_app.static_versions)."""
        return self.extensions[STATIC_VERSIONS].max_age(filename)

    def make_default_options_response(self) -> Response:
        """OPTIONS: the methods an address takes, in `Allow`, and for the API as JSON too (every
        API answer is JSON; Flask's own is an empty text/html one)."""
        resp = super().make_default_options_response()
        if wants_json():
            methods = sorted(resp.allow)
            resp = json_response({"allow": methods})
            resp.headers["Allow"] = ", ".join(methods)
        return resp


def create_app(index_dir: str | Path | None = None, testing: bool = False, proxies: int = 0,
               request_log: bool = False, cors_origins: list[str] = (), extraction_version: int | None = None,
               exports: int = 2, trusted_hosts: list[str] | None = None, heavy_documents: int = 2,
               word_cache_entries: int = SERVE_CACHE_ENTRIES) -> Flask:
    """The app over the index in `index_dir`; with `request_log`, one INFO line per request
    (search_app.monitoring.RequestLog). Behind `proxies` reverse proxies (nginx's
    proxy_pass), the address a person used is taken from their X-Forwarded-Host, -Proto, -Port,
    -Prefix and -For headers, so absolute links (the CSV's url column) open where that person is; trusted
    only when asked, as a client could send the headers itself. Scripts of web pages from
    `cors_origins` (search_app.cors; none by default) may read the JSON API and /health. Given
    ingest's `extraction_version` (serve passes it: this package does not import ingest), /health
    counts the documents an older one derived. At most `exports` CSV exports stream at once
    (search_app.export_slots; serve's --exports, 2 unless told): the server's other threads stay
    for searches and /health. Given `trusted_hosts` (serve passes this machine's names and those
    of --trusted-host), a request for any other host name is refused with a 400
    (search_app.trusted_hosts), so absolute links are built from those names alone; None answers every host.
    At most `heavy_documents` pages of a large document are marked at once (search_app.document_slots).
    The analysis's word caches hold at most about `word_cache_entries` entries all together
    (index.cache_budget): what people type would otherwise fill them without end."""
    app = _App(__name__)
    if proxies:
        app.wsgi_app = ProxyFix(app.wsgi_app, x_for=proxies, x_proto=proxies, x_host=proxies, x_port=proxies,
                                x_prefix=proxies)
    app.config.update(
        TESTING=testing,
        INDEX_DIR=str(index_dir or default_index_dir()),
        MAX_CONTENT_LENGTH=64 * 1024,  # nothing is uploaded; forms are GET
        JSON_SORT_KEYS=False,
        CSV_MAX_ROWS=CSV_MAX_ROWS,
        EXTRACTION_VERSION=extraction_version,
    )
    app.json.ensure_ascii = False
    app.json.sort_keys = False
    app.extensions[EXTENSION] = SearchService(app.config["INDEX_DIR"], log_problems=True)
    app.extensions[EXPORTS] = ExportSlots(exports)
    app.extensions[HEAVY_DOCUMENTS] = DocumentSlots(heavy_documents)
    word_caches = WordCaches(word_cache_entries)

    from search_app import api, compression, cors, monitoring, static_versions, views
    from search_app.trusted_hosts import TrustedHosts

    app.extensions[STATIC_VERSIONS] = static_versions.init_app(app)

    if trusted_hosts is not None:  # first: a request for a foreign host reaches nothing else
        app.before_request(TrustedHosts(list(trusted_hosts)))
    app.register_blueprint(views.bp)
    app.register_blueprint(api.bp)
    app.register_blueprint(monitoring.bp)
    if request_log:
        app.wsgi_app = monitoring.RequestLog(app.wsgi_app)
    views.register_filters(app)

    @app.after_request
    def security_headers(resp):
        for name, value in SECURITY_HEADERS.items():
            resp.headers.setdefault(name, value)
        return resp

    app.after_request(retry_after_rebuild)

    @app.after_request
    def bound_word_caches(resp):
        word_caches.trim()
        return resp

    app.after_request(lambda resp: cors.add_cors_headers(resp, list(cors_origins)))
    app.after_request(compression.compress)
    app.register_error_handler(HTTPException, _http_error)

    @app.errorhandler(IndexUnavailable)
    def index_unavailable(exc: IndexUnavailable):  # the service logged the operator's sentence
        return unavailable_response(exc)

    @app.errorhandler(Exception)
    def unexpected(exc: Exception):
        # logged in full for the operator; the person sees one sentence, never a traceback
        # the path escaped: a decoded %0A or %1B in it would forge a log line or send a terminal escape
        log.exception("unhandled error on %s", escaped_controls(request.path))
        return error_response(500)

    return app
