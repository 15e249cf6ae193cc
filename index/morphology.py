"""Per-word terms: stop words, pymorphy3 lemmas, a surname rule, Snowball fallbacks.

Everything here is module-level state (loaded lazily, once per process) so that the Whoosh
analyzer objects that the index pickles stay tiny.
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

import Stemmer

from index.config import data_lines

_morph = None  # pymorphy3.MorphAnalyzer, loaded on first use
_ru_stemmer = Stemmer.Stemmer("russian")
_en_stemmer = Stemmer.Stemmer("english")

KAZAKH_LETTERS = frozenset("әғқңөұүһі")
_RUSSIAN_RE = re.compile(r"[а-я]+")  # after normalization (ё already folded)
# Surnames in -ов/-ев/-ин/-ын (ё folded) with every case ending of both genders and the
# plural: Токаев, -а, -у, -ым, -е; fem. -а, -ой, -ою, -у; pl. -ы, -ых, -ым, -ыми.
SURNAME_RE = re.compile(r"([а-я]{2,}?(?:ов|ев|ин|ын))(|а|у|ым|е|ой|ою|ы|ых|ыми)")
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


def _is_dictionary(parse) -> bool:
    # methods_stack[0][0] is the analyzer unit; DictionaryAnalyzer alone = a real dictionary hit
    return len(parse.methods_stack) == 1 and type(parse.methods_stack[0][0]).__name__ == "DictionaryAnalyzer"


def _is_common(parse) -> bool:
    return _is_dictionary(parse) and not (_PROPER & parse.tag.grammemes)


def _fold(word: str) -> str:
    return word.replace("ё", "е")


def _has_surname_reading(word: str) -> bool:
    return any("Surn" in p.tag.grammemes for p in parses(word))


@lru_cache(maxsize=200_000)
def russian_terms(word: str) -> tuple[str, ...]:
    """Terms of one normalized Russian word: (primary, *alternatives).

    The primary term is what a query uses. The index also stores the alternatives at the
    same position, so an inflected homograph (стали = стать | сталь, волков = Волков | волк)
    is found by the query of either reading. A headword (a dictionary form such as
    `принятый`, `подтёк`) gets no alternatives: it would merge two dictionary words; except
    an adverb that is a noun's case form (днём, утром, рядом, дома): see _adverb_as_noun.
    """
    m = morph()
    readings = parses(word)
    top = readings[0]
    known = m.word_is_known(word)
    # the first reading in which the word is the dictionary form of a common word
    headword = next((p for p in readings if _is_common(p) and p.methods_stack[0][3] == 0), None)
    sm = SURNAME_RE.fullmatch(word)
    if sm and not (known and _is_common(top)):
        # A surname form, or a word the dictionary only knows as a name. Map every case form
        # to the masculine nominative and let that word decide the term, so that Токаеву
        # follows Токаев whatever the dictionary makes of the nominative.
        base = sm.group(1)
        primary = russian_terms(base)[0] if base != word else word
    elif known:
        primary = _fold((headword or top).normal_form)
    else:
        return (_ru_stemmer.stemWord(word),)
    if headword is not None:
        if "ADVB" in headword.tag.grammemes and primary == _fold(headword.normal_form):
            return _adverb_as_noun(primary, readings)
        return (primary,)
    alternatives: list[str] = []
    for p in readings:
        if _is_common(p):
            lemma = _fold(p.normal_form)
            if lemma != primary and lemma not in alternatives:
                alternatives.append(lemma)
    if sm and sm.group(2) and _has_surname_reading(sm.group(1)):
        # Осиным, Воробьёвой: a common-word form that is also a case of a known surname
        surname = russian_terms(sm.group(1))[0]
        if surname != primary and surname not in alternatives:
            alternatives.append(surname)
    return (primary, *alternatives)


def _adverb_as_noun(adverb: str, readings) -> tuple[str, ...]:
    """Terms of an adverb that is also a case form of a common noun (днём = день, утром = утро,
    дома = дом, рядом = ряд): the noun is the primary term, so the adverb and every form of
    the noun find each other (`Днём благодарности` = `День благодарности`); the adverb stays
    an alternative. These adverbs are frozen case forms of the noun, and running text uses the
    same spelling as the noun too (целым рядом мер, важным шагом). A noun reading the
    dictionary's corpus statistics call negligible is left out: потом is not пот."""
    nouns = [_fold(p.normal_form) for p in readings
             if _is_common(p) and "NOUN" in p.tag.grammemes and p.score >= ADVERB_NOUN_MIN_SCORE]
    nouns = list(dict.fromkeys(n for n in nouns if n != adverb))
    return (*nouns, adverb) if nouns else (adverb,)


