"""The sentences of a paragraph written in the other of the archive's two Cyrillic languages: the
Kazakh sentence closing a Russian speaker's turn in a stenogram («Бірлік пен келісім – біздің басты
байлығымыз…»), a Russian one in Kazakh news. A page marks them with their own `lang`, so a screen
reader reads ә, ң, ғ, ұ with the Kazakh voice, not the Russian one, where the paragraph as a whole
keeps its language.

The rule is the one a passage's own language is told by at ingest, applied to one sentence: enough
lowercase words (names, capitalised, tell nothing), and for Kazakh half of them with a Kazakh letter
or a Kazakh function word and no Russian function word; for Russian a Russian function word and no
Kazakh letter or word.

    other_language_sentences(text, language) -> [(start, end, lang), ...]
"""
from __future__ import annotations

import re

from index.highlight import PARAGRAPH_MARK
from index.morphology import KAZAKH_LETTERS
from index.sentences import sentence_breaks

MIN_WORDS = 3  # lowercase words a sentence needs to tell its language («Рақмет, отырыңыз.» tells none)
KAZAKH_SHARE = 0.5  # of its lowercase words, with a Kazakh letter or a Kazakh function word
_LOWER_CYRILLIC = re.compile(r"[а-яёәғқңөұүһі]+(?:-[а-яёәғқңөұүһі]+)*")
_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
# Russian function words no Kazakh text uses (not «он», ten; «не», what; «да», and)
_RUSSIAN_WORDS = frozenset("""и в во на что с со по для к из за это как но до при также который которая которые
    был была были было будет его их она они мы вы я""".split())
# Kazakh words without a Kazakh letter that no Russian text uses in lowercase
_PARAGRAPH_BREAK = re.compile(re.escape(PARAGRAPH_MARK.strip()))
_EDGE = " \t\n\r\u00a0" + PARAGRAPH_MARK.strip()  # what a sentence's span leaves out at its ends
_KAZAKH_WORDS = frozenset("деді айтты деп бар жоқ болып туралы бойынша мен бен пен".split())


def sentence_language(sentence: str) -> str | None:
    """'kk' or 'ru' for a sentence clearly in one of them, else None (too short, mixed, neither)."""
    words = [w for w in _WORD.findall(sentence) if _LOWER_CYRILLIC.fullmatch(w)]
    if len(words) < MIN_WORDS:
        return None
    russian = sum(1 for w in words if w in _RUSSIAN_WORDS)
    kazakh = sum(1 for w in words if w in _KAZAKH_WORDS or not KAZAKH_LETTERS.isdisjoint(w))
    if not russian and kazakh >= KAZAKH_SHARE * len(words):
        return "kk"
    return "ru" if russian and not kazakh else None


def other_language_sentences(text: str, language: str) -> list[tuple[int, int, str]]:
    """(start, end, lang) of each sentence of `text` (a paragraph, or a snippet of one) clearly in
    Kazakh where `language`, the text's own, is Russian, or in Russian where it is Kazakh."""
    if language not in ("ru", "kk") or (language == "ru" and KAZAKH_LETTERS.isdisjoint(text.lower())):
        return []  # most paragraphs of a Russian document: nothing to look at
    # a snippet's ¶ (index.highlight.PARAGRAPH_MARK) ends a paragraph, and its sentence with it
    starts = sorted({0, *(at for _, at in sentence_breaks(text)), *(m.end() for m in _PARAGRAPH_BREAK.finditer(text)),
                     len(text)})
    found: list[tuple[int, int, str]] = []
    for start, end in zip(starts, starts[1:]):
        sentence = text[start:end]
        own = sentence_language(sentence)
        if own and own != language:
            first = start + len(sentence) - len(sentence.lstrip(_EDGE))
            found.append((first, start + len(sentence.rstrip(_EDGE)), own))
    return found
