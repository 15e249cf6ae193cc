"""JSON API mirroring the pages, and CSV export of results and quotes.

    GET /api/search          same parameters as the search page; hits, facets, paging (facets.month:
                             the twelve months, when the search is narrowed to one year, counted
                             inside a date period other than one whole month; else
                             facets.month_of_year: the twelve months of every year, "01".."12";
                             month=03 (and day=1) keeps what is dated in that month (on that
                             day) of any year; no words:
                             newest first, `sort` says the order; `partial`: every word together
                             found nothing and the hits have most of the words, `unmatched` the
                             words no document has, each hit's `missing` the words it lacks;
                             each facet lists its first `facet_limit` values, 100 unless asked
                             (1-100000, or `all`), and the selected ones; `facet_totals` says
                             how many each has; `facets=0` leaves them out: `facets` and
                             `facet_totals` are {})
    GET /api/quotes          same parameters as the quote tab; passages with citations, and facets
                             as /api/search's (`facet_limit`, `facets=0` too) counting quotes
                             (filters without q: the filters' quotes, newest first; `sort` says
                             the order; `partial`, `unmatched` and each hit's `missing` as
                             /api/search's, for passages; each hit's
                             `speech`: `direct` when its citation is the speaker's words, `reported`
                             when it is the reporter's account of them, «Пересказ: …», null for a
                             passage with no speaker; `url`: its paragraph, the query marked;
                             `author`, `act_numbers`, `document_language`: its document's; `reference`:
                             its document's ГОСТ Р 7.0.5-2008 reference, its page cited, index.references)
    GET /api/documents       every document, in order of id, `limit` at a time (100; 1 to 1000):
                             `after` the last id of the answer before (its `next`), each with its
                             `etag`, its /api/documents/<id> answer's ETag as sent (quoted); a
                             harvest of any size that neither repeats nor skips a document while an
                             ingest commits; an `after` not of the form ids have (16 hex digits,
                             lowercase) is a 400
    GET /api/documents/<id>  one document (its text in one form: `text`, or with q= `text_html`, the
                             text escaped, the query's matches marked; and `passages`, its paragraphs'
                             position (#p-N on its page), page, speaker and language, without their
                             text; `include=text,text_html,passages` or `all` names the forms wanted,
                             the others are null, and a `passages` named has each paragraph's `text`
                             too (the default before: `include=text,passages`); best_match: the
                             mark, counted from 0, where its words meet best, as the snippet shows;
                             meetings: the marks, counted from 0, starting each place where all the
                             query's words meet (empty for one word or a quoted phrase);
                             former_ids: the ids it had before its file was edited, which answer
                             with it, their Content-Location naming its current id (and those of
                             documents --prune removed whose text it holds: a DOCX saved as PDF);
                             moved_from, only in the answer to such a removed id: that id, its
                             `file_names` and `same_text` (false: nearly the same); each passage's
                             `language`, its own: a Kazakh statement in a Russian report is kk;
                             `paths`, `file_count` and `copies`: its files, and the other documents
                             of its text, each with its id, title, format and files, as a search hit;
                             `gone_paths`: those of `paths` whose file is not there now, as a search
                             hit has them too; `author`: its author or issuing body, "" when its file
                             names none; `reference`: its ГОСТ Р 7.0.5-2008 reference, as a search hit's;
                             `original_url`: the address a saved web page came from, null when its file
                             records none; `captured`: the day a web crawl (WARC) captured it, or null)
    GET /api/search.csv      every result as CSV (up to search_app.CSV_MAX_ROWS, 100,000; more found: a
                             last row says so, and the headers X-Total-Count and X-Export-Rows;
                             `missing`: the words a «most of the words» hit lacks, and a last row
                             says the answer is one; `gone_files`: its files not there now)
                             (`author`, `act_numbers`, `reference`: the document's, as /api/search's hit)
    GET /api/quotes.csv      every quote as CSV, the same way (`speech`, `missing` and the last row too;
                             `language`: the passage's; `author`, `act_numbers`, `reference`: its document's)
    GET /api/search.json     every result as the CSV has it, as JSON (the web page's «Выгрузить: JSON»;
    GET /api/quotes.json     /api/search is one page): {"total", "export_rows", "index_generation",
                             "partial", "unknown", "notes": the CSV's last rows, "rows": one object per
                             CSV row, keyed by its column names, lists as lists}, the same cap and headers

Every JSON answer names the index commit it was read from, `index_generation` (/health's
`generation`): a client paging through a search sees a commit land between two pages. Given page
1's as `generation=` (the web page's own page links carry it), a search or quote search answers
`generation_changed`: true when this page was read from another commit, whose hits may repeat or
skip some of the earlier pages' (start again, or harvest with /api/documents); without
`generation=` the field is left out (the answer is then what `search --json` prints). Old
commits are not kept open for a client to page through. Ties
(equal scores, equal or no dates) are ordered by document id, which a re-ingest keeps, so paging
while an ingest rewrites unchanged files neither repeats nor skips a document. `page_count` names
only the pages served (at most index.search.MAX_PAGE); `hits_past_page_limit` counts the hits
after them. A CSV export reads every page from the commit its first page was read from
(`X-Index-Generation`). JSON answers carry an ETag (a search's: the commit and the request; a
document's: its own content, so a commit adding others leaves it) and `Cache-Control: no-cache`;
If-None-Match with it answers 304. A quote hit has its passage's own `language` and `format`,
and `api_url` as a document hit has. Links: `url` and `api_url` in JSON are paths on this server
(resolve them against the address called: the command's --json has no server to name), the
CSV's `url` column is absolute (a spreadsheet has no address to resolve against).

The CSV is UTF-8 with a BOM and `;` between cells, as Excel in a Russian locale opens it (there
`,` is the decimal mark, `;` the list separator; without the BOM it reads Cyrillic as
windows-1251). `sep=,` or `sep=tab` give another separator (programs, other locales).

Facet parameters take a facet value, or what the query's FIELD:VALUE takes (`language=казахский`,
`format=PDF`, `persons=Сарсенбаева`, `speakers=Назарбаев`): the answer's `filters` name the values
it stands for, and `unknown` those naming none, which find nothing (the CSV says so in a last row).

Errors come back as {"error": message, "status": code}: 400 for a query or parameter that
cannot be run, 404 for an unknown document or address, 405 (with `Allow`) for a method other than
GET or HEAD, 503 when the index is unavailable; OPTIONS answers {"allow": [...]}. Every `<`, `>`
and `&` in the JSON text is written as a \\u escape, so no response can be read as markup.
"""
from __future__ import annotations

