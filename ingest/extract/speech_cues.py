"""Who speaks: the mentions a speech cue (a speech verb, gerund or noun, «По словам») or a
transcript label makes speakers, with the token index of the cue."""
from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable
from functools import lru_cache

from ._text import Token, noun_cases, parses, text_sentence_ids, verb_info
from ..passages import MAX_PASSAGE_CHARS
from .persons import Mention
from .quote_mark_roles import CLOSING_MARK, QUOTE_MARKS, closes_quote, opens_quote
from .quote_runs import quote_opening
from .speech_words import (ACCORDING, EN_SPEECH, EN_TITLE_AUTHOR_AFTER, EN_TITLE_SPEECH, KK_ACCORDING,
                           KK_GENITIVE, KK_SPEECH, KK_TITLE_SPEECH, PRONOUNS, RELATIVE, SPEECH_GERUNDS, SPEECH_NOUNS,
                           TITLE_SPEECH_NOUNS, adverb, agrees, speech_cue, speech_verb)
from .community_speech import speech_verbs_of
from .english_subjects import EN_DOTTED_TITLES, EN_TITLE_JOINS, english_subject
from .honorifics import HONORIFICS
from .kazakh_coordination import joined_names
from .language import (cyrillic_sentences, english_sentences, has_kazakh_letters, sentences_with_cyrillic,
                       text_kazakh_sentences)
from .protocol_records import Record, opens_a_record, protocol_records
from .transcripts import Label, transcript_labels


def speaker_mentions(text: str, tokens: list[Token], mentions: list[Mention], language: str,
                     labels: list[Label] | None = None, written_in: str | None = None) -> list[tuple[Mention, int]]:
    """(mention, token index of the speech verb, or of a transcript label's colon) for every
    speaking mention, in the text's order. `language` is the one whose rules read the text;
    `written_in` the document's own when it is a community language read by them (its speech
    verbs count too: Ukrainian «сказав»)."""
    if labels is None:
        labels = transcript_labels(text, tokens, mentions)
    cued = _cued_mentions(text, tokens, mentions, language, written_in)
    if records := _record_cues(text, tokens, mentions):
        cued = _merged(cued, records)
    if not labels:
        return cued
    return sorted(cued + [(lb.speaker, lb.cue) for lb in labels if lb.speaker is not None], key=_cue_index)


def _cue_index(spoken: tuple[Mention, int]) -> int:
    return spoken[1]


_DASHES = "–—-"
_POST_WORDS = 8  # «Ким Р.А. – член Совета АНК, предложил», «Досмаганбетову А.Е., руководителя исследовательской группы, –»


def _record_cues(text: str, tokens: list[Token], mentions: list[Mention]) -> list[tuple[Mention, int]]:
    """(mention, token index of the dash after it) for each name opening a protocol's record under
    СЛУШАЛИ: or ВЫСТУПИЛИ: («Тугжанова Е.Л. – о ходе подготовки…», «Ким Р.А. (член Совета) – …»,
    «Досмаганбетову А.Е., руководителя группы, – о…»): the head says that person spoke, whatever the
    case the name is in; for a record that only lists names under ВЫСТУПИЛИ: («Ким Р.А., Тен Н.В.»),
    each name, at its own last token."""
    named = _record_names(text, tokens, mentions)
    if not named:
        return []
    by_start = {m.start: m for m in mentions if m.kind != "given"}
    sids = text_sentence_ids(text)
    out: list[tuple[Mention, int]] = []
    for m, record in named:
        if (dash := _dash_after(text, tokens, sids, m)) is not None:
            out.append((m, dash))
        elif not record.heard and (names := _names_only(text, tokens, m, by_start)):
            out.extend((n, n.last_token - 1) for n in names)
    return out


def _record_names(text: str, tokens: list[Token], mentions: list[Mention]) -> list[tuple[Mention, Record]]:
    """The name opening each record of a protocol, at its start or after the person's post."""
    records = protocol_records(text)
    if not records:
        return []
    by_start = {m.start: m for m in mentions if m.kind != "given"}
    by_token = {m.first_token: m for m in by_start.values()}
    return [(m, record) for record in records
            if (m := by_start.get(record.at) or _name_after_post(text, tokens, record.at, by_token)) is not None]


def _name_after_post(text: str, tokens: list[Token], at: int, by_token: dict[int, Mention]) -> Mention | None:
    """The name a record opening at offset `at` gives after the person's post: «Заведующего
    секретариатом АНК области Омарова Бауыржана Жумабековича – об итогах…», «Председатель центра
    «Полония» Лещинская Ирина Станиславовна – рассказала…» (words and quotation marks, no verb)."""
    k = bisect_left(tokens, at, key=_token_start)
    line_end = text.find("\n", at)
    for i in range(k, min(len(tokens), k + _POST_WORDS + 4)):
        if i in by_token:
            return by_token[i] if i > k else None
        t = tokens[i]
        if line_end != -1 and t.start > line_end or not (t.is_word or t.text in QUOTE_MARKS) or (
                t.is_word and (v := verb_info(t.text)) is not None and v[3] in ("fin", "grnd")):
            return None
    return None


def _dash_after(text: str, tokens: list[Token], sids, m: Mention) -> int | None:
    """The dash after a record's name, past a post in brackets or between commas, on its line."""
    j = m.last_token
    if j < len(tokens) and tokens[j].text in "(,":
        closing = ")" if tokens[j].text == "(" else ","
        end = next((i for i in range(j + 1, min(len(tokens), j + 2 + _POST_WORDS))
                    if tokens[i].text == closing or not tokens[i].is_word), None)
        j = end + 1 if end is not None and tokens[end].text == closing else j
    if j < len(tokens) and tokens[j].text in _DASHES and sids[j] == sids[m.first_token] and (
            "\n" not in text[m.end:tokens[j].start]):
        return j
    return None


