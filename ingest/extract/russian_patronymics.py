"""A Russian patronymic in a Kazakh text's name: «Ким Виктор Алексеевич – …», «Петрова Людмила
Викторовна», «Людмила Викторовна Петрова». Kazakh text leaves a Russian name in its nominative (a
Kazakh case ending may follow the name's last word: Викторовнаға), so the patronymic is told by the
nominative's suffix, and it tells the person's gender, which a surname such as Ким does not.

    russian_patronymic_gender(word) -> "m" | "f" | None
"""
from __future__ import annotations

import re

from ._text import word_info

# -ович/-евич, -овна/-евна: any father's name makes them, listed or not (Кемелевич, Бейбитовна)
_PATRONYMIC = re.compile(r"[оеё]в(?:ич|на)$")
# Ильич, Кузьмич, Ильинична, Кузьминична: shorter forms, taken only where the dictionary has them
_SHORT_PATRONYMIC = re.compile(r"(?:ич|ична)$")
_SHORTEST = 5  # Ильич; «Ович» alone is no patronymic


def russian_patronymic_gender(word: str) -> str | None:
    """The gender a Russian patronymic in the nominative tells (Алексеевич: "m", Викторовна: "f"),
    or None for a word that is none (Қайратұлы, Викторовны, Петров)."""
    low = word.lower()
    if len(low) < _SHORTEST:
        return None
    if _PATRONYMIC.search(low) is None and not (_SHORT_PATRONYMIC.search(low) and word_info(word)["patr"]):
        return None
    return "f" if low.endswith("на") else "m"
