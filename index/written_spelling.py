"""How a document writes an indexed word, for the words a suggestion offers.

The index folds letters (index.tokenize.fold, index.kazakh_latin): ї as і, ў as у, ł as l, ё as е,
every apostrophe as ʼ, the Kazakh Latin ş as sh. A suggestion («Возможно, вы имели в виду») spelt as
the term would offer a spelling no document has («Іжакевич» for «Їжакевич», «Кавалеу» for
«Кавалёў», «Toʼxtayev» for «Toʻxtayev»); it is offered as a document writes it instead.
"""
from __future__ import annotations

import os
import re
from functools import lru_cache

from index.analysis import iter_tokens_with_offsets
from index.kazakh_latin import fold_kazakh_latin
from index.tokenize import APOSTROPHES, fold

# the characters the index may fold: accented Latin letters, Cyrillic ones, apostrophes, typographic hyphens
_FOLDABLE = ([chr(c) for first, last in ((0xC0, 0x250), (0x400, 0x500)) for c in range(first, last)]
             + list(APOSTROPHES) + ["\u2010", "\u2011"])


@lru_cache(maxsize=1)
def _folded_from() -> dict[str, str]:
    """Each folded letter (or pair of letters: ş is sh, ß ss) -> the characters the index folds to it."""
    out: dict[str, str] = {}
    for ch in _FOLDABLE:
        folded = exact_term(ch)
        if folded and folded not in (ch, ch.lower()):
            out[folded] = out.get(folded, "") + ch
    return out


def _letter(letter: str) -> str:
    return "[" + re.escape(letter + _folded_from().get(letter, "")) + "]"


@lru_cache(maxsize=256)
def _spellings_of(term: str) -> re.Pattern:
    """A word whose letters fold to `term`'s, one letter at a time (a pair for ş, ß)."""
    parts, i = [], 0
    while i < len(term):
        pair = term[i:i + 2]
        if len(pair) == 2 and len(_folded_from().get(pair, "")):
            parts.append(f"(?:{_letter(pair[0])}{_letter(pair[1])}|[{re.escape(_folded_from()[pair])}])")
            i += 2
        else:
            parts.append(_letter(term[i]))
            i += 1
    return re.compile(r"(?<!\w)" + "".join(parts) + r"(?!\w)", re.IGNORECASE)


def exact_term(word: str) -> str:
    """The exact-form term of a whole word, a hyphenated one too (бектемир-улы, toʼxtayev)."""
    return fold_kazakh_latin(fold(word))


def written_in(text: str, term: str) -> str | None:
    """`term` (an exact-form term) as `text` writes it, capitals and all; None if it does not."""
    for m in _spellings_of(term).finditer(text):
        if any(t == term for t, _, _ in iter_tokens_with_offsets(m.group(), exact=True)):
            return m.group()
    return None


def offered_as_written(offered: str, written: str) -> str:
    """The offered word (a term in the typed word's capitals) in the letters a document writes it
    with, when they are other than its own (ё and е are one: both are Russian's spelling); its
    capitals stay the typed word's: all capitals, all lowercase, or a capital first (a name's capital
    after an apostrophe kept: «Д'Артаньяна»)."""
    if written.lower().replace("ё", "е") == offered.lower().replace("ё", "е"):
        return offered
    if len(offered) > 1 and offered.isupper():
        return written.upper()
    if offered.islower():
        return written.lower()
    rest = written[1:]
    return written[:1].upper() + (rest.lower() if rest.isupper() else rest)


def form_as_written(offered: str, found: str, written: str | None) -> str | None:
    """Another form of the indexed word `found` (offered, a term in the typed word's capitals) in the
    letters `written`, a document's spelling of `found`, has for the letters they share: «О'Брайен»
    makes `оʼбрайена` «О'Брайена». None when none is written or it folds other than letter by letter."""
    term = exact_term(offered)
    if written is None or len(written) != len(found) or len(offered) != len(term):
        return None
    shared = len(os.path.commonprefix((term, found)))
    return written[:shared] + offered[shared:].lower()
