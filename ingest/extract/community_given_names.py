"""Ukrainian and Belarusian given names in their own spelling (Андрій, Марія, Олексій, Уладзімір), with
their case forms (Андрія, Івану, Марії, Олени), as the Russian name of the same case (Андрея, Ивану,
Марии, Елены). Their papers' names are read by Russian's rules, whose dictionary lacks these spellings
and reads «Андрій» as a verb and «Іван» as a place: asked as the Russian twin, the rules see a given
name of its gender and case.

    russian_given_form(word) -> str | None   (lowercase in, lowercase out)
    community_given_name(word) -> bool       (lowercase in)

Only spellings with a letter Russian lacks (і ї є ґ ў ') are listed: Оксана, Дмитро, Василь are read
as they are.
"""
from __future__ import annotations

# (own nominative, Russian nominative); the declension follows from the nominative's ending
_UKRAINIAN = """андрій:андрей олексій:алексей сергій:сергей юрій:юрий анатолій:анатолий григорій:григорий
    віталій:виталий валерій:валерий геннадій:геннадий аркадій:аркадий зіновій:зиновий василій:василий
    іван:иван віктор:виктор ігор:игорь євген:евгений олександр:александр володимир:владимир
    вадим:вадим федір:федор кирило:кирилл гліб:глеб ілля:илья
    марія:мария наталія:наталья юлія:юлия софія:софия вікторія:виктория лідія:лидия валерія:валерия
    анастасія:анастасия євгенія:евгения надія:надежда
    олена:елена ірина:ирина віра:вера катерина:екатерина тетяна:татьяна олександра:александра
    іванна:иванна леся:леся людмила:людмила галина:галина ольга:ольга оксана:оксана ніна:нина соломія:соломия"""
_BELARUSIAN = """уладзімір:владимир міхась:михаил максім:максим васіль:василий мікалай:николай
    андрэй:андрей сяргей:сергей аляксей:алексей аляксандр:александр віктар:виктор іван:иван пятро:петр
    марыя:мария ірына:ирина наталля:наталья вольга:ольга таццяна:татьяна алена:алена ларыса:лариса
    святлана:светлана ніна:нина"""

_SPECIAL = set("іїєґў'")


def _ukrainian_cases(own: str, russian: str) -> dict[str, str]:
    """Each case form of a given name, as the Russian name's form of the same case (the nominative
    included): the endings of its declension."""
    if own.endswith(("ій", "ей")):  # Андрій: Андрія, Андрію, Андрієм, Андрієві
        stem, rstem = own[:-1], russian[:-1]
        return {own: russian, stem + "я": rstem + "я", stem + "ю": rstem + "ю", stem + "єм": rstem + "ем",
                stem + "єві": rstem + "ю"}
    if own.endswith(("ія", "ыя")):  # Марія: Марії, Марію, Марією
        stem, rstem = own[:-1], russian[:-1]
        return {own: russian, stem + "ї": rstem + "и", stem + "і": rstem + "и", stem + "ю": rstem + "ю",
                stem + "єю": rstem + "ей", stem + "яй": rstem + "ей"}
    if own.endswith("я"):  # Леся: Лесі, Лесю, Лесею; Ілля: Іллі
        stem, rstem = own[:-1], russian[:-1]
        return {own: russian, stem + "і": rstem + "и", stem + "ю": rstem + "ю", stem + "ею": rstem + "ей"}
    if own.endswith("а"):  # Олена: Олени, Олені, Олену, Оленою
        stem, rstem = own[:-1], russian[:-1]
        return {own: russian, stem + "и": rstem + "ы" if rstem[-1] not in "гкхжчшщ" else rstem + "и",
                stem + "ы": rstem + "ы", stem + "і": rstem + "е", stem + "у": rstem + "у", stem + "ою": rstem + "ой",
                stem + "ай": rstem + "ой"}
    if own.endswith("о"):  # Кирило: Кирила, Кирилу, Кирилом
        stem = own[:-1]
        return {own: russian, stem + "а": russian + "а", stem + "у": russian + "у", stem + "ом": russian + "ом"}
    # a consonant: Іван, Івана, Івану, Іванові, Іваном; Ігор's soft one goes to Игорь's forms
    soft = russian.endswith("ь")
    rstem = russian[:-1] if soft else russian
    return {own: russian, own + "а": rstem + ("я" if soft else "а"), own + "я": rstem + "я",
            own + "у": rstem + ("ю" if soft else "у"), own + "ю": rstem + "ю", own + "ові": rstem + ("ю" if soft else "у"),
            own + "еві": rstem + "ю", own + "ом": rstem + ("ем" if soft else "ом"), own + "ем": rstem + "ем",
            own + "ам": rstem + "ом"}


def _all_forms() -> dict[str, str]:
    out: dict[str, str] = {}
    for listing in (_UKRAINIAN, _BELARUSIAN):
        for pair in listing.split():
            own, russian = pair.split(":")
            for form, twin in _ukrainian_cases(own, russian).items():
                out.setdefault(form, twin)
    return out


_FORMS = _all_forms()
_TWINS = {form: twin for form, twin in _FORMS.items() if not _SPECIAL.isdisjoint(form) and form != twin}


def russian_given_form(word: str) -> str | None:
    """The Russian given name's form of the same case as the lowercase Ukrainian or Belarusian
    given name's form `word` (андрій: андрей, івану: ивану, марії: марии), else None."""
    return _TWINS.get(word)


def community_given_name(word: str) -> bool:
    """Whether the lowercase `word` is a case form of a listed Ukrainian or Belarusian given name,
    its spelling Russian's or not (Олена, Тетяна, Вольга: words the Russian dictionary lacks)."""
    return word in _FORMS
