"""Turn what a person typed into a Whoosh query plus facet filters, or a clear message.

Syntax: words (every form matches), "phrases" (also «…», “…”, „…“), -exclusion, +word (must
contain it, as every word must anyway), OR / ИЛИ (or `|`: index.pipes),
NOT / НЕ, prefix* wildcards, and field filters speaker:, person:, topic:, year: (a year or a
range, 2019-2021), lang:, format:, or in the web page's words выступающий:, упоминается:, тема:,
год:, язык:, формат: (which become facet filters, matched against the facet
values; two values of one field are alternatives, with or without OR between them, and each
required joined by AND or each with a `+`: index.filter_joins). An
abbreviation typed in capitals also finds its full name (АНК: "Ассамблея народа Казахстана";
data/abbreviations.txt). Initials typed before a surname (Н.А. Назарбаев) rank the documents
naming him so first without leaving out those naming him otherwise. A query typed wholly in
capitals has no operators (its НЕ is a word); a quotation mark left open runs to the end; a
question is searched without its question words, and its framing verbs (говорил, находится)
rank without being required.
"""
from __future__ import annotations

import os
import re
from bisect import bisect_right
from collections import Counter
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

from whoosh import qparser
from whoosh.qparser import syntax
from whoosh.qparser.common import attach
from whoosh.query import And, AndMaybe, NullQuery, Or, Prefix, Query, Term, Wildcard

from index.abbreviated_names import with_abbreviations
from index.aliases import fold
from index.anniversaries import YEARS_USE_MARK, bound_numbers, expand_anniversaries, years_use
from index.calendar_days import expand_calendar_days
from index.config import LiveSetting, data_lines, no_entries_warning
from index.decades import typed_ordinals_as_numbers
from index.filter_joins import required_filters
from index.filter_groups import (NOT_WORDS as _NOT_WORDS, OR_WORDS as _OR_WORDS, excluded_whole,
                                  filters_joined_by_or, filters_of_excluded_groups, groups_holding,
                                  without_brackets, without_empty_groups, words_before_group)
from index.glued_operators import operators_apart_from_brackets
from index.full_names import NamesNamed, given_names_as_initials, is_function_word
from index.surname_spellings import with_other_spellings
from index.kazakh_latin import fold_kazakh_latin
from index.kazakh_looking import looks_kazakh
from index.lowercase_operators import lowercase_operators
from index.legal_references import references
from index.morphology import STOP_WORDS, kazakh_as_russian, parses
from index.near import NearWords
from index.numbers import joined_numbers
from index.homograph_nouns import with_homograph_nouns
from index.men_names import with_men_names
from index.plural_nouns import with_plural_nouns
from index.query_years import typed_years, with_document_years, without_year_words
from index.quoted_phrases import split_at_quotes, sub_outside_quotes
from index.schema import MULTI_VALUED_FACETS, SINGLE_VALUED_FACETS, WRITTEN_FORMS
from index.sentences import sentence_starts
from index.ordinals import ORDINAL_USE_MARK, bound_ordinals, expand_ordinals, ordinal_use
from index.pasted_text import as_typed_words
from index.other_fields import other_field_refusal
from index.other_operators import other_operator_refusal, without_exact_marks
from index.pipes import has_pipes, pipes_as_or
from index.stray_operators import without_stray_operators
from index.synonyms import expand_synonyms
from index.typed_syntax import boost_refusal, phrase_distances, single_operators
from index.web_addresses import addresses_as_phrases
from index.worksheet_labels import without_worksheet_labels
from index.written_abbreviations import declined_abbreviation, typed_case_form


MAX_QUERY_CHARS = 500
# `"a phrase"~N`: words at most N apart. Whoosh's phrase matching grows with the square of N
# (and of the phrase's length) in a document that repeats its words: a cap, not a thread held
# for minutes by `~1000`.
MAX_SLOP = 10
# Whoosh scans, for each place a phrase's first words match, every later occurrence of the next
# word inside the span: a word the phrase repeats, in a document dense with it (a roll call by
# district), multiplies that work; with a slop each repeat multiplies it again. Measured on a
# 300 KB document of one repeated word: an exact phrase of 4 equal words 0.8 s, of 20 words 5 s;
# `"район район"~10` 1.8 s, three of them 11 s. Distinct words stay fast (an exact 18-word phrase
# 0.5 s, `"…"~10` of 6 words 0.6 s on a document cycling through them).
MAX_PHRASE_REPEATS = 3  # times one word may occur in an exact phrase
MAX_SLOPPY_PHRASE_WORDS = 8  # words in a phrase with ~N (each once)
# Words in every `"…"~N` of one query together: each word's positions are read for every record
# holding the phrase's words (index.near), and the search holds the service's lock meanwhile. On
# 1,900 short reports of everyday words three 8-word phrases OR-ed took 0.43 s a request (1.7 s
# before index.near read positions as arrays), 16 words 0.3 s; at 10,000 documents five times that.
MAX_NEAR_WORDS = 16
MAX_WILDCARDS = 3
MIN_WILDCARD_PREFIX = 3

# The web page's word for each facet field (its chips «упоминается: Н.А. Назарбаев», its notes):
# typed before a colon, it is that field's filter, so what a chip shows can be typed back.
FIELD_WORDS = {
    "speakers": "выступающий", "persons": "упоминается", "topics": "тема", "year": "год", "language": "язык",
    "format": "формат",
}
# ... and their plurals, the words the facet panel's headings use («Выступающие», «Темы»)
FIELD_PLURALS = {
    "speakers": "выступающие", "persons": "упоминаются", "topics": "темы", "year": "годы", "language": "языки",
    "format": "форматы",
}
# User-facing field names (Russian aliases too) -> facet field.
FIELD_ALIASES = {
    "speaker": "speakers", "speakers": "speakers", "спикер": "speakers",
    "person": "persons", "persons": "persons", "персона": "persons", "лицо": "persons", "упоминание": "persons",
    "упоминания": "persons", "выступающая": "speakers",
    "topic": "topics", "topics": "topics",
    "lang": "language", "language": "language",
    "year": "year", "format": "format",
    # a document's file name and its folders (index.path_filters): no facets, filters of paths
    "file": "file", "файл": "file", "folder": "folder", "папка": "folder",
    **{word: name for name, word in FIELD_WORDS.items()},
    **{word: name for name, word in FIELD_PLURALS.items()},
}
# A value of each field, for the example a field typed with none is answered with
EXAMPLE_VALUES = {"speakers": "Токаев", "persons": "Назарбаев", "topics": "волонтерство", "year": "2019",
                  "language": "kk", "format": "pdf", "file": "отчет", "folder": "01_Сессии"}
KNOWN_FIELDS = ("speaker:, person:, topic:, year:, lang:, format:, file:, folder: (или "
                + ", ".join(f"{word}:" for word in (*FIELD_WORDS.values(), "файл", "папка")) + ")")
# What people type for a language -> its code: the code, the country code kz, the Russian, English
# and Kazakh names. Each name is listed once: the Kazakh names typed on a Russian keyboard (казакша)
# and in the 2018, 2021 Latin alphabets or plain letters (aǵylshyn, ağylşyn, agylshyn) meet it by
# their key (_language_key).
_LANGUAGE_NAMES = {
    # the two- and three-letter codes, and the two-letter ones typed on the Russian layout (кз, ру, ен)
    "kk": ("kk", "kz", "kaz", "кк", "кз", "каз", "казахский", "kazakh", "қазақ", "қазақша", "qazaq", "qazaqsha"),
    "ru": ("ru", "rus", "ру", "рус", "русский", "russian", "орыс", "орысша", "orys", "oryssha"),
    "en": ("en", "eng", "ен", "англ", "английский", "english", "ағылшын", "ағылшынша", "aǵylshyn", "aǵylshynsha"),
    # the community papers' languages (ingest.extract.community_languages): the code, the Russian,
    # English and own names
    "uk": ("uk", "ukr", "ua", "укр", "украинский", "ukrainian", "українська"),
    "be": ("be", "bel", "бел", "белорусский", "belarusian", "беларуская"),
    "tt": ("tt", "tat", "тат", "татарский", "tatar", "татарча"),
    "ug": ("ug", "uig", "уйг", "уйгурский", "uyghur", "uighur", "уйғурчә"),
    "de": ("de", "deu", "ger", "нем", "немецкий", "german", "deutsch"),
    "pl": ("pl", "pol", "польский", "polish", "polski"),
    "uz": ("uz", "uzb", "узб", "узбекский", "uzbek", "o'zbek", "oʻzbek", "ўзбек"),
    "az": ("az", "aze", "азерб", "азербайджанский", "azerbaijani", "azeri", "azərbaycan"),
}


def _language_key(name: str) -> str:
    """One key for a language name's spellings: case, Kazakh letters as their Russian look-alikes,
    Kazakh Latin letters as a plain keyboard types them."""
    return kazakh_as_russian(fold_kazakh_latin(name.casefold()))


LANGUAGE_ALIASES = {_language_key(name): code for code, names in _LANGUAGE_NAMES.items() for name in names}
MAX_YEAR_RANGE = 200  # years one `year:` range may span
MAX_YEAR = 9999  # the last year a date can have (datetime.MAXYEAR)
MIN_YEAR = 1000  # a year is typed in four digits: `year:0` or `year:1` is a slip, not a search
_FIELD_NAMES = "|".join(sorted(map(re.escape, FIELD_ALIASES), key=len, reverse=True))
# `speaker:Токаев`, `speaker: Токаев` (a space after the colon), `year:[2019 TO 2021]`, or
# `speaker:` with no value (group "value" absent: a message, not a silent empty filter); the next
# field filter is never a value. A sign before it, as before a word: `-speaker:X` excludes the
# value, `+speaker:X` is speaker:X. A grouping parenthesis is no part of it, as of a word
# (`(speaker:Ким OR speaker:Ли)`): an unquoted value ends before a `)` it did not open, while a
# file name's own `отчёт(1)` stays whole. A quoted value whose mark is never closed runs to the end,
# as a phrase left open does (`speaker:"Е.К. Турсынбеков`): not a value starting with a quote mark.
# Years listed after a year field (`year:2019 2020`, `год:2019, 2021-2022`) are its values, each an
# alternative: the second year read as a word (documents dated 2020 count as having it) contradicted
# the filter and found nothing, unsaid. A year after any other filter or a word stays a word, and so
# does a number no archive's year is (`year:2019 1000 волонтеров`): it was dropped from the words unsaid.
_YEAR_ITEM = r"\d{4}(?:(?:-|–|—|\.\.)\d{4})?"
_LIKELY_YEAR = r"(?:18|19|20)\d\d"
_LISTED_YEAR_ITEM = _LIKELY_YEAR + r"(?:(?:-|–|—|\.\.)" + _LIKELY_YEAR + r")?"
YEAR_LIST_RE = re.compile(_YEAR_ITEM + r"(?:(?:\s*,\s*|\s+)" + _LISTED_YEAR_ITEM + r")+")
_AFTER_YEAR_FIELD = "|".join(f"(?<={re.escape(word)}:{space})" for word, name in FIELD_ALIASES.items()
                             if name == "year" for space in ("", " "))
FIELD_FILTER_RE = re.compile(
    r'(?<![^\s(])(?P<sign>[-+]?)(?P<name>' + _FIELD_NAMES + r'):(?:\s*(?![-+]?(?:' + _FIELD_NAMES + r'):)'
    r'(?P<value>"(?P<quoted>[^"]*)(?:"|$)|\[[^\]]*\]|(?:' + _AFTER_YEAR_FIELD + r')' + YEAR_LIST_RE.pattern
    + r'(?![^\s)])|(?:[^\s()]|\([^\s()]*\)?)+))?',
    re.IGNORECASE,
)
# A word glued to a value by a colon, as a field filter is written (`date:2019`, `foo:bar`, and
# with a sign, `-date:2019`): not a time (10:30), a link (http://) or a quotation («Назарбаев: ...»
# has a space after the colon).
_GLUED_NAME = r"(?<![^\s+-])(?<![^\s][+-])([^\W\d_]+):"
_ANY_FIELD_RE = re.compile(_GLUED_NAME + r"(?=[^\s/:\"«])")
# A field name with a space after its colon, or nothing after it (`title: мрамор`, `date: 2005`,
# `title:`): a Latin word (the fields of other search engines are English words) or the Russian
# name of such a field. Another Russian word before a colon and a space introduces a quotation
# (`Назарбаев: «…»`) and stays text.
OTHER_FIELD_WORDS = ("заголовок", "название", "дата", "автор", "источник")
_SPACED_NAME_RE = re.compile(r"(?<![^\s+-])(?<![^\s][+-])([A-Za-z]+|" + "|".join(OTHER_FIELD_WORDS) + r"):(?=\s|$)",
                             re.IGNORECASE)
