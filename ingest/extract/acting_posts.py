"""A post held for another in a signature: «И.о. Руководителя Секретариата А. Сапарина», «Врио
Заместителя Председателя …», «За Руководителя Секретариата …». The post after the marker is in the
genitive because the marker governs it («исполняющий обязанности руководителя», «временно
исполняющий обязанности», «за руководителя»), not because it governs the name: the name signs, in
the nominative (А. Сапарина is a woman, not Сапарин's genitive). A post held no longer («бывший
аким») names its holder of the day no more than one held for another.

    acting_marker(tokens, post) -> int | None
    not_held(tokens, first) -> bool
"""
from __future__ import annotations

from ._text import Token, fold

# the markers as their tokens, folded: «И.о.» (also «и.о.», «И. о.»), «Врио» («ВрИО»), «За»
_DOTTED = ("и", ".", "о", ".")
_WORDS = frozenset(("врио", "за"))
_FORMER = frozenset(("бывший", "бывшего", "бывшему", "бывшим", "бывшая", "бывшей", "экс", "прежний", "бұрынғы"))


def acting_marker(tokens: list[Token], post: int) -> int | None:
    """The first token of the marker standing right before the post whose first word is token `post`
    (or that is token `post` itself, «Врио», which a post's words are read with), else None."""
    if fold(tokens[post].text) == "врио":
        return post
    before = post - 1
    if before >= 0 and fold(tokens[before].text) in _WORDS:
        return before
    first = post - len(_DOTTED)
    if first >= 0 and tuple(fold(t.text) for t in tokens[first:post]) == _DOTTED:
        return first
    return None


def former_marker(word: str) -> bool:
    """`word` says the post after it is held no longer: «бывший», «экс», «бұрынғы»."""
    return fold(word) in _FORMER


def not_held(tokens: list[Token], first: int) -> bool:
    """The post whose first word is token `first` is held for another («И.о. акима») or no longer
    («бывший аким», «экс-аким»)."""
    return acting_marker(tokens, first) is not None or (
        first > 0 and former_marker(tokens[first - 1].text)) or (
        first > 1 and tokens[first - 1].text == "-" and fold(tokens[first - 2].text) == "экс")
