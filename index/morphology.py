"""Per-word terms: stop words, pymorphy3 lemmas, a surname rule, Snowball fallbacks.

Everything here is module-level state (loaded lazily, once per process) so that the Whoosh
analyzer objects that the index pickles stay tiny.
"""

from __future__ import annotations

import os
import re
from functools import lru_cache
from importlib import resources

import Stemmer

from index.community_letters import other_plain_spellings
from index.config import data_lines
from index.kazakh_latin import (as_cyrillic, as_latin, fold_kazakh_latin, is_latin_word, is_surely_kazakh,
                                plain_ending_readings)
from index.kazakh_voicing import DEVOICED
from index.places import place_name
from index.tokenize import APOSTROPHE, is_roman_numeral

_morph = None  # pymorphy3.MorphAnalyzer, loaded on first use
_ru_stemmer = Stemmer.Stemmer("russian")
_en_stemmer = Stemmer.Stemmer("english")

KAZAKH_LETTERS = frozenset("әғқңөұүһі")
_RUSSIAN_RE = re.compile(r"[а-я]+")  # after normalization (ё already folded)
# Surnames in -ов/-ев/-ин/-ын (ё folded) with every case ending of both genders and the
# plural: Токаев, -а, -у, -ым, -е; fem. -а, -ой, -ою, -у; pl. -ы, -ых, -ым, -ыми. Not -уын: that
# is a Kazakh у-stem's possessive accusative (Жолдау-ы-н, даму-ы-н), no surname's.
SURNAME_RE = re.compile(r"([а-я]{2,}?(?:ов|ев|ин|(?<!у)ын))(|а|у|ым|е|ой|ою|ы|ых|ыми)")
# Which gender a surname's form can be, by its ending: Жумабековой hers only, Жумабеков and
# Жумабековым his only, Жумабекова his genitive or her nominative, the plural the family's.
_OV_FORM_GENDERS = {"": "m", "а": "mf", "у": "mf", "ым": "m", "е": "m", "ой": "f", "ою": "f",
                    "ы": "mf", "ых": "mf", "ыми": "mf"}
# -ский/-ская: -ой is her oblique case or his nominative (Трубецкой), -им his instrumental
_SKY_RE = re.compile(r"([а-я]{2,}(?:ск|цк))(ий|ого|ому|им|ом|ая|ой|ую|ою|ие|их|ими)")
_SKY_FORM_GENDERS = {"ий": "m", "ого": "m", "ому": "m", "им": "m", "ом": "m", "ая": "f", "ую": "f",
                     "ою": "f", "ой": "mf", "ие": "mf", "их": "mf", "ими": "mf"}
# Tags that mark proper-name readings; a reading without them is a common word.
_PROPER = frozenset({"Name", "Surn", "Patr", "Geox", "Orgn", "Trad", "Init", "Abbr"})
# pymorphy3's probability below which a noun reading of an adverb is ignored: потом (пот
# 0.013), порой (пора 0.015), целиком (целик 0.017) stay adverbs; утром (утро 0.097) does not.
ADVERB_NOUN_MIN_SCORE = 0.05
# pymorphy3's probability of the name readings of a plural genitive (зайцев: заяц 0.8, Зайцев
# 0.2) from which the word is read as a surname first: Беков 0.33, Зайцев 0.2, Королёв 0.57 are;
# греков 0.1, голов 0.07, школьников 0.04, городов 0.01 stay the nouns' forms.
SURNAME_HOMOGRAPH_MIN_SCORE = 0.2
# Indeclinable words the dictionary lacks whose end Snowball or a Kazakh case cut would take for
# an ending, with their one term: тенге is no form of the surname Тен (тенге -> тен), теңге none
# of Kazakh тең «equal» (теңге = тең + -ге); both spellings are the currency. ЭКОО (этнокультурное
# общественное объединение) is no form of ЭКО, whose search finds other documents.
INDECLINABLE = {"тенге": "тенге", "теңге": "тенге", "экоо": "экоо"}
# Nouns of the archive's vocabulary the dictionary knows only as given names: аким (a region's
# head) is Аким to it, so «акимов» was read as the surname Акимов only (morphology.plural_noun_stem).
NOUNS_KNOWN_AS_NAMES = frozenset({"аким"})
_ENGLISH_STOP = frozenset(
    "a an and are as at be by for from if in is it of on or that the this to with".split()
)


def _load_words(name: str) -> frozenset[str]:
    text = resources.files("index").joinpath("data", name).read_text(encoding="utf-8")
    return frozenset(line.lower().replace("ё", "е") for _, line in data_lines(text))


STOP_WORDS: frozenset[str] = (
    _load_words("stopwords_ru.txt") | _load_words("stopwords_kk.txt") | _ENGLISH_STOP
)


def morph():
    """The process-wide pymorphy3 analyzer (about 0.1 s and 15 MB to load)."""
    global _morph
    if _morph is None:
        import pymorphy3

        _morph = pymorphy3.MorphAnalyzer(lang="ru")
    return _morph


@lru_cache(maxsize=200_000)
def parses(word: str) -> tuple:
    """pymorphy3's readings of a lowercase word, cached per process and shared with the
    ingest extraction rules, which ask about the same words the analyzer does."""
    return tuple(morph().parse(word))


def is_russian_word(word: str) -> bool:
    """Whether the Russian dictionary has the lowercase `word` (аким, казак), not a guess."""
    return morph().word_is_known(word)


def is_dictionary(parse) -> bool:
    """Whether the reading is the dictionary's own word, not a guess from its ending."""
    # methods_stack[0][0] is the analyzer unit; DictionaryAnalyzer alone = a real dictionary hit
    return len(parse.methods_stack) == 1 and type(parse.methods_stack[0][0]).__name__ == "DictionaryAnalyzer"


def _is_common(parse) -> bool:
    return is_dictionary(parse) and not (_PROPER & parse.tag.grammemes)


def is_common_word(word: str) -> bool:
    """Whether the dictionary reads the lowercase `word` first as a common word's (стратегия, not
    Казахстан, a place's name, nor Қазақстан, which it lacks)."""
    return _is_common(parses(word.replace("ё", "е"))[0])


def is_proper_reading(parse) -> bool:
    """Whether a reading is a name's, a place's or an abbreviation's (no common word's)."""
    return bool(_PROPER & parse.tag.grammemes)


def _is_common_abbreviation(parse) -> bool:
    """A dictionary abbreviation that declines as a common noun (вуз, загс): «вузов» is its
    plural, not the surname Вузов."""
    return is_dictionary(parse) and "Abbr" in parse.tag and not (_PROPER - {"Abbr"}) & parse.tag.grammemes


def _fold(word: str) -> str:
    return word.replace("ё", "е")


def _has_surname_reading(word: str) -> bool:
    return any("Surn" in p.tag.grammemes for p in parses(word))


# Degrees the dictionary files under another lemma than their adjective's: a comparative adjective with its
# own lexeme (больший, большего) and a comparative under the adjective of another sense (старше: старший,
# «senior»), which take their adjective first (`большой` finds «больший вклад», `больший` «больше»); and
# малый's and маленький's shared degrees (меньший is малый's, меньше маленький's), which hold the other too.
_DEGREE_ADJECTIVES = {"больший": "большой", "старший": "старый"}
_SHARED_DEGREES = {"малый": "маленький", "маленький": "малый"}


@lru_cache(maxsize=200_000)
def russian_terms(word: str) -> tuple[str, ...]:
    """Terms of one normalized Russian word (see _lemma_terms), with the adjective of a degree the
    dictionary files apart (_DEGREE_ADJECTIVES, _SHARED_DEGREES)."""
    terms = _lemma_terms(word)
    top = parses(word)[0]
    lemma = _fold(top.normal_form)
    if not _is_common(top) or not ({"COMP", "Supr"} & top.tag.grammemes or lemma == "больший"):
        return terms
    if lemma in _DEGREE_ADJECTIVES:
        adjective = _DEGREE_ADJECTIVES[lemma]
        return (adjective, *(t for t in terms if t != adjective))
    shared = _SHARED_DEGREES.get(lemma)
    return terms if shared is None or shared in terms else (*terms, shared)


