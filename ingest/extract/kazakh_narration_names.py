"""Full names in Kazakh narration, with no speech verb to point at them: «…орынбасары Айгүл Сейітқали
ашты», «суретші Гүлнар Нұрбекқызы қатысты», «ақын Серікболұлы Бақыт».

Kazakh text gets no Russian morphology, so a pair of capitalised words is a person only when one
of them is plainly a given name (data/kazakh_given_names.txt, or one the dictionary knows in its
Russian spelling) and the other a surname: one with a surname's ending (-ов, -ева, -ин, -ұлы,
-қызы), maybe with a Kazakh case ending, or, after a given name, a word the dictionary lacks
that is no title's possessive and no place (Сейітқали, Ташдемир; not «Ерлан Қазақстан…»).
A surname in -ұлы/-қызы or -ов may come first, as a list or a byline writes it («Серікболұлы
Бақыт»). Names the speech rules already read (деді …, … айтуынша) are left to them.

Names of кандастар from China and Mongolia are often in no list (Ақжол, Мейіржан, Наурызбай): an
unknown capitalised word is a given name before a surname in -ұлы/-қызы/-ов/-ев, mid-sentence, or
at a sentence's start when it has a given name's element (Наурызбай, Жанарбек, Мейіржан; not Кешке).
Kazakh names things the way it names people, so a pair is no person when a lowercase possessive
follows the word read as a name without a surname's ending («Нұр Отан партиясы», «Жаңа Өзен
ауылында», «Наурыз мерекесімен», «Рамазан айында», «Құрбан айт»), or when one of its words is a
common word of such names (kazakh_phrase_words: Жаңа, Нұр, Отан).

A pair that is the whole of a name in quotation marks names a company, a book or a show, as in
Russian text: «Марат Оспанов» ЖШС, ЖШС "Марат Оспанов", „Марат Оспанов“ АҚ name nobody; only
«…» атындағы (named after) names the person.
"""
from __future__ import annotations

import re
from collections.abc import Callable

from index.morphology import STOP_WORDS, harmonious_ending, kazakh_as_russian, kazakh_cuts

from ._text import Token, is_dictionary, parses, word_info
from .forms_of_address import address_before, opens_question
from .kazakh_cities import kazakh_city_place
from .kazakh_names import KazakhName, listed_given_name, names_in_order
from .kazakh_person_nouns import person_noun
from .kazakh_phrase_words import names_a_thing, thing_word
from .name_order import SHORT_SURNAMES, city_name, country_name
from .names import bai_surname
from .quote_mark_roles import CLOSING_MARK, opens_quote
from .russian_patronymics import russian_patronymic_gender

_SURNAME_END = re.compile(r"(?:ов|ев|ёв|ин|ын)а?$|(?:ұлы|улы|қызы|кызы)$")
_KAZAKH_FATHER_END = re.compile(r"(?:ұлы|улы|қызы|кызы)$")
# ... and maybe a case ending after it (Қансейітұлына, Серікқызымен)
_FATHER_IN_CASE = re.compile(r"(?:ұлы|улы|қызы|кызы)[^\W\d_]{0,4}$")
# a common word's endings: a possessive (басшысы, Президенті), a genitive, an adjective's (Ұлттық)
_TITLE_END = re.compile(r"(?:ы|і|ның|нің|дың|дің|тың|тің|лық|лік|дық|дік|тық|тік|ғы|гі|қы|кі)$")
# a surname an unlisted given name may stand before: one with a surname's plain ending
_CLEAR_SURNAME_END = re.compile(r"(?:ұлы|улы|қызы|кызы|ов|ев|ёв|ова|ева|ёва)$")
# the elements Kazakh given names end with (Наурызбай, Жанарбек, Мейіржан, Ақжол, Айгүл, Сейітқали)
_GIVEN_NAME_ELEMENTS = ("бай", "бек", "жан", "гүл", "гул", "хан", "тай", "бол", "қали", "ғали", "али", "жол",
                        "нұр", "нур", "бике", "сұлу", "мұрат", "мурат", "болат", "дәулет", "даулет")
# a possessed noun after a capitalised word makes the two a thing's name (izafet): партиясы,
# бағдарламасын, ауылында, облысына, мерекесімен, айы; not a past verb (ашты, келді, оқыды)
_POSSESSED = re.compile(r"(?:с[ыі](?:н|на|не|нда|нде|нан|нен|мен|ның|нің)?"
                        r"|[ыі](?:на|не|нда|нде|нан|нен|мен|ның|нің|ндағы|ндегі)|[^дтаәеоөуұүыіэюяи][ыі])$")
