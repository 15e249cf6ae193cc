"""Cities of Kazakhstan the dictionary does not read as places: to it Тараз is a given name, Семея and
Кызылорды a name's or a common noun's form, and it knows no Kazakh spelling (Таразда, Шымкентте); nor
does it read the capital's genitive Астаны or Нур-Султана as a place only (Астаны is also a given
name's form to it, Нур-Султана the given names Нур and Султан). Their Russian and Kazakh names in their
case forms, for name_order's rule that a place is no given name; and the regions named by one Kazakh
word, which their official Russian name keeps after «области» (области Ұлытау, области Абай)."""
from __future__ import annotations

from ._text import fold

# the nominatives, Russian and Kazakh (Алматы, Астана and the like the dictionary reads as places)
CITIES = frozenset("""
    тараз шымкент актобе ақтөбе кокшетау көкшетау талдыкорган талдықорған атырау актау ақтау семей
    туркестан түркістан кызылорда қызылорда павлодар петропавловск петропавл уральск орал костанай
    қостанай караганда қарағанды жезказган жезқазған экибастуз екібастұз темиртау теміртау
    усть-каменогорск өскемен оскемен алма-ата кзыл-орда кызыл-орда
    астана нур-султан нұр-сұлтан акмола ақмола акмолинск целиноград
""".split())
# the regions of 2022 whose name is one Kazakh word, in Kazakh and Russian letters; Абай, a given name
# too, is among GIVEN_NAME_PLACES
REGIONS = frozenset("ұлытау улытау жетісу жетысу".split())
# cities and regions that are also men's given names: «Орал Мухамеджанов», «Абай Кунанбаев» are persons
GIVEN_NAME_PLACES = frozenset(("орал", "тараз", "абай"))
# Russian case endings, which may take the place of a final -а (Кызылорды) or -й (Семея, Костанае)
_RUSSIAN_ENDINGS = ("а", "у", "е", "ом", "ы", "ой", "я", "ю", "ем", "ей")
_REPLACED = ("", "а", "й")
# Kazakh locative and ablative endings (Таразда, Шымкентте, Оралдан): a place with no preposition,
# as a Kazakh dateline or news opening names it («Таразда Тоқаев…»)
_KAZAKH_PLACE_ENDINGS = ("нда", "нде", "да", "де", "та", "те", "дан", "ден", "тан", "тен", "нан", "нен")


def russian_city_form(word: str) -> bool:
    """`word` is one of CITIES or its Russian case form (Таразе, Тараза, Семея, Кызылорды)."""
    low = fold(word)
    return low in CITIES or low in REGIONS or city_case_form(word) is not None


def city_case_form(word: str) -> str | None:
    """The city of CITIES `word` is an oblique Russian case form of (Астаны, Шымкента, Семея), or None."""
    low = fold(word)
    if low in CITIES:
        return None
    return next((low[:-len(end)] + tail for end in _RUSSIAN_ENDINGS for tail in _REPLACED
                 if low.endswith(end) and low[:-len(end)] + tail in CITIES), None)


def kazakh_city_place(word: str) -> bool:
    """`word` is one of CITIES or REGIONS with a Kazakh locative or ablative ending (Таразда, Оралдан)."""
    low = fold(word)
    return any(low.endswith(end) and (low[:-len(end)] in CITIES or low[:-len(end)] in REGIONS)
               for end in _KAZAKH_PLACE_ENDINGS)