def _names_only(text: str, tokens: list[Token], m: Mention, by_start: dict[int, Mention]) -> list[Mention]:
    """The names of a line that holds nothing but names parted by commas or «и» and a full stop."""
    names = [m]
    while True:
        j = names[-1].last_token
        line_end = text.find("\n", names[-1].end)
        rest = text[names[-1].end:len(text) if line_end == -1 else line_end]
        if not rest.strip(" \t.;"):
            return names
        if j + 1 < len(tokens) and tokens[j].text in (",", "и") and (n := by_start.get(tokens[j + 1].start)):
            names.append(n)
            continue
        return []


def _cued_mentions(text: str, tokens: list[Token], mentions: list[Mention], language: str,
                   written_in: str | None = None) -> list[tuple[Mention, int]]:
    """(mention, token index of the speech verb) for every mention a speech verb makes a speaker.
    Each sentence is read in its own language too: the Russian half of a Kazakh text says
    «– сказал», a Kazakh quote in a Russian report «– деді»."""
    sids = text_sentence_ids(text)  # tokens are the text's own
    starts = {m.first_token: m for m in mentions}
    if language == "en":
        return _en_and_cyrillic_cued(text, tokens, sids, mentions, starts, written_in)
    bilingual = language == "kk" or has_kazakh_letters(text)
    kazakh = text_kazakh_sentences(text) if bilingual else frozenset()
    if language == "kk":
        out = _kk_title_author(text, tokens, mentions) + _kk_cues(text, tokens, sids, mentions, starts, None)
        russian = {sid for sid in set(sids) if sid not in kazakh}
        extra = _ru_cued(text, tokens, sids, mentions, starts, russian, written_in) if russian else []
    else:
        out = _ru_cued(text, tokens, sids, mentions, starts, None, written_in)
        extra = _kk_cues(text, tokens, sids, mentions, starts, kazakh) if kazakh else []
    if english := _english_sentences_cued(text, tokens, sids, mentions, starts):
        extra = _merged(extra, english)
    if not extra:
        return out
    return _merged(out, extra)


_LATIN_PAIR = re.compile(r"[A-Za-z]{2}")


def _english_sentences_cued(text: str, tokens: list[Token], sids, mentions: list[Mention],
                            starts: dict[int, Mention]) -> list[tuple[Mention, int]]:
    """The English cues of a Russian or Kazakh text's English sentences: the English summary closing a
    report quotes as English does («“…,” Y. Koshanov said.», «"…," said Yerlan Koshanov.»)."""
    if not _LATIN_PAIR.search(text):
        return []  # most texts: no Latin word at all
    english = english_sentences(tokens, sids)
    return [(m, k) for m, k in _en_cued(text, tokens, sids, mentions, starts) if sids[k] in english] if english else []


def _en_and_cyrillic_cued(text: str, tokens: list[Token], sids, mentions: list[Mention],
                          starts: dict[int, Mention], written_in: str | None = None) -> list[tuple[Mention, int]]:
    """An English text's cues, and its Cyrillic sentences' in their own language (a Russian
    report's paragraph in an English page: «…», — заявил председатель центра О. Гусейнов.); the
    Russian ones also of a sentence mostly English, its Russian narration around an English quote
    («Кайрат Абдрахманов отметил: “…”»: no Latin word is a Russian speech verb)."""
    out = _en_cued(text, tokens, sids, mentions, starts)
    cyrillic = cyrillic_sentences(tokens, sids)
    russian = sentences_with_cyrillic(tokens, sids)
    if not russian:
        return out
    kazakh = text_kazakh_sentences(text) & cyrillic if has_kazakh_letters(text) else frozenset()
    extra = _ru_cued(text, tokens, sids, mentions, starts, russian - kazakh, written_in)
    if kazakh:
        extra = _merged(extra, _kk_cues(text, tokens, sids, mentions, starts, kazakh))
    return _merged(out, extra) if extra else out


def _merged(out: list[tuple[Mention, int]], extra: list[tuple[Mention, int]]) -> list[tuple[Mention, int]]:
    """Both lists in the text's order, a cue already found once not twice."""
    seen = {(id(m), k) for m, k in out}
    return sorted(out + [x for x in extra if (id(x[0]), x[1]) not in seen], key=_cue_index)


# деді, деп in Cyrillic, typed on a Russian keyboard (деди) and in the Latin alphabets (2021: dedı; 2017: dedi)
_KK_SAID = ("деді", "деди", "деп", "dedı", "dedi", "dep")
_KK_SAID_BEFORE_NAME = ("деді", "деди", "өтті", "отти", "айтты", "dedı", "dedi")


def _kk_cues(text: str, tokens: list[Token], sids, mentions: list[Mention], starts: dict[int, Mention],
             only: frozenset[int] | None) -> list[tuple[Mention, int]]:
    """Every Kazakh cue, in the sentences `only` (None: all): a name's, a pronoun's, «X-тың айтуынша»."""
    return _merged(_kk_cued(text, tokens, sids, mentions, starts, only), _kk_according(tokens, sids, mentions, only))


