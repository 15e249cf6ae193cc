"""Links of the documents --prune removes that lead on to a document holding their text.

A document converted to another format (DOCX saved as PDF) or saved under a corrected name with a
word fixed is a new document; pruning the old file removed the old one, and every link saved to it
answered 404 though the archive holds its text. After the batch's writes, each removed document
whose text another holds (index.successors) has its id answered for by that document, as an edited
file's new version answers for its old ids; its report line names where its links lead.
"""
from __future__ import annotations

from index.moved_documents import MovedDocument, record_moved
from index.paths import readable_path
from index.records import DocumentRecord
from index.store import pre_analyze_record, stored_records

LEADS_TO = " Its links lead to {doc_id} ({paths}), which holds {how} text."


def hand_over_links(writer, index_dir, removed: dict[str, DocumentRecord], reports) -> list[str]:
    """Make the documents holding the text of the `removed` ones (read before their removal)
    answer for their ids; say so on their `reports`' removed lines. `writer`: the batch's writing
    session (ingest.pipeline._Writer), whose removals and new documents are committed first so the
    search sees them. Returns the summary's note."""
    writer.commit()
    found = writer.iw.successors_of(list(removed.values()))
    if not found:
        return []
    olds_of: dict[str, list[str]] = {}
    for old, successor in found.items():
        olds_of.setdefault(successor.doc_id, []).append(old)
    records = stored_records(index_dir, olds_of)
    for new, olds in sorted(olds_of.items()):
        record = records.get(new)
        if record is None:  # not there after all (another writer cannot be: the session holds the lock)
            continue
        pre_analyze_record(record)
        writer.iw.answer_for(record, olds)
    record_moved(index_dir, [MovedDocument(old, list(removed[old].paths), found[old].same)
                             for old in found if found[old].doc_id in records])
    for report in reports:
        successor = found.get(report.document_id) if report.status == "removed" else None
        if successor is not None:
            said = LEADS_TO.format(doc_id=successor.doc_id, paths=", ".join(readable_path(p) for p in successor.paths[:3]),
                                   how="the same" if successor.same else "nearly the same")
            report.message = (report.message or "The file is gone; its document is removed.") + said
    count = len(found)
    return [f"{count} removed document{'' if count == 1 else 's'} {'has' if count == 1 else 'have'} {'its' if count == 1 else 'their'} "
            "text in another document still indexed (another format, or a corrected copy): "
            f"{'its' if count == 1 else 'their'} links lead there now (the report's removed lines name it)."]
