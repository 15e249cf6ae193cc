"""Turn a parsed file into the record the index stores: title, passages, date, language, facets."""
from __future__ import annotations

from pathlib import Path

from index.records import DocumentRecord, PassageRecord
from ingest.extract.dates import document_date
from ingest.extract.language import detect_language
from ingest.parsers.base import ParsedDocument

MAX_TITLE_CHARS = 300


def _title(parsed: ParsedDocument, path: Path) -> str:
    title = (parsed.title or parsed.metadata.get("title") or "").strip()
    if not title and parsed.blocks:
        title = parsed.blocks[0].text.strip().split("\n", 1)[0]
    title = title or path.stem
    return title[:MAX_TITLE_CHARS]


def build_record(parsed: ParsedDocument, path: Path, root: str, content_hash: str) -> DocumentRecord:
    text = parsed.text
    when, source = document_date(parsed.metadata, text, path.name)
    passages = [
        PassageRecord(text=block.text, position=i, page=block.page)
        for i, block in enumerate(parsed.blocks)
        if block.text.strip()
    ]
    return DocumentRecord(
        doc_id=content_hash[:16],
        title=_title(parsed, path),
        text=text,
        format=parsed.format,
        language=detect_language(text),
        paths=[str(path)],
        source=root,
        date=when,
        date_source=source,
        pages=parsed.pages,
        encoding=parsed.encoding,
        content_hash=content_hash,
        passages=passages,
    )
