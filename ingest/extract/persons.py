"""Persons mentioned in a text, each with a canonical form: initials and the nominative surname.

    find_persons(text, language=None, on=None, aliases=None) -> list[Mention]

`Н.А.Назарбаевым` -> `Н.А. Назарбаев`, `Н.Дементьева` stays `Н. Дементьева`, `Гульнара
Сейтказина` -> `Г. Сейтказина`, `Елбасы` -> `Н.А. Назарбаев` (aliases file), a surname alone
after a first mention -> that person. Gender and case come from the surname's ending, the first
name, agreeing verbs (отметила), relative pronouns (которая), the role noun the name stands in
apposition to (председателю ... -> dative), a preposition, and the other mentions of the same
person in the document. Kazakh text gets Kazakh rules (case endings stripped, no Russian
morphology), English text English ones.
"""
from __future__ import annotations

import re
from bisect import bisect_left, insort
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache

from index.latin_names import latin_as_cyrillic
from index.morphology import KAZAKH_STEM_ENDS, harmonious_ending, kazakh_cuts
from index.query import listed_abbreviation
from index.sentences import is_hyphenated_initial

from ._text import (Token, attributes_a_quote, capital_beside, capitalized, cell_starts, fold, is_dictionary,
                    is_initial, latin_letters, noun_cases, parses, predicate, text_sentence_ids, tokenize, verb_info, word_info)
from ._text import untitled as _untitled
from .acting_posts import acting_marker
from .aliases import KK_SUFFIXES, Aliases, default_aliases, match_aliases, russian_spelling, word_keys
from .en_institutions import ends_place_or_body, heads_place_or_body
from .forms_of_address import KAZAKH_ADDRESS, address_before, opens_question
from .initials_lists import listed_surnames
from .institution_titles import names_an_institution
from .kazakh_cities import russian_city_form
from .kazakh_patronymic_words import joined_surname, patronymic_after
from .kazakh_names import KazakhName, according_names, attribution_names, listed_given_name, listed_given_name_in_case
from .kazakh_narration_names import NAMED_AFTER, narration_names
from .kazakh_person_nouns import person_noun
from .korean_names import korean_name
from .kazakh_phrase_words import names_a_thing, thing_word
from .label_roles import after_role
from .latin_name_words import latin_script, without_possessive
from .community_given_names import community_given_name
from .chinese_names import surname_first
from .community_languages import reading_language
from .language import (cyrillic_sentences, detect_language, english_sentences, has_kazakh_letters, in_cyrillic,
                       text_kazakh_sentences)
from .list_rows import ends_row_name, kazakh_row_names, opens_row, surname_in_capitals
from .russian_patronymics import russian_patronymic_gender
from .name_and_patronymic import named_by_patronymic
from .name_order import (city_name, country_name, is_place_kind, is_title, mongolian_fathers_name, place_before_name,
                         place_in_name_run, place_then_common_noun, place_written_apart, post_before_genitive,
                         surname_as_place, surname_before_kazakh_patronymic, surname_before_patronymic,
                         surname_then_given, surname_then_given_in_case)
from .names import ALL, KAZAKH_PATRONYMIC_WORDS, NOM, Reading, bai_surname, looks_like_surname, surname_readings, ukrainian_ko_nominative
from .noun_given_names import given_before_patronymic
from .peoples_names import peoples_name
from .protocol_records import protocol_records, reporter_gender
from .quote_mark_roles import QUOTE_MARKS, closes_quote, opens_quote
from .sacred_names import dedicated_to, epithet
from .surname_records import surname_records
from .community_speech import LATIN_SPEECH_WORDS
from .speech_words import adverb, speech_verb
from .valedictions import after_valediction


@dataclass
class Mention:
    start: int
    end: int
    text: str
    canonical: str
    gender: str | None = None  # 'm', 'f' or None (unknown)
    nominative: bool = True  # the name is (or may be) in the nominative: a possible subject
    kind: str = "initials"  # initials | full | surname | alias | given (a first name alone)
    first_token: int = field(default=0, repr=False)
    last_token: int = field(default=0, repr=False)  # exclusive


# one-syllable surnames that are also Russian words (Ли = particle): accepted after an initial
SHORT_SURNAMES = frozenset("ли ни ким цой пак тен хан хван нам ан ю о шин со ма лю ван мун чой".split())
# words that look capitalized after an initial but start a sentence ("... в секторе А. Затем ...")
_NOT_SURNAME = frozenset("затем также потом это этот эта эти так там тут когда если однако но и а в на по с к".split()) \
    | frozenset(KAZAKH_PATRONYMIC_WORDS)  # «ҚЫЗЫ А.»: a surname's second word (kazakh_patronymic_words)
_PREP_CASES = {
    "с": {"ablt", "gent"}, "со": {"ablt", "gent"}, "к": {"datv"}, "ко": {"datv"}, "о": {"loct"},
    "об": {"loct"}, "обо": {"loct"}, "при": {"loct"}, "у": {"gent"}, "от": {"gent"}, "до": {"gent"},
    "для": {"gent"}, "без": {"gent"}, "из": {"gent"}, "после": {"gent"}, "около": {"gent"},
    "среди": {"gent"}, "против": {"gent"}, "вокруг": {"gent"}, "кроме": {"gent"}, "по": {"datv"},
    "за": {"ablt", "accs"}, "под": {"ablt", "accs"}, "над": {"ablt"}, "перед": {"ablt"},
    "между": {"ablt"}, "в": {"accs", "loct"}, "во": {"accs", "loct"}, "на": {"accs", "loct"},
    "про": {"accs"}, "через": {"accs"}, "благодаря": {"datv"}, "согласно": {"datv"},
}
# verbs whose object, the name right after them, is in the accusative: «Благодарю Бекову А.М.» is
# hers (the accusative of Бекова), not his (the dative of Беков)
_ACCUSATIVE_VERBS = frozenset("благодарить поблагодарить поздравить поздравлять приветствовать поддержать "
                              "поддерживать пригласить приглашать награждать наградить назначить избрать".split())
_REL_F = frozenset("которая которой которую которою".split())
_REL_M = frozenset("который которого которому которым котором".split())
_FEM_ROLES = re.compile(r"(ка|ница|ая|ья|иня|ша)$")  # студентка, председательница, заведующая
EN_STOP = frozenset(
    """the a an and of in on at for to by with from as is was are were it this that these those
    assembly people peoples kazakhstan astana almaty house houses friendship council scientific expert
    central asia europe european university president minister day unity diversity republic national
    state head chair of on mr mrs ms dr prof sunday school schools german korean russian kazakh uzbek
    tatar english june july may april march january february august september october november december
    monday tuesday wednesday thursday friday saturday nur-sultan karaganda shymkent pavlodar aktobe
    burabay ministry office offices programme program association associations news conference
    international practices interethnic dialogue when after before during but our we they he she""".split()
)
# (and the Polish and German papers' verbs: «– powiedział Tadeusz Nowak», «sagte Andreas Weber»)
EN_SPEECH_NEXT = frozenset("said says noted added stressed told explained stated spoke proposed announced remarked emphasised emphasized".split()) | LATIN_SPEECH_WORDS


@dataclass
class _Cand:
    i: int  # first token
    j: int  # last token + 1
    kind: str
    initials: str = ""  # "Н.А."
    surname_tok: int = -1
    readings: tuple[Reading, ...] = ()
    gender: str | None = None
    cases: frozenset[str] | None = None
    canonical: str | None = None
    chosen: Reading | None = None
    confident: bool = False
    full_nom: str = ""  # "Гульнара Сейтказина" for full names (alias lookup)
    # the given name is a dictionary name in an oblique case only («Томаша Пэту», «Ольге Пэте»): the
    # whole name is no subject, whatever the unknown surname reads as
    oblique_given: bool = False


def find_persons(text: str, language: str | None = None, on: date | None = None,
                 aliases: Aliases | None = None, written_in: str | None = None) -> list[Mention]:
    """Every person mention in `text`, in order, with its canonical form.
    `on` (the document's date) enables date-ranged aliases (Глава государства after 2019);
    `written_in` is the document's community language when `language` is the one reading it."""
    if not text.strip():
        return []
    language = language or reading_language(detect_language(text))  # a community language by its script's rules
    aliases = aliases if aliases is not None else default_aliases()
    tokens = tokenize(text)
    sids = text_sentence_ids(text)  # tokens are the text's own
    caps = capitalized(tokens)  # where the rules start: worked out once for them all
    alias_hits = match_aliases(tokens, aliases, on, caps, text)
    taken = {k for a, b, _ in alias_hits for k in range(a, b)}
    alias_hits = sorted(alias_hits + named_by_patronymic(tokens, aliases, on, caps, taken), key=lambda hit: hit[0])
    # words of a title or a listed variant never start or join a full name (Елбасы Нурсултан ...)
    in_alias = {k for a, b, _ in alias_hits for k in range(a, b)}
    cells = cell_starts(tokens, text)
    if language == "en":
        cands, russian = _english_and_cyrillic(text, tokens, sids, in_alias, caps, cells)
    else:
        if language == "kk":
            cands, russian = _kazakh(tokens, sids, _record_starts(text)), []
        else:
            cands = russian = _by_sentence_language(
                text, tokens, sids, _russian(tokens, sids, in_alias, caps, cells, written_in in ("uk", "be")), written_in)
        cands, russian = _with_english_sentences(text, tokens, sids, in_alias, cands, russian)
    if written_in == "be":
        _belarusian_enka(tokens, cands)
    return _finish(text, tokens, sids, cands, aliases, on, language, alias_hits, caps, russian)


def _belarusian_enka(tokens: list[Token], cands: list[_Cand]) -> None:
    """In Belarusian, -енка is a surname's nominative (Алесь Каваленка), not the Ukrainian genitive
    of one in -енко the other rules read it as (Тараса Шевченка): kept as written, the given name's
    case deciding."""
    for c in cands:
        if 0 <= c.surname_tok < len(tokens):
            word = _untitled(tokens[c.surname_tok].text)
            ko = ukrainian_ko_nominative(word)
            if ko is not None and word.lower().endswith("енка"):
                c.readings = (Reading(word, None, ALL),) + tuple(r for r in c.readings if r.nom not in (word, ko[0]))


def _english_and_cyrillic(text: str, tokens: list[Token], sids: list[int], in_alias: set[int],
                          caps: list[int], cells: frozenset[int] = frozenset()) -> tuple[list[_Cand], list[_Cand]]:
    """An English text's candidates, and those of its Cyrillic sentences by their own rules (a
    Russian report's paragraph in an English page: «…», — заявил председатель центра О. Гусейнов.),
    and of the Cyrillic names in its other sentences (Russian narration around an English quote:
    «Кайрат Абдрахманов отметил: “…”»): all of them, and the ones the Russian rules' case and gender
    evidence applies to."""
    cyrillic = cyrillic_sentences(tokens, sids)
    cands = _english(tokens, sids, in_alias)
    # the Russian rules start in those sentences and at Cyrillic capitals only
    cyrillic_caps = [k for k in caps if sids[k] in cyrillic or in_cyrillic(tokens[k])]
    if not cyrillic_caps:
        return cands, []
    russian = [c for c in _by_sentence_language(text, tokens, sids, _russian(tokens, sids, in_alias, cyrillic_caps, cells))
               if sids[c.i] in cyrillic or in_cyrillic(tokens[c.i])]
    return sorted([c for c in cands if sids[c.i] not in cyrillic] + russian, key=_cand_start), russian


_LATIN_WORD = re.compile(r"[A-Za-z]{2}")


def _with_english_sentences(text: str, tokens: list[Token], sids: list[int], in_alias: set[int],
                            cands: list[_Cand], russian: list[_Cand]) -> tuple[list[_Cand], list[_Cand]]:
    """A Russian or Kazakh text's English sentences read by the English rules (the English summary
    closing a report: «said Yerlan Koshanov»), the other candidates kept, and so are the Cyrillic names
    of those sentences (Russian narration around an English quote: «Кайрат Абдрахманов отметил: “…”»)."""
    english = english_sentences(tokens, sids) if _LATIN_WORD.search(text) else frozenset()
    if not english:
        return cands, russian
    found = [c for c in _english(tokens, sids, in_alias) if sids[c.i] in english]
    kept = [c for c in cands if sids[c.i] not in english or in_cyrillic(tokens[c.i])]
    return sorted(kept + found, key=_cand_start), [c for c in russian if sids[c.i] not in english or in_cyrillic(tokens[c.i])]


# Kazakh's letters that Ukrainian and Belarusian lack: they share its і
_KAZAKH_OWN_LETTERS = frozenset("әғқңөұүһӘҒҚҢӨҰҮҺ")


def _by_sentence_language(text: str, tokens: list[Token], sids: list[int], cands: list[_Cand],
                          written_in: str | None = None) -> list[_Cand]:
    """A Russian text's Kazakh sentences get the Kazakh rules: «… Ассамблеясы Алғыс айту …» is no
    full name, «Қ.Тоқаевтың» is Тоқаев. In a Ukrainian or Belarusian text, only a sentence with a
    letter of Kazakh's own is: by their і alone «Прывіталі гасцей Міхась Лынькоў і Максім
    Багдановіч» read as Kazakh, and named nobody."""
    if not has_kazakh_letters(text):
        return cands
    kazakh = text_kazakh_sentences(text)
    if written_in in ("uk", "be"):
        own = {sid for t, sid in zip(tokens, sids) if t.is_word and not _KAZAKH_OWN_LETTERS.isdisjoint(t.text)}
        kazakh = kazakh & own
    if not kazakh:
        return cands
    kept = [c for c in cands if sids[c.i] not in kazakh]
    return sorted(kept + [c for c in _kazakh(tokens, sids, _record_starts(text)) if sids[c.i] in kazakh],
                  key=_cand_start)


def _record_starts(text: str) -> frozenset[int]:
    """The offsets where a protocol's records under СЛУШАЛИ:/ТЫҢДАЛДЫ: or ВЫСТУПИЛИ:/СӨЙЛЕГЕНДЕР: open,
    or a list of names with initials has one, where a name stands whatever its ending («Шмидт А.Ф. – …»,
    «Қатысқандар: Ким Р.А., Югай С.П.»)."""
    return frozenset(r.at for r in protocol_records(text)) | listed_surnames(text)


def _cand_start(c: _Cand) -> int:
    return c.i


# ---------------------------------------------------------------- Russian

def _surname_ok(tok: Token, glued: bool, label: bool = False) -> bool:
    """``label``: the word opens a transcript's label «МЫНБАЙ Д.: …», where a word in capitals is
    its surname whatever the ending, not an abbreviation, and the dictionary decides as for any word."""
    w = tok.text
    low = fold(w)
    if low in SHORT_SURNAMES:
        return True  # before the capitals' test: a transcript writes КИМ Л.
    if len(w) < 2:
        return False
    if w.isupper() and not label and not looks_like_surname(w):
        return False
    if low in _NOT_SURNAME:
        return False
    info = word_info(w)
    if info["surn"] or info["name"]:
        return True
    if info["function"] and not looks_like_surname(w):
        return False
    if info["common"] and not glued and not looks_like_surname(w):
        return False
    if info["geo"] and not looks_like_surname(w):
        return False
    return True


def _surname_next(tokens: list[Token], before: int, k: int) -> bool:
    """A capitalized word right after initials (token k) may be their surname, so they are not
    the reversed name of the word before them (`before`), unless that word is no dictionary
    word and token k no surname: «Назарбаев Н.А. Уважаемые ...» is Назарбаев's, «Волонтер Н.
    Хван» no Волонтер's."""
    t = tokens[k] if k < len(tokens) else None
    if t is None or not (t.is_word and t.is_cap and t.start - tokens[k - 1].end <= 1):
        return False
    info = word_info(tokens[before].text)
    return info["common"] and not info["surn"] or _surname_ok(t, t.start == tokens[k - 1].end)


def _surname_before_initials(tokens: list[Token], sids: list[int], i: int, used: list[bool]) -> bool:
    """The capitalized word right before the initials at token i may be their surname, written
    first as protocols and lists do («Шмидт А.Ф.», «Ахметова Г.С.»): a surname, or a common word
    mid-sentence, after a lowercase word (председатель жюри Бала С.К.); no verb (Выступил С.К. …),
    place or title."""
    if i < 1 or used[i - 1] or tokens[i].start - tokens[i - 1].end != 1:
        return False
    before = tokens[i - 1]
    if not (before.is_word and before.is_cap and len(before.text) > 1) or before.text.isupper():
        return False
    info = word_info(before.text)
    # a verb the dictionary knows (Выступил С.К. …); an unknown word's verb guess is no verb (Сейткали)
    if info["known"] and verb_info(before.text) or is_title(before.text) or info["geo"]:
        return False
    if _surname_ok(before, False) or not info["known"]:
        return True  # a surname, or a word the dictionary lacks (Сейткали, Қонаев) as protocols write them
    mid_sentence = i >= 2 and sids[i - 2] == sids[i - 1] and tokens[i - 2].is_word and not tokens[i - 2].is_cap
    return mid_sentence and _surname_ok(before, True)


def _row_opening_surname(tokens: list[Token], sids: list[int], i: int, k: int) -> bool:
    """The initials at token i follow a surname opening its sentence, and the word after them (token
    k) is no name: a bibliography's or an index's row, «Кадырова Г.Т. Полиэтничность как ресурс»,
    whose title's first word is no Г.Т. Полиэтничность; also in GOST's layout, «Кадырова, Г.Т. Полиэтничность»."""
    before = _comma_row_surname(tokens, i)
    if before is None:
        before = i - 1
        if before < 0 or tokens[i].start - tokens[before].end != 1 or not tokens[before].is_word:
            return False
    opens = before == 0 or sids[before - 1] != sids[before] or _numbering(tokens, sids, before)
    after = tokens[k].text
    info = word_info(after)
    return (opens and _surname_like(tokens[before].text) and _surname_ok(tokens[before], False)
            and not _common_word(tokens[before].text) and not _surname_like(after)
            and not info["surn"] and not info["name"] and fold(after) not in SHORT_SURNAMES)