def _lemma_terms(word: str) -> tuple[str, ...]:
    """Terms of one normalized Russian word: (primary, *alternatives).

    The primary term is what a query uses. The index also stores the alternatives at the
    same position, so an inflected homograph (стали = стать | сталь, волков = Волков | волк)
    is found by the query of either reading. A headword (a dictionary form such as
    `принятый`, `подтёк`) gets no other dictionary form as an alternative: that would merge two
    dictionary words; only the nouns it is a case form of and the adjective it is the
    comparative of (путём, вести, лука; лучше): see _headword_terms.
    """
    m = morph()
    readings = parses(word)
    top = readings[0]
    known = m.word_is_known(word)
    headword = _headword(readings)
    if _only_a_names_form(word):
        # айт: the Kazakh holiday to every text, the plural genitive of Айта only to the dictionary;
        # Айта's lemma would merge it with the verb «айта», «айту» («to say»)
        return (word,)
    if word[-1:] in ("ы", "і") and _only_a_names_form(word[:-1]):
        return (word[:-1],)  # айты: the holiday's possessive (Құрбан айты), not Айта's genitive
    sm = SURNAME_RE.fullmatch(word)
    if not known and sm and _kazakh_form_of_known_word(word):
        # Алматыны, not the plural of a surname Алматын
        return kazakh_reading(word)[0]
    if not known and sm and _may_be_kazakh_possessive_accusative(sm.group(1)):
        # мейрам-ы-н, мейрам-ы-на: read as a surname, and also as the Kazakh possessive's forms
        primary = russian_terms(sm.group(1))[0] if sm.group(2) else word
        return (primary, *(t for t in _unknown_word_terms(word) if t != primary))
    if sm and (not (known and (_is_common(top) or _is_common_abbreviation(top))) or surname_over_noun(word)):
        # A surname form, or a word the dictionary only knows as a name. Map every case form
        # to the masculine nominative and let that word decide the term, so that Токаеву
        # follows Токаев whatever the dictionary makes of the nominative.
        base = sm.group(1)
        primary = russian_terms(base)[0] if base != word else word
    elif known:
        adjective = _adjective_over(headword, readings)
        primary = _fold((adjective or headword or top).normal_form)
        if adjective is not None and headword is not None:  # Духовная: the noun's lemma beside
            other = _fold(headword.normal_form)
            return (primary,) if other == primary else (primary, other)
    elif (ko := dictionary_ko_surname(word)) is not None:
        return russian_terms(ko)[:1]
    else:
        return _unknown_word_terms(word)
    if headword is not None:
        if sm and sm.group(2) and _is_surname_first(sm.group(1)) and sm.group(1) != primary:
            # Осина, Королёва: a headword that is also the feminine of a surname read first as
            # a surname; that surname is no dictionary word, so the two stay apart
            return (primary, sm.group(1))
        return _headword_terms(primary, headword, readings)
    alternatives: list[str] = []
    for p in readings:
        if _is_common(p):
            lemma = _fold(p.normal_form)
            if lemma != primary and lemma not in alternatives:
                alternatives.append(lemma)
    surname = surname_of_verb_form(word)
    if surname is not None and surname != primary and surname not in alternatives:
        alternatives.append(surname)  # купала: купать, and the surname Купала (Купалы, Купалу)
    if sm and sm.group(2) and _has_surname_reading(sm.group(1)):
        # Осиным, Воробьёвой: a common-word form that is also a case of a known surname
        surname = russian_terms(sm.group(1))[0]
        if surname != primary and surname not in alternatives:
            alternatives.append(surname)
    return (primary, *alternatives)


# A Ukrainian case form of a surname in -енко (Шевченка, Шевченку, Шевченком): a Russian text never
# declines the name, a Ukrainian one does. Snowball already joins the forms of one the dictionary lacks
# (Дидушенко, Дидушенка: дидушенк); one it knows (Шевченко) is its own term, which the form takes.
_UKRAINIAN_KO_CASE = re.compile(r"([а-я]{2,}енк)(?:а|у|ом)")


def dictionary_ko_surname(word: str) -> str | None:
    """The dictionary's surname in -енко a word the dictionary lacks is a Ukrainian case form of
    (шевченка: шевченко), or None."""
    m = _UKRAINIAN_KO_CASE.fullmatch(word)
    if m is None:
        return None
    nominative = m.group(1) + "о"
    return nominative if any("Surn" in p.tag.grammemes for p in parses(nominative) if is_dictionary(p)) else None


def surname_of_verb_form(word: str) -> str | None:
    """The surname a verb form also is in the nominative (купала: Купала, whose other cases the
    dictionary reads as the surname's only, Купалы, Купалу), or None. Read as the verb alone, the
    name typed in the nominative missed every other case of it."""
    readings = parses(word)
    if "VERB" not in readings[0].tag.grammemes:
        return None
    for p in readings:
        if is_dictionary(p) and "Surn" in p.tag.grammemes and p.tag.case == "nomn" and _fold(p.normal_form) == word:
            return word
    return None


def _may_be_kazakh_possessive_accusative(base: str) -> bool:
    """Whether a word in -ын that reads as a surname's nominative (`base`) may also be a Kazakh
    possessive's accusative after a consonant (мейрам-ы-н «the holiday»): its stem has four
    letters or more (Мусын is a name) and takes -ын by vowel harmony (Птицын, Синицын do not)."""
    stem = base[:-2]
    return (base.endswith("ын") and len(stem) >= KAZAKH_MIN_STEM and _sounds_consonant(stem)
            and harmonious_ending(stem, "ын"))


def _adjective_over(headword, readings):
    """The first full-adjective reading of a word that the dictionary also reads as another
    word: a noun made of the adjective (Духовная, Новое, Главное, Будущее), a pronoun (Любая) or
    a verb's participle (организованного, учащихся = организовать, учиться). That adjective's
    lemma is the word's primary term, so each form of the adjective finds every other one: with
    the noun's or the verb's lemma first, «духовной» (духовный) missed «Духовная» (духовная). A
    noun's headword keeps its own lemma as the one alternative. None where the word is an
    adjective's own headword or has no adjective reading."""
    base = headword or readings[0]
    if "ADJF" in base.tag.grammemes:
        return None
    adjective = next((p for p in readings if "ADJF" in p.tag.grammemes and _is_common(p)), None)
    if adjective is None:
        return None
    if "PRTF" in base.tag.grammemes:  # организованного: the participle's adjective
        return adjective
    # a noun (pronoun) only where it is a form of the adjective, made of it: not «другом» (друг)
    # (a full form: право is правый's short one, not made of it)
    made_of = _fold(base.normal_form) in {_fold(f.word) for f in adjective.lexeme if "ADJF" in f.tag.grammemes}
    return adjective if made_of else None


def _headword(readings):
    """The first reading in which the word is the dictionary form of a common word, or None."""
    return next((p for p in readings if _is_common(p) and p.methods_stack[0][3] == 0), None)


@lru_cache(maxsize=100_000)
def surname_over_noun(word: str) -> bool:
    """Whether `word` is a masculine surname that the dictionary reads first as a common noun's
    plural genitive, and as a name often enough (Беков = бек, Зайцев = заяц, Королёв = королева,
    узбеков = узбек): russian_terms gives it the surname as the primary term and the noun's as
    the second, as for a surname the dictionary reads first (Волков). Where the name reading
    is rare, the word stays the noun's form (городов, греков)."""
    sm = SURNAME_RE.fullmatch(word)
    if not sm or sm.group(2) or not morph().word_is_known(word):
        return False
    readings = parses(word)
    if not _is_common(readings[0]) or _headword(readings) is not None:
        return False
    if not any("Surn" in p.tag.grammemes for p in readings):
        return False
    return sum(p.score for p in readings if _PROPER & p.tag.grammemes) >= SURNAME_HOMOGRAPH_MIN_SCORE


