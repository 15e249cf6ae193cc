"""Speakers: persons reported as speaking, and the speaker of each paragraph.

    find_speakers(text, language=None, on=None, aliases=None) -> list[str]
    attribute_passages(paragraphs, language=None, on=None, aliases=None) -> list[str | None]

A person is a speaker when a speech verb (отметил, подчеркнула, заявили, рассказал,
выступил, сообщил...; деді, атап өтті, айтты; said, noted...) has the person as its subject:
the name before the verb (lists and a comma-enclosed insertion allowed: `А. Платонов,
который поделился опытом..., отметил`), after it (`«...», – сказал А. Платонов`, `выступил
заведующий ... Б.Оразбаев`), or after `По словам`. The subject must be in the nominative and
agree in gender and number (`И.Миллер, которая` is no subject of `выразили`).
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from datetime import date
from functools import lru_cache
import re
from typing import NamedTuple

from ._text import Token, noun_cases, parses, text_sentence_ids, tokenize, verb_info, word_info
from .aliases import Aliases, default_aliases
from .language import detect_language
from .persons import Mention, find_persons
from .transcripts import OWN_VOICE, Label, transcript_labels
from ..passages import MAX_PASSAGE_CHARS

SPEECH_LEMMAS = frozenset(
    """отметить отмечать подчеркнуть подчеркивать подчёркивать заявить заявлять сообщить сообщать
    сказать говорить рассказать рассказывать выступить выступать предложить предлагать поделиться
    делиться добавить добавлять выразить выражать призвать призывать напомнить напоминать пояснить
    пояснять объяснить объяснять уточнить уточнять заметить замечать констатировать обратить
    поблагодарить благодарить высказаться высказывать озвучить указать указывать акцентировать
    резюмировать прокомментировать комментировать ответить отвечать признать признаваться
    заверить заверять убедить процитировать сказать считать полагать отметить""".split()
)
SPEECH_GERUNDS = frozenset(
    "выступая говоря отмечая подчеркивая подчёркивая комментируя отвечая обращаясь подводя открывая "
    "представляя приветствуя завершая".split()
)
KK_SPEECH = ("деді", "деп", "атап", "айтты", "айтып", "тоқталды", "бөлісті", "хабарлады", "таныстырды",
             "әңгімеледі", "мәлімдеді", "жеткізді", "сөйледі", "ұсынды", "түсіндірді", "баса")
EN_SPEECH = frozenset(
    """said says noted added stressed told explained stated spoke proposed announced remarked
    emphasised emphasized underlined urged called shared recalled argued suggested""".split()
)
SPEECH_NOUNS = frozenset("выступление доклад обращение речь интервью заявление приветствие слово".split())
_ACCORDING = frozenset(("словам", "мнению"))  # "По словам X", "По мнению X"
_RELATIVE = frozenset("который которая которые".split())
_ADVERBS = frozenset("не раз неоднократно всегда также уже еще ещё вновь тоже лично часто особо отдельно прямо открыто".split())
_PRONOUNS = frozenset("он она они he she they ол".split())


@lru_cache(maxsize=100_000)
def _speech_verb(word: str) -> tuple[str | None, str | None] | None:
    """(gender, number) of a finite speech verb form, else None (asked of every word: cached)."""
    low = word.lower()
    if low.endswith(("ся", "сь")) and not low.startswith(("подел", "высказ", "дел")):
        return None
    v = verb_info(low)
    if not v or v[3] != "fin" or v[0] not in SPEECH_LEMMAS:
        return None
    return (v[1], v[2])


@lru_cache(maxsize=100_000)
def _speech_cue(word: str) -> bool:
    """The word can make its neighbour a speaker: a speech verb or gerund, a speech noun, словам."""
    low = word.lower()
    return low in SPEECH_GERUNDS or low in SPEECH_NOUNS or low in _ACCORDING or _speech_verb(word) is not None


def _agrees(m: Mention, gender: str | None, number: str | None, plural_subject: bool) -> bool:
    if number == "plur":
        return plural_subject
    if plural_subject:
        return False
    if gender == "femn" and m.gender == "m" or gender == "masc" and m.gender == "f":
        return False
    return True


def _speaker_mentions(text: str, tokens: list[Token], mentions: list[Mention], language: str,
                      labels: list[Label] | None = None) -> list[tuple[Mention, int]]:
    """(mention, token index of the speech verb, or of a transcript label's colon) for every
    speaking mention, in the text's order."""
    if labels is None:
        labels = transcript_labels(text, tokens, mentions)
    cued = _cued_mentions(text, tokens, mentions, language)
    if not labels:
        return cued
    return sorted(cued + [(lb.speaker, lb.cue) for lb in labels if lb.speaker is not None], key=_cue_index)


def _cue_index(spoken: tuple[Mention, int]) -> int:
    return spoken[1]


def _cued_mentions(text: str, tokens: list[Token], mentions: list[Mention], language: str) -> list[tuple[Mention, int]]:
    """(mention, token index of the speech verb) for every mention a speech verb makes a speaker."""
    sids = text_sentence_ids(text)  # tokens are the text's own
    starts = {m.first_token: m for m in mentions}
    ends = {m.last_token: m for m in mentions}
    out: list[tuple[Mention, int]] = []
    n = len(tokens)
    if language == "kk":
        by_sent: dict[int, list[int]] = {}
        for k, t in enumerate(tokens):
            by_sent.setdefault(sids[k], []).append(k)
        for sid, ks in by_sent.items():
            words = [tokens[k].text.lower() for k in ks if tokens[k].is_word]
            if not any(w in KK_SPEECH for w in words[-4:]) and not any(w in ("деді", "деп") for w in words):
                continue
            ms = [starts[k] for k in ks if k in starts and starts[k].nominative]
            if ms:
                # "– деді Ә.Сейітқали": the name after деді; otherwise the first name (the subject)
                after = [m for m in ms if m.first_token > 0 and tokens[m.first_token - 1].text.lower() in ("деді", "өтті", "айтты")]
                out.append((after[0] if after else ms[0], ks[-1]))
        return out
    if language == "en":
        for k, t in enumerate(tokens):
            if t.text.lower() not in EN_SPEECH:
                continue
            # name before (Sadykov said; Dana Bekova, a student..., said) or after (said Sadykov)
            cand = None
            j = k - 1
            if j >= 0 and j + 1 in ends:
                cand = ends[j + 1]
            else:
                m = max((m for m in mentions if m.last_token <= k and sids[m.first_token] == sids[k]), key=lambda m: m.first_token, default=None)
                if m is not None and m.last_token < n and tokens[m.last_token].text == "," and tokens[k - 1].text == ",":
                    cand = m
            if cand is None:
                # "said Sadykov", "said President Kassym-Jomart Tokayev": capitalized titles between
                i = k + 1
                while i not in starts and i < min(n, k + 4) and tokens[i].is_cap and sids[i] == sids[k]:
                    i += 1
                cand = starts.get(i)
            if cand is not None:
                out.append((cand, k))
        return out
    for k, t in enumerate(tokens):
        if not (t.is_word and _speech_cue(t.text)):  # one cached call skips most words
            continue
        low = t.text.lower()
        gerund = low in SPEECH_GERUNDS and (k == 0 or sids[k - 1] != sids[k] or not tokens[k - 1].is_word)
        sv = None if gerund else _speech_verb(t.text)
        if low in _ACCORDING:
            # "По словам С.Абдрахманова", "По мнению депутата Мажилиса Ш. Осина": the name after the role
            named = _name_after_role(tokens, sids, k, starts) if k > 0 and tokens[k - 1].text.lower() == "по" else None
            if named is not None:
                out.append((named, k))
            continue
        if low in SPEECH_NOUNS and (k == 0 or sids[k - 1] != sids[k]):
            # "Выступление председателя ... Г.Сейтказиной на форуме": the speech's author
            for i in range(k + 1, min(n, k + 20)):
                if sids[i] != sids[k] or tokens[i].text in ".:;«" or tokens[i].text == "," and not (
                        i + 1 < n and _another_post(tokens[i + 1].text)):
                    break
                if i in starts:
                    out.append((starts[i], k))
                    break
            continue
        if sv is None and not gerund:
            continue
        gender, number = sv if sv else (None, None)
        if k >= 2 and tokens[k - 1].text.lower() in _RELATIVE and tokens[k - 2].text == "," and k - 2 in ends:
            # "А.Шмидт, который рассказал о музее"
            m = ends[k - 2]
            if m.nominative and _agrees(m, gender, number, False):
                out.append((m, k))
            continue
        if k >= 1 and tokens[k - 1].text.lower() in ("он", "она") and (k < 2 or sids[k - 2] != sids[k - 1]):
            # "Он отметил": the last named subject of the preceding sentences, same gender
            want = "m" if tokens[k - 1].text.lower() == "он" else "f"
            first_in_sentence: dict[int, Mention] = {}
            for m in mentions:
                if m.last_token <= k - 1 and 1 <= sids[k] - sids[m.first_token] <= 2:
                    first_in_sentence.setdefault(sids[m.first_token], m)
            prev = [m for m in first_in_sentence.values() if m.nominative and m.gender in (want, None)]
            if prev:
                out.append((prev[-1], k))
            continue
        found = _subject_before(tokens, sids, k, ends, mentions) if not gerund else []
        if not found and not gerund:
            found = _subject_after(tokens, sids, k, starts)
        if gerund:
            # Выступая перед собравшимися, депутат А. Платонов ...: the subject after the phrase
            c = next((i for i in range(k + 1, min(n, k + 40)) if tokens[i].text == "," and sids[i] == sids[k]), None)
            if c is not None:
                found = _subject_after(tokens, sids, c, starts)
        plural = len(found) > 1
        for m in found:
            if m.nominative and (gerund or _agrees(m, gender, number, plural)) and not (
                    sv and _recalls_past_words(tokens, sids, m, k)):
                out.append((m, k))
    return out


def _another_post(word: str) -> bool:
    """A role in the genitive after a comma: "Выступление Председателя АНК, Президента РК К.К. Токаева"."""
    nc = noun_cases(word)
    return nc is not None and nc[0] and "gent" in nc[1]


def _subject_before(tokens, sids, k, ends, mentions) -> list[Mention]:
    """Mentions ending right before the verb (a list, or one with an insertion between commas)."""
    j = k
    # skip one insertion: ", который поделился опытом ..., отметил" / ", приехавший на форум,"
    if j - 1 >= 0 and tokens[j - 1].text == ",":
        if j - 1 in ends:
            j = j - 1
        else:
            i = j - 2
            depth = 0
            while i >= 0 and sids[i] == sids[k] and k - i < 40:
                if tokens[i].text == "," and depth == 0:
                    break
                i -= 1
            if i >= 0 and tokens[i].text == "," and i in ends:
                j = i
            elif i >= 0 and tokens[i].text == ",":
                return []
    if j not in ends:
        # adverbs between: "Назарбаев не раз подчеркивал", "А.Сарсенбаева также отметила"
        i = j
        while i - 1 >= 0 and j - i < 3 and tokens[i - 1].text.lower() in _ADVERBS:
            i -= 1
        if i in ends and i < j:
            j = i
        elif (i := _before_setting(tokens, j)) is not None and i in ends:
            j = i
        else:
            return []
    found = [ends[j]]
    # walk back through a list: "Л.Прокопенко, депутаты Мажилиса А.Хамедов, Ш.Осин"
    cur = ends[j]
    while True:
        i = cur.first_token - 1
        steps = 0
        while i >= 0 and sids[i] == sids[k] and steps < 8 and not (i + 1) in ends:
            t = tokens[i]
            if t.text in (",", "и"):
                i -= 1
                steps += 1
                continue
            if t.is_word and not verb_info(t.text) and t.text[0].isalpha():
                i -= 1
                steps += 1
                continue
            break
        if i + 1 in ends and ends[i + 1] is not cur and sids[i] == sids[k] and tokens[i + 1].text in (",", "и") or (
                i + 1 in ends and ends[i + 1] is not cur):
            prev = ends[i + 1]
            between = tokens[prev.last_token:cur.first_token]
            if any(t.text in (",", "и") for t in between[:1]):
                found.insert(0, prev)
                cur = prev
                continue
        break
    return found


def _name_after_role(tokens, sids, k, starts) -> Mention | None:
    """The name right after token k, or after a role of at most five words in between (no
    punctuation but an initial's dot): "словам депутата Мажилиса Ш. Осина"."""
    for i in range(k + 1, min(len(tokens), k + 7)):
        if i in starts:
            return starts[i]
        if not tokens[i].is_word or sids[i] != sids[k]:
            return None
    return None


def _before_setting(tokens, j) -> int | None:
    """Where a short phrase of setting ending at token j starts: "К.К. Токаев в своем
    выступлении заявил" (в/во and at most three lowercase words, no verb)."""
    i = j - 1
    while i >= 0 and j - i <= 4 and tokens[i].is_word and not tokens[i].is_cap:
        if tokens[i].text in ("в", "во"):
            return i
        if verb_info(tokens[i].text):
            return None
        i -= 1
    return None


def _subject_after(tokens, sids, k, starts) -> list[Mention]:
    """The name after the verb: "– сказал А.Шмидт", "выступил заведующий секретариатом ... Б.Оразбаев"."""
    n = len(tokens)
    i = k + 1
    steps = 0
    while i < n and sids[i] == sids[k] and steps < 14:
        if i in starts:
            found = [starts[i]]
            # a following list: "выступили А.Хамедов, Ш.Осин"
            m = starts[i]
            while m.last_token + 1 < n and tokens[m.last_token].text in (",", "и") and m.last_token + 1 in starts:
                m = starts[m.last_token + 1]
                found.append(m)
            return found
        t = tokens[i]
        if t.text in ".!?;:«»\"" or (t.is_word and verb_info(t.text) and verb_info(t.text)[3] == "fin"):
            return []
        if t.text == "," and steps > 0:
            return []
        if t.is_word and t.text.lower() in _PRONOUNS:
            return []
        i += 1
        steps += 1
    return []


def _unique(xs) -> list[str]:
    seen: dict[str, None] = {}
    for x in xs:
        seen.setdefault(x, None)
    return list(seen)


def find_speakers(text: str, language: str | None = None, on: date | None = None,
                  aliases: Aliases | None = None, mentions: list[Mention] | None = None) -> list[str]:
    """Canonical forms of the persons reported as speaking, in order of first speech."""
    language = language or detect_language(text)
    aliases = aliases if aliases is not None else default_aliases()
    if mentions is None:
        mentions = find_persons(text, language, on, aliases)
    tokens = tokenize(text)
    return _unique(m.canonical for m, _ in _speaker_mentions(text, tokens, mentions, language))


def attribute_passages(paragraphs: list[str], language: str | None = None, on: date | None = None,
                       aliases: Aliases | None = None, title: str = "") -> list[list[str]]:
    """The speakers each paragraph is attributed to, in order: the subjects of its speech verbs
    (депутаты А.Хамедов, Ш.Осин рассказали: both; А отметил..., Б подчеркнул...: both), or the
    last speaker of the previous paragraph when this one continues the quote (opens with a quote
    or a dash, or attributes it to a pronoun: `– сказал он`). In one person's speech (`title`
    or the opening lines: «Выступление Б.Жумабекова ...») the body is the author's but where a
    paragraph clearly reports someone else's words."""
    return [_speakers_of_turns(ts) for ts in attribute_turns(paragraphs, language, on, aliases, title)]


def attribute_turns(paragraphs: list[str], language: str | None = None, on: date | None = None,
                    aliases: Aliases | None = None, title: str = "") -> list[list[Turn]]:
    """Each paragraph as its speakers' turns: (offset in the paragraph where the turn starts, its
    speakers). A paragraph where one person's speech follows another's, or follows words nobody
    is reported to say, has a turn for each."""
    if not paragraphs:
        return []
    sep = "\n\n"
    text = sep.join(paragraphs)
    language = language or detect_language(text)
    aliases = aliases if aliases is not None else default_aliases()
    mentions = find_persons(text, language, on, aliases)
    return _attribute_turns(paragraphs, text, sep, mentions, language, title=title)


class Turn(NamedTuple):
    offset: int  # where the turn starts in its paragraph
    speakers: list[str]


def _speakers_of_turns(turns: list[Turn]) -> list[str]:
    return _unique(s for t in turns for s in t.speakers)


# a speech document's title opens with one of these: «Выступление ...», «Доклад ...», «Речь ...»
_SPEECH_TITLE = re.compile(r"^\W*(выступление|доклад|речь|слово|приветственное слово|обращение)\b", re.IGNORECASE)
# how a speaker refers to someone's words rather than reports them: "не раз подчеркивал", "как
# отметил Глава государства"
_REFERENCE_BEFORE = frozenset("раз неоднократно всегда часто однажды как".split())
_OPENING_PARAGRAPHS = 3


def _speech_author(paragraphs: list[str], bounds, starts: list[int], title: str, spoken, tokens,
                   mentions: list[Mention], mention_starts: list[int], language: str) -> tuple[str, int] | None:
    """(canonical name, index of the first paragraph of the body) when the document is one
    person's speech: its title (or first paragraph) is «Выступление ...», «Доклад ...»..., and
    the title or the opening lines name the speaker."""
    head = title or (paragraphs[0] if paragraphs else "")
    if not _SPEECH_TITLE.match(head.strip()) and not (paragraphs and _SPEECH_TITLE.match(paragraphs[0].strip())):
        return None
    opening_end = bounds[min(len(bounds), _OPENING_PARAGRAPHS) - 1][1]
    named = [m for m, k in spoken if m.kind != "given" and tokens[k].start < opening_end]
    if not named and title and title.strip() != paragraphs[0].strip():
        # a title kept apart from the text (an HTML <title>) may be the only place naming him
        named = find_persons(title, language)
    author = next((m.canonical for m in named if m.kind != "given"), None)
    if author is None:
        return None
    # the body starts after the last opening paragraph naming the author ("Выступление председателя
    # ... Г.Сейтказиной на форуме" after the title and a date line; "выступил ... Б.Жумабеков.
    # Публикуем текст выступления."): those are the publisher's words
    body = 0
    for m in mentions[:bisect_left(mention_starts, opening_end)]:
        if m.canonical == author:
            body = max(body, bisect_right(starts, m.start))
    # a date line, a place or a heading after them is the publisher's too
    while body < len(paragraphs) and _heading_like(paragraphs[body]):
        body += 1
    return author, body


def _heading_like(paragraph: str) -> bool:
    """A short line that ends no sentence: "28 апреля 2022 года", "г. Астана", a heading."""
    text = paragraph.strip()
    return len(text) < 120 and not text.endswith((".", "!", "?", "…", "»", '"', ":"))


def _is_reference(tokens: list[Token], sids, m: Mention, k: int) -> bool:
    """The speech verb refers to someone's words said elsewhere, not here: "Токаев не раз
    говорил", "Как подчеркнул Глава государства"."""
    return bool(_REFERENCE_BEFORE & _words_around_cue(tokens, sids, m, k))


def _recalls_past_words(tokens: list[Token], sids, m: Mention, k: int) -> bool:
    """Anywhere, not only in a speech: "Как отмечал Глава государства, ..." recalls what someone
    used to say rather than reports him speaking; "Как отметил аким, ..." in a report of a
    meeting is his speech there. ("Назарбаев не раз подчеркивал" stays a speaker of the
    document: samples/gold.json counts him so.)"""
    return "как" in _words_around_cue(tokens, sids, m, k) and _past_imperfective(tokens[k].text)


def _words_around_cue(tokens: list[Token], sids, m: Mention, k: int) -> set[str]:
    """The word before "subject + verb" (or "verb + subject") and the two between them."""
    first = min(k, m.first_token)
    before = [t.text.lower() for t in tokens[max(0, first - 2):first] if sids[first] == sids[k]]
    between = [t.text.lower() for t in tokens[m.last_token:k]] if m.last_token <= k else []
    return set(before[-1:] + between[-2:])


@lru_cache(maxsize=10_000)
def _past_imperfective(word: str) -> bool:
    ps = parses(word)
    return bool(ps) and ps[0].tag.POS == "VERB" and ps[0].tag.aspect == "impf" and ps[0].tag.tense == "past"


def _own_voice(paragraph: str) -> bool:
    """The paragraph speaks in the first person or addresses the audience, outside its quotes."""
    outside = re.sub(r"«[^«»]*»", " ", paragraph).lower()
    return any(w in OWN_VOICE for w in re.findall(r"\w+", outside))


def _attribute_turns(paragraphs: list[str], text: str, sep: str, mentions: list[Mention], language: str,
                     spoken: list[tuple[Mention, int]] | None = None,
                     tokens: list[Token] | None = None, title: str = "") -> list[list[Turn]]:
    tokens = tokens if tokens is not None else tokenize(text)
    labels = transcript_labels(text, tokens, mentions)
    if spoken is None:
        spoken = _speaker_mentions(text, tokens, mentions, language, labels)
    bounds = []
    pos = 0
    for p in paragraphs:
        bounds.append((pos, pos + len(p)))
        pos += len(p) + len(sep)
    sids = text_sentence_ids(text)
    mention_starts = [m.start for m in mentions]
    starts = [a for a, _ in bounds]
    author = _speech_author(paragraphs, bounds, starts, title, spoken, tokens, mentions, mention_starts, language)
    # each paragraph's speaking mentions in the order they were found: one pass over them (a
    # scan of every mention per paragraph took minutes on a book-length file)
    spoken_in: list[list[tuple[Mention, int]]] = [[] for _ in bounds]
    label_cues = {lb.cue for lb in labels}
    for m, k in spoken:
        at = tokens[k].start
        i = bisect_right(starts, at) - 1
        if tokens[k].text.lower() in SPEECH_NOUNS or k in label_cues:
            continue  # "Выступление К.К. Токаева на сессии" names a speech, it is not part of it
        if m.kind != "given" and i >= 0 and at < bounds[i][1]:
            spoken_in[i].append((m, k))
    voices = _transcript_voices(paragraphs, starts, labels)
    out: list[list[Turn]] = []
    continued: list[bool] = []  # the paragraph is one turn that names no speaker of its own
    prev: list[str] = []
    for i, ((a, b), found) in enumerate(zip(bounds, spoken_in)):
        para = text[a:b]
        continued.append(not found and voices[i] is None)
        if voices[i] is not None:
            # a transcript: every word is the labelled speaker's, whoever he reports or quotes
            out.append([Turn(0, voices[i])])
            prev = voices[i]
            continue
        in_body = author is not None and i >= author[1]
        if in_body and any(m.canonical != author[0] for m, _ in found):
            # the author's own text: what he refers to ("Токаев не раз говорил") is not said here
            voice = _own_voice(para)
            found = [(m, k) for m, k in found if m.canonical == author[0]
                     or not (voice or _is_reference(tokens, sids, m, k))]
        named = mentions[bisect_left(mention_starts, a):bisect_left(mention_starts, b)]
        turns = _turns(para, a, found, named, tokens, sids)
        # the words before the first reported speech: the author's in a speech, a continued quote's
        # speaker, or nobody's
        if not found and _question_to_someone(para):
            out.append(turns)  # an interviewer's question: nobody's, and the one asked answers next
            continue
        if not turns[0].speakers:
            turns[0] = Turn(turns[0].offset, _unattributed(para, prev, author[0] if in_body else None))
            if len(turns) > 1 and turns[1].speakers == turns[0].speakers:
                del turns[1]  # the continued speaker goes on speaking
        if in_body:
            # in a speech, what follows someone's quoted words is the author's again
            turns = [t if t.speakers or j == 0 else Turn(t.offset, [author[0]]) for j, t in enumerate(turns)]
        out.append(turns)
        prev = turns[-1].speakers
    _give_quotes_their_closing_speaker(paragraphs, out, continued)
    return out


def _transcript_voices(paragraphs: list[str], starts: list[int], labels: list[Label]) -> list[list[str] | None]:
    """Each paragraph's speaker by the transcript's labels: the one of the last label opening it
    or a paragraph before it ([] for a label of nobody, and for a stage direction such as
    «(Аплодисменты)»); None before the first label, and in a text without labels."""
    opened: dict[int, list[str]] = {}
    for lb in labels:
        i = bisect_right(starts, lb.at) - 1
        if i >= 0 and not paragraphs[i][:lb.at - starts[i]].strip():
            opened[i] = [lb.speaker.canonical] if lb.speaker is not None else []
    out: list[list[str] | None] = []
    voice = None
    for i, para in enumerate(paragraphs):
        voice = opened.get(i, voice)
        out.append(None if voice is None else [] if _stage_direction(para) else voice)
    return out


def _stage_direction(para: str) -> bool:
    text = para.strip()
    return text.startswith("(") and text.rstrip(".").endswith(")")


_QUOTE_RUNS_ON = 4  # paragraphs a quote may run over before its closing mark


def _give_quotes_their_closing_speaker(paragraphs: list[str], out: list[list[Turn]], continued: list[bool]) -> None:
    """A quote opening a paragraph and closing in a later one («Первый абзац…  Второй абзац»,
    — отметил X.) is the words of the speaker its closing names, from its first paragraph on."""
    for i, para in enumerate(paragraphs):
        if not continued[i] or not para.lstrip().startswith("«") or _quote_depth(para, 0) <= 0:
            continue
        depth = _quote_depth(para, 0)
        for j in range(i + 1, min(len(paragraphs), i + 1 + _QUOTE_RUNS_ON)):
            closed = _quote_closes(paragraphs[j], depth)
            if closed is None:
                if not continued[j]:
                    break  # someone else's words before the quote closes: not one quote
                depth = _quote_depth(paragraphs[j], depth)
                continue
            speakers = next(t.speakers for t in reversed(out[j]) if t.offset <= closed)
            if speakers:
                for p in range(i, j):
                    out[p] = [Turn(0, list(speakers))]
            break


def _quote_depth(para: str, depth: int) -> int:
    """How many «…» are open after the paragraph, `depth` open before it (a paragraph of a quote
    that runs on opens with « again by convention: no new quote)."""
    text = para.lstrip()
    if depth and text.startswith("«"):
        text = text[1:]
    return depth + text.count("«") - text.count("»")


def _quote_closes(para: str, depth: int) -> int | None:
    """Offset in the paragraph where the `depth` open quotes close, if they do."""
    lead = len(para) - len(para.lstrip())
    start = lead + 1 if para[lead:lead + 1] == "«" else lead
    for x in range(start, len(para)):
        ch = para[x]
        if ch == "«":
            depth += 1
        elif ch == "»":
            depth -= 1
            if depth == 0:
                return x
    return None


# "– Александр Ильич, почему ...?": a dash (or none), then the addressee's names before a comma
_ADDRESS = re.compile(r"^\W{0,3}((?:[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][\w-]*\s*){1,3}),")


def _question_to_someone(para: str) -> bool:
    """The paragraph asks the person it addresses by name (an interviewer's question): not the
    words of the one who answers. Names, not words of the dictionary: "– Конечно, ...?" answers."""
    text = para.strip()
    address = _ADDRESS.match(text)
    return bool(address and text.endswith("?")
                and not any(word_info(w)["common"] for w in address.group(1).split()))


def _unattributed(para: str, prev: list[str], author: str | None) -> list[str]:
    lead = para.lstrip()
    # a continued quote belongs to the last one who spoke in the paragraph before, and so does the
    # rest of a sentence a page or column break cut ("...структур:" / "кафедры Ассамблеи ...")
    if prev and (lead[:1] in "«\"“–—-" or lead[:1].islower()):
        return prev[-1:]
    if prev and any(w in lead.lower() for w in ("сказал он", "сказала она", "отметил он", "отметила она",
                                                "подчеркнул он", "подчеркнула она", "he said", "she said")):
        return prev[-1:]
    return [author] if author else []


def _turns(para: str, base: int, found: list[tuple[Mention, int]], named: list[Mention],
           tokens: list[Token], sids) -> list[Turn]:
    """The paragraph cut where a new speaker's part starts: at the sentence that introduces him
    (his first mention since the previous turn: "Е.Нурпеисов представил доклад. Он отметил..."),
    else at the sentence holding the speech verb (or the quote that sentence closes). A speaker
    already speaking in the turn (the second of "А, Б рассказали... Б предложил") starts none.
    Where a speaker's words end before the next cue (a closed quote and its attribution, then
    narration), the rest is a turn of nobody's. `named` are the paragraph's mentions."""
    turns: list[Turn] = [Turn(0, [])]
    lost_breaks = len(para) > MAX_PASSAGE_CHARS
    said_until: int | None = None  # where the current speaker's words end, when known
    for m, k in sorted(found, key=lambda x: tokens[x[1]].start):
        cur = turns[-1]
        intro = next((n for n in named if n.canonical == m.canonical and n.start - base >= cur.offset
                      and n.first_token <= k), None)
        first = intro.first_token if intro is not None else _cue_token(m, k, sids)
        at = _quote_start(para, _sentence_start(para, base, first, tokens, sids))
        if said_until is not None and at > said_until and para[said_until:at].strip():
            turns.append(Turn(said_until, []))  # narration between his words and the next cue
            cur = turns[-1]
        elif m.canonical in cur.speakers:
            # he goes on speaking; once the text has marked where his words end, what he adds
            # ends with its sentence too
            more = _words_end(para, base, k, tokens, sids, lost_breaks or said_until is not None,
                              _speaker_ref(m, k, tokens, sids))  # never None then
            said_until = more if said_until is None else max(said_until, more)
            continue
        said_until = _words_end(para, base, k, tokens, sids, lost_breaks, _speaker_ref(m, k, tokens, sids))
        at = max(at, cur.offset)
        if not para[cur.offset:at].strip():
            turns[-1] = Turn(cur.offset, _unique(cur.speakers + [m.canonical]))
        else:
            turns.append(Turn(at, [m.canonical]))
    if said_until is not None and para[said_until:].strip():
        turns.append(Turn(said_until, []))
    return turns


# a direct quote closed right before the speech verb: "«...», — отметил", "\"...,\" said"
_QUOTE_BEFORE_VERB = re.compile(r"(?:[»\"”]\s*,?\s*[—–-]|[,!?][\"”]\s*[—–-]?)\s*$")
# a direct quote opened after the verb (and its subject, initials allowed) in the same sentence:
# "сказал А.Шмидт: «..."
_QUOTE_AFTER_VERB = re.compile(r"(?:[^.!?«»\"“:]|(?<=\b[A-ZА-ЯЁ])\.){0,120}:\s*[«\"“]")
# a sentence that goes on with the same speaker's words in his own voice: a quote, a dashed line
_QUOTE_GOES_ON = re.compile(r"[«\"“—–-]")


def _words_end(para: str, base: int, k: int, tokens: list[Token], sids, reported_ends: bool,
               speaker: SpeakerRef) -> int | None:
    """Offset in the paragraph where the words attributed by the cue at token k end, when the
    text marks it: a direct quote and the sentence attributing it, with the sentences that
    continue it (quotes, dashed lines, his reported speech: see _reports_him); what follows is
    the narrator's. With `reported_ends` (a paragraph whose breaks were lost, a report saved as
    one line; or a speaker whose words already ended once) also reported speech, which then ends
    with its sentence and the ones continuing it.
    None: the speaker's words run on to the next cue (the paragraph's own convention)."""
    verb = tokens[k].start - base
    if _QUOTE_BEFORE_VERB.search(para, 0, verb):
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
_CONNECTIVES = _ADVERBS | frozenset(
    "кроме того помимо этого вместе с тем при в свою очередь далее затем частности заключение "
    "завершение как и а но же".split())
# he as a subject, and his in "По его словам" (their: a group's words go on too)
_HE = {"он": "m", "она": "f"}
_HIS = {"его": "m", "ее": "f", "её": "f", "их": None}


def _speaker_ref(m: Mention, k: int, tokens: list[Token], sids) -> SpeakerRef:
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
    if s + 2 < n and tokens[s].text.lower() == "по":
        # "По словам акима", "По его мнению"
        according = [w for w in (tokens[s + 1].text.lower(), tokens[s + 2].text.lower()) if w not in _ACCORDING]
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
        if low in _CONNECTIVES and not subject or low in _ADVERBS:
            continue  # "Также он", "Он также"
        v = verb_info(low)
        if v is not None and v[3] == "fin":
            said = _speech_verb(t.text)
            return (said is not None and len(subject) == 1 and _may_be_nominative(subject[0])
                    and _refers_to(subject[0], speaker, _HE) and _agrees(speaker.mention, *said, False))
        subject.append(low)
        if len(subject) > 1:
            return False  # "В этом году он отметил": more than the reference to him
    return False


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
    """Offset in the paragraph right after the sentence holding token t."""
    e = t
    limit = base + len(para)
    while e + 1 < len(tokens) and sids[e + 1] == sids[t] and tokens[e + 1].end <= limit:
        e += 1
    return tokens[e].end - base


def _after_quote(para: str, base: int, opened: int, tokens: list[Token], sids) -> int:
    """Offset right after the sentence in which the quote opening at `opened` closes (the quote
    may hold several sentences); the paragraph's end when it never closes."""
    mark = para[opened]
    close = para.find("»" if mark == "«" else "”" if mark == "“" else '"', opened + 1)
    if close < 0:
        return len(para)
    t = _token_at(tokens, base + close)
    return _sentence_end(para, base, t, tokens, sids) if t is not None else len(para)


def _cue_token(m: Mention, k: int, sids) -> int:
    """The first token of "subject + verb" when they share a sentence, else the verb."""
    return m.first_token if m.first_token < k and sids[m.first_token] == sids[k] else k


def _sentence_start(para: str, base: int, t: int, tokens: list[Token], sids) -> int:
    """Offset in the paragraph of the sentence holding token t."""
    s = t
    while s > 0 and sids[s - 1] == sids[t] and tokens[s - 1].start >= base:
        s -= 1
    return max(0, tokens[s].start - base)


def _quote_start(para: str, at: int) -> int:
    """`at`, or where the quote open at `at` starts: a sentence ending a quote brings the quote
    ("«Мы помним. И передаем детям», – сказал он")."""
    opened = para.rfind("«", 0, at)
    if opened >= 0 and para.find("»", opened, at) < 0:
        return _back_to_sentence(para, opened)
    if para.count('"', 0, at) % 2:
        return _back_to_sentence(para, para.rfind('"', 0, at))
    return at


def _back_to_sentence(para: str, at: int) -> int:
    """The start of the sentence a quote opening at `at` is in (the quote itself when it opens
    one: `Он сказал: «...` stays whole)."""
    stop = max(para.rfind(". ", 0, at), para.rfind("! ", 0, at), para.rfind("? ", 0, at))
    return stop + 2 if stop >= 0 else 0
