"""The JSON shape of a search or quote answer: /api/search and /api/quotes give it, and so does
`assembly-search search --json`, so a script written against one reads the other. Plain data, no
Flask: the caller gives each hit's links (the web app makes them with url_for; the command writes
the app's paths). A quote's own fields are index.citation.quote_fields."""
from __future__ import annotations

from datetime import date

from index.arrival import local_iso
from index.paths import display_path, gone_paths, shown_paths
from index.references import document_reference
from index.results import MAX_PAGE, Copy, Hit, QuoteResult
from index.schema import FACET_FIELDS


def request_fields(query: str, filters: dict[str, list[str]], date_from: str | None, date_to: str | None,
                   sort: str, page: int, per_page: int, exact: bool, added_from: str | None = None,
                   month: int | None = None, day: int | None = None) -> dict:
    """`params`: the request as asked (dates as typed; None when not given; `month` and `day` of
    every year as numbers)."""
    return {"q": query, "filters": filters, "from": date_from, "to": date_to, "added_from": added_from,
            "month": month, "day": day, "sort": sort, "page": page, "per_page": per_page, "exact": exact}


def answer_fields(result, params: dict, hits: list[dict], facet_limit: int | None = None,
                  with_facets: bool = True) -> dict:
    """A search or quote result: the request, paging, timing, query notes (`left_out`: the words
    that only asked the question, not searched; `partial`: the hits have most of the words, all of
    them together finding nothing; `unmatched`: words no record has; `undated_left_out`: the
    records of undated documents the date filter leaves out),
    the hits and the facets; `excluded`: the facet values `-speaker:X` left out, as `filters` names
    those in force; `required`: per field, the values of `filters` that must each hold (`speaker:A AND
    speaker:B`), where the others of a field are alternatives; `excluded_words`: the words, "phrases" and (groups) `-word` or NOT left out, as typed;
    `lowercase_operators`: [word before, operator word, word after] for each «не», «или», «or», «not» typed in
    lowercase between two words, which only capitals make an operator, so it was searched as words; `unknown`: per field, the filter values (chosen or typed) no facet value of the
    archive is, which find nothing; `widened` (`widened_excluded`): per field, a typed name that
    is a facet value itself -> the other values its filter (its exclusion) took in too; `page_count`: the pages paging reaches, at most MAX_PAGE, and
    `hits_past_page_limit` the hits after the last of them (a larger per_page, a narrower search,
    or /api/documents?after= reach them); `index_generation`: the index commit that answered
    (GET /health's `generation`): a client paging through a result sees a commit land between
    two pages, when the order may have changed; `facets` (at most `facet_limit` values of each,
    None: every value) and `facet_totals`, how many values each facet has, so a client sees
    which lists are cut (both {} when the facets were not asked for, `with_facets` False)."""
    return {
        "params": params, "index_generation": result.generation,
        "total": result.total, "page": result.page, "per_page": result.per_page,
        "page_count": min(result.page_count, MAX_PAGE),
        "hits_past_page_limit": max(0, result.total - MAX_PAGE * result.per_page),
        "elapsed_ms": round(result.elapsed_ms, 2),
        "filters": result.filters, "excluded": result.excluded, "excluded_words": result.excluded_words,
        "lowercase_operators": result.lowercase_operators,
        "unknown": result.unknown, "required": result.required,
        "widened": result.widened, "widened_excluded": result.widened_excluded,
        "suggestion": result.suggestion,
        "expanded": result.expanded, "left_out": result.left_out,
        "sort": result.sort, **_partial_fields(result), "undated_left_out": result.undated_left_out,
        "hits": _at_best_match(result, hits),
        "facets": facet_fields(result, facet_limit) if with_facets else {},
        "facet_totals": _facet_totals(result) if with_facets else {},
    }


BEST_MATCH_FRAGMENT = "#best-match"  # the document page's mark where the query's words meet best


def _at_best_match(result, hits: list[dict]) -> list[dict]:
    """A document search's hits with links that open their page where the query's words meet,
    as the search page's result links do (a script's link opened at the top); a quote's link
    has its paragraph's anchor, and a search without words has nothing to meet."""
    if isinstance(result, QuoteResult):
        return hits
    return [{**hit, "url": at_best_match(hit["url"], result)} for hit in hits]