def query_choice(word: str, terms: tuple[str, ...], capitalized: bool) -> tuple[str, ...]:
    """The one term of `terms` (the index terms of `word`; () for none) that a query for `word`
    uses: the primary, except for a surname that is also a noun's plural genitive typed in
    lowercase (узбеков, поляков, долгов): that means the noun, as written in running text, so
    it takes the noun's term and finds узбеки, узбек; typed capitalized (Беков) the surname.
    A capitalized unknown word in -ая, -яя (Ешая, Абылая) is a name, not an adjective: it takes
    the name's term (ешая: еша, as Ешае, Ешаю, Ешаей), not Snowball's adjective stem (еш). A verb
    form that is also a surname typed capitalized (Купала) is the surname, typed lowercase the verb.
    A Kazakh plural's possessive takes its plural's term (plural_possessive_term)."""
    if len(terms) > 1 and (plural := plural_possessive_term(word)) in terms:
        return (plural,)  # міндеттері: міндеттер's term, which «міндеттер», «міндетін» carry too
    if len(terms) > 1 and not capitalized and surname_over_noun(word):
        return terms[1:2]
    if len(terms) > 1 and capitalized and (surname := surname_of_verb_form(word)) in terms:
        return (surname,)  # Купала: the poet, not the verb купать
    # only -ая: a doubled -яя is a slip (`Ассамблеяя`), to be offered its correction, not a name
    if len(terms) > 1 and capitalized and word.endswith("ая") and (name := name_in_ai_term(word)) in terms:
        return (name,)
    return terms[:1]


@lru_cache(maxsize=50_000)
def nouns_beside(word: str) -> tuple[str, ...]:
    """The nouns a normalized word the dictionary reads first as another part of speech is also
    a case form of (стали: сталь; вести: весть; ели: ель), each a term the index stores for the
    word and the one its own query searches; () for other words. A query for the word takes
    only its first reading's term (query_choice), so these are searched beside it
    (index.homograph_nouns): `стали` also finds «Сталь Темиртау»."""
    if word in STOP_WORDS or not _RUSSIAN_RE.fullmatch(word) or len(terms := russian_terms(word)) < 2:
        return ()
    readings = parses(word)
    if "NOUN" in readings[0].tag.grammemes or not _is_common(readings[0]):
        return ()
    nouns = (_fold(p.normal_form) for p in readings if _is_common(p) and "NOUN" in p.tag.grammemes)
    return tuple(n for n in dict.fromkeys(nouns) if n in terms[1:] and russian_terms(n)[:1] == (n,))


def name_in_ai_term(word: str) -> str | None:
    """The term of a name in -ай/-ая (Абылай, Ешая) that an unknown word in -ая, -яя may be a
    form of (the name's nominative or its genitive); None for other words."""
    name = _NAME_IN_AI.fullmatch(word)
    if name is None or morph().word_is_known(word):
        return None
    return _ru_stemmer.stemWord(name.group(1) + "й")


@lru_cache(maxsize=100_000)
def plural_noun_stem(word: str) -> str | None:
    """The noun a lowercase word in -ов would be the plural genitive of, where the word is read
    as a surname only because the dictionary lacks the noun or knows its stem only as a name
    (маслихатов, акиматов, кандасов, этноцентров; акимов, as Аким): маслихат; None otherwise. Written
    lowercase in a text it is that noun's form, so the index gives it the stem's term too, and a
    query typed lowercase also searches the stem (index.plural_nouns); capitalized it stays a surname,
    so Ахметов is no form of the name Ахмет. Not where the dictionary knows the stem (as a name:
    Фёдор, Платон), unless it is one of NOUNS_KNOWN_AS_NAMES."""
    if not word.endswith("ов") or len(word) < 6 or SURNAME_RE.fullmatch(word) is None:
        return None
    if russian_terms(word)[:1] != (word,) or any(_is_common(p) for p in parses(word)):
        return None
    stem = word[:-2]
    if morph().word_is_known(stem) and stem not in NOUNS_KNOWN_AS_NAMES:
        return None  # федоров, платонов: a name's surname, not the plural of Фёдор
    return stem if content_terms(stem)[:1] not in ((word,), ()) else None


def _is_surname_first(base: str) -> bool:
    """Whether the dictionary knows `base` and it is read as a surname first (Осин, Королёв)."""
    return morph().word_is_known(base) and russian_terms(base)[0] == base and _has_surname_reading(base)


def _kazakh_form_of_known_word(word: str) -> bool:
    reading = kazakh_reading(word)
    return reading is not None and reading[1]


def _headword_terms(primary: str, headword, readings) -> tuple[str, ...]:
    """Terms of a word that is a common word's dictionary form (`primary`, its lemma or the
    adjective's, see _adjective_over) and may also be another word's inflected form.

    A noun's case form keeps that noun as a term: «вести» (весть's plural beside the verb),
    «лука» (лук's genitive beside the name and лука), «пола» (пол), «духи» (дух); without it
    `весть` missed «добрые вести» and `лук` «репчатого лука». An adverb or a preposition that
    is a frozen case form of a noun takes the noun first (днём = день, утром = утро, дома = дом,
    рядом = ряд, путём = путь): the word and every form of the noun find each other
    (`Днём благодарности` = `День благодарности`, `мирный путь` = «мирным путём»), and running
    text uses the same spelling as the noun too (целым рядом мер, важным шагом). A comparative
    keeps its adjective (лучше: хороший, больше: большой, выше: высокий), as the comparatives
    with no other reading always did (хуже: плохой), first where the dictionary reads it first.
    A reading the dictionary's corpus statistics call negligible is left out: потом is not пот."""
    frozen = headword.tag.POS in ("ADVB", "PREP") and primary == _fold(headword.normal_form)
    nouns = [_fold(p.normal_form) for p in readings
             if _is_common(p) and "NOUN" in p.tag.grammemes and p.score >= ADVERB_NOUN_MIN_SCORE]
    nouns = [n for n in dict.fromkeys(nouns) if n != primary]
    own = sum(p.score for p in readings if _is_common(p) and _fold(p.normal_form) == primary)

    def likelier(noun: str) -> bool:
        return sum(p.score for p in readings if _is_common(p) and _fold(p.normal_form) == noun) > own

    if "NOUN" in headword.tag.grammemes:
        # two nouns: only where the other is the likelier reading (лука: лук's genitive 0.33, the
        # bend 0.11; пола: пол; вод: вода's plural genitive 0.88, the masculine «вод» 0.12); where the
        # dictionary has no counts, both equal (грамматика, грамматик; закута, закут; боров, бор), they
        # stay apart
        nouns = [n for n in nouns if likelier(n)]
    elif not frozen:
        # a plural genitive (or an animate one's accusative) beside another word's headword only where it
        # is the likelier reading (духов: дух's, not the adjective «духов»)
        other_case = {_fold(p.normal_form) for p in readings if _is_common(p) and p.score >= ADVERB_NOUN_MIN_SCORE
                      and not ("plur" in p.tag and p.tag.case in ("gent", "accs"))}
        nouns = [n for n in nouns if n in other_case or likelier(n)]
    terms = [*nouns, primary] if frozen else [primary, *nouns]
    comparative = next((p for p in readings if "COMP" in p.tag.grammemes and _is_common(p)
                        and p.score >= ADVERB_NOUN_MIN_SCORE), None)
    adjective = _comparative_adjective(comparative) if comparative is not None else None
    if adjective is not None and adjective not in terms:
        # first where the dictionary reads the comparative likelier than the word itself (лучше, больше); an
        # adverb or a preposition as likely keeps its own term first (выше, ниже: «как отмечалось выше»)
        terms.insert(0 if comparative.score > own else len(terms), adjective)
    return tuple(terms)