def _kk_cued(text: str, tokens: list[Token], sids, mentions: list[Mention], starts: dict[int, Mention],
             only: frozenset[int] | None) -> list[tuple[Mention, int]]:
    """Kazakh cues («…», – деді Ә.Сейітқали; … деп атап өтті; «…», – деді ол.), in the sentences
    `only` (None: all)."""
    out: list[tuple[Mention, int]] = []
    by_sent: dict[int, list[int]] = {}
    for k, t in enumerate(tokens):
        if only is None or sids[k] in only:
            by_sent.setdefault(sids[k], []).append(k)
    for sid, ks in by_sent.items():
        words = [tokens[k].text.lower() for k in ks if tokens[k].is_word]
        if not any(w in KK_SPEECH for w in words[-4:]) and not any(w in _KK_SAID for w in words):
            continue
        ms = [starts[k] for k in ks if k in starts and starts[k].nominative]
        if ms:
            # "– деді Ә.Сейітқали": the name after деді; otherwise the first name (the subject)
            after = [m for m in ms if m.first_token > 0 and tokens[m.first_token - 1].text.lower() in _KK_SAID_BEFORE_NAME]
            # names joined as one subject all speak: «Марат Әзілханов пен Ольга Петрова сөз сөйледі»
            out.extend((m, ks[-1]) for m in ([after[0]] if after else joined_names(tokens, starts, ms[0])))
        elif (pronoun := _kk_pronoun_subject(tokens, ks)) is not None:
            # «…», – деді ол.: the last named subject before the quote, as «– сказал он»; «ол» has no gender,
            # so of two joined names («Ерлан Қарин мен Гүлнар Ахметова қатысты») it names neither
            antecedent = _antecedent(mentions, sids, _quote_opens(text, tokens, pronoun - 1), None)
            if antecedent is not None and len(joined_names(tokens, starts, antecedent)) == 1:
                out.append((antecedent, ks[-1]))
    return out


def _kk_pronoun_subject(tokens: list[Token], ks: list[int]) -> int | None:
    """The token index of «ол» right after a Kazakh speech verb that closes the sentence `ks` (its
    token indices): «…», – деді ол.; «…» деп атап өтті ол. Elsewhere «ол» is as often «that»."""
    words = [k for k in ks if tokens[k].is_word]
    if len(words) >= 2 and tokens[words[-1]].text.lower() == "ол" and words[-1] - 1 == words[-2] and (
            tokens[words[-2]].text.lower() in _KK_SAID_BEFORE_NAME or tokens[words[-2]].text.lower() in KK_SPEECH):
        return words[-1]
    return None


def _kk_according(tokens: list[Token], sids, mentions: list[Mention],
                  only: frozenset[int] | None) -> list[tuple[Mention, int]]:
    """«С. Досмұхамбетовтың айтуынша, …» (according to X, the twin of «По словам X»): the name in
    the genitive right before the word, in the sentences `only` (None: all)."""
    ends = {m.last_token: m for m in mentions}
    out: list[tuple[Mention, int]] = []
    for k, t in enumerate(tokens):
        if t.is_word and t.text.lower() in KK_ACCORDING and (only is None or sids[k] in only):
            m = ends.get(k)
            if m is not None and sids[m.first_token] == sids[k] and m.text.lower().endswith(KK_GENITIVE):
                out.append((m, k))
    return out


def _en_cued(text: str, tokens: list[Token], sids, mentions: list[Mention],
             starts: dict[int, Mention]) -> list[tuple[Mention, int]]:
    """English cues: Sadykov said; «…», said Sadykov."""
    ends = {m.last_token: m for m in mentions}
    out: list[tuple[Mention, int]] = []
    n = len(tokens)
    out.extend(_en_title_author(text, tokens, sids, starts))
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
            # "said Sadykov", "said President Kassym-Jomart Tokayev", "said Mr. Nazarbayev",
            # "said Deputy Chairman of the Assembly Yerlan Karin": a capitalized title between
            i = k + 1
            while i not in starts and i < min(n, k + 10) and sids[i] == sids[k] and _in_en_title(tokens, k, i):
                i += 1
            cand = starts.get(i)
        first = min(k, cand.first_token) if cand is not None else k
        if cand is None and (pronoun := _en_pronoun_subject(tokens, sids, k)) is not None:
            # "«…», he said": the subject named last before, as «– сказал он» (not «the role of X»)
            first = min(k, pronoun)
            cand = _antecedent(mentions, sids, _quote_opens(text, tokens, first),
                               "m" if tokens[pronoun].text.lower() == "he" else "f", cased=False,
                               subject=lambda m: english_subject(tokens, sids, m))
        if cand is not None and not _quoted_by_another(text, tokens, first):
            # not «“The First President proposed …,” he said»: the one quoted reports it
            out.append((cand, k))
    return out


