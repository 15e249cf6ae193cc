"""Plain records that cross package borders: what ingest hands to the index writer."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date


@dataclass
class PassageRecord:
    """One paragraph of a document, searchable on its own for quote search."""

    text: str
    position: int  # 0-based paragraph number within the document
    page: int | None = None  # 1-based page for paged formats (PDF)
    speakers: list[str] = field(default_factory=list)  # canonical speakers the paragraph is attributed to
    # its own language when clearly another than its document's (a Kazakh statement quoted in a
    # Russian report); None: the document's
    language: str | None = None
    # a speech cue of the narration names the speakers («…», — сказал X; X отметил, что…): the
    # passage is the reporter's text, theirs only where it quotes them (index.citation.cited)
    narrated: bool = False
    # field name -> index.analysis.PreAnalyzed, filled in a worker process (see index.store.pre_analyze_record)
    analyzed: dict | None = None

    @property
    def speaker(self) -> str | None:
        """The first speaker: the one kept in the passage's single-speaker field."""
        return self.speakers[0] if self.speakers else None


@dataclass
class DocumentRecord:
    """A parsed and enriched document, ready to be written to the index."""

    doc_id: str  # stable id: content hash prefix
    title: str
    text: str  # full text, paragraphs separated by blank lines
    format: str  # "pdf" | "html" | "txt" | "subtitles" | "telegram" | "rtf" | "docx" | "odt" | "xlsx" | "ods" | "eml"
    language: str = "ru"  # "ru" | "kk" | "en", or a community paper's: "uk" "be" "tt" "ug" "de" "pl" "uz" "az"
    paths: list[str] = field(default_factory=list)  # every path this content was found under
    source: str = ""  # the ingested root folder the file came from
    date: date | None = None
    date_source: str | None = None  # "metadata" | "text" | "filename" | "year" (index.year_dates)
    speakers: list[str] = field(default_factory=list)
    persons: list[str] = field(default_factory=list)
    # the persons it names only in a list's entries (a table's rows, a workbook's cells), no speakers: they
    # complete no other document's short name (index.facets); empty in the documents ingested before them
    listed: list[str] = field(default_factory=list)
    topics: list[str] = field(default_factory=list)
    pages: int | None = None
    encoding: str | None = None
    content_hash: str = ""
    # the ids of the versions this document replaced, its file's earlier contents: old links open it
    former_ids: list[str] = field(default_factory=list)
    # the version of ingest's extraction that derived it from its file (ingest.build.EXTRACTION_VERSION);
    # 0: not recorded, an older one. A record written again from what the index stores keeps it.
    extraction: int = 0
    # the numbers the act is signed with («№ 1009» under its signature, «Закон … от … № 70-IV» under
    # its title), as index.act_numbers keys them; empty for a document that is no act
    act_numbers: list[str] = field(default_factory=list)
    # its author or issuing body as the file names it (an e-mail's sender, a web page's or an Office file's
    # author, an article's authors line: ingest.extract.authors); empty when it names none
    author: str = ""
    # the address the saved web page came from, as its file records it (a WARC's target, an .mht's or a
    # .webarchive's location, a page's «saved from url», canonical link or og:url); "" when it names none
    original_url: str = ""
    # the day a web crawl (WARC) captured the page, ISO; no date of the document (a page keeps its own)
    captured: str = ""
    # when ingest first added its content, and when its file's edit brought this content (index.arrival):
    # seconds since the epoch; set by the index writer, kept by a record read back from an index
    added: int | None = None
    changed: int | None = None
    passages: list[PassageRecord] = field(default_factory=list)
    analyzed: dict | None = None  # field name -> index.analysis.PreAnalyzed (optional)


@dataclass(frozen=True)
class DocumentFacts:
    """What an ingest report says of a document, as the index holds it: read for the files a
    re-run does not parse again (unchanged, removed)."""

    format: str | None
    language: str | None
    encoding: str | None
    pages: int | None
    characters: int
