"""Whether the text reports a dated event as past («14 сентября 2018 года прошел форум»), not as a
plan («пройдет», «планируется», «до 1 января»): a file cannot be made before what it reports."""
from __future__ import annotations

import re
from functools import lru_cache

from index.sentences import sentence_around
from ingest.parsers.normalize import is_bare_dateline

from ._text import is_dictionary, parses, tokenize, verb_reading
from .language import has_kazakh_letters

_VERB_KINDS = frozenset({"VERB", "PRTF", "PRTS", "INFN"})
# a plan, a schedule or a postponement: the date is ahead, whatever tense the sentence has
_PLAN_LEMMAS = frozenset(
    """планировать планироваться запланировать намечать намечаться наметить предстоять предполагать
    предполагаться ожидаться предусмотреть предусматривать назначить перенести переносить""".split())
_PLAN_WORDS = frozenset("предстоящий предстоящая предстоящем предстоящей следующий следующая следующем "
                        "следующей очередной очередная очередном очередной".split())
# a deadline or a reference day before the date: «до 1 января», «к 1 июля», «на 1 января», «by 1 May»
_BEFORE_DATE = re.compile(r"(?:(?<![^\W\d_])(?:до|к|ко|на|не\s+позднее|не\s+позже|by|until|before)\s*)$",
                          re.IGNORECASE)
# Kazakh puts the predicate last; its past is a consonant stem with -ды/-ді/-ты/-ті (өтті, болды,
# өткізілді, қатысты: not й, whose -йды/-йді is the present of a vowel stem, сөйлейді), or «еді»
_KK_PAST = re.compile(r"(?:[бвгғджзклмнңпрстфхқшһ](?:ды|ді|ты|ті)|^еді|^болатын)$")
# ... its plans: the future -мақ/-мек (өтпек), the present-future of a vowel stem (өтеді, болады),
# жоспар- (a plan), алдағы (coming), келесі (next), дейін/шейін (until)
_KK_FUTURE = re.compile(r"(?:[пбм](?:ақ|ек)|[аеоөұүыі](?:ды|ді)|^жоспар\w*|^алдағы|^келесі|^дейін|^шейін)$")
# nouns that also read as a past verb: a programme's «Начало в 10:00» (the start) is no «начало» (it began)
_NOUNS_NOT_PAST = frozenset({"начало"})
_EN_PAST = frozenset("was were had held took met gave began became came went made hosted opened".split())
_EN_NOT_PAST = frozenset("united based dedicated devoted entitled titled need indeed proceed exceed succeed "
                         "speed red".split())
_EN_FUTURE = frozenset("will shall scheduled planned upcoming next".split())


def reports_past(text: str, at: int) -> bool:
    """The sentence of `text` with a date at offset `at` reports the event as done: the verb
    nearest the date is in the past (прошел, состоялась, был проведен, созданная; Kazakh's last
    word өтті, өткізілді; English was, held, opened), or the sentence is only a dateline
    («Астана, 27 апреля 2015 года.»), the document's own date; and nothing in it looks ahead (a
    verb in the future, a plan, a deadline before the date)."""
    start, end = sentence_around(text, at)  # not cut at «г.», «ж.», an initial (index.sentences)
    if _BEFORE_DATE.search(text, max(start, at - 16), at):
        return False
    sentence = text[start:end]
    if is_bare_dateline(sentence):
        return True
    tokens = [t for t in tokenize(sentence) if t.is_word]
    words = [t.text.lower() for t in tokens]
    if not words:
        return False
    kazakh = has_kazakh_letters(sentence)
    tenses = [_tense(w) for w in words]
    if "futr" in tenses or any(_looks_ahead(w, kazakh) for w in words):
        return False
    verbs = [(abs(t.start + start - at), tense) for t, tense in zip(tokens, tenses) if tense]
    if verbs and min(verbs)[1] == "past":
        return True
    return (kazakh and bool(_KK_PAST.search(words[-1]))) or any(map(_english_past, words))


def tells_present(text: str, at: int) -> bool:
    """The sentence of `text` with a year at offset `at` tells it as the present: the finite verb
    nearest it is in the present tense («В 2015 году Ассамблея отмечает юбилей»), and nothing in it
    looks ahead (a plan's «В 2016 году планируется …», a verb in the future). Russian verbs only:
    Kazakh's present-future is a plan's tense too (өтеді)."""
    start, end = sentence_around(text, at)
    tokens = [t for t in tokenize(text[start:end]) if t.is_word]
    words = [t.text.lower() for t in tokens]
    if any(_tense(w) == "futr" or _looks_ahead(w, False) for w in words):
        return False
    finite = [(abs(t.start + start - at), _finite_tense(w)) for t, w in zip(tokens, words) if _finite_tense(w)]
    return bool(finite) and min(finite)[1] == "pres"


@lru_cache(maxsize=10_000)
def _finite_tense(word: str) -> str | None:
    """"pres", "past" or "futr" when the Russian word's dictionary reading is a finite verb, else None
    (a participle's tense, «созданная в 1995 году», is not the sentence's)."""
    verb = verb_reading([p for p in parses(word) if is_dictionary(p)], {"VERB"})
    return verb.tag.tense if verb is not None and verb.tag.POS == "VERB" else None


def looks_ahead(sentence: str) -> bool:
    """Something in `sentence` looks ahead: a verb in the future or of a plan (пройдет,
    планируется; Kazakh өтеді), a word of a plan (предстоящий, next)."""
    words = [t.text.lower() for t in tokenize(sentence) if t.is_word]
    kazakh = has_kazakh_letters(sentence)
    return any(_tense(w) == "futr" or _looks_ahead(w, kazakh) for w in words)


@lru_cache(maxsize=10_000)
def _tense(word: str) -> str | None:
    """"past", "futr", "pres" or "infn" when the Russian word reads as a verb form (verb_reading),
    else None. Unlike verb_info's: dictionary readings only (a guess makes a verb of an unknown
    name or a Kazakh word: «етеди»), short participles count (был проведен, создана: the report's
    past), gerunds do not (подводя итоги: a gerund's tense is not the sentence's)."""
    if word in _NOUNS_NOT_PAST:
        return None
    verb = verb_reading([p for p in parses(word) if is_dictionary(p)], _VERB_KINDS)
    if verb is None:
        return None
    if verb.tag.POS == "INFN":
        return "infn"
    if verb.normal_form in _PLAN_LEMMAS:
        return "futr"
    return verb.tag.tense or ("past" if verb.tag.POS in {"PRTF", "PRTS"} else None)


def _looks_ahead(word: str, kazakh: bool) -> bool:
    """A lowercase word of a plan (предстоящий, next; Kazakh жоспар-, өтеді in a Kazakh sentence)."""
    return word in _PLAN_WORDS or word in _EN_FUTURE or (kazakh and bool(_KK_FUTURE.search(word)))


def _english_past(word: str) -> bool:
    """A lowercase English word in the past: was, held, or a regular -ed form."""
    return word in _EN_PAST or (word.isascii() and len(word) > 4 and word.endswith("ed") and word not in _EN_NOT_PAST)
