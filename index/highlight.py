"""HTML-escaped snippets and full-text highlighting from analyzer token offsets.

Every piece of document text is escaped before it is wrapped in <mark>, so text such as
`<script>` always comes back inert.

Where a snippet is cut (and where the document page opens): at the cluster of matches, within
one paragraph and a few lines, holding the most distinct words of the query, then the most
matches, then the tightest; in the body rather than in the title and dateline that a result
already shows above its snippet, and rather than in a book's bibliography, footnotes or name index
(index.reference_lines). A query word found only where the best cluster is not gets a
second, shorter fragment. A fragment starts in its cluster's paragraph and may go on into the
next ones (a short paragraph gets the context a long one has), a break between them shown as ¶;
it is cut between words, never inside one.
"""
from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Hashable, Iterable, Iterator
from dataclasses import dataclass
from html import escape
from typing import NamedTuple

from index.near import near_matches
from index.numbers import GROUP_SEPARATORS, separates_groups
from index.post_times import label_before
from index.reference_lines import is_reference_apparatus
from index.sentences import sentence_starts
from index.verse_quotes import LINE_SEPARATOR, VERSE_BREAK, verse_breaks_marked
from index.web_addresses import host_pieces

Tokens = Callable[[str], Iterable[tuple[str, int, int]]]  # text -> (term, start, end)

SNIPPET_CHARS = 260
# A longer document's snippet is made from its passages that hold the query's terms (found in the
# index by index.search) instead of tokenizing its whole text for every result.
WHOLE_TEXT_CHARS = 20_000
CLUSTER_SHARE = 0.75  # of a fragment's width, what one cluster of matches may span: room for context
LEAD_PARAGRAPHS = 3  # title, subtitle, dateline: the most a document's opening repeats of its result line
LETTERHEAD_PARAGRAPHS = 3  # organisation, department, «Пресс-релиз»: the most that stands above a title
LETTERHEAD_WORDS = 8
_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")  # as ingest joins paragraphs (and search_app.text splits them)
_YEAR = re.compile(r"(?<!\d)(?:1[89]|20)\d\d(?!\d)")
_NOT_WORD = re.compile(r"\W+")
# Shown where a snippet goes on into the next paragraph (a heading, a list item, another section):
# a paragraph break flattened to a space read as one sentence with what follows.
PARAGRAPH_MARK = " ¶ "
# The least of the next paragraph worth showing after a cut one: less reads as a stray word.
NEXT_PARAGRAPH_CHARS = 40
# What a cut may leave at a fragment's end: a separator before the cut word, an opening quote.
_SHOWN_BREAK = re.compile(r"\s*\n[ \t]*\n\s*")  # a paragraph break with the spaces around it
_TRAILING = " \t\n,;:/|\\«„([-–—"
_LEADING = " \t\n,;:/|\\.!?…»)]–—"  # what a fragment cut after a word does not start with
_WORD_JOINERS = "-\u2010\u2011'’"  # between two letters: one word (no cut in Усть-Каменогорск)
_NUMBER_JOINERS = ".,:"  # between two digits: one number (25.11.2019, 3,5, 10:30)


class Phrase(NamedTuple):
    """A phrase to mark: its words, each at most `slop` words after the one before, in their order
    or (`ordered` False: `"a b"~N`) in any (index.near)."""

    words: tuple[str, ...]
    slop: int = 1
    ordered: bool = True


