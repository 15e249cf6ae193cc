"""The numbers a legal act is signed with: «№ 1009» on the signature's lines at its end (alone, or
after the place and date: «Астана, 7 сентября 2022 года № 1009», «19.01.2024 № 5-р»), and «Закон
Республики Казахстан от 20 октября 2008 года № 70-IV.» on a line of its own under the title (an
adilet copy); an annex's approval stamp above its title («Утверждено / Указом Президента … / от 26
апреля 2002 года № 856»: the Положение is cited by the decree's number), on its lines or on one
(«Утверждено распоряжением акима … от 12 февраля 2018 года № 78-р», as an HTML page's <br> lines are
read); Kazakh ones too: «Қазақстан Республикасының 2008 жылғы 20 қазандағы № 70-IV Заңы.» under the
title, a stamp that ends with its word («… 2016 жылғы 7 қыркүйектегі / № 333 Жарлығымен / бекітілген»).
A decree's signature above the annex it approves gives its number too («Нур-Султан, Акорда, 20 апреля
2021 года» / «№ 560», then «УТВЕРЖДЕНО …» and the Положение). Not a number an act only cites: a
«Сноска. … Указом … от … № 856», «Ескерту. … № 548 Жарлығымен.», a number in running text;
not a letter's registration number («№ 01-12/415», «26.03.2019 № 01-12/416»): a letter is no act."""
from __future__ import annotations

import re

from index.act_numbers import NUMBER, act_number_key
from ingest.parsers.signature_dateline import signature_line
from ingest.parsers.letter_title import opens_as_letter

# «№ 70-IV ЗРК», «№ 70-IV ҚРЗ»: a number, then perhaps the issuer's abbreviation
_SIGNED = rf"№\s*({NUMBER})(?:\s+[А-ЯЁA-ZӘҒҚҢӨҰҮҺІ]{{2,5}})?\.?"
# the signature's line: the number alone, or after a place and a date (no «от»: that is a citation)
_SIGNATURE_RE = re.compile(rf"(?:(?:(?!\bот\b)[^№]){{0,60}}?(?:(?:19|20)\d\d)\s*(?:года|г\.)?,?\s*)?{_SIGNED}",
                           re.IGNORECASE)
_ACT_KINDS = r"(?:Указ|Закон|Конституционный\s+закон|Кодекс|Постановление|Распоряжение|Приказ|Решение)"
# the line may go on with where the act was published, a paper in quotes with its date and issue, whose
# number is the paper's: «… № 157-VII ЗРК. «Казахстанская правда» от 7 ноября 2022 г. № 213.», «… № 157-VII
# ҚРЗ Заңы. «Егемен Қазақстан» 2022 жылғы 7 қараша № 213.»
_PUBLISHED = r"\s+«[^»]{2,60}»\s+[^«»№]{0,40}?(?:19|20)\d\d[^«»№]{0,20}?№\s*\d+\.?"
# a ministry's order goes on with its registration at the Ministry of Justice, whose number is the
# register's, not the order's: «… № 64. Зарегистрирован в Министерстве юстиции … 10 марта 2020 года № 20110.»
_REGISTERED = rf"(?:{_PUBLISHED}|\s+Зарегистрирован[аоы]?\s.*)?"
# the kind in capitals too: a plain-text act's header lines joined into one («РЕШЕНИЕ МАСЛИХАТА … от … № 45/389»)
_UNDER_TITLE_RE = re.compile(rf"(?i:{_ACT_KINDS})\s[^№]{{0,150}}?\bот\s+[^№]{{6,40}}?{_SIGNED}{_REGISTERED}")
# Kazakh: the issuer in the genitive, the date («2008 жылғы 20 қазандағы», «12.04.2021»), the number,
# then the act's kind: in the nominative on the line under the title («… № 70-IV Заңы.»), in the
# instrumental or dative in a stamp («… № 333 Жарлығымен бекітілген», «… № 51 қаулысына 1-қосымша»)
_KK_KIND_STEMS = r"(?:конституциялық\s+)?(?:заңы|жарлығы|қаулысы|өкімі|бұйрығы|шешімі|кодексі)"
_KK_DATE = r"(?:(?:19|20)\d\d\s*(?:жылғы|ж\.)\s*[^№]{3,30}?|\d\d?\.\d\d\.(?:19|20)\d\d\s*(?:ж\.)?\s*)"
# the issuer's abbreviation after a law's number, in capitals: «№ 94-VII ҚРЗ Заңы.»
_KK_DATED = rf"[^№]{{0,150}}?{_KK_DATE}№\s*({NUMBER})\s+(?-i:[А-ЯӘҒҚҢӨҰҮҺІ]{{2,5}}\s+)?"
# the registration that follows an order's line: «… № 64 бұйрығы. … Әділет министрлігінде 2020 жылғы 10
# наурызда № 20110 болып тіркелді.»
_KK_REGISTERED = rf"(?:{_PUBLISHED}|\s+\S.*\sтіркелді\.?)?"
_KK_UNDER_TITLE_RE = re.compile(rf"{_KK_DATED}{_KK_KIND_STEMS}\.?{_KK_REGISTERED}", re.IGNORECASE)
# a Kazakh act's kind first, in capitals, then the issuer and the date with the number, on their own
# lines («ЖАРЛЫҚ / ҚАЗАҚСТАН РЕСПУБЛИКАСЫ ПРЕЗИДЕНТІНІҢ / 2020 жылғы 5 наурыз № 12-ө») or joined into one
_KK_KINDS = r"(?:жарлық|заң|қаулы|өкім|бұйрық|шешім)"
_KK_KIND_FIRST_RE = re.compile(rf"{_KK_KINDS}(?![^\W\d_])", re.IGNORECASE)
_KK_DATED_LINE_RE = re.compile(rf"{_KK_DATE}№\s*({NUMBER})\.?", re.IGNORECASE)
_KK_JOINED_HEADER_RE = re.compile(rf"{_KK_KINDS}\s[^№]{{0,150}}?{_KK_DATE}№\s*({NUMBER})\.?", re.IGNORECASE)
_KK_STAMP_END_RE = re.compile(r"(?:бекітілген|бекітілді|(?:\d+-)?қосымша)\.?$", re.IGNORECASE)
_KK_STAMP_RE = re.compile(rf"{_KK_DATED}{_KK_KIND_STEMS}(?:мен|на|не)\s+(?:бекітілген|бекітілді|(?:\d+-)?қосымша)\.?",
                          re.IGNORECASE)