def _comma_row_surname(tokens: list[Token], i: int) -> int | None:
    """The token of a surname parted from the initials at token i by a comma, as GOST's bibliography
    writes its entries («Кадырова, Г.Т. Полиэтничность …»)."""
    if i < 2 or tokens[i - 1].text != "," or tokens[i].start - tokens[i - 1].end != 1:
        return None
    before = i - 2
    return before if tokens[before].is_word and tokens[before].end == tokens[i - 1].start else None


def _gost_entry_surname(tokens: list[Token], sids: list[int], i: int, used: list[bool]) -> int | None:
    """The token of the surname opening a GOST entry, «2. Кадырова, Г.Т. …», whose initials are at token i."""
    surname = _comma_row_surname(tokens, i)
    if surname is None or used[surname] or not (surname == 0 or sids[surname - 1] != sids[surname]
                                                 or _numbering(tokens, sids, surname)):
        return None
    return surname if _surname_like(tokens[surname].text) and _surname_ok(tokens[surname], False) else None


def _numbering(tokens: list[Token], sids: list[int], k: int) -> bool:
    """Token k follows only a list's number («4.», «12)») or a footnote's mark on its sentence."""
    first = k
    # three tokens back are enough to refuse: a walk to the sentence's start cost every name in a
    # long list of participants the list's length
    while first > 0 and sids[first - 1] == sids[k] and k - first < 3:
        first -= 1
    marks = tokens[first:k]
    return 0 < len(marks) <= 2 and all(_MARK.fullmatch(t.text) for t in marks)


_MARK = re.compile(r"\d{1,3}|[.)]|[¹²³⁴⁵⁶⁷⁸⁹⁰*]+")


def _common_word(word: str) -> bool:
    """A word the dictionary reads first as a common one and never as a surname, whatever else it
    reads it as (Тема is also the given name Тёма): after initials it yields to a surname before them."""
    info = word_info(word)
    return info["known"] and not info["top_proper"] and not info["surn"] and fold(word) not in SHORT_SURNAMES


def _common_word_readings(word: str) -> tuple[Reading, ...]:
    """The readings of a common word taken as a surname («С.К. Бала»): first as written, in the
    nominative, as nothing else tells its case (Бала is no genitive of бал), then its other readings
    for a preposition or a governing word to choose (с С.К. Морозом)."""
    as_written = Reading(_untitled(word), None, NOM)
    return (as_written,) + tuple(r for r in _surname_readings(word) if r.nom != as_written.nom)


def _surname_like(word: str) -> bool:
    """looks_like_surname, for a double surname of either part: Ахметова-Ким (А.) is a surname."""
    return any(looks_like_surname(part) for part in word.split("-"))


def _surname_readings(word: str) -> tuple[Reading, ...]:
    """The readings of a surname, written in capitals or not: a transcript's АБДРАХМАНОВ С.Р. is
    С.Р. Абдрахманов."""
    return surname_readings(_untitled(word))


# Letters written with full stops and no spaces from which a run is an abbreviation, no initials:
# Т.О.О., А.Н.К., Ц.И.К. (a person has a given name's and a patronymic's, Н.А.)
DOTTED_ABBREVIATION_LETTERS = 3


def _glued_initial(tokens: list[Token], k: int) -> bool:
    """The initial at token k follows the one before it with no space (Н.А.)."""
    return (k >= 2 and k < len(tokens) and tokens[k - 1].text == "." and tokens[k - 1].end == tokens[k].start
            and is_initial(tokens, k) and is_initial(tokens, k - 2))


def _in_dotted_abbreviation(tokens: list[Token], i: int) -> bool:
    """Token i is a letter of an abbreviation written with full stops (Т.О.О. Достык is no person)."""
    start = i
    while _glued_initial(tokens, start):
        start -= 2
    end = start
    while _glued_initial(tokens, end + 2):
        end += 2
    return (end - start) // 2 + 1 >= DOTTED_ABBREVIATION_LETTERS


# Letters with dots that are no one's initials: «Ф.И.О.» (фамилия, имя, отчество), the name
# column's header in every list of participants, read before the next header («Ф.И.О. Должность»).
_NOT_INITIALS = frozenset({"Ф.И.О."})


def _initials_at(tokens: list[Token], i: int, cells: frozenset[int] = frozenset()) -> tuple[str, int] | None:
    """Initials starting at token i ("Н.А.", index of the token after them), within one table cell
    (``cells``: the tokens opening one)."""
    if i > 0 and tokens[i - 1].end == tokens[i].start and tokens[i - 1].is_word:
        return None
    if is_initial(tokens, i) and _in_dotted_abbreviation(tokens, i):
        return None
    letters = []
    k = i
    while len(letters) < 3 and (end := _initial_end(tokens, k)):
        if letters and (tokens[k].start - tokens[k - 1].end > 1 or k in cells):
            break
        letters.append(tokens[k].text[0])
        k = end
    return ("".join(ch + "." for ch in letters), k) if letters else None


def _initial_end(tokens: list[Token], k: int) -> int:
    """The token after the initial at token k, or 0 for none. A hyphenated given name's initial
    (К.-Ж., К-Ж. of Касым-Жомарт) is one initial, its first letter's, as the name written in full
    gives: «К.-Ж. Токаев» is К. Токаев, not Ж. Токаев."""
    if k >= len(tokens):
        return 0
    if is_initial(tokens, k):
        end = k + 2
        if end + 2 < len(tokens) and tokens[end].text in ("-", "–") and tokens[end].start == tokens[end - 1].end \
                and tokens[end + 1].start == tokens[end].end and is_initial(tokens, end + 1):
            return end + 3  # К.-Ж.
        return end
    t = tokens[k]
    if is_hyphenated_initial(t.text) and k + 1 < len(tokens) and tokens[k + 1].text == "." \
            and tokens[k + 1].start == t.end:
        return k + 2  # К-Ж.
    return 0


def _opens_label(tokens: list[Token], sids: list[int], i: int, k: int) -> bool:
    """Token i opens a sentence and the initials ending before token k close it with a colon, maybe
    after a role: a transcript's speaker label, whatever the surname's ending («Туякбай Ж.:», «Тоқаев
    Қ.К.:», «МЫНБАЙ Д.К. (Павлодарская область):»)."""
    return (i == 0 or sids[i - 1] != sids[i]) and _label_colon(tokens, sids, k)


def _initials_label(tokens: list[Token], sids: list[int], i: int, k: int) -> bool:
    """The initials at token i open a sentence and the word at token k after them closes it with a
    colon, maybe after a role: a transcript's label «Д. МЫНБАЙ: …», «Д.К. МЫНБАЙ: …», «Д. МЫНБАЙ,
    депутат Мажилиса: …», whose word is the surname whatever its ending, as in the reversed «МЫНБАЙ
    Д.: …» (_opens_label)."""
    if patronymic_after(tokens, k):
        k += 1  # «А. ЕСЕНБАЙ ҚЫЗЫ: …»
    if i > 0 and sids[i - 1] == sids[i] or k + 1 >= len(tokens):
        return False
    colon = tokens[k + 1]
    return colon.text == ":" and colon.start == tokens[k].end or colon.text != ":" and _label_colon(tokens, sids, k + 1)


def _label_colon(tokens: list[Token], sids: list[int], j: int) -> bool:
    """Token j is a label's colon, or opens the role its colon closes («, депутат Мажилиса:»,
    «(Павлодарская область):»), within the sentence."""
    end = after_role(tokens, j, lambda k: sids[k] != sids[k - 1])
    return end < len(tokens) and tokens[end].text == ":"


def _capitals_label(tokens: list[Token], sids: list[int], i: int, k: int) -> bool:
    """The initials from token i to k follow a surname in capitals opening a sentence: a
    transcript's label «КИМ Р.А. Құрметті Төраға!», «ЖУМАБЕКОВ Б.Т. Уважаемый Председатель!», whose
    next word opens the turn (in any language) and is no surname, unless it looks like one."""
    if i == 0 or k >= len(tokens) or tokens[k - 1].text != ".":
        return False
    before, after = tokens[i - 1], tokens[k]
    return (before.is_word and len(before.text) > 1 and before.text.isupper()
            and (i == 1 or sids[i - 2] != sids[i - 1]) and tokens[i].start - before.end == 1
            and (fold(before.text) in SHORT_SURNAMES or _surname_like(before.text))
            and not after.text.isupper() and not _surname_like(after.text)
            and not word_info(after.text)["surn"])


def _russian(tokens: list[Token], sids: list[int], in_alias: set[int], caps: list[int],
             cells: frozenset[int] = frozenset(), community: bool = False) -> list[_Cand]:
    """``cells``: the tokens opening a table's cell, which no name reaches across (the header
    «Ф.И.О.⇥Должность», a row's «Есенгалиев Д.К.⇥Жетысуская область»). ``community``: the text is
    Ukrainian or Belarusian, read by these rules."""
    n = len(tokens)
    used = [False] * n
    cands: list[_Cand] = []
    nxt = 0  # the first token not yet taken by a mention
    for i in caps:  # initials + surname
        if i < nxt or len(tokens[i].text) > 1 and not is_hyphenated_initial(tokens[i].text):
            continue
        got = _initials_at(tokens, i, cells)
        if got and got[0] in _NOT_INITIALS:
            nxt = got[1]
            continue
        if got:
            inits, k = got
            label = _capitals_label(tokens, sids, i, k)
            common_after = False  # a common word after the initials (Вопросы, Бала) competes with one before
            if k < n and not label and k not in cells and tokens[k].start - tokens[k - 1].end <= 1 \
                    and (gender := patronymic_after(tokens, k)):
                cands.append(_patronymic_cand(tokens, i, k + 2, inits, k, gender))  # «А. Есенбай кызы»
                for x in range(i, k + 2):
                    used[x] = True
                nxt = k + 2
                continue
            if k < n and tokens[k].is_word and tokens[k].is_cap and not label and k not in cells:
                gap = tokens[k].start - tokens[k - 1].end
                if gap <= 1 and _surname_ok(tokens[k], gap == 0, _initials_label(tokens, sids, i, k)) and not (
                        gap and _common_word(tokens[k].text) and _surname_before_initials(tokens, sids, i, used)) \
                        and not (gap and _row_opening_surname(tokens, sids, i, k)) \
                        and _latin_entry_surname(tokens, sids, i, used) is None:
                    cands.append(_Cand(i, k + 1, "initials", inits, k, _surname_readings(tokens[k].text)))
                    for x in range(i, k + 1):
                        used[x] = True
                    nxt = k + 1
                    continue
                common_after = gap == 1 and (inits.count(".") >= 2 and _surname_ok(tokens[k], True)
                                             or _common_word(tokens[k].text))
                if common_after and sids[k] == sids[k - 1] and not _surname_before_initials(tokens, sids, i, used) \
                        and _gost_entry_surname(tokens, sids, i, used) is None \
                        and _latin_entry_surname(tokens, sids, i, used) is None:
                    # two initials make a common word their surname as a glued one does («С.К. Бала»),
                    # unless it opens a new line or a surname before them is theirs («…Шмидт А.Ф. Вопросы
                    # задавали…», «Председатель – Ахметова Г.С. Секретарь – …»)
                    cands.append(_Cand(i, k + 1, "initials", inits, k, _common_word_readings(tokens[k].text)))
                    for x in range(i, k + 1):
                        used[x] = True
                    nxt = k + 1
                    continue
            latin = _latin_entry_surname(tokens, sids, i, used)
            if latin is not None:  # a Latin entry's «10. Kadyrova G.T. Polyethnicity …» in a Russian book
                cands.append(_Cand(latin, k, "initials", inits, latin, (Reading(tokens[latin].text, None, ALL),)))
                for x in range(latin, k):
                    used[x] = True
                nxt = k
                continue
            surname = _gost_entry_surname(tokens, sids, i, used)
            if surname is not None:
                # a GOST entry's «Кадырова, Г.Т.»: the surname first, in the nominative, opening its row
                cands.append(_Cand(surname, k, "initials", inits, surname, _surname_readings(tokens[surname].text)))
                for x in range(surname, k):
                    used[x] = True
                nxt = k
                continue
            if i >= 2 and i not in cells and not used[i - 2] and tokens[i].start - tokens[i - 1].end == 1 \
                    and (gender := patronymic_after(tokens, i - 2)):
                cands.append(_patronymic_cand(tokens, i - 2, k, inits, i - 2, gender))  # «ЕСЕНБАЙ КЫЗЫ А.»
                for x in range(i - 2, k):
                    used[x] = True
                nxt = k
                continue
            # reversed: Назарбаев Н.А.; any surname in a transcript's label «Туякбай Ж.: …», «МЫНБАЙ Д.: …»
            opens_label = i > 0 and _opens_label(tokens, sids, i - 1, k)
            if i > 0 and i not in cells and not used[i - 1] and tokens[i - 1].is_word and tokens[i - 1].is_cap \
                    and tokens[i].start - tokens[i - 1].end == 1 and (inits.count(".") >= 2 or _surname_like(tokens[i - 1].text)
                                                                       or fold(tokens[i - 1].text) in SHORT_SURNAMES
                                                                       or opens_label) \
                    and (_surname_ok(tokens[i - 1], False, opens_label) or (common_after or k >= n or not tokens[k].is_word)
                         and inits.count(".") >= 2 and _surname_before_initials(tokens, sids, i, used)) \
                    and (label or common_after or k in cells or not _surname_next(tokens, i - 1, k)):
                readings = _surname_readings(tokens[i - 1].text) if _surname_ok(tokens[i - 1], False, opens_label) \
                    else _common_word_readings(tokens[i - 1].text)
                cands.append(_Cand(i - 1, k, "initials", inits, i - 1, readings))
                for x in range(i - 1, k):
                    used[x] = True
                nxt = k
    cands.extend(_two_word_patronymics(tokens, used, in_alias))
    # full names: runs of capitalized words separated by single spaces
    nxt = 0
    for i in caps:
        if i < nxt or used[i] or i in in_alias:
            continue
        run = [i]
        while run[-1] + 1 < n and not used[run[-1] + 1] and run[-1] + 1 not in in_alias \
                and tokens[run[-1] + 1].is_word and tokens[run[-1] + 1].is_cap \
                and tokens[run[-1] + 1].start - tokens[run[-1]].end == 1 and run[-1] + 1 not in cells \
                and len(run) < _MAX_RUN:
            run.append(run[-1] + 1)
        if len(run) >= 2:
            p = 0
            while p < len(run) - 1:
                if peoples_name(tokens[run[p]].text, tokens[run[p + 1]].text):
                    # «Корё Сарам живут…»: the people's self-name, no «К. Сарам»; nor is its second
                    # word a surname before a given name («Корё Сарам Виктор Ан»: В. Ан, no «С. Виктор»)
                    p += 2
                    continue
                if place_in_name_run(tokens, run[p]):
                    p += 1  # «аким Астаны Жанис Касымбек»: the akim's city, then his name
                    continue
                if _opens_before_full_name(tokens, run, p, sids):
                    p += 1
                    continue
                got = _korean(tokens, run, p) or _double_given_name(tokens, run, p) or _row_surname_given(tokens, run, p, sids, cells) \
                    or _surname_first(tokens, run, p, sids) or _full_name(tokens, run, p, sids, community)
                if got and _sacred(tokens, got):
                    # a saint's name after the church it names, Christ, a pontiff's epithet: nobody
                    for x in range(got.i, got.j):
                        used[x] = True
                    p = got.j - run[0]
                    continue
                if got:
                    cands.append(got)
                    for x in range(got.i, got.j):
                        used[x] = True
                    p = got.j - run[0]
                else:
                    p += 1
        # a run cut at its length limit may end with a name's first word: «Депутат Жогорку Кенеша
        # Кыргызстана Нурбек Жолдошбек»; the next run starts at it
        nxt = run[-1] if len(run) == _MAX_RUN and not used[run[-1]] else run[-1] + 1
    cands.sort(key=lambda c: c.i)
    return cands


_MAX_RUN = 5  # capitalised words read together as one name's candidates


# the word after a father's name in an Azerbaijani or Kazakh patronymic, and the gender it gives:
# «Рашид Али оглы Мамедов», «Алиева Айтен Гасан кызы»
# (not ұлы, also the adjective «great»: «Мұхтар Әуезов ұлы жазушы»)
_PATRONYMIC_WORDS = {"оглы": "m", "оғлы": "m", "кызы": "f", "қызы": "f"}


def _sacred(tokens: list[Token], c: _Cand) -> bool:
    """A full name that is a saint's, a prophet's or a pontiff's (sacred_names)."""
    return dedicated_to(tokens, c.i, c.j) or any(epithet(tokens, k) for k in range(c.i, c.j))


def _two_word_patronymics(tokens: list[Token], used: list[bool], in_alias: set[int]) -> list[_Cand]:
    """Names whose patronymic is two words, the father's name and оглы/кызы: «Рашид Али оглы
    Мамедов», «Мамедов Рашид Али оглы» are Р.А. Мамедов (the father's name is no given name's
    surname, «М. Рашид»), «Айтен Гасан кызы Алиева» is А.Г. Алиева (кызы makes her a woman, whatever
    the father's name says). The words of a name and patronymic with no surname are marked taken too."""
    cands = []
    for k, t in enumerate(tokens):
        gender = _PATRONYMIC_WORDS.get(t.text) if t.is_word else None
        if gender is None or k < 2 or not _spaced_caps(tokens, k - 1, k, used, in_alias):
            continue
        before = [k - 1]  # the father's name, then the given name, then maybe the surname
        while len(before) < 3 and _spaced_caps(tokens, before[-1] - 1, before[-1], used, in_alias):
            before.append(before[-1] - 1)
        if len(before) < 2:
            continue
        father, given = tokens[before[0]].text, tokens[before[1]].text
        if _spaced_caps(tokens, k + 1, k, used, in_alias) and _last_ok(tokens[k + 1].text):
            c = _make_full(tokens, before[1], k + 2, [given], tokens[k + 1].text)
        elif len(before) == 3 and _last_ok(tokens[before[2]].text):
            c = _surname_before(tokens, before[2], [given], tokens[before[2]].text)
            c.j = k + 1
        else:
            c = None
        if c is not None:
            c.initials += father[0].upper() + "."
            c.gender = gender
            c.readings = tuple(r for r in c.readings if r.gender in (None, gender)) or c.readings
            cands.append(c)
        for x in range(c.i if c else before[1], c.j if c else k + 1):
            used[x] = True
    return cands


