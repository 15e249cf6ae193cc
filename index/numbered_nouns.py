"""A word glued to a number by a hyphen names a numbered part the Kazakh way («5-бап» article 5,
«2-тармақ» point 2): its possessive and that possessive's cases («5-бабы», «5-бабына», «5-бабының»,
«2-тармағына») voice the stem's last consonant (index.kazakh_voicing: бап -> бабы), and a form
written with letters Russian shares is then read by Russian's dictionary (бабы: «баба», a
grandmother), so `5-бап` missed every «Заңының 5-бабына сәйкес». Russian writes no noun after a
number's hyphen that so ends (its «5-летие», «2-комнатной» keep their terms): there the nominative,
voicing undone, is the word's first term, and what the dictionary made of it is dropped, so `баба`
finds no article (index.analysis reads the parts of a compound)."""
from __future__ import annotations

from functools import lru_cache

from index.kazakh_voicing import VOICED
from index.morphology import content_terms, is_russian_word, kazakh_cuts, possessive_nominatives

_POSSESSIVE_ENDS = ("ы", "і", "ын", "ін")  # the 3rd person's possessive, and its accusative


@lru_cache(maxsize=20_000)
def numbered_noun_terms(word: str, terms: tuple[str, ...]) -> tuple[str, ...]:
    """The terms of `word` after a number and a hyphen: its own `terms`, or, when it is a Kazakh
    possessive (or one of its cases) whose stem's final к, қ, п is voiced (бабы, бабына, тармағының),
    its nominative's (бап, тармақ) first and then its own but those the Russian dictionary knows
    (тармағы stays, баба goes: a query for the possessive alone still finds it)."""
    for form in (word, *(stem for stem, _ in kazakh_cuts(word, possessive=True))):
        if not form.endswith(_POSSESSIVE_ENDS):
            continue
        voiced = [n for n in possessive_nominatives(form) if n[-1:] in VOICED and form[len(n) - 1] == VOICED[n[-1]]]
        if voiced:
            first = tuple(dict.fromkeys(t for n in voiced for t in content_terms(n)))
            return (*first, *(t for t in terms if t not in first and not is_russian_word(t)))
    return terms