# the Kazakh case endings an unlisted given name never has (Кешке, Моңғолиядан, Астанада)
_CASE_ENDINGS = frozenset("ға ге қа ке на не да де та те нда нде дан ден тан тен нан нен мен бен пен "
                          "дың дің тың тің ның нің".split())
_GENITIVE_ENDINGS = ("дың", "дің", "тың", "тің", "ның", "нің")
_OPENING = frozenset("«\"“(:—–-")


def narration_names(tokens: list[Token], sids, taken: set[int],
                    nominative_of: Callable[[str], tuple[str, bool]]) -> list[KazakhName]:
    """Every given name and surname pair in Kazakh text not in `taken`, in the text's order;
    `nominative_of(word)` gives a surname's nominative and whether it had a case ending."""
    # a name that is the whole of a «…» (a company's, «Марат Оспанов» ЖШС) names nobody
    return names_in_order(len(tokens), 2, lambda k: _pair_at(tokens, sids, k, taken, nominative_of),
                          lambda name: not _whole_quoted_name(tokens, name.start, name.end))


def _pair_at(tokens, sids, k: int, taken: set[int], nominative_of) -> KazakhName | None:
    return _double_given_at(tokens, sids, k, taken, nominative_of) or _one_given_at(tokens, sids, k, taken, nominative_of)


def _double_given_at(tokens, sids, k: int, taken: set[int], nominative_of) -> KazakhName | None:
    """«Қасым Жомарт Кемелұлы Тоқаев»: a given name of two parts written apart (the hyphen of
    Қасым-Жомарт dropped) before a father's name and a surname is one person's, Қ.К. Тоқаев, with
    the first part's initial; no «Ж.К. Тоқаев» of the second part alone."""
    if not (_word(tokens, k) and _next_word(tokens, sids, k)) or k in taken or not _given(tokens[k].text):
        return None
    second = tokens[k + 1].text
    if _SURNAME_END.search(second.lower()) or not (_given(second) or _unlisted_given(tokens, sids, k + 1)):
        return None
    name = _one_given_at(tokens, sids, k + 1, taken, nominative_of)
    if name is not None and name.end - name.start == 2 and listed_given_name(tokens[k].text + "-" + second):
        # no father's name: «Қасым Жомарт Тоқаев» is one given name only when listed with its hyphen
        # (Қасым-Жомарт); a list of people, «Марат Ерлан Оспанов», reads the same otherwise
        return name._replace(start=k, given=(k,))
    if name is None or name.end - name.start != 3 or name.given != (k + 1, k + 2):
        return None
    return name._replace(start=k, given=(k, k + 2))


