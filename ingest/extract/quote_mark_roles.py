"""Which way a quotation mark token faces: an organisation's or a work's name may stand in «…»,
„…“ (Word's and Kazakh texts' marks), “…” or straight "…" (cp1251 texts, web copies), and the
rules reading names and attributions must tell where such a name opens and closes.

« and „ only open, » and ” only close. “ opens an English “…” and closes a „…“; a straight " does
both: they are told apart by what they stand against. A mark written against the word after it
opens (ТОО “Ерлан Строй”, ОО "Татарский центр"); one against the word or mark before it closes
(„Жибек Жолы“ К.К. Омаров, "Возрождение"" Г.Г. Майер).
"""
from __future__ import annotations

from collections.abc import Sequence

from ._text import Token

QUOTE_MARKS = frozenset("«»„“”\"")
# the mark that closes each opening one
CLOSING_MARK = {"«": "»", "„": "“", "“": "”", '"': '"'}
_OPEN_ONLY = frozenset("«„")
_CLOSE_ONLY = frozenset("»”")


def opens_quote(tokens: Sequence[Token], k: int) -> bool:
    """Token k is a quotation mark opening a quote or a name."""
    text = tokens[k].text
    if text in _OPEN_ONLY:
        return True
    if text in _CLOSE_ONLY or text not in QUOTE_MARKS:
        return False
    # against another opening mark («"Молодежь…», ""Біз біргеміз"…"), never against one closing: a
    # run of glued marks opens as its last one does, walked to it in a loop (a run of a thousand
    # straight marks overflowed the stack when each mark asked the next)
    j = k
    while True:
        if j + 1 >= len(tokens) or tokens[j + 1].start != tokens[j].end:
            return False  # a space after it: „…“ Омаров, "…" Павел Дуров
        after = tokens[j + 1]
        if after.is_word or after.text[0].isdigit():
            return True  # against the word it opens (ОО"Марат" too: a closing mark is not glued to a word)
        if after.text not in QUOTE_MARKS or _against_word_before(tokens, k):
            return False
        j += 1
        if after.text in _OPEN_ONLY or after.text in _CLOSE_ONLY:
            return after.text in _OPEN_ONLY


def closes_quote(tokens: Sequence[Token], k: int) -> bool:
    """Token k is a quotation mark closing a quote or a name."""
    text = tokens[k].text
    if text in _CLOSE_ONLY:
        return True
    if text in _OPEN_ONLY or text not in QUOTE_MARKS:
        return False
    return not opens_quote(tokens, k) and k > 0 and tokens[k - 1].end == tokens[k].start


def _against_word_before(tokens: Sequence[Token], k: int) -> bool:
    return k > 0 and tokens[k - 1].end == tokens[k].start and (tokens[k - 1].is_word or tokens[k - 1].text[0].isdigit())
