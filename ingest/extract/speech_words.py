"""The vocabulary of speech: speech verbs, gerunds and nouns, Kazakh and English cues, and the
words around a cue (по словам, который, adverbs, pronouns); whether a word is a speech verb or a
cue, and whether a subject agrees with its verb."""
from __future__ import annotations

from functools import lru_cache

from ._text import verb_info
from .persons import Mention


SPEECH_LEMMAS = frozenset(
    """отметить отмечать подчеркнуть подчеркивать подчёркивать заявить заявлять сообщить сообщать
    сказать говорить рассказать рассказывать выступить выступать предложить предлагать поделиться
    делиться добавить добавлять выразить выражать призвать призывать напомнить напоминать пояснить
    пояснять объяснить объяснять уточнить уточнять заметить замечать констатировать обратить
    поблагодарить благодарить высказаться высказывать озвучить указать указывать акцентировать
    резюмировать прокомментировать комментировать ответить отвечать признать признаваться
    заверить заверять убедить процитировать сказать считать полагать отметить возразить""".split()
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
RELATIVE = frozenset("который которая которые".split())
ADVERBS = frozenset("не раз неоднократно всегда также уже еще ещё вновь тоже лично часто особо отдельно прямо открыто".split())
PRONOUNS = frozenset("он она они he she they ол".split())


@lru_cache(maxsize=100_000)
def speech_verb(word: str) -> tuple[str | None, str | None] | None:
    """(gender, number) of a finite speech verb form, else None (asked of every word: cached)."""
    low = word.lower()
    if low.endswith(("ся", "сь")) and not low.startswith(("подел", "высказ", "дел")):
        return None
    v = verb_info(low)
    if not v or v[3] != "fin" or v[0] not in SPEECH_LEMMAS:
        return None
    return (v[1], v[2])


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
