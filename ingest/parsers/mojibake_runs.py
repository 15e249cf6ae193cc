"""Undo mojibake in part of a good text: a heading copied from a broken page («Р—Р°СЃРµРґР°РЅРёРµ», UTF-8
read as windows-1251), one such paragraph, or a few words of windows-1251 read as Latin-1 inside a line
(«ïðîâåëè áîëåå»). The whole-text repairs (utf8_misread, code_page_misread, cyrillic_misread) judge a
file as one; here each line that holds a tell is judged alone, and within it each word.

A word is taken back only when all of its letters are of the misreading (a real Russian word beside it
cannot be), its bytes read as the original (UTF-8 strictly), and the line reads better repaired."""
from __future__ import annotations

import re

from .cyrillic_misread import repair_cyrillic_misread
from .encoding import letter_quality
from .utf8_latin_runs import TELL as UTF8_LATIN_TELL, utf8_latin_runs

# the characters windows-1251 reads a UTF-8 continuation byte (80-BF) as
_CONTINUATION = "".join(sorted(set(bytes(range(0x80, 0xC0)).decode("cp1251", errors="ignore"))))
# UTF-8 Cyrillic and Kazakh read as windows-1251: a lead byte (D0-D3: Р С Т У) and a continuation byte;
# «Р?» is «И» (D0 98) and «У?» Kazakh «Ә» (D3 98), whose second byte windows-1251 lacks, written as «?»
# or U+FFFD
_PAIR = f"[РСТУ][{re.escape(_CONTINUATION)}]|[РУ][?\ufffd]"
_LOST_SECOND_BYTE = {b"\xd0?": b"\xd0\x98", b"\xd3?": b"\xd3\x98"}  # И, Ә
_ASCII_SIGNS = r"!-/:-@\[-`{-~0-9"  # ASCII other than letters and spaces: what a UTF-8 word keeps as it was
_UTF8_WORD = re.compile(f"(?:{_PAIR}|[{_ASCII_SIGNS}])*(?:{_PAIR})(?:{_PAIR}|[{_ASCII_SIGNS}])*")
# windows-1251 or KOI8-R read as Latin-1 or cp1252: its letters are À-ÿ, ё and Ё ¸ ¨, № ¹
_LATIN_LETTERS = "\u00a8\u00b8\u00b9\u00c0-\u00ff"
_LATIN_WORD = re.compile(f"[{_ASCII_SIGNS}]*[{_LATIN_LETTERS}][{_LATIN_LETTERS}{_ASCII_SIGNS}]*")
_LATIN_TELL = re.compile("[\u00c0-\u00ff]{3}")  # three in a row: rare in French or German, the rule in mojibake
_TOKEN = re.compile(r"[^\s<>]+")  # words, and in an HTML file the text between tags
# Two UTF-8 pairs, three Latin-1 letters, a small letter before a capital, box drawing before a letter:
# each alternative opens with a character real Russian has few of, checked behind, so the search skips
# ahead to capitals, Latin letters and box drawing (tried at every letter it cost three times as much)
_LINE_TELL = re.compile(f"[А-ЯЁ\u00c0-\u00ff\u2500-\u259f](?:(?<=[а-яё][А-ЯЁ])"
                        f"|(?<=[РСТУ])[{re.escape(_CONTINUATION)}][РСТУ][{re.escape(_CONTINUATION)}]"
                        f"|(?<=[\u00c0-\u00ff])[\u00c0-\u00ff]{{2}}|(?<=[\u2500-\u259f])[А-яЁё])")
# the words read back must read as words (real Russian scores 0.5-1.5, mojibake below 0) and gain this much
_REPAIRED_QUALITY = 0.5
_MIN_GAIN = 0.5
# a line with a tell left as it was reads this badly when it is mojibake no repair could read back
_GARBAGE_QUALITY = 0.0

UTF8_AS_CP1251 = "UTF-8 misread as cp1251"


