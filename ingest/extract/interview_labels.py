"""An interview's question and answer labels: «Вопрос:», «Корр.:», «Корреспондент:», «Q:» open the
interviewer's turn, «Ответ:», «A:» the interviewee's (Kazakh Сұрақ, Тілші; Жауап).

    question_label(para) -> bool
    answer_label(para) -> bool
"""
from __future__ import annotations

import re

from index.interview_labels import ABBREVIATED_WORDS, ANSWER_WORDS, QUESTION_WORDS

from .kazakh_spelling import cyrillic_spellings

# each as typed on a Russian keyboard too: «Сурак», «Тилші»
QUESTION_ROLES = frozenset().union(*(cyrillic_spellings(w) for w in QUESTION_WORDS))
ANSWER_ROLES = frozenset().union(*(cyrillic_spellings(w) for w in ANSWER_WORDS))
ABBREVIATED_ROLES = frozenset(ABBREVIATED_WORDS)

# a paragraph opening with a role's label (after a dialogue dash, if any): «Корр.: Кто помогает…?», «Ответ: …»
_ROLE_LABEL = re.compile(r"[ \t]*(?:[–—-][ \t]*)?(?P<role>[^\W\d_]+)(?P<stop>\.?)[ \t]*:", re.IGNORECASE)


def question_label(para: str) -> bool:
    """The paragraph opens with an interviewer's label: «Вопрос:», «Корр.:», «Тілші:», «Q:»."""
    return _opens_with(para, QUESTION_ROLES)


def answer_label(para: str) -> bool:
    """The paragraph opens with the interviewee's label: «Ответ:», «Жауап:», «A:»."""
    return _opens_with(para, ANSWER_ROLES)


def _opens_with(para: str, roles: frozenset[str]) -> bool:
    m = _ROLE_LABEL.match(para)
    return m is not None and is_role(m["role"], bool(m["stop"]), roles)


def is_role(word: str, stopped: bool, roles: frozenset[str]) -> bool:
    """`word` is one of `roles`, with the full stop before its colon only where a newspaper shortens it."""
    word = word.lower()
    return word in roles and (not stopped or word in ABBREVIATED_ROLES)