def _ru_cued(text: str, tokens: list[Token], sids, mentions: list[Mention], starts: dict[int, Mention],
             only: set[int] | None, written_in: str | None = None) -> list[tuple[Mention, int]]:
    """Russian cues (speech verbs, gerunds and nouns, «По словам»), in the sentences `only` (None:
    all), and the speech verbs of the community language `written_in` (Ukrainian «зазначив»)."""
    ends = {m.last_token: m for m in mentions}
    out: list[tuple[Mention, int]] = []
    n = len(tokens)
    own_verbs = speech_verbs_of(written_in)  # None for a Russian document: no lookup per word
    heard: frozenset[int] | None = None  # where a protocol's reporters are named, once a pronoun asks
    for k, t in enumerate(tokens):
        if only is not None and sids[k] not in only:
            continue
        own = own_verbs.get(t.text.lower()) if own_verbs is not None and t.is_word else None
        if not (t.is_word and (own or speech_cue(t.text))):  # one cached call skips most words
            continue
        low = t.text.lower()
        gerund = low in SPEECH_GERUNDS and (k == 0 or sids[k - 1] != sids[k] or not tokens[k - 1].is_word)
        sv = None if gerund else own or speech_verb(t.text)
        if low in ACCORDING:
            # "По словам С.Абдрахманова", "По мнению депутата Мажилиса Ш. Осина": the name after the role
            # (inside someone's quote, «По словам X, …» is her saying whose words follow: he is named only)
            named = _name_after_role(tokens, sids, k, starts) if k > 0 and tokens[k - 1].text.lower() == "по" else None
            if named is not None and not _quoted_by_another(text, tokens, k - 1):
                out.append((named, k))
            continue
        if (low in SPEECH_NOUNS and _opens_sentence(tokens, sids, k)
                or low in TITLE_SPEECH_NOUNS and _opens_text(tokens, k) and _title_end(text) > 0) and not (
                _object_of_a_verb(text, tokens, sids, k, mentions)):
            # "Выступление председателя ... Г.Сейтказиной на форуме": the speech's author
            for i in range(k + 1, min(n, k + 20)):
                if sids[i] != sids[k] or tokens[i].text in ".:;«" or tokens[i].text == "," and not (
                        i + 1 < n and _another_post(tokens[i + 1].text)):
                    break
                if i in starts:
                    if _may_be_genitive(starts[i], tokens) and not _one_of_several_asked(tokens, k, starts[i], starts):
                        out.append((starts[i], k))  # «Поздравление К.К. Токаеву» is to him
                    break
            continue
        if sv is None and not gerund:
            continue
        gender, number = sv if sv else (None, None)
        if k >= 2 and tokens[k - 1].text.lower() in RELATIVE and tokens[k - 2].text == "," and k - 2 in ends:
            # "А.Шмидт, который рассказал о музее"
            m = ends[k - 2]
            if m.nominative and agrees(m, gender, number, False):
                out.append((m, k))
            continue
        pronoun = _pronoun_subject(tokens, sids, k)
        if pronoun is not None:
            # "Он отметил", "«…», — сказала она", «Докладчик рассказал»: the last named subject of
            # the preceding sentences, or the one a protocol's СЛУШАЛИ: heard, in whatever case
            if heard is None:
                heard = frozenset(m.start for m, record in _record_names(text, tokens, mentions) if record.heard)
            antecedent = _antecedent(mentions, sids, _quote_opens(text, tokens, k),
                                     _REFERRING[tokens[pronoun].text.lower()], heard=heard)
            if antecedent is not None:
                out.append((antecedent, k))
            continue
        found = _subject_before(text, tokens, sids, k, ends, mentions) if not gerund else []
        if not found and not gerund:
            found = _subject_after(tokens, sids, k, starts)
        if gerund:
            # Выступая перед собравшимися, депутат А. Платонов ...: the subject after the phrase
            c = next((i for i in range(k + 1, min(n, k + 40)) if tokens[i].text == "," and sids[i] == sids[k]), None)
            if c is not None:
                found = _subject_after(tokens, sids, c, starts)
        plural = len(found) > 1
        for m in found:
            if m.nominative and (gerund or agrees(m, gender, number, plural)) and not (
                    sv and _recalls_past_words(text, tokens, sids, m, k)):
                out.append((m, k))
    return out


_MAX_TITLE_CHARS = 300  # as ingest cuts a title


def _opens_sentence(tokens: list[Token], sids, k: int) -> bool:
    """Token k opens its sentence, or follows one adjective that does: «Приветственное слово»."""
    if k == 0 or sids[k - 1] != sids[k]:
        return True
    return (tokens[k - 1].is_word and (k == 1 or sids[k - 2] != sids[k]) and _adjective(tokens[k - 1].text))


def _opens_text(tokens: list[Token], k: int) -> bool:
    """Token k is the text's first word, or the second after an adjective: «Ежегодное Послание»."""
    if k > 3:
        return False  # a quotation mark or two may come first, no more
    words_before = [t for t in tokens[:k] if t.is_word]
    return not words_before or len(words_before) == 1 and k == 1 and _adjective(tokens[0].text)


@lru_cache(maxsize=10_000)
def _adjective(word: str) -> bool:
    ps = parses(word)
    return bool(ps) and ps[0].tag.POS == "ADJF"


def _object_of_a_verb(text: str, tokens: list[Token], sids, k: int, mentions: list[Mention]) -> bool:
    """The speech noun at k is the object of its sentence's finite verb, so someone else did
    something with the speech («Приветственное слово Главы государства зачитал Б. Жумабеков»,
    «Послание Президента обсудили»): the verb does not agree with the noun as its subject, or a
    person in the nominative, its subject, follows it («Доклад председателя зачитал А. Иванов»).
    A title ends at its line's end, though no full stop ends it."""
    for i in range(k + 1, len(tokens)):
        if sids[i] != sids[k] or "\n" in text[tokens[i - 1].end:tokens[i].start]:
            return False
        verb = verb_info(tokens[i].text) if tokens[i].is_word else None
        if verb is not None and verb[3] == "fin":
            return not _agrees_with_noun(tokens[k].text, verb[1], verb[2]) or any(
                m.nominative and m.first_token > i and sids[m.first_token] == sids[k] for m in mentions)
    return False


@lru_cache(maxsize=1_000)
def _agrees_with_noun(noun: str, gender: str | None, number: str | None) -> bool:
    """A finite verb of this gender and number may have the noun (singular) as its subject."""
    if number == "plur":
        return False
    genders = {p.tag.gender for p in parses(noun) if p.tag.POS == "NOUN"}
    return gender is None or gender in genders


