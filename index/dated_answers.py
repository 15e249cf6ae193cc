"""A question of when (`когда создана Ассамблея`, `в каком году…`, `Ассамблея қашан құрылды`) is
answered by a sentence that dates what it asks about: «Ассамблея … была создана 1 марта 1995
года». BM25F cannot see that: a three-sentence notice whose title held the words («При Ассамблее
создана рабочая группа по медиа») outranked the documents whose first sentence gave the date.
The best DATED_WINDOW documents by score are looked at again, in their stored text: each is raised
by the share of the query's words that one sentence holding a year holds. A year counts where it is
written as one (index.written_years: «в 1996 году», not «на 1800 мест»), and not in the document's own
date: a notice's dateline «Нур-Султан, 5 апреля 2021 г. – При Ассамблее создана группа…», with no period
to make it a sentence of its own, dated the notice's first sentence, and it ranked first again. Scores are only ever
raised, so those documents still rank above every other one and the pages stay consistent. Only the
first DATED_TEXT_CHARS of a text are read, and each document's factor is kept for the next page.
"""
from __future__ import annotations

from collections.abc import Hashable

from index import highlight
from index.aliases import fold
from index.query import KAZAKH_YEAR_WORD_RE, RUSSIAN_TIME_WORD_RE
from index.written_years import dated_years, is_own_date

DATED_WINDOW = 20  # documents looked at again: two pages of ten
# How much of each document's text is read for its dated sentence: the answer to «когда создана…» stands near
# the top, and reading six 1.4 MB transcripts whole took 3 s a page, every other search waiting behind it
DATED_TEXT_CHARS = 30_000
# What a document gains when one of its sentences holds every word of the query and a year:
# twice its score. A title holding the words counts twice (its field boost) and a short notice's
# length normalisation more: 1.8 times a dated answer's score in the tester's corpus.
DATED_WEIGHT = 1.0
# The words of a question that ask when: «когда», «қашан» (also typed «кашан»), «when», and the
# noun of a time of «в каком году», «в котором месяце», «какого числа», «қай жылы» (index.query leaves
# those out, and names them here)
_WHEN_WORDS = frozenset(("когда", "қашан", "кашан", "when"))


def asks_when(left_out: list[str]) -> bool:
    """Whether a question's words left out (index.query.ParsedQuery.left_out) ask when."""
    return any(fold(w) in _WHEN_WORDS or RUSSIAN_TIME_WORD_RE.fullmatch(fold(w)) or KAZAKH_YEAR_WORD_RE.fullmatch(fold(w))
               for w in left_out)


def dated_factor(text_words: list[tuple[int, int, tuple[str, ...]]], marks: set[str],
                 words: dict[Hashable, int], own_date: int = 0) -> float:
    """What a document's score is multiplied by: 1 + DATED_WEIGHT x (the share of the query's
    words that one sentence holding a year holds). `text_words`: every word of its text
    (index.analysis.sentence_words); `words`: per highlight unit, which of the query's words it
    is (index.proximity.query_words); `own_date`: the document's date (yyyymmdd, 0: none), whose
    dateline dates nothing it tells."""
    count = len(set(words.values()))
    if not count:
        return 1.0
    dated = {sentence for sentence, date in dated_years(text_words) if not is_own_date(date, own_date)}
    held: dict[int, set[int]] = {}
    for match in highlight.word_matches(text_words, marks):
        if match.sentence in dated:
            held.setdefault(match.sentence, set()).update(words[u] for u in match.units if u in words)
    best = max((len(h) for h in held.values()), default=0)
    return 1.0 + DATED_WEIGHT * best / count
