"""Plain-text transcripts whose lines open with a timestamp, as speech recognition and video sites
export them: «[00:12:31] текст», «00:00:01 Тоқаев: …», «[00:00.000 --> 00:05.000] текст», or
YouTube's «Show transcript» copy with each «0:04» on a line of its own above its words.

The timestamps are no words of the text: taken out, they would otherwise be indexed as figures,
make the title and sit inside every phrase spoken across two lines. The lines are one running text:
they are joined into paragraphs, a new one at a speaker's label, a dialogue dash or «>>» (a change
of speaker), a recognizer's speaker label («SPEAKER_01:», no text: it names nobody), a sound cue
(«[АПЛОДИСМЕНТЫ]», a paragraph of its own, written «(Аплодисменты)» as stenograms do) and a long
pause; so a moderator's words are not glued to a speaker's. A paragraph after a long pause, or opened
by a dash or a recognizer's label with no name, is marked: nobody reported before it goes on there.
.srt and .vtt files (cue numbers, «00:00:05,000 --> …» timings) are not read here."""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from .diarized_labels import diarized_label
from .turn_lines import MIN_TURNS, _LABEL

# a stamp's time (ingest.extract.transcripts reads past stamps and dashes by these patterns too)
TIME = r"(?:\d{1,2}:)?\d{1,2}:\d{2}(?:[.,]\d{1,3})?"
_SPAN = rf"{TIME}(?:\s*(?:-->|[–—-])\s*{TIME})?"
# a stamp opening a line: bracketed («[00:12:31]», «(0:04)», «[00:00.000 --> 00:05.000]»), or bare with
# hours before its words («00:00:01 Тоқаев: …»); a bare «12:30» only alone on its line, as YouTube has
# it (before words it is a programme's hour, «12:30 Пленарное заседание»); never a fraction bare, as
# «00:00:05,000 --> …» is a subtitle cue's timing
_STAMP = re.compile(rf"[ \t]*(?:[\[(](?P<bracketed>{_SPAN})[\])]|(?P<hours>\d{{1,2}}:\d{{2}}:\d{{2}})(?=[ \t])"
                    rf"|(?P<alone>(?:\d{{1,2}}:)?\d{{1,2}}:\d{{2}})[ \t]*$)[ \t]*")
_INNER_STAMP = re.compile(rf"[ \t]*\[{_SPAN}\][ \t]*")  # «трехъязычие [00:12:36] это»: one spoken line
_MIN_STAMPS = 3
_CLOCK_STEP = 5  # a programme's hours fall on five minutes (10:00, 10:30); a recording's seconds do not
_PAUSE = 30  # seconds between two lines' starts that end a paragraph: the next one is someone else's
_SENTENCE_PAUSE = 10  # ... or after a sentence's end
_SENTENCE_END = re.compile(r"[.!?…»\"”)]$")
_LONG = 1200  # characters a paragraph ends at after a sentence's end: a recording runs for hours
_LONGEST = 2500  # ... and at any line when it has no punctuation
# a change of speaker opening a line: a dialogue dash, YouTube's «>>»
SPEAKER_CHANGE = re.compile(r"(?:[–—-]|>>)[ \t]+")
_SOUND_CUE = re.compile(r"\[([^\W\d_][^\[\]\d]{0,60})\]\.?")  # «[АПЛОДИСМЕНТЫ]», «[ҚОЛ ШАПАЛАҚТАУ]», «[музыка]»


@dataclass
class _Segment:
    seconds: float
    lines: list[str] = field(default_factory=list)
    voice: str | None = None  # the recognizer's speaker number: «SPEAKER_01:»

    @property
    def text(self) -> str:
        return _INNER_STAMP.sub(" ", " ".join(self.lines)).strip()


@dataclass
class TimedTranscript:
    head: list[str]  # the lines above the first timestamp: a heading, a dateline
    paragraphs: list[str]  # the timed lines as running paragraphs, without their timestamps
    paused: set[int] = field(default_factory=set)  # paragraphs after a long pause (indices in paragraphs)
    new_speaker: set[int] = field(default_factory=set)  # ... opened by an unnamed change of speaker
    labelled: set[int] = field(default_factory=set)  # ... opened by a named label among a recognizer's turns