class Marks(set):
    """What to mark: the terms themselves (marked wherever they occur) and phrases, whose
    words are marked only where the whole phrase occurs, as one mark per occurrence (a phrase
    query, an abbreviation expanded to its full name). Each term or phrase stands for one word
    (or phrase) of the query, its `unit`: the snippet looks for the place where the most
    distinct units meet."""

    def __init__(self, terms: Iterable[str] = ()) -> None:
        super().__init__(terms)
        self.phrases: list[Phrase] = []
        self._units: dict[Hashable, Hashable] = {}
        # the units each word of a query of words that must all occur stands for (index.meeting_words):
        # the document page steps where they meet; None for an OR or a wildcard, stepped mark by mark
        self.conjuncts: list[frozenset] | None = None

    def add(self, term: str, unit: Hashable | None = None) -> None:
        super().add(term)
        if unit is not None:
            self._units.setdefault(term, unit)

    def add_phrase(self, words: Iterable[str], slop: int = 1, unit: Hashable | None = None,
                   ordered: bool = True) -> None:
        words = tuple(words)
        phrase = Phrase(words, max(1, slop), ordered)
        if len(words) == 1:
            self.add(words[0], unit)
        elif words and phrase not in self.phrases:
            self.phrases.append(phrase)
            if unit is not None:
                self._units.setdefault(phrase, unit)

    def described(self) -> str:
        """The marks as a text the same in every process (sorted: a set's order is not): a part of
        a document page's ETag."""
        conjuncts = None if self.conjuncts is None else sorted(sorted(map(repr, units)) for units in self.conjuncts)
        return repr((sorted(self), self.phrases, sorted(map(repr, self._units.items())), conjuncts))

    def units(self) -> frozenset:
        """The query units of all its terms and phrases."""
        return frozenset(self.unit(key) for key in [*self, *self.phrases])

    def unit(self, key: Hashable) -> Hashable:
        """The query word a term (or a Phrase) stands for; by default itself."""
        return self._units.get(key, key)

    def __bool__(self) -> bool:
        return bool(len(self) or self.phrases)


def _unit(marks: set[str], key: Hashable) -> Hashable:
    return marks.unit(key) if isinstance(marks, Marks) else key


class Match(NamedTuple):
    """One mark: its span and the query units it matched (a compound can match two words)."""

    start: int
    end: int
    units: frozenset


# One token of the text: its span and every term the analyzer gives it there (alternatives,
# and a compound's parts and whole, share the token's span).
Slot = tuple[int, int, frozenset[str]]


class _CompoundTerms(frozenset):
    """A compound's terms (a Slot's third item) with `parts`: its terms part by part, in order."""

    parts: tuple[frozenset[str], ...]


def _slot_terms(terms: list[str] | tuple[str, ...]) -> frozenset[str]:
    """A token's terms as its Slot holds them: a compound's know which part each belongs to."""
    pieces = host_pieces(terms[0]) if "." in terms[0] else 0
    if pieces:  # a web host: its whole first (index.web_addresses); each of its positions may be any of its terms
        parts = (frozenset(terms),) * pieces
    else:
        parts = _compound_parts(terms) if any("-" in t for t in terms) else None
    if parts is None:
        return frozenset(terms)
    held = _CompoundTerms(terms)
    held.parts = parts
    return held


def _compound_parts(terms: list[str] | tuple[str, ...]) -> tuple[frozenset[str], ...] | None:
    """A compound's terms part by part, as the index places them at one position each (so a phrase's
    part «2050» is not the word after «Стратегии» in «Стратегии «Казахстан-2050»»): the analyzer gives
    each part's terms in turn, the whole after the first part's, and the whole joins the parts'
    first terms with hyphens (index.analysis.expand). None where the terms do not read so."""
    own = [t for t in terms if not t.startswith("=")]  # exact forms tagged as written: any part's
    whole = next((k for k, t in enumerate(own) if k and "-" in t and t.split("-")[0] == own[0]), None)
    if whole is None:
        return None
    firsts = own[whole].split("-")
    parts: list[list[str]] = [[*own[:whole + 1]]]
    for term in own[whole + 1:]:
        if len(parts) < len(firsts) and term == firsts[len(parts)]:
            parts.append([])
        parts[-1].append(term)
    if len(parts) != len(firsts):
        return None
    written = [t for t in terms if t.startswith("=")]
    return tuple(frozenset((*part, *written)) for part in parts)


def _slots(text: str, tokens: Tokens) -> Iterator[Slot]:
    start = end = -1
    terms: list[str] = []
    for term, s, e in tokens(text):
        if (s, e) != (start, end):
            if terms:
                yield start, end, _slot_terms(terms)
            start, end, terms = s, e, []
        terms.append(term)
    if terms:
        yield start, end, _slot_terms(terms)


def _is_compound(slot: Slot) -> bool:
    return any("-" in t for t in slot[2])


def _one_sentence(text: str, slots: list[Slot]) -> Callable[[int, int], bool]:
    """Whether two slots (the first before the second) stand in one sentence: a phrase never runs
    into the next one, as the index leaves a gap in its positions there (index.analysis.SENTENCE_GAP).
    Asked only where a phrase's words follow each other, so the text is not scanned whole."""
    return lambda i, j: not sentence_starts(text, start=slots[i][1], end=slots[j][0])