# The same name glued to a quoted phrase (`title:"единство народа"`, `заголовок:«круглый стол»`): the
# natural way to search a headline; searched as it was, it found nothing without a word.
_FIELD_BEFORE_QUOTE_RE = re.compile(_GLUED_NAME + r"(?=[\"«])")
# 2019-2021, 2019..2021, [2019 TO 2021]; a year missing at either end (2019-, ..2021, [2019 TO *])
# is an open range, which gets a message
# (ends of any length: each is then checked as a year, so `2019-20190` is refused, not searched)
_YEAR_RANGE_RE = re.compile(r"\[?\s*(\d+|\*)?\s*(?:-|–|—|\.\.|\s(?:TO|to|по|до)\s)\s*(\d+|\*)?\s*\]?")
# `[2019 TO 2021]` or `{а TO я}` typed without a field: a range only `year:` takes
_BARE_RANGE_RE = re.compile(r"[\[{][^\]}]*\s(?:TO|to|по|до)\s[^\]}]*[\]}]")
# ... and `2018..2019`, as Google takes a range of numbers: no document writes one so, so it is no word
# (one dashed, `2018-2019`, a text may write: searched, index.query_years.year_ranges_typed)
_BARE_DOTS_RANGE_RE = re.compile(r"(?<![\w.:])\d{4}\.\.\d{4}(?![\w.])")
_WILDCARD_WORD_RE = re.compile(r"[^\s\"()]*[*][^\s\"()]*")
_NEGATIVE_ONLY_RE = re.compile(r'(\s*(-|(NOT|НЕ)\s+)("[^"]*"|[^\s"]+))+\s*')


NO_WORD = "В запросе нет ни одного слова: введите слово или фразу."


class QueryError(ValueError):
    """A query that cannot be run; the message is one sentence for the person who typed it.
    `in_form`: the same sentence as the web page says it, where the API's and the command's words
    (their parameters, `--from`) are not what a person at the page's form typed or sees."""

    def __init__(self, message: str, in_form: str | None = None):
        super().__init__(message)
        self.in_form = in_form or message


@dataclass
class ParsedQuery:
    query: Query | None  # None: no text to match (browse or filters only)
    filters: dict[str, list[str]] = field(default_factory=dict)  # facet field -> raw values typed
    excluded: dict[str, list[str]] = field(default_factory=dict)  # the same, of `-speaker:X` / `NOT speaker:X`
    text: str = ""  # the query text left after field filters were taken out
    expanded: dict[str, str] = field(default_factory=dict)  # abbreviation -> full name also searched
    left_out: list[str] = field(default_factory=list)  # words of a question not searched, as typed
    typed: str = ""  # the query as typed, field filters and question marks kept (what a suggestion rewrites)
    optional: list[str] = field(default_factory=list)  # a question's verbs, as typed: they rank, not filter
    excluded_words: list[str] = field(default_factory=list)  # what `-word`, `-"a phrase"`, NOT word leave out, as typed
    # the values of `filters` that must each hold (`speaker:A AND speaker:B`: index.filter_joins), per field
    required: dict[str, list[str]] = field(default_factory=dict)
    # operator words typed in lowercase between two words, searched as words: [before, word, after] (index.lowercase_operators)
    lowercase_operators: list[list[str]] = field(default_factory=list)


# AND or OR between a field filter and what it stood beside, or the NOT before it: taken out with the
# filter, also with a group's bracket between (`(speaker:A) OR (speaker:B)`: left, the OR joined the
# words on either side, `волонтер … грант` became `волонтер OR грант`); the brackets stay, for
# without_empty_groups
_JOIN_BEFORE = re.compile(r"(?<![^\s(])(?:AND|И|OR|ИЛИ|NOT|НЕ)(?=[\s(]*$)")
_JOIN_AFTER = re.compile(r"^([\s)]*)(?:AND|И|OR|ИЛИ)(?=[\s(]|$)")


def _filter_field(m: re.Match) -> str:
    return FIELD_ALIASES[m.group("name").lower()]


def _filter_matches(text: str) -> list[tuple[re.Match, bool]]:
    """The field filters of `text`, each with whether it excludes its value: a `-` before it,
    or NOT / НЕ (as before a word), or a group excluded whole holding it (`-(year:2019 OR year:2020)`)."""
    matches = list(FIELD_FILTER_RE.finditer(text))
    grouped = filters_of_excluded_groups(text, matches)
    return [(m, m.group("sign") == "-" or _not_before(text, matches, i) or m.start() in grouped)
            for i, m in enumerate(matches)]


def _not_before(text: str, matches: list[re.Match], i: int) -> bool:
    before = text[matches[i - 1].end() if i else 0:matches[i].start()].split()
    return bool(before) and before[-1] in _NOT_WORDS


def split_field_filters(text: str) -> tuple[str, dict[str, list[str]], dict[str, list[str]], dict[str, list[str]]]:
    """The text without its field filters, the values they name (a year range as its years, a
    language name as its code), the values its exclusions name (`-speaker:X`, `NOT
    speaker:X`), and the values of those that must each hold. QueryError for a field named with
    no value, a bad year range, an operator a filter cannot take, or a field that does not exist.
    Values of one field are alternatives (as `speakers=A&speakers=B` are), so `speaker:A OR
    speaker:B` and `speaker:A speaker:B` are both; joined by AND or each with a `+` (speakers,
    persons, topics only) each must hold; each exclusion applies."""
    text = operators_apart_from_brackets(text)  # `(speaker:A)OR(speaker:B)`: its OR, not a word `)OR(`
    found = _filter_matches(text)
    filters: dict[str, list[str]] = {}
    excluded: dict[str, list[str]] = {}
    joined = required_filters(text, found, _filter_field)
    typed: dict[str, list[tuple[re.Match, list[str]]]] = {}  # field -> its filters (not exclusions), their values
    for i, (m, excludes) in enumerate(found):
        value = (m.group("quoted") if m.group("quoted") is not None else m.group("value") or "").strip()
        if not value:
            raise QueryError(_value_wanted(m.group("name")))
        name = _filter_field(m)
        values = field_filter_values(name, value, f"{m.group('name')}:{m.group('value')}")
        (excluded if excludes else filters).setdefault(name, []).extend(values)
        if not excludes:
            typed.setdefault(name, []).append((m, values if i in joined else []))
    _check_filter_operators(text, found)
    rest = _without_filters(text, [m for m, _ in found], lambda m: True)
    _check_unknown_fields(rest)
    return rest, filters, excluded, _required_values(typed)


def _required_values(typed: dict[str, list[tuple[re.Match, list[str]]]]) -> dict[str, list[str]]:
    """Per field, the values that must each hold (index.filter_joins), from its filters (each
    with its values when joined by AND or `+`, else none); QueryError for a field whose filters
    are joined both ways, or one a document has a single value of (a year, a language)."""
    required: dict[str, list[str]] = {}
    for name, filters in typed.items():
        joined = [m for m, values in filters if values]
        if len(filters) < 2 or not joined or name not in MULTI_VALUED_FACETS + SINGLE_VALUED_FACETS:
            continue  # a path filter's are alternatives, as they were: a document filed twice is under both
        loose = next((m for m, values in filters if not values), None)
        if loose is not None:
            raise QueryError(f"Фильтры «{joined[0].group(0)}» и «{loose.group(0)}» одного поля соединены по-разному: "
                             f"соедините все через AND (нужны все) или все через OR (любой из них).")
        if name in SINGLE_VALUED_FACETS:
            both = " AND ".join(m.group(0).lstrip("+") for m in joined[:2])
            either = " OR ".join(m.group(0).lstrip("+") for m in joined[:2])
            raise QueryError(f"«{both}» не найдёт ничего: у документа одно значение этого поля; "
                             f"чтобы найти любое из них, напишите {either}.")
        required[name] = [value for _, values in filters for value in values]
    return required


def with_filter_value(typed: str, field: str, value: str, replacement: str) -> str | None:
    """`typed` with the first filter of facet `field` whose value reads `value` (as
    split_field_filters reads it) given `replacement` instead, quoted when it holds a space; None
    when no filter reads so."""
    for m in FIELD_FILTER_RE.finditer(typed):
        read = (m.group("quoted") if m.group("quoted") is not None else m.group("value") or "").strip()
        if m.group("value") and _filter_field(m) == field and read == value:
            new = f'"{replacement}"' if " " in replacement else replacement
            return typed[:m.start("value")] + new + typed[m.end("value"):]
    return None


def _value_wanted(typed: str) -> str:
    """The sentence for a field typed with no value: an example in that field, as it was typed
    (тема: gave an example of speaker: and year:, in the English words)."""
    name = FIELD_ALIASES[typed.lower()]
    value = EXAMPLE_VALUES[name]
    if name == "language" and not typed.isascii():
        value = "казахский"
    return f"После «{typed}:» укажите значение, например {typed}:{value}."


def _check_filter_operators(text: str, found: list[tuple[re.Match, bool]]) -> None:
    """A filter narrows the whole query: OR may join it only to a filter of the same field, and
    an exclusion to nothing; a filter is excluded once (`NOT -speaker:A` is refused)."""
    matches = [m for m, _ in found]
    for group in groups_holding(text, matches):
        _check_filter_group(text, *group, matches)
    grouped = filters_of_excluded_groups(text, matches)  # their OR is inside the group, checked with it
    for i, (m, excludes) in enumerate(found):
        if m.group("sign") == "-" and _not_before(text, matches, i):
            raise QueryError(f"Фильтр исключён дважды: «NOT {m.group(0)}»; оставьте минус или NOT.")
        # a grouping parenthesis stands between nothing: `(speaker:A OR speaker:B)` joins A and B
        before = without_brackets(text[matches[i - 1].end() if i else 0:m.start()].split())
        after = without_brackets(text[m.end():matches[i + 1].start() if i + 1 < len(matches) else len(text)].split())
        if excludes and m.start() in grouped:
            continue
        if excludes:
            before = before[:-1] if before and before[-1] in _NOT_WORDS else before
            if (before and before[-1] in _OR_WORDS) or (after and after[0] in _OR_WORDS):
                raise QueryError(_exclusion_joined_by_or(m.group(0)))
            continue
        previous = found[i - 1] if i else None
        following = found[i + 1] if i + 1 < len(found) else None
        if (before and before[-1] in _OR_WORDS and not _joins_same_field(before[:-1], previous, m)) or \
                (after and after[0] in _OR_WORDS and not _joins_same_field(after[1:], following, m)):
            raise QueryError(f"«{m.group(0)}» действует на весь запрос, и через OR его можно соединить только "
                             f"с фильтром того же поля, например speaker:Токаев OR speaker:Ли.")


