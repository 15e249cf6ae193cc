"""What the search API returns: plain dataclasses, no Whoosh objects."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

MAX_PAGE = 1000  # the last page a search pages to (page_count may be more: answers caps what it says)


@dataclass
class SearchRequest:
    query: str = ""
    filters: dict[str, list[str]] = field(default_factory=dict)  # AND across fields, OR within one
    # field filters as the query's FIELD:VALUE reads them (a part of a name, an alias, a part of a
    # topic: the command's --filter), matched to facet values by the search and counted as given
    typed_filters: dict[str, list[str]] = field(default_factory=dict)
    date_from: date | None = None
    date_to: date | None = None
    sort: str = "relevance"  # relevance | newest | oldest | added
    # only the documents that came into the archive (added, or changed by an edit) from this day on
    added_from: date | None = None
    # a month (1-12), and a day of it, in every year (index.day_of_year): 1 March each year
    month: int | None = None
    day: int | None = None
    page: int = 1
    per_page: int = 10
    exact: bool = False  # match the literal word forms only
    facets: bool = True
    highlight: bool = True


@dataclass
class FacetCount:
    value: str
    count: int
    selected: bool = False
    # the every-year parameters (`month`, `day`) a month's bar is counted without (index.day_of_year):
    # a month to switch to counts what it would find, not what the filter leaves of it
    counted_without: tuple[str, ...] = ()


@dataclass
class Copy:
    """Another document saying the same (index.same_text): shown once, with these noted."""
    doc_id: str
    title: str
    format: str
    paths: list[str]


@dataclass
class Hit:
    doc_id: str
    title: str
    date: date | None
    format: str
    language: str
    speakers: list[str]
    persons: list[str]
    topics: list[str]
    snippet_html: str
    score: float | None
    paths: list[str]
    missing: list[str] = field(default_factory=list)  # words of a partial match the document lacks
    date_source: str | None = None  # "metadata" | "text" | "filename" | "year": where the date was read
    # the numbers the act is signed with, as shown (index.act_numbers.shown_act_number): «№ 548» beside its date
    act_numbers: list[str] = field(default_factory=list)
    author: str = ""  # its author or issuing body, as its file gives it (DocumentRecord.author)
    # the title's and the snippet's own languages where the document mixes them (a Kazakh heading,
    # a Kazakh quote in a Russian report; index.own_language): a page marks them so
    title_language: str = ""
    snippet_language: str = ""
    copies: list[Copy] = field(default_factory=list)  # other documents of the same text, this one shown for them
    # when its content came into the archive (index.arrival): first added, and changed by its file's edit
    added: int | None = None
    changed: int | None = None


@dataclass
class SearchResult:
    hits: list[Hit]
    total: int
    page: int
    per_page: int
    facets: dict[str, list[FacetCount]]
    filters: dict[str, list[str]]  # the filters in force, field filters from the query included
    suggestion: str | None = None
    error: str | None = None
    elapsed_ms: float = 0.0
    expanded: dict[str, str] = field(default_factory=dict)  # abbreviation -> the full name also searched
    sort: str = "relevance"  # the order of the hits: "newest" for a relevance asked with no words
    has_words: bool = True  # False: no words to match (browse, filters alone), listed by date
    # True: every word together found nothing, and these are the documents with most of them
    partial: bool = False
    # words no document has, when every word together found none: beside a partial match's hits, or
    # alone when what was left was a kind of place (`Атырауская область`: «область» is every region)
    unmatched: list[str] = field(default_factory=list)
    left_out: list[str] = field(default_factory=list)  # words that only asked the question, not searched
    # documents the query and the other filters find that a date range or a year filter leaves out:
    # they have no date
    undated_left_out: int = 0
    excluded: dict[str, list[str]] = field(default_factory=dict)  # what `-speaker:X` left out, resolved
    unknown: dict[str, list[str]] = field(default_factory=dict)  # filter values no facet value is: they find nothing
    # a typed name that is a facet value and names others too (index.search._widened): field ->
    # value -> the others its filter counted (`widened`) or left out (`widened_excluded`) with it
    widened: dict[str, dict[str, list[str]]] = field(default_factory=dict)
    widened_excluded: dict[str, dict[str, list[str]]] = field(default_factory=dict)
    error_in_form: str | None = None  # the error as the web page says it (index.query.QueryError.in_form)
    generation: int | None = None  # the index commit that answered (GET /health's generation)
    generation_tag: str = ""  # names that commit, a rebuilt folder's too (index.generation.Generation.tag)
    excluded_words: list[str] = field(default_factory=list)  # what `-word` / NOT word left out, as typed
    # per field, the values of `filters` that must each hold (`speaker:A AND speaker:B`), not alternatives
    required: dict[str, list[str]] = field(default_factory=dict)
    # the same, per field, one list for each value typed: the facet values it names, any of which holds it
    required_named: dict[str, list[list[str]]] = field(default_factory=dict)
    # operator words typed in lowercase between two words, searched as words: [before, word, after]
    lowercase_operators: list[list[str]] = field(default_factory=list)

    @property
    def page_count(self) -> int:
        return max(1, -(-self.total // self.per_page))


@dataclass
class QuoteHit:
    passage_id: str
    doc_id: str
    title: str
    date: date | None
    page: int | None
    speaker: str | None  # the first of `speakers`
    text_html: str
    text: str
    score: float | None
    speakers: list[str] = field(default_factory=list)  # everyone the paragraph is attributed to
    missing: list[str] = field(default_factory=list)  # words of a partial match the passage lacks
    language: str = ""  # the passage's own (a Kazakh statement in a Russian report: kk): a page marks the quote so
    title_language: str = ""  # the title's own (index.own_language), else the document's: a page marks the title so
    # a speech cue of the narration names its speakers («…», — сказал X; X отметил, что…): the
    # reporter's text, theirs only where it quotes them (index.citation.cited)
    narrated: bool = False
    format: str = ""  # its document's (pdf, html, txt), as the quote facets count it
    fingerprint: str = ""  # of the passage's stored text: its links find it after an edit (index.passage_links)
    paths: list[str] = field(default_factory=list)  # its document's files
    copies: list[Copy] = field(default_factory=list)  # other documents holding the same quote, shown once
    added: int | None = None  # when its document's content came into the archive (index.arrival), and its edit
    changed: int | None = None
    # the archive's aliases file its index keeps (index.aliases.search_aliases_path): a title from
    # it in an attribution names the speaker, as ingest read it (index.citation.hit_cited)
    aliases: str | None = None
    # its document's: the numbers an act is signed with (cited after its date), its author or issuing
    # body, and its language, which a citation's date and page words follow (index.citing_words)
    act_numbers: list[str] = field(default_factory=list)
    author: str = ""
    document_language: str = ""


@dataclass
class QuoteResult:
    hits: list[QuoteHit]
    total: int
    page: int
    per_page: int
    suggestion: str | None = None
    error: str | None = None
    elapsed_ms: float = 0.0
    expanded: dict[str, str] = field(default_factory=dict)  # abbreviation -> the full name also searched
    filters: dict[str, list[str]] = field(default_factory=dict)  # in force, typed ones resolved
    sort: str = "relevance"  # the order of the hits: "newest" for a relevance asked with no words
    has_words: bool = True  # False: no words to match, the filters' quotes listed by date
    facets: dict[str, list[FacetCount]] = field(default_factory=dict)  # counting quotes, not documents
    left_out: list[str] = field(default_factory=list)  # words that only asked the question, not searched
    partial: bool = False  # no passage had every word: these have most of them
    unmatched: list[str] = field(default_factory=list)  # as SearchResult's, for passages
    # quotes the query and the other filters find that a date range or a year filter leaves out:
    # their document has no date
    undated_left_out: int = 0
    excluded: dict[str, list[str]] = field(default_factory=dict)  # what `-speaker:X` left out, resolved
    unknown: dict[str, list[str]] = field(default_factory=dict)  # filter values no facet value is: they find nothing
    # a typed name that is a facet value and names others too (index.search._widened): field ->
    # value -> the others its filter counted (`widened`) or left out (`widened_excluded`) with it
    widened: dict[str, dict[str, list[str]]] = field(default_factory=dict)
    widened_excluded: dict[str, dict[str, list[str]]] = field(default_factory=dict)
    error_in_form: str | None = None  # the error as the web page says it (index.query.QueryError.in_form)
    generation: int | None = None  # the index commit that answered (GET /health's generation)
    generation_tag: str = ""  # names that commit, a rebuilt folder's too (index.generation.Generation.tag)
    excluded_words: list[str] = field(default_factory=list)  # what `-word` / NOT word left out, as typed
    # per field, the values of `filters` that must each hold (`speaker:A AND speaker:B`), not alternatives
    required: dict[str, list[str]] = field(default_factory=dict)
    # the same, per field, one list for each value typed: the facet values it names, any of which holds it
    required_named: dict[str, list[list[str]]] = field(default_factory=dict)
    # operator words typed in lowercase between two words, searched as words: [before, word, after]
    lowercase_operators: list[list[str]] = field(default_factory=list)

    @property
    def page_count(self) -> int:
        return max(1, -(-self.total // self.per_page))


@dataclass
class Passage:
    position: int
    page: int | None
    speaker: str | None
    text: str
    language: str = ""  # its own: a Kazakh statement in a Russian report is kk (PassageRecord.language)


@dataclass
class DocumentFinding:
    """Whether a search finds one document (SearchService.finding), and what leaves it out when not."""

    found: bool
    excluded_words: list[str] = field(default_factory=list)  # the query's exclusions (as typed) the document has
    filtered: bool = False  # a filter of the query or of the link (a year, a speaker, a topic, dates) leaves it out
    # what a query's syntax (AND, +, a "phrase") requires and the document lacks, as typed: a strict
    # query is not relaxed to some of its words, as one of plain words is
    missing_words: list[str] = field(default_factory=list)
    unmatched: bool = False  # that syntax leaves it out, though it has each word (a phrase's words apart)

    def reasons_known(self) -> bool:
        """Whether the page can say what leaves the document out (it is not found)."""
        return not self.found and bool(self.excluded_words or self.filtered or self.missing_words or self.unmatched)


@dataclass
class DocumentView:
    doc_id: str
    title: str
    date: date | None
    date_source: str | None
    format: str
    language: str
    speakers: list[str]
    persons: list[str]
    topics: list[str]
    paths: list[str]
    source: str
    pages: int | None
    encoding: str | None
    text: str
    text_html: str  # escaped, matches of the query marked
    match_count: int
    passages: list[Passage]
    best_match: int | None = None  # the mark (0-based) where the query's words meet best, as in the snippet
    # the marks (0-based) starting each place where all the query's words meet (highlight.meeting_marks)
    meetings: list[int] = field(default_factory=list)
    former_ids: list[str] = field(default_factory=list)  # ids it had before its file was edited: links to them open it
    copies: list[Copy] = field(default_factory=list)  # the other documents of its text (index.copies.same_text_documents)
    added: int | None = None  # when its content came into the archive (index.arrival), and its edit
    changed: int | None = None
    generation: int | None = field(default=None, compare=False)  # the index commit it was read from: not the document
    act_numbers: list[str] = field(default_factory=list)  # as Hit's
    author: str = ""  # as Hit's
    original_url: str = ""  # the address the saved web page came from (DocumentRecord.original_url)
    captured: str = ""  # the day a web crawl captured it, ISO (DocumentRecord.captured)

    @property
    def title_language(self) -> str:
        """The title's own language: its paragraph's (the first passage, when it is the title; a
        Kazakh heading over a Russian text) when another, else the document's."""
        first = self.passages[0] if self.passages else None
        if first is not None and first.language and " ".join(first.text.split()) == " ".join(self.title.split()):
            return first.language
        return self.language

    @property
    def captured_day(self) -> date | None:
        """The day a web crawl captured the page, as a date; None when it has none."""
        try:
            return date.fromisoformat(self.captured) if self.captured else None
        except ValueError:
            return None
