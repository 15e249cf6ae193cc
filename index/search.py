"""The search API: documents with facets, quotes (passages), and single documents.

Returns plain dataclasses; bad queries come back as a message in `error`, never as an
exception. Hit counts and facets come from numpy arrays over the matched document
numbers (see facets.py); only the top of the ranking is scored by Whoosh.
"""
from __future__ import annotations

import calendar
import functools
import hashlib
import logging
import os
import re
import threading
import time
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import numpy as np
from whoosh.query import Term

from index import dated_answers, highlight, original_quotes, own_language, proximity, same_text, speaker_ranking
from index.act_numbers import shown_act_number
from index.act_ranking import act_tiers
from index.copies import KeyTable, copies_of, record_facts, same_text_documents
from index.aliases import canonicals_named, check_search_aliases, search_aliases_path
from index.analysis import WRITTEN, analyze_terms, query_terms, sentence_words
from index.analysis import iter_tokens_with_offsets as tokens_with_offsets
from index.post_times import FORMAT as POST_TIMES_FORMAT, split_post_time, tokens_without_post_times
from index.config import setting_problems
from index.damage import read_error
from index.day_of_year import counted_without_every_year, day_of_year_mask, months_of_every_year, on_the_chosen_day
from index.errors import IndexDamagedError, IndexGoneError, IndexMissingError, IndexUnavailable
from index.executor import Executor, has_wildcards
from index.extraction import older_than
from index.meeting_words import meeting_conjuncts
from index.morphology import (KAZAKH_LETTERS, STOP_WORDS, is_russian_word, kazakh_reading, parses, surname_nominative_gender,
                              word_forms)
from index.facet_values import facet_order, values_matching
from index.facets import PASSAGE_FACETS, FacetTables, copies_counted_once
from index.path_filters import PATH_FIELDS
from index.full_names import NamesNamed, joined_full_names
from index.generation import Generation
from index.name_folding import NAME_FACETS
from index.name_match import fold_name
from index.postings import segment_leaves
from index.query import (FIELD_WORDS, MAX_YEAR_RANGE, OPERATORS, OptionalWords, QueryError, abbreviation_case_form,
                         abbreviations, abbreviations_in_capitals, asked_words, bound_words, check_abbreviations,
                         emphatic_negations_as_words,
                         field_filter_values, parse_query, plain_words, spelt_out, sub_outside_filters, with_filter_value,
                         year_values)
from index.query_alternatives import other_reading, words_apart
from index.passage_links import passage_fingerprint
from index.pasted_text import as_typed_value
from index.place_kinds import kind_owners, oblique_kind
from index.quote_speech import quote_speech
from index.arrival import day_start, stored_times
from index.results import (
    MAX_PAGE,
    DocumentFinding,
    DocumentView,
    FacetCount,
    Hit,
    Passage,
    QuoteHit,
    QuoteResult,
    SearchRequest,
    SearchResult,
)
from index.moved_documents import MovedDocument, moved_document
from index.schema import ACT_NUMBERS, AUTHOR, CAPTURED, FACET_FIELDS, FORMER_IDS, KIND_DOC, KIND_PASSAGE, NARRATED, ORIGINAL_URL, WRITTEN_FORMS
from index.anniversaries import KAZAKH_NUMBER_WORDS
from index.kazakh_corrections import may_correct_kazakh
from index.ordinals import KAZAKH_ORDINAL_WORDS
from index.kazakh_typed import KazakhSpellings, kazakh_respelling
from index.latin_names import is_latin_name
from index.tokenize import APOSTROPHE, fold, is_roman_numeral, latin_twins
from index.year_dates import dated
from index.verse_quotes import verse_cited
from index.written_spelling import exact_term, form_as_written, offered_as_written, written_in
from index.latin_queries import cyrillic_spelling, reads_as_a_form_of, reads_as_name
from index.filter_suggestions import nearest_surname
from index.name_prefixes import MIN_PREFIX, names_starting
from index.spelling import Speller, edit_distance
from index.synonyms import check_synonyms, synonyms
from index.store import (damaged, date_number, date_of_number, index_identity, ingested_roots, linked_targets,
                         stored_keywords)

__all__ = [
    "SearchService", "SearchRequest", "SearchResult", "Hit", "FacetCount", "QuoteHit", "QuoteResult",
    "DocumentView", "Passage", "SORTS", "MAX_FILTER_VALUES", "MAX_PER_PAGE", "MAX_PAGE", "check_filter_counts",
]

# added: the documents that came into the archive last (index.arrival: added, or changed by an
# edit of their file) first, those ingested before the times were kept last
SORTS = ("relevance", "newest", "oldest", "added")
# The values one facet filter may name (a script's list of speakers to export; far more than anyone
# clicks). Matching them costs next to nothing (one numpy isin over the facet's entries: 100
# speakers 15 ms, 20 12 ms, on 1,500 documents); what grows is the search page, each of whose
# links repeats them all (2 MB of HTML at 100 names, 6 MB at 200). Years are four characters, and
# one `year:` range may span MAX_YEAR_RANGE of them: that is their limit.
MAX_FILTER_VALUES = 100
MAX_PER_PAGE = 100
FEW_HITS = 3  # below this many hits, offer a spelling suggestion
# The words of a query a suggestion may correct, the first ones: each costs a few lookups of
# spellings (index.spelling), and a 500-character query of made-up words is 70 of them.
MAX_SUGGESTED_WORDS = 5
# The key of an exclusion's mask among the filter masks (`-speakers`): applied with them, and never
# taken for a field's own filter, so every facet is counted without the excluded records.
EXCLUDED = "-"
REQUIRED = "+"  # a mask of a value that must hold beside others of its field (index.filter_joins)
log = logging.getLogger(__name__)
REFRESH_SECONDS = 1.0  # how often to look for a new commit
NO_QUOTE_QUERY = ("Введите слово или фразу для поиска цитат или укажите выступающего, год или тему, "
                  "например speaker:Токаев.")
# BM25F's length normalisation favours the shortest records: a heading or a caption ("Сессия
# Ассамблеи народа Казахстана") outranked every real sentence as a quote, and a one-line photo
# caption («Фото: волонтеры на акции.») or announcement every report wholly about the word as a
# document. A record shorter than its kind's floor has its relevance score scaled by
# words / floor (a 4-word heading keeps a quarter of a quote's); longer ones keep BM25F's score.
# Words as the exact-form field counts them (every word, stop words too; a document's title
# with its text, so a one-line file counts its line twice); a real news item has 40 or more.
SHORT_RECORD_WORDS = {"quotes": 16, "documents": 40}
LENGTH_FIELD = {"quotes": "pexact", "documents": "exact"}
# At most this many names of person and speaker filters are marked when a search has no words.
MARKED_NAMES = 10

# A long document's snippet is looked for in this many of its passages with the most distinct
# query words (and the best passage of each word): each is tokenized, the rest of the text is not.
SNIPPET_PASSAGES = 4


def exact_tokens_with_offsets(text: str):
    return tokens_with_offsets(text, exact=True)


def tokens_with_written_forms(text: str):
    return tokens_with_offsets(text, written=True)


def _tokens_for(terms, exact: bool, format: str = ""):
    """The tokenizer highlighting `terms` in a text of `format`: the exact forms', or every form's,
    with each word as written too when a prefix* marks forms as written (WRITTEN); none in a
    Telegram post's time label (index.post_times)."""
    if exact:
        tokens = exact_tokens_with_offsets
    elif _marks_written_forms(terms, exact):
        tokens = tokens_with_written_forms
    else:
        tokens = tokens_with_offsets
    return tokens_without_post_times(tokens) if format == POST_TIMES_FORMAT else tokens


def _marks_written_forms(terms, exact: bool) -> bool:
    """Whether a prefix* marks the forms written so (WRITTEN) in a search of every form."""
    return not exact and any(term.startswith(WRITTEN) for term in terms)


def _dated_factor(searcher, record: int, marks, words, own_date: int, exact: bool) -> float:
    """A document's dated-answer factor (index.dated_answers) from the start of its text; 1.0 when its
    years cannot be read: a raise only reorders the best, and one odd document failed every question
    of when that found it."""
    text = searcher.stored_fields(record).get("content", "")[:dated_answers.DATED_TEXT_CHARS]
    try:
        text_words = sentence_words(text, exact, _marks_written_forms(marks, exact))
        return dated_answers.dated_factor(text_words, marks, words, own_date)
    except Exception:  # noqa: BLE001 - any flaw in reading a text's dates costs its raise, never the search
        log.exception("dated answers: record %s kept its score", record)
        return 1.0


def _single_year(years: list[str], start: date | None, end: date | None) -> int | None:
    """The one year the search is narrowed to (a year facet value, or a range within a year)."""
    if len(years) == 1 and years[0].isdigit():
        return int(years[0])
    if start and end and start.year == end.year:
        return start.year
    return None


def whole_month(start: date | None, end: date | None) -> bool:
    """Whether the date range is one whole month, as a month of the histogram sets it."""
    return bool(start and end and start.day == 1 and (start.year, start.month) == (end.year, end.month)
                and end.day == calendar.monthrange(end.year, end.month)[1])


