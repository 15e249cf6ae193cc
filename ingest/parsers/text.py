"""Plain-text files: encoding detection (BOM, UTF-8, UTF-16/32, Cyrillic code pages), page
furniture left out (text_pages), paragraphs, first line as title."""
from __future__ import annotations

import re
import unicodedata

from .base import Block, ParsedDocument, ParseError, Parser
from .encoding import (GARBLED_QUALITY, TWINS_QUALITY, Decoded, count_bytes, decode_bytes, letter_quality,
                       letter_quality_bytes, reading_with_twins, reads_miscased)
from .act_title import title_from_heading
from .article_head import article_title
from .code_page_misread import repair_code_page_misread
from .cyrillic_misread import repair_cyrillic_misread
from .mojibake_runs import repair_runs
from .file_titles import file_name_title
from .html_references import non_ascii_references_resolved
from .kazakh_bodies import ends_in_genitive, opens_with_genitive
from .letter_title import letter_title
from .nul_bytes import nul_separated_fields, without_nul_bytes, without_nul_chars
from .lost_letters import lost_letters
from .sound_cues import sound_cue_line
from .utf8_misread import repair_double_encoding
from .own_dateline import own_dateline
from .quoted_printable import quoted_printable_bytes
from .normalize import (MAX_HEADING_TITLE, clean_text, is_rule_line, looks_like_title, split_lines_kept,
                        part_below_dateline, with_part_label, without_datelines, without_letterhead)
from .text_columns import columns_unfolded
from .text_notes import joined_notes, note_paragraphs
from .text_pages import paged_text, paragraph_pages
from .text_tables import figures_unspread, table_rows
from .timed_lines import timed_transcript


# Control characters a text file does have: tab, newlines, form feed, DOS end of file, and Word's
# manual line break (VT), non-breaking hyphen (0x1E) and optional hyphen (0x1F) in its exports.
_TEXT_CONTROL_BYTES = (9, 10, 11, 12, 13, 26, 30, 31)
_CONTROL_BYTES = bytes(b for b in range(32) if b not in _TEXT_CONTROL_BYTES)
# Characters that are surely not control, private-use, surrogate or unassigned: the scripts and
# punctuation of these documents, and the control characters above (NEL too). Only the others
# are looked up one by one.
_PLAIN_CHARS = re.compile(
    "[\t\n\r\x0b\x0c\x1e\x1f\x85\x20-\x7e\u00a0-\u036f\u0400-\u052f\u2010-\u2027\u2030-\u205e]+")
_LOST_SAMPLE = 100000  # where lost letters are counted: as many as a warning needs, in any file's time
_HEAD_CHARS = 4000  # where a title's heading lines are: the text's start, not all of a large file


def _control_share(data: bytes) -> float:
    """Share of bytes that no text file has: NUL and the C0 controls other than _TEXT_CONTROL_BYTES."""
    sample = data[:65536]
    return count_bytes(sample, _CONTROL_BYTES) / max(1, len(sample))


def decoded_head(head: bytes) -> str | None:
    """A file's first bytes as the text parser reads them (UTF-16 too); None when they are not text."""
    if not head:
        return None
    try:
        return decode_text(head)[0]
    except ParseError:
        return None


def _non_text_chars(text: str) -> int:
    """Control, private-use, surrogate and unassigned characters in `text`, except those _PLAIN_CHARS
    lets through (tab, newlines, Word's controls)."""
    return sum(1 for ch in _PLAIN_CHARS.sub("", text) if unicodedata.category(ch) in ("Cc", "Co", "Cs", "Cn"))