import csv
import io
import os
from dataclasses import dataclass
from typing import Callable

from flask import Blueprint, Response, make_response, render_template, request, stream_with_context, url_for
from werkzeug.http import quote_etag

from index.answers import answer_fields, arrival_fields, at_best_match, files_fields, hit_fields, request_fields
from index.citation import hit_citation_of, hit_cited, hit_reference, passage_anchor, plain, quote_fields, quote_link, speech
from index.references import document_reference
from index.passage_links import PASSAGE_PARAM
from index.paths import gone_paths, shown_paths, spaced_controls
from index.refusals import paging_number
from index.search import MAX_PER_PAGE
from search_app import csv_row_limit, document_slots, error_response, export_slots, prefers_html, service
from search_app import json_response as _json
from search_app.conditional import answer_tag, body_tag, not_modified, tagged, unchanged
from search_app.csv_cells import cell
from search_app.damaged_links import is_document_id_form
from search_app.export_slots import RETRY_AFTER_SECONDS
from search_app.facet_options import FacetOptions, facet_options
from search_app.json_export import json_chunks
from search_app.monitoring import ExportRows, export_rows
from search_app.state import SearchState
from search_app.text import thousands
from search_app.views import (DAMAGED_ID, NO_DOCUMENT, _original_file, busy_document, error_status, file_name,
                              served_places, valid_doc_id)

