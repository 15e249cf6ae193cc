"""Quotes running over several paragraphs: the speaker named where such a quote closes speaks
it from its first paragraph on."""
from __future__ import annotations

from .paragraph_turns import Turn


_QUOTE_RUNS_ON = 4  # paragraphs a quote may run over before its closing mark


def give_quotes_their_closing_speaker(paragraphs: list[str], out: list[list[Turn]], continued: list[bool]) -> None:
    """A quote opening a paragraph and closing in a later one («Первый абзац…  Второй абзац»,
    — отметил X.) is the words of the speaker its closing names, from its first paragraph on."""
    for i, para in enumerate(paragraphs):
        if not continued[i] or not para.lstrip().startswith("«") or _quote_depth(para, 0) <= 0:
            continue
        depth = _quote_depth(para, 0)
        for j in range(i + 1, min(len(paragraphs), i + 1 + _QUOTE_RUNS_ON)):
            closed = _quote_closes(paragraphs[j], depth)
            if closed is None:
                if not continued[j]:
                    break  # someone else's words before the quote closes: not one quote
                depth = _quote_depth(paragraphs[j], depth)
                continue
            speakers = next(t.speakers for t in reversed(out[j]) if t.offset <= closed)
            if speakers:
                for p in range(i, j):
                    out[p] = [Turn(0, list(speakers))]
            break


def _quote_depth(para: str, depth: int) -> int:
    """How many «…» are open after the paragraph, `depth` open before it (a paragraph of a quote
    that runs on opens with « again by convention: no new quote)."""
    text = para.lstrip()
    if depth and text.startswith("«"):
        text = text[1:]
    return depth + text.count("«") - text.count("»")


def _quote_closes(para: str, depth: int) -> int | None:
    """Offset in the paragraph where the `depth` open quotes close, if they do."""
    lead = len(para) - len(para.lstrip())
    start = lead + 1 if para[lead:lead + 1] == "«" else lead
    for x in range(start, len(para)):
        ch = para[x]
        if ch == "«":
            depth += 1
        elif ch == "»":
            depth -= 1
            if depth == 0:
                return x
    return None
