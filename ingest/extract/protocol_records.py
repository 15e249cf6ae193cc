"""A protocol's records under its section heads, the minutes' own way of saying who spoke:
«СЛУШАЛИ: Тугжанова Е.Л. – о ходе подготовки…» (the one heard, the item's reporter: in Russian
the head's object, in the accusative), «ВЫСТУПИЛИ:» then «Ким Р.А. – предложил…», «Тен Н.В. – …»
(each who spoke), Kazakh «ТЫҢДАЛДЫ:», «СӨЙЛЕГЕНДЕР:».

    protocol_records(text) -> list[Record]
    opens_a_record(text, at) -> bool
    reporter_gender(text, tokens, sids, after) -> 'm' | 'f' | None

A record opens right after its head's colon or at the start of a line under it, past its number
(«1.», «2)») or a dash: under a head of those heard its first line only (what follows is his
report), under a head of those who spoke every line up to the next head.
"""
from __future__ import annotations

import re
from typing import NamedTuple

from ._text import Token, verb_info
from .kazakh_spelling import cyrillic_pattern

_HEARD = r"слушали|" + cyrillic_pattern("тыңдалды")
_SPOKE = r"выступили|" + "|".join(cyrillic_pattern(w) for w in ("сөйледі", "сөйлегендер"))
_DECIDED = (r"постановили|решили|отметили|" + cyrillic_pattern("шешті") + "|" + cyrillic_pattern("қаулы")
            + r"\s+(?:" + cyrillic_pattern("етті") + "|" + cyrillic_pattern("етеді") + ")")
# a protocol's section heads: what was heard, who spoke, what was decided
PROTOCOL_HEAD = re.compile(rf"[ \t]*(?:{_HEARD}|{_SPOKE}|{_DECIDED})\s*:", re.IGNORECASE)
# a head opening its line, maybe after the item's number: «2. СЛУШАЛИ:»
_HEAD_LINE = re.compile(rf"^[ \t]*(?:\d+[.)][ \t]*)?(?:(?P<heard>{_HEARD})|(?P<spoke>{_SPOKE})|{_DECIDED})[ \t]*:",
                        re.IGNORECASE | re.MULTILINE)
# what may stand on a record's line before its name: its number, a list's dash, the head itself
_BEFORE_NAME = re.compile(rf"[ \t]*(?:\d+[.)][ \t]*)?(?:(?:{_HEARD}|{_SPOKE})[ \t]*:)?[ \t]*(?:\d+[.)]|[–—-])?[ \t]*",
                          re.IGNORECASE)


# A signature under the records: a signer's post opening its line (acting or not), maybe the name after
# it, no dash and no more: «Секретарь  Ю.А. Ли», «Исполняющая обязанности секретаря», «И.о. Председателя
# Совета  Б.К. Оспанов», Kazakh «Хатшы  Ю.А. Ли», «Төраға». A record with a post has its dash: «Председатель
# центра «Полония» Лещинская И.С. – рассказала…».
_SIGNER_POST = (r"(?:и\.\s?о\.\s*|врио\s+|исполняющ\w*\s+обязанности\s+|м\.\s?а\.\s*)?"
                r"(?:председател\w*|секретар\w*|заместител\w*|руководител\w*|"
                + "|".join(cyrillic_pattern(w) + r"\w*" for w in ("төраға", "хатшы")) + ")")
_SIGNATURE = re.compile(rf"[ \t]*{_SIGNER_POST}(?:[ \t]+(?![^\n]*\s[–—-]\s)[^\s–—-][^\n]*)?$", re.IGNORECASE)
_SIGNATURE_WORDS = 8


class Record(NamedTuple):
    at: int  # offset of the record's first word, where its name would be
    heard: bool  # under СЛУШАЛИ / ТЫҢДАЛДЫ: the item's reporter, not one who spoke on it


def protocol_records(text: str) -> list[Record]:
    """Where each record under a head of those heard or those who spoke opens, in order."""
    heads = list(_HEAD_LINE.finditer(text))
    out: list[Record] = []
    for n, head in enumerate(heads):
        if head["heard"] is None and head["spoke"] is None:
            continue  # ПОСТАНОВИЛИ: decisions, nobody's
        end = heads[n + 1].start() if n + 1 < len(heads) else len(text)
        for k, at in enumerate(_line_openings(text, head.end(), end)):
            if k and _is_signature(text, at):
                break  # the minutes end with their signers, none of whom spoke (no ПОСТАНОВИЛИ: between)
            out.append(Record(at, head["heard"] is not None))
            if head["heard"] is not None:
                break  # his report follows the first line
    return out


def _is_signature(text: str, at: int) -> bool:
    """The line opening at offset `at` is a signature (_SIGNATURE): a signer's post and a name, short."""
    line_end = text.find("\n", at)
    line = text[at:len(text) if line_end == -1 else line_end]
    return len(line.split()) <= _SIGNATURE_WORDS and _SIGNATURE.match(line) is not None


def _line_openings(text: str, start: int, end: int):
    """The first word's offset of each non-blank line from `start` (the rest of the head's line
    first) to `end`, past a number or a list's dash."""
    at = start
    while at < end:
        line_end = text.find("\n", at, end)
        line_end = end if line_end == -1 else line_end
        word = _BEFORE_NAME.match(text, at, line_end).end()
        if word < line_end:
            yield word
        at = line_end + 1


def opens_a_record(text: str, at: int) -> bool:
    """Nothing but a number, a list's dash or a head of those heard or who spoke stands before
    offset `at` on its line: a name there opens a minutes' record («1. Ким Р.А. – предложил…»)."""
    line = text.rfind("\n", 0, at) + 1
    return _BEFORE_NAME.match(text, line, at).end() == at


# what a report goes on with after the one heard: «Он сообщил», «Она отметила», «Докладчица рассказала»
_REFERRING_GENDER = {"он": "m", "она": "f", "докладчица": "f"}
_GENDERS = {"masc": "m", "femn": "f"}
_REPORT_SENTENCES = 2  # the sentences after the record's own that may refer to him


def reporter_gender(text: str, tokens: list[Token], sids, after: int) -> str | None:
    """The gender a record under СЛУШАЛИ: gives its reporter, named before token `after`: a verb
    right after the dash («Тугжанова Е.Л. – сообщил…»), or a pronoun opening one of the next
    sentences of the paragraph («… – о ходе подготовки. Он сообщил…»); None when it gives none."""
    if after + 1 < len(tokens) and tokens[after].text in "–—-" and tokens[after + 1].is_word:
        verb = verb_info(tokens[after + 1].text)
        if verb is not None and verb[3] == "fin" and verb[1] in _GENDERS:
            return _GENDERS[verb[1]]
    for k in range(after, len(tokens)):
        if "\n\n" in text[tokens[k - 1].end:tokens[k].start] or sids[k] - sids[after] > _REPORT_SENTENCES:
            return None  # his paragraph ended
        if sids[k] != sids[k - 1]:
            gender = _REFERRING_GENDER.get(tokens[k].text.lower())
            if gender is not None:
                return gender
    return None
