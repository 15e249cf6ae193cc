"""A query word the dictionary reads first as a verb (or another part of speech) and also as a
noun's case form (стали: стать, сталь; вести: вести, весть) also searches the noun: the index
holds both readings at the word, but a query word takes one term (morphology.query_choice), so
`стали` searched the verb only and missed «Сталь Темиртау». The word itself stays in the query."""

from __future__ import annotations

import re

from index.morphology import nouns_beside
from index.quoted_phrases import sub_outside_quotes

# A bare Cyrillic word: not part of a field filter, a prefix*, a fuzzy~ or an exclusion
BARE_WORD_RE = re.compile(r"(?<![\w\-+*?~:'’])[а-яёА-ЯЁ]{3,}(?![\w\-*?~:'’])")


def with_homograph_nouns(text: str) -> str:
    """Outside quotes, `стали` becomes `(стали OR сталь)`."""
    def either(m: re.Match) -> str:
        word = m.group(0)
        nouns = nouns_beside(word.lower().replace("ё", "е"))
        return f"({' OR '.join((word, *nouns))})" if nouns else word

    return sub_outside_quotes(BARE_WORD_RE, either, text)