def surname_form_genders(word: str) -> str:
    """The genders ("m", "f" or "mf") a normalized word can be a form of, as a surname in
    -ов/-ев/-ин/-ын or -ский/-цкий; "mf" for any other word (nothing said)."""
    m = SURNAME_RE.fullmatch(word)
    if m:
        return _OV_FORM_GENDERS[m.group(2)]
    m = _SKY_RE.fullmatch(word)
    return _SKY_FORM_GENDERS[m.group(2)] if m else "mf"


def surname_nominative_gender(word: str) -> str:
    """The gender of a surname written in the nominative (a facet's canonical name): Жумабеков
    "m", Жумабекова "f", Ковальская "f"; "mf" when the ending does not tell."""
    m = SURNAME_RE.fullmatch(word)
    if m and m.group(2) in ("", "а"):
        return "m" if m.group(2) == "" else "f"
    m = _SKY_RE.fullmatch(word)
    if m and m.group(2) in ("ий", "ая"):
        return "m" if m.group(2) == "ий" else "f"
    return "mf"


@lru_cache(maxsize=200_000)
def word_terms(word: str) -> tuple[str, ...]:
    """Index terms of one normalized word without hyphens ((): a stop word)."""
    if word in STOP_WORDS:
        return ()
    if word.isascii():
        return (word,) if any(c.isdigit() for c in word) else (_en_stemmer.stemWord(word),)
    if _RUSSIAN_RE.fullmatch(word):
        return russian_terms(word)
    if KAZAKH_LETTERS & set(word):
        stem = kazakh_stem(word)
        return (stem, *kazakh_surname_as_russian(stem))
    # digits mixed with Cyrillic, other scripts: no morphology
    return (word,)


# Kazakh letters written the Russian way: Тоқаев is Токаев, Әбдіқадыров is Абдикадыров.
_KAZAKH_TO_RUSSIAN = str.maketrans("әғқңөұүһі", "агкноуухи")
_SURNAME_END = re.compile(r"(ов|ев|ин|ын|ова|ева|ина|ына)$")


def kazakh_surname_as_russian(stem: str) -> tuple[str, ...]:
    """A Kazakh surname also carries the terms of its Russian spelling, so that `Токаев`
    typed on a Russian keyboard finds `Тоқаевтың` in a Kazakh text. Only surnames: folding
    common Kazakh words would make them look like unrelated Russian ones (қала -> кала)."""
    if len(stem) < 5 or not _SURNAME_END.search(stem):
        return ()
    russian = stem.translate(_KAZAKH_TO_RUSSIAN)
    return tuple(t for t in russian_terms(russian) if t != stem) if _RUSSIAN_RE.fullmatch(russian) else ()


# Kazakh case and plural endings (after every vowel-harmony and consonant variant), longest
# first. Kazakh is agglutinative: Тоқаевтың, Қазақстанның, жастарға. Only endings of two or
# more letters are cut, and only when four letters stay, so short words and stems ending in
# a vowel are left alone rather than guessed at.
KAZAKH_ENDINGS = tuple(sorted("""
    ның нің дың дің тың тің
    ға ге қа ке на не
    ны ні ды ді ты ті
    да де та те
    дан ден тан тен нан нен
    мен бен пен менен
    лар лер дар дер тар тер
    ларға лерге дарға дерге тарға терге
    лардың лердің дардың дердің тардың тердің
    ларды лерді дарды дерді тарды терді
    ларда лерде дарда дерде тарда терде
    лардан лерден дардан дерден тардан терден
    лармен лермен дармен дермен тармен термен
""".split(), key=len, reverse=True))
KAZAKH_MIN_STEM = 4
# Word ends that look like an ending but belong to the stem: Қазақстан is not Қазақс + тан.
KAZAKH_STEM_ENDS = ("стан",)


@lru_cache(maxsize=100_000)
def kazakh_stem(word: str) -> str:
    """A Kazakh word without its case (and plural) ending: one cut, conservative."""
    if word.endswith(KAZAKH_STEM_ENDS):
        return word
    for ending in KAZAKH_ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= KAZAKH_MIN_STEM:
            return word[: -len(ending)]
    return word


def snowball_term(word: str) -> str:
    """The baseline: plain Snowball on the lowercased word (what Elasticsearch's `russian` does)."""
    return _ru_stemmer.stemWord(word.lower())