def _phrase_ends(slots: list[Slot], words: tuple[str, ...], slop: int,
                 joined: Callable[[int, int], bool] = lambda i, j: True, shared=_is_compound) -> list[int | None]:
    """For each slot, the index of the slot where `words` end if they occur from it on (the
    next word at most `slop` tokens further in the same sentence (`joined`: whether two slots
    are in one), or in the same compound: `информационно-аналитической` holds two words of a
    phrase), or None. Of several occurrences the one whose words come earliest, word by word.
    Worked out from the last word back, one pass over the slots per word: a repeated word and
    a large slop cost no more than a short one (trying every combination from every start took
    minutes)."""
    ends: list[int | None] = [i if words[-1] in slot[2] else None for i, slot in enumerate(slots)]
    for word in reversed(words[:-1]):
        following: int | None = None  # the first slot after this one where the rest occurs
        earlier: list[int | None] = [None] * len(slots)
        for i in range(len(slots) - 1, -1, -1):
            if word in slots[i][2]:
                if ends[i] is not None and shared(slots[i]):
                    earlier[i] = ends[i]
                elif following is not None and following <= i + slop and joined(i, following):
                    earlier[i] = ends[following]
            if ends[i] is not None:
                following = i
        ends = earlier
    return ends


def _near_ends(slots: list[Slot], words: tuple[str, ...], slop: int,
               joined: Callable[[int, int], bool] = lambda i, j: True) -> list[int | None]:
    """_phrase_ends for words near each other in any order (index.near: `"a b"~N`): for each
    slot, where a match starting there ends, the first such end, or None."""
    ends: list[int | None] = [None] * len(slots)
    if not all(any(word in slot[2] for slot in slots) for word in words):
        return ends  # a word the text lacks: no match, and no need to look
    places = ((i, [n for n, word in enumerate(words) if word in slot[2]]) for i, slot in enumerate(slots))
    for first, last in near_matches(((i, held) for i, held in places if held), len(words), slop, joined,
                                    shared=lambda i: _is_compound(slots[i])):
        if ends[first] is None:
            ends[first] = last
    return ends


def _match_at(slots: list[Slot], i: int, marks: set[str], phrase_ends: dict) -> tuple[int, frozenset] | None:
    """The end slot of the longest match starting at slot `i` (a term or a phrase) and the
    units it matched, or None."""
    terms = slots[i][2] & marks
    best = (i, frozenset(_unit(marks, t) for t in terms)) if terms else None
    for phrase, ends in phrase_ends.items():
        end = ends[i]
        if end is None:
            continue
        unit = frozenset((_unit(marks, phrase),))
        if best is None or end > best[0]:
            best = (end, unit)
        elif end == best[0]:
            best = (end, best[1] | unit)
    return best


def _spans(text: str, marks: set[str], tokens: Tokens) -> list[Match]:
    """What to mark: one match per lone term, one per phrase occurrence (its first word to its last)."""
    phrases = getattr(marks, "phrases", ())
    if not phrases:
        return _term_spans(text, marks, tokens)
    slots = list(_slots(text, tokens))
    return [Match(*_quotes_balanced(text, slots[first][0], slots[last][1]), units)
            for first, last, units in _slot_matches(slots, marks, _one_sentence(text, slots))]


_QUOTE_PAIRS = {"«": "»", "„": "“", "“": "”"}


def _quotes_balanced(text: str, start: int, end: int) -> tuple[int, int]:
    """A phrase's span taking in the closing mark of a quote it opens between its words
    (`Фестиваль «Дружба»`, not `Фестиваль «Дружба` + »), or the opening mark of one it closes:
    a mark holds both marks of a quotation or neither."""
    for opening, closing in _QUOTE_PAIRS.items():
        inside = text[start:end]
        unclosed = inside.count(opening) - inside.count(closing)
        while unclosed > 0 and text[end:end + 1] == closing:
            end, unclosed = end + 1, unclosed - 1
        while unclosed < 0 and start and text[start - 1] == opening:
            start, unclosed = start - 1, unclosed + 1
    if text.count('"', start, end) % 2:
        if text[end:end + 1] == '"':
            end += 1
        elif start and text[start - 1] == '"':
            start -= 1
    return start, end


