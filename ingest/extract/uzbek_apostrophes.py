"""Uzbek's oʻ and gʻ as its alphabet writes them (ʻ, U+02BB), whatever apostrophe a text types for it.

Word processors type ‘ (U+2018) for it, plain keyboards a backtick (Yo‘ldoshev, G`ayrat). The name
rules' tokens take ʻ as a letter and join ' and ’, but end a word at ‘ and `: «Shavkat Yo‘ldoshev»
named «S. Yo», and «O‘lmas» was no given name. Same length, so offsets into the text stay valid.
"""
from __future__ import annotations

import re

# after a Latin o or g, before a letter: an opening quote follows a space, never a letter
_TYPED_OKINA = re.compile(r"(?<=[OoGg])[\u2018`](?=[^\W\d_])")


def uzbek_okina(text: str) -> str:
    """`text` with each ‘ or ` of an oʻ or gʻ written as ʻ."""
    if "\u2018" not in text and "`" not in text:
        return text
    return _TYPED_OKINA.sub("\u02bb", text)