def _check_filter_group(text: str, start: int, end: int, inside: list[re.Match], matches: list[re.Match]) -> None:
    """A filter narrows the whole query, so a group holding one may stand beside the rest only as
    a filter does: a group joined by OR would mean something else, and so would one excluded
    whole, unless it holds filters alone joined by OR, which it excludes each. Such a group not
    excluded, joined by OR to filters alone (`(speaker:A) OR (speaker:B)`), is its filters: their
    OR is checked filter by filter."""
    before, after = words_before_group(text, start), text[end:].split()
    group = " ".join(text[start:end].split())
    m = inside[0]
    filters_alone, excluded = filters_joined_by_or(text, start, end, inside), excluded_whole(text, start)
    if excluded and not filters_alone:
        each = " ".join("-" + f.group(0).lstrip("+-") for f in inside)
        raise QueryError(f"Группу в скобках «{group}» с фильтром {m.group(0)} нельзя исключить целиком: "
                         f"исключите каждый фильтр, например {each}.")
    joined_by_or = (before and before[-1].lstrip("(") in _OR_WORDS) or (after and after[0] in _OR_WORDS)
    if filters_alone and not excluded and _or_joins_filters(text, start, end, matches):
        return
    if excluded and joined_by_or:
        sign = "-" if text[start - 1:start] == "-" else text[:start].split()[-1] + " "  # excluded_whole: - or NOT
        raise QueryError(_exclusion_joined_by_or(sign + group))
    if joined_by_or:
        raise QueryError(f"Группа в скобках «{group}» с фильтром {m.group(0)} действует на весь запрос, и через OR "
                         f"её нельзя соединить с другими словами; уберите OR, например волонтер (speaker:Токаев OR "
                         f"speaker:Ли).")


def _or_joins_filters(text: str, start: int, end: int, matches: list[re.Match]) -> bool:
    """Whether an OR beside the group text[start:end] has a filter right on its other side, brackets
    aside, and nothing else between (`(speaker:A) OR (speaker:B)`, not `волонтер OR (speaker:A)`)."""
    before = [m for m in matches if m.end() <= start]
    after = [m for m in matches if m.start() >= end]
    gaps = ((bool(before), text[before[-1].end() if before else 0:start]),
            (bool(after), text[end:after[0].start() if after else len(text)]))
    for has_filter, gap in gaps:
        words = without_brackets(gap.split())
        if any(word in _OR_WORDS for word in words) and not (has_filter and len(words) == 1):
            return False
    return True


def _exclusion_joined_by_or(shown: str) -> str:
    return (f"Исключение «{shown}» нельзя соединить через OR: оно действует на весь запрос; уберите OR, "
            f"например форум -speaker:Токаев.")


def _joins_same_field(words_between: list[str], other: tuple[re.Match, bool] | None, m: re.Match) -> bool:
    """Whether an OR beside filter `m` has on its other side a filter of the same field, or
    nothing at all (a dangling OR, dropped as parse_query drops one); an exclusion never joins."""
    if words_between:
        return False
    return other is None or (not other[1] and _filter_field(other[0]) == _filter_field(m))


def _without_filters(text: str, matches: list[re.Match], drop) -> str:
    """`text` without the filters `drop` picks, nor the AND/OR that joined them to their
    neighbours (left alone, `speaker:A OR speaker:B` would leave a bare `OR`), nor the groups
    they leave empty (`(year:2019 OR year:2020)` would leave `( )`)."""
    out: list[str] = []
    start = 0
    after_dropped = dropped_any = False
    for m in matches:
        gap = text[start:m.start()]
        if after_dropped:
            gap = _JOIN_AFTER.sub(r"\1 ", gap)
        if drop(m):
            out.append(_JOIN_BEFORE.sub(" ", gap) + " ")
        else:
            out.append(gap + m.group(0))
        after_dropped = drop(m)
        dropped_any |= after_dropped
        start = m.end()
    tail = text[start:]
    out.append(_JOIN_AFTER.sub(r"\1 ", tail) if after_dropped else tail)
    return _outside_filters("".join(out), without_empty_groups) if dropped_any else "".join(out)


def without_field_filters(text: str, field: str | None = None, excluded: bool = False) -> str:
    """The query as typed without its filters of one facet `field` (a chip that takes them out:
    its exclusions with `excluded`, else the others), or without every filter and exclusion
    (the words a document page can mark)."""
    text = operators_apart_from_brackets(pipes_as_or(text))  # as parse_query and split_field_filters read it
    found = dict(_filter_matches(text))
    return " ".join(_without_filters(text, list(found), lambda m: field is None or (
        _filter_field(m) == field and found[m] == excluded)).split())


def sub_outside_filters(pattern: re.Pattern, replace, text: str) -> str:
    """`pattern.sub(replace, ...)` over `text` outside its field filters, which stay as typed
    (`speaker:"Жумабеков Дархан"` is no word to correct)."""
    return _outside_filters(text, lambda part: pattern.sub(replace, part))


def sub_outside_quotes_and_filters(pattern: re.Pattern, replace, text: str) -> str:
    """`pattern.sub(replace, ...)` over `text` outside its field filters and quoted phrases."""
    return _outside_filters(text, lambda part: sub_outside_quotes(pattern, replace, part))


def _outside_filters(text: str, change) -> str:
    """`text` with `change` applied to each of its parts between field filters."""
    out: list[str] = []
    start = 0
    for m in FIELD_FILTER_RE.finditer(text):
        out += [change(text[start:m.start()]), m.group(0)]
        start = m.end()
    out.append(change(text[start:]))
    return "".join(out)


def field_filter_values(name: str, value: str, as_typed: str) -> list[str]:
    """The facet values a typed filter value stands for."""
    if name == "year":
        return year_values(value, as_typed)
    if name == "language":
        return [LANGUAGE_ALIASES.get(_language_key(value), value)]
    return [value]


def check_year(value: str) -> str:
    """The year as the year facet writes it (`2019`); QueryError for anything else: a year of
    digits that no calendar date has (`20190`, a typo) or no archive document (`0`, `1`), or no
    number (`abc`), each refused with a message, as a bad date is, rather than searched for nothing."""
    if not (value.isdecimal() and MIN_YEAR <= int(value) <= MAX_YEAR):
        raise QueryError(f"Год «{value[:40]}» не подходит: укажите год четырьмя цифрами, например 2019.")
    return str(int(value))  # `２０１９` typed in full-width digits is 2019


def year_values(value: str, as_typed: str, in_form: str | None = None) -> list[str]:
    """The years a year filter's value names, the same whether typed as `year:` in a query or
    given as the `year` parameter (`as_typed`: how a message quotes it; `in_form`: how the web
    page quotes it, when not so): a year, or every year of a range (2019-2021, 2019..2021,
    [2019 TO 2021]), or of several of them listed (2019 2020, 2019, 2021-2022); QueryError for anything else."""
    value = value.strip()
    if YEAR_LIST_RE.fullmatch(value):  # `2019 2020`, `2019, 2021-2022`: each an alternative
        return list(dict.fromkeys(year for item in re.split(r"\s*,\s*|\s+", value)
                                  for year in year_values(item, as_typed, in_form)))

    def refused(sentence: str, end: str = ".", end_in_form: str | None = None) -> QueryError:
        # the same sentence, quoting the value as each reader gave it; `end`: what to do, when it differs
        return QueryError(sentence.format(as_typed) + end, sentence.format(in_form or as_typed) + (end_in_form or end))

    m = _YEAR_RANGE_RE.fullmatch(value)
    if not m:
        return [check_year(value)]
    if not all(year and year.isdigit() for year in m.groups()):
        raise refused("В «{}» нужны оба года, например year:2019-2021",
                      "; период без конца задайте датой from или to (в командной строке --from или --to).",
                      "; для периода без конца заполните только поле «с» (или «по»).")
    for year in m.groups():
        check_year(year)
    first, last = int(m.group(1)), int(m.group(2))
    if first > last:
        raise refused("В «{}» первый год позже последнего: укажите, например, year:2019-2021")
    if last - first >= MAX_YEAR_RANGE:
        raise refused("Период «{}» слишком длинный: не больше " + str(MAX_YEAR_RANGE) + " лет")
    return [str(y) for y in range(first, last + 1)]


# A quoted phrase, or one whose quotation mark is never closed: it runs to the end (closed_quote)
_QUOTED_RE = re.compile(r'"[^"]*(?:"|$)')


def closed_quote(text: str) -> str:
    """`text` with a quotation mark left open (`«Дорога в школу`, a title pasted in half) closed
    at its end: the phrase the person began runs to the end of the query, never a refusal (a
    closing mark alone, `Дорога в школу»`, is punctuation)."""
    return text.rstrip() + '"' if text.count('"') % 2 else text


def _groups_outside_quotes(text: str) -> bool:
    """Whether `text` (its quotes closed) has a bracket outside its phrases."""
    return bool(re.search(r"[()]", _QUOTED_RE.sub(" ", text)))


def open_quote_as_words(text: str) -> str | None:
    """`text` (quotes straightened) without the quotation mark it leaves open, its words plain
    words: `«Совет матерей молодежь` read as a phrase to the end finds nothing, as plain words it
    finds the documents with them all; None when every quote is closed."""
    if not text.count('"') % 2:
        return None
    at = text.rindex('"')  # pairs close left to right: the last mark is the one left open
    return " ".join((text[:at] + " " + text[at + 1:]).split())


def _check_unknown_fields(text: str) -> None:
    """A `name:value` outside quotes whose name is no field (a field of other search engines with
    a space after the colon, or none, too: _SPACED_NAME_RE): said, not searched as words."""
    before_quote = (m for m in _FIELD_BEFORE_QUOTE_RE.finditer(text) if not _inside_quotes(text, m.start()))
    glued = (m for part in _QUOTED_RE.split(text) for m in _ANY_FIELD_RE.finditer(part))
    spaced = (m for part in _QUOTED_RE.split(text) for m in _SPACED_NAME_RE.finditer(part))
    m = next(before_quote, None) or next(glued, None) or next(spaced, None)
    if m:
        # another engine's field this search answers otherwise (filetype:, date:, before:) is named with it
        other = other_field_refusal(m.group(1), _typed_value(m.string[m.end():]))
        if other:
            raise QueryError(*other)
        raise QueryError(f"Поля «{m.group(1)}:» нет; можно указать {KNOWN_FIELDS}.")


# a field's value: a quoted one whole (`author:"К.К. Токаев"`, `автор:«Токаев К.К.»`), else up to a space
_TYPED_VALUE_RE = re.compile(r'\s*(?:"(?P<straight>[^"]*)"?|«(?P<angled>[^»]*)»?|(?P<word>\S+))')


def _typed_value(rest: str) -> str:
    """The value typed at the start of `rest` (what follows a field's colon), without its quotes; "" when none."""
    m = _TYPED_VALUE_RE.match(rest)
    if not m:
        return ""
    return next(v for v in m.group("straight", "angled", "word") if v is not None).strip().strip('"«»')


def _inside_quotes(text: str, at: int) -> bool:
    return text.count('"', 0, at) % 2 == 1


def _check_bare_range(text: str) -> None:
    """A range outside quotes with no field before it: said, as only `year:` takes a range."""
    for part in _QUOTED_RE.split(text):
        m = _BARE_RANGE_RE.search(part)
        if m:
            raise QueryError(f"Диапазон «{m.group(0)}» задаётся только для года, с полем: year:[2019 TO 2021].")
        m = _BARE_DOTS_RANGE_RE.search(part)
        if m:
            raise QueryError(f"Диапазон «{m.group(0)}» задаётся только для года, с полем: year:{m.group(0)}.")


# A quoted phrase with a star in it (`"Совет мате*"`): Whoosh's phrase takes whole words only,
# and the star was dropped, the stem searched as a word; refused (the README says why).
_STARRED_PHRASE_RE = re.compile(r'"[^"]*\*[^"]*"')
STAR_IN_PHRASE = "Звёздочка внутри фразы в кавычках не работает: допишите слово без звёздочки или уберите кавычки."


def _without_wildcard_punctuation(text: str) -> str:
    """`text` without the punctuation glued to its starred words outside quotes (`Назарбаев*,
    Токаев*`, `,Назарбаев*`, `=токаев*`): Whoosh kept it in the pattern, which then matched no
    word, where a plain word's punctuation is dropped by the analyzer. A sign before the word stays."""
    def bare(m: re.Match) -> str:
        word = m.group(0)
        sign = word[0] if word[0] in "+-" else ""
        return sign + _WILDCARD_EDGES_RE.sub("", word[len(sign):])

    return sub_outside_quotes(_WILDCARD_WORD_RE, bare, text)


_WILDCARD_EDGES_RE = re.compile(r"^[^\w*]+|[^\w*]+$")


