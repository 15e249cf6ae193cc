"""A figcaption or a pull-quote that repeats the page's own text word for word (a photo captioned with
the lead, «<blockquote class="pull-quote">» lifting a line of someone's quote): a copy that adds
nothing, and stood as a second paragraph, or an anonymous copy of the quote. Dropped from the tree
before its text is read; the text it repeats stays.

    drop_repeated_captions(root, also)
"""
from __future__ import annotations

import re

from bs4 import NavigableString, Tag

_COPIES = ("figcaption", "blockquote")
_PULL_QUOTE_WORDS = 60
_MIN_WORDS = 4  # «Ерлан Карин» under a portrait repeats a name, not a paragraph


def _words(text: str) -> str:
    """The text's words, lower case, one space between them: punctuation and quotes aside."""
    return " ".join(re.findall(r"\w+", text.casefold().replace("ё", "е")))


class _WordIndex:
    """Where each word of a text stands, so that a caption's copies are found from its rarest word: a
    gallery of thousands of captions would otherwise search the whole page's text once per caption."""

    def __init__(self, words: str):
        self.words = words.split()
        self.at: dict[str, list[int]] = {}
        for i, word in enumerate(self.words):
            self.at.setdefault(word, []).append(i)

    def copies(self, words: str) -> int:
        """How many times ``words`` stand in the text as whole words, copies not overlapping."""
        seq = words.split()
        if not seq:
            return 0
        k = min(range(len(seq)), key=lambda j: len(self.at.get(seq[j], ())))
        count, free = 0, 0  # free: the first word a next copy may start at
        for i in self.at.get(seq[k], ()):
            start = i - k
            if start >= free and self.words[start:start + len(seq)] == seq:
                count, free = count + 1, start + len(seq)
        return count


def _text(nodes: list) -> str:
    return " ".join(n.get_text(" ") if isinstance(n, Tag) else str(n) for n in nodes
                    if isinstance(n, (Tag, NavigableString)))


def drop_repeated_captions(root: Tag, also: list = ()) -> None:
    """Decompose each figcaption or short blockquote of ``root`` whose words stand elsewhere in
    ``root`` or in the nodes ``also`` (the text above it read with it) too; one of two copies stays."""
    # the text is read once and each caption's copies counted once: a gallery of a thousand images sharing
    # one alt text would otherwise reread the page per image; a dropped copy is taken off its count instead
    whole = None
    copies: dict[str, int] = {}
    for tag in root.find_all(_COPIES):
        if tag.find(_COPIES) is not None:
            continue
        own = _words(tag.get_text(" "))
        words = len(own.split())
        # a long blockquote is a quoted letter or document (a mail's earlier message), not a lifted line
        if words < _MIN_WORDS or (tag.name == "blockquote" and words > _PULL_QUOTE_WORDS):
            continue
        if whole is None:
            whole = _WordIndex(_words(_text([root, *also])))
        if own not in copies:
            copies[own] = whole.copies(own)
        if copies[own] >= 2:
            tag.decompose()
            copies[own] -= 1
