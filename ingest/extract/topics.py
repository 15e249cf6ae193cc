"""Topics of a document from an editable, weighted vocabulary.

    find_topics(text, language=None, vocabulary=None) -> list[str]

Each topic of ``data/topics.txt`` (or $ASSEMBLY_SEARCH_TOPICS) is a name and weighted words or
phrases. Cues and text go through the search analyzer (`index.analysis.analyze_terms`), so any
word form matches (волонтеров, волонтерами = волонтер); `стем*` matches by prefix (Kazakh). An
abbreviation of the search's list written in capitals is read as its full name (ЭКО is
«этнокультурное объединение»: index.query.spelt_out).
A topic's score is its weighted hit count per 100 terms of the document (longest cue first: a
phrase's words do not count again on their own; a weight-0 phrase marks another meaning of its
words, «образование Ассамблеи» is no education), the title's words counting twice (a title
names what the document is about); a document gets the 1-3 best topics whose score passes a
threshold and is not far below the best one. A passing mention is no topic, however short the
text: one typical or decisive word, hints aside, in one phrase and not in the title (an exhibition
note's «много молодежи и школьников» is no youth policy); nor are hints alone, however many, where
the topic has more telling cues (курс, meant for Kazakh курстар, in «новый политический курс»).
"""
from __future__ import annotations

import os
import re
from bisect import bisect_left
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import cached_property
from importlib import resources
from pathlib import Path
from typing import NamedTuple

from index.analysis import analyze_terms
from index.config import cached_by_file, checked_setting_file, data_lines, setting_path
from index.query import spelt_out
from index.tokenize import composed

from ._text import fold
from .kazakh_latin_text import alphabet_of, cyrillic_reading, mostly_latin
from .list_posts import without_posts

ENV_VAR = "ASSEMBLY_SEARCH_TOPICS"
MIN_SCORE = 2.5  # weighted hits per 100 terms
RELATIVE = 0.3  # a further topic needs at least this share of the best topic's score
MAX_TOPICS = 3
MIN_HITS = 4  # weighted hits: one typical word twice, or a decisive one and a hint
# terms from a topic's first cue word in the text to its last below which they are one phrase
# (about a clause: «много молодежи и школьников»)
ONE_PHRASE = 10
HINT = 1.0  # the weight of a hint (школьник, дружба), which tells a topic only beside others
DECISIVE = 3.0  # the weight of a decisive cue (межконфессиональный, религия)


class TopicsError(ValueError):
    """An unreadable line of a topics file (the message names file and line)."""


@dataclass
class Cue:
    terms: tuple[str, ...]
    weight: float
    prefix: bool = False


@dataclass
class Topic:
    name: str
    cues: list[Cue] = field(default_factory=list)

    @cached_property
    def longest_first(self) -> list[Cue]:
        """The cues, longest first (stable), as scoring takes them; worked out once per topic."""
        return sorted(self.cues, key=lambda c: -len(c.terms))

    @cached_property
    def has_telling_cues(self) -> bool:
        """Whether any cue is more than a hint (a topic file may give one only hints)."""
        return any(cue.weight > HINT for cue in self.cues)

    @cached_property
    def cues_by_first(self) -> dict[str, list[int]]:
        """Where in longest_first the cues that are not prefixes stand, by their first word."""
        where: dict[str, list[int]] = {}
        for i, cue in enumerate(self.longest_first):
            if not cue.prefix:
                where.setdefault(cue.terms[0], []).append(i)
        return where

    @cached_property
    def prefix_cues(self) -> list[int]:
        """Where in longest_first the prefix cues stand."""
        return [i for i, cue in enumerate(self.longest_first) if cue.prefix]


