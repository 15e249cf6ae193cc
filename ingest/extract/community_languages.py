"""The Assembly's community papers' languages, told by their own letters and words: Ukrainian (uk),
Belarusian (be), Tatar (tt) and Uyghur (ug) in Cyrillic letters, German (de), Polish (pl), Uzbek (uz)
and Azerbaijani (az) in Latin ones. The archive analyses Russian, Kazakh and English; a text in one
of these is none of them, and was filed as Kazakh (its і, ә, ө, ү) or English (its Latin letters).
Each is read with the rules of the analysed language of its script (reading_language).

Only lowercase words are counted: a name (Тоқаев, Müller) says nothing of the text's language.
"""
from __future__ import annotations

import re

from .kazakh_only_latin import is_kazakh_only

# Kazakh's letters that none of the Cyrillic community languages has (Ukrainian and Belarusian
# share і; Tatar and Uyghur ә ө ү ң һ; Uyghur қ ғ too)
_KAZAKH_ONLY = {"uk": set("әғқңөұүһ"), "be": set("әғқңөұүһ"), "tt": set("қғұі"), "ug": set("ұі")}
_OWN_LETTERS = {"uk": set("їєґ"), "be": set("ў"), "tt": set("җ"), "ug": set("җ")}
# function words the language writes in every sentence and Russian and Kazakh do not («та» is a
# Kazakh particle, «и» Russian; «і» is Ukrainian's and Belarusian's «and»)
_OWN_WORDS = {
    "uk": frozenset("що від це який яка які якого його також було буде щоб він вона вони під між після "
                    "через зі із усіх всіх українська українського "
                    # the months of a dateline (3 травня 2022 року); not лютого, a Russian adjective
                    "січня березня квітня травня червня липня серпня вересня жовтня листопада грудня".split()),
    "be": frozenset("што гэта ад якія які яго таксама было будзе каб ён яна яны пасля праз беларускай "
                    "беларускі студзеня сакавіка красавіка чэрвеня ліпеня верасня кастрычніка лістапада "
                    "снежня".split()),
    "tt": frozenset("һәм белән өчен буенча турында булды иде бу ул да дә".split()),
    "ug": frozenset("вә билән үчүн һәққидә болди иди бу".split()),
}
_CYRILLIC_ORDER = ("be", "uk", "tt", "ug")  # ў settles Belarusian before its і reads as Ukrainian

# a word's own letters (Turkish shares ğ ı ş ç with Azerbaijani): Uzbek's are oʻ and gʻ, typed with any apostrophe (oʻzbek, o'zbek, g‘azal)
_LATIN_OWN_LETTERS = {"de": re.compile("[äöüß]"), "pl": re.compile("[ąęłńśźżć]"),
                      "uz": re.compile("[og][ʻʼ‘’'`][^\\W\\d_]"), "az": re.compile("ə")}
# Uzbek's oʻ gʻ in the letter its alphabet has for them (ʻ) or the ‘ typed for it: Kazakh's 2017 alphabet
# (o'tken) and Polish or Kazakh 2018 letters (ń) tell no language in one word
_UZBEK_MARK = re.compile("[og][ʻ‘][^\\W\\d_]")
# a Latin word with its apostrophes (English's Kazakhstan's, Uzbek's o'zbek, ko‘rdi)
LATIN_WORD = re.compile("[^\\W\\d_]+(?:[ʻʼ‘’'`][^\\W\\d_]+)*")
_LATIN_WORDS = {
    "de": frozenset("der die das und ist nicht mit von den dem des ein eine einer im auf für sich zu auch "
                    "wurde werden sind hat aus bei nach wie".split()),
    "pl": frozenset("i w z na się nie do że jest od oraz dla jak po przez przy ze są także który która "
                    "które".split()),
    "uz": frozenset("va bilan uchun bu ham yil yilda haqida esa bo'yicha boʻyicha bo‘yicha edi bo'ldi "
                    "boʻldi".split()),
    # not Turkish's (bu, da, ki, olan): ə is Azerbaijani's alone
    "az": frozenset("və ilə üçün də isə etdi edərək haqqında".split()),
}
# Uzbek's words that Kazakh in Latin letters never writes (Kazakh has «edi», «bul», «jyl»; «dedi» both)
_UZBEK_ONLY_WORDS = frozenset("va bilan uchun ham haqida yilda bo'yicha boʻyicha bo‘yicha".split())
# Turkish's function words, none of them Kazakh's in any Latin alphabet (bir, bu, da, de are both; «dedi» too):
# Turkish is no community paper's language, but its ı ş ğ ö ü and «dedi» made a Turkish note Kazakh
# (not olan, daha, sonra: Azerbaijani's too)
_TURKISH_ONLY_WORDS = frozenset("ve ile için çok olarak gibi veya göre kadar ayrıca değil ise ancak şimdi".split())
# English function words: an English text has them (language.py weighs them too)
ENGLISH_WORDS = frozenset("the and of to in on at for with by from is are was were".split())
_MIN_WORDS = 2  # a language's own words (or words with its own letters) that tell it


# A Ukrainian word with і beside а, о or я (відзначила, співали, зібралася): Kazakh's vowel harmony puts
# і beside front vowels only (бірлігі, мерекесі), Belarusian writes ы or э where Ukrainian has и or е,
# and Russian has no і. The commonest short Ukrainian items have і and none of ї є ґ.
_UKRAINIAN_I_VOWELS = frozenset("аоя")
_NOT_UKRAINIAN_LETTERS = frozenset("ыэъёәғқңөұүһў")


