"""JSON API mirroring the pages, and CSV export of results and quotes.

    GET /api/search          same parameters as the search page; hits, facets, paging (facets.month:
                             the twelve months, when the search is narrowed to one year; no words:
                             newest first, `sort` says the order)
    GET /api/quotes          same parameters as the quote tab; passages with citations, and facets
                             as /api/search's counting quotes (filters without q: the filters'
                             quotes, newest first; `sort` says the order)
    GET /api/documents/<id>  one document (q= marks the query's matches in text_html; best_match: the
                             mark, counted from 0, where its words meet best, as the snippet shows)
    GET /api/search.csv      the results (up to CSV_MAX_ROWS) as CSV
    GET /api/quotes.csv      the quotes (up to CSV_MAX_ROWS) as CSV

The CSV is UTF-8 with a BOM and `;` between cells, as Excel in a Russian locale opens it (there
`,` is the decimal mark, `;` the list separator; without the BOM it reads Cyrillic as
windows-1251). `sep=,` or `sep=tab` give another separator (programs, other locales).

Errors come back as {"error": message, "status": code}: 400 for a query or parameter that
cannot be run, 404 for an unknown document, 503 when the index is unavailable. Every `<`, `>`
and `&` in the JSON text is written as a \\u escape, so no response can be read as markup.
"""
from __future__ import annotations

import csv
import io
import json
from datetime import date

from flask import Blueprint, Response, abort, request, url_for

from index.citation import hit_citation, passage_anchor, plain, quote_fields
from index.search import MAX_PER_PAGE
from search_app import error_response, service
from search_app.state import FACETS, SearchState
from search_app.views import _original_file, error_status, file_name, valid_doc_id

bp = Blueprint("api", __name__, url_prefix="/api")

CSV_MAX_ROWS = 1000
_CSV_FORMULA = ("=", "+", "-", "@", "\t", "\r")
CSV_SEPARATORS = {";": ";", ",": ",", "tab": "\t"}  # `sep=` value -> separator (";" unless asked)


def _json(payload: dict, status: int = 200) -> Response:
    text = json.dumps(payload, ensure_ascii=False, default=_default)
    text = text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    return Response(text, status=status, mimetype="application/json")


def _default(obj):
    if isinstance(obj, date):
        return obj.isoformat()
    raise TypeError(type(obj).__name__)


def _state_or_error():
    state = SearchState.from_args(request.args)
    return state, (" ".join(state.errors) if state.errors else None)


def _params(state: SearchState) -> dict:
    return {
        "q": state.q, "filters": state.filters, "from": state.date_from or None, "to": state.date_to or None,
        "sort": state.sort, "page": state.page, "per_page": state.per_page, "exact": state.exact,
    }


def _result_json(result, state: SearchState) -> dict:
    """What the search and quotes answers share: the request, paging, timing and query notes."""
    return {
        "params": _params(state),
        "total": result.total, "page": result.page, "per_page": result.per_page,
        "page_count": result.page_count, "elapsed_ms": round(result.elapsed_ms, 2),
        "filters": result.filters, "suggestion": result.suggestion, "expanded": result.expanded,
    }


def _hit_json(hit, state: SearchState) -> dict:
    doc_url = url_for("pages.document", doc_id=hit.doc_id, **({"q": state.q} if state.q else {}))
    return {
        "id": hit.doc_id, "title": hit.title, "date": hit.date, "format": hit.format,
        "language": hit.language, "speakers": hit.speakers, "persons": hit.persons, "topics": hit.topics,
        "snippet_html": hit.snippet_html, "score": hit.score,
        "url": doc_url, "api_url": url_for("api.document", doc_id=hit.doc_id),
    }


@bp.get("/search")
def search():
    state, error = _state_or_error()
    if error:
        return error_response(400, error)
    result = service().search(state.request())
    if result.error:
        return error_response(error_status(), result.error)
    return _json({
        **_result_json(result, state),
        "sort": result.sort, "hits": [_hit_json(hit, state) for hit in result.hits],
        "facets": _facets_json(result),
    })


def _facets_json(result) -> dict:
    """Every facet's values with their counts (documents on /api/search, quotes on /api/quotes),
    and `month` when the search is narrowed to one year."""
    return {name: [{"value": f.value, "count": f.count, "selected": f.selected} for f in result.facets.get(name, [])]
            for name in FACETS + (("month",) if "month" in result.facets else ())}


def _quote_json(hit) -> dict:
    return quote_fields(hit, _quote_url(hit))


def _quote_url(hit) -> str:
    return url_for("pages.document", doc_id=hit.doc_id) + "#" + passage_anchor(hit)


