"""Which word of two capitalised ones is the given name: what a full name's rules ask before they
read «Андрей Семёнов» as given name + surname.

- A place is never a given name: «В Астане Назарбаев …», «В Нур-Султане Токаев …» name Назарбаев
  and Токаев, not «А. Назарбаев» (a place's name after в/во/на/из: a Geox word, a city of
  kazakh_cities such as Тараз, or a locative); nor is a Kazakh locative of such a city («Таразда Тоқаев»).
- A place's name in the nominative before a common noun names a venue: «Астана Опера», «Астана Арена»
  are no «А. Опер», «А. Арен».
- A title is never a surname: «… Астане Президент К.К. Токаев» names no «А. Президент».
- Lists and attributions write surname first without a patronymic («Присутствовали: Ким Роман,
  Сейтказина Гульнара», «— ответил Семёнов Андрей»): a surname-like word before a given name is the
  surname (Р. Ким, Г. Сейтказина, А. Семёнов). A surname the dictionary also knows as a given name
  (Карин, read as the indeclinable Карин) is the surname when it has a surname's ending and the
  other word is a given name without one: «Карин Ерлан» is Е. Карин, «Ерлан Карин» stays so.
"""
from __future__ import annotations

import re
from functools import lru_cache

from index.places import place_forms
from index.post_words import TITLES

from ._text import Token, capital_beside, fold, is_dictionary, parses, word_info
from .kazakh_cities import CITIES, GIVEN_NAME_PLACES, REGIONS, city_case_form, kazakh_city_place, russian_city_form
from .kazakh_names import listed_given_name
from .names import surname_readings

# prepositions a place's name follows in a dateline or a news opening (В Астане, из Алматы)
_PLACE_PREPOSITIONS = frozenset(("в", "во", "на", "из"))
_LOCATIVE_PREPOSITIONS = frozenset(("в", "во", "на"))
# the endings of a surname in the nominative (Семёнов, Сейтказина, Жакыпулы, Сейтқызы)
_SURNAME_END = re.compile(r"(?:ов|ев|ёв|ин|ын|ова|ева|ёва|ина|ына|улы|ұлы|кызы|қызы)$")
# the case endings a Kazakh given name takes in Russian text (Ерлана, Ерлану, Ерланом, Ерлане)
_CASE_ENDINGS = ("а", "у", "ом", "ым", "е", "ем", "я", "ю")
# one-syllable surnames the dictionary reads as given names too (Ли), or not at all (Пак)
SHORT_SURNAMES = frozenset("ли ким цой пак тен хан хван нам ан шин чой".split())


def place_before_name(tokens: list[Token], k: int) -> bool:
    """Token k names a place, not a person's given name: it follows в/во/на/из and the dictionary
    reads it as a place (Астане, Алматы, Нур-Султане), or, after в/во/на, as a locative that is no
    accusative (Шымкенте; not Айгуль of «на Айгуль Сарсенову»); a city the dictionary does not read
    as one (Таразе, Семея: kazakh_cities), also in a Kazakh locative with no preposition (Таразда)."""
    word = tokens[k].text
    if kazakh_city_place(word):
        return True
    if k < 1 or not tokens[k - 1].is_word or tokens[k].start - tokens[k - 1].end != 1:
        return False
    prep = tokens[k - 1].text.lower()
    if prep not in _PLACE_PREPOSITIONS:
        return False
    if _geo(word) or russian_city_form(word):
        return True
    if prep not in _LOCATIVE_PREPOSITIONS or _name_form(word):
        return False  # на Сауле Жумабекову: a given name the dictionary also reads as a locative
    cases = {p.tag.case for p in parses(word)}
    return "loct" in cases and "accs" not in cases


# what joins the items of a list of places: «из Семипалатинска, Гурьева, Усть-Каменогорска и Акмолы»
_LIST_JOINS = frozenset((",", "и"))