def parse_topics(text: str, source: str = "topics") -> list[Topic]:
    topics: list[Topic] = []
    header = 0  # the line of the last [Topic]
    headers: dict[str, int] = {}  # each topic's [name] line
    for lineno, line in data_lines(text):
        if line.startswith("["):
            if not line.endswith("]") or len(line) < 3:
                raise TopicsError(f"{source}, line {lineno}: a topic name goes in [square brackets].")
            _check_has_cues(topics, source, header)
            name = composed(line[1:-1].strip())  # NFC, as every filter value is read (a Mac saves е + U+0308)
            if not name:
                raise TopicsError(f"{source}, line {lineno}: a topic needs a name between its brackets ('[экология]').")
            if "," in name:  # the index keeps a document's topics comma-separated: it became two topics
                raise TopicsError(f"{source}, line {lineno}: a topic name holds no comma ('[{name}]'): the index "
                                  "separates a document's topics with commas; write «и» or a dash instead, or make "
                                  "two topics.")
            if name in headers:  # the second would silently replace the first's score
                raise TopicsError(f"{source}, line {lineno}: [{name}] is already on line {headers[name]}; "
                                  "add its words there.")
            headers[name] = lineno
            topics.append(Topic(name))
            header = lineno
            continue
        if not topics:
            raise TopicsError(f"{source}, line {lineno}: a cue before the first [Topic].")
        weight, phrase = _weight_and_phrase(line, source, lineno)
        prefix = phrase.endswith("*")
        phrase = phrase.rstrip("*").strip()
        terms = tuple(analyze_terms(spelt_out(phrase))) if not prefix else tuple(fold(phrase).split())
        if not terms:  # a cue of stop words alone (`2 в`) matches nothing: said, not dropped unseen
            raise TopicsError(f"{source}, line {lineno}: '{line}' has no word a text is searched by (stop words "
                              "such as «в», «и» are not), so it could never match; give words that tell the topic.")
        topics[-1].cues.append(Cue(terms, weight, prefix))
    _check_has_cues(topics, source, header)
    return topics


_NUMBER = r"\d+(?:[.,]\d+)?"


def _weight_and_phrase(line: str, source: str, lineno: int) -> tuple[float, str]:
    """A cue line's weight (before the words; 1 when none) and its words. A number after the
    words with none before them is a weight in the wrong place (`экология 3`), which would make a
    phrase no text has: said, not taken silently."""
    m = re.match(rf"^(-?{_NUMBER})\s+(.+)$", line)
    if m:
        weight = float(m.group(1).replace(",", "."))
        if not 0 <= weight <= DECISIVE:  # `300 экология`, `-3 экологический`; `2020 год` wants a weight before it
            hint = f"; a phrase starting with a number takes a weight before it ('1 {line}')" if weight > 0 else ""
            raise TopicsError(f"{source}, line {lineno}: a weight is 0 to 3 ('3 {m.group(2)}'), not {m.group(1)}{hint}.")
        return weight, m.group(2)
    m = re.match(rf"^(-?{_NUMBER})\s*[:=)]\s*(.+)$", line)
    if m:  # `3: экология` would be the phrase «3 экология», which no text has
        raise TopicsError(f"{source}, line {lineno}: expected the weight and the words separated by a space "
                          f"('{m.group(1)} {m.group(2)}').")
    words, _, last = line.rpartition(" ")
    if words and re.fullmatch(_NUMBER, last):
        raise TopicsError(f"{source}, line {lineno}: expected the weight before the words ('{last} {words.strip()}'); "
                          f"a phrase ending in a number takes a weight before it ('1 {line}').")
    return 1.0, line


def _check_has_cues(topics: list[Topic], source: str, header: int) -> None:
    """The topic read last (its [name] on line `header`) has words: one without any could never be found."""
    if topics and not topics[-1].cues:
        raise TopicsError(f"{source}, line {header}: expected the words of [{topics[-1].name}] on the lines "
                          "after it (one word or phrase a line).")


