"""Aliases matched in a document's text: titles and variants that name one person
(Елбасы -> Н.А. Назарбаев). The file and its format: index.aliases.

A variant matches in any grammatical case: each of its words is compared by the set of its
pymorphy3 lemmas (Russian) or by its stem before a Kazakh case ending.
"""
from __future__ import annotations

import functools
import os
import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache

from index.aliases import (ENV_VAR, WORD as _WORD, AliasLine, alias_lines, facet_spelling, merged_alias_lines,
                           parse_alias_lines)
from index.config import cached_by_file
from index.post_words import KAZAKH_POST_HEADS, russian_title

from ._text import KAZAKH_LETTERS, Token, fold, parses
from .acting_posts import not_held
from .mention_dates import attribution_days, carried_days, clause_days

# Kazakh case and possessive endings (longest first) that may follow a name or title
KK_SUFFIXES = sorted(
    """тың тің дың дің ның нің қа ке ға ге на не а е ты ті ды ді ны ні н та те да де нда нде
    тан тен дан ден нан нен мен бен пен ның ына іне сына сіне сының сінің сы сі ы і""".split(),
    key=len, reverse=True,
)


@dataclass(frozen=True)
class Alias:
    canonical: str
    variant: str
    keys: tuple[frozenset[str], ...]  # per word: the lemmas that match it
    start: date | None = None
    end: date | None = None

    @property
    def lower_case(self) -> bool:
        """The file writes the variant in lower case («аким Костанайской области»): Russian writes
        such posts so in running text, and the text is searched for it so too."""
        return self.variant[:1].islower()

    def valid_on(self, d: date | None) -> bool:
        if self.start is None and self.end is None:
            return True
        if d is None:
            return False
        return (self.start is None or d >= self.start) and (self.end is None or d <= self.end)


@dataclass
class Aliases:
    entries: list[Alias] = field(default_factory=list)

    def by_first_key(self) -> dict[str, list[Alias]]:
        idx: dict[str, list[Alias]] = {}
        for a in self.entries:
            for k in a.keys[0]:
                idx.setdefault(k, []).append(a)
        return idx

    @functools.cached_property
    def lower_case_keys(self) -> frozenset[str]:
        """The first words' keys of the variants written in lower case (Alias.lower_case)."""
        return frozenset(k for a in self.entries if a.lower_case for k in a.keys[0])

    def canonicals(self) -> set[str]:
        return {a.canonical for a in self.entries}

    @functools.cached_property
    def persons_by_surname(self) -> dict[str, list[str]]:
        """The file's persons by their surname (folded): назарбаев -> [Н.А. Назарбаев]."""
        found: dict[str, list[str]] = {}
        for canon in sorted(self.canonicals()):
            found.setdefault(fold(canon.rsplit(" ", 1)[-1]), []).append(canon)
        return found

    @functools.cached_property
    def variant_words(self) -> dict[str, frozenset[str]]:
        """Each person's variant words, as lemma keys: Н.А. Назарбаев -> {президент, елбасы, глава, …},
        the titles that name that person and no namesake."""
        found: dict[str, set[str]] = {}
        for a in self.entries:
            found.setdefault(a.canonical, set()).update(k for keys in a.keys for k in keys)
        return {canon: frozenset(keys) for canon, keys in found.items()}

    def lookup(self, phrase: str, on: date | None = None) -> str | None:
        """The canonical person for a whole phrase (e.g. a full name), or None."""
        keys = [word_keys(w) for w in _WORD.findall(phrase)]  # once, not once per entry
        if not keys:
            return None  # every entry has a word
        for a in self.entries:
            # the first word rules out nearly every entry: compared before anything else
            if len(a.keys) == len(keys) and not keys[0].isdisjoint(a.keys[0]) and a.valid_on(on) and all(
                not mine.isdisjoint(theirs) for mine, theirs in zip(keys, a.keys)
            ):
                return a.canonical
        return None


# Kazakh letters as Russian spells them in names: Қ.Тоқаев is К.К. Токаев
KAZAKH_AS_RUSSIAN = str.maketrans("әғқңөұүһіӘҒҚҢӨҰҮҺІ", "агкноуухиАГКНОУУХИ")


def russian_spelling(canonical: str, known: set[str]) -> str | None:
    """The known canonical (from the aliases file) that a name written with Kazakh letters is:
    the same surname once its letters are read as Russian, its initials the first of the known
    one's ("Қ. Тоқаев" -> "К.К. Токаев"). None for another name: only a person the archive
    lists is merged, never two unknown people."""
    if not KAZAKH_LETTERS & set(canonical):
        return None
    initials, _, surname = canonical.translate(KAZAKH_AS_RUSSIAN).rpartition(" ")
    if not initials:
        return None  # a surname alone may be a namesake
    for name in sorted(known):
        their_initials, _, their_surname = name.rpartition(" ")
        if their_surname == surname and their_initials.startswith(initials):
            return name
    return None