def _spaced_caps(tokens: list[Token], k: int, other: int, used: list[bool], in_alias: set[int]) -> bool:
    """Token k is a capitalized word not yet taken, one space from token `other`."""
    return capital_beside(tokens, k, other) and not used[k] and k not in in_alias


def _after_named_after_word(tokens: list[Token], i: int) -> bool:
    """Token i follows «имени» or «им.»: it names the one the organisation is named after, in the genitive."""
    if i > 1 and tokens[i - 1].text == "." and tokens[i - 2].end == tokens[i - 1].start:
        return fold(tokens[i - 2].text) == "им"
    return i > 0 and fold(tokens[i - 1].text) == "имени"


def _quoted(tokens: list[Token], i: int) -> bool:
    """Token i is inside «...» (or „…“, “…”, "…") opened in the same few tokens (an organisation or work title), and
    is no name the organisation is named after («Фонд имени Абая Кунанбаева»: a person)."""
    if _after_named_after_word(tokens, i):
        return False
    for k in range(i - 1, max(-1, i - 4), -1):
        if opens_quote(tokens, k):
            # «Ерлан Строй», „Ерлан Строй“, “Ерлан Строй”, "Ерлан Строй"; not a mailbox's display name in quotes
            # before its address, as Yandex and Outlook write it: «"Жанар Омарова" <zhanar@…>»
            close = next((m for m in range(i + 1, min(len(tokens), i + 5)) if not tokens[m].is_word), None)
            return close is None or not _before_mailbox(tokens, close + 1)
        if not tokens[k].is_word:
            return False  # a closing mark too: "ВКонтакте" Павел Дуров, „Жибек Жолы“ Ерлан Касымов
    return False


def _before_mailbox(tokens: list[Token], k: int) -> bool:
    """Token k opens an e-mail address in angle brackets, «<zhanar@assembly.kz>»: what stands right before it is a
    mailbox's display name, which mail programs write in the nominative."""
    if k >= len(tokens) or tokens[k].text != "<":
        return False
    for m in range(k + 1, min(len(tokens), k + 12)):
        if tokens[m].text == "@":
            return True
        if tokens[m].text == ">":
            return False
    return False


def _given_then_surname(first: str, second: str) -> bool:
    """«Алтын Пак», «Нур Ахмед»: a given name that is also a word of things' names (Алтын, Нур, Ай),
    then a surname the dictionary or the short list knows, or a given name that serves as one
    (Ахмед), no word of things' names (Нур Отан) nor a city (Нур-Султан written apart)."""
    if not word_info(first)["name"] or thing_word(second) or place_written_apart(first, second):
        return False
    info = word_info(second)
    return info["surn"] or info["name"] or fold(second) in SHORT_SURNAMES


def _is_given(w: str) -> bool:
    if _preposition(w):
        return False  # «Из Шымкента Назарбаев…»: the sentence's preposition, no given name Из
    info = word_info(w)
    if "-" in w:
        parts = w.split("-")
        return all(word_info(p)["name"] or not word_info(p)["known"] for p in parts) and any(word_info(p)["name"] for p in parts)
    return info["name"]


def _full_name(tokens: list[Token], run: list[int], p: int, sids: list[int], community: bool = False) -> _Cand | None:
    """``community``: a Ukrainian or Belarusian text, whose own words Russian's dictionary lacks."""
    words = [tokens[k].text for k in run[p:]]
    # (Kazakh names inside Russian text are names too: no script check here)
    if _quoted(tokens, run[p]) or place_before_name(tokens, run[p]) or city_name(words[0]):
        return None  # «В Астане Назарбаев», «Выступили: Алматы Касымов»: a place, then a surname alone
    if any(fold(w) in KAZAKH_ADDRESS for w in words[:2]) or _adjective_of_next_noun(tokens, run[p] + 1):
        return None  # «Аким Павлодарской области», «Ассамблеи Кызылординской области»: a place's adjective
    if is_title(words[0]) and (place_in_name_run(tokens, run[p] + 1) or post_before_genitive(words[0], words[1])):
        return None  # «Аким Риддера наградил…», «Аким Сатпаева Мурат Ахметов»: the post, then its town
    if is_title(words[0]) and len(words) >= 3 and (listed_given_name(words[1]) or _is_given(words[1])) \
            and _last_ok(words[2]) and not _is_patronymic(words[2]):
        # «Аким Ерлан Ахметов», «Аким Мурат Айтенов»: the post, then a given name and surname, no
        # middle name (Аким, a given name too, has no second given name after it)
        return None
    if is_title(words[0]) and len(words) >= 3 and (city_name(words[1]) or _surname_first_after(words[1:])):
        return None  # «Аким Ахметов Ерлан Бекетович», «Аким Алматы Байбек»: the post, then a name written surname first or its city
    if person_noun(words[0]):
        return None  # «Кандас Бейсенұлы сказал»: a кандас, then his surname alone (no «К. Бейсенұлы»)
    w1 = words[0]
    i1 = word_info(w1)
    # «Аким ЮКО Бейбут Атамкулов»: the name starts after the abbreviation; an unknown word in capitals is
    # taken for one only when a name follows it (a list's «Ольге ЛИМ», «Игорь ОГАЙ» are surnames)
    if w1.isupper() and len(w1) > 1 or ((listed_abbreviation(words[1]) or len(words) > 2) and _abbreviation(words[1])):
        return None
    if place_then_common_noun(w1, words[1]):
        return None  # «Астана Опера представила…»: a venue, no «А. Опер»
    if names_a_thing(w1, words[1]) and not _given_then_surname(w1, words[1]):
        return None  # «партия Нур Отан», «газета Жаңа Қазақстан»: a Kazakh name of a thing, no «Н. Отан»
    if any(latin_letters(w) for w in words[:2]):
        # Russian text writes foreign persons' names in Cyrillic: a Latin-script pair is a
        # company, a newspaper or a song (Mail.Ru Group, Happy Birthday); Regnum Виген is two
        return None
    if mongolian_fathers_name(w1, words[1]):
        return _make_full(tokens, run[p], run[p] + 2, [w1], words[1], fathers=True)  # Серикболын Бакыт: С. Бакыт
    if len(words) == 2 and (surname_then_given(w1, words[1]) or surname_then_given_in_case(w1, words[1])):
        return _surname_before(tokens, run[p], [words[1]], w1)  # Ким Роман, Сейтказина Гульнара
    # a Kazakh given name the dictionary lacks but the list has (Ерлан) is one, so a surname the
    # dictionary also reads as a common word follows it (Ерлан Токаев; Токаев is a plural of токай);
    # one it reads as a place or a word (Дархан, a Mongolian town) is one before a word it lacks
    # (Дархан Мынбай: a Kazakh surname in -бай, whose ending no rule reads as a surname's), in any
    # case («с Дарханом Мынбаем»: the surname's readings and the preposition tell which)
    given = _is_given(w1) or (listed_given_name(w1) or listed_given_name_in_case(w1)) \
        and (not i1["known"] or not word_info(words[1])["known"]) \
        or len(words) >= 3 and given_before_patronymic(w1, words[1])  # Канат Бейбитович Дюсенбаев
    if not given and len(words) >= 3 and (_is_given(words[1]) or _given_before_kazakh_surname(words[1], words[2])):
        return None  # МИДа Григорий Карасин, Кандас Жанарбек Ахметжанулы: the name starts at the given name

    unknown1 = not i1["known"] and "-" not in w1
    if unknown1 and not given and community and not community_given_name(fold(w1)) and not word_info(words[1])["surn"]:
        # a Ukrainian or Belarusian word the dictionary lacks is mostly a common one («День Незалежності
        # України», «Вершы Янкі Купалы», «Сімʼя Ковальчуків»): a given name only by the list or a known surname after it
        return None
    sent_start = run[p] == 0 or sids[run[p] - 1] != sids[run[p]] or tokens[run[p] - 1].text in "«„\"“(:"
    if not (given or unknown1):
        # a common word before an unknown capitalized one, mid-sentence: Си Цзиньпин, Хакан Фидан
        w2 = words[1]
        if sent_start or i1["function"] or i1["geo"] or word_info(w2)["known"] or not _last_ok(w2) or len(words) > 2 \
                or _patronymic_only(w2) or is_place_kind(w1):
            return None
        return _make_full(tokens, run[p], run[p] + 2, [w1], w2)
    if len(words) >= 3:
        w2, w3 = words[1], words[2]
        if _is_patronymic(w2) and _last_ok(w3):
            return _make_full(tokens, run[p], run[p] + 3, [w1, w2], w3)
        if given and (word_info(w2)["name"] or not word_info(w2)["known"]) and _last_ok(w3) \
                and (word_info(w3)["surn"] or not word_info(w3)["known"]) and not word_info(w2)["surn"] \
                and not place_in_name_run(tokens, run[p] + 1):  # «Аким Шымкента Ерлан …»: no middle name Шымкента
            return _make_full(tokens, run[p], run[p] + 3, [w1], w3, middle=w2)
    w2 = words[1]
    if len(w2) == 1:
        return None  # an initial without its dot is no surname: «Ким Л» of «Ким Л.:»
    if _patronymic_only(w2) and not _vich_surname(tokens, sids, run[p], w1, w2) \
            or _is_patronymic(w2) and (address_before(tokens, run[p]) or _set_off(tokens, run[p], sent_start)
                                       or opens_question(tokens, sids, run[p])):
        # an address by name and patronymic («Уважаемый Нурсултан Абишевич!», «Құрметті Ерлан
        # Асқарұлы!», «Бауыржан Темірбекұлы, благодарю…», an interviewer's «Юрий Александрович, как …?»)
        # names no surname; a Kazakh -ұлы in
        # narration may be one (поэт Серік Ақсұңқарұлы)
        return None
    i2 = word_info(w2)
    # a short Korean surname that is also a function word (Олег Нам, Татьяна Ни, Виктор Ан) is the
    # surname after a given name, as after initials; only as the run's last word (Людвиг Ван Бетховен)
    short_surname = given and len(words) == 2 and fold(w2) in SHORT_SURNAMES
    # after a known given name, a capitalized word is the surname even when the dictionary
    # reads it as an adjective or a noun (Григорий Карасин, Илья Перекопский, Ирина Федина)
    # a place's name with a surname's ending after a titled given name is his surname: «митрополит
    # Александр Могилёв» (not «клуб Кайрат Алматы»)
    titled_surname = given and i2["geo"] and looks_like_surname(w2) and run[p] > 0 and is_title(tokens[run[p] - 1].text)
    if not short_surname and not titled_surname and not _last_ok(w2) and not (given and not i2["geo"] and not _particle(w2)) \
            or is_title(w2) or _place_word(w2):
        return None  # a title is no surname: «… Астане Президент К.К. Токаев»
    if unknown1 and not given:
        # two unknown capitalized words: a foreign name unless it opens a sentence with a common word
        if i2["known"] and not (i2["surn"] or i2["name"]):
            return None
        if w2.isupper():
            return None
    return _make_full(tokens, run[p], run[p] + 2, [w1], w2)


# a Polish or Belarusian surname in -ович/-евич in any case (Лукашевич, Богдановичу), shaped as a patronymic
_VICH_SURNAME = re.compile(r"[ое]вич(?:а|у|ем|е)?$")


def _vich_surname(tokens: list[Token], sids: list[int], i: int, given: str, word: str) -> bool:
    """Whether `word`, in -ович/-евич after the given name at token i, is a surname, which the
    dictionary reads as a patronymic (Лукашевич, Богданович): after a woman's name always, as she
    has no patronymic in -ович («Ольга Богданович сказала»); after a man's where a post stands
    before the name («Председатель Союза поляков Казахстана Павел Лукашевич сказал»): a news item
    names a person by his post and full name, an address or a later mention by name and patronymic
    («Нурсултан Абишевич отметил»), which still names nobody."""
    if not _VICH_SURNAME.search(fold(word)):
        return False
    genders = {p.tag.gender for p in parses(given) if is_dictionary(p) and "Name" in p.tag.grammemes}
    if genders == {"femn"}:
        return True
    if genders != {"masc"} or i == 0:
        return False
    chain, prep, verb = _role_chain(tokens, sids, i - 1, i)
    head = _role_head(tokens, chain) if chain else None
    # a capitalised surname is a name, no post, whatever noun it also reads as
    # («Медальді Кузнецов Андрей Павлович алды»: Кузнецов, of the blacksmiths, makes no Павлович a surname)
    return head is not None and not _surname_as_written(tokens, sids, head[0])


def _surname_as_written(tokens: list[Token], sids: list[int], k: int) -> bool:
    """Token k is capitalised mid-sentence and the dictionary knows it as a surname (Кузнецов)."""
    return k > 0 and sids[k - 1] == sids[k] and tokens[k].is_cap and word_info(_untitled(tokens[k].text))["surn"]


def _given_before_kazakh_surname(word: str, after: str) -> bool:
    """`word` is a given name the dictionary lacks (Жанарбек, Хурметбек) before a Kazakh surname in
    -ұлы/-қызы (`after`), so a capitalised word before it is no given name of theirs."""
    return not word_info(word)["known"] and "-" not in word and bool(_KAZAKH_SURNAME_END.search(after.lower()))


_KAZAKH_SURNAME_END = re.compile(r"(?:ұлы|улы|қызы|кызы)$")


def _abbreviation(word: str) -> bool:
    """A word in capitals that is an abbreviation, no surname: one of the search's list in any case
    form (ВКО, ЮКО-ның), or two to four capitals no name or surname has (СНГ, ТМД). КИМ, ПАК, ЦОЙ
    are surnames, as are capitals with a surname's ending (КАРИН)."""
    if not word.isupper() or len(word) < 2:
        return False
    if listed_abbreviation(word):
        return True
    if len(word) > 4 or fold(word) in SHORT_SURNAMES or looks_like_surname(word):
        return False
    info = word_info(_untitled(word))
    return not (info["name"] or info["surn"])


def _surname_first_after(words: list[str]) -> bool:
    """Whether the words after a title are a name written surname first: a surname, a given name and a
    patronymic (Ахметов Ерлан Бекетович), or a surname and a given name ending the run (Ахметов Ерлан);
    the title (Аким) is then no given name of a name that would have two."""
    if len(words) >= 3 and _is_patronymic(words[2]):
        return surname_before_patronymic(words[0]) and (_is_given(words[1]) or listed_given_name(words[1])
                                                        or given_before_patronymic(words[1], words[2]))
    return len(words) == 2 and surname_then_given(words[0], words[1])


def _double_given_name(tokens: list[Token], run: list[int], p: int) -> _Cand | None:
    """«Касым Жомарт Кемелевич Токаев», «Нур Султан Абишевич Назарбаев»: a given name of two parts
    written apart (as many texts and OCR copies drop the hyphen of Касым-Жомарт) before a patronymic
    and a surname. The surname after the patronymic says the first word is no surname written first
    («Ж.К. Касым»), and the second part is no given name of its own («С.А. Назарбаев»): the person
    is named as with the hyphen, by the first part's initial (К.К. Токаев)."""
    if len(run) - p == 3 or len(run) - p >= 3 and not _is_patronymic(_untitled(tokens[run[p + 2]].text)):
        return _listed_double_given_name(tokens, run, p)
    if len(run) - p < 4:
        return None
    first, second, patronymic, surname = (_untitled(tokens[k].text) for k in run[p:p + 4])
    if not (_is_given(first) or listed_given_name(first) or listed_given_name_in_case(first)):
        return None
    # the second part: a given name, or a word the dictionary lacks (Жомарт) that is neither a
    # patronymic nor shaped as a surname (no «Ерлан Ахметов Бекович …» of a list run together)
    if not (_is_given(second) or listed_given_name(second) or listed_given_name_in_case(second)
            or not word_info(second)["known"] and not looks_like_surname(second)) or _is_patronymic(second):
        return None
    if not _is_patronymic(patronymic) or _KAZAKH_SURNAME_END.search(patronymic.lower()) and not _is_given(first) \
            and not listed_given_name(first):
        return None
    if is_title(surname) or not _last_ok(surname) or not (word_info(surname)["surn"] or looks_like_surname(surname)):
        return None
    return _make_full(tokens, run[p], run[p] + 4, [first, patronymic], surname)


def _listed_double_given_name(tokens: list[Token], run: list[int], p: int) -> _Cand | None:
    """«Президент Касым Жомарт Токаев», «Қасым Жомарт Тоқаевтың»: a two-part given name written apart
    with no patronymic, then a surname, is one given name only when its hyphenated spelling is a listed
    given name (Қасым-Жомарт): a list of people, «Марат Ерлан Оспанов», reads the same otherwise."""
    first, second, surname = (_untitled(tokens[k].text) for k in run[p:p + 3])
    if not any(listed_given_name(a + "-" + b) for a in _given_stems(first) for b in _given_stems(second)):
        return None
    if is_title(surname) or not _last_ok(surname) or not (word_info(surname)["surn"] or looks_like_surname(surname)):
        return None
    return _make_full(tokens, run[p], run[p] + 3, [first], surname)


def _given_stems(word: str) -> list[str]:
    """`word` and what it is without a Russian case ending (Касыму, Жомартом: Касым, Жомарт)."""
    low = word.lower()
    return [low] + [low[:-len(e)] for e in ("ом", "ым", "а", "у", "е") if low.endswith(e) and len(low) - len(e) >= 3]


def _row_surname_given(tokens: list[Token], run: list[int], p: int, sids, cells: frozenset[int]) -> _Cand | None:
    """A list's row or a table's cell of two words, «Вагнер Ерлан» (under «Фамилия | Имя»): a man's given
    name the Kazakh list lacks (Вагнер, Вольф: surnames too) before a Kazakh given name (Ерлан, never a
    surname) is the surname written first, Е. Вагнер, no «В. Ерлан». Only where the row or cell holds
    the name alone: prose or a row of two dictionary names («Вольф Эрих») tells no order."""
    if len(run) - p != 2:
        return None
    k = run[p]
    first, given = _untitled(tokens[k].text), _untitled(tokens[k + 1].text)
    row = (opens_row(tokens, sids, k) or k in cells) and (ends_row_name(tokens, sids, k + 1) or k + 2 in cells)
    if not row or not listed_given_name(given) or listed_given_name(first) or not _is_given(first) \
            or not _last_ok(first) or word_info(given)["surn"]:
        return None
    if any(q.tag.gender != "masc" for q in parses(first) if "Name" in q.tag.grammemes):
        return None  # the surnames that are given names are men's: no «Анна Ерлан»
    return _surname_before(tokens, k, [given], first)


