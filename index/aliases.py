"""The aliases file: titles and variants that name one person (Елбасы = Н.А. Назарбаев).

Ingest reads it to credit «Елбасы» in a document to Н.А. Назарбаев (ingest.extract.aliases);
search reads it so that `person:Елбасы` finds him. The shipped file is
``index/data/aliases.txt``; the archive's own file, given by the environment variable
``ASSEMBLY_SEARCH_ALIASES``, is read after it and wins for the variants it lists. Ingest keeps a
copy of the archive's file in the index folder, and search reads that copy (search_aliases_path). Format (one
person a line, ``#`` comments)::

    Н.А. Назарбаев = Елбасы | Первый Президент | Лидер нации
    К.К. Токаев [2019-03-20..] = Глава государства
"""
from __future__ import annotations

import functools
import os
import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from datetime import date
from importlib import resources
from pathlib import Path

from index.config import cached_by_path, checked_setting_file, data_lines, setting_path
from index.latin_names import latin_as_cyrillic
from index.morphology import kazakh_as_russian, word_terms
from index.name_match import NameIndex

ENV_VAR = "ASSEMBLY_SEARCH_ALIASES"
_LINE = re.compile(r"^(?P<canon>[^=\[]+?)\s*(?:\[(?P<range>[^\]]*)\])?\s*=\s*(?P<variants>.+)$")
WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")


class AliasError(ValueError):
    """A line of an aliases file that cannot be read (the message names file and line)."""


@dataclass(frozen=True)
class AliasLine:
    canonical: str
    variant: str
    start: date | None = None  # the variant names him only in documents dated inside the range
    end: date | None = None


def fold(s: str) -> str:
    return s.lower().replace("ё", "е")


def _parse_date(s: str, lineno: int, source: str) -> date | None:
    s = s.strip()
    if not s:
        return None
    try:
        return date.fromisoformat(s)
    except ValueError:
        raise AliasError(f"{source}, line {lineno}: '{s}' is not a date like 2019-03-20.") from None


def parse_alias_lines(text: str, source: str = "aliases") -> list[AliasLine]:
    """The lines of an aliases file; an AliasError naming the file and the line for one that
    cannot be read, or that could never do what it says (see _check_line)."""
    out: list[AliasLine] = []
    where: dict[str, tuple[int, AliasLine]] = {}  # a folded variant -> where it was first given
    for lineno, line in data_lines(text):
        m = _LINE.match(line)
        if not m:
            raise AliasError(f"{source}, line {lineno}: expected 'Canonical = variant | variant'.")
        canon = re.sub(r"\s+", " ", m.group("canon").strip())
        start = end = None
        if m.group("range") is not None:
            lo, _, hi = m.group("range").partition("..")
            start, end = _parse_date(lo, lineno, source), _parse_date(hi, lineno, source)
        at = f"{source}, line {lineno}"
        _check_line(canon, start, end, m.group("variants"), at)
        for v in m.group("variants").split("|"):
            v = re.sub(r"\s+", " ", v.strip())
            if not v:  # `a | | b`, a bar left at the end: nothing meant
                continue
            alias = AliasLine(canon, v, start, end)
            first = where.setdefault(fold(v), (lineno, alias))
            if first[1].canonical != canon and _overlap(first[1], alias):
                raise AliasError(f"{at}: '{v}' is already {first[1].canonical}'s on line {first[0]}; a variant names "
                                 "one person (at one time: date ranges that do not overlap).")
            out.append(alias)
    return out


def _check_line(canon: str, start: date | None, end: date | None, variants: str, at: str) -> None:
    """An AliasError for a line that would be taken yet never work: an empty date range, a
    canonical the facets do not show a person by (its person would be split in two), variants
    separated by commas (one variant no text has) or one without a letter."""
    if start and end and start > end:
        raise AliasError(f"{at}: the date range ends ({end}) before it starts ({start}), so the line never applies.")
    words = canon.split()
    if not _INITIAL.search(canon) and 2 <= len(words) <= 3 and all(WORD.fullmatch(w) and w[0].isupper() for w in words):
        facet = "".join(f"{w[0]}." for w in words[:-1]) + " " + words[-1]
        raise AliasError(f"{at}: write the canonical as the facets show the person ('{facet}', not '{canon}'), "
                         "or the person is split into two facet values.")
    if "=" in variants:
        raise AliasError(f"{at}: one '=' separates the canonical from its variants ('{canon} = "
                         f"{variants.replace('=', ' ').strip()}'); a variant has no '='.")
    if "," in variants:
        raise AliasError(f"{at}: variants are separated by '|', not commas ('{' | '.join(v.strip() for v in variants.split(','))}').")
    bare = next((v.strip() for v in variants.split("|") if v.strip() and not WORD.search(v)), None)
    if bare is not None:
        raise AliasError(f"{at}: the variant '{bare}' has no letters; a variant is a name or a title a text uses.")


