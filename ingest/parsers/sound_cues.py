"""Sound cues in square brackets, as subtitles and speech-to-text exports write them («[АПЛОДИСМЕНТЫ]»,
«[ҚОЛ ШАПАЛАҚТАУ]», «[Музыка]»), written the way stenograms write a stage direction: «(Аплодисменты)».
Extraction knows the parenthesised form: nobody's words, no turn's end, left out of a quote
(ingest.extract.speakers, index.quote_speech); in brackets, a cue was glued into a speaker's turn and quoted."""
from __future__ import annotations

import re

# letters, spaces and a few joiners only: «[1]», «[см. прил. 2]», «[Текст]» with a digit or a stop are no cue
_CUE = r"\[([^\W\d_](?:[^\W\d_]|[ \-,])*)\]"
_CUE_IN_TEXT = re.compile(_CUE)
_CUE_LINE = re.compile(rf"\s*{_CUE}\s*")
MAX_CUE_CHARS = 40  # «[ГОВОРИТ НА КАЗАХСКОМ ЯЗЫКЕ]»; longer bracketed text is an editor's insertion


def _parenthesised(m: re.Match) -> str:
    words = m.group(1).strip()
    if len(words) > MAX_CUE_CHARS:
        return m.group(0)
    if words.isupper():  # captions' capitals, as a stenogram writes the direction: «(Аплодисменты)»
        words = words[0] + words[1:].lower()
    return f"({words})"


def sound_cue_line(line: str) -> str | None:
    """``line`` as a stage direction when it is only a bracketed sound cue; None otherwise."""
    m = _CUE_LINE.fullmatch(line)
    if m is None or len(m.group(1).strip()) > MAX_CUE_CHARS:
        return None
    return _parenthesised(m)


def with_stage_directions(text: str) -> str:
    """``text`` with every bracketed sound cue in it parenthesised (a subtitle's brackets are cues)."""
    return _CUE_IN_TEXT.sub(_parenthesised, text) if "[" in text else text
