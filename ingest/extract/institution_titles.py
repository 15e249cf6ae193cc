"""An office's title that is part of an institution's name: «Администрации Президента Республики
Казахстан», «Академии государственного управления при Президенте РК», «Қазақстан Республикасы
Президентінің Әкімшілігі», «ҚР Президенті жанындағы академия». The title names the office the
institution serves, not whoever holds it on the document's date, so it is no mention of a person.
A title before a name («при Президенте К.К. Токаеве») is the name's and is not asked about here."""
from __future__ import annotations

import re

from ._text import Token, fold, parses

# the institutions an office has, by lemma: its administration, chancellery, staff, residence
_INSTITUTION_LEMMAS = frozenset({"администрация", "канцелярия", "аппарат", "резиденция"})
# «Управление делами Президента»: «делами» only after «управление»
_AFFAIRS = ("управление", "дело")
# Kazakh, after the title: its administration or chancellery (Президентінің Әкімшілігі, Кеңсесі),
# or «жанындағы» («at», the Russian «при»)
_KAZAKH_INSTITUTION_AFTER = re.compile(r"^(?:әкімшілі[гк]|кеңсе|жанында)", re.IGNORECASE)


def _lemmas(token: Token) -> set[str]:
    return {fold(p.normal_form) for p in parses(token.text)[:4]}


def _word_before(tokens: list[Token], k: int) -> int | None:
    k -= 1
    return k if k >= 0 and tokens[k].is_word else None


def names_an_institution(tokens: list[Token], a: int, b: int) -> bool:
    """Whether the title at tokens a..b-1 is governed by an institution's noun or by «при»
    (Russian, before it) or opens a Kazakh institution's name (after it)."""
    before = _word_before(tokens, a)
    if before is not None:
        if fold(tokens[before].text) == "при":
            return True
        lemmas = _lemmas(tokens[before])
        if lemmas & _INSTITUTION_LEMMAS:
            return True
        earlier = _word_before(tokens, before)
        if _AFFAIRS[1] in lemmas and earlier is not None and _AFFAIRS[0] in _lemmas(tokens[earlier]):
            return True
    return b < len(tokens) and tokens[b].is_word and _KAZAKH_INSTITUTION_AFTER.match(tokens[b].text) is not None