def _check_wildcards(text: str) -> None:
    if _STARRED_PHRASE_RE.search(text):
        raise QueryError(STAR_IN_PHRASE)
    words = _WILDCARD_WORD_RE.findall(text)
    if len(words) > MAX_WILDCARDS:
        raise QueryError(f"В запросе больше {MAX_WILDCARDS} слов со звёздочкой; уберите лишние.")
    for word in words:
        prefix = word.lstrip("-+").split("*", 1)[0]
        if len(prefix) < MIN_WILDCARD_PREFIX:
            raise QueryError(
                f"Слишком широкий шаблон «{word}»: перед звёздочкой нужно не меньше {MIN_WILDCARD_PREFIX} букв."
            )


_SLOPPY_PHRASE_RE = re.compile(r'"[^"]*"~(\d+)')  # as whoosh's PhrasePlugin reads `"a phrase"~N`


def _check_slop(text: str) -> None:
    for m in _SLOPPY_PHRASE_RE.finditer(text):
        if int(m.group(1)) > MAX_SLOP:
            raise QueryError(f"Во фразе «{m.group(0)}» слишком большое расстояние между словами: не больше ~{MAX_SLOP}.")


# `word~`, `word~2`, `word~0.8`: Lucene's fuzzy search, which Whoosh's parser lacks: `форум~2` was
# searched as «форум» and «2» and found nothing, silently. A tilde after a digit (`100~200`) is text.
_FUZZY_WORD_RE = re.compile(r"[^\W\d_][\w-]*~(?:\d+(?:[.,]\d+)?)?(?!\w)")
# `форум~abc`: one word to whoosh, searched as the phrase «форум abc», found nowhere, silently.
_TILDE_JOINED_RE = re.compile(r"[^\W\d_][\w-]*~[\w-]+")
# `~2` not right after a phrase (`~2`, `форум ~2`, `"форум Астана" ~2`): a distance with no phrase,
# searched as the word «2».
_BARE_DISTANCE_RE = re.compile(r"(?<!\w)~\d[\w.,]*")
_PHRASE_WITH_DISTANCE_RE = re.compile(r'"[^"]*"(?:~\d+(?:[.,]\d+)?)?')


def _check_other_operators(text: str, exact: bool) -> None:
    """Another engine's operator (NEAR, AROUND, ~~, ~word, !word: index.other_operators) refused with
    what does its job here."""
    refusal = other_operator_refusal(text, exact)
    if refusal:
        raise QueryError(*refusal)


def _check_fuzzy(text: str) -> None:
    """A tilde outside quotes other than a phrase's `"…"~N` (or between digits, as text): refused
    with a sentence, as other syntax the search lacks is."""
    outside = _PHRASE_WITH_DISTANCE_RE.sub(" ", text)
    m = _FUZZY_WORD_RE.search(outside)
    if m:
        raise QueryError(f"Нечёткий поиск «{m.group(0)}» не поддерживается: уберите «~» — все формы слова "
                         f"найдутся и так, а другие написания добавьте через OR: Алматы OR Алма-Ата.")
    m = _TILDE_JOINED_RE.search(outside)
    if m:
        raise QueryError(f"Знак «~» внутри слова «{m.group(0)}» не поддерживается: уберите «~» "
                         f"или поставьте вместо него пробел.")
    m = _BARE_DISTANCE_RE.search(outside)
    if m:
        raise QueryError(f"Расстояние «{m.group(0)}» без фразы не поддерживается: ставьте его сразу после фразы "
                         f"в кавычках, например \"форум Астана\"~2.")


# Quotation marks of Russian and Word text: «…», “…” and „…“, searched as a phrase, like "…". A quote
# nested in one («…„…“…», "…"…"…", “…„…“…”, „…«…»…“: a name in a quotation, an organisation's
# official name) is part of its phrase. A straight mark, which has no direction, faces the way its
# neighbours say: after a space or a bracket and before a word it opens, the other way round it closes.
_OPENS_AFTER = frozenset(" \t\n([{«„“—–-+:/")  # what may stand before an opening mark (-"…", title:"…")
_QUOTE_MARKS = frozenset('«»„“”"')


def straight_quotes(text: str) -> str:
    """`text` with typographic quotation marks as the ASCII quotes the query syntax uses; a quote
    inside a quote (of any marks) stays inside the phrase as plain text."""
    out: list[str] = []
    open_marks: list[str] = []  # the quotes still open, the innermost last
    for i, ch in enumerate(text):
        if ch not in _QUOTE_MARKS:
            out.append(ch)
            continue
        closed = _closed(ch, open_marks, text[i - 1] if i else None, text[i + 1] if i + 1 < len(text) else None)
        if closed is not None:
            del open_marks[closed:]
            out.append('"' if not open_marks else " ")
        elif ch == "»":
            out.append(ch)  # a » with no « open: no quotation mark of the query's
        else:
            out.append('"' if not open_marks else " ")
            open_marks.append(ch)
    return "".join(out)


def _closed(ch: str, open_marks: list[str], before: str | None, after: str | None) -> int | None:
    """The index in `open_marks` of the quote the mark `ch` closes (with any opened inside it and
    left open); None when it opens one (or is a » with no « open)."""
    if ch == "»":
        return next((i for i in range(len(open_marks) - 1, -1, -1) if open_marks[i] == "«"), None)
    if ch in "«„" or not open_marks:
        return None
    top = len(open_marks) - 1
    if open_marks[top] == "„":
        return top if ch != '"' else None  # „…“, „…”
    if open_marks[top] == "«":
        return None
    faces_in = before is not None and before not in _OPENS_AFTER  # a word or a mark before it: …" / …»"
    opens = after is not None and not after.isspace() and not faces_in
    return top if faces_in or not opens else None


class _PhraseNode(qparser.PhrasePlugin.PhraseNode):
    """A quoted phrase, analyzed in the analyzer's "phrase" mode: as a query, but keeping the
    words that reverse its meaning (не, без: index.analysis.POLARITY_WORDS). With `~N` typed
    (`near`) its words are looked for near each other in any order (index.near). An `ordinal` one
    is a number and an event's word that index.ordinals added: it matches only an ordinal use; a
    `years` one a number in words and its years' word (index.anniversaries): only a whole number."""

    def __init__(self, text, textstartchar, slop=1, near=False, ordinal=False, years=False):
        super().__init__(text, textstartchar, slop)
        self.near = near
        self.ordinal = ordinal
        self.years = years

    def query(self, parser):
        fieldname = self.fieldname or parser.fieldname
        words, char_ranges = [], []
        for t in parser.schema[fieldname].tokenize(self.text, mode="phrase", chars=True):
            words.append(t.text)  # the analyzer reuses one Token: copy its values now
            char_ranges.append((self.textstartchar + t.startchar, self.textstartchar + t.endchar))
        if self.ordinal and len(words) >= 2:
            return attach(ordinal_use(fieldname, words, self.text.split()[-1], self.boost), self)
        if self.years and words:
            return attach(years_use(fieldname, words, self.boost), self)
        _check_phrase_cost(self.text, words, self.slop, self.near)
        phrase = NearWords if self.near else parser.phraseclass
        parts = _sentence_parts(self.text, self.textstartchar, words, char_ranges)
        if len(parts) > 1:  # the index has a gap between sentences: each sentence is a phrase of its own
            return attach(And([phrase(fieldname, w, slop=self.slop, boost=self.boost, char_ranges=c)
                               if len(w) > 1 else Term(fieldname, w[0], boost=self.boost) for w, c in parts]), self)
        q = phrase(fieldname, words, slop=self.slop, boost=self.boost, char_ranges=char_ranges)
        return attach(q, self)


def _sentence_parts(text: str, start: int, words: list[str], char_ranges: list[tuple[int, int]]):
    """The phrase's words and their character ranges, sentence by sentence (a pasted quote of
    two sentences: «…нашу республику. Казахстан встретил…»)."""
    starts = [start + at for at in sentence_starts(text, typed=True)]
    parts: dict[int, tuple[list, list]] = {}
    for word, chars in zip(words, char_ranges):
        ws, cs = parts.setdefault(bisect_right(starts, chars[0]), ([], []))
        ws.append(word)
        cs.append(chars)
    return list(parts.values())


def _check_phrase_cost(text: str, words: list[str], slop: int, near: bool = False) -> None:
    """Refuse a phrase whose matching would hold a thread for seconds (see MAX_PHRASE_REPEATS);
    words near each other (`near`, any ~N) are each looked for once."""
    repeats = max(Counter(words).values(), default=0)
    shown = text if len(text) <= 60 else text[:60] + "…"
    if (slop > 1 or near) and repeats > 1:
        raise QueryError(f"Во фразе «{shown}» с расстоянием ~{slop} слово повторяется: уберите повтор или расстояние.")
    if slop > 1 and len(words) > MAX_SLOPPY_PHRASE_WORDS:
        raise QueryError(f"Во фразе «{shown}» с расстоянием ~{slop} слишком много слов: не больше {MAX_SLOPPY_PHRASE_WORDS}.")
    if repeats > MAX_PHRASE_REPEATS:
        raise QueryError(f"Во фразе «{shown}» одно слово повторяется слишком часто: не больше {MAX_PHRASE_REPEATS} раз.")


def _check_near_words(query: Query) -> None:
    """Refuse a query whose `"…"~N` phrases hold more than MAX_NEAR_WORDS words together (each
    phrase counted once, however many fields it is searched in)."""
    phrases = {tuple(node.words) for node in query.leaves() if isinstance(node, NearWords)}
    if sum(map(len, phrases)) > MAX_NEAR_WORDS:
        raise QueryError(f"Во фразах с расстоянием ~N слишком много слов вместе: не больше {MAX_NEAR_WORDS}; "
                         "уберите часть фраз или слов либо уберите расстояние у части фраз.")


class _PhraseTagger(qparser.PhrasePlugin.PhraseTagger):
    def create(self, parser, match):
        slop = match.group("slop")
        if "~" + (slop or "") == ORDINAL_USE_MARK:
            return _PhraseNode(match.group("text"), match.start("text"), ordinal=True)
        if "~" + (slop or "") == YEARS_USE_MARK:
            return _PhraseNode(match.group("text"), match.start("text"), years=True)
        return _PhraseNode(match.group("text"), match.start("text"), int(slop) if slop else 1, near=slop is not None)


class _PhrasePlugin(qparser.PhrasePlugin):
    def __init__(self):
        # a distance of 0 too: index.ordinals.ORDINAL_USE_MARK, index.anniversaries.YEARS_USE_MARK
        # (a typed ~0 is read away before)
        super().__init__(expr=r'"(?P<text>.*?)"(~(?P<slop>\d+))?')

    def taggers(self, parser):
        return [(_PhraseTagger(self.expr), 0)]


ONLY_EXCLUSIONS_IN_BRACKETS = ("В скобках только исключения: добавьте в скобки слово, которое нужно найти, "
                               "например (форум -диалог).")


class _PlusMinusPlugin(qparser.PlusMinusPlugin):
    """`-word` excludes a word; `+word` means "must contain", as people type it from web search
    engines, which every word already does (AND is the default): the plus is dropped. Whoosh's
    own filter made every other word of the query optional (AndMaybe), so `форум +диалог` found
    every document with «диалог», «форум» or not, and none of them said it lacked a word."""

    def do_plusminus(self, parser, group):
        kept = group.empty_copy()
        banned = syntax.OrGroup()
        into = kept
        for node in group:
            if isinstance(node, syntax.GroupNode):  # `(форум -диалог)`: Whoosh's filter sees the top level only
                node = self.do_plusminus(parser, node)
            if isinstance(node, self.Plus):
                into = kept
            elif isinstance(node, self.Minus):
                into = banned
            else:
                into.append(node)
                into = kept
        if banned and not kept:  # `форум (-диалог)`: an AndNot of nothing would drop the exclusion unsaid
            raise QueryError(ONLY_EXCLUSIONS_IN_BRACKETS)
        return syntax.AndNotGroup([kept, banned]) if banned else kept