def _one_given_at(tokens, sids, k: int, taken: set[int], nominative_of) -> KazakhName | None:
    if not (_word(tokens, k) and _next_word(tokens, sids, k)) or k in taken or k + 1 in taken:
        return None
    first, second = tokens[k].text, tokens[k + 1].text
    more = _next_word(tokens, sids, k + 1) and k + 2 not in taken
    given = _given(first)
    unlisted = not given and _unlisted_given(tokens, sids, k)
    if more and _KAZAKH_FATHER_END.search(second.lower()) and (
            given or unlisted or _unlisted_given(tokens, sids, k, opening=True)):
        # given name, father's name, surname: Ерлан Төлегенұлы Қарин is Е.Т. Қарин; a plain third word
        # that is a given name or names a thing is not his (Ерлан Сапарұлы Наурыз мерекесімен). The
        # father's name vouches for a given name no list has as well: Жансейіт Қансейітұлы Тұяқбайға is
        # Ж.Қ. Тұяқбай, no «Ж. Қансейітұлы»; in the genitive the surname owns the noun after it
        # (Жансейіт Қансейітұлы Тұяқбайдың баяндамасы: his report, no thing's name)
        third = tokens[k + 2].text
        nominative, inflected = nominative_of(third)
        if (_surname_ending(nominative) or _plain_surname(nominative, third) and not _given(third)
                and not (_names_a_thing(tokens, sids, k + 2) and not _genitive(inflected, third))) \
                and not _locative(third):
            return KazakhName(k, k + 3, (k, k + 1), k + 2, _gender(nominative), nominative, inflected)
    if more and (name := _surname_first(tokens, sids, k, nominative_of)) is not None:
        return name
    if more and given and russian_patronymic_gender(second):
        # given name, Russian patronymic, surname, as Kazakh text writes Russians, Germans and Koreans:
        # Людмила Викторовна Петрова is Л.В. Петрова, Виктор Алексеевич Ким В.А. Ким
        nominative, inflected = nominative_of(tokens[k + 2].text)
        if _surname_ending(nominative) or _russian_surname(nominative) or _plain_surname(nominative, tokens[k + 2].text) \
                and not _given(nominative) and not _names_a_thing(tokens, sids, k + 2):
            return KazakhName(k, k + 3, (k, k + 1), k + 2, russian_patronymic_gender(second), nominative, inflected)
        return None  # Сергей Петрович alone: no Петрович's surname, no «С. Петрович»
    if (given or unlisted) and _KAZAKH_FATHER_END.search(second.lower()) and _addressed(tokens, sids, k):
        return None  # «Құрметті Ермек Боранбайұлы!»: a name and father's name to the reader, no surname
    if not (given or unlisted or not more and _surname_ending(first)):
        return None  # no pair can start here: spare the second word's nominative (the costliest step)
    nominative, inflected = nominative_of(second)
    # a surname in -бай is a given name's word too (Ермекбай): after a given name it is his surname,
    # whose genitive owns the noun after it (Қайрат Ермекбайдың баяндамасы: his report, no thing's name)
    if given and (_surname_ending(nominative) or not more and (_plain_surname(nominative, second)
                                                               and not _locative(second)
                                                               or bai_surname(nominative))
                  and not _place_not_listed(first)
                  and not names_a_thing(first, nominative)
                  and not (_names_a_thing(tokens, sids, k + 1) and not _bai_genitive(nominative, second))
                  or _russian_surname(nominative) and not names_a_thing(first, nominative)) \
            or unlisted and len(nominative) >= 5 and _CLEAR_SURNAME_END.search(nominative.lower()):
        return KazakhName(k, k + 2, (k,), k + 1, _gender(nominative), nominative, inflected)
    if not more and _surname_ending(first) and _given(nominative) and not _surname_ending(second) \
            and not _names_a_thing(tokens, sids, k + 1) and not _given_before(tokens, sids, k):
        # surname first: «ақын Серікболұлы Бақыт» is Б. Серікболұлы; not a given name's surname
        # before a holiday (Наурызбай Тағанұлы Құрбан айт …)
        return KazakhName(k, k + 2, (k + 1,), k, _gender(first), first, False)
    return None


def _surname_first(tokens: list[Token], sids, k: int, nominative_of) -> KazakhName | None:
    """Surname, given name and -ұлы/-қызы father's name, the order of official lists and decrees:
    «Тұяқбай Жансейіт Қансейітұлы баяндама жасады», «Сөз Тұяқбай Жансейіт Қансейітұлына беріледі» name
    Ж.Қ. Тұяқбай, no «Ж. Қансейітұлы». The first word shows a surname's shape (-ов, -бай) or is a word no
    dictionary has that may be a name where it stands (_unlisted_given: no sentence's adverb, Кейін);
    no capitalised word follows the father's name (then that word is the surname)."""
    first, given = tokens[k].text, tokens[k + 1].text
    if _FATHER_IN_CASE.search(tokens[k + 2].text.lower()) is None or _KAZAKH_FATHER_END.search(given.lower()) \
            or _next_word(tokens, sids, k + 2) or not (_given(given) or _unlisted_given(tokens, sids, k + 1)):
        return None
    if not (_surname_ending(first) or bai_surname(first) or _unlisted_given(tokens, sids, k)) \
            or _given(first) or _addressed(tokens, sids, k + 1):
        return None
    father, _ = nominative_of(tokens[k + 2].text)  # the costliest step: last
    if not _KAZAKH_FATHER_END.search(father.lower()):
        return None
    gender = "f" if father.lower().endswith(("қызы", "кызы")) else "m"
    return KazakhName(k, k + 3, (k + 1, k + 2), k, gender, first, False)


_LOCATIVE_ENDINGS = frozenset(("да", "де", "та", "те", "нда", "нде"))


