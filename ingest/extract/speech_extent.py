"""Where a speaker's words end in a paragraph: a direct quote and its attribution, with the
sentences that continue him (quotes, dashed lines, "Он также отметил"); and the sentence and
quote positions where a speaker's turn starts."""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from functools import lru_cache
import re
from typing import NamedTuple

from index.sentences import sentence_start as start_of_sentence_at

from ._text import Token, parses, verb_info
from .persons import Mention
from .speech_words import ACCORDING, KK_SPEECH, adverb, agrees, speech_verb


# a direct quote closed right before the speech verb: "«...», — отметил", "\"...,\" said"
_QUOTE_BEFORE_VERB = re.compile(r"(?:[»\"”]\s*,?\s*[—–-]|[,!?][\"”]\s*[—–-]?)\s*$")
# a direct quote opened after the verb (and its subject, initials allowed) in the same sentence:
# "сказал А.Шмидт: «..."
_QUOTE_AFTER_VERB = re.compile(r"(?:[^.!?«»\"“:]|(?<=\b[A-ZА-ЯЁ])\.){0,120}:\s*[«\"“]")
# a sentence that goes on with the same speaker's words in his own voice: a quote, a dashed line
_QUOTE_GOES_ON = re.compile(r"[«\"“—–-]")
# a Kazakh cue, read at its sentence's end, after the quote it attributes: «…», – деп айтқан болатын.
# «…», – деді Ә. Сейітқали. «…» деп атап өтті.
_SAID_AFTER_QUOTE = re.compile(r"[»\"”][,!?…]?\s*(?:[—–-]\s*|(?=деп\b))[^«»\"“”]{1,120}$", re.IGNORECASE)


def words_end(para: str, base: int, k: int, tokens: list[Token], sids, reported_ends: bool,
              speaker: SpeakerRef) -> int | None:
    """Offset in the paragraph where the words attributed by the cue at token k end, when the
    text marks it: a direct quote and the sentence attributing it, with the sentences that
    continue it (quotes, dashed lines, his reported speech: see _reports_him); what follows is
    the narrator's. With `reported_ends` (a paragraph whose breaks were lost, a report saved as
    one line; or a speaker whose words already ended once) also reported speech, which then ends
    with its sentence and the ones continuing it.
    None: the speaker's words run on to the next cue (the paragraph's own convention)."""
    verb = tokens[k].start - base
    if _quote_closed_before(para, verb) or _attributed_at_sentence_end(para, base, k, tokens, sids):
        end = _sentence_end(para, base, k, tokens, sids)
    elif (opened := _QUOTE_AFTER_VERB.match(para, verb)) is not None:
        end = _after_quote(para, base, opened.end() - 1, tokens, sids)
    elif reported_ends:
        end = _sentence_end(para, base, k, tokens, sids)
    else:
        return None
    # "«...», – сказал он. – И передаем детям." / "... Б.Оразбаев. «Второе...»": still his
    while True:
        rest = para[end:]
        lead = len(rest) - len(rest.lstrip())
        if not rest.strip():
            return len(para)
        nxt = _token_at(tokens, base + end + lead)
        if nxt is None:
            return len(para)
        if not (_QUOTE_GOES_ON.match(rest, lead) or _reports_him(tokens, sids, nxt, speaker)):
            return end + lead
        end = _after_quote(para, base, end + lead, tokens, sids) if rest.lstrip()[0] in "«\"“" \
            else _sentence_end(para, base, nxt, tokens, sids)


def _quote_closed_before(para: str, verb: int) -> bool:
    """_QUOTE_BEFORE_VERB right before `verb`, searched from where such a match can start (back
    over spaces, a dash, spaces, a comma, spaces, then a quotation mark and its comma): searched
    from the paragraph's start, a one-line transcript of many cues took quadratic time."""
    i = _back_over_spaces(para, verb)
    if i and para[i - 1] in "—–-":
        i = _back_over_spaces(para, i - 1)
    if i and para[i - 1] == ",":
        i = _back_over_spaces(para, i - 1)
    return _QUOTE_BEFORE_VERB.search(para, max(0, i - 2), verb) is not None


