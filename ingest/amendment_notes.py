"""An editor's note in a consolidated act: «Статья 5-1 дополнена Законом РК от 08.06.2015 № 316-V.»,
«3) исключен Законом РК от 10.06.2014 № 206-V.», «Сноска. Внесены изменения Законом РК от …»,
Kazakh «Ескерту. 5-бапқа өзгеріс енгізілді – ҚР 29.12.2021 № 94-VII Заңымен.». It records what
another act did to this one: it is in the document's text (found with it) but no quote of the act's
words (ingest.build). An amending act's own words («статью 5-1 дополнить пунктом 2», «подпункт 3)
исключить», «мынадай редакцияда жазылсын») order the change and stay quotable. A note joined into a
paragraph (sub-points written with <br>, a wrapped text file: «…; 2-1) утверждает план работы; 3) исключен
Указом Президента РК от 15.03.2023 № 145.») is cut out of it the same way.

    is_amendment_note(paragraph) -> bool
    notes_inside(paragraph) -> [(start, end)]
    split_at_notes(paragraph) -> [(text, offset, is_note)]
"""
from __future__ import annotations

import re

NOTE_CHARS = 1000  # a note's length at most: a longer paragraph is an act's text that mentions a change

# a note's label: adilet's «Сноска.», «Ескерту.», an editor's «Примечание ИЗПИ!» («РЦПИ», «РЦПИ.»)
_LABELLED = re.compile(r"(?:Сноска|Ескерту|Примечание\s+(?:ИЗПИ|РЦПИ|редакции))\s*[.!:]", re.IGNORECASE)
# Russian: what the part it names has undergone, in a past participle, and the act that did it
_DONE = (r"(?:изменени[яе]\s+внесен[аоы]?|дополнен[аоы]?|исключен[аоы]?|изложен[аоы]?\s+в\s+(?:новой\s+)?редакции|изменен[аоы]?"
         r"|внесен[аоы]?\s+изменени[яе](?:\s+и\s+дополнени[яе])?|утратил[аои]?\s+силу|в\s+редакции"
         r"|с\s+изменени(?:ем|ями)(?:\s+и\s+дополнени(?:ем|ями))?,?\s+внесенн(?:ым|ыми))")
_ACT = r"(?:Закон|Указ|Постановлени|Решени|Приказ|Распоряжени|Кодекс|Нормативн)[^\W\d_]*"
# the part it names: «Статья 5-1», «Подпункт 2-1) пункта 1 статьи 4», «3)», «По всему тексту», or none
_PART = (r"(?:(?:Стать[яи]|Пункты?|Подпункты?|Част[ьи]|Абзацы?|Глав[аы]|Заголовок|Преамбула|Приложение|Раздел"
         r"|Параграф|Таблица|Строк[аи])(?![^\W\d_])[^.!?\n]{0,60}?\s|\d+(?:-\d+)*\)\s*|По\s+всему\s+тексту\s+)?")
_RUSSIAN = re.compile(
    _PART + _DONE + r"\s*[-–—]?\s*(?:в\s+соответствии\s+с\s+)?" + _ACT
    + r"\s[^\n]{0,200}?(?:\bот\b|№)[^\n]{0,300}", re.IGNORECASE)
# Kazakh: the act in the instrumental («Заңымен», «Жарлығымен») and what it did («толықтырылды»,
# «алып тасталды», «өзгеріс енгізілді», «жаңа редакцияда», «күшін жойды»)
_KAZAKH_ACT = r"(?:Заңымен|Жарлығымен|қаулысымен|бұйрығымен|шешімімен|Кодексімен)"
_KAZAKH_DONE = (r"(?:толықтырылды|алып\s+тасталды|өзгеріс(?:тер)?\s+енгізілді|өзгертілді"
                r"|жаңа\s+редакцияда(?!\s+жазылсын)|күшін\s+жойды)")
_KAZAKH = re.compile(r"[^\n]{0,300}?(?:" + _KAZAKH_ACT + r"[^\n]{0,60}?" + _KAZAKH_DONE + "|" + _KAZAKH_DONE
                     + r"[^\n]{0,120}?" + _KAZAKH_ACT + r")[^\n]{0,40}", re.IGNORECASE)
