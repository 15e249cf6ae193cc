"""The aliases file: titles and variants that name one person (Елбасы = Н.А. Назарбаев).

Ingest reads it to credit «Елбасы» in a document to Н.А. Назарбаев (ingest.extract.aliases);
search reads it so that `person:Елбасы` finds him. The shipped file is
``index/data/aliases.txt``; the archive's own file, given by the environment variable
``ASSEMBLY_SEARCH_ALIASES``, is read after it and wins for the variants it lists. Format (one
person a line, ``#`` comments)::

    Н.А. Назарбаев = Елбасы | Первый Президент | Лидер нации
    К.К. Токаев [2019-03-20..] = Глава государства
"""
from __future__ import annotations

import functools
import os
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from importlib import resources
from pathlib import Path

from index.config import cached_by_file, data_lines
from index.morphology import word_terms

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
    out: list[AliasLine] = []
    for lineno, line in data_lines(text):
        m = _LINE.match(line)
        if not m:
            raise AliasError(f"{source}, line {lineno}: expected 'Canonical = variant | variant'.")
        canon = re.sub(r"\s+", " ", m.group("canon").strip())
        start = end = None
        if m.group("range") is not None:
            lo, _, hi = m.group("range").partition("..")
            start, end = _parse_date(lo, lineno, source), _parse_date(hi, lineno, source)
        for v in m.group("variants").split("|"):
            v = re.sub(r"\s+", " ", v.strip())
            if WORD.search(v):
                out.append(AliasLine(canon, v, start, end))
    return out


def shipped_alias_lines() -> list[AliasLine]:
    shipped = resources.files("index").joinpath("data", "aliases.txt").read_text(encoding="utf-8")
    return parse_alias_lines(shipped, "default aliases")


def alias_lines(path: str | os.PathLike | None = None) -> list[AliasLine]:
    """The shipped aliases merged with the archive's file (`path`, else $ASSEMBLY_SEARCH_ALIASES).
    A variant listed in the archive's file replaces every shipped line for that variant."""
    lines = shipped_alias_lines()
    path = path or os.environ.get(ENV_VAR) or None
    if path:
        p = Path(path)
        custom = parse_alias_lines(p.read_text(encoding="utf-8-sig"), str(p))
        overridden = {fold(a.variant) for a in custom}
        lines = [a for a in lines if fold(a.variant) not in overridden] + custom
    return lines


# alias_lines() cached per process (re-read when the archive's file changes)
default_alias_lines: Callable[[], list[AliasLine]] = cached_by_file(ENV_VAR, alias_lines)


@functools.lru_cache(maxsize=4096)
def _word_keys(word: str) -> frozenset[str]:
    """A word and its index terms: every case form of a word shares a term."""
    return frozenset((fold(word), *word_terms(fold(word))))


def _phrase_keys(phrase: str) -> tuple[frozenset[str], ...]:
    return tuple(_word_keys(w) for w in WORD.findall(phrase))


def canonicals_named(typed: str) -> list[str]:
    """The persons a typed title or variant names, in any case form (`Елбасы`, `Первого
    Президента`): every canonical whose line lists it, whatever the line's dates (a search
    filter has no document date; `Глава государства` names both presidents)."""
    wanted = _phrase_keys(typed)
    if not wanted:
        return []
    try:
        lines = default_alias_lines()
    except (AliasError, OSError, UnicodeDecodeError):
        lines = shipped_alias_lines()  # the archive's file is broken: ingest says so; search goes on
    found = [a.canonical for a in lines if len(_phrase_keys(a.variant)) == len(wanted)
             and all(w & v for w, v in zip(wanted, _phrase_keys(a.variant)))]
    return list(dict.fromkeys(found))
