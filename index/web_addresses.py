"""A web address is one address, not its words apart: `assembly.kz` finds the site's links, not
every «assembly» and «kz» (a handle @qha_kz, an account assembly_kz).

A host (assembly.kz, www.assembly.kz, youtu.be) is one token (index.tokenize.HOST). The index reads
it by its labels at consecutive positions, as a hyphenated word is read by its parts (so its words
are still found one by one), and whole from each of its labels on, at that label's position:
«www.assembly.kz» holds `www.assembly.kz` and `assembly.kz`. A query's host is its whole, without
a leading www (`www.assembly.kz` finds «https://assembly.kz» too); in a phrase it is followed by the
labels after its first, so a path typed after it meets the index's path words. An address with a
path typed as plain words is such a phrase, its scheme dropped: `https://assembly.kz/ru/news` is
"assembly.kz/ru/news", found in «https://www.assembly.kz/ru/news/…».
"""
from __future__ import annotations

import re
from collections.abc import Callable

from index.quoted_phrases import change_outside_quotes
from index.tokenize import HOST_PATTERN

HOST_RE = re.compile(HOST_PATTERN)
_PIECE_RE = re.compile(r"[-.]")
# An address typed in a query with a path after its host: the scheme (kept out of the phrase: a
# document's link may have another, or none), the host and the path to the next space or quote.
_ADDRESS_RE = re.compile(rf"(?<![^\s(])(?:[A-Za-z][A-Za-z0-9+.-]*://)?({HOST_PATTERN}/[^\s\"«»]*)")
_TRAILING_PUNCTUATION = ".,;:!?)"

Expansion = tuple[tuple[int, str], ...]


def is_host(word: str) -> bool:
    """Whether a folded token is a web host (assembly.kz)."""
    return "." in word and HOST_RE.fullmatch(word) is not None


def host_pieces(term: str) -> int:
    """How many positions a host whose whole is `term` takes in the index (its labels' pieces), or 0
    for any other term."""
    return len(_PIECE_RE.split(term)) if is_host(term) else 0


def host_expansion(word: str, query: bool, phrase: bool, piece_terms: Callable[[str], tuple[str, ...]]) -> Expansion:
    """The terms of a host `word` with their positions: see the module's note. `piece_terms` gives
    a label's piece its terms (the index's all, a query's one)."""
    labels = word.split(".")
    if query:
        if labels[0] == "www" and len(labels) > 2:
            labels = labels[1:]
        whole = ((0, ".".join(labels)),)
        if not phrase:
            return whole
        rest = _PIECE_RE.split(".".join(labels))[1:]  # the whole stands at its first piece's position
        return whole + tuple((i + 1, (piece_terms(piece) or (piece,))[0]) for i, piece in enumerate(rest))
    out: list[tuple[int, str]] = []
    pos = 0
    for n, label in enumerate(labels):
        if n + 1 < len(labels):
            out.append((pos, ".".join(labels[n:])))
        for piece in _PIECE_RE.split(label):
            out.extend((pos, term) for term in piece_terms(piece) or (piece,))
            pos += 1
    return tuple(out)


def addresses_as_phrases(text: str) -> str:
    """A query's `text` with each web address typed with a path outside quotes as a quoted phrase
    of its host and path, its scheme dropped."""
    return change_outside_quotes(text, lambda part: _ADDRESS_RE.sub(_as_phrase, part))


def _as_phrase(m: re.Match) -> str:
    address = m.group(1)
    kept = address.rstrip(_TRAILING_PUNCTUATION)
    return f'"{kept}"{address[len(kept):]}'