def _surname_first(tokens: list[Token], run: list[int], p: int, sids) -> _Cand | None:
    """«Назарбаев Нурсултан Абишевич», «ТОКАЕВ КАСЫМ-ЖОМАРТ КЕМЕЛЕВИЧ»: the surname before the
    given name and the patronymic (a list, a transcript's label) names the person as «Назарбаев
    Н.А.» does. The patronymic is what tells it from a title before a name (Уважаемый Нурсултан Абишевич)."""
    if len(run) - p < 3:
        return None
    written = [tokens[k].text for k in run[p:p + 3]]
    if any(w.isupper() for w in written) and not all(w.isupper() for w in written) \
            and not (surname_in_capitals(written) and not _abbreviation(written[0])):
        return None  # НДП Нур Отан: an abbreviation before a name (a list's «АБДРАХМАНОВ Серик …» is a surname)
    surname, given, patronymic = (_untitled(w) for w in written)
    if fold(surname) in KAZAKH_ADDRESS:
        return None  # «Құрметті Қасым-Жомарт Кемелұлы!» addresses him by name and patronymic: no surname
    if not (_is_patronymic(patronymic) and (_is_given(given) or not word_info(given)["known"]
                                            or given_before_patronymic(given, patronymic))
            and not _is_patronymic(given)
            and (_last_ok(surname) and (word_info(surname)["surn"] or not _is_given(surname))
                 or surname_before_patronymic(surname) or _short_surname_first(tokens, run[p + 2] + 1, surname, sids)
                 or _given_name_as_surname(tokens, run, p, sids))
            and (surname_before_kazakh_patronymic(surname, patronymic) or _kazakh_list_row(tokens, run, p, sids))):
        return None
    return _surname_before(tokens, run[p], [given, patronymic], surname)


def _opens_before_full_name(tokens: list[Token], run: list[int], p: int, sids) -> bool:
    """The run's word p opens its sentence, is no given name, and a surname, given name and patronymic
    follow it: a Kazakh sentence's adverb or object, capitalised as its first word («Медальді Кузнецов
    Андрей Павлович алды», «Бүгін Петрова Людмила Викторовна …»), which would otherwise take the
    surname as its own (no «М. Кузнецов», and no «А. Павлович» of the name and patronymic left)."""
    k = run[p]
    if not (k == 0 or sids[k - 1] != sids[k]) or len(run) - p < 4:
        return False
    word = _untitled(tokens[k].text)
    if _is_given(word) or not _surname_first(tokens, run, p + 1, sids):
        return False
    return _korean(tokens, run, p) is None and _surname_first(tokens, run, p, sids) is None


def _korean(tokens: list[Token], run: list[int], p: int) -> _Cand | None:
    """«Ким Ен Гун», «ветерану Ким Ен Гуну»: a Korean surname and a given name of two syllables
    (korean_names), the person Е.Г. Ким; only the last syllable declines, so it tells the case."""
    if len(run) - p < 3:
        return None
    i = run[p]
    got = korean_name(*(tokens[k].text for k in run[p:p + 3]))
    if got is None:
        return None
    reading = Reading(_untitled(tokens[i].text), None, got.cases)
    return _Cand(i, i + 3, "initials", got.initials, i, (reading,), cases=got.cases)


def _given_name_as_surname(tokens: list[Token], run: list[int], p: int, sids) -> bool:
    """«Вольф Эрих Иоганнович», «Вольфа Эриха Иоганновича»: a surname that is also a given name
    (Вольф, Герман, Мартин) before a given name and a Russian patronymic, which belongs to the given
    name right before it, also a Kazakh given name the dictionary lacks but the list has («Вагнер Ерлан
    Петрович»: Е.П. Вагнер), and a patronymic the dictionary lacks («Вагнер Игорь Ивкович»); not where
    a surname follows the patronymic («Касым Жомарт Кемелевич Токаев»: a double given name written
    apart), nor a Kazakh patronymic, as often a surname."""
    surname, given, patronymic = (_untitled(tokens[k].text) for k in run[p:p + 3])
    unknown_patronymic = _is_patronymic(patronymic) and not word_info(patronymic)["known"]
    if not (_is_given(surname) and (_is_given(given) or listed_given_name(given))
            and (_patronymic_only(patronymic) or unknown_patronymic)) \
            or _KAZAKH_SURNAME_END.search(patronymic.lower()) or not _last_ok(surname):
        return False
    if any(q.tag.gender != "masc" for q in parses(surname) if "Name" in q.tag.grammemes):
        return False  # the surnames that are given names are men's (Вольф, Герман): «Наталья Ирина Викторовна» is none
    after = run[p + 2] + 1
    return not (p + 3 < len(run) and _last_ok(tokens[after].text)) and not _quoted(tokens, run[p])


def _kazakh_list_row(tokens: list[Token], run: list[int], p: int, sids) -> bool:
    """A row of a list, «Вольф Эрих Иоганнұлы – председатель …»: the first word opens its line (or
    follows its number) and a dash or the line's end follows the patronymic, so it is the surname
    of a given name and a Kazakh patronymic whatever it reads as; a title, a category word or a
    place there is none («Кандас Жанарбек Ахметжанулы – …»)."""
    first = _untitled(tokens[run[p]].text)
    return opens_row(tokens, sids, run[p]) and ends_row_name(tokens, sids, run[p + 2]) and _last_ok(first) \
        and not (is_title(first) or person_noun(first) or city_name(first) or is_place_kind(first)
                 or word_info(first)["common"] and not word_info(first)["surn"])


def _short_surname_first(tokens: list[Token], end: int, word: str, sids) -> bool:
    """A short Korean surname that is also a word (Ни: the particle) before a given name and a
    patronymic («Ни Татьяна Викторовна»): the patronymic says it is a name; not a preposition
    («О Татьяне Викторовне рассказали…»). Only as a list or a label writes it: in capitals, or the
    name closing its sentence or set off by a colon, dash, bracket or comma; never before a verb
    («Нам Нурсултан Абишевич поставил задачу»: to us) nor in «Ни Марина Сергеевна, ни Олег…»."""
    if fold(word) not in SHORT_SURNAMES or _preposition(word):
        return False
    if word.isupper() or end >= len(tokens) or sids[end] != sids[end - 1]:
        return True
    after = tokens[end].text
    if after == ",":
        return not (end + 1 < len(tokens) and fold(tokens[end + 1].text) == fold(word))
    return after in (":", "–", "—", "-", "(", ")", ";")


def _surname_before(tokens: list[Token], i: int, given: list[str], surname: str) -> _Cand:
    """The candidate of a surname at token i followed by its given names: one canonical with
    «Назарбаев Н.А.»."""
    c = _make_full(tokens, i, i + 1 + len(given), given, surname)
    c.kind, c.surname_tok = "initials", i
    return c


# a patronymic's ending in any case (Болатовичу, Сериковной: a Kazakh father's name the dictionary
# lacks), and the Kazakh ones (Бекұлы, Серікқызы), which do not decline
_PATRONYMIC_END = re.compile(r"(?:вич(?:а|у|ем|е)?|(?:[оеё]вн|иничн)(?:а|ы|е|у|ой)|ұлы|улы|қызы|кызы)$")


# words of speech to the person addressed, after a comma: «Бауыржан Темірбекұлы, благодарю…»
_TO_THE_LISTENER = frozenset("""благодарю благодарим спасибо поздравляю поздравляем прошу приветствую рад рада
    вы вас вам вами ваш ваша ваше ваши сіз сізге сізді сіздің сізбен рахмет құттықтаймын""".split())


def _set_off(tokens: list[Token], k: int, sent_start: bool) -> bool:
    """The two words from token k stand apart as a vocative does: opening a sentence or after a comma,
    with «!» after them, or a comma and words to the listener after or before them («Бауыржан
    Темірбекұлы, благодарю за приглашение», «Спасибо, Бауыржан Темірбекұлы, за…»); not a list's or an apposition's comma («Бауыржан Момышұлы, легендарный
    полководец», «…Ерлан Карин, Бауыржан Момышулы, Олжас Сулейменов»), where -ұлы is a surname."""
    after = tokens[k + 2].text if k + 2 < len(tokens) else ""
    then = tokens[k + 3].text.lower() if k + 3 < len(tokens) else ""
    spoken_before = k >= 2 and tokens[k - 1].text == "," and tokens[k - 2].text.lower() in _TO_THE_LISTENER
    return (sent_start or tokens[k - 1].text == ",") and (
        after == "!" or after == "," and (then in _TO_THE_LISTENER or spoken_before))


def _is_patronymic(w: str) -> bool:
    return bool(word_info(w)["patr"] or _PATRONYMIC_END.search(w.lower()))


def _patronymic_only(w: str) -> bool:
    """A patronymic that is no surname: pymorphy3 reads it (or guesses an unknown Kazakh one,
    Кемелевич) as Patr and its dictionary knows no surname of that form (Абрамович is both)."""
    return any("Patr" in p.tag.grammemes for p in parses(w)[:2]) and not word_info(w)["surn"]


def _preposition(w: str) -> bool:
    """A word the dictionary reads first as a preposition (Из, also a name's plural genitive)."""
    ps = parses(w)
    return bool(ps) and ps[0].tag.POS == "PREP"


def _particle(w: str) -> bool:
    """A preposition, conjunction, particle, pronoun, interjection or numeral."""
    ps = parses(w)
    return bool(ps) and ps[0].tag.POS in {"PREP", "CONJ", "PRCL", "NPRO", "INTJ", "NUMR"}


def _compound_adjective(w: str) -> bool:
    """A hyphenated adjective or place (Северо-Казахстанской, Алма-Атинской, Кызыл-Ординской,
    Жезказган-Улытауского, Усть-Каменогорска), never a surname: first parts in -о or -е before an
    adjective the dictionary knows, or first parts with no surname's ending before a place's name or
    an adjective in -ский. (Ахметова-Ким, Петрово-Соловово, Семёнов-Тян-Шанский are surnames.)"""
    *first, last = w.lower().split("-")
    if not first:
        return False
    if all(p.endswith(("о", "е")) for p in first) and any(
            is_dictionary(p) and p.tag.POS == "ADJF" and "Surn" not in p.tag.grammemes for p in parses(last)[:2]):
        return True
    return not any(looks_like_surname(p) for p in first) and (
        _PLACE_ADJECTIVE.search(last) is not None or any(is_dictionary(p) and "Geox" in p.tag.grammemes
                                                        for p in parses(last)[:2]))


def _place_word(w: str) -> bool:
    """A hyphenated adjective or place, a city of kazakh_cities in a case form (Усть-Каменогорска,
    Кызылорды), or a country's Kazakh name (Қазақстан): never a surname."""
    return _compound_adjective(w) or russian_city_form(w) or country_name(w)


# an adjective's ending made from a place's name (-атинской, -ординского, -улытауская)
_PLACE_ADJECTIVE = re.compile(r"[сц]к(?:ий|ая|ое|ие|ого|ой|ому|ым|ом|ую|их|ими|ых)$")


def _adjective_of_next_noun(tokens: list[Token], k: int) -> bool:
    """Token k is an adjective agreeing with the lowercase noun right after it, a place's or a body's
    name («Аким Павлодарской области», «Ассамблеи Кызылординской области»), never a surname; a
    surname the dictionary knows (Сокольскому) is left alone."""
    if k + 1 >= len(tokens) or word_info(tokens[k].text)["surn"]:
        return False
    noun = tokens[k + 1]
    if not noun.is_word or noun.is_cap or noun.start - tokens[k].end != 1 or word_info(noun.text)["function"]:
        return False  # «с Ерланом Кариным и …»: the dictionary's noun «и» (an abbreviation) is the conjunction
    last = tokens[k].text.lower().rsplit("-", 1)[-1]
    forms = {(p.tag.gender, p.tag.number, p.tag.case) for p in parses(last)[:6] if p.tag.POS == "ADJF"}
    return any(p.tag.POS == "NOUN" and is_dictionary(p) and (p.tag.gender, p.tag.number, p.tag.case) in forms
               for p in parses(noun.text))


def _last_ok(w: str) -> bool:
    if len(w) < 2 or (w.isupper() and len(w) > 1) or _place_word(w):
        return False
    info = word_info(w)
    if info["surn"]:
        return True
    if info["geo"] or info["function"]:
        return False
    if info["common"] and not looks_like_surname(w):
        return False
    return True


_LOCATIVE_PREPOSITIONS = frozenset("о об обо при в во на по".split())
_PREP_REACH = 8  # words between a preposition and its name: «о главном раввине Казахстана Ешае Когене»


def _make_full(tokens, i, j, given: list[str], last: str, middle: str | None = None,
               fathers: bool = False) -> _Cand:
    """`fathers`: the given name is a father's in the Mongolian genitive (Хурметбекийн Ербол), which
    tells nothing of the person's case or gender (the dictionary guesses at such a word)."""
    first = given[0]
    initials = "".join(g[0].upper() + "." for g in given)
    readings = surname_readings(last)
    if not fathers and _womans_given(first) and all(r.gender == "m" for r in readings):
        # a woman's surname with no woman's form is hers undeclined (Ольга Литвин, Ukrainian and
        # Belarusian -ин, -ов): read only as a man's, her name agreed with no reading and she became a man
        readings += (Reading(last, "f", ALL),)
    gender = None
    cases = None
    # a locative follows its preposition («о Ешае Когене»): without one, a given name in -е read as a
    # locative is the dative of a name in -а/-я (the dictionary guesses Ешае as Ешай's; it is Ешая's)
    locative = any(tokens[k].text.lower() in _LOCATIVE_PREPOSITIONS for k in range(max(0, i - _PREP_REACH), i))
    for g in [] if fathers else given:
        gp = [q for q in parses(g.split("-")[0]) if {"Name", "Patr"} & q.tag.grammemes]
        # a reading the surname cannot agree with is the dictionary's guess at a foreign name
        # (Сауле read as the locative of Саул beside the nominative Жумабекова): no evidence
        gp = [q for q in gp if any(_agrees(q, r) for r in readings)]
        if gp:
            gs = {q.tag.gender for q in gp}
            if gs == {"femn"}:
                gender = "f"
            elif gs == {"masc"}:
                gender = "m"
            cs = frozenset("datv" if q.tag.case == "loct" and not locative else q.tag.case for q in gp)
            cases = cs if cases is None else (cases & cs or cases)
    c = _Cand(i, j, "full", initials, j - 1, readings, gender=gender, cases=cases)
    c.oblique_given = not fathers and _oblique_given(given[0], readings)
    c.full_nom = first  # completed in _finish with the chosen nominative
    return c


def _womans_given(given: str) -> bool:
    """The dictionary reads the given name only as a woman's (Ольга, Оксана)."""
    return {p.tag.gender for p in parses(given.split("-")[0]) if is_dictionary(p) and "Name" in p.tag.grammemes} \
        == {"femn"}


def _oblique_given(given: str, readings: tuple[Reading, ...]) -> bool:
    """The dictionary reads the given name only as a name, and only in an oblique case a surname
    reading agrees with (Томаша, Ольге); a guessed reading tells nothing (Kazakh names the dictionary
    lacks), nor does a word that is also another word (Ай Ли: an interjection)."""
    ps = parses(given.split("-")[0])
    if not ps or not all(is_dictionary(q) and {"Name", "Patr"} & q.tag.grammemes for q in ps):
        return False
    gp = [q for q in ps if any(_agrees(q, r) for r in readings)]
    return bool(gp) and not any(q.tag.case == "nomn" for q in gp)


def _agrees(name_parse, reading: Reading) -> bool:
    """A given name's (or patronymic's) reading and a surname reading can be one person's case form."""
    gender = {"masc": "m", "femn": "f"}.get(name_parse.tag.gender)
    return reading.gender in (None, gender) and name_parse.tag.case in reading.cases


# ---------------------------------------------------------------- Kazakh and English

_KK_GENITIVE = frozenset({"gent"})  # a Kazakh name's case: Тоқаевтың, Қариннің


# Kazakh cases a surname of any shape may take (Шмидт-тің, Миллер-ге, Иваненко-мен): not the
# accusative's and locative's -ды/-ді, -да/-де, which end nominatives too (Тілеуберді).
_KK_NAME_CASES = frozenset("тың тің дың дің ның нің ға ге қа ке дан ден тан тен нан нен мен бен пен".split())
_KK_NAME_MIN_STEM = 4  # Ньюмен, Жордан: a shorter stem is as often a whole name


@lru_cache(maxsize=8192)  # a pure function of the word, asked for every pair of capitalised words in Kazakh text
def _kk_strip(word: str) -> tuple[str, bool]:
    """(stem, had a case ending): Тоқаевтың -> Тоқаев; any other surname where the ending suits
    the stem's last sound and vowels: Шмидттің -> Шмидт, Иваненконың -> Иваненко."""
    low = word.lower()
    if russian_patronymic_gender(word):
        return word, False  # Викторовна is no Викторов with the dative's -на
    for suf in KK_SUFFIXES:
        if len(suf) >= 2 and low.endswith(suf):
            stem = word[: -len(suf)]
            if re.search(r"(ов|ев|ин|ын|ова|ева|ина|ұлы|улы|қызы|кызы)$", stem.lower()) and len(stem) >= 4:
                return stem, True
    if low.endswith("ды") and bai_surname(word[:-2]):
        # Тойшыбайды: a surname in -бай takes the accusative (not in _KK_NAME_CASES, as Тілеуберді ends so) and
        # no name ends in -байды
        return word[:-2], True
    if low.endswith(KAZAKH_STEM_ENDS):
        return word, False  # Қазақстан is no Қазақс-тан
    for stem, ending in kazakh_cuts(low):
        if ending in _KK_NAME_CASES and len(stem) >= _KK_NAME_MIN_STEM and harmonious_ending(stem, ending):
            return word[: len(stem)], True
    return word, False


