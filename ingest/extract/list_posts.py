"""The posts in a list of people, which say who each one is, not what the document is about.

An award decree or order lists its recipients name, dash, post: «Дюсенбаев Канат Бейбитович –
медиатор кабинета общественного согласия;», «2) Ким Анна Петровна – учитель средней школы № 12;»,
«Сәрсенбаев Ерлан Қайратұлы – … хатшылығының меңгерушісі;». A decree whose recipients teach and mediate
is no document on education or mediation, so the topics leave those posts out. A row opens a line, or
follows a «;» or «:» (a text file's lines come joined into paragraphs); a row after a group's heading
(«Орденом «Достық» II степени Абдрахманова Серика Кайратовича — …;») is one when it ends with «;». Only a
list counts: two rows or more, each a post's length, one phrase (not a transcript's turn after «Карин Е.Т. –»).

    without_posts(text) -> str
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import chain

from ._text import UPPER

_UPPER = UPPER
_WORD = rf"[{_UPPER}][\w'’-]+"  # a name's word, in capitals too (АБДРАХМАНОВ Серик)
_INITIALS = rf"(?:[{_UPPER}]\.\s?){{1,3}}"
# two to five words of a name (initials among them), the dash, the post up to the row's end
_NAME_AND_POST = (rf"(?:(?:{_WORD}|{_INITIALS})[ \t]+){{1,4}}(?:{_WORD}|{_INITIALS})[ \t]*[–—-][ \t]+"
                  r"(?P<post>[^;\n]+)")
# a row opening a line or following «;» or «:», maybe numbered («1)», «2.») or bulleted
_ROW = re.compile(rf"(?:^|(?<=[;:]))[ \t]*(?:\d+[.)][ \t]*|[-–—•·*][ \t]+)?{_NAME_AND_POST}(?=;|$)", re.MULTILINE)
# a row after other words on its line (a group's heading run into it), closed by «;» as list rows are
_ROW_AFTER_WORDS = re.compile(rf"(?<=\s){_NAME_AND_POST}(?=;)")
_DASH_BEFORE_POST = re.compile(r"[–—-][ \t]")  # what every row holds between its name and its post
# how far before its «;»'s line such a row may start: its name's initials may break a line («А.\nБ. Иванов»)
_NAME_ACROSS_LINES = 200
MAX_POST_WORDS = 30  # a post with its body and place; a longer line after a name is someone's words
MIN_ROWS = 2  # one such line is a sentence's apposition, two a list
# a sentence ending inside: words of someone's, not a post («Карин Е.Т. – Спасибо. Начнём …»); a dot
# after one or two letters is an abbreviation's («г. Шымкента», «им. Абая»)
_SENTENCE_INSIDE = re.compile(rf"(?<=\w\w\w)[.…]\s+[{_UPPER}]|[!?]")


def _posts(text: str) -> list[tuple[int, int]]:
    """Where the posts of the text's list rows stand, in order, overlaps left out."""
    if not _DASH_BEFORE_POST.search(text):
        return []  # most texts: no row's dash, no row looked for
    spans = sorted({m.span("post") for m in chain(_ROW.finditer(text), _rows_after_words(text))
                    if len(m.group("post").split()) <= MAX_POST_WORDS and not _SENTENCE_INSIDE.search(m.group("post"))})
    kept: list[tuple[int, int]] = []
    for start, end in spans:
        if not kept or start >= kept[-1][1]:
            kept.append((start, end))
    return kept


def _rows_after_words(text: str) -> Iterator[re.Match[str]]:
    """What `_ROW_AFTER_WORDS.finditer(text)` finds, looked for on the line of each «;» only: a row's
    post runs to its «;» on the same line. Looked for anywhere, each name and dash in a paragraph
    with no «;» scanned the rest of it: a long paragraph full of dashes took seconds."""
    after = 0  # where the piece up to the next «;» starts
    for semicolon in (m.start() for m in re.finditer(";", text)):
        line = text.rfind("\n", after, semicolon) + 1 or after
        yield from _ROW_AFTER_WORDS.finditer(text, max(after, line - _NAME_ACROSS_LINES), semicolon + 1)
        after = semicolon + 1


def without_posts(text: str) -> str:
    """`text` with the posts of its list of people left out (the names stay), when it has such a
    list; else `text` as it is."""
    posts = _posts(text)
    if len(posts) < MIN_ROWS:
        return text
    parts, last = [], 0
    for start, end in posts:
        parts.append(text[last:start])
        last = end
    parts.append(text[last:])
    return "".join(parts)
