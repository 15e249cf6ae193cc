"""How well a scan's OCR reads: noise that is no language (a photo or a blank page recognised as
stray signs and letters), and a text whose Cyrillic words are full of Latin look-alikes or digits.

A text of noise is refused, since nothing in it can be found and its «title» is noise too; a poor
but readable text is indexed (look-alikes are read as Cyrillic for search) with a warning, so the
operator knows which scans to OCR again. The warnings all open with QUALITY_NOTE, which the ingest
summary counts.
"""
from __future__ import annotations

import re
from functools import lru_cache

from .base import ParsedDocument, ParseError

QUALITY_NOTE = "OCR quality: "
NOISE_MESSAGE = ("The text is OCR noise, not language (stray signs and single letters, as a photo or a blank page "
                 "comes out of OCR); it was not indexed: scan the page again or leave it out.")

# a word that reads: two letters or more with a vowel among them, or a figure
_WORD = re.compile(r"[^\W\d_]{2,}|\d+")
_VOWELS = frozenset("аеёиоуыэюяәіөүұaeiouy")
# a _WORD of letters with no vowel in either case: the only ones _reads may refuse
_LETTER = r"[^\W\d_]"
_VOWEL_SIGNS = "".join(sorted(_VOWELS | {v.upper() for v in _VOWELS if v.upper().lower() == v}))
_NO_VOWEL_WORD = re.compile(rf"(?<!{_LETTER})[^\W\d_{_VOWEL_SIGNS}]{{2,}}(?!{_LETTER})")
# a sign repeated (a contents page's leader dots, a form's blank «_____», a rule «-----») counts once
_REPEATS = re.compile(r"([^\w\s])\1+")
_LATIN_OR_CYRILLIC = re.compile(r"[A-Za-z\u0400-\u04ff]")
# below this share of readable characters a text is noise: real prose reads above 0.8, a table
# of figures above 0.6, the OCR of a photo below 0.2
_NOISE_SHARE = 0.35
# too few signs to judge: a page number, a caption
_JUDGED_CHARS = 20
_ABBREVIATION_LETTERS = 5  # «ОДКБ», «ПМСП»: longer runs of capitals with no vowel are rare outside noise

# a Cyrillic word with a Latin letter or a digit between its letters: «Maлoй», «Accaм6лeи», «Казахсmан»
_CYRILLIC_WORD = re.compile(r"\b(?=\w*[\u0400-\u04ff])[^\W_]{2,}\b")
# (the digit's lookbehind after it: a pattern opening with a set of signs skips the rest of a text in C)
_MISREAD = re.compile(r"[A-Za-z]|\d(?<=[^\W\d_]\d)(?=[^\W\d_])")
# warned from this share of Cyrillic words with look-alikes, in a text of this many such words at least
_POOR_SHARE = 0.2
_POOR_WORDS = 5


def readable_share(text: str) -> float | None:
    """The share of a text's signs (a repeated sign counted once) that are in words or figures;
    None when it has too few signs to judge."""
    text = _REPEATS.sub(r"\1", text)
    signs = sum(map(len, text.split()))  # the signs that are no space, counted in C
    if signs < _JUDGED_CHARS:
        return None
    # every word reads but some with no vowel, which one regex finds: judging each word in Python cost
    # a fifth of plain-text parsing
    unread = sum(len(w) for w in _NO_VOWEL_WORD.findall(text) if not _reads(w))
    return (sum(map(len, _WORD.findall(text))) - unread) / signs


@lru_cache(maxsize=100_000)  # a text's words repeat: each judged once a process
def _reads(word: str) -> bool:
    """A figure, a word with a vowel, an abbreviation (_is_abbreviation), or a word of another script
    (Arabic, Chinese), which this does not judge; not «ЖЖ», «шщ» nor «lll»."""
    return (word[0].isdigit() or any(ch in _VOWELS for ch in word.lower()) or _is_abbreviation(word)
            or not _LATIN_OR_CYRILLIC.search(word))


def _is_abbreviation(word: str) -> bool:
    """Two to five capitals, not all one letter: «МВД», «ЖКХ», «СНГ», «ОДКБ» have no vowel, and a
    list of them is text; OCR's «ЖЖ», «ЖЖЖ» are its noise."""
    return 2 <= len(word) <= _ABBREVIATION_LETTERS and word.isupper() and len(set(word)) > 1