def _may_be_genitive(m: Mention, tokens: list[Token]) -> bool:
    """The mention's last word may be in the genitive (its author: «К.К. Токаева», «Г. Сейтказиной»),
    or is no word of the dictionary's cases (Kazakh, English, an alias)."""
    word = tokens[m.last_token - 1].text
    cases = {p.tag.case for p in parses(word) if p.tag.case}
    return not cases or "gent" in cases


def _title_end(text: str) -> int:
    """Where the text's first paragraph ends when it reads as a title (short, no sentence's end:
    «Послание Главы государства ...», not «Послание Президента стало темой заседания.»), else 0."""
    end = text.find("\n\n")
    end = len(text) if end < 0 else end
    head = text[:end].rstrip()
    return end if len(head) <= _MAX_TITLE_CHARS and not head.endswith((".", "!", "?", ":")) else 0


def _kk_title_author(text: str, tokens: list[Token], mentions: list[Mention]) -> list[tuple[Mention, int]]:
    """«Мемлекет басшысы Қ.Тоқаевтың Қазақстан халқына Жолдауы»: the first person in the genitive
    before a speech's genre in the text's first paragraph (its title) is its author."""
    title_end = _title_end(text)
    for k, t in enumerate(tokens):
        if t.start >= title_end:
            break
        if t.is_word and t.text.lower() in KK_TITLE_SPEECH:
            author = next((m for m in mentions if m.last_token <= k and m.text.lower().endswith(KK_GENITIVE)), None)
            return [(author, k)] if author is not None else []
    return []


def _en_title_author(text: str, tokens: list[Token], sids, starts: dict[int, Mention]) -> list[tuple[Mention, int]]:
    """«Address by President Kassym-Jomart Tokayev to ...», «Speech of the President of Kazakhstan
    ...»: the person after the genre that opens the text, titles and «the», «of» between, and the dots
    of «H.E. Mr.» (Statement by H.E. Mr. Kassym-Jomart Tokayev)."""
    if (len(tokens) < 3 or tokens[0].text.lower() not in EN_TITLE_SPEECH
            or tokens[1].text.lower() not in EN_TITLE_AUTHOR_AFTER or _title_end(text) == 0):
        return []
    for i in range(2, min(len(tokens), 14)):
        if i in starts:
            return [(starts[i], 0)]
        if sids[i] != sids[0] or not (tokens[i].is_cap or tokens[i].text.lower() in ("the", "of")
                                      or tokens[i].text == "." and _dotted_title(tokens[i - 1].text)):
            break
    return []


def _dotted_title(word: str) -> bool:
    """A word a title's dot follows: Mr., Dr., and the letters of H.E. (His Excellency)."""
    return word.lower() in EN_DOTTED_TITLES or word in ("H", "E")


def _in_en_title(tokens: list[Token], k: int, i: int) -> bool:
    """Whether token i, after the speech verb at k, is still in a title before the speaker's
    name: a capitalized word, «Mr.»'s dot, or «of», «the» between capitalized words (Deputy
    Chairman of the Assembly), or an honorific as a title (said kazhy Nauryzbay Taganuly, as
    honorifics reads «said Nauryzbay Kazhy Taganuly»); never another lowercase word right after the
    verb (said the people)."""
    t = tokens[i]
    if t.is_cap or t.text in HONORIFICS:
        return True
    if t.text == ".":
        return tokens[i - 1].text.lower() in EN_DOTTED_TITLES
    return (i > k + 1 and t.text.lower() in EN_TITLE_JOINS and tokens[i - 1].is_word
            and (tokens[i - 1].is_cap or tokens[i - 1].text.lower() in EN_TITLE_JOINS))


def _en_pronoun_subject(tokens: list[Token], sids, k: int) -> int | None:
    """The token index of "he"/"she" when it is the subject of the speech verb at k: right
    before it ("he said") or right after it ("said she")."""
    for i in (k - 1, k + 1):
        if 0 <= i < len(tokens) and sids[i] == sids[k] and tokens[i].text.lower() in ("he", "she"):
            return i
    return None


# what stands for the one named before as a speech verb's subject, and the gender it asks (None: any;
# a protocol calls its reporter «докладчик», whoever reports)
_REFERRING = {"он": "m", "она": "f", "докладчик": None, "докладчица": "f"}


def _pronoun_subject(tokens: list[Token], sids, k: int) -> int | None:
    """The token index of «он»/«она» (or a protocol's «докладчик») when it is the speech verb's
    subject: opening the sentence before the verb ("Он отметил"), or right after a verb a dash puts
    after a quote ("— сказала она")."""
    if k >= 1 and tokens[k - 1].text.lower() in _REFERRING and (k < 2 or sids[k - 2] != sids[k - 1]):
        return k - 1
    if (k >= 1 and tokens[k - 1].text in "–—-" and k + 1 < len(tokens)
            and tokens[k + 1].text.lower() in ("он", "она") and sids[k + 1] == sids[k]):
        return k + 1
    return None


def _quote_opens(text: str, tokens: list[Token], k: int) -> int:
    """The token where the quote closed right before token k («…», — сказала она; “…,” she said)
    opens, over every sentence and paragraph of it: the words before it name who «она» is, not
    the quote's own. Token k itself when no «…» or “…” closes there."""
    x = tokens[k].start
    while x and (text[x - 1].isspace() or text[x - 1] in "—–-,"):
        x -= 1
    if not x or text[x - 1] not in "»”":
        return k
    if text[x - 1] == "”":
        opening = text.rfind("“", max(0, x - MAX_PASSAGE_CHARS), x - 1)
        opening = None if opening < 0 or "”" in text[opening:x - 1] else opening
    else:
        opening = quote_opening(text, x - 1)
    return k if opening is None else bisect_left(tokens, opening, key=_token_start)


