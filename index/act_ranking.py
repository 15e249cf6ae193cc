"""Which matched documents are the act a query asks for, ranked before the documents that only cite
it (index.search's tiers): one whose title holds a quoted phrase word for word, stop words
included (`«Об Ассамблее народа Казахстана»`: the law, not every order «…Ассамблеи народа
Казахстана»), and one signed with a number the query names (`№ 1009`: the decree, not the acts
whose «Сноска» cites it); below the act, among the rest, the documents whose text cites the quoted
phrase word for word («4) Закон РК «Об Ассамблее народа Казахстана»») before those holding it in
other forms or without its stop words (every «Ассамблея народа Казахстана»). BM25F alone ranks the
short documents that mention it first. An act's name typed without quotes, opening the query with the
«О»/«Об» every such name opens with (`Об Ассамблее народа Казахстана`), ranks as a quoted one; after the
act's kind (`закон о статусе Ассамблеи`, whose act the kind finds) its words raise the citations only. A part of
an act named with its number (`статья 5`, `ст. 5`, `пункт 3`) raises the documents holding the two side by side
(«Статья 5.», «статьей 5 Закона», «ст.5») above those holding them apart («Статья 2. … входят 5 человек»)."""
from __future__ import annotations

import functools
import re

import numpy as np

from index.act_numbers import query_act_numbers
from index.analysis import analyze_terms, pre_analyze, query_terms, tokens_with_offsets
from index.morphology import parses
from index.part_abbreviations import ABBREVIATED_PARTS
from index.phrases import phrase_starts, position_of, record_of
from index.query import plain_words
from index.schema import ACT_NUMBERS
from index.tokenize import LETTER_WORD

# Where a title may end in the exact-form field, which holds the title first and then the text:
# a phrase starting later is in the text (ingest cuts titles at 300 characters, some 60 words).
TITLE_POSITIONS = 160
# A "quoted phrase" as straight_quotes leaves it, not excluded (-"…") nor words near each other ("…"~N)
_QUOTED_RE = re.compile(r'(?<![-\w])"([^"]+)"(?!~)')
MIN_TITLE_PHRASE_WORDS = 2  # one quoted word in a title names no act
HELD, NAMED = 1, 2  # a title holding a quoted phrase, and one it names (_title_tier)
# The titles read for a quoted phrase, the best scored of those having its words: each costs its
# stored fields (~0.4 ms). A phrase most titles hold (`«Ассамблеи народа Казахстана»`: 1,021 of 5,000
# synthetic documents) took 0.7 s instead of 0.25 reading them all, about 0.27 reading 100; an
# act's name is in few titles.
MAX_TITLE_CHECKS = 100
# The kinds of act a query may name by a short form (`закон о статусе Ассамблеи`), and the words
# after the kind that make a title the act itself (its issuer) rather than a sentence about one
ACT_KINDS = ("закон", "указ", "постановление", "распоряжение", "приказ", "кодекс", "положение", "конституция")
ISSUERS = frozenset(("республики", "рк", "президента", "правительства", "председателя", "министра",
                     "министерства", "акима", "акимата", "маслихата", "совета", "ассамблеи"))
_WORD_RE = re.compile(LETTER_WORD)
NAME_OPENINGS = frozenset(("о", "об", "обо"))  # the word an act's name opens with: «О языках…», «Об Ассамблее…»
_QUOTED_NAME_RE = re.compile(r"«[^«»]*»")  # an act's «name», innermost first
# A word and the number after it (`статья 5`, `пункт 5-1`): an act's part, when the word is one's
# (index.legal_references has read `ст. 5` as `статья 5`)
_NUMBERED_WORD_RE = re.compile(r"(?<![\w-])([^\W\d_]+)\s+(\d+(?:-\d+)*)(?![\w.-]*\w)")
# What makes a title a sentence: a finite verb or a short participle (обсудили, принят)
PREDICATES = frozenset(("VERB", "PRTS"))


