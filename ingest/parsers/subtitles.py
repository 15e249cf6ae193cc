"""Subtitles: SubRip (.srt) and WebVTT (.vtt), also saved under another name (.txt), told by content.

Only what was said is text: cue numbers and ids, timings, the WEBVTT header, NOTE, STYLE and REGION
blocks and markup tags are dropped. A cue's lines, and the cues that go on with one sentence, are
joined into running paragraphs, as a stenogram prints the speech; a paragraph ends at a change of
speaker (a dialogue dash, a «- Name:» label, a <v Name> voice, a recognizer's «[SPEAKER_01]:» or
<v SPEAKER_01>, which names nobody and is no text) or at a long pause after a sentence's end. A speaker is written as a label at the paragraph's start («Name: …»), the form transcripts'
labels are read in (ingest.extract.transcripts), and the paragraph is marked as labelled: a
subtitle's label names its speaker even in a file with one such turn, and a dialogue dash with
no label marks someone else's turn. A timing line starts a cue
even with no blank line before it. A bracketed sound cue («[АПЛОДИСМЕНТЫ]») is a
stage direction, «(Аплодисменты)» (sound_cues).

The title is the file's name (a subtitle file has no heading: its first line is a cue number or
WEBVTT); the date is a dateline in a NOTE or the speech, else the file name's, as for other files."""
from __future__ import annotations

import html
import re
from dataclasses import dataclass

from .base import Block, ParsedDocument, ParseError, Parser
from .diarized_labels import diarized_label, diarized_voice
from .file_titles import file_name_title
from .normalize import clean_text, find_dateline, join_lines
from .sound_cues import with_stage_directions
from .text import decode_text
from .turn_lines import opens_with_label

# «00:01:02,500 --> 00:01:05,000», «00:02.000 --> 00:04.000 align:start» (VTT may leave out the hours)
_TIME = r"(?:(\d{1,3}):)?(\d{1,2}):(\d{2})[,.](\d{1,3})"
_TIMING = re.compile(rf"\s*{_TIME}\s*-->\s*{_TIME}")
# what a file's first bytes hold: WEBVTT, or a SubRip cue (a number, then its timing)
_SRT_HEAD = re.compile(rb"\s*(?:\d+[ \t]*\r?\n)?\s*\d{1,3}:\d{2}:\d{2}[,.]\d{1,3}[ \t]*-->")
_VTT_HEAD = re.compile(rb"webvtt(?:[ \t\r\n]|$)")
_VTT_BLOCKS = ("NOTE", "STYLE", "REGION")  # a VTT block that is no cue
# markup: <i>, </b>, <font color=…>, <c.applause>, <v.loud Name>, <lang kk>, a karaoke time <00:01.200>;
# an SSA override {\an8} that some .srt files keep
_TAG = re.compile(r"</?[A-Za-z][\w.]*(?:\s[^<>]*)?>|<\d{1,3}(?::\d{2}){1,2}[.,]\d{1,3}>|\{\\[^{}]*\}")
_VOICE = re.compile(r"\s*<v(?:\.[\w.]+)?\s+([^<>]+?)\s*>")
# a dialogue dash opening a cue's line, and a speaker's name before a colon after it: «- Карин: Спасибо.»
_DASH = re.compile(r"\s*[-–—‒]\s*")
_DASH_LABEL = re.compile(r"([^\W\d_][^\W\d_.\- ]*(?:[ .\-]+[^\W\d_][^\W\d_.\-]*\.?){0,3})\s*:\s+")
# a pause this long after a sentence's end starts a paragraph: a speech's paragraphs, not its breaths
PARAGRAPH_PAUSE_MS = 4000
_SENTENCE_END = re.compile(r"[.!?…][»\"”)]*$")


@dataclass
class _Line:
    """One line of a cue's text: its words and what it says of who speaks."""

    text: str
    speaker: str | None = None  # a label or a voice naming the speaker
    new_turn: bool = False  # a dash, a label or a voice opens it
    labelled: bool = False  # it opens with a transcript's label kept as written («КАРИН Е.Т.: …»)
    voice: str | None = None  # a recognizer's speaker number («[SPEAKER_01]:», <v SPEAKER_01>): nobody named


