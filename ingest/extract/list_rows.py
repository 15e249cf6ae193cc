"""Names as award lists, decrees and orders write them: a row per person, surname first, then the given
name and the patronymic, then a dash and the post.

    Сәрсенбаев Ерлан Қайратұлы – Павлодар облысы … меңгерушісі;
    1. АБДРАХМАНОВ Серик Кайратович – председатель …;
    Вольфа Эриха Иоганновича — председателя …;

The patronymic right after the given name settles the order, so the first word is the surname
whatever else it reads as: a Kazakh one in -ұлы/-қызы is no surname of a given name before it (no
«Е. Қайратұлы»), a surname that is also a given name (Вольф, Герман, Мартин) is no given name (no «В.
Эрих»), and a surname in capitals is no abbreviation. Where the text shows no row (mid-sentence, no
dash after the name), the first word must show it is a surname by its ending or the dictionary.
"""
from __future__ import annotations

import re
from collections.abc import Callable

from index.morphology import kazakh_as_russian

from ._text import DASHES, Token, fold, untitled, word_info
from .forms_of_address import KAZAKH_ADDRESS
from .kazakh_cities import kazakh_city_place
from .kazakh_names import KazakhName, listed_given_name, names_in_order
from .kazakh_person_nouns import person_noun
from .kazakh_phrase_words import thing_word
from .name_order import city_name, country_name, is_title
from .russian_patronymics import russian_patronymic_gender

# a Kazakh patronymic (Қайратұлы, Серікқызы; Russian spelling Кайратулы, Сериккызы)
_KAZAKH_PATRONYMIC = re.compile(r"(?:ұлы|улы|қызы|кызы)$")
_KAZAKH_PATRONYMIC_IN = re.compile(r"(?:ұлы|улы|қызы|кызы)")  # maybe with a case ending: Қайратұлына
_RUSSIAN_PATRONYMIC_IN = re.compile(r"(?:вич|вна|ич)")  # Алексеевич, Викторовнаға, Ильич, Кузьминична
# a surname's ending (Сәрсенбаев, Ахметова, Қарин, Бекболатұлы, Ковальский, Шевченко)
_SURNAME_END = re.compile(r"(?:ов|ев|ёв|ин|ын)а?$|(?:ұлы|улы|қызы|кызы|ский|ская|цкий|цкая|енко)$")
# a Kazakh common word's ending: a possessive (Төрағасы, Президенті), a genitive, an adjective's
_COMMON_END = re.compile(r"(?:ы|і|ның|нің|дың|дің|тың|тің|лық|лік|дық|дік|тық|тік|ғы|гі|қы|кі)$")
# what ends a row's name: the dash before the post, a list's comma or semicolon, a bracket
_ROW_NAME_ENDS = frozenset(DASHES | {",", ";", ":", ".", ")"})
# what stands before a row's first word on its line: its number («1.», «2)») or a bullet
_ROW_MARKS = frozenset(DASHES | {"•", "·", "*", "▪", "●"})


def opens_row(tokens: list[Token], sids, k: int) -> bool:
    """Token k is the first word of its line or sentence, follows the row's number or bullet there
    («1. Вольф …», «2) Ким …», «– Ким …», also after the row before's semicolon), or the semicolon, colon or comma before a row (a list whose
    lines the text's paragraphs run together: «…төрағасы; Вольф Эрих Иоганнұлы – …»; «…: Пак Елена
    Сергейқызы, Ли Виктор Константинұлы»)."""
    if k == 0 or sids[k - 1] != sids[k] or tokens[k - 1].text in (";", ":", ","):
        return True
    j = k - 1
    if tokens[j].text in (".", ")") and j >= 1 and tokens[j - 1].text.isdigit():
        j -= 1
    elif tokens[j].text not in _ROW_MARKS:
        return False
    # the row before ends with a semicolon, which joins the lines in one sentence: «…төрағасы;\n3) Вольф …»
    return j == 0 or sids[j - 1] != sids[j] or tokens[j - 1].text in (";", ":")


def ends_row_name(tokens: list[Token], sids, k: int) -> bool:
    """Token k is the last word of a row's name: a dash, comma, semicolon or the line's end follows."""
    return k + 1 >= len(tokens) or sids[k + 1] != sids[k] or tokens[k + 1].text in _ROW_NAME_ENDS


def surname_in_capitals(written: list[str]) -> bool:
    """«АБДРАХМАНОВ Серик Кайратович», «КИМ Анна Петровна»: only the first of a name's words in
    capitals, as lists set the surname apart."""
    return len(written[0]) > 1 and written[0].isupper() and not any(w.isupper() for w in written[1:])


def kazakh_row_names(tokens: list[Token], sids, taken: set[int],
                     nominative_of: Callable[[str], tuple[str, bool]]) -> list[KazakhName]:
    """Every «surname, given name, father's name in -ұлы/-қызы» of Kazakh text not in `taken`:
    «Сәрсенбаев Ерлан Қайратұлы», «Ким Анна Петрқызы», «ЖАҚЫПОВ Нұрлан Болатұлы»;
    `nominative_of(word)` gives a word's nominative and whether it had a case ending
    («Сәрсенбаев Ерлан Қайратұлына»: the whole name's case is on its last word)."""
    return names_in_order(len(tokens), 3, lambda k: _kazakh_row_name(tokens, sids, k, taken, nominative_of))


