"""A letter's closing formula before its signature: «С уважением, Г. Ахметова», «Құрметпен, Е. Қарин».
The name after one signs the letter, in the nominative, as nothing governs it: «С уважением» is no
«с» taking the name's instrumental or genitive (the signer of «С уважением, Г. Ахметова» is a woman)."""
from __future__ import annotations

from ._text import Token, fold

# the formulas as word sequences, folded (ё as е) and lowercase, without their comma
_VALEDICTIONS = frozenset(tuple(phrase.split()) for phrase in (
    "с уважением", "с глубоким уважением", "с искренним уважением", "с неизменным уважением",
    "с наилучшими пожеланиями", "искренне ваш", "искренне ваша", "всего доброго", "всего наилучшего",
    "құрметпен", "курметпен", "терең құрметпен", "терен курметпен", "шын құрметпен", "шын курметпен"))
_LONGEST = max(len(words) for words in _VALEDICTIONS)


def after_valediction(tokens: list[Token], sids: list[int], i: int) -> bool:
    """Token i follows a closing formula and its comma that open its sentence («С уважением, …»)."""
    if i < 2 or tokens[i - 1].text != ",":
        return False
    first = i - 1  # the sentence's first token, sought only as far back as a formula reaches
    while first > 0 and sids[first - 1] == sids[i] and i - first <= _LONGEST:
        first -= 1
    opens = first == 0 or sids[first - 1] != sids[i]
    return opens and tuple(fold(t.text) for t in tokens[first:i - 1]) in _VALEDICTIONS
