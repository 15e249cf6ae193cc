"""HTML-escaped snippets and full-text highlighting from analyzer token offsets.

Every piece of document text is escaped before it is wrapped in <mark>, so text such as
`<script>` always comes back inert.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from html import escape

Tokens = Callable[[str], Iterable[tuple[str, int, int]]]  # text -> (term, start, end)

SNIPPET_CHARS = 260
MAX_SCAN_CHARS = 60_000  # long documents: look for a match in the first part only


class Marks(set):
    """What to mark: the terms themselves (marked wherever they occur) and phrases, whose
    words are marked only where the whole phrase occurs, as one mark per occurrence (a phrase
    query, an abbreviation expanded to its full name)."""

    def __init__(self, terms: Iterable[str] = ()) -> None:
        super().__init__(terms)
        self.phrases: list[tuple[tuple[str, ...], int]] = []

    def add_phrase(self, words: Iterable[str], slop: int = 1) -> None:
        words = tuple(words)
        if len(words) == 1:
            self.add(words[0])
        elif words and (words, slop) not in self.phrases:
            self.phrases.append((words, max(1, slop)))

    def __bool__(self) -> bool:
        return bool(len(self) or self.phrases)


# One token of the text: its span and every term the analyzer gives it there (alternatives,
# and a compound's parts and whole, share the token's span).
Slot = tuple[int, int, frozenset[str]]


def _slots(text: str, tokens: Tokens) -> Iterator[Slot]:
    start = end = -1
    terms: list[str] = []
    for term, s, e in tokens(text):
        if (s, e) != (start, end):
            if terms:
                yield start, end, frozenset(terms)
            start, end, terms = s, e, []
        terms.append(term)
    if terms:
        yield start, end, frozenset(terms)


def _is_compound(slot: Slot) -> bool:
    return any("-" in t for t in slot[2])


def _phrase_end(slots: list[Slot], i: int, words: tuple[str, ...], slop: int) -> int | None:
    """The index of the slot where `words` end if they occur from slot `i` on (the next word
    at most `slop` tokens further, or in the same compound: `информационно-аналитической`
    holds two words of a phrase); None if they do not."""
    if words[0] not in slots[i][2]:
        return None
    if len(words) == 1:
        return i
    if _is_compound(slots[i]):
        end = _phrase_end(slots, i, words[1:], slop)
        if end is not None:
            return end
    for j in range(i + 1, min(i + slop, len(slots) - 1) + 1):
        end = _phrase_end(slots, j, words[1:], slop)
        if end is not None:
            return end
    return None


def _match_at(slots: list[Slot], i: int, marks: set[str]) -> int | None:
    """The end slot of the longest match starting at slot `i` (a term or a phrase), or None."""
    best = i if slots[i][2] & marks else None
    for words, slop in getattr(marks, "phrases", ()):
        end = _phrase_end(slots, i, words, slop)
        if end is not None and (best is None or end > best):
            best = end
    return best


def _spans(text: str, marks: set[str], tokens: Tokens, stop_after: int | None = None) -> list[tuple[int, int]]:
    """Spans to mark: one per lone term, one per phrase occurrence (its first word to its last)."""
    phrases = getattr(marks, "phrases", ())
    if not phrases:
        return _term_spans(text, marks, tokens, stop_after)
    reach = max((len(w) * s for w, s in phrases), default=1)  # slots a phrase can span at most
    slots: list[Slot] = []
    spans: list[tuple[int, int]] = []
    done = 0  # slots before this one are decided
    for slot in _slots(text, tokens):
        slots.append(slot)
        # a match starting at `done` is known once `reach` more slots have been read
        while done < len(slots) - reach:
            done = _take(slots, done, marks, spans)
        if stop_after is not None and spans and slot[0] > spans[0][0] + stop_after:
            return spans
    while done < len(slots):
        done = _take(slots, done, marks, spans)
    return spans


def _term_spans(text: str, terms: set[str], tokens: Tokens, stop_after: int | None) -> list[tuple[int, int]]:
    """Spans of lone terms: the fast path when there is no phrase."""
    spans: list[tuple[int, int]] = []
    for term, start, end in tokens(text):
        if term in terms and (not spans or start >= spans[-1][1]):
            spans.append((start, end))
        if stop_after is not None and spans and start > spans[0][0] + stop_after:
            break
    return spans


def _take(slots: list[Slot], i: int, marks: set[str], spans: list[tuple[int, int]]) -> int:
    """Mark the match starting at slot `i`, if any; return the next slot to look at."""
    end = _match_at(slots, i, marks)
    if end is None:
        return i + 1
    spans.append((slots[i][0], slots[end][1]))
    return end + 1


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
