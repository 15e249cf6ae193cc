"""Letters an OCR engine writes as other characters inside Cyrillic words, read back as the
letters they stand for: a Latin ë for ё («объединëнный»), a digit that looks like a letter
(«Ka3axcтaн», «c0глacиe», «Pecпy6лики»), and an italic т, и, п or г read as the Latin m, u, n or r
it looks like («Казахсmан», «нацuональных», «nреподавания», «реruона»). Each is one character for
one, so offsets stay valid.

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

# Italic Cyrillic letters and the Latin ones Tesseract and FineReader take them for: т m, и u, п n, г r.
# Small letters only: the capitals do not look alike.
_ITALIC_LETTERS = str.maketrans("munr", "типг")
# Cheap first test: one of those Latin letters beside a Cyrillic one, or one Latin letter away from one
# («cmyдeнты»); it starts with the letter, so the regex skips a Russian text at C speed.
_MAYBE_ITALIC = re.compile(r"[munr](?:(?<=[\u0400-\u04ff][munr])|(?<=[\u0400-\u04ff][A-Za-z][munr])"
                           r"|(?=[A-Za-z]?[\u0400-\u04ff]))")


def fix_ocr_letters(text: str) -> str:
    """`text` with ë/Ë inside Cyrillic words as ё/Ё and the digits 3, 0, 6, 4 between the Cyrillic
    letters of a word as з, о, б, ч (a 3, 0, 6 opening or ending one too, where the dictionary says so),
    in a word whose digits all read so; and italic т, и, п, г read as Latin m, u, n, r (_italic_read)."""
    if _MAYBE.search(text):
        text = _WORD.sub(lambda m: _fix_word(m.group()), text)
    if _MAYBE_ITALIC.search(text):
        text = _WORD.sub(lambda m: _italic_read(m.group()), text)
    return text


@lru_cache(maxsize=20000)
def _italic_read(word: str) -> str:
    """`word` with its Latin m, u, n, r read as the italic т, и, п, г they stand for, when it has a
    Cyrillic letter of its own, its other Latin letters are all look-alikes, and the word so read is
    a dictionary word (a name the dictionary does not know keeps its letters). Its straight
    look-alikes stay, as everywhere in the text (index.tokenize.cyrillic_twins reads them)."""
    if not _MAYBE_ITALIC.search(word) or not _CYRILLIC.search(word):
        return word
    italic = word.translate(_ITALIC_LETTERS)
    cyrillic = cyrillic_twins(italic)
    if _OTHER_THAN_CYRILLIC.search(cyrillic):
        return word  # a Latin letter with no Cyrillic twin is left: really mixed
    from .normalize import dictionary_knows  # the dictionary lives with the hyphenation rules

    return italic if dictionary_knows(cyrillic.lower().replace("ё", "е")) else word


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