def _slot_matches(slots: list[Slot], marks: set[str],
                  joined: Callable[[int, int], bool]) -> list[tuple[int, int, frozenset]]:
    """Each match as (its first slot, its last slot, the units it matched), in reading order
    (`joined`: whether two slots are in one sentence, which a phrase never leaves)."""
    phrases = getattr(marks, "phrases", ())
    ordered = _part_positions(slots, joined) if any(p.ordered for p in phrases) else None
    phrase_ends = {phrase: ordered(phrase) if phrase.ordered else _near_ends(slots, phrase.words, phrase.slop, joined)
                   for phrase in phrases}
    found: list[tuple[int, int, frozenset]] = []
    i = 0
    while i < len(slots):
        match = _match_at(slots, i, marks, phrase_ends)
        if match is None:
            i += 1
            continue
        end, units = match
        found.append((i, end, units))
        i = end + 1
    return found


def _part_positions(slots: list[Slot], joined: Callable[[int, int], bool]):
    """For an ordered phrase, _phrase_ends per slot worked out over the index's positions: a
    compound's parts one after another (its first part right after the word before it, its last
    right before the word after it), each other token one."""
    slot_of: list[int] = []
    positions: list[Slot] = []
    for i, slot in enumerate(slots):
        for part in getattr(slot[2], "parts", (slot[2],)):
            slot_of.append(i)
            positions.append((slot[0], slot[1], part))

    def same_or_joined(p: int, q: int) -> bool:
        return slot_of[p] == slot_of[q] or joined(slot_of[p], slot_of[q])

    def ends(phrase: Phrase) -> list[int | None]:
        found: list[int | None] = [None] * len(slots)
        for p, end in enumerate(_phrase_ends(positions, phrase.words, phrase.slop, same_or_joined, lambda _: False)):
            if end is not None and found[slot_of[p]] is None:
                found[slot_of[p]] = slot_of[end]
        return found

    return ends


class WordMatch(NamedTuple):
    """A match counted in words (the analyzer's tokens, stop words left out)."""

    first: int  # its first word's number in the text
    last: int
    units: frozenset
    sentence: int  # its sentence's number in the text


def word_matches(words: list[tuple[int, int, tuple[str, ...]]], marks: set[str]) -> list[WordMatch]:
    """Where `marks` match among `words` (index.analysis.sentence_words: each word's number,
    sentence and terms; every word of the text when `marks` hold a phrase, else at least those
    with a term of them), for telling how closely the query's words meet."""
    if getattr(marks, "phrases", ()):
        slots = [(i, i, _slot_terms(terms)) for i, _, terms in words]
        return [WordMatch(first, last, units, words[first][1])
                for first, last, units in _slot_matches(slots, marks, lambda i, j: words[i][1] == words[j][1])]
    elsewhere = marks.isdisjoint
    return [WordMatch(i, i, frozenset(_unit(marks, term) for term in terms if term in marks), sentence)
            for i, sentence, terms in words if not elsewhere(terms)]


def _term_spans(text: str, terms: set[str], tokens: Tokens) -> list[Match]:
    """Matches of lone terms: the fast path when there is no phrase."""
    spans: list[Match] = []
    for term, start, end in tokens(text):
        if term not in terms:
            continue
        unit = _unit(terms, term)
        if spans and (start, end) == spans[-1][:2]:  # another term of the same token
            spans[-1] = Match(start, end, spans[-1].units | {unit})
        elif not spans or start >= spans[-1].end:
            spans.append(Match(start, end, frozenset((unit,))))
    return spans


def _marked(text: str, spans: Iterable[Match], offset: int = 0) -> str:
    out: list[str] = []
    pos = offset
    for start, end, _ in spans:
        out.append(escape(text[pos:start]))
        out.append("<mark>" + escape(text[start:end]) + "</mark>")
        pos = end
    out.append(escape(text[pos:]))
    return "".join(out)


# -- where the query's words meet ----------------------------------------------------------------
@dataclass(frozen=True)
class Piece:
    """Text a snippet may be cut from: a whole document, or one of a long document's passages."""

    text: str
    lead: int = 0  # characters at its start that repeat the result's title and dateline
    opens: bool = True  # the document starts with it: no «…» before a fragment from its start
    closes: bool = True  # the document ends with it
    post_labels: bool = False  # its posts open with their time's label (index.post_times), shown with a fragment

    def matches(self, terms: set[str], tokens: Tokens) -> list[Match]:
        return _spans(self.text, terms, tokens) if terms else []


