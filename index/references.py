"""A document's bibliographic reference in the style of ГОСТ Р 7.0.5-2008 («Библиографическая ссылка»),
from what the index keeps of it: its author or issuing body, title, date, an act's number, and the page
cited. Beside the quote citation (index.citation), which says who said what; this one says where it stands:

    Кадырова, Г. Т. Полиэтничность как ресурс … / Г. Т. Кадырова, А. М. Сейткали. – 15 июня 2020 г. – С. 3.
    О проведении круглого стола по медиации / Секретариат АНК. – 15 марта 2023 г.
    Об утверждении Концепции … : указ Президента Республики Казахстан от 12 апреля 2021 г. № 548.

Up to three persons head the reference by the first one's surname and initials; four and more, and a
body (a secretariat, a press service), stand after the title's slash alone. The archive keeps no
journal, publisher or place of publication: a reference gives what it knows (README, Known limits).
A Kazakh document's date and page are written the Kazakh way (index.citing_words)."""
from __future__ import annotations

import re
from datetime import date
from typing import NamedTuple

from index.citing_words import NBSP, citing_words

SEPARATOR = ". – "  # ГОСТ's «точка и тире» between a reference's areas
MAX_HEADED_AUTHORS = 3  # up to three persons head it; more: the first after the slash, «[и др.]»

_INITIAL = r"[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][a-zа-яёәғқңөұүһі]?\."
_INITIALS = rf"{_INITIAL}(?:\s?{_INITIAL})?"
_WORD = r"[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][a-zа-яёәғқңөұүһі'’]+(?:-[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ]?[a-zа-яёәғқңөұүһі'’]+)?"
# «Кадырова Г.Т.», «Ибраев, Н.С.» (a citation_author meta), «Г.Т. Кадырова»
_SURNAME_FIRST = re.compile(rf"(?P<surname>{_WORD}),?\s+(?P<initials>{_INITIALS})")
_INITIALS_FIRST = re.compile(rf"(?P<initials>{_INITIALS})\s?(?P<surname>{_WORD})")
# a full name: «Ибраев Нурлан Серикович», «Нурлан Серикович Ибраев», «Айгерим Болатқызы Нұрғалиева»
_PATRONYMIC = re.compile(r"\w+(?:ович|евич|ьич|овна|евна|ична|инична|ұлы|улы|қызы|кызы)", re.I)
_FULL = re.compile(rf"(?P<a>{_WORD})\s+(?P<b>{_WORD})\s+(?P<c>{_WORD})")
_AUTHORS_APART = re.compile(r"\s*(?:[,;]|\s(?:и|және|and)\s)\s*")
# an act's title as ingest writes it: its kind and issuer, then its name in «»
_ACT_TITLE = re.compile(r"(?P<kind>[^«»]+?)\s+«(?P<name>.+)»")


class Person(NamedTuple):
    surname: str
    initials: str  # «Г. Т.»: spaced, as ГОСТ writes them

    def heading(self) -> str:
        return f"{self.surname}, {self.initials}"

    def signed(self) -> str:
        return f"{self.initials} {self.surname}"


def _spaced(initials: str) -> str:
    return " ".join(re.findall(_INITIAL, initials))


def person(name: str) -> Person | None:
    """A personal name's surname and initials, whichever order it is written in; None for a body's
    name («Секретариат АНК», «Пресс-служба …») or a name that is not a person's full one."""
    name = " ".join(name.split()).strip(" .,")
    if m := _SURNAME_FIRST.fullmatch(name + ".") or _SURNAME_FIRST.fullmatch(name):
        return Person(m["surname"], _spaced(m["initials"]))
    if m := _INITIALS_FIRST.fullmatch(name):
        return Person(m["surname"], _spaced(m["initials"]))
    if m := _FULL.fullmatch(name):
        if _PATRONYMIC.fullmatch(m["c"]):  # surname, given name, patronymic
            return Person(m["a"], f"{m['b'][0]}. {m['c'][0]}.")
        if _PATRONYMIC.fullmatch(m["b"]):  # given name, patronymic, surname
            return Person(m["c"], f"{m['a'][0]}. {m['b'][0]}.")
    return None


