"""The numbers a legal act is signed with: «№ 1009» on the signature's lines at its end (alone, or
after the place and date: «Астана, 7 сентября 2022 года № 1009», «19.01.2024 № 5-р»), and «Закон
Республики Казахстан от 20 октября 2008 года № 70-IV.» on a line of its own under the title (an
adilet copy); an annex's approval stamp above its title («Утверждено / Указом Президента … / от 26
апреля 2002 года № 856»: the Положение is cited by the decree's number). Not a number an act only
cites: a «Сноска. … Указом … от … № 856», a number in running text."""
from __future__ import annotations

import re

from index.act_numbers import NUMBER, act_number_key

# «№ 70-IV ЗРК»: a number, then perhaps the issuer's abbreviation
_SIGNED = rf"№\s*({NUMBER})(?:\s+[А-ЯЁA-Z]{{2,5}})?\.?"
# the signature's line: the number alone, or after a place and a date (no «от»: that is a citation)
_SIGNATURE_RE = re.compile(rf"(?:(?:(?!\bот\b)[^№]){{0,60}}?(?:(?:19|20)\d\d)\s*(?:года|г\.)?,?\s*)?{_SIGNED}",
                           re.IGNORECASE)
_ACT_KINDS = r"(?:Указ|Закон|Конституционный\s+закон|Кодекс|Постановление|Распоряжение|Приказ|Решение)"
_UNDER_TITLE_RE = re.compile(rf"{_ACT_KINDS}\s[^№]{{0,150}}?\bот\s+[^№]{{6,40}}?{_SIGNED}")
_STAMP_RE = re.compile(r"(?:утвержден|приложение|бекітілген)", re.IGNORECASE)
_STAMP_DATE_RE = re.compile(rf"от\s+[^№]{{6,40}}?{_SIGNED}")
SIGNATURE_LINES = 3  # the last lines, where a signature's date and number stand
HEADER_LINES = 6  # the first lines: title, kind, dateline or «… от … № N»


def act_numbers(text: str) -> list[str]:
    """The keys (index.act_numbers) of the numbers `text` is signed with; [] for no act."""
    lines = [ln.strip() for ln in text.split("\n") if ln.strip()]
    found = []
    head = lines[:HEADER_LINES]
    for at, line in enumerate(head):
        if line.lower().startswith("от"):  # a stamp's: the act it cites is this annex's only
            m = _STAMP_DATE_RE.fullmatch(line) if any(_STAMP_RE.match(ln) for ln in head[:at]) else None
        else:
            m = _UNDER_TITLE_RE.fullmatch(line) or _SIGNATURE_RE.fullmatch(line)
        if m:
            found.append(m.group(1))
    for line in lines[-SIGNATURE_LINES:]:
        m = _SIGNATURE_RE.fullmatch(line)
        if m:
            found.append(m.group(1))
    return list(dict.fromkeys(key for key in map(act_number_key, found) if key))