class Cluster(NamedTuple):  # a tuple, not a dataclass: a long transcript makes one per match
    """Matches close together: within one paragraph, spanning at most the cluster reach."""

    piece: int
    first: int  # index of its first match in the piece's matches
    count: int
    start: int
    end: int
    units: frozenset
    in_lead: bool
    gaps: int = 0  # characters between its matches
    aside: bool = False  # in a paragraph of reference apparatus: a bibliography's entry, a footnote

    def rank(self) -> tuple:
        """Better is greater: the body before the title and dateline and before the reference
        apparatus, then the most distinct query units, the most matches, the least text between them."""
        return (not self.in_lead, not self.aside, len(self.units), self.count, -self.gaps)

    def part(self) -> tuple[bool, bool]:
        """Where it is: the lead, the apparatus or the body (a snippet's two fragments are of one)."""
        return self.in_lead, self.aside


def _paragraph_breaks(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in _PARAGRAPH_BREAK.finditer(text)]


def _paragraph(text: str, breaks: list[tuple[int, int]], k: int) -> str:
    """The k-th paragraph of the text (empty before the first and after the last)."""
    if k < 0 or k > len(breaks):
        return ""
    return text[breaks[k - 1][1] if k else 0:breaks[k][0] if k < len(breaks) else len(text)]


def _clusters(piece: int, text: str, matches: list[Match], reach: int, lead: int) -> Iterator[Cluster]:
    """For each match, the cluster it starts: the matches after it in its paragraph that end
    within `reach` characters of its start (two pointers: linear in the number of matches)."""
    breaks = _paragraph_breaks(text)
    units: dict = {}  # unit -> matches of the window matches[i:j] holding it
    j = marked = k = 0  # `marked`: the characters the window's matches cover; breaks[k]: its paragraph's end
    aside_of: dict[int, bool] = {}  # paragraph (its number) -> whether it is reference apparatus
    for i, first in enumerate(matches):
        if j <= i:
            j, marked = i, 0
            units.clear()
        while k < len(breaks) and breaks[k][0] <= first.start:
            k += 1
        paragraph_end = breaks[k][0] if k < len(breaks) else len(text)
        if k not in aside_of:  # only the paragraphs holding a match are read
            aside_of[k] = is_reference_apparatus(_paragraph(text, breaks, k), (
                _paragraph(text, breaks, k - 1), _paragraph(text, breaks, k + 1)))
        aside = aside_of[k]
        limit = first.start + reach
        while j < len(matches) and matches[j].start < paragraph_end and matches[j].end <= limit:
            for unit in matches[j].units:
                units[unit] = units.get(unit, 0) + 1
            marked += matches[j].end - matches[j].start
            j += 1
        if j == i:  # one match longer than the reach (a long phrase): a cluster of its own
            yield Cluster(piece, i, 1, first.start, first.end, first.units, first.start < lead, aside=aside)
            continue
        end = matches[j - 1].end
        yield Cluster(piece, i, j - i, first.start, end, frozenset(units), first.start < lead, end - first.start - marked,
                      aside)
        for unit in first.units:  # the window moves on past `first`
            if units[unit] == 1:
                del units[unit]
            else:
                units[unit] -= 1
        marked -= first.end - first.start


def _best(clusters: Iterable[Cluster]) -> Cluster | None:
    """The best-ranked cluster; the first in reading order among equals."""
    best = None
    for cluster in clusters:
        if best is None or cluster.rank() > best.rank():
            best = cluster
    return best


def _all_clusters(pieces: list[Piece], matches: list[list[Match]], width: int) -> list[Cluster]:
    reach = int(width * CLUSTER_SHARE)
    return [c for n, piece in enumerate(pieces) for c in _clusters(n, piece.text, matches[n], reach, piece.lead)]


