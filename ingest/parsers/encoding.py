"""Encoding detection for Russian/Kazakh text: BOMs, UTF-8, UTF-16/32 and the Cyrillic code pages.

charset-normalizer alone confuses windows-1251, KOI8-R and MacCyrillic on short texts, so the
single-byte code pages are decided by a small scorer: decode with each candidate, then score the
result by how Russian (or Kazakh) it looks: frequent letters score higher, characters no Russian
text uses (box drawing, Serbian letters, stray symbols) are penalised, and so are case patterns
like a lowercase letter followed by an uppercase one inside a word (the KOI8-R/windows-1251 tell),
Cyrillic glued to Latin inside a word, and quotes or signs glued to a letter on the wrong side
(capitals of one code page read in another). Case is judged by the word, so a heading in capitals
reads as one; a text that starts lowercase is suspect. A small prior per code page
(CODE_PAGE_PRIORS) decides what the letters cannot, and a close runner-up is reported.

``score_text`` is the reference scorer. Detection does not call it: every candidate is a
single-byte code page, so each byte is one character, and the same score is computed from byte
and byte-pair tables built once per code page (``_fast_scores``), bit for bit the same number.
"""
from __future__ import annotations

import codecs
import functools
import math
import re
import sys
import unicodedata
from collections import Counter
from dataclasses import dataclass
from operator import add
from typing import NamedTuple

import numpy as np

from index.tokenize import cyrillic_twins

# Candidates in order of preference: on a tie the earlier one wins.
SINGLE_BYTE_CANDIDATES: tuple[str, ...] = (
    "cp1251",
    "koi8_r",
    "mac_cyrillic",
    "cp866",
    "iso8859_5",
    "kz1048",
    "ptcp154",
    "cp1252",
)

# Russian letter frequencies, per cent (National Corpus).
_RU_FREQ = {
    "о": 10.97, "е": 8.45, "а": 8.01, "и": 7.35, "н": 6.70, "т": 6.26, "с": 5.47, "р": 4.73,
    "в": 4.54, "л": 4.40, "к": 3.49, "м": 3.21, "д": 2.98, "п": 2.81, "у": 2.62, "я": 2.01,
    "ы": 1.90, "ь": 1.74, "г": 1.70, "з": 1.65, "б": 1.59, "ч": 1.44, "й": 1.21, "х": 0.97,
    "ж": 0.94, "ш": 0.73, "ю": 0.64, "ц": 0.48, "щ": 0.36, "э": 0.32, "ф": 0.26, "ъ": 0.04,
    "ё": 0.03,
}
# Kazakh-specific letters, per cent of the letters of Kazakh words (this archive's Kazakh texts).
_KK_FREQ = {"і": 8.7, "қ": 4.8, "ғ": 1.9, "ң": 1.8, "ә": 1.5, "ө": 1.3, "ү": 1.1, "ұ": 1.1, "һ": 0.01}
_KAZAKH_PRIOR = 1.0  # the archive is mostly Russian: a Kazakh letter costs this much more
# Ukrainian letters (і is Kazakh's too), per cent of Ukrainian text: the Ukrainian cultural centres'
# documents, and Russian reports quoting them, are in this archive too, as rare as Kazakh ones.
_UK_FREQ = {"ї": 0.7, "є": 0.5, "ґ": 0.05}
_RARE_LANGUAGE_FREQ = {**_KK_FREQ, **_UK_FREQ}  # scored alike: letters of a rare language, not foreign
# Cyrillic letters of other languages that turn up when a Russian text is decoded wrongly.
_FOREIGN_CYRILLIC = "ђѓѕјљњћќўџѐѝѯѱѳѵҗҙҝҟҡңҥҧҩҫҭҳҵҷҹһҽҿӏӂӄӆӈӊӌӎӑӓӕӗәӛӝӟӡӣӥӧөӫӭӯӱӳӵӷӹ"
_FREQUENT_BIGRAMS = (
    "ст но на ни ен ов ан ро то од за ле та ос ли ас да ти ра аз ре пр де ес во ия от ко ва тв ци "
    "ам ар ка ед го по са ат ит ог нн он сс ах ны ме об те ер че со ии ма ль ол ри ал не ор ел ац "
    "ой ие се ин им ей мо ве ск ил ки ич ди ет ла ть си ьн вы ло пу ис из ев ом ио аж ут ых оп тн "
    "кр ру ем ше ми эт бы жн ся уч жи аб ви зи ак ож ще ые ив ги еж ок ег вл ав ча су бо оз пе ым "
    "нс уд ик кт тр хо вн ий гл ты до еч ая же ду их сл ый ул ры дн це ют ля мн ую юб лю ук ба бе"
).split()
_BIGRAMS = frozenset(b for b in _FREQUENT_BIGRAMS if len(b) == 2)

# Character classes, named because the byte tables of the fast scorer are built from them too.
_RU_LOWER, _RU_UPPER = "а-яё", "А-ЯЁ"
_LATIN, _CYR = "A-Za-z", "А-яЁё"
_WORD_LETTERS = "А-яЁёӘәІіҢңҒғҮүҰұҚқӨөҺһ"
_BEFORE_SIGN, _SIGNS, _CONSONANTS = "аеёиоуыэюяьъй", "ьъы", "бвгджзклмнпрстфхцчшщ"
_SOFT, _INITIALS = "ЬЪЫьъы", "А-ЯЁӘІҢҒҮҰҚӨҺ"
_UPPER, _LOWER = _INITIALS, "а-яёәіңғүұқөһ"  # the word letters by case
_INITIAL_CAPITALS = "А-ЩЭ-ЯЁӘІҢҒҮҰҚӨҺ"  # capitals a name's initial can be (not Ъ, Ы, Ь)
# Typographic signs that a wrong code page puts where letters were (windows-1251 capitals read as
# MacCyrillic are ‘’“”ƒ¬, MacCyrillic capitals read as windows-1251 are „…†•”—): in real text they
# stand beside a word on one side only, never glued to a letter on the other.
_NOT_BEFORE_LETTER = "’”»›†‡•€‰™¬ƒ¤¦¶±§©®µ"  # closing signs and symbols: never right before a letter
_NOT_AFTER_LETTER = "‘„‚«‹†‡•€‰¬ƒ¤¦¶±§µ"  # opening signs and symbols: never right after a letter
_NOT_BEFORE_PERIOD = _NOT_AFTER_LETTER + "–—"  # "ƒ." where an initial "Д." was
_CLOSING_QUOTES = "’”"  # never after a space or at the start

_WORD_CASE_TELL = re.compile(f"[{_RU_LOWER}][{_RU_UPPER}]")
_MIXED_SCRIPT = re.compile(f"[{_LATIN}][{_CYR}]|[{_CYR}][{_LATIN}]")
_CYR_WORD = re.compile(f"[{_WORD_LETTERS}]+")
# Sequences Russian spelling does not allow: a sign or ы after a vowel or a sign, й after a consonant.
# Nor does Kazakh put ү after a vowel, or ғ ү ө after an apostrophe: Ukrainian's ї and є in windows-1251
# read as kz1048 do (Україна -> Украүна, об'єднання -> об'ғднання).
_VOWELS, _APOSTROPHES, _NOT_AFTER_APOSTROPHE = "аеёиоуыэюяіәөұүє", "'’ʼ", "ғүө"
_IMPOSSIBLE = re.compile(f"[{_BEFORE_SIGN}][{_SIGNS}]|[{_CONSONANTS}]й|[{_VOWELS}]ү"
                         f"|[{_APOSTROPHES}][{_NOT_AFTER_APOSTROPHE}]", re.IGNORECASE)
