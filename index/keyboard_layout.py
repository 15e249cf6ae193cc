"""Words typed on the Latin keyboard layout where the Russian one was meant: `fccfv,ktz` is
«ассамблея», `Yfpfh,ftd` «Назарбаев», the same keys read on the Russian (ЙЦУКЕН) layout, where
`,` is «б», `.` «ю», `;` «ж», `'` «э», `[` «х», `]` «ъ» and the backquote «ё»; Shift+7, `&`, is «?».
"""
from __future__ import annotations

import re

_LATIN = "qwertyuiop[]asdfghjkl;'zxcvbnm,.`" + 'QWERTYUIOP{}ASDFGHJKL:"ZXCVBNM<>~&'
_RUSSIAN = "йцукенгшщзхъфывапролджэячсмитьбюё" + "ЙЦУКЕНГШЩЗХЪФЫВАПРОЛДЖЭЯЧСМИТЬБЮЁ?"
_AS_RUSSIAN = str.maketrans(_LATIN, _RUSSIAN)
_KEYS = r"A-Za-z\[\]{};:',.<>`~&\"-"
# A word of Latin letters and the keys that are Russian letters, a Latin letter in it; a quotation
# mark at either end stays one (the `"` key is «Э», but a phrase typed in quotes is likelier).
_LATIN_WORD_RE = re.compile(rf'(?<![^\s("+-])(?=[^\s"]*[A-Za-z])(?!")[{_KEYS}]+(?<!")')
# Operators are typed in Latin letters on purpose; so is a Latin word the caller keeps
_LATIN_OPERATORS = frozenset(("AND", "OR", "NOT", "ANDNOT"))
# `.` and `,` are «ю» and «б», and punctuation too: at a word's end, punctuation when the word
# without them is one the archive has (`Yfpfh,ftd.`: «Назарбаев.», not «Назарбаевю»)
_TRAILING_PUNCTUATION_RE = re.compile(r"[.,]+$")
_LATIN_LETTER_RE = re.compile(r"[A-Za-z]")


def as_russian_layout(word: str) -> str:
    """`word`'s keys read on the Russian layout, in the capitals meant: with Caps Lock on (every
    Latin letter a capital, `FCCFV,KTZ`) the keys `,` `.` `;` `'` `[` `]` `` ` `` are capitals too,
    «АССАМБЛЕЯ», not «АССАМбЛЕЯ»; with Caps Lock on and Shift held for the first letter
    (`cTCCBZ`, `fCCFV,KTZ`) the word was meant with one capital, «Сессия», «Ассамблея»."""
    russian = word.translate(_AS_RUSSIAN)
    letters = _LATIN_LETTER_RE.findall(word)
    if len(letters) < 2 or not all(c.isupper() for c in letters[1:]):
        return russian
    if letters[0].isupper():
        return russian.upper()
    if len(letters) > 2:
        return russian[:1].upper() + russian[1:].lower()
    return russian


def russian_layout(text: str, in_archive=lambda word: False,
                   sub=lambda pattern, replace, text: pattern.sub(replace, text)) -> str | None:
    """`text` with each word typed in Latin letters read on the Russian layout, except operators
    and the words `in_archive` has (a Latin word, `Kazakhstan`); None when no word changes. `sub`
    replaces the words (index.query.sub_outside_filters leaves field filters be)."""
    changed = False

    def convert(m: re.Match) -> str:
        nonlocal changed
        word = m.group(0)
        if word in _LATIN_OPERATORS or in_archive(word):
            return word
        changed = True
        russian = as_russian_layout(word)
        end = _TRAILING_PUNCTUATION_RE.search(word)
        if end and not in_archive(russian) and in_archive(as_russian_layout(word[:end.start()])):
            return as_russian_layout(word[:end.start()]) + end.group(0)
        return russian

    converted = sub(_LATIN_WORD_RE, convert, text)
    return converted if changed else None
