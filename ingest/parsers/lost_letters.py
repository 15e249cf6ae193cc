"""Letters a conversion lost as «?»: Kazakh text saved in windows-1251 by a tool that writes «?» for each
letter the code page lacks («?аза?стан хал?ы», Қазақстан халқы). They cannot be read back; a «?» inside
a Cyrillic word, or opening one, is the sure sign (a question mark follows a word and a space follows it)."""
from __future__ import annotations

import re

_LETTERS = "А-яЁёӘәІіҢңҒғҮүҰұҚқӨөҺһЇїЄєҐґЎў"
_LOWER = "а-яёәіңғүұқөһ"
_UPPER = "А-ЯЁӘІҢҒҮҰҚӨҺЇЄҐЎ"
# a run of «?» after a capital and before a letter («?АЗА?СТАН»), after a letter and before a small one
# («хал?ы»), or opening a word (after a space, a quote, a bracket or the text's start) before two small
# letters; it starts with its «?» so the search skips to them. A small letter, «?» and a capital is a
# question run together with the next one («Что?Где?Когда?»), no lost letter.
LOST_LETTER = re.compile(f"(?<!\\?)\\?(?:(?<=[{_UPPER}]\\?)\\?*(?=[{_LETTERS}])"
                         f"|(?<=[{_LETTERS}]\\?)\\?*(?=[{_LOWER}їєґў])"
                         f"|(?<![^\\s«\"'(]\\?)\\?*(?=[{_LOWER}][{_LOWER}?]))")
_MIN_LOST = 3  # one «слово?слово» is a typo


def lost_letters(text: str) -> int:
    """How many letters of ``text`` were lost as «?» inside words (0 below _MIN_LOST)."""
    if "?" not in text:
        return 0
    lost = sum(len(m.group()) for m in LOST_LETTER.finditer(text))
    return lost if lost >= _MIN_LOST else 0
