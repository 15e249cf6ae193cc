"""A paragraph's, snippet's or quote's sentences in the other Cyrillic language of the archive
wrapped in `<span lang>` (index.sentence_languages), so a screen reader reads a Kazakh sentence of a
Russian turn with the Kazakh voice (WCAG 3.1.2). The markup is the index's: escaped text with
<mark> around the matches, which a span never cuts: a sentence starting or ending inside a match
takes the whole match in."""
from __future__ import annotations

import html
import re

from markupsafe import Markup

from index.morphology import KAZAKH_LETTERS
from index.sentence_languages import other_language_sentences

# the pieces of the markup: a tag, an escape, or one character of text
_PIECE = re.compile(r"<[^>]*>|&#?\w+;|[^<&]+|[<&]")
_MARK = re.compile(r"<mark\b[^>]*>.*?</mark>", re.S)


def with_sentence_langs(fragment: Markup | str, language: str) -> Markup:
    """`fragment` (marked markup, in `language`) with its sentences in another language wrapped in a span."""
    markup, language = str(fragment), language or "ru"
    if language == "ru" and KAZAKH_LETTERS.isdisjoint(markup.lower()):
        return Markup(markup)  # most paragraphs of a Russian document: no Kazakh sentence to look for
    text, where = _plain_with_places(markup)
    spans = other_language_sentences(text, language)
    if not spans:
        return Markup(markup)
    marks = [m.span() for m in _MARK.finditer(markup)]
    out: list[str] = []
    done = 0
    for start, end, lang in spans:
        begin, stop = _outside_marks(where[start][0], where[end - 1][1], marks)
        if begin < done:  # a match running across two sentences: the first span took it
            continue
        out += [markup[done:begin], f'<span lang="{lang}">', markup[begin:stop], "</span>"]
        done = stop
    out.append(markup[done:])
    return Markup("".join(out))


def _plain_with_places(markup: str) -> tuple[str, list[tuple[int, int]]]:
    """The markup's text, and for each of its characters where it stands in the markup (start, end)."""
    chars: list[str] = []
    where: list[tuple[int, int]] = []
    for m in _PIECE.finditer(markup):
        piece, at = m.group(0), m.start()
        if piece[0] == "<" and len(piece) > 1:
            continue
        if piece[0] == "&" and len(piece) > 1:
            for ch in html.unescape(piece):
                chars.append(ch)
                where.append(m.span())
            continue
        chars.append(piece)
        where += [(i, i + 1) for i in range(at, at + len(piece))]
    return "".join(chars), where


def _outside_marks(begin: int, stop: int, marks: list[tuple[int, int]]) -> tuple[int, int]:
    """(begin, stop) widened to hold whole any match they start or end inside."""
    for open_at, close_at in marks:
        if open_at < begin < close_at:
            begin = open_at
        if open_at < stop < close_at:
            stop = close_at
    return begin, stop