def _short_surnames_in_case(cands: list[_Cand]) -> None:
    """A short surname with a Kazakh case ending («Ю. Кимнің», «В. Цойға», «Г. Лидің») is the person
    the document also names in the nominative with the same initials (Ю. Ким): a stem under
    _KK_NAME_MIN_STEM is taken off only where that person is there, as alone it is as often a
    whole name."""
    named = {(c.initials, c.readings[0].nom) for c in cands if c.readings and c.readings[0].cases == NOM}
    for c in cands:
        if not c.readings or c.readings[0].cases != NOM:
            continue
        word = c.readings[0].nom
        for ending in _KK_NAME_CASES:
            stem = word[:-len(ending)]
            if word.lower().endswith(ending) and 2 <= len(stem) < _KK_NAME_MIN_STEM and (c.initials, stem) in named:
                c.readings = (Reading(stem, None, _KK_GENITIVE),)
                break


def _kazakh(tokens: list[Token], sids: list[int], records: frozenset[int] = frozenset()) -> list[_Cand]:
    """The candidates of Kazakh text. `records`: where a protocol's records open (_record_starts)."""
    n = len(tokens)
    cands: list[_Cand] = []
    i = 0
    while i < n:
        got = _initials_at(tokens, i)
        if got:
            inits, k = got
            label = _capitals_label(tokens, sids, i, k)
            if k < n and not label and tokens[k].start - tokens[k - 1].end <= 1 \
                    and (gender := patronymic_after(tokens, k)):
                cands.append(_patronymic_cand(tokens, i, k + 2, inits, k, gender))  # «А. ЕСЕНБАЙ ҚЫЗЫ»
                i = k + 2
                continue
            before_father = i - 2 if i >= 2 and tokens[i].start - tokens[i - 1].end == 1 else -1
            if before_father >= 0 and (not cands or cands[-1].j <= before_father) \
                    and (gender := patronymic_after(tokens, before_father)):
                cands.append(_patronymic_cand(tokens, before_father, k, inits, before_father, gender))  # «ЕСЕНБАЙ ҚЫЗЫ А.»
                i = k
                continue
            if k < n and tokens[k].is_word and tokens[k].is_cap and tokens[k].start - tokens[k - 1].end <= 1 \
                    and not label:
                # a signature's surname in capitals («С. АХМЕТОВ») as a sentence writes it: one person, one name
                stem, inflected = _kk_strip(_untitled(tokens[k].text))
                c = _Cand(i, k + 1, "initials", inits, k, (Reading(stem, None, _KK_GENITIVE if inflected else NOM),))
                cands.append(c)
                i = k + 1
                continue
            # reversed, as transcripts label their turns: «Тоқаев Қ.К.: …», «Тұяқбай Ж.: …»; a surname
            # before one initial too, as a letter's executor line writes it («Орынд.: Сәрсенова Ә., тел. …»)
            before = tokens[i - 1] if i > 0 else None
            if before is not None and before.is_word and before.is_cap and len(before.text) > 1 \
                    and before.text.lower() not in KAZAKH_PATRONYMIC_WORDS and tokens[i].start - before.end == 1 and (not cands or cands[-1].j < i) \
                    and (label or _opens_label(tokens, sids, i - 1, k)
                         or inits.count(".") >= 2 and _kazakh_surname_before_initials(before, records)
                         or looks_like_surname(before.text) and (k >= n or not tokens[k].is_cap)):
                cands.append(_Cand(i - 1, k, "initials", inits, i - 1, (Reading(_untitled(before.text), None, NOM),)))
                i = k
                continue
        i += 1
    _short_surnames_in_case(cands)
    taken = {x for c in cands for x in range(c.i, c.j)}
    # «…», – деді Мұхтар Шаханов.; Ерлан Қариннің айтуынша, …
    for name in attribution_names(tokens, sids) + according_names(tokens, sids):
        if not taken.intersection(range(name.start, name.end)):
            cands.append(_kazakh_cand(tokens, name))
    # a list's «Сәрсенбаев Ерлан Қайратұлы» (list_rows) before narration would take «Ерлан Қайратұлы»
    # for a given name and surname
    cands.extend(_kazakh_cand(tokens, name)
                 for name in kazakh_row_names(tokens, sids, {x for c in cands for x in range(c.i, c.j)}, _kk_strip))
    cands.extend(_kazakh_narration(tokens, sids, cands))
    for c in cands:
        # a Ukrainian sentence is read by these rules (its і): «Тараса Шевченка» is Т. Шевченко
        ko = ukrainian_ko_nominative(c.readings[0].nom) if c.readings else None
        if ko is not None:
            c.readings = (Reading(ko[0], "m", ko[1]),)
    return sorted(cands, key=_cand_start)


def _patronymic_cand(tokens: list[Token], i: int, j: int, inits: str, father: int, gender: str) -> _Cand:
    """The candidate of a surname written as a father's name and «қызы»/«ұлы» apart, from token i to
    j: one surname, joined (kazakh_patronymic_words), which declines in no language."""
    surname = joined_surname(tokens[father].text, tokens[father + 1].text)
    return _Cand(i, j, "initials", inits, father, (Reading(surname, gender, ALL),), gender=gender)


def _kazakh_surname_before_initials(before: Token, records: frozenset[int]) -> bool:
    """The word before two initials is their surname, as a Kazakh protocol writes «Тоқтаров Н.Е.»: a
    surname's ending, a short surname the Russian rules know too (Ким, Тен, Пак, Цой: no ending tells
    them), or any word opening a protocol's record («Шмидт А.Ф. – …») or listed beside another name
    («Қатысқандар: …, Югай С.П.»)."""
    return looks_like_surname(before.text) or fold(before.text) in SHORT_SURNAMES or before.start in records


def _kazakh_cand(tokens: list[Token], name: KazakhName) -> _Cand:
    """The candidate of a Kazakh full name the Kazakh rules read (its nominative and gender as they tell)."""
    inits = "".join(tokens[g].text[0].upper() + "." for g in name.given)
    reading = Reading(name.nominative, name.gender, _KK_GENITIVE if name.genitive else NOM)
    return _Cand(name.start, name.end, "full", inits, name.surname, (reading,), gender=name.gender)


def _kazakh_narration(tokens: list[Token], sids: list[int], cands: list[_Cand]) -> list[_Cand]:
    """The full names of Kazakh narration («суретші Гүлнар Нұрбекқызы қатысты») the rules above
    did not take: kazakh_narration_names."""
    taken = {x for c in cands for x in range(c.i, c.j)}
    return [_kazakh_cand(tokens, name) for name in narration_names(tokens, sids, taken, _kk_strip)]


def _english(tokens: list[Token], sids: list[int], in_alias: set[int] = frozenset()) -> list[_Cand]:
    n = len(tokens)
    cands: list[_Cand] = []
    used = [False] * n
    i = 0
    while i < n:
        # a two-letter initial too: a signature's «Kassymova Sh.» over its post («Deputy Chairman») is no «Sh. Deputy»
        got = _initials_at(tokens, i) or _latin_digraph_initials(tokens, i)
        surname = _latin_entry_surname(tokens, sids, i, used) if got else None
        if surname is not None:
            # a bibliography's «Kadyrova G.T. Polyethnicity as a resource»: the surname opening the row is theirs
            cands.append(_Cand(surname, got[1], "initials", got[0], surname, (Reading(tokens[surname].text, None, ALL),)))
            for x in range(surname, got[1]):
                used[x] = True
            i = got[1]
            continue
        if got and got[0] == _EXCELLENCY or got and got[1] < n and tokens[got[1]].text.lower() in _EN_PERSON_TITLES:
            i = got[1]  # «H.E. Mr. Kairat Umarov»: an honorific and a title, no initials of a person named «Mr»
            continue
        if got and got[1] < n and tokens[got[1]].is_word and tokens[got[1]].is_cap and _latin_name(tokens[got[1]].text):
            inits, k = got
            cands.append(_Cand(i, k + 1, "initials", inits, k, (Reading(without_possessive(tokens[k].text), None, ALL),)))
            for x in range(i, k + 1):
                used[x] = True
            i = k + 1
            continue
        if got and (surname := _latin_label_surname(tokens, sids, i, got[1], used)) is not None:
            # «Executor: Kim E., tel. …»: the surname before its initials, as a letter's executor line writes it
            cands.append(_Cand(surname, got[1], "initials", got[0], surname, (Reading(tokens[surname].text, None, ALL),)))
            for x in range(surname, got[1]):
                used[x] = True
            i = got[1]
            continue
        i += 1
    cands.extend(_latin_with_patronymic(tokens, used, in_alias))
    cands.extend(_latin_titled_three(tokens, sids, used, in_alias))
    for i in range(n - 1):
        a, b = tokens[i], tokens[i + 1]
        if used[i] or used[i + 1] or i in in_alias or i + 1 in in_alias \
                or not (a.is_word and b.is_word and a.is_cap and b.is_cap):
            continue
        if _latin_patronymic_only(b.text):
            continue  # «It was Nursultan Abishevich who …»: a given name and patronymic name no surname
        if b.start - a.end != 1 or a.text.lower() in EN_STOP or b.text.lower() in EN_STOP:
            continue
        if a.text.lower() in _EN_PERSON_TITLES:
            continue  # said Chairman Karin: a title, never a given name's initial («C. Karin»)
        surname = without_possessive(b.text)  # «Yerlan Karin's report»: the name is Karin
        if a.text.isupper() or b.text.isupper() or not _latin_name(a.text) \
                or ends_place_or_body(tokens[i - 1].text if i else "", a.text, surname):
            continue  # the Akmola Region, City Hall, Abay Avenue: a place or a body
        if i + 2 < n and tokens[i + 2].is_word and tokens[i + 2].is_cap and tokens[i + 2].start - b.end == 1:
            continue  # three capitalized words: an organisation more likely
        nxt = tokens[i + 2].text if i + 2 < n else ""
        if nxt == "of" or not _reads_as_person(tokens, i):
            continue
        if surname_first(a.text, surname):  # Xi Jinping: a Chinese name is J. Xi
            cands.append(_Cand(i, i + 2, "initials", surname[0] + ".", i, (Reading(a.text, None, ALL),)))
        else:
            cands.append(_Cand(i, i + 2, "full", a.text[0] + ".", i + 1, (Reading(surname, None, ALL),)))
        used[i] = used[i + 1] = True
    cands.sort(key=lambda c: c.i)
    return cands


# a Russian patronymic (Kemelevich, Serikovna) or a Kazakh one (Sagathanuly, Serikkyzy) in Latin letters
_LATIN_PATRONYMIC = re.compile(r"(?:[oe]vich|[oe]vna|uly|kyzy|qyzy)$")


def _latin_patronymic_only(word: str) -> bool:
    """A Latin-lettered Russian patronymic that is no surname, as the Cyrillic rules read it in Russian
    letters (Abishevich, Kemelevna; Abramovich is a surname too)."""
    return _latin_name(word) and bool(re.search(r"[oe]v(?:ich|na)$", word.lower())) \
        and _patronymic_only(latin_as_cyrillic(word))


def _latin_with_patronymic(tokens: list[Token], used: list[bool], in_alias: set[int]) -> list[_Cand]:
    """Three Latin words, given name, patronymic and surname, as the Cyrillic rules read them: «Maulen
    Sagathanuly Ashimbayev» is M.S. Ashimbayev, not «S. Ashimbayev» of the last two words."""
    cands = []
    for i in range(len(tokens) - 2):
        words = tokens[i:i + 3]
        if any(used[k] or k in in_alias for k in range(i, i + 3)) \
                or not all(t.is_word and t.is_cap and not t.text.isupper() and _latin_name(t.text) for t in words) \
                or words[1].start - words[0].end != 1 or words[2].start - words[1].end != 1 \
                or words[0].text.lower() in EN_STOP or words[0].text.lower() in _EN_PERSON_TITLES \
                or not _LATIN_PATRONYMIC.search(words[1].text.lower()) or _LATIN_PATRONYMIC.search(words[2].text.lower()):
            continue
        if i + 3 < len(tokens) and tokens[i + 3].is_word and tokens[i + 3].is_cap and tokens[i + 3].start - words[2].end == 1:
            continue  # a fourth capitalized word: an organisation's name more likely
        initials = words[0].text[0] + "." + words[1].text[0] + "."
        cands.append(_Cand(i, i + 3, "full", initials, i + 2, (Reading(without_possessive(words[2].text), None, ALL),)))
        for k in range(i, i + 3):
            used[k] = True
    return cands


def _latin_titled_three(tokens: list[Token], sids: list[int], used: list[bool], in_alias: set[int]) -> list[_Cand]:
    """Three Latin words after a person's title, two given names and a surname: «Turkish President Recep
    Tayyip Erdoğan» is R.T. Erdoğan. Not in a headline's Title Case («Ambassador Karin Visits Astana»),
    where any capitalised word may follow a name."""
    cands = []
    for i in range(1, len(tokens) - 2):
        words = tokens[i:i + 3]
        if any(used[k] or k in in_alias for k in range(i, i + 3)) or not _titled(tokens, i) \
                or not all(t.is_word and t.is_cap and not t.text.isupper() and _latin_name(t.text)
                           and t.text.lower() not in EN_STOP and t.text.lower() not in _EN_PERSON_TITLES for t in words) \
                or words[1].start - words[0].end != 1 or words[2].start - words[1].end != 1 \
                or ends_place_or_body(words[0].text, words[1].text, without_possessive(words[2].text)):
            continue
        if i + 3 < len(tokens) and tokens[i + 3].is_word and tokens[i + 3].is_cap and tokens[i + 3].start - words[2].end == 1:
            continue  # a fourth capitalized word: an organisation's name more likely
        if not any(t.is_word and t.text.islower() and t.text not in EN_STOP and sid == sids[i]
                   for t, sid in zip(tokens, sids)):
            continue  # a headline in Title Case
        initials = words[0].text[0] + "." + words[1].text[0] + "."
        cands.append(_Cand(i, i + 3, "full", initials, i + 2, (Reading(without_possessive(words[2].text), None, ALL),)))
        for k in range(i, i + 3):
            used[k] = True
    return cands


def _titled(tokens: list[Token], i: int) -> bool:
    """Whether a person's title stands right before token i (Mr., President, H.E.)."""
    before = i - 1 if tokens[i - 1].text != "." else i - 2
    return before >= 0 and (tokens[before].text.lower() in _EN_PERSON_TITLES
                            or before >= 2 and f"{tokens[before - 2].text}.{tokens[before].text}." == _EXCELLENCY)


# Initials of the Kazakh and Russian letters Latin spells with two (Ж Zh, Ш Sh, Х Kh, Ч Ch, Ц Ts, Ю Yu,
# Я Ya, Е Ye): «Zh. Tuimebayev», «Sh.K. Zhaksybekov»
_LATIN_DIGRAPH_INITIALS = frozenset("Zh Sh Kh Ch Ts Yu Ya Ye".split())


def _latin_digraph_initials(tokens: list[Token], i: int) -> tuple[str, int] | None:
    """Initials starting at token i with a two-letter one («Zh.», «Sh.K.»), and the token after them."""
    if tokens[i].text not in _LATIN_DIGRAPH_INITIALS or i + 1 >= len(tokens) or tokens[i + 1].text != "." \
            or tokens[i + 1].start != tokens[i].end or i > 0 and tokens[i - 1].end == tokens[i].start:
        return None
    inits, k = tokens[i].text + ".", i + 2
    more = _initials_at(tokens, k) if k < len(tokens) and tokens[k].start == tokens[k - 1].end else None
    return (inits + more[0], more[1]) if more else (inits, k)


# the labels of a letter's lines naming a person («Executor: Kim E.», «Contact person: Sadykova A.»)
_EN_PERSON_LABELS = frozenset("executor executors performer person by author signatory responsible".split())


def _latin_label_surname(tokens: list[Token], sids: list[int], i: int, k: int, used: list[bool]) -> int | None:
    """The token of a Latin surname written before its initials (tokens i to k) right after a person's
    label and its colon, the initials ending the name («Executor: Kim E., tel. …», «Prepared by: Sadykova A.»)."""
    surname = i - 1
    if surname < 2 or used[surname] or tokens[surname - 1].text != ":" or tokens[i].start - tokens[surname].end != 1 \
            or tokens[surname - 2].text.lower() not in _EN_PERSON_LABELS:
        return None
    word = tokens[surname].text
    if not (tokens[surname].is_word and tokens[surname].is_cap and len(word) > 1 and not word.isupper()
            and _latin_name(word)) or word.lower() in EN_STOP or word.lower() in _EN_PERSON_TITLES:
        return None
    after = tokens[k] if k < len(tokens) else None
    return surname if after is None or not (after.is_word and after.is_cap) else None


def _latin_name(word: str) -> bool:
    """Whether a word is spelled in the English rules' Latin letters: any Latin ones, marked too (António,
    Erdoğan, the 2018 Kazakh Áshimbaev), with Uzbek's apostrophes (Toʻxtayev); never Cyrillic ones."""
    return latin_script(word)


def _latin_entry_surname(tokens: list[Token], sids: list[int], i: int, used: list[bool]) -> int | None:
    """The token of a Latin surname opening its row right before the initials at token i («10. Kadyrova
    G.T. …», «Kadyrova, G.T. …»), unless the word after the initials is a surname itself."""
    surname = _comma_row_surname(tokens, i)
    if surname is None:
        surname = i - 1
        if surname < 0 or tokens[i].start - tokens[surname].end != 1:
            return None
    word = tokens[surname].text
    if used[surname] or not (tokens[surname].is_word and tokens[surname].is_cap and _latin_name(word)) \
            or not _LATIN_SURNAME.search(word.lower()) \
            or not (surname == 0 or sids[surname - 1] != sids[surname] or _numbering(tokens, sids, surname)):
        return None
    k = (_initials_at(tokens, i) or _latin_digraph_initials(tokens, i))[1]
    after = tokens[k].text if k < len(tokens) else ""
    return None if _LATIN_SURNAME.search(after.lower()) else surname


