"""Words typed letter-spaced (разрядка), a typewriter's emphasis for a document's type and headings:
«П Р О Т О К О Л», «С П Р А В К А», «П р о т о к о л». Read as they stand, each letter was a word,
and neither the text nor the title could be found by «протокол». The letters are joined into the
word; the wider gap a typist leaves between two spaced words («Р Е Ш Е Н И Е   С О В Е Т А») stays
a gap."""
from __future__ import annotations

import re

_SCRIPTS = (("А-ЯЁӘҒҚҢӨҰҮҺІ", "а-яёәғқңөұүһі"), ("A-Z", "a-z"))  # one script a word: «Л N 1» is no «ЛN»
# (the capital is matched before the look behind it: a pattern opening with a class is searched for
# fast, one opening with a look-behind is tried at every character)
# capitals one space apart, three or more; a pair the typist did not space may stand inside
# («П Р ОТ О К О Л»); or a capital and three or more small letters («П р о т о к о л»)
_SPACED = re.compile("|".join(
    rf"[{up}](?<![^\W_].)(?:(?: [{up}]{{1,2}})+ [{up}]|(?: [{low}]){{3,}})(?![^\W_])"
    for up, low in _SCRIPTS))
# at most one pair in three letters: «И ОН Я» is three words, not a spaced «ИОНЯ»
_MAX_PAIR_SHARE = 1 / 3
# the words of one letter: a run of them alone is a sentence's words («В с в у», «С и в в»), no spaced word
_ONE_LETTER_WORDS = frozenset("авиксоуяai")


def _joined(m: re.Match) -> str:
    letters = m.group().split(" ")
    pairs = sum(len(letter) == 2 for letter in letters)
    if (pairs > _MAX_PAIR_SHARE * (len(letters) - pairs) or len(letters) - pairs < 3
            or all(letter.lower() in _ONE_LETTER_WORDS for letter in letters)):
        return m.group()
    return "".join(letters)


# two letters standing alone in a row, which every spaced word has: searched for first, as a pattern
# opening with a plain space is found many times faster than _SPACED, whose matches are rare
_TWO_LETTERS = re.compile(r" [^\W\d_] [^\W\d_](?![^\W_])")


def join_letter_spacing(text: str) -> str:
    """`text` with each letter-spaced word written whole: «П Р О Т О К О Л   N 1» -> «ПРОТОКОЛ   N 1»."""
    if _TWO_LETTERS.search(text) is None:
        return text
    return _SPACED.sub(_joined, text)