def _phrase_words(phrase: str) -> list[str]:
    """The phrase as the exact-form field holds it: one term a position (the first, where a word
    has several: 70-IV is `70`, `70-iv`, `iv`), every word in a row."""
    analyzed = pre_analyze(phrase, exact=True)
    first: dict[int, str] = {}
    for term, position in zip(analyzed.terms, analyzed.positions):
        first.setdefault(position, term)
    positions = sorted(first)
    if not positions or positions[-1] - positions[0] + 1 != len(positions):
        return []  # a sentence's gap inside: no phrase of a title's
    return [first[p] for p in positions]


def _title_tier(title: str, starts: np.ndarray, length: int) -> int:
    """NAMED when a phrase of `length` words starting at one of `starts` in the exact-form field is
    the title's whole name (the title, or what stands between its «»: «Закон Республики Казахстан
    «Об Ассамблее народа Казахстана»»), HELD when the title holds it otherwise («О Положении об
    Ассамблее народа Казахстана»), 0 when it is in the text only."""
    spans = _word_spans(title)
    tier = 0
    for first in starts.tolist():
        last = first + length - 1
        if first not in spans or last not in spans:
            continue
        before, after = title[:spans[first][0]].rstrip(), title[spans[last][1]:].lstrip()
        named = before[-1:] in ("", "«", '"') and after[:1] in ("", "»", '"')
        tier = max(tier, NAMED if named else HELD)
    return tier


def _word_spans(title: str) -> dict[int, tuple[int, int]]:
    """Per position of the title in the exact-form field, its word's characters."""
    analyzed = pre_analyze(title, exact=True)
    spans: dict[int, tuple[int, int]] = {}
    for position, (_, start, end) in zip(analyzed.positions, tokens_with_offsets(title, exact=True)):
        spans.setdefault(position, (start, end))
    return spans


def _title_words_holders(postings, phrase: str, among: np.ndarray) -> np.ndarray:
    """The records of `among` whose title field holds every index term of `phrase`: a title holding
    it word for word does, and the positions of far fewer records are read than of every text's."""
    holders = among.copy()
    for term in set(analyze_terms(phrase)):
        holders &= _title_holding_any(postings, (term,))
    return holders


def _title_holding_any(postings, terms) -> np.ndarray:
    """The records whose title field holds any of `terms` (a mask)."""
    held = np.zeros(postings.size, dtype=bool)
    for term in terms:
        held[postings.postings("title", term)[0]] = True
    return held


def _best(holders: np.ndarray, scores: np.ndarray) -> np.ndarray:
    """`holders` (a mask), cut to the MAX_TITLE_CHECKS best scored."""
    ids = np.flatnonzero(holders)
    if len(ids) <= MAX_TITLE_CHECKS:
        return holders
    best = np.zeros(len(holders), dtype=bool)
    best[ids[np.argpartition(-scores[ids], MAX_TITLE_CHECKS - 1)[:MAX_TITLE_CHECKS]]] = True
    return best


def titles_holding(searcher, postings, phrase: str, among: np.ndarray, scores: np.ndarray) -> np.ndarray:
    """Per record of `among` (a mask), how its title holds `phrase` (_title_tier); of the
    MAX_TITLE_CHECKS best `scores` among those whose title has its words."""
    words = _phrase_words(phrase)
    tiers = np.zeros(postings.size, dtype=np.int32)
    if len(words) < MIN_TITLE_PHRASE_WORDS:
        return tiers
    holders = _best(_title_words_holders(postings, phrase, among), scores)
    starts = phrase_starts(postings, "exact", words, holders, before=TITLE_POSITIONS)
    records, places = record_of(starts), position_of(starts)
    for record in np.unique(records).tolist():
        title = searcher.stored_fields(record).get("title", "")
        tiers[record] = _title_tier(title, places[records == record], len(words))
    return tiers