_NEXT_SENTENCE = re.compile(r"[.!?…]\s+[А-ЯЁӘҒҚҢӨҰҮҺІA-Z«]")
# a note may stand in brackets or parentheses: «(Статья 5-1 дополнена Законом РК от …)»
_WRAPPED = re.compile(r"^[(\[](.*)[)\]][.;]?$", re.DOTALL)
# a point's number before a note joined into a paragraph: «3) исключен …», «2.3. Исключен …», «2-1) …», «а) …»
_POINT = r"(?:\d+(?:[.-]\d+)*[.)]|[а-яәғқңөұүһі]\))\s+"
# where a joined note may start: after a sentence's or a point's end, at a point's number or a capital;
# not after a short abbreviation («г. Астаны», «ст. 5»), which ends no sentence
_PART_START = re.compile(r"(?<![\s(«][а-яё]\.)(?<![\s(«][а-яё]{2}\.)(?<=[.;!?])\s+(?=" + _POINT
                         + r"|[А-ЯЁӘҒҚҢӨҰҮҺІA-Z«(\d])|[^\S\n]*\n\s*")  # or a line of its own
_POINT_RE = re.compile(_POINT)
_POINT_NUMBER = re.compile(r"\d+(?:[.-]\d+)*[.)]")
# a word every note has (its label or what was done), looked for first: most paragraphs have none
_HINTS = ("сноска", "ескерту", "примечание", "исключ", "дополн", "изменен", "изложен", "утратил", "редакци",
          "толықтыр", "тасталды", "өзгер", "күшін")
# a joined note ends at the act it names: its number, date or Kazakh instrumental, maybe a remark in brackets
_ENDS_AT_ACT = re.compile(r"(?:№\s*[\w/-]+|\d{2}\.\d{2}\.\d{4}(?:\s*г(?:ода)?\.?)?|" + _KAZAKH_ACT
                          + r")\s*(?:\([^()]*\))?\s*[.;]?$", re.IGNORECASE)


def is_amendment_note(paragraph: str) -> bool:
    """Whether every line of the paragraph is an editor's note on an amendment."""
    lines = [ln.strip() for ln in paragraph.strip().split("\n") if ln.strip()]
    return bool(lines) and len(paragraph) <= NOTE_CHARS * len(lines) and all(_note_line(ln) for ln in lines)


def notes_inside(paragraph: str) -> list[tuple[int, int]]:
    """The (start, end) of each note in `paragraph`: the whole paragraph when it is all notes
    (is_amendment_note), else each sentence, line or point (its number included) that is a note by
    itself among the act's words."""
    lowered = paragraph.lower()
    if not any(hint in lowered for hint in _HINTS):
        return []
    if is_amendment_note(paragraph):
        return [(0, len(paragraph))]
    starts, ends = [0], []
    for m in _PART_START.finditer(paragraph):
        if _POINT_NUMBER.fullmatch(paragraph[starts[-1]:m.start()]):
            continue  # «2.3. Исключен …»: the point's number is the note's
        ends.append(m.start())
        starts.append(m.end())
    ends.append(len(paragraph))
    spans = []
    for start, end in zip(starts, ends):
        part = paragraph[start:end].strip()
        point = _POINT_RE.match(part)
        line = part[point.end():] if point else part
        # a sentence that goes on after the act it names is a report's («…№ 316-V, говорится в сообщении»)
        if _note_line(line) and (_LABELLED.match(line) or _ENDS_AT_ACT.search(line)):
            spans.append((start, end))
    return spans


def split_at_notes(paragraph: str) -> list[tuple[str, int, bool]]:
    """`paragraph` in the parts its joined notes cut it into, in order, each stripped: (text, its offset in
    `paragraph`, whether it is a note); the paragraph alone when it holds none."""
    spans = notes_inside(paragraph)
    if not spans:
        return [(paragraph, 0, False)]
    parts, at = [], 0
    for start, end in [*spans, (len(paragraph), len(paragraph))]:
        for offset, stop, note in ((at, start, False), (start, end, True)):
            text = paragraph[offset:stop]
            if text.strip():
                parts.append((text.strip(), offset + len(text) - len(text.lstrip()), note))
        at = end
    return parts


def _note_line(line: str) -> bool:
    if len(line) > NOTE_CHARS:
        return False
    wrapped = _WRAPPED.match(line)
    line = wrapped.group(1).strip() if wrapped else line
    if _LABELLED.match(line):
        return True
    # a note is one sentence naming the act by its number or date: «дополнена Законом РК от 08.06.2015
    # № 316-V»; a report's paragraph goes on («Статья 5 была изменена Законом … . Теперь …»)
    return bool(re.search(r"\d", line)) and _NEXT_SENTENCE.search(line) is None and (_RUSSIAN.fullmatch(line) is not None or _KAZAKH.fullmatch(line) is not None)