def decode_text(data: bytes, declared: str | None = None, name: str = "") -> tuple[str, str, list[str]]:
    """Bytes of a text to (text, codec, warnings), or ParseError when they are not text."""
    warnings: list[str] = []
    if nul_separated_fields(data):  # checked before the NULs go: the fields alone read as text
        raise ParseError("binary", "The file is binary data, not text.", path=name or None)
    data, nuls = without_nul_bytes(data)
    if nuls:
        warnings.append(f"{nuls} NUL byte(s) dropped (zero padding, not text).")
    unescaped = quoted_printable_bytes(data)
    if unescaped is not None:
        data = unescaped
        warnings.append("The text was quoted-printable (a mail body saved as it was sent, «=D0=97=D0=B0»); decoded.")
    decoded = decode_bytes(data, declared)
    text = decoded.text
    if decoded.stray_bom:
        warnings.append(f"The file starts with a UTF-16 byte order mark, but its text is in {decoded.encoding}; read "
                        f"as {decoded.encoding}.")
    if decoded.encoding.startswith(("utf-16", "utf-32")):
        text, nuls = without_nul_chars(text)
        if nuls:
            warnings.append(f"{nuls} NUL character(s) dropped (zero padding, not text).")
    if decoded.how not in ("bom", "utf-16", "utf-32") and _control_share(data) > 0.02:
        raise ParseError("binary", "The file is binary data, not text.", path=name or None)
    # undone first: a misread text's Latin-1 reading holds C1 controls where its letters were
    text, repaired = _mojibake_repaired(text, unicode=decoded.encoding.startswith("utf"))
    bad = _non_text_chars(text[:20000])
    if bad > 0.02 * max(1, min(len(text), 20000)):
        raise ParseError("binary", "The file is binary data, not text.", path=name or None)
    for page, numbers in (decoded.other_lines or {}).items():
        if decoded.how == "mixed":  # runs within a line too: a windows-1251 passage pasted into UTF-8
            warnings.append(f"Text on {_line_list(numbers, verb=False)} was in {_named(page)} in a "
                            f"{_named(decoded.encoding)} file; each passage was read in its own encoding.")
        else:
            warnings.append(f"{_line_list(numbers)} in {page} in a {decoded.encoding} file; "
                            f"each line was read in its own code page.")
    if decoded.how == "utf-8-after-bom":
        warnings.append("The file starts with a UTF-16 byte order mark, but its text is UTF-8; read as UTF-8.")
    if decoded.how == "utf-8-damaged":
        warnings.append(f"{decoded.text.count(chr(0xFFFD))} broken UTF-8 sequence(s) replaced; the rest of the text is intact.")
    undone = repaired is not None
    if undone:
        warnings.append(repaired)
    judged = decoded.how in ("detected", "mixed", "code-pages")
    quality = _quality(text, data, decoded, repaired=undone) if judged else None
    if quality is not None and quality < GARBLED_QUALITY:
        # OCR output with Latin look-alikes (Пpoтoкoл) scores as garbage in its own code page
        ocr = reading_with_twins(data) if decoded.how == "detected" and not undone else None
        if ocr is None:
            raise ParseError("mojibake", _GARBLED, path=name or None)
        decoded, text = ocr, ocr.text
    elif quality is not None and quality < TWINS_QUALITY and decoded.how != "mixed" and reads_miscased(text):
        # Greek read as KOI8-R («сУМщКЕУСГР») reads poorly, not as garbage: real text reads above TWINS_QUALITY
        raise ParseError("mojibake", _GARBLED, path=name or None)
    lost = lost_letters(text[:_LOST_SAMPLE])
    if lost:
        warnings.append(f"At least {lost} letter(s) were lost as «?» inside words (the text was converted to a code "
                        f"page that lacks them, as windows-1251 lacks Kazakh's ә ғ қ ң ө ұ ү һ); they cannot be read "
                        f"back: look for the original file.")
    if decoded.alternative:
        # a text of a few words is the usual reason; a long one may mix two code pages' letters
        why = " (the text is short)" if len(text) < 1000 else ""
        warnings.append(f"The code page is uncertain{why}: read as {decoded.encoding}; "
                        f"{decoded.alternative} would read it differently.")
    return text, decoded.encoding, warnings


_GARBLED = ("The text is garbled in every encoding this archive reads (Unicode, the Cyrillic code pages, "
            "windows-1250, -1252 and -1254), perhaps in another language's code page; it was not indexed.")


def _mojibake_repaired(text: str, unicode: bool = True) -> tuple[str, str | None]:
    """``text`` with a double encoding undone (UTF-8, or a Cyrillic code page, read as another
    single-byte code page and saved again), and the warning that says so; None when there was none.
    Only a ``unicode`` text (UTF-8, UTF-16) can hold a Cyrillic code page's letters misread as another's,
    or mojibake beside good Cyrillic: a file in one code page read as another is detection's to choose."""
    fixed, undone, guessed = repair_double_encoding(text)
    if undone and guessed:
        return fixed, (f"Text was UTF-8 misread as {undone} and saved again; repaired, {guessed} letter(s) the "
                       f"misreading had lost guessed from their words.")
    if undone:
        return fixed, f"Text was UTF-8 misread as {undone} and saved again; repaired."
    fixed, code_page, misread_as = repair_code_page_misread(text)
    if not code_page and unicode:
        fixed, code_page, misread_as = repair_cyrillic_misread(text)
    if code_page:
        return fixed, f"Text was {code_page} misread as {misread_as} and saved again; repaired."
    # a heading, a paragraph, a few words
    fixed, lines, misreading, left = repair_runs(text) if unicode else (text, [], None, [])
    if misreading and left:  # never told repaired while garbage is left
        return fixed, (f"Text on {_line_list(lines, verb=False)} was {misreading} and saved again; repaired. "
                       f"Text on {_line_list(left, verb=False)} still reads as mojibake and could not be read back.")
    if misreading:
        return fixed, f"Text on {_line_list(lines, verb=False)} was {misreading} and saved again; repaired."
    return text, None


