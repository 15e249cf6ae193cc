"""The abbreviations table read the other way: a full name typed in a query also finds its
abbreviation (`Ассамблея народа Казахстана` finds «АНК», `Республике Казахстан` «РК»), as the
abbreviation finds the full name (index.query.expand_abbreviations). One table for both ways."""
from __future__ import annotations

import functools
import re

from index.analysis import analyze_terms
from index.quoted_phrases import change_outside_quotes
from index.tokenize import LETTER_WORD

_WORD_RE = re.compile(LETTER_WORD)
# a word may start a name unless a sign, a star or a field's colon is glued to it (-Ассамблея is excluded)
_GLUED_BEFORE = set("-+*?~:'’")
_GLUED_AFTER = set("*?~:'’-")


@functools.lru_cache(maxsize=4096)
def _word_keys(word: str) -> frozenset[str]:
    """A word's index terms and its folded form (a stop word has no term): every case form of a
    word shares one. A hyphenated word keeps only its whole-word terms: its parts alone are no
    match (`Западно-Казахстанская` shares `казахстанский` with `Восточно-Казахстанская`)."""
    folded = word.casefold().replace("ё", "е")
    terms = analyze_terms(word)
    if "-" in word:
        terms = [t for t in terms if "-" in t]
    return frozenset((*terms, folded))


@functools.lru_cache(maxsize=64)
def _name_keys(full: str) -> tuple[frozenset[str], ...]:
    return tuple(_word_keys(w) for w in _WORD_RE.findall(full))


def _name_at(words: list[re.Match], at: int, text: str, names: list[tuple[str, str]]) -> tuple[str, int] | None:
    """The abbreviation whose full name the words from `at` spell (and its word count), if any."""
    for short, full in names:
        keys = _name_keys(full)
        span = words[at:at + len(keys)]
        if len(span) < len(keys) or len(keys) < 2:
            continue
        if any(text[a.end():b.start()].strip() for a, b in zip(span, span[1:])):
            continue  # an operator's sign or a bracket between: not the name
        if all(_word_keys(w.group(0)) & k for w, k in zip(span, keys)):
            return short, len(keys)
    return None


def _glued(text: str, first: re.Match, last: re.Match) -> bool:
    return (first.start() > 0 and text[first.start() - 1] in _GLUED_BEFORE) or text[last.end():last.end() + 1] in _GLUED_AFTER


def with_abbreviations(text: str, table: dict[str, tuple[str, ...]], expanded: dict[str, str] | None = None) -> str:
    """Outside quotes, `сессия Ассамблеи народа Казахстана` becomes `сессия ((Ассамблеи народа
    Казахстана) OR АНК)`: the words as typed, anywhere, or the abbreviation. The name typed is put
    in `expanded` with its abbreviation."""
    # each full name of each abbreviation (РОО has two), the longest first
    names = sorted(((short, full) for short, fulls in table.items() for full in fulls), key=lambda item: -len(item[1]))

    def abbreviated(part: str) -> str:
        out, pos, at = [], 0, 0
        words = list(_WORD_RE.finditer(part))
        while at < len(words):
            found = _name_at(words, at, part, names)
            if found is None or _glued(part, words[at], words[at + found[1] - 1]):
                at += 1
                continue
            short, count = found
            first, last = words[at], words[at + count - 1]
            typed = part[first.start():last.end()]
            out.append(part[pos:first.start()] + f"(({typed}) OR {short})")
            if expanded is not None:
                expanded[typed] = short
            pos, at = last.end(), at + count
        return "".join(out) + part[pos:]

    return change_outside_quotes(text, abbreviated)
