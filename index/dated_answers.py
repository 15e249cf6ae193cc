"""A question of when (`когда создана Ассамблея`, `в каком году…`, `Ассамблея қашан құрылды`) is
answered by a sentence that dates what it asks about: «Ассамблея … была создана 1 марта 1995
года». BM25F cannot see that: a three-sentence notice whose title held the words («При Ассамблее
создана рабочая группа по медиа») outranked the documents whose first sentence gave the date.
The best DATED_WINDOW documents by score are looked at again, in their stored text: each is raised
by the share of the query's words that one sentence holding a year holds. Scores are only ever
raised, so those documents still rank above every other one and the pages stay consistent.
"""
from __future__ import annotations

import re
from collections.abc import Hashable

from index import highlight
from index.aliases import fold
from index.query import KAZAKH_YEAR_WORD_RE, RUSSIAN_TIME_WORD_RE

DATED_WINDOW = 20  # documents looked at again: two pages of ten
# What a document gains when one of its sentences holds every word of the query and a year:
# twice its score. A title holding the words counts twice (its field boost) and a short notice's
# length normalisation more: 1.8 times a dated answer's score in the tester's corpus.
DATED_WEIGHT = 1.0
# The words of a question that ask when: «когда», «қашан» (also typed «кашан»), «when», and the
# noun of a time of «в каком году», «в котором месяце», «какого числа», «қай жылы» (index.query leaves
# those out, and names them here)
_WHEN_WORDS = frozenset(("когда", "қашан", "кашан", "when"))
# A year's term: «1995» of «1 марта 1995 года», «1995 г.», «1995 жылы», and of a date «01.03.1995»
# (index.tokenize gives a date in numbers its year's term too)
_YEAR_TERM_RE = re.compile(r"(?:1[89]|20)\d\d")


def asks_when(left_out: list[str]) -> bool:
    """Whether a question's words left out (index.query.ParsedQuery.left_out) ask when."""
    return any(fold(w) in _WHEN_WORDS or RUSSIAN_TIME_WORD_RE.fullmatch(fold(w)) or KAZAKH_YEAR_WORD_RE.fullmatch(fold(w))
               for w in left_out)


def dated_factor(text_words: list[tuple[int, int, tuple[str, ...]]], marks: set[str],
                 words: dict[Hashable, int]) -> float:
    """What a document's score is multiplied by: 1 + DATED_WEIGHT x (the share of the query's
    words that one sentence holding a year holds). `text_words`: every word of its text
    (index.analysis.sentence_words); `words`: per highlight unit, which of the query's words it
    is (index.proximity.query_words)."""
    count = len(set(words.values()))
    if not count:
        return 1.0
    dated = {sentence for _, sentence, terms in text_words if any(_YEAR_TERM_RE.fullmatch(t) for t in terms)}
    held: dict[int, set[int]] = {}
    for match in highlight.word_matches(text_words, marks):
        if match.sentence in dated:
            held.setdefault(match.sentence, set()).update(words[u] for u in match.units if u in words)
    best = max((len(h) for h in held.values()), default=0)
    return 1.0 + DATED_WEIGHT * best / count