def surname_as_place(tokens: list[Token], k: int) -> bool:
    """Token k, a surname standing alone, names a town: it follows «г.», «гор.» or «город» («в г. Гурьев»),
    «из», or «в»/«во» as a locative or in its nominative form («из Гурьева», «в Гурьеве», «переехать в
    Гурьев», «жил в Шевченко»: Atyrau and Aktau until 1991; a person after «в» takes the animate
    accusative, «в Гурьева»), or is a later item of a list of places after one («из Семипалатинска,
    Гурьева, Усть-Каменогорска и Шевченко»). A town's old name that is also a surname stays off the
    places file, which would make every Гурьев a place."""
    if _after_town_word(tokens, k):
        return True
    prep = _preposition_before(tokens, k)
    if prep == "из":
        return True
    if prep in ("в", "во"):  # not «на»: «на Гурьева» is a person's accusative
        readings = [p for p in parses(tokens[k].text) if "Surn" in p.tag.grammemes] or parses(tokens[k].text)
        cases = {p.tag.case for p in readings}
        indeclinable = any("Fixd" in p.tag.grammemes for p in readings)
        return ("loct" in cases or "nomn" in cases) and ("accs" not in cases or indeclinable)
    j = k
    while j >= 2 and tokens[j - 1].text.lower() in _LIST_JOINS and tokens[j - 2].is_word and tokens[j - 2].is_cap:
        j -= 2
        if place_before_name(tokens, j) or _preposition_before(tokens, j) == "из":
            return True
        word = tokens[j].text
        # an item may be another town of a surname's name: the list goes on to its «из»
        if not (_geo(word) or russian_city_form(word) or any(p.tag.case == "gent" for p in parses(word))):
            return False
    return False


def _preposition_before(tokens: list[Token], k: int) -> str:
    """The lowercase word right before token k, one space apart, or ""."""
    if k >= 1 and tokens[k - 1].is_word and tokens[k].start - tokens[k - 1].end == 1:
        return tokens[k - 1].text.lower()
    return ""


# a town's word before its name: «г. Гурьев», «гор. Гурьеве», «город Шевченко»
_TOWN_WORDS = frozenset("г гор город города городе городу городом".split())


def _after_town_word(tokens: list[Token], k: int) -> bool:
    """Token k follows a town's word, its abbreviation with its full stop («г. Гурьев») or the word itself."""
    before = tokens[k - 2:k]
    if len(before) == 2 and before[1].text == "." and before[0].is_word:
        return before[0].text.lower() in ("г", "гор")
    return bool(before) and before[-1].is_word and before[-1].text.lower() in _TOWN_WORDS - {"г", "гор"}


def city_name(word: str) -> bool:
    """`word` is a city's or a region's name in the nominative (index/data/places.txt, kazakh_cities):
    before a surname it says where the person comes from, as a list of speakers does («Выступили:
    Алматы Касымов, Костанай Иванов»), and is no given name (the dictionary reads Алматы and Астана
    as given names' forms too). A city that is also a given name (Орал, Тараз) stays one."""
    low = fold(word)
    return low not in GIVEN_NAME_PLACES and (low in CITIES or low in REGIONS or place_forms().get(low) == low)


def place_in_name_run(tokens: list[Token], k: int) -> bool:
    """Token k, in a run of capitalised words, names a place and no part of the name after it: a
    city's oblique case form, as «аким Астаны Жанис Касымбек», «аким Талдыкоргана Ерлан Ахметов»
    write the akim's city, or a place's name after the kind of place it is («области Ұлытау Дастан
    Рыспеков», «области Абай Нурлан Уранхаев»). A form that is also a given name's (Астану, Астане:
    Астан's; Тараза, Орала: of the given names Тараз, Орал) is the place only after a title or a
    kind of place (аким Тараза) or before a given name in the nominative, whose case it does not
    share (Тараза Ерлан Ахметов); «вручили Тараза Назарбаева» names a person."""
    word = tokens[k].text
    if akims_place(tokens, k):
        return True
    kind_before = k > 0 and tokens[k - 1].is_word and tokens[k].start - tokens[k - 1].end == 1 \
        and (is_place_kind(tokens[k - 1].text) or is_title(tokens[k - 1].text))
    low = fold(word)
    if low in CITIES or low in REGIONS or low in GIVEN_NAME_PLACES:
        return kind_before and not is_title(tokens[k - 1].text)  # «области Абай»; «аким Абай Ахметов» is a person
    city = city_case_form(word)
    if city is None:
        # a listed town's oblique form after a post or a kind of place: «Аким Риддера наградил…»
        return kind_before and place_forms().get(low, low) != low
    if city not in GIVEN_NAME_PLACES and not _name_form(word):
        return True
    given_next = k + 1 < len(tokens) and tokens[k + 1].is_word and _given(tokens[k + 1].text)
    return kind_before or given_next