def references_repaired(text: str) -> tuple[str, str | None]:
    """A page's ``text`` whose letters are numeric references to mojibake (&#1056;&#8212; for «Р—»,
    an old CMS escaping a text already misread) with the references written out and the mojibake
    undone, and the warning that says so; ``text`` and None when it has none."""
    resolved = non_ascii_references_resolved(text)
    if resolved == text:
        return text, None
    fixed, repaired = _mojibake_repaired(resolved)
    if repaired is None:
        return text, None
    return fixed, f"{repaired} Its letters were written as numeric character references (&#1056;)."


def _named(encoding: str) -> str:
    return "UTF-8" if encoding == "utf-8" else encoding


def _line_list(numbers: list[int], verb: bool = True) -> str:
    """«Line 9 was», «Lines 9-10, 14 were» (without the verb: «line 9», «lines 9-10, 14»):
    consecutive numbers as a range."""
    runs: list[list[int]] = []
    for n in numbers:
        if runs and n == runs[-1][-1] + 1:
            runs[-1].append(n)
        else:
            runs.append([n])
    named = ", ".join(f"{r[0]}-{r[-1]}" if len(r) > 1 else str(r[0]) for r in runs)
    if not verb:
        return f"line {named}" if numbers == [numbers[0]] else f"lines {named}"
    return f"Line {named} was" if numbers == [numbers[0]] else f"Lines {named} were"


def _quality(text: str, data: bytes, decoded: Decoded, repaired: bool) -> float:
    """letter_quality of the text's first 20,000 characters. A text detected as a one-byte code
    page and not repaired is those bytes decoded: scored from the byte tables, much cheaper."""
    quality = None
    if decoded.how == "detected" and not repaired:
        quality = letter_quality_bytes(data[:20000], decoded.encoding)
    return letter_quality(text[:20000]) if quality is None else quality


# the paragraphs a heading may stand below: datelines, a letterhead of two lines, each a paragraph
_HEADING_PARAGRAPHS = 8


def _heading_paragraph(line: str, paragraphs: list[str]) -> str | None:
    """The heading a first line opens: the line, a paragraph of its own near the top with text
    following it, or the short paragraph it opens when the heading wraps onto the next line («Ассамблея
    народа Казахстана: история и» / «современность»); not the first line of a text's paragraph wrapped
    at the file's width (a sentence), nor the whole of a one-line file. (The lines above it, a
    letterhead's two lines joined into one paragraph, were weighed as lines.) A heading paragraph closing
    with a Kazakh genitive, or over a one-line paragraph opening with one, goes on in that paragraph."""
    for i, p in enumerate(paragraphs[:_HEADING_PARAGRAPHS]):
        if p == line or p.startswith(line + " ") and len(p) <= MAX_HEADING_TITLE and looks_like_title(p):
            if i + 1 >= len(paragraphs):
                return None
            following = paragraphs[i + 1]
            # a Kazakh genitive names what follows: «Қазақстан халқы Ассамблеясының» / «XXVI сессиясы өтеді»,
            # or whose it is: «Қазақстан халқы» / «Ассамблеясының XXVI сессиясы өтті»
            if ((ends_in_genitive(p) or opens_with_genitive(following)) and i + 2 < len(paragraphs)
                    and "\n" not in following
                    and looks_like_title(following) and len(p) + 1 + len(following) <= MAX_HEADING_TITLE):
                return f"{p} {following}"
            return p
    return None