def _token_start(t: Token) -> int:
    return t.start


def _antecedent(mentions: list[Mention], sids, k: int, gender: str | None, cased: bool = True,
                heard: frozenset[int] = frozenset(),
                subject: Callable[[Mention], bool] | None = None) -> Mention | None:
    """The subject a pronoun refers to, the words from token k on being the ones it attributes:
    the last of the one or two preceding sentences' first named persons in the nominative (any,
    in a language without cases: not `cased`, but where `subject` says a mention may be one; any
    for the one a protocol heard, named at an offset of `heard`: «СЛУШАЛИ: Тугжанова Е.Л. – о…
    Он сообщил»), of the pronoun's gender (None: any)."""
    first_in_sentence: dict[int, Mention] = {}
    for m in mentions:
        if m.first_token < k and 1 <= sids[k] - sids[m.first_token] <= 2 and (
                subject is None or sids[m.first_token] in first_in_sentence or subject(m)):
            first_in_sentence.setdefault(sids[m.first_token], m)
    prev = [m for m in first_in_sentence.values() if (m.nominative or not cased or m.start in heard)
            and (gender is None or m.gender in (gender, None))]
    return prev[-1] if prev else None


def _another_post(word: str) -> bool:
    """A role in the genitive after a comma: "Выступление Председателя АНК, Президента РК К.К. Токаева"."""
    nc = noun_cases(word)
    return nc is not None and nc[0] and "gent" in nc[1]


def _subject_before(text, tokens, sids, k, ends, mentions) -> list[Mention]:
    """Mentions ending right before the verb (a list, or one with an insertion between commas), a
    minutes' record's name before its dash, or the subject of a verb «и» joins this one to."""
    if (record := _record_subject(text, tokens, sids, k, ends)) is not None:
        return [record]
    found = _subject_before_verb(tokens, sids, k, ends, mentions)
    return found or _subject_of_joined_verb(text, tokens, sids, k, ends, mentions)


def _record_subject(text, tokens, sids, k, ends) -> Mention | None:
    """The name opening a minutes' record, its line, before a dash and the verb at k: «Ким Р.А. –
    предложил…», «1. Ким Р.А. (член Совета АНК) – предложил…», «Ким Р.А. – член Совета АНК,
    предложил…» (a post between the dash and the verb: words, no verb, and a comma)."""
    j = k - 1
    if j >= 1 and tokens[j].text == ",":
        i = j - 1
        while i > 0 and sids[i] == sids[k] and j - i <= _POST_WORDS and tokens[i].is_word and not verb_info(tokens[i].text):
            i -= 1
        j = i if i < j - 1 else j
    if j < 1 or tokens[j].text not in _DASHES:
        return None
    m = ends.get(_past_spelling(tokens, sids, j, ends))
    return m if m is not None and sids[m.first_token] == sids[k] and opens_a_record(text, m.start) else None


_JOINED_WORDS = 8  # between the verbs «и» joins: «открыл заседание в зале Дома дружбы и сообщил»


def _subject_of_joined_verb(text, tokens, sids, k, ends, mentions) -> list[Mention]:
    """The subject of a verb before «и» right before the one at k: «Аксакалов Е.А. открыл сессию и
    сказал», «Председатель Калиев Б.Т. открыл заседание, поприветствовал гостей и сообщил» (each verb
    with a few words of its own, commas between)."""
    if k < 2 or tokens[k - 1].text.lower() != "и":
        return []
    i, words = k - 2, 0
    while i >= 0 and sids[i] == sids[k] and words <= _JOINED_WORDS:
        t = tokens[i]
        if t.is_word and (v := verb_info(t.text)) is not None and v[3] == "fin":
            found = _subject_before_verb(tokens, sids, i, ends, mentions)
            if not found and (record := _record_subject(text, tokens, sids, i, ends)) is not None:
                found = [record]  # «Ким Р.А. – поддержал предложение и отметил…»
            if found or i < 1 or tokens[i - 1].text != ",":
                return found
            i, words = i - 2, 0  # «…, поприветствовал гостей и сообщил»: on to the verb before the comma
            continue
        if not (t.is_word or t.text.isdigit()):
            return []
        i -= 1
        words += 1
    return []


def _subject_before_verb(tokens, sids, k, ends, mentions) -> list[Mention]:
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
            if i >= 0 and tokens[i].text == "," and _past_spelling(tokens, sids, i, ends) in ends:
                j = _past_spelling(tokens, sids, i, ends)
            elif i >= 0 and tokens[i].text == ",":
                return []
    j = _past_spelling(tokens, sids, j, ends)  # «Хусейн Йылдырым (Hüseyin Yıldırım) отметил»
    if j not in ends or not ends[j].nominative:
        # adverbs between: "Назарбаев не раз подчеркивал", "А.Сарсенбаева также отметила"
        i = j
        while i - 1 >= 0 and j - i < 3 and adverb(tokens[i - 1].text):
            i -= 1
        adverbs_after = i if i in ends and i < j else None
        if adverbs_after is not None and ends[adverbs_after].nominative:
            j = adverbs_after
        elif (i := _before_setting(tokens, j, ends)) is not None and i in ends:
            j = i  # «на заседании заявил», «на встрече с Е.Т. Кариным заявила»: not the one she met
        elif adverbs_after is not None:
            j = adverbs_after
        elif j not in ends:
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


