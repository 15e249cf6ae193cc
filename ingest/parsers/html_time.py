"""Where an unmarked HTML5 <time datetime> stands: in a reader comment, or in a sentence of the text,
which may announce a day ahead («Форум пройдет <time>20 декабря</time>»): neither is the page's
publication day (ingest.extract.dates weighs the sentence)."""
from __future__ import annotations

import re

from bs4 import Tag

from index.sentences import sentence_around

from .normalize import normalize_inline

# a word of a class or id naming a reader comment or its thread (comment-list, entry-comments, replies)
_COMMENT_WORD = re.compile(r"(?<![^\s_\d-])(comments?|replies|reply)(?![^\s_\d-])", re.IGNORECASE)
# the tags a <time>'s sentence is looked for in: the paragraph holding it
_PARAGRAPHS = ("p", "li", "dd", "dt", "td", "blockquote", "h1", "h2", "h3", "h4", "h5", "h6", "div", "section",
               "article")


def in_comment_block(tag: Tag) -> bool:
    """Whether `tag` stands in a reader comment: an ancestor's class or id says so."""
    return any(_COMMENT_WORD.search(" ".join([p.get("id") or "", *_classes(p)])) for p in tag.parents
               if isinstance(p, Tag))


def _classes(tag: Tag) -> list[str]:
    cls = tag.get("class") or []
    return cls if isinstance(cls, list) else [cls]


def time_sentence(tag: Tag) -> str:
    """The sentence of the page's text that holds the <time> `tag`, read as the text shows it."""
    block = tag.find_parent(_PARAGRAPHS) or tag.parent
    text = normalize_inline(block.get_text())
    shown = normalize_inline(tag.get_text())
    at = text.find(shown) if shown else -1
    if at < 0:
        return text
    start, end = sentence_around(text, at)
    return text[start:end]
