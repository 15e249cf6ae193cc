"""A paragraph's turns: where each speaker's part starts and ends, and who speaks the part no
cue attributes (a continued quote's speaker, the speech's author, or nobody)."""
from __future__ import annotations

import re
from collections.abc import Mapping
from typing import NamedTuple

from ._text import Token
from .kazakh_coordination import joined_in_kazakh
from .own_attribution import Attribution
from .persons import Mention
from .speech_words import speech_verb
from .speech_extent import (cue_token, dashed_speech_start, quote_pointed_back_at, quote_start, sentence_start,
                             speaker_ref, words_end)
from ..passages import MAX_PASSAGE_CHARS


class Turn(NamedTuple):
    offset: int  # where the turn starts in its paragraph
    speakers: list[str]

    @property
    def narrated(self) -> bool:
        """Whether the narration names the turn's speakers (a NarratedTurn)."""
        return False


class NarratedTurn(Turn):
    """A turn whose speakers a speech cue of the narration names («…», — сказал X; X отметил,
    что…; По словам X, …): the reporter's text, the speaker's own words in it only where it
    quotes him. Any other turn with speakers is all theirs: a transcript's turn, a speech's body,
    a quote running on from the paragraph before. (A subclass, so a turn still equals its
    (offset, speakers).)"""

    __slots__ = ()

    @property
    def narrated(self) -> bool:
        return True


def unique(xs) -> list[str]:
    seen: dict[str, None] = {}
    for x in xs:
        seen.setdefault(x, None)
    return list(seen)


def unattributed(para: str, prev: list[str], author: str | None, said: Attribution | None,
                 genders: Mapping[str, str], answering: bool = False) -> list[str]:
    """The speaker of a paragraph's words no cue attributes: the previous paragraph's last one
    or the speech's author, when the paragraph's own attribution (`said`) fits him. `genders`:
    the persons' known genders; `answering`: the paragraph answers an interviewer's question, as
    the one who spoke before it did."""
    lead = para.lstrip()
    # a continued quote belongs to the last one who spoke in the paragraph before, and so does the
    # rest of a sentence a page or column break cut ("...структур:" / "кафедры Ассамблеи ...")
    carried = prev[-1:] if prev and (answering or lead[:1] in "«\"“–—-" or lead[:1].islower()
                                     or _said_by_pronoun(lead)) else []
    for speaker in carried + ([author] if author else []):
        if said is None or said.fits(speaker, genders.get(speaker), author):
            return [speaker]
    return []


def _said_by_pronoun(para: str) -> bool:
    """«…», — добавил он: the paragraph's words are attributed to a pronoun, any speech verb."""
    low = para.lower()
    if "he said" in low or "she said" in low:
        return True
    # the pronoun first: the pattern tries every letter of every word as a verb's start
    return _PRONOUN.search(low) is not None and any(
        speech_verb(verb) for verb in _VERB_BEFORE_PRONOUN.findall(low))


_VERB_BEFORE_PRONOUN = re.compile(r"(\w+)\s+(?:он|она)\b")
_PRONOUN = re.compile(r"\s(?:он|она)\b")  # what each _VERB_BEFORE_PRONOUN holds


def split_into_turns(para: str, base: int, found: list[tuple[Mention, int]], named: list[Mention],
                     tokens: list[Token], sids) -> list[Turn]:
    """The paragraph cut where a new speaker's part starts: at the sentence that introduces him
    (his first mention since the previous turn: "Е.Нурпеисов представил доклад. Он отметил..."),
    else at the sentence holding the speech verb (or the quote that sentence closes). A speaker
    already speaking in the turn (the second of "А, Б рассказали... Б предложил") starts none.
    Where a speaker's words end before the next cue (a closed quote and its attribution, then
    narration), the rest is a turn of nobody's. A speaker's turn is a NarratedTurn: a cue of the
    narration names him. `named` are the paragraph's mentions."""
    turns: list[Turn] = [Turn(0, [])]
    lost_breaks = len(para) > MAX_PASSAGE_CHARS
    said_until: int | None = None  # where the current speaker's words end, when known
    cued = -1  # the sentence of the last cue that gave the current turn its speakers
    for m, k in sorted(found, key=lambda x: tokens[x[1]].start):
        cur = turns[-1]
        # named where another speaker's cue already speaks («X пен Y сөз сөйледі. Y … ұсынды.»):
        # that sentence is the other's turn, and his own starts with his own cue's
        intro = next((n for n in named if n.canonical == m.canonical and n.start - base >= cur.offset
                      and n.first_token <= k and not (cur.speakers and m.canonical not in cur.speakers
                                                      and sids[n.first_token] <= cued)), None)
        alone = _named_again(m, k, cur, named, cued, tokens, sids)
        intro = alone or intro
        first = intro.first_token if intro is not None else cue_token(m, k, sids)
        at = quote_pointed_back_at(para, quote_start(para, sentence_start(para, base, first, tokens, sids)))
        # the cue's own words: a pronoun's antecedent («… А. Нұрланова сөз алды. – …, – деді ол.») is
        # named before the speech, often a paragraph before, and would hide its opening dash
        at = dashed_speech_start(para, at, tokens[cue_token(m, k, sids)].start - base)
        if said_until is not None and at > said_until and para[said_until:at].strip():
            turns.append(Turn(said_until, []))  # narration between his words and the next cue
            cur = turns[-1]
        elif m.canonical in cur.speakers and alone is None:
            # he goes on speaking; once the text has marked where his words end, what he adds
            # ends with its sentence too
            more = words_end(para, base, k, tokens, sids, lost_breaks or said_until is not None,
                             speaker_ref(m, k, tokens, sids))  # never None then
            said_until = more if said_until is None else max(said_until, more)
            continue
        said_until = words_end(para, base, k, tokens, sids, lost_breaks, speaker_ref(m, k, tokens, sids))
        cued = sids[k]
        at = max(at, cur.offset)
        if not para[cur.offset:at].strip():
            turns[-1] = NarratedTurn(cur.offset, unique(cur.speakers + [m.canonical]))
        else:
            turns.append(NarratedTurn(at, [m.canonical]))
    if said_until is not None and para[said_until:].strip():
        turns.append(Turn(said_until, []))
    return turns


def _named_again(m: Mention, k: int, cur: Turn, named: list[Mention], cued: int, tokens: list[Token],
                 sids) -> Mention | None:
    """The mention naming `m` again after the sentence `cued`, up to his cue at token k, when he is one of
    names a Kazakh «мен/пен/және» joins as speaking together in the turn `cur`: «Марат Әзілханов пен Ольга
    Петрова сөз сөйледі. Ольга Петрова … ұсынды.» makes her proposal her own turn, as when the first
    sentence names her alone. (A Russian «А, Б рассказали… Б предложил» stays one turn of both.)"""
    if m.canonical not in cur.speakers or len(cur.speakers) < 2 or sids[k] <= cued:
        return None
    if not any(n.canonical == m.canonical and sids[n.first_token] == cued and joined_in_kazakh(tokens, n) for n in named):
        return None
    return next((n for n in named if n.canonical == m.canonical and cued < sids[n.first_token] and n.first_token <= k),
                None)