_SPELLING_WORDS = 5  # «(Hüseyin Yıldırım)», «[Ahmet Kaya]», «(Hüseyin Yıldırım, Стамбул)», «(председатель фонда)»
_CLOSING = {")": "(", "]": "["}
# what separates the parts of such brackets: «(Hüseyin Yıldırım; Стамбул, Турция)»
_BRACKET_SEPARATORS = frozenset(",;")


def _past_spelling(tokens, sids, j, ends) -> int:
    """Token j, or, when a name's own spelling or place in brackets ends before it, the token after
    the name: the verb or the comma after «Хусейн Йылдырым (Hüseyin Yıldırım)» follows the name."""
    opened = _spelling_in_brackets(tokens, sids, j)
    return opened if opened is not None and opened in ends else j


def _spelling_in_brackets(tokens, sids, j) -> int | None:
    """The token opening «( … )» or «[ … ]» that ends right before token j when it holds a few words
    that say who the name is, as reports add them: a foreign name's own spelling, a city, also after
    «г.», an age, a role, parts set off by commas or semicolons («(Hüseyin Yıldırım; Стамбул, Турция)»,
    «(г. Стамбул)», «(65 лет)», «(председатель фонда)», «[Ahmet Kaya]»); None otherwise: a remark
    with a verb of its own («(как он сказал)») is more than the name's."""
    if j < 3 or tokens[j - 1].text not in _CLOSING:
        return None
    opening = _CLOSING[tokens[j - 1].text]
    words = 0
    for i in range(j - 2, max(-1, j - 3 - 3 * _SPELLING_WORDS), -1):
        t = tokens[i]
        if sids[i] != sids[j - 1]:
            return None
        if t.text == opening:
            return i if words and _bracket_word(tokens[i + 1]) and _bracket_word(tokens[j - 2]) else None
        if t.text in _BRACKET_SEPARATORS or t.text == "." and _abbreviation_dot(tokens, i):
            continue
        if not _bracket_word(t) or t.is_word and not t.is_cap and verb_info(t.text) or words == _SPELLING_WORDS:
            return None
        words += 1
    return None


def _bracket_word(t: Token) -> bool:
    """A word or a number (an age: «65 лет»)."""
    return t.is_word or t.text.isdigit()


def _abbreviation_dot(tokens, i: int) -> bool:
    """The dot at token i ends a short lowercase abbreviation: «г.», «с.», «пос.», «обл.»."""
    before = tokens[i - 1]
    return before.is_word and not before.is_cap and len(before.text) <= 3 and before.end == tokens[i].start


def _one_of_several_asked(tokens: list[Token], k: int, m, starts: dict) -> bool:
    """«Интервью с Ерланом Кариным и Гульмирой Тугжановой»: the speech noun's «с» names several
    people it was held with, and which of them speaks is not said."""
    after = m.last_token
    return (tokens[k + 1].text.lower() in ("с", "со") and after + 1 < len(tokens)
            and tokens[after].text in ("и", ",") and after + 1 in starts)


def _name_after_role(tokens, sids, k, starts) -> Mention | None:
    """The name right after token k, or after a role of at most five words in between (no
    punctuation but an initial's dot): "словам депутата Мажилиса Ш. Осина"."""
    i = k + 1
    reach = k + 7
    while i < min(len(tokens), reach):
        if i in starts:
            return starts[i]
        if (named := _quoted_name_end(tokens, sids, i)) is not None:
            reach += named - i  # «По словам директора центра «Қоғамдық келісім» Л. Ивановой»
            i = named
            continue
        if not tokens[i].is_word or sids[i] != sids[k]:
            return None
        i += 1
    return None


_QUOTED_NAME_WORDS = 6  # «Қоғамдық келісім», «Казахстанской правды», «Немецкий национальный центр «Возрождение»»


def _quoted_name_end(tokens, sids, i) -> int | None:
    """The token after a short name in «…», „…“, “…” or "…" opening at token i (an organisation,
    a newspaper), in the same sentence; None when no such name opens there. The name may nest
    another one (ОО «Немецкий национальный центр «Возрождение»», ««Возрождение» неміс ұлттық
    орталығы», ОО "Немецкий национальный центр "Возрождение""), as official names of
    organisations do."""
    if not opens_quote(tokens, i):
        return None
    closing = [CLOSING_MARK[tokens[i].text]]  # the marks still to close, the innermost last
    words = 0
    for j in range(i + 1, len(tokens)):
        text = tokens[j].text
        if sids[j] != sids[i]:
            return None
        if text == closing[-1] and not opens_quote(tokens, j):
            closing.pop()
            if not closing:
                return j + 1 if words and j + 1 < len(tokens) and sids[j + 1] == sids[i] else None
        elif len(closing) == 1 and opens_quote(tokens, j):
            closing.append(CLOSING_MARK[text])
        elif tokens[j].is_word and words < _QUOTED_NAME_WORDS:
            words += 1
        elif text not in "-–":
            return None
    return None


# prepositions opening a phrase of setting between a subject and its verb
_SETTING_PREPOSITIONS = frozenset("в во на по при перед после".split())
_SETTING_WORDS = 5  # «в Послании народу Казахстана», «на встрече с Е.Т. Кариным»