@dataclass
class _Cue:
    start: int  # milliseconds
    end: int
    lines: list[_Line]


def looks_like_subtitles(head: bytes) -> bool:
    """Whether a file's first bytes (lowercase ASCII, BOM and UTF-16 NULs taken off) open as
    WebVTT or SubRip: a `WEBVTT` line, or a number over a cue's timing."""
    return bool(_VTT_HEAD.match(head) or _SRT_HEAD.match(head))


def _ms(hours: str | None, minutes: str, seconds: str, fraction: str) -> int:
    return ((int(hours or 0) * 60 + int(minutes)) * 60 + int(seconds)) * 1000 + int(fraction.ljust(3, "0"))


def _cue_lines(raw: list[str]) -> list[_Line]:
    """A cue's text lines with their tags taken off, each with the speaker its voice, dash or label names."""
    out: list[_Line] = []
    for text in raw:
        line = _Line(text)
        voice = _VOICE.match(text)
        if voice:
            name = " ".join(voice.group(1).split())
            line.voice = diarized_voice(name)
            if line.voice is None:
                line.speaker, line.new_turn = name, True
            text = text[voice.end():]
        text = html.unescape(_TAG.sub("", text)).strip()
        dash = _DASH.match(text)
        diarized = diarized_label(text)
        if diarized is not None:  # WhisperX's «[SPEAKER_00]: …»: a turn, no name, no words
            line.voice, text = diarized[0], text[diarized[1]:]
        elif dash and dash.end() < len(text) and not text[dash.end()].isdigit():  # «-5 °C» is no dash
            text, line.new_turn = text[dash.end():], True
            label = _DASH_LABEL.match(text)
            if label and label.group(1)[:1].isupper():
                line.speaker, text = label.group(1), text[label.end():]
        elif opens_with_label(text):  # «КАРИН Е.Т.: …» without a dash: kept as the transcript wrote it
            line.new_turn = line.labelled = True
        line.text = with_stage_directions(text)
        if line.text or line.speaker or line.voice:
            out.append(line)
    return out


def _cues(text: str) -> list[_Cue]:
    """The cues of a SubRip or WebVTT text, in file order; header, NOTE, STYLE and REGION blocks left out.
    A block with no timing line after a cue is more of its text (a blank line inside a cue)."""
    cues: list[_Cue] = []
    blocks = [piece for block in re.split(r"\n[ \t]*\n", text.strip("\n")) for piece in _at_timings(block.split("\n"))]
    for i, lines in enumerate(blocks):
        first = lines[0].strip()
        if i == 0 and first.upper().startswith("WEBVTT"):
            continue  # the header: «WEBVTT», «Kind: captions», «Language: ru»
        if first.split(" ", 1)[0] in _VTT_BLOCKS and not any("-->" in ln for ln in lines):
            continue
        timed = next((j for j, ln in enumerate(lines[:2]) if _TIMING.match(ln)), None)
        if timed is None:
            if cues and not (len(lines) == 1 and first.isdigit()):
                cues[-1].lines.extend(_cue_lines(lines))
            continue
        m = _TIMING.match(lines[timed])
        cues.append(_Cue(_ms(*m.groups()[:4]), _ms(*m.groups()[4:]), _cue_lines(lines[timed + 1:])))
    return cues


def _at_timings(lines: list[str]) -> list[list[str]]:
    """A block's lines cut before each timing line after its own (with the cue number above it): an
    SRT whose cues have no blank line between them, as hand-edited or converted files have, would
    otherwise keep «2 00:00:03,500 --> 00:00:06,000» as words of the cue before."""
    own = next((j for j, ln in enumerate(lines[:2]) if _TIMING.match(ln)), -1)
    pieces: list[list[str]] = []
    start = 0
    for j in range(own + 1, len(lines)):
        if _TIMING.match(lines[j]):
            cut = j - 1 if j - 1 > start and lines[j - 1].strip().isdigit() else j
            if cut > start:
                pieces.append(lines[start:cut])
                start = cut
    pieces.append(lines[start:])
    return pieces


