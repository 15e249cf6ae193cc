"""Records of a protocol that name their speaker by surname alone, as short minutes write them under
ВЫСТУПИЛИ: / СӨЙЛЕГЕНДЕР:: «Оспанов – предложил перенести сессию.», «Ким – көрмені ұсынды.».

The record's place says the word is a surname in the nominative whatever the dictionary knows of it
(Оспанов, Жумабаева and a Kazakh text's Ким are in none), so it names a person as a surname named
before would.

    surname_records(text) -> frozenset[int]   (the offsets of those surnames)
"""
from __future__ import annotations

import re

from .name_order import SHORT_SURNAMES
from .names import looks_like_surname
from .protocol_records import protocol_records
from ._text import UPPER

# a capitalised word, a dash, and the record's words (lowercase: «Ассамблея – Уникальный …» is none)
_SURNAME_DASH = re.compile(rf"([{UPPER}][^\W\d_]+)[ \t]+[–—-][ \t]+[a-zа-яёәғқңөұүһі]")


def surname_records(text: str) -> frozenset[int]:
    """The starts of the surnames alone opening records of those who spoke. The word must look like a
    surname (its ending, or a short Korean one: Ким, Тен): «Предложение – принято» opens none."""
    out = set()
    for record in protocol_records(text):
        if record.heard:
            continue  # the one heard is named in the accusative, with initials as a rule
        m = _SURNAME_DASH.match(text, record.at)
        if m and (looks_like_surname(m[1]) or m[1].lower() in SHORT_SURNAMES):
            out.add(record.at)
    return frozenset(out)