def _comparative_adjective(comparative) -> str | None:
    """The adjective a comparative reading belongs to: its lemma, or for one the dictionary files
    under an adverb (выше: высоко) the adjective whose short form that adverb is (высокий)."""
    lemma = _fold(comparative.normal_form)
    if "ADJF" in parses(lemma)[0].tag.grammemes or lemma.endswith(("ый", "ий", "ой")):
        return lemma
    short = next((p for p in parses(lemma) if "ADJS" in p.tag.grammemes and _is_common(p)), None)
    return _fold(short.normal_form) if short is not None else None


# Kazakh surnames of a father's name and ұлы «son» or қызы «daughter» (Сапарұлы, Төлегенқызы;
# Kazakh letters folded: Сапарулы), in the nominative or a Kazakh case form (Сапарұлының, -на,
# -н, -нда, -нан, -мен): his or hers in every form. Russian text leaves them undeclined.
_PATRONYMIC_RE = re.compile(r"[а-я]{3,}(улы|кызы)(|нын|на|н|нда|нан|мен)")
_PATRONYMIC_GENDERS = {"улы": "m", "кызы": "f"}


def _patronymic(word: str) -> re.Match | None:
    return _PATRONYMIC_RE.fullmatch(kazakh_as_russian(word))


def surname_form_genders(word: str) -> str:
    """The genders ("m", "f" or "mf") a normalized word can be a form of, as a surname in
    -ов/-ев/-ин/-ын, -ский/-цкий or -ұлы/-қызы; "mf" for any other word (nothing said)."""
    m = _patronymic(word)
    if m:
        return _PATRONYMIC_GENDERS[m.group(1)]
    m = SURNAME_RE.fullmatch(word)
    if m:
        return _OV_FORM_GENDERS[m.group(2)]
    m = _SKY_RE.fullmatch(word)
    return _SKY_FORM_GENDERS[m.group(2)] if m else "mf"


def surname_nominative_gender(word: str) -> str:
    """The gender of a surname written in the nominative (a facet's canonical name): Жумабеков
    "m", Жумабекова "f", Ковальская "f", Сапарұлы "m", Төлегенқызы "f"; "mf" when the ending
    does not tell."""
    m = _patronymic(word)
    if m and not m.group(2):
        return _PATRONYMIC_GENDERS[m.group(1)]
    m = SURNAME_RE.fullmatch(word)
    if m and m.group(2) in ("", "а"):
        return "m" if m.group(2) == "" else "f"
    m = _SKY_RE.fullmatch(word)
    if m and m.group(2) in ("ий", "ая"):
        return "m" if m.group(2) == "ий" else "f"
    return "mf"


@lru_cache(maxsize=4096)
def word_forms(word: str) -> frozenset[str]:
    """Every form of the dictionary words a lowercase `word` may be a form of (the lexemes of
    its readings), ё folded: `назарбаева` -> назарбаев, назарбаеву, ...; the word alone when
    the dictionary has nothing better than a guess."""
    return frozenset(_fold(form.word) for p in parses(word) for form in p.lexeme) | {word}


@lru_cache(maxsize=200_000)
def word_terms(word: str) -> tuple[str, ...]:
    """Index terms of one normalized word without hyphens ((): a stop word)."""
    if word in STOP_WORDS:
        return ()
    return content_terms(word)


@lru_cache(maxsize=200_000)
def content_terms(word: str) -> tuple[str, ...]:
    """Index terms of one normalized word without hyphens, stop word or not."""
    if word in INDECLINABLE:
        return (INDECLINABLE[word],)
    place = place_name(word)
    if place is not None:
        if place_of(word) is not None:
            return (place,)
        # «в Уральском» may be the adjective's (Уральском районе): its terms, and the place's beside
        own = russian_terms(word)
        return own if place in own else (*own, place)
    if is_latin_word(word):
        return _with_plain_spellings(word, latin_terms(word))
    if _RUSSIAN_RE.fullmatch(word):
        return russian_terms(word)
    if APOSTROPHE in word:
        return _apostrophe_terms(word)
    if KAZAKH_LETTERS & set(word):
        return kazakh_terms(word)
    # digits mixed with Cyrillic, other scripts: no morphology
    return (word,)


def _apostrophe_terms(word: str) -> tuple[str, ...]:
    """A word joined by an apostrophe (index.tokenize) declines at its end, as a Russian text declines
    a foreign name: «Д'Артаньяна», «О'Брайену» are the terms of Д'Артаньян, О'Брайен, the part after
    the last apostrophe read by the Russian morphology (a short one, «сім'я», and a non-Russian one,
    «об'єднує», «To'xtayev», stay as written)."""
    head, _, tail = word.rpartition(APOSTROPHE)
    if len(tail) < 3 or not _RUSSIAN_RE.fullmatch(tail) or not _RUSSIAN_RE.fullmatch(head.replace(APOSTROPHE, "")):
        return (word,)
    return tuple(head + APOSTROPHE + term for term in russian_terms(tail)) or (word,)


@lru_cache(maxsize=100_000)
def place_of(word: str) -> str | None:
    """The place of index/data/places.txt a normalized word names, in the nominative or a Russian
    case (костаная, в алма-ату, в өскемене: index.places); None for other words and for a case form
    the dictionary reads first as a common word's, which keeps that word's terms."""
    name = place_name(word)
    if name is None or name == word:
        return name
    return None if "-" not in word and _is_common(parses(word)[0]) else name


def _with_plain_spellings(word: str, terms: tuple[str, ...]) -> tuple[str, ...]:
    """A Latin word's terms and, after them, the term a query typed in each of its other plain
    spellings uses (index.community_letters: `Mueller` finds «Müller», `Elcin` «Elçin»)."""
    others = [latin_terms(spelling)[0] for spelling in other_plain_spellings(word)]
    return tuple(dict.fromkeys((*terms, *others))) if others else terms


@lru_cache(maxsize=100_000)
def latin_terms(word: str) -> tuple[str, ...]:
    """Terms of a lowercase word in Latin letters: English Snowball's term of the word as a plain
    keyboard types it (ótti as otti), and where it ends like a Kazakh case, plural or possessive
    form, its stem's terms (index.kazakh_latin: the Cyrillic rules of kazakh_terms, on its letters
    read as Cyrillic). A word surely Kazakh (Qazaqstannyń, Assambleıasy) takes its stem's terms, as
    a Cyrillic one with a Kazakh letter does; an all-ASCII word may be English, so it keeps its own
    term, which its query uses, and gains its nominative's (birligi, Qazaqstanda are found by
    birlik, Qazaqstan), as a Kazakh word in letters Russian shares does."""
    folded = fold_kazakh_latin(word)
    if any(c.isdigit() for c in word) or is_roman_numeral(word):  # XXVI is no possessive of XXV
        return (folded,)
    own = _en_stemmer.stemWord(folded)
    sure = is_surely_kazakh(word)
    cyrillic = as_cyrillic(word)
    stem = kazakh_stem(cyrillic)
    if stem == cyrillic and sure and word.isascii():
        cyrillic, stem = _plain_keyboard_ending(cyrillic)
    if stem != cyrillic and (sure or harmonious_ending(stem, cyrillic[len(stem):])):  # not golden = gol-den
        stem_terms = latin_terms(as_latin(stem, cyrillic, word))
        # a sure word also carries the term its plain-keyboard spelling queries with (kezdesýler: kezdesuler)
        return tuple(dict.fromkeys((*stem_terms, own) if sure else (own, stem_terms[0])))
    nominatives = (latin_terms(as_latin(n, cyrillic, word))[0]
                   for n in possessive_nominatives(cyrillic, after_vowel=sure))
    return tuple(dict.fromkeys((own, *nominatives)))


def _plain_keyboard_ending(cyrillic: str) -> tuple[str, str]:
    """A sure Kazakh word typed on a plain keyboard (n for ң, g for ғ) whose reading has no ending,
    read with ң or ғ in its ending (қазақстаннын as қазақстанның): that reading and its stem, or
    the word twice. The ending is two letters or more and holds every letter read anew, so a
    word's own н stays (qazan is no қаза-ң)."""
    for reading in plain_ending_readings(cyrillic):
        stem = kazakh_stem(reading)
        if stem == reading or len(reading) - len(stem) < 2:
            continue
        kept = len(os.path.commonprefix((stem, reading)))
        if all(a == b for a, b in zip(reading[:kept], cyrillic)):
            return reading, stem
    return cyrillic, cyrillic