def _written_words(reader, fieldname: str, btexts):
    """The expansion `btexts` without stop words (при, через, который), which a search of every
    form leaves out: the exact-form field holds them, and `при*` matched every document's «при»."""
    from_bytes = reader.schema[fieldname].from_bytes
    return (b for b in btexts if from_bytes(b) not in STOP_WORDS)


class _WrittenPrefix(Prefix):
    """A prefix* over the exact-form field beside its morphological field: see _written_words."""

    def _btexts(self, ixreader):
        return _written_words(ixreader, self.fieldname, super()._btexts(ixreader))


class _WrittenWildcard(Wildcard):
    """A wildcard with a star inside (`меж*ский`) over the exact-form field: see _written_words."""

    def _btexts(self, ixreader):
        return _written_words(ixreader, self.fieldname, super()._btexts(ixreader))

    def normalize(self):
        return self  # a star only at the end is a _WrittenPrefix already


_EXACT_FIELDS = frozenset(WRITTEN_FORMS.values())


class _Parser(qparser.QueryParser):
    """A prefix* (or another wildcard) over a morphological field also reads that field's words as
    written (WRITTEN_FORMS): the morphological field holds dictionary forms, so `выступил*` (whose
    word is `выступить` there) found no «выступил». A word matches when its written form or its
    dictionary form starts with the prefix (`обсуди*` still finds «обсудят»)."""

    def multitoken_query(self, spec, texts, fieldname, termclass, boost):
        """A word the analyzer splits: a number with its parts (01-р, 70-IV, 2.3, §1) is those parts
        in a row, so «19.01.2024 № 5-р» is no `01-р`; so is any word in the exact-form field, which
        asks for the word as written (`кое-что` is no «что» standing alone, and marks none); another
        (информационно-аналитической) any of its forms' parts together, as before."""
        in_a_row = fieldname in _EXACT_FIELDS or any(c.isdigit() for t in texts for c in t)
        if in_a_row and termclass is Term:
            return self.phraseclass(fieldname, texts, boost=boost)
        return super().multitoken_query(spec, texts, fieldname, termclass, boost)

    def term_query(self, fieldname, text, termclass, boost=1.0, tokenize=True, removestops=True):
        q = super().term_query(fieldname, text, termclass, boost, tokenize, removestops)
        written = WRITTEN_FORMS.get(fieldname)
        if q is None or written is None or not issubclass(termclass, (Prefix, Wildcard)):
            return q
        forms = super().term_query(written, text, termclass, boost, tokenize, removestops).normalize()
        if isinstance(forms, (Prefix, Wildcard)):  # not a Term: a star is always there (_check_wildcards)
            forms = (_WrittenPrefix if isinstance(forms, Prefix) else _WrittenWildcard)(
                forms.fieldname, forms.text, boost=forms.boost)
        return Or([q, forms])


def _parser(fields: list[str], schema) -> qparser.QueryParser:
    parser = _Parser(None, schema, group=qparser.AndGroup)
    parser.add_plugin(qparser.MultifieldPlugin(fields))  # as qparser.MultifieldParser does
    parser.remove_plugin_class(qparser.PhrasePlugin)
    parser.add_plugin(_PhrasePlugin())
    # +/- only at the start of a word, so hyphenated words stay whole
    parser.add_plugin(_PlusMinusPlugin(plusexpr=r"(?:^|(?<=[\s(]))\+", minusexpr=r"(?:^|(?<=[\s(]))-(?=\S)"))
    parser.replace_plugin(
        qparser.OperatorsPlugin(
            And=r"(?<=\s)(AND|И)(?=\s)",
            Or=r"(?<=\s)(OR|ИЛИ)(?=\s)",
            AndNot=r"(?<=\s)(ANDNOT)(?=\s)",
            Not=r"(^|(?<=(\s|[()])))(NOT|НЕ)(?=\s)",
        )
    )
    # Only our own fields may be named; anything else with a colon is plain text.
    parser.remove_plugin_class(qparser.FieldsPlugin)
    # Ranges are for year: only (split_field_filters); a bracket in the text (`[protocol]`) is plain text.
    parser.remove_plugin_class(qparser.RangePlugin)
    return parser


ABBREVIATIONS_ENV = "ASSEMBLY_SEARCH_ABBREVIATIONS"


class AbbreviationError(ValueError):
    """A line of an abbreviations file that cannot be read (the message names file and line)."""


# what a query's abbreviation is (_ABBREVIATION_RE): two capitals or more, nothing else
_LISTED_ABBREVIATION_RE = re.compile(r"[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ]{2,}")


def parse_abbreviations(text: str, source: str) -> dict[str, tuple[str, ...]]:
    """ABBREVIATION -> its full names, one `X = full name` a line, several names of one
    abbreviation separated by `|` (`РОО = республиканское общественное объединение | региональное
    общественное объединение`). A line that could never expand (the abbreviation not in capitals
    alone: `дд`, `Д.Д.`, the sides swapped) or would silently replace another (the same
    abbreviation again with other full names) is refused with its line, not taken."""
    table: dict[str, tuple[str, ...]] = {}
    first_line: dict[str, int] = {}
    for lineno, line in data_lines(text):
        short, sep, full = line.partition("=")
        short = short.strip()
        names = tuple(" ".join(name.split()) for name in full.split("|"))
        if not (sep and short and all(names)) or '"' in full:
            raise AbbreviationError(f"{source}, line {lineno}: expected 'ABBREVIATION = full name' "
                                    "(no quotation marks; several full names separated by '|').")
        if not _LISTED_ABBREVIATION_RE.fullmatch(short):
            raise AbbreviationError(f"{source}, line {lineno}: '{short}' is not an abbreviation in capital letters, "
                                    "so no query would expand it; write the abbreviation on the left in capitals "
                                    "alone, without dots or spaces ('АНК = Ассамблея народа Казахстана').")
        if table.get(short, names) != names:
            raise AbbreviationError(f"{source}, line {lineno}: {short} is already '{' | '.join(table[short])}' on line "
                                    f"{first_line[short]}; write all its full names on one line, separated by '|'.")
        table[short] = names
        first_line.setdefault(short, lineno)
    return table


def load_abbreviations(path: str | None = None) -> dict[str, tuple[str, ...]]:
    """ABBREVIATION -> its full names, from `path` (the archive's file) or the shipped file."""
    if path:
        return parse_abbreviations(Path(path).read_text(encoding="utf-8-sig"), path)
    return parse_abbreviations(resources.files("index").joinpath("data", "abbreviations.txt").read_text(encoding="utf-8"),
                               "default abbreviations")


def _no_abbreviations(table: dict[str, tuple[str, ...]], path: str) -> str | None:
    """The warning for an archive's file with no abbreviations, which leaves search none of the shipped ones."""
    if table:
        return None
    return no_entries_warning(abbreviations.label(path), path, "abbreviations",
                              "`АНК` no longer finds «Ассамблея народа Казахстана», nor a topic its full name")


# the archive's abbreviations file as the last ingest given it read it, kept in the index folder:
# read when $ASSEMBLY_SEARCH_ABBREVIATIONS is unset, by search and by later ingests
KEPT_ABBREVIATIONS = "archive-abbreviations.txt"


def kept_abbreviations(index_dir: str | os.PathLike) -> Path:
    return Path(index_dir) / KEPT_ABBREVIATIONS


def check_abbreviations(index_dir: str | os.PathLike | None = None) -> list[str]:
    """A SettingError naming $ASSEMBLY_SEARCH_ABBREVIATIONS (or the copy the index at `index_dir`
    keeps), the file and its line when the archive's file is missing or malformed: it replaces
    the shipped one, so ignoring it would leave search with no abbreviations at all. The warning
    for a file with none at all. With `index_dir` (a search or serve command's one index), this
    process reads that index's copy from now on when the variable is unset."""
    if index_dir is not None:
        abbreviations.keep_beside(kept_abbreviations(index_dir))
    return abbreviations.check(parse_abbreviations, AbbreviationError)


# the abbreviations in force ($ASSEMBLY_SEARCH_ABBREVIATIONS, else the shipped file); a file
# broken while a server runs keeps those last read, one emptied is warned about
abbreviations: LiveSetting[dict[str, tuple[str, ...]]] = LiveSetting(ABBREVIATIONS_ENV, load_abbreviations, "abbreviations",
                                                          _no_abbreviations)


def expand_abbreviations(text: str, expanded: dict[str, str] | None = None) -> str:
    """`АНК` outside quotes becomes `(АНК OR "Ассамблея народа Казахстана")` (an abbreviation of
    several full names, РОО, is each of them), and a full name typed finds the abbreviation
    (index.abbreviated_names); what was expanded is added to `expanded` (several names joined by ` | `)."""
    table = abbreviations()
    if not table:
        return text

    def expand(m: re.Match) -> str:
        typed = m.group(0)
        short = _listed(typed, table)
        if short is None:
            return typed
        if expanded is not None:
            expanded[typed] = " | ".join(table[short])
        return f"({typed} OR " + " OR ".join(f'"{full}"' for full in table[short]) + ")"

    return with_abbreviations(sub_outside_quotes(_ABBREVIATION_RE, expand, text), table, expanded)


# a word of any case, maybe with a case ending after a hyphen (анк, қха-ның); not in a longer hyphened word
# (a «?» ending a word is a question's mark, not a wildcard: `что такое анк?` is offered «АНК»)
_ANY_CASE_WORD_RE = re.compile(r"(?<![\w*?])(?<!\w-)[^\W\d_]{2,}(?:[-\u2010\u2011][^\W\d_]{1,10})?"
                               r"(?![\w*-]|\?+[^\s?])")


def abbreviations_in_capitals(text: str) -> str | None:
    """`text` with the abbreviations of the list typed in lowercase outside quotes and field
    filters (`анк`, `Анк`) in capitals, as they expand (АНК); None when there is none. Not
    expanded as typed: a lowercase one may be a word (эко, вуз), so it is offered, not searched."""
    table = abbreviations()
    changed = False

    def capitals(m: re.Match) -> str:
        nonlocal changed
        word = m.group(0)
        if word.upper() in table and not word.isupper():
            changed = True
            return word.upper()
        short = typed_case_form(word)  # қха-ның: «ҚХА-ның», a case form that expands
        if short is not None and short.upper() in table:
            changed = True
            return short.upper() + word[len(short):]
        return word

    text = sub_outside_quotes_and_filters(_ANY_CASE_WORD_RE, capitals, text)
    return text if changed else None


# an abbreviation typed in capitals, or a case form of one (АНКа, ҚХА-ның, ЭКО-ларының: written_abbreviations)
# (its first capital comes before the check that nothing of a word stands before it, so that the regex
# engine starts only at capitals: a lookbehind first was tried at every character, four times the time)
_ABBREVIATION_RE = re.compile(r"[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ](?<![\w*?-][A-ZА-ЯЁӘҒҚҢӨҰҮҺІ])[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ]+"
                              r"(?:-?[^\W\d_A-ZА-ЯЁӘҒҚҢӨҰҮҺІ]{1,10})?(?![\w*?-])")


def lowercase_case_forms(text: str) -> str:
    """`text` with each case form of an abbreviation of the list typed not in capitals outside
    quotes and field filters (`қха-ның`, `эко-лардың`, `анк-ом`) as the abbreviation typed so
    (`қха`): the ending after the hyphen is no word a document must have (ның, ом), as in
    capitals (index.written_abbreviations); not expanded, as `қха` is not."""
    table = abbreviations()

    def bare(m: re.Match) -> str:
        short = typed_case_form(m.group(0))
        return short if short is not None and short.upper() in table else m.group(0)

    return sub_outside_quotes_and_filters(_ANY_CASE_WORD_RE, bare, text) if table else text


def spelt_out(text: str) -> str:
    """`text` with each abbreviation of the list written in capitals as its full name («ЭКО «Вайнах»»
    is «этнокультурное объединение «Вайнах»»): what ingest's topics and a `topic:` filter read, so
    they count an abbreviation as the words it stands for, as a search finds them by it."""
    table = abbreviations()
    if not table:
        return text
    # a case form («ЭКО-ның», «ЭКЦ-ом») is its full name too: Kazakh texts nearly always decline them
    # (its first full name: РОО's two both say «общественное объединение», which is what topics weigh)
    return _ABBREVIATION_RE.sub(lambda m: table.get(_listed(m.group(0), table) or "", (m.group(0),))[0], text)


