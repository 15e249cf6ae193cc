"""A number in words matched only as a whole number: `пять лет` is not the end of «двадцать пять
лет», `первой сессии` not of «тридцать первой сессии» (index.anniversaries, index.ordinals)."""
from __future__ import annotations

from whoosh.query import And, Phrase, Term
from whoosh.query.spans import SpanNear2, SpanNot, SpanOr


class _SpanNotOver(SpanNot):
    """Whoosh's SpanNot, whose matcher asks the second query's matcher for its document even when
    it has none left (an error: the larger number's words matched nowhere, or no more)."""

    class _Matcher(SpanNot._Matcher):
        def _get_spans(self):
            if not self.b.is_active() or self.a.id() != self.b.id():
                return self.a.spans()
            return super()._get_spans()


def phrase_not_after(fieldname: str, words: list[str], before: tuple[str, ...], boost: float = 1.0):
    """The phrase of `words` (index terms) where its first word is not right after one of `before`
    (the terms of the tens and hundreds: a number word after them is part of a larger number)."""
    phrase = Phrase(fieldname, words, boost=boost)
    if not before:
        return phrase
    first = Term(fieldname, words[0])
    whole = SpanNear2([Term(fieldname, word) for word in words]) if len(words) > 1 else first
    larger = SpanNear2([SpanOr([Term(fieldname, term) for term in before]), first])
    return And([phrase, _SpanNotOver(whole, larger).with_boost(0.0)])


def words_between(words: list[str], start: int, end: int) -> range:
    """The indices of `words` that the characters `start`..`end` of `" ".join(words)` cover."""
    first = last = None
    pos = 0
    for i, word in enumerate(words):
        if pos < end and pos + len(word) > start:
            first = i if first is None else first
            last = i
        pos += len(word) + 1
    return range(0) if first is None else range(first, last + 1)