def kazakh_terms(word: str) -> tuple[str, ...]:
    """Terms of a word with a Kazakh letter: those of its stem without one case (or plural,
    or possessive) ending. The stem is analyzed as a word of its own, so a form meets its
    nominative even where the nominative itself ends like an ending and is cut too
    (Өскеменде -> Өскемен -> Өске, like Өскемен), and a stem written with letters Russian
    shares meets the Russian analysis of that nominative (Ассамблеяның -> ассамблея). A word
    that may be a possessive also carries its nominative's term (халқы: халық)."""
    stem = kazakh_stem(word)
    if stem != word:  # a loanword's dropped д comes back (съез-дің: съезд)
        return content_terms((stem.endswith("з") and _soft_sign_restored(stem)) or stem)
    possessive = possessive_nominatives(word)
    nominatives = [t for n in possessive for t in content_terms(n)]  # мейрамдар-ыңыз: мейрамдар, мейрам
    nominatives += _singular_possessive_terms(word, possessive)
    extra = (*kazakh_surname_as_russian(word), *_accusative_possessive_terms(word, possessive),
             *(n for n in nominatives if n != word))
    terms = (word, *dict.fromkeys(t for t in extra if t != word))
    # съез-і can be nothing but съезд's possessive (as съез-ге is its dative): its term comes first,
    # so a query for «съезі», or «съезінде» whose stem it is, finds the Russian «Съезд» too
    loanword = _loanword_in_zd(word)
    if loanword is not None:
        first = content_terms(loanword)
        return (*first, *(t for t in terms if t not in first))
    return terms


def _loanword_in_zd(possessive: str) -> str | None:
    """The Russian loanword in -зд whose Kazakh possessive `possessive` is (съезі, съезін: съезд)."""
    base = possessive[:-1] if possessive.endswith(("ын", "ін")) else possessive
    if not base.endswith(("зы", "зі")):
        return None
    return _soft_sign_restored(base[:-1])


def _plurals_of(word: str, nominatives: tuple[str, ...]) -> list[tuple[str, str]]:
    """(plural, its stem) for each of a possessive's `nominatives` that is a plural `word` is the
    possessive of (мейрамдары: мейрамдар, мейрам)."""
    out = []
    for n in nominatives:
        for stem, ending in kazakh_cuts(n):
            if ending in _PLURAL_ENDINGS and word.startswith(n) and _stem_keeps_itself(stem):
                out.append((n, stem))
                break
    return out


def _singular_possessive_terms(word: str, nominatives: tuple[str, ...]) -> tuple[str, ...]:
    """The terms of the singular's possessive a plural's possessive stands for (Наурыз мейрамдары
    «the Nauryz holidays»: мейрамы; тілдері: тілі), so that `Наурыз мейрамы` finds it."""
    return tuple(t for n, stem in _plurals_of(word, nominatives) for t in content_terms(stem + word[len(n):]))


@lru_cache(maxsize=100_000)
def plural_possessive_term(word: str) -> str | None:
    """The term a query for a Kazakh-letter plural's possessive, with or without a case after it
    (міндеттері, хатшылықтарына, ұсыныстарымыз), uses: its plural's (міндеттер: міндет), which every
    form of the noun carries; None for other words. A singular's possessive keeps its own term, since
    nominatives end like one (Алматы, жылқы); a plural's ending and the -ы/-і after it are no
    nominative's end, and the word's own term is carried by that one form only."""
    if KAZAKH_LETTERS.isdisjoint(word):
        return None
    base = kazakh_stem(word)
    plurals = _plurals_of(base, possessive_nominatives(base))
    terms = content_terms(plurals[0][0]) if plurals else ()
    return terms[0] if terms else None


def _accusative_possessive_terms(word: str, nominatives: tuple[str, ...]) -> tuple[str, ...]:
    """The terms of the possessive a possessive's accusative -н is added to (тілін: тілі,
    халқын: халқы, Сапарұлын: Сапарұлы), so that `қазақ тілі` finds «қазақ тілін» as it finds
    «қазақ тілінде». Only where the word may be a possessive at all (`nominatives`: орын, ерін
    have none); the -н is one letter, so the word keeps its own term first."""
    possessive = word[:-1]
    if not nominatives or not word.endswith(("ын", "ін")) or kazakh_stem(possessive) != possessive:
        return ()  # (аяқтағанын: аяқтағаны would read as аяқтаға-ны, a case of another word)
    return content_terms(possessive)


# The 3rd person possessive: -ы/-і after a consonant (кеңес-і, тіл-і), -сы/-сі after a vowel
# (төраға-сы), and the same with the accusative's -н (тіл-і-н, төраға-сы-н). A final у is a
# consonant (w) to the possessive, as to the cases (Жолдау-ы, даму-ы, кездесу-і-н, су-ы). Before it a
# stem's final к, қ, п is voiced (index.kazakh_voicing: бірлік -> бірлігі, кітап -> кітабы), and
# a high vowel between a sonorant and the last consonant drops (халық -> халқы, орын -> орны,
# ауыз -> аузы, ерік -> еркі).
_DROPS_BEFORE = "лруй"  # the sonorant before a dropped vowel
_DROPS_AFTER = "қкпсзн"  # the consonant after it (never т: ұлт-ы, салт-ы, жұрт-ы are whole)
_SOFTENED = "лнртдсзвмпбф"  # letters a Russian loanword's final soft sign may follow


def possessive_nominatives(word: str, after_vowel: bool = True) -> tuple[str, ...]:
    """The nominatives a Kazakh-letter word that ends like a possessive would have, of the 3rd
    person or the 1st and 2nd (_personal_nominatives) (none for a stem shorter than three letters,
    or where _PERSONAL_PLURAL asks for more or fewer; without `after_vowel`, for a word that may be
    Russian, only endings no Russian word has: not -сы/-сі, nor -ым, nor -мыз after most vowels).
    They are the word's EXTRA terms, never its own: the ending cannot be told from a nominative's
    last letters (Алматы, жылқы, ерін), so a word keeps its term and only gains its possible
    nominatives', which a query for them finds."""
    base = word[:-1] if word.endswith(("ын", "ін")) else word
    out = []
    loanword = None
    if base.endswith(("ы", "і")) and _sounds_consonant(base[:-1]):
        loanword = _soft_sign_restored(base[:-1])  # a dictionary word: съезд ends like a past tense, yet is one
        out.append(_restored_stem(base[:-1], base[-1]) if loanword is None else loanword)
    if after_vowel and base.endswith(("сы", "сі")) and _ends_in_vowel(base[:-2]):  # not дау-сы: дауыс-ы
        out.append(base[:-2])
    third = [n for n in out if n == loanword or (len(n) >= KAZAKH_SHORT_STEM and _stem_keeps_itself(n)
                                                 and not _ends_no_nominative(n))]
    return tuple(dict.fromkeys((*third, *_personal_nominatives(word, after_vowel))))


