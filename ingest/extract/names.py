"""Surname morphology by rule: the nominative of a surname form, with gender and case.

pymorphy3 knows common Russian surnames but guesses unknown (Kazakh, Korean, foreign) ones;
surname declension is regular enough to be written down, so the readings come from endings.
A reading is (nominative, gender, cases); gender 'm', 'f' or None (both), cases a frozenset of
pymorphy3 case names ('nomn', 'gent', 'datv', 'accs', 'ablt', 'loct').
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ._text import parses, is_dictionary

ALL = frozenset({"nomn", "gent", "datv", "accs", "ablt", "loct"})
NOM = frozenset({"nomn"})
OBL = ALL - NOM
F_OBL = frozenset({"gent", "datv", "ablt", "loct"})


@dataclass(frozen=True, slots=True)
class Reading:
    nom: str
    gender: str | None
    cases: frozenset[str]


_OV = re.compile(r"(.+?(?:ов|ев|ёв|ин|ын))(а|у|ым|е|ой|ою|ых|ыми|ы)?", re.I)
_SKY = re.compile(r"(.+?(?:ск|цк))(ий|ого|ому|им|ом|ая|ой|ую|ие|их)", re.I)
_INDECL_END = re.compile(r".*(?:ұлы|улы|қызы|кызы|uly|kyzy|ко|ых|их|[оиэюыё])", re.I)
_VOWELS = set("аеёиоуыэюяәөүұіAEIOUYaeiouy")
# endings of surnames in -е that never decline: Georgian -дзе (Гогоберидзе, Шеварднадзе), so «Давиду
# Гогоберидзе» has no nominative «Гогоберидза»
_INDECLINABLE_E = ("дзе",)


def _case(word: str, stem: str, ending: str) -> str:
    """stem+ending keeping the capitalization style of word."""
    return stem + (ending.upper() if word.isupper() else ending)


@lru_cache(maxsize=50_000)
def surname_readings(word: str) -> tuple[Reading, ...]:
    """Every plausible reading of a surname form, most likely first."""
    low = word.lower()
    if "-" in word:
        return _double_readings(word)
    if not re.fullmatch(r"[а-яёәғқңөұүһі]+", low):  # Latin: no declension
        return (Reading(word, None, ALL),)
    ko = ukrainian_ko_nominative(word)
    if ko is not None:
        return (Reading(ko[0], "m", ko[1]), Reading(word, None, ALL))
    known_adjectival = _known_adjectival_readings(word)
    if known_adjectival:
        return known_adjectival + tuple(r for r in _rule_readings(word) if not _contradicts(r, known_adjectival))
    return _rule_readings(word)


def _rule_readings(word: str) -> tuple[Reading, ...]:
    """surname_readings of a one-word Cyrillic surname from its ending (and the dictionary's
    readings where the ending is a common adjective's or a foreign name's)."""
    low = word.lower()
    m = _OV.fullmatch(word)
    if m and len(m.group(1)) >= 3:
        stem, end = m.group(1), (m.group(2) or "").lower()
        fem = _case(word, stem, "а")
        if end == "":
            return (Reading(word, "m", NOM),)
        if end == "а":
            return (Reading(stem, "m", frozenset({"gent", "accs"})), Reading(fem, "f", NOM))
        if end == "у":
            return (Reading(stem, "m", frozenset({"datv"})), Reading(fem, "f", frozenset({"accs"})))
        if end == "ым":
            return (Reading(stem, "m", frozenset({"ablt"})),)
        if end == "е":
            return (Reading(stem, "m", frozenset({"loct"})),)
        if end in ("ой", "ою"):
            return (Reading(fem, "f", F_OBL),)
        return (Reading(stem, None, ALL),)  # plural forms: the family
    m = _SKY.fullmatch(word)
    if m:
        stem, end = m.group(1), m.group(2).lower()
        masc, fem = _case(word, stem, "ий"), _case(word, stem, "ая")
        table = {
            "ий": (Reading(masc, "m", NOM),),
            "ого": (Reading(masc, "m", frozenset({"gent", "accs"})),),
            "ому": (Reading(masc, "m", frozenset({"datv"})),),
            "им": (Reading(masc, "m", frozenset({"ablt"})),),
            # or the instrumental of a noun in -ск («с Тоомасом Каском»: Каск): the given name's case decides
            "ом": (Reading(masc, "m", frozenset({"loct"})), Reading(word[:-2], "m", frozenset({"ablt"}))),
            "ая": (Reading(fem, "f", NOM),),
            "ой": (Reading(fem, "f", F_OBL),),
            "ую": (Reading(fem, "f", frozenset({"accs"})),),
        }
        return table.get(end, (Reading(masc, None, ALL),))
    # a surname the dictionary knows with its own paradigm (Навальный, Шойгу)
    known = [p for p in parses(low) if is_dictionary(p) and "Surn" in p.tag.grammemes]
    if known and known[0].tag.POS == "ADJF":
        out = []
        for p in known:
            nf = p.inflect({"nomn"})
            nom = (nf.word if nf else p.normal_form)
            gender = "f" if p.tag.gender == "femn" else "m"
            out.append(Reading(nom[:1].upper() + nom[1:], gender, frozenset({p.tag.case})))
        return tuple(out)
    if low.endswith(("ого", "его", "ому", "ему", "ым", "им")):
        # an oblique case of an adjective-like surname: Андрея Лугового -> Луговой
        adj = [p for p in parses(low) if is_dictionary(p) and p.tag.POS == "ADJF" and p.tag.gender in ("masc", None)
               and p.tag.case in ("gent", "accs", "datv", "ablt")]
        if adj:
            nom = adj[0].normal_form
            return (Reading(nom[:1].upper() + nom[1:], "m", frozenset(p.tag.case for p in adj)),)
    if known and all("Fixd" in p.tag.grammemes for p in known):
        return (Reading(word, None, ALL),)
    if _INDECL_END.fullmatch(low) and not low.endswith(("ы",)):
        # read as written first; the given name's case may tell a declined form: «Виктору Цою» (Цой),
        # «Хуану Гарсии» (Гарсия)
        if low.endswith(("ою", "ею")) and len(low) >= 3:
            return (Reading(word, None, ALL), Reading(_case(word, word[:-1], "й"), "m", frozenset({"datv"})))
        if low.endswith("аю") and len(low) >= 5:
            # a Kazakh surname in -ай declines as a noun does (Мынбаю, Токтарбаю): the dative first, as
            # no surname ends so in its nominative
            return (Reading(_case(word, word[:-1], "й"), "m", frozenset({"datv"})), Reading(word, None, ALL))
        if low.endswith("ии") and len(low) >= 5:
            return (Reading(word, None, ALL), Reading(_case(word, word[:-1], "я"), None, frozenset({"gent", "datv", "loct"})))
        return (Reading(word, None, ALL),)
    last = low[-1]
    # the other oblique cases of a name in -а after a consonant, beside their readings as written
    # (the given name's case decides): «Томаша Пэту», «Томаша Пэты», «Томашем Пэтой» are Пэта's
    first_declension = len(low) >= 4 and low[-2] not in _VOWELS and low[-2] not in "ьъй"
    if low.endswith(("ұлы", "улы", "қызы", "кызы")):
        # a Kazakh surname in -ұлы/-қызы does not decline in Russian: «Бекболатұлы Ержана» is his
        # accusative, no «Бекболатұла»'s genitive
        return (Reading(word, None, ALL),)
    if first_declension and low.endswith("ы"):
        return (Reading(word, None, ALL), Reading(_case(word, word[:-1], "а"), None, frozenset({"gent"})))
    if low.endswith("ой") and len(low) >= 5 and low[-3] not in _VOWELS and low[-3] not in "ьъй":
        return (Reading(word, "m", frozenset({"nomn", "accs"})), Reading(word, "f", ALL),
                Reading(_case(word, word[:-2], "а"), None, frozenset({"ablt"})))
    if low.endswith(("ом", "ем", "ём")) and len(low) >= 5 and low[-3] not in _VOWELS:
        stem = word[:-2] + ("ь" if low.endswith(("ем", "ём")) and low[-3] in "лнр" else "")
        return (Reading(stem, "m", frozenset({"ablt"})), Reading(word, None, ALL))
    if low.endswith(("ем", "ём")) and len(low) >= 5 and low[-3] in _VOWELS:
        # a stem in -й: Карзаем, Цоем -> Карзай, Цой (or a nominative after all)
        stem = word[:-2] + ("Й" if word.isupper() else "й")
        return (Reading(stem, "m", frozenset({"ablt"})), Reading(word, "m", frozenset({"nomn", "accs"})),
                Reading(word, "f", ALL))
    if last not in _VOWELS:  # consonant (incl. й, ь): masculine nominative or indeclinable feminine
        return (Reading(word, "m", frozenset({"nomn", "accs"})), Reading(word, "f", ALL))
    # a consonant stem with a case ending (Шмидта, Шмидту, Шмидтом, Шмидте, Цоя)
    for end, cases in (("ом", {"ablt"}), ("ем", {"ablt"}), ("ём", {"ablt"}), ("а", {"gent", "accs"}),
                       ("я", {"gent", "accs"}), ("у", {"datv"}), ("ю", {"datv"}), ("е", {"loct"})):
        if low.endswith(end) and len(low) - len(end) >= 2:
            stem = word[: -len(end)]
            if stem[-1].lower() in _VOWELS:
                if end in ("я", "ю", "ем", "е"):
                    stem = stem + ("й" if not word.isupper() else "Й")
                else:
                    continue
            elif end in ("я", "ю", "ем", "е") and stem[-1].lower() not in "лнрщчшжц":
                continue
            elif end in ("я", "ю", "ем") :
                stem = stem + "ь"
            primary = Reading(stem, "m", frozenset(cases))
            as_is = Reading(word, None, ALL)
            if end in ("е",):
                return (as_is, primary)
            if end == "у":  # or the accusative of a name in -а: «Томаша Пэту»
                return (primary, as_is, Reading(_case(word, stem, "а"), None, frozenset({"accs"})))
            return (primary, as_is)
    if low.endswith("е") and len(low) >= 4 and low[-2] not in _VOWELS and low[-2] not in "ьъй" \
            and not low.endswith(_INDECLINABLE_E):
        # a name in -а in its dative or locative (Томашу Пэте: Пэта), or one read as written (the context decides)
        return (Reading(word, None, ALL), Reading(_case(word, word[:-1], "а"), None, frozenset({"datv", "loct"})))
    return (Reading(word, None, ALL),)


# endings of a surname declined like an adjective, in the singular (Толстой, Толстого, Толстая, Толстую)
_ADJECTIVAL_ENDS = ("ой", "ый", "ий", "ого", "его", "ому", "ему", "ым", "им", "ом", "ем", "ая", "яя", "ую", "юю")


def _known_adjectival_readings(word: str) -> tuple[Reading, ...]:
    """The readings of a form of a surname the dictionary knows, declined like an adjective: its
    nominative is the surname's own, in the form's gender (Льва Толстого is Толстой's, not the
    adjective толстый's; Татьяны Толстой is Толстая's; Сергея Трубецкого is Трубецкой's), which
    the ending alone cannot tell (Белого, Лугового: Белый, Луговой)."""
    low = word.lower()
    if not low.endswith(_ADJECTIVAL_ENDS):
        return ()
    out: dict[tuple[str, str], set[str]] = {}
    for p in parses(low):
        if not (is_dictionary(p) and "Surn" in p.tag.grammemes and p.tag.number == "sing"
                and p.normal_form.endswith(("ой", "ый", "ий")) and len(p.normal_form) >= 5  # not Цой
                and p.tag.gender in ("masc", "femn")):
            continue
        nf = p if p.tag.case == "nomn" else p.inflect({"nomn"})
        if nf is None:
            continue
        gender = "f" if p.tag.gender == "femn" else "m"
        nom = nf.word.upper() if word.isupper() else nf.word[:1].upper() + nf.word[1:]
        out.setdefault((nom, gender), set()).add(p.tag.case)
    return tuple(Reading(nom, gender, frozenset(cases)) for (nom, gender), cases in out.items())


def _contradicts(r: Reading, known: tuple[Reading, ...]) -> bool:
    """A reading by the ending gives another nominative than the dictionary's for a gender and case
    it knows (Толстой read as an undeclined woman's surname, when it is Толстая's oblique case), or
    repeats one of its readings."""
    return any((k.nom != r.nom and r.gender in (None, k.gender) and r.cases & k.cases)
               or (k.nom == r.nom and k.gender == r.gender and r.cases <= k.cases) for k in known)


# A Ukrainian surname in -енко declines in Ukrainian («пам'яті Тараса Шевченка», «Шевченку», «Шевченком»,
# «Шевченкові»), never in Russian: the form is the nominative's, as in a Russian text (Т. Шевченко)
_UKRAINIAN_KO = re.compile(r"(.{2,}енк)(а|у|ом|ові)", re.I)
_UKRAINIAN_KO_CASES = {"а": frozenset({"gent", "accs"}), "у": frozenset({"datv", "loct"}), "ом": frozenset({"ablt"}),
                       "ові": frozenset({"datv", "loct"})}


def ukrainian_ko_nominative(word: str) -> tuple[str, frozenset[str]] | None:
    """(nominative, cases) of a Ukrainian case form of a surname in -енко (Шевченка: Шевченко,
    genitive or accusative), or None."""
    m = _UKRAINIAN_KO.fullmatch(word)
    if m is None:
        return None
    return _case(word, m.group(1), "о"), _UKRAINIAN_KO_CASES[m.group(2).lower()]


def _double_readings(word: str) -> tuple[Reading, ...]:
    """A hyphenated double surname: each part declines as it would alone, in one gender and case
    (Ахметову-Ким is her accusative, Ахметова-Ким; Петрова-Водкина his genitive). A first part that
    may be indeclinable (Тер-, Ли-, Кара-) stays as written, and only the last part declines."""
    head, _, last = word.rpartition("-")
    lasts = surname_readings(last)
    heads = surname_readings(head)
    if not any(h.nom == head and h.cases == ALL for h in heads):
        agreeing = tuple(Reading(h.nom + "-" + r.nom, h.gender or r.gender, cases)
                         for h in heads for r in lasts
                         if (h.gender is None or r.gender in (None, h.gender))
                         and (cases := _person_cases(h) & _person_cases(r)))
        if agreeing:
            return agreeing
    return tuple(Reading(head + "-" + r.nom, r.gender, r.cases) for r in lasts)


def _person_cases(r: Reading) -> frozenset[str]:
    """A reading's cases as a person's: a man's accusative is his genitive (Кима), so a masculine
    form read as the inanimate accusative (Ким) is no accusative of his."""
    if r.gender == "m" and "accs" in r.cases and "gent" not in r.cases:
        return r.cases - {"accs"}
    return r.cases


# a Kazakh surname made of a forefather's given name in -бай (Мынбай, Туякбай, Ермекбай): a given name
# ends so too (Наурызбай), so the ending tells a surname only where its place does (a label, after a given name)
_BAI_SURNAME = re.compile(r"\w{3,}бай", re.I)


def bai_surname(word: str) -> bool:
    """The word ends as a Kazakh surname in -бай does, with a stem of three letters or more (not Абай)."""
    return _BAI_SURNAME.fullmatch(word) is not None


# «қызы» (daughter of), «ұлы» (son of) after a father's name make a Kazakh surname, joined or apart
# (kazakh_patronymic_words), and the gender each gives; alone, the word is no surname («ҚЫЗЫ А.»)
KAZAKH_PATRONYMIC_WORDS = {"қызы": "f", "кызы": "f", "ұлы": "m", "улы": "m"}


def looks_like_surname(word: str) -> bool:
    """A surname-like suffix (Russian, Kazakh, Ukrainian, Armenian, Georgian...)."""
    low = word.lower()
    if low in KAZAKH_PATRONYMIC_WORDS:
        return False
    return bool(re.search(
        r"(ов|ев|ёв|ин|ын|ова|ева|ина|ына|ский|ская|цкий|цкая|енко|чук|ук|юк|ян|янц|швили|дзе|"
        r"ұлы|улы|қызы|кызы|баев|баева|бек|беков|бекова|жанов|жанова|ич|ович|евич|ски|ес|ез|"
        r"ман|ер|ерг|берг|штейн|ли|ни)(а|у|ым|е|ой|ого|ому|им|ом|ую)?$",
        low,
    ))
