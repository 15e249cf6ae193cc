"""Undo a Cyrillic text read in another Cyrillic code page and saved again as UTF-8: KOI8-R shown as
windows-1251 («ъБУЕДБОЙЕ уПЧЕФБ»), windows-1251 shown as KOI8-R («гЮЯЕДЮМХЕ яНБЕРЮ») or in a DOS
viewer («╟рёхфрэшх ╤ютхЄр»), Kazakh kz1048 shown as windows-1251 («Ќазаќстан халќы»). Each is lossless:
every character stands for one byte of the original, so the bytes are taken back and read right.

Real Russian encodes in all these code pages too, so the text itself must read badly and the repair
well: a Ukrainian, Bulgarian, Serbian, Macedonian or Kazakh text reads as words as it stands and stays."""
from __future__ import annotations

import re

from .encoding import letter_quality

# (what the text was read as, what it was written in), the commonest first
_MISREADINGS = (("cp1251", "koi8_r"), ("koi8_r", "cp1251"), ("cp866", "cp1251"), ("cp866", "koi8_r"),
                ("cp1251", "cp866"), ("cp1251", "kz1048"))
_RU = "А-яЁё"
_FOREIGN = "ЂЃЅЈЉЊЋЌЎЏђѓѕјљњћќўџ"  # Serbian, Macedonian, Belarusian letters: kz1048's Kazakh slots in cp1251
# What each misreading leaves in words: a lowercase letter before a capital (the KOI8-R and windows-1251
# swap of case, «уПЧЕФБ»), box drawing beside a letter (a DOS code page's capitals, «╟рёхфрэшх»), a
# Serbian or Macedonian letter beside a Russian one («халќы»). Real text has few: only then is a text
# scored, which costs far more than these searches.
_TELL = re.compile(f"[а-яё][А-ЯЁ]|[\u2500-\u259f][{_RU}]|[{_RU}][\u2500-\u259f]"
                   f"|[{_RU}][{_FOREIGN}]|[{_FOREIGN}][{_RU}]")
_MIN_TELLS = 3
_HEAD = 20000  # characters judged: a text's start tells its code page
# The repair must read as words (real Russian and Kazakh score 0.8-1.5; garbage below 0.5) and gain this
# much on the text as it stands: a Ukrainian ї read as Kazakh ү, or a Serbian ј as ә, gains about a
# tenth, a misreading undone a third of a point (Kazakh, whose own letters score low) and more.
_REPAIRED_QUALITY = 0.8
_MIN_GAIN = 0.25
# and leave few of the tells: a Serbian text read in kz1048 keeps its љ, њ, ђ, џ
_TELLS_LEFT = 1 / 3
_LOST_CP1251_BYTE = re.compile("[\ufffd\u0098]")
# Serbian and Macedonian ј stands beside a vowel in nearly every sentence (је, ја, који, мој); kz1048 reads
# it as ә, so a real Serbian text "repairs" into «әе», «коәи», «моә», which Kazakh hardly writes (its
# ә goes beside consonants, or in уәде, тәуелсіз: у is left out here). A kz1048 reading with many is Serbian.
_J_AS_SCHWA = re.compile("ә(?=[аеоиАЕОИ])|(?<=[аеоиАЕОИ])ә", re.IGNORECASE)
_MAX_J_AS_SCHWA = 1 / 3


def repair_cyrillic_misread(text: str) -> tuple[str, str | None, str | None]:
    """(repaired text, its real code page, what it was misread as), or (text, None, None) when ``text``
    is not a Cyrillic code page misread as another one."""
    head = text[:_HEAD]
    tells = len(_TELL.findall(head))
    if tells < _MIN_TELLS:
        return text, None, None
    best = (letter_quality(head) + _MIN_GAIN, None, None)
    for misread_as, code_page in _MISREADINGS:
        try:
            fixed = _bytes_back(head, misread_as).decode(code_page)
        except UnicodeError:
            continue
        if code_page == "kz1048" and _serbian_j_read_as_schwa(fixed):
            continue
        quality = letter_quality(fixed)
        if quality >= _REPAIRED_QUALITY and quality > best[0] and len(_TELL.findall(fixed)) < _TELLS_LEFT * tells:
            best = (quality, misread_as, code_page)
    _, misread_as, code_page = best
    if code_page is None:
        return text, None, None
    try:
        return _bytes_back(text, misread_as).decode(code_page), code_page, misread_as
    except UnicodeError:
        return text, None, None  # the rest of the file is not that misreading: no guess


def _serbian_j_read_as_schwa(fixed: str) -> bool:
    """Whether a kz1048 reading's ә are mostly beside vowels: Serbian or Macedonian ј, not Kazakh ә."""
    schwas = fixed.count("ә") + fixed.count("Ә")
    return schwas > 0 and len(_J_AS_SCHWA.findall(fixed)) > _MAX_J_AS_SCHWA * schwas


def _bytes_back(text: str, misread_as: str) -> bytes:
    """The bytes ``text`` was read from in ``misread_as``. windows-1251 lacks one byte, 98 (cp866's «Ш»,
    KOI8-R's «≤»): a viewer shows it as U+FFFD, Windows as U+0098, so either is that byte and no other."""
    if misread_as != "cp1251" or not _LOST_CP1251_BYTE.search(text):
        return text.encode(misread_as)
    return b"\x98".join(part.encode(misread_as) for part in _LOST_CP1251_BYTE.split(text))