def load_topics(path: str | os.PathLike | None = None) -> list[Topic]:
    """The archive's topics file (`path`, else $ASSEMBLY_SEARCH_TOPICS), else the shipped one."""
    path = path or setting_path(ENV_VAR)
    if path:
        return parse_topics(Path(path).read_text(encoding="utf-8-sig"), str(path))
    text = resources.files("ingest.extract").joinpath("data", "topics.txt").read_text(encoding="utf-8")
    return parse_topics(text, "default topics")


def checked_topics() -> list[Topic]:
    """The topics in force, read and parsed once: a SettingError naming $ASSEMBLY_SEARCH_TOPICS,
    the file and its line when the archive's file is missing or malformed."""
    path = setting_path(ENV_VAR)
    if not path:
        return load_topics()
    return checked_topics_file(f"${ENV_VAR}", path)[1]


def checked_topics_file(label: str, path: str | os.PathLike) -> tuple[str, list[Topic]]:
    """An archive's topics file read and parsed once: its text and its topics; a SettingError
    naming `label` (the variable, or the copy an index keeps), the file and its line."""
    return checked_setting_file(label, path, parse_topics, TopicsError)


# load_topics() cached per process (re-read when the archive's file changes)
_topics_from_environment: Callable[[], list[Topic]] = cached_by_file(ENV_VAR, load_topics)
# the topics an ingest batch read once before it started (topics_in_force); its parser
# processes, forked after, use them without reading the file again
_in_force: list[list[Topic]] = []


def default_topics() -> list[Topic]:
    return _in_force[-1] if _in_force else _topics_from_environment()


@contextmanager
def topics_in_force(topics: list[Topic]) -> Iterator[None]:
    """`topics` are the default topics inside the block (and in processes forked inside it)."""
    _in_force.append(topics)
    try:
        yield
    finally:
        _in_force.pop()


def _starts(cue: Cue, terms: list[str], positions: dict[str, list[int]], vocabulary: list[str]) -> list[int]:
    """Where the cue's words start in `terms`; `vocabulary` is the distinct terms, sorted."""
    n = len(cue.terms)
    if cue.prefix:
        head = cue.terms[0]
        first: list[int] = []
        for k in range(bisect_left(vocabulary, head), len(vocabulary)):  # the terms with the prefix
            if not vocabulary[k].startswith(head):
                break
            first.extend(positions[vocabulary[k]])
        first.sort()
        return [i for i in first if all(i + j < len(terms) and terms[i + j].startswith(cue.terms[j])
                                         for j in range(1, n))]
    starts = positions.get(cue.terms[0], [])
    return starts if n == 1 else [i for i in starts if tuple(terms[i:i + n]) == cue.terms]


class Hits(NamedTuple):
    weight: float  # weighted cue matches
    spread: int  # terms from the first matched word to the last; 0 for none or one
    telling: int  # matches of cues that are more than hints
    hint_kinds: int  # distinct hint cues matched (учитель, урок: two; курс four times: one)
    decisive: frozenset[tuple[str, ...]] = frozenset()  # the decisive cues (weight 3) matched

    def passing(self) -> bool:
        """One word of the topic, hints aside, in one phrase: a passing mention."""
        return self.telling < 2 and self.spread < ONE_PHRASE


def _weighted_hits(topic: Topic, terms: list[str], positions: dict[str, list[int]], vocabulary: list[str]) -> Hits:
    """Weighted cue matches, longest cue first: the words of a matched phrase do not count again
    on their own (Совет матерей is one cue, not also мать)."""
    covered: set[int] = set()
    counted: list[int] = []  # where the cues that count matched (a weight-0 cue's words are another meaning)
    hits = 0.0
    telling = 0
    hints: set[int] = set()
    decisive: set[tuple[str, ...]] = set()
    # most cues' first word is not in the text: only the others are read, in their order
    by_first = topic.cues_by_first
    present = by_first.keys() & positions.keys()
    at = sorted([i for word in present for i in by_first[word]] + topic.prefix_cues) if present else topic.prefix_cues
    cues = topic.longest_first
    for cue in map(cues.__getitem__, at):
        n = len(cue.terms)
        for i in _starts(cue, terms, positions, vocabulary):
            span = range(i, i + n)
            if any(j in covered for j in span):
                continue
            covered.update(span)
            if cue.weight:
                counted.extend(span)
            hits += cue.weight
            telling += cue.weight > HINT
            if 0 < cue.weight <= HINT:
                hints.add(id(cue))
            if cue.weight >= DECISIVE:
                decisive.add(cue.terms)
    return Hits(hits, max(counted) - min(counted) if counted else 0, telling, len(hints), frozenset(decisive))