# Surname endings of the names Kazakh, Russian and their neighbours' documents write in Latin
# letters (Sadykov, Karimova, Seitkazina, Shevchenko, Zhaksybekuly); `-in` after a consonant only
# (Putin, not Britain)
# (and the 2018 Kazakh Latin's: Áshimbaev, Tóleuuly, Qyzy written with ı in 2021's: Sagathanulı)
_LATIN_SURNAME = re.compile(r"(?:[^aeiouy](?:ov|ova|ev|eva|in|ina|yn|yna)|yev|yeva|aev|aeva|sky|skiy|skaya|enko|chuk|yan|"
                            r"yants|shvili|dze|uly|ulı|kyzy|qyzy|qyzı|bek|bekov|bekova|ovich|evich|ovna|evna)$")
# words before a name that make it a person's: Mr. Smith, President Ramos-Horta
# (and the clergy's: Metropolitan Alexander, Pope Francis, Chief Rabbi Yeshaya Cohen; «Metropolitan» is no
# given name's initial, «M. Alexander»)
_EN_PERSON_TITLES = frozenset("""mr mrs ms dr prof professor sir madam president minister ambassador senator
    deputy chairman chairwoman chairperson speaker governor mayor akim secretary-general secretary director general
    mufti rabbi imam sheikh metropolitan archbishop bishop patriarch pope cardinal father reverend rev priest
    archpriest archimandrite abbot hegumen deacon pastor""".split())
# titles that also head a thing's name (Chairperson Annual Report, Keynote Speaker Award): two capitalised
# words after one are a person's only when the text names the last of them again (Speaker Nancy Pelosi ... Pelosi)
_EN_NOUN_TITLES = frozenset("speaker chairperson".split())
# «H.E.», His or Her Excellency, which diplomatic papers write before a title and a name («Statement by H.E.
# Mr. Kassym-Jomart Tokayev»): an honorific, never a person's initials
_EXCELLENCY = "H.E."


# after a name and a comma, words that open an apposition: Lena Hoffmann, a mediator from ...
_EN_APPOSITION = frozenset("a an the who head deputy chairman chairwoman director member".split())


def _reads_as_person(tokens: list[Token], i: int) -> bool:
    """Whether the two capitalized words at i in an English text are a person's name rather than a
    place's or an organisation's (New York, Hong Kong, United Nations, Great Britain): a given
    name first, a surname's ending last, a title before them, or a speech verb or an apposition
    beside them."""
    first, last = tokens[i].text, without_possessive(tokens[i + 1].text)
    if _latin_given_name(first) or _LATIN_SURNAME.search(last.lower()):
        return True
    before = i - 1 if i >= 1 and tokens[i - 1].text != "." else i - 2
    if before >= 0 and tokens[before].text.lower() in _EN_PERSON_TITLES | EN_SPEECH_NEXT:
        if tokens[before].text.lower() not in _EN_NOUN_TITLES or _named_again(tokens, i + 1):
            return True
    if before >= 2 and f"{tokens[before - 2].text}.{tokens[before].text}." == _EXCELLENCY:
        return True  # H.E. Amina Mohammed
    if before >= 2 and tokens[before].is_cap and tokens[before - 1].text == "of" \
            and tokens[before - 2].text.lower() in _EN_PERSON_TITLES:
        return True  # a title of a place or a body, then the name: Chief Rabbi of Kazakhstan Yeshaya Cohen
    after = tokens[i + 2].text.lower() if i + 2 < len(tokens) else ""
    return after in EN_SPEECH_NEXT or after == "," and i + 3 < len(tokens) and tokens[i + 3].text in _EN_APPOSITION


def _named_again(tokens: list[Token], k: int) -> bool:
    """Whether the word at k (a surname, its possessive aside) stands elsewhere in the text too."""
    word = without_possessive(tokens[k].text)
    return any(j != k and without_possessive(t.text) == word for j, t in enumerate(tokens))


@lru_cache(maxsize=10_000)
def _latin_given_name(word: str) -> bool:
    """A given name the dictionary knows, read in Cyrillic (Marat, Stefan, Alexander, Maria)."""
    cyrillic = latin_as_cyrillic(word)
    return bool(cyrillic) and any(is_dictionary(p) and "Name" in p.tag.grammemes for p in parses(cyrillic))


# ---------------------------------------------------------------- resolution

def _evidence(tokens: list[Token], sids: list[int], c: _Cand, alias_tokens: set[int]) -> None:
    """Gender and case evidence from the context of a Russian mention."""
    n = len(tokens)
    if _opens_label(tokens, sids, c.i, c.j):
        # a name opening a sentence before a colon labels what it says: «Жумабекова С.: ...»
        c.cases = NOM
        return
    if _before_mailbox(tokens, c.j) or c.j < n and tokens[c.j].text in QUOTE_MARKS and _before_mailbox(tokens, c.j + 1):
        # a mailbox's display name, however a reply's attribution line leads to it («ср, 10 апр. 2019 г. в 16:20,
        # Жанар Омарова <zhanar@…>:»): no preposition or verb before it governs it
        c.cases = NOM
        return
    # right: ", которая", or the next verb
    k = c.j
    if k + 1 < n and tokens[k].text == ",":
        w = tokens[k + 1].text.lower()
        if w in _REL_F:
            c.gender = c.gender or "f"
        elif w in _REL_M:
            c.gender = c.gender or "m"
    k = c.j
    # skip one comma-delimited insertion (", приехавший на форум из Астаны,")
    if k < n and tokens[k].text == ",":
        m = k + 1
        while m < n and tokens[m].text not in ",.!?;:" and m - k < 25:
            m += 1
        if m < n and tokens[m].text == ",":
            k2 = m + 1
        else:
            k2 = k
    else:
        k2 = k
    before_verb = (c.gender, c.cases)  # what the name itself said, before the verb after it
    verb_after = False
    for kk in (k, k2):
        if kk < n and tokens[kk].is_word and sids[kk] == sids[c.i]:
            v = verb_info(tokens[kk].text)
            if v and v[3] == "fin":
                lemma, gender, number, _ = v
                if number == "sing" and gender in ("masc", "femn") and c.gender is None:
                    c.gender = "m" if gender == "masc" else "f"
                    c.cases = NOM if c.cases is None else (c.cases & NOM or c.cases)
                    verb_after = True
                break
    if _after_named_after_word(tokens, c.i):
        # «В библиотеке имени С. Муканова прошла встреча»: «имени» governs the genitive, so the verb after it
        # has another subject (встреча) and says nothing of the name's gender
        c.gender, c.cases = before_verb
        c.cases = GENITIVE if c.cases is None else (c.cases & GENITIVE or c.cases)
        return
    # left: an adjacent verb (сказала Г.Мусина, убеждена Г.Ахметова), a preposition, or the role
    # noun in apposition
    k = c.i - 1
    # a town the dictionary reads as a verb's form (Жанаозена: a short participle) is no predicate
    # of the name after it: «акима Жанаозена Ерлана Ахметова»
    verb_left = k >= 0 and tokens[k].is_word and not (tokens[k].is_cap and place_in_name_run(tokens, k))
    if verb_left and _governs_accusative(tokens[k].text) \
            and any("accs" in r.cases for r in c.readings):
        c.cases = ACCUSATIVE if c.cases is None else (c.cases & ACCUSATIVE or c.cases)
        return  # the verb's object, not its subject: «Благодарю Бекову А.М.», «поблагодарил Бекову»
    v = predicate(tokens[k].text) if verb_left else None
    if (v is not None and k >= 1 and sids[k - 1] == sids[k] and tokens[k - 1].text.lower() in _SUBJECT_PRONOUNS
            and any(r.cases & NOM for r in c.readings) and any(r.cases - NOM for r in c.readings)):
        # «Она процитировала К.К. Токаева»: the verb has its subject, the name is its object, not
        # a woman Токаева (a form read in either case is left to the verb's gender, as before)
        c.cases = ALL - NOM if c.cases is None else (c.cases - NOM or c.cases)
        return
    if v is not None and v[1] == "sing":
        quoted = attributes_a_quote(tokens, sids, k) or v[0] is None and _as_says(tokens, sids, k)
        if quoted:
            # «…», — считает Г. Ахметова: the verb introducing a quote has the name as its subject
            c.cases = NOM if c.cases is None else (c.cases & NOM or c.cases)
        if v[0] in ("masc", "femn"):
            c.gender = c.gender or ("m" if v[0] == "masc" else "f")
            return
        if quoted:
            return
    chain, prep, verb_before = _role_chain(tokens, sids, c.i - 1, c.i)
    if chain and prep is None and verb_before is None and _wrapped_line(tokens, sids, chain[0]):
        # a signature's post wrapped over two lines, «Заместитель Председателя» over «Ассамблеи народа
        # Казахстана      Д. Шаженова»: the role's head is on the line above
        above, prep, verb_before = _role_chain(tokens, sids, chain[0] - 1, chain[0] - 1)
        chain = above + chain
    if chain and _signs_for_another(tokens, sids, c, chain):
        c.cases = NOM if c.cases is None else (c.cases & NOM or c.cases)
        return
    if prep in _ROLE_PREPOSITIONS and chain:
        # "посол Республики Казахстан в Турции А.Сауранбаев": the role before its place or field
        outer, outer_prep, outer_verb = _role_chain(tokens, sids, chain[0] - 2, c.i)
        if _role_head(tokens, outer) is not None:
            chain, prep, verb_before = outer, outer_prep, outer_verb
    nouns = [(k, nc[0], nc[1]) for k in chain if (nc := noun_cases(tokens[k].text)) is not None]
    has_noun = bool(nouns)
    if chain and noun_cases(tokens[chain[0]].text) is None:
        # a substantivized participle or adjective heads the role: заведующий секретариатом
        # (singular, as one person is: «благодарственные письма Ешае Когену» is no role)
        ps = [q for q in parses(tokens[chain[0]].text)[:4] if q.tag.POS in ("PRTF", "ADJF") and q.tag.case
              and q.tag.number != "plur"]
        if ps:
            c.cases = frozenset(q.tag.case for q in ps) if c.cases is None else c.cases
            return
    head = _role_head(tokens, chain)
    head_cases = None
    if head is not None:
        k, head_cases = head
        low = tokens[k].text.lower()
        if (_FEM_ROLES.search(low) or low in ("гостьей", "гостья")) and any(
                q.tag.gender == "femn" for q in parses(low)[:1]):
            c.gender = c.gender or "f"
        if k == nouns[0][0] and "nomn" in head_cases and _subject_verb(verb_before):
            # отметила председатель Совета Н.Дементьева: the role and the name are the verb's
            # subject, so the name is nominative and the verb tells the person's gender
            head_cases = NOM
            c.gender = c.gender or ("m" if verb_before[1] == "masc" else "f")
        elif verb_after and not head_cases & NOM and any(r.cases & head_cases for r in c.readings):
            # «под председательством Президента Республики Казахстан Н.А. Назарбаева прошла сессия»:
            # the role governs the name, so the verb after it has another subject (сессия)
            c.gender, c.cases = before_verb
    if head_cases is None and has_noun:
        head_cases = frozenset({"gent"})  # a complement: под руководством Г.Бековой
    if head_cases is None and prep and not chain:
        head_cases = frozenset(_PREP_CASES[prep])
    if head_cases:
        c.cases = head_cases if c.cases is None else (c.cases & head_cases or c.cases)
    elif not chain and prep is None and _nominative_slot(tokens, sids, c.i):
        # nothing governs the name: «Ответственная – Г. Ахметова.» is her nominative, not his genitive;
        # after a label's colon or dash, so is «Дизайн: Алия Мусина», which the dictionary reads as Алий
        # Мусин's genitive too (at a sentence's start «Ерлана Карина наградили» is an object)
        labelled = c.i > 0 and tokens[c.i - 1].text in (":", "–", "—", "-")
        c.cases = NOM if c.cases is None else (c.cases & NOM or c.cases) if labelled else c.cases
    # директор центра «Қоғамдық келісім» Л. Иванова, ОО "Татарский центр" Б.Б. Галиева
    after_quoted_name = c.i > 0 and closes_quote(tokens, c.i - 1)
    # a title in an oblique case before the name is the verb's object, and the name in apposition
    # to it: «Она процитировала Главу государства К.К. Токаева», «поблагодарила Президента К.К.
    # Токаева»; not after a quote, where the verb's subject follows it («…», — процитировал Главу
    # государства Т. Ибрагимов)
    object_title = (head is not None and prep is None and bool(head[1] & _OBJECT_CASES) and not head[1] & NOM
                    and word_info(tokens[head[0]].text)["common"]  # a title, not another's name («Т. Ибрагимову»)
                    and verb_before is not None and not attributes_a_quote(tokens, sids, chain[0] - 1))
    if (chain or after_quoted_name) and not (c.cases and c.cases & NOM) and not object_title and (
            said := _speech_verb_before(tokens, sids, c.i)):
        # «…», — сказал в интервью Е. Маратов / сказала в беседе с корреспондентом Г. Ахметова /
        # выступил с докладом Е. Маратов: a phrase between the speech verb and the name governs no
        # name; the name is the verb's subject where it reads in the nominative in the verb's gender
        gender = {"masc": "m", "femn": "f"}.get(said[0] or "")
        if said[1] != "plur" and any("nomn" in r.cases and (gender is None or r.gender in (gender, None))
                                     for r in c.readings):
            c.cases = NOM
            c.gender = c.gender or gender


def _as_says(tokens: list[Token], sids: list[int], k: int) -> bool:
    """The verb at k (in the present: no gender) follows a «как» opening its clause, an adverb or two
    between them: «Как справедливо отмечает С.Б. Мукушева, …», «…, как пишет Г. Ахметова»: the name
    after it is its subject, in the nominative (a woman's «Мукушева», not a man's genitive)."""
    k -= 1
    while k >= 0 and sids[k] == sids[k + 1] and tokens[k].is_word and tokens[k].text.lower() != "как" \
            and adverb(tokens[k].text):
        k -= 1
    return (k >= 0 and sids[k] == sids[k + 1] and tokens[k].text.lower() == "как"
            and (k == 0 or sids[k - 1] != sids[k] or tokens[k - 1].text in _CLAUSE_OPENERS))


_CLAUSE_OPENERS = frozenset((",", ";", ":", "(", "–", "—", "-"))
ACCUSATIVE = frozenset({"accs"})
GENITIVE = frozenset({"gent"})
_OBJECT_CASES = frozenset({"accs", "gent"})  # a verb's object: «процитировала Главу государства»
_SUBJECT_PRONOUNS = frozenset(("он", "она"))  # a verb's subject before it: «Она процитировала …»


@lru_cache(maxsize=10_000)
def _governs_accusative(word: str) -> bool:
    ps = parses(word)
    return bool(ps) and ps[0].tag.POS in ("VERB", "INFN") and ps[0].normal_form in _ACCUSATIVE_VERBS


def _speech_verb_before(tokens: list[Token], sids: list[int], i: int) -> tuple[str | None, str | None] | None:
    """(gender, number) of a speech verb, or of any verb attributing a quote («…», — улыбнулась),
    when only a few words (names in other cases among them: сказал Т. Ибрагимову Е. Маратов), no
    preposition right before the name, stand between it and the name at token i."""
    if i < 1 or tokens[i - 1].text.lower() in _PREP_CASES:
        return None  # «спросила у С. Жумабаева»: the preposition's own name
    for k in range(i - 1, max(-1, i - 12), -1):
        t = tokens[k]
        if sids[k] != sids[i] or not (t.is_word or t.text in QUOTE_MARKS
                                      or t.text == "." and k and is_initial(tokens, k - 1)):
            return None
        if t.is_word and (said := predicate(t.text)) is not None:
            return said if attributes_a_quote(tokens, sids, k) or speech_verb(t.text) else None
        if t.text.lower() in _KK_SAID and attributes_a_quote(tokens, sids, k):
            return None, None  # «…», – деді Ассамблея төрағасының орынбасары Ерлан Қарин (in a Russian text too)
    return None


_KK_SAID = frozenset(("деді", "деди", "айтты", "dedı", "dedi"))  # деди: typed on a Russian keyboard


def _nominative_slot(tokens: list[Token], sids: list[int], i: int) -> bool:
    """Token i opens a sentence or a list item, or follows a dash, a colon or a letter's closing
    formula («С уважением, Г. Ахметова»): where a name stands in the nominative unless a word governs it."""
    return i == 0 or sids[i - 1] != sids[i] or tokens[i - 1].text in ("–", "—", "-", ":") \
        or after_valediction(tokens, sids, i)


def _signs_for_another(tokens: list[Token], sids: list[int], c: _Cand, chain: list[int]) -> bool:
    """The name closes its sentence after a post held for another whose marker opens the sentence
    («И.о. Руководителя Секретариата А. Сапарина», «За Руководителя …»): a signature, whose post is
    the marker's genitive and whose name is in the nominative (acting_posts). Mid-sentence «за
    Председателя … Назарбаева проголосовали» is the preposition's object."""
    marker = acting_marker(tokens, chain[0])
    return marker is not None and _nominative_slot(tokens, sids, marker) \
        and (c.j >= len(tokens) or sids[c.j] != sids[c.j - 1])


def _wrapped_line(tokens: list[Token], sids: list[int], k: int) -> bool:
    """Token k opens its sentence right after a word, with no stop between: the line before broke off
    mid-phrase (a paragraph of its own, a post's first line), and its phrase runs on at token k."""
    return k > 0 and sids[k - 1] != sids[k] and tokens[k - 1].is_word and tokens[k].is_word


# a pronoun between a verb and the role after it: заверил его аким, сказал им председатель
_OBJECT_PRONOUNS = frozenset("его ее её их ему ей им нам вам нас вас мне меня".split())
# a role's place or field between it and the name: посол в Турции, представитель при ..., советник по ...
_ROLE_PREPOSITIONS = frozenset("в во при по".split())


