"""A query word typed in Latin letters read the Russian way, for «Возможно, вы имели в виду»: a
name or place the archive writes in Cyrillic is offered so (`Semenov`: «Семенов», `Shymkent`:
«Шымкент»), and a capitalised word that reads as a Kazakh or Russian name or word is no misspelt
English one (`Abay` is not offered «Away», `Dina` not «Dana», `Dala` not «Data»), only its own
forms (`Astane`: «Astana», `Almata`: «Almaty»).
"""
from __future__ import annotations

import os

from index.latin_names import latin_readings
from index.morphology import is_russian_word


def reads_as_name(word: str) -> bool:
    """Whether `word` is capitalised Latin letters that read as a word the Russian dictionary
    knows, names, surnames and places included (`Abay`: Абай, `Tole`: Толе, `Semenov`: Семенов)."""
    return word[:1].isupper() and any(is_russian_word(reading) for reading in latin_readings(word))


def reads_as_a_form_of(typed: str, option: str) -> bool:
    """Whether the Latin `option` reads as another ending of what the Latin `typed` reads as: the
    shorter reading, but for its last letter, begins the longer (`Astane`, `Astana`; `Almata`,
    `Almaty`; `Nazarbaeva`, `Nazarbayev`), not another word (`Dina`, `Dana`; `Dala`, `Dana`,
    though both are forms of the verb дать)."""
    return any(len(os.path.commonprefix((reading, other))) >= min(len(reading), len(other)) - 1
               for reading in latin_readings(typed) for other in latin_readings(option))


def cyrillic_spelling(word: str, records) -> tuple[str, int] | None:
    """The reading of the Latin `word` found in the most records (`records(reading)` counts them),
    with its count; None when no reading is found."""
    counted = [(records(reading), reading) for reading in latin_readings(word)]
    best = max(counted, key=lambda found: found[0], default=(0, ""))
    return (best[1], best[0]) if best[0] else None
