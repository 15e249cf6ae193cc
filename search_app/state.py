"""The search state carried in the URL: query, facet filters, dates, sort, paging, exact form.

One parser for the HTML pages, the JSON API and the CSV export, so a page's address and the
API call for the same results take the same parameters:

    q          the query text
    speakers, persons, topics, year, language, format    facet filters (repeatable; OR within
               one field, AND across fields; a year may be a range, 2019-2021, as `year:` takes it; a
               value may be what the query's field takes, lang:казахский, person:Сарсенбаева)
    from, to   date range: YYYY-MM-DD, YYYY-MM or YYYY, or a day counted back (today, -7d, -1m: index.dates)
    added_from only the documents that came into the archive (added, or changed) from this day on
    month, day a month (1-12), and a day of it, in every year: month=03&day=1 is 1 March of each year
    sort       relevance | newest | oldest | added (came into the archive last first)
    page, per_page
    exact      1: match the literal word forms only
"""
from __future__ import annotations

import functools
from dataclasses import dataclass, field
from datetime import date
from urllib.parse import quote_plus, urlencode

from werkzeug.datastructures import MultiDict

from index.day_of_year import DayOfYearError, read_day_of_year, readable_month
from index.pasted_text import as_typed_value
from index.query import FIELD_WORDS, QueryError, query_too_long, year_values
from index.refusals import PAGE, PER_PAGE, REVERSED_DATES, is_whole_number, paging_number, sort_refusal, typed_date
from index.schema import FACET_FIELDS
from index.search import MAX_PAGE, MAX_PER_PAGE, SORTS, SearchRequest, check_filter_counts
from index.tokenize import composed
from search_app.damaged_links import UNKNOWN_SHOWN, escaped_ampersands_read, unknown_parameters

# The facets the index keeps, in the order the pages show them.
FACETS = FACET_FIELDS
# the parameters a list page's link may carry (see the module's docstring; `generation`: the paging links')
PAGE_PARAMETERS = frozenset(("q", *FACETS, "from", "to", "added_from", "month", "day", "sort", "page", "per_page", "exact",
                             "generation"))
DEFAULT_PER_PAGE = 10
MAX_VALUE_CHARS = 200
# A page's facet panels write a link per value (a hundred and more), each repeating the same query,
# names and values: each text is escaped once, not in every link.
_quoted = functools.lru_cache(maxsize=8192)(quote_plus)


