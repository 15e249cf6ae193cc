"""Quotes running over several paragraphs: the speaker named where such a quote closes speaks
it from its first paragraph on."""
from __future__ import annotations

from collections.abc import Callable

from .paragraph_turns import Turn
from ..passages import MAX_PASSAGE_CHARS


_QUOTE_RUNS_ON = 4  # paragraphs a quote may run over before its closing mark


def give_quotes_their_closing_speaker(paragraphs: list[str], out: list[list[Turn]], continued: list[bool],
                                      may_say: Callable[[int, str], bool]) -> None:
    """A quote opening a paragraph and closing in a later one («Первый абзац…  Второй абзац»,
    — отметил X.) is the words of the speaker its closing names, from its first paragraph on.
    When its closing names no one, its paragraphs keep a speaker carried into them only if the
    closing paragraph's own attribution may name him (`may_say(closing paragraph, speaker)`:
    «…¶…», — сказала она is no carried man's)."""
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
            at = max(x for x, t in enumerate(out[j]) if t.offset <= closed)
            speakers = out[j][at].speakers
            for p in range(i, j):
                if speakers:
                    out[p] = [Turn(0, list(speakers))]
                elif at == 0:  # the turn the paragraph's own attribution is read for
                    out[p] = [Turn(t.offset, [s for s in t.speakers if may_say(j, s)]) for t in out[p]]
            break


def quote_opening(text: str, close: int) -> int | None:
    """Offset in `text` of the « that opens the quote whose » is at `close`, over the paragraphs
    the quote runs across (each may reopen with «, by convention); None when it opens out of
    reach."""
    depth = 0
    x = close
    floor = max(0, close - _QUOTE_RUNS_ON * MAX_PASSAGE_CHARS)
    while x >= floor:
        ch = text[x]
        if ch == "»":
            depth += 1
        elif ch == "«":
            depth -= 1
            if depth == 0:
                return _run_start(text, x)
        x -= 1
    return None


def _run_start(text: str, opening: int) -> int:
    """The quote opening a paragraph at `opening` may run on from paragraphs before it, each
    opening with « and leaving its quote open: where the first of them opens."""
    for _ in range(_QUOTE_RUNS_ON):
        para_start = text.rfind("\n\n", 0, opening) + 2
        if para_start < 2 or text[para_start:opening].strip():
            break
        before = text.rfind("\n\n", 0, para_start - 2) + 2
        para = text[before:para_start - 2]
        if not para.lstrip().startswith("«") or _quote_depth(para, 0) <= 0:
            break
        opening = before + len(para) - len(para.lstrip())
    return opening


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