def _attributed_at_sentence_end(para: str, base: int, k: int, tokens: list[Token], sids) -> bool:
    """The cue at token k closes its sentence, as a Kazakh cue does, and the sentence attributes the quote
    before it («Елбасы: «…», – деп айтқан болатын.»): the quoted words end with the sentence."""
    if k + 1 < len(tokens) and sids[k + 1] == sids[k]:
        return False
    start = sentence_start(para, base, k, tokens, sids)
    return _SAID_AFTER_QUOTE.search(para, start, tokens[k].end - base) is not None


def _back_over_spaces(para: str, i: int) -> int:
    while i and para[i - 1].isspace():
        i -= 1
    return i


class SpeakerRef(NamedTuple):
    """How a later sentence may refer to a speaker: his mention (for his gender) and the lemmas
    of the role nouns that stand for him."""
    mention: Mention
    roles: frozenset[str]


# roles that stand for whoever has just spoken ("Кроме того, спикер отметил..."); выступающий
# is a participle whose lemma is the verb's
_SPEAKER_ROLES = frozenset("спикер выступать докладчик оратор".split())
# words that may open a sentence before its subject without changing who speaks: "Также он
# добавил", "Кроме того, спикер отметил", "Как он отметил", "В свою очередь, она напомнила"
_CONNECTIVES = frozenset(
    "кроме того помимо этого вместе с тем при в свою очередь далее затем частности заключение "
    "завершение как и а но же".split())
# he as a subject, and his in "По его словам" (their: a group's words go on too)
_HE = {"он": "m", "она": "f"}
_HIS = {"его": "m", "ее": "f", "её": "f", "их": None}


def speaker_ref(m: Mention, k: int, tokens: list[Token], sids) -> SpeakerRef:
    """The speaker of the cue at token k and the roles his attribution gives him: the nouns
    between the verb and his name ("— отметил аким области Е. Нурпеисов") or right before his
    name ("Председатель центра А.Шмидт сказал")."""
    if m.first_token > k:
        span = range(k + 1, m.first_token)
    else:
        span = range(max(0, m.first_token - 4), m.first_token)
    roles = frozenset(lemma for i in span if sids[i] == sids[m.first_token] and tokens[i].is_word
                      and (lemma := _noun_lemma(tokens[i].text)) is not None)
    return SpeakerRef(m, roles | _SPEAKER_ROLES)


@lru_cache(maxsize=10_000)
def _noun_lemma(word: str) -> str | None:
    """The lemma of a noun or participle (a role: "акима" -> аким, "выступающий" -> выступать)."""
    ps = parses(word)
    if not ps or ps[0].tag.POS not in ("NOUN", "PRTF"):
        return None
    return ps[0].normal_form.replace("ё", "е")


@lru_cache(maxsize=10_000)
def _may_be_nominative(word: str) -> bool:
    return any(p.tag.case == "nomn" for p in parses(word))


def _reports_him(tokens: list[Token], sids, s: int, speaker: SpeakerRef) -> bool:
    """The sentence opening at token s reports more of the same speaker's words: "По его словам
    / По словам акима, ...", or its subject refers to him (он/она of his gender, a role of his:
    спикер, аким) and its verb is a speech verb ("Он также подчеркнул", "Также он добавил, что",
    "Кроме того, спикер отметил", "Как она напомнила, ..."). "Он передал в архив копии" is
    narration: передал is no speech verb."""
    n = len(tokens)
    if _kk_reports_him(tokens, sids, s):
        return True
    if s + 2 < n and tokens[s].text.lower() == "по":
        # "По словам акима", "По его мнению"
        according = [w for w in (tokens[s + 1].text.lower(), tokens[s + 2].text.lower()) if w not in ACCORDING]
        return len(according) == 1 and _refers_to(according[0], speaker, _HIS)
    subject: list[str] = []
    i = s
    while i < n and sids[i] == sids[s]:
        t = tokens[i]
        i += 1
        low = t.text.lower()
        if t.text == ",":
            continue
        if not t.is_word:
            return False
        if low in _CONNECTIVES and not subject or adverb(low):
            continue  # "Также он", "Он также"
        v = verb_info(low)
        if v is not None and v[3] == "fin":
            said = speech_verb(t.text)
            return (said is not None and len(subject) == 1 and _may_be_nominative(subject[0])
                    and _refers_to(subject[0], speaker, _HE) and agrees(speaker.mention, *said, False))
        subject.append(low)
        if len(subject) > 1:
            return False  # "В этом году он отметил": more than the reference to him
    return False