def _overlap(a: AliasLine, b: AliasLine) -> bool:
    """Whether two lines' date ranges share a day (no range: every day)."""
    return (a.start or date.min) <= (b.end or date.max) and (b.start or date.min) <= (a.end or date.max)


def shipped_alias_lines() -> list[AliasLine]:
    shipped = resources.files("index").joinpath("data", "aliases.txt").read_text(encoding="utf-8")
    return parse_alias_lines(shipped, "default aliases")


def merged_alias_lines(custom: list[AliasLine]) -> list[AliasLine]:
    """The shipped aliases with the archive's lines over them: a variant the archive's file lists
    replaces every shipped line for that variant."""
    overridden = {fold(a.variant) for a in custom}
    return [a for a in shipped_alias_lines() if fold(a.variant) not in overridden] + custom


def alias_lines(path: str | os.PathLike | None = None) -> list[AliasLine]:
    """The shipped aliases merged with the archive's file (`path`, else $ASSEMBLY_SEARCH_ALIASES)."""
    path = path or setting_path(ENV_VAR)
    if not path:
        return shipped_alias_lines()
    return merged_alias_lines(parse_alias_lines(Path(path).read_text(encoding="utf-8-sig"), str(path)))


def checked_alias_text(label: str, path: str | os.PathLike) -> str:
    """The archive's aliases file, read and parsed once: a SettingError naming `label` and the
    file (and its line) when it is missing or malformed."""
    return checked_setting_file(label, path, parse_alias_lines, AliasError)[0]


# The archive's aliases as its last ingest read them, kept in the index folder: search reads the
# same variants ingest credited (person:«a title from the file»), without being given the file.
RECORDED_FILE = "archive-aliases.txt"


def recorded_aliases_path(index_dir: str | os.PathLike) -> Path:
    return Path(index_dir) / RECORDED_FILE


def search_aliases_path(index_dir: str | os.PathLike) -> str | None:
    """The archive's aliases file a search of this index uses: the copy its ingest kept; for an
    index ingested before copies were kept, $ASSEMBLY_SEARCH_ALIASES."""
    recorded = recorded_aliases_path(index_dir)
    try:
        kept = recorded.is_file()
    except PermissionError:  # an index folder this account may not read: opening the index says so
        kept = False
    return str(recorded) if kept else setting_path(ENV_VAR)


def check_search_aliases(index_dir: str | os.PathLike) -> None:
    """A SettingError when the aliases file a search of this index would use cannot be used."""
    path = search_aliases_path(index_dir)
    if path:
        label = "the aliases the index keeps" if Path(path).name == RECORDED_FILE else f"${ENV_VAR}"
        checked_alias_text(label, path)


_cached_alias_lines: Callable[[str | None], list[AliasLine]] = cached_by_path(alias_lines)


@functools.lru_cache(maxsize=4096)
def _word_keys(word: str) -> frozenset[str]:
    """A word and its index terms: every case form of a word shares a term."""
    return frozenset((fold(word), *word_terms(fold(word))))


def _phrase_keys(phrase: str) -> tuple[frozenset[str], ...]:
    return tuple(_word_keys(w) for w in WORD.findall(phrase))


def canonicals_named(typed: str, index_dir: str | os.PathLike | None = None) -> list[str]:
    """The persons a typed title or variant names, in any case form (`Елбасы`, `Первого
    Президента`): every canonical whose line lists it, whatever the line's dates (a search
    filter has no document date; `Глава государства` names both presidents). The archive's
    aliases are those the index at `index_dir` keeps (search_aliases_path)."""
    wanted = _phrase_keys(typed)
    if not wanted:
        return []
    try:
        lines = _cached_alias_lines(search_aliases_path(index_dir) if index_dir else setting_path(ENV_VAR))
    except (AliasError, OSError, UnicodeDecodeError):
        lines = shipped_alias_lines()  # broken since the command started (it checks): search goes on
    found = [a.canonical for a in lines if len(_phrase_keys(a.variant)) == len(wanted)
             and all(w & v for w, v in zip(wanted, _phrase_keys(a.variant)))]
    # a part of a name the aliases give him (`Жолдасова` of «Айгерим Жолдасова»): the facet value
    # it named before the alias merged it into his is gone, the search must not die with it
    found += _name_variants(tuple(lines)).canonicals(typed)
    return list(dict.fromkeys(found))


_INITIAL = re.compile(r"([^\W\d_])\.")


# a name written with initials or given names, in either order: «Ж. Омарова», «Ибраева Г.С.»,
# «Лаура Маратовна Ержанова», «Dinara Seitova»
_NAME_PART = re.compile(r"\s*(?:(?P<initial>[^\W\d_])\.|(?P<word>[^\W\d_]+(?:[-'’][^\W\d_]+)*))")


