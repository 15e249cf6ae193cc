"""Speakers: persons reported as speaking, and the speaker of each paragraph.

    find_speakers(text, language=None, on=None, aliases=None) -> list[str]
    attribute_passages(paragraphs, language=None, on=None, aliases=None) -> list[str | None]

A person is a speaker when a speech verb (отметил, подчеркнула, заявили, рассказал,
выступил, сообщил...; деді, атап өтті, айтты; said, noted...) has the person as its subject:
the name before the verb (lists and a comma-enclosed insertion allowed: `А. Платонов,
который поделился опытом..., отметил`), after it (`«...», – сказал А. Платонов`, `выступил
заведующий ... Б.Оразбаев`), or after `По словам`. The subject must be in the nominative and
agree in gender and number (`И.Миллер, которая` is no subject of `выразили`).

The work is shared out: speech_words (the vocabulary), speech_cues (who speaks), speech_authors
(one person's speech), protocol_records (a protocol's СЛУШАЛИ:/ВЫСТУПИЛИ: records), paragraph_turns (a
paragraph's turns), speech_extent (where a speaker's
words end), quote_runs (quotes over several paragraphs).
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from datetime import date

from ._text import Token, text_sentence_ids, tokenize
from .aliases import Aliases, default_aliases
from .appearances import appearance_only
from .community_languages import reading_language
from .language import detect_language
from .own_attribution import Attribution, own_attribution
from .interview_questions import asks, dash_led, interviewer_questions, set_off_questions
from .interview_labels import answer_label
from .paragraph_turns import NarratedTurn, Turn, split_into_turns, unattributed, unique
from .persons import Mention, find_persons
from .post_holders import with_post_holders
from .quote_runs import give_quotes_their_closing_speaker
from .quoted_others import without_others_reported, without_quoted_others
from .speech_authors import is_reference, own_voice, speech_author
from .speech_cues import speaker_mentions
from .speech_words import names_a_speech
from .transcripts import Label, interviewee_of, is_byline, opens_paragraph, transcript_labels


def find_speakers(text: str, language: str | None = None, on: date | None = None,
                  aliases: Aliases | None = None, mentions: list[Mention] | None = None) -> list[str]:
    """Canonical forms of the persons reported as speaking, in order of first speech."""
    written_in = language or detect_language(text)
    language = reading_language(written_in)  # a community language by its script's rules, and its own verbs
    aliases = aliases if aliases is not None else default_aliases()
    if mentions is None:
        mentions = find_persons(text, language, on, aliases, written_in=written_in)
    tokens = tokenize(text)
    mentions = with_post_holders(text, tokens, mentions, aliases)  # «— сказал Председатель Сената»: its holder
    return unique(m.canonical for m, _ in speaker_mentions(text, tokens, mentions, language, written_in=written_in))


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
    written_in = language or detect_language(text)
    language = reading_language(written_in)  # a community language by its script's rules, and its own verbs
    aliases = aliases if aliases is not None else default_aliases()
    mentions = find_persons(text, language, on, aliases, written_in=written_in)
    return _attribute_turns(paragraphs, text, sep, mentions, language, title=title, written_in=written_in,
                            aliases=aliases)


def _speakers_of_turns(turns: list[Turn]) -> list[str]:
    return unique(s for t in turns for s in t.speakers)


def _attribute_turns(paragraphs: list[str], text: str, sep: str, mentions: list[Mention], language: str,
                     spoken: list[tuple[Mention, int]] | None = None,
                     tokens: list[Token] | None = None, title: str = "",
                     labels: list[Label] | None = None, written_in: str | None = None,
                     new_speaker: frozenset[int] = frozenset(), paused: frozenset[int] = frozenset(),
                     bold: frozenset[int] = frozenset(), aliases: Aliases | None = None) -> list[list[Turn]]:
    if tokens is None:
        tokens = tokenize(text)
        mentions = with_post_holders(text, tokens, mentions, aliases)  # «— сказал Председатель Сената»: its holder
    if labels is None:
        labels = transcript_labels(text, tokens, mentions)
    if spoken is None:
        spoken = speaker_mentions(text, tokens, mentions, language, labels, written_in)
    bounds = []
    pos = 0
    for p in paragraphs:
        bounds.append((pos, pos + len(p)))
        pos += len(p) + len(sep)
    sids = text_sentence_ids(text)
    mention_starts = [m.start for m in mentions]
    starts = [a for a, _ in bounds]
    author = speech_author(paragraphs, bounds, starts, title, spoken, tokens, mentions, mention_starts, language)
    # each paragraph's speaking mentions in the order they were found: one pass over them (a
    # scan of every mention per paragraph took minutes on a book-length file)
    spoken_in: list[list[tuple[Mention, int]]] = [[] for _ in bounds]
    label_cues = {lb.cue for lb in labels}
    for m, k in spoken:
        at = tokens[k].start
        i = bisect_right(starts, at) - 1
        if names_a_speech(tokens[k].text) or k in label_cues:
            continue  # "Выступление К.К. Токаева на сессии" names a speech, it is not part of it
        if m.kind != "given" and i >= 0 and at < bounds[i][1]:
            spoken_in[i].append((m, k))
    voices = _transcript_voices(paragraphs, starts, labels, new_speaker)
    lead_ins = _lead_ins(paragraphs, starts, labels)
    set_off = set_off_questions(paragraphs, bold, title)
    questions = interviewer_questions(paragraphs, [not found and v is None for found, v in zip(spoken_in, voices)],
                                      set_off)
    # an interview whose turns are labelled («Вопрос:» / «Ш. Юсупов:», «Ответ:»), not a session's transcript,
    # where every word under a label is the labelled speaker's, whoever he quotes
    labelled_interview = bool(set_off) or any(answer_label(p) for p in paragraphs)
    out: list[list[Turn]] = []
    continued: list[bool] = []  # the paragraph is one turn that names no speaker of its own
    prev: list[str] = []
    genders: dict[str, str] | None = None  # the persons' known genders, once an attribution asks
    said_of: list[Attribution | None] = [None] * len(paragraphs)  # each one's attribution of a carried speaker
    answerer: Mention | None | bool = False  # an interview's one interviewee; False: not looked for yet
    for i, ((a, b), found) in enumerate(zip(bounds, spoken_in)):
        para = text[a:b]
        if i in new_speaker or i in paused:
            prev = []  # someone else, or after a recording's long pause: nobody reported before goes on
        continued.append(not found and voices[i] is None)
        if voices[i] is not None:
            if i in lead_ins:
                out.append(_after_lead_in(para, voices[i]))
            elif labelled_interview and len(voices[i]) == 1:
                # a labelled answer quoting a third person («Ответ: Аким сказал нам: «…». И это правда»):
                # the quote is his, the rest the answerer's
                named = mentions[bisect_left(mention_starts, a):bisect_left(mention_starts, b)]
                turns = split_into_turns(para, a, found, named, tokens, sids)
                out.append(without_quoted_others(para, _answer_turns(para, turns, voices[i][0])))
            else:
                # a transcript: every word is the labelled speaker's, whoever he reports or quotes
                out.append([Turn(0, voices[i])])
            prev = voices[i]
            continue
        # «— …?» or «Корр.: …?» asked, «— …» answered; after a question a label or bold type sets off,
        # the next paragraph answers with no dash too
        # (a byline, «Сұхбаттасқан …», closing the interview is the journalist's signature, no answer)
        answering = i > 0 and questions[i - 1] and not questions[i] and (
            dash_led(para) or (i - 1 in set_off and not is_byline(para)))
        if answering and answerer is False:
            answerer = interviewee_of(text, mentions)
        # «— …?» asked, «— …» answered: the words of the one the interview's title names
        answers = answerer.canonical if answering and answerer is not None else None
        if answers is not None and not found:
            # all his, but for what he reports someone he does not name said («учительница сказала мне: «…»»)
            out.append(without_others_reported(para, [Turn(0, [answers])], answers))
            prev = [answers]
            continue
        in_body = author is not None and author.holds(i)
        if in_body and any(m.canonical != author.author for m, _ in found):
            # the author's own text: what he refers to ("Токаев не раз говорил") is not said here
            voice = own_voice(para)
            found = [(m, k) for m, k in found if m.canonical == author.author
                     or not (voice or is_reference(tokens, sids, m, k))]
        named = mentions[bisect_left(mention_starts, a):bisect_left(mention_starts, b)]
        if not in_body and appearance_only(para, [tokens[k].text for _, k in found]):
            # «Глава государства выступил на сессии»: none of his words, but what follows may go on with him
            out.append([Turn(0, [])])
            prev = unique(m.canonical for m, _ in found)
            continue
        turns = split_into_turns(para, a, found, named, tokens, sids)
        # the words before the first reported speech: the author's in a speech, a continued quote's
        # speaker, or nobody's
        if questions[i]:
            out.append(turns)  # an interviewer's question: nobody's, and the one asked answers next
            continue
        if not turns[0].speakers:
            said = None
            if prev or in_body or answers:
                # «…», — улыбнулась Г. Ахметова, a verb no cue knows: the words are the carried-over
                # speaker's only if this attribution may name him
                said = own_attribution(tokens, sids, a, a + (turns[1].offset if len(turns) > 1 else b - a), named)
            if said is not None and genders is None:
                genders = {m.canonical: m.gender for m in reversed(mentions) if m.gender}
            said_of[i] = said
            speakers = unattributed(para, [answers] if answers else prev, author.author if in_body else None, said,
                                    genders or {}, answering)
            # «…», – деді ол.: a pronoun of the narration names him, as a cue does (cited as his quote)
            turns[0] = (NarratedTurn if speakers and said is not None and said.pronoun else Turn)(turns[0].offset, speakers)
            if len(turns) > 1 and turns[1].speakers == turns[0].speakers:
                # the continued speaker goes on speaking, in a turn the narration names him in
                turns[0:2] = [turns[1]._replace(offset=turns[0].offset)]
        if in_body:
            # in a speech, what follows someone's quoted words is the author's again
            turns = [t if t.speakers or j == 0 else Turn(t.offset, [author.author]) for j, t in enumerate(turns)]
        if answering and (own := _answerer_of(turns[0], answers)) is not None:
            # an answer quoting a third person («Глава государства сказал: «…»»), at its start too: the
            # quote is his, and what the answer goes on with is the answerer's again
            turns = _answer_turns(para, turns, own)
        turns = without_quoted_others(para, turns)
        out.append(turns)
        prev = turns[-1].speakers

    def may_say(i: int, speaker: str) -> bool:
        said = said_of[i]
        return said is None or said.fits(speaker, (genders or {}).get(speaker),
                                         author.author if author is not None and author.holds(i) else None)

    give_quotes_their_closing_speaker(paragraphs, out, continued, may_say)
    return out


def _answerer_of(first: Turn, answers: str | None) -> str | None:
    """Who answers in a paragraph answering a question, by its first turn: the interviewee (`answers`)
    when the turn is his or a third person's the answer quotes («– Глава государства подчеркнул: «…»»),
    else the one speaker the turn carried over; None when the turn's words are nobody's (an
    attribution that does not fit him)."""
    if answers is not None:
        return answers if first.narrated or first.speakers == [answers] else None
    return first.speakers[0] if len(first.speakers) == 1 and not first.narrated else None


def _answer_turns(para: str, turns: list[Turn], answerer: str) -> list[Turn]:
    """An interview answer's turns: the words no cue gives a third person are the answerer's, but for
    what he reports someone unnamed said (quoted_others.without_others_reported)."""
    own = [t if t.speakers else Turn(t.offset, [answerer]) for t in turns]
    return without_others_reported(para, own, answerer)


def _transcript_voices(paragraphs: list[str], starts: list[int], labels: list[Label],
                       new_speaker: frozenset[int] = frozenset()) -> list[list[str] | None]:
    """Each paragraph's speaker by the transcript's labels: the one of the last label opening it
    or a paragraph before it ([] for a label of nobody, and for a stage direction such as
    «(Аплодисменты)»); None before the first label, after a brief label's turn ends (an epigraph, a
    «Name. …» line, followed by a paragraph not in the speaker's own voice), and in a text without
    labels. A question opened by a dash («– Какие проекты вы считаете главными?») is nobody's and
    ends the turn, and so do a byline («Беседовала Айгуль Сапарова.») and a paragraph the file marks
    as someone else's (`new_speaker`: a subtitle's dialogue dash with no label)."""
    opened: dict[int, Label] = {}
    for lb in labels:
        i = bisect_right(starts, lb.at) - 1
        if i >= 0 and opens_paragraph(paragraphs[i], lb.at - starts[i]):
            opened[i] = lb
    out: list[list[str] | None] = []
    voice = None
    brief = False
    for i, para in enumerate(paragraphs):
        if i in opened:
            lb = opened[i]
            voice, brief = [lb.speaker.canonical] if lb.speaker is not None else [], lb.brief
        elif voice is not None and is_byline(para):
            voice = []  # «Беседовал Олег Сидоренко.»: the journalist signs, the last answer has ended
        elif voice is not None and brief and not own_voice(para) and not _read_out(para, paragraphs[i - 1]):
            voice = None  # an epigraph or a book list's line: the narration after it is nobody's turn
        elif voice is not None and (i in new_speaker or _dash_question(para)):
            voice = []  # the interviewer asks between labelled answers, or someone unnamed speaks: the turn ended
        out.append(None if voice is None else [] if _stage_direction(para) else voice)
    return out


def _lead_ins(paragraphs: list[str], starts: list[int], labels: list[Label]) -> set[int]:
    """The paragraphs a reporter's line opens: «Карин Е.Т., выступая на заседании, отметил:»."""
    out = set()
    for lb in labels:
        i = bisect_right(starts, lb.at) - 1
        if lb.lead_in and i >= 0 and opens_paragraph(paragraphs[i], lb.at - starts[i]):
            out.add(i)
    return out


def _after_lead_in(para: str, voice: list[str]) -> list[Turn]:
    """A paragraph opened by the reporter's line «Карин Е.Т., выступая на заседании, отметил:»: the
    line nobody's, the words under it the speaker's."""
    end = para.find("\n", len(para) - len(para.lstrip()))
    if end == -1 or not para[end:].strip():
        return [Turn(0, [])]
    return [Turn(0, []), Turn(end + 1, voice)]


def _read_out(para: str, before: str) -> bool:
    """Whether `para` is what the turn before it announced with a colon («Я хочу прочесть
    стихотворение…:»), or the next stanza of a poem so read out (a stanza keeps its line breaks:
    ingest.parsers.verse_lines): the speaker's reading, though not in his own voice."""
    return before.rstrip().endswith(":") or ("\n" in before.strip() and "\n" in para.strip())


def _dash_question(para: str) -> bool:
    """«– Какие проекты вы считаете главными?»: an interviewer's question in an interview whose
    answers are labelled."""
    return dash_led(para) and asks(para)


def _stage_direction(para: str) -> bool:
    text = para.strip()
    return text.startswith("(") and text.rstrip(".").endswith(")")
