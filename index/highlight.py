"""HTML-escaped snippets and full-text highlighting from analyzer token offsets.

Every piece of document text is escaped before it is wrapped in <mark>, so text such as
`<script>` always comes back inert.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable
from html import escape

Tokens = Callable[[str], Iterable[tuple[str, int, int]]]  # text -> (term, start, end)

SNIPPET_CHARS = 260
MAX_SCAN_CHARS = 60_000  # long documents: look for a match in the first part only


def _spans(text: str, terms: set[str], tokens: Tokens, stop_after: int | None = None) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    for term, start, end in tokens(text):
        if term in terms and (not spans or start >= spans[-1][1]):
            spans.append((start, end))
        if stop_after is not None and spans and start > spans[0][0] + stop_after:
            break
    return spans


def _marked(text: str, spans: list[tuple[int, int]], offset: int = 0) -> str:
    out: list[str] = []
    pos = offset
    for start, end in spans:
        out.append(escape(text[pos:start]))
        out.append("<mark>" + escape(text[start:end]) + "</mark>")
        pos = end
    out.append(escape(text[pos:]))
    return "".join(out)


def snippet(text: str, terms: set[str], tokens: Tokens, width: int = SNIPPET_CHARS) -> str:
    """An escaped excerpt of `text` around the first cluster of matching terms."""
    text = text or ""
    head = text[:MAX_SCAN_CHARS]
    spans = _spans(head, terms, tokens, stop_after=width) if terms else []
    if not spans:
        cut = _word_cut(text, 0, width)
        return escape(text[:cut]).replace("\n", " ") + ("…" if cut < len(text) else "")
    first = spans[0][0]
    start = max(0, first - width // 4)
    # start on a word boundary
    if start > 0:
        space = text.find(" ", start, first)
        start = space + 1 if space != -1 else start
    end = _word_cut(text, start, width)
    inside = [(s, e) for s, e in spans if s >= start and e <= end]
    body = _marked(text[:end], inside, start)
    return ("…" if start > 0 else "") + body.replace("\n", " ") + ("…" if end < len(text) else "")


def highlight_all(text: str, terms: set[str], tokens: Tokens) -> tuple[str, int]:
    """The whole text escaped with every match marked; also the number of matches."""
    spans = _spans(text, terms, tokens) if terms else []
    return _marked(text, spans), len(spans)


def _word_cut(text: str, start: int, width: int) -> int:
    end = start + width
    if end >= len(text):
        return len(text)
    space = text.rfind(" ", start, end)
    return space if space > start else end