@lru_cache(maxsize=50_000)
def word_keys(word: str) -> frozenset[str]:
    """Lemma keys of one word: its folded form, pymorphy3 lemmas, Kazakh stem forms."""
    w = fold(word)
    keys = {w}
    if "-" in w:
        parts = w.split("-")
        keys.add("-".join(sorted(word_keys(p), key=len)[0] for p in parts))
        return frozenset(keys)
    if KAZAKH_LETTERS & set(w) or not re.fullmatch(r"[а-я]+", w):
        for suf in KK_SUFFIXES:
            if w.endswith(suf) and len(w) - len(suf) >= 3:
                keys.add(w[: -len(suf)])
        return frozenset(keys)
    for p in parses(w)[:6]:
        keys.add(fold(p.normal_form))
    return frozenset(keys)


def _keyed(lines: list[AliasLine]) -> list[Alias]:
    # a name with initials is matched as the facets spell it: the mention «Ибраева Г.С.» is
    # looked up as «Г.С. Ибраева», and so is the variant copied from it
    return [Alias(a.canonical, a.variant, tuple(word_keys(w) for w in _WORD.findall(facet_spelling(a.variant) or a.variant)),
                  a.start, a.end) for a in lines]


def parse_aliases(text: str, source: str = "aliases") -> list[Alias]:
    return _keyed(parse_alias_lines(text, source))


def load_aliases(path: str | os.PathLike | None = None) -> Aliases:
    """The shipped aliases merged with the archive's file (`path`, else $ASSEMBLY_SEARCH_ALIASES)."""
    return Aliases(_keyed(alias_lines(path)))


def aliases_of_text(text: str | None, source: str) -> Aliases:
    """The shipped aliases merged with an archive's aliases file's `text` (None: no such file)."""
    return Aliases(_keyed(merged_alias_lines(parse_alias_lines(text, source) if text else [])))


# load_aliases() cached per process (re-read when the archive's file changes)
_aliases_from_environment: Callable[[], Aliases] = cached_by_file(ENV_VAR, load_aliases)
# the aliases an ingest batch read once before it started (aliases_in_force); its parser
# processes, forked after, use them without reading the file again
_in_force: list[Aliases] = []


def default_aliases() -> Aliases:
    return _in_force[-1] if _in_force else _aliases_from_environment()


@contextmanager
def aliases_in_force(aliases: Aliases) -> Iterator[None]:
    """`aliases` are the default aliases inside the block (and in processes forked inside it)."""
    _in_force.append(aliases)
    try:
        yield
    finally:
        _in_force.pop()


def match_aliases(tokens: list[Token], aliases: Aliases, on: date | None, caps: list[int],
                  text: str | None = None) -> list[tuple[int, int, Alias]]:
    """(first token, last token + 1, alias) of the longest alias matches in the token list;
    `caps` is capitalized(tokens): a title or variant starts with a capital, or in lower case when
    the file writes it so. A dated title is read by the date its mention carries in `text` (the
    tokens' text), when it has one, else by `on`. A title that is the complement of another post
    («заместитель Председателя Ассамблеи», «Ассамблея Төрағасының орынбасары», «пресс-секретарь акима
    области») is not its holder, nor is a dated one held no longer or for another («бывший аким», «и.о. акима»)."""
    idx = aliases.by_first_key()
    found: list[tuple[int, int, Alias]] = []
    n = len(tokens)
    carried: dict[tuple[int, int], tuple[date, date] | None] = {}  # per title's tokens: the days it carries

    def valid(a: Alias, i: int, j: int) -> bool:
        if a.start is None and a.end is None:
            return True
        if text is not None:
            if (i, j) not in carried:
                # a date right after the title, else one its clause opens with («В 2015 году … Президент заявил»),
                # else one a quote's attribution gives after it («…», — сказал Президент … 24 марта 1995 года.)
                start, end = tokens[i].start, tokens[j - 1].end
                carried[i, j] = carried_days(text, end) or clause_days(text, start, on) or \
                    attribution_days(text, start, end, on)
            days = carried[i, j]
            if days is not None:  # «Указом Президента РК от 7 сентября 2016 года»: the holder of that day
                return a.valid_on(days[0]) and a.valid_on(days[1])
        return a.valid_on(on)

    nxt = 0  # the first token after the last match
    for i in _starts(tokens, aliases, caps):
        if i < nxt:
            continue
        keys = word_keys(tokens[i].text)
        if idx.keys().isdisjoint(keys):
            continue
        best = None
        capital = tokens[i].is_cap
        cands = {id(a): a for k in keys for a in idx.get(k, ()) if capital or a.lower_case}
        for a in cands.values():
            j, ok = i, True
            for k in a.keys:
                if j >= n or not tokens[j].is_word or not (word_keys(tokens[j].text) & k):
                    ok = False
                    break
                j += 1
            if ok and (best is None or j > best[1]) and valid(a, i, j):
                best = (i, j, a)
        if best and not _complement_of_a_post(tokens, best[0], best[1]) and not _former_or_acting(tokens, *best) \
                and not _another_body(tokens, *best):
            found.append(best)
            nxt = best[1]
    return found