# The 1st and 2nd person possessives, after a consonant and after a vowel: біз-дің халқ-ымыз,
# тіл-іміз, ана-мыз; сіз-дің халқ-ыңыз, ана-ңыз; менің халқ-ым; сенің халқ-ың. The
# stem changes as before the 3rd person's -ы/-і (бірліг-іміз, халқ-ымыз). Cases follow them as
# they follow any word in з, м, ң (халқымыз-дың, халқым-ның: kazakh_stem), but the dative after
# -ым/-ың is -а/-е (халқым-а, жерің-е). The third item: the fewest letters the nominative may
# have. -ымыз/-іміз after a consonant ends no Kazakh verb (барамыз, келеміз have a vowel before
# -мыз, барғымыз is ruled out by _ends_no_nominative), so two letters may stay (ел-іміз,
# үй-іміз). The others ask for four: -ыңыз/-іңіз also ends the polite imperative (жаз-ыңыз
# «write», not «your summer»), and -ым/-ім ends nouns made from verbs and names (шеш-ім
# «decision», қор-ым «cemetery», Қас-ым).
_PERSONAL_PLURAL = (("ымыз", "мыз", 2), ("іміз", "міз", 2), ("ыңыз", "ңыз", 4), ("іңіз", "ңіз", 4))
# The singular only after a consonant: many nouns end in a vowel and -м (қоғам, көлем, адам).
_PERSONAL_SINGULAR = (("ым", None, 4), ("ім", None, 4), ("ың", None, 4), ("ің", None, 4))
_PERSONAL_DATIVES = ("ыма", "іме", "ыңа", "іңе")
# Longer nominatives that end like a 1st or 2nd person possessive: nouns made from verbs with
# -ым/-ім (келіс-ім «agreement» is no келіс «agree» + «my»). They keep their one term; so do
# their case forms (келісімнің).
KAZAKH_NOT_POSSESSIVE = frozenset("келісім құрылым басылым тағылым көрсетілім айтылым жиналым мейірім".split())


def _personal_nominatives(word: str, after_vowel: bool) -> tuple[str, ...]:
    """The nominatives of a word that ends like a 1st or 2nd person possessive (see
    possessive_nominatives for `after_vowel`; without it, -мыз/-ңыз after a vowel only on a
    dictionary form: Республикамыз, not барамыз «we go»)."""
    if word in KAZAKH_NOT_POSSESSIVE:
        return ()
    endings = _PERSONAL_PLURAL
    if after_vowel:
        endings += _PERSONAL_SINGULAR
        if word.endswith(_PERSONAL_DATIVES):
            word = word[:-1]
    out = []
    for after_consonant, after_a_vowel, fewest in endings:
        if word.endswith(after_consonant) and _sounds_consonant(stem := word[: -len(after_consonant)]):
            nominative = _soft_sign_restored(stem) or _restored_stem(stem, after_consonant[0])
            if (len(nominative) >= fewest and harmonious_ending(nominative, after_consonant)
                    and not _ends_no_nominative(nominative)):
                out.append(nominative)
        elif after_a_vowel and word.endswith(after_a_vowel) and _ends_in_vowel(stem := word[: -len(after_a_vowel)]):
            if (len(stem) >= max(fewest, KAZAKH_SHORT_STEM) and harmonious_ending(stem, after_a_vowel)
                    and _stem_keeps_itself(stem)
                    and (after_vowel or _is_known_nominative(stem, after_a_vowel))):
                out.append(stem)
    return tuple(n for n in out if n not in STOP_WORDS and n not in KAZAKH_NOT_POSSESSIVE)


def _sounds_consonant(stem: str) -> bool:
    """Whether a stem ends in a consonant, as у does (Kazakh у is a w: сақтау-ымыз, жаңғыру-ы) and
    и after a vowel; an empty one (a word that is only the ending, as a suggestion's split of a
    word may give) does not."""
    return bool(stem) and (stem[-1] not in _VOWEL or stem[-1] == "у"
                           or (stem[-1] == "и" and stem[-2:-1] in tuple(_VOWEL)))


def _ends_in_vowel(stem: str) -> bool:
    """Whether a stem ends in a vowel that is its own, not a consonant stem's -ы/-і of the
    possessive itself (тіл-іміз, not тілі-міз; сақтау-ымыз, not сақтауы-мыз)."""
    return bool(stem) and not _sounds_consonant(stem) and not (stem[-1] in "ыі" and _sounds_consonant(stem[:-1]))


def _ends_no_nominative(stem: str) -> bool:
    """Stem ends no Kazakh nominative has, where the -ы/-і belongs to a suffix and takes no
    possessive reading: a consonant and then г, ғ, к, қ or л (adjectives: жыл-ғы, қазір-гі,
    сырт-қы, түр-лі), д or a doubled consonant (the past tense: қабылда-ды, бол-ды, айт-ты)."""
    if len(stem) < 2:
        return False
    return (stem[-1] == "д" or stem[-1] == stem[-2]
            or (stem[-1] in "гғкқл" and stem[-2] not in _VOWEL))


def _soft_sign_restored(stem: str) -> str | None:
    """A Russian loanword in -ь, which drops it before the possessive (фестиваль -> фестивалі,
    ансамбль -> ансамблі), or in -зд, which drops the д before any ending (съезд -> съезі, съезге),
    as the dictionary spells its nominative; None for any other stem."""
    if len(stem) < KAZAKH_MIN_STEM or stem[-1] not in _SOFTENED or not _RUSSIAN_RE.fullmatch(stem):
        return None
    nominative = stem + ("д" if stem.endswith("з") else "ь")
    return nominative if _is_known_nominative(nominative, "і") else None


def _restored_stem(stem: str, vowel: str) -> str:
    """A consonant stem as the nominative spells it: devoiced (бірліг -> бірлік) or with its
    dropped vowel back (халқ -> халық)."""
    if len(stem) >= 2 and stem[-1] in DEVOICED and stem[-2] in _VOWEL:
        return stem[:-1] + DEVOICED[stem[-1]]
    if (len(stem) >= 3 and stem[-1] in _DROPS_AFTER and stem[-2] in _DROPS_BEFORE
            and stem[-3] in _VOWEL):
        return stem[:-1] + vowel + stem[-1]
    return stem


def _unknown_word_terms(word: str) -> tuple[str, ...]:
    """Terms of a word written with letters Russian shares that the dictionary does not know
    and that is no surname form: a Kazakh word form, a Kazakh name, or a rare Russian word.

    A Kazakh case form of a word the dictionary knows (Астанада, Назарбаевпен, Ассамблеясына)
    takes that word's terms. One of an unknown word (Шымкентте, мемлекетке) keeps Snowball's
    term, which its query uses, and adds its nominative's query term, so the nominative finds
    it while a rare Russian word of the same shape (Мурада) keeps its own term; a possessive
    form (орны, аузы) adds its nominative's (орын, ауыз) the same way."""
    reading = kazakh_reading(word)
    if reading is not None and reading[1]:
        return reading[0]
    own = _name_or_snowball_terms(word, kazakh_case=reading is not None)
    # all the stem's terms: a possessive stem's nominative too (Жолдауы-на: Жолдауы and Жолдау)
    nominatives = list(reading[0]) if reading is not None else []
    # орны = орын; not -сы after an unknown stem (Елбасы), which kazakh_reading leaves alone
    possessive = possessive_nominatives(word, after_vowel=False)
    # all of each nominative's terms: a plural's carry its singular's (мейрамдар-ы: мейрамдар, мейрам)
    nominatives += [t for n in possessive for t in content_terms(n)]
    nominatives += _singular_possessive_terms(word, possessive)  # мейрамдары: мейрамы
    nominatives += _accusative_possessive_terms(word, possessive)  # Жолдауын: Жолдауы
    stem = kazakh_stem(word)  # Отанымыз-да: Отан
    nominatives += [t for n in _personal_nominatives(stem, after_vowel=False) if stem != word for t in content_terms(n)]
    return (*own, *dict.fromkeys(n for n in nominatives if n not in own))


# Kazakh letters written the Russian way: Тоқаев is Токаев, Әбдіқадыров is Абдикадыров.
_KAZAKH_TYPED_AS = ("әғқңөұүһі", "агкноуухи")  # a Kazakh letter, and the Russian one a Russian keyboard types for it
_KAZAKH_TO_RUSSIAN = str.maketrans(*_KAZAKH_TYPED_AS)
# the same table read the other way: a Russian letter -> the Kazakh letters typed as it («у»: «ұү»)
RUSSIAN_LOOKALIKE_OF = {russian: "".join(k for k, r in zip(*_KAZAKH_TYPED_AS) if r == russian)
                        for russian in _KAZAKH_TYPED_AS[1]}
