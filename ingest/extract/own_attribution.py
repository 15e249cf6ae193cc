"""The attribution a paragraph gives its own words («…», — пообещала Г. Ахметова; – Мы вместе,
– сказала она), read whatever its verb: whether a speaker carried over from the paragraph before
may have said them. When the attribution names someone else, or its verb's gender or number
does not fit him, the words are nobody's: no speaker is better than the wrong one."""
from __future__ import annotations

from bisect import bisect_left
from typing import NamedTuple

from ._text import Token, attributes_a_quote, predicate
from .persons import Mention


class Attribution(NamedTuple):
    gender: str | None  # "m" or "f" when the verb tells (спросил, убеждена); None (считает)
    plural: bool  # отметили: several people, never one carried-over speaker
    named: str | None  # the canonical name of the first person after the verb, not after a pronoun
    first_person: bool  # — говорили мы: the text's own voice, a speech's author's

    def fits(self, speaker: str, gender: str | None, author: str | None) -> bool:
        """The speaker (of that gender, when known) may be the one this attribution names;
        `author`: the speech's author, when the words are in a speech's body."""
        if self.first_person:
            return speaker == author
        if self.plural or self.named is not None and self.named != speaker:
            return False
        return self.gender is None or gender is None or self.gender == gender


_GENDERS = {"masc": "m", "femn": "f"}
_FIRST_PERSON = frozenset(("я", "мы"))
_SUBJECT_PRONOUNS = frozenset(("он", "она", "они")) | _FIRST_PERSON


def own_attribution(tokens: list[Token], sids, start: int, end: int, named: list[Mention]) -> Attribution | None:
    """The first attribution between the offsets `start` and `end` of the text: a finite verb
    (or a short form: убеждена) right after the dash that follows a quote or a direct speech.
    `named`: the paragraph's mentions, in order."""
    k = bisect_left(tokens, start, key=_token_start) + 2
    while k < len(tokens) and tokens[k].start < end:
        if tokens[k].is_word and attributes_a_quote(tokens, sids, k) and (said := predicate(tokens[k].text)):
            gender, number = said
            after = tokens[k + 1].text.lower() if k + 1 < len(tokens) else ""
            return Attribution(_GENDERS.get(gender or ""), number == "plur", _subject_after(tokens, sids, k, named),
                               after in _FIRST_PERSON)
        k += 1
    return None


def _subject_after(tokens: list[Token], sids, k: int, named: list[Mention]) -> str | None:
    """The first person named after the verb at k in its sentence, in the nominative when one is
    (— улыбнулась С. Жумабаеву Л. Ким: her, not whom she answered), unless a pronoun is the
    subject (— сказал он, поблагодарив Г. Ахметову)."""
    if k + 1 < len(tokens) and tokens[k + 1].text.lower() in _SUBJECT_PRONOUNS:
        return None
    after = [m for m in named if m.first_token > k and sids[m.first_token] == sids[k]]
    return next((m.canonical for m in after if m.nominative), after[0].canonical if after else None)


def _token_start(t: Token) -> int:
    return t.start