_KIND_FIRST_RE = re.compile(rf"{_ACT_KINDS}(?![^\W\d_])", re.IGNORECASE)
_DATED_RE = re.compile(rf"от\s+[^№]{{6,40}}?{_SIGNED}")
# An approval stamp: its word (an annex's «Приложение 2 к приказу …» too), the approving act's kind,
# its issuer, then «от <date> № N»; joined from its lines. The act's kind right after the word tells
# a stamp from a headline («Утвержден новый состав Совета», which may go on to cite an order).
_STAMP_START_RE = re.compile(r"(?:утвержден|приложение)", re.IGNORECASE)
_STAMP_RE = re.compile(r"(?:утвержден[аоы]?|приложение(?:\s*№?\s*\d+)?)\s+(?:к\s+)?"
                       r"(?:указ|закон|постановлени|распоряжени|приказ|решени|протокол|совместн)\w*"
                       rf"[^№]{{0,150}}?\sот\s+[^№]{{6,40}}?{_SIGNED}", re.IGNORECASE)
SIGNATURE_LINES = 3  # the last lines, where a signature's date and number stand
HEADER_LINES = 6  # the first lines: title, kind, dateline or «… от … № N»


def act_numbers(text: str) -> list[str]:
    """The keys (index.act_numbers) of the numbers `text` is signed with; [] for no act."""
    if "№" not in text:
        return []  # every number it reads follows the sign; a letter's head costs a scan of each line
    lines = [ln.strip() for ln in text.split("\n") if ln.strip()]
    if opens_as_letter(lines):
        return []  # its «№ 01-12/415» head line reads as an act's signature line
    head = lines[:HEADER_LINES]
    stamp = _stamp_number(head)
    found = [stamp] if stamp else []
    # «ПОСТАНОВЛЕНИЕ / ПРАВИТЕЛЬСТВА … / от 3 февраля 2022 года № 51»: the act's own date and number
    under_kind = not stamp and bool(head) and _KIND_FIRST_RE.match(head[0]) is not None
    under_kk_kind = not stamp and bool(head) and _KK_KIND_FIRST_RE.match(head[0]) is not None
    for line in head:
        if line.lower().startswith("от"):  # a stamp's line, or the one under the act's kind
            m = _DATED_RE.fullmatch(line) if under_kind else None
        else:
            m = (_UNDER_TITLE_RE.fullmatch(line) or _KK_UNDER_TITLE_RE.fullmatch(line)
                 or _KK_JOINED_HEADER_RE.fullmatch(line) or _SIGNATURE_RE.fullmatch(line)
                 or (_KK_DATED_LINE_RE.fullmatch(line) if under_kk_kind else None))
        if m:
            found.append(m.group(1))
    # the first signature (a decree's, above its annex), then the last lines (an act's with no place)
    signed = signature_line(lines)
    tail = lines[signed:signed + 2] if signed is not None else []
    for line in tail + lines[-SIGNATURE_LINES:]:
        m = _SIGNATURE_RE.fullmatch(line)
        if m:
            found.append(m.group(1))
    return list(dict.fromkeys(key for key in map(act_number_key, found) if key))


def _stamp_number(head: list[str]) -> str | None:
    """The number in an approval stamp among the `head` lines: from its first line (its word) to the
    first line holding «№», joined."""
    start = next((at for at, line in enumerate(head) if _STAMP_START_RE.match(line)), None)
    if start is None:
        return _kazakh_stamp_number(head)
    end = next((at for at in range(start, len(head)) if "№" in head[at]), None)
    m = _STAMP_RE.fullmatch(" ".join(head[start:end + 1])) if end is not None else None
    return m.group(1) if m else None


def _kazakh_stamp_number(head: list[str]) -> str | None:
    """The number in a Kazakh approval stamp among the `head` lines, which ends with its word
    («бекітілген», «қосымша»): the lines up to it joined, from the first its issuer may open."""
    end = next((at for at, line in enumerate(head) if _KK_STAMP_END_RE.search(line)), None)
    if end is None:
        return None
    for start in range(end + 1):
        m = _KK_STAMP_RE.fullmatch(" ".join(head[start:end + 1]))
        if m:
            return m.group(1)
    return None
