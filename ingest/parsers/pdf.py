"""PDF files through pdfminer.six: text per page in reading order (columns: pdf_columns), words
split at line ends joined, running headers/footers and page numbers dropped, Title/Author/
CreationDate metadata; plain-language errors for password, damage, scans and garbled fonts."""
from __future__ import annotations

import io
import logging
import re
import unicodedata
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from typing import NamedTuple

from .base import Block, ParsedDocument, ParseError, Parser
from .encoding import detect_single_byte, letter_quality, reads_as_garbage
from .capitals import is_capitals
from .header_row import is_requisites_line
from .list_lines import is_contents_entry, starts_list_item, without_leader
from .normalize import (COLUMN_GAP, DATE_RE, DocumentSpelling, clean_text, date_goes_on, is_bare_dateline, join_lines,
                        normalize_inline)
from .ocr_quality import NOISE_MESSAGE, is_noise, page_notes
from .own_dateline import own_dateline
from .numbered_pages import NumberRow, numbers_in_sequence, page_number_value
from .page_breaks import PageBreaks, letters, page_breaks
from .page_furniture import (TopRow, first_page_heading, goes_on_across, headers_by_look, headers_facing,
                             is_page_number, keep_first_datelines, line_key, running_heads, running_lines,
                             without_end_specks)
from .pdf_line_ends import is_ragged, next_word_fits
from .pdf_forms import attached_files, field_values, notes as form_notes, with_field_values
from .pdf_note_marks import line_text
from .pdf_cell_gaps import row_joint, with_cell_gaps
from .pdf_cid_lines import cid_lines_note, cut_cid_runs
from .pdf_columns import baseline_groups, column_groups
from .pdf_crop import crop_to_view, lines_in_view
from .pdf_xmp import xmp_metadata
from .pdf_tables import centred_cells_after, row_cells, table_rows
from .pdf_direction import line_turn
from .pdf_rtl import RTL_CHAR, is_right_to_left, line_in_reading_order
from .turn_lines import is_transcript, opens_with_label, starts_turn
from .verse_lines import is_stanza, prose_column, stanza_text
from .placeholder_titles import is_placeholder_title
from .text_titles import title_by_text

log = logging.getLogger(__name__)

for _name in ("pdfminer", "pdfminer.pdfpage", "pdfminer.pdfinterp", "pdfminer.converter",
              "pdfminer.psparser", "pdfminer.pdfdocument", "pdfminer.pdffont", "pdfminer.cmapdb"):
    logging.getLogger(_name).setLevel(logging.ERROR)


@dataclass
class _Line:
    text: str
    x0: float
    x1: float
    y0: float
    y1: float
    char_width: float
    # the font (name, size) of its first and last letters: where the type changes between two
    # lines (a bold 13 pt heading, then 11 pt text) one paragraph ends and another begins
    first_font: tuple[str, float] = ("", 0.0)
    last_font: tuple[str, float] = ("", 0.0)
    turn: int | None = 0  # the way its letters run (pdf_direction): 0 upright, None slanted
    # a row's pieces, (x0, x1, text, whether a space glyph ends it) left to right, and the table
    # row it is a line of (pdf_tables)
    pieces: tuple = ()
    table: int | None = None


@dataclass
class _Box:
    x0: float
    x1: float
    y0: float
    y1: float
    lines: list[_Line] = field(default_factory=list)

    @property
    def chars(self) -> int:
        return sum(len(ln.text) for ln in self.lines)


@dataclass
class _Para:
    page: int
    lines: list[str]
    size: float = 0.0  # the height of its first line: a footnote's is smaller than the text's
    # its first and last rows, and the left and right edges of the column its last rows are in:
    # at a page break they tell a paragraph going on from a new one (_goes_on_with)
    first: _Line | None = None
    last: _Line | None = None
    column: tuple[float, float] = (0.0, 0.0)
    # a column of one row (a slide's one word) shows not where its right edge is: its line
    # cannot be seen to run on to the next page
    column_known: bool = True
    # set ragged-right (pdf_line_ends): its lines stop short where the next word does not fit
    ragged: bool = False
    # a table's row: its one line holds the cells parted by COLUMN_GAP, never joined to another
    row: bool = False
    # (index of a line, its page) where the paragraph goes on onto a later page (_join_continued)
    breaks: list[tuple[int, int]] = field(default_factory=list)


_SENTENCE_END = re.compile(r"[.!?:;»\"”…)؟؛۔]$")  # the Arabic script's question mark, semicolon, full stop
_CID = re.compile(r"\(cid:\d+\)")
# the share of a file's glyphs in a font with no character map, cut out of its lines, at which
# the little readable text left is no document to index: it needs OCR
_MOSTLY_UNMAPPED = 0.8


def pdf_date(value: str) -> str | None:
    """``D:20190314120000+06'00'`` (or a bare ``20190314``) -> ``2019-03-14``."""
    m = re.match(r"\s*(?:D:)?(\d{4})(\d{2})?(\d{2})?", value or "")
    if not m:
        return None
    year, month, day = int(m.group(1)), int(m.group(2) or 1), int(m.group(3) or 1)
    if not (1900 <= year <= 2100 and 1 <= month <= 12 and 1 <= day <= 31):
        return None
    return f"{year:04d}-{month:02d}-{day:02d}"


def _info_value(value) -> str | None:
    from pdfminer.pdftypes import resolve1
    from pdfminer.psparser import PSLiteral
    from pdfminer.utils import decode_text

    value = resolve1(value)
    if isinstance(value, PSLiteral):
        value = value.name
    if isinstance(value, bytes):
        if value.startswith((b"\xfe\xff", b"\xff\xfe")):
            try:
                text = value.decode("utf-16")
            except UnicodeDecodeError:
                text = decode_text(value)
        else:
            try:
                text = value.decode("utf-8")
            except UnicodeDecodeError:
                text = _cyrillic_code_page(value) or decode_text(value)
    elif isinstance(value, str):
        text = value
    else:
        return None
    text = normalize_inline(clean_text(text))
    return text or None


def _cyrillic_code_page(value: bytes) -> str | None:
    """An Info string read in the Cyrillic code page it looks most like, when that gives Cyrillic
    text: old Russian PDF producers wrote windows-1251 bytes where PDFDocEncoding belongs, which
    read as accented Latin (``Çàñåäàíèå`` for ``Заседание``). None for anything else."""
    if value.isascii():
        return None
    text = value.decode(detect_single_byte(value), errors="replace")
    letters = [ch for ch in text if ch.isalpha()]
    cyrillic = sum(1 for ch in letters if "\u0400" <= ch <= "\u04ff")
    if cyrillic < 0.6 * len(letters) or letter_quality(text) < 0.3:
        return None
    return text


# tools' placeholders, also in brackets as ReportLab writes them: «(anonymous)», «(untitled)»
_JUNK_VALUE = re.compile(r"^[(\[<]?(untitled|anonymous|unspecified|unknown|none|null|-+|user|admin)[)\]>]?$",
                         re.IGNORECASE)


# --- mojibake ----------------------------------------------------------------------------------
_ENGLISH = frozenset(
    "the of and to in a is for on with by as at from that this be are was it an or not which has "
    "have will its their were been has had he she they we our his her also who all more than into "
    "people assembly kazakhstan republic national".split()
)


# Letters of Latin Extended-B and IPA that real orthographies use (Kazakh 2018 ǵ, Romanian ș ț,
# Azerbaijani ə): accented letters, not the look-alikes (ɎɅȺɇ) a broken Cyrillic font gives.
_ORTHOGRAPHIC_EXTENDED = frozenset("ǴǵȘșȚțƏə")
# A word of a Latin-script language other than English marks its letters: an accent (Kazakh ń ó
# ú ı ǵ, Turkish ş ğ, German ü) or an apostrophe (Kazakh 2017 o' n', Uzbek o' g'). A font that
# draws Cyrillic on Latin codes gives plain ASCII letters, digits and Latin Extended-B only.
_MARKED_LATIN = re.compile("[\u00c0-\u017f" + "".join(sorted(_ORTHOGRAPHIC_EXTENDED))
                           + "]|[A-Za-z]['\u2019\u02bc\u02bb]")


def _marked_word_share(text: str) -> float:
    words = text.split()
    return sum(1 for w in words if _MARKED_LATIN.search(w)) / max(1, len(words))