def repair_runs(text: str) -> tuple[str, list[int], str | None, list[int]]:
    """(text, the numbers of the lines repaired, the misreading undone first: «UTF-8 misread as cp1251»,
    «cp1251 misread as latin-1», the numbers of the lines still reading as mojibake), or
    (text, [], None, []) when no line holds mojibake that could be read back."""
    if not _LINE_TELL.search(text) and not UTF8_LATIN_TELL.search(text):
        return text, [], None, []
    lines = text.split("\n")
    repaired, kinds, left = [], [], []
    for n, line in enumerate(lines):
        if not _LINE_TELL.search(line) and not UTF8_LATIN_TELL.search(line):
            continue
        fixed, kind = _line_repaired(line)
        if kind:
            lines[n] = fixed
            repaired.append(n + 1)
            kinds.append(kind)
        elif letter_quality(line) < _GARBAGE_QUALITY:
            left.append(n + 1)
    if not repaired:
        return text, [], None, []
    return "\n".join(lines), repaired, kinds[0], left


def _line_repaired(line: str) -> tuple[str, str | None]:
    """``line`` with its mojibake words read back, and the misreading; (line, None) when it has none or
    they do not read better repaired (judged on those words alone: two words in a long line gain the
    line's average little)."""
    for repair in (_utf8_words, utf8_latin_runs, _latin_words, _cyrillic_line):
        fixed, kind, before, after = repair(line)
        if kind and letter_quality(after) >= max(_REPAIRED_QUALITY, letter_quality(before) + _MIN_GAIN):
            return fixed, kind
    return line, None


def _words_replaced(line: str, read_back) -> tuple[str, str, str]:
    """``line`` with each token that ``read_back`` changes changed, and those tokens before and after."""
    before, after = [], []

    def token(m: re.Match) -> str:
        new = read_back(m.group())
        if new != m.group():
            before.append(m.group())
            after.append(new)
        return new
    fixed = _TOKEN.sub(token, line)
    return fixed, " ".join(before), " ".join(after)


def _utf8_words(line: str) -> tuple[str, str | None, str, str]:
    """Words of UTF-8 read as windows-1251, each read back from its bytes."""
    fixed, before, after = _words_replaced(line, _utf8_word)
    return fixed, UTF8_AS_CP1251 if before else None, before, after


def _utf8_word(token: str) -> str:
    if not _UTF8_WORD.fullmatch(token):
        return token
    data = token.encode("cp1251", errors="replace")  # U+FFFD, a lost byte, as «?»
    for lost, byte in _LOST_SECOND_BYTE.items():
        data = data.replace(lost, byte)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return token


def _latin_words(line: str) -> tuple[str, str | None, str, str]:
    """Words of windows-1251 (or KOI8-R) read as Latin-1 or cp1252, read back: in whichever reads better."""
    best: tuple[float, str, str | None, str, str] = (float("-inf"), line, None, "", "")
    if not _LATIN_TELL.search(line):
        return best[1:]
    for misread_as in ("cp1252", "latin-1"):
        for code_page in ("cp1251", "koi8_r"):
            fixed, before, after = _words_replaced(line, lambda t: _latin_word(t, misread_as, code_page))
            if before and (q := letter_quality(after)) > best[0]:
                best = (q, fixed, f"{code_page} misread as {misread_as}", before, after)
    return best[1:]


def _latin_word(token: str, misread_as: str, code_page: str) -> str:
    if not _LATIN_WORD.fullmatch(token):
        return token
    try:
        return token.encode(misread_as).decode(code_page)
    except UnicodeError:
        return token


def _cyrillic_line(line: str) -> tuple[str, str | None, str, str]:
    """A line all in another Cyrillic code page («ъБУЕДБОЙЕ уПЧЕФБ»)."""
    fixed, code_page, misread_as = repair_cyrillic_misread(line)
    return fixed, f"{code_page} misread as {misread_as}" if code_page else None, line, fixed