def _months(dates: np.ndarray, scope: np.ndarray, year: int, start: date | None, end: date | None,
            keys: np.ndarray | None = None, every_month: int | None = None,
            every_day: int | None = None) -> list[FacetCount]:
    """Documents per month of `year` ("2019-04"), all twelve (with `keys`, copies of a text once);
    a month is selected when the date range is exactly that month. `every_month` (and `every_day`):
    the month of every year asked, whose bar counts that day of it alone (index.day_of_year)."""
    records = np.flatnonzero(scope)
    records = on_the_chosen_day(dates, records[dates[records] // 10000 == year], every_month, every_day)
    months = (dates[records] // 100) % 100
    counts = np.bincount(months, minlength=13)
    if keys is not None:
        counts = copies_counted_once(counts, months, keys[records])
    counts = counts[1:13]
    out = []
    for month, count in enumerate(counts, 1):
        first, last = date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])
        out.append(FacetCount(f"{year}-{month:02d}", int(count), start == first and end == last,
                              counted_without_every_year(month, every_month, every_day, within_year=True)))
    return out


@dataclass
class PartialMatch:
    """Records with most of a query's words, when all of them together found none."""
    matched: np.ndarray  # per record: has at least half of the words (or as many as any has)
    scores: np.ndarray  # per record: BM25F of the words it has
    counts: np.ndarray  # per record: how many of the words it has
    words: list[str]  # the words searched, as typed (stop words left out)
    masks: list[np.ndarray]  # per word, the records having it

    def missing(self, record: int) -> list[str]:
        return [w for w, mask in zip(self.words, self.masks) if not mask[record]]

    def relaxed(self) -> bool:
        """Whether records with some of the words are shown: none when the only words left were
        a missing name's kind of place (`Атырауская область`), which says only the name is in none."""
        return bool(self.matched.any())

    def unmatched(self) -> list[str]:
        """The words no record in scope has."""
        return [w for w, mask in zip(self.words, self.masks) if not mask.any()]


# A word a suggestion may correct: not part of a field filter, an excluded word (`-word`), a wildcard
# (`медиац*`) or a word with a «?» inside it (`медиац?я`); a «?» ending it is punctuation. Each part
# of a hyphenated word is one (`турки-месхитинцы`: «месхетинцы»), as the group's name is nearly
# always written hyphenated.
_CORRECTABLE_WORD_RE = re.compile(r"(?<![\w:*?])(?:(?<=\w-)|(?<!-))[^\W\d_]{3,}(?![\w:*]|\?+\w)")
# A word of two letters, as _CORRECTABLE_WORD_RE takes a longer one: too short to correct, but in a query
# typed in Kazakh it may be a Kazakh word typed on a Russian keyboard (`Уш тугырлы тил`: «Үш»)
_SHORT_WORD_RE = re.compile(r"(?<![\w:*?])(?:(?<=\w-)|(?<!-))[^\W\d_]{2}(?![\w:*]|\?+\w)")
_HYPHENATED_LATIN_RE = re.compile(r"(?<![\w:*?-])[A-Za-z]+(?:-[A-Za-z]+)+(?![\w:*-])")
# A word and the space or hyphen after it, the next word looked at, not taken: `Ассам блея`, `Кызыл-орда`, `Шым- кент`
# may be one word split by a slip (the replacement drops the space, and the next word stays to pair again)
_WORD_BEFORE_WORD_RE = re.compile(r"(?<![\w:*?-])([^\W\d_]{2,})(\s+|-\s*)(?=([^\W\d_]{2,})(?![\w:*]|\?+\w|-))")
MIN_SPLIT_PART = 3  # letters of each word a run-together word is split into (`Ассамблеянарода`)
# A word with one digit glued inside or at an end (`Ассамблея1`, `Асс1амблея`: a digit key hit beside a letter)
_DIGIT_IN_WORD_RE = re.compile(r"(?<![\w:*?.-])([^\W\d_]*)\d([^\W\d_]*)(?![\w:*.-])")
# A word of Latin letters, diacritics of the Kazakh Latin alphabets included (`El`, `jañǵyru`), not a filter's
# or an excluded one: what a suggestion reading some Latin words in Cyrillic must read too (_suggest)
_LATIN_WORD_RE = re.compile(r"(?<![\w:*?-])[A-Za-z\u00c0-\u024f]+(?:-[A-Za-z\u00c0-\u024f]+)*(?![\w:*-])")


def _is_numeral(word: str, low: str) -> bool:
    """A Roman numeral typed in capitals (`XXXIII`, Cyrillic look-alikes too) or in lowercase Latin
    i, v, x, l (`xxxiii`): a number, never a typo of its neighbour (XXXII, VII), which names another
    session or congress; so is a Kazakh number or ordinal word (`отыз`, not «отыр»)."""
    if low in KAZAKH_NUMBER_WORDS or low in KAZAKH_ORDINAL_WORDS:
        return True
    return is_roman_numeral(low) and (word.isupper() or set(low) <= set("ivxl"))


def _wants_suggestion(parsed, total: int) -> bool:
    """Whether a query found so little (FEW_HITS) that a suggestion is looked for, or was typed
    with an abbreviation in lowercase: `анк` finds the documents writing АНК, not the many more
    writing «Ассамблея народа Казахстана» that АНК finds, however many the former are."""
    return parsed.query is not None and (total < FEW_HITS or abbreviations_in_capitals(parsed.typed) is not None)


def _max_typo_distance(word: str) -> int:
    """Letters a correction may change: one in four of the typed word, so none of a word of three
    (`Ana` is no misspelt «Any»). `ковид` is no misspelt «код» (two of five), `Асамблея` is
    «Ассамблея», `Назорбаеф` «Назарбаев»."""
    return len(word) // 4


def _corrections(typed: str, options: list[str]) -> list[str]:
    """The corrector's options (most frequent first) the typed word may be offered, nearest first.
    A word the Russian dictionary knows (выборы, сенатор, and names, surnames and places it tags:
    Абай, Сидоров, Акмола) is spelt right: the archive lacks it, and another word (вызовы, сектор,
    Атап, Споров) is no correction; only its own forms are (an exact search of `волонтер` is
    offered the «волонтеры» the archive holds). So is a capitalised Latin word that reads as one
    (`Abay`, `Dina`: not «Away», «Dana»; `Astane`: «Astana»). A word with a Kazakh letter, only a
    slip index.kazakh_corrections allows (`мұра` is not «мира», `ертең` not «ерте»). Another word
    only within _max_typo_distance."""
    low = typed.lower().replace("ё", "е")
    # the typed word with its apostrophe left out (`сімя`, `Gafur`: «сімʼя», «gʼafur») is no other word,
    # nor is it in another case (`Обрайена`, `Дартаньян`: «Оʼбрайен», «Дʼартаньяна»)
    without_apostrophe = [o for o in options if o != low and _apostrophe_left_out(low, o)]
    if without_apostrophe:
        return without_apostrophe
    if is_russian_word(low):
        terms = set(analyze_terms(low))
        return [o for o in options if terms & set(analyze_terms(o))]
    if reads_as_name(typed):
        options = [o for o in options if reads_as_a_form_of(low, o)]
    options = [o for o in options if may_correct_kazakh(low, o)]
    most = _max_typo_distance(low)
    distances = {o: edit_distance(low, o) for o in options}
    return sorted((o for o in options if distances[o] <= most and not _holds_whole(low, o)), key=distances.get)


_CASE_ENDING = 2  # letters a case form's ending may add or change (О'Брайен, О'Брайена, О'Брайеном)
_CASE_STEM = 5  # letters of the shortest word read as a case form of another


def _apostrophe_left_out(low: str, option: str) -> bool:
    """Whether `option` is the typed word with its apostrophe, in its form or another case's."""
    if APOSTROPHE not in option:
        return False
    bare = option.replace(APOSTROPHE, "")
    if bare == low:
        return True
    shorter = min(len(bare), len(low))
    return shorter >= _CASE_STEM and abs(len(bare) - len(low)) <= _CASE_ENDING \
        and len(os.path.commonprefix((bare, low))) >= shorter - 1


SLIP_MORE_RECORDS = 3  # how many times the records a one-letter slip's correction must be in (_slip_past_a_form)


def _slip_past_a_form(typed: str, low: str, options: list[str], records) -> list[str]:
    """Of the corrections (_corrections) of a word the archive lacks as written but found as
    another word's form, those one letter from it, no form of that word, in SLIP_MORE_RECORDS
    times its `records` or more: `казахтан` (a dropped «с») found one record, read as the Kazakh
    ablative of «казах», and «казахстан» is in eleven; `медиация` finding «медиации» is no slip
    (one word's forms)."""
    terms = set(query_terms(typed))
    return [o for o in options if edit_distance(low, o) == 1 and not terms & set(analyze_terms(o))
            and records(o) >= SLIP_MORE_RECORDS * records(low)]


_CYRILLIC_WORD_RE = re.compile(r"[а-яёәғқңөұүһі-]+")


def _kazakh_around(typed: str, spelled: str, russian: str, kazakh) -> bool:
    """Whether a word the Kazakh (`spelled`) and the Russian reading of a query agree on is Kazakh:
    spelt with a Kazakh letter in both (`халкы`: «халқы»), or kept as typed and `kazakh`
    (`ассамблеясы`). Those words tell Kazakh typed on a Russian keyboard (`казакстан ассамблеясы`)
    from a Russian slip (`казакстан ассамблея`); words split or joined by a correction leave it Kazakh."""
    words = [[fold(w) for w in _CORRECTABLE_WORD_RE.findall(text)] for text in (typed, spelled, russian)]
    if len({len(w) for w in words}) > 1:
        return True
    return any(s == r and (KAZAKH_LETTERS & set(r) or t == r and kazakh(t)) for t, s, r in zip(*words))


def _holds_whole(typed: str, option: str) -> bool:
    """Whether `typed` is `option` with two letters or more added and none changed: a longer word
    of its own, made of it (`мажилисмен`, a deputy, is no «мажилисе» with «мн» slipped in)."""
    if len(typed) - len(option) < 2:
        return False
    letters = iter(typed)
    return all(letter in letters for letter in option)


def _typed_form(typed: str, found: str) -> str:
    """The form of the indexed word `found` nearest what was typed: `назарбаеф` is offered
    `назарбаев`, not the `назарбаева` the archive holds. Only forms whose query finds what
    `found` finds (a shared term), so the correction changes the spelling, never the search.
    Of forms as near, the one typed with a letter doubled (`назарбаевв`: «назарбаев», a key held
    down, not «назарбаева», a letter changed; `депутатв` is still «депутата»)."""
    # a Kazakh case form the dictionary lacks (`мектептерге`) has only a guessed Russian lexeme, whose
    # forms (`мектептерг`, `мектептергами`) no one writes: it is offered as the archive writes it
    if not is_russian_word(found) and kazakh_reading(found) is not None:
        return found
    terms = set(analyze_terms(found))
    forms = [f for f in word_forms(found) if f == found or terms & set(query_terms(f))]
    if surname_nominative_gender(typed) != "mf":
        # a surname typed in its nominative (`Туякбаев`) means the person: offered the name's
        # nominative («Туякбай»), not the nearest case form («Туякбае», a prepositional, no word alone)
        forms = [f for f in forms if f == found or any(p.tag.case == "nomn" for p in parses(f))]
    return min(forms, key=lambda f: (edit_distance(typed, f), not _typed_doubled(typed, f), f != found, f))


def _typed_doubled(typed: str, word: str) -> bool:
    """Whether `typed` is `word` with one of its letters doubled (`назарбаевв`, «назарбаев»)."""
    return len(typed) == len(word) + 1 and any(
        typed[i] == typed[i + 1] and typed[:i] + typed[i + 1:] == word for i in range(len(word)))


def _kazakh_spelling(reader, spellings: KazakhSpellings, fieldname: str, low: str, in_russian) -> str | None:
    """The Kazakh spelling of a word typed on a Russian keyboard (`казакстан`, `халкының`,
    `Казақстан`): an indexed form that differs from it only in Kazakh letters and is in more
    records than the typed form, which a few cp1251 files may hold too; or None. A typed form
    the index has and that is a Russian word is what was meant (аким is no misspelt әкім,
    Костанай no misspelt Қостанай): one the dictionary knows, or one Russian texts write as their
    own spelling (_russian_spelling_of_its_own; `in_russian`: a term's Russian and live records)."""
    if not low.isalpha() or not "а" <= low[0] <= "я":
        return None
    have = reader.doc_frequency(fieldname, low)
    best, most = None, have
    for option in spellings.of(low):  # however many Kazakh letters differ (бирлиги: бірлігі)
        df = reader.doc_frequency(fieldname, option)
        if df > most or df == most and best is not None and option < best:
            best, most = option, df
    if best and have and (is_russian_word(low) or _russian_spelling_of_its_own(low, best, in_russian)):
        return None
    return best


# Russian texts write a Kazakh programme's name both ways («Мангилик Ел» and «Мәңгілік Ел», «Рухани
# жангыру» and «Рухани жаңғыру»): where they hold the Kazakh spelling at least this share as often as
# the typed one, the typed one is a transliteration, no Russian word of its own (Костанай, маслихат:
# Russian texts hardly ever write Қостанай, мәслихат).
KAZAKH_SPELLING_IN_RUSSIAN_SHARE = 0.5


def _mostly_russian(in_russian, term: str) -> bool:
    """Whether Russian texts hold most of the records having `term` (`in_russian`: its Russian and live records)."""
    russian, records = in_russian(term)
    return 2 * russian > records


def _russian_spelling_of_its_own(typed: str, kazakh: str, in_russian) -> bool:
    """Whether most records holding `typed` are Russian and Russian texts seldom write `kazakh`."""
    russian, records = in_russian(typed)  # its postings read once
    return 2 * russian > records and in_russian(kazakh)[0] < KAZAKH_SPELLING_IN_RUSSIAN_SHARE * russian


def _cased_like(typed: str, word: str) -> str:
    """`word` in the typed word's capitals: НАЗАРБАЕВ, Назарбаев or назарбаев; each part of a
    hyphenated one as its typed part (Qasym-Jomart: Касым-Жомарт), or as its letters were typed
    where the hyphen was left out (УстьКаменогорске: Усть-Каменогорске)."""
    typed_parts, parts = typed.split("-"), word.split("-")
    if len(parts) > 1 and len(parts) == len(typed_parts):
        return "-".join(_cased_like(t, w) for t, w in zip(typed_parts, parts))
    if len(typed) > 1 and typed.isupper():
        return word.upper()
    if len(parts) > 1 and len(typed_parts) == 1 and len(typed) == len(word) - len(parts) + 1:
        # the hyphen left out, the letters as typed: `УстьКаменогорске` is «Усть-Каменогорске»
        letters = iter(typed)
        return "".join(c if c == "-" else (c.upper() if next(letters).isupper() else c) for c in word)
    if typed[:1].isupper() or typed[1:2].isupper() and typed[1].lower() + typed[0] == word[:2]:
        return word[:1].upper() + word[1:]  # the capital typed second with the first two letters swapped: `аНзарбаев`
    return word


def _clamp_paging(page: int, per_page: int) -> tuple[int, int]:
    per_page = min(max(int(per_page or 10), 1), MAX_PER_PAGE)
    page = min(max(int(page or 1), 1), MAX_PAGE)
    return page, per_page


def _rank(dates: np.ndarray, ids: np.ndarray, final: np.ndarray, scores: np.ndarray | None, sort: str, page: int,
          per_page: int, tiers: np.ndarray | None = None,
          arrived: np.ndarray | None = None) -> tuple[list[int], list[float | None]]:
    """The record numbers (and scores) of one page: by score, newest or oldest.

    Ties in score (Whoosh keeps lengths in one byte, so there are many) break by date, newest
    first, then by document id (`ids`: per record, the rank of its document's id,
    index.id_order), then record number, which orders a document's passages as they read. Not
    by record number first: a re-ingest numbers records anew, and a client paging through the
    ties while an ingest commits got some twice and missed others. Undated records sort last
    by date. By date, the records of one document stay together in reading order. `tiers` (per
    record, how many of the query's words it has) rank before the score. `added` sorts by
    `arrived` (per record, when its document came in; 0 unknown, last), then as `newest`.
    """
    start = (page - 1) * per_page
    docs = np.nonzero(final)[0]
    if len(docs) <= start:
        return [], []
    if scores is not None:
        doc_scores = np.round(scores[docs], 6)
        doc_tiers = np.zeros(len(docs)) if tiers is None else tiers[docs].astype(np.float64)
        want = start + per_page
        if want < len(docs):  # only the best `want` need a full sort
            key = doc_tiers * (doc_scores.max() + 1.0) + doc_scores  # a tier outweighs any score
            keep = np.argpartition(-key, want - 1)[:want]
            cutoff = key[keep].min()
            keep = np.nonzero(key >= cutoff)[0]  # keep every tie at the cut
            docs, doc_scores, doc_tiers = docs[keep], doc_scores[keep], doc_tiers[keep]
        order = np.lexsort((docs, ids[docs], -dates[docs].astype(np.int64), -doc_scores,
                            -doc_tiers))[start:start + per_page]
        return [int(d) for d in docs[order]], [float(x) for x in doc_scores[order]]
    doc_dates = dates[docs].astype(np.int64)
    group = ids[docs]
    if sort == "oldest":
        order = np.lexsort((docs, group, np.where(doc_dates == 0, np.iinfo(np.int64).max, doc_dates)))
    elif sort == "added" and arrived is not None:
        order = np.lexsort((docs, -group, -doc_dates, -arrived[docs]))
    else:
        order = np.lexsort((docs, -group, -doc_dates))
    picked = docs[order[start:start + per_page]]
    return [int(d) for d in picked], [None] * len(picked)


def _with_act_tiers(word_counts: np.ndarray | None, acts: np.ndarray | None) -> np.ndarray | None:
    """The tiers a ranking sorts by first: a relaxed search's word counts (a record with more of the
    query's words first), then, among equal counts, the act asked for (index.act_ranking) first."""
    if acts is None:
        return word_counts
    if word_counts is None:
        return acts
    return word_counts.astype(np.int64) * (int(acts.max()) + 1) + acts


ADDED_FROM = "added_from"  # the masks' key of the `added_from` filter: it narrows every facet's counts


def _add_arrival_mask(tables, masks: dict[str, np.ndarray], added_from: date | None) -> None:
    """The records of documents that came into the archive (added, or changed) on or after the
    day `added_from` began; those ingested before the times were kept are not among them."""
    if added_from is not None:
        masks[ADDED_FROM] = tables.arrived() >= day_start(added_from)


DAY_OF_YEAR = "day_of_year"  # the masks' key of the `month`/`day` filter: it narrows every facet's counts


def _add_day_of_year_mask(tables, masks: dict[str, np.ndarray], req: SearchRequest) -> None:
    """Only the records dated in the request's month (on its day) of any year."""
    if req.month is not None:
        masks[DAY_OF_YEAR] = day_of_year_mask(tables.date, req.month, req.day)


def _within(matched: np.ndarray, date_mask, masks: dict[str, np.ndarray]) -> np.ndarray:
    """The matched records that pass the date range and every facet filter."""
    final = matched & date_mask
    for mask in masks.values():
        final &= mask
    return final


def _undated_left_out(tables, matched: np.ndarray, masks: dict[str, np.ndarray], req: SearchRequest) -> int:
    """How many undated records (documents, or passages: a passage has its document's date) the
    query and the other filters find that a date range or a year filter leaves out: a historian
    counting a period is told they exist."""
    if not (req.date_from or req.date_to or "year" in masks or DAY_OF_YEAR in masks):
        return 0
    others = {name: mask for name, mask in masks.items() if name not in ("year", DAY_OF_YEAR)}
    return int((_within(matched, True, others) & (tables.date == 0)).sum())


def _flat(named: dict[str, list[list[str]]]) -> dict[str, list[str]]:
    """Per field, the facet values of its groups (SearchResult.required_named), each once."""
    return {name: list(dict.fromkeys(v for group in groups for v in group)) for name, groups in named.items()}


def _naming_nothing(tables: FacetTables, filters: dict[str, list[str]]) -> dict[str, list[str]]:
    """The filter values (chosen or typed) no facet value of the archive is: each finds nothing,
    and a person, a script or a spreadsheet is told so, not left to read «none found»."""
    unknown = {name: [v for v in values if v not in tables.fields[name].value_ids]
               for name, values in filters.items() if name != "year"}
    return {name: values for name, values in unknown.items() if values}


def _filter_suggestion(tables: FacetTables, parsed, unknown: dict[str, list[str]]) -> str | None:
    """The query with a name typed after `speaker:` or `person:` that names nobody as the surname
    of the facet a slip away (index.filter_suggestions), or, the start of one typed without its
    star, with the star (`speaker:Турс`: speaker:Турс*, index.name_prefixes); else None."""
    for name in NAME_FACETS:
        for value in unknown.get(name, []):
            if value not in parsed.filters.get(name, []):
                continue  # a facet parameter, not typed in the query
            names = tables.fields[name].values
            surname = nearest_surname(value, tables.fields[name].surnames())
            if surname:
                return with_filter_value(parsed.typed, name, value, " ".join([*value.split()[:-1], surname]))
            if len(value) > MIN_PREFIX and names_starting(value + "*", names):
                return with_filter_value(parsed.typed, name, value, value + "*")
    return None


def _request_filters(req: SearchRequest) -> dict[str, list[str]]:
    """The request's facet filters: the index's facet fields, each with the values chosen."""
    return _as_typed({k: v for k, v in (req.filters or {}).items() if k in FACET_FIELDS and v})


def _as_typed(filters: dict[str, list[str]]) -> dict[str, list[str]]:
    """Filter values as the facets write theirs (index.pasted_text.as_typed_value): a name pasted
    with a decomposed ё (е + U+0308) is the facet's name, not a value naming nothing."""
    return {name: list(dict.fromkeys(as_typed_value(v) for v in values)) for name, values in filters.items()}


def _fold_names(tables: FacetTables, filters: dict[str, list[str]]) -> None:
    """A name filter's values as the facets show them (`speakers=Б. Жумабеков`, a link from before
    the fuller name came, is Б.Т. Жумабеков), so the chosen value is the one marked in the facet."""
    for name in NAME_FACETS:
        if name in filters:
            filters[name] = tables.names(filters[name])


class _FacetNames:
    """The speakers and persons a typed name names (index.name_match): a query reads a given name
    typed before a surname these know as initials (index.full_names), and searches a surname's
    other spellings held of the same person (index.surname_spellings)."""

    def __init__(self, tables: FacetTables) -> None:
        self._tables = tables

    def __call__(self, typed: str) -> list[str]:
        return list(dict.fromkeys(v for name in NAME_FACETS for v in self._tables.name_index(name).matching(typed)))

    def spellings(self, typed: str) -> list[str]:
        return list(dict.fromkeys(v for name in NAME_FACETS for v in self._tables.name_index(name).spellings(typed)))


def _names_named(tables: FacetTables) -> NamesNamed:
    return _FacetNames(tables)


def _parsed_request(req: SearchRequest, fields: list[str], schema, filters: dict[str, list[str]],
                    tables: FacetTables):
    """The request's query parsed, and its filters checked (_check_filters), its typed filters
    as given (`speaker=А.` is one value, however many speakers it names, as in the query):
    QueryError with one sentence for any."""
    parsed = parse_query(req.query, fields, schema, _names_named(tables))
    _check_filters(filters, names_counted=False)  # facet values: the web layer counted the parameters
    _check_filters({name: list(values) for name, values in (req.typed_filters or {}).items()})
    return parsed


def _path_masks(tables: FacetTables, parsed, recorded_roots) -> tuple[dict[str, np.ndarray], dict[str, list[str]],
                                                       dict[str, list[str]]]:
    """The masks of the query's `file:` and `folder:` filters and exclusions (index.path_filters),
    taken out of `parsed`: they are no facet's, and match paths, not facet values; and the filters
    and exclusions as typed, for the answer to list beside the facets' (a page's chips)."""
    masks, shown = {}, ({}, {})
    for (typed, sign), listed in zip(((parsed.filters, ""), (parsed.excluded, EXCLUDED)), shown):
        for name in PATH_FIELDS:
            values = typed.pop(name, None)
            if values:
                found = tables.paths(recorded_roots).matching(name, values, tables.size)
                masks[sign + name] = ~found if sign else found
                listed[name] = list(values)
    return masks, *shown


def _refused(empty: SearchResult | QuoteResult, exc: QueryError) -> SearchResult | QuoteResult:
    """The empty answer with the refusal's sentence, and the web page's (QueryError.in_form)."""
    empty.error, empty.error_in_form = str(exc), exc.in_form
    return empty


def check_filter_counts(filters: dict[str, list[str]]) -> None:
    """QueryError with the sentence for more values of one facet than a search takes (`filters`
    as given: each value once, years as their years). The web layer calls it on its facet
    parameters: a search itself takes every facet value a name parameter names (34 surnames given
    may name 102 speakers), as it takes every value a --filter names."""
    _check_filters({name: list(values) for name, values in filters.items()})


def _check_filters(filters: dict[str, list[str]], names_counted: bool = True) -> None:
    """`filters` with each value once and each year value as the years it names (`2019-2021`,
    as a typed `year:` takes it); QueryError for a bad year, or for more values of one field than
    a search takes (never cut unsaid: an export would miss documents and say nothing). Without
    `names_counted`, only the years are counted."""
    for name, values in filters.items():
        if name == "year":
            values = [year for value in values for year in year_values(value, f"year={value}")]
        values = list(dict.fromkeys(values))
        limit = MAX_YEAR_RANGE if name == "year" else MAX_FILTER_VALUES
        if len(values) > limit and (names_counted or name == "year"):
            counted = "Лет в фильтре year (с годами периодов)" if name == "year" else f"Значений фильтра {name}"
            chosen = "лет (с годами периодов)" if name == "year" else "значений"
            raise QueryError(f"{counted} не больше {limit}, а передано {len(values)}: "
                             f"разделите их на несколько запросов.",
                             f"В фильтре «{FIELD_WORDS[name]}» можно выбрать не больше {limit} {chosen}, "
                             f"а выбрано {len(values)}: разделите поиск на несколько запросов.")
        filters[name] = values


def _reads_index(method):
    """A method of SearchService that reads the index's files: an exception raised decoding them
    (a segment damaged inside still opens) is the index's damage, said as such (IndexDamagedError,
    a 503 with the rebuild's sentence, the command's one line) and kept for /health until another
    generation is served; any other exception stays what it is."""
    @functools.wraps(method)
    def reading_files(self, *args, **kwargs):
        try:
            return method(self, *args, **kwargs)
        except IndexUnavailable:
            raise
        except Exception as exc:
            damage = read_error(exc, self.index_dir)
            if damage is None:
                raise
            self._met_damage(damage)
            raise damage from exc
    return reading_files


def check_search_settings(index_dir: str | Path) -> list[str]:
    """A SettingError (one sentence naming the variable and the file) when a data file a search of
    this index reads cannot be used: the command refuses to start rather than search without it.
    The warnings to say first: a file with no entries, which takes every shipped one away."""
    warnings = check_abbreviations(index_dir) + check_synonyms()
    check_search_aliases(index_dir)
    return warnings


class SearchService:
    """Searches one index; picks up new commits without a restart. With `log_problems` (a
    server), an index that cannot be opened is logged, once each time the reason changes; a
    command says the error itself."""

    def __init__(self, index_dir: str | Path, log_problems: bool = False) -> None:
        self.index_dir = Path(index_dir)
        self.log_problems = log_problems
        self._lock = threading.RLock()
        self._problem: str | None = None  # why the index could not be opened, as last logged
        self._damage: tuple | None = None  # (generation identity, IndexDamagedError) a search met reading it
        self._live: Generation | None = None  # the newest generation opened
        # what searches were last served (the live Generation, or why the index could not be
        # opened), kept for health() to read when a search holds the lock: one attribute, set whole
        self._served: Generation | IndexUnavailable | None = None
        # the generation the call holding the lock reads: the live one, or the one an export pinned
        self._gen: Generation | None = None
        self._checked = 0.0
        self._opened_before = False  # an index missing after it was served is gone, not "not built yet"

    # -- generations ---------------------------------------------------
    def _current(self, pinned: Generation | None = None):
        """The live searcher and its facet tables (or those of `pinned`), which the call reads
        from here on; an index that cannot be opened is said in the log once (each time the
        reason changes), not at every request that meets it."""
        if pinned is not None:
            self._gen = pinned
            return pinned.searcher, pinned.tables
        try:
            self._gen = self._current_generation()
        except IndexUnavailable as exc:
            self._served = exc
            self._log_problem(str(exc))
            raise
        self._served = self._gen
        damage = self._damage_seen()
        self._log_problem(str(damage) if damage else None)
        return self._gen.searcher, self._gen.tables

    def _met_damage(self, damage: IndexDamagedError) -> None:
        """Remember the first damage a search met in the generation served (logged once)."""
        with self._lock:
            if self._damage_seen() is None and self._gen is not None:
                self._damage = (self._gen.identity, damage)
            self._log_problem(str(self._damage_seen() or damage))  # one met in a pinned older generation too

    def _damage_seen(self, generation: Generation | None = None) -> IndexDamagedError | None:
        """The damage a search met in the generation served now (or in `generation`); None once
        another is served."""
        served = generation if generation is not None else self._live
        identity = served.identity if served is not None else None
        damage = self._damage  # read once: a search may set it meanwhile (health() reads without the lock)
        if damage is not None and identity is not None and damage[0] == identity:
            return damage[1]
        return None

    def _log_problem(self, problem: str | None) -> None:
        if problem != self._problem and self.log_problems:
            if problem:
                log.warning("index unavailable: %s", problem)  # the operator's sentence, with the fix
            else:
                log.info("the index at %s opens again", self.index_dir)
            self._problem = problem

    def _current_generation(self) -> Generation:
        """The live generation, refreshed when the folder's index changed."""
        now = time.monotonic()
        if self._live is None:
            self._live = self._open_generation()  # not kept when it fails: a damaged one is tried again
            self._checked = now
        elif now - self._checked >= REFRESH_SECONDS:
            self._checked = now
            if index_identity(self.index_dir) != self._live.identity:
                # A commit landed, or the folder was rebuilt or restored from a backup (Whoosh's
                # up_to_date() compares generation numbers only, and a rebuild starts at 1 again).
                # A whole new searcher, not Searcher.refresh(): refresh reuses the readers of
                # unchanged segments together with their old deletion sets, so a document
                # replaced in a later commit would show up twice. Closing the old one (once no
                # export reads it) lets go of the files a rebuild deleted.
                self.close()
                self._live = self._open_generation()
        return self._live

    def _open_generation(self) -> Generation:
        try:
            generation = Generation.open(self.index_dir)
        except IndexMissingError as exc:
            if self._opened_before:
                raise IndexGoneError(self.index_dir) from exc
            raise
        self._opened_before = True
        return generation

    def pin(self) -> Generation:
        """The live generation, kept open for `search(..., generation=)` and `quotes` until
        `unpin`: an export's pages all come from one commit, whatever commits land meanwhile."""
        with self._lock:
            self._current()
            self._live.users += 1
            return self._live

    def unpin(self, generation: Generation) -> None:
        """Let go of a pinned generation (once per pin); a retired one closes with its last user."""
        with self._lock:
            generation.users -= 1
            if generation.retired and generation.users == 0:
                generation.close()

    def _length_prior(self, kind: str) -> np.ndarray:
        """Per record number, the factor a relevance score of `kind` ("documents", "quotes") is
        scaled by: the record's words / SHORT_RECORD_WORDS[kind], at most 1; 1 for a passage
        with a speaker, whose words are a quote however short («Наша сила — в единстве», —
        сказал К.К. Токаев.), never a heading. Words as the exact-form field counts them, so the
        prior is the same for a search in any form or the exact one; built once per generation.
        The executor's scores stay BM25F's: this applies after them."""
        if kind not in self._gen.length_priors:
            words = self._gen.postings.field_lengths(LENGTH_FIELD[kind])
            prior = np.minimum(1.0, words / SHORT_RECORD_WORDS[kind])
            if kind == "quotes":
                spoken = self._gen.tables.fields["speakers"].entry_doc
                prior[spoken[spoken < len(prior)]] = 1.0
            self._gen.length_priors[kind] = prior
        return self._gen.length_priors[kind]

    def _evaluated(self, executor: Executor, query):
        """(match mask, BM25F scores) of a parsed query, kept by the generation for the next page
        and an export's pages (Generation.evaluated); one with a wildcard is run each time: its
        marks read the expansion from the executor, and its limit (MAX_EXPANSION) is checked."""
        if has_wildcards(query):
            return executor.run(query)
        return self._gen.evaluated(query, executor.run)

    def _run(self, searcher, query):
        """(match mask, BM25F scores) of a query over every document number."""
        return Executor(searcher, self._gen.postings).run(query)

    def _marks(self, query, exact: bool, executor: Executor, records: list[int]) -> dict[int, highlight.Marks]:
        """Per record, what its text marks: the query's terms, and of each wildcard the words of
        its expansion the record holds (however many the wildcard has: a list of them all cut at
        200 marked nothing in the documents of the rest)."""
        held = executor.wildcard_terms(query, records) if query is not None else {}
        return {r: self._highlight_terms(query, exact, held.get(r, {})) for r in records}

    def _live_or_error(self, empty, pinned: Generation | None = None):
        """(searcher, tables) of the live generation (or of `pinned`), or None with the index's own
        message put on the empty result."""
        try:
            return self._current(pinned)
        except IndexUnavailable as exc:
            empty.error = exc.reader_message  # shown to the person searching (the CLI says str(exc))
            return None

    def refresh(self) -> None:
        """Look for a new commit now (tests and tools that just wrote)."""
        with self._lock:
            self._checked = 0.0
            if self._live is not None:
                self._current()

    def close(self) -> None:
        """Close the live generation, or leave it to the last export reading it."""
        with self._lock:
            if self._live is not None:
                self._live.retired = True
                if self._live.users == 0:
                    self._live.close()
            self._live = self._gen = None

    @_reads_index
    def health(self, extraction: int | None = None) -> dict:
        """The index as a monitor checks it: {"documents", "generation"} (the commit the searcher
        shows), and given the current `extraction` version (ingest.build.EXTRACTION_VERSION),
        "older_extraction": the documents an older one derived; IndexUnavailable when it cannot be
        opened, or IndexDamagedError when a search met a file of this generation it could not read
        (checking every file here would read the whole index at each check) or one of its files is
        gone from the folder (a stat each).
        It never waits behind searches: with the searcher free it looks for a new commit first;
        while a search holds it (for seconds under load, or opening a new commit), it says what
        that search is served, as the last call to hold it left it (a monitor waited up to 14 s)."""
        if self._lock.acquire(blocking=False):
            try:
                self._current()
            finally:
                self._lock.release()
        served = self._served
        if served is None:  # nothing opened yet: the first search is opening it, worth the wait
            with self._lock:
                self._current()
                served = self._served
        if isinstance(served, IndexUnavailable):
            raise served.with_traceback(None)
        damage = self._damage_seen(served)
        if damage is not None:
            raise IndexDamagedError(str(damage))
        # served from open files, a file of it may be gone (deleted by hand, a half-restored backup),
        # which a restart or an ingest then meets; a commit deletes files only of generations it replaces
        gone = served.missing_file(self.index_dir) if index_identity(self.index_dir) == served.identity else None
        if gone is not None:
            damage = damaged(self.index_dir, FileNotFoundError(2, "No such file or directory", gone), gone)
            self._damage = (served.identity, damage)  # logged by the next search; set whole, without the lock
            raise damage
        # the generation's own tables and counts: made when it was opened, never changed after
        found = {"documents": int(served.tables.is_doc.sum()), "generation": served.number}
        if extraction is not None:
            found["older_extraction"] = older_than(served.extraction, extraction)
        # an archive's file broken since start-up (a bad line saved into it): search goes on with
        # the table last read from it, and a monitor is told which line to correct
        synonyms(), abbreviations()
        problems = setting_problems()
        if problems:
            found["settings"] = problems
        return found

    @_reads_index
    def extraction_counts(self) -> dict[int, int]:
        """Extraction version -> documents it derived (index.extraction); IndexUnavailable when the
        index cannot be opened."""
        with self._lock:
            self._current()
            return dict(self._gen.extraction)

    def generation_tag(self) -> str:
        """The live generation's tag (index.generation.Generation.tag): it changes with every
        commit and rebuild; IndexUnavailable when the index cannot be opened."""
        with self._lock:
            self._current()
            return self._gen.tag

    def doc_count(self) -> int:
        with self._lock:
            _, tables = self._current()
            return int(tables.is_doc.sum())

    @_reads_index
    def stats(self) -> dict:
        """Counts for `assembly-search stats`."""
        with self._lock:
            searcher, tables = self._current()
            # a document's files, one per line of its `files` field: exact up to 10 (Whoosh's length byte)
            files = self._gen.postings.field_lengths("files")[np.flatnonzero(tables.is_doc)]
            return {
                "documents": int(tables.is_doc.sum()),
                "files": int(files.sum()),
                "documents_with_copies": int((files > 1).sum()),
                "passages": int((tables.live & ~tables.is_doc).sum()),
                "facets": {f: dict(sorted(tables.count(f, tables.is_doc), key=lambda x: -x[1])) for f in FACET_FIELDS},
                "undated": int((tables.is_doc & (tables.date == 0)).sum()),
                "segments": len(segment_leaves(searcher.reader())),
                "extraction": dict(self._gen.extraction),
            }

    def searcher_for_baseline(self):
        """The live Whoosh searcher and a parser for the benchmark's naive baseline."""
        with self._lock:
            searcher, _ = self._current()
            return searcher, lambda text: parse_query(text, ["title", "content"], searcher.schema).query

    # -- documents -----------------------------------------------------
    @_reads_index
    def search(self, req: SearchRequest, generation: Generation | None = None) -> SearchResult:
        """The documents a request finds, in the live generation or the one `generation` pinned."""
        started = time.perf_counter()
        page, per_page = _clamp_paging(req.page, req.per_page)
        sort = req.sort if req.sort in SORTS else "relevance"
        filters = _request_filters(req)
        empty = SearchResult([], 0, page, per_page, {}, filters)
        with self._lock:
            live = self._live_or_error(empty, generation)
            if live is None:
                return empty
            searcher, tables = live
            fields = ["exact"] if req.exact else ["title", "content"]
            try:
                parsed = _parsed_request(req, fields, searcher.schema, filters, tables)
            except QueryError as exc:
                return _refused(empty, exc)
            masks, date_mask, path_filters, path_excluded, excluded = self._document_filters(tables, req, parsed,
                                                                                             filters)
            widened = self._widened(tables, parsed.filters), self._widened(tables, parsed.excluded)

            executor = Executor(searcher, self._gen.postings)
            if parsed.query is None:
                matched, scores = tables.is_doc.copy(), None
            else:
                try:
                    matched, scores = self._evaluated(executor, parsed.query)
                except QueryError as exc:  # a prefix* too broad to search whole
                    return _refused(empty, exc)
                matched &= tables.is_doc
            final = _within(matched, date_mask, masks)
            total = strict_total = int(final.sum())
            # the documents a relaxed search or a suggestion may find: every one the filters pass
            in_scope = _within(tables.is_doc, date_mask, masks) if _wants_suggestion(parsed, total) else None
            partial = None
            if total == 0 and parsed.query is not None:
                partial = self._partial_match(searcher, parsed.text, fields, in_scope, tables)
            if partial is not None:
                matched, scores = partial.matched, partial.scores
                final = _within(matched, date_mask, masks)
                total = int(final.sum())

            if scores is None and sort == "relevance":
                sort = "newest"  # no words to be relevant to: _rank lists by date
            tiers = partial.counts if partial is not None else None
            if sort == "relevance":
                scores = scores * self._length_prior("documents")  # a caption below a report
                if parsed.query is not None and dated_answers.asks_when(parsed.left_out):
                    scores = self._dated_answers_first(searcher, parsed.query, final, scores, executor, req.exact)
                tiers = _with_act_tiers(tiers, act_tiers(searcher, self._gen.postings, parsed.text, parsed.typed, final,
                                                         scores))
            results, total = self._distinct(searcher, final, scores if sort == "relevance" else None, sort, page,
                                            per_page, tiers, total)
            docnums = [r.record for r in results]
            shown = parsed.query if parsed.query is not None else self._names_query(searcher, tables, filters, fields)
            marks = self._marks(shown, req.exact, executor, docnums) if req.highlight else {}
            hits = [self._hit(searcher, r.record, r.score, marks.get(r.record, set()), req.highlight, req.exact)
                    for r in results]
            for result, hit in zip(results, hits):
                hit.copies = copies_of(searcher, tables.owner(), result.copies, hit.doc_id)
            if partial is not None:
                for docnum, hit in zip(docnums, hits):
                    hit.missing = partial.missing(docnum)

            facets = {}
            if req.facets:
                keys = self._keys_of(searcher, matched)
                facets = self._facets_and_months(tables, matched, date_mask, masks, filters, req,
                                                 lambda scope: functools.partial(tables.count, matched=scope, keys=keys),
                                                 keys)
            suggestion = None
            if _wants_suggestion(parsed, strict_total):
                suggestion = self._suggestion(searcher, parsed, "exact", fields, req.exact, in_scope, strict_total,
                                              functools.partial(self._in_russian, tables, "exact"), total)
            undated = _undated_left_out(tables, matched, masks, req)
            required = {name: list(named.values()) for name, named in self._required_named(tables, parsed.required).items()}
            unknown = _naming_nothing(tables, filters)
            if suggestion is None:  # also beside a value naming someone (`speaker:Турсынбеко OR speaker:Ковалева`)
                suggestion = _filter_suggestion(tables, parsed, unknown)
            answered_by = self._gen
        return SearchResult(
            hits, total, page, per_page, facets, {**filters, **path_filters}, suggestion, None,
            (time.perf_counter() - started) * 1000, parsed.expanded, sort, parsed.query is not None,
            partial is not None and partial.relaxed(), partial.unmatched() if partial is not None else [], parsed.left_out, undated,
            {**excluded, **path_excluded}, unknown, widened=widened[0], widened_excluded=widened[1],
            generation=answered_by.number, generation_tag=answered_by.tag, excluded_words=parsed.excluded_words,
            required=_flat(required), required_named=required, lowercase_operators=parsed.lowercase_operators,
        )

    def _document_filters(self, tables: FacetTables, req: SearchRequest, parsed, filters: dict[str, list[str]]):
        """What a search of documents filters by: the masks of the request's facet filters and the
        query's typed ones (`filters` gets those, names folded), of its exclusions, its `file:` and
        `folder:` filters and its arrival day; the date range's mask; and the path filters, path
        exclusions and facet exclusions as given (`parsed` loses its path ones)."""
        # before the facet filters: file:, folder: are none
        path_masks, path_filters, path_excluded = _path_masks(tables, parsed, lambda: ingested_roots(self.index_dir))
        _fold_names(tables, filters)
        # the fields whose typed values must each hold are no alternatives to the page's chosen values
        self._add_typed_filters(tables, filters, {k: v for k, v in parsed.filters.items() if k not in parsed.required})
        self._add_typed_filters(tables, filters, req.typed_filters or {}, whole_value=True)
        excluded = self._resolved(tables, parsed.excluded)
        masks = {name: tables.fields[name].docs_with_any(values, tables.size) for name, values in filters.items()}
        masks.update({EXCLUDED + name: ~tables.fields[name].docs_with_any(values, tables.size)
                      for name, values in excluded.items()})
        masks.update(self._required_masks(tables, parsed.required))
        self._add_typed_filters(tables, filters, parsed.required)  # in force: chips, the facets' marks, unknown
        masks.update(path_masks)
        _add_arrival_mask(tables, masks, req.added_from)
        _add_day_of_year_mask(tables, masks, req)
        return masks, self._date_mask(tables, req.date_from, req.date_to), path_filters, path_excluded, excluded

    def _passage_filters(self, tables: FacetTables, req: SearchRequest, parsed, filters: dict[str, list[str]]):
        """What a search of quotes filters by, as _document_filters for documents: the masks of the
        facet filters and typed ones (`speakers` the passage's own, the others its document's), of
        the exclusions, `file:`/`folder:`, the arrival day and the day of the year; the date range's
        mask; and the path filters, path exclusions and facet exclusions as given."""
        path_masks, path_filters, path_excluded = _path_masks(tables, parsed, lambda: ingested_roots(self.index_dir))
        _fold_names(tables, filters)
        self._add_typed_filters(tables, filters, parsed.filters)
        self._add_typed_filters(tables, filters, req.typed_filters or {}, whole_value=True)
        excluded = self._resolved(tables, parsed.excluded)
        masks = self._quote_filter_masks(tables, filters)
        masks.update({EXCLUDED + name: ~mask for name, mask in self._quote_filter_masks(tables, excluded).items()})
        # `speaker:A AND speaker:B`: quotes of either in the documents where both spoke
        owner = tables.owner()
        masks.update({key: (owner >= 0) & mask[np.maximum(owner, 0)]
                      for key, mask in self._required_masks(tables, parsed.required).items()})
        masks.update({name: mask[tables.owner()] for name, mask in path_masks.items()})
        _add_arrival_mask(tables, masks, req.added_from)
        _add_day_of_year_mask(tables, masks, req)
        return masks, self._date_mask(tables, req.date_from, req.date_to), path_filters, path_excluded, excluded

    def _partial_match(self, searcher, text: str, fields: list[str], scope: np.ndarray,
                       tables: FacetTables) -> PartialMatch | None:
        """When every word of a query typed as plain words (`что говорил Токаев о языке`) found
        nothing together: the records of `scope` having at least half of its words, or as many
        as any record has. None for a query with any syntax (a phrase, an operator, an
        exclusion keeps its strict meaning), fewer than two words, or no word found at all."""
        names_named = _names_named(tables)
        words = joined_full_names(plain_words(text) or [], names_named)  # `Нурсултан Назарбаев` is one
        if len(words) < 2:
            return None
        searched, masks = [], []
        scores = np.zeros(len(scope), dtype=np.float64)
        counts = np.zeros(len(scope), dtype=np.int32)
        # an ordinal or an anniversary's number is looked for beside its word, as the whole query does
        bound = bound_words(words)
        every_score = []
        for i, word in enumerate(words):
            try:
                query = parse_query(bound.get(i, word), fields, searcher.schema, names_named).query
            except QueryError:
                continue  # a stop word: no more searched alone than in the whole query
            mask, word_scores = self._run(searcher, query)
            mask &= scope
            searched.append(word)
            masks.append(mask)
            every_score.append(word_scores)
        if len(searched) < 2:
            return None
        # `Атырауская область`: «область» alone is every other region, no answer to the query; `Павлодар
        # облысы`: «облысы» without Павлодар is another region's report, so a kind counts beside its name only
        owners = kind_owners(searched, [bool(mask.any()) for mask in masks])
        alone = {i for i, owner in owners.items() if not masks[owner].any()}
        for i, (mask, word_scores) in enumerate(zip(masks, every_score)):
            if i in owners:
                mask = mask & masks[owners[i]]
            scores += np.where(mask, word_scores, 0.0)
            counts += mask
        named = [masks[owner] for owner in set(owners.values()) if masks[owner].any()]
        if named:
            # `Павлодар облысы Қазақстан халқы Ассамблеясы`: a place the archive has, named beside its kind,
            # says whose the other words are; a record without it is another region's Assembly however
            # many of them it shares
            counts[~np.logical_or.reduce(named)] = 0
        if any(oblique_kind(searched[i]) for i in alone):
            # `Ассамблея Атырауской области`, `сессия Атырауской области`: the missing place says whose the
            # other words are, and without it they are every other region's Assembly or session
            counts[:] = 0
        best = int(counts.max()) if len(counts) else 0  # an empty index has no records
        if best == 0:
            # a name in no record beside its kind of place: nothing shown, the name said to be in none
            return PartialMatch(counts > 0, scores, counts, searched, masks) if alone else None
        need = min(best, -(-(len(searched) - len(alone)) // 2))
        return PartialMatch(counts >= need, scores, counts, searched, masks)

    @_reads_index
    def field_filters(self, typed: dict[str, list[str]]) -> dict[str, list[str]]:
        """The facet values field filters given beside a query name (the command's --filter, which
        a search takes as SearchRequest.typed_filters), matched as the facet parameters are
        (facet_values): a facet value is that value alone (`Б. Каримов`, not Б.А. and Б.С. Каримов
        too: the facet's count), anything else as the query's field reads it: a name or a part of
        one (`Жумабеков` is Б. Жумабеков), an alias (`Елбасы`), a part of a topic. QueryError for
        more values given than a search takes."""
        _check_filters({name: list(values) for name, values in typed.items()})
        with self._lock:
            _, tables = self._current()
            resolved: dict[str, list[str]] = {}
            self._add_typed_filters(tables, resolved, typed, whole_value=True)
            return resolved

    @_reads_index
    def facet_values(self, given: dict[str, list[str]]) -> dict[str, list[str]]:
        """The facet values the API's and the pages' facet parameters name: a facet value itself
        (the pages' own links give those, and a facet value is never widened to the others it is
        a part of), else read as the query's FIELD:VALUE is (`language=казахский`, `format=PDF`,
        `persons=Сарсенбаева`, an alias). A value naming none stays as given: it finds nothing,
        and the result's `unknown` says so. Years stay as given. A name the facets fold into a
        fuller one (index.name_folding; `speakers=Б. Жумабеков`, a link from before Б.Т. Жумабеков
        came) is that one, so its chip and facet link remove it. More values of a field than a
        search takes (MAX_FILTER_VALUES) stay as given, unread (check_filter_counts refuses them).
        An index that cannot be read changes nothing: the search then says why."""
        try:
            with self._lock:
                _, tables = self._current()
        except IndexUnavailable:
            return given
        given = _as_typed(given)
        resolved: dict[str, list[str]] = {}
        # more values than a search takes stay as given, for the search to refuse: folded first,
        # 3,000 made-up names (`a0`...`a2999`) were the few speakers they all named, and passed
        too_many = {name: values for name, values in given.items()
                    if name != "year" and len(set(values)) > MAX_FILTER_VALUES}
        for name, values in given.items():
            if name in too_many:
                continue
            kept = resolved.setdefault(name, [])
            for value in values:
                found = [value]
                if name != "year" and name in tables.fields and value not in tables.fields[name].value_ids:
                    typed = field_filter_values(name, value, f"{name}={value}")
                    found = self._resolve_filter(tables, name, typed, self.index_dir, whole_value=True) or found
                kept += [v for v in found if v not in kept]
        _fold_names(tables, resolved)
        return {name: too_many.get(name) or resolved[name] for name in given}

    def _resolved(self, tables: FacetTables, typed: dict[str, list[str]]) -> dict[str, list[str]]:
        """The facet values typed filters name (--filter's; the query's exclusions,
        `-speaker:Жумабеков`, whose records are left out of every count), matched as the query's
        filters are."""
        resolved: dict[str, list[str]] = {}
        self._add_typed_filters(tables, resolved, typed)
        return resolved

    def _add_typed_filters(self, tables: FacetTables, filters: dict[str, list[str]],
                           typed: dict[str, list[str]], whole_value: bool = False) -> None:
        """Add the field filters typed in the query, as the facet values they name, to `filters`.
        A typed value naming no facet value stays as typed: it matches nothing, so the search
        finds nothing, as the same value given as a facet parameter (`speakers=Иванов`) does.
        Each value on its own: one naming nobody beside one naming someone (`speaker:Иванов OR
        speaker:Ковалева`, `speaker:Турсынбеко AND speaker:Ковалева`) stays too, for `unknown` to
        say it and offer the name a slip away; dropped, the page said Ковалева had no documents.
        Not a year, which `unknown` does not say: `year:2015-2025` is the years the archive holds.
        `whole_value`: as a facet parameter, a name that is a facet value is that value alone."""
        for name, values in _as_typed(typed).items():
            if name == "year":
                resolved = self._resolve_filter(tables, name, values, self.index_dir, whole_value) or values
            else:
                resolved = [found for value in values for found in
                            self._resolve_filter(tables, name, [value], self.index_dir, whole_value) or [value]]
            filters.setdefault(name, [])
            filters[name] += [v for v in resolved if v not in filters[name]]

    def _required_named(self, tables: FacetTables, required: dict[str, list[str]]) -> dict[str, dict[str, list[str]]]:
        """Per field, each value that must hold (`speaker:A AND speaker:B`: index.filter_joins) ->
        the facet values it names, any of which holds it (a typed name naming several facet values
        needs one of them, as alone it does); one naming none, itself."""
        return {name: {value: self._resolve_filter(tables, name, [value], self.index_dir) or [value] for value in values}
                for name, values in _as_typed(required).items()}

    def _required_masks(self, tables: FacetTables, required: dict[str, list[str]]) -> dict[str, np.ndarray]:
        """The documents having each value that must hold, one mask a value (_required_named)."""
        return {f"{REQUIRED}{name}:{value}": tables.is_doc & tables.fields[name].docs_with_any(named, tables.size)
                for name, values in self._required_named(tables, required).items() for value, named in values.items()}

    def _widened(self, tables: FacetTables, typed: dict[str, list[str]]) -> dict[str, dict[str, list[str]]]:
        """The typed name filters that are a facet value themselves and name others too, as field ->
        that value -> the others: `speaker:"Б. Каримов"` is also Б.А. and Б.С. Каримов, whom a
        text may write so, and counts more than the facet's «Б. Каримов (5)». The page, the command
        and the API say so; the facet, its parameter and --filter take the value alone."""
        widened: dict[str, dict[str, list[str]]] = {}
        for name, values in typed.items():
            if name not in NAME_FACETS:
                continue
            for raw in values:
                exact = tables.values_folded(name).get(fold_name(raw), [])
                others = [v for v in self._resolve_filter(tables, name, [raw], self.index_dir) if v not in exact]
                if exact and others:
                    widened.setdefault(name, {})[exact[0]] = others
        return widened

    @staticmethod
    def _resolve_filter(tables: FacetTables, name: str, typed: list[str], index_dir: Path,
                        whole_value: bool = False) -> list[str]:
        """Facet values matching what was typed after `speaker:` and friends, case-insensitive:
        (names) the values of which every typed name part is a part, in any case form, those whose
        surname starts with a value typed with a star (`Турс*`: index.name_prefixes), and the
        persons an alias names (`Елбасы`, and the archive's aliases the index keeps), or with
        `whole_value` a facet value typed in any case alone; (other fields)
        the whole value, else the values naming each word typed in any form (`молодежь`) or, failing
        that, the start of one (`межэт`): never any substring, which let `topics=и` take 11 topics
        and `topic:медиа` медиация."""
        values = tables.fields[name].values
        by_folded = tables.values_folded(name)
        found: list[str] = []
        for raw in typed:
            exact = by_folded.get(fold_name(raw), [])
            if name not in NAME_FACETS:
                # an abbreviation names what its full name does (`topic:ЭКО`: этнокультурное объединение)
                found += exact or values_matching(raw, values) or values_matching(spelt_out(raw), values)
            elif whole_value and exact:  # as the facet parameter: the facet's own value, its count
                found += exact
            else:  # not the exact value alone: `Назарбаев` is Н.А. Назарбаев as well as a bare Назарбаев
                found += exact + tables.name_index(name).matching(raw) + names_starting(raw, values)
                # a title or variant of the aliases file (`Елбасы`): the person it names, as ingest does
                named = {v for c in canonicals_named(raw, index_dir) for v in by_folded.get(fold_name(c), ())}
                found += [v for v in values if v in named] if named else []
        return list(dict.fromkeys(found))

    @staticmethod
    def _date_mask(tables: FacetTables, date_from: date | None, date_to: date | None):
        if not date_from and not date_to:
            return True
        mask = tables.date > 0
        if date_from:
            mask &= tables.date >= date_number(date_from)
        if date_to:
            mask &= tables.date <= date_number(date_to)
        return mask

    @staticmethod
    def _highlight_terms(query, exact: bool = False, wildcards: dict | None = None) -> highlight.Marks:
        """The index terms to mark: every positive leaf, each wildcard as the terms `wildcards`
        gives for it (those of one record: Executor.wildcard_terms), exclusions left out; each
        under the query word it stands for (its unit), for choosing the snippet. A search of
        every form (not `exact`) marks a prefix* read in the exact-form field as written forms
        (WRITTEN + form): only the words written so, not every form of their dictionary word."""
        from whoosh import query as wq

        terms = highlight.Marks()  # phrases are marked only where they occur whole
        wildcards = wildcards or {}

        def walk(node, unit=None) -> None:
            if isinstance(node, wq.Not):
                return
            if isinstance(node, (wq.AndNot, wq.AndMaybe)):
                walk(node.a, unit)
                if isinstance(node, OptionalWords):  # a question's verbs: words of their own
                    walk(node.b, unit)
                elif isinstance(node, wq.AndMaybe):  # `Н.А. Назарбаев`: the initials are the surname's word
                    walk(node.b, unit or proximity.unit_key(node.a))
                return
            if isinstance(node, wq.Phrase):
                terms.add_phrase(node.words, node.slop, unit, ordered=getattr(node, "ordered", True))
            elif isinstance(node, wq.MultiTerm):
                tag = WRITTEN if not exact and node.fieldname in WRITTEN_FORMS.values() else ""
                for text in wildcards.get(node, ()):
                    terms.add(tag + text, unit or proximity.unit_key(node))
            elif isinstance(node, wq.Term):
                terms.add(node.text, unit)
            for child in node.children() if node.is_leaf() is False else ():
                walk(child, unit)

        if query is not None:
            walk(query)
        return terms

    def _hit(self, searcher, docnum, score, terms, with_snippet, exact) -> Hit:
        stored = searcher.stored_fields(docnum)
        html = self._snippet(searcher, docnum, stored, terms, _tokens_for(terms, exact, stored.get("format", "")), exact) if with_snippet else ""
        tables, language, title = self._gen.tables, stored.get("language", ""), stored.get("title", "")
        return Hit(
            doc_id=stored["doc_id"],
            title=title,
            title_language=own_language.title_language(tables, searcher, docnum, title, language),
            snippet_language=own_language.snippet_language(tables, searcher, docnum, html, language),
            date=dated(date_of_number(stored.get("date")), stored.get("date_source")),
            format=stored.get("format", ""),
            language=language,
            speakers=self._gen.tables.names(stored_keywords(stored.get("speakers"))),
            persons=self._gen.tables.names(stored_keywords(stored.get("persons"))),
            topics=stored_keywords(stored.get("topics")),
            snippet_html=html,
            score=score,
            paths=list(stored.get("paths") or []),
            date_source=stored.get("date_source"),
            act_numbers=[shown_act_number(k) for k in stored_keywords(stored.get(ACT_NUMBERS))],
            author=stored.get(AUTHOR) or "",
            added=stored_times(stored)[0],
            changed=stored_times(stored)[1],
        )

    @staticmethod
    def _title_language(searcher, tables: FacetTables, docnum: int) -> str:
        """A quote's document title's own language (index.own_language)."""
        stored = searcher.stored_fields(docnum)
        return own_language.title_language(tables, searcher, docnum, stored.get("title", ""), stored.get("language", ""))

    def _snippet(self, searcher, docnum: int, stored: dict, terms, tokens, exact: bool) -> str:
        """The hit's snippet. A document up to WHOLE_TEXT_CHARS is tokenized whole; a longer one
        never is: the passage postings name its passages holding the query's terms, and the
        snippet is cut from those holding the most query words."""
        text = stored.get("content", "")
        leads, lead_chars = highlight.lead_paragraphs(text, stored.get("title", ""))
        labels = stored.get("format") == POST_TIMES_FORMAT
        if len(text) <= highlight.WHOLE_TEXT_CHARS or not terms:
            # a short text costs less to tokenize than the passage postings of common words
            # cost to read (and to keep cached beside the documents' at 100k documents)
            return highlight.snippet(text, terms, tokens, lead=lead_chars, post_labels=labels)
        start, end = self._gen.tables.passages_of(docnum)
        holders = self._passages_holding(terms, "pexact" if exact else "ptext", start, end)
        pieces = self._snippet_passages(searcher, holders, start, end, leads, labels)
        if not pieces:  # no passage holds them (the title does): the opening, after the lead
            pieces = [highlight.Piece(text[:highlight.WHOLE_TEXT_CHARS], lead_chars, closes=False, post_labels=labels)]
        return highlight.snippet_of(pieces, terms, tokens)

    def _snippet_passages(self, searcher, holders: dict, start: int, end: int, leads: int,
                          post_labels: bool) -> list[highlight.Piece]:
        """The passages (records in [start, end)) most likely to hold the snippet, in reading
        order: the SNIPPET_PASSAGES holding the most distinct query units (the body's before
        the lead's, then the first), and the best of each unit's."""
        if not holders:
            return []
        size = end - start
        units_held = np.zeros(size, dtype=np.int32)
        for ids in holders.values():
            units_held[ids - start] += 1  # each unit's passages are unique
        in_body = np.arange(size) >= leads
        order = np.lexsort((np.arange(size), -units_held, ~in_body))  # the last key sorts first
        order = order[units_held[order] > 0]
        rank = np.empty(size, dtype=np.int64)
        rank[order] = np.arange(len(order))
        chosen = set(order[:SNIPPET_PASSAGES].tolist())
        chosen.update(int(ids[np.argmin(rank[ids - start])] - start) for ids in holders.values())
        return self._with_context(searcher, sorted(chosen), start, size, leads, post_labels)

    @staticmethod
    def _with_context(searcher, chosen: list[int], start: int, size: int, leads: int,
                      post_labels: bool) -> list[highlight.Piece]:
        """A piece per chosen passage (numbered from 0 in the document) holding the passages after
        it as a short document's snippet would show them (a fragment goes on into the next
        paragraphs): up to a snippet's width of them; chosen passages that meet are one piece."""
        def text_of(k: int) -> str:
            return searcher.stored_fields(start + k).get("ptext", "")

        width = highlight.SNIPPET_CHARS
        pieces = []
        wanted = iter(chosen)
        k = next(wanted, None)
        while k is not None:
            first = last = k
            texts = [text_of(k)]
            k = next(wanted, None)
            after = 0  # characters of context after the piece's last chosen passage
            cut = False  # whether the last passage is cut short (context only: no need to tokenize it all)
            while last + 1 < size and (k == last + 1 or after < width):
                last += 1
                text = text_of(last)
                if k == last:
                    k, after = next(wanted, None), 0
                else:
                    if len(text) > 2 * width:
                        space = text.rfind(" ", 0, 2 * width)
                        text, cut = text[:space if space > 0 else 2 * width], True
                    after += len(text)
                texts.append(text)
                if cut:
                    break
            text = "\n\n".join(texts)
            in_lead = min(max(0, leads - first), len(texts))  # the title's and dateline's passages
            lead = len(text) if in_lead == len(texts) else len("\n\n".join(texts[:in_lead])) + 2 if in_lead else 0
            pieces.append(highlight.Piece(text, lead, opens=first == 0, closes=last == size - 1 and not cut,
                                          post_labels=post_labels))
        return pieces

    def _passages_holding(self, terms, field: str, start: int, end: int) -> dict:
        """Per query unit, the passage records in [start, end) holding it (a phrase: all its
        words; a word: any of its terms), from the cached passage postings; units held by none
        are left out. A form as written (WRITTEN) is looked up in the exact-form field."""
        def within(word: str) -> np.ndarray:
            if word.startswith(WRITTEN):
                ids = self._gen.postings.postings(WRITTEN_FORMS.get(field, field), word[len(WRITTEN):])[0]
            else:
                ids = self._gen.postings.postings(field, word)[0]
            return ids[np.searchsorted(ids, start):np.searchsorted(ids, end)]

        parts: dict = {}
        for term in terms:
            parts.setdefault(terms.unit(term), []).append(within(term))
        for phrase in terms.phrases:
            parts.setdefault(terms.unit(phrase), []).append(functools.reduce(np.intersect1d, map(within, phrase.words)))
        # one posting list is sorted and unique already; several (a word's forms) are merged
        holders = {unit: found[0] if len(found) == 1 else np.unique(np.concatenate(found)) for unit, found in parts.items()}
        return {unit: ids for unit, ids in holders.items() if len(ids)}

    @staticmethod
    def _facets(base, masks, filters, counter) -> dict[str, list[FacetCount]]:
        """Counts per facet value; each field is counted without its own filter (so other
        values of a field stay visible for OR), with every other filter applied. `counter(scope)`
        gives the function counting a field over the records in `scope` (documents, or quotes)."""
        out = {}
        counters = {}  # the fields without a filter of their own share one scope: built and counted once
        for name in FACET_FIELDS:
            key = name if name in masks else None
            if key not in counters:
                scope = base.copy()
                for other, mask in masks.items():
                    if other != name:
                        scope &= mask
                counters[key] = counter(scope)
            selected = set(filters.get(name, []))
            counts = counters[key](name)
            # a selected value with no hits left still shows, so it can be removed: in its place
            # among the others (a chosen year with no documents between its neighbours)
            counts += [(value, 0) for value in selected - {v for v, _ in counts}]
            counts.sort(key=facet_order(name))
            out[name] = [FacetCount(v, c, v in selected) for v, c in counts]
        return out

    def _facets_and_months(self, tables, matched, date_mask, masks, filters, req, counter, keys=None):
        """Every facet of the records `matched` (documents, or passages: `counter` counts them),
        and the months of the one year the search is narrowed to, if one (`keys`: copies once)."""
        facets = self._facets(matched & date_mask, masks, filters, counter)
        year = _single_year(filters.get("year", []), req.date_from, req.date_to)
        # the month of every year asked is left out of the months' scope, so the other months stay
        # counted to switch to (a year's month under «декабрь каждого года» is not «нет документов»);
        # its own bar counts its day alone, as the total does
        others = {name: mask for name, mask in masks.items() if name != DAY_OF_YEAR}
        if year:
            # a month's own range keeps every month of the year visible to switch to; a period the
            # person set counts only what it holds, as the year bar and the total do
            scope = _within(matched, True if whole_month(req.date_from, req.date_to) else date_mask, others)
            facets["month"] = _months(tables.date, scope, year, req.date_from, req.date_to, keys, req.month, req.day)
        else:
            scope = _within(matched, date_mask, others)
            facets["month_of_year"] = months_of_every_year(tables.date, scope, req.month, keys, req.day)
        return facets

    def _suggestion(self, searcher, parsed, fieldname: str, fields: list[str], exact: bool, scope: np.ndarray,
                    total: int, in_russian, shown: int) -> str | None:
        """«Возможно, вы имели в виду»: the query read another way (index.query_alternatives: Latin
        keys as the Russian layout's, a lowercase abbreviation in capitals, a capital НЕ as a word),
        its spelling corrected too if need be, when that finds more records of `scope` than the
        `total` the query found; else the query's spelling corrected (_suggest), if it finds any
        with all its words, or, searched as the search runs it (_partial_match), more than the
        `shown` records the query's own partial results were: `Асамблея Шымкнт`, whose corrected
        words never meet, is offered «Ассамблея Шымкент». One finding nothing too only sends the
        person to another empty page."""
        any_form_fields = () if exact else fields
        reader = searcher.reader()
        # a Latin word the archive has stays Latin, as does a name typed in Latin letters (`Tole` is
        # no «Ещду» typed on the wrong layout, then corrected to «Еду»): _suggest reads it in Cyrillic
        names_found = False
        corrected = None  # (the typed query's spelling corrected, what it finds), once worked out
        if total == 0 and words_apart(parsed.typed) != words_apart(parsed.typed, names_too=False):
            # a name and year found nowhere as typed, but in its spelling corrected: a slip, not a
            # shorthand to take apart (`Казакстан-2050` is «Қазақстан-2050», not «Қазақстан 2050»)
            spelled = self._suggest(searcher, parsed, fieldname, any_form_fields, in_russian)
            corrected = spelled, None if spelled is None else self._found_mask(searcher, spelled, fields, scope)
            names_found = spelled is not None and corrected[1].any()
        other = other_reading(parsed.typed, total == 0,
                              lambda word: reader.doc_frequency(fieldname, word.lower()) > 0 or reads_as_name(word),
                              names_found)
        if other is not None:
            try:
                reread = parse_query(other, fields, searcher.schema)
            except QueryError:
                reread = None
            if reread is not None and reread.query is not None:
                spelled = self._suggest(searcher, reread, fieldname, any_form_fields, in_russian)
                # НЕ read as a word offers what the exclusion left out, though it may find no more
                excluded = self._found_mask(searcher, parsed.typed, fields, scope) if emphatic_negations_as_words(
                    parsed.typed) else None
                for candidate in filter(None, (spelled, other)):
                    found = self._found_mask(searcher, candidate, fields, scope)
                    if found.sum() > total or (excluded is not None and (found & ~excluded).any()):
                        return candidate
        if total >= FEW_HITS:  # only a lowercase abbreviation asked for a suggestion (_wants_suggestion)
            return None
        if corrected is None:
            spelled = self._suggest(searcher, parsed, fieldname, any_form_fields, in_russian)
            corrected = spelled, None if spelled is None else self._found_mask(searcher, spelled, fields, scope)
        spelled, found = corrected
        if spelled is None:
            return None
        if KAZAKH_LETTERS & set(spelled.lower()) - set(parsed.typed.lower()):
            # a word spelt the Kazakh way (`казакстан`: «қазақстан»), the query with the Russian
            # corrections instead («казахстан») when that finds more: a Russian slip, not Kazakh
            # typed on a Russian keyboard, unless the query's other words are Kazakh (`казакстан ассамблеясы`:
            # no Russian word, nor one Russian texts write)
            russian = self._suggest(searcher, parsed, fieldname, any_form_fields, in_russian, kazakh_first=False)
            if russian not in (None, spelled) and not _kazakh_around(parsed.typed, spelled, russian, lambda low: (
                    _CYRILLIC_WORD_RE.fullmatch(low) and not is_russian_word(low)
                    and not (reader.doc_frequency(fieldname, low) and _mostly_russian(in_russian, low)))):
                found_russian = self._found_mask(searcher, russian, fields, scope)
                if found_russian.sum() > found.sum():
                    spelled, found = russian, found_russian
        if found.any():
            # only one finding a record the query missed: `Жезказган` (its synonyms searched too) finds
            # every «Жезқазған» already, and was offered that spelling as if its own were wrong
            return spelled if (found & ~self._found_mask(searcher, parsed.typed, fields, scope)).any() else None
        return spelled if self._found_in_part(searcher, spelled, fields, scope) > shown else None

    def _found_in_part(self, searcher, text: str, fields: list[str], scope: np.ndarray) -> int:
        """How many records of `scope` the partial results of `text` (its filters kept) hold: 0 when
        the search of it would show none (_partial_match)."""
        try:
            words = parse_query(text, fields, searcher.schema, _names_named(self._gen.tables)).text
        except QueryError:
            return 0
        partial = self._partial_match(searcher, words, fields, scope, self._gen.tables)
        return int(partial.matched.sum()) if partial is not None else 0

    def _found_mask(self, searcher, text: str, fields: list[str], scope: np.ndarray) -> np.ndarray:
        """The records of `scope` searching `text` finds; none when it is refused."""
        try:
            query = parse_query(text, fields, searcher.schema, _names_named(self._gen.tables)).query
            return self._run(searcher, query)[0] & scope if query is not None else np.zeros_like(scope)
        except QueryError:  # refused, or a prefix* in it too broad
            return np.zeros_like(scope)

    def _in_russian(self, tables: FacetTables, fieldname: str, term: str) -> tuple[int, int]:
        """The live records holding `term` in `fieldname` that are in Russian, and all of them."""
        ids = self._gen.postings.postings(fieldname, term)[0]
        ids = ids[tables.live[ids]]
        return int(tables.having("language", "ru")[ids].sum()), len(ids)

    def _speller(self, fieldname: str) -> Speller:
        """The spelling candidates of `fieldname` in the live generation (its terms read on first use)."""
        if fieldname not in self._gen.spellers:
            self._gen.spellers[fieldname] = Speller(self._gen.searcher.reader(), fieldname)
        return self._gen.spellers[fieldname]

    def _archive_capitals(self, typed: str, word: str, fieldname: str | None = None, term: str | None = None) -> str:
        """The correction `word` in the typed word's capitals (_cased_like), or, typed capitalised,
        as a name facet writes it: `Бектемирулы` is «Бектемир-Улы», not «Бектемир-улы»; a
        hyphenated one no name, each part after the first as a record of `fieldname` writes its
        `term` (the indexed form): `Устькаменогорск` is «Усть-Каменогорск», `Нурсултан` «Нур-Султан»."""
        cased = _cased_like(typed, word)
        if cased == word or typed.isupper():
            return cased
        tables = self._gen.tables
        for value in (v for name in NAME_FACETS for v in tables.name_index(name).matching(word)):
            written = next((part for part in value.split() if fold_name(part) == fold_name(word)), None)
            if written:
                return written
        written = self._written(fieldname, term or word) if fieldname and "-" in word else None
        if written is None or written.count("-") != cased.count("-"):
            return cased
        first, *parts = cased.split("-")
        return "-".join([first] + [part[:1].upper() + part[1:] if model[:1].isupper() else part[:1].lower() + part[1:]
                                   for part, model in zip(parts, written.split("-")[1:])])

    def _written(self, fieldname: str, term: str) -> str | None:
        """`term` (an indexed word of `fieldname`, lowercase) as the first live record holding it
        writes it, capitals and all; None if none does so that it can be told."""
        ids = self._gen.postings.postings(fieldname, term)[0]
        ids = ids[self._gen.tables.live[ids]]
        if not len(ids):
            return None
        stored = self._gen.searcher.stored_fields(int(ids[0]))
        for text in (stored.get("title") or "", stored.get("content") or stored.get("ptext") or ""):
            found = written_in(text, term)
            if found:
                return found
        return None

    def _as_written(self, offered: str, fieldname: str, found: str | None = None) -> str:
        """A correction (an indexed term in the typed word's capitals) as a document writes it, in
        letters the index folds (written_spelling): `Ижакевич` is offered «Їжакевич», not «Іжакевич».
        A form no document writes takes the letters of the indexed word `found` it is a form of:
        `Обрайена` is offered «О'Брайена», as the document writes «О'Брайен», not «Оʼбрайена»."""
        written = self._written(fieldname, exact_term(offered))
        if written is None and found:
            written = form_as_written(offered, found, self._written(fieldname, found))
        return offered_as_written(offered, written) if written else offered

    def _kazakh_spellings(self, fieldname: str) -> KazakhSpellings:
        """The Russian-keyboard spellings of `fieldname`'s Kazakh terms in the live generation."""
        if fieldname not in self._gen.kazakh_spellings:
            self._gen.kazakh_spellings[fieldname] = KazakhSpellings(self._gen.searcher.reader(), fieldname)
        return self._gen.kazakh_spellings[fieldname]

    def _suggest(self, searcher, parsed, fieldname: str, any_form_fields=(),
                 in_russian=lambda term: (0, 0), read_latin: bool = True, kazakh_first: bool = True) -> str | None:
        """'Did you mean': the query as typed (`parsed.typed`, its filters and operators kept: following
        the suggestion keeps `speaker:`, `lang:`) with words the index lacks replaced
        by the closest indexed word form (`fieldname` holds the forms as written), in the typed
        capitals. A word searched in any form (`any_form_fields`) that found some form is no typo:
        `медиация` finding `медиации` is not offered `медиации`; one that found none is offered its
        correction in the typed word's own form where the dictionary has it (`Назарбаеф`:
        Назарбаев). Never rewritten: a wildcard's prefix (`медиац*` is no misspelt `медиации`), a
        word with a «?» inside (`медиац?я`, a wildcard as once written), a question word left out,
        a word after the first MAX_SUGGESTED_WORDS looked at. Latin words read in Cyrillic are read
        all or none (`read_latin`: whether any are): «Рухани zhangyru» matches neither spelling. A word
        found only as another word's form (`казахтан`, read as a Kazakh ablative of «казах») is offered
        a one-letter slip's correction all the same when that is in far more records
        (_slip_past_a_form). Not `kazakh_first`: a word found nowhere is offered its Russian correction
        where it has one, before its Kazakh spelling (`казакстан`: «казахстан», not «қазақстан»)."""
        reader = searcher.reader()
        speller = self._speller(fieldname)
        changed = False
        looked_up = pairs = 0
        read_in_cyrillic = 0  # Latin words read in Cyrillic

        def found(word: str, low: str) -> bool:
            if reader.doc_frequency(fieldname, low):
                return True
            # the terms its search used: a word's index terms may add a nominative its query does
            # not search (`Ассамблеяя` read as a Kazakh possessive of «ассамблея»), which found nothing
            return any(reader.doc_frequency(f, term) for f in any_form_fields for term in query_terms(word))

        def records(low: str) -> int:
            """The records holding `low` as written, or any form of it searched in any form."""
            return max([reader.doc_frequency(fieldname, low)]
                       + [reader.doc_frequency(f, term) for f in any_form_fields for term in query_terms(low)])

        def russian_options(word: str, low: str) -> list[str]:
            # never a stop word (НЭС -> «на»: searching it is refused) nor a bare letter or two
            candidates = speller.suggest(low, limit=10) + speller.suggest_first_two_swapped(low, limit=10)
            return _corrections(word, [o for o in candidates if o not in STOP_WORDS and len(o) >= 3])

        def in_cyrillic(word: str, low: str, weak: bool) -> str | None:
            """A Latin name the archive writes in Cyrillic (`Semenov`: «Семенов»): its reading in
            the most records, in its Kazakh spelling where that is in more; for a `weak` word, one
            found in some records, a capitalised one whose reading is in more."""
            if not read_latin or not is_latin_name(word) or weak and not word[:1].isupper():
                return None
            spelt = cyrillic_spelling(word, records)
            if spelt is None or weak and spelt[1] <= records(low):
                return None
            kazakh = _kazakh_spelling(reader, self._kazakh_spellings(fieldname), fieldname, spelt[0], in_russian)
            return self._as_written(self._archive_capitals(word, kazakh or spelt[0]), fieldname)

        def fix(m: re.Match) -> str:
            nonlocal changed, looked_up, read_in_cyrillic
            word = m.group(0)
            # a Latin look-alike in a Cyrillic word (`Тoкаев`, `Kазақстан`) is the Cyrillic letter, as the
            # analyzer reads it: «Токаев» looks the same and finds the same
            low = fold(word)
            if len(low) < 3 or word in OPERATORS or word in parsed.left_out or looked_up == MAX_SUGGESTED_WORDS:
                return word
            if _is_numeral(word, low):  # `XXXIII сессия` is no misspelt «XXXII»: another session
                return word
            looked_up += 1
            latin = latin_twins(word)  # `Аssembly`, `Kаzаkhstаn`: the Latin word the archive has
            if latin != word and found(latin, latin.lower()):
                changed = True
                return latin
            kazakh = _kazakh_spelling(reader, self._kazakh_spellings(fieldname), fieldname, low, in_russian)
            weak = found(word, low)
            if kazakh and weak and records(kazakh) <= records(low):
                kazakh = None  # `Токаев` found «Тоқаев-Назарбаев»: «Тоқаев» finds no more
            if kazakh is None and not weak and not is_russian_word(low):
                # `кенес`: «кеңес», a form no record writes, found in its others (`депутатка` is a Russian word,
                # no «депутатқа»)
                kazakh = kazakh_respelling(low, records)
            if kazakh and not kazakh_first and not weak and russian_options(word, low):
                kazakh = None
            if kazakh:
                changed = True
                return self._as_written(_cased_like(word, kazakh), fieldname)
            if not weak:
                options = russian_options(word, low)
            elif reader.doc_frequency(fieldname, low) or is_russian_word(low):
                options = []  # the archive's word or the dictionary's: no slip
            else:
                options = _slip_past_a_form(word, low, russian_options(word, low), records)
            # a Latin name read in Cyrillic in more records than its nearest Latin spelling (`Nazarbayev`:
            # «Назарбаев» in 6, «Nazarbaev» in 1 Latin-Kazakh record) is offered that reading
            cyrillic = in_cyrillic(word, low, weak) if not options or is_latin_name(word) else None
            if cyrillic is not None and options and records(cyrillic.lower()) <= records(options[0]):
                cyrillic = None
            if not options and cyrillic is None and not weak:
                split = split_in_two(word)  # `Ассамблеянарода`: «Ассамблея народа»
                changed = changed or split is not None
                return split or word
            if not options or cyrillic is not None:
                changed = changed or cyrillic is not None
                read_in_cyrillic += cyrillic is not None
                return cyrillic or word
            changed = True
            # searched in any form, the typed word keeps its own form; an exact search needs the archive's
            return self._as_written(self._archive_capitals(
                word, _typed_form(low, options[0]) if any_form_fields else options[0], fieldname, options[0]), fieldname,
                options[0])

        def split_in_two(word: str) -> str | None:
            """A word the archive lacks typed as two it has run together (the space left out), in
            the split whose rarer word is in the most records; one the archive writes whole with a
            hyphen, so (`НурСултан`: «Нур-Султан», not «Нур Султан»); None when no split is two words."""
            best, most = None, 0
            for at in range(MIN_SPLIT_PART, len(word) - MIN_SPLIT_PART + 1):
                left, right = word[:at], word[at:]
                hyphenated = fold(f"{left}-{right}")
                if reader.doc_frequency(fieldname, hyphenated):
                    return self._archive_capitals(word, hyphenated, fieldname)
                if {left.lower(), right.lower()} & STOP_WORDS:
                    continue
                fewer = min(records(fold(part)) for part in (left, right))
                if fewer > most:
                    best, most = f"{left} {right}", fewer
            return best

        def joined(m: re.Match) -> str:
            """A word and the next one as one word the archive has, where the space or hyphen between
            them split it (`Назар баев`, `Ассам блея`, `Кызыл-орда`; `Шым- кент`, a line's split the
            pasted text's dictionary join left): only when the hyphenated pair is not in the archive
            as written, nor, split by a space, a part alone."""
            nonlocal changed, pairs
            first, between, second = m.group(1), m.group(2), m.group(3)
            pairs += 1  # the first pairs only, as the words (MAX_SUGGESTED_WORDS): each costs lookups
            if pairs > MAX_SUGGESTED_WORDS or {first, second} & OPERATORS or {first, second} & set(parsed.left_out):
                return m.group(0)
            if between == "-" and abbreviation_case_form(f"{first}-{second}"):
                return m.group(0)  # `АНК-ом` is no «АНКом»: its ending is searched as none
            low = fold
            whole = first + second
            if not records(low(whole)):
                return m.group(0)
            # the pair as written: its search finds its parts too (`Қазақ-стан` finds «Қазақ»)
            hyphenated = reader.doc_frequency(fieldname, low(f"{first}-{second}")) if "-" in between else 0
            if hyphenated or between != "-" and min(records(low(first)), records(low(second))):
                return m.group(0)
            changed = True
            return first

        def hyphenated_in_cyrillic(m: re.Match) -> str:
            nonlocal changed, read_in_cyrillic
            word = m.group(0)
            # one the archive has in Latin too is read whole as its other words are (Qasym-Jomart: never «Касым-Jomart»)
            cyrillic = in_cyrillic(word, word.lower(), records(word.lower()) > 0)
            changed = changed or cyrillic is not None
            read_in_cyrillic += cyrillic is not None
            return cyrillic or word

        def without_digit(m: re.Match) -> str:
            """A word of letters the archive has, with a digit slipped in that the archive does not (`Ассамблея1`)."""
            nonlocal changed, digits
            letters = m.group(1) + m.group(2)
            digits += 1  # each costs lookups, as a word does
            if len(letters) < MIN_SPLIT_PART or digits > MAX_SUGGESTED_WORDS:
                return m.group(0)
            low = fold
            if records(low(m.group(0))) or not records(low(letters)):
                return m.group(0)
            changed = True
            return letters

        def noting_kazakh(m: re.Match) -> str:
            nonlocal kazakh_words
            word = fix(m)
            kazakh_words += not KAZAKH_LETTERS.isdisjoint(word.lower())
            return word

        def short_in_kazakh(m: re.Match) -> str:
            """A two-letter word of a query typed in Kazakh, in its Kazakh spelling where that is in
            more records, as a longer word's is (`Уш тугырлы тил`: «Үш тұғырлы тіл»; `Уш` alone
            is no Kazakh word: too short to tell)."""
            nonlocal changed, looked_up
            word = m.group(0)
            low = fold(word)
            if low in STOP_WORDS or word in OPERATORS or word in parsed.left_out or looked_up == MAX_SUGGESTED_WORDS:
                return word
            looked_up += 1
            kazakh = _kazakh_spelling(reader, self._kazakh_spellings(fieldname), fieldname, low, in_russian)
            if kazakh is None or found(word, low) and records(kazakh) <= records(low):
                return word
            changed = True
            return _cased_like(word, kazakh)

        digits = kazakh_words = 0
        suggestion = sub_outside_filters(_DIGIT_IN_WORD_RE, without_digit, parsed.typed)
        # a hyphenated Latin name is read in Cyrillic whole (Bektemir-Uly), before its first part alone
        suggestion = sub_outside_filters(_WORD_BEFORE_WORD_RE, joined, suggestion)
        suggestion = sub_outside_filters(_HYPHENATED_LATIN_RE, hyphenated_in_cyrillic, suggestion)
        suggestion = sub_outside_filters(_CORRECTABLE_WORD_RE, noting_kazakh, suggestion)
        if kazakh_words:  # words spelt in Kazakh, as typed or offered: the short ones are Kazakh too
            suggestion = sub_outside_filters(_SHORT_WORD_RE, short_in_kazakh, suggestion)
        if read_in_cyrillic:
            unread = 0

            def rest_in_cyrillic(m: re.Match) -> str:
                """A Latin word left beside words read in Cyrillic (`zhangyru`, found in an English text;
                `El`, too short to correct), read too, whatever the records of its Latin spelling."""
                nonlocal unread
                word = m.group(0)
                if word in OPERATORS or word.lower() in STOP_WORDS or word in parsed.left_out:
                    return word
                cyrillic = in_cyrillic(word, word.lower(), weak=False)
                unread += cyrillic is None
                return cyrillic or word

            suggestion = sub_outside_filters(_LATIN_WORD_RE, rest_in_cyrillic, suggestion)
            if unread:  # half Cyrillic, half Latin: the other corrections, if any, without the readings
                return self._suggest(searcher, parsed, fieldname, any_form_fields, in_russian, read_latin=False,
                                     kazakh_first=kazakh_first)  # the Russian-first reading stays Russian-first
        return suggestion if changed else None

    # -- quotes --------------------------------------------------------
    @_reads_index
    def quotes(self, req: SearchRequest, generation: Generation | None = None) -> QuoteResult:
        """Passages matching the query. Every facet filter applies: `speakers` to the passage's
        own speakers, the others through its document; the date range applies too. Filters (or
        a date range) without words list their passages, newest document first, each document's
        in reading order; with neither, the result is NO_QUOTE_QUERY, with the facets of every
        quote of the archive (a speaker, year or topic to pick). Facets count quotes, each field
        as its filter reads it (PassageCounter)."""
        started = time.perf_counter()
        page, per_page = _clamp_paging(req.page, req.per_page)
        filters = _request_filters(req)
        empty = QuoteResult([], 0, page, per_page, filters=filters)
        with self._lock:
            live = self._live_or_error(empty, generation)
            if live is None:
                return empty
            searcher, tables = live
            fields = ["pexact"] if req.exact else ["ptext"]
            try:
                parsed = _parsed_request(req, fields, searcher.schema, filters, tables)
            except QueryError as exc:
                return _refused(empty, exc)
            masks, date_mask, path_filters, path_excluded, excluded = self._passage_filters(tables, req, parsed, filters)
            widened = self._widened(tables, parsed.filters), self._widened(tables, parsed.excluded)
            every_passage = tables.live & ~tables.is_doc
            executor = Executor(searcher, self._gen.postings)
            if parsed.query is None and not (filters or path_filters or path_excluded or req.date_from or req.date_to
                                             or req.added_from or req.month):
                empty.error = NO_QUOTE_QUERY  # the whole archive, paragraph by paragraph, helps no one
                if req.facets:
                    empty.facets = self._facets(every_passage, {}, {}, tables.passage_counter)
                return empty
            if parsed.query is None:  # the filters' quotes: a speaker's, a year's, a topic's
                passages, scores = every_passage, None
            else:
                try:
                    matched, scores = self._evaluated(executor, parsed.query)
                except QueryError as exc:  # a prefix* too broad to search whole
                    return _refused(empty, exc)
                passages = every_passage & matched
            final = _within(passages, date_mask, masks)
            total = strict_total = int(final.sum())
            # the passages a relaxed search or a suggestion may find: every one the filters pass
            in_scope = (_within(every_passage, date_mask, masks) if _wants_suggestion(parsed, total)
                        else None)
            partial = None
            if total == 0 and parsed.query is not None:  # no passage has every word: those with most of them
                partial = self._partial_match(searcher, parsed.text, fields, in_scope, tables)
            if partial is not None:
                passages, scores = every_passage & partial.matched, partial.scores
                final = _within(passages, date_mask, masks)
                total = int(final.sum())
            sort = req.sort if req.sort in SORTS else "relevance"
            if scores is None and sort == "relevance":
                sort = "newest"  # no words to be relevant to
            tiers = partial.counts if partial is not None else None
            known: dict[int, highlight.Marks] = {}  # the marks of the quotes ranked by where words meet
            if sort == "relevance":
                scores = scores * self._length_prior("quotes")  # headings below real sentences
                named = speaker_ranking.named_speakers(
                    parsed.query, parsed.text, fields, searcher.schema, _names_named(tables),
                    tables.name_index("speakers").matching,
                    lambda values: tables.fields["speakers"].docs_with_any(values, tables.size))
                if named is not None:  # his own words before the others' words about him
                    scores = np.where(named.passages(), scores * speaker_ranking.SPEAKER_WEIGHT, scores)
                scores, known = self._where_words_meet(searcher, parsed.query, final, scores, tiers, executor,
                                                       req.exact, page, per_page, named)
            results, total = self._distinct(searcher, final, scores if sort == "relevance" else None, sort, page,
                                            per_page, tiers, total)
            docnums = [r.record for r in results]
            marks = self._marks(parsed.query, req.exact, executor, [d for d in docnums if d not in known])
            marks.update((d, known[d]) for d in docnums if d in known)
            hits = []
            aliases = search_aliases_path(self.index_dir)
            for result in results:
                docnum, score = result.record, result.score
                own = searcher.stored_fields(int(tables.owner()[docnum]))
                stored = searcher.stored_fields(docnum)
                spelled = stored_keywords(stored.get("speakers"))
                speakers = tables.names(spelled)
                # no label, no «(Аплодисменты)»; the label spells the speaker as his record does
                # («Төлегенов М.С.:», the facet's М.С. Тулегенов)
                # a Telegram post is cited with its own day, its time's label no word of the quote
                posted, said = split_post_time(stored.get("ptext", "")) if stored.get("format") == POST_TIMES_FORMAT \
                    else (None, stored.get("ptext", ""))
                text = verse_cited(quote_speech(said, list(dict.fromkeys(spelled + speakers))))
                html, _ = highlight.highlight_all(text, marks[docnum], _tokens_for(marks[docnum], req.exact))
                hits.append(QuoteHit(
                    passage_id=stored["id"], doc_id=stored["doc_id"], title=stored.get("doc_title", ""),
                    date=posted or dated(date_of_number(stored.get("date")), stored.get("date_source")), page=stored.get("page"),
                    speaker=speakers[0] if speakers else None, text_html=html, text=text, score=score,
                    speakers=speakers, missing=partial.missing(docnum) if partial is not None else [],
                    language=stored.get("language", ""), narrated=bool(stored.get(NARRATED)),
                    title_language=self._title_language(searcher, tables, int(tables.owner()[docnum])),
                    format=stored.get("format", ""), fingerprint=passage_fingerprint(stored.get("ptext", "")),
                    paths=list(own.get("paths") or []),
                    copies=copies_of(searcher, tables.owner(), result.copies, stored["doc_id"]),
                    added=stored_times(own)[0], changed=stored_times(own)[1], aliases=aliases,
                    act_numbers=[shown_act_number(k) for k in stored_keywords(own.get(ACT_NUMBERS))],
                    author=own.get(AUTHOR) or "", document_language=own.get("language", ""),
                ))
            facets = {}
            if req.facets:
                keys = self._keys_of(searcher, passages)
                facets = self._facets_and_months(tables, passages, date_mask, masks, filters, req,
                                                 lambda scope: tables.passage_counter(scope, keys), keys)
            suggestion = None
            if _wants_suggestion(parsed, strict_total):
                suggestion = self._suggestion(searcher, parsed, "pexact", fields, req.exact, in_scope, strict_total,
                                              functools.partial(self._in_russian, tables, "pexact"), total)
            undated = _undated_left_out(tables, passages, masks, req)
            required = {name: list(named.values()) for name, named in self._required_named(tables, parsed.required).items()}
            unknown = _naming_nothing(tables, filters)
            if suggestion is None:  # also beside a value naming someone (`speaker:Турсынбеко OR speaker:Ковалева`)
                suggestion = _filter_suggestion(tables, parsed, unknown)
            answered_by = self._gen
        return QuoteResult(hits, total, page, per_page, suggestion, None, (time.perf_counter() - started) * 1000,
                           parsed.expanded, {**filters, **path_filters}, sort, parsed.query is not None, facets,
                           parsed.left_out, partial is not None and partial.relaxed(), partial.unmatched() if partial is not None else [],
                           undated, {**excluded, **path_excluded}, unknown, widened=widened[0],
                           widened_excluded=widened[1], generation=answered_by.number,
                           generation_tag=answered_by.tag, excluded_words=parsed.excluded_words, required=_flat(required),
                           required_named=required,
                           lowercase_operators=parsed.lowercase_operators)

    def _where_words_meet(self, searcher, query, final, scores, tiers, executor: Executor, exact: bool, page: int,
                          per_page: int, named: speaker_ranking.NamedSpeakers | None = None,
                          ) -> tuple[np.ndarray, dict[int, highlight.Marks]]:
        """Quote scores with the best proximity.QUOTE_WINDOW raised where the query's words meet in
        a sentence (each quote's words found as its snippet marks them; a name of its own speaker,
        `named`, met in each), and the originals among them (index.original_quotes), and those
        quotes' marks; the scores as they were, and no marks, for a query of one word (a phrase
        alone: only the originals are raised) or a page past the window."""
        words = proximity.query_words(query)
        several = len(set(words.values())) >= 2
        phrase = any(isinstance(key, highlight.Phrase) for key in words)
        if not (several or phrase) or (page - 1) * per_page >= proximity.QUOTE_WINDOW:
            return scores, {}
        # the best QUOTE_WINDOW distinct quotes, each with its copies (they rank alike)
        best, _ = self._distinct(searcher, final, scores, "relevance", 1, proximity.QUOTE_WINDOW, tiers,
                                 int(final.sum()))
        window = [record for result in best for record in [result.record, *result.copies]]
        raised = scores.copy()
        window_marks = self._marks(query, exact, executor, window) if several else {}
        whole = window if not several else []  # a phrase alone: each quote found holds it whole
        for record, marks in window_marks.items():
            text = searcher.stored_fields(record).get("ptext", "")
            # a phrase is matched over every word; lone terms only where they stand
            text_words = sentence_words(text, exact, _marks_written_forms(marks, exact),
                                        None if marks.phrases else marks)
            spoken = named.spoken(record) if named is not None else frozenset()
            factor, every = proximity.meeting_factor(text_words, marks, words, spoken)
            raised[record] *= factor
            if every:
                whole.append(record)
        tables = self._gen.tables

        def attributed(record: int) -> bool:
            return bool(searcher.stored_fields(record).get("speakers"))

        for record, factor in original_quotes.original_factors(
                window, whole, attributed, lambda record: int(tables.date[record])).items():
            raised[record] *= factor
        return raised, window_marks

    def _dated_answers_first(self, searcher, query, final, scores, executor: Executor, exact: bool) -> np.ndarray:
        """Document scores of a question of when with the best dated_answers.DATED_WINDOW raised
        where a sentence of their text holds the query's words and a year other than their own date
        (index.dated_answers)."""
        docs = np.flatnonzero(final)
        if len(docs) > dated_answers.DATED_WINDOW:
            docs = docs[np.argpartition(-scores[docs], dated_answers.DATED_WINDOW - 1)[:dated_answers.DATED_WINDOW]]
        factors = self._gen.dated_factors((query, exact))  # the next page's are these
        new = [int(d) for d in docs if int(d) not in factors]
        if new:
            words = proximity.query_words(query)
            dates = self._gen.postings.dates()
            for record, marks in self._marks(query, exact, executor, new).items():
                factors[record] = _dated_factor(searcher, record, marks, words, int(dates[record]), exact)
        raised = scores.copy()
        for record in docs:
            raised[record] *= factors[int(record)]
        return raised

    def _distinct(self, searcher, final, scores, sort: str, page: int, per_page: int, tiers,
                  total: int) -> tuple[list[same_text.Result], int]:
        """One page of results with the same text shown once (index.same_text), and how many
        distinct results there are."""
        tables, keys = self._gen.tables, self._same_text_keys()

        def rank(n: int):
            return _rank(tables.date, tables.id_rank, final, scores, sort, 1, n, tiers=tiers,
                         arrived=tables.arrived() if sort == "added" else None)

        def date_of(record: int) -> int:
            return int(tables.date[record])

        by_date = None if sort in ("relevance", "added") else (date_of, sort != "oldest")
        # by arrival, a group stands where the copy it shows came in
        by_arrival = (date_of, lambda record: int(tables.arrived()[record])) if sort == "added" else None
        return same_text.distinct_page(rank, lambda record: keys.key(searcher, record), (page - 1) * per_page,
                                       per_page, total, functools.partial(record_facts, searcher, tables, documents={}),
                                       by_date,
                                       by_arrival)

    def _keys_of(self, searcher, matched: np.ndarray) -> np.ndarray:
        """The same-text key of every record in `matched`, so the facets count a text and its copies
        once, as the results show them. Past same_text.READ_ALL_UP_TO records only the keys read so
        far count (the results read every record of a filtered search up to that many, so its facets
        are exact too); every record not read is a text of its own (reading them all would cost a
        search more than its results)."""
        records = np.flatnonzero(matched)
        keys = self._same_text_keys()
        if len(records) <= same_text.READ_ALL_UP_TO:
            for record in records:
                keys.key(searcher, int(record))
        return keys.keys  # 0 for a record not read: a text of its own (facets.copies_counted_once)

    def _same_text_keys(self) -> KeyTable:
        """The live generation's same-text keys (index.copies.KeyTable), made on first use."""
        if self._gen.same_text_keys is None:
            self._gen.same_text_keys = KeyTable(self._gen.tables.size)
        return self._gen.same_text_keys

    @staticmethod
    def _quote_filter_masks(tables: FacetTables, filters: dict[str, list[str]]) -> dict[str, np.ndarray]:
        """Per filtered field, the passages passing its filter: speakers, language and format are
        the passage's own; year, persons and topics are its document's (a passage carries its
        document's date, so the year comes from that, without the document)."""
        masks = {}
        for name, values in filters.items():
            if name in PASSAGE_FACETS:
                masks[name] = tables.fields[name].docs_with_any(values, tables.size)
            elif name == "year":
                masks[name] = np.isin(tables.date // 10000, [int(v) for v in values if v.isdigit()])
            else:
                documents = tables.is_doc & tables.fields[name].docs_with_any(values, tables.size)
                owner = tables.owner()
                masks[name] = (owner >= 0) & documents[np.maximum(owner, 0)]
        return masks

    # -- one document --------------------------------------------------
    @_reads_index
    def ingested_roots(self) -> list[str]:
        """The folders the archive was ingested from, as stored text (index.paths): those the
        ingests recorded, and the folder of every document's last parse (all an index written
        before that record knows)."""
        with self._lock:
            searcher, _ = self._current()
            sources = {raw.decode("utf-8") for raw in searcher.reader().lexicon("source")}
        return sorted(sources | set(ingested_roots(self.index_dir)))

    def linked_targets(self) -> list[str]:
        """The real folders and files outside those that links in them led ingests to, as stored text."""
        return linked_targets(self.index_dir)

    @_reads_index
    def current_id(self, doc_id: str) -> str | None:
        """The id of the document that replaced `doc_id` when its file was edited (the id is the
        content's hash), through any number of edits; None when no document did: the id is
        unknown, or its file was deleted. Of two that did (one content copied to two files, each
        edited since), the lowest id, so a link always opens the same one."""
        with self._lock:
            searcher, _ = self._current()
            if not doc_id or FORMER_IDS not in searcher.schema:  # an index written before the field
                return None
            successors = {searcher.stored_fields(n).get("doc_id")
                          for n in searcher.docs_for_query(Term(FORMER_IDS, doc_id))}
        return min(filter(None, successors), default=None)

    def moved_document(self, doc_id: str) -> MovedDocument | None:
        """What ingest recorded of `doc_id` when --prune removed it while another document held its
        text (index.moved_documents): its files, and whether the text is the same; None otherwise."""
        return moved_document(self.index_dir, doc_id) if doc_id else None

    @_reads_index
    def finding(self, doc_id: str, req: SearchRequest, marked: bool, quotes: bool = False) -> DocumentFinding | None:
        """Whether the search `req` (its query with its typed filters and exclusions, and its facet
        filters and dates) finds document `doc_id`, which its page marks the query's words in or
        not (`marked`), and what leaves it out when not: a filter, or an excluded word it has. A
        marked document all of whose words the query does not find together still counts as found
        (the search lists such a one when no document has them all), unless the query's syntax
        (AND, +, a phrase) requires them all: then the words it lacks are said. `quotes`: the
        search is the quotes tab's, whose filters and words apply to each passage (a Kazakh
        paragraph of a Russian report passes `language=kk`): found when one of its passages is.
        None when no document has the id or the query is refused."""
        filters = _request_filters(req)
        if quotes:
            fields = ["pexact"] if req.exact else ["ptext"]
        else:
            fields = ["exact"] if req.exact else ["title", "content"]
        with self._lock:
            searcher, tables = self._current()
            docnum = next((n for n in (searcher.docs_for_query(Term("doc_id", doc_id)) if doc_id else ())
                           if searcher.stored_fields(n).get("kind") == KIND_DOC), None)
            if docnum is None:
                return None
            try:
                parsed = _parsed_request(req, fields, searcher.schema, filters, tables)
                filtering = self._passage_filters if quotes else self._document_filters
                masks, date_mask, *_ = filtering(tables, req, parsed, filters)
                if quotes:
                    this = tables.live & ~tables.is_doc & (tables.owner() == docnum)
                else:
                    this = np.zeros(tables.size, dtype=bool)
                    this[docnum] = True
                passing = _within(this, date_mask, masks)
                filtered = not passing.any()
                # the words looked for where the filters pass, or anywhere in it when they pass nowhere
                scope = this if filtered else passing
                matched = parsed.query is None or bool((self._run(searcher, parsed.query)[0] & scope).any())
                excluding = [] if matched else [word for word in parsed.excluded_words
                                                if self._has(searcher, tables, scope, word, fields)]
                # a query of plain words is relaxed to some of them (a marked document counts as
                # found); one with syntax (AND, +, a phrase) is not: what it requires and the document lacks
                strict = not matched and not excluding and plain_words(parsed.text) is None
                missing = [word for word in asked_words(parsed.text)
                           if not self._has(searcher, tables, scope, word, fields)] if strict else []
            except QueryError:
                return None
        found = not filtered and not excluding and (matched or (marked and not strict))
        return DocumentFinding(found, excluding, filtered, missing, strict and not missing)

    def _has(self, searcher, tables, records: np.ndarray, words: str, fields: list[str]) -> bool:
        """Whether one of `records` (a mask: a document, or its passages) has `words` (a word, a
        "phrase" or a (group), as a query reads them)."""
        try:
            query = parse_query(words, fields, searcher.schema, _names_named(tables)).query
        except QueryError:
            return False
        return query is not None and bool((self._run(searcher, query)[0] & records).any())

    def _names_query(self, searcher, tables: FacetTables, filters: dict[str, list[str]], fields: list[str]):
        """With no words to mark, the names a person or speaker filter chose (facet values) read as
        words, so the snippet is cut and the page opened at that person's mention as at a searched
        word's (the facets have no positions); None for no such filter. Marks only: never a search."""
        from whoosh import query as wq

        values = list(dict.fromkeys(v for name in NAME_FACETS for v in filters.get(name, ())))
        parts = []
        for value in values[:MARKED_NAMES]:
            try:
                parts.append(parse_query(value, fields, searcher.schema, _names_named(tables)).query)
            except QueryError:  # a value the parser refuses marks nothing
                continue
        parts = [q for q in parts if q is not None]
        return wq.Or(parts) if parts else None

    def _document_marks(self, searcher, tables, docnum: int, query: str, exact: bool,
                        names: dict[str, list[str]] | None = None) -> highlight.Marks:
        """The terms `query` marks in document `docnum` (none for no query, or one that does not
        parse); with no words in it, the names of its person or speaker filters and of `names`
        (the page's facet parameters) are marked (_names_query)."""
        chosen = {name: tables.names(list(values)) for name, values in (names or {}).items() if name in NAME_FACETS}
        if not query and not any(chosen.values()):
            return highlight.Marks()
        fields = ["exact"] if exact else ["title", "content"]
        try:
            parsed = parse_query(query, fields, searcher.schema, _names_named(tables))
            shown = parsed.query
            if shown is None:
                for name, typed in parsed.filters.items():
                    if name in NAME_FACETS:
                        chosen.setdefault(name, []).extend(self._resolve_filter(tables, name, typed, self.index_dir))
                shown = self._names_query(searcher, tables, chosen, fields)
            marks = self._marks(shown, exact, Executor(searcher, self._gen.postings), [docnum])[docnum]
            marks.conjuncts = meeting_conjuncts(parsed.text, parsed.query,
                                                lambda part: self._highlight_terms(part, exact).units())
            return marks
        except QueryError:
            return highlight.Marks()

    @_reads_index
    def document_shown(self, doc_id: str, query: str = "", exact: bool = False,
                       names: dict[str, list[str]] | None = None) -> tuple[list[str], str] | None:
        """The files recorded for document `doc_id` (stored text, index.paths), and a digest of what
        its page shows from the index: its stored record (its id is its content's hash; its
        extraction, paths, former ids, title, names...), its names as the whole index writes them
        (a fuller name another document brought), the terms `query` marks in it and the other
        documents of its text (index.copies). None when no
        document has the id. Not the commit: one that adds other documents leaves the digest as it
        was, so a page kept since yesterday's ingest is still good; and it is known before the
        whole text is marked, which a 304 spares."""
        with self._lock:
            searcher, tables = self._current()
            found = next(((n, stored) for n in (searcher.docs_for_query(Term("doc_id", doc_id)) if doc_id else ())
                          if (stored := searcher.stored_fields(n)).get("kind") == KIND_DOC), None)
            if found is None:
                return None
            docnum, stored = found
            named = stored_keywords(stored.get("speakers")) + stored_keywords(stored.get("persons"))
            marks = self._document_marks(searcher, tables, docnum, query, exact, names)
            # «Тот же текст ещё в N документах»: another document of its text ingested or pruned
            copies = same_text_documents(searcher, tables, self._same_text_keys(),
                                         self._gen.postings.field_lengths("title"), docnum)
        shown = [sorted((key, repr(value)) for key, value in stored.items()),
                 [(n, tables.fuller.get(n)) for n in named],
                 marks.described(), [(c.doc_id, c.paths) for c in copies]]
        return list(stored.get("paths") or []), hashlib.sha256(repr(shown).encode("utf-8")).hexdigest()[:32]

    def text_chars(self, doc_id: str) -> int:
        """The length of document `doc_id`'s text in characters (0 when no document has the id):
        what its page costs to mark and write out, known before either."""
        with self._lock:
            searcher, _ = self._current()
            for n in searcher.docs_for_query(Term("doc_id", doc_id)) if doc_id else ():
                stored = searcher.stored_fields(n)
                if stored.get("kind") == KIND_DOC:
                    return len(stored.get("content", ""))
        return 0

    def document_ids(self, after: str = "", limit: int = 100,
                     generation: Generation | None = None) -> tuple[list[str], int]:
        """The ids of the live documents sorting after `after` (every one when empty), in order
        of id, at most `limit`; and how many more sort after the last of them. An order a
        re-ingest keeps, so a client listing the archive a page at a time while an ingest
        commits gets every document present throughout once (index.id_order)."""
        with self._lock:
            _, tables = self._current(generation)
            order = tables.id_order
            ranks = np.sort(tables.id_rank[tables.is_doc])
            ranks = ranks[np.searchsorted(ranks, order.after(after) if after else 0):]
            return [order.ids[r].decode("utf-8") for r in ranks[:limit]], max(0, len(ranks) - limit)

    @_reads_index
    def document(self, doc_id: str, query: str = "", exact: bool = False,
                 generation: Generation | None = None, names: dict[str, list[str]] | None = None) -> DocumentView | None:
        """One document by id (None when unknown), the query's matches marked in its text; from
        the live generation, or the one `generation` pinned."""
        with self._lock:
            searcher, tables = self._current(generation)
            # one posting list (the id's own) instead of walking every `kind` posting
            numbered = ([(n, searcher.stored_fields(n)) for n in searcher.docs_for_query(Term("doc_id", doc_id))]
                        if doc_id else [])
            rows = [r for _, r in numbered]
            docnum, stored = next(((n, r) for n, r in numbered if r.get("kind") == KIND_DOC), (None, None))
            if not stored:
                return None
            passages = sorted(
                (Passage(p.get("position", 0), p.get("page"), tables.fuller.get(p.get("speaker"), p.get("speaker") or None),
                         p.get("ptext", ""), p.get("language", ""))
                 for p in rows if p.get("kind") == KIND_PASSAGE),
                key=lambda p: p.position,
            )
            terms = self._document_marks(searcher, tables, docnum, query, exact, names)
            answered_by = self._gen
            copies = same_text_documents(searcher, tables, self._same_text_keys(), self._gen.postings.field_lengths("title"),
                                         docnum)
        text = stored.get("content", "")
        tokens = _tokens_for(terms, exact, stored.get("format", ""))
        _, lead_chars = highlight.lead_paragraphs(text, stored.get("title", ""))
        marked = highlight.highlight_document(text, terms, tokens, lead_chars)
        return DocumentView(
            doc_id=stored["doc_id"], title=stored.get("title", ""),
            date=dated(date_of_number(stored.get("date")), stored.get("date_source")),
            date_source=stored.get("date_source"), format=stored.get("format", ""),
            act_numbers=[shown_act_number(k) for k in stored_keywords(stored.get(ACT_NUMBERS))],
            author=stored.get(AUTHOR) or "",
            original_url=stored.get(ORIGINAL_URL) or "", captured=stored.get(CAPTURED) or "",
            language=stored.get("language", ""), speakers=tables.names(stored_keywords(stored.get("speakers"))),
            persons=tables.names(stored_keywords(stored.get("persons"))), topics=stored_keywords(stored.get("topics")),
            paths=list(stored.get("paths") or []), source=stored.get("source", ""),
            pages=stored.get("pages"), encoding=stored.get("encoding"), text=text,
            text_html=marked.html, match_count=marked.count, passages=passages, best_match=marked.best,
            meetings=marked.meetings, copies=copies,
            former_ids=stored_keywords(stored.get(FORMER_IDS)), generation=answered_by.number,
            added=stored_times(stored)[0], changed=stored_times(stored)[1],
        )