bp = Blueprint("api", __name__, url_prefix="/api")

CSV_CHUNK_CHARS = 64 * 1024  # the CSV goes out in pieces of about this size
CSV_CUT_NOTE = ("Строк в файле: {rows} из {total} найденных (предел выгрузки); сузьте поиск фильтрами или датами, "
                "чтобы выгрузить остальные.")
CSV_PARTIAL_NOTE = ("Все слова запроса вместе не найдены: в файле {shown}, где есть часть слов; каких слов нет "
                    "в {one}, сказано в столбце missing.")
CSV_PARTIAL_WORDS = {"documents": ("документы", "документе"), "quotes": ("цитаты", "цитате")}
CSV_UNKNOWN_NOTE = "Таких значений фильтров в архиве нет, они ничего не находят: {values}."
CSV_SEPARATORS = {";": ";", ",": ",", "tab": "\t"}  # `sep=` value -> separator (";" unless asked)


def _state_or_error():
    """The request's state, its facet parameters read as the facet values they name, and the
    message for what cannot be run: a bad date or year, a page or page size out of range, an
    unknown sort, an `exact=` neither yes nor no (the pages show the nearest, or relevance, or all
    forms; a script must not get other rows than it asked)."""
    state = SearchState.from_args(request.args)
    state.read_facet_values(service().facet_values, counted_as_given=True)
    errors = state.errors + state.paging_errors + ([state.sort_error()] if state.unknown_sort else [])
    errors += [e for e in (state.exact_error, state.generation_error) if e]
    return state, (" ".join(errors) if errors else None)


def _search_args():
    """The state, the facet options (`facets`, `facet_limit`) and the message for what cannot be
    run, of a JSON search or quote search."""
    state, error = _state_or_error()
    options, options_error = facet_options(request.args)
    return state, options, " ".join(e for e in (error, options_error) if e) or None


def _params(state: SearchState) -> dict:
    return request_fields(state.q, state.filters, state.date_from or None, state.date_to or None, state.sort,
                          state.page, state.per_page, state.exact, state.added_from or None, state.every_month,
                          state.every_day)


def _hit_json(hit, state: SearchState) -> dict:
    return hit_fields(hit, _document_url(hit, state), url_for("api.document", doc_id=hit.doc_id))


def _document_url(hit, state: SearchState) -> str:
    """A hit's document page, marking the query as the search matched it (its exact forms too)."""
    return url_for("pages.document", doc_id=hit.doc_id, **state.marking())


def _held_by_client():
    """A 304 when the client holds this request's answer from the commit now live (its
    If-None-Match), before anything is searched; else None."""
    if not request.if_none_match:
        return None
    tag = answer_tag(service().generation_tag())
    return not_modified(tag) if unchanged(tag) else None


def _answer(result, state: SearchState, options: FacetOptions, hits: list[dict]) -> Response:
    """A search's or quote search's JSON, tagged with the commit that answered and the request."""
    fields = answer_fields(result, _params(state), hits, facet_limit=options.limit, with_facets=options.wanted)
    if state.first_generation is not None:  # page 1's index_generation: was this page read from another commit?
        fields["generation_changed"] = result.generation != state.first_generation
    return tagged(_json(fields), answer_tag(result.generation_tag))


@bp.get("/search")
def search():
    state, options, error = _search_args()
    if error:
        return error_response(400, error)
    held = _held_by_client()
    if held:
        return held
    result = service().search(state.request(facets=options.wanted))
    if result.error:
        return error_response(error_status(), result.error)
    return _answer(result, state, options, [_hit_json(hit, state) for hit in result.hits])