def listed_abbreviation(word: str) -> str | None:
    """The abbreviation of the list in force `word` is, or is a case form of (ЮКО, ВКО-да: ЮКО,
    ВКО), else None: ingest's persons tell a region or a body from a surname by it."""
    return _listed(word, abbreviations())


def abbreviation_case_form(word: str) -> bool:
    """Whether `word` is a case form of an abbreviation of the list however typed (АНК-ом, ҚХА-ның,
    анк-ом, эко-лардың): its ending is no word of its own, nor one to glue to the abbreviation."""
    table = abbreviations()
    short = typed_case_form(word)
    return short.upper() in table if short is not None else _listed(word, table) is not None and word not in table


def _listed(typed: str, table: dict[str, tuple[str, ...]]) -> str | None:
    """The abbreviation of the list `typed` is, or is a case form of (АНКа, ҚХА-ның: АНК, ҚХА), else None."""
    short = typed if typed in table else declined_abbreviation(typed)
    return short if short in table else None

# Initials right before a surname, as a name is written in the facets (Н.А. Назарбаев, Ю. Ли).
_INITIALS_NAME_RE = re.compile(r"(?<![^\s(+-])((?:[^\W\d_]\.\s*){1,3})([^\W\d_]{2,}(?:-[^\W\d_]+)*)(?![\w.*?-])")
# Initials right after a surname, as transcripts and lists write a name (Назарбаев Н.А., Токаев К. К.)
_NAME_INITIALS_RE = re.compile(r"(?<![^\s(+-])([^\W\d_]{2,}(?:-[^\W\d_]+)*)\s+((?:[^\W\d_]\.(?:\s*(?=[^\W\d_]\.))?){1,3})"
                               r"(?![\w*?-])")


def optional_initials(text: str) -> str:
    """Outside quotes, `Н.А. Назарбаев` and `Назарбаев Н.А.` become `(Назарбаев ANDMAYBE ("Н.А.
    Назарбаев" OR "Назарбаев Н.А."))`: the surname is required, the name with its initials, in
    either order, only ranks first. Required initials would leave out «Нурсултана
    Назарбаева» and «Назарбаевым» alone, and match any Н. and А. anywhere in the document (and
    mark them in the snippets)."""
    def before(m: re.Match) -> str:
        surname = m.group(2)
        if surname in OPERATORS:
            return m.group(0)
        initials = "".join(m.group(1).split())
        return f'({_surname_required(surname, initials)} ANDMAYBE ({_either_order(f"{initials} {surname}", f"{surname} {initials}")}))'

    def after(m: re.Match) -> str:
        surname = m.group(1)
        if surname in OPERATORS:
            return m.group(0)
        initials = "".join(m.group(2).split())
        return f'({_surname_required(surname, initials)} ANDMAYBE ({_either_order(f"{surname} {initials}", f"{initials} {surname}")}))'

    return sub_outside_quotes(_NAME_INITIALS_RE, after, sub_outside_quotes(_INITIALS_NAME_RE, before, text))


def _either_order(typed: str, other: str) -> str:
    """The name as typed, first, then with its initials on the other side of the surname, as the
    archive writes one person both ways (a report's «Б.К. Тугжанов», a stenogram's «ТУГЖАНОВ Е.Л.»):
    only the typed order ranked, and a namesake's or a woman's document outranked the person's own
    written the other way."""
    return f'("{typed}")^{TYPED_ORDER_BOOST} OR "{other}"'


TYPED_ORDER_BOOST = 2  # the name as typed ranks above the same name in the other order


def _surname_required(surname: str, initials: str) -> str:
    """What a name typed with initials requires: its surname, in any form; a surname that is also a
    function word the index keeps (Ни, Нам: index.full_names) only beside its first initial, in
    either order (`Т.В. Ни` finds «Т. Ни», «Ни Т.В.»), as a given name typed in full is: alone it is
    in nearly every document."""
    if not is_function_word(surname):
        return surname
    return f'"{initials.split(".")[0]}. {surname}"~2'


OPERATORS = frozenset(("NOT", "НЕ", "OR", "ИЛИ", "AND"))
# The operators as the parser reads them (_parser), outside quotes: at a word's edges or a bracket's
_OPERATOR_WORD_RE = re.compile(r"(?<![^\s()])(?:AND|ANDNOT|OR|NOT|И|ИЛИ|НЕ)(?![^\s()])")
_LETTERS_RE = re.compile(r"[^\W\d_]+")
_CYRILLIC_RE = re.compile(r"[А-ЯЁӘҒҚҢӨҰҮҺІ]+")
MIN_CAPITALS_WORD = 4  # letters of a word in capitals that reads as a word, not an abbreviation (ООН, СНГ)
# НЕ / NOT as the parser reads it, a word after it: between field filters, none follows the one
# before a filter (`НЕ speaker:X` excludes the value)
_NEGATION_RE = re.compile(r"(?<![^\s(])(?:NOT|НЕ)(?=\s+\S)")


def negations_as_words(text: str) -> str | None:
    """`text` with its НЕ / NOT operators outside quotes in lowercase, as words: a capital НЕ among
    lowercase words may be emphasis (`Как НЕ стать соучастником провокации`), not «without»;
    None when there is none."""
    words = sub_outside_quotes_and_filters(_NEGATION_RE, lambda m: m.group(0).lower(), text)
    return words if words != text else None


# НЕ as the parser reads it, before a verb form: «Фейки НЕ пройдут», «Как НЕ стать» stress a
# verb; an exclusion names a thing (`молодежь НЕ форум`)
_NEGATION_BEFORE_WORD_RE = re.compile(r"(?<![^\s(])НЕ(?=\s+([^\W\d_]+))")
_VERB_FORM_TAGS = frozenset(("VERB", "INFN", "PRTF", "PRTS", "GRND"))


def emphatic_negations_as_words(text: str) -> str | None:
    """`text` with each capital НЕ before a verb form outside quotes in lowercase, as a word: a
    headline's emphasis (`Фейки НЕ пройдут`) excluded the verb and found another document; None
    when there is none."""
    def word(m: re.Match) -> str:
        verb = any(p.tag.POS in _VERB_FORM_TAGS for p in parses(m.group(1).lower()))
        return m.group(0).lower() if verb else m.group(0)

    words = sub_outside_quotes_and_filters(_NEGATION_BEFORE_WORD_RE, word, text)
    return words if words != text else None


def typed_in_capitals(text: str) -> bool:
    """Whether `text` (the words of a query, without its field filters) is typed wholly in
    capitals, Caps Lock or a headline pasted as the archive prints it (`КАК НЕ СТАТЬ СОУЧАСТНИКОМ
    ПРОВОКАЦИИ`): every letter a capital, and one word at least reading as a word rather than an
    abbreviation (`АНК ИЛИ СОС`, `СНГ ИЛИ ЕАЭС` keep their operator)."""
    runs = _LETTERS_RE.findall(text)
    return bool(runs) and all(run.isupper() for run in runs) and any(map(_reads_as_word, runs))


def _reads_as_word(run: str) -> bool:
    """A word in capitals that is no abbreviation: Cyrillic (a Latin one, NATO, UNESCO, mostly is
    one), MIN_CAPITALS_WORD letters or more, not in the abbreviations list, and not read by the
    dictionary only as an abbreviation (ЕАЭС, ЮНЕСКО)."""
    return (len(run) >= MIN_CAPITALS_WORD and bool(_CYRILLIC_RE.fullmatch(run)) and run not in abbreviations()
            and not all("Abbr" in p.tag for p in parses(run.lower())))


def lowercase_but_abbreviations(text: str) -> str:
    """`text` typed in capitals with each word in lowercase but its abbreviations (`ВОЛОНТЕРЫ АНК`:
    `волонтеры АНК`): a lowercase abbreviation is not expanded (`анк` is no alias of the Assembly)."""
    return _LETTERS_RE.sub(lambda m: m.group(0).lower() if _reads_as_word(m.group(0)) else m.group(0), text)


def operators_as_words(text: str) -> str:
    """`text` with its operators outside quotes in lowercase: words, searched as the others are
    (`не`, `и`, `или` are stop words)."""
    return sub_outside_quotes(_OPERATOR_WORD_RE, lambda m: m.group(0).lower(), text)


_QUESTION_MARK_RE = re.compile(r"\?")


def question_marks_as_punctuation(text: str) -> str:
    """`text` without question marks outside its quoted phrases: people type questions (`что
    говорил Токаев о языке?`), and Whoosh would read the mark as a one-letter wildcard, so `языке?`
    found nothing. The wildcard the search page teaches is the star. Inside quotes a «?» ends a
    sentence, as «!» does: a pasted line of verse (`"чего же боле? Что я могу еще сказать"`) is
    searched sentence by sentence, not as one phrase across the index's gap at the question."""
    if "?" not in text:
        return text
    return sub_outside_quotes(_QUESTION_MARK_RE, " ", text)


# A question asks with these words; what it asks about are the other words. Every case form:
# a question word is no content word in any form (кто, что, как, когда... are stop words anyway).
QUESTION_WORDS = frozenset("""
    кто кого кому кем ком что чего чему чем чём где когда почему зачем отчего откуда куда как
    какой какого какому каким каком какая какую какою какое какие каких какими
    каков какова каково каковы сколько скольких скольким скольками
    чей чьего чьему чьим чьём чья чьей чью чьё чье чьи чьих чьими
    who whom whose what which when where why how
""".split())
# Kazakh ones: a Kazakh question puts its question word last or before the verb (`Ассамблея
# қашан құрылды`, `төрағасы кім`), so one of them anywhere makes a question
KAZAKH_QUESTION_WORDS = frozenset("""
    кім кімнің кімге кімді кімде кімнен кіммен неге нені неде неден немен
    қашан қайда қайдан қалай қандай қанша қай неше нешінші
""".split())
# ... typed on a Russian keyboard, as on most school computers (кашан, кандай, ким); not «кай» (a
# name; «қай» asks only before a noun, `қай жылы`). «ким» is also a surname (Ким): it asks only
# typed in lowercase after another word, in a query otherwise Kazakh (`ассамблеянын торагасы ким?`);
# among Russian words it is the surname (`выступление ким` lost the name and found nothing).
_KAZAKH_TYPED_IN_RUSSIAN = frozenset(map(kazakh_as_russian, KAZAKH_QUESTION_WORDS)) - {"кай"}
_SURNAMES_TOO = frozenset(("ким",))
# «X деген не?», «X дегеніміз не?»: Kazakh «what is X»; «не» asks only after them (else it is Russian «не»)
KAZAKH_DEFINING = frozenset(("деген", "дегеніміз", "дегенимиз"))
# «қай жылы», «нешінші жылы» («in which year») ask the year as «в каком году» does: «жылы» after them
# only builds the question (a document writes «1995 жылғы», «1995 жылы»), and «кай» before it asks too
_ASKING_YEAR = frozenset(("қай", "кай", "нешінші", "нешинши"))
KAZAKH_YEAR_WORD_RE = re.compile(r"жыл(?:ы|ғы|гы|дың|дын|да|дары)?")
# ... and the Russian «в каком году», «с какого года», «в какие годы», «в котором году», «в каком месяце»,
# «какого числа»: the noun of a time after a form of «какой» or «который» (a particle «же», «именно»
# between) only builds the question; required, it left out «создана 1 марта 1995 г.» and found «за год»
_WHICH = frozenset(w for w in QUESTION_WORDS if w.startswith("как") and w not in ("как", "каков", "какова",
                                                                                 "каково", "каковы")) | frozenset("""
    который которого которому которым котором которая которой которую которое которые которых которыми
""".split())
_WHICH_PARTICLES = frozenset(("же", "ж", "именно"))
# «числа» asks the day only after «какого», «которого»: «какое число участников» asks how many
RUSSIAN_TIME_WORD_RE = re.compile(r"год(?:а|у|ом|ы|ах|ов)?|месяц(?:а|у|ем|е|ы|ев|ам|ами|ах)?|числа")
_WHICH_OF_DAY = frozenset(("какого", "которого"))
KAZAKH_WHAT = "не"
# The words that only build a question after a question word: «кто такой», «что такое», «what is»,
# «how did», «деген не». A closed list: «что говорил Токаев» keeps «говорил», which is what was said.
QUESTION_BUILDERS = frozenset("""
    такой такого такому таким таком такая такую такое такие таких такими таков такова таково таковы
    это ли же is are was were do does did
""".split()) | KAZAKH_DEFINING
_WORD_ENDING_IN_QUESTION_MARK_RE = re.compile(r"[^\W_]\?+(?!\S)")
# A question of nothing but its question words (`кто?`, `что такое?`, `сколько?`): one sentence
# for all of them, where «кто» was refused as a preposition and «почему» found any document saying it
ONLY_QUESTION_WORDS = "Допишите, о чём вопрос: например, «когда создана Ассамблея?»."