def _locative(written: str) -> bool:
    """A capitalised word in the locative says where, no surname: «Ерлан Бақытжанұлы Парламентте /
    Шымкентте / Ақтөбеде сөз сөйледі» is Е. Бақытжанұлы. The surname parser leaves -да/-де on
    (Тілеуберді-like nominatives end so), so the ending is read here: one that suits the stem's last
    sound and vowels, after a stem of four letters or more with no surname's ending."""
    return any(ending in _LOCATIVE_ENDINGS and len(stem) >= 4 and harmonious_ending(stem, ending)
               and not _surname_ending(stem) for stem, ending in kazakh_cuts(written.lower()))


def _genitive(inflected: bool, written: str) -> bool:
    """A surname written with a genitive ending: Тұяқбайдың, Сейітқалидің."""
    return inflected and written.lower().endswith(_GENITIVE_ENDINGS)


def _bai_genitive(nominative: str, written: str) -> bool:
    """The surname in -бай is written in the genitive: Ермекбайдың."""
    return bai_surname(nominative) and written.lower().endswith(_GENITIVE_ENDINGS)


def _addressed(tokens: list[Token], sids, k: int) -> bool:
    """The two words from token k address the reader or listener: after a form of address («Құрметті
    Ермек Боранбайұлы!»), opening a question, or as a sentence of their own with «!» («Ерлан Бақытжанұлы!»)."""
    if address_before(tokens, k) or opens_question(tokens, sids, k):
        return True  # «Құрметті …», or an interviewer's «– Гүлнар Серікқызы, … қашан құрылды?»
    opens = k == 0 or sids[k - 1] != sids[k] or tokens[k - 1].text in _OPENING
    return opens and k + 2 < len(tokens) and tokens[k + 2].text == "!"


# «Марат Оспанов» атындағы мектеп: the school is named after the person
NAMED_AFTER = frozenset(("атындағы", "атындагы", "есімімен", "есімі"))


def _whole_quoted_name(tokens: list[Token], start: int, end: int) -> bool:
    """Tokens start..end are all of a name in «…», „…“, “…” or "…" (a company's, a book's), with
    no «атындағы» after it."""
    if start < 1 or end >= len(tokens) or not opens_quote(tokens, start - 1):
        return False
    if tokens[end].text != CLOSING_MARK[tokens[start - 1].text] or opens_quote(tokens, end):
        return False
    after = tokens[end + 1].text.lower() if end + 1 < len(tokens) else ""
    return after not in NAMED_AFTER


def _names_a_thing(tokens: list[Token], sids, k: int) -> bool:
    """The capitalised token k names a thing with the lowercase word after it: a possessed noun
    (Нұр Отан партиясы, Жаңа Өзен ауылында, Рамазан айында) or the holiday's айт (Құрбан айт)."""
    if k + 1 >= len(tokens) or sids[k + 1] != sids[k] or tokens[k + 1].start - tokens[k].end != 1:
        return False
    after = tokens[k + 1]
    low = after.text.lower()
    return after.is_word and not after.is_cap and (low in ("айт", "айты") or _POSSESSED.search(low) is not None)


def _given_before(tokens: list[Token], sids, k: int) -> bool:
    """A given name stands right before token k (Наурызбай of «Наурызбай Тағанұлы»)."""
    return k >= 1 and _word(tokens, k - 1) and _next_word(tokens, sids, k - 1) \
        and (_given(tokens[k - 1].text) or _unlisted_given(tokens, sids, k - 1))


def _unlisted_given(tokens: list[Token], sids, k: int, opening: bool = False) -> bool:
    """Token k may be a given name no list has (Ақжол, Мейіржан, Наурызбай): a capitalised word the
    dictionary does not know, with no ending of a surname, a title, a case or a country, no place
    and no Kazakh function word; at a sentence's start only with a given name's element
    (Наурызбай, not Кешке or Бірақ), or any such word when `opening` (a father's name and a surname
    follow it: «Жансейіт Қансейітұлы Тұяқбай баяндама жасады»)."""
    word = tokens[k].text
    low = word.lower()
    if "-" in word or len(word) < 3 or _SURNAME_END.search(low) or _TITLE_END.search(low) or low in STOP_WORDS \
            or country_name(word) or city_name(word) or kazakh_city_place(word) or thing_word(word) or person_noun(word):
        return False
    if word_info(kazakh_as_russian(low))["known"]:
        return False
    if any(ending in _CASE_ENDINGS and harmonious_ending(stem, ending) for stem, ending in kazakh_cuts(low)):
        return False
    mid_sentence = k >= 1 and sids[k - 1] == sids[k] and tokens[k - 1].text not in _OPENING
    return mid_sentence or opening or low.endswith(_GIVEN_NAME_ELEMENTS)