def _kazakh_row_name(tokens: list[Token], sids, k: int, taken: set[int], nominative_of) -> KazakhName | None:
    # the cheapest test first: the third word holds a Kazakh or a Russian patronymic
    father = tokens[k + 2].text.lower()
    if not (_KAZAKH_PATRONYMIC_IN.search(father) or _RUSSIAN_PATRONYMIC_IN.search(father)) or len(father) < 5:
        return None
    if taken.intersection((k, k + 1, k + 2)) or not all(_word_of_name(tokens, sids, x, k) for x in (k, k + 1, k + 2)):
        return None
    written = [tokens[x].text for x in (k, k + 1, k + 2)]
    if any(w.isupper() for w in written[1:]) and not all(w.isupper() for w in written):
        return None
    surname, given = (untitled(w) for w in written[:2])
    if not _kazakh_given(given):
        return None
    gender, inflected = _father(tokens[k + 2].text, nominative_of)
    if gender is None:
        return None
    if _shows_surname(surname):
        # «мүшесі Сәрсенбаев Ерлан Қайратұлы қатысты» is surname first too, but a given name before the
        # surname makes it his («Мұхтар Әуезов Абай Құнанбайұлы туралы»)
        if _given_before(tokens, sids, k):
            return None
    elif not (_may_be_surname(surname) and opens_row(tokens, sids, k) and not inflected
              and ends_row_name(tokens, sids, k + 2)):
        return None
    return KazakhName(k, k + 3, (k + 1, k + 2), k, gender, surname, inflected)


def _father(written: str, nominative_of) -> tuple[str | None, bool]:
    """The gender a row's third word tells as a patronymic, maybe with a Kazakh case ending
    (Қайратұлына, Викторовнаға), and whether it has one: a Kazakh patronymic (Қайратұлы, Серікқызы)
    or a Russian one, as Kazakh lists write non-Kazakh recipients (Алексеевич, Викторовна); (None,
    False) for no patronymic."""
    plain = _KAZAKH_PATRONYMIC.search(written.lower()) or russian_patronymic_gender(written)
    nominative = written if plain else nominative_of(written)[0]
    low = nominative.lower()
    if _KAZAKH_PATRONYMIC.search(low):
        return ("f" if low.endswith(("қызы", "кызы")) else "m"), not plain
    gender = russian_patronymic_gender(nominative)
    return gender, gender is not None and not plain


def _given_before(tokens: list[Token], sids, k: int) -> bool:
    """A capitalised word stands one space before token k, in its sentence, that may be a given name:
    no title's possessive or genitive (Ассамблеясы, Төрағасының), no noun for a person (Төраға, Депутат).
    A sentence's first word is capitalised whatever it is, and Kazakh opens with an adverb or an object
    as often as with the subject («Жиынға Петрова Людмила Викторовна қатысты», «Бүгін …»): there only a
    known given name counts («Мұхтар Әуезов Абай Құнанбайұлы туралы …»)."""
    if k < 1 or sids[k - 1] != sids[k] or tokens[k].start - tokens[k - 1].end != 1:
        return False
    before = tokens[k - 1]
    low = before.text.lower()
    if not (before.is_word and before.is_cap and _COMMON_END.search(low) is None and not person_noun(low)):
        return False
    opens_sentence = k == 1 or sids[k - 2] != sids[k - 1]
    return not opens_sentence or listed_given_name(low) or word_info(kazakh_as_russian(low))["name"]


def _word_of_name(tokens: list[Token], sids, x: int, first: int) -> bool:
    """Token x is a capitalised word of more than one letter; after the name's first word, one
    space after the word before it, in the same sentence."""
    t = tokens[x]
    if not (t.is_word and t.is_cap and len(t.text) > 1):
        return False
    return x == first or sids[x - 1] == sids[x] and t.start - tokens[x - 1].end == 1


def _kazakh_given(word: str) -> bool:
    """A given name between a surname and a patronymic: one listed or the dictionary knows in its
    Russian spelling (Ерлан, Айгүл, Анна), or a word the dictionary lacks with no surname's ending
    (Мейіржан: names of кандастар are often in no list)."""
    low = word.lower()
    if person_noun(low) or city_name(word) or country_name(word) or thing_word(word):
        return False
    if listed_given_name(low) or word_info(kazakh_as_russian(low))["name"]:
        return True  # Ирина, Мадина: a given name, though it ends as a surname may
    return "-" not in word and not _SURNAME_END.search(low) and not word_info(kazakh_as_russian(low))["known"] \
        and not kazakh_city_place(word)


def _shows_surname(word: str) -> bool:
    """The word is a surname by its ending (Сәрсенбаев, Ахметова, Бекболатұлы) or the dictionary
    (Шмидт, Ким, Цой; not Пак, a park, which a row's place tells)."""
    low = word.lower()
    if len(word) >= 4 and _SURNAME_END.search(low) and not _place_or_title(word):
        return True
    return word_info(kazakh_as_russian(low))["surn"]


def _may_be_surname(word: str) -> bool:
    """A row's first word that is no title, person's noun, form of address, place or common word's
    possessive: «Вольф Эрих Иоганнұлы» is Э.И. Вольф; «Төраға Ерлан Қайратұлы», «Кандас Жанарбек
    Ахметжанұлы» name no surname."""
    low = word.lower()
    return not (_place_or_title(word) or person_noun(low) or fold(word) in KAZAKH_ADDRESS or thing_word(word)
                or _COMMON_END.search(low))


def _place_or_title(word: str) -> bool:
    return city_name(word) or country_name(word) or kazakh_city_place(word) or is_title(word) \
        or word_info(kazakh_as_russian(word.lower()))["geo"]