_SINGLE_LETTER_WORDS = frozenset("авиоскуяжбАВИОСКУЯЖБ")
# over Cyrillic words joined by single spaces:
_SOFT_START = re.compile(f"(?<!\\S)[{_SOFT}]")
_INITIAL_UPPER = re.compile(f"(?<!\\S)[{_INITIALS}]")
# over the text itself:
# a letter standing alone, unless it is a capital followed by a period (an initial: Ф.Хайруллина)
_ALONE = re.compile(f"(?<![{_WORD_LETTERS}])(?![{_INITIAL_CAPITALS}]\\.)[{_WORD_LETTERS}](?![{_WORD_LETTERS}])")
_CAPS_WORD = re.compile(f"(?<![{_WORD_LETTERS}])[{_UPPER}][{_UPPER}]")  # a word in capitals
_CAPS_THEN_LOWER = re.compile(f"(?<=[{_UPPER}])[{_UPPER}](?=[{_LOWER}])")  # ЕЩр, the tell of capitals
# a sign glued to a letter on the wrong side (each pair counted: the lookahead matches zero width)
_GLUED_SIGN = re.compile(f"(?=[{_WORD_LETTERS}][{_NOT_AFTER_LETTER}]|[{_NOT_BEFORE_LETTER}][{_WORD_LETTERS}]"
                         f"|[{_NOT_BEFORE_PERIOD}]\\.)")
_LOOSE_CLOSING_QUOTE = re.compile(f"(?<!\\S)[{_CLOSING_QUOTES}]")
_FIRST_LETTER = re.compile(f"[{_WORD_LETTERS}]")
# Box drawing and block elements (cp866's B0-DF): DOS tables draw their borders with them. Alone
# among letters they are what another code page's letters turn into, so each scores as a stray
# symbol; but an edge to whitespace, a line end or a repeat of itself (═══, ║ 34 ║, ░░░) is a
# table's, and each such edge takes back half of that, while an edge to a letter (ЕЩ▌, a Mac Ё
# read as cp866) takes back one.
_BOX = "\u2500-\u259f"
_BOX_CHAR = re.compile(f"[{_BOX}]")
_BOX_BEFORE_SPACE = re.compile(f"[{_BOX}](?=\\s|\\Z)")
_BOX_AFTER_SPACE = re.compile(f"(?<!\\S)[{_BOX}]")
_BOX_REPEAT = re.compile(f"(?=([{_BOX}])\\1)")  # zero width: every pair of a run counts
_BOX_BY_LETTER = re.compile(f"(?=[{_BOX}][{_WORD_LETTERS}]|[{_WORD_LETTERS}][{_BOX}])")
_BOX_EDGE_CREDIT = 3.0

_char_cache: dict[str, float] = {}


def _char_score(ch: str) -> float:
    """Score of one character: positive for likely letters, negative for unlikely characters."""
    s = _char_cache.get(ch)
    if s is not None:
        return s
    low = ch.lower()
    if low in _RU_FREQ:
        # log-frequency relative to a flat 1/33 distribution, shifted so rare letters stay >= -1
        s = max(-2.5, math.log(_RU_FREQ[low] / 3.0)) + 0.5
    elif low in _RARE_LANGUAGE_FREQ:
        s = max(-2.5, math.log(_RARE_LANGUAGE_FREQ[low] / 3.0)) + 0.5 - _KAZAKH_PRIOR
    elif low in _FOREIGN_CYRILLIC:
        s = -5.0
    elif ch.isascii():
        if ch.isprintable() or ch in "\t\n\r":
            s = 0.0
        else:
            s = -8.0  # control characters
    elif ch in "«»—–…№„“”’•°\u00a0\u00ad·©":
        s = -0.2
    elif ch in "‘€±§®™":
        s = -1.5  # rare in Russian text, common in what a wrong code page makes of capitals
    else:
        cat = unicodedata.category(ch)
        name = unicodedata.name(ch, "")
        if cat.startswith("L") and "LATIN" in name:
            s = -1.0  # accented Latin: plausible in cp1252 text, never in Russian
        elif cat.startswith("C"):
            s = -8.0
        else:
            s = -6.0  # box drawing, maths, currency and other symbols mid-text
    _char_cache[ch] = s
    return s


def score_text(text: str) -> float:
    """How much ``text`` looks like Russian/Kazakh (or plain ASCII) text: higher is better.
    Comparable between decodings of the same bytes. Detection computes the same score from byte
    tables (_fast_scores): change both together (a test compares them)."""
    if not text:
        return 0.0
    counts = Counter(text)
    base = sum(n * _char_score(ch) for ch, n in counts.items())
    words = _CYR_WORD.findall(text)
    joined = " ".join(words)
    low = joined.lower()
    pairs = Counter(map(add, low, low[1:]))  # pairs across the joining spaces never match
    first = _FIRST_LETTER.search(text)
    return _combine(
        base,
        case_tells=len(_WORD_CASE_TELL.findall(text)),
        mixed=len(_MIXED_SCRIPT.findall(text)),
        soft_starts=len(_SOFT_START.findall(joined)),
        lone=sum(1 for w in _ALONE.findall(text) if w not in _SINGLE_LETTER_WORDS),
        upper=sum(n for ch, n in Counter(joined).items() if ch.isupper()),
        initial_upper=len(_INITIAL_UPPER.findall(joined)),
        starts_lower=bool(first and first.group().islower()),
        caps_words=len(_CAPS_WORD.findall(text)),
        caps_then_lower=len(_CAPS_THEN_LOWER.findall(text)),
        glued=len(_GLUED_SIGN.findall(text)) + len(_LOOSE_CLOSING_QUOTE.findall(text)),
        bigram_hits=sum(n for pair, n in pairs.items() if pair in _BIGRAMS),
        letters=len(joined) - max(len(words) - 1, 0),
        impossible=len(_IMPOSSIBLE.findall(text)),
        box_edges=_box_edges(text),
    )


def _box_edges(text: str) -> int:
    """Edges of box-drawing characters to whitespace, the text's ends or their own repeat (which
    counts twice: one edge of each character), less their edges to letters."""
    if not _BOX_CHAR.search(text):
        return 0
    return (len(_BOX_BEFORE_SPACE.findall(text)) + len(_BOX_AFTER_SPACE.findall(text))
            + 2 * len(_BOX_REPEAT.findall(text)) - len(_BOX_BY_LETTER.findall(text)))