# the post whose holder's town comes right before his name («аким Жанаозена Ерлан Ахметов», «акима
# Риддера Бауыржана Калиева», Kazakh «әкімі»): fold()ed
_AKIM_WORDS = frozenset(("аким", "акима", "акиму", "акимом", "акиме", "әкім", "әкімі"))
# a Russian patronymic's ending in any case (Ерлан Ахметович Ахметов, Ерлана Бекетовича, Айгуль Ахметовной)
_RUSSIAN_PATRONYMIC_END = re.compile(r"(?:вич(?:а|у|ем|е)?|(?:вн|ичн)(?:а|ы|е|у|ой))$")
# a man's surname in the nominative (Тасмагамбетов): no town's genitive ends so
_MANS_SURNAME_END = re.compile(r"(?:ов|ев|ин|ын)$")


def akims_place(tokens: list[Token], k: int) -> bool:
    """Token k, right after «аким» (in any case, or the Kazakh «әкімі») and before a given name and
    a surname, is the akim's town, in the genitive or, in a headline, undeclined: «аким Жанаозена Ерлан
    Ахметов», «Аким Сатпаева Мурат Ахметов», «Аким Алматы Бауыржан Байбек». The post names its
    holder's place first, so the town need be on no list. A man's surname in the nominative before a
    given name is the name's own («Аким Тасмагамбетов Ерлан …» of a list), as is a surname before a
    given name and a patronymic in any case, the way protocols write an akim («аким Сатпаева Айгуль
    Ахметовна», «акима Ахметова Ерлана Бекетовича»): the town is his only when a surname follows
    the patronymic («акима Шымкента Ерлана Бекетовича Ахметова»)."""
    if k < 1 or fold(tokens[k - 1].text) not in _AKIM_WORDS or not all(capital_beside(tokens, x, x - 1) for x in (k, k + 1, k + 2)):
        return False
    word, given, last = tokens[k].text, tokens[k + 1].text, tokens[k + 2].text
    if is_title(word) or is_place_kind(word) or not (_given(given) or _name_form(given)) \
            or _MANS_SURNAME_END.search(fold(word)) and _surname(word):
        return False
    if _RUSSIAN_PATRONYMIC_END.search(fold(last)) or _patronymic_reading(last):  # «аким Шымкента Ерлан Ахметович Ахметов»
        return capital_beside(tokens, k + 3, k + 2) and _surname(tokens[k + 3].text)
    if _KAZAKH_PATRONYMIC_END.search(fold(last)) and surname_before_patronymic(word):
        return False  # «аким Ахметова Айгуль Серікқызы»: her surname first
    return _surname(last)


def _patronymic_reading(word: str) -> bool:
    """The dictionary reads `word` first as a patronymic, in any case (Кажмухановичу)."""
    readings = parses(word)
    return bool(readings) and "Patr" in readings[0].tag.grammemes


def post_before_genitive(title: str, word: str) -> bool:
    """«Аким Жаркента наградил…», «Аким Сатпаева встретился…»: a title that is also a man's given
    name, before a word read as a man's genitive and never as a man's nominative, is the post before
    its town's genitive, as the given name Аким would share its surname's case. «Аким Ахметов» stays
    a person; an undeclined town (Шардары) tells nothing."""
    if not is_title(title):
        return False
    readings = surname_readings(word)
    return any(r.gender == "m" and "gent" in r.cases for r in readings) \
        and not any(r.gender == "m" and "nomn" in r.cases for r in readings)