def _quote_json(hit, state: SearchState) -> dict:
    return quote_fields(hit, _quote_url(hit, state), url_for("api.document", doc_id=hit.doc_id), request.script_root)


def _quote_url(hit, state: SearchState) -> str:
    """A quote's paragraph on its document's page, with the query the page marks (as a document
    hit's link has it) and the passage's fingerprint, which finds it after an edit."""
    return (url_for("pages.document", doc_id=hit.doc_id, **state.marking(), **{PASSAGE_PARAM: hit.fingerprint})
            + "#" + passage_anchor(hit))


@bp.get("/quotes")
def quotes():
    state, options, error = _search_args()
    if error:
        return error_response(400, error)
    held = _held_by_client()
    if held:
        return held
    result = service().quotes(state.request(facets=options.wanted))
    if result.error:
        return error_response(error_status(), result.error)
    return _answer(result, state, options, [_quote_json(hit, state) for hit in result.hits])


# The document's text comes in three forms: `text` (plain), `text_html` (escaped, the query's
# matches marked) and `passages` (its paragraphs, each with its page, speaker and language). All
# three were always sent: 25 MB for an 8 MB report. Unless `include` names them, an answer has the
# text once, marked when q is given, and the passages' places (OUTLINE: each paragraph's position,
# page, speaker and language, not its text again: a 300-page transcript's answer was 3.1 MB, the
# text twice); a form left out is null.
DOCUMENT_PARTS = ("text", "text_html", "passages")
OUTLINE = "outline"  # the passages without their text: the default, not a name `include` takes
PLAIN_PARTS = frozenset({"text", OUTLINE})
MARKED_PARTS = frozenset({"text_html", OUTLINE})


def _document_parts(args, marking: bool) -> tuple[frozenset[str], str | None]:
    """The forms of the text `include=` asks for (comma-separated or repeated; `all`: every one),
    the default when absent, and the sentence refusing a name that is none of them."""
    asked = {part.strip().lower() for raw in args.getlist("include") for part in raw.split(",")} - {""}
    if not asked:
        return (MARKED_PARTS if marking else PLAIN_PARTS), None
    if "all" in asked:
        return frozenset(DOCUMENT_PARTS), None
    unknown = sorted(asked - set(DOCUMENT_PARTS))
    if unknown:
        return PLAIN_PARTS, (f"Параметр include «{unknown[0][:20]}» не подходит: укажите через запятую text, "
                             "text_html, passages или all.")
    return frozenset(asked), None


@bp.get("/documents/<doc_id>")
def document(doc_id: str):
    state = SearchState.from_args(request.args)
    parts, error = _document_parts(request.args, bool(state.q))
    error = error or state.exact_error or None  # `exact=maybe` as the searches refuse it, not all forms unsaid
    if error:
        return error_response(400, error)
    valid = valid_doc_id(doc_id)
    # a query's matches marked over a megabyte take seconds: a few at once (search_app.document_slots)
    room = document_slots().room(service().text_chars(doc_id) if valid and state.q else 0)
    if room is None:
        return busy_document()
    with room:
        return _document_answer(doc_id, state, parts, valid)


def _document_answer(doc_id: str, state: SearchState, parts: frozenset[str], valid: bool):
    """Document `doc_id`'s answer (its id `valid` in form), `parts` its forms of the text sent."""
    view = service().document(doc_id, query=state.q, exact=state.exact, names=state.filters) if valid else None
    # an id whose file was edited since: the current document itself, not a redirect (a script
    # that does not follow redirects still gets JSON); its `id` and Content-Location give the id
    # to keep, and `former_ids` lists the one asked for
    current = service().current_id(doc_id) if valid and view is None else None
    if current:
        view = service().document(current, query=state.q, exact=state.exact, names=state.filters)
    if view is None:  # an id of a form the archive never gives is a damaged link, not a deleted document
        return error_response(404, NO_DOCUMENT if is_document_id_form(doc_id) else DAMAGED_ID)
    payload = _document_fields(view, parts=parts)
    moved = _moved_from(doc_id) if current else None
    if moved is not None:  # only then: the answers to every other id stay as they were
        payload["moved_from"] = moved
    tag = body_tag(payload)  # the document's own: a commit adding others leaves it
    resp = not_modified(tag) if unchanged(tag) else tagged(_json({**payload, "index_generation": view.generation}), tag)
    if view.doc_id != doc_id:
        resp.headers["Content-Location"] = url_for("api.document", doc_id=view.doc_id)
    return resp


