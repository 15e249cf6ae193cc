"""A speech recognizer's diarization label: «SPEAKER_00:» (Whisper with pyannote), WhisperX's
«[SPEAKER_00]:» in its .srt (after a dialogue dash, or with no colon, too), «Speaker 1:», «Спикер 2:»,
and a WebVTT voice <v SPEAKER_00>.

It says a turn begins and names nobody: its number is no word, so it is taken off the text, and
the turns are told apart by it (timed .txt transcripts, .srt and .vtt subtitles)."""
from __future__ import annotations

import re

_NAME = r"(?:SPEAKER|Speaker|speaker|СПИКЕР|Спикер|спикер)[ _]?(\d{1,3})"
# the label opening a line, after a dialogue dash too («- [SPEAKER_00]: …»): bracketed, with its colon
# or without («[SPEAKER_02] …», the brackets mark it), or bare with its colon («Спикер 2 …» is a sentence)
DIARIZED = re.compile(rf"[ \t]*(?:[–—-][ \t]*)?(?:\[{_NAME}\][ \t]*:?|{_NAME}[ \t]*:)[ \t]*")
_VOICE_NAME = re.compile(rf"\[?{_NAME}\]?")


def diarized_label(text: str) -> tuple[str, int] | None:
    """(the speaker's number, where the words after the label start) for a line opening with a
    recognizer's label; None for any other line («Спикер Мажилиса Е. Кошанов: …» is a label with a name)."""
    m = DIARIZED.match(text)
    if m is None:
        return None
    return m.group(1) or m.group(2), m.end()


def diarized_voice(name: str) -> str | None:
    """The speaker's number when a VTT voice's name is a recognizer's label (<v SPEAKER_00>)."""
    m = _VOICE_NAME.fullmatch(name.strip())
    return (m.group(1) or m.group(2)) if m else None
