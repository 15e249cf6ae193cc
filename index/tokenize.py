"""Normalization and tokenization shared by every analyzer (no Whoosh, no morphology).

Tokens are found in the NFC form of the text, but their offsets always refer to the ORIGINAL
text, because the highlighter slices the stored original with them.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator

from index.arabic_letters import ARABIC_FORMS
from index.community_letters import PLAIN_LETTERS
from index.numbers import PHONE_PATTERN as _PHONE
from index.numbers import TOKEN_PATTERN as _NUMBER
from index.numbers import TWELVE_PATTERN as _TWELVE

# Word characters: any Unicode letter or digit (Cyrillic incl. Kazakh letters, Latin, digits),
# but not the underscore. Runs joined by a hyphen (ASCII, U+2010, U+2011) form one compound
# token; en/em dashes and other punctuation are separators.
HYPHENS = "-\u2010\u2011"
# Apostrophes written inside a word: ASCII ', typographic ’ ‘, the backtick, and the modifier letters
# ʼ (U+02BC, the Ukrainian standard's: сімʼя) and ʻ (U+02BB, Uzbek oʻ gʻ). Between two letters each
# keeps the word whole (сім'я is no «сім» and «я», To'xtayev no «to» and «xtayev»), and every term
# writes it as ʼ (fold), so the spellings find each other. Elsewhere they are quotes, separators
# ('слово' in single quotes). `re` counts ʼ ʻ as letters: a word's letters here leave them out.
APOSTROPHES = "'\u2019\u2018`\u02bc\u02bb"
APOSTROPHE = "\u02bc"
_LETTER = r"[^\W\d_]"
_WORD_PART = r"[^\W_\u02bb\u02bc]+"
_WORD = rf"{_WORD_PART}(?:(?<={_LETTER})[{APOSTROPHES}](?={_LETTER}){_WORD_PART})*"
# An English possessive or contraction `'s` (Kazakhstan's, group’s, it's) is no word of its own:
# left as a token, a query `Kazakhstan's` required an "s" that documents without one lack.
# Looked at where a token ends (cheaper than at every place one may start): only a lone "s"
# has an apostrophe right before its last letter, and a word joined across one backs off it.
_NOT_POSSESSIVE_S = rf"(?<![A-Za-z][{APOSTROPHES}][sS])"
# An apostrophe a word keeps (_WORD), in a query as typed: index.pasted_text writes it as ʼ, so that
# the query's own reading of words (names, corrections) sees one word, as the index does.
INNER_APOSTROPHE_RE = re.compile(
    rf"(?<=[^\W\d_A-Za-z])[{APOSTROPHES}](?={_LETTER})|(?<=[A-Za-z])[{APOSTROPHES}](?={_LETTER})(?![sS](?![^\W_]))")
# Digits joined by a full stop stay one word, read by its parts as a hyphenated one is: a point
# number (2.3, 1.1.2) or a date (05.11.2022, see analysis.expand). Split, `п. 2.3` was «2» and «3»
# anywhere, and an act's «№ 11» matched the month of «05.11.2022».
_DOTTED = r"(?:(?<=\d)\.(?=\d)[^\W_]+)*"
# A paragraph sign is a word of its own (`§ 1` finds «§ 1. Общие положения», not every «1»); so is a
# percent sign, the word «процент» (index.numbers.PERCENT).
_SECTION_SIGN = "[§%]"
# A figure with thousands separators or a decimal comma («15 000», «4,9») is one token, and so is a
# phone number or an ИИН in groups («+7 777 888 99 00», «650101 300 222»): index.numbers.
# A web host (assembly.kz, www.assembly.kz, youtu.be) is one word, read by its labels and whole
# (index.web_addresses): split at its dots, `assembly.kz` was «assembly» and «kz» anywhere (@qha_kz).
# Latin labels, the first opening with a letter, a top-level domain in lowercase Latin letters: no
# «т.е.», «Н.А.Назарбаев», «Mr.Smith» or «2019-2020.pdf». At most nine labels before the domain: with
# no bound, each label of a long dotted run («a1.a1.a1…», OCR noise) was a start that ran to its end
# and backed off one label at a time, a 48 KB file 47 s to ingest.
HOST_PATTERN = r"[A-Za-z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*(?:\.[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*){0,8}\.[a-z]{2,6}(?![^\W_])"
# A date or a year glued to the word that says it is one («07.09.2016г.», «2016г.», Kazakh «2016ж.»), as
# office letters write it: the date is a token and the «г» another, as in «07.09.2016 г.». Read as one
# word, «07.09.2016г» was found by no other spelling of the day, «2016г» not by `2016`.
_DATE_BEFORE_YEAR_WORD = r"(?:\d{1,2}\.\d{1,2}\.(?:\d{4}|\d{2})|(?:19|20)\d\d)(?=(?:гг|г|ж)(?![^\W_]))"
# The phone, figure and twelve-digit patterns open with lookbehinds, which the regex engine tries at
# every word and space of a text; each of them starts at a digit (an area code at its bracket), so a
# lookahead for one skips all three at once (a third of the tokenizer's time).
_DIGIT_FIRST = r"(?=[\d(])"
TOKEN_PATTERN = rf"{_DATE_BEFORE_YEAR_WORD}|{_SECTION_SIGN}|{_DIGIT_FIRST}(?:{_PHONE}|{_NUMBER}|{_TWELVE})|{HOST_PATTERN}|{_WORD}{_DOTTED}(?:[{HYPHENS}]{_WORD}{_DOTTED})*{_NOT_POSSESSIVE_S}"
TOKEN_RE = re.compile(TOKEN_PATTERN)
# A word of letters only, hyphenated parts joined, no digits: how the query rewrites (names,
# abbreviations, ordinals, act titles) read a typed word.
LETTER_WORD = r"[^\W\d_]+(?:-[^\W\d_]+)*"
# Same tokens plus the character right after them, for the fast path (initial detection).
TOKEN_DOT_RE = re.compile(rf"({TOKEN_PATTERN})(\.?)")
# Typographic ligatures that typesetting programs (InDesign, LaTeX) write into PDFs: NFC keeps
# them, and only compatibility folding (NFKD/NFKC, never used: NFKD splits й and ё) would undo
# them, so these alone are unfolded; a query pasted from a PDF viewer holds them too.
LIGATURES = {"\ufb00": "ff", "\ufb01": "fi", "\ufb02": "fl", "\ufb03": "ffi", "\ufb04": "ffl",
             "\ufb05": "st", "\ufb06": "st"}
# Raised and lowered digits as their digits: a PDF's «м²» (a raised 2 in Word's small type becomes
# one at parse time) is typed `м2`, H₂O `H2O`. One character each, so offsets stay valid.
SCRIPT_DIGITS = {**{c: str(i) for i, c in enumerate("⁰¹²³⁴⁵⁶⁷⁸⁹")}, **{c: str(i) for i, c in enumerate("₀₁₂₃₄₅₆₇₈₉")}}
# Arabic presentation forms (a PDF's «ﻗﺎﺯﺍﻕ») as their letters (index.arabic_letters), one by one.
_FOLD_TABLE = str.maketrans({"\u2010": "-", "\u2011": "-", "ё": "е", **LIGATURES, **SCRIPT_DIGITS, **ARABIC_FORMS,
                             **dict.fromkeys(APOSTROPHES, APOSTROPHE)})
_HYPHEN_RE = re.compile(f"[{HYPHENS}]")

SOFT_HYPHEN = "\u00ad"
# Characters that show nothing: zero-width space and joiners, direction marks and embeddings, the
# word joiner, a byte order mark inside the text. Ingest drops them from documents
# (ingest.parsers.normalize) and search from a pasted query (index.pasted_text).
INVISIBLE = "\u200b\u200c\u200d\u200e\u200f\u2060\ufeff\u202a\u202b\u202c\u202d\u202e"

# A stress mark on a Cyrillic letter (U+0301 acute, U+0300 grave), as Wikipedia and textbooks write
# «Назарба́ев»: NFC leaves it apart from an а, and the tokenizer would end the word there («назарба» +
# «ев»: `Назарбаев` found nothing). The tokens do without it; the text stored keeps it, and a word's
# offsets span it. NFC composes it with a few letters: ѐ ѝ are е и stressed and read as them, while
# Macedonian ѓ ќ are letters of their own and stay; so do й and ё, whose marks are no stress marks.
STRESS_MARKS = "\u0301\u0300"
_GRAVE_STRESSED = {"\u0450": "е", "\u045d": "и", "\u0400": "Е", "\u040d": "И"}
_STRESSED = STRESS_MARKS + "".join(_GRAVE_STRESSED)
_CYRILLIC_LETTER_START_RE = re.compile("[\u0400-\u052f\u1c80-\u1c8f\ua640-\ua69f]")


def _has_stress(text: str) -> bool:
    return any(c in text for c in _STRESSED)  # a fast search per character: a regex class costs 10x more


# The words the query parser reads as operators, those a query's rewriting writes (ANDMAYBE) included:
# no word of a query that is one of these names a person or a place.
OPERATOR_WORDS = frozenset(("AND", "OR", "NOT", "ANDNOT", "ANDMAYBE", "И", "ИЛИ", "НЕ"))


def _capital_ranges(blocks: tuple[tuple[int, int], ...]) -> str:
    """The capital letters of the Unicode `blocks` as the ranges of a regex character class."""
    caps = [c for lo, hi in blocks for c in range(lo, hi) if chr(c).isupper()]
    ranges: list[list[int]] = []
    for c in caps:
        if ranges and ranges[-1][1] == c - 1:
            ranges[-1][1] = c
        else:
            ranges.append([c, c])
    return "".join(re.escape(chr(lo)) + ("-" + re.escape(chr(hi)) if hi > lo else "") for lo, hi in ranges)


# Every capital of the Latin (with its extensions: Kazakh Latin Á Ó Ä Ū Ş), Greek and Cyrillic
# alphabets, for a character class: `re` has no \p{Lu}.
CAPITAL_LETTERS = _capital_ranges(((0x41, 0x250), (0x370, 0x530), (0x1E00, 0x1F00)))

# Latin letters that look like Cyrillic ones. Typed or OCR'd text mixes them into Cyrillic
# words (`Aссамблея` with a Latin A, `Мейiрiм` with Latin i), which then match nothing. Latin
# i/I is read as і/І, its only Cyrillic twin (Kazakh), and Latin h as Kazakh һ; OCR engines write
# ё as a Latin ë (ingest writes it back as ё; a query pasted from elsewhere may still hold one).
_LATIN_TWINS = "AaBCcEeHhIiKkMOoPpTXxYyËë"
_CYRILLIC_TWINS = "АаВСсЕеНһІіКкМОоРрТХхУуЁё"
_TO_CYRILLIC = str.maketrans(_LATIN_TWINS, _CYRILLIC_TWINS)
_LATIN_LETTER_RE = re.compile(r"[A-Za-zËë]")
_CYRILLIC_LETTER_RE = re.compile(r"[\u0400-\u04ff]")
# A Latin letter beside a Cyrillic one (or a digit: «Ka3axcтaн» has both apart): a text without
# one has no mixed word, and a whole document is tested at C speed (person extraction reads one).
_LATIN_BY_CYRILLIC_RE = re.compile(r"[A-Za-zËë](?:\d*[\u0400-\u04ff]|(?<=[\u0400-\u04ff\d][A-Za-zËë]))")
_LATIN_WITHOUT_TWIN_RE = re.compile(rf"[^\W\d_{_LATIN_TWINS}\u0400-\u04ff]")
_WORD_PART_RE = re.compile(r"[^\W_]+")
# A Roman numeral typed with Cyrillic Х, С, М or І among Latin letters (ХХI век) is Latin.
_ROMAN_NUMERAL_RE = re.compile(r"[IVXLCDMХСМІ]+")
_TO_LATIN_ROMAN = str.maketrans("ХСМІ", "XCMI")
# A well-formed Roman numeral (XXV, XXXII, MCMXCV; not IC or XXXX), in either case.
_VALID_ROMAN_RE = re.compile(r"(?i)(?=[ivxlcdm])m{0,4}(?:cm|cd|d?c{0,3})(?:xc|xl|l?x{0,3})(?:ix|iv|v?i{0,3})")
# A word in Cyrillic capitals that all look like Roman digits («ХХ сессия», «ХХХІІ», with the
# Kazakh І): a numeral, read as Latin, when it is a well-formed one of two letters or more (a lone
# С is the preposition). Capitals only: a lowercase «см» is the abbreviation. The first letter comes
# before the check that no letter precedes it, so the regex engine looks only at those four letters
# (a lookbehind first was tried at every character of every paragraph: five times the time).
_CYRILLIC_ROMAN_RE = re.compile(r"[ХСМІ](?<![^\W_][ХСМІ])[ХСМІ]+(?![^\W_])")


def is_roman_numeral(word: str) -> bool:
    """Whether `word` (Latin letters, any case) is a well-formed Roman numeral."""
    return bool(_VALID_ROMAN_RE.fullmatch(word))


def _latin_roman(m: re.Match) -> str:
    latin = m.group().translate(_TO_LATIN_ROMAN)
    return latin if is_roman_numeral(latin) else m.group()


def _one_script(part: str) -> str:
    if not (_LATIN_LETTER_RE.search(part) and _CYRILLIC_LETTER_RE.search(part)):
        return part  # one script (or no letters): nothing to fix
    if _ROMAN_NUMERAL_RE.fullmatch(part):
        return part.translate(_TO_LATIN_ROMAN)
    if _LATIN_WITHOUT_TWIN_RE.search(part):
        return part  # a Latin letter with no Cyrillic twin: really mixed, leave it alone
    return part.translate(_TO_CYRILLIC)


def cyrillic_twins(text: str) -> str:
    """`text` with the Latin look-alike letters of each mostly Cyrillic word (each part of a
    hyphenated word: `IT-технологии` keeps its Latin IT) read as Cyrillic, and a Roman numeral
    written in Cyrillic look-alikes, wholly or in part (ХХ, ХХI), as Latin. Same length, so
    offsets into the text stay valid."""
    if text.isascii():
        return text
    if not _LATIN_BY_CYRILLIC_RE.search(text):  # no mixed word: only a numeral in Cyrillic look-alikes to read
        return _CYRILLIC_ROMAN_RE.sub(_latin_roman, text) if _CYRILLIC_ROMAN_RE.search(text) else text
    return _CYRILLIC_ROMAN_RE.sub(_latin_roman, _WORD_PART_RE.sub(lambda m: _one_script(m.group()), text))


_TO_LATIN = str.maketrans(_CYRILLIC_TWINS, _LATIN_TWINS)


def latin_twins(word: str) -> str:
    """A Latin word typed with Cyrillic look-alike letters (`Аssembly` with a Cyrillic А, the layout
    switched a letter late) in Latin letters; any other word as it is. Only a query's suggestion
    reads it so: the analyzer leaves such a word be (cyrillic_twins reads the other way round)."""
    if not (_LATIN_LETTER_RE.search(word) and _CYRILLIC_LETTER_RE.search(word)):
        return word
    latin = word.translate(_TO_LATIN)
    return word if _CYRILLIC_LETTER_RE.search(latin) else latin


def normalize(text: str) -> str:
    """NFC, stress marks on Cyrillic letters dropped, Latin look-alikes in Cyrillic words ->
    Cyrillic, lowercase, ё -> е, typographic hyphens -> '-', ligatures (ﬁ) -> letters, raised and
    lowered digits -> digits, the community languages' letters as a plain keyboard types them
    (index.community_letters: ł -> l, ß -> ss, ї -> і, ў -> у), apostrophes as ʼ. NFKD is never
    used: it splits й and ё."""
    text = unicodedata.normalize("NFC", text)
    if _has_stress(text):
        text = nfc_with_map(text)[0]
    return fold(text)


# A Cyrillic letter and the combining marks after it: what a stress mark is dropped from
_CYRILLIC_CLUSTER_RE = re.compile("[\u0400-\u052f\u1c80-\u1c8f\ua640-\ua69f][\u0300-\u036f]*")


def composed(text: str) -> str:
    """`text` in NFC without the stress marks on Cyrillic letters, as the tokens read it, and
    otherwise as typed (case, ё, soft hyphens and invisible characters kept): the form a query or a
    filter value is read in. A Mac or a PDF viewer pastes ё as е + U+0308, which split the word
    at the mark (`Семе` + `нов`) before the analyzer ever composed it."""
    if text.isascii():
        return text
    text = unicodedata.normalize("NFC", text)
    return _CYRILLIC_CLUSTER_RE.sub(lambda m: _unstressed(m.group()), text) if _has_stress(text) else text


def fold(surface: str) -> str:
    """normalize() for text that is already NFC (the tokens). The community letters first, so that a
    Latin ï among Cyrillic letters is read as the і it stands for."""
    return cyrillic_twins(surface.translate(PLAIN_LETTERS)).lower().translate(_FOLD_TABLE)


def _needs_mapping(text: str) -> bool:
    return SOFT_HYPHEN in text or not unicodedata.is_normalized("NFC", text) or _has_stress(text)


def _unstressed(cluster: str) -> str:
    """A cluster in NFC (a letter and its marks) without its stress marks if its letter is Cyrillic."""
    if not _CYRILLIC_LETTER_START_RE.match(cluster):
        return cluster
    return _GRAVE_STRESSED.get(cluster[0], cluster[0]) + "".join(ch for ch in cluster[1:] if ch not in STRESS_MARKS)


def nfc_with_map(text: str) -> tuple[str, list[int] | None]:
    """Return the NFC text without soft hyphens and stress marks on Cyrillic letters and, if it
    differs from the input, a map from each NFC character index (and the end) to its offset in
    the original text."""
    if not _needs_mapping(text):
        return text, None
    out: list[str] = []
    origin: list[int] = []
    i, n = 0, len(text)
    while i < n:
        # A cluster = one base character and the combining marks that follow it; NFC of the
        # clusters one by one equals NFC of the text for every script we index.
        j = i + 1
        while j < n and unicodedata.combining(text[j]):
            j += 1
        cluster = text[i:j]
        if cluster != SOFT_HYPHEN:  # a soft hyphen inside a word must not split it
            for ch in _unstressed(unicodedata.normalize("NFC", cluster)):
                out.append(ch)
                origin.append(i)
        i = j
    origin.append(n)
    return "".join(out), origin


# Token kinds. An INITIAL is a single letter directly followed by a dot (`Н.А.Назарбаев`,
# `В. Набиев`): kept as it is even when the letter is a stop word. Lowercase letters count
# too, so that a query typed in lowercase (`н.а. назарбаев`) analyzes like the document. A
# NAME is a capitalized word right after an uppercase initial (`Ю.Ли`): kept even if it looks
# like a stop word.
WORD, INITIAL, NAME = 0, 1, 2


def token_kind(surface: str, dot: bool, after_initial: bool) -> int:
    if dot and len(surface) == 1 and surface.isalpha():  # «10%.» ends with a sign, no initial
        return INITIAL
    if after_initial and surface[0].isupper():
        return NAME
    return WORD


def capitalized_parts(surface: str) -> tuple[bool, ...]:
    """Whether each hyphen-joined part of a token is written as a name is: a capital, then
    lowercase (Беков, Петров-Водкин). A word in capitals (a heading, caps lock) is not."""
    return tuple(part[:1].isupper() and not part.isupper() for part in _HYPHEN_RE.split(surface))


def raw_tokens(text: str) -> Iterator[tuple[str, int, int, int]]:
    """Yield (surface in NFC, kind, start, end) for each token of `text`; start and end are
    offsets into `text` itself."""
    nfc, origin = nfc_with_map(text)
    n = len(nfc)
    after_initial = False
    for m in TOKEN_RE.finditer(nfc):
        s, e = m.span()
        surface = m.group()
        kind = token_kind(surface, e < n and nfc[e] == ".", after_initial)
        after_initial = kind == INITIAL and surface.isupper()
        if origin is None:
            yield surface, kind, s, e
        else:
            yield surface, kind, origin[s], origin[e]


def fast_tokens(text: str) -> list[tuple[str, str]]:
    """(surface, '.' or '') pairs in one C-level pass; same tokens as `raw_tokens`."""
    nfc, _ = nfc_with_map(text)
    return TOKEN_DOT_RE.findall(nfc)