# -ұлы «son», -қызы «daughter» after a father's name (Сапарұлы, Төлегенқызы), not the words alone; not -уын (Жолдауын: index.morphology.SURNAME_RE)
_SURNAME_END = re.compile(r"(ов|ев|ин|(?<!у)ын|ова|ева|ина|(?<!у)ына|(?<=[^\W\d_]{3})(?:ұлы|қызы))$")


def kazakh_as_russian(text: str) -> str:
    """Kazakh letters written the Russian way (Қ -> К): for initials, which carry no terms."""
    return text.translate(_KAZAKH_TO_RUSSIAN)


def kazakh_surname_as_russian(stem: str) -> tuple[str, ...]:
    """A Kazakh surname also carries the terms of its Russian spelling, so that `Токаев`
    typed on a Russian keyboard finds `Тоқаевтың` in a Kazakh text. Only surnames: folding
    common Kazakh words would make them look like unrelated Russian ones (қала -> кала)."""
    if len(stem) < 5 or not _SURNAME_END.search(stem):
        return ()
    russian = kazakh_as_russian(stem)
    return tuple(t for t in russian_terms(russian) if t != stem) if _RUSSIAN_RE.fullmatch(russian) else ()


# What a Kazakh stem ends in decides the first consonant of its ending: Астана-да,
# депутат-та, Назарбаев-пен, қоғам-ның. Classes of the stem's last letter: a vowel, м н ң,
# the sonorants (у and и also sound as consonants), з ж, and the voiceless consonants (with
# б в г д, devoiced at the end of loanwords: Назарбаевтың, заводқа).
_VOWEL = "аәеёиоөуұүыіэюя"
_NASAL = "мнң"
_SONORANT = "лрйуи"
_VOICED = "зж"
_VOICELESS = "пткқсшфхцчщбвгд"
_POSSESSIVE = "ыі"  # the 3rd person possessive (-ы/-і/-сы/-сі) before -на, -нда, -нан
_PLURALS = (("лар лер", _VOWEL + "руй"), ("дар дер", "л" + _NASAL + _VOICED), ("тар тер", _VOICELESS))
_PLURAL_ENDINGS = frozenset(e for endings, _ in _PLURALS for e in endings.split())
# Case endings (every vowel-harmony variant), each with the stem ends it follows.
_CASES = (
    ("ның нің", _VOWEL + _NASAL), ("дың дің", _SONORANT + _VOICED), ("тың тің", _VOICELESS),
    ("ға ге", _VOWEL + _NASAL + _SONORANT + _VOICED), ("қа ке", _VOICELESS), ("на не", _POSSESSIVE),
    ("ны ні", _VOWEL), ("ды ді", _NASAL + _SONORANT + _VOICED), ("ты ті", _VOICELESS),
    ("да де", _VOWEL + _NASAL + _SONORANT + _VOICED), ("та те", _VOICELESS), ("нда нде", _POSSESSIVE),
    ("дан ден", _VOWEL + _SONORANT + _VOICED), ("нан нен", _NASAL + _POSSESSIVE),
    ("тан тен", _VOICELESS),
    # the locative's attributive (Алматы-дағы Достық үйі, Шымкент-тегі орталық, облыс-ы-ндағы)
    ("дағы дегі", _VOWEL + _NASAL + _SONORANT + _VOICED), ("тағы тегі", _VOICELESS), ("ндағы ндегі", _POSSESSIVE),
    ("мен менен", _VOWEL + _NASAL + _SONORANT), ("бен бенен", _VOICED), ("пен пенен", _VOICELESS),
)
# The possessive after a vowel (Ассамблея-сы), cut only where the dictionary knows the stem:
# after a consonant the -і of кеңес-і would read as кеңе-сі. With the accusative's -н after
# it, after a vowel (Ассамблея-сын, Республика-сын) or a consonant (форум-ын, Сенат-ын), where
# no Russian ending -сын/-ын follows a word's dictionary form.
_POSSESSIVE_ENDINGS = (("сы", _VOWEL), ("сі", _VOWEL), ("сын", _VOWEL),
                       ("ын", _NASAL + "лрй" + _VOICED + _VOICELESS))
# Possessive endings read only on a stem the dictionary knows, never as an unsure guess.
_POSSESSIVE_ONLY_SURE = frozenset(ending for ending, _ in _POSSESSIVE_ENDINGS)
_POSSESSIVE_ACCUSATIVE = frozenset({"сын", "ын"})
# The cases after a plural (which ends in р): -лардың, -ларға, -ларды, -ларда, -лардан, -лармен, -лардағы.
_AFTER_PLURAL = ("дың", "ға", "ды", "да", "дан", "мен", "дағы"), ("дің", "ге", "ді", "де", "ден", "мен", "дегі")


def _kazakh_endings() -> tuple[tuple[str, str], ...]:
    """(ending, the stem ends it follows), longest first."""
    out = [(e, follows) for endings, follows in _CASES + _PLURALS for e in endings.split()]
    for plurals, follows in _PLURALS:
        for plural in plurals.split():
            out += [(plural + case, follows) for case in _AFTER_PLURAL[plural[1] == "е"]]
    return tuple(sorted(out, key=lambda x: len(x[0]), reverse=True))


# Kazakh is agglutinative: Тоқаевтың, Қазақстанның, жастарға. Only endings of two or more
# letters are cut, and only when four letters stay and the stem ends in a sound the ending
# follows, so short words and nominatives like Алматы (not Алма-ты) are left alone.
KAZAKH_ENDINGS = _kazakh_endings()
KAZAKH_MIN_STEM = 4
# The commonest Kazakh words have three-letter stems (тіл-дің, жыл-дың, ана-лар). Three letters
# may stay only where no cut leaves four (жастар-дың, not жас-тардың: the nominative жастар
# keeps its -тар), and, in a word written with letters Russian shares, only before a stem the
# dictionary knows (ана-лар), since a short unknown word ending in -да, -ны is as often a
# Russian word or a name's form.
KAZAKH_SHORT_STEM = 3
# Word ends that look like an ending but belong to the stem: Қазақстан is not Қазақс + тан.
KAZAKH_STEM_ENDS = ("стан",)


_ENDING_TAILS = frozenset(ending[-2:] for ending, _ in KAZAKH_ENDINGS + _POSSESSIVE_ENDINGS)


def kazakh_cuts(word: str, possessive: bool = False) -> list[tuple[str, str]]:
    """Every (stem, ending) split of `word` that Kazakh sound rules allow: those that leave
    KAZAKH_MIN_STEM letters, longest ending first, then those that leave KAZAKH_SHORT_STEM
    (with `possessive`, also the possessive -сы/-сі)."""
    if word[-2:] not in _ENDING_TAILS:  # most words: no ending to try (a tenth of the time)
        return []
    endings = KAZAKH_ENDINGS + _POSSESSIVE_ENDINGS if possessive else KAZAKH_ENDINGS
    cuts = [(word[: -len(ending)], ending) for ending, follows in endings
            if word.endswith(ending) and len(word) - len(ending) >= KAZAKH_SHORT_STEM
            and _last_sound(word[: -len(ending)]) in follows]
    return sorted(cuts, key=lambda cut: len(cut[0]) < KAZAKH_MIN_STEM)  # stable: keeps the order


def _last_sound(stem: str) -> str:
    """The letter an ending follows by sound: a loanword's soft sign is silent (фестиваль-де,
    спектакль-ге follow the л)."""
    return stem[-2] if stem[-1] == "ь" and len(stem) > 1 else stem[-1]


@lru_cache(maxsize=100_000)
def kazakh_stem(word: str) -> str:
    """A Kazakh word without its case (plural, possessive) ending: one cut, conservative."""
    if word.endswith(KAZAKH_STEM_ENDS):
        return word
    cuts = [cut for cut in kazakh_cuts(word) if _stem_keeps_itself(cut[0])]
    return cuts[0][0] if cuts else word


