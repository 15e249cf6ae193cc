"""A word glued to a number by a hyphen names a numbered part the Kazakh way («5-бап» article 5,
«2-тармақ» point 2): its possessive and that possessive's cases («5-бабы», «5-бабына», «5-бабының»,
«2-тармағына») voice the stem's last consonant (index.kazakh_voicing: бап -> бабы), and a form
written with letters Russian shares is then read by Russian's dictionary (бабы: «баба», a
grandmother), so `5-бап` missed every «Заңының 5-бабына сәйкес». Its plain cases («5-бапта» in
article 5, «5-баптан», «2-тарауда», «2020-жылдан») keep the stem as written, but a three-letter
stem the dictionary lacks (бап) is no sure Kazakh stem for a word alone, so `5-бап` missed «5-бапта
көзделген» too; after a number it is one. Russian writes no noun after a number's hyphen that so
ends (its «5-летие», «2-комнатной» keep their terms): there the nominative, voicing undone, is the
word's first term, and what the dictionary made of it is dropped, so `баба` finds no article
(index.analysis reads the parts of a compound)."""
from __future__ import annotations

from functools import lru_cache

from index.kazakh_voicing import VOICED
from index.morphology import (
    content_terms, harmonious_ending, is_russian_word, kazakh_cuts, possessive_nominatives)

_POSSESSIVE_ENDS = ("ы", "і", "ын", "ін")  # the 3rd person's possessive, and its accusative
# the cases only a possessive takes (бабы-на, тарауы-нда): the stem they leave is one
_AFTER_POSSESSIVE = frozenset({"на", "не", "нда", "нде", "нан", "нен", "ндағы", "ндегі"})


@lru_cache(maxsize=20_000)
def numbered_noun_terms(word: str, terms: tuple[str, ...]) -> tuple[str, ...]:
    """The terms of `word` after a number and a hyphen: its own `terms`, or, when it is a Kazakh
    case form of a noun (бабы, бабына, тармағының, бапта, баптан, тарауында), its nominative's
    (бап, тармақ, тарау) first and then its own but those the Russian dictionary knows (тармағы
    stays, баба goes: a query for the form alone still finds it)."""
    nominatives = _voiced_possessive_nominatives(word)
    cased = () if is_russian_word(word) else _case_stem_nominatives(word)  # 2-комнатной stays Russian
    # the case when it leaves less: «5-баптағы» (in article 5) ends like тармағы, a voiced
    # possessive, but «5-бабының» is бабы-ның, бабы the possessive
    if cased and (not nominatives or len(cased[0]) < min(map(len, nominatives))):
        nominatives = cased
    if not nominatives:
        return terms
    first = tuple(dict.fromkeys(t for n in nominatives for t in content_terms(n)))
    return (*first, *(t for t in terms if t not in first and not is_russian_word(t)))


def _voiced_possessive_nominatives(word: str) -> tuple[str, ...]:
    """The nominatives of a possessive (or one of its cases) whose stem's final к, қ, п is voiced
    (бабы, бабына: бап; тармағының: тармақ); none for any other word."""
    for form in (word, *(stem for stem, _ in kazakh_cuts(word, possessive=True))):
        if not form.endswith(_POSSESSIVE_ENDS):
            continue
        voiced = [n for n in possessive_nominatives(form) if n[-1:] in VOICED and form[len(n) - 1] == VOICED[n[-1]]]
        if voiced:
            return tuple(voiced)
    return ()


def _case_stem_nominatives(word: str) -> tuple[str, ...]:
    """The nominative a case ending leaves, the longest ending that suits the stem's last sound and
    vowels taken (бап-та, бап-тардан, тарау-да; тарауы-нда: its possessive's тарау); none for a
    word without one."""
    cuts = [(stem, ending) for stem, ending in kazakh_cuts(word) if harmonious_ending(stem, ending)]
    if not cuts:
        return ()
    stem, ending = min(cuts, key=lambda cut: len(cut[0]))
    if ending in _AFTER_POSSESSIVE:
        return possessive_nominatives(stem) or (stem,)
    return (stem,)