# a country's name in Kazakh letters, maybe with a Kazakh case ending: Қазақстан, Өзбекстанда
_COUNTRY = re.compile(r"стан\w{0,4}$")


def place_written_apart(first: str, second: str) -> bool:
    """«Нур Султан», «в Нур Султане»: the two words are a hyphenated place's name (in any case)
    written apart, no given name and surname."""
    return fold(f"{first}-{second}") in place_forms()


def country_name(word: str) -> bool:
    """`word` names a country the Kazakh way (Қазақстан, Өзбекстанда, Қырғызстанның), which the
    dictionary does not read as a place: never a surname («Жаңа Қазақстан», «Егемен Қазақстан»).
    A listed given name in -стан (Дастан) is a name."""
    return _COUNTRY.search(fold(word)) is not None and not listed_given_name(word)


def place_then_common_noun(first: str, second: str) -> bool:
    """«Астана Опера», «Астана Арена»: the dictionary reads the first word first as a place in the
    nominative and the second first as a common noun in the nominative, so the two are a venue's
    name (Астана is also the genitive of the given name Астан, Опера of the surname Опер)."""
    one, two = parses(first), parses(second)
    return bool(one and two) and "Geox" in one[0].tag.grammemes and one[0].tag.case == "nomn" \
        and is_dictionary(two[0]) and two[0].tag.POS == "NOUN" and two[0].tag.case == "nomn" \
        and not {"Name", "Surn", "Patr", "Geox"} & two[0].tag.grammemes


# the kinds of place whose name follows them capitalised («Республики Каракалпакстан», «аймака
# Баян-Өлгий»): lemmas, ё written е as fold() writes it
_PLACE_KINDS = frozenset("""республика область край округ район провинция штат город село аул поселок аймак
    сомон автономия улица проспект""".split())


def is_place_kind(word: str) -> bool:
    """A common noun naming a kind of place (Республики, Области), so the unknown capitalised word
    after it is that place's name, not a given name's surname (no «Р. Каракалпакстан»)."""
    return any(fold(p.normal_form) in _PLACE_KINDS for p in parses(word) if is_dictionary(p) and p.tag.POS == "NOUN")


def is_title(word: str) -> bool:
    """A title (Президент, Министру, Аким), which stands before a name and is never its surname."""
    return any(p.normal_form in TITLES for p in parses(word) if is_dictionary(p) and p.tag.POS == "NOUN")


@lru_cache(maxsize=20_000)
def surname_then_given(first: str, second: str) -> bool:
    """Whether «first second» is a surname and a given name (Семёнов Андрей, Ким Роман,
    Сейтказина Гульнара, Абдрахманов Саурык): the second a given name (one the dictionary reads
    so in the nominative, or a listed Kazakh one), the first no given name and a surname (by its
    ending or the dictionary); a given name the dictionary does not know may follow a surname
    with a surname's ending."""
    if not (_surname(first) or _given_name_as_surname(first, second)) or is_title(second):
        return False  # Таразе Аким (в Таразе Аким области): the title, not the given name Аким
    parts = second.split("-")  # Ахметова Анна-Мария, Токаев Касым-Жомарт
    if any(map(_given_after_surname, parts)):
        return all(_given_after_surname(p) or not word_info(p)["known"] for p in parts)
    return bool(_SURNAME_END.search(first.lower())) and not any(word_info(p)["known"] for p in parts) \
        and not _SURNAME_END.search(second.lower()) and not _name_form(second)


# the cases a listed Kazakh given name's Russian ending marks (Ержану, Ерлана, Ержаном)
_ENDING_CASES = (("ом", {"ablt"}), ("ым", {"ablt"}), ("ем", {"ablt"}), ("а", {"gent", "accs"}),
                 ("я", {"gent", "accs"}), ("у", {"datv"}), ("ю", {"datv"}), ("е", {"loct", "datv"}))