def _combine(base: float, *, case_tells: int, mixed: int, soft_starts: int, lone: int, upper: int,
             initial_upper: int, starts_lower: bool, caps_words: int, caps_then_lower: int, glued: int,
             bigram_hits: int, letters: int, impossible: int, box_edges: int) -> float:
    """score_text from its counts; shared with the fast scorer so both do the same float operations
    in the same order (equal scores keep ties between code pages decoding alike)."""
    score = base
    score -= 4.0 * case_tells
    score -= 3.0 * mixed
    score -= 3.0 * soft_starts  # no Russian word starts with Ь, Ъ, Ы
    score -= 2.0 * lone  # one-letter words other than в, и, с, к, ... and initials
    # Case is judged by the word, not the letter: a heading or a notice all in capitals is common,
    # a text with no capital at all is not (KOI8-R and windows-1251 read as each other swap case).
    score -= 1.5 * caps_words + 0.1 * (upper - initial_upper)
    score -= 3.0 * caps_then_lower
    if starts_lower:
        score -= 2.0  # a text, a heading starts with a capital
        if upper == 0 and letters >= 4:
            score -= 1.0  # and has one somewhere
    score -= 3.0 * glued
    score += 0.8 * bigram_hits
    score -= 2.0 * impossible
    score += _BOX_EDGE_CREDIT * box_edges
    return score


def letter_quality(text: str) -> float:
    """Average score per non-space character: about 0.5..1.5 for real Russian text, below 0 for
    garbage. Used to decide whether a decoding is plausible at all. Box drawing is not averaged
    over: a table border is no line of letters to judge, and its score is nought."""
    n = sum(c for ch, c in Counter(text).items() if _weighed(ch))
    if n == 0:
        return 1.0
    return score_text(text) / n


def _weighed(ch: str) -> bool:
    """Whether letter_quality averages over ``ch``: neither whitespace, ASCII nor box drawing."""
    return not ch.isspace() and not ch.isascii() and not _BOX_CHAR.match(ch)


GARBLED_QUALITY = -1.0  # letter_quality below this: garbage, not text
# What a text that is garbage as it stands must score once its Latin look-alikes are read as
# Cyrillic: OCR output scores 1.2-1.5 then, random letters with Latin ones among them -0.6 at most.
TWINS_QUALITY = 0.5


def reads_as_garbage(text: str, quality: float | None = None) -> bool:
    """Whether ``text`` (whose letter_quality is ``quality`` when given) is garbage, not text. OCR
    output that typed the Latin twin of every look-alike letter (Пpoтoкoл зaceдaния) reads well
    once those letters are read as Cyrillic, as the index reads them: it is judged that way."""
    if (letter_quality(text) if quality is None else quality) >= GARBLED_QUALITY:
        return False
    folded = cyrillic_twins(text)
    return folded == text or letter_quality(folded) < TWINS_QUALITY


_CYR_WORD_2 = re.compile(f"[{_WORD_LETTERS}]{{2,}}")
# what a word that is neither lowercase, capitalised nor in capitals has: aB or ABc
_MISCASE_TELL = re.compile(f"[{_LOWER}][{_UPPER}]|[{_UPPER}][{_UPPER}][{_LOWER}]")
MISCASED_MIN_WORDS, MISCASED_SHARE = 8, 0.25  # measured: no real text above 0.0, Greek read as KOI8-R 0.47


def reads_miscased(text: str) -> bool:
    """Whether many of ``text``'s Cyrillic words mix case inside (сУМщКЕУСГР, йАФАЙСТэМ): the tell of
    another script's code page (Greek windows-1253) read as a Cyrillic one, whose letters score as
    Russian one by one. Real words are lowercase, capitalised or in capitals."""
    head = text[:20000]
    if len(_MISCASE_TELL.findall(head)) <= MISCASED_SHARE * MISCASED_MIN_WORDS:
        return False  # cheap for real text, which has none
    words = _CYR_WORD_2.findall(head)
    if len(words) < MISCASED_MIN_WORDS:
        return False
    miscased = sum(1 for w in words if _MISCASE_TELL.search(w))
    return miscased > MISCASED_SHARE * len(words)


@dataclass
class Decoded:
    text: str
    encoding: str  # Python codec name
    how: str  # "bom" | "utf-8" | "utf-8-damaged" | "utf-8-after-bom" | "utf-16" | "declared" | "detected" | "mixed"
    # | "code-pages" | "ascii"
    alternative: str | None = None  # "detected": a code page that read the text differently and almost as well
    other_lines: dict[str, list[int]] | None = None  # "code-pages", "mixed": the other encoding -> its lines (1-based)
    stray_bom: bool = False  # a one-byte code page's text behind a UTF-16 byte order mark, read without it


_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)


def bom_encoding(data: bytes) -> tuple[str, int] | None:
    """(codec, BOM length) when ``data`` starts with a byte order mark."""
    for bom, enc in _BOMS:  # UTF-32 LE before UTF-16 LE: its BOM starts with the same bytes
        if data.startswith(bom):
            return enc, len(bom)
    return None


def _plausible_share(text: str) -> float:
    """Share of characters that are letters, digits, punctuation, ASCII signs (HTML's < = >) or
    ordinary whitespace."""
    if not text:
        return 0.0
    bad = 0
    for ch in text:
        if ch in "\t\n\r":
            continue
        cat = unicodedata.category(ch)
        if cat[0] == "C" or (cat[0] == "S" and not ch.isascii() and ch not in "№§©®°±€"):
            bad += 1
        elif cat[0] == "L" and not ("\u0000" <= ch <= "\u052f"):
            bad += 1  # CJK etc.: what random bytes read as UTF-16 look like
    return 1.0 - bad / len(text)


def detect_wide_unicode(data: bytes) -> str | None:
    """UTF-16/UTF-32 without a BOM, recognised by the pattern of NUL (and 0x04, Cyrillic's high
    byte) bytes at even or odd positions."""
    sample = data[:8192]
    n = len(sample)
    if n < 4:
        return None
    if n % 4 == 0 and len(data) % 4 == 0:
        quads = n // 4
        units = np.frombuffer(sample, np.uint8).reshape(-1, 4) == 0
        hi_le = int(np.count_nonzero(units[:, 2] & units[:, 3]))
        hi_be = int(np.count_nonzero(units[:, 0] & units[:, 1]))
        for count, enc in ((hi_le, "utf-32-le"), (hi_be, "utf-32-be")):
            if count >= 0.9 * quads:
                try:
                    text = data.decode(enc)
                except UnicodeDecodeError:
                    continue
                if _plausible_share(text[:4000]) > 0.97:
                    return enc
    if len(data) % 2:
        return None
    pairs = n // 2
    even = sample[0::2]
    odd = sample[1::2]
    odd_hint = count_bytes(odd, b"\x00\x04")
    even_hint = count_bytes(even, b"\x00\x04")
    candidates = []
    if odd_hint >= 0.3 * pairs:
        candidates.append("utf-16-le")
    if even_hint >= 0.3 * pairs:
        candidates.append("utf-16-be")
    for enc in candidates:
        try:
            text = data.decode(enc)
        except UnicodeDecodeError:
            continue
        if _plausible_share(text[:4000]) > 0.97:
            return enc
    return None


