"""The JSON export: every row of a search or quote search, as the CSV beside it has them.

The page's «Выгрузить: JSON» gave /api/search, one page of hits (10 of 62 found, always page 1),
while «CSV» beside it gave every row. An analyst counting or charting the JSON got a sixth of the
results, and nothing said so. This export has the CSV's rows (each an object keyed by the CSV's
column names, lists as lists), its cap and its last rows' notes, and is streamed the same way.
"""
from __future__ import annotations

from search_app import json_text
from search_app.monitoring import ExportRows


def json_chunks(rows, header: list[str], head: dict, notes: list[str], counted: ExportRows, chunk_chars: int):
    """One JSON object in pieces of about `chunk_chars`: the fields of `head`, `notes` (the CSV's
    last rows: fewer rows than found, and the like) and `rows`, each row an object of `header`'s
    names. A piece's rows count as sent (`counted`) once the server asks for the next."""
    opening = json_text({**head, "notes": notes, "rows": []})
    parts = [opening[:-2]]  # without the closing `]}`: the rows go between
    size = len(parts[0])
    held = 0
    first = True
    for row in rows:
        parts.append(("" if first else ",") + json_text(dict(zip(header, row))))
        first = False
        size += len(parts[-1])
        held += 1
        if size >= chunk_chars:
            yield "".join(parts)
            counted.sent += held
            parts, size, held = [], 0, 0
    parts.append("]}")
    yield "".join(parts)
    counted.sent += held