def is_noise(text: str) -> bool:
    """The text is OCR noise rather than language: few of its signs are words or figures."""
    share = readable_share(text)
    return share is not None and share < _NOISE_SHARE


def misread_words(text: str) -> tuple[int, int]:
    """(Cyrillic words with a Latin look-alike or a digit among their letters, all Cyrillic words)."""
    words = _CYRILLIC_WORD.findall(text)
    if not _MISREAD.search(" ".join(words)):  # one search over them all: most texts have none
        return 0, len(words)
    return sum(1 for w in words if _MISREAD.search(w)), len(words)


def poor_ocr_note(text: str) -> str | None:
    """The warning for a text whose Cyrillic words are often misread, or None."""
    if not _MISREAD.search(text):  # no Latin letter nor a digit between letters: most texts, at C speed
        return None
    misread, words = misread_words(text)
    if misread < _POOR_WORDS or misread < _POOR_SHARE * words:
        return None
    return (f"{QUALITY_NOTE}{round(100 * misread / words)}% of the Cyrillic words have Latin "
            "look-alike letters or digits among their letters; search reads them as Cyrillic, quotes show them as "
            "written: the scan deserves a new OCR.")


# the formats OCR programs write (FineReader saves RTF, Word and OpenDocument too); a sheet's marks, an
# e-mail's or a chat's signs are no scan's noise
_OCR_FORMATS = ("txt", "html", "pdf", "rtf", "docx", "odt")
# formats people write more often than OCR programs: few words there is a formula sheet or a table of
# signs as often as noise, so it is refused only when the program that wrote the file is an OCR's
_AUTHORED_FORMATS = ("html", "docx", "odt")
# an OCR program's name as a file's producer (a Word or ODT file's application, a web page's generator)
_OCR_PROGRAM = re.compile(r"finereader|abbyy|tesseract|\bocr|readiris|omnipage|paper\s*capture", re.IGNORECASE)
NOISE_NOTE = (f"{QUALITY_NOTE}Few of the text's signs are words or figures, as in OCR noise; it was indexed, as "
              "no OCR program is named as the file's maker (formulas and signs read so too): if it is a scan's "
              "text, scan it again.")


# a long text is judged by slices spread over it: its whole would cost a second per 1 MB
_SLICES, _SLICE_CHARS = 12, 5000


def _sample(text: str) -> str:
    if len(text) <= _SLICES * _SLICE_CHARS:
        return text
    step = len(text) // _SLICES
    return "\n".join(text[k * step:k * step + _SLICE_CHARS] for k in range(_SLICES))


def judged(parsed: ParsedDocument, name: str = "") -> ParsedDocument:
    """``parsed`` with a warning when its OCR is poor; ParseError (ocr_noise) when it is noise, or a
    warning only for a Word, ODT or HTML file no OCR program made."""
    if parsed.format not in _OCR_FORMATS:
        return parsed
    text = _sample(parsed.text)
    if is_noise(text):
        if parsed.format in _AUTHORED_FORMATS and not ocr_made(parsed.metadata):
            parsed.warnings.append(NOISE_NOTE)
            return parsed
        raise ParseError("ocr_noise", NOISE_MESSAGE, path=name or None)
    note = poor_ocr_note(text)
    if note:
        parsed.warnings.append(note)
    return parsed


def ocr_made(metadata: dict[str, str]) -> bool:
    """The file names an OCR program as its maker (FineReader, Tesseract)."""
    return any(_OCR_PROGRAM.search(metadata.get(key) or "") for key in ("producer", "creator", "author"))


def _pages(numbers: list[int]) -> str:
    return f"page{'s' if len(numbers) > 1 else ''} " + ", ".join(map(str, numbers))


def page_notes(without_text: list[int], noise: list[int]) -> list[str]:
    """The warnings for a scan's pages (1-based) that OCR skipped (an image, no text layer) and
    those whose text layer is noise (left out of the document)."""
    notes = []
    if without_text:
        one = len(without_text) == 1
        notes.append(f"{QUALITY_NOTE}{_pages(without_text).capitalize()} {'has' if one else 'have'} no text layer "
                     f"(a scanned image only): {'its' if one else 'their'} text cannot be searched until OCR reads it.")
    if noise:
        one = len(noise) == 1
        notes.append(f"{QUALITY_NOTE}{_pages(noise).capitalize()} {'holds' if one else 'hold'} OCR noise, not text "
                     f"(a photo or a poor scan), and {'was' if one else 'were'} left out: scan again if there is text.")
    return notes