# «Ол сондай-ақ … атап өтті», «Сондай-ақ ол … деді»: Kazakh «он» (of either gender) and the words it may stand among
_KK_HE = "ол"
_KK_CONNECTIVES = frozenset(("сондай-ақ", "сонымен", "қатар", "бұдан", "басқа", "әрі", "ал"))


def _kk_reports_him(tokens: list[Token], sids, s: int) -> bool:
    """The Kazakh sentence opening at token s goes on with the speaker's words: its subject is «ол»,
    maybe after a connective, and one of its last words is a speech verb («Ол сондай-ақ жастардың рөлін
    атап өтті.»)."""
    words = []
    i = s
    while i < len(tokens) and sids[i] == sids[s]:
        if tokens[i].is_word:
            words.append(tokens[i].text.lower())
        i += 1
    lead = [w for w in words[:3] if w not in _KK_CONNECTIVES]
    return bool(lead) and lead[0] == _KK_HE and any(w in KK_SPEECH for w in words[-4:])


def _refers_to(word: str, speaker: SpeakerRef, pronouns: dict[str, str | None]) -> bool:
    """The word stands for the speaker: one of `pronouns` of his gender, or one of his roles."""
    if word in pronouns:
        gender = pronouns[word]
        return gender is None or speaker.mention.gender in (None, gender)
    return _noun_lemma(word) in speaker.roles


def _token_at(tokens: list[Token], at: int) -> int | None:
    i = bisect_left(tokens, at, key=_token_start)
    return i if i < len(tokens) else None


def _token_start(t: Token) -> int:
    return t.start


def _sentence_end(para: str, base: int, t: int, tokens: list[Token], sids) -> int:
    """Offset in the paragraph right after the sentence holding token t. Found by bisection
    (sentence numbers and token ends only grow): walking to it token by token made a long
    sentence of many cues (a one-line transcript) quadratic."""
    last_of_sentence = bisect_right(sids, sids[t], t) - 1
    last_in_para = bisect_right(tokens, base + len(para), t, key=_token_end) - 1
    return tokens[max(t, min(last_of_sentence, last_in_para))].end - base


def _token_end(t: Token) -> int:
    return t.end


def _after_quote(para: str, base: int, opened: int, tokens: list[Token], sids) -> int:
    """Offset right after the sentence in which the quote opening at `opened` closes (the quote
    may hold several sentences); the paragraph's end when it never closes."""
    mark = para[opened]
    close = para.find("»" if mark == "«" else "”" if mark == "“" else '"', opened + 1)
    if close < 0:
        return len(para)
    t = _token_at(tokens, base + close)
    return _sentence_end(para, base, t, tokens, sids) if t is not None else len(para)


def cue_token(m: Mention, k: int, sids) -> int:
    """The first token of "subject + verb" when they share a sentence, else the verb."""
    return m.first_token if m.first_token < k and sids[m.first_token] == sids[k] else k


def sentence_start(para: str, base: int, t: int, tokens: list[Token], sids) -> int:
    """Offset in the paragraph of the sentence holding token t."""
    s = t
    while s > 0 and sids[s - 1] == sids[t] and tokens[s - 1].start >= base:
        s -= 1
    return max(0, tokens[s].start - base)


def quote_start(para: str, at: int) -> int:
    """`at`, or where the quote open at `at` starts: a sentence ending a quote brings the quote
    ("«Мы помним. И передаем детям», – сказал он"; “We remember. And pass it on,” he said)."""
    opened = para.rfind("«", 0, at)
    if opened >= 0 and para.find("»", opened, at) < 0:
        return _back_to_sentence(para, opened)
    opened = _open_english_quote(para, at)
    if opened is not None:
        return _back_to_sentence(para, opened)
    if para.count('"', 0, at) % 2:
        return _back_to_sentence(para, para.rfind('"', 0, at))
    return at