def _before_setting(tokens, j, ends) -> int | None:
    """Where a short phrase between a subject and its verb ending at token j starts: a phrase of
    setting, "К.К. Токаев в своем выступлении заявил", "на заседании", "по итогам встречи", "в
    Послании народу", "на встрече с Е.Т. Кариным" (a preposition and at most four words, no verb;
    a name in another case than the subject's counts as one word), or the one spoken to, "Е.Т.
    Карин Токаеву лично доложил" (names in another case and adverbs only, up to the subject)."""
    i = j - 1
    words = 0
    plain = False  # a word that is neither a name nor an adverb: only a preposition may open the phrase
    while i >= 0 and words < _SETTING_WORDS:
        if i + 1 in ends and ends[i + 1].nominative:
            return i + 1 if words and not plain else None
        if i + 1 in ends:
            i = ends[i + 1].first_token - 1  # whom he met: «на встрече с Е.Т. Кариным»
        elif not tokens[i].is_word:
            return None
        elif tokens[i].text in _SETTING_PREPOSITIONS:
            return i
        elif verb_info(tokens[i].text):
            return None
        else:
            plain = plain or not adverb(tokens[i].text)
            i -= 1
        words += 1
    return None


def _subject_after(tokens, sids, k, starts) -> list[Mention]:
    """The name after the verb: "– сказал А.Шмидт", "выступил заведующий секретариатом ... Б.Оразбаев";
    past a name in another case, whom he spoke to or of ("– спросила у С. Жумабаева Л. Ким")."""
    n = len(tokens)
    i = k + 1
    steps = 0
    while i < n and sids[i] == sids[k] and steps < 14:
        if i in starts and not starts[i].nominative and not (
                starts[i].last_token < n and tokens[starts[i].last_token].text in (",", "и")):
            # whom he spoke to or of, not a list of speakers (выступили О. Козлова, В.В. Рихтер)
            steps += starts[i].last_token - i
            i = starts[i].last_token
            continue
        if i in starts:
            found = [starts[i]]
            # a following list: "выступили А.Хамедов, Ш.Осин"
            m = starts[i]
            while m.last_token + 1 < n and tokens[m.last_token].text in (",", "и") and m.last_token + 1 in starts:
                m = starts[m.last_token + 1]
                found.append(m)
            return found
        t = tokens[i]
        if (named := _quoted_name_end(tokens, sids, i)) is not None:
            steps += named - i  # «— отметил председатель ОО «Русская община» В. Петров»: the post's organisation
            i = named
            continue
        if t.text in ".!?;:«»\"" or (t.is_word and verb_info(t.text) and verb_info(t.text)[3] == "fin"):
            return []
        if t.text == "," and steps > 0:
            return []
        if t.is_word and t.text.lower() in PRONOUNS:
            return []
        i += 1
        steps += 1
    return []


def _recalls_past_words(text: str, tokens: list[Token], sids, m: Mention, k: int) -> bool:
    """Anywhere, not only in a speech: "Как отмечал Глава государства, ..." recalls what someone
    used to say rather than reports him speaking; "Как отметил аким, ..." in a report of a
    meeting is his speech there, but not inside someone's quote: «Как (справедливо) сказал
    Нурсултан Назарбаев, наша сила – в единстве», — сказала А. Жумабекова, or «Нурсултан Назарбаев
    сказал: „…“»: she quotes him, he does not speak. ("Назарбаев не раз подчеркивал" stays a
    speaker of the document: samples/gold.json counts him so.)"""
    first = min(k, m.first_token)
    if "как" in words_around_cue(tokens, sids, m, k) and (
            _past_imperfective(tokens[k].text) or _inside_a_quote(text, tokens, first)):
        return True
    return _quoted_by_another(text, tokens, first)


def _quoted_by_another(text: str, tokens: list[Token], first: int) -> bool:
    """The cue's clause opening at token `first` is part of someone's quote, not the narrator's
    words set into it between dashes: «…, – сказал аким, – …» names the one quoted, «Аким сказал: „…“»
    inside a quote is what the one quoted reports."""
    return _inside_a_quote(text, tokens, first) and not _after_a_dash(tokens, first)


def _after_a_dash(tokens: list[Token], first: int) -> bool:
    """The clause opening at token `first` follows a dash, past the words of a post before the
    name («– отметил аким», «– аким области А. Байханов отметил»): the nearest mark before it,
    an initial's dot aside, is a dash."""
    for i in range(first - 1, max(-1, first - _POST_WORDS - 2), -1):
        t = tokens[i]
        if t.is_word or t.text == "." and i > 0 and tokens[i - 1].is_cap and len(tokens[i - 1].text) == 1:
            continue
        return t.text in _DASHES
    return False


_PARAGRAPH_TOKENS = 400  # how far back a quote opening the cue's paragraph is looked for


def _inside_a_quote(text: str, tokens: list[Token], k: int) -> bool:
    """Token k stands inside a quote opened earlier in its paragraph and not closed before it."""
    depth = 0
    for i in range(k - 1, max(-1, k - _PARAGRAPH_TOKENS), -1):
        if "\n\n" in text[tokens[i].end:tokens[i + 1].start]:
            break
        if closes_quote(tokens, i):
            depth -= 1
        elif opens_quote(tokens, i):
            depth += 1
            if depth > 0:
                return True
    return False


def words_around_cue(tokens: list[Token], sids, m: Mention, k: int) -> set[str]:
    """The word before "subject + verb" (or "verb + subject") and the two between them."""
    first = min(k, m.first_token)
    before = [t.text.lower() for t in tokens[max(0, first - 2):first] if sids[first] == sids[k]]
    between = [t.text.lower() for t in tokens[m.last_token:k]] if m.last_token <= k else []
    return set(before[-1:] + between[-2:])


@lru_cache(maxsize=10_000)
def _past_imperfective(word: str) -> bool:
    ps = parses(word)
    return bool(ps) and ps[0].tag.POS == "VERB" and ps[0].tag.aspect == "impf" and ps[0].tag.tense == "past"
