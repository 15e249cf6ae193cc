"""The language a result's title and snippet are written in: their own passage's where a document
mixes languages (a Kazakh statement quoted in a Russian report, a Kazakh heading over a Russian
text, an English summary), so a page marks them with the right `lang` and a screen reader reads
them with their own language's rules. Most documents have one language: their passages' languages
(facet tables, in memory) say so, and nothing more is read."""
from __future__ import annotations

import html
import re
from bisect import bisect_right

from index.highlight import PARAGRAPH_MARK

_MARK = re.compile(r"</?mark>")
_ELLIPSIS = "…"  # where a snippet leaves text out (index.highlight)


def mixed_passages(tables, docnum: int, language: str) -> range:
    """The record numbers of the document's passages when one of them is in another language
    than the document's `language`, else an empty range."""
    start, end = tables.passages_of(docnum)
    if end <= start or tables.having("language", language)[start:end].all():
        return range(0)
    return range(start, end)


def title_language(tables, searcher, docnum: int, title: str, language: str) -> str:
    """The title's language: its paragraph's (the first passage, when it is the title) if that is
    another than the document's `language`, else the document's."""
    passages = mixed_passages(tables, docnum, language)
    if not passages or not title:
        return language
    first = passages[0]
    own = tables.value_of("language", first)
    if own in ("", language) or _flat(searcher.stored_fields(first).get("ptext", "")) != _flat(title):
        return language
    return own


def snippet_language(tables, searcher, docnum: int, snippet_html: str, language: str) -> str:
    """The language of the snippet's match (language_of_fragments), by the passages it was cut from; the
    document's `language` when all its passages are in it."""
    passages = mixed_passages(tables, docnum, language)
    if not passages or not snippet_html:
        return language
    texts = [(searcher.stored_fields(r).get("ptext", ""), tables.value_of("language", r) or language) for r in passages]
    return language_of_fragments(snippet_html, texts, language)


def language_of_fragments(snippet_html: str, passages: list[tuple[str, str]], language: str) -> str:
    """The language of the passage holding the snippet's first marked word (a screen reader reads
    the match in its own language, whatever paragraphs the fragment runs on into); without a mark
    found, the language holding most characters of the snippet's fragments, each found in the
    passages' texts (`passages`: text, language, in order), run together as the document's text
    is; `language` when no fragment is found."""
    joined, starts, langs = _joined(passages)
    chars: dict[str, int] = {}
    for fragment_html in snippet_html.split(_ELLIPSIS):
        marked = fragment_html.find("<mark>")
        fragment = _plain(fragment_html)
        at = joined.find(fragment) if fragment else -1
        if at < 0:
            continue
        if marked >= 0:
            before = _plain(fragment_html[:marked])
            return langs[bisect_right(starts, at + len(before) + (1 if before else 0)) - 1]
        for k in range(bisect_right(starts, at) - 1, len(starts)):  # a fragment may run on into the next paragraph
            if starts[k] >= at + len(fragment):
                break
            end = starts[k + 1] - 1 if k + 1 < len(starts) else len(joined)
            covered = min(end, at + len(fragment)) - max(starts[k], at)
            chars[langs[k]] = chars.get(langs[k], 0) + max(covered, 0)
    return max(chars, key=chars.__getitem__) if chars else language


def _plain(fragment_html: str) -> str:
    """A snippet fragment's text as _joined flattens the passages: marks and escapes gone, and a
    paragraph break shown in the snippet the space the passages are joined with here."""
    return _flat(html.unescape(_MARK.sub("", fragment_html)).replace(PARAGRAPH_MARK.strip(), " "))


def _joined(passages: list[tuple[str, str]]) -> tuple[str, list[int], list[str]]:
    """The passages' flattened texts joined by a space, each one's start and its language."""
    parts, starts, langs, at = [], [], [], 0
    for text, lang in passages:
        flat = _flat(text)
        parts.append(flat)
        starts.append(at)
        langs.append(lang)
        at += len(flat) + 1
    return " ".join(parts), starts, langs


def _flat(text: str) -> str:
    return " ".join(text.split())