def _moved_from(doc_id: str) -> dict | None:
    """For an id --prune removed while another document held its text: its file names, and whether
    that text is the same (`same_text` false: nearly the same); None for any other id."""
    moved = service().moved_document(doc_id)
    if moved is None:
        return None
    return {"id": doc_id, "file_names": [os.path.basename(p) for p in moved.paths], "same_text": moved.same}


def _document_fields(view, places=None, parts: frozenset[str] = PLAIN_PARTS) -> dict:
    """A document's answer but its `index_generation`: what its ETag is made of (`places`: where
    files are served from, views.served_places; `parts`: the forms of its text sent, the others
    null)."""
    original = _original_file(view.paths, places)
    return {
        "id": view.doc_id, "title": view.title, "date": view.date, "date_source": view.date_source,
        "act_numbers": view.act_numbers, "author": view.author, "reference": document_reference(view),
        "original_url": view.original_url or None, "captured": view.captured or None,
        "format": view.format, "language": view.language, "speakers": view.speakers,
        "persons": view.persons, "topics": view.topics, "pages": view.pages, "encoding": view.encoding,
        "file_name": file_name(view, original),
        "download_url": url_for("pages.download", doc_id=view.doc_id) if original else None,
        "url": url_for("pages.document", doc_id=view.doc_id),
        "match_count": view.match_count, "best_match": view.best_match, "meetings": view.meetings,
        "text": view.text if "text" in parts else None,
        "text_html": view.text_html if "text_html" in parts else None,
        "passages": _passages(view, "passages" in parts) if parts & {"passages", OUTLINE} else None,
        "former_ids": view.former_ids, **arrival_fields(view.added, view.changed),
        # its files, and the other documents of its text (the search shows them as one result)
        **files_fields(view.paths, view.copies), "gone_paths": gone_paths(view.paths),
    }


def _passages(view, with_text: bool) -> list[dict]:
    """The document's paragraphs: each one's position, page, speaker and language, and when
    `with_text` its text."""
    return [{"position": p.position, "page": p.page, "speaker": p.speaker,
             **({"text": p.text} if with_text else {}), "language": p.language} for p in view.passages]


LIST_LIMIT = 100  # documents in one answer of /api/documents, unless `limit` says
MAX_LIST_LIMIT = 1000
LIST_LIMIT_WHAT = "Число документов в списке"
BAD_AFTER = ("Параметр after «{after}» не похож на id документа (16 знаков: цифры и строчные латинские буквы a–f): "
             "укажите id последнего документа предыдущего ответа.")


@bp.get("/documents")
def documents():
    """Every document of the archive, a `limit` at a time, in order of id: `after` the last id of
    the answer before (its `next` link), so a harvest reaches every document however many there
    are, and a commit between two answers neither repeats nor skips one (the id is the content's
    hash, which a re-ingest keeps). Each document's `etag` is its /api/documents/<id> answer's
    ETag as sent: a harvest fetches only the documents whose `etag` changed."""
    after = (request.args.get("after") or "").strip()
    limit, error = paging_number(request.args.get("limit"), LIST_LIMIT, 1, MAX_LIST_LIMIT, LIST_LIMIT_WHAT)
    # only an id of the form ingest gives: a mistyped cursor (`zzz`) looked like a finished harvest,
    # one printed in capitals listed its document again
    if after and not is_document_id_form(after):
        error = BAD_AFTER.format(after=after[:40])
    if error:
        return error_response(400, error)
    held = _held_by_client()
    if held:
        return held
    generation = service().pin()  # the ids and every document from one commit
    try:
        ids, more = service().document_ids(after, limit, generation)
        places = served_places()
        listed = [_listed(service().document(doc_id, generation=generation), places) for doc_id in ids]
    finally:
        service().unpin(generation)
    return tagged(_json({
        "index_generation": generation.number, "after": after or None, "limit": limit, "remaining": more,
        "documents": listed, "next": url_for("api.documents", after=ids[-1], limit=limit) if more else None,
    }), answer_tag(generation.tag))


