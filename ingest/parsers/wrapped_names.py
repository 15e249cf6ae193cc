"""A letterhead's or a heading's name wrapped over the lines of one paragraph: which lines read as one
(«ҚАЗАҚСТАН РЕСПУБЛИКАСЫ ПРЕЗИДЕНТІНІҢ» / «ЖАНЫНДАҒЫ ҚАЗАҚСТАН ХАЛҚЫ АССАМБЛЕЯСЫНЫҢ» / «ХАТШЫЛЫҒЫ»,
«СЕКРЕТАРИАТ АССАМБЛЕИ» / «НАРОДА КАЗАХСТАНА»), so a name is weighed whole, not line by line."""
from __future__ import annotations

from index.morphology import morph

from .kazakh_bodies import ends_in_genitive, opens_with_genitive

WRAPPED_LINES = 3  # the longest letterhead: the Assembly's name before 2007 with its secretariat


def goes_on(above: str, line: str) -> bool:
    """`line`, under `above` with no blank between, continues it: `above` closes with a Kazakh genitive
    (what it names follows), or `line` opens with a genitive naming whose `above` is, Kazakh
    («Төрағасының …») or Russian («НАРОДА КАЗАХСТАНА»)."""
    return ends_in_genitive(above) or opens_with_genitive(line) or _opens_with_russian_genitive(line)


def _opens_with_russian_genitive(line: str) -> bool:
    """The first word is a Russian noun or adjective that can only be genitive («народа», «Казахстана»);
    «Отчет», «Ассамблеи» (also a nominative plural) and a preposition open a line of their own."""
    words = line.split(maxsplit=1)
    if not words or not words[0].isalpha():
        return False
    try:
        parses = morph().parse(words[0].lower())
    except Exception:  # pragma: no cover - pymorphy3 missing or its dictionaries broken
        return False
    named = [p for p in parses if p.tag.POS in ("NOUN", "ADJF")]
    return bool(named) and len(named) == len(parses) and all("gent" in p.tag for p in named)


def wrapped_units(lines: list[str], filled: list[int]) -> list[tuple[str, int]]:
    """The filled lines of `lines` (their indexes `filled`) as units: a line alone, or up to
    WRAPPED_LINES adjacent lines that go on from each other, joined; each with its last line's index."""
    units: list[tuple[str, int]] = []
    count = 0
    for i in filled:
        line = lines[i].strip()
        if units and units[-1][1] == i - 1 and count < WRAPPED_LINES and goes_on(lines[i - 1].strip(), line):
            units[-1] = (f"{units[-1][0]} {line}", i)
            count += 1
        else:
            units.append((line, i))
            count = 1
    return units
