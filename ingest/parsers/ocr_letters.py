"""Letters an OCR engine writes as other characters inside Cyrillic words, read back as the
letters they stand for: a Latin ë for ё («объединëнный»), and a digit that looks like a letter
(«Ka3axcтaн», «c0глacиe», «Pecпy6лики»). Each is one character for one, so offsets stay valid.

Latin look-alikes (a Latin «a» in a Cyrillic word) are left in the text: the analyzer reads them
(index.tokenize.cyrillic_twins), and so does person extraction; this module only needs them to
see that a word is Cyrillic."""
from __future__ import annotations

import re
from functools import lru_cache

from index.tokenize import cyrillic_twins

# a digit and the Cyrillic letter a typewriter font or an OCR engine makes of it
_DIGIT_LETTERS = {"3": "з", "0": "о", "6": "б", "4": "ч"}
# Cheap first test: most texts hold digits (dates), few beside letters. Each branch is tested after the
# character it starts with, which lets the regex skip the rest of the text at C speed: a ë, a digit
# after a letter and before one, a digit before three letters, a digit after three.
_MAYBE = re.compile(r"[ëË0346](?:(?<=[ëË])|(?<=[^\W\d_][0346])(?=[^\W\d_])"
                    r"|(?<![\w-].)(?<=[036])(?=[^\W\d_]{3})|(?<=[^\W\d_]{3}[036])(?![\w-]))")
_WORD = re.compile(r"[^\W_]+")
_OTHER_THAN_CYRILLIC = re.compile(r"[^\W\d_\u0400-\u04ff]")
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
# one digit between two Cyrillic letters: never a number, a date or a code («70-IV», «Ф-3», «COVID-19»
# keep theirs: their digits stand beside a hyphen or at a word's end); two or more are a number in a
# made-up word («Страница000маркер»), not letters
_DIGITS_INSIDE = re.compile(r"(?<=[\u0400-\u04ff])[0346](?=[\u0400-\u04ff])")
# a digit opening or ending a word of lowercase Cyrillic letters («3аседание», «письм0»): read as a
# letter only when the dictionary knows the word so made (and, before a word, not the rest alone);
# «3а» (a school class), «3млн», «6км», «3года» stay
_DIGIT_AT_EDGE = re.compile(r"[036](?=[а-яё]{3,}$)|(?<=^[а-яё]{3})[а-яё]*[036]$")


# A word in capitals takes one digit as a letter only when this long: «С0ВЕТ» is СОВЕТ
MIN_CAPITALS_WORD = 5


def fix_ocr_letters(text: str) -> str:
    """`text` with ë/Ë inside Cyrillic words as ё/Ё and the digits 3, 0, 6, 4 between the Cyrillic
    letters of a word as з, о, б, ч (a 3, 0, 6 opening or ending one too, where the dictionary says so),
    in a word whose digits all read so."""
    if not _MAYBE.search(text):
        return text
    return _WORD.sub(lambda m: _fix_word(m.group()), text)


@lru_cache(maxsize=20000)
def _fix_word(word: str) -> str:
    if not _MAYBE.search(word):
        return word
    with_yo = word.replace("ë", "ё").replace("Ë", "Ё")
    cyrillic = cyrillic_twins(with_yo)  # Latin look-alikes as Cyrillic: is the word Cyrillic?
    if _OTHER_THAN_CYRILLIC.search(cyrillic) or not _CYRILLIC.search(cyrillic):
        return word  # a Latin word (Citroën, COVID19) or really mixed: not ours to change
    chars = list(with_yo)
    _letters_inside(cyrillic, chars)
    _letter_at_edge(cyrillic_twins("".join(chars)), chars)
    if any(ch.isdigit() for ch in chars):
        # a digit no rule reads as a letter makes the word a number or a code, its other digits
        # too: a size «3х6м», «2х3см», a formula typed in Cyrillic «С6Н12О6», «Н3РО4»
        return with_yo
    return "".join(chars)


def _letters_inside(cyrillic: str, chars: list[str]) -> None:
    """The digits alone between Cyrillic letters of the word (`cyrillic`: its look-alikes read) as letters in `chars`."""
    for m in _DIGITS_INSIDE.finditer(cyrillic):
        before, after = cyrillic[m.start() - 1], cyrillic[m.end()]
        if after.isupper() and not before.isupper():
            continue  # no word has a capital after a small letter: a code, «Су30СМ»
        upper = after.isupper()
        if upper and len(cyrillic) < MIN_CAPITALS_WORD:
            continue  # a code in capitals: «ТУ3М»
        letter = _DIGIT_LETTERS[m.group()]
        chars[m.start()] = letter.upper() if upper else letter


def _letter_at_edge(cyrillic: str, chars: list[str]) -> None:
    """A digit opening or ending the word (`cyrillic`: its look-alikes read, its inner digits letters)
    as a letter in `chars`, where the dictionary says so (_DIGIT_AT_EDGE)."""
    edge = _DIGIT_AT_EDGE.search(cyrillic)
    if edge:
        at = 0 if edge.start() == 0 else len(cyrillic) - 1
        if _known_only_with_letter(cyrillic.lower(), at):
            chars[at] = _DIGIT_LETTERS[cyrillic[at]]


def _known_only_with_letter(word: str, at: int) -> bool:
    """`word` (its first or last character, at `at`, a digit) read with the digit as its letter is a
    dictionary word, and, for a first digit, the rest of it alone is not."""
    from .normalize import dictionary_knows  # the dictionary lives with the hyphenation rules

    fixed = word[:at] + _DIGIT_LETTERS[word[at]] + word[at + 1:]
    if not dictionary_knows(fixed.replace("ё", "е")):
        return False
    # a number before a word («3года», «6лет») is no letter; a word runs on into a digit only in OCR
    # («единств0»: the rest is a word too, a plural genitive)
    return at > 0 or not dictionary_knows(word[1:])