def cited_word_for_word(postings, phrase: str, among: np.ndarray) -> np.ndarray:
    """Per record of `among`, 1 when its title or text holds `phrase` word for word, stop words
    included (the exact-form field); 0 when not, or when the phrase is a single word."""
    words = _phrase_words(phrase)
    cited = np.zeros(postings.size, dtype=np.int32)
    if len(words) >= MIN_TITLE_PHRASE_WORDS:
        cited[np.unique(record_of(phrase_starts(postings, "exact", words, among)))] = 1
    return cited


def _part_reference_matches(text: str) -> list[re.Match]:
    """The matches of the act's parts a query names with their numbers outside quotes, at their places in
    `text` (a quoted phrase is blanked to its length)."""
    outside = _QUOTED_RE.sub(lambda m: " " * len(m.group(0)), text)
    return [m for m in _NUMBERED_WORD_RE.finditer(outside) if set(analyze_terms(m.group(1))) & _part_terms()]


def part_references(text: str) -> list[str]:
    """The parts of an act a query names with their numbers outside quotes (`статья 5 Закона`: статья 5)."""
    return [f"{m.group(1)} {m.group(2)}" for m in _part_reference_matches(text)]


def without_part_numbers(text: str) -> str:
    """`text` without the numbers of the act's parts it names (`статья 5`, `пункт 3 статьи 5`): a part's
    number is not an act's, and taken for one, an act signed «№ 5» outranked the text holding «Статья 5»."""
    for m in reversed(_part_reference_matches(text)):
        text = text[:m.start(2)] + " " * len(m.group(2)) + text[m.end(2):]
    return text


@functools.lru_cache(maxsize=1)
def _part_terms() -> frozenset[str]:
    return frozenset(analyze_terms(" ".join(ABBREVIATED_PARTS.values())))


def holding_side_by_side(postings, reference: str, among: np.ndarray) -> np.ndarray:
    """Per record of `among`, 1 when its text holds `reference`'s words in a row, in any form
    («статьей 5», «ст. 5» for `статья 5`): the morphology field's phrase."""
    held = np.zeros(postings.size, dtype=np.int32)
    held[np.unique(record_of(phrase_starts(postings, "content", query_terms(reference), among)))] = 1
    return held


def _kind_and_subject(text: str) -> tuple[set[str], set[str]]:
    """The index terms of the act kinds a query names outside quotes (`закон` in `закон о статусе
    Ассамблеи`) and of its other words, the act's subject; none without both."""
    kinds, subject = set(), set()
    for word in _WORD_RE.findall(_QUOTED_RE.sub(" ", text)):
        terms = set(analyze_terms(word))
        named = terms & _kind_terms()
        kinds |= named
        if not named:
            subject |= terms
    return (kinds, subject) if kinds and subject else (set(), set())


@functools.lru_cache(maxsize=1)
def _kind_terms() -> frozenset[str]:
    return frozenset(analyze_terms(" ".join(ACT_KINDS)))


def _is_act_of(title: str, kinds: set[str]) -> bool:
    """Whether `title` is an act of one of `kinds` (their index terms): it opens with the kind and
    then its issuer, a «name» or a number («Закон Республики Казахстан «Об Ассамблее…»», «Указ
    Президента…»), not a news item's sentence that starts with the word («Закон о языках принят»)."""
    words = _WORD_RE.findall(title)
    if words[:1] and words[0].casefold() == "конституционный":
        words = words[1:]
    if not words or not set(analyze_terms(words[0])) & kinds:
        return False
    rest = title[title.casefold().index(words[0].casefold()) + len(words[0]):].lstrip()
    opens_act = not rest or rest[0] in "«\"№" or (len(words) > 1 and words[1].casefold() in ISSUERS)
    return opens_act and not _is_sentence(rest)


def _is_sentence(text: str) -> bool:
    """Whether `text` (a title after its kind) goes on into a sentence: a predicate outside the act's
    «name» («Закон Республики Казахстан о языках обсудили эксперты», «Закон «О языках…» обсудили в
    Костанае» are news about the act, not the act). Only its first sentence: «… № 12. Зарегистрирован
    в Министерстве юстиции…» is an act's registration note."""
    text = re.split(r"\.\s", text, maxsplit=1)[0]
    while True:
        unquoted = _QUOTED_NAME_RE.sub(" ", text)
        if unquoted == text:
            break
        text = unquoted
    return any(parses(word.lower())[0].tag.POS in PREDICATES for word in _WORD_RE.findall(text)
               if parses(word.lower()))