# direct speech set off with dashes, closed right before its attribution, a few words (a Kazakh verb
# before the name: "…, – деді Қ. Тоқаев", "…, – деп атап өтті") up to the cue: "…, – сказал", "…! – деді";
# or the whole attribution, up to the end of the sentence a Kazakh pronoun cue is read at ("…, – деді ол");
# not a quote's «…», — сказал, whose words quote_start finds
_DASH_CLOSES_SPEECH = re.compile(r"(?<![»\"”])[,!?…]\s*[—–](?:\s+[^\W\d_][\w-]*){0,4}\s*$")
_DASHES = "—–-"
_DASH_TO_CUE = 80  # characters: the dash, four words, and the spaces between


def dashed_speech_start(para: str, at: int, cue: int) -> int:
    """`at`, or, when the cue (its verb or its subject, whichever comes first in its sentence; a Kazakh
    pronoun cue's sentence end) at `cue` follows a dash
    closing direct speech («– Құрметті …! Біздің … келісім. Барлық этностар … тұрады, – деді Қ. Тоқаев.»),
    where the dash opening that speech is: all its sentences are the speaker's, not only the one holding
    the verb. The opening dash stands at a line's start or after a sentence's end; a dash closing other
    speech before it ("– А, – сказал X. Б, – сказал Y.") leaves the words to the sentence of the cue."""
    # only the cue's last words are read: from the sentence's start, a one-line transcript was quadratic
    if at >= cue or not _DASH_CLOSES_SPEECH.search(para, max(at, cue - _DASH_TO_CUE), cue):
        return at
    # back from `at` dash by dash: each walk ends at the nearest dash opening or closing speech
    for i in range(min(at, len(para) - 1), -1, -1):
        if para[i] not in _DASHES or para[i] == "-" and not para[i + 1:i + 2].isspace():
            continue  # not a dash, or a hyphen in a word: сондай-ақ
        j = i
        while j and para[j - 1] in " \t":
            j -= 1
        if j and para[j - 1] in "!?…" and _closes_speech_before(para, i):
            return at  # "– Мы вместе! – воскликнул X." closes X's speech, not opens the next
        if not j or para[j - 1] in "\n.!?…":
            return i
        if para[j - 1] == ",":
            return at
    return at


def _closes_speech_before(para: str, dash: int) -> bool:
    """Whether the dash at `dash` after a `!`, `?` or `…` closes the speech before it: its
    attribution follows in lowercase ("! – воскликнул", "? – деді ол"); an opening dash starts
    a capitalised sentence, a quote or a number."""
    word = para[dash + 1:dash + 40].lstrip()
    return word[:1].islower()


def _open_english_quote(para: str, at: int) -> int | None:
    """Where an English “…” still open at `at` opens, or None. “ also closes a „…“ («„Жибек Жолы“»):
    it opens only against the word after it and not against one before it (quote_mark_roles)."""
    opened = para.rfind("“", 0, at)
    if opened < 0 or para.find("”", opened, at) >= 0:
        return None
    after = para[opened + 1:opened + 2]
    before = para[opened - 1:opened] if opened else ""
    if not (after.isalnum() or after in "«„'‘") or before.isalnum():
        return None
    return opened


# "Об этом сообщил аким": the sentence points back at the words before it
_ABOUT_THIS = re.compile(r"(?:Об|О)\s+(?:этом|том)\b")
_QUOTE_SENTENCE = re.compile(r"\s*[«\"“][^«»\"“”]+[»\"”][.!?…]?\s*")


def quote_pointed_back_at(para: str, at: int) -> int:
    """`at`, or, when the sentence at `at` points back at a quote that is the sentence before it
    («Слова». Об этом сообщил аким области Е. Булекпаев.), where that quote starts."""
    if not _ABOUT_THIS.match(para, at):
        return at
    before = para[:at].rstrip()
    start = start_of_sentence_at(para, max(0, len(before) - 1))
    return start if start < at and _QUOTE_SENTENCE.fullmatch(para, start, at) else at


def _back_to_sentence(para: str, at: int) -> int:
    """The start of the sentence a quote opening at `at` is in (the quote itself when it opens
    one: `Он сказал: «...` stays whole)."""
    return start_of_sentence_at(para, at)  # as the index cuts sentences (index.sentences)
