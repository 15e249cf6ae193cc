"""A query word in lowercase -ов that the dictionary reads only as a surname (маслихатов, акимов,
кандасов) also searches the noun it is the plural genitive of (маслихат): see
morphology.plural_noun_stem. The word itself stays in the query, so `жумабеков` typed lowercase
still finds the surname Жумабеков."""

from __future__ import annotations

import re

from index.morphology import plural_noun_stem
from index.quoted_phrases import sub_outside_quotes

# A bare lowercase Cyrillic word: not part of a field filter, a prefix*, a fuzzy~ or an exclusion
_LOWERCASE_WORD_RE = re.compile(r"(?<![\w\-+*?~:'’])[а-яё]+ов(?![\w\-*?~:'’])")


def with_plural_nouns(text: str) -> str:
    """Outside quotes, `маслихатов` becomes `(маслихатов OR маслихат)`."""
    def either(m: re.Match) -> str:
        word = m.group(0)
        stem = plural_noun_stem(word.replace("ё", "е"))
        return f"({word} OR {stem})" if stem else word

    return sub_outside_quotes(_LOWERCASE_WORD_RE, either, text)
