"""Paragraphs cut to a quotable size.

A passage is what quote search finds and shows whole. Most paragraphs are a few hundred
characters, but text with no paragraph breaks (a report saved as one line, OCR output) makes a
single paragraph of the whole document: a "quote" of megabytes, which no reader can use and the
quotes page would send whole. Such paragraphs are cut between sentences into passages of at
most MAX_PASSAGE_CHARS.
"""
from __future__ import annotations

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
