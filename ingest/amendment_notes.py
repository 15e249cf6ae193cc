"""An editor's note in a consolidated act: «Статья 5-1 дополнена Законом РК от 08.06.2015 № 316-V.»,
«3) исключен Законом РК от 10.06.2014 № 206-V.», «Сноска. Внесены изменения Законом РК от …»,
Kazakh «Ескерту. 5-бапқа өзгеріс енгізілді – ҚР 29.12.2021 № 94-VII Заңымен.». It records what
another act did to this one: it is in the document's text (found with it) but no quote of the act's
words (ingest.build). An amending act's own words («статью 5-1 дополнить пунктом 2», «подпункт 3)
исключить», «мынадай редакцияда жазылсын») order the change and stay quotable.

    is_amendment_note(paragraph) -> bool
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


def is_amendment_note(paragraph: str) -> bool:
    """Whether every line of the paragraph is an editor's note on an amendment."""
    lines = [ln.strip() for ln in paragraph.strip().split("\n") if ln.strip()]
    return bool(lines) and len(paragraph) <= NOTE_CHARS * len(lines) and all(_note_line(ln) for ln in lines)


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
