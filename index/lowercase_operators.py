"""The operator words typed in lowercase (or with a capital first letter) beside the words they would
join: `волонтер не грант`, `Волонтер Не грант`, `не грант волонтер`, `волонтер не(грант)`, `волонтер не
speaker:Ковалева`, `волонтер или грант`, `волонтер or грант`, `волонтер not грант`. Only capitals are
operators (a document's «не» and «или» are everywhere, and a lowercase «не», «или» is a stop word),
so such a query needs the words beside them all: an exclusion typed so quietly turned into a
requirement. The search runs as typed; the page says how to write the operator
(search_app.text.lowercase_operators_words). So does a query typed wholly in capitals (Caps Lock, a
headline: index.query.typed_in_capitals), whose НЕ, ИЛИ, NOT, OR are words too (`ВОЛОНТЕРЫ НЕ ГРАНТ`
found the documents with «грант»); the page says to type the other words in lowercase.

    lowercase_operators(text, whole, capitals) -> [[what stands before ("" first), operator as typed, what after], ...]
    operator_of(word) -> the operator a word found so looks like
"""
from __future__ import annotations

import re

from index.aliases import fold
from index.morphology import STOP_WORDS, parses

# the lowercase word -> the operator it looks like
OPERATOR_WORDS = {"не": "НЕ", "not": "NOT", "или": "ИЛИ", "or": "OR"}
# the words that exclude what follows, and so may open a query or a group (`не грант волонтер`)
_EXCLUDING = frozenset(("не", "not"))
# a "phrase" with its distance, a bracket, or a word: what a query is read in
_TOKEN_RE = re.compile(r'"[^"]*"(?:~\d+)?|[()]|[^\s"()]+')
_OPERATORS = frozenset(("AND", "ANDNOT", "OR", "NOT", "И", "ИЛИ", "НЕ", *OPERATOR_WORDS))
# «как не стать», «не получил», «не только», «не менее»: a «не» before a verb form, a particle, an
# adverb or a comparative is the sentence's own, no exclusion meant
_SENTENCE_TAGS = frozenset(("VERB", "INFN", "PRTF", "PRTS", "GRND", "PRCL", "ADVB", "COMP", "PRED", "CONJ"))


def operator_of(word: str) -> str:
    """The operator `word` (as lowercase_operators found it) looks like: не, Не, НЕ -> НЕ."""
    return OPERATOR_WORDS[word.lower()]


def lowercase_operators(text: str, whole: list[tuple[int, int]] = (), capitals: bool = False) -> list[list[str]]:
    """Each operator word of `text` (quotes straightened) typed in lowercase or title case outside
    quotes (with `capitals`, a query typed wholly in capitals: in capitals too, as it is searched as a
    word), with what stands beside it as typed: a word, a "phrase", a (group), or a span of `whole`
    (the query's field filters, each one unit). Between two of them; a «не», «not» also first in
    the query or a group, beside another word to find. Left out: a «не» before a verb form, an adverb, a
    particle or a stop word («не стать», «не только»), the sentence's own, and an operator word
    before a sign (`не -грант`: the minus already excludes)."""
    units = _units(text, whole)
    filters = {text[start:end] for start, end in whole}
    found = []
    for i, word in enumerate(units):
        if word.lower() not in OPERATOR_WORDS or (word.isupper() and not capitals):
            continue
        before, after = _beside(units, i, -1), _beside(units, i, 1)
        if not after or after in _OPERATORS or after[0] in "+-" or before in _OPERATORS:
            continue
        # first in the query or a group: only an exclusion, beside another word to find (`-грант волонтер`)
        others = [unit for j, unit in enumerate(units)
                  if j != i and unit not in "()" and unit not in _OPERATORS and unit not in filters]
        if before is None and not (word.lower() in _EXCLUDING and len(others) > 1):
            continue
        if word.lower() in _EXCLUDING and after[0] not in '"(' and after not in filters and _sentence_own(after):
            continue
        found.append([before or "", word, after])
    return found


def _units(text: str, whole: list[tuple[int, int]]) -> list[str]:
    """`text` as its units: each span of `whole` one, else phrases, brackets and words."""
    units: list[str] = []
    at = 0
    for start, end in sorted(whole):
        units += _TOKEN_RE.findall(text[at:start]) + [text[start:end]]
        at = end
    return units + _TOKEN_RE.findall(text[at:])


def _beside(units: list[str], i: int, step: int) -> str | None:
    """The unit right before (`step` -1) or after (1) units[i], a (group) whole as typed in its
    units; None at an edge of the query or of a group."""
    opening, closing = ("(", ")") if step == 1 else (")", "(")
    j = i + step
    if not 0 <= j < len(units) or units[j] == closing:
        return None
    if units[j] != opening:
        return units[j]
    depth, k = 0, j
    while 0 <= k < len(units):
        depth += {opening: 1, closing: -1}.get(units[k], 0)
        if depth == 0:
            break
        k += step
    inside = units[j:k + 1] if step == 1 else units[max(k, 0):j + 1]  # a group left open: to the edge
    return _group_text(inside)


def _group_text(units: list[str]) -> str:
    """A group's units as typed, its brackets against what they hold: `(грант ИЛИ турнир)`."""
    return re.sub(r"\( | \)", lambda m: m.group(0).strip(), " ".join(units))


def _sentence_own(word: str) -> bool:
    low = word.lower().strip(".,;:!?…")
    return fold(low) in STOP_WORDS or any(p.tag.POS in _SENTENCE_TAGS for p in parses(low))