def persons(author: str) -> list[Person] | None:
    """The persons an author field names («Кадырова Г.Т., Сейткали А.М.»), or None when any part of it
    is no person's name (a body: cited as written)."""
    parts = [p for p in _AUTHORS_APART.split(author.strip()) if p.strip(" .")]
    found = [person(p) for p in parts]
    return found if found and all(found) else None


def reference(author: str, title: str, when: date | None, act_numbers: list[str] | tuple = (),
              language: str = "", page: int | None = None) -> str:
    """The document's reference (ГОСТ Р 7.0.5-2008), its `page` cited when given; `language`: the
    document's (a Kazakh one dated and paged in Kazakh)."""
    cite = citing_words(language)
    title = " ".join((title or "").split()).rstrip(" .") or f"[{cite.untitled.capitalize()}]"
    act_numbers = numbers_not_named(title, act_numbers)
    if act_numbers:
        areas = [_act(title, when, act_numbers, cite)]
    else:
        areas = [_titled(title, author, cite), cite.date(when) if when else cite.undated_reference]
    if page:
        areas.append(f"{cite.reference_page}{NBSP}{page}")
    return _joined(areas)


def numbers_not_named(title: str, act_numbers: list[str] | tuple) -> list[str]:
    """The act numbers `title` does not write already: an annex titled by its stamp, «Приложение 2 к
    постановлению № 12», is cited without a second «№ 12» after it."""
    return [n for n in act_numbers
            if not re.search(rf"№\s*{re.escape(n)}(?![\w/-])", title or "")]


def _joined(areas: list[str]) -> str:
    """The areas parted by «. – », the whole closed by a full stop; an area ending with one (an
    abbreviation: «2023 г.», «[б. г.]»'s bracket aside) takes no second."""
    text = ""
    for area in areas:
        if text:
            text += SEPARATOR[1:] if text.endswith(".") else SEPARATOR
        text += area
    return text if text.endswith(".") else text + "."


def _titled(title: str, author: str, cite) -> str:
    """The heading, title and statement of responsibility: «Кадырова, Г. Т. <title> / Г. Т. Кадырова,
    А. М. Сейткали», «<title> / Секретариат АНК», «<title>»."""
    author = " ".join((author or "").split())
    if not author:
        return title
    people = persons(author)
    if people is None:
        return f"{title} / {author}"
    if len(people) > MAX_HEADED_AUTHORS:
        return f"{title} / {people[0].signed()} [{cite.others}]"
    return f"{people[0].heading()} {title} / {', '.join(p.signed() for p in people)}"


def _act(title: str, when: date | None, act_numbers, cite) -> str:
    """An act: its name, its kind and issuer after « : », then «от <date> № <number>» («О … : указ
    Президента Республики Казахстан от 12 апреля 2021 г. № 548»); a Kazakh act as its title names it,
    «…, 2021 жылғы 5 наурыз, № 12»."""
    numbers = ", ".join(f"№{NBSP}{n}" for n in act_numbers)
    if cite.language:
        return ", ".join(part for part in (title, cite.date(when) if when else "", numbers) if part)
    dated = f"от {cite.date(when)} {numbers}" if when else numbers
    m = _ACT_TITLE.fullmatch(title)
    if m is None:
        return f"{title} {dated}"
    kind = m["kind"][0].lower() + m["kind"][1:]
    return f"{m['name']} : {kind} {dated}"


def document_reference(doc) -> str:
    """The reference of a document as a search hit or its page holds it (index.results.Hit,
    DocumentView: its author, title, date, act numbers and language), no page cited."""
    return reference(doc.author, doc.title, doc.date, doc.act_numbers, doc.language)