@bp.get("/quotes")
def quotes():
    state, error = _state_or_error()
    if error:
        return error_response(400, error)
    result = service().quotes(state.request())
    if result.error:
        return error_response(error_status(), result.error)
    return _json({
        **_result_json(result, state),
        "sort": result.sort, "hits": [_quote_json(hit) for hit in result.hits],
        "facets": _facets_json(result),
    })


@bp.get("/documents/<doc_id>")
def document(doc_id: str):
    if not valid_doc_id(doc_id):
        abort(404)
    state = SearchState.from_args(request.args)
    view = service().document(doc_id, query=state.q, exact=state.exact)
    if view is None:
        abort(404)
    original = _original_file(view)
    return _json({
        "id": view.doc_id, "title": view.title, "date": view.date, "date_source": view.date_source,
        "format": view.format, "language": view.language, "speakers": view.speakers,
        "persons": view.persons, "topics": view.topics, "pages": view.pages, "encoding": view.encoding,
        "file_name": file_name(view, original),
        "download_url": url_for("pages.download", doc_id=view.doc_id) if original else None,
        "url": url_for("pages.document", doc_id=view.doc_id),
        "match_count": view.match_count, "best_match": view.best_match, "text": view.text, "text_html": view.text_html,
        "passages": [{"position": p.position, "page": p.page, "speaker": p.speaker, "text": p.text}
                     for p in view.passages],
    })


# -- CSV ---------------------------------------------------------------------------------------
def _cell(value) -> str:
    """A CSV cell that a spreadsheet will not run as a formula."""
    if value is None:
        return ""
    if isinstance(value, list):
        value = ", ".join(value)  # facet values never hold a comma (index.schema.KEYWORD_SEPARATOR)
    text = str(value)
    return "'" + text if text.startswith(_CSV_FORMULA) else text


def _csv_request():
    """(state, separator, None) of a CSV request, or a message in place of None: the separator
    is `sep=` (`;` by default)."""
    state, error = _state_or_error()
    raw = request.args.get("sep", ";")
    if raw not in CSV_SEPARATORS:
        error = error or f"Разделитель «{raw[:10]}» не поддерживается: укажите sep=; (по умолчанию), sep=, или sep=tab."
    return state, CSV_SEPARATORS.get(raw), error


def _csv(rows, header: list[str], name: str, separator: str) -> Response:
    buf = io.StringIO()
    buf.write("\ufeff")  # so spreadsheet programs read the Cyrillic as UTF-8
    writer = csv.writer(buf, delimiter=separator)
    writer.writerow(header)
    for row in rows:
        writer.writerow([_cell(v) for v in row])
    resp = Response(buf.getvalue(), mimetype="text/csv")
    resp.headers["Content-Disposition"] = f'attachment; filename="{name}"'
    return resp


def _all_pages(run, state: SearchState):
    """Hits of every page up to CSV_MAX_ROWS, or (None, error)."""
    hits = []
    page = 1
    while len(hits) < CSV_MAX_ROWS:
        result = run(state.request(page=page, per_page=MAX_PER_PAGE, facets=False))
        if result.error:
            return None, result.error
        hits += result.hits
        if page * MAX_PER_PAGE >= result.total or not result.hits:
            break
        page += 1
    return hits[:CSV_MAX_ROWS], None


@bp.get("/search.csv")
def search_csv():
    state, separator, error = _csv_request()
    if error:
        return error_response(400, error)
    hits, error = _all_pages(lambda req: service().search(req), state)
    if error:
        return error_response(error_status(), error)
    base = request.host_url.rstrip("/")
    rows = ([h.doc_id, h.title, h.date.isoformat() if h.date else "", h.format, h.language, h.speakers,
             h.persons, h.topics, plain(h.snippet_html), base + url_for("pages.document", doc_id=h.doc_id)]
            for h in hits)
    return _csv(rows, ["id", "title", "date", "format", "language", "speakers", "persons", "topics",
                       "snippet", "url"], "assembly-search.csv", separator)


@bp.get("/quotes.csv")
def quotes_csv():
    state, separator, error = _csv_request()
    if error:
        return error_response(400, error)
    hits, error = _all_pages(lambda req: service().quotes(req), state)
    if error:
        return error_response(error_status(), error)
    base = request.host_url.rstrip("/")
    rows = ([hit_citation(h), h.text, ", ".join(h.speakers), h.title, h.date.isoformat() if h.date else "",
             h.page, h.doc_id, base + _quote_url(h)]
            for h in hits)
    return _csv(rows, ["citation", "text", "speaker", "title", "date", "page", "document_id", "url"],
                "assembly-quotes.csv", separator)
