"""Undo UTF-8 misread as a single-byte code page and saved again as UTF-8: read as cp1252 or
latin-1 («Ð—Ð°ÑÐµÐ´Ð°Ð½Ð¸Ðµ»), as windows-1251 («РЎРѕСЃС‚») or in a DOS console as cp866
(«╨Ч╨░╤Б»), once or more than once («Р вЂ”Р В°РЎРѓ»: read as windows-1251 twice).

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
# In cp866 the lead bytes are box-drawing signs (╨ ╤) and the continuation bytes А-Я, а-п and more
# box-drawing signs: a box sign glued to a letter, which no DOS table has.
_CP866_CONTINUATION = bytes(range(0x80, 0xC0)).decode("cp866")
# One leading character class (then the branch for it), so the regex engine can skip ahead to
# those six signs instead of trying every branch at every character.
# «Ã\x90Â\x97» is «Ð\x97» misread as Latin-1 once more: Ð is C3 90 in UTF-8, and C3 is «Ã».
_DOUBLE_ENCODING_TELL = re.compile(
    r"[ÐÑÃРС╨╤](?:(?<=[ÐÑÃ])[\u0080-\u00bf\u0152-\u2122]|(?<=[РС])[" + re.escape(_CP1251_CONTINUATION) + "]"
    "|(?<=[╨╤])[" + re.escape(_CP866_CONTINUATION) + "])")
_MISREAD_AS = ("cp1252", "latin-1", "cp1251", "cp866")
_MAX_LAYERS = 3  # misreadings undone one after the other: a file misread and saved twice, or three times


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


def cp1252_bytes(text: str) -> tuple[bytes, int] | None:
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


# windows-1251 leaves one byte undefined, 98: a tool that could not read it wrote «?» or U+FFFD instead.
# Where that stands inside a UTF-8 sequence (after its lead byte) it can only have been 98.
_LOST_CP1251_BYTE = re.compile(rb"(?<=[\xc0-\xf4])\?|(?<=[\xe0-\xf4][\x80-\xbf])\?|(?<=[\xf0-\xf4][\x80-\xbf]{2})\?")


def _cp1251_bytes(text: str) -> bytes | None:
    """The bytes a windows-1251 reading came from, its lost bytes (98) put back; None when ``text``
    is not a windows-1251 reading."""
    try:
        data = text.replace("\ufffd", "?").encode("cp1251")
    except UnicodeEncodeError:
        return None
    return _LOST_CP1251_BYTE.sub(b"\x98", data) if b"?" in data else data


def _misread_bytes(text: str, codec: str) -> tuple[bytes, int] | None:
    if codec == "cp1252":
        return cp1252_bytes(text)
    if codec == "cp1251":
        data = _cp1251_bytes(text)
        return None if data is None else (data, 0)
    try:
        return text.encode(codec), 0
    except UnicodeEncodeError:
        return None


def _undone_once(text: str) -> tuple[float, str, str, int] | None:
    """The best-reading undoing of one misreading: (its letter_quality, text, code page, lost letters
    guessed), or None when ``text`` is no UTF-8 misread in any of _MISREAD_AS."""
    if not _DOUBLE_ENCODING_TELL.search(text):
        return None
    best = None
    for codec in _MISREAD_AS:
        misread = _misread_bytes(text, codec)
        if misread is None:
            continue
        try:
            fixed = misread[0].decode("utf-8")
        except UnicodeDecodeError:
            continue
        q = letter_quality(fixed)
        if best is None or q > best[0]:
            best = (q, fixed, codec, misread[1])
    return best


def repair_double_encoding(text: str) -> tuple[str, str | None, int]:
    """Undo UTF-8 mojibake (UTF-8 bytes decoded with a single-byte code page), once or as many
    times as it was done. Returns the text, the code page(s) that were undone («cp1251», «cp1251
    twice») and how many lost letters were guessed, or the text unchanged, None and 0."""
    if not _DOUBLE_ENCODING_TELL.search(text):  # most texts: no misreading to weigh, so no reading of its quality
        return text, None, 0
    best = (letter_quality(text) + 0.5, text, None, 0)
    current, codecs_undone, guessed = text, [], 0
    for _ in range(_MAX_LAYERS):
        step = _undone_once(current)
        if step is None:
            break
        q, current, codec, lost = step
        codecs_undone.append(codec)
        guessed += lost
        if q > best[0]:  # the layers between may read no better than the mojibake they came from
            best = (q, current, _layers(codecs_undone), guessed)
    return best[1], best[2], best[3]


def _layers(codecs_undone: list[str]) -> str:
    """«cp1251», «cp1251 twice», «cp866, then as cp1251»: the misreadings undone, the last one first."""
    if len(set(codecs_undone)) == 1 and len(codecs_undone) > 1:
        return f"{codecs_undone[0]} {'twice' if len(codecs_undone) == 2 else f'{len(codecs_undone)} times'}"
    return ", then as ".join(reversed(codecs_undone))