def _listed(view, places) -> dict:
    """A document as /api/documents lists it: what a harvest compares, and where the rest is."""
    return {
        "id": view.doc_id, "title": view.title, "date": view.date, "date_source": view.date_source,
        "format": view.format, "language": view.language, "former_ids": view.former_ids,
        **arrival_fields(view.added, view.changed),
        "url": url_for("pages.document", doc_id=view.doc_id), "api_url": url_for("api.document", doc_id=view.doc_id),
        # as the document's answer sends it (quoted; a gzipped one weak, W/ before it), so a harvest
        # compares it with the ETag it kept, and sends it as If-None-Match
        "etag": quote_etag(body_tag(_document_fields(view, places))),
    }


# -- CSV ---------------------------------------------------------------------------------------
def _export_request():
    """(state, form, None) of an export's request, or a message in place of None: JSON for an
    address ending in .json, else CSV with the separator `sep=` names (`;` by default)."""
    state, error = _state_or_error()
    if request.path.endswith(".json"):
        return state, JSON_FORM, error
    raw = request.args.get("sep", ";")
    if raw not in CSV_SEPARATORS:
        error = error or f"Разделитель «{raw[:10]}» не поддерживается: укажите sep=; (по умолчанию), sep=, или sep=tab."
    return state, _csv_form(CSV_SEPARATORS.get(raw)), error


@dataclass(frozen=True)
class ExportForm:
    """How an export writes its rows: as CSV (with its separator) or as JSON (search_app.json_export)."""
    label: str  # «CSV», «JSON»: as the page's links name it
    extension: str
    mimetype: str
    chunks: Callable  # (rows, header, head, notes, counted) -> the answer's text in pieces


def _csv_form(separator: str) -> ExportForm:
    return ExportForm("CSV", "csv", "text/csv", lambda rows, header, head, notes, counted: _csv_chunks(
        rows, header, separator, notes, counted))


JSON_FORM = ExportForm("JSON", "json", "application/json", lambda rows, header, head, notes, counted: json_chunks(
    rows, header, head, notes, counted, CSV_CHUNK_CHARS))


def _export(run, state: SearchState, form: ExportForm, header: list[str], row_of, name: str, kind: str) -> Response:
    """_export_answer() in one of the export slots (search_app.export_slots), held until the answer is
    closed; when every slot is streaming, a 503 with Retry-After at once, so the server's other
    threads stay free for searches, pages and /health."""
    slots = export_slots()
    slot = slots.take()
    if slot is None:
        resp = make_response(_refused_export(slots.refusal(), state, kind, form))
        resp.headers["Retry-After"] = str(RETRY_AFTER_SECONDS)
        resp.vary.add("Accept")  # a page for a browser, JSON for a script
        return resp
    try:
        resp = make_response(_export_answer(run, state, form, header, row_of, name, kind))
    except BaseException:
        slot.give_back()
        raise
    if resp.is_streamed:
        resp.response = slot.held_through(resp.response)
    else:  # a refused query's sentence
        slot.give_back()
    resp.call_on_close(slot.give_back)  # a body never read (HEAD, a client gone) ends without its last chunk
    return resp