_RUSSIAN_ENGLISH_FOLDED = frozenset(map(fold, QUESTION_WORDS))
_QUESTION_FOLDED = (_RUSSIAN_ENGLISH_FOLDED | frozenset(map(fold, KAZAKH_QUESTION_WORDS))
                    | (_KAZAKH_TYPED_IN_RUSSIAN - _SURNAMES_TOO))
_BUILDERS_FOLDED = frozenset(map(fold, QUESTION_BUILDERS))


# Prepositions a question word may follow: «о чём говорил», «в каком году», «с кем встречался»
QUESTION_PREPOSITIONS = frozenset("""
    о об обо в во с со за для на по про от из к ко у до при над под перед через без между
""".split())


def _question_word(words: list[str], i: int) -> bool:
    """Whether `words[i]` asks: a question word, Kazakh «не» after «деген», a lowercase «ким»
    after another word among Kazakh ones."""
    word = fold(words[i])
    if word in _QUESTION_FOLDED:
        return True
    if word == KAZAKH_WHAT:
        return i > 0 and fold(words[i - 1]) in KAZAKH_DEFINING
    if word in _ASKING_YEAR or KAZAKH_YEAR_WORD_RE.fullmatch(word):
        return _asks_year(words, i)
    if word in _WHICH or word in _WHICH_PARTICLES or RUSSIAN_TIME_WORD_RE.fullmatch(word):
        return i in _asked_times(words)
    return word in _SURNAMES_TOO and words[i].islower() and i > 0 and _kazakh_besides(words, i)


def _asked_times(words: list[str]) -> set[int]:
    """The positions of the words that ask a time: «каком году», «котором же году», «какого числа»."""
    folded = [fold(w) for w in words]
    asked: set[int] = set()
    for at, which in enumerate(folded):
        if which not in _WHICH:
            continue
        noun = at + 1
        while noun < len(folded) and folded[noun] in _WHICH_PARTICLES:
            noun += 1
        if noun < len(folded) and RUSSIAN_TIME_WORD_RE.fullmatch(folded[noun]) and (
                folded[noun] != "числа" or which in _WHICH_OF_DAY):
            asked.update(range(at, noun + 1))
    return asked


def _asks_year(words: list[str], i: int) -> bool:
    """Whether `words[i]` is «қай», «нешінші» (or «кай») before a «жылы», or that «жылы»."""
    at = i if fold(words[i]) in _ASKING_YEAR else i - 1
    return 0 <= at and at + 1 < len(words) and fold(words[at]) in _ASKING_YEAR and bool(
        KAZAKH_YEAR_WORD_RE.fullmatch(fold(words[at + 1])))


_KAZAKH_ASKING_FOLDED = (_QUESTION_FOLDED - _RUSSIAN_ENGLISH_FOLDED) | frozenset(map(fold, KAZAKH_DEFINING))


def _kazakh_besides(words: list[str], i: int) -> bool:
    """Whether a word of `words` other than `words[i]` is Kazakh: a Kazakh question word or one
    reading as Kazakh (index.kazakh_looking), quoted phrases aside."""
    return any(j != i and not w.startswith('"') and (fold(w) in _KAZAKH_ASKING_FOLDED or looks_kazakh(w))
               for j, w in enumerate(words))


def _typed_as_question(text: str, words: list[str]) -> bool:
    """A question: a word of it ends in «?» (`Кто такой Жумабеков?`, `… Жумабеков? year:2021`),
    or its first word asks (`Какие меры приняты`), a preposition before it too (`О чём говорил
    Назарбаев`), or sets a school task (`Расскажите о Доме дружбы`), or a Kazakh word asks anywhere
    (`Ассамблеяның төрағасы кім`); a «?» inside a word (`медиац?я`) asks nothing."""
    first = 1 if len(words) > 1 and fold(words[0]) in QUESTION_PREPOSITIONS else 0
    kazakh = any(_question_word(words, i) and fold(w) not in _RUSSIAN_ENGLISH_FOLDED for i, w in enumerate(words))
    return (bool(_WORD_ENDING_IN_QUESTION_MARK_RE.search(text)) or _question_word(words, first)
            or _is_task_verb(words[first]) or kazakh)


def _asking(words: list[str], builders: bool) -> list[bool]:
    """For each word whether it only asks: a question word, a builder (with `builders`), and a
    preposition just before a question word."""
    asks = [_question_word(words, i) or (builders and fold(w) in _BUILDERS_FOLDED) for i, w in enumerate(words)]
    return [a or (fold(w) in QUESTION_PREPOSITIONS and i + 1 < len(words) and _question_word(words, i + 1))
            for i, (w, a) in enumerate(zip(words, asks))]


def without_question_words(text: str, typed: str) -> tuple[str, list[str]]:
    """`text` (a query without its field filters and question marks; `typed`: the same with them)
    without the words that only ask, when it is a question typed in plain words and quoted phrases,
    and those words as typed. «Кто такой Жумабеков?» searched «такой» too, so the one document
    having it hid the four about Жумабеков; `что такое «Жарасым»?` searched «такое» and found
    nothing. Nothing is dropped inside quotes, nor from a query with other syntax (an operator, an
    exclusion). QueryError for a question of nothing but such words or stop words (`Почему?`)."""
    words = plain_words(text, phrases=True)
    if not words or not _typed_as_question(typed, words):
        return text, []
    # «такой» builds a question only beside a question word: «такой формат встреч?» asks about it
    asks = _asking(words, any(_question_word(words, i) for i in range(len(words))))
    left_out = [w for w, a in zip(words, asks) if a]
    kept = [w for w, a in zip(words, asks) if not a]
    if not left_out:
        return text, []
    if all(fold(w) in STOP_WORDS for w in kept):
        raise QueryError(ONLY_QUESTION_WORDS)
    return " ".join(kept), left_out


# Verbs that in a question only frame what is asked: «что говорил Назарбаев о единстве» asks for
# what he said about unity, written with «говорил» or not (отметил, подчеркнул, «…», — сказал);
# «где находится дом дружбы» for the house, whatever verb places it; «что значит АНК», «кто
# возглавляет Ассамблею», «зачем нужна Ассамблея» (нужный, a short adjective) for the thing asked
# about, which a document rarely defines with the question's own verb. Their dictionary forms.
QUESTION_VERBS = frozenset("""
    говорить сказать заявить отметить подчеркнуть сообщить рассказать высказаться высказывать
    находиться располагаться расположить быть являться значить означать обозначать возглавлять руководить
    нужный
""".split())
# a participle too: «где расположен дом дружбы» (расположить)
_VERB_TAGS = frozenset(("VERB", "INFN", "PRTF", "PRTS", "ADJS"))
# A school task's verb in the imperative (`Расскажите о Доме дружбы`, `Назовите цели Ассамблеи`)
# asks for what follows: it opens a question and, wherever it stands, only ranks. Dictionary forms.
TASK_VERBS = frozenset("""
    назвать перечислить рассказать описать объяснить ответить указать привести охарактеризовать
    определить написать сравнить доказать подумать раскрыть выписать найти пояснить
""".split())
# ... and the noun a task's verb asks for, right after it (`Приведите примеры работы Дома дружбы`,
# `Раскройте понятие Дом дружбы`): a document gives examples and defines a thing without the words
# «пример», «понятие». Dictionary forms.
TASK_NOUNS = frozenset(("пример", "понятие", "термин"))


class OptionalWords(AndMaybe):
    """A query (`a`) and a question's verbs (`b`): documents need the query only, and those
    having the verbs too rank first; the verbs are marked where they occur, as words of their own."""


def _is_question_verb(word: str) -> bool:
    return any(p.tag.POS in _VERB_TAGS and p.normal_form.replace("ё", "е") in QUESTION_VERBS
               for p in parses(word.lower()))


def _is_task_verb(word: str) -> bool:
    return not word.startswith('"') and any("impr" in p.tag and p.normal_form in TASK_VERBS
                                            for p in parses(word.lower()))


def _is_task_noun(word: str) -> bool:
    return any(p.tag.POS == "NOUN" and p.normal_form in TASK_NOUNS for p in parses(word.lower()))


def question_verbs(text: str, asked: bool) -> tuple[str, list[str]]:
    """`text` (a query's words, a question's question words left out: `asked`) without the verbs
    that only frame it, and those verbs as typed: a task's imperative always, QUESTION_VERBS in a
    question. Searched as OptionalWords, they rank without leaving out a document that says it
    otherwise. Kept when nothing but stop words would remain (`что говорил?`)."""
    words = plain_words(text, phrases=True)
    if not words:
        return text, []
    verbs = [w for i, w in enumerate(words) if not w.startswith('"') and (
        asked and _is_question_verb(w) or _is_task_verb(w) or i and _is_task_verb(words[i - 1]) and _is_task_noun(w))]
    kept = [w for w in words if w not in verbs]
    if not verbs or all(fold(w) in STOP_WORDS for w in kept):
        return text, []
    return " ".join(kept), verbs


def _only_function_words(typed: str, exact: bool = False) -> QueryError:
    """The refusal of a query with no word to search: a question (`не?`) is asked what it is about; other
    function words (`из-за`, `в и на`) are pointed to the exact-form search, which finds them, unless
    that search is the one refusing (its advice would send the reader round in a loop)."""
    if _WORD_ENDING_IN_QUESTION_MARK_RE.search(typed):
        return QueryError(ONLY_QUESTION_WORDS)
    only = "В запросе только служебные слова (предлоги, союзы): добавьте значимое слово"
    if exact:
        return QueryError(f"{only}.")
    return QueryError(f"{only} или ищите точную форму (--exact, exact=1).",
                      f"{only} или ищите точную форму слов (флажок «точная форма слов»).")


def _operators_alone(text: str) -> bool:
    """Whether the words of `text` are all operators (`(AND)`, `AND OR`): the exact form's parser read
    a bracketed one as the word «and»."""
    words = _LETTERS_RE.findall(text)
    return bool(words) and all(word in OPERATORS or word == "ANDNOT" for word in words)


def _nothing_to_search(text: str, typed: str, exact: bool) -> QueryError:
    """The refusal of a query whose `text` (what was left to search) came to nothing: brackets or signs
    alone (`(`, `()`) have no word, operators alone (`AND`, `(ИЛИ)`) join none, and only function words
    are left to _only_function_words; neither of the first two is helped by the exact form."""
    words = _LETTERS_RE.findall(text)
    if not words:
        return QueryError(NO_WORD)
    if _operators_alone(text):
        named = ", ".join(dict.fromkeys(words))
        return QueryError(f"В запросе только {'оператор' if len(set(words)) == 1 else 'операторы'} {named} и нет слова "
                          "для поиска: операторы соединяют слова (волонтеры OR добровольцы), введите слово или фразу.")
    return _only_function_words(typed, exact)


