"""A post held for another in a signature: «И.о. Руководителя Секретариата А. Сапарина», «Врио
Заместителя Председателя …», «За Руководителя Секретариата …». The post after the marker is in the
genitive because the marker governs it («исполняющий обязанности руководителя», «временно
исполняющий обязанности», «за руководителя»), not because it governs the name: the name signs, in
the nominative (А. Сапарина is a woman, not Сапарин's genitive)."""
from __future__ import annotations

from ._text import Token, fold

# the markers as their tokens, folded: «И.о.» (also «и.о.», «И. о.»), «Врио» («ВрИО»), «За»
_DOTTED = ("и", ".", "о", ".")
_WORDS = frozenset(("врио", "за"))


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