# The page each export's link is on: a browser refused an export is led back to it.
_EXPORT_PAGES = {"documents": ("pages.search", "Вернуться к результатам поиска"),
                 "quotes": ("pages.quotes", "Вернуться к цитатам")}


def _refused_export(sentence: str, state: SearchState, kind: str, form: ExportForm):
    """The 503 of an export refused because every slot is in use: JSON for the API's clients, and
    for a browser (the page's «CSV» link) a page with the sentence, a link repeating the same export
    (the way back to it was dozens of Tabs from the query box to «CSV») and one back to the results."""
    if not prefers_html():
        return error_response(503, sentence)
    endpoint, words = _EXPORT_PAGES[kind]
    asked = request.query_string.decode("latin-1")  # as sent: percent-encoded ASCII
    retry = url_for(request.endpoint) + (f"?{asked}" if asked else "")
    return render_template("error.html", title=f"Выгрузка {form.label} сейчас занята", message=sentence, status=503,
                           retry=(retry, "Повторить выгрузку"), link=(state.href(url_for(endpoint)), words)), 503


def _export_answer(run, state: SearchState, form: ExportForm, header: list[str], row_of, name: str,
                   kind: str) -> Response:
    """Every hit of the search (`run`) as CSV or JSON rows (`row_of(hit, the first page's result)`), up to
    csv_row_limit(), streamed a page at a time so memory stays flat however many rows there are;
    what the rows do not say (fewer rows than found, documents with only some of the words, filter
    values naming nothing) in last rows. The first page runs before the answer starts, so a refused query is still a 400
    with its sentence. `kind`: "documents" or "quotes", what the rows are; each row's last cell is
    the words it lacks. Every page is read from the commit the first was (pinned until the answer
    is closed, sent whole or broken off): pages read from each newest commit in turn, while an
    ingest committed, repeated some rows and left out others."""
    generation = service().pin()
    try:
        first = run(state.request(page=1, per_page=MAX_PER_PAGE, facets=False), generation)
    except BaseException:
        service().unpin(generation)
        raise
    if first.error:
        service().unpin(generation)
        return error_response(error_status(), first.error)
    limit = csv_row_limit()
    seen: dict[str, bool] = {}  # a document's quotes share its files: each looked up once
    rows = (row_of(hit, first) + [hit.missing, _readable(gone_paths(hit.paths, seen))]
            for hit in _every_hit(run, state, first, limit, generation))
    notes = [CSV_CUT_NOTE.format(rows=thousands(limit), total=thousands(first.total))] if first.total > limit else []
    if first.partial:
        shown, one = CSV_PARTIAL_WORDS[kind]
        notes.append(CSV_PARTIAL_NOTE.format(shown=shown, one=one))
    if first.unknown:
        notes.append(CSV_UNKNOWN_NOTE.format(values="; ".join(
            f"{name}={', '.join(values)}" for name, values in first.unknown.items())))
    counted = export_rows(request.environ, min(first.total, limit))
    head = {"total": first.total, "export_rows": min(first.total, limit), "index_generation": first.generation,
            "partial": first.partial, "unknown": first.unknown or {}}
    resp = Response(stream_with_context(form.chunks(rows, header + ["missing", "gone_files"], head, notes, counted)),
                    mimetype=form.mimetype)
    resp.headers["Content-Disposition"] = f'attachment; filename="{name}.{form.extension}"'
    resp.headers["X-Total-Count"] = str(first.total)  # found; the file holds X-Export-Rows of them
    resp.headers["X-Export-Rows"] = str(min(first.total, limit))
    resp.headers["X-Index-Generation"] = str(first.generation)  # the commit every row was read from
    pinned_by = service()  # closing runs outside the app's context
    resp.call_on_close(lambda: pinned_by.unpin(generation))
    return resp


