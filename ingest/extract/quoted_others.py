"""Words a speaker quotes from someone else: «Т. Ибрагимов процитировал Первого Президента:
«…»», «напомнил слова Абая: «…»», ««…», — процитировал Абая Т. Ибрагимов», and in an interview's
answer what someone the answer does not name said («пожилая учительница сказала мне: «…»»). They
are not his own words, and who first said them is told by the text only in the case it is in: such
a quote is nobody's rather than the wrong person's."""
from __future__ import annotations

from functools import lru_cache
import re

from index.sentences import sentence_around, sentence_start

from ._text import holds_any, is_dictionary, parses
from .paragraph_turns import Turn
from .speech_words import adverb, speech_verb

# the verbs of quoting, and the verbs that quote when their object is someone's words
_QUOTING = (r"(?:про)?цитирова\w*|цитиру\w*|зачита\w*|"
            r"(?:напомни|напомина|приве|приво|привё|вспомни|вспомина|повтори|повторя)\w*"
            r"\s+(?:\w+\s+){0,2}?(?:слова|словами|высказывани\w+|изречени\w+|цитат\w+|завет\w*|строк\w*|мудрост\w+)")
# «…» after the verb and whom he quotes (initials allowed): "процитировал Н.А. Назарбаева: «"
_QUOTE_AFTER = re.compile(r"\b(?:" + _QUOTING + r")\b(?:[^.!?«»:]|(?<=\b[A-ZА-ЯЁ])\.){0,120}:\s*(?P<open>«)",
                          re.IGNORECASE)
# «…», — процитировал Абая Т. Ибрагимов.
_QUOTE_BEFORE = re.compile(r"(?P<open>«)[^«»]+»[,.!?…]?\s*[—–-]\s*(?:" + _QUOTING + r")\b", re.IGNORECASE)
# what every verb of _QUOTING starts with: a paragraph with none is not searched (_QUOTE_AFTER is tried
# at every letter)
_QUOTING_STEMS = ("цитир", "зачита", "напом", "прив", "вспом", "повтор")


def without_quoted_others(para: str, turns: list[Turn]) -> list[Turn]:
    """The paragraph's turns with the words its speakers quote from others made a turn of
    nobody's; what follows them is the surrounding turn's again."""
    if "«" not in para or not holds_any(para, _QUOTING_STEMS):
        return turns
    for pattern in (_QUOTE_AFTER, _QUOTE_BEFORE):
        for m in pattern.finditer(para):
            start = m.start("open")
            if _names_whom_it_quotes(para, start):
                continue
            close = para.find("»", start)
            if close < 0:
                continue
            end = sentence_around(para, close)[1] if pattern is _QUOTE_BEFORE else close + 1
            turns = _nobodys(para, turns, start, end)
    return turns


# the head of a quote up to its first comma, colon or sentence end (an initial's dot allowed), and whether a quote nested in it
# follows a colon: «Как (справедливо) сказал Нурсултан Назарбаев, …», «По словам X, …», «X сказал: „…“»
_QUOTE_HEAD = re.compile(r"«\s*(?P<head>(?:[^«»„“\",:.!?]|(?<=\b[A-ZА-ЯЁ])\.){1,100})(?P<nested>:\s*[„“«\"])?")
_ADVERBS_BEFORE_VERB = 2  # «Как справедливо сказал», «Как не раз говорил»


def _names_whom_it_quotes(para: str, start: int) -> bool:
    """The quote opened at `start` is the speaker's own sentence saying whose words follow: «Как
    (справедливо) сказал Нурсултан Назарбаев, „наша сила – в единстве“», «По словам X, …», «X
    сказал: „…“». It tells who said them itself, so the speaker's words they are; the one he names
    is mentioned, no speaker (speech_cues reads the same cues inside a quote so)."""
    m = _QUOTE_HEAD.match(para, start)
    if m is None:
        return False
    words = [w.lower() for w in _WORD.findall(m.group("head"))]
    if words[:1] == ["как"]:
        after = words[1:2 + _ADVERBS_BEFORE_VERB]
        verb = next((i for i, w in enumerate(after) if speech_verb(w) is not None), None)
        return verb is not None and all(adverb(w) for w in after[:verb])
    if words[:2] in (["по", "словам"], ["по", "мнению"]):
        return True
    return m.group("nested") is not None and any(speech_verb(w) is not None for w in words)


_WORD_CHAR = re.compile(r"\w")
# a turn's label opening its paragraph: «Ответ:», «В. Козлов:», «Жауап: –» (capitalised words, no verb's sentence)
_LABEL = re.compile(r"\s*(?:[–—-]\s*)?(?:[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][^\W\d_]*\.?\s*){1,4}:\s*(?:[–—-]\s*)?")


def _bare(head: str, opens_paragraph: bool) -> bool:
    """The words of a turn before a quote hold nothing said: spaces, a dash, or the paragraph's label."""
    return not _WORD_CHAR.search(head) or (opens_paragraph and _LABEL.fullmatch(head) is not None)