def _score_sample(data: bytes, limit: int = 65536) -> bytes:
    """A prefix of the bytes to score, cut at a line end; long files need not be scored whole."""
    if len(data) <= limit:
        return data
    cut = data.rfind(b"\n", 0, limit)
    return data[: cut if cut > limit // 2 else limit]


def _score_decoding(sample: bytes, enc: str) -> float:
    """Reference score of ``sample`` read as ``enc``: score_text, less 10 per undecodable byte."""
    try:
        text = sample.decode(enc)
        penalty = 0.0
    except UnicodeDecodeError:
        text = sample.decode(enc, errors="replace")
        penalty = 10.0 * text.count("\ufffd")
    return score_text(text) - penalty


# Bits of the byte-pair table: what score_text counts about two adjacent characters.
_TELL, _MIXED, _IMPOSS, _SOFT_AT_START, _UPPER_AT_START, _HIT, _WORD_START, _WORD_END = (
    1 << k for k in range(8))
_BOUNDARY = 256  # a 257th "byte" standing for the start and end of the text (not a letter)
_BIT_MATRIX = ((np.arange(256)[:, None] & (1 << np.arange(8))) != 0).astype(np.int64)  # (256, 8)
_FFFD_SCORE = _char_score("\ufffd")  # what an undefined byte decodes to


class _ByteTables(NamedTuple):
    score: np.ndarray  # (256,) _char_score of each byte's character
    undefined: np.ndarray  # (256,) bool: bytes the code page leaves undefined (strict decode fails)
    letters: np.ndarray  # (256, 2) int: is a word letter; is an uppercase word letter
    pairs: np.ndarray  # (257 * 257,) uint8 bits for (first, second), _BOUNDARY at the text's ends
    glued: np.ndarray  # (257 * 257,) uint8: 1 for a sign glued to a letter on the wrong side
    signs: np.ndarray  # (256,) bool: the bytes ``glued`` looks at besides letters, spaces and periods
    weighed: np.ndarray  # (256,) int: characters letter_quality averages over (neither space nor ASCII)
    box: np.ndarray  # (257 * 257,) int8: _box_edges of the pair (1 to whitespace or an end, 2 a repeat, -1 a letter)
    boxes: np.ndarray  # (256,) bool: box-drawing bytes
    case: bytes  # bytes.translate table: a word letter to b"u" or b"l" by its case, any other byte to b" "


@functools.lru_cache(maxsize=64)
def _byte_tables(enc: str) -> _ByteTables | None:
    """Tables for a charmap code page (one byte, one character), None for any other codec."""
    try:
        info = codecs.lookup(enc)
    except LookupError:
        return None
    table = getattr(sys.modules.get(getattr(info.decode, "__module__", ""), None), "decoding_table", None)
    if not isinstance(table, str) or len(table) != 256:
        return None  # multi-byte or stateful: only the reference scorer is right for it
    chars = [bytes([b]).decode(enc, errors="replace") for b in range(256)]
    undefined = np.array([c == "\ufffd" for c in chars])
    defined = [c for c in chars if c != "\ufffd"]
    if any(len(c) != 1 for c in chars) or len(set(defined)) != len(defined):
        return None  # the unigram sum below assumes distinct bytes are distinct characters

    def member(cls: str, flags: int = 0, boundary: bool = False) -> np.ndarray:  # (257,) bool, _BOUNDARY last
        rx = re.compile(f"[{cls}]", flags)
        return np.array([bool(rx.fullmatch(c)) for c in chars] + [boundary])

    word = member(_WORD_LETTERS)
    alphabet = sorted(set("".join(_BIGRAMS)))
    idx = np.array([alphabet.index(c.lower()) if c.lower() in alphabet else len(alphabet)
                    for c in chars] + [len(alphabet)])
    bigram = np.zeros((len(alphabet) + 1,) * 2, bool)
    for a, b in _BIGRAMS:
        bigram[alphabet.index(a), alphabet.index(b)] = True
    ok_alone = np.array([c in _SINGLE_LETTER_WORDS for c in chars] + [False])
    ig = re.IGNORECASE
    o = np.logical_and.outer
    bits = (
        (_TELL, o(member(_RU_LOWER), member(_RU_UPPER))),
        (_MIXED, o(member(_LATIN), member(_CYR)) | o(member(_CYR), member(_LATIN))),
        (_IMPOSS, o(member(_BEFORE_SIGN, ig), member(_SIGNS, ig))
         | o(member(_VOWELS, ig), member("ү", ig)) | o(member(_APOSTROPHES), member(_NOT_AFTER_APOSTROPHE, ig))
         | o(member(_CONSONANTS, ig), member("й", ig))),
        (_SOFT_AT_START, o(~word, member(_SOFT))),
        (_UPPER_AT_START, o(~word, member(_INITIALS))),
        (_HIT, o(word, word) & bigram[idx[:, None], idx[None, :]]),
        (_WORD_START, o(~word, word & ~ok_alone)),  # a letter not allowed alone starts a word
        (_WORD_END, o(word, ~word) & ~o(member(_INITIAL_CAPITALS), member("."))),  # not an initial
    )
    glued = (o(word, member(_NOT_AFTER_LETTER)) | o(member(_NOT_BEFORE_LETTER), word)
             | o(member(_NOT_BEFORE_PERIOD), member(".")) | o(member(r"\s", boundary=True), member(_CLOSING_QUOTES)))
    box, space = member(_BOX), member(r"\s", boundary=True)
    box_edges = (o(box, space) | o(space, box)).astype(np.int8) - (o(box, word) | o(word, box))
    box_edges[np.arange(257), np.arange(257)] += (2 * box).astype(np.int8)  # a repeat: ══
    pairs = np.zeros((257, 257), np.uint8)
    for bit, mask in bits:
        pairs[mask] |= bit
    upper = word[:256] & np.array([c.isupper() for c in chars])
    weighed = np.array([_weighed(c) for c in chars], np.int64)
    return _ByteTables(np.array([_char_score(c) for c in chars]), undefined,
                       np.stack([word[:256], upper], axis=1).astype(np.int64), pairs.ravel(),
                       glued.astype(np.uint8).ravel(),
                       member(_NOT_BEFORE_LETTER + _NOT_AFTER_LETTER + _NOT_BEFORE_PERIOD + _CLOSING_QUOTES)[:256],
                       weighed, box_edges.ravel(), box[:256],
                       bytes(b" lu"[int(w) + int(u)] for w, u in zip(word[:256], upper)))


def _run_matches(f: np.ndarray, bit: int, n: int) -> int:
    """How many matches re.findall reports for a two-character pattern that matches at the ``n``
    pairs with ``bit``: matches do not overlap, so of a run of k adjacent ones it takes ceil(k / 2)."""
    if n < 2:
        return n
    at = np.flatnonzero(f & bit)
    starts = np.flatnonzero(np.diff(at) != 1) + 1
    runs = np.diff(np.concatenate(([0], starts, [len(at)])))
    return int(((runs + 1) // 2).sum())


def _case_counts(sample: bytes, t: _ByteTables) -> tuple[bool, int, int]:
    """Whether the first word letter is lowercase, the words in capitals, the capitals between a
    capital and a lowercase letter: counted in the text's case pattern (a space for what is not a
    word letter, then u or l), where these are substrings that cannot overlap themselves."""
    case = b" " + sample.translate(t.case) + b" "
    return case.lstrip(b" ")[:1] == b"l", case.count(b" uu"), case.count(b"uul")


def _followed(f: np.ndarray, bit: int, g: np.ndarray, bit2: int) -> int:
    """How many pairs with ``bit`` (in ``f``) are followed by a pair with ``bit2`` (in ``g``): three
    characters in a row, the middle one shared (a lone letter: a word starts and ends at it)."""
    return int(np.count_nonzero((f[:-1] & bit).astype(bool) & (g[1:] & bit2).astype(bool)))


def _fast_scores(sample: bytes, tables: list[_ByteTables], penalized: bool = True) -> list[float]:
    """_score_decoding of ``sample`` for each code page, from the byte histogram and the byte pairs
    (score_text of its decoding with errors="replace" when not ``penalized``)."""
    if not sample:
        return [0.0] * len(tables)
    b = np.frombuffer(sample, np.uint8)
    hist = np.bincount(b, minlength=256)
    # score_text sums per distinct character in Counter (first occurrence) order: same order here,
    # so the float sum is the same to the last bit
    order = np.array(sorted(np.flatnonzero(hist).tolist(), key=sample.find))
    counts = hist[order]
    padded = np.empty(len(b) + 2, np.intp)
    padded[0] = padded[-1] = _BOUNDARY
    padded[1:-1] = b
    codes = padded[:-1] * 257 + padded[1:]  # pair i is (char i-1, char i); the ends pair with _BOUNDARY
    scores = []
    for t in tables:
        products = counts * t.score[order]
        bad = t.undefined[order]
        penalty = 0.0
        if bad.any():  # Counter holds all of them as one U+FFFD, at the first one's place
            first = int(np.argmax(bad))
            n_bad = int(counts[bad].sum())
            products[first] = n_bad * _FFFD_SCORE
            bad[first] = False
            products = products[~bad]
            penalty = 10.0 * n_bad
        f = t.pairs.take(codes)
        per_bit = np.bincount(f, minlength=256) @ _BIT_MATRIX  # pairs having each bit
        tells, mixed, imposs, soft, initial, hits, starts, _ = per_bit.tolist()
        letters, upper = (hist @ t.letters).tolist()
        lone = _followed(f, _WORD_START, f, _WORD_END) if starts else 0
        # the costlier counts only where they can be other than nought
        starts_lower, caps_words, caps_then_lower = (
            _case_counts(sample, t) if upper else (letters > 0, 0, 0))
        glued = int(np.count_nonzero(t.glued.take(codes))) if t.signs[order].any() else 0
        box_edges = int(t.box.take(codes).sum(dtype=np.int64)) if t.boxes[order].any() else 0
        score = _combine(sum(products.tolist()), case_tells=tells, mixed=_run_matches(f, _MIXED, mixed),
                         soft_starts=soft, lone=lone, upper=upper, initial_upper=initial,
                         starts_lower=starts_lower, caps_words=caps_words, caps_then_lower=caps_then_lower,
                         glued=glued,
                         bigram_hits=hits, letters=letters, impossible=_run_matches(f, _IMPOSS, imposs),
                         box_edges=box_edges)
        scores.append(score - penalty if penalized else score)
    return scores


def letter_quality_bytes(data: bytes, enc: str) -> float | None:
    """letter_quality of ``data`` decoded with ``enc`` (errors="replace"), the same number computed
    from the byte tables; None when ``enc`` is not a one-byte code page."""
    tables = _byte_tables(enc)
    if tables is None:
        return None
    n = int(np.bincount(np.frombuffer(data, np.uint8), minlength=256) @ tables.weighed)
    if n == 0:
        return 1.0
    return _fast_scores(data, [tables], penalized=False)[0] / n


# How much less likely than windows-1251 each code page is in this archive, a priori: what decides
# a text too short to tell (a few letters that read as Russian in several code pages).
CODE_PAGE_PRIORS = {"koi8_r": 0.25, "cp866": 0.25, "ptcp154": 1.0, "cp1252": 1.0, "cp1250": 1.0,
                    "mac_cyrillic": 1.5, "iso8859_5": 1.5}


def _score_candidates(sample: bytes, candidates, priors: bool) -> list[tuple[float, int, str]]:
    tables = [_byte_tables(enc) for _, enc in candidates]
    fast = iter(_fast_scores(sample, [t for t in tables if t is not None]))
    ranked = [((next(fast) if t is not None else _score_decoding(sample, enc))
               - (CODE_PAGE_PRIORS.get(enc, 0.0) if priors else 0.0), -i, enc)
              for (i, enc), t in zip(candidates, tables)]
    ranked.sort(reverse=True)
    return ranked


# The bytes that are letters in windows-1250 (Polish ł ą ż ś ź, Czech ť ľ) and signs in windows-1252
# (³ ¹ ¿ œ Ÿ): only a text holding them is scored as windows-1250 too. A Polish Windows text read as
# a Cyrillic page has Cyrillic letters glued to Latin ones and scores far below its own reading.
_CP1250_LETTERS = bytes(b for b in range(0x80, 0x100) if bytes([b]).decode("cp1250", errors="replace").isalpha()
                        and not bytes([b]).decode("cp1252", errors="replace").isalpha())
# The bytes where KOI8-U has Ukrainian letters (є і ї ґ, capitals too) and KOI8-R box drawing: only a
# text holding them is scored as KOI8-U as well (elsewhere the two read alike).
_KOI8_U_LETTERS = bytes(b for b in range(0x80, 0x100)
                        if bytes([b]).decode("koi8_u") != bytes([b]).decode("koi8_r"))
# Ukrainian's ї є ґ (and capitals) in windows-1251 are Kazakh ү ғ ө in kz1048, so a Ukrainian text
# whose ї є ґ start words (їхня, єднає, ґрунт) scored as Kazakh. A Kazakh text of a few sentences
# always has ә, қ, ң or ұ too, whose bytes are other letters in windows-1251; and a Russian text
# in kz1048 naming Kazakhs (Ғалым Өтегенов, Мүсірепов) has ү ғ ө inside capitalised names, where
# Ukrainian has ї є in everyday lowercase words (єднає, їхня, об'єднання): a text with two such
# words and none of ә қ ң ұ is windows-1251.
_UKRAINIAN_1251 = bytes([0xA5, 0xAA, 0xAF, 0xB4, 0xBA, 0xBF])
_KAZAKH_TELLS = bytes(b for b in range(0x80, 0x100)
                      if bytes([b]).decode("cp1251", errors="replace") != bytes([b]).decode("kz1048", errors="replace")
                      and b not in _UKRAINIAN_1251) + bytes([0x8C, 0x9C])  # and ptcp154's Ң ң
_CYRILLIC_1251_LETTERS = bytes(range(0xC0, 0x100))
# a lowercase word (not a name's capitalised one) holding ї, є or ґ
_UKRAINIAN_LOWER_WORD = re.compile("(?<![А-Яа-яЁёІіЇїЄєҐґ])[а-яёіїєґ]*[їєґ][а-яёіїєґ]*")
# Belarusian's ў (Ў) in windows-1251 is Kazakh's ұ (Ұ) in kz1048, and the scores prefer a Kazakh
# letter to a foreign one: «сказаў, ва ўсіх» read as «сказаұ, ва ұсіх». Belarusian writes ў only
# after a vowel (in the word or at the end of the one before: гадоў, і ўсклалі), Kazakh hardly ever
# puts ұ there; a Belarusian text has none of Kazakh's other letters (ә қ ң ғ ө ү һ).
_BELARUSIAN_1251 = bytes([0xA1, 0xA2])
_KAZAKH_TELLS_BUT_U = bytes(b for b in _KAZAKH_TELLS if b not in _BELARUSIAN_1251)
_BELARUSIAN_U = re.compile("[аеёіоуыэюя] ?ў")
_BELARUSIAN_MIN_U = 2
# letters enough that a Kazakh text would show one of ә қ ң ұ (about 8% of its letters: missing
# from 60 letters by chance under 1% of the time)
_KAZAKH_TELL_LETTERS = 60
PREFIX_BYTES = 2048  # every candidate is scored on this much first
FINALISTS = 3  # the best few are scored again on the whole sample


def rank_single_byte(data: bytes, candidates: tuple[str, ...] = SINGLE_BYTE_CANDIDATES,
                     priors: bool = True) -> list[tuple[float, str]]:
    """Candidates with their scores, best first (ties keep the candidates' order), less their
    CODE_PAGE_PRIORS unless not ``priors`` (a page that declares its code page).

    Scoring is the costly part of reading a text file, so all candidates are scored on a
    prefix and only the finalists on the whole sample."""
    sample = _score_sample(data)
    if candidates is SINGLE_BYTE_CANDIDATES and count_bytes(sample, _KOI8_U_LETTERS):
        candidates += ("koi8_u",)
    if candidates[:len(SINGLE_BYTE_CANDIDATES)] == SINGLE_BYTE_CANDIDATES and count_bytes(sample, _CP1250_LETTERS):
        candidates += ("cp1250",)
    indexed = list(enumerate(candidates))
    if len(sample) <= PREFIX_BYTES * 2:
        ranked = _score_candidates(sample, indexed, priors)
    else:
        first = _score_candidates(_score_sample(sample, PREFIX_BYTES), indexed, priors)
        finalists = [(-i, enc) for _, i, enc in first[:FINALISTS]]
        ranked = _score_candidates(sample, finalists, priors) + first[FINALISTS:]
    top = {r[2] for r in ranked[:2]}
    if top & {"kz1048", "ptcp154"} and top <= {"cp1251", "kz1048", "ptcp154"} and (
            _ukrainian_not_kazakh(sample) or _belarusian_not_kazakh(sample)):
        # windows-1251 first, sure of itself: the rule, not the scores, tells them apart here
        ranked = [(ranked[0][0] + SHORT_UNSURE_MARGIN, i, enc) for _, i, enc in ranked if enc == "cp1251"] + [
            r for r in ranked if r[2] != "cp1251"]
    return [(s, enc) for s, _, enc in ranked]


def _ukrainian_not_kazakh(sample: bytes) -> bool:
    """A text with windows-1251's Ukrainian letters and none of the Kazakh letters a Kazakh text of
    its length would hold (_KAZAKH_TELLS)."""
    return (count_bytes(sample, _UKRAINIAN_1251) > 0 and count_bytes(sample, _KAZAKH_TELLS) == 0
            and count_bytes(sample, _CYRILLIC_1251_LETTERS) >= _KAZAKH_TELL_LETTERS
            and len(_UKRAINIAN_LOWER_WORD.findall(sample.decode("cp1251", errors="replace"))) >= 2)


def _belarusian_not_kazakh(sample: bytes) -> bool:
    """A text whose only Kazakh-looking bytes are windows-1251's Ў ў, which follow a vowel as
    Belarusian's ў does, and long enough that a Kazakh text would hold Kazakh's other letters."""
    return (count_bytes(sample, _BELARUSIAN_1251) > 0 and count_bytes(sample, _KAZAKH_TELLS_BUT_U) == 0
            and count_bytes(sample, _CYRILLIC_1251_LETTERS) >= _KAZAKH_TELL_LETTERS
            and len(_BELARUSIAN_U.findall(sample.decode("cp1251", errors="replace"))) >= _BELARUSIAN_MIN_U)


def detect_single_byte(data: bytes) -> str:
    """The most Russian-looking single-byte Cyrillic decoding of ``data``."""
    return rank_single_byte(data)[0][1]


_CP1254_LETTERS = bytes(b for b in range(0x80, 0x100) if bytes([b]).decode("cp1254", errors="replace")
                        not in (bytes([b]).decode("cp1252", errors="replace"), "\ufffd"))
UNSURE_MARGIN = 2.0  # a runner-up within this score of the best makes the detection unsure
# ... or within this, in a text of a word or two: windows-1251 lowercase is KOI8-R capitals, and
# one word scores about alike both ways (съезд / ЯЗЕГД 2.6 apart)
SHORT_TEXT_LETTERS, SHORT_UNSURE_MARGIN = 12, 4.0


def _detected(data: bytes) -> Decoded:
    """``data`` read in the best-scoring code page, with the runner-up that reads it differently
    when that one scores nearly as well (a text of a few words can read as Russian in two)."""
    ranked = rank_single_byte(data)
    best_score, best = ranked[0]
    if best == "cp1252" and count_bytes(data[:65536], _CP1254_LETTERS):
        best = "cp1254"  # ğ ı ş (Ğ İ Ş) where cp1252 has Icelandic ð ý þ: Turkish, not French or German
    text = decode_strict_or_replace(data, best)
    short = len(text) < 20 * SHORT_TEXT_LETTERS and sum(ch.isalpha() for ch in text) <= SHORT_TEXT_LETTERS
    margin = SHORT_UNSURE_MARGIN if short else UNSURE_MARGIN
    close = (enc for score, enc in ranked[1:] if score > best_score - margin)
    alternative = next((enc for enc in close if decode_strict_or_replace(data, enc) != text), None)
    return Decoded(text, best, "detected", alternative)


def reading_with_twins(data: bytes) -> Decoded | None:
    """``data`` in the code page that reads best once Latin look-alikes in Cyrillic words are read
    as Cyrillic (OCR output: Пpoтoкoл зaceдaния, which detection reads as cp1252 for its Latin
    letters); None when it is garbage in every code page even so. The text keeps its letters:
    the index folds them."""
    sample = _score_sample(data, 20000)
    readings = []
    for i, enc in enumerate(SINGLE_BYTE_CANDIDATES):
        text = decode_strict_or_replace(sample, enc)
        folded = cyrillic_twins(text)
        if folded != text:  # only what the look-alikes change: the plain readings were judged already
            readings.append((letter_quality(folded), -i, enc))  # the first of equals: the likelier code page
    quality, _, best = max(readings, default=(None, 0, None))
    if best is None or quality < TWINS_QUALITY:
        return None
    return Decoded(decode_strict_or_replace(data, best), best, "detected")


def decode_strict_or_replace(data: bytes, encoding: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError:
        return data.decode(encoding, errors="replace")


def is_utf8(data: bytes) -> bool:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _utf8_not_utf16(rest: bytes, wide: str) -> bool:
    """Whether the bytes after a UTF-16 BOM are UTF-8 (a UTF-16 file that a tool appended UTF-8 to,
    or wrote over): read as UTF-16 they are CJK and Hangul noise, read as UTF-8 plausible text. The
    BOM is a hint only; real UTF-16 is never valid UTF-8 that reads well."""
    if _plausible_share(wide[:4000]) > _PLAUSIBLE_WIDE or not is_utf8(rest):
        return False
    return _plausible_share(rest[:16000].decode("utf-8", errors="ignore")) > _PLAUSIBLE_WIDE


_PLAUSIBLE_WIDE = 0.97  # _plausible_share a UTF-16/32 reading needs (as detect_wide_unicode asks)


def _one_byte_not_utf16(rest: bytes, wide: str) -> bool:
    """Whether the bytes after a UTF-16 BOM are a one-byte code page's text (windows-1251 behind a BOM a tool
    wrote): no NUL, which UTF-16 Latin or Cyrillic text is full of, and noise read as UTF-16 (CJK or Hangul
    text reads as letters), while a code page reads them well."""
    if b"\x00" in rest[:8192] or not rest or _plausible_share(wide[:4000]) > _PLAUSIBLE_WIDE:
        return False
    return _plausible_share(rest[:16000].decode("cp1251", errors="replace")) > _PLAUSIBLE_WIDE


def _without_utf16_boms(data: bytes) -> bytes:
    """``data`` without the UTF-16 byte order marks it starts with: a tool that wrote one before a code page's
    text may have done it on every save."""
    while data.startswith((b"\xff\xfe", b"\xfe\xff")):
        data = data[2:]
    return data


def decode_bytes(data: bytes, declared: str | None = None) -> Decoded:
    """Decode ``data``: BOM, then a declared encoding if the bytes bear it out, then strict
    UTF-8, then UTF-16/32 without BOM, then the best-scoring Cyrillic code page."""
    bom = bom_encoding(data)
    if bom:
        enc, n = bom
        text = decode_strict_or_replace(data[n:], enc)
        if enc.startswith("utf-16") and _utf8_not_utf16(data[n:], text):
            return Decoded(data[n:].decode("utf-8"), "utf-8", "utf-8-after-bom")
        if enc.startswith("utf-16") and _one_byte_not_utf16(data[n:], text):
            inner = decode_bytes(_without_utf16_boms(data), declared)  # one level: no BOM is left
            inner.stray_bom = True
            return inner
        return Decoded(text, enc, "bom")
    if data.isascii() and b"\x00" not in data:
        return Decoded(data.decode("ascii"), "ascii", "ascii")
    declared_codec = normalize_codec(declared) if declared else None
    if declared_codec and declared_codec.startswith(("utf-16", "utf-32")):
        wide = detect_wide_unicode(data)
        if wide:
            return Decoded(data.decode(wide), wide, "declared")
        declared_codec = None  # a page read as bytes cannot really be UTF-16 without NULs
    if b"\x00" in data[:8192] or _low_control_bytes(data[:8192]):
        # UTF-16/32 without BOM (Cyrillic UTF-16 is all bytes < 0x80: valid "UTF-8" controls)
        wide = detect_wide_unicode(data)
        if wide:
            return Decoded(data.decode(wide), wide, "utf-16" if "16" in wide else "utf-32")
    utf8_ok = is_utf8(data)
    if declared_codec:
        if declared_codec == "utf-8":
            if utf8_ok:
                return Decoded(data.decode("utf-8"), "utf-8", "declared")
        else:
            try:
                text = data.decode(declared_codec)
                ok = True
            except (UnicodeDecodeError, LookupError):
                ok = False
            if ok and not utf8_ok:
                # the declaration is believed unless another code page reads clearly better
                ranked = rank_single_byte(data, _with_first(declared_codec), priors=False)
                best_score, best = ranked[0]
                declared_score = dict((e, s) for s, e in ranked)[declared_codec]
                if best == declared_codec or declared_score >= best_score - 2.0:
                    return Decoded(text, declared_codec, "declared")
                return Decoded(decode_strict_or_replace(data, best), best, "detected")
    if utf8_ok:
        text = data.decode("utf-8")
        if _EUROPEAN_LETTER.search(text) or not _FAR_SCRIPT.search(text):
            return Decoded(text, "utf-8", "utf-8")
        return _code_page_over_far_script_utf8(data, text)
    mixed = _mixed_runs(data)
    if mixed is not None:
        return mixed
    damaged = _mostly_utf8(data)
    if damaged is not None:
        return Decoded(damaged, "utf-8", "utf-8-damaged")
    wide = detect_wide_unicode(data)
    if wide:
        return Decoded(data.decode(wide), wide, "utf-16" if "16" in wide else "utf-32")
    detected = _detected(data)
    return _other_code_page_lines(data, detected.encoding) or detected


# A short cp866 word can be valid UTF-8 by chance (р-я are lead bytes, а-п continuation bytes: «список»
# is U+1BE8 U+1BAA, Sundanese and Buginese): UTF-8 with no Latin-1 to Cyrillic letter and some
# character of a far script is read in a code page instead when that reads as Russian.
_EUROPEAN_LETTER = re.compile("[\u00c0-\u052f]")
_FAR_SCRIPT = re.compile("[\u0800-\u1fff\u2c00-\ufffd]")
# letter_quality a code-page reading then needs: one word of Russian reads 0.2-1.5 (a text starting
# lowercase is suspect), real Chinese, Georgian or Hindi read as cp866 well below nought
_FAR_SCRIPT_READS_AS_RUSSIAN = 0.2


def _code_page_over_far_script_utf8(data: bytes, text: str) -> Decoded:
    detected = _detected(data)
    if letter_quality(detected.text) < _FAR_SCRIPT_READS_AS_RUSSIAN:
        return Decoded(text, "utf-8", "utf-8")  # a real Chinese, Georgian... text
    return Decoded(detected.text, detected.encoding, "detected", detected.alternative or "utf-8")


# A UTF-8 Cyrillic letter: lead byte D0-D3 (U+0400-U+04FF), then a continuation byte
_UTF8_CYRILLIC = re.compile(rb"[\xd0-\xd3][\x80-\xbf]")
MIXED_MIN_LETTERS = 3  # UTF-8 Cyrillic letters a file needs to be read as UTF-8 and a code page


_NON_ASCII_RUN = re.compile(rb"[\x80-\xff]+")
_UTF8_CYRILLIC_WORD = re.compile(rb"(?<![\x80-\xff])(?:[\xd0-\xd3][\x80-\xbf]){2,}(?![\x80-\xff])")


def _mixed_runs(data: bytes) -> Decoded | None:
    """UTF-8 and a Cyrillic code page in one file (a note added later in a modern editor, a
    windows-1251 passage pasted into a UTF-8 text, files joined together): each run of non-ASCII
    bytes (a word, or words joined by non-ASCII signs) read as UTF-8 when it is valid UTF-8, else in
    the code page those runs read best in; the file's encoding is the one that holds more of its
    characters, and ``other_lines`` names the other one's lines. None when the file is not like that:
    fewer than MIXED_MIN_LETTERS UTF-8 Cyrillic letters, or runs that read as no code page (broken
    UTF-8). A word of code-page Russian is never valid UTF-8: its lowercase letters (E0-FF) are
    UTF-8 lead bytes that the next letters cannot continue."""
    if len(_UTF8_CYRILLIC.findall(data)) < MIXED_MIN_LETTERS or not _UTF8_CYRILLIC_WORD.search(data):
        return None  # cheap for a code-page file: a capital then Ё or « is a UTF-8 letter, two in a row are not
    runs = [(m.start(), m.end(), is_utf8(m.group())) for m in _NON_ASCII_RUN.finditer(data)]
    if sum(len(_UTF8_CYRILLIC.findall(data, a, b)) for a, b, utf8 in runs if utf8) < MIXED_MIN_LETTERS:
        return None
    rest = bytearray(data)  # the code-page runs in their context, the UTF-8 ones blanked out
    for a, b, utf8 in runs:
        if utf8:
            rest[a:b] = b" " * (b - a)
    rest = bytes(rest)
    page = detect_single_byte(rest)
    if letter_quality_bytes(rest, page) < _READS_WELL:
        return None
    parts, last, counts = [], 0, {"utf-8": 0, page: 0}
    for a, b, utf8 in runs:
        run = data[a:b].decode("utf-8" if utf8 else page)
        counts["utf-8" if utf8 else page] += len(run)
        parts += [data[last:a].decode("ascii"), run]
        last = b
    parts.append(data[last:].decode("ascii"))
    main = "utf-8" if counts["utf-8"] > counts[page] else page
    lines, line, counted = [], 1, 0
    for a, b, utf8 in runs:
        if utf8 != (main == "utf-8"):
            line, counted = line + data.count(b"\n", counted, a), a
            if not lines or lines[-1] != line:
                lines.append(line)
    other = page if main == "utf-8" else "utf-8"
    return Decoded("".join(parts), main, "mixed", other_lines={other: lines})


OTHER_PAGE_MIN_LETTERS = 8  # non-ASCII letters a line needs to be judged on its own
# A line garbled in the file's code page (below _GARBLED_LINE) is read in another one that reads it
# as well as this: measured on the samples and OCR copies, no line of a one-code-page file below
# 0.5 reads above 0.5 in another, and a cp866 or KOI8-R paragraph in a cp1251 file reads 1.6.
_GARBLED_LINE, _READS_WELL, _BETTER_BY = 0.5, 1.0, 1.0


@functools.lru_cache(maxsize=64)
def _line_tables(encoding: str) -> tuple[np.ndarray, np.ndarray] | None:
    """Per byte of ``encoding``: the score of its character if letter_quality weighs it (else 0),
    and whether it is weighed plus, in the high half, whether it is a capital: one sum per line
    gives both counts."""
    t = _byte_tables(encoding)
    if t is None:
        return None
    return t.score * t.weighed, t.weighed + (t.letters[:, 1] << 32)


def _suspect_lines(data: bytes, encoding: str) -> list[int]:
    """Indexes (in data.split(b"\n")) of the lines worth scoring on their own: enough letters, and
    rare ones on average (cp866 in cp1251: ¤Ё«) or mostly capitals (KOI8-R in cp1251: дПРПМОЕОЙЕ).
    Summed per line from the byte tables in one pass."""
    tables = _line_tables(encoding)
    if tables is None or not data:
        return []
    score_of, counts_of = tables
    b = np.frombuffer(data, np.uint8)
    starts = np.flatnonzero(b == 10) + 1
    starts = np.concatenate(([0], starts[starts < len(b)]))  # a line after the last newline only if it has bytes
    score = np.add.reduceat(score_of.take(b), starts)
    counts = np.add.reduceat(counts_of.take(b), starts)
    letters, upper = counts & 0xFFFFFFFF, counts >> 32
    suspect = (letters >= OTHER_PAGE_MIN_LETTERS) & ((score < _GARBLED_LINE * letters) | (2 * upper > letters))
    return np.flatnonzero(suspect).tolist()


def _other_code_page_lines(data: bytes, encoding: str) -> Decoded | None:
    """A code-page file with lines in another Cyrillic code page (a DOS-era paragraph in cp866 or
    KOI8-R appended to a windows-1251 report), each line read in its own; None when it is not
    like that. The rest's code page is detected again without those lines: they can mislead it
    (cp866 lines made a cp1251 file read as kz1048)."""
    lines = data.split(b"\n")
    other: dict[int, str] = {}
    for i in _suspect_lines(data, encoding):
        quality = letter_quality_bytes(lines[i], encoding)
        if quality is None or quality >= _GARBLED_LINE:
            continue
        best, enc = max((letter_quality_bytes(lines[i], enc), enc) for enc in SINGLE_BYTE_CANDIDATES
                        if enc != encoding)  # all one-byte code pages: never None
        if best >= max(_READS_WELL, quality + _BETTER_BY):
            other[i] = enc
    if not other:
        return None
    rest = b"\n".join(line for i, line in enumerate(lines) if i not in other)
    main = detect_single_byte(rest) if not rest.isascii() else encoding
    if letter_quality_bytes(rest, main) < GARBLED_QUALITY:
        return None  # the file is garbage, not a text with a few lines in another code page
    text = "\n".join(decode_strict_or_replace(line, other.get(i, main)) for i, line in enumerate(lines))
    by_page: dict[str, list[int]] = {}
    for i, enc in sorted(other.items()):
        by_page.setdefault(enc, []).append(i + 1)
    return Decoded(text, main, "code-pages", other_lines=by_page)


def _mostly_utf8(data: bytes) -> str | None:
    """UTF-8 with a few broken bytes (a flipped byte, a character cut at the end, a stray
    windows-1251 letter) decoded with U+FFFD in their place, rather than the whole file read
    as a code page and rejected as garbled. None when the bytes are not mostly UTF-8: a real
    code-page text breaks at nearly every letter."""
    text = data.decode("utf-8", errors="replace")
    broken = text.count("\ufffd")
    wide = len(text) - len(text.encode("ascii", "ignore")) - broken  # valid non-ASCII characters
    return text if broken and wide >= 10 * broken else None


def count_bytes(data: bytes, which: bytes) -> int:
    """How many bytes of `data` are among `which` (one C-level pass)."""
    return len(data) - len(data.translate(None, which))


_LOW_CONTROL_BYTES = bytes(b for b in range(32) if b < 9 or 13 < b)


def _low_control_bytes(sample: bytes) -> bool:
    return count_bytes(sample, _LOW_CONTROL_BYTES) > 0.1 * max(1, len(sample))


def _with_first(codec: str) -> tuple[str, ...]:
    return (codec,) + tuple(c for c in SINGLE_BYTE_CANDIDATES if c != codec)


_ALIASES = {
    "win-1251": "cp1251", "windows1251": "cp1251", "x-cp1251": "cp1251", "cp-1251": "cp1251",
    "koi8r": "koi8_r", "koi8": "koi8_r", "x-mac-cyrillic": "mac_cyrillic", "maccyrillic": "mac_cyrillic",
    "ibm866": "cp866", "dos-866": "cp866", "pt154": "ptcp154", "rk1048": "kz1048",
}


def normalize_codec(name: str | None) -> str | None:
    """Python's canonical codec name for a declared charset, or None if unknown. A name Python knows but that
    names no text encoding (its «undefined» codec, which fails on every byte; «base64», «rot13», «zlib»), or
    one with a control character (a NUL makes the lookup raise ValueError) is unknown too: the text is detected."""
    if not name or not name.isprintable():
        return None
    key = name.strip().strip("'\"").lower()
    key = _ALIASES.get(key, key)
    try:
        info = codecs.lookup(key)
    except (LookupError, ValueError):
        return None
    if info.name == "undefined" or not getattr(info, "_is_text_encoding", True):
        return None
    canon = info.name
    mapping = {"windows-1251": "cp1251", "koi8-r": "koi8_r", "koi8-u": "koi8_u", "mac-cyrillic": "mac_cyrillic",
               "iso8859-5": "iso8859_5", "utf-16": "utf-16", "iso8859-1": "cp1252",
               "latin-1": "cp1252", "ascii": "cp1252", "cp1252": "cp1252"}
    return mapping.get(canon, canon)