def mojibake_reason(text: str) -> str | None:
    """Why ``text`` is garbled extraction rather than text, or None if it reads as text.
    Tells: ``(cid:N)`` markers; letters from Latin Extended-B/IPA (``ɎɅȺɇ``); mostly accented
    Latin (windows-1251 shown as windows-1252: ``Íàëîãîâàÿ``); control or private-use
    characters; Latin words that are neither English nor marked as another Latin-script language
    writes them (Cyrillic glyphs on Latin codes: ``Hanorosas``), or with digits for letters."""
    cid = len(_CID.findall(text))
    if cid:
        stripped = _CID.sub("", text)
        if cid >= 3 and cid >= 0.05 * max(1, sum(ch.isalpha() for ch in stripped)):
            return "cid"
        text = stripped
    cyr = latin = ext = latin1 = odd = 0
    for ch in text:
        o = ord(ch)
        if ch.isspace():
            continue
        if 0x400 <= o <= 0x52F:
            cyr += 1
        elif ch.isascii():
            if ch.isalpha():
                latin += 1
            elif o < 32 or o == 127:
                odd += 1
        elif (0xC0 <= o <= 0x17F or ch in _ORTHOGRAPHIC_EXTENDED) and ch.isalpha():
            latin1 += 1
        elif 0x180 <= o <= 0x2AF:
            ext += 1
        else:
            cat = unicodedata.category(ch)
            if cat in ("Co", "Cc", "Cn", "Cs") or ch == "\ufffd":
                odd += 1
    letters = cyr + latin + ext + latin1
    total = letters + odd
    if total < 10:
        return None
    if odd > 0.1 * total:
        return "control"
    if ext > 0.05 * total:
        return "latin_extended"
    if latin1 > 0.3 * letters:
        return "latin1"
    if latin > 0.6 * letters:
        # б drawn as 6, з as 3: digits inside Latin words are a look-alike tell too
        words = re.findall(r"[A-Za-z][A-Za-z0-9]*", text)
        if len(words) >= 8:
            common = sum(1 for w in words if w.lower() in _ENGLISH)
            digit_inside = sum(1 for w in words if re.search(r"[A-Za-z]\d+[A-Za-z]", w))
            if digit_inside > 0.2 * len(words):
                return "latin_lookalike"
            if common < 0.1 * len(words) and _marked_word_share(text) < 0.1:
                return "latin_lookalike"
    elif cyr > 0.5 * letters and reads_as_garbage(RTL_CHAR.sub("", text)):
        # (judged without Arabic-script lines: their letters are no Cyrillic to score)
        return "cyrillic_garbage"
    return None


# --- layout ----------------------------------------------------------------------------------
def _collect_boxes(layout) -> tuple[list[_Box], int]:
    """Text boxes of a page (lines inside each) and the number of images on it."""
    from pdfminer.layout import LTFigure, LTImage, LTTextBox, LTTextLine

    boxes: list[_Box] = []
    images = 0

    def line_of(obj) -> _Line | None:
        text = line_in_reading_order(obj, with_cell_gaps(obj, line_text(obj)).replace("\n", ""))
        if not text.strip():
            return None
        n = max(1, len(text))
        first, last = _edge_fonts(obj)
        return _Line(text, obj.x0, obj.x1, obj.y0, obj.y1, (obj.x1 - obj.x0) / n, first, last, line_turn(obj))

    def visit(obj) -> None:
        nonlocal images
        if isinstance(obj, LTTextBox):
            box = _Box(obj.x0, obj.x1, obj.y0, obj.y1)
            for ln in obj:
                if isinstance(ln, LTTextLine):
                    line = line_of(ln)
                    if line:
                        box.lines.append(line)
            if box.lines:
                boxes.append(box)
        elif isinstance(obj, LTTextLine):
            line = line_of(obj)
            if line:
                boxes.append(_Box(obj.x0, obj.x1, obj.y0, obj.y1, [line]))
        elif isinstance(obj, LTImage):
            images += 1
        elif isinstance(obj, LTFigure):
            for child in obj:
                visit(child)

    for obj in layout:
        visit(obj)
    return boxes, images


def _clean_line(text: str) -> str:
    """clean_text for one line's text: a soft hyphen at its end (Word's optional hyphenation
    writes «привлека\u00ad» / «тельности») stays, as before a newline, for join_lines to join the
    word; elsewhere soft hyphens go."""
    return clean_text(text + "\n")[:-1]


def _edge_fonts(line) -> tuple[tuple[str, float], tuple[str, float]]:
    """The (font name, size) of a pdfminer text line's first and last letters (not a superscript
    note mark or a bullet); only the two ends are looked at, so it costs next to nothing."""
    chars = getattr(line, "_objs", None) or list(line)

    def font_at(seq) -> tuple[str, float]:
        for ch in seq:
            name = getattr(ch, "fontname", None)
            if name is not None and ch.get_text().isalpha():
                return name, round(getattr(ch, "size", 0.0), 1)
        return "", 0.0

    return font_at(chars), font_at(reversed(chars))


def _rows(lines: list[_Line]) -> list[_Line]:
    """Pieces of text on one baseline (justified text with wide gaps comes out of pdfminer as
    separate lines) joined left to right, rows top to bottom."""
    out = []
    for row in centred_cells_after(baseline_groups(lines)):
        row.sort(key=lambda ln: ln.x0)
        n = sum(len(ln.text) for ln in row) or 1
        cw = sum(ln.char_width * len(ln.text) for ln in row) / n
        pieces = [normalize_inline(ln.text) for ln in row]
        text = pieces[0]
        for left, right, piece in zip(row, row[1:], pieces[1:]):
            text += row_joint(text, piece, right.x0 - left.x1, cw) + piece
        out.append(_Line(text, row[0].x0, max(ln.x1 for ln in row), min(ln.y0 for ln in row),
                         max(ln.y1 for ln in row), cw, row[0].first_font, row[-1].last_font,
                         pieces=tuple((ln.x0, ln.x1, piece, ln.text.endswith(" ")) for ln, piece in zip(row, pieces))))
    for line, number in zip(out, table_rows(out)):
        # a contents entry's number beside its title is no cell: its leader goes (without_leader)
        line.table = None if is_contents_entry(line.text) else number
    return out


# A gap wider than this many line pitches ends a paragraph: half an em of space after a paragraph
# (a browser's or Word's «6 pt after» under 10-12 pt type) makes 1.4-1.5 pitches, the lines of one
# paragraph stay within a few percent of one pitch.
_PARAGRAPH_GAP = 1.3
# ...and where a paragraph's lines are told from blank lines (_pitch_under_blank_lines)
_WRAPPED_GAP = 1.45
# Baselines this many font heights apart leave room for a blank line between them: single spacing
# puts them 1.15-1.4 heights apart, a blank line under single spacing 2 or more.
_BLANK_LINE_ROOM = 1.7


def _body_pitch(rows: list[_Line]) -> tuple[float, bool]:
    """The line pitch of the text, and whether its lines are told apart one by one. The pitch is
    the lower median of the gaps between rows of its most common height (on a page of few lines
    the gap above a footnote is half the pitches, and a heading's wider leading is not the
    text's), unless that gap leaves room for a blank line and the lines above it do not run on:
    then it is the gap between one-line paragraphs, each followed by a blank line."""
    heights = [round(r.y1 - r.y0) for r in rows]
    common = max(set(heights), key=heights.count)
    gaps = [(a, a.y0 - b.y0) for a, b, ha, hb in zip(rows, rows[1:], heights, heights[1:])
            if a.y0 > b.y0 and ha == hb == common]
    if not gaps:
        return _lower_median([a.y0 - b.y0 for a, b in zip(rows, rows[1:]) if a.y0 > b.y0]), False
    pitch = _lower_median([gap for _, gap in gaps])
    if pitch <= _BLANK_LINE_ROOM * common or _runs_on_across(gaps, pitch):
        return pitch, False
    return _pitch_under_blank_lines([gap for _, gap in gaps], pitch)