@lru_cache(maxsize=20_000)
def surname_then_given_in_case(first: str, second: str) -> bool:
    """Whether «first second» is a surname and a given name in one oblique case, as a list or an
    address writes them surname first («Слово предоставляется Кунаеву Ержану», «с Ахметовой
    Гульнарой»): the first a surname form (by its nominative's ending) that is no given name's
    form, the second a given name's form in a case and gender the surname's reading shares."""
    if _name_form(first) or is_title(second) or first.isupper() or "-" in second:
        return False
    readings = [r for r in surname_readings(first)
                if "nomn" not in r.cases and _SURNAME_END.search(r.nom.lower()) and r.nom != first]
    if not readings:
        return False
    forms = _given_forms(second)
    return any(r.gender in (None, gender) and case in r.cases for r in readings for gender, case in forms)


def _given_forms(word: str) -> set[tuple[str, str]]:
    """(gender, case) of a given name's oblique forms: the dictionary's, or a listed Kazakh name's
    with a Russian case ending (a man's)."""
    forms = {({"masc": "m", "femn": "f"}.get(p.tag.gender), p.tag.case) for p in parses(word)
             if is_dictionary(p) and "Name" in p.tag.grammemes and p.tag.number == "sing" and p.tag.case != "nomn"}
    low = word.lower()
    for end, cases in _ENDING_CASES:
        if low.endswith(end) and listed_given_name(low[:-len(end)]):
            forms |= {("m", case) for case in cases}
            break
    return forms


def surname_before_patronymic(word: str) -> bool:
    """Whether `word`, first of three words whose last is a patronymic, is the surname: a surname
    (Ахметов), or a word with a surname's ending that is no given name in the nominative, whatever
    else the dictionary reads it as: Кунаев and Тулегенов are also plural genitives of given names,
    Мамин a possessive adjective («Кунаев Динмухамед Ахмедович», «Мамин Аскар Узакпаевич»)."""
    if _surname(word):
        return True
    return bool(_SURNAME_END.search(word.lower())) and len(word) > 3 and not _given(word) \
        and not is_title(word) and not word_info(word)["geo"]


# the Mongolian genitive a father's name takes before the given name (Серикболын Бакыт, Болдын Батаа)
_MONGOLIAN_GENITIVE = re.compile(r"(?:ийн|ын)$")


def mongolian_fathers_name(first: str, second: str) -> bool:
    """Whether «first second» is a Mongolian Kazakh's name, the father's given name in the genitive
    before his own («Серикболын Бакыт»: Бакыт, son of Серикбол), which Mongolia abbreviates «С. Бакыт»;
    the father's name is a given name (Серикбол), or one no dictionary knows (Хурметбек, Дорж, Бат:
    Mongolian names) where the word is no surname: no Russian surname ends in -ийн, while -ын ends
    some (Синицын, Голицын: the dictionary's, or -цын), which stay surnames."""
    m = _MONGOLIAN_GENITIVE.search(first.lower())
    if m is None or first.isupper() or _SURNAME_END.search(second.lower()):
        return False
    father = first[:m.start()]
    if len(father) < 3 or not _given(second):
        return False
    if listed_given_name(father) or _given(father):
        return True
    if m.group() == "ийн":
        return not word_info(first)["known"]
    proper = _first_proper(first)
    return not father.lower().endswith("ц") and not word_info(first)["known"] \
        and not (proper is not None and "Surn" in proper.tag.grammemes)


# a Kazakh father's name (Ахметжанулы, Нұрланқызы): modern Kazakh surnames end so too
_KAZAKH_PATRONYMIC_END = re.compile(r"(?:ұлы|улы|қызы|кызы)$")


