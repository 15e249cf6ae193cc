"""A surname typed in one spelling also searches the other spellings the facets hold of that person.

The facets join «Ж. Тұяқбай» of a Kazakh text and «Ж. Туякбай» of its Russian translation, and
«М. Әзілханов» and «М. Азильханов» (index.name_folding), but a word is searched as written: a
Kazakh surname carries its Russian spelling's terms only where it ends like a Russian surname
(-ов, -ев, -ин, -ұлы: index.morphology.kazakh_surname_as_russian), and only letter for letter.
So `Туякбай` missed the Kazakh texts that `person:Туякбай` counts, and `Азильханов` the ones
writing Әзілханов. A query word that names persons the facets know is searched with the
surnames of every spelling they hold of them that its own search does not already find.
"""
from __future__ import annotations

import re

from index.analysis import analyze_terms, query_terms
from index.full_names import NamesNamed
from index.morphology import STOP_WORDS
from index.quoted_phrases import sub_outside_quotes
from index.synonyms import AFTER_NOT_RE, QUERY_WORD_RE
from index.tokenize import OPERATOR_WORDS

_NAME_PART_RE = re.compile(r"[^\W\d_]{2,}(?:-[^\W\d_]+)*")  # a name's part longer than an initial
# Cyrillic letters, Russian and Kazakh: a name typed or held in Latin letters is read by the
# suggestion instead («Semenov»: «Возможно, вы имели в виду: Семенов»)
_CYRILLIC_RE = re.compile(r"[а-яёәғқңөұүһі]+(?:-[а-яёәғқңөұүһі]+)*", re.IGNORECASE)
MIN_SURNAME = 3  # letters of a query word read as a surname


def with_other_spellings(text: str, names_named: NamesNamed, expanded: dict[str, str] | None = None) -> str:
    """Outside quotes, `Туякбай` becomes `(Туякбай OR Тұяқбай)` when the facets hold «Ж. Тұяқбай»
    as Ж. Туякбай; the spellings added are put in `expanded` under the typed word (the page says
    «Туякбай: ищем и «Тұяқбай»»). A word after NOT or a minus is excluded as typed."""
    def expand(m: re.Match) -> str:
        word = m.group(0)
        if (len(word) < MIN_SURNAME or not _CYRILLIC_RE.fullmatch(word) or word in OPERATOR_WORDS or word.lower() in STOP_WORDS
                or AFTER_NOT_RE.search(m.string, 0, m.start())):
            return word
        others = other_spellings(word, names_named.spellings(word))
        if not others:
            return word
        if expanded is not None:
            expanded[word] = " | ".join(others)
        # a hyphenated surname is a phrase, as its parts are two words to the parser
        return "(" + " OR ".join([word, *(f'"{o}"' if "-" in o else o for o in others)]) + ")"

    return sub_outside_quotes(QUERY_WORD_RE, expand, text)


def other_spellings(word: str, names: list[str]) -> list[str]:
    """The surnames of `names` (persons `word` names) that a search for `word` does not find:
    none of their index terms is its query's (`Токаев` finds «Тоқаев», which carries «токаев»)."""
    searched = set(query_terms(word))
    out: list[str] = []
    for name in names:
        parts = _NAME_PART_RE.findall(name)
        if len(parts) != 1 or not _CYRILLIC_RE.fullmatch(parts[0]):  # initials and one surname: what one word names
            continue
        surname = parts[0]
        if searched.isdisjoint(analyze_terms(surname)) and surname not in out:
            out.append(surname)
    return out