def _nobodys(para: str, turns: list[Turn], start: int, end: int) -> list[Turn]:
    """`turns` with para[start:end] a turn of nobody's."""
    # the sentence's end punctuation stays with the quote
    while end < len(para) and para[end] in ".!?…":
        end += 1
    resumed = max((t for t in turns if t.offset <= end), key=lambda t: t.offset)
    out = [t for t in turns if t.offset < start]
    if out and _bare(para[out[-1].offset:start], out[-1].offset == 0):
        # nothing of the turn before the quote is left but the answer's dash or label («– «…», –
        # сказал Президент.», «Ответ: «…», – говорила моя мать.»): the quote's turn opens with it, as
        # a named speaker's does, and it is no passage of its own
        start = out.pop().offset
    out.append(Turn(start, []))
    if para[end:].strip():
        out.append(resumed._replace(offset=end))
    out.extend(t for t in turns if t.offset > end)
    return out


# an interview's answer reporting what someone it does not name said: «пожилая учительница сказала мне: «…»»
_COLON_QUOTE = re.compile(r":\s*(?P<open>«)")
_QUOTE_DASH = re.compile(r"(?P<open>«)[^«»]+»[,!?…]?\s*[—–-]\s*(?P<said>[^.!?…«»]{1,80})")
_WORD = re.compile(r"[^\W\d_]+")
_OWN = frozenset(("я", "мы"))
_OTHERS = frozenset(("он", "она", "они"))  # «Она мне сказала: «…»»; a person noun is read as one below


def without_others_reported(para: str, turns: list[Turn], speaker: str) -> list[Turn]:
    """An interview answer's turns with the words its speaker reports someone he does not name said
    made a turn of nobody's: «Пожилая учительница сказала мне: «…»», «Мне говорили: «…»», ««…», –
    сказала мне соседка.». His own «Я всегда говорю студентам: «…»» stays his, and only a turn of
    `speaker`'s is cut (a named person's quote has his own turn already)."""
    if "«" not in para:
        return turns
    for m in _COLON_QUOTE.finditer(para):
        start = sentence_start(para, m.start())
        if _said_by_another(_WORD.findall(para[start:m.start()]), verb_last=True):
            turns = _nobodys_in(para, turns, speaker, start, _closing(para, m.start("open")) + 1)
    for m in _QUOTE_DASH.finditer(para):
        if _said_by_another(_WORD.findall(m.group("said")), verb_last=False):
            turns = _nobodys_in(para, turns, speaker, m.start("open"), sentence_around(para, m.start("said"))[1])
    return turns


def _said_by_another(words: list[str], verb_last: bool) -> bool:
    """The words hold a speech verb whose subject is another's: a noun for a person or a pronoun
    of the third person near it («учительница сказала мне», «сказала соседка», «говорят»), not
    «я»/«мы» («я ему сказал») or a verb of the first person («говорю»). A verb with no subject
    named («Сказал тогда:») is the speaker's own."""
    low = [w.lower() for w in words]
    verbs = [i for i, w in enumerate(low) if speech_verb(w) is not None]
    if not verbs:
        return False
    v = verbs[-1] if verb_last else verbs[0]
    tag = parses(low[v])[0].tag
    if tag.person == "1per":
        return False
    before = low[max(0, v - _SUBJECT_WORDS):v][::-1]  # nearest first
    for w in before + low[v + 1:v + 1 + _SUBJECT_WORDS]:
        if w in _OWN:
            return False
        if w in _OTHERS or _person_noun(w):
            return True
    return tag.number == "plur"  # «говорят», «Мне сказали:»: people, not he


_SUBJECT_WORDS = 3  # words on either side of the verb its subject stands among: «пожилая учительница сказала мне»


@lru_cache(maxsize=10_000)
def _person_noun(word: str) -> bool:
    """An animate noun in the nominative: учительница, наставник, мама, коллеги."""
    return any(p.tag.POS == "NOUN" and p.tag.animacy == "anim" and p.tag.case == "nomn"
               for p in parses(word) if is_dictionary(p))


def _closing(para: str, start: int) -> int:
    """The «»» closing the quote opened at `start`, past any quote inside it; the paragraph's last
    character when it is not closed."""
    depth = 0
    for i in range(start, len(para)):
        if para[i] == "«":
            depth += 1
        elif para[i] == "»":
            depth -= 1
            if depth == 0:
                return i
    return len(para) - 1


def _nobodys_in(para: str, turns: list[Turn], speaker: str, start: int, end: int) -> list[Turn]:
    """`turns` with para[start:end] nobody's, when it lies in one turn of `speaker`'s."""
    holding = [t for t in turns if t.offset <= start]
    if not holding or holding[-1].speakers != [speaker] or any(start < t.offset < end for t in turns):
        return turns
    return _nobodys(para, turns, start, end)
