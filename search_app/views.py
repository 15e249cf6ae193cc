"""HTML pages: search with facets, quote search, document page, original file download."""
from __future__ import annotations

import codecs
import os
import re
from dataclasses import dataclass
from pathlib import Path, PurePath
from urllib.parse import quote, urlencode

from flask import Blueprint, abort, make_response, redirect, render_template, request, send_file, url_for
from werkzeug.datastructures import MultiDict

from index.citation import MONTHS_GENITIVE, NBSP, before_link, hit_citation_parts, hit_cited, passage_anchor, quote_link
from index.citing_words import citing_words
from index.references import document_reference
from index.dates import is_relative, parse_date
from index.passage_links import PASSAGE_PARAM, is_fingerprint, position_of
from index.path_filters import PATH_FIELDS
from index.errors import IndexUnavailable
from index.paths import display_path, first_found, found_first, path_to_text, spaced_controls, text_to_path
from index.pasted_text import dash_as_minus
from index.query import without_field_filters
from index.results import FacetCount
from index.search import MAX_PAGE, NO_QUOTE_QUERY, whole_month
from index.web_archives import HEAD_BYTES, WEB_ARCHIVE_TYPE, is_web_archive
from search_app import csv_row_limit, document_slots, error_response, service
from search_app.document_slots import RETRY_AFTER_SECONDS as DOCUMENT_RETRY_SECONDS
from search_app.sentence_langs import with_sentence_langs
from search_app.damaged_links import ID_TAIL_PUNCTUATION, id_without_tail, is_document_id_form
from search_app.conditional import document_tag, not_modified, page_tag, tagged, unchanged
from search_app.originals_log import say_not_opened, say_unserved
from search_app.right_to_left import bidi_isolated, isolated, text_dir
from search_app.state import FACETS, SearchState
from search_app.text import (
    DATE_SOURCES, DOCUMENT_NOUNS, EMPTY_ARCHIVE, FACET_MORE_NOUNS, FACET_PLURAL, FACET_SINGULAR, FACET_TITLES, FACET_TYPED, FORMATS, LANGUAGES,
    LANGUAGE_FACET_NOTES, LANGUAGE_FACET_TITLES,
    MONTHS_NOMINATIVE, MONTHS_SHORT, PAGE_NOUNS, PATH_SINGULAR, QUOTE_NOUNS, SENTENCE_GOES_ON, SORT_TITLES, arrival_note,
    count_words, as_phrase, date_source_label, every_year_label, facet_label,
    found_words, latin_file_name, marked, not_found_note, number_marks, paragraphs, plural, query_words, ru_date, ru_period,
    text_lang,
    lowercase_operators_words, thousands, year_range_words, undated_words, unknown_words, widened_words, words_lang,
)

bp = Blueprint("pages", __name__)

DOC_ID_RE = re.compile(r"^[A-Za-z0-9_-]{1,64}$")
FACET_SHOWN = 8  # values shown per facet; the rest fold under "ещё"
FACET_MORE = 60  # at most this many more values in the fold
# A transcript or a collected volume names a thousand speakers and more: a hit shows this many
# (the filters' own first) and «и ещё N», linking to the document page's list, which shows
# DOCUMENT_NAMES_SHOWN of each list and folds the rest, so its text is reached past a few links
HIT_SPEAKERS_SHOWN = 6
DOCUMENT_NAMES_SHOWN = 20
HISTOGRAM_STEPS = 10
HISTOGRAM_YEARS = 60  # bars the year histogram draws at most with its empty years (4 px each)
HISTOGRAM_LABELS = 8  # year labels that fit side by side in the facet panel ("2019" ≈ 26 of 242 px)


def register_filters(app) -> None:
    app.jinja_env.filters.update(marked=marked, ru_date=ru_date, bidi_isolated=bidi_isolated,
                                 sentence_langs=with_sentence_langs)
    app.jinja_env.globals.update(
        FACET_TITLES=FACET_TITLES, LANGUAGES=LANGUAGES, FORMATS=FORMATS, SORT_TITLES=SORT_TITLES,
        DATE_SOURCES=DATE_SOURCES, date_source_label=date_source_label, FACET_TYPED=FACET_TYPED, FACET_MORE_NOUNS=FACET_MORE_NOUNS, facet_label=facet_label, count_words=count_words,
        plural=plural, undated_words=undated_words, PAGE_NOUNS=PAGE_NOUNS, text_lang=text_lang,
        words_lang=words_lang, SENTENCE_GOES_ON=SENTENCE_GOES_ON, thousands=thousands, EMPTY_ARCHIVE=EMPTY_ARCHIVE,
        file_place=_readable, arrival_note=arrival_note, text_dir=text_dir, MONTHS_NOMINATIVE=MONTHS_NOMINATIVE,
        not_found_note=not_found_note, ID_TAIL_PUNCTUATION=ID_TAIL_PUNCTUATION,
        first_found=first_found, found_first=found_first,
    )


def error_status() -> int:
    """400 for a query the index refused, 503 when the index itself cannot be opened."""
    try:
        service().doc_count()
    except IndexUnavailable:
        return 503
    return 400


def valid_doc_id(doc_id: str) -> bool:
    return bool(DOC_ID_RE.match(doc_id or ""))


# -- view models -------------------------------------------------------------------------------
@dataclass
class FacetLink:
    value: str
    label: str
    count: int
    selected: bool
    href: str
    level: int = 0  # histogram bar height, 0..HISTOGRAM_STEPS
    title: str = ""  # a longer name for the tooltip (months)
    note: str = ""  # what a month's count leaves out or keeps, said to a screen reader too
    tick: bool = True  # its label shown under its bar (histograms with more bars than labels fit)


@dataclass
class Chip:
    label: str
    href: str  # removes this filter
    # a facet value among the alternatives of its field, and its label: the window title says
    # them as one, «или» between (_chips_said)
    field: str = ""
    value: str = ""


def _facet_links(state: SearchState, result, path: str) -> dict[str, dict]:
    """Per facet: the values as toggle links (shown, folded), for the template; the language
    facet says what it counts on its tab (a document's language, or a quote's own)."""
    tab = "quotes" if path == url_for("pages.quotes") else "documents"
    typed = {name: set(values) - set(state.filters.get(name, [])) for name, values in result.filters.items()}
    out = {}
    for name in FACETS:
        every = result.facets.get(name, [])
        if name == "year":
            counts = _year_slots(every)
        else:  # selected values first, before the cut: a chosen value never hides in the fold, nor past it
            counts = sorted(every, key=lambda fc: not fc.selected)[:FACET_SHOWN + FACET_MORE]
        links = []
        for fc in counts:
            if fc.value in typed.get(name, ()):  # came from `speaker:` in the query: remove it there
                href = state.href(path, q=without_field_filters(state.q, name))
            else:
                href = state.href(path, filters=state.toggled(name, fc.value))
            links.append(FacetLink(fc.value, facet_label(name, fc.value), fc.count, fc.selected, href))
        if name == "year" and links:
            top = max(link.count for link in links) or 1
            for link in links:
                link.level = round(HISTOGRAM_STEPS * link.count / top) if link.count else 0
            _tick_labels(links)
        out[name] = {
            "title": LANGUAGE_FACET_TITLES[tab] if name == "language" else FACET_TITLES[name],
            "note": LANGUAGE_FACET_NOTES[tab] if name == "language" else None,
            "note_href": state.href(url_for("pages.quotes")) if name == "language" and tab == "documents" else None,
            "shown": links[:FACET_SHOWN] if name != "year" else links,
            "more": links[FACET_SHOWN:] if name != "year" else [],
            "hidden": max(0, len(every) - FACET_SHOWN - FACET_MORE) if name != "year" else 0,
            "dense": not all(link.tick for link in links),
        }
    return out