def surname_before_kazakh_patronymic(word: str, patronymic: str) -> bool:
    """Whether `word`, first of three words whose last ends in -ұлы/-қызы, may be the surname. That
    last word is as often the surname itself (Жанарбек Ахметжанулы), so the first must show it is a
    surname: by its ending or the dictionary (Тоқаев Қасым-Жомарт Кемелұлы); a word the dictionary
    lacks is no proof («Кандас Жанарбек Ахметжанулы», «Баян-Өлгий Хурметбек Салимжанулы»: the category
    or the place before the name). A Russian patronymic asks nothing more."""
    if not _KAZAKH_PATRONYMIC_END.search(patronymic.lower()):
        return True
    if _SURNAME_END.search(word.lower()) and len(word) > 3:
        return True
    proper = _first_proper(word)
    return proper is not None and "Surn" in proper.tag.grammemes


def _given_name_as_surname(first: str, second: str) -> bool:
    """«Карин Ерлан»: of two words both read as given names, the first, with a surname's ending and
    no nominative given-name reading (Карин; not Вениамин of «Вениамин Ерлан»), is the surname
    before a given name in the nominative that has no surname's ending."""
    return bool(_SURNAME_END.search(first.lower())) and len(first) > 3 and not first.isupper() \
        and not _given(first) and not is_title(first) and not word_info(first)["geo"] \
        and all(_given(p) and not _SURNAME_END.search(p.lower()) for p in second.split("-"))


def _given(word: str) -> bool:
    """A given name in the nominative: the dictionary's first proper-name reading of it
    (Андрей, Роман, Гульнара; not Семёнов, read as Семён's plural first), or a listed Kazakh one."""
    if listed_given_name(word):
        return True
    proper = _first_proper(word)
    return proper is not None and "Name" in proper.tag.grammemes and proper.tag.number == "sing" \
        and proper.tag.case == "nomn"


def _given_after_surname(word: str) -> bool:
    """A given name after a surname: one in the nominative, or a Kazakh name the dictionary reads
    only as the plural genitive of a Russian one (Гульнар of Гульнара, Светлан): a plural of a
    name never follows a surname, so «Байжанова Гульнар» is Г. Байжанова, not «Б. Гульнар»."""
    if _given(word):
        return True
    readings = parses(word)
    return bool(readings) and not _SURNAME_END.search(word.lower()) and all(
        is_dictionary(p) and "Name" in p.tag.grammemes and p.tag.number == "plur"
        and p.tag.case in ("gent", "accs") for p in readings)


def _surname(word: str) -> bool:
    """A surname, not a given name, a place, a title or a common word: the dictionary's first
    proper reading a surname (Ким, Семёнов), or a surname's ending on a word that is no common
    noun in the nominative (Ахметов, Токаев: not Гражданин), or a word the dictionary lacks."""
    low = word.lower()
    if low in SHORT_SURNAMES:
        return True
    if len(word) < 3 or word.isupper() or _given(word) or _name_form(word) or is_title(word):
        return False
    info = word_info(word)
    if info["geo"] or info["function"] and not info["surn"]:
        return False
    proper = _first_proper(word)
    if proper is not None and "Surn" in proper.tag.grammemes:
        return True
    if _SURNAME_END.search(low):
        return not any(is_dictionary(p) and p.tag.POS == "NOUN" and p.tag.case == "nomn" and p.tag.number == "sing"
                       and not {"Name", "Surn"} & p.tag.grammemes for p in parses(word))
    return not info["known"]


def _name_form(word: str) -> bool:
    """A given name in any case: one the dictionary knows as a given name (Сауле, Андрея; not
    Семёнов, first a surname) or a listed Kazakh one with a Russian case ending (Ерлана, Бауыржану)."""
    proper = _first_proper(word)
    if proper is not None and "Name" in proper.tag.grammemes and proper.tag.number == "sing":
        return True  # not Ахметов, read as Ахмет's plural
    low = word.lower()
    return listed_given_name(low) or any(low.endswith(end) and listed_given_name(low[:-len(end)])
                                         for end in _CASE_ENDINGS)


def _first_proper(word: str):
    """The dictionary's first reading of a word as a given name, surname or patronymic, or None."""
    return next((p for p in parses(word) if is_dictionary(p) and {"Name", "Surn", "Patr"} & p.tag.grammemes), None)


def _geo(word: str) -> bool:
    return any("Geox" in p.tag.grammemes for p in parses(word))
