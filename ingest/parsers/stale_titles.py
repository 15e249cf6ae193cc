"""A word processor's Title property that the document no longer shows. Word and LibreOffice keep the
Title of the file a document was saved from: this year's report made by Save As from last year's keeps
«Отчет о деятельности Ассамблеи за 2015 год» over its heading «… за 2019 год», and a template's
«Информация о мероприятии» stays over «Информация о проведении круглого стола …». The heading on the
page then names the document; a Title that holds the heading's words and says more («Решение Совета
матерей» over «Решение Совета») is the author's fuller name of it and stands, and so does one that
shares no word with the heading: that heading is no other version of its name."""
from __future__ import annotations

import re

_WORD = re.compile(r"\d+|[^\W\d_]+")
MIN_LETTERS = 3  # «о», «за», «в», «№»: too short to tell one title from another
# An ending may differ between the Title and the text («Ассамблеи» / «Ассамблея», «Ассамблеясы» /
# «Ассамблеясының»): words agree when they share all but this many letters of the shorter, at least MIN_STEM
ENDING_LETTERS = 2
MIN_STEM = 4


def _words(text: str) -> list[str]:
    return [w for w in _WORD.findall(text.casefold().replace("ё", "е")) if w.isdigit() or len(w) >= MIN_LETTERS]


def _same_word(a: str, b: str) -> bool:
    if a.isdigit() or b.isdigit():
        return a == b  # a year or a number differs by any figure: «2015» is no «2019»
    shorter = min(len(a), len(b))
    needed = min(shorter, max(MIN_STEM, shorter - ENDING_LETTERS))
    return a[:needed] == b[:needed]


def _has(words: list[str], word: str) -> bool:
    return any(_same_word(word, w) for w in words)


def is_stale_title(title: str, heading: str, opening: list[str]) -> bool:
    """Whether the file's ``title`` is not the document's: a word of it is nowhere in the text's
    ``opening`` paragraphs, the ``heading`` (the Title or heading style's paragraph naming the
    document) shares a word with it, and the missing word is a figure (another year, another number)
    or the heading has words the title lacks."""
    shown = _words(" ".join(opening))
    named = _words(title)
    missing = [w for w in named if not _has(shown, w)]
    headed = [w for w in _words(heading) if not w.isdigit()]
    if not missing or not any(_has(named, w) for w in headed):
        return False  # «Справка о мониторинге …» over «Введение»: not a name of the same document
    return any(w.isdigit() for w in missing) or any(not _has(named, w) for w in headed)
