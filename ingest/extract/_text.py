"""Shared helpers of the extractors: tokens with offsets, sentences, cached pymorphy3 parses.

Everything is a pure function of the text; pymorphy3 is loaded once per process (index.morphology).
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Collection, Sequence
from functools import lru_cache
from itertools import accumulate, repeat
from operator import add, itemgetter, sub
from typing import NamedTuple

from index.morphology import parses as shared_parses
from index.sentences import sentence_breaks

from .community_given_names import russian_given_form

KAZAKH_LETTERS = frozenset("әғқңөұүһіӘҒҚҢӨҰҮҺІ")
UPPER = "A-ZА-ЯЁӘҒҚҢӨҰҮҺІ"
LOWER = "a-zа-яёәғқңөұүһі"
# word = letters, optionally joined by hyphens/apostrophes; numbers; any other non-space char
TOKEN_RE = re.compile(r"[^\W\d_]+(?:[-\u2010\u2011'’][^\W\d_]+)*|\d+|[^\w\s]", re.UNICODE)


class Token(NamedTuple):
    """A token, its character offsets and the two facts the rules ask of it most. A named tuple
    with the facts computed once: a document makes hundreds of tokens and the rules read them
    thousands of times (13% of extraction time went to a frozen dataclass and its properties)."""

    text: str
    start: int
    end: int
    is_word: bool  # starts with a letter
    is_cap: bool  # starts with a capital


# TOKEN_RE with the gap before each token (TOKEN_RE matches every character but whitespace and
# "_"): one findall gives every token, and the offsets are running sums of the lengths
_GAP_TOKEN_RE = re.compile(r"([\s_]*)(" + TOKEN_RE.pattern + ")")
_first = itemgetter(0)
_start = itemgetter(1)


@lru_cache(maxsize=4)
def _tokens(text: str) -> tuple[Token, ...]:
    # Built column by column with map (no Python code per token: a third less time than a
    # generator making each Token from its match)
    pairs = _GAP_TOKEN_RE.findall(text)
    if not pairs:
        return ()
    gaps, found = zip(*pairs)
    # one string object per distinct word: a book-length text repeats its words many times over
    distinct: dict[str, str] = {}
    words = list(map(distinct.setdefault, found, found))
    lengths = list(map(len, words))
    ends = list(accumulate(map(add, map(len, gaps), lengths)))
    firsts = list(map(_first, words))
    columns = zip(words, map(sub, ends, lengths), ends, map(str.isalpha, firsts), map(str.isupper, firsts))
    return tuple(map(tuple.__new__, repeat(Token), columns))


def tokenize(text: str) -> list[Token]:
    """The tokens of `text`; the same document is tokenized once for all the rules."""
    return list(_tokens(text))


def cell_starts(tokens: Sequence[Token], text: str) -> frozenset[int]:
    """Indices of the tokens opening a table's cell: a tab before them (the parsers part a row's
    cells with one)."""
    if "\t" not in text:
        return frozenset()
    return frozenset(k for k in range(1, len(tokens)) if "\t" in text[tokens[k - 1].end:tokens[k].start])


def capitalized(tokens: Sequence[Token]) -> list[int]:
    """Indices of the capitalized words: every name and title rule starts at one, so only those
    need visiting."""
    return [k for k, t in enumerate(tokens) if t.is_word and t.is_cap]


def is_initial(tokens: list[Token], i: int) -> bool:
    """tokens[i] is a one-letter capital followed directly by a dot (an initial)."""
    t = tokens[i]
    return (
        len(t.text) == 1 and t.text.isupper() and t.text.isalpha()
        and i + 1 < len(tokens) and tokens[i + 1].text == "." and tokens[i + 1].start == t.end
    )


def sentence_ids(tokens: Sequence[Token], text: str) -> list[int]:
    """Sentence number of every token of `text`: a sentence ends where the index ends one
    (index.sentences: not at an initial or an abbreviation), and before a capitalised line (a
    heading or a transcript's turn has no full stop) or a capitalised cell of a table's row (after
    its tab: «Н.Дементьева⇥Она предложила …» is the name's cell, then what she said)."""
    n = len(tokens)
    if not n:
        return []
    breaks = [0] * n  # sentence breaks right before each token; the numbers are their running sum
    # a capitalized token after a line break; the line breaks are found by str.find, not by
    # looking between every two tokens
    starts = list(map(_start, tokens))
    for gap in ("\n", "\t"):
        at = text.find(gap, tokens[0].end)
        while at != -1:
            i = bisect_right(starts, at)  # the first token after the line break
            if i == n:
                break
            if tokens[i].text[:1].isupper():
                breaks[i] = 1
            at = text.find(gap, tokens[i].end)
    for stop, at in sentence_breaks(text):
        i = bisect_left(starts, at)  # the token the next sentence starts with
        if i == n:
            break
        if not i:
            continue  # blank lines before the first token
        if text[stop] == "\n":  # a blank line, with no full stop: as a capitalised line does
            breaks[i] = 1
        else:
            breaks[i] += 1
    return list(accumulate(breaks))


@lru_cache(maxsize=4)
def text_sentence_ids(text: str) -> tuple[int, ...]:
    """sentence_ids of `text`'s own tokens, worked out once for all the rules that ask."""
    return tuple(sentence_ids(_tokens(text), text))


def capital_beside(tokens: list[Token], k: int, of: int) -> bool:
    """Token k is a capitalized word one space away from token `of`."""
    if not 0 <= k < len(tokens) or not (tokens[k].is_cap and tokens[k].is_word):
        return False
    return (tokens[of].start - tokens[k].end if k < of else tokens[k].start - tokens[of].end) == 1



def untitled(word: str) -> str:
    """A word written in capitals as it is written in a sentence: КАСЫМ-ЖОМАРТ -> Касым-Жомарт."""
    if word.isupper() and len(word) > 1:
        return "-".join(part[:1] + part[1:].lower() for part in word.split("-"))
    return word


# The rare other forms of Cyrillic letters (ᲀ for в, ᲄ for т, ᲂ for о) that a pattern's ignored case matches
_OTHER_LETTER_FORMS = re.compile("[\u1c80-\u1c88]")


def holds_any(text: str, words: tuple[str, ...]) -> bool:
    """Whether `text` holds one of the lowercase `words` in any case, as a pattern with re.IGNORECASE
    finds them (a text with the letters' other forms counts as holding them): a check that spares most
    texts a pattern tried at every letter of them."""
    lower = text.lower()
    return any(word in lower for word in words) or _OTHER_LETTER_FORMS.search(text) is not None


def latin_letters(word: str) -> bool:
    """A word whose letters are all Latin, Turkish and Kazakh Latin ones too (Hüseyin, Yıldırım, Çağlar)."""
    return all("a" <= ch <= "z" or "\u00df" <= ch <= "\u024f" for ch in word.lower() if ch.isalpha())


def fold(word: str) -> str:
    """Lowercase, ё as е: how extraction's word and name lists compare a word."""
    return word.lower().replace("ё", "е")


def parses(word: str):
    """pymorphy3 parses of a word (lowercased, ё kept), from the analyzer's shared cache; a
    Ukrainian or Belarusian given name's form is read as its Russian twin (Андрій as Андрей)."""
    low = word.lower()
    return shared_parses(russian_given_form(low) or low)


def is_dictionary(p) -> bool:
    return len(p.methods_stack) == 1 and type(p.methods_stack[0][0]).__name__ == "DictionaryAnalyzer"


@lru_cache(maxsize=100_000)
def word_info(word: str) -> dict:
    """What the dictionary says about a capitalized word: flags used by the name rules."""
    ps = parses(word)
    dict_ps = [p for p in ps if is_dictionary(p)]
    g = lambda p: p.tag.grammemes  # noqa: E731
    info = {
        "known": bool(dict_ps),
        "name": any("Name" in g(p) for p in dict_ps),
        "surn": any("Surn" in g(p) for p in dict_ps),
        "patr": any("Patr" in g(p) for p in dict_ps),
        "geo": any({"Geox", "Orgn"} & g(p) for p in dict_ps[:2]),
        "common": bool(dict_ps) and not any({"Name", "Surn", "Patr", "Init", "Abbr"} & g(p) for p in dict_ps),
        "function": bool(dict_ps) and dict_ps[0].tag.POS in {"PREP", "CONJ", "PRCL", "NPRO", "ADVB", "INTJ", "PRED", "NUMR", "ADJF", "VERB", "INFN", "GRND", "PRTF", "PRTS", "ADJS", "COMP"},
        "top_proper": bool(dict_ps) and bool({"Name", "Surn", "Patr"} & g(dict_ps[0])),
    }
    return info


def verb_reading(readings: Sequence, kinds: Collection[str]):
    """The reading a verb rule takes a word by: the top one when its part of speech is one of
    `kinds`, else a finite verb among the first three that is nearly as likely (отметила, стали:
    VERB beside a noun); None when neither. The rules differ in the readings and kinds they give."""
    if readings and readings[0].tag.POS in kinds:
        return readings[0]
    return next((p for p in readings[:3] if p.tag.POS == "VERB" and p.score >= 0.3), None)


_VERB_INFO_KINDS = {"VERB": "fin", "PRTF": "prtf", "GRND": "grnd", "INFN": "infn"}


@lru_cache(maxsize=100_000)
def verb_info(word: str) -> tuple[str, str | None, str | None, str] | None:
    """(lemma, gender, number, kind) when the word's top reading is a verb form; kind is
    'fin' (finite), 'prtf' (participle), 'grnd' (gerund), 'infn'; None otherwise."""
    p = verb_reading(parses(word), _VERB_INFO_KINDS)
    if p is None:
        return None
    return (p.normal_form.replace("ё", "е"), p.tag.gender, p.tag.number, _VERB_INFO_KINDS[p.tag.POS])


@lru_cache(maxsize=100_000)
def short_form(word: str) -> tuple[str, str | None, str | None] | None:
    """(lemma, gender, number) when the word's top reading is a short participle or adjective
    (убеждена, уверен): a predicate agreeing with its subject in gender and number, as a past
    tense verb does."""
    ps = parses(word)
    if not ps or ps[0].tag.POS not in ("PRTS", "ADJS"):
        return None
    return ps[0].normal_form.replace("ё", "е"), ps[0].tag.gender, ps[0].tag.number


def predicate(word: str) -> tuple[str | None, str | None] | None:
    """(gender, number) of a finite verb or a short form (сказала, считает, убеждена), else None."""
    v = verb_info(word)
    if v is not None:
        return (v[1], v[2]) if v[3] == "fin" else None
    short = short_form(word)
    return (short[1], short[2]) if short is not None else None


_QUOTE_ENDS = frozenset("»\"”,!?…")
DASHES = frozenset("–—-")


def attributes_a_quote(tokens: Sequence[Token], sids: Sequence[int], k: int) -> bool:
    """Token k follows the dash after a quote or a direct speech («…», — / «…?» — / …, —): the
    place of the verb that says whose words they are."""
    return (k >= 2 and tokens[k - 1].text in DASHES and tokens[k - 2].text in _QUOTE_ENDS
            and sids[k - 1] == sids[k])


@lru_cache(maxsize=100_000)
def noun_cases(word: str) -> tuple[bool, frozenset[str]] | None:
    """(animate, cases) of a dictionary noun, None for other words."""
    ps = [p for p in parses(word) if is_dictionary(p) and p.tag.POS == "NOUN"]
    if not ps:
        return None
    anim = ps[0].tag.animacy == "anim"
    cases = frozenset(p.tag.case for p in ps if p.tag.number != "plur" or anim is False)
    return anim, cases