def _positions(terms: list[str]) -> dict[str, list[int]]:
    positions: dict[str, list[int]] = {}
    for i, t in enumerate(terms):
        positions.setdefault(t, []).append(i)
    return positions


def topic_scores(text: str, vocabulary: list[Topic] | None = None, title: str = "") -> dict[str, float]:
    """Weighted hits per 100 terms, per topic; hits in `title` count once more."""
    return {name: score for name, (score, _) in _scores_and_cues(text, vocabulary, title).items()}


def _scores_and_cues(text: str, vocabulary: list[Topic] | None,
                     title: str) -> dict[str, tuple[float, frozenset[tuple[str, ...]]]]:
    """topic_scores, each with the decisive cues it matched."""
    vocabulary = vocabulary if vocabulary is not None else default_topics()
    # an abbreviation of the search's list (ЭКО, ЭКЦ) counts as the words it stands for; a list's
    # posts («… – учитель средней школы № 12;») tell who its people are, not the document's subject
    terms = analyze_terms(spelt_out(without_posts(text)))
    if not terms:
        return {}
    positions = _positions(terms)
    title_terms = analyze_terms(spelt_out(title)) if title else []
    title_positions = _positions(title_terms)
    text_vocabulary, title_vocabulary = sorted(positions), sorted(title_positions)
    out = {}
    for topic in vocabulary:
        in_text = _weighted_hits(topic, terms, positions, text_vocabulary)
        in_title = _weighted_hits(topic, title_terms, title_positions, title_vocabulary)
        hits = in_text.weight + in_title.weight
        # one hint alone tells no topic that has more telling cues, however often it recurs (a title's
        # «новый политический курс» quoted twice, «курса» once more, is no education); two kinds of
        # hints do (учителя и студенты провели уроки; мұғалімдер, сабақ, курс)
        told = (in_text.telling + in_title.telling or not topic.has_telling_cues
                or max(in_text.hint_kinds, in_title.hint_kinds) >= 2)
        if hits >= MIN_HITS and told and (in_title.weight or not in_text.passing()):
            out[topic.name] = 100.0 * hits / max(len(terms), 50), in_text.decisive | in_title.decisive
    return out


def find_topics(text: str, language: str | None = None, vocabulary: list[Topic] | None = None,
                title: str = "") -> list[str]:
    """1-3 topic names, best first; [] when no topic has enough evidence. Kazakh in Latin letters
    is read in Cyrillic ones, as the Kazakh cues are written."""
    if language == "kk" and mostly_latin(text):
        year = alphabet_of(text)
        text, title = cyrillic_reading(text, year), cyrillic_reading(title, year)
    scores = _scores_and_cues(text, vocabulary, title)
    if not scores:
        return []
    ranked = sorted(scores.items(), key=lambda kv: -kv[1][0])
    best, best_cues = ranked[0][1]
    if best < MIN_SCORE:
        return []
    # a topic that matched a decisive cue the best one shares (межконфессиональный: the interethnic and
    # interfaith accord, and religion) is a facet of the same subject, not a passing one: the best
    # topic's other words, however many, do not push it out
    return [name for name, (s, cues) in ranked[:MAX_TOPICS]
            if s >= MIN_SCORE and (s >= RELATIVE * best or cues & best_cues)]
