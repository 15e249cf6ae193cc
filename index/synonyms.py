"""Other names of one thing: a word of a query also finds them (`Алма-Ата` finds «Алматы»,
`Чимкент` «Шымкент», `межнациональное` «межэтническое»).

Places of Kazakhstan were renamed (Алма-Ата, Целиноград, Акмола, Нур-Султан), have Kazakh names
(Өскемен, Орал) and common misspellings (Алмата, Шимкент); staff type the name they know and
found nothing. The shipped table is ``index/data/synonyms.txt``; an archive may use its own
instead ($ASSEMBLY_SEARCH_SYNONYMS). Read by search, at query time: no re-index. Format::

    Алматы = Алма-Ата              each name finds the others, in any case form
    Алмата -> Алматы               typed with a capital, the name on the left finds the one on the
                                   right and its line's; it is never searched for them: it is also
                                   another word or a person's name (Алмата: Алмат's genitive)
    Абай ~ Абайская                the names find each other only in a query that also has a word
                                   for a region (область, облысы, регион, region...): the poet Абай
                                   is no search for the region's reports

Each name is one word (a hyphen may join its parts). A typed word is a name when it shares an
index term with it (Чимкента, Шымкентте, в Алма-Ате): the whole of a hyphenated one (`Алма` alone
is no Алма-Ата).
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

from index.analysis import analyze_terms, query_terms
from index.config import LiveSetting, data_lines, no_entries_warning
from index.place_kinds import is_region_word
from index.quoted_phrases import sub_outside_quotes
from index.tokenize import LETTER_WORD, OPERATOR_WORDS


SYNONYMS_ENV = "ASSEMBLY_SEARCH_SYNONYMS"
_NAME_RE = re.compile(LETTER_WORD)
# a word of a query that may be a name: not glued to a sign, a star, a field's colon or a «?»
# (a «?» after a word is a question's mark, not a wildcard, unless a letter follows it: `алмата?`)
QUERY_WORD_RE = re.compile(rf"(?<![\w\-+*?~:'’]){LETTER_WORD}(?![\w\-*~:'’]|\?+[^\s?])")


class SynonymError(ValueError):
    """A line of a synonyms file that cannot be read (the message names file and line)."""


@functools.lru_cache(maxsize=4096)
def name_keys(word: str) -> frozenset[str]:
    """The index terms by which a typed word is a name: every term of a word, the compound's
    own of a hyphenated one (`алма-ата`, never `алма`)."""
    terms = set(analyze_terms(word))
    if "-" in word:
        terms = {t for t in terms if "-" in t}
    return frozenset(terms | {word.casefold().replace("ё", "е")})


@functools.lru_cache(maxsize=4096)
def searched_terms(word: str) -> tuple[str, ...]:
    """The terms a query for the word searches (a hyphenated one's parts as a phrase)."""
    return tuple(query_terms(word))


@dataclass
class Synonyms:
    groups: list[tuple[str, ...]] = field(default_factory=list)  # names that find each other
    leads: list[tuple[str, int]] = field(default_factory=list)  # (a name typed only, its group)
    regional: list[tuple[str, ...]] = field(default_factory=list)  # names that find each other beside a region word

    def others(self, typed: str, regional: bool = False) -> list[str]:
        """The names a typed word also finds, in the table's order; none when it names nothing.
        `regional`: the query has a word for a region, so a `~` line's names are searched too."""
        keys = name_keys(typed)
        found: list[int] = [i for i, names in enumerate(self.groups) if any(keys & name_keys(n) for n in names)]
        if typed[:1].isupper():
            found += [group for name, group in self.leads if keys & name_keys(name)]
        names = [n for i in dict.fromkeys(found) for n in self.groups[i]]
        if regional:
            names += [n for line in self.regional if any(keys & name_keys(n) for n in line) for n in line]
        # left out: only a name the typed word's own query already searches (Чимкента: Чимкент);
        # sharing some index term is not enough, since a query searches one (Шымкентте's own term
        # never found «Шымкент»)
        return [n for n in dict.fromkeys(names) if searched_terms(n) != searched_terms(typed)]

    def names_only_capitalised(self, typed: str) -> bool:
        """Whether the word, typed with a capital, names what a `->` line leads to (`алмата`: Алмата)."""
        keys = name_keys(typed)
        return any(keys & name_keys(name) for name, _ in self.leads)


    def hyphenated_name(self, typed: str) -> str | None:
        """A hyphenated name of the table typed without its hyphen, in the typed case form, cased
        as typed where that is all lowercase or all capitals, else with the name's capitals
        (`алмаата`: «алма-ата», `Алмаате`: «Алма-Ате»), or None."""
        low = typed.casefold().replace("ё", "е")
        for name in dict.fromkeys(n for names in self.groups for n in names if "-" in n):
            heads = name.split("-")[:-1]
            head = "".join(heads).casefold().replace("ё", "е")
            if len(low) <= len(head) or not low.startswith(head):
                continue
            pieces, at = [], 0
            for part in heads:  # the typed letters, cut where the name has its hyphens
                pieces.append(typed[at:at + len(part)])
                at += len(part)
            pieces.append(typed[at:])
            if not (typed.islower() or typed.isupper()):
                pieces = [piece[:1].upper() + piece[1:] for piece in pieces]
            written = "-".join(pieces)
            if name_keys(written) & name_keys(name):
                return written
        return None


def _names(text: str, source: str, lineno: int) -> list[str]:
    names = [" ".join(n.split()) for n in text.split("|")]
    if not names or not all(_NAME_RE.fullmatch(n) for n in names):
        raise SynonymError(f"{source}, line {lineno}: each name is one word (a hyphen may join its parts), "
                           f"names separated by |.")
    return names


def parse_synonyms(text: str, source: str) -> Synonyms:
    """The table of a synonyms file: `name = name | name`, `name -> name` and `name ~ name` lines."""
    table = Synonyms()
    leads: list[tuple[str, str, int]] = []
    for lineno, line in data_lines(text):
        lead, arrow, target = line.partition("->")
        if arrow:
            leads += [(name, _names(target, source, lineno)[0], lineno) for name in _names(lead, source, lineno)]
            continue
        first, tilde, rest = line.partition("~")
        if tilde:
            table.regional.append(tuple(_names(first, source, lineno) + _names(rest, source, lineno)))
            continue
        first, sep, rest = line.partition("=")
        if not sep:
            raise SynonymError(f"{source}, line {lineno}: expected 'name = other name | other name', "
                               f"'name -> name' or 'name ~ name'.")
        table.groups.append(tuple(_names(first, source, lineno) + _names(rest, source, lineno)))
    for name, target, lineno in leads:
        group = next((i for i, names in enumerate(table.groups) if target in names), None)
        if group is None:
            table.groups.append((target,))
            group = len(table.groups) - 1
        table.leads.append((name, group))
    return table


def load_synonyms(path: str | None = None) -> Synonyms:
    """The table of `path` (the archive's file), or the shipped one."""
    if path:
        return parse_synonyms(Path(path).read_text(encoding="utf-8-sig"), path)
    return parse_synonyms(resources.files("index").joinpath("data", "synonyms.txt").read_text(encoding="utf-8"),
                          "default synonyms")


def _no_synonyms(table: Synonyms, path: str) -> str | None:
    """The warning for an archive's file with no names at all, which leaves search none of the shipped ones."""
    if table.groups or table.regional:
        return None
    return no_entries_warning(f"${SYNONYMS_ENV}", path, "other names",
                              "`Алма-Ата` no longer finds «Алматы», nor `Чимкент` «Шымкент»")


def check_synonyms() -> list[str]:
    """A SettingError naming $ASSEMBLY_SEARCH_SYNONYMS, the file and its line when the archive's
    file is missing or malformed: it replaces the shipped one. The warning for a file with no
    names at all (_no_synonyms)."""
    return synonyms.check(parse_synonyms, SynonymError)


# the table in force ($ASSEMBLY_SEARCH_SYNONYMS, else the shipped file); one broken while a
# server runs keeps the one last read, one emptied is warned about
synonyms: LiveSetting[Synonyms] = LiveSetting(SYNONYMS_ENV, load_synonyms, "synonyms", _no_synonyms)


def _as_query(name: str) -> str:
    """A name as the query searches it: a hyphenated one as a phrase (`Алма-Ата` unquoted is «алма»
    and «ата» anywhere)."""
    return f'"{name}"' if "-" in name else name


AFTER_NOT_RE = re.compile(r"(?:^|[\s(])(?:NOT|НЕ|ANDNOT)\s+$")


def names_a_region(text: str) -> bool:
    """Whether a query has a word for a region (index.place_kinds.REGION_WORDS, any case form)
    outside quotes and not after NOT: `Абай облысы`, `область Абай`, `Абайская область`."""
    found = False

    def note(m: re.Match) -> str:
        nonlocal found
        if not AFTER_NOT_RE.search(m.string, 0, m.start()) and is_region_word(m.group(0)):
            found = True
        return m.group(0)

    sub_outside_quotes(QUERY_WORD_RE, note, text)
    return found


def expand_synonyms(text: str, expanded: dict[str, str] | None = None) -> str:
    """Outside quotes, `Чимкент` becomes `(Чимкент OR Шымкент OR Шимкент)`; the names added are
    put in `expanded` under the typed word (the page says «Чимкент: ищем и «Шымкент, Шимкент»»).
    A `~` line's names only in a query naming a region (`Абай область`: also «Абайская»)."""
    table = synonyms()
    regional = bool(table.regional) and names_a_region(text)

    def expand(m: re.Match) -> str:
        word = m.group(0)
        # a word after NOT is left out as typed, as `-word` is: `Алматы NOT Алма-Ата` asks for the
        # documents without the old name, not for none (every name of the city excluded)
        if word in OPERATOR_WORDS or AFTER_NOT_RE.search(m.string, 0, m.start()):
            return word
        others = table.others(word, regional)
        if not others:
            return word
        if expanded is not None:
            expanded[word] = ", ".join(others)
        return "(" + " OR ".join(_as_query(n) for n in [word, *others]) + ")"

    return sub_outside_quotes(QUERY_WORD_RE, expand, text)


def capitalised_names(text: str) -> str | None:
    """`text` with each lowercase word a `->` line names only typed with a capital capitalised
    (`алмата` → «Алмата», which also finds «Алматы»), outside quotes and not after NOT; None when
    it has none. A pupil types without capitals, and the lowercase word (Алмат's genitive) finds nothing."""
    table = synonyms()

    def capitalised(m: re.Match) -> str:
        word = m.group(0)
        if (not word.islower() or word in OPERATOR_WORDS or AFTER_NOT_RE.search(m.string, 0, m.start())
                or not table.names_only_capitalised(word)):
            return word
        return word[:1].upper() + word[1:]

    text_capitalised = sub_outside_quotes(QUERY_WORD_RE, capitalised, text)
    return text_capitalised if text_capitalised != text else None


def hyphens_restored(text: str) -> str | None:
    """`text` with each word that is a hyphenated name of the table typed without its hyphen
    written with it (`алмаата`: «Алма-Ата», which finds «Алматы»), outside quotes and not after
    NOT; None when it has none. A pupil types «Алмаата» as one word, which names nothing."""
    table = synonyms()

    def hyphenated(m: re.Match) -> str:
        word = m.group(0)
        if "-" in word or word in OPERATOR_WORDS or AFTER_NOT_RE.search(m.string, 0, m.start()):
            return word
        return table.hyphenated_name(word) or word

    restored = sub_outside_quotes(QUERY_WORD_RE, hyphenated, text)
    return restored if restored != text else None
