"""How closely a quote holds the query's words: the quote ranking's second look at its best.

BM25F scores each word of a query on its own, so a paragraph with the words in two sentences
about different things («Наши волонтеры работают… Он добавил, что в планах значится и экология…»)
outranked the sentence that says what was searched («Волонтеры займутся экологией…») only for
being shorter. The best QUOTE_WINDOW quotes by score are looked at again, in their stored text:
each is raised by the share of the query's words that meet in one of its sentences, the more the
closer they stand. Scores are only ever raised, so those quotes still rank above every other one
and the pages stay consistent; a page past the window is ranked as before. A query of one word
(or of alternatives, OR) has nothing to meet and costs nothing.
"""
from __future__ import annotations

from collections.abc import Hashable

from whoosh import query as wq

from index import highlight

QUOTE_WINDOW = 20  # quotes re-scored: two pages of ten; each is read and tokenized once more (~0.13 ms)
# What a quote whose sentence holds every word of the query side by side gains: three times the
# score (the words in one sentence with as many words between them: one and a half). Closeness
# counts squared: a speaker's quote with the words side by side, in a paragraph long enough to
# carry its attribution, ranked below a short press-release sentence with them scattered over
# eight words (x2 against x1.57 did not make up the length prior's gap, 6.3 against 8.2).
MEETING_WEIGHT = 2.0


def query_words(query) -> dict[Hashable, int]:
    """Per highlight unit (a term, a phrase or a prefix*, keyed as index.search marks them), which
    of the query's words it stands for: the parts of its top-level AND, each counted once
    however many forms, alternatives (OR) or an abbreviation's full name it has."""
    # the words searched, not the ones excluded nor those only ranking (a question's verbs, initials)
    while isinstance(query, (wq.AndNot, wq.AndMaybe)):
        query = query.a
    parts = [c for c in query.subqueries if not isinstance(c, wq.Not)] if isinstance(query, wq.And) else [query]
    words: dict[Hashable, int] = {}
    for n, part in enumerate(parts):
        for key in _unit_keys(part):
            words.setdefault(key, n)
    return words


def _unit_keys(node):
    """The highlight units of a part of the query (as index.search._highlight_terms keys them)."""
    if isinstance(node, wq.Not):
        return
    if isinstance(node, wq.AndNot):
        yield from _unit_keys(node.a)
    elif node.is_leaf():
        yield unit_key(node)
    else:
        for child in node.children():
            yield from _unit_keys(child)


def unit_key(node):
    """What a query node stands for, as a highlight unit: its first word (or phrase)."""
    if isinstance(node, wq.Phrase):
        return highlight.Phrase(tuple(node.words), max(1, node.slop), getattr(node, "ordered", True))
    if isinstance(node, wq.MultiTerm):
        return "*", node.text
    if isinstance(node, wq.Term):
        return node.text
    children = [] if node.is_leaf() else list(node.children())
    return unit_key(children[0]) if children else None


def meeting_factor(text_words: list[tuple[int, int, tuple[str, ...]]], marks: set[str],
                   words: dict[Hashable, int], spoken: frozenset[int] = frozenset()) -> tuple[float, bool]:
    """What a quote's score is multiplied by: 1 + MEETING_WEIGHT x (the share of the query's
    words beyond the first that one sentence holds) x (how closely they stand there: the words
    matched / the words from the first to the last of them, stop words not counted) squared; and
    whether one sentence holds every word (index.original_quotes: the quote holds the query whole).
    `text_words`: the quote's words (index.analysis.sentence_words). `spoken`: the query's words
    naming the quote's own speaker (index.speaker_ranking), met in each of its sentences: he says
    them all, while his label or attribution stands apart from his words."""
    count = len(set(words.values()))
    if count < 2:
        return 1.0, True
    by_sentence: dict[int, list[tuple[int, int, frozenset[int]]]] = {}
    for match in highlight.word_matches(text_words, marks):
        held = frozenset(words[u] for u in match.units if u in words) - spoken
        if held:
            by_sentence.setdefault(match.sentence, []).append((match.first, match.last, held))
    best, every = 0.0, False
    for found in by_sentence.values():
        held, closeness = _tightest(found)
        if spoken:  # one word of his is as close to him as words can be
            held, closeness = held + len(spoken), closeness if held > 1 else 1.0
        best = max(best, (held - 1) / (count - 1) * closeness ** 2)
        every = every or held >= count
    return 1.0 + MEETING_WEIGHT * best, every


def _tightest(found: list[tuple[int, int, frozenset[int]]]) -> tuple[int, float]:
    """How many of the query's words one sentence's matches hold, and how closely: the matched
    words / the span of the shortest run of matches holding them all (two pointers)."""
    wanted = len(frozenset().union(*(held for _, _, held in found)))
    if wanted < 2:
        return wanted, 0.0
    inside: dict[int, int] = {}
    best = 0.0
    j = 0
    for i, (first, _, _) in enumerate(found):
        while j < len(found) and len(inside) < wanted:
            for word in found[j][2]:
                inside[word] = inside.get(word, 0) + 1
            j += 1
        if len(inside) < wanted:
            break
        run = found[i:j]
        span = run[-1][1] - first + 1
        best = max(best, sum(last - start + 1 for start, last, _ in run) / span)
        for word in found[i][2]:
            inside[word] -= 1
            if not inside[word]:
                del inside[word]
    return wanted, best
