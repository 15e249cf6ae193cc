"""Credit lines: the staff a page or a press kit names for its making («Фото: Айдос Ерболов», «Текст:
Динара Сейткали, фото: …», «Подготовила Асель Бекова», «Фото Айдоса Ерболова», «Суретті түсірген: …»,
«Photo by Aidos Yerbolov»). They made the document and are no persons of its news: their names are
the document's author where the file names none (the writers, else everyone credited)."""
from __future__ import annotations

import re

from ingest.parsers.normalize import is_bare_dateline

from .persons import Mention

# the labels of those who wrote the text: they are its author ahead of photographers and designers
_WRITERS = (r"текст|автор(?:\s+текста)?|авторы|материал\s+подготовил[аи]?|подготовил[аи]?|мәтін|дайындаған"
            r"|text(?:\s+by)?|author|written\s+by")
# the others' labels, a colon or a dash after them: a noun alone («Оператор Нурлан …») may be prose
_OTHERS = (r"фото(?:графии|граф)?|фотосурет|сурет(?:ті\s+түсірген)?|видео(?:оператор)?|оператор|монтаж|дизайн(?:ер)?"
           r"|в[её]рстка|инфографика|иллюстраци[яи]|редактор|корректор|photos?(?:\s+by)?|design(?:ed\s+by)?|camera|video"
           r"|editor")
# labels with no colon: «Фото Айдоса Ерболова», «Подготовила Асель Бекова», «Photo by …», «Суретті түсірген …»
_BARE = r"фото|подготовил[аи]?|материал\s+подготовил[аи]?|суретті\s+түсірген|дайындаған|photos?\s+by|text\s+by|written\s+by"
# where a label may stand: a line's start, or after a stop, a bar, a slash or a comma between credits
_BOUNDARY = r"(?:^|(?<=[.|;,/•·]))\s*"
_LABEL_BEFORE = re.compile(rf"{_BOUNDARY}(?P<label>(?:текст|фото)\s+и\s+(?:фото|текст)|{_WRITERS}|{_OTHERS})\s*[:–—-]\s*$"
                           rf"|{_BOUNDARY}(?P<bare>{_BARE})\s+$", re.IGNORECASE)
_WRITER = re.compile(rf"(?:текст|фото)\s+и\s+(?:фото|текст)|{_WRITERS}", re.IGNORECASE)
# one more name of the same credit: «Фото: Данияр Нурланов, Ольга Петренко», «… и Ерлан Садыков»
_NEXT_NAME = re.compile(r"\s*(?:,|\bи\b|\bжәне\b|\band\b|&)\s*$", re.IGNORECASE)


def credited(text: str, mentions: list[Mention]) -> dict[int, bool]:
    """The mentions (their indices in `mentions`, ordered by start) that a credit line names, each
    with whether its label is a writer's («Текст:», «Автор:», «Подготовила»)."""
    out: dict[int, bool] = {}
    previous: int | None = None
    for k, m in enumerate(mentions):
        line_start = text.rfind("\n", 0, m.start) + 1
        before = text[line_start:m.start]
        label = _LABEL_BEFORE.search(before)
        if label:
            out[k] = _WRITER.fullmatch(label.group("label") or label.group("bare")) is not None
        elif previous is not None and previous in out and mentions[previous].end >= line_start \
                and _NEXT_NAME.fullmatch(text[mentions[previous].end:m.start]):
            out[k] = out[previous]
        previous = k
    return out


def credited_author(mentions: list[Mention], credits: dict[int, bool]) -> str:
    """The document's author from its credit lines: the writers, else everyone credited, as written
    after a colon (nominative) or by the canonical name where the label governs a genitive («Фото Айдоса
    Ерболова»); "" when no line credits anyone."""
    writers = [k for k, writer in credits.items() if writer]
    names = [mentions[k].text if mentions[k].nominative else mentions[k].canonical for k in writers or credits]
    return ", ".join(dict.fromkeys(" ".join(n.split()) for n in names))


_OPENS_CREDIT = re.compile(rf"\W*(?:{_WRITERS}|{_OTHERS})\s*[:–—-]|\W*(?:{_BARE})\s", re.IGNORECASE)


def opens_credit(sentence: str) -> bool:
    """The sentence is a credit line: «Фото Айдоса Ерболова», «Текст: …»."""
    return _OPENS_CREDIT.match(sentence) is not None


# a credit line's parts: «20 ноября 2020 | Текст: Асель Бекова | Фото: Ерлан Садыков», «Видео: … . Оператор: …»
_PARTS = re.compile(rf"\s*[|•·]\s*|(?<=[.;])(?<!(?<!\w)\w\.)\s+|,\s*(?=(?:{_WRITERS}|{_OTHERS})\s*[:–—-])", re.IGNORECASE)
MAX_CREDIT_LINE = 300


def is_credit_line(paragraph: str) -> bool:
    """The paragraph only credits the staff (maybe beside its date): a byline, no words of the news,
    searched with its document but never cited as a quote."""
    if len(paragraph) > MAX_CREDIT_LINE:
        return False
    parts = [p for p in _PARTS.split(paragraph.strip()) if p]
    return any(map(_names_staff, parts)) and all(_names_staff(p) or is_bare_dateline(p) for p in parts)


# the words a credit writes after its label: names, capitalised, joined by «и», or a press service
_NAME_JOINERS = frozenset("и және and & by пресс-служба пресс-службы press service".split())
_WORD = re.compile(r"[^\W_][\w-]*")


def _names_staff(part: str) -> bool:
    """The part is a label and the names (or the service) it credits, no more: «Видео: Обращение к 25-летию
    Ассамблеи» and «Инфографика: этнический состав …» are headings, «Фото из архива АНК» a caption's note."""
    label = _OPENS_CREDIT.match(part)
    return label is not None and all(w[0].isupper() or w.lower() in _NAME_JOINERS
                                     for w in _WORD.findall(part, label.end()))