def at_best_match(url: str, result) -> str:
    """A document hit's link (`url`: its page with the query) opening where the query's words
    meet, when the document search `result` has words (the CSV's url column is the same link)."""
    return url + BEST_MATCH_FRAGMENT if result.has_words else url


def _partial_fields(result) -> dict:
    """The partial-match notes of a document or quote search (each hit's `missing` is its own)."""
    return {"partial": result.partial, "unmatched": result.unmatched}


def facet_fields(result, limit: int | None = None) -> dict:
    """Each facet's values with their counts (documents, or quotes for a quote result), and
    `month` when the search is narrowed to one year (else `month_of_year`, the months of every year): the first `limit` of each in the facet's
    order (None: all), and the selected values past them, so a filter in force stays listed. A
    month's value says which every-year parameters (`month`, `day`) its count leaves out, as
    `counted_without` (empty: counted as the total is), so a script does not add them up to it."""
    return {name: [_facet_value(name, f) for f in _first(result.facets.get(name, []), limit)]
            for name in _facet_names(result)}


_MONTH_FACETS = ("month", "month_of_year")


def _facet_value(name: str, f) -> dict:
    value = {"value": f.value, "count": f.count, "selected": f.selected}
    return {**value, "counted_without": list(f.counted_without)} if name in _MONTH_FACETS else value


def _facet_totals(result) -> dict[str, int]:
    """How many values each facet of `facet_fields` has before any limit."""
    return {name: len(result.facets.get(name, [])) for name in _facet_names(result)}


def _facet_names(result) -> tuple[str, ...]:
    return FACET_FIELDS + tuple(name for name in _MONTH_FACETS if name in result.facets)


def _first(values: list, limit: int | None) -> list:
    if limit is None or len(values) <= limit:
        return values
    return values[:limit] + [f for f in values[limit:] if f.selected]


def files_fields(paths: list[str], copies: list[Copy]) -> dict:
    """Where a hit's files lie, as its document page lists them (`paths`), and the other documents of
    the same text it stands for (index.same_text; `copies`, each with its id and files): an
    archivist tells the original from its copies, and exports a list of them."""
    shown = shown_paths(paths)
    return {"paths": shown, "file_count": len(shown),
            "copies": [{"id": c.doc_id, "title": c.title, "format": c.format,
                        "paths": shown_paths(c.paths)} for c in copies]}


def hit_fields(hit: Hit, url: str, api_url: str) -> dict:
    """A document hit (`url`: its page in the web app; `api_url`: its /api/documents answer), with
    its files and its copies (files_fields)."""
    return {
        "id": hit.doc_id, "title": hit.title, "date": hit.date, "date_source": hit.date_source,
        "act_numbers": hit.act_numbers, "author": hit.author, "reference": document_reference(hit), "format": hit.format,
        "language": hit.language, "speakers": hit.speakers, "persons": hit.persons, "topics": hit.topics,
        "snippet_html": hit.snippet_html, "score": hit.score, "missing": hit.missing,
        # where the document mixes languages, the title's and the snippet's own (else its language)
        "title_language": hit.title_language or hit.language, "snippet_language": hit.snippet_language or hit.language,
        "url": url, "api_url": api_url, **files_fields(hit.paths, hit.copies), **arrival_fields(hit.added, hit.changed),
        "gone_paths": gone_paths(hit.paths),  # looked at here, where the answer is made (server or command)
    }


def arrival_fields(added: int | None, changed: int | None) -> dict:
    """When a document came into the archive (index.arrival), local time with its offset: `added`,
    when ingest first added it (null: ingested before the times were kept), `changed`, when an
    edit of its file brought the content it holds now (null: never edited since it was added)."""
    return {"added": local_iso(added), "changed": local_iso(changed)}


def json_default(obj):
    """json.dumps' `default`: dates as YYYY-MM-DD."""
    if isinstance(obj, date):
        return obj.isoformat()
    raise TypeError(type(obj).__name__)