def timed_transcript(lines: list[str]) -> TimedTranscript | None:
    """``lines`` read as a timestamped transcript; None when they are not one (fewer than
    _MIN_STAMPS stamped lines, fewer stamped lines than others, or the hours of a programme)."""
    stamps = [(i, m) for i, line in enumerate(lines) if (m := _STAMP.match(line)) is not None]
    if len(stamps) < _MIN_STAMPS:
        return None
    first = stamps[0][0]
    others = sum(1 for line in lines[first:] if line.strip()) - len(stamps)
    if others > len(stamps):
        return None
    if all(_on_the_clock(m) for _, m in stamps):
        return None
    seconds = [_seconds(m) for _, m in stamps]
    segments: list[_Segment] = []
    starts = dict(zip((i for i, _ in stamps), zip(seconds, (m.end() for _, m in stamps))))
    for i in range(first, len(lines)):
        if i in starts:
            segments.append(_Segment(starts[i][0]))
            rest = lines[i][starts[i][1]:]
        else:
            rest = lines[i]  # YouTube's words under their stamp, or a line wrapped in an export
        if not segments[-1].lines and (voice := diarized_label(rest)) is not None:
            segments[-1].voice, rest = voice[0], rest[voice[1]:]
        if rest.strip():
            segments[-1].lines.append(rest.strip())
    return _paragraphs(lines[:first], [s for s in segments if s.text])


def _first_time(m: re.Match) -> str:
    stamp = m.group("bracketed") or m.group("hours") or m.group("alone")
    return re.match(TIME, stamp).group(0).replace(",", ".")


def _on_the_clock(m: re.Match) -> bool:
    """Whether a stamp may be a programme's hour: «10:30», «[14:00]», «10:00:00» on five minutes; not
    «[00:01:10]», whose seconds are a recording's (a transcriber's round seconds too), nor a fraction."""
    parts = _first_time(m).split(":")
    if "." in parts[-1]:
        return False
    if len(parts) == 3 and int(parts[2]) != 0:
        return False
    return int(parts[1 if len(parts) == 3 else -1]) % _CLOCK_STEP == 0


def _seconds(m: re.Match) -> float:
    first = _first_time(m)
    total = 0.0
    for part in first.split(":"):
        total = total * 60 + float(part)
    return total


def _paragraphs(head: list[str], segments: list[_Segment]) -> TimedTranscript:
    # a recognizer's labels mark turns: a named label among them («Спикер Мажилиса Нигматулин: …») is one too
    diarized = sum(1 for s in segments if s.voice is not None) >= MIN_TURNS
    labelled = diarized or sum(1 for s in segments if _label_opens(s.text)) >= MIN_TURNS
    out = TimedTranscript(head, [])
    current: list[str] = []
    length = 0
    before: _Segment | None = None
    paused = False  # a long pause came before the paragraph being gathered (or the sound cue before it)
    for seg in segments:
        text = seg.text
        cue = _sound_cue(text)
        pause = before is not None and seg.seconds - before.seconds >= _PAUSE
        changed = seg.voice is not None and (before is None or seg.voice != before.voice)
        if current and (cue or changed or _starts_paragraph(text, seg, before, current[-1], length, labelled)):
            out.paragraphs.append(" ".join(current))
            current, length = [], 0
        paused = paused or pause
        if cue:
            out.paragraphs.append(cue)  # nobody's words, and no part of the turn around it
        else:
            if not current:
                _mark(out, paused, changed or (SPEAKER_CHANGE.match(text) is not None and not _label_opens(text)))
                if diarized and seg.voice is None and _label_opens(text):
                    out.labelled.add(len(out.paragraphs))
                paused = False
            current.append(text[2:].lstrip() if text.startswith(">>") else text)  # a mark, no word
            length += len(text) + 1
        before = seg
    if current:
        out.paragraphs.append(" ".join(current))
    return out


def _mark(out: TimedTranscript, paused: bool, new_speaker: bool) -> None:
    """Mark the paragraph about to be added: after a long pause, opened by an unnamed change of speaker."""
    if paused:
        out.paused.add(len(out.paragraphs))
    if new_speaker:
        out.new_speaker.add(len(out.paragraphs))


def _starts_paragraph(text: str, seg: _Segment, before: _Segment | None, last: str, length: int,
                      labelled: bool) -> bool:
    """Whether the timed line ``text`` opens a paragraph after ``last``, the paragraph's last line."""
    if SPEAKER_CHANGE.match(text) or (labelled and _label_opens(text)):
        return True
    pause = seg.seconds - before.seconds if before is not None else 0
    ended = _SENTENCE_END.search(last) is not None
    return (pause >= _PAUSE or (ended and (pause >= _SENTENCE_PAUSE or length >= _LONG))
            or length >= _LONGEST)


def _label_opens(text: str) -> bool:
    """A speaker's label opens the line, after a dialogue dash too: «- Токаев: Уважаемые…»."""
    dash = SPEAKER_CHANGE.match(text)
    return _LABEL.match(text, dash.end() if dash else 0) is not None


def _sound_cue(text: str) -> str | None:
    """«[АПЛОДИСМЕНТЫ]» as a stenogram writes it, «(Аплодисменты)»; None for words."""
    m = _SOUND_CUE.fullmatch(text)
    if m is None:
        return None
    words = m.group(1).strip()
    return f"({words[:1].upper()}{words[1:].lower()})"
