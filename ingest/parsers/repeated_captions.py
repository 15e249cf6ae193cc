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


def _copies(words: str, whole: str) -> int:
    """How many times ``words`` stand in ``whole`` as whole words (a caption right after the lead it
    repeats shares no space with it)."""
    return len(re.findall(rf"(?<!\S){re.escape(words)}(?!\S)", whole))


def _text(nodes: list) -> str:
    return " ".join(n.get_text(" ") if isinstance(n, Tag) else str(n) for n in nodes
                    if isinstance(n, (Tag, NavigableString)))


def drop_repeated_captions(root: Tag, also: list = ()) -> None:
    """Decompose each figcaption or short blockquote of ``root`` whose words stand elsewhere in
    ``root`` or in the nodes ``also`` (the text above it read with it) too; one of two copies stays."""
    whole = None
    for tag in root.find_all(_COPIES):
        if tag.find(_COPIES) is not None:
            continue
        own = _words(tag.get_text(" "))
        words = len(own.split())
        # a long blockquote is a quoted letter or document (a mail's earlier message), not a lifted line
        if words < _MIN_WORDS or (tag.name == "blockquote" and words > _PULL_QUOTE_WORDS):
            continue
        whole = whole or _words(_text([root, *also]))
        if _copies(own, whole) >= 2:
            tag.decompose()
            whole = None
