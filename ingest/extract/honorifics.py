"""Honorifics that stand inside a name, read as if they stood before it.

Muslim clergy are named with an honorific between the given name and the surname: «Наурызбай
кажы Таганулы», Kazakh «Ержан қажы Малғаждарұлы», English «Nauryzbay kazhy Taganuly» (or «Kazhy»). Every name
rule wants the given name and the surname side by side, so such a name made no person and its
quotes no speaker. The text the rules read has the honorific moved before the given name
(«кажы Наурызбай Таганулы»), where a title stands: the same length and the same characters, so
offsets outside the name hold, and a mention starting at the moved name is mapped back to the
given name as written.
"""
from __future__ import annotations

import re

from ._text import LOWER, UPPER, word_info
from .kazakh_names import listed_given_name

# Lowercase words of respect written between a given name and a surname: кажы/қажы (hajji), ишан,
# ұстаз (teacher), ата (elder); their Latin spellings
HONORIFICS = ("кажы", "қажы", "хажы", "хаджи", "ишан", "ұстаз", "устаз", "ата",
              "kazhy", "qazhy", "hajji", "haji", "ishan", "ustaz")

# The hajji's honorific, which English releases and some Russian ones capitalise as if it were a
# name («Nauryzbay Kazhy Taganuly», «Наурызбай Кажы Таганулы»): still no given name. (Ишан, Ұстаз,
# Ата capitalised are as often a word of a name or a title: «Қорқыт Ата», «Ата Заң».)
_CAPITALISED = ("Кажы", "Қажы", "Хажы", "Хаджи", "Kazhy", "Qazhy", "Hajji", "Haji")
# and in capitals, as a release may stress it («Наурызбай КАЖЫ Таганулы»): no acronym either
_HAJJI = _CAPITALISED + tuple(h.upper() for h in _CAPITALISED)

_WORD = rf"[{UPPER}][{LOWER}]+(?:-[{UPPER}][{LOWER}]+)?"
# a capitalised word, one space, the honorific, one space, a capitalised word (taken, for _in_a_name)
_INSIDE_NAME_RE = re.compile(rf"(?<![\w-])({_WORD}) ({'|'.join(HONORIFICS + _HAJJI)}) (?=([{UPPER}][{LOWER}]+))")
# a surname's ending, in Cyrillic and in Latin (Таганулы, Малғаждарұлы, Taganuly, Сейітов), a case ending
# after it too (Тағанұлымен, Тағанұлының, Оразовпен, Ораловым: a name in a sentence is declined)
_AFTER_ULY = "ның|нің|на|не|ны|ні|мен|нан|нен|нда|нде|ға|ге|да|де|дан|ден"
_AFTER_OV = "а|у|ым|ом|е|ой|ою|ы|ых|ыми|пен|бен|тың|тің|қа|ке|та|те|тан|тен|ты|ті"
_SURNAME_END = re.compile(rf"(?:(?:ұлы|улы|қызы|кызы)(?:{_AFTER_ULY})?|[оеё]ва?|ина?|(?:[оеё]в|ин)(?:{_AFTER_OV})"
                          r"|uly|kyzy|qyzy|[oe]va?|ina?)$")
# the hajji's honorific capitalised before a surname with no given name, as a second mention names
# him («Кажы Таганулы также посетил мечеть», «Kazhy Taganuly also visited»): no capitalised word
# before it, one space, a capitalised word
_BEFORE_SURNAME_RE = re.compile(rf"(?<![\w-])(?<![{UPPER}][{LOWER}] )({'|'.join(_HAJJI)}) (?=[{UPPER}][{LOWER}])")

# any honorific with the space and the capital after it that both patterns need: most texts hold none,
# and this one search costs a fraction of theirs (their lookbehinds are tried at every position); the
# capital keeps a word's ending out («зарплата в», «зарплата и»)
_ANY_HONORIFIC_RE = re.compile(rf"(?:{'|'.join(HONORIFICS + _HAJJI)}) [{UPPER}]")


def honorific_first(text: str) -> str:
    """`text` with each honorific inside a name moved before the name's given name and written
    lowercase, where a title stands: «Наурызбай кажы Таганулы», «Наурызбай Кажы Таганулы» and
    «Наурызбай КАЖЫ Таганулы» -> «кажы Наурызбай Таганулы»; the hajji's honorific before a surname
    alone written lowercase: «Кажы Таганулы» -> «кажы Таганулы». Same length."""
    if not _ANY_HONORIFIC_RE.search(text):
        return text
    text = _INSIDE_NAME_RE.sub(lambda m: f"{m.group(2).lower()} {m.group(1)} " if _in_a_name(m) else m.group(0), text)
    # written lowercase, it is a title before a surname (a given name's initial «К. Таганулы» otherwise)
    return _BEFORE_SURNAME_RE.sub(lambda m: f"{m.group(1).lower()} ", text)


def moved_names(text: str) -> dict[int, int]:
    """Where `honorific_first` moved a given name: its offset in the text as read -> in the text
    as written (the start of the whole «Наурызбай кажы Таганулы»)."""
    if not _ANY_HONORIFIC_RE.search(text):
        return {}
    return {m.start() + len(m.group(2)) + 1: m.start() for m in _INSIDE_NAME_RE.finditer(text) if _in_a_name(m)}


def _in_a_name(m: re.Match) -> bool:
    """Whether the honorific of an _INSIDE_NAME_RE match stands inside a name: after a given name
    or before a surname, not between any two capitalised words («повесть Льва Толстого Хаджи Мурат»
    is no «Толстого Мурат»)."""
    return _SURNAME_END.search(m.group(3).lower()) is not None or word_info(m.group(1))["name"] \
        or listed_given_name(m.group(1))