def _word(tokens: list[Token], k: int) -> bool:
    """A capitalised word with small letters after its capital: no initial, no abbreviation."""
    t = tokens[k]
    return t.is_word and t.is_cap and len(t.text) > 1 and not t.text.isupper()


def _next_word(tokens: list[Token], sids, k: int) -> bool:
    """Token k+1 is such a word of the same sentence, one space after token k."""
    return (k + 1 < len(tokens) and _word(tokens, k + 1) and sids[k + 1] == sids[k]
            and tokens[k + 1].start - tokens[k].end == 1)


def _given(word: str) -> bool:
    """A given name: listed, or one the dictionary knows in its Russian spelling (Айгүл as Айгуль),
    with no surname's ending (Нұрланов is no given name), no Kazakh noun for a person (Әкім, read as
    Аким) and no city (Алматы, Астана: «Алматы Бейсенов көшесінде» is a street's name)."""
    low = word.lower()
    if person_noun(low) or city_name(word):
        return False
    if "-" in word:
        return _hyphenated_given(word)
    if _SURNAME_END.search(low):
        return listed_given_name(low) or _nominative_given(low)
    return listed_given_name(low) or word_info(kazakh_as_russian(low))["name"]


def _hyphenated_given(word: str) -> bool:
    """A given name of two joined by a hyphen (Қасым-Жомарт, Әлі-Хан, Нұр-Ислам): the first part a given
    name, the others given names or words the dictionary lacks (Жомарт), none of them a word of a thing's
    name (Нұр-Отан) and the whole no place the dictionary knows (Нұр-Сұлтан)."""
    first, *rest = word.split("-")
    if not rest or word_info(kazakh_as_russian(word.lower()))["geo"] or not _given(first):
        return False
    return all(len(part) >= 2 and not thing_word(part)
               and (_given(part) or not word_info(kazakh_as_russian(part.lower()))["known"]) for part in rest)


def _place_not_listed(word: str) -> bool:
    """The dictionary reads `word` as a place and the list of given names lacks it («Ақтөбе Жастар…»);
    a listed one is a given name before a surname even so (Дархан, a Mongolian town: Дархан Мынбай)."""
    return word_info(kazakh_as_russian(word.lower()))["geo"] and not listed_given_name(word)


def _nominative_given(low: str) -> bool:
    """The dictionary reads the word first as a given name in the nominative: Ирина, Марина, Алина
    end as surnames do, and are given names; Нұрланов (Нурланов, a plural of Нурлан) is none."""
    first = next((p for p in parses(kazakh_as_russian(low)) if is_dictionary(p)), None)
    return first is not None and "Name" in first.tag.grammemes and first.tag.number == "sing" \
        and first.tag.case == "nomn"


def _surname_ending(word: str) -> bool:
    return len(word) >= 4 and _SURNAME_END.search(word.lower()) is not None


def _russian_surname(word: str) -> bool:
    """A surname the Russian dictionary reads first as one (Шмидт, Шевченко, Ковальский, Мюллер, Цой)
    or a short Korean one (Ким, Пак, Ли): a Kazakh report names Russians, Germans and Koreans too
    («марапатталғандар: Анна Ким, Игорь Ковальский»), whoever the dictionary or a capital follows."""
    low = word.lower()
    if low in SHORT_SURNAMES:
        return True
    first = next((p for p in parses(kazakh_as_russian(low)) if is_dictionary(p)), None)
    return first is not None and "Surn" in first.tag.grammemes


def _plain_surname(word: str, written: str) -> bool:
    """A surname with no surname's ending (Сейітқали, Ташдемир): a word the dictionary does not
    know, no title's possessive or genitive, no place; `written` is the word as the text has it,
    maybe with a case ending (Қазақстанға)."""
    low = word.lower()
    if len(word) < 4 or "-" in word or _TITLE_END.search(low) or country_name(written) or city_name(word):
        return False
    return not word_info(kazakh_as_russian(low))["known"]


def _gender(surname: str) -> str | None:
    """Нұрбекова, Нұрбекқызы: a woman; Нұрбеков, Серікболұлы: a man; Сейітқали: unknown."""
    low = surname.lower()
    if low.endswith(("қызы", "кызы")) or re.search(r"(?:ов|ев|ёв|ин|ын)а$", low):
        return "f"
    return "m" if _SURNAME_END.search(low) else None