def _role_chain(tokens: list[Token], sids: list[int], k: int,
                name: int) -> tuple[list[int], str | None, tuple | None]:
    """The words of the role before a name, walking left from token k (to a verb, a conjunction
    or a preposition), in order, and the preposition or the finite verb that stopped the walk
    (отметила председатель ...)."""
    chain: list[int] = []
    while k >= 0 and sids[k] == sids[name] and len(chain) < 12:
        t = tokens[k]
        if t.text in "-–—" and chain:
            k -= 1
            continue
        if not t.is_word:
            break
        low = t.text.lower()
        if low in _PREP_CASES:
            chain.reverse()
            return chain, low, None
        if low == "и" and chain and _coordinated_fields(tokens, k, chain[-1]):
            k -= 1
            continue  # министр культуры и информации: one post's two fields, not two phrases
        if low in ("и", "или", "а", "но", "что", "как"):
            break
        if low in _OBJECT_PRONOUNS and chain:
            k -= 1
            continue  # заверил его аким района: the verb's object (or a possessive) is no part of the role
        v = verb_info(t.text)
        if v and v[3] in ("fin", "infn", "grnd"):
            chain.reverse()
            return chain, None, v
        chain.append(k)
        k -= 1
    chain.reverse()
    return chain, None, None


def _coordinated_fields(tokens: list[Token], k: int, right: int) -> bool:
    """«и» at k joins two genitive complements of one post (культуры и спорта, информации и
    общественного развития): an inanimate noun before it, a genitive word after it; between two
    persons (директора и председателя) it joins two people."""
    if k < 1 or not tokens[k - 1].is_word:
        return False
    left = noun_cases(tokens[k - 1].text)
    if left is None or left[0] or not _may_be_genitive(tokens[k - 1].text):
        return False
    after = noun_cases(tokens[right].text)
    if after is not None:
        return not after[0] and _may_be_genitive(tokens[right].text)
    return any(p.tag.POS == "ADJF" and p.tag.case == "gent" for p in parses(tokens[right].text)[:4])


def _role_head(tokens: list[Token], chain: list[int]) -> tuple[int, frozenset[str]] | None:
    """(token, cases) of the role's head: the leftmost animate noun followed only by possible
    genitive complements (in either number: Совета матерей) or proper names in apposition
    (Республики Казахстан, города Нур-Султан)."""
    nouns = [(k, nc[0], nc[1]) for k in chain if (nc := noun_cases(tokens[k].text)) is not None]
    for idx, (k, anim, cases) in enumerate(nouns):
        if anim and all("gent" in cs or _may_be_genitive(tokens[j].text) or _place_name(tokens, j)
                        for j, _, cs in nouns[idx + 1:]):
            return k, cases
    return None


def _place_name(tokens: list[Token], j: int) -> bool:
    """A capitalized place or organization name, which keeps its nominative in apposition, or a town
    the dictionary does not know that a name's rules read as a place («акима Жанаозена Ерлана …»)."""
    t = tokens[j]
    return t.is_cap and (word_info(t.text)["geo"] or place_in_name_run(tokens, j))


def _may_be_genitive(word: str) -> bool:
    """A noun that can be a genitive complement in either number: Совета матерей, союза ветеранов
    (noun_cases leaves out an animate noun's plural, which never heads one person's name)."""
    return any(p.tag.case == "gent" for p in parses(word) if is_dictionary(p) and p.tag.POS == "NOUN")


def _subject_verb(v: tuple | None) -> bool:
    """A finite singular verb with a gender: the one that can have a single person as subject."""
    return bool(v) and v[3] == "fin" and v[2] == "sing" and v[1] in ("masc", "femn")


def _surname_first_as_written(tokens: list[Token], c: _Cand) -> None:
    """A surname written before its initials with nothing around it to tell its case («Участники:
    Ахметов С. (Шымкент), Касымова Г. (Алматы)») reads first as written, in the nominative, as a
    list names its persons: Касымова is hers, not Касымов's genitive. A governing word, a verb or a
    preposition (Благодарим Касымова Г.С.; доклад Касымова Г.С.) has told its case already, and a
    confident mention of the same person elsewhere in the text still wins (Назарбаева Н.А.)."""
    after = c.i + 2 if c.i + 1 < len(tokens) and tokens[c.i + 1].text == "," else c.i + 1  # GOST's «Кадырова, Г.Т.»
    if c.kind != "initials" or c.surname_tok != c.i or c.cases is not None or c.gender is not None \
            or not _initial_end(tokens, after):
        return
    written = _untitled(tokens[c.i].text)
    first = tuple(r for r in c.readings if r.nom == written and "nomn" in r.cases)
    if first:
        c.readings = first + tuple(r for r in c.readings if r not in first)


_HEARD_CASES = frozenset({"accs", "nomn"})


def _heard_case(text: str, tokens: list[Token], sids: list[int], c: _Cand) -> None:
    """«СЛУШАЛИ: Тугжанова Е.Л. – о… Он сообщил»: the one a protocol heard is named in the
    accusative, the head's object («Искакову Б.Т.» is Искакова's, no dative of Искаков), or in the
    nominative, as many secretaries write; the verb or the pronoun of the report tells the gender,
    and so which (Тугжанова is his accusative with «Он», her nominative with «Она»). Told nothing,
    a form read either way keeps its written form, unless a confident mention settles it."""
    c.cases = _HEARD_CASES
    c.gender = reporter_gender(text, tokens, sids, c.j)
    written = _untitled(tokens[c.i].text)
    c.readings = tuple(sorted(c.readings, key=lambda r: r.nom != written))


def _responsibility_as_written(tokens: list[Token], c: _Cand) -> None:
    """The names after a bibliography entry's « / » (its statement of responsibility: «… как ресурс /
    Г.Т. Кадырова. — Шымкент …») are in the nominative: Кадырова is hers, not Кадыров's genitive."""
    if c.kind != "initials" or c.surname_tok == c.i or c.i == 0 or tokens[c.i - 1].text != "/" \
            or c.cases is not None or c.gender is not None:
        return
    first = tuple(r for r in c.readings if "nomn" in r.cases)
    c.readings = first + tuple(r for r in c.readings if r not in first)


def _choose(c: _Cand) -> None:
    rs = list(c.readings)
    if c.gender:
        g = [r for r in rs if r.gender in (c.gender, None)]
        rs = g or rs
    if c.cases:
        g = [r for r in rs if r.cases & c.cases]
        if not c.cases & NOM:
            # an oblique case said by the context is a declined form's rather than one read as written
            # in every case: «архиепископу Томашу Пэте» is Пэта's dative, not an indeclinable Пэте
            g.sort(key=lambda r: r.cases == ALL)
        rs = g or rs
    c.chosen = rs[0]
    c.confident = len({r.nom for r in rs}) == 1


def _reading_gender(c: _Cand) -> str | None:
    """The chosen reading's gender, unless the same form reads as the other gender's too where
    the context allows: Л. Ким, А. Шмидт in the nominative may be a man or a woman (the verb
    then decides), Кима is his."""
    fits = [x for x in c.readings if c.cases is None or x.cases & c.cases]
    genders = {x.gender for x in fits if x.nom == c.chosen.nom}
    return c.chosen.gender if len(genders) == 1 else None


def _lists(tokens: list[Token], cands: list[_Cand]) -> list[list[_Cand]]:
    """Runs of mentions joined only by commas or и (депутаты С.Абдрахманов, И.Буларов, Н.Дементьева)."""
    groups: list[list[_Cand]] = []
    for c in cands:
        if groups:
            prev = groups[-1][-1]
            between = [t.text for t in tokens[prev.j:c.i]]
            if between and all(x in (",", "и") for x in between) and len(between) <= 2 or (
                    tokens[c.i - 1].text == "и" and c.i - prev.j < 40 and "." not in between):
                groups[-1].append(c)
                continue
        groups.append([c])
    return groups


def _coordinated_case(tokens: list[Token], group: list[_Cand]) -> None:
    """Two names joined by «и» share their case: an undeclined surname (Цой, Ким, Мороз) beside
    one whose ending is no nominative («поблагодарили Иванову М.С. и Цой Л.В.») is the verb's
    object too, not its subject."""
    for a, b in zip(group, group[1:]):
        if [t.text for t in tokens[a.j:b.i]] != ["и"]:
            continue
        for sure, other in ((a, b), (b, a)):
            if sure.confident and sure.chosen and not sure.chosen.cases & NOM and other.chosen \
                    and other.chosen.cases & NOM and other.chosen.cases & sure.chosen.cases:
                other.cases = sure.chosen.cases & (other.cases or ALL) or other.cases


_GENITIVE_ENDINGS = "ның|нің|дың|дің|тың|тің"
_KAZAKH_GENITIVE = re.compile(rf"(?:{_GENITIVE_ENDINGS})$", re.IGNORECASE)
_KAZAKH_MODIFIER_NEXT = re.compile(rf"(?:{_GENITIVE_ENDINGS}|ндағы|ндегі|дағы|дегі|тағы|тегі)$", re.IGNORECASE)
_KAZAKH_SETTING = re.compile(r"(?:да|де|та|те|нан|нен|дан|ден|тан|тен)$", re.IGNORECASE)  # at, from: a place or an event
_KAZAKH_POSSESSED = re.compile(r"(?:сы|сі|ы|і)$", re.IGNORECASE)  # басшысы, төрағасы: a post of the noun before


def _one_in_nominative(word: str) -> bool:
    """Whether a title's first word may be one person's nominative. A dictionary word's plural
    nominative is not: «Главы» is then the genitive of «— сказал пресс-секретарь Главы государства»,
    whose speaker is the press secretary, not the head of state."""
    return any(p.tag.case == "nomn" and not (is_dictionary(p) and p.tag.number == "plur")
               for p in parses(word)[:3])


def _post_follows(tokens: list[Token], b: int) -> bool:
    """A Kazakh genitive or «жанындағы» after a title opens another's post («Президенті
    Әкімшілігінің басшысы», «жанындағы кеңестің төрағасы»), not a setting («Ассамблеяның XXXIII
    сессиясында», «Ақордада»): the first noun after it that ends a possessed post or a place decides."""
    if b >= len(tokens) or not tokens[b].is_word or _KAZAKH_MODIFIER_NEXT.search(tokens[b].text) is None:
        return False
    for token in tokens[b + 1:b + 4]:
        if not token.is_word:
            continue
        if _KAZAKH_SETTING.search(token.text):
            return False
        if _KAZAKH_POSSESSED.search(token.text):
            return True
    return True


def _finish(text, tokens, sids, cands, aliases: Aliases, on, language, alias_hits, caps: list[int],
            russian: list[_Cand]) -> list[Mention]:
    """Mentions of the candidates; `russian`: those the Russian rules found (all of a Russian
    text's, an English text's Cyrillic sentences' ones), whose case and gender the context tells."""
    alias_tokens = {k for a, b, _ in alias_hits for k in range(a, b)}
    heard = {r.at for r in protocol_records(text) if r.heard} if russian else set()
    for c in russian:
        if c.kind == "initials" and c.surname_tok == c.i and tokens[c.i].start in heard:
            _heard_case(text, tokens, sids, c)
            continue
        _evidence(tokens, sids, c, alias_tokens)
        _surname_first_as_written(tokens, c)
        _responsibility_as_written(tokens, c)
    canonicals = aliases.canonicals()
    known_canon = {fold(x) for x in canonicals}
    for c in cands:
        _choose(c)
    if russian:
        # doc-level: a confident reading of the same person settles the others
        confident = {}
        for c in russian:
            if c.confident:
                confident.setdefault(c.initials[:2], set()).add(c.chosen.nom)
        for c in russian:
            if not c.confident:
                pool = confident.get(c.initials[:2], set())
                pick = [r for r in c.readings if r.nom in pool]
                if not pick:
                    pick = [r for r in c.readings if fold(f"{c.initials} {r.nom}") in known_canon]
                if pick:
                    c.chosen = pick[0]
                    c.confident = True
        # lists share their case
        for group in _lists(tokens, russian):
            if len(group) < 2:
                continue
            sure = [c for c in group if c.confident]
            cases = None
            for c in sure:
                cs = c.chosen.cases if c.chosen else ALL
                cases = cs if cases is None else (cases & cs or cases)
            if cases:
                for c in group:
                    if not c.confident:
                        pick = [r for r in c.readings if r.cases & cases]
                        if pick:
                            c.chosen = pick[0]
            _coordinated_case(tokens, group)
    mentions: list[Mention] = []
    for c in cands:
        r = c.chosen
        canon = f"{c.initials} {r.nom}".strip()
        if c.kind == "full":
            alias = aliases.lookup(f"{_given_nom(tokens[c.i].text)} {r.nom}", on) or aliases.lookup(
                " ".join([_given_nom(tokens[c.i].text)] + [t.text for t in tokens[c.i + 1:c.j - 1]] + [r.nom]), on)
            if alias:
                canon = alias
        alias_canon = aliases.lookup(canon, on) or russian_spelling(canon, canonicals)
        if alias_canon:
            canon = alias_canon
        nominative = bool(r.cases & NOM) if language != "kk" else "nomn" in r.cases
        if c.cases is not None and language != "kk" and not (c.cases & NOM) and r.gender is not None \
                or c.oblique_given and language != "kk":
            nominative = False
        gender = _reading_gender(c) or c.gender
        mentions.append(Mention(tokens[c.i].start, tokens[c.j - 1].end, text[tokens[c.i].start:tokens[c.j - 1].end],
                                canon, gender, nominative, c.kind, c.i, c.j))
    # aliases: variants covering a name set its canonical; a title right before a name, or
    # before another title or variant (Первый Президент – Елбасы Н.А.Назарбаев), is dropped:
    # they are one mention. Right to left, so a chain of titles folds into the name.
    covered = {k: m for m in mentions for k in range(m.first_token, m.last_token)}
    starts = {m.first_token for m in mentions}
    extra: list[Mention] = []
    for a, b, al in sorted(alias_hits, key=lambda hit: -hit[0]):
        inside = [covered[k] for k in range(a, b) if k in covered]
        if inside:
            for m in inside:
                m.canonical = al.canonical
            continue
        starts.add(a)
        k = b
        while k < len(tokens) and tokens[k].text in ",–—-" and k - b < 2:
            k += 1
        if k in starts:
            continue
        if (al.start is not None or al.end is not None) and names_an_institution(tokens, a, b):
            continue  # an office by date in an institution's name («Администрации Президента РК»): no one
        s, e = tokens[a].start, tokens[b - 1].end
        # as the file lists it, a variant closing its phrase is in the nominative («…», – деді ҚР
        # Президенті.: its first word, an abbreviation, has no case to read); one a word follows is
        # another's title («ҚР Президенті Әкімшілігінің басшысы Смадияров»); else its first word's case decides
        # «Қазақстан Президенті Әкімшілігінің басшысы», «… жанындағы кеңестің»: a Kazakh genitive or
        # locative after the title makes it a modifier of another's post; so does the title's own
        # genitive («Мемлекет басшысының баспасөз хатшысы»)
        modifies = _post_follows(tokens, b) or _KAZAKH_GENITIVE.search(tokens[b - 1].text) is not None
        nominative = not modifies and (fold(" ".join(text[s:e].split())) == fold(al.variant)
                                       or _one_in_nominative(tokens[a].text))
        extra.append(Mention(s, e, text[s:e], al.canonical, None, nominative, "alias", a, b))
    mentions.extend(extra)
    mentions.sort(key=lambda m: m.start)
    _tie(mentions)
    # surnames alone, after (or, when the dictionary knows the surname, without) a full mention
    mentions = _surnames_alone(text, tokens, sids, mentions, language, caps, aliases)
    if language == "en":
        mentions = _known_latin_surnames(text, tokens, mentions, caps, aliases)
    _as_known_persons(mentions, aliases)
    _tie(mentions)
    _named_after_no_subject(tokens, mentions)
    return mentions


def _named_after_no_subject(tokens: list[Token], mentions: list[Mention]) -> None:
    """A name before атындағы (named after) qualifies an institution, in any language's text:
    «…», – деді Марат Оспанов атындағы мектеп директоры Г.Г. Сапаров is the director's remark, so
    the eponym stays a person but is no verb's subject."""
    for m in mentions:
        k = m.last_token
        if k < len(tokens) and closes_quote(tokens, k):
            k += 1  # «Марат Оспанов» атындағы
        if k < len(tokens) and tokens[k].text.lower() in NAMED_AFTER:
            m.nominative = False


def _as_known_persons(mentions: list[Mention], aliases: Aliases) -> None:
    """A name that fits exactly one person of the aliases file is that person in every document,
    as `_tie` does within one: `Н. Назарбаев` or a bare `Назарбаев` is Н.А. Назарбаев. The same
    surname in the same gender and initials that begin the person's; Д. Назарбаева (another
    surname form) and Б. Назарбаев (another initial) stay apart."""
    known = aliases.persons_by_surname
    for m in mentions:
        surname = _surname_of(m.canonical)
        # Q. Toqaev, K. Tokayev: a Latin spelling, read the Russian way
        cyrillic = latin_as_cyrillic(surname)
        persons = None if m.kind == "given" else known.get(fold(surname)) or known.get(cyrillic)
        if persons:
            mine = _initials_of(m.canonical)
            if cyrillic:  # Q. -> К.
                mine = "".join(latin_as_cyrillic(c)[:1].upper() + "." for c in mine if c.isalpha())
            fits = [p for p in persons if _initials_of(p).startswith(mine)]
            if len(fits) == 1:
                m.canonical = fits[0]


def _known_latin_surnames(text: str, tokens: list[Token], mentions: list[Mention], caps: list[int],
                          aliases: Aliases) -> list[Mention]:
    """An English text's bare `Tokayev`, `Nazarbayev` (Tokayev said; said Mr. Nazarbayev): the
    person of the aliases file with that surname, named in full before or not. A surname
    alone names only those few well-known persons in English: elsewhere it is a place as often."""
    covered = {k for m in mentions for k in range(m.first_token, m.last_token)}
    known = aliases.persons_by_surname
    found = []
    for k in caps:
        t = tokens[k]
        if k in covered or t.text.isupper() or len(t.text) < 4:
            continue
        if _names_a_body(tokens, k):
            continue
        if len(known.get(latin_as_cyrillic(without_possessive(t.text)), ())) == 1:  # Tokayev's too
            found.append(Mention(t.start, t.end, t.text, without_possessive(t.text), None, True, "surname", k, k + 1))
    if not found:
        return mentions
    return sorted(mentions + found, key=lambda m: m.start)