def _lower_median(values: list[float]) -> float:
    values = sorted(values)
    return values[(len(values) - 1) // 2] if values else 0.0


def _pitch_under_blank_lines(gaps: list[float], blank: float) -> tuple[float, bool]:
    """The pitch of text whose paragraphs are ``blank`` apart: that of the lines a paragraph
    wraps onto. Where none wraps, half the gap, and the lines are told apart one by one: a line
    that runs on goes on across the gap (double-spaced replicas, most of one line)."""
    wrapped = [gap for gap in gaps if gap * _WRAPPED_GAP < blank]
    if wrapped:
        return _lower_median(wrapped), False
    return blank / 2, True


def _runs_on_across(gaps: list[tuple[_Line, float]], pitch: float) -> bool:
    """Whether the text runs on across the gaps of about ``pitch`` (the lines above each, with
    the gap) as double-spaced text does: at least a third of the lines above them run on to the
    next. The lines of one-line paragraphs are short or end a sentence; a few lines of
    double-spaced text end a sentence too, or a paragraph, hence a third, not most."""
    above = [a for a, gap in gaps if abs(gap - pitch) <= 0.15 * pitch]
    left, right = min(a.x0 for a in above), max(a.x1 for a in above)
    running = sum(1 for a in above if _runs_on(a, right, right - left))
    return 3 * running >= len(above)


def _runs_on(line: _Line, right: float, width: float) -> bool:
    """Whether a line reaches the edge of its column it ends at (the right one, the left one for
    a right-to-left line) and ends mid-sentence."""
    return _end_gap(line, right - width, right) <= 0.15 * width and not _SENTENCE_END.search(line.text.strip())


def _end_gap(line: _Line, left: float, right: float) -> float:
    """The room a line leaves at its end in a column from ``left`` to ``right``: to the right of
    it, or to its left where it runs right to left (Arabic, set flush right)."""
    return line.x0 - left if is_right_to_left(line.text) else right - line.x1


def _start_gap(line: _Line, left: float, right: float) -> float:
    """A line's indent: the room before its start, at the left (right-to-left: right) edge."""
    return right - line.x1 if is_right_to_left(line.text) else line.x0 - left


def _paragraphs_of_rows(rows: list[_Line], page: int, transcript: bool = False) -> list[_Para]:
    """Rows of one column as paragraphs: a wider gap above (but not below a line running on, where
    lines are told apart one by one), an indented first line, or a short line ending a sentence
    closes a paragraph (in ragged-right text only where the next line's first word would have
    fit on it); in a transcript, so does a speaker's label opening a line after a sentence's end,
    whatever the line above fills. Each is told its first and last rows and the column's edges."""
    if not rows:
        return []
    x0 = min(r.x0 for r in rows)
    x1 = max(r.x1 for r in rows)
    width = max(1.0, x1 - x0)
    pitch, line_by_line = _body_pitch(rows)
    body_height = _lower_median([r.y1 - r.y0 for r in rows])
    ragged = is_ragged(rows, x1, width)
    paras: list[_Para] = []
    current: list[str] = []
    size = 0.0
    prev: _Line | None = None
    first = rows[0]
    in_row: list[_Line] = []  # the lines of the table row being read
    for row in rows:
        if current and prev is not None and (prev.table is not None or row.table is not None):
            if prev.table != row.table:  # a table's row is a paragraph of its own
                paras.append(_row_para(in_row, page, size, (x0, x1), ragged) if prev.table is not None
                             else _Para(page, current, size, first, prev, (x0, x1), len(rows) > 1, ragged))
                current, in_row = [], []
        elif current and prev is not None:
            indent = _start_gap(row, x0, x1)
            prev_indent = _start_gap(prev, x0, x1)
            gap = prev.y0 - row.y0
            new = (
                (pitch and gap > _PARAGRAPH_GAP * _pitch_of(prev, row, pitch, body_height)
                 and not (line_by_line and _runs_on(prev, x1, width)))
                or (indent > 1.5 * row.char_width and indent > prev_indent + row.char_width
                    and not _centred_together(prev, row, x0))
                or _type_changes(prev, row)
                or (_end_gap(prev, x0, x1) > 0.15 * width and _SENTENCE_END.search(prev.text.strip())
                    and not (ragged and not next_word_fits(prev, row.text, row.char_width, x1))
                    and not date_goes_on(prev.text, row.text))
                or _short_above_a_blank_line(prev, row, x0, x1)
                or _dateline_apart(prev, row, x0, x1, ragged)
                or abs(prev.y1 - prev.y0 - (row.y1 - row.y0)) > 0.35 * max(prev.y1 - prev.y0, 1.0)
                or starts_list_item(row.text, prev.text)
                or is_contents_entry(prev.text)
                or (transcript and starts_turn(row.text, prev.text, False))
            )
            if new:
                paras.append(_Para(page, current, size, first, prev, (x0, x1), len(rows) > 1, ragged))
                current = []
        if not current:
            size = row.y1 - row.y0
            first = row
        current.append(row.text)
        if row.table is not None:
            in_row.append(row)
        prev = row
    paras.append(_row_para(in_row, page, size, (x0, x1), ragged) if in_row
                 else _Para(page, current, size, first, prev, (x0, x1), len(rows) > 1, ragged))
    return paras


def _row_para(lines: list[_Line], page: int, size: float, column: tuple[float, float], ragged: bool) -> _Para:
    """A table row's lines as one paragraph: its cells, each cell's lines joined, parted by COLUMN_GAP."""
    cells = [join_lines(cell) for cell in row_cells(lines)]
    return _Para(page, [COLUMN_GAP.join(cell for cell in cells if cell)], size, lines[0], lines[-1], column,
                 True, ragged, row=True)


# Two lines of one stanza are at most this many line heights apart (baseline to baseline); a
# paragraph's or a stanza's gap is wider
STANZA_LINE_PITCH = 1.6


def _stanzas_joined(paras: list[_Para], column: int | None = None) -> list[_Para]:
    """`paras` with the pieces of one stanza joined: a stanza's short lines ending sentences cut it
    where prose would end a paragraph («Единство – вот наша сила, / Согласие – наш оплот.» | «Нас
    степь…»). Pieces at a line's pitch apart on one page are joined when all their lines are a stanza."""
    out: list[_Para] = []
    for p in paras:
        before = out[-1] if out else None
        if (before is not None and before.page == p.page and before.last is not None and p.first is not None
                and 0 < before.last.y0 - p.first.y0 <= STANZA_LINE_PITCH * (before.last.y1 - before.last.y0)
                and is_stanza(before.lines + p.lines, column)):
            out[-1] = replace(before, lines=before.lines + p.lines, last=p.last)
        else:
            out.append(p)
    return out


def _pitch_of(prev: _Line, row: _Line, pitch: float, body_height: float) -> float:
    """The pitch two lines of one paragraph are apart: the text's, or wider for lines of larger
    type (an 18 pt heading wrapped onto two lines is 1.5 times the 12 pt text's pitch apart)."""
    height = min(prev.y1 - prev.y0, row.y1 - row.y0)
    return pitch * max(1.0, height / body_height) if body_height > 0 else pitch


def _short_above_a_blank_line(prev: _Line, row: _Line, x0: float, x1: float) -> bool:
    """Whether ``prev`` is a short line (a dateline, a heading) with room for a blank line under
    it: it ends its paragraph, also in double-spaced text, where every gap has that room. Short
    is under 60% of the column: ragged text wraps a long word early, never that early; two
    centred lines are a wrapped heading."""
    return (prev.y0 - row.y0 > _BLANK_LINE_ROOM * (prev.y1 - prev.y0)
            and _end_gap(prev, x0, x1) > 0.4 * (x1 - x0) and not _centred_together(prev, row, x0))


def _dateline_apart(prev: _Line, row: _Line, x0: float, x1: float, ragged: bool) -> bool:
    """Whether a dateline standing alone on its line parts ``prev`` from ``row``: the place and the
    date under a heading («г. Тараз      15 января 2007 г.»), which a scan's text layer sets at the
    text's pitch, no gap or type change to tell it from the heading above and the text below. Not
    a line of a sentence the line above runs on into, nor one going on lowercase under it, nor a
    news item's dateline run into its first sentence (a full line: «Павлодар, 23 ноября 2018 года.»
    over «В областном Доме дружбы…»; in ragged text, a short one the next word would not have fit on)."""
    width = x1 - x0
    # a heading in capitals runs on into nothing, also where it is the column's widest line
    if (_is_dateline_row(row) and _stands_alone(row, x0, x1)
            and not (_runs_on(prev, x1, width) and not is_capitals(prev.text))):
        return True
    return (_is_dateline_row(prev) and not _opens_lowercase(row.text) and _stands_alone(prev, x0, x1)
            and (_spread(prev) or not ragged or next_word_fits(prev, row.text, row.char_width, x1)))


def _is_dateline_row(line: _Line) -> bool:
    """A line that is a dateline alone, with a full date («15 января 2007 г.», «12.03.2019»), or an
    act's requisites, its number beside («12 марта 1999 г.   № 15   г. Алматы»): a year alone
    («2006 год») may end a line of a sentence."""
    return (len(line.text) <= _DATELINE_ROW and DATE_RE.search(line.text) is not None
            and (is_bare_dateline(line.text) or is_requisites_line(line.text)))


def _stands_alone(line: _Line, x0: float, x1: float) -> bool:
    """Whether a line is set as a line of its own: spread over the column (_spread) or short of its edge."""
    return _spread(line) or _end_gap(line, x0, x1) > 0.15 * (x1 - x0)


def _spread(line: _Line) -> bool:
    """Whether a line's words are set far apart, as a place at the left and a date at the right."""
    return line.x1 - line.x0 > _SPREAD * len(line.text) * line.char_width


_DATELINE_ROW = 80  # characters: a dateline with its place fits a short line
_SPREAD = 1.6  # times the width its letters take: justified text stretches its spaces less

_BOLD = re.compile(r"bold|black|heavy|demi|semibold", re.IGNORECASE)


def _type_changes(prev: _Line, row: _Line) -> bool:
    """Whether the type changes from the end of ``prev`` to the start of ``row``: another size
    (a 13 pt heading above 11 pt text), or bold against regular where both lines are in one weight
    end to end (a bold word ending or starting a line of text does not count)."""
    (a_name, a_size), (b_name, b_size) = prev.last_font, row.first_font
    if not a_name or not b_name:
        return False
    if abs(a_size - b_size) > 0.08 * max(a_size, b_size):
        return True
    weights = [bool(_BOLD.search(font[0])) for font in (prev.first_font, prev.last_font,
                                                        row.first_font, row.last_font)]
    return weights[0] == weights[1] and weights[2] == weights[3] and weights[1] != weights[2]


def _centred_together(prev: _Line, row: _Line, x0: float) -> bool:
    """Whether two lines are both centred on one axis (a heading wrapped onto two lines): then
    the second line's indent is the centring, not a new paragraph's first line. The first line
    is indented too, or, as a bold heading's first line may fill nearly the whole column (bold
    type is wider), both are bold end to end and the first goes on into the second."""
    if abs((prev.x0 + prev.x1) - (row.x0 + row.x1)) / 2 >= row.char_width:
        return False
    return (prev.x0 - x0 > row.char_width
            or (_bold_throughout(prev) and _bold_throughout(row) and not _SENTENCE_END.search(prev.text.strip())))


def _bold_throughout(line: _Line) -> bool:
    return all(_BOLD.search(font[0]) for font in (line.first_font, line.last_font))


_NOTE_MARK = re.compile(r"\s*(?:[¹²³⁴⁵⁶⁷⁸⁹⁰]|\*|†|\d{1,3}\)?\s)")


def _page_breaks(text: str, lines: list[str], breaks: list[tuple[int, int]]) -> PageBreaks:
    """Where the later pages start in a paragraph's joined text, from the lines they start at."""
    starts, count, done = [], 0, 0
    for at, page in breaks:
        count += sum(letters(ln) for ln in lines[done:at])
        done = at
        starts.append((count, page))
    return page_breaks(text, starts)


def _join_continued(paras: list[_Para]) -> list[_Para]:
    """A paragraph cut by a column or page break continues with a lowercase letter (a bracket or a
    quote before it too), or at the top
    of the next page with a capital (a name: «Ассамблеи», «Казахстана») or a number («1 250
    человек») where _goes_on_with says so. Footnotes at the foot of the page between its parts
    stay apart, after it. A dateline opening with «г.» («г. Нур-Султан, 28 апреля 2021 года»)
    continues no heading."""
    merged: list[_Para] = []
    for p in paras:
        start = p.lines[0].lstrip()
        target = None
        if p.row:  # a table's row goes on from nothing, nor anything from it (_continued)
            target = None
        elif _opens_lowercase(start) and not is_bare_dateline(start):
            target = _continued(merged)
        elif merged and merged[-1].page < p.page and (_opens_with_capital(start) or _NUMBER_START.match(start)):
            target = _continued(merged)
            if target is not None and not _goes_on_with(target, p):
                target = None
        if target is not None:
            if p.page != (target.breaks[-1][1] if target.breaks else target.page):
                target.breaks.append((len(target.lines), p.page))
            target.lines.extend(p.lines)
            target.last, target.column, target.column_known = p.last, p.column, p.column_known
        else:
            merged.append(replace(p, lines=list(p.lines), breaks=list(p.breaks)))
    return merged


# a number going on with a sentence: «1 250 человек», «2019 году»; not a list item's «1.» or «2)»
_NUMBER_START = re.compile(r"\d+(?!\d|[.)]\s)")
_FIRST_LETTER = re.compile(r"[«„“\"(]?([^\W\d_])")


def _opens_with_capital(text: str) -> bool:
    m = _FIRST_LETTER.match(text)
    return m is not None and m.group(1).isupper()


def _opens_lowercase(text: str) -> bool:
    """Whether `text` opens with a lowercase letter, also inside a bracket or a quote («(метка …)»)."""
    m = _FIRST_LETTER.match(text)
    return m is not None and m.group(1).islower()


# a line breaking off mid-sentence: on a word, a comma, a hyphen or a dash, an opening quote
_BREAKS_OFF = re.compile(r"(?:[^\W\d_]|[,\-\u2010\u00ad–—«„“(])$")


def _goes_on_with(before: _Para, p: _Para) -> bool:
    """Whether ``p``, opening a page with a capital or a number, goes on with ``before``, the
    paragraph ending the page before: ``before`` breaks off mid-sentence at its column's right
    edge (ragged-right: short of it by less than ``p``'s first word), and ``p`` starts at its column's left edge in the same type, not as a heading (bigger or
    bold type, an indent, a short line on its own)."""
    last, first = before.last, p.first
    if before.page != p.page - 1 or last is None or first is None or not before.column_known:
        return False
    left, right = before.column
    if not _BREAKS_OFF.search(last.text.rstrip()):
        return False
    if not (_runs_on(last, right, right - left)
            or (before.ragged and not next_word_fits(last, first.text, first.char_width, right))):
        return False
    height, first_height = last.y1 - last.y0, first.y1 - first.y0
    if _type_changes(last, first) or abs(height - first_height) > 0.35 * max(height, 1.0):
        return False
    left, right = p.column
    indented = first.x0 - left > 1.5 * first.char_width
    alone = len(p.lines) == 1 and not _runs_on(first, right, right - left) \
        and not _SENTENCE_END.search(first.text.rstrip())
    return not indented and not alone


def _continued(merged: list[_Para]) -> _Para | None:
    """The paragraph a continuation goes on from: the last one, or the last before the footnotes
    that end its page; None if that one ends a sentence."""
    i = len(merged) - 1 - _footnotes_at_end(merged)
    if i < 0 or merged[i].row or _SENTENCE_END.search(merged[i].lines[-1].rstrip()):
        return None
    return merged[i]


# the most paragraphs a page's footnotes are looked for in, from its foot up
_NOTES_REACH = 12


def _footnotes_at_end(merged: list[_Para], end: int | None = None) -> int:
    """How many of the last paragraphs (of ``merged[:end]``) are the footnotes at their page's foot:
    the first opening with a note mark, all in smaller type than the paragraph above them (each note
    is as small as the one before it, so each is weighed against the text, not against its neighbour)."""
    last = (len(merged) if end is None else end) - 1
    largest = 0.0
    for k in range(last, max(0, last - _NOTES_REACH), -1):
        above = merged[k - 1]
        if above.page != merged[k].page:
            break
        largest = max(largest, _type_size(merged[k]))
        if _NOTE_MARK.match(merged[k].lines[0]) and 0 < largest < 0.9 * _type_size(above):
            return last - k + 1
    return 0


def _page_footnotes(merged: list[_Para]) -> set[int]:
    """The paragraphs (their numbers) that are footnotes at the foot of their page (_footnotes_at_end):
    notes, not the document's words (Block.note), however their marks are printed."""
    notes: set[int] = set()
    for end in range(1, len(merged) + 1):
        if end == len(merged) or merged[end].page != merged[end - 1].page:
            notes.update(range(end - _footnotes_at_end(merged, end), end))
    return notes


def _type_size(para: _Para) -> float:
    """The size of a paragraph's type: its first letter's font size where known, else its first
    line's height (which a raised note mark opening a footnote makes as tall as the text's)."""
    if para.first is not None and para.first.first_font[1] > 0:
        return para.first.first_font[1]
    return para.size


def _running_lines(edges: list[_Edges], heights: list[float], body_size: float) -> tuple[set[int], set[str]]:
    """ids of the lines that are running headers and footers (page_furniture tells them by their
    text, and a top row by its look; not a line that goes on with the text beside it), and the
    datelines kept from running lines, each once: such a line loses its page number here."""
    rows_of = [e.top + e.bottom for e in edges]
    tops = [_top_row(e.top, height) for e, height in zip(edges, heights)]
    texts = [[[ln.text for ln in row] for row in rows] for rows in rows_of]
    found = running_lines(texts, headers_by_look(tops, body_size))
    _keep_the_text(found, edges, body_size)
    headed = {i for i, (e, hits) in enumerate(zip(edges, found))
              if e.top and all((0, j) in hits for j in range(len(e.top[0])))}
    for i in headers_facing(tops, headed):  # apart from the text under them, so in none of it
        found[i].update((0, j) for j in range(len(edges[i].top[0])))
    for i, hits in enumerate(found):  # OCR specks set apart from a running line on its row go with it
        hits.update((r, j) for r in {r for r, _ in hits} for j, ln in enumerate(rows_of[i][r])
                    if not any(ch.isalnum() for ch in ln.text))
    datelines = keep_first_datelines(texts, found)
    if edges:
        _keep_first_heading(edges[0], found[0])
    for (i, r, j), dateline in datelines.items():  # «…, 12 марта 2019 г., стр. 3» keeps all but «стр. 3»
        if dateline != normalize_inline(rows_of[i][r][j].text):
            rows_of[i][r][j].text = dateline
    return {id(rows_of[i][r][j]) for i, hits in enumerate(found) for r, j in hits}, set(datelines.values())


def _keep_first_heading(edges: _Edges, hits: set[tuple[int, int]]) -> None:
    """Keep the running line opening the first page (``edges``, its running lines ``hits``) where it
    is the document's heading there (page_furniture.first_page_heading), its OCR specks taken off (a
    speck set apart on its row still goes); not where the heading stands again under it, not running.
    Running lines above it (an archive's cipher «АРХИВ АНК Ф. 1 Оп. 1 Д. 52» over each page's
    «СТЕНОГРАММА») still go: the heading is the first running line that names a type."""
    running = {id(edges.top[r][k]) for r, k in hits if r < len(edges.top)}
    for r, row in enumerate(edges.top):
        if r >= len(edges.rows) or row is not edges.rows[r]:
            return
        words = [(j, ln) for j, ln in enumerate(row) if any(ch.isalnum() for ch in ln.text)]
        if not words or any((r, j) not in hits for j, _ in words):
            return  # the page's own text begins: no heading among the running lines above it
        if len(words) != 1:
            continue
        j, line = words[0]
        heading = first_page_heading(line.text)
        if heading is None:
            continue
        below = [ln for ln in edges.rows[r + 1] if any(ch.isalnum() for ch in ln.text)] if len(edges.rows) > r + 1 else []
        # the heading again under it, maybe wrapped («Отчет о деятельности … Костанайской» / «области …»)
        again = len(below) == 1 and line_key(below[0].text) and line_key(line.text).startswith(line_key(below[0].text))
        if again and id(below[0]) not in running:
            return
        hits.discard((r, j))
        line.text, line.x1 = heading, _words_of(line).x1
        return


def _keep_the_text(found: list[set[tuple[int, int]]], edges: list[_Edges], body_size: float) -> None:
    """Take out of ``found`` (running_lines' hits) the repeated lines that are the pages' own text
    all the same: one that runs on with the line beside it (_in_the_text), one further from the
    page's edge than a row of its text (a running line prints at the edge, on its own), one in the
    text's type that stands where other pages print their text (_in_the_text_block: a report's
    sentence repeated as a paragraph of its own, the first or last of a page), and the
    first under the header that goes on with the sentence the page before broke off, set as that
    text is (_goes_on_from). Until none is left: a line found to be text is one its neighbours may
    run on with, so a paragraph every line of which repeats on the pages (a report's points sharing
    their wording) stays whole. The page break is looked at last, once the pages' layout has told
    which of their last lines are text: the next page goes on from those."""
    rows_of = [e.top + e.bottom for e in edges]
    repeated = {id(rows_of[i][r][j]) for i, hits in enumerate(found) for r, j in hits}
    heads = running_heads([(_last_row_text(edges[i - 1].rows, repeated) if i else None,
                            [ln.text for ln in e.top[0] if id(ln) in repeated] if e.top else [])
                           for i, e in enumerate(edges)])

    block = _text_block(edges[1:], repeated, body_size)

    def set_in_the_text(i: int, line: _Line, k: int, top: bool) -> bool:
        rows = edges[i].rows
        outside = rows[:k] if top else rows[k + 1:]
        return (_in_the_text(line, k, rows, repeated) or any(_is_text(row, repeated) for row in outside)
                or _in_the_text_block(line, top, block, body_size))

    def goes_on_across_the_break(i: int, line: _Line, k: int, top: bool) -> bool:
        if not top or i == 0 or line_key(line.text) in heads:
            return False
        before = _last_text_line(edges[i - 1].rows, repeated)
        return (before is not None and goes_on_across(before.text, line.text)
                and _goes_on_from(before, line, edges[i].rows, repeated))

    while _keep_lines(found, edges, repeated, set_in_the_text) or \
            _keep_lines(found, edges, repeated, goes_on_across_the_break):
        pass


def _text_block(edges: list[_Edges], repeated: set[int], body_size: float) -> tuple[float, float] | None:
    """How high and how low the pages print their own text in its type: the top of the highest line
    and the foot of the lowest, the running lines, page numbers and headings aside. The first page
    (a title page sets its lines anywhere) is left out by the caller; None without such text."""
    lines = [ln for e in edges for row in e.rows for ln in row
             if id(ln) not in repeated and _in_type(ln, body_size) and not is_page_number(ln.text)]
    return (max(ln.y1 for ln in lines), min(ln.y0 for ln in lines)) if lines else None


def _in_the_text_block(line: _Line, top: bool, block: tuple[float, float] | None, body_size: float) -> bool:
    """Whether a repeated line in the text's type stands where other pages print their text: at the
    top no higher than their first lines (every page's first line of text stands at its top margin,
    a running header above it), at the foot no lower than their last by more than a line (a page
    ends within a line of its bottom margin, a running footer below it)."""
    if block is None or not _in_type(line, body_size):
        return False
    height = line.y1 - line.y0
    return line.y1 <= block[0] + 0.5 * height if top else line.y0 >= block[1] - height


def _in_type(line: _Line, size: float) -> bool:
    return size > 0 and abs(line.first_font[1] - size) <= 0.08 * size


def _keep_lines(found: list[set[tuple[int, int]]], edges: list[_Edges], repeated: set[int], is_text) -> bool:
    """Take out of ``found`` and ``repeated`` the lines that ``is_text(page, line, row, top)`` finds
    to be the text; whether it found any."""
    kept = False
    for i, hits in enumerate(found):
        rows_of, at = edges[i].top + edges[i].bottom, {id(row): k for k, row in enumerate(edges[i].rows)}
        for r, j in sorted(hits):
            line = rows_of[r][j]
            if is_text(i, line, at[id(rows_of[r])], r < len(edges[i].top)):
                hits.discard((r, j))
                repeated.discard(id(line))
                kept = True
    return kept


def _goes_on_from(before: _Line, line: _Line, rows: list[list[_Line]], repeated: set[int]) -> bool:
    """Whether ``line``, a page's first line of text, is set as the text it goes on from (``before``,
    the page before's last line) is: in its type, at the left edge of the page's text. A running
    header stands in its own type or centred, even one opening lowercase after a cut sentence."""
    height, own_height = line.y1 - line.y0, before.y1 - before.y0
    own = [ln.x0 for row in rows for ln in row if id(ln) not in repeated and not is_page_number(ln.text)]
    return (not _type_changes(before, line) and abs(height - own_height) <= 0.35 * max(own_height, 1.0)
            and line.x0 - min(own, default=line.x0) <= 1.5 * line.char_width)


def _is_text(row: list[_Line], repeated: set[int]) -> bool:
    """Whether a row holds the page's own text: a line neither repeated on the pages nor a page number."""
    return any(id(ln) not in repeated and not is_page_number(ln.text) for ln in row)


def _last_text_line(rows: list[list[_Line]], repeated: set[int]) -> _Line | None:
    """The last line of a page's own text: its lowest row's rightmost, the running lines aside."""
    for row in reversed(rows):
        if _is_text(row, repeated):
            own = [ln for ln in row if id(ln) not in repeated and not is_page_number(ln.text)]
            return max(own, key=lambda ln: ln.x1)
    return None


def _last_row_text(rows: list[list[_Line]], repeated: set[int]) -> str | None:
    """A page's last line (its page number aside) when it is the page's own text: None when it
    repeats on the pages (a running footer, or text that repeats)."""
    for row in reversed(rows):
        lines = [ln for ln in row if not is_page_number(ln.text)]
        if lines:
            return None if any(id(ln) in repeated for ln in lines) else max(lines, key=lambda ln: ln.x1).text
    return None


def _in_the_text(line: _Line, at: int, rows: list[list[_Line]], repeated: set[int]) -> bool:
    """Whether a line repeated on the pages (``rows[at]`` holds it; ``repeated``: the ids of all
    such lines) is the page's own text all the same: one paragraph with the line before or after
    it, with no gap between, in one type, where one of them runs on into the other. Each page of a
    transcript opening «Вопрос 3.1. Делегаты сессии обсудили вопросы … и» / «единства …», a heading
    whose second line «2019 года № 4» is the same on every page. A running header stands apart,
    and a page number is never text."""
    if is_page_number(line.text):
        return False
    before = _beside(line, rows[at - 1], repeated) if at > 0 else None
    after = _beside(line, rows[at + 1], repeated) if at + 1 < len(rows) else None
    if after is not None and opens_with_label(after.text):
        after = None  # a speaker's label opens a turn: nothing above runs on into it
    line = _words_of(line)
    near = [ln for ln in (before, line, after) if ln is not None]
    # the column's edges are the page's text's under and over the line, not these lines' alone: a
    # short running header over a short first line («СТЕНОГРАММА» over «Фролов Ю.Н.:») ends short of it
    column = near + [ln for row in rows for ln in row if id(ln) not in repeated and not is_page_number(ln.text)
                     and min(ln.x1, line.x1) > max(ln.x0, line.x0)]
    left, right = min(ln.x0 for ln in column), max(ln.x1 for ln in column)
    return ((before is not None and _one_paragraph(before, line)
             and (_runs_on(before, right, right - left) or _centred_together(before, line, left)))
            or (after is not None and _one_paragraph(line, after) and _runs_on(line, right, right - left)))


def _words_of(line: _Line) -> _Line:
    """A line as far as its last word: OCR specks after it (a scan's dust at the page's edge, «СТЕНОГРАММА
    ,' -») do not carry it to the column's edge."""
    words = without_end_specks(line.text)
    if words == line.text:
        return line
    return replace(line, text=words, x1=min(line.x1, line.x0 + len(words) * line.char_width))


def _beside(line: _Line, row: list[_Line], repeated: set[int]) -> _Line | None:
    """The line of the row above or below ``line`` that stands over or under it, if it is the
    page's own text (no running line, no page number): the pieces standing over it as one line,
    a justified line with wide gaps between its words coming out of pdfminer in pieces."""
    over = sorted((ln for ln in row if min(ln.x1, line.x1) > max(ln.x0, line.x0)), key=lambda ln: ln.x0)
    if not over or any(id(ln) in repeated or is_page_number(ln.text) for ln in over):
        return None
    if len(over) == 1:
        return over[0]
    return replace(over[0], text=" ".join(ln.text.strip() for ln in over), x1=over[-1].x1,
                   last_font=over[-1].last_font)


def _one_paragraph(upper: _Line, lower: _Line) -> bool:
    """Two lines set as one paragraph's: no wider gap than a line's height, the same type."""
    height = upper.y1 - upper.y0
    return (upper.y0 - lower.y0 <= 1.6 * height and not _type_changes(upper, lower)
            and abs(height - (lower.y1 - lower.y0)) <= 0.35 * max(height, 1.0))


def _top_row(top: list[list[_Line]], height: float) -> TopRow | None:
    """How a page's outermost top row looks (page_furniture.headers_by_look)."""
    if not top:
        return None
    row = sorted(top[0], key=lambda ln: ln.x0)
    return TopRow(" ".join(normalize_inline(ln.text) for ln in row), max(ln.first_font[1] for ln in row),
                  height - max(ln.y1 for ln in row), len(top) < 2 or not _adjacent(top[0], top[1]))


def _page_number_lines(top: list[list[_Line]], bottom: list[list[_Line]], running: set[int]) -> set[int]:
    """ids of the lines of a page's outermost top or bottom row that print only its number, once
    its running header or footer is left out: «12», «— 12 —», «стр. 12 из 40»; not the numbers
    of a table's last row, «Всего 103 108 112»."""
    numbers: set[int] = set()
    for rows in (top, bottom):
        rest = sorted((ln for ln in rows[0] if id(ln) not in running), key=lambda ln: ln.x0) if rows else []
        if rest and is_page_number(" ".join(ln.text for ln in rest)):
            numbers.update(map(id, rest))
    return numbers


def _numbers_in_the_text(edges: list[_Edges], heights: list[float], running: set[int],
                         found: list[set[int]]) -> list[set[int]]:
    """For each page, ids of the lines inside its text area that print only the page's number,
    counting up with the pages as those at the edges (``found``, or a running footer of a number
    alone) do (numbered_pages): at the foot of the text area above a running footer, under a short
    page's last line, or printed over the text's last lines."""
    rows: list[NumberRow] = []
    for i, (e, height) in enumerate(zip(edges, heights)):
        for k, row in enumerate(e.rows):
            above, below = height - max(ln.y1 for ln in row), min(ln.y0 for ln in row)  # room to each edge
            top = above < below
            # where the margins' rows stand, or a short page's last row wherever it stands
            if k == (0 if top else len(e.rows) - 1) or min(above, below) <= 0.2 * height:
                rows.extend(NumberRow(i, top, value, key, at_edge)
                            for value, key, at_edge in _number_lines(row, running, found[i]))
    out: list[set[int]] = [set() for _ in edges]
    for row in numbers_in_sequence(rows):
        out[row.page].update(row.key)
    return out


def _number_lines(row: list[_Line], running: set[int],
                  found: set[int]) -> Iterator[tuple[int, frozenset[int], bool]]:
    """The numbers a row prints alone, each with the ids of its lines and whether it was taken at the
    page's edge already: the row's running line of a number alone, the row's own text when it is a
    number, or a number alone printed across a line of the text beside it."""
    own = sorted((ln for ln in row if id(ln) not in running), key=lambda ln: ln.x0)
    run = " ".join(ln.text for ln in sorted(row, key=lambda ln: ln.x0) if id(ln) in running)
    if run and (value := page_number_value(run)) is not None:
        yield value, frozenset(), True
    if own and (value := page_number_value(" ".join(ln.text for ln in own))) is not None:
        ids = frozenset(map(id, own))
        yield value, ids, ids <= found
        return
    for ln in own:
        if (value := page_number_value(ln.text)) is not None and \
                any(other is not ln and other.x0 < ln.x1 and ln.x0 < other.x1 for other in own):
            yield value, frozenset([id(ln)]), False


def _body_size(pages: list[list[_Box]]) -> float:
    """The type size most of the text is set in."""
    chars: dict[float, int] = {}
    for boxes in pages:
        for b in boxes:
            for ln in b.lines:
                size = ln.first_font[1]
                if size:
                    chars[size] = chars.get(size, 0) + len(ln.text)
    return max(chars, key=chars.__getitem__) if chars else 0.0


class _Edges(NamedTuple):
    """A page's rows (lines on one baseline, top to bottom), and those of them that may be its
    running header and footer, outermost first."""

    top: list[list[_Line]]
    bottom: list[list[_Line]]
    rows: list[list[_Line]]


def _edge_rows(boxes: list[_Box], height: float) -> _Edges:
    """The rows that may be a page's running header and footer: the two outermost rows in each
    margin, and more stacked as closely as they (a header of three lines), not the body below a
    wider gap."""
    rows = baseline_groups([ln for b in boxes for ln in b.lines])
    zone = 0.2 * height
    top = _stacked(rows, lambda row: max(ln.y1 for ln in row) >= height - zone)
    bottom = _stacked(rows[::-1], lambda row: min(ln.y0 for ln in row) <= zone)
    return _Edges(top, [row for row in bottom if all(row is not t for t in top)], rows)


def _stacked(rows: list[list[_Line]], in_margin, most: int = 4) -> list[list[_Line]]:
    """The first rows from a page edge that lie in its margin: two, and more while every row so
    far sits right under the one before it (a header block of three lines), not the body."""
    out: list[list[_Line]] = []
    for row in rows[:most]:
        if not in_margin(row):
            break
        if len(out) >= 2 and not all(_adjacent(a, b) for a, b in zip(out, out[1:] + [row])):
            break
        out.append(row)
    return out


def _adjacent(row: list[_Line], nxt: list[_Line]) -> bool:
    """Whether ``nxt`` is the next line of text after ``row``: no wider gap than a line's height."""
    height = max(ln.y1 - ln.y0 for ln in row)
    return abs(row[0].y0 - nxt[0].y0) <= 1.6 * height


@dataclass
class _PageRead:
    boxes: list[_Box]  # the text of the page, upright
    height: float
    images: int
    turned: list[_Box]  # text running another way than most of the page's, read turned upright
    slanted: bool  # letters set at a slant (a stamp, a watermark) were left out


# Fewer letters running another way than this (a turned digit or arrow) are left out rather than
# worth reading the page again for.
_TURNED_LETTERS = 5


def _read_page(interpreter, device, page) -> _PageRead:
    """A page's text boxes. Letters running sideways or upside down (a table printed across the
    sheet, a page turned with /Rotate) come out of pdfminer as lines of single letters: the page
    is read again turned so that they stand upright, and the way most of its text runs is the
    page's. Letters at a slant are left out, and so is text outside the page's CropBox (pdf_crop)."""
    crop_to_view(page)
    interpreter.process_page(page)
    layout = device.get_result()
    boxes, images = _collect_boxes(layout)
    boxes = lines_in_view(boxes, layout.width, layout.height)
    _clean_lines(boxes)
    letters: Counter = Counter()
    for b in boxes:
        for ln in b.lines:
            letters[ln.turn] += sum(ch.isalnum() for ch in ln.text)
    height = layout.height or 1.0
    if set(letters) <= {0}:
        return _PageRead(boxes, height, images, [], False)
    upright = _turned_by(boxes, 0)
    slanted = letters[None] > 0
    turn = max((t for t in letters if t), key=letters.__getitem__, default=None)
    if turn is None or letters[turn] < _TURNED_LETTERS:
        return _PageRead(upright, height, images, [], slanted)
    page.rotate = (page.rotate + turn) % 360
    interpreter.process_page(page)
    layout = device.get_result()
    righted, _ = _collect_boxes(layout)
    righted = lines_in_view(righted, layout.width, layout.height)
    _clean_lines(righted)
    righted = _turned_by(righted, 0)
    if _letters(righted) > _letters(upright):
        return _PageRead(righted, layout.height or 1.0, images, upright, slanted)
    return _PageRead(upright, height, images, righted, slanted)


def _clean_lines(boxes: list[_Box]) -> None:
    for b in boxes:
        for ln in b.lines:
            ln.text = _clean_line(ln.text)
        b.lines = [ln for ln in b.lines if ln.text.strip()]
    boxes[:] = [b for b in boxes if b.lines]


def _turned_by(boxes: list[_Box], turn: int) -> list[_Box]:
    """The boxes with only their lines whose letters run ``turn`` degrees."""
    out = [replace(b, lines=[ln for ln in b.lines if ln.turn == turn]) for b in boxes]
    return [b for b in out if b.lines]


def _letters(boxes: list[_Box]) -> int:
    return sum(len(ln.text) for b in boxes for ln in b.lines)


def _cut_cid_runs(i: int, boxes: list[_Box], turned: dict[int, list[_Box]]) -> int:
    """Cuts out of page ``i``'s lines the runs drawn in a font with no character map (pdf_cid_lines),
    also from its text running the other way; returns the number of glyphs cut."""
    dropped = cut_cid_runs(boxes)
    if i in turned:
        dropped += cut_cid_runs(turned[i])
        if not turned[i]:
            del turned[i]
    return dropped


class PdfParser(Parser):
    format = "pdf"
    extensions = (".pdf",)
    mime_types = ("application/pdf", "application/x-pdf")

    def __init__(self, laparams=None):
        from pdfminer.layout import LAParams

        # boxes_flow=None skips pdfminer's own box ordering (a third of its time): _reading_order
        # orders the boxes itself
        self.laparams = laparams or LAParams(all_texts=True, boxes_flow=None)

    def parse(self, data: bytes, name: str = "") -> ParsedDocument:
        if not data.strip():
            raise ParseError("empty", "The file is empty.", path=name or None)
        where = name or None
        try:
            return self._parse(data, name)
        except ParseError:
            raise
        except (MemoryError, KeyboardInterrupt, RecursionError):
            raise
        except Exception as e:  # pdfminer raises many kinds on broken files
            log.debug("pdf %s damaged: %r", name, e)
            err = ParseError("damaged", "The PDF is damaged or truncated and cannot be read.", path=where)
            err.detail = f"{type(e).__name__}: {e}"[:200]
            raise err from None

    def _parse(self, data: bytes, name: str) -> ParsedDocument:
        from pdfminer.pdfdocument import PDFDocument, PDFEncryptionError, PDFPasswordIncorrect
        from pdfminer.pdfinterp import PDFPageInterpreter, PDFResourceManager
        from pdfminer.pdfpage import PDFPage
        from pdfminer.pdfparser import PDFParser

        from .pdf_actual_text import ActualTextAggregator

        where = name or None
        if b"%PDF" not in data[:1024]:
            raise ParseError("damaged", "The file is not a PDF: its PDF header is missing.", path=where)
        truncated = b"%%EOF" not in data[-4096:]
        parser = PDFParser(io.BytesIO(data))
        try:
            doc = PDFDocument(parser, password="")
        except PDFPasswordIncorrect:
            raise ParseError("password_required", "The PDF is protected by a password; it cannot be "
                             "opened without it.", path=where) from None
        except PDFEncryptionError as e:
            raise ParseError("unsupported", f"The PDF is encrypted with a method that cannot be opened ({e}).",
                             path=where) from None

        metadata: dict[str, str] = {}
        # the XMP packet fills what /Info lacks (PDF 2.0 writers and metadata cleaners leave no /Info)
        for info in [*(doc.info or []), xmp_metadata(doc.catalog)]:
            for key, out in (("Title", "title"), ("Author", "author"), ("Subject", "subject"),
                             ("Keywords", "keywords"), ("Creator", "creator"), ("Producer", "producer")):
                if key in info and out not in metadata:
                    v = _info_value(info[key])
                    if v and not _JUNK_VALUE.match(v):
                        metadata[out] = v
            for key, out in (("CreationDate", "created"), ("ModDate", "modified")):
                if key in info and out not in metadata:
                    v = _info_value(info[key])
                    d = pdf_date(v) if v else None
                    if d:
                        metadata[out] = d

        rsrc = PDFResourceManager(caching=True)
        device = ActualTextAggregator(rsrc, laparams=self.laparams)
        interpreter = PDFPageInterpreter(rsrc, device)
        pages: list[list[_Box]] = []
        heights: list[float] = []
        turned: dict[int, list[_Box]] = {}  # text of a page running another way than most of it
        slanted: list[int] = []
        images = 0
        imaged: list[bool] = []  # a page with a picture: a scan's page, if it has no text, that OCR skipped
        failed: list[int] = []
        page_no = 0
        annots: list = []  # each page's annotations: form fields' widgets, attached files
        try:
            for page in PDFPage.create_pages(doc):
                page_no += 1
                annots.append(page.annots)
                try:
                    read = _read_page(interpreter, device, page)
                except (MemoryError, KeyboardInterrupt, RecursionError):
                    raise
                except Exception as e:
                    log.debug("pdf %s page %d unreadable: %r", name, page_no, e)
                    failed.append(page_no)
                    imaged.append(False)
                    pages.append([])
                    heights.append(1.0)
                    continue
                images += read.images
                imaged.append(read.images > 0)
                pages.append(read.boxes)
                heights.append(read.height)
                if read.turned:
                    turned[len(pages) - 1] = read.turned
                if read.slanted:
                    slanted.append(page_no)
        except ParseError:
            raise
        except Exception as e:
            if not pages:
                raise
            log.debug("pdf %s: page tree broken after page %d: %r", name, page_no, e)
            truncated = True
        if not pages:
            raise ParseError("damaged", "The PDF has no readable pages.", path=where)
        if failed and len(failed) == len(pages):
            raise ParseError("damaged", "The PDF is damaged: none of its pages can be read.", path=where)

        has_text = any(b.lines for boxes in [*pages, *turned.values()] for b in boxes)
        if not has_text:
            if truncated:
                raise ParseError("damaged", "The PDF is truncated or damaged; no text could be read.",
                                 path=where)
            raise ParseError("no_text_layer", "The PDF has no text layer (scanned pages or images "
                             "only); it needs OCR before it can be searched.", path=where)

        warnings: list[str] = []
        if failed:
            warnings.append("Pages " + ", ".join(map(str, failed)) + " could not be read.")
        if truncated:
            warnings.append("The PDF looks truncated; only the readable part was indexed.")
        if slanted:
            warnings.append(f"Text set at a slant on page{'s' if len(slanted) > 1 else ''} "
                            + ", ".join(map(str, slanted)) + " (a stamp or a watermark) was left out.")

        # mojibake: judged per page, so one broken font on a few pages does not sink the file
        garbled_pages: list[int] = []
        garbled_chars = 0
        cut_chars = 0  # glyphs of a font with no character map cut out of pages that kept their text
        total_chars = 0
        reasons: list[str] = []
        noise_pages: list[int] = []  # a text layer of OCR noise (a photo's), not language
        # a scan's every page is a picture: one without text is a page OCR skipped, not a blank page or
        # a photo in a brochure
        without_text = [i + 1 for i, boxes in enumerate(pages) if not boxes and i not in turned] if all(imaged) else []
        cid_pages: list[int] = []  # pages that kept their text but lost runs of a font with no character map
        for i, boxes in enumerate(pages):
            cid = _cut_cid_runs(i, boxes, turned)
            page_text = "\n".join(ln.text for b in boxes + turned.get(i, []) for ln in b.lines)
            n = len(page_text)
            total_chars += n + cid
            if cid:
                reasons.append("cid")
                if page_text.strip():
                    cid_pages.append(i)
                    cut_chars += cid
                else:
                    garbled_pages.append(i)
                    garbled_chars += cid
            if is_noise(page_text):  # first: noise's few letters may read as a broken font's too
                noise_pages.append(i)
                continue
            reason = mojibake_reason(page_text)
            if reason:
                garbled_pages.append(i)
                garbled_chars += n + cid  # what was cut goes with the page
                cut_chars -= cid
                reasons.append(reason)
        # pages garbled whole sink the file at half its text; glyphs cut out of pages that kept text only
        # at four fifths with them: a short letter's body is shorter than its letterhead and stamp, a
        # file whose every body line is such a font keeps only a heading or a number or two
        if (garbled_chars and garbled_chars >= 0.5 * total_chars) or (
                cut_chars and garbled_chars + cut_chars >= _MOSTLY_UNMAPPED * total_chars):
            raise ParseError(
                "mojibake",
                "The PDF's text comes out garbled (its fonts have no usable character map, "
                f"{reasons[0].replace('_', ' ')}); it was not indexed and needs OCR.",
                path=where,
            )
        if garbled_pages:
            warnings.append("Garbled text on pages " + ", ".join(str(i + 1) for i in garbled_pages)
                            + " was left out.")
            for i in garbled_pages:
                pages[i] = []
                turned.pop(i, None)
        if cid_lines := [i + 1 for i in cid_pages if i not in garbled_pages]:
            warnings.append(cid_lines_note(cid_lines))
        if noise_pages and not any(boxes or i in turned for i, boxes in enumerate(pages) if i not in noise_pages):
            raise ParseError("ocr_noise", NOISE_MESSAGE, path=where)
        warnings += page_notes(without_text, [i + 1 for i in noise_pages])
        for i in noise_pages:
            pages[i] = []
            turned.pop(i, None)

        edges = [_edge_rows(boxes, height) for boxes, height in zip(pages, heights)]  # once a page
        running, header_datelines = _running_lines(edges, heights, _body_size(pages))
        paras: list[_Para] = []
        # a transcript's turns start at their labels, also where no gap or short line shows it
        transcript = is_transcript([ln.text for boxes in pages for b in boxes for ln in b.lines])
        numbers_of = [_page_number_lines(e.top, e.bottom, running) for e in edges]
        for found, inside in zip(numbers_of, _numbers_in_the_text(edges, heights, running, numbers_of)):
            found |= inside
        for i, (boxes, numbers) in enumerate(zip(pages, numbers_of)):
            for b in boxes:
                b.lines = [ln for ln in b.lines if id(ln) not in running and id(ln) not in numbers]
            lines = [ln for b in boxes for ln in b.lines]
            # text running the other way (read turned upright) follows the page's own; a page
            # number standing upright beside a table printed across the sheet is left out
            other = [ln for b in turned.get(i, []) for ln in b.lines if not is_page_number(ln.text)]
            for group in [*column_groups(lines), *(column_groups(other) if other else [])]:
                rows = _rows(group)
                paras.extend(_paragraphs_of_rows(rows, i + 1, transcript))

        column = prose_column([line for p in paras for line in p.lines])  # a book's prose wraps there, no verse
        merged = _stanzas_joined(_join_continued(paras), column)
        blocks = []
        spelling = DocumentSpelling("\n".join(line for p in merged for line in p.lines))
        notes = _page_footnotes(merged)
        for i, p in enumerate(merged):
            contents = is_contents_entry(p.lines[-1])  # its leader dropped, never quoted
            lines = [without_leader(ln) for ln in p.lines] if contents else p.lines
            if p.row:
                text = p.lines[0]  # its cells' tabs kept, which joining it as lines would make spaces
            elif not contents and is_stanza(p.lines, column):
                text = stanza_text(p.lines)  # verse keeps its line breaks
            else:
                text = join_lines(lines, spelling)
            if text and any(ch.isalnum() for ch in text):
                blocks.append(Block(text, p.page, quotable=not contents, breaks=_page_breaks(text, lines, p.breaks),
                                    note=i in notes))
        if not blocks:
            raise ParseError("no_text_layer", "The PDF has no usable text layer; it needs OCR.", path=where)

        title = metadata.get("title")
        if title and (is_placeholder_title(title) or mojibake_reason(title)):
            # «Слайд 1», «Microsoft Word - x.docx»: the text names the document, also where build would
            # fall back to the metadata's title
            del metadata["title"]
            title = None
        # a news item's dateline names no subject, nor does a newspaper's header kept for its date
        title = title_by_text(title, [b.text for b in blocks if b.text not in header_datelines])
        texts = [b.text for b in blocks]
        dateline = own_dateline(texts, running=header_datelines)
        if dateline:
            metadata["dateline"] = dateline
        values = {n: found for n, page_annots in enumerate(annots, 1) if page_annots
                  for found in [field_values(page_annots, _info_value)] if found}
        blocks = with_field_values(blocks, values)
        warnings += form_notes(values, attached_files(doc.catalog, annots, _info_value))
        return ParsedDocument(
            format="pdf",
            title=title,
            blocks=blocks,
            pages=len(pages),
            metadata=metadata,
            warnings=warnings,
        )