def _starts(tokens: list[Token], aliases: Aliases, caps: list[int]) -> list[int]:
    """Where a variant may start: the capitalized words, and the words a lower-case variant starts with."""
    lower = aliases.lower_case_keys
    if not lower:
        return caps
    more = [k for k, t in enumerate(tokens) if t.is_word and not t.is_cap and not lower.isdisjoint(word_keys(t.text))]
    return sorted(caps + more) if more else caps


_KK_GENITIVE = ("ның", "нің", "тың", "тің", "дың", "дің")


def _complement_of_a_post(tokens: list[Token], first: int, last: int) -> bool:
    """The title at tokens first..last is the genitive complement of a post whose holder is someone
    else: «заместитель Председателя Ассамблеи», «советник Президента», or in Kazakh «Ассамблея
    Төрағасының орынбасары», «Мемлекет басшысының баспасөз хатшысы»."""
    before = tokens[first - 1] if first > 0 else None
    if before is not None and before.is_word and before.end + 1 >= tokens[first].start and \
            _post_word(before.text) and _genitive_only(tokens[first].text):
        return True
    if not fold(tokens[last - 1].text).endswith(_KK_GENITIVE):
        return False
    for t in tokens[last:last + 2]:  # the post's head, a word or two on (баспасөз хатшысы)
        if not t.is_word:
            return False
        if fold(t.text) in KAZAKH_POST_HEADS:
            return True
    return False


# words that go on naming the body a dated title's last word names: «Председатель Ассамблеи области»,
# «… Ассамблеи народов Евразии», «… Ассамблеи Костанайской области» head another assembly
_BODY_GOES_ON = frozenset({"области", "города", "района", "округа", "региона", "народов", "молодежи", "молодёжи",
                           "евразии", "мира", "при"})
_REGION_ADJECTIVE = re.compile(r"(?:ской|цкой|ной|кой|ского|ного)$")


def _another_body(tokens: list[Token], first: int, last: int, alias: Alias) -> bool:
    """A dated title whose body's name goes on after it names another body's holder: «Председатель
    Ассамблеи области Марат Ахметов» is a regional assembly's chairman, not the Assembly's."""
    if (alias.start is None and alias.end is None) or last >= len(tokens):
        return False
    nxt = tokens[last]
    if not nxt.is_word or nxt.start > tokens[last - 1].end + 1:
        return False
    word = fold(nxt.text).lower()
    return word in _BODY_GOES_ON or (nxt.is_cap and bool(_REGION_ADJECTIVE.search(word)) and
                                     last + 1 < len(tokens) and fold(tokens[last + 1].text).lower() in _BODY_GOES_ON)


def _former_or_acting(tokens: list[Token], first: int, last: int, alias: Alias) -> bool:
    """A dated title («аким Костанайской области» from a date on) after «бывший» or «и.о.»: someone
    else than the holder of the day."""
    return (alias.start is not None or alias.end is not None) and not_held(tokens, first)


def _post_word(word: str) -> bool:
    """A title that may govern another's (russian_title), also as the last part of a compound:
    «пресс-секретарь» is a «секретарь»."""
    return russian_title(word) is not None or ("-" in word and russian_title(word.rsplit("-", 1)[1]) is not None)


# a proper name's readings: «акима» is also the woman's name Акима, which a lower-case word is not
_NAME_TAGS = frozenset(("Name", "Surn", "Patr"))


@lru_cache(maxsize=20_000)
def _genitive_only(word: str) -> bool:
    """A Russian word that is genitive here, never a nominative singular: «Председателя», «Главы»,
    «акима» (in lower case no name's nominative)."""
    found = [p for p in parses(word) if p.tag.POS == "NOUN"]
    if word[:1].islower():
        nominative = [p for p in found if not _NAME_TAGS & p.tag.grammemes]
    else:
        nominative = found
    return any(p.tag.case == "gent" for p in found) and not any(
        p.tag.case == "nomn" and p.tag.number == "sing" for p in nominative)
