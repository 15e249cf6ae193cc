"""Lists of names written surname first with initials, as minutes list who attended or spoke:
«Қатысқандар: Югай С.П., Ким Р.А., Шин Д.Г.», «Шмидт А.Ф. және Когай Н.Н.».

Two such names side by side say what each is, so a surname that no ending marks (Югай, Шмидт, Лигай)
is a surname there as surely as Ахметов is.

    listed_surnames(text) -> frozenset[int]   (the offsets where the listed surnames start)
"""
from __future__ import annotations

import re

from ._text import UPPER

# «Югай С.П.», «Тер-Петросян А.Б.»: a capitalised word, then two initials no word follows (not a post
# before a name written initials first, «Төраға А.Б. Ахметов»)
_NAME = re.compile(rf"(?<![\w.-])[{UPPER}][^\W\d_]+(?:-[{UPPER}][^\W\d_]+)?[ \t]+[{UPPER}]\.[ \t]?[{UPPER}]\."
                   rf"(?![ \t]*[{UPPER}][^\W\d_])")
# what joins a list's names: a comma, a semicolon, «и», Kazakh «және», «мен»
_JOINED = re.compile(r"\s*[,;]\s*|\s+(?:и|және|мен)\s+")


def listed_surnames(text: str) -> frozenset[int]:
    """The starts of the surnames in every list of two or more names written «Surname I.O.», joined
    in a line or one a line (each maybe with a post: «Югай С.П. – Кеңес мүшесі» / «Шин Д.Г. – …»)."""
    names = list(_NAME.finditer(text))
    listed: set[int] = set()
    for before, after in zip(names, names[1:]):
        if _JOINED.fullmatch(text, before.end(), after.start()) or _next_lines(text, before, after):
            listed.update((before.start(), after.start()))
    return frozenset(listed)


def _next_lines(text: str, before: re.Match, after: re.Match) -> bool:
    """Whether the names open a line each, the one right under the other (or the next paragraph: the
    text's lines may be its paragraphs, a blank line apart)."""
    return (_opens_line(text, before.start()) and _opens_line(text, after.start())
            and text.count("\n", before.end(), after.start()) <= 2)


def _opens_line(text: str, at: int) -> bool:
    return not text[text.rfind("\n", 0, at) + 1:at].strip()
