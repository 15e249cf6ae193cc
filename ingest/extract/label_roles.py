"""The role a transcript's label may give between its name and its colon: «САРСЕНБАЕВ А.М., депутат
Мажилиса:», «КАРИН Е.Т. – заместитель Председателя АНК:», «Н.А. Назарбаев (Председатель Ассамблеи):».
The name rules (persons: a label's surname whatever its ending, «Д. МЫНБАЙ, депутат Мажилиса:») and
the label rules (transcripts) read it the same way.

    after_role(tokens, j, line_break) -> int
"""
from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache

from ._text import Token, parses

_DASHES = ("–", "—", "-")
_ROLE_WINDOW = 12  # tokens of a role after a label's name: «(заместитель Председателя Ассамблеи)»


def after_role(tokens: list[Token], j: int, line_break: Callable[[int], bool]) -> int:
    """The token after a role in brackets that follows a label's name on its line
    («Е. Тугжанов (заместитель Председателя Ассамблеи)»), or the colon closing a role after a dash
    or a comma («КАРИН Е.Т. – заместитель Председателя АНК:», «САРСЕНБАЕВ А.М., депутат
    Мажилиса:»; after a comma a post, not «…, выступая на сессии, отметил:»); j when there is none.
    `line_break(i)`: a line ends before token i, which no role runs across."""
    if j < len(tokens) and tokens[j].text in _DASHES + (",",):
        # a post has no sentence end and no verb: «КАРИН Е.Т. – Уважаемые коллеги! … два вопроса:» is speech
        for i in range(j + 1, min(len(tokens), j + _ROLE_WINDOW)):
            if line_break(i) or tokens[i].text in (".", "!", "?", "…") or finite_verb_or_gerund(tokens[i].text):
                return j
            if tokens[i].text == ":":
                return i if i > j + 1 and tokens[j + 1].is_word else j
        return j
    if j >= len(tokens) or tokens[j].text != "(":
        return j
    for i in range(j + 1, min(len(tokens), j + _ROLE_WINDOW)):
        if line_break(i) or tokens[i].text in "(:":
            return j
        if tokens[i].text == ")":
            return i + 1
    return j


@lru_cache(maxsize=10_000)
def finite_verb_or_gerund(word: str) -> bool:
    """«отметил», «выступая»: a sentence's verb, no word of a post."""
    ps = parses(word)
    return bool(ps) and ps[0].tag.POS in ("VERB", "GRND")