@dataclass
class _Paragraph:
    lines: list[str]
    labelled: bool = False  # a speaker's label opens it
    new_speaker: bool = False  # a dialogue dash opens it: someone else, unnamed, speaks


def _paragraphs(cues: list[_Cue]) -> list[Block]:
    """The cues' lines as running paragraphs: a new one at each turn and after a long pause that
    follows a sentence's end; a named speaker's paragraph opens with his label (once: a VTT voice
    repeated on each of his cues goes on with his paragraph, as a recognizer's label repeated does)."""
    paragraphs: list[_Paragraph] = []
    speaker: str | None = None
    voice: str | None = None  # the recognizer's speaker number of the paragraph being gathered
    last_end = None
    for cue in cues:
        paused = last_end is not None and cue.start - last_end >= PARAGRAPH_PAUSE_MS
        last_end = cue.end
        for line in cue.lines:
            lines = paragraphs[-1].lines if paragraphs else []
            ended = bool(lines) and _SENTENCE_END.search(lines[-1]) is not None
            if line.voice is not None and line.voice != voice:
                speaker, voice = None, line.voice  # the recognizer's next speaker: someone else, unnamed
                paragraphs.append(_Paragraph([], new_speaker=True))
            elif line.voice is not None:
                if paused and ended:
                    paragraphs.append(_Paragraph([], new_speaker=True))
            elif line.speaker is not None and line.speaker != speaker:
                speaker, voice = line.speaker, None
                paragraphs.append(_Paragraph([f"{speaker}:"], labelled=True))
            elif line.speaker is None and line.new_turn:
                speaker = voice = None  # a dash or a label of its own: someone else speaks
                paragraphs.append(_Paragraph([], labelled=line.labelled, new_speaker=not line.labelled))
            elif not paragraphs or (paused and ended):
                paragraphs.append(_Paragraph([]))
            paused = False
            if line.text:
                paragraphs[-1].lines.append(line.text)
    blocks = [Block(join_lines(p.lines), labelled=p.labelled, new_speaker=p.new_speaker) for p in paragraphs]
    return [b for b in blocks if b.text]


def _note_dateline(text: str) -> str | None:
    """A dateline a NOTE block holds, also after the event's name («Круглый стол …, Астана, 12 марта 2018 года»)."""
    for block in re.split(r"\n[ \t]*\n", text):
        if not block.lstrip().startswith("NOTE"):
            continue
        for line in block.strip()[4:].strip().split("\n"):
            tails = [line] + [line[m.end():] for m in re.finditer(r",\s+", line)]
            found = find_dateline(tails, max_lines=len(tails))
            if found:
                return found
    return None


class SubtitleParser(Parser):
    format = "subtitles"
    extensions = (".srt", ".vtt")
    mime_types = ("application/x-subrip", "text/vtt")

    def parse(self, data: bytes, name: str = "") -> ParsedDocument:
        if not data.strip(b" \t\r\n\x00\xef\xbb\xbf\xff\xfe"):
            raise ParseError("empty", "The file is empty.", path=name or None)
        text, encoding, warnings = decode_text(data, name=name)
        text = clean_text(text)
        cues = _cues(text)
        if not cues:
            raise ParseError("empty", "The subtitle file has no cue with a timing (00:00:01,000 --> 00:00:04,000), "
                             "so no text to index.", path=name or None)
        paragraphs = _paragraphs(cues)
        if not paragraphs:
            raise ParseError("empty", "The subtitle file's cues hold no text.", path=name or None)
        title = file_name_title(name, self.extensions)
        metadata: dict[str, str] = {}
        if title:
            metadata["title"] = title
        dateline = _note_dateline(text) or find_dateline([b.text for b in paragraphs])
        if dateline:
            metadata["dateline"] = dateline
        return ParsedDocument(format=self.format, title=title, blocks=paragraphs,
                              encoding=encoding, metadata=metadata, warnings=warnings)
