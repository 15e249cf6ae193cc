"""The operator words typed in lowercase between two words: `волонтер не грант`, `волонтер или
грант`, `волонтер or грант`, `волонтер not грант`. Only capitals are operators (a document's «не»
and «или» are everywhere, and a lowercase «не», «или» is a stop word), so such a query needs the
words beside them both: an exclusion typed so quietly turned into a requirement. The search runs
as typed; the page says how to write the operator (search_app.text.lowercase_operators_words).

    lowercase_operators(text) -> [[word before, operator as typed, word after], ...]
"""
from __future__ import annotations

import re

from index.aliases import fold
from index.morphology import STOP_WORDS, parses

# the lowercase word -> the operator it looks like
OPERATOR_WORDS = {"не": "НЕ", "not": "NOT", "или": "ИЛИ", "or": "OR"}
# a word, or a "phrase" with its distance: what stands beside the operator
_UNIT_RE = re.compile(r'"[^"]*"(?:~\d+)?|[^\s"]+')
_OPERATORS = frozenset(("AND", "ANDNOT", "OR", "NOT", "И", "ИЛИ", "НЕ", *OPERATOR_WORDS))
# «как не стать», «не получил», «не только», «не менее»: a «не» before a verb form, a particle, an
# adverb or a comparative is the sentence's own, no exclusion meant
_SENTENCE_TAGS = frozenset(("VERB", "INFN", "PRTF", "PRTS", "GRND", "PRCL", "ADVB", "COMP", "PRED", "CONJ"))


def lowercase_operators(text: str) -> list[list[str]]:
    """Each operator word of `text` (a query without its field filters, quotes straightened)
    typed in lowercase outside quotes between two words, with those words as typed; a «не» before
    a verb form, an adverb, a particle or a stop word («не стать», «не только») is the sentence's own
    and left out."""
    units = [unit.strip("()") if not unit.startswith('"') else unit for unit in _UNIT_RE.findall(text)]
    found = []
    for i in range(1, len(units) - 1):
        before, word, after = units[i - 1:i + 2]
        if word not in OPERATOR_WORDS or not before or not after or before in _OPERATORS or after in _OPERATORS:
            continue
        if word == "не" and not after.startswith('"') and _sentence_own(after):
            continue
        found.append([before, word, after])
    return found


def _sentence_own(word: str) -> bool:
    low = word.lower().strip(".,;:!?…")
    return fold(low) in STOP_WORDS or any(p.tag.POS in _SENTENCE_TAGS for p in parses(low))
