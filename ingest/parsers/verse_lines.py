"""Verse: lines a poem breaks on purpose. A stanza stays one paragraph with its line breaks
(a «\\n» inside the paragraph's text), where prose lines are joined into a paragraph and the
lines of a list or a heading stand apart."""
from __future__ import annotations

import re

from .list_lines import CAPITALS, starts_list_item
from .turn_lines import opens_with_label

# A verse line is short; a wrapped line of prose may be too, so the width alone decides nothing.
MAX_VERSE_LINE = 80
# words on each line of a stanza of two lines: fewer, and the two lines are a heading's or a signature's
COUPLET_WORDS = 3
# what a line opens with before its first letter: quotes, a dash, a bracket, an ellipsis
_LEAD = re.compile(r"[\s«\"„“'(\[—–…-]*")
_LOWERCASE_WORD = re.compile(r"(?<![^\W\d_])[a-zа-яёәғқңөұүһі]{2,}(?![^\W\d_])")
_SENTENCE_END = re.compile(r"[.!?…][»\"”)]*$")
# a name's initials (А.Т. Сапаров): a list of people or a transcript's label, no verse
_INITIALS = re.compile(r"(?<![^\W\d_])[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ]\.\s?[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ]\.")
# the poet's name under an epigraph: one to three capitalised words, no sentence, maybe after a dash
_SIGNATURE = re.compile(r"(?:[—–-]\s*)?[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][^\W\d_]*\.?(?:\s+[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][^\W\d_]*\.?){0,2}")
# A couplet's first line ends with a comma, a semicolon, a colon or a dash: two lines of prose wrapped
# before a capital («…выступаю перед вами не как» / «Президент, а как Председатель…») end with a word
_COUPLET_BREAK = re.compile(r"[,;:–—-][»\"”)]*$")
# a year or a longer number: a dateline's («Астана, 15 декабря 2024 г.»), a table's, never verse's
_LONG_NUMBER = re.compile(r"\d{4}|\d$")  # ... or a number ending the line: a contents' page
# a gap between cells (a tab, a run of spaces inside the line): a table row
_CELL_GAP = re.compile(r"\S(?:\t| {3,})\S")
# a sentence opening inside a line, after a word of four letters or more, «Алма-Ате» too (not an initial,
# «г.» or «Mr.»): «…Казахстана. Ансамбли исполнили …»
OPENS_SENTENCE = re.compile(rf"(?:[^\W\d_]|-){{3}}[^\W\d_][.!?…][»\"”)]*\s+[«\"„(]?[{CAPITALS}]")


def is_stanza(lines: list[str], column: int | None = None) -> bool:
    """Whether the lines (one block, no blank line among them) are a stanza: two lines or more,
    each short, opening with a capital and holding a lowercase word, and a third of the line breaks
    or more inside a sentence, where prose would go on in lowercase; a couplet's lines have
    COUPLET_WORDS words or more, its first ending with a comma or the like; fewer than half its line breaks
    cut a sentence that opened inside the line (wrapped prose: OPENS_SENTENCE). A poet's name may close
    it (an epigraph's signature). A heading's lines («Абай Кунанбаев» / «Перевод с казахского»), a
    list of names, a dateline, a table's rows, a contents' entries, a list's items and a
    transcript's turns are no stanza. `column`: the characters a line of the document's prose holds
    (a PDF's column); lines each filled to it, the next word not fitting, are prose wrapped there."""
    lines = [ln.strip() for ln in lines]
    if len(lines) >= 3 and _SIGNATURE.fullmatch(lines[-1]):
        lines = lines[:-1]
    if len(lines) < 2 or any(not _is_verse_line(ln) for ln in lines) or _wrapped(lines, column):
        return False
    if len(lines) == 2 and (any(len(ln.split()) < COUPLET_WORDS for ln in lines)
                            or not _COUPLET_BREAK.search(lines[0])):
        return False  # a name over its office, a wrapped sentence that goes on with a name
    if any(starts_list_item(line, before) for before, line in zip(lines, lines[1:])):
        return False
    inside = sum(1 for before in lines[:-1] if not _SENTENCE_END.search(before))
    # prose wrapped at a width cuts a sentence it opened on the same line («…Казахстана. Ансамбли исполнили
    # песни …, а участники» / «„Мәңгілік Ел“ …»); a verse line ends where its sentence pauses
    cut = sum(map(cuts_sentence, lines[:-1]))
    return inside >= 1 and 3 * inside >= len(lines) - 1 and 2 * cut < len(lines) - 1


# the narrowest column whose wrapped lines tell prose from verse: a poem's lines fill a narrower one
MIN_PROSE_COLUMN = 50
WRAP_SLACK = 0.9


def _wrapped(lines: list[str], column: int | None) -> bool:
    """Every line but the last filled the column: the next line's first word would not have fitted
    (a book's prose whose lines happen to open with capitals: «…доставили продукты в села» /
    «Жамбылской области.»)."""
    if not column or column < MIN_PROSE_COLUMN:
        return False
    # a proportional font fits more narrow letters on a line, fewer wide ones: a tenth's slack
    return all(len(line) + 1 + len(after.split()[0]) > column * WRAP_SLACK for line, after in zip(lines, lines[1:]))


def prose_column(lines: list[str]) -> int | None:
    """The characters a line of a document's prose holds: the length its longer lines reach (the
    ninth decile), None for a document of too few lines to tell."""
    lengths = sorted(len(" ".join(ln.split())) for ln in lines if ln.strip())
    if len(lengths) < 20:
        return None
    return lengths[len(lengths) * 9 // 10]


def verse_end(lines: list[str]) -> int:
    """How many of a stanza's lines (as in the text, indents kept) are verse: all but a poet's name
    closing it (an epigraph's signature) that stands further right than the verse, follows a dash
    or has two words or three; a last line of one word flush with the verse may be the poem's own."""
    last = lines[-1]
    if len(lines) < 3 or not _SIGNATURE.fullmatch(last.strip()):
        return len(lines)
    indent = len(last) - len(last.lstrip())
    further_right = all(indent > len(ln) - len(ln.lstrip()) for ln in lines[:-1])
    if further_right or last.strip()[:1] in "—–-" or len(last.split()) >= 2:
        return len(lines) - 1
    return len(lines)


def cuts_sentence(line: str) -> bool:
    """`line` opens a sentence inside it (OPENS_SENTENCE) and ends none: prose wrapped at a width."""
    line = line.rstrip()
    return not _SENTENCE_END.search(line) and OPENS_SENTENCE.search(line) is not None


def _is_verse_line(line: str) -> bool:
    if (not line or len(line) > MAX_VERSE_LINE or _CELL_GAP.search(line) or _INITIALS.search(line)
            or _LONG_NUMBER.search(line)):
        return False
    first = line[_LEAD.match(line).end():][:1]
    return (first.isalpha() and first.isupper() and _LOWERCASE_WORD.search(line) is not None
            and not opens_with_label(line))


def stanza_text(lines: list[str]) -> str:
    """A stanza's lines as one paragraph's text: each line's spaces made one, line breaks kept."""
    return "\n".join(" ".join(ln.split()) for ln in lines if ln.strip())
