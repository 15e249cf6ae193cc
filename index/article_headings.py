"""A legal text's heading of an article, chapter or paragraph standing alone: «Статья 4. Цели
Ассамблеи», «4-бап. Ассамблеяның мақсаттары», «§ 1. Общие положения», «Глава 2».

Ingest joins such a heading to the passage under it (ingest.passages.headings_joined), and the
index reads that line break as no stanza's (index.verse_quotes): one rule for both.
"""
from __future__ import annotations

import re

# a heading with nothing under it in its paragraph: its number, then maybe its name (no sentence)
_ARTICLE_HEADING = re.compile(
    r"(?:(?:статья|глава|раздел|article|chapter|section|бап|тарау|бөлім)\s+\d+[\d.-]*"
    r"|\d+[\d.]*[-‐–]?(?:бап|тарау|бөлім)|§\s*\d+[\d.]*)\.?"
    r"(?:\s+[^\n.;:!?]{0,150}[^\s.;:,!?])?",  # its name, no sentence
    re.IGNORECASE)


def is_article_heading(text: str) -> bool:
    """The text is only an article's (chapter's, §'s) heading, no sentence of its text."""
    return _ARTICLE_HEADING.fullmatch(text.strip()) is not None