def _names_a_body(tokens: list[Token], k: int) -> bool:
    """Whether the surname at k names an institution: Nazarbayev University, the Nazarbayev
    Intellectual Schools, the Tokayev family museum (a place's or a body's word or another
    capitalized word right after it)."""
    if k + 1 >= len(tokens) or tokens[k + 1].start - tokens[k].end != 1 or not tokens[k + 1].is_word:
        return False
    after = tokens[k + 1].text
    return tokens[k + 1].is_cap or heads_place_or_body(after)


def _given_nom(w: str) -> str:
    parts = []
    for part in w.split("-"):
        gp = [q for q in parses(part) if "Name" in q.tag.grammemes]
        nf = gp[0].normal_form if gp else part.lower()
        parts.append(nf[:1].upper() + nf[1:])
    return "-".join(parts)


def _surname_of(canon: str) -> str:
    return canon.rsplit(" ", 1)[-1]


def _initials_of(canon: str) -> str:
    return canon.rsplit(" ", 1)[0] if " " in canon else ""


def _tie(mentions: list[Mention]) -> None:
    """`К. Токаев` and `К.К. Токаев` (or a bare `Токаев`) in one document are one person: the
    fullest form wins when the initials agree and only one person has that surname."""
    by_surname: dict[str, set[str]] = {}
    for m in mentions:
        by_surname.setdefault(fold(_surname_of(m.canonical)), set()).add(m.canonical)
    fullest: dict[str, str] = {}  # worked out once per form: a run of initials makes thousands of mentions
    groups: dict[str, _FormsByInitials] = {}
    for m in mentions:
        surname = fold(_surname_of(m.canonical))
        forms = by_surname[surname]
        if len(forms) < 2:
            continue
        if m.canonical not in fullest:
            if surname not in groups:
                groups[surname] = _FormsByInitials(forms)
            fullest[m.canonical] = groups[surname].fullest(m.canonical)
        m.canonical = fullest[m.canonical]


class _FormsByInitials:
    """One surname's forms sorted by their initials, so the forms whose initials begin with a
    form's own are found by bisection: comparing every form with every other made a run of
    initials (`А. Б. В. …`, thousands of forms of one «surname») quadratic."""

    def __init__(self, forms: set[str]) -> None:
        self.order = {f: i for i, f in enumerate(forms)}  # of two equally full forms, the later one wins
        self.by_initials = sorted((_initials_of(f), f) for f in forms)
        self.initials = [i for i, _ in self.by_initials]

    def fullest(self, canon: str) -> str:
        """The form `canon` stands for: the one with the most initials beginning with its own,
        when its initials lead to one person only; else itself."""
        mine = _initials_of(canon)
        lo, hi = bisect_left(self.initials, mine), bisect_left(self.initials, mine + "\U0010ffff")
        compatible = self.by_initials[lo:hi]
        fuller = [(i, f) for i, f in compatible if len(i) > len(mine)]
        if not fuller or not _one_person(sorted(f for _, f in compatible if f != canon)):
            return canon
        most = max(len(i) for i, _ in fuller)
        return max((f for i, f in fuller if len(i) == most), key=self.order.__getitem__)


def _one_person(ordered: list[str]) -> bool:
    """Whether the forms `ordered` (sorted) are one person's: at most one of them has initials
    no other of them extends (К. Токаев, К.К. Токаев; not К.К. Токаев and К.Т. Токаев)."""
    unextended = 0
    for g in ordered:
        prefix = g.rsplit(" ", 1)[0]
        # g itself is among those starting with its initials: any other one extends them
        if bisect_left(ordered, prefix + "\U0010ffff") - bisect_left(ordered, prefix) == 1:
            unextended += 1
            if unextended > 1:
                return False
    return True


def _surnames_alone(text, tokens, sids, mentions: list[Mention], language: str, caps: list[int],
                    aliases: Aliases) -> list[Mention]:
    """Surnames alone: of a person named before, or of one the aliases file or the dictionary knows."""
    known = aliases.persons_by_surname
    covered = {k for m in mentions for k in range(m.first_token, m.last_token)}
    given_index = {_given_nom(tokens[m.first_token].text): m.canonical for m in mentions if m.kind == "full"}
    named = _NamedBySurname(mentions)
    genders = {m.canonical: m.gender for m in reversed(mentions) if m.gender}  # each person's first known gender
    out = list(mentions)
    n = len(tokens)
    records = surname_records(text)
    for k in caps:
        t = tokens[k]
        if k in covered or len(t.text) < 2:
            continue
        if t.text.isupper() or _named_after(tokens, k):
            continue
        canon = None
        if t.start in records:  # «Оспанов – предложил …», «Ким – көрмені ұсынды.»: whatever the dictionary knows
            canon, gender = _record_surname(tokens, k)
            nominative = True
            named.add(fold(canon), k, canon)
        elif language == "kk":
            stem, _ = _kk_strip(t.text)
            canon = named.get(fold(stem), k) or named.get(fold(t.text), k)
            nominative = stem == t.text
            gender = None
        elif language == "en":
            canon = named.get(fold(without_possessive(t.text)), k)  # «Karin's report», Karin named before
            nominative, gender = True, None
        else:
            readings = surname_readings(t.text)
            hit = next((r for r in readings if named.get(fold(r.nom), k)), None)
            person = None
            if hit is None or not named.before(fold(hit.nom), k):
                # a person of the aliases file wins over a namesake named only later in the text
                person = _known_person_alone(tokens, k, known)
            elif (title := _title_before(tokens, k)) is not None:
                # and after a title of theirs over one named before («Бахыт Назарбаев … — сказал
                # Президент Назарбаев»), not after another post (— сказал депутат Назарбаев)
                person = _known_person_alone(tokens, k, known)
                if person is not None and not _title_of(title, known[fold(person.nom)][0], aliases):
                    person = None
            if person is not None:
                hit = person
                named.add(fold(hit.nom), k, hit.nom)  # the person's later mentions
            if hit is not None:
                canon = hit.nom if person is not None else named.get(fold(hit.nom), k)
                nominative, gender = bool(hit.cases & NOM), hit.gender
                if person is None and any(r.nom == hit.nom and r.gender != hit.gender for r in readings):
                    # an undeclined surname (Цой, Ким) is either's: the person's own, as named before,
                    # or none, so that «– сказала Цой» may be hers
                    gender = genders.get(canon)
            else:
                info = word_info(t.text)
                prev_cap = k > 0 and tokens[k - 1].is_word and tokens[k - 1].is_cap and tokens[k - 1].end + 1 >= t.start \
                    and not place_before_name(tokens, k - 1) and not city_name(tokens[k - 1].text)
                next_cap = k + 1 < n and tokens[k + 1].is_word and tokens[k + 1].is_cap and tokens[k + 1].start - t.end <= 1
                sent_start = k == 0 or sids[k - 1] != sids[k] or tokens[k - 1].text in "«\"“(–—-:"
                if info["surn"] and not info["geo"] and not prev_cap and not next_cap and not _quoted(tokens, k) \
                        and not surname_as_place(tokens, k):
                    nxt = verb_info(tokens[k + 1].text) if k + 1 < n and tokens[k + 1].is_word else None
                    top = [p for p in parses(t.text)[:1] if "Surn" in p.tag.grammemes]
                    finite = bool(nxt and nxt[3] == "fin")
                    adjectival = parses(t.text)[0].tag.POS == "ADJF"  # Навальный, Луговой
                    if info["function"]:
                        ok = adjectival and finite  # Навальный утверждает; not Новый закон
                    else:
                        # mid-sentence, or opening one when the dictionary's first reading is a
                        # surname (Меркель и Порошенко договорились) or a verb follows
                        ok = (not sent_start and (top or info["top_proper"] or not info["common"] or nxt)) \
                            or finite or bool(top)
                    if ok:
                        r = readings[0]
                        if top:
                            p = top[0]
                            nf = p.inflect({"nomn"}) if p.tag.case != "nomn" else p
                            w = (nf.word if nf else p.normal_form)
                            r = Reading(w[:1].upper() + w[1:], "f" if p.tag.gender == "femn" else "m", frozenset({p.tag.case}))
                        canon = r.nom
                        nominative, gender = bool(r.cases & NOM), r.gender
                        named.add(fold(canon), k, canon)
        if canon:
            out.append(Mention(t.start, t.end, t.text, canon, gender, nominative, "surname", k, k + 1))
        elif language == "ru":
            given = _given_alone(tokens, sids, k, given_index)
            if given:
                out.append(given)
    out.sort(key=lambda m: m.start)
    return _join_particles(text, tokens, out)


def _record_surname(tokens: list[Token], k: int) -> tuple[str, str | None]:
    """The nominative and gender of the surname alone opening a protocol's record at token k: the
    verb after the dash tells a woman («Жумабаева – выступила») where the ending leaves it open."""
    readings = [r for r in surname_readings(tokens[k].text) if r.cases & NOM] or [Reading(tokens[k].text, None, ALL)]
    verb = verb_info(tokens[k + 2].text) if k + 2 < len(tokens) and tokens[k + 2].is_word else None
    said = {"masc": "m", "femn": "f"}.get(verb[1]) if verb is not None and verb[3] == "fin" else None
    genders = {r.gender for r in readings}
    if said is not None and said in genders | {None}:
        return next((r.nom for r in readings if r.gender == said), readings[0].nom), said
    return readings[0].nom, readings[0].gender if len(genders) == 1 else None


class _NamedBySurname:
    """The persons a document names, by surname and place: a surname alone is the person of that
    surname named nearest before it, else the first one named after it."""

    def __init__(self, mentions: list[Mention]) -> None:
        self.at: dict[str, list[tuple[int, str]]] = {}
        for m in mentions:
            self.add(fold(_surname_of(m.canonical)), m.first_token, m.canonical)

    def add(self, surname: str, k: int, canonical: str) -> None:
        insort(self.at.setdefault(surname, []), (k, canonical))

    def before(self, surname: str, k: int) -> str | None:
        places = self.at.get(surname, [])
        i = bisect_left(places, (k, ""))
        return places[i - 1][1] if i else None

    def get(self, surname: str, k: int) -> str | None:
        places = self.at.get(surname)
        return (self.before(surname, k) or places[0][1]) if places else None


def _title_before(tokens: list[Token], k: int) -> str | None:
    """The title token k follows: «Президент Назарбаев», «министр Тлеуберди»."""
    if k > 0 and tokens[k - 1].is_word and tokens[k].start - tokens[k - 1].end == 1 and is_title(tokens[k - 1].text):
        return tokens[k - 1].text
    return None


def _title_of(title: str, person: str, aliases: Aliases) -> bool:
    """Whether the aliases file names `person` by `title` in one of their variants (Президент,
    Глава государства of Н.А. Назарбаев; not депутат or аким, which a namesake may be)."""
    return not word_keys(title).isdisjoint(aliases.variant_words.get(person, frozenset()))


def _known_person_alone(tokens: list[Token], k: int, known: dict[str, list[str]]) -> Reading | None:
    """The reading of token k as the surname of exactly one person of the aliases file, standing
    alone or after a title («— сказал Токаев», «Президент Токаев»), whatever else the dictionary
    reads it as (Токаев is also the plural genitive of токай); `_as_known_persons` then names the
    person. None when a capitalized word beside it makes a longer name or title, or an adjacent
    verb's gender is not the reading's (сказала Токаева is a woman's)."""
    t = tokens[k]
    fits = [r for r in surname_readings(t.text) if len(known.get(fold(r.nom), ())) == 1]
    if not fits or word_info(t.text)["geo"] or _quoted(tokens, k):
        return None
    n = len(tokens)
    nxt = tokens[k + 1] if k + 1 < n else None
    if nxt is not None and nxt.is_word and nxt.is_cap and nxt.start - t.end <= 1:
        return None
    prev = tokens[k - 1] if k > 0 else None
    if prev is not None and prev.is_word and prev.is_cap and t.start - prev.end <= 1 and not prev.text.isupper() \
            and not place_before_name(tokens, k - 1):  # В Алматы Токаев: a place, no given name
        info = word_info(prev.text)  # a title (Президент), not a first name or another surname
        if not info["common"] or info["name"] or info["surn"]:
            return None
    before, after = _verb_gender(tokens, k - 1), _verb_gender(tokens, k + 1)
    # a verb before may govern the name (пригласила Токаева) or have it as its subject (сказала
    # Токаева): either way its gender rules a reading out; a verb after only a nominative one
    fits = [r for r in fits if r.gender in (None, before or r.gender)
            and (r.gender in (None, after or r.gender) or not r.cases & NOM)]
    return fits[0] if fits else None


def _verb_gender(tokens: list[Token], k: int) -> str | None:
    """'m' or 'f': the gender of a finite singular verb at token k (сказал, отметила)."""
    v = verb_info(tokens[k].text) if 0 <= k < len(tokens) and tokens[k].is_word else None
    return {"masc": "m", "femn": "f"}.get(v[1]) if v and v[3] == "fin" and v[2] == "sing" else None


_PLACE_BEFORE = {"в", "во", "на", "из", "близ", "возле", "около", "под", "горы", "город", "города", "село", "села",
                 "селе", "поселок", "поселке", "аул", "ауле", "район", "района", "районе", "река", "реки", "реке", "реку",
                 "озеро", "озера", "озере", "гора", "горе", "урочище", "урочища", "станция", "станции"}
# particles inside Western names: Ивлин де Ротшильд, Людвиг ван Бетховен
_NAME_PARTICLES = {"де", "дe", "фон", "ван", "дер", "да", "ди", "дель", "делла", "ла", "ле", "дю", "ибн", "бен", "аль", "эль"}


def _kazakh_and_between(prev: Mention, m: Mention, particle: str) -> bool:
    """«бен» is also the Kazakh «and» after -м/-н/-ң/-з/-ж (Ерлан Қарин бен Гүлнар Ахметова): two names,
    not one. A name with its own given name after it, or a full name before «бен», is never one name."""
    return m.kind == "full" or (particle == "бен" and prev.kind == "full")


def _join_particles(text: str, tokens: list[Token], mentions: list[Mention]) -> list[Mention]:
    """A given name or full name, a particle and a surname are one mention (Ивлину де Ротшильду)."""
    out: list[Mention] = []
    for m in mentions:
        prev = out[-1] if out else None
        if prev and prev.kind in ("given", "full", "alias") and m.first_token == prev.last_token + 1 \
                and tokens[prev.last_token].text.lower() in _NAME_PARTICLES \
                and not _kazakh_and_between(prev, m, tokens[prev.last_token].text.lower()):
            particle = tokens[prev.last_token].text.lower()
            initial = tokens[prev.first_token].text[0].upper() + "."
            canon = f"{initial} {particle} {_surname_of(m.canonical)}"
            out[-1] = Mention(prev.start, m.end, text[prev.start:m.end], canon, m.gender or prev.gender,
                              m.nominative, "full", prev.first_token, m.last_token)
            continue
        out.append(m)
    return out


def _given_alone(tokens: list[Token], sids: list[int], k: int, given_index: dict[str, str]) -> Mention | None:
    """A given name on its own mid-sentence (его супруга Инна, отмахнулся Филипп): the person of
    a full mention with that given name, else the bare name (kind "given", kept out of facets)."""
    t = tokens[k]
    ps = parses(t.text)
    if not ps or "Name" not in ps[0].tag.grammemes or word_info(t.text)["geo"] or _quoted(tokens, k):
        return None
    n = len(tokens)
    if k == 0 or sids[k - 1] != sids[k] or not tokens[k - 1].is_word:
        return None  # sentence starts and words after punctuation: headings, list items
    if tokens[k - 1].text.lower() in _PLACE_BEFORE:
        return None  # в Васюках, близ Крюне: a place the dictionary also knows as a name
    if peoples_name(tokens[k - 1].text, t.text):
        return None  # Коре Сарам: the people's self-name, no dative plural of Сара
    prev = tokens[k - 1]
    prev_opens = k == 1 or sids[k - 2] != sids[k - 1]
    prev_plain = prev_opens and (word_info(prev.text)["common"] or word_info(prev.text)["function"])
    if (prev.is_cap and not prev_plain) or (k + 1 < n and tokens[k + 1].is_word and tokens[k + 1].is_cap):
        return None  # part of a longer capitalized run (Позже Ирина is fine: Позже opens the sentence)
    nom = _given_nom(t.text)
    canon = given_index.get(nom)
    gender = {"masc": "m", "femn": "f"}.get(ps[0].tag.gender)
    return Mention(t.start, t.end, t.text, canon or nom, gender, ps[0].tag.case == "nomn",
                   "alias" if canon else "given", k, k + 1)


_NAMED_AFTER_BEFORE = {"пр", "просп", "ул", "пл", "пер", "бул", "наб", "им", "имени", "проспект", "улица", "улице",
                       "улицы", "улицу", "проспекте", "проспекта", "площадь", "площади", "семья", "семьи", "семье",
                       "семью", "династия", "династии", "род", "рода", "клан", "клана"}
_NAMED_AFTER_NOUN = re.compile(r"^(театр|университет|музе|институт|библиотек|улиц|проспект|площад|район|завод|"
                               r"комбинат|парк|школ|гимнази|лице|колледж|академи|премия|стадион|аэропорт|фонд)")


def _named_after(tokens: list[Token], k: int) -> bool:
    """A lone surname that names a street, a theatre or a family, not a person: пр. Вернадского,
    Дзержинского театра, семья Ротшильд."""
    prev = tokens[k - 1].text.lower() if k > 0 and tokens[k - 1].is_word else (
        tokens[k - 2].text.lower() if k > 1 and tokens[k - 1].text == "." else "")
    if prev in _NAMED_AFTER_BEFORE:
        return True
    nxt = tokens[k + 1] if k + 1 < len(tokens) else None
    return bool(nxt and nxt.is_word and not nxt.is_cap and _NAMED_AFTER_NOUN.match(nxt.text.lower()))


def canonical_persons(mentions: list[Mention]) -> list[str]:
    """Unique canonical forms in order of first mention."""
    seen: dict[str, None] = {}
    for m in mentions:
        if m.kind != "given":  # a first name alone names nobody in an archive's facet
            seen.setdefault(m.canonical, None)
    return list(seen)