def _stem_keeps_itself(stem: str) -> bool:
    """Whether a stem may stand for a word: a short one only where its own analysis keeps it,
    since three Russian-looking letters are often some other Russian word's form (сот-қа is
    no form of сотня, ету-ді none of этот); ана, зал, тіл, жыл keep themselves, and so does a
    stem the dictionary reads only as a name's oblique form (айт-қа: айт is no text's genitive of
    Айта)."""
    return len(stem) >= KAZAKH_MIN_STEM or content_terms(stem)[:1] == (stem,) or _only_a_names_form(stem)


@lru_cache(maxsize=100_000)
def _only_a_names_form(word: str) -> bool:
    """Whether the dictionary reads `word` only as a plural form of a name (айт: Айта's plural
    genitive), never as a common word or a singular: a Kazakh stem, as texts write it (a given
    name's plural is rare in Russian; its singular forms, Оле, Яну, are the name's)."""
    if len(word) != KAZAKH_SHORT_STEM:  # (Назарбаевы, a surname's plural, is the surname's)
        return False
    readings = parses(word)
    return bool(readings) and all(is_dictionary(p) and {"Name", "plur"} in p.tag and p.methods_stack[0][3] != 0
                                  for p in readings)


# Vowel harmony, for words written with letters Russian shares: a back ending (а, ы) follows
# a stem whose last vowel is back, a front one (е) a front vowel; -мен/-бен/-пен follow both.
# The е of a surname's -ев does not count: Назарбаевтың, like Назарбаевты. The Kazakh vowels
# count in a Latin word read as Cyrillic (latin_terms: birlik-te, jastar-da).
_BACK, _FRONT = frozenset("аоуыяёюұ"), frozenset("еэиәіөү")


def harmonious_ending(stem: str, ending: str) -> bool:
    if ending in ("мен", "бен", "пен"):
        return True
    if stem.endswith("ь"):  # a loanword's soft sign takes front endings: фестиваль-ге, -де
        # (and is no short word: Гольден is no голь-ден)
        return len(stem) > KAZAKH_MIN_STEM and any(c in _FRONT for c in ending)
    vowels = [c for c in (stem[:-2] if stem.endswith("ев") else stem) if c in _BACK or c in _FRONT]
    # у is a w after a vowel of either row in Kazakh (кездесу-лер, оқу-лар): a stem's other vowels decide
    vowels = [c for c in vowels if c != "у"] or vowels
    if not vowels:
        return False
    side = _BACK if vowels[-1] in _BACK else _FRONT
    return any(c in side for c in ending)


@lru_cache(maxsize=100_000)
def kazakh_reading(word: str, outermost: bool = True) -> tuple[tuple[str, ...], bool] | None:
    """A word written with letters Russian shares, read as a Kazakh form: (the terms of its
    stem, whether the reading is sure) or None. Sure: the stem is a word the dictionary knows
    in its dictionary form (астана, ассамблея), a surname (назарбаев), or a sure Kazakh form
    itself (ассамблеясы = ассамблея + possessive). The accusative ends a word (`outermost`):
    no case follows it."""
    unsure = None
    # -сын before -ын: анасын is ана-сын, not анас-ын
    for stem, ending in sorted(kazakh_cuts(word, possessive=True), key=lambda cut: cut[1] == "ын"):
        if ending in _POSSESSIVE_ACCUSATIVE and not outermost:
            continue
        if not harmonious_ending(stem, ending) or (ending == "ын" and len(stem) < KAZAKH_MIN_STEM):
            continue  # a three-letter word and -ын is as often a name (Мусын) as зал-ын
        if stem in KAZAKH_VERB_ROOT_NOUNS and ending in _PAST_TENSE:
            continue  # айтты «said», far commoner than the holiday's accusative
        if _is_known_nominative(stem, ending) and _stem_keeps_itself(stem):
            return content_terms(stem), True
        if stem.endswith("з") and (nominative := _soft_sign_restored(stem)):  # съез-ге: съезд
            return content_terms(nominative), True
        if ending in _POSSESSIVE_ONLY_SURE or (len(stem) < KAZAKH_MIN_STEM and not _only_a_names_form(stem)):
            continue  # (a short stem only as _stem_keeps_itself keeps it: айт-та)
        inner = kazakh_reading(stem, outermost=False) if not morph().word_is_known(stem) else None
        if inner is not None and inner[1]:
            return inner
        if unsure is None:
            unsure = content_terms(stem)
    return (unsure, False) if unsure else None


# Kazakh nouns spelt as a verb's root (айт «holiday», айт- «to say»): a form in -ты/-ды is the
# verb's past tense (айтты «said», one of the commonest words of Kazakh news), no accusative.
KAZAKH_VERB_ROOT_NOUNS = frozenset({"айт"})
_PAST_TENSE = frozenset("ты ті ды ді".split())


# A surname's masculine nominative (-ын left out: it ends many Kazakh possessive forms).
_SURNAME_BASE_RE = re.compile(r"[а-я]{3,}(?:ов|ев|ин)")


def _is_known_nominative(stem: str, ending: str) -> bool:
    """Whether `stem` is a dictionary form the dictionary knows (a common word or a name), or a
    surname's masculine nominative. Not before the dative -ге/-ке: a Russian -инг/-овк noun's
    prepositional (коворкинге, Петровке) ends the same way. A listed place (Шымкент-те) is one, and
    an INDECLINABLE word too:
    «тенгеден» (теңгеден typed with a Russian н) is тенге's ablative, not a case of Тен's dative."""
    if stem in INDECLINABLE or place_name(stem) == stem or _only_a_names_form(stem):
        return True
    if _SURNAME_BASE_RE.fullmatch(stem):
        return ending not in ("ге", "ке")
    return any(is_dictionary(p) and p.methods_stack[0][3] == 0 for p in parses(stem))


# Names that Snowball cuts as a verb form in the nominative only: Ерлан -> ерла but Ерланом ->
# ерлан, Бауыржан(а) -> бауыржа. Their nominative and genitive keep the -ан. Not a participle's
# short form (номинирован, -а, -ы), which Snowball rightly cuts like its verb.
_NAME_IN_AN = re.compile(r"([а-я]{2,}(?<!ов|ев)[ая]н)(?:|а|ы)")
# Names in -ай: Snowball reads the genitive Абылая as an adjective (абыл, but Абылай -> абыла);
# an adjective has the same shape, so the name's term is only added, and not after an
# adjective's suffix (ковидная, казахская, блоговая: -ная, -вая, -ская, -цкая).
_NAME_IN_AI = re.compile(r"([а-я]{2,}(?<![нв])(?<!ск|цк)[ая])я")
# Names in -ен, which Snowball also cuts as a verb's -ен, -ена, -ены: Коген, Когена -> ког but
# Когену, Когеном, Когене -> коген (Толеген, Кохен alike). Their nominative and genitive keep the
# -ен too. Not a Kazakh case form (мектеп-тен, достар-мен), whose own term stays Snowball's.
_NAME_IN_EN = re.compile(r"([а-я]{2,}ен)(?:|а|ы)")


def _name_or_snowball_terms(word: str, kazakh_case: bool = False) -> tuple[str, ...]:
    """Terms of an unknown Russian-letter word: Snowball, except where it parts a name's forms
    (`kazakh_case`: the word may be a Kazakh case form, kazakh_reading)."""
    name = _NAME_IN_AN.fullmatch(word) or (None if kazakh_case else _NAME_IN_EN.fullmatch(word))
    if name:
        return (name.group(1),)
    stem = _ru_stemmer.stemWord(word)
    if len(stem) < 2 or stem != word and _only_a_names_form(stem):
        # a one-letter stem («оо», «оа» -> «о») would find every initial «О.»; a Kazakh stem kept
        # whole (айт) no Russian ending cut off a Kazakh verb (айтыл «was said»)
        stem = word
    nominative = name_in_ai_term(word)
    if nominative is not None and nominative != stem:
        return (stem, nominative)
    return (stem,)


def snowball_term(word: str) -> str:
    """The baseline: plain Snowball on the lowercased word (what Elasticsearch's `russian` does)."""
    return _ru_stemmer.stemWord(word.lower())
