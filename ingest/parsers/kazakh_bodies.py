"""Whether a Kazakh line that opens with a body's name in the genitive names a part of that body
(«Қазақстан халқы Ассамблеясының Хатшылығы», a letterhead) or says something about the body
(«Қазақстан халқы Ассамблеясының XXIV сессиясы өтті», «… сессиясы», «… мүшелері», a heading).
Kazakh puts the head noun last, so the last word decides; a Kazakh verb («өтті») is no body either."""
from __future__ import annotations

import re

from .legal_forms import is_legal_form

# a Kazakh genitive ending: «Ассамблеясының», «облысының», «әкімдігінің», «Кеңестің»
_GENITIVE = re.compile(r"(?<![^\W\d_])[^\W\d_]+[ндт][ыі]ң(?![^\W\d_])", re.IGNORECASE)
# the kinds of body a letterhead names after a genitive, in their possessive form
_BODY_NOUNS = frozenset(
    """хатшылығы кеңесі төралқасы үйі орталығы басқармасы бөлімі департаменті комитеті комиссиясы
    институты кафедрасы алқасы палатасы ассамблеясы қауымдастығы одағы қоры секторы мекемесі
    әкімдігі министрлігі әкімшілігі агенттігі академиясы университеті филиалы өкілдігі ұйымы
    бірлестігі кәсіпорны қоғамы тобы клубы мектебі редакциясы аппараты қанаты кабинеті кеңсесі
    штабы лабораториясы мұражайы кітапханасы театры""".split())
# ... and «баспасөз қызметі» (its press service: «қызметі» alone is the body's work, a heading's subject)
_PRESS_SERVICE = re.compile(r"баспасөз\s+қызметі$", re.IGNORECASE)
_LAST_WORD = re.compile(r"([^\W\d_][\w-]*)\W*$")


def names_part_of_body(line: str) -> bool:
    """False when `line` names a body in the Kazakh genitive and words after it end in no kind of body
    (_BODY_NOUNS): «Қазақстан халқы Ассамблеясының XXIV сессиясы өтті». True otherwise: no genitive,
    the genitive closing the line (a name wrapped over two lines: «ҚАЗАҚСТАН ХАЛҚЫ АССАМБЛЕЯСЫНЫҢ» /
    «ХАТШЫЛЫҒЫ»), or a body's part after it."""
    # the last genitive: «Қазақстан Республикасы Президентінің жанындағы Қазақстан халқы Ассамблеясының»
    # closes on the name's own genitive, the part of the body on the next line
    genitive = next(reversed(list(_GENITIVE.finditer(line))), None)
    if genitive is None:
        return True
    rest = line[genitive.end():].strip()
    last = _LAST_WORD.search(rest)
    if last is None:
        return True
    word = last.group(1)
    return (word.lower() in _BODY_NOUNS or is_legal_form(word)
            or _PRESS_SERVICE.search(rest[:last.end(1)]) is not None)


def continues_body(line: str) -> bool:
    """`line`, a letterhead's second line, ends in a kind of body (_BODY_NOUNS) in a few words: the part
    of the body the first line names («ҚАЗАҚСТАН ХАЛҚЫ АССАМБЛЕЯСЫНЫҢ» / «ХАТШЫЛЫҒЫ»)."""
    last = _LAST_WORD.search(line)
    return last is not None and len(line.split()) <= 3 and last.group(1).lower() in _BODY_NOUNS


def ends_in_genitive(line: str) -> bool:
    """`line` closes with a Kazakh genitive («Қазақстан халқы Ассамблеясының»): what it names follows."""
    last = _LAST_WORD.search(line)
    return last is not None and _GENITIVE.fullmatch(last.group(1)) is not None


def opens_with_genitive(line: str) -> bool:
    """`line` opens with a Kazakh genitive («Ассамблеясының XXVI сессиясы өтті», «Төрағасының орынбасары
    …»): it goes on from the line above, which names whose it is."""
    first = line.split(maxsplit=1)
    return bool(first) and _GENITIVE.fullmatch(first[0].strip(".,:;«»\"")) is not None