def _name_parts(variant: str) -> list[tuple[str, bool]] | None:
    """(part, is an initial) of a variant that is all name parts, each word capitalised; else None."""
    parts, at = [], 0
    while at < len(variant.rstrip()):
        m = _NAME_PART.match(variant, at)
        if not m:
            return None
        word = m.group("word")
        if word is not None and (not word[0].isupper() or word.isupper()):
            return None
        parts.append((m.group("initial") or word, word is None))
        at = m.end()
    return parts


def _name_readings(variant: str) -> list[tuple[list[str], str]]:
    """A variant that is a person's name read as (its one or two given names or initials, a
    patronymic's the second; its surname): given names first, then last («Ибраева Г.С.»), each
    reading whose surname is a word; none for anything else."""
    parts = _name_parts(variant)
    if not parts or not 2 <= len(parts) <= 3:
        return []
    orders = [(parts[:-1], parts[-1]), (parts[1:], parts[0])]
    return [([g for g, _ in given], surname) for given, (surname, initial) in orders if not initial]


def _initial(name: str) -> str:
    """A given name's initial as the Russian letter compared (Ә is А, Latin D is Д)."""
    letter = fold(name[0])
    return kazakh_as_russian(latin_as_cyrillic(letter)[:1] or letter) if letter.isascii() else kazakh_as_russian(letter)


def facet_spelling(variant: str) -> str | None:
    """A variant written with initials as the facets show the name («Г.С. Ибраева» for «Ибраева
    Г.С.» or «Г. С. Ибраева»), which ingest matches a mention by; None for any other variant."""
    given, surname = next((r for r in _name_readings(variant) if all(len(g) == 1 for g in r[0])), ([], ""))
    return "".join(f"{g.upper()}." for g in given) + " " + surname if given else None


def name_form(line: AliasLine) -> str | None:
    """The line's variant as a facet value (`А. Жолдасова` for «Айгерим Жолдасова», «Жолдасова
    Айгерим» or «А. Жолдасова» of А. Муканова) when it is a name of the person: one or two given
    names (a patronymic) or initials and a surname, in either order, the first given name's
    initial the canonical's first, in any alphabet («Dinara Seitova» of Д. Жумабаева). A title
    («Первый Президент», «Глава государства») is none."""
    initials = [kazakh_as_russian(fold(i)) for i in _INITIAL.findall(line.canonical)]
    for given, surname in _name_readings(line.variant) if initials else []:
        if all(_initial(g) == i for g, i in zip(given, initials)):
            return "".join(f"{g[0].upper()}." for g in given) + " " + surname
    return None


class _NameVariants:
    """The aliases' name variants as facet values, matched as a typed name matches a facet value
    (index.name_match: any part, any case form, initials)."""

    def __init__(self, lines: tuple[AliasLine, ...]) -> None:
        self._canonicals: dict[str, list[str]] = {}
        for line in lines:
            if (form := name_form(line)) is not None:
                self._canonicals.setdefault(form, []).append(line.canonical)
        self._index = NameIndex(list(self._canonicals))

    def canonicals(self, typed: str) -> list[str]:
        return [c for form in self._index.matching(typed) for c in self._canonicals[form]]


@functools.lru_cache(maxsize=8)
def _name_variants(lines: tuple[AliasLine, ...]) -> _NameVariants:
    return _NameVariants(lines)


# The archive's aliases file a citation reads (citing_with): that of the index its passage came
# from, which a citation's many helpers are not each told.
_citing: ContextVar[str | None] = ContextVar("citing_aliases", default=None)


@contextmanager
def citing_with(path: str | None) -> Iterator[None]:
    """Inside the block, variant_keys reads the archive's aliases file `path` (a search's
    search_aliases_path: the copy its index keeps), not $ASSEMBLY_SEARCH_ALIASES."""
    token = _citing.set(path)
    try:
        yield
    finally:
        _citing.reset(token)


def variant_keys(canonicals: list[str]) -> list[tuple[frozenset[str], ...]]:
    """The word keys (_phrase_keys) of every variant the aliases give one of `canonicals`,
    whatever the line's dates: «Глава государства» is one of К.К. Токаев's. From the shipped file
    and the archive's file the passage's index keeps (citing_with), else $ASSEMBLY_SEARCH_ALIASES."""
    try:
        lines = _cached_alias_lines(_citing.get() or setting_path(ENV_VAR))
    except (AliasError, OSError, UnicodeDecodeError):
        lines = shipped_alias_lines()
    wanted = set(canonicals)
    return [_phrase_keys(a.variant) for a in lines if a.canonical in wanted]


def names_variant(text: str, variants: list[tuple[frozenset[str], ...]]) -> bool:
    """Whether `text` holds one of `variants` (variant_keys), its words in any case form."""
    words = _phrase_keys(text)
    return any(variant and any(all(w & v for w, v in zip(words[at:], variant))
                               for at in range(len(words) - len(variant) + 1))
               for variant in variants)