def _every_hit(run, state: SearchState, first, limit: int, generation):
    """The hits of `first` (page 1) and of each page after it in the same `generation`, up to
    `limit`, one page in memory at a time. A page the index cannot answer midway raises: the
    server then breaks the download off, which clients report, rather than ending a file that
    looks whole."""
    result, page, left = first, 1, limit
    while True:
        yield from result.hits[:left]
        left -= len(result.hits)
        if left <= 0 or not result.hits or page * MAX_PER_PAGE >= result.total:
            return
        page += 1
        result = run(state.request(page=page, per_page=MAX_PER_PAGE, facets=False), generation)
        if result.error:
            raise RuntimeError(f"CSV export broken off at page {page}: {result.error}")


def _csv_chunks(rows, header: list[str], separator: str, notes: list[str], counted: ExportRows):
    """The CSV text in pieces of about CSV_CHUNK_CHARS; each of `notes` as a last row. The rows of
    a piece count as sent (`counted`, for the request's log line) once the server asks for the next."""
    buf = io.StringIO()
    buf.write("\ufeff")  # so spreadsheet programs read the Cyrillic as UTF-8
    writer = csv.writer(buf, delimiter=separator)
    writer.writerow(header)
    held = 0
    for row in rows:
        writer.writerow([cell(v) for v in row])
        held += 1
        if buf.tell() >= CSV_CHUNK_CHARS:
            yield buf.getvalue()
            counted.sent += held
            held = 0
            buf.seek(0)
            buf.truncate()
    for note in notes:
        writer.writerow([note])
    yield buf.getvalue()
    counted.sent += held


@bp.get("/search.csv", endpoint="search_csv")
@bp.get("/search.json", endpoint="search_json")
def search_export():
    state, form, error = _export_request()
    if error:
        return error_response(400, error)
    base = request.host_url.rstrip("/")

    def row_of(h, result):  # the url opens at the match, as the API's and the page's links do
        return [h.doc_id, h.title, h.date.isoformat() if h.date else "", h.date_source or "", h.format, h.language,
                h.speakers, h.persons, h.topics, plain(h.snippet_html),
                base + at_best_match(_document_url(h, state), result), _files(h.paths),
                _files([p for c in h.copies for p in c.paths]), h.author, h.act_numbers, document_reference(h)]

    return _export(service().search, state, form, ["id", "title", "date", "date_source", "format", "language",
                   "speakers",
                   "persons", "topics", "snippet", "url", "files", "same_text_files", "author", "act_numbers",
                   "reference"], row_of, "assembly-search", "documents")


@bp.get("/quotes.csv", endpoint="quotes_csv")
@bp.get("/quotes.json", endpoint="quotes_json")
def quotes_export():
    state, form, error = _export_request()
    if error:
        return error_response(400, error)
    base = request.host_url.rstrip("/")

    def row_of(h, result):
        words = hit_cited(h)
        return [hit_citation_of(words, h), h.text, ", ".join(h.speakers),
                speech(words, h.speakers) or "", h.title, h.date.isoformat() if h.date else "",
                h.page, h.doc_id, base + _quote_url(h, state), base + quote_link(h, request.script_root),
                _files(h.paths), _files([p for c in h.copies for p in c.paths]),
                h.language, h.author, h.act_numbers, hit_reference(h)]

    return _export(service().quotes, state, form, ["citation", "text", "speaker", "speech", "title", "date",
                   "page", "document_id", "url", "permalink", "files", "same_text_files", "language", "author",
                   "act_numbers", "reference"], row_of, "assembly-quotes", "quotes")


def _files(paths: list[str]) -> list[str]:
    """A CSV cell's files, as the API lists them (shown_paths): a deduplication list exported from the web."""
    return _readable(shown_paths(paths))


def _readable(paths: list[str]) -> list[str]:
    """Paths as the pages show them, for the people who open the CSV: a line break or U+202E in a
    name (`отчет\\u202etxt.exe\\u202c.txt` reads `отчетexe.txt.txt`) a space. The API keeps them as they are."""
    return [spaced_controls(path) for path in paths]
