"""The vocabulary of speech: speech verbs, gerunds and nouns, Kazakh and English cues, and the
words around a cue (по словам, который, adverbs, pronouns); whether a word is a speech verb or a
cue, and whether a subject agrees with its verb."""
from __future__ import annotations

from functools import lru_cache

from ._text import is_dictionary, parses, short_form, verb_info
from .community_speech import LATIN_SPEECH_WORDS
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # persons reads speech verbs too
    from .persons import Mention


# Verbs whose subject reports words, in both aspects, by what the words do; any tense (сказал,
# считает, скажет) and, where the verb is reflexive, only its reflexive lemma (поинтересоваться;
# сообщаться, «говорится», reports no one).
SPEECH_LEMMAS = frozenset(
    # saying, telling, summing up
    """сказать говорить заявить заявлять сообщить сообщать рассказать рассказывать отметить отмечать
    подчеркнуть подчеркивать заметить замечать добавить добавлять пояснить пояснять объяснить объяснять
    уточнить уточнять указать указывать напомнить напоминать констатировать резюмировать подытожить
    акцентировать прокомментировать комментировать процитировать цитировать озвучить озвучивать
    выразить выражать высказаться высказываться высказывать поделиться делиться выступить выступать
    обратить поблагодарить благодарить воскликнуть пошутить признать признавать признаться признаваться"""
    # answering, objecting
    """ ответить отвечать возразить возражать"""
    # asking
    """ спросить спрашивать поинтересоваться попросить просить"""
    # proposing, calling on, advising, warning
    """ предложить предлагать призвать призывать посоветовать советовать предупредить предупреждать"""
    # promising, assuring
    """ пообещать обещать заверить заверять уверить уверять убедить убеждать"""
    # believing
    """ считать полагать""".split()
)
# Short forms saying what the subject is convinced of («…», — убеждена Г. Ахметова; он уверен, что):
# a belief stated, as «считает» states it
CONVICTION_LEMMAS = frozenset("убедить убежденный уверить уверенный".split())
SPEECH_GERUNDS = frozenset(
    "выступая говоря отмечая подчеркивая подчёркивая комментируя отвечая обращаясь подводя открывая "
    "представляя приветствуя завершая".split()
)
KK_SPEECH = ("деді", "деп", "атап", "айтты", "айтып", "тоқталды", "бөлісті", "хабарлады", "таныстырды",
             "әңгімеледі", "мәлімдеді", "жеткізді", "сөйледі", "ұсынды", "түсіндірді", "баса")
# the English rules' cues, the Polish and German papers' verbs among them (powiedział, sagte)
# English's own speech verbs: a short English line in another language's text tells its language by them
# («“Our language connects everyone,” Y. Koshanov said.» has no «the» or «of»)
EN_OWN_SPEECH = frozenset(
    """said says noted added stressed told explained stated spoke proposed announced remarked
    emphasised emphasized underlined urged called shared recalled argued suggested""".split()
)
EN_SPEECH = EN_OWN_SPEECH | LATIN_SPEECH_WORDS
SPEECH_NOUNS = frozenset("выступление доклад обращение речь интервью заявление приветствие слово".split())
# Genres of a person's own words that make their author a speaker only in the document's first
# sentence, its title («Послание Главы государства К.К. Токаева народу Казахстана»): a report's
# text often opens with the address it discusses («Послание Президента стало темой заседания»).
TITLE_SPEECH_NOUNS = frozenset("послание поздравление".split())
# Kazakh names the genre after its author, who is in the genitive: «Қ.Тоқаевтың Қазақстан халқына
# Жолдауы», «... сессиясында сөйлеген сөзі»; сұхбаты is an interview (his answers, not the questions)
KK_TITLE_SPEECH = frozenset("жолдауы үндеуі сөзі баяндамасы құттықтауы сұхбаты".split())
KK_GENITIVE = ("тың", "тің", "дың", "дің", "ның", "нің")
# English opens with the genre: «Address by President Kassym-Jomart Tokayev», «Statement of ...»
EN_TITLE_SPEECH = frozenset("address speech statement remarks message interview".split())
EN_TITLE_AUTHOR_AFTER = frozenset(("by", "of"))
ACCORDING = frozenset(("словам", "мнению"))  # "По словам X", "По мнению X"
# «С. Досмұхамбетовтың айтуынша, …», «… пікірінше»: according to X, who is in the genitive
KK_ACCORDING = frozenset(("айтуынша", "сөзінше", "пікірінше"))
RELATIVE = frozenset("который которая которые".split())
# words between a subject and its verb that the dictionary reads as no adverb: particles and «не раз»
ADVERBS = frozenset("не раз также тоже еще ещё".split())
PRONOUNS = frozenset("он она они he she they ол".split())


@lru_cache(maxsize=100_000)
def speech_verb(word: str) -> tuple[str | None, str | None] | None:
    """(gender, number) of a finite speech verb form or a short form of conviction, else None
    (asked of every word: cached)."""
    low = word.lower()
    v = verb_info(low)
    if v is not None:
        return (v[1], v[2]) if v[3] == "fin" and v[0] in SPEECH_LEMMAS else None
    short = short_form(low)
    return (short[1], short[2]) if short is not None and short[0] in CONVICTION_LEMMAS else None


@lru_cache(maxsize=100_000)
def adverb(word: str) -> bool:
    """The word may stand between a subject and its verb without changing who speaks: «Токаев
    ранее / сегодня / позже / неоднократно подчеркнул», by the dictionary (an adverb or a
    comparative among its likely readings: «позднее» is an adjective too), and particles."""
    low = word.lower()
    if low in ADVERBS:
        return True
    return any(p.tag.POS in ("ADVB", "COMP") and p.score >= 0.3 and "Ques" not in p.tag
               for p in parses(low) if is_dictionary(p))


@lru_cache(maxsize=100_000)
def speech_cue(word: str) -> bool:
    """The word can make its neighbour a speaker: a speech verb or gerund, a speech noun, словам."""
    low = word.lower()
    return (low in SPEECH_GERUNDS or low in SPEECH_NOUNS or low in TITLE_SPEECH_NOUNS or low in ACCORDING
            or speech_verb(word) is not None)


def names_a_speech(word: str) -> bool:
    """The word is a speech's genre (Выступление, Послание, Жолдауы, Address): a cue that names
    the speech's author, not words said in the paragraph where it stands."""
    low = word.lower()
    return low in SPEECH_NOUNS or low in TITLE_SPEECH_NOUNS or low in KK_TITLE_SPEECH or low in EN_TITLE_SPEECH


def agrees(m: Mention, gender: str | None, number: str | None, plural_subject: bool) -> bool:
    if number == "plur":
        return plural_subject
    if plural_subject:
        return False
    if gender == "femn" and m.gender == "m" or gender == "masc" and m.gender == "f":
        return False
    return True