# What makes brackets a group: an operator or a sign (+, -) outside quotes, or a distance or boost
_GROUPING_SYNTAX_RE = re.compile(r"(?<![^\s(])[+-](?=\S)|(?<![^\s(])(?:AND|ANDNOT|И|OR|ИЛИ|NOT|НЕ)(?![^\s)])|[~^]")


def prose_brackets_as_spaces(text: str) -> str:
    """`text` (its quotes closed) with its brackets outside quotes as spaces when it has no operator
    or sign for a group to matter to: brackets of prose, a gloss (`АНК (Ассамблея народа
    Казахстана)`, `Дом дружбы (Достық үйі)`) or a stray `)`, as groups made a question's words
    required and kept the words found in part from being shown."""
    if not re.search(r"[()]", text) or _GROUPING_SYNTAX_RE.search(_QUOTED_RE.sub(" ", text)):
        return text
    return sub_outside_quotes(_BRACKET_RE, " ", text)


_BRACKET_RE = re.compile(r"[()]")


def _words_outside_filters(text: str) -> bool:
    """Whether `text` holds anything besides its field filters (`?` alone, `speaker:Ли ?`)."""
    return bool(_without_filters(text, list(FIELD_FILTER_RE.finditer(text)), lambda m: True).strip())


def query_too_long(text: str) -> bool:
    """Whether a search refuses `text` for its length, measured as parse_query measures it."""
    return len(text) > MAX_QUERY_CHARS and len(question_marks_as_punctuation(text.strip()).strip()) > MAX_QUERY_CHARS


def parse_query(text: str, fields: list[str], schema, names_named: NamesNamed | None = None) -> ParsedQuery:
    """Parse `text` for a search over `fields`; raise QueryError with a message on bad input.
    `names_named`: the persons the archive's facets know by a typed name, for reading a given
    name typed in full before a surname as initials (index.full_names)."""
    typed = straight_quotes(as_typed_words(text or "").strip())
    if not typed and text and not text.isspace():  # only invisible characters (a zero-width space, RLO):
        raise QueryError(NO_WORD)                    # no word, as an emoji alone is, not the whole archive
    text = question_marks_as_punctuation(typed).strip()
    if query_too_long(text):
        raise QueryError(f"Запрос слишком длинный: не больше {MAX_QUERY_CHARS} символов.")
    # a worksheet's label first: «Задание II:» is no field named «II»; read in the typed text,
    # where the «?» before bare points (`? 2 балла`) tells them from a question's words
    text = question_marks_as_punctuation(without_worksheet_labels(
        typed, asks=bool(_WORD_ENDING_IN_QUESTION_MARK_RE.search(typed)))).strip()
    piped = has_pipes(text)
    text = pipes_as_or(text)  # `волонтеры | молодежь`: OR, as web search engines read it
    rest, filters, excluded, required = split_field_filters(text)
    rest = rest.strip()
    if not rest and _words_outside_filters(pipes_as_or(typed)):  # only question marks: as «.» or «!» alone
        raise QueryError(NO_WORD)
    if not rest:
        return ParsedQuery(None, filters, excluded, typed=typed, required=required)
    exact = _EXACT_FIELDS.issuperset(fields)
    # before brackets of prose are read away: `AROUND(3)` keeps its number
    _check_other_operators(rest, exact)
    if exact:
        rest = without_exact_marks(rest)  # `!медиация` asks for the form typed, as an exact search does
    # read beside the filters: `волонтер не speaker:Ковалева` is as much an exclusion typed in lowercase
    typed_operators = lowercase_operators(text, [m.span() for m in FIELD_FILTER_RE.finditer(text)])
    rest = references(prose_brackets_as_spaces(addresses_as_phrases(operators_apart_from_brackets(closed_quote(rest)))))
    # Caps Lock or a headline: its НЕ, И, ИЛИ are words, not operators; brackets and `|` are typed
    # only as operator syntax, `(ФОРУМ ИЛИ ДИАЛОГ) КУЛЬТУРА`, `ФОРУМ | ДИАЛОГ` keep theirs
    if typed_in_capitals(rest) and not _groups_outside_quotes(rest) and not piped:
        rest = operators_as_words(rest)
        # said as a lowercase «не» is: `ВОЛОНТЕРЫ НЕ ГРАНТ` finds the documents with «грант»
        typed_operators = lowercase_operators(text, [m.span() for m in FIELD_FILTER_RE.finditer(text)], capitals=True)
    rest, left_out = without_question_words(rest, typed)
    rest, optional = question_verbs(rest, asked=bool(left_out))
    rest = without_year_words(rest)
    # operators joining nothing (`AND согласие`, `Ассамблея NOT`) were words the exact form requires
    with_operators, rest = rest, without_stray_operators(rest)
    if not re.search(r"[^\W_]", rest) or _operators_alone(rest):
        raise _nothing_to_search(with_operators, typed, exact)
    _check_bare_range(rest)
    rest = _without_wildcard_punctuation(rest)
    _check_wildcards(rest)
    rest = _read_typed_syntax(rest)
    _check_slop(rest)
    _check_fuzzy(rest)
    if _NEGATIVE_ONLY_RE.fullmatch(rest):
        raise QueryError("Запрос состоит только из исключений: добавьте слово, которое нужно найти.")
    expanded: dict[str, str] = {}
    try:
        parser = _parser(fields, schema)
        query = parser.parse(_with_other_readings(typed_ordinals_as_numbers(rest), expanded, names_named, exact))
        if optional:
            query = OptionalWords(query, parser.parse(" OR ".join(optional)))
    except QueryError:
        raise
    except Exception as exc:  # whoosh rarely raises, but never let it reach the caller
        raise QueryError("Запрос не удалось разобрать; проверьте кавычки и скобки.") from exc
    query = with_document_years(query.normalize(), typed_years(rest))
    _check_near_words(query)
    if query is NullQuery or isinstance(query, type(NullQuery)):
        raise _nothing_to_search(rest, typed, exact)
    if _only_negative(query):
        raise QueryError("Запрос состоит только из исключений: добавьте слово, которое нужно найти.")
    return ParsedQuery(query, filters, excluded, rest, expanded, left_out, typed, optional, excluded_words(rest),
                       required, typed_operators)


# A minus glued to a word, a "phrase" (with its ~N: a distance excludes less than the exact phrase) or a
# (group), or NOT / НЕ / ANDNOT before one: what it excludes, without more signs typed after the first
# (`--грант` excludes «грант», as the analyzer reads the word: the note said «-грант»)
_EXCLUSION_RE = re.compile(r'(?<![^\s(])(?:-|(?:NOT|НЕ|ANDNOT)\s+)[-+]*("[^"]*"(?:~\d+)?|\([^()]*\)|[^\s"()]+)')


def excluded_words(text: str) -> list[str]:
    """The words, phrases and groups `text` excludes, as typed (a page says them: an exclusion
    typed by mistake otherwise turns the answer over unseen)."""
    return [m.group(1) for m in _EXCLUSION_RE.finditer(text) if not _inside_quotes(text, m.start())]


# A word or a "phrase" (with its distance) a query asks for: what is left between its operators,
# signs and brackets; a word's fuzziness or boost (`Абай~`, `Абай^2`) is no word of it
_ASKED_UNIT_RE = re.compile(r'"[^"]*"(?:~\d+)?|[^\s"()+]+')
_WORD_TUNING_RE = re.compile(r'(?<=[^\s"])[~^][\d.]*')
_JOINING_OPERATORS = frozenset(("AND", "OR", "NOT", "ANDNOT", "ANDMAYBE", "И", "ИЛИ", "НЕ"))


def asked_words(text: str) -> list[str]:
    """The words and "phrases" `text` asks for, as typed (its exclusions, operators and the + sign
    left out): `Абай AND парламент`, `+Абай +"Дом дружбы"` -> Абай, парламент / Абай, "Дом дружбы"."""
    kept = sub_outside_quotes(_WORD_TUNING_RE, "", sub_outside_quotes(_EXCLUSION_RE, " ", text))
    return [unit for unit in _ASKED_UNIT_RE.findall(kept)
            if unit not in _JOINING_OPERATORS and unit.strip('"').strip()]


def _read_typed_syntax(text: str) -> str:
    """`text` with `"…"~0` and an operator typed twice read (index.typed_syntax); QueryError for
    a distance, a boost or operators in a row it cannot read."""
    text, refusal = phrase_distances(text, MAX_SLOP)
    refusal = refusal or boost_refusal(text)
    if not refusal:
        text, refusal = single_operators(text)
    if refusal:
        raise QueryError(refusal)
    return text


def _with_other_readings(text: str, expanded: dict[str, str], names_named: NamesNamed | None,
                         exact: bool) -> str:
    """`text` as the parser reads it: abbreviations with their full names, given names typed
    before a surname as initials, a lowercase plural in -ов its noun too (index.plural_nouns), a verb's
    form that is also a noun's the noun too (index.homograph_nouns), a woman's name that is also a man's
    genitive the man's too (index.men_names; none of these in an `exact` search, which
    asks for the form as typed: `стали` is no «Сталь» there), other
    names of a place or term (index.synonyms), an ordinal's other spellings (index.ordinals), an
    anniversary's (index.anniversaries), a day's in Kazakh and in numbers (index.calendar_days), initials before a surname optional, a figure typed with spaces one word (index.numbers), a surname's other spellings the facets hold of the person (index.surname_spellings)."""
    text = expand_anniversaries(expand_ordinals(joined_numbers(text), expanded), expanded)
    text = expand_calendar_days(text, expanded)
    text = expand_abbreviations(lowercase_case_forms(text), expanded)
    if names_named is not None:
        text = given_names_as_initials(text, names_named)
    if not exact:
        text = with_men_names(with_homograph_nouns(with_plural_nouns(text)))
    text = optional_initials(expand_synonyms(text, expanded))
    # last: the surname a full name or initials leave required outside quotes is the word spelt otherwise
    return with_other_spellings(text, names_named, expanded) if names_named is not None else text


def bound_words(words: list[str]) -> dict[int, str]:
    """Each of a query's plain `words` that means something only beside its neighbours -> the words
    it is read with (an ordinal with its event's word, an anniversary's number with its years'):
    what searching it alone must look for (`вторая` of `вторая сессия` is no «второй» anywhere)."""
    return {**bound_numbers(words), **bound_ordinals(words)}


def _only_negative(query: Query) -> bool:
    from whoosh.query import Not

    if isinstance(query, Not):
        return True
    subs = getattr(query, "subqueries", None)
    return bool(subs) and all(isinstance(s, Not) for s in subs)


# What makes a query more than plain words: a phrase, a group, a wildcard, an exclusion or an
# inclusion at a word's start, an operator. Such a query keeps its strict meaning.
_STRICT_SYNTAX_RE = re.compile(r'["()*]|(?<!\S)[+-]|(?<!\S)(?:AND|ANDNOT|И|OR|ИЛИ|NOT|НЕ)(?!\S)')
_INITIALS_ONLY_RE = re.compile(r"(?:[^\W\d_]\.)+")
_EDGE_PUNCTUATION = ".,;:!…«»'’"


def plain_words(text: str, phrases: bool = False) -> list[str] | None:
    """The words of a query typed as plain words (`что говорил Токаев о языке`), as typed and
    without the punctuation around them, initials kept with the surname after them (`Н.А.
    Назарбаев`); None when the query uses any syntax (phrases, operators, exclusions, wildcards):
    the words a search may relax to "most of them" when all of them find nothing. With `phrases`,
    a quoted phrase is one word, as typed with its quotes (`что такое "Жарасым"`: a question's words)."""
    if phrases:
        units: list[str] = []
        for i, part in enumerate(split_at_quotes(text)):
            words = [part] if i % 2 else plain_words(part)
            if words is None:
                return None
            units += words
        return units
    if _STRICT_SYNTAX_RE.search(text):
        return None
    words: list[str] = []
    pending = ""
    for chunk in joined_numbers(text).split():  # `15 000` is one word
        if _INITIALS_ONLY_RE.fullmatch(chunk):
            pending += chunk
            continue
        word = chunk.strip(_EDGE_PUNCTUATION)
        if word:
            words.append(f"{pending} {word}" if pending else word)
        pending = ""
    return words