def _ukrainian_i_word(lower_word: str) -> bool:
    return "і" in lower_word and not _UKRAINIAN_I_VOWELS.isdisjoint(lower_word) \
        and _NOT_UKRAINIAN_LETTERS.isdisjoint(lower_word)


def community_words(language: str, lower_words: list[str], i_words: bool = True) -> int:
    """How many of the words are `language`'s own function words or hold its own letters (for
    Ukrainian, with `i_words`, its і in a word Kazakh's vowel harmony would not write)."""
    if language in _LATIN_WORDS:
        words, own = _LATIN_WORDS[language], _LATIN_OWN_LETTERS[language]
        return sum(1 for w in lower_words if w in words or own.search(w))
    words, letters = _OWN_WORDS[language], _OWN_LETTERS[language]
    return sum(1 for w in lower_words if w in words or not letters.isdisjoint(w)
               or (i_words and language == "uk" and _ukrainian_i_word(w)))


def own_letter_words(lower_words: list[str]) -> list[str]:
    """The words holding a Cyrillic community language's own letters (ї є ґ ў җ), which Kazakh and
    Russian never write."""
    return [w for w in lower_words if any(not letters.isdisjoint(w) for letters in _OWN_LETTERS.values())]


def turkish_words(lower_words: list[str]) -> int:
    """How many of the Latin words are Turkish's own function words, none of them Kazakh's (ve, ile, için)."""
    return sum(1 for w in lower_words if w in _TURKISH_ONLY_WORDS)


def uzbek_words(lower_words: list[str]) -> int:
    """How many of the Latin words are Uzbek's own function words, none of them Kazakh's (va, bilan, uchun)."""
    return sum(1 for w in lower_words if w in _UZBEK_ONLY_WORDS)


def cyrillic_community_language(lower_words: list[str], min_words: int = _MIN_WORDS) -> str | None:
    """uk, be, tt or ug for a Cyrillic text (its lowercase words) written in one, else None: its own
    letters or function words in `min_words` words or more, and fewer words with Kazakh's own letters
    (_KAZAKH_ONLY) than a quoted Kazakh name or phrase would bring."""
    best, best_count = None, 0
    for language in _CYRILLIC_ORDER:
        count = community_words(language, lower_words)
        if count < min_words or count <= best_count:
            continue
        kazakh = sum(1 for w in lower_words if not _KAZAKH_ONLY[language].isdisjoint(w))
        if 4 * kazakh <= count:
            best, best_count = language, count
    return best


# the Turkic letters Tatar and Uyghur share with Kazakh, which Russian never writes
_TURKIC_LETTERS = frozenset("әөүңһ")
_UYGHUR_NOT_TATAR = frozenset("қғҚҒ")


def unmarked_turkic_language(lower_words: list[str], words: list[str], text: str) -> str | None:
    """ug or tt for a short Cyrillic text (its lowercase words, and all its words lowercased) with none
    of their own letters or words (җ, вә, һәм): two words or more with Turkic letters (ә ө ү ң һ), one of
    them lowercase, and none with Kazakh's own ұ і; Uyghur when қ or ғ stands anywhere in it, a name
    too («Уйғур авази»), which Tatar does not write."""
    if not any(not _TURKIC_LETTERS.isdisjoint(w) for w in lower_words) \
            or sum(1 for w in words if not _TURKIC_LETTERS.isdisjoint(w)) < _MIN_WORDS \
            or any(not _KAZAKH_ONLY["ug"].isdisjoint(w) for w in words):
        return None
    return "ug" if not _UYGHUR_NOT_TATAR.isdisjoint(text) else "tt"


def latin_community_language(lower_words: list[str]) -> str | None:
    """de, pl, uz or az for a Latin-letter text (its lowercase words, as LATIN_WORD finds them) written
    in one, else None (Turkish too, told by its own function words):
    that language's function words and words with its own letters outnumber the English function
    words and the other languages', two at least. A word only Kazakh writes (söiledı, úıinde,
    to'rag'alarynyn) counts for none of them, though it has their ö, ń or o'."""
    lower_words = [w for w in lower_words if not is_kazakh_only(w)]
    if turkish_words(lower_words) >= _MIN_WORDS:
        return None  # Turkish, no community paper's language: its ö ü made it German
    english = sum(1 for w in lower_words if w in ENGLISH_WORDS)
    counts = {language: community_words(language, lower_words) for language in _LATIN_WORDS}
    language, count = max(counts.items(), key=lambda item: item[1])
    if count <= english or list(counts.values()).count(count) > 1:
        return None
    if count < _MIN_WORDS and (english or language != "uz" or not any(_UZBEK_MARK.search(w) for w in lower_words)):
        return None  # one word tells only with Uzbek's own oʻ and no English word beside it («Navroʻz bayrami boʻldi»)
    return language


CYRILLIC_COMMUNITY_LANGUAGES, LATIN_COMMUNITY_LANGUAGES = frozenset(_CYRILLIC_ORDER), frozenset(_LATIN_WORDS)
COMMUNITY_LANGUAGES = CYRILLIC_COMMUNITY_LANGUAGES | LATIN_COMMUNITY_LANGUAGES


def reading_language(language: str) -> str:
    """The analysed language whose rules read a community language's names and speech cues: Russian's
    for the Cyrillic ones (Голова товариства Віктор Дідух зазначив), English's for the Latin ones."""
    if language in _LATIN_WORDS:
        return "en"
    return "ru" if language in COMMUNITY_LANGUAGES else language


def declared_language(value: str | None) -> str | None:
    """A page's declared language (html lang="de", "uk-UA") when it is a community language, else None."""
    code = (value or "").split("-")[0].split("_")[0].strip().lower()
    return code if code in COMMUNITY_LANGUAGES else None
