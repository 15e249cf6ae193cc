"""The attribution a paragraph gives its own words («…», — пообещала Г. Ахметова; – Мы вместе,
– сказала она), read whatever its verb: whether a speaker carried over from the paragraph before
may have said them. When the attribution names someone else, or its verb's gender or number
does not fit him, the words are nobody's: no speaker is better than the wrong one. So is an
attribution with a subject of its own that is not he («— сказал журналистам аким», «— передает
корреспондент Kazinform», «— говорится в резолюции», «– деді … Ерлан Қарин», «said John Smith»)."""
from __future__ import annotations

from bisect import bisect_left
from typing import NamedTuple

from ._text import Token, attributes_a_quote, noun_cases, predicate
from .persons import Mention


class Attribution(NamedTuple):
    gender: str | None  # "m" or "f" when the verb tells (спросил, убеждена); None (считает)
    plural: bool  # отметили: several people, never one carried-over speaker
    named: str | None  # the canonical name of the first person after the verb, not after a pronoun
    first_person: bool  # — говорили мы: the text's own voice, a speech's author's
    # a source of its own that is not a pronoun: a role or a name (— сказал аким), an impersonal
    # verb (— говорится в резолюции), a verb in another language the rules do not read (– деді …)
    another: bool = False
    # its subject is a pronoun right after the verb (– деді ол, — улыбнулась она, said he): the
    # narration names the carried speaker, as «— сказал он» does
    pronoun: bool = False

    def fits(self, speaker: str, gender: str | None, author: str | None) -> bool:
        """The speaker (of that gender, when known) may be the one this attribution names;
        `author`: the speech's author, when the words are in a speech's body."""
        if self.first_person:
            return speaker == author
        if self.named is not None:
            if self.named != speaker:
                return False
        elif self.plural or self.another:
            return False
        return self.gender is None or gender is None or self.gender == gender


_GENDERS = {"masc": "m", "femn": "f"}
_FIRST_PERSON = frozenset(("я", "мы"))
_SUBJECT_PRONOUNS = frozenset(("он", "она", "они")) | _FIRST_PERSON
# a pronoun after a verb of another language (– деді ол; said he), and the roles standing for
# whoever has just spoken (— отметил спикер): the carried speaker still
_CARRIED_SUBJECTS = _SUBJECT_PRONOUNS | frozenset("ол he she спикер докладчик оратор выступающий выступающая".split())
_PRONOUNS_AFTER_VERB = frozenset("он она ол he she".split())
_CLOSE_QUOTES = frozenset("\"”")


def own_attribution(tokens: list[Token], sids, start: int, end: int, named: list[Mention]) -> Attribution | None:
    """The first attribution between the offsets `start` and `end` of the text: a finite verb
    (or a short form: убеждена), or a word the rules do not read as one (деді, said), right after
    the dash that follows a quote or a direct speech, or right after a closing “…,”.
    `named`: the paragraph's mentions, in order."""
    k = bisect_left(tokens, start, key=_token_start) + 2
    while k < len(tokens) and tokens[k].start < end:
        if tokens[k].is_word and _after_quote(tokens, sids, k):
            after = tokens[k + 1].text.lower() if k + 1 < len(tokens) and sids[k + 1] == sids[k] else ""
            subject = _subject_after(tokens, sids, k, named)
            said = predicate(tokens[k].text)
            if said is None:
                return Attribution(None, False, subject, False, another=after not in _CARRIED_SUBJECTS,
                                   pronoun=after in _PRONOUNS_AFTER_VERB)
            gender, number = said
            return Attribution(_GENDERS.get(gender or ""), number == "plur", subject, after in _FIRST_PERSON,
                               another=_another_source(tokens, sids, k), pronoun=after in _PRONOUNS_AFTER_VERB)
        k += 1
    return None


def _after_quote(tokens: list[Token], sids, k: int) -> bool:
    """Token k is where a quote's attribution starts: after «…», — or after “…,”."""
    return attributes_a_quote(tokens, sids, k) or (
        k >= 2 and tokens[k - 1].text in _CLOSE_QUOTES and tokens[k - 2].text == "," and sids[k - 1] == sids[k])


def _another_source(tokens: list[Token], sids, k: int) -> bool:
    """The attribution whose verb is at token k names a source of its own that is not a pronoun:
    a capitalized word (a name, Kazinform), a person noun that may be its subject (аким,
    корреспондент), or none at all to an impersonal verb (говорится, сообщается)."""
    verb = tokens[k].text.lower()
    if verb.endswith(("тся", "лось")):
        return True
    i = k + 1
    while i < len(tokens) and sids[i] == sids[k] and tokens[i].is_word:
        low = tokens[i].text.lower()
        if low in _CARRIED_SUBJECTS:
            return False
        if tokens[i].is_cap or _person_noun_subject(low):
            return True
        i += 1
    return False


def _person_noun_subject(word: str) -> bool:
    """An animate dictionary noun that may be in the nominative: аким, корреспондент."""
    cases = noun_cases(word)
    return cases is not None and cases[0] and "nomn" in cases[1]


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
