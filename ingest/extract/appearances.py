"""A paragraph that only reports that someone spoke: a photo's caption «Касым-Жомарт Токаев выступает на
XXVIII сессии АНК. Фото Айдоса Ерболова», a headline «Глава государства выступил на XXVIII сессии …». He is
a speaker of the document, but the paragraph holds none of his words, not even in paraphrase: no quote of his."""
from __future__ import annotations

import re

from .credit_lines import opens_credit

# «выступил», «выступает на сессии»: the verb says he spoke, and nothing of what
_APPEARS = re.compile(r"выступ(?:ил|ила|ило|или|ает|ают|ал|ала|али)", re.IGNORECASE)
# what he said, reported: a quote, a colon before it, «что …», «о том, как …», «с докладом»
_CONTENT = re.compile(r"[«»\"“”„:]|(?<!\w)(?:что|чтобы|о\s+том|как|со?\s+\w+)(?!\w)", re.IGNORECASE)
# where he spoke: «на сессии», «в Доме дружбы»; with none, «Выступила Цой Л.В.» opens her speech below it
_EVENT = re.compile(r"(?<!\w)(?:на|в|во)\s+\w", re.IGNORECASE)
# a stop ends a sentence, but an initial's («К.К. Токаев выступил …»)
_SENTENCE_END = re.compile(r"(?<=[.!?…])(?<!(?<!\w)\w\.)\s+")
# a caption or a headline is short; a longer paragraph goes on to report more
MAX_CHARS = 300


def appearance_only(paragraph: str, cues: list[str]) -> bool:
    """The paragraph's speech cues (`cues`, their verbs) all say only that someone spoke and where, in
    one sentence that reports nothing he said, but for credit lines after it (credit_lines)."""
    if not cues or len(paragraph) > MAX_CHARS or not all(_APPEARS.fullmatch(c) for c in cues):
        return False
    sentences = [s for s in _SENTENCE_END.split(paragraph.strip()) if s and not opens_credit(s)]
    return len(sentences) == 1 and _EVENT.search(sentences[0]) is not None and not _CONTENT.search(sentences[0])
