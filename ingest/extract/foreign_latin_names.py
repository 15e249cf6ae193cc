"""Foreign people in Kazakh text in Latin letters keep the spelling of their own language.

Kazakh in Latin letters is read in Cyrillic letters for its people (kazakh_latin_text), so a Kazakh
name is filed as the Cyrillic texts file it (Darhan Myńbaı: Д. Мыңбай). A foreign name the text
writes in its own language's spelling (Antonio Guterres, William Harrison) is no Kazakh spelling
of a Cyrillic name: read letter for letter it was «А. Гұтеррес», a name no text writes, which the
facets then joined with an English report's A. Guterres. Such a person keeps the name as written
(A. Guterres), as the English and Russian reports name him.

A name is spelled the Kazakh way when a word of it has a letter or a spelling only the Kazakh
alphabets write (a q with no u after it, 2018's ǵ ń ý, 2021's ä ū, ı, the 2017 apostrophes; not the
á ó ú ñ Spanish and Portuguese write too, Pedro Sánchez: P. Sánchez, not «П. Сәнчез»),
its given name is a listed Kazakh one (Erlan, Darhan), or its surname ends as Kazakh and Russian
surnames do (-ов, -ева, -ұлы, -қызы, -бай, -бек). A word whose reading puts ы or і beside another
vowel (Turkish Yılmaz: «Ыілмаз») is spelled no Kazakh way, whatever its letters.
"""
from __future__ import annotations

import re
from collections.abc import Iterable

from .kazakh_latin_text import cyrillic_reading_with_map
from .kazakh_names import listed_given_name
from .kazakh_only_latin import STRAIGHT_APOSTROPHES

# a Latin word of a name, its 2017 apostrophes and hyphens inside it
_NAME_WORD = re.compile(r"[A-Za-z\u00c0-\u024f]+(?:['-][A-Za-z\u00c0-\u024f]+)*")
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_LATIN = re.compile(r"[A-Za-z\u00c0-\u024f]")
# what only the Kazakh alphabets write in a name (Polish's ń, Czech's ý stand in no name the archive's
# Kazakh texts cite; German's ü ö and Turkish's ş ç ğ do); 2018's á ó ú and 2021's ñ are Spanish and
# Portuguese letters too (Sánchez, António, Peña), no sign alone; a 2017 apostrophe stands after one of
# its letters before a lowercase one (Tu'i'mebaev), not in O'Brien or D'Alema
_KAZAKH_LETTER = re.compile(r"[ǵńýäūı]|q(?!u)")
_KAZAKH_APOSTROPHE = re.compile(r"(?i:[agionucsy])'[a-z]")
_SURNAME_END = re.compile(r"(?:ов|ев|ова|ева|ұлы|улы|қызы|кызы|бай|бек|бекова)$")
# ы or і beside another vowel, which Kazakh never writes (и and у stand for й and the glide у too;
# Тоқаев's а е do stand together)
_TWO_VOWELS = re.compile("[ыі][аәеоөұүыіэ]|[аәеоөұүэ][ыі]")


def foreign_names(mentions: Iterable, year: int) -> dict[str, str]:
    """Each Cyrillic canonical name of a Kazakh Latin text that stands only for a foreign name as
    written (its mentions' `text`, Latin letters) -> that name in its own letters: «А. Гұтеррес»
    -> «A. Guterres». A name written once in Cyrillic letters, or through the aliases file, or once
    the Kazakh way, stays as it is."""
    written: dict[str, list[str]] = {}
    kept: set[str] = set()
    for m in mentions:
        if not _CYRILLIC.search(m.canonical):
            continue
        if m.kind == "alias" or _CYRILLIC.search(m.text) or not _LATIN.search(m.text):
            kept.add(m.canonical)
        else:
            written.setdefault(m.canonical, []).append(m.text)
    out: dict[str, str] = {}
    for canonical, texts in written.items():
        if canonical in kept or any(kazakh_spelled(text, canonical, year) for text in texts):
            continue
        latin = next((name for text in texts if (name := name_as_written(text, canonical, year))), None)
        if latin:
            out[canonical] = latin
    return out


def kazakh_spelled(text: str, canonical: str, year: int) -> bool:
    """Whether a name written `text` in Latin letters (its canonical Cyrillic name `canonical`) is
    spelled the Kazakh way (see the module's notes)."""
    words = _NAME_WORD.findall(text.translate(STRAIGHT_APOSTROPHES))
    surname = canonical.rpartition(" ")[2].lower()
    if _SURNAME_END.search(surname):
        return True
    for word in words:
        read = cyrillic_reading_with_map(word, year)[0].lower()
        if _TWO_VOWELS.search(read):
            continue
        if (_KAZAKH_LETTER.search(word.lower()) or _KAZAKH_APOSTROPHE.search(word)
                or (word is not words[-1] and listed_given_name(read))):
            return True
    return False


def name_as_written(text: str, canonical: str, year: int) -> str | None:
    """The canonical name of a Latin mention `text` in its own letters, with as many initials as
    `canonical` has and its surname without a Kazakh case ending («Antonio Guterresti» as
    «A. Guterres»); None when the mention gives no given name or its words do not read as `canonical`."""
    initials, _, surname = canonical.rpartition(" ")
    words = _NAME_WORD.findall(text)
    if not initials or len(words) < 2:
        return None
    last = words[-1]
    read, origin = cyrillic_reading_with_map(last, year)
    if not read.lower().startswith(surname.lower()):
        return None
    last = last[:origin[len(surname)]]  # a Kazakh case ending after the surname (Guterreske)
    given = [part for word in words[:-1] for part in word.split("-") if part]
    if len(given) != initials.count("."):
        return None
    return "".join(f"{part[0].upper()}." for part in given) + " " + last
