"""A query word that is a woman's name in the nominative and a man's name in the genitive or
accusative (Александра, Руслана, Петра, Евгения) also searches the man's name: the index holds
both names at such a word (index.given_names), but a query word takes one term, the woman's, so
`Александра` missed «Александр Иванов» and `Петра` «Пётр Первый». The word itself stays in the
query, searching the woman's name."""

from __future__ import annotations

import re

from index.given_names import men_names_beside
from index.homograph_nouns import BARE_WORD_RE
from index.quoted_phrases import sub_outside_quotes


def with_men_names(text: str) -> str:
    """Outside quotes, `Александра` becomes `(Александра OR Александр)`."""
    def either(m: re.Match) -> str:
        word = m.group(0)
        capitalized = word[:1].isupper()
        men = men_names_beside(word.lower().replace("ё", "е"), capitalized)
        if not men:
            return word
        men = tuple(man.capitalize() if capitalized else man for man in men)
        return f"({' OR '.join((word, *men))})"

    return sub_outside_quotes(BARE_WORD_RE, either, text)
