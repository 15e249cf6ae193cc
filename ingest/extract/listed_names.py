"""The persons a document names only in a list's entries: a data table's rows, a workbook's cells.

A registry of 300 members names 300 people with all their initials («Ким Руслан Маратович»). Over the
index, a short name is completed from the one fuller name of its surname (index.name_folding): one
random member would give a speaker elsewhere («Р. Ким» of a session's transcript) his initials. Such a
list's names stay persons of their own document, but do not complete other documents' names (index.facets)."""
from __future__ import annotations

from bisect import bisect_right
from collections.abc import Collection, Iterable

from .persons import Mention


def listed_only(mentions: Iterable[Mention], starts: list[int], listed: Collection[int],
                speakers: Collection[str]) -> list[str]:
    """The canonical names every mention of which lies in a paragraph of `listed` (indices into the
    paragraphs starting at `starts`), in order of first mention; a speaker of the document is none."""
    if not listed:
        return []  # most documents: no list
    inside: dict[str, None] = {}
    outside: set[str] = set()
    for m in mentions:
        if m.kind == "given":
            continue  # a first name alone names nobody in the facet
        if bisect_right(starts, m.start) - 1 in listed:
            inside.setdefault(m.canonical, None)
        else:
            outside.add(m.canonical)
    return [name for name in inside if name not in outside and name not in speakers]