def _year_slots(counts: list[FacetCount]) -> list[FacetCount]:
    """The years in order, and between the first and the last an empty slot for each year without
    documents, so the histogram shows a gap as a gap (as the months do); with more years than
    HISTOGRAM_YEARS (a stray date a century off) the years found alone."""
    years = {int(fc.value): fc for fc in counts if fc.value.isdigit()}
    ordered = [years[year] for year in sorted(years)]
    if not years or max(years) - min(years) >= HISTOGRAM_YEARS:
        return ordered
    return [years.get(year) or FacetCount(str(year), 0) for year in range(min(years), max(years) + 1)]


def _tick_labels(links: list[FacetLink]) -> None:
    """Label every n-th bar, the newest and the chosen ones always, when the labels would not fit
    side by side (the chosen year went unlabelled between two labelled ones; labels that touch
    take two rows, app.js); a bar without one keeps its year in its tooltip and aria-label."""
    step = -(-len(links) // HISTOGRAM_LABELS)
    for i, link in enumerate(links):
        link.tick = (len(links) - 1 - i) % step == 0 or link.selected


def _month_links(state: SearchState, result, path: str) -> list[FacetLink]:
    """The twelve months of the one year the search is narrowed to, as a histogram; a month
    sets the date range to itself (again: clears it). Under a period the person set (not one
    whole month) a month narrows the period to the part of it in that month, never replacing it,
    and a month outside the period says so."""
    months = (result.facets.get("month") or []) if result else []
    top = max((m.count for m in months), default=0) or 1
    period = (state.start or state.end) and not whole_month(state.start, state.end)
    links = []
    for m in months:
        month = int(m.value[5:7])
        first, last = parse_date(m.value), parse_date(m.value, end=True)
        title = f"{MONTHS_NOMINATIVE[month - 1]} {m.value[:4]}"
        note = ""
        # a month of every year asked (index.search): its bar counts its day alone, the other
        # months theirs whole, and going to one of them takes that filter off, or it would find nothing
        every_year = {}
        if state.every_month and month != state.every_month:
            every_year = {"month": "", "day": ""}
            note = f"без фильтра «{every_year_label(state.every_month, state.every_day)}»"
        elif state.every_day:
            title = f"{state.every_day}{NBSP}{MONTHS_GENITIVE[month - 1]} {m.value[:4]}"
        if m.selected:
            href = state.href(path, date_from="", date_to="")
        elif period:
            first, last = max(first, state.start or first), min(last, state.end or last)
            href = state.href(path, date_from=first.isoformat(), date_to=last.isoformat(), **every_year)
            if first > last:
                title += " — вне выбранного периода"
        else:
            href = state.href(path, date_from=m.value, date_to=m.value, **every_year)
        link = FacetLink(m.value, MONTHS_SHORT[month - 1], m.count, m.selected, href, note=note)
        link.level = round(HISTOGRAM_STEPS * m.count / top) if m.count else 0
        link.title = title + (f" — {note}" if note else "")
        links.append(link)
    return links


def _months_of_every_year_links(state: SearchState, result, path: str) -> list[FacetLink]:
    """The twelve months of every year, as a histogram, when no one year is chosen: a month keeps
    only what is dated in it, whatever the year (again: clears it, its day too). Under a day of
    every year the chosen month's bar counts that day, as the total does, the others every day."""
    months = (result.facets.get("month_of_year") or []) if result else []
    top = max((m.count for m in months), default=0) or 1
    links = []
    for m in months:
        month = int(m.value)
        href = state.href(path, month="" if m.selected else m.value, day="")
        note = "все дни месяца" if state.every_day and not m.selected else ""
        link = FacetLink(m.value, MONTHS_SHORT[month - 1], m.count, m.selected, href, note=note)
        link.level = round(HISTOGRAM_STEPS * m.count / top) if m.count else 0
        link.title = every_year_label(month, state.every_day if m.selected else None) + (f", {note}" if note else "")
        links.append(link)
    return links


def _chips(state: SearchState, filters_in_force: dict[str, list[str]], path: str,
           excluded: dict[str, list[str]] | None = None, required: dict[str, list[list[str]]] | None = None) -> list[Chip]:
    """The filters in force as chips, each removing itself. `required`: per field, the values typed
    to hold each (SearchResult.required_named), one chip for them all with «и» between: two chips
    alike said «выступающий: A, выступающий: B» whether both had to have spoken or either."""
    chips = []
    for name in FACETS:
        groups = (required or {}).get(name, [])
        chosen = state.filters.get(name, [])
        if groups:  # the query's filters: the chip takes them out together, as it does alternatives
            together = " и ".join(_either(name, group) for group in groups)
            chips.append(Chip(f"{FACET_PLURAL[name]}: {together}", state.href(path, q=without_field_filters(state.q, name))))
        for value in filters_in_force.get(name, []):
            if value in chosen:
                href = state.href(path, filters=state.toggled(name, value))
            elif any(value in group for group in groups):
                continue
            else:
                href = state.href(path, q=without_field_filters(state.q, name))
            label = facet_label(name, value)
            chips.append(Chip(f"{FACET_SINGULAR[name]}: {label}", href, name, label))
    for name in PATH_FIELDS:  # `folder:`, `file:` in the query: removed there
        for value in filters_in_force.get(name, []):
            chips.append(Chip(f"{PATH_SINGULAR[name]}: {value}", state.href(path, q=without_field_filters(state.q, name))))
    for name, values in (excluded or {}).items():  # `-speaker:X`, `-folder:X`: one chip per field typed
        singular = FACET_SINGULAR.get(name) or PATH_SINGULAR.get(name)
        if singular and values:
            shown = ", ".join(facet_label(name, v) if name in FACETS else v for v in values)
            chips.append(Chip(f"исключено — {singular}: {shown}",
                              state.href(path, q=without_field_filters(state.q, name, excluded=True))))
    if state.date_from or state.date_to:
        label = "период: " + _period(state)
        chips.append(Chip(label, state.href(path, date_from="", date_to="")))
    if state.every_month:
        chips.append(Chip(every_year_label(state.every_month, state.every_day), state.href(path, month="", day="")))
    if state.added_from:
        since = ru_date(state.added_since) if state.added_since else state.added_from  # as typed when unread
        label = f"поступили в архив с {since}" + (f" ({state.added_from})" if is_relative(state.added_from) else "")
        chips.append(Chip(label, state.href(path, added_from="")))
    if state.exact:
        chips.append(Chip("точная форма слов", state.href(path, exact=False)))
    return chips


def _either(name: str, values: list[str]) -> str:
    """The facet values one typed value names, any of which holds it: «(Л. Ким или А. Ким)»."""
    said = " или ".join(facet_label(name, value) for value in values)
    return f"({said})" if len(values) > 1 else said


def _chips_said(chips: list[Chip]) -> list[str]:
    """The chips as the window title says them: the alternatives of one field as one, «или» between
    (`выступающий: Е.К. Турсынбеков или М.А. Ковалева`), told from the values that must each hold,
    whose chip says «и»."""
    said: list[str] = []
    for i, chip in enumerate(chips):
        if i and chip.field and chip.field == chips[i - 1].field:
            said[-1] += f" или {chip.value}"
        else:
            said.append(chip.label)
    return said


def _period(state: SearchState) -> str:
    """The date range as people say it, the way the page writes dates (ru_period: «2019 г.»,
    «март 2019 г.», «5–20 марта 2019 г.»), or one end: «с 1 января 2019 г.», «по …»."""
    start, end = state.start, state.end
    if start and end:
        return ru_period(start, end)
    first = ru_date(start) if start else state.date_from  # as typed when it could not be read
    last = ru_date(end) if end else state.date_to
    if first and last:
        return f"{first} — {last}"
    return f"с {first}" if first else f"по {last}"


# the noun a tab's counts count, and the participle that agrees with one of it
DOCUMENTS = (*DOCUMENT_NOUNS, "Найден")
QUOTES = (*QUOTE_NOUNS, "Найдена")


def _announced(state: SearchState, result, error: str | None, status: int, chips: list[Chip],
               tab: str, nouns: tuple[str, str, str, str], empty_archive: bool, notes: list[str] = ()) -> dict:
    """What a screen reader hears of a new page first: the window title (what was asked, the
    filters, how many were found, the page: a facet click or «Следующая →» changes it) and, on the
    field focused at load, the count or the error (`described_by`); `invalid`: the fields the
    error is about, the first of them focused instead of the query box. `tab`: the tab's title
    (Поиск по архиву, Поиск цитат); `notes`: the ids of the notes shown beside the count that change
    what it means (_count_notes), read before it."""
    found = found_words(result.total, *nouns) if result and not result.error else None
    past_end = _past_end(result) if found is not None else None
    if error:
        said = "ошибка"
    elif empty_archive:
        said = "архив пуст"
    elif found is None:
        said = ""
    else:
        said = found[0].lower() + found[1:] if result.total else "ничего не найдено"
        last = past_end
        if last:  # an old bookmark, a link after removals: the page asked for is not there
            said += f", страницы {state.page_asked or result.page} нет: всего {count_words(last, *PAGE_NOUNS)}"
        elif result.page > 1:
            said += f", страница {result.page}"
    words = state.q
    if found is not None:  # its typed filters are the chips' (выступающий: Б. Жумабеков): said once
        for name in (*FACETS, *PATH_FIELDS):
            words = without_field_filters(without_field_filters(words, name), name, excluded=True)
    # words in the Arabic script kept apart from the Russian around them (right_to_left)
    asked = ", ".join(([isolated(words)] if words else []) + _chips_said(chips))
    if asked:
        title = f"{asked}: {said} — {tab}" if said else f"{asked} — {tab}"
    else:
        title = tab + (f": {said}" if error or empty_archive or (result and result.page > 1) else "")
    if state.errors:
        invalid = state.invalid
    else:
        invalid = ["q"] if error and status == 400 else []
    if error:
        described_by = "form-error"
    elif empty_archive:
        described_by = "archive-empty"
    elif found is None:
        described_by = None
    else:
        # what differs from what was asked, before the count: a note on the page from its load
        # is heard only so (a live region speaks changes alone)
        before = [
            "past-end" if past_end else "",  # «Страницы 99 нет…»
            "did-you-mean" if result.suggestion else "",  # «Возможно, вы имели в виду: …»
            *notes,  # «Архив обновился…», «Запрос прочитан как вопрос…», «Все слова вместе не найдены…»
            "sort-note" if state.unknown_sort and result.total else "",  # «Сортировки «date» нет…»
            "link-note" if state.link_notes else "",  # «Номер страницы «2.» в ссылке не подходит…»
        ]
        described_by = " ".join([*filter(None, before), "hit-count" if result.total or not asked else "nothing-found"])
    return {"page_title": title, "found": found, "invalid": invalid, "described_by": described_by, "asked": asked}


def _count_notes(result, moved_href: str | None, unknown: str) -> list[str]:
    """The ids of the notes beside the count that change what it means, in the page's order: a
    later page read from another commit, question words left out, words excluded, operator words
    typed in lowercase, a «most of the words» answer,
    filter values the archive has none of. Without them «найдено 43 документа» for a query one of
    whose words no document has was heard as both words found."""
    if not result or result.error:
        return []
    return [note for note, shown in (("index-moved", moved_href), ("left-out-note", result.left_out),
                                     ("excluded-words-note", result.excluded_words),
                                     ("operator-words-note", result.lowercase_operators),
                                     ("partial-note", result.partial or result.unmatched), ("unknown-note", unknown)) if shown]


def _past_end(result) -> int | None:
    """The last page, when the page asked for lies past it (a stale or edited link); else None."""
    last = min(result.page_count, MAX_PAGE)
    return last if result.total and result.page > last else None


def _skip_to(result) -> str | None:
    """Where the first skip link after the query box leads: the results, or past the last page
    the link to it (15 Tabs away behind the form's fields)."""
    if not result or result.error:
        return None
    return "#hits" if result.hits else ("#last-page" if _past_end(result) else None)


def _pages(state: SearchState, result, path: str) -> dict | None:
    """Page links: first, last and a window around the current page (gaps as None), prev/next;
    past the last page (a stale or edited link) a way to the last one instead."""
    page, page_count = result.page, min(result.page_count, MAX_PAGE)
    if _past_end(result):
        return {"past_end": {"page": state.page_asked or page, "last": page_count,
                             "href": state.href(path, page=page_count)}}
    if page_count <= 1:
        return None
    wanted = {1, page_count} | set(range(max(1, page - 2), min(page_count, page + 2) + 1))
    # every page link names the commit page 1 was read from (_moved_href)
    first = state.first_generation if state.first_generation is not None else result.generation
    items, last = [], 0
    for n in sorted(wanted):
        if n - last > 1:
            items.append(None)
        items.append({"n": n, "href": state.href(path, page=n, generation=first), "current": n == page})
        last = n
    return {
        "items": items,
        "prev": state.href(path, page=page - 1, generation=first) if page > 1 else None,
        "next": state.href(path, page=page + 1, generation=first) if page < page_count else None,
    }


def _moved_href(state: SearchState, result, path: str) -> str | None:
    """Page 1's link when this later page was read from another commit than page 1 (an ingest
    committed while someone paged): its hits may repeat earlier ones or skip some. None else."""
    if not result or result.error or state.page == 1 or state.first_generation is None:
        return None
    return state.href(path) if result.generation != state.first_generation else None


# a word in Latin letters alone: one mixing in Cyrillic look-alikes (`Kазақстан`, `Аssembly`) is a slip
# of the layout, not a name typed in Latin letters
_LATIN_WORD_RE = re.compile(r"(?<![^\W\d_])[A-Za-z]+(?![^\W\d_])")


def _widen_tips(state: SearchState, path: str) -> list[Chip]:
    """Ways out of zero hits: each link drops one narrowing."""
    tips = []
    for name, values in state.filters.items():
        for value in values:
            tips.append(Chip(f"снять фильтр «{FACET_SINGULAR[name]}: {facet_label(name, value)}»",
                             state.href(path, filters=state.toggled(name, value))))
    years = state.filters.get("year", [])
    if state.date_from or state.date_to or len(years) > 1:  # one year alone: its own tip above
        every_year = {k: v for k, v in state.filters.items() if k != "year"}
        tips.append(Chip("искать за все годы", state.href(path, filters=every_year, date_from="", date_to="")))
    if state.every_month:
        tips.append(Chip("искать в любой день года", state.href(path, month="", day="")))
    if state.added_from:
        tips.append(Chip("искать во всём архиве, не только среди поступивших", state.href(path, added_from="")))
    if state.exact:
        tips.append(Chip("искать все формы слова, не только точную", state.href(path, exact=False)))
    if state.has_narrowing():
        tips.append(Chip("сбросить все фильтры", state.href(path, filters={}, date_from="", date_to="", added_from="", month="", day="",
                                                          exact=False)))
    return tips


def _doc_href(doc_id: str, state: SearchState, number: int, anchor: str | None = None,
              back: str | None = None, passage: str = "") -> str:
    """The document's page with the whole search state (the query for the marks; the rest for
    its way back to the same list, to the result opened: `number`, its place in the list);
    `back="quotes"` when that list is the quote tab's; `passage`: a quote's fingerprint."""
    pairs = (state.params(page=state.page) + ([(PASSAGE_PARAM, passage)] if passage else [])
             + ([("back", back)] if back else []) + [("hit", str(number))])
    href = url_for("pages.document", doc_id=doc_id) + ("?" + urlencode(pairs) if pairs else "")
    if anchor:
        href += "#" + anchor
    elif state.q:
        href += "#best-match"  # where the query's words meet, as the result's snippet shows
    return href


# -- pages -------------------------------------------------------------------------------------
def _current_page_tag(*more: str) -> str:
    """The page's ETag from the commit live now (search_app.conditional.page_tag), read before
    the index is: a commit landing while the page is made gives it an older tag, which the next
    request no longer matches, never a newer one on an older page."""
    return page_tag(service().generation_tag(), *more)


def _page_answer(body: str, status: int, tag: str):
    """The rendered page; a whole one (200) with its ETag and `Cache-Control: no-cache, private`,
    so the browser keeps it but asks each time: a 304 when nothing changed, the new page after an
    ingest (a document taken down is not shown again on a reload)."""
    resp = make_response(body, status)
    return tagged(resp, tag, private=True) if status == 200 else resp


@bp.get("/")
def search():
    state = SearchState.from_args(request.args)
    state.note_unknown_parameters(request.args)
    state.read_facet_values(service().facet_values, counted_as_given=False)
    path = url_for("pages.search")
    error = " ".join(state.form_errors) if state.form_errors else None
    result = None
    status = 200
    tag = _current_page_tag()
    if not error and unchanged(tag):
        return not_modified(tag, private=True)
    if not error:
        result = service().search(state.request())
        if result.error:
            error = result.error_in_form or result.error
            status = error_status()
    else:
        status = 400
    facets_from = _panel_source(state, result, status, service().search)
    hits = []
    if result and not result.error:
        first = _first_number(result)
        for n, hit in enumerate(result.hits):
            shown = _first_speakers(hit.speakers, state)
            hits.append({"hit": hit, "number": first + n, "href": _doc_href(hit.doc_id, state, first + n),
                         "address": _absolute(url_for("pages.document", doc_id=hit.doc_id)),
                         "speaker_links": [(s, _only_href(state, path, "speakers", s)) for s in shown],
                         "more_speakers": len(hit.speakers) - len(shown),
                         "speakers_href": _doc_href(hit.doc_id, state, first + n, anchor="speakers"),
                         "topic_links": [(t, _only_href(state, path, "topics", t)) for t in hit.topics]})
    context = _list_page(state, path, result, error, status, facets_from, "Поиск по архиву", DOCUMENTS)
    return _page_answer(render_template(
        "search.html", tab="search", hits=hits, **context,
        csv_href=state.href(url_for("api.search_csv")), json_href=state.href(url_for("api.search_json")),
        quotes_href=state.href(url_for("pages.quotes")),
    ), status, tag)


def _absolute(path: str) -> str:
    """`path` as a full address: what paper and a copied citation give in place of a link."""
    return request.url_root.rstrip("/") + path


def _first_speakers(speakers: list[str], state: SearchState) -> list[str]:
    """The speakers a hit shows: those the search is narrowed to first (why it was found), then
    the document's own order, HIT_SPEAKERS_SHOWN in all (the chosen ones however many)."""
    chosen = set(state.filters.get("speakers", []))
    first = [s for s in speakers if s in chosen]
    return first + [s for s in speakers if s not in chosen][:max(0, HIT_SPEAKERS_SHOWN - len(first))]


def _first_number(result) -> int:
    """The place in the whole list of the page's first hit (21 on page 3 of ten)."""
    return (result.page - 1) * result.per_page + 1


def _list_page(state: SearchState, path: str, result, error: str | None, status: int, facets_from,
               tab: str, nouns: tuple[str, str, str, str]) -> dict:
    """What the search and quote tabs show alike around their hits: the facet panel, what a
    screen reader hears, the chips, page and sort links, the ways out of zero hits and the
    did-you-mean link; `empty_archive`: the archive has no document yet (a new installation),
    which the page says instead of «Ничего не найдено» and its tips."""
    chips = _chips(state, result.filters if result else state.filters, path, result.excluded if result else None,
                   result.required_named if result else None)
    empty_archive = not error and (result is None or result.total == 0) and service().doc_count() == 0
    moved_href = _moved_href(state, result, path)
    # the filters whose values the archive has no facet value of: said beside the count
    unknown = unknown_words(result.unknown) if result and not result.error else ""
    notes = [] if empty_archive else _count_notes(result, moved_href, unknown)
    return {
        "state": state, "result": result, "error": error, "chips": chips, "nouns": nouns[:3],
        "empty_archive": empty_archive,
        # «сбросить всё»: every chip's filter, the ones typed in the query too; the words stay
        "reset_href": state.href(path, q=without_field_filters(state.q), filters={}, date_from="", date_to="",
                                 added_from="", month="", day="", exact=False),
        **_panel(state, None if empty_archive else facets_from, result, path, bool(error)),  # nothing to narrow
        **_announced(state, result, error, status, chips, tab, nouns, empty_archive, notes),
        "pages": _pages(state, result, path) if result and not result.error else None,
        "moved_href": moved_href,
        "skip_to": _skip_to(result),
        **_sorting(state, result, path),
        "widen": _widen_tips(state, path),
        # words typed in Latin letters never find Cyrillic text: said among the ways out of zero hits
        "latin_typed": bool(_LATIN_WORD_RE.search(without_field_filters(state.q))),
        "undated_href": _without_dates_href(state, path),
        "suggestion_href": state.href(path, q=result.suggestion) if result and result.suggestion else None,
        "csv_note": _csv_note(result),
        "unknown": unknown,
        # «волонтер не грант»: a lowercase «не», «или» searched as a word, said with how to write the operator
        "operator_words": lowercase_operators_words(result.lowercase_operators) if result and not result.error else "",
        # «Мы –единый народ» pasted without quotes: the dash is read as the minus, the note says how to keep it text
        "dash_as_minus": bool(result and result.excluded_words and dash_as_minus(state.q)),
        # `2018-2019` typed without year:, unless the answer has every word (a partial one holds any year)
        "year_range": year_range_words(state.q) if result and not result.error and not _all_words_found(result)
        else "",
        # a typed name that is a facet value and counted fuller names too: said beside the count
        "widened": " ".join(filter(None, (widened_words(result.widened), widened_words(result.widened_excluded, True))))
        if result and not result.error else "",
    }


def _all_words_found(result) -> bool:
    """Whether the answer's records have every word of the query together."""
    return bool(result.total) and not result.partial and not result.unmatched


def _without_dates_href(state: SearchState, path: str) -> str:
    """The search without its date range and year filter: the undated documents (or their quotes)
    it left out too."""
    filters = {name: values for name, values in state.filters.items() if name != "year"}
    return state.href(path, q=without_field_filters(state.q, "year"), filters=filters, date_from="", date_to="")


def _csv_note(result) -> str | None:
    """Beside the CSV and JSON links, when an export holds fewer rows than were found."""
    limit = csv_row_limit()
    if result is None or result.total <= limit:
        return None
    return f"только первые {thousands(limit)} из {thousands(result.total)}"


def _sorting(state: SearchState, result, path: str) -> dict:
    """The sort links (without words only the date orders: there is nothing to be relevant to)
    and the sort the list actually used."""
    return {
        "sorts": [(key, title, state.href(path, sort=key)) for key, title in SORT_TITLES.items()
                  if key != "relevance" or not result or result.has_words],
        "current_sort": result.sort if result else state.sort,
    }


def _panel_source(state: SearchState, result, status: int, run):
    """The result whose facets the panel shows: the page's own; around a refused query (400) the
    whole archive's, so the page stays useful; none when the index cannot be read."""
    if status == 400:
        browse = run(state.request(query="", filters={}, date_from=None, date_to=None, page=1, per_page=1))
        return browse if browse.facets else None
    return result if status == 200 else None


def _panel(state: SearchState, facets_from, result, path: str, refused: bool) -> dict:
    """The facet panel's values (`facets`) and the months of a chosen year (`months`, from the
    page's own result only: the archive's shown around a refused query has no year chosen).
    The whole archive's panel links from a state without the query, filters and dates: its
    counts are of the whole archive, and a link keeping the refused query or date led back to
    the same error (`whole_archive`: around a refused query, `refused`, the panel says so)."""
    own = facets_from is result
    links_from = state if own else SearchState(sort=state.sort, per_page=state.per_page, exact=state.exact)
    facets = _facet_links(links_from, facets_from, path) if facets_from else {}
    return {
        "facets": facets,
        "months": (_month_links(state, facets_from, path) or _months_of_every_year_links(state, facets_from, path))
                  if own else [],
        "has_facets": any(facet["shown"] for facet in facets.values()),  # an empty archive has none to skip to
        "whole_archive": refused and bool(facets),
    }


def _only_href(state: SearchState, path: str, name: str, value: str) -> str:
    """The search narrowed to `value` alone in facet `name` (a badge: «only this speaker's»),
    the other filters kept. Adding it beside a value already chosen would be an OR and widen the
    list; one typed in the query (`speaker:...`) goes too, for the same reason."""
    filters = {**state.filters, name: [value]}
    return state.href(path, q=without_field_filters(state.q, name), filters=filters)


@bp.get("/quotes")
def quotes():
    state = SearchState.from_args(request.args)
    state.note_unknown_parameters(request.args)
    state.read_facet_values(service().facet_values, counted_as_given=False)
    path = url_for("pages.quotes")
    error = " ".join(state.form_errors) if state.form_errors else None
    result = None
    status = 200
    intro = None
    tag = _current_page_tag()
    if not error and unchanged(tag):
        return not_modified(tag, private=True)
    if not error:
        result = service().quotes(state.request())
        if result.error == NO_QUOTE_QUERY and not (state.q or state.has_filters()):
            intro, result = result, None  # nothing asked yet: the introduction, and every quote's facets
        elif result.error:
            error, status = result.error_in_form or result.error, error_status()
    else:
        status = 400
    facets_from = intro or _panel_source(state, result, status, service().quotes)
    hits = []
    if result and not result.error:
        first = _first_number(result)
        for n, hit in enumerate(result.hits):
            words = hit_cited(hit)
            citation = hit_citation_parts(words, hit)
            hits.append({
                "hit": hit, "n": n, "number": first + n,
                "href": _doc_href(hit.doc_id, state, first + n, anchor=passage_anchor(hit), back="quotes",
                                  passage=hit.fingerprint),
                "citation": citation,
                "words_lang": citing_words(hit.document_language).language,  # a Kazakh source's date and «б.»
                # copied with the citation: where a reader of the article checks it
                "before_link": before_link("".join(text for text, _ in citation)),
                "link": _absolute(quote_link(hit)),
                "reported": words.reported,  # the reporter's account of the speaker's words, not his own
                "speaker_links": [(s, _only_href(state, path, "speakers", s)) for s in hit.speakers],
            })
    context = _list_page(state, path, result, error, status, facets_from, "Поиск цитат", QUOTES)
    return _page_answer(render_template(
        "quotes.html", tab="quotes", hits=hits, **context,
        csv_href=state.href(url_for("api.quotes_csv")), json_href=state.href(url_for("api.quotes_json")),
        search_href=state.href(url_for("pages.search")),
    ), status, tag)


# An id no document has nor answers for: a mistyped link, or a document whose file was deleted
# (the index keeps nothing of it), so "not in the archive" alone could be wrong.
NO_DOCUMENT = "Такого документа в архиве нет: возможно, его удалили или ссылка неверна."
# An id of a form ingest never gives (cut short, or with characters added): the link, not the archive
DAMAGED_ID = ("Ссылка на документ повреждена: номер документа в ней не такой, какие даёт архив (16 знаков: цифры "
              "и латинские буквы a–f). Проверьте, что ссылка скопирована целиком.")


def to_current_document(doc_id: str, endpoint: str):
    """For an id no document has: a redirect to the id itself when a sentence's punctuation
    trails it in a shared link («…/doc/<id>.», «(…/doc/<id>)»); a redirect to the document that
    replaced it when its file was edited (an id is its content's hash), on the same page
    (`endpoint`) with the same query string (a #fragment the browser keeps itself); else the 404
    saying no document has it, or that the link is damaged when no document could have it."""
    trimmed = id_without_tail(doc_id)
    args = _passage_trimmed(request.args)
    if trimmed is None and args is not None and service().document_shown(doc_id) is not None:
        trimmed = doc_id  # the id is whole: only the passage's fingerprint took the tail
    current = trimmed or (service().current_id(doc_id) if valid_doc_id(doc_id) else None)
    if current is None:  # opened from a list (a document pruned since it was shown): the way back to it
        message = NO_DOCUMENT if is_document_id_form(doc_id) else DAMAGED_ID
        return error_response(404, message, "Документ не найден", link=_back_link(SearchState.from_args(request.args)))
    args = request.args if args is None else args
    if endpoint == "pages.document" and not trimmed and service().moved_document(doc_id) is not None:
        args = MultiDict(args)  # its page says that the linked document moved (_moved_note)
        args[MOVED_PARAM] = doc_id
    location = url_for(endpoint, doc_id=current) + _query_string(args)
    if endpoint == "pages.document":
        location += _quoted_passage_anchor(current, args)
    resp = redirect(location, 301)
    # not kept by the browser: the id may lead elsewhere later (the file edited back, or again)
    resp.headers["Cache-Control"] = "no-store"
    return resp


def _query_string(args) -> str:
    """`?` and the query string of `args` (a MultiDict), or nothing when it is empty."""
    return "?" + urlencode(list(args.items(multi=True))) if args else ""


def _passage_trimmed(args) -> MultiDict | None:
    """`args` with its quote's fingerprint (`passage=`) cut free of a sentence's punctuation
    (search_app.damaged_links.id_without_tail); None when nothing trails a fingerprint."""
    trimmed = id_without_tail(args.get(PASSAGE_PARAM, ""))
    if trimmed is None or not is_fingerprint(trimmed):
        return None
    fixed = MultiDict(args)
    fixed[PASSAGE_PARAM] = trimmed
    return fixed


def _quoted_passage_anchor(doc_id: str, args) -> str:
    """For a quote's link (`passage=<fingerprint>`) to an edited document: the fragment of that
    passage in the current text (its paragraphs renumbered by the edit), which replaces the link's
    own #p-N (a browser keeps the old fragment only when the redirect names none); when the quoted
    passage itself was changed, the page's note saying so, not a paragraph that now holds other
    words. Empty for any other link: its fragment is kept."""
    fingerprint = args.get(PASSAGE_PARAM, "")
    if not is_fingerprint(fingerprint):
        return ""
    state = SearchState.from_args(args)
    view = service().document(doc_id, query=state.q, exact=state.exact, names=state.filters)
    return "#" + _quoted_anchor(view, fingerprint) if view is not None else ""


# a link to a document --prune removed while another held its text: the id it named, on the page it leads to
MOVED_PARAM = "moved"


def _moved_note(view, old_id: str) -> str | None:
    """The page's note for a link that named `old_id`, a document --prune removed whose text this
    one holds (a DOCX saved as PDF, a corrected copy): which file is gone, and that the text is here."""
    if not old_id or old_id not in view.former_ids:
        return None
    moved = service().moved_document(old_id)
    if moved is None:
        return None
    names = ", ".join(f"«{os.path.basename(p)}»" for p in moved.paths[:3]) or "его файл"
    how = "тот же текст" if moved.same else "почти тот же текст (в нём исправлено несколько слов)"
    return (f"Документа, на который вела ссылка, в архиве больше нет: его файл {names} удалён, а {how} — "
            "в этом документе, он открыт вместо него.")


PASSAGE_CHANGED_ANCHOR = "passage-changed"  # the page's note that a quote link's paragraph is no more


def _quoted_anchor(view, fingerprint: str) -> str:
    """Where a quote's link (`passage=<fingerprint>`) leads on the page of `view`: its paragraph
    (`p-N`), or the note that the text no longer holds it word for word (the citation sent with
    the link no longer matches the source); empty for a link that names no quote."""
    if not is_fingerprint(fingerprint):
        return ""
    position = position_of([(p.position, p.text) for p in view.passages], fingerprint)
    return f"p-{position}" if position is not None else PASSAGE_CHANGED_ANCHOR


@bp.get("/doc/<doc_id>/")
def document_with_slash(doc_id: str):
    """A document's link with a slash typed after it: to_current_document leads it to the document."""
    return to_current_document(doc_id + "/", "pages.document")


@bp.get("/doc/<doc_id>/<rest>")
@bp.get("/doc/<doc_id>/<rest>/", defaults={"slash": "/"})
def document_with_tail(doc_id: str, rest: str, slash: str = ""):
    """A download's link (`/doc/<id>/file`) that took a sentence's punctuation, a line break or a
    slash («…/file.», «…/file/»): to the download; any other address under a document is none."""
    if id_without_tail(rest + slash) != "file":
        abort(404)
    return redirect(url_for("pages.download", doc_id=doc_id) + _query_string(request.args), 301)


@bp.get("/doc/<doc_id>")
def document(doc_id: str):
    state = SearchState.from_args(request.args)
    if _passage_trimmed(request.args) is not None:  # «?passage=4e6f89c9.»: the quote's #p-N lost, a full stop kept
        return to_current_document(doc_id, "pages.document")
    shown = service().document_shown(doc_id, query=state.q, exact=state.exact, names=state.filters) if valid_doc_id(doc_id) else None
    if shown is None:
        return to_current_document(doc_id, "pages.document")
    paths, record = shown
    places = served_places()
    # what the index gives the page, and what it says of the files now (one moved or locked since
    # ingest, or no more under a folder ingested): an ingest of other documents leaves it as it was
    tag = document_tag(record, _files_now(paths), repr(_original_file(paths, places)))
    if unchanged(tag):
        return not_modified(tag, private=True)
    # a stenogram of a megabyte takes seconds to mark and write out: a few at once, never every thread
    room = document_slots().room(service().text_chars(doc_id))
    if room is None:
        return busy_document()
    with room:
        return _document_page(doc_id, state, places, tag)


def busy_document():
    """The 503 of a large document's page (or its JSON) refused while others are being made
    (search_app.document_slots), with Retry-After and, for a browser, a link that asks again."""
    again = request.script_root + request.path + ("?" + urlencode(list(request.args.items(multi=True)))
                                                  if request.args else "")
    resp = make_response(error_response(503, document_slots().refusal(), title="Документ сейчас не открыть",
                                        retry=(again, "Открыть документ снова")))
    resp.headers["Retry-After"] = str(DOCUMENT_RETRY_SECONDS)
    return resp


def _document_page(doc_id: str, state: SearchState, places: list[Path], tag: str):
    """Document `doc_id`'s page, its query's matches marked (`tag`: its ETag)."""
    view = service().document(doc_id, query=state.q, exact=state.exact, names=state.filters)
    if view is None:  # taken out by a commit since
        return to_current_document(doc_id, "pages.document")
    # the facet parameters as the list pages read them (`speakers=Юсупов` is «Ш. Юсупов»), or the
    # note below would say their search leaves out a document it lists
    state.read_facet_values(service().facet_values, counted_as_given=False)
    search_path = url_for("pages.search")
    browse = SearchState()

    def facet_href(name: str, value: str) -> str:
        return browse.href(search_path, filters={name: [value]})

    paras = paragraphs(view.text_html, view.passages, paged=view.format == "pdf" or bool(view.pages),
                       language=view.language)
    first_mark = number_marks(paras, view.best_match, view.meetings)
    original = _original_file(view.paths, places)
    if original is None:  # the page says «(оригинал недоступен)»: the log says which path, and why
        say_unserved(view.doc_id, view.paths, places)
    download_href = url_for("pages.download", doc_id=view.doc_id) if original else None
    quoted = _quoted_anchor(view, request.args.get(PASSAGE_PARAM, ""))
    return _page_answer(render_template(
        "document.html", tab="search", state=state, doc=view, paragraphs=paras, words=query_words(state.q),
        phrase=as_phrase(query_words(state.q)),
        first_mark=first_mark,
        facet_href=facet_href, names_shown=DOCUMENT_NAMES_SHOWN, download_href=download_href,
        address=_absolute(url_for("pages.document", doc_id=view.doc_id)),
        download_address=_absolute(download_href) if download_href else None,
        file_name=file_name(view, original), locations=_locations(view),
        # a text file's encoding by its standard name (UTF-8, windows-1251), as the download's charset says it
        encoding=(_charset(view.encoding) or view.encoding) if view.encoding and view.format in TEXT_FORMATS else None,
        back_href=_back_href(state), passage_gone=quoted == PASSAGE_CHANGED_ANCHOR,
        moved_note=_moved_note(view, request.args.get(MOVED_PARAM, "")),
        # a quote's link that lost its #p-N (cut at a line break, reloaded from `&#038;`): the script goes there
        quoted_anchor=quoted,
        # whether the search the link names finds it: a link kept since an edit took a word out or
        # changed the date, or a query that excludes it, is told so, not «Совпадений: 4»
        # a link from the quotes tab: its filters and words are a passage's, not the whole document's
        finding=service().finding(view.doc_id, state.request(), bool(view.match_count),
                                  quotes=request.args.get("back") == "quotes") if state.q else None,
        json_href=url_for("api.document", doc_id=view.doc_id, **state.marking()),
        reference=document_reference(view), reference_lang=citing_words(view.language).language,
    ), 200, tag)


def _back_href(state: SearchState) -> str | None:
    """The list the document was opened from (the quotes tab's when `back=quotes`), at the result
    opened (#hit-N: on a phone the list is screens long); none when it was opened from no list."""
    if not state.params(page=state.page):
        return None
    results_path = url_for("pages.quotes") if request.args.get("back") == "quotes" else url_for("pages.search")
    number = request.args.get("hit", "")
    # its digits are counted before any int(): one of 4,301 digits is past Python's conversion limit
    digits = number.lstrip("0") if number.isascii() and number.isdigit() else ""
    anchor = f"#hit-{digits}" if 0 < len(digits) <= 7 else ""
    return state.href(results_path, page=state.page) + anchor


def _back_link(state: SearchState) -> tuple[str, str] | None:
    """«← к результатам «…»», the document page's way back, for a page in its place."""
    href = _back_href(state)
    return (href, "← к результатам" + (f" «{state.q}»" if state.q else "")) if href else None


def _original_file(paths: list[str], places: list[Path] | None = None) -> Path | None:
    """The first of a document's recorded files (`paths`) that exists and may be served (_servable)
    from `places` (served_places(), read once for a list of documents). The path comes from the
    index (recorded at ingest), never from the request."""
    places = served_places() if places is None else places
    for text in paths:
        path = _real_path(text)
        # a file that lost its read permission is passed over: a readable copy elsewhere is served
        if path and path.is_file() and _servable(path, places) and os.access(path, os.R_OK):
            return path
    return None


def _files_now(paths: list[str]) -> str:
    """What a document page says of its recorded files that no commit changes: where each one
    resolves now and whether it may be read (moved, deleted or locked since ingest)."""
    return repr([(str(real), real.is_file() and os.access(real, os.R_OK)) if (real := _real_path(text))
                 else (None, _unreadable(text)) for text in paths])


def _unreadable(text: str) -> bool:
    """Whether a stored path is there but the server may not read it (a file made mode 000, a
    folder on the way locked): not a missing file, and no retry will help."""
    try:
        path = Path(text_to_path(text)).resolve(strict=True)
    except PermissionError:  # a folder on the way may not be entered
        return True
    except OSError:
        return False
    return path.is_file() and not os.access(path, os.R_OK)


def served_places() -> list[Path]:
    """Where the ingests read, links resolved: the folders the archive was ingested from (the
    document's source among them), and the real folders and files links in them led to."""
    roots = [root for text in service().ingested_roots() if (root := _real_path(text))]
    # recorded as real paths: taken as they are, so one turned into a link since leads nowhere
    return roots + [Path(text_to_path(text)) for text in service().linked_targets()]


def _servable(path: Path, places: list[Path]) -> bool:
    """A recorded file, resolved now, is served only from where an ingest read: the real file must
    lie in an ingested folder, in a folder a link there led the ingest to, or be a file a link led
    it to. The index records those at ingest, so a link added or pointed elsewhere since (a link
    in the archive to /etc, a file swapped for such a link) leads nowhere servable: nothing but
    what an ingest chose to read, and indexed, is ever sent."""
    return any(path.is_relative_to(place) for place in places)


def _real_path(text: str) -> Path | None:
    """A stored path (index.paths) resolved to the real one; None when it does not exist here."""
    if not text:
        return None
    try:
        return Path(text_to_path(text)).resolve(strict=True)
    except OSError:
        return None


@bp.get("/doc/<doc_id>/file")
def download(doc_id: str):
    view = service().document(doc_id) if valid_doc_id(doc_id) else None
    if view is None:
        return to_current_document(doc_id, "pages.download")
    places = served_places()
    path = _original_file(view.paths, places)
    if path is None:  # the document is here; its file was moved, deleted or made unreadable after ingest
        say_unserved(view.doc_id, view.paths, places)
        if any(_unreadable(text) for text in view.paths):
            return _no_file(doc_id, 403, "Файл недоступен", FILE_UNREADABLE)
        return _no_file(doc_id, 404, "Файл не найден", FILE_GONE)
    # a readable name, header-safe: a line break in a name (POSIX allows one) would be a 500
    name = _readable(path_to_text(str(path)))[1].strip() or "document"
    try:  # an open file, not the path: werkzeug would encode the path to UTF-8 for its ETag
        file = path.open("rb")
    except OSError as exc:  # its permission taken away since it was checked, or a disk that fails to read
        say_not_opened(doc_id, path, exc)
        return _no_file(doc_id, 403, "Файл недоступен", FILE_UNREADABLE)
    resp = send_file(file, as_attachment=True, download_name=name, max_age=0, etag=False, conditional=False)
    # werkzeug knows no size for an open file: without it no Content-Length, and a Range request
    # (a resumed download, a PDF viewer reading pages) got the whole file under «Accept-Ranges»
    stat = os.fstat(file.fileno())
    resp.content_length = stat.st_size
    # validators, as nginx makes them, so a browser can resume a download (If-Range), with the ctime:
    # an edit in place that keeps the size and sets the old mtime back (a redaction) moves it, and
    # a cached copy of the old bytes must not get a 304
    resp.set_etag(f"{stat.st_size:x}-{stat.st_mtime_ns:x}-{stat.st_ctime_ns:x}")
    resp.last_modified = max(stat.st_mtime, stat.st_ctime)
    wanted = request.range
    one_range = wanted is not None and wanted.units == "bytes" and len(wanted.ranges) == 1
    asked = request.environ
    if one_range and request.headers.get("If-Range", "").lstrip().startswith("W/"):
        # the gzipped download's weak tag: If-Range compares strongly, a weak tag never matches
        # (RFC 9110 13.1.5), so the whole file (gzipped, as a fresh download; werkzeug took it for a match)
        asked = {key: value for key, value in request.environ.items() if key != "HTTP_RANGE"}
        one_range = False
    elif one_range and wanted.ranges[0][0] < -stat.st_size < 0:
        # the last N bytes of a shorter file are all of it (RFC 9110 14.1.2); werkzeug answered 416
        asked = dict(request.environ, HTTP_RANGE="bytes=0-")
    # several ranges, another unit or a header that does not parse: the whole file, as HTTP allows
    resp.make_conditional(asked, accept_ranges=True, complete_length=stat.st_size if one_range else None)
    served = _served_type(resp.mimetype, view.format, file)
    resp.headers.set("Content-Disposition", "attachment", **_file_names(_saved_name(name, resp.mimetype, served, view.format), doc_id))
    resp.mimetype = served
    if resp.mimetype.startswith("text/") or "charset" in resp.mimetype_params:
        # werkzeug says utf-8 (for text, and XML: application/xml, application/xhtml+xml); the file
        # is in the encoding ingest read it in, and one it did not read gets no charset at all
        charset = _charset(view.encoding)
        resp.headers["Content-Type"] = resp.mimetype + (f"; charset={charset}" if charset else "")
    return resp


def _served_type(named: str, fmt: str, file) -> str:
    """The type a download goes out as: the one its name gives when that is of the format ingest read
    the bytes as, else the format's. A name without an extension gives none; a misnamed file's
    (a DOCX under a .pdf name, text under a .doc one) would send it to a viewer that cannot open it.
    A web archive (.mht) is read as HTML but is no page a browser shows as one."""
    if fmt not in FORMAT_TYPES or named.startswith(NAMED_TYPES[fmt]):
        return named
    return WEB_ARCHIVE_TYPE if fmt == "html" and _opens_web_archive(file) else FORMAT_TYPES[fmt]


def _saved_name(name: str, named: str, served: str, fmt: str = "") -> str:
    """The name a download is saved under: the file's, and the extension of the type it is sent as
    when its name gives another (or none): a DOCX named «kopiya.pdf» saved as «kopiya.pdf» went to
    the PDF reader, which failed; «kopiya.pdf.docx» opens in Word and still shows the archive's name."""
    if served == named:
        return name
    # an e-mail goes out as message/rfc822 as a web archive does: it is saved as the .eml it is
    return name + (".eml" if fmt == "eml" else SAVED_EXTENSIONS.get(served, ""))


def _opens_web_archive(file) -> bool:
    """Whether the open file is a web archive; the file is read again from its start."""
    head = file.read(HEAD_BYTES)
    file.seek(0)
    return is_web_archive(head)


# by ingest's format; subtitles (.srt, .vtt) are shown as the plain text they are
FORMAT_TYPES = {"txt": "text/plain", "subtitles": "text/plain", "html": "text/html", "pdf": "application/pdf",
                "rtf": "application/rtf",
                "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                "odt": "application/vnd.oasis.opendocument.text",
                "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                "ods": "application/vnd.oasis.opendocument.spreadsheet",
                "eml": "message/rfc822"}
# the extension a download sent as one of those types is saved with when its own name gives another
SAVED_EXTENSIONS = {"text/plain": ".txt", "text/html": ".html", "application/pdf": ".pdf", "application/rtf": ".rtf",
                    FORMAT_TYPES["docx"]: ".docx", FORMAT_TYPES["odt"]: ".odt", WEB_ARCHIVE_TYPE: ".mht",
                    FORMAT_TYPES["xlsx"]: ".xlsx", FORMAT_TYPES["ods"]: ".ods"}
# the types (prefixes) a file's name may give it that are still of the format ingest read: a .docm's,
# an .ott's, a .csv's, an .mht's own. Text keeps only the types a text viewer opens: any text/* let
# a plain-text .dot go out as Graphviz (text/vnd.graphviz), which Python's mimetypes names .dot
PLAIN_TEXT_TYPES = ("text/plain", "text/csv", "text/markdown", "text/tab-separated-values")
NAMED_TYPES = {"txt": PLAIN_TEXT_TYPES, "subtitles": PLAIN_TEXT_TYPES + ("text/vtt", "application/x-subrip"),
               "html": ("text/html", "application/xhtml+xml", WEB_ARCHIVE_TYPE, "multipart/related"),
               "pdf": ("application/pdf",), "rtf": ("application/rtf", "text/rtf"),
               "docx": ("application/vnd.openxmlformats-officedocument.wordprocessingml.", "application/vnd.ms-word."),
               "odt": ("application/vnd.oasis.opendocument.text",),
               "xlsx": ("application/vnd.openxmlformats-officedocument.spreadsheetml.", "application/vnd.ms-excel."),
               "ods": ("application/vnd.oasis.opendocument.spreadsheet",),
               "eml": ("message/rfc822",)}
TEXT_FORMATS = ("txt", "subtitles")  # decoded by ingest with the encoding it records


def _no_file(doc_id: str, status: int, title: str, message: str):
    """The download's error page: why there is no file, and the way to the document's own page."""
    return render_template("error.html", title=title, message=message, status=status,
                           link=(url_for("pages.document", doc_id=doc_id), "Открыть страницу документа")), status


FILE_GONE = ("Документ в архиве есть, но его исходного файла больше нет там, откуда его загрузили: "
             "файл переместили или удалили.")
FILE_UNREADABLE = ("Документ в архиве есть, но его исходный файл на сервере не удаётся прочитать: "
                   "у сервера нет прав на чтение этого файла или его папки.")
# Python's codec names (as codecs.lookup gives them; ingest records the codec it decoded a text or
# HTML file with) as the charset labels browsers know. A codec not here gets no charset: better
# none (the browser looks at the file) than a wrong one.
IANA_CHARSETS = {
    "utf-8": "UTF-8", "utf-8-sig": "UTF-8", "utf-16": "UTF-16", "utf-16-le": "UTF-16LE", "utf-16-be": "UTF-16BE",
    "utf-32": "UTF-32", "utf-32-le": "UTF-32LE", "utf-32-be": "UTF-32BE", "cp1251": "windows-1251",
    "cp1252": "windows-1252", "cp1254": "windows-1254", "koi8-r": "KOI8-R", "koi8-u": "KOI8-U", "cp866": "IBM866", "iso8859-5": "ISO-8859-5",
    "mac-cyrillic": "x-mac-cyrillic", "iso8859-1": "ISO-8859-1", "ascii": "US-ASCII",
    "kz1048": "KZ-1048",  # the Kazakh Windows code page (IANA's name)
}


def _charset(encoding: str | None) -> str | None:
    try:
        return IANA_CHARSETS.get(codecs.lookup(encoding).name) if encoding else None
    except LookupError:
        return None


def _file_names(name: str, doc_id: str) -> dict[str, str]:
    """Content-Disposition's names: `filename*` the name itself (UTF-8), `filename` the same in
    Latin letters for clients that read only that (curl -OJ), else document-<id>.<extension>."""
    if name.isascii():
        return {"filename": name}
    extension = PurePath(name).suffix
    fallback = latin_file_name(name) or f"document-{doc_id}" + (extension if extension.isascii() else "")
    return {"filename": fallback, "filename*": "UTF-8''" + quote(name, safe="!#$&+-.^_`|~")}  # RFC 5987 attr-chars


def file_name(view, original: Path | None) -> str | None:
    """The name of the file the download serves (`original`), else of the document's first
    recorded one; readable even when it is not UTF-8 on disk."""
    if original is not None:
        return _readable(path_to_text(str(original)))[1]
    return _readable(view.paths[0])[1] if view.paths else None


@dataclass
class Location:
    folder: str  # with its closing separator
    name: str
    found: bool  # the file is there now (a path the index still lists may be gone: no --prune)
    unreadable: bool = False  # it is there, but the server may not read it


def _locations(view) -> list[Location]:
    """Where the document's files are (or were): how an archivist finds the paper original."""
    located = []
    for text in view.paths:
        unreadable = _unreadable(text)
        located.append(Location(*_readable(text), found=unreadable or _real_path(text) is not None, unreadable=unreadable))
    return located


def _readable(text: str) -> tuple[str, str]:
    """A stored path (index.paths) as people read it, split into its folder and its name."""
    folder, _, name = spaced_controls(display_path(text)).rpartition(os.sep)
    return folder + os.sep, name