def _fragments(pieces: list[Piece], matches: list[list[Match]], width: int) -> tuple[list[Cluster], int]:
    """The clusters a snippet shows and the width of each: the best one; or, when query words
    it lacks occur elsewhere (in the same part, body, lead or apparatus), two half-width fragments
    if together they show more of the query's words."""
    clusters = _all_clusters(pieces, matches, width)
    best = _best(clusters)
    if best is None:
        return [], width
    present = {u for c in clusters if c.part() == best.part() for u in c.units}  # every match starts one
    if present <= best.units:
        return [best], width
    half = width // 2
    candidates = [c for c in _all_clusters(pieces, matches, half) if c.part() == best.part()]
    first = _best(candidates)
    missing = present - first.units
    apart = [c for c in candidates if c.units & missing and
             (c.piece != first.piece or c.start >= first.end + half or c.end <= first.start - half)]
    if not apart:
        return [best], width
    second = max(apart, key=lambda c: (len(c.units & missing), c.rank()))
    if len(first.units | second.units) <= len(best.units):
        return [best], width
    return sorted([first, second], key=lambda c: (c.piece, c.start)), half


def _cut(piece: Piece, cluster: Cluster, width: int) -> tuple[int, int]:
    """Where a fragment of `width` characters showing `cluster` starts and ends: a little
    before its first match, on a word boundary, never before its paragraph (nor, for a cluster
    in the body, in the lead)."""
    text = piece.text
    breaks = list(_PARAGRAPH_BREAK.finditer(text, 0, cluster.start))
    floor = breaks[-1].end() if breaks else 0  # the start of the cluster's paragraph
    if not cluster.in_lead:
        floor = max(floor, min(piece.lead, cluster.start))
    before = max(0, min(width // 4, width - (cluster.end - cluster.start)))
    start = max(floor, cluster.start - before)
    if start > floor:  # start after the word the cut falls in (a list without spaces: after its comma)
        while start < cluster.start and _inside_word(text, start):
            start += 1
        while start < cluster.start and text[start] in _LEADING:
            start += 1
    end = max(_word_cut(text, start, width), cluster.end)
    return start, _paragraph_end(text, cluster.end, end)


def _paragraph_end(text: str, matched: int, end: int) -> int:
    """`end`, or the end of the paragraph it would leave with only a few words of the next one
    shown after `matched`, the end of the cluster."""
    breaks = list(_PARAGRAPH_BREAK.finditer(text, matched, end))
    if breaks and end - breaks[-1].end() < NEXT_PARAGRAPH_CHARS:
        return breaks[-1].start()
    return end


def _flat(html: str) -> str:
    """A fragment's lines on one line, a paragraph break shown as one, a stanza's line break as the
    quotes tab cites it (« / »)."""
    return _SHOWN_BREAK.sub(PARAGRAPH_MARK, html).replace("\n", " ").replace(VERSE_BREAK, LINE_SEPARATOR)


def _render(pieces: list[Piece], matches: list[list[Match]], fragments: list[Cluster], width: int) -> str:
    out: list[str] = []
    for n, cluster in enumerate(fragments):
        piece = pieces[cluster.piece]
        start, end = _cut(piece, cluster, width)
        label = ""
        if piece.post_labels:  # a post's fragment says when it was posted, its label whole
            start, label = label_before(piece.text, start)
        inside = [m for m in matches[cluster.piece] if m.start >= start and m.end <= end]
        if n > 0:
            out.append(" … ")
        if label:
            out.append(escape(label) + " " + _before(piece, start).lstrip())
        elif n == 0:
            out.append(_before(piece, start))
        out.append(_flat(_marked(verse_breaks_marked(piece.text, start, end), inside, start)))
    out.append(_after(piece, end))
    return "".join(out)


def _before(piece: Piece, start: int) -> str:
    """«…» where text is left out before a fragment: glued to it mid-paragraph, apart from it at
    a paragraph's start."""
    if start == 0:
        return "" if piece.opens else "… "
    return "… " if piece.text[start - 1] == "\n" else "…"


def _after(piece: Piece, end: int) -> str:
    if end >= len(piece.text):
        return "" if piece.closes else " …"
    return " …" if piece.text[end] == "\n" else "…"


def _opening(piece: Piece, width: int) -> str:
    """A snippet with no match: the start of the text, after the lead when a body follows it."""
    text = piece.text
    start = piece.lead if piece.lead < len(text) else 0
    cut = _word_cut(text, start, width)
    return _before(piece, start) + _flat(escape(verse_breaks_marked(text, start, cut)[start:])) + _after(piece, cut)


def snippet_of(pieces: list[Piece], terms: set[str], tokens: Tokens, width: int = SNIPPET_CHARS) -> str:
    """An escaped excerpt where the query's words meet (see the module's note), from one or
    more pieces of a document; each piece is tokenized whole, so keep them short (WHOLE_TEXT_CHARS)."""
    if not pieces:
        return ""
    matches = [p.matches(terms, tokens) for p in pieces]
    fragments, each = _fragments(pieces, matches, width)
    if not fragments:
        return _opening(pieces[0], width)
    return _render(pieces, matches, fragments, each)


def snippet(text: str, terms: set[str], tokens: Tokens, width: int = SNIPPET_CHARS, lead: int = 0,
            post_labels: bool = False) -> str:
    """An escaped excerpt of `text` where the query's words meet, outside its first `lead`
    characters (the title and dateline) when it can; a post's with its label (`post_labels`)."""
    return snippet_of([Piece(text or "", lead, post_labels=post_labels)], terms, tokens, width)


def highlight_all(text: str, terms: set[str], tokens: Tokens) -> tuple[str, int]:
    """The whole text escaped with every match marked; also the number of matches."""
    spans = _spans(text, terms, tokens) if terms else []
    return _marked(text, spans), len(spans)


class DocumentMarks(NamedTuple):
    html: str  # the whole text escaped, every match marked
    count: int
    best: int | None  # the mark (0-based) starting the best cluster: where the snippet is cut from
    meetings: list[int]  # the marks (0-based) starting each place where all the query's words meet


def highlight_document(text: str, terms: set[str], tokens: Tokens, lead: int = 0,
                       width: int = SNIPPET_CHARS) -> DocumentMarks:
    """The whole text marked, with the best cluster and the places where the query's words meet."""
    spans = _spans(text, terms, tokens) if terms else []
    reach = int(width * CLUSTER_SHARE)
    # one cluster at a time, not a list of them: a long transcript has one per match
    best = _best(_clusters(0, text, spans, reach, lead))
    meetings = meeting_marks(_clusters(0, text, spans, reach, lead), spans, getattr(terms, "conjuncts", None))
    return DocumentMarks(_marked(text, spans), len(spans), _best_meeting(best, meetings), meetings)


def _best_meeting(best: Cluster | None, meetings: list[int]) -> int | None:
    """The mark the best cluster starts at or, where the words meet in places, the place it is:
    the one the page opens at and steps from, the last starting before the cluster ends (the tightest
    place there may start a word before the cluster or after its first mark)."""
    if best is None or not meetings:
        return best.first if best else None
    return max((m for m in meetings if m < best.first + best.count), default=meetings[0])


def meeting_marks(clusters: Iterable[Cluster], spans: list[Match], conjuncts: list[frozenset] | None) -> list[int]:
    """The first mark of each place where every unit of the query found in the text meets, the
    tightest of overlapping ones: a reader of «Таразский этнокультурный центр» typed without quotes
    steps through the 4 places the words stand together, not the 674 words. None for a query of
    one unit (a word, a quoted phrase), whose every mark is such a place; for an OR or a wildcard
    (`conjuncts` None), which asks for any of its words; and where a word of the query (each
    conjunct's units) is not in the text: its other words meeting is no place where all do."""
    wanted = frozenset(u for m in spans for u in m.units)
    if len(wanted) < 2 or conjuncts is None or not all(units & wanted for units in conjuncts):
        return []
    out: list[int] = []
    chosen: Cluster | None = None
    for cluster in clusters:
        if cluster.units != wanted:
            continue
        if chosen is not None and cluster.start < chosen.end:  # the same place: keep the tighter
            if cluster.end - cluster.start <= chosen.end - chosen.start:
                chosen = cluster
            continue
        if chosen is not None:
            out.append(chosen.first)
        chosen = cluster
    if chosen is not None:
        out.append(chosen.first)
    return out


# -- the lead: what a result line already shows -------------------------------------------------
def lead_paragraphs(text: str, title: str) -> tuple[int, int]:
    """How many paragraphs open `text` by repeating its title or giving its dateline (what a
    result shows above its snippet), a letterhead above the title with them, and how many
    characters they take with the break after them: (0, 0) when the text opens with its body."""
    wanted = _fold(title)
    paragraphs = _opening_paragraphs(text, LETTERHEAD_PARAGRAPHS + LEAD_PARAGRAPHS)
    count = _letterhead(paragraphs, wanted)
    limit = count + LEAD_PARAGRAPHS
    while count < min(limit, len(paragraphs)):
        lines, _ = paragraphs[count]
        if not lines or not all(_repeats_title(line, wanted) or _is_dateline(line) for line in lines):
            break
        count += 1
    return count, paragraphs[count - 1][1] if count else 0


def _opening_paragraphs(text: str, most: int) -> list[tuple[list[str], int]]:
    """The first `most` paragraphs: each one's non-blank lines and where the break after it ends."""
    out, pos = [], 0
    while len(out) < most and pos < len(text):
        br = _PARAGRAPH_BREAK.search(text, pos)
        paragraph = text[pos:br.start() if br else len(text)]
        pos = br.end() if br else len(text)
        out.append(([line for line in paragraph.split("\n") if line.strip()], pos))
    return out


def _letterhead(paragraphs: list[tuple[list[str], int]], title: str) -> int:
    """How many paragraphs above the title's repetition are a letterhead («Ассамблея народа
    Казахстана», «Пресс-релиз»: short lines, no sentence): 0 when the title does not follow them."""
    for i, (lines, _) in enumerate(paragraphs[:LETTERHEAD_PARAGRAPHS + 1]):
        if lines and all(_repeats_title(line, title) for line in lines):
            return i
        if not lines or not all(_letterhead_line(line) for line in lines):
            return 0
    return 0


def _letterhead_line(line: str) -> bool:
    words = line.split()
    return 0 < len(words) <= LETTERHEAD_WORDS and not line.rstrip().endswith((".", "!", "?", ":", ";", ","))


def _fold(text: str) -> str:
    return _NOT_WORD.sub(" ", text.casefold().replace("ё", "е")).strip()


def _repeats_title(line: str, title: str) -> bool:
    """A line of the title (a wrapped one too), or the title with little more (a trailing mark)."""
    line = _fold(line)
    if not title or not line:
        return False
    return line == title or (len(line) >= 20 and line in title) or (title in line and len(line) <= len(title) + 20)


def _is_dateline(line: str) -> bool:
    """`Нур-Султан, 20 июня 2019 года`, `12.09.2023`: a year with a few words before it and
    next to none after."""
    m = _YEAR.search(line)
    return bool(m) and len(line) <= 120 and len(line[:m.start()].split()) <= 5 and len(line[m.end():].split()) <= 2


def _in_word(text: str, i: int) -> bool:
    """Whether text[i] belongs to a word: a letter or digit, a mark on one (a stress mark), a
    hyphen or apostrophe between two (Усть-Каменогорск, Kazakhstan's), a point between digits, a
    space between a figure's digit groups."""
    c = text[i]
    if c.isalnum() or unicodedata.combining(c):
        return True
    if not 0 < i < len(text) - 1:
        return False
    if c in _NUMBER_JOINERS:
        return text[i - 1].isdigit() and text[i + 1].isdigit()
    if c in GROUP_SEPARATORS:  # a space between a figure's groups is inside it (index.numbers)
        return separates_groups(text, i)
    return c in _WORD_JOINERS and text[i - 1].isalnum() and text[i + 1].isalnum()


def _inside_word(text: str, i: int) -> bool:
    """Whether a cut at `i` would split a word."""
    return 0 < i < len(text) and _in_word(text, i - 1) and _in_word(text, i)


def _word_cut(text: str, start: int, width: int) -> int:
    """Where a fragment from `start` of about `width` characters ends: before the word its end
    falls in, wherever that word starts (after a space, a comma, a slash), without the separator
    left before it; a word longer than the whole fragment is kept whole up to twice the width."""
    end = start + width
    if end >= len(text):
        return len(text)
    cut = end
    while cut > start and _inside_word(text, cut):
        cut -= 1
    if cut == start:  # one word fills the fragment: show it whole if it ends soon enough
        cut, limit = end, min(len(text), start + 2 * width)
        while cut < limit and _inside_word(text, cut):
            cut += 1
        return cut
    while cut > start + 1 and text[cut - 1] in _TRAILING:
        cut -= 1
    return cut