class TextParser(Parser):
    format = "txt"
    extensions = (".txt", ".text", ".asc", ".md", ".csv", ".log")
    mime_types = ("text/plain", "text/markdown", "text/csv")

    def parse(self, data: bytes, name: str = "") -> ParsedDocument:
        if not data.strip(b" \t\r\n\x00\xef\xbb\xbf\xff\xfe"):
            raise ParseError("empty", "The file is empty.", path=name or None)
        text, encoding, warnings = decode_text(data, name=name)
        return self.document(text, encoding, warnings, name)

    def document(self, text: str, encoding: str, warnings: list[str], name: str = "") -> ParsedDocument:
        """The document of a text already decoded (a file's, or an e-mail's plain-text part)."""
        # cleaned before the pages are counted: it takes footnote marks («согласия¹») off words and
        # spells ligatures out, which changes the letters and digits a page start is counted in
        text = "\f".join(clean_text(page) for page in text.split("\f"))  # it would make a form feed a blank line
        text, page_starts = paged_text(text)  # page numbers, running headers, form feeds
        # an OCR'd newspaper page's two columns written line across line: read one after the other
        lines = figures_unspread(columns_unfolded(text.split("\n")))
        # «[00:12:31] …» lines: running paragraphs without their timestamps, under the heading's lines
        timed = timed_transcript(lines) if not page_starts else None
        if timed is not None:
            lines = timed.head
        # «[АПЛОДИСМЕНТЫ]» on its line as «(Аплодисменты)», closing the line above: a stage direction ends a
        # turn as a sentence does, so a dialogue dash's turn under it starts a paragraph of its own, also in
        # a short transcript whose lines are each a paragraph
        lines = _cues_closing_lines(lines)
        # footnotes under a rule of underscores, each made one line, a paragraph of its own
        lines, typed_notes = joined_notes(lines) if any("_____" in ln for ln in lines) else (lines, {})
        text = "\n".join(lines)
        rows = table_rows(lines, [is_rule_line(ln) for ln in lines])
        paragraphs, wraps_on = split_lines_kept(text, rows | typed_notes if typed_notes else rows)
        notes = note_paragraphs(paragraphs, list(typed_notes.values())) if typed_notes else set()
        above = len(paragraphs)  # the paragraphs above a timed transcript's
        if timed is not None:
            paragraphs += timed.paragraphs
        if not paragraphs:
            raise ParseError("empty", "The file has no text.", path=name or None)
        if not any(ch.isalnum() for p in paragraphs for ch in p):
            # «👏👏👏»: a post of emoji alone, which no query can find
            raise ParseError("empty", "The file has no words or figures (only emoji, signs or punctuation).",
                             path=name or None)
        head_lines = ["" if is_rule_line(ln) else ln for ln in text[:_HEAD_CHARS].split("\n")]
        head = without_datelines(head_lines)  # «Астана, 24 октября 2007 г.» names no subject
        # «СТЕНОГРАММА» and the event under it, an act under its issuer («ҚАЗАҚСТАН РЕСПУБЛИКАСЫ
        # ПРЕЗИДЕНТІНІҢ / ЖАРЛЫҒЫ»); else a letterhead over the heading names no subject either
        # a letter's subject under its letterhead, registration lines and addressee
        # a journal article's title among its codes, authors and issue line («УДК …», «Кадырова Г.Т.»)
        title = letter_title(paragraphs) or title_from_heading(head) or article_title(paragraphs)
        if title is None:
            head = without_letterhead(head)
            title = title_from_heading(head)
        first_line = next((ln.strip() for ln in head if ln.strip()), "")
        if title is None and looks_like_title(first_line):
            title = _heading_paragraph(first_line, paragraphs)
        if title:  # a part's label under (or on) its dateline, whichever way the heading above was read
            title = with_part_label(title, [], part_below_dateline(head_lines))
        if title is None and timed is not None and not first_line:
            # a recording's transcript with no heading: its first words are a greeting, no title
            title = file_name_title(name)
        metadata: dict[str, str] = {}
        if title:
            metadata["title"] = title
        dateline = own_dateline([p for i, p in enumerate(paragraphs) if i not in notes])
        if dateline:
            metadata["dateline"] = dateline
        return ParsedDocument(
            format="txt",
            title=title,
            blocks=[Block(p, page=page, breaks=breaks, after_pause=i - above in timed.paused if timed else False,
                          new_speaker=i - above in timed.new_speaker if timed else False,
                          labelled=i - above in timed.labelled if timed else False,
                          wraps_on=i < above and wraps_on[i], note=i in notes)
                    for i, (p, (page, breaks)) in enumerate(zip(paragraphs, paragraph_pages(paragraphs, page_starts)))],
            pages=len(page_starts) + 1 if page_starts else None,
            encoding=encoding,
            metadata=metadata,
            warnings=warnings,
        )


def _cues_closing_lines(lines: list[str]) -> list[str]:
    """``lines`` with a bracketed sound cue alone on its line parenthesised and put at the end of the
    line above it (on its own line under a blank one, or at the top)."""
    out: list[str] = []
    for line in lines:
        cue = sound_cue_line(line)
        if cue is None:
            out.append(line)
        elif out and out[-1].strip():
            out[-1] = f"{out[-1].rstrip()} {cue}"
        else:
            out.append(cue)
    return out