def kind_tiers(searcher, postings, text: str, among: np.ndarray, scores: np.ndarray) -> np.ndarray | None:
    """Per record of `among`, 1 for an act of the kind the query names whose title holds a word of
    its subject (`закон о статусе Ассамблеи`: «Закон Республики Казахстан «Об Ассамблее народа
    Казахстана»»), of the MAX_TITLE_CHECKS best `scores`; None when the query names no kind and subject."""
    kinds, subject = _kind_and_subject(text)
    if not kinds:
        return None
    held, kind = _title_holding_any(postings, subject), _title_holding_any(postings, kinds)
    tiers = np.zeros(postings.size, dtype=np.int32)
    for record in np.flatnonzero(_best(among & held & kind, scores)).tolist():
        tiers[record] = _is_act_of(searcher.stored_fields(record).get("title", ""), kinds)
    return tiers if tiers.any() else None


def unquoted_name(text: str) -> tuple[str | None, bool]:
    """An act's name a query of plain words types without quotes, from the «О»/«Об» it opens with
    to the end, and whether it opens the query (`Об Ассамблее народа Казахстана`: the name as a
    title writes it) or follows the act's kind and issuer (`закон РК о языках`: the kind names the
    act, the words its subject); (None, False) when there is none."""
    words = plain_words(text)
    if not words or len(words) < MIN_TITLE_PHRASE_WORDS:
        return None, False
    low = [word.casefold() for word in words]
    if low[0] in NAME_OPENINGS:
        return " ".join(words), True
    if not set(analyze_terms(words[0])) & _kind_terms():
        return None, False
    at = 1
    while at < len(low) and (low[at] in ISSUERS or low[at] == "казахстан"):
        at += 1
    if at < len(low) - 1 and low[at] in NAME_OPENINGS:
        return " ".join(words[at:]), False
    return None, False


def act_tiers(searcher, postings, text: str, typed: str, among: np.ndarray, scores: np.ndarray) -> np.ndarray | None:
    """Per record of `among`, how many of the query's marks of the act asked for it bears (a quoted
    phrase or an unquoted name its title holds, a number it is signed with, its kind and a word of
    its subject in its title) first, then how many of its quoted phrases and unquoted name it cites
    word for word and of its act's parts it holds beside their numbers; None when the query has none."""
    phrases = [(m.group(1), True) for m in _QUOTED_RE.finditer(text)]  # each with whether titles are read for it
    name, opens = unquoted_name(text)
    if name is not None:  # typed as a title writes it; after a kind, the kind's own tier finds the act
        phrases.append((name, opens))
    numbers = query_act_numbers(without_part_numbers(text), typed) if ACT_NUMBERS in searcher.schema else []
    kinds = kind_tiers(searcher, postings, text, among, scores)
    references = part_references(text)
    if not phrases and not numbers and kinds is None and not references:
        return None
    tiers = np.zeros(postings.size, dtype=np.int32) if kinds is None else kinds
    cited = np.zeros(postings.size, dtype=np.int32)
    for phrase, in_titles in phrases:
        if in_titles:
            tiers += titles_holding(searcher, postings, phrase, among, scores)
        cited += cited_word_for_word(postings, phrase, among)
    for reference in references:
        cited += holding_side_by_side(postings, reference, among)
    signed = np.zeros(postings.size, dtype=bool)
    for key in numbers:
        signed[postings.postings(ACT_NUMBERS, key)[0]] = True
    tiers += signed & among
    tiers = tiers * (len(phrases) + len(references) + 1) + cited  # a citation ranks within its act tier, never above one
    return tiers if tiers.any() else None