@dataclass
class SearchState:
    q: str = ""
    filters: dict[str, list[str]] = field(default_factory=dict)
    date_from: str = ""  # as typed (kept in the URL and the form)
    date_to: str = ""
    added_from: str = ""  # as typed, as the dates are
    month: str = ""  # a month, and a day of it, of every year: as typed
    day: str = ""
    sort: str = "relevance"
    page: int = 1
    page_asked: int | None = None  # a page past MAX_PAGE, as asked: the page says that one is not there
    per_page: int = DEFAULT_PER_PAGE
    exact: bool = False
    # the index commit page 1 was read from (`generation=`, index_generation), carried by the page
    # links: a later page read from another commit says the results may have moved
    first_generation: int | None = None
    generation_error: str = ""  # `generation=` not a number: the API refuses it, a page ignores it
    errors: list[str] = field(default_factory=list)  # parameters that could not be understood
    form_errors: list[str] = field(default_factory=list)  # the same, as the web page says them (QueryError.in_form)
    paging_errors: list[str] = field(default_factory=list)  # page/per_page replaced by the nearest allowed
    unknown_sort: str = ""  # a sort not in SORTS, as given: relevance is used (the pages say so; the API refuses it)
    exact_error: str = ""  # `exact=` neither yes nor no: all forms are searched (the API refuses it)
    # what of a shared link could not be read and what the page shows instead («Номер страницы «2.» в
    # ссылке не подходит: показана страница 1.»): the pages say it beside the count
    link_notes: list[str] = field(default_factory=list)
    invalid: list[str] = field(default_factory=list)  # the form fields ("from", "to", "day") the errors are about
    start: date | None = None  # the date range, read from date_from/date_to
    end: date | None = None
    added_since: date | None = None  # read from added_from
    every_month: int | None = None  # read from month and day
    every_day: int | None = None

    # -- reading ---------------------------------------------------------
    @classmethod
    def from_args(cls, args) -> "SearchState":
        """From a request's query string (a werkzeug MultiDict)."""
        state = cls()
        args = MultiDict(escaped_ampersands_read(args.items(multi=True)))
        # in NFC, as the index reads them (index.tokenize.composed): the answer, the chips and every
        # link then name what was searched, not a pasted е + U+0308
        state.q = composed((args.get("q") or "").strip())
        for name in FACETS:
            values = []
            for raw in args.getlist(name):
                raw = as_typed_value(raw).strip()[:MAX_VALUE_CHARS]
                for value in state._years(raw) if name == "year" and raw else [raw]:
                    if value and value not in values:
                        values.append(value)
            if values:  # as many as given: read_facet_values refuses more than a search takes
                state.filters[name] = values
        state.date_from = (args.get("from") or "").strip()[:40]
        state.date_to = (args.get("to") or "").strip()[:40]
        state.added_from = (args.get("added_from") or "").strip()[:40]
        state.month = (args.get("month") or "").strip()[:20]
        state.day = (args.get("day") or "").strip()[:20]
        sort = (args.get("sort") or "relevance").strip()
        state.sort = sort if sort in SORTS else "relevance"
        state.unknown_sort = "" if sort in SORTS else sort[:20]
        state.page, page_error = paging_number(args.get("page"), 1, 1, MAX_PAGE, PAGE)
        raw_page = args.get("page") or ""
        if is_whole_number(raw_page) and len(raw_page) <= 20 and int(raw_page) > MAX_PAGE:
            state.page_asked = int(raw_page)
        state.per_page, per_page_error = paging_number(args.get("per_page"), DEFAULT_PER_PAGE, 1, MAX_PER_PAGE,
                                                       PER_PAGE)
        state.paging_errors = [e for e in (page_error, per_page_error) if e]
        if page_error and state.page_asked is None:  # a page past the last one has a note of its own
            state.link_notes.append(f"Номер страницы «{raw_page[:20]}» в ссылке не подходит: показана страница "
                                    f"{state.page}.")
        if per_page_error:
            state.link_notes.append(f"Число результатов на странице «{(args.get('per_page') or '')[:20]}» в ссылке "
                                    f"не подходит: показано по {state.per_page}.")
        state.exact, state.exact_error = _exact(args.get("exact"))
        if state.exact_error:
            state.link_notes.append(f"Отметку «точная форма слов» (exact={(args.get('exact') or '').strip()[:20]}) "
                                    "в ссылке прочитать не удалось: показаны все формы слов.")
        state.first_generation, state.generation_error = _generation(args.get("generation"))
        state.start, state.end = state._dates()
        state.added_since = state._added_since()
        state.every_month, state.every_day = state._day_of_year()
        return state

    def note_unknown_parameters(self, args) -> None:
        """Say (`link_notes`) which parameters of a page's link it does not know and left out: a
        link cut or glued wrongly is no silent other search."""
        unknown = unknown_parameters((name for name, _ in escaped_ampersands_read(args.items(multi=True))),
                                     PAGE_PARAMETERS)
        if unknown:
            names = ", ".join(f"«{name[:30]}»" for name in unknown[:UNKNOWN_SHOWN])
            names += " и другие" if len(unknown) > UNKNOWN_SHOWN else ""
            self.link_notes.append(f"Часть ссылки не распознана и не учтена: {names}.")

    def read_facet_values(self, facet_values, counted_as_given: bool) -> None:
        """Each facet parameter as the facet values it names (`facet_values`:
        SearchService.facet_values; `language=казахский` is kk, `persons=Сарсенбаева` her
        facet value), so the answer, the chips and every link carry those. More values of one
        facet than a search takes are refused (index.search.check_filter_counts): with
        `counted_as_given` (the API, as the command's --filter) as the parameters name them, 34
        surnames naming 102 speakers being 34; else (a page) as the chips they become, since each
        of the page's links carries them all and would be refused."""
        if counted_as_given and self._too_many_values():
            return
        self.filters = facet_values(self.filters)
        if not counted_as_given:
            self._too_many_values()

    def _too_many_values(self) -> bool:
        """Whether a facet holds more values than a search takes; its sentence in `errors` if so."""
        try:
            check_filter_counts(self.filters)
        except QueryError as exc:
            self._refuse(str(exc), exc.in_form)
            return True
        return False

    def sort_error(self) -> str | None:
        """The sentence for an unknown sort (the API's 400): a script asking for dates must not get
        another order."""
        return sort_refusal(self.unknown_sort) if self.unknown_sort else None

    def _years(self, value: str) -> list[str]:
        """The years a `year` value names (a range too, as `year:` in the query takes it), each
        its own value, so a year bar or a chip removes that year alone; a message in `errors` for
        a value that is no year."""
        try:
            return year_values(value, f"year={value}", in_form=f"{FIELD_WORDS['year']}: {value}")
        except QueryError as exc:
            self._refuse(str(exc), exc.in_form)
            return []

    def _refuse(self, message: str, in_form: str | None = None) -> None:
        self.errors.append(message)
        self.form_errors.append(in_form or message)

    def _dates(self) -> tuple[date | None, date | None]:
        """The date range; a message in `errors` for what could not be read."""
        start = end = None
        try:
            start = typed_date(self.date_from, which="с") if self.date_from else None
        except ValueError as exc:
            self._refuse(str(exc))
            self.invalid.append("from")
        try:
            end = typed_date(self.date_to, end=True, which="по") if self.date_to else None
        except ValueError as exc:
            self._refuse(str(exc))
            self.invalid.append("to")
        if start and end and start > end:
            self._refuse(REVERSED_DATES)
            self.invalid.extend(["from", "to"])
        return start, end

    def _added_since(self) -> date | None:
        """The `added_from` day; a message in `errors` when it could not be read."""
        try:
            return typed_date(self.added_from, which="добавлены с") if self.added_from else None
        except ValueError as exc:
            self._refuse(str(exc))
            self.invalid.append("added_from")
            return None

    def _day_of_year(self) -> tuple[int | None, int | None]:
        """The month and day of every year; a message in `errors` when they could not be read."""
        try:
            return read_day_of_year(self.month, self.day)
        except DayOfYearError as exc:
            self._refuse(str(exc), exc.in_form)
            self.invalid.extend(exc.fields)
            return None, None

    @property
    def month_shown(self) -> int | None:
        """The month the form's list shows chosen: the one read, or the one typed when its day was
        refused (`month=02&day=30`), so the list keeps what the reader chose beside the error."""
        return self.every_month or readable_month(self.month)

    def request(self, **overrides) -> SearchRequest:
        values = dict(
            query=self.q, filters={k: list(v) for k, v in self.filters.items()}, date_from=self.start,
            date_to=self.end, added_from=self.added_since, month=self.every_month, day=self.every_day, sort=self.sort, page=self.page, per_page=self.per_page, exact=self.exact,
        )
        values.update(overrides)
        return SearchRequest(**values)

    # -- writing ---------------------------------------------------------
    def params(self, **changes) -> list[tuple[str, str]]:
        """Query-string pairs of this state with `changes` applied; defaults are left out."""
        q = changes.get("q", self.q)
        filters = changes.get("filters", self.filters)
        pairs: list[tuple[str, str]] = []
        if q and not query_too_long(q):  # a refused one stays in the box alone: in each of a page's
            pairs.append(("q", q))       # 160 links, 120 KB of it made a 20 MB page
        for name in FACETS:
            for value in filters.get(name, []):
                pairs.append((name, value))
        for key, attr in (("from", "date_from"), ("to", "date_to"), ("added_from", "added_from"), ("month", "month"),
                          ("day", "day")):
            value = changes.get(attr, getattr(self, attr))
            if value:
                pairs.append((key, value))
        sort = changes.get("sort", self.sort)
        if sort != "relevance":
            pairs.append(("sort", sort))
        if changes.get("exact", self.exact):
            pairs.append(("exact", "1"))
        per_page = changes.get("per_page", self.per_page)
        if per_page != DEFAULT_PER_PAGE:
            pairs.append(("per_page", str(per_page)))
        page = changes.get("page", 1)  # every change but paging starts from the first page
        if page != 1:
            pairs.append(("page", str(page)))
            if changes.get("generation") is not None:  # paging links only (views._pages)
                pairs.append(("generation", str(changes["generation"])))
        return pairs

    def marking(self) -> dict[str, str]:
        """The parameters a document's page marks the query's words by: the query, and exact=1
        (only the forms typed). A link from a result to its document carries them, so the page
        marks what the search found."""
        if not self.q:
            return {}
        return {"q": self.q, "exact": "1"} if self.exact else {"q": self.q}

    def href(self, path: str, **changes) -> str:
        pairs = self.params(**changes)
        return path + ("?" + urlencode(pairs, quote_via=_quoted) if pairs else "")

    def toggled(self, name: str, value: str) -> dict[str, list[str]]:
        """The filters with `value` of facet `name` added, or removed when already there."""
        filters = {k: list(v) for k, v in self.filters.items()}
        values = filters.setdefault(name, [])
        if value in values:
            values.remove(value)
        else:
            values.append(value)
        return {k: v for k, v in filters.items() if v}

    def has_narrowing(self) -> bool:
        return bool(self.filters or self.date_from or self.date_to or self.added_from or self.month or self.exact)

    def has_filters(self) -> bool:
        """A facet filter or a date range: enough to list quotes without a word."""
        return bool(self.filters or self.date_from or self.date_to or self.added_from or self.month)


_YES = ("1", "true", "on", "yes", "да")
_NO = ("", "0", "false", "off", "no", "нет")


def _exact(raw: str | None) -> tuple[bool, str]:
    """(whether `exact=` asks for the typed word forms only, "") or (False, why it is neither yes
    nor no): `exact=1.` from a mail that took the sentence's full stop is no silent «all forms»."""
    value = (raw or "").strip().lower()
    if value in _YES or value in _NO:
        return value in _YES, ""
    return False, f"Параметр exact — 1 (только точная форма слов) или 0, а передано «{value[:20]}»."


def _generation(raw: str | None) -> tuple[int | None, str]:
    """(the index commit `generation=` names, "") or (None, why it names none)."""
    raw = (raw or "").strip()
    if not raw:
        return None, ""
    if is_whole_number(raw) and len(raw) <= 20:
        return int(raw), ""
    return None, (f"Параметр generation — номер коммита индекса (index_generation первой страницы), "
                  f"а передано «{raw[:20]}».")
