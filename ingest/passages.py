"""Paragraphs cut to a quotable size.

A passage is what quote search finds and shows whole. Most paragraphs are a few hundred
characters, but text with no paragraph breaks (a report saved as one line, OCR output) makes a
single paragraph of the whole document: a "quote" of megabytes, which no reader can use and the
quotes page would send whole. Such paragraphs are cut between sentences into passages of at
most MAX_PASSAGE_CHARS. An article's heading alone in its paragraph («Статья 4. Цели Ассамблеи»)
is no quote by itself: it is joined to the passage under it.
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import NamedTuple

from index.article_headings import is_article_heading
from index.sentences import sentences

MAX_PASSAGE_CHARS = 1500


def cut_paragraph(text: str, limit: int = MAX_PASSAGE_CHARS) -> list[str]:
    """`text` as one passage, or, when longer than `limit`, as consecutive passages of whole
    sentences of at most `limit` characters each (a longer sentence is cut between words)."""
    if len(text) <= limit:
        return [text]
    pieces: list[str] = []
    current = ""
    for sentence in sentences(text):  # as the index and citations cut them
        for part in _within(sentence, limit):
            if current and len(current) + 1 + len(part) > limit:
                pieces.append(current)
                current = ""
            current = f"{current} {part}" if current else part
    if current:
        pieces.append(current)
    return pieces


def _within(sentence: str, limit: int) -> list[str]:
    """A sentence longer than `limit` cut between words (or anywhere, in a run with no spaces)."""
    parts = []
    while len(sentence) > limit:
        cut = sentence.rfind(" ", 0, limit + 1)
        cut = cut if cut > 0 else limit
        parts.append(sentence[:cut].strip())
        sentence = sentence[cut:].strip()
    if sentence:
        parts.append(sentence)
    return parts


def cut_turns(text: str, turns, limit: int = MAX_PASSAGE_CHARS) -> list[tuple[str, list[str], bool]]:
    """A paragraph's passages with their speakers, and whether the narration names them (the
    turn's `narrated`): one (or, past `limit`, several) per turn, so a quote found in one
    speaker's words is not also credited to the one who spoke before him in the same paragraph.
    `turns` are ingest.extract's Turns (offset where a turn starts, its speakers), in order."""
    if not turns:
        return [(piece, [], False) for piece in cut_paragraph(text, limit)]
    out: list[tuple[str, list[str], bool]] = []
    ends = [t.offset for t in turns[1:]] + [len(text)]
    for turn, end in zip(turns, ends):
        part = text[turn.offset:end].strip()
        if part:
            out.extend((piece, list(turn.speakers), turn.narrated) for piece in cut_paragraph(part, limit))
    return out


def with_starts(text: str, cut: list[tuple[str, list[str], bool]]) -> Iterator[tuple[tuple[str, list[str], bool], int]]:
    """cut_turns' passages of `text`, each with the offset in `text` where it starts (the page of a
    passage cut after a page break is its start's). Passages follow each other in `text` and only
    lose whitespace on the way, so each is looked for from where the one before ends at the latest;
    one not found as written (spaces changed inside its first words) takes its first word's place."""
    at = 0
    for item in cut:
        piece = item[0]
        found = text.find(piece[:40], at)
        if found < 0 and piece.strip():
            found = text.find(piece.split()[0], at)
        if found >= 0:
            at = found
        yield item, at
        if found >= 0:
            at += len(piece)


class Piece(NamedTuple):
    """A passage to be, in the order of the document's text."""
    text: str
    page: int | None
    speakers: list[str]
    narrated: bool
    quotable: bool = True  # False: a contents entry, in the text but no passage of its own
    wraps_on: bool = False  # a line kept apart from the wrap above it (Block.wraps_on): wraps_joined joins it


def wraps_joined(pieces: Iterable[Piece], limit: int = MAX_PASSAGE_CHARS) -> Iterator[Piece]:
    """`pieces`, each line a plain text kept apart from the line above it that ends no sentence
    joined to that line's passage, a line break between: «Председателю Совета матерей» /
    «Ассамблеи народа Казахстана» is read line by line for names and titles, but a phrase typed
    across the break found nothing, as a phrase never crosses passages. Another speaker's words
    and a passage past `limit` stay apart."""
    pending: Piece | None = None
    for piece in pieces:
        if pending is not None:
            joined = f"{pending.text}\n{piece.text}"
            if (piece.wraps_on and piece.quotable and pending.quotable and piece.speakers == pending.speakers
                    and piece.narrated == pending.narrated and len(joined) <= limit):
                pending = pending._replace(text=joined)
                continue
            yield pending
        pending = piece
    if pending is not None:
        yield pending


# a transcript's label on a line of its own: «КАРИН Е.Т. – заместитель Председателя АНК:»
_LABEL_CHARS = 150


def _lone_label(piece: Piece) -> bool:
    """The passage is one short line ending in a colon, given to a speaker as his turn (not the
    narration's cue): a transcript's label, which names him and says nothing of his."""
    text = piece.text.strip()
    return (bool(piece.speakers) and not piece.narrated and text.endswith(":") and "\n" not in text
            and len(text) <= _LABEL_CHARS and not _SPOKEN.search(text))


# what a label never holds: an exclamation, a question, a sentence's end («Уважаемые коллеги! Прочту
# стихотворение:» announces her words and is hers, a passage of its own)
_SPOKEN = re.compile(r"[!?…]|[a-zа-яёәғқңөұүһі]{2}\.\s")


def headings_joined(pieces: Iterable[Piece], limit: int = MAX_PASSAGE_CHARS) -> Iterator[Piece]:
    """`pieces`, an article's lone heading joined to the passage under it: quote search cited
    «Статья 4. Цели Ассамблеи» and not a word of what the article says; so is a transcript's label
    standing alone («ИВАНОВА Л.П., председатель ЭКО:») to its speaker's words under it, cited
    without it. A heading followed by another heading, a contents entry, another speaker's words
    or nothing stays as it was."""
    pending: Piece | None = None
    for piece in pieces:
        if pending is not None:
            joined = f"{pending.text}\n{piece.text}"
            if (piece.quotable and not is_article_heading(piece.text) and piece.speakers == pending.speakers
                    and not _lone_label(piece) and len(joined) <= limit):
                yield piece._replace(text=joined, page=pending.page if pending.page is not None else piece.page)
                pending = None
                continue
            yield pending
            pending = None
        if piece.quotable and ((not piece.speakers and is_article_heading(piece.text)) or _lone_label(piece)):
            pending = piece
        else:
            yield piece
    if pending is not None:
        yield pending
