"""Undo UTF-8 misread as a single-byte code page and saved again as UTF-8: read as cp1252 or
latin-1 («Ð—Ð°ÑÐµÐ´Ð°Ð½Ð¸Ðµ») or as windows-1251 («РЎРѕСЃС‚»).

cp1252 leaves five bytes undefined (81 8D 8F 90 9D), and UTF-8 Cyrillic needs them (А Н с я э are
D0 90, D0 9D, D1 81, D1 8F, D1 8D). Windows tools (Notepad, Excel, MultiByteToWideChar) read them as
U+0081..., and those are taken back; stricter tools wrote U+FFFD, and each such byte is guessed as
the letter that makes its word one the Russian dictionary knows, or reads best."""
from __future__ import annotations

import codecs
import itertools
import re

from index.morphology import is_russian_word

from .encoding import letter_quality, score_text

# Double encodings: UTF-8 bytes read as cp1252/latin-1 (Ð¡Ð¾ÑÑ‚...) or as windows-1251
# (РЎРѕСЃС‚...) and saved again as UTF-8.
# What UTF-8 Cyrillic looks like read as a code page: a lead byte (D0, D1: Ð Ñ in latin-1, Р С in
# windows-1251) then a continuation byte (80-BF). In windows-1251 those are never а-я or А-Я, so
# ordinary Russian (Россия, Совет) does not trigger the costly comparison below.
_CP1251_CONTINUATION = "".join(sorted(set(bytes(range(0x80, 0xC0)).decode("cp1251", errors="ignore"))))
# One leading character class (then the branch for it), so the regex engine can skip ahead to
# those four letters instead of trying both branches at every character.
_DOUBLE_ENCODING_TELL = re.compile(
    r"[ÐÑРС](?:(?<=[ÐÑ])[\u0080-\u00bf\u0152-\u2122]|(?<=[РС])[" + re.escape(_CP1251_CONTINUATION) + "])")


_CP1252_UNDEFINED = (0x90, 0x81, 0x9D, 0x8F, 0x8D)
# What a lost byte can have been after each UTF-8 lead byte of Russian letters, the likelier first:
# after D0 А Н Ё, after D1 с я э (the others these bytes make, Ѝ Џ ѐ ѝ, are no Russian letters)
_LOST_AFTER = {0xD0: (0x90, 0x9D, 0x81), 0xD1: (0x81, 0x8F, 0x8D)}
_WORD = re.compile(rb"[^\x00-\x40\x5b-\x60\x7b-\x7f]+")  # non-ASCII bytes and ASCII letters
_MAX_GUESSES = 243  # readings of one word tried (five lost letters of three each)


def _c1_as_bytes(error: UnicodeEncodeError) -> tuple[bytes, int]:
    """cp1252 encoding errors: the five C1 controls Windows reads cp1252's undefined bytes as, back
    to those bytes (any other C1 control is a latin-1 reading)."""
    chunk = error.object[error.start:error.end]
    if all(ord(ch) in _CP1252_UNDEFINED for ch in chunk):
        return chunk.encode("latin-1"), error.end
    raise error


codecs.register_error("assembly_search.c1_as_bytes", _c1_as_bytes)


def _cp1252_bytes(text: str) -> tuple[bytes, int] | None:
    """The bytes a cp1252 reading came from, and how many lost ones (U+FFFD) were guessed; None when
    ``text`` is not a cp1252 reading."""
    pieces = text.split("\ufffd")
    try:
        encoded = [p.encode("cp1252", errors="assembly_search.c1_as_bytes") for p in pieces]
    except UnicodeEncodeError:
        return None
    out, lost = bytearray(encoded[0]), []
    for piece in encoded[1:]:
        lost.append(len(out))
        out.append(_CP1252_UNDEFINED[0])
        out += piece
    next_lost = 0  # lost bytes are in order, and so are words: one pass over both
    for word in _WORD.finditer(bytes(out)):
        start, end = word.span()
        at = []
        while next_lost < len(lost) and lost[next_lost] < end:
            if lost[next_lost] >= start:
                at.append(lost[next_lost] - start)
            next_lost += 1
        if at:
            out[start:end] = _guessed_word(word.group(), at)
    return bytes(out), len(lost)


def _guessed_word(word: bytes, lost: list[int]) -> bytes:
    """``word`` with its lost bytes (at ``lost``) guessed: the first reading the Russian dictionary
    knows, else the one that scores best."""
    options = [_LOST_AFTER.get(word[i - 1] if i else -1, _CP1252_UNDEFINED) for i in lost]
    readings = []
    for choice in itertools.islice(itertools.product(*options), _MAX_GUESSES):
        reading = bytearray(word)
        for i, b in zip(lost, choice):
            reading[i] = b
        readings.append(bytes(reading))
    decoded = [r.decode("utf-8", errors="replace") for r in readings]
    known = next((r for r, d in zip(readings, decoded) if is_russian_word(d.lower().replace("ё", "е"))), None)
    if known is not None:
        return known
    return max(zip(readings, decoded), key=lambda rd: score_text(rd[1]))[0]  # max keeps the first of equals


def _misread_bytes(text: str, codec: str) -> tuple[bytes, int] | None:
    if codec == "cp1252":
        return _cp1252_bytes(text)
    try:
        return text.encode(codec), 0
    except UnicodeEncodeError:
        return None


def repair_double_encoding(text: str) -> tuple[str, str | None, int]:
    """Undo UTF-8 mojibake (UTF-8 bytes decoded with a single-byte code page). Returns the text,
    the code page that was undone and how many lost letters were guessed, or the text unchanged,
    None and 0."""
    if not _DOUBLE_ENCODING_TELL.search(text):
        return text, None, 0
    best = (letter_quality(text), text, None, 0)
    for codec in ("cp1252", "latin-1", "cp1251"):
        misread = _misread_bytes(text, codec)
        if misread is None:
            continue
        try:
            fixed = misread[0].decode("utf-8")
        except UnicodeDecodeError:
            continue
        q = letter_quality(fixed)
        if q > best[0] + 0.5:
            best = (q, fixed, codec, misread[1])
    return best[1], best[2], best[3]
